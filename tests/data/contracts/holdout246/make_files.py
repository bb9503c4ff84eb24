"""holdout246: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind.

Run with /work/main/.venv/bin/python make_files.py. Writes the .md/.txt files from their markup, the .docx/.pdf
through ../word_pdf.py (wrap_words=True), the .json labels, then reads every built file back (python-docx paragraphs
+ tables, pypdf) to check lengths, figures and that no value sits on a policy threshold.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent


def render(src, kind):
    """markup (T:/H:/P:/TB:) -> markdown or plain text."""
    out, prev_tb = [], False
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            if kind == "md":
                out.append("| " + " | ".join(cells) + " |")
                if not prev_tb:
                    out.append("|" + "---|" * len(cells))
            else:
                out.append("  ".join(cells))
            prev_tb = True
            continue
        if prev_tb:
            out.append("")
        prev_tb = False
        if tag == "T":
            out.append(("# " + text) if kind == "md" else text)
        elif tag == "H":
            out.append(("## " + text) if kind == "md" else text)
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
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# Thresholds of policy §3/§4 in any form: 99.9 %, 4 h, 0.05 %/day, 100 % cap, 30 % prepayment, 12-month warranty,
# 15 % fee, 40 % TCO share, 5-year horizon.
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.90*(?![\d])", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:-\s*)?(?:小时|个小时|hours?|hrs?|h\b)", r"(?<!十)四个?小时", r"\bfour[\s-]+hours?",
    r"(?<![\d.])0\.050*\s*%", r"万分之五(?![十])", r"0\.05\s*per\s*cent",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"(?:one\s+)?hundred\s+per\s*cent", r"100\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s+per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?)", r"十二个月", r"\btwelve[\s-]+months?", r"质保期?为?一年|一年质保|保修期?为?一年",
    r"\bone[\s-]+year(?:'s)?\s+warranty", r"warranty\s+(?:period\s+)?of\s+one\s+year",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五", r"\bfifteen\s+per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty\s+per\s*cent", r"(?<![\d.])40\s*per\s*cent",
    r"(?<![\d.])5\s*(?:-\s*)?(?:年|years?)", r"(?<![二三四六七八九十])五年", r"\bfive[\s-]+years?",
]]
SELF_TEST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "0.05%", "万分之五",
                 "100%", "百分之百", "30%", "30 per cent", "百分之三十", "12 months", "12-month", "十二个月", "twelve months",
                 "质保期为一年", "15%", "百分之十五", "40%", "forty per cent", "5年", "五年", "five years", "5-year"]
SELF_TEST_MISS = ["99.95%", "24小时", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之五十", "150%", "130%",
                  "百分之三十五", "36 months", "二十四个月", "112 months", "115%", "35%", "140%", "25年", "二十五年",
                  "¥300,000", "CNY 40,000", "0.5 hours", "上一年度"]


def self_test():
    for s in SELF_TEST_HIT:
        assert any(r.search(s) for r in THRESHOLD_RES), s
    for s in SELF_TEST_MISS:
        assert not any(r.search(s) for r in THRESHOLD_RES), s


def apply_rules(t, x, plan):
    """policy §3 re-applied to a label; plan carries facts that are not label keys (forum, TCO share)."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        f = t["post_warranty_fee_pct"]
        if not x["post_warranty_fee_capped"] or f is None or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if plan["tco_share"] is not None and plan["tco_share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not plan["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def tco(value, fee_base, fee_pct, warranty_months, horizon=5):
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = fee_base * fee_pct / 100 * years_after
    return value + fees, fees / (value + fees) * 100


H246Z01 = """T:省全民健身场馆预约服务平台建设项目政府采购合同
P:合同编号：TY-ZC-2025-0617　　采购方式：公开招标　　项目编号：省体采〔2025〕第19号
P:采购人（甲方）：某省体育局
P:供应商（乙方）：湖畔云动信息技术有限公司
P:鉴于甲方就“省全民健身场馆预约服务平台建设项目”依法组织公开招标，乙方参加投标并经评标委员会评审被确定为中标供应商，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、投标文件和中标通知书为基础，经协商一致订立本合同，共同遵守。
H:第一章　项目内容与合同价款
P:1.1 乙方为甲方建设全省统一的全民健身场馆预约服务平台，覆盖省、市、县三级公共体育场馆及学校体育场地开放点，提供场馆信息发布、在线预约、分时段入场、扫码核验、免费低收费开放补助核算、赛事活动报名及数据统计等功能，并开发微信小程序与政务服务App入口。
P:1.2 合同总价为人民币贰佰肆拾万元整（¥2,400,000.00），为含税固定总价，包含软件许可、定制开发、数据对接、部署实施、培训及质保期内全部服务费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|平台基础软件许可（永久）|1套|1,180,000
TB:2|定制开发（场馆接入、预约小程序、补助核算）|1项|846,000
TB:3|数据对接（体育场馆普查库、政务服务平台、统一身份认证）|1项|214,000
TB:4|部署实施及安全加固|1项|128,000
TB:5|培训（省、市、县三级管理员）|1项|32,000
TB:合计| | |2,400,000
P:1.3 除本合同另有约定外，甲方无须为本项目另行支付任何费用。
H:第二章　工期与交付
P:2.1 乙方应于合同生效之日起一百二十日内完成平台部署并提交初验申请；初验合格后进入六十日试运行期，试运行期满后提交终验申请。
P:2.2 乙方交付物包括：平台软件及安装介质、定制开发模块全部源代码及编译说明、接口文档、数据库设计说明、部署手册、运维手册、用户手册、培训教材和测试报告。
H:第三章　付款方式
P:3.1 合同生效且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%，即¥480,000，作为预付款。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%，即¥1,080,000。
P:3.3 平台终验合格并完成全部文档移交后十个工作日内，甲方支付合同总价的35%，即¥840,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款均通过国库集中支付办理。
H:第四章　验收
P:4.1 初验标准：（一）招标文件技术需求逐项实现并经甲方确认；（二）接入场馆不少于八百个，场馆信息与普查库比对一致；（三）在三千并发用户下，预约提交响应时间不超过2秒；（四）第三方测评机构出具的安全测评报告无高危漏洞。
P:4.2 终验标准：（一）试运行期内未发生一级故障，二级故障累计不超过三次；（二）补助核算结果与财务抽查结果一致；（三）全部交付物齐全，源代码可在甲方环境重新编译部署；（四）甲方组织的专家评审通过。
P:4.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第五章　服务水平
P:5.1 平台月可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日书面告知甲方并安排在夜间进行）。
P:5.2 故障分级与响应：一级故障（平台整体不可用或预约、核验功能中断）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内恢复；三级故障（一般问题咨询）在一个工作日内答复。
P:5.3 服务扣罚：响应或恢复每超时一小时，甲方扣减当期维保费或质保金¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000。扣罚不免除乙方继续履行的义务。
H:第六章　质量保证与维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、7×24小时技术支持及每季度一次巡检。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费按平台基础软件许可费的9%计收，即每年¥106,200；该费率在质保期满后的三个维保年度内不得上调。维保合同逐年另行签订，不自动续期。
H:第七章　数据安全与数据归属
P:7.1 平台运行中产生的场馆信息、预约记录、用户身份信息、核验记录及统计数据均属于甲方，乙方仅为履行本合同目的使用，不得复制、留存、对外提供或用于任何其他用途。
P:7.2 乙方应按照网络安全等级保护第三级要求落实安全措施，包括数据加密存储与传输、最小权限访问、运维操作经堡垒机审计、个人信息去标识化展示；乙方运维人员须签署安全承诺书。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因导致安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失。
H:第八章　保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第九章　知识产权
P:9.1 定制开发模块、接口程序、源代码、数据库设计及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和推广。
P:9.2 平台基础软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖全省各级体育部门。
P:9.3 乙方保证交付物不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第十章　违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方违反第七章或第八章约定的，除承担赔偿责任外，甲方有权解除合同。
H:第十一章　分包与转包
P:11.1 本项目不允许分包，乙方不得将合同义务转包或分包给任何第三方。
H:第十二章　合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三章　法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四章　其他
P:14.1 招标文件、投标文件、中标通知书及双方签署的补充文件均为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省体育局　　　　　　法定代表人或授权代表：__________　　日期：______
P:乙方（盖章）：湖畔云动信息技术有限公司　　法定代表人或授权代表：__________　　日期：______
"""


H246Z02 = """T:光伏玻璃在线缺陷检测及镀膜厚度检测系统采购合同
P:合同编号：GF-JC-2025-088
P:买方（以下简称“甲方”）：皖南晶透光伏玻璃有限公司
P:卖方（以下简称“乙方”）：视衡智能装备（苏州）有限公司
P:甲方为提升压延光伏玻璃及镀膜玻璃生产线的质量管控水平，向乙方采购在线缺陷检测及镀膜厚度检测系统。双方经平等协商，就设备供货、安装调试、软件许可、质保及质保期满后的维保事项达成如下协议。
P:一、采购标的
P:（一）乙方为甲方三条压延线及两条镀膜线提供在线检测系统，包括线扫相机及光源组件、镀膜测厚仪、工控机及服务器、检测软件许可，并负责安装调试、算法调优与培训。
P:（二）系统应能在线识别气泡、结石、划伤、压痕、崩边、镀膜色差与膜层缺失等缺陷，缺陷检出率不低于99.5%，误报率不高于0.3%；镀膜厚度测量重复性优于±1.5纳米。
P:二、合同价格
P:（一）本合同总价为人民币贰佰柒拾万元整（¥2,700,000），含税，含运输、保险、安装调试和质保期内服务。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|线扫相机及光源组件|5套|1,264,000
TB:2|在线镀膜测厚仪|2台|586,000
TB:3|工控机及服务器|1批|218,000
TB:4|检测软件许可（永久，含缺陷分类模块）|5套|392,000
TB:软硬件小计| | |2,460,000
TB:5|安装调试|1项|176,000
TB:6|算法调优及培训|1项|64,000
TB:合计| | |2,700,000
P:三、付款
P:（一）合同签订后十个工作日内，甲方向乙方支付合同总价的20%（¥540,000）作为预付款。
P:（二）全部设备到货并经甲方开箱清点签收后十个工作日内，支付合同总价的35%（¥945,000）。到货签收仅确认数量与外观，不代表质量验收。
P:（三）系统最终验收合格后十个工作日内，支付合同总价的45%（¥1,215,000）。
P:四、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，并在到货后四十五日内完成安装调试。安装期间乙方应遵守甲方的安全生产、动火及高温区作业管理制度。
P:（二）安装调试所需的支架、线缆及辅材由乙方提供，费用已包含在合同价格中。
P:五、验收
P:（一）安装调试完成后进入三十日连续在线试运行。验收标准为：缺陷检出率及误报率达到第一条第（二）项指标，以甲方质检部门人工复检的两千片样本为准；测厚结果与离线椭偏仪比对偏差在±2纳米以内；检测数据可实时推送至甲方MES系统；试运行期内无导致停线的系统故障。
P:（二）双方依据上述标准共同签署最终验收报告。设备安装完成或甲方投入使用，均不视为验收合格。
P:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，非甲方原因造成的硬件损坏由乙方免费维修或更换，软件缺陷免费修复并提供版本升级。
P:（二）故障响应：一级故障（检测系统停止工作或导致产线停线）乙方应在1小时内响应，8小时内到场；二级故障在8小时内响应，48小时内处理完毕。乙方每超时一小时，甲方可从质保金或应付款中扣减¥1,500。
P:（三）乙方每半年对相机标定和光源衰减进行一次免费巡检，并出具巡检报告。
P:七、质保期满后的维保
P:（一）质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的17.5%计取，即每年¥430,500，在质保期满后三个维保年度内保持不变。
P:（二）维保服务内容包括：备品备件更换、软件升级、远程诊断、每季度现场巡检及年度标定。维保合同按年度签订，不自动续期。
P:八、知识产权
P:（一）检测软件的著作权归乙方所有，乙方授予甲方在本厂区内永久使用的许可。
P:（二）乙方根据甲方产品规格调优形成的缺陷分类模型参数、判级规则、MES接口程序及相关文档，其知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:九、数据安全
P:（一）检测图像、缺陷统计、工艺参数及生产数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的堡垒机访问并全程审计；乙方不得在设备中预留远程后门。
P:（三）发生数据泄露或被篡改的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:十、保密
P:乙方对在合同履行中获悉的甲方工艺配方、产线布局、良率数据及商业信息负有保密义务，未经甲方书面许可不得向第三方披露，保密期限至相关信息公开之日止。
P:十一、分包
P:乙方可将设备安装、线缆敷设等现场工作分包给其合作单位，但应提前书面通知甲方，并对分包单位的工作质量和安全负责。
P:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）系统未能通过验收且经两次整改仍不合格的，甲方有权退货，乙方应退还全部已付款项。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:十三、合同解除
P:乙方严重违反本合同约定，经甲方书面通知后二十日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方友好协商；协商不成的，提交芜湖仲裁委员会仲裁，仲裁裁决是终局的。
P:十五、项目管理与人员
P:（一）乙方应指定一名具有六年以上视觉检测项目经验的项目经理，负责进度、质量、安全和沟通协调，并在合同签订后七日内提交项目实施计划，包括设备到货计划、各产线停线安装窗口、算法调优安排及验收计划。
P:（二）乙方现场人员应持有有效的电工、登高等特种作业证书，进入甲方厂区前参加甲方组织的安全教育，遵守甲方高温、玻璃搬运及粉尘区域的劳动保护规定。因乙方人员违章作业造成的人身伤害或财产损失由乙方承担。
P:（三）项目实施期间，乙方每周向甲方提交书面周报，说明已完成工作、存在问题及下周计划；重大事项应随时报告。
P:十六、培训与技术资料
P:（一）乙方应为甲方质检、设备和信息部门人员提供不少于五个工作日的培训，内容包括系统操作、缺陷判级规则维护、相机标定、日常保养及常见故障处理，培训结束后甲方学员应能独立完成日常维护。
P:（二）乙方应交付中文版操作手册、维护手册、备件清单、电气图纸、网络拓扑及接口说明，并在系统每次升级后更新相关资料。
P:十七、不可抗力
P:因地震、台风、洪水、战争等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后五日内书面通知对方并提供证明，双方协商延期履行或变更合同。
P:十八、其他
P:本合同附件包括技术规格书、设备清单、验收方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：皖南晶透光伏玻璃有限公司　　代表：__________　　日期：______
P:乙方（盖章）：视衡智能装备（苏州）有限公司　　代表：__________　　日期：______
"""


H246Z03 = """T:门店收银与会员管理SaaS服务及实施合同
P:合同编号：YD-SaaS-2025-031
P:甲方（客户）：康安堂大药房连锁有限公司
P:乙方（服务商）：云柜零售科技（杭州）有限公司
P:背景：甲方在省内经营一百五十家直营药店，拟将门店收银（POS）、医保刷卡对接、处方药登记和会员积分统一迁移到乙方的云端SaaS平台。乙方同意按本合同约定开通订阅服务并完成实施。
H:第1条　定义
P:1.1 “订阅服务”指乙方通过互联网向甲方提供的门店POS、会员管理、营销活动、库存查询及经营报表功能。
P:1.2 “订阅年度”指自服务开通日起每满三百六十五日的期间。
P:1.3 “甲方数据”指甲方及其门店、员工和会员在使用订阅服务过程中录入、上传或产生的全部数据，包括会员身份信息、购药记录、处方信息、交易流水和库存数据。
H:第2条　服务内容与期限
P:2.1 订阅服务覆盖一百五十家门店，每店含两个收银终端账号，总部含二十个管理账号。
P:2.2 初始服务期为三十六个月，自乙方书面通知服务开通并经甲方确认之日起算。
P:2.3 初始服务期届满前三十日内任何一方未书面提出不续订的，本合同自动续展一个订阅年度，此后亦同。续展年度的订阅费，乙方有权在上一订阅年度费用基础上单方上调，上调幅度不超过8%，以乙方书面通知为准。
H:第3条　费用
P:3.1 费用明细：
TB:项目|计费方式|金额（元）
TB:门店订阅费|150店×¥2,600/店/订阅年度×3个订阅年度|1,170,000
TB:实施费（数据迁移、医保接口、门店部署、培训）|一次性|186,000
TB:合计||1,356,000
P:3.2 订阅费按季度后付，每季度结束后十五日内乙方开具发票，甲方在收到发票后二十日内支付当季费用¥97,500。
P:3.3 实施费在上线验收合格后十五个工作日内一次性支付。本合同不设预付款。
H:第4条　实施与上线验收
P:4.1 乙方应在合同签订后六十日内完成全部门店的部署上线，包括历史会员数据迁移、医保结算接口联调、小票模板配置及店员培训。
P:4.2 上线验收标准：（1）会员数据迁移完整，抽样核对一千条无差错；（2）医保刷卡、扫码支付、现金收银在全部门店试运行十四日无差错；（3）高峰时段单笔收银耗时不超过3秒；（4）经营报表与财务系统对账一致。甲方依据上述标准签署上线验收单。
P:4.3 门店开始使用系统不视为上线验收合格。
P:4.4 因乙方原因未能按期上线的，每延迟一日，乙方向甲方支付违约金¥800。
H:第5条　服务水平
P:5.1 乙方承诺订阅服务的月可用率不低于99.5%。
P:5.2 故障响应：一级故障（全部或多家门店无法收银）乙方应在30分钟内响应，2小时内恢复或提供替代收银方案；二级故障在2小时内响应；三级故障在一个工作日内响应。
P:5.3 服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的3%给予服务抵扣，当月抵扣合计不超过当月订阅费的25%；一级故障响应超时的，每次抵扣¥1,000。
H:第6条　数据归属与数据安全
P:6.1 甲方数据归甲方所有。
P:6.2 甲方同意，乙方可对甲方数据进行去标识化处理后，用于行业经营分析报告、药品销售趋势研究及乙方产品功能改进，该等去标识化数据及其分析结果归乙方所有，本合同终止后亦可继续使用。
P:6.3 乙方应将甲方数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对会员身份信息和处方信息加密存储，访问须双因素认证并留存日志不少于六个月。
P:6.4 发生数据安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告；因乙方原因导致个人信息泄露的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚。
P:6.5 合同终止后三十日内，乙方应将甲方数据以通用格式完整返还甲方，并在甲方确认后彻底删除。
H:第7条　知识产权
P:7.1 SaaS平台及其标准功能的知识产权归乙方。
P:7.2 乙方为甲方专门开发的会员营销规则、医保对账报表、小票模板及数据迁移脚本归甲方所有，甲方可自由使用、修改并交由第三方维护。
H:第8条　保密
P:8.1 双方对因合作知悉的对方商业秘密负保密义务，包括但不限于甲方的门店经营数据、采购价格和会员规模。保密义务在合同终止后三年内持续有效。
H:第9条　分包
P:9.1 乙方将门店现场部署工作委托第三方实施的，须事先取得甲方书面同意，并对第三方的行为承担连带责任。
H:第10条　违约与解除
P:10.1 任何一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除本合同。
P:10.2 月可用率连续三个月低于99%的，甲方有权解除合同，无须承担任何违约责任。
P:10.3 合同解除后，甲方仅需支付解除前实际使用期间的订阅费。
H:第11条　法律适用与争议解决
P:11.1 本合同适用中华人民共和国法律。争议提交长沙仲裁委员会仲裁。
H:第12条　项目组织与培训
P:12.1 乙方应组建由项目经理、实施顾问、医保接口工程师和数据迁移工程师组成的实施团队，项目经理在实施期内每周与甲方信息部召开一次例会，形成会议纪要。
P:12.2 乙方应按片区分批组织门店上线，每批上线前完成店长及收银员培训，并在上线首日安排人员远程值守；总部管理人员的报表、营销活动配置培训不少于两次。
P:12.3 乙方应提供中文版用户手册、门店操作速查卡和常见问题解答，并在平台版本更新时同步更新。
H:第13条　服务变更
P:13.1 甲方新增或关闭门店的，订阅费自门店开通或关闭的次月起按每店标准相应增减，乙方应在收到甲方书面通知后五个工作日内完成开通或停用。
P:13.2 甲方提出超出本合同范围的定制需求的，双方另行书面确认工作量和费用后实施。
H:第14条　不可抗力
P:14.1 因自然灾害、战争、公共卫生事件或基础电信网络大面积中断等不可抗力造成服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。
H:第15条　通知
P:15.0 双方应各自指定合同联系人，负责日常沟通、服务开通和停用申请、发票传递及问题升级。联系人变更的，应提前三个工作日书面告知对方。重大服务事件的升级路径为：门店店长、区域经理、甲方信息部负责人与乙方客户成功经理、乙方交付总监。
P:15.1 本合同项下的通知以书面形式送达合同首部载明的地址或双方确认的电子邮箱，电子邮件发出后即视为送达。
H:第16条　其他
P:16.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:甲方：康安堂大药房连锁有限公司（盖章）　　授权代表：__________　　日期：______
P:乙方：云柜零售科技（杭州）有限公司（盖章）　　授权代表：__________　　日期：______
"""


H246Z04 = """T:城市内涝监测预警平台运行维护服务合同
P:（政府采购 竞争性磋商）
P:合同编号：CG-YW-2025-046
P:采购人（甲方）：某市城市管理局
P:成交供应商（乙方）：江城水务信息工程有限公司
P:根据某市城市内涝监测预警平台运行维护服务项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，签订本合同。
H:第一条　服务范围
P:1.1 乙方负责甲方城市内涝监测预警平台的日常运行维护，包括：平台软件及数据库运维、二百一十二个积水监测站点（含雷达液位计、雨量计、视频监控及太阳能供电单元）的巡检与维护、易涝点预警信息推送、汛期值守保障及运维报告编制。
P:1.2 服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止；甲方如需续约，应重新履行采购程序。
H:第二条　服务费用
P:2.1 本合同总价为人民币捌拾捌万肆仟元整（¥884,000），为含税固定总价，明细如下：
TB:服务项目|计算方式|金额（元）
TB:平台软件及数据库运维|包干|486,000
TB:监测站点巡检维护|212个站点×¥1,150|243,800
TB:设备备品备件|包干|96,200
TB:汛期专项值守保障|包干|58,000
TB:合计||884,000
P:2.2 服务费按季度支付：每季度结束且季度考核合格后十五个工作日内，甲方支付当季服务费¥221,000。甲方不预付任何费用。
H:第三条　服务标准
P:3.1 平台月可用率不低于99.95%，每月计划停机累计不超过两小时且须提前报甲方同意。
P:3.2 监测站点数据在线率每月不低于98%，数据上传间隔在汛期不超过5分钟、非汛期不超过15分钟。
P:3.3 故障分级与响应时限：一级故障（平台整体瘫痪、预警推送中断或十个以上站点同时离线）乙方应在6小时内响应，12小时内恢复；二级故障（单个站点离线或数据异常）在24小时内响应，48小时内修复；三级故障（一般性问题）在三个工作日内处理。
P:3.4 每年4月至9月为汛期。汛期内乙方应安排不少于四名技术人员驻场值守，遇暴雨红色、橙色预警时实行二十四小时值班。
P:3.5 乙方应于每季度首月十日前提交上季度运维报告，内容包括站点运行统计、故障处理记录、设备更换明细和改进建议。
H:第四条　考核与扣款
P:4.1 甲方按季度对乙方进行考核，考核依据为本合同第三条约定的服务标准、运维报告及甲方抽查结果，考核结果书面通知乙方。
P:4.2 平台月可用率每低于约定值0.01个百分点，扣减当季服务费¥1,500；站点数据在线率每低于约定值1个百分点，扣减¥2,000；故障响应或修复每超时一小时，扣减¥500。
P:4.3 汛期值守人员缺岗的，每人每日扣减¥800。
P:4.4 季度考核不合格的，甲方有权暂停支付当季服务费，直至乙方整改完毕并经甲方复核合格。
H:第五条　服务启动
P:5.1 乙方应于服务期开始后十日内完成交接，提交站点台账、账号权限清单及应急预案。乙方逾期完成交接的，每逾期一日支付违约金¥600。
H:第六条　数据
P:6.1 平台中的监测数据、视频图像、预警记录和运维日志归甲方所有，乙方不得将其用于本合同以外的任何用途。
H:第七条　保密
P:7.1 乙方对履行合同过程中接触的甲方内部资料、城市排水管网信息、易涝点分布及应急预案负有保密义务，不得向任何第三方泄露。乙方驻场人员应签署保密承诺书。
P:7.2 保密义务在本合同终止后继续有效。
H:第八条　知识产权
P:8.1 乙方在服务期内编制的运维报告、巡检记录、站点台账、运维脚本及平台优化配置归甲方所有。
H:第九条　人员与分包
P:9.1 乙方应配备项目经理一名、平台运维工程师两名、站点巡检人员不少于六名，人员变更须经甲方同意。
P:9.2 乙方不得将本合同服务转包或分包。
H:第十条　违约责任与合同解除
P:10.1 乙方连续两个季度考核不合格，或因乙方原因导致汛期预警信息未能按时发布造成严重后果的，甲方有权解除合同，并要求乙方赔偿损失。
P:10.2 甲方无正当理由逾期支付服务费的，按逾期金额每日万分之二支付违约金。
H:第十一条　法律适用与争议解决
P:11.1 本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
H:第十二条　人员管理与安全生产
P:12.1 乙方驻场及巡检人员应统一着装、佩戴工作证，在道路、下穿通道和河道旁作业时设置警示标志，落实交通疏导措施；雨天及夜间巡检应至少两人同行。
P:12.2 乙方应为全部作业人员购买意外伤害保险。因乙方人员作业造成本人或第三方人身伤害、财产损失的，由乙方承担责任。
P:12.3 乙方应建立运维人员档案，项目经理、平台运维工程师离岗超过三日须提前报甲方批准并安排同等资历人员替代。
H:第十三条　应急保障
P:13.1 乙方应编制汛期应急保障方案，明确应急联系人、值守排班、备用通信手段和备品备件储备地点，并于每年3月底前报甲方审定。
P:13.2 遇暴雨预警时，乙方应在预警发布后一小时内完成平台及重点站点状态检查并向甲方报告，配合甲方开展易涝点巡查和现场视频调度。
P:13.3 汛期结束后十五日内，乙方应提交汛期运维总结，分析站点故障原因、预警发布情况及设备改进建议。
H:第十三条之一　设备更换
P:13.4 监测设备损坏需要更换的，乙方应优先使用本合同备品备件；更换的设备型号、参数应与原设备一致或经甲方书面确认。更换下的旧设备由乙方登记后交回甲方，不得自行处置。
P:13.5 备品备件费用不足以覆盖服务期内必要更换的，乙方应提前书面报告甲方，由双方协商处理；未经甲方同意，乙方不得以备件不足为由延误故障修复。
P:13.6 乙方应每月核对站点设备台账，记录每个站点的设备编号、安装位置、供电状态、通信卡号和最近一次巡检时间，并在运维报告中如实反映。
P:13.7 对于因道路施工、管网改造等外部原因需要迁移的监测站点，乙方应配合甲方完成迁移和重新标定，迁移所需的土建费用由甲方另行安排。
H:第十四条　资料移交
P:14.1 服务期满或合同解除时，乙方应向甲方或甲方指定的接替单位移交站点台账、设备档案、账号权限、运维记录和技术文档，并提供不少于十个工作日的交接配合。
H:第十五条　不可抗力
P:15.1 因地震、特大洪水等不可抗力导致设备损毁或服务中断的，受影响方应及时通知对方，双方协商恢复措施，相应期间不纳入考核。
H:第十六条　其他
P:16.1 竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。
P:甲方（盖章）：某市城市管理局　　　　　代表：__________　　日期：______
P:乙方（盖章）：江城水务信息工程有限公司　　代表：__________　　日期：______
"""


H246Z05 = """T:企云通ERP软件销售及实施服务合同（标准文本 V4.0）
P:合同编号：QYT-XS-2025-0412
P:甲方（用户）：武冈卤香园食品有限公司
P:乙方（软件方）：企云通软件科技（长沙）有限公司
P:说明：本合同采用乙方标准合同文本。甲方购买乙方企云通ERP软件使用许可，并委托乙方完成豆腐干卤制生产相关的定制开发和实施工作。双方确认已阅读并理解全部条款。
H:一、产品与服务
P:1.1 乙方向甲方提供企云通ERP软件使用许可，包括生产管理、仓储管理、采购管理、销售管理和财务管理五个模块，并发用户数三十个。
P:1.2 乙方按甲方需求定制开发“卤制工艺批次追溯”和“经销商在线订货”两个功能模块，并完成系统安装、基础数据导入、流程配置和操作培训。
H:二、价款
P:2.1 合同总金额为人民币捌拾肆万元整（¥840,000），明细如下：
TB:项目|说明|金额（元）
TB:ERP软件使用许可|五模块，三十并发用户，永久|520,000
TB:定制开发|批次追溯、经销商订货|236,000
TB:实施服务|安装、数据导入、配置、培训|84,000
TB:合计||840,000
H:三、付款方式
P:3.1 合同签订后五个工作日内，甲方支付合同总金额的55%，即¥462,000。乙方收到该款项后启动项目。
P:3.2 系统上线后五个工作日内，甲方支付剩余45%，即¥378,000。
P:3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，逾期超过十五日的，乙方有权暂停服务。
H:四、实施周期
P:4.1 乙方计划在收到首付款后九十日内完成系统上线。实施周期受甲方需求变更、基础数据准备及配合程度影响，乙方将尽力按计划完成，但不对具体上线日期作出保证。
P:4.2 甲方应指定项目联系人，按乙方要求及时提供生产配方、物料编码、客户档案及历史单据等基础资料。
H:五、上线与验收
P:5.1 系统安装完成并正式上线运行，即视为甲方验收合格。
P:5.2 上线后甲方发现的问题，乙方在维护期内予以处理，但不影响验收结论及付款义务。
H:六、免费维护期
P:6.1 乙方自系统上线之日起提供六个月免费维护，内容包括软件缺陷修复和远程技术支持。
P:6.2 故障响应：紧急故障（系统无法登录或无法开单）乙方在8小时内响应；一般故障在两个工作日内响应。乙方将尽力排除故障，但对响应或修复超时不承担扣款、赔偿或违约金责任。
P:6.3 免费维护期内，现场服务按次收费，每人每日¥1,800，差旅费由甲方承担。
H:七、年度维护服务
P:7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为ERP软件使用许可费的28%，即每年¥145,600，按年预付。
P:7.2 年度维护服务包括软件版本升级、远程支持和每年两次上门巡检。年度维护合同逐年签订。
P:7.3 甲方未购买年度维护服务的，乙方不再提供任何升级和技术支持，重新购买时需补缴中断期间的维护费。
H:八、知识产权
P:8.1 企云通ERP软件及其全部模块的著作权归乙方所有。
P:8.2 乙方为甲方定制开发的批次追溯模块、经销商订货模块及其源代码、设计文档，知识产权均归乙方所有。甲方在许可期限内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制开发成果纳入标准产品向其他客户销售。
H:九、数据
P:9.1 甲方录入系统的业务数据归甲方所有，乙方仅在实施和维护所需范围内接触该数据。
P:9.2 乙方在实施和远程维护过程中应采取账号权限控制、操作日志留存和数据加密传输等安全措施，不得擅自下载或复制甲方数据；发现数据泄露或丢失的，应在二十四小时内通知甲方。因乙方过错导致甲方数据泄露的，乙方承担相应赔偿责任。
P:9.3 甲方应自行做好服务器及数据的日常备份，因甲方未备份导致的数据损失由甲方自行承担。
H:十、违约责任
P:10.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:10.2 乙方对因使用本软件导致的间接损失、利润损失、停产损失不承担责任。
H:十一、合同解除
P:11.1 一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。
P:11.2 合同解除的，已支付的软件许可费不予退还。
H:十二、不可抗力
P:12.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。
H:十三、争议解决
P:13.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:十四、甲方义务
P:14.1 甲方应为实施人员提供必要的办公场所、网络环境和服务器，指定熟悉生产、仓库和财务业务的关键用户全程参与需求调研、流程确认和上线测试。
P:14.2 甲方应按乙方提供的模板整理物料编码、产品配方、工艺路线、客户及供应商档案，并对所提供资料的准确性负责。因资料错误导致的返工，乙方有权按实际人天另行收费。
P:14.3 甲方应保证服务器操作系统、数据库等第三方软件已取得合法授权，相关费用由甲方自行承担。
H:十五、需求变更
P:15.1 上线前甲方提出的新增功能或流程调整，经乙方评估后以变更单形式确认工作量、费用及工期，变更单经双方签字后执行。
P:15.2 因需求变更导致实施周期延长的，乙方不承担任何责任。
H:十六、培训
P:16.1 乙方为甲方提供两次集中操作培训，每次不超过两天，培训对象为甲方关键用户。其他人员由甲方关键用户自行培训。
P:16.2 超出上述范围的培训按乙方现场服务标准收费。
H:十六之一、上线准备
P:16.3 上线前，甲方应完成期初库存盘点、应收应付余额核对和在制品清理，乙方协助导入期初数据。期初数据导入后，由甲方财务负责人签字确认。
P:16.4 上线当月，乙方安排一名实施顾问驻场不超过五个工作日，协助甲方处理生产领料、成品入库、销售出库和月末结账中的操作问题。驻场期满后转为远程支持。
P:16.5 甲方各车间、仓库和门店的网络及终端设备应在上线前准备就绪，因甲方准备不足导致上线推迟的，实施周期相应顺延。
H:十七、通知
P:17.1 双方联系人及联系方式以本合同首部信息为准，一方变更联系方式应书面通知对方。
H:十八、其他
P:18.1 本合同未尽事宜，由双方另行协商并以书面形式补充。
P:18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：武冈卤香园食品有限公司　　代表：__________　　日期：______
P:乙方（盖章）：企云通软件科技（长沙）有限公司　　代表：__________　　日期：______
"""


H246E01 = """T:Software Licence and Services Agreement - BladeForm Profile Suite
P:Agreement No. LQ-BF-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Longquan Qingfeng Sword Forging Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Longquan, Zhejiang Province (the "Customer"); and
P:(2) Lamafilo Software S.r.l., a company organised under the laws of Italy, with its registered office on the Isola di Santa Maria della Grazia, Italy (the "Vendor").
H:Recitals
P:A. The Customer forges traditional Longquan swords and sabres and wishes to digitise the blade profiles, tapers and fuller geometries kept by its master smiths, so that templates can be reproduced, compared and passed on to apprentices.
P:B. The Vendor develops BladeForm, a design and measurement suite for edged tools, and has offered perpetual licences, a profile scanner module, a library of templates customised to the Customer's historical designs, and installation and training.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means the BladeForm Designer and the BladeForm Profile Scanner Module in object code, together with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Templates" means the forty blade-profile templates, tolerance sets and comparison reports that the Vendor creates for the Customer from the Customer's drawings, scans and sample blades.
P:1.3 "Final Acceptance" means the Customer's signature of the acceptance certificate under Clause 5.
P:1.4 "Customer Data" means all drawings, scans, measurements, photographs, forging notes and other information that the Customer or its staff provide to the Vendor or process with the Licensed Software.
H:2. Scope
P:2.1 The Vendor shall deliver the Licensed Software for six workstations and two scanner stations, create the Custom Templates, install the software at the Customer's workshop in Longquan, connect two laser profile scanners supplied by the Customer, and train the Customer's staff.
P:2.2 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the licensed number of workstations for its own business, including at any workshop the Customer operates in mainland China.
H:3. Price
P:3.1 The total Contract Price is CNY 600,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:BladeForm Designer perpetual licence|6 seats|58,000|348,000
TB:Profile Scanner Module perpetual licence|2 seats|46,000|92,000
TB:Licence subtotal|||440,000
TB:Custom Templates (40 profiles and tolerance sets)|1 lot|126,000|126,000
TB:Installation and training|1 lot|34,000|34,000
TB:Total Contract Price|||600,000
P:3.2 The Contract Price is fixed. No travel, accommodation or translation costs shall be charged in addition.
H:4. Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 120,000) within 20 days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 270,000) within 20 days after the Licensed Software has been installed on all workstations and the Vendor has delivered the first twenty Custom Templates.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 210,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the Vendor's account stated on the invoice. The Vendor bears its own bank charges and any currency conversion.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and deliver all Custom Templates within 90 days after signature.
P:5.2 After delivery the parties shall run acceptance tests over 20 working days. The software passes if: (a) every function listed in Schedule 1 works as described; (b) scans of ten reference blades reproduce the profile within 0.04 mm; (c) each Custom Template matches the master smith's drawing within the tolerance set agreed for it; and (d) comparison reports can be exported to PDF and DXF.
P:5.3 If the tests are passed, the Customer shall sign the acceptance certificate within five working days. If they are not passed, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Installation, use of the software for daily work or payment under Clause 4.2 does not constitute acceptance.
P:5.4 If the Vendor is late in completing installation or delivering the Custom Templates, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
H:6. Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Templates will conform to Schedule 1 and to the agreed tolerances for a Warranty Period of six months from Final Acceptance.
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and provide updates and remote support on working days.
H:7. Support and Service Levels
P:7.1 Support requests are classified as Severity 1 (the software cannot be started, or scans cannot be processed), Severity 2 (a function does not work but a workaround exists) and Severity 3 (questions and minor issues).
P:7.2 The Vendor shall respond to a Severity 1 request within 2 hours, 24 hours a day, and shall provide a fix or workaround within 24 hours. Severity 2 requests shall receive a response within 8 working hours and Severity 3 requests within three working days.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 500 against the next invoice or pay that amount if no invoice is due.
P:7.4 After the Warranty Period the Customer may order Annual Support at 11% of the Licence subtotal per year, that is CNY 48,400 per year. This fee is fixed for the first three support years; any later change requires written agreement. Annual Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Licensed Software, including all updates, remains the property of the Vendor and its licensors.
P:8.2 The Custom Templates, tolerance sets and comparison reports, and all intellectual property rights in them, belong to the Customer from creation. The Customer may use, modify, copy and license them freely, including with other software. The Vendor shall deliver them in open formats and shall not reuse them for any other customer.
P:8.3 The Vendor shall indemnify the Customer against third-party claims that the Licensed Software infringes any intellectual property right.
H:9. Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep copies after the work is done.
P:9.2 The Vendor shall access Customer Data only on the Customer's premises or through a remote session opened by the Customer for each occasion, shall not transfer Customer Data outside mainland China, and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:9.3 The Vendor shall notify the Customer within 24 hours of any unauthorised access to, or loss of, Customer Data, shall cooperate in containing it, and is responsible for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's forging methods, blade designs and customer lists, and shall use it only for this Agreement. This obligation survives termination for three years.
H:11. Liability
P:11.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:11.2 The Vendor's total liability arising out of or in connection with this Agreement shall not exceed 50% of the Contract Price.
H:12. Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:13. Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.2 If the Customer terminates before Final Acceptance for the Vendor's breach, the Vendor shall refund all amounts paid and the Customer shall remove the Licensed Software.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration, seated in Milan, in the English language.
H:15. Project Management and Training
P:15.1 Each party shall name a project lead within seven days after signature. The Vendor's project lead shall speak English and be supported by an interpreter supplied by the Vendor for all meetings and training at the workshop.
P:15.2 Training shall cover scanning, template editing, tolerance setting and report export, and shall be given to at least eight of the Customer's smiths and apprentices in two sessions. The Vendor shall provide a printed quick guide in Chinese.
H:16. General
P:16.1 This Agreement, with Schedule 1 (Functional Description) and Schedule 2 (Installation Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________ Name: ____________ Date: ________
P:For the Vendor: ____________________ Name: ____________ Date: ________
"""


H246E02 = """T:ORDER FORM No. WL-2025-113 - TICKETSTROM CLOUD TICKETING
P:This Order Form is entered into between Zhangjiajie Wulingyuan Scenic Area Tourism Operations Co., Ltd., Wulingyuan District, Zhangjiajie, Hunan Province, PRC ("Customer"), and Ticketstrom GmbH, registered on the Insel Mariaort, Germany ("Ticketstrom"). It incorporates the Ticketstrom General Terms set out below (together, the "Agreement"). All amounts are stated and payable in CNY at the Customer's request.
H:PART A - ORDER DETAILS
P:A1. Services. Ticketstrom will provide its cloud ticketing platform for the Wulingyuan scenic area: online and window ticket sales, timed-entry quotas for the Tianzi Mountain and Yuanjiajie sections, real-name verification of visitors, face-recognition gate integration at 26 entrances, shuttle-bus seat allocation, group and travel-agency booking, refunds, and daily revenue reconciliation (the "Services").
P:A2. Subscription Term. 36 months from the Service Start Date, which is the date on which Ticketstrom notifies the Customer in writing that the production tenant is available. The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.
P:A3. Fees.
TB:Item|Basis|Amount (CNY)
TB:Subscription fee, Year 1|annual|328,000
TB:Subscription fee, Year 2|annual|328,000
TB:Subscription fee, Year 3|annual|328,000
TB:Set-up and configuration fee|one-time|96,000
TB:Gate integration fee (26 entrances)|one-time|60,000
TB:Total fees|36 months|1,140,000
P:A4. Invoicing and payment. (a) On signature of this Order Form, Ticketstrom will invoice the subscription fees for Year 1 and Year 2 together with the set-up and configuration fee, a total of CNY 752,000, payable within 15 days after the invoice and in any case before the Service Start Date. (b) The subscription fee for Year 3 is invoiced at the start of Year 3 and payable within 30 days. (c) The gate integration fee is invoiced after Go-Live Acceptance and payable within 30 days.
P:A5. Go-Live. Ticketstrom will make the Services available for Go-Live Acceptance within 70 days after signature. If Ticketstrom is late, it will credit the Customer CNY 200 for each day of delay, up to CNY 20,000 in total.
P:A6. Customer contacts. Operations: the Ticketing Centre of the Customer. Finance: the Customer's finance department. Ticketstrom project manager: to be named within five days of signature.
P:A7. Order of precedence. If this Order Form and the General Terms conflict, this Order Form prevails.
H:PART B - TICKETSTROM GENERAL TERMS
H:1. Provision of the Services
P:1.1 Ticketstrom will provide the Services in accordance with the documentation and the service levels in Section 4, and will keep the Services hosted on cloud infrastructure located in mainland China.
P:1.2 Ticketstrom may improve the Services from time to time, provided that no change materially reduces the functions ordered in Part A.
P:1.3 The Customer is responsible for its own network connections, window terminals and gate hardware, and for the accuracy of prices and quotas it enters.
H:2. Go-Live Acceptance
P:2.1 Before Go-Live, Ticketstrom will run acceptance tests with the Customer. The tests are passed when: (a) all functions in A1 work with the Customer's price tables and quotas; (b) real-name verification succeeds against the Customer's test identity data; (c) all 26 gates admit and reject test tickets correctly; (d) the platform processes 3,000 ticket orders per minute for 30 minutes without error; and (e) the daily reconciliation report matches the payment channels' statements.
P:2.2 The Customer will sign a Go-Live Acceptance certificate when the tests are passed. Using the Services for selling tickets before that date does not mean acceptance.
H:3. Fees and Taxes
P:3.1 Fees are inclusive of VAT. Ticketstrom will issue valid Chinese VAT invoices through its appointed local billing agent.
P:3.2 Late payments bear interest at 0.02% per day on the overdue amount.
H:4. Service Levels
P:4.1 Availability. The Services will be available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and scheduled between 01:00 and 05:00 Beijing time.
P:4.2 Incident response. Priority 1 incidents (ticket sales or gate verification unavailable at any entrance) receive a response within 30 minutes and a workaround within 2 hours, at any time. Priority 2 incidents receive a response within 2 hours; Priority 3 within one business day.
P:4.3 Service credits. If monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point below the commitment or part of it, up to 50% of that monthly share. Each missed Priority 1 response time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
H:5. Customer Data
P:5.1 All data that the Customer or its visitors enter into the Services, including visitor identity data, ticket records and revenue data ("Customer Data"), belongs to the Customer. Ticketstrom uses Customer Data only to provide the Services to the Customer.
P:5.2 Ticketstrom will protect Customer Data in accordance with MLPS level 3, encrypt identity data in storage and transit, restrict access to named support staff using multi-factor authentication, and keep access logs for six months.
P:5.3 Ticketstrom will notify the Customer of any security incident affecting Customer Data within 24 hours, will assist the Customer in meeting its reporting duties, and is responsible for losses resulting from its failure to comply with this Section 5.
P:5.4 Within 30 days after the end of the Agreement Ticketstrom will return Customer Data in CSV format and then delete it.
H:6. Subcontractors
P:6.1 Ticketstrom may engage subcontractors and sub-processors, including its hosting provider, payment gateway provider and local support partner, at its discretion. Ticketstrom will inform the Customer of any new subcontractor by e-mail and remains responsible for their performance.
H:7. Intellectual Property
P:7.1 Ticketstrom owns the Services and all improvements to them.
P:7.2 The price tables, quota rules, report layouts and gate configurations prepared for the Customer are the Customer's property and may be used and modified by the Customer or handed to any successor provider.
H:8. Confidentiality
P:8.1 Each party will keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need it. This obligation continues for three years after the Agreement ends.
H:9. Liability
P:9.1 Neither party is liable for indirect damages or lost profits, except in case of intent or gross negligence.
P:9.2 Each party's total liability under the Agreement is limited to twice the total fees in Part A.
H:10. Termination
P:10.1 Either party may terminate the Agreement for material breach by the other party that is not cured within 30 days after written notice.
P:10.2 If the Customer terminates for Ticketstrom's breach, Ticketstrom will refund any prepaid fees for the period after termination.
H:11. Governing Law and Disputes
P:11.1 At the Customer's request, the Agreement is governed by the laws of the People's Republic of China.
P:11.2 Disputes will be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
H:12. Implementation and Training
P:12.1 Ticketstrom will assign a project manager and an implementation consultant who speak Chinese. The project manager will agree a project plan with the Customer within ten days after signature, covering tenant set-up, loading of price tables and quotas, travel-agency accounts, gate integration, tests and cut-over from the Customer's current ticketing system.
P:12.2 Cut-over will take place outside the peak seasons announced by the Customer, on a date agreed in writing. Ticketstrom will keep staff on site during the first three days after cut-over.
P:12.3 Ticketstrom will train the Customer's window staff, gate supervisors, finance staff and system administrators, and will provide user guides in Chinese.
P:12.4 Before cut-over, Ticketstrom will run a full rehearsal with the Customer's staff on a normal weekday, including window sales, online sales, group bookings, gate admission, refunds and the end-of-day reconciliation, and will correct any problem found before the cut-over date is confirmed.
P:12.5 Ticketstrom will keep the Customer's historical ticket and revenue data from the previous system available for searching in the platform, after migration checked by the Customer's finance staff, for the whole Subscription Term.
P:12.6 Ticketstrom will provide a fallback procedure that allows the Customer to sell and verify tickets offline at every entrance if the Services are interrupted, and will train supervisors to use it.
H:13. Changes to the Services
P:13.1 The Customer may request additional entrances, ticket types or integrations. Ticketstrom will provide a written quotation, and no change is binding until both parties sign a change order.
P:13.2 Ticketstrom will give the Customer at least 30 days' written notice of any change to the user interface that affects window staff or visitors, and will provide updated guides before the change.
H:14. Force Majeure
P:14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or failures of public telecommunications networks, provided that it informs the other party without delay and does its best to limit the effects.
H:15. Miscellaneous
P:15.1 Notices must be in writing and sent to the addresses in this Order Form.
P:15.2 Neither party may assign the Agreement without the other's written consent.
P:Signed for the Customer: ____________________ Date: ________
P:Signed for Ticketstrom GmbH: ____________________ Date: ________
"""


H246E03 = """T:PURCHASE CONTRACT FOR POND WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. LJ-HS-2025-029
P:Buyer: Fujian Lianjiang Haiyu Sea Cucumber Aquaculture Co., Ltd., Huangqi Town, Lianjiang County, Fuzhou, Fujian Province, PRC (the "Buyer").
P:Supplier: Aquaveille SAS, registered office on the Île Logodenn, France (the "Supplier").
P:This contract is drawn up on the Buyer's standard terms. At the Buyer's request all prices are quoted and paid in CNY.
H:Article 1 Purpose
P:1.1 The Buyer raises sea cucumbers in coastal ponds and in summer hanging cages. Sudden drops in dissolved oxygen, salinity swings after heavy rain and high water temperature cause heavy losses. The Buyer therefore buys a monitoring system that measures pond water around the clock and alerts its staff before conditions become dangerous.
P:1.2 The Supplier shall supply, install and commission 48 multi-parameter probes (dissolved oxygen, temperature, salinity, pH and turbidity), 12 solar-powered wireless gateways, and a perpetual licence to its AquaView monitoring software, and shall calibrate the system and train the Buyer's staff (together, the "System").
H:Article 2 Price
P:2.1 The contract price is CNY 1,368,000, including VAT, packing, sea and inland freight, insurance, customs clearance, installation and all services during the warranty period:
P:(a) 48 multi-parameter probes at CNY 18,500 each: CNY 888,000;
P:(b) 12 wireless gateways with solar panels and batteries at CNY 14,000 each: CNY 168,000;
P:(c) AquaView monitoring software, perpetual licence for one site with unlimited users: CNY 146,000;
P:Hardware and licence subtotal: CNY 1,202,000;
P:(d) Installation in the ponds and cages, mooring and cabling: CNY 118,000;
P:(e) Calibration, alarm configuration and training: CNY 48,000.
P:2.2 The price is fixed and shall not be adjusted for exchange-rate movements, freight rates or duties.
H:Article 3 Payment
P:3.1 Advance payment: 10% of the contract price (CNY 136,800) within 15 working days after signature, against an advance-payment bank guarantee from a bank in mainland China for the same amount.
P:3.2 Installation payment: 55% of the contract price (CNY 752,400) within 15 working days after the Buyer signs the Installation Certificate. The Installation Certificate records that the equipment has been delivered and installed; it is not acceptance.
P:3.3 Final payment: 35% of the contract price (CNY 478,800) within 15 working days after the Buyer signs the Final Acceptance Certificate.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment through its agent in Fuzhou.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the Buyer's farm within 80 days after signature and complete installation within 30 days after delivery, at times agreed with the Buyer's farm manager to avoid feeding and harvest periods.
P:4.2 Probes and gateways shall be rated for continuous immersion in seawater, protected against biofouling, and suitable for typhoon conditions.
P:4.3 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. If the delay exceeds 60 days, the Buyer may also terminate the contract.
H:Article 5 Acceptance
P:5.1 After installation the System shall run for 30 consecutive days. Final acceptance requires that: (a) every probe reports at the configured interval with no more than 2% missing readings; (b) readings agree with the Buyer's laboratory measurements within the tolerances in Annex 1 (dissolved oxygen within 0.2 mg/L, salinity within 0.3 PSU, temperature within 0.2 C); (c) alarms for low oxygen and salinity changes reach the farm staff's mobile phones within 60 seconds in three tests; and (d) gateways keep running for 72 hours on battery without sun.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven days. Otherwise the Supplier shall correct the defects and the 30-day run shall be repeated. Delivery, installation, use of the System or any payment shall not be taken as acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period the Supplier shall repair or replace any defective probe, gateway or part free of charge, recalibrate probes every quarter, replace sensor membranes and batteries that fail, and provide software updates.
P:6.2 Defects are classified as Severity 1 (the monitoring platform or more than five probes are down, or alarms are not sent), Severity 2 (a single probe or gateway fails) and Severity 3 (other issues). The Supplier shall respond to Severity 1 defects within 1 hour at any time of day, restore monitoring within 24 hours, and replace failed probes from a stock of spares kept at the farm. Severity 2 defects shall receive a response within 8 hours and be repaired within three days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount payable or claim it from the Supplier.
H:Article 7 Support after Warranty
P:7.1 After the warranty period, the Buyer may order annual support at 8% of the hardware and licence subtotal per year, that is CNY 96,160 per year. The fee is fixed for three support years after the warranty. Support is ordered by written order each year and does not renew automatically.
P:7.2 Annual support covers the same services as the warranty, except that replacement of probes damaged by storms or by the Buyer's staff is charged at the prices in Annex 2.
H:Article 8 Intellectual Property
P:8.1 The AquaView software remains the Supplier's property. The Buyer receives a perpetual, irrevocable licence for its farms.
P:8.2 The alarm rules, calibration curves, dashboards and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and hand them to any other service provider.
H:Article 9 Data
P:9.1 All measurements, alarms, pond records and other data generated by the System belong to the Buyer. The Supplier may use them only to perform this contract.
P:9.2 The AquaView server shall be installed in the Buyer's office. The Supplier shall access it remotely only through a connection approved by the Buyer for each session, shall not copy data outside the Buyer's systems or outside mainland China, and shall protect passwords and keys.
P:9.3 The Supplier shall inform the Buyer within 12 hours of any unauthorised access or data loss it becomes aware of, shall help the Buyer to restore the data, and is liable for all losses resulting from its breach of this Article.
H:Article 10 Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's farming methods, stocking densities, yields, pond layouts, prices and all other non-public information received under this contract, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues after the end of the contract.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local installation team named in Annex 3 is approved by signature of this contract. The Supplier remains responsible for all subcontractors.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this contract is limited to 150% of the contract price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Article 4.3.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by typhoon, earthquake, war or other events beyond its control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Article 16 Project Organisation and Training
P:16.1 The Supplier shall appoint a project manager who shall be present at the farm during installation and the acceptance run, and shall agree a work schedule with the Buyer's farm manager that takes account of tides and weather.
P:16.2 The Supplier shall train at least six of the Buyer's staff in the use of the AquaView software, the handling and cleaning of probes, battery replacement and basic fault finding, and shall provide manuals in Chinese.
P:16.3 The Supplier shall keep a stock of at least four spare probes and one spare gateway at the farm during the warranty period, and shall replace any spare used within ten days.
P:16.4 Installation work in the cages shall be carried out from the Buyer's boats with the Buyer's crew, at the Supplier's risk as regards its own staff and tools.
H:Article 17 Miscellaneous
P:17.1 Annex 1 (Technical Specifications and Tolerances), Annex 2 (Spare Parts Price List) and Annex 3 (Installation Team) form part of this contract. This contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________ Date: ________
P:For the Supplier: ____________________ Date: ________
"""


H246E04 = """T:Managed IT and Desktop Support Services Agreement
P:Reference: SZ-MIT-2025-014
P:Parties: Shengzhou Lingyun Necktie Trading Co., Ltd., Shengzhou, Zhejiang Province, PRC ("Client"); and Porrassa Servicios Gestionados S.L., with its registered office on the Illa de Sa Porrassa, Spain ("Provider").
P:Background: The Client designs, sources and exports silk and polyester neckties and runs an office in Shengzhou, a sample showroom and a warehouse. It has about 140 users and no in-house IT team. The Provider offers managed IT services through its service desk and a local engineering partner. The Client has asked for all charges to be stated and paid in CNY.
H:Section 1 - Interpretation
P:1.1 "Services" means the managed IT services in Section 2 and Schedule A.
P:1.2 "Service Start Date" means the date on which the Client signs the Service Acceptance certificate under Section 4.
P:1.3 "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service. Incidents are prioritised P1 to P4 as set out in Section 5.
P:1.4 "Client Data" means all data of the Client, its staff, customers and suppliers that the Provider can access when performing the Services, including e-mail, order and shipping records, designs, price lists and personal information.
H:Section 2 - Services
P:2.1 The Provider shall provide: (a) a service desk in Chinese and English from 08:00 to 20:00 Beijing time on working days, with an on-call line at all other times for P1 Incidents; (b) remote and on-site desktop support for about 140 laptops and desktops, printers and showroom display screens; (c) management of the Client's Microsoft 365 tenant, accounts, licences and e-mail security; (d) monitoring and patching of the two on-site servers, the warehouse scanning system and the network devices; (e) daily backup of servers and cloud mailboxes with a monthly restore test; and (f) quarterly service reviews with a written report.
P:2.2 An engineer from the Provider's local partner shall attend the Shengzhou office two days per week and on the next working day whenever a problem cannot be solved remotely.
P:2.3 Hardware, software licences and telecoms lines are not included and are bought by the Client.
H:Section 3 - Term and Charges
P:3.1 The Agreement runs for 24 months from the Service Start Date. It ends automatically at the end of that period unless both parties sign a written renewal before then.
P:3.2 Charges:
TB:Charge|Basis|Amount (CNY)
TB:Onboarding (discovery, documentation, tool deployment)|one-time|36,000
TB:Monthly service charge|CNY 38,500 x 24 months|924,000
TB:Total contract value||960,000
P:3.3 The monthly service charge is invoiced at the end of each month for that month and is payable within 30 days. The onboarding charge is invoiced after Service Acceptance and payable within 30 days. No amount is payable in advance.
P:3.4 The monthly service charge covers up to 150 users. Each further user is charged at CNY 240 per month, with the Client's written approval.
H:Section 4 - Onboarding and Service Acceptance
P:4.1 The Provider shall complete onboarding within 45 days after signature. Onboarding includes an inventory of all devices and accounts, installation of monitoring and remote-support agents, documentation of the network and servers, a first backup and restore test, and transfer of knowledge from the Client's previous supplier.
P:4.2 Service Acceptance requires that: (a) all devices in the inventory report to the monitoring system; (b) a full server restore has been tested successfully; (c) the service desk has handled the Client's test tickets in both languages within the Section 5 times; and (d) the Client has approved the documentation. The Client shall sign the Service Acceptance certificate within five working days after these conditions are met.
P:4.3 If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay the Client CNY 900 for each day of delay, up to CNY 36,000.
H:Section 5 - Service Levels
P:5.1 Priorities and targets:
TB:Priority|Description|Response|Resolution target
TB:P1|Whole office, warehouse scanning or e-mail unavailable|30 minutes, at any time|6 hours
TB:P2|A group of users or a key application affected|1 hour (service hours)|1 working day
TB:P3|A single user affected|2 hours (service hours)|3 working days
TB:P4|Requests and questions|next working day|as agreed
P:5.2 Response means that an engineer has contacted the person who reported the Incident and started work on it.
P:5.3 The Provider shall report its performance against these targets each month.
P:5.4 Service credits: for each P1 Incident whose response time is missed, the Client receives a credit of CNY 1,500; if less than 90% of P2 and P3 Incidents in a month meet their response time, the Client receives a credit of 8% of that month's service charge. Credits are deducted from the next invoice.
H:Section 6 - Client Data and Security
P:6.1 Client Data belongs to the Client. The Provider shall process Client Data only on the Client's instructions and only for the Services, and shall not use it for any other purpose.
P:6.2 The Provider shall keep Client Data in the Client's own systems and Microsoft 365 tenant hosted in mainland China and shall not transfer it outside mainland China. Administrator access shall use named accounts with multi-factor authentication, and every administrator session shall be logged. Backups shall be encrypted.
P:6.3 The Provider shall report any actual or suspected security incident affecting Client Data within 12 hours, take immediate steps to contain it, assist the Client with notifications required by the Personal Information Protection Law and the Data Security Law, and is liable for all losses caused by its breach of this Section 6.
P:6.4 At the end of the Agreement the Provider shall hand over all passwords, documentation and backups and delete any Client Data in its tools.
H:Section 7 - Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public business information, including the Client's designs, customer lists and prices, and shall not disclose it to third parties without prior written consent, except to the extent required by law. This obligation survives for three years after the Agreement ends.
H:Section 8 - Intellectual Property
P:8.1 The Provider's tools and standard procedures remain the Provider's property.
P:8.2 Network documentation, scripts, configurations and reports prepared for the Client belong to the Client, which may use and modify them freely and pass them to any future provider.
H:Section 9 - Personnel and Subcontracting
P:9.1 The Provider's local engineering partner named in Schedule B is approved by signature of this Agreement. The Provider shall not use any other subcontractor without the Client's prior written consent and remains responsible for the acts of its subcontractors.
P:9.2 Provider staff working at the Client's premises shall follow the Client's site rules.
H:Section 10 - Liability
P:10.1 Neither party is liable for indirect or consequential loss.
P:10.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Sections 6 and 7, wilful misconduct and personal injury, which are not limited.
H:Section 11 - Termination
P:11.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if P1 response times are missed three times in any three-month period.
P:11.2 Either party may terminate if the other becomes insolvent.
P:11.3 On termination the Provider shall give reasonable exit assistance for up to 30 days at no extra charge.
H:Section 12 - Governing Law and Disputes
P:12.1 This Agreement is governed by Spanish law.
P:12.2 Any dispute shall be finally resolved by arbitration administered by the Madrid Court of Arbitration, seated in Madrid, Spain, in English.
H:Section 13 - Governance and Reporting
P:13.1 Each party shall appoint a relationship manager. The relationship managers shall meet monthly, by video call or in Shengzhou, to review service reports, open Incidents, planned changes and risks.
P:13.2 Every quarter the Provider shall present a service review with trends, recurring problems, the age and condition of the Client's devices, and recommendations for the following quarter. The Client is free to accept or reject any recommendation.
P:13.3 Changes to the scope of the Services shall be agreed in a written change note signed by both parties, stating any effect on the charges.
P:13.4 The Provider shall keep an up-to-date asset register of all devices, accounts and licences it manages and shall make it available to the Client at any time through a read-only portal.
H:Section 14 - General
P:14.1 This Agreement, with Schedule A (Service Description) and Schedule B (Approved Partner), is the entire agreement. Changes must be in writing and signed by both parties.
P:Signed for the Client: ____________________ Date: ________
P:Signed for the Provider: ____________________ Date: ________
"""


H246E05 = """T:API SUBSCRIPTION AGREEMENT - FRUITCERT QUALITY CERTIFICATE SERVICE
P:Agreement number: GZ-KW-API-2025-06
P:BETWEEN
P:Guizhou Xiuwen Green Kiwifruit Export Co., Ltd., Xiuwen County, Guiyang, Guizhou Province, People's Republic of China ("Customer")
P:AND
P:FruitCert Lda., a company registered on the Ilhéu de São Lourenço, Portugal ("FruitCert")
P:WHEREAS
P:(A) The Customer grades, packs and exports fresh kiwifruit and must give each export lot a quality certificate covering size, dry matter, firmness, sugar content, residue test results and cold-chain temperature history, in the formats required by importers in several countries.
P:(B) FruitCert operates an application programming interface (the "API") that receives inspection and laboratory data, checks it against importer specifications and issues signed digital certificates with QR codes.
P:(C) The Customer wishes to subscribe to the API and to have FruitCert connect it to the Customer's packhouse grading line and laboratory system. All amounts are in CNY, as the Customer requested.
P:IT IS AGREED as follows.
P:1. DEFINITIONS
P:1.1 "Certificate" means a digital quality certificate issued through the API for one export lot.
P:1.2 "Customer Data" means all inspection results, laboratory results, lot and grower records, cold-chain logs, importer details and other data sent to the API by or for the Customer, and all Certificates issued from them.
P:1.3 "Integration" means the connection of the API to the Customer's grading line software and laboratory information system, and the configuration of certificate templates for the Customer's importers.
P:1.4 "Initial Term" means 24 months from the date of Integration Acceptance.
P:2. SUBSCRIPTION
P:2.1 FruitCert grants the Customer the right to use the API during the Initial Term to issue up to 6,000 Certificates per month.
P:2.2 FruitCert shall provide API keys, a test environment, technical documentation in English and Chinese, and a web portal for searching and re-issuing Certificates.
P:2.3 The Agreement ends at the end of the Initial Term. A further term requires a new written agreement; there is no automatic renewal.
P:3. FEES AND PAYMENT
P:3.1 Fees:
P:Monthly subscription fee: CNY 16,800 x 24 months = CNY 403,200
P:Integration (one-time): CNY 46,800
P:Total: CNY 450,000
P:3.2 The subscription fee is invoiced quarterly in arrears (CNY 50,400 per quarter) and is payable within 30 days after the invoice. The Integration fee is invoiced after Integration Acceptance and payable within 30 days. No advance payment is required.
P:3.3 Certificates above 6,000 in a month are charged at CNY 2.50 each, invoiced with the following quarter.
P:4. INTEGRATION AND ACCEPTANCE
P:4.1 FruitCert shall complete the Integration within 60 days after signature.
P:4.2 Integration Acceptance tests shall show that: (a) data from the grading line and the laboratory system reach the API without manual re-entry for 200 test lots; (b) Certificates for the importer formats listed in Schedule 1 are issued correctly and are accepted by two importers chosen by the Customer; (c) a Certificate is issued within 10 seconds after the last test result is received; and (d) the QR code verification page works from mainland China and from the importers' countries.
P:4.3 The Customer shall sign the Integration Acceptance certificate within five working days after the tests are passed. Use of the API for real shipments before that date is not acceptance.
P:4.4 If FruitCert does not complete the Integration on time, it shall pay the Customer CNY 500 for each day of delay, up to CNY 25,000.
P:5. SERVICE LEVELS
P:5.1 FruitCert shall make the API available at least 99.95% of the time in each calendar month, measured at its gateway, excluding maintenance announced at least 72 hours in advance.
P:5.2 FruitCert shall respond to Priority 1 incidents (no Certificates can be issued, or issued Certificates cannot be verified) within 1 hour at any time of day, and to Priority 2 incidents within 8 business hours.
P:5.3 FruitCert shall use its best efforts to restore the API as quickly as possible. The Customer acknowledges that the service levels in this Section 5 are targets only, and that no service credits, fee reductions, damages or other compensation are payable if FruitCert does not meet them.
P:6. CUSTOMER DATA AND SECURITY
P:6.1 Customer Data belongs to the Customer. FruitCert shall use Customer Data only to provide the API and the Integration to the Customer and shall not sell, share or analyse it for any other purpose.
P:6.2 FruitCert shall host the API instance used by the Customer on servers located in mainland China, encrypt Customer Data in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep audit logs for at least six months and carry out a security test every year.
P:6.3 FruitCert shall notify the Customer within 24 hours of becoming aware of any security breach affecting Customer Data, shall take all reasonable steps to contain it, and shall be responsible for all losses and regulatory penalties caused by its failure to comply with this Section 6.
P:6.4 At the end of the Agreement, FruitCert shall deliver all Customer Data and Certificates to the Customer in JSON and PDF format and shall then delete them from its systems.
P:7. INTELLECTUAL PROPERTY
P:7.1 The API, the portal and FruitCert's software remain FruitCert's property.
P:7.2 The certificate templates, data mappings and connectors made for the Customer under the Integration belong to the Customer, which may use, change and license them without restriction.
P:8. CONFIDENTIALITY
P:8.1 Each party shall keep confidential the other party's non-public information, including the Customer's grower network, prices, quality results and importer contacts, shall use it only for this Agreement, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.
P:9. SUBCONTRACTING
P:9.1 FruitCert may not subcontract any of its obligations, other than hosting by the cloud provider named in Schedule 2, without the Customer's prior written consent, and remains liable for any subcontractor.
P:10. LIABILITY
P:10.1 Neither party is liable for indirect loss, loss of profit or loss of goodwill.
P:10.2 FruitCert's total liability under this Agreement is limited to 150% of the total fees in Clause 3.1, except for breach of Sections 6 and 8 and for wilful misconduct.
P:11. TERM AND TERMINATION
P:11.1 This Agreement continues until the end of the Initial Term.
P:11.2 Neither party may terminate this Agreement before the end of the Initial Term for any reason other than the insolvency of the other party. If FruitCert fails to perform, the Customer's remedies are to require performance and to claim damages under Clause 10; the Customer shall continue to pay the fees for the rest of the Initial Term.
P:12. GOVERNING LAW AND DISPUTES
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.
P:13. SUPPORT AND ACCOUNT MANAGEMENT
P:13.1 FruitCert shall provide a support desk by e-mail and telephone in English and Chinese during Beijing business hours, and an emergency line for Priority 1 incidents at all other times.
P:13.2 FruitCert shall name an account manager who shall meet the Customer at least once each quarter to review certificate volumes, incidents, changes in importer requirements and planned API changes.
P:13.3 FruitCert shall give the Customer at least 60 days' notice of any change to the API that requires changes to the Customer's systems, and shall keep the previous version available during that period.
P:13.4 Before each export season, FruitCert shall check the certificate templates against the latest importer requirements notified by the Customer and update them at no extra charge.
P:13.5 FruitCert shall keep a record of every Certificate issued and every change made to a Certificate, with the user and time, and shall make this record available to the Customer and, on the Customer's request, to importers and inspection authorities.
P:13.6 FruitCert shall provide the Customer's staff with two half-day training sessions on the portal, the test environment and the handling of rejected lots, and shall provide a short guide in Chinese for the packhouse supervisors.
P:13.7 FruitCert shall keep the list of importer formats in Schedule 1 up to date. When an importer country changes its certificate format or residue limits, FruitCert shall inform the Customer within ten business days after the change is published and propose the template update. Lots already certified remain valid under the rules in force when they were certified, and FruitCert shall help the Customer answer any question from an importer about such lots.
P:14. FORCE MAJEURE
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15. GENERAL
P:15.1 Schedule 1 (Importer Formats) and Schedule 2 (Hosting Provider) form part of this Agreement.
P:15.2 This Agreement may be amended only in writing signed by both parties.
P:Signed for and on behalf of the Customer: ____________________ Date: ________
P:Signed for and on behalf of FruitCert Lda.: ____________________ Date: ________
"""


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": fee,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return x


G, S = "goods_or_licence", "service"
# key: (file, format, language, category, source, terms, extra, plan, expected rules, figures that must be in the text)
CONTRACTS = {
    "h246z01": ("h246z01_sports_bureau_fitness_venue_booking_platform.docx", "docx", "zh", "software", H246Z01,
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G), X(True, True, True, False, 2400000),
                {"forum_mainland": True, "tco": (1180000, 9, 24)}, [],
                ["99.95%", "30分钟", "万分之八", "二十四个月", "9%", "20%", "¥2,400,000", "106,200"]),
    "h246z02": ("h246z02_pv_glass_online_defect_coating_inspection.pdf", "pdf", "zh", "hardware", H246Z02,
                T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 17.5, False, True, True,
                  "PRC", G), X(True, True, True, False, 2700000),
                {"forum_mainland": True, "tco": (2460000, 17.5, 24)},
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
                ["1小时内响应", "万分之三", "二十四个月", "17.5%", "20%", "¥2,700,000", "430,500", "书面通知"]),
    "h246z03": ("h246z03_pharmacy_chain_pos_membership_saas.md", "md", "zh", "cloud", H246Z03,
                T(99.5, 0.5, True, "buyer", True, False, True, 800 / 1356000 * 100, None, None, True, None, None,
                  None, True, True, False, "PRC", S), X(True, True, None, False, 1356000),
                {"forum_mainland": True, "tco": None},
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                ["99.5%", "30分钟", "¥800", "8%", "去标识化", "1,356,000"]),
    "h246z04": ("h246z04_urban_waterlogging_monitoring_platform_om.txt", "txt", "zh", "services", H246Z04,
                T(99.95, 6, True, "buyer", False, True, True, 600 / 884000 * 100, None, None, True, None, None, None,
                  False, True, False, "PRC", S), X(True, True, None, False, 884000),
                {"forum_mainland": True, "tco": None}, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
                ["99.95%", "6小时内响应", "¥600", "¥884,000", "221,000"]),
    "h246z05": ("h246z05_dried_tofu_maker_erp_supplier_template.md", "md", "zh", "software", H246Z05,
                T(None, 8, False, "supplier", True, True, False, None, None, 55, False, False, 6, 28, False, True,
                  None, None, G), X(True, False, True, True, 840000),
                {"forum_mainland": True, "tco": (520000, 28, 6)},
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                ["55%", "8小时内响应", "六个月", "28%", "145,600", "¥840,000", "即视为甲方验收合格"]),
    "h246e01": ("h246e01_longquan_swordsmith_blade_profile_licences.docx", "docx", "en", "software", H246E01,
                T(None, 2, True, "buyer", True, True, True, 0.08, 50, 20, True, True, 6, 11, False, True, False,
                  "Italy", G), X(True, True, True, False, 600000),
                {"forum_mainland": False, "tco": (440000, 11, 6)},
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"],
                ["within 2 hours", "0.08%", "six months", "11%", "48,400", "50%", "20%", "600,000", "laws of Italy"]),
    "h246e02": ("h246e02_wulingyuan_ticketing_saas_order_form.txt", "txt", "en", "cloud", H246E02,
                T(99.95, 0.5, True, "buyer", True, True, True, 200 / 1140000 * 100, 200, 752000 / 1140000 * 100,
                  True, None, None, None, False, True, True, "PRC", S), X(True, True, None, False, 1140000),
                {"forum_mainland": True, "tco": None}, ["CR-LD-LOW", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
                ["99.95%", "30 minutes", "CNY 200", "752,000", "1,140,000", "twice the total fees", "at its discretion"]),
    "h246e03": ("h246e03_lianjiang_sea_cucumber_water_sensors.pdf", "pdf", "en", "hardware", H246E03,
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False,
                  "PRC", G), X(True, True, True, False, 1368000),
                {"forum_mainland": True, "tco": (1202000, 8, 24)}, [],
                ["within 1 hour", "0.1%", "24 months", "8%", "96,160", "150%", "10%", "1,368,000"]),
    "h246e04": ("h246e04_shengzhou_tie_trader_managed_it_support.md", "md", "en", "services", H246E04,
                T(None, 0.5, True, "buyer", True, True, True, 900 / 960000 * 100, 150, None, True, None, None, None,
                  False, True, False, "Spain", S), X(True, True, None, False, 960000),
                {"forum_mainland": False, "tco": None}, ["CR-GOVERNING-LAW"],
                ["30 minutes", "CNY 900", "150%", "960,000", "Spanish law", "Madrid"]),
    "h246e05": ("h246e05_guizhou_kiwifruit_quality_certificate_api.txt", "txt", "en", "cloud", H246E05,
                T(99.95, 1, False, "buyer", True, True, True, 500 / 450000 * 100, 150, None, True, None, None, None,
                  False, False, False, "PRC", S), X(True, True, None, False, 450000),
                {"forum_mainland": True, "tco": None}, ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
                ["99.95%", "within 1 hour", "CNY 500", "150%", "450,000", "no service credits"]),
}

# (item amounts, stated total, payment instalments that must add up to the total)
SUMS = {
    "h246z01": ([1180000, 846000, 214000, 128000, 32000], 2400000, [480000, 1080000, 840000]),
    "h246z02": ([1264000, 586000, 218000, 392000, 176000, 64000], 2700000, [540000, 945000, 1215000]),
    "h246z03": ([150 * 2600 * 3, 186000], 1356000, [390000 / 4] * 12 + [186000]),
    "h246z04": ([486000, 212 * 1150, 96200, 58000], 884000, [221000] * 4),
    "h246z05": ([520000, 236000, 84000], 840000, [462000, 378000]),
    "h246e01": ([6 * 58000, 2 * 46000, 126000, 34000], 600000, [120000, 270000, 210000]),
    "h246e02": ([328000] * 3 + [96000, 60000], 1140000, [752000, 328000, 60000]),
    "h246e03": ([48 * 18500, 12 * 14000, 146000, 118000, 48000], 1368000, [136800, 752400, 478800]),
    "h246e04": ([36000, 38500 * 24], 960000, [36000] + [38500] * 24),
    "h246e05": ([16800 * 24, 46800], 450000, [50400] * 8 + [46800]),
}
PCT_CHECKS = [  # (share %, amount, total) as stated in the text
    (20, 480000, 2400000), (45, 1080000, 2400000), (35, 840000, 2400000), (9, 106200, 1180000),
    (20, 540000, 2700000), (35, 945000, 2700000), (45, 1215000, 2700000), (17.5, 430500, 2460000),
    (55, 462000, 840000), (45, 378000, 840000), (28, 145600, 520000),
    (20, 120000, 600000), (45, 270000, 600000), (35, 210000, 600000), (11, 48400, 440000),
    (10, 136800, 1368000), (55, 752400, 1368000), (35, 478800, 1368000), (8, 96160, 1202000),
]
NEAR = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
        "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
KEY_ORDER = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def check_plan():
    for key, (parts, total, pays) in SUMS.items():
        assert sum(parts) == total, key
        assert abs(sum(pays) - total) < 1e-6, key
        assert CONTRACTS[key][6]["contract_value"] == total, key
    for pct, amount, total in PCT_CHECKS:
        assert abs(total * pct / 100 - amount) < 1e-6, (pct, amount, total)
    results = {}
    for key, (name, fmt, lang, cat, src, t, x, plan, expected, figs) in CONTRACTS.items():
        assert list(t) == KEY_ORDER, key
        share = None
        if plan["tco"]:
            base, fee, war = plan["tco"]
            assert t["post_warranty_fee_pct"] == fee and t["warranty_months"] == war, key
            total_tco, share = tco(x["contract_value"], base, fee, war)
            assert abs(share - 40) > 0.5, key
        plan["tco_share"] = share
        for k, v in NEAR.items():
            assert t[k] is None or abs(t[k] - v) > 1e-6, (key, k)
        got = apply_rules(t, x, plan)
        assert got == sorted(expected), (key, got, expected)
        results[key] = (got, risk(got), share)
    return results


def write_labels():
    for key, (name, fmt, lang, cat, src, t, x, plan, expected, figs) in CONTRACTS.items():
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": sorted(expected)}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, cat, src, *_rest) in CONTRACTS.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(render(src, fmt), encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)


def scan():
    ok = True
    for key, (name, fmt, lang, cat, src, t, x, plan, expected, figs) in CONTRACTS.items():
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text)
        words = len(text.split())
        size = len(text) if lang == "zh" else words
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        inrange = lo <= size <= hi
        hits = [m.group(0) for r in THRESHOLD_RES for m in r.finditer(text)]
        missing = [f for f in figs if re.sub(r"\s+", "", f) not in flat]
        print("%-58s %s %5d %s%s%s" % (name, "chars" if lang == "zh" else "words", size,
                                         "" if inrange else "OUT OF RANGE ", "THRESHOLD %s " % hits if hits else "",
                                         "MISSING %s" % missing if missing else ""))
        ok = ok and inrange and not hits and not missing
    assert ok, "read-back check failed"


if __name__ == "__main__":
    self_test()
    res = check_plan()
    for k, (rules, rk, share) in res.items():
        print(k, rk, len(rules), rules, "" if share is None else "TCO share %.2f" % share)
    build()
    write_labels()
    scan()
