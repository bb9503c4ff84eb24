"""holdout232: writes ten ordinary draft contracts (.txt/.md from the sources below, .docx/.pdf through
../word_pdf.py), re-applies policy §3/§4 to the labels, writes the .json labels and scans the read-back text for
threshold values. Run with /work/main/.venv/bin/python."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- thresholds (policy §3 / §4)
THRESH = [
    r"99\.9(?![0-9])\s*(%|％|per ?cent)",
    r"(?<![0-9.])4\s*(小时|个小时|hours?\b|-hour)|(?<![十])四个?小时|(?<![-\w])four[- ]hours?\b",
    r"(?<![0-9.])0\.05(?![0-9])\s*(%|％|per ?cent)|万分之五|千分之零点五",
    r"(?<![0-9.])100\s*(%|％|per ?cent)|百分之百|\bone hundred per ?cent",
    r"(?<![0-9.])30\s*(%|％|per ?cent)|(?<![零一二三四五六七八九十])百分之三十(?![一二三四五六七八九])|\bthirty per ?cent",
    r"(?<![0-9.])12\s*(个月|months?\b|-month)|(?<![一二三四五六七八九])十二个月|\btwelve[- ]months?\b",
    r"(?<![0-9.])15\s*(%|％|per ?cent)|(?<![零一二三四五六七八九十])百分之十五|\bfifteen per ?cent",
    r"(?<![0-9.])40\s*(%|％|per ?cent)|(?<![零一二三四五六七八九十])百分之四十(?![一二三四五六七八九])|\bforty per ?cent",
    r"(?<![0-9.])5\s*(年|years?\b|-year)|(?<![十百千零一二三四六七八九])五年|\bfive[- ]years?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def threshold_hits(text):
    return [m.group(0) for r in THRESH_RE for m in r.finditer(text)]


def selftest():
    bad = ["99.9%", "99.9 per cent", "4小时", "四小时", "4 hours", "four hours", "0.05%", "万分之五", "100%",
           "百分之百", "30%", "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months", "twelve months",
           "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "5年", "五年", "five years", "5 years"]
    ok = ["99.95%", "99.5%", "24小时", "14 hours", "0.055%", "万分之三", "130%", "150%", "二十四个月", "24 months",
          "115%", "2025年", "十五年", "25 years", "140%", "35%", "百分之三十五", "0.1%", "2027年12月31日"]
    for s in bad:
        assert threshold_hits(s), s
    for s in ok:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 re-applied to a label
def rules(t, x):
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return r


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rs):
    return "high" if rs & HIGH else ("medium" if rs - LOW else "low")


def tco_share(value, base, fee_pct, warranty_months, horizon=5):
    years = max(0.0, horizon - warranty_months / 12)
    fees = base * fee_pct / 100 * years
    return fees / (value + fees) * 100


# ---------------------------------------------------------------- z01 (.docx, buyer's paper, compliant)
Z01 = """T:江川市食品安全追溯监管平台建设项目采购合同
P:合同编号：JCSJ-2027-ZC-0418　　采购方式：公开招标　　项目编号：JCZFCG-2027-0112
P:甲方（采购人）：江川市市场监督管理局
P:乙方（中标供应商）：江川数链信息技术有限公司
P:鉴于甲方就江川市食品安全追溯监管平台建设项目依法组织公开招标，乙方为该项目中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件和中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设食品安全追溯监管平台，覆盖全市食品生产企业、批发市场、商超及学校食堂，实现追溯码赋码、进货查验、索证索票、冷链食品溯源、监管预警及统计分析。
P:1.2 平台包括监管端、企业端、公众查询小程序和监管驾驶舱四部分，与省级追溯平台、市场主体登记系统及“双随机”执法系统对接。
P:1.3 乙方负责软件许可、定制开发、数据对接与迁移、部署实施和操作培训，具体需求以招标文件技术要求及双方确认的需求规格说明书为准。
P:1.4 平台部署于江川市政务云，乙方按政务云管理要求完成资源申请、部署、安全配置和上线备案，政务云资源费用由甲方另行承担。
P:1.5 企业端应支持食品生产经营者通过电脑端和移动端上传进货台账、检验报告和冷链运输记录，并支持批量导入；公众查询小程序应支持扫码查询产品来源、检验结果及投诉举报入口。
P:1.6 监管驾驶舱应按区县、业态和风险等级展示主体分布、追溯覆盖率、预警处置情况和抽检结果，数据每日自动更新，并支持按监管需要导出统计报表。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰贰拾陆万元整（¥2,260,000），为固定总价，含税费、差旅、部署及培训等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|追溯平台软件许可（监管端、企业端，不限用户数）|820,000
TB:2|定制开发（赋码规则、冷链溯源、预警模型、驾驶舱）|1,060,000
TB:3|数据对接与历史数据迁移|214,000
TB:4|部署实施|128,000
TB:5|培训（监管人员及重点企业）|38,000
TB:合计||2,260,000
P:2.2 上表软件许可部分以下称“软件许可费”，为后续维护费的计费基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥452,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，计¥1,017,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥791,000。
P:3.4 乙方每次请款前应开具合法有效的发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成开发部署并提交初步验收申请，于初步验收后六十日试运行期满提交最终验收申请。
P:4.2 乙方提交的文档包括需求规格说明书、概要设计、数据库设计、接口文档、用户手册、运维手册和全部定制开发源代码。
P:4.3 乙方应组建不少于八人的项目组，项目经理须具有同类政务平台建设经验，经甲方确认后不得擅自更换；确需更换的，应提前十个工作日书面申请并经甲方同意，接替人员资历不得低于原人员。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及下周计划；关键里程碑节点前应组织专题汇报，甲方有权对开发过程进行检查并提出整改意见。
P:4.5 培训应覆盖市、区县两级监管人员及不少于一百家重点企业的操作人员，培训材料由乙方编制并交付甲方，培训效果以甲方组织的上机考核为准。
H:第五条 验收
P:5.1 初步验收标准：（一）需求规格说明书所列功能全部实现并通过甲方组织的功能测试；（二）与省级追溯平台及登记系统接口连续十个工作日数据交换无差错；（三）500个并发用户下页面响应时间不超过3秒；（四）通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障，历史数据迁移经甲方抽查一致，全部文档及源代码已交付。甲方组织专家评审并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。未通过验收的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%，即每年不超过¥73,800，质保期满后前三年不作上调，双方另行签订维护合同。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台不可用或追溯码无法赋码）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到上述要求的，一级故障每迟延一小时扣减¥1,000；月可用率每低于约定值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的企业主体信息、追溯数据、检验数据、执法数据及日志均属于甲方所有，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按等级保护三级要求落实安全措施，运维访问须经甲方审批并通过堡垒机进行，敏感数据加密存储，测试使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息及企业商业秘密负保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序、数据模型及文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 乙方原有平台产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方交付的成果不符合合同约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十二条 分包与转包
P:12.1 本项目不得分包或转包。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经另一方书面催告后二十日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
H:第十四条 合同期限
P:14.1 本合同自双方签字盖章之日起生效，至质保期满且双方义务履行完毕时终止，不自动续期。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份。
P:16.2 本合同履行期间，乙方名称、法定代表人或注册地址发生变更的，应在变更后五个工作日内书面通知甲方。双方往来通知以书面形式送达合同首部所列地址，一方地址变更未及时通知的，按原地址送达即视为送达。
P:16.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力，但不得违背招标文件和投标文件的实质性内容。
P:甲方（盖章）：江川市市场监督管理局　　乙方（盖章）：江川数链信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2027年　月　日
"""


# ---------------------------------------------------------------- z02 (.pdf, kiln control; fee 26 %, TCO, LD-LOW)
Z02 = """T:辊道窑温度控制系统供货及安装合同
P:合同号：HY-TK-2027-036
P:买方（甲方）：佛山市华窑陶瓷有限公司
P:卖方（乙方）：广东恒温智控设备有限公司
P:甲方二号车间两条辊道窑现有温控系统老化，烧成温差大，影响瓷砖色差与平整度。乙方根据甲方技术协议提供窑炉温度控制系统的设备、软件、安装调试及售后服务。双方依据《中华人民共和国民法典》订立本合同。
H:一、供货范围及价格
P:（一）合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），含设备、软件、运输、安装调试、培训及税费。
TB:序号|名称及规格|数量|金额（元）
TB:1|S型、K型热电偶及补偿导线|156支|186,000
TB:2|智能PID温控仪表（多段程序控制）|96台|312,000
TB:3|PLC控制柜（含触摸屏）|4套|268,000
TB:4|燃烧控制阀组及比例调节阀|48组|224,000
TB:5|上位机及组态监控软件许可|2套|96,000
TB:|软硬件小计||1,086,000
TB:6|安装调试（含停窑改造配合）|1项|118,000
TB:7|操作与维护培训|1项|16,000
TB:|合同总价||1,220,000
P:（二）软硬件小计¥1,086,000为本合同维保费的计费基数。
H:二、交货与安装
P:（一）乙方于合同生效后四十五日内将全部设备运至甲方二号车间，并在甲方安排的停窑检修期内完成安装。每条窑停窑改造时间不超过七日，超出部分按第九条处理。
P:（二）设备到货后双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，即¥122,000作为预付款。
P:（二）全部设备到货签收后，甲方支付合同总价的50%，即¥610,000。
P:（三）系统最终验收合格后，甲方支付合同总价的35%，即¥427,000。
P:（四）余款5%即¥61,000作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、技术要求
P:（一）窑炉各温区控温精度±2℃，同一截面温差不超过5℃；升温曲线可按产品配方设定并一键切换。
P:（二）上位机实时显示各温区温度、燃气流量和风压，数据保存不少于三年，支持超温报警和报表导出。
P:（三）系统应具备断偶保护、超温联锁和手动应急操作功能，满足安全生产要求。
P:（四）系统应预留与甲方能源管理系统的数据接口，按甲方提供的接口规范每分钟推送各温区温度及燃气累计用量；乙方负责接口联调，不另收费。
P:（五）控制柜、仪表及阀组的防护等级应适应窑炉周边高温、粉尘环境，柜内设置散热装置；所有设备须提供出厂合格证、检测报告及中文使用说明书。
P:（六）乙方应在安装前提交施工方案，包括停窑改造步骤、安全措施、人员安排和应急预案，经甲方设备部审核同意后方可施工。施工人员应遵守甲方安全生产和动火管理制度，因乙方施工造成人身伤害或设备损坏的，由乙方负责。
P:（七）乙方应按每条窑分别编制烧成曲线调试记录，包括各温区设定值、实测值和调整过程，作为验收资料交付甲方。
H:五、验收
P:（一）安装调试完成后，系统连续带料运行十五日，达到第四条技术要求，且烧成合格率不低于改造前三个月平均水平，甲方组织最终验收并签署验收报告。
P:（二）验收不合格的，乙方应在十日内整改并重新验收；因乙方原因两次验收不合格的，甲方有权退货并解除合同。
P:（三）系统投入使用或甲方支付款项，均不视为验收合格。
P:（四）验收时乙方应交付：设备清单及序列号、接线图、控制柜原理图、组态工程源文件、PLC程序备份、操作规程、维护保养手册和易损件清单，并对甲方电工、窑炉操作工各进行不少于两天的现场培训。
H:六、质量保证与维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备非人为损坏的，乙方免费维修或更换，软件免费升级。
P:（二）质保期满后乙方继续提供维保服务（含定期巡检、备件更换、程序优化及远程诊断），年度维保费按软硬件小计的26%计取，即每年¥282,360，三年内不作调整，按年签署维保协议。
P:（三）故障响应：一级故障（窑炉失控、停烧或超温联锁动作）乙方接报后1小时内远程响应，8小时内到场；二级故障24小时内到场。乙方未按时响应或到场的，每迟延一小时向甲方支付¥1,500。
P:（四）质保期内乙方每季度到场巡检一次，校验热电偶和仪表精度，出具巡检报告；发现隐患的，乙方应及时处理并书面告知甲方。
P:（五）乙方应在佛山地区保有常用备件库存，保证质保期内及维保期内关键备件的供应；设备停产的，乙方应提前六个月通知甲方并提供兼容替代方案。
H:七、数据与信息安全
P:（一）系统采集的烧成曲线、配方参数、能耗数据及生产记录均归甲方所有，乙方不得复制、外传或用于其他客户。
P:（二）乙方远程诊断须经甲方当班负责人同意，使用甲方提供的加密通道，诊断结束即断开；不得在系统中留置后门或远程控制程序。
P:（三）因乙方原因导致数据泄露、系统被入侵或生产中断的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:（四）乙方应保证所供组态软件及控制程序不含病毒、恶意代码或未经披露的远程访问功能，并在验收时提交软件安全自查说明；甲方可委托第三方进行检测，检测发现问题的，乙方应免费整改。
P:（五）系统日志及报警记录应在上位机本地保存，乙方不得将其上传至乙方或任何第三方的服务器。
H:八、保密与知识产权
P:（一）乙方对甲方的烧成工艺、配方参数、产能及经营信息负有保密义务，期限至合同终止后三年。
P:（二）乙方为甲方编制的组态工程文件、控制程序及配方模板归甲方所有，乙方应交付可编辑的源文件，甲方可自行修改。组态软件本身的著作权归原厂所有，甲方获得永久使用许可。
P:（三）未经甲方同意，乙方不得在宣传材料或案例介绍中使用甲方名称、厂区照片或生产数据。
H:九、违约责任
P:（一）乙方逾期交货、逾期完成安装或停窑改造超期的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:（三）乙方提供的设备不符合约定的，甲方有权要求更换、退货并要求赔偿损失。
P:（四）因乙方原因造成窑炉停烧、产品批量报废的，乙方除支付违约金外，还应赔偿甲方由此遭受的直接损失。
H:十、分包
P:除电缆桥架等辅助施工经甲方书面同意可交由第三方外，乙方不得分包；乙方对第三方的工作承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十三、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执二份。技术协议及设备清单为本合同附件。
P:本合同附件包括：附件一 技术协议；附件二 设备清单及配置；附件三 验收大纲；附件四 售后服务承诺。附件与本合同正文具有同等效力，内容不一致的，以本合同正文为准。
P:双方联系人：甲方设备部经理；乙方项目经理。联系人变更的，应及时书面通知对方。
P:甲方（盖章）：佛山市华窑陶瓷有限公司　　乙方（盖章）：广东恒温智控设备有限公司
P:签约代表：__________　　签约代表：__________
"""


# ---------------------------------------------------------------- z03 (.md, pet-hospital SaaS; AUTO-RENEWAL, DATA-OWNERSHIP, SLA-AVAILABILITY)
Z03 = """# 宠物诊疗管理云服务及实施协议

**协议编号：** CP-SaaS-2027-0715

**客户（甲方）：** 成都暖爪宠物医院管理有限公司（下辖连锁诊所35家）

**服务商（乙方）：** 四川云诊通软件科技有限公司

甲方拟在旗下全部诊所统一使用电子病历、预约挂号、会员储值、药品耗材库存和检验报告管理系统。乙方以云服务方式提供“云诊通”宠物诊疗管理平台，并负责实施上线。双方经友好协商，达成如下协议。

## 1 定义

1.1 “平台”：乙方运营的云诊通宠物诊疗管理平台，包括诊所端、总部管理端、宠主预约小程序及开放接口。

1.2 “客户数据”：甲方及其诊所、员工、宠主在平台中录入或产生的全部数据，包括宠主身份及联系方式、宠物病历、处方、检验影像、预约记录、会员消费和库存数据。

1.3 “上线”：35家诊所全部切换至平台开展日常业务。

## 2 服务内容与期限

2.1 订阅服务：35家诊所使用平台全部标准功能，不限账号数，每家诊所含200GB影像存储空间。

2.2 实施服务：需求调研、历史病历及会员数据迁移、诊所流程配置、与甲方财务系统及两台检验设备的接口对接、培训及上线支持。

2.3 服务期限为上线之日起二十四个月。

2.4 乙方应为甲方指定专属客户成功经理，负责实施进度协调、使用问题跟进和季度业务回顾；每季度向甲方提交服务报告，包括可用率统计、故障记录、工单处理情况和改进建议。

2.5 平台版本升级由乙方统一实施，应提前七日通知甲方升级内容；涉及诊所操作流程变化的，乙方应提供培训材料和在线培训。升级不得降低现有功能或导致客户数据丢失。

2.6 甲方新开设诊所的，可按本协议单价增加订阅，服务期限与本协议一致；诊所关闭的，甲方可提前三十日书面通知减少订阅数量，自下一季度起按实际诊所数量结算。

## 3 费用

| 项目 | 计算方式 | 金额（元） |
|---|---|---|
| 订阅费 | 35家 × ¥2,600/家/月 × 24个月 | 2,184,000 |
| 实施费 | 一次性 | 146,000 |
| 合计 | | 2,330,000 |

3.1 订阅费按季度结算，每个服务季度结束后十个工作日内，乙方开具发票，甲方支付当季订阅费¥273,000。

3.2 实施费在上线验收通过后一次性支付。甲方无需预付任何款项。

## 4 实施与验收

4.1 乙方应在本协议签署后七十日内完成全部诊所上线。因乙方原因逾期上线的，每逾期一日向甲方支付违约金¥1,500。

4.2 上线验收标准：（1）历史病历、会员余额及库存数据迁移完成，甲方抽查无差异；（2）预约、接诊、收费、处方、库存流程在全部诊所跑通；（3）财务接口对账连续十日一致；（4）试运行二十日内无一级故障。甲方在验收合格后签署上线验收单。

4.3 诊所开始使用平台不等同于验收合格。

4.4 乙方应在实施前提交实施方案，包括项目组成员、里程碑计划、数据迁移方案和切换回退预案，经甲方确认后执行。数据迁移应分批进行，每批迁移后由诊所负责人核对确认。

4.5 乙方应为各诊所的前台、医生、药房及库管岗位分别开展培训，并提供视频教程和操作手册；上线后首周乙方应安排实施顾问驻点支持重点诊所。

## 5 服务水平

5.1 平台月度可用率不低于99.5%，以乙方监控系统统计为准，计划内维护应在凌晨1点至5点进行并提前三日通知。

5.2 故障响应：一级故障（平台整体不可用、无法收费或开具处方）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决。

5.3 月度可用率低于约定值的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，抵扣比例提高至10%；一级故障超过恢复时限的，每次另抵扣¥2,000。

5.4 乙方应提供7×24小时故障报修热线和在线工单渠道，诊所人员可直接报修；乙方应在每月前五个工作日内提供上月可用率及故障处理报告，甲方对统计结果有异议的，双方可依据双方日志共同核对。

5.5 乙方应每日备份客户数据，备份保存期不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。

## 6 客户数据

6.1 客户数据归甲方所有。乙方仅为提供本协议服务处理客户数据。

6.2 甲方同意，乙方可将客户数据经去标识化处理后，用于平台功能改进、诊疗知识库建设及发布宠物医疗行业统计报告，该等使用在协议终止后仍可继续。

6.3 乙方应采取访问控制、传输及存储加密、操作日志审计等措施保障客户数据安全，平台部署于境内云数据中心并已通过网络安全等级保护三级测评。发生数据泄露或丢失的，乙方应在24小时内通知甲方，配合处置并赔偿由此造成的损失。

6.4 协议终止后三十日内，乙方应按甲方要求以通用格式导出全部客户数据，并在甲方确认后删除。

6.5 乙方应遵守《中华人民共和国个人信息保护法》和《中华人民共和国数据安全法》，处理宠主个人信息应限于提供服务所必需的范围；乙方人员访问客户数据须经授权并留存记录，离职人员权限应即时注销。

## 7 保密

双方对在合作中获得的对方商业信息、技术信息及经营数据承担保密义务，未经对方书面同意不得披露，保密期限至协议终止后三年。

7.1 乙方应要求其参与本项目的员工遵守本条保密义务，并对员工违反保密义务的行为承担责任。法律法规要求或有权机关依法要求披露的，披露方应在法律允许范围内事先通知对方，并仅披露必要部分。

## 8 知识产权

8.1 平台及其升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制的报表、病历模板、流程配置及接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 9 续期

9.1 服务期限届满前三十日内任何一方未书面提出不续约的，本协议自动续期一年，可多次续期。

9.2 每次续期时，乙方有权根据其价格政策上调订阅单价，上调幅度不超过8%，并在续期前通知甲方。

9.3 甲方书面提出不续约的，本协议在服务期限届满时终止，乙方应按6.4条配合数据导出。

## 10 责任限制

乙方在本协议项下的累计赔偿责任以本协议合计金额的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

10.1 任何一方均不对对方的间接损失、利润损失承担责任，但因违反第6条、第7条造成的除外。甲方因乙方原因被监管部门处罚或向宠主赔偿的，属于直接损失。

## 11 转委托

乙方不得将实施或运维工作转委托第三方，确需转委托的须事先取得甲方书面同意。

## 12 解除

一方严重违反本协议且在收到书面通知后二十日内未纠正的，另一方有权解除本协议。乙方原因导致解除的，应退还甲方已付未使用的费用。

## 13 法律与争议

本协议适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

## 14 其他

14.1 本协议项下通知以书面形式发送至双方指定的联系人及电子邮箱，邮件发出后二十四小时即视为送达。甲方联系人为信息中心负责人，乙方联系人为客户成功经理。

14.2 本协议附件包括：附件一 平台功能清单；附件二 实施方案及里程碑计划；附件三 数据迁移范围。附件与正文不一致的，以正文为准。

14.3 本协议一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都暖爪宠物医院管理有限公司　　乙方（盖章）：四川云诊通软件科技有限公司

日期：2027年　月　日
"""


# ---------------------------------------------------------------- z04 (.txt, county land-parcel platform O&M; SLA-RESPONSE, LIABILITY-CAP)
Z04 = """青石县地籍调查与宗地登记平台年度运行维护服务合同

项目名称：青石县地籍宗地登记平台2027年度运维服务
采购方式：单一来源采购（经县财政局批准）
合同编号：QSZRZY-YW-2027-03

采购人（甲方）：青石县自然资源局
服务商（乙方）：湖南地维信息工程有限公司

甲方地籍调查与宗地登记平台由乙方于2024年建设并交付，承载全县宗地图、界址点、权属调查、宗地代码编制及与不动产登记系统的数据共享。因平台核心组件由乙方开发，经专家论证和公示，甲方采用单一来源方式向乙方采购2027年度运维服务。双方依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》签订本合同。

第一章 服务范围与期限

第一条 乙方提供以下运维服务：
（一）驻场运维：派驻两名熟悉地籍业务的工程师，在甲方工作日驻场，负责日常运行监控、用户问题处理、宗地数据入库质检；
（二）系统巡检与优化：每月一次全面巡检，每季度一次性能优化，提交巡检报告；
（三）数据库维护与备份：每日增量备份、每周全量备份，每季度进行一次恢复演练；
（四）安全加固与等保配合：漏洞修复、补丁更新，配合甲方完成年度等级保护测评；
（五）应急保障：国土变更调查、年度汇交等重点时段的保障值守。

第二条 服务期限自2027年1月1日起至2027年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行依法组织。

第二条之一 乙方应在服务期开始前十个工作日内提交年度运维方案，包括人员名单、巡检计划、备份策略、应急预案和重点时段保障安排，经甲方审核同意后执行。运维方案调整的，应经甲方书面确认。

第二条之二 乙方驻场人员应遵守甲方作息、安全和保密管理制度，服从甲方信息中心的工作安排；甲方认为驻场人员不能胜任的，有权要求乙方在五个工作日内更换。

第二条之三 甲方为乙方驻场人员提供办公场所、办公桌椅及必要的网络接入条件；乙方自行负责驻场人员的工资、社会保险、交通及食宿，并承担其用工责任。

第二章 服务费用与支付

第三条 服务费用总额为人民币伍拾捌万陆仟元整（¥586,000），包干使用，明细如下：
1. 驻场运维服务费：¥312,000；
2. 系统巡检与优化费：¥96,000；
3. 数据库维护与备份费：¥88,000；
4. 安全加固与等保配合费：¥58,000；
5. 应急保障费：¥32,000。
以上合计¥586,000。

第四条 服务费按季度支付。每季度结束后，经甲方按第五章完成季度考核，十五个工作日内支付当季服务费¥146,500，考核扣款从当季服务费中扣除。甲方不预付任何费用。

第三章 服务要求

第五条 平台服务时间内月可用率不低于99.95%。

第六条 故障响应与处理时限：
（一）一级故障（平台无法登录、宗地数据无法查询或与不动产登记系统数据共享中断）：乙方在接报后6小时内响应，12小时内恢复；
（二）二级故障（部分功能异常、报表错误）：1个工作日内响应，3个工作日内解决；
（三）三级问题（操作咨询、优化建议）：在当月巡检中处理。

第七条 乙方驻场工程师因故离岗超过三个工作日的，应提前书面报甲方同意并安排同等能力人员替岗。

第七条之一 乙方应建立运维工作台账，如实记录每次故障的报告时间、响应时间、处理过程、恢复时间及原因分析，每月汇总报甲方。一级故障处理完毕后三个工作日内，乙方应提交故障分析报告及防范措施。

第七条之二 平台升级、补丁更新、数据库结构调整等变更应事先提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在非办公时间实施；变更造成业务中断的，按故障处理。

第七条之三 乙方应配合甲方完成年度自然资源统一确权登记数据汇交、宗地数据质量检查及与上级平台的数据对接，并在汇交前对数据进行完整性和逻辑一致性检查。

第七条之四 国土变更调查、年度汇交及防汛等重点时段，乙方应安排技术人员二十四小时值守，确保平台稳定运行。

第四章 考核与验收

第八条 季度考核指标：（一）月可用率；（二）各级故障响应与解决时限达标率；（三）巡检、备份及恢复演练按计划完成；（四）甲方使用部门满意度不低于90分。

第九条 考核扣款：月可用率每低于约定值0.01个百分点扣减当季服务费¥1,000；一级故障每超时一小时扣减¥800；未按计划完成巡检、备份或演练的，每项扣减¥1,500。

第十条 服务期满后，乙方提交年度运维总结报告、巡检及演练记录、变更记录和更新后的运维手册，甲方按本章考核指标组织年度验收，出具验收意见。

第五章 数据安全与保密

第十一条 平台中的宗地数据、权属信息、界址坐标、影像及日志均属于甲方所有。乙方仅可为履行本合同处理，不得复制、留存或用于任何其他项目。

第十二条 乙方运维操作须经甲方审批后在专网内通过堡垒机进行，禁止使用移动存储介质，涉密测绘成果按保密规定管理。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿及法律责任。

第十三条 乙方及其驻场人员对履约中知悉的测绘地理信息、权属人个人信息及甲方工作秘密负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

第十三条之一 乙方应每季度对平台进行一次安全漏洞扫描和基线核查，发现中高危漏洞的，应在甲方规定的期限内完成修复并提交复测报告；等级保护测评发现的问题，由乙方负责落实平台相关部分的整改。

第十三条之二 服务期满或合同解除后，乙方应删除其因履约而持有的全部甲方数据及副本，并向甲方出具书面删除确认。

第六章 知识产权

第十四条 运维期间乙方为甲方编写的脚本、数据修复程序、运维手册及报告归甲方所有，甲方可自由使用和修改。平台原有产品著作权按原建设合同约定执行。

第七章 违约责任

第十五条 乙方未按期提交年度运维总结报告或整改不到位的，每逾期一日按合同金额的千分之一支付违约金。

第十六条 乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）以合同金额的50%为限，但因乙方故意或重大过失造成数据泄露的除外。

第十七条 本项目不得分包、转包。

第十八条 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。

第十八条之一 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。

第十八条之二 合同终止或期满时，乙方应在十个工作日内向甲方移交全部运维资料、账号口令、脚本及备份介质，并配合甲方或新的服务商完成交接，交接期间不得停止必要的运维服务。

第八章 争议解决及其他

第十八条之三 甲方应及时向乙方通报平台使用部门的业务调整和需求变化，并为乙方开展巡检、演练提供必要的配合；因甲方原因导致乙方无法按计划完成巡检或演练的，不计入考核扣款。

第十九条 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第二十条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。单一来源采购文件、乙方响应文件为本合同组成部分。

甲方（盖章）：青石县自然资源局                乙方（盖章）：湖南地维信息工程有限公司
代表签字：                                    代表签字：
日期：2027年  月  日
"""


# ---------------------------------------------------------------- z05 (.md, mooncake maker WMS, supplier's template; ten findings)
Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

*仓易通标准合同文本 V4.0（乙方制式合同）*

合同编号：CYT-WMS-2027-0903

甲方（用户）：苏州桂月坊食品有限公司

乙方（供应商）：上海仓易通软件有限公司

甲方为中秋旺季月饼礼盒的生产、冷链仓储及全国发货需要，向乙方购买仓易通WMS软件许可并委托乙方进行定制开发。双方在平等自愿基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓易通WMS标准版软件许可，适用于甲方成品仓、原料仓及冷库共三个仓库。

1.2 乙方按甲方需求进行定制开发，包括：中秋旺季波次拣货与合单策略、冷链批次及保质期先到先出管控、礼盒套装组装工单、与甲方ERP及三家电商平台的订单接口、与两家快递公司的面单接口。

1.3 乙方负责系统部署、基础数据初始化及用户培训。

1.4 乙方提供的许可为永久许可，甲方可在上述三个仓库内不限用户数使用；甲方新增仓库的，需另行购买许可。

1.5 系统部署于甲方自有服务器，服务器、操作系统、数据库及网络环境由甲方自行准备，乙方提供配置要求。甲方环境不符合要求导致延误的，工期相应顺延。

1.6 定制开发需求以双方签字确认的《需求确认书》为准。需求确认后甲方提出的新增或变更需求，乙方可另行评估工作量和费用，经双方确认后实施。

1.7 乙方交付物包括：安装介质及授权文件、系统部署说明、用户操作手册、接口说明文档。定制开发部分的源代码不属于交付物范围。

1.8 乙方标准产品功能以乙方官网公布的产品说明书为准，乙方可根据产品规划对标准功能进行调整。

## 第二条 合同金额

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件许可（三仓） | 420,000 |
| 2 | 定制开发 | 560,000 |
| 3 | 部署实施 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 1,100,000 |

合同总金额为人民币壹佰壹拾万元整（¥1,100,000）。

2.1 上述金额已包含增值税。乙方在收到每期款项前向甲方开具等额增值税专用发票。

2.2 合同金额不含甲方服务器、数据库、操作系统、打印设备、手持终端及第三方电商平台、快递公司接口的使用费用，上述费用由甲方自行承担。

2.3 甲方增加用户、仓库或功能模块的，按乙方届时报价另行签订补充协议。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的50%，即¥550,000。乙方收到该款项后启动项目。

3.2 系统上线后五个工作日内，甲方支付剩余50%，即¥550,000。

3.3 甲方逾期付款的，乙方有权暂停服务直至款项付清。

## 第四条 交付与验收

4.1 乙方应于收到首付款后九十日内完成部署和定制开发并上线。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的需求变化，乙方可另行报价。

4.3 乙方应在上线前对甲方仓库管理员、拣货员及系统管理员进行培训，培训内容包括入库、上架、盘点、波次拣货、出库复核和基础数据维护，并提供电子版操作手册。

4.4 上线前乙方可协助甲方进行基础数据初始化，包括库位、物料、包装规格及客户信息；甲方对其提供的基础数据的准确性负责。

4.5 乙方应在上线前完成系统功能演示，演示内容以乙方标准产品说明为准。

## 第五条 免费维护与后续服务

5.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和电话远程支持。

5.2 免费维护期满后，甲方如需继续获得维护及升级服务，维护费按乙方当年公布的价格标准收取，乙方有权每年调整价格标准。

5.3 维护期内，甲方报告的一级故障（系统无法出库或入库）乙方在12小时内响应，其他问题在3个工作日内响应。因故障导致的发货延误等损失，乙方不承担扣款、赔偿或任何违约责任。

5.5 甲方使用的服务器、操作系统、数据库或第三方软件发生故障的，不属于乙方维护范围，乙方可协助排查并按其收费标准收费。

5.6 乙方发布的新版本由乙方决定是否向甲方提供；定制开发部分与新版本的适配工作，乙方另行报价。

5.4 乙方通过服务热线、在线客服和远程协助方式提供支持，服务时间为工作日9:00至18:00。需要乙方人员现场服务的，差旅费用由甲方承担。中秋旺季期间（每年8月至9月），甲方可另行购买驻场保障服务，费用按乙方当期报价执行。

## 第六条 知识产权

6.1 仓易通WMS标准版及其升级版本的知识产权归乙方所有。

6.2 本合同定制开发部分（包括波次策略、批次管控、接口程序及相关源代码和文档）的知识产权均归乙方所有。乙方授予甲方在本合同约定范围内的非独占使用权，甲方不得修改、反编译或交由第三方维护。

## 第七条 数据

7.1 甲方在系统中录入和产生的业务数据归甲方所有。

7.2 甲方同意乙方可对业务数据进行脱敏处理后用于乙方产品改进、算法训练及食品行业仓储分析报告。

7.3 乙方对其可接触的甲方数据采取访问控制、加密传输和存储、操作日志留存等安全措施。发生数据泄露的，乙方应在48小时内通知甲方，因乙方原因造成的损失由乙方依法承担赔偿责任。

7.4 本合同终止后，甲方可要求乙方协助导出业务数据，乙方可按其收费标准另行收取导出服务费用。

## 第八条 保密

双方对本合同内容及履约中获悉的对方技术和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

8.1 乙方在履约过程中接触甲方月饼配方、供应商名单、客户名单及销售数据的，应限于履行本合同所必需的人员知悉。

## 第九条 违约责任

9.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

9.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十条 合作方

乙方有权根据项目需要将部分开发、实施或运维工作委托其合作方完成，无需征得甲方同意，乙方对合作方的工作向甲方负责。

## 第十条之一 甲方义务

甲方应指定项目负责人，及时确认需求、提供基础数据和测试环境，并组织相关人员参加培训和上线切换。因甲方未及时履行上述义务导致工期延误的，乙方不承担责任，工期相应顺延，由此增加的实施费用由甲方承担。

## 第十条之二 不招揽

合同履行期间及终止后一年内，甲方不得直接或间接聘用乙方参与本项目的人员；违反的，甲方应向乙方支付该人员上一年度薪酬的两倍作为补偿。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《仓易通服务条款》为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州桂月坊食品有限公司　　　　乙方（盖章）：上海仓易通软件有限公司

授权代表：__________　　　　授权代表：__________

日期：2027年　月　日
"""


# ---------------------------------------------------------------- e01 (.docx, lens-design perpetual licences; GOVERNING-LAW only)
E01 = """T:Software Licence and Services Agreement - Lens Design Suite
P:Agreement No. LDS-CN-2027-114
P:This Agreement is made between Danyang Clearview Optical Lens Co., Ltd., a company established in Danyang, Jiangsu Province, People's Republic of China (the "Buyer"), and Ottica Calcolo S.r.l., a company with its registered seat on the Isola di Carbonera, Italy (the "Vendor").
P:Background. The Buyer manufactures single-vision, progressive and freeform spectacle lenses for domestic and export customers. It wishes to replace its ageing surface-calculation tools with the Vendor's Lens Design Suite, to be installed on the Buyer's own servers in its Danyang plant, and to have the Vendor configure the suite for the Buyer's generators, polishers and lab management system. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Lens Design Suite, version 9, comprising the design engine, the freeform surface module, the thickness-optimisation tool and the lab interface, in object code, together with its user documentation.
P:1.2 "Custom Deliverables" means the lens-calculation macros, generator output templates, interface adapters and reports that the Vendor develops or configures specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the written confirmation issued by the Buyer under Article 5.3.
P:1.4 "Buyer Data" means all prescriptions, frame tracing files, lens designs, production records and customer information that the Buyer enters into or generates with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on up to six concurrent seats at the Buyer's premises in China, for its own manufacturing and for designing lenses ordered by its customers.
P:2.2 The Buyer may make back-up copies and may move the seats to replacement hardware by notifying the Vendor, who shall issue new activation keys within two business days at no charge.
P:2.3 The licence survives any expiry or termination of the support services. The Vendor may terminate the licence only if the Buyer fails to pay the licence fees under Article 4 and does not cure that failure within sixty days after written notice.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it for the Buyer's four freeform generators and two polishing lines, build the interface between the Software and the Buyer's lab management system, and migrate the Buyer's existing design library of about 3,200 lens families.
P:3.2 The Vendor shall train eight lens designers and four IT staff at the Danyang plant over at least six working days, in Chinese with an interpreter provided by the Vendor.
P:3.3 The Vendor shall complete installation within forty-five days and submit the Software for acceptance testing within ninety days after the Effective Date.
H:Article 4 Prices and Payment
P:4.1 The total price of this Agreement is CNY 1,400,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Lens Design Suite perpetual seat licence|6|168,000|1,008,000
TB:2|Freeform surface module, perpetual|6|42,000|252,000
TB:|Licence Subtotal|||1,260,000
TB:3|Installation, configuration, interface and migration|1|86,000|86,000
TB:4|Training|1|54,000|54,000
TB:|Total Contract Price|||1,400,000
P:4.2 The Buyer shall pay: (a) 20% of the Total Contract Price (CNY 280,000) within twenty days after the Effective Date against the Vendor's invoice; (b) 45% (CNY 630,000) after the Vendor delivers the activation keys and the Installation Certificate is signed; and (c) 35% (CNY 490,000) within thirty days after Final Acceptance.
P:4.3 The Installation Certificate confirms only that the Software has been installed and starts correctly. It is not acceptance of the Software or of the Custom Deliverables.
P:4.4 Payments shall be made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Buyer shall test the Software against the Acceptance Test Plan in Annex 2 within thirty days after the Vendor's notice of readiness.
P:5.2 The acceptance criteria are: (a) the calculated surfaces for a reference set of 400 prescriptions deviate from the Buyer's verified reference results by no more than 0.01 dioptre; (b) generator files are accepted by all four generators without manual editing; (c) the lab interface exchanges orders and job status without error for ten consecutive production days; (d) the migrated design library is complete and each family reproduces its stored sample lens; and (e) no Severity 1 defect is open.
P:5.3 If the criteria are met, the Buyer shall issue a written Final Acceptance certificate within five business days. If they are not met, the Vendor shall correct the defects within fifteen days and the tests shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 2 for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and updates and give support free of charge.
P:6.2 Severity 1 means that lens calculation or generator output is stopped or produces wrong surfaces. For a Severity 1 defect the Vendor shall respond within two hours, twenty-four hours a day, and provide a fix or workaround within one business day. Severity 2 defects shall be answered within one business day and fixed in the next update.
P:6.3 If the Vendor misses a response or fix time for a Severity 1 defect, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Licence Subtotal, that is CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 3.3, or fails to achieve Final Acceptance within sixty days after that date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to 8% of the Total Contract Price.
P:7.2 Liquidated damages do not exclude the Buyer's right to terminate under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Software and all pre-existing materials of the Vendor remain the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation together with the Final Acceptance test, and the Buyer may use, modify and license them freely, including to its contractors.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall bear all resulting costs and damages.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not keep or use it after the work is done.
P:9.2 The Vendor shall access the Buyer's systems only on site or through the Buyer's VPN with multi-factor authentication, with each remote session approved in advance by the Buyer's IT manager and logged. No Buyer Data may be copied out of the Buyer's network.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. It shall notify the Buyer within twenty-four hours of any security incident affecting Buyer Data, assist in containing it, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's lens designs, prescriptions, production volumes and prices, and use it only for this Agreement. These obligations continue for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Total Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages under Article 7 reach their maximum. On such termination the Vendor shall refund the amounts paid for the undelivered parts and compensate the Buyer's losses.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software specification) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. The Agreement is signed in two English originals and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: Danyang Clearview Optical Lens Co., Ltd.    Name: ____________    Date: ____________
P:For the Vendor: Ottica Calcolo S.r.l.    Name: ____________    Date: ____________
"""


# ---------------------------------------------------------------- e02 (.md, lake-park ticketing SaaS; PREPAYMENT, LD-MISSING, GOVERNING-LAW)
E02 = """# ORDER FORM No. TS-2027-0587

**Vendor:** Tickstrom Software GmbH, registered seat on the Insel Greifenwerder, Germany ("Tickstrom")

**Customer:** Sichuan Jiuzhaigou Lakeside Park Operation Co., Ltd., Zhangzha Town, Jiuzhaigou County, Sichuan, People's Republic of China ("Customer")

This Order Form is governed by the Tickstrom General Terms for Cloud Services, version 2027-02, reproduced in Part B below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order Details

**A1. Services.** Tickstrom ParkGate cloud ticketing, comprising online and mini-program sales, timed-entry quota management, real-name ticket verification at the park gates, shuttle-bus seat allocation, group and travel-agency booking, refunds and daily settlement reports, for one park with up to 42 gate lanes and 60 ticket-office users.

**A2. Subscription Term.** Thirty-six months from the Subscription Start Date, which is the date the Setup Services are completed and Tickstrom makes the production tenant available.

**A3. Fees.** At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| ParkGate subscription, year 1 | annual, in advance | 198,000 |
| ParkGate subscription, year 2 | annual, in advance | 198,000 |
| ParkGate subscription, year 3 | annual, in advance | 198,000 |
| Setup Services (configuration, gate integration, data import, training) | one-time | 46,000 |
| **Total Order Value** | | **640,000** |

**A4. Invoicing.** Tickstrom invoices the Setup Services fee together with the first annual subscription fee on signature of this Order Form, a total of CNY 244,000, payable within fifteen days and before Tickstrom starts the Setup Services. Each later annual fee is invoiced thirty days before the start of the relevant subscription year and is payable in advance.

**A5. Setup Services.** Tickstrom will configure ticket types and price calendars, connect the Service to Customer's 42 gate lanes and ID-card readers, import the historic group-agency list, and train Customer's staff. Tickstrom targets completion within sixty days after receiving the first payment. Target dates are estimates; Tickstrom is not liable for any delay in completing the Setup Services, and Customer's sole remedy is to require Tickstrom to continue the work.

**A6. Go-Live Acceptance.** Before the Service is used for public sales, Customer will run the Go-Live Acceptance Test within ten business days: (a) one thousand test orders across all ticket types, channels and payment methods are processed and reconciled with the payment provider without difference; (b) every gate lane verifies real-name tickets and ID cards in under one second; (c) the timed-entry quota closes sales at the configured limits; (d) daily settlement reports match the test orders. Customer signs a Go-Live Certificate when the criteria are met. Opening the Service to the public before that signature is not acceptance.

**A7. Hosting.** The production tenant and all backups are hosted in a cloud region in mainland China operated by a Chinese cloud provider holding an MLPS level 3 filing. No Customer Data is transferred outside mainland China.

**A7a. Customer Responsibilities.** Customer will provide stable network connections at each gate lane and ticket office, appoint a project lead with authority to approve configurations, supply ticket types, prices and quota rules in writing, and make its staff available for the training sessions and the Go-Live Acceptance Test. Customer is responsible for its relationships with its payment providers and travel agencies.

**A7b. Training.** Tickstrom will deliver two days of on-site training at the park for up to twenty ticket-office and gate supervisors, and online training for finance staff on the settlement reports. Training materials are provided in Chinese.

**A8. Peak Season Support.** During the national holidays in May and October Tickstrom will provide an on-call engineer on site in Jiuzhaigou at no extra charge.

## Part B - General Terms for Cloud Services

**1. Service Levels.**
1.1 Tickstrom makes the Service available 99.95% of the time in each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.
1.2 Priority 1 incidents (ticket sales or gate verification unavailable) are answered within thirty minutes at any time and worked on continuously until resolved. Priority 2 incidents are answered within two hours during 08:00 to 20:00 Beijing time.
1.3 If monthly availability falls below the level in 1.1, Customer receives a service credit of 5% of the monthly portion of the annual fee for each full 0.1 percentage point of shortfall, up to half of that monthly portion. If Tickstrom misses a Priority 1 answer time, Customer receives a credit of CNY 1,000 per incident. Credits are set off against the next invoice.

**2. Customer Data.**
2.1 Customer Data means all data entered into the Service by or for Customer, including visitor identity and contact data, orders, payments and gate records. Customer Data belongs to Customer.
2.2 Tickstrom processes Customer Data only to provide the Service and support to Customer, on Customer's documented instructions, and does not use it for any other purpose.
2.3 Tickstrom maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication and keeps access logs for one hundred and eighty days. Tickstrom complies with the Personal Information Protection Law of the People's Republic of China in its processing.
2.4 Tickstrom notifies Customer within twenty-four hours of becoming aware of a personal-data breach or other security incident affecting Customer Data, takes the steps needed to contain it and bears the costs of notification and remediation and the losses caused where the incident results from its breach of this clause.
2.5 Within thirty days after the end of the Subscription Term Tickstrom returns all Customer Data in CSV format and then deletes it from the Service and backups.

**2.6 Data location and transfers.** Tickstrom will not access Customer Data from outside mainland China except for remote support sessions approved case by case by Customer, during which Customer Data is viewed but not exported. A list of Tickstrom personnel authorised for such support is given to Customer on request.

**3. Confidentiality.** Each party keeps the other party's confidential information secret, uses it only under this agreement and protects it with at least reasonable care. This clause survives for three years after the Subscription Term.

**4. Intellectual Property.** Tickstrom retains all rights in the Service and its software. Ticket layouts, price calendars, report templates and configurations created for Customer belong to Customer, which may use, modify and hand them to any successor provider.

**5. Subcontractors.** Tickstrom may use subcontractors, including its hosting provider, only with Customer's prior written consent. The hosting provider named in Order Form A7 is approved on signature. Tickstrom is responsible for its subcontractors.

**6. Renewal.** The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**7. Liability.**
7.1 Each party's total liability under this agreement is limited to 150% of the Total Order Value.
7.2 The limit does not apply to breach of clause 2, to a party's payment obligations or to wilful misconduct.

**8. Termination.**
8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.
8.2 If Customer terminates under 8.1, Tickstrom refunds the prepaid fees for the remainder of the Subscription Term.

**9. Suspension.** Tickstrom may suspend the Service only if an undisputed invoice remains unpaid for more than thirty days after a second written reminder.

**9a. Changes to the Service.** Tickstrom may improve the Service from time to time but will not materially reduce its functionality during the Subscription Term. Changes that affect gate hardware or Customer's integrations are announced at least thirty days in advance, and Tickstrom supports Customer in testing them before release.

**9b. Force Majeure.** Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders closing the park. Fees for any period in which the park is closed by government order are suspended for that period.

**10. Governing Law and Jurisdiction.** This agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods. The courts of Hamburg, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with it.

**10a. Order of precedence and language.** If the Chinese translation of this agreement prepared for Customer's internal approval differs from the English text, the English text prevails. Customer's purchase orders, if any, are for administrative purposes only and their terms do not apply.

**10b. Publicity.** Neither party may use the other's name or logo in marketing material without prior written consent, except that Tickstrom may state that Customer is a user of the Service after Go-Live.

**11. Miscellaneous.** Notices must be in writing and sent by email and courier to the addresses in this Order Form. Neither party may assign this agreement without the other's written consent. The English text is binding.

**Signatures**

For Tickstrom Software GmbH: ____________________ Name / Title / Date

For Sichuan Jiuzhaigou Lakeside Park Operation Co., Ltd.: ____________________ Name / Title / Date
"""


# ---------------------------------------------------------------- e03 (.txt, oyster-farm water sensors, buyer's paper; CONFIDENTIALITY, TERMINATION, SLA-RESPONSE)
E03 = """PURCHASE CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT

Contract No.: XPHY-2027-WQ-07
Buyer: Xiapu Haiyun Oyster Farming Co., Ltd., Shajiang Town, Xiapu County, Ningde, Fujian, People's Republic of China (the "Buyer")
Seller: Mareas Sensores Integrados S.L., with its registered office on the Isla Pedrosa, Spain (the "Seller")

The Buyer farms oysters on longline rafts in Sansha Bay and needs continuous data on dissolved oxygen, temperature, salinity, pH and turbidity to warn its staff of low-oxygen events and red tides. This Contract is drawn up on the Buyer's standard form. At the Buyer's request, every price in it is stated and paid in Chinese Yuan (CNY).

1. SUBJECT OF THE CONTRACT

1.1 The Seller shall supply, install at sea, calibrate and commission a water-quality monitoring network for the Buyer's farming area, consisting of:
(a) 48 solar-powered monitoring buoys, each carrying a multiparameter probe for dissolved oxygen, temperature, salinity, pH and turbidity, with an anti-fouling wiper;
(b) 6 shore and raft gateways with 4G and LoRa communication;
(c) a perpetual licence for the Seller's telemetry platform, installed on the Buyer's server in its Shajiang office, with alarm rules, SMS and app alerts, and historic trend reports;
(d) installation, mooring and commissioning, calibration and training.

1.2 Detailed specifications, buoy positions and the alarm matrix are set out in Annex 1. The custom alarm rules, dashboards and report templates that the Seller prepares for the Buyer are called the "Custom Deliverables".

2. PRICE

2.1 The Contract Price is CNY 1,108,000, a fixed price including equipment, licence, spare probes for the first maintenance cycle, freight to Xiapu, customs clearance, insurance, installation at sea, taxes and all travel costs.

2.2 Price schedule:
Item 1  Monitoring buoy with multiparameter probe   48 x CNY 14,500   CNY 696,000
Item 2  Gateway (4G / LoRa)                          6 x CNY 18,000    CNY 108,000
Item 3  Telemetry platform, perpetual licence        1                 CNY 124,000
        Hardware and Licence Subtotal                                  CNY 928,000
Item 4  Installation, mooring and commissioning at sea                 CNY 142,000
Item 5  Calibration and training                                       CNY 38,000
        Contract Price                                                 CNY 1,108,000

3. PAYMENT

3.1 The Buyer shall pay 10% of the Contract Price (CNY 110,800) within fifteen working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.

3.2 The Buyer shall pay 55% of the Contract Price (CNY 609,400) after all equipment has been delivered to Xiapu and installed, and both parties have signed the Installation Record. The Installation Record does not mean that the Buyer accepts the system.

3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 387,800) within twenty working days after Final Acceptance under clause 5.

4. DELIVERY AND INSTALLATION

4.1 The Seller shall deliver all equipment to the Buyer's Shajiang pier within seventy days after signature, and complete installation at sea within thirty days after delivery, weather permitting. Days on which the Ningde maritime authority forbids small vessels to sail are added to the installation period.

4.2 The Buyer shall provide a work boat and crew, and access to its rafts and its server room.

5. ACCEPTANCE

5.1 After installation the system shall run for thirty consecutive days. Final Acceptance requires that:
(a) at least 46 of the 48 buoys transmit at least 95% of the expected ten-minute readings on each day of the run;
(b) dissolved-oxygen readings of each buoy deviate by no more than 0.3 mg/L from the Buyer's reference measurements taken with a calibrated hand-held meter on three different days;
(c) alarm messages for simulated low-oxygen events reach the Buyer's duty phones within two minutes;
(d) the platform and the Custom Deliverables work as described in Annex 1 and the manuals and calibration certificates have been handed over.

5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within five working days. If not, the Seller shall remedy the defects at its own cost and the run shall be repeated. Operation of the system by the Buyer during the run is not acceptance.

6. WARRANTY AND AFTER-SALES SERVICE

6.1 The Seller warrants the equipment and the licence for twenty-four months after Final Acceptance. During this period the Seller shall repair or replace any defective buoy, probe, gateway or software free of charge, including the boat time it needs, and shall recalibrate all probes every quarter.

6.2 A Priority 1 fault means that more than five buoys or any gateway stop transmitting, or that alarms are not delivered. The Seller shall respond to a Priority 1 fault within ten hours of the Buyer's report and restore service within three days. Other faults shall be answered within two working days.

6.3 For each hour by which the Seller exceeds the response time for a Priority 1 fault, it shall pay the Buyer CNY 500, which the Buyer may deduct from the warranty retention or any later payment.

6.3a The Seller shall keep a fault log listing each reported fault, the time of the report, the response, the cause and the repair, and shall send it to the Buyer every month during the warranty period.

6.4 After the warranty, the Buyer may order annual maintenance, including quarterly recalibration, probe replacement and software updates, for 9% of the Hardware and Licence Subtotal, that is CNY 83,520 per year. This fee is fixed for three years after the warranty and is ordered by the Buyer year by year; it does not renew automatically.

7. DATA

7.1 All water-quality data, alarm records and farm maps recorded by the system belong to the Buyer. The Seller may not copy them, use them for any purpose other than performing this Contract, or pass them to any third party.

7.2 The platform is installed on the Buyer's server. The Seller shall access it remotely only through the Buyer's VPN, with each session approved in advance by the Buyer. The Seller shall set unique passwords on all buoys and gateways, encrypt all radio and 4G transmission, and keep firmware up to date during the warranty.

7.3 If data are lost, altered or disclosed because of the Seller's breach of this clause, the Seller shall inform the Buyer within twelve hours, restore the data where possible, and compensate the Buyer for all resulting losses.

8. INTELLECTUAL PROPERTY

8.1 The telemetry platform remains the Seller's property and is licensed to the Buyer perpetually.

8.2 The Custom Deliverables belong to the Buyer, which may use and modify them and may let any other maintenance company work on them. The Seller shall hand over their editable source files at Final Acceptance.

9. DELAY AND DAMAGES

9.1 If the Seller delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.

9.2 If the Buyer pays late, it shall pay interest at the loan prime rate published by the National Interbank Funding Center.

10. LIABILITY

The Seller is liable for all direct losses caused by its breach of this Contract. Neither party is liable for loss of profit, except in case of wilful misconduct.

11. SUBCONTRACTING

The Seller may engage a local marine-works company for mooring only with the Buyer's prior written consent. Any other subcontracting requires the Buyer's prior written consent as well, and the Seller remains responsible for its subcontractors.

12. CONTINUITY OF THE CONTRACT

12.1 Because the farm depends on the monitoring network, neither party may terminate this Contract once it is signed. If the Seller is in breach, the Buyer's remedies are to require repair, replacement or re-performance and to claim the delay damages in clause 9 and its losses under clause 10; breach does not entitle the Buyer to end the Contract.

12.2 The Contract ends when both parties have performed all their obligations, including the warranty obligations.

12.3 The Seller shall keep a stock of spare probes, batteries and gateway modules at its service partner's warehouse in Fujian throughout the warranty period, so that faulty parts can be replaced without waiting for shipments from Spain.

12.4 Each party shall name a contact person for the performance of this Contract. The Buyer's farm manager may issue instructions on access to the rafts, sailing times and safety rules at sea, which the Seller's staff shall follow.

13. FORCE MAJEURE

A party prevented from performing by typhoon, earthquake or another event it could not foresee, avoid or overcome shall notify the other party promptly and is excused for the duration of the event. The parties shall then agree on a new schedule.

14. GOVERNING LAW AND DISPUTES

This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.

14.1 The Seller shall comply with the customs, radio-frequency and maritime rules of the People's Republic of China applicable to the equipment and to work at sea, and shall obtain any permit needed for the gateways.

15. MISCELLANEOUS

This Contract is made in English and Chinese, in two originals each. Annex 1 forms part of it. It takes effect on signature by both parties.

Buyer: Xiapu Haiyun Oyster Farming Co., Ltd.      Seller: Mareas Sensores Integrados S.L.
Authorised signature: ______________              Authorised signature: ______________
Date: ______________                               Date: ______________
"""


# ---------------------------------------------------------------- e04 (.txt, managed IT for a wedding-dress maker; SLA-MISSING, SLA-RESPONSE, DATA-SECURITY)
E04 = """MANAGED IT AND ENDPOINT SUPPORT SERVICES AGREEMENT

Reference: MIT-SZ-2027-022

BETWEEN

(1) Suzhou Huashang Bridal Couture Co., Ltd., Huqiu Wedding Dress City, Suzhou, Jiangsu, People's Republic of China ("Client"); and

(2) Atlantica Servicos Geridos de TI, Lda., whose registered office is on the Ilhéu de Rosto de Cão, Portugal, acting through its Shanghai representative team ("Provider").

RECITALS

A. Client designs, makes and sells wedding dresses and evening gowns through its workshop, two showrooms in Suzhou and an online store, and has about 140 computers, tablets and printers but no in-house IT department.

B. Provider offers managed IT services and endpoint support to small and medium-sized manufacturers and has agreed to take over the day-to-day running of Client's IT on the terms below.

C. At Client's request, all charges under this Agreement are stated and paid in Chinese Yuan (CNY).

1. INTERPRETATION

1.1 "Services" means the Onboarding Services and the Managed Services described in clause 2 and Schedule 1.

1.2 "Client Data" means all data stored on or passing through the Client systems that Provider supports, including customer measurements, fitting photographs, designs, pattern files, order and payment records, and employee records.

1.3 "Client Systems" means the desktops, laptops, tablets, printers, network equipment, the showroom point-of-sale terminals, the file server and the cloud mailboxes listed in Schedule 1.

1.4 "Business Day" means a day other than a Saturday, Sunday or public holiday in mainland China, and business hours are 09:00 to 18:00 Beijing time.

2. THE SERVICES

2.1 Onboarding Services. Within forty-five days after signature, Provider shall: (a) make an inventory of all Client Systems; (b) install its remote monitoring and management agent and antivirus on every endpoint; (c) document the network, user accounts, passwords vault and backup arrangements; (d) set up a ticket portal and a helpdesk telephone line in Chinese; and (e) hand over an onboarding report.

2.2 Managed Services. From the day after Onboarding Acceptance until the end of the Term, Provider shall:
(a) run a helpdesk for Client's staff during business hours, by telephone, chat and the ticket portal;
(b) monitor endpoints, the file server and the network remotely, and apply operating-system and application patches monthly;
(c) manage user accounts, mailboxes and device set-up for joiners and leavers;
(d) send a technician on site to the workshop or showrooms when a problem cannot be solved remotely;
(e) keep the inventory up to date and advise on replacement of ageing equipment;
(f) check the nightly backup of the file server and run a test restore once a quarter;
(g) provide a monthly service report with ticket statistics and recommendations.

2.3 Service standard. Provider shall perform the Services with reasonable skill and care, using appropriately qualified staff, and shall use commercially reasonable efforts to respond to tickets promptly and to resolve problems as quickly as practicable. Provider gives no undertaking on response or resolution times.

2.4 Exclusions. The Services do not include the repair of hardware outside its manufacturer's warranty, the purchase of new equipment or software licences, or the development of software. Provider may quote separately for such work.

2.5 Change requests. Client may request changes to the scope of the Managed Services, such as adding a new showroom. Provider shall quote for the change within five Business Days, and no change takes effect until both parties have signed a written change note stating the revised scope and charges.

2.6 Service reviews. The parties' representatives shall meet once a quarter to review the monthly reports, open problems, planned changes to the Client Systems and any complaints from Client's staff.

3. TERM

3.1 The Managed Services run for twenty-four months from the day after Onboarding Acceptance (the "Term").

3.2 This Agreement does not renew automatically. The parties may agree an extension in writing at least sixty days before the end of the Term.

4. CHARGES AND PAYMENT

4.1 Charges:
Onboarding Services, one-time: CNY 34,000
Managed Services, monthly charge: CNY 36,500 x 24 months = CNY 876,000
Total charges for the Term: CNY 910,000

4.2 The monthly charge covers up to 160 supported devices and unlimited helpdesk tickets. Additional devices are charged at CNY 190 per device per month with Client's prior approval in writing.

4.3 Provider invoices the Onboarding Services after Onboarding Acceptance and the monthly charge at the end of each month, in arrears. Client pays within thirty days after receiving a correct VAT invoice. No amount is payable in advance.

5. ONBOARDING ACCEPTANCE

5.1 Onboarding Acceptance takes place when Client has checked and confirmed in writing that: (a) the inventory covers every device listed in Schedule 1; (b) the monitoring agent and antivirus report from every endpoint; (c) the helpdesk line and ticket portal work; (d) a test restore of the file server succeeded; and (e) the onboarding report has been delivered.

5.2 If any item is not met, Provider shall complete it within ten days and ask Client to check again. Installing the agent or starting the helpdesk does not in itself constitute Onboarding Acceptance.

5.3 If Onboarding Acceptance is delayed beyond the forty-five days in clause 2.1 for reasons attributable to Provider, Provider shall pay Client CNY 900 for each day of delay.

6. CLIENT DATA

6.1 Client Data belongs to Client. Provider may access and use Client Data only to perform the Services and on Client's instructions, and shall not sell, disclose or otherwise exploit it.

6.2 When this Agreement ends, Provider shall return the password vault and all documentation to Client and remove its agents from the Client Systems.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that it receives under this Agreement and that is marked or obviously confidential, including Client's designs, customer lists and prices, and shall disclose it only to its staff who need it for this Agreement.

7.2 This clause continues for three years after this Agreement ends.

8. DOCUMENTATION AND INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in its monitoring tools, ticket portal and know-how.

8.2 The network documentation, scripts, configuration records and reports that Provider prepares for Client under this Agreement belong to Client, which may use, modify and give them to any other service provider.

9. PERSONNEL AND SUBCONTRACTING

9.1 Provider shall assign a named service manager and at least two technicians familiar with the Client Systems.

9.2 Provider shall not subcontract any part of the Services without Client's prior written consent, and remains responsible for the work of any approved subcontractor.

9.3 Provider's staff shall follow Client's workshop rules when on site, including its rules on photography in the fitting rooms and on handling of finished gowns. Client may ask Provider to replace any technician whose conduct is unsatisfactory, and Provider shall do so within ten Business Days.

9.4 Provider shall carry out background checks on the technicians assigned to the Services as permitted by law and shall ensure that each of them has signed a confidentiality undertaking consistent with clause 7.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 200% of the total charges for the Term.

10.2 Neither party is liable for indirect or consequential loss. This clause does not limit liability for personal injury or wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within twenty days after receiving notice of the breach.

11.2 Client may also terminate on ninety days' written notice after the first year of the Term, paying the monthly charges up to the termination date.

11.3 On termination Provider shall cooperate for up to thirty days in the hand-over of the Services to Client or a new provider, at the monthly rate pro rata.

11.4 Any hand-over cooperation under clause 11.3 includes a hand-over meeting, a walk-through of the documentation and answers to the new provider's reasonable questions for up to thirty days after the end of this Agreement.

11.5 Termination does not affect rights and obligations that accrued before the termination date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that the parties cannot settle within thirty days shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

13. GENERAL

13.1 Notices must be in writing and delivered by hand, courier or email to the addresses above.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 This Agreement, with Schedule 1 (Client Systems and service scope), is the entire agreement between the parties on its subject and replaces any earlier proposal.

SCHEDULE 1 - CLIENT SYSTEMS AND SCOPE

Workshop: 58 desktops, 12 laptops, 6 plotters and printers, 1 file server, 2 switches, 1 firewall.
Showrooms: 2 x (8 tablets, 3 laptops, 2 point-of-sale terminals, 1 printer, 1 router).
Head office: 24 laptops, 4 printers, 1 meeting-room system.
Cloud: 96 mailboxes and the online-store administration accounts.

SIGNED for and on behalf of Client: ____________________ Name / Title / Date

SIGNED for and on behalf of Provider: ____________________ Name / Title / Date
"""


# ---------------------------------------------------------------- e05 (.pdf, goji exporter certificate API subscription; compliant)
E05 = """T:Subscription Agreement - CertLink Export Certificate API
P:Agreement No. CL-NX-2027-031
P:Parties. Ningxia Hongqi Goji Export Co., Ltd., Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China ("Customer"), and CertLink Data Services Ltd., a company with its registered office on Inchfad, Scotland, United Kingdom ("CertLink").
P:Background. Customer exports dried goji berries, goji juice and goji powder to Europe, North America and the Middle East. Each consignment needs phytosanitary, origin, pesticide-residue and organic certificates, which today are prepared by hand. CertLink operates an application programming interface (the "API") that lets exporters create, validate, sign and track such certificates and exchange them with customs brokers, laboratories and importers. At Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Service" means access to the API, the CertLink web console, the certificate templates for Customer's destination markets and the related support, as described in Schedule A.
P:1.2 "Customer Data" means all data that Customer or its users submit to or generate in the Service, including consignment details, laboratory results, certificates, buyer and broker contacts and user accounts.
P:1.3 "Integration Work" means the connection of the API to Customer's ERP and laboratory information system, the set-up of Customer's templates and user accounts, and the related testing and training.
P:1.4 "Service Start Date" means the day after Integration Acceptance under clause 4.
H:2. Term
P:2.1 The Service runs for thirty-six months from the Service Start Date.
P:2.2 The Agreement does not renew automatically. A renewal requires a written agreement signed by both parties, and any change to the fees must be agreed in that agreement.
H:3. Fees and Payment
P:3.1 Fees:
TB:Item|Basis|Amount (CNY)
TB:Service subscription|CNY 21,800 per month x 36 months|784,800
TB:Integration Work|one-time|45,200
TB:Total contract value||830,000
P:3.2 The subscription covers up to 9,000 certificate transactions per contract year. Transactions above that volume are charged at CNY 3.20 each, invoiced quarterly with the subscription.
P:3.3 CertLink invoices the Integration Work after Integration Acceptance and the subscription quarterly in arrears, at the end of each three-month period, for CNY 65,400 per quarter. Customer pays within thirty days of a correct invoice. No fee is payable before the Service Start Date and no advance payment is required.
H:4. Integration Work and Acceptance
P:4.1 CertLink shall complete the Integration Work within fifty days after signature of this Agreement.
P:4.2 Integration Acceptance requires that: (a) fifty test consignments covering all destination markets are processed from ERP order to signed certificate without manual re-keying; (b) laboratory results are imported and matched to the right lots with no error; (c) the certificates pass the validation rules of each destination market in Schedule A; (d) the API answers 95% of calls within one second during a two-hour load test at five times Customer's expected peak; and (e) Customer's staff have been trained.
P:4.3 Customer shall confirm Integration Acceptance in writing within five business days when the criteria are met. Use of the Service for live consignments before that confirmation is not acceptance.
P:4.4 If Integration Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to CertLink, CertLink shall pay Customer CNY 700 for each day of delay.
P:4.5 Customer shall provide test access to its ERP and laboratory information system, sample consignments for each destination market and a project contact with authority to approve templates. Delays caused by Customer extend the period in clause 4.1 accordingly.
P:4.6 CertLink shall deliver an integration guide, API documentation in English and Chinese, and a run book describing how Customer's staff handle rejected certificates and failed submissions.
H:5. Service Levels
P:5.1 CertLink shall make the API and the web console available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance and performed between 00:00 and 04:00 UK time.
P:5.2 Priority 1 incidents (the API or console unavailable, or certificates cannot be signed) shall be answered within thirty minutes, twenty-four hours a day and seven days a week, and worked on continuously until resolved. Priority 2 incidents shall be answered within two hours during Customer's business hours.
P:5.3 If monthly availability falls below the level in 5.1, Customer receives a credit of 10% of that month's subscription fee for each started 0.02 percentage point of shortfall, up to the full monthly fee. For each Priority 1 incident not answered in time, Customer receives a credit of CNY 600. Credits are deducted from the next invoice.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to Customer. CertLink processes it only to provide the Service to Customer and on Customer's instructions, and shall not use it for any other purpose, including in aggregated, anonymised or de-identified form.
P:6.2 The Service's production environment for Customer is hosted in a data centre in mainland China. CertLink maintains an ISO/IEC 27001 certified security programme, encrypts Customer Data in transit and at rest, limits access to named staff using multi-factor authentication and logs all access.
P:6.3 CertLink shall notify Customer within twelve hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it and cooperate with Customer and the authorities. CertLink is liable for all losses caused to Customer by a breach of this clause 6.
P:6.4 At the end of the Agreement CertLink returns all Customer Data in a machine-readable format and then deletes it, confirming the deletion in writing.
P:6.5 CertLink shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in its processing of Customer Data, and shall not transfer Customer Data outside mainland China except where Customer instructs it in writing to send a certificate to a foreign importer, broker or authority.
H:7. Confidentiality
P:7.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Customer's prices, buyers, volumes and laboratory results are confidential information. The obligation lasts for three years after the Agreement ends.
H:8. Intellectual Property
P:8.1 CertLink keeps all rights in the API, the console and its standard templates.
P:8.2 Customer-specific templates, mapping rules and integration scripts developed for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.
P:8.3 CertLink warrants that the Service and its templates do not infringe any third party's rights, and shall defend and hold Customer harmless against any such claim at its own cost.
H:9. Subcontracting
P:9.1 CertLink shall not subcontract any part of the Service or the Integration Work without Customer's prior written consent. CertLink remains responsible for any approved subcontractor.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of clauses 6 and 7, to personal injury or to wilful misconduct.
H:11. Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:11.2 Customer may also terminate by written notice if monthly availability falls below 99% in two consecutive months.
P:11.3 On termination CertLink shall provide reasonable assistance for the transfer of Customer Data and templates to Customer or a successor provider.
P:11.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents the Service for more than thirty days, Customer may terminate without charge.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force. The language of the arbitration is English.
P:12.3 The arbitral award is final and binding on both parties. Pending the award, the parties shall continue to perform the parts of this Agreement that are not in dispute, and CertLink shall not suspend the Service because of the dispute.
P:12.4 Each party shall bear its own costs of the arbitration unless the tribunal decides otherwise.
H:13. General
P:13.1 Notices must be in writing and sent by email with a copy by courier to the addresses in this Agreement. This Agreement, with Schedule A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:13.2 Neither party may assign or transfer this Agreement without the other party's prior written consent. Any failure or delay in exercising a right is not a waiver of that right. If any provision is found invalid, the remaining provisions remain in force.
P:Schedule A - Destination markets: European Union, United Kingdom, United States, Canada, United Arab Emirates, Saudi Arabia. Certificate types: phytosanitary, certificate of origin, residue analysis, organic.
P:For Customer: Ningxia Hongqi Goji Export Co., Ltd.    Signature: ____________    Date: ____________
P:For CertLink: CertLink Data Services Ltd.    Signature: ____________    Date: ____________
"""


# ---------------------------------------------------------------- targets, labels, checks
FILES = {  # key: (file name, format, language, category)
    "h232z01": ("h232z01_city_market_regulator_food_traceability_platform.docx", "docx", "zh", "software"),
    "h232z02": ("h232z02_ceramic_tile_kiln_temperature_control.pdf", "pdf", "zh", "hardware"),
    "h232z03": ("h232z03_pet_hospital_chain_records_booking_saas.md", "md", "zh", "cloud"),
    "h232z04": ("h232z04_county_land_parcel_platform_annual_om.txt", "txt", "zh", "services"),
    "h232z05": ("h232z05_mooncake_maker_wms_supplier_template.md", "md", "zh", "software"),
    "h232e01": ("h232e01_lens_maker_design_software_perpetual_licences.docx", "docx", "en", "software"),
    "h232e02": ("h232e02_lake_park_ticketing_saas_order_form.md", "md", "en", "cloud"),
    "h232e03": ("h232e03_oyster_farm_water_quality_sensors.txt", "txt", "en", "hardware"),
    "h232e04": ("h232e04_bridal_maker_managed_it_endpoint_support.txt", "txt", "en", "services"),
    "h232e05": ("h232e05_goji_exporter_certificate_api_subscription.pdf", "pdf", "en", "cloud"),
}
SOURCES = {"h232z01": Z01, "h232z02": Z02, "h232z03": Z03, "h232z04": Z04, "h232z05": Z05,
           "h232e01": E01, "h232e02": E02, "h232e03": E03, "h232e04": E04, "h232e05": E05}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; then (sla_clause, ld_stated, capped or None, deemed, contract_value)
LABELS = {
    "h232z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G], (True, True, True, False, 2260000)),
    "h232z02": ([None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 26, False, True, False,
                 "PRC", G], (True, True, True, False, 1220000)),
    "h232z03": ([99.5, 0.5, True, "buyer", True, False, True, 1500 / 2330000 * 100, 150, None, True, None, None, None,
                 True, True, False, "PRC", S], (True, True, None, False, 2330000)),
    "h232z04": ([99.95, 6, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True, False,
                 "PRC", S], (True, True, None, False, 586000)),
    "h232z05": ([None, 12, False, "supplier", True, False, True, 0.02, None, 50, False, False, 6, None, False, True,
                 True, "PRC", G], (True, True, False, True, 1100000)),
    "h232e01": ([None, 2, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True, False,
                 "PRC", G], (True, True, True, False, 1400000)),
    "h232e02": ([99.95, 0.5, True, "buyer", True, True, True, None, 150, 244000 / 640000 * 100, True, None, None,
                 None, False, True, False, "Germany", S], (True, False, None, False, 640000)),
    "h232e03": ([None, 10, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 9, False, False, False,
                 "PRC", G], (True, True, True, False, 1108000)),
    "h232e04": ([None, None, False, "buyer", False, True, True, 900 / 910000 * 100, 200, None, True, None, None, None,
                 False, True, False, "PRC", S], (False, True, None, False, 910000)),
    "h232e05": ([99.95, 0.5, True, "buyer", True, True, True, 700 / 830000 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S], (True, True, None, False, 830000)),
}
FORUM_OUTSIDE = {"h232e01", "h232e02"}  # Milan / Hamburg
TCO_INPUT = {  # key: (fee base = itemised licence/hardware subtotal)
    "h232z01": 820000, "h232z02": 1086000, "h232e01": 1260000, "h232e03": 928000}
PLAN = {
    "h232z01": [], "h232z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h232z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h232z04": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "h232z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h232e01": ["CR-GOVERNING-LAW"], "h232e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-PREPAYMENT"],
    "h232e03": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h232e04": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "h232e05": [],
}
PLAN_RISK = {"h232z01": "low", "h232z02": "high", "h232z03": "medium", "h232z04": "medium", "h232z05": "high",
             "h232e01": "low", "h232e02": "high", "h232e03": "medium", "h232e04": "high", "h232e05": "low"}
MUST = {
    "h232z01": ["99.95%", "30分钟", "千分之一", "20%", "二十四个月", "9%", "¥73,800", "2,260,000", "适用中华人民共和国法律"],
    "h232z02": ["1小时内远程响应", "万分之三", "10%", "十八个月", "26%", "¥282,360", "1,220,000", "1,086,000"],
    "h232z03": ["99.5%", "30分钟", "¥1,500", "150%", "自动续期", "8%", "去标识化", "2,330,000", "¥273,000"],
    "h232z04": ["6小时内响应", "99.95%", "50%", "千分之一", "586,000", "¥146,500"],
    "h232z05": ["12小时内响应", "万分之二", "50%", "六个月", "当年公布的价格标准", "视为甲方验收合格", "无需征得甲方同意",
                "知识产权均归乙方所有", "脱敏", "1,100,000"],
    "h232e01": ["within two hours", "0.08%", "200%", "20%", "twenty-four months", "11%", "CNY 138,600", "1,400,000",
                "Milan", "Isola di Carbonera"],
    "h232e02": ["99.95%", "thirty minutes", "CNY 244,000", "640,000", "150%", "Federal Republic of Germany",
                "not liable for any delay", "Insel Greifenwerder"],
    "h232e03": ["within ten hours", "0.1%", "10%", "twenty-four months", "9%", "CNY 83,520", "1,108,000",
                "neither party may terminate", "Isla Pedrosa"],
    "h232e04": ["commercially reasonable efforts", "CNY 900", "910,000", "200%", "Ilhéu de Rosto de Cão"],
    "h232e05": ["99.95%", "thirty minutes", "CNY 700", "830,000", "150%", "Inchfad", "CIETAC"],
}


def arithmetic():
    assert 820000 + 1060000 + 214000 + 128000 + 38000 == 2260000
    assert 452000 + 1017000 + 791000 == 2260000 and 452000 == 2260000 * 20 // 100 and 1017000 == 2260000 * 45 // 100
    assert 820000 * 9 // 100 == 73800
    assert 186000 + 312000 + 268000 + 224000 + 96000 == 1086000 and 1086000 + 118000 + 16000 == 1220000
    assert (122000, 610000, 427000, 61000) == tuple(1220000 * p // 100 for p in (10, 50, 35, 5))
    assert 122000 + 610000 + 427000 + 61000 == 1220000 and 1086000 * 26 // 100 == 282360
    assert 35 * 2600 * 24 == 2184000 and 2184000 + 146000 == 2330000 and 2184000 // 8 == 273000
    assert 312000 + 96000 + 88000 + 58000 + 32000 == 586000 and 4 * 146500 == 586000
    assert 420000 + 560000 + 96000 + 24000 == 1100000 and 550000 * 2 == 1100000
    assert 6 * 168000 == 1008000 and 6 * 42000 == 252000 and 1008000 + 252000 == 1260000
    assert 1260000 + 86000 + 54000 == 1400000 and 280000 + 630000 + 490000 == 1400000
    assert (280000, 630000, 490000) == tuple(1400000 * p // 100 for p in (20, 45, 35)) and 1260000 * 11 // 100 == 138600
    assert 3 * 198000 + 46000 == 640000 and 198000 + 46000 == 244000
    assert 48 * 14500 == 696000 and 6 * 18000 == 108000 and 696000 + 108000 + 124000 == 928000
    assert 928000 + 142000 + 38000 == 1108000 and 110800 + 609400 + 387800 == 1108000
    assert (110800, 609400, 387800) == tuple(1108000 * p // 100 for p in (10, 55, 35)) and 928000 * 9 // 100 == 83520
    assert 36500 * 24 == 876000 and 876000 + 34000 == 910000
    assert 21800 * 36 == 784800 and 784800 + 45200 == 830000 and 21800 * 3 == 65400


def label(key):
    name, fmt, lang, cat = FILES[key]
    vals, (sla, ld, capped, deemed, value) = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(PLAN[key])}


def reapply(key, lab):
    t, x = lab["expected_terms"], dict(lab["expected_extra"])
    x["forum_outside"] = key in FORUM_OUTSIDE
    rs = rules(t, x)
    if (t["contract_kind"] == G and x.get("post_warranty_fee_capped") and t["post_warranty_fee_pct"] is not None
            and tco_share(x["contract_value"], TCO_INPUT[key], t["post_warranty_fee_pct"], t["warranty_months"]) > 40):
        rs.add("CR-TCO-SERVICE-SHARE")
    return rs


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    selftest()
    arithmetic()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt, lang, cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    counts, problems = {}, []
    for key, (name, fmt, lang, cat) in FILES.items():
        raw = read_back(OUT / name)
        flat = raw.replace("\n", "") if lang == "zh" else re.sub(r"\s+", " ", raw)
        n = measure(raw, lang)
        counts[key] = n
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for s in MUST[key]:
            if s not in flat:
                problems.append("%s: %r not in read-back text" % (key, s))
        hits = threshold_hits(raw) + threshold_hits(flat)
        if hits:
            problems.append("%s threshold hits %r" % (key, sorted(set(hits))))
        lab = label(key)
        got = reapply(key, lab)
        if got != set(PLAN[key]):
            problems.append("%s rules %s != plan %s" % (key, sorted(got), sorted(PLAN[key])))
        if risk(got) != PLAN_RISK[key]:
            problems.append("%s risk %s != %s" % (key, risk(got), PLAN_RISK[key]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    for key in FILES:
        print(key, FILES[key][2], counts[key], PLAN_RISK[key], len(PLAN[key]), PLAN[key])
    share = tco_share(1220000, 1086000, 26, 18)
    print("z02 TCO share %.2f %%" % share)
    fired = set().union(*map(set, PLAN.values()))
    print("rules fired across the set:", len(fired))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
