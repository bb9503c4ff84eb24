"""holdout268: builds the ten ORDINARY draft contracts (.md/.txt directly, .docx/.pdf through ../word_pdf.py),
checks prices and payment sums, re-applies the policy rules to the labels, writes the labels and scans every
built file (read back with python-docx / pypdf) for figures that sit on a policy threshold.
Run with /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent


def render(src, kind):
    """Markup (T/H/P/LN/TB, as word_pdf) to Markdown or plain text."""
    out, rows = [], []

    def flush():
        if not rows:
            return
        if kind == "md":
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
        else:
            for r in rows:
                out.append("  ".join(r))
        out.append("")
        rows.clear()

    n = 0
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            rows.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out.append(("# " if kind == "md" else "") + text)
        elif tag == "H":
            out.append(("## " if kind == "md" else "") + text)
        elif tag == "LN":
            n += 1
            out.append("%d. %s" % (n, text))
        else:
            out.append(text)
        if tag != "LN":
            n = 0
        out.append("")
    flush()
    return "\n".join(out).strip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# Threshold figures of policy §3/§4 in any form (digits, Chinese numerals, words).
THRESHOLDS = {
    "availability 99.9": r"99\.9(?!\d)|九十九点九(?!九)",
    "P1 response 4 h": r"(?<![\d.])4\s*(个)?(小时|hours?|hrs?|h\b)|(?<![十二三四五六七八九])四(个)?小时|\bfour\s*(\(4\)\s*)?hours?",
    "LD 0.05 %/day": r"(?<![\d.])0\.05\s*%|万分之五(?!十)|0\.0005(?!\d)",
    "liability cap 100 %": r"(?<![\d.])100\s*%|百分之一?百(?![一二三四五六七八九零点])|one hundred per\s*cent",
    "prepayment 30 %": r"(?<![\d.])30\s*%|百分之三十(?![一二三四五六七八九点])|thirty per\s*cent|三成",
    "warranty 12 months": r"(?<![\d.])12\s*(个)?(月|months?)|十二个月|twelve\s*(\(12\)\s*)?months?|12-month|twelve-month",
    "post-warranty fee 15 %": r"(?<![\d.])15\s*%|百分之十五(?![一二三四五六七八九点])|fifteen per\s*cent",
    "TCO share 40 %": r"(?<![\d.])40\s*%|百分之四十(?![一二三四五六七八九点])|forty per\s*cent",
    "TCO horizon 5 years": r"(?<![\d.])5\s*(年|years?)|(?<![十二三四五六七八九])五年|\bfive\s*(\(5\)\s*)?years?|5-year|five-year",
}


def scan(text):
    hits = []
    for name, rx in THRESHOLDS.items():
        for m in re.finditer(rx, text, flags=re.I):
            hits.append((name, text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    bad = ["可用率99.9%", "4小时内响应", "within 4 hours", "four hours", "万分之五", "0.05%", "100%", "百分之百",
           "30%", "百分之三十", "thirty per cent", "12个月", "十二个月", "twelve months", "12 months", "15%",
           "百分之十五", "40%", "百分之四十", "五年", "5 years", "five years", "四小时", "99.9"]
    good = ["99.95%", "99.98%", "24小时", "24 hours", "14 hours", "万分之五十", "0.056%", "1100%", "130%", "百分之三十五",
            "24个月", "112 months", "二十四个月", "115%", "百分之十五点五", "140%", "十五年", "25 years", "0.5小时", "十四小时"]
    for s in bad:
        assert scan(s), ("regex misses", s)
    for s in good:
        assert not scan(s), ("regex false alarm", s, scan(s))


SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if not tco or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = tco["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fee / (x["contract_value"] + fee) * 100


def apply_rules(t, x, tco):
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
    if t["ip_owner"] in ("supplier", "joint", None):
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
        s = tco_share(t, x, tco)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if x.get("foreign_forum") or (t["governing_law"] not in (None, "PRC")):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


SOURCES = {}

SOURCES["h268z01"] = """T:滨江市应急指挥调度平台建设项目采购合同
P:合同编号：BJYJ-ZC-2026-017　　政府采购方式：公开招标　　项目编号：BJCG-2026-GK-0391
P:采购人（甲方）：滨江市应急管理局　　地址：滨江市政务中心东区6号楼
P:供应商（乙方）：江洲融信通信技术有限公司　　地址：江洲市高新区科创大道218号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就滨江市应急指挥调度平台建设项目订立本合同。招标文件、投标文件、中标通知书及双方确认的技术规格书均为本合同组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设应急指挥调度平台，包括：融合通信调度（有线、无线、卫星、视频会议统一接入）、预案管理与智能推送、应急资源"一张图"、值班值守与信息报送、大屏显示控制，以及与市110、119、120及气象、水务系统的数据接口。
P:1.2 乙方负责设备供货、软件部署、定制开发、系统集成、联调测试、培训及质保期内的技术服务，交付物清单见附件一。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾捌万元整（¥2,880,000.00），含税、运输、安装、测试、培训及质保期内全部服务费用，甲方不再支付其他任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|应急指挥调度平台软件许可（永久，不限用户数）|1套|1,180,000
TB:2|融合通信调度服务器及多网关|1批|628,000
TB:3|大屏显示控制系统（含拼接控制器）|1套|510,000
TB:|软硬件小计||2,318,000
TB:4|定制开发（预案推送、资源一张图、部门接口）|1项|436,000
TB:5|实施、联调与培训|1项|126,000
TB:|合同总价||2,880,000
P:2.2 合同价格为固定价格，履约期间不因市场价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行保函后，甲方支付合同总价的20%作为预付款，计人民币576,000元。
P:3.2 全部设备到货、软件部署完成并通过初步验收后，甲方支付合同总价的45%，计人民币1,296,000元。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计人民币1,008,000元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成设备到货与软件部署，于一百五十日内完成定制开发及全部接口联调，具备初步验收条件。
P:4.2 乙方应按甲方批准的实施计划推进，每周提交进度报告。实施期间乙方项目经理不得更换，确需更换的，须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：附件一所列全部功能逐项测试通过；融合通信可在3秒内发起多方会商；接入不少于300路视频且调阅时延不超过2秒；与各部门接口连续7日数据交换无差错；第三方安全测评无高危漏洞。
P:5.2 初步验收合格后系统进入九十日试运行。试运行期间累计一级故障不超过1次，且各项性能指标持续达标的，甲方组织最终验收，出具最终验收报告。
P:5.3 设备到货签收、系统上线运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担复验费用。
H:第六条 服务水平
P:6.1 质保期内平台核心服务月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:6.2 故障分级响应：一级故障（调度中断、大屏全黑或核心服务不可用）30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日恢复；三级故障2小时内响应，三个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金人民币2,000元；月可用率每低于约定值0.01个百分点，扣减当年维保服务费人民币3,000元。
P:6.4 重大活动及汛期等特殊时段，乙方应按甲方要求安排工程师驻场保障，不另收费。
H:第七条 质量保证与维保
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级补丁及技术支持。
P:7.2 质保期满后，甲方如需续购维保服务，年度维保费不超过软硬件小计的9%，即每年不超过人民币208,620元，且质保期满后前两年不得上调。维保合同另行签订，不自动续期。
H:第八条 数据安全
P:8.1 平台内所有业务数据、通讯录音、视频、日志及衍生数据均属于甲方所有。乙方仅可为履行本合同处理数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，全程留痕。发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置。
P:8.3 因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失及被监管部门处罚的费用。
H:第九条 保密
P:乙方对在履约中知悉的甲方应急预案、人员信息、通信资源配置、网络拓扑等非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而免除。
H:第十条 知识产权
P:10.1 本项目定制开发成果（包括源代码、接口程序、数据库设计及文档）的知识产权归甲方所有，乙方应在最终验收时移交完整源代码。甲方可自行或委托第三方修改、使用。
P:10.2 平台软件的原有知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合约定的，应免费更换或修复，并赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水等不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，双方协商顺延履行期限。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。附件一：交付物清单及技术规格；附件二：实施计划。
P:甲方（盖章）：滨江市应急管理局　　　　乙方（盖章）：江洲融信通信技术有限公司
P:授权代表：__________　　　　授权代表：__________
P:签订日期：2026年__月__日
"""

SOURCES["h268z02"] = """T:洁净区环境监测系统（EMS）采购及维保合同
P:合同编号：HKYY-EMS-2026-008
P:买方（甲方）：华康药业（泰州）有限公司　　地址：泰州市医药高新区药城大道99号
P:卖方（乙方）：苏锐洁净监测科技有限公司　　地址：苏州市工业园区星湖街328号
P:鉴于甲方固体制剂车间及无菌灌装车间需按《药品生产质量管理规范》及其附录要求建立洁净区环境连续监测系统，乙方具备相应产品与验证服务能力，双方经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方供应并安装洁净区环境监测系统一套，覆盖A级、B级、C级洁净区共计14个房间，包括悬浮粒子在线监测、浮游菌采样联动、温湿度及压差监测、报警管理与电子记录，满足电子记录与电子签名的合规要求。
P:（二）乙方负责设备供货、安装调试、系统配置、安装确认、运行确认、性能确认（IQ/OQ/PQ）文件编制与执行支持、用户培训，以及质保期满后的维保服务。
H:二、价格
P:（一）本合同总价为人民币壹佰叁拾万元整（¥1,300,000），明细如下：
TB:项目|数量|金额（元）
TB:粒子计数器、温湿度及压差传感器、采集模块|1批|842,000
TB:EMS监测软件许可（永久）及审计追踪模块|1套|238,000
TB:硬件及软件许可小计||1,080,000
TB:安装调试及系统配置|1项|96,000
TB:验证服务（IQ/OQ/PQ）|1项|124,000
TB:合同总价||1,300,000
P:（二）上述价格含税、运输、保险、安装及培训费用。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即人民币260,000元。
P:（二）设备全部到货并安装调试完成后，甲方支付合同总价的45%，即人民币585,000元。到货签收和安装完成不代表甲方对质量的认可。
P:（三）性能确认完成且最终验收合格后，甲方支付合同总价的35%，即人民币455,000元。
H:四、交货与安装
P:（一）乙方应于合同生效后六十日内将全部设备运至甲方指定地点，并于到货后三十日内完成安装调试。
P:（二）乙方进入洁净区作业须遵守甲方更衣、清洁及人员培训规定，不得影响甲方正常生产。
H:五、验收
P:（一）验收依据为本合同、技术协议及经甲方质量部门批准的验证方案。验收标准：粒子计数器经第三方计量校准合格；温湿度示值误差不超过±0.5℃、±3%RH；压差示值误差不超过±1Pa；报警从超限到声光提示不超过10秒；审计追踪完整且不可修改；系统连续运行14日无数据缺失。
P:（二）OQ、PQ报告经甲方质量受权人签字批准，甲方出具最终验收证书。系统投入使用或甲方支付款项均不视为验收合格。
H:六、质量保证
P:（一）质保期为六个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件补丁。
P:（二）故障响应：一级故障（监测中断、A级区数据丢失或报警失效）乙方应在1小时内远程响应，8小时内到场；二级故障2小时内响应，48小时内修复。响应或到场超时的，每超时一小时向甲方支付人民币800元。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，包括每季度巡检、年度校准、备件更换及软件升级。
P:（二）年度维保费按硬件及软件许可小计的22%计取，即每年人民币237,600元，自质保期满之日起按年预付，维保期内不作调整。
P:（三）维保期间的响应时限与本合同第六条第（二）项相同。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）系统未通过验收且乙方经两次整改仍不合格的，甲方有权退货并要求乙方返还已付款项。
P:（三）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失、数据安全及保密责任除外。
H:九、数据安全
P:（一）系统采集的全部环境数据、报警记录、审计追踪及电子记录均属甲方所有，乙方仅可为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方远程维护须经甲方书面批准并通过甲方指定通道进行，操作全程记录。乙方应采取访问控制、账号分级等措施保障数据完整性；发生数据丢失、篡改或泄露的，应在2小时内通知甲方并协助调查，因乙方原因造成的损失由乙方承担。
H:十、保密
P:乙方对知悉的甲方生产工艺、车间布局、质量数据等商业秘密负有保密义务，保密期限至合同终止后三年。
H:十一、知识产权
P:为甲方编制的验证文件、报表模板及配置文件归甲方所有，甲方可自由修改使用。EMS软件本身的知识产权归乙方，甲方享有永久使用许可。
H:十二、分包
P:乙方不得将本合同义务分包；第三方计量校准机构须经甲方书面同意。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同并要求赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议提交苏州仲裁委员会仲裁。
H:十五、培训与文件
P:（一）乙方应为甲方QA、生产及设备人员分两批开展操作、报警处理、数据审核及审计追踪检查培训，每批不少于两日，培训考核合格人员名单由乙方提交甲方备案。
P:（二）乙方应交付中文操作手册、系统管理手册、备件清单、校准证书、网络拓扑图及全部验证文件电子版和纸质版各一套。
H:十六、变更控制
P:系统安装后任何配置、软件版本或传感器位置的变更，均须按甲方变更控制程序提出申请，经甲方质量部门批准后方可实施，并由乙方完成相应的再确认工作。质保期内因乙方原因产生的再确认费用由乙方承担。
H:十七、不可抗力
P:因不可抗力致使一方不能履行合同的，应在事件发生后三日内通知对方并提供证明，双方协商延期履行或部分免除责任。
H:十八、备件与停产
P:（一）乙方应在甲方厂区寄存不少于两台粒子计数器及各类传感器常用备件，备件清单作为附件，质保期内备件消耗由乙方免费补充。
P:（二）乙方保证本合同所供设备自最终验收起至少七年内可获得备件；设备停产的，乙方应提前六个月书面通知甲方，并提供性能不低于原设备的替代方案及相应的再确认支持。
H:十九、人员与现场管理
P:乙方应指定一名具有制药行业验证经验的项目经理全程负责本项目，并提交现场作业人员名单及健康证明。乙方人员在甲方厂区内应遵守甲方安全、环保及GMP管理制度，因乙方人员违规造成甲方停产、产品报废或洁净区污染的，乙方承担相应赔偿责任。
H:二十、通知
P:双方的通知应以书面形式送达本合同首部所列地址或双方确认的电子邮箱。一方变更联系方式的，应在变更后五日内通知对方，否则按原地址送达即视为已送达。
H:二十一、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验证方案。
P:甲方（盖章）：华康药业（泰州）有限公司　　乙方（盖章）：苏锐洁净监测科技有限公司
P:日期：2026年__月__日
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

PLAN = {
 "h268z01": dict(file="h268z01_city_emergency_command_dispatch_platform.docx", fmt="docx", lang="zh", category="software",
   terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC",
          "goods_or_licence"],
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2880000),
   tco=dict(fee_base=2318000), rules=[],
   sums=[([1180000, 628000, 510000], 2318000), ([2318000, 436000, 126000], 2880000), ([576000, 1296000, 1008000], 2880000)],
   pays=[20, 45, 35], figures=["99.95%", "30分钟", "万分之八", "20%", "三十六个月", "9%", "208,620", "2,880,000", "2,318,000"]),
 "h268z02": dict(file="h268z02_pharma_cleanroom_ems_with_maintenance.pdf", fmt="pdf", lang="zh", category="hardware",
   terms=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, 22, False, True, False, "PRC",
          "goods_or_licence"],
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1300000),
   tco=dict(fee_base=1080000),
   rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
   sums=[([842000, 238000], 1080000), ([1080000, 96000, 124000], 1300000), ([260000, 585000, 455000], 1300000)],
   pays=[20, 45, 35], figures=["1小时", "千分之一", "150%", "20%", "六个月", "22%", "237,600", "1,300,000", "1,080,000"]),
}


def main():
    import shutil
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, p in PLAN.items():
        for items, total in p["sums"]:
            assert sum(items) == total, (key, items, total)
        assert sum(p["pays"]) == 100, key
        if p["tco"] and p["terms"][13] is not None:
            fee = p["tco"]["fee_base"] * p["terms"][13] / 100
            assert ("%s" % format(int(round(fee)), ",")) in SOURCES[key], (key, "fee amount not in text", fee)
        for f in p["figures"]:
            assert f in SOURCES[key], (key, "figure not in text", f)
        terms = dict(zip(KEYS, p["terms"]))
        got = apply_rules(terms, p["extra"], p["tco"])
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        if p["fmt"] in ("md", "txt"):
            (OUT / p["file"]).write_text(render(SOURCES[key], p["fmt"]), encoding="utf-8")
        else:
            write({key: SOURCES[key]}, {key: (p["file"], p["fmt"])}, OUT, wrap_words=True)
        label = {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": terms,
                 "expected_extra": {k: v for k, v in p["extra"].items() if k != "foreign_forum"},
                 "expected_rules": sorted(p["rules"])}
        (OUT / (Path(p["file"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        text = read_back(OUT / p["file"])
        hits = scan(text)
        assert not hits, (key, hits)
        n = len(text) if p["lang"] == "zh" else len(text.split())
        s = tco_share(terms, p["extra"], p["tco"])
        print("%s %s: %d %s, risk %s, rules %s%s" % (key, p["fmt"], n, "chars" if p["lang"] == "zh" else "words",
              risk(p["rules"]), p["rules"], "" if s is None else ", TCO share %.2f%%" % s))
    shutil.rmtree(OUT / "__pycache__", ignore_errors=True)


# ---- part 2 (second writer): h268z03 ----
SOURCES["h268z03"] = """T:口腔诊所患者管理SaaS服务及实施合同
P:合同编号：YS-SAAS-2026-0412
P:甲方（客户）：蓉城皓齿口腔医疗管理有限公司，统一管理下属50家连锁口腔诊所
P:乙方（服务商）：成都齿云信息科技有限公司
P:鉴于甲方拟在旗下全部诊所统一使用患者管理系统，乙方提供"齿云"口腔诊所管理SaaS平台及相应实施服务，双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同，共同遵守。
H:1 定义
P:1.1 "平台"指乙方自有并运营的齿云SaaS平台，包括预约挂号、电子病历、影像管理、收费结算、会员营销及总部经营分析模块。
P:1.2 "甲方数据"指甲方及其诊所在使用平台过程中录入、上传或产生的全部数据，包括患者身份信息、病历、口腔影像、收费记录和会员信息。
P:1.3 "上线"指平台在甲方全部50家诊所完成配置、数据迁移并正式用于接诊。
H:2 服务内容
P:2.1 乙方向甲方50家诊所开通平台订阅服务，每家诊所不限账号数，服务期为三十六个月，自首家诊所上线之日起算。
P:2.2 乙方负责实施服务：业务调研、诊所及总部组织架构配置、收费项目与医保目录配置、病历模板定制、与甲方现有财务系统及CBCT影像设备的接口开发、历史数据迁移、分批上线及培训。
P:2.3 实施计划：合同生效后九十日内完成全部诊所上线，其中首批8家诊所应于合同生效后四十五日内上线。
H:3 费用
P:3.1 本合同总金额为人民币贰佰叁拾伍万元整（¥2,350,000），明细如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|50家诊所 × 13,800元/家/年 × 3年|2,070,000
TB:实施及接口开发|一次性|186,000
TB:历史数据迁移|一次性|64,000
TB:培训（总部及诊所分批）|一次性|30,000
TB:合计||2,350,000
P:3.2 订阅费按季度结算，每季度人民币172,500元，由乙方于每季度结束后十个工作日内开具发票，甲方收到发票后十五个工作日内支付。甲方不预付任何费用。
P:3.3 实施、数据迁移及培训费用合计人民币280,000元，于全部诊所上线并经甲方验收合格后一次性支付。
H:4 上线验收
P:4.1 验收标准：（1）50家诊所全部完成配置并实际接诊；（2）历史患者档案、病历及影像迁移完整，抽检比对差错率不高于万分之三；（3）接口对账连续十个工作日无差异；（4）门诊高峰期页面响应时间不超过2秒；（5）完成对各诊所前台、医生及总部人员的培训并考核合格。
P:4.2 乙方提交验收申请后，甲方在十个工作日内组织验收并出具书面验收意见。未通过的，乙方应在十五日内整改后重新申请。
P:4.3 诊所开始使用平台不视为验收合格。
H:5 服务水平
P:5.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三日通知且安排在夜间23:00至次日6:00之间）。
P:5.2 故障分级及响应：一级故障（任一诊所无法挂号、收费或调阅病历）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决；一般问题1个工作日内答复。
P:5.3 服务抵扣：月度可用率每低于约定值0.1个百分点，抵扣当季订阅费的2%；一级故障响应每超时一小时，抵扣人民币1,000元。抵扣从下一季度订阅费中扣除。
H:6 甲方数据
P:6.1 甲方数据的所有权归甲方。乙方为提供本合同服务可在必要范围内处理甲方数据。
P:6.2 甲方同意，乙方可对甲方数据进行脱敏和汇总处理后，用于平台功能优化、口腔行业经营分析报告及乙方其他产品的研发，该等脱敏汇总数据的权利归乙方，本合同终止后乙方仍可继续使用。
P:6.3 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据交付甲方，并在甲方确认后删除平台中的甲方数据。
H:7 数据安全
P:7.1 平台部署于境内云服务器，已通过网络安全等级保护三级测评。乙方应对患者个人信息加密存储和传输，实行最小权限和操作日志审计，日志保存不少于六个月。
P:7.2 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，配合甲方向监管部门报告，并承担因乙方原因给甲方及患者造成的全部损失。
H:8 保密
P:8.1 双方对在履行本合同过程中获知的对方商业秘密和患者信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:9 知识产权
P:9.1 平台及其底层软件的知识产权归乙方所有。
P:9.2 乙方为甲方定制的病历模板、报表、接口程序及配置方案的知识产权归甲方所有，乙方应交付接口源代码，甲方可自行修改或交第三方使用。
H:10 续期
P:10.1 服务期届满前三十日内任何一方未书面提出不续期的，本合同自动续期一年，可多次续期。
P:10.2 每次续期时，乙方有权根据市场情况单方上调订阅单价，上调幅度不超过上一期单价的8%，乙方以邮件通知甲方后即生效。
H:11 违约责任
P:11.1 乙方未按第2.3款约定期限完成上线的，每逾期一日，按合同总金额的万分之八向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:12 分包
P:12.1 未经甲方书面同意，乙方不得将实施或运维工作分包给第三方。
H:13 合同解除
P:13.1 乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费并赔偿损失。
H:14 平台升级与技术支持
P:14.1 乙方对平台的版本升级免费提供给甲方，重大升级应提前十日通知甲方并提供变更说明；升级不得删减甲方已使用的功能，不得导致甲方数据丢失。
P:14.2 乙方设立专属客户成功经理一名，并提供7×24小时服务热线和在线工单系统；每季度向甲方提交服务报告，列明可用率、故障处理、工单统计及改进建议。
P:14.3 乙方应在服务期内每半年为甲方新入职人员组织一次线上培训，并持续更新操作手册与视频教程。
H:15 甲方义务
P:15.1 甲方应指定项目负责人，协调各诊所配合调研、数据整理及上线切换，按时提供接口所需的财务系统文档与测试环境。
P:15.2 甲方应妥善保管各诊所账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。
H:16 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。
H:17 其他
P:17.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：实施方案、接口清单、服务水平说明。
P:甲方（盖章）：蓉城皓齿口腔医疗管理有限公司　　授权代表：________
P:乙方（盖章）：成都齿云信息科技有限公司　　授权代表：________
P:签订日期：2026年__月__日
"""

PLAN["h268z03"] = dict(file="h268z03_dental_chain_patient_saas_implementation.md", fmt="md", lang="zh", category="cloud",
   terms=[99.95, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC",
          "service"],
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2350000),
   tco=None, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
   sums=[([50 * 13800 * 3], 2070000), ([2070000, 186000, 64000, 30000], 2350000), ([172500] * 12 + [280000], 2350000)],
   pays=[100],  # per-period fees: no percentage instalments
   figures=["99.95%", "30分钟", "万分之八", "8%", "2,350,000", "172,500", "280,000"])

# ---- part 3: h268e01 (docx, compliant) ----
SOURCES["h268e01"] = """T:Software Licence and Services Agreement (Print-Design Software)
P:Agreement No. SSL-HZ-2026-031
P:This Agreement is made between: (1) Hangzhou Qingyu Silk Umbrella Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 17 Xiaohe Lane, Gongshu District, Hangzhou (the "Buyer"); and (2) Stampa Serica Digitale S.r.l., a company incorporated in Italy with its registered seat on the Isola La Gaiola, Naples, Italy (the "Vendor").
P:Background: (A) The Buyer designs and hand-finishes silk umbrellas and prints its patterns on silk panels by digital textile printing. (B) The Vendor develops print-design software for textile studios, including repeat-pattern design, colour separation and colour management for silk. (C) The Buyer wishes to acquire perpetual licences of the Vendor's software, together with installation, colour calibration and training, on the terms below, and at the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's SetaDesign Studio program, version 9, and the SetaColour colour-management module, in object code, with the user documentation.
P:1.2 "Custom Materials" means the colour profiles for the Buyer's silk fabrics and inks, the print templates for the Buyer's umbrella panel shapes, and the batch-export scripts prepared by the Vendor for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Clause 5.3.
P:1.4 "Buyer Data" means all pattern files, design archives, colour measurements, customer orders and other data of the Buyer processed with the Software or handled by the Vendor's staff.
H:2. Scope
P:2.1 The Vendor grants the Buyer eight (8) perpetual, non-exclusive, non-transferable licences of the Software, each for one named workstation at the Buyer's studio in Hangzhou; the Buyer may move a licence to a replacement workstation by notice to the Vendor.
P:2.2 The Vendor shall install the Software on the Buyer's eight workstations and the print server, connect it to the Buyer's two textile printers and its spectrophotometer, prepare the Custom Materials, and train the Buyer's designers and print operators.
P:2.3 The Vendor shall deliver licence keys within ten (10) days after signature and complete installation and calibration within forty-five (45) days after signature.
H:3. Prices
P:3.1 The total contract price is CNY 620,000 (six hundred and twenty thousand Renminbi), inclusive of VAT, travel and all expenses. The price is fixed and is itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:SetaDesign Studio perpetual licence|8|58,000|464,000
TB:SetaColour colour-management module (site)|1|86,000|86,000
TB:Licence subtotal|||550,000
TB:Installation, printer connection and colour calibration|1|48,000|48,000
TB:Training (designers and print operators)|1|22,000|22,000
TB:Total contract price|||620,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the total contract price, CNY 124,000, within fifteen (15) days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the total contract price, CNY 341,000, within fifteen (15) days after the Vendor has delivered the licence keys and the Buyer has signed the installation certificate. The installation certificate records that the Software is installed; it is not acceptance.
P:4.3 The Buyer shall pay the balance of 25%, CNY 155,000, within fifteen (15) days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests in the presence of the Buyer's design lead. The tests are: (a) each of the eight licences starts and saves files on its workstation; (b) a test set of twenty of the Buyer's patterns is separated and printed on three of the Buyer's silk fabrics with a colour difference of no more than Delta E 2.0 against the approved reference for each pattern; (c) a repeat pattern fitted to each of the Buyer's six panel templates prints with no visible seam; (d) the batch-export scripts produce print-ready files for a batch of one hundred panels without manual correction; and (e) the training has been given and the documentation delivered.
P:5.2 If any test fails, the Vendor shall correct the failure and repeat the test within ten (10) days. If the tests fail a second time, the Buyer may reject the Software, terminate this Agreement and recover all sums paid.
P:5.3 When all tests are passed and the Software has been used in production for twenty (20) working days without a Severity 1 fault, the Buyer shall sign a Final Acceptance certificate. Installation, use of the Software in production or any payment does not by itself mean acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Software will perform substantially as described in its documentation and in Clause 5.1 for twenty-four (24) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall, free of charge, correct defects, supply all updates and new versions of the Software released by it, and keep the Custom Materials working with those versions.
P:6.3 Support is given by telephone, e-mail and remote session from 08:30 to 18:00 Beijing time on working days, and for Severity 1 faults at any time. A Severity 1 fault is one that stops colour-separated files from being produced or printed. For a Severity 1 fault the Vendor shall respond within two (2) hours and restore production, by a fix or a workaround, within one (1) working day. For other faults the Vendor shall respond within one (1) working day.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response time, it shall pay the Buyer CNY 500, and for each day by which it misses the restoration time, CNY 1,000. The Buyer may deduct these sums from any amount due to the Vendor.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support from the Vendor covering the services in Clauses 6.2 to 6.4.
P:7.2 The annual support fee is 11% of the licence subtotal, that is CNY 60,500 per year, fixed for the first three years after the Warranty Period. Any later change requires written agreement and may not exceed three per cent per year.
P:7.3 Support is ordered by a purchase order for each year and does not renew automatically.
H:8. Delay
P:8.1 If the Vendor fails to complete installation and calibration by the date in Clause 2.3, it shall pay the Buyer liquidated damages of 0.1% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price.
P:8.2 If the delay exceeds thirty (30) days, the Buyer may also terminate this Agreement under Clause 14.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use it only to perform this Agreement and shall not copy, retain, disclose or use it for any other purpose.
P:9.2 The Software runs on the Buyer's own workstations and server and does not send Buyer Data to the Vendor. Remote support sessions take place only with the Buyer's approval for each session, through a tool chosen by the Buyer, and are recorded. The Vendor shall not download pattern files during a session.
P:9.3 The Vendor shall keep the Custom Materials and any Buyer Data it receives for calibration on encrypted storage, limit access to the named engineers of this project, and delete them within thirty (30) days after Final Acceptance, except as the Buyer asks.
P:9.4 The Vendor shall notify the Buyer within twenty-four (24) hours after becoming aware of any unauthorised access to, loss or disclosure of Buyer Data, take all reasonable steps to limit the harm, and compensate the Buyer for the losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's unreleased designs, patterns, colour recipes, customers and prices, and the Vendor's source code and pricing. Neither party shall disclose such information to a third party without the other party's prior written consent, except to its professional advisers or as required by law.
P:10.2 This Clause 10 survives the end of this Agreement for three (3) years, and without limit of time for the Buyer's designs and patterns.
H:11. Intellectual Property
P:11.1 The Software and all intellectual property in it remain the Vendor's.
P:11.2 The Custom Materials belong to the Buyer from their creation. The Vendor shall deliver them in editable form and the Buyer may use, modify and license them freely, also with other software.
P:11.3 The Buyer's designs and patterns remain the Buyer's at all times. The Vendor shall not show them in its marketing or to other customers.
P:11.4 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Materials infringe a third party's rights.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Clause 9 or 10, or the indemnity in Clause 11.4.
H:13. Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within fifteen (15) days after the Buyer's notice, or in the case described in Clause 8.2. On such termination the Vendor shall refund the sums paid for undelivered or rejected parts.
P:14.2 Licences already accepted and paid for survive termination.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall first be negotiated in good faith. If it is not settled within thirty (30) days, either party may submit it to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding.
H:16. General
P:16.1 This Agreement is made in English and Chinese, both texts having equal effect. Annex 1 (Acceptance Test Set) and Annex 2 (Licence Keys) form part of it.
P:For the Buyer: Hangzhou Qingyu Silk Umbrella Workshop Co., Ltd.    Signature: ______________    Date: __________
P:For the Vendor: Stampa Serica Digitale S.r.l.    Signature: ______________    Date: __________
"""

PLAN["h268e01"] = dict(file="h268e01_silk_umbrella_print_design_licences.docx", fmt="docx", lang="en", category="software",
   terms=[None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "PRC",
          "goods_or_licence"],
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=620000),
   tco=dict(fee_base=550000), rules=[],
   sums=[([8 * 58000], 464000), ([464000, 86000], 550000), ([550000, 48000, 22000], 620000),
         ([124000, 341000, 155000], 620000)],
   pays=[20, 55, 25],
   figures=["0.1%", "150%", "20%", "twenty-four (24) months", "11%", "60,500", "two (2) hours", "620,000", "550,000"])

# ---- part 4: h268z04 (txt, court O&M, 竞争性磋商) ----
SOURCES["h268z04"] = """T:安平县人民法院电子诉讼平台及庭审记录系统年度运维服务合同
P:项目名称：安平县人民法院信息化系统2026年度运维服务
P:采购方式：竞争性磋商　　采购编号：APXCG-2026-CS-0058　　合同编号：APFY-YW-2026-02
P:采购人（甲方）：安平县人民法院
P:成交供应商（乙方）：衡川智法信息技术有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就甲方信息化系统年度运维服务事项，经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。
H:第一章 服务范围与期限
P:第一条 运维对象：（一）电子诉讼平台（网上立案、电子送达、网上缴费、在线调解、电子卷宗随案生成）；（二）庭审记录系统（科技法庭8间的语音识别、庭审录音录像、笔录生成与电子签名）；（三）上述系统所在的服务器、存储、网络及安全设备，设备清单见附件一。
P:第二条 服务内容：日常监控与巡检、故障处理、系统补丁与版本升级配合、数据备份与恢复演练、等级保护测评整改配合、庭审保障（重大案件庭审现场值守）、用户咨询及培训。乙方派驻2名驻场工程师在甲方信息中心工作，工作日8:30至17:30在岗，节假日安排值班。
P:第三条 服务期限为一年，自2026年7月1日起至2027年6月30日止。期满本合同自然终止，不自动续期；甲方需继续采购的，依法另行组织采购。
H:第二章 合同价款与支付
P:第四条 本合同总价为人民币伍拾玖万捌仟元整（¥598,000），包含人员、工具、备品备件、交通及税费等全部费用。分项如下：应用系统运维（电子诉讼平台、庭审记录系统）248,000元；服务器、存储、网络及安全设备维护156,000元；驻场服务（2人）142,000元；安全巡检及等保测评整改配合52,000元。
P:第五条 甲方不预付款项。服务费按季度支付，每季度人民币149,500元。每季度结束后，乙方提交季度运维报告，经甲方按第七条考核确认后十五个工作日内，甲方凭乙方发票支付该季度服务费。
H:第三章 服务水平
P:第六条 故障等级与时限：
P:（一）一级故障：电子诉讼平台整体无法访问、网上立案或电子送达中断、科技法庭庭审录音录像中断。乙方应在6小时内响应，12小时内恢复。
P:（二）二级故障：部分功能异常但有替代手段，乙方应在8小时内响应，2个工作日内解决。
P:（三）三级问题：咨询、报表、权限调整等，乙方应在1个工作日内处理。
P:（四）有重大案件开庭的，乙方驻场工程师应提前一小时到科技法庭完成设备检查，并全程值守。
P:（五）乙方应于每月前五个工作日内向甲方信息中心提交上月运维月报，列明巡检结果、故障清单及处理过程、备份检查记录、补丁安装情况和下月工作计划；每半年组织一次数据恢复演练，演练方案事先报甲方批准。
P:第七条 服务考核：甲方每季度对乙方的响应及时率、故障解决率、巡检完成情况、报告质量进行考核，考核标准为：响应及时率不低于95%，巡检按月完成，季度报告按时提交且内容完整，数据备份每日成功率不低于98%。考核结果记入乙方履约档案，作为甲方以后年度采购时的参考，不与服务费挂钩，甲方不因考核未达标扣减服务费。
P:第八条 进场与交接：乙方应在服务期开始前完成与原运维单位的交接，包括账号、文档、备份介质和遗留问题清单。乙方未能于2026年7月1日前完成交接并进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第四章 数据与信息安全
P:第九条 电子诉讼平台、庭审记录系统中的诉讼材料、当事人信息、庭审音视频、电子卷宗等全部数据属于甲方，乙方仅可为履行运维义务接触，不得复制、留存、向任何第三方提供或用于其他目的。
P:第十条 乙方人员须签署保密承诺书并通过甲方背景审查；运维操作一律通过甲方堡垒机进行，禁止使用个人移动存储介质，远程运维须经甲方信息中心逐次审批。乙方应落实网络安全等级保护要求，配合甲方开展安全检查。
P:第十一条 发生数据泄露、篡改、丢失或系统被攻击事件的，乙方应在1小时内报告甲方，立即采取处置措施并保留证据。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方损失，并承担相应法律责任。
H:第五章 保密
P:第十二条 乙方对在服务过程中知悉的审判工作秘密、未公开案件信息、当事人个人信息及甲方网络结构负有保密义务，该义务不因合同终止而解除。
H:第六章 知识产权
P:第十三条 乙方在服务期内为甲方编写的运维文档、应急预案、巡检脚本及配置基线，其知识产权归甲方所有，甲方可自由使用、修改并交给后续运维单位使用。
H:第七章 分包
P:第十四条 乙方可将机房空调、UPS等基础设施的维护及年度硬件巡检交由具备相应资质的第三方实施，但应提前五个工作日将第三方名称及人员名单书面告知甲方。乙方对第三方的工作承担全部责任。
H:第八章 验收
P:第十五条 服务期满后，乙方提交年度运维总结报告、全部运维文档、备份介质清单及交接清单。甲方按以下标准进行年度验收：四个季度考核均已确认；全年未发生因乙方原因的数据安全事件；全部文档和账号已移交；向下一运维单位的交接已完成并经其签字确认。验收通过后甲方出具验收报告。
H:第九章 违约与解除
P:第十六条 乙方人员违反本合同第十条、第十一条的，甲方有权要求更换人员；造成损失的，乙方应赔偿。
P:第十七条 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
H:第十章 法律适用与争议解决
P:第十八条 本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地有管辖权的人民法院提起诉讼。
H:第十一章 其他
P:第十九条 人员要求：驻场工程师应具有三年以上政法或政务信息系统运维经验，其中至少一人持有网络安全相关职业资格证书。乙方更换驻场人员应提前十日征得甲方同意，并完成不少于五个工作日的交接；甲方认为驻场人员不能胜任的，有权要求乙方在十日内更换。
P:第二十条 备品备件：乙方应在甲方信息中心储备硬盘、电源模块、交换机端口模块等常用备件，备件清单经甲方确认；设备故障需更换部件的，由乙方免费提供同型号或更高性能的部件，更换下的存储介质交甲方统一销毁，不得带离甲方。
P:第二十一条 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:第二十二条 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。附件一：运维设备清单；附件二：驻场人员名单；附件三：庭审保障流程。
P:甲方（盖章）：安平县人民法院　　法定代表人或委托代理人：________
P:乙方（盖章）：衡川智法信息技术有限公司　　法定代表人或委托代理人：________
P:签订日期：2026年6月__日
"""

PLAN["h268z04"] = dict(file="h268z04_county_court_efiling_annual_om.txt", fmt="txt", lang="zh", category="services",
   terms=[None, 6, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True, "PRC",
          "service"],
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=598000),
   tco=None, rules=["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
   sums=[([248000, 156000, 142000, 52000], 598000), ([149500] * 4, 598000)],
   pays=[100],  # quarterly fees in arrears: no percentage instalments
   figures=["6小时", "千分之一", "598,000", "149,500", "书面告知"])

# ---- part 5: h268z05 (md, supplier's own template, ten findings) ----
SOURCES["h268z05"] = """T:牧源MES生产执行系统软件许可及定制开发合同（乙方标准文本 MY-MES-STD-2026版）
P:合同编号：MY-2026-0719
P:甲方（买方）：草原香牛肉食品有限公司（牛肉干生产企业，厂址：锡林浩特市食品工业园8号）
P:乙方（卖方）：牧源工业软件（呼和浩特）有限公司
P:说明：本合同为乙方标准合同文本，甲方对条款有异议的应在签署前书面提出，签署即视为甲方已充分理解并接受全部条款。
P:甲乙双方本着平等互利的原则，就甲方购买乙方"牧源MES"生产执行系统软件许可并委托乙方进行定制开发事宜，达成如下协议：
H:一、合同标的
P:1. 乙方向甲方提供牧源MES标准版软件永久使用许可（一个工厂、不限用户数），模块包括：生产计划排程、配方与工艺管理、批次追溯、质量检验、设备管理、仓储（原料肉、辅料、成品）管理。
P:2. 乙方根据甲方需求进行定制开发：（1）牛肉干腌制、卤煮、烘烤、冷却、包装全工序电子批记录；（2）与甲方12台电子秤、4条烘烤线温控器及金属探测仪的数据对接；（3）原料肉检疫证明及批次号的追溯链；（4）与甲方现有ERP的物料及订单接口。
P:3. 乙方负责安装部署、基础数据初始化、上线支持和用户培训。服务器、数据库、操作系统、网络及现场采集终端由甲方自行采购并在乙方进场前准备就绪，其型号和配置须符合乙方出具的部署清单；因甲方环境不符合要求造成的延误和额外工作，乙方有权另行收费。
H:二、合同金额
TB:序号|内容|金额（元）
TB:1|牧源MES标准版软件许可（永久）|480,000
TB:2|定制开发（电子批记录、设备对接、追溯链、ERP接口）|360,000
TB:3|实施部署及培训|96,000
TB:合计||936,000
P:合同总金额为人民币玖拾叁万陆仟元整（¥936,000）。
H:三、付款方式
P:1. 本合同签订后五个工作日内，甲方向乙方支付合同总金额的50%，即人民币468,000元，乙方收款后启动项目。
P:2. 系统上线运行后五个工作日内，甲方支付剩余50%，即人民币468,000元。
P:3. 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停实施及技术支持。
H:四、交付与上线
P:1. 乙方计划在收到首期款后一百二十日内完成系统上线。因甲方需求变更、现场条件或数据准备导致延误的，工期相应顺延。
P:2. 乙方逾期上线的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。
H:五、验收
P:1. 系统安装部署完毕并上线运行，即视为甲方验收合格。
P:2. 甲方在上线后使用系统的，视为对系统功能及质量的认可。
H:六、知识产权
P:1. 牧源MES标准版软件的知识产权归乙方所有。
P:2. 乙方在本项目中形成的定制开发成果，包括电子批记录模板、设备对接程序、追溯链模型、接口程序及其源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方。
P:3. 乙方有权将上述定制开发成果用于其他客户的项目及乙方产品的后续版本。
H:七、免费维护与售后服务
P:1. 系统上线之日起三个月为免费维护期，免费维护期内乙方负责修复软件缺陷并提供远程技术支持。
P:2. 故障响应：一级故障（系统无法登录、批记录无法生成或追溯查询中断）乙方在接到甲方报修后24小时内响应，其他故障在3个工作日内响应。乙方视故障情况决定远程处理或派员到场，到场的差旅费由甲方承担。
P:3. 因故障处理延误给甲方造成的停产、产品召回或其他损失，乙方不承担任何赔偿、扣款或违约责任。
P:4. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行，乙方有权根据成本变化调整维护费。
H:八、数据
P:1. 系统运行中产生的生产数据、配方参数、质量检验数据及追溯数据归甲方所有。
P:2. 甲方同意乙方在对上述数据进行脱敏处理后，将其用于乙方产品优化、行业大数据分析及向第三方提供的行业工艺参考服务，且本合同终止后该使用权继续有效。
P:3. 乙方对其远程维护中接触的甲方数据采取账号权限控制、传输加密和操作留痕等安全措施；因乙方原因造成甲方数据泄露或损毁的，乙方应及时通知甲方，并在第十条约定的范围内承担赔偿责任。
H:九、保密
P:双方对在合作过程中知悉的对方技术资料、配方、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后二年。
H:十、责任限制
P:1. 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总金额的20%。
P:2. 乙方不承担甲方的间接损失、利润损失、产品召回损失及商誉损失。
H:十一、合同解除
P:1. 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。
P:2. 合同解除时，甲方已支付的首期款中对应乙方已完成工作的部分不予退还。
H:十二、甲方义务
P:1. 甲方应指定项目联系人，在乙方要求的时间内提供配方、工艺参数、设备通讯协议、主数据和测试环境，并确保网络、服务器及操作系统符合乙方的部署要求。
P:2. 甲方应组织操作人员参加培训，并按乙方提供的操作手册使用系统。因甲方操作不当、擅自修改配置或硬件故障造成的问题，不属于乙方维护范围。
P:3. 甲方需求变更应书面提出，由乙方评估工作量并另行报价，经双方确认后实施，工期相应调整。
H:十三、培训与文档
P:1. 乙方在上线前为甲方提供两次集中培训，分别面向车间班组长及操作工、质量与仓储管理人员、系统管理员，每次培训不超过两日，培训地点在甲方厂区，超出次数的培训按乙方人天单价另行收费。
P:2. 乙方向甲方交付用户操作手册、系统管理员手册和接口说明各一份（电子版）。定制开发部分的设计文档及源代码不属于交付范围，由乙方保存。
P:3. 乙方的标准版软件升级包仅在甲方签订年度维护协议后提供；甲方未签订维护协议的，乙方不再提供补丁、升级及任何技术支持。
H:十四、不可抗力
P:因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。
H:十五、争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:十六、其他
P:1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
P:2. 乙方的报价单、需求调研报告为本合同附件。附件与本合同正文不一致的，以本合同正文为准。
P:甲方（盖章）：草原香牛肉食品有限公司　　代表签字：________　　日期：________
P:乙方（盖章）：牧源工业软件（呼和浩特）有限公司　　代表签字：________　　日期：________
"""

PLAN["h268z05"] = dict(file="h268z05_beef_jerky_mes_supplier_template.md", fmt="md", lang="zh", category="software",
   terms=[None, 24, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 3, None, False, True, None, None,
          "goods_or_licence"],
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
              contract_value=936000),
   tco=dict(fee_base=480000),
   rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
   sums=[([480000, 360000, 96000], 936000), ([468000, 468000], 936000)],
   pays=[50, 50],
   figures=["50%", "24小时", "万分之二", "20%", "三个月", "936,000", "当年公布的价格标准", "即视为甲方验收合格"])

# ---- part 6: h268e02 (txt, ticketing SaaS Order Form + General Terms) ----
SOURCES["h268e02"] = """T:ORDER FORM No. SR-CN-2026-114 - FUNIVIA Ticketing Cloud
P:Provider: Funivia Digitale S.p.A., registered seat on the Scoglio Rovesciato, Italy ("Provider").
P:Customer: Huangshan Yunhai Cableway Operation Co., Ltd., Tangkou Town, Huangshan City, Anhui Province, People's Republic of China ("Customer").
P:This Order Form is governed by the FUNIVIA General Terms of Service, version 2026.1, printed below as Part B (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At Customer's request, all fees are stated and paid in Chinese Renminbi (CNY).
H:PART A - ORDER DETAILS
P:A1. Services. FUNIVIA Ticketing Cloud for three cableway lines (Yuping, Yungu and Taiping), covering: online and on-site ticket sales, time-slot reservations for peak days, real-name ticketing for ID cards and passports, QR-code and ID-card gate validation at 46 turnstiles, group and travel-agency accounts, refunds, daily settlement reports, and the passenger-flow dashboard.
P:A2. Subscription Term. Thirty-six (36) months from the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under A6.
P:A3. Fees.
TB:Item|Basis|Amount (CNY)
TB:Subscription fee, three lines, unlimited tickets|CNY 42,000 per month x 36 months|1,512,000
TB:Onboarding: configuration, gate integration, data migration, training|one-time|88,000
TB:Total Contract Value||1,600,000
P:A4. Invoicing and payment. The subscription fee is invoiced monthly in arrears and is payable within thirty (30) days after invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within thirty (30) days. No fee is payable before the Subscription Start Date. Payments are made in CNY to the account of Provider's representative office bank account in Hefei named on the invoice.
P:A5. Onboarding plan. Provider shall configure the Services, connect the 46 turnstiles through Customer's gate controllers, migrate the season-pass and group-account records from Customer's current system, and train Customer's ticket office, gate and finance staff. Target Go-Live date: sixty (60) days after signature of this Order Form.
P:A6. Go-Live Acceptance. Before Go-Live, Provider shall run the acceptance tests in Schedule 1 with Customer: (a) sale, refund and reporting of each ticket type through all channels; (b) gate validation of one thousand test tickets at each line with no false acceptance and a rejection rate for valid tickets below 0.2%; (c) peak-load test of three thousand ticket sales per minute with a response time below two seconds; (d) reconciliation of one day's settlement report with payment-channel statements with no unexplained difference; and (e) completion of training. Customer signs a Go-Live Acceptance certificate when all tests pass. Use of the Services in live operation before the certificate is signed is not acceptance.
P:A7. Delay. If Go-Live Acceptance has not occurred by the target date for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to a maximum of CNY 96,000.
P:A8. Renewal. This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.
P:A9. Customer contacts: Head of Ticketing and IT Manager, Yunhai Cableway. Provider contacts: Account Director China and Onboarding Lead.
H:PART B - FUNIVIA GENERAL TERMS OF SERVICE (version 2026.1)
H:1. Service Levels
P:1.1 Availability. Provider shall make the Services available 99.5% of the time in each calendar month, measured at Provider's load balancer and excluding scheduled maintenance notified at least three days in advance and carried out between 23:00 and 05:00 Beijing time.
P:1.2 Support. Customer may report incidents by telephone, e-mail or the support portal at any time. For a Priority 1 incident (ticket sales or gate validation stopped on any line) Provider shall respond within one (1) hour and work continuously until a fix or workaround is in place. For a Priority 2 incident (a function degraded but operation possible) Provider shall respond within eight (8) hours. Other requests are answered within two (2) business days.
P:1.3 Service credits. If availability in a month is below the level in 1.1, Customer receives a credit of 5% of that month's subscription fee for each started half percentage point below that level, up to half of the monthly fee. For each full hour by which Provider misses the Priority 1 response time, Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice.
P:1.4 Offline mode. The gate controllers keep validating tickets already sold for up to twenty-four (24) hours if the connection to the Services is lost, and the Services reconcile them when the connection returns.
H:2. Customer Data
P:2.1 "Customer Data" means all data entered into or generated by the Services for Customer, including ticket records, passenger names and identity-document numbers, face-free gate logs, payment records and reports.
P:2.2 Customer Data belongs to Customer. Provider processes it only on Customer's documented instructions and only to provide the Services, and shall not use it for any other purpose, including analytics for other customers or marketing.
P:2.3 On expiry or termination Provider shall, at Customer's choice, return Customer Data in CSV and JSON format within thirty (30) days and then delete it from the Services and from backups at the end of their normal rotation.
H:3. Data Security
P:3.1 Customer Data is hosted in data centres in mainland China operated by Provider's licensed cloud partner, and is not transferred outside mainland China. The Services have an MLPS level 3 filing. Provider shall encrypt Customer Data in transit and at rest, enforce multi-factor authentication for administrators, log all administrative access, and review access rights every quarter.
P:3.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing personal information of passengers.
P:3.3 Provider shall notify Customer within twelve (12) hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, provide the information Customer needs for its reports to authorities, and bear the costs and losses caused by an incident resulting from Provider's breach of this Section 3.
H:4. Confidentiality
P:4.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties.
P:4.2 These duties continue for three (3) years after the end of the Agreement.
H:5. Intellectual Property
P:5.1 The Services, the FUNIVIA software and all improvements to them remain the property of Provider and its licensors.
P:5.2 Customer's ticket-type configurations, price rules, report designs and gate mapping tables prepared during onboarding are Customer Configurations. They belong to Customer, are delivered to Customer in exportable form at any time on request, and Customer may use, modify and give them to any other provider without restriction.
H:6. Subcontracting
P:6.1 Apart from the cloud partner named in Schedule 2, which Customer approves by signing the Order Form, Provider shall not subcontract any part of the Services or engage any further sub-processor without Customer's prior written consent.
H:7. Limitation of Liability
P:7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.
P:7.2 Provider's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.
P:7.3 The limits in 7.1 and 7.2 do not apply to liability for death or personal injury, fraud or wilful misconduct.
H:8. Term and Termination
P:8.1 The Agreement runs for the Subscription Term stated in the Order Form.
P:8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving notice describing the breach. Customer may also terminate by written notice if availability falls below 98% in two consecutive months.
P:8.3 On termination by Customer under 8.2, Provider shall refund any fees paid for the period after termination and provide the exit assistance in 2.3.
H:9. Changes to the Services
P:9.1 Provider may update the Services from time to time, but shall not reduce the functions, the service levels or the security measures described in the Agreement during the Subscription Term. Provider shall announce any change to the user interface of the ticket office or the gates at least fourteen (14) days in advance and provide training material.
H:10. Governing Law and Disputes
P:10.1 The Agreement, and any non-contractual obligation arising from it, is governed by the laws of Italy.
P:10.2 Any dispute arising out of or in connection with the Agreement shall be finally resolved by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:11. General
P:11.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party without delay and resumes performance as soon as possible.
P:11.2 Notices under the Agreement must be in writing and sent to the contacts named in the Order Form. E-mail notices are effective on the next business day after sending.
P:11.3 The Agreement is the whole agreement between the parties on its subject matter. Changes must be in writing and signed by both parties.
P:Schedule 1: Go-Live Acceptance Test Scripts. Schedule 2: Cloud partner and hosting locations.
P:Signed for Provider: ______________________ Name / Title / Date
P:Signed for Customer: ______________________ Name / Title / Date
"""

PLAN["h268e02"] = dict(file="h268e02_cableway_ticketing_saas_order_form.txt", fmt="txt", lang="en", category="cloud",
   terms=[99.5, 1, True, "buyer", True, True, True, 1200 / 1600000 * 100, round(6 / 36 * 100, 4), None, True, None, None,
          None, False, True, False, "Italy", "service"],
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1600000),
   tco=None, rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
   sums=[([42000 * 36], 1512000), ([1512000, 88000], 1600000)],
   pays=[100],  # monthly fees in arrears
   figures=["99.5%", "one (1) hour", "CNY 1,200", "six (6) months", "laws of Italy", "Milan", "1,600,000"])

# ---- part 7: h268e03 (pdf, humidity sensors, buyer's paper) ----
SOURCES["h268e03"] = """T:Purchase Contract for Warehouse Humidity and Temperature Monitoring Equipment
P:Contract No.: LYHS-2026-WH-07
P:Buyer: Linyi Huasheng Peanut Professional Cooperative, Junan County, Linyi City, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Gallinaria Sensori Integrati S.r.l., registered office on the Isolotto di Gallinaria, Liguria, Italy (the "Supplier").
P:The Buyer stores shelled and in-shell peanuts for its members in six warehouses and needs to monitor humidity and temperature in the stacks to prevent mould and aflatoxin. The Supplier designs and installs wireless sensor systems for grain and nut storage. The parties agree as follows. This Contract is the Buyer's standard purchase contract; at the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install and commission a humidity and temperature monitoring system for the Buyer's warehouses Nos. 1 to 6 at the Buyer's site in Junan County, consisting of 240 wireless stack probes, 16 LoRa gateways, the HumiGuard monitoring software with a perpetual site licence, and the alarm functions described in Annex 1.
P:1.2 The Supplier shall also train the Buyer's warehouse keepers and quality staff and deliver the documentation listed in Annex 2.
H:Article 2 Price
P:2.1 The Contract Price is CNY 790,000, inclusive of VAT, packing, transport to the site, insurance, customs clearance, installation and training. The price is fixed.
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Wireless stack probe (humidity and temperature)|240|1,850|444,000
TB:LoRa gateway with 4G backhaul|16|9,500|152,000
TB:HumiGuard monitoring software, perpetual site licence|1|118,000|118,000
TB:Equipment and licence subtotal|||714,000
TB:Installation and commissioning|1|62,000|62,000
TB:Training|1|14,000|14,000
TB:Contract Price|||790,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price, CNY 79,000, within ten (10) working days after signature of this Contract and receipt of the Supplier's invoice.
P:3.2 Delivery payment: 55% of the Contract Price, CNY 434,500, within fifteen (15) working days after all equipment has been delivered and installed and the Buyer has signed the delivery note. Signing the delivery note confirms quantities only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, CNY 276,500, within fifteen (15) working days after Final Acceptance under Article 5.
P:3.4 All payments are made by bank transfer in CNY to the account stated in the Supplier's invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within sixty (60) days after the advance payment and complete installation and commissioning within twenty-five (25) days after delivery.
P:4.2 If the Supplier expects to miss a date, it shall inform the Buyer in writing without delay, stating the reason and a new date. The Supplier shall use its best efforts to recover the delay. The parties will then agree a revised schedule.
P:4.3 Installation shall take place during the Buyer's working hours, without moving the peanut stacks, and in compliance with the Buyer's warehouse fire and food-safety rules. Probes placed inside stacks shall be food-contact safe.
H:Article 5 Acceptance
P:5.1 After commissioning, the system shall run for twenty-one (21) consecutive days. Final Acceptance requires that: (a) all 240 probes and 16 gateways report to the software at the configured interval of ten minutes with at least 98% of expected readings received; (b) a check of twenty probes chosen by the Buyer against a calibrated reference instrument shows humidity within plus or minus 2.5% RH and temperature within plus or minus 0.5 degrees Celsius; (c) high-humidity and high-temperature alarms reach the keepers' mobile phones within two minutes in a test at each warehouse; (d) the software produces the daily and monthly stack reports in Chinese; and (e) training has been completed and the documentation delivered.
P:5.2 If the system fails any test, the Supplier shall correct the fault at its own cost and the test period shall restart. If the system fails a second time, the Buyer may refuse acceptance, return the equipment and recover all sums paid.
P:5.3 The Buyer shall sign the Final Acceptance certificate within five (5) working days after all tests are passed. Installation, commissioning or use of the system by the Buyer does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for eighteen (18) months from Final Acceptance. During this period the Supplier shall repair or replace any defective probe, gateway or component free of charge, including parts, labour and travel, and shall supply software corrections and updates.
P:6.2 The Supplier shall keep at the Buyer's site a stock of at least twelve spare probes and one spare gateway during the warranty period and replace any consumed spare within ten days.
P:6.3 Fault response. For a Severity 1 fault (a warehouse without monitoring, or alarms not working) the Supplier shall respond by telephone within two (2) hours and restore monitoring, if necessary by installing spares, within two (2) working days. For other faults the Supplier shall respond within one (1) working day.
P:6.4 For each full hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Buyer CNY 300, which the Buyer may deduct from the final payment or from any support fee.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period, the Supplier shall offer annual support covering repair and replacement of defective parts, software updates and the fault response in Article 6.3.
P:7.2 The annual support fee is 8% of the equipment and licence subtotal, that is CNY 57,120 per year, fixed for three years after the warranty period. Any later change shall be agreed in writing.
P:7.3 Support is ordered year by year by the Buyer's purchase order and does not renew automatically.
P:7.4 The Supplier shall keep spare parts for the equipment available for at least seven years after Final Acceptance.
H:Article 8 Monitoring Data
P:8.1 All readings, alarms, reports and other data collected by the system belong to the Buyer. The Supplier may use such data only to install, commission and support the system under this Contract.
H:Article 9 Intellectual Property
P:9.1 The HumiGuard software and the firmware of the probes and gateways remain the property of the Supplier and its licensors. The Buyer receives a perpetual licence to use them for its warehouses.
P:9.2 The warehouse layouts, stack maps, alarm thresholds, report templates and other configurations prepared for the Buyer belong to the Buyer, who may use and modify them freely and give them to any other supplier.
P:9.3 The Supplier shall indemnify the Buyer against any claim that the equipment or software infringes a third party's rights.
H:Article 10 Subcontracting
P:10.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Supplier remains fully responsible for the acts of any approved subcontractor.
H:Article 11 Quality and Compliance
P:11.1 The equipment shall be new, of the models listed in Annex 1, with radio equipment type approval for use in the People's Republic of China and the certificates listed in Annex 2.
P:11.2 The probes shall be designed for food storage, shall not release any substance into the peanuts, and shall carry a certificate of conformity for food-contact materials.
P:11.3 The Buyer shall provide the Supplier's installers with access to the warehouses, a power supply at each gateway position, and a place to store equipment before installation. The Buyer shall name one warehouse keeper in each warehouse as contact person for the installers.
P:11.4 The Supplier shall deliver the equipment in packaging suitable for road transport and storage in a dusty environment, marked with the contract number and the warehouse number. Packaging shall be removed by the Supplier from the site after installation.
P:11.5 The Supplier shall mark each probe with a durable number that matches the stack map, so that keepers can find a probe and its readings in the software without tools.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach, including a delay of more than forty-five (45) days in delivery or installation, and does not remedy it within fifteen (15) days after the Buyer's written notice.
P:12.2 On termination under 12.1 the Supplier shall refund all sums paid for equipment or services not accepted, and the Buyer may return any equipment delivered but not accepted at the Supplier's cost.
H:Article 13 Force Majeure
P:13.1 A party prevented from performing by force majeure shall inform the other party within three (3) days and provide evidence. Performance is suspended for the duration of the event.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be settled by negotiation. If negotiation fails within thirty (30) days, either party may submit the dispute to the Linyi Arbitration Commission for arbitration in Linyi. The award is final.
H:Article 15 Miscellaneous
P:15.1 This Contract takes effect on signature by both parties. It is made in Chinese and English; both versions are equally authentic.
P:15.2 Annex 1 (Equipment List and Technical Specification) and Annex 2 (Documentation and Certificates) form part of this Contract.
P:Buyer: Linyi Huasheng Peanut Professional Cooperative    Authorised representative: ____________    Date: ________
P:Supplier: Gallinaria Sensori Integrati S.r.l.    Authorised representative: ____________    Date: ________
"""

PLAN["h268e03"] = dict(file="h268e03_peanut_coop_warehouse_humidity_sensors.pdf", fmt="pdf", lang="en", category="hardware",
   terms=[None, 2, True, "buyer", False, True, False, None, None, 10, True, True, 18, 8, False, True, False, "PRC",
          "goods_or_licence"],
   extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=790000),
   tco=dict(fee_base=714000), rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-LD-MISSING"],
   sums=[([240 * 1850], 444000), ([16 * 9500], 152000), ([444000, 152000, 118000], 714000),
         ([714000, 62000, 14000], 790000), ([79000, 434500, 276500], 790000)],
   pays=[10, 55, 35],
   figures=["10%", "two (2) hours", "eighteen (18) months", "8%", "57,120", "790,000", "714,000", "CNY 300"])

# ---- part 8: h268e04 (md, managed network service) ----
SOURCES["h268e04"] = """T:Managed Network Services Agreement
P:Reference: RN-QD-2026-052
P:Between **Qingdao Haibin Brewery Co., Ltd.**, a company established in the People's Republic of China with its address at 88 Donghai Road, Shinan District, Qingdao ("Customer"), and **Rocha Redes Geridas, Lda.**, a company established in Portugal with its registered office on the Ilhéu da Rocha do Navio, Madeira, Portugal ("Provider").
P:Recitals: Customer operates a brewery, a bottling and canning plant, two distribution warehouses and a head office in Qingdao, linked by its own network. Customer wishes to hand the operation of that network to a managed service provider. Provider offers managed LAN, WAN and Wi-Fi services through its network operations centre and local engineers in China. At Customer's request, all charges in this Agreement are stated and paid in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Sites" means the five Customer locations listed in Schedule 1.
P:1.2 "Managed Devices" means the routers, firewalls, core and access switches, wireless controllers and access points at the Sites listed in Schedule 1, which remain Customer's property.
P:1.3 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Clause 4.
P:1.4 "Initial Term" means thirty-six (36) months from the Service Commencement Date.
P:1.5 "Incident" means an unplanned interruption or degradation of the network at a Site. A "P1 Incident" is an Incident that stops production-line connectivity at the brewery or the bottling plant, or stops all connectivity at any Site.
H:2. Services
P:2.1 Provider shall provide, from the Service Commencement Date, the managed services described in Schedule 2: round-the-clock monitoring of the Managed Devices; incident management; configuration and change management; firmware and security patching; capacity reporting; quarterly reviews; and on-site engineering support at the Sites by Provider's engineers based in Qingdao.
P:2.2 Provider shall keep the configurations of all Managed Devices backed up daily in a repository hosted in mainland China and restore any configuration within one hour of a request.
P:2.3 Provider shall carry out a transition project before the Service Commencement Date: discovery and documentation of the existing network, remediation of the configuration issues listed in Schedule 3, installation of monitoring probes, and hand-over from Customer's current support contractor.
P:2.4 Changes to the configuration of any Managed Device are made only through Provider's change process: each change is recorded with its reason, risk, test plan and back-out plan, and changes at the brewery or the bottling plant are carried out only in the maintenance windows agreed with Customer's production manager.
P:2.5 Provider shall keep an up-to-date inventory of the Managed Devices, including serial numbers, firmware versions and support status, and shall warn Customer at least six months in advance of any device reaching the end of its manufacturer support, with a proposal for replacement. Purchasing replacement devices is Customer's decision and is not part of the charges.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge, five Sites|CNY 68,000 per month x 36 months|2,448,000
TB:Transition project|one-time|112,000
TB:Total Contract Value||2,560,000
P:3.2 The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The transition charge is invoiced after the Service Commencement Certificate is signed. Customer pays each invoice within thirty (30) days. No charge is payable in advance.
P:3.3 The charges are fixed for the Initial Term. Additional Managed Devices may be added at the unit rates in Schedule 4.
H:4. Transition and Service Commencement
P:4.1 Provider shall complete the transition project within seventy-five (75) days after signature of this Agreement (the "Target Commencement Date").
P:4.2 Service commencement tests: (a) all Managed Devices are visible in Provider's monitoring with correct inventory data; (b) configuration backups of all Managed Devices have been taken and one restore has been demonstrated; (c) the issues in Schedule 3 are closed; (d) a simulated failure of the WAN link at each Site is detected and reported to Customer within five minutes; and (e) the network documentation in Schedule 5 has been delivered and approved by Customer's IT manager.
P:4.3 When all tests are passed, Customer signs the Service Commencement Certificate. Monitoring or support given by Provider before that date does not mean acceptance.
P:4.4 If the Service Commencement Date occurs after the Target Commencement Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the Total Contract Value for each day of delay.
H:5. Service Levels
P:5.1 Network availability: at least 99.95% in each calendar month for each Site, measured from Provider's monitoring and excluding planned changes approved by Customer.
P:5.2 Incident response and restoration:
TB:Priority|Response|On-site attendance|Restoration
TB:P1|30 minutes|2 hours|6 hours
TB:P2|1 hour|next business day|1 business day
TB:P3|8 business hours|as needed|5 business days
P:5.3 Service credits: for each 0.1 percentage point or part of it by which availability at a Site falls below the target, Customer receives a credit of 2% of the monthly service charge; for each P1 Incident whose response or restoration is late, a credit of CNY 3,000. Credits are capped at half of the monthly charge and are deducted from the next invoice.
P:5.4 Provider shall send a monthly service report with availability per Site, incidents, changes and credits due, and shall hold a quarterly service review with Customer.
H:6. Customer Data and Security
P:6.1 Device configurations, network diagrams, logs, traffic statistics and all other data relating to Customer's network ("Customer Data") belong to Customer. Provider shall use Customer Data only to provide the Services and shall not disclose it to others or use it for any other purpose.
P:6.2 Provider shall store Customer Data only in mainland China; access Managed Devices only through Customer's jump server with multi-factor authentication and personal accounts; log and keep all administrative sessions for one year; change all shared passwords at commencement and when any engineer leaves the account; and comply with MLPS level 2 requirements for the network of the production sites.
P:6.3 Provider shall notify Customer within two (2) hours of any security incident affecting the network or Customer Data, contain it, investigate its cause with Customer and compensate Customer for the losses caused by its breach of this Clause 6.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's production recipes, volumes and network design, and shall not disclose it to any third party without prior written consent, except to advisers bound by confidentiality or as required by law. These obligations continue for three (3) years after the end of this Agreement.
H:8. Intellectual Property
P:8.1 Provider's tools, monitoring platform and methods remain Provider's.
P:8.2 The network documentation, configuration templates, change records and runbooks produced for Customer belong to Customer, who may use, modify and give them to any successor provider freely.
H:9. Subcontracting and Personnel
P:9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.
P:9.2 Provider's on-site engineers shall follow Customer's safety, hygiene and food-production rules at the brewery and the bottling plant.
H:10. Liability
P:10.1 Provider's total liability under this Agreement is limited to 120% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or breach of Clause 6 or 7.
H:11. Term and End of the Agreement
P:11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment signed by both parties.
P:11.2 Customer's remedies for any failure of the Services, including a material breach by Provider, are the service credits in Clause 5.3, the delay damages in Clause 4.4 and damages under Clause 10. Customer may not terminate this Agreement before the end of the Initial Term.
P:11.3 Provider may terminate this Agreement if Customer fails to pay undisputed charges within sixty (60) days after a written reminder.
P:11.4 At the end of this Agreement, Provider shall give up to sixty (60) days of exit assistance at no extra charge, hand over all Customer Data, configurations and credentials, and delete its copies.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules in force at the time. The arbitration shall be conducted in Chinese.
H:13. General
P:13.1 Notices shall be given in writing to the addresses above or to the e-mail addresses in Schedule 6.
P:13.2 Neither party is liable for failure or delay caused by force majeure, provided it notifies the other party promptly.
P:13.3 Schedules 1 to 6 form part of this Agreement. This Agreement is made in English and Chinese, both versions being equally authentic.
P:Signed for Customer: ______________________    Signed for Provider: ______________________
P:Date: ______________    Date: ______________
"""

PLAN["h268e04"] = dict(file="h268e04_brewery_managed_network_service.md", fmt="md", lang="en", category="services",
   terms=[99.95, 0.5, True, "buyer", True, True, True, 0.02, 120, None, True, None, None, None, False, False, False,
          "PRC", "service"],
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2560000),
   tco=None, rules=["CR-LD-LOW", "CR-TERMINATION"],
   sums=[([68000 * 36], 2448000), ([2448000, 112000], 2560000)],
   pays=[100],  # monthly charges in arrears
   figures=["99.95%", "30 minutes", "0.02%", "120%", "may not terminate", "2,560,000"])

# ---- part 9: h268e05 (txt, licence-verification API subscription, foreign law/forum only) ----
SOURCES["h268e05"] = """T:API SUBSCRIPTION AGREEMENT - DRIVING LICENCE VERIFICATION SERVICE
P:Agreement number: LG-API-CQ-2026-009
P:PARTIES
P:(1) Chongqing Shanlu Car Rental Technology Co., Ltd., a company established in the People's Republic of China, with its address at 166 Jinkai Avenue, Yubei District, Chongqing ("Customer"); and
P:(2) Lagoa Verificacao Digital, S.A., a company established in Portugal, with its registered office on the Ilhéu da Lagoa, Azores, Portugal, acting through its wholly owned subsidiary in Chongqing for the hosting and operation of the Service in mainland China ("Vendor").
P:BACKGROUND
P:A. Customer runs a car-rental platform with a mobile application and forty-two pick-up points in Chongqing, Chengdu and Guiyang, and must check each renter's driving licence before a car is handed over.
P:B. Vendor provides an application programming interface that checks the authenticity and status of a driving licence against authorised sources and returns a result in real time.
P:C. The parties wish to set out the terms on which Customer subscribes to that interface. At Customer's request, every amount in this Agreement is stated and paid in Chinese Renminbi (CNY).
P:1. DEFINITIONS
P:1.1 "Service" means the Vendor's licence-verification API, the administration console, the sandbox environment and the documentation described in Schedule 1.
P:1.2 "Verification" means one API request that returns a result (valid, invalid, suspended, expired or not found) for one driving licence.
P:1.3 "Customer Data" means all data submitted by Customer to the Service, including renters' names, licence numbers, licence photographs and booking references, and all results and logs generated for Customer.
P:1.4 "Go-Live Date" means the date on which Customer signs the Go-Live Certificate under Clause 4.3.
P:2. SERVICE AND TERM
P:2.1 Vendor shall provide the Service to Customer for twenty-four (24) months from the Go-Live Date (the "Term").
P:2.2 The annual platform fee includes up to 400,000 Verifications in each contract year. Verifications above that number are charged at CNY 0.45 each, invoiced quarterly in arrears.
P:2.3 Vendor shall also integrate the Service with Customer's rental platform: it shall provide an adapter for Customer's booking back-end, configure the result rules (for example, blocking bookings where a licence is suspended), and support Customer's testing.
P:2.4 This Agreement ends at the end of the Term. It does not renew automatically. Any extension must be agreed in writing; until then the fees in Clause 3 apply unchanged.
P:3. FEES
P:3.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Annual platform fee|CNY 360,000 per year x 2 years|720,000
TB:Integration and onboarding|one-time|36,000
TB:Total contract value (excluding excess Verifications)||756,000
P:3.2 The annual platform fee is paid in equal quarterly instalments of CNY 90,000, invoiced at the end of each quarter of the Term. The integration fee is invoiced after the Go-Live Date. Customer pays each invoice within thirty (30) days. No amount is payable before the Go-Live Date.
P:3.3 The fees are fixed for the Term and include VAT.
P:4. INTEGRATION AND GO-LIVE
P:4.1 Vendor shall make the sandbox available within five (5) business days after signature and complete the integration by the thirtieth (30th) day after signature (the "Target Go-Live Date").
P:4.2 Before go-live the parties shall run the acceptance tests in Schedule 2: (a) a test set of five hundred licences with known status returns the correct result in every case; (b) ninety-five per cent of Verifications return within one and a half seconds at a load of fifty requests per second; (c) the adapter blocks a booking for each negative result and records the reason; (d) the console shows usage and results correctly for Customer's administrators; and (e) the log of each Verification can be retrieved by booking reference.
P:4.3 When all tests pass, Customer signs the Go-Live Certificate. Use of the Service in production before that signature is not acceptance.
P:4.4 If the Go-Live Date falls after the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 36,000.
P:5. SERVICE LEVELS
P:5.1 Availability: the production API shall be available at least 99.95% of each calendar month, measured by Vendor's external monitoring and reported in the console. Planned maintenance is limited to two hours per month, between 02:00 and 04:00 Beijing time, announced three days in advance.
P:5.2 Response times for incidents reported by Customer:
TB:Priority|Description|Response|Resolution target
TB:P1|API unavailable or returning wrong results|30 minutes|3 hours
TB:P2|API slow or console unavailable|2 hours|1 business day
TB:P3|Questions and minor defects|1 business day|10 business days
P:5.3 Service credits: for each started 0.1 percentage point by which monthly availability falls below the level in 5.1, Customer receives a credit of 3% of the quarterly instalment; for each hour by which a P1 response or resolution is late, a credit of CNY 800. Credits are deducted from the next invoice and are capped at half of that invoice.
P:6. CUSTOMER DATA
P:6.1 Customer Data belongs to Customer. Vendor processes it only on Customer's instructions and only to perform the Service for Customer. Vendor shall not use Customer Data, in any form, including anonymised, aggregated or derived form, for any other purpose, for other customers or for the development of its products.
P:6.2 Vendor shall keep Customer Data no longer than needed: licence photographs are deleted immediately after the result is returned; other Customer Data is kept for ninety days for Customer's audit and then deleted, unless Customer instructs otherwise.
P:6.3 On expiry or termination Vendor shall return the remaining Customer Data to Customer in CSV format and then delete it.
P:7. DATA SECURITY
P:7.1 The Service and all Customer Data are hosted and processed only in data centres in mainland China operated by Vendor's Chongqing subsidiary, which holds an MLPS level 3 filing. No Customer Data is transferred outside mainland China, and Vendor's staff outside mainland China have no access to it.
P:7.2 Vendor shall encrypt Customer Data in transit and at rest, authenticate API calls with keys and IP allow-lists, restrict staff access to named persons with multi-factor authentication, log every access, and carry out a penetration test every year, sharing the summary with Customer.
P:7.3 Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China, and shall assist Customer with any personal-information impact assessment and with requests from renters.
P:7.4 Vendor shall notify Customer within two (2) hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, support Customer's notifications to authorities and renters, and bear all losses, fines and costs caused to Customer by an incident resulting from Vendor's breach of this Clause 7.
P:8. CONFIDENTIALITY
P:8.1 Each party shall treat as confidential all non-public information of the other party received under this Agreement, including API keys, business volumes, prices and technical documentation, and shall not disclose it to any third party without the other party's prior written consent, except to professional advisers or where required by law.
P:8.2 This Clause 8 continues to apply for three (3) years after the end of this Agreement.
P:9. INTELLECTUAL PROPERTY
P:9.1 The Service and Vendor's software remain the property of Vendor. Customer receives a non-exclusive right to use the Service during the Term.
P:9.2 The adapter and the result-rule configuration developed for Customer under Clause 2.3 belong to Customer. Vendor shall deliver the adapter's source code at go-live, and Customer may use, modify and license it freely, also with another provider.
P:10. SUBCONTRACTING
P:10.1 Vendor may perform the Service through its Chongqing subsidiary named above. Vendor shall not use any other subcontractor or sub-processor without Customer's prior written consent, and remains responsible for the acts of any subcontractor.
P:11. LIABILITY
P:11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to personal injury, wilful misconduct, or breach of Clauses 6, 7 or 8.
P:12. TERMINATION
P:12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within fifteen (15) days after notice, or if availability is below the level in 5.1 in three months of any six consecutive months.
P:12.2 Vendor may terminate this Agreement if Customer fails to pay an undisputed invoice within sixty (60) days after a written reminder.
P:12.3 On termination by Customer under 12.1, Vendor shall refund the fees paid for any period after termination and give reasonable help to move to another provider.
P:13. GOVERNING LAW AND DISPUTES
P:13.1 This Agreement is governed by the laws of Portugal.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, by three arbitrators. The seat of arbitration is Lisbon, Portugal, and the language is English.
P:14. GENERAL
P:14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly.
P:14.2 Notices must be in writing and sent to the addresses above or to the e-mail addresses in Schedule 3.
P:14.3 Schedules 1 (Service Description), 2 (Acceptance Tests) and 3 (Contacts) form part of this Agreement. This Agreement is made in English and Chinese, both versions having equal force.
P:SIGNED for Customer by its authorised representative: ______________________  Date: __________
P:SIGNED for Vendor by its authorised representative: ______________________  Date: __________
"""

PLAN["h268e05"] = dict(file="h268e05_car_rental_licence_verification_api.txt", fmt="txt", lang="en", category="cloud",
   terms=[99.95, 0.5, True, "buyer", True, True, True, 500 / 756000 * 100, 200, None, True, None, None, None, False, True,
          False, "Portugal", "service"],
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=756000),
   tco=None, rules=["CR-GOVERNING-LAW"],
   sums=[([360000 * 2], 720000), ([720000, 36000], 756000), ([90000] * 8 + [36000], 756000)],
   pays=[100],  # quarterly fees in arrears
   figures=["99.95%", "30 minutes", "CNY 500", "200%", "laws of Portugal", "Lisbon", "756,000"])


if __name__ == "__main__":
    main()
