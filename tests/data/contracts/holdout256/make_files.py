"""holdout256: writes ten ordinary draft contracts (.txt/.md/.docx/.pdf) and their labels from the sources below,
re-applies the policy §3/§4 contract rules to the labels, asserts they equal the plan, reads every built file back and
scans it for values sitting on a policy threshold. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in KEYS}


def apply_rules(t, x, meta):
    """policy §3 as I read it (NOTES: Conventions); meta: forum_outside, fee_base, and TCO inputs."""
    r = set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and t["warranty_months"] is not None:
            years_after = max(0.0, 5 - t["warranty_months"] / 12)
            fees = years_after * meta["fee_base"] * pw / 100
            share = fees / (x["contract_value"] + fees) * 100
            meta["tco"] = (x["contract_value"] + fees, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or meta.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def to_md(src):
    out = []
    prev_tb = False
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if not prev_tb:
                out.append("|" + "---|" * len(cells))
            prev_tb = True
            continue
        if prev_tb:
            out.append("")
        prev_tb = False
        out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out = []
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  ".join(text.split("|")))
            continue
        if tag in ("T", "H"):
            out.append("")
        out.append(text)
    return "\n".join(out).strip() + "\n"


SRC = {}
PLAN = {}

# ---------------------------------------------------------------- h256z01 (zh, pdf, compliant)
SRC["h256z01"] = """T:临川市食品安全追溯监管平台建设项目政府采购合同
P:合同编号：LCSJ-ZFCG-2027-018　　采购方式：公开招标　　项目编号：LCCG2027-GK-0466
P:甲方（采购人）：临川市市场监督管理局　　住所：临川市滨江路66号
P:乙方（供应商）：江苏溯源信息科技有限公司　　住所：南京市江宁区诚信大道1088号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临川市食品安全追溯监管平台（以下简称“平台”）的建设事宜，经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分。
H:第一条　项目内容
P:1.1 乙方为甲方提供食品安全追溯平台软件许可，并完成定制开发、数据对接、部署实施及培训，平台覆盖全市食品生产企业、农批市场、大型商超及学校食堂的进货查验、出入库登记、冷链温度及检验检测数据的采集、追溯与预警。
P:1.2 定制开发内容包括：企业追溯码赋码与扫码查询、一品一码追溯链路、风险预警模型与处置工单、监管驾驶舱、移动执法端及公众查询小程序，详见附件一《功能需求清单》。
P:1.3 数据对接内容包括：与省级食品安全追溯平台、市场主体登记系统、“互联网+监管”系统及冷链食品追溯系统的接口对接。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），为固定总价，已包含软件许可、开发、对接、部署、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|追溯平台软件许可（永久，不限用户数）|860,000
TB:2|定制开发（六个子系统）|1,120,000
TB:3|数据对接（四类外部系统接口）|286,000
TB:4|部署实施及培训|94,000
TB:合计|—|2,360,000
P:2.2 合同履行期间，乙方不得以任何理由要求调整合同价款。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥472,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,062,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥826,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票，甲方通过国库集中支付方式支付。
H:第四条　交付与进度
P:4.1 乙方应在合同签订后120日内完成全部开发、对接和部署，并提交初步验收申请。
P:4.2 乙方应按周向甲方报送项目进度，重大风险应在发现后两个工作日内书面报告。
P:4.3 甲方负责提供政务云资源、网络接入条件及各对接单位的协调函，并在乙方提出需求后5个工作日内予以答复；因甲方原因导致进度延误的，工期相应顺延，乙方应及时书面提出。
H:第五条　验收
P:5.1 初步验收标准：附件一所列功能逐项测试通过；四类外部接口数据与源系统逐条比对完全一致；在500个并发用户下，查询响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收后平台进入90日试运行期，试运行期内未出现一级故障且全部遗留问题整改完毕的，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线、试运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收。
H:第六条　质保与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或追溯数据无法写入）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付违约金¥2,000；月可用率每低于约定值0.01个百分点，扣减当期运维费用¥3,000，可从履约保证金中直接扣除。
P:6.4 质保期满后，甲方可与乙方另行签订运维服务合同，年度运维服务费不超过软件许可费的9%（即每年不超过¥77,400），且在质保期满后的三个年度内不作上调。
H:第七条　数据安全
P:7.1 平台采集、存储和产生的全部数据，包括企业主体信息、追溯记录、检验检测数据及日志，均归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:7.2 平台部署于甲方指定的政务云，乙方应落实网络安全等级保护第三级要求，对数据进行加密存储与传输，运维人员经甲方审批后通过堡垒机访问，全程留痕审计。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条　保密
P:乙方对履行本合同中知悉的甲方工作秘密、企业商业信息及个人信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第九条　知识产权
P:9.1 定制开发形成的软件、源代码、接口程序、模型及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。
P:9.2 平台软件许可部分的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可自行或委托第三方对平台进行修改和二次开发。乙方保证不侵犯第三方知识产权。
H:第十条　违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方逾期付款的，按逾期金额的万分之三每日向乙方支付违约金。
H:第十一条　分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，或逾期交付超过45日的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条　项目人员与培训
P:14.1 乙方应按投标文件配备项目经理1名及开发、实施人员不少于12人，项目经理须具有信息系统项目管理师证书，未经甲方书面同意不得更换；甲方有权要求更换不称职人员。
P:14.2 乙方应为甲方及各区县市场监管分局的管理员、执法人员和企业联络员分批开展培训，合计不少于20课时，并提供操作手册、运维手册及培训视频，确保相关人员能够独立使用平台。
H:第十五条　不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方并提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条　其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一《功能需求清单》、附件二《技术方案》为本合同不可分割的部分。
P:甲方（盖章）：临川市市场监督管理局　　法定代表人或授权代表：________　　日期：________
P:乙方（盖章）：江苏溯源信息科技有限公司　　法定代表人或授权代表：________　　日期：________
"""
PLAN["h256z01"] = dict(
    file="h256z01_city_market_regulator_food_traceability_platform.pdf", language="zh", category="software",
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                warranty_months=24, post_warranty_fee_pct=9),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2360000),
    meta=dict(fee_base=860000, sums=[([860000, 1120000, 286000, 94000], 2360000), ([472000, 1062000, 826000], 2360000)],
              figures=["¥2,360,000", "99.95%", "30分钟", "万分之八", "20%", "二十四个月", "9%", "¥77,400"]),
    rules=[])

# ---------------------------------------------------------------- h256z02 (zh, docx, PWF uncapped + no SLA)
SRC["h256z02"] = """T:热连轧生产线X射线测厚仪采购及安装合同
P:合同编号：WJGT-SB-2027-0352
P:甲方（买方）：皖江钢铁股份有限公司　　地址：马鞍山市雨山区湖东南路18号
P:乙方（卖方）：北京精测工业仪表有限公司　　地址：北京市经济技术开发区科创十三街9号
P:鉴于甲方热连轧厂1780生产线需要更新精轧出口及卷取前的厚度测量设备，乙方具备相应设备的生产、安装和辐射安全服务能力，双方依据《中华人民共和国民法典》，在平等自愿的基础上，就设备采购、安装调试及相关服务订立本合同。
H:一、合同标的与价格
P:1.1 乙方向甲方提供X射线测厚仪三套（含C型架、射线源、探测器、冷却及吹扫装置）、数据采集与分析软件一套，并负责安装、调试、与甲方二级过程控制系统的接口开发以及操作维护培训。
P:1.2 合同总价为人民币肆佰贰拾叁万元整（¥4,230,000），含设备、软件、包装运输、保险、安装调试、培训及13%增值税。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|X射线测厚仪（精轧出口、卷取前）|3套|1,260,000|3,780,000
TB:2|厚度数据采集与分析软件（永久许可）|1套|186,000|186,000
TB:3|安装调试及二级系统接口开发|1项|224,000|224,000
TB:4|操作及维护培训|1项|40,000|40,000
TB:合计|||—|4,230,000
H:二、技术要求
P:2.1 测量范围1.2毫米至25.4毫米；测量精度为标称厚度的±0.1%（2σ）；响应时间不大于10毫秒；设备在环境温度0至55摄氏度、相对湿度不大于90%的条件下连续稳定运行。
P:2.2 射线装置应取得国家规定的辐射安全相关许可，乙方负责提供辐射防护设计文件，协助甲方办理环评及辐射安全许可证变更手续。
H:三、交货与安装
P:3.1 乙方应在合同生效后150日内将设备运至甲方热连轧厂指定地点，并在甲方年度检修窗口内完成安装调试。
P:3.2 设备到货后双方共同开箱清点，签署到货签收单；到货签收仅确认数量和外观，不代表设备质量验收合格。
P:3.3 设备包装应适合长途运输和多次装卸，并具备防潮、防震、防锈措施；设备毁损、灭失的风险自到货签收时转移给甲方。
P:3.4 乙方应随设备提交中文版技术资料，包括安装图纸、电气原理图、操作手册、维护手册、校准规程、备品备件清单及出厂检验报告，资料不全的视为交货不完整。
P:3.5 乙方应随设备免费提供质保期内所需的易损件一套，并列明推荐备件的型号及参考价格，供甲方自行储备。
P:3.6 安装期间乙方人员应遵守甲方安全生产、动火作业及辐射防护管理制度，因乙方人员违章造成的事故由乙方负责。
P:3.7 乙方应在甲方现场为甲方操作工、点检员和仪表维护人员分两期进行培训，内容包括测量原理、日常操作、标定校准、常见故障判断、辐射防护及应急处置，培训结束后由乙方组织考核，确保甲方人员能够独立完成日常操作和一般维护。
H:四、付款方式
P:4.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥423,000；
P:4.2 设备全部到货并签署到货签收单后，甲方支付合同总价的60%，即¥2,538,000；
P:4.3 设备通过最终验收后，甲方支付合同总价的25%，即¥1,057,500；
P:4.4 剩余5%即¥211,500作为质量保证金，质保期满且无质量争议后一次付清。
P:4.5 甲方以银行转账或银行承兑汇票方式付款，乙方应在每期付款前开具等额增值税专用发票。
H:五、验收
P:5.1 设备安装调试完成后进入72小时热负荷试运行，试运行期间使用标准样板进行静态校验，并与离线千分尺测量结果进行动态比对，厚度偏差满足第2.1条要求，且二级系统接口数据传输完整、无丢包。
P:5.2 热负荷试运行合格后连续生产满30日，设备无影响生产的故障、测量数据稳定的，双方签署最终验收证书。验收不合格的，乙方应在15日内整改或更换，直至合格。
P:5.3 设备投入生产使用不视为验收合格。
H:六、质量保证
P:6.1 设备质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备本身质量问题导致的故障，乙方免费维修或更换零部件，射线管、探测器等关键部件同样在免费更换之列。
P:6.2 质保期内设备出现故障的，甲方通知乙方后，乙方应及时派员到场维修，尽快恢复设备运行。
P:6.3 质保期满后，甲方如需乙方继续提供维保服务，维保费用按乙方届时公布的服务价格标准执行，双方另行签订维保合同。
H:七、数据安全
P:7.1 测厚仪及分析软件产生的厚度数据、工艺参数和设备运行记录均属甲方所有，乙方仅可为安装、调试和维修目的使用，不得留存、复制或向第三方提供。
P:7.2 乙方需要远程诊断的，须事先取得甲方书面同意，通过甲方提供的专用VPN及堡垒机接入，每次接入结束后关闭账号；乙方应采取必要措施防止数据泄露和工控系统被入侵。
P:7.3 发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:双方对在合同履行中获知的对方技术资料、生产工艺和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:九、知识产权
P:9.1 为甲方专门开发的二级系统接口程序、配置文件及相关文档的知识产权归甲方所有，甲方可自行修改和使用。
P:9.2 设备内嵌软件及分析软件的著作权归乙方，乙方授予甲方随设备使用的永久许可。
H:十、违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还全部已付款项并赔偿甲方损失。
P:10.3 乙方所供设备的型号、配置或技术参数与本合同约定不符的，甲方有权要求乙方无偿更换，并要求乙方赔偿由此给甲方造成的停机损失及额外发生的费用。
P:10.4 甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:十一、分包
P:乙方如需将设备基础施工、电缆敷设等辅助工作交由第三方完成，应事先取得甲方书面同意，并对分包部分向甲方承担责任。
H:十二、合同解除
P:一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交马鞍山仲裁委员会仲裁。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供有关机构出具的证明，双方可据此协商延期履行或解除合同，互不承担违约责任。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方：皖江钢铁股份有限公司（盖章）　　代表：________　　日期：________
P:乙方：北京精测工业仪表有限公司（盖章）　　代表：________　　日期：________
"""
PLAN["h256z02"] = dict(
    file="h256z02_steel_mill_rolling_line_thickness_gauges.docx", language="zh", category="hardware",
    terms=terms(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                warranty_months=24, post_warranty_fee_pct=None),
    extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
               contract_value=4230000),
    meta=dict(fee_base=3966000, sums=[([3780000, 186000, 224000, 40000], 4230000), ([1260000 * 3], 3780000),
                                      ([423000, 2538000, 1057500, 211500], 4230000)],
              figures=["4,230,000", "二十四个月", "千分之一", "10%", "届时公布的服务价格标准"]),
    rules=["CR-POST-WARRANTY-FEE", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

# ---------------------------------------------------------------- h256z03 (zh, md, SaaS: availability, renewal increase, subcontract on notice)
SRC["h256z03"] = """T:门店处方流转与进销存SaaS服务协议
P:协议编号：RK-IT-2027-041
P:甲方（用户）：四川蓉康大药房连锁有限公司　　注册地址：成都市武侯区科华北路151号
P:乙方（服务商）：杭州云药信息技术有限公司　　注册地址：杭州市滨江区长河路590号
P:甲方在四川省内经营零售药店200家，拟统一采用乙方的“云药店”SaaS平台处理处方审核流转、会员管理、药品进销存、效期管理及医保结算对接等业务。经双方友好协商，就平台订阅及上线实施事宜达成如下协议。
H:第1条　服务内容
P:1.1 乙方通过其云平台向甲方200家门店及总部提供以下模块的订阅服务：电子处方流转与药师审方、药品进销存与效期预警、会员积分与慢病管理、门店要货与总部配送、医保结算接口、经营分析报表。
P:1.2 乙方负责平台上线实施，包括基础数据（商品目录约38,000个品规、供应商、会员）迁移，与甲方ERP系统及省医保信息平台的接口对接，门店收银终端配置，以及总部和门店人员培训。
P:1.3 订阅服务期为三十六个月，自全部门店上线验收合格之次日起算。
H:第2条　费用
P:2.1 本协议费用总额为人民币贰佰贰拾肆万元整（¥2,240,000），构成如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|200店 × 260元/店/月 × 36个月|1,872,000
TB:上线实施费（数据迁移、接口对接、培训）|一次性|368,000
TB:合计||2,240,000
P:2.2 订阅费按季度结算，每季度结束后10个工作日内，乙方出具当季服务报告及发票，甲方在收到发票后15个工作日内支付当季订阅费¥156,000。甲方不预付任何订阅费用。
P:2.3 上线实施费在全部门店上线验收合格后一次性支付。
H:第3条　实施与验收
P:3.1 乙方应在协议生效后90日内完成全部门店上线。乙方应在协议生效后10个工作日内提交实施方案，明确上线批次、各批次门店名单、数据迁移及切换步骤、回退预案和人员安排，经甲方书面确认后执行；上线采取先试点后推广的方式，首批试点门店不少于10家，试点运行稳定后再分批切换其余门店。
P:3.2 上线验收标准：迁移数据经抽样比对无差错；处方从开具到药师审核完成的平均流转时间不超过20秒；医保结算接口连续10个工作日无结算失败；在200家门店同时营业的高峰时段，收银及开单操作响应不超过1.5秒。
P:3.3 甲方在收到乙方验收申请后10个工作日内组织测试，合格的签署验收单。门店试用或系统上线本身不视为验收通过。
P:3.4 乙方逾期完成上线的，每逾期一日，向甲方支付违约金¥1,500。
H:第4条　服务水平
P:4.1 乙方保证平台月度可用率不低于99.5%（计划内维护时间除外，计划内维护应安排在每日0:00至6:00之间并提前48小时通知）。
P:4.2 故障分级及响应：一级故障（全部或多数门店无法开单或结算）乙方应在30分钟内响应，3小时内恢复；二级故障（单个模块或少数门店异常）2小时内响应，次日内解决；三级问题在5个工作日内答复。
P:4.3 月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣最高为当月订阅费的50%。一级故障恢复超时的，每超时1小时另抵扣当月订阅费的2%。
P:4.4 乙方提供7×24小时服务热线及在线工单系统，为甲方指定一名客户成功经理，按月向甲方提交服务报告，内容包括可用率、故障清单、处理时长、版本更新及下月计划。
P:4.5 乙方对平台进行版本升级的，应提前7日通知甲方并说明变更内容；涉及处方审核、医保结算等核心流程的变更，应先在测试环境经甲方确认后方可发布。
H:第5条　数据与安全
P:5.1 甲方及其门店通过平台录入、产生的处方、患者、会员、销售、库存等数据均归甲方所有。乙方仅为提供本协议服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:5.2 乙方平台部署于境内云服务商，已取得网络安全等级保护第三级备案；乙方应对个人信息及处方数据加密存储、传输，实行最小授权和操作审计，并遵守《个人信息保护法》《数据安全法》及药品监管的相关要求。
P:5.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施并配合监管部门调查；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款。
P:5.4 协议终止后30日内，乙方应按甲方要求以通用格式完整导出全部数据交付甲方，并在甲方确认后彻底删除。
H:第6条　保密
P:双方对履行本协议过程中知悉的对方商业秘密、经营数据和技术信息承担保密义务，未经对方书面同意不得披露，保密义务在协议终止后继续有效。
H:第7条　知识产权
P:7.1 平台及其底层软件的知识产权属于乙方。
P:7.2 乙方为甲方专门完成的报表、接口程序、配置方案及培训资料归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。
H:第8条　第三方服务
P:乙方可将门店终端安装、现场培训及部分接口开发工作委托第三方服务商完成，但应提前5个工作日以书面方式告知甲方；乙方对第三方服务商的工作向甲方负责。
H:第9条　续期
P:9.1 订阅服务期届满前60日，任何一方未书面提出不再续订的，本协议自动续展一个服务年度，此后亦同。
P:9.2 每次续展时，乙方有权根据其成本变化上调订阅单价，上调幅度不超过上一服务期单价的8%，乙方应在续展前30日通知甲方。
H:第10条　违约与解除
P:10.1 任何一方违反本协议的，应赔偿对方因此遭受的损失。
P:10.2 乙方严重违约（包括连续两个月可用率低于约定值、发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除本协议，并要求乙方按第5.4条返还数据。
H:第11条　法律适用与争议解决
P:本协议适用中华人民共和国法律。因本协议引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。
H:第12条　甲方责任
P:12.1 甲方应按乙方合理要求提供基础数据、接口文档及门店网络环境，指定项目负责人和各片区联络人，及时确认实施方案和测试结果。
P:12.2 甲方应妥善保管平台账号，督促门店员工按操作规范使用平台，执业药师的审方账号不得转借他人。因甲方原因导致的账号泄露或误操作，由甲方自行承担责任。
H:第13条　不可抗力
P:因自然灾害、战争、政府行为、基础电信网络大范围中断等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应时间不计入不可用时间，但乙方应在不可抗力消除后立即恢复服务。
H:第14条　其他
P:本协议自双方签章之日起生效，一式两份，双方各执一份。附件：《门店清单》《模块功能说明》《数据迁移方案》。
P:甲方（签章）：四川蓉康大药房连锁有限公司　　日期：________
P:乙方（签章）：杭州云药信息技术有限公司　　日期：________
"""
PLAN["h256z03"] = dict(
    file="h256z03_pharmacy_chain_prescription_inventory_saas.md", language="zh", category="cloud",
    terms=terms(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=1500 / 2240000 * 100,
                final_payment_on_acceptance=None, auto_renewal_price_increase=True, subcontract_without_consent=True,
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2240000),
    meta=dict(sums=[([200 * 260 * 36, 368000], 2240000), ([156000 * 12], 1872000)],
              figures=["¥2,240,000", "99.5%", "30分钟", "¥1,500", "8%", "5个工作日以书面方式告知"]),
    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"])

# ---------------------------------------------------------------- h256z04 (zh, txt, O&M: LD low, no confidentiality clause)
SRC["h256z04"] = """T:青溪区家庭医生签约服务管理系统2027年度运维服务合同
P:政府采购合同编号：QXWJ-2027-YW-07　　采购方式：竞争性磋商
P:采购人（甲方）：临州市青溪区卫生健康委员会
P:供应商（乙方）：浙江康联数智科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、青溪区家庭医生签约服务管理系统运维服务项目竞争性磋商文件和乙方响应文件，经磋商小组评审确定乙方为成交供应商。为明确双方权利义务，订立本合同。
H:一、服务范围
P:（一）运维对象：青溪区家庭医生签约服务管理系统，包括签约管理、履约服务、慢病随访、健康档案调阅、绩效考核、居民端小程序及医生端APP，覆盖全区14家社区卫生服务中心、96个村卫生室及家庭医生团队约420人。
P:（二）服务内容：系统日常监控与巡检、故障处理、数据库维护与备份、应用问题修复、与区域全民健康信息平台及基本公共卫生系统的接口维护、年度签约季的保障、用户咨询与培训、小版本功能优化以及安全漏洞整改。
P:（三）服务期：自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，是否继续采购由甲方依法另行确定。
H:二、合同价款
P:本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为服务期内全部运维服务的固定价格，包含人员、差旅、工具、备件及税费。
TB:服务项目|内容|金额（元）
TB:驻场运维|2名工程师常驻区卫健委信息中心|312,000
TB:远程支持与巡检|7×24小时远程支持，每月巡检|96,000
TB:应用优化|小版本迭代、报表调整|128,000
TB:安全加固|漏洞扫描、整改及复测|50,000
TB:合计||586,000
H:三、付款方式
P:（一）合同价款按季度支付，每季度服务期满且经甲方季度考核合格后，甲方在15个工作日内支付当季费用¥146,500。
P:（二）季度考核得分低于80分的，按本合同第七条的约定扣减当季费用后支付。本合同不设预付款。
H:四、服务水平
P:（一）系统在工作日8:00至20:00及签约季期间的可用率不低于99.95%。
P:（二）故障分级：一级故障指系统整体无法访问、签约或履约数据无法保存；二级故障指单个功能模块或单个中心无法使用；三级故障指不影响业务办理的一般问题。
P:（三）响应与处理时限：一级故障15分钟内响应，驻场工程师立即处置，2小时内恢复；二级故障30分钟内响应，6小时内解决；三级故障在2个工作日内解决。
P:（四）乙方应每月提交运维月报，内容包括巡检记录、故障处理情况、数据备份情况及优化建议；每季度提交一次安全扫描报告。
P:（五）签约季保障：每年1月至3月为家庭医生集中签约期，乙方应增派1名工程师驻场，提前完成系统压力测试和数据库优化，确保在全区同时签约的高峰时段系统正常运行；签约季结束后10个工作日内提交保障总结。
P:（六）变更管理：乙方对生产环境进行任何配置变更、补丁安装或版本发布，均应提前提交变更申请，说明变更内容、影响范围、实施时间和回退方案，经甲方信息中心批准后在非业务高峰时段实施，并在实施后24小时内提交变更记录。紧急修复可先行处置，但应同时报告甲方并在事后补办手续。
P:（七）培训：乙方应在服务期内为各社区卫生服务中心的系统管理员和家庭医生团队举办不少于4期操作培训，并针对新版本功能及时更新操作手册和视频教程。
H:五、考核与验收
P:（一）甲方按季度对乙方进行考核，考核内容包括可用率、故障响应及处理时限、月报质量、用户满意度及整改完成情况，满分100分，具体评分细则见附件。
P:（二）服务期满后，乙方提交年度运维总结、系统文档及全部运维资料，甲方对照磋商文件的服务要求进行年度验收，出具书面验收意见。
H:六、数据安全
P:（一）系统中的居民健康档案、签约及随访记录等全部数据归甲方所有，乙方仅可为履行本合同之目的访问和处理，不得下载、复制或向任何第三方提供，不得用于任何其他用途。
P:（二）乙方人员须经甲方审批后通过堡垒机访问生产环境，操作全程审计；数据库备份每日执行并异地存放，乙方应每季度进行一次恢复演练。乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业网络安全的有关规定。
P:（三）发生数据泄露、丢失、篡改或勒索病毒等安全事件的，乙方应在1小时内向甲方报告并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:七、违约责任
P:（一）一级故障响应或恢复超时的，每超时1小时扣减当季费用¥2,000；二级故障超时的，每超时1小时扣减¥500；可用率每低于约定值0.01个百分点，扣减当季费用¥1,000。
P:（二）乙方未按约定日期完成服务期初的系统交接、运维方案提交或首次全面巡检的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（三）驻场工程师无故缺勤的，每人每日扣减¥800；未经甲方同意更换驻场工程师的，每人次扣减¥3,000。
H:八、知识产权
P:运维期间乙方为甲方编写的运维文档、脚本、优化代码及报表的知识产权归甲方所有，甲方可自由使用和修改，并可提供给后续服务商使用。系统原有软件的著作权归属不因本合同而改变；乙方保证其提供的工具和代码不侵犯任何第三方的合法权益，如发生侵权纠纷，由乙方负责处理并承担由此产生的全部费用。
H:九、人员要求
P:乙方驻场工程师应具备三年以上医疗卫生信息系统运维经验，乙方应在合同签订后5个工作日内提交人员名单及资质证明；更换人员须事先征得甲方同意，且新人员资质不低于原人员。
H:十、分包
P:乙方不得将本合同项下的服务转包或分包。
H:十一、合同解除
P:乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期结算费用。
H:十二、甲方义务
P:甲方应为驻场工程师提供必要的办公场所、网络及工作条件，指定专人负责运维工作的对接、考核和验收，及时向乙方提供与运维相关的系统资料和第三方接口联系人，并协调各社区卫生服务中心配合乙方开展巡检与培训。
H:十三、不可抗力
P:因不可抗力导致本合同部分或全部不能履行的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任，但乙方应尽最大努力保障系统运行和数据安全。
H:十四、服务交接
P:合同终止或解除时，乙方应在15日内向甲方或甲方指定的服务商完成全部运维资料、账号口令和系统文档的交接，并配合完成为期不少于30日的过渡支持，不得以任何理由拖延。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十六、其他
P:本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:甲方（盖章）：临州市青溪区卫生健康委员会　　签字：________　　日期：________
P:乙方（盖章）：浙江康联数智科技有限公司　　签字：________　　日期：________
"""
PLAN["h256z04"] = dict(
    file="h256z04_district_health_commission_family_doctor_system_om.txt", language="zh", category="services",
    terms=terms(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.03,
                final_payment_on_acceptance=None, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
    meta=dict(sums=[([312000, 96000, 128000, 50000], 586000), ([146500] * 4, 586000)],
              figures=["¥586,000", "99.95%", "15分钟", "万分之三"]),
    rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"])

# ---------------------------------------------------------------- h256z05 (zh, md, supplier's template, ~10 findings)
SRC["h256z05"] = """T:软件产品许可及定制开发合同（品控云标准合同文本 V5.0）
P:合同编号：PKY-2027-CQ-0088
P:甲方（客户）：重庆涪州榨菜食品股份有限公司　　地址：重庆市涪陵区江东街道榨菜大道26号
P:乙方（供应商）：上海品控云软件有限公司　　地址：上海市闵行区紫星路588号
P:甲方为提升榨菜及佐餐开味菜生产全过程的质量管控水平，决定引进乙方的“品控云”质量管理系统（QMS），并委托乙方根据甲方腌制、脱盐、切分、调味、灌装、杀菌等工艺进行定制开发。双方根据《中华人民共和国民法典》，在平等、自愿的基础上，采用乙方标准合同文本订立本合同。
H:第一条　定义
P:1.1 “软件产品”指乙方享有著作权的品控云质量管理系统标准版及其文档。
P:1.2 “定制开发成果”指乙方根据甲方需求开发的功能模块、报表、接口、配置、源代码及相关文档。
P:1.3 “上线”指软件产品及定制开发成果部署在甲方服务器上并开始用于甲方实际生产。
H:第二条　合同内容与价款
P:2.1 乙方向甲方授予软件产品永久使用许可（限甲方涪陵、丰都两个生产基地，并发用户不超过150个），并完成以下定制开发：原辅料（青菜头、食盐、辣椒等）进厂检验、腌制池盐度及发酵过程监控、杀菌工序温度时间记录与偏差预警、成品检验与放行、批次追溯及召回演练、供应商质量评价，以及与甲方ERP、MES、LIMS的接口。
P:2.2 合同总价为人民币壹佰零捌万元整（¥1,080,000），明细如下：
TB:项目|说明|金额（元）
TB:软件产品许可费|品控云QMS标准版永久许可|700,000
TB:定制开发费|七个业务模块及三个系统接口|320,000
TB:实施部署费|安装、配置、数据初始化、培训|60,000
TB:合计||1,080,000
P:2.3 合同总价不包括服务器、数据库、操作系统、中间件等第三方软硬件费用，也不包括乙方人员在免费培训天数以外赴甲方现场的差旅费用，上述费用由甲方另行承担。
H:第三条　付款
P:3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥540,000。
P:3.2 系统上线后10个工作日内，甲方支付合同总价剩余的50%，即¥540,000。
P:3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。
H:第四条　交付与上线
P:4.1 乙方应在收到首期款后100日内完成定制开发并部署上线。因甲方需求变更、资料提供延迟或现场条件不具备导致延期的，交付期限相应顺延。
P:4.2 乙方在开发前提交需求规格说明书，经甲方签字确认后作为开发依据；需求确认后甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付期限。
P:4.3 甲方应按乙方提供的配置清单自行准备服务器、数据库、操作系统及网络环境，并保证环境在乙方部署前10日内具备安装条件；因甲方环境问题影响系统运行的，乙方不承担责任。
P:4.4 乙方为甲方的质量部、生产部及各车间班组长提供不超过3天的集中培训，培训地点在甲方涪陵基地，额外的培训按乙方的人天单价另行收费。
P:4.5 系统上线运行即视为甲方验收合格，甲方不再另行组织验收。甲方在上线后提出的问题，由乙方在维护服务中处理。
H:第五条　知识产权
P:5.1 软件产品的全部知识产权归乙方所有。
P:5.2 定制开发成果（含源代码、数据库设计、报表模板和接口程序）的知识产权亦归乙方所有，乙方可将其纳入软件产品的后续版本，向其他客户提供。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。
H:第六条　免费维护与维护服务
P:6.1 自系统上线之日起六个月为免费维护期，乙方在此期间免费修复软件缺陷并提供远程技术支持。
P:6.2 免费维护期内，一级故障（系统无法登录或检验数据无法录入）乙方应在8小时内响应，二级故障在2个工作日内响应，一般咨询在3个工作日内答复。乙方不因响应或处理时间超出上述时限而承担任何扣款、赔偿或违约金。
P:6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件产品许可费的28%，即每年¥196,000，按年预付。维护服务内容包括缺陷修复、版本升级和远程支持。
P:6.4 以下情形不属于免费维护或年度维护服务的范围：甲方或第三方擅自修改系统或数据库造成的问题；甲方硬件、网络或第三方软件故障；甲方新增的功能需求及报表；因甲方操作不当导致的数据错误的恢复。乙方处理上述问题的，按乙方的人天单价另行收费。
P:6.5 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，甲方以后重新购买时应补交中断期间的维护费。
H:第七条　数据
P:7.1 甲方在系统中录入和产生的检验记录、工艺参数、批次追溯数据归甲方所有。
P:7.2 甲方同意，乙方有权对上述数据进行脱敏处理后，用于乙方食品行业质量数据库的建设、算法模型训练及产品改进，且该权利在本合同终止后继续有效。
P:7.3 乙方在实施和维护过程中接触甲方数据的，应采取访问控制、加密传输和操作日志等安全措施；发生因乙方原因导致的数据泄露的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。
H:第八条　保密
P:双方应对在本合同履行过程中知悉的对方商业秘密和技术信息予以保密，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:第九条　违约责任
P:9.1 乙方未按第4.1条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 甲方未按约定支付任何一期款项的，乙方有权暂停开发、部署或维护服务，交付期限相应顺延，由此产生的损失由甲方承担。
P:9.3 任何一方违约给对方造成损失的，应赔偿对方的直接损失，但不包括利润损失、商誉损失等间接损失。
H:第十条　合同解除
P:一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。
H:第十一条　不可抗力
P:因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。
H:第十二条　争议解决
P:因本合同产生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。
H:第十三条　其他
P:13.1 本合同以乙方标准文本为准，双方另有约定的以书面补充协议为准。
P:13.2 甲方应遵守软件产品的许可范围，不得超出约定的生产基地及并发用户数使用，不得复制、出租或转让软件产品；甲方超范围使用的，应按乙方当时的报价补交许可费用。
P:13.3 乙方可将甲方名称及项目概况作为成功案例用于市场宣传。
P:13.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：重庆涪州榨菜食品股份有限公司　　代表：________　　日期：________
P:乙方（盖章）：上海品控云软件有限公司　　代表：________　　日期：________
"""
PLAN["h256z05"] = dict(
    file="h256z05_zhacai_maker_qms_licence_supplier_template.md", language="zh", category="software",
    terms=terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, prepayment_pct=50, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
                subcontract_without_consent=None, governing_law=None),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=1080000),
    meta=dict(fee_base=700000, sums=[([700000, 320000, 60000], 1080000), ([540000, 540000], 1080000),
                                     ([700000 * 28 // 100], 196000)],
              figures=["¥1,080,000", "50%", "即视为甲方验收合格", "六个月", "28%", "¥196,000", "8小时",
                       "万分之二", "脱敏"]),
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])

# ---------------------------------------------------------------- h256e01 (en, pdf, licences: short warranty, no delay damages, low cap)
SRC["h256e01"] = """T:SOFTWARE LICENCE AND INSTALLATION AGREEMENT - LEAF GRADING SYSTEM
P:Agreement No. YY-FVS-2027-03
P:This Agreement is made between Wuyishan Yanyun Rock Tea Estate Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 8 Xingcun Road, Wuyishan, Fujian Province ("Customer"), and Fianain Vision Systems Limited, a company registered in Scotland with its registered office at The Old Chapel, Eilean Fhianain, Loch Shiel, Scotland ("Vendor").
H:Background
P:(A) Customer grows and processes Wuyi rock tea (yancha), including Da Hong Pao, Shui Xian and Rou Gui, on its estates around the Wuyi Mountains, and wishes to grade fresh leaf and finished tea more consistently by using machine vision at its withering, rolling and sorting lines.
P:(B) Vendor develops and licenses the LeafSight grading software, which classifies tea leaves by colour, size, shape and damage from camera images, and has agreed to license that software to Customer, install it, and train grading models on Customer's own leaf samples.
P:(C) At Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY), and this Agreement is governed by the laws of the People's Republic of China.
H:1. Definitions
P:1.1 "Software" means the LeafSight grading software in object code, including the station client, the central grading server and the user documentation, and any corrections and updates supplied under this Agreement.
P:1.2 "Grading Station" means one camera and lighting unit with an industrial computer on which one copy of the station client runs.
P:1.3 "Custom Models" means the grading models, classification rules, calibration files and grading reports that Vendor trains or prepares specifically for Customer under Clause 3, together with their training scripts and documentation.
P:1.4 "Installation Certificate" means the document signed by both parties when the Software has been installed on all Grading Stations and the server.
P:1.5 "Final Acceptance" means the signature by Customer of the Final Acceptance Certificate under Clause 6.
P:1.6 "Customer Data" means all images, measurements, grading results, batch records and other data that are captured, stored or produced by the Software at Customer's sites.
H:2. Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen Grading Stations and one central server at Customer's sites in Wuyishan for Customer's own business, including the business of its wholly owned subsidiaries.
P:2.2 Customer may make a reasonable number of copies of the Software for backup and disaster-recovery purposes. Customer may move a licence from one Grading Station to another on written notice to Vendor.
P:2.3 The licence survives any termination of this Agreement once the licence fees have been paid, except where Customer terminates under Clause 14 and chooses to return the Software for a refund.
H:3. Services
P:3.1 Vendor shall install the Software on the Grading Stations and the central server, integrate the server with Customer's existing production management system through the documented import interface, and configure user accounts and grading workflows.
P:3.2 Vendor shall collect and label at least eighteen thousand leaf images from Customer's 2027 spring harvest together with Customer's master graders, and train Custom Models for the three cultivars named in Recital (A) and for the four finished-tea grades used by Customer.
P:3.3 Vendor shall train Customer's line operators, quality staff and IT staff in three sessions on site, and shall provide operator and administrator manuals in Chinese.
P:3.4 Vendor shall use reasonable endeavours to complete installation within ninety days after the Effective Date and to complete the model training before the end of the spring harvest. The parties acknowledge that the timing of the harvest depends on the weather, and the schedule may be adjusted by agreement.
H:4. Price
P:4.1 The total price for the licences and services under this Agreement is CNY 1,160,000 (the "Contract Price"), inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Grading Station licence (perpetual)|14|46,000|644,000
TB:Central grading server licence (perpetual)|1|158,000|158,000
TB:Custom Models: image collection, labelling, training and calibration|1|286,000|286,000
TB:Installation, integration and training|1|72,000|72,000
TB:Total|||1,160,000
P:4.2 The Contract Price is fixed and includes all travel, accommodation and shipping costs of Vendor. Customer provides the cameras, lighting units and industrial computers, which are not part of this Agreement.
H:5. Payment
P:5.1 Customer shall pay the Contract Price in three instalments, each within twenty business days after receipt of a valid invoice (fapiao):
P:(a) 20% of the Contract Price (CNY 232,000) after signature of this Agreement;
P:(b) 45% of the Contract Price (CNY 522,000) after signature of the Installation Certificate; and
P:(c) 35% of the Contract Price (CNY 406,000) after Final Acceptance.
P:5.2 Signature of the Installation Certificate confirms installation only and does not mean that the Software or the Custom Models have been accepted.
P:5.3 All payments shall be made in CNY by bank transfer to Vendor's CNY account designated in writing. Vendor is responsible for its own taxes outside China.
H:6. Acceptance
P:6.1 After installation and model training, the parties shall run acceptance tests over ten production days. The Software passes when: (a) the Custom Models agree with the master graders' grade on at least 93% of a blind sample of two thousand leaves per cultivar; (b) each Grading Station processes at least six images per second without loss; (c) grading results are transferred to the production management system for every batch; and (d) no Severity 1 defect remains open.
P:6.2 If a test fails, Vendor shall correct the defect and repeat the test at its own cost. When all tests pass, Customer shall sign the Final Acceptance Certificate within ten business days. Use of the Software in production before then does not amount to acceptance.
H:7. Warranty
P:7.1 Vendor warrants that for ninety (90) days after Final Acceptance the Software and the Custom Models will perform materially in accordance with the documentation and the acceptance criteria, and that Vendor will correct free of charge any defect reported during that period.
P:7.2 The warranty does not cover defects caused by hardware supplied by Customer, by changes made by Customer without Vendor's instructions, or by use of the Software outside the licensed scope.
H:8. Support
P:8.1 During the warranty period and any paid support period, Vendor shall provide remote support by telephone, e-mail and a remote session approved by Customer. Severity 1 (grading stopped on a production line) shall receive a first response within two hours, at any time of day and on any day of the week, and Vendor shall work continuously until a workaround is in place.
P:8.2 For each full hour by which Vendor exceeds the Severity 1 response time, Vendor shall credit Customer CNY 800 against the next invoice.
P:8.3 After the warranty period Customer may order annual support at 11% of the licence fees in Clause 4.1 (CNY 88,220 per year). This amount is fixed for the first three support years and may thereafter increase only by written agreement.
H:9. Customer Data and Security
P:9.1 Customer Data belongs to Customer. Vendor may access Customer Data only to install, train, test and support the Software and shall not use it for any other purpose, including training models for other customers.
P:9.2 The Software shall be installed on Customer's own servers. Remote access by Vendor requires Customer's approval for each session, is made through Customer's VPN with two-factor authentication and is logged. Vendor shall not copy Customer Data outside Customer's systems, except labelled images it needs for training, which it shall keep encrypted and delete after Final Acceptance.
P:9.3 Vendor shall notify Customer within twenty-four hours of any unauthorised access to or loss of Customer Data that it becomes aware of, shall take prompt remedial action, and shall be liable for losses caused by its breach of this Clause 9.
H:10. Intellectual Property
P:10.1 Vendor retains all intellectual property rights in the Software.
P:10.2 All rights in the Custom Models vest in Customer on creation. Vendor shall deliver the Custom Models, calibration files and training scripts to Customer at Final Acceptance. Customer may use, modify and license them freely, including to another supplier.
H:11. Confidentiality
P:Each party shall keep confidential all information of the other party received under this Agreement, including Customer's cultivation and processing methods, grading standards and prices, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives termination.
H:12. Limitation of Liability
P:12.1 Neither party is liable for indirect or consequential loss or for loss of profit.
P:12.2 Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed fifty per cent (50%) of the Contract Price.
P:12.3 Vendor shall have no liability for any delay in installation or training, and no damages shall be payable for delay, provided that Vendor continues to use reasonable endeavours to complete the work.
H:13. Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the acts of any approved subcontractor.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.
P:14.2 If Customer terminates before Final Acceptance because of Vendor's breach, Customer may return the Software and Vendor shall refund all amounts paid.
H:15. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The language of the arbitration shall be Chinese.
H:16. General
P:16.1 This Agreement is made in English and Chinese; both texts have equal force.
P:16.2 Notices shall be in writing and sent to the addresses above.
P:16.3 This Agreement takes effect on signature by both parties (the "Effective Date").
P:Signed for Wuyishan Yanyun Rock Tea Estate Co., Ltd.: ____________________  Date: ________
P:Signed for Fianain Vision Systems Limited: ____________________  Date: ________
"""
PLAN["h256e01"] = dict(
    file="h256e01_rock_tea_estate_leaf_grading_licences.pdf", language="en", category="software",
    terms=terms(p1_response_hours=2, liability_cap_pct=50, prepayment_pct=20, warranty_months=3,
                post_warranty_fee_pct=11),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1160000),
    meta=dict(fee_base=802000, sums=[([14 * 46000, 158000, 286000, 72000], 1160000),
                                     ([232000, 522000, 406000], 1160000), ([802000 * 11 // 100], 88220)],
              figures=["CNY 1,160,000", "ninety (90) days", "fifty per cent (50%)", "no damages shall be payable",
                       "11%", "CNY 88,220", "two hours"]),
    rules=["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-WARRANTY"])

# ---------------------------------------------------------------- h256e02 (en, md, PMS SaaS order form: aggregated data reuse, SLA without remedy)
SRC["h256e02"] = """T:ORDER FORM AND GENERAL TERMS - HOTEL PROPERTY MANAGEMENT SUBSCRIPTION
P:Order Form No. GW-CN-2027-0142
H:Part A - Order Form
P:Vendor: Gänsewerder Hospitality Software GmbH, with its registered seat on the Gänsewerder, Germany ("Vendor").
P:Customer: Lhasa Shengxue Hotel Group Co., Ltd., 21 Beijing Middle Road, Chengguan District, Lhasa, Tibet Autonomous Region, People's Republic of China ("Customer").
P:Service: HavelPMS cloud property management system, including front desk, reservations, housekeeping, night audit, channel manager connector, guest profiles, point-of-sale interface and group reporting (the "Service").
P:Properties: six hotels of Customer in Lhasa, Shigatse and Nyingchi with 640 rooms in total, as listed in Annex 1.
P:Subscription Term: thirty-six months from the Service Start Date, which is the date on which the first property goes live after Go-Live Acceptance under Section 4 of Part B.
P:Currency: at Customer's request all fees are stated and payable in Chinese yuan (CNY).
H:Fees
TB:Item|Basis|Amount (CNY)
TB:Subscription fee|640 rooms x CNY 38 per room per month x 36 months|875,520
TB:Onboarding (configuration, data migration, interfaces, training)|one-time|96,000
TB:Total contract value||971,520
P:Invoicing: the subscription fee is invoiced quarterly in arrears (CNY 72,960 per quarter). The onboarding fee is invoiced after Go-Live Acceptance of all six properties. No fee is payable in advance.
P:Payment terms: thirty days from receipt of a valid fapiao issued by Vendor's Chinese reseller partner or by Vendor directly.
P:Renewal: this Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.
P:Hosting: the Service for Customer is hosted in a mainland China data centre region of Vendor's approved hosting provider named in Annex 2.
P:This Order Form incorporates the General Terms in Part B. In case of conflict, this Order Form prevails.
H:Part B - General Terms
H:1. Definitions
P:1.1 "Customer Data" means all data entered into or generated by the Service on behalf of Customer, including reservations, guest names, identity document details, stay history, rates, invoices and housekeeping records.
P:1.2 "Go-Live Acceptance" means Customer's written confirmation that a property has passed the tests in Section 4.
P:1.3 "Incident" means any failure of the Service to operate in accordance with the documentation. A "Priority 1 Incident" is an Incident that prevents check-in, check-out or the night audit at any property.
H:2. The Service
P:2.1 Vendor shall make the Service available to Customer's authorised users during the Subscription Term and shall provide the onboarding services described in the Order Form.
P:2.2 Vendor may improve the Service from time to time, provided that no change materially reduces the functionality ordered. Vendor shall announce major releases at least fourteen days in advance.
P:2.3 Customer is responsible for the accuracy of the data it enters, for its users' devices and internet connections, and for keeping user credentials secure.
H:3. Onboarding
P:3.1 Vendor shall configure the Service for each property, migrate open reservations, guest profiles and rate plans from Customer's current system, connect the channel manager to the online travel agencies used by Customer, connect the point-of-sale systems of the restaurants, and connect the Public Security Bureau guest registration interface required in Tibet.
P:3.2 Vendor shall complete onboarding of all six properties within one hundred and twenty days after signature of this Order Form, following a rollout plan agreed with Customer, starting with one pilot property in Lhasa.
P:3.3 If onboarding of all properties is not complete on time for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 1,000 for each day of delay, up to a maximum of ten per cent of the total contract value.
P:3.4 Vendor shall train front desk, reservations, housekeeping and finance staff at each property in Chinese and provide Chinese user manuals. Training for the Nyingchi and Shigatse properties may be held remotely where Customer agrees.
H:4. Go-Live Acceptance
P:4.1 Before going live at each property, the parties shall run a parallel night audit for three consecutive nights. The property passes when: (a) room status, in-house guest lists and folio balances match the old system; (b) every booking from the channel manager arrives within two minutes; (c) guest registration records are accepted by the police interface without error; and (d) no Priority 1 Incident is open.
P:4.2 Customer shall confirm Go-Live Acceptance in writing within five business days after the tests pass. Use of the Service at a property before confirmation does not amount to acceptance.
H:5. Service Levels
P:5.1 Vendor will use its best efforts to make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least forty-eight hours in advance and carried out between 02:00 and 05:00 Beijing time.
P:5.2 Vendor shall respond to a Priority 1 Incident within one hour, at any time, and shall provide a workaround within six hours. Other Incidents receive a response within one business day.
P:5.3 Vendor shall publish monthly availability reports in the customer portal.
P:5.4 The service levels in this Section 5 are targets. Failure to meet them does not entitle Customer to any service credit, fee reduction, refund or other compensation, and Customer's remedy is to report the failure so that Vendor can remedy it, without prejudice to Customer's rights under Section 12 for material breach.
H:6. Customer Data
P:6.1 As between the parties, Customer owns all Customer Data. Vendor processes Customer Data on Customer's behalf to provide the Service.
P:6.2 Customer grants Vendor a worldwide, perpetual licence to use aggregated and anonymised data derived from Customer Data, such as occupancy, average daily rate, booking lead times and channel mix, to improve the Service, to develop new products and to publish market benchmarks for the hotel industry. This licence survives the end of the Subscription Term.
P:6.3 At the end of the Subscription Term Vendor shall provide Customer with a complete export of Customer Data in a standard format and shall then delete it from the Service within sixty days.
H:7. Data Security
P:7.1 Customer Data is stored and processed in mainland China only. Vendor shall maintain MLPS level 3 filing for the Customer environment, encrypt Customer Data in transit and at rest, apply role-based access and multi-factor authentication for its staff, and keep access logs for at least six months.
P:7.2 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing guest personal information, including identity document data.
P:7.3 Vendor shall notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, shall take all reasonable steps to contain it, and shall be liable for Customer's losses, fines and notification costs caused by a security incident attributable to Vendor.
H:8. Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for the purposes of this agreement and not disclose it to third parties without prior written consent, except to its professional advisers bound by confidentiality. The obligation lasts for three years after the end of the Subscription Term.
H:9. Intellectual Property
P:9.1 Vendor owns the Service and all improvements to it.
P:9.2 Configurations, rate structures, report templates and interface mappings prepared specifically for Customer belong to Customer. Customer may use, modify and pass them to any successor provider without restriction.
H:10. Subcontractors
P:Vendor may use the hosting provider named in Annex 2. Any other subcontractor or sub-processor that may access Customer Data requires Customer's prior written consent.
H:11. Liability
P:11.1 Neither party is liable for indirect or consequential losses.
P:11.2 Each party's total liability under this agreement is limited to 150% of the total contract value stated in the Order Form, except for liability under Section 7.3, for wilful misconduct and for personal injury, which are not limited.
H:12. Termination
P:12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. Repeated failure to meet the service levels in Section 5 in three consecutive months is a material breach.
P:12.2 On termination Customer shall pay the fees for the Service provided up to the termination date, and Section 6.3 applies.
H:13. Governing Law and Disputes
P:This agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Lhasa Arbitration Commission for arbitration in Lhasa.
H:14. General
P:14.1 This agreement is the entire agreement between the parties about its subject matter.
P:14.2 Changes must be in writing and signed by both parties.
P:14.3 Neither party may assign this agreement without the other party's prior written consent, except to an affiliate that takes over the whole of its business relating to this agreement.
P:14.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly and does its best to limit the effects. Vendor's disaster recovery obligations under Annex 2 continue to apply.
P:14.5 Notices under this agreement shall be sent by e-mail and by registered post to the contacts named in the Order Form. The English text of this agreement prevails, and Vendor shall provide a Chinese translation for Customer's internal use.
P:Annex 1: Properties and room counts. Annex 2: Approved hosting provider and data centre region.
P:For Lhasa Shengxue Hotel Group Co., Ltd.: ____________________  Date: ________
P:For Gänsewerder Hospitality Software GmbH: ____________________  Date: ________
"""
PLAN["h256e02"] = dict(
    file="h256e02_lhasa_hotel_group_pms_saas_order_form.md", language="en", category="cloud",
    terms=terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, buyer_owns_data=False,
                ld_rate_per_day_pct=1000 / 971520 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=971520),
    meta=dict(sums=[([640 * 38 * 36, 96000], 971520), ([72960 * 12], 875520)],
              figures=["971,520", "99.95%", "one hour", "CNY 1,000 for each day", "150%", "aggregated and anonymised",
                       "does not entitle Customer to any service credit"]),
    rules=["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"])

# ---------------------------------------------------------------- h256e03 (en, docx, buyer's paper, compliant)
SRC["h256e03"] = """T:PURCHASE CONTRACT FOR POND WATER-QUALITY SENSORS AND MONITORING PLATFORM
P:Contract No. YCL-AQ-2027-011
P:Buyer: Suzhou Yangcheng Lake Jinjia Crab Farming Co., Ltd., No. 3 Hubin Road, Yangchenghu Town, Xiangcheng District, Suzhou, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Cevada Aquatech Integracao, Lda., a company registered in Portugal with its seat on the Ilhéu da Cevada, Portugal (the "Supplier").
P:Recitals. The Buyer farms Chinese mitten crabs in 312 ponds around Yangcheng Lake and has lost stock in hot summer nights when dissolved oxygen fell faster than staff could react. Following its invitation to tender of March 2027, the Buyer has selected the Supplier to supply, install and commission a wireless water-quality monitoring system with automatic aerator control and alarms. This Contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Article 2, install the sensor buoys and gateways in the ponds named in Annex 1, connect the aerator control boxes, configure the monitoring platform on the Buyer's server, and train the Buyer's pond managers and technicians.
P:1.2 Each sensor buoy measures dissolved oxygen, water temperature, pH and ammonia nitrogen every five minutes. The platform shall raise an alarm on the duty manager's phone and switch on the aerators of the pond automatically when dissolved oxygen falls below the threshold set by the Buyer for that pond.
P:1.3 The Supplier shall develop for the Buyer the pond-specific alarm rules, the aerator control logic, the feeding and water-quality dashboards and the interface to the Buyer's farm management system (together the "Custom Deliverables").
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,380,000, inclusive of VAT, delivery to site, installation, commissioning and training, as itemised below:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (DO, temperature, pH, NH3-N)|120|6,800|816,000
TB:2|LoRa gateway with 4G backhaul|24|9,500|228,000
TB:3|Solar power kit for gateways|24|2,200|52,800
TB:4|Monitoring platform licence (perpetual, on-premises)|1|168,000|168,000
TB:5|Installation, aerator connection and commissioning|1|96,000|96,000
TB:6|Training|1|19,200|19,200
TB:|Equipment and licence subtotal (items 1-4)|||1,264,800
TB:|Contract Price|||1,380,000
P:2.2 The Contract Price is fixed. The Supplier bears all costs of import, customs clearance and transport to the Buyer's farm.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 138,000) within fifteen business days after signature, against an advance-payment bank guarantee issued by a bank in mainland China for the same amount.
P:3.2 55% of the Contract Price (CNY 759,000) within fifteen business days after delivery of all equipment to the farm and signature of the delivery note. The delivery note confirms quantities only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 483,000) within fifteen business days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid VAT invoice. Payments are made in CNY to the Supplier's account in mainland China.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within seventy-five days after signature and complete installation and commissioning within thirty-five days after delivery, so that the system runs before the hottest weeks of July.
P:4.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of damages does not release the Supplier from its obligations.
P:4.3 The Supplier's staff shall follow the Buyer's farm safety and biosecurity rules, including boat safety, and shall not disturb the ponds beyond what installation requires.
P:4.4 The Supplier shall train the Buyer's pond managers, night-duty staff and technicians on site in two sessions: the first on daily use of the phone app, alarm handling and manual override of the aerators; the second on cleaning and calibrating the sensors, replacing membranes and batteries, and basic troubleshooting of the gateways. The Supplier shall provide Chinese manuals, short video guides and a laminated quick-reference card for each pond hut.
P:4.5 The Supplier shall deliver as-built drawings showing the position of each buoy and gateway, the wiring of each aerator control box and the radio coverage map, together with the calibration certificates of all sensors and the factory test reports.
P:4.6 All equipment installed in or near the water shall be rated at least IP68 for the buoys and IP66 for the gateways and control boxes, and materials in contact with water shall be safe for aquaculture. The Supplier shall remove all packaging and installation waste from the farm.
H:Article 5 Acceptance
P:5.1 After commissioning, the system shall run for twenty-one consecutive days. The Buyer signs the Final Acceptance Certificate when: (a) every buoy reports at least 98% of its scheduled readings; (b) sensor readings agree with the Buyer's calibrated hand-held meter within the tolerances in Annex 2 on three test days; (c) a simulated low-oxygen event in each pond group triggers the phone alarm within sixty seconds and starts the aerators; and (d) the Custom Deliverables work as specified in Annex 3.
P:5.2 If a test fails the Supplier shall correct the fault at its cost and the test period restarts for the affected ponds. Installation, use of the system or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty the Supplier shall repair or replace free of charge any defective equipment and correct any software defect, including the cost of parts, labour and travel.
P:6.2 The monitoring platform shall be available 99.95% of each month during the warranty. A Severity 1 fault (alarms or aerator control lost for a pond group) shall receive a response within thirty minutes at any time and a technician on site within eight hours; a Severity 2 fault (single buoy or gateway) shall receive a response within two hours and be fixed within three days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, it shall pay the Buyer CNY 1,000; for each 0.01 percentage point below the availability level in a month it shall pay CNY 500.
P:6.4 After the warranty period, the Supplier shall offer annual support at 7% of the equipment and licence subtotal (CNY 88,536 per year). This fee is fixed for three years after the warranty ends. Support is ordered by the Buyer's purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare buoys and gateways in stock in Suzhou during the warranty and for three years afterwards.
H:Article 7 Data
P:7.1 All data collected or produced by the system, including water-quality readings, alarm records, aerator logs and pond maps, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:7.2 The platform is installed on the Buyer's server. The Supplier's remote access requires the Buyer's approval for each session and uses the Buyer's VPN. The Supplier shall not copy data outside the Buyer's systems, shall change all default passwords on the gateways and buoys, and shall encrypt radio and 4G traffic.
P:7.3 The Supplier shall report any security incident affecting the system or its data to the Buyer within twelve hours and shall be liable for the Buyer's losses caused by its breach of this Article 7.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables and their source code belong to the Buyer, which may use, modify and license them freely.
P:8.2 The platform software and the firmware of the equipment remain the property of their owners and are licensed to the Buyer perpetually for use with the system.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's pond layout, stocking densities and yields, and shall not disclose it to any third party without prior written consent. This Article survives termination.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Articles 7 and 9, which are not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages under Article 4.2 reach their maximum.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:Article 14 Force Majeure
P:A party prevented from performing by typhoon, flood, epidemic or other force majeure shall notify the other party promptly and provide evidence; the affected dates are extended by the duration of the event. The Supplier shall nevertheless restore alarm functions as soon as safe access to the ponds is possible.
H:Article 15 Miscellaneous
P:This Contract is made in Chinese and English, and both versions have equal force. It takes effect on signature by both parties. Annex 1: Pond list and installation plan. Annex 2: Sensor tolerances. Annex 3: Custom Deliverables specification.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
PLAN["h256e03"] = dict(
    file="h256e03_yangcheng_lake_crab_farm_pond_sensors.docx", language="en", category="hardware",
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=7),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1380000),
    meta=dict(fee_base=1264800, sums=[([120 * 6800, 24 * 9500, 24 * 2200, 168000, 96000, 19200], 1380000),
                                      ([816000, 228000, 52800, 168000], 1264800), ([138000, 759000, 483000], 1380000),
                                      ([1264800 * 7 // 100], 88536)],
              figures=["CNY 1,380,000", "99.95%", "thirty minutes", "0.08%", "200%", "10%", "twenty-four months", "7%",
                       "CNY 88,536"]),
    rules=[])

# ---------------------------------------------------------------- h256e04 (en, txt, managed print + desktop: no data-security clause, no termination for breach)
SRC["h256e04"] = """T:MANAGED PRINT AND DESKTOP SERVICES AGREEMENT
P:Reference: TSG/XB/2027/07
P:THIS AGREEMENT is entered into by and between:
P:(1) Jinjiang Xinbu Footwear Co., Ltd., a company established in the People's Republic of China, with its registered office at 66 Shoe City Avenue, Chendai Town, Jinjiang, Fujian Province ("Customer"); and
P:(2) Txatxarramendi Servicios Gestionados, S.L., a company incorporated in Spain with its seat on the Isla de Txatxarramendi, Biscay, Spain, acting in China through its registered branch in Xiamen ("Provider").
P:WHEREAS Customer manufactures sports and casual footwear in three plants in Jinjiang and runs design, sales and administration offices with about 620 computer users; WHEREAS Customer wishes to outsource its printers, copiers and label printers and the support of its desktops and laptops to one provider; and WHEREAS Provider has offered to provide these services for a fixed monthly fee, with all prices expressed in Chinese yuan (CNY) at Customer's request; NOW THEREFORE the parties agree as follows.
H:1. Definitions and Interpretation
P:1.1 "Services" means the Managed Print Services and the Desktop Services described in Schedule 1.
P:1.2 "Managed Print Services" means the provision, installation, maintenance, consumables supply and replacement of the 140 print devices listed in Schedule 2, including office printers, multi-function copiers, production label printers and plotters in the pattern rooms.
P:1.3 "Desktop Services" means the service desk, on-site support, imaging, installation, moves and changes of desktops, laptops and peripherals for Customer's users, and the management of Customer's antivirus and patch consoles.
P:1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Clause 4.
P:1.5 "Term" means thirty-six months from the Service Commencement Date.
P:1.6 "Customer Data" means all documents, scans, print jobs, files and other information of Customer that Provider handles in performing the Services.
H:2. Services
P:2.1 Provider shall perform the Services from the Service Commencement Date throughout the Term in accordance with this Agreement and the service levels in Schedule 3.
P:2.2 Provider shall assign a dedicated service manager and two on-site engineers based at Customer's Chendai plant during Customer's working hours, and shall provide a telephone and online service desk from 7:30 to 21:00, seven days a week, in Mandarin and Minnan.
P:2.3 The print devices remain the property of Provider. Provider shall replace any device that fails three times in any period of sixty days with a new device of equal or better specification.
P:2.4 Provider shall deliver toner, ink, labels and other consumables to each site before stocks run out, based on remote monitoring of the devices, and shall collect used cartridges for recycling.
P:2.5 Provider shall prepare and image new desktops and laptops bought by Customer, install the standard software set approved by Customer, move equipment when staff change desks or plants, and collect retired equipment for disposal by Customer's approved recycler. Each year Provider shall review the print fleet with Customer and propose changes to the number, type and location of devices, which take effect only when Customer agrees in writing.
P:2.6 Customer shall give Provider's engineers access to its sites, a desk and network connections for the on-site team, and shall name a contact person at each plant.
H:3. Charges
P:3.1 Customer shall pay the following charges:
TB:Charge|Basis|Amount (CNY)
TB:Managed Print Services fee|140 devices, including 210,000 mono and 36,000 colour pages per month|21,600 per month
TB:Desktop Services fee|620 users x CNY 48 per user per month|29,760 per month
TB:Service desk and reporting|fixed|1,440 per month
TB:Monthly fee|total of the above|52,800 per month
TB:Transition fee|one-time|58,000
P:3.2 The total charges for the Term are CNY 1,958,800, being thirty-six monthly fees of CNY 52,800 (CNY 1,900,800) and the transition fee of CNY 58,000.
P:3.3 The monthly fee is invoiced monthly in arrears. The transition fee is invoiced after the Transition Acceptance Certificate is signed. Customer pays within thirty days after receipt of a valid VAT invoice. Nothing is payable in advance.
P:3.4 Pages beyond the included volumes are charged at CNY 0.025 per mono page and CNY 0.18 per colour page, invoiced quarterly in arrears. The charges in this Clause 3 are fixed for the Term.
H:4. Transition and Acceptance
P:4.1 Within sixty days after signature Provider shall survey all sites, install and configure the new print devices, remove the old devices agreed with Customer, set up secure print release at the office floors, take over desktop support from Customer's IT team and load all user and asset records into its service management tool.
P:4.2 Transition is accepted when: (a) all 140 devices print, copy and scan as specified in Schedule 2 and report to the monitoring tool; (b) the label printers on every production line print the barcode labels of Customer's ERP system without error during five production days; (c) the service desk has handled calls for ten working days within the service levels; and (d) the asset register is reconciled with a physical count. Customer then signs the Transition Acceptance Certificate. Operation of the Services before that date is not acceptance.
P:4.3 If Provider does not complete the transition within the period in Clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.
H:5. Service Levels and Service Credits
P:5.1 Incidents are prioritised as follows. Priority 1: a production label printer down, or a problem stopping a whole department. Priority 2: a single device or user unable to work. Priority 3: requests and minor problems.
P:5.2 Provider shall respond to a Priority 1 incident within thirty minutes and restore service within three hours by repair or by a swap device; Priority 2 within two hours and restore within one business day; Priority 3 within three business days.
P:5.3 If a service level in Clause 5.2 is missed in a month, Provider shall credit Customer 3% of the monthly fee for each missed Priority 1 incident and 1% for each missed Priority 2 incident, up to 20% of the monthly fee. Credits are deducted from the next invoice.
P:5.4 Provider shall send a monthly report with device uptime, page volumes, incident statistics, service level results, consumables deliveries and recommendations for reducing printing.
H:6. Customer Data
P:6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall not sell, publish or otherwise exploit it.
P:6.2 Customer is responsible for deciding which users may print, scan and access shared folders, and for the content of the documents that its users print.
H:7. Confidentiality
P:Each party shall treat as confidential all non-public information of the other party obtained under this Agreement, including Customer's shoe designs, patterns, customer orders and prices, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of the Term.
H:8. Intellectual Property
P:Desktop images, scripts, print rules, reports and documentation prepared by Provider specifically for Customer belong to Customer, which may use, modify and pass them to any other provider. Provider's own tools and software remain Provider's.
H:9. Liability
P:9.1 Neither party is liable to the other for indirect or consequential loss.
P:9.2 Provider's total liability under this Agreement is limited to 150% of the total charges for the Term stated in Clause 3.2, except for personal injury and wilful misconduct.
H:10. Subcontracting
P:Provider may not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.
H:11. Term and Termination
P:11.1 This Agreement commences on signature and continues until the end of the Term, when it expires. It does not renew automatically; any extension requires a written agreement.
P:11.2 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or where force majeure prevents performance for more than ninety consecutive days. If a party breaches this Agreement, the other party's remedies are service credits, damages and an order for performance, and the breach does not entitle it to terminate this Agreement.
P:11.3 At the end of the Term Provider shall remove its devices, assist in the transfer of the Services to Customer or a new provider for up to forty-five days, and hand over all asset records, images and documentation.
H:12. Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Quanzhou Arbitration Commission for arbitration in Quanzhou.
H:14. General
P:14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.
P:14.2 Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in English and Chinese counterparts, which have equal force. Notices shall be given in writing to the addresses stated above.
P:Schedule 1: Service description. Schedule 2: Device list and sites. Schedule 3: Service levels.
P:Signed for Customer: ____________________   Signed for Provider: ____________________
"""
PLAN["h256e04"] = dict(
    file="h256e04_jinjiang_shoe_maker_managed_print_desktop.txt", language="en", category="services",
    terms=terms(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=2000 / 1958800 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1958800),
    meta=dict(sums=[([21600, 620 * 48, 1440], 52800), ([36 * 52800, 58000], 1958800)],
              figures=["CNY 1,958,800", "thirty minutes", "CNY 2,000 for each day", "150%",
                       "does not entitle it to terminate"]),
    rules=["CR-DATA-SECURITY", "CR-TERMINATION"])

# ---------------------------------------------------------------- h256e05 (en, txt, booking API subscription: foreign arbitration seat only)
SRC["h256e05"] = """T:API SUBSCRIPTION AGREEMENT - VISITOR BOOKING AND TIMED-ENTRY SERVICES
P:Agreement number: PBT-DH-2027-019
P:Date: ____ 2027
P:Between Dunhuang Mingsha Silk Road Travel Service Co., Ltd., 15 Yangguan Middle Road, Shazhou Town, Dunhuang, Gansu Province, People's Republic of China (the "Customer"), and Palmaiola Booking Technologies S.r.l., a company incorporated in Italy with its registered seat on the Isola Palmaiola, Tuscan Archipelago, Italy (the "Vendor").
H:Introduction
P:The Customer runs guided tours to the Mogao Caves, the Mingsha Mountain and Crescent Spring, the Yumen Pass and the Yardang landforms, and sells packages through its own website, its WeChat mini-program and travel agencies. It needs real-time availability, booking, timed-entry allocation, payment status and ticket voucher functions that its channels can call through an application programming interface. The Vendor operates the Palmaiola Booking API and has agreed to provide it to the Customer on the terms below. At the Customer's request all amounts are stated and payable in Chinese yuan (CNY).
H:Section 1. Definitions
P:1.1 "API" means the Vendor's booking application programming interface, its sandbox environment, the developer portal and the documentation.
P:1.2 "Subscription Period" means thirty-six months from the Launch Date.
P:1.3 "Launch Date" means the date on which the Customer signs the Launch Acceptance Certificate under Section 5.
P:1.4 "Customer Data" means all data sent to, stored in or generated by the API for the Customer, including tour products, departures, bookings, visitor names, identity document numbers, contact details, payment references and vouchers.
P:1.5 "Critical Incident" means an incident that prevents the Customer's channels from making or retrieving bookings.
H:Section 2. Subscription
P:2.1 The Vendor grants the Customer and its authorised channel partners the right to call the API during the Subscription Period for the Customer's business, up to 3,000,000 API calls per month.
P:2.2 The Vendor shall run the production API for the Customer in a cloud region in mainland China and shall provide a separate sandbox for testing.
P:2.3 The Vendor shall provide software development kits for Java and JavaScript, a WeChat mini-program component and sample code, and shall answer developer questions through the developer portal within one business day.
H:Section 3. Fees
P:3.1 The fees under this Agreement are:
TB:Item|Basis|Amount (CNY)
TB:API subscription (up to 3,000,000 calls per month)|36 months x CNY 21,500|774,000
TB:Integration services (connection of website, mini-program and agency portal)|one-time|46,000
TB:Total contract value||820,000
P:3.2 The subscription fee is invoiced quarterly in arrears at CNY 64,500 per quarter. The integration fee is invoiced after the Launch Acceptance Certificate is signed. No fee is payable before the Launch Date.
P:3.3 API calls above the monthly allowance are charged at CNY 0.004 per call, invoiced quarterly in arrears. The Vendor shall warn the Customer by e-mail when usage reaches 80% of the allowance in any month.
P:3.4 The Customer shall pay each invoice within thirty days after receiving a valid fapiao. Fees are fixed for the Subscription Period.
H:Section 4. Integration Services
P:4.1 The Vendor shall connect the Customer's website, WeChat mini-program and travel-agency portal to the API, map the Customer's tour products, seasons and price categories, and configure the timed-entry quotas that the cave and scenic-area authorities assign to the Customer each day.
P:4.2 The Vendor shall complete the integration services within seventy days after signature of this Agreement. For each day of delay attributable to the Vendor, the Vendor shall pay the Customer CNY 600, up to a total of CNY 41,000.
H:Section 5. Launch Acceptance
P:5.1 Before launch the parties shall run acceptance tests in the sandbox and then in production with test bookings. The API passes when: (a) all booking, amendment, cancellation and voucher functions in the documentation work through each of the three channels; (b) availability queries return within 800 milliseconds on average at a load of 120 calls per second; (c) bookings and payments reconcile with the Customer's finance records for ten consecutive days; and (d) no Critical Incident is open.
P:5.2 When the tests pass, the Customer shall sign the Launch Acceptance Certificate within five business days. Use of the API with real visitors before that date does not amount to acceptance.
H:Section 6. Service Levels
P:6.1 The Vendor shall make the production API available 99.95% of the time in each calendar month, excluding maintenance agreed in advance with the Customer and carried out between 01:00 and 05:00 Beijing time outside the peak season from May to October.
P:6.2 The Vendor shall respond to a Critical Incident within thirty minutes, at any time, and restore service within three hours. Other incidents receive a response within one business day and a fix or workaround within two business days.
P:6.3 If monthly availability falls below the level in Section 6.1, the Vendor shall credit the Customer 5% of the monthly subscription fee for each 0.1 percentage point below that level, up to 50% of the monthly fee. For each hour by which the Vendor exceeds the response or restoration time for a Critical Incident it shall credit a further CNY 1,000.
H:Section 7. Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Vendor processes it only on the Customer's instructions and only to provide the API and the integration services, and shall not use Customer Data, whether identifiable, anonymised or aggregated, for any other purpose.
P:7.2 Customer Data is stored and processed in mainland China only. The Vendor shall hold MLPS level 3 filing for the production environment, encrypt Customer Data in transit and at rest, restrict staff access to named engineers with multi-factor authentication, keep access logs for one hundred and eighty days and comply with the Personal Information Protection Law and the Data Security Law.
P:7.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, shall take immediate containment measures, and shall be liable for the Customer's losses, regulatory fines and notification costs caused by an incident attributable to the Vendor.
P:7.4 At the end of the Subscription Period the Vendor shall return Customer Data in a standard format and then delete it within thirty days, and shall confirm the deletion in writing.
H:Section 8. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's quotas, contracts with agencies and prices, and shall not disclose it without the other party's prior written consent. This obligation survives the end of this Agreement by three years.
H:Section 9. Intellectual Property
P:9.1 The Vendor owns the API, the software development kits and all improvements to them.
P:9.2 Connection code, product mappings and configurations prepared specifically for the Customer in the integration services belong to the Customer, which may use, modify and license them freely, including to a successor provider.
H:Section 10. Subcontracting
P:The Vendor shall not subcontract any part of its obligations, or allow any sub-processor to access Customer Data, without the Customer's prior written consent, except the cloud provider named in the Annex, which the Customer approves by signing this Agreement.
H:Section 11. Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the total contract value stated in Section 3.1, except for liability under Section 7.3, for wilful misconduct and for personal injury, which are not limited. Neither party is liable for indirect loss.
H:Section 12. Term, Renewal and Termination
P:12.1 This Agreement runs until the end of the Subscription Period. It then renews automatically for successive periods of twenty-four months at the same fees and on the same terms, unless either party gives written notice of non-renewal at least ninety days before the end of the current period.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. Failure by the Vendor to meet the availability level in Section 6.1 in three consecutive months is a material breach.
P:12.3 On termination the Vendor shall continue to provide the API for up to sixty days, at the same monthly fee, if the Customer needs time to move to another provider.
H:Section 13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Chamber of Arbitration of Milan under its rules, by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:Section 14. General
P:14.1 This Agreement, with its Annex, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delays caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible.
P:14.3 Notices shall be sent by e-mail with a copy by courier to the addresses stated above. This Agreement is signed in English with a Chinese translation for reference; the Vendor shall provide the developer documentation in Chinese and keep it up to date with every new version of the API.
P:Annex: Approved cloud provider and region; API documentation index.
P:For the Customer: ____________________   For the Vendor: ____________________
"""
PLAN["h256e05"] = dict(
    file="h256e05_dunhuang_tour_operator_booking_api_subscription.txt", language="en", category="cloud",
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 820000 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=820000),
    meta=dict(forum_outside=True, sums=[([36 * 21500, 46000], 820000), ([64500 * 12], 774000)],
              figures=["820,000", "99.95%", "thirty minutes", "CNY 600", "150%", "Chamber of Arbitration of Milan",
                       "at the same fees"]),
    rules=["CR-GOVERNING-LAW"])


# ---------------------------------------------------------------- threshold scan (policy §3 and §4 figures)
NUMZH = "零一二两三四五六七八九十百千点"
THRESHOLDS = {
    "99.9 % availability": r"(?<![\d.])99[.．]9(?!\d)|百分之九十九点九(?![" + NUMZH + r"])|ninety-nine point nine(?! ?\w*[- ]?(?:one|two|three|four|five|six|seven|eight|nine))",
    "4 hours": r"(?<![\d.])4\s*(?:-|\s)?(?:个)?(?:小时|hours?|hrs?\b|h\b)|(?<![" + NUMZH + r"])四(?:个)?小时|(?<![\w-])four(?:\s*\(4\))?[- ]hours?\b",
    "30 %": r"(?<![\d.])30\s*(?:[%％]|per ?cent)|(?<![" + NUMZH + r"])百分之三十(?![" + NUMZH + r"])|\bthirty(?:\s*\(30%?\))?[- ]per ?cent",
    "100 %": r"(?<![\d.])100\s*(?:[%％]|per ?cent)|百分之(?:一)?百(?![" + NUMZH + r"])|one hundred per ?cent",
    "0.05 %/day": r"(?<![\d.])0?[.．]05\s*(?:[%％]|per ?cent)|万分之五(?![" + NUMZH + r"])|千分之零点五|five hundredths",
    "12 months": r"(?<![\d.])12\s*(?:个)?月(?![\d日])|(?<![\d.])12[- ]?months?|十二个月|\btwelve(?:\s*\(12\))?[- ]months?|(?<![每第])一年|\bone[- ]year\b|(?<![\d.])1[- ]year\b",
    "15 %": r"(?<![\d.])15\s*(?:[%％]|per ?cent)|(?<![" + NUMZH + r"])百分之十五(?![" + NUMZH + r"])|\bfifteen(?:\s*\(15%?\))?[- ]per ?cent",
    "40 %": r"(?<![\d.])40\s*(?:[%％]|per ?cent)|(?<![" + NUMZH + r"])百分之四十(?![" + NUMZH + r"])|\bforty(?:\s*\(40%?\))?[- ]per ?cent",
    "5-year horizon": r"(?<![\d.])5\s*(?:个)?(?:年(?!\d)|[- ]?years?)|(?<![" + NUMZH + r"])五年|\bfive(?:\s*\(5\))?[- ]years?\b",
}
THRESH_RE = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}


def self_test():
    hits = {"99.9 % availability": ["可用率99.9%", "99.9 per cent", "ninety-nine point nine per cent"],
            "4 hours": ["4小时", "4 hours", "四小时", "four (4) hours", "4-hour", "4 个小时", "four-hour"],
            "30 %": ["30%", "百分之三十", "thirty per cent", "30 per cent"],
            "100 %": ["100%", "百分之百", "one hundred per cent"],
            "0.05 %/day": ["0.05%", "万分之五", ".05 per cent"],
            "12 months": ["12个月", "十二个月", "12 months", "twelve (12) months", "质保期一年", "one year", "12-month"],
            "15 %": ["15%", "百分之十五", "fifteen per cent"],
            "40 %": ["40%", "百分之四十", "forty per cent"],
            "5-year horizon": ["5年", "五年", "five years", "5 years", "five-year"]}
    misses = {"99.9 % availability": ["99.95%", "99.99%"],
              "4 hours": ["24小时", "14 hours", "24 hours", "二十四小时", "forty-eight hours", "twenty-four hours"],
              "30 %": ["130%", "0.30%", "百分之三十五"],
              "100 %": ["1100%"],
              "0.05 %/day": ["0.055%", "万分之五十"],
              "12 months": ["2027年12月31日", "112 months", "每年"],
              "15 %": ["115%", "0.15%"],
              "40 %": ["140%", "百分之四十五"],
              "5-year horizon": ["2025年", "15 years", "二十五年"]}
    for k, xs in hits.items():
        for x in xs:
            assert THRESH_RE[k].search(x), (k, x)
    for k, xs in misses.items():
        for x in xs:
            assert not THRESH_RE[k].search(x), (k, x)


def scan(text):
    found = []
    for k, rx in THRESH_RE.items():
        for m in rx.finditer(text):
            found.append((k, m.group(0), text[max(0, m.start() - 20): m.end() + 20]))
    return found


# ---------------------------------------------------------------- build, read back, check, label
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
    self_test()
    fired = set()
    targets = {}
    for key, plan in PLAN.items():
        name = plan["file"]
        assert name.startswith(key + "_")
        for parts, total in plan["meta"]["sums"]:
            assert sum(parts) == total, (key, parts, total)
        text = to_txt(SRC[key])
        for fig in plan["meta"]["figures"]:
            assert fig in text, (key, fig)
        assert format(plan["extra"]["contract_value"], ",") in text, key
        meta = dict(plan["meta"])
        got = apply_rules(plan["terms"], plan["extra"], meta)
        assert got == sorted(plan["rules"]), (key, got, plan["rules"])
        if "tco" in meta:
            print(key, "TCO %.0f share %.2f %%" % meta["tco"])
        assert (plan["terms"]["contract_kind"] == "goods_or_licence") == ("post_warranty_fee_capped" in plan["extra"])
        fired |= set(got)
        ext = name.rsplit(".", 1)[1]
        if ext == "md":
            (OUT / name).write_text(to_md(SRC[key]), encoding="utf-8")
        elif ext == "txt":
            (OUT / name).write_text(to_txt(SRC[key]), encoding="utf-8")
        else:
            targets[key] = (name, ext)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SRC, targets, OUT, wrap_words=True)
    bad = []
    for key, plan in PLAN.items():
        path = OUT / plan["file"]
        back = read_back(path)
        flat = re.sub(r"\s", "", back)
        for fig in plan["meta"]["figures"]:
            assert re.sub(r"\s", "", fig) in flat, (key, fig)
        hits = scan(back) + scan(flat)
        bad += [(key,) + h for h in hits]
        if plan["language"] == "zh":
            n = len(back)
            print("%s %s: %d characters (%d without whitespace)" % (key, plan["file"], n, len(flat)))
            assert 2800 <= n <= 3300, (key, n)
        else:
            n = len(back.split())
            print("%s %s: %d words" % (key, plan["file"], n))
            assert 1500 <= n <= 1700, (key, n)
        print("   rules:", ", ".join(plan["rules"]) or "(none)", "-> risk", risk(plan["rules"]))
        label = {"file": plan["file"], "language": plan["language"], "category": plan["category"],
                 "expected_terms": plan["terms"], "expected_extra": plan["extra"], "expected_rules": sorted(plan["rules"])}
        (OUT / (plan["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not bad, bad
    mix = sorted(len(p["rules"]) for p in PLAN.values())
    print("findings per contract:", mix)
    print("rules fired across the set (%d):" % len(fired), ", ".join(sorted(fired)))


if __name__ == "__main__":
    main()
