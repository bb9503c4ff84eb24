"""holdout251: builds the ten ORDINARY draft contracts (.txt / .md directly, .docx / .pdf through ../word_pdf.py),
checks every sum and labelled figure, re-applies the policy §3/§4 rules to the labels, writes the .json labels and
scans every built file, as read back, for values sitting on a policy threshold.
Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
import word_pdf  # noqa: E402

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# values that sit exactly on a policy §3/§4 threshold, in digits, Chinese numerals or words
THRESHOLDS = [
    r"99\.9(?![\d])\s*%?", r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour[- ]hours?\b",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"one hundred per ?cent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty per ?cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![\d十])十二个月", r"twelve[- ]months?", r"(?<![\d.])1\s*year warranty",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九点])", r"fifteen per ?cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty per ?cent",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)", r"(?<![十\d])五年", r"\bfive[- ]years?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLDS), re.I)

# self-test of the threshold scan
for bad in ["99.9%", "4 hours", "4小时", "四小时", "四个小时", "four-hour", "0.05%", "万分之五", "100%", "30%", "百分之三十",
            "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "5 years", "五年", "five-year"]:
    assert THRESHOLD_RE.search(bad), bad
for good in ["99.95%", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之五十", "1100%", "130%", "百分之三十五", "112 months",
             "二十五年", "115%", "140%", "百分之四十五", "25 years", "0.5%", "150%", "99.5%", "14个月", "十四小时"]:
    assert not THRESHOLD_RE.search(good), good


def md_of(src):
    """markup -> Markdown (T/H headings, TB rows as a pipe table)"""
    out, prev = [], None
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if prev != "TB":
                out.append("|" + "---|" * len(cells))
        else:
            if prev == "TB":
                out.append("")
            out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
            out.append("")
        prev = tag
    return "\n".join(out).strip() + "\n"


def txt_of(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("    " + "  |  ".join(text.split("|")))
        elif tag in ("T", "H"):
            out.extend(["", text])
        else:
            out.append(text)
    return "\n".join(out).strip() + "\n"


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


SRC = {}

SRC["h251z01"] = """T:某省医疗保障局DRG/DIP支付方式改革智能分析平台采购合同
P:合同编号：YB-ZFCG-2025-0417　采购方式：公开招标　项目编号：省政采〔2025〕第0331号
P:采购人（甲方）：某省医疗保障局　地址：省会市政务服务中心东区七号楼
P:供应商（乙方）：华衡医智信息技术有限公司　地址：省会市高新区云栖路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就DRG/DIP支付方式改革智能分析平台（以下简称"平台"）的采购、定制开发、部署与服务事项订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条　采购内容
P:1.1 乙方向甲方提供平台软件永久使用许可，并按甲方需求完成DRG/DIP分组器对接、病组（病种）分值测算、医疗机构结算清单质控、基金运行监测与违规行为智能审核等模块的定制开发，完成与省医保信息平台、结算子系统和统计分析库的数据治理及接口开发，并负责部署实施和培训。
P:1.2 平台部署于甲方医保专网政务云，所有服务器、数据库及存储资源由甲方提供，乙方不得将平台任何部分部署于甲方控制范围之外。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰陆拾壹万元整（¥2,610,000），为含税固定总价，包含许可、开发、实施、培训、质保期服务及税费，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|平台软件永久使用许可（省级部署）|1套|1,280,000
TB:2|DRG/DIP分组、分值测算与智能审核定制开发|1项|736,000
TB:3|数据治理及接口开发|1项|412,000
TB:4|部署实施|1项|148,000
TB:5|培训（医保经办及定点医疗机构骨干）|1项|34,000
TB:合计|||2,610,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第三条　付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥522,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,174,500。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥913,500。
P:3.4 甲方付款以财政资金到位为前提，按国库集中支付程序办理。
H:第四条　实施进度
P:4.1 乙方应于合同签订后九十日内完成部署与定制开发并提请初步验收，初步验收通过后进入九十日试运行。
P:4.2 乙方应在项目启动后十日内提交实施方案，经甲方书面确认后执行；需求变更须经双方书面确认。
H:第五条　验收
P:5.1 初步验收标准：（一）招标文件技术需求逐条实现；（二）以甲方提供的上一年度全量结算清单回测，分组结果与国家分组器一致率不低于99.5%；（三）分值测算结果与甲方人工复核样本的偏差不超过0.5%；（四）500个并发用户下页面平均响应时间不超过3秒；（五）第三方机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，全部接口连续三十日数据核对无差异，文档与源代码移交完毕。甲方在收到验收申请后十个工作日内组织验收并出具书面验收意见。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。
H:第六条　服务水平与质量保证
P:6.1 质保期为自最终验收合格之日起三十六个月，质保期内乙方免费提供缺陷修复、版本升级和国家分组规则调整的适配服务。
P:6.2 质保期内平台月度可用率不低于99.95%。一级故障（平台整体不可用或结算审核中断）乙方须在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 一级故障每迟延响应或恢复一小时，乙方按¥2,000支付违约金；月度可用率每低于承诺值0.01个百分点，扣减¥3,000，从应付款或履约保证金中扣除。
P:6.4 质保期满后，如甲方续购运维服务，年度维护费为平台软件许可价格的9%，即每年¥115,200，在质保期满后两年内保持不变，续购须另行签订书面合同。
H:第七条　数据安全
P:7.1 平台处理的医保结算数据、参保人信息及全部业务数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内处理，不得复制、留存、对外提供或用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求；运维操作须经堡垒机并全程审计，测试使用甲方提供的脱敏数据。
P:7.3 发生数据泄露或安全事件时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第八条　知识产权
P:8.1 为本项目定制开发的模块、接口程序、源代码及文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条　保密
P:双方对履行本合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得披露；保密义务不因合同终止而解除。
H:第十条　违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的千分之一支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，按未付金额每日万分之二向乙方支付违约金，但财政资金审批原因除外。
H:第十一条　分包与转让
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条　其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省医疗保障局　　代表：__________　日期：____年__月__日
P:乙方（盖章）：华衡医智信息技术有限公司　　代表：__________　日期：____年__月__日
"""

SRC["h251z02"] = """T:光伏组件EL检测工位采购及维保合同
P:合同编号：GF-EL-2025-062
P:买方（甲方）：江苏晶拓光伏科技有限公司（组件二厂）
P:卖方（乙方）：苏州明瞳视觉检测设备有限公司
P:鉴于甲方组件二厂三条层压前后检测线需新增电致发光（EL）缺陷检测工位，乙方具备相应设备的制造、软件及服务能力，双方依据《中华人民共和国民法典》，经友好协商，订立本合同，以资共同遵守。
H:一、标的与价格
P:（一）乙方提供EL检测工位14套（含暗箱、制冷相机、恒流电源、上下料对接机构）及配套缺陷图像分析软件许可14套，并负责安装、调试、与甲方MES对接和操作培训。
P:（二）合同总价为人民币贰佰壹拾肆万元整（¥2,140,000），含税含运费，明细如下：
TB:项目|单价（元）|数量|金额（元）
TB:EL检测工位（硬件）|128,000|14套|1,792,000
TB:缺陷图像分析软件许可|16,500|14套|231,000
TB:软硬件小计|||2,023,000
TB:安装调试及MES对接|||96,000
TB:操作与维护培训|||21,000
TB:合计|||2,140,000
H:二、交付与安装
P:（一）乙方应于合同生效后六十日内将全部设备送达甲方组件二厂，并于到货后二十日内完成安装调试。
P:（二）设备到货时双方共同开箱清点并签署到货签收单，签收单仅确认数量与外观，不代表质量验收。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥214,000。
P:（二）全部设备到货安装完毕后十个工作日内，甲方支付合同总价的55%，即¥1,177,000。
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的35%，即¥749,000。
H:四、验收
P:（一）验收标准：每套工位节拍不大于18秒/片；隐裂、断栅、黑片、虚焊等八类缺陷的识别准确率不低于98.5%，漏检率不高于0.3%；连续七十二小时带料运行无停机；与MES的条码、图像及判定结果数据传输一致。
P:（二）安装调试完成后乙方书面提请验收，甲方在七个工作日内组织测试并出具验收报告；不合格的，乙方应在十五日内整改后重新提请验收。
P:（三）设备安装、试生产使用或甲方付款均不视为验收合格。
H:五、质量保证
P:（一）质保期为自最终验收合格之日起十八个月。质保期内因设备或软件本身原因产生的故障，乙方免费维修、更换零部件并升级软件。
P:（二）质保期内，一级故障（整条检测线EL工位停检）乙方须在1小时内响应，8小时内到场，二十四小时内恢复；二级故障（单台工位异常）须在2小时内响应，48小时内修复。
P:（三）乙方每迟延响应或恢复一小时，向甲方支付¥800，从质保金或应付款中扣除。
H:六、质保期后维保
P:（一）质保期满后，甲方委托乙方提供维保服务的，年度维保费按软硬件小计的24%计取，即每年¥485,520，含定期校准、相机更换和软件升级。
P:（二）该年度维保费在质保期满后三年内不作调整，每年签订维保确认单后按季度支付。
H:七、数据与安全
P:（一）EL图像、缺陷判定结果、生产批次信息均属于甲方所有，乙方仅可为履行本合同使用，不得复制、带离或用于其他目的。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的VPN接入，全程记录日志；现场更换的存储介质须留给甲方或当场销毁。
P:（三）因乙方原因导致数据泄露或被篡改的，乙方应在2小时内告知甲方，并赔偿甲方全部损失。
H:八、保密
P:乙方对在履行合同中知悉的甲方工艺参数、产能数据、良率信息等负有保密义务，保密期至合同终止后三年。
H:九、知识产权
P:（一）乙方为甲方训练的缺陷识别模型、MES对接程序及其源代码归甲方所有，甲方可自由修改和使用。
P:（二）分析软件原有著作权归乙方，乙方授予甲方永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
P:（三）设备经两次整改仍不能通过验收的，甲方有权退货并要求乙方返还已付款项。
H:十一、分包
P:乙方不得转包；确需将设备运输或局部安装工作分包的，须事先取得甲方书面同意。
H:十二、解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同并要求赔偿。
H:十三、适用法律与争议
P:本合同适用中华人民共和国法律。争议提交常州仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签章之日起生效。未尽事宜另行签订补充协议。
P:甲方（盖章）：江苏晶拓光伏科技有限公司　授权代表：________　日期：________
P:乙方（盖章）：苏州明瞳视觉检测设备有限公司　授权代表：________　日期：________
"""

SRC["h251z03"] = """T:会员与私教排课SaaS服务及实施合同
P:合同编号：FT-SaaS-2025-018
P:甲方（客户）：成都动域健身管理有限公司（旗下45家连锁健身门店）
P:乙方（服务商）：上海课栈云科技有限公司
P:甲方拟在其45家门店统一使用会员管理、私教排课、团课预约及教练绩效功能，乙方以软件即服务（SaaS）方式提供上述服务并负责实施上线。双方依据《中华人民共和国民法典》订立本合同。
H:1 服务内容与期限
P:1.1 乙方通过其云平台向甲方提供"课栈Pro"SaaS服务，包括会员档案与卡种管理、私教课时包与排课、团课预约、门禁与签到对接、教练提成核算、经营报表及会员小程序。
P:1.2 服务期限为三十六个月，自上线验收合格之日起算。
P:1.3 实施服务包括：历史会员数据迁移（约21万名会员、3.6万个有效课时包）、门禁闸机和收银系统对接、45家门店配置、店长与教练培训。
H:2 费用
P:2.1 费用明细：
TB:项目|计费方式|金额（元）
TB:SaaS订阅费|45家门店 × ¥1,160/店/月 × 36个月|1,879,200
TB:实施服务费|一次性|168,000
TB:合计||2,047,200
P:2.2 订阅费按月计为¥52,200，按自然季度后付，甲方在每季度结束后收到发票之日起十五个工作日内支付当季费用。
P:2.3 实施服务费在上线验收合格后十五个工作日内一次性支付。本合同不设预付款。
H:3 实施与验收
P:3.1 乙方应在合同签订后七十五日内完成全部门店上线，并提交上线验收申请。
P:3.2 上线验收标准：（1）迁移会员、余额及课时包与甲方原系统逐条核对一致；（2）45家门店门禁签到、收银核销联调通过；（3）高峰时段2,000名会员同时预约时小程序响应不超过2秒；（4）全部店长、教练完成培训并通过操作考核。
P:3.3 甲方在收到申请后十个工作日内完成验收并书面确认；试用、部分门店先行使用均不视为验收。
P:3.4 乙方每逾期上线一日，向甲方支付¥1,500的违约金。
H:4 服务水平
P:4.1 乙方承诺平台月度可用率不低于99.5%，计划内维护须提前三日通知并安排在凌晨1点至5点之间。
P:4.2 一级故障（全部门店无法签到或预约）乙方须在30分钟内响应，3小时内恢复；二级故障在2小时内响应，次日内解决。
P:4.3 月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障未按时恢复的，每次另抵扣¥1,000。
H:5 数据
P:5.1 甲方及其会员在平台中产生的会员资料、消费记录、课程记录等数据（"甲方数据"）归甲方所有。
P:5.2 乙方应对甲方数据加密存储和传输，实行最小权限访问和操作日志审计，数据存储于中国境内；发生数据泄露时乙方应在12小时内通知甲方、采取补救措施，并承担因其过错造成的全部损失。
P:5.3 甲方同意，乙方可将甲方数据经脱敏、汇总处理后用于其健身行业经营指数报告、产品功能优化及向其他客户提供的对标分析服务，该授权在合同终止后继续有效。
P:5.4 合同终止后三十日内，乙方应按甲方要求以通用格式返还甲方数据，并在返还后删除平台中的甲方数据。
H:6 保密
P:双方对合作中获得的对方商业秘密、会员信息及价格条款负有保密义务，期限至合同终止后三年。
H:7 知识产权
P:7.1 平台及其软件的知识产权归乙方所有。
P:7.2 乙方为甲方专门开发的报表模板、提成核算规则配置及对接程序归甲方所有，甲方可自由使用、修改或交由第三方使用。
H:8 续期
P:8.1 服务期限届满前三十日内任何一方未书面提出不续约的，本合同自动续期一年，此后亦同。
P:8.2 每次续期时，乙方有权根据其价格政策上调订阅单价，上调幅度不超过8%，以乙方书面通知为准。
H:9 责任限制
P:乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。
H:10 分包
P:乙方不得将实施服务分包给第三方，但经甲方事先书面同意的除外；乙方对其分包方的行为负责。
H:11 解除
P:11.1 任何一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权书面通知解除本合同。
P:11.2 平台连续两个月可用率低于98%的，甲方有权解除合同而不承担违约责任。
H:12 法律适用与争议
P:本合同适用中华人民共和国法律。发生争议的，提交成都仲裁委员会按其仲裁规则仲裁。
H:13 其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:甲方：成都动域健身管理有限公司（盖章）　签字：________
P:乙方：上海课栈云科技有限公司（盖章）　签字：________
"""

SRC["h251z04"] = """T:区教育局中小学校园视频安防系统运维服务合同
P:项目名称：2025—2026年度校园视频安防系统运维服务　采购方式：竞争性磋商　项目编号：QJY-CS-2025-09
P:甲方：某市滨江区教育局
P:乙方：浙江安澜智能运维服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件和乙方响应文件，经双方协商，就全区68所中小学及幼儿园校园视频安防系统的运维服务订立本合同。
H:第一章　服务范围
P:第一条　运维对象包括：68所学校前端摄像机约3,400路、硬盘录像机及存储设备、校级视频管理平台、区级联网汇聚平台、传输链路及一键报警装置。
P:第二条　服务内容包括日常巡检、故障维修、备品备件更换、平台软件维护、录像完整性检查、重大活动及考试期间保障，以及驻场值守。
P:第三条　服务期限为二十四个月，自2025年9月1日起至2027年8月31日止。期满本合同终止，甲方按政府采购程序另行采购。
H:第二章　服务费用与支付
P:第四条　年度运维费为人民币肆拾叁万陆仟元整（¥436,000），服务期总费用为¥872,000，明细如下：
TB:费用项目|年度金额（元）
TB:前端摄像机及链路维护|204,000
TB:存储与平台维护|118,000
TB:备品备件|76,000
TB:驻场值守人员|38,000
TB:年度合计|436,000
TB:服务期合计（两年）|872,000
P:第五条　运维费按季度支付，每季度¥109,000。甲方在每季度考核合格并收到发票后十五个工作日内支付上一季度费用，不设预付款。
H:第三章　进场与考核
P:第六条　乙方应在合同签订后十日内完成进场，对全部设备进行普查建档，提交设备台账和现状评估报告。进场验收标准为：台账与现场逐校核对一致、故障设备清单及修复计划经甲方确认、驻场人员到岗。
P:第七条　乙方未按期完成进场的，每逾期一日向甲方支付¥600违约金。
P:第八条　甲方每季度按附件考核表对乙方考核，考核内容包括巡检完成率、故障修复及时率、录像保存完整性、工单闭环率和学校满意度；考核得分低于80分的，当季运维费按比例扣减。
H:第四章　服务水平
P:第九条　故障分级及响应要求：
P:一级故障（整校视频中断、区级平台故障或一键报警失效）：乙方须在6小时内响应并到场处置，二十四小时内恢复；
P:二级故障（单校部分点位或单台存储故障）：8小时内响应，48小时内修复；
P:三级故障（单个摄像机故障）：次个工作日内响应，三个工作日内修复。
P:第十条　考试、开学等重大保障期间，乙方应安排专人驻守区级平台。
P:第十一条　乙方每次未按时响应或修复的，甲方从当季运维费中扣减¥500；同一学校一个月内重复发生一级故障的，每次扣减¥1,000。
H:第五章　数据安全与保密
P:第十二条　校园视频图像、师生影像及平台日志均属于甲方所有，乙方只能为运维目的在现场或甲方授权的运维终端内访问，不得下载、拷贝、截屏或向任何第三方提供。
P:第十三条　乙方运维人员须经背景审查并签署保密承诺；远程维护须经甲方审批并通过堡垒机操作。更换下来的硬盘须交由甲方或在甲方监督下物理销毁。
P:第十四条　发生视频泄露或系统安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:第十五条　双方对履行合同中知悉的对方未公开信息负有保密义务，合同终止后继续有效。
H:第六章　分包
P:第十六条　乙方可将部分偏远学校的线路抢修和高空作业委托具备资质的第三方实施，但应提前三个工作日书面告知甲方；乙方对第三方的工作质量和安全负责。
H:第七章　成果归属
P:第十七条　乙方在服务期内形成的设备台账、巡检记录、运维报告及优化方案归甲方所有，甲方可自由使用。
H:第八章　违约与解除
P:第十八条　连续两个季度考核得分低于70分，或乙方发生重大违约经甲方书面通知后十日内未纠正的，甲方有权解除本合同。
P:第十九条　甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。
H:第九章　法律适用与争议解决
P:第二十条　本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商；协商不成的，向甲方所在地人民法院起诉。
H:第十章　附则
P:第二十一条　本合同附件包括：磋商文件、响应文件、设备清单、季度考核表。本合同一式五份，甲方三份，乙方两份。
P:甲方（盖章）：某市滨江区教育局　负责人或授权代表：________
P:乙方（盖章）：浙江安澜智能运维服务有限公司　法定代表人或授权代表：________
P:签订日期：____年__月__日
"""

SRC["h251z05"] = """T:酿造工厂MES系统软件许可及开发合同（酿启科技标准合同文本 V4.0）
P:合同编号：NQ-MES-2025-0233
P:甲方（用户）：广东海川酱油酿造有限公司
P:乙方（开发方）：佛山酿启工业软件有限公司
P:本合同采用乙方标准合同文本。甲方因酱油酿造车间数字化需要，委托乙方提供MES软件许可并进行定制开发，双方经协商达成如下条款。
H:第1条　项目内容
P:1.1 乙方向甲方提供"酿启MES"平台软件许可一套，覆盖制曲、发酵、压榨、调配、灭菌和灌装六个工段。
P:1.2 乙方按甲方需求进行定制开发，主要包括：发酵罐温度与盐度在线监控、原料与成品批次追溯、酱醪发酵周期管理、灌装线数据采集对接、质检LIMS数据接口及管理驾驶舱。
P:1.3 乙方负责系统部署、基础数据初始化及使用培训。
H:第2条　合同金额
TB:项目|金额（元）
TB:酿启MES平台软件许可|760,000
TB:定制开发|890,000
TB:部署实施及培训|150,000
TB:合同总额|1,800,000
P:以上金额含增值税。
H:第3条　付款
P:3.1 合同签订后五个工作日内，甲方支付合同总额的50%（¥900,000）作为预付款，乙方收款后启动项目。
P:3.2 系统上线后五个工作日内，甲方支付合同总额的38%（¥684,000）。
P:3.3 系统上线运行满一个月后，甲方支付剩余12%（¥216,000）。
P:3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。
H:第4条　实施
P:4.1 乙方计划在收到预付款后一百二十日内完成开发并上线，具体以双方确认的项目计划为准。
P:4.2 因甲方需求变更、现场条件不具备或配合不及时造成的延期，乙方不承担责任；如因乙方原因延期，乙方应加派人员尽快完成。
H:第5条　上线与验收
P:5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。
P:5.2 上线后甲方提出的问题，乙方将在后续版本中视情况处理。
H:第6条　免费维护
P:6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。
P:6.2 免费维护期内，一级故障（车间生产数据无法采集或批次追溯中断）乙方在十六小时内响应，其他问题在三个工作日内响应。
P:6.3 乙方将尽力按上述时间处理故障，但对响应或修复超时不承担扣款、赔偿或违约金责任。
H:第7条　后续维护
P:免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的价格标准执行。
H:第8条　知识产权
P:8.1 酿启MES平台及乙方为本项目定制开发的全部程序、源代码、工艺模型、报表及相关文档的知识产权均归乙方所有。
P:8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。
H:第9条　数据
P:9.1 甲方生产数据归甲方所有。乙方按行业通行做法采取访问控制、数据备份与日志审计措施保护甲方数据，因乙方过错造成数据泄露的，乙方在24小时内通知甲方并承担相应责任。
P:9.2 甲方同意乙方可对甲方的发酵、灌装等工艺数据进行脱敏处理后，用于乙方酿造行业工艺模型训练、产品改进和行业案例展示。
H:第10条　保密
P:双方对在合作中知悉的对方商业秘密承担保密义务，未经对方书面同意不得向第三方披露，保密期为合同终止后两年。
H:第11条　违约与责任限制
P:11.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:11.2 乙方在本合同项下承担的全部赔偿责任总额，不超过合同总额的20%；乙方不承担任何间接损失、利润损失或生产损失。
H:第12条　合同解除
P:一方严重违约且在对方书面通知后三十日内未纠正的，另一方有权解除合同。已交付的软件及已支付款项不予退还。
H:第13条　争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第14条　其他
P:14.1 本合同文本为乙方标准文本，双方对其内容已充分阅读并理解。
P:14.2 本合同自双方签字盖章之日起生效，一式两份。
P:甲方：广东海川酱油酿造有限公司（盖章）　代表签字：________
P:乙方：佛山酿启工业软件有限公司（盖章）　代表签字：________
P:日期：________
"""

SRC["h251e01"] = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. SZE-THR-2025-07
P:This Agreement is made between:
P:(1) Suzhou Jinzhen Silk Embroidery Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Zhenhu Street, Huqiu District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Threadwright Software Limited, a company registered in Scotland with its registered office at The Old Signal House, Inchgarvie, Firth of Forth, Scotland (the "Vendor").
H:Background
P:A. The Customer produces hand-embroidered silk works in the Su embroidery tradition and wishes to digitise its historical pattern archive and prepare new patterns for its embroiderers on screen.
P:B. The Vendor publishes the StitchLoom pattern-digitisation software and has agreed to license it to the Customer perpetually, to customise it for Su embroidery stitch types and to install it, on the terms below.
P:C. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the StitchLoom Studio desktop application and StitchLoom Archive server, in the versions current at signature, in object code, with user documentation.
P:1.2 "Customisation" means the Su embroidery stitch library, the colour-matching tables for the Customer's silk thread catalogue, the converter from the Customer's scanned paper patterns and the export module to the Customer's order system, as described in Schedule 2.
P:1.3 "Final Acceptance" means the Customer's written confirmation under clause 5.3 that the Software and the Customisation meet the acceptance criteria.
P:1.4 "Customer Data" means all pattern files, scans, images, colour records and other data supplied by the Customer or created by the Software for the Customer.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on eighteen named workstations and one server at the Customer's premises in Suzhou, for the Customer's own business, including any successor company in its group.
P:2.2 The Customer may make reasonable backup copies and may move a seat to a replacement workstation without further charge.
P:2.3 Title to the Software remains with the Vendor. Nothing in this Agreement limits the Customer's rights in the Customisation under clause 9.
H:3. Price
P:3.1 The total price is CNY 960,000, inclusive of VAT and all costs of travel and delivery, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:StitchLoom Studio perpetual seat licence|18|38,500|693,000
TB:Su embroidery Customisation (Schedule 2)|1 lot|214,000|214,000
TB:Installation, data loading and training|1 lot|53,000|53,000
TB:Total|||960,000
P:3.2 The price is fixed and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 The Customer shall pay:
P:(a) 20% of the total price (CNY 192,000) within 15 days after signature and receipt of a valid invoice;
P:(b) 45% (CNY 432,000) within 15 days after the Vendor has installed the Software on all seats and the Customer has signed the installation note; and
P:(c) the remaining 35% (CNY 336,000) within 15 days after Final Acceptance.
P:4.2 Signing the installation note confirms only that the Software has been installed and does not amount to acceptance.
P:4.3 All payments are made by bank transfer to the Vendor's account notified in writing. The Vendor bears its own bank charges.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall install the Software and deliver the Customisation within 100 days after signature, in accordance with the plan in Schedule 3.
P:5.2 The acceptance criteria are: (a) every function listed in Schedule 1 works as described; (b) all 46 Su embroidery stitch types in Schedule 2 are available and render correctly at full scale; (c) a test set of 300 archive patterns chosen by the Customer is converted with no more than 2 patterns needing manual correction; (d) colour matching against the thread catalogue reaches the accuracy stated in Schedule 2; (e) export to the order system works for 50 consecutive orders without error; and (f) the embroiderers have completed training.
P:5.3 After installation the Customer shall run the acceptance tests with the Vendor within 15 working days and confirm Final Acceptance in writing, or list the failures. The Vendor shall correct any failure within 20 days and the tests are repeated.
P:5.4 Use of the Software in production, payment of any instalment or the passing of time does not amount to acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Software and the Customisation will perform substantially as described for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new versions and provide support free of charge.
P:6.2 Support during the Warranty Period is provided remotely from Scotland and by the Vendor's appointed engineer in Shanghai, in Chinese and English.
P:6.3 Severity 1 (the Archive server or all Studio seats cannot be used): response within 2 hours, workaround within 8 hours. Severity 2 (a function or a seat is impaired): response within 8 business hours, fix within 5 business days.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Customer may deduct CNY 500 from any sum due or claim it from the Vendor.
H:7. Support After the Warranty
P:7.1 After the Warranty Period the Customer may order annual support at a fee of 11% of the licence fees in clause 3.1, that is CNY 76,230 per year, on the same service levels as clause 6.
P:7.2 That fee is fixed for the three years following the Warranty Period. Support is ordered by purchase order each year and does not renew automatically.
H:8. Delay
P:8.1 If the Vendor fails to achieve Final Acceptance by the date in Schedule 3 for reasons within its control, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:8.2 Liquidated damages do not prevent the Customer from terminating under clause 14.
H:9. Intellectual Property
P:9.1 The Customisation, including its source code, stitch definitions, colour tables and documentation, belongs to the Customer on creation. The Vendor shall deliver the source code at Final Acceptance. The Customer may use, modify and license the Customisation freely.
P:9.2 The Vendor keeps all rights in the Software as it existed before this Agreement and in general improvements that contain no Customer Data or Customer designs.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes third-party rights and bear the resulting costs.
H:10. Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and only on the Customer's instructions, and shall not copy, retain or use it for any other purpose.
P:10.2 The Software is installed on the Customer's own systems. Remote access by the Vendor is allowed only through a session approved by the Customer each time, over an encrypted connection, and is logged.
P:10.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.
P:10.4 If the Vendor becomes aware of any unauthorised access to Customer Data, it shall notify the Customer within 24 hours, help to contain it and compensate the Customer for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep secret the other party's confidential information, including the Customer's unpublished designs and patterns, and shall use it only for this Agreement.
P:11.2 This obligation continues for 3 years after the end of this Agreement and, for the Customer's designs, without time limit.
H:12. Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the total price.
P:12.2 The limit does not apply to liability under clauses 9.3, 10 and 11, to death or personal injury, or to fraud or wilful misconduct.
H:13. Subcontracting
P:13.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent.
P:13.2 The Vendor's engineer in Shanghai, Loomwise Technical Services (Shanghai) Co., Ltd., is approved by signature of this Agreement. The Vendor remains responsible for any subcontractor.
H:14. Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice.
P:14.2 If the Customer terminates before Final Acceptance, the Vendor shall refund the sums paid against return of the Software.
P:14.3 Clauses 9 to 12 and 15 survive termination.
H:15. Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou in accordance with its rules. The award is final.
P:15.3 This Agreement is made in English and Chinese. Both versions have equal force; the Chinese version prevails if they differ.
H:16. General
P:16.1 Notices shall be in writing and sent to the addresses above by courier or email with confirmation.
P:16.2 Neither party is liable for failure caused by force majeure, provided it notifies the other promptly and resumes performance as soon as possible.
P:16.3 This Agreement, with its Schedules, is the entire agreement between the parties and may be changed only in writing signed by both.
P:Schedule 1: Functional specification. Schedule 2: Customisation specification and stitch list. Schedule 3: Project plan.
P:Signed for the Customer: ____________________ Name: ______________ Date: __________
P:Signed for the Vendor: ____________________ Name: ______________ Date: __________
"""

SRC["h251e02"] = """T:ORDER FORM - RISTOLSTOCK INVENTORY CLOUD
P:Order Form No. RS-HN-0091, issued under the Ristolstock General Terms set out in Part B
P:Customer: Hainan Lanhai Duty Free Retail Co., Ltd., Haikou, Hainan Province, People's Republic of China
P:Provider: Ristolstock Systems Ltd., Harbour Bothy, Isle Ristol, Achiltibuie, Scotland
H:Part A - Commercial Terms
P:A1. Services. The Provider shall provide the Ristolstock inventory cloud service for the Customer's seven duty-free stores, two bonded warehouses and the online pick-up channel: stock ledger by bonded status, purchase orders and receipts, store transfers, quota tracking per traveller, shelf-life alerts, stocktaking by handheld scanner, and reports.
P:A2. Subscription Term. 24 months from the Go-Live Acceptance date.
P:A3. Charges. At the Customer's request all charges are in CNY.
TB:Charge|Basis|Amount (CNY)
TB:Subscription fee|CNY 58,000 per month x 24 months|1,392,000
TB:Onboarding (configuration, data load, interfaces, training)|one-time|86,000
TB:Total Contract Value||1,478,000
P:A4. Invoicing. The subscription fee is invoiced monthly in arrears, starting with the month in which Go-Live Acceptance occurs, pro rata. The onboarding fee is invoiced after Go-Live Acceptance. Nothing is payable in advance. Invoices are payable within 30 days.
P:A5. Onboarding. The Provider shall complete onboarding within 70 days after signature, including the interfaces to the Customer's point-of-sale system and the customs supervision platform.
P:A6. Go-Live Acceptance. The Customer shall test the configured service against these criteria: (a) opening stock loaded for all 38,000 SKUs and reconciled to the Customer's count with no difference; (b) sales from the point-of-sale system posted within 60 seconds; (c) customs declarations data reconciled for ten consecutive days; (d) traveller quota checks returned within 1 second; (e) trained key users in every store. The Customer confirms Go-Live Acceptance in writing within 10 working days after the Provider's notice of readiness, or lists the failures. Live use in stores before that confirmation is not acceptance.
P:A7. Late Onboarding. If Go-Live Acceptance is delayed beyond the date in A5 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay, up to 10% of the onboarding fee plus three months of subscription fees.
P:A8. Renewal. The Subscription Term ends on expiry. Any renewal requires a new Order Form signed by both parties; no renewal takes effect automatically.
P:A9. Hosting. The service is hosted in data centres in mainland China operated by a cloud provider holding an MLPS level 3 record.
H:Part B - General Terms
H:1. Definitions and Precedence
P:1.1 "Customer Data" means all data entered into or generated by the service for the Customer, including stock, sales, supplier, traveller and customs records.
P:1.2 "Service Levels" means the levels in clause 3.
P:1.3 If Part A and Part B differ, Part A prevails.
H:2. Provision of the Service
P:2.1 The Provider shall provide the service with reasonable skill and care, in accordance with the documentation and applicable PRC law, including the rules of the customs supervision of duty-free goods.
P:2.2 The Provider may improve the service provided that no function the Customer uses is reduced.
P:2.3 The Customer shall keep its user credentials secure and is responsible for its users' acts.
H:3. Service Levels
P:3.1 Availability. The service shall be available at least 99.95% of each calendar month, excluding planned maintenance announced 5 days in advance and carried out between 02:00 and 06:00 Beijing time.
P:3.2 Incident response:
TB:Priority|Description|Response|Restoration
TB:P1|service unavailable for any store or warehouse|30 minutes|3 hours
TB:P2|a major function impaired|2 hours|next business day
TB:P3|other issues|1 business day|as agreed
P:3.3 Service Credits. If monthly availability falls below the commitment, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point below it, up to 50%. For each P1 incident not restored within the restoration time, a further credit of CNY 2,000 applies. Credits are deducted from the next invoice.
P:3.4 Support is available in Chinese by phone and through the ticket portal, around the clock for P1.
H:4. Customer Data
P:4.1 Customer Data belongs to the Customer. The Provider processes it only to provide the service and on the Customer's documented instructions, and shall not use, sell, analyse or disclose it for any other purpose, including in aggregated or anonymised form.
P:4.2 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all access and keep daily backups for 35 days.
P:4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all steps needed to contain it, cooperate with the authorities and compensate the Customer for losses caused by the Provider's failure to comply with this clause.
P:4.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.
H:5. Confidentiality
P:5.1 Each party shall keep confidential all non-public information disclosed by the other, use it only for the Agreement and protect it at least as carefully as its own.
P:5.2 This clause survives for 3 years after the end of the Agreement.
H:6. Intellectual Property
P:6.1 The Provider owns the service and its software.
P:6.2 Configurations, report templates and interface mappings made for the Customer belong to the Customer. The Customer may use, modify and let third parties use them freely, including a successor provider.
H:7. Liability
P:7.1 Each party's total liability under the Agreement is limited to 200% of the Total Contract Value.
P:7.2 The limit does not apply to breach of clause 4 or 5, to death or personal injury, or to fraud.
P:7.3 Neither party is liable for loss of profit or indirect loss, except under clause 4.
H:8. Subcontracting
P:8.1 The Provider shall not subcontract any part of the service without the Customer's prior written consent. The hosting provider named in the security annex is approved by signature.
P:8.2 The Provider remains responsible for its subcontractors.
H:9. Term and Termination
P:9.1 The Agreement runs for the Subscription Term.
P:9.2 The Customer may terminate by written notice if the Provider commits a material breach not remedied within 20 days after notice, or if availability falls below 99.5% in any two months of a six-month period.
P:9.3 On termination the Customer pays only for the service received up to the termination date, and clause 4.4 applies.
H:10. Governing Law and Disputes
P:10.1 The Agreement is governed by the laws of the People's Republic of China.
P:10.2 Any dispute which the parties cannot settle within 30 days shall be finally resolved by arbitration under the Arbitration (Scotland) Act rules, seated in Edinburgh, Scotland, before one arbitrator, in English.
H:11. General
P:11.1 Force majeure excuses delay for as long as it lasts, provided the affected party gives prompt notice and uses its disaster recovery plan.
P:11.2 Notices must be in writing to the addresses in Part A.
P:11.3 This Order Form and these General Terms are the entire agreement. Changes must be in writing and signed by both parties.
P:Signed for the Customer: ____________________ Date: __________
P:Signed for the Provider: ____________________ Date: __________
"""

SRC["h251e03"] = """T:PURCHASE CONTRACT FOR VESSEL-TRACKING TERMINALS
P:Contract No. ZS-YH-2025-112
P:Buyer: Zhoushan Donghai Fishing Cooperative, Shenjiamen, Putuo District, Zhoushan, Zhejiang Province, PRC
P:Supplier: Seguin Marine Integration SAS, Quai de la Pointe, Ile Seguin, Boulogne-Billancourt, France
P:The Buyer wishes to fit its member vessels with satellite and mobile vessel-tracking terminals linked to a shore monitoring platform. The Supplier has offered to supply, install and commission them. The parties agree as follows. All prices are in CNY at the Buyer's request.
H:Article 1 Scope
P:1.1 The Supplier shall supply 220 vessel-tracking terminals (BeiDou and 4G dual mode, with distress button and AIS receiver), a perpetual licence of the fleet-monitoring software for the Buyer's shore centre, installation on the vessels named in Annex 1, integration with the Buyer's dispatch system, and training.
P:1.2 Installation takes place in Shenjiamen port while the vessels are moored during the fishing moratorium.
H:Article 2 Price
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Vessel-tracking terminal|220|6,800|1,496,000
TB:Fleet-monitoring software licence (perpetual)|1|186,000|186,000
TB:Hardware and licence subtotal|||1,682,000
TB:Installation on vessels|220|900|198,000
TB:Training|1 lot|20,000|20,000
TB:Contract Price|||1,900,000
P:2.2 The Contract Price is fixed and includes VAT, import duties, transport to Zhoushan and all installation materials.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 190,000) within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% (CNY 1,045,000) within 20 days after all terminals are installed and the Buyer signs the installation certificate. The installation certificate is not acceptance.
P:3.3 35% (CNY 665,000) within 20 days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The terminals shall be delivered to Shenjiamen within 60 days after signature and installed within 45 days after delivery.
P:4.2 For each day of delay in delivery or installation caused by the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests: (a) every terminal reports its position to the shore platform at the agreed interval for 14 consecutive days, with at least 98% of reports received; (b) the distress button of each terminal raises an alarm on the shore platform within 60 seconds; (c) the switch between BeiDou and 4G works at sea on a sample of 20 vessels; (d) the interface to the dispatch system passes 200 consecutive messages without loss; (e) training is completed.
P:5.2 The Buyer shall carry out the tests with the Supplier within 15 days after the installation certificate and issue the Final Acceptance certificate or a list of defects. Operation of the terminals at sea, or payment, is not acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty terminals free of charge, including parts, labour and transport, and update the software.
P:6.2 The Supplier shall keep a stock of at least 10 spare terminals in Zhoushan during the warranty period.
P:6.3 Severity 1 (shore platform down, or alarms not received): response within 1 hour, restoration within 8 hours. Severity 2 (single terminal fault): replacement at the next port call, within 3 days.
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000.
H:Article 7 Support After Warranty
P:7.1 After the warranty period the Buyer may order annual support at 8% of the hardware and licence subtotal, that is CNY 134,560 per year, on the terms of Article 6.
P:7.2 That fee is fixed for two years after the warranty period and is ordered each year by purchase order; there is no automatic renewal.
H:Article 8 Data
P:8.1 The positions, tracks, alarm records and catch logs produced by the terminals and the platform belong to the Buyer and its members and may be used by the Supplier only for this Contract.
H:Article 9 Intellectual Property
P:9.1 The interface to the Buyer's dispatch system, its source code and the platform configuration made for the Buyer belong to the Buyer, which may modify and use them freely.
P:9.2 Terminal firmware and the standard software remain the property of their owners and are licensed to the Buyer perpetually.
H:Article 10 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains liable for the work of any approved subcontractor.
H:Article 11 Termination
P:The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not cure it within 15 days after notice, or if liquidated damages under Article 4.2 reach their maximum.
H:Article 12 Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:Article 13 General
P:13.1 The Contract is signed in Chinese and English, both equally authentic.
P:13.2 Annex 1: list of vessels. Annex 2: technical specification. Annex 3: test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["h251e04"] = """T:MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT
P:Agreement No. WX-BR-2025-044
P:Customer: Wuxi Huaxin Precision Bearing Co., Ltd., Xishan District, Wuxi, Jiangsu Province, PRC
P:Provider: Reiswerder Data Resilience GmbH, Inselweg 1, Reiswerder, Berlin, Germany, acting through its China support desk
P:Background: the Customer runs its ERP, MES and engineering file servers at its Wuxi plant and wishes to buy a managed backup and disaster recovery service. The parties agree as follows. All charges are in CNY at the Customer's request.
H:1 Definitions
P:1.1 "Protected Systems" means the 46 virtual servers, 2 database clusters and 38 TB of file shares listed in Schedule 1.
P:1.2 "Recovery Site" means the Provider's contracted data centre in Nanjing, in mainland China.
P:1.3 "Service Acceptance" means the Customer's written confirmation under clause 4.
H:2 Services
P:2.1 The Provider shall back up the Protected Systems daily (databases every 30 minutes), keep copies at the Recovery Site, monitor every job, restore data on request and run disaster recovery for the Protected Systems at the Recovery Site when the Customer invokes it.
P:2.2 The Provider shall run a full disaster recovery test twice a year with the Customer and report the results.
H:3 Term and Charges
P:3.1 The term is 36 months from Service Acceptance. The Agreement ends on expiry unless the parties sign a renewal.
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge|CNY 64,500 x 36 months|2,322,000
TB:Onboarding (design, seeding, runbooks)|one-time|108,000
TB:Total|| 2,430,000
P:3.2 The monthly charge is invoiced monthly in arrears from Service Acceptance; the onboarding charge is invoiced after Service Acceptance. No amount is payable in advance.
H:4 Onboarding and Acceptance
P:4.1 The Provider shall complete onboarding within 60 days after signature.
P:4.2 Acceptance criteria: (a) every Protected System backed up successfully for 10 consecutive days; (b) a test restore of 20 files and one database to a point in time chosen by the Customer; (c) a full failover of ERP and MES to the Recovery Site within the recovery time objective, and failback; (d) runbooks approved by the Customer.
P:4.3 The Customer confirms Service Acceptance in writing within 10 working days after the tests or lists the failures. Use of the service before then is not acceptance.
P:4.4 If Service Acceptance is late for reasons attributable to the Provider, the Provider shall pay CNY 1,500 per day of delay.
H:5 Service Levels
P:5.1 Recovery point objective: 30 minutes for databases, 24 hours for other systems. Recovery time objective: 6 hours for ERP and MES, 24 hours for the rest.
P:5.2 Backup portal availability: 99.95% per month.
P:5.3 Priority 1 incident (failed restore during a production outage, or disaster recovery invoked): response within 1 hour, 24 hours a day.
P:5.4 The service levels in this clause are targets. The Provider will report its performance each month, but no service credits, fee reductions or other compensation are payable if a target is missed.
H:6 Customer Data and Security
P:6.1 All data backed up or replicated under this Agreement is Customer Data and belongs to the Customer. The Provider may use it only to provide the services.
P:6.2 Customer Data is encrypted before it leaves the Customer's site with keys held by the Customer, and stays in mainland China. Provider staff access the backup platform only with multi-factor authentication, and all access is logged.
P:6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, contain it and bear the losses caused by its breach of this clause.
P:6.4 At the end of the term the Provider shall return or, at the Customer's choice, destroy all copies and certify it in writing.
H:7 Confidentiality
P:Each party shall keep confidential the other's non-public information, including the Customer's drawings and production data, and use it only for this Agreement, during the term and for 3 years after it.
H:8 Intellectual Property
P:The design documents and runbooks prepared for the Customer belong to the Customer, which may use and modify them freely and hand them to a successor provider. The Provider keeps its backup platform and tools.
H:9 Liability
P:9.1 The Provider's total liability arising under or in connection with this Agreement in any year shall not exceed the charges paid by the Customer in the 6 months preceding the event giving rise to the claim.
P:9.2 The limit does not apply to breach of clause 6 caused by wilful misconduct, or to death or personal injury.
H:10 Subcontracting
P:10.1 The Provider may subcontract parts of the services, including operation of the Recovery Site and on-site support in Wuxi, to affiliates or third parties by giving the Customer 14 days' notice.
P:10.2 The Provider remains responsible for its subcontractors.
H:11 Termination
P:11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.
P:11.2 On termination the Provider shall support the transfer of Customer Data to the Customer or a new provider for up to 60 days at no extra charge.
H:12 Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.
H:13 General
P:Force majeure excuses performance while it lasts, except the duty to run disaster recovery, which is itself designed for such events. Changes must be agreed in writing.
P:For the Customer: ____________________    For the Provider: ____________________
"""

SRC["h251e05"] = """T:TRACEABILITY API SUBSCRIPTION AGREEMENT
P:Reference: PEREJIL-YN-2025-19
P:Customer: Yunnan Puer Highland Coffee Export Co., Ltd., Pu'er, Yunnan Province, PRC
P:Vendor: Perejil Origin Data S.L., Casa del Faro, Isla de Perejil, Spain
P:The Customer exports green coffee and must give its European buyers farm-level origin and deforestation-free evidence. The Vendor runs the OriginTrace API, which records lots, farms, plots and shipments and issues traceability statements. All fees are in CNY at the Customer's request.
H:1. Subscription
P:1.1 The Vendor grants the Customer access to the OriginTrace API and web console for 36 months from the Service Start Date, for up to 4,000 registered farms and 900 export lots a year.
P:1.2 Onboarding covers mapping of the Customer's cooperative and farm registers, plot polygon upload, integration with the Customer's warehouse system and training.
H:2. Fees
TB:Item|Basis|Amount (CNY)
TB:Annual subscription|CNY 264,000 x 3 years|792,000
TB:Onboarding|one-time|42,000
TB:Total||834,000
P:2.2 The Vendor invoices the first annual subscription fee together with the onboarding fee on signature, payable within 15 days and before the Service Start Date (CNY 306,000). The second and third annual fees are invoiced on the anniversaries of the Service Start Date.
H:3. Onboarding and Acceptance
P:3.1 The Vendor shall complete onboarding within 45 days after payment of the first invoice. For each day of delay caused by the Vendor, the Vendor pays CNY 600.
P:3.2 Onboarding acceptance: (a) all farm and plot records loaded and checked against the Customer's registers; (b) ten test lots traced from plot to container with a correct statement; (c) the warehouse interface passes 100 consecutive lot movements without error. The Customer confirms acceptance in writing within 10 working days; the Service Start Date is the date of that confirmation.
H:4. Service Levels
P:4.1 API availability: 99.95% per calendar month.
P:4.2 Priority 1 (API or console unavailable): response within 2 hours; Priority 2: next business day.
P:4.3 Service credits: 5% of the monthly equivalent of the annual fee for each full 0.1 point below the availability level, and CNY 1,000 for each late Priority 1 response.
H:5. Data
P:5.1 Customer Data (farm, plot, lot and shipment records) belongs to the Customer. The Vendor shall host it in mainland China, encrypt it, restrict access, notify the Customer of any breach within 24 hours and bear the losses caused by its breach of security duties.
P:5.2 The Customer grants the Vendor a perpetual licence to use aggregated and anonymised data derived from Customer Data (including origin volumes, quality scores and plot risk indicators) to compile regional benchmark indices and to improve and sell its products, during and after the term.
H:6. Confidentiality
P:Each party shall keep the other's confidential information secret and use it only for this Agreement, for 3 years after it ends.
H:7. Intellectual Property
P:The Vendor owns the API and console. The field mappings and statement templates made for the Customer belong to the Customer, which may use and modify them freely.
H:8. Liability
P:The Vendor's total liability is limited to 150% of the total fees in clause 2.
H:9. Subcontracting
P:The Vendor shall not subcontract any part of the service without the Customer's prior written consent.
H:10. Term and Termination
P:10.1 The Agreement ends on expiry of the 36 months unless renewed by a written agreement.
P:10.2 The Vendor may suspend or terminate the service if the Customer fails to pay an undisputed invoice within 30 days after a reminder.
P:10.3 Service credits under clause 4.3 are the Customer's sole and exclusive remedy for any failure of the service. The Customer may not terminate this Agreement before expiry for any breach by the Vendor, and no fees paid are refundable.
H:11. Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

FILES = {  # key: (file name, language, category, format)
    "h251z01": ("h251z01_provincial_healthcare_security_drg_dip_platform.docx", "zh", "software"),
    "h251z02": ("h251z02_solar_module_el_inspection_stations.pdf", "zh", "hardware"),
    "h251z03": ("h251z03_gym_chain_membership_scheduling_saas.md", "zh", "cloud"),
    "h251z04": ("h251z04_district_education_campus_video_om.txt", "zh", "services"),
    "h251z05": ("h251z05_soy_sauce_brewer_mes_supplier_template.md", "zh", "software"),
    "h251e01": ("h251e01_silk_embroidery_pattern_software_licences.txt", "en", "software"),
    "h251e02": ("h251e02_duty_free_inventory_cloud_order_form.md", "en", "cloud"),
    "h251e03": ("h251e03_fishing_coop_vessel_tracking_terminals.pdf", "en", "hardware"),
    "h251e04": ("h251e04_bearing_maker_managed_backup_dr.docx", "en", "services"),
    "h251e05": ("h251e05_coffee_exporter_traceability_api.txt", "en", "cloud"),
}
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value; plus planning facts
PLAN = {
 "h251z01": dict(t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
                 sla=True, ld=True, capped=True, deemed=False, value=2610000, base=1280000, forum_out=False,
                 items=[1280000, 736000, 412000, 148000, 34000], pays=[522000, 1174500, 913500], rules=[]),
 "h251z02": dict(t=[None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 24, False, True, False, "PRC", G],
                 sla=True, ld=True, capped=True, deemed=False, value=2140000, base=2023000, forum_out=False,
                 items=[1792000, 231000, 96000, 21000], pays=[214000, 1177000, 749000],
                 rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "h251z03": dict(t=[99.5, 0.5, True, "buyer", True, False, True, 1500 / 2047200 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
                 sla=True, ld=True, deemed=False, value=2047200, forum_out=False,
                 items=[45 * 1160 * 36, 168000], pays=[52200 * 36, 168000],
                 rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h251z04": dict(t=[None, 6, True, "buyer", True, True, True, 600 / 872000 * 100, None, None, True, None, None, None, False, True, True, "PRC", S],
                 sla=True, ld=True, deemed=False, value=872000, forum_out=False,
                 items=[2 * x for x in [204000, 118000, 76000, 38000]], pays=[109000] * 8,
                 rules=["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
 "h251z05": dict(t=[None, 16, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, None, None, G],
                 sla=True, ld=False, capped=False, deemed=True, value=1800000, base=760000, forum_out=False,
                 items=[760000, 890000, 150000], pays=[900000, 684000, 216000],
                 rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h251e01": dict(t=[None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "PRC", G],
                 sla=True, ld=True, capped=True, deemed=False, value=960000, base=693000, forum_out=False,
                 items=[18 * 38500, 214000, 53000], pays=[192000, 432000, 336000], rules=[]),
 "h251e02": dict(t=[99.95, 0.5, True, "buyer", True, True, True, 1200 / 1478000 * 100, 200, None, True, None, None, None, False, True, False, "PRC", S],
                 sla=True, ld=True, deemed=False, value=1478000, forum_out=True,
                 items=[58000 * 24, 86000], pays=[58000 * 24, 86000], rules=["CR-GOVERNING-LAW"]),
 "h251e03": dict(t=[None, 1, True, "buyer", False, True, False, 0.08, None, 10, True, True, 36, 8, False, True, False, "PRC", G],
                 sla=True, ld=True, capped=True, deemed=False, value=1900000, base=1682000, forum_out=False,
                 items=[220 * 6800, 186000, 220 * 900, 20000], pays=[190000, 1045000, 665000],
                 rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
 "h251e04": dict(t=[99.95, 1, False, "buyer", True, True, True, 1500 / 2430000 * 100, round(6 / 36 * 100, 4), None, True, None, None, None, False, True, True, "PRC", S],
                 sla=True, ld=True, deemed=False, value=2430000, forum_out=False,
                 items=[64500 * 36, 108000], pays=[64500 * 36, 108000],
                 rules=["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
 "h251e05": dict(t=[99.95, 2, True, "buyer", True, False, True, 600 / 834000 * 100, 150, 306000 / 834000 * 100, True, None, None, None, False, False, False, "PRC", S],
                 sla=True, ld=True, deemed=False, value=834000, forum_out=False,
                 items=[264000 * 3, 42000], pays=[306000, 264000, 264000],
                 rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-TERMINATION"]),
}
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(p, T):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware price"""
    if T["post_warranty_fee_pct"] is None or not p["capped"]:
        return None
    post_years = max(0.0, 5 - T["warranty_months"] / 12)
    fees = T["post_warranty_fee_pct"] / 100 * p["base"] * post_years
    return fees / (p["value"] + fees) * 100


def apply_rules(p):
    T = dict(zip(KEYS, p["t"]))
    r = []
    if not p["sla"]:
        r.append("CR-SLA-MISSING")
    if T["availability_pct"] is not None and T["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if p["sla"] and (T["p1_response_hours"] is None or T["p1_response_hours"] > 4):
        r.append("CR-SLA-RESPONSE")
    if p["sla"] and not T["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if T["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not T["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if T["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not T["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not p["ld"]:
        r.append("CR-LD-MISSING")
    elif T["ld_rate_per_day_pct"] is not None and T["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if T["liability_cap_pct"] is not None and T["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if T["prepayment_pct"] is not None and T["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not T["acceptance_clause"] or T["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if T["contract_kind"] == G:
        if T["warranty_months"] is None or T["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if T["post_warranty_fee_pct"] is None or not p["capped"] or T["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(p, T)
        if s is not None and s > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if T["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not T["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if T["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (T["governing_law"] not in (None, "PRC")) or p["forum_out"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r), T


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")

FIGS = {  # strings that carry each labelled figure, as they must appear in the text
 "h251z01": ["2,610,000", "20%", "99.95%", "30分钟内响应", "千分之一", "三十六个月", "9%", "115,200", "¥522,000"],
 "h251z02": ["2,140,000", "10%", "1小时内响应", "万分之三", "十八个月", "24%", "485,520", "2,023,000"],
 "h251z03": ["2,047,200", "99.5%", "30分钟内响应", "¥1,500", "150%", "8%", "脱敏"],
 "h251z04": ["872,000", "6小时内响应", "¥600", "书面告知", "109,000"],
 "h251z05": ["1,800,000", "50%", "十六小时内响应", "20%", "六个月", "当年公布的价格标准", "即视为甲方验收合格", "知识产权均归乙方所有", "脱敏"],
 "h251e01": ["960,000", "20%", "2 hours", "0.1%", "150%", "24 months", "11%", "76,230", "693,000"],
 "h251e02": ["1,478,000", "99.95%", "30 minutes", "CNY 1,200", "200%", "Edinburgh"],
 "h251e03": ["1,900,000", "10%", "1 hour", "0.08%", "36 months", "8%", "134,560", "1,682,000"],
 "h251e04": ["2,430,000", "99.95%", "1 hour", "CNY 1,500", "6 months", "14 days' notice", "no service credits"],
 "h251e05": ["834,000", "306,000", "99.95%", "2 hours", "CNY 600", "150%", "anonymised", "may not terminate"],
}
FORMAT = {"h251z01": "docx", "h251z02": "pdf", "h251e03": "pdf", "h251e04": "docx"}

if __name__ == "__main__":
    targets = {k: (FILES[k][0], FORMAT[k]) for k in FORMAT}
    word_pdf.write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, lang, cat) in FILES.items():
        if k in FORMAT:
            continue
        (OUT / name).write_text(md_of(SRC[k]) if name.endswith(".md") else txt_of(SRC[k]), encoding="utf-8")
        print("wrote", name)
    bad = 0
    for k, (name, lang, cat) in FILES.items():
        p = PLAN[k]
        assert sum(p["items"]) == p["value"], (k, sum(p["items"]), p["value"])
        assert sum(p["pays"]) == p["value"], (k, sum(p["pays"]), p["value"])
        rules, T = apply_rules(p)
        assert rules == sorted(p["rules"]), (k, rules, p["rules"])
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for f in FIGS[k]:
            ff = re.sub(r"\s+", "", f) if lang == "zh" else f
            assert ff in flat, (k, f)
        for m in THRESHOLD_RE.finditer(text):
            print("THRESHOLD VALUE in", name, repr(text[max(0, m.start() - 20):m.end() + 10]))
            bad += 1
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        share = tco_share(p, T) if T["contract_kind"] == G else None
        print("%-62s %s %5d %s  risk=%s  tco_share=%s  %s" % (name, lang, n, "chars" if lang == "zh" else "words",
              risk(rules), None if share is None else round(share, 2), ", ".join(r[3:] for r in rules) or "(none)"))
        extra = {"sla_clause": p["sla"], "ld_stated": p["ld"]}
        if T["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = p["capped"]
        extra["acceptance_deemed_on_delivery"] = p["deemed"]
        extra["contract_value"] = p["value"]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": T, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert bad == 0, "%d threshold values" % bad
    print("all checks passed")
