"""holdout289 — ten blind ORDINARY draft contracts (5 zh, 5 en) with hand-made labels.

Writes every contract from the sources kept below (.txt / .md directly, .docx / .pdf through ../word_pdf.py with
wrap_words=True), asserts the price and payment sums, re-applies the policy §3/§4 rules to the planned terms and
asserts that the result equals the planned finding list, writes the .json labels, reads every built file back
(python-docx paragraphs + tables, pypdf), checks the text lengths, checks that every labelled figure appears in the
text and fails if any threshold regex matches. Run with /work/main/.venv/bin/python make_files.py.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # importing ../word_pdf.py must not leave a __pycache__ outside this folder

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?!\d)|九十九点九(?![一二三四五六七八九])"),
    ("P1 response 4 h (digits)", r"(?<![\d.])4\s*(?:个\s*)?(?:(?:business|working|clock)\s+)?(?:小时|hours?\b|hrs?\b|h\b)"),
    ("P1 response 4 h (words)", r"(?<![-\w])four[\s-]*(?:\(4\)\s*)?(?:(?:business|working|clock)\s+)?hours?\b"),
    ("P1 response 4 h (zh)", r"(?<![十\d])四\s*个?\s*(?:工作)?\s*小\s*时"),
    ("LD 0.05 %/day", r"(?<![\d.])0\.050*(?!\d)|万\s*分\s*之\s*五(?![十百千万\d])|千分之零点五|(?<![\d.])0\.5\s*‰"),
    ("30/15/40/100 % (digits)", r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent\b|percent\b)"),
    ("30/15/40/100 % (zh)", r"百\s*分\s*之\s*(?:三\s*十|十\s*五|四\s*十|百|一\s*百)(?![点一二三四五六七八九\d])"),
    ("30/15/40/100 % (words)", r"\b(?:thirty|fifteen|forty|one hundred|hundred)[\s-]*(?:\(\d+\)\s*)?(?:per\s*cent|percent)\b"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:个\s*)?(?:月|-?\s*months?\b)|十\s*二\s*个\s*月|\btwelve[\s-]*(?:\(12\)\s*)?months?\b"),
    ("one year", r"\bone[\s-]+years?\b|(?<![\d.])1\s*(?:年|-?\s*years?\b)|(?<![一二三四五六七八九十第每单])一\s*年"),
    ("horizon 5 years", r"(?<![\d.])5\s*(?:个\s*)?(?:年|-?\s*years?\b)|(?<![十\d])五\s*年|\bfive[\s-]*(?:\(5\)\s*)?years?\b"
                        r"|(?<![\d.])60\s*(?:个\s*)?(?:月|-?\s*months?\b)|六\s*十\s*个\s*月|\bsixty[\s-]*months?\b"),
]
THRESHOLD_RE = [(name, re.compile(p, re.I)) for name, p in THRESHOLD_PATTERNS]

SELF_TEST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "四个工作小时", "4 hours", "within four (4) hours",
                 "4 business hours", "0.05%", "0.050 %", "万分之五", "30%", "30 %", "百分之三十", "thirty per cent",
                 "15％", "40 percent", "100%", "百分之百", "百分之一百", "forty per cent", "12个月", "十二个月",
                 "twelve months", "12-month", "12 months", "one year", "one-year", "1年", "五年", "5 years", "5-year",
                 "five years", "60个月", "sixty months", "九十九点九"]
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.055%", "万分之五十",
                  "万分之八", "130%", "1.5%", "150%", "2025年", "2026 年", "六个月", "二十四个月", "36 months",
                  "18 months", "8 hours", "14 hours", "第一年", "每年", "首年", "百分之三十五", "35%", "115%",
                  "fourteen hours", "3 years", "十八个月", "20%", "25%", "45%", "0.07%", "2015"]


def self_test():
    for s in SELF_TEST_HIT:
        assert any(rx.search(s) for _, rx in THRESHOLD_RE), ("threshold regex misses", s)
    for s in SELF_TEST_MISS:
        hits = [n for n, rx in THRESHOLD_RE if rx.search(s)]
        assert not hits, ("threshold regex false hit", s, hits)


def threshold_hits(text):
    flat = re.sub(r"\s+", " ", text)
    return [(n, m.group(0)) for n, rx in THRESHOLD_RE for m in rx.finditer(flat)]


def nows(s):
    return re.sub(r"\s+", "", s)

# ---------------------------------------------------------------- h289z01 (zh, .pdf, compliant)
H289Z01 = """T:北岭省煤矿安全监测监控联网平台建设项目政府采购合同
P:合同编号：BLYJ-ZC-2025-017　　采购项目编号：BLZC2025-GK-0362　　采购方式：公开招标
P:甲方（采购人）：北岭省应急管理厅　　地址：北岭省安平市政务大道18号
P:乙方（中标供应商）：中安矿联信息技术有限公司　　地址：安平市高新区智汇路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求说明书均为本合同的组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责建设全省煤矿安全监测监控联网平台，将全省86座生产煤矿的瓦斯、一氧化碳、风速、粉尘、人员定位和视频信息接入省级平台，实现实时汇聚、分级预警、超限联动和统计分析。
P:1.2 工作范围包括：提供平台软件许可和数据汇聚服务器及存储设备；完成矿端数据接入适配开发；按甲方需求定制瓦斯超限与设备异常预警模型；部署实施、联调、试运行和培训。
P:1.3 乙方应于合同签订后150日内完成全部矿端接入并提交初验申请。
P:1.4 乙方应为甲方及各市级应急管理部门培训平台管理员和值班人员不少于120人次，提供操作手册、运维手册和应急预案，培训效果以考核合格为准。
P:1.5 乙方应指派具有同类项目经验的项目经理常驻甲方，按周提交进度报告；更换项目经理须经甲方书面同意。甲方负责协调各煤矿企业提供现场条件和网络接入，并指定专人对接。
H:第二条 合同价格
TB:序号|项目|数量|金额（元）
TB:1|监测监控联网平台软件许可（省级，永久）|1套|1,280,000
TB:2|数据汇聚服务器及存储设备|1批|642,000
TB:3|矿端数据接入适配开发（每矿5,200元）|86座|447,200
TB:4|预警模型定制开发|1项|318,000
TB:5|部署实施、联调及培训|1项|146,800
TB:合计|||2,834,000
P:2.1 合同总价为人民币贰佰捌拾叁万肆仟元整（¥2,834,000），其中软件及硬件小计¥1,922,000。合同总价为固定价格，已含税费、运输、安装、调试、培训及质保期内的全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%，即¥566,800，作为预付款。
P:3.2 全部矿端接入完成并通过初验后，甲方支付合同总价的45%，即¥1,275,300。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥991,900。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方通过省级国库集中支付系统付款，因财政支付流程产生的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：86座煤矿全部接入，各类传感器数据上传延迟不超过10秒；超限报警在平台端推送时间不超过5秒；与国家矿山安全监察系统的数据对接经核对一致；预警模型在历史数据回放测试中的误报率低于2%。
P:4.2 初验合格后进入为期90日的试运行。试运行期间平台未发生一级故障，且各项功能与需求说明书逐项相符的，乙方可申请最终验收。甲方组织专家按需求说明书、本条标准及第三方安全测评报告进行验收，并出具书面验收报告。
P:4.3 设备到货签收、平台上线、甲方试用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及远程与现场技术支持。
P:5.2 服务水平：平台月可用率不低于99.95%（计划内维护除外，维护须提前3日经甲方同意）。故障分为三级：一级故障指平台整体不可用或预警推送中断，乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障指部分矿井数据中断，应在1小时内响应，8小时内恢复；三级故障应在1个工作日内处理。
P:5.3 乙方未达到前款服务标准的，一级故障每超时一小时向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，向甲方支付¥2,000，甲方可从应付款项或履约保函中直接扣除。
P:5.4 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过软件及硬件小计的8%（即每年不超过¥153,760），质保期满后的前三年按此价格执行，不得上调；维保合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在全省应急管理系统内部署使用。
P:6.2 为本项目开发的矿端适配程序、预警模型、接口及其源代码、技术文档的知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。乙方保证所交付成果不侵犯任何第三方权利。
H:第七条 数据安全
P:7.1 平台汇聚的全部监测数据、报警记录、视频及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:7.2 乙方应按网络安全等级保护第三级要求实施建设，运维操作一律通过甲方堡垒机进行并留存审计日志，不得通过互联网远程接入平台。
P:7.3 发生数据泄露、篡改或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对履约中知悉的甲方工作秘密、煤矿企业经营信息及平台网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期完成初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方交付的产品或服务不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:9.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十条 分包与转包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十一条 合同解除
P:乙方逾期超过30日，或存在严重违约且经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 不可抗力
P:因地震、洪水等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方并提供证明，双方协商延期或部分免除责任；不可抗力持续超过60日的，双方可协商解除合同。
H:第十四条 履约保证
P:乙方提交的履约保函金额为合同总价的10%，有效期至最终验收合格后30日。乙方未按约定履行义务的，甲方有权按照本合同约定从保函中扣收相应款项。
H:第十五条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。合同附件：需求说明书、设备清单、验收方案。
P:甲方（盖章）：北岭省应急管理厅　　　　乙方（盖章）：中安矿联信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""
# ---------------------------------------------------------------- h289z02 (zh, .docx: PWF uncapped, SLA-RESPONSE, no confidentiality)
H289Z02 = """T:辊道窑控制系统改造采购合同
P:合同编号：HC-SB-2025-0428
P:甲方（买方）：清远华瓷陶瓷有限公司，住所：清远市源潭镇陶瓷工业园8号
P:乙方（卖方）：广东窑控自动化科技有限公司，住所：佛山市南海区狮山科技园B座
P:鉴于甲方二号车间一条长度为286米的宽体辊道窑需要更换控制系统，乙方具备相应的供货、安装和烧成工艺整定能力，双方依据《中华人民共和国民法典》，就辊道窑控制系统的供货、安装调试及售后服务事宜达成如下协议。
H:一、供货范围与合同价款
P:（一）乙方提供的设备、软件及服务如下表所列，规格型号以附件一《技术协议》为准。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（主站及分站）|6套|68,000|408,000
TB:2|温控仪表及热电偶|1批|—|236,500
TB:3|辊道传动变频器|48台|3,850|184,800
TB:4|燃烧控制系统（烧嘴控制器及火焰检测）|1套|—|327,000
TB:5|上位机监控软件许可|2套|58,000|116,000
TB:|设备及软件小计|||1,272,300
TB:6|安装调试及烧成曲线整定|1项|—|168,000
TB:7|操作及维护培训|1项|—|23,700
TB:|合同总价|||1,464,000
P:（二）合同总价为人民币壹佰肆拾陆万肆仟元整（¥1,464,000），含13%增值税、包装、运输、保险、安装调试和培训费用。
P:（三）主要技术要求：控制系统应覆盖预热、烧成、急冷、缓冷和快冷全部温区，共计42个控温点；上位机应能按产品规格保存和调用不少于200条烧成曲线；传动系统应具备断辊检测和分段调速功能；燃烧系统应符合国家工业燃气燃烧器安全规定。
P:（四）乙方随货提供常用备品备件一套（清单见附件二），其费用已包含在合同总价中。
H:二、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运至甲方二号车间，并在甲方计划停窑的20日内完成拆旧、安装、接线和冷态调试。
P:（二）停窑检修窗口由甲方提前15日书面通知乙方。乙方应派驻电气、软件和烧成工艺工程师各至少一名，服从甲方安全生产管理。
P:（三）热态调试期间，乙方应配合甲方按釉面砖和瓷质砖两类产品分别整定烧成曲线，并将整定后的参数表交甲方确认。
P:（四）设备应采用防潮、防震包装，运输途中的毁损灭失风险由乙方承担；设备所有权及风险自甲方签收时转移给甲方。
P:（五）乙方应为甲方中控室操作人员和电气维修人员提供集中培训，内容包括系统操作、曲线调整、常见报警处理和日常点检，培训不少于40课时，并提交中文操作手册和维护手册各三套。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%，即¥146,400，作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥512,400。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即¥732,000。
P:（四）剩余5%即¥73,200作为质量保证金，质保期满且无未决质量问题后10日内无息支付。
P:（五）乙方每次请款前应开具合法有效的增值税专用发票，甲方收到发票并审核无误后付款。甲方以银行转账方式付款，乙方收款账户如有变更，须提前以盖章函件通知甲方。
H:四、验收
P:（一）最终验收在热态连续运行满30日后进行，验收标准为：窑内各温区实际温度与设定值偏差不超过±3℃；辊道速度控制精度不低于±0.5%；燃烧控制系统点火、熄火保护和超温联锁试验全部动作正确；连续运行期间未发生因控制系统原因导致的停窑；产品一级品率不低于改造前三个月平均水平。
P:（二）甲方应在乙方提交验收申请后7日内组织验收，双方签署验收报告。设备安装完成或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收，整改期间发生的额外燃气及停产损失由乙方承担。
H:五、质量保证与售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件本身质量问题产生的维修、更换及差旅费用均由乙方承担。
P:（二）故障分级：一级故障指导致窑炉停窑或无法控温的故障；二级故障指单个温区或部分传动失控但不影响整体运行的故障；三级故障为其他一般问题。
P:（三）发生一级故障时，乙方应在8小时内响应并派工程师到达现场，24小时内排除故障；二级故障应在24小时内响应，48小时内排除；三级故障在3个工作日内处理。
P:（四）乙方未按前款时限响应或排除故障的，每超时一小时向甲方支付违约金¥500，甲方可从质量保证金中扣除。
P:（五）质保期满后，甲方可委托乙方继续提供维保服务。维保服务费按乙方当年度公布的服务价目表执行，维保合同每年另行签订。
H:六、数据与远程访问安全
P:（一）控制系统运行中产生的工艺参数、烧成曲线、能耗及报警记录等数据均属于甲方，乙方仅可为履行本合同进行必要的读取，不得用于其他用途。
P:（二）乙方远程诊断须事先取得甲方设备部审批，经甲方提供的VPN通道接入，并在甲方人员监督下进行；乙方应保证远程工具无恶意程序，访问结束后立即断开。
P:（三）乙方应对其人员的操作行为负责。因乙方原因导致控制系统遭受网络攻击、数据丢失或被篡改的，乙方应立即通知甲方并采取补救措施，赔偿甲方由此造成的全部损失。
H:七、知识产权
P:（一）上位机监控软件的著作权归乙方或其许可方所有，甲方享有永久使用权。
P:（二）乙方为本项目编写的PLC组态程序、画面文件、烧成曲线参数表及相关源文件归甲方所有，乙方应在验收时一并移交，甲方有权自行修改或委托第三方修改。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:（二）乙方提供的设备不符合技术协议的，甲方有权要求更换；因此造成甲方停产的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，按每日万分之三向乙方支付违约金。
H:九、分包
P:乙方不得将本合同项下的安装调试工作分包给第三方；确需分包部分土建或桥架工作的，须事先取得甲方书面同意，并对分包方的工作承担连带责任。
H:十、合同解除
P:乙方逾期交货超过30日，或验收两次不合格，或有其他严重违约行为且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应在甲方通知的期限内自费拆除已安装但未验收的设备，并恢复原控制系统可运行的状态。
H:十一、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁，仲裁裁决是终局的。
H:十二、安全生产与不可抗力
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业和受限空间作业规定，因乙方人员违规造成人身伤害或财产损失的，由乙方负责。
P:（二）因不可抗力不能按期履行的，受影响一方应及时通知对方并在10日内提供证明，履行期限相应顺延。
H:十三、其他
P:本合同附件一《技术协议》、附件二《设备清单》、附件三《验收方案》与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：清远华瓷陶瓷有限公司（盖章）　　代表：__________　　日期：2025年　月　日
P:乙方：广东窑控自动化科技有限公司（盖章）　　代表：__________　　日期：2025年　月　日
"""
# ---------------------------------------------------------------- h289z03 (zh, .md: AUTO-RENEWAL, SLA-AVAILABILITY)
H289Z03 = """# 门店订货及会员营销SaaS服务合同

**合同编号：** MXF-IT-2025-031

**甲方（客户）：** 麦香坊烘焙连锁管理有限公司（住所：南京市秦淮区中华路219号）

**乙方（服务商）：** 云焙数字科技（杭州）有限公司（住所：杭州市余杭区文一西路1500号）

甲方在华东地区经营80家烘焙门店及一座中央工厂，拟使用乙方提供的门店订货、中央工厂生产排程及会员营销SaaS服务，并委托乙方完成系统实施。双方经友好协商，订立本合同。

## 1. 定义

1.1 “服务”指乙方通过互联网向甲方提供的订货、排产、配送、会员、积分、储值及营销活动管理功能，以及本合同约定的实施、培训和技术支持。

1.2 “甲方数据”指甲方及其门店、会员在使用服务过程中录入、上传或产生的全部数据，包括会员信息、交易记录、订货单和库存数据。

1.3 “上线”指80家门店及中央工厂全部切换至本服务并开始正式业务运营。

## 2. 服务内容与期限

2.1 服务期限为自上线之日起二十四个月（“初始服务期”）。

2.2 乙方负责：完成订货目录、配方BOM、门店配送线路和会员等级规则的配置；将甲方现有约36万名会员的资料、积分和储值余额迁移至本服务；完成与甲方收银POS系统、微信小程序商城和财务软件的接口对接。

2.3 乙方应在合同签订后60日内完成实施并具备上线条件。

2.4 服务功能包括：门店按日订货及要货建议、中央工厂按订单生成生产排程和原料需求、配送线路与车辆装载安排、会员注册与等级管理、积分和储值、优惠券及节日营销活动、经营报表和移动端店长看板。具体功能以附件一《服务说明》为准。

2.5 乙方对服务功能进行升级的，不得降低附件一所列功能和本合同约定的服务水平。

## 3. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店端订阅费 | 80家 × 280元/月 × 24个月 | 537,600 |
| 总部及中央工厂端订阅费 | 9,200元/月 × 24个月 | 220,800 |
| 实施费（配置、数据迁移、接口对接） | 一次性 | 118,000 |
| 培训费 | 一次性 | 21,600 |
| **合同总金额** | | **898,000** |

3.1 订阅费合计每月¥31,600，初始服务期内订阅费合计¥758,400。合同总金额为¥898,000，含6%增值税。

3.2 实施费和培训费在上线验收合格后15日内一次性支付。订阅费自上线之日起按季度结算，甲方于每季度结束后15日内支付该季度费用。甲方无需支付任何预付款。

3.3 甲方新增门店的，按每店每月280元计收订阅费，自该门店开通次月起算。

3.4 乙方应在收款前开具合法有效的增值税专用发票。对账单有争议的部分，甲方可暂缓支付，无争议部分应按期支付。

## 4. 上线验收

4.1 乙方完成实施后书面通知甲方组织上线验收。验收标准：（1）全部门店可正常下达订货单，中央工厂可生成排产及配送计划；（2）迁移的会员资料、积分和储值余额与甲方原系统逐条核对一致；（3）与POS、小程序及财务软件的接口连续7日对账无差异；（4）模拟500家门店同时下单的压力测试中，订单提交响应时间不超过3秒。

4.2 以上标准全部满足后，双方签署上线验收单。甲方门店试用或开始业务运营不视为验收合格。

## 5. 服务水平

5.1 乙方承诺服务的月度可用率不低于99.5%。可用率按当月总分钟数扣除经甲方同意的计划维护时间计算，计划维护应安排在每日凌晨1点至5点之间。

5.2 故障响应：一级故障（全部门店无法订货或收银会员功能中断）30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应，8小时内恢复；三级故障下一个工作日内答复。

5.3 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每超时一小时抵扣¥800。抵扣金额在下一期费用中扣除。

5.4 乙方提供7×24小时电话及在线工单支持，并为甲方指定一名客户成功经理，每月提交服务报告，内容包括可用率、故障清单、工单处理情况和改进建议。

5.5 乙方应在上线前为甲方总部、中央工厂及门店店长分批开展培训，培训不少于6场，并提供操作视频和中文操作手册；新版本发布前应提前7日通知甲方并说明变更内容。

## 6. 数据归属与数据安全

6.1 甲方数据归甲方所有。乙方仅为向甲方提供服务之目的处理甲方数据，不得将其用于任何其他目的，不得向第三方提供。

6.2 乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问权限控制和操作日志审计等措施，其服务系统应通过网络安全等级保护第三级测评。

6.3 发生数据泄露或安全事件的，乙方应在24小时内通知甲方，并承担因其过错造成的全部损失，包括甲方向会员承担的赔偿。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在甲方确认后删除。

## 7. 保密

双方对在合作中获悉的对方商业秘密，包括甲方的配方、采购价格、门店经营数据和会员营销方案，负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

## 8. 知识产权

8.1 SaaS平台及其软件的知识产权归乙方所有。

8.2 乙方为甲方定制的报表、接口程序和营销活动模板归甲方所有，甲方可自行使用、修改或交由第三方使用。

## 9. 续期与调价

9.1 初始服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续期二十四个月，续期次数不限。

9.2 每次续期时，乙方有权根据其价格政策上调订阅费单价，上调幅度不超过上一服务期单价的8%，乙方应在续期生效前书面告知甲方调整后的价格。

## 10. 违约责任

10.1 乙方未能在约定期限内完成实施的，每逾期一日，应向甲方支付违约金¥600。

10.2 乙方对本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

## 11. 分包

乙方不得将实施工作分包给第三方，经甲方书面同意的除外。乙方使用的云基础设施服务商为阿里云，双方签署本合同即视为甲方认可。

## 12. 甲方义务

12.1 甲方应指定项目负责人，按实施计划提供商品资料、配方、门店信息及原系统数据，并组织门店人员参加培训。

12.2 甲方应妥善保管其账号和密码，对其账号下的操作负责；发现账号被盗用的，应及时通知乙方冻结。

## 13. 合同解除


一方严重违反本合同且在另一方书面通知后20日内仍未改正的，守约方有权书面通知解除本合同。合同解除或期满后，乙方应在甲方完成数据迁移前继续提供不超过60日的过渡服务，过渡期费用按原单价计算。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

## 15. 其他

本合同附件包括服务说明、实施计划和接口清单。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：麦香坊烘焙连锁管理有限公司　　授权代表：__________

乙方（盖章）：云焙数字科技（杭州）有限公司　　授权代表：__________

日期：2025年　月　日
"""
# ---------------------------------------------------------------- h289z04 (zh, .txt: SLA-NO-REMEDY, LD-MISSING)
H289Z04 = """江城市急救中心120指挥调度系统运维服务合同
（政府采购 竞争性磋商）

合同编号：JCJJ-YW-2025-06
采购项目编号：JCCG-2025-CS-118

采购人（甲方）：江城市急救中心
住所：江城市建设路301号
成交供应商（乙方）：华援应急通信技术有限公司
住所：江城市经开区创新大道88号

甲方通过竞争性磋商方式采购120指挥调度系统运维服务，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

第一条 服务对象与范围
（一）运维对象为甲方120指挥调度系统，包括：调度席位软件32套、呼叫中心交换平台、调度大屏及显示系统、GIS地图与车辆定位平台、录音录时系统、与110/119联动接口、院前急救病历系统接口，以及机房服务器、存储、网络和安全设备。
（二）服务内容包括：驻场值守运维、系统日常巡检、故障处置、软件补丁和配置变更、数据库维护与备份、备品备件更换、重大活动和突发事件期间的保障、运维文档整理及运维人员技术交底。
（三）服务期限自2025年7月1日起至2026年6月30日止。
（四）服务期内甲方新增调度席位或分站接入的，乙方应负责相应的安装配置和纳入运维，新增数量不超过6个席位的，不另行收费。

第二条 服务费用
（一）本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000），构成如下：
  1. 驻场运维服务（2名工程师，7×24小时轮班值守）：¥312,000
  2. 二线技术支持及季度巡检：¥96,000
  3. 备品备件（含硬盘、电源、交换机模块等，清单见附件二）：¥48,000
  4. 重大活动及应急保障：¥30,000
  合计：¥486,000
（二）服务费为固定总价，已包含人工、差旅、工具、备件及税费，甲方不再另行支付其他费用。

第三条 付款方式
（一）服务费按季度支付，每季度¥121,500。
（二）每季度结束后，乙方提交季度运维报告和发票，甲方在确认报告后20个工作日内支付该季度服务费。
（三）本合同不设预付款。

第四条 驻场与人员要求
（一）乙方驻场工程师应具备通信或计算机相关专业背景及两年以上同类系统运维经验，名单须经甲方确认，未经甲方同意不得更换。
（二）驻场人员应遵守甲方调度大厅管理制度，实行交接班记录，不得干扰调度员正常工作。
（三）乙方应设立项目负责人，每月参加甲方组织的运维例会，通报系统运行情况和问题整改进度。
（四）驻场人员因休假或培训需临时替岗的，乙方应安排具备同等资质的人员，并提前2个工作日报甲方备案；替岗人员应事先熟悉系统并完成交接。

第五条 服务标准
（一）故障分级：
  一级故障：调度系统整体瘫痪、120呼入中断或多个调度席位同时无法接警；
  二级故障：单个席位、GIS定位、录音或联动接口中断，但不影响整体接警；
  三级故障：其他不影响调度业务的一般问题。
（二）响应与恢复时限：一级故障驻场人员应在15分钟内响应，1小时内恢复接警功能或启用备用方案，2小时内二线专家到场；二级故障应在30分钟内响应，6小时内恢复；三级故障应在2个工作日内处理完毕。
（三）巡检要求：每日两次巡视机房和调度大厅，每季度进行一次全面巡检并出具巡检报告；每周对数据库和录音数据进行一次完整备份，并每季度进行一次恢复演练。
（四）乙方未达到上述服务标准的，应在3个工作日内向甲方提交书面情况说明和整改措施，并在甲方确认的期限内完成整改。
（五）重大活动保障：在春节、国庆、大型赛事等甲方书面通知的保障期间，乙方应增派一名二线工程师驻场，提前3日完成专项巡检和备份，并制定专项保障方案报甲方确认。
（六）备品备件：乙方应在甲方机房常备附件二所列备件，备件使用后7日内补齐，并建立出入库台账，每季度与甲方核对一次。

第六条 服务验收
（一）每季度服务结束后，甲方依据季度运维报告对服务进行确认，确认内容包括：故障处置是否符合第五条时限、巡检和备份是否按期完成、运维记录是否完整。
（二）服务期满前15日，甲方组织期满验收。验收标准为：服务期内一级故障全部在规定时限内恢复；各季度巡检和恢复演练记录齐全；运维文档、配置清单、账号口令清单已完整移交；系统各项功能运行正常。
（三）验收不合格的，乙方应在甲方指定期限内完成整改并重新验收。
（四）期满验收合格后，甲方出具服务验收报告，作为乙方履约评价和信用记录的依据。

第七条 数据安全
（一）系统中的呼救录音、通话记录、患者信息、车辆轨迹及全部业务数据均属于甲方，乙方仅为履行运维职责进行必要操作，不得复制、下载、留存或用于其他任何目的。
（二）乙方运维操作应通过甲方运维审计系统进行，重要配置变更须事先经甲方审批；不得在运维终端安装与工作无关的软件，不得将存储介质带离机房，更换下来的硬盘由甲方留存。
（三）发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并配合开展处置和调查；因乙方原因造成的，由乙方承担全部法律责任并赔偿甲方损失。

第八条 甲方义务
（一）甲方应为驻场人员提供办公位置、网络和必要的工作条件，并指定专人负责日常对接。
（二）甲方应及时向乙方通报调度业务流程和系统使用方面的变化，组织乙方参与新增设备或系统的接入评审。
（三）对于需要原厂支持的软件缺陷，甲方应协助乙方联系原厂，乙方负责跟踪直至问题关闭。

第九条 保密
乙方及其人员对履约过程中知悉的患者个人信息、调度预案、系统网络结构和甲方内部资料负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。本条在合同终止后继续有效。

第十条 知识产权
乙方在服务期内编制的运维文档、巡检报告、应急预案、脚本和配置文件归甲方所有，甲方有权自行使用和修改。

第十一条 违约责任
（一）乙方违反本合同约定的，应当继续履行、采取补救措施，并赔偿甲方因此遭受的直接经济损失。
（二）甲方未按约定支付服务费的，乙方可书面催告；甲方仍未支付的，应按同期贷款市场报价利率支付逾期利息。

第十二条 分包
乙方不得将本合同项下服务分包或转包给任何第三方。

第十三条 合同解除
乙方存在严重违约，包括因乙方原因导致一级故障在规定时限内未能恢复累计达两次，或经甲方书面通知后10日内仍未纠正违约行为的，甲方有权解除本合同，并按实际服务期间结算服务费。

第十四条 服务期满与交接
本合同于服务期满时终止，不自动续期。合同终止前，乙方应配合甲方或甲方新选定的服务商完成不少于15日的交接，移交全部文档、账号和备件。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
磋商文件、响应文件、成交通知书及附件一《运维对象清单》、附件二《备品备件清单》为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方（盖章）：江城市急救中心　　　　乙方（盖章）：华援应急通信技术有限公司
代表签字：__________　　　　　　　　代表签字：__________
日期：2025年6月　日
"""
# ---------------------------------------------------------------- h289z05 (zh, .md, supplier's own template: ten findings)
H289Z05 = """# 溯源宝食品追溯系统软件许可及开发服务合同

> 溯源宝标准合同文本 V3.0（2024年修订）　本文本由溯源宝信息科技有限公司提供

**合同编号：** SYB-HT-2025-0917

**甲方（用户）：** 湘岭腊味食品有限公司
地址：湖南省怀化市辰溪县工业集中区腊味产业园6号

**乙方（许可方）：** 溯源宝信息科技有限公司
地址：湖南省长沙市岳麓区麓谷大道658号

甲方为腊肉、腊肠等腊味制品生产企业，拟建设覆盖生猪原料入厂、腌制、烟熏、晾晒、包装及经销商流通的全程质量追溯系统。乙方是“溯源宝”食品追溯平台的著作权人。甲方同意按照本合同向乙方购买软件许可并委托乙方进行定制开发。

## 第1条 合作内容

1.1 乙方向甲方提供“溯源宝”食品追溯平台企业版软件的永久使用许可一套，部署在甲方指定的云服务器上。许可用户数不限，使用范围限于甲方及其全资子公司的生产经营活动。

1.2 乙方根据甲方需求进行以下定制开发：烟熏房温湿度及烟熏时长自动采集、腌制批次与原料检疫证明关联、包装环节一物一码赋码、经销商扫码收货及消费者扫码查询页面。

1.3 乙方负责系统部署、初始化配置、与甲方现有ERP的数据对接以及操作培训。

1.4 系统主要功能包括：原料供应商及检疫证明管理、生产批次管理、腌制及烟熏工艺记录、质检记录、一物一码生成与打印、仓储出入库、经销商流向管理、消费者扫码查询、召回批次快速定位及统计报表。系统应支持甲方年产约800万包产品的赋码量。

1.5 乙方为甲方现场操作人员、质检人员和管理人员提供两次集中培训，每次不超过2天，并提供电子版操作手册。超出上述范围的培训，按乙方标准价格另行收费。

## 第2条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源宝平台企业版软件许可（永久） | 468,000 |
| 2 | 定制开发（采集、赋码、扫码查询等） | 126,000 |
| 3 | 部署实施及培训 | 46,000 |
| | 合计 | 640,000 |

本合同总金额为人民币陆拾肆万元整（¥640,000），含税。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即¥416,000。乙方收到该笔款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同余款，即合同总金额的35%，¥224,000。

3.3 甲方逾期付款的，乙方有权暂停实施和技术服务，暂停期间的工期相应顺延，并按每日千分之一收取逾期付款违约金。

## 第4条 交付与上线

4.1 乙方在收到首期款后90日内完成部署和定制开发，并通知甲方上线。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后使用系统的，视为对交付成果的确认。甲方对功能有异议的，应在上线后3日内以书面形式提出，逾期未提出的，视为无异议。

4.3 因甲方未能按时提供现场条件、原料批次数据或ERP接口资料导致工期延误的，乙方不承担责任。

4.4 甲方应在合同签订后10日内指定项目联系人，提供工艺流程说明、产品编码规则、经销商名录和ERP接口文档，并安排烟熏房、包装车间的设备安装位置和网络点位。

4.5 实施过程中甲方提出需求变更的，双方应签署变更单。变更导致工作量增加的，乙方有权按每人日¥2,200另行收费，并相应调整上线时间。

## 第5条 免费维护与售后服务

5.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

5.2 故障响应：一级故障（系统无法登录或无法赋码）乙方在2小时内响应，二级故障在8小时内响应，三级故障在3个工作日内响应。一级故障超过响应时限的，乙方每超时一小时向甲方支付¥200。

5.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年¥117,000，于每个维护年度开始前支付。年度维护服务内容包括远程支持、缺陷修复和版本升级。

5.4 非乙方原因导致的故障，以及甲方要求的新增功能，乙方另行收费。

5.5 甲方应自行采购并维护系统运行所需的云服务器、赋码打印机、扫码枪及网络环境，其规格应符合乙方提出的配置要求。因甲方软硬件环境导致的问题不属于乙方维护范围。

5.6 乙方对平台软件进行版本升级时，将通过系统公告通知甲方，甲方应配合升级。

5.7 乙方的技术支持时间为工作日9:00至18:00，通过客服热线、在线工单和远程协助提供。需要乙方工程师到甲方现场处理的，差旅及住宿费用由甲方承担。

## 第6条 知识产权

6.1 溯源宝平台软件及其相关文档的著作权归乙方所有。

6.2 乙方根据本合同为甲方定制开发的程序、页面、数据接口及相关文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或复制。

6.3 乙方有权将定制开发成果用于其他客户或纳入溯源宝标准产品。

## 第7条 数据

7.1 甲方在系统中录入和产生的追溯数据归甲方所有。

7.2 乙方应采取访问权限控制、传输加密、数据备份等必要的安全措施，保护甲方数据安全。发生数据泄露等安全事件的，乙方应在48小时内通知甲方，因乙方过错造成甲方损失的，由乙方依照本合同承担赔偿责任。

7.3 甲方同意，乙方有权在对数据进行脱敏处理后，使用追溯数据用于产品优化、行业分析报告及市场推广，该等使用无需另行取得甲方同意，也不另行支付费用。

7.4 甲方应保证其提供的原料、检疫及产品信息真实合法，并自行承担对外公示追溯信息的责任。

## 第8条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依照本合同第7.3条使用数据的除外。保密义务在合同终止后两年内有效。

## 第9条 违约责任

9.1 乙方未按第4.1条约定期限通知上线的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

9.2 任何情况下，乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的35%。乙方不对甲方的间接损失、利润损失及商誉损失承担责任。

## 第10条 合作伙伴

乙方有权根据项目需要，将部分开发、实施或运维工作交由其合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作成果负责。

## 第11条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。因甲方原因解除合同的，乙方已收取的款项不予退还。合同解除或终止后，乙方应在甲方付清应付款项后30日内，按乙方标准格式向甲方导出其已录入的追溯数据。

## 第12条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第13条 其他

13.1 本合同未尽事宜，以乙方官网公布的《溯源宝用户服务协议》为准。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湘岭腊味食品有限公司　　代表：__________

乙方（盖章）：溯源宝信息科技有限公司　　代表：__________

签订日期：　　年　　月　　日
"""
# ---------------------------------------------------------------- h289e01 (en, .txt: SLA-MISSING, SLA-RESPONSE, GOVERNING-LAW)
H289E01 = """SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
FormaLegno Pro parametric furniture-design software

Agreement No. PA-CN-2025-044

BETWEEN

(1) PARAMETRICA ARREDO S.R.L., a company incorporated in Italy, with its registered office at Via dei Pescatori 11, Isola Superiore, 28838 Stresa (VB), Italy (the "Vendor"); and

(2) NANTONG LINMU FURNITURE DESIGN CO., LTD., a company incorporated in the People's Republic of China, with its registered office at 88 Gongnong Road, Chongchuan District, Nantong, Jiangsu Province (the "Customer").

BACKGROUND

A. The Vendor develops and licenses FormaLegno Pro, a parametric design application for cabinet, wardrobe and panel furniture, together with a server-based rendering module.

B. The Customer designs custom residential furniture and wishes to acquire perpetual licences of FormaLegno Pro for its design studio, and to have its own library of furniture components converted into parametric components that drive its cutting and drilling machines.

C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "Software" means FormaLegno Pro version 9 and the FormaLegno Render Node module in object code, with their user documentation.

1.2 "Licences" means the perpetual licences of the Software listed in clause 3.

1.3 "Custom Library" means the parametric versions of the Customer's furniture components, materials, hardware fittings and machining rules produced by the Vendor under clause 4, together with the related templates, scripts and CNC post-processor settings.

1.4 "Customer Designs" means all drawings, models, price lists, client information and other data created or stored by the Customer using the Software.

1.5 "Installation Certificate" means the Customer's signed confirmation that the Software is installed on all machines listed in Schedule 1.

1.6 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in clause 6 have been passed.

2. SCOPE

2.1 The Vendor shall deliver and install the Software, grant the Licences, build the Custom Library, train the Customer's designers and administrators, and provide warranty and maintenance services as described in this Agreement.

2.2 The Vendor shall deliver licence keys and install the Software within 45 days after signature, and shall complete the Custom Library and make the system ready for the acceptance tests within 120 days after signature.

3. PRICES

3.1 The Contract Price is CNY 1,402,000, inclusive of applicable Chinese taxes, and is made up as follows:

  Item                                                   Qty   Unit price (CNY)   Amount (CNY)
  FormaLegno Pro named-user perpetual licence            24    38,500             924,000
  FormaLegno Render Node perpetual licence               4     46,000             184,000
  Licence Subtotal                                                                1,108,000
  Custom Library (about 1,200 parametric components)     1     236,000            236,000
  Installation, configuration and training               1     58,000             58,000
  Contract Price                                                                  1,402,000

3.2 The Contract Price is fixed. It includes travel and living expenses of the Vendor's staff for all work described in this Agreement.

4. CUSTOM LIBRARY

4.1 The Vendor shall convert the Customer's existing library of wardrobe, kitchen-cabinet and bookcase components into parametric components in which dimensions, panel thickness, edge banding, hinge and drawer-slide positions and drilling patterns adjust automatically when the overall size of a piece of furniture changes.

4.2 The Vendor shall configure post-processors so that machining data generated by the Software can be read without manual editing by the Customer's three CNC machining centres and its edge-banding line, as listed in Schedule 2.

4.3 The Customer shall provide its current component drawings, material and hardware catalogues and machine specifications within 15 days after signature.

5. PAYMENT

5.1 The Customer shall pay the Contract Price in the following instalments, each within 20 days after receipt of a correct VAT invoice:

(a) 20% of the Contract Price, being CNY 280,400, after signature of this Agreement;

(b) 50% of the Contract Price, being CNY 701,000, after delivery of the licence keys and signature of the Installation Certificate. The Installation Certificate confirms installation only and is not acceptance;

(c) 25% of the Contract Price, being CNY 350,500, after Final Acceptance; and

(d) the remaining 5%, being CNY 70,100, at the end of the Warranty Period, provided that no warranty claim is then outstanding.

5.2 Payments shall be made by bank transfer to the Vendor's account stated in its invoice.

6. ACCEPTANCE

6.1 When the Custom Library is complete, the Vendor shall notify the Customer, and the parties shall carry out the acceptance tests in Schedule 3 within 15 working days. The tests shall show at least that:

(a) every component in the Custom Library regenerates correctly when its overall dimensions are changed within the ranges stated in Schedule 2;

(b) a reference wardrobe model of 240 parts regenerates in under 8 seconds on the Customer's standard workstation;

(c) machining data for ten reference pieces is read by each CNC machining centre and produces test cuts within the Customer's tolerance of 0.2 mm; and

(d) the Software has been used in production by the Customer's designers for 20 working days without a defect that stops design work.

6.2 If a test fails, the Vendor shall correct the defect and the failed test shall be repeated. Installation, use of the Software by the Customer, or payment of any instalment does not constitute acceptance.

7. WARRANTY

7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Custom Library will conform to clause 4 and Schedule 2 for eighteen (18) months from Final Acceptance (the "Warranty Period").

7.2 During the Warranty Period the Vendor shall correct reported defects free of charge and provide new versions of the Software as they are released.

7.3 Support requests shall be submitted by e-mail to the Vendor's support desk. The Vendor will use commercially reasonable efforts to answer support requests and to correct defects during its normal business hours (09:00 to 17:00 Central European Time, Monday to Friday). Remote assistance will be scheduled by agreement between the parties.

8. MAINTENANCE AFTER THE WARRANTY PERIOD

8.1 After the Warranty Period, the Customer may order annual maintenance, which includes new versions of the Software and support on the basis described in clause 7.3.

8.2 The annual maintenance fee is 14% of the Licence Subtotal, being CNY 155,120 per year, and shall not be increased for the first three years of maintenance. Any later change shall be agreed in writing and shall not exceed 3% per year.

8.3 Maintenance does not renew automatically. Each maintenance year is ordered by a purchase order of the Customer.

9. INTELLECTUAL PROPERTY

9.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors. The Licences are perpetual, non-exclusive and non-transferable.

9.2 All intellectual property rights in the Custom Library vest in the Customer upon creation. The Customer may use, modify, copy and license the Custom Library freely, including to its suppliers and other software providers. The Vendor shall hand it over in editable form at Final Acceptance.

9.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Library infringes a third party's intellectual property rights.

10. CUSTOMER DESIGNS AND DATA PROTECTION

10.1 Customer Designs belong to the Customer. The Vendor may access Customer Designs only as needed to perform this Agreement and shall not copy, retain or use them for any other purpose.

10.2 The Vendor shall access the Customer's systems only through remote sessions opened by the Customer for each support case, which the Customer may record. The Vendor shall not transfer Customer Designs outside the Customer's systems. Where a file must be examined to reproduce a defect, the Customer will provide a copy with client names removed, and the Vendor shall delete it when the defect is closed.

10.3 The Vendor shall keep its support tools free of malicious code, limit access to named support engineers, and notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Designs. The Vendor is liable for all loss caused to the Customer by a security incident attributable to the Vendor.

11. CONFIDENTIALITY

Each party shall keep confidential all non-public technical and commercial information received from the other party, including the Customer's designs, pricing and client lists and the Vendor's source materials, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

12. DELAY AND LIABILITY

12.1 If the Vendor fails to install the Software or to make the system ready for the acceptance tests by the dates in clause 2.2, the Vendor shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 7% of the Contract Price.

12.2 The total liability of the Vendor under this Agreement is limited to twice the Contract Price. This limit does not apply to the indemnity in clause 9.3, to breach of clauses 10 and 11, or to death, personal injury, fraud or wilful misconduct.

13. SUBCONTRACTING

The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.

14. TERMINATION

Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of Italy, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.

15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing.

16.2 This Agreement is made in English in two originals, one for each party.

Schedule 1: Workstations and render servers. Schedule 2: Custom Library specification and CNC machines. Schedule 3: Acceptance test plan.

Signed for and on behalf of PARAMETRICA ARREDO S.R.L.
Name: ____________________  Title: Managing Director  Date: __________

Signed for and on behalf of NANTONG LINMU FURNITURE DESIGN CO., LTD.
Name: ____________________  Title: Legal Representative  Date: __________
"""
# ---------------------------------------------------------------- h289e02 (en, .pdf: DATA-OWNERSHIP, LIABILITY-CAP, SLA-NO-REMEDY)
H289E02 = """T:NEIGEFLUX ORDER FORM No. NF-2025-CN-07
P:This Order Form is entered into under, and incorporates, the Neigeflux General Terms of Service printed below (the "General Terms"). Together they form the "Agreement". If this Order Form and the General Terms conflict, this Order Form prevails.
H:Part A. Order Form
P:Provider: Neigeflux SAS, a French simplified joint-stock company, registered office: 2 Chemin du Phare, Île Melvan, France ("Neigeflux").
P:Customer: Jilin Changbai Snowfield Resort Co., Ltd., registered office: Snowfield Avenue 1, Erdaobaihe Town, Antu County, Yanbian, Jilin Province, People's Republic of China ("Customer").
P:Service: SkiPass Cloud, a hosted lift-ticketing platform for online and counter ticket sales, season passes, RFID card issue, lift-gate validation, skier-flow dashboards and revenue reports, including the Customer's WeChat mini-program shop (the "Service").
P:Subscription Term: thirty-six (36) months from the Go-Live Date. At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).
TB:Item|Description|Charge (CNY)
TB:Platform subscription|Monthly recurring charge CNY 42,500 for 36 months (14 lift gates, 22 sales counters, unlimited online sales)|1,530,000
TB:Onboarding|Configuration of products and prices, gate integration, data migration of season-pass holders, training|86,000
TB:Total Contract Value||1,616,000
P:A.1 Invoicing. The monthly charge is invoiced at the end of each calendar month after the Go-Live Date and is payable within 30 days after invoice. The onboarding charge is invoiced after Go-Live Acceptance and payable within 30 days. No fee is payable before the Go-Live Date.
P:A.2 Go-Live. Neigeflux shall complete onboarding and make the Service ready for Go-Live Acceptance no later than 1 November 2025, so that the Customer can sell passes for the winter season. If Neigeflux misses that date for reasons not caused by the Customer, it shall pay the Customer CNY 1,200 for each day of delay until the Service is ready, up to a maximum of CNY 80,000.
P:A.3 Go-Live Acceptance. Before Go-Live the parties shall run the acceptance tests in Annex 1. The Service passes when: (a) all 14 lift gates validate RFID cards and QR tickets within 0.5 seconds per pass in a test of at least 1,800 passes per gate per hour; (b) online, mini-program and counter sales for one test day reconcile to the fen with the Customer's payment-platform statements; (c) migrated season-pass holders, photos and remaining entitlements match the Customer's export record by record; and (d) the Customer's staff have completed the training in Annex 2. The Customer shall sign a Go-Live Acceptance certificate when the tests are passed. Selling tickets through the Service before the certificate is signed does not mean that the Service has been accepted.
P:A.4 Special terms: Hosting of the Service for the Customer is in Alibaba Cloud data centres in mainland China (Beijing region, with backup in Zhangjiakou).
H:Part B. General Terms of Service
H:1. The Service
P:1.1 Neigeflux shall provide the Service to the Customer during the Subscription Term in accordance with the documentation and the service levels in section 2.
P:1.2 Neigeflux may update the Service from time to time, provided that no update materially reduces the functions described in the Order Form. Updates that require changes at the lift gates shall be scheduled with the Customer and not carried out between 15 December and 15 March.
P:1.3 The Customer shall provide network connectivity at its lift gates and sales counters, ensure that the gate hardware meets the specifications in Annex 1, and keep its user credentials secure.
H:2. Service Levels
P:2.1 Availability. Neigeflux will make the ticketing and gate-validation functions of the Service available at least 99.95% of the time in each calendar month, measured at the Neigeflux edge of the hosting network, excluding scheduled maintenance notified at least 5 days in advance and carried out between 00:00 and 05:00 Beijing time.
P:2.2 Incident response. Neigeflux operates a support desk with Chinese- and English-speaking staff. Incidents are classified as follows: Priority 1 means that ticket sales or gate validation are unavailable at the resort; Priority 2 means that a function is degraded or a single gate group is affected; Priority 3 means any other fault or question. Neigeflux will respond to a Priority 1 incident within 30 minutes and work on it continuously until it is resolved, respond to a Priority 2 incident within 2 hours, and respond to a Priority 3 incident within 2 business days.
P:2.3 Reporting. Neigeflux will provide a monthly service report showing availability, incidents and response times.
P:2.4 Remedy. If Neigeflux does not meet a service level in section 2, the Customer may escalate the matter to Neigeflux's service director, who shall provide a written correction plan within 5 business days. Neigeflux does not provide service credits, fee reductions or other compensation for a failure to meet the service levels, and the escalation procedure in this section is the Customer's only remedy for such a failure.
H:3. Fees
P:3.1 The fees are set out in the Order Form and are fixed for the Subscription Term.
P:3.2 Additional gates or counters ordered during the Subscription Term are charged at the unit rates in the Order Form, pro rata for the remaining months.
H:4. Customer Data
P:4.1 "Customer Data" means all data submitted to or generated by the Service for the Customer, including skier identities, photos, pass entitlements, sales transactions and gate passage records. As between the parties, Customer Data belongs to the Customer.
P:4.2 Neigeflux processes Customer Data to provide the Service and in accordance with the Customer's instructions.
P:4.3 Notwithstanding section 4.2, Neigeflux may compile aggregated and anonymised statistics from Customer Data, such as skier-flow patterns, lift utilisation and ticket price elasticity, and may use those statistics during and after the Subscription Term to improve and market its products and to publish benchmark reports for the ski industry, provided that neither the Customer nor any individual is named.
P:4.4 On expiry or termination, Neigeflux shall return the Customer Data in CSV format within 30 days and then delete it from its systems, except the statistics described in section 4.3.
H:5. Data Security
P:5.1 Neigeflux shall store and process Customer Data only in mainland China, maintain a classified protection (MLPS) level 3 filing for the Service, encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, and keep access logs for at least 180 days.
P:5.2 Neigeflux shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and shall assist the Customer with any notification required under the Personal Information Protection Law.
P:5.3 Neigeflux is responsible for, and shall compensate the Customer for, all losses, regulatory fines and costs arising from a security incident caused by Neigeflux or its subcontractors.
H:6. Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This section survives for three years after the end of the Agreement.
H:7. Intellectual Property
P:7.1 Neigeflux owns the Service and all its software and documentation. The Customer receives a non-exclusive right to use the Service during the Subscription Term.
P:7.2 The Customer's product and price configurations, gate integration scripts and report templates created for the Customer during onboarding belong to the Customer, which may use, modify and disclose them freely, including to a later ticketing provider.
H:8. Subcontractors
P:The Customer approves, by signing the Order Form, Alibaba Cloud as hosting provider. Neigeflux shall not appoint any other subcontractor to perform the Service or to process Customer Data without the Customer's prior written consent, and remains responsible for its subcontractors.
H:9. Limitation of Liability
P:9.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.
P:9.2 The total liability of Neigeflux arising out of or in connection with the Agreement, in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.
P:9.3 Section 9.2 does not apply to Neigeflux's obligations under section 5.3, to breach of section 6, or to fraud or wilful misconduct.
H:10. Term and Termination
P:10.1 The Agreement runs for the Subscription Term and ends at its expiry unless the parties sign a new Order Form.
P:10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach. The Customer may also terminate by written notice if Priority 1 incidents occur on more than three days in any calendar month of the ski season.
P:10.3 On termination by the Customer under section 10.2, Neigeflux shall refund any fees paid for the period after termination.
H:11. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun. The award is final and binding.
H:12. General
P:Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Agreement without the other party's written consent. The English text is the authoritative version.
P:Annex 1: Acceptance tests and gate specifications. Annex 2: Training plan.
P:For Neigeflux SAS: ____________________  Name and title: __________  Date: __________
P:For Jilin Changbai Snowfield Resort Co., Ltd.: ____________________  Name and title: __________  Date: __________
"""
# ---------------------------------------------------------------- h289e03 (en, .docx, buyer's paper, compliant)
H289E03 = """T:Purchase Contract for Vineyard Drip-Irrigation Sensing and Control System
P:Contract No. TSV-PUR-2025-112
P:This Contract is made between Xinjiang Tianshan Vineyards Co., Ltd., of 16 Wine Valley Road, Manas County, Changji Prefecture, Xinjiang, People's Republic of China (the "Buyer"), and Feldsinn Agrartechnik GmbH, of Hafenweg 3, Großer Wotig, Germany (the "Supplier"), on the Buyer's standard terms of purchase.
P:Whereas the Buyer operates 1,850 hectares of drip-irrigated wine grapes in 96 irrigation blocks and wishes to schedule irrigation from measured soil moisture rather than fixed timetables, and the Supplier has offered sensors, valve controllers, a wireless network and irrigation-control software for that purpose, the parties agree as follows. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Goods" means the equipment and the software licence listed in Article 2. "Works" means installation, commissioning, integration and training. "System" means the Goods and the Works together.
P:1.2 "Installation Certificate" means the Buyer's signed confirmation that the Goods have been delivered and installed in all 96 blocks. It is not acceptance.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Article 5.
P:1.4 "Buyer Data" means all measurements, schedules, settings, maps, logs and other data collected or generated by the System.
H:Article 2 Scope and Price
P:2.1 The Supplier shall supply, install and commission the System at the Buyer's vineyard, integrate it with the Buyer's existing pump station controllers and fertigation units, and train the Buyer's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture probe, three depths, with mounting kit|420|1,360|571,200
TB:2|Solenoid valve controller, solar powered|96|2,850|273,600
TB:3|Electromagnetic flow meter|48|3,120|149,760
TB:4|LoRaWAN gateway with mast|12|9,400|112,800
TB:5|Automatic weather station|6|21,500|129,000
TB:6|Irrigation-control software, perpetual site licence|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,422,360
TB:7|Installation, commissioning and integration|1|238,000|238,000
TB:8|Training of agronomists and operators|1|27,640|27,640
TB:|Contract Price|||1,688,000
P:2.2 The Contract Price is fixed and includes delivery to site, customs clearance, import duties, VAT, insurance and all travel costs of the Supplier's personnel. No other charge is payable for the System, and quantities actually installed are confirmed on the Installation Certificate.
P:2.3 The Supplier shall deliver the Goods within 70 days and complete installation in all blocks within 110 days after signature, in time for the irrigation season.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 168,800) within 15 days after signature, against the Supplier's advance-payment bank guarantee of the same amount.
P:3.2 60% of the Contract Price (CNY 1,012,800) within 30 days after the Installation Certificate.
P:3.3 25% of the Contract Price (CNY 422,000) within 30 days after Final Acceptance.
P:3.4 5% of the Contract Price (CNY 84,400) as a retention, released within 15 days after the end of the Warranty Period if no warranty claim is outstanding.
P:3.5 Each payment is made against a valid VAT invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall install probes at the positions agreed with the Buyer's agronomists, calibrate each probe against gravimetric soil samples in each soil type, and record its location in the System map.
P:4.2 The Supplier's installers shall follow the Buyer's site rules, avoid damage to vines and drip lines, and repair any damage they cause at their own cost.
P:4.3 The Supplier shall train the Buyer's agronomists in calibration, threshold setting and schedule planning, and the Buyer's operators in daily checks, battery and probe replacement and gateway restarts. Training shall consist of at least six days on site, in Chinese, with printed manuals in Chinese.
P:4.4 Title to the Goods passes to the Buyer on delivery to site; risk passes on the Installation Certificate.
H:Article 5 Acceptance
P:5.1 After the Installation Certificate, the System shall run in automatic mode for 30 consecutive days during the irrigation season. Final Acceptance shall be given when: (a) every probe, meter and weather station has delivered its scheduled readings to the software on at least 28 of the 30 days; (b) valve opening and closing commands are executed in every block within 60 seconds; (c) measured water volumes per block agree with the pump-station totals within 3%; (d) the automatic schedules follow the soil-moisture thresholds set by the Buyer's agronomists; and (e) the manuals, calibration records and as-built drawings have been delivered.
P:5.2 If any criterion is not met, the Supplier shall remedy the cause and the test period shall be repeated for the affected blocks. Delivery, installation, use of the System or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants the Goods and Works for twenty-four (24) months from Final Acceptance (the "Warranty Period"). Defective items shall be repaired or replaced free of charge, including transport and labour.
P:6.2 During the Warranty Period the Supplier shall provide support according to the following table:
TB:Severity|Definition|Response|On-site if needed|Restoration
TB:1|Irrigation control lost for one or more blocks during the season|2 hours|36 hours|48 hours
TB:2|Loss of individual sensors or meters, schedules still running|8 hours|5 days|7 days
TB:3|Questions and minor faults|2 business days|as agreed|as agreed
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from the retention or any amount due.
P:6.4 The Supplier shall keep a stock of spare probes, controllers and gateway parts in Urumqi throughout the Warranty Period.
P:6.5 After the Warranty Period the Buyer may order annual support covering the same service levels, spare parts and software updates. The annual support fee is 9% of the Equipment and Licence Subtotal (CNY 128,012.40) and shall not increase for the first three years after the Warranty Period. Support does not renew automatically; each year is ordered in writing.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep copies after the end of the Warranty Period or of any later support.
P:7.2 The irrigation-control software shall be installed on the Buyer's own server. The Supplier may access it remotely only through the Buyer's VPN with an individual account approved by the Buyer, and all sessions shall be logged.
P:7.3 The Supplier shall protect the System against unauthorised access, change default passwords on all devices, and notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data. The Supplier is liable for losses caused by security incidents attributable to it.
H:Article 8 Intellectual Property
P:8.1 The software remains the property of the Supplier or its licensors; the Buyer receives a perpetual, non-exclusive licence for its vineyards.
P:8.2 Integration programs, configurations, block maps, irrigation schedules and reports produced for the Buyer belong to the Buyer, which may use and modify them and have them modified by third parties.
H:Article 9 Confidentiality
P:Each party shall keep confidential all information received from the other party in connection with this Contract, including the Buyer's yields, water use and vineyard layout, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Contract.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in Article 2.3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. Local installation crews proposed by the Supplier shall be named in writing and approved by the Buyer before they start work.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Article 10.1 reach their maximum.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as earthquakes, floods, sandstorms, epidemics or government action, provided that it notifies the other party within 5 days and takes reasonable steps to reduce the effect. Periods for performance are extended by the duration of the event. If the event continues for more than 60 days, either party may terminate the Contract by written notice, and the Supplier shall be paid for Goods delivered and Works completed.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Article 15 General
P:This Contract, with its annexes, is the entire agreement of the parties and may be amended only in writing signed by both parties. It is made in English, and a Chinese translation will be prepared for the Buyer's internal use; if they differ, the English text prevails. Each party keeps two originals.
P:Annexes: 1 technical specification; 2 block map and installation plan; 3 training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
# ---------------------------------------------------------------- h289e04 (en, .md: GOVERNING-LAW only, low)
H289E04 = """# Managed Print and Document Services Agreement

**Agreement reference:** DDS/JX/2025/031

**Provider:** Dùin Document Services Ltd, a company registered in Scotland (company number SC604117), whose registered office is at The Old Pier House, Eilean Dùin, Argyll, Scotland ("**Provider**").

**Customer:** Jiaxing Huacheng Electronics Co., Ltd., a company established in the People's Republic of China, whose registered office is at 1288 Yatai Road, Nanhu District, Jiaxing, Zhejiang Province ("**Customer**").

**Background.** The Customer manufactures printed-circuit assemblies at two plants in Jiaxing and wishes to replace its mixed fleet of office printers, copiers and production-label printers with a single managed service. The Provider has offered that service through its Shanghai service branch. At the Customer's request, all charges are expressed and payable in Chinese yuan (CNY).

## 1. Interpretation

1.1 **Devices** means the multifunction printers, desktop printers and label printers listed in Schedule 1, supplied and owned by the Provider.

1.2 **Services** means the supply, installation, support, consumables replacement, monitoring and secure disposal of Devices, the scanning and follow-me printing workflows, and the reporting described in this Agreement.

1.3 **Service Acceptance** means the Customer's written confirmation under clause 4 that the Services have been rolled out at both plants.

1.4 **Customer Documents** means all documents printed, copied or scanned through the Devices, and all data stored on them, including user names, print logs and address books.

1.5 **Term** means thirty-six (36) months from the date of Service Acceptance.

## 2. Services

2.1 The Provider shall deliver and install 64 Devices at the locations in Schedule 1, connect them to the Customer's network and to its identity directory, and configure secure follow-me printing, scan-to-folder and scan-to-ERP workflows.

2.2 The Provider shall monitor toner and paper levels remotely and deliver consumables before they run out, so that no Device is stopped for lack of consumables.

2.3 The Provider shall attend each plant for a scheduled visit every two weeks and provide a monthly report on volumes, incidents, response times and consumables use.

2.4 The Provider shall complete the rollout and request Service Acceptance within 50 days after signature.

2.5 The Provider shall train the Customer's key users at each plant in the use of the Devices and workflows, and provide short user guides in Chinese for display next to each Device.

2.6 The Customer shall provide power, network points and space for the Devices, give the Provider's engineers access during working hours, and appoint a coordinator at each plant. The Customer shall not move Devices between buildings without telling the Provider.

2.7 The Provider may propose changes to the fleet where volumes at a location change materially. Any change in the number of Devices, and the resulting change in the fleet fee, shall be agreed in writing before it is implemented.

## 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Fleet fee | CNY 27,800 per month × 36 months, including 210,000 mono and 38,000 colour pages per month | 1,000,800 |
| Onboarding | Delivery, installation, workflow configuration, removal of old devices, training | 45,200 |
| **Total fixed charges** | | **1,046,000** |
| Additional pages | CNY 0.036 per mono page and CNY 0.29 per colour page above the included volumes | as used |

3.1 The fleet fee is invoiced quarterly in arrears, after the end of each quarter of the Term, and is payable within 30 days after a correct VAT invoice. The onboarding charge is invoiced after Service Acceptance. No amount is payable in advance.

3.2 Additional pages are counted by the Device meters, reported monthly and invoiced with the fleet fee.

3.3 The charges are fixed for the Term.

## 4. Service Acceptance

4.1 When the rollout is complete, the Provider shall demonstrate to the Customer, at each plant, that: (a) every Device in Schedule 1 is installed, registered in the monitoring portal and prints a test page; (b) follow-me printing releases jobs only after badge authentication on any Device; (c) scan-to-ERP files arrive in the correct ERP folder with the agreed file names; (d) label printers produce barcodes that pass verification grade B or better on the production lines; and (e) old devices have been removed and their hard disks handed to the Customer.

4.2 The Customer shall sign a Service Acceptance certificate within 5 working days after a successful demonstration. Installation of the Devices or their use by the Customer is not acceptance.

4.3 If the Provider has not requested Service Acceptance within the period in clause 2.4, it shall pay the Customer CNY 700 for each day of delay.

## 5. Service Levels

5.1 The Provider shall respond to and resolve incidents within the following times, measured from the Customer's call or portal ticket:

| Priority | Description | Response | Resolution |
|---|---|---|---|
| P1 | A label printer on a production line, or all Devices on one floor, not working | 1 hour | 8 business hours |
| P2 | A single office Device not working | 3 business hours | next business day |
| P3 | Quality issues, questions, moves | next business day | 3 business days |

5.2 Where a Device fails more than three times in a quarter, the Provider shall replace it with a new Device of the same or better specification.

5.3 For each P1 incident not resolved within the resolution time, the Customer receives a service credit of 5% of the monthly fleet fee; for each P2 incident not resolved within the resolution time, a credit of 1%. Credits are deducted from the next invoice.

## 6. Customer Documents and Security

6.1 Customer Documents belong to the Customer and may be used by the Provider only to provide the Services.

6.2 The Provider shall enable hard-disk encryption and automatic image overwrite on every Device, disable unused network services, and change all default passwords. Scans shall be delivered only to destinations on the Customer's network; the Provider shall not route Customer Documents through any system outside the Customer's premises.

6.3 When a Device is removed, its hard disk shall be handed to the Customer or destroyed in the Customer's presence with a destruction certificate.

6.4 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Documents, cooperate with the Customer's investigation, and compensate the Customer for losses caused by an incident for which the Provider or its personnel are responsible.

6.5 The Provider's engineers shall use individual accounts to access the Devices and the monitoring portal, and the Provider shall keep access logs for the Term and provide them to the Customer on request.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including the Customer's product drawings, customer names and production data, and shall not disclose it without the other party's prior written consent, except to its professional advisers or as required by law. This obligation survives for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 The Provider retains ownership of its monitoring software and portal.

8.2 Workflow configurations, scan templates, naming rules and reports prepared for the Customer belong to the Customer, which may use and modify them and hand them to any later provider.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total fixed charges stated in clause 3. The limit does not apply to breach of clauses 6 and 7, to personal injury, or to wilful misconduct.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 11. Term and Termination

11.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if more than six P1 incidents exceed their resolution time in any quarter.

11.3 On expiry or termination the Provider shall remove the Devices at its own cost after handing over all hard disks under clause 6.3, and shall provide reasonable transition assistance to a new provider for up to 45 days at no additional charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or relating to this Agreement shall be referred to and finally resolved by arbitration under the Scottish Arbitration Rules. The seat of the arbitration shall be Edinburgh, Scotland, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.

## 13. General

13.1 Notices shall be in writing and delivered to the addresses above, with a copy by e-mail.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement and its Schedules are the entire agreement between the parties on its subject.

Schedule 1: Device list and locations. Schedule 2: Workflow specifications.

**Signed for Dùin Document Services Ltd:** ____________________ Name / title: __________ Date: __________

**Signed for Jiaxing Huacheng Electronics Co., Ltd.:** ____________________ Name / title: __________ Date: __________
"""
# ---------------------------------------------------------------- h289e05 (en, .txt: DATA-SECURITY, TERMINATION)
H289E05 = """API SUBSCRIPTION AGREEMENT
PlateSense vehicle number-plate recognition API

Reference: TV-SUB-0419

This API Subscription Agreement is made on the date of the last signature below

BETWEEN: TABLICA VISION d.o.o., a limited liability company organised under the laws of Croatia, with its seat at Obala 7, 22232 Zlarin, on the island of Otok Zlarin, Croatia ("Vendor")

AND: NANNING YONGHE PROPERTY INSURANCE CO., LTD., a company established under the laws of the People's Republic of China, with its domicile at 36 Minzu Avenue, Qingxiu District, Nanning, Guangxi Zhuang Autonomous Region ("Customer").

RECITALS

(A) Vendor operates PlateSense, an application programming interface that reads vehicle number plates from photographs and video frames and returns the plate number, plate colour, vehicle type and a confidence score.

(B) Customer wishes to use PlateSense in its motor-claims and policy-underwriting systems, so that photographs taken by claimants, surveyors and partner garages are checked automatically against policy records.

(C) At Customer's request, all fees under this Agreement are stated and payable in Chinese yuan (CNY).

IT IS AGREED:

1. DEFINITIONS

In this Agreement:
"API" means the PlateSense recognition interface and its documentation, as updated by Vendor from time to time.
"Customer Content" means the images and video frames submitted by Customer to the API, and the recognition results returned for them.
"Integration Acceptance" means Customer's written confirmation under clause 4 that the API has been integrated with Customer's systems.
"Monthly Fee" means the fee in clause 3.1(a).
"Subscription Term" means twenty-four (24) months from the date of Integration Acceptance.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to submit Customer Content to the API and to use the results in its insurance business.

2.2 The subscription includes up to 600,000 recognition calls per calendar month. Calls above that volume are charged under clause 3.1(c).

2.3 Vendor shall provide Customer with a production and a test environment, API keys for each of Customer's systems, and technical support for Customer's developers.

2.4 Vendor shall support the plate types in use in mainland China, including blue, yellow, green new-energy, white and black plates, single and double rows.

2.5 Customer is responsible for the images it submits, for informing claimants and policyholders about the use of their photographs as required by law, and for keeping its API keys secret. Customer shall not submit images that are unrelated to its insurance business.

2.6 Vendor may update the API, provided that it gives Customer at least 60 days' notice of any change that requires changes to Customer's systems and keeps the previous version available during that period.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Monthly Fee: CNY 36,800 per month for the Subscription Term of 24 months, being CNY 883,200 in total;
(b) Onboarding fee: CNY 38,800, once, for integration support, a test data set and developer training;
(c) Additional calls: CNY 0.06 per call above the included volume, invoiced monthly in arrears.

3.2 The Total Contract Value is CNY 922,000, being the Monthly Fees for the Subscription Term and the onboarding fee. It excludes additional calls.

3.3 The Monthly Fee is invoiced at the end of each month of the Subscription Term and is payable within 30 days after receipt of a correct VAT invoice. The onboarding fee is invoiced after Integration Acceptance. No fee is payable before Integration Acceptance.

3.4 The fees are fixed for the Subscription Term and include all taxes.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall provide the test environment within 10 days after signature and support Customer's developers in integrating the API with Customer's claims system, underwriting system and mobile survey application.

4.2 Integration Acceptance requires that: (a) on Customer's set of 5,000 test images taken under real claim conditions, the API returns the correct plate number for at least 98.5% of images in which the plate is legible to a human reviewer; (b) the 95th-percentile response time measured from Customer's network is below 400 milliseconds at 30 calls per second; (c) end-to-end tests of the three integrated systems pass according to the test plan in Schedule 2; and (d) the API documentation has been provided in Chinese or English.

4.3 Customer shall sign an Integration Acceptance certificate within 5 business days after the criteria are met. Use of the test environment, or of the production environment before the certificate is signed, is not acceptance.

4.4 If the criteria are not met within 60 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 650 for each day of delay until they are met.

5. SERVICE LEVELS AND CREDITS

5.1 Vendor shall make the production API available at least 99.95% of the time in each calendar month, excluding maintenance windows notified at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as Severity 1 (the production API is unavailable or returns errors for more than a tenth of calls), Severity 2 (degraded accuracy or response time) and Severity 3 (other matters). Vendor shall respond to Severity 1 incidents within 30 minutes at any time, to Severity 2 incidents within 2 hours during Beijing business hours, and to Severity 3 incidents within 2 business days.

5.3 If availability in a month is below the commitment in clause 5.1, Customer is entitled to a credit of 5% of the Monthly Fee; below 99.5%, 10%; below 99%, 20%. For each Severity 1 incident to which Vendor does not respond in time, Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice.

5.4 Vendor shall provide a monthly report showing availability, response times, call volumes and incidents.

5.5 Support is provided through a ticket portal and a telephone line staffed in Chinese and English; Severity 1 incidents may be reported by telephone at any time.

6. CUSTOMER CONTENT

6.1 As between the parties, Customer Content belongs to Customer.

6.2 Vendor shall process Customer Content only to return recognition results to Customer under this Agreement. Vendor shall not sell Customer Content, license it to any third party or use it to train models for other customers.

6.3 On expiry of the Subscription Term, Vendor shall, at Customer's request, confirm in writing that it has stopped processing Customer Content.

7. CONFIDENTIALITY

7.1 Each party shall treat as confidential all business, technical and pricing information disclosed by the other party that is marked as confidential or would reasonably be understood to be confidential, and shall not disclose it to any third party without the other party's prior written consent.

7.2 This clause does not apply to information that is public, already known to the receiving party, or required to be disclosed by law. It continues for three years after the end of the Subscription Term.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its recognition models and all related software and documentation.

8.2 Integration code, configuration and test scripts written by Vendor for Customer during onboarding belong to Customer. Customer may use and modify them freely and have them maintained by any third party.

9. SUBCONTRACTING

Vendor may not subcontract the provision of the API or any part of its obligations without Customer's prior written consent, and remains responsible for anything done by an approved subcontractor.

10. RENEWAL

This Agreement does not renew automatically. Customer may renew the subscription for a further term at the same fees by written notice given at least 30 days before the end of the Subscription Term.

11. LIABILITY

11.1 Each party is liable to the other for direct losses caused by its breach of this Agreement.

11.2 Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of clause 6 or 7 or to fraud.

11.3 Neither party is liable for indirect loss or loss of profit.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term.

12.2 The Subscription Term is a fixed commitment. Customer may not terminate this Agreement or reduce its subscription before the end of the Subscription Term. Customer's remedies for any failure by Vendor are the service credits under clause 5 and damages under clause 11.

12.3 Vendor may suspend access to the API, or terminate this Agreement by written notice, if Customer fails to pay an undisputed invoice within 30 days after a reminder, or uses the API in breach of applicable law.

12.4 On expiry, Vendor shall disable Customer's API keys, and Customer shall pay all fees accrued up to that date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning in accordance with its rules in force at the time. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts in Schedule 1.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and may be changed only by a written amendment signed by both parties.

Schedule 1: Contacts and API keys. Schedule 2: Integration test plan.

SIGNED for TABLICA VISION d.o.o.
By: ____________________  Name: __________  Title: Direktor  Date: __________

SIGNED for NANNING YONGHE PROPERTY INSURANCE CO., LTD.
By: ____________________  Name: __________  Title: Authorised Signatory  Date: __________
"""
# ---------------------------------------------------------------- files
TARGETS = {
    "h289z01": ("h289z01_coal_mine_safety_monitoring_platform.pdf", "pdf"),
    "h289z02": ("h289z02_tile_plant_roller_kiln_control_system.docx", "docx"),
    "h289z03": ("h289z03_bakery_chain_ordering_membership_saas.md", "md"),
    "h289z04": ("h289z04_emergency_centre_120_dispatch_annual_om.txt", "txt"),
    "h289z05": ("h289z05_cured_meat_traceability_supplier_template.md", "md"),
    "h289e01": ("h289e01_furniture_design_software_perpetual_licences.txt", "txt"),
    "h289e02": ("h289e02_ski_resort_lift_ticket_saas_order_form.pdf", "pdf"),
    "h289e03": ("h289e03_vineyard_drip_irrigation_sensors.docx", "docx"),
    "h289e04": ("h289e04_managed_print_document_services.md", "md"),
    "h289e05": ("h289e05_plate_recognition_api_subscription.txt", "txt"),
}
SOURCES = {"h289z01": H289Z01, "h289z02": H289Z02, "h289z03": H289Z03, "h289z04": H289Z04, "h289z05": H289Z05,
           "h289e01": H289E01, "h289e02": H289E02, "h289e03": H289E03, "h289e04": H289E04, "h289e05": H289E05}


# ---------------------------------------------------------------- price and payment arithmetic
def check_sums():
    # z01
    items = [1280000, 642000, 86 * 5200, 318000, 146800]
    assert 86 * 5200 == 447200 and sum(items) == 2834000 and 1280000 + 642000 == 1922000
    pays = [566800, 1275300, 991900]
    assert [2834000 * p // 100 for p in (20, 45, 35)] == pays and sum(pays) == 2834000
    assert 1922000 * 8 // 100 == 153760
    # z02
    sub = 6 * 68000 + 236500 + 48 * 3850 + 327000 + 2 * 58000
    assert (6 * 68000, 48 * 3850, 2 * 58000) == (408000, 184800, 116000) and sub == 1272300
    assert sub + 168000 + 23700 == 1464000
    pays = [146400, 512400, 732000, 73200]
    assert [1464000 * p // 100 for p in (10, 35, 50, 5)] == pays and sum(pays) == 1464000
    # z03
    assert 80 * 280 * 24 == 537600 and 9200 * 24 == 220800 and 80 * 280 + 9200 == 31600 and 31600 * 24 == 758400
    assert 537600 + 220800 + 118000 + 21600 == 898000
    # z04
    assert 312000 + 96000 + 48000 + 30000 == 486000 and 4 * 121500 == 486000
    # z05
    assert 468000 + 126000 + 46000 == 640000
    assert 640000 * 65 // 100 == 416000 and 640000 * 35 // 100 == 224000 and 416000 + 224000 == 640000
    assert 468000 * 25 // 100 == 117000
    # e01
    assert 24 * 38500 == 924000 and 4 * 46000 == 184000 and 924000 + 184000 == 1108000
    assert 1108000 + 236000 + 58000 == 1402000
    pays = [280400, 701000, 350500, 70100]
    assert [1402000 * p // 100 for p in (20, 50, 25, 5)] == pays and sum(pays) == 1402000
    assert 1108000 * 14 // 100 == 155120
    # e02
    assert 42500 * 36 == 1530000 and 1530000 + 86000 == 1616000
    # e03
    lines = [420 * 1360, 96 * 2850, 48 * 3120, 12 * 9400, 6 * 21500, 186000]
    assert lines == [571200, 273600, 149760, 112800, 129000, 186000] and sum(lines) == 1422360
    assert 1422360 + 238000 + 27640 == 1688000
    pays = [168800, 1012800, 422000, 84400]
    assert [1688000 * p // 100 for p in (10, 60, 25, 5)] == pays and sum(pays) == 1688000
    assert 1422360 * 9 == 12801240  # 9 % = 128,012.40
    # e04
    assert 27800 * 36 == 1000800 and 1000800 + 45200 == 1046000
    # e05
    assert 36800 * 24 == 883200 and 883200 + 38800 == 922000

# ---------------------------------------------------------------- planned terms (decided before the text was written)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")


def plan(lang, category, value, terms, rules, sla_clause=True, ld_stated=True, capped=None, deemed=False,
         fee_base=None, forum_outside=False, figures=()):
    t = dict(BASE, **terms)
    assert set(t) == set(KEYS)
    return dict(lang=lang, category=category, value=value, terms={k: t[k] for k in KEYS}, rules=sorted(rules),
                sla_clause=sla_clause, ld_stated=ld_stated, capped=capped, deemed=deemed, fee_base=fee_base,
                forum_outside=forum_outside, figures=figures)


SERVICE = dict(contract_kind="service", final_payment_on_acceptance=None)
PLANS = {
    "h289z01": plan("zh", "software", 2834000,
                    dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=36,
                         post_warranty_fee_pct=8), [], capped=True, fee_base=1922000,
                    figures=["99.95%", "30分钟内响应", "万分之八", "20%", "三十六个月", "8%", "153,760", "2,834,000",
                             "1,922,000", "适用中华人民共和国法律", "不得将本项目分包"]),
    "h289z02": plan("zh", "hardware", 1464000,
                    dict(p1_response_hours=8, confidentiality=False, ld_rate_per_day_pct=0.06, prepayment_pct=10,
                         warranty_months=18, post_warranty_fee_pct=None),
                    ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"], capped=False, fee_base=1272300,
                    figures=["8小时内响应", "¥500", "万分之六", "10%", "十八个月", "按乙方当年度公布的服务价目表执行",
                             "1,464,000", "1,272,300"]),
    "h289z03": plan("zh", "cloud", 898000,
                    dict(SERVICE, availability_pct=99.5, ld_rate_per_day_pct=600 / 898000 * 100, liability_cap_pct=150,
                         auto_renewal_price_increase=True),
                    ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
                    figures=["99.5%", "30分钟内响应", "¥600", "150%", "自动续期二十四个月", "上调订阅费单价", "898,000"]),
    "h289z04": plan("zh", "services", 486000,
                    dict(SERVICE, p1_response_hours=0.25, sla_remedy=False),
                    ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], ld_stated=False,
                    figures=["15分钟内响应", "486,000", "本合同不设预付款", "书面情况说明和整改措施"]),
    "h289z05": plan("zh", "software", 640000,
                    dict(p1_response_hours=2, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02,
                         liability_cap_pct=35, prepayment_pct=65, acceptance_clause=False,
                         final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                         subcontract_without_consent=True),
                    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                    capped=True, deemed=True, fee_base=468000,
                    figures=["65%", "系统上线运行即视为甲方验收合格", "知识产权均归乙方所有", "脱敏", "万分之二", "35%",
                             "六个月", "25%", "117,000", "无需另行取得甲方同意", "2小时内响应", "¥200", "640,000",
                             "468,000"]),
    "h289e01": plan("en", "software", 1402000,
                    dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.07, liability_cap_pct=200,
                         prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=14, governing_law="Italy"),
                    ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], sla_clause=False, capped=True,
                    fee_base=1108000,
                    figures=["commercially reasonable efforts", "eighteen (18) months", "14%", "CNY 155,120", "0.07%",
                             "twice the Contract Price", "20%", "laws of Italy", "seat of arbitration is Milan",
                             "1,402,000", "1,108,000"]),
    "h289e02": plan("en", "cloud", 1616000,
                    dict(SERVICE, availability_pct=99.95, sla_remedy=False, buyer_owns_data=False,
                         ld_rate_per_day_pct=1200 / 1616000 * 100, liability_cap_pct=round(6 / 36 * 100, 4)),
                    ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
                    figures=["99.95%", "within 30 minutes", "six (6) months", "thirty-six (36) months", "CNY 1,200",
                             "aggregated and anonymised", "does not provide service credits", "1,616,000", "42,500"]),
    "h289e03": plan("en", "hardware", 1688000,
                    dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                         warranty_months=24, post_warranty_fee_pct=9), [], capped=True, fee_base=1422360,
                    figures=["2 hours", "CNY 800", "0.1%", "150%", "10%", "twenty-four (24) months", "9%",
                             "128,012.40", "1,688,000", "1,422,360"]),
    "h289e04": plan("en", "services", 1046000,
                    dict(SERVICE, p1_response_hours=1, ld_rate_per_day_pct=700 / 1046000 * 100,
                         liability_cap_pct=150), ["CR-GOVERNING-LAW"], forum_outside=True,
                    figures=["1 hour", "5% of the monthly fleet fee", "CNY 700", "150%", "seat of the arbitration shall be Edinburgh",
                             "laws of the People's Republic of China", "1,046,000"]),
    "h289e05": plan("en", "cloud", 922000,
                    dict(SERVICE, availability_pct=99.95, data_security_clause=False,
                         ld_rate_per_day_pct=650 / 922000 * 100, liability_cap_pct=150,
                         termination_for_breach=False),
                    ["CR-DATA-SECURITY", "CR-TERMINATION"],
                    figures=["99.95%", "within 30 minutes", "CNY 650", "150%", "may not terminate", "922,000"]),
}

# ---------------------------------------------------------------- policy §3 / §4 re-applied to the planned terms
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
HORIZON = 5


def tco(p):
    """Policy §4: purchase + implementation = the contract value; post-warranty fee for every year of the horizon
    after the warranty (partial years pro rata); fee base = itemised licence/hardware price. None if not computable."""
    t = p["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * p["fee_base"]
    total = p["value"] + years * fee
    return dict(years=years, fee=fee, total=total, share=years * fee / total * 100)


def apply_rules(p):
    t, r = p["terms"], []
    if not p["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if p["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not p["ld_stated"]:
        assert t["ld_rate_per_day_pct"] is None
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if not p["capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c is not None and c["share"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and p["capped"] is None
        assert t["final_payment_on_acceptance"] is None
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def no_threshold_value(p):
    """No labelled figure sits on a policy threshold."""
    t = p["terms"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
    assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
    c = tco(p)
    assert c is None or abs(c["share"] - 40) > 0.5


def label(key):
    p = PLANS[key]
    extra = {"sla_clause": p["sla_clause"], "ld_stated": p["ld_stated"]}
    if p["terms"]["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p["deemed"]
    extra["contract_value"] = p["value"]
    return {"file": TARGETS[key][0], "language": p["lang"], "category": p["category"],
            "expected_terms": p["terms"], "expected_extra": extra, "expected_rules": p["rules"]}


# ---------------------------------------------------------------- read-back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k, (_, kind) in TARGETS.items() if kind in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    fmt = {}
    for key, (name, kind) in TARGETS.items():
        p = PLANS[key]
        fmt.setdefault(kind, set()).add(p["lang"])
        got = apply_rules(p)
        assert got == p["rules"], (key, got, p["rules"])
        no_threshold_value(p)
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        flat = nows(text)
        missing = [f for f in p["figures"] + ["{:,}".format(p["value"])] if nows(f) not in flat]
        assert not missing, (key, missing)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        if p["lang"] == "zh":
            n, total = len(flat), len(text)
            assert 2800 <= n <= 3300 and 2800 <= total <= 3300, (key, n, total)
            size = "%d chars (%d with whitespace)" % (n, total)
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (key, n)
            size = "%d words" % n
        c = tco(p)
        print("%s %-5s %-8s %-26s risk=%-6s %s%s" % (key, kind, p["lang"], size, risk(p["rules"]),
              ",".join(x[3:] for x in p["rules"]) or "(none)",
              "" if c is None else "  TCO %.2f share %.2f%%" % (c["total"], c["share"])))
    assert fmt == {"docx": {"zh", "en"}, "pdf": {"zh", "en"}, "md": {"zh", "en"}, "txt": {"zh", "en"}}, fmt
    mix = sorted(len(PLANS[k]["rules"]) for k in PLANS)
    assert mix.count(0) == 2 and sum(1 for k in PLANS if PLANS[k]["rules"] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for n in mix if 2 <= n <= 3) == 6 and max(mix) == 10
    fired = set().union(*(PLANS[k]["rules"] for k in PLANS))
    print("rules fired across the set: %d of %d; not fired: %s" % (len(fired), len(SEVERITY),
          sorted(set(SEVERITY) - fired) or "none"))
    print("all checks passed")


if __name__ == "__main__":
    main()
