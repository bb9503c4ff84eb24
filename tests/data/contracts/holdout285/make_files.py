"""holdout285 — builds the ten blind ORDINARY draft contracts and their labels.

Every file in this folder (except NOTES.md and this script) is written from the sources below:
- .md / .txt straight from the markup, .docx / .pdf through ../word_pdf.py (write(..., wrap_words=True));
- the .json labels from PLAN, after the policy rules (policy.md §3/§4) are re-applied to the labels and the result is
  asserted equal to the planned rule set.
It also asserts every price and payment sum, that every labelled figure appears in the text, the text lengths as
read back (python-docx paragraphs + tables, pypdf), and that no figure sits on a policy threshold (self-tested regexes).
Run with /work/main/.venv/bin/python make_files.py (nothing is written outside this folder).

Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


def to_md(src):
    out, in_table = [], False
    for line in src.strip().splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if not in_table:
                out.append("|" + "---|" * len(cells))
            in_table = True
            continue
        if in_table:
            out.append("")
            in_table = False
        if tag == "T":
            out.append("# " + text)
        elif tag == "H":
            out.append("## " + text)
        else:
            out.append(text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out, in_table = [], False
    for line in src.strip().splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  ".join(c.strip() for c in text.split("|")))
            in_table = True
            continue
        if in_table:
            out.append("")
            in_table = False
        if tag == "T":
            out.append(text)
            out.append("")
        elif tag == "H":
            out.append(text)
        else:
            out.append(text)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def count_words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def count_zh(text):
    return len(text), len(re.sub(r"\s", "", text))


# ---------------------------------------------------------------------------------------------------------------
# Threshold regexes (policy §3/§4): 99.9 % availability, 4 h P1 response, 0.05 %/day LD, 100 % cap, 30 % prepayment,
# 12-month warranty, 15 % post-warranty fee, 40 % TCO share, 5-year horizon. Any form: digits, Chinese numerals, words.
S = r"[\s\u00a0]*"
CN_DIG = "零〇一二三四五六七八九十百点"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?![\d])", r"百分之九十九点九(?![" + CN_DIG + "])",
                          r"ninety[- ]nine point nine(?! ?(?:one|two|three|four|five|six|seven|eight|nine))"],
    "response 4 h": [r"(?<![\d.])4" + S + r"(?:-" + S + r")?(?:business |working |clock )?(?:hours?|hrs?|h\b|小时|个小时|个工作小时)",
                     r"(?<![十" + CN_DIG + r"])四" + S + r"个?" + S + r"(?:工作)?小时",
                     r"(?<![-\w])four\b" + S + r"(?:\(4\)" + S + r")?(?:-" + S + r")?(?:business |working )?hours?",
                     r"(?<![\d.])240" + S + r"(?:minutes|分钟)"],
    "LD 0.05 %": [r"(?<![\d.])0?\.05" + S + r"(?:%|％|per ?cent|percent)", r"万分之五(?![" + CN_DIG + "])",
                  r"千分之零点五", r"(?<![\d.])0\.5" + S + r"‰", r"five ten-thousandths?"],
    "cap 100 %": [r"(?<![\d.])100" + S + r"(?:%|％|per ?cent|percent)", r"百分之(?:一)?百(?![" + CN_DIG + "])",
                  r"one hundred per ?cent", r"hundred percent"],
    "prepayment 30 %": [r"(?<![\d.])30" + S + r"(?:%|％|per ?cent|percent)", r"百分之三十(?![" + CN_DIG + "])",
                        r"\bthirty per ?cent", r"\bthirty percent", r"三成"],
    "warranty 12 months": [r"(?<![\d.])12" + S + r"(?:-" + S + r")?(?:months?|个月|月)",
                           r"(?<![" + CN_DIG + r"])十二" + S + r"个?月", r"\btwelve\b" + S + r"(?:\(12\)" + S + r")?(?:-" + S + r")?months?",
                           r"(?<![第每同当])一" + S + r"年(?!级)", r"壹年", r"\bone[- ]year\b", r"(?<![\d.])1" + S + r"(?:-" + S + r")?years?\b",
                           r"\ba year\b", r"一周年", r"\bone \(1\) year"],
    "fee 15 %": [r"(?<![\d.])15" + S + r"(?:%|％|per ?cent|percent)", r"百分之十五(?![" + CN_DIG + "])",
                 r"\bfifteen per ?cent", r"\bfifteen percent"],
    "TCO 40 %": [r"(?<![\d.])40" + S + r"(?:%|％|per ?cent|percent)", r"百分之四十(?![" + CN_DIG + "])",
                 r"\bforty per ?cent", r"\bforty percent", r"四成"],
    "horizon 5 years": [r"(?<![\d.])5" + S + r"(?:-" + S + r")?(?:years?|年)", r"(?<![" + CN_DIG + r"])五" + S + r"年",
                        r"(?<![-\w])five\b" + S + r"(?:\(5\)" + S + r")?(?:-" + S + r")?years?"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for name, regs in THRESHOLD_RES.items():
        for r in regs:
            for m in r.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    return hits


def self_test_regexes():
    must_hit = ["可用率不低于99.9%", "availability of 99.9 %", "百分之九十九点九", "4小时内响应", "within 4 hours",
                "four (4) hours", "4-hour", "四个小时", "四小时内", "0.05%", "0.05 per cent", "万分之五", "100%",
                "百分之一百", "one hundred per cent", "30%", "30 %", "百分之三十", "thirty per cent", "12个月", "12 months",
                "十二个月", "twelve (12) months", "12-month", "质保期一年", "one year", "1 year", "a year", "15%",
                "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年", "五年", "five years",
                "5-year", "four business hours", "240 minutes"]
    must_miss = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "0.08%", "150%",
                 "1100%", "130%", "百分之三十五", "230%", "112 months", "2025年", "二〇", "每一年", "第一年", "同一年",
                 "百分之十五点五", "115%", "1.5%", "140%", "百分之四十五", "25 years", "2025 year", "15 years",
                 "a yearly fee", "one-yearly", "twenty-four hours a day", "twenty-five years", "二十四个月", "十八个月", "one-off", "14 days"]
    for s in must_hit:
        assert threshold_hits(s), "regex misses " + s
    for s in must_miss:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))
    print("threshold regexes self-tested:", len(must_hit), "hits,", len(must_miss), "misses")


# ---------------------------------------------------------------------------------------------------------------
# h285z01 — 城市管理局 智慧路灯管理平台 (政府采购 公开招标, 采购人合同文本), .docx, compliant
H285Z01 = """T:智慧路灯管理平台建设项目政府采购合同
P:合同编号：CGJ-ZM-2026-017　　采购方式：公开招标　　项目编号：ZFCG-2026-0342
P:采购人（甲方）：清河市城市管理局　　地址：清河市滨江路88号
P:供应商（乙方）：明灯物联科技股份有限公司　　地址：清河市高新区创业大道16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设市区主次干道智慧路灯管理平台，包括单灯控制器、集中控制器的供货安装，平台软件部署，与市政务云、数字城管平台及电力计量系统的对接，以及培训和质保期内的运维服务。
P:1.2 实施范围为中心城区37条道路共3,200盏路灯，施工组织须避开夜间照明高峰，不得影响道路通行安全。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，总价为人民币叁佰贰拾贰万元整（¥3,220,000），含设备、软件、运输、安装、调试、培训、税费及质保期内服务的全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|NB-IoT单灯控制器|3,200台|468|1,497,600
TB:2|集中控制器（含防雷箱）|86台|5,400|464,400
TB:3|智慧路灯管理平台软件永久许可|1套|680,000|680,000
TB:4|政务云部署、GIS一张图及系统对接定制开发|1项|326,000|326,000
TB:5|安装调试及旧灯具接线改造|1项|218,000|218,000
TB:6|培训|1项|34,000|34,000
TB:合计|||　|3,220,000
P:2.2 上表第1至3项为软硬件小计，计人民币2,642,000元，作为质保期满后维保费的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币644,000元。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的25%，计人民币805,000元。到货签收仅确认数量和外观，不代表设备质量及系统功能验收合格。
P:3.3 项目终验合格后，甲方支付合同总价的50%，计人民币1,610,000元。
P:3.4 余款合同总价的5%，计人民币161,000元，作为质量保证金，于质保期满且无未决质量问题后支付。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成全部安装调试并申请初验。
P:4.2 初验通过后进入试运行，试运行期为30日。
P:4.3 施工期间乙方应编制交通导改和高空作业安全方案，报甲方及交警部门备案；每个作业点须设置警示标志并安排专人看护，因施工造成的人身、车辆损害由乙方负责。
P:4.4 乙方应拆除的旧镇流器、旧控制箱等由乙方登记造册后交甲方指定仓库，不得自行处置。
H:第四条之一 甲方的配合义务
P:甲方负责协调各区路灯管理所提供灯杆台账、配电箱位置和电力计量数据接口，提供政务云资源及网络安全策略开通，并指定项目联系人。甲方未按时提供配合条件的，乙方工期相应顺延，但乙方应在三个工作日内书面提出。
H:第五条 验收
P:5.1 初验标准：（一）设备型号、数量与投标文件一致，出厂合格证齐全；（二）按路段抽取不少于5%的灯杆现场测试，远程开关灯、调光及电流电压采集均正常；（三）平台与政务云、数字城管平台、电力计量系统的接口联调通过，数据口径经甲方核对一致。
P:5.2 终验标准：试运行期内平台无一级故障，单灯指令执行成功率不低于98%，故障灯自动告警到达平台的时间不超过3分钟，节能统计报表经甲方确认；乙方提交竣工图、源代码、接口文档及运维手册。
P:5.3 甲方组织验收小组（可邀请行业专家）按本条标准出具书面验收报告。设备安装、系统上线或甲方开始使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件缺陷修复和版本升级。
P:6.2 质保期满后如甲方需要继续维保，年度维保费不超过软硬件小计的8%（即每年不超过人民币211,360元），该价格在质保期满后两年内保持不变，届时由双方另行签订维保合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前三日报甲方同意）。
P:7.2 一级故障（平台中断或整片区域路灯失控）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单条道路失控）2小时内响应，24小时内修复；单灯故障在巡检周期内修复。
P:7.3 一级故障每超过时限1小时，甲方有权扣减人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元，从质量保证金或维保费中抵扣。
H:第八条 数据安全
P:8.1 平台产生的路灯运行数据、能耗数据、点位坐标及视频截图等全部数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求部署系统，远程运维须经甲方审批并通过堡垒机进行，操作留痕。
P:8.3 发生数据泄露、篡改或网络安全事件时，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额承担。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络结构和账号口令负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的对接程序、GIS图层、报表及相关源代码和文档，知识产权归甲方所有，甲方可自行修改或委托第三方使用。平台标准产品的知识产权仍归乙方，乙方授予甲方永久使用许可。
P:10.2 乙方保证所交付的软硬件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条之一 培训
P:乙方应为甲方及各区路灯管理所提供不少于三期的集中培训，内容包括平台操作、策略配置、故障研判和日常巡检，并提交培训教材和考核记录，确保每个管理所至少两名人员能够独立操作。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十二条 分包与转包
P:12.1 本项目不允许分包，乙方不得将合同义务转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后15日内仍未纠正的，或逾期超过60日的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方据实协商延期或解除。
P:15.2 本合同附件包括：设备技术参数表、系统接口清单、验收测试方案、人员配置表。
P:15.3 本合同一式六份，甲乙双方各执二份，政府采购监督管理部门备案一份，采购代理机构一份，自双方签字盖章之日起生效。
P:甲方（盖章）：清河市城市管理局　　　　乙方（盖章）：明灯物联科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：　　年　　月　　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h285z02 — 啤酒厂 糖化车间控制系统 + 质保期后维保, .pdf; POST-WARRANTY-FEE, TCO-SERVICE-SHARE, LD-LOW
H285Z02 = """T:糖化车间自动控制系统采购及维保合同
P:合同编号：JQ-SB-2026-0415
P:买方（甲方）：金泉啤酒（宁安）有限公司，住所：宁安市经济开发区酿造路1号
P:卖方（乙方）：恒控工业自动化工程有限公司，住所：宁安市东城区科技园B座
P:鉴于甲方拟对糖化车间（四器组合，糖化、过滤、煮沸、回旋沉淀）实施自动化改造，乙方具备相应的系统集成能力，双方就控制系统的供货、实施、质保及质保期满后的维保服务达成如下条款，以资共同遵守。
H:1 合同标的
P:1.1 乙方向甲方提供糖化车间自动控制系统，包括DCS控制站及I/O柜、现场仪表、阀门岛及气动执行机构、批次管理与配方软件，并完成组态编程、安装调试、操作培训。
P:1.2 系统须实现麦汁制备全过程的配方下发、温度曲线控制、自动投料、CIP清洗联锁及批次记录追溯。
P:1.3 系统应保留现有麦芽粉碎和热水罐的手动操作方式作为备用，并预留与甲方在建发酵车间控制系统及工厂能源管理平台的通讯接口，接口协议由乙方在设计联络会上书面确认，所需的协议转换设备已包含在合同总价内。
H:2 合同价格
P:2.1 合同总价为人民币2,960,000元（大写：贰佰玖拾陆万元整），明细如下：
TB:项目|金额（元）
TB:DCS控制站及I/O柜（1套）|1,386,000
TB:现场仪表（流量计、温度、液位、浊度）|486,000
TB:阀门岛及气动执行机构|312,000
TB:批次管理及配方软件许可（永久）|358,000
TB:组态编程及联调|296,000
TB:安装及培训|122,000
TB:合计|2,960,000
P:2.2 前四项合计人民币2,542,000元，为本合同的软硬件价款。
H:3 付款
P:3.1 合同生效后15日内，甲方支付合同总价的10%，即人民币296,000元。
P:3.2 设备全部到达甲方现场并经双方签收后，甲方支付合同总价的35%，即人民币1,036,000元。签收不代表验收。
P:3.3 系统终验合格后，甲方支付合同总价的50%，即人民币1,480,000元。
P:3.4 其余5%即人民币148,000元作为质保金，质保期满后无息支付。
H:4 交货与实施
P:4.1 乙方应于合同生效后75日内将设备送达甲方糖化车间，并在甲方年度停产检修窗口内完成安装和冷态调试。
P:4.2 乙方应在热态投产前提交组态程序清单、联锁逻辑表和操作规程，经甲方工艺部门审核后方可投用。
P:4.3 改造期间涉及与发酵车间、动力车间的接口切换，乙方应提前三日提交切换方案，在甲方工艺人员在场时实施，不得影响发酵罐的正常温控。
P:4.4 现场施工须遵守甲方的食品安全和卫生管理制度：进入糖化车间的人员穿戴洁净工作服，焊接、打磨等作业须办理动火审批，与物料接触的传感器部件应具备食品级材质证明。
P:4.5 甲方负责提供施工用电、压缩空气、临时存放场地以及原有设备图纸，并安排工艺人员配合冷、热态调试。甲方延误的，工期相应顺延。
P:4.6 乙方应对甲方的糖化操作工、仪表维修工和工艺工程师分别进行培训，培训合计不少于十个工作日，并确保每班至少两名操作工经考核后能够独立完成配方切换和异常处理。
H:5 验收
P:5.1 终验应满足：连续生产20个批次无人工干预中断；糖化各段温度控制偏差不超过±0.5℃；麦汁浓度与配方设定值偏差不超过0.2°P；批次报表与实际投料记录逐项一致；CIP联锁测试全部通过。
P:5.2 终验由甲方生产、设备、质量部门共同签署验收证书。设备安装完成、系统投入生产或甲方支付任何款项，均不视为终验合格。
H:6 质量保证
P:6.1 系统质保期为十八个月，自终验合格之日起算。质保期内，因设备或软件本身原因出现的故障，乙方免费维修、更换并承担往返费用。
P:6.2 乙方应在终验前向甲方移交完整的技术资料，包括竣工图、仪表位号表、阀门动作顺序表、控制柜接线图、软件备份介质及各类设备的原厂说明书，资料不全的不予组织终验。
P:6.3 一级故障（导致糖化停产）乙方应在15分钟内电话响应，2小时内工程师到达现场；二级故障8小时内到场。乙方每迟到1小时，甲方可扣减人民币1,500元。
H:7 质保期满后的维保
P:7.1 质保期满后，乙方提供维保服务，包括一名驻厂工程师、每年两次停产检修配合、备品备件包干及软件升级。
P:7.2 维保年费为软硬件价款的26%，即每年人民币660,920元，在质保期满后的四年内固定不变，按季度支付。
P:7.3 驻厂工程师应每日巡检控制柜、仪表和阀门岛，每月提交设备状态报告及备件消耗清单，每季度对温度、流量仪表进行比对校准，校准记录交甲方质量部门存档。
P:7.4 维保期间的响应时限与本合同第6.3条相同。维保合同每次续签时另行协商，不自动续期。
H:8 违约责任
P:8.1 乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 甲方逾期付款的，按全国银行间同业拆借中心公布的贷款市场报价利率计付逾期利息。
P:8.3 乙方人员在甲方厂区违反安全生产或食品卫生规定造成事故的，由乙方承担全部责任，甲方有权要求乙方更换相关人员。
P:8.4 乙方交付的设备或软件不符合约定且经两次整改仍不合格的，甲方有权退货并要求返还已付款项。
H:9 数据与网络安全
P:9.1 系统中的工艺配方、批次记录、生产报表及全部运行数据属于甲方，乙方不得复制、带离或用于其他客户。
P:9.2 控制网络与办公网络物理隔离；乙方远程维护须经甲方逐次审批，在甲方人员监督下通过专用通道进行，结束后立即断开。
P:9.3 发生数据泄露、病毒感染或控制系统被非法操作的，乙方应在2小时内通知甲方并协助处置；因乙方原因导致的损失由乙方全部赔偿。
H:10 保密
P:10.1 乙方对甲方的配方、工艺参数及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:11 知识产权
P:11.1 乙方为本项目编写的组态程序、配方模板、联锁逻辑及报表，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改。
P:11.2 DCS系统软件及批次管理软件的标准产品著作权归原厂，甲方获得永久使用许可。
H:12 分包
P:12.1 现场仪表的安装可由乙方委托具备资质的单位实施，但须事先取得甲方书面同意；其他工作不得分包。
H:13 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内未改正的，甲方有权解除合同，乙方应退还相应款项并赔偿损失。
H:14 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁安仲裁委员会仲裁。
H:15 其他
P:15.1 因不可抗力导致不能按期履行的，受影响方应在事件发生后三日内书面通知对方，并在合理期限内提供证明；双方协商确定顺延期限。
P:15.2 双方的通知以书面形式送达本合同首页所列地址，或发送至双方项目负责人的电子邮箱，发出后次一工作日视为送达。
P:15.3 附件：附件一 设备清单及技术参数；附件二 控制系统功能规格书；附件三 终验测试方案；附件四 维保服务内容及备件清单。附件与正文具有同等效力。
P:15.4 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：金泉啤酒（宁安）有限公司（盖章）　　乙方：恒控工业自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：　　年　　月　　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h285z03 — 宠物美容连锁 (40 家门店) 预约及会员 SaaS + 实施, .md; AUTO-RENEWAL, DATA-OWNERSHIP, SLA-AVAILABILITY
H285Z03 = """T:门店预约及会员管理SaaS服务合同
P:合同编号：YQ-SaaS-2026-0288
P:甲方（客户）：萌宠派宠物美容连锁（成都）有限公司　统一社会信用代码：91510100MA6CXXXXXX
P:乙方（服务商）：云趣软件科技有限公司　住所：成都市武侯区天府三街199号
P:甲方在成都、德阳、绵阳经营40家宠物美容门店，拟统一使用线上预约、会员储值及美容师排班系统。乙方为SaaS服务提供商。双方经友好协商，订立本合同。
H:一、服务内容
P:（一）乙方通过其"宠约"SaaS平台向甲方提供门店预约、美容师排班、收银及会员储值、宠物档案、疫苗提醒和营销活动功能，账号数量不限。
P:（二）乙方为甲方提供实施服务：40家门店的系统开通、原有会员及储值余额的数据迁移、收银设备联调、店长及前台培训。
P:（三）乙方为甲方定制开发品牌预约小程序（含会员中心、在线预约、到店核销、美容前后照片推送）。
P:（四）平台应支持与甲方现用的团购核销渠道、聚合支付通道和电子发票服务对接，对接所需的接口开发已包含在实施服务费中；对接渠道方收取的手续费由甲方自行承担。
P:（五）乙方向甲方提供管理驾驶舱，按门店、美容师和服务项目统计预约量、到店率、客单价、储值消耗和复购情况，报表可按日、周、月导出。
H:二、服务期限
P:（一）订阅服务期为二十四个月，自双方签署上线验收单之日起计算。
P:（二）服务期满前三十日内任何一方未书面提出不再续约的，本合同自动续展二十四个月，可多次续展。
P:（三）每次续展时，乙方有权上调订阅单价，上调幅度不超过8%，乙方应在续展生效前以邮件或系统公告通知甲方。
H:三、费用
TB:项目|计费方式|金额（元）
TB:门店端订阅|40店 × 380元/店/月 × 24月|364,800
TB:总部管理端及会员营销模块|4,600元/月 × 24月|110,400
TB:实施服务|一次性|86,000
TB:品牌小程序定制开发|一次性|58,000
TB:合计||619,200
P:上述费用为含税价。甲方新增门店的，按每店每月380元另行计费。
H:四、付款
P:（一）订阅费按季度结算，每季度结束后10个工作日内，乙方开具发票，甲方支付该季度订阅费59,400元。
P:（二）实施服务费及小程序定制开发费合计144,000元，在上线验收合格后15个工作日内一次性支付。
P:（三）甲方无需预付任何费用。乙方开具的发票应为增值税专用发票，税率按国家规定执行；发票不合规的，甲方付款期限相应顺延。
H:五、上线与验收
P:（一）乙方应在合同签订后45日内完成全部门店上线。
P:（二）上线验收标准：40家门店均可正常预约、收银和核销；迁移后的会员数量、储值余额、剩余次卡与甲方原系统导出数据逐店核对一致；乙方提交的测试用例全部通过；小程序通过微信审核并正式发布。
P:（三）双方共同签署上线验收单。门店试用或部分门店先行使用，不视为验收合格。
P:（四）数据迁移期间，甲方原系统继续运行，乙方应在每家门店切换当晚完成增量数据补录，确保会员储值余额不出现差错；因迁移差错给会员造成的损失由乙方负责补偿。
H:六、甲方的责任
P:（一）甲方负责门店网络、收银电脑、扫码设备和小票打印机的日常可用，并为每家门店指定一名系统管理员。
P:（二）甲方应妥善保管后台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
P:（三）甲方通过系统向会员发送营销信息的，应事先取得会员同意，并遵守个人信息保护和广告方面的法律规定。
H:七、服务水平
P:（一）乙方保证平台月可用率不低于99.5%，每月计划维护不超过两次，且应安排在凌晨1点至6点之间。
P:（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，并持续处理至恢复；二级故障2小时内响应；一般问题在下一个工作日内答复。
P:（三）乙方提供7×24小时电话及在线客服，甲方新开门店的开通和培训在甲方通知后5个工作日内完成，不另行收费。平台功能版本更新应提前3日在后台公告，涉及收银和储值流程变化的，应事先与甲方确认并提供操作说明。
P:（四）月可用率每低于约定值0.5个百分点，乙方按当月订阅费的5%抵扣下期费用；一级故障未按时响应的，每次抵扣当月订阅费的2%。
H:八、数据
P:（一）甲方的会员信息、宠物档案、消费及储值记录等业务数据归甲方所有，甲方可随时通过后台导出。
P:（二）甲方同意，乙方可将上述数据进行去标识化和汇总处理后，用于宠物消费行业分析报告、平台产品改进，以及向乙方合作伙伴提供统计分析服务，本款约定在合同终止后继续有效。
P:（三）乙方采用加密存储和传输，按最小权限管理后台账号，平台所在云环境已完成等级保护三级备案。发生数据泄露或可能泄露时，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
P:（四）合同终止后30日内，乙方应向甲方交付全部业务数据的完整导出文件，并在甲方确认后删除其系统中的甲方数据。
H:九、保密
P:双方对在合作中知悉的对方商业秘密、价格、会员规模及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。乙方接触甲方数据的工作人员应签署保密承诺书，乙方对其人员的泄密行为承担责任。
H:十、知识产权
P:（一）"宠约"平台及其标准功能的知识产权归乙方所有。
P:（二）乙方为甲方定制开发的品牌小程序前端页面、设计稿及源代码归甲方所有，乙方应在上线验收时一并交付，甲方可自行修改或委托他人维护。
H:十一、违约责任
P:（一）乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金500元。
P:（二）乙方对本合同项下的累计赔偿责任，以本合同总金额的两倍为限，但因数据泄露或故意行为造成的损失不受此限。
P:（三）甲方逾期支付订阅费超过30日的，乙方可书面催告后暂停服务，但不得删除甲方数据。
H:十二、分包
P:平台运行所需的云计算资源由阿里云计算有限公司提供，甲方签署本合同即予认可；除此以外，乙方将任何服务委托第三方实施的，应事先取得甲方书面同意。
H:十三、合同解除
P:任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。乙方原因解除的，乙方应退还已付未使用期间的订阅费。
P:合同因任何原因终止的，乙方应给予甲方不少于60日的过渡期，过渡期内平台按原条件继续提供，并协助甲方将会员储值余额、次卡和预约数据迁移至甲方指定的新系统，过渡期费用按实际使用月份结算。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:（一）因不可抗力、电信运营商网络大面积故障或云服务商的重大事故导致服务中断的，乙方应及时通知甲方并尽力恢复，相应时间不计入可用率考核，但乙方应提交书面事故说明。
P:（二）双方指定的项目联系人及邮箱见附件，通过该邮箱发送的通知自发送之日起视为送达；联系人变更的，应提前书面告知对方。
P:（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：功能清单、小程序需求说明、实施计划、联系人名单。
P:甲方（盖章）：　　　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　　　日期：
"""


# ---------------------------------------------------------------------------------------------------------------
# h285z04 — 行政审批局 政务服务大厅 排队叫号及评价系统 年度运维 (政府采购 竞争性磋商), .txt; SLA-NO-REMEDY, SUBCONTRACT
H285Z04 = """T:政务服务大厅排队叫号及评价系统运维服务合同
P:项目名称：政务服务大厅排队叫号及"好差评"评价系统运维服务　　采购方式：竞争性磋商
P:合同编号：XPSP-YW-2026-06
P:采购人（甲方）：西坪区行政审批局
P:成交供应商（乙方）：鼎立信息技术服务有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件、成交通知书，经双方协商，就政务服务大厅排队叫号及评价系统的运维服务签订本合同。
H:第一条 服务范围
P:（一）运维对象：政务服务大厅一楼至三楼的排队叫号系统（取号机46台、窗口评价器120台、综合显示屏及窗口屏38块、语音播报设备）、"好差评"评价系统、预约取号小程序后台，以及与省一体化政务服务平台的数据接口。
P:（二）服务内容：驻场运维、设备巡检及维修、软件维护与版本升级、接口对接维护、备品备件供应、数据统计报送，以及大型活动和业务高峰期间的现场保障。
P:（三）服务期限：自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，不自动续期。
H:第二条 合同价款
P:合同总价为人民币肆拾陆万柒仟元整（¥467,000），为固定包干价，包括人工、交通、备品备件、税费等全部费用，分项如下：
TB:序号|服务内容|金额（元）
TB:1|驻场运维服务（工作日及周六上午驻场2人）|198,000
TB:2|设备巡检及维修|126,400
TB:3|软件维护、版本升级及接口对接维护|88,600
TB:4|备品备件包干|54,000
TB:合计||467,000
H:第三条 付款方式
P:（一）本合同不设预付款。服务费按季度支付，每季度服务期满且季度考核完成后，甲方在15个工作日内支付合同总价的25%，即人民币116,750元。
P:（二）乙方应在每次付款前提交季度运维报告和合法发票，收款账户以本合同签署页所载为准。季度运维报告应包括设备运行统计、故障清单及处理结果、备件消耗、评价数据上报情况和下季度工作计划。
P:（三）甲方因财政资金拨付原因延迟支付的，应提前书面告知乙方，乙方不得因此停止服务或降低服务质量。
H:第四条 人员要求
P:（一）乙方派驻大厅的运维人员应具备两年以上同类系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前十日书面报甲方同意，并做好工作交接。
P:（二）驻场人员应遵守大厅工作纪律，统一着装，工作时间为每个工作日8:30至17:30及周六上午，遇延时办理应留守至最后一位办事群众离开。
P:（三）乙方应每季度为大厅窗口工作人员和导办人员开展一次设备使用及常见故障处置培训，新进驻部门的窗口上线时，乙方负责完成叫号规则配置、评价器绑定和人员培训。
P:（四）乙方应建立运维工单台账，每一次报修、巡检和变更均须在工单系统中登记，记录报修时间、到场时间、处理过程和恢复时间，台账每月报甲方核对。
H:第五条 服务水平
P:（一）一级故障（整层或全大厅无法取号、叫号，或评价数据无法上报省平台）：乙方应在15分钟内响应，1小时内到达现场，3小时内恢复。
P:（二）二级故障（单台取号机、评价器或显示屏故障）：30分钟内响应，8小时内修复或更换备机。
P:（三）三级问题（报表、显示内容调整等）：2个工作日内完成。
P:（四）每逢月末、季末和节假日前后等业务高峰，乙方应增派一名工程师现场值守；甲方组织大型集中办理活动的，乙方应提前检查设备并编制应急预案，活动期间全程保障。
P:（五）乙方每月对全部设备巡检一次，每季度对系统进行一次安全检查和数据备份恢复演练，并提交书面记录。
P:（六）响应或修复超过上述时限的，乙方应在三个工作日内向甲方提交书面情况说明及整改措施。季度考核结果作为甲方评价乙方履约情况的依据，不与服务费支付挂钩，甲方不因超时扣减服务费。
H:第六条 考核与验收
P:（一）甲方每季度按照磋商文件所附考核表对乙方进行考核，考核内容包括巡检记录完整性、故障处理及时率、设备完好率、群众投诉情况和报表报送。
P:（二）服务期满前，甲方组织期末验收。验收标准：全部设备完好率不低于98%；全年巡检、故障处理和备份记录完整；系统运行报告、配置文档和操作手册齐全；乙方已完成向甲方或甲方指定的后续服务单位的交接。
P:（三）期末验收未通过的，乙方应在15日内整改并申请复验，最后一期服务费在验收合格后支付。验收时甲方可邀请政务服务管理部门和第三方专业人员参加。
H:第七条 数据安全
P:（一）系统中的办事群众姓名、身份证号、手机号、取号记录、评价内容等数据属于甲方，乙方仅可为履行运维服务使用，不得复制、留存、对外提供或用于任何其他目的。
P:（二）乙方应遵守网络安全等级保护制度，运维操作须在甲方内网通过堡垒机进行，严禁私接外网设备和使用移动存储介质拷贝数据。
P:（三）发生数据泄露、丢失或网络安全事件的，乙方应在2小时内报告甲方，并配合开展调查处置；因乙方原因造成损失或不良影响的，乙方承担全部法律责任和赔偿责任。
H:第八条 保密
P:乙方及其人员对服务中接触的政务信息、群众个人信息和系统账号口令负有保密义务，服务期满或合同解除后仍应保密。乙方应与派驻人员签订保密协议，报甲方备案。
H:第九条 知识产权
P:运维期间乙方编写的巡检脚本、统计报表模板、配置文档及运维知识库归甲方所有，甲方可自行使用、修改或交给后续服务单位使用。乙方使用的通用运维工具软件，其知识产权仍归乙方或原权利人，乙方保证已取得合法授权。
H:第十条 分包
P:综合显示屏的维修，乙方可交由设备原厂或第三方维修机构实施，但应提前五个工作日书面告知甲方。乙方对分包部分的服务质量承担全部责任。维修单位人员进入大厅作业，须由乙方驻场人员全程陪同并登记。
H:第十一条 违约责任
P:（一）乙方未在甲方书面通知规定的期限内完成系统版本升级或省平台接口改造任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方人员违反大厅纪律造成群众投诉并经核实的，乙方应在五个工作日内整改，情节严重的，甲方有权要求更换人员。
P:（三）甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十二条 合同解除
P:乙方出现重大违约，包括擅自撤离驻场人员、泄露数据或经两次书面通知仍未整改的，甲方有权解除合同，并按实际服务期结算费用，乙方应赔偿甲方因此产生的损失。合同解除后，乙方仍应履行本合同第七条、第八条约定的义务。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:（一）本合同未尽事宜，按照磋商文件、响应文件及双方书面补充协议执行。
P:（二）乙方在服务期内应配合甲方完成上级部门组织的网络安全检查、政务服务评估和审计，按要求提供运维记录和说明材料，不另收费用。
P:（三）服务期满或合同解除时，乙方应在十个工作日内向甲方移交全部账号、口令、配置文件、备品备件清单和未完成事项清单，并配合后续服务单位完成为期两周的过渡交接。
P:（四）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：西坪区行政审批局　　　　乙方（盖章）：鼎立信息技术服务有限公司
P:负责人或委托代理人：　　　　　　　　　法定代表人或委托代理人：
P:签订日期：　　年　　月　　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h285z05 — 豆瓣酱 maker MES licence + custom development, supplier's own template, .md; ten findings
H285Z05 = """T:天枢智造MES系统软件许可及实施合同（标准文本 TS-MES-V4.0）
P:本合同文本由天枢智造软件有限公司制定，适用于天枢MES产品的销售与实施项目。
P:甲方（用户）：川味源食品有限公司（住所：成都市郫都区安德街道豆瓣路66号）
P:乙方（供方）：天枢智造软件有限公司（住所：西安市高新区锦业路12号）
P:甲方为豆瓣酱生产企业，拟建设覆盖原料仓储、发酵晒露、调配灌装和质量追溯的生产执行系统。乙方为天枢MES产品的著作权人。双方根据《中华人民共和国民法典》，就MES系统的软件许可和实施事宜达成如下协议。
H:第一条 定义
P:1.1 "标准软件"指乙方享有著作权的天枢MES标准产品，包括生产执行、质量追溯、仓储管理和设备管理模块。
P:1.2 "定制开发"指乙方根据甲方需求为本项目开发的功能，包括晒露发酵周期管理、翻晒与打耙任务派工、辣椒及蚕豆批次追溯二维码、发酵池温湿度看板。
P:1.3 "上线"指系统在甲方生产环境中部署完毕并开始用于实际生产业务。
H:第二条 合同内容及价款
P:2.1 乙方向甲方提供标准软件许可、定制开发、设备数据采集接口开发及实施服务。
TB:序号|内容|金额（元）
TB:1|天枢MES标准软件许可（单工厂，不限用户数）|520,000
TB:2|发酵工艺定制开发|386,000
TB:3|设备数据采集接口（灌装线、杀菌釜、发酵池传感器）|148,000
TB:4|实施服务（需求调研、部署、培训、上线支持）|96,000
TB:合计||1,150,000
P:2.2 合同总价为人民币壹佰壹拾伍万元整（¥1,150,000），含增值税。
P:2.3 甲方需要增加工厂、模块或超出需求说明书范围的功能的，应另行签订补充协议并支付费用。
P:2.4 系统运行所需的服务器、数据库、操作系统、工业网关、扫码枪、标签打印机及网络设备由甲方自行采购，乙方可提供配置建议，但不对上述软硬件的质量和兼容性承担责任。
H:第三条 付款方式
P:3.1 本合同签订后7个工作日内，甲方向乙方支付合同总价的50%，即人民币575,000元；乙方收到该款项后启动项目。
P:3.2 系统上线后7个工作日内，甲方支付合同总价的50%，即人民币575,000元。
P:3.3 甲方逾期付款的，应按贷款市场报价利率向乙方支付逾期利息，且乙方有权暂停实施和技术服务，由此造成的工期延误由甲方负责。
P:3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税专用发票。
H:第四条 实施
P:4.1 乙方根据双方确认的实施计划开展工作，计划工期为合同签订后120日，乙方将尽力按计划完成。
P:4.2 甲方应按乙方要求提供需求资料、基础数据、服务器及网络环境，并指派关键用户全程参与。因甲方资料提供不及时、需求变更或现场条件不具备导致的延误，工期相应顺延。
P:4.3 需求说明书经甲方签字确认后，甲方再提出变更的，应另行计费并重新确定工期。
P:4.4 乙方为甲方的关键用户、车间班组长和系统管理员提供上线前培训，培训以乙方标准课件为主，合计不超过六个工作日；超出部分按乙方人天单价另行结算。
P:4.5 乙方实施人员在甲方现场工作期间，甲方应提供办公场所、网络和必要的生活便利，并告知其厂区安全和食品卫生要求。
P:4.6 甲方应在乙方提出后3个工作日内完成基础数据核对、测试结果确认等事项，甲方逾期确认的，视为确认。
H:第五条 上线与验收
P:5.1 乙方完成部署和培训后通知甲方上线。系统上线运行，即视为甲方验收合格。
P:5.2 乙方通知上线后，甲方在7日内未提出书面异议或已开始使用系统的，亦视为验收合格。
H:第六条 免费维护
P:6.1 乙方提供自上线之日起六个月的免费维护服务，包括软件缺陷修复、远程技术支持和一次现场回访。
P:6.2 免费维护期内，甲方报告的紧急故障（影响灌装线生产）乙方在24小时内响应，一般故障在3个工作日内响应。乙方未能在上述时限内响应或解决的，不承担扣款、赔偿或违约责任。
P:6.3 因甲方自行修改配置、操作不当、硬件或网络故障引起的问题，不属于免费维护范围，乙方可按人天收费处理。
H:第七条 维保服务
P:7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订年度维保合同，维保费用按乙方当年度公布的服务价格标准执行。
P:7.2 未签订维保合同的，乙方不再提供远程支持和版本升级。
P:7.3 免费维护期内的现场服务，乙方人员的差旅和食宿费用由甲方承担。
H:第八条 知识产权
P:8.1 标准软件的著作权归乙方所有，甲方获得在本合同约定工厂范围内的非独占、不可转让的使用许可。
P:8.2 乙方在本项目中完成的定制开发功能、接口程序、工艺模型、报表及相关源代码和文档，其知识产权均归乙方所有，甲方仅享有与标准软件相同范围的使用权，不得自行或委托第三方修改、反编译或向第三方提供。
P:8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。
P:8.4 甲方不得将系统用于本合同约定工厂以外的生产场所，新增工厂的应另行购买许可。
H:第九条 数据
P:9.1 甲方在系统中录入和产生的业务数据由甲方使用。
P:9.2 为持续优化产品，甲方同意乙方可在去除企业名称等标识信息后，将甲方的发酵工艺参数、质量检测数据和设备运行数据用于乙方调味品行业工艺模型的训练，以及乙方其他产品和服务的开发。
P:9.3 乙方对远程维护过程中接触的甲方数据采取访问控制和日志记录等安全措施，发现数据泄露的，应及时通知甲方；因乙方故意或重大过失导致甲方数据泄露的，乙方承担相应赔偿责任。
P:9.4 合同终止后，甲方可在30日内通过系统导出功能自行导出业务数据，逾期乙方不再保留。
H:第十条 保密
P:10.1 双方对在合同履行中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律要求披露的除外。保密期限为合同终止后三年。
H:第十一条 违约责任
P:11.1 任何一方违反本合同约定的，应承担相应的违约责任，赔偿对方由此遭受的直接损失。
P:11.2 乙方在本合同项下的全部赔偿责任累计不超过本合同总价的20%，且乙方不对甲方的利润损失、停产损失、产品召回等间接损失承担责任。
H:第十二条 合同解除
P:12.1 一方严重违反本合同且在对方书面通知后30日内未纠正的，守约方有权解除本合同。
P:12.2 合同解除时，乙方已完成的工作及已交付的软件许可不予退还对应款项。
P:12.3 甲方无正当理由单方解除本合同的，已支付款项不予退还，并应支付剩余未付款项。
H:第十三条 争议解决
P:13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力、政府行为、网络运营商故障或第三方软硬件缺陷导致乙方不能履行或延迟履行的，乙方不承担责任。
P:14.2 双方往来通知以电子邮件发送至本合同所列联系人邮箱即视为送达。
P:14.3 本合同经双方盖章后生效，一式两份，双方各执一份。
P:14.4 本合同附件：需求说明书、实施计划、标准软件功能清单。附件与本合同不一致的，以本合同为准。
P:甲方（盖章）：川味源食品有限公司　　　　乙方（盖章）：天枢智造软件有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　　　　　　日期：
"""


# ---------------------------------------------------------------------------------------------------------------
# h285e01 — Suzhou embroidery studio, pattern-design software perpetual licences, Italian vendor (Isola Bisce), .pdf;
# GOVERNING-LAW only (low)
H285E01 = """T:Software Licence and Services Agreement
P:Agreement No. BRD-CN-2026-031
P:This Agreement is made between Suzhou Jinzhen Embroidery Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 58 Zhenhu Street, Huqiu District, Suzhou, Jiangsu Province (the "Customer"), and Bisce Ricami Digitali S.r.l., a company incorporated in Italy with its registered office at Via del Faro 3, Isola Bisce, Sardinia, Italy (the "Vendor").
P:Background. The Customer designs and produces hand and machine embroidery for fashion houses, hotels and museums. It wishes to replace its ageing design workstations with the Vendor's Ricamo Studio Pro pattern-design software, to convert its archive of legacy stitch files and to train its designers. The Vendor has agreed to supply the software and services on the terms below. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Ricamo Studio Pro version 11, the Digitiser Module and the Thread Library and Stitch Simulation add-on, in object code, with their user documentation.
P:1.2 "Conversion Services" means the conversion of the Customer's legacy pattern files into the Software's native format, the colour calibration of the Customer's monitors and embroidery machines, and the creation of the Customer's design templates.
P:1.3 "Deliverables" means the converted pattern files, the design templates, the colour profiles and the conversion reports produced for the Customer.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the number of named users set out in Schedule 1, at the Customer's premises in Suzhou and on the laptops its designers take to client fittings.
P:2.2 The Vendor shall install the Software on the Customer's workstations, perform the Conversion Services for approximately 1,800 legacy pattern files, and deliver three days of on-site training to the Customer's designers and machine operators.
P:2.3 The Customer may transfer a named-user licence from one designer to another, or from one workstation to another, by notice to the Vendor, without charge.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 820,000, inclusive of Chinese value-added tax and of any withholding tax, as itemised in Schedule 1:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Ricamo Studio Pro named-user perpetual licence|14|38,500|539,000
TB:Digitiser Module perpetual licence|2|64,000|128,000
TB:Thread Library and Stitch Simulation add-on|6|9,800|58,800
TB:Licence Subtotal|||725,800
TB:Installation, colour calibration and Conversion Services|1|76,200|76,200
TB:On-site training (three days)|1|18,000|18,000
TB:Contract Price|||820,000
P:3.2 The Contract Price is fixed. It includes travel, accommodation and all other expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoices:
P:(a) 20% (CNY 164,000) within 20 days after signature of this Agreement;
P:(b) 45% (CNY 369,000) within 20 days after the Software has been installed on all workstations and the Customer has signed the installation record; the installation record confirms delivery only and is not acceptance;
P:(c) 35% (CNY 287,000) within 20 days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within 30 days after signature, and complete the Conversion Services and training within 75 days after signature.
P:5.2 Final Acceptance tests shall show that: (a) all licences are activated and every named user can open, edit and save designs; (b) a sample of 200 converted pattern files chosen by the Customer opens without error and stitches out on the Customer's machines with no visible difference from the originals in density, stitch direction or colour sequence; (c) colour calibration gives a colour difference of no more than 2.0 Delta E between screen and thread chart; (d) the design templates match the specification agreed in writing.
P:5.3 If a test fails, the Vendor shall correct the failure and repeat the test within ten days. The Customer shall issue the Final Acceptance certificate within five working days after all tests are passed. Installation, productive use of the Software or any payment is not Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants for eighteen (18) months from Final Acceptance that the Software will perform materially in accordance with its documentation and that the Deliverables conform to Article 5.2. During this warranty period the Vendor shall correct any defect, supply patches and new minor versions, and provide support under Article 7, free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software cannot start, or designs cannot be saved or exported to the embroidery machines. Severity 2: an important function is impaired but a workaround exists. Severity 3: cosmetic faults and questions.
P:6.3 For Severity 1 faults the Vendor shall respond within two (2) hours during the Customer's business hours (Beijing time) and provide a fix or workaround within one business day; Severity 2 faults are answered within eight business hours and Severity 3 within three business days. For every full hour by which a Severity 1 response is late, the Vendor shall pay or credit CNY 600.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Customer may order annual support, which includes the services described in Article 6, new major versions and remote assistance by Chinese-speaking staff.
P:7.2 The annual support fee is 11% of the Licence Subtotal, that is CNY 79,838 per year. It shall not change during the first three support years. Any later change must be agreed in writing and may not exceed 3% over the previous year's fee.
P:7.3 Support is ordered by the Customer's purchase order for each support year and does not renew automatically.
H:Article 8 Delay
P:8.1 If the Vendor fails to complete installation, the Conversion Services or training by the dates in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:8.2 If the delay exceeds 45 days, the Customer may also terminate this Agreement under Article 13.
H:Article 9 Customer Data and Designs
P:9.1 The Customer's designs, pattern files, client artwork and all other data processed with the Software ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, copy, publish or use it for any other purpose, including for training or demonstration.
P:9.2 The Vendor shall carry out the Conversion Services at the Customer's premises or, where remote work is needed, through a connection opened by the Customer for each session, using accounts with strong passwords and multi-factor authentication. No Customer Data may be stored on the Vendor's own devices after the session.
P:9.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in containing it, and be liable for all loss caused by its breach of this Article.
P:9.4 The Vendor shall comply with the applicable Chinese laws on data and personal information when handling Customer Data and shall not transfer any Customer Data outside China.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Vendor and its licensors.
P:10.2 All Deliverables, including the converted pattern files and the design templates, belong to the Customer from their creation. The Customer may use, modify, license and sell them freely.
P:10.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's rights.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Customer's unreleased designs and client names, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to breach of Articles 9 or 11, infringement claims under Article 10.3, death or personal injury, or fraud.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Software.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules, by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and sent by courier or e-mail to the addresses on the first page.
P:16.3 This Agreement is signed in two counterparts in English, one for each party.
P:Schedule 1: Price and named users. Schedule 2: Acceptance test plan. Schedule 3: Support terms.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:                           Name and title:
"""


# ---------------------------------------------------------------------------------------------------------------
# h285e02 — Lijiang guesthouse group booking SaaS, Order Form + General Terms, French vendor (Île de Kéller), .txt;
# SLA-MISSING, SLA-RESPONSE (unstated), PREPAYMENT
H285E02 = """T:ORDER FORM — KÉLLER STAY CLOUD BOOKING PLATFORM
P:Order Form No. KH-APAC-26-0917, issued under and incorporating the Kéller Stay General Terms attached below (the "General Terms"). This Order Form and the General Terms together form the "Agreement".
P:Provider: Kéller Hospitalité SAS, a French simplified joint-stock company with its registered office at 2 Quai du Sémaphore, Île de Kéller, Finistère, France ("Provider").
P:Customer: Lijiang Yunshan Guesthouse Management Co., Ltd., 21 Xinyi Street, Gucheng District, Lijiang, Yunnan Province, People's Republic of China ("Customer").
P:Order Effective Date: the date of the last signature below.
H:A. Services Ordered
P:A.1 Subscription to the Kéller Stay cloud booking platform for 18 guesthouse properties operated by Customer in Lijiang old town, Shuhe and Baisha, including the property management system, the direct-booking engine for Customer's website and WeChat mini-program, housekeeping and room-status boards, guest messaging and the reporting dashboard.
P:A.2 The Channel Manager add-on, connecting Customer's room inventory and rates to the online travel agencies listed in Annex 1.
P:A.3 Onboarding: configuration of 18 properties and their room types, rate plans and policies; migration of future reservations, guest profiles and deposits from Customer's current system; branded booking-page templates and guest e-mail templates designed to Customer's brand guide; remote training of front-desk staff and two on-site training days in Lijiang.
H:B. Subscription Term
P:B.1 The Subscription Term is twenty-four (24) months from the Subscription Start Date, which is the date of Go-Live Acceptance under section D.
P:B.2 This Order Form expires at the end of the Subscription Term and does not renew automatically. Any further subscription requires a new Order Form signed by both parties.
H:C. Fees and Invoicing
P:C.1 All fees are stated and payable in Chinese yuan (CNY) at Customer's request and include Chinese value-added tax.
TB:Item|Basis|Amount (CNY)
TB:Property subscriptions|18 properties x CNY 1,150 per property per month x 24 months|496,800
TB:Channel Manager add-on|CNY 2,400 per month x 24 months|57,600
TB:Onboarding (one-time)|fixed|45,600
TB:Total fees under this Order Form||600,000
P:C.2 Invoicing schedule. Instalment 1: CNY 322,800, being one half of the subscription and add-on fees for the Subscription Term (CNY 277,200) plus the Onboarding fee (CNY 45,600), invoiced on the Order Effective Date and payable within 10 days; Provider will not begin onboarding or provision any user account until Instalment 1 is received. Instalment 2: CNY 277,200, invoiced on the first anniversary of the Subscription Start Date and payable within 30 days.
P:C.3 Additional properties may be added at CNY 1,150 per property per month for the rest of the Subscription Term by a written change order.
H:D. Onboarding and Go-Live Acceptance
P:D.1 Provider shall complete onboarding within 50 days after receipt of Instalment 1 (the "Target Go-Live Date").
P:D.2 Go-Live Acceptance requires that: (a) all 18 properties are live with correct room types, rates and policies; (b) the migrated future reservations, guest profiles and deposits reconcile with the export from Customer's current system, property by property; (c) a test booking made through each connected travel agency and through the direct-booking engine appears correctly in the property management system within the agreed synchronisation cycle; (d) the branded templates are approved by Customer. Customer shall sign a Go-Live Acceptance certificate within five business days after these criteria are met. Use of the platform by front-desk staff during parallel running is not Go-Live Acceptance.
P:D.3 If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 450 for each day of delay, up to a total of CNY 27,000.
P:Signed for Provider: ____________________  Name / Title: ____________________  Date:
P:Signed for Customer: ____________________  Name / Title: ____________________  Date:
H:KÉLLER STAY GENERAL TERMS (edition for customers in the People's Republic of China)
H:1. The Service
P:1.1 Provider will make the Service available to Customer's authorised users over the internet and will use commercially reasonable efforts to keep it available twenty-four hours a day, seven days a week, except for scheduled maintenance announced in the platform and for events outside Provider's reasonable control.
P:1.2 Support is provided in English and Chinese through the ticket desk in the platform and by e-mail during Provider's business hours in Paris. Provider will respond to tickets as soon as reasonably practicable and will use reasonable endeavours to resolve urgent issues promptly.
P:1.3 Provider may improve and update the Service from time to time, provided that it does not materially reduce the functions listed in the Order Form.
H:2. Customer Responsibilities
P:2.1 Customer is responsible for its users' conduct, for keeping log-in credentials secure, for the accuracy of the rates and availability it publishes, and for its own contracts with travel agencies and payment processors.
P:2.2 Customer shall obtain any consents needed from its guests for the processing of their personal information in the Service, as required by the Personal Information Protection Law.
H:3. Customer Data
P:3.1 All reservations, guest profiles, rates, messages and other data entered into or generated by the Service for Customer ("Customer Data") belong to Customer. Provider may use Customer Data only to provide the Service to Customer and for no other purpose.
P:3.2 Customer Data is hosted in mainland China on the cloud infrastructure named in Annex 2 and is not transferred outside mainland China. Provider's staff in France have no access to Customer Data except through a support session that Customer opens for a specific ticket.
P:3.3 Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access on a least-privilege basis and keeps access logs for at least six months.
P:3.4 Provider shall notify Customer within 48 hours after becoming aware of any security incident affecting Customer Data, give Customer the information it needs to meet its own legal duties, and bear the costs and losses resulting from an incident caused by Provider's breach of this section 3.
P:3.5 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard export format and then delete it, and confirm the deletion in writing.
H:4. Sub-processors and Subcontractors
P:The hosting provider named in Annex 2 is approved by Customer's signature of the Order Form. Provider shall not engage any other sub-processor or subcontractor for the Service without Customer's prior written consent, and remains responsible for the acts of those it engages.
H:5. Intellectual Property
P:5.1 The Service, its software and documentation remain Provider's property. Customer receives the right to use the Service during the Subscription Term.
P:5.2 The branded booking-page templates, guest e-mail templates and configuration designed for Customer during onboarding belong to Customer, which may use, modify and have them used by others without restriction, including after the Agreement ends.
H:6. Confidentiality
P:Each party shall keep the other's confidential information, including prices, business plans and the terms of this Agreement, secret, use it only for the Agreement and disclose it only to staff and advisers who need to know it. This obligation lasts for three years after the Agreement ends.
H:7. Acceptable Use and Suspension
P:7.1 Customer shall not use the Service to send unsolicited marketing messages, to publish unlawful content, or to probe or overload the platform, and shall not resell access to third parties.
P:7.2 Provider may suspend access of an individual user account that is being used in breach of section 7.1, after notifying Customer and giving Customer a reasonable chance to stop the misuse. Provider shall restore access as soon as the misuse has ended. Suspension does not affect the fees payable.
H:8. Force Majeure
P:Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action, or failures of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to limit the effects. If such an event prevents performance for more than 60 days, either party may terminate the Agreement by written notice, and Provider shall refund any prepaid fees for the period after termination.
H:9. Warranties
P:Provider warrants that the Service will perform materially as described in its documentation and that the onboarding will be carried out with reasonable skill and care by suitably qualified staff.
H:10. Liability
P:10.1 Each party's total liability under the Agreement is limited to 150% of the total fees under the Order Form.
P:10.2 This limit does not apply to liability under sections 3 and 6, death or personal injury, or wilful misconduct.
H:11. Termination
P:11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.
P:11.2 If Customer terminates under section 11.1, Provider shall refund the fees paid for the period after termination.
H:12. Governing Law and Disputes
P:The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The arbitral award is final and binding on both parties.
H:13. General
P:13.1 If the Order Form and these General Terms conflict, the Order Form prevails. Neither party may assign the Agreement without the other's written consent.
P:13.2 The English version of the Agreement is signed; a Chinese translation is provided for convenience, and both parties have reviewed it.
P:Annex 1: Connected travel agencies. Annex 2: Hosting provider and data location (Tencent Cloud, Chengdu region).
"""


# ---------------------------------------------------------------------------------------------------------------
# h285e03 — Ningxia goji farm irrigation and frost sensors, German integrator (Insel Bärwinkel), buyer's paper, .docx;
# compliant
H285E03 = """T:Purchase Contract for Field Irrigation Control and Frost Monitoring System
P:Contract No. NXHY-PC-2026-009
P:Buyer: Ningxia Hongyuan Goji Agriculture Co., Ltd., Kuanhe Town, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Bärwinkel Agrartechnik GmbH, Hafenstraße 7, Insel Bärwinkel, Federal Republic of Germany, acting through its project office in Yinchuan (the "Supplier").
P:Recitals. The Buyer grows goji berries on 3,600 mu of drip-irrigated plantation along the Yellow River. Late spring frosts and uneven irrigation have cost the Buyer part of its first harvest in recent seasons. Following its tender No. NXHY-2026-T02, the Buyer has selected the Supplier to supply, install and commission a soil-moisture, frost-monitoring and irrigation-control system. This Contract is the Buyer's standard purchase contract; all prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Annex A, install and calibrate them in the Buyer's plantation blocks 1 to 9 and in the pump house, configure the frost-alert rules and irrigation schedules, integrate the valve controllers with the existing pump-house control cabinet, and train the Buyer's staff.
P:1.2 The system shall measure soil moisture at two depths in every irrigation zone, measure air temperature and humidity at canopy height, forecast frost risk from the weather stations, warn the Buyer's duty staff by SMS, voice call and app notification, and open or close the irrigation valves by schedule, by rule or by manual command from the platform.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,480,000, including value-added tax, import duties, transport to site, installation, calibration, configuration, training and the warranty services in Section 6. The price is fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture sensor node (two depths)|240|1,860|446,400
TB:2|Frost station, air temperature and humidity|36|6,450|232,200
TB:3|LoRaWAN gateway with solar power kit|12|8,900|106,800
TB:4|Solenoid valve controller|180|1,240|223,200
TB:5|Automatic weather station|2|38,500|77,000
TB:6|Farm monitoring platform, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,253,600
TB:7|Installation and calibration|1|124,600|124,600
TB:8|Frost-alert rules and pump-house integration|1|81,800|81,800
TB:9|Training|1|20,000|20,000
TB:|Contract Price|||1,480,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 148,000) within 15 days after signature, against the Supplier's bank guarantee for the same amount, valid until the Installation Certificate.
P:3.2 55% of the Contract Price (CNY 814,000) within 15 days after the Installation Certificate, which the Buyer issues when all equipment is installed and powered. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 518,000) within 15 days after the Final Acceptance Certificate.
P:3.4 The Supplier shall issue a special VAT invoice before each payment.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse within 40 days after signature and complete installation before 20 April, so that frost protection is active for the flowering period.
P:4.2 Trenching and cable laying shall follow the Buyer's planting rows and shall not damage the roots or the drip lines. Any damage to plants or irrigation pipes caused by the Supplier shall be repaired or compensated at the Buyer's standard rates.
P:4.3 The Supplier is responsible for export and import formalities, customs clearance and the radio-equipment type approvals required in China for the gateways and sensor nodes, and shall deliver copies of these approvals with the equipment. Equipment shall be packed to withstand road transport and storage in an unheated warehouse.
P:4.4 The Supplier shall keep a stock of spare sensor nodes, valve controllers and one spare gateway in Zhongning County throughout the warranty period, and shall replenish it within ten days after any part is used.
P:4.5 The Buyer shall provide access to the plantation, power in the pump house, the drawings of the existing control cabinet, and a staff member to accompany the installation teams.
H:Section 5 Acceptance
P:5.1 After installation the system enters a test run of 21 days. Final Acceptance requires that: (a) at least 98% of sensor nodes report on every day of 15 consecutive days; (b) each valve controller opens and closes its valve on command from the platform, verified zone by zone with the Buyer's staff; (c) in a frost-alert drill the warning reaches the duty staff by SMS, voice call and app within three minutes after the threshold set by the Buyer is crossed; (d) moisture readings agree with the Buyer's reference measurements within the tolerance in Annex B; (e) as-built drawings, the device register and manuals in Chinese are delivered.
P:5.2 The Buyer issues the Final Acceptance Certificate within seven days after all criteria are met. Installation, use of the system during the test run, or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is twenty-four (24) months from the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective equipment, including sensors damaged by normal field conditions, and provide software updates, free of charge.
P:6.2 Critical faults are faults that stop frost alerts or valve control for a whole block. The Supplier shall respond to a critical fault within one (1) hour at any time of day during the frost and irrigation season from March to October, and restore service within 24 hours, using spare parts held in Zhongning. Other faults are answered by the next working day and fixed within three working days.
P:6.3 The monitoring platform shall be available at least 99.95% of each month, excluding maintenance agreed with the Buyer in advance.
P:6.4 For each hour by which the response to a critical fault is late, the Supplier shall pay CNY 800. For each 0.01 percentage point by which monthly availability falls below the commitment in 6.3, the Supplier shall pay CNY 1,000. These amounts may be deducted from any payment due.
P:6.5 After the warranty period the Buyer may order annual support on the terms of 6.1 to 6.4. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 112,824 per year, fixed for three years after the warranty period. Support is ordered each year by a written order and does not renew automatically.
H:Section 7 Delay
P:7.1 If the Supplier fails to complete installation or to achieve Final Acceptance on time, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:7.2 If installation is not complete by 20 May, the Buyer may terminate the Contract under Section 12 and claim its losses.
H:Section 8 Buyer Data and Security
P:8.1 All measurements, alerts, irrigation records, field maps and other data collected or generated by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it.
P:8.2 The platform is installed on the Buyer's own cloud account in the Ningxia region. The Supplier's remote access requires the Buyer's approval for each session, individual accounts and multi-factor authentication, and is logged.
P:8.3 The Supplier shall report any unauthorised access to or loss of Buyer Data within 12 hours, help to contain it, and compensate the Buyer for all losses caused by the Supplier's breach of this Section.
H:Section 9 Confidentiality
P:The Supplier shall keep confidential the Buyer's field maps, yields, production plans, prices and other non-public information, use it only for this Contract and not disclose it to any third party without the Buyer's prior written consent, during the Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The configuration, frost-alert rules, irrigation schedules, integration programs for the pump-house cabinet and all documents prepared for the Buyer under this Contract belong to the Buyer, which may use and modify them freely and have them maintained by others.
P:10.2 The platform software and device firmware remain the property of the Supplier or its licensors, and the Buyer receives a perpetual licence to use them.
H:Section 11 Liability and Subcontracting
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Sections 8 and 9.
P:11.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or in the case described in 7.2. On termination the Supplier shall refund the amounts paid for work not accepted.
H:Section 13 Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 14 Miscellaneous
P:This Contract is made in Chinese and English, both equally authentic, in four originals, two for each party. Annex A (equipment list and specifications) and Annex B (acceptance test plan and tolerances) form part of this Contract.
P:Buyer: Ningxia Hongyuan Goji Agriculture Co., Ltd.    Supplier: Bärwinkel Agrartechnik GmbH
P:Authorised signature: ____________________    Authorised signature: ____________________
P:Date:                                        Date:
"""


# ---------------------------------------------------------------------------------------------------------------
# h285e04 — Wuxi textile-machinery maker, managed SOC service, Scottish provider (Eilean Ighe), .md;
# CONFIDENTIALITY, TERMINATION, LIABILITY-CAP
H285E04 = """T:Managed Security Operations Services Agreement
P:Reference: ICD/MSOC/2026/044
P:Parties
P:(1) Wuxi Huaxin Textile Machinery Co., Ltd., 1288 Xida Road, Xinwu District, Wuxi, Jiangsu Province, People's Republic of China ("Customer"); and
P:(2) Ighe Cyber Defence Ltd, a company registered in Scotland with its registered office at The Old Pier House, Eilean Ighe, Arisaig, Scotland, acting through its delivery centre in Shanghai ("Provider").
P:Background
P:(A) Customer makes spinning and weaving machinery in two plants in Wuxi and runs an ERP system, a product-lifecycle system, a remote-service portal for machines installed at its clients' mills, and an office network of about 1,600 users.
P:(B) After a ransomware attempt on one of its plants, Customer wishes to obtain round-the-clock monitoring, detection and response services. Provider operates a security operations centre and has agreed to provide those services on the terms of this Agreement. All charges are stated in Chinese yuan (CNY) at Customer's request.
H:1. Definitions
P:1.1 "Services" means the onboarding and the managed security operations services described in Clause 2 and Schedule 1.
P:1.2 "Customer Data" means all logs, alerts, network flow records, endpoint telemetry, vulnerability scan results, incident records and other data of Customer that Provider collects or accesses in providing the Services.
P:1.3 "Incident" means a security event that Provider's analysts confirm as malicious or as a policy violation. Incidents are classified P1 to P4 under Schedule 2.
P:1.4 "Service Commencement Date" means the date stated in the Service Commencement Certificate issued under Clause 4.
H:2. Services
P:2.1 Onboarding: deployment of a log-collection and analytics platform in Customer's data centre in Wuxi; connection of the log sources listed in Schedule 1 (firewalls, domain controllers, ERP and PLM servers, e-mail gateway, endpoint agents on 1,750 devices, and the industrial network sensors in both plants); tuning of detection rules to Customer's environment; and agreement of response playbooks.
P:2.2 Managed services: monitoring of all connected sources 24 hours a day, every day of the year; triage and investigation of alerts; notification and guided response for Incidents; containment actions under the agreed playbooks (isolating an endpoint, disabling an account, blocking an address); monthly threat-hunting; a monthly service report and a quarterly review meeting with Customer's IT management.
P:2.3 Provider shall assign a named service manager and shall provide the Services through analysts based in mainland China.
H:3. Term
P:3.1 The managed services run for an Initial Term of thirty-six (36) months from the Service Commencement Date.
P:3.2 The Agreement ends at the end of the Initial Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.
P:3.3 This Agreement may not be terminated by either party before the end of the Initial Term. Provider may suspend the Services if an undisputed invoice remains unpaid for 60 days after a written reminder.
H:4. Onboarding and Service Commencement
P:4.1 Provider shall complete onboarding within 60 days after signature.
P:4.2 Customer shall issue a Service Commencement Certificate when: (a) all log sources in Schedule 1 are connected and their data is parsed correctly; (b) Provider has run the simulated attack scenarios in Schedule 3 and each has produced the expected alert and notification; (c) the playbooks have been approved by Customer; and (d) a 14-day shadow run has been completed in which every P1 and P2 alert was handled within the service levels. Connecting log sources or starting monitoring does not by itself amount to service commencement.
P:4.3 If the Service Commencement Date is later than the 60-day target for reasons attributable to Provider, Provider shall pay CNY 1,800 for each day of delay.
H:5. Charges and Payment
TB:Charge|Basis|Amount (CNY)
TB:Onboarding|one-time|84,000
TB:Managed services monthly charge|CNY 58,500 x 36 months|2,106,000
TB:Total contract value||2,190,000
P:5.1 The onboarding charge is invoiced after the Service Commencement Certificate. The monthly charge is invoiced quarterly in arrears. No amount is payable in advance.
P:5.2 Invoices are payable within 30 days after receipt of a valid special VAT invoice. The charges are fixed for the Initial Term.
H:6. Service Levels
P:6.1 Provider shall meet the following service levels:
TB:Priority|Example|Response (notification to Customer)|Containment guidance
TB:P1|active ransomware, compromise of a domain controller|15 minutes|1 hour
TB:P2|confirmed malware on a single endpoint|1 hour|8 hours
TB:P3|suspicious behaviour needing investigation|8 hours|next business day
TB:P4|policy and hygiene findings|monthly report|monthly report
P:6.2 If Provider misses the P1 response time, it shall credit 5% of the monthly charge for each occurrence, and 2% for each missed P2 response time, up to a total of 25% of the monthly charge in any month.
P:6.3 Service credits under Clause 6.2 are Customer's sole and exclusive remedy for any failure to meet the service levels.
H:7. Customer Data and Security
P:7.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the Services to Customer and for no other purpose, and shall not use it to build threat intelligence or products for other clients.
P:7.2 Customer Data is stored only on the platform in Customer's data centre in Wuxi. Provider's analysts access it from the Shanghai delivery centre over an encrypted tunnel, with individual accounts and multi-factor authentication; all access is logged and the logs are available to Customer. Customer Data shall not be transferred outside mainland China.
P:7.3 Provider shall maintain ISO/IEC 27001 certification for the delivery centre, vet its analysts, and apply the security measures in Schedule 4.
P:7.4 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data held or accessed by Provider, assist Customer with containment and regulatory reporting, and bear the losses caused by its failure to comply with this Clause 7.
P:7.5 At the end of the Agreement Provider shall hand over the platform, its configuration and all Customer Data to Customer and remove all copies from its own systems.
H:8. Intellectual Property
P:8.1 Provider's platform software, general detection content and methods remain Provider's property; Customer receives a licence to use them during the term.
P:8.2 Detection rules, use cases, playbooks, reports and network diagrams prepared specifically for Customer belong to Customer, which may use, modify and share them with any successor provider.
H:8A. Reporting and Reviews
P:8A.1 Provider's monthly service report shall show the number of alerts and Incidents by priority, the response and containment times achieved against Clause 6, the containment actions taken, the log sources that stopped sending data and for how long, the results of threat-hunting, and recommendations ranked by risk.
P:8A.2 At each quarterly review the parties shall go through the open recommendations, changes in Customer's environment, and any proposed changes to the detection rules or playbooks. Provider shall record the decisions taken and circulate the minutes within five business days.
P:8A.3 Once in each contract year Provider shall carry out, at no extra charge, a tabletop exercise with Customer's IT and plant management based on a realistic ransomware scenario, and shall report the lessons learned.
H:8B. Personnel and Compliance
P:8B.1 Provider shall staff the Services with analysts who have completed its training programme and hold recognised security qualifications, and shall keep the named service manager in place unless Customer agrees to a change.
P:8B.2 Provider shall comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and the rules on the protection of critical systems that apply to Customer's industry, and shall follow Customer's site rules whenever its staff visit the plants.
H:9. Customer Responsibilities
P:9.1 Customer shall give Provider the access, log feeds and contacts reasonably needed for the Services, keep an up-to-date escalation list, and tell Provider in advance of major changes to its network.
P:9.2 Customer remains responsible for the decisions it takes on Provider's recommendations, except for containment actions Provider carries out under the agreed playbooks.
H:10. Liability
P:10.1 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid by Customer in the three (3) months preceding the event giving rise to the claim.
P:10.2 Neither party is liable for loss of profit, loss of production or other indirect loss.
P:10.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:11. Subcontracting and Assignment
P:Provider shall not subcontract any part of the Services, or assign this Agreement, without Customer's prior written consent. Provider remains responsible for any approved subcontractor as for itself.
H:12. Force Majeure
P:Neither party is liable for delay or failure caused by circumstances beyond its reasonable control, provided it notifies the other promptly and resumes performance as soon as possible.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Wuxi Arbitration Commission for arbitration in Wuxi under its rules then in force.
H:14. General
P:14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Changes must be in writing and signed by both parties.
P:14.2 Notices shall be sent to the addresses above or to the e-mail addresses of the service managers named in Schedule 1.
P:Schedules: 1 Log sources and scope; 2 Incident priorities; 3 Simulated attack scenarios; 4 Security measures.
P:Signed for Customer: ____________________    Signed for Provider: ____________________
P:Name and title:                                Name and title:
P:Date:                                          Date:
"""


# ---------------------------------------------------------------------------------------------------------------
# h285e05 — Beijing car-rental platform, driving-licence verification API subscription, Croatian vendor (Otok Susak),
# .txt; DATA-SECURITY, DATA-OWNERSHIP
H285E05 = """T:API SUBSCRIPTION AGREEMENT — DRIVING LICENCE VERIFICATION SERVICE
P:Agreement reference: SV-BJ-2026-112
P:BETWEEN Beijing Xingtu Car Rental Technology Co., Ltd., Room 1503, Tower B, 9 Jiuxianqiao Road, Chaoyang District, Beijing, People's Republic of China (the "Customer"),
P:AND Susak Verify d.o.o., a limited liability company organised under the laws of Croatia, with its registered seat at Obala 12, Otok Susak, Republic of Croatia (the "Vendor").
P:WHEREAS the Customer operates a self-service car-rental platform through a mobile app and 140 pick-up points in northern China, and must check the driving licence of every renter before a vehicle is released; AND WHEREAS the Vendor provides an application programming interface (API) that reads a photographed driving licence, checks its data fields and validity, and compares the licence photo with a live selfie; the parties agree as follows. At the Customer's request all amounts are expressed and paid in Chinese yuan (CNY).
H:Clause 1 Definitions
P:1.1 "Service" means the Vendor's driving licence verification API, the web console, the technical documentation and the support described in Clause 5.
P:1.2 "Query" means one verification request sent by the Customer's systems to the API, whatever its result.
P:1.3 "Query Data" means all data submitted by the Customer in a Query, including licence images, licence numbers, names, dates of birth, selfies and device information, and all results returned by the Service.
P:1.4 "Integration Acceptance" means the Customer's written confirmation under Clause 4.
H:Clause 2 Subscription
P:2.1 The Vendor grants the Customer the right to use the Service for its car-rental business in mainland China during the Term, up to 60,000 Queries per calendar month under the platform fee.
P:2.2 The Term is twenty-four (24) months from Integration Acceptance.
P:2.3 Unless either party gives notice of non-renewal at least 60 days before the end of the Term, the Agreement renews once for a further twenty-four (24) months at the same fees and on the same terms.
H:Clause 3 Fees and Payment
P:3.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Platform fee|CNY 21,000 per month x 24 months|504,000
TB:Integration support (one-time)|fixed|36,000
TB:Total fixed fees||540,000
P:3.2 Queries above 60,000 in a calendar month are charged at CNY 0.45 per Query. This usage charge is variable and is invoiced with the following monthly invoice.
P:3.3 The platform fee is invoiced monthly in arrears. The integration support fee is invoiced after Integration Acceptance. No payment is due before the Service is accepted.
P:3.4 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by the Vendor's appointed billing agent in Beijing.
H:Clause 4 Integration and Acceptance
P:4.1 The Vendor shall provide a sandbox within five business days after signature, review the Customer's integration code, and write for the Customer an adapter module that connects the API with the Customer's rental-order system and its renter blacklist.
P:4.2 Integration Acceptance requires that: (a) the Service correctly reads and verifies at least 98 of every 100 licences in a test set of 2,000 real licences supplied and labelled by the Customer; (b) the selfie comparison rejects every impostor in the Customer's test set of 300 pairs; (c) the 95th-percentile response time of the API measured from Beijing is below 800 milliseconds over a three-day load test at the Customer's peak volume; (d) the adapter module passes the Customer's test cases and is delivered with source code and documentation.
P:4.3 The Vendor shall make the Service ready for Integration Acceptance within 45 days after signature. For each day of delay caused by the Vendor, it shall pay CNY 400 to the Customer.
P:4.4 Using the Service in the sandbox or in a pilot at some pick-up points does not constitute Integration Acceptance.
H:Clause 5 Service Levels and Support
P:5.1 The Vendor shall make the API available at least 99.95% of the time in each calendar month, measured at the Vendor's gateway, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.
P:5.2 Severity 1 (the API is unavailable, or returns wrong results for a large share of Queries): response within 30 minutes, 24 hours a day; workaround or restoration as soon as possible with hourly updates. Severity 2: response within two business hours. Severity 3: next business day.
P:5.3 If monthly availability falls below 99.95%, the Vendor shall credit 5% of that month's platform fee, and 10% if it falls below 99.5%. Each late Severity 1 response earns a further credit of 2% of that month's platform fee. Credits are deducted from the next invoice.
P:5.4 Support is provided in Chinese and English by telephone, e-mail and the web console.
H:Clause 6 Query Data
P:6.1 The Customer is responsible for collecting Query Data lawfully from its renters and for obtaining their consent where the law requires it.
P:6.2 The Customer grants the Vendor a non-exclusive, royalty-free right to retain Query Data and verification results and to use them, both as received and in de-identified or aggregated form, to maintain and improve the Vendor's licence database, document-recognition and fraud-scoring models, and to provide verification services to the Vendor's other customers. This right continues after the end of the Agreement.
P:6.3 Subject to Clause 6.2, the Vendor shall return to the Customer, on request, the verification results for any Query in the Customer's account.
H:Clause 6A Use of the Service and Changes
P:6A.1 The Customer shall use the Service only to verify renters and drivers of its own rental vehicles. It shall not resell the Service, offer it to other rental companies, or use the results to build a competing licence database.
P:6A.2 The Customer shall send Queries only through the adapter module or another integration reviewed by the Vendor, and shall not exceed 50 Queries per second without agreeing a higher rate with the Vendor in advance.
P:6A.3 The Vendor may change the API, its data fields or its documentation, provided that it gives the Customer at least 90 days' written notice of any change that requires the Customer to modify its integration, keeps the previous version running during that period, and updates the adapter module free of charge.
P:6A.4 The Vendor shall tell the Customer promptly if a change in Chinese law or in the licence formats issued by the traffic administration affects the results of the Service, and shall propose how to address it.
P:6A.5 Each month the Vendor shall send the Customer a usage report showing the number of Queries, their results by category, the availability achieved and any credits due.
H:Clause 7 Intellectual Property
P:7.1 The Service, its models and its software remain the property of the Vendor.
P:7.2 The adapter module written for the Customer under Clause 4.1, its source code and documentation belong to the Customer, which may use, modify and license them without restriction.
P:7.3 The Vendor shall hold the Customer harmless against third-party claims that the Service infringes their intellectual property rights.
H:Clause 8 Confidentiality
P:Each party shall treat the terms of this Agreement, the other party's pricing, business plans and technical documentation, and any other information marked or reasonably understood as confidential, as secret; use it only for the Agreement; and not disclose it to third parties except to its professional advisers or where required by law. This obligation continues for three years after the Agreement ends.
H:Clause 9 Warranties
P:9.1 The Vendor warrants that the Service will perform materially in accordance with the documentation and that the support will be provided with reasonable skill and care.
P:9.2 The Vendor does not warrant that every forged or altered licence will be detected; the Customer remains responsible for its own decision to release a vehicle.
H:Clause 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the total fixed fees set out in Clause 3.1.
P:10.2 Neither party is liable for indirect or consequential loss or loss of profit. These limits do not apply to fraud, wilful misconduct, or death or personal injury.
H:Clause 11 Subcontracting
P:The Vendor shall not subcontract the provision of the Service, or any part of it, without the Customer's prior written consent.
H:Clause 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.
P:12.2 The Customer may also terminate by written notice if the monthly availability falls below 99.5% in three consecutive months.
P:12.3 On termination the Customer shall pay the fees due up to the termination date, and the Vendor shall refund any amounts paid for the period after it.
H:Clause 13 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules.
H:Clause 14 General
P:14.1 Neither party may assign this Agreement without the other's written consent.
P:14.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:14.3 This Agreement is executed in English and Chinese; both versions are equally authentic.
P:Signed for and on behalf of the Customer: ____________________   Date:
P:Signed for and on behalf of the Vendor: ____________________   Date:
"""


# ---------------------------------------------------------------------------------------------------------------
# Plan: file, format, labels (key order as holdout18/19), planned rules, and the facts needed to re-check them.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, SV = "goods_or_licence", "service"
PLAN = {
    # key: (file, fmt, lang, category, terms, extra, rules, aux)
    "h285z01": ("h285z01_city_smart_streetlight_platform.docx", "docx", "zh", "hardware",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=3220000),
                [],
                dict(fee_base=2642000, fee_amount=211360, forum_mainland=True,
                     items=[1497600, 464400, 680000, 326000, 218000, 34000], lines=[(3200, 468, 1497600), (86, 5400, 464400)],
                     pays=[(20, 644000), (25, 805000), (50, 1610000), (5, 161000)],
                     figures=["99.95%", "30分钟", "千分之一", "20%", "三年", "8%", "211,360", "3,220,000", "2,642,000",
                              "终验", "属于甲方", "保密", "归甲方所有", "不允许分包", "解除合同", "中华人民共和国法律"])),
    "h285z02": ("h285z02_brewery_brewhouse_control_system_maintenance.pdf", "pdf", "zh", "hardware",
                T(None, 0.25, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 26, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2960000),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
                dict(fee_base=2542000, fee_amount=660920, forum_mainland=True,
                     items=[1386000, 486000, 312000, 358000, 296000, 122000], lines=[],
                     pays=[(10, 296000), (35, 1036000), (50, 1480000), (5, 148000)],
                     figures=["15分钟", "万分之三", "10%", "十八个月", "26%", "660,920", "2,960,000", "2,542,000", "终验",
                              "属于甲方", "保密", "归甲方所有", "书面同意", "解除合同", "中华人民共和国法律"])),
    "h285z03": ("h285z03_pet_grooming_chain_booking_membership_saas.md", "md", "zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 500 / 619200 * 100, 200, None, True, None, None, None,
                  True, True, False, "PRC", SV),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=619200),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                dict(forum_mainland=True, items=[364800, 110400, 86000, 58000],
                     lines=[(40 * 380, 24, 364800), (4600, 24, 110400)],
                     pays=[(None, 59400 * 8), (None, 144000)],
                     figures=["99.5%", "30分钟", "500元", "两倍", "8%", "自动续展", "去标识化", "619,200", "上线验收",
                              "24小时内通知", "保密", "归甲方所有", "书面同意", "解除本合同", "中华人民共和国法律"])),
    "h285z04": ("h285z04_service_hall_queueing_evaluation_om.txt", "txt", "zh", "services",
                T(None, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  True, "PRC", SV),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=467000),
                ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
                dict(forum_mainland=True, items=[198000, 126400, 88600, 54000], lines=[],
                     pays=[(25, 116750)] * 4,
                     figures=["15分钟", "不因超时扣减服务费", "千分之一", "不设预付款", "书面告知", "467,000", "期末验收",
                              "属于甲方", "保密", "归甲方所有", "解除合同", "不自动续期", "中华人民共和国法律"])),
    "h285z05": ("h285z05_bean_paste_mes_supplier_template.md", "md", "zh", "software",
                T(None, 24, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True,
                  None, None, G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=1150000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                dict(fee_base=520000, fee_amount=None, forum_mainland=True, items=[520000, 386000, 148000, 96000],
                     lines=[], pays=[(50, 575000), (50, 575000)],
                     figures=["24小时内响应", "不承担扣款、赔偿或违约责任", "知识产权均归乙方所有", "去除企业名称",
                              "20%", "50%", "即视为甲方验收合格", "六个月", "当年度公布的服务价格标准", "1,150,000",
                              "保密", "解除本合同", "乙方所在地人民法院"])),
    "h285e01": ("h285e01_embroidery_studio_pattern_design_licences.pdf", "pdf", "en", "software",
                T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                  "Italy", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=820000),
                ["CR-GOVERNING-LAW"],
                dict(fee_base=725800, fee_amount=79838, forum_mainland=False, items=[539000, 128000, 58800, 76200, 18000],
                     lines=[(14, 38500, 539000), (2, 64000, 128000), (6, 9800, 58800)],
                     pays=[(20, 164000), (45, 369000), (35, 287000)],
                     figures=["two (2) hours", "CNY 600", "0.1%", "150%", "20%", "eighteen (18) months", "11%",
                              "79,838", "725,800", "820,000", "laws of Italy", "Milan", "prior written consent"])),
    "h285e02": ("h285e02_guesthouse_booking_saas_order_form.txt", "txt", "en", "cloud",
                T(None, None, False, "buyer", True, True, True, 450 / 600000 * 100, 150, 322800 / 600000 * 100, True,
                  None, None, None, False, True, False, "PRC", SV),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=600000),
                ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
                dict(forum_mainland=True, items=[496800, 57600, 45600],
                     lines=[(18 * 1150, 24, 496800), (2400, 24, 57600)], pays=[(None, 322800), (None, 277200)],
                     figures=["commercially reasonable efforts", "as soon as reasonably practicable", "CNY 322,800",
                              "CNY 450", "150%", "does not renew automatically", "600,000", "Go-Live Acceptance",
                              "48 hours", "prior written consent", "laws of the People's Republic of China"])),
    "h285e03": ("h285e03_goji_farm_irrigation_frost_sensors.docx", "docx", "en", "hardware",
                T(99.95, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1480000),
                [],
                dict(fee_base=1253600, fee_amount=112824, forum_mainland=True,
                     items=[446400, 232200, 106800, 223200, 77000, 168000, 124600, 81800, 20000],
                     lines=[(240, 1860, 446400), (36, 6450, 232200), (12, 8900, 106800), (180, 1240, 223200),
                            (2, 38500, 77000)],
                     pays=[(10, 148000), (55, 814000), (35, 518000)],
                     figures=["99.95%", "one (1) hour", "0.08%", "200%", "10%", "twenty-four (24) months", "9%",
                              "112,824", "1,253,600", "1,480,000", "Final Acceptance Certificate", "prior written consent",
                              "Yinchuan Arbitration Commission"])),
    "h285e04": ("h285e04_textile_machinery_managed_soc.md", "md", "en", "services",
                T(None, 0.25, True, "buyer", True, True, False, 1800 / 2190000 * 100, round(3 / 36 * 100, 4), None, True,
                  None, None, None, False, False, False, "PRC", SV),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2190000),
                ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-TERMINATION"],
                dict(forum_mainland=True, items=[84000, 2106000], lines=[(58500, 36, 2106000)],
                     pays=[(None, 84000), (None, 2106000)],
                     figures=["15 minutes", "5% of the monthly charge", "CNY 1,800", "three (3) months",
                              "thirty-six (36) months", "may not be terminated", "No amount is payable in advance",
                              "2,190,000", "Service Commencement Certificate", "within 12 hours", "prior written consent",
                              "Wuxi Arbitration Commission"])),
    "h285e05": ("h285e05_car_rental_licence_verification_api.txt", "txt", "en", "cloud",
                T(99.95, 0.5, True, "buyer", False, False, True, 400 / 540000 * 100, 200, None, True, None, None, None,
                  False, True, False, "PRC", SV),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=540000),
                ["CR-DATA-OWNERSHIP", "CR-DATA-SECURITY"],
                dict(forum_mainland=True, items=[504000, 36000], lines=[(21000, 24, 504000)],
                     pays=[(None, 504000), (None, 36000)],
                     figures=["99.95%", "30 minutes", "CNY 400", "200%", "de-identified or aggregated",
                              "at the same fees", "540,000", "Integration Acceptance", "prior written consent",
                              "Beijing Arbitration Commission"])),
}
SOURCES = {"h285z01": H285Z01, "h285z02": H285Z02, "h285z03": H285Z03, "h285z04": H285Z04, "h285z05": H285Z05,
           "h285e01": H285E01, "h285e02": H285E02, "h285e03": H285E03, "h285e04": H285E04, "h285e05": H285E05}


# ---------------------------------------------------------------------------------------------------------------
# The policy rules (policy.md §3 and §4) re-applied to the labels, as I read them (see NOTES.md).
HORIZON = 5


def tco(terms, extra, aux):
    """(tco, share %) over the horizon, or None when the fee is not computable (uncapped / unstated)."""
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fee = terms["post_warranty_fee_pct"] / 100 * aux["fee_base"]
    fees = post_years * fee
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def apply_rules(terms, extra, aux):
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == G:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        t = tco(terms, extra, aux)
        if t is not None and t[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if terms["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or not aux["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    levels = {sev.get(x, "medium") for x in rules}
    return "high" if "high" in levels else "medium" if "medium" in levels else "low"


ON_THRESHOLD = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def check_plan():
    fmts = {}
    for key, (fname, fmt, lang, cat, terms, extra, rules, aux) in PLAN.items():
        assert fname.startswith(key + "_") and fname.endswith("." + fmt), fname
        fmts.setdefault(fmt, set()).add(lang)
        # prices and payments
        for a, b, total in aux["lines"]:
            assert a * b == total, (key, a, b, total)
        assert sum(aux["items"]) == extra["contract_value"], (key, sum(aux["items"]))
        assert sum(p for _, p in aux["pays"]) == extra["contract_value"], (key, "payments")
        for share, amount in aux["pays"]:
            if share is not None:
                assert extra["contract_value"] * share == amount * 100, (key, share, amount)
        if aux.get("fee_amount"):
            assert terms["post_warranty_fee_pct"] * aux["fee_base"] == aux["fee_amount"] * 100, (key, "fee")
        # no labelled value on a threshold
        for k, v in ON_THRESHOLD.items():
            assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k)
        t = tco(terms, extra, aux)
        if t is not None:
            assert abs(t[1] - 40) > 0.5, (key, "TCO share near threshold", t)
            print("  %s TCO %.2f, post-warranty share %.2f %%" % (key, t[0], t[1]))
        got = apply_rules(terms, extra, aux)
        assert got == sorted(rules), (key, got, rules)
        # labelled figures in the source text
        src = SOURCES[key]
        for f in aux["figures"]:
            assert f in src, (key, "figure missing", f)
    assert fmts == {"docx": {"zh", "en"}, "pdf": {"zh", "en"}, "md": {"zh", "en"}, "txt": {"zh", "en"}}, fmts
    counts = {}
    for key, p in PLAN.items():
        n = len(p[6])
        counts[key] = (n, risk(p[6]))
    mix = sorted(n for n, _ in counts.values())
    assert mix == [0, 0, 1, 2, 2, 3, 3, 3, 3, 10], mix
    assert counts["h285e01"] == (1, "low")
    fired = set(x for p in PLAN.values() for x in p[6])
    print("rules fired across the set:", len(fired), "of 20")
    return counts


def label(key):
    fname, fmt, lang, cat, terms, extra, rules, aux = PLAN[key]
    d = {"file": fname, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
         "expected_rules": sorted(rules)}
    return json.dumps(d, ensure_ascii=False, indent=1)


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for key, (fname, fmt, *_rest) in PLAN.items():
        if fmt == "md":
            (OUT / fname).write_text(to_md(SOURCES[key]), encoding="utf-8")
            print("wrote", fname)
        elif fmt == "txt":
            (OUT / fname).write_text(to_txt(SOURCES[key]), encoding="utf-8")
            print("wrote", fname)
        else:
            targets[key] = (fname, fmt)
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for key in PLAN:
        (OUT / (PLAN[key][0].rsplit(".", 1)[0] + ".json")).write_text(label(key), encoding="utf-8")


def check_built(counts):
    bad = []
    for key, (fname, fmt, lang, *_r) in PLAN.items():
        text = read_back(OUT / fname)
        flat = re.sub(r"\s", "", text)
        for f in PLAN[key][7]["figures"]:
            assert re.sub(r"\s", "", f) in flat, (key, "figure not read back", f)
        if lang == "zh":
            n_all, n_nows = count_zh(text)
            ok = 2800 <= n_all <= 3300 and 2800 <= n_nows <= 3300
            size = "%d chars (%d non-space)" % (n_all, n_nows)
        else:
            n = count_words(text)
            ok = 1500 <= n <= 1700
            size = "%d words" % n
        hits = threshold_hits(text) + threshold_hits(flat)
        print("  %-58s %-4s %-28s rules %-2d risk %-6s %s" % (fname, fmt, size, counts[key][0], counts[key][1],
                                                             "" if ok else "SIZE OUT OF RANGE"))
        if not ok:
            bad.append((fname, size))
        for h in hits:
            bad.append((fname, "threshold", h))
        lab = json.loads((OUT / (fname.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert list(lab) == ["file", "language", "category", "expected_terms", "expected_extra", "expected_rules"]
        assert list(lab["expected_terms"]) == TERM_KEYS
    assert not bad, bad


if __name__ == "__main__":
    self_test_regexes()
    counts = check_plan()
    build()
    check_built(counts)
    print("all checks passed")
