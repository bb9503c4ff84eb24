"""holdout257: writes the ten ORDINARY draft contracts, builds .docx/.pdf through ../word_pdf.py, re-applies the
policy rules to the planned labels, writes the labels, reads every built file back and scans it for threshold values.
Run with /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---- threshold regexes (policy §3 / §4): none may match any read-back text ----
PCT = r"\s*[%％]"
THRESHOLDS = {
    "99.9 %": [r"99\.9(?!\d)" + PCT, r"百分之九十九点九(?![一二三四五六七八九零〇])", r"ninety-nine point nine"],
    "4 hours": [r"(?<![\d.,])4\s*(?:(?:business\s+|working\s+)?hours?|hrs?|h\b|小时|个小时)", r"(?<![十二])四个?小时", r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?"],
    "0.05 %": [r"(?<![\d.,])0\.05(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五", r"five hundredths"],
    "100 %": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分])", r"one hundred per\s*cent", r"hundred percent"],
    "30 %": [r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty per\s*cent", r"\bthirty percent"],
    "15 %": [r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen per\s*cent", r"\bfifteen percent"],
    "40 %": [r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty per\s*cent", r"\bforty percent"],
    "12 months": [r"(?<![\d.,])12\s*-?\s*(?:months?\b|个月)", r"(?<![一二三四五六七八九])十二个月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?"],
    "5 years": [r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"(?<![十一二三四六七八九〇零])五年", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?"],
}
THRESHOLD_RE = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}


def scan(text):
    hits = []
    for k, pats in THRESHOLD_RE.items():
        for p in pats:
            for m in p.finditer(text):
                hits.append((k, m.group(0), text[max(0, m.start() - 30):m.end() + 30]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.9 ％", "百分之九十九点九", "4 hours", "4小时", "四小时", "four hours", "four business hours", "4 working hours", "0.05%", "万分之五",
                "100%", "百分之百", "百分之一百", "one hundred per cent", "30%", "30 %", "百分之三十", "thirty per cent",
                "15%", "百分之十五", "fifteen percent", "40%", "百分之四十", "forty per cent", "12 months", "12个月",
                "十二个月", "twelve months", "12-month", "5 years", "5年", "五年", "five years", "five-year"]
    must_miss = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之五十", "130%",
                 "1,100%", "百分之三十五", "35%", "115%", "二十四个月", "24 months", "2025年", "2027年12月31日", "twenty-four hours", "twenty-four (24) hours", "十五年", "150%",
                 "140%", "0.15%", "3.5 years", "18 months", "120 hotels"]
    for s in must_hit:
        assert scan(s), ("regex misses", s)
    for s in must_miss:
        assert not scan(s), ("regex false hit", s, scan(s))


# ---- policy §3 / §4 re-applied to the planned labels ----
def tco_share(t, x):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * x["fee_base"] * years
    return fees / (x["contract_value"] + fees) * 100


def apply_rules(t, x):
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ============ z01: 自然资源厅 国土变更调查 数据平台 (.docx, buyer's paper, compliant) ============
Z01 = """T:国土变更调查数据管理与分析平台建设项目政府采购合同
P:合同编号：ZRZYT-CG-2027-018
P:采购项目：省国土变更调查数据管理与分析平台建设（采购方式：公开招标，招标编号：GZCG-2027-0412）
P:甲方（采购人）：某省自然资源厅
P:乙方（供应商）：北京图衡地理信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省国土变更调查数据管理与分析平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分；内容不一致时，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供国土变更调查数据管理与分析平台软件许可，完成省、市、县三级年度变更调查成果数据建库与历史数据迁移，定制开发变更图斑核查、举证照片审核、统计汇总与专题分析模块，并负责部署实施、联调和培训。
P:1.2 平台部署于甲方政务云资源池，乙方应按甲方提供的网络和安全环境完成安装配置，不得要求甲方开放与项目无关的外网访问。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰柒拾陆万元整（¥2,760,000），为固定总价，含税费、差旅、软件许可及本合同约定的全部工作内容，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|平台软件许可（永久，省级部署，不限用户数）|1套|1,180,000
TB:2|变更调查成果数据建库与历史数据迁移|1项|636,000
TB:3|定制开发（图斑核查、举证审核、统计分析模块）|1项|742,000
TB:4|部署实施与系统联调|1项|168,000
TB:5|培训（管理员及市县业务人员）|1项|34,000
TB:合计|||2,760,000
P:2.2 除本合同另有约定外，甲方无须支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币552,000元。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%，计人民币1,242,000元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，计人民币966,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 履行期限
P:4.1 乙方应于合同签订后一百二十日内完成部署并提交初步验收申请，于初步验收后九十日试运行期满时提交最终验收申请。
P:4.2 因甲方原因造成的延误，工期相应顺延，乙方应及时书面提出。
H:第五条 验收
P:5.1 初步验收标准：平台功能符合招标文件技术规范及乙方投标响应；抽取不少于三个地市的成果数据与原始数据逐图层比对，图斑数量、面积和属性一致；三百个并发用户下常规查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；全省成果数据完成建库并通过甲方质检；第三方测评机构出具的安全测评报告无高风险项；乙方已移交源代码、数据字典、部署文档和运维手册。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。系统上线、试运行或甲方付款均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台年度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日经甲方同意）。
P:6.2 故障分级与响应：一级故障（平台整体不可用或数据错误影响全省业务）乙方应在30分钟内响应、2小时内到场或远程介入、8小时内恢复；二级故障1小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金人民币2,000元；年度可用率每低于承诺值0.01个百分点，扣减当年维保费用或质保金人民币3,000元。
H:第七条 质保与维保
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和每季度一次现场巡检。
P:7.2 质保期满后，甲方如续购维保服务，年度维保费不超过平台软件许可费的9%，即每年不超过人民币106,200元，质保期满后前三年按此价格执行，不得上调；此后价格由双方书面协商确定。维保合同每年另行签订，不自动续期。
H:第八条 数据安全
P:8.1 本项目涉及的国土变更调查成果、影像、举证照片、坐标及日志等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及测绘地理信息保密管理规定，人员仅可通过甲方堡垒机访问生产环境并全程留痕，不得将数据拷贝至非甲方设备；涉密数据按甲方保密制度管理。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方由此产生的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、技术资料和业务信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的模块、接口程序、数据库设计、源代码及全部文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:10.2 平台软件原有知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得转包本项目，亦不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已收取的相应款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 甲方义务与培训
P:15.1 甲方应在乙方进场前提供政务云资源、测试数据样本、网络接入条件及必要的办公场所，并指定项目联系人协调省、市、县三级自然资源部门配合数据核对工作。
P:15.2 乙方应为甲方及市县业务人员提供不少于两期集中培训，内容包括平台管理、图斑核查流程、统计报表生成和常见问题处理，并提交培训教材和考核记录。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省自然资源厅　　　乙方（盖章）：北京图衡地理信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2027年3月__日
"""


# ============ z02: 制药厂 洁净室环境监测系统 + 质保后维保 (.pdf) ============
Z02 = """T:洁净区环境监测系统采购及安装合同
P:合同编号：HYZY-EMS-2027-06
P:甲方（买方）：江苏恒毓制药股份有限公司
P:乙方（卖方）：上海洁测智能科技有限公司
P:鉴于甲方新建无菌制剂车间需建设洁净区环境监测系统（EMS），乙方具备相应产品和实施能力，双方根据《中华人民共和国民法典》，在平等自愿基础上订立本合同，共同遵守。
H:一、合同标的
P:1. 乙方提供在线尘埃粒子计数器、浮游菌采样器、温湿度及压差传感器、监测软件和服务器设备，并负责安装、调试、验证支持和培训，使系统满足GMP附录《无菌药品》及甲方用户需求说明（URS）的要求。
P:2. 监测软件应具备审计追踪、电子签名、权限分级、报警分级和数据备份功能，符合数据完整性（ALCOA+）要求。
H:二、合同价格
P:1. 合同总价人民币贰佰玖拾柒万元整（¥2,970,000），含设备、软件、运输、保险、安装、验证支持、培训及税费。
P:2. 价格明细：
TB:项目|数量|单价（元）|金额（元）
TB:在线尘埃粒子计数器|48台|26,500|1,272,000
TB:浮游菌采样器|12台|38,000|456,000
TB:温湿度压差传感器|160个|2,150|344,000
TB:EMS监测软件许可（永久）|1套|386,000|386,000
TB:服务器及工作站|1批|98,000|98,000
TB:软硬件小计|||2,556,000
TB:安装调试|1项|214,000|214,000
TB:IQ/OQ/PQ验证支持|1项|176,000|176,000
TB:操作及管理员培训|1项|24,000|24,000
TB:合同总价|||2,970,000
H:三、付款方式
P:1. 合同生效后十日内，甲方支付合同总价的10%作为预付款，即人民币297,000元。
P:2. 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%，即人民币1,039,500元。到货签收仅确认数量和外观，不构成质量验收。
P:3. 系统通过最终验收后，甲方支付合同总价的50%，即人民币1,485,000元。
P:4. 其余5%（人民币148,500元）作为质量保证金，质保期满且无未决质量问题后十日内无息退还。
H:四、交付与安装
P:1. 乙方应于合同生效后七十五日内将全部设备运抵甲方指定车间，并于到货后四十五日内完成安装调试。
P:2. 乙方应在发货前五日书面通知甲方，随货提供装箱单、出厂检验报告和校准证书；设备外包装应便于拆除后经传递窗进入洁净区。
P:3. 乙方进入洁净区作业应遵守甲方更衣、清洁和变更控制规程，施工造成洁净区污染的，由乙方负责清洁和再验证费用。
H:五、验收
P:1. 验收依据为本合同、URS及乙方技术方案。乙方完成安装调试后提交验收申请和IQ/OQ文件。
P:2. 验收标准：各监测点粒子计数器经校准并出具计量证书；报警在超标后10秒内触发并推送至中控室；软件审计追踪、电子签名和权限测试全部通过；系统连续运行二十一天无数据丢失；PQ报告经甲方质量部门批准。
P:3. 甲方在收到申请后十五日内组织验收并签署验收报告。安装完成、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新提交验收。
H:六、质保期及服务
P:1. 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，并每半年提供一次现场校准。
P:2. 服务响应：一级故障（监测中断或关键洁净区报警失效）乙方应在1小时内响应，8小时内到场，24小时内恢复监测（可先行提供备机）；二级故障2小时内响应，48小时内解决；一般问题在三个工作日内处理。
P:3. 乙方响应或到场超时的，每超时一小时向甲方支付人民币1,500元；因恢复超时导致甲方批次偏差调查的，乙方另行承担调查所需的合理费用。
P:4. 质保期满后，乙方提供年度维保服务（含年度校准、软件升级、备件和现场支持），年度维保费按软硬件小计的18%计收，即每年人民币460,080元，质保期满后三年内固定不变。双方另签维保合同，不自动续期。
H:七、数据安全
P:1. 系统采集的环境监测数据、报警记录、审计追踪和批记录关联信息全部归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:2. 乙方远程维护须经甲方逐次审批，通过甲方指定的跳板机进行并全程录屏；乙方不得修改或删除任何原始数据。
P:3. 系统软件升级或补丁安装前，乙方应提交变更说明、风险评估及验证影响评估，经甲方质量部门批准后方可实施；升级后发现数据完整性问题的，乙方应立即回退并承担再验证费用。
P:4. 因乙方原因造成数据丢失、篡改或泄露的，乙方应在2小时内报告甲方，配合完成偏差调查和监管报告，并承担由此造成的全部损失。
H:八、保密
P:1. 乙方对甲方的工艺布局、洁净区分级、质量体系文件和生产信息负有保密义务，合同终止后三年内仍然有效。
H:九、知识产权
P:1. 乙方为甲方定制的报表模板、报警逻辑配置和接口程序归甲方所有，甲方可自行修改或交由第三方维护。
P:2. 标准监测软件的知识产权归乙方，乙方授予甲方永久使用许可。
H:十、违约责任
P:1. 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:2. 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:3. 乙方交付的设备不符合约定的，甲方有权要求更换，更换期间按逾期交货处理。
H:十一、分包
P:1. 乙方如需将桥架安装和布线工作分包，须事先取得甲方书面同意，并对分包方的行为承担连带责任。
H:十二、合同解除
P:1. 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除本合同并要求乙方返还已付款项、赔偿损失。
H:十三、法律适用及争议解决
P:1. 本合同适用中华人民共和国法律。争议协商不成的，提交南京仲裁委员会仲裁。
H:十四、甲方配合义务
P:1. 甲方应在设备到货前完成洁净区土建和公用工程，提供电源、网络点位、安装图纸和URS，并指派QA、工程和生产人员参与方案审核及验证执行。
P:2. 甲方应按照自身变更控制程序及时审批乙方提交的安装方案、验证方案和偏差报告，审批时间不计入乙方工期。
H:十五、培训与文件
P:1. 乙方应对甲方操作人员、QA人员和系统管理员分别进行培训，培训后进行考核并提供培训记录；培训内容至少包括报警处理、数据审核、审计追踪查阅、账户管理及备份恢复。
P:2. 乙方应随设备提供中文操作手册、维护手册、校准证书、材质证明、软件版本说明、功能说明书（FS）、设计说明书（DS）及IQ/OQ执行记录，上述文件应满足甲方质量体系归档要求，并在监管检查时提供必要的技术解释。
H:十六、备品备件
P:1. 乙方应保证本合同设备停产后仍供应备品备件不少于七年，并在质保期内在甲方现场存放粒子计数器和传感器备机各两台，用于故障时临时替换，确保监测不中断。
H:十七、不可抗力
P:1. 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方根据影响程度协商延期履行或解除合同，互不承担违约责任。
H:十八、其他
P:1. 本合同未尽事宜双方另行签订补充协议。本合同一式四份，双方各执两份，自签字盖章之日起生效。
P:甲方：江苏恒毓制药股份有限公司（盖章）　　乙方：上海洁测智能科技有限公司（盖章）
P:授权代表：__________　　授权代表：__________　　日期：2027年4月__日
"""


def markup_text(src):
    return "".join(line.partition(":")[2].replace("|", "") for line in src.splitlines() if line.strip())


# ============ z03: 连锁酒店 PMS + 中央预订 SaaS 及实施 (.md) ============
Z03 = """# 酒店管理系统（PMS）及中央预订系统（CRS）云服务与实施合同

合同编号：YLJD-IT-2027-031

**甲方（客户）**：云麓酒店管理集团有限公司（旗下连锁酒店共120家）
**乙方（服务商）**：杭州栖云软件服务有限公司

鉴于甲方拟将旗下120家连锁酒店的前台管理系统统一迁移至云端，并建设集团中央预订系统，乙方提供酒店PMS及CRS软件即服务（SaaS）。双方经友好协商，根据《中华人民共和国民法典》签订本合同。

## 第1条 定义
1.1 “云服务”指乙方通过互联网向甲方提供的PMS门店前台模块、CRS中央预订模块、渠道管理及会员接口等在线服务。
1.2 “门店上线”指某一酒店完成数据初始化、接口联调和人员培训，并在云服务上正式办理入住、退房和夜审。
1.3 “甲方数据”指甲方及其门店在使用云服务过程中录入、产生或上传的全部数据，包括宾客信息、订单、房价、房态、会员和财务数据。

## 第2条 服务内容与期限
2.1 乙方为甲方120家酒店开通PMS门店模块，并为集团开通CRS中央预订、OTA渠道直连、会员中心接口和集团报表。
2.2 乙方负责全部门店的实施，包括历史订单和会员数据迁移、门锁与公安旅馆业系统接口对接、房价体系配置和员工培训。门店分三批上线，每批间隔不超过四十五日。
2.3 服务期为36个月，自首批门店上线之日起算。期满前六十日双方协商续签事宜；未另行签订续约合同的，本合同于期满时终止，不自动续期。
2.4 服务期内，乙方应免费提供云服务的功能升级、安全补丁、法规适配（包括税控发票和公安上传接口变更）及渠道接口维护，不得以此为由另行收费或降低已有功能。

## 第3条 费用
| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| PMS门店模块订阅费 | 120家 × 1,980元/月 × 36个月 | 8,553,600 |
| CRS中央预订及渠道管理订阅费 | 26,000元/月 × 36个月 | 936,000 |
| 门店实施费（一次性） | 120家 × 5,600元 | 672,000 |
| **合同总价** | | **10,161,600** |

3.1 本合同不设预付款。订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后二十日内支付该季度服务费。
3.2 门店实施费按批次结算：每批门店全部通过上线验收后，甲方支付该批门店对应的实施费。
3.3 服务期内订阅单价固定，乙方不得单方调整。门店数量增减时，按上述单价按月增减计费。

## 第4条 上线验收
4.1 每家门店上线前，乙方应完成数据迁移并提交迁移核对报告，在住宾客、未来订单及会员积分须逐条核对，核对结果不得存在差异。
4.2 上线验收标准：前台入住、退房、夜审流程连续三个营业日无一级故障；OTA渠道房态同步延迟不超过60秒；公安旅馆业系统上传成功；门店经理签署上线确认单并经甲方信息部复核。
4.3 甲方信息部在收到确认单后五个工作日内出具验收意见。门店开始使用系统不视为验收合格。

## 第5条 服务水平
5.1 乙方保证云服务月可用率不低于99.5%。计划内维护应安排在凌晨二时至五时之间，并提前三日通知甲方。
5.2 故障响应：一级故障（多家门店无法办理入住或CRS无法接单）15分钟内响应，1小时内提供临时方案，6小时内恢复；二级故障1小时内响应，24小时内解决；三级问题两个工作日内答复。
5.3 服务补偿：月可用率低于99.5%但不低于99.0%的，减免当月订阅费的5%；低于99.0%的，减免当月订阅费的10%；一级故障响应每超时30分钟，另减免人民币1,000元。
5.4 乙方提供7×24小时服务热线，每月向甲方提交服务报告，内容包括可用率、故障清单和整改措施。

## 第6条 数据安全与数据使用
6.1 甲方数据归甲方所有。乙方应将甲方数据存储于中国境内数据中心，采取加密存储、传输加密、访问控制、操作审计和每日异地备份措施，并通过网络安全等级保护三级测评。
6.2 乙方人员访问甲方数据须经授权并留存日志；发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合监管报告，并承担因其原因造成的全部损失。
6.3 甲方同意，乙方可对甲方数据进行脱敏和汇总处理后，用于编制酒店行业经营指数报告、改进乙方产品及向其他客户提供市场对标分析；该项使用在本合同终止后仍可继续。
6.4 合同终止后三十日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在甲方确认后删除副本。

## 第6A条 甲方责任与培训
6A.1 甲方应指定集团项目经理，负责协调各门店提供历史数据、门锁型号、网络条件和培训时间，并在每批门店上线前十日确认上线计划。
6A.2 甲方应确保门店网络带宽和前台终端满足附件一所列配置要求；因门店网络中断导致的不可用不计入乙方可用率考核。
6A.3 乙方应为每家门店提供现场或远程上线培训，并为集团收益管理、会员运营和财务人员分别举办专题培训；服务期内新版本上线前，乙方应提前十日发布版本说明并提供线上培训。

## 第7条 保密
7.1 双方对在合作中获知的对方商业秘密、房价策略、会员信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第8条 知识产权
8.1 云服务平台及其软件的知识产权归乙方所有。
8.2 乙方为甲方定制的集团报表、接口程序和房价规则配置归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

## 第9条 服务外包
9.1 乙方可将部分门店的现场实施、布线和培训工作委托第三方服务商完成，但应提前五个工作日书面通知甲方，并对其工作成果负责。

## 第10条 违约责任
10.1 因乙方原因导致任一批门店未按第2.2条约定时间上线的，每逾期一日，乙方向甲方支付违约金人民币8,000元。
10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
10.3 任何一方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。

## 第11条 合同解除
11.1 一方严重违约且在收到书面通知后二十日内未予纠正的，守约方有权书面解除合同。
11.2 月可用率连续三个月低于99.0%的，甲方有权解除合同，并仅按实际提供服务的期间结算订阅费。
11.3 合同解除或终止时，乙方应提供不少于六十日的过渡期服务，协助甲方将门店业务迁移至新的系统，过渡期按原单价计费。

## 第12条 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会按其仲裁规则仲裁。

## 第13条 其他
13.1 本合同附件包括：附件一《服务功能清单》、附件二《门店上线计划》、附件三《数据迁移方案》，与本合同具有同等效力。
13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：云麓酒店管理集团有限公司　　　　乙方（盖章）：杭州栖云软件服务有限公司

授权代表：__________　　　　授权代表：__________

签订日期：2027年5月__日
"""


# ============ z04: 公共资源交易中心 电子招投标平台 年度运维 (.txt, 竞争性磋商) ============
Z04 = """市公共资源交易中心电子招标投标交易平台运维服务合同

项目编号：SGGZY-CS-2027-007（竞争性磋商）
合同编号：GGZY-YW-2027-01

采购人（甲方）：某市公共资源交易中心
供应商（乙方）：南京数衡信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就市电子招标投标交易平台运维服务事宜达成如下协议。

一、服务范围
（一）乙方负责甲方电子招标投标交易平台（含交易系统、电子开评标系统、CA互认接口、不见面开标大厅、专家抽取系统及数据交换接口）的日常运行维护、巡检、安全加固、故障处置、版本部署和应急保障。
（二）乙方派驻四名运维工程师常驻甲方机房，其中项目经理一名、系统工程师一名、数据库工程师一名、安全工程师一名。驻场人员须具备相应资格证书，名单经甲方确认后不得擅自更换；确需更换的，须提前十日书面报甲方同意，且替换人员资历不低于原人员。
（三）服务期限自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购程序。

二、合同价款
（一）本合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），为固定包干价，包括人工、差旅、工具、税费及本合同约定的全部服务。
（二）费用构成：
    1. 驻场运维服务：人民币768,000元；
    2. 系统巡检与安全加固：人民币186,000元；
    3. 等级保护测评及密码应用评估配合：人民币58,000元；
    4. 重大项目开标应急保障：人民币96,000元；
    5. 备品备件及中间件升级：人民币72,000元。
    合计：人民币1,180,000元。

三、付款方式
（一）本合同不设预付款。服务费按季度支付，每季度人民币295,000元。
（二）每季度结束后，甲方依据本合同“五、考核与验收”组织季度考核，考核合格后十五个工作日内支付当季度服务费。乙方应同时提供合法有效的发票。

四、服务要求
（一）日常运维：每日开市前完成系统健康检查；每周提交周报；每月进行一次漏洞扫描并在十个工作日内完成中高危漏洞修复；每季度进行一次数据备份恢复演练。
（二）平台可用性：交易时段（工作日8:00—18:00）及非交易时段，平台月度可用率均不低于99.95%（经甲方批准的计划维护时间除外）。
（三）故障分级：
    一级故障：开评标过程中系统无法登录、投标文件无法解密或开标大厅中断。乙方应在15分钟内响应，1小时内恢复或启用应急预案。
    二级故障：部分功能异常但不影响当日开标。乙方应在30分钟内响应，8小时内解决。
    三级故障：一般性问题或咨询。乙方应在一个工作日内答复处理。
（四）重大项目保障：对甲方提前通知的重点项目开标，乙方应安排专人现场值守，并提前完成压力测试和应急演练。
（五）文档管理：乙方应维护平台资产台账、网络拓扑图、账号权限清单和应急预案，每季度更新一次并报甲方备案。
（六）安全加固：乙方应每半年对操作系统、数据库、中间件和网络设备进行一次基线核查，按等级保护三级要求提出加固方案，经甲方批准后实施，并配合甲方完成年度等级保护测评和商用密码应用安全性评估的整改工作。
（七）未达到上述服务水平的，乙方应查明原因、提交书面说明并限期整改。甲方不因此扣减服务费，也不要求乙方另行支付违约金或赔偿。

五、考核与验收
（一）季度考核内容：平台可用率统计、故障响应及处理记录、漏洞修复率、驻场人员到岗率和运维文档完整性。
（二）季度考核合格标准：一级故障均按本合同“四、服务要求”第（三）项时限完成响应；中高危漏洞全部修复；驻场人员月到岗率不低于95%；周报、月报和备份演练记录齐全。
（三）服务期满前，乙方提交年度运维总结、配置清单、账号清单和应急预案，甲方组织年度验收。年度验收合格是支付第四季度服务费的前提。

六、数据安全
（一）平台内的招标文件、投标文件、评标记录、专家信息、交易主体信息及系统日志等全部数据归甲方所有。乙方仅可为履行本合同接触上述数据，不得复制、留存、泄露或用于其他目的。
（二）乙方人员须签署保密承诺书，通过甲方堡垒机进行运维操作，禁止使用移动存储介质；开标前不得以任何方式接触投标文件内容。
（三）发生数据泄露、篡改或疑似安全事件的，乙方应在1小时内报告甲方，并协助开展调查和处置；因乙方原因造成数据安全事件的，乙方依法承担全部责任。

七、保密
乙方对在服务中知悉的甲方工作秘密、评标专家名单、交易信息和系统安全配置承担保密义务，本义务在合同终止后继续有效。

八、知识产权
乙方在服务期间编写的运维文档、脚本、配置基线和应急预案归甲方所有，甲方可自由使用和修改，并可提供给后续服务商。

九、违约责任
（一）乙方未按约定时间完成驻场人员进场、或未按期提交年度运维总结及交接材料的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方驻场人员擅自离岗或未经同意更换的，甲方有权要求限期改正。
（三）乙方在本合同项下对甲方承担的全部赔偿责任，累计不超过合同总价的百分之二十。

十、转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

十一、合同解除
乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

十二、甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的机房出入权限，及时提供平台原开发商的技术文档、系统账号清单和既往运维记录。
（二）甲方应指定运维管理联系人，负责审批变更申请、协调原开发商和网络运营商，并在重大项目开标前三个工作日通知乙方保障需求。
（三）涉及平台功能修改的，由甲方另行委托原开发商实施，乙方负责部署配合和上线后运行保障。

十三、人员与安全管理
（一）乙方驻场人员应遵守甲方机房管理、交易现场管理和廉政纪律规定，不得与交易主体发生利益往来，不得泄露开标时间、地点以外的任何非公开信息。
（二）任何变更操作须填写变更单，经甲方审批并在非交易时段实施，变更前须完成备份并准备回退方案。
（三）乙方应建立运维工作日志，如实记录每日巡检、故障处理和变更情况，每月末随月报提交甲方存档。

十四、不可抗力
因不可抗力导致服务中断的，乙方应立即启动应急预案并通知甲方，双方互不承担违约责任，但乙方应尽最大努力减少损失。

十五、服务交接
合同终止前三十日，乙方应配合甲方或后续服务商完成交接，移交全部账号、口令、配置文档和运维记录，并保证交接期间平台正常运行。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

十七、其他
（一）磋商文件、响应文件、成交通知书及双方确认的服务方案为本合同附件。
（二）本合同一式五份，甲方三份、乙方两份，经双方签字盖章后生效，并按规定报财政部门备案。

甲方（盖章）：某市公共资源交易中心
代表人签字：____________

乙方（盖章）：南京数衡信息技术服务有限公司
代表人签字：____________

签订日期：2026年12月__日
"""


# ============ z05: 火锅底料厂 WMS 许可 + 定制开发, 乙方标准合同文本 (.md, many problems) ============
Z05 = """# 蜀仓仓储管理系统软件许可及开发服务合同

> 蜀仓软件标准合同文本 V4.0（2026版）　　合同编号：SC-WMS-2027-0219

**甲方**：重庆渝味坊食品有限公司
**乙方**：成都蜀仓软件科技有限公司

甲方为火锅底料、复合调味料生产企业，拟在其两个成品仓、一个原辅料仓和一个冷链仓实施仓储管理系统。乙方为蜀仓WMS软件的著作权人。双方依据《中华人民共和国民法典》，经协商一致，就蜀仓WMS软件许可、定制开发及实施服务签订本合同。

## 第一条 合同标的
1、乙方向甲方提供蜀仓WMS标准版软件使用许可（四个仓库，授权用户数五十个）。
2、乙方根据甲方需求进行定制开发，包括：原辅料批次追溯与正向、反向追溯报表；按保质期先到期先出库的拣货策略；冷链仓温度记录与出入库联动；与甲方ERP（金蝶云星空）的物料、采购、销售和库存接口。
3、乙方负责系统部署、基础数据初始化、手持RF终端对接及操作培训。

## 第二条 合同金额
| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 蜀仓WMS标准版软件许可（永久） | 560,000 |
| 2 | 定制开发（批次追溯、效期拣货、冷链联动、ERP接口） | 430,000 |
| 3 | 实施部署及数据初始化 | 96,000 |
| 4 | RF终端对接及培训 | 54,000 |
| | **合计** | **1,140,000** |

合同总金额为人民币壹佰壹拾肆万元整（¥1,140,000），含增值税。

## 第二条之一 许可范围
1、软件许可限于甲方在本合同约定的四个仓库内部使用，不得转让、出租或提供给甲方关联公司使用。新增仓库、新增用户或新增模块，须按乙方当期报价另行购买许可。
2、许可密钥与甲方服务器硬件绑定。甲方更换服务器的，应提前通知乙方重新签发密钥，乙方可按人天收取迁移服务费。
3、乙方交付的软件为可执行程序，不提供源代码；定制开发部分同样以可执行程序形式交付。

## 第三条 付款方式
1、本合同签订后五个工作日内，甲方向乙方支付合同总金额的50%，即人民币570,000元，作为预付款。乙方收到预付款后启动项目。
2、系统上线运行后十个工作日内，甲方支付剩余50%，即人民币570,000元。
3、甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清全部款项。

## 第四条 项目实施
1、乙方在收到预付款后九十个工作日内完成软件部署和定制开发，具体进度以乙方项目计划为准。乙方可根据实际情况调整项目计划，并通知甲方。
2、甲方应按乙方要求提供服务器、网络、RF终端、库位编码和基础数据，并安排关键用户全程参与。因甲方资料提供不及时、需求变更或配合不到位造成的延误，乙方不承担责任，工期相应顺延。
3、需求确认书签署后，甲方提出的新增或变更需求按乙方人天单价另行计费。

4、培训：乙方为甲方仓库主管、收货员、拣货员和系统管理员各提供一次集中培训，培训时长合计不超过六个工作日；超出部分或甲方新员工的培训按乙方人天单价另行计费。
5、乙方交付物包括：安装程序、用户操作手册、接口说明文档和培训课件。

## 第五条 上线与验收
1、乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。
2、上线后甲方发现的问题，乙方在免费维护期内予以处理，但不影响验收结论和付款义务。

## 第六条 知识产权
1、蜀仓WMS软件及其全部版本的著作权归乙方所有。
2、乙方为甲方定制开发的功能模块、报表、接口程序及相关源代码、文档，其知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行修改、反向工程，也不得交由第三方维护或开发。
3、乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第七条 免费维护与后续服务
1、系统上线后六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。
2、故障处理：一级故障（系统无法出入库作业）乙方在接到甲方报告后8小时内响应并安排处理；二级故障在两个工作日内响应；其他问题在五个工作日内答复。乙方将尽力尽快恢复系统，但不对恢复时限作出承诺。乙方不因故障处理时间承担扣款、赔偿或违约金。
3、免费维护期满后，甲方如需继续获得技术支持、版本升级和远程维护服务，须与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。
4、以下情形不属于免费维护范围：甲方操作不当、擅自修改数据库或配置、服务器及网络故障、病毒感染、第三方软件升级引起的问题，以及甲方业务流程变化引起的功能调整。乙方处理上述问题的，按人天单价另行收费。

## 第八条 数据安全
1、甲方在系统中录入和产生的库存、批次、客户、订单及配方编码等业务数据归甲方所有，乙方仅为实施和维护目的访问，不得用于其他用途。
2、系统部署在甲方服务器，乙方远程维护须经甲方授权并使用甲方提供的VPN账号，操作日志由甲方留存。乙方应采取必要的技术措施防止数据泄露、丢失和篡改；发现安全事件时，乙方应在24小时内通知甲方并协助处置，因乙方原因造成的数据损失由乙方依法承担责任。

## 第九条 合作伙伴
乙方有权根据项目需要，将部分开发、实施或培训工作交由乙方的合作伙伴完成，乙方以书面或电子邮件方式告知甲方即可。

## 第十条 违约责任
1、任何一方违反本合同约定的，应承担相应的违约责任。
2、乙方在本合同项下承担的全部责任（包括违约责任和赔偿责任），累计不超过本合同总金额的10%。乙方不对甲方的利润损失、停产损失、库存损失或其他间接损失承担责任。
3、乙方不保证软件运行不中断或完全无错误，也不保证软件满足甲方未在需求确认书中书面列明的业务要求。

## 第十一条 合同解除
1、一方严重违约，经对方书面催告后三十日内仍未改正的，守约方可书面通知解除本合同。
2、甲方因自身原因解除合同的，已支付的款项不予退还。
3、合同因任何原因解除后，甲方应立即停止使用未付清款项部分对应的软件功能，并删除相应的安装副本。

## 第十二条 不可抗力
因不可抗力导致合同无法履行的，受影响方应及时通知对方，双方互不承担责任。服务器、网络、电力等甲方基础设施故障，以及第三方软件（包括甲方ERP）变更导致的接口异常，视同不可抗力。

## 第十三条 争议解决
因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地（成都市高新区）人民法院提起诉讼。

## 第十三条之一 通知
双方通过本合同首页记载的地址、电子邮箱发送通知。电子邮件发出即视为送达；一方变更联系方式的，应在三日内通知对方，否则向原地址或邮箱发送的通知仍视为送达。

## 第十四条 其他
1、本合同文本为乙方标准文本，甲方签署即表示同意本文本全部内容；双方另有手写修改的，以加盖双方骑缝章的修改为准，甲方已仔细阅读并理解全部条款。
2、乙方的产品说明书、项目计划及报价单为本合同附件；附件与本合同正文不一致的，以本合同正文为准。
3、本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：重庆渝味坊食品有限公司　　　　乙方（盖章）：成都蜀仓软件科技有限公司

签字：__________　　　　签字：__________

日期：2027年2月__日
"""


# ============ e01: Harbin sausage maker, recipe-management perpetual licences, German vendor (.docx) ============
E01 = """T:Software Licence Agreement — Recipe and Formulation Management System
P:Agreement No. RW-CN-2027-044
P:This Software Licence Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Harbin Songjiang Meat Products Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Pingfang District, Harbin, Heilongjiang Province (the "Buyer"); and
P:(2) Rezeptwerk Software GmbH, a company registered in Germany, with its seat on the Eiswerder, Berlin (the "Vendor").
H:Recitals
P:A. The Buyer produces smoked and cooked sausages (including red sausage in the Harbin style), cured meats and ready meals, and wishes to manage its recipes, formulations, nutrition declarations and allergen information in a single validated system.
P:B. The Vendor develops and licenses the Rezeptwerk recipe and formulation management software and has agreed to grant the Buyer perpetual licences to it, to install it and to support it, on the terms below.
P:C. At the Buyer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Rezeptwerk modules listed in Article 2, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Licence Fees" means the fees for the perpetual licences set out in Article 2.
P:1.3 "Installation Certificate" means the certificate signed by both parties when the Software has been installed on the Buyer's servers and the Buyer's recipe master data has been loaded.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the Software has passed the acceptance tests.
P:1.5 "Buyer Data" means all recipes, formulations, raw-material specifications, supplier data, nutrition values, costing data and production parameters that the Buyer enters into or generates with the Software.
H:Article 2 Licences and Price
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for the internal business of the Buyer and its production sites in the People's Republic of China.
P:2.2 The Licence Fees are as follows:
TB:Item|Module|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Recipe Core server licence|1|468,000|468,000
TB:2|Formulation client licence (named user)|24|9,500|228,000
TB:3|Nutrition and Allergen Declaration module|1|186,000|186,000
TB:4|Laboratory and QC interface module|1|138,000|138,000
TB:5|Batch Scaling and Costing module|1|96,000|96,000
TB:Total Licence Fees|||CNY 1,116,000
P:2.3 The total contract price is CNY 1,116,000 (the "Contract Price"), inclusive of VAT. Installation, configuration of the Buyer's recipe structure, the loading of up to 1,800 existing recipes and the training described in Article 4 are included in the Licence Fees and are not charged separately.
P:2.4 The Contract Price is fixed and covers travel, accommodation and all other expenses of the Vendor's personnel.
H:Article 3 Payment
P:3.1 The Buyer shall pay the Contract Price as follows:
LN:20% (CNY 223,200) within twenty days after signature of this Agreement, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Buyer;
LN:45% (CNY 502,200) within twenty days after the Installation Certificate is signed;
LN:35% (CNY 390,600) within twenty days after Final Acceptance.
P:3.2 The Installation Certificate confirms installation only and is not acceptance of the Software. Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 4 Delivery, Installation and Training
P:4.1 The Vendor shall install the Software on the Buyer's servers at its Harbin plant within seventy days after signature of this Agreement, and shall load the Buyer's existing recipes and raw-material master data.
P:4.2 The Vendor shall train ten key users and two system administrators at the Buyer's plant, in Chinese or with an interpreter provided by the Vendor, and shall deliver user and administrator manuals in Chinese.
P:4.3 The Buyer shall provide server capacity, network access, a project manager and the recipe data in the agreed import format.
H:Article 5 Acceptance
P:5.1 Within ten days after the Installation Certificate, the Vendor shall carry out the acceptance tests set out in Annex 2 with the Buyer's quality and R&D staff. The Software passes when: (a) every loaded recipe reproduces the ingredient list, yield and cost of the Buyer's reference records with no deviation; (b) nutrition declarations for the fifty reference products match the laboratory values within the tolerances of GB 28050; (c) allergen labels are generated correctly for all products containing soy, milk, wheat or mustard; (d) batch scaling from 50 kg to 2,000 kg gives correct quantities and rounding; and (e) the interface with the Buyer's laboratory system transfers test results without error for ten consecutive working days.
P:5.2 If the Software passes, the Buyer shall sign the Final Acceptance certificate within five working days. If it fails, the Vendor shall correct the defects and repeat the tests at its own cost. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software will perform in accordance with its documentation for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide telephone and remote support free of charge.
P:6.2 Severity 1 means the Software cannot be used for recipe release or label generation. The Vendor shall respond to a Severity 1 incident within two (2) hours and restore operation within one business day; Severity 2 incidents shall be answered within eight business hours and resolved within five business days.
P:6.3 For every full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 1,000, deductible from any amount due to the Vendor.
P:6.4 After the Warranty Period the Buyer may purchase annual support at a fee of 22% of the Licence Fees per year, that is CNY 245,520 per year. This fee is fixed for the first three support years. Support is ordered by the Buyer's purchase order each year and does not renew automatically.
P:6.5 Annual support includes all updates and new versions, Severity 1 and Severity 2 support on the terms of Article 6.2 and 6.3, one on-site visit per year and regulatory content updates for Chinese food-labelling standards.
H:Article 7 Buyer Data and Data Security
P:7.1 All Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it, or use it for any other purpose.
P:7.2 The Software is installed on the Buyer's premises. The Vendor may access it remotely only through the Buyer's VPN, with multi-factor authentication and the Buyer's approval for each session; all sessions are logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Buyer Data outside mainland China.
P:7.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to, loss or disclosure of Buyer Data, shall take remedial action at its own cost and shall be liable for all losses caused by a security breach attributable to it.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other, in particular the Buyer's recipes, seasoning formulations, costs and supplier terms, and shall disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive termination for ten years.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property in it remain the property of the Vendor.
P:9.2 Report templates, label layouts, import mappings and other items developed by the Vendor specifically for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties without restriction.
P:9.3 The Vendor shall indemnify the Buyer against third-party claims that the Software infringes intellectual property rights.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete installation within the period in Article 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 7 or Article 8, or the indemnity in Article 9.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after the Buyer's written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the parts of the Software not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:14.2 The courts of Berlin, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal force.
P:For the Buyer: Harbin Songjiang Meat Products Co., Ltd.    Name: ____________  Title: ____________  Date: ____________
P:For the Vendor: Rezeptwerk Software GmbH    Name: ____________  Title: ____________  Date: ____________
"""


# ============ e02: Xishuangbanna wildlife park ticketing SaaS, Order Form + General Terms (.txt) ============
E02 = """ORDER FORM No. TN-2027-0381
Taquilla Nube Cloud Ticketing Service

Vendor: Taquilla Nube S.L., a Spanish limited company with its registered office on the Illa des Vedrà, Balearic Islands, Spain ("Taquilla Nube" or "Vendor")
Customer: Xishuangbanna Rainforest Wildlife Park Co., Ltd., Jinghong, Yunnan Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Taquilla Nube General Terms of Service attached below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At Customer's request all amounts are in Chinese Renminbi (CNY).

1. SERVICES ORDERED
1.1 Cloud ticketing platform for the Customer's park: online sales through the Customer's WeChat mini-program and website, OTA channel connection, group and school bookings, annual passes, timed entry for the night safari, on-site ticket windows (eight points of sale) and QR-code validation at twelve turnstiles.
1.2 Onboarding: configuration of ticket products and price rules, integration with the Customer's turnstile controllers and its WeChat Pay and UnionPay merchant accounts, import of existing annual-pass holders, and training of ticket-office staff and supervisors.
1.3 Hosting: the Service is hosted for the Customer in a mainland China data centre operated by Alibaba Cloud (Shanghai region), which the Customer approves by signing this Order Form.

2. SUBSCRIPTION TERM
2.1 The Initial Term is twenty-four (24) months from the Service Start Date, which is the date of Go-Live Acceptance under Section 4 of this Order Form.
2.2 At the end of the Initial Term and of each renewal term, this Order Form renews automatically for a further term of twenty-four months unless either party gives written notice of non-renewal at least ninety days before the end of the current term.
2.3 For each renewal term Taquilla Nube may increase the Monthly Subscription Fee by up to eight per cent (8%) over the fee of the preceding term, by notice given at least sixty days before the renewal date. The increased fee applies automatically from the start of the renewal term.

3. FEES
Item                                              Basis                        Amount (CNY)
Monthly Subscription Fee (all modules, unlimited tickets)   24 months x 47,800           1,147,200
One-time Onboarding Fee                           fixed                          58,000
Total Contract Value (Initial Term)                                              1,205,200

3.1 The Monthly Subscription Fee is invoiced monthly in arrears at the end of each calendar month of the Initial Term. No fee is payable before the Service Start Date.
3.2 The Onboarding Fee is invoiced after Go-Live Acceptance.
3.3 Invoices are payable within thirty days. Payment-processing charges of WeChat Pay, UnionPay and OTA commissions are paid by the Customer directly to those providers and are not part of the fees.
3.4 Fees include VAT at the rate applicable to the Vendor's Chinese billing agent.

4. ONBOARDING AND GO-LIVE ACCEPTANCE
4.1 Taquilla Nube shall make the Service ready for Go-Live Acceptance tests within sixty days after signature of this Order Form.
4.2 Go-Live Acceptance tests, carried out with the Customer's staff at the park, must show that: (a) every ticket product and price rule in Annex A is sold correctly through the mini-program, website and ticket windows; (b) QR codes are validated at every turnstile within one second; (c) daily sales reconcile with the WeChat Pay and UnionPay settlement files without difference for seven consecutive days; (d) the platform sustains a simulated load of 6,000 ticket sales per hour; and (e) annual-pass holders imported from the old system can enter with face or QR validation.
4.3 When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Live sales during the test period do not constitute acceptance.
4.4 If the Service is not ready for Go-Live Acceptance tests by the date in Section 4.1 for reasons attributable to Taquilla Nube, Taquilla Nube shall pay the Customer CNY 800 for each day of delay, up to a maximum of CNY 48,000.

Signed for the Customer: ____________________  Name / Title: ____________________  Date: __________
Signed for Taquilla Nube S.L.: ____________________  Name / Title: ____________________  Date: __________


TAQUILLA NUBE GENERAL TERMS OF SERVICE (China edition, version 3.1)

Section 1. The Service
1.1 Taquilla Nube provides the ticketing Service described in the Order Form on a subscription basis. The Customer receives a non-exclusive, non-transferable right to use the Service for its own park during the subscription term.
1.2 Taquilla Nube may improve and update the Service from time to time, provided the functions ordered are not materially reduced.

Section 2. Service Levels
2.1 Availability. Taquilla Nube shall make the Service available 99.95% of the time in each calendar month, measured at the Service's internet gateway, excluding planned maintenance announced at least five days ahead and carried out between 01:00 and 05:00 China Standard Time.
2.2 Support. The Customer may report incidents by telephone, e-mail or the support portal at any time. Taquilla Nube shall respond to incidents as follows: Priority 1 (ticket sales or turnstile validation unavailable at the park): initial response within six (6) hours; Priority 2 (a channel or function unavailable, sales continue): within one business day; Priority 3 (questions and minor defects): within three business days.
2.3 Service Credits. If availability in a month falls below 99.95%, the Customer receives a credit of 5% of that month's Monthly Subscription Fee; below 99.5%, 10%; below 99.0%, 20%. Credits are deducted from the next invoice.
2.4 Offline mode. The turnstile integration shall keep validating pre-sold tickets from a local cache if the connection to the Service is lost.

Section 3. Customer Data
3.1 "Customer Data" means all data entered into the Service by or for the Customer, including ticket orders, visitor names, mobile numbers, identity-card numbers required for real-name ticketing, annual-pass photographs and sales records.
3.2 As between the parties, the Customer owns all Customer Data. Taquilla Nube shall use Customer Data only to provide the Service to the Customer and shall not sell, rent or otherwise exploit it.
3.3 On expiry or termination, Taquilla Nube shall make the Customer Data available for export in CSV format for sixty days and shall then delete it.

Section 4. Customer Configurations and Intellectual Property
4.1 Taquilla Nube retains all rights in the Service, its software and its documentation.
4.2 Ticket products, price rules, park maps, report layouts and other configurations created for the Customer ("Customer Configurations") belong to the Customer, which may use, copy, modify and give them to any other provider without restriction.

Section 5. Confidentiality
5.1 Each party shall keep confidential the other party's non-public business, technical and financial information received in connection with the Order Form, shall use it only for the purposes of the Order Form, and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after termination.

Section 6. Subcontracting
6.1 Taquilla Nube shall not subcontract the Service or any part of it, other than the hosting approved in the Order Form, without the Customer's prior written consent, and remains responsible for every subcontractor.

Section 7. Customer Responsibilities
7.1 The Customer is responsible for its turnstile hardware, park network, ticket-window computers, payment merchant accounts and the accuracy of the prices it configures.
7.2 The Customer shall keep its user passwords secret and shall promptly disable the accounts of staff who leave.

Section 8. Liability
8.1 Neither party is liable for indirect or consequential loss, including loss of profit or loss of visitors, except in cases of wilful misconduct.
8.2 Each party's total liability under the Order Form and these General Terms is limited to 150% of the Total Contract Value stated in the Order Form. This limit does not apply to personal injury, wilful misconduct or the Customer's obligation to pay fees.

Section 9. Term and Termination
9.1 These General Terms apply for as long as an Order Form is in force.
9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.
9.3 The Customer may also terminate by written notice if availability falls below 99.0% in any two months of a rolling six-month period.
9.4 On termination by the Customer for Taquilla Nube's breach, Taquilla Nube shall refund any fees paid for the period after termination and shall provide reasonable transition assistance for up to sixty days at no charge.

Section 10. Force Majeure
10.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public telecommunications networks, provided it notifies the other party without delay. If such an event prevents performance for more than sixty days, either party may terminate the Order Form.

Section 11. Governing Law and Disputes
11.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.
11.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding on both parties.

Section 12. General
12.1 Notices must be given in writing to the addresses stated in the Order Form; e-mail notices are effective when sent to the contact persons named there.
12.2 Neither party may assign the Order Form without the other party's prior written consent.
12.3 These General Terms are provided in English; a Chinese translation is for reference only.
12.4 If any provision of these General Terms is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its commercial purpose.
"""


# ============ e03: Shouguang greenhouse cooperative, climate controllers, French integrator, buyer's paper (.pdf) ============
E03 = """T:Purchase Contract for Greenhouse Climate Control Systems
P:Contract No. SGNH-2027-CC-09
P:Buyer: Shouguang Lvyuan Vegetable Professional Cooperative, Shouguang, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Serres Atlantique Intégration SAS, a French simplified joint-stock company with its seat on the Île Carn, Finistère, France (the "Supplier")
P:The Buyer operates thirty-six solar and multi-span greenhouses for tomatoes, cucumbers and sweet peppers and wishes to replace their manual vent and curtain control with automatic climate control. Following its invitation to bid of 8 March 2027 and the Supplier's offer of 22 March 2027, the Buyer awards this Contract to the Supplier on the Buyer's standard terms below. All prices are stated and paid in Chinese Renminbi (CNY).
H:Clause 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: one climate controller per greenhouse; four sensor boxes per greenhouse measuring air temperature, humidity, CO2 and light; six outdoor weather stations; one actuator relay panel per greenhouse for vents, thermal curtains, shade screens, fans, fogging and heating valves; and the central climate-management software with mobile access.
P:1.2 The Supplier shall connect the controllers to the Buyer's site network, configure climate strategies for each crop with the Buyer's agronomists, and train the Buyer's staff.
P:1.3 All equipment shall be new, suitable for greenhouse conditions (IP65 or better for field devices) and carry CCC or other certification required for sale in China.
H:Clause 2 Contract Price
P:2.1 The Contract Price is CNY 2,260,000, inclusive of VAT, delivery to the Buyer's site, customs clearance, insurance, installation and all other costs of the Supplier.
P:2.2 Price breakdown:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Climate controller|36|31,500|1,134,000
TB:Sensor box (T/RH/CO2/light)|144|2,850|410,400
TB:Outdoor weather station|6|18,600|111,600
TB:Actuator relay panel|36|6,200|223,200
TB:Central climate software licence (perpetual)|1|168,000|168,000
TB:Hardware and Licence Subtotal|||2,047,200
TB:Installation, cabling and commissioning|1|186,800|186,800
TB:Training|1|26,000|26,000
TB:Contract Price|||2,260,000
H:Clause 3 Payment
P:3.1 10% of the Contract Price (CNY 226,000) within fifteen days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,243,000) within fifteen days after the Installation Certificate for all thirty-six greenhouses. The Installation Certificate confirms completed installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 791,000) within fifteen days after Final Acceptance.
P:3.4 Each payment requires the Supplier's VAT invoice.
H:Clause 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within sixty days after signature, and complete installation within forty-five days after delivery. Installation shall be planned with the Buyer so that no greenhouse is left without ventilation control during a crop cycle.
P:4.2 The Supplier is responsible for the safety of its personnel on site and shall follow the Buyer's site rules, including the hygiene rules for entering greenhouses.
P:4.3 The Supplier shall train twelve growers and two system administrators of the Buyer at the site, in Chinese, covering daily operation of the controllers, setting and adjusting climate strategies, alarm handling, sensor cleaning and calibration checks, and basic fault finding. Each trainee shall receive a Chinese user manual, and the Supplier shall hold a refresher session at the start of the next winter season.
P:4.4 With the equipment the Supplier shall deliver: as-built wiring diagrams for every greenhouse, a list of all devices with serial numbers and locations, calibration certificates of the sensors, the configuration backup of every controller, and the administrator manual of the central software.
H:Clause 5 Acceptance
P:5.1 After installation, the Supplier shall conduct acceptance tests witnessed by the Buyer. Final Acceptance requires that: (a) every sensor reading agrees with a calibrated reference instrument within 0.5 °C and 3% relative humidity; (b) every vent, curtain, screen, fan and valve responds correctly to manual and automatic commands; (c) the controllers keep their climate strategies and continue to operate for at least eight hours if the network or the central software is unavailable; (d) alarms for high temperature, low temperature and power failure reach the duty manager's mobile phone within sixty seconds; and (e) the system runs for twenty-one consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall sign the Final Acceptance certificate within seven days after successful tests. Installation, use of the system or any payment is not acceptance. If the tests fail, the Supplier shall correct the defects within fifteen days and repeat the tests at its own cost.
H:Clause 6 Warranty
P:6.1 The Supplier warrants all equipment and software for thirty-six (36) months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour and travel, and supply software updates.
P:6.2 Severity 1 means loss of climate control in one or more greenhouses. The Supplier shall respond to a Severity 1 fault within one (1) hour, have a technician on site within eight hours and restore control within twenty-four hours, using spare controllers kept in Shouguang. Other faults shall be answered within one business day and fixed within five business days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 time limit, it shall pay the Buyer CNY 800. The Buyer may deduct such amounts from any payment or from the performance guarantee.
P:6.4 The Supplier shall keep a stock of at least two spare controllers, four sensor boxes and one relay panel in Shouguang during the warranty period.
H:Clause 7 Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support (parts, repairs, software updates and the response times of Clause 6.2) at 8% of the Hardware and Licence Subtotal per year, that is CNY 163,776 per year. This fee is fixed for the first three years after the warranty and may be changed later only by written agreement.
P:7.2 Support is ordered each year by purchase order and does not renew automatically.
H:Clause 8 Buyer Data and Security
P:8.1 All climate data, crop settings, production records and alarm logs generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or pass them to any third party, including its own affiliates.
P:8.2 The central software is installed on the Buyer's server in Shouguang. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's VPN with individual accounts, and is logged. Controllers shall not connect to any server outside the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the system to the Buyer within twelve hours, shall remedy it at its own cost and is liable for losses caused by incidents attributable to it.
H:Clause 9 Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including crop strategies, yields and commercial terms, and shall not disclose it without the Buyer's prior written consent. This obligation continues for three years after the end of the Contract.
H:Clause 10 Intellectual Property
P:10.1 Climate strategies, crop recipes, dashboards and configuration files prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other service providers.
P:10.2 The standard controller firmware and central software remain the Supplier's or its licensors' property and are licensed to the Buyer perpetually for use with the supplied equipment.
H:Clause 11 Delay Damages and Liability
P:11.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage caused by negligence, wilful misconduct and breach of Clause 8, which are not limited.
H:Clause 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors, including the local electrical contractor.
H:Clause 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after the Buyer's notice, or if the delay damages under Clause 11.1 reach their maximum.
P:13.2 After such termination the Buyer may complete the work through others at the Supplier's cost and may claim damages.
H:Clause 14 Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance periods are extended by the duration of the event.
H:Clause 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang. The award is final.
H:Clause 16 Miscellaneous
P:16.1 The Buyer's invitation to bid, the Supplier's offer and the technical specification form part of this Contract; in case of conflict, this Contract prevails. This Contract is signed in Chinese and English; both texts are equally authentic.
P:For the Buyer: ______________________    For the Supplier: ______________________
P:Date: ______________    Date: ______________
"""


# ============ e04: Taizhou valve maker, managed security monitoring, Italian provider (.md) ============
E04 = """# Managed Security Monitoring Services Agreement

**Agreement reference:** VD-MSS-2027-017

**Between**

1. **Zhejiang Hengtong Valve Manufacturing Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yuhuan, Taizhou, Zhejiang Province (the **"Customer"**); and
2. **Vigilanza Digitale S.r.l.**, a company incorporated in Italy, with its registered seat on the Isola Caprara, Tremiti Islands, Italy, acting in China through its Hangzhou representative office and its local delivery team (the **"Provider"**).

**Background**

(A) The Customer manufactures industrial ball, gate and control valves at two plants in Yuhuan and Wenling and operates an ERP system, a manufacturing execution system, design workstations and an e-commerce export portal.

(B) Following phishing and ransomware attempts against peer companies, the Customer wishes to have its IT environment monitored around the clock by a specialised provider, and the Provider has offered a 24x7 managed security monitoring and incident response service.

(C) The parties agree that all charges are stated and paid in Chinese Renminbi (CNY), at the Customer's request.

## 1. Definitions

1.1 **"Services"** means the onboarding and the managed security monitoring services described in Clause 2 and Schedule 1.

1.2 **"Monitored Assets"** means the firewalls, servers, domain controllers, endpoints, e-mail gateway and cloud accounts listed in Schedule 1, as updated by agreement.

1.3 **"Customer Data"** means all logs, alerts, network flows, files, user and device information and other data of the Customer that the Provider collects, receives or generates in performing the Services.

1.4 **"Service Acceptance"** means the Customer's written confirmation under Clause 4 that onboarding is complete.

1.5 **"Incident Priority"** means the priority assigned to a security incident under Schedule 2; **"P1"** means a confirmed attack in progress or ransomware activity on any Monitored Asset.

## 2. Services

2.1 The Provider shall onboard the Monitored Assets into its security monitoring platform, tune the detection rules to the Customer's environment, and prepare incident response playbooks for the Customer's ten highest-risk scenarios.

2.2 From Service Acceptance, the Provider shall monitor the Monitored Assets 24 hours a day, seven days a week, triage every alert, notify the Customer of confirmed incidents, and contain incidents remotely in accordance with the agreed playbooks (for example by isolating an endpoint or disabling an account).

2.3 The Provider shall deliver a monthly service report and hold a quarterly review meeting with the Customer's IT manager, including threat trends, open risks and recommendations.

## 3. Term and Charges

3.1 The Initial Term is twenty-four (24) months from Service Acceptance. The Agreement ends at the end of the Initial Term unless the parties sign a written extension; there is no automatic renewal.

3.2 The charges are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (one-time) | fixed | 64,000 |
| Monthly Service Charge (up to 650 endpoints, 60 servers, 8 firewalls) | 24 months x 58,000 | 1,392,000 |
| **Total Contract Value** | | **1,456,000** |

3.3 The onboarding charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced quarterly in arrears. No amount is payable in advance.

3.4 The Customer shall pay each correct VAT invoice within thirty days after receipt.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within forty-five days after signature of this Agreement.

4.2 Onboarding is complete when: (a) every Monitored Asset sends logs to the platform and the Customer has checked the asset list against the platform inventory; (b) the Provider has demonstrated detection and notification of eight simulated attack scenarios agreed with the Customer, including phishing, credential abuse, lateral movement and ransomware behaviour; (c) the playbooks in Clause 2.1 have been approved by the Customer; and (d) a ten-day parallel run has been completed without a missed P1 test alert.

4.3 The Customer shall sign the Service Acceptance certificate within five working days after the conditions in Clause 4.2 are met, or state in writing which conditions are not met.

4.4 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

## 5. Service Levels

5.1 The Provider shall meet the following targets each month:

| Incident Priority | Notification of the Customer | Containment action started |
|---|---|---|
| P1 | within 15 minutes of detection | within 30 minutes of detection |
| P2 | within 1 hour | within 8 hours |
| P3 | within 1 business day | next business day |

5.2 The Provider's customer portal shall be available 99.95% of each month.

5.3 **Service credits.** For each P1 incident notified later than the target in Clause 5.1, the Provider shall credit 5% of that month's Monthly Service Charge; if the portal availability target is missed in a month, the Provider shall credit 3% of that month's charge. Credits in a month are capped at the Monthly Service Charge of that month and are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose, including its own threat intelligence, product development or benchmarking.

6.2 The Provider shall store and process Customer Data only in its security operations centre in Hangzhou and in the Customer's own environment. The platform holds an MLPS level-3 filing and ISO 27001 certification. Analysts use individual accounts with multi-factor authentication, and every access to Customer Data is logged and available to the Customer on request.

6.3 The Provider shall notify the Customer within six hours after becoming aware of any breach affecting Customer Data, shall take all steps to contain it, and is liable for losses caused by a breach attributable to the Provider. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.4 At the end of the Agreement the Provider shall return Customer Data in a standard format and then delete it, and certify the deletion in writing.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's network design, vulnerabilities, product drawings and incident details, and the Provider's detection methods. Neither party shall disclose such information to any third party without prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 The Provider's platform, tools and general detection content remain the Provider's property.

8.2 Playbooks, detection rules and reports written specifically for the Customer belong to the Customer, which may use, modify and share them with any successor provider.

## 9. Subcontracting and Personnel

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.

9.2 The Provider shall assign a named service manager and shall replace any analyst whom the Customer reasonably objects to.

## 10. Customer Obligations

10.1 The Customer shall provide network access for log collection, maintain its Monitored Assets, name two contacts available at all times for P1 notifications, and inform the Provider of planned changes that may trigger alerts.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or production.

11.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid by the Customer in the six (6) months preceding the event giving rise to the claim. This limit does not apply to death or personal injury or to wilful misconduct.

## 12. Duration and Termination

12.1 The Initial Term is fixed. Neither party may terminate this Agreement before the end of the Initial Term, except by mutual written agreement or under Clause 13.

12.2 The Customer's remedies for any failure of the Provider to perform the Services are the service credits under Clause 5.3 and a claim for damages under Clause 11; a failure to perform, however serious, does not entitle the Customer to terminate the Agreement or to stop paying the Monthly Service Charge.

12.3 At the end of the Agreement the Provider shall provide thirty days of exit assistance, including the hand-over of playbooks and detection rules to the Customer or its new provider.

## 13. Force Majeure

13.1 A party affected by force majeure shall notify the other without delay. If force majeure prevents the Services for more than ninety consecutive days, either party may end the Agreement by written notice.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Taizhou Arbitration Commission for arbitration in Taizhou in accordance with its rules.

## 15. General

15.1 This Agreement, with Schedule 1 (Monitored Assets and Service Description) and Schedule 2 (Incident Priorities), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

**Signed**

For the Customer: ______________________ Name: __________ Title: __________ Date: __________

For the Provider: ______________________ Name: __________ Title: __________ Date: __________
"""


# ============ e05: Hangzhou e-sports club, match-data API subscription, Portuguese vendor (.txt, one low finding) ============
E05 = """DATA SERVICES SUBSCRIPTION AGREEMENT
(Esports Match Data API)

Agreement No. DB-HZ-2027-112

THIS AGREEMENT is made between:

HANGZHOU XINGHUO ESPORTS CLUB CO., LTD., a company incorporated in the People's Republic of China, with its registered office in Binjiang District, Hangzhou, Zhejiang Province ("Customer"); and

DADOS BALEIA ESPORTS DATA, LDA., a private limited company incorporated in Portugal, with its registered seat on the Ilhéu de Baleia, Portugal ("Provider").

WHEREAS the Customer fields professional teams in several esports titles and wishes to use live and historical match data in its coaching, opponent analysis, player scouting and fan-facing content; and WHEREAS the Provider collects, validates and distributes official match data through an application programming interface (the "API"); the parties agree as follows. At the Customer's request, all fees under this Agreement are stated and paid in Chinese Renminbi (CNY).

CLAUSE 1 - DEFINITIONS
1.01 "Match Data" means the live event feeds, match statistics, player statistics, draft and pick data and historical archives made available by the Provider through the API for the titles listed in Schedule A.
1.02 "Customer Data" means all data the Customer uploads to or creates in the Provider's analysis workspace, including scouting notes, internal player ratings, training scrimmage results, tactical annotations and user account information, together with the Customer's query logs.
1.03 "Integration Acceptance" means the Customer's written confirmation under Clause 4 that the API integration meets the acceptance criteria.
1.04 "Critical Incident" means a complete outage of the live API or of the analysis workspace, or live data delayed by more than sixty seconds during an official match of a Customer team.

CLAUSE 2 - SERVICES
2.01 The Provider shall give the Customer access to the API and the analysis workspace for the titles and data tiers in Schedule A, with up to forty named users and up to two million API calls per month.
2.02 The Provider shall carry out the integration onboarding: provision of API keys for production and test environments, mapping of the Provider's data schema to the Customer's coaching dashboard, a webhook feed for live events, and two days of training for analysts and coaches.
2.03 The Customer may use Match Data internally without limit, and may publish derived statistics in its own fan content and social-media channels with attribution to the Provider. The Customer shall not resell raw Match Data to third parties.

CLAUSE 3 - TERM, FEES AND PAYMENT
3.01 The Subscription Term is twenty-four (24) months from Integration Acceptance. Any extension requires a written agreement signed by both parties; this Agreement does not renew automatically.
3.02 Fees:
    Monthly Subscription Fee           24 months x CNY 36,800     CNY 883,200
    Integration Onboarding Fee         one-time, fixed            CNY  41,800
    Total Contract Value                                          CNY 925,000
3.03 The Monthly Subscription Fee is invoiced monthly in arrears. The Integration Onboarding Fee is invoiced after Integration Acceptance. No payment is due before the start of the Subscription Term.
3.04 The Customer shall pay each undisputed invoice within thirty days after receipt. Fees are fixed for the Subscription Term.

CLAUSE 4 - INTEGRATION ACCEPTANCE
4.01 The Provider shall have the integration ready for acceptance testing within thirty-five days after signature.
4.02 The integration passes acceptance when, during a test period covering at least six official matches: (a) live events reach the Customer's dashboard within three seconds of the official feed; (b) match statistics reconcile with the official match records with no missing or duplicated events; (c) historical archives for the last three seasons of each title in Schedule A can be queried; and (d) the webhook feed recovers automatically after an interruption without data loss.
4.03 The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Use of the API during the test period is not acceptance.
4.04 If the integration is not ready for acceptance testing by the date in Clause 4.01 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

CLAUSE 5 - SERVICE LEVELS
5.01 The Provider shall keep the API and the analysis workspace available 99.95% of each calendar month, excluding maintenance announced at least seventy-two hours in advance and never scheduled during an official match of a Customer team.
5.02 The Provider shall respond to a Critical Incident within thirty (30) minutes, at any time of day, and restore the service within two hours. Other incidents shall be answered within one business day and resolved within three business days.
5.03 Service credits: if monthly availability falls below 99.95%, the Provider shall credit 5% of that month's Monthly Subscription Fee, and 10% if it falls below 99.5%. For each Critical Incident answered late, the Provider shall credit a further CNY 1,500. Credits are deducted from the next invoice.
5.04 The Provider shall report monthly on availability, incidents and data-latency statistics.

CLAUSE 6 - CUSTOMER DATA AND SECURITY
6.01 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the services to the Customer and shall not use it for any other purpose, including its own analytics products, and shall not disclose it to other teams, leagues or betting operators.
6.02 The Provider shall host the analysis workspace and Customer Data for the Customer in a data centre in mainland China, encrypt Customer Data in transit and at rest, limit access to named support staff with multi-factor authentication, log every access and keep logs for at least one hundred and eighty days.
6.03 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall be liable for losses caused by a breach attributable to the Provider. The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law with respect to player and user information.
6.04 On expiry or termination the Provider shall return Customer Data in a standard format within thirty days and then delete it, and certify the deletion in writing.

CLAUSE 7 - INTELLECTUAL PROPERTY
7.01 The Provider retains all rights in the API, the analysis workspace and the Match Data, subject to the licence in Clause 2.03.
7.02 Dashboards, reports, models, ratings and other works created by or specifically for the Customer, including the schema mapping developed in onboarding, belong to the Customer, which may use, modify and license them freely, also after the end of this Agreement.

CLAUSE 8 - CONFIDENTIALITY
8.01 Each party shall keep confidential the other party's non-public information, including the Customer's scouting notes, tactical analysis, player contracts and commercial terms, and the Provider's data-collection methods. Neither party shall disclose such information without the other party's prior written consent, except to advisers bound by confidentiality or as required by law. This obligation continues for three years after the end of this Agreement.

CLAUSE 9 - SUBCONTRACTING
9.01 The Provider shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the performance of any approved subcontractor.

CLAUSE 10 - WARRANTIES
10.01 The Provider warrants that it has the rights necessary to license the Match Data to the Customer for the uses permitted by this Agreement, and shall indemnify the Customer against third-party claims that the Customer's permitted use infringes those rights.
10.02 The Provider shall correct any inaccuracy in Match Data promptly after becoming aware of it and shall mark corrected records in the API.

CLAUSE 11 - LIABILITY
11.01 Neither party is liable for indirect or consequential loss, including lost prize money or sponsorship income.
11.02 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. The limit does not apply to death or personal injury, wilful misconduct, breach of Clause 6 or Clause 8, or the indemnity in Clause 10.01.

CLAUSE 12 - TERMINATION
12.01 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
12.02 The Customer may terminate by written notice if monthly availability falls below 99.5% in two consecutive months.
12.03 On termination by the Customer under Clause 12.01 or 12.02, the Customer pays only for services provided up to the termination date.

CLAUSE 13 - FORCE MAJEURE
13.01 Neither party is liable for a failure caused by events beyond its reasonable control, including the cancellation or suspension of official competitions by the organiser, provided that it notifies the other party promptly. Fees for any month in which no Match Data can be delivered because of such an event are not payable.

CLAUSE 14 - GOVERNING LAW AND ARBITRATION
14.01 This Agreement is governed by the laws of Portugal.
14.02 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Lisbon, Portugal, under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, by a sole arbitrator. The language of the arbitration is English.

CLAUSE 15 - GENERAL
15.01 Notices shall be given in writing to the addresses above or by e-mail to the contact persons named in Schedule A.
15.02 This Agreement, with Schedule A (Titles, Data Tiers and Contacts), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
15.03 Neither party may assign this Agreement without the other party's prior written consent.

SIGNED by the parties' authorised representatives:

For the Customer: __________________________   Name: ______________   Date: ___________

For the Provider: __________________________   Name: ______________   Date: ___________
"""


# ============ files, prices, labels ============
FILES = {
    "z01": ("h257z01_land_survey_data_platform_gov.docx", "zh", "docx", Z01),
    "z02": ("h257z02_pharma_cleanroom_monitoring_system.pdf", "zh", "pdf", Z02),
    "z03": ("h257z03_hotel_chain_pms_crs_saas.md", "zh", "md", Z03),
    "z04": ("h257z04_trading_centre_ebidding_platform_om.txt", "zh", "txt", Z04),
    "z05": ("h257z05_hotpot_wms_supplier_template.md", "zh", "md", Z05),
    "e01": ("h257e01_sausage_recipe_software_licences.docx", "en", "docx", E01),
    "e02": ("h257e02_wildlife_park_ticketing_saas_order_form.txt", "en", "txt", E02),
    "e03": ("h257e03_greenhouse_climate_controllers.pdf", "en", "pdf", E03),
    "e04": ("h257e04_valve_maker_managed_security_monitoring.md", "en", "md", E04),
    "e05": ("h257e05_esports_match_data_api_subscription.txt", "en", "txt", E05),
}

# price lines, payment instalments (amounts), total
PRICES = {
    "z01": ([1180000, 636000, 742000, 168000, 34000], [552000, 1242000, 966000], 2760000),
    "z02": ([48 * 26500, 12 * 38000, 160 * 2150, 386000, 98000, 214000, 176000, 24000],
            [297000, 1039500, 1485000, 148500], 2970000),
    "z03": ([120 * 1980 * 36, 26000 * 36, 120 * 5600], None, 10161600),
    "z04": ([768000, 186000, 58000, 96000, 72000], [295000] * 4, 1180000),
    "z05": ([560000, 430000, 96000, 54000], [570000, 570000], 1140000),
    "e01": ([468000, 24 * 9500, 186000, 138000, 96000], [223200, 502200, 390600], 1116000),
    "e02": ([24 * 47800, 58000], None, 1205200),
    "e03": ([36 * 31500, 144 * 2850, 6 * 18600, 36 * 6200, 168000, 186800, 26000], [226000, 1243000, 791000], 2260000),
    "e04": ([64000, 24 * 58000], None, 1456000),
    "e05": ([24 * 36800, 41800], None, 925000),
}
assert 48 * 26500 + 12 * 38000 + 160 * 2150 + 386000 + 98000 == 2556000
assert 36 * 31500 + 144 * 2850 + 6 * 18600 + 36 * 6200 + 168000 == 2047200
assert round(0.20 * 2760000) == 552000 and round(0.45 * 2760000) == 1242000
assert round(0.10 * 2970000) == 297000 and round(0.35 * 2970000) == 1039500 and round(0.05 * 2970000) == 148500
assert round(0.20 * 1116000) == 223200 and round(0.45 * 1116000) == 502200
assert round(0.10 * 2260000) == 226000 and round(0.55 * 2260000) == 1243000
assert round(0.09 * 1180000) == 106200 and round(0.18 * 2556000) == 460080
assert round(0.22 * 1116000) == 245520 and round(0.08 * 2047200) == 163776

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
#        avail  p1    rem ip        dsec own conf ld                      cap   pre  acc fin wm  pwf  auto term sub law
PLAN = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G], 1180000, T, F,
            []),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.03, N, 10, T, T, 24, 18, F, T, F, "PRC", G], 2556000, T, F,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"]),
    "z03": ("cloud", [99.5, 0.25, T, "buyer", T, F, T, 8000 / 10161600 * 100, 200, N, T, N, N, N, F, T, T, "PRC", S],
            None, None, F, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": ("services", [99.95, 0.25, F, "buyer", T, T, T, 0.1, 20, N, T, N, N, N, F, T, F, "PRC", S], None, None, F,
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "z05": ("software", [N, 8, F, "supplier", T, T, F, N, 10, 50, F, F, 6, N, F, T, T, N, G], 560000, F, T,
            ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
             "CR-WARRANTY"]),
    "e01": ("software", [N, 2, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 22, F, T, F, "Germany", G], 1116000, T, F,
            ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "e02": ("cloud", [99.95, 6, T, "buyer", F, T, T, 800 / 1205200 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
            None, None, F, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 8, F, T, F, "PRC", G], 2047200, T, F, []),
    "e04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 300 / 1456000 * 100, 6 / 24 * 100, N, T, N, N, N, F, F, F,
                         "PRC", S], None, None, F, ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e05": ("cloud", [99.95, 0.5, T, "buyer", T, T, T, 700 / 925000 * 100, 200, N, T, N, N, N, F, T, F, "Portugal", S],
            None, None, F, ["CR-GOVERNING-LAW"]),
}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "high",
                 "e02": "high", "e03": "low", "e04": "medium", "e05": "low"}
# figures each label rests on, which must appear in the read-back text
MUST_APPEAR = {
    "z01": ["2,760,000", "99.95%", "30分钟", "万分之八", "20%", "二十四个月", "9%", "106,200"],
    "z02": ["2,970,000", "2,556,000", "1小时", "万分之三", "10%", "二十四个月", "18%", "460,080"],
    "z03": ["10,161,600", "99.5%", "15分钟", "8,000", "两倍", "不设预付款", "提前五个工作日书面通知"],
    "z04": ["1,180,000", "99.95%", "15分钟", "千分之一", "百分之二十", "不设预付款", "甲方不因此扣减服务费"],
    "z05": ["1,140,000", "50%", "六个月", "8小时", "10%", "当年公布的服务价格标准", "即视为甲方验收合格", "归乙方所有"],
    "e01": ["1,116,000", "eighteen (18) months", "two (2) hours", "0.1%", "150%", "20%", "22%", "245,520",
            "laws of the Federal Republic of Germany", "courts of Berlin"],
    "e02": ["1,205,200", "99.95%", "six (6) hours", "CNY 800", "150%", "up to eight per cent (8%)", "renews automatically"],
    "e03": ["2,260,000", "2,047,200", "thirty-six (36) months", "one (1) hour", "0.08%", "200%", "10%", "8%", "163,776"],
    "e04": ["1,456,000", "15 minutes", "99.95%", "CNY 300", "six (6) months", "twenty-four (24) months",
            "Neither party may terminate this Agreement before the end of the Initial Term"],
    "e05": ["925,000", "99.95%", "thirty (30) minutes", "CNY 700", "200%", "laws of Portugal", "Lisbon"],
}


def label(key):
    name, lang, fmt, _ = FILES[key]
    category, vals, fee_base, capped, deemed, rules = PLAN[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": True, "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = PRICES[key][2]
    x = dict(extra, fee_base=fee_base, forum_outside_mainland=key in ("e01", "e05"))
    got = apply_rules(terms, x)
    assert got == sorted(rules), (key, got, rules)
    assert risk(got) == EXPECTED_RISK[key], (key, risk(got))
    share = tco_share(terms, x)
    return {"file": name, "language": lang, "category": category, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(rules)}, share


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    for key, (lines, pays, total) in PRICES.items():
        assert sum(lines) == total, (key, sum(lines), total)
        if pays:
            assert sum(pays) == total, (key, sum(pays), total)
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    bad = []
    for key, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", " ", text)
        nows = re.sub(r"\s+", "", text)
        for fig in MUST_APPEAR[key]:
            assert fig in flat or re.sub(r"\s+", "", fig) in nows, (key, "figure not in text", fig)
        hits = scan(text) + scan(flat)
        if hits:
            bad.append((name, hits))
        lab, share = label(key)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        if lang == "zh":
            size = "%d chars (%d without whitespace)" % (len(text), len(nows))
            ok = 2800 <= len(nows) and len(text) <= 3300
        else:
            size = "%d words" % len(text.split())
            ok = 1500 <= len(text.split()) <= 1700
        print(name, size, "OK" if ok else "LENGTH OUT OF RANGE", "rules:", lab["expected_rules"],
              "risk:", EXPECTED_RISK[key], "" if share is None else "TCO share %.2f%%" % share)
        assert ok, (name, size)
    assert not bad, bad
    print("threshold scan clean; labels re-derived from the policy rules equal the plan")


if __name__ == "__main__":
    main()
