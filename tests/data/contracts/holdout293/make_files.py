"""Builds holdout293 (ten blind ORDINARY draft contracts, five Chinese, five English) from the sources kept in this
file: writes the .txt/.md files, builds the .docx/.pdf through ../word_pdf.py (wrap_words=True), asserts every price
and payment sum, re-applies the contract rules of policy.md section 3/4 to the hand-made labels and asserts that they
equal the plan, writes the .json labels, reads every built file back (python-docx paragraphs + tables, pypdf) and
fails if a labelled figure is missing, a text is outside its length band, or a threshold value appears in the text.
Run with /work/main/.venv/bin/python."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold patterns (policy section 3 and 4)
_ZD = "零一二三四五六七八九十百两"
THRESHOLDS = {
    "availability 99.9": r"(?<![\d.])99\.90*(?!\d)|百分之九十九点九(?![零一二三四五六七八九])",
    "P1 response 4 h": r"(?<![\d.])4\s*-?\s*((working|business|clock)\s+)?(hours?|hrs?|h\b|小时|个小时|个工作小时)"
                       r"|(?<![\w-])four[\s-]+((working|business|clock)[\s-]+)?hours?"
                       r"|(?<![" + _ZD + r"])四\s*个?\s*(工作)?小时",
    "LD 0.05 %/day": r"(?<![\d.])0\.050*(?!\d)|万分之五(?![十零一二三四五六七八九点])|千分之零点五|(?<![\d.])5\s*‱",
    "cap 100 %": r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent|percent)|百分之一?百(?![零一二三四五六七八九十])"
                 r"|one[\s-]+hundred[\s-]+per\s*cent|one[\s-]+hundred[\s-]+percent",
    "prepayment 30 %": r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent|percent)|百分之三十(?![零一二三四五六七八九点])"
                       r"|(?<![\w-])thirty[\s-]+(per\s*cent|percent)|三成",
    "post-warranty 15 %": r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent|percent)|百分之十五(?![零一二三四五六七八九点])"
                          r"|(?<![\w-])fifteen[\s-]+(per\s*cent|percent)",
    "TCO share 40 %": r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent|percent)|百分之四十(?![零一二三四五六七八九点])"
                      r"|(?<![\w-])forty[\s-]+(per\s*cent|percent)|四成",
    "warranty 12 months": r"(?<![\d.])12\s*-?\s*(months?|个月)|(?<![\w-])twelve[\s-]+months?"
                          r"|(?<![" + _ZD + r"第每])十二\s*个月|(?<![" + _ZD + r"第每首])一\s*(整)?\s*年(?!度|级)"
                          r"|(?<![\w-])one[\s-]+years?|(?<![\d.])1\s*-?\s*years?\b|(?<![\d.])1\s*年(?!度)",
    "TCO horizon 5 years": r"(?<![\d.])5\s*-?\s*(years?\b|年(?!度))|(?<![\w-])five[\s-]+years?"
                           r"|(?<![" + _ZD + r"第每])五\s*年(?!度|级)",
}
_TH = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}

SELF_TEST_HITS = ["99.9%", "99.90 %", "百分之九十九点九", "4 hours", "4-hour", "4小时", "四个小时", "four hours",
                  "4 business hours", "four working hours", "4个工作小时", "0.05%", "0.050 %", "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "百分之一百",
                  "30%", "30 percent", "百分之三十", "thirty per cent", "15%", "百分之十五", "fifteen percent",
                  "40%", "百分之四十", "forty per cent", "12 months", "12-month", "12个月", "十二个月", "一年",
                  "one year", "1 year", "5 years", "five-year", "5年", "五年"]
SELF_TEST_MISSES = ["99.95%", "99.5%", "99.99%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%",
                    "万分之五十", "10.05%", "1000%", "200%", "130%", "35%", "百分之三十五", "115%", "百分之十五点五",
                    "140%", "45%", "18 months", "112 months", "第一年", "首年", "每一年度", "一年度", "2025年",
                    "2015年", "15 days", "30 days", "40 schools", "五年级", "six years", "none year", "12月31日"]


def self_test():
    for s in SELF_TEST_HITS:
        assert any(p.search(s) for p in _TH.values()), ("pattern misses", s)
    for s in SELF_TEST_MISSES:
        hits = [k for k, p in _TH.items() if p.search(s)]
        assert not hits, ("false hit", s, hits)


def threshold_hits(text):
    out = []
    for k, p in _TH.items():
        for m in p.finditer(text):
            out.append((k, m.group(0), text[max(0, m.start() - 25):m.end() + 25]))
    return out


# ---------------------------------------------------------------- the rules of policy section 3 / 4, re-applied
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(spec):
    """Policy section 4: horizon 5 years from acceptance; purchase + implementation = contract value;
    post-warranty years = horizon - warranty years (partial pro rata); fee base = itemised licence/hardware price."""
    t, x = spec["terms"], spec["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    horizon = 5
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    fee = spec["fee_base"] * t["post_warranty_fee_pct"] / 100
    post = fee * years_after
    total = x["contract_value"] + post
    return {"annual_fee": fee, "post_years": years_after, "post_total": post, "tco": total,
            "share_pct": post / total * 100}


def apply_rules(spec):
    t, x = spec["terms"], spec["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
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
    if t["governing_law"] != "PRC" or spec.get("forum_outside_mainland"):
        r.append("CR-GOVERNING-LAW")
    c = tco(spec)
    if goods and c is not None and c["share_pct"] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


def extra(goods, sla_clause, ld_stated, deemed, value, capped=None):
    d = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if goods:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d

# ================================================================ Chinese sources
Z01 = """XX省农业农村厅
农田土壤墒情监测平台建设项目政府采购合同

合同编号：NYNC-CG-2025-0417
采购方式：公开招标（招标编号：XXZC2025-GK-0263）

采购人（甲方）：XX省农业农村厅
住所：XX市农林路88号
联系人：耕地质量监测保护中心 韩工

供应商（乙方）：禾测智联科技股份有限公司
住所：XX市高新区创业大道1609号
统一社会信用代码：91XX0100MA6CK3RT2L

鉴于甲方就“农田土壤墒情监测平台建设项目”依法组织公开招标，乙方为经评标委员会评审、甲方确认的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同条款不一致的，以本合同条款为准。

第一条 项目内容
1.1 乙方在全省16个粮食主产县（市、区）布设固定式土壤墒情自动监测站320套（每站含0—20厘米、20—40厘米、40—60厘米三层土壤水分温度传感器、数据采集终端、太阳能供电单元及立杆），建设省级墒情监测平台，并完成安装调试、平台部署、定制开发与人员培训。
1.2 定制开发内容包括：墒情分级预警模型、旱情分析专题图、与省农业农村大数据中心及气象部门的数据接口、面向县级农技人员的移动端应用。具体功能以招标文件第五章技术需求为准。
1.3 平台部署于甲方指定的省级政务云，乙方不另行提供云资源。

第二条 合同价款
2.1 本合同总价为人民币贰佰伍拾壹万贰仟元整（¥2,512,000.00），为固定总价，包含设备、软件、运输、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：

序号  项目                          数量     单价（元）   金额（元）
1     土壤墒情自动监测站            320套    4,650        1,488,000
2     墒情监测平台软件许可          1套      486,000      486,000
3     定制开发（预警模型、接口、移动端）  1项  312,000      312,000
4     现场安装调试                  320站    620          198,400
5     培训                          1项      27,600       27,600
      软硬件小计（1+2）                                    1,974,000
      合计                                                 2,512,000

2.2 除双方书面同意的变更外，甲方不再支付其他任何费用。

第三条 付款方式
3.1 合同生效且乙方提交合法有效的等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥502,400。
3.2 全部监测站到货安装、平台部署完成并经甲方签署《到货安装确认单》后，甲方支付合同总价的45%，即¥1,130,400。到货安装确认单仅确认数量和安装情况，不视为验收。
3.3 项目通过最终验收、乙方提交验收报告及全额发票后，甲方支付合同总价的35%，即¥879,200。
3.4 乙方开具增值税专用发票，甲方通过国库集中支付系统付款。

第四条 交付期限
乙方应于合同签订后90日内完成全部监测站安装和平台部署，于合同签订后150日内具备最终验收条件。
乙方应在进场前提交站点勘察报告和实施计划，站点选址须经县级农业农村部门确认；遇春播、秋收等农忙时段，乙方施工应避让农事作业，由此造成的合理工期顺延须经甲方书面确认。

第五条 验收
5.1 最终验收由甲方组织，可邀请省农业科学院专家参加。验收标准：（一）随机抽取不少于32个站点，以烘干称重法取土样比对，体积含水量测量误差不超过±3%；（二）平台连续试运行60日，期间数据上报间隔、存储和展示符合招标文件要求，且未发生一级故障；（三）与省农业农村大数据中心、气象部门的接口联调通过，数据核对一致；（四）预警模型按招标文件规定的分级阈值正确出图；（五）第三方测评机构出具网络安全等级保护测评报告且无高风险问题；（六）技术文档、源代码、操作手册齐全。
5.2 验收不合格的，乙方应在15日内整改并申请复验；复验仍不合格的，甲方有权解除合同。
5.3 设备到货、安装、试运行、甲方使用平台或支付任何款项，均不视为甲方验收合格。

第六条 质量保证与售后服务
6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备和部件，免费提供软件缺陷修复和版本升级。
6.2 故障分级及响应：一级故障（平台整体不可用或三分之一以上站点数据中断）乙方应在30分钟内响应，8小时内恢复；二级故障（单县站点中断或主要功能异常）2小时内响应，24小时内恢复；三级故障（单站或一般问题）8小时内响应，3个工作日内处理完毕。
6.3 乙方每超过响应或恢复时限1小时，甲方可从履约保证金中扣减¥800；同一季度累计超时达到3次的，甲方可约谈乙方并要求更换项目负责人。
6.4 质保期满后，如甲方需要，双方另行签订维保合同，维保年费不超过软硬件小计的8%（即每年不超过¥157,920），质保期满后前两个服务年度按该价格执行，不得上调。维保合同期满不自动续期。

第七条 数据安全
7.1 平台采集、产生的全部墒情数据、站点信息、用户数据和日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他任何目的。
7.2 乙方应按照网络安全等级保护第二级要求实施平台安全措施，远程运维须经甲方审批并通过政务云堡垒机进行，操作留痕可审计。
7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任和损失。

第八条 保密
乙方对履行本合同中知悉的甲方工作秘密、未公开数据和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订书面承诺，并对其行为承担责任。本条在合同终止后继续有效。

第九条 知识产权
9.1 乙方为本项目定制开发的预警模型、接口程序、移动端应用及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
9.2 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。

第十条 违约责任
10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
10.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。

第十一条 分包
本项目不允许分包，乙方不得将合同任何部分转包或分包给第三方。

第十二条 合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。

甲方（盖章）：XX省农业农村厅          乙方（盖章）：禾测智联科技股份有限公司
法定代表人或授权代表：              法定代表人或授权代表：
日期：2025年  月  日                日期：2025年  月  日
"""

Z02 = """T:冻干机控制系统升级改造及维保合同
P:合同编号：HY-ZB-2025-036
P:甲方（买方）：河岳制药股份有限公司
P:地址：XX省XX市经济技术开发区药谷路21号
P:乙方（卖方）：凝川自动化工程有限公司
P:地址：XX省XX市滨江区智造路402号
P:甲方冻干粉针车间现有四台真空冷冻干燥机控制系统老化，备件停产，且审计追踪功能不能满足药品生产质量管理规范及其附录《计算机化系统》的要求。甲方经邀请招标选定乙方实施控制系统升级改造。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同，共同遵守。
H:第1条 定义
P:1.1 “系统”指本合同项下为甲方1号至4号冻干机提供的PLC控制柜、人机界面、数据采集及电子批记录软件、服务器及其定制功能的总称。
P:1.2 “最终验收”指系统完成性能确认（PQ）并经甲方质量部门批准验证报告。
P:1.3 “一级故障”指冻干批次运行过程中出现控制失效、真空或温度失控、数据采集中断等直接影响产品质量的故障。
H:第2条 供货及服务范围
P:2.1 乙方负责系统的设计、供货、拆旧、安装、调试、编程、验证文件编制及执行配合、培训和质保期服务。
P:2.2 定制开发内容：冻干曲线配方管理模块、与甲方MES系统的电子批记录接口、符合ALCOA+原则的审计追踪报表及电子签名配置。
P:2.3 拆旧及改造施工须在甲方停产窗口内完成，每台冻干机停机时间不超过21日，四台分两批施工。
P:2.4 乙方应在施工前提交改造方案、风险评估和回退方案，经甲方工程部和质量部会签后方可实施；拆除的旧设备归甲方所有，由乙方按甲方要求搬运至指定地点。
H:第3条 合同价格
P:3.1 合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），含13%增值税，明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含I/O模块、真空及温度控制回路）|4套|268,000|1,072,000
TB:2|人机界面（HMI）|4套|36,500|146,000
TB:3|数据采集及电子批记录软件许可|1套|418,000|418,000
TB:4|数据库服务器（含冗余）|2台|57,000|114,000
TB:—|软硬件小计（1—4项）|||1,750,000
TB:5|定制开发（配方管理、MES接口、审计追踪报表）|1项|236,000|236,000
TB:6|拆旧、安装、调试|1项|148,000|148,000
TB:7|验证服务（DQ/IQ/OQ/PQ文件及执行配合）|1项|126,000|126,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:合计||||2,280,000
P:3.2 上述价格为固定价格，合同履行期间不因原材料或汇率变化调整。
H:第4条 付款
P:4.1 合同签订后10个工作日内，甲方支付合同总价的10%（¥228,000）作为预付款。
P:4.2 设备到货并完成安装、甲方签署到货安装单后，支付合同总价的35%（¥798,000）。到货安装单不构成质量验收。
P:4.3 系统通过最终验收后，支付合同总价的50%（¥1,140,000）。
P:4.4 合同总价的5%（¥114,000）作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:第5条 交付与验收
P:5.1 乙方应在合同签订后75日内交付全部设备，并在第一批两台冻干机停机窗口开始后21日内完成其改造。
P:5.2 验收标准：（1）IQ确认设备型号、布线、接地、软件版本与设计文件一致；（2）OQ测试报警、联锁、断电恢复及权限管理全部通过；（3）板层温度控制精度±1℃、真空度控制精度±2Pa；（4）每台冻干机连续三个完整批次PQ合格，批记录与MES数据核对一致；（5）审计追踪不可关闭、不可修改，电子签名符合法规要求；（6）验证文件经甲方质量部门审核批准。
P:5.3 安装完成、试生产、甲方使用系统或支付款项，均不视为最终验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:第6条 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费更换故障硬件、修复软件缺陷，并免费配合甲方进行变更控制所需的再验证。
P:6.2 一级故障：乙方应在30分钟内电话响应，8小时内到达现场；其他故障2小时内响应，48小时内到达现场。乙方每超时1小时，向甲方支付¥1,500。
P:6.3 质保期满后，乙方按年度提供维保服务，维保年费按软硬件小计的18%计取，即每年¥315,000，质保期满后前三个服务年度按此价格固定不变。维保服务包括定期巡检、备件更换、软件升级和本条第6.2款所述的故障响应。维保合同每年度书面续签，不自动续期。
H:第7条 数据与数据安全
P:7.1 系统产生的批生产数据、工艺参数、审计追踪记录和电子批记录均属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:7.2 乙方远程访问系统须事先经甲方书面审批，并通过甲方提供的专用通道进行，访问全程记录。乙方应采取防病毒、权限分离、数据备份等措施，确保数据完整性和可追溯性。
P:7.3 发生数据丢失、篡改或泄露的，乙方应在2小时内通知甲方，配合调查和补救；因乙方原因造成的，乙方承担全部责任，包括甲方因此产生的批次报废和监管处理损失。
H:第8条 知识产权
P:8.1 乙方为甲方定制开发的配方管理模块、MES接口、报表程序及其源代码、组态工程文件，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:8.2 标准软件的著作权归其原权利人，乙方保证甲方获得永久使用许可，并保证不侵犯任何第三方权利。
H:第9条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。逾期超过30日的，甲方有权解除合同。
P:9.2 因乙方原因造成冻干批次报废的，乙方按该批次物料成本赔偿。
P:9.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意或重大过失、人身伤害及违反第7条造成的损失不受此限。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第10条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包。经同意的分包，乙方仍对分包部分向甲方承担全部责任。
H:第11条 合同解除
P:11.1 任何一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿损失。
H:第12条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交石家庄仲裁委员会仲裁，仲裁裁决是终局的。
H:第13条 培训与人员
P:13.1 乙方应为甲方工艺、设备、质量及IT人员各提供不少于两期培训，内容包括系统操作、报警处置、配方管理、审计追踪审核和日常维护，培训结束后提交考核记录。
P:13.2 乙方项目经理及调试工程师应具备制药行业冻干设备改造经验，进入洁净区须遵守甲方的更衣、清场和安全规程。未经甲方同意，乙方不得更换项目经理。
H:第14条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，双方可协商延期履行；不可抗力影响持续超过60日的，任何一方可书面通知解除合同。
H:第15条 其他
P:15.1 本合同附件包括技术协议、设备清单、验证计划，与本合同具有同等效力。合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河岳制药股份有限公司    授权代表：__________    日期：__________
P:乙方（盖章）：凝川自动化工程有限公司    授权代表：__________    日期：__________
"""

Z03 = """# 少儿美术教育连锁校区课程与会员管理SaaS服务合同

**合同编号：** CY-IT-2025-019

**甲方（客户）：** 彩芽少儿美术教育管理有限公司（以下简称“甲方”）
地址：四川省成都市武侯区锦里西路57号

**乙方（服务商）：** 云绘校务科技有限公司（以下简称“乙方”）
地址：浙江省杭州市余杭区文一西路1318号

甲方在全国经营40所少儿美术校区，现有排课、消课、会员卡和家校沟通分散在多个工具中。乙方拥有“云绘校务”教培SaaS平台。为统一管理课程体系和会员服务，甲方向乙方订购该平台的订阅服务及实施服务。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等规定，订立本合同。

## 一、服务内容

（一）订阅服务：乙方为甲方40所校区开通“云绘校务”专业版，包括课程与班级管理、排课消课、会员卡及课时包、家长端小程序、作品相册、教师绩效和经营报表。

（二）实施服务：乙方负责历史学员、会员卡余额及课时数据迁移，配置甲方课程体系（启蒙、创意、素描、国画四大系列），开发甲方品牌家长端小程序页面，并与甲方现有财务系统对接收款数据。

（三）培训服务：乙方为总部运营人员及各校区校长、教务提供线上线下培训。

## 二、服务期限

（一）订阅服务期为三个服务年度，自平台上线验收合格之日起算。

（二）服务期满前30日内任何一方未书面提出不再续订的，本合同订阅服务自动续期一个服务年度，以此类推。续期时乙方有权根据其产品价格体系上调订阅费，每次涨幅不超过上一服务年度费用的8%，乙方应在续期前以邮件方式告知甲方调整后的价格。

## 三、费用

| 序号 | 项目 | 计费方式 | 金额（元） |
|---|---|---|---|
| 1 | 订阅服务费 | 40校 × 4,200元/校/服务年度 × 3个服务年度 | 504,000 |
| 2 | 实施服务费（数据迁移、课程体系配置、品牌小程序、财务对接） | 固定价 | 86,000 |
| 3 | 培训服务费 | 固定价 | 14,000 |
| | **合计** | | **604,000** |

订阅服务费折合每个服务季度¥42,000，三个服务年度共十二个服务季度。上述费用均含6%增值税。

## 四、付款方式

（一）甲方不预付任何款项。

（二）实施服务费和培训服务费合计¥100,000，于平台上线验收合格后15个工作日内一次性支付。

（三）订阅服务费按服务季度结算，每个服务季度结束后10个工作日内，乙方提交服务报告和发票，甲方确认后支付该季度费用¥42,000。

## 五、上线与验收

（一）乙方应在合同签订后45日内完成实施并提交上线验收申请。

（二）验收标准：1. 40所校区历史学员、会员卡余额和剩余课时全部迁移，抽查每校不少于20名学员，数据与甲方原始台账一致；2. 排课、消课、请假补课、续费、退费流程按双方确认的测试用例逐项通过；3. 家长端小程序在300人同时在线时页面响应不超过2秒；4. 财务对接的收款流水按日核对无差异。

（三）验收通过后双方签署《上线验收确认书》。甲方使用平台或支付款项不视为验收通过。

（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥500。

## 六、服务水平

（一）平台月度可用率不低于99.5%（计划内维护除外，计划维护须提前48小时通知且安排在22:00至次日7:00之间）。

（二）月度可用率低于承诺值但不低于99.0%的，乙方按当月订阅费的5%给予服务抵扣；低于99.0%的，按当月订阅费的10%给予抵扣。

（三）故障响应：一级故障（平台或小程序整体不可用、消课或收款数据错误）30分钟内响应，6小时内恢复；二级故障2小时内响应；三级故障在1个工作日内响应。一级故障超时恢复的，每超时1小时按当月订阅费的1%抵扣。

## 七、双方义务

（一）甲方应指定总部项目负责人，按时提供历史数据、课程体系资料和测试用例，组织校区人员参加培训和验收测试，并对校区账号的使用行为负责。

（二）乙方应指定专属客户成功经理，每月向甲方提交服务运行报告，内容包括可用率、故障处理、功能使用情况和改进建议；每个服务季度至少召开一次服务回顾会议。

（三）乙方对平台功能进行重大调整或下线甲方正在使用的功能的，应提前60日书面通知甲方，并提供替代方案，不得因此降低本合同约定的服务内容。

（四）新开校区需要开通的，按本合同约定的每校单价按实际服务月份折算计费；校区关闭的，自次一服务季度起停止计费。

## 八、数据与个人信息

（一）甲方学员、家长个人信息、学员作品图片及经营数据（“甲方数据”）属于甲方所有。乙方仅为提供本合同服务处理甲方数据，但乙方有权对甲方数据进行去标识化处理后，将学员学习行为数据、课程消耗数据用于乙方产品优化、算法训练及发布行业研究报告，该权利在合同终止后继续有效。

（二）乙方应将甲方数据存储于中国境内，采取加密传输和存储、访问权限控制、操作日志留存等措施，并按照儿童个人信息保护的有关规定处理不满十四周岁学员的信息。

（三）发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方对家长的赔偿和监管罚款。

（四）合同终止后30日内，乙方应按甲方要求导出全部甲方数据，并在导出确认后删除。

## 九、保密

双方对在合作中知悉的对方商业信息、课程体系、价格政策和技术资料负有保密义务，保密期限至合同终止后三年。

## 十、知识产权

乙方平台及其标准功能的知识产权归乙方。乙方为甲方定制的课程体系配置、品牌小程序页面设计及对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 十一、分包

乙方使用的境内云服务商已在附件中列明并经甲方认可。除此之外，乙方将本合同任何部分分包的，须事先取得甲方书面同意。

## 十二、责任限制

乙方在本合同项下的累计赔偿责任以合同总额的200%为限，但违反第八条、第九条的责任不受此限。

## 十三、合同解除

任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权书面通知解除合同。甲方因乙方违约解除合同的，乙方应退还已付但未使用的服务费。合同因任何原因终止的，乙方应配合甲方完成数据迁移和业务交接，交接期内平台继续按原标准提供服务，不另行收费。

## 十四、法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

## 十五、不可抗力

因地震、疫情防控措施、公共云基础设施重大故障等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不可抗力期间的不可用时间不计入可用率考核，但乙方应在不可抗力消除后尽快恢复服务。

## 十六、其他

（一）双方指定的联系人及电子邮箱见附件二，一方变更联系人或邮箱的，应提前5个工作日书面通知对方；按附件二发送的邮件，发出后即视为送达。

（二）附件一《功能清单及测试用例》、附件二《联系人及通知方式》、附件三《云服务商及数据存储地点》为本合同组成部分。

（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：彩芽少儿美术教育管理有限公司　　　乙方（盖章）：云绘校务科技有限公司

签署日期：2025年　月　日
"""

Z04 = """T:119接处警指挥调度系统年度运维服务合同
P:项目名称：XX市消防救援支队119接处警指挥调度系统运维服务项目
P:采购方式：竞争性磋商（采购编号：XXCG-2025-CS-0882）
P:合同编号：XFZD-YW-2025-07
P:采购人（甲方）：XX市消防救援支队
P:供应商（乙方）：安迅通信技术服务有限公司
P:根据竞争性磋商文件、乙方响应文件及成交通知书，经双方协商一致，就甲方119接处警指挥调度系统运维服务事项订立本合同。磋商文件、响应文件、成交通知书为本合同不可分割的部分。
H:1 服务对象与服务期
P:1.1 服务对象：甲方指挥中心119接处警系统、调度指挥系统、融合通信及录音录像系统、地理信息系统、大屏显示系统，以及配套服务器、存储、网络设备和32个接警调度坐席。
P:1.2 服务期：自2025年8月1日起至2026年7月31日止。服务期满本合同终止，不自动续签；甲方需继续采购的，依法另行组织采购。
P:1.3 服务地点：甲方指挥中心及备用指挥中心。
H:2 服务内容
P:2.1 驻场运维：乙方派驻3名运维工程师（其中1名为项目负责人），实行7×24小时轮班值守，负责系统监控、日常操作支持、数据备份、坐席终端维护和值班记录。
P:2.2 软件维护：对接处警、调度、地理信息和录音软件进行缺陷修复、配置调整、地址库及水源数据更新，每月5日前提交上月系统运行分析报告，内容包括接警量、系统负载、故障处理、隐患排查和优化建议，并在每季度考核前提交季度运维总结。
P:2.3 硬件维保：对服务器、存储、交换机和坐席设备提供备件更换和原厂技术支持，关键备件在甲方现场储备。
P:2.4 应急保障：在重大节假日、重大活动和灾害天气期间增派不少于2名工程师现场保障。
P:2.5 巡检与安全：每月全面巡检一次，每季度开展一次应急切换演练，配合甲方完成网络安全等级保护测评整改。
P:2.6 进场交接：乙方应在服务期起始日前完成与原运维单位的交接，核对系统资产清单、账号权限、备件库存和遗留问题清单，交接记录经甲方签字确认。
H:3 人员要求
P:3.1 项目负责人应具有中级以上通信或计算机相关专业职称或同等资格，具备不少于3个公共安全指挥调度系统运维项目经验；驻场工程师应熟悉接处警业务流程和融合通信设备。
P:3.2 驻场人员名单以响应文件为准，乙方更换人员须提前10日书面报甲方同意，且新人员资格不得低于原人员；甲方认为驻场人员不能胜任的，乙方应在5个工作日内更换。
P:3.3 乙方人员在甲方场所应遵守甲方的值班、安全、保密及营区管理规定，着装整洁，不得在指挥大厅内使用个人通信设备拍照录像。
H:4 甲方义务
P:4.1 甲方为驻场人员提供办公场所、值班休息条件和必要的系统访问账号，及时提供系统原有技术资料、原运维文档和厂商联系方式。
P:4.2 甲方对系统的新建、扩容或接入外部系统，应提前通知乙方；由此新增的运维工作量超出本合同范围的，双方另行协商。
H:5 服务费用与支付
P:5.1 本合同总价为人民币壹佰贰拾陆万肆仟元整（¥1,264,000），为服务期内全部服务的固定总价，分项如下：
TB:序号|服务内容|金额（元）
TB:1|驻场运维服务（3人，7×24小时）|648,000
TB:2|系统软件维护|296,000
TB:3|硬件维保及备件|218,000
TB:4|重大活动及灾害天气应急保障|64,000
TB:5|巡检、演练及等保整改配合|38,000
TB:合计|服务期固定总价|1,264,000
P:5.2 服务费按季度支付，每季度¥316,000。每个服务季度结束后，甲方依据本合同第7条完成季度考核，乙方按考核结果开具发票，甲方在收到发票后15个工作日内支付扣除考核扣款后的当季费用。
P:5.3 甲方不支付预付款。
H:6 服务水平
P:6.1 接处警系统及调度指挥系统年度可用率不低于99.99%。
P:6.2 故障分级与时限：
P:6.2.1 一级故障：接警中断、调度指令无法下达、录音全部失效，乙方驻场人员应在15分钟内响应并启动应急预案，2小时内恢复。
P:6.2.2 二级故障：部分坐席、地理信息或大屏功能异常，30分钟内响应，8小时内恢复。
P:6.2.3 三级故障：不影响接处警的一般问题，2小时内响应，3个工作日内解决。
P:6.3 乙方超过上述恢复时限的，一级故障每超时1小时扣减当季服务费的2%，二级故障每超时1小时扣减0.5%；因乙方原因造成警情漏接或调度延误的，另按第9条处理。
H:7 考核与验收
P:7.1 甲方每季度依据《运维服务考核表》对乙方进行考核，考核内容包括故障响应与恢复时限、值守到岗、巡检与演练完成情况、报告质量和甲方满意度，满分100分。
P:7.2 季度考核得分低于85分的，每低1分扣减当季服务费的0.5%；得分低于70分的，甲方有权要求更换驻场人员。
P:7.3 服务期满前，甲方组织年度验收，依据全年考核记录、运维文档移交情况和系统运行状态出具验收意见。
H:8 数据安全与保密
P:8.1 系统内的报警人信息、警情记录、录音录像、地理信息及调度数据均属于甲方，乙方不得复制、留存、对外提供或用于本合同以外的任何目的，不得将任何数据带出指挥中心。
P:8.2 乙方驻场人员须经甲方政审，签订保密承诺书，使用甲方配发的专用终端；远程维护一律禁止，确需原厂远程支持的，须经甲方书面批准并全程陪同。
P:8.3 发生数据泄露、丢失或系统被非法入侵的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成的，乙方承担全部法律责任和经济损失。
P:8.4 乙方对履约中知悉的甲方工作秘密、警情信息和系统资料承担保密义务，该义务不因合同终止而解除。
H:9 违约责任
P:9.1 乙方未能在服务期起始日完成驻场人员进场和交接的，每逾期一日按合同总价的千分之一支付违约金。
P:9.2 乙方驻场人员擅自离岗、脱岗的，每人次扣减¥2,000。
P:9.3 乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的50%。
H:10 分包
P:10.1 乙方可将硬件维保中的原厂备件更换及设备检测工作委托具备资质的第三方实施，但应提前5个工作日书面告知甲方第三方名称和人员名单。乙方对第三方的工作承担责任。
H:11 知识产权
P:11.1 乙方在服务中为甲方编写的运维脚本、应急预案、操作手册、地址库及水源数据更新成果，其知识产权归甲方所有。
H:12 合同解除
P:12.1 乙方严重违约，包括连续两个季度考核得分低于70分、发生因乙方原因导致的重大警情延误或数据泄露，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同解除或期满时，乙方应在10日内完成全部文档、账号和备件的移交。移交期间乙方应保持驻场值守，直至甲方或新的运维单位书面确认接收完毕，移交工作不影响甲方依本合同追究乙方违约责任。
H:13 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:14 不可抗力
P:14.1 因不可抗力致使本合同不能履行的，受影响方应及时通知对方并采取措施减少损失；但乙方在灾害天气等情形下的应急保障义务属于本合同服务内容，不因此免除。
H:15 其他
P:15.1 本合同一式五份，甲方三份，乙方两份，经双方签章后生效。
P:甲方：XX市消防救援支队（盖章）    乙方：安迅通信技术服务有限公司（盖章）
P:代表：__________    代表：__________    日期：2025年7月  日
"""

Z05 = """# 质云QMS质量管理系统软件许可及定制开发合同

> 质云软件标准合同文本 V4.0（本文本由乙方提供，空白处由双方填写）

合同编号：ZY-QMS-2025-（0733）

甲方：草原香食品股份有限公司（牛肉干、风干牛肉及肉脯生产企业）
住所：内蒙古自治区锡林浩特市经济开发区食品园区6号

乙方：质云软件技术有限公司
住所：江苏省苏州市工业园区星湖街218号

甲方拟建设食品质量管理信息系统，以满足食品生产许可、HACCP体系及产品追溯的管理要求。乙方是“质云QMS”软件的著作权人。甲方现有检验记录以纸质台账和电子表格为主，原料牛肉批次与成品批次之间的追溯依赖人工查询，难以满足监管部门飞行检查和客户审核的时限要求。经协商，双方就软件许可、定制开发及实施服务达成如下协议。

## 第一章 合同标的

**第一条** 乙方向甲方提供“质云QMS”食品行业版软件许可（50个并发用户，永久许可，部署于甲方机房），模块包括：原辅料入厂检验、过程检验、成品检验及放行、不合格品管理、供应商质量管理、检验仪器管理。

**第二条** 乙方根据甲方需求进行定制开发：（一）HACCP关键控制点（蒸煮、烘烤、杀菌、金属探测）在线监控与纠偏记录；（二）从牛肉原料批次到成品批次的正反向追溯，并与甲方ERP系统对接；（三）按甲方格式输出的检验报告和批放行单。

**第三条** 乙方负责软件安装部署、基础数据初始化、用户培训和上线支持。

**第四条** 许可范围：甲方可在其位于锡林浩特的生产基地内使用本软件。甲方增加并发用户、增加生产基地或新增模块的，按乙方届时有效的产品报价另行购买。

**第五条** 甲方应按乙方要求提供服务器、数据库、操作系统及网络环境，指定项目联系人，按时提供检验标准、产品目录、原辅料及供应商清单等基础数据，并组织相关人员参加培训。

## 第二章 价格与支付

**第六条** 合同总价为人民币捌拾陆万元整（¥860,000），构成如下：

| 项目 | 金额（元） |
|---|---|
| 质云QMS食品行业版软件许可（50并发用户，永久） | 620,000 |
| 定制开发（HACCP监控、批次追溯及ERP对接、报表） | 180,000 |
| 实施部署及培训 | 60,000 |
| 合计 | 860,000 |

**第七条** 付款方式：
（一）合同签订后5个工作日内，甲方支付合同总价的55%，即¥473,000；
（二）系统上线后10个工作日内，甲方支付合同总价的45%，即¥387,000。
甲方未按期付款的，乙方有权暂停实施并顺延交付期限。

## 第三章 交付与验收

**第八条** 乙方在收到首期款后90日内完成安装部署和定制开发，并通知甲方上线。因甲方原因（包括需求变更、数据准备延误、现场条件不具备）导致的延误，交付期限相应顺延。乙方的交付物包括：软件安装介质、许可证文件、定制模块安装包、数据库初始化脚本及部署说明。定制模块以编译后的形式交付，乙方不向甲方提供源代码。

**第九条** 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，作为维护事项由乙方在免费维护期内处理，不影响验收结论及付款。

**第十条** 乙方向甲方提供用户操作手册、系统管理员手册各一套（电子版），并为甲方质量部、生产部及仓储人员提供不超过4个工作日的集中培训；超出部分按乙方人天单价另行计费。

## 第四章 维护服务

**第十一条** 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

**第十二条** 乙方接到甲方故障报告后，将在合理时间内尽力处理，具体处理时间视问题复杂程度而定。乙方不对故障处理时间作出承诺，亦不因处理时间承担任何扣款或赔偿责任。

**第十三条** 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的24%，即每年¥148,800。年度维护服务内容包括远程支持、缺陷修复和版本升级；现场服务另按乙方人天单价计费。年度维护合同按服务年度签订，维护费于每个服务年度开始前一次性支付；甲方未续签年度维护合同的，乙方停止提供远程支持和升级服务。

**第十四条** 乙方发布的新版本，甲方在维护期内可免费获得；甲方因未购买年度维护服务而未能升级的，乙方不再对旧版本提供任何支持。甲方自行修改系统配置或数据库造成的问题，不属于维护范围。

## 第五章 知识产权

**第十五条** “质云QMS”软件及其文档的一切知识产权归乙方所有。

**第十六条** 乙方为甲方定制开发的HACCP监控模块、追溯及ERP接口程序、报表模板及其源代码，知识产权均归乙方所有。乙方授予甲方在本企业内部使用上述成果的非独占、不可转让的许可；未经乙方书面同意，甲方不得修改、反编译，或交由第三方维护、复制给关联企业使用。乙方有权将定制成果纳入其标准产品向其他客户提供。

## 第六章 数据安全与保密

**第十七条** 甲方在系统中录入和产生的检验数据、生产记录、供应商信息及追溯数据属于甲方所有，乙方仅在甲方授权范围内为维护目的接触，不得复制、留存或用于其他目的。

**第十八条** 乙方远程维护须通过甲方提供的VPN账号进行并留存操作日志，乙方应采取防病毒、最小权限和数据备份等措施；因乙方原因造成甲方数据泄露、丢失或损坏的，乙方应在发现后24小时内通知甲方，采取补救措施并承担相应赔偿责任。

**第十九条** 双方对在合作中获悉的对方商业秘密、技术资料和经营信息负有保密义务，保密期限为合同终止后三年。

## 第七章 违约责任

**第二十条** 乙方无正当理由逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

**第二十一条** 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

**第二十二条** 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且不承担甲方的间接损失、利润损失或产品召回损失。

## 第八章 合同的解除

**第二十三条** 一方严重违反本合同，经另一方书面通知后30日内仍未纠正的，守约方可以书面通知解除本合同。

**第二十四条** 合同解除后，甲方已支付的软件许可费不予退还，甲方应停止使用未付清费用部分对应的定制成果。因甲方原因解除合同的，甲方应支付乙方已完成工作的全部费用；乙方有权收回相应许可证文件，甲方应在解除后10日内卸载并销毁相关软件副本。

## 第九章 不可抗力

**第二十五条** 因不可抗力、网络运营商故障、第三方软件缺陷、病毒攻击等非乙方可控原因导致的交付延误或系统故障，乙方不承担责任。受影响方应在事件发生后15日内通知对方。

## 第十章 其他

**第二十六条** 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决，协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

**第二十七条** 本合同经双方签字盖章后生效，一式两份，双方各执一份。本合同以乙方标准文本为基础，双方另有约定的，以补充条款为准；本合同未设补充条款。

甲方（盖章）：草原香食品股份有限公司　　　　乙方（盖章）：质云软件技术有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ================================================================ English sources
E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. ACS-CN-2025-112

This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below

BETWEEN

(1) Aegean Chroma Software S.A., a company incorporated in Greece with its registered seat on the island of Nisída Koufonísi, Cyclades, Greece (the "Vendor"); and

(2) Hangzhou Qingyu Umbrella Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 77 Santang Road, Xiaoshan District, Hangzhou, Zhejiang Province (the "Customer").

BACKGROUND

(A) The Customer designs and manufactures printed umbrellas, parasols and rain accessories for brand owners and retailers, and prints canopies by screen printing and digital textile printing.

(B) The Vendor publishes ChromaCanopy, a print-design software suite for textile and soft-goods printing, including pattern repeat design, panel layout for umbrella canopies, colour separation and colour management.

(C) The Customer wishes to acquire perpetual licences of ChromaCanopy for its design studio and pre-press department, together with installation, onboarding and training, on the terms of this Agreement. At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Software" means ChromaCanopy Designer and the ChromaSep colour-separation plug-in, in the current release at the Delivery Date, with their documentation.

1.2 "Delivery Date" means the date on which the Vendor makes the licence keys and installation files available to the Customer.

1.3 "Acceptance" means the Customer's written confirmation that the Software has passed the Acceptance Tests in clause 5.

1.4 "Customer Materials" means artwork, brand files, colour standards, customer orders and any other files or data that the Customer or its clients supply or create with the Software.

1.5 "Customer Templates" means the canopy panel templates, colour profiles and separation presets the Vendor prepares specifically for the Customer under clause 3.2.

2. LICENCE

2.1 The Vendor grants the Customer a non-exclusive, perpetual, non-transferable licence to install and use the Software on the number of seats listed in clause 4 for the Customer's internal business purposes at its premises in Hangzhou and at any factory it operates in mainland China.

2.2 The Customer may make back-up copies, and may move a seat from one workstation to another by deactivating it first.

2.3 The Customer shall not reverse engineer, decompile or sub-license the Software except as permitted by mandatory law.

3. SERVICES

3.1 The Vendor shall install the licence server and the Software on the Customer's workstations, by remote session and with one engineer on site for three days, configure the Customer's printers and RIP software, and calibrate the colour workflow.

3.2 The Vendor shall prepare Customer Templates for the Customer's eight standard canopy formats (from 19-inch children's umbrellas to 68-inch golf umbrellas) and colour profiles for the Customer's two digital textile printers and its screen-printing ink range.

3.3 The Vendor shall train up to twenty designers and pre-press operators in two courses of two days each, in English with a Chinese interpreter provided by the Vendor.

4. PRICE

4.1 The prices are fixed and are inclusive of all taxes, duties and the Vendor's travel costs:

Item                                                   Qty   Unit price (CNY)   Amount (CNY)
ChromaCanopy Designer perpetual seat licence           18    38,500             693,000
ChromaSep colour-separation plug-in, perpetual         6     21,000             126,000
Licence Subtotal                                                                819,000
Installation, calibration and Customer Templates       1     48,000             48,000
Training (two courses)                                 1     23,000             23,000
Total Contract Price                                                            890,000

4.2 The Total Contract Price is CNY 890,000.

5. DELIVERY AND ACCEPTANCE

5.1 The Vendor shall use reasonable efforts to deliver the licence keys within 15 days after signature and to complete installation and the Customer Templates within 45 days after signature. Delivery and completion dates are estimates only, and the Vendor shall have no liability of any kind for delay.

5.2 Within 20 days after the Vendor notifies completion, the Customer shall run the Acceptance Tests, which are: (a) opening, editing and printing forty sample artwork files supplied by the Customer in AI, PSD, PDF and TIFF formats without error; (b) generating panel layouts for each of the eight canopy formats with seam allowances matching the Customer's cutting dies; (c) colour proofs on both digital printers matching the Customer's colour standards with an average deviation of Delta E 2.0 or less; (d) colour separations of up to eight spot colours accepted by the Customer's screen-making department; and (e) concurrent use of all eighteen seats through the licence server.

5.3 If a test fails, the Vendor shall correct the defect and the test shall be repeated. The Customer shall sign an acceptance certificate within five working days after all tests are passed. Installation, use of the Software in production or any payment does not by itself constitute Acceptance.

6. PAYMENT

6.1 The Customer shall pay the Total Contract Price by bank transfer in CNY as follows: (a) 20% (CNY 178,000) within 15 days after signature of this Agreement against the Vendor's invoice; (b) 55% (CNY 489,500) within 15 days after the Delivery Date and completion of installation; and (c) 25% (CNY 222,500) within 15 days after Acceptance.

6.2 The Vendor shall issue valid invoices acceptable to the Customer's tax authority for each payment.

7. WARRANTY

7.1 The Vendor warrants that for ninety (90) days after Acceptance (the "Warranty Period") the Software will perform substantially in accordance with its documentation. The Vendor's sole obligation under this warranty is to correct or work around a reproducible defect reported during the Warranty Period, free of charge.

7.2 The Vendor does not warrant that the Software will be error free or that it will run without interruption.

8. MAINTENANCE AND SUPPORT

8.1 After the Warranty Period, the Customer may order annual Maintenance, which includes new releases, defect correction and support by telephone, e-mail and remote session. The annual Maintenance fee is eleven per cent (11%) of the Licence Subtotal, being CNY 90,090 per year, and is fixed for the first three Maintenance years. Any later change shall be agreed in writing. Maintenance is ordered by the Customer's purchase order for each year and does not renew automatically.

8.2 During the Warranty Period and any Maintenance year, the Vendor shall respond to defects as follows: Severity 1 (the Software cannot be started, licences cannot be issued, or output files are corrupted, so that production printing stops): response within 2 hours during the Customer's business days (08:00 to 20:00 Beijing time) and a workaround or fix within two business days; Severity 2 (a major function fails and no workaround exists): response within 8 business hours; Severity 3 (all other defects and questions): response within two business days.

8.3 For each Severity 1 response made later than the time in clause 8.2, the Vendor shall credit the Customer 5% of the annual Maintenance fee (or, during the Warranty Period, pay the same amount), up to a total of 25% of that fee in any year.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all intellectual property rights in the Software.

9.2 All rights in the Customer Templates vest in the Customer on creation. The Customer may use, copy, modify and license them freely, including to its clients and to other software suppliers. The Vendor shall deliver them in editable form.

9.3 The Customer Materials remain the property of the Customer or its clients.

10. CUSTOMER MATERIALS AND DATA SECURITY

10.1 The Customer Materials belong to the Customer (or its clients) and the Vendor may access them only to perform this Agreement. The Vendor shall not copy, retain or use any Customer Material for any other purpose and shall not use it to develop or promote its products.

10.2 The Software and licence server run on the Customer's own systems. The Vendor's remote sessions require the Customer's approval for each session, are supervised by the Customer's IT staff and are recorded. The Vendor shall keep any Customer Material it receives for troubleshooting encrypted, shall delete it when the issue is closed, and shall ensure its personnel comply with these rules.

10.3 The Vendor shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Materials in its possession, shall cooperate with the Customer's investigation, and shall be liable for all losses the Customer suffers as a result, including claims by the Customer's clients.

11. CONFIDENTIALITY

11.1 Each party shall keep the other party's confidential information, including the Customer's clients' unreleased designs and brand artwork, secret and shall use it only for this Agreement. This obligation survives for three years after termination, and indefinitely for clients' designs.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 125% of the Total Contract Price, except for liability under clauses 10 and 11, infringement of intellectual property rights, death or personal injury, or fraud, which is not limited.

13. SUBCONTRACTING

13.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent. The Vendor remains responsible for any subcontractor.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

14.2 If the Customer terminates under clause 14.1 before Acceptance, the Vendor shall refund all amounts paid and the Customer shall uninstall the Software.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of Greece.

15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Athens, Greece, under the rules of the Athens Chamber of Commerce and Industry, by one arbitrator, in English.

16. GENERAL

16.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

16.2 Notices shall be sent by e-mail and courier to the addresses above.

Signed for and on behalf of Aegean Chroma Software S.A.
Name: ______________________  Title: Managing Director  Date: __________

Signed for and on behalf of Hangzhou Qingyu Umbrella Manufacturing Co., Ltd.
Name: ______________________  Title: General Manager  Date: __________
"""

E02 = """# ORDER FORM No. BM-2025-CN-041

**Shuttle Ticketing Cloud — Subscription Order Form**

This Order Form is entered into between **Balanec Mobilité SAS**, a French simplified joint-stock company with its registered office on the Île Balanec, Finistère, France ("**Provider**"), and **Zhangye Danxia Geopark Tourism Development Co., Ltd.**, a company established in Zhangye, Gansu Province, People's Republic of China ("**Customer**"). It incorporates the General Terms set out in Part 2 below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part 1 — Order details

### 1. Service

1.1 **Service:** Provider's "NaviTicket" cloud platform for timed shuttle-bus ticketing, including online sales through the Customer's WeChat mini-program and website, QR-code boarding validation on handheld scanners, capacity control per departure, group bookings for travel agencies, refunds, and operations dashboards.

1.2 **Scope of use:** the shuttle network of the Danxia geopark (four viewing platforms and two visitor centres), up to 45 shuttle buses, 60 staff accounts and unlimited visitor purchases.

1.3 **Onboarding services:** configuration of routes, timetables and fare rules; integration with the Customer's WeChat Pay and Alipay merchant accounts; integration with the park's entrance-gate system so that park tickets and shuttle tickets are sold as one combined ticket; migration of the travel-agency directory; training for ticket-office and boarding staff.

### 2. Subscription Term

2.1 The Subscription Term is thirty-six (36) months from the Service Start Date, divided into three Subscription Years.

2.2 The **Service Start Date** is the date of Go-Live Acceptance under section 5.

2.3 The Subscription Term does not renew automatically. Any further term requires a new Order Form signed by both parties.

### 3. Fees

All fees are stated and payable in Chinese Renminbi (CNY), at the Customer's request, and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| NaviTicket subscription, Subscription Year 1 | annual fee | 186,000 |
| NaviTicket subscription, Subscription Year 2 | annual fee | 186,000 |
| NaviTicket subscription, Subscription Year 3 | annual fee | 186,000 |
| Onboarding services (one-off) | fixed | 58,000 |
| **Total Contract Value** | | **616,000** |

Handheld scanners are purchased by the Customer separately and are not part of this Order Form.

### 4. Invoicing and payment

4.1 **Invoice 1** — the subscription fee for Subscription Year 1 and the onboarding fee, together CNY 244,000 — is issued on signature of this Order Form and is payable within ten (10) days of its date, before any onboarding work starts and before the Service Start Date.

4.2 **Invoice 2** (CNY 186,000) and **Invoice 3** (CNY 186,000) are issued on the first day of Subscription Years 2 and 3 and are payable within thirty days of the invoice date.

4.3 Payment is by bank transfer to Provider's CNY account with its bank in Shanghai.

### 5. Go-Live Acceptance

5.1 Provider shall complete onboarding and make the platform ready for Go-Live Acceptance within sixty (60) days after receipt of Invoice 1 payment.

5.2 Go-Live Acceptance tests, run jointly on the Customer's premises: (a) purchase, payment and issue of shuttle tickets through the mini-program and website, including combined park-and-shuttle tickets; (b) QR-code validation on every boarding platform, including offline validation with later synchronisation; (c) a load test of 2,000 concurrent purchase sessions with a page response time of 2 seconds or less; (d) refund and partial-refund flows; (e) daily reconciliation of sales against WeChat Pay and Alipay settlement files with no unexplained difference; and (f) group bookings by at least three travel agencies.

5.3 When all tests have passed, the Customer signs a Go-Live Acceptance Certificate. Live sales during a trial period do not by themselves amount to Go-Live Acceptance.

5.4 If Provider does not make the platform ready for Go-Live Acceptance within the period in section 5.1, Provider shall pay the Customer CNY 600 for each day of delay.

### 6. Service Levels

6.1 **Availability target:** 99.95% in each calendar month, measured at Provider's service endpoint, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 23:00 and 06:00 Beijing time.

6.2 **Support:** Severity 1 (ticket sales or boarding validation unavailable for all users) — response within 1 hour, 24 hours a day, 7 days a week, with continuous work until restored; Severity 2 (a major function impaired) — response within 3 business hours; Severity 3 — response within two business days.

6.3 The service levels in this section are targets. Provider will report its performance monthly, but no service credits, fee reductions, refunds or other compensation are payable if a target is missed.

### 7. Hosting and subprocessor

7.1 The platform for the Customer is hosted in a mainland China region of a licensed cloud provider named in Annex A, which the Customer approves by signing this Order Form.

## Part 2 — General Terms

### 1. Provision of the Service

1.1 Provider shall provide the Service in accordance with the Order Form, its documentation and applicable law, with reasonable skill and care.

1.2 Provider may improve the Service from time to time, provided that no change materially reduces the functionality the Customer has ordered.

1.3 The Customer shall appoint a project lead, provide timetables, fare rules and merchant-account details in time for onboarding, make the boarding platforms and the entrance-gate system available for integration and testing, and ensure that its staff keep their account credentials secret.

1.4 During the peak season from May to October, Provider shall not carry out scheduled maintenance on public holidays or during the Golden Week periods, and shall keep a named engineer on call for the Customer during daily operating hours of the shuttle service. Provider shall attend a service review with the Customer once in each quarter to review incidents, capacity and planned releases.

### 2. Customer Data

2.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including visitors' names, mobile numbers, identity-document numbers where collected for real-name ticketing, purchase records and boarding records.

2.2 Customer Data belongs to the Customer. Provider processes Customer Data only on the Customer's documented instructions and only to provide the Service. Provider shall not use Customer Data for any other purpose, including analytics for other clients, product development or marketing, and shall not sell or disclose it.

2.3 Provider shall keep Customer Data in mainland China and shall not transfer it abroad. Provider's staff outside China have no access to production Customer Data.

### 3. Data security

3.1 Provider shall implement and maintain appropriate technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access control with multi-factor authentication for administrators, logging of all administrative access, daily back-ups kept in a second mainland China zone, and annual penetration tests. The platform holds a record for MLPS (等保) level 3.

3.2 Provider shall notify the Customer within 24 hours after becoming aware of a personal-information breach or other security incident affecting Customer Data, shall take immediate steps to contain it and shall assist the Customer in meeting its obligations under the Personal Information Protection Law.

3.3 Provider is responsible for security incidents caused by its breach of this section and shall compensate the Customer for the resulting losses, including regulatory fines and the cost of notifying visitors.

3.4 On expiry or termination Provider shall return Customer Data in a standard format within 30 days and then delete it.

### 4. Intellectual property

4.1 Provider retains all rights in the Service and its software.

4.2 Route configurations, fare rules, mini-program page designs and reports prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party received under the Order Form and use it only to perform it. This obligation lasts for three years after the end of the Subscription Term.

### 6. Subcontracting

6.1 Apart from the hosting provider approved in Annex A, Provider shall not subcontract any part of the Service or appoint any further subprocessor without the Customer's prior written consent.

### 7. Liability

7.1 Each party's aggregate liability under the Order Form is limited to 150% of the Total Contract Value. This limit does not apply to breaches of sections 2, 3 and 5 of these General Terms, to wilful misconduct or to personal injury.

### 8. Term and termination

8.1 Either party may terminate the Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

8.2 If the Customer terminates under section 8.1, Provider shall refund the prepaid fees for the remainder of the Subscription Term and the onboarding fee if Go-Live Acceptance has not been reached.

### 9. Governing law and disputes

9.1 The Order Form and these General Terms are governed by French law.

9.2 Any dispute shall be finally resolved under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Paris, France, and the language is English.

### 10. Miscellaneous

10.1 Neither party may assign the Order Form without the other's written consent. Notices must be in writing and sent to the addresses in the Order Form.

**Signed for Balanec Mobilité SAS:** ______________________ (Président) Date: __________

**Signed for Zhangye Danxia Geopark Tourism Development Co., Ltd.:** ______________________ (General Manager) Date: __________

*Annex A — Hosting provider and data centre location (mainland China region).*
"""

E03 = """T:Purchase Contract for Soil Sensing Equipment and Agronomy Platform
P:Contract No. JK-AG-2025-09 (Buyer's standard form)
P:Buyer: Bayannur Jinkui Sunflower Farming Co., Ltd., Wuyuan County, Bayannur, Inner Mongolia Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Gohren AgriSens GmbH, registered in Germany with its seat on the Insel Gohren, Mecklenburg-Vorpommern, acting through its project office in Beijing (the "Supplier").
P:Whereas the Buyer grows confectionery sunflowers on about 4,200 hectares of drip-irrigated land in the Hetao irrigation district and wishes to schedule irrigation and fertigation from measured soil moisture, and whereas the Supplier has offered a complete soil sensing system after the Buyer's invitation to bid, the parties agree as follows. The Supplier has agreed, at the Buyer's request, that all prices and payments under this Contract are in Chinese Renminbi (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission: 240 multi-depth soil moisture and temperature probes (readings at 10, 30, 50 and 80 cm); 12 LoRaWAN gateways with solar power units; 6 automatic weather stations; and a perpetual licence of the AgriSens agronomy platform, installed on the Buyer's server at the farm headquarters.
P:1.2 The Supplier shall integrate the platform with the Buyer's 28 irrigation controllers so that irrigation advice can be sent to the controllers after approval by the Buyer's agronomist, and shall build the Buyer's field map, crop-stage calendar and irrigation dashboards.
P:1.3 The Supplier shall train the Buyer's agronomists, field technicians and IT staff.
P:1.4 Site conditions: the Supplier has inspected representative fields and accepts the soil, access and radio conditions of the farm. Installation shall not damage drip lines; any damaged line shall be repaired by the Supplier the same day. Probes shall be installed at the locations agreed with the Buyer's agronomist and marked for machinery.
P:1.5 Personnel: the Supplier shall assign a project manager who speaks Chinese or is accompanied by an interpreter, and at least two installation technicians experienced with multi-depth probes. The Supplier's staff shall follow the Buyer's farm safety rules, including the rules for working near pumping stations and power lines.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,772,000, fixed, including VAT, import duties, delivery to the farm, installation and all services under this Contract. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil moisture and temperature probe|240|3,150|756,000
TB:2|LoRaWAN gateway with solar power unit|12|18,400|220,800
TB:3|Automatic weather station|6|42,500|255,000
TB:4|AgriSens agronomy platform, perpetual licence|1|236,000|236,000
TB:|Hardware and Licence Subtotal (items 1-4)|||1,467,800
TB:5|Installation, calibration and commissioning|1|164,000|164,000
TB:6|Irrigation controller integration and dashboards|1|118,200|118,200
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||1,772,000
H:Article 3 Payment
P:3.1 20% of the Contract Price (CNY 354,400) as an advance payment within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price (CNY 797,400) within 15 working days after all equipment is installed and the Buyer signs the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 620,200) within 15 working days after Final Acceptance under Article 5.
P:3.4 Each payment is made against a valid VAT invoice.
H:Article 4 Delivery and Delay
P:4.1 All equipment shall be delivered to the farm within 50 days after signature, and installation shall be completed before the Buyer's sowing date notified in writing, in any event within 80 days after signature.
P:4.2 If the Supplier is late in delivery, installation or readiness for Final Acceptance, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under Article 12.
H:Article 5 Acceptance
P:5.1 Final Acceptance takes place after a trial run of 21 consecutive days in the growing season and requires: (a) probe readings at 24 sampling points within plus or minus 3 percentage points of volumetric water content measured by the gravimetric method on soil cores taken by the Buyer; (b) at least 98% of scheduled readings received by the platform during the trial run; (c) irrigation advice correctly transmitted to all 28 controllers and executed only after approval; (d) weather station data compared with the nearest national meteorological station within the tolerances in the Buyer's technical specification; and (e) delivery of as-built drawings, the probe location list, manuals and the integration source code.
P:5.2 If any criterion is not met, the Supplier shall remedy the failure at its own cost and the trial run shall be repeated for the affected part. The Buyer shall sign the Final Acceptance Certificate within seven days after all criteria are met.
P:5.3 Delivery, installation, use of the system during the trial run or any payment does not constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the platform for 36 months after Final Acceptance. During the warranty period it shall repair or replace defective equipment free of charge, including probes damaged by normal soil movement, correct software defects and supply updates.
P:6.2 Faults are classified as follows. Severity 1: the platform is down, or two or more gateways are out of service, during the irrigation season (April to September). The Supplier shall respond within 1 hour, have a technician on site within 24 hours and restore service within 48 hours. Severity 2: a single gateway, a weather station or more than ten probes fail. the Supplier shall respond within 8 hours and repair within 5 days. Severity 3: all other faults, response within two business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, it shall pay the Buyer CNY 800, deducted from the next payment or claimed directly.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support at 7.5% of the Hardware and Licence Subtotal, being CNY 110,085 per year, fixed for the first two support years. Support is ordered by purchase order for each year and does not renew automatically.
H:Article 7 Buyer Data
P:7.1 All soil, weather, irrigation and yield data collected or generated by the system, and all field maps, belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, retain, sell or use them for any other purpose, including research or product development.
P:7.2 The platform runs on the Buyer's server. The Supplier's remote access requires the Buyer's approval for each session through the Buyer's VPN, is logged, and is restricted to named engineers. No data may be transferred outside mainland China.
P:7.3 The Supplier shall apply appropriate security measures to the gateways and the platform, including changed default passwords, encrypted radio links and timely security patches. It shall notify the Buyer within 24 hours of any security incident affecting Buyer data and shall be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The controller integration, dashboards, field map and all other deliverables made specifically for the Buyer, including source code, belong to the Buyer, which may use, modify and license them freely.
P:8.2 The Supplier retains the rights in the standard platform and grants the Buyer a perpetual licence to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Contract, for three years after the Contract ends.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability under Articles 7 and 9, personal injury and wilful misconduct, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case set out in Article 4.2.
P:12.2 On termination the Supplier shall refund the payments received for undelivered or rejected parts and shall return the advance payment not covered by accepted work; the Buyer may keep and use delivered equipment that has been paid for.
H:Article 13 Force Majeure
P:13.1 A party prevented from performing by force majeure, such as a sandstorm, flood or epidemic control measures, shall notify the other party promptly and provide evidence. Time for performance is extended by the period of the event. If the event lasts more than 60 days, either party may terminate the affected part of the Contract by written notice.
H:Article 14 Training
P:14.1 Training shall cover probe installation and replacement, gateway maintenance, interpretation of soil moisture curves, irrigation scheduling in the platform and system administration. The Supplier shall provide training materials in Chinese and a test of the participants at the end of each course.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
P:15.2 This Contract is made in Chinese and English in four counterparts. Both texts have equal force. The technical specification and the Supplier's bid form part of this Contract; if they conflict with this Contract, this Contract prevails.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________    Date: __________
"""

E04 = """T:Managed Endpoint Services Agreement
P:Reference: CMI-DL-2025-014
P:This Agreement is made between Creagach Managed IT Limited, a company registered in Scotland with its registered office on Eilean Creagach, Argyll and Bute, Scotland (the "Provider"), and Dalian Haixin Marine Equipment Co., Ltd., a company established in the Lushunkou District, Dalian, Liaoning Province, People's Republic of China (the "Customer").
P:Introduction: The Customer supplies deck machinery, steering gear and spare parts to shipyards and ship owners and runs offices, a factory and a warehouse in Dalian with about 620 laptops, desktops and shop-floor terminals. The Customer wishes to outsource the day-to-day management of these devices. The Provider operates a service centre with Mandarin-speaking staff and has agreed, at the Customer's request, to price and invoice the services in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Endpoints" means the Customer's laptops, desktops and shop-floor terminals listed in the inventory agreed at Service Commencement, up to 620 devices, and replacements for them.
P:1.2 "Service Commencement" means the date on which the Customer signs the Service Commencement Certificate under Clause 4.
P:1.3 "Term" means the period of 24 months starting on Service Commencement.
P:1.4 "Monthly Fee" means CNY 28,520, being 620 Endpoints at CNY 46 per Endpoint per month.
P:1.5 "Customer Data" means the files, e-mails, drawings and other information stored on the Endpoints, and the inventory and service-desk records relating to the Customer.
H:2. Services
P:2.1 The Provider shall provide the following services for the Endpoints during the Term: (a) a service desk by telephone, e-mail and chat from 07:30 to 19:30 Beijing time on working days, with an on-call engineer at other times for Priority 1 incidents; (b) operating-system and application patch deployment following a monthly cycle agreed with the Customer; (c) software packaging and distribution for the Customer's standard applications, including its CAD and ERP clients; (d) device imaging, enrolment and retirement; (e) hardware break-fix coordination with the manufacturers under their warranties, and a pool of twelve spare laptops held at the Customer's offices; and (f) monthly asset inventory and reporting.
P:2.2 On-site support at the Customer's premises in Dalian is provided by two field engineers of the Provider's Dalian team on working days.
P:2.3 Changes to standard images, the patch cycle or the list of supported applications follow a change procedure: the Customer or the Provider raises a change request, the Provider states its impact on the service and on the charges, if any, and the change is made only after the Customer approves it in writing. Minor changes within the scope of Clause 2.1 are made without extra charge.
P:2.4 The Services do not include the repair of physical damage caused by misuse, the supply of new hardware or software licences, the support of personal devices of the Customer's staff, or the support of the Customer's servers, network equipment and shipboard systems delivered to its clients. The Provider may quote separately for such work.
P:2.5 The Provider shall keep the spare-laptop pool imaged and ready for use, and shall replace a failed Endpoint from the pool within three working hours of the user's call during service-desk hours, recovering the user's files from the failed device where possible.
H:3. Charges and Payment
P:3.1 The charges are as follows:
TB:Item|Basis|Amount (CNY)
TB:Onboarding (discovery, inventory, imaging standards, tool deployment)|one-off|42,000
TB:Managed endpoint service|620 Endpoints x CNY 46 x 24 months|684,480
TB:Total Contract Value||726,480
P:3.2 The onboarding charge is invoiced after Service Commencement. The Monthly Fee is invoiced monthly in arrears, at the end of each month of the Term. No amount is payable in advance.
P:3.3 The Customer shall pay each undisputed invoice within 30 days after receipt. If the number of Endpoints changes by more than 5%, the Monthly Fee is adjusted pro rata at CNY 46 per Endpoint from the next month.
H:4. Onboarding and Service Commencement
P:4.1 The Provider shall complete onboarding within 45 days after signature of this Agreement.
P:4.2 Service Commencement requires that: (a) all Endpoints are enrolled in the management tool and reconciled with the Customer's asset register; (b) a complete patch cycle has been run on a pilot group of 40 Endpoints without a business-critical failure; (c) the standard images for office and shop-floor devices have been approved by the Customer; (d) the service desk has handled test calls in Mandarin and English; and (e) the run book and escalation list have been delivered.
P:4.3 When the criteria are met the Customer signs the Service Commencement Certificate. The start of live support before that date does not by itself mean Service Commencement.
P:4.4 If Service Commencement is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.
H:5. Service Levels
P:5.1 Priority 1 (the factory's shop-floor terminals, or more than 50 Endpoints, cannot work): response within 30 minutes at any time, workaround within 3 hours. Priority 2 (a group of users or a key application is affected): response within 2 hours during service-desk hours. Priority 3 (a single user): response within 8 service-desk hours.
P:5.2 Monthly patch compliance: at least 95% of online Endpoints shall have received the approved patches within 10 days after the monthly patch release.
P:5.3 Service credits: for each Priority 1 incident whose response is late, 5% of the Monthly Fee; for a month in which patch compliance is missed, 3% of the Monthly Fee. Credits are deducted from the next invoice and are capped at 20% of the Monthly Fee in any month.
P:5.4 The Provider shall report its service-level performance by the fifth working day of each month and attend a monthly service review with the Customer.
H:6. Customer Responsibilities
P:6.1 The Customer shall provide administrator accounts, a desk and network access for the field engineers, and shall tell the Provider in advance about new sites, new applications and changes to its network.
P:6.2 The Customer shall keep licences for its own software and shall approve the monthly patch plan within three working days after it is proposed.
H:7. Customer Data
P:7.1 Customer Data belongs to the Customer. The Provider shall access Customer Data only as needed to perform the Services and shall not sell it, disclose it to third parties or use it for any other purpose.
P:7.2 At the end of the Term the Provider shall return the inventory and service-desk records to the Customer.
H:8. Intellectual Property
P:8.1 The images, software packages, scripts, run books and reports prepared specifically for the Customer belong to the Customer, which may use, modify and give them to a successor provider without restriction.
P:8.2 The Provider's management tools remain the property of the Provider or its licensors and are provided as part of the Services during the Term.
H:9. Confidentiality
P:9.1 Each party shall treat as confidential all non-public information of the other party, including the Customer's product drawings and price lists, shall use it only for this Agreement, and shall not disclose it without the other party's prior written consent. This Clause survives for three years after the Term.
H:10. Subcontracting
P:10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the acts and omissions of any approved subcontractor as for its own.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct, personal injury and breach of Clause 9.
H:12. Term and End of Agreement
P:12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement.
P:12.2 Neither party may terminate this Agreement before the end of the Term, except that the Provider may terminate it by written notice if the Customer fails to pay an undisputed invoice within 60 days after a written reminder. The Customer's remedies for any failure of the Provider are the service credits under Clause 5 and damages subject to Clause 11.
P:12.3 At the end of the Term the Provider shall cooperate in an orderly hand-over to the Customer or its new provider for up to 30 days, at the rates of this Agreement.
H:13. Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, power failures of the public grid or government orders, if it notifies the other party promptly and resumes performance as soon as possible.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian in accordance with its rules. The award is final and binding on both parties.
H:15. General
P:15.1 This Agreement, with its schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices are sent to the addresses above by courier or e-mail with confirmation of receipt.
P:Schedule 1: Endpoint inventory (to be completed at Service Commencement). Schedule 2: Service-level reporting format.
P:Signed for Creagach Managed IT Limited: ____________________ Director    Date: __________
P:Signed for Dalian Haixin Marine Equipment Co., Ltd.: ____________________ Legal Representative    Date: __________
"""

E05 = """API SUBSCRIPTION AGREEMENT
Address Parsing and Standardisation Service

Agreement number: PG-CN-2025-0058

PARTIES

Prvic Geodata d.o.o., a limited liability company organised under the laws of the Republic of Croatia, with its registered seat on the island of Otok Prvić, Šibenik-Knin County, Croatia ("Vendor").

Guangzhou Yunhuo E-commerce Co., Ltd., a company established in Tianhe District, Guangzhou, Guangdong Province, People's Republic of China ("Customer").

RECITALS

The Customer runs online shops on several Chinese marketplaces and its own mini-program and ships about 90,000 parcels a day from warehouses in Guangzhou and Foshan. Free-text delivery addresses entered by buyers are often incomplete or inconsistent, which causes misrouted parcels and failed deliveries.

The Vendor operates an address parsing and standardisation API that splits a free-text Chinese address into province, city, district, street, community, building and room, corrects common errors, and returns a standardised address with a confidence score and geographic coordinates.

The Customer wishes to subscribe to the API for its order-management system. At the Customer's request, all amounts under this Agreement are stated and paid in Chinese Renminbi (CNY).

SECTION 1 - DEFINITIONS

1.1 "API" means the Vendor's address parsing and standardisation application programming interface, including its documentation and the test environment.

1.2 "Customer Data" means the addresses, order numbers and any other data the Customer submits to the API, and the results the API returns for them.

1.3 "Go-Live" means the date on which the Customer confirms in writing that the integration has passed the tests in Section 4.

1.4 "Initial Term" means 24 months from Go-Live.

1.5 "Customer Dictionary" means the list of the Customer's warehouse codes, pickup points, campus and industrial-park address aliases that the Vendor builds and maintains for the Customer.

SECTION 2 - SERVICE

2.1 The Vendor shall provide the API to the Customer during the Initial Term and any renewal term, at a volume of up to 3,500,000 requests per day, with an average response time of 80 milliseconds or less per request measured at the Vendor's gateway.

2.2 The Vendor shall provide integration support: a dedicated test environment, sample code for the Customer's Java order-management system, joint testing, and the building of the Customer Dictionary.

2.3 The API is served from data centres in mainland China (a primary site in Guangzhou and a standby site in Shenzhen operated by a licensed cloud provider named in Annex 1). The Customer approves that provider by signing this Agreement.

2.4 The Vendor shall update its administrative-division and street data at least monthly.

2.5 The Customer shall keep its API keys secret, call the API only from its own systems, and tell the Vendor in advance about planned peaks such as the "618" and "Double 11" shopping festivals. The Vendor shall add capacity for those peaks without extra charge up to twice the daily volume in Section 2.1.

2.6 The Vendor shall give the Customer at least 90 days' notice of any change to the API that is not backward compatible, and shall keep the previous version running for the rest of that period so that the Customer can adapt its systems. The Vendor shall name a technical account manager who speaks Mandarin.

SECTION 3 - FEES AND PAYMENT

3.1 The fees are:

  Subscription fee, up to 3,500,000 requests per day:  CNY 23,500 per month x 24 months = CNY 564,000
  Integration support and Customer Dictionary (one-off):  CNY 36,000
  Total fees for the Initial Term:                         CNY 600,000

3.2 The integration fee is invoiced after Go-Live. The subscription fee is invoiced monthly in arrears, after the end of each month of the Initial Term. The Customer does not pay any amount in advance.

3.3 Requests above the daily volume are not charged; the Vendor may throttle them after notice to the Customer.

3.4 The Customer shall pay undisputed invoices within 30 days after receipt by bank transfer to the Vendor's CNY account.

SECTION 4 - INTEGRATION AND GO-LIVE TESTS

4.1 The Vendor shall complete integration support so that Go-Live can take place within 40 days after signature.

4.2 Go-Live requires: (a) a parsing accuracy of at least 98.5% at district level and 95% at street level on a test set of 20,000 historical addresses chosen by the Customer, checked against manual labelling; (b) a load test at 120 requests per second for two hours with no errors; (c) correct handling of the Customer Dictionary entries; and (d) fail-over from the primary site to the standby site within 60 seconds in a joint test.

4.3 If Go-Live is delayed beyond the period in Section 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 420 for each day of delay.

SECTION 5 - SERVICE LEVELS

5.1 Availability: the API shall be available at least 99.95% of the time in each calendar month, measured as successful responses to the Vendor's synthetic probes every minute, excluding maintenance announced at least five days ahead and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents: Priority 1 (the API is unavailable or returns errors for more than 10% of requests) - response within 30 minutes, at any time, and continuous work until restored; Priority 2 (degraded response time or accuracy) - response within 2 hours; Priority 3 - response within one business day.

5.3 Service credits: if monthly availability is below 99.95% but at least 99.5%, the Vendor credits 10% of that month's subscription fee; below 99.5%, 25%. For each Priority 1 incident whose response is late, an additional 5% of that month's fee. Credits are deducted from the next invoice.

5.4 The Vendor shall send a monthly service report with availability, response times, volumes and incidents.

SECTION 6 - CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to return results to the Customer and shall not use it for any other purpose, including training or improving its models, building address databases for other customers, statistics or marketing.

6.2 The Vendor shall delete request contents from its systems within 72 hours after processing, keeping only technical logs without address content. Customer Data shall be processed and stored only in mainland China and shall not be accessed from outside mainland China.

6.3 The Vendor shall protect Customer Data with encryption in transit, access control limited to named operations staff, logging of all access, and regular vulnerability scanning, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The API is covered by a record for MLPS (等保) level 3.

6.4 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all steps needed to contain it, and compensate the Customer for all losses caused by the Vendor's breach of this Section, including regulatory penalties and claims by consumers.

SECTION 7 - INTELLECTUAL PROPERTY

7.1 The Vendor retains all rights in the API and its models.

7.2 The Customer Dictionary and any mapping tables built specifically for the Customer belong to the Customer. The Vendor shall deliver them in CSV format on request, and the Customer may use, modify and license them freely.

SECTION 8 - CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement, and not disclose it without prior written consent. This Section survives for three years after termination.

SECTION 9 - SUBCONTRACTING

9.1 Except for the cloud provider named in Annex 1, the Vendor shall not subcontract any part of the service without the Customer's prior written consent.

SECTION 10 - LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the Initial Term, except for liability under Sections 6 and 8, which is not limited.

SECTION 11 - TERM, RENEWAL AND TERMINATION

11.1 After the Initial Term, this Agreement renews automatically for successive periods of six months at the same fees and on the same terms, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate by written notice if monthly availability is below 99.5% in any two consecutive months.

11.3 On expiry or termination the Vendor shall, at the Customer's request, support the transfer to another provider for up to 60 days and hand over the Customer Dictionary.

SECTION 12 - GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Republic of Croatia.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, Croatia, by a sole arbitrator, in English.

SECTION 13 - GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent. Changes must be in writing and signed by both parties. Notices are given by e-mail with a copy by courier to the addresses above.

13.2 Annex 1 (cloud provider and data-centre locations) and Annex 2 (API documentation and test set rules) form part of this Agreement.

Signed for Prvic Geodata d.o.o.
Name: __________________  Title: Director  Date: ___________

Signed for Guangzhou Yunhuo E-commerce Co., Ltd.
Name: __________________  Title: Legal Representative  Date: ___________
"""

# ================================================================ labels, plan, checks
G, S = "goods_or_licence", "service"
SPECS = {}


def spec(key, file, lang, category, t, x, plan, figures, fee_base=None, forum_outside=False):
    SPECS[key] = {"file": file, "lang": lang, "category": category, "terms": t, "extra": x, "plan": sorted(plan),
                  "figures": figures, "fee_base": fee_base, "forum_outside_mainland": forum_outside}


spec("h293z01", "h293z01_province_farmland_soil_moisture_platform.txt", "zh", "hardware",
     terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
           post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
     extra(True, True, True, False, 2512000, capped=True), [],
     ["¥2,512,000", "20%", "45%", "35%", "30分钟内响应", "¥800", "千分之一", "质保期为三年", "8%", "¥157,920",
      "不自动续期", "本项目不允许分包", "适用中华人民共和国法律", "均不视为甲方验收合格"], fee_base=1974000)
spec("h293z02", "h293z02_pharma_freeze_dryer_control_system.docx", "zh", "hardware",
     terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
           prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
           post_warranty_fee_pct=18, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
     extra(True, True, True, False, 2280000, capped=True), ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE"],
     ["¥2,280,000", "1,750,000", "10%", "35%", "50%", "5%", "二十四个月", "18%", "¥315,000", "30分钟内电话响应",
      "¥1,500", "万分之八", "150%", "未经甲方书面同意，乙方不得将本合同项下任何工作分包", "适用中华人民共和国法律"],
     fee_base=1750000)
spec("h293z03", "h293z03_art_school_chain_course_membership_saas.md", "zh", "cloud",
     terms(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=500 / 604000 * 100, liability_cap_pct=200,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
     extra(False, True, True, False, 604000), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
     ["604,000", "99.5%", "5%", "30分钟内响应", "8%", "自动续期", "去标识化", "¥500", "200%", "甲方不预付任何款项",
      "¥42,000", "适用中华人民共和国法律"])
spec("h293z04", "h293z04_fire_rescue_119_command_system_om.pdf", "zh", "services",
     terms(availability_pct=99.99, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
           liability_cap_pct=50, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
           warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC", contract_kind=S),
     extra(False, True, True, False, 1264000), ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
     ["¥1,264,000", "¥316,000", "99.99%", "15分钟内响应", "千分之一", "50%", "提前5个工作日书面告知甲方",
      "甲方不支付预付款", "不自动续签", "适用中华人民共和国法律"])
spec("h293z05", "h293z05_beef_jerky_qms_supplier_template.md", "zh", "software",
     terms(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
           liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
           warranty_months=6, post_warranty_fee_pct=24, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC", contract_kind=G),
     extra(True, False, True, True, 860000, capped=True),
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
      "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
     ["¥860,000", "620,000", "55%", "¥473,000", "45%", "系统上线运行即视为甲方验收合格", "免费维护期为六个月", "24%",
      "¥148,800", "合理时间内尽力处理", "知识产权均归乙方所有", "万分之二", "20%", "适用中华人民共和国法律"],
     fee_base=620000)
spec("h293e01", "h293e01_umbrella_print_design_perpetual_licences.txt", "en", "software",
     terms(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=125,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=3,
           post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Greece", contract_kind=G),
     extra(True, True, False, False, 890000, capped=True), ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-WARRANTY"],
     ["CNY 890,000", "819,000", "20% (CNY 178,000)", "55% (CNY 489,500)", "25% (CNY 222,500)", "ninety (90) days",
      "eleven per cent (11%)", "CNY 90,090", "response within 2 hours", "5% of the annual Maintenance fee",
      "no liability of any kind for delay", "125%", "laws of Greece", "arbitration in Athens", "Nisída Koufonísi"],
     fee_base=819000)
spec("h293e02", "h293e02_geopark_shuttle_ticketing_order_form.md", "en", "cloud",
     terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=600 / 616000 * 100, liability_cap_pct=150,
           prepayment_pct=(186000 + 58000) / 616000 * 100, acceptance_clause=True,
           final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
           auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
           governing_law="France", contract_kind=S),
     extra(False, True, True, False, 616000), ["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"],
     ["616,000", "CNY 244,000", "99.95%", "response within 1 hour", "no service credits", "CNY 600", "150%",
      "governed by French law", "Paris, France", "does not renew automatically", "Île Balanec"])
spec("h293e03", "h293e03_sunflower_farm_soil_sensors.docx", "en", "hardware",
     terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
           post_warranty_fee_pct=7.5, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
     extra(True, True, True, False, 1772000, capped=True), [],
     ["CNY 1,772,000", "1,467,800", "20% of the Contract Price (CNY 354,400)", "45% of the Contract Price (CNY 797,400)",
      "35% of the Contract Price (CNY 620,200)", "0.08%", "36 months", "7.5%", "CNY 110,085", "respond within 1 hour",
      "CNY 800", "200%", "Hohhot Arbitration Commission", "Insel Gohren"], fee_base=1467800)
spec("h293e04", "h293e04_ship_equipment_managed_endpoints.pdf", "en", "services",
     terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=450 / 726480 * 100, liability_cap_pct=150,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
           subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
     extra(False, True, True, False, 726480), ["CR-DATA-SECURITY", "CR-TERMINATION"],
     ["726,480", "684,480", "CNY 28,520", "response within 30 minutes", "5% of the Monthly Fee", "CNY 450", "150%",
      "No amount is payable in advance", "Neither party may terminate this Agreement before the end of the Term",
      "Dalian Arbitration Commission", "Eilean Creagach"])
spec("h293e05", "h293e05_ecommerce_address_parsing_api.txt", "en", "cloud",
     terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=420 / 600000 * 100, liability_cap_pct=200,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Croatia", contract_kind=S),
     extra(False, True, True, False, 600000), ["CR-GOVERNING-LAW"],
     ["CNY 600,000", "CNY 564,000", "99.95%", "response within 30 minutes", "10% of that month's subscription fee",
      "CNY 420", "200%", "at the same fees", "laws of the Republic of Croatia", "Zagreb", "Otok Prvić"])

SOURCES = {"h293z01": Z01, "h293z02": Z02, "h293z03": Z03, "h293z04": Z04, "h293z05": Z05,
           "h293e01": E01, "h293e02": E02, "h293e03": E03, "h293e04": E04, "h293e05": E05}


def check_sums():
    a = lambda items, total: (sum(items) == total) or (_ for _ in ()).throw(AssertionError((items, total)))
    # z01
    assert 320 * 4650 == 1488000 and 320 * 620 == 198400
    a([1488000, 486000], 1974000); a([1488000, 486000, 312000, 198400, 27600], 2512000)
    a([2512000 * p // 100 for p in (20, 45, 35)], 2512000); assert [2512000 * p // 100 for p in (20, 45, 35)] == [502400, 1130400, 879200]
    assert 1974000 * 8 // 100 == 157920
    # z02
    assert 4 * 268000 == 1072000 and 4 * 36500 == 146000 and 2 * 57000 == 114000
    a([1072000, 146000, 418000, 114000], 1750000); a([1750000, 236000, 148000, 126000, 20000], 2280000)
    assert [2280000 * p // 100 for p in (10, 35, 50, 5)] == [228000, 798000, 1140000, 114000]; a([228000, 798000, 1140000, 114000], 2280000)
    assert 1750000 * 18 // 100 == 315000
    # z03
    assert 40 * 4200 * 3 == 504000 and 42000 * 12 == 504000 and 40 * 4200 == 42000 * 4
    a([504000, 86000, 14000], 604000); a([86000, 14000], 100000); a([100000] + [42000] * 12, 604000)
    # z04
    a([648000, 296000, 218000, 64000, 38000], 1264000); a([316000] * 4, 1264000)
    # z05
    a([620000, 180000, 60000], 860000); assert 860000 * 55 // 100 == 473000 and 860000 * 45 // 100 == 387000
    a([473000, 387000], 860000); assert 620000 * 24 // 100 == 148800
    # e01
    assert 18 * 38500 == 693000 and 6 * 21000 == 126000
    a([693000, 126000], 819000); a([819000, 48000, 23000], 890000)
    assert [890000 * p // 100 for p in (20, 55, 25)] == [178000, 489500, 222500]; a([178000, 489500, 222500], 890000)
    assert 819000 * 11 // 100 == 90090
    # e02
    a([186000] * 3 + [58000], 616000); a([186000, 58000], 244000); a([244000, 186000, 186000], 616000)
    # e03
    assert 240 * 3150 == 756000 and 12 * 18400 == 220800 and 6 * 42500 == 255000
    a([756000, 220800, 255000, 236000], 1467800); a([1467800, 164000, 118200, 22000], 1772000)
    assert [1772000 * p // 100 for p in (20, 45, 35)] == [354400, 797400, 620200]; a([354400, 797400, 620200], 1772000)
    assert 1467800 * 75 // 1000 == 110085
    # e04
    assert 620 * 46 == 28520 and 28520 * 24 == 684480; a([42000, 684480], 726480)
    # e05
    assert 23500 * 24 == 564000; a([564000, 36000], 600000)


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for key, sp in SPECS.items():
        path = OUT / sp["file"]
        if path.suffix in (".txt", ".md"):
            path.write_text(SOURCES[key], encoding="utf-8")
            print("wrote", sp["file"])
        else:
            targets[key] = (sp["file"], path.suffix[1:])
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    fmt = {}
    problems = []
    for key, sp in SPECS.items():
        path = OUT / sp["file"]
        fmt[path.suffix] = fmt.get(path.suffix, []) + [sp["lang"]]
        text = read_back(path)
        flat = re.sub(r"\s", "", text)
        for fig in sp["figures"]:
            if re.sub(r"\s", "", fig) not in flat:
                problems.append((key, "figure missing", fig))
        n = size(text, sp["lang"])
        lo, hi = (2800, 3300) if sp["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for hit in threshold_hits(text) + threshold_hits(flat if sp["lang"] == "zh" else text):
            problems.append((key, "threshold", hit))
        rules = apply_rules(sp)
        if rules != sp["plan"]:
            problems.append((key, "rules differ from plan", rules, sp["plan"]))
        c = tco(sp)
        label = {"file": sp["file"], "language": sp["lang"], "category": sp["category"],
                 "expected_terms": sp["terms"], "expected_extra": sp["extra"], "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-8s %-4s %-5s len=%-5d risk=%-6s rules=%s%s" % (
            key, sp["lang"], path.suffix, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
            "" if c is None else "  TCO=%.2f share=%.2f%% fee=%.2f/yr x %.2f" % (
                c["tco"], c["share_pct"], c["annual_fee"], c["post_years"])))
    # the mix: 2 compliant, 1 with a single low finding, 6 with 2-3 findings, 1 with about ten
    counts = sorted(len(apply_rules(sp)) for sp in SPECS.values())
    lows = [k for k, sp in SPECS.items() if apply_rules(sp) and risk(apply_rules(sp)) == "low"]
    assert counts[:2] == [0, 0] and counts[2] == 1 and all(2 <= c <= 3 for c in counts[3:9]) and counts[9] >= 9, counts
    assert len(lows) == 1 and len(apply_rules(SPECS[lows[0]])) == 1, lows
    fired = set().union(*(apply_rules(sp) for sp in SPECS.values()))
    print("rules fired across the set:", len(fired), "of 20")
    assert {k: sorted(v) for k, v in fmt.items()} == {".txt": ["en", "en", "zh"], ".md": ["en", "zh", "zh"],
                                                      ".docx": ["en", "zh"], ".pdf": ["en", "zh"]}, fmt
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
