"""holdout228: ten ORDINARY draft contracts (5 zh, 5 en) and their labels, written from policy.md / API.md only.

Writes every contract from the sources below (.md/.txt directly, .docx/.pdf through ../word_pdf.py with
wrap_words=True), asserts price and payment sums and that each labelled figure appears in the text, re-applies the
policy §3/§4 rules to the labels and asserts they equal the plan, writes the .json labels, then reads every built
file back (python-docx paragraphs + tables, pypdf) and fails if a threshold value appears. Run with
/work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- threshold scan (policy §3 and §4 defaults) -------------------------------------------------------------
THRESHOLDS = [
    r"99\.9(?![0-9])", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![0-9.])4\s*(?:小时|个小时|hours?|hrs?|h\b)", r"(?<![十二三四五六七八九])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9])0\.05\s*%", r"万分之五(?![十])", r"百分之零点零五",
    r"(?<![0-9.])100\s*%", r"百分之一百", r"one hundred per\s?cent",
    r"(?<![0-9.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty per\s?cent",
    r"(?<![0-9.])12\s*(?:个月|months?|-month)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?months?", r"一年(?!内|度)", r"\bone year\b",
    r"(?<![0-9.])15\s*%", r"百分之十五(?![点])", r"fifteen per\s?cent",
    r"(?<![0-9.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty per\s?cent",
    r"(?<![0-9.])5\s*(?:年|years?|-year)", r"(?<![十])五年", r"\bfive\s*(?:\(5\)\s*)?years?",
]
TH_RE = [re.compile(p, re.I) for p in THRESHOLDS]


def threshold_hits(text):
    return [m.group(0) for r in TH_RE for m in r.finditer(text)]


def selftest():
    bad = ["可用率99.9%", "4小时内响应", "四小时", "within 4 hours", "four hours", "0.05%", "万分之五", "100%",
           "30%", "百分之三十", "12个月", "十二个月", "12 months", "twelve months", "质保期一年", "one year", "15%",
           "百分之十五", "40%", "5年", "五年", "five years", "5 years", "100 %", "30 %"]
    good = ["99.95%", "99.98%", "24小时", "24 hours", "14 hours", "万分之五十", "0.058%", "130%", "150%", "115%",
            "18个月", "112 months", "24 months", "二十四个月", "每年", "一年内", "年度", "25年", "三十日", "35%",
            "45%", "2025年", "百分之三十五", "140%", "0.15%", "10.5%"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---- policy §3 / §4 re-applied to a label ---------------------------------------------------------------------
def tco_share(price, fee_per_year, warranty_months, horizon=5):
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = fee_per_year * post_years
    return fees / (price + fees) * 100


def apply_rules(t, x, tco=None):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(*tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if x.get("forum_outside_mainland") or (t["governing_law"] not in (None, "PRC")):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if set(rules) & high:
        return "high"
    if set(rules) - {"CR-GOVERNING-LAW"}:
        return "medium"
    return "low"

# ---- h228z01: 交通运输厅 高速公路收费数据分析平台 (政府采购 公开招标, buyer's paper), .pdf, compliant ------------------
H228Z01 = """T:高速公路收费数据分析平台建设项目政府采购合同
P:合同编号：JTT-ZC-2026-0417    采购方式：公开招标    采购项目编号：SZCG-2026-GK-0935
P:采购人（甲方）：某省交通运输厅    地址：省会市建设大道88号
P:供应商（乙方）：恒衢数据科技有限公司    地址：杭州市滨江区江虹路1230号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，甲乙双方就高速公路收费数据分析平台建设项目，经协商一致订立本合同，共同遵守。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设全省高速公路收费数据分析平台，包括：平台软件许可、收费稽核模型与统计报表定制开发、历史收费流水数据治理、系统部署实施及培训。
P:1.2 平台须接入全省联网收费中心、各路段分中心及ETC门架系统的交易流水、车型识别和通行记录，实现逃费稽核、通行量分析、收费异常预警和决策报表功能，具体技术要求见招标文件第五章。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾陆万元整（¥2,660,000.00），为固定总价，含税费、运输、安装、测试、培训及质保期内全部服务费用。分项如下：
TB:序号|内容|金额（元）
TB:1|收费数据分析平台软件许可（省级部署，不限用户数）|1,180,000
TB:2|稽核模型及统计报表定制开发（含源代码）|864,000
TB:3|历史收费流水数据治理（2019年以来）|412,000
TB:4|部署实施及联调|158,000
TB:5|用户培训|46,000
TB:合计||2,660,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币532,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，计人民币1,197,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计人民币931,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成部署并提交初验申请；初验通过后进入九十日试运行期，试运行期满后进行最终验收。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能逐项测试通过；稽核模型对抽样的二十万条历史流水复核，疑似逃费识别准确率不低于92%；单表查询在一亿条数据量下响应不超过3秒；与联网收费中心接口连续十日数据零差错。
P:5.2 最终验收标准：试运行期内无一级故障；数据治理成果经甲方逐表核对一致；通过第三方网络安全等级保护测评；全部技术文档、源代码及操作手册移交完毕。
P:5.3 甲方组织专家按上述标准出具书面验收意见。系统部署、上线运行或甲方付款均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划维护除外，计划维护须提前三日书面报甲方同意）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或稽核数据错误）30分钟内响应、2小时内恢复；二级故障2小时内响应、8小时内恢复；三级故障下一个工作日内处理。
P:6.3 乙方未按时响应或恢复的，每超过一小时扣减服务保证金1,500元；月度可用率每低于约定值0.01个百分点，扣减3,000元。
H:第七条 质量保证与维护
P:7.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供软件缺陷修复、版本升级和现场技术支持。
P:7.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过94,400元），且前三个维护年度内不得上调。
H:第八条 数据安全
P:8.1 收费流水、车辆通行记录、ETC交易数据及其衍生数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，仅通过甲方堡垒机访问生产环境，测试使用甲方提供的脱敏数据；发生数据泄露或安全事件的，应在1小时内报告甲方并采取处置措施，由此造成的损失由乙方全部承担。
H:第九条 保密
P:9.1 乙方对在履行本合同中知悉的甲方工作秘密、网络结构、账号口令及其他未公开信息负有保密义务，保密期限至本合同终止后三年。
H:第十条 知识产权
P:10.1 本项目定制开发的稽核模型、统计报表、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。平台软件原有知识产权仍归乙方，乙方授予甲方永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约且经甲方书面催告后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省交通运输厅    代表：________    日期：____年__月__日
P:乙方（盖章）：恒衢数据科技有限公司    代表：________    日期：____年__月__日
"""

# ---- h228z02: 风电叶片 超声检测系统 + 质保期满后维保, .docx; POST-WARRANTY-FEE, LD-LOW --------------------------------
H228Z02 = """T:叶片超声检测系统采购及维保合同
P:合同编号：YP-CG-2026-118
P:买方（以下简称甲方）：北岸风电叶片制造有限公司
P:卖方（以下简称乙方）：声衡无损检测技术有限公司
P:鉴于甲方新建两条百米级风电叶片生产线，需要对主梁帽、腹板粘接区及叶根预埋螺栓区进行自动化超声检测，乙方具备相应设备制造和工艺开发能力，双方经友好协商，达成如下条款。
H:一、合同标的及价格
P:（一）乙方向甲方提供叶片超声检测系统两套，包括相控阵超声检测设备、自动扫查机械臂、数据分析软件，并负责安装调试、检测工艺开发和人员培训。
P:（二）合同总价为人民币2,740,000元（含13%增值税），明细如下：
TB:项目|数量|金额（元）
TB:相控阵超声检测设备（64通道）|2套|1,460,000
TB:自动扫查机械臂及导轨|2套|620,000
TB:检测数据分析软件许可（永久）|2套|318,000
TB:软硬件小计||2,398,000
TB:安装调试|1项|186,000
TB:检测工艺开发（主梁帽、腹板、叶根）|1项|124,000
TB:操作及二级人员培训|1项|32,000
TB:合同总价||2,740,000
H:二、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即274,000元。
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的60%，即1,644,000元。到货签收仅为数量清点，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即685,000元。
P:（四）余款5%即137,000元作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同生效后一百日内将设备运抵甲方叶片工厂二号车间，并在到货后四十五日内完成安装调试。
P:（二）安装期间乙方人员应遵守甲方车间安全管理规定，进入树脂灌注区须穿戴防护用品。
H:四、验收
P:（一）验收标准：对甲方提供的含人工缺陷对比试块（分层、干斑、粘接不良各不少于十处）进行检测，缺陷检出率不低于98%，定位误差不大于2毫米；单支九十米叶片主梁帽扫查时间不超过110分钟；检测报告格式符合甲方质量体系文件要求；连续试生产检测二十支叶片无系统故障。
P:（二）验收由甲方质量部组织，双方签署最终验收报告。设备安装完成或投入试用均不视为验收合格。
H:五、质量保证
P:（一）质保期为最终验收合格之日起二十四个月。质保期内非甲方原因造成的故障，乙方免费维修或更换零部件。
P:（二）一级故障（检测系统停机，影响叶片出厂）乙方应在1小时内远程响应，24小时内到达现场；二级故障8小时内响应。乙方响应或到场超时的，每超过一小时向甲方支付800元。
H:六、质保期满后的维保
P:（一）质保期满后，乙方按年度提供维保服务，含每季度一次探头校准、软件升级和备件更换。
P:（二）年度维保费按软硬件小计的18%计取，即每年431,640元，在维保期内固定不变，按季度支付。
H:七、知识产权
P:（一）乙方为甲方开发的检测工艺文件、扫查路径程序、缺陷判定标准及对比试块设计归甲方所有，甲方可自由使用、修改并用于其他生产线。设备内置软件的知识产权仍归乙方，甲方享有永久使用权。
H:八、数据安全与保密
P:（一）检测数据、叶片设计图纸和工艺参数属于甲方所有，乙方不得复制、带离或用于其他客户。乙方远程维护须经甲方审批并通过甲方提供的VPN账号进行，全程记录日志；发生数据泄露的，乙方应在2小时内通知甲方并承担由此造成的全部损失。
P:（二）双方对在合作中获知的对方技术信息和经营信息负有保密义务，保密期至合同终止后三年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十、分包
P:（一）设备吊装及基础施工如需分包，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、解除
P:（一）乙方交付的设备经两次整改仍不能通过验收，或乙方有其他根本违约行为经催告三十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、适用法律及争议
P:（一）本合同适用中华人民共和国法律。争议提交株洲仲裁委员会仲裁。
H:十三、其他
P:（一）本合同自双方签字盖章后生效，一式四份，双方各执两份。附件：技术协议、设备配置清单、验收大纲。
P:甲方：北岸风电叶片制造有限公司（盖章）    授权代表：__________
P:乙方：声衡无损检测技术有限公司（盖章）    授权代表：__________
"""

# ---- h228z03: 烧烤连锁 点餐会员 SaaS + 实施, .md; AUTO-RENEWAL, DATA-OWNERSHIP, SLA-AVAILABILITY ---------------------
H228Z03 = """# 门店点餐及会员营销系统云服务合同

合同编号：HL-SaaS-2026-031

甲方（客户）：火炉里餐饮管理连锁有限公司（旗下烧烤门店90家）
乙方（服务商）：点点云餐饮科技有限公司

甲方拟为其全部直营门店统一上线扫码点餐、收银、会员积分及营销系统，乙方以软件即服务（SaaS）方式提供该系统并负责上线实施。双方达成如下约定。

## 1 服务内容与期限

1.1 乙方向甲方90家门店提供扫码点餐、前台收银、后厨出单、会员积分储值、优惠券营销及总部经营报表等云服务，服务部署在乙方租用的境内公有云。
1.2 乙方负责实施：菜品及价格体系初始化、门店设备（打印机、收银机）对接、原会员数据迁移、与甲方财务系统接口开发、店长及收银员培训。
1.3 服务期自全部门店上线验收之日起二十四个月。

## 2 费用

| 项目 | 计算方式 | 金额（元） |
|---|---|---|
| 云服务订阅费 | 90家门店 × 1,380元/店/月 × 24个月 | 2,980,800 |
| 实施费（一次性） | 含数据迁移、接口开发、培训 | 186,000 |
| 合计 | | 3,166,800 |

2.1 订阅费按季度结算，每季度末乙方出具对账单，甲方核对无误后十五个工作日内支付当季费用，即每季度372,600元。
2.2 实施费在全部门店上线验收合格后一次性支付。本合同不设预付款。
2.3 门店数量增减的，订阅费按实际在用门店数按月计算。

## 3 上线验收

3.1 乙方应在合同签订后六十日内完成全部门店上线。
3.2 验收标准：点餐至后厨出单时间不超过3秒；高峰时段（18:00—22:00）单店并发200桌点餐无卡顿；原会员数据（约41万条）迁移后余额和积分逐条核对一致；财务接口连续七日对账无差异；抽查十家门店收银员操作考核合格。
3.3 甲方信息部按上述标准书面确认验收。门店开始使用系统不视为验收合格。
3.4 乙方延误上线的，每逾期一日向甲方支付违约金2,500元。

## 4 服务水平

4.1 乙方承诺系统月度可用率不低于99.5%。
4.2 一级故障（点餐或收银功能在任一门店不可用）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应。
4.3 月度可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障未在约定时间内恢复的，每次另抵扣1,000元。

## 5 数据

5.1 甲方的菜品、订单、会员及交易数据归甲方所有。
5.2 甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于编制餐饮行业消费趋势报告、优化其产品功能及向其他客户提供行业对标分析，该使用权在本合同终止后继续有效。
5.3 乙方应采取加密存储、访问权限控制、操作日志留存不少于六个月等安全措施，系统须通过网络安全等级保护第三级测评；发生会员信息泄露等安全事件的，乙方应在24小时内通知甲方，配合处置并承担因其过错造成的损失。

## 6 保密

6.1 双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

## 7 知识产权

7.1 SaaS平台的知识产权归乙方所有。乙方为甲方专门开发的财务接口程序及甲方的菜品、营销活动配置归甲方所有，甲方可自由使用和修改。

## 8 续期

8.1 服务期届满前三十日任何一方未书面提出不续约的，本合同自动续期二十四个月。续期时乙方有权根据其市场价格调整订阅单价，上调幅度不超过8%，并于续期前通知甲方。

## 9 责任

9.1 乙方对本合同项下的累计赔偿责任以本合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

## 10 转委托

10.1 乙方不得将本合同项下服务转委托第三方；确需委托的，须事先取得甲方书面同意。

## 11 解除

11.1 任何一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权解除本合同。乙方连续两个月可用率低于98%的，视为严重违约。
11.2 合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

## 12 争议

12.1 本合同适用中华人民共和国法律。争议向甲方所在地人民法院起诉。

甲方（盖章）：火炉里餐饮管理连锁有限公司　　　代表签字：__________

乙方（盖章）：点点云餐饮科技有限公司　　　代表签字：__________

签订日期：2026年____月____日
"""

# ---- h228z04: 住建局 建筑工地实名制平台 年度运维 (政府采购 竞争性磋商), .txt; LIABILITY-CAP, SUBCONTRACT ---------------
H228Z04 = """某区住房和城乡建设局
建筑工地劳务实名制管理平台2027年度运维服务合同

采购方式：竞争性磋商
项目编号：QZJ-CS-2026-077
合同编号：QZJ-YW-2027-01

采购人（甲方）：某区住房和城乡建设局
成交供应商（乙方）：筑安信息技术服务有限公司

依据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目磋商文件及乙方响应文件，双方就建筑工地劳务实名制管理平台年度运维服务订立本合同。

第一章 服务范围

第1条 乙方负责甲方建筑工地劳务实名制管理平台（含平台应用、数据库、与省级监管平台的数据接口）及全区在建工地已接入的312套实名制闸机、人脸识别考勤终端的运维服务。
第2条 服务内容包括：平台日常巡检与监控、故障处理、数据质量核查、考勤数据上报省平台的保障、工资代发专户数据对账支持、新开工项目接入、终端现场维修、汛期及节假日值守。
第3条 乙方安排驻场工程师三名，工作日在甲方指定场所办公，节假日安排线上值守。

第二章 服务期限与费用

第4条 服务期自2027年1月1日起至2027年12月31日止。服务期满合同终止，不自动续期。
第5条 服务费总额为人民币捌拾贰万陆仟元整（¥826,000），包括驻场人员费用、终端维修零配件、差旅及税费。
  驻场运维人员费用：      498,000元
  平台软件及数据库运维：  186,000元
  实名制终端现场维修：    118,000元
  新开工项目接入服务：     24,000元
  合计：                  826,000元
第6条 服务费按季度支付，每季度结束后甲方根据考核结果在十五个工作日内支付当季费用206,500元（扣减考核扣款后支付）。本合同不设预付款。

第三章 服务标准与考核

第7条 平台月度可用率不低于99.95%。
第8条 故障等级与时限：一级故障（平台不可用、省平台上报中断或全区考勤数据无法采集）乙方应在30分钟内响应，3小时内恢复；二级故障（单个工地闸机或考勤终端故障）2小时内响应，下一工作日内到场修复；三级问题（咨询、报表调整）两个工作日内处理。
第9条 每月5日前乙方提交上月运维报告，包括可用率、故障清单、上报成功率及整改情况，甲方按考核细则评分。
第10条 考核扣款：一级故障每超时一小时扣款1,000元；月度可用率每低于约定值0.01个百分点扣款1,500元；考勤数据上报省平台成功率低于99%的，当月扣款3,000元。
第11条 服务启动验收：乙方应于2027年1月10日前完成交接并提交运维方案、应急预案和人员名单，经甲方按磋商文件要求逐项核对确认。每延误一日，乙方向甲方支付违约金600元。

第四章 数据安全与保密

第12条 平台内劳务人员身份信息、人脸照片、考勤及工资数据属于甲方所有，乙方仅为履行运维职责接触和处理，不得复制、留存、对外提供或用于其他用途。
第13条 乙方驻场人员须签署个人保密承诺书，运维操作一律通过甲方堡垒机进行，禁止使用个人存储介质；乙方应落实网络安全等级保护第三级要求。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失及行政处罚由乙方承担。
第14条 乙方对在服务中知悉的甲方工作秘密和平台技术资料负有保密义务，保密期限至合同终止后三年。

第五章 知识产权

第15条 乙方在运维期间编写的运维文档、应急预案、数据核查脚本及为新开工项目接入开发的配置，其知识产权归甲方所有，甲方可自由使用、修改及交付后续运维单位。

第六章 人员与分包

第16条 驻场人员应具备三年以上同类平台运维经验，更换人员须提前十日告知甲方。
第17条 乙方可将实名制终端现场维修工作委托具备资质的第三方实施，但应提前五个工作日书面告知甲方分包单位名称，乙方对分包工作承担全部责任。

第七章 违约责任与赔偿

第18条 乙方未按本合同约定提供服务的，甲方有权要求限期整改并按第10条扣款。
第19条 乙方在本合同项下承担的赔偿责任（含违约金和考核扣款）累计以本合同服务费总额的50%为限，但乙方故意或重大过失造成的数据泄露除外。
第20条 甲方无正当理由逾期支付服务费的，按未付金额每日万分之二向乙方支付违约金。

第八章 合同解除

第21条 乙方连续两个季度考核不合格，或发生严重数据安全事件，或有其他根本违约行为经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第九章 争议解决及其他

第22条 本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
第23条 服务期满时乙方应向甲方或甲方指定的单位完整交接平台账号、文档和数据，并协助过渡不少于二十日。
第24条 本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（公章）：某区住房和城乡建设局          代表：__________
乙方（公章）：筑安信息技术服务有限公司      代表：__________
签订日期：2026年12月____日
"""

# ---- h228z05: 牛肉干 MES licence + 定制开发, supplier's own template, .md; ten findings -------------------------------
H228Z05 = """# 智造云MES软件许可及实施合同（标准文本 V4.0）

**本合同为乙方标准合同文本，未经乙方法务书面确认，对条款的修改不生效。**

甲方：草原风食品股份有限公司（牛肉干生产企业）
乙方：工序云智能制造软件有限公司

甲方向乙方采购智造云MES制造执行系统软件许可及配套定制开发、实施服务，用于甲方牛肉干生产基地的腌制、卤煮、烘干、包装及金属检测工序管理。双方经协商签订本合同。

## 第一条 产品与服务

1.1 智造云MES标准版软件许可（永久，生产基地一处，并发用户80个）。
1.2 定制开发：卤煮配方管理与批次追溯模块、烘干房温湿度采集接口、包装线称重及金属检测数据接口、与甲方ERP的工单和库存接口。
1.3 实施服务：系统部署、基础数据初始化、关键用户培训。

## 第二条 合同金额

| 内容 | 金额（元） |
|---|---|
| 智造云MES软件许可 | 720,000 |
| 定制开发 | 380,000 |
| 实施服务 | 80,000 |
| 合计 | 1,180,000 |

以上价格含税。

## 第三条 付款

3.1 合同签订后五个工作日内，甲方支付合同总额的50%，即590,000元，乙方收款后启动项目。
3.2 系统上线后十个工作日内，甲方支付剩余50%，即590,000元。
3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首付款后启动实施，计划工期九十日。因甲方数据准备、现场条件或需求变更导致延误的，工期相应顺延。
4.2 乙方将根据项目实际情况尽力按计划完成上线，工期延误的，乙方不承担违约金或赔偿责任。

## 第五条 验收

5.1 系统部署完成并投入上线运行，即视为甲方验收合格。
5.2 上线后七日内甲方未提出书面异议的，视为甲方对全部交付内容无异议。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。
6.2 一级故障（生产工单无法下达或批次追溯中断）乙方在8小时内响应，二级故障在两个工作日内响应。
6.3 乙方将尽合理努力排除故障，但对故障造成的停产、返工或其他损失不承担扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的28%，即每年201,600元，每年初预付。
7.2 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级。

## 第八条 知识产权

8.1 智造云MES软件及本合同项下定制开发的全部模块、接口程序、源代码、配置模板和文档的知识产权均归乙方所有。
8.2 甲方在本合同有效期内享有非独占、不可转让的使用权，不得修改、反编译或交由第三方维护。

## 第九条 数据

9.1 甲方生产数据归甲方所有。乙方应采取访问控制、数据加密和操作日志等措施保障数据安全；因乙方原因导致数据泄露的，乙方应在48小时内通知甲方并承担相应责任。
9.2 甲方同意乙方可将脱敏后的工艺参数、设备运行和质量数据用于乙方产品改进、行业模型训练及行业分析报告。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，保密期至合同终止后两年。

## 第十一条 违约

11.1 任何一方违反本合同约定的，应承担相应的违约责任。
11.2 乙方不对间接损失、利润损失或生产中断损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十三条 争议解决

13.1 因本合同引起的争议，由双方协商解决；协商不成的，提交乙方所在地（苏州）人民法院诉讼解决。

## 第十四条 其他

14.1 本合同附件《功能清单》《实施计划》为本合同组成部分。本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：草原风食品股份有限公司　　　签字：__________

乙方（盖章）：工序云智能制造软件有限公司　　　签字：__________

日期：2026年____月____日
"""

# ---- h228e01: silk-scarf maker, print-design software perpetual licences (Italian vendor), .pdf, compliant --------
H228E01 = """T:Software Licence and Implementation Agreement
P:Agreement No. LSC-2026-PD-019
P:This Agreement is made between Hangzhou Lanshan Silk Co., Ltd., a company registered in Hangzhou, Zhejiang, People's Republic of China (the "Buyer"), and Serica Disegno S.r.l., with its registered seat on the Isola di Sacca Sessola, Venice, Italy (the "Vendor").
P:Recitals. (A) The Buyer designs and prints silk scarves and needs a print-design system for repeat patterns, colour separation and colourway management in its design studio. (B) The Vendor develops and licenses print-design software for the textile industry. (C) At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's SetaDesign print-design suite, version 9, and the ColourSep plug-in, in object code. 1.2 "Custom Work" means the colour-library migration, the Buyer's scarf templates, the interface to the Buyer's digital-printing RIP and all related scripts and documents made for the Buyer. 1.3 "Final Acceptance" means the Buyer's written acceptance under Clause 5.
H:2. Scope
P:2.1 The Vendor grants the Buyer perpetual, non-exclusive licences to use the Software for forty named designers and twelve colour-separation workstations at the Buyer's premises in Hangzhou. 2.2 The Vendor shall install the Software, migrate the Buyer's existing Pantone-referenced colour library of about 6,800 colours, build the Custom Work and train the Buyer's staff.
H:3. Prices
P:3.1 The total Contract Price is CNY 1,230,000, inclusive of VAT and all taxes, fixed for the duration of this Agreement:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:SetaDesign perpetual named-user licence|40|21,500|860,000
TB:ColourSep plug-in perpetual licence|12|9,800|117,600
TB:Licence subtotal|||977,600
TB:Implementation, colour-library migration and RIP interface|1||214,000
TB:Training (designers and administrators)|1||38,400
TB:Total Contract Price|||1,230,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 246,000) within twenty days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Buyer. 4.2 The Buyer shall pay 45% (CNY 553,500) within twenty days after the Installation Test in Clause 5.1 is passed. 4.3 The Buyer shall pay the remaining 35% (CNY 430,500) within twenty days after Final Acceptance. 4.4 Each payment is made against a valid Chinese VAT invoice issued through the Vendor's agent in Shanghai.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall complete installation within sixty days after signature. The Installation Test requires that all licences are activated, every workstation opens the Buyer's twenty reference designs, and the RIP interface sends a test job to each of the Buyer's three printers.
P:5.2 Final Acceptance requires that: (a) all migrated colours match the source library within a colour difference of Delta E 1.0, checked on a sample of 500 colours chosen by the Buyer; (b) a repeat pattern of 90 by 90 centimetres is separated into up to sixteen channels in less than two minutes; (c) twenty production jobs are printed from the Software without a Severity 1 fault over twenty working days; and (d) the Custom Work, its source scripts and the user documentation are handed over.
P:5.3 The Buyer shall confirm Final Acceptance in writing within ten working days after the tests are passed. Installation, productive use of the Software or any payment shall not be treated as Final Acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Software and the Custom Work will perform in accordance with the documentation for eighteen months after Final Acceptance. During this period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Severity 1 faults (the Software cannot be used for design or printing in the studio) shall be responded to within 2 hours and restored within one working day. Severity 2 faults shall be responded to within 8 working hours. For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 1,000, deducted from the next payment or the support fee.
H:7. Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support covering updates, defect correction and the service levels in Clause 6.2. The annual support fee is 11% of the Licence subtotal, that is CNY 107,536 per year, and shall not increase during the first three support years. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:7.2 Support is ordered by purchase order for each year; it does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors. 8.2 All rights in the Custom Work vest in the Buyer on creation. The Buyer may use, modify, copy and license the Custom Work freely, including to another service provider. The Vendor shall deliver the source scripts with Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 All scarf designs, colour libraries, customer artwork and production data provided by or created for the Buyer ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:9.2 The Software is installed on the Buyer's own servers. The Vendor shall access them only through the Buyer's VPN with an individual account approved for each session, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to Buyer Data, cooperate in the response, and bear the losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information, including unreleased scarf collections, and shall not disclose it without prior written consent. This obligation survives for three years after termination.
H:11. Delay and Liability
P:11.1 If the Vendor fails to pass the Installation Test or Final Acceptance by the agreed date, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to breach of Clauses 9 and 10, wilful misconduct or personal injury.
H:12. Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within twenty days after notice, or if the delay damages reach their maximum. The Vendor shall then refund the amounts paid for work not accepted.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:16. General
P:16.1 This Agreement is made in English and Chinese; both versions are equally valid. It enters into force on signature by both parties.
P:For the Buyer: Hangzhou Lanshan Silk Co., Ltd.    Signature: ______________    Date: __________
P:For the Vendor: Serica Disegno S.r.l.    Signature: ______________    Date: __________
"""

# ---- h228e02: waterfall park ticketing SaaS, Order Form + General Terms (German vendor), .txt ----------------------
#      SLA-RESPONSE, SUBCONTRACT, TERMINATION
H228E02 = """ORDER FORM No. KT-CN-2026-0588
under the KasseTor General Terms for Cloud Services (version 2026-03), reproduced in Part 2

PART 1 - ORDER FORM

Provider: KasseTor Ticketing GmbH, registered seat on the Insel Herrenwörth, Chiemsee, Bavaria, Germany, acting through its service desk in Chengdu.
Customer: Guizhou Huangguoshu Scenic Area Tourism Development Co., Ltd., Anshun, Guizhou, People's Republic of China.

1. Services ordered
KasseTor Park Cloud: online and on-site ticket sales, timed-entry quotas for the waterfall viewing areas, QR and ID-card gate validation for 46 turnstiles, sightseeing-bus seat booking, channel distribution to online travel agencies, and daily settlement reports. Hosting: Provider's cloud region in mainland China.

2. Subscription Term
Thirty-six (36) months from the Service Start Date, which is the date of Go-Live Acceptance under item 5.

3. Fees (in CNY, at Customer's request; VAT included)
  Monthly subscription fee (46 gates, unlimited ticket volume)   CNY 46,800 x 36 months = CNY 1,684,800
  One-time setup and integration fee                              CNY 96,000
  Total fees for the Subscription Term                            CNY 1,780,800
Ticket volume is unlimited; no usage-based charges apply.

4. Invoicing and payment
The setup fee is invoiced after Go-Live Acceptance. The subscription fee is invoiced quarterly in arrears (CNY 140,400 per quarter) and paid within 30 days after invoice. No amount is payable before the Service Start Date.

5. Setup and Go-Live Acceptance
5.1 Provider shall configure the ticket products and quotas, integrate the 46 turnstiles and the park's two online-travel-agency channels, and migrate season-pass holders (about 52,000 records) within 75 days after signature.
5.2 Go-Live Acceptance tests: (a) 3,000 ticket sales per hour sustained in a load test; (b) each gate validates a QR code in under one second; (c) the settlement report matches the payment-gateway statement for seven consecutive days; (d) season-pass records reconcile one by one; (e) the staff of the four ticket offices are trained. Customer shall sign an acceptance certificate within five working days after the tests are passed. Use of the service in live operation before that is not acceptance.
5.3 If Go-Live Acceptance is delayed through Provider's fault, Provider shall pay CNY 1,200 for each day of delay, up to CNY 90,000.

6. Special terms agreed for this Order
Prices are fixed for the Subscription Term. The Order does not renew automatically; any renewal requires a new Order Form signed by both parties.

Signed for Customer: __________________   Name / title: __________________   Date: __________
Signed for Provider: __________________   Name / title: __________________   Date: __________

PART 2 - KASSETOR GENERAL TERMS FOR CLOUD SERVICES (extract applicable to this Order)

1. Definitions
"Customer Data" means all data that Customer or its visitors enter into the service, including ticket, visitor identity and payment data. "Configurations" means the ticket products, price rules, quotas, report layouts and interfaces set up for Customer. "Service Levels" means the levels in Clause 3.

2. Provision of the Service
2.1 Provider shall provide the service in accordance with its documentation and with the Service Levels. 2.2 Provider may improve the service from time to time, provided that no change reduces the functions ordered.

3. Service Levels
3.1 Availability. The service shall be available 99.95% of each calendar month, excluding announced maintenance of no more than six hours per month, performed between 23:00 and 06:00 China time.
3.2 Support. Priority 1 incidents (ticket sales or gate validation unavailable) shall receive a first response within 8 hours of being reported through the support portal. Priority 2 incidents shall receive a first response within two business days. Provider will use reasonable efforts to restore Priority 1 incidents promptly.
3.3 Service credits. If monthly availability falls below 99.95%, Customer receives a credit of 5% of the monthly fee; below 99.5%, 10%; below 99.0%, 20%. Credits are deducted from the next invoice.

4. Customer Data
4.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's documented instructions and only to provide the service. 4.2 Provider stores Customer Data only in mainland China, encrypts it in transit and at rest, limits access to named support staff with multi-factor authentication, keeps access logs for six months, and maintains ISO 27001 certification and an MLPS level 3 filing for the hosting environment. 4.3 Provider shall notify Customer of any personal-data breach within 24 hours, assist Customer with notices to authorities and visitors, and bear the costs and losses caused by its breach of this Clause 4. 4.4 On expiry, Provider returns Customer Data in CSV format within 30 days and then deletes it.

5. Configurations and Intellectual Property
5.1 The service, its software and documentation remain Provider's property. 5.2 The Configurations and any reports or interfaces made specifically for Customer belong to Customer, which may use, modify and pass them to another provider without restriction.

6. Confidentiality
Each party shall keep the other party's confidential information secret, use it only for this Order and disclose it only to staff and advisers who need it, during the Subscription Term and three years thereafter.

7. Subcontractors
Provider may use affiliates and third-party subcontractors, including hosting providers and support centres, to perform the service. Provider will inform Customer of any new subcontractor by e-mail at least 14 days before it starts work. Provider remains responsible for its subcontractors.

8. Liability
8.1 Provider's total liability arising out of or in connection with the Order is limited to 150% of the total fees for the Subscription Term. 8.2 The limit does not apply to breach of Clause 4, wilful misconduct or personal injury. 8.3 Neither party is liable for indirect loss or loss of profit, except under Clause 4.

9. Term and Termination
9.1 The Order runs for the Subscription Term and may not be terminated early by either party, except by Provider if Customer fails to pay undisputed fees within 60 days after a reminder. 9.2 Customer's remedies for any failure of the service are the service credits in Clause 3.3, the delay payment in item 5.3 of the Order Form and damages under Clause 8; Customer may not terminate the Order for breach. 9.3 On expiry, Provider shall support the transfer of Customer Data and Configurations to Customer or its new provider for up to 30 days at no charge.

10. Force majeure
Neither party is liable for failure caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it informs the other party without delay and resumes performance as soon as possible.

11. Governing law and disputes
These terms and the Order are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.

12. Order of precedence
The Order Form prevails over these General Terms. These General Terms prevail over any terms on Customer's purchase orders.
"""

# ---- h228e03: Shacheng sea-bream farm water sensors (French integrator, buyer's paper), .docx; PREPAYMENT, DATA-SECURITY
H228E03 = """T:Purchase Contract for Water-Quality Monitoring Equipment
P:Contract No. SCY-EQ-2026-07
P:Buyer: Fuding Shacheng Blue Bay Aquaculture Co., Ltd., Shacheng Town, Fuding, Fujian, People's Republic of China ("Buyer").
P:Seller: Hydrobrescou SAS, registered office on the Île de Brescou, Agde, France ("Seller").
P:Whereas the Buyer raises large yellow croaker and red sea bream in offshore net pens in Shacheng Bay and wishes to monitor dissolved oxygen, temperature, salinity, pH and turbidity in real time, and the Seller supplies and integrates marine sensor systems, the parties agree as follows. All amounts are in Chinese yuan (CNY), as requested by the Buyer.
H:Article 1 Subject
P:1.1 The Seller shall supply 64 multi-parameter sondes, 16 solar-powered buoy gateways with 4G and LoRa links, and perpetual licences of the AquaSentinel monitoring software, and shall install, moor, calibrate and commission them at the Buyer's 16 pen groups, and train the Buyer's staff.
H:Article 2 Price
P:2.1 The Contract Price is CNY 1,650,000, including VAT, import duties, freight to Shacheng, installation and training. It is fixed.
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sonde (DO, temperature, salinity, pH, turbidity)|64|14,200|908,800
TB:Buoy gateway, solar, 4G / LoRa|16|18,500|296,000
TB:AquaSentinel software, perpetual licence (server + 20 users)|1|186,000|186,000
TB:Equipment and software subtotal|||1,390,800
TB:Marine installation and mooring|1||212,000
TB:Calibration, commissioning and training|1||47,200
TB:Contract Price|||1,650,000
H:Article 3 Payment
P:3.1 Advance payment: 45% of the Contract Price, CNY 742,500, within fifteen days after signature, against the Seller's invoice.
P:3.2 45% of the Contract Price, CNY 742,500, within twenty days after Final Acceptance under Article 5.
P:3.3 10% of the Contract Price, CNY 165,000, as retention, within twenty days after the end of the warranty period, provided no warranty claim is open.
H:Article 4 Delivery
P:4.1 The Seller shall deliver the equipment DDP Shacheng port within ninety days after signature and complete installation within forty days after delivery, outside the typhoon warning periods announced by the Fuding Meteorological Bureau.
P:4.2 The Buyer provides a work boat, pen access and a server room at its shore base.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests: (a) each sonde reading agrees with the Buyer's calibrated reference instrument within 0.2 mg/L for dissolved oxygen, 0.1 °C for temperature and 0.3 PSU for salinity; (b) data from every pen group reaches the software at ten-minute intervals with a completeness of at least 98% over a trial run of 21 consecutive days; (c) low-oxygen alarms reach the duty officer's phone within two minutes in a simulated test at each pen group; (d) documents, calibration certificates and training records are delivered.
P:5.2 Final Acceptance is confirmed by a certificate signed by both parties. Delivery, mooring or use of the data by the Buyer is not acceptance. If a test fails, the Seller shall remedy the defect within fifteen days and repeat the test.
H:Article 6 Warranty and Service
P:6.1 The warranty period is 24 months from Final Acceptance. The Seller shall repair or replace defective equipment and correct software faults free of charge, including boat time and divers.
P:6.2 Critical faults (loss of data or alarms from a pen group) shall receive a response within 1 hour and a technician on site within 24 hours, weather permitting. Other faults shall receive a response within one working day. For each hour of delay beyond these times the Seller shall pay CNY 600.
P:6.3 Sensor membranes and batteries are consumables and are supplied at the prices in Annex 2.
H:Article 7 Service after Warranty
P:7.1 After the warranty period the Buyer may order annual service (two calibrations, firmware and software updates, repair labour) at 9% of the Equipment and software subtotal per year, CNY 125,172, fixed for the first two service years. The service is ordered each year by purchase order.
H:Article 8 Intellectual Property
P:8.1 The AquaSentinel software and sonde firmware remain the Seller's property and are licensed to the Buyer perpetually. 8.2 The pen layout drawings, alarm rules, dashboards and calibration records prepared for the Buyer belong to the Buyer, which may use and modify them freely.
H:Article 9 Farm Data
P:9.1 The measurement data, alarm logs and production records of the Buyer's farm belong to the Buyer. The Seller shall use them only to perform this Contract and shall not sell them or use them for any other purpose.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information received from the other party and shall not disclose it to third parties without written consent, during this Contract and for three years after it ends.
H:Article 11 Delay Damages
P:11.1 If the Seller delays delivery, installation or Final Acceptance, it shall pay 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of delay damages does not release the Seller from its obligations.
H:Article 12 Subcontracting
P:12.1 The Seller may subcontract the marine mooring work only to a contractor approved by the Buyer in writing in advance. Any other subcontracting also requires the Buyer's prior written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract if the Seller fails to pass Final Acceptance after two remedy attempts, or commits another material breach and fails to remedy it within twenty days after written notice. The Seller shall then refund the amounts paid and take back the equipment at its cost.
H:Article 14 Force Majeure
P:14.1 Typhoons, red tides and other natural events beyond the parties' control excuse delay for their duration, provided the affected party notifies the other party within three days and provides evidence.
H:Article 15 Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Article 16 Final Provisions
P:16.1 This Contract is signed in two originals in English and Chinese. Annex 1 (Technical Specification) and Annex 2 (Consumables Price List) form part of it.
P:Buyer: Fuding Shacheng Blue Bay Aquaculture Co., Ltd.    Authorised signature: ______________
P:Seller: Hydrobrescou SAS    Authorised signature: ______________
"""

# ---- h228e04: Zhuhai yacht builder managed IT and desktop support (Spanish provider), .md; GOVERNING-LAW only -------
H228E04 = """# Managed IT Services Agreement

**Reference:** MIS-ZHY-2026-11

**Between**

**Zhuhai Haiyue Yacht Manufacturing Co., Ltd.**, Pingsha, Jinwan District, Zhuhai, Guangdong, People's Republic of China ("**Client**"); and

**Canarias Soporte TI, S.L.**, registered seat on Montaña Clara, Canary Islands, Spain, operating in China through its service partner office in Zhuhai ("**Provider**").

**Background.** Client builds composite motor yachts in two sheds and a design office with about 420 users. Client wants one provider for its service desk, desktop support, servers and network. Provider has run similar services for shipyards. At Client's request all charges are in Chinese yuan (CNY).

---

## Part I - Services

**I.1 Scope.** Provider shall deliver: (a) a bilingual service desk (Chinese and English) from 07:30 to 21:00 on working days and on call at other times; (b) desktop and laptop support for about 420 users, including CAD workstations in the design office; (c) monitoring and administration of 26 servers, backup and the shipyard Wi-Fi; (d) patching and anti-virus management; (e) IT asset records; (f) monthly service reports.

**I.2 On-site staff.** Provider shall keep two engineers on site at Pingsha during working hours.

**I.3 Transition.** Provider shall take over the services from Client's current supplier within 45 days after signature, following the transition plan in Schedule 2, and shall complete a documented inventory of all devices, accounts and licences.

## Part II - Charges and Payment

| Charge | Basis | CNY |
|---|---|---|
| Monthly service charge | 24 months x CNY 58,500 | 1,404,000 |
| Transition charge (one time) | fixed | 64,000 |
| **Total contract value** | | **1,468,000** |

**II.1** The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears and paid within 30 days. No payment is due in advance.

**II.2** The charges are fixed for the term of 24 months and include all staff, tools and travel in Zhuhai.

## Part III - Acceptance of Transition

**III.1** Transition Acceptance requires: (a) the inventory reconciled with Client's records for at least 98% of devices; (b) all admin credentials handed to Client's vault; (c) a successful restore test of three servers chosen by Client; (d) ten consecutive working days of service-desk operation meeting the service levels. Client shall sign the Transition Acceptance Certificate within five working days after the criteria are met. Start of the services alone does not count as acceptance.

**III.2** If Transition Acceptance is late through Provider's fault, Provider shall pay CNY 1,500 for each day of delay, up to CNY 60,000.

## Part IV - Service Levels

| Priority | Example | Response | Resolution target |
|---|---|---|---|
| P1 | server room or yard network down, design office cannot work | 30 minutes | 6 hours |
| P2 | a department or CAD workstation group affected | 2 hours | next working day |
| P3 | single user issue | 8 working hours | 3 working days |

**IV.1** Response means an engineer working on the ticket. Provider shall meet at least 95% of P2 and P3 targets each month.

**IV.2 Service credits.** For each P1 response missed, Provider credits CNY 2,000; for each P1 resolution missed, CNY 3,000; if fewer than 95% of P2 and P3 targets are met in a month, 5% of that month's charge. Credits are deducted from the next invoice.

## Part V - Client Data and Security

**V.1** All data on Client's systems, including yacht designs, customer files, HR and financial data ("**Client Data**"), belongs to Client. Provider shall use Client Data only to deliver the services.

**V.2** Provider's engineers shall access Client systems only with personal accounts, multi-factor authentication and through Client's jump server; they shall not copy Client Data to personal devices or outside Client's network. Provider shall follow Client's information-security policy and the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

**V.3** Provider shall report any security incident involving Client Data within 2 hours, support the investigation, and bear the losses caused by its breach of this Part V.

## Part VI - Confidentiality

Each party shall protect the other party's confidential information, in particular Client's unreleased yacht designs and customer lists, with at least reasonable care, use it only for this Agreement and not disclose it to third parties without written consent. This duty lasts for three years after the Agreement ends.

## Part VII - Documents and Intellectual Property

The runbooks, network diagrams, scripts, inventory and knowledge articles prepared under this Agreement belong to Client, which may use, modify and hand them to any later provider. Provider's own tools remain its property.

## Part VIII - Personnel and Subcontracting

**VIII.1** Provider shall not subcontract any part of the services without Client's prior written consent, and remains fully responsible for approved subcontractors.

**VIII.2** Provider shall replace any engineer whom Client reasonably asks to be replaced within ten working days.

## Part IX - Liability

Provider's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of Parts V and VI, wilful misconduct or personal injury.

## Part X - Term and Termination

**X.1** This Agreement runs for 24 months from Transition Acceptance and then ends. It does not renew automatically; an extension needs a written amendment signed by both parties.

**X.2** Client may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if P1 response times are missed more than three times in two consecutive months.

**X.3** On expiry or termination Provider shall support the hand-over to Client or a new provider for up to 30 days at the agreed monthly rate pro rata.

## Part XI - Governing Law and Disputes

**XI.1** This Agreement is governed by the laws of the People's Republic of China.

**XI.2** Any dispute arising out of or relating to this Agreement shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore, in English.

## Part XII - General

Notices are sent by e-mail and courier to the addresses above. Schedules: 1 Service Description; 2 Transition Plan; 3 Asset List.

Signed for Client: ______________________  Date: __________

Signed for Provider: ____________________  Date: __________
"""

# ---- h228e05: Gansu potato-starch exporter, quality-certificate API subscription (Scottish vendor), .txt -------------
#      SLA-MISSING, SLA-RESPONSE (unstated), CONFIDENTIALITY
H228E05 = """API SUBSCRIPTION AGREEMENT
CertiLink Export Quality Certificate API

Agreement number: CL-GS-2026-204

PARTIES
(1) Gansu Longyuan Potato Starch Co., Ltd., Dingxi, Gansu Province, People's Republic of China (the "Customer").
(2) CertiLink Hebrides Ltd, registered office on Eilean Chaluim Chille, Isle of Lewis, Scotland, United Kingdom (the "Supplier").

BACKGROUND
A. The Customer exports native and modified potato starch to food manufacturers in South-East Asia and the Middle East and issues a certificate of analysis with each shipment.
B. The Supplier operates an application programming interface that generates, signs and verifies digital quality certificates and makes them available to importers and customs brokers through a verification portal.
C. The Customer wishes to connect its laboratory information system to the API. At the Customer's request all fees are stated in Chinese yuan (CNY).

1. DEFINITIONS
1.1 "API" means the Supplier's CertiLink certificate API and verification portal.
1.2 "Customer Data" means laboratory results, batch numbers, shipment and buyer details and all certificates the Customer creates through the API.
1.3 "Subscription Period" means 24 months from the Onboarding Acceptance Date.
1.4 "Onboarding" means the connection of the Customer's laboratory information system, certificate templates for nine product grades and the test environment.

2. SUBSCRIPTION
2.1 The Supplier grants the Customer a non-exclusive right to use the API during the Subscription Period for up to 6,000 certificates per year.
2.2 The Supplier will host the API for Chinese customers in a data centre in mainland China operated by its hosting partner.
2.3 The Supplier will use commercially reasonable efforts to keep the API available and to deal with support requests submitted through the support e-mail address during Edinburgh business hours. No particular availability, response time or resolution time is promised.

3. FEES
3.1 Annual subscription fee: CNY 228,000 per year, for two years, CNY 456,000 in total.
3.2 Onboarding fee (one time): CNY 34,000.
3.3 Total fees under this Agreement: CNY 490,000.
3.4 The annual subscription fee is invoiced in four equal quarterly instalments of CNY 57,000 at the end of each quarter. The onboarding fee is invoiced after the Onboarding Acceptance Date. All invoices are payable within 30 days. Nothing is payable in advance.
3.5 Fees are fixed for the Subscription Period. Certificates above the yearly volume are charged at CNY 30 each.

4. ONBOARDING AND ACCEPTANCE
4.1 The Supplier shall complete Onboarding within 50 days after signature.
4.2 Onboarding Acceptance requires that: (a) certificates for all nine product grades are generated from real laboratory results in the test environment and checked by the Customer's quality manager; (b) the digital signature of each certificate is verified through the portal by two importers named by the Customer; (c) 200 consecutive test certificates are issued without error; and (d) the interface documentation is delivered.
4.3 The Customer shall confirm acceptance in writing within five working days after these tests are passed (the "Onboarding Acceptance Date"). Connecting the systems or issuing a first certificate does not by itself amount to acceptance.
4.4 If Onboarding Acceptance is delayed through the Supplier's fault, the Supplier shall pay CNY 350 for every day of delay, up to CNY 20,000.

5. CUSTOMER DATA AND SECURITY
5.1 Customer Data belongs to the Customer. The Supplier processes Customer Data only to provide the API to the Customer and to let the parties named on a certificate verify it, and for no other purpose.
5.2 The Supplier shall keep Customer Data of the Customer in mainland China, encrypt it in storage and in transit, restrict access to named operations staff, keep audit logs and maintain ISO 27001 certification.
5.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take remedial action, and compensate the Customer for losses caused by its breach of this clause.
5.4 On expiry the Supplier shall return all Customer Data in a machine-readable format and delete it within 30 days, except certificates that importers must still be able to verify, which are kept for the legal retention period and then deleted.

6. INTELLECTUAL PROPERTY
6.1 The API, the portal and the Supplier's software remain the property of the Supplier.
6.2 The certificate templates, field mappings and interface code written for the Customer belong to the Customer, which may use, change and pass them to another provider freely.

7. SUBCONTRACTING
7.1 The Supplier may use its hosting partner named in clause 2.2. Any other subcontractor requires the Customer's prior written consent.

8. LIABILITY
8.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.3.
8.2 The limit does not apply to breach of clause 5, fraud or wilful misconduct.

9. TERM AND TERMINATION
9.1 This Agreement starts on signature and ends at the end of the Subscription Period. It does not renew automatically.
9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.
9.3 On termination the Customer pays only for the period up to termination.

10. FORCE MAJEURE
Neither party is liable for delay or failure caused by circumstances beyond its reasonable control, provided it informs the other party promptly.

11. NOTICES
Notices shall be in writing and sent by e-mail and courier to the addresses stated above or later notified.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

13. ENTIRE AGREEMENT
This Agreement is the entire agreement between the parties about the API and replaces all earlier proposals.

SIGNED
For the Customer: ______________________   Name: __________   Date: __________
For the Supplier: ______________________   Name: __________   Date: __________
"""

# ---- ordinary boilerplate clauses (no rule term in them), added before each signature block ----------------------
ZH_POOL = {
    "不可抗力": "因地震、台风、洪水、疫情等不能预见、不能避免且不能克服的不可抗力事件致使合同不能按期履行的，受影响一方应在事件发生后三日内书面通知对方，并在十五日内提供有关机构出具的证明；双方根据影响程度协商延期履行、部分履行或变更合同，受影响一方不承担相应的违约责任，但迟延履行后发生不可抗力的除外。",
    "通知送达": "双方往来通知、确认函及整改通知均应采用书面形式，以专人送达、快递或电子邮件方式发送至本合同首部载明的地址或对方书面告知的新地址。以快递方式发送的，以签收之日为送达日；以电子邮件发送的，以进入对方系统之日为送达日。任何一方变更联系方式的，应提前五日书面通知对方。",
    "廉洁": "双方应遵守国家关于反不正当竞争和廉洁从业的规定。乙方不得向甲方工作人员及其亲属提供回扣、礼金、有价证券、宴请或其他不正当利益，不得以任何名义报销应由个人支付的费用。一经查实，甲方有权暂停付款并追究乙方责任，情节严重的列入甲方供应商不良行为记录。",
    "人员": "乙方应为本项目指定项目经理一名，负责进度、质量与沟通协调，未经甲方同意不得更换。乙方人员在甲方场所工作期间应遵守甲方的考勤、安全和保密管理制度，由乙方负责其工资、社会保险和人身安全。甲方认为乙方人员不称职的，有权要求更换，乙方应在七日内安排合格人员接替。",
    "变更": "合同履行过程中甲方需要调整功能或数量的，应以书面形式提出，乙方在五个工作日内提交变更影响评估，包括工作量、费用及工期影响，经双方书面确认后实施。未经书面确认的变更，乙方不得据此主张增加费用。",
    "文档": "乙方应随项目进度向甲方移交需求规格说明、设计文档、部署手册、操作手册、运维手册和培训材料，文档采用中文，内容应真实、完整并与实际交付一致。甲方有权复制上述文档供内部使用。",
    "培训": "乙方应编制培训计划，按系统管理员、业务操作人员两类分别组织现场培训，培训结束后进行考核，并向甲方提交培训记录和考核结果。培训所需讲师、教材费用已包含在合同价款中。",
    "发票税费": "合同价款已包含乙方履行本合同所需的全部税费。乙方应按国家规定开具增值税专用发票，发票信息有误或不符合规定的，甲方有权退回，付款期限相应顺延，甲方不因此承担逾期付款责任。",
    "转让": "未经对方书面同意，任何一方不得将本合同项下的权利义务全部或部分转让给第三方。任何一方发生名称、法定代表人或住所变更的，不影响本合同的履行，但应及时书面通知对方。",
    "生效附件": "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同的附件包括技术规格、报价明细、实施计划和服务承诺，与本合同正文具有同等效力；附件与正文不一致的，以正文为准。",
    "安全生产": "乙方人员进入甲方生产区域作业前，应接受甲方组织的安全教育，遵守动火、登高、临时用电及机械作业等安全管理规定，正确佩戴劳动防护用品。因乙方人员违章作业造成的人身伤害或财产损失，由乙方承担。",
}
EN_POOL = {
    "Notices": "Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses given above, or to any other address a party notifies in writing. A notice sent by courier is received on the date of the signed delivery receipt; a notice sent by e-mail is received when it enters the recipient's mail server during business hours.",
    "Anti-bribery": "Each party shall comply with the anti-bribery laws that apply to it, including the PRC Anti-Unfair Competition Law. Neither party shall offer or give money, gifts, hospitality or any other advantage to the employees of the other party in order to obtain or keep business. A breach of this clause entitles the other party to suspend payment until the matter is investigated.",
    "Personnel": "The supplying party shall appoint a project manager who speaks Chinese and English, who is the single point of contact for the work and who shall not be replaced without the other party's agreement, except for illness or departure. Its staff working at the other party's premises shall follow the site rules on safety, security and working hours.",
    "Change control": "Either party may request a change to the scope. The supplying party shall assess the effect on price, schedule and service within five working days. No change is binding unless both parties sign a written change order; work performed without a signed change order is not chargeable.",
    "Documentation": "All documentation shall be delivered in English and Chinese, in editable electronic form, and shall describe the delivered configuration accurately. The receiving party may copy the documentation for its internal purposes without limit.",
    "Compliance": "Each party shall comply with the laws and regulations that apply to its performance, including export-control rules, product-safety rules and labour laws. Each party shall obtain the permits it needs at its own cost and inform the other party promptly of any investigation that may affect this Agreement.",
    "Insurance": "The supplying party shall maintain, at its own cost, public liability insurance and professional indemnity insurance with reputable insurers during the term of this Agreement, and shall provide certificates of insurance on request. The insurance does not limit its obligations under this Agreement.",
    "Assignment": "Neither party may assign or transfer this Agreement or any right under it without the prior written consent of the other party, which shall not be unreasonably withheld. A change of name or address of a party does not affect this Agreement.",
    "Invoices and taxes": "All amounts include the taxes that apply in the People's Republic of China. The supplying party shall issue valid VAT invoices. If an invoice is incorrect, the receiving party may return it, and the payment period starts again when a correct invoice is received; this is not a late payment.",
    "Severability": "If any provision of this Agreement is found invalid or unenforceable, the other provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.",
    "Entire agreement": "This Agreement, with its schedules, is the whole agreement between the parties on its subject and replaces all earlier proposals, quotations and correspondence. It may be amended only in writing signed by authorised representatives of both parties. It is made in two counterparts, one for each party.",
    "Records and audit": "The supplying party shall keep complete records of the work performed, the staff involved and the time spent, for the term and two years after it ends, and shall let the receiving party or its auditor inspect them on reasonable notice during business hours.",
    "Business continuity": "The supplying party shall maintain a business continuity plan for the people, tools and locations it uses to perform this Agreement, test it at least once a year, and give the receiving party a summary of the results on request.",
}


def zh_extra(keys, style):
    """Chinese boilerplate clauses numbered in the contract's own style (style is a function n -> heading)."""
    return [(style(i, k), ZH_POOL[k]) for i, k in enumerate(keys)]


def en_extra(keys, style):
    return [(style(i, k), EN_POOL[k]) for i, k in enumerate(keys)]

CN = "零一二三四五六七八九"


def cn(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def insert_before(src, anchor, block):
    assert src.count(anchor) == 1, anchor
    return src.replace(anchor, block + anchor)


def add_extras():
    global H228Z01, H228Z02, H228Z03, H228Z04, H228Z05, H228E01, H228E02, H228E03, H228E04, H228E05
    k = ["人员", "文档", "培训", "不可抗力", "通知送达", "廉洁"]
    blk = "".join("H:第%s条 %s\nP:%s.1 %s\n" % (cn(15 + i), h, 15 + i, t) for i, (h, t) in enumerate(zh_extra(k, lambda i, k: k)))
    H228Z01 = insert_before(H228Z01.replace("H:第十五条 其他\nP:15.1", "H:第%s条 其他\nP:%d.1" % (cn(15 + len(k)), 15 + len(k))),
                            "H:第%s条 其他" % cn(15 + len(k)), blk)
    k = ["安全生产", "人员", "培训", "文档", "不可抗力", "通知送达", "发票税费", "转让"]
    blk = "".join("H:%s、%s\nP:（一）%s\n" % (cn(13 + i), h, t) for i, (h, t) in enumerate(zh_extra(k, lambda i, k: k)))
    H228Z02 = insert_before(H228Z02.replace("H:十三、其他", "H:%s、其他" % cn(13 + len(k))), "H:%s、其他" % cn(13 + len(k)), blk)
    k = ["培训", "人员", "变更", "文档", "不可抗力", "通知送达", "廉洁", "发票税费", "转让", "生效附件"]
    blk = "".join("## %d %s\n\n%d.1 %s\n\n" % (13 + i, h, 13 + i, t) for i, (h, t) in enumerate(zh_extra(k, lambda i, k: k)))
    H228Z03 = insert_before(H228Z03, "甲方（盖章）：火炉里", blk)
    k = ["人员", "文档", "不可抗力", "通知送达", "廉洁", "发票税费", "转让", "变更"]
    blk = "第十章 其他约定\n\n" + "".join("第%d条 %s\n" % (25 + i, t) for i, (h, t) in enumerate(zh_extra(k, lambda i, k: k))) + "\n"
    H228Z04 = insert_before(H228Z04, "甲方（公章）：某区", blk)
    k = ["培训", "文档", "变更", "人员", "不可抗力", "通知送达", "发票税费", "转让", "廉洁", "生效附件", "安全生产"]
    blk = "".join("## 第%s条 %s\n\n%d.1 %s\n\n" % (cn(15 + i), h, 15 + i, t) for i, (h, t) in enumerate(zh_extra(k, lambda i, k: k)))
    H228Z05 = insert_before(H228Z05, "甲方（盖章）：草原风", blk)
    k = ["Personnel", "Documentation", "Notices", "Anti-bribery", "Assignment", "Severability"]
    blk = "".join("H:%d. %s\nP:%d.1 %s\n" % (17 + i, h, 17 + i, t) for i, (h, t) in enumerate(en_extra(k, lambda i, k: k)))
    H228E01 = insert_before(H228E01, "P:For the Buyer: Hangzhou", blk)
    k = ["Change control", "Records and audit", "Business continuity", "Notices", "Anti-bribery", "Invoices and taxes", "Assignment", "Severability"]
    blk = "".join("%d. %s\n%s\n\n" % (13 + i, h, t) for i, (h, t) in enumerate(en_extra(k, lambda i, k: k)))
    H228E02 = H228E02.rstrip("\n") + "\n\n" + blk.rstrip("\n") + "\n"
    k = ["Personnel", "Documentation", "Compliance", "Insurance", "Notices", "Anti-bribery", "Invoices and taxes", "Assignment", "Severability", "Entire agreement"]
    blk = "".join("H:Article %d %s\nP:%d.1 %s\n" % (17 + i, h, 17 + i, t) for i, (h, t) in enumerate(en_extra(k, lambda i, k: k)))
    H228E03 = insert_before(H228E03, "P:Buyer: Fuding Shacheng Blue Bay Aquaculture Co., Ltd.    Authorised", blk)
    k = ["Change control", "Records and audit", "Business continuity", "Insurance", "Compliance", "Anti-bribery", "Invoices and taxes", "Assignment", "Severability", "Entire agreement"]
    roman = ["XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV"]
    blk = "".join("## Part %s - %s\n\n%s\n\n" % (roman[i], h, t) for i, (h, t) in enumerate(en_extra(k, lambda i, k: k)))
    H228E04 = insert_before(H228E04, "Signed for Client:", blk)
    k = ["Personnel", "Change control", "Documentation", "Records and audit", "Business continuity", "Compliance", "Insurance", "Anti-bribery", "Invoices and taxes", "Assignment", "Severability"]
    blk = "".join("%d. %s\n%s\n\n" % (14 + i, h.upper(), t) for i, (h, t) in enumerate(en_extra(k, lambda i, k: k)))
    H228E05 = insert_before(H228E05, "SIGNED\n", blk)

# ---- the plan: findings decided first, then the terms each text states -----------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
PLAN = {
    "h228z01": dict(file="h228z01_provincial_transport_toll_data_analysis_platform.pdf", lang="zh", cat="software",
                    t=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
                    x=dict(sla=True, ld=True, capped=True, deemed=False, value=2660000), tco=(2660000, 94400, 24),
                    rules=[], fig=["99.95%", "30分钟内响应", "千分之一", "20%", "二十四个月", "8%", "94,400", "¥2,660,000"],
                    sums=[([1180000, 864000, 412000, 158000, 46000], 2660000), ([532000, 1197000, 931000], 2660000)]),
    "h228z02": dict(file="h228z02_wind_blade_ultrasonic_inspection_system.docx", lang="zh", cat="hardware",
                    t=T(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 18, False, True, False, "PRC", G),
                    x=dict(sla=True, ld=True, capped=True, deemed=False, value=2740000), tco=(2740000, 431640, 24),
                    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE"],
                    fig=["1小时内远程响应", "万分之二", "10%", "二十四个月", "18%", "431,640", "2,740,000"],
                    sums=[([1460000, 620000, 318000], 2398000), ([2398000, 186000, 124000, 32000], 2740000),
                          ([274000, 1644000, 685000, 137000], 2740000), ([round(2398000 * 0.18)], 431640)]),
    "h228z03": dict(file="h228z03_bbq_chain_ordering_membership_saas.md", lang="zh", cat="cloud",
                    t=T(99.5, 0.5, True, "buyer", True, False, True, 2500 / 3166800 * 100, 150, None, True, None, None, None,
                        True, True, False, "PRC", S),
                    x=dict(sla=True, ld=True, deemed=False, value=3166800), tco=None,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                    fig=["99.5%", "30分钟内响应", "2,500元", "150%", "3,166,800", "8%", "脱敏"],
                    sums=[([90 * 1380 * 24], 2980800), ([2980800, 186000], 3166800), ([372600 * 8], 2980800)]),
    "h228z04": dict(file="h228z04_district_housing_bureau_worker_realname_platform_om.txt", lang="zh", cat="services",
                    t=T(99.95, 0.5, True, "buyer", True, True, True, 600 / 826000 * 100, 50, None, True, None, None, None,
                        False, True, True, "PRC", S),
                    x=dict(sla=True, ld=True, deemed=False, value=826000), tco=None,
                    rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
                    fig=["99.95%", "30分钟内响应", "违约金600元", "50%", "826,000", "书面告知"],
                    sums=[([498000, 186000, 118000, 24000], 826000), ([206500 * 4], 826000)]),
    "h228z05": dict(file="h228z05_beef_jerky_mes_supplier_template.md", lang="zh", cat="software",
                    t=T(None, 8, False, "supplier", True, False, True, None, None, 50, False, False, 6, 28, False, True, None,
                        None, G),
                    x=dict(sla=True, ld=False, capped=True, deemed=True, value=1180000), tco=(1180000, 201600, 6),
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                    fig=["8小时内响应", "50%", "六个月", "28%", "201,600", "1,180,000", "即视为甲方验收合格", "均归乙方所有"],
                    sums=[([720000, 380000, 80000], 1180000), ([590000, 590000], 1180000), ([round(720000 * 0.28)], 201600)]),
    "h228e01": dict(file="h228e01_silk_scarf_print_design_perpetual_licences.pdf", lang="en", cat="software",
                    t=T(None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True, False, "PRC", G),
                    x=dict(sla=True, ld=True, capped=True, deemed=False, value=1230000), tco=(1230000, 107536, 18),
                    rules=[], fig=["within 2 hours", "0.1%", "200%", "20%", "eighteen months", "11%", "107,536", "1,230,000"],
                    sums=[([40 * 21500], 860000), ([12 * 9800], 117600), ([860000, 117600], 977600),
                          ([977600, 214000, 38400], 1230000), ([246000, 553500, 430500], 1230000), ([round(977600 * 0.11)], 107536)]),
    "h228e02": dict(file="h228e02_waterfall_park_ticketing_saas_order_form.txt", lang="en", cat="cloud",
                    t=T(99.95, 8, True, "buyer", True, True, True, 1200 / 1780800 * 100, 150, None, True, None, None, None,
                        False, False, True, "PRC", S),
                    x=dict(sla=True, ld=True, deemed=False, value=1780800), tco=None,
                    rules=["CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TERMINATION"],
                    fig=["99.95%", "within 8 hours", "CNY 1,200", "150%", "1,780,800", "may not terminate the Order for breach"],
                    sums=[([46800 * 36], 1684800), ([1684800, 96000], 1780800), ([140400 * 12], 1684800)]),
    "h228e03": dict(file="h228e03_sea_bream_farm_water_quality_sensors.docx", lang="en", cat="hardware",
                    t=T(None, 1, True, "buyer", False, True, True, 0.08, None, 45, True, True, 24, 9, False, True, False, "PRC", G),
                    x=dict(sla=True, ld=True, capped=True, deemed=False, value=1650000), tco=(1650000, 125172, 24),
                    rules=["CR-DATA-SECURITY", "CR-PREPAYMENT"],
                    fig=["within 1 hour", "0.08%", "45%", "24 months", "9%", "125,172", "1,650,000"],
                    sums=[([64 * 14200], 908800), ([16 * 18500], 296000), ([908800, 296000, 186000], 1390800),
                          ([1390800, 212000, 47200], 1650000), ([742500, 742500, 165000], 1650000), ([round(1390800 * 0.09)], 125172)]),
    "h228e04": dict(file="h228e04_yacht_builder_managed_it_desktop_support.md", lang="en", cat="services",
                    t=T(None, 0.5, True, "buyer", True, True, True, 1500 / 1468000 * 100, 150, None, True, None, None, None,
                        False, True, False, "PRC", S),
                    x=dict(sla=True, ld=True, deemed=False, value=1468000, forum_outside_mainland=True), tco=None,
                    rules=["CR-GOVERNING-LAW"],
                    fig=["30 minutes", "CNY 1,500", "150%", "1,468,000", "seated in Singapore"],
                    sums=[([58500 * 24], 1404000), ([1404000, 64000], 1468000)]),
    "h228e05": dict(file="h228e05_potato_starch_quality_certificate_api.txt", lang="en", cat="cloud",
                    t=T(None, None, False, "buyer", True, True, False, 350 / 490000 * 100, 150, None, True, None, None, None,
                        False, True, False, "PRC", S),
                    x=dict(sla=False, ld=True, deemed=False, value=490000), tco=None,
                    rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
                    fig=["commercially reasonable efforts", "CNY 350", "150%", "490,000"],
                    sums=[([228000 * 2], 456000), ([456000, 34000], 490000), ([57000 * 4], 228000)]),
}
PLAN_RISK = {"h228z01": "low", "h228z02": "high", "h228z03": "medium", "h228z04": "medium", "h228z05": "high",
             "h228e01": "low", "h228e02": "medium", "h228e03": "high", "h228e04": "low", "h228e05": "high"}


def label(key):
    p = PLAN[key]
    x = p["x"]
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if p["t"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": p["file"], "language": p["lang"], "category": p["cat"], "expected_terms": p["t"],
            "expected_extra": extra, "expected_rules": p["rules"]}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [q.text for q in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    add_extras()
    src = {k: globals()[k.upper()] for k in PLAN}
    # sums
    for k, p in PLAN.items():
        for parts, total in p["sums"]:
            assert sum(parts) == total, (k, parts, total)
        # rules re-applied to the labels equal the plan
        lx = dict(label(k)["expected_extra"], forum_outside_mainland=p["x"].get("forum_outside_mainland", False))
        got = apply_rules(p["t"], lx, p["tco"])
        assert got == sorted(p["rules"]), (k, got, p["rules"])
        assert risk(got) == PLAN_RISK[k], (k, risk(got))
        assert list(label(k)["expected_terms"]) == TERM_KEYS
    # write .md / .txt, build .docx / .pdf
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for k, p in PLAN.items():
        ext = p["file"].rsplit(".", 1)[1]
        if ext in ("md", "txt"):
            (OUT / p["file"]).write_text(src[k], encoding="utf-8")
            print("wrote", p["file"])
        else:
            targets[k] = (p["file"], ext)
    write({k: src[k] for k in targets}, targets, OUT, wrap_words=True)
    # labels
    for k, p in PLAN.items():
        (OUT / p["file"].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    # read back: lengths, labelled figures, thresholds
    for k, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", "", text)
        for f in p["fig"]:
            assert re.sub(r"\s+", "", f) in flat, (k, "figure missing", f)
        hits = threshold_hits(text) + threshold_hits(flat)
        assert not hits, (k, "threshold value in text", hits)
        if p["lang"] == "zh":
            n = len(text)
            print(k, "characters", n)
            assert 2800 <= n <= 3300, (k, n)
        else:
            n = len(text.split())
            print(k, "words", n)
            assert 1500 <= n <= 1700, (k, n)
        tco = p["tco"]
        if tco:
            print("   TCO share %.2f %%" % tco_share(*tco))
        print("   rules", p["rules"], "risk", PLAN_RISK[k])


if __name__ == "__main__":
    main()
