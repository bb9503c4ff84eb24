"""holdout765: builds the ten drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes the .json
labels and asserts lengths, threshold-free text and values, and rule coverage. Run:
/work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (section 3 defaults)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, TCO_H = 40.0, 5

# threshold figures that may appear nowhere in any built file
NB = r"(?<![\d.０-９])"
NA = r"(?![\d０-９])"
PATTERNS = [
    NB + r"99\.9" + NA,
    NB + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)",
    r"(?<![十二三四五六七八九])四\s*(?:个)?\s*小时",
    r"(?i)\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b",
    NB + r"0\.05\s*%",
    r"万分之五(?![十百])",
    r"千分之零点五",
    NB + r"100\s*%",
    r"百分之(?:一)?百",
    NB + r"30\s*%",
    r"百分之三十(?![一二三四五六七八九])",
    NB + r"12\s*(?:个月|months?\b|-month)",
    r"(?<![一二三四五六七八九十])十二\s*个\s*月",
    r"(?i)\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b",
    NB + r"15\s*%",
    r"百分之十五(?![一二三四五六七八九])",
    NB + r"40\s*%",
    r"百分之四十(?![一二三四五六七八九])",
    r"(?i)\b(?:thirty|forty|fifteen)\s*(?:per\s*cent|percent)",
    r"(?i)\b(?:one\s*hundred)\s*(?:per\s*cent|percent)",
    NB + r"(?:99\.9|0\.05|100|30|40|15)\s*(?:per\s*cent|percent|pct)",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "within 4h", "four hours", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "forty percent",
            "30 per cent", "100 per cent", "0.05 per cent", "99.9 percent", "15 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "2.4 hours", "二十四小时", "0.055%", "0.5%",
             "万分之五十", "万分之八", "150%", "1100%", "200%", "130%", "百分之三十五", "120 months", "24 months",
             "二十四个月", "115%", "1.5%", "140%", "百分之四十五", "45%", "fourteen hours", "Article 4 Delivery",
             "第4条", "CNY 4,000", "12 users", "130 per cent", "0.5 per cent", "45 per cent", "115 per cent",
             "99.95 per cent"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
        assert hits(re.sub(r"\s+", "", s)) or " " in s, ("must hit ws-free", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
        assert not hits(re.sub(r"\s+", "", s)) or s in ("Article 4 Delivery",), ("must miss ws-free", s)


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


def tco_share(cv, base, warranty_months, fee_pct):
    years_after = max(0.0, TCO_H - warranty_months / 12)
    fees = years_after * base * fee_pct / 100
    return fees, fees / (cv + fees) * 100


def derive(t, x, d):
    """My reading of policy section 3, from the label values (+ design facts for the forum and the TCO base)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
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
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and x["post_warranty_fee_capped"]:
            _, share = tco_share(x["contract_value"], d["fee_base"], t["warranty_months"], pw)
            assert abs(share - TCO_TH) > 2, (d, share)
            d["tco_share"] = share
            if share > TCO_TH:
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

DRAFTS = {}  # key -> dict(name, fmt, src, lang, category, terms, extra, design)

Z01 = """T:新型墙体材料监管平台建设项目政府采购合同
P:合同编号：NLZJ-ZFCG-2026-0417
P:采购人（甲方）：南岭市住房和城乡建设局
P:供应商（乙方）：南岭筑信数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（采购项目编号NLCG-2026-G-0392）、乙方投标文件和中标通知书，甲乙双方就新型墙体材料监管平台（以下简称“平台”）建设事宜，经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件产品的永久使用许可，并依据甲方需求完成定制开发，覆盖墙材生产企业备案、新型墙材产品认定、墙体材料革新专项基金征收与返退、建筑工地墙材使用巡查、禁限黏土制品监管和移动执法六个业务模块。
P:1.2 乙方负责历史数据迁移，完成与省级建筑市场监管平台、市工程建设项目审批系统、市政务数据共享交换平台的接口对接，并提供部署实施、培训和质保期内运维服务。
P:1.3 平台部署于南岭市政务云，由甲方提供云资源，乙方负责应用层部署和调优。平台须适配国产操作系统、数据库和中间件，并支持电子证照和统一身份认证。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000.00），含税，为固定总价。分项如下：平台软件许可费¥820,000；定制开发费¥546,000；数据迁移与接口对接费¥128,000；部署实施及培训费¥66,000。
P:2.2 合同总价已包含人员、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥312,000。
P:3.2 平台完成部署、数据迁移和接口联调并通过初步验收后，甲方支付合同总价的45%，即¥702,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥546,000。
P:3.4 每次付款前乙方应开具合法有效的增值税发票。甲方按政府采购资金支付流程办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成全部模块开发、部署和初步验收准备，初步验收后进入为期60日的试运行。
P:4.2 乙方应在进场后10日内提交实施方案和项目进度计划，经甲方确认后执行。项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
P:4.3 乙方应为甲方业务科室和各区县墙改管理机构人员提供不少于两期集中培训，并为企业申报用户编制操作手册和视频教程，确保各类用户能够独立完成日常操作。
P:4.4 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方违约的，甲方可从履约保证金中扣收违约金及赔偿款。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能需求清单逐项实现并经甲方测试确认；历史备案企业、产品认定证书和专项基金台账数据迁移完整，抽样比对差错率为零；三个外部接口连续10日数据交换无差错；500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障均在约定时限内解决；通过甲方委托的第三方软件测评和网络安全等级保护测评；乙方提交源代码、数据库设计、部署手册、运维手册等全部文档。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口维护和技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外，维护须提前3日报甲方同意）。
P:6.3 故障分级及响应：一级故障（平台整体不可用或核心业务无法办理）乙方在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:6.4 乙方响应或恢复超时的，每超时1小时，甲方可从应付款项或履约保证金中扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥73,800），该费率在质保期满后三年内保持不变，维护合同逐年另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台中的墙材企业信息、产品认定数据、基金台账、巡查记录及其他一切业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对运维访问实行堡垒机审计、最小授权和操作留痕，不得将数据复制至政务云以外的任何介质或环境。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任和相应的法律责任。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的甲方工作秘密、执法信息、企业商业信息及个人信息负有保密义务，保密期限自本合同签订之日起至相关信息公开之日止，不因合同终止而解除。
H:第九条 知识产权
P:9.1 为本项目定制开发的软件模块、接口程序、源代码及全部文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和继续开发。
P:9.2 平台软件产品原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将合同全部或部分义务转包或分包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定，经整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按应付未付金额的万分之三每日向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在10日内移交已完成的开发成果、源代码、文档和甲方全部数据，并按甲方要求删除其掌握的数据副本，出具书面删除说明。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效，报同级财政部门备案。
P:甲方（盖章）：南岭市住房和城乡建设局　　乙方（盖章）：南岭筑信数字科技有限公司
P:签订日期：2026年____月____日
"""
DRAFTS["z01"] = dict(
    name="h765z01_housing_bureau_wall_materials_platform.pdf", fmt="pdf", src=Z01, lang="zh", category="software",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1560000),
    design=dict(rules=[], fee_base=820000, forum_outside=False,
                sums=[(1560000, [820000, 546000, 128000, 66000]), (1560000, [312000, 702000, 546000])]))

Z02 = """T:注拉吹成型生产线控制系统改造及维保合同
P:合同编号：BA-SB-2026-063
P:甲方（买方）：广东贝安婴童用品有限公司
P:乙方（卖方）：东莞精控自动化工程有限公司
P:甲方为提升奶瓶注拉吹（注射-拉伸-吹塑）成型生产线的控制精度和质量追溯能力，委托乙方对四条注拉吹成型生产线的电气控制系统进行改造，并提供配套软件、安装调试、培训及维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器及老旧PLC控制单元，更换为新型PLC控制柜、伺服驱动系统、多区温控模块和触摸屏人机界面，并加装瓶口尺寸及壁厚在线视觉检测装置。
P:1.2 乙方提供生产数据采集软件许可一套，采集每模次的注射压力、拉伸速度、吹气压力、各区温度及视觉检测结果，与甲方现有MES系统对接，实现按批次追溯。
P:1.3 乙方根据甲方工艺要求改写控制程序，包括模具预热曲线、拉伸吹塑联动、废品自动剔除和换模参数一键调用等功能。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），含13%增值税、运输、保险、安装及培训费用。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（每线一套）|4套|168,000|672,000
TB:2|伺服驱动器及伺服电机|16套|18,500|296,000
TB:3|HMI触摸屏|8台|9,500|76,000
TB:4|多区温控模块|4套|36,000|144,000
TB:5|瓶口及壁厚在线视觉检测装置|2套|49,000|98,000
TB:6|生产数据采集软件许可（永久）|1套|100,000|100,000
TB:|设备及软件小计|||1,386,000
TB:7|控制程序改造与联调|1项|214,000|214,000
TB:8|现场安装及布线|1项|68,000|68,000
TB:9|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,690,000
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的10%作为预付款，即¥169,000。
P:3.2 全部设备到货并完成安装、通电后，甲方支付合同总价的55%，即¥929,500；到货安装不视为验收合格。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥591,500。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方收到发票并核对无误后15个工作日内付款。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后60日内完成设备到货，改造须利用甲方安排的停线窗口逐线进行，每条线停线时间不得超过5日。设备到货时双方共同开箱清点，核对型号、数量和外观，并签署到货清单。
P:4.2 乙方施工人员进入车间应遵守甲方洁净车间管理、动火作业和安全生产制度。因乙方施工造成甲方人员伤亡或财产损失的，由乙方承担责任。
P:4.3 所供PLC、伺服、温控及视觉检测设备须为原厂全新正品，品牌型号以投标技术偏离表为准；乙方应随货提供出厂合格证、原厂质保证明、电气原理图和接线图。
P:4.4 乙方应在合同生效后15日内提交改造设计方案、停线计划和应急回退方案，经甲方书面确认后实施；每条线改造前乙方应备份原控制程序，改造失败时须在停线窗口内恢复原状。
P:4.5 乙方应为甲方操作工、设备维修人员和工艺工程师分别提供现场培训，内容包括设备操作、参数调整、报警处理、程序备份及常见故障排除，培训后应组织考核，确保甲方维修人员能够独立处理二级以下故障。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线调试，四条线全部调试完成后连续试生产20日，并按以下标准进行最终验收：
P:（1）成型周期较改造前缩短不少于8%；
P:（2）瓶口尺寸及壁厚在线检测漏检率低于0.2%，误剔率低于1%；
P:（3）各区温度控制偏差不超过±1.5℃；
P:（4）随机抽查1,000个模次，采集记录无缺失、与设备显示值一致，批次追溯查询可在3秒内返回结果；
P:（5）试生产期间未发生因控制系统原因造成的整线停机。
P:5.2 验收由甲方生产、设备和质量部门共同进行，合格后签署最终验收单。设备安装、试生产或甲方使用均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修改均由乙方免费负责。质保期内乙方每半年对四条生产线进行一次预防性巡检，检查电气柜散热、接线端子紧固、伺服编码器和视觉光源状态，并提交巡检报告。
P:6.2 一级故障（任一生产线整线停机）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单台设备或单项功能异常）2小时内响应，24小时内到场处理。
P:6.3 乙方响应或到场超时的，每超时1小时扣减维保费用或质保金人民币800元；因同一原因一个月内重复停机两次以上的，乙方应免费更换相关部件。
P:6.4 质保期满后，乙方按年提供维保服务，年度维保费不超过设备及软件小计的8%（即每年不超过¥110,880），费率两年内不上调，维保合同逐年签订。
H:第七条 数据与知识产权
P:7.1 生产线运行参数、工艺配方、产量和质量检测数据均属于甲方所有，乙方仅为履行本合同可访问上述数据，不得复制、留存或用于其他任何用途。
P:7.2 乙方远程维护须经甲方设备部门逐次审批，通过甲方指定的VPN和工控防火墙接入，全程留存操作日志；乙方应对其人员和工具的安全负责，因乙方原因导致数据泄露或生产系统被入侵的，乙方承担全部赔偿责任。
P:7.3 为甲方编写的控制程序、HMI画面、数据采集配置及对接程序的知识产权归甲方所有，乙方应交付完整源程序和注释文档，甲方可自行修改或委托他人维护。
H:第八条 保密
P:8.1 乙方应对甲方的模具结构、工艺参数、配方、产能及客户信息严格保密，未经甲方书面许可不得向任何第三方披露，保密义务在合同终止后五年内继续有效。乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第九条 分包
P:9.1 乙方可将现场电缆敷设、桥架安装等辅助施工分包给具有相应资质的第三方，但应提前3个工作日书面告知甲方分包单位名称；乙方对分包工作的质量和安全承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方停产损失的，乙方应赔偿甲方直接损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行；不可抗力持续60日以上致使合同目的无法实现的，任何一方可以解除合同。
P:11.3 合同解除后，乙方应配合甲方将生产线恢复至可生产状态，并移交已完成的程序和技术资料。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交东莞仲裁委员会仲裁。
P:12.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：广东贝安婴童用品有限公司　　乙方（盖章）：东莞精控自动化工程有限公司
"""
DRAFTS["z02"] = dict(
    name="h765z02_baby_bottle_isbm_line_control_retrofit.docx", fmt="docx", src=Z02, lang="zh", category="hardware",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1690000),
    design=dict(rules=["CR-LD-LOW", "CR-SUBCONTRACT"], fee_base=1386000, forum_outside=False,
                sums=[(1386000, [672000, 296000, 76000, 144000, 98000, 100000]),
                      (1690000, [1386000, 214000, 68000, 22000]), (1690000, [169000, 929500, 591500])]))

Z03 = """连锁门店收银及会员管理SaaS服务合同

合同编号：BFF-IT-2026-021
甲方（客户）：浙江缤纷坊饰品连锁有限公司
乙方（服务商）：杭州云铺科技有限公司

甲方经营发夹、头绳、发箍、耳饰等饰品零售连锁门店五十家，需要统一的收银、进销存和会员管理系统。乙方以软件即服务（SaaS）方式向甲方提供门店收银及会员管理服务，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 门店收银：扫码收银、聚合支付、挂单、退换货、交班对账，支持断网离线收银并在恢复联网后自动同步。
2. 商品与进销存：商品档案（按款式、颜色、材质管理SKU）、门店要货、总部配货、调拨、盘点、库存预警。
3. 会员营销：微信小程序会员卡、积分、储值、优惠券、生日礼遇、会员等级及消费分析。
4. 总部报表：门店销售排行、单品动销、库存周转、会员复购等标准报表。
（二）实施服务
1. 五十家门店的收银设备联调、账号开通及权限配置；
2. 历史商品档案、库存及会员数据迁移；
3. 为甲方定制五张总部经营报表，并与甲方财务软件对接凭证接口；
4. 对店长、收银员及总部人员进行分批培训。
（三）收银电脑、扫码枪、小票打印机和钱箱由甲方自备，乙方应在实施前核对甲方现有设备清单，对不兼容的设备提出书面更换建议，并负责驱动安装和联调。
（四）服务期内乙方应免费提供平台的常规版本升级，升级不得减少甲方已使用的功能，重大版本升级应提前十日通知甲方并安排门店培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为期一年。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况和服务成本上调年服务费，每次上调幅度不超过上一服务年度年费的10%，乙方提前三十日通知甲方即可。

三、费用及支付
（一）费用构成：
1. 门店收银及进销存服务费：每店每年4,800元，五十家门店合计每年240,000元；
2. 会员营销模块服务费：每年36,000元；
3. 年服务费合计每年276,000元，两个服务年度合计552,000元；
4. 一次性实施费：86,000元。
合同总价为人民币638,000元（含税）。新增门店按每店每年4,800元按月折算计费，不计入合同总价。
（二）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付；
2. 年服务费按服务年度支付，每个服务年度开始后十五个工作日内支付当年年服务费。
（三）乙方应在付款前开具增值税专用发票。新增门店的费用按季度结算，随下一期年服务费一并支付。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 五十家门店均能正常收银、退换货和交班对账，连续七日收银数据与支付渠道对账差异为零；
2. 历史商品、库存及会员数据迁移完整，抽查三百条记录全部正确；
3. 五张定制报表及财务凭证接口经甲方财务部门确认；
4. 会员小程序注册、积分、储值功能经甲方测试通过。
（三）甲方在收到乙方验收申请后七个工作日内组织验收，验收合格后签署上线验收单。门店试用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方应退还甲方已支付的全部款项。
（五）乙方应在上线前提交门店上线计划，分三批切换，每批切换前须完成收银演练和应急预案，切换当日安排实施人员驻店支持。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨一时至五时之间并提前通知甲方。
（二）故障响应：一级故障（超过五家门店无法收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单店无法收银或会员功能异常）1小时内响应，8小时内解决；一般问题在两个工作日内答复。
（三）乙方应提供全年无休的热线及在线客服，并为甲方指定专属客户成功经理，每季度与甲方回顾系统使用情况和故障记录，提交服务报告。
（四）服务补偿：月度可用率低于承诺值的，按当月服务费（年服务费的十二分之一）的5%抵扣；低于99%的，按10%抵扣；一级故障恢复每超时一小时，另抵扣当月服务费的2%。抵扣金额在下一期付款中扣除。

六、数据权属与数据安全
（一）甲方在系统中录入或产生的商品、销售、库存、会员及交易数据归甲方所有。
（二）在不识别具体会员个人身份的前提下，乙方有权对甲方数据进行脱敏、汇总处理，并将处理后的数据用于饰品零售行业分析报告、产品功能改进及向其他客户提供行业对标服务，本合同终止后该权利继续有效。
（三）乙方应采取加密存储、传输加密、访问控制、操作日志审计和异地备份等安全措施，系统部署于境内数据中心。会员个人信息的处理应符合《个人信息保护法》。
（四）发生数据泄露、丢失或被篡改的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担由此给甲方造成的全部损失。
（五）合同终止后十五日内，乙方应按甲方要求以通用格式导出并交付甲方全部数据，随后删除其系统中的甲方数据。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的总部报表、财务凭证接口程序及相关文档的知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

八、保密
双方对在合作中知悉的对方商业秘密（包括甲方的供应商、进货价格、门店经营数据和会员信息）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方员工及其授权人员同样受本条约束。

九、分包
乙方不得将本合同项下的服务分包或转包给第三方；确需委托第三方提供短信通道等辅助服务的，应事先取得甲方书面同意。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按约定导出或交付甲方数据的，每逾期一日按合同总价的千分之一支付违约金。
（三）甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。
（四）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还未履行服务期对应的服务费。
（二）连续两个月月度可用率低于99%的，甲方有权解除合同。
（三）合同因任何原因终止或到期不续的，乙方应提供不少于三十日的过渡期，过渡期内保持服务正常运行，并配合甲方将数据迁移至新的系统，不得以任何理由中断门店收银。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：浙江缤纷坊饰品连锁有限公司
乙方（盖章）：杭州云铺科技有限公司
"""
DRAFTS["z03"] = dict(
    name="h765z03_accessory_chain_pos_membership_saas.txt", fmt="txt", src=Z03, lang="zh", category="cloud",
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000),
    design=dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], fee_base=None,
                forum_outside=False, sums=[(240000, [50 * 4800]), (276000, [240000, 36000]),
                                           (638000, [276000, 276000, 86000])]))

Z04 = """计量检定强制管理系统年度运维服务合同

项目编号：JYCS-2026-CS-018（竞争性磋商）
甲方（采购人）：江屿市市场监督管理局
乙方（成交供应商）：江屿计通软件有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就江屿市计量检定强制管理系统（以下简称“系统”）2026年度运维服务事宜，订立本合同。

1 服务范围
1.1 系统包括强制检定工作计量器具备案、检定计划编排、检定任务派发、检定证书和结果通知书生成、到期提醒、监督抽查和统计分析等模块，以及面向使用单位的网上申报端和面向检定机构的移动端。
1.2 乙方提供的运维服务包括：应用系统日常运行监控、故障处理、缺陷修复和小型功能调整；数据库、中间件的巡检、备份与性能优化；配合甲方完成网络安全等级保护测评并落实整改；派驻一名运维工程师在甲方驻场服务。
1.3 小型功能调整指单项工作量不超过五人日的调整，全年累计不超过六十人日；超出部分双方另行协商。
1.4 系统部署在江屿市政务云，甲方负责云资源、网络和基础安全设备，乙方负责应用、数据库和中间件层面的运维；双方职责界面以磋商文件所附运维职责清单为准。
1.5 乙方应建立运维服务台，统一受理甲方、各检定机构和使用单位的问题报告，逐单记录受理时间、处理过程和关闭时间，并在运维月报中统计。

2 服务期限
2.1 服务期为一年，自2026年7月1日起至2027年6月30日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购程序。
2.2 乙方应在服务期开始前完成与上一运维单位的交接，包括系统账号、文档、运维记录和备份介质的清点。
2.3 服务期满或合同终止时，乙方应向甲方或甲方指定的后续运维单位完整移交系统账号、源代码、运维文档、知识库和备份介质，并提供不少于二十日的交接支持，交接期间不另行收费。

3 服务费用及支付
3.1 合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，分项如下：应用系统运维¥238,000；驻场服务¥156,000；数据库及中间件维护¥52,000；等保测评配合及安全加固¥40,000。
3.2 服务费按季度支付，每季度末经甲方考核合格后十五个工作日内支付当季服务费¥121,500。季度考核得分低于80分的，按第6.4条扣减。
3.3 乙方应在每次付款前开具合法发票，甲方按财政国库集中支付程序付款。

4 服务水平
4.1 系统服务时间内（工作日8:00至18:00及年度集中检定期间的周末）可用率不低于99.95%，系统每日自动备份，备份保留不少于九十日。
4.2 故障分级：一级故障指系统整体无法访问、数据错误或丢失、证书无法生成；二级故障指单个模块或移动端无法使用；三级故障指一般功能缺陷或使用咨询。
4.3 响应及处理时限：一级故障乙方应在15分钟内响应，驻场工程师立即到场，2小时内恢复系统运行；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
4.4 乙方每月提交运维月报，包括运行情况、故障记录、备份检查、安全事件及优化建议；每季度开展一次全面巡检并提交巡检报告。
4.5 在“世界计量日”宣传活动、年度集中检定和上级部门检查等重要时段，乙方应提前制定保障方案，增派技术人员现场值守，保障系统平稳运行。
4.6 乙方应建立运维知识库，记录故障现象、原因和处理方法，每半年组织一次应急演练，演练方案和总结报甲方备案。

5 人员要求
5.1 驻场工程师应具备三年以上同类系统运维经验，熟悉系统所用数据库，工作日全天在岗；需要更换的，应提前十日书面报甲方同意，替换人员能力不得低于原人员。
5.2 乙方人员应遵守甲方的机房管理、保密和考勤制度，驻场工程师的请假须提前报甲方同意并安排同等能力人员顶岗。
5.3 乙方应为甲方信息化管理人员和各检定机构系统管理员提供不少于两次的操作和日常维护培训，帮助甲方逐步掌握系统的基本维护能力。

6 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括故障响应和解决时效、系统可用率、备份有效性、月报质量、驻场出勤和用户满意度，满分100分。
6.2 服务期满后，甲方组织年度验收，验收标准为：全年未发生因乙方原因造成的数据丢失；四个季度考核平均分不低于85分；等保测评发现的中高风险问题已全部整改；运维文档、变更记录和备份介质完整移交。
6.3 验收合格后双方签署年度验收报告。
6.4 扣减规则：一级故障响应或恢复每超时一小时，扣减服务费1,000元；系统可用率每低于承诺值0.01个百分点，扣减服务费2,000元；季度考核得分低于80分的，每低1分扣减当季服务费的1%。

7 数据安全
7.1 系统中的器具备案、检定记录、证书、使用单位信息等全部数据属于甲方所有，乙方仅可为履行运维义务访问，不得复制、下载或用于任何其他目的。
7.2 乙方运维操作须通过甲方堡垒机进行，严禁远程直连生产数据库；涉及数据修改的操作须经甲方书面审批并全程录像留痕。
7.3 发生数据泄露、篡改或丢失的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方应承担相应赔偿责任和法律责任。
7.4 系统中的使用单位联系人等个人信息，乙方应按照《个人信息保护法》的要求处理，不得超出运维需要查询、导出或留存。

8 保密
乙方对运维过程中知悉的执法信息、企业信息和系统安全配置负有保密义务，服务期满或合同终止后仍须遵守，直至相关信息依法公开。

9 知识产权
乙方在运维过程中为甲方编写的运维脚本、统计报表、功能调整程序及全部文档的知识产权归甲方所有，乙方应随时向甲方提交源代码。

10 分包
本项目不得分包。乙方不得将本合同项下任何服务转包或分包给第三方。

11 违约责任
11.1 乙方未按第2.2条完成交接、或驻场工程师未按期到岗的，每逾期一日，按合同总价的千分之一支付违约金。
11.2 乙方违反第7条、第8条的，除赔偿损失外，甲方可将有关情况报送政府采购监督管理部门。
11.3 甲方逾期支付服务费的，按照政府采购合同有关规定承担责任。
11.4 乙方在本合同项下的全部赔偿责任（含违约金和扣减服务费）累计不超过合同总价的50%。

12 合同的履行与解除
12.1 本合同生效后，除因不可抗力致使合同目的无法实现外，双方均不得单方解除本合同。
12.2 乙方服务不符合本合同约定的，甲方可要求乙方限期整改，并按第6.4条扣减服务费、按第11条收取违约金；乙方应继续履行本合同直至服务期满。

13 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14 其他
14.1 磋商文件、响应文件、成交通知书及乙方在磋商中作出的书面承诺均为本合同组成部分。
14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
14.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江屿市市场监督管理局
乙方（盖章）：江屿计通软件有限公司
"""
DRAFTS["z04"] = dict(
    name="h765z04_market_regulation_metrology_system_om.txt", fmt="txt", src=Z04, lang="zh", category="services",
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=50, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=False, subcontract_without_consent=False, governing_law=None,
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
    design=dict(rules=["CR-LIABILITY-CAP", "CR-TERMINATION"], fee_base=None, forum_outside=False,
                sums=[(486000, [238000, 156000, 52000, 40000]), (486000, [121500] * 4)]))

Z05 = """# 软件产品许可及实施服务合同

**智迹MES标准合同文本 V4.0（乙方格式合同）**

合同编号：ZJ-MES-2026-0158

甲方（用户）：苍南县华彩文具盒工艺厂

乙方（供应商）：温州智迹软件有限公司

甲方因马口铁文具盒生产管理需要，向乙方采购“智迹印铁冲压生产追溯系统”软件产品及相关实施服务。甲乙双方本着平等互利的原则，经协商一致，签订本合同，以资共同遵守。

## 第一条 产品与服务内容

1.1 乙方向甲方提供智迹印铁冲压生产追溯系统标准版软件的使用许可，用户数不限，部署于甲方自有服务器。

1.2 乙方根据甲方业务需求进行定制开发，包括：印铁工单管理（底涂、印刷、上光、烘烤各工序报工）、冲压计件（按模具和班组统计拉伸、冲压、卷边、铰链装配产量）、批次追溯（从马口铁卷料到成品文具盒的正反向追溯）、条码标签打印和车间看板。

1.3 乙方负责系统安装部署、基础数据导入、与甲方现有财务软件的物料和成本数据对接，以及对甲方管理人员和车间班组长的培训。

## 第二条 合同金额

2.1 本合同总金额为人民币壹佰壹拾万元整（¥1,100,000.00），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 印铁冲压生产追溯系统标准版软件许可 | 760,000 |
| 2 | 定制开发（印铁工单、冲压计件、批次追溯、条码标签、车间看板） | 280,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,100,000 |

2.2 上述金额不含甲方服务器、数据库、扫码枪、标签打印机等硬件及第三方软件费用，该等产品由甲方自行采购。

2.3 乙方人员赴甲方现场的交通、住宿费用已包含在实施费中；上线后甲方要求乙方人员现场服务的，差旅费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币715,000元。乙方收到该款项后安排项目组进场，并向甲方开具相应金额的增值税发票。

3.2 系统上线运行后5个工作日内，甲方支付合同总金额的35%，即人民币385,000元。

3.3 甲方未按期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术服务，由此造成的工期延误由甲方承担。

## 第四条 实施与交付

4.1 乙方在收到首期款项后开始实施，计划实施周期为75个工作日。因甲方需求变更、基础数据提供不及时、现场条件不具备等原因导致工期延误的，实施周期相应顺延。

4.2 如因乙方原因导致实施延期，乙方应增派人员加快进度，双方协商确定新的上线日期。

4.3 乙方项目组由项目经理、实施顾问和开发工程师组成，实施期间根据进度安排到甲方现场工作，其余工作可远程完成。

4.4 甲方应指定项目负责人，配合乙方完成需求调研、基础数据整理和各车间的上线准备，并提供必要的办公及网络条件。

## 第五条 上线与验收

5.1 乙方完成安装部署和定制开发后，通知甲方系统上线。系统上线运行之日起，即视为甲方对软件产品及全部实施服务验收合格。

5.2 甲方在上线后提出的新增需求或修改意见，属于二次开发范围，由双方另行协商并签订补充协议。

5.3 系统上线后，乙方向甲方提交用户操作手册、系统管理员手册和基础数据模板的电子版，并为甲方车间班组长和仓库人员提供一次集中操作培训。

## 第六条 免费维护与技术支持

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持、软件缺陷修复和版本补丁。

6.2 故障响应：一级故障（系统无法登录或车间无法报工）乙方在接到甲方报修后8小时内响应；二级故障（部分功能异常）两个工作日内响应；一般咨询类问题五个工作日内答复。需要现场服务的，差旅费用由甲方承担。

6.3 乙方将尽力在合理时间内排除故障，但对故障排除时间不作保证。系统故障或服务中断期间，乙方不承担任何扣款、赔偿或违约金责任。

6.4 下列情形不属于免费维护范围，乙方提供服务的，按乙方技术服务人天单价另行收费：甲方自行修改系统配置或数据库导致的故障；甲方服务器、网络、打印机、扫码枪等硬件或第三方软件引起的问题；因停电、病毒、人为误操作等非软件原因造成的数据丢失；甲方新增的车间、工序或报表需求。

6.5 甲方应指定一至两名系统管理员负责日常使用问题的收集和初步判断，并按乙方要求定期备份数据库。因甲方未备份造成的数据损失，乙方不承担责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护服务合同。年度维护服务费按软件许可费的28%收取，即每年人民币212,800元，按年预付。

7.2 甲方未签订年度维护合同或未支付维护服务费的，乙方停止提供技术支持和升级服务；甲方日后恢复维护服务的，应补交中断期间的维护服务费。

## 第八条 知识产权

8.1 本合同项下软件产品、定制开发的功能模块、报表、看板、接口程序、源代码及相关文档的全部知识产权归乙方所有。

8.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对软件进行反向工程、修改、复制或提供给任何第三方使用。

8.3 乙方保证其提供的软件不侵犯第三方的知识产权；如发生侵权纠纷，由乙方负责处理。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、工单、质量和成本数据归甲方所有，乙方不得将其用于本合同以外的任何用途。

9.2 乙方实施和远程维护人员访问甲方系统前须经甲方同意，使用甲方分配的账号，访问过程留存日志；乙方应采取必要的技术和管理措施防止甲方数据泄露、丢失或被篡改。发生数据安全事件的，乙方应在发现后24小时内通知甲方，并协助恢复；因乙方过错造成甲方数据泄露或损失的，乙方承担相应赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意，不得向第三方披露，本条在合同终止后三年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

11.3 因甲方提供的基础数据不准确、甲方人员未按操作手册使用系统，或甲方自行更换硬件、升级操作系统而导致系统运行异常的，乙方不承担责任，恢复所需服务另行收费。

## 第十二条 合同解除

12.1 一方严重违反本合同，经另一方书面催告后15日内仍未改正的，另一方有权书面通知解除本合同。

12.2 因不可抗力导致合同无法履行的，双方可协商解除合同，互不承担违约责任。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首期款项之日起生效。

14.2 本合同一式两份，甲乙双方各执一份，具有同等法律效力。

甲方（盖章）：苍南县华彩文具盒工艺厂　　　　乙方（盖章）：温州智迹软件有限公司

签订日期：2026年____月____日
"""
DRAFTS["z05"] = dict(
    name="h765z05_tin_box_printing_stamping_tracking_supplier_template.md", fmt="md", src=Z05, lang="zh",
    category="software",
    terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=28, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=1100000),
    design=dict(rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                       "CR-WARRANTY"], fee_base=760000, forum_outside=False,
                sums=[(1100000, [760000, 280000, 60000]), (1100000, [715000, 385000]), (212800, [760000 * 28 // 100])]))

E01 = """T:Software Licence and Services Agreement
P:Agreement No. DPC-IT-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Dianchi Phosphate Chemical Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Anning, Yunnan Province (the "Buyer"), and Gabes Process Analytics SARL, a company incorporated in the Republic of Tunisia with its registered office in the Ghannouch industrial zone, Gabes, Tunisia (the "Vendor").
P:The Buyer operates sulphuric acid, phosphoric acid and compound fertiliser plants and wishes to implement the Vendor's asset integrity and corrosion monitoring software to plan inspections, record wall-thickness measurements and predict the remaining life of vessels and piping. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's IntegraPlant asset integrity platform, version 7, including the core platform and the plant modules listed in Article 3, in object code form, together with its user documentation.
P:1.2 "Services" means configuration, interface development, data loading, training, project management and commissioning described in Annex 1.
P:1.3 "Custom Deliverables" means all configurations, inspection templates, corrosion-loop models, interface programs, reports and documents produced by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance tests in Article 6 have been passed.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software in relation to the Buyer's plants, including equipment registers, inspection records, thickness readings, process data and photographs.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's plants in Anning and at any future site of the Buyer or its affiliates in mainland China, for an unlimited number of named users.
P:2.2 The Buyer may make copies of the Software for backup, test and disaster-recovery purposes.
P:2.3 The Vendor warrants that it owns or has the right to license the Software and that its use in accordance with this Agreement does not infringe any third party's rights. The Vendor shall defend and indemnify the Buyer against any infringement claim.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,750,000 (one million seven hundred and fifty thousand yuan), inclusive of applicable taxes, and is fixed for the duration of the project. It is made up as follows:
P:(a) core platform perpetual licence: CNY 880,000;
P:(b) four plant module licences (sulphuric acid, phosphoric acid, granulation, utilities) at CNY 90,000 each: CNY 360,000;
P:Licence Subtotal (a) + (b): CNY 1,240,000;
P:(c) configuration and interfaces to the Buyer's maintenance management system and plant historian: CNY 386,000;
P:(d) training of inspectors, engineers and administrators: CNY 54,000;
P:(e) project management and commissioning: CNY 70,000.
P:3.2 The Contract Price includes all travel and living expenses of the Vendor's personnel and all costs of remote work from Tunisia.
H:Article 4 Payment
P:4.1 Twenty per cent of the Contract Price (CNY 350,000) is payable within 30 days after signature of this Agreement and receipt of an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 Forty-five per cent of the Contract Price (CNY 787,500) is payable within 30 days after the parties sign the Installation and Configuration Certificate. That certificate records completion of installation and configuration only and is not acceptance.
P:4.3 Thirty-five per cent of the Contract Price (CNY 612,500) is payable within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's bank account stated in its invoice.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Software within 20 days after signature and complete installation and configuration within 110 days after signature.
P:5.2 The Vendor shall assign a named project manager who speaks English and shall provide a Mandarin-speaking consultant through its Chinese partner office for on-site workshops. Key personnel shall not be replaced without the Buyer's prior written approval.
P:5.3 The Buyer shall provide server infrastructure, network access, equipment lists and historical inspection records in good time.
H:Article 6 Acceptance
P:6.1 After the Installation and Configuration Certificate, the Software shall be used in a trial run of 45 days. Final Acceptance tests shall be carried out at the end of the trial run according to the acceptance test plan in Annex 2.
P:6.2 The acceptance criteria are: (a) all functions in the functional specification work as described; (b) the equipment register and at least 18,000 historical thickness readings are loaded and reconcile with the source records without discrepancy; (c) the interfaces to the maintenance management system and the historian exchange data for ten consecutive days without error; (d) remaining-life calculations for a sample of 50 corrosion loops match the Buyer's manual calculations within two per cent; and (e) no Severity 1 incident remains open during the last 20 days of the trial run.
P:6.3 Use of the Software in production, payment of any instalment or the signature of the Installation and Configuration Certificate shall not be deemed Final Acceptance. If a test fails, the Vendor shall correct the defect within 15 days and the test shall be repeated at the Vendor's cost.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects in the Software and Custom Deliverables free of charge and provide all updates and new versions released for the licensed modules.
P:7.2 Severity 1 means the Software is unavailable or inspection data cannot be saved or retrieved. The Vendor shall respond to a Severity 1 incident within one hour, provide a workaround within eight hours and a permanent fix within five days. Severity 2 incidents shall receive a response within two hours and a fix within three days.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, the Buyer is entitled to a service credit of CNY 1,000 for each hour of delay, deducted from the next payment or from the warranty bond.
P:7.4 After the warranty period the Vendor shall, if the Buyer so orders, provide annual support at 11 per cent of the Licence Subtotal per year (CNY 136,400 per year). This fee is fixed for the first three years after the warranty period. Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:8.2 The Software is installed on the Buyer's servers in China. The Vendor's remote access shall be approved by the Buyer for each session, made through the Buyer's VPN and bastion host, and logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with applicable PRC data protection and data security laws.
P:8.3 The Vendor shall notify the Buyer within eight hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in containment and investigation, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, including plant layouts, process conditions and inspection findings, and shall use it only for this Agreement. This obligation survives for five years after expiry or termination.
H:Article 10 Intellectual Property
P:10.1 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:10.2 The Software remains the property of the Vendor, subject to the perpetual licence in Article 2.
H:Article 11 Delay Damages and Liability
P:11.1 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1 per cent of the Contract Price for each day of delay, up to a maximum of ten per cent of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150 per cent of the Contract Price. This limit does not apply to infringement claims, breach of Article 8 or Article 9, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor, including its Chinese partner office.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if delay damages reach their maximum. On such termination the Vendor shall refund amounts paid for undelivered Services and deliver all Custom Deliverables completed so far.
P:13.2 Either party may terminate if the other becomes insolvent or if force majeure prevents performance for more than 90 days.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Tunisia.
P:14.2 Any dispute shall first be discussed between senior representatives of the parties. If not settled within 30 days, it shall be finally settled by arbitration under the rules of the Tunis Centre for Conciliation and Arbitration, seated in Tunis, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Services description) and Annex 2 (Acceptance test plan), is the entire agreement of the parties. It is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
DRAFTS["e01"] = dict(
    name="h765e01_integrity_software_licence_gabes_vendor.pdf", fmt="pdf", src=E01, lang="en", category="software",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Tunisia",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1750000),
    design=dict(rules=["CR-GOVERNING-LAW"], fee_base=1240000, forum_outside=True,
                sums=[(1240000, [880000, 4 * 90000]), (1750000, [1240000, 386000, 54000, 70000]),
                      (1750000, [350000, 787500, 612500]), (136400, [1240000 * 11 // 100])]))

E02 = """# ORDER FORM No. GCS-CN-2026-117

**Gafsa Cloud Systems SARL — FieldPilot Service Cloud**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B is attached and forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Gafsa Cloud Systems SARL, a company registered in Tunisia, with its office at Avenue Habib Bourguiba, Gafsa 2100, Tunisia ("Provider").

**Customer:** Hunan Xiangjiang Elevator Service Co., Ltd., a company registered in the People's Republic of China, with its office in Changsha, Hunan Province ("Customer").

Customer contact: Ms. Liu Fang, IT Manager. Provider contact: Mr. Karim Ben Salah, Account Director, China region.

### A2. Subscription and Term

Customer subscribes to the FieldPilot Service Cloud for the planning, dispatch and recording of elevator maintenance and repair work carried out by its technicians, including mobile work orders, spare-parts usage, customer sign-off and the customer portal for building owners.

The Subscription Term is twenty-four (24) months, made up of two Subscription Years, starting on the Go-Live Date defined in A5. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties; Provider shall offer renewal at the same unit prices if Customer asks for it at least 60 days before the end of the term.

### A3. Fees

| Item | Quantity | Unit price (CNY per year) | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|---|
| Technician licences (mobile app) | 180 | 1,250 | 225,000 | 450,000 |
| Dispatcher and manager licences | 20 | 2,400 | 48,000 | 96,000 |
| Customer portal add-on | 1 | 27,000 | 27,000 | 54,000 |
| Subscription subtotal | | | 300,000 | 600,000 |
| Implementation services (one-time, fixed price) | | | | 74,000 |
| **Total Fees** | | | | **674,000** |

All fees are in Chinese yuan (CNY) and include VAT. Additional licences ordered during the term are charged pro rata at the same unit prices and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) Annual subscription fees are invoiced at the start of each Subscription Year and are payable within 30 days of a valid VAT invoice.

(b) The implementation fee is invoiced after Go-Live Acceptance under A5 and is payable within 30 days of a valid VAT invoice.

(c) No other amount is payable before Go-Live. Provider shall issue invoices through its authorised reseller in China, Changsha Tianyu Information Technology Co., Ltd., which is responsible only for invoicing and collection.

### A5. Implementation and Go-Live Acceptance

(a) Provider shall configure the service, migrate the active maintenance contracts, the register of about 6,400 elevators and the spare-parts catalogue, build an interface to Customer's ERP for parts consumption and invoicing, and train dispatchers and technicians.

(b) Target Go-Live Date: 75 days after signature of this Order Form.

(c) Go-Live Acceptance tests: (i) all elevators and active contracts migrated and reconciled with Customer's records; (ii) 30 technicians in two branches complete a pilot of 15 working days using the mobile app for all work orders; (iii) ERP interface transfers parts consumption and billing data without error for ten consecutive working days; (iv) the customer portal shows maintenance records correctly for a sample of 100 buildings. Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the service during the pilot is not acceptance.

(d) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 600 for each day of delay, up to a maximum of CNY 36,000.

### A6. Special Terms

Customer Data shall be hosted in Provider's mainland China instance in the Shanghai region of a licensed cloud provider. The service level credits in Part B Section 3 apply from the Go-Live Date.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the FieldPilot Service Cloud subscribed under Part A, including the mobile applications and the customer portal.

1.2 "Customer Data" means all data entered into the Service by or for Customer, its users and its customers, including elevator registers, work orders, photographs, signatures and personal information of technicians and building contacts.

1.3 "Customer Configurations" means the workflows, forms, report templates, ERP interface mappings and scripts created by Provider specifically for Customer.

### 2. The Service

2.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation and these General Terms.

2.2 Provider may improve the Service from time to time, provided that it does not materially reduce the functionality Customer has subscribed to.

### 3. Service Levels

3.1 Provider shall ensure that the Service is available at least 99.95 per cent of the time in each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

3.2 Severity 1 incidents (the Service or the mobile app is unavailable to all users, or work orders cannot be saved) shall be responded to within 30 minutes and resolved or worked around within three hours. Severity 2 incidents shall be responded to within two hours and resolved within one business day.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5 per cent of the monthly subscription fee for each 0.1 percentage point (or part of it) below the commitment, up to 50 per cent of that month's fee. If a Severity 1 response is late, Customer receives a credit of CNY 500 for each hour of delay. Credits are set off against the next invoice or refunded at the end of the term.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, whether in identifiable, anonymised or aggregated form.

4.2 At any time during the term and for 60 days after it ends, Customer may export all Customer Data in CSV format. Provider shall then delete Customer Data and confirm deletion in writing.

### 5. Data Security

5.1 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, apply role-based access control and multi-factor authentication for administrative access, log all administrative access, and maintain a Multi-Level Protection Scheme level 3 record for the China instance.

5.2 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law when processing Customer Data.

5.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it and provide a written incident report within five days. Provider is responsible for losses and regulatory penalties caused by its failure to comply with this Section 5.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to Customer. Provider shall hand them over in a documented form at the end of implementation and on request, and Customer may use, modify and have them used by third parties without restriction.

### 8. Subcontractors

8.1 Provider may use affiliates, subcontractors and subprocessors, including hosting, SMS and support providers, to perform the Service. Provider shall notify Customer by email of any new subcontractor or subprocessor, and remains responsible for their performance.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to Provider's obligations under Sections 4 and 5, to infringement claims or to wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.2 Customer may also terminate by written notice if the service-level commitment in 3.1 is missed in any two consecutive months.

10.3 On termination by Customer under 10.1 or 10.2, Provider shall refund prepaid subscription fees for the remaining period and the export rights in Section 4.2 apply.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent. Notices shall be in writing and sent to the contacts in A1. This Order Form is signed in English; a Chinese translation may be prepared for reference only.
"""
DRAFTS["e02"] = dict(
    name="h765e02_elevator_field_service_saas_gafsa_vendor.md", fmt="md", src=E02, lang="en", category="cloud",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=600 / 674000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674000),
    design=dict(rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], fee_base=None, forum_outside=False,
                sums=[(225000, [180 * 1250]), (48000, [20 * 2400]), (300000, [225000, 48000, 27000]),
                      (674000, [600000, 74000])]))

E03 = """T:Supply Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. QLC-EQ-2026-0931 (Buyer's standard form for equipment and software)
P:Buyer: Shaanxi Qinling Cement Group Co., Ltd., Tongchuan, Shaanxi Province, People's Republic of China (the "Buyer").
P:Supplier: Kasserine Sensing Technologies SARL, Route de Sbeitla, Kasserine, Tunisia (the "Supplier").
P:The Buyer wishes to monitor the condition of rotating equipment on clinker line 2 of its Tongchuan plant, including kiln main drives, raw and cement mills, ID fans, separators and bucket elevators. The Supplier offers wireless vibration sensors, gateways and condition monitoring software. The parties agree as follows.
H:1. Definitions and Scope
LN:Scope. The Supplier shall supply the Equipment and the Licensed Software listed in clause 2, install and commission them, configure fault models for the monitored assets, train the Buyer's staff and provide warranty and support services.
P:1.1 "Equipment" means the sensors, gateways, mounting accessories and spare parts listed in clause 2.
P:1.2 "Licensed Software" means the Supplier's VibraSense condition monitoring software and its analytics modules, licensed under clause 8.
P:1.3 "Buyer Data" means all measurements, spectra, alarms, asset records and reports collected or produced by the system at the Buyer's site.
P:1.4 "Deliverables" means the asset hierarchy, fault models, alarm limits, dashboards, interface programs to the Buyer's DCS and maintenance system, and all documents prepared by the Supplier for the Buyer.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,630,000, inclusive of VAT, customs duties, delivery DDP to the Tongchuan plant, insurance, installation, configuration and training. It is a fixed price and is itemised in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated, with mounting kit|240|3,450|828,000
TB:2|Industrial gateway, LoRa and 4G, with local buffer|16|9,800|156,800
TB:3|VibraSense condition monitoring software, perpetual licence, one site, unlimited assets|1|372,000|372,000
TB:|Hardware and Licence Subtotal|||1,356,800
TB:4|Installation and commissioning|1 lot|148,000|148,000
TB:5|Fault-model configuration and DCS / maintenance system interfaces|1 lot|96,000|96,000
TB:6|Training (operators, maintenance engineers, administrators)|1 lot|29,200|29,200
TB:|Contract Price|||1,630,000
P:2.2 The Supplier shall supply, free of charge, spare sensors equal to two per cent of the installed quantity, rounded up.
H:3. Payment
P:3.1 Ten per cent of the Contract Price (CNY 163,000) as an advance payment within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Fifty-five per cent of the Contract Price (CNY 896,500) within 30 days after the Delivery and Installation Certificate is signed. The certificate records that the Equipment has arrived, has been installed and is powered; it does not mean acceptance.
P:3.3 Thirty-five per cent of the Contract Price (CNY 570,500) within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment requires a valid VAT invoice issued through the Supplier's registered agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Tongchuan plant within 70 days after signature. Installation shall be carried out during the planned kiln shutdown notified by the Buyer and shall not extend that shutdown.
P:4.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work, lock-out and working-at-height procedures. The Supplier is responsible for the safety of its personnel.
P:4.3 The Equipment shall be new, of current manufacture, and conform to the technical specification in Appendix A, with certificates of origin and conformity.
P:4.4 Before installation the Supplier shall submit a sensor location plan for each asset, showing mounting points, gateway positions and radio coverage, for the Buyer's approval. After commissioning the Supplier shall deliver as-built drawings, the asset hierarchy and the alarm limit list in Chinese and English.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 60 days.
P:5.2 Final Acceptance requires that: (a) every one of the 240 sensors reports a complete measurement set to the software at least once every ten minutes throughout the last 30 days of the trial; (b) measured overall vibration values on 20 reference points agree with the Buyer's portable analyser within five per cent; (c) fault models for all monitored asset types are configured and alarm limits approved by the Buyer's maintenance department; (d) the DCS and maintenance system interfaces transfer data without error for ten consecutive days; (e) all documents in Appendix B are delivered.
P:5.3 Final Acceptance is confirmed by an acceptance certificate signed by the Buyer. Installation, operation of the system or any payment is not acceptance. If the tests fail, the Supplier shall remedy the defects within 15 days and repeat the tests at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance for the Equipment and the Licensed Software. During the warranty the Supplier shall repair or replace defective Equipment, correct software defects and provide software updates free of charge. Sensor batteries are covered for the whole warranty period.
P:6.2 Severity 1 means loss of data from a complete gateway or from the kiln main drive sensors, or failure of the software server. The Supplier shall respond to a Severity 1 fault within two hours and restore service within 24 hours, if necessary through its Chinese service partner in Xi'an. Severity 2 faults shall receive a response within eight hours and be fixed within three days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount due to the Supplier or claim it under the performance bond.
P:6.4 After the warranty, the Supplier shall provide annual support at a fee not exceeding 9 per cent of the Hardware and Licence Subtotal per year (CNY 122,112), fixed for two years. Support is ordered each year by a separate purchase order and does not renew automatically.
H:7. Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for product development, benchmarking or any other purpose, including in anonymised or aggregated form.
P:7.2 The software server is installed in the Buyer's data room. Data from the gateways is transmitted in encrypted form to the Buyer's server only. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN and is recorded.
P:7.3 The Supplier shall comply with PRC laws on cybersecurity, data security and personal information. It shall notify the Buyer within eight hours of any security incident affecting the system or Buyer Data and shall bear the losses caused by its breach of this clause.
H:8. Intellectual Property and Licence
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Licensed Software at the Tongchuan plant, including for backup and disaster recovery.
P:8.2 The Deliverables belong to the Buyer. The Supplier shall hand over the Deliverables in editable form, and the Buyer may use, modify and license them freely, including to other plants of the Buyer's group.
P:8.3 The Supplier warrants that the Equipment and the Licensed Software do not infringe third-party rights and shall indemnify the Buyer against any claim.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including process data, equipment condition and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver the Equipment or achieve Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.08 per cent of the Contract Price for each day of delay, up to eight per cent of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200 per cent of the Contract Price, except for personal injury, infringement, breach of clause 7 and wilful misconduct, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Supplier's service partner in Xi'an is approved by the Buyer for installation and on-site support; any other subcontractor requires consent. The Supplier remains liable for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered items and the Buyer may keep delivered Equipment at the contract prices.
P:12.2 Either party may terminate if force majeure prevents performance for more than 90 days.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitral award is final.
H:14. Miscellaneous
P:14.1 This Contract is made in English and Chinese; both versions are equally authentic. Appendix A (Technical Specification) and Appendix B (Documentation List) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
DRAFTS["e03"] = dict(
    name="h765e03_cement_plant_vibration_sensors_kasserine_vendor.docx", fmt="docx", src=E03, lang="en",
    category="hardware",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1630000),
    design=dict(rules=[], fee_base=1356800, forum_outside=False,
                sums=[(828000, [240 * 3450]), (156800, [16 * 9800]), (1356800, [828000, 156800, 372000]),
                      (1630000, [1356800, 148000, 96000, 29200]), (1630000, [163000, 896500, 570500]),
                      (122112, [1356800 * 9 // 100])]))

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. HY-MSA-2026-08**

This Managed IT Services Agreement (the "Agreement") is entered into between:

**Ningbo Haiyue International Trading Co., Ltd.**, a company incorporated in the People's Republic of China, with its head office in Ningbo, Zhejiang Province ("Customer"); and

**Tozeur Digital Operations SARL**, a company incorporated in Tunisia, with its registered office at Avenue Abou El Kacem Chebbi, Tozeur, Tunisia ("Provider").

Customer operates a head office in Ningbo and sales offices in Shanghai, Hangzhou, Guangzhou, Qingdao and Yiwu. Provider runs a multilingual remote operations centre and works with an on-site partner in China. Customer wishes to outsource its service desk, end-user device management and network operations to Provider for three years. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Charges" means the charges set out in Schedule 2.

1.3 "Service Levels" means the service levels and service credits set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or handles in performing the Services, including user accounts, device inventories, tickets, network configurations and the contents of end-user devices.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an initial term of 36 months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term. Provider may increase the Charges for each renewal term by up to 6 per cent by giving Customer written notice at least 30 days before the renewal term begins.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, using suitably qualified personnel.

3.2 The service desk shall operate in Mandarin and English. On-site support in the six offices is provided by Provider's approved on-site partner, Ningbo Xinlian IT Services Co., Ltd.

3.3 Provider shall provide a monthly service report showing ticket volumes, Service Level performance, service credits, open problems and recommended improvements, and shall attend a monthly service review with Customer's IT manager.

## 4. Transition and Acceptance

4.1 Provider shall complete transition of the Services from Customer's current arrangements within 60 days after signature, following the transition plan agreed at the kick-off meeting.

4.2 Transition Acceptance criteria: (a) all 420 end-user devices are enrolled in Provider's endpoint management tool and reported compliant with the agreed baseline; (b) all network devices at the six sites are monitored and their configurations are backed up; (c) the service desk has handled Customer's tickets for a parallel run of ten working days with all Priority 1 and Priority 2 tickets within Service Levels; (d) runbooks for all recurring tasks are delivered and approved by Customer.

4.3 Customer signs the Transition Acceptance certificate when all criteria are met. Use of the Services during the parallel run is not acceptance.

4.4 If Transition Acceptance is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## 5. Charges and Payment

5.1 The Charges are fixed for the Initial Term and are set out in Schedule 2. The total contract value for the Initial Term is CNY 2,184,000, including VAT.

5.2 The transition fee is invoiced after Transition Acceptance. Monthly charges are invoiced quarterly in arrears. Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice issued by Provider's Chinese invoicing agent.

5.3 Additional devices or sites are charged at the unit rates in Schedule 2 from the month in which they are added.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 On expiry or termination Provider shall return all Customer Data, configurations and documentation in its possession to Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business, technical and financial information received under this Agreement, and shall not disclose it to any third party without the other party's prior written consent, except to its employees, approved subcontractors and advisers who need to know it and are bound by equivalent obligations.

7.2 This clause survives for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Provider's tools, monitoring platforms and pre-existing know-how remain Provider's property.

8.2 All runbooks, scripts, configuration baselines, network diagrams and documentation created by Provider for Customer under this Agreement belong to Customer, who may use, modify and give them to any successor provider without restriction.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Provider's total liability under this Agreement is limited to 150 per cent of the total contract value for the Initial Term. This limit does not apply to death or personal injury, breach of clause 7 or wilful misconduct.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer consents to the on-site partner named in clause 3.2. Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider fails to meet the Priority 1 Service Levels in three months out of any six consecutive months.

11.2 Either party may terminate this Agreement if the other party becomes insolvent.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the then-current monthly charges, including knowledge transfer to Customer or a successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

For Customer: ____________________ For Provider: ____________________

---

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and chat; ticket logging, first-line resolution, password resets, user onboarding and offboarding | Around the clock, every day |
| End-user device management | 420 laptops and desktops: patching, software distribution, antivirus console management, asset inventory, hardware break-fix coordination with vendors | Business days 08:00 to 20:00, Priority 1 around the clock |
| Network operations | Monitoring of routers, switches, firewalls and Wi-Fi at six sites; configuration backup; change implementation; carrier fault management | Around the clock |
| On-site support | Desk-side visits, moves and changes, device replacement, meeting-room support through the on-site partner | Business days 08:30 to 18:00 |
| Problem management | Root-cause analysis for Priority 1 incidents and repeated incidents, with a written report | As required |

## Schedule 2 — Charges

| Item | Monthly charge (CNY) | Months | Total (CNY) |
|---|---|---|---|
| Service desk | 24,000 | 36 | 864,000 |
| End-user device management (up to 420 devices) | 19,000 | 36 | 684,000 |
| Network operations (six sites) | 15,000 | 36 | 540,000 |
| Monthly charges subtotal | 58,000 | 36 | 2,088,000 |
| Transition (one-time) | | | 96,000 |
| Total contract value, Initial Term | | | 2,184,000 |

Additional devices: CNY 45 per device per month. Additional site: CNY 2,500 per site per month.

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (site down or more than 20 users unable to work): response | 30 minutes | CNY 1,000 per hour of delay |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 per hour of delay |
| Priority 2 incident (single user or single service degraded): response | 1 hour | CNY 300 per hour of delay |
| Priority 2 incident: restoration | 1 business day | CNY 500 per business day of delay |
| Network availability, per site, per calendar month | 99.95 per cent | 5 per cent of that month's network operations charge for each 0.1 percentage point below target |
| Service desk average speed of answer, monthly | 30 seconds | 2 per cent of that month's service desk charge |

Service credits for a month are capped at 25 per cent of the monthly charges for that month and are deducted from the next invoice. Service credits do not limit Customer's other rights under this Agreement.
"""
DRAFTS["e04"] = dict(
    name="h765e04_trading_company_managed_it_services_tozeur_vendor.md", fmt="md", src=E04, lang="en",
    category="services",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1500 / 2184000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
    design=dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], fee_base=None, forum_outside=False,
                sums=[(864000, [24000 * 36]), (684000, [19000 * 36]), (540000, [15000 * 36]),
                      (58000, [24000, 19000, 15000]), (2184000, [58000 * 36, 96000])]))

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. JH-DATA-2026-03

PARTIES

1.1 Medenine Olive Market Data SARL, a company incorporated in Tunisia, with its registered office at Rue de Djerba, Medenine 4100, Tunisia (the "Vendor").

1.2 Xiamen Jinhai Edible Oil Import and Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huli District, Xiamen, Fujian Province (the "Customer").

1.3 The Customer imports olive oil and olive pomace oil from Mediterranean producers and needs reliable market prices, harvest estimates and shipment statistics to plan purchases and manage price risk. The Vendor collects and publishes such data and makes it available through a web platform and an application programming interface (API). The parties therefore agree as follows.

DEFINITIONS

2.1 "Data Products" means the Vendor's datasets subscribed under clause 3, including daily ex-mill and bulk prices for the main producing regions of Tunisia, Spain, Italy, Greece and Turkey, weekly harvest and stock estimates, monthly export shipment statistics by destination, and the historical archive where subscribed.

2.2 "API" means the Vendor's REST interface through which the Data Products are delivered in JSON and CSV formats, together with the web platform for named users.

2.3 "Subscription Year" means each period of one year starting on the Subscription Start Date or an anniversary of it. The subscription runs for two Subscription Years.

2.4 "Subscription Start Date" means the date of Integration Acceptance under clause 6.

2.5 "Customer Inputs" means all data that the Customer or its users upload to or enter in the platform or send through the API, including purchase positions, supplier lists, watch lists, price alerts and queries.

2.6 "Customer Developments" means the integration code, data mappings, dashboards and reports developed by the Vendor specifically for the Customer under clause 6, and any analysis produced by the Customer using the Data Products.

SUBSCRIPTION AND LICENCE

3.1 The Vendor grants the Customer, for two Subscription Years, a non-exclusive, non-transferable licence to access the Data Products through the API and the web platform, to load them into the Customer's internal procurement, risk and reporting systems, and to use them for the Customer's internal business purposes.

3.2 The licence covers the Customer and its wholly owned subsidiaries in mainland China and up to ten named users of the web platform. API access is not limited by number of calls for the Customer's internal systems.

3.3 The Customer may keep data received during the subscription after it ends and continue to use it internally, but may not resell or publish the Data Products as such.

3.4 The subscription ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written order signed by both parties.

FEES AND PAYMENT

4.1 The fees are as follows:
(a) Data Feed Professional (all Data Products except the archive, API and ten named users): CNY 248,000 per Subscription Year;
(b) Historical archive add-on (daily prices and monthly shipments from 2006): CNY 20,000 per Subscription Year;
(c) Annual subscription fee (a) + (b): CNY 268,000 per Subscription Year, or CNY 536,000 for the two Subscription Years;
(d) Integration setup (one-time, fixed price): CNY 42,000.
The total contract value is CNY 578,000, including VAT.

4.2 The annual subscription fee is invoiced in four equal quarterly instalments of CNY 67,000, each at the start of the relevant quarter of the Subscription Year. The integration setup fee is invoiced after Integration Acceptance.

4.3 The Customer shall pay each invoice within 30 days after receipt of a valid VAT invoice issued by the Vendor's authorised agent in China. No amount is payable before the Subscription Start Date.

4.4 The fees are fixed for the two Subscription Years.

DELIVERY OF THE INTEGRATION ENVIRONMENT

5.1 Within 20 days after signature the Vendor shall provide API credentials, a sandbox environment with sample data, complete API documentation in English and Chinese, and a bulk load of the historical archive.

5.2 If the Vendor fails to provide any item in clause 5.1 on time for reasons attributable to it, the Vendor shall pay the Customer delay damages of CNY 500 for each day of delay, up to a maximum of CNY 25,000.

INTEGRATION AND ACCEPTANCE

6.1 The Vendor shall develop and configure, for the Customer, the integration of the API with the Customer's procurement and risk system, including data mappings, unit and currency conversion to CNY per tonne, a daily price dashboard and three standard purchase reports.

6.2 Integration Acceptance criteria: (a) all subscribed Data Products are loaded automatically into the Customer's system each day for 15 consecutive business days without manual intervention; (b) a reconciliation of 200 sample price points against the Vendor's web platform shows no differences; (c) the dashboard and the three reports are approved by the Customer's purchasing manager; (d) the Customer's IT team has received the integration code and documentation.

6.3 The Customer confirms Integration Acceptance in writing. Use of the data during testing is not acceptance. If a criterion is not met, the Vendor shall correct the defect within ten business days and the test shall be repeated.

SERVICE AND SUPPORT

7.1 The Vendor will use commercially reasonable efforts to keep the API and the web platform available and to publish each Data Product on its usual schedule, but does not guarantee uninterrupted availability or any particular publication time.

7.2 The Vendor provides e-mail support during its business hours in Tunisia on working days and will try to answer requests as soon as reasonably practicable. Planned maintenance is announced on the web platform.

7.3 If the Vendor discovers an error in published data, it will publish a correction and notify subscribers through the platform.

7.4 The Vendor shall give the Customer at least 60 days' written notice of any change to the API that is not backward compatible, and shall keep the previous version of the API available during that notice period.

7.5 The Vendor shall publish a short description of the sources and methods used for each Data Product and inform the Customer of any material change in methodology.

CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Vendor shall process Customer Inputs only to provide the API and the platform to the Customer and shall not use them for any other purpose, including market analysis, data products for other customers or product development, whether in identified, anonymised or aggregated form. The Vendor shall not make Customer Inputs available to any third party.

8.2 The Vendor shall store Customer Inputs on servers located in mainland China operated by a licensed hosting provider, encrypt them in transit and at rest, restrict access to named support staff using multi-factor authentication and keep access logs for at least one year.

8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Inputs, take immediate steps to contain the incident, and compensate the Customer for losses caused by its failure to comply with this clause 8.

8.4 Within 30 days after the end of the subscription the Vendor shall return Customer Inputs in CSV format and then delete them, and confirm deletion in writing.

INTELLECTUAL PROPERTY

9.1 The Vendor owns the Data Products, the API and the platform, and all rights in them remain with the Vendor, subject to the licence in clause 3.

9.2 Customer Developments belong to the Customer. The Vendor shall deliver the integration code in source form with documentation, and the Customer may use, modify and license Customer Developments freely, including to its service providers.

9.3 The Vendor warrants that it has the right to license the Data Products and shall indemnify the Customer against any third-party claim that the Customer's use of them in accordance with this Agreement infringes that party's rights.

LIABILITY

10.1 Neither party is liable for indirect loss, loss of profit or trading losses resulting from purchase decisions made using the Data Products.

10.2 The Vendor's total liability under this Agreement shall not exceed twice the total contract value. This limit does not apply to breach of clause 8, infringement claims or wilful misconduct.

SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract the integration work or the hosting of Customer Inputs without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's written consent.

TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice. The Vendor shall then refund fees paid for the period after termination.

12.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that is not settled by negotiation within 30 days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.

For the Customer: ____________________          For the Vendor: ____________________
"""
DRAFTS["e05"] = dict(
    name="h765e05_olive_oil_market_data_api_medenine_vendor.txt", fmt="txt", src=E05, lang="en", category="cloud",
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=500 / 578000 * 100, liability_cap_pct=200, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=578000),
    design=dict(rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], fee_base=None,
                forum_outside=False, sums=[(268000, [248000, 20000]), (578000, [268000, 268000, 42000]),
                                           (268000, [67000] * 4)]))


def check_sums(key, d):
    for total, parts in d["design"]["sums"]:
        assert sum(parts) == total, (key, total, parts, sum(parts))


def label(d):
    t, x = d["terms"], d["extra"]
    assert list(t) == TERM_KEYS, list(t)
    goods = t["contract_kind"] == "goods_or_licence"
    ex = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if goods:
        ex["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in x
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    ex["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    ex["contract_value"] = x["contract_value"]
    rules = derive(t, x, d["design"])
    assert rules == sorted(d["design"]["rules"]), (d["name"], rules, d["design"]["rules"])
    return {"file": d["name"], "language": d["lang"], "category": d["category"],
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": ex, "expected_rules": rules}


def main():
    from word_pdf import write
    self_test()
    fired, report = set(), []
    for key, d in DRAFTS.items():
        assert d["name"].startswith("h765" + key + "_"), d["name"]
        check_sums(key, d)
        path = OUT / d["name"]
        if d["fmt"] in ("txt", "md"):
            path.write_text(d["src"], encoding="utf-8")
        else:
            write({key: d["src"]}, {key: (d["name"], d["fmt"])}, OUT, wrap_words=True)
        text = read_back(path)
        nows = len(re.sub(r"\s", "", text))
        words = len(text.split())
        if d["lang"] == "zh":
            assert 2750 <= nows <= 3000, (key, nows)
        else:
            assert 1450 <= words <= 1650, (key, words)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text), d["src"]):
            h = hits(variant)
            assert not h, (key, h)
        t = d["terms"]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        lab = label(d)
        js = json.dumps(lab, ensure_ascii=False, indent=1)
        assert not hits(js), (key, hits(js))
        (OUT / (path.stem + ".json")).write_text(js, encoding="utf-8")
        fired |= set(lab["expected_rules"])
        report.append((key, d["name"], nows, words, lab["expected_rules"], risk(lab["expected_rules"]),
                       d["design"].get("tco_share")))
    for r in report:
        print(r)
    if len(DRAFTS) == 10:
        assert sorted(fired) == sorted(ALL_RULES), set(ALL_RULES) - fired
        n = {k: len(DRAFTS[k]["design"]["rules"]) for k in DRAFTS}
        assert n["e01"] == 1 and DRAFTS["e01"]["design"]["rules"] == ["CR-GOVERNING-LAW"]
        assert 8 <= n["z05"] <= 10
        clean = [k for k in n if n[k] == 0]
        assert sorted(k[0] for k in clean) == ["e", "z"], clean
        assert sum(1 for k in n if 2 <= n[k] <= 3) == 6, n
        print("coverage ok:", len(fired), "rules")


if __name__ == "__main__":
    main()
