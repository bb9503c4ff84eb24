"""holdout253: writes ten ORDINARY draft contracts (zh/en; .docx/.pdf via ../word_pdf.py, .md, .txt) and their labels.
Run with /work/main/.venv/bin/python. Asserts price/payment sums, labelled figures, re-applied rules and threshold scan."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}
PLAN = {}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def plan(key, file, lang, category, terms, extra, rules, fmt, forum_outside=False, tco=None, figures=()):
    assert list(terms) == TERM_KEYS, key
    PLAN[key] = dict(file=file, lang=lang, category=category, terms=terms, extra=extra, rules=sorted(rules), fmt=fmt,
                     forum_outside=forum_outside, tco=tco, figures=figures)


def tco_share(tco, t):
    """policy §4: horizon 5 years from acceptance; fee base given; returns (tco, share %)."""
    if tco is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    value, base = tco
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * base * t["post_warranty_fee_pct"] / 100
    return value + fees, fees / (value + fees) * 100


def apply_rules(p):
    t, x, r = p["terms"], p["extra"], []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    else:
        if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
            r.append("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
            r.append("CR-SLA-NO-REMEDY")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(p["tco"], t)
        if s is not None and s[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or p["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    s = {sev.get(x, "medium") for x in rules}
    return "high" if "high" in s else "medium" if "medium" in s else "low"


CN = "[零〇一二两三四五六七八九十百点]"
THRESHOLDS = [  # (name, regex) — any figure exactly on a policy §3/§4 threshold, digits / Chinese numerals / words
    ("avail 99.9", r"(?<![\d.])99\.9(?![\d])|九十九点九(?!" + CN + ")|ninety-nine point nine(?! ?(?:five|eight|nine|seven|six))"),
    ("4 hours", r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)|(?<![十])四\s*个?\s*小时|\bfour\s*(?:\(4\)\s*)?-?\s*hours?"),
    ("LD 0.05%", r"(?<![\d.])0?\.05\s*%|(?<![\d.])0\.5\s*‰|万分之五(?![十])|千分之零点五|0\.05 per ?cent|0\.35\s*%|five basis"),
    ("cap 100%", r"(?<![\d.])100\s*%|百分之一?百(?!" + CN + ")|one hundred per ?cent|100 per ?cent"),
    ("prepay 30%", r"(?<![\d.])30\s*%|百分之三十(?!" + CN + ")|thirty per ?cent|(?<![\d.])30 per ?cent|三成"),
    ("warranty 12m", r"(?<![\d.])12\s*-?\s*(?:months?|个月)|十二\s*个?月|twelve\s*(?:\(12\)\s*)?-?months?|(?<![\d.])1\s*-?\s*years?\b|\bone\s*-?\s*years?\b|(?<![第每十一])一年|一周年|壹年"),
    ("fee 15%", r"(?<![\d.])15\s*%|百分之十五(?!" + CN + ")|fifteen per ?cent|(?<![\d.])15 per ?cent"),
    ("share 40%", r"(?<![\d.])40\s*%|百分之四十(?!" + CN + ")|forty per ?cent|(?<![\d.])40 per ?cent|四成"),
    ("horizon 5y", r"(?<![\d.])5\s*-?\s*(?:years?|年(?!\d|月|度))|(?<![十二〇零])五\s*年|five\s*(?:\(5\)\s*)?-?years?|(?<![\d.])60\s*(?:months?|个月)|六十个月"),
]


def scan(text):
    return [(n, m.group(0)) for n, rx in THRESHOLDS for m in [re.search(rx, text)] if m]


def selftest():
    bad = ["99.9%", "可用率99.9％", "4 hours", "four (4) hours", "4小时", "四个小时", "0.05%", "万分之五", "100%", "百分之百",
           "30%", "百分之三十", "12 months", "十二个月", "one year", "一年", "15%", "百分之十五", "40%", "百分之四十",
           "5 years", "五年", "60 months", "twelve (12) months", "thirty per cent", "4-hour"]
    good = ["99.95%", "24小时", "24 hours", "14 hours", "0.06%", "万分之五十", "120%", "130%", "300%", "18 months", "第一年",
            "每一年", "二十四个月", "115%", "25 years", "2025年", "二〇二五年", "36 months", "40 stores", "百分之三十五"]
    for s in bad:
        assert scan(s.replace("％", "%")), s
    for s in good:
        assert not scan(s), (s, scan(s))


selftest()

SRC["z01"] = """T:高速公路收费稽核大数据平台建设项目合同书
P:合同编号：JTT-ZFCG-2026-0417　　　采购方式：公开招标（项目编号 ZJGK2026-112）
P:甲方（采购人）：某省交通运输厅　　地址：省会市文华路88号
P:乙方（中标供应商）：某某数智交通科技有限公司　　地址：省会市滨江区信诚路301号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就“高速公路收费稽核大数据平台建设项目”经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分，内容不一致时以本合同文本为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设覆盖全省高速公路联网收费数据的稽核平台，包括平台软件许可、逃费稽核模型定制开发、门架与收费站数据治理接入、部署实施及培训，详见附件一《需求规格书》。
P:1.2 平台部署于甲方政务云指定资源池，乙方不得将甲方数据迁移至其他环境。乙方负责平台与省收费结算中心、部联网中心稽核系统以及甲方现有视频稽查系统的接口对接，接口规范以甲方提供的文件为准，因接口变化产生的适配工作包含在合同价款内。
H:第二条　合同价款
P:2.1 本合同为固定总价合同，含税总价人民币叁佰伍拾壹万元整（¥3,510,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|稽核平台软件许可（永久，省级部署）|1套|1,260,000
TB:2|逃费稽核模型定制开发（绕行、倒卡、大小车型不符等12类模型）|1项|1,480,000
TB:3|门架、收费站及ETC数据治理与接入|1项|560,000
TB:4|部署实施、联调及培训|1项|210,000
TB:合计|||3,510,000
P:2.2 上述价款已包含软件、开发、实施、培训、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%，即¥702,000，作为预付款。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥1,579,500。
P:3.3 平台试运行满三个月并通过终验后，甲方支付合同总价的35%，即¥1,228,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；甲方付款受财政资金拨付进度影响的，不视为甲方违约。
H:第四条　交付与验收
P:4.1 乙方应于合同签订后150日内完成部署并提交初验申请。
P:4.2 初验标准：（一）附件一所列功能逐项测试通过；（二）稽核模型对甲方提供的历史样本的疑似逃费识别准确率不低于92%；（三）单次稽核查询响应时间不超过3秒；（四）通过第三方安全测评并取得测评报告；（五）与部省两级收费系统接口数据核对一致。
P:4.3 初验合格后进入三个月试运行。试运行期内平台月可用率达到第五条要求、无一级故障遗留的，甲方组织专家终验，并出具书面验收报告。未经甲方书面验收，平台的安装、上线或使用均不视为验收合格。
H:第五条　服务水平
P:5.1 平台按7×24小时运行，月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:5.2 故障分级及响应：一级故障（平台不可用或稽核数据中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障于下一个工作日内处理。
P:5.3 月度可用率每低于承诺值0.01个百分点，扣减当期维保款或质保金¥3,000；一级故障响应每超时1小时，乙方支付¥2,000；恢复每超时1小时，乙方支付¥1,500。上述扣款不影响甲方追究其他违约责任。
H:第六条　质量保证与维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型调优及驻场支持。
P:6.2 质保期满后，甲方如需继续维保，年度维保费按平台软件许可费的10%计取，即每年¥126,000，该价格在质保期满后三个服务年度内固定不变，乙方不得单方调整。
H:第七条　知识产权
P:7.1 乙方为本项目定制开发的稽核模型、算法参数、接口程序、数据治理脚本及全部源代码和文档，知识产权归甲方所有，乙方应在终验时一并移交。
P:7.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在其所属单位范围内自行或委托第三方对定制部分进行修改和二次开发。
H:第八条　数据安全
P:8.1 本项目涉及的收费流水、车辆通行及稽核结果等数据均属甲方所有，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密传输与存储、操作审计等措施；发现数据泄露或安全事件的，应在1小时内报告甲方并配合处置。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第九条　保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、收费政策信息及其他非公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条　违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应在甲方规定期限内无偿整改；整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
P:10.3 乙方违反第八条、第九条约定的，除赔偿甲方全部损失外，甲方有权暂停支付未付款项，直至乙方完成整改并消除影响。
H:第十一条　项目人员与培训
P:11.1 乙方应指派具有同类省级平台建设经验的项目经理一名及不少于八名的实施工程师，项目经理未经甲方同意不得更换。乙方人员进入甲方机房及政务云管理区域，应遵守甲方安全管理制度并签署保密承诺书。
P:11.2 乙方应为甲方稽核业务人员、系统管理员分别提供不少于三期的培训，培训结束后经考核合格的人员应能独立完成稽核任务下发、模型参数调整和日常运维操作。
H:第十二条　分包
P:12.1 乙方不得转包本项目。确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条　合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条　不可抗力及其他
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在十五日内提供证明，双方据此协商延期或部分免除责任。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一《需求规格书》、附件二《验收方案》与本合同具有同等效力。
P:甲方（盖章）：某省交通运输厅　　　　　乙方（盖章）：某某数智交通科技有限公司
P:法定代表人或授权代表：__________　　　　　法定代表人或授权代表：__________
P:日期：2026年____月____日　　　　　　日期：2026年____月____日
"""

SRC["z02"] = """T:回转窑烟气在线分析系统采购及维保合同
P:合同号：SN-CG-2026-0625
P:买方（甲方）：某某水泥股份有限公司（熟料二线）
P:卖方（乙方）：某某环境监测仪器有限公司
P:鉴于甲方熟料二线回转窑需更换窑尾及分解炉出口烟气在线分析系统并新建烟囱排放连续监测系统（CEMS），乙方愿按本合同约定供货、安装、调试并提供质保期内外的技术服务，双方经平等协商，签订本合同，共同遵守。
H:一、供货范围与价格
P:（一）本合同货物及服务明细如下，价格含税、含运输、保险、安装调试及培训费用：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|窑尾高温烟气分析系统（O2/CO/NOx，含水冷探头）|2套|386,000|772,000
TB:2|分解炉出口烟气分析仪|2套|214,000|428,000
TB:3|烟囱CEMS（颗粒物、SO2、NOx、流速、温压湿）|1套|356,000|356,000
TB:4|取样探头、伴热管线及预处理柜|1批|168,000|168,000
TB:5|数据采集与传输软件（含DCS接口）|1套|92,000|92,000
TB:6|安装、调试、标定及培训|1项|134,000|134,000
TB:合计|||||1,950,000
P:（二）第1至5项为设备及软件，小计¥1,816,000；合同总价为人民币壹佰玖拾伍万元整（¥1,950,000）。本合同价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整；技术协议约定范围内的配套附件、专用工具及安装辅材，即使未在上表单独列明，也视为已包含在合同总价内。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部货物运至甲方厂区指定地点，并在到货后20日内完成安装和调试。
P:（二）到货时双方共同开箱清点，开箱签收仅确认数量及外观，不代表质量验收。
P:（三）安装期间乙方人员应遵守甲方厂区安全、高温作业及窑系统检修的有关规定，因乙方人员违规造成的人身或财产损失由乙方承担。
P:（四）主要技术要求：窑尾分析仪应能在烟气温度不低于1,100℃、含尘浓度较高的工况下连续运行，探头自动反吹周期可调；O2测量精度±0.2%FS，CO与NOx线性误差不超过±2%FS；CEMS各参数满足现行国家及地方排放监测技术规范。具体指标以双方签署的技术协议为准。
P:（五）乙方应随货提供中文操作手册、维护手册、合格证、计量器具型式批准证书及出厂检验报告，并为甲方中控、仪表人员提供不少于三天的现场培训，使其能够独立完成日常校准、反吹维护及简单故障处理。
P:（六）乙方应在质保期内保证常用备件的供应，并在交货时随机提供一批首批易损件；停产或改型的备件，乙方应提供功能等同的替代件。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%（¥390,000）作为预付款；
P:（二）货物全部到货并开箱签收后，支付合同总价的42%（¥819,000）；
P:（三）系统通过验收后，支付合同总价的33%（¥643,500）；
P:（四）剩余5%（¥97,500）作为质量保证金，质保期满无质量问题后无息支付。
H:四、验收
P:（一）调试完成后连续运行168小时，期间各分析仪示值误差、零点漂移及量程漂移符合HJ 75、HJ 76等标准要求，CEMS数据经生态环境部门认可的第三方比对监测合格，数据能稳定上传至甲方DCS及环保监控平台。
P:（二）上述条件全部满足后，甲方出具书面验收单。验收不合格的，乙方应在15日内整改并重新组织验收，由此产生的费用由乙方承担。
P:（三）验收时乙方应提交安装调试记录、标定记录、168小时运行记录及第三方比对监测报告；甲方在收到完整资料后10个工作日内组织验收。甲方未出具书面验收单的，不论设备是否已投入使用，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内因产品质量问题造成的维修、更换，乙方免费负责（易耗品滤芯、标准气除外）。
P:（二）质保期内，一级故障（分析仪停止输出或CEMS数据中断）乙方应在2小时内远程响应，24小时内到达现场，48小时内恢复；二级故障8小时内响应，72小时内处理完毕。
P:（三）乙方未按上述时限到场或恢复的，每超过一日，甲方可从质量保证金中扣除¥1,000；CEMS数据中断造成甲方受到环保处罚的，由乙方承担相应罚款。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度一次巡检、年度标定、故障维修及软件升级，备件另计。
P:（二）年度维保费按设备及软件小计的18%计取，即每年¥326,880，在质保期满后三年内保持不变。
P:（三）维保服务的响应时限及扣款方式参照第五条执行。
H:七、知识产权与数据
P:（一）乙方保证所供货物及软件不侵犯第三方知识产权，否则由乙方承担全部责任。
P:（二）乙方为本项目定制的DCS通讯接口程序、报表模板及组态文件，知识产权归甲方所有，乙方应交付源文件。数据采集软件的著作权仍归乙方，甲方享有永久使用权。
P:（三）系统采集的工艺及排放数据均归甲方所有，乙方不得留存或用于本合同以外的任何用途。乙方远程维护须经甲方批准，通过甲方指定的加密通道进行并留存操作日志；因乙方原因导致数据泄露、篡改或丢失的，乙方承担赔偿责任。
H:八、保密
P:双方对在合作中获知的对方技术资料、生产工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:（三）货物质量不符合约定的，乙方应负责更换或退货，并赔偿甲方由此遭受的直接损失。
H:十、分包与转让
P:乙方不得将本合同项下的安装调试工作分包给第三方，确有需要的须事先征得甲方书面同意。未经对方书面同意，任何一方不得转让本合同的权利义务。
H:十一、合同解除
P:乙方交付的货物经两次整改仍不能通过验收，或乙方有其他根本违约行为且经催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:乙方解除后的退款，应在甲方书面通知送达之日起15日内完成；已安装的设备由乙方自行拆除，拆除费用由乙方负担。
H:十二、不可抗力
P:因地震、洪水等不可抗力导致一方不能按期履行的，该方应在事件发生后三日内通知对方，并在十五日内提供有关证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十三、争议解决
P:本合同适用中华人民共和国法律。发生争议时双方友好协商，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等法律效力。
P:甲方：某某水泥股份有限公司（盖章）　　　　乙方：某某环境监测仪器有限公司（盖章）
P:代表：__________　　　　代表：__________
P:签订日期：2026年6月____日　　　　签订地点：甲方所在地
"""

SRC["z03"] = """# 家园共育平台订阅及实施服务协议

协议编号：KD-SaaS-2026-035

**甲方（客户）**：某某教育管理有限公司（下属连锁幼儿园共35所）
**乙方（服务商）**：某某云育信息技术有限公司

## 前言

甲方拟为旗下35所幼儿园统一上线家长端App、教师端及园所管理后台，实现入离园考勤、晨检记录、通知公告、成长档案和缴费提醒等功能。乙方以软件即服务（SaaS）方式提供该平台，并负责初始实施。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，订立本协议。

## 1. 服务内容与期限

1.1 乙方通过其云平台向甲方提供“云育家园”平台订阅服务，包括家长端App、教师端App、园长驾驶舱、考勤与晨检模块、通知与相册模块，以及与甲方现有人脸考勤终端和财务系统的数据对接。

1.2 实施服务包括：35所园所的组织架构与班级数据初始化、历史学籍数据导入、考勤终端对接调试、园所品牌主题页面定制、教职工及家长操作培训。

1.3 订阅服务期为三十六个月，自平台上线验收通过之日起计算。

1.4 乙方保证平台在安卓及iOS主流版本上可正常使用，家长端不得向家长推送任何商业广告，不得诱导家长购买与甲方无关的课程或商品；平台内第三方收款功能须经甲方书面同意后方可开通。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 35所 × 每所每年16,800元 × 3年 | 1,764,000 |
| 实施服务费（一次性） | 1项 | 126,000 |
| 合计 | | 1,890,000 |

2.1 订阅费每年合计¥588,000，按季度结算，每季度¥147,000，由乙方在每个服务季度结束后开具发票，甲方在收到发票后20个工作日内支付。

2.2 实施服务费¥126,000在平台上线验收通过后一次性支付。甲方无需预付任何款项。

2.3 新增园所的，按每所每年16,800元的单价按月折算计费。

## 3. 实施与验收

3.1 乙方应在协议签订后60日内完成全部35所园所的实施并提交上线验收申请。

3.2 上线验收标准：（1）需求确认书所列功能全部可用；（2）35所园所考勤终端数据实时同步，抽检识别记录与终端日志一致；（3）家长端在高峰时段（7:30—8:30）并发5,000人时页面响应不超过2秒；（4）历史数据导入经甲方抽查无差错；（5）培训完成且园所管理员考核通过。

3.3 甲方在收到申请后10个工作日内组织验收并出具书面意见。验收未通过的，乙方应在10日内整改后重新提交。平台未经甲方书面验收即投入使用的，不视为验收通过。

3.4 甲方应指定一名项目负责人，并在各园所指定一名联络人，按乙方实施计划提供班级、学籍及考勤终端清单等资料，为乙方进场调试提供必要条件。

## 4. 服务水平

4.1 平台月度可用率不低于99.5%。可用率按当月总分钟数扣除计划内维护时间计算，计划内维护应安排在夜间22:00至次日6:00之间并提前三日通知甲方。

4.2 一级故障（平台整体不可用或考勤功能中断）乙方应在30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、24小时内修复；三级问题在5个工作日内解决。

4.3 服务抵扣：月度可用率低于承诺值的，每低0.1个百分点，抵扣当季订阅费的2%，单季抵扣以当季订阅费的25%为限；一级故障恢复每超时1小时，再抵扣¥1,000。

4.4 乙方应每月向甲方提交服务报告，列明当月可用率、故障清单、处理时长及抵扣金额；甲方对报告有异议的，双方以平台监控日志为准核对。

4.5 乙方应提供工作日8:30—20:00的园所客服热线和在线工单，寒暑假开学前两周提供延时值守，协助园所完成新生导入和考勤终端调整。

## 5. 数据与个人信息保护

5.1 甲方在平台上录入或产生的幼儿、家长、教职工信息及考勤、晨检、相册等数据（“甲方数据”）归甲方所有。

5.2 乙方应按照个人信息保护法律要求处理儿童个人信息，对人脸图像、健康晨检等敏感信息加密存储，实施最小授权和操作日志审计，平台通过网络安全等级保护第三级测评。发生数据泄露或安全事件时，乙方应在2小时内通知甲方，采取补救措施，并承担因其过错造成的全部损失及监管处罚。

5.3 甲方同意，乙方可将甲方数据经脱敏、汇总处理后用于平台功能改进、行业研究报告及其他产品的开发，该等脱敏数据的权利归乙方。

5.4 协议终止后30日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除其系统中的甲方原始数据。

## 6. 知识产权

6.1 平台本身及其升级版本的知识产权归乙方。订阅期内乙方授予甲方及其下属园所非独占的使用权，用户数量不设上限；乙方对平台的版本升级应提前七日通知甲方，升级不得减少本协议约定的功能。

6.2 乙方为甲方定制的园所品牌主题页面、数据对接程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改或委托他人修改。

## 7. 保密

双方对在履行本协议中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，保密义务在协议终止后三年内持续有效。

## 8. 违约责任

8.1 乙方未能按第3.1条期限完成实施的，每逾期一日，按本协议总金额的万分之六向甲方支付违约金。

8.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 9. 续期

9.1 订阅期满前30日，任何一方未书面提出不续期的，本协议自动续展一个订阅期（三十六个月）。

9.2 续展期内，乙方有权根据市场情况上调订阅单价，调整后的价格以乙方书面通知为准，甲方未在通知后15日内提出异议的视为同意。

## 10. 分包

乙方不得将本协议项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

## 11. 解除

一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本协议，违约方应赔偿由此造成的损失。

## 12. 不可抗力

因地震、疫情、政府管制或电信运营商大面积故障等不可抗力导致本协议不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方据此部分或全部免除责任，但乙方仍应尽力恢复服务并保全甲方数据。

## 13. 法律适用与争议解决

本协议适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

## 14. 其他

本协议自双方盖章之日起生效，一式两份，双方各执一份。附件：需求确认书、园所清单。

甲方（盖章）：某某教育管理有限公司　　　乙方（盖章）：某某云育信息技术有限公司

日期：2026年____月____日　　　　　　　　日期：2026年____月____日
"""

SRC["z04"] = """某市图书馆智慧图书馆RFID自助服务系统年度运维服务合同

项目名称：智慧图书馆RFID自助服务系统2026年度运维服务
采购方式：竞争性磋商（采购编号：SZCG-CS-2026-0093）
合同编号：TSG-YW-2026-01

采购人（甲方）：某市图书馆
成交供应商（乙方）：某某图联智能科技有限公司

根据本项目磋商文件、乙方响应文件及成交通知书，经双方协商，就甲方智慧图书馆RFID自助服务系统的年度运行维护服务达成如下协议。

第一部分　服务范围

1.1 运维对象：甲方总馆及四个分馆部署的RFID自助借还机32台、安全门禁通道18套、智能盘点车6台、自助办证机4台、24小时街区自助图书馆2座、馆员工作站标签转换设备24台，以及RFID图书管理系统软件、与甲方图书馆集成管理系统（ILS）的SIP2接口、微信借阅服务接口，共计设备86台（套）。

1.2 服务内容：（1）驻场运维：乙方派驻2名工程师在总馆值守，开馆时间内在岗；（2）设备巡检与维修：每月对全部设备巡检一次，故障设备维修或更换部件；（3）软件维护：系统补丁、接口维护、数据备份与恢复演练；（4）备品备件：服务期内常用备件由乙方包干提供；（5）馆员培训及读者自助服务引导。

1.3 服务期：2026年1月1日至2026年12月31日。

第二部分　服务费用

2.1 本合同总金额为人民币陆拾壹万元整（¥610,000），构成如下：
  驻场运维（2人，全年）……………… ¥276,000
  设备巡检维修（86台套，全年）……… ¥168,000
  系统软件及接口维护…………………… ¥94,000
  备品备件包干…………………………… ¥72,000
  合计………………………………………… ¥610,000

2.2 服务费按季度支付。每季度结束后，甲方根据当季考核结果在10个工作日内支付当季服务费¥152,500，并扣除考核扣款。甲方不支付任何预付款。

2.3 上述金额为包干价，已包含人工、差旅、备品备件、工具仪器、税费及乙方为完成本合同服务所需的全部费用。服务期内甲方新增同类设备不超过5台（套）的，乙方应一并纳入运维范围且不另行收费；超过部分由双方另行协商。

2.4 乙方应在每次收款前开具合法有效的增值税发票。

第三部分　服务标准

3.1 故障等级：一级故障指总馆或任一分馆的自助借还全部中断、安全门禁失效或管理系统无法登录；二级故障指单台设备或单个功能异常；三级问题指咨询、数据调整等一般需求。

3.2 响应时限：一级故障，乙方应在接到报修后6小时内响应并安排人员到场处理，24小时内恢复；二级故障，在接到报修后1个工作日内修复；三级问题在3个工作日内处理完毕。驻场工程师在岗时，应即时处理现场报修。

3.3 乙方每月5日前提交上月运维报告，内容包括巡检记录、故障工单、备件更换清单和系统运行情况。

3.4 重大活动保障：甲方举办读书节、阅读推广周、寒暑假少儿阅读季等重大活动及节假日延时开馆期间，乙方应增派工程师现场保障，增派人员费用已包含在合同总金额内，乙方不得另行收费。

3.5 数据备份：乙方每周对RFID图书管理系统数据库进行一次全量备份，每日进行增量备份，备份介质由甲方保管；每半年进行一次恢复演练，并向甲方提交演练记录。

3.6 设备更换：设备主要部件损坏无法修复的，乙方应在5个工作日内提供同等或更高配置的备机替换，备机使用期间的费用由乙方承担。

第四部分　考核与验收

4.1 甲方按季度对乙方进行考核，考核内容包括：响应及修复时限达标情况、巡检完成率、驻场人员在岗情况、读者投诉情况和运维报告质量。

4.2 考核扣款：一级故障响应每超时1小时扣款¥800，恢复每超时1小时扣款¥500；驻场人员无故缺岗每人每日扣款¥600；巡检漏项每台次扣款¥200。

4.3 服务期满后，甲方组织年度服务验收，验收标准为：全年四个季度考核均达到合格（80分）以上、全部设备处于可正常使用状态、运维文档和备份数据已完整移交。验收合格后甲方出具书面验收意见。

第五部分　双方权利义务

5.1 甲方应为驻场人员提供必要的办公场所和网络接入，并指定专人负责联络和考核。

5.2 乙方应保证驻场人员具备相应技能，人员变更须提前7日通知甲方并经甲方认可。乙方人员应遵守甲方的安全、消防及读者服务规范。

5.3 服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的新服务商完成全部交接，包括账号口令、配置文件、运维文档、备件台账及未结工单，交接期间不得中断服务。

5.4 乙方可将设备维修、街区自助图书馆巡检等部分工作分包给其合作的维修服务商，但应提前书面告知甲方分包单位名称；乙方对分包工作承担全部责任。

第六部分　数据安全与保密

6.1 系统中的读者信息、借阅记录、馆藏数据等全部数据归甲方所有，乙方仅可为履行本合同目的访问，不得复制、留存或提供给任何第三方。服务期满或合同解除后，乙方应删除其掌握的全部甲方数据并出具书面删除确认。

6.2 乙方应严格执行甲方的信息安全制度，对运维账号实行专人专用，远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕。发生读者信息泄露或系统安全事件的，乙方应在1小时内报告甲方，因乙方原因造成的损失由乙方全额承担，并依法承担相应责任。

6.3 乙方对履行合同过程中知悉的甲方非公开信息负保密义务，未经甲方书面同意不得对外披露。本条规定在合同终止后继续有效。

第七部分　知识产权

运维过程中形成的文档、脚本、配置清单及数据备份归甲方所有。乙方在运维中使用的自有工具，其知识产权仍归乙方。

第八部分　违约责任

8.1 乙方未在合同生效后5个工作日内完成人员进场和运维交接的，每逾期一日，按合同总金额的千分之一支付违约金。

8.2 乙方连续两个季度考核不合格的，甲方有权解除合同；乙方存在其他严重违约行为，经甲方书面通知后10日内仍未改正的，甲方亦有权解除合同，并要求乙方赔偿损失。

第九部分　不可抗力

因不可抗力造成服务中断的，乙方应在事件发生后及时通知甲方并尽快恢复服务，不可抗力影响期间的考核指标相应调整；不可抗力消除后，乙方应在3日内恢复全部服务。

第十部分　争议解决

因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十一部分　其他

10.1 本合同未尽事宜，按磋商文件、响应文件及政府采购相关规定执行。
10.2 本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方盖章之日起生效。

甲方：某市图书馆（盖章）
代表签字：____________

乙方：某某图联智能科技有限公司（盖章）
代表签字：____________

签订日期：2025年12月____日
"""

SRC["z05"] = """# 软件许可及定制开发合同（标准文本）

**链采云SRM供应商协同平台 · 合同范本 V4.0**

合同编号：LCY-SRM-2026-0218

甲方：某某食品股份有限公司（调味面制品生产企业）
乙方：某某链采云软件有限公司

甲方因采购管理需要，拟引入乙方“链采云SRM供应商协同平台”，实现供应商准入、寻源比价、订单协同、来料质量追溯及对账结算的线上化管理。甲方现有合格供应商约三百家，涉及面粉、辣椒、植物油、食品添加剂及包装材料等物料类别，平台上线后将作为甲方与供应商之间订单下达、交货确认及对账的主要渠道。双方本着平等互利的原则，依据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下条款。

## 第一条 定义

1.1 “标准产品”指乙方享有著作权的链采云SRM平台标准版软件。
1.2 “定制开发”指乙方按甲方需求在标准产品基础上开发的功能模块、接口及报表。
1.3 “上线”指平台在甲方生产环境部署完成并开放给甲方用户登录使用。
1.4 “外部供应商账号”指分配给甲方供应商登录平台的账号，超出500个的，按每个账号每年300元另行计费。
1.5 “一级故障”指平台无法登录，或订单下达、收货确认等核心业务全部中断的情形。

## 第二条 合同标的与价格

| 序号 | 内容 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准产品许可 | 永久许可，内部用户不限，外部供应商账号500个 | 420,000 |
| 2 | 定制开发 | 招投标寻源模块、辣条原辅料（面粉、辣椒、植物油）批次质量追溯、与甲方金蝶ERP的订单及对账接口 | 530,000 |
| 3 | 实施部署 | 本地化部署、基础数据初始化、上线支持 | 110,000 |
| 4 | 培训 | 采购、品控及供应商培训 | 20,000 |
| | 合计 | | 1,080,000 |

合同总价为人民币壹佰零捌万元整（¥1,080,000）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥540,000。
3.2 平台上线后5个工作日内，甲方支付剩余50%，即¥540,000。乙方收款后开具增值税专用发票，税率按国家规定执行。
3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持服务。

## 第四条 实施与上线

4.1 乙方在收到首付款后开始实施，预计在90个工作日内完成上线。因甲方需求变更、资料提供不及时等原因造成的延误，实施周期相应顺延。
4.2 平台上线后，甲方应在7日内书面提出问题清单；甲方逾期未提出书面异议的，或甲方已开始使用平台处理业务的，视为平台验收合格。
4.3 上线后发现的非重大问题，不影响验收结论，乙方在后续维护中予以处理。
4.4 甲方应按乙方要求提供服务器、操作系统、数据库及网络环境，并指定项目负责人、关键用户配合需求调研和测试。甲方提供的环境不符合乙方推荐配置而导致性能问题的，由甲方自行承担。
4.5 需求说明书经双方签字确认后冻结。甲方在确认后提出的新增或变更需求，乙方有权按每人天2,800元另行计费，并相应调整实施周期。

## 第五条 售后服务

5.1 乙方自平台上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。
5.2 免费维护期内，甲方报告的一级故障（平台无法登录或核心业务中断），乙方在8小时内响应，并尽合理努力尽快恢复；其他问题在3个工作日内响应。乙方的技术支持通过工单系统和电话提供，服务时间为工作日9:00至18:00，节假日及非工作时间的现场支持需另行付费。
5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费用按乙方届时有效的服务价格标准执行。
5.4 标准产品发布新版本时，乙方可视情况向甲方推送升级；定制开发部分因升级需要重新适配的，适配费用另行计算。
5.5 乙方对因甲方操作不当、擅自修改程序或第三方系统原因造成的故障不承担维护义务。

## 第六条 知识产权

6.1 标准产品及其升级版本的全部知识产权归乙方所有。
6.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码和文档，其知识产权同样归乙方所有，甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或再许可。
6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第七条 数据

7.1 平台中的甲方业务数据归甲方所有。甲方应自行做好重要数据的本地备份，乙方提供的备份功能仅作为辅助手段。
7.2 乙方应采取防火墙、数据加密、权限分级和操作日志等安全措施保障平台数据安全；因乙方过错导致数据泄露的，乙方应及时通知甲方并采取补救措施，承担相应赔偿责任。
7.3 甲方同意乙方在去除甲方名称等标识信息后，使用平台中的采购价格、供应商绩效等数据形成行业基准指数，并用于乙方的产品和咨询服务。

## 第八条 保密

双方对因本合同获知的对方商业秘密负有保密义务，未经对方同意不得向第三方泄露。本条在合同终止后两年内有效。乙方在案例宣传、投标文件及官方网站中使用甲方名称和标识作为客户案例的，无需另行取得甲方同意。

## 第九条 责任限制

9.1 任何情况下，乙方在本合同项下承担的全部赔偿责任总额，不超过本合同总价的20%。
9.2 乙方对平台的适用性、运行结果及因使用平台作出的采购决策不作任何保证。
9.3 乙方不对甲方的间接损失、利润损失、商誉损失及数据恢复费用承担责任。

## 第十条 合同解除

任何一方严重违反本合同且在对方书面通知后30日内未予纠正的，对方有权书面解除本合同。甲方因自身原因解除合同的，已付款项不予退还。合同解除后，甲方应停止使用定制开发成果，并在乙方要求时删除相关程序副本。

## 第十一条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、病毒侵入或政府管制等乙方无法控制的原因，导致平台中断或数据损失的，乙方不承担责任。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交长沙仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同附件包括《需求说明书》和《实施计划》，附件与本合同正文不一致的，以正文为准。
13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：某某食品股份有限公司　　　乙方（盖章）：某某链采云软件有限公司

授权代表：__________　　　　　　　　　　授权代表：__________

日期：2026年____月____日　　　　　　　　日期：2026年____月____日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. HLT-2026-031 (Drone Spraying Management Software)
P:This Agreement is made between Hangzhou Xihu Longjing Tea Farmers' Professional Cooperative, a cooperative registered in Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"), and Heather Aerial Systems Ltd, a company incorporated in Scotland with its registered office on Eilean Mor, Scotland (the "Vendor"). The Customer and the Vendor are each a "Party".
H:Background
P:A. The Customer manages about 1,900 mu of terraced Longjing tea gardens across the West Lake tea-growing villages and operates a fleet of crop-protection drones for foliar feeding and pest control.
P:B. The Vendor develops AgriFleet, a software suite for planning, dispatching and recording drone spraying missions, including flight-plan generation from field maps, chemical dosage records and pilot management.
P:C. The Customer wishes to acquire perpetual licences to AgriFleet, together with configuration, custom reporting and training, on the terms of this Agreement. At the Customer's request, all prices are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the AgriFleet server, pilot seat, drone connector and field mapping modules listed in Schedule 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the spraying-plan reports, the chemical usage ledger for the cooperative's organic and green-food certification audits, the interface to the Customer's tea-garden traceability system and all other work product created by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under clause 5.
P:1.4 "Customer Data" means all field maps, flight logs, spraying records, pilot records and other data entered into or generated by the Software in the Customer's environment.
P:1.5 "Severity 1 Fault" means a fault that prevents mission planning or dispatch for the whole fleet, or causes the loss or corruption of spraying records.
H:2. Scope
P:2.1 The Vendor shall deliver and install the Software on servers provided by the Customer at its office in Hangzhou, configure it for the Customer's gardens, plots and drone models, develop the Custom Deliverables, migrate existing flight logs and train the Customer's pilots and administrators.
P:2.2 The Vendor shall complete installation within 45 days after the Effective Date and shall be ready for acceptance testing within 90 days after the Effective Date, in line with the spring tea season plan in Schedule 2.
P:2.3 The Customer shall give the Vendor timely access to its premises, servers and staff, and shall provide field maps and drone specifications reasonably requested.
H:3. Licence
P:3.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the business of the Customer and its member farmers, for the number of seats and connectors in Schedule 1.
P:3.2 The Customer may make backup copies of the Software and may use it on replacement hardware without further charge.
H:4. Price and Payment
P:4.1 The total contract price is CNY 830,000, inclusive of VAT, as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:AgriFleet server licence (perpetual)|1|268,000|268,000
TB:Pilot seat licences (perpetual)|24|6,500|156,000
TB:Drone connector licences (perpetual)|40|3,200|128,000
TB:Field mapping module (perpetual)|1|94,000|94,000
TB:Configuration and Custom Deliverables|1 lot|146,000|146,000
TB:Training (pilots and administrators)|1 lot|38,000|38,000
TB:Total|||830,000
P:4.2 The licence items total CNY 646,000.
P:4.3 The Customer shall pay: (a) 20% of the contract price (CNY 166,000) within 15 days after signature, against an advance payment guarantee of the same amount; (b) 45% (CNY 373,500) after installation of the Software and delivery of the licence keys; and (c) the balance of 35% (CNY 290,500) after Final Acceptance.
P:4.4 Each payment is due within 20 business days after receipt of a correct VAT invoice. Prices are fixed for the duration of this Agreement.
H:5. Acceptance
P:5.1 The Vendor shall carry out the acceptance tests in Schedule 3 in the presence of the Customer. The tests shall show at least that: (a) all functions in Schedule 1 work as specified; (b) flight plans are generated correctly for twenty sample plots chosen by the Customer; (c) spraying records from every drone model in the fleet are received and stored without loss over ten consecutive working days; and (d) the Custom Deliverables produce reports that reconcile with the Customer's manual records.
P:5.2 If all tests are passed, the Customer shall issue a Final Acceptance certificate within ten business days. If any test fails, the Vendor shall correct the defect and repeat the tests at its own cost. Installation, go-live or use of the Software by the Customer does not by itself constitute acceptance.
H:6. Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Service levels: the Vendor shall respond to a Severity 1 Fault within 2 hours, 7 days a week during the spraying season from March to October, and within 6 business hours at other times for lower severities, and shall restore service or provide a workaround within 24 hours for a Severity 1 Fault.
P:6.3 If the Vendor misses the Severity 1 response time, it shall pay a service credit of CNY 800 for each hour of delay; if it misses the restoration time, it shall pay CNY 1,200 for each further hour, deducted from the next payment or paid directly.
P:6.4 After the Warranty Period, the Customer may buy annual support at 13% of the licence items (CNY 83,980 per year). That fee is fixed for the first three support years and may thereafter increase by no more than 3% per year. Support includes the same service levels and credits as clause 6.2 and 6.3.
H:7. Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software as it existed before this Agreement and in its general improvements.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation on Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:8. Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, whether identified, aggregated or anonymised.
P:8.2 The Vendor shall protect Customer Data with access control, encryption in transit, logging of all remote support sessions and the security measures in Schedule 4. Remote access requires the Customer's prior approval for each session. The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist in remedying it, and shall be liable for all losses caused by its breach of this clause.
P:8.3 Customer Data remains stored in mainland China. The Vendor shall not transfer it outside mainland China.
H:9. Confidentiality
P:9.1 Each Party shall keep confidential all non-public information received from the other Party, use it only for this Agreement and not disclose it to any third party without prior written consent, except to its professional advisers under a duty of confidence or as required by law.
P:9.2 This clause survives for three years after the end of this Agreement.
H:10. Delay and Liability
P:10.1 If the Vendor fails to be ready for acceptance testing by the date in clause 2.2 for reasons within its control, it shall pay liquidated damages of 0.08% of the total contract price for each day of delay, up to 10% of the contract price.
P:10.2 Each Party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to breaches of clauses 8 and 9, to infringement claims, or to fraud or wilful misconduct.
H:11. Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:11.2 Neither Party may assign this Agreement without the other Party's written consent.
H:12. Term and Termination
P:12.1 This Agreement starts on the date of the last signature (the "Effective Date") and continues until all obligations have been performed; the licences are perpetual and survive.
P:12.2 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to cure it within 30 days after written notice. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all sums paid.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the law of Scotland.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration seated in Edinburgh, Scotland, under the Scottish Arbitration Rules, before a sole arbitrator, in English. The Parties may hold hearings by video conference.
H:14. General
P:14.1 This Agreement, with its Schedules, is the entire agreement between the Parties on its subject matter. Amendments must be in writing and signed by both Parties.
P:14.2 Notices shall be in writing and sent by courier or e-mail to the addresses set out below the signatures.
P:14.3 This Agreement is made in English and Chinese; both versions have equal force.
P:Schedule 1: Software and Licence Quantities. Schedule 2: Project Plan. Schedule 3: Acceptance Tests. Schedule 4: Security Measures.
P:Signed for the Customer: ____________________ Name and title: ____________ Date: ____________
P:Signed for the Vendor: ____________________ Name and title: ____________ Date: ____________
"""

SRC["e02"] = """ORDER FORM No. OF-GL-2026-0087
under the MARESOL BOOKING CLOUD GENERAL TERMS (version 3.4)

Provider: Maresol Booking Technologies, Lda., a company with its registered seat on the Ilhéu das Galinhas, Guinea-Bissau ("Maresol")
Customer: Guilin Lijiang Star River Cruise Co., Ltd., Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China ("Customer")

This Order Form and the General Terms printed below it together form the agreement between Maresol and the Customer (the "Agreement"). If the Order Form conflicts with the General Terms, the Order Form prevails.

PART A - ORDER FORM

A1. Services
Maresol will provide its Booking Cloud software-as-a-service to the Customer for the sale of Li River cruise tickets (Guilin to Yangshuo and the Xingping section), including: online and mobile booking pages in Chinese and English; a ticket-office console for the Customer's eight sales counters at the Zhujiang and Mopanshan piers; dynamic seat and cabin inventory for 26 vessels; QR boarding passes and pier gate scanning; travel-agency allotment management; a channel connector to two online travel agencies; and daily settlement reports.

A2. Subscription Term
36 months from the Go-Live Date (the "Initial Term").

A3. Fees (all amounts in CNY at the Customer's request, inclusive of VAT)

  Item                                      Basis                   Amount (CNY)
  Booking Cloud platform subscription       31,500 per month x 36      1,134,000
  OTA channel connector                     4,200 per month x 36         151,200
  Onboarding and configuration (one-time)   fixed                         88,000
  Total Contract Value                                                 1,373,200

A4. Invoicing and Payment
(a) Subscription and connector fees are invoiced monthly in arrears, at CNY 35,700 for each calendar month of service, and are payable within 30 days after the invoice date.
(b) The onboarding fee is invoiced on Go-Live Acceptance and payable within 30 days after the invoice date.
(c) No amount is payable in advance of service.

A5. Onboarding
Maresol will configure the vessels, routes, timetables, fare types and sales counters, load the Customer's agency contracts, brand the booking pages, connect the pier gates and train counter staff and supervisors. The target Go-Live Date is 70 days after signature of this Order Form.

A6. Go-Live Acceptance
Before go-live, Maresol shall run the acceptance tests agreed in the onboarding plan in the Customer's presence. Go-Live Acceptance requires that: (i) bookings, changes and refunds work for every fare type; (ii) seat inventory stays consistent between the web pages, the counters and the channel connector in a test of 2,000 simulated bookings; (iii) boarding passes are scanned at every gate in under two seconds; and (iv) the daily settlement report reconciles with the payment gateway statement. The Customer signs the Go-Live Acceptance certificate when all tests are passed; use of the Services for trial sales before that date is not acceptance. The Go-Live Date is the date of that certificate.

A7. Late Go-Live
If Go-Live Acceptance is not achieved by the target date for reasons attributable to Maresol, Maresol shall pay the Customer 0.1% of the Total Contract Value for each day of delay, capped at 10% of the Total Contract Value.

A8. Renewal
After the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each unless either party gives notice of non-renewal at least 60 days before the end of the current term. For each renewal term Maresol may increase the fees at its discretion by up to 9% over the fees of the expiring term; the new fees apply from the first day of the renewal term and are published on Maresol's customer portal.

A9. Special Conditions
(a) Customer Data is hosted in a cloud region in mainland China operated by a licensed local cloud provider.
(b) All configurations, branded booking page templates and pier-gate integration scripts made for the Customer belong to the Customer, which may use, change and license them freely.

PART B - GENERAL TERMS

1. Definitions
1.1 "Customer Data" means all data the Customer or its passengers, agents or staff enter into the Services, including passenger names, identity document numbers, contact details, booking history and payment references.
1.2 "Incident" means any interruption or degradation of the Services. A "Priority 1 Incident" means that online booking, counter sales or boarding is unavailable for all users.
1.3 "Monthly Fee" means the subscription and connector fees for one calendar month.

2. Use of the Services
2.1 Maresol grants the Customer a non-exclusive, non-transferable right to use the Services during the subscription term for its own cruise business and that of its authorised travel agencies.
2.2 The Customer is responsible for its users' credentials and for the accuracy of the fares and timetables it enters.
2.3 Maresol may update the Services from time to time provided the functionality described in the Order Form is not materially reduced.

3. Service Levels
3.1 Maresol will make the Services available at least 99.95% of the time in each calendar month, excluding planned maintenance notified five days in advance and carried out between 23:00 and 05:00 China Standard Time.
3.2 Maresol will respond to a Priority 1 Incident within 1 hour, around the clock, and will restore the Services within 3 hours. Other incidents are answered within 8 business hours.
3.3 Service credits: if monthly availability falls below the commitment in clause 3.1, the Customer receives a credit of 5% of the Monthly Fee for each started 0.1 percentage point of shortfall, and a further credit of CNY 1,000 for each hour by which the restoration of a Priority 1 Incident exceeds 3 hours. Credits are deducted from the next invoice; credits for one month may not exceed the Monthly Fee.
3.4 Maresol will publish a monthly service report showing availability, incidents and credits.

4. Customer Data
4.1 Customer Data belongs to the Customer. Maresol processes Customer Data only on the Customer's instructions and only to provide the Services. Maresol will not sell, analyse, aggregate or otherwise use Customer Data for any other purpose.
4.2 Maresol implements and maintains technical and organisational security measures appropriate to the risk, including encryption of data in transit and at rest, role-based access, multi-factor authentication for administrators, logging and monitoring, and annual penetration testing. Personal information is processed in accordance with the Personal Information Protection Law of the PRC.
4.3 Maresol will notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a security breach affecting Customer Data, will take all reasonable steps to contain it and will reimburse the Customer's costs of notifying passengers and regulators and any fines imposed as a result of Maresol's breach of this clause 4.
4.4 On expiry or termination Maresol will return Customer Data in a standard format within 30 days and then delete it, confirming deletion in writing.

5. Intellectual Property
5.1 Maresol and its licensors own the Services and all related software, documentation and know-how.
5.2 Work product created specifically for the Customer is governed by clause A9(b) of the Order Form.

6. Warranties
6.1 Maresol warrants that the Services will perform materially in accordance with the documentation and the Order Form, and that it holds all licences needed to provide them in the PRC.
6.2 The Customer warrants that it has the right to provide Customer Data to Maresol for processing under this Agreement.

7. Liability
7.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the nine (9) months preceding the event giving rise to the claim.
7.2 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.
7.3 Clause 7.1 does not limit liability for death or personal injury caused by negligence, fraud, or the Customer's payment obligations.

8. Subcontractors
Maresol may not subcontract the provision of the Services, other than hosting by the cloud provider named in the onboarding plan and approved by the Customer on signature, without the Customer's prior written consent.

9. Term and Termination
9.1 This Agreement begins on signature of the Order Form and continues for the Initial Term and any renewal terms.
9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving written notice describing it.
9.3 The Customer may also terminate if availability falls below the commitment in clause 3.1 in any two consecutive months.
9.4 On termination for Maresol's breach, Maresol refunds any fees paid for services not yet rendered.

10. Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate by notice.

11. Governing Law and Jurisdiction
This Agreement is governed by the laws of the People's Republic of China. The courts of Guilin have exclusive jurisdiction over any dispute arising from it.

12. Miscellaneous
12.1 Notices must be in writing and may be sent by e-mail to the addresses in the Order Form.
12.2 This Agreement is the entire agreement of the parties about its subject matter and supersedes earlier proposals.
12.3 No variation is effective unless it is in writing and signed by both parties.

Signed for Maresol Booking Technologies, Lda.: ______________________  Date: __________
Signed for Guilin Lijiang Star River Cruise Co., Ltd.: ______________________  Date: __________
"""

SRC["e03"] = """T:Purchase Contract for CNC Line IoT Gateways and Integration
P:Contract No. FS-MFG-IT-2026-014   Place of signature: Foshan, Guangdong
P:Buyer: Foshan Shunde Huamu Furniture Manufacturing Co., Ltd., Longjiang Town, Shunde District, Foshan, Guangdong Province, People's Republic of China (the "Buyer")
P:Supplier: Medes Industrial Connectivity S.L., a Spanish company with its seat on the Illes Medes, Catalonia, Spain (the "Supplier")
P:Whereas the Buyer operates four panel-furniture CNC lines (nesting routers, edge banders and boring centres) at its Longjiang plant and wishes to collect machine data for overall equipment effectiveness (OEE) monitoring and its manufacturing execution system (MES); and whereas the Supplier has offered edge IoT gateways, software and integration services in its tender dated 12 March 2026; the parties agree as follows. This Contract is on the Buyer's standard form; all prices are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission: edge IoT gateways for each machine; PLC and CNC protocol licences; two line data servers in a redundant pair; the LineView monitoring software licence; an integration with the Buyer's MES for work orders, machine states and part counts; and training for the Buyer's maintenance and IT staff.
P:1.2 The detailed technical specification is in Annex 1 and forms part of this Contract.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 922,000, including VAT, packing, transport to the Buyer's plant, installation and training:
P:(1) Edge IoT gateways, 48 units at CNY 7,800 each: CNY 374,400;
P:(2) PLC / CNC protocol licences, 48 at CNY 1,450 each: CNY 69,600;
P:(3) Line data servers, 2 units at CNY 58,000 each: CNY 116,000;
P:(4) LineView monitoring software licence, 1 plant licence: CNY 132,000;
P:(5) MES integration (custom development): CNY 168,000;
P:(6) Installation, commissioning and training: CNY 62,000.
P:2.2 Items (1) to (4), the hardware and licences, total CNY 692,000. The Contract Price is fixed and is not subject to adjustment for exchange rates, materials or labour.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 92,200) within 15 working days after signature, against the Supplier's invoice and an advance payment bank guarantee.
P:3.2 50% (CNY 461,000) within 30 days after delivery of all hardware to the Buyer's plant, signed for by the Buyer's warehouse. Signature of the delivery note confirms quantities only and is not acceptance.
P:3.3 35% (CNY 322,700) within 30 days after Final Acceptance under Article 5.
P:3.4 5% (CNY 46,100) is retained as a quality deposit and paid within 30 days after the end of the warranty period, less any amounts due from the Supplier.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all hardware within 50 days after signature and complete installation on all four lines within 30 days after delivery. Installation shall be done line by line during the Buyer's planned stoppages, and the Supplier shall not stop a running line without the Buyer's written permission.
P:4.2 The Supplier shall comply with the plant's safety rules, including lock-out and tag-out procedures, dust and fire controls and the wearing of protective equipment.
P:4.3 The Buyer shall provide rack space, power, network ports and the MES test environment, and shall name a project manager who can take decisions on its behalf. Any delay caused by the Buyer extends the Supplier's dates accordingly, provided the Supplier notifies the Buyer in writing within three working days.
P:4.4 The Supplier shall appoint a project manager who speaks Chinese or shall provide an interpreter at its own cost for all meetings, training and acceptance tests at the plant.
H:Article 5 Acceptance
P:5.1 After installation the Supplier shall run a 14-day trial on all lines. Final Acceptance requires that: (a) every gateway reports machine state, spindle load, alarm codes and part counts with a delay under five seconds; (b) over the trial no machine shows a gap longer than ten minutes in its records while the line is running; (c) work orders and part counts reconcile with the MES for ten sample orders; (d) failover of the data servers is demonstrated without loss of data; and (e) all documentation and source code of the MES integration have been delivered.
P:5.2 If the criteria are met, the Buyer issues a Final Acceptance certificate within seven working days. Otherwise the Supplier shall remedy the defects at its cost and repeat the trial. Use of the system by the Buyer during the trial is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During it the Supplier shall repair or replace defective hardware and correct software defects free of charge, including parts, labour and travel.
P:6.2 For a critical fault (loss of data collection on a whole line, or failure of both data servers) the Supplier shall respond within 2 hours by telephone or remote session and, where needed, attend the plant within 24 hours. For other faults it shall respond within one working day.
P:6.3 For each hour by which the Supplier exceeds the critical-fault response time, it shall pay CNY 1,500; for each day by which it exceeds the on-site time, CNY 3,000. The Buyer may deduct these amounts from the quality deposit or any payment due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support at 11% of the hardware and licence total (CNY 76,120 per year), fixed for three years, with the same service levels. The Supplier shall keep spare parts available for at least six years after Final Acceptance.
H:Article 6A Documentation and Training
P:6A.1 With each delivery the Supplier shall provide, in Chinese, installation drawings, wiring diagrams, gateway configuration records, user and administrator manuals and a spare-parts list. Before Final Acceptance it shall hand over the as-built documentation of all four lines.
P:6A.2 The Supplier shall train up to twelve maintenance technicians and four IT staff of the Buyer in two sessions at the plant. After training, the Buyer's staff shall be able to replace a gateway, restore a configuration backup, add a new machine to the system and read the OEE dashboards without the Supplier's help. Training materials become the Buyer's property.
P:6A.3 The Supplier shall provide firmware and software updates that fix security vulnerabilities free of charge during the warranty period and any support period, and shall inform the Buyer of any critical vulnerability within three working days after it becomes known.
H:Article 7 Intellectual Property
P:7.1 The MES integration, its source code, configurations and documentation are the property of the Buyer, which may use, modify and license them freely.
P:7.2 The Supplier retains the intellectual property in the LineView software and gateway firmware, and grants the Buyer a perpetual licence to use them.
H:Article 8 Data Security
P:8.1 All machine and production data collected by the system belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy it or transmit it to any cloud or server outside the Buyer's plant.
P:8.2 The gateways shall be installed in a separate network zone behind the Buyer's industrial firewall. Remote access by the Supplier is permitted only through the Buyer's VPN with prior approval for each session and is logged. The Supplier shall report any security incident within 12 hours and is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party, including the Buyer's production data, product designs and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breaches of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation partners require the Buyer's written approval before they enter the plant.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages under Article 10.1 reach their maximum. The Supplier shall then refund the sums paid for undelivered or unaccepted items.
H:Article 13 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance is suspended for the duration of the event. If it lasts more than 60 days, the parties shall consult on termination.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the South China International Arbitration Center (Shenzhen Court of International Arbitration) for arbitration in Shenzhen.
H:Article 15 Miscellaneous
P:This Contract is made in Chinese and English in four originals, two for each party. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Date: ____________   Date: ____________
"""

SRC["e04"] = """# Licence, Implementation and Support Agreement — GruMan CMMS

**Agreement reference:** TJP-ENG-2026-0342

**Between**

- **Tianjin Port Bohai Container Terminal Co., Ltd.**, Binhai New Area, Tianjin, People's Republic of China ("**Licensee**"); and
- **Ortigia Asset Software S.r.l.**, an Italian company with its registered office on the Isola di Ortigia, Syracuse, Sicily, Italy ("**Licensor**").

## Recitals

(A) The Licensee operates quay cranes, rubber-tyred gantry cranes and reach stackers at its container berths and wants one computerised maintenance management system (CMMS) for preventive maintenance plans, work orders, spare-parts stores and crane condition data.

(B) The Licensor publishes GruMan, a CMMS designed for port cranes, and has offered perpetual licences, implementation and annual support. At the Licensee's request all amounts in this Agreement are in Chinese yuan (CNY).

## 1. Interpretation

1.1 **Software** means GruMan Enterprise (site licence) and GruMan named-user licences, including the mobile technician application and documentation, and every update and upgrade supplied under this Agreement.

1.2 **Deliverables** means all configurations, data-migration scripts, custom reports, the interface to the terminal operating system (TOS) and the interface to the Licensee's SAP finance module, developed by the Licensor for the Licensee.

1.3 **Go-Live** means the first productive use of the Software for all crane fleets. **Final Acceptance** means the Licensee's written acceptance under clause 5.

1.4 **Priority 1 Incident** means that the Software is unavailable to all users, or that work orders cannot be created or closed for any crane fleet.

## 2. Licence

2.1 The Licensor grants the Licensee a perpetual, irrevocable, non-exclusive licence to install and use the Software at its Tianjin terminals, for the site and the 60 named users set out in clause 3.

2.2 The Licensee may transfer named-user licences between its employees and contractors at any time, and may use the Software in a test environment at no charge.

## 3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| GruMan Enterprise perpetual site licence | 1 | 1,200,000 | 1,200,000 |
| Named-user perpetual licences | 60 | 10,000 | 600,000 |
| Implementation, data migration and interfaces | 1 lot | 160,000 | 160,000 |
| Training | 1 lot | 40,000 | 40,000 |
| **Total** | | | **2,000,000** |

3.1 The licence items total CNY 1,800,000. The total fee of CNY 2,000,000 includes VAT and all expenses of the Licensor's staff.

3.2 Payment schedule:

- 20% (CNY 400,000) within 20 days after signature, against the Licensor's advance payment guarantee;
- 45% (CNY 900,000) after installation of the Software in the Licensee's data centre and delivery of the licence keys;
- 35% (CNY 700,000) after Final Acceptance.

3.3 Invoices are payable within 30 days after receipt.

## 4. Implementation

4.1 The Licensor shall install the Software on the Licensee's servers, configure the maintenance plans for 34 quay cranes, 96 rubber-tyred gantry cranes and 28 reach stackers, migrate the maintenance history of the last six years from the Licensee's existing system, build the Deliverables and train the Licensee's engineers, planners and storekeepers.

4.2 The Licensor shall achieve Go-Live within 120 days after signature, following the plan in Annex B. The Licensee shall provide servers, network access, master data and key users in time.

4.3 The Licensor may engage subcontractors, including local implementation partners in Tianjin, to perform any part of the implementation or support, by giving the Licensee written notice of the subcontractor's name before work starts. The Licensor remains responsible for the acts and omissions of its subcontractors.

## 5. Acceptance

5.1 After Go-Live, the Software runs in production for 45 days (the **Acceptance Period**). Final Acceptance requires that:

- (a) all functions in Annex A have passed the test scripts agreed with the Licensee;
- (b) migrated records reconcile with the old system for every crane, with no open discrepancy;
- (c) the TOS interface creates a corrective work order from a crane alarm within one minute;
- (d) the SAP interface posts spare-parts issues and costs correctly for a full month-end close;
- (e) no Priority 1 or Priority 2 Incident is open.

5.2 The Licensee shall issue the Final Acceptance certificate within ten working days after the criteria are met, or give the Licensor a written list of failures, which the Licensor shall correct before the tests are repeated. Go-Live and productive use are not Final Acceptance.

## 6. Warranty

6.1 The Licensor warrants, for eighteen (18) months from Final Acceptance (the **Warranty Period**), that the Software and Deliverables will perform in accordance with Annex A. During the Warranty Period it provides all support described in clause 7 free of charge.

6.2 If the Licensor cannot correct a material defect within 30 days after notice, the Licensee may require a refund of the fees for the affected part.

## 7. Support Services

7.1 Support covers a Chinese- and English-speaking service desk around the clock for Priority 1 Incidents and during business hours for other incidents, corrections, patches, new releases, and on-site visits where remote resolution fails.

7.2 Response times: Priority 1 Incident within 1 hour; Priority 2 Incident within 6 business hours; Priority 3 within two business days. For a Priority 1 Incident the Licensor shall provide a workaround within 8 hours.

7.3 Service credits: for each hour of delay in responding to or working around a Priority 1 Incident, the Licensor credits CNY 2,000 against the next support invoice or, during the Warranty Period, pays that amount to the Licensee.

7.4 After the Warranty Period, support is provided annually for a fee of 24% of the licence items, i.e. CNY 432,000 per year, invoiced annually in arrears. This fee is fixed for the first three support years and may afterwards rise by not more than the Chinese consumer price index of the preceding year.

7.6 The Licensor shall send a quarterly support report listing incidents, response and workaround times, credits, open defects and planned releases, and shall meet the Licensee's maintenance manager each quarter to review it. New releases shall remain compatible with the Deliverables, or the Licensor shall adapt the Deliverables at no charge.

7.5 The Licensee may end support at the end of any support year by three months' notice; the perpetual licences are not affected.

## 8. Intellectual Property

8.1 The Licensor keeps all rights in the Software.

8.2 The Deliverables belong to the Licensee from creation. The Licensor shall hand over their source code and documentation on Final Acceptance. The Licensee may use, modify and license the Deliverables freely, and may have them maintained by third parties.

8.3 The Licensor shall defend and indemnify the Licensee against any third-party claim that the Software or the Deliverables infringe intellectual property rights.

## 9. Data Protection and Security

9.1 All maintenance records, crane sensor data, stores data and other data processed by the Software belong to the Licensee. The Licensor shall use them solely to perform this Agreement and shall not retain, aggregate, anonymise for reuse or disclose them.

9.2 The Software is installed in the Licensee's data centre. Remote access by the Licensor is allowed only through the Licensee's jump server, for an approved ticket, with session recording. The Licensor shall follow the Licensee's network security and port-facility security rules.

9.3 The Licensor shall notify the Licensee of any actual or suspected security incident involving the Licensee's systems or data within 12 hours, shall cooperate in investigation and remedy, and shall be liable for all losses caused by its failure to meet this clause 9.

## 10. Confidentiality

10.1 Each party shall treat all non-public information received from the other as confidential, use it only for this Agreement and not disclose it to any third party except to employees and approved subcontractors who need to know it and are bound by equal obligations.

10.2 This obligation survives for three years after termination.

## 11. Delay Damages and Liability

11.1 If Go-Live is delayed beyond the date in clause 4.2 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.07% of the total fee for each day of delay, up to 10% of the total fee.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fee, except for breaches of clauses 9 and 10, infringement indemnities, personal injury and wilful misconduct, which are unlimited.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Licensee terminates for the Licensor's breach before Final Acceptance, the Licensor shall refund all fees paid, against de-installation of the Software.

## 13. Governing Law and Arbitration

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules in force at the time. The award is final and binding.

## 14. General

14.1 This Agreement may be amended only in writing signed by both parties. Notices shall be sent by courier and e-mail to the addresses above.

14.2 Annexes: Annex A (Functional Specification), Annex B (Project Plan), Annex C (Security Requirements).

**Licensee** — Tianjin Port Bohai Container Terminal Co., Ltd.  Signature: ______________  Date: __________

**Licensor** — Ortigia Asset Software S.r.l.  Signature: ______________  Date: __________
"""

SRC["e05"] = """MANAGED STORE TECHNOLOGY SERVICES AGREEMENT

Agreement No.: CS-SNK-POS-2026-07

THIS AGREEMENT is entered into by and between:

(1) Hunan Xiangwei Snack Chain Management Co., Ltd., a company incorporated in the People's Republic of China with its head office in Yuelu District, Changsha, Hunan Province (the "Customer"); and

(2) Quéménès Retail Services SAS, a French simplified joint-stock company with its registered office on the Île Quéménès, Finistère, France (the "Provider").

RECITALS

WHEREAS the Customer operates a chain of 180 snack and braised-food stores in Changsha, Zhuzhou and Xiangtan, and wishes to outsource the supply, operation and support of its store point-of-sale (POS) systems and store networks; and

WHEREAS the Provider operates managed retail technology services for store chains through a local delivery team in Changsha;

NOW, THEREFORE, the parties agree as follows. At the Customer's request, all charges are stated and payable in Chinese yuan (CNY).

SECTION 1 - DEFINITIONS

1.1 "Services" means the managed POS service and the managed store-network service described in Section 2 and Schedule A.
1.2 "Store" means each retail outlet of the Customer listed in Schedule B, as updated under Section 4.4.
1.3 "Rollout" means the installation and activation of the Services at a Store.
1.4 "Severity 1 Incident" means that a Store cannot take payments at any till, or that the central POS back office is down for all Stores.
1.5 "Service Month" means a calendar month during the Service Term.
1.6 "Customer Data" means sales transactions, product and price data, membership data and all other data created or processed through the Services.

SECTION 2 - SERVICES

2.1 Managed POS: the Provider supplies, on a rental basis, two POS terminals with scanners, receipt printers, cash drawers and customer displays per Store; hosts and operates the POS back office, price and promotion management and membership points; integrates with WeChat Pay, Alipay and UnionPay; and replaces faulty equipment.
2.2 Managed store network: the Provider supplies and manages one SD-WAN router, one Wi-Fi access point and a 4G backup line per Store, monitors all Stores around the clock, and manages the headquarters VPN.
2.3 Service desk: the Provider runs a Chinese-language service desk, reachable by telephone and WeChat from 07:00 to 24:00 every day, and a 24-hour monitoring centre.
2.5 Moves, adds and changes: the Provider shall relocate or reconfigure equipment when a Store is refitted, moved or re-branded, up to fifteen such changes per quarter at no extra charge, with each change scheduled outside trading hours where the Store manager so requests.
2.6 Equipment refresh: terminals and printers that fail more than three times in any quarter shall be replaced with new units at the Provider's cost, and all POS software shall be kept on a version supported by its publisher and by the payment providers.
2.4 All equipment supplied under this Section remains the property of the Provider. The Customer shall take reasonable care of it and allow the Provider to collect it at the end of the Service Term.

SECTION 3 - SERVICE TERM

3.1 The Services run for twenty-four (24) months from the date on which Rollout of the last Store of the first batch is accepted (the "Service Start Date").
3.2 This Agreement ends automatically at the end of the Service Term. Any extension requires a new written agreement signed by both parties.

SECTION 4 - ROLLOUT AND ACCEPTANCE

4.1 The Provider shall roll out the Services in three batches of 60 Stores each, according to the schedule in Schedule C, with the last batch completed within 100 days after signature.
4.2 Each Store's Rollout is accepted when the Customer's area manager signs the Store acceptance checklist confirming that: (a) both tills complete a sale, a refund and an end-of-day close with each payment method; (b) prices and promotions match the headquarters price file; (c) the primary line and the 4G backup each carry traffic and fail over automatically within 60 seconds; and (d) store staff have been trained.
4.3 A Store is not accepted merely because the equipment has been installed or has been used for trading.
4.4 The Customer may add Stores at the same monthly charge per Store, or remove up to ten Stores in total, with 30 days' notice.

SECTION 5 - CHARGES AND PAYMENT

5.1 The charges are:
  (a) Monthly service charge: CNY 1,150 per Store per Service Month; for 180 Stores, CNY 207,000 per Service Month, or CNY 4,968,000 over the Service Term;
  (b) One-time Rollout charge: CNY 600 per Store, CNY 108,000 in total.
  The total contract value is CNY 5,076,000.
5.2 The monthly service charge is invoiced after the end of each Service Month. The Rollout charge for each batch is invoiced after all Stores in that batch are accepted. Invoices are payable within 30 days. The Customer pays nothing in advance.
5.3 The charges are fixed for the Service Term.

SECTION 6 - SERVICE LEVELS

6.1 Availability: the central POS back office and the headquarters VPN shall be available at least 99.95% of each Service Month, outside agreed maintenance windows between 01:00 and 05:00.
6.2 Severity 1 Incidents: the Provider shall respond within 30 minutes and restore service within 2 hours, if necessary by sending an engineer with replacement equipment to the Store. Other incidents: response within 2 hours and resolution by the end of the next business day.
6.3 Service credits: for each 0.1 percentage point of back-office availability below the target, 3% of the monthly service charge; for each hour by which the restoration of a Severity 1 Incident at a Store exceeds 2 hours, CNY 500. Credits are deducted from the next invoice.
6.4 The Provider shall deliver a monthly service report with availability, incidents per Store, response and restoration times and credits.

6.5 The parties' service managers shall meet every quarter to review the reports, recurring faults at individual Stores and planned Store openings, and shall agree improvement actions in writing where a Store has suffered more than two Severity 1 Incidents in a quarter.

SECTION 7 - ROLLOUT DELAY

If any batch is not fully accepted by the date in Schedule C for reasons attributable to the Provider, the Provider shall pay 0.06% of the total contract value for each day of delay, up to 8% of the total contract value.

SECTION 8 - CUSTOMER DATA

8.1 Customer Data is the property of the Customer. The Provider may process it only to provide the Services and shall not use it for any other purpose.
8.2 At the end of the Service Term the Provider shall return all Customer Data to the Customer in CSV format.

SECTION 9 - CONFIDENTIALITY

9.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including prices, sales figures, supplier terms and store plans, and shall not disclose it to third parties without the other party's prior written consent.
9.2 This Section continues to apply for three years after the Agreement ends.

SECTION 10 - INTELLECTUAL PROPERTY

10.1 The Provider retains all rights in its POS software, back-office platform and network management tools.
10.2 Store network configurations, price and promotion templates and reports prepared specifically for the Customer belong to the Customer, which may use and modify them freely and may give them to a successor provider.

SECTION 11 - SUBCONTRACTING

The Provider shall not subcontract any part of the Services without the Customer's prior written consent, save for the telecommunications carriers listed in Schedule D, which the Customer approves by signing this Agreement.

SECTION 12 - LIABILITY

12.1 The Provider is liable for loss of or damage to the Customer's property and for losses caused by its breach of this Agreement.
12.2 The total liability of either party is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct.

SECTION 13 - TERM AND EXIT

13.1 This Agreement continues until the end of the Service Term.
13.2 Neither party may end this Agreement early, except as provided in Section 14 for force majeure.
13.3 During the last three Service Months the Provider shall cooperate in the orderly transfer of the Services to the Customer or a successor provider, including the export of configurations and data.

SECTION 14 - FORCE MAJEURE

A party affected by force majeure shall notify the other party promptly and resume performance as soon as possible. If an event of force majeure prevents performance at more than half of the Stores for more than 60 days, either party may end this Agreement by written notice.

SECTION 15 - GOVERNING LAW AND JURISDICTION

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the people's court with jurisdiction where the Customer is domiciled, in Changsha.

SECTION 16 - GENERAL

16.1 This Agreement, with Schedules A to D, is the entire agreement of the parties on its subject matter.
16.2 Amendments must be in writing and signed by authorised representatives of both parties.
16.3 This Agreement is signed in two originals in English with a Chinese translation for reference.

SIGNED for and on behalf of the Customer: ______________________   Date: ___________
SIGNED for and on behalf of the Provider: ______________________   Date: ___________
"""


def T(avail=None, p1=None, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=None, cap=None, pre=None,
      acc=True, final=None, war=None, fee=None, auto=False, term=True, sub=False, law="PRC", kind="service"):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term,
                                sub, law, kind]))


def X(value, sla=True, ld=True, deemed=False, capped=None):
    d = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G = "goods_or_licence"
plan("z01", "h253z01_province_expressway_toll_audit_platform.docx", "zh", "software",
     T(99.95, 0.5, ld=0.08, pre=20, final=True, war=24, fee=10, kind=G), X(3510000, capped=True), [], "docx",
     tco=(3510000, 1260000), figures=["99.95%", "30分钟内响应", "万分之八", "20%", "二十四个月", "10%", "¥126,000", "3,510,000"])
plan("z02", "h253z02_cement_kiln_flue_gas_analysers_maintenance.pdf", "zh", "hardware",
     T(None, 2, ld=0.03, pre=20, final=True, war=18, fee=18, kind=G), X(1950000, capped=True),
     ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], "pdf", tco=(1950000, 1816000),
     figures=["2小时内远程响应", "万分之三", "20%（¥390,000）", "十八个月", "18%", "¥326,880", "1,950,000", "¥1,816,000"])
plan("z03", "h253z03_kindergarten_chain_parent_app_saas.md", "zh", "cloud",
     T(99.5, 0.5, owns=False, ld=0.06, auto=True), X(1890000),
     ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "md",
     figures=["99.5%", "30分钟内响应", "万分之六", "脱敏", "上调订阅单价", "1,890,000"])
plan("z04", "h253z04_city_library_rfid_self_service_annual_om.txt", "zh", "services",
     T(None, 6, ld=0.1, sub=True, law=None), X(610000), ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "txt",
     figures=["6小时内响应", "千分之一", "提前书面告知", "¥610,000", "¥152,500"])
plan("z05", "h253z05_snack_maker_srm_portal_supplier_template.md", "zh", "software",
     T(None, 8, remedy=False, ip="supplier", owns=False, cap=20, pre=50, acc=False, final=False, war=6, fee=None,
       sub=None, law=None, kind=G), X(1080000, ld=False, deemed=True, capped=False),
     ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
      "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "md",
     figures=["8小时内响应", "20%", "50%", "六个月", "届时有效的服务价格标准", "视为平台验收合格", "1,080,000"])
plan("e01", "h253e01_longjing_tea_drone_spraying_software_licence.docx", "en", "software",
     T(None, 2, ld=0.08, cap=150, pre=20, final=True, war=18, fee=13, law="Scotland", kind=G),
     X(830000, capped=True), ["CR-GOVERNING-LAW"], "docx", forum_outside=True, tco=(830000, 646000),
     figures=["within 2 hours", "0.08%", "150%", "20% of the contract price", "eighteen (18) months", "13%",
              "83,980", "830,000", "646,000", "law of Scotland", "Edinburgh"])
plan("e02", "h253e02_guilin_river_cruise_booking_saas_order_form.txt", "en", "cloud",
     T(99.95, 1, conf=False, ld=0.1, cap=9 / 36 * 100, auto=True), X(1373200),
     ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], "txt",
     figures=["99.95%", "within 1 hour", "0.1%", "nine (9) months", "up to 9%", "1,373,200", "36 months"])
plan("e03", "h253e03_foshan_furniture_cnc_iot_gateways.pdf", "en", "hardware",
     T(None, 2, ld=0.1, cap=200, pre=10, final=True, war=24, fee=11, kind=G), X(922000, capped=True), [], "pdf",
     tco=(922000, 692000), figures=["within 2 hours", "0.1%", "200%", "10%", "twenty-four (24) months", "11%",
                                    "76,120", "922,000", "692,000"])
plan("e04", "h253e04_tianjin_port_crane_cmms_licence_support.md", "en", "software",
     T(None, 1, ld=0.07, cap=150, pre=20, final=True, war=18, fee=24, sub=True, kind=G), X(2000000, capped=True),
     ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "md", tco=(2000000, 1800000),
     figures=["within 1 hour", "0.07%", "150%", "20%", "eighteen (18) months", "24%", "432,000", "1,800,000",
              "2,000,000", "written notice of the subcontractor"])
plan("e05", "h253e05_changsha_snack_chain_managed_pos_network.txt", "en", "services",
     T(99.95, 0.5, dsec=False, ld=0.06, cap=150, term=False), X(5076000),
     ["CR-DATA-SECURITY", "CR-TERMINATION"], "txt",
     figures=["99.95%", "within 30 minutes", "0.06%", "150%", "5,076,000", "Neither party may end this Agreement early"])

SUMS = {  # key: (items, payments) — asserted against contract_value
    "z01": ([1260000, 1480000, 560000, 210000], [702000, 1579500, 1228500]),
    "z02": ([2 * 386000, 2 * 214000, 356000, 168000, 92000, 134000], [390000, 819000, 643500, 97500]),
    "z03": ([35 * 16800 * 3, 126000], [4 * 3 * 147000, 126000]),
    "z04": ([276000, 168000, 94000, 72000], [4 * 152500]),
    "z05": ([420000, 530000, 110000, 20000], [540000, 540000]),
    "e01": ([268000, 24 * 6500, 40 * 3200, 94000, 146000, 38000], [166000, 373500, 290500]),
    "e02": ([31500 * 36, 4200 * 36, 88000], [35700 * 36, 88000]),
    "e03": ([48 * 7800, 48 * 1450, 2 * 58000, 132000, 168000, 62000], [92200, 461000, 322700, 46100]),
    "e04": ([1200000, 60 * 10000, 160000, 40000], [400000, 900000, 700000]),
    "e05": ([180 * 1150 * 24, 180 * 600], [207000 * 24, 108000]),
}
SHARES = {  # payment share checks: (pct, amount)
    "z01": [(20, 702000), (45, 1579500), (35, 1228500)], "z02": [(20, 390000), (42, 819000), (33, 643500), (5, 97500)],
    "z05": [(50, 540000)], "e01": [(20, 166000), (45, 373500), (35, 290500)],
    "e03": [(10, 92200), (50, 461000), (35, 322700), (5, 46100)], "e04": [(20, 400000), (45, 900000), (35, 700000)],
}
FEES = {"z01": (10, 1260000, 126000), "z02": (18, 1816000, 326880), "e01": (13, 646000, 83980),
        "e03": (11, 692000, 76120), "e04": (24, 1800000, 432000)}


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    assert len(PLAN) == 10 and set(PLAN) == set(SRC)
    for k, p in PLAN.items():  # arithmetic
        v = p["extra"]["contract_value"]
        items, pays = SUMS[k]
        assert sum(items) == v and sum(pays) == v, k
        for pct, amt in SHARES.get(k, []):
            assert v * pct == amt * 100, (k, pct, amt)
        if k in FEES:
            pct, base, fee = FEES[k]
            assert base * pct == fee * 100 and p["terms"]["post_warranty_fee_pct"] == pct and p["tco"][1] == base
        got = apply_rules(p)
        assert got == p["rules"], (k, got, p["rules"])
    targets = {k: (p["file"], p["fmt"]) for k, p in PLAN.items() if p["fmt"] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, p in PLAN.items():
        if p["fmt"] in ("md", "txt"):
            (OUT / p["file"]).write_text(SRC[k], encoding="utf-8")
    report = []
    for k, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", " ", text)
        tight = re.sub(r"\s+", "", text)
        for f in p["figures"]:
            assert f in flat or re.sub(r"\s+", "", f) in tight, (k, f)
        hits = scan(flat) + (scan(tight) if p["lang"] == "zh" else [])
        assert not hits, (k, hits)
        n = len(text) if p["lang"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        assert lo <= n <= hi, (k, n)
        s = tco_share(p["tco"], p["terms"])
        report.append((p["file"], n, len(tight), p["rules"], risk(p["rules"]),
                       None if s is None else (round(s[0], 2), round(s[1], 2))))
        label = {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": p["terms"],
                 "expected_extra": p["extra"], "expected_rules": p["rules"]}
        (OUT / (Path(p["file"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
    for r in report:
        print(*r, sep=" | ")


if __name__ == "__main__":
    main()
