"""holdout277: writes the ten blind ORDINARY draft contracts and their labels from the sources below.

Run with /work/main/.venv/bin/python from anywhere. Builds .md/.txt directly and .docx/.pdf through ../word_pdf.py
(write(..., wrap_words=True)); asserts every price and payment sum, that every labelled figure appears in the text,
re-applies policy §3/§4 to the labels and compares with the planned rules and risk, writes the .json labels, reads
every built file back (python-docx paragraphs + tables, pypdf) and fails if a threshold value appears or a text length
is out of range. Written before any run of the project's code; uses no project code except word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 and §4 values)
# Every regex matches a figure that would sit exactly on a threshold, in digits, Chinese numerals or words.
THRESHOLDS = {
    "availability 99.9 %": r"(?<![\d.,])99\.9(?![\d])|百分之九十九点九(?![\d一二三四五六七八九])|ninety[- ]nine point nine(?! ?five)",
    "P1 response 4 hours": r"(?<![\d.,])4\s*(?:个)?(?:小时|h\b|hrs?\b|hours?\b|-hour)|(?<![十\d])四(?:个)?小时|\bfour[- ]hours?\b|(?<![\d.,])240\s*(?:分钟|minutes?)",
    "prepayment 30 %": r"(?<![\d.,])30\s*(?:%|％|per ?cent|percent)|百分之三十(?![一二三四五六七八九点])|\bthirty per ?cent|(?<![十\d])三成",
    "post-warranty fee 15 %": r"(?<![\d.,])15\s*(?:%|％|per ?cent|percent)|百分之十五(?![点])|\bfifteen per ?cent",
    "TCO share 40 %": r"(?<![\d.,])40\s*(?:%|％|per ?cent|percent)|百分之四十(?![一二三四五六七八九点])|\bforty per ?cent|(?<![十\d])四成",
    "liability cap 100 %": r"(?<![\d.,])100\s*(?:%|％|per ?cent|percent)|百分之百|百分之一百(?![零一二三四五六七八九十])|\bone hundred per ?cent|(?<![\d两二三四五六七八九十])[1一]\s*倍",
    "LD 0.05 %/day": r"(?<![\d.,])0\.05(?!\d)|万分之五(?![十])|\bfive hundredths|(?<![\d.,])0\.35\s*%",
    "warranty 12 months": r"(?<![\d.,])12\s*(?:个)?(?:月|months?\b|-month)|(?<![\d二三四五六七八九十])十二个月|\btwelve[- ]months?\b|(?<![第每\d一二三四五六七八九十])[1一]\s*年(?![度级])|\bone[- ]year\b|\ba year\b",
    "TCO horizon 5 years": r"(?<![\d.,])5\s*(?:年|years?\b|-year)|(?<![\d一二三四五六七八九十第])五年|\bfive[- ]years?\b|(?<![\d.,])60\s*(?:个)?(?:月|months?\b|-month)|六十个月|\bsixty months\b",
}
THRESHOLD_RE = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}

SELF_TEST_HIT = {
    "availability 99.9 %": ["可用率不低于99.9%", "99.9 per cent", "百分之九十九点九"],
    "P1 response 4 hours": ["4小时内响应", "within 4 hours", "四小时", "four-hour response", "4-hour", "240 minutes"],
    "prepayment 30 %": ["预付30%", "30 per cent", "百分之三十", "thirty per cent", "30％"],
    "post-warranty fee 15 %": ["15%", "百分之十五", "fifteen percent"],
    "TCO share 40 %": ["40%", "百分之四十", "forty per cent"],
    "liability cap 100 %": ["100%", "百分之百", "one hundred per cent", "合同总价的1倍", "一倍"],
    "LD 0.05 %/day": ["0.05%", "万分之五", "0.35%"],
    "warranty 12 months": ["12个月", "十二个月", "12 months", "twelve months", "一年", "1年", "one year", "a year"],
    "TCO horizon 5 years": ["5年", "五年", "5 years", "five-year", "60个月", "60 months", "sixty months"],
}
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "14 hours", "24 hours", "130%", "150%", "115%", "30日", "30 days", "15日",
                  "140%", "1,000", "0.08%", "万分之五十", "112 months", "2026年", "第一年", "每年", "年度", "五个工作日",
                  "5 Business Days", "三年", "two years", "18 months", "十八个月", "两倍", "1.5倍", "2倍", "0.25 hours",
                  "2,100%", "100,000", "4,000", "4.5", "百分之三十五", "百分之十五点五", "per year", "yearly", "25年",
                  "150 per cent", "3,015%", "45%", "36个月", "60,000"]


def self_test():
    for k, hits in SELF_TEST_HIT.items():
        for s in hits:
            assert THRESHOLD_RE[k].search(s), (k, s)
    for s in SELF_TEST_MISS:
        for k, rx in THRESHOLD_RE.items():
            assert not rx.search(s), (k, s, rx.search(s))


def scan(text):
    bad = []
    for k, rx in THRESHOLD_RE.items():
        for m in rx.finditer(text):
            bad.append((k, m.group(0), text[max(0, m.start() - 30): m.end() + 30]))
    return bad


# ---------------------------------------------------------------- policy §3 / §4 re-applied to a label
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(c):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty fee for
    every year after the warranty (partial pro rata); fee base = itemised licence/hardware subtotal."""
    t, x = c["terms"], c["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * c["fee_base"] * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return {"tco": total, "post_warranty_fees": fees, "share_pct": fees / total * 100}


def apply_rules(c):
    t, x = c["terms"], c["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or c["forum_outside_mainland"]:
        r.append("CR-GOVERNING-LAW")
    tc = tco(c) if goods else None
    if tc and tc["share_pct"] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    sevs = {SEV[x] for x in r}
    risk = "high" if "high" in sevs else "medium" if "medium" in sevs else "low"
    return sorted(r), risk


def check_not_on_threshold(c):
    t, x = c["terms"], c["extra"]
    assert t["availability_pct"] != 99.9
    assert t["p1_response_hours"] != 4
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
    assert t["post_warranty_fee_pct"] != 15
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["warranty_months"] != 12
    tc = tco(c)
    assert tc is None or abs(tc["share_pct"] - 40) > 0.5


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

CONTRACTS = []  # filled by the parts below


def contract(key, file, fmt, lang, category, terms, extra, rules, risk, src, sums=(), must=(), fee_base=None,
             forum_outside_mainland=False):
    terms = dict(terms)
    assert list(terms) == TERM_KEYS, key
    CONTRACTS.append({"key": key, "file": file, "fmt": fmt, "lang": lang, "category": category, "terms": terms,
                      "extra": extra, "rules": sorted(rules), "risk": risk, "src": src, "sums": sums, "must": must,
                      "fee_base": fee_base, "forum_outside_mainland": forum_outside_mainland})


def T(**kw):
    return {k: kw[k] for k in TERM_KEYS}


# ================================================================ h277z01 — 林业局 森林火灾预警监测平台 (.docx, compliant)
Z01 = """T:江岚省森林火灾智能预警监测平台建设项目政府采购合同
P:合同编号：JLLY-ZC-2026-017    采购方式：公开招标    招标编号：JLZC2026-0398
P:采购人（甲方）：江岚省林业局
P:供应商（乙方）：山岳智感科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江岚省森林火灾智能预警监测平台建设项目签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责在甲方指定的六个重点林区完成热成像预警前端、林区微型气象站和边缘识别节点的供货、铁塔挂载、安装调试，并在省林业局机房部署森林火灾预警监测平台。
P:1.2 平台应实现烟火自动识别与告警、火险等级计算、告警推送至护林员APP、指挥调度大屏展示、历史火情统计分析等功能，具体以招标文件技术需求书为准。
P:1.3 乙方按甲方要求开发火险等级模型对接接口、护林员APP接口及指挥调度大屏，统称“定制开发成果”。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,986,000元（大写：叁佰玖拾捌万陆仟元整），为固定总价，含货物、软件许可、开发、运输、安装、调试、培训、税费及质保期内服务等全部费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱热成像云台摄像机|24台|86,500|2,076,000
TB:2|林区微型气象站|18套|23,800|428,400
TB:3|烟火识别边缘计算节点|24台|12,600|302,400
TB:4|预警监测平台软件许可（省级部署，永久）|1套|560,000|560,000
TB:5|定制开发（火险模型接口、护林员APP接口、指挥大屏）|1项|386,000|386,000
TB:6|铁塔挂载、安装调试|1项|200,200|200,200
TB:7|用户培训|1项|33,000|33,000
TB:|软硬件小计（第1至4项）||| 3,366,800
TB:|合计|||3,986,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即797,200元。
P:3.2 全部设备到货安装、平台部署完成并通过初步验收后，甲方支付合同总价的45%，即1,793,700元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即1,395,100元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政资金审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成全部前端设备安装和平台部署，并在防火期开始前具备试运行条件。
P:4.2 各前端点位的安装位置、挂载高度和供电方式由双方现场确认，确认单作为验收依据之一。
P:4.3 乙方应对甲方及各林区管护站不少于80名人员进行平台操作、告警处置和设备日常巡查培训，并在初步验收前交付设备清单、点位图、操作手册、运维手册及接口文档各一套。
P:4.4 乙方应在合同签订后10个工作日内向甲方提交履约保证金，金额为合同总价的3%，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收：乙方完成安装部署后提出申请，甲方组织对设备数量、型号、点位、平台功能逐项核对。
P:5.2 最终验收在连续试运行60日后进行，验收标准为：（一）烟火识别在5公里范围内的告警准确率不低于92%，误报率每路每日不超过3次；（二）告警从识别到推送至护林员APP不超过15秒；（三）气象站数据每10分钟上传一次，缺报率低于2%；（四）试运行期间未发生一级故障；（五）定制开发成果全部交付并通过功能测试；（六）完成第三方网络安全等级保护测评。
P:5.3 设备到货、安装、平台上线运行或甲方付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件缺陷修复和版本升级。乙方应在省内设立备品备件库，储备不少于两台热成像云台摄像机和三套气象站主要部件，并在每年防火期开始前完成一次全面巡检，提交巡检报告。
P:6.2 平台月可用率不低于99.95%。一级故障（平台中断、整片林区告警失效）30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内修复。
P:6.3 一级故障响应或恢复每超时1小时，乙方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元，从质保金或后续款项中扣除。
P:6.4 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过269,344元，该标准在质保期满后两年内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集的视频、图像、告警记录、气象数据及护林员信息均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:7.2 乙方应按网络安全等级保护第三级要求部署平台，远程运维须经甲方审批并通过堡垒机进行，全程留痕。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对履行本合同获知的甲方林区分布、防火设施、指挥体系等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发成果（含源代码、接口文档、大屏设计文件）的知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
P:9.2 平台软件产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的货物不符合合同约定的，应无条件更换，并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:本项目不得转包。铁塔高空挂载作业如需委托具备资质的专业单位实施，乙方须事先取得甲方书面同意，并对其工作成果承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 不可抗力
P:因地震、山火、暴雨等不可抗力导致不能履行合同的，受影响一方应在3日内通知对方并提供证明，在影响范围内免除责任；不可抗力持续超过60日的，双方可协商解除合同。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：技术需求书、点位清单、分项报价表、验收方案。
P:甲方（盖章）：江岚省林业局    乙方（盖章）：山岳智感科技股份有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年  月  日    签订日期：2026年  月  日
"""

contract(
    "h277z01", "h277z01_forestry_bureau_fire_warning_platform.docx", "docx", "zh", "hardware",
    T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
      acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
      auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
      governing_law="PRC", contract_kind="goods_or_licence"),
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 3986000},
    [], "low", Z01,
    sums=[([2076000, 428400, 302400, 560000, 386000, 200200, 33000], 3986000),
          ([24 * 86500, 18 * 23800, 24 * 12600, 560000], 3366800),
          ([797200, 1793700, 1395100], 3986000), ([3986000 * 20 // 100, 3986000 * 45 // 100, 3986000 * 35 // 100], 3986000),
          ([3366800 * 8 // 100], 269344)],
    must=["3,986,000", "20%", "99.95%", "30分钟内响应", "千分之一", "三年", "8%", "269,344", "适用中华人民共和国法律"],
    fee_base=3366800)


# ================================================================ h277z02 — 啤酒厂 发酵酒窖控制系统 + 维保 (.txt)
Z02 = """澜江啤酒有限公司
发酵酒窖自动控制系统采购及维保合同

合同编号：LJPJ-SB-2026-0211

甲方（买方）：澜江啤酒有限公司
地址：澜江市经济开发区酿造路18号

乙方（卖方）：恒酿自动化工程有限公司
地址：澜江市高新区智造大道266号

鉴于甲方拟对二号酿造车间发酵酒窖的96个发酵罐和清酒罐实施温度、压力、液位的集中自动控制，乙方具备相应的工业自动化系统集成能力，双方经友好协商，就该系统的供货、实施及质保期满后的维保服务达成如下协议。

一、合同标的与价格

（一）乙方向甲方提供发酵酒窖自动控制系统，包括PLC控制柜、罐体传感器、冷媒调节阀、上位监控软件、工业网络，并完成控制程序编制、MES接口开发及现场安装调试。

（二）合同总价为人民币2,007,000元，含税、含运输及安装，明细如下：

序号 | 名称 | 数量 | 单价（元） | 金额（元）
1 | PLC控制柜（冗余CPU） | 6套 | 128,000 | 768,000
2 | 罐体温度/压力/液位变送器 | 96套 | 3,150 | 302,400
3 | 乙二醇冷媒电动调节阀 | 96台 | 2,600 | 249,600
4 | 上位监控软件许可（运行版+开发版） | 1套 | 286,000 | 286,000
5 | 工业交换机及光纤环网 | 1批 | 112,000 | 112,000
— | 软硬件小计（1至5项） | — | — | 1,718,000
6 | 控制程序编制及MES接口开发 | 1项 | 168,000 | 168,000
7 | 安装调试及配管配线 | 1项 | 121,000 | 121,000
— | 合同总价 | — | — | 2,007,000

（三）上述价格为固定价格，除甲方书面变更需求外，不作调整。设备均应为原厂全新产品，变送器和调节阀须具备防爆合格证及出厂校验报告，并满足食品级卫生安装要求。

二、交货与安装

（一）乙方应在合同签订后45日内将全部设备运抵甲方二号酿造车间，并在到货后40日内完成安装、接线和单机调试。

（二）安装调试应避开甲方的发酵批次高峰，具体作业窗口由甲方生产部提前一周书面确定。乙方施工人员须遵守甲方的食品安全、防爆和卫生管理规定。

（三）乙方在初步调试完成后，应对甲方酿造、设备和信息部门人员进行不少于三天的操作和维护培训。

三、付款

（一）合同签订后10个工作日内，甲方支付合同总价的25%，即501,750元作为预付款。

（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即702,450元。到货签收仅确认数量和外观，不代表质量验收。

（三）系统通过最终验收后，甲方支付合同总价的35%，即702,450元。

（四）余款5%即100,350元作为质量保证金，质保期满且无未决质量问题后支付。

四、验收

（一）系统连续稳定运行72小时后，乙方可申请最终验收。

（二）验收标准：1．各发酵罐温度控制精度在设定值±0.3℃以内；2．压力、液位超限报警及冷媒阀联锁动作全部测试通过；3．上位监控画面刷新周期不超过2秒；4．MES接口上传的批次数据与现场仪表读数逐项一致；5．控制程序源代码、电气图纸、操作和维护手册交付齐全。

（三）任何一项不合格的，乙方应在10日内整改后重新验收；设备安装完毕或甲方投入使用，均不视为验收通过。

五、质量保证

（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换、上门服务费用均由乙方承担。

（二）故障分级与响应：一级故障（任一发酵罐失去温度控制或冷媒系统联锁失效）1小时内响应，6小时内到达现场，12小时内排除；二级故障2小时内响应，次日内排除；三级故障在下次例行巡检时处理。

（三）乙方一级、二级故障响应或到场每超时1小时，向甲方支付800元违约金；因乙方原因造成整罐啤酒报废的，乙方按该罐酒液的生产成本赔偿。

六、质保期满后的维保服务

（一）质保期满后，乙方继续为甲方提供维保服务，包括备品备件供应、每月一次驻场巡检、远程技术支持、软件版本升级和故障抢修，服务标准同第五条第（二）项。

（二）维保年费按软硬件小计的24%计取，即每年412,320元，含备品备件费用，在质保期满后三年内保持不变，按季度于每季度结束后15日内支付。

（三）维保期届满前两个月，双方另行协商是否续签，未续签的维保服务自然终止。

七、数据与网络安全

（一）系统采集和生成的工艺参数、发酵曲线、配方数据、批次记录及操作日志均属于甲方所有，乙方只能为履行本合同使用，不得复制、带离或向第三方提供。

（二）乙方应在控制网与办公网之间部署工业防火墙，远程维护须经甲方信息部逐次授权并通过甲方的VPN和堡垒机接入，操作全程记录。

（三）发生数据泄露、篡改或病毒感染等安全事件，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

八、保密

乙方及其人员对在履约过程中知悉的甲方酿造工艺、配方、产能及经营信息负有保密义务，保密期限至该等信息依法公开之日止。

九、知识产权

控制程序、组态画面和MES接口程序的源代码及文档，其知识产权归甲方所有，甲方可自行修改、复制并交由其他单位维护。上位监控软件产品本身的著作权归原厂所有，甲方获得永久使用许可。

十、分包

乙方可将配管配线及保温施工交由其合作的安装单位完成，但应提前五个工作日通知甲方，并对其施工质量和安全负责。

十一、违约责任

（一）乙方未按期交货或完成安装调试的，每逾期一日，按合同总价的万分之七向甲方支付违约金。

（二）乙方在本合同项下承担的违约金和赔偿总额，以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。

（三）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。

十二、安全生产与现场管理

（一）乙方进入甲方厂区作业前，应提交作业人员名单、特种作业资格证书及意外伤害保险凭证，并参加甲方组织的安全和食品卫生培训。

（二）乙方在发酵酒窖内动火、登高、临时用电，须按甲方规定办理作业许可；因乙方违章作业造成人员伤亡、设备损坏或酒液污染的，由乙方承担全部责任。

（三）施工过程中产生的包装物、废线缆等由乙方每日清理出场，不得影响车间卫生和正常生产。

十三、技术资料与变更

（一）乙方应在最终验收前移交完整的竣工资料，包括电气原理图、接线图、PLC程序备份、组态工程文件、仪表校验记录、设备合格证和说明书，纸质版两套、电子版一套。

（二）甲方在实施过程中提出功能变更的，双方以书面形式确认变更内容、费用和工期；未经书面确认，乙方不得擅自变更设计或设备型号。

十四、不可抗力

因不可抗力不能履行本合同的，受影响方应及时通知对方，并在15日内提供有关证明，双方据此协商延期履行或部分免除责任。

十五、合同解除

乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。

十六、法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交澜江仲裁委员会仲裁。

十七、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：点位表；附件三：验收大纲。

甲方（盖章）：澜江啤酒有限公司          乙方（盖章）：恒酿自动化工程有限公司
授权代表：                              授权代表：
日期：2026年  月  日                    日期：2026年  月  日
"""

contract(
    "h277z02", "h277z02_brewery_fermentation_cellar_control.txt", "txt", "zh", "hardware",
    T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.07, liability_cap_pct=200, prepayment_pct=25,
      acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=24,
      auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
      governing_law="PRC", contract_kind="goods_or_licence"),
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 2007000},
    ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-SUBCONTRACT"], "high", Z02,
    sums=[([6 * 128000, 96 * 3150, 96 * 2600, 286000, 112000], 1718000), ([1718000, 168000, 121000], 2007000),
          ([501750, 702450, 702450, 100350], 2007000),
          ([2007000 * 25 // 100, 2007000 * 35 // 100, 2007000 * 35 // 100, 2007000 * 5 // 100], 2007000),
          ([1718000 * 24 // 100], 412320)],
    must=["2,007,000", "25%", "1小时内响应", "万分之七", "十八个月", "24%", "412,320", "两倍", "提前五个工作日通知甲方",
          "适用中华人民共和国法律"],
    fee_base=1718000)


# ================================================================ h277z03 — 少儿编程连锁 约课SaaS + 实施 (.md)
Z03 = """# 课栈云约课管理系统订阅及实施服务合同

**合同编号：** KZY-2026-SaaS-0457

**甲方（客户）：** 码趣少儿编程教育科技有限公司（下称“甲方”），住所：广州市天河区体育东路122号

**乙方（服务商）：** 课栈云（杭州）信息技术有限公司（下称“乙方”），住所：杭州市滨江区网商路599号

甲方在全国经营30家少儿编程培训校区，拟统一使用线上约课、排课、课消和家长端小程序。乙方提供“课栈云”约课管理系统的云端订阅服务及实施服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 **订阅服务**：乙方在订阅期内向甲方全部30个校区开通课栈云系统（含机构管理后台、教师端、家长端小程序、课消统计和财务对账模块），以软件即服务方式提供，甲方无需购买服务器或软件许可。

1.2 **实施服务**：乙方负责历史学员和课包数据迁移、小程序品牌定制配置、微信支付及甲方财务系统对接、校区管理员培训，并在实施完成后协助甲方切换上线。

1.3 **订阅期**：两年，自系统上线验收合格之日起计算。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费 | 30个校区 × 6,800元/校区/年 × 两年 | 408,000 |
| 实施费 | 固定总价（数据迁移、定制配置、支付对接、培训） | 96,000 |
| **合同总金额** | | **504,000** |

2.1 订阅期内新增校区，按每校区每年6,800元按月折算计费；关闭校区的，自次一计费季度起不再计费。

2.2 合同总金额已含增值税。除本合同列明的费用外，乙方不得以短信、存储、版本升级、新增功能模块等名义另行收费。订阅期内乙方不得上调订阅单价。

## 3. 付款

3.1 实施费在系统上线验收合格后15个工作日内一次性支付。

3.2 订阅费按季度支付，每季度51,000元，由甲方在每个服务季度结束后15个工作日内凭乙方发票支付。

3.3 甲方不向乙方支付任何预付款。

3.4 乙方应在每次收款前开具增值税专用发票，发票抬头为甲方，各校区的费用明细作为发票附件。甲方有权从应付款项中直接扣除本合同约定的服务抵扣金额和违约金，扣除后应书面告知乙方扣款依据。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施并申请上线验收。

4.2 上线验收标准：（1）30个校区的学员、课包、剩余课时迁移后与甲方原系统逐条核对一致；（2）家长端小程序在500个并发预约下，预约提交响应时间不超过2秒；（3）微信支付与甲方财务系统对账连续7日无差异；（4）甲方确认的定制配置清单全部实现。

4.3 以上各项经甲方书面确认后视为上线验收合格。乙方开通账号或甲方试用，不视为验收。

4.4 乙方未能按期通过上线验收的，每逾期一日，按合同总金额的万分之八向甲方支付违约金。

## 5. 服务水平

5.1 系统月可用率不低于99.5%（计划内维护须提前48小时通知，且安排在每日22:00至次日7:00之间，不计入不可用时间）。

5.2 故障响应：一级故障（全部校区无法预约或支付）30分钟内响应，3小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内修复。

5.3 服务抵扣：月可用率低于承诺值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障每超时恢复1小时，另行抵扣500元。抵扣金额从下一季度订阅费中扣除。

## 6. 日常支持与培训

6.1 乙方为甲方指定专属客户成功经理一名，工作日9:00至21:00提供在线及电话支持，寒暑假招生高峰期延长至每日22:00，并在每季度末向甲方提交服务报告，列明可用率、故障记录、抵扣金额及需求处理情况。

6.2 乙方每季度组织一次线上培训，面向新入职的校区管理员和教师；系统功能重大更新前，乙方应提前10日通知甲方并提供更新说明，不得删减甲方已在使用的功能。

6.3 甲方负责提供迁移所需的原系统数据导出文件，指定项目联系人，并在乙方提交验收申请后7个工作日内组织验收。

## 7. 续期

7.1 订阅期届满前30日，任何一方未书面提出不续约的，本合同自动续期两年。

7.2 续期时，乙方有权根据市场情况调整订阅单价，上调幅度不超过原单价的10%，并应在续期前30日书面通知甲方。

## 8. 数据归属与数据安全

8.1 甲方通过系统录入或产生的学员、家长、教师、课程和交易数据（“甲方数据”）归甲方所有。

8.2 甲方同意，乙方可将甲方数据进行去标识化处理后，用于乙方产品功能优化、算法训练及编制少儿教育行业研究报告，该等使用在合同终止后仍可继续。

8.3 乙方应按网络安全等级保护第三级要求运营系统，对甲方数据加密存储和传输，实行最小权限访问，并遵守《个人信息保护法》关于不满十四周岁未成年人个人信息的特别规定。

8.4 发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的监管处罚和对家长的赔偿。

8.5 合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并删除其系统及备份中的甲方数据，并向甲方出具书面删除确认。乙方的运维人员应签署数据安全承诺书，离职时及时注销其访问权限。

## 9. 保密

双方对在合作中获知的对方商业秘密、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。乙方应确保其员工和顾问承担同等保密义务，并对其违反保密义务的行为负责。

## 10. 知识产权

10.1 课栈云系统的著作权及相关知识产权归乙方所有。

10.2 乙方为甲方定制的小程序页面、品牌素材、报表模板及接口配置归甲方所有，甲方可自行修改或交由第三方使用。

## 11. 责任限制

乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但第8条项下的数据安全责任及乙方故意或重大过失造成的损失不受此限。

## 12. 分包

乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

## 13. 合同解除

13.1 一方严重违约，经对方书面催告后15日内未予纠正的，守约方有权解除本合同。

13.2 连续两个月月可用率低于99%的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。

## 14. 不可抗力及服务过渡

14.1 因不可抗力、公共云基础设施大面积故障或政府管制导致服务中断的，乙方应立即通知甲方并尽力恢复；该期间不计入不可用时间，但乙方应免收相应期间的订阅费。

14.2 本合同因任何原因终止或到期不续的，乙方应在终止后60日内维持系统只读访问，配合甲方将数据迁移至新系统，不另收费用。

## 15. 法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会按其仲裁规则仲裁。

## 16. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、定制配置清单、数据迁移方案。

**甲方（盖章）：** 码趣少儿编程教育科技有限公司　　**乙方（盖章）：** 课栈云（杭州）信息技术有限公司

授权代表：__________　　授权代表：__________

日期：2026年__月__日
"""

contract(
    "h277z03", "h277z03_coding_school_course_booking_saas.md", "md", "zh", "cloud",
    T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 504000},
    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium", Z03,
    sums=[([30 * 6800 * 2, 96000], 504000), ([51000] * 8, 408000)],
    must=["504,000", "99.5%", "30分钟内响应", "万分之八", "150%", "自动续期", "上调幅度不超过原单价的10%", "去标识化",
          "适用中华人民共和国法律"])


# ================================================================ h277z04 — 博物馆 客流及导览系统 年度运维 (.pdf)
Z04 = """T:澄州市博物馆客流监测及智慧导览系统年度运维服务合同
P:项目编号：CZZC-2026-CS-0086（竞争性磋商）
P:采购人（甲方）：澄州市博物馆
P:供应商（乙方）：观澜数智科技有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就澄州市博物馆客流监测及智慧导览系统年度运维服务订立本合同。
H:第一条 服务范围
P:（一）运维对象：甲方现有客流监测系统（出入口闸机计数器42套、展厅热力摄像机36台、客流分析平台）和智慧导览系统（导览APP、微信小程序、自助讲解机320台、展品二维码及蓝牙信标）。
P:（二）服务内容：系统日常监控、故障处理、设备巡检维护、软件缺陷修复、特展导览内容更新上线、节假日及特展期间应急保障、运维文档编制。
P:（三）服务期：自2026年4月1日起至2027年3月31日止。服务期满本合同自动终止，需继续采购的，由甲方重新履行政府采购程序。
H:第二条 服务费用
P:本合同总价为人民币680,000元（含税），为服务期内全部服务的固定总价，构成如下：
P:1．驻场运维（两名工程师，开馆日驻场）：316,800元；
P:2．客流监测设备巡检维护：138,600元；
P:3．导览系统内容更新及维护：124,000元；
P:4．备品备件包干：58,000元；
P:5．节假日及特展应急保障：42,600元。
P:合计：680,000元。
H:第三条 付款
P:（一）服务费按季度支付，每季度170,000元。甲方在每季度服务结束、季度考核完成后20个工作日内，根据考核结果支付当季服务费。
P:（二）本合同不设预付款。季度考核中的扣款，从当季服务费中直接扣除。
P:（三）乙方应在请款时开具增值税发票，并附季度考核结果确认单；甲方付款通过财政国库集中支付系统办理。
H:第四条 服务要求
P:（一）驻场工程师在开馆日8:30至17:30在岗，春节、国庆等节假日及特展开幕期间延长至闭馆后一小时。
P:（二）乙方每月对闸机计数器、热力摄像机、讲解机及信标进行一次巡检，每季度对计数准确率进行一次人工复核，计数误差应控制在3%以内。
P:（三）甲方每个特展的导览内容（文字、语音、图片）由甲方提供素材，乙方应在收到素材后10个工作日内完成制作、测试和上线。
P:（四）乙方应在服务期开始后30日内完成系统现状评估，提交设备台账和运维方案；在服务期内完成一次导览APP的系统安全加固和版本升级。
P:（五）乙方应在每季度结束后5个工作日内向甲方提交季度运维报告，内容包括系统可用率统计、故障清单及处理过程、巡检记录、备品备件消耗、客流计数复核结果、导览内容上线记录和下一季度工作计划。
H:第五条 服务水平
P:（一）客流分析平台和导览APP的月可用率均不低于99.95%。
P:（二）故障分级：一级故障（客流平台或导览APP整体不可用，或闸机计数全部中断）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分展厅设备或功能异常）1小时内响应，当日闭馆前修复；三级故障在三个工作日内处理。
P:（三）服务扣款：一级故障响应、到场或恢复每超时30分钟，扣减500元；月可用率每低于承诺值0.01个百分点，扣减当季服务费的0.5%；季度考核得分低于85分的，每低1分扣减当季服务费的0.2%。
H:第六条 考核与验收
P:（一）甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括故障响应、巡检记录、计数准确率、内容上线及时率和游客投诉处理情况。
P:（二）服务期届满时，甲方组织年度验收，验收标准为：全部季度考核得分不低于85分；运维文档、设备台账、巡检记录、故障记录齐全；系统安全加固和版本升级已完成并通过甲方测试；全部设备运行正常。
P:（三）验收合格后，甲方出具年度验收报告。乙方提交的季度报告未经甲方确认的，不视为考核通过。
H:第七条 人员与甲方配合
P:（一）乙方驻场工程师应具备三年以上同类系统运维经验，名单及资质证明在服务期开始前报甲方确认；更换驻场人员须提前10个工作日书面申请，经甲方同意后方可更换，且新人员资质不得低于原人员。
P:（二）乙方人员进入展厅和库区应遵守甲方安全保卫、文物保护和观众服务规定，着统一工装并佩戴工作证，不得在展厅内攀爬展柜或在开放时段进行影响观众参观的作业。
P:（三）甲方为驻场工程师提供办公场所、网络接入和必要的工具柜，指定信息中心一名联系人负责日常协调，并及时提供特展导览素材和考核所需的客流人工统计数据。
H:第八条 服务交接
P:服务期届满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商移交全部账号、配置、运维文档、设备台账和未结故障清单，并提供不少于五个工作日的交接陪同，交接费用已包含在合同总价中。
H:第九条 数据安全
P:（一）客流统计数据、游客导览使用记录、讲解机日志等数据归甲方所有，乙方仅可为本合同运维目的使用，不得复制、对外提供或用于其他任何用途。
P:（二）乙方应落实网络安全等级保护要求，远程运维须经甲方书面批准并通过甲方指定的运维审计系统进行；驻场工程师使用的终端须安装甲方指定的安全软件，不得接入外部存储设备。
P:（三）发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因导致的，乙方承担全部责任，赔偿甲方因此遭受的损失。
H:第十条 知识产权
P:乙方在服务期内编制的运维文档、设备台账、导览内容成品、配置脚本等工作成果，其知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。
H:第十一条 违约责任
P:（一）乙方未按第四条第（三）项、第（四）项约定的期限完成导览内容上线、现状评估、安全加固或版本升级的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方驻场工程师无故缺岗的，每人每日扣减800元。
P:（三）乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的服务转包或分包给任何第三方。
H:第十三条 合同解除
P:（一）乙方连续两个季度考核得分低于70分，或发生重大违约经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按已提供的服务结算费用。
P:（二）因甲方原因导致合同无法履行的，双方协商解除。
H:第十四条 不可抗力
P:因不可抗力导致服务中断的，乙方应立即通知甲方并采取措施减少损失，在不可抗力影响期间相应免除责任，但应在影响消除后尽快恢复服务。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（二）双方的通知应以书面形式送达双方在附件中确认的联系地址或电子邮箱，一方变更联系方式的，应在变更后三日内通知对方，否则按原地址送达即视为有效送达。
P:（三）本合同一式四份，甲方三份，乙方一份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:附件：竞争性磋商文件服务需求、乙方响应文件、季度考核细则、设备清单。
P:甲方（盖章）：澄州市博物馆    乙方（盖章）：观澜数智科技有限公司
P:授权代表：__________    授权代表：__________
P:签订日期：2026年3月  日
"""

contract(
    "h277z04", "h277z04_museum_visitor_flow_guide_annual_om.pdf", "pdf", "zh", "services",
    T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 680000},
    ["CR-CONFIDENTIALITY", "CR-LD-LOW"], "medium", Z04,
    sums=[([316800, 138600, 124000, 58000, 42600], 680000), ([170000] * 4, 680000)],
    must=["680,000", "99.95%", "15分钟内响应", "万分之三", "适用中华人民共和国法律"])


# ================================================================ h277z05 — 茶油 溯源系统 许可 + 定制开发, 乙方合同范本 (.md, many findings)
Z05 = """链源溯标准合同文本 V4.0（软件许可及定制开发类）

# 茶油质量追溯系统软件许可及定制开发合同

合同编号：LYS-HT-2026-0733

甲方：翠岭茶油股份有限公司
住所：江西省宜春市袁州区油茶产业园6号

乙方：链源溯信息科技有限公司
住所：南昌市红谷滩区丰和中大道1099号

甲方因建立山茶油“从油茶林到餐桌”全过程质量追溯体系的需要，委托乙方提供“链源溯”追溯平台软件许可并进行定制开发。乙方为国内农产品追溯领域的软件服务商。双方根据《中华人民共和国民法典》，在平等自愿的基础上签订本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供链源溯追溯平台（企业版）软件许可一套，部署于甲方指定的云服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：油茶林基地采集APP（种植、施肥、采摘记录）、压榨及精炼车间数据接口、灌装线一物一码赋码系统对接、消费者扫码查询页面（统称“定制开发成果”）。

1.3 乙方负责系统安装部署、基础数据初始化及甲方操作人员培训。

1.4 甲方应负责：提供云服务器、网络环境及域名备案；提供油茶林基地分布、压榨车间工艺流程、灌装线设备型号等开发所需资料；指定项目负责人，及时确认需求说明书和界面设计；协调灌装线设备厂商配合赋码系统对接。因甲方未履行上述义务造成的一切后果由甲方承担。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链源溯追溯平台软件许可（企业版，永久） | 420,000 |
| 2 | 定制开发（采集APP、车间接口、赋码对接、扫码查询页） | 386,000 |
| 3 | 实施部署及培训 | 64,000 |
| | 合计 | 870,000 |

合同金额含税，不含甲方自行采购的云服务器、短信通道、赋码耗材及灌装线改造费用。甲方要求在上述开发范围之外增加功能的，按乙方人天单价2,600元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同金额的50%，即435,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统安装部署完成后5个工作日内，甲方支付剩余50%，即435,000元。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延，且甲方应按每日千分之一支付逾期付款违约金。

## 第四条 交付

4.1 乙方应在收到预付款后60个工作日内完成定制开发并部署上线。因甲方需求变更、资料提供不及时或甲方云服务器未就绪造成的延误，工期相应顺延。

4.2 乙方交付内容为：可运行的系统、安装部署说明、用户操作手册。源代码不属于交付内容。

4.3 乙方在部署完成后为甲方提供两次集中培训，每次不超过一天，培训地点在甲方所在地，参训人员由甲方组织。额外培训按乙方人天单价计费，差旅费用由甲方承担。

4.4 甲方应在需求说明书提交后5个工作日内书面确认，逾期未确认的，视为甲方同意乙方提交的需求说明书。

## 第五条 验收

5.1 乙方完成系统安装部署后，即视为甲方验收合格。

5.2 甲方在系统上线后对系统提出的意见，乙方将在后续版本中酌情改进，但不影响验收结论及付款。

## 第六条 知识产权

6.1 链源溯平台及乙方为甲方进行的定制开发成果（包括但不限于采集APP、接口程序、赋码对接模块、查询页面、相关源代码及文档）的全部知识产权均归乙方所有。

6.2 乙方授予甲方在本合同约定范围内非独占、不可转让地使用定制开发成果的权利。甲方不得对其进行修改、反向工程，亦不得交由第三方维护。

6.3 乙方有权将定制开发成果用于其他客户或纳入乙方的标准产品。

## 第七条 数据

7.1 甲方在系统中产生的种植、加工、检测和销售数据由甲方和乙方共同使用。

7.2 甲方同意乙方在对上述数据进行脱敏处理后，用于乙方的农产品追溯行业大数据分析、产品研发和对外提供的行业数据服务，且不因本合同终止而受影响。

7.3 系统数据存储于甲方提供的云服务器，乙方运维人员因维护需要可随时远程登录服务器，甲方应为乙方开通相应账号和权限。

7.4 乙方采取访问控制、数据加密和日志审计等措施保障系统数据安全；因乙方原因导致甲方数据泄露的，乙方应在发现后48小时内通知甲方，并承担相应赔偿责任，但以第11.2条约定的限额为限。

## 第八条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但根据法律法规要求披露的除外。乙方的产品架构、报价、人天单价及本合同文本属于乙方的商业秘密，甲方不得向其他供应商透露。保密期限为合同终止后两年。

## 第九条 免费维护与技术支持

9.1 系统安装部署完成后，乙方提供六个月的免费维护，内容包括软件缺陷修复和远程技术支持。

9.2 故障响应：一级故障（系统整体无法使用）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在下一版本中处理。

9.3 乙方将尽力按上述时限处理故障，但乙方不因响应或处理超时承担任何扣款、赔偿或违约责任。

## 第十条 维护期满后的服务

10.1 免费维护期满后，甲方如需乙方继续提供维护和升级服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的价格标准执行。

10.2 甲方未签订年度维护协议的，乙方不再提供任何维护、升级或故障处理服务。

10.3 维护期内乙方发布的平台新版本，甲方可按乙方通知的时间升级；甲方要求保留旧版本的，乙方不保证旧版本的兼容性和安全性。因甲方自行修改服务器配置或第三方软件造成的故障，不属于维护范围，乙方可按人天单价另行收费。

## 第十一条 违约责任

11.1 因乙方原因未能按期完成部署的，每逾期一日，乙方按合同金额的万分之六向甲方支付违约金，违约金总额不超过合同金额的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金及数据安全责任）累计不超过合同金额的20%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

## 第十二条 分包与合作

乙方有权根据项目需要，将部分开发、测试或部署工作委托给乙方的合作伙伴完成，无需另行征得甲方同意。

## 第十三条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。合同解除后，甲方已支付的预付款不予退还，但乙方已完成工作量明显低于已付金额的除外。合同解除后，甲方应立即停止使用定制开发成果，乙方可停止系统访问并在30日后清除系统数据。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方如有特别约定，以补充协议形式另行约定。

15.3 因不可抗力、网络运营商故障、云服务商故障或政策调整导致乙方无法履行本合同的，乙方不承担责任。

15.4 乙方有权在其宣传材料和客户案例中使用甲方的名称和商标，甲方另有书面要求的除外。

甲方（盖章）：翠岭茶油股份有限公司　　　乙方（盖章）：链源溯信息科技有限公司

代表签字：__________　　　代表签字：__________

日期：____年__月__日
"""

contract(
    "h277z05", "h277z05_tea_oil_traceability_supplier_template.md", "md", "zh", "software",
    T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
      buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.06, liability_cap_pct=20, prepayment_pct=50,
      acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
      auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
      governing_law=None, contract_kind="goods_or_licence"),
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False, "acceptance_deemed_on_delivery": True,
     "contract_value": 870000},
    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
     "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], "high", Z05,
    sums=[([420000, 386000, 64000], 870000), ([435000, 435000], 870000), ([870000 * 50 // 100], 435000)],
    must=["870,000", "50%", "即视为甲方验收合格", "全部知识产权均归乙方所有", "脱敏", "六个月", "8小时内响应",
          "承担任何扣款、赔偿或违约责任", "乙方当年公布的价格标准", "万分之六", "20%", "无需另行征得甲方同意"],
    fee_base=420000)


# ================================================================ h277e01 — Longquan sword forge CAD perpetual licences (.pdf, one low finding)
E01 = """T:Software Licence and Services Agreement - BladeForm CAD/CAM
P:Agreement No. UKS-CN-2026-0142
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Longquan Qingfeng Sword Forge Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Jianchi Road, Longquan, Zhejiang Province (the "Customer"); and
P:(2) Urkevitz Konstruktionssoftware GmbH, a company registered in Germany with its seat at Hafenstrasse 4, Urkevitz-Hafen, Insel Urkevitz (the "Vendor").
H:Background
P:(A) The Customer designs and forges traditional Longquan swords, kitchen knives and decorative blades and wishes to replace its two-dimensional drawing tools with parametric three-dimensional design, forging simulation and CNC grinding output.
P:(B) The Vendor develops and licenses the BladeForm CAD/CAM suite and the ForgeSim heat-treatment simulation module.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "Licensed Software" means the BladeForm Designer and ForgeSim programs, the network licence server and their documentation, in object code, together with all corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the blade-profile template library, the Damascus pattern generator and the legacy-drawing conversion scripts developed by the Vendor specifically for the Customer under Schedule 2.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Section 6.3.
P:1.4 "Customer Data" means drawings, models, pattern files, forging recipes, production parameters and any other data created or stored by the Customer using the Licensed Software.
H:Section 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the number of seats set out in Section 3, at the Customer's sites in Longquan, for its own business purposes.
P:2.2 The Customer may make copies of the Licensed Software for backup and disaster-recovery purposes. Seats are floating and are managed by the network licence server installed on the Customer's premises.
P:2.3 The licence does not expire and does not depend on the purchase of maintenance services.
H:Section 3 Prices
P:3.1 The total contract price is CNY 1,006,000 (the "Contract Price"), inclusive of VAT, made up as follows:
P:Item 1 - BladeForm Designer perpetual licences: 14 seats x CNY 38,500 = CNY 539,000
P:Item 2 - ForgeSim simulation module perpetual licences: 4 seats x CNY 62,000 = CNY 248,000
P:Item 3 - Network licence server (perpetual): CNY 26,000
P:Licence subtotal (Items 1 to 3): CNY 813,000
P:Item 4 - Custom Deliverables (Schedule 2): CNY 118,000
P:Item 5 - Installation, configuration and migration of legacy drawings: CNY 54,000
P:Item 6 - Training (three on-site sessions): CNY 21,000
P:Contract Price: CNY 1,006,000
P:3.2 The Contract Price is fixed. It includes travel, translation and interpretation costs of the Vendor's staff for all on-site work.
H:Section 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 201,200) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 452,700) after the Vendor has installed the Licensed Software on all seats and both parties have signed an Installation Certificate. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 352,100) within 30 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Section 5 Delivery and Installation
P:5.1 The Vendor shall make the Licensed Software available for download and shall install and configure it at the Customer's sites within 45 days after signature.
P:5.2 The Vendor shall convert the Customer's legacy drawings listed in Schedule 3 into BladeForm models and shall deliver the Custom Deliverables, with source code and documentation, within 90 days after signature.
P:5.3 The Customer shall provide workstations meeting the Vendor's published requirements, network access for the licence server and the legacy drawing files.
P:5.4 If the Vendor fails to complete installation or to deliver the Custom Deliverables by the dates in Sections 5.1 and 5.2, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Section 6 Acceptance
P:6.1 Within 15 days after the Vendor notifies completion, the parties shall carry out the acceptance tests in Schedule 4.
P:6.2 The acceptance criteria are: (a) all 18 seats obtain a licence from the network licence server and can run concurrently; (b) every legacy drawing in Schedule 3 opens as a parametric model with dimensional deviation not exceeding 0.02 mm; (c) the template library generates each of the 36 standard blade profiles; (d) the pattern generator exports CNC grinding paths accepted by the Customer's two grinding centres; (e) the ForgeSim module reproduces the reference quench test within the tolerance stated in Schedule 4; and (f) ten working days of production use without a Severity 1 fault.
P:6.3 When all criteria are met the Customer shall issue a Final Acceptance certificate. Installation, use of the Licensed Software in production or any payment does not amount to acceptance.
P:6.4 If a test fails, the Vendor shall correct the defect and repeat the test within 10 days at its own cost.
H:Section 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and provide the support below free of charge.
P:7.2 Severity 1 (the licence server is down or no seat can be used): the Vendor shall respond within 2 hours of the Customer's report, by telephone or remote session, and provide a workaround within one Business Day. Severity 2 (a function is unavailable for some users): response within 8 business hours and correction in the next patch.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 600 against the next invoice or pay that amount on demand.
P:7.4 Support is provided in Chinese or English through the Vendor's Hangzhou support partner and the Vendor's own engineers.
H:Section 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Customer may buy annual maintenance (new versions, corrections, Severity 1 and 2 support on the terms of Section 7) for 11% of the licence subtotal, that is CNY 89,430 per year.
P:8.2 This fee is fixed for the first three maintenance years. Any later increase requires the Customer's written agreement and may not exceed 3% per year.
P:8.3 Maintenance is ordered by a separate purchase order for each maintenance year and does not renew automatically.
H:Section 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Licensed Software.
P:9.2 All rights in the Custom Deliverables, including their source code, vest in the Customer on payment of the relevant instalment. The Customer may use, modify, copy and license the Custom Deliverables freely, including to third parties who maintain them for it.
H:Section 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, retain or disclose it.
P:10.2 The licence server communicates only licence status to the Vendor and transmits no drawings, models or other Customer Data. Remote support sessions require the Customer's approval for each session and are recorded by the Customer.
P:10.3 The Vendor shall keep any Customer Data it receives for support purposes encrypted, delete it when the support case closes, and notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data. The Vendor is liable for all loss caused by a breach of this Section.
H:Section 11 Confidentiality
P:Each party shall keep confidential all non-public information of the other party, including the Customer's blade designs, forging methods and prices, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Section 12 Liability
P:The aggregate liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for breach of Sections 10 and 11, infringement of third-party rights, wilful misconduct or personal injury.
H:Section 13 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Hangzhou support partner named in Schedule 5 is approved on signature. The Vendor remains responsible for any subcontractor.
H:Section 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if delay damages reach their maximum.
P:14.2 On termination by the Customer under Section 14.1, the Vendor shall refund the amounts paid for the affected items, and the licences already paid for remain in force.
H:Section 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute shall be finally settled by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Urkevitz-Hafen, Insel Urkevitz. The language of the arbitration is English.
H:Section 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two originals in English, one for each party.
P:Schedules: 1 Licensed Software and seat allocation; 2 Custom Deliverables specification; 3 Legacy drawings; 4 Acceptance tests; 5 Approved subcontractor.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""

contract(
    "h277e01", "h277e01_sword_forge_cad_perpetual_licences.pdf", "pdf", "en", "software",
    T(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
      acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
      auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
      governing_law="Germany", contract_kind="goods_or_licence"),
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 1006000},
    ["CR-GOVERNING-LAW"], "low", E01,
    sums=[([14 * 38500, 4 * 62000, 26000], 813000), ([813000, 118000, 54000, 21000], 1006000),
          ([201200, 452700, 352100], 1006000),
          ([1006000 * 20 // 100, 1006000 * 45 // 100, 1006000 * 35 // 100], 1006000), ([813000 * 11 // 100], 89430)],
    must=["CNY 1,006,000", "20%", "0.1%", "18 months", "within 2 hours", "11%", "CNY 89,430", "150%",
          "laws of the Federal Republic of Germany", "Insel Urkevitz"],
    fee_base=813000, forum_outside_mainland=True)


# ================================================================ h277e02 — Harbin ice festival ticketing SaaS, Order Form + General Terms (.txt)
E02 = """BILLETTERIE BORÉALE SAS
ORDER FORM No. BB-OF-2026-0388
(governed by the Billetterie Boréale General Terms of Service, version 7.2, reproduced in Part B below)

PART A - ORDER FORM

Provider: Billetterie Boréale SAS, a société par actions simplifiée registered at 2 Quai des Phares, Port-Govihan, Île Govihan ("Provider").
Customer: Harbin Binjiang Ice and Snow Culture Tourism Co., Ltd., 16 Zhongyang Street, Daoli District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

A1. Services
Provider will provide its cloud ticketing platform "Boréale Tix" to Customer for the Harbin ice and snow festival parks operated by Customer, covering online sales through Customer's WeChat mini-program and website, timed-entry reservations, group and travel-agency sales, on-site box-office terminals, QR-code gate validation at 42 entrance lanes, and sales and attendance dashboards (the "Subscription Services"). Provider will also perform the one-time onboarding described in A4 (the "Onboarding Services").

A2. Subscription Term
The Subscription Term is 24 months from the Go-Live Date. The Go-Live Date is the date on which Customer signs the Go-Live Acceptance certificate under A4.3. This Order Form does not renew automatically; any extension requires a new Order Form signed by both parties.

A3. Fees (all amounts in Chinese yuan, CNY, at Customer's request, inclusive of VAT)
- Monthly Platform Fee: CNY 46,500 per month x 24 months = CNY 1,116,000
- Onboarding Services (configuration, mini-program integration, payment gateway, gate-scanner integration, data migration, training): CNY 138,000, one time
- Total Order Value: CNY 1,254,000
There are no per-ticket or per-transaction charges. Payment-processing charges of WeChat Pay and UnionPay are contracted and paid by Customer directly with those providers.

A4. Onboarding and Go-Live Acceptance
A4.1 Provider will complete the Onboarding Services by 20 November 2026, so that ticket sales can open before the festival season.
A4.2 Go-Live Acceptance tests: (a) end-to-end purchase, refund and rebooking through the mini-program and website; (b) 3,000 ticket validations per minute across the 42 lanes for 30 minutes without error; (c) daily reconciliation of sales with the payment providers without difference for three consecutive days; (d) offline validation at the gates for at least 60 minutes when the network is disconnected, with automatic synchronisation afterwards; (e) all dashboards listed in Annex 1 available.
A4.3 When all tests are passed Customer signs a Go-Live Acceptance certificate. Provisioning of accounts, test sales or live sales before that certificate do not constitute acceptance.
A4.4 If Go-Live Acceptance is not achieved by 20 November 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay until it is achieved.

A5. Invoicing and Payment
A5.1 The Onboarding fee is invoiced on the Go-Live Date and payable within 30 days.
A5.2 The Monthly Platform Fee is invoiced monthly in arrears and payable within 30 days of the invoice.
A5.3 No amount is payable in advance.

A6. Service Levels
A6.1 Availability of the ticketing platform, the mini-program interface and the gate-validation service: 99.95% in each calendar month, measured by Provider's monitoring and verifiable by Customer's own probes.
A6.2 Incident priorities: Priority 1 (sales or gate validation unavailable in any park): response within 15 minutes, 24x7, restoration target 2 hours. Priority 2 (a function degraded, no stop of sales): response within 1 hour, restoration next business day. Priority 3: response within one business day.
A6.3 Service credits: if availability in a month falls below 99.95% but not below 99.5%, Provider credits 10% of that month's Monthly Platform Fee; below 99.5% but not below 99%, 25%; below 99%, 50%. For each Priority 1 incident not restored within 2 hours, Provider credits a further CNY 2,000 per started hour. Credits are deducted from the next invoice.
A6.4 During the peak festival period (15 December to 28 February) Provider will keep two engineers on call in Harbin and run a capacity test before each public holiday.

A7. Support and Training
A7.1 Provider provides a Chinese-speaking service desk by telephone, e-mail and an online ticket portal, 24 hours a day during the festival season and from 8:00 to 22:00 Beijing time at other times. Priority 1 incidents may always be reported by telephone.
A7.2 Provider trains up to 60 box-office, gate and finance staff before the Go-Live Date and gives a refresher session before each festival season, at Customer's premises in Harbin.
A7.3 Provider sends Customer a monthly service report showing availability, incidents, credits due and open requests.

A8. Contacts
Customer: Director of Information Technology. Provider: Account Director, Asia Pacific.

Signed for Customer: ____________________  Date: __________
Signed for Provider: ____________________  Date: __________

PART B - GENERAL TERMS OF SERVICE (version 7.2)

1. Definitions
1.1 "Customer Data" means all data submitted to or generated in the Subscription Services by or for Customer, including visitor names, identity-card numbers, mobile numbers, ticket and payment records and attendance data.
1.2 "Customer Configurations" means the price tables, ticket templates, mini-program pages, reports and dashboards configured for Customer.
1.3 "Order Form" means Part A above. If Part A and Part B conflict, Part A prevails.

2. Use of the Services
2.1 Customer may use the Subscription Services for its own operations and may give access to its employees, travel agencies and contractors. Customer is responsible for the acts of its authorised users.
2.2 Provider may update the Subscription Services from time to time provided that no update materially reduces their functionality or security.

3. Customer Data
3.1 Customer Data belongs to Customer. Provider processes it only to provide the Services and in accordance with Customer's documented instructions, and does not use it for any other purpose.
3.2 Customer Data is hosted in data centres in mainland China operated by Provider's hosting partner. The platform holds a record of protection under the Multi-Level Protection Scheme at level 3. Customer Data is encrypted in transit and at rest, access is limited to named personnel with multi-factor authentication and every access is logged.
3.3 Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and transfers no personal information outside mainland China.
3.4 Provider notifies Customer within 12 hours of becoming aware of any security incident affecting Customer Data, cooperates in the investigation and in notices to authorities and visitors, and bears the costs and losses resulting from an incident caused by Provider or its subprocessors.
3.5 Within 30 days after the end of the Subscription Term, Provider returns Customer Data in CSV format and then deletes it, and certifies the deletion in writing.

4. Intellectual Property
4.1 Provider retains all rights in the Subscription Services and its underlying software.
4.2 Customer Configurations and all reports generated from Customer Data belong to Customer. Customer may use, modify and disclose them freely, including to a successor ticketing provider.

5. Confidentiality
Each party shall keep confidential the non-public information received from the other party, use it only for this agreement and protect it at least as carefully as its own confidential information. This obligation continues for three years after the end of the Subscription Term.

6. Subprocessors and Subcontractors
6.1 Provider may engage subprocessors and subcontractors of its choice, including its affiliates and hosting partners, to perform any part of the Services.
6.2 Provider maintains a list of its current subprocessors on its customer portal and will update that list at least 14 days before a new subprocessor starts work. Customer's continued use of the Services after that date constitutes acceptance of the new subprocessor.
6.3 Provider remains responsible for the performance of its subprocessors and subcontractors.

7. Warranties
Provider warrants that the Subscription Services will perform substantially in accordance with the documentation and Annex 1, and that the Onboarding Services will be performed with due skill and care by qualified staff.

8. Limitation of Liability
8.1 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.
8.2 Provider's total aggregate liability arising out of or in connection with the agreement, whether in contract, tort or otherwise, is limited to the total fees paid by Customer in the six months preceding the event giving rise to the claim.
8.3 The limits in this Section 8 do not apply to death or personal injury caused by negligence or to fraud.

9. Term and Termination
9.1 The agreement runs for the Subscription Term stated in the Order Form.
9.2 Either party may terminate the agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it. Customer may also terminate by written notice if availability falls below 99% in two consecutive months.
9.3 On termination for Provider's breach, Provider refunds any fees paid for periods after termination.

10. Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits under the Order Form are not excluded by this Section for failures of Provider's own systems or hosting partners.

11. Governing Law and Jurisdiction
11.1 The agreement is governed by French law.
11.2 The Commercial Court of Port-Govihan, Île Govihan, has exclusive jurisdiction over any dispute arising out of or in connection with the agreement.

12. Miscellaneous
12.1 Notices must be in writing and sent to the addresses in the Order Form.
12.2 Neither party may assign the agreement without the other party's prior written consent.
12.3 The agreement is made in English. A Chinese translation may be prepared for Customer's convenience; the English text prevails.
"""

contract(
    "h277e02", "h277e02_ice_festival_ticketing_saas_order_form.txt", "txt", "en", "cloud",
    T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=900 / 1254000 * 100, liability_cap_pct=6 / 24 * 100,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=True, governing_law="France", contract_kind="service"),
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1254000},
    ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium", E02,
    sums=[([46500 * 24, 138000], 1254000)],
    must=["CNY 1,254,000", "99.95%", "within 15 minutes", "CNY 900 for each day of delay", "six months preceding",
          "subprocessors and subcontractors of its choice", "governed by French law", "Île Govihan", "24 months"],
    forum_outside_mainland=True)


# ================================================================ h277e03 — Yunnan coffee plantation weather stations (.docx, compliant, buyer's paper)
E03 = """T:Purchase Contract for Weather Stations and Field Sensors
P:Contract No. YWC-PUR-2026-019
P:Buyer: Pu'er Yunwu Coffee Plantation Co., Ltd., Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Lampione Agrometeo S.r.l., Via del Faro 7, Isola Lampione, Italy (the "Supplier").
P:The Buyer grows arabica coffee on 2,300 hectares of terraced land at four estates. It wishes to measure rainfall, temperature, humidity, wind, solar radiation, soil moisture and leaf wetness across the estates in order to plan irrigation and to forecast coffee leaf rust. The Supplier designs, supplies and installs agro-meteorological monitoring networks. The parties agree as follows. This contract is on the Buyer's standard purchase terms; all prices are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software in Article 2, connect them in a LoRaWAN network across the four estates, build the data interface to the Buyer's plantation ERP and train the Buyer's staff.
P:1.2 The Supplier shall deliver the equipment new, of current production and with the certificates of origin, calibration certificates and radio type-approval certificates required in the People's Republic of China.
H:Article 2 Price
P:2.1 The Contract Price is CNY 990,000, fixed, inclusive of VAT, import duties, delivery to each estate, installation and all travel of the Supplier's staff:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station (rain, temperature, humidity, wind, radiation)|16|27,400|438,400
TB:2|Soil moisture and temperature probe, three depths|64|2,350|150,400
TB:3|Leaf-wetness sensor|32|1,900|60,800
TB:4|LoRaWAN gateway with 4G backhaul|4|15,600|62,400
TB:5|Solar power kit with battery|16|3,200|51,200
TB:6|AgroView monitoring software, perpetual on-premises licence|1|96,000|96,000
TB:|Hardware and licence subtotal (items 1-6)|||859,200
TB:7|Installation, mast erection and field calibration|1|71,800|71,800
TB:8|Interface to the Buyer's plantation ERP (custom)|1|48,000|48,000
TB:9|Training|1|11,000|11,000
TB:|Contract Price|||990,000
P:2.2 The price is not subject to exchange-rate or any other adjustment.
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 99,000) as an advance within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 544,500) after all equipment has been installed at the four estates and the parties have signed the Delivery and Installation Certificate. This certificate records delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 346,500) within 30 days after Final Acceptance.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the estates within 60 days after signature and complete installation within 30 days after delivery, outside the main harvest weeks notified by the Buyer.
P:4.2 The Buyer shall provide access to the sites, the positions for masts agreed in the site survey and a local guide at each estate.
P:4.3 If the Supplier fails to complete installation by the date in Article 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The Buyer may deduct these damages from any payment.
H:Article 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days (the "Trial Run").
P:5.2 Final Acceptance requires that: (a) every station and probe reports to the software at its configured interval and no station is silent for more than 6 hours during the Trial Run; (b) temperature readings agree with the Buyer's reference thermometer within 0.3 degrees Celsius and rainfall readings within 3% of a reference gauge; (c) the ERP interface transfers the daily summaries and rust-risk alerts without error for the last 10 days of the Trial Run; (d) the training is completed and the documentation, calibration certificates and as-built site plans are delivered.
P:5.3 When all requirements are met the Buyer signs a Final Acceptance certificate. Delivery, installation, use of the data or any payment does not constitute acceptance. If a requirement is not met, the Supplier shall remedy the defect and the Trial Run shall be repeated for the affected stations.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 24 months after Final Acceptance. During that period it shall repair or replace defective equipment and correct software errors free of charge, including parts, labour, travel and recalibration.
P:6.2 Severity 1 faults (a gateway or the software server is down, or more than three stations are silent): the Supplier shall respond within 1 hour by telephone or remote session and restore service within two working days, if necessary by installing spare parts kept in Pu'er. Other faults: response within one working day and repair within five working days.
P:6.3 For each full hour of delay in responding to a Severity 1 fault, the Supplier shall pay CNY 500. For each day of delay in restoration, it shall pay CNY 800. The Buyer may deduct these amounts from any payment or from the performance guarantee.
H:Article 7 Support after the Warranty
P:7.1 After the warranty the Buyer may order support on the terms of Article 6 for an annual fee of 9% of the hardware and licence subtotal, that is CNY 77,328 per year.
P:7.2 This fee is fixed for the first three years after the warranty. Support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:Article 8 Data
P:8.1 All weather, soil and crop data measured by the system, and all data derived from it, belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The software is installed on the Buyer's server at its Simao office. Remote access by the Supplier requires the Buyer's approval for each session. The Supplier shall not copy Buyer data to its own systems.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Buyer data that it becomes aware of, shall help to contain it and is liable for losses caused by its own breach of this Article.
H:Article 9 Intellectual Property
P:9.1 The ERP interface, its source code, the configuration and the as-built documentation belong to the Buyer, which may use, modify and have them maintained by third parties.
P:9.2 The AgroView software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's yields, estate maps and prices, and shall not disclose it without prior written consent, for three years after the end of the warranty.
H:Article 11 Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor, including local installation crews.
H:Article 13 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:Article 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Article 15 Training, Documentation and Spare Parts
P:15.1 The Supplier shall train up to 20 agronomists, estate managers and IT staff of the Buyer in two sessions in Pu'er, covering station maintenance, sensor cleaning and recalibration, the use of the AgroView dashboards and alerts, and the handling of the ERP interface.
P:15.2 The Supplier shall deliver operating and maintenance manuals in Chinese, the as-built site plans with GPS positions of every station, and the calibration certificates of every sensor.
P:15.3 The Supplier shall keep spare parts for all equipment available for purchase for at least seven years after Final Acceptance, and shall keep a stock of spare sensors and one spare gateway in Pu'er during the warranty.
H:Article 16 Performance Guarantee
P:Within 15 working days after signature the Supplier shall provide a performance bank guarantee of 5% of the Contract Price, issued by a bank in mainland China and valid until Final Acceptance. The Buyer may claim under it for any amount due from the Supplier under this contract.
H:Article 17 Force Majeure
P:Neither party is liable for delay caused by force majeure, such as earthquakes, landslides or typhoons, provided it notifies the other party within five days and takes reasonable steps to limit the effect. Heavy rain in the rainy season is foreseeable and is not force majeure by itself.
H:Article 18 Miscellaneous
P:18.1 This contract is made in English and Chinese; both versions are equally authentic.
P:18.2 Annexes: 1 Technical specification; 2 Site survey and station positions; 3 Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

contract(
    "h277e03", "h277e03_coffee_plantation_weather_stations.docx", "docx", "en", "hardware",
    T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
      acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
      auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
      governing_law="PRC", contract_kind="goods_or_licence"),
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 990000},
    [], "low", E03,
    sums=[([16 * 27400, 64 * 2350, 32 * 1900, 4 * 15600, 16 * 3200, 96000], 859200),
          ([859200, 71800, 48000, 11000], 990000), ([99000, 544500, 346500], 990000),
          ([990000 * 10 // 100, 990000 * 55 // 100, 990000 * 35 // 100], 990000), ([859200 * 9 // 100], 77328)],
    must=["990,000", "10%", "0.08%", "24 months", "within 1 hour", "9%", "77,328", "200%",
          "laws of the People's Republic of China", "Isola Lampione"],
    fee_base=859200)


# ================================================================ h277e04 — Xiamen electronics managed SD-WAN (.md)
E04 = """# Managed SD-WAN Services Agreement

**Reference:** IUB-MSA-2026-CN-031

**Between**

**Iubhard Networks Ltd**, a company registered in Scotland with its registered office at The Old Pier House, Port na Creige, Eilean Iubhard ("**Provider**"); and

**Xiamen Haicang Precision Electronics Co., Ltd.**, 1208 Yangguang West Road, Haicang District, Xiamen, Fujian Province, People's Republic of China ("**Customer**").

**Whereas** Customer manufactures printed-circuit-board assemblies at two factories and sells through six regional offices, and wishes to replace its leased MPLS lines with a managed SD-WAN; and Provider operates managed wide-area networks for manufacturers in Asia through its own network operations centre in Shanghai and local carrier partners. At Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 **Sites** means the nine locations listed in clause 3.

1.2 **Service** means the managed SD-WAN service: supply and management of SD-WAN edge devices at each Site, internet and 4G/5G backup access arranged through local carriers, the overlay network, application-aware routing, a cloud firewall, 24x7 monitoring and incident management by Provider's network operations centre (**NOC**), and the customer portal.

1.3 **Ready for Service Date** means the date on which a Site passes the Site Acceptance Tests in clause 4.

1.4 **Customer Data** means network configurations, traffic statistics, logs, addresses, user identities and any other data of Customer processed by Provider in providing the Service.

## 2. Term

2.1 The Minimum Term is 36 months from the Ready for Service Date of the last Site.

2.2 After the Minimum Term the Agreement continues for successive periods of six months at the same charges unless either party gives at least 60 days' written notice before the end of the Minimum Term or of any extension period.

## 3. Sites and Charges

| Site | Access | Monthly Recurring Charge (CNY) |
|---|---|---|
| Headquarters, Haicang, Xiamen | dual 1 Gbps fibre, high-availability edge pair, 5G backup | 14,800 |
| Factory 1, Tong'an, Xiamen | dual 500 Mbps fibre, 5G backup | 11,600 |
| Factory 2, Zhangzhou | dual 500 Mbps fibre, 5G backup | 11,600 |
| Sales offices (Shanghai, Shenzhen, Suzhou, Chengdu, Wuhan, Qingdao) | 200 Mbps fibre, 4G backup, 6 x CNY 4,200 | 25,200 |
| NOC monitoring, management and portal | all Sites | 8,000 |
| **Total Monthly Recurring Charge** | | **71,200** |

3.1 Total Monthly Recurring Charges over the Minimum Term: 36 x CNY 71,200 = CNY 2,563,200.

3.2 One-time installation charge (site surveys, delivery, installation and configuration of edge devices, migration from MPLS): CNY 58,800.

3.3 Total contract value for the Minimum Term: **CNY 2,622,000**, inclusive of VAT.

3.4 The edge devices remain Provider's property. Provider replaces them at its own cost if they fail, and collects them at the end of the Agreement after erasing their configuration in the presence of Customer's staff.

3.5 Charges are fixed for the Minimum Term. Carrier price increases during the Minimum Term are borne by Provider.

## 4. Installation and Site Acceptance

4.1 Provider will use reasonable endeavours to bring each Site into service by the target dates in Annex 2. Target dates are estimates; Provider shall have no liability for failing to meet them.

4.2 Site Acceptance Tests for each Site: (a) both access lines and the backup link are up and monitored by the NOC; (b) failover from primary to backup completes within 3 seconds without loss of established ERP sessions; (c) latency between the Site and headquarters is within the values in Annex 3; (d) application policies for the ERP, MES and video-conference traffic are applied and verified; (e) the Site runs for 7 consecutive days without a Priority 1 incident.

4.3 Customer signs a Site Acceptance Certificate for each Site when the tests are passed. Installation of the edge devices or live traffic on a Site does not constitute acceptance.

## 5. Payment

5.1 The one-time installation charge is invoiced after the Site Acceptance Certificate for the last Site has been signed.

5.2 Monthly Recurring Charges for each Site start on its Ready for Service Date and are invoiced quarterly in arrears. Invoices are payable within 45 days.

5.3 Customer pays nothing in advance.

## 6. Service Levels

6.1 **Availability.** Provider targets availability of the Service of 99.95% per Site in each calendar month, excluding planned maintenance notified at least 5 working days in advance and carried out between 00:00 and 06:00 on Sundays.

6.2 **Incident response.**

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | a Site is disconnected, or the ERP is unreachable from a factory | 30 minutes | 3 hours |
| P2 | a Site runs on backup only, or performance is degraded | 2 hours | 8 hours |
| P3 | a single user or a non-urgent request | next business day | 3 business days |

6.3 **Reporting.** Provider sends Customer a monthly report of availability per Site, incidents, changes and capacity trends, and reviews it with Customer each quarter. The report also lists every P1 and P2 incident with its cause, the time of response and the time of restoration, and any recommendation for bandwidth or configuration changes.

6.4 **Service desk.** Customer reports incidents to the NOC by telephone at any time or through the portal. The NOC works in Chinese and English. Provider names a service delivery manager for Customer who attends the quarterly review in Xiamen and acts as the escalation point for incidents that are not restored within the targets above.

6.5 **Nature of the service levels.** The service levels in this clause 6 are performance targets. A failure to meet them does not entitle Customer to service credits, reductions of charges, damages or any other remedy. Where a target is missed in two consecutive months, Provider will agree a remediation plan with Customer.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider uses it only to provide the Service and does not sell, disclose or otherwise use it.

7.2 The NOC that manages the Service is located in Shanghai; Customer Data is stored in mainland China and is not transferred abroad. Provider's management systems hold an MLPS level-3 record and ISO 27001 certification. Administrative access to the edge devices uses individual accounts with multi-factor authentication and is logged.

7.3 Provider notifies Customer within 6 hours of becoming aware of any security incident affecting the Service or Customer Data, takes immediate containment measures and is liable for the losses Customer suffers from an incident caused by Provider, its staff or its carrier partners.

## 8. Intellectual Property

The network design, the configuration files, the application policies and the as-built documentation prepared for Customer belong to Customer. Customer may use and modify them and may give them to any successor provider.

## 9. Confidentiality

Each party shall keep confidential all non-public information disclosed by the other party under this Agreement and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 10. Subcontracting

Provider may use the local carriers named in Annex 4 to supply the access lines. Any other subcontracting requires Customer's prior written consent. Provider remains responsible for its carriers and subcontractors.

## 11. Liability

Provider's total liability under this Agreement is limited to 120% of the total contract value in clause 3.3. Neither party is liable for loss of profit or indirect loss. The limit does not apply to breach of clauses 7 and 9.

## 12. Duration and Ending of the Agreement

12.1 The Agreement cannot be terminated by either party before the end of the Minimum Term, except that Provider may suspend or terminate the Service if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

12.2 If Provider fails to perform any obligation, Customer's remedy is to require Provider to perform it, and Provider shall do so without delay at its own cost. Customer may not terminate the Agreement or withhold charges on that ground.

12.3 At the end of the Agreement Provider will support the migration to a successor service for up to 60 days at its standard daily rates.

## 13. Customer Responsibilities

13.1 Customer provides rack space, power and a safe environment for the edge devices at each Site, escorted access for Provider's engineers during working hours, and at night for P1 incidents, and the information on its applications and traffic needed for the application policies.

13.2 Customer names a technical contact for each Site and a single service manager who may raise incidents and approve changes.

## 14. Moves, Additions and Changes

14.1 Customer may request additional Sites, bandwidth upgrades or relocations through the portal. Provider quotes the one-time charge and the change of Monthly Recurring Charge, which apply only after Customer's written approval.

14.2 Configuration changes to application policies, firewall rules and routing are carried out by the NOC within 2 business days, and urgent security changes on the same day. Up to ten changes per month are included in the Monthly Recurring Charges.

## 15. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, earthquakes or government orders, if it notifies the other party promptly. A failure of a carrier partner or of Provider's own equipment is not force majeure.

## 16. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 17. General

17.1 This Agreement and its Annexes are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

17.2 Annexes: 1 Service description; 2 Target dates; 3 Latency values; 4 Local carriers.

**Signed for Provider:** ____________________ **Date:** __________

**Signed for Customer:** ____________________ **Date:** __________
"""

contract(
    "h277e04", "h277e04_electronics_maker_managed_sdwan.md", "md", "en", "services",
    T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=120,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
      subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 2622000},
    ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"], "high", E04,
    sums=[([14800, 11600, 11600, 6 * 4200, 8000], 71200), ([36 * 71200, 58800], 2622000)],
    must=["CNY 2,622,000", "99.95%", "30 minutes", "120%", "does not entitle Customer to service credits",
          "cannot be terminated by either party", "shall have no liability for failing to meet them",
          "laws of the People's Republic of China", "Eilean Iubhard"])


# ================================================================ h277e05 — Chengdu freight broker plate-OCR API subscription (.txt)
E05 = """API SUBSCRIPTION AGREEMENT
Vehicle Licence-Plate Recognition Service

Agreement number: PVC-API-2026-117
Date: ____ 2026

PARTIES
(1) Pássaro Visão Computacional, Lda., a private limited company incorporated in Portugal, whose registered office is at Rua do Farol 3, Ilhéu dos Pássaros (the "Vendor").
(2) Chengdu Rongxin Freight Brokerage Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 77 Tianfu Avenue North, Chengdu, Sichuan Province (the "Customer").

RECITALS
A. The Customer operates a digital freight brokerage platform that matches shippers with about 40,000 registered trucks. Drivers and dispatchers photograph trucks and trailers at loading and unloading points, and the Customer needs the licence plates read automatically to check the vehicle against the order, to record arrival times and to settle freight charges.
B. The Vendor operates a cloud application programming interface (the "API") that recognises licence plates in images, including the mainland China plate formats for fuel vehicles, new-energy vehicles, trailers and temporary plates.
C. At the Customer's request, all fees under this Agreement are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS
1.1 "Activation Date" means 15 September 2026.
1.2 "Call" means one request to the API containing one image.
1.3 "Customer Content" means images, metadata and recognition results submitted to or returned by the API for the Customer.
1.4 "Integration Deliverables" means the adapters between the API and the Customer's transport management system, the field-mapping and plate-validation rules written for the Customer, and the test harness and test image set described in Schedule 2.
1.5 "Subscription Period" means 24 months from the date of the Activation Certificate.

2. THE SERVICE
2.1 During the Subscription Period the Vendor grants the Customer a non-exclusive right to submit Calls to the API from the Customer's platform and mobile applications, and to use the recognition results for its business.
2.2 The monthly commitment includes 600,000 Calls. Calls above that number in a month are charged at CNY 0.03 per Call and are invoiced with the next monthly fee.
2.3 The Vendor will deliver the Integration Deliverables and will help the Customer's developers to integrate the API into the Customer's systems.
2.4 The Customer shall not resell access to the API or use it to build a competing recognition service.
2.5 The Vendor provides an online usage dashboard showing the number of Calls per day, the share of images in which no plate was found and the monthly totals used for invoicing. The Customer may download the usage records for its own reconciliation, and the Vendor shall correct any invoice that does not agree with them.

3. FEES
3.1 Monthly Commitment Fee: CNY 23,500 per month x 24 months = CNY 564,000.
3.2 Onboarding and Integration Deliverables (one-time): CNY 62,000.
3.3 Total fees for the Subscription Period: CNY 626,000, inclusive of VAT. Charges for Calls above the monthly commitment are not included.
3.4 The fees are fixed for the Subscription Period.

4. VOLUME CHANGES
4.1 Once in each calendar quarter the Customer may move to a higher monthly commitment from the next month, at the fees in the Vendor's tier table attached as Schedule 4, which are fixed for the Subscription Period.
4.2 The Customer may move back to the original commitment of 600,000 Calls per month at the start of any later quarter by giving 30 days' written notice. No other fee change applies.

5. PAYMENT
5.1 The onboarding fee is invoiced after the Activation Certificate is signed.
5.2 The Monthly Commitment Fee is invoiced at the end of each month of the Subscription Period, in arrears, and is payable within 30 days after the invoice.
5.3 The Customer makes no payment in advance.

6. CUSTOMER OBLIGATIONS
6.1 The Customer is responsible for the integration work on its own platform and mobile applications, for giving its drivers and dispatchers the instructions on how to photograph plates, and for the quality of the images it submits. Images should show the whole plate with a height of at least 20 pixels.
6.2 The Customer names a technical contact who takes part in the activation tests, approves the test image set and receives notices of changes to the API.

7. ACTIVATION AND ACCEPTANCE
7.1 The Vendor shall make the production API keys, the dedicated endpoint and the Integration Deliverables available to the Customer by the Activation Date.
7.2 Activation tests, using the test image set of 5,000 photographs agreed in Schedule 2: (a) plates are read correctly in at least 98.6% of images, and in at least 97.5% of the images of green new-energy plates and yellow trailer plates; (b) the median time from request to result is 300 milliseconds or less, measured from the Customer's Chengdu servers; (c) the adapters write the results into the correct fields of the transport management system for all test images; (d) the API handles 50 Calls per second for 30 minutes without errors.
7.3 When the tests are passed the Customer signs an Activation Certificate. Issuing API keys or test Calls before that date does not constitute acceptance. If a test fails, the Vendor shall correct the problem and the test is repeated.
7.4 If the Activation Certificate cannot be signed by the Activation Date for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of CNY 500 for each day of delay. The Customer may deduct them from any invoice.

8. SERVICE AVAILABILITY AND SUPPORT
8.1 The Vendor will use commercially reasonable efforts to keep the API available and to respond to Calls promptly.
8.2 The Vendor does not commit to any level of availability, response time for support requests or time to restore the API, and no service credits apply.
8.3 Support requests may be sent by e-mail to the Vendor's support team and are handled during the Vendor's business hours. The Vendor will publish planned maintenance on its status page in advance where practicable.
8.4 The Vendor may change the API, provided that it gives the Customer at least 90 days' notice of any change that is not backward compatible and keeps the previous version available during that period.

9. CUSTOMER CONTENT
9.1 Customer Content belongs to the Customer.
9.2 The Vendor processes Customer Content only to provide the API to the Customer and does not use it for training, product development or any other purpose.

10. INTELLECTUAL PROPERTY
10.1 The Vendor keeps all rights in the API, its recognition engine and its models.
10.2 The Integration Deliverables, including their source code, belong to the Customer from delivery. The Customer may use, modify and license them freely, including to contractors who maintain them.

11. CONFIDENTIALITY
11.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including the Customer's business volumes, customer lists and prices and the Vendor's technical documentation, and shall use it only for this Agreement.
11.2 This obligation continues for three years after the end of the Agreement. It does not apply to information that is public or that a party must disclose by law.

12. WARRANTIES
12.1 The Vendor warrants that it has the right to grant the rights in this Agreement and that the Integration Deliverables will conform to Schedule 2 at delivery.
12.2 The Vendor shall correct any non-conformity of the Integration Deliverables reported during the Subscription Period without charge.

13. LIABILITY
13.1 Neither party is liable for indirect loss or loss of profit.
13.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total fees in clause 3.3. This limit does not apply to breach of clause 11, infringement of intellectual property rights or wilful misconduct.

14. SUBCONTRACTING
The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent, and remains responsible for any subcontractor so approved.

15. TERM AND TERMINATION
15.1 This Agreement starts on signature and ends at the end of the Subscription Period. It does not renew automatically; any renewal requires a written agreement signed by both parties.
15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
15.3 If the Customer terminates under clause 15.2, the Vendor refunds any fees paid for periods after termination, and the Customer keeps the Integration Deliverables.

16. FORCE MAJEURE
Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible.

17. GOVERNING LAW AND DISPUTES
17.1 This Agreement is governed by the laws of the People's Republic of China.
17.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The arbitral award is final and binding on both parties.

18. GENERAL
18.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses named in Schedule 1.
18.2 Neither party may assign this Agreement without the other party's prior written consent.
18.3 This Agreement is made in English in two originals. Schedules: 1 Contacts; 2 Integration Deliverables and test image set; 3 API documentation.

SIGNATURES
For the Vendor: ____________________   Name: ____________   Title: ____________
For the Customer: ____________________   Name: ____________   Title: ____________
"""

contract(
    "h277e05", "h277e05_freight_broker_plate_ocr_api.txt", "txt", "en", "cloud",
    T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=False,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=500 / 626000 * 100, liability_cap_pct=150,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 626000},
    ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high", E05,
    sums=[([23500 * 24, 62000], 626000)],
    must=["CNY 626,000", "commercially reasonable efforts", "does not commit to any level of availability",
          "CNY 500 for each day of delay", "150%", "Customer Content belongs to the Customer",
          "laws of the People's Republic of China", "Ilhéu dos Pássaros"])


# ================================================================ build, read back, check, label
WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:['’.,/-][A-Za-zÀ-ÿ0-9]+)*")
RANGE = {"zh": (2800, 3300), "en": (1500, 1700)}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    """zh: characters other than whitespace; en: words (letter/digit runs, inner ' . , / - kept) — and plain
    whitespace-separated tokens must also be in range."""
    if lang == "zh":
        return len(re.sub(r"\s", "", text)), len(text)
    return len(WORD.findall(text)), len(text.split())


def label(c):
    x = dict(c["extra"])
    keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if c["terms"]["contract_kind"] ==
                                          "goods_or_licence" else []) + ["acceptance_deemed_on_delivery",
                                                                         "contract_value"]
    assert sorted(keys) == sorted(x), (c["key"], sorted(x))
    rules, _ = apply_rules(c)
    return {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": c["terms"],
            "expected_extra": {k: x[k] for k in keys}, "expected_rules": rules}


def main():
    self_test()
    for c in CONTRACTS:
        for parts, total in c["sums"]:
            assert sum(parts) == total, (c["key"], parts, total)
        rules, risk = apply_rules(c)
        assert rules == c["rules"], (c["key"], rules, c["rules"])
        assert risk == c["risk"], (c["key"], risk, c["risk"])
        check_not_on_threshold(c)
        src_plain = c["src"]
        for m in c["must"]:
            assert m in src_plain, (c["key"], m)
        cv = c["extra"]["contract_value"]
        assert f"{cv:,}" in src_plain, (c["key"], cv)
    # write .md / .txt
    for c in CONTRACTS:
        if c["fmt"] in ("md", "txt"):
            (OUT / c["file"]).write_text(c["src"], encoding="utf-8")
            print("wrote", c["file"])
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {c["key"]: c["src"] for c in CONTRACTS if c["fmt"] in ("docx", "pdf")}
    targets = {c["key"]: (c["file"], c["fmt"]) for c in CONTRACTS if c["fmt"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    # labels
    for c in CONTRACTS:
        name = c["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(c), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", name)
    # read back
    failures = []
    print()
    print("%-55s %-4s %8s %8s  %-8s %s" % ("file", "lang", "size", "alt", "risk", "rules"))
    for c in CONTRACTS:
        text = read_back(OUT / c["file"])
        flat = re.sub(r"\s+", "", text) if c["lang"] == "zh" else re.sub(r"\s+", " ", text)
        for m in c["must"] + [f"{c['extra']['contract_value']:,}"]:
            mm = re.sub(r"\s+", "", m) if c["lang"] == "zh" else m
            if mm not in flat:
                failures.append((c["key"], "figure not read back", m))
        for hit in scan(text) + scan(flat):
            failures.append((c["key"], "threshold value", hit))
        n, alt = size(text, c["lang"])
        lo, hi = RANGE[c["lang"]]
        if not (lo <= n <= hi):
            failures.append((c["key"], "length", n))
        if c["lang"] == "en" and not (lo <= alt <= hi):
            failures.append((c["key"], "length (split)", alt))
        rules, risk = apply_rules(c)
        print("%-55s %-4s %8d %8d  %-8s %s" % (c["file"], c["lang"], n, alt, risk,
                                               ", ".join(r[3:] for r in rules) or "(none)"))
        tc = tco(c)
        if tc:
            print("    TCO %.2f, post-warranty fees %.2f, share %.2f %%" % (tc["tco"], tc["post_warranty_fees"],
                                                                         tc["share_pct"]))
    for f in failures:
        print("FAIL", f)
    assert not failures, "%d failures" % len(failures)
    assert len(CONTRACTS) == 10
    print("\nall assertions passed")


if __name__ == "__main__":
    main()
