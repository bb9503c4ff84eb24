"""holdout288: ten blind ORDINARY draft contracts (h288z01-z05 Chinese, h288e01-e05 English) and their labels.

Run with /work/main/.venv/bin/python make_files.py (from any directory). It
- writes every contract from the markup sources below (.txt / .md directly; .docx / .pdf through ../word_pdf.py,
  wrap_words=True, with real Word tables in the .docx),
- asserts every price and payment sum and that every labelled figure appears in the text,
- re-applies policy §3/§4 to the labels and asserts the findings and risk equal the plan,
- writes the .json labels (holdout18/19 format),
- reads every built file back (python-docx paragraphs + tables, pypdf) and fails if a threshold regex matches, after
  self-testing the regexes; it also checks the text lengths.
Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_DIG = "〇零一二三四五六七八九十百点"
THRESH = [
    ("prepayment 30 %", r"(?<![\d.])30(?:\.0+)?" + PCT + r"|百分之三十(?![" + CN_DIG + r"])|三成|thirty" + PCT),
    ("TCO share 40 %", r"(?<![\d.])40(?:\.0+)?" + PCT + r"|百分之四十(?![" + CN_DIG + r"])|四成|forty" + PCT),
    ("fee 15 %", r"(?<![\d.])15(?:\.0+)?" + PCT + r"|百分之十五(?![" + CN_DIG + r"])|fifteen" + PCT),
    ("cap 100 %", r"(?<![\d.])100(?:\.0+)?" + PCT + r"|百分之一?百(?![" + CN_DIG + r"])|one\s*hundred" + PCT
     + r"|全额|in\s+full\s+of\s+the\s+contract"),
    ("availability 99.9 %", r"(?<![\d.])99\.90*(?![\d])|百分之九十九点九(?![" + CN_DIG + r"])|ninety[-\s]nine\s+point\s+nine"),
    ("LD 0.05 %/day", r"(?<![\d.])0?\.050*(?!\d)" + PCT + r"|万分之五(?![" + CN_DIG + r"])|0\.5\s*‰|千分之零点五|千分之0\.5"
     + r"|five\s+ten[-\s]thousandths"),
    ("P1 4 hours", r"(?<![\d.])4(?:\.0+)?\s*(?:个)?\s*(?:business\s+|working\s+|clock\s+)?(?:小时|hours?\b|hrs?\b|h\b)"
     + r"|(?<![十])四\s*个?\s*(?:工作)?小时|four[-\s](?:business\s+|working\s+)?hours?\b|(?<![\d.])240\s*(?:分钟|minutes?)"
     + r"|(?<![\d.])4(?:\.0+)?[-\s]hour"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:个)?\s*(?:月(?!\s*\d+\s*日)|months?\b)|(?<![\d.])12-month|十二\s*个?\s*月|一\s*年|(?<![\d.])1\s*年"
     + r"|twelve[-\s]months?|one[-\s]year|(?<![\d.])1[-\s]years?\b|(?<![\d.])365\s*(?:天|日|days?)"),
    ("TCO horizon 5 years", r"(?<![\d.])5\s*(?:年|[-\s]years?\b)|五\s*年|five[-\s]years?|(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b)"
     + r"|六十\s*个?\s*月"),
]
THRESH_RE = [(n, re.compile(p, re.I)) for n, p in THRESH]

SELFTEST_HIT = ["预付合同总价的30%", "百分之三十", "30 per cent", "thirty per cent", "40%", "百分之四十", "四成",
                "15 %", "百分之十五", "100%", "百分之百", "百分之一百", "one hundred per cent", "全额赔偿", "99.9%",
                "99.90 %", "百分之九十九点九", "0.05%", ".05 per cent", "万分之五", "0.5‰", "4小时", "4 个小时",
                "四小时", "4 hours", "four hours", "4-hour", "240分钟", "240 minutes", "4 business hours",
                "12个月", "十二个月", "一年", "12 months", "twelve months", "one year", "1 year", "12-month",
                "365天", "5年", "五年", "five years", "5 years", "60个月", "60 months"]
SELFTEST_MISS = ["130%", "30日", "三十日", "14%", "115%", "百分之十五点五", "150%", "99.95%", "99.5%", "99.99",
                 "0.08%", "万分之五十", "万分之二", "24小时", "二十四小时", "14 hours", "24 hours", "2 hours",
                 "12 analysers", "112 months", "两年", "每年", "首年", "15 minutes", "15分钟", "40 days",
                 "0.055%", "1.5年", "2026年12月31日", "18 months", "36 months", "24个月", "1,500 words", "Clause 4 Host", "第4条"]


def selftest():
    for s in SELFTEST_HIT:
        assert any(r.search(s) for _, r in THRESH_RE), "regex misses " + s
    for s in SELFTEST_MISS:
        hit = [n for n, r in THRESH_RE if r.search(s)]
        assert not hit, "regex wrongly hits %r (%s)" % (s, hit)


# ---------------------------------------------------------------- markup -> .md / .txt
def to_md(src):
    out, table = [], []
    def flush():
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            out.extend("| " + " | ".join(r) + " |" for r in table[1:])
            out.append("")
            table.clear()
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        out.append("")
    flush()
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out, table = [], []
    def flush():
        if table:
            out.extend("  ".join(r) for r in table)
            out.append("")
            table.clear()
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        out.append(text)
        out.append("")
    flush()
    return "\n".join(out).rstrip() + "\n"


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def flat(text, zh):
    """Text for phrase and threshold checks: Chinese with all whitespace removed, English with runs of whitespace
    collapsed to one space (PDF lines are broken only at spaces)."""
    return re.sub(r"\s+", "", text) if zh else re.sub(r"\s+", " ", text)


def zh_len(text):
    return len(text), len(re.sub(r"\s", "", text))


def en_words(text):
    return len(text.split()), len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


# ================================================================ h288z01 (.docx) 水务局 排水管网监测平台, buyer's paper
H288Z01 = """T:云岚市排水管网监测平台建设项目采购合同
P:合同编号：YLSW-CG-2025-0417　　采购方式：公开招标　　招标编号：YLCG-2025-0417
P:采购人（甲方）：云岚市水务局　　地址：云岚市新港大道88号
P:供应商（乙方）：深蓝感知科技有限公司　　地址：云岚市高新区智谷路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就云岚市排水管网监测平台建设项目（以下简称“本项目”）的货物供应、软件许可、定制开发、安装调试和质保服务，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；如有不一致，以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方负责在甲方指定的主城区雨水、污水管网关键节点安装液位、流量、雨量及水质在线监测设备，部署排水管网监测平台，实现管网运行状态实时监测、溢流与内涝预警、泵站联动调度辅助和监测数据统计分析。
P:1.2 监测点位共186处，点位清单、安装方式及设备技术参数见附件一《点位清单及技术规格》。点位因现场条件需调整的，由乙方提出方案，经甲方书面确认后实施，合同价款不因此调整。
P:1.3 平台部署于云岚市政务云，乙方负责平台软件安装、与甲方智慧水务平台及气象数据接口对接、移动端巡检应用发布。
H:第二条　合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币3,480,000元（大写：叁佰肆拾捌万元整），含设备、软件、运输、保险、安装、调试、培训、质保期服务及税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|雷达液位计（含安装支架及太阳能供电）|120套|6,800|816,000
TB:2|多普勒超声流量计|48套|18,500|888,000
TB:3|翻斗式雨量计|12套|9,200|110,400
TB:4|水质在线监测站（COD、氨氮、pH）|6套|86,000|516,000
TB:5|排水管网监测平台软件许可（永久）|1套|468,000|468,000
TB:|软硬件小计|||2,798,400
TB:6|平台定制开发（管网GIS、预警模型、接口）|1项|356,000|356,000
TB:7|点位勘测、安装及调试|1项|287,600|287,600
TB:8|操作及运维培训|1项|38,000|38,000
TB:|合同总价|||3,480,000
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条　付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即696,000元，作为预付款。
P:3.2 全部设备到货安装完毕并通过初验后15个工作日内，甲方支付合同总价的45%，即1,566,000元。
P:3.3 本项目通过终验后15个工作日内，甲方支付合同总价的35%，即1,218,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方付款通过国库集中支付办理。
H:第四条　交付与进度
P:4.1 乙方应在合同生效后90日内完成全部设备到货、安装及平台部署，并书面提请初验。
P:4.2 设备到货时双方共同开箱清点，签署到货清单。到货签收仅确认数量和外观，不视为验收。
P:4.3 乙方应在初验前完成对甲方管理及运维人员不少于30人次的培训，并提供操作手册、运维手册和设备说明书各三套。
H:第五条　验收
P:5.1 初验标准：全部点位安装完成并在线；点位在线率不低于98%；监测数据上传间隔不超过5分钟；液位、流量示值与人工比测误差不超过允许值；预警模型按附件二的测试用例逐项通过；平台与智慧水务平台及气象接口数据一致。
P:5.2 初验合格后进入为期90日的试运行。试运行期间经历不少于两次降雨过程，预警触发及推送正确，且未发生一级故障的，乙方提请终验。终验由甲方组织，可邀请专家参加，并出具书面终验报告。
P:5.3 设备安装、平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条　质保与售后服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供设备维修或更换、软件缺陷修复、版本升级和现场服务。
P:6.2 质保期内，排水管网监测平台月可用率不低于99.95%。因乙方原因可用率未达标的，每低0.01个百分点，扣减质保金或应付款2,000元。
P:6.3 故障分级及响应要求：一级故障（平台整体不可用或三分之一以上点位离线）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个片区点位离线或预警功能异常）1小时内响应，24小时内修复；三级故障2个工作日内处理。乙方每超过响应或恢复时限1小时，扣减1,000元。
P:6.4 质保期满后，甲方需要的，双方另行签订运维服务合同。维保服务年费不超过软硬件小计的8%（即每年不超过223,872元），质保期满后首两年按此价格执行，不得上调。维保合同不自动续期。
H:第七条　数据安全
P:7.1 平台采集、生成的全部监测数据、预警记录、日志及分析结果均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求实施平台安全配置；运维人员须经甲方审批，通过堡垒机访问，操作全程留痕；设备通信采用加密传输。
P:7.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:7.4 合同终止或质保期满时，乙方应删除其持有的全部甲方数据副本，并出具书面确认。
H:第八条　知识产权
P:8.1 本项目定制开发的管网GIS模块、预警模型、接口程序及其源代码、技术文档，知识产权归甲方所有，乙方应在终验前全部移交，甲方可自行修改、使用或委托第三方维护。
P:8.2 平台标准软件的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供货物及软件不侵犯第三方权利。
H:第九条　违约责任
P:9.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:9.2 乙方提供的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十条　保密
P:乙方对履行合同中知悉的甲方管网布局、泵站参数、监测数据及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条　分包
P:乙方不得转包本项目。井下安装中的有限空间作业如需分包，须事先取得甲方书面同意，乙方对分包单位的工作承担全部责任。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向云岚市有管辖权的人民法院提起诉讼。
H:第十四条　其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一：点位清单及技术规格；附件二：预警模型测试用例；附件三：培训计划。
P:甲方（盖章）：云岚市水务局　　　　乙方（盖章）：深蓝感知科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：______年___月___日
"""


# ================================================================ h288z02 (.txt) 化纤厂 纺丝线控制系统 + 质保期后维保
H288Z02 = """T:涤纶长丝纺丝生产线控制系统改造项目合同书
P:合同编号：XL-SB-2025-063
P:甲方（买方）：浙江嘉禾新纶化纤有限公司
P:乙方（卖方）：启衡自动化工程有限公司
P:鉴于甲方拟对POY纺丝车间第1至第4条纺丝生产线的控制系统进行改造，乙方具备相应的集成能力和资质，双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除四条纺丝线原有分散控制设备，新建一套集散控制系统（DCS），覆盖熔体输送、纺丝箱体温度、计量泵转速、侧吹风、上油及卷绕等工序。
P:（二）完成控制系统与卷绕机、热媒站、空调系统的通讯对接，建立工艺参数集中监控、配方下发、报警联锁和生产报表功能。
P:（三）停车切换须在甲方安排的检修窗口内完成，每条线停车时间不超过72小时，切换方案须经甲方生产部书面确认。
P:（四）乙方应在合同签订后15日内提交详细设计方案，包括系统架构、I/O清单、网络拓扑、控制策略及切换计划，经甲方工艺、设备、安全部门会审确认后实施。设计联络会不少于两次，会议纪要经双方签字后作为实施依据。
P:（五）乙方应指定具有同类纺丝线改造经验的项目经理常驻现场，未经甲方同意不得更换。
H:二、合同金额及明细
P:（一）合同总金额为人民币2,440,000元（贰佰肆拾肆万元整），为含税固定价格。明细如下：
TB:序号|名称|数量|单价（元）|合计（元）
TB:1|DCS控制器及I/O机柜|8套|126,000|1,008,000
TB:2|操作员站及工程师站|10台|23,500|235,000
TB:3|卷绕机通讯网关|96个|2,450|235,200
TB:4|DCS系统软件及组态软件许可|1套|286,000|286,000
TB:5|工业交换机及光纤环网|1批|149,800|149,800
TB:|设备及软件小计|||1,914,000
TB:6|组态编程及工艺联调|1项|318,000|318,000
TB:7|安装、停车切换|1项|176,000|176,000
TB:8|操作及维护培训|1项|32,000|32,000
TB:|合同总金额|||2,440,000
P:（二）上述价格已包含设备运输、保险、安装材料、技术服务及税费。
P:（三）乙方所供设备应为原厂全新正品，附出厂合格证和检验报告；主要设备的品牌、型号以附件一为准，未经甲方书面同意不得变更。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总金额的10%，即244,000元，作为预付款。
P:（二）全部设备到货并经双方签收后10个工作日内，甲方支付合同总金额的50%，即1,220,000元。到货签收不视为验收。
P:（三）系统终验合格后10个工作日内，甲方支付合同总金额的35%，即854,000元。
P:（四）剩余5%即122,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）甲方每次付款前，乙方应开具等额增值税专用发票。
H:四、交货及工期
P:（一）乙方应于合同签订后60日内将全部设备运抵甲方厂区，并于到货后45日内完成安装及四条线的停车切换。
P:（二）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总金额的万分之八向甲方支付违约金，违约金累计不超过合同总金额的10%。
P:（三）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业和防静电管理制度，服从甲方现场管理。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:五、验收
P:（一）每条纺丝线切换完成后，进行连续72小时带负荷运行考核。考核期间控制系统无死机、无非计划跳车，纺丝箱体温度控制精度达到±0.5℃，计量泵转速偏差不超过±0.2%，报警及联锁逐项测试正确。
P:（二）四条线全部考核合格，且乙方移交全部组态程序、图纸及操作维护手册后，由甲方组织终验，双方签署终验报告。
P:（三）系统投运或甲方使用均不代替终验。终验不合格的，乙方应在10日内完成整改后重新验收。
H:六、质量保证及售后服务
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，设备硬件故障由乙方免费维修或更换，软件及组态缺陷免费修正。
P:（二）乙方在杭州设有服务站。质保期内故障按以下时限处理：
P:1. 一级故障（控制器失效、整线停车或多个位号失控）：接到报修后15分钟内电话响应，2小时内工程师到达现场，持续处理直至恢复；
P:2. 二级故障（单个操作站故障或通讯中断）：1小时内响应，8小时内到达现场；
P:3. 三级故障（报表、画面等不影响生产的问题）：次日内处理。
P:乙方未按上述时限响应或到场的，甲方可书面督促乙方改正。
P:（三）质保期内，乙方每季度派工程师到现场巡检一次，提交巡检报告。
P:（四）乙方应为甲方培训操作人员不少于20人、仪表维护人员不少于6人，培训内容包括系统操作、组态修改、故障诊断和备件更换，培训结束后进行考核。
P:（五）乙方随货提供常用备品备件清单及单价，并保证自终验之日起八年内持续供应备件。
P:（六）质保期满后，乙方继续为甲方提供系统维护服务，维保费用按乙方届时有效的服务价目表执行，届时双方另行签订维保合同。
H:七、数据及网络安全
P:（一）生产工艺数据、配方、工艺参数及生产报表均属于甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）控制网络与办公网络物理隔离。乙方远程维护须经甲方审批，使用甲方发放的一次性账号，通过VPN及审计系统接入，操作完毕后由甲方关闭通道。乙方人员的移动存储介质须经杀毒检查后方可接入。
P:（三）乙方交付的工程师站及操作员站应预装甲方认可的防病毒软件，关闭无关端口和USB接口，出厂前完成安全基线配置并提交检查记录。
P:（四）因乙方原因导致控制系统感染病毒、数据泄露或被篡改的，乙方应在2小时内通知甲方并配合处置，承担由此造成的全部损失。
H:八、保密
P:乙方对在本项目中接触的甲方工艺配方、产能数据、设备参数及经营信息承担保密义务，未经甲方书面许可不得向任何第三方披露。本条在合同终止后三年内继续有效。
H:九、知识产权
P:本项目形成的组态程序、工艺画面、联锁逻辑、通讯程序及其源程序归甲方所有，乙方应随终验一并移交。DCS系统软件的著作权属于原厂，甲方依许可永久使用。乙方保证所供设备及软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担由此产生的费用。
H:十、分包
P:乙方不得转包。部分安装工作确需分包的，应事先征得甲方书面同意。
H:十一、解除
P:乙方严重违约，或逾期超过30日仍未完成交货或切换的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交嘉兴仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十三、不可抗力
P:因地震、台风、洪水等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延长履行期限；不可抗力持续超过60日的，双方可协商解除合同。
H:十四、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。未尽事宜，双方另行签订补充协议。
P:甲方：浙江嘉禾新纶化纤有限公司（盖章）　　乙方：启衡自动化工程有限公司（盖章）
P:代表签字：__________　　代表签字：__________
P:日期：______年___月___日
"""


# ================================================================ h288z03 (.md) 眼镜连锁 POS及会员SaaS + 实施
H288Z03 = """T:门店收银及会员管理SaaS服务合同
P:合同编号：MSYJ-IT-2025-021
P:甲方（客户）：明视眼镜连锁有限公司（以下简称“甲方”）
P:乙方（服务商）：云铺数科（杭州）有限公司（以下简称“乙方”）
P:甲方在华东地区经营60家眼镜门店，拟统一门店收银、会员营销及验光档案管理系统。乙方是门店零售SaaS服务提供商。双方经友好协商，就乙方向甲方提供SaaS订阅服务及实施服务事宜达成如下协议。
H:1. 定义
P:1.1 “订阅服务”指乙方通过互联网向甲方提供的POS收银、会员营销、验光档案及总部管理端软件服务。
P:1.2 “甲方数据”指甲方及其门店在使用订阅服务过程中录入、上传或产生的全部数据，包括会员信息、验光处方、销售流水、库存及财务数据。
P:1.3 “上线日”指60家门店全部完成部署并经甲方签署上线验收单之日。
P:1.4 “一级故障”指导致全部门店或多家门店无法完成收银的故障，其他故障等级见第5条。
H:2. 服务内容与服务期
P:2.1 乙方为甲方开通60家门店的POS收银、会员营销、验光档案模块及1套总部管理端，具体功能见附件一《功能清单》。
P:2.2 乙方负责实施服务：历史会员及验光数据迁移、门店设备调试、与甲方ERP及微信公众号对接、店员及总部人员培训。
P:2.3 订阅服务期为二十四个月，自上线日起计算。
P:2.4 乙方为甲方配备专属客户成功经理及7×24小时客服热线，门店可通过电话、在线工单和企业微信群报障。
P:2.5 服务期间乙方免费提供平台的常规版本升级；升级不得降低已有功能，重大升级应提前7日通知甲方，并安排在门店营业时间以外进行。
H:3. 费用
P:3.1 本合同总金额为人民币974,000元，构成如下：
TB:项目|计费方式|月费（元）|期数|金额（元）
TB:POS收银模块|60店×260元/店/月|15,600|24|374,400
TB:会员营销模块|60店×180元/店/月|10,800|24|259,200
TB:验光档案模块|60店×90元/店/月|5,400|24|129,600
TB:总部管理端|3,000元/月|3,000|24|72,000
TB:实施服务（一次性）|固定价格|—|—|138,800
TB:合计|||—|974,000
P:3.2 订阅费合计每月34,800元，按季度结算：每个服务季度结束后10个工作日内，乙方出具服务报告及发票，甲方确认后支付该季度订阅费104,400元。
P:3.3 实施服务费138,800元在甲方签署上线验收单后15个工作日内一次性支付。
P:3.4 本合同不设预付款。服务期内新增门店的，按上表单价及剩余服务月数另行结算。
P:3.5 乙方应开具增值税专用发票，税率变化时按不含税价格不变的原则调整。
H:4. 实施与上线验收
P:4.1 乙方应在合同签订后45日内完成全部门店部署。试点门店运行两周无一级故障后，方可分批推广。
P:4.2 上线验收标准：60家门店均可正常收银及开具电子发票；迁移后的会员数、积分余额、储值余额及验光档案与原系统逐条核对一致；单笔收银从扫码到出票不超过2秒；与ERP的日结对账连续7日无差异。
P:4.3 门店试用、部分门店先行使用或甲方支付季度订阅费，均不视为上线验收。
P:4.4 乙方应为每家门店提供不少于2小时的现场或远程培训，为总部人员提供不少于3天的集中培训，并提交操作手册。
P:4.5 因乙方原因上线日晚于约定日期的，每逾期一日，乙方向甲方支付违约金800元。
H:5. 服务水平
P:5.1 乙方承诺订阅服务月可用率不低于99.5%。可用率按当月服务可用分钟数除以当月总分钟数计算，甲方事先同意的维护窗口除外。
P:5.2 故障响应：一级故障（全部或多家门店无法收银）15分钟内响应，2小时内恢复；二级故障（单店无法收银或会员积分异常）30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
P:5.3 服务抵扣：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%抵扣下季度费用；一级故障恢复每超时1小时，抵扣500元。抵扣累计以当季订阅费为限。
P:5.4 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及抵扣金额；甲方有异议的，双方以监控记录为准核对。
H:6. 续期
P:6.1 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期二十四个月，依此类推。
P:6.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过续期前单价的8%，并于续期前30日书面通知甲方。
P:6.3 甲方不同意上调的，可在收到通知后15日内书面提出不续约，合同于当期服务期届满时终止。
H:7. 数据与安全
P:7.1 甲方数据归甲方所有。乙方仅为向甲方提供本合同服务而处理甲方数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 甲方数据存储于中国境内的数据中心。乙方应采取加密存储、传输加密、访问控制、操作日志及异地备份等措施，所用系统应通过网络安全等级保护第三级测评。
P:7.3 会员个人信息及验光处方属于个人信息，乙方应遵守《个人信息保护法》，仅在甲方授权范围内处理。
P:7.4 发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，立即采取补救措施，并赔偿甲方由此遭受的全部损失，包括向会员支付的赔偿和监管处罚。
P:7.5 合同终止后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在返还后删除，出具删除证明。
P:7.6 乙方应定期委托第三方机构对平台进行安全评估，并向甲方提供评估结论摘要；甲方可对乙方的数据处理活动进行合理审计。
H:8. 保密
P:双方对因本合同知悉的对方商业秘密和经营信息负有保密义务，包括甲方的门店经营数据、价格策略和会员营销方案。保密义务不因合同终止而解除。
H:9. 知识产权
P:9.1 订阅服务平台的知识产权属于乙方。
P:9.2 乙方为甲方定制的会员营销规则、报表模板及ERP接口程序，知识产权归甲方所有，甲方可自由使用和修改。
H:10. 责任限制
P:乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。
H:11. 分包
P:乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。云计算基础设施由乙方自行采购，乙方对其服务承担责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
P:12.2 月可用率连续两个月低于98%的，甲方可书面通知立即解除合同，乙方退还已付未使用期间的费用。
P:12.3 合同解除或终止的，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期间订阅服务继续提供，最长不超过60日。
H:13. 适用法律与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。
H:14. 不可抗力
P:因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；不可抗力不包括乙方所用云服务商的一般性故障。
H:15. 其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。附件：一、功能清单；二、实施计划；三、门店清单。
P:甲方（盖章）：明视眼镜连锁有限公司　　　　乙方（盖章）：云铺数科（杭州）有限公司
P:授权代表：__________　　　　授权代表：__________
P:日期：______年___月___日
"""


# ================================================================ h288z04 (.pdf) 政务服务数据管理局 政务云平台 年度运维, 竞争性磋商
H288Z04 = """T:临岳市政务云平台运维服务采购合同
P:项目名称：临岳市政务云平台2026年度运维服务　　采购方式：竞争性磋商　　项目编号：LYZC-2025-C118
P:采购人（甲方）：临岳市政务服务数据管理局
P:成交供应商（乙方）：弘安云维信息技术有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就临岳市政务云平台运维服务事项订立本合同。
H:第一章　服务内容
H:第一条　服务范围
P:乙方负责临岳市政务云平台的日常运行维护，包括：计算资源池（物理服务器420台）、分布式存储、云网络及安全设备的监控与维护；云平台操作系统、虚拟化及数据库中间件的巡检、补丁和变更；为全市54个部门的上云业务系统提供资源开通、备份恢复和故障处置支撑；配合等级保护测评及网络安全检查，开展漏洞扫描与处置；组织应急演练。乙方应保持与云平台原厂商的技术支持渠道畅通，重大问题应协调原厂工程师到场。
H:第二条　服务期限与人员
P:2.1 服务期限自2026年1月1日起至2026年12月31日止。期满本合同终止，后续服务由甲方依法重新组织采购，本合同不自动续期。
P:2.2 乙方在甲方机房派驻运维人员6名，实行7×24小时值守，其中项目经理1名、云平台工程师3名、安全工程师2名。驻场人员须具备磋商文件要求的资格证书，更换人员须经甲方书面同意。驻场人员应遵守甲方机房管理制度。
P:2.3 乙方应于2025年12月20日前完成与原运维单位的交接，交接内容包括资产清单、账号权限、运维文档和未关闭事件。
P:2.4 乙方应建立运维服务台，统一受理各部门的服务请求，资源开通类请求应在2个工作日内完成，并在工单系统中记录处理过程。
H:第二章　价款与支付
H:第三条　合同价款
P:3.1 本合同总价为人民币2,362,000元（大写：贰佰叁拾陆万贰仟元整），为服务期内全部服务的固定总价，包括人工、工具、差旅、备品备件及税费。构成如下：
TB:序号|服务项目|金额（元）
TB:1|云平台基础设施运维（服务器、存储、网络）|1,086,000
TB:2|云安全运维（漏洞处置、等保测评配合）|468,000
TB:3|7×24小时驻场值守（6人）|712,800
TB:4|应急演练及季度巡检|95,200
TB:|合计|2,362,000
P:3.2 服务期内，甲方新增云资源规模不超过现有规模10%的，合同价款不作调整；超过的部分，双方按响应文件中的单价另行协商。
H:第四条　支付方式
P:4.1 合同签订后10个工作日内，甲方向乙方支付合同总价的45%，即1,062,900元，作为预付款。
P:4.2 第二季度服务考核合格后，支付合同总价的25%，即590,500元。
P:4.3 第三季度服务考核合格后，支付合同总价的20%，即472,400元。
P:4.4 年度服务考核合格后，支付合同总价的10%，即236,200元。
P:4.5 考核扣款在当期应付款中直接扣减。乙方应在每次付款前开具合法发票。
P:4.6 甲方未按约定付款的，乙方可书面催告，但不得因此中断运维服务或降低服务标准。
H:第三章　服务标准与考核
H:第五条　服务水平
P:5.1 政务云平台月可用率不低于99.95%，计算方法为（当月总分钟数－非计划中断分钟数）÷当月总分钟数。
P:5.2 故障分级响应：一级故障（云平台整体或多个部门业务中断）15分钟内响应，1小时内给出处置方案，2小时内恢复业务；二级故障（单个部门业务中断或性能严重下降）30分钟内响应，6小时内恢复；三级故障当日内处理。
P:5.3 高危漏洞自发现或通报之日起3个工作日内完成处置，中危漏洞10个工作日内完成处置。
P:5.4 乙方每月提交运维月报，每季度提交巡检报告，重大事件处置完毕后24小时内提交事件报告。
P:5.5 乙方应每日对云平台进行例行巡检，每周对关键业务系统执行备份恢复抽检，每半年至少组织一次应急演练，演练方案和总结报告报甲方备案。
P:5.6 乙方应建立配置变更管理流程，重大变更须提前3个工作日提交变更方案，经甲方审批后在夜间窗口实施，并准备回退方案。
H:第六条　考核与扣款
P:6.1 甲方按季度对乙方服务进行考核，考核结果作为付款依据。年度考核在服务期满后15日内完成，考核内容包括可用率、故障处置、漏洞处置、文档质量和用户满意度，年度考核合格视为本合同服务验收合格。
P:6.2 月可用率每低于承诺值0.01个百分点，扣减服务费3,000元；一级故障响应或恢复每超时30分钟，扣减2,000元；高危漏洞逾期处置的，每项每日扣减500元。
P:6.3 季度考核不合格的，乙方应在15日内提交整改报告，整改完成前甲方暂停支付当期款项。
P:6.4 因甲方或使用部门原因、不可抗力或第三方电力、通信中断造成的服务中断，不计入乙方考核，但乙方应积极配合恢复。
H:第七条　交接违约金
P:乙方未按第2.3条约定完成交接或驻场人员未按时到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第四章　数据安全与保密
H:第八条　数据安全
P:8.1 政务云平台承载的政务数据、业务数据、配置数据及日志均属于甲方及各使用部门所有，乙方不得以任何形式复制、留存、使用或对外提供。
P:8.2 乙方运维操作须通过甲方堡垒机进行，实行双人复核和全程录像，严禁使用个人设备接入平台网络；涉及数据库的操作须事先书面申请并经甲方批准。
P:8.3 发生数据泄露、勒索病毒或其他网络安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。
P:8.4 乙方驻场人员离岗时，须注销全部账号并交回门禁卡和工作终端；乙方应对其人员进行安全教育，每季度组织不少于一次安全培训。
P:8.5 合同终止时，乙方应删除其因履行本合同而持有的全部数据及副本，并出具书面承诺。
H:第九条　保密
P:乙方及驻场人员应签署保密承诺书，对履行合同过程中知悉的政务信息、网络拓扑、账号口令及安全防护措施予以保密，保密期限不因合同终止而结束。
H:第十条　成果归属
P:乙方在服务过程中形成的运维文档、自动化脚本、配置基线及知识库，所有权和知识产权归甲方所有，合同终止时应全部移交。乙方使用的第三方运维工具，其许可费用已包含在合同价款中，乙方保证甲方使用该等工具及成果不侵犯第三方权利。
H:第五章　其他约定
H:第十一条　转包与分包
P:乙方不得转包或分包本合同项下的任何服务。
H:第十二条　合同的履行
P:本合同一经签订，双方应全面履行。除因不可抗力致使合同目的不能实现外，任何一方不得单方解除合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施、按第六条扣减服务费并支付违约金。
H:第十三条　合同终止时的移交
P:服务期满，乙方应配合甲方与后续服务单位完成交接，移交全部文档、账号和未关闭事件，交接期内乙方驻场人员不得撤离，交接期不超过30日。
H:第十四条　争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　生效
P:本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。附件：一、磋商文件；二、乙方响应文件；三、服务考核细则；四、保密承诺书。
P:甲方（盖章）：临岳市政务服务数据管理局　　乙方（盖章）：弘安云维信息技术有限公司
P:签字：__________　　签字：__________
P:日期：______年___月___日
"""


# ================================================================ h288z05 (.md) 酸奶厂 MES licence + custom development, supplier's template
H288Z05 = """T:智链MES标准软件许可及实施合同（V4.0）
P:本合同文本由智造云链软件有限公司制定，适用于智链MES产品的许可及实施项目。
P:合同编号：ZL-MES-2025-0392
P:甲方（用户）：鲜醇乳业有限公司
P:乙方（许可方）：智造云链软件有限公司
P:甲方为发酵乳（酸奶）生产企业，拟在其第一、第二、第三车间部署制造执行系统。乙方是智链MES软件的著作权人。双方经协商，就乙方向甲方许可使用智链MES软件并提供定制开发和实施服务达成如下条款。
H:第一条　合同标的
P:1.1 乙方向甲方提供智链MES标准软件（含生产计划排程、批次追溯、发酵过程监控、质量检验、设备管理模块）在甲方三个车间的永久使用许可。
P:1.2 乙方按甲方需求进行定制开发，包括发酵罐温控系统数据对接、冷链出库追溯、与甲方ERP及LIMS的接口，具体以双方确认的《需求说明书》为准。
P:1.3 乙方提供软件安装部署、基础数据初始化、用户培训等实施服务。
P:1.4 本合同不包括硬件采购、网络改造及第三方软件许可，如需乙方代为采购，双方另行签订合同。
P:1.5 乙方为甲方提供不超过3次的集中培训，每次培训不超过20人，培训地点在甲方现场。
P:1.6 系统部署于甲方自有服务器，乙方可通过远程方式进行实施和维护。
H:第二条　合同价款
P:2.1 合同总价为人民币1,700,000元（含税），明细如下：
TB:项目|说明|金额（元）
TB:智链MES标准软件许可|永久许可，三个车间站点，不限用户数|1,160,000
TB:定制开发|温控对接、冷链追溯、ERP/LIMS接口|398,000
TB:实施服务|部署、初始化、培训|142,000
TB:合计||1,700,000
P:2.2 上述价格不含甲方现场所需的服务器、工控机、扫码枪、标签打印机等硬件，该等硬件由甲方自行采购。
P:2.3 需求说明书确认后，甲方提出的需求变更按乙方人天单价2,800元另行计费。
P:2.4 乙方向甲方开具增值税专用发票，软件许可部分税率按国家规定执行。
H:第三条　付款方式
P:3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即935,000元，作为预付款。乙方收到预付款后启动项目。
P:3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即765,000元。
P:3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施或维护服务。
H:第四条　实施进度
P:4.1 乙方计划于收到预付款后120日内完成系统上线。因甲方需求变更、基础数据提供延迟或现场条件不具备造成的延误，工期相应顺延。
P:4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
P:4.3 甲方应指定项目负责人，及时提供基础数据、工艺流程资料和现场条件，并在乙方提交文档后3个工作日内确认；逾期未确认的，视为甲方认可。
P:4.4 乙方项目团队由项目经理、实施顾问和开发工程师组成，乙方可根据项目需要调整人员，并告知甲方。
H:第五条　上线与验收
P:5.1 乙方完成软件安装部署并将系统切换至生产环境运行后，即视为甲方验收合格。
P:5.2 甲方应在系统上线当日签署上线确认单；甲方未签署的，系统上线运行满7日即视为甲方已签署。
P:5.3 上线后甲方提出的新增功能或调整，不影响验收结论，按第2.3条另行计费。
H:第六条　免费维护
P:6.1 乙方提供九个月的免费维护期，自系统上线之日起计算。免费维护期内，乙方负责软件缺陷修复和远程技术支持。
P:6.2 故障响应：一级故障（系统无法使用，影响车间生产）乙方在接到甲方通知后8小时内响应；二级故障2个工作日内响应；其他问题在下一版本中统一解决。乙方响应超时的，每次按300元抵扣维护费。
P:6.3 现场服务按乙方人天单价另行收费，差旅费用由甲方承担。
P:6.4 下列情况不属于免费维护范围：甲方擅自修改系统或数据库；甲方硬件、网络或操作系统故障；第三方软件问题；因甲方操作不当造成的问题。
P:6.5 乙方提供400服务热线及在线工单系统，服务时间为工作日8:30至17:30。
H:第七条　年度维护
P:7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的26%，即每年301,600元，于每个维护年度开始前一次性支付。
P:7.2 年度维护服务包括软件缺陷修复、版本升级和远程支持。甲方未购买年度维护服务的，乙方不再提供升级及技术支持。
P:7.3 甲方中断维护后重新购买的，应补缴中断期间的维护费。
H:第八条　知识产权
P:8.1 智链MES标准软件的著作权及其他知识产权归乙方所有。
P:8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权均归乙方所有。甲方在本合同许可范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。
P:8.3 乙方保证标准软件不侵犯第三方知识产权；因此引起第三方索赔的，由乙方负责处理。
H:第九条　数据
P:9.1 甲方在系统中录入和产生的生产数据归甲方所有。
P:9.2 甲方同意，乙方可对甲方的生产、工艺及质量数据进行脱敏处理后，用于乙方产品改进、乳品行业工艺模型训练及行业分析报告。
P:9.3 乙方在实施和维护过程中应采取访问控制、账号权限管理和数据加密措施；远程维护须经甲方同意。乙方发现数据泄露的，应在48小时内通知甲方；因乙方过错导致甲方数据泄露的，乙方依本合同第十一条承担赔偿责任。
P:9.4 合同终止后，甲方可自行导出其生产数据；乙方协助导出的，按人天单价收费。
H:第十条　保密
P:双方应对在合同履行中获知的对方技术信息和商业信息保密，包括甲方的配方、工艺参数、产量数据及乙方的软件源代码、报价。保密期限为合同终止后三年。一方违反保密义务的，应赔偿对方由此遭受的损失。
H:第十一条　违约及责任限制
P:11.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。乙方不承担甲方的利润损失、停产损失及其他间接损失。
P:11.3 因甲方原因导致项目暂停超过60日的，乙方有权要求甲方支付已完成工作对应的费用。
H:第十二条　分包
P:乙方可将部分实施工作及现场安装调试交由其认证合作伙伴完成，并事先通知甲方。乙方对合作伙伴的工作质量负责。
H:第十三条　合同解除
P:一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，已完成工作对应的款项按实结算。
H:第十四条　法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地（苏州工业园区）人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。本合同的任何修改须经双方书面确认。
P:15.2 因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。
P:15.3 本合同附件包括《需求说明书》《实施计划》《产品功能清单》，附件与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。
P:甲方（盖章）：鲜醇乳业有限公司　　　　乙方（盖章）：智造云链软件有限公司
P:授权代表：__________　　　　授权代表：__________
P:日期：______年___月___日
"""


# ================================================================ h288e01 (.txt) Dehua porcelain figurines, 3D-sculpting perpetual licences
H288E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SD-CN-2025-117
P:This Agreement is made between:
P:(1) Fujian Dehua Yuci Porcelain Arts Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 36 Longxun Road, Dehua County, Quanzhou, Fujian Province (the "Customer"); and
P:(2) Scultura Digitale S.r.l., a company incorporated in Italy with its registered office at Via del Porto 4, Isola del Cantone, Italy (the "Vendor").
P:Background
P:(A) The Customer designs and manufactures white-porcelain figurines and decorative sculptures. Its studio is moving from clay masters to digital sculpting and 3D-printed masters.
P:(B) The Vendor publishes the ModellaPro suite of digital sculpting and rendering software and has agreed to license it to the Customer on a perpetual basis, to build a custom library for porcelain work, and to support the software, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means ModellaPro Sculpt and ModellaPro Render in the versions listed in Schedule 1, including updates supplied under this Agreement, and the related user documentation.
P:1.2 "Custom Library" means the glaze-texture library, porcelain brush presets, shrinkage-compensation scripts and mould-parting templates that the Vendor develops for the Customer under Article 4.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the Software, the Custom Library and the integration services meet the acceptance criteria.
P:1.4 "Customer Data" means all design files, sculpt models, scans, renders, texture maps and other material created, imported or stored by the Customer with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on 24 named workstations for ModellaPro Sculpt and 8 named workstations for the Render add-on, at the Customer's premises in Dehua County, for the Customer's own business.
P:2.2 The Customer may move a licence to a replacement workstation at any time by deactivating it on the old workstation.
P:2.3 Licence activation uses an offline key file. The Software does not upload models, files or usage statistics to the Vendor, and the Vendor shall not enable any such function without the Customer's prior written consent.
H:Article 3 Price and Payment
P:3.1 All prices are stated in Chinese Yuan (CNY) at the Customer's request and include all taxes and duties. The Contract Price is CNY 750,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ModellaPro Sculpt perpetual licence|24|21,500|516,000
TB:ModellaPro Render perpetual add-on licence|8|9,800|78,400
TB:Licence Subtotal|||594,400
TB:Custom Library development|1|86,000|86,000
TB:Installation and 3D-printer pipeline integration|1|48,600|48,600
TB:Training (sculptors and mould makers)|1|21,000|21,000
TB:Contract Price|||750,000
P:3.2 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 150,000) within 15 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 337,500) within 15 days after the Installation Certificate under Article 5.2; and (c) 35% (CNY 262,500) within 15 days after Final Acceptance.
P:3.3 Payment shall be made by bank transfer in CNY to the account designated by the Vendor.
H:Article 4 Custom Library
P:4.1 The Vendor shall develop the Custom Library according to the specification in Schedule 2, including at least 60 glaze and biscuit textures calibrated against the Customer's sample tiles, 40 brush presets for drapery, lace and floral detail, scripts that scale models for the firing shrinkage of the Customer's porcelain body, and templates for two-part and multi-part plaster moulds.
P:4.2 The Customer shall provide sample tiles, shrinkage data and reference sculptures within 10 days after signature. The Vendor shall deliver a first version of the Custom Library for review within 45 days after receiving them.
H:Article 5 Delivery, Installation and Delay
P:5.1 The Vendor shall deliver the licence keys and installation media within 10 days after signature, and shall complete installation on all workstations, the integration of the export pipeline with the Customer's resin 3D printers and the training within 60 days after signature.
P:5.2 When installation and integration are complete, the parties sign an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:5.3 If the Vendor fails to complete the work under Article 5.1 on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. If the delay exceeds 45 days, the Customer may also terminate this Agreement under Article 12.
H:Article 6 Acceptance
P:6.1 Acceptance testing takes place within 20 working days after the Installation Certificate and follows the test plan in Schedule 3.
P:6.2 The acceptance criteria are: (a) the Software runs on all licensed workstations with the functions listed in Schedule 1; (b) the Custom Library is complete under Schedule 2 and each glaze texture matches its sample tile under the agreed lighting; (c) models scaled with the shrinkage scripts produce fired test pieces within 0.8% of the target dimensions on three test figurines; (d) models exported through the pipeline print on the Customer's printers without manual repair; and (e) the training has been delivered and the documentation handed over.
P:6.3 If the criteria are met, the Customer issues a written Final Acceptance certificate. If not, the Vendor shall correct the defects within 15 days and the test is repeated. Use of the Software in production before that date does not mean acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Library will perform in accordance with the documentation and Schedule 2 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:7.2 Support is available by telephone, e-mail and remote session from 08:30 to 20:30 China Standard Time on working days. Severity 1 (the Software cannot be started or saves corrupt files on several workstations): response within 2 hours and a workaround or fix within 2 working days. Severity 2 (a main function fails on one workstation): response within 8 business hours.
P:7.3 If the Vendor misses a Severity 1 response or fix time, the Vendor shall credit the Customer CNY 500 for each hour of delay, deducted from the next payment or paid within 30 days.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period, the Customer may order annual maintenance covering updates, new versions and the support under Article 7.2. The annual maintenance fee is 11% of the Licence Subtotal, that is CNY 65,384 per year, and shall not be increased for the first three maintenance years. Any later change requires the written agreement of both parties.
P:8.2 Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor.
P:9.2 All rights in the Custom Library, including its source files and scripts, vest in the Customer upon creation. The Customer may use, modify, copy and license the Custom Library freely, including to its subcontracted modelling studios. The Vendor may not reuse the Custom Library for other customers.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and indemnify the Customer for resulting costs and damages.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall have access to Customer Data only where necessary for installation or support, only during a session opened by the Customer, and only for that purpose.
P:10.2 The Vendor shall not copy Customer Data to its own systems. If a copy of a file is needed to reproduce a defect, the Customer decides which file is sent, and the Vendor shall keep it on an encrypted system in the European Union, restrict access to the named support engineers and delete it when the defect is closed.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data in its possession, shall take all reasonable steps to contain it, and shall be liable for the Customer's losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's unreleased figurine designs and the Vendor's pricing, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after termination.
H:Article 12 Liability and Termination
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for infringement under Article 9.3, breach of Article 10 or 11, fraud and wilful misconduct.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate under Article 5.3. On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules, by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Schedules: Schedule 1 Software versions and functions; Schedule 2 Custom Library specification; Schedule 3 Acceptance test plan.
P:Signed for the Customer: ____________________ Name and title: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Name and title: ____________________ Date: __________
"""


# ================================================================ h288e02 (.md) Hainan golf resort, tee-time booking SaaS, Order Form + General Terms
H288E02 = """T:TeeLine Order Form No. TL-2025-0586
P:This Order Form is entered into between TeeLine SAS, a French simplified joint-stock company with its registered office at 2 Quai du Phare, Île Ozan, France ("TeeLine"), and Hainan Coral Bay Golf Resort Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Coral Bay Road, Haitang Bay, Sanya, Hainan Province ("Customer"). It incorporates the TeeLine General Terms set out below (together, the "Agreement").
H:Part 1 Order Details
P:1. Services. TeeLine will provide its tee-time booking platform (the "Platform") for the resort's two 18-hole courses, comprising online and front-desk booking, starter sheet and marshal app, dynamic green-fee pricing, member and guest portal with online payment, and the handicap and tournament module.
P:2. Subscription Term. 36 months from the Subscription Start Date, which is the date of Go-Live Acceptance under Section 4 of the General Terms. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form; it does not renew automatically.
P:3. Fees. All fees are stated and payable in Chinese Yuan (CNY), as requested by Customer, and include VAT.
TB:Item|Monthly fee (CNY)|Months|Total (CNY)
TB:Tee-time booking platform, two courses (36 holes)|14,200|36|511,200
TB:Online payment and member portal module|4,600|36|165,600
TB:Handicap and tournament module|2,100|36|75,600
TB:Onboarding and configuration (one-time)|-|-|58,600
TB:Total fees under this Order Form|||811,000
P:4. Invoicing and payment. Subscription fees (CNY 20,900 per month in total) are invoiced monthly in arrears and are payable within 30 days after the invoice date. The onboarding fee is invoiced after Go-Live Acceptance. No fees are payable in advance.
P:5. Target Go-Live Date. TeeLine aims to reach Go-Live Acceptance within 50 days after signature of this Order Form.
P:6. Hosting. The Platform and all Customer Data for this Order Form are hosted in a mainland China region of Alibaba Cloud, which TeeLine uses as its hosting provider.
P:7. Contacts. Customer: Director of Golf Operations. TeeLine: Head of Asia-Pacific Customer Success.
H:Part 2 General Terms
H:Section 1 Definitions
P:1.1 "Customer Data" means all data entered into or generated through the Platform by or for Customer, including the personal information of members, guests and staff, booking records, payment references and course settings.
P:1.2 "Configurations" means the booking rules, pricing rules, member categories, message templates and reports that TeeLine configures for Customer.
P:1.3 "Go-Live Acceptance" means Customer's written confirmation under Section 4.3.
H:Section 2 Use of the Platform
P:2.1 TeeLine grants Customer and its authorised users a non-exclusive right to use the Platform during the Subscription Term for the operation of the resort.
P:2.2 Customer shall keep user credentials secure and is responsible for the acts of its authorised users. Customer shall not resell the Platform or use it to provide services to other golf courses.
P:2.3 Customer may create as many user accounts as it needs for its staff, members and guests; there is no per-user fee.
H:Section 3 Onboarding
P:3.1 TeeLine will configure the Platform for both courses, import Customer's existing member list and forward bookings, connect the Platform to Customer's point-of-sale system and payment channels, and train Customer's staff.
P:3.2 Customer will provide the member data, course rules and pricing policies, and access to its point-of-sale system, in the format requested by TeeLine.
P:3.3 The Target Go-Live Date is an estimate. If it is not met, TeeLine will continue to use reasonable efforts to complete onboarding as soon as practicable. No damages, penalties or fee reductions apply to a delay in onboarding, and the Subscription Start Date moves with Go-Live Acceptance.
P:3.4 TeeLine will deliver two training sessions on site at the resort for front-desk, starter and marshal staff, and one remote session for Customer's finance team on payment reconciliation.
H:Section 4 Go-Live Acceptance
P:4.1 When onboarding is complete, TeeLine will notify Customer and the parties will run the acceptance tests in Annex A over a period of up to 10 days.
P:4.2 The tests check that: (a) bookings made online, by telephone and at the front desk appear on the starter sheet without duplicates; (b) dynamic pricing produces the green fees set in Customer's pricing policy for at least 30 sample tee times; (c) online payments reconcile with the payment channel's settlement report for every test transaction; (d) the imported member list matches Customer's source list in number of records and membership categories; and (e) the marshal app works on the course's handheld devices.
P:4.3 If the tests are passed, Customer signs a Go-Live Acceptance certificate. Failed tests are repeated after correction. Use of the Platform for live bookings before the certificate is signed does not by itself mean acceptance.
H:Section 5 Support and Availability
P:5.1 TeeLine provides support by e-mail, by telephone and through its online help centre during business hours in France and in China.
P:5.2 TeeLine will use commercially reasonable efforts to keep the Platform available and to respond to support requests promptly, having regard to the nature of the request. TeeLine does not commit to a particular availability level, response time or resolution time.
P:5.3 TeeLine may carry out planned maintenance and will try to schedule it outside the resort's peak booking hours and to announce it in advance.
P:5.4 TeeLine will keep the Platform compatible with the versions of the Customer's point-of-sale system and payment channels listed in Annex B.
H:Section 6 Fees and Taxes
P:6.1 The fees are fixed for the Subscription Term. Additional courses, modules or services require a new Order Form.
P:6.2 TeeLine will issue official Chinese VAT invoices through its local billing agent. Customer may withhold a disputed amount in good faith while the parties resolve the dispute.
P:6.3 If an undisputed invoice remains unpaid 30 days after its due date, TeeLine may send a written reminder. TeeLine shall not suspend the Platform for non-payment during the winter peak season without first discussing the matter with Customer's finance director.
H:Section 7 Customer Data and Security
P:7.1 Customer Data belongs to Customer. TeeLine processes Customer Data only on Customer's documented instructions and only to provide the Platform and support to Customer. TeeLine shall not sell Customer Data, use it for any other purpose, or disclose it to third parties except its approved hosting provider.
P:7.2 TeeLine shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of access to personal information and daily backups kept in mainland China. Customer Data shall not be transferred outside mainland China.
P:7.3 TeeLine shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in its processing of Customer Data.
P:7.4 TeeLine shall notify Customer within 48 hours after becoming aware of a personal information breach or other security incident affecting Customer Data, shall take immediate steps to contain it and shall cooperate with Customer's notifications to regulators and individuals. TeeLine is liable for the losses, fines and costs of notification caused by an incident resulting from its breach of this Section.
P:7.5 Within 30 days after the end of the Agreement, TeeLine will return Customer Data in CSV format and then delete it from the Platform and its backups, and confirm the deletion in writing.
H:Section 8 Intellectual Property
P:8.1 TeeLine retains all rights in the Platform, including improvements made during the Subscription Term.
P:8.2 The Configurations and any reports, templates and documentation prepared specifically for Customer belong to Customer. Customer may use, copy, modify and pass them to any successor provider without restriction.
H:Section 9 Confidentiality
P:Each party shall keep confidential the non-public business, technical and financial information of the other party that it receives under the Agreement, use it only for the Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the end of the Agreement.
H:Section 10 Subcontracting
P:TeeLine may use the hosting provider named in Part 1. TeeLine shall not otherwise subcontract any part of the services without Customer's prior written consent, and remains responsible for its subcontractors.
H:Section 11 Warranties
P:TeeLine warrants that the Platform will perform materially in accordance with its documentation and that the services will be performed with reasonable skill and care.
H:Section 12 Liability
P:12.1 Each party's total liability under the Agreement is limited to two times the total fees under the Order Form.
P:12.2 The limit does not apply to breach of Section 7 or Section 9, to personal injury or to wilful misconduct.
H:Section 13 Termination
P:13.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice describing the breach.
P:13.2 On termination by Customer for TeeLine's material breach, TeeLine will refund the part of the onboarding fee relating to work not accepted. Sections 7, 8, 9 and 12 survive termination.
H:Section 14 Governing Law and Disputes
P:The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules in force at the time. The award is final and binding on both parties.
H:Section 15 General
P:Notices must be in writing and sent to the contacts in Part 1. The Agreement may be amended only by a document signed by both parties. Neither party may assign the Agreement without the other party's written consent, except to an affiliate that takes over its business. Annexes: Annex A Acceptance tests; Annex B Supported systems.
P:Signed for TeeLine SAS: ____________________ Date: __________
P:Signed for Hainan Coral Bay Golf Resort Co., Ltd.: ____________________ Date: __________
"""


# ================================================================ h288e03 (.docx) Shaanxi kiwifruit orchard cold-store sensors, buyer's paper
H288E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. GV-CS-2025-09
P:Buyer: Zhouzhi Greenvale Kiwifruit Co., Ltd., a company incorporated in the People's Republic of China, registered address: Louguan Town, Zhouzhi County, Xi'an, Shaanxi Province (the "Buyer").
P:Supplier: Kühlsens Systemtechnik GmbH, a company incorporated in Germany, registered address: Insel Sandwerder 3, Berlin, Germany, acting with its service partner office in Xi'an (the "Supplier").
P:Whereas the Buyer stores kiwifruit harvested from its orchards in eight controlled-atmosphere cold stores and wishes to monitor temperature, humidity, ethylene, carbon dioxide and oxygen in every chamber continuously, and the Supplier manufactures and integrates such monitoring systems, the parties agree as follows. This Contract is issued on the Buyer's standard purchase terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless monitoring system for the Buyer's cold stores Nos. 1 to 8, consisting of the equipment listed in Clause 2, the monitoring software licensed perpetually to the Buyer, the integration with the refrigeration control PLCs and the SMS and telephone alarm service, and training.
P:1.2 The system shall record readings from every sensor at least every 2 minutes, display them on a dashboard per chamber, keep history for the whole storage season and raise alarms when a value leaves the set range for the fruit lot in that chamber.
P:1.3 Detailed technical requirements are set out in Annex 1 (Technical Specification), which forms part of this Contract.
P:1.4 The Supplier shall provide a Chinese-language user interface and Chinese documentation.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,280,000 (one million two hundred and eighty thousand Chinese Yuan), fixed, including VAT, packing, transport to the Buyer's site, import duties, insurance, installation and all services. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensors|180|1,450|261,000
TB:2|Ethylene sensors|36|8,600|309,600
TB:3|CO2/O2 controlled-atmosphere analysers|12|27,500|330,000
TB:4|LoRaWAN gateways|8|6,200|49,600
TB:5|Monitoring software, perpetual site licence|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||1,076,200
TB:6|Installation and calibration|1|118,400|118,400
TB:7|Integration with refrigeration PLCs and alarm service|1|72,600|72,600
TB:8|Training|1|12,800|12,800
TB:|Contract Price|||1,280,000
P:2.2 All prices are in Chinese Yuan (CNY), at the Buyer's request. No price adjustment applies for exchange-rate changes.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 128,000) within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 704,000) within 20 days after both parties sign the Installation Certificate. The Installation Certificate confirms that the equipment is installed and powered; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 448,000) within 20 days after Final Acceptance under Clause 5.
P:3.4 The Buyer pays by bank transfer against a valid VAT invoice. The advance-payment guarantee is released on signature of the Installation Certificate.
H:4. Delivery and Installation
P:4.1 Delivery of all equipment to the Buyer's site in Zhouzhi County within 50 days after signature; installation, calibration and integration completed within 25 days after delivery, and in any case before the first fruit lot enters the cold stores on the date stated in Annex 2.
P:4.2 Installation inside the chambers shall be carried out while they are empty and at ambient temperature, following the Buyer's site safety rules. The Supplier's staff shall wear the protective equipment required for work near ammonia refrigeration plant.
P:4.4 The Buyer shall provide power sockets, cable routes through the chamber walls and an escort for work in the chambers. Delays caused by the Buyer extend the dates in Clause 4.1 accordingly.
P:4.3 If the Supplier is late in delivery or completion for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 After the Installation Certificate, the system runs for a trial period of 21 days with at least four chambers loaded with fruit.
P:5.2 Final Acceptance requires that: (a) all sensors and analysers report to the software with no more than 0.5% missing readings over the trial period; (b) temperature readings agree with the Buyer's calibrated reference thermometer within ±0.2 °C and CO2 and O2 readings with a reference analyser within ±0.3 percentage points at three test points per chamber; (c) alarm tests for every chamber reach the Buyer's duty staff by SMS and telephone within 3 minutes; (d) the PLC integration passes the test list in Annex 1; and (e) the training is complete and the documentation and calibration certificates are handed over.
P:5.3 When the criteria are met, the Buyer issues a Final Acceptance Certificate. Installation, use of the system for stored fruit or any payment does not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the relevant tests are repeated.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective equipment, correct software defects, supply software updates and recalibrate sensors once before each storage season, at no cost to the Buyer.
P:6.2 Faults are classified and handled as follows. Severity 1 (loss of monitoring or alarms for one or more chambers): remote response within 1 hour at any time, engineer on site within 24 hours. Severity 2 (failure of individual sensors without loss of alarms for a chamber): response within 8 hours, repair within 3 days. Severity 3 (dashboard or report problems): repair within 10 working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, and for each hour by which it exceeds the on-site time, it shall pay the Buyer CNY 600, deducted from amounts due or from the performance guarantee.
P:6.4 Spare sensors: the Supplier shall keep at its Xi'an office at least ten temperature and humidity sensors, two ethylene sensors and one analyser for the Buyer during the warranty.
P:6.5 Warranty repairs shall be completed without removing fruit from a loaded chamber where possible, and the Supplier shall lend replacement sensors while any sensor is being repaired.
H:7. Support after the Warranty
P:7.1 After the warranty, the Buyer may order annual support with the same service levels. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 96,858 per year, fixed for the first three years after the warranty. Any later change must be agreed in writing.
P:7.2 Support is ordered by written purchase order for each year and does not renew automatically. The Supplier shall supply spare parts for at least eight years after Final Acceptance.
H:8. Buyer Data
P:8.1 All readings, alarm logs, fruit-lot records and reports generated by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The software is installed on the Buyer's server in its site office, and Buyer Data is stored there. The Supplier shall not export Buyer Data. Remote access for support is allowed only through the Buyer's VPN with an account that the Buyer opens for each session and closes afterwards, and all remote sessions are logged.
P:8.3 The Supplier shall configure the gateways and the software with encrypted communication and changed default passwords, and shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to the system or to Buyer Data. The Supplier is liable for the Buyer's losses resulting from a breach of this Clause 8.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in its standard software and grants the Buyer a perpetual licence as stated in Clause 2.
P:9.2 The PLC integration scripts, alarm configurations, dashboards and calibration records made for the Buyer belong to the Buyer, who may use, modify and give them to other contractors freely.
H:10. Confidentiality
P:Each party shall keep confidential the non-public information received from the other party, including the Buyer's storage volumes, customer lists and prices, and shall not disclose it to third parties without written consent. This obligation survives the end of this Contract for three years.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 180% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clause 8 or 10.
H:12. Subcontracting
P:The installation contractor named in Annex 3 is approved by the Buyer's signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Clause 4.3 reach their maximum. The Supplier shall then refund the amounts paid for equipment and services not accepted, and remove its equipment at its cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitration award is final.
H:15. Miscellaneous
P:This Contract is made in English and Chinese, both versions having equal effect. It takes effect on signature by both parties. Notices shall be sent in writing to the addresses above. Annex 1 Technical Specification; Annex 2 Delivery schedule; Annex 3 Approved installation contractor.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________    Date: __________
"""


# ================================================================ h288e04 (.pdf) Tianjin auto parts, managed firewall and VPN service
H288E04 = """T:Managed Firewall and VPN Services Agreement
P:Reference: ASN-TJ-2025-031
P:Between Annraidh Secure Networks Ltd, a company registered in Scotland with its registered office at The Old Pier House, Eilean Annraidh, Scotland (the "Provider"), and Tianjin Binhai Precision Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Xinghua Road, Binhai New Area, Tianjin (the "Customer").
P:The Customer makes brake and steering components at a main plant in Tianjin and six branch sites. It wishes to outsource the operation of its perimeter firewalls and VPN network. The Provider delivers managed network security services through its operations centre and its delivery team in Tianjin. The parties agree as follows.
H:Clause 1 Definitions
P:1.1 "Services" means the managed firewall, VPN and reporting services described in Clause 2 and Schedule 1.
P:1.2 "Managed Devices" means the firewall appliances supplied and owned by the Provider and installed at the Customer's sites for the Services.
P:1.3 "Service Commencement Date" means the date of the Service Acceptance Certificate under Clause 4.
P:1.4 "Customer Data" means the Customer's firewall rule base, VPN configurations, user directory entries, traffic logs and any other data of the Customer that the Provider receives or generates in providing the Services.
P:1.5 "Priority 1 Incident" means a complete loss of internet access or of VPN connectivity at the main plant, or at two or more branch sites at the same time.
P:1.6 "Working day" means a day on which banks are open in Tianjin.
H:Clause 2 Services
P:2.1 The Provider shall supply, install and operate a high-availability pair of next-generation firewalls at the main plant, a second pair at the Customer's backup data room and one firewall at each of the six branch sites.
P:2.2 The Provider shall operate site-to-site VPN tunnels between all sites and remote-access VPN for up to 600 Customer users, including multi-factor authentication linked to the Customer's user directory.
P:2.3 The Provider shall manage the firewall rule base, apply firmware updates and threat signature updates, review rule changes requested by the Customer and implement approved changes within 2 working days, or within 2 hours for urgent changes.
P:2.4 The Provider shall deliver a monthly service report covering availability, incidents, changes, VPN usage and blocked threats, and shall attend a monthly service review with the Customer's IT manager.
P:2.5 The Provider shall keep the firmware of the Managed Devices within the manufacturer's supported releases and shall replace any Managed Device that reaches end of support during the Initial Term at no extra charge.
P:2.6 The Provider shall name a service delivery manager based in Tianjin who is the Customer's single point of contact.
P:2.7 The Services do not include the Customer's internal LAN switches, endpoint protection or the plant's industrial control networks, which remain the Customer's responsibility unless added by a written change order.
H:Clause 3 Term and Charges
P:3.1 The Initial Term is 36 months from the Service Commencement Date. The Agreement ends at the end of the Initial Term unless the parties agree an extension in writing; there is no automatic renewal.
P:3.2 All charges are stated and payable in Chinese Yuan (CNY) at the Customer's request and include VAT.
TB:Charge|Monthly (CNY)|Months|Total (CNY)
TB:Managed firewalls (2 HA pairs, 6 branch units)|38,500|36|1,386,000
TB:Site-to-site and remote-access VPN (600 users)|16,300|36|586,800
TB:Security reporting and policy management|5,200|36|187,200
TB:Monthly Recurring Charge (total)|60,000|36|2,160,000
TB:Transition and deployment (one-time)|-|-|96,000
TB:Total Contract Value|||2,256,000
P:3.3 The Monthly Recurring Charge is invoiced monthly in arrears from the Service Commencement Date. The one-time transition and deployment charge is invoiced after the Service Acceptance Certificate. No charge is payable in advance. Invoices are payable within 30 days.
P:3.4 The charges are fixed for the Initial Term. Additional sites or users are charged at the unit rates in Schedule 2.
P:3.5 The Customer may withhold any amount it disputes in good faith and shall pay the undisputed part of the invoice on time. The Provider shall issue official VAT invoices through its Tianjin branch.
H:Clause 4 Transition and Service Acceptance
P:4.1 The Provider shall migrate the Customer's existing firewall rules and VPN configuration to the Managed Devices according to the transition plan in Schedule 3 and shall reach Service Acceptance within 60 days after signature.
P:4.2 Service Acceptance requires that: (a) all Managed Devices are installed and monitored by the operations centre; (b) a failover test of each high-availability pair completes without loss of established sessions beyond 5 seconds; (c) every VPN tunnel in Schedule 3 is up and carries test traffic; (d) the migrated rule base has been reviewed line by line with the Customer and no unapproved rule remains; and (e) the new network has run in parallel with the old one for 10 days without a Priority 1 Incident.
P:4.3 When the requirements are met, the Customer signs a Service Acceptance Certificate. Switching traffic to the Managed Devices does not by itself constitute acceptance.
P:4.4 If Service Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to a total of CNY 135,000.
P:4.5 The Customer shall give the Provider access to its sites, rack space, power and the existing firewall configurations, and shall name a project contact for the transition.
H:Clause 5 Service Levels
P:5.1 Availability of the firewall service at the main plant shall be at least 99.95% in each calendar month, measured by the operations centre's monitoring, excluding maintenance windows agreed in advance with the Customer.
P:5.2 Incident response: Priority 1 Incidents are responded to within 15 minutes and restored within 2 hours, 24 hours a day, every day of the year. Priority 2 incidents (loss of connectivity at one branch site or degraded performance at the main plant) are responded to within 30 minutes and restored within 6 hours. Priority 3 incidents are responded to within 1 working day.
P:5.3 Service credits: for each full 0.1 percentage points by which monthly availability falls short of the level in Clause 5.1, a credit of 5% of that month's Monthly Recurring Charge; for each Priority 1 Incident not restored within the restoration time, CNY 3,000 for each additional hour. Credits are deducted from the next invoice and are capped at 50% of the monthly charge.
P:5.4 If availability falls below 99.5% in two consecutive months, the Customer may terminate the Agreement by notice without paying any early termination charge.
H:Clause 6 Customer Data
P:6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and shall not sell or disclose it or use it for any other purpose.
P:6.2 At the end of the Agreement the Provider shall hand over the final rule base and VPN configurations in a documented format.
H:Clause 7 Confidentiality
P:Each party shall keep confidential all information received from the other that is marked confidential or would reasonably be understood to be confidential, including the Customer's network design and the Provider's operating procedures, and shall use it only for this Agreement. Information that is public, already known to the recipient or independently developed is not confidential information. This obligation lasts for three years after the end of the Agreement.
H:Clause 8 Intellectual Property
P:8.1 The Provider retains its tools, monitoring software and standard procedures. They are licensed to the Customer for the Initial Term to the extent needed to receive the Services.
P:8.2 The rule base, VPN configurations, network diagrams and runbooks prepared for the Customer belong to the Customer, who may use, modify and hand them to any other provider without restriction.
H:Clause 9 Subcontracting
P:The Provider may subcontract on-site support, hardware logistics and cabling work to third parties by giving the Customer written notice of the subcontractor's name. The Provider remains responsible for the work of its subcontractors.
H:Clause 10 Liability
P:10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.
P:10.2 Neither party is liable for loss of profit, loss of production or indirect loss. Nothing limits liability for death or personal injury caused by negligence, or for fraud.
H:Clause 11 Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.
P:11.2 On expiry or termination, the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the charges then applicable, and shall remove the Managed Devices at its own cost.
P:11.3 The Customer may also terminate under Clause 5.4.
H:Clause 12 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Tianjin Arbitration Commission for arbitration in Tianjin under its rules. The award is final.
H:Clause 13 General
P:This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices shall be given in writing in English or Chinese to the addresses stated above. Neither party may assign this Agreement without the other party's prior written consent. Schedule 1 Service description; Schedule 2 Unit rates; Schedule 3 Transition plan and VPN tunnel list.
P:Signed for the Provider: ____________________ Date: __________
P:Signed for the Customer: ____________________ Date: __________
"""


# ================================================================ h288e05 (.txt) Guangzhou freight forwarder, container-tracking API subscription
H288E05 = """T:API SUBSCRIPTION AGREEMENT - CONTAINER TRACKING
P:Agreement reference: VT-GZ-2025-044
P:Vrgada Track d.o.o., a limited liability company registered in Croatia with its seat at Ulica Lučica 7 on the island of Otok Vrgada, Croatia ("Vrgada Track"),
P:and
P:Guangzhou Nansha Harbourlink Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 99 Gangqian Avenue, Nansha District, Guangzhou ("Customer"),
P:agree as follows.
H:PART A - COMMERCIAL TERMS
P:A.1 Service. Vrgada Track provides a web API that returns the status, location, milestones and estimated time of arrival of ocean containers, based on data from shipping lines, terminals, port community systems and satellite vessel positions (the "Tracking API"), and an optional vessel ETA prediction add-on.
P:A.2 Term. The initial term is 24 months from the Production Access Date (A.6). At the end of the initial term, the Agreement renews automatically for successive periods of six months at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current period.
P:A.3 Fees. All fees are stated and payable in Chinese Yuan (CNY) at the Customer's request and include VAT.
TB:Item|Monthly (CNY)|Months|Total (CNY)
TB:Tracking API, Forwarder 50k tier (up to 50,000 tracked containers per month)|27,500|24|660,000
TB:Vessel ETA prediction add-on|6,800|24|163,200
TB:Integration support and sandbox onboarding (one-time)|-|-|42,800
TB:Total for the initial term|||866,000
P:A.4 Overage. Containers tracked in a month above the tier limit are charged at CNY 0.45 per container. Overage is invoiced with the next quarterly invoice.
P:A.5 Invoicing. Monthly fees are invoiced quarterly in arrears and payable within 30 days after receipt of a valid VAT invoice issued through Vrgada Track's billing agent in Guangzhou. The onboarding fee is invoiced after Integration Acceptance. Nothing is payable in advance.
P:A.6 Onboarding. Vrgada Track shall give Customer sandbox access within 5 working days after signature, support Customer's developers in connecting the Tracking API to Customer's freight management system, and map Customer's shipment references, booking numbers and bill of lading formats to the API. The Production Access Date is the date of Integration Acceptance under A.7.
P:A.7 Integration Acceptance. Customer accepts the integration in writing when: (a) a test set of 2,000 live containers chosen by Customer across at least eight shipping lines returns tracking events for at least 97% of the containers; (b) milestone events in the API match the shipping lines' own records for a sample of 200 containers; (c) the push notification webhook delivers events to Customer's endpoint for three consecutive days without loss; and (d) API responses for single-container queries are returned within 800 milliseconds for 95% of calls under a load of 20 calls per second. Using the API in production before that does not mean acceptance.
P:A.8 Late onboarding. If Integration Acceptance is not reached within 40 days after signature for reasons attributable to Vrgada Track, Vrgada Track shall pay Customer CNY 700 for each day of delay, up to CNY 30,000 in total.
P:A.9 Contacts. Customer shall name a technical contact for onboarding and an account contact for invoices. Vrgada Track shall name an account manager who speaks Chinese.
P:A.10 Rate limits. The Forwarder 50k tier allows up to 20 calls per second and bulk queries of up to 500 containers per call; higher limits are available on request at no extra fee.
H:PART B - SERVICE LEVELS
P:B.1 Availability. The Tracking API shall be available at least 99.95% of the time in each calendar month, measured at Vrgada Track's API gateway by a synthetic query every minute, excluding maintenance announced at least 5 days in advance and carried out between 01:00 and 05:00 China Standard Time.
P:B.2 Support. Vrgada Track runs a support desk in English and Chinese. Severity 1 (the Tracking API is unavailable or returns errors for more than a fifth of calls): response within 30 minutes, 24 hours a day, and restoration within 3 hours. Severity 2 (data for one shipping line or terminal is missing or delayed by more than 6 hours): response within 2 hours and a fix or workaround within 2 working days. Severity 3: response within 1 working day.
P:B.3 Data freshness. Tracking events are made available through the API within 30 minutes after Vrgada Track receives them from the source.
P:B.4 Service credits. If monthly availability is below the level in B.1, Customer receives a credit of 5% of that month's fees for each started 0.1 percentage point of shortfall, up to 50% of the monthly fees. If a Severity 1 response is late, Customer receives a credit of CNY 1,000 for each started hour of delay. Credits are deducted from the next invoice.
P:B.5 Reporting. Vrgada Track shall send a monthly service report with availability, incidents, data freshness and Customer's usage by shipping line.
P:B.6 Source data. Vrgada Track depends on data from shipping lines and terminals. Where a source stops providing data, Vrgada Track shall inform Customer within 1 working day and use other sources where available; such a gap is not unavailability of the Tracking API but is handled as a Severity 2 matter.
H:PART C - GENERAL TERMS
P:C.1 Use. Customer may use the Tracking API and the data returned by it for its own freight forwarding business and may show the results to its own clients through its portal and notifications. Customer shall not resell raw API access.
P:C.2 Customer Data. "Customer Data" means the container numbers, booking numbers, bill of lading numbers, client names, routes and queries that Customer submits to the Tracking API, and the results returned to Customer. Customer Data belongs to Customer.
P:C.3 Use of aggregated data. Customer agrees that Vrgada Track may use Customer Data in aggregated and de-identified form, during and after the term, to train and improve its ETA prediction models, to improve the accuracy of its tracking services for all its customers, and to publish port congestion and transit-time benchmarks. Vrgada Track shall not identify Customer or Customer's clients in any such use.
P:C.4 Data security. Vrgada Track shall protect Customer Data with measures consistent with ISO/IEC 27001, including encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of administrative access and regular penetration testing. Customer Data is stored in data centres in mainland China. Vrgada Track shall notify Customer within 48 hours after becoming aware of any unauthorised access to Customer Data, shall take immediate steps to contain it, and shall indemnify Customer for losses and regulatory penalties caused by a breach of this clause.
P:C.5 Personal information. The Tracking API does not require personal information. If Customer Data includes names of contact persons, Vrgada Track shall process them only in accordance with the Personal Information Protection Law.
P:C.6 Intellectual property. Vrgada Track owns the Tracking API, its software and its prediction models. The mapping tables, webhook configurations and integration code prepared for Customer during onboarding belong to Customer, which may use and modify them freely and give them to any other service provider.
P:C.7 Subcontracting. Vrgada Track may use the cloud hosting provider named in its onboarding documentation. Any other subcontracting of the services requires Customer's prior written consent. Vrgada Track remains responsible for its subcontractors.
P:C.8 Liability. Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term, except for liability under C.4, for fraud and for wilful misconduct. Neither party is liable for indirect loss or loss of profit.
P:C.9 Termination. Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. Customer may also terminate by notice if monthly availability is below 99.0% in any two consecutive months. On termination Vrgada Track shall refund any fees paid for the period after termination.
P:C.10 End of term. On expiry or termination, Vrgada Track shall provide an export of Customer's tracking history for the preceding 24 months in CSV format within 15 days, and shall then delete Customer Data, except data already aggregated under C.3.
P:C.11 Changes to the API. Vrgada Track may add functions to the Tracking API. It shall give at least 90 days' notice before removing a function or changing a response format in a way that is not backward compatible, and shall keep the previous version running during that period.
P:C.12 Governing law and disputes. This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.
P:C.13 Entire agreement. This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:C.14 Assignment. Neither party may assign this Agreement without the other party's prior written consent, except as part of a sale of its whole business.
P:C.15 Notices. Notices under this Agreement shall be in writing and sent by e-mail with a copy by courier to the addresses stated above.
P:C.16 Force majeure. Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, port closures or failures of public networks, provided it notifies the other party promptly and resumes performance as soon as possible.
P:Signed for Vrgada Track d.o.o.: ____________________ Name: ______________ Date: __________
P:Signed for Guangzhou Nansha Harbourlink Freight Forwarding Co., Ltd.: ____________________ Name: ______________ Date: __________
"""


# ================================================================ plan: labels, figures that must appear, TCO inputs, expected findings
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
PLAN = {
    # key: file, language, category, source, terms, extra (sla_clause, ld_stated, capped|None, deemed, value),
    #      fee_base (TCO), forum_outside_mainland, planned rules, planned risk, figures that must appear in the text
    "h288z01": dict(
        file="h288z01_city_water_bureau_drainage_monitoring_platform.docx", lang="zh", category="hardware", src=H288Z01,
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                    "PRC", G),
        extra=(True, True, True, False, 3480000), fee_base=2798400, forum_out=False, rules=[], risk="low",
        figures=["3,480,000", "2,798,400", "不低于99.95%", "30分钟内响应", "千分之一", "合同总价的20%", "三十六个月",
                 "软硬件小计的8%", "223,872", "不自动续期", "归甲方所有", "须事先取得甲方书面同意", "适用中华人民共和国法律",
                 "不视为验收合格"]),
    "h288z02": dict(
        file="h288z02_chemical_fibre_spinning_line_control_system.txt", lang="zh", category="hardware", src=H288Z02,
        terms=terms(None, 0.25, False, "buyer", True, True, True, 0.08, None, 10, True, True, 24, None, False, True,
                    False, "PRC", G),
        extra=(True, True, False, False, 2440000), fee_base=1914000, forum_out=False,
        rules=["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY"], risk="high",
        figures=["2,440,000", "1,914,000", "15分钟内电话响应", "甲方可书面督促乙方改正", "万分之八", "合同总金额的10%",
                 "二十四个月", "按乙方届时有效的服务价目表执行", "应事先征得甲方书面同意", "适用中华人民共和国法律",
                 "嘉兴仲裁委员会", "源程序归甲方所有"]),
    "h288z03": dict(
        file="h288z03_eyewear_chain_pos_membership_saas.md", lang="zh", category="cloud", src=H288Z03,
        terms=terms(99.5, 0.25, True, "buyer", True, True, True, 800 / 974000 * 100, 150, None, True, None, None, None,
                    True, True, False, "PRC", S),
        extra=(True, True, None, False, 974000), fee_base=None, forum_out=False,
        rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], risk="medium",
        figures=["974,000", "34,800", "不低于99.5%", "15分钟内响应", "违约金800元", "合同总金额的150%", "本合同不设预付款",
                 "自动续期二十四个月", "不超过续期前单价的8%", "当月订阅费的5%", "事先取得甲方书面同意", "杭州仲裁委员会"]),
    "h288z04": dict(
        file="h288z04_egov_data_bureau_cloud_platform_om.pdf", lang="zh", category="services", src=H288Z04,
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, 45, True, None, None, None, False, False,
                    False, "PRC", S),
        extra=(True, True, None, False, 2362000), fee_base=None, forum_out=False,
        rules=["CR-PREPAYMENT", "CR-TERMINATION"], risk="medium",
        figures=["2,362,000", "合同总价的45%", "1,062,900", "不低于99.95%", "15分钟内响应", "扣减服务费3,000元", "千分之一",
                 "任何一方不得单方解除合同", "不得转包或分包", "本合同不自动续期", "适用中华人民共和国法律",
                 "年度考核合格视为本合同服务验收合格"]),
    "h288z05": dict(
        file="h288z05_yoghurt_maker_mes_supplier_template.md", lang="zh", category="software", src=H288Z05,
        terms=terms(None, 8, True, "supplier", True, False, True, 0.02, 25, 55, False, False, 9, 26, False, True, True,
                    "PRC", G),
        extra=(True, True, True, True, 1700000), fee_base=1160000, forum_out=False,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
               "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
               "CR-WARRANTY"], risk="high",
        figures=["1,700,000", "1,160,000", "合同总价的55%", "935,000", "即视为甲方验收合格", "九个月的免费维护期",
                 "软件许可费的26%", "301,600", "8小时内响应", "每次按300元抵扣维护费", "万分之二", "合同总价的25%",
                 "知识产权均归乙方所有", "脱敏处理后", "并事先通知甲方", "适用中华人民共和国法律", "苏州工业园区"]),
    "h288e01": dict(
        file="h288e01_porcelain_figurine_3d_sculpting_licences.txt", lang="en", category="software", src=H288E01,
        terms=terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                    "Italy", G),
        extra=(True, True, True, False, 750000), fee_base=594400, forum_out=True, rules=["CR-GOVERNING-LAW"],
        risk="low",
        figures=["CNY 750,000", "594,400", "response within 2 hours", "CNY 500 for each hour", "0.08% of the Contract Price",
                 "150% of the Contract Price", "20% (CNY 150,000)", "18 months after Final Acceptance",
                 "11% of the Licence Subtotal", "CNY 65,384", "does not renew automatically", "laws of Italy",
                 "Milan Chamber of Arbitration", "prior written consent", "Isola del Cantone"]),
    "h288e02": dict(
        file="h288e02_golf_resort_tee_time_saas_order_form.md", lang="en", category="cloud", src=H288E02,
        terms=terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                    False, "PRC", S),
        extra=(False, False, None, False, 811000), fee_base=None, forum_out=False,
        rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
        figures=["811,000", "20,900", "does not commit to a particular availability level, response time or resolution time",
                 "No damages, penalties or fee reductions apply to a delay", "two times the total fees",
                 "No fees are payable in advance", "does not renew automatically", "Hainan International Arbitration Court",
                 "prior written consent", "Île Ozan"]),
    "h288e03": dict(
        file="h288e03_kiwifruit_cold_store_sensors.docx", lang="en", category="hardware", src=H288E03,
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 180, 10, True, True, 24, 9, False, True, False,
                    "PRC", G),
        extra=(True, True, True, False, 1280000), fee_base=1076200, forum_out=False, rules=[], risk="low",
        figures=["CNY 1,280,000", "1,076,200", "remote response within 1 hour", "CNY 600", "0.1% of the Contract Price",
                 "180% of the Contract Price", "10% of the Contract Price (CNY 128,000)", "24 months from the date",
                 "9% of the Hardware and Licence Subtotal", "CNY 96,858", "does not renew automatically",
                 "Xi'an Arbitration Commission", "prior written consent", "Insel Sandwerder"]),
    "h288e04": dict(
        file="h288e04_auto_parts_managed_firewall_vpn.pdf", lang="en", category="services", src=H288E04,
        terms=terms(99.95, 0.25, True, "buyer", False, True, True, 1500 / 2256000 * 100, 6 / 36 * 100, None, True,
                    None, None, None, False, True, True, "PRC", S),
        extra=(True, True, None, False, 2256000), fee_base=None, forum_out=False,
        rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], risk="high",
        figures=["2,256,000", "60,000", "at least 99.95%", "responded to within 15 minutes", "CNY 1,500 for each day",
                 "the six (6) months preceding", "No charge is payable in advance", "there is no automatic renewal",
                 "by giving the Customer written notice", "Tianjin Arbitration Commission", "Eilean Annraidh"]),
    "h288e05": dict(
        file="h288e05_freight_forwarder_container_tracking_api.txt", lang="en", category="cloud", src=H288E05,
        terms=terms(99.95, 0.5, True, "buyer", True, False, False, 700 / 866000 * 100, 150, None, True, None, None, None,
                    False, True, False, "PRC", S),
        extra=(True, True, None, False, 866000), fee_base=None, forum_out=False,
        rules=["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], risk="medium",
        figures=["866,000", "at least 99.95%", "response within 30 minutes", "CNY 700 for each day",
                 "150% of the total fees", "Nothing is payable in advance", "at the same fees",
                 "aggregated and de-identified form", "prior written consent", "Guangzhou Arbitration Commission",
                 "Otok Vrgada"]),
}


# ================================================================ price and payment arithmetic
def check_prices():
    # z01
    hw = 120 * 6800 + 48 * 18500 + 12 * 9200 + 6 * 86000 + 468000
    assert (120 * 6800, 48 * 18500, 12 * 9200, 6 * 86000) == (816000, 888000, 110400, 516000)
    assert hw == 2798400 and hw + 356000 + 287600 + 38000 == 3480000
    assert (696000, 1566000, 1218000) == tuple(3480000 * p // 100 for p in (20, 45, 35)) and 20 + 45 + 35 == 100
    assert hw * 8 // 100 == 223872
    # z02
    hw = 8 * 126000 + 10 * 23500 + 96 * 2450 + 286000 + 149800
    assert (8 * 126000, 10 * 23500, 96 * 2450) == (1008000, 235000, 235200)
    assert hw == 1914000 and hw + 318000 + 176000 + 32000 == 2440000
    assert (244000, 1220000, 854000, 122000) == tuple(2440000 * p // 100 for p in (10, 50, 35, 5))
    assert 10 + 50 + 35 + 5 == 100
    # z03
    assert (60 * 260 * 24, 60 * 180 * 24, 60 * 90 * 24, 3000 * 24) == (374400, 259200, 129600, 72000)
    assert (60 * 260, 60 * 180, 60 * 90) == (15600, 10800, 5400)
    assert 374400 + 259200 + 129600 + 72000 + 138800 == 974000
    assert 60 * (260 + 180 + 90) + 3000 == 34800 and 34800 * 3 == 104400 and 34800 * 24 + 138800 == 974000
    # z04
    assert 1086000 + 468000 + 712800 + 95200 == 2362000
    assert (1062900, 590500, 472400, 236200) == tuple(2362000 * p // 100 for p in (45, 25, 20, 10))
    assert 45 + 25 + 20 + 10 == 100 and 1062900 + 590500 + 472400 + 236200 == 2362000
    # z05
    assert 1160000 + 398000 + 142000 == 1700000
    assert (935000, 765000) == (1700000 * 55 // 100, 1700000 * 45 // 100) and 935000 + 765000 == 1700000
    assert 1160000 * 26 // 100 == 301600
    # e01
    assert (24 * 21500, 8 * 9800) == (516000, 78400) and 516000 + 78400 == 594400
    assert 594400 + 86000 + 48600 + 21000 == 750000
    assert (150000, 337500, 262500) == tuple(750000 * p // 100 for p in (20, 45, 35)) and 150000 + 337500 + 262500 == 750000
    assert 594400 * 11 // 100 == 65384
    # e02
    assert (14200 * 36, 4600 * 36, 2100 * 36) == (511200, 165600, 75600)
    assert 511200 + 165600 + 75600 + 58600 == 811000 and 14200 + 4600 + 2100 == 20900
    # e03
    hw = 180 * 1450 + 36 * 8600 + 12 * 27500 + 8 * 6200 + 126000
    assert (180 * 1450, 36 * 8600, 12 * 27500, 8 * 6200) == (261000, 309600, 330000, 49600)
    assert hw == 1076200 and hw + 118400 + 72600 + 12800 == 1280000
    assert (128000, 704000, 448000) == tuple(1280000 * p // 100 for p in (10, 55, 35)) and 10 + 55 + 35 == 100
    assert 1076200 * 9 // 100 == 96858
    # e04
    assert (38500 * 36, 16300 * 36, 5200 * 36) == (1386000, 586800, 187200) and 38500 + 16300 + 5200 == 60000
    assert 60000 * 36 == 2160000 and 2160000 + 96000 == 2256000
    # e05
    assert (27500 * 24, 6800 * 24) == (660000, 163200) and 660000 + 163200 + 42800 == 866000


# ================================================================ policy §3 / §4 re-applied to the labels
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(p):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty fee for
    every year after the warranty (partial pro rata) on the itemised licence/hardware price. None if not computable."""
    t, value = p["terms"], p["extra"][4]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * p["fee_base"] * t["post_warranty_fee_pct"] / 100
    total = value + fees
    return dict(years_after=years_after, annual_fee=p["fee_base"] * t["post_warranty_fee_pct"] / 100, fees=fees,
                total=total, share=fees / total * 100)


def apply_rules(p):
    t = p["terms"]
    sla, ld_stated, capped, deemed, value = p["extra"]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c is not None and c["share"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or p["forum_out"]:
        r.append("CR-GOVERNING-LAW")
    r.sort()
    sev = {SEVERITY[x] for x in r}
    risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
    return r, risk


def no_value_on_threshold(p):
    """The labelled figures themselves stay off every threshold."""
    t, c = p["terms"], tco(p)
    assert t["prepayment_pct"] != 30 and t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
    assert c is None or abs(c["share"] - 40) > 1


def label(key, p):
    t = p["terms"]
    sla, ld_stated, capped, deemed, value = p["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": sorted(p["rules"])}


# ================================================================ build, read back, check, write labels
def main():
    selftest()
    check_prices()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    binary_src, binary_tgt = {}, {}
    for key, p in PLAN.items():
        ext = p["file"].rsplit(".", 1)[1]
        assert p["file"].startswith(key + "_")
        if ext == "md":
            (OUT / p["file"]).write_text(to_md(p["src"]), encoding="utf-8")
            print("wrote", p["file"])
        elif ext == "txt":
            (OUT / p["file"]).write_text(to_txt(p["src"]), encoding="utf-8")
            print("wrote", p["file"])
        else:
            binary_src[key] = p["src"].strip()
            binary_tgt[key] = (p["file"], ext)
    write(binary_src, binary_tgt, OUT, wrap_words=True)

    formats = {}
    print("%-8s %-5s %-6s %-12s %-7s %s" % ("key", "lang", "fmt", "length", "risk", "rules / TCO"))
    for key, p in PLAN.items():
        zh = p["lang"] == "zh"
        text = read_back(OUT / p["file"])
        ft = flat(text, zh)
        # every labelled figure / clause phrase appears in the text as read back
        for f in p["figures"]:
            assert flat(f, zh) in ft, "%s: figure %r not found" % (key, f)
        # no threshold value in any form
        for name, rx in THRESH_RE:
            for probe in (ft, re.sub(r"\s+", " ", text)):
                m = rx.search(probe)
                assert not m, "%s: threshold %s matched %r" % (key, name, probe[max(0, m.start() - 20):m.end() + 20])
        # lengths as read back
        if zh:
            n_all, n_nows = zh_len(text)
            assert 2800 <= n_nows <= 3300 and 2800 <= n_all <= 3300, (key, n_all, n_nows)
            length = "%d/%d ch" % (n_nows, n_all)
        else:
            n_split, n_words = en_words(text)
            assert 1500 <= n_words <= 1700 and 1500 <= n_split <= 1700, (key, n_split, n_words)
            length = "%d/%d w" % (n_words, n_split)
        # (each English vendor's island seat, exactly as the brief spells it, is one of that draft's figures)
        # labels re-checked against the policy
        no_value_on_threshold(p)
        rules, risk = apply_rules(p)
        assert rules == sorted(p["rules"]), (key, rules, p["rules"])
        assert risk == p["risk"], (key, risk, p["risk"])
        c = tco(p)
        ctext = "" if c is None else "  TCO %.2f share %.2f%%" % (c["total"], c["share"])
        print("%-8s %-5s %-6s %-12s %-7s %s%s" % (key, p["lang"], p["file"].rsplit(".", 1)[1], length, risk,
                                                  ", ".join(r.replace("CR-", "") for r in rules) or "(none)", ctext))
        formats.setdefault(p["file"].rsplit(".", 1)[1], []).append(p["lang"])
        (OUT / (p["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(key, p), ensure_ascii=False, indent=1), encoding="utf-8")

    # the mix and formats of the brief
    risks = [apply_rules(p) for p in PLAN.values()]
    assert sum(1 for r, _ in risks if not r) == 2
    assert sum(1 for r, k in risks if len(r) == 1 and k == "low") == 1
    assert sum(1 for r, _ in risks if 2 <= len(r) <= 3) == 6
    assert sum(1 for r, _ in risks if len(r) >= 9) == 1
    assert {k: len(v) for k, v in formats.items()} == {"docx": 2, "pdf": 2, "md": 3, "txt": 3}
    assert all(set(v) == {"zh", "en"} for v in formats.values())
    fired = {x for r, _ in risks for x in r}
    print("rules fired at least once: %d of %d; not fired: %s" % (len(fired), len(SEVERITY),
                                                                 sorted(set(SEVERITY) - fired) or "none"))
    print("all assertions passed")


if __name__ == "__main__":
    main()
