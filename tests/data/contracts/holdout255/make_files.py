"""holdout255: writes ten ordinary draft contracts (.docx/.pdf via ../word_pdf.py, .md, .txt) and their labels,
re-applies policy §3/§4 to the labels, checks sums and figures, reads every built file back and scans for threshold
values. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
import word_pdf  # noqa: E402

# ---------------------------------------------------------------- policy §3 / §4 applied to a label
def tco(v):
    """v: dict with value, warranty_months, fee_per_year (None = unknown). Horizon 5 years from acceptance."""
    if v is None or v.get("fee_per_year") is None:
        return None
    post_years = max(0.0, 5 - v["warranty_months"] / 12)
    fees = post_years * v["fee_per_year"]
    total = v["value"] + fees
    return total, fees, fees / total * 100


def rules(lab, tco_in):
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] in (None, "supplier", "joint"):
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
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(tco_in)
        if tc is not None and tc[2] > 40:
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


def risk(rs):
    sev = [SEV.get(x, "medium") for x in rs]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan (policy §3 and §4 thresholds)
NB = r"(?<![\d.,])"          # not preceded by a digit / decimal point
NA = r"(?![\d.]*\d)"          # not followed by more digits
ZHNB = r"(?<![一二三四五六七八九十百零点])"
ZHNA = r"(?![一二三四五六七八九十点])"
THRESH = [
    ("availability 99.9", NB + r"99\.90*(?!\d)"),
    ("4 hours", NB + r"4\s*(个)?\s*(小时|hours?|hrs?|h\b)"),
    ("4 hours zh", ZHNB + r"四\s*(个)?小时"),
    ("4 hours en", r"\bfour\s*(\(4\)\s*)?(business\s+)?hours?\b"),
    ("0.05 %", NB + r"0\.050*\s*(%|per\s*cent|percent)"),
    ("万分之五", r"万分之五" + ZHNA),
    ("0.05 en", r"zero point zero five|five hundredths"),
    ("30 %", NB + r"30(\.0+)?\s*(%|per\s*cent|percent)"),
    ("30 % zh", r"百分之三十" + ZHNA + r"|三成"),
    ("30 % en", r"\bthirty\s*(\(30\)\s*)?(per\s*cent|percent|%)"),
    ("100 %", NB + r"100(\.0+)?\s*(%|per\s*cent|percent)"),
    ("100 % zh", r"百分之(一)?百" + ZHNA),
    ("100 % en", r"one hundred\s*(\(100\)\s*)?(per\s*cent|percent|%)"),
    ("15 %", NB + r"15(\.0+)?\s*(%|per\s*cent|percent)"),
    ("15 % zh", ZHNB + r"百分之十五" + ZHNA),
    ("15 % en", r"\bfifteen\s*(\(15\)\s*)?(per\s*cent|percent|%)"),
    ("40 %", NB + r"40(\.0+)?\s*(%|per\s*cent|percent)"),
    ("40 % zh", r"百分之四十" + ZHNA),
    ("40 % en", r"\bforty\s*(\(40\)\s*)?(per\s*cent|percent|%)"),
    ("12 months", NB + r"12\s*-?\s*(个月|months?)"),
    ("12 months zh", ZHNB + r"十二个月|(?<![每第])一年(?!级)|壹年"),
    ("12 months en", r"\btwelve\s*(\(12\)\s*)?-?\s*months?\b|\b(one|1)[\s-]+years?\b|\bannual warranty\b"),
    ("5 years", NB + r"5\s*-?\s*(个年度|年(?![\d一二三四五六七八九十]*[月度])|years?)"),
    ("5 years zh", ZHNB + r"五年|五个年度"),
    ("5 years en", r"\bfive\s*(\(5\)\s*)?-?\s*years?\b"),
]
THRESH = [(n, re.compile(p, re.I)) for n, p in THRESH]


def scan(text):
    return [(n, m.group(0)) for n, p in THRESH for m in p.finditer(text)]


def selftest():
    bad = ["可用率不低于99.9%", "99.90%", "4小时内响应", "4 hours", "二十四小时后再四小时", "four (4) hours",
           "0.05%", "万分之五", "30%", "百分之三十", "thirty per cent", "100%", "百分之一百", "15%", "百分之十五",
           "40%", "百分之四十", "12个月", "十二个月", "12 months", "twelve months", "one year", "质保期一年",
           "5年", "五年", "five years", "5 years", "a 12-month warranty"]
    good = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "0.5%", "0.08%", "万分之五十", "万分之三",
            "130%", "35%", "百分之三十五", "150%", "1.5%", "115%", "百分之二十五", "140%", "8.40%", "18个月",
            "112 months", "二十四个月", "每年", "第一年", "25年", "15年", "二十五年", "1,100%", "2.30%", "54 hours",
            "one-off", "每一年"]
    for s in bad:
        assert scan(s), ("missed", s)
    for s in good:
        assert not scan(s), ("false hit", s, scan(s))


# ================================================================ h255z01 (.docx) 水利厅 大坝安全监测平台
Z01 = """T:湘中省水库大坝安全监测平台建设项目政府采购合同
P:合同编号：XZSL-ZC-2027-018　　采购方式：公开招标　　项目编号：XZCG2027-0437
P:采购人（甲方）：湘中省水利厅
P:供应商（乙方）：澜川智感科技股份有限公司
P:鉴于甲方就“湘中省水库大坝安全监测平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标供应商，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方所辖42座中型水库提供渗流、表面变形、雨量水位等安全监测设备的供货、安装与调试，建设省级大坝安全监测平台，完成预警模型与省水利一张图、水库运行管理系统的接口定制开发，并提供培训和质保期服务。
P:1.2 设备清单、技术参数及各水库测点布置以招标文件第五章及乙方投标文件技术响应表为准。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零陆万元整（¥4,060,000.00），为固定总价，含设备、软件、运输、保险、安装、调试、培训、税费及质保期内全部服务费用，甲方不再另行支付任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|渗压计、量水堰计等渗流监测设备|42座水库|1,176,000
TB:2|GNSS表面变形监测站|36套|864,000
TB:3|雨量水位监测站|42套|318,000
TB:4|数据采集与传输终端（RTU）|84台|426,000
TB:5|大坝安全监测平台软件许可（永久）|1套|580,000
TB:6|预警模型及接口定制开发|1项|392,000
TB:7|安装调试及土建配合|1项|268,000
TB:8|培训|1项|36,000
TB:合计|　|　|4,060,000
P:2.2 上表第1至5项为软硬件小计，计人民币3,364,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计812,000元。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，计1,421,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的42%，计1,705,200元。
P:3.4 余下合同总价的3%，计121,800元，作为质量保证金，质保期满且无遗留问题后无息支付。
P:3.5 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付的规定办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成全部设备到货，150日内完成全部安装调试并申请初验。汛期（每年4月15日至9月30日）内的现场施工安排须事先报甲方同意。
P:4.2 乙方应为每座水库建立测点台账，安装位置、埋设深度和初始读数须经甲方及水库管理单位现场确认。
P:4.3 乙方应派驻项目经理及不少于六名专业技术人员，项目经理须具有水利水电工程相关中级以上职称，未经甲方同意不得更换。乙方应每周向甲方报送工程进度、存在问题及下周计划。
P:4.4 培训：乙方应为甲方及各水库管理单位分批开展平台操作、设备日常巡查、数据分析及预警处置培训，累计不少于120人次，并提供中文操作手册和维护手册。
H:第五条 验收
P:5.1 初验条件：全部测点接入平台，数据完整率不低于98%；渗压、位移、雨量数据采集间隔符合招标文件要求；预警模型按甲方给定的三级阈值正确推送短信及平台告警；与省水利一张图、水库运行管理系统的接口经联调无误。
P:5.2 初验合格后进入90日试运行。试运行期内平台无一级故障、数据完整率持续达标的，乙方可申请最终验收。甲方组织专家按本条标准进行最终验收，并出具书面验收报告。
P:5.3 设备签收、安装完成、平台上线或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担复验费用。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内设备、软件的维修、更换、升级及现场服务均免费。
P:6.2 平台月可用率不低于99.95%。
P:6.3 故障分级及响应：一级故障（平台中断、超过五座水库的测点同时离线或预警推送失效）乙方应在6小时内响应并到场，24小时内恢复；二级故障8小时内响应，48小时内恢复；三级故障在下一个工作日处理。乙方设7×24小时服务热线。
P:6.4 乙方响应或恢复超时的，每超时1小时向甲方支付违约金500元；平台月可用率每低于约定值0.01个百分点，扣减质量保证金1,000元。
P:6.5 质保期满后，如甲方需要，乙方提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过269,120元），质保期满后两年内不上调。维保合同另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集的全部监测数据、水库基础信息、预警记录及日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、对外提供或用于任何其他目的。
P:7.2 平台按网络安全等级保护第三级要求部署在甲方政务云，乙方远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对履约中知悉的水库工程资料、监测数据、地理信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的预警模型、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:9.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供货物和软件不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期完成安装或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意、重大过失或违反第七条、第八条造成的损失不受此限。
H:第十一条 分包
P:乙方不得转包。土建配合工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湘中省水利厅　　　　乙方（盖章）：澜川智感科技股份有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2027年__月__日　　　　签订日期：2027年__月__日
"""
Z01_LABEL = dict(
    file="h255z01_water_resources_dam_safety_monitoring.docx", language="zh", category="hardware",
    terms=dict(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=50, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=4060000),
    plan=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], risk="medium",
    prices=([1176000, 864000, 318000, 426000, 580000, 392000, 268000, 36000], 4060000),
    payments=([812000, 1421000, 1705200, 121800], 4060000),
    tco=dict(value=4060000, warranty_months=36, fee_per_year=269120),
    figures=["4,060,000", "3,364,000", "20%", "6小时", "99.95%", "千分之一", "50%", "三年", "8%", "269,120"])


# ================================================================ h255z02 (.pdf) 造纸厂 QCS 扫描架及维保
Z02 = """T:QCS质量控制系统（定量、水分扫描架）采购及维保合同
P:合同编号：HJZY-SB-2027-0092
P:买方（甲方）：衡江纸业有限公司（造纸厂）
P:卖方（乙方）：德衡过程仪表（上海）有限公司
P:甲方3号、4号纸机需配置在线定量与水分检测系统，以稳定纸张定量、降低水分波动。乙方按照甲方技术规格书提出了供货方案并经甲方比选确定。双方本着平等自愿、诚实信用的原则，就QCS扫描架及相关服务订立本合同。
H:一、供货范围
P:（一）乙方向甲方提供两套QCS扫描架（分别安装于PM3、PM4纸机压光机后），含β射线定量传感器、红外水分传感器、扫描控制柜、操作站及控制系统软件，并负责安装、标定、与甲方DCS及横幅调节执行器的联调。
P:（二）分项价格：O型扫描架两台1,120,000元；β射线定量传感器两套310,000元；红外水分传感器两套264,000元；扫描控制系统及软件许可166,000元；以上硬件及软件小计1,860,000元。安装标定及DCS联调146,000元；操作与维护培训34,000元。
P:（三）合同总价为人民币贰佰零肆万元整（¥2,040,000.00），含税、运费、保险及现场服务费。放射源的申报、运输、存放手续由乙方负责办理并承担费用，甲方予以配合。
H:二、交货与安装
P:（一）乙方应在合同生效后120日内将全部设备运至甲方厂区指定地点，到货时提供装箱单、合格证、原产地证明及放射源相关证照。
P:（二）乙方应在甲方安排的停机检修窗口内完成机械安装，每台纸机的停机安装时间不超过72小时；因乙方原因延长停机的，乙方按第八条承担责任。
P:（三）设备到货后双方共同开箱检验，开箱检验只核对型号、数量和外观，不构成验收。
P:（四）乙方现场人员应遵守甲方安全生产、动火作业及高处作业管理制度，进入纸机区域须佩戴劳保用品，并服从甲方生产调度的统一安排；因乙方人员违章造成的人身或财产损失由乙方承担。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，计408,000元，作为预付款。
P:（二）设备全部到货并经开箱检验后，甲方支付合同总价的35%，计714,000元。
P:（三）两台纸机均通过最终验收后，甲方支付合同总价的45%，计918,000元。
P:（四）乙方每期收款前应提供等额增值税专用发票。
H:四、验收
P:（一）验收标准：定量测量精度（2σ）不大于0.4 g/m²，水分测量精度（2σ）不大于0.15个百分点；扫描架连续运行72小时无故障；与实验室离线检测值比对，连续30个样本偏差均在规格书允许范围内；横幅控制投用后，定量横向波动较投用前降低不少于35%。
P:（二）两台纸机分别调试完成后，进入21天试运行，试运行期满且上述指标全部达标的，双方签署最终验收证书。
P:（三）设备安装完成、投入生产使用或甲方支付第二期款项，均不视为验收合格。验收未通过的，乙方应在20日内完成整改并重新组织验收，费用由乙方承担。
H:五、质保
P:（一）质保期为十八个月，自最终验收之日起计算。质保期内，设备、传感器、控制系统出现非甲方原因的故障，乙方免费维修或更换，并免费提供软件补丁及版本升级。
P:（二）放射源及其屏蔽组件按制造商规定的使用寿命保证，寿命期内出现泄漏或失效的，乙方负责免费更换并负责废源回收。
P:（三）质保期内乙方每半年进行一次上门巡检，校准传感器，出具巡检报告。
P:（四）乙方应在甲方厂内存放一批常用备品备件（包括编码器、驱动皮带、测量头密封件及通讯模块），备件清单作为附件，备件消耗后由乙方在10日内补足，质保期内不向甲方收费。
P:（五）乙方负责为甲方培训仪表工程师和纸机操作工各不少于8名，培训内容包括扫描架日常点检、传感器清洁、标准样片校验、常见报警处理和控制画面操作，培训后由乙方出具考核记录。
P:（六）质保期内因同一部件反复故障，累计修理三次后仍不能正常使用的，乙方应更换同型号新品，更换部件的质保期重新计算。
H:六、服务水平
P:（一）故障分级：一级故障指扫描架停止扫描或定量、水分测量值失真，导致纸机无法闭环控制；二级故障指部分功能异常但纸机仍可闭环运行；三级故障指其他一般问题。
P:（二）一级故障乙方应在2小时内电话响应并远程诊断，18小时内工程师到达现场，36小时内恢复运行；二级故障8小时内响应，三个工作日内修复；三级故障在下次巡检时处理。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付1,000元；同一台扫描架一个季度内发生两次以上一级故障的，乙方应免费更换相关部件。
H:七、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，内容包括每季度巡检校准、备件更换（放射源除外）、软件升级、远程诊断及7×24小时热线支持。
P:（二）年度维保费按硬件及软件小计的22%计取，即每年409,200元，按季度支付，服务期内单价不变。维保合同每年签订一次，不自动续期。
P:（三）维保期内的服务水平与本合同第六条一致。
H:八、违约责任
P:（一）乙方逾期交货或逾期通过最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方原因延长纸机停机安装时间的，每超过1小时，乙方向甲方支付3,000元。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）乙方逾期超过60日的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:九、数据与信息安全
P:（一）QCS系统产生的定量、水分、横幅曲线、工艺参数、配方及生产记录均属甲方所有，乙方仅可为履行本合同使用，不得复制、带离或用于其他目的。
P:（二）乙方远程诊断须经甲方当次批准，通过甲方指定的VPN和账号进行，操作日志保存不少于六个月。乙方人员不得在甲方工控网络接入未经检测的移动介质。
P:（三）因乙方原因造成甲方数据泄露或工控系统受到攻击的，乙方应在2小时内通知甲方、配合处置，并承担相应赔偿责任。
H:十、保密
P:双方对在合作中知悉的对方技术资料、配方、工艺参数、价格等商业秘密负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内持续有效。
H:十一、知识产权
P:乙方为甲方定制的控制回路组态、报表、DCS接口程序归甲方所有，甲方可自行修改或交由第三方维护；QCS控制系统软件为乙方原有产品，乙方授予甲方永久使用许可。
H:十二、分包与转让
P:乙方不得将本合同转让或分包给第三方；吊装等辅助作业确需外委的，须事先取得甲方书面同意。
H:十三、解除
P:一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交衡州仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、其他
P:本合同附件包括技术规格书、供货清单、验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：衡江纸业有限公司　　授权代表：__________　　日期：______
P:乙方（盖章）：德衡过程仪表（上海）有限公司　　授权代表：__________　　日期：______
"""
Z02_LABEL = dict(
    file="h255z02_paper_mill_qcs_scanners_maintenance.pdf", language="zh", category="hardware",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=22, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2040000),
    plan=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high",
    prices=([1120000, 310000, 264000, 166000, 146000, 34000], 2040000),
    payments=([408000, 714000, 918000], 2040000),
    tco=dict(value=2040000, warranty_months=18, fee_per_year=409200),
    figures=["2,040,000", "1,860,000", "22%", "409,200", "万分之二", "十八个月", "2小时", "20%"])


# ================================================================ h255z03 (.md) 奶茶连锁 小程序及会员 SaaS
Z03 = """# 点单小程序及会员营销SaaS服务合同

**合同编号：** YC-SaaS-2027-031

**甲方（客户）：** 椰茶时光餐饮管理有限公司（下称“甲方”，经营门店300家）

**乙方（服务商）：** 星选云零售科技有限公司（下称“乙方”）

## 鉴于

甲方拟为旗下300家直营及加盟门店统一上线微信/支付宝点单小程序、会员积分与储值、优惠券营销等功能；乙方拥有“星选云”零售SaaS平台，可按订阅方式提供上述服务并完成定制实施。双方经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过“星选云”平台向甲方提供以下订阅服务：扫码及外带点单小程序、会员中心（等级、积分、储值卡）、营销工具（优惠券、拼单、生日礼）、门店后台及总部经营看板。

1.2 乙方负责以下一次性实施工作：按甲方品牌规范定制小程序界面与会员页面；将甲方原有约86万名会员及储值余额迁移至平台；完成与甲方门店收银系统（POS）、财务系统及外卖平台的接口对接；为甲方总部及区域督导提供培训。

1.3 服务期为二十四个月，自平台上线验收合格之日起计算。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅服务费 | 每店每年1,680元 × 300店 × 2个服务年度 | 1,008,000 |
| 定制实施费 | 一次性 | 168,000 |
| 合计 | | 1,176,000 |

2.1 合同总价为人民币壹佰壹拾柒万陆仟元整（¥1,176,000）。服务期内门店数量增加的，新增门店按每店每年1,680元按月折算计费；门店减少的，下一季度起相应扣减。

2.2 短信、支付通道手续费由甲方按实际发生另行与第三方结算，不包含在本合同价款内。

## 3. 付款

3.1 本合同不设预付款。

3.2 定制实施费168,000元在平台上线验收合格后15个工作日内一次性支付。

3.3 订阅服务费按季度后付，每季度126,000元，乙方于每季度结束后提供当季服务报告及发票，甲方在收到后20个工作日内支付。

## 4. 上线与验收

4.1 乙方应在合同签订后75日内完成实施并申请上线验收。

4.2 验收标准：（1）小程序界面与甲方确认的设计稿一致；（2）会员及储值余额迁移后逐户核对无差异；（3）与POS、财务系统、外卖平台的订单和对账数据连续7日一致；（4）在模拟3,000笔/分钟下单压力下，下单接口平均响应时间不超过1秒；（5）全部300家门店完成开通并试运行14日。

4.3 甲方按上述标准出具书面验收意见。平台开通、门店试用或甲方支付任何款项，均不视为验收合格。

4.4 乙方逾期完成上线验收的，每逾期一日，向甲方支付800元违约金。

## 5. 服务水平

5.1 乙方保证小程序点单及会员服务的月可用率不低于99.5%（计划内维护除外，计划内维护须安排在凌晨1:00至6:00并提前48小时通知）。

5.2 故障分级与响应：P1（点单或支付全部中断，或超过30家门店无法下单）15分钟内响应、30分钟内提供临时方案、2小时内恢复；P2（部分功能异常）1小时内响应、8小时内修复；P3（咨询及一般问题）一个工作日内答复。

5.3 月可用率低于约定值的，按当月订阅服务费的5%抵扣；低于99%的，按10%抵扣。P1故障恢复超时的，每超时1小时按当月订阅服务费的1%抵扣。抵扣在下一季度结算时直接扣除。

## 6. 数据

6.1 甲方会员信息、订单、储值及营销数据（“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可将甲方数据经脱敏、聚合处理后，用于乙方编制茶饮行业消费趋势报告、训练推荐算法模型及改进其产品，该等用途在本合同终止后仍可继续。

6.3 乙方应采取加密存储、访问控制、操作审计、异地备份等措施保障甲方数据安全，服务器部署在中国境内，平台通过网络安全等级保护第三级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的义务，并赔偿因此给甲方造成的全部损失。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式完整交还甲方数据，并在交还后删除其留存的原始数据。

## 7. 保密

双方对在履行本合同过程中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

## 8. 知识产权

8.1 “星选云”平台及其原有功能的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序界面、会员页面设计、品牌素材及接口程序的知识产权归甲方所有，甲方可自行修改、使用或委托第三方继续开发。

## 9. 续期与调价

9.1 服务期届满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。

9.2 每次续期时，乙方有权根据市场情况上调订阅服务费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面方式通知甲方即可生效。

## 9A. 双方的其他义务

9A.1 甲方应指定项目负责人，按乙方实施计划及时提供品牌设计规范、会员原始数据、POS接口文档及门店资料，并组织门店店长参加培训。甲方迟延提供资料导致上线延后的，上线期限相应顺延。

9A.2 乙方应为甲方配备专属客户成功经理，每月提供一次运营数据复盘和营销活动建议；大型营销活动（如新品上市、节假日促销）前，乙方应提前进行容量评估并安排专人值守。

9A.3 乙方平台进行版本升级的，应提前7日通知甲方，升级不得减少甲方已订阅的功能，不得影响门店正常营业时段的点单服务。

9A.4 乙方应保证小程序符合微信、支付宝平台的审核规范及消费者权益保护、广告、价格等相关法规，因平台内容或功能违规导致小程序被下架或处罚的，由乙方负责整改并承担相应损失。

## 10. 分包

乙方不得将实施工作分包给第三方，确有需要的，应事先取得甲方书面同意。

## 11. 违约与解除

11.1 一方违反本合同约定，经对方书面通知后15日内未改正的，守约方有权解除本合同，并要求违约方赔偿损失。

11.2 乙方连续两个月可用率低于99%的，甲方有权解除本合同，已预缴或已结算未使用部分的费用由乙方退还。

## 12. 法律适用与争议

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

## 13. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：《定制需求确认书》《接口清单》《门店开通计划》。

甲方（盖章）：椰茶时光餐饮管理有限公司　　授权代表：__________　　日期：______

乙方（盖章）：星选云零售科技有限公司　　授权代表：__________　　日期：______
"""
Z03_LABEL = dict(
    file="h255z03_tea_chain_miniprogram_loyalty_saas.md", language="zh", category="cloud",
    terms=dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=800 / 1176000 * 100, liability_cap_pct=None, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1176000),
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium",
    prices=([1680 * 300 * 2, 168000], 1176000),
    payments=([168000] + [126000] * 8, 1176000),
    tco=None,
    figures=["1,176,000", "99.5%", "15分钟", "800元", "脱敏", "8%", "1,680"])


# ================================================================ h255z04 (.txt) 交警支队 信号控制系统年度运维
Z04 = """清河市公安局交通警察支队
交通信号控制系统年度运维服务项目政府采购合同

采购项目编号：QHJJ-CS-2026-112（竞争性磋商）
合同编号：QHJJZD-2026-YW-07

采购人（甲方）：清河市公安局交通警察支队
供应商（乙方）：通衢智能交通工程有限公司

甲方以竞争性磋商方式采购本市交通信号控制系统年度运维服务，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第1条 服务范围
1.1 运维对象：全市612个信号控制路口的信号机、车辆检测器（线圈、地磁、视频）、倒计时器、通信设备，以及设在甲方指挥中心的区域协调控制系统（中心平台、数据库、服务器及网络）。
1.2 服务内容：路口设备日常巡检与预防性维护；故障抢修；配时方案的日常优化与节假日、大型活动专项方案编制；中心控制系统的运行监控、备份与安全加固；应急备件储备；运维台账与月度、季度报告。
1.3 服务期：自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方另行组织采购。

第2条 合同价款
2.1 合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000.00），为包干价，包含人工、车辆、工具仪表、常用耗材、应急备件、税费等全部费用。构成如下：
  （1）路口设备维护：612个路口 × 1,450元 = 887,400元；
  （2）中心控制系统运维：216,000元；
  （3）车辆检测器维护：198,600元；
  （4）应急备件储备：84,000元。
2.2 单个部件价值在3,000元以上的更换（因乙方维护不当造成的除外），由乙方报价、甲方书面确认后另行结算。

第3条 付款
3.1 本合同不设预付款。
3.2 合同价款按季度支付，每季度346,500元。每季度结束后10个工作日内，乙方提交季度运维报告，甲方按第6条考核确认后20个工作日内支付当季费用，考核扣款从当季费用中扣除。

第4条 人员与进场
4.1 乙方应在合同签订后10日内完成进场和运维交接，设立不少于18人的驻场运维队伍，其中中心系统工程师不少于3人，配备抢修车辆4辆、高空作业车1辆。
4.2 项目负责人和技术骨干须与响应文件一致，更换须经甲方书面同意。
4.3 乙方人员在道路上作业应按规定设置警示标志，服从现场交警指挥，乙方自行承担作业人员的安全责任和保险。

第5条 服务水平
5.1 故障分级：
  一级故障：路口信号机黑灯、全红或黄闪，主干道路口倒计时失效，或中心控制系统瘫痪；
  二级故障：单个方向信号灯损坏、检测器失效、路口与中心通信中断；
  三级故障：其他不影响通行的问题。
5.2 响应与修复时限：一级故障30分钟内到达现场，2小时内恢复正常或采取临时措施；二级故障1小时内到达，8小时内修复；三级故障48小时内修复。
5.3 中心控制系统月可用率不低于99.95%，路口在线率按月考核不低于98%。
5.4 预防性维护：每个路口每季度至少巡检一次，主干道路口每月一次，巡检记录应附照片并上传运维平台。
5.5 重大活动与恶劣天气保障：遇重大节假日、大型活动、台风暴雨等情况，乙方应按甲方指令在2小时内组织不少于10人的保障队伍到位，提前检查重点路口设备和备用电源，活动期间实行24小时值守。
5.6 乙方应建立运维工单系统并向甲方开放查询权限，所有故障从报修、派单、到场、修复到回访全过程记录，工单数据作为考核依据，乙方不得修改已生成的工单时间。
5.7 乙方每月向甲方提交运维月报，内容包括故障统计与原因分析、巡检情况、备件消耗、配时优化建议及下月工作计划。

第6条 考核与验收
6.1 甲方每季度按《运维考核细则》（附件2）对乙方进行考核，考核内容包括故障响应及时率、修复及时率、巡检完成率、报告质量及投诉处理，满分100分。
6.2 考核得分90分及以上的，全额支付当季费用；80分至89分的，扣减当季费用的3%；70分至79分的，扣减8%；低于70分的，扣减当季费用的20%，且甲方有权解除合同。
6.3 一级故障到场或恢复超时的，每起另扣1,000元；中心系统月可用率每低于约定值0.01个百分点，扣2,000元。
6.4 服务期结束时，甲方组织对全年运维成果进行验收：设备完好率不低于97%，运维台账、配时方案、系统备份完整移交。验收合格后支付第四季度费用。

第7条 数据安全
7.1 信号配时方案、路口运行数据、视频检测数据、系统账号及网络拓扑等均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
7.2 乙方运维人员须经甲方政审和安全培训，接入公安交管专网须使用甲方分配的账号并通过堡垒机操作，严禁在专网违规外联或使用私人存储介质。
7.3 发生数据泄露、系统被入侵或配时被篡改的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第8条 保密
乙方及其人员对在服务中知悉的交通管理工作秘密、警务信息和系统资料负有保密义务，并与甲方另签保密承诺书。保密义务不因合同终止而解除。

第9条 成果归属
乙方在服务期内编制的配时方案、运维台账、技术报告、脚本及其他工作成果，知识产权归甲方所有，甲方可自由使用和修改。

第10条 分包
乙方不得将本合同的任何部分转包或分包。

第11条 违约责任
11.1 乙方未按第4.1款期限完成进场交接的，每逾期一日，按合同总价的千分之一支付违约金。
11.2 乙方未按约定响应或修复，导致严重交通拥堵或交通事故的，除按第6条扣款外，还应赔偿甲方由此产生的损失。
11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第12条 合同解除
12.1 乙方严重违约或季度考核低于70分，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同。
12.2 合同解除的，乙方应在7日内完成运维交接，交还全部资料、账号和备件，并配合甲方新的运维单位平稳过渡。

第13条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，向清河市有管辖权的人民法院提起诉讼。

第14条 其他
14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得改变磋商文件确定的服务内容、价格和实质性条款。
14.2 本合同附件：1.运维服务需求书；2.运维考核细则；3.路口清单；4.乙方响应文件。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：清河市公安局交通警察支队        乙方（盖章）：通衢智能交通工程有限公司
代表签字：__________                          代表签字：__________
日期：______                                  日期：______
"""
Z04_LABEL = dict(
    file="h255z04_traffic_police_signal_control_om.txt", language="zh", category="services",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1386000),
    plan=[], risk="low",
    prices=([612 * 1450, 216000, 198600, 84000], 1386000),
    payments=([346500] * 4, 1386000),
    tco=None,
    figures=["1,386,000", "887,400", "346,500", "30分钟", "99.95%", "千分之一"])


# ================================================================ h255z05 (.md) 腊肠厂 MES 许可及定制开发（乙方范本）
Z05 = """# 智造云MES系统软件许可及实施合同

> 本合同为智造云标准合同文本（范本编号 ZZY-MES-V4.0），适用于智造云MES产品的许可与实施项目。

合同编号：ZZY-2027-MES-0216

甲方（用户）：岭南广味食品有限公司

乙方（供方）：智造云工业软件（佛山）有限公司

甲方为腊肠、腊肉等广式腊味产品的生产企业，拟在其两个生产基地上线制造执行系统；乙方为智造云MES产品的开发商。甲乙双方经协商，按乙方标准合同文本签订本合同。

## 第一条 定义

1. “产品”指乙方享有著作权的智造云MES标准软件及其后续版本。
2. “定制开发”指乙方按甲方需求，在产品基础上开发的腌制、灌肠、烘烤、晾晒工序管理，原料及成品批次追溯，冷库管理，质检记录及与甲方ERP、电子秤、金属探测仪的对接功能。
3. “上线”指系统在甲方生产现场部署完成并开始录入生产数据。

## 第二条 合同价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 智造云MES软件许可（50个并发用户，永久） | 620,000 |
| 2 | 定制开发 | 540,000 |
| 3 | 实施部署（两个基地） | 128,000 |
| 4 | 车间数据采集网关（12台） | 96,000 |
| | 合计 | 1,384,000 |

合同总价为人民币壹佰叁拾捌万肆仟元整（¥1,384,000），含增值税。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，计899,600元。乙方收到该款项后启动项目。
2. 系统上线后10个工作日内，甲方支付合同总价的35%，计484,400元。
3. 甲方未按期付款的，乙方有权暂停实施、暂停技术支持，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

1. 乙方在收到首期款后开始需求调研，计划在120日内完成两个基地的上线。实施计划以乙方项目经理发出的计划为准。
2. 甲方应提供实施所需的场地、网络、服务器、基础数据及配合人员。甲方需求变更的，乙方有权调整工期并另行收费。
3. 乙方逾期完成上线的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

4. 乙方交付物包括：软件安装介质及授权文件、系统管理员手册、用户操作手册、实施记录。定制开发的源代码不属于交付物。
5. 甲方应在项目启动前指定项目负责人及各车间关键用户，关键用户应全程参加需求调研、系统测试和上线切换；甲方关键用户缺席或基础数据（物料编码、配方、工艺路线、设备台账）提交迟延的，实施期限相应顺延。
6. 乙方为甲方提供一次集中培训，对象为甲方系统管理员及车间关键用户，合计不超过30人次，培训地点在甲方生产基地。超出部分的培训及驻场支持，按乙方人天单价另行计费。
7. 甲方增加并发用户数、生产基地或生产线的，应按乙方届时的产品报价另行购买许可。

## 第五条 验收

1. 系统上线运行即视为甲方验收合格。
2. 上线后甲方对系统功能提出的意见，乙方视情况在后续版本中予以优化，不影响验收结论及付款。

## 第六条 知识产权

1. 产品及其文档的全部知识产权归乙方所有。
2. 定制开发成果（包括源代码、工艺模型、报表模板、接口程序及相关文档）的知识产权同样归乙方所有，乙方可将其纳入产品并向其他客户提供。
3. 甲方获得在本合同约定用户数范围内、在其自有生产基地使用上述软件的非独占许可，不得修改、反编译或许可第三方使用。

## 第七条 免费维护

1. 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复及远程技术支持，不包括现场服务及新增功能开发。
2. 免费维护期内，一级故障（系统无法登录或生产数据无法录入）乙方在收到甲方报修后24小时内响应；二级故障三个工作日内响应；其他问题在乙方版本计划中统一处理。
3. 乙方将尽力按上述时限提供服务，但对响应或修复的迟延不承担扣款、赔偿或违约金责任。
4. 系统稳定运行受甲方网络、服务器、电子秤等设备影响，乙方不对系统可用率作出承诺。

## 第八条 收费维护

1. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。
2. 年度维护费按乙方当年公布的服务价格标准执行。乙方价格标准调整的，以新标准为准。
3. 甲方未续签维护协议的，乙方不再提供补丁、升级及远程支持。

## 第九条 数据

1. 系统中的生产、质量、配方、批次及客户数据属于甲方。
2. 乙方部署系统时应配置账号权限、操作日志和每日数据备份；乙方人员远程维护须使用甲方分配的账号，不得擅自导出数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并按本合同第十条承担赔偿责任。
3. 甲方同意乙方可将系统运行中产生的生产数据经脱敏处理后，用于乙方行业工艺模型的训练、产品改进及行业案例展示。

## 第十条 责任限制

1. 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。
2. 乙方对甲方的间接损失、利润损失、停产损失及食品召回损失不承担责任。

3. 甲方应自行负责服务器、操作系统、数据库及网络环境的安全，并定期备份数据。因甲方环境、病毒、操作不当或第三方设备故障导致的损失，乙方不承担责任。

## 第十一条 合同解除

任何一方严重违反本合同，且在收到对方书面通知后30日内未予纠正的，另一方有权书面通知解除本合同。因甲方原因解除的，已付款项不予退还。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响方部分或全部免除责任，但应及时通知对方并提供证明。

## 第十二条之一 通知与联系

1. 双方因履行本合同发出的通知，应以书面形式送达本合同首页所列地址，或发送至双方项目负责人的电子邮箱，邮件发出即视为送达。
2. 一方变更地址、电话或项目负责人的，应在变更后3日内书面通知对方；未通知的，按原地址送达视为有效送达。
3. 项目实施期间，双方每两周召开一次项目例会，会议纪要经双方项目负责人签字确认后作为实施进度的依据。会议纪要与本合同不一致的，以本合同为准。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 乙方的报价单、实施计划为本合同附件。附件与正文不一致的，以正文为准。

甲方（盖章）：岭南广味食品有限公司　　代表：__________　　日期：______

乙方（盖章）：智造云工业软件（佛山）有限公司　　代表：__________　　日期：______
"""
Z05_LABEL = dict(
    file="h255z05_sausage_maker_mes_supplier_template.md", language="zh", category="software",
    terms=dict(availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=False, ld_rate_per_day_pct=0.01,
               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=1384000),
    plan=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
          "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
          "CR-WARRANTY"], risk="high",
    prices=([620000, 540000, 128000, 96000], 1384000),
    payments=([899600, 484400], 1384000),
    tco=dict(value=1384000, warranty_months=6, fee_per_year=None),
    figures=["1,384,000", "65%", "899,600", "万分之一", "20%", "六个月", "24小时", "脱敏", "视为甲方验收合格"])


# ================================================================ h255e01 (.txt) ceramics exporter DAM perpetual licences
E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
(Digital Asset Management for Product Photography)

Agreement No. CXC-DAM-2027-04

BETWEEN

(1) Chaozhou Xinci Ceramics Export Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chaozhou, Guangdong Province (the "Customer"); and

(2) Hebridean Pixelworks Limited, a company incorporated in Scotland with its registered office at Harbour House, Belnahua, Argyll, Scotland (the "Vendor").

BACKGROUND

A. The Customer exports tableware, sanitary ware and decorative porcelain to more than forty countries and keeps about 420,000 product photographs, glaze swatches and catalogue layouts across shared drives and photographers' laptops.

B. The Vendor develops and licenses the "Skerry DAM" digital asset management software and has offered to license it on a perpetual basis, configure it for the Customer's product catalogue and migrate the Customer's existing image library.

C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "Software" means the Skerry DAM server, web client and image-rendering module in the versions listed in Schedule 1, together with all updates supplied under this Agreement.

1.2 "Configuration Deliverables" means the product taxonomy, SKU metadata schema, watermark and export templates, approval workflows, integration scripts to the Customer's ERP and e-commerce back office, and all related documentation prepared by the Vendor for the Customer under this Agreement.

1.3 "Final Acceptance" means the Customer's written confirmation under Clause 5.3 that the acceptance tests have been passed.

1.4 "Customer Data" means all images, metadata, product information, user records and logs loaded into or generated by the Software.

2. LICENCE

2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for thirty-six (36) named users, and to use the image-rendering module without limit on the number of renditions.

2.2 The Customer may make reasonable back-up copies of the Software and may permit its contractors to use the Software on its behalf.

2.3 The Software and its pre-existing intellectual property remain the property of the Vendor and its licensors.

3. CHARGES

3.1 The charges are fixed and are as follows:

    Item                                              Quantity   Amount (CNY)
    Skerry DAM named-user licences (perpetual)        36         666,000
    Image-rendering server module (perpetual)         1          148,000
    Licence subtotal                                             814,000
    Configuration of taxonomy, schema and templates   lot        126,000
    Migration of the existing image library           lot         58,000
    Administrator and photographer training           lot         22,000
    Total Contract Price                                       1,020,000

3.2 The named-user licence price is CNY 18,500 per user. The Total Contract Price of CNY 1,020,000 includes value-added tax, travel and all expenses of the Vendor.

4. PAYMENT

4.1 The Customer shall pay the Total Contract Price as follows:
    (a) 20% (CNY 204,000) within 15 business days after signature of this Agreement, against the Vendor's invoice;
    (b) 45% (CNY 459,000) within 15 business days after the Software has been installed on the Customer's servers and the migrated library has been loaded; installation and loading are not acceptance;
    (c) 35% (CNY 357,000) within 15 business days after Final Acceptance.

4.2 All payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice.

5. DELIVERY AND ACCEPTANCE

5.1 The Vendor shall deliver and install the Software within 30 days after signature and shall complete configuration and migration within 110 days after signature.

5.2 Acceptance tests shall include at least: (a) all 420,000 migrated assets are present, with file checksums matching the source and metadata fields mapped as agreed; (b) a search across the full library returns results within 2 seconds for 30 concurrent users; (c) watermark and export templates produce the renditions specified in Schedule 2 for each sales channel; (d) the ERP and e-commerce integration scripts pass the agreed test cases on 50 sample SKUs; and (e) 20 consecutive working days of operation without a Severity 1 incident.

5.3 When all tests have been passed, the Customer shall issue a written Final Acceptance certificate within 10 business days. Use of the Software in production, or any payment, does not by itself constitute acceptance.

5.4 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test within 15 days.

6. DELAY

6.1 If the Vendor fails to achieve Final Acceptance by the date in Clause 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price.

6.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Clause 14.

7. WARRANTY

7.1 The Vendor warrants that for eighteen (18) months after Final Acceptance the Software and the Configuration Deliverables will perform materially in accordance with their documentation. During this period the Vendor shall correct defects, supply updates and provide support free of charge.

7.2 The Vendor warrants that the Software does not contain any malicious code and that its use by the Customer does not infringe the rights of any third party.

8. SUPPORT AND SERVICE LEVELS

8.1 During the warranty period and any support period, the Vendor shall provide support by telephone, e-mail and remote session between 08:00 and 22:00 China Standard Time, seven days a week.

8.2 Incidents are classified as follows: Severity 1 - the Software is unavailable to all users or the library cannot be searched; Severity 2 - a major function such as export or watermarking fails; Severity 3 - any other fault.

8.3 The Vendor shall respond to a Severity 1 incident within 2 hours and restore service or provide a workaround within 8 hours; Severity 2 incidents shall be answered within 6 hours and fixed within 3 business days; Severity 3 incidents shall be answered within 2 business days.

8.4 For each full hour by which the Vendor misses the Severity 1 response or restoration time, the Vendor shall pay the Customer a service credit of CNY 600, deducted from the next payment due.

9. POST-WARRANTY SUPPORT

9.1 After the warranty period, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 89,540 per year, and is fixed for the first three years after the warranty period ends.

9.2 Any later change of the annual support fee shall be agreed in writing and shall not exceed 3% per year.

9.3 Support is ordered by purchase order for each year. This Agreement contains no automatic renewal.

10. CUSTOMER DATA AND SECURITY

10.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.

10.2 The Software is hosted on the Customer's own servers in mainland China. The Vendor shall access them only through the Customer's VPN with multi-factor authentication, in sessions approved by the Customer, and shall not transfer any Customer Data outside mainland China.

10.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer within 12 hours of any security incident affecting Customer Data, shall cooperate in remedying it, and is liable for all loss caused by its breach of this Clause 10.

11. INTELLECTUAL PROPERTY

11.1 The Configuration Deliverables, including source code of the integration scripts, vest in the Customer on creation. The Customer may use, modify and license them freely, including to other service providers.

11.2 The Vendor shall deliver the source code and documentation of the Configuration Deliverables at Final Acceptance.

12. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other, including product designs, unreleased collections, prices and customer lists, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.

13. LIABILITY

13.1 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price.

13.2 The limit does not apply to breach of Clauses 10 or 12, infringement of third-party rights, personal injury, fraud or wilful misconduct.

14. TERMINATION

14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach which it fails to remedy within 20 days after written notice, or in the case described in Clause 6.2.

14.2 On termination for the Vendor's breach the Vendor shall refund all amounts paid for undelivered or unaccepted work.

15. SUBCONTRACTING

The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent, and remains responsible for the acts of any approved subcontractor.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the law of Scotland.

16.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Edinburgh under the Scottish Arbitration Rules, by a single arbitrator. The language of the arbitration shall be English.

17. GENERAL

17.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

17.2 Notices shall be given in writing to the addresses above, with a copy by e-mail to each party's project manager.

17.3 This Agreement is made in two English originals, one for each party, and takes effect on signature.

Schedule 1 - Software versions and technical environment
Schedule 2 - Rendition specifications by sales channel

Signed for and on behalf of Chaozhou Xinci Ceramics Export Co., Ltd.
Name: ____________________   Title: ____________________   Date: __________

Signed for and on behalf of Hebridean Pixelworks Limited
Name: ____________________   Title: ____________________   Date: __________
"""
E01_LABEL = dict(
    file="h255e01_ceramics_exporter_dam_perpetual_licences.txt", language="en", category="software",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Scotland",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1020000),
    plan=["CR-GOVERNING-LAW"], risk="low",
    prices=([36 * 18500, 148000, 126000, 58000, 22000], 1020000),
    payments=([204000, 459000, 357000], 1020000),
    tco=dict(value=1020000, warranty_months=18, fee_per_year=89540),
    figures=["1,020,000", "814,000", "89,540", "11%", "0.1%", "150%", "eighteen (18) months", "2 hours", "Scotland"])


# ================================================================ h255e02 (.pdf) cable-car ticketing SaaS order form
E02 = """T:ORDER FORM No. HS-2027-0311 and GENERAL TERMS OF SERVICE
H:Part A - Order Form
P:Provider: Contendas Cloud Tickets, Lda., a company registered in Portugal with its seat at Cais Velho, Ilhéu das Contendas, Azores, Portugal ("Provider").
P:Customer: Huangshan Yunfeng Cableway Operation Co., Ltd., a company registered in the People's Republic of China, Huangshan City, Anhui Province ("Customer").
P:Service: "Contendas Ride" cloud ticketing platform for three cable-car lines and one sightseeing shuttle, including online and mini-program sales, real-name booking with time slots, QR and ID-card turnstile validation, group and travel-agency accounts, capacity control and daily settlement reports.
P:Subscription Term: thirty-six (36) months from the Go-Live Date. Subscription Start Date: the Go-Live Date defined in A.5.
P:Currency: at the Customer's request all charges are stated and payable in Chinese yuan (CNY). Prices include value-added tax.
P:A.1 Charges
TB:Item|Basis|Amount (CNY)
TB:Platform subscription (3 lines + shuttle, unlimited tickets)|36 months x CNY 58,000|2,088,000
TB:Onboarding: turnstile integration, ticket-rule set-up, data migration, training|one-time|112,000
TB:Total Order Value| |2,200,000
P:A.2 Invoicing and payment. The monthly subscription fee of CNY 58,000 is invoiced monthly in arrears and is payable within 30 days after the invoice. The onboarding fee is invoiced after Go-Live Acceptance under A.5. No amount is payable before the Go-Live Date.
P:A.3 Scope of onboarding. Provider shall (a) integrate the platform with Customer's 46 turnstiles at the four lower and upper stations through the turnstile vendor's published interface; (b) set up ticket types, seasonal prices, concessions for seniors, students and soldiers, and time-slot quotas as specified by Customer; (c) migrate active group-account and travel-agency records; (d) connect the platform to Customer's WeChat mini-program, the provincial tourism real-name system and Customer's finance system; and (e) train ticket-office and finance staff.
P:A.4 Target dates. Provider will use reasonable efforts to complete onboarding within 60 days after signature. Target dates are estimates; no compensation is payable if they are missed.
P:A.5 Go-Live Acceptance. Go-Live Acceptance requires that: (a) every ticket type is sold and validated correctly in a test run of 2,000 tickets; (b) the turnstiles validate a QR code or ID card within one second; (c) daily settlement reports reconcile with the payment channels to the fen for 7 consecutive days; (d) the platform handles 600 orders per minute in a load test. Customer signs a Go-Live Acceptance certificate when all criteria are met. Sales in production before the certificate do not amount to acceptance. The Go-Live Date is the date of that certificate.
P:A.6 Renewal. After the Subscription Term this Order Form renews for successive periods of twenty-four months at the same monthly fee and on the same terms, unless either party gives notice of non-renewal at least 90 days before the end of the current term.
P:A.7 Precedence. This Order Form prevails over the General Terms in Part B where they conflict.
H:Part B - General Terms of Service
P:B.1 Service. Provider shall make the platform available to Customer and its authorised users during the term and shall supply new releases without extra charge. Provider may change features provided that no material function ordered by Customer is removed.
P:B.1A Customer responsibilities. Customer shall provide the turnstile vendor's interface documentation, test turnstiles at one station, access to the provincial real-name system test environment, and a project lead with authority to approve ticket rules and price tables. Customer is responsible for the accuracy of the prices, concessions and quotas it instructs Provider to configure, and for the conduct of its authorised users, and shall keep user passwords secure.
P:B.1B Peak-season readiness. Before each Golden Week, the Spring Festival and the summer season, Provider shall run a capacity review with Customer, scale the platform to at least twice the previous peak order rate, freeze non-urgent changes for the period agreed with Customer, and keep an engineer on standby in China Standard Time during opening hours of the cableway.
P:B.2 Availability. Provider shall make the ticketing platform available 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time.
P:B.3 Support. Provider operates a Chinese-language helpdesk from 06:00 to 22:00 every day and an on-call engineer at other times. Provider shall respond to a Priority 1 incident (ticket sales or turnstile validation unavailable at any station) within 30 minutes, and Priority 2 incidents within 2 hours, and shall work continuously on Priority 1 incidents until service is restored.
P:B.4 Remedies for service failures. Service credits, fee reductions, refunds or other compensation are not offered for unavailability or late response. Provider's sole obligation in case of a service failure is to restore the service as soon as practicable.
P:B.5 Customer Data. All visitor data, ticket and order records, real-name information, settlement data and logs processed through the platform ("Customer Data") belong to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the service, and shall not sell, analyse or use it for any other purpose, during or after the term.
P:B.6 Data security. Provider hosts the platform and Customer Data in a data centre in mainland China operated by its Shanghai partner, with a Multi-Level Protection Scheme level 3 filing. Customer Data is encrypted in transit and at rest, administrative access requires multi-factor authentication and is logged, and Customer Data is not transferred outside mainland China. Provider shall notify Customer within 24 hours after becoming aware of a personal-information breach, support Customer's notifications under the PRC Personal Information Protection Law, and bear the costs and losses caused by a breach attributable to Provider.
P:B.7 Return of data. Within 30 days after the end of the term Provider shall hand over all Customer Data in CSV and JSON formats and then delete it, confirming deletion in writing.
P:B.8 Customised work. Ticket-rule configurations, station layouts, report templates and interface adaptors created for Customer belong to Customer. Customer may use, modify and disclose them to any successor provider. The platform itself remains Provider's property.
P:B.9 Confidentiality. Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of the term.
P:B.10 Subcontracting. Provider may not subcontract any part of the service except to the Shanghai hosting partner named in B.6, without Customer's prior written consent. Provider remains responsible for its subcontractors.
P:B.11 Limitation of liability. Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss. The limitation does not apply to breach of B.5 or B.6 by Provider, to fraud or to wilful misconduct.
P:B.12 Termination. Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Customer may also terminate if the platform is unavailable for more than 24 consecutive hours during the peak seasons listed in the Order Form schedule.
P:B.13 Consequences of termination. On termination Customer pays the fees for the service supplied until the termination date. Provider shall continue to provide the service for up to 60 days after termination, at the same monthly fee, if Customer requests transition assistance.
P:B.13A Records and reporting. Provider shall keep complete records of availability, incidents and response times, and shall send Customer a monthly service report within 10 business days after the end of each month, covering availability achieved, all Priority 1 and Priority 2 incidents with root cause, open problems and planned releases. Customer may review these records on reasonable notice.
P:B.13B Changes. Customer may request changes to ticket types, turnstile layouts or interfaces at any time. Provider shall implement changes that can be made by configuration without charge. For other changes Provider shall give a written quotation and shall start work only after Customer's written approval.
P:B.13C Compliance. Each party shall comply with the anti-bribery laws that apply to it. Provider confirms that the platform's handling of real-name ticketing complies with the requirements of the scenic-area authorities and the provincial tourism department, and shall adapt it promptly, within the subscription fee, if those requirements change during the term.
P:B.14 Force majeure. Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, typhoons, closure of the scenic area by the authorities or a general failure of public networks. Payment obligations for services actually provided are not excused.
P:B.15 Governing law and disputes. This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in Chinese and English.
P:B.16 Miscellaneous. Neither party may assign this agreement without the other's written consent. Notices must be in writing and sent to the addresses in the Order Form. This Order Form and the General Terms constitute the entire agreement; changes require a written amendment signed by both parties.
P:Signed for Customer: Huangshan Yunfeng Cableway Operation Co., Ltd.   Name / Title / Date: ______________________
P:Signed for Provider: Contendas Cloud Tickets, Lda.   Name / Title / Date: ______________________
"""
E02_LABEL = dict(
    file="h255e02_scenic_area_cablecar_ticketing_saas.pdf", language="en", category="cloud",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=round(6 / 36 * 100, 4), prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2200000),
    plan=["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], risk="high",
    prices=([36 * 58000, 112000], 2200000),
    payments=([58000] * 36 + [112000], 2200000),
    tco=None,
    figures=["2,200,000", "99.95%", "30 minutes", "six (6) months", "not offered", "58,000"])


# ================================================================ h255e03 (.docx) oyster farm water-quality buoys
E03 = """T:Purchase Contract for Water-Quality Monitoring Buoys and Software
P:Contract No.: ZJHY-PC-2027-009
P:Buyer: Zhanjiang Haiyun Oyster Aquaculture Co., Ltd., Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Seller: Tagomago Marine Sensing S.L., a company incorporated in Spain with its registered office at Moll Nord, Illa de Tagomago, Balearic Islands, Spain (the "Seller").
P:Whereas the Buyer farms oysters on rafts and longlines in two bays near Zhanjiang and needs continuous monitoring of water temperature, salinity, dissolved oxygen, pH, chlorophyll and turbidity to protect its stock from heat, low oxygen and algal blooms; and whereas the Seller was selected after the Buyer's competitive enquiry; the parties agree on the Buyer's standard terms as follows. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Seller shall supply, moor, install, calibrate and commission twenty-four (24) multi-parameter monitoring buoys, two shore gateways with solar power and 4G/LoRa communications, and the "Mareo" monitoring software, and shall train the Buyer's staff, all as described in Annex 1 (Technical Specification).
P:1.2 The software shall show live readings on a map of the farm, send alarms by SMS and WeChat when readings cross limits set by the Buyer, keep at least ten years of history, and export data to the Buyer's farm-management system.
H:Article 2 Price
P:2.1 The Contract Price is CNY 1,560,000, fixed, including value-added tax, import duties, freight to Zhanjiang, insurance, installation, mooring materials and all Seller's expenses. Breakdown:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter monitoring buoy with sensors|24|46,500|1,116,000
TB:2|Shore gateway with solar power unit|2|38,000|76,000
TB:3|Mareo monitoring software licence (perpetual)|1|168,000|168,000
TB:4|Installation, mooring and commissioning|lot|142,000|142,000
TB:5|Calibration kit and training|lot|58,000|58,000
TB:|Total||| 1,560,000
P:2.2 Items 1 to 3 form the Equipment and Licence Subtotal of CNY 1,360,000.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 156,000) within 15 business days after signature, against the Seller's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 858,000) within 20 business days after all buoys and gateways have been moored, installed and connected and the Buyer has signed the Installation Certificate. The Installation Certificate confirms completeness of installation only and is not acceptance.
P:3.3 35% (CNY 546,000) within 20 business days after Final Acceptance under Article 5.
H:Article 4 Delivery and Installation
P:4.1 The Seller shall deliver all equipment to the Buyer's site in Zhanjiang within 75 days after signature and complete installation within 105 days after signature. Mooring work shall be scheduled with the Buyer's farm manager to avoid harvest days and typhoon warnings.
P:4.2 The Seller is responsible for the export and import of the equipment and shall supply packing lists, certificates of origin and sensor calibration certificates with the delivery.
P:4.3 If the Seller is late in completing installation, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. After 45 days of delay the Buyer may terminate under Article 13.
P:4.4 The Seller's staff working at sea shall wear life jackets, follow the instructions of the Buyer's boat masters and farm manager, and stop work when a typhoon or strong-wind warning is in force. The Seller insures its own staff and equipment until installation is complete and bears the risk of loss of equipment until the Installation Certificate is signed.
P:4.5 The Seller shall ensure that buoys, moorings and anchors do not damage the Buyer's rafts, longlines or oyster stock, and shall compensate the Buyer for any such damage caused by its work.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests: (a) each sensor reading compared with a reference instrument at three points in each bay, within the accuracy in Annex 1; (b) data received at the software from every buoy at the configured interval with at least 98% of readings delivered over 30 consecutive days; (c) each alarm type triggered and delivered by SMS and WeChat within 2 minutes; (d) export to the farm-management system checked on one week of data; (e) buoys remain on station through the test period with no drift beyond their mooring radius.
P:5.2 When all tests are passed the parties sign a Final Acceptance Certificate. Installation, commissioning or use of the data by the Buyer does not constitute acceptance. Failed tests are repeated at the Seller's cost after correction.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty the Seller shall repair or replace any defective buoy, sensor, gateway or software component free of charge, including parts, labour, boat hire and travel.
P:6.2 Biofouling cleaning every two months and sensor recalibration every six months are included in the warranty.
P:6.3 A replaced part carries a new warranty of the same length from its replacement.
H:Article 7 Service Levels
P:7.1 The Seller shall keep a service engineer based in Zhanjiang during the warranty and a spare-parts stock of at least two complete sensor sets and one buoy hull.
P:7.2 The monitoring software shall be available 99.95% of each month.
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Alarm function down, or more than three buoys offline|1 hour|24 hours
TB:Severity 2|One buoy offline or one sensor faulty|3 hours|72 hours
TB:Severity 3|Other faults and questions|1 business day|Next maintenance visit
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Seller shall pay CNY 800; for each 0.01 percentage point of monthly availability below the commitment the Seller shall pay CNY 1,000. These amounts are deducted from the next payment or from the warranty bond.
P:7.4 The Seller shall send the Buyer a monthly report listing data completeness per buoy, alarms raised, incidents with their response and restoration times, cleaning and calibration work done, and recommended actions, and shall attend a quarterly review meeting at the Buyer's office.
P:7.5 Damage caused by ship collision, theft, typhoons above the design rating in Annex 1 or work by persons other than the Seller is excluded from the warranty; in such cases the Seller shall still repair the equipment promptly at the prices in Annex 1.
H:Article 8 Post-Warranty Support
P:8.1 After the warranty the Buyer may order annual support covering the same services as Article 6 and 7. The annual support fee is 9% of the Equipment and Licence Subtotal (CNY 122,400 per year), fixed for three years after the warranty ends.
P:8.2 Support is ordered each year by written order of the Buyer and does not renew automatically.
H:Article 9 Data
P:9.1 All measurements, alarms, farm maps, settings and logs are Buyer Data and belong to the Buyer. The Seller may use Buyer Data only to perform this Contract and shall not use it for any other purpose or give it to any third party.
P:9.2 The software runs on a cloud server in mainland China rented in the Buyer's name. The Seller's remote access uses individual accounts with two-factor authentication and is logged; no Buyer Data may be copied outside mainland China.
P:9.3 The Seller shall report any security incident affecting Buyer Data within 12 hours, take immediate remedial measures and compensate the Buyer for all loss caused by its breach.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other's non-public technical and commercial information, including farm locations, stock volumes and prices, and shall not disclose it without prior written consent. This obligation survives termination for three years.
H:Article 11 Intellectual Property
P:11.1 Farm maps, alarm rules, report templates and the interface to the farm-management system developed for the Buyer belong to the Buyer, which may modify and use them freely and hand them to other suppliers.
P:11.2 The Mareo software remains the Seller's property and is licensed to the Buyer perpetually.
H:Article 12 Liability
P:The Seller's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Seller commits a material breach and does not remedy it within 15 days after notice, or in the case of delay under Article 4.3.
H:Article 14 Subcontracting
P:The Seller shall not subcontract any part of the work without the Buyer's prior written consent. The local boat operator for mooring work, if any, must also be approved in writing by the Buyer.
H:Article 14A Force Majeure
P:A party prevented from performing by force majeure, such as typhoons, earthquakes or government orders closing the sea area, shall notify the other party within 3 days and is excused for the duration of the event. Periods for delivery and installation are extended accordingly. If force majeure lasts more than 90 days, either party may terminate this Contract and the Seller shall refund any amount paid for work not delivered.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
P:Annex 1: Technical Specification. Annex 2: Acceptance Test Plan. Annex 3: Mooring plan.
P:For the Buyer: ____________________    For the Seller: ____________________
"""
E03_LABEL = dict(
    file="h255e03_oyster_farm_water_quality_buoys.docx", language="en", category="hardware",
    terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1560000),
    plan=[], risk="low",
    prices=([24 * 46500, 2 * 38000, 168000, 142000, 58000], 1560000),
    payments=([156000, 858000, 546000], 1560000),
    tco=dict(value=1560000, warranty_months=24, fee_per_year=122400),
    figures=["1,560,000", "1,360,000", "122,400", "9%", "0.1%", "200%", "twenty-four (24) months", "99.95%"])


# ================================================================ h255e04 (.md) battery-parts maker managed SD-WAN
E04 = """# Managed SD-WAN Services Agreement

**Agreement reference:** CB-MSA-2027-117

**Customer:** Ningde Xinneng Battery Components Co., Ltd., Ningde, Fujian Province, People's Republic of China ("Customer")

**Provider:** Cerboli Reti Gestite S.r.l., a company incorporated in Italy with its registered office at Via del Faro 2, Isola Cerboli, Piombino (LI), Italy, acting in China through its licensed partner network ("Provider")

## Recitals

(A) Customer makes battery casings, busbars and cell connectors at fourteen plants and warehouses in Fujian, Jiangxi and Guangdong, and needs a resilient wide-area network linking these sites with its head office and its cloud ERP and MES.

(B) Provider operates a managed SD-WAN service with a network operations centre (NOC) and has offered to design, install and operate that network for Customer.

(C) At Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 **"Service"** means the managed SD-WAN service described in Schedule 1: edge devices at each Site, dual underlay circuits (fibre internet plus 5G backup), overlay configuration, cloud on-ramp to Customer's ERP and MES hosting, 24x7 monitoring from the NOC, incident management and monthly reporting.

1.2 **"Site"** means each of the fourteen locations listed in Schedule 2.

1.3 **"Service Commencement Date"** means the date on which Customer signs the Service Acceptance Certificate for the last Site.

1.4 **"Initial Term"** means thirty-six (36) months from the Service Commencement Date.

## 2. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| One-time charge (design, installation, migration) | once | 78,000 |
| Monthly recurring charge (14 Sites, NOC, cloud on-ramp) | 36 x CNY 64,800 | 2,332,800 |
| **Total contract value** | | **2,410,800** |

2.1 All charges include value-added tax and all equipment, circuits, licences and labour needed for the Service. Edge devices remain Provider's property.

2.2 The one-time charge is invoiced after the Service Commencement Date. The monthly recurring charge is invoiced monthly in arrears. Customer pays each invoice within 30 days. No charge is payable in advance.

## 3. Implementation and Service Acceptance

3.1 Provider shall complete the network design within 20 days after signature and submit it for Customer's written approval, and shall bring all Sites into service within 90 days after signature.

3.2 For each Site, Provider shall demonstrate: (a) both underlay circuits up and failover from fibre to 5G within 3 seconds without loss of ERP sessions; (b) latency to the ERP hosting below 35 ms from every Site in Fujian and below 60 ms elsewhere; (c) application-based routing policies working as approved; (d) 7 days of stable operation visible in the NOC portal. Customer signs a Service Acceptance Certificate for each Site when these tests are passed. Installation or use of a Site does not constitute acceptance.

3.3 If the Service Commencement Date is later than 90 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Service Levels

4.1 **Availability.** Each Site shall be available 99.95% of each calendar month, measured by the NOC as reachability of the Site's edge device from the overlay.

4.2 **Incident response.**

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | A Site or the cloud on-ramp is down | 15 minutes | 3 hours |
| P2 | Degraded performance or loss of one underlay | 1 hour | 8 hours |
| P3 | Change requests and questions | 1 business day | 5 business days |

4.3 **Service credits.** If a Site misses its availability in a month, Customer receives a credit of 10% of that Site's share of the monthly recurring charge for each 0.1 percentage point (or part) below the commitment, up to 50% of the Site share. A late P1 response or restoration earns a credit of CNY 500 per late hour. Credits are deducted from the next invoice.

4.4 Provider shall send a monthly service report with availability per Site, incidents, credits and capacity trends.

4.5 **Planned maintenance.** Provider may carry out planned maintenance between 00:00 and 05:00 China Standard Time on Sundays, after giving at least five business days' notice. Planned maintenance on a plant Site must not coincide with a production changeover notified by Customer. Time lost in properly notified planned maintenance is excluded from the availability calculation, up to six hours per Site per month.

4.6 **Changes.** Customer may request moves, additions and changes through the NOC portal. Standard changes (policy changes, bandwidth changes within the contracted profile, user-group changes) are included in the monthly recurring charge and are completed within five business days. A new Site or a bandwidth upgrade beyond the contracted profile is quoted separately and is added by a written change order signed by both parties.

4.7 **Governance.** The parties shall hold a quarterly service review attended by Customer's IT manager and Provider's service delivery manager. The review covers the monthly reports, recurring incidents, planned changes at the plants, capacity needs for new production lines and any improvement actions, which Provider shall record and track to completion.

## 5. Customer Information

5.1 Network configurations, traffic statistics, device logs and addressing plans relating to Customer's network are Customer's property. Provider shall use them only to provide the Service.

5.2 Customer shall give Provider the site access, power, rack space and contacts needed to install and maintain the edge devices.

5.3 Customer shall name a contact at each Site who can give engineers access at short notice, including at night and on public holidays for P1 incidents, and shall not move or power down edge devices without telling the NOC.

## 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and professional advisers who need to know it and are bound by similar obligations.

6.2 This clause does not apply to information which is public, was already known to the recipient, or must be disclosed by law, and survives the end of this Agreement for three years.

## 7. Intellectual Property

7.1 The network design, routing policies, configuration templates and runbooks prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

7.2 Provider's NOC tools, orchestration software and pre-existing know-how remain Provider's property.

## 8. Subcontracting

8.1 Provider may engage subcontractors, including local circuit carriers, field engineers and installation companies, to perform any part of the Service. Provider shall inform Customer of the subcontractors used for each Site in the monthly service report.

8.2 Provider remains responsible for the performance of its subcontractors.

## 9. Term, Renewal and End of Agreement

9.1 This Agreement starts on signature and continues for the Initial Term. It then renews for successive terms of twenty-four months at the same charges unless either party gives 90 days' written notice of non-renewal.

9.2 The Initial Term is a minimum commitment. Customer may not terminate this Agreement before the end of the Initial Term for any reason, including a failure of the Service; its remedies for service failures are the service credits in Clause 4.3 and the damages in Clause 3.3.

9.3 Provider may suspend or terminate the Service if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

9.4 At the end of this Agreement Provider shall support migration to a successor network for up to 60 days at the same monthly rates and shall collect its edge devices after the migration.

9.5 On expiry Provider shall hand over the current network design, routing policies, configuration templates, addressing plans and runbooks in editable form, and shall answer the successor's reasonable technical questions during the migration period without extra charge.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or gross negligence.

## 11. Compliance

11.1 Provider shall ensure that all circuits and cross-border connectivity used for the Service are supplied by licensed telecommunications operators in accordance with PRC law.

11.2 Each party shall comply with the anti-bribery laws that apply to it.

11.3 Provider shall keep valid telecommunications and installation qualifications for the work performed in each province, and shall replace at its own cost any edge device that is not approved for use in mainland China. Provider's field staff shall follow the safety rules of Customer's plants, including the rules for battery-material storage areas and hot-work permits.

## 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including typhoons, earthquakes, public-network failures and government orders. The affected party shall notify the other promptly and minimise the effects.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Fuzhou Arbitration Commission for arbitration in Fuzhou under its rules.

## 14. General

14.1 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

14.2 Schedule 1 (Service Description) and Schedule 2 (Sites and bandwidth) form part of this Agreement.

**Signed for Customer:** ____________________ Name / Title / Date

**Signed for Provider:** ____________________ Name / Title / Date
"""
E04_LABEL = dict(
    file="h255e04_battery_parts_managed_sdwan.md", language="en", category="services",
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1800 / 2410800 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2410800),
    plan=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"], risk="high",
    prices=([78000, 36 * 64800], 2410800),
    payments=([78000] + [64800] * 36, 2410800),
    tco=None,
    figures=["2,410,800", "99.95%", "15 minutes", "CNY 1,800", "150%", "may not terminate", "inform Customer"])


# ================================================================ h255e05 (.txt) guesthouse group channel-manager API
E05 = """CHANNEL MANAGER API SUBSCRIPTION AGREEMENT

Reference: WNG-LJ-2027-052

This Agreement is made between:

Lijiang Guyun Guesthouse Management Co., Ltd., Lijiang, Yunnan Province, People's Republic of China ("Client"), which operates thirty-eight guesthouses and boutique inns in Lijiang Old Town, Shuhe and Lugu Lake; and

Wéniguet Connect SAS, a simplified joint-stock company incorporated in France with its registered office at Anse du Sémaphore, Île Wéniguet, Finistère, France ("Vendor").

Background

Client wishes to connect its property-management system (PMS) to online travel agencies, metasearch sites and its own booking engine so that rates, availability and reservations are synchronised automatically for all its properties. Vendor provides a channel-manager platform and a REST API for this purpose. At Client's request all fees are stated and payable in Chinese yuan (CNY).

Article 1 - Definitions

1.1 "Platform" means Vendor's hosted channel-manager software, its administration console and the Vendor API.

1.2 "Connected Channels" means the online travel agencies and other sales channels listed in Appendix A, including the major mainland Chinese platforms.

1.3 "Connectors" means the mapping tables, rate-plan rules and the adapter between Client's PMS and the Vendor API built by Vendor for Client under Article 4.

1.4 "Client Data" means all guest, reservation, rate, inventory and payment-status data that Client or the Connected Channels send to the Platform, and all data derived from it.

Article 2 - Subscription

2.1 Vendor grants Client and its properties a non-exclusive right to use the Platform and the Vendor API during the term, for an unlimited number of reservations and up to fifty properties.

2.2 Vendor shall maintain the Connected Channels listed in Appendix A and shall tell Client at least 30 days in advance if a channel is to be discontinued.

Article 3 - Term

3.1 The subscription term is twenty-four (24) months from the date on which the onboarding is accepted under Article 4.4 (the "Start Date").

3.2 The Agreement ends at the end of the term. Any extension requires a new written agreement; there is no automatic renewal.

Article 4 - Onboarding

4.1 Vendor shall build the Connectors, map the rooms and rate plans of all thirty-eight properties, connect the Connected Channels and train Client's revenue and front-desk staff.

4.2 Vendor shall complete onboarding within 45 days after receiving the first payment under Article 5.2.

4.3 If onboarding is not completed in time for reasons attributable to Vendor, Vendor shall pay Client CNY 250 for each day of delay, up to CNY 18,000.

4.4 Onboarding is accepted when Client confirms in writing that: (a) for every property, rate and availability changes made in the PMS appear on each Connected Channel within 60 seconds in 20 consecutive tests; (b) reservations, modifications and cancellations from each channel are written to the PMS without manual entry over 10 consecutive days; (c) no overbooking caused by the Platform occurs during those 10 days. Use of the Platform before that confirmation is not acceptance.

Article 5 - Fees and Payment

5.1 Fees:
   Annual subscription fee (38 properties)          CNY 168,000 per year
   Subscription for the term (2 years)              CNY 336,000
   One-time onboarding fee                          CNY  24,000
   Total fees under this Agreement                  CNY 360,000

5.2 Vendor invoices the first-year subscription fee and the onboarding fee, together CNY 192,000, on signature of this Agreement. Client pays within 10 business days after the invoice, and Vendor starts onboarding only after receiving this payment.

5.3 The second-year subscription fee of CNY 168,000 is invoiced at the first anniversary of the Start Date and is payable within 30 days.

5.4 Properties added during the term are charged at CNY 4,420 per property per year, pro rata. Fees include value-added tax. Payment is made by bank transfer in CNY to Vendor's account with a bank in mainland China.

Article 6 - Operation of the Platform and Support

6.1 Vendor will use commercially reasonable efforts to keep the Platform and the Vendor API available and to correct errors that Client reports.

6.2 Support is available by e-mail and through the ticketing portal on French and Chinese business days. Vendor will answer requests as soon as it reasonably can; no response or resolution times are guaranteed.

6.3 Vendor may carry out maintenance at any time and will try to announce it on its status page in advance.

6.4 Vendor does not warrant that the Platform will be uninterrupted or error-free, or that a Connected Channel will accept every update.

6.5 Vendor will publish new versions of the Platform and the Vendor API from time to time. Where a change to the Vendor API requires a change to the Connectors, Vendor shall adapt the Connectors without additional charge and shall give Client at least 30 days' notice of any change that affects the PMS adapter.

6.6 Vendor shall provide Client with a monthly usage summary showing, for each property, the number of reservations received through each Connected Channel and the number of failed updates, so that Client can reconcile commissions with the channels.

Article 7 - Client Data and Security

7.1 Client Data belongs to Client. Vendor processes Client Data only to provide the Platform to Client and on Client's documented instructions, and shall not use, sell or analyse it for any other purpose, including in aggregated or anonymised form.

7.2 The Platform instance used for Client is hosted in mainland China by a licensed cloud operator. Guest personal information is encrypted in transit and at rest; access by Vendor staff is limited to named engineers, protected by multi-factor authentication and logged. Client Data is not transferred outside mainland China.

7.3 Vendor shall notify Client within 24 hours after becoming aware of any unauthorised access to or loss of Client Data, take immediate steps to contain it, assist Client with its obligations under the PRC Personal Information Protection Law, and compensate Client for the losses caused by a breach attributable to Vendor.

7.4 At the end of the term Vendor shall return Client Data in CSV format within 15 days and then delete it.

Article 8 - Confidentiality

8.1 Each party shall keep secret the other party's confidential information, including Client's rates, contracts with channels, occupancy and guest lists and Vendor's API documentation and pricing, and shall use it only for this Agreement.

8.2 Confidential information may be disclosed only to employees and advisers who need to know it and are bound by equivalent duties, or where the law requires. The duty lasts for three years after the end of the Agreement.

Article 9 - Intellectual Property

9.1 The Platform and the Vendor API remain Vendor's property.

9.2 The Connectors, including the PMS adapter source code and mapping tables, belong to Client from the time they are created. Client may use and modify them and have them maintained by any third party. Vendor shall deliver them to Client at the end of onboarding.

Article 10 - Subcontracting

Vendor shall not subcontract any part of its obligations, other than hosting by the cloud operator named in Appendix B, without Client's prior written consent.

Article 11 - Liability

11.1 Vendor's total liability under this Agreement shall not exceed twice the total fees under this Agreement.

11.2 Neither party is liable for indirect loss or loss of profit, except for wilful misconduct or a breach of Article 7 or Article 8.

Article 12 - Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after receiving notice of it.

12.2 On termination by Client for Vendor's breach, Vendor shall refund the subscription fees paid for the period after termination.

12.3 Vendor may suspend access if Client fails to pay an undisputed invoice within 30 days after a reminder.

Article 13 - Client Obligations

13.1 Client shall provide its PMS vendor's API credentials, room and rate-plan lists and access to its channel extranet accounts, and shall keep its own rates and policies on each channel correct.

13.2 Client is responsible for the accuracy of the information about its properties shown to guests, and for its contracts with the Connected Channels.

13.3 Client shall tell Vendor promptly when it opens, closes or renames a property, or changes its PMS, so that the mappings can be updated before the change takes effect.

Article 14 - Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The arbitration shall be conducted in Chinese; each party may use an interpreter at its own cost.

Article 15 - Miscellaneous

15.1 Notices shall be given in writing by e-mail and courier to the addresses above.

15.2 This Agreement, including Appendix A (Connected Channels) and Appendix B (Hosting), is the entire agreement between the parties. It may be amended only in writing signed by both parties. It is signed in Chinese and English; both texts are equally authentic.

For Client: Lijiang Guyun Guesthouse Management Co., Ltd.
Signature: ____________________   Name / Title: ____________________   Date: __________

For Vendor: Wéniguet Connect SAS
Signature: ____________________   Name / Title: ____________________   Date: __________
"""
E05_LABEL = dict(
    file="h255e05_guesthouse_channel_manager_api.txt", language="en", category="cloud",
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=250 / 360000 * 100, liability_cap_pct=200,
               prepayment_pct=192000 / 360000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=360000),
    plan=["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
    prices=([2 * 168000, 24000], 360000),
    payments=([192000, 168000], 360000),
    tco=None,
    figures=["360,000", "192,000", "CNY 250", "commercially reasonable efforts", "twice the total fees"])


# ================================================================ build, check, label
SOURCES = {"h255z01": Z01, "h255z02": Z02, "h255e02": E02, "h255e03": E03}
TEXTS = {"h255z03": Z03, "h255z04": Z04, "h255z05": Z05, "h255e01": E01, "h255e04": E04, "h255e05": E05}
LABELS = {"h255z01": Z01_LABEL, "h255z02": Z02_LABEL, "h255z03": Z03_LABEL, "h255z04": Z04_LABEL,
          "h255z05": Z05_LABEL, "h255e01": E01_LABEL, "h255e02": E02_LABEL, "h255e03": E03_LABEL,
          "h255e04": E04_LABEL, "h255e05": E05_LABEL}
TARGETS = {k: (LABELS[k]["file"], LABELS[k]["file"].rsplit(".", 1)[1]) for k in SOURCES}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


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


def label_json(k):
    L = LABELS[k]
    extra_keys = ["sla_clause", "ld_stated"]
    if L["terms"]["contract_kind"] == "goods_or_licence":
        extra_keys.append("post_warranty_fee_capped")
    else:
        assert "post_warranty_fee_capped" not in L["extra"]
    extra_keys += ["acceptance_deemed_on_delivery", "contract_value"]
    assert list(L["terms"]) == TERM_KEYS, k
    assert sorted(L["extra"]) == sorted(extra_keys), k
    lab = {"file": L["file"], "language": L["language"], "category": L["category"],
           "expected_terms": dict(L["terms"]), "expected_extra": {x: L["extra"][x] for x in extra_keys},
           "expected_rules": sorted(L["plan"])}
    return lab


def main():
    selftest()
    for k, src in TEXTS.items():
        (OUT / LABELS[k]["file"]).write_text(src, encoding="utf-8")
        print("wrote", LABELS[k]["file"])
    word_pdf.write(SOURCES, TARGETS, OUT, wrap_words=True)
    problems = []
    for k, L in LABELS.items():
        lab = label_json(k)
        v = L["extra"]["contract_value"]
        items, total = L["prices"]
        assert sum(items) == total == v, (k, sum(items), total, v)
        pays, ptotal = L["payments"]
        assert abs(sum(pays) - ptotal) < 1e-6 and ptotal == v, (k, sum(pays), v)
        got = rules(lab, L["tco"])
        assert got == sorted(L["plan"]), (k, got, L["plan"])
        assert risk(got) == L["risk"], (k, risk(got), L["risk"])
        text = read_back(OUT / L["file"])
        flat = re.sub(r"\s+", "", text)
        for f in L["figures"]:
            assert re.sub(r"\s+", "", f) in flat, (k, "figure missing", f)
        hits = scan(text) + [h for h in scan(flat) if L["language"] == "zh"]
        if hits:
            problems.append((k, hits))
        if L["language"] == "zh":
            n = len(text)
            ok = 2800 <= n <= 3300
            print(f"{k}: {n} characters read back{'' if ok else '  <-- OUT OF RANGE'}", end="")
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
            print(f"{k}: {n} words read back{'' if ok else '  <-- OUT OF RANGE'}", end="")
        tc = tco(L["tco"]) if L["terms"]["contract_kind"] == "goods_or_licence" else None
        print("" if tc is None else f"; TCO {tc[0]:,.0f}, post-warranty share {tc[2]:.2f} %",
              "| rules", got, "| risk", risk(got))
        assert ok, (k, n)
        (OUT / (L["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not problems, problems
    fired = sorted({r for L in LABELS.values() for r in L["plan"]})
    print("rules fired across the set:", len(fired), fired)


if __name__ == "__main__":
    main()
