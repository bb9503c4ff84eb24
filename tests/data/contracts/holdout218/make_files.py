"""holdout218: builds the ten ORDINARY draft contracts of this folder and their labels, then checks them.

The sources of every file are kept below: markup for the .docx/.pdf (as ../word_pdf.py reads it: T: title, H: heading,
P: paragraph, TB: table row), plain text for the .md/.txt. Run it with /work/main/.venv/bin/python make_files.py
(python-docx, reportlab and pypdf must be importable). It
- asserts every price sum and payment sum, and that each labelled figure is written in the text;
- re-applies the contract rules of policy §3 (and the TCO of §4) to the labels and asserts the result equals the plan;
- writes the .md/.txt, builds the .docx/.pdf through ../word_pdf.py (wrap_words=True), writes the .json labels;
- reads every built file back (python-docx paragraphs + tables, pypdf), checks the text lengths and fails if any
  figure sits on a policy threshold (the regexes are self-tested first).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no figure may sit on a threshold of policy §3/§4, in digits, Chinese numerals or words.
# ---------------------------------------------------------------------------------------------------------------
CN = "零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b|pct\b)"


def _pct(num, word, cn):
    return [r"(?<![\d.,])" + num + r"(?:\.0+)?(?!\.?\d)" + PCT,
            r"\b" + word + r"[\s-]*(?:per\s*cent|percent)\b",
            r"百分之" + cn + r"(?![" + CN + r"点])"]


THRESHOLDS = {
    "prepayment 30 %": _pct("30", "thirty", "三十") + [r"(?<![" + CN + r"])三成"],
    "post-warranty fee 15 %": _pct("15", "fifteen", "十五"),
    "TCO service share 40 %": _pct("40", "forty", "四十") + [r"(?<![" + CN + r"])四成"],
    "liability cap 100 %": _pct("100", "(?:one\\s+)?hundred", "(?:一)?百") + [r"\bin\s+full\s+amount\b"],
    "availability 99.9 %": [r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![" + CN + r"])"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![" + CN + r"])", r"千分之零?点五",
                      r"(?<![\d.])0\.50*\s*‰", r"(?<![\d.])0\.0005(?!\d)", r"\bfive\s+hundredths\b",
                      r"(?<![\d.])0?\.350*(?!\d)" + PCT + r"\s*(?:\S+\s+){0,6}?(?:per|a|for\s+each|every)\s+(?:full\s+)?week",
                      r"每周[^。；;]{0,12}千分之三点五"],
    "P1 response 4 hours": [r"(?<![\d.,])4(?:\.0+)?\s*(?:-\s*)?(?:hours?\b|hrs?\b|h\b|小时|个小时|钟头)",
                            r"(?<![" + CN + r"])四\s*个?\s*(?:小时|钟头)", r"\bfour[\s-]*(?:hours?|hrs?)\b",
                            r"(?<![\d.,])240\s*(?:minutes?\b|mins?\b|分钟)"],
    "warranty 12 months": [r"(?<![\d.,])12\s*(?:-\s*)?(?:months?\b|个月)", r"\btwelve[\s-]*months?\b",
                           r"(?<![" + CN + r"])十二\s*个月", r"(?<![\d.,])1\s*(?:-\s*)?years?\b",
                           r"\bone[\s-]*years?\b", r"\ba\s+year\b", r"(?<![第每" + CN + r"])一\s*年(?!级)",
                           r"一周年", r"(?<![\d.,])365\s*(?:days?\b|日|天)"],
    "TCO horizon 5 years": [r"(?<![\d.,])5\s*(?:-\s*)?(?:years?\b|年(?!度))", r"(?<![" + CN + r"])五\s*年",
                            r"\bfive[\s-]*years?\b", r"(?<![\d.,])60\s*(?:-\s*)?(?:months?\b|个月)",
                            r"(?<![" + CN + r"])六十\s*个月", r"\bsixty[\s-]*months?\b"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}


def threshold_hits(text):
    hits = []
    for variant in (re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, regs in THRESHOLD_RES.items():
            for rx in regs:
                for m in rx.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 25):m.end() + 25]))
    return hits


def selftest_thresholds():
    must_hit = ["预付30%", "30 %", "thirty per cent", "百分之三十", "三成", "15%", "fifteen percent", "百分之十五",
                "40 %", "百分之四十", "100%", "one hundred per cent", "百分之百", "99.9%", "99.90 %", "九十九点九",
                "0.05%", ".05 per cent", "万分之五", "千分之零点五", "0.5‰", "0.35% of the Contract Price per week",
                "4 hours", "4小时", "四小时", "四个小时", "four hours", "4-hour", "240 minutes", "12 months",
                "12-month", "twelve months", "十二个月", "1 year", "one year", "一年内", "365 days", "5 years",
                "five-year", "五年", "5年", "60 months", "六十个月", "sixty months"]
    must_miss = ["130%", "0.30%", "45%", "百分之四十五", "15日", "0.15%", "115%", "1.5%", "140%", "40日", "99.95%",
                 "99.5%", "0.08%", "万分之八", "万分之五十", "24小时", "二十四小时", "24 hours", "14 hours",
                 "4 Business Days", "第4条", "2026年12月31日", "第一年", "每一年", "18 months", "二十四个月", "2025年",
                 "25 years", "150%", "2,400,000", "0.1% of the Contract Price per day", "十五日", "30 days"]
    for s in must_hit:
        assert threshold_hits(s), "threshold regex misses %r" % s
    for s in must_miss:
        assert not threshold_hits(s), "threshold regex wrongly matches %r: %r" % (s, threshold_hits(s))
    print("threshold regexes self-tested: %d must-hit, %d must-miss" % (len(must_hit), len(must_miss)))

# ---------------------------------------------------------------------------------------------------------------
# h218z01 — 省档案馆 数字档案馆平台 (政府采购 公开招标, buyer's paper) — .pdf — compliant
# ---------------------------------------------------------------------------------------------------------------
H218Z01 = """T:江澜省数字档案馆平台建设项目政府采购合同
P:合同编号：JLDA-ZC-2026-017
P:采购方式：公开招标（招标编号：JLZC-2026-GK-0386）
P:甲方（采购人）：江澜省档案馆，地址：澄州市文渊路88号
P:乙方（供应商）：青岑数字档案技术有限公司，地址：澄州市高新区云栖大道1206号
P:鉴于甲方就“江澜省数字档案馆平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件、乙方投标文件及中标通知书，双方协商一致，订立本合同，共同信守。
H:第一条 合同文件及解释顺序
P:1.1 下列文件构成本合同的组成部分：（1）本合同条款；（2）中标通知书；（3）招标文件及其澄清、修改；（4）乙方投标文件及其澄清；（5）双方书面确认的需求规格说明书及验收方案。
P:1.2 上述文件内容如有矛盾，以排列在前者为准；同类文件以后签署者为准。
H:第二条 项目内容
P:2.1 乙方向甲方提供数字档案管理系统、电子档案长期保存与四性检测模块的软件许可，开发档案利用服务平台（含在线查档、预约查档、编研成果发布等功能），完成存量目录数据及数字化影像的迁移挂接，并负责系统集成、部署实施和人员培训。
P:2.2 系统部署在甲方机房的政务外网及档案专网环境中，须符合国家和本省关于数字档案馆建设、电子档案管理的现行标准规范。
P:2.3 存量迁移范围为约260万条档案目录数据及约1,800万页数字化影像文件。乙方应保证迁移前后数据逐条对应、影像挂接准确。
H:第三条 合同价款
P:3.1 本合同总价为人民币贰佰柒拾壹万元整（¥2,710,000.00），为含税全包价，包括软件许可、定制开发、数据迁移、集成实施、培训、差旅、税费及履约所需的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|数字档案管理系统软件许可（永久，不限用户数）|1,280,000
TB:2|电子档案长期保存与四性检测模块许可|356,000
TB:3|档案利用服务平台定制开发|618,000
TB:4|存量数据迁移及影像挂接|274,000
TB:5|系统集成与部署实施|148,000
TB:6|用户及管理员培训|34,000
TB:合计||2,710,000
P:3.2 第1、2项合称“软件许可部分”，小计人民币1,636,000元。
P:3.3 合同价格在履约期间固定不变，甲方不因人工、材料或汇率变动另行支付任何费用。
H:第四条 付款方式
P:4.1 合同生效且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币542,000元。
P:4.2 系统通过初步验收后10个工作日内，甲方支付合同总价的45%，计人民币1,219,500元。
P:4.3 试运行期满且系统通过最终验收后10个工作日内，甲方支付合同总价的35%，计人民币948,500元。
P:4.4 乙方每次收款前应向甲方开具合法有效的等额发票。甲方通过国库集中支付方式付款，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第五条 实施与验收
P:5.1 乙方应于合同生效后150日内完成系统部署、数据迁移和接口集成，并向甲方提交初步验收申请。
P:5.2 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）目录数据全量逐条比对，影像挂接按5%的比例随机抽检，发现的差错全部纠正后方可通过；（3）在500个并发用户条件下，常用检索页面响应时间不超过3秒；（4）四性检测模块对抽样电子档案的检测结论与人工复核结果一致；（5）系统通过第三方机构的网络安全等级保护测评和商用密码应用安全性评估。
P:5.3 初步验收通过后进入试运行期，试运行期为三个月。试运行期间未发生一级故障、且二级故障累计不超过3次的，乙方可申请最终验收。最终验收由甲方组织专家按招标文件要求及本条标准进行，合格后双方签署最终验收报告。
P:5.4 系统上线运行、甲方使用系统或支付任何款项，均不代表系统已通过验收。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、性能优化和技术支持。
P:6.2 故障分级及时限：一级故障（系统整体不可用、档案数据无法访问或存在丢失风险）乙方须在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障（主要功能异常）须在1小时内响应，24小时内解决；三级故障在下一个工作日内处理完毕。
P:6.3 质保期内，在线查档服务的月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.4 乙方响应、到场或恢复超过上述时限的，每超过1小时扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,000元。扣减款项可从应付款项中直接扣除或由乙方另行支付。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方如需乙方继续提供维护服务，双方另行签订年度维护合同。年度维护费不超过软件许可部分小计的9%，即每年不超过人民币147,240元；质保期满后三个年度内该费用标准不得上调。
P:7.2 维护合同不自动续期，是否续签由甲方根据年度预算和服务考核结果决定。
H:第八条 数据安全
P:8.1 本项目涉及的全部档案目录、电子档案、数字化影像、利用记录及系统日志，均属甲方所有。乙方仅可为履行本合同的目的接触上述数据，不得用于其他任何目的。
P:8.2 乙方人员须在甲方指定场所、经甲方授权后通过堡垒机进行操作，全部操作留存审计日志；未经甲方书面批准，不得复制、导出档案数据或通过任何介质将其带离。迁移测试所用数据由甲方提供，或在甲方监督下处理。
P:8.3 乙方应落实网络安全等级保护和数据安全管理要求，发现数据泄露、篡改、丢失等安全事件的，须在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的档案内容、甲方网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书。本条义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的档案利用服务平台、迁移程序、接口程序及其全部源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和发布。乙方应在最终验收前移交完整源代码及文档。
P:10.2 数字档案管理系统和长期保存模块的产品知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的成果不侵犯任何第三方的合法权益。
H:第十一条 分包
P:11.1 招标文件未允许分包，乙方不得将本项目的任何部分分包或转包给第三方。
H:第十二条 违约责任
P:12.1 乙方未按第5.1款约定期限提交初步验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:12.2 系统两次验收均不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
P:12.3 乙方违反第八条、第九条约定的，除承担赔偿责任外，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 本合同未尽事宜，由双方另行签订书面补充协议。
P:甲方（盖章）：江澜省档案馆　　　乙方（盖章）：青岑数字档案技术有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日　　　签订地点：澄州市
"""

# ---------------------------------------------------------------------------------------------------------------
# h218z02 — 水泥厂 窑筒体扫描 + 气体分析设备, post-warranty 维保 — .docx — POST-WARRANTY-FEE, TCO-SERVICE-SHARE,
# CONFIDENTIALITY
# ---------------------------------------------------------------------------------------------------------------
H218Z02 = """T:2号熟料线窑筒体扫描及窑系统气体分析设备采购合同
P:合同编号：XL-SB-2026-0213
P:买方（以下简称甲方）：湘岭水泥有限公司，住所：湘岭工业园水泥大道1号
P:卖方（以下简称乙方）：洛川工业测控设备有限公司，住所：洛川市经济技术开发区测控路26号
P:甲方2号日产5000吨熟料生产线拟更新回转窑筒体温度监测系统，以及窑尾烟室、分解炉出口和预热器出口的气体分析系统。甲方经询价比选，确定乙方为供货单位。为明确双方的权利和义务，依照《中华人民共和国民法典》等法律规定，双方经协商一致签订本合同。
H:一、合同标的及价格
P:（一）乙方向甲方供应下列设备及软件，并负责安装、调试、标定和培训。合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），已含13%增值税及运输、保险、安装、技术服务等全部费用。
TB:序号|名称|主要配置|数量|金额（元）
TB:1|窑筒体红外扫描测温系统|线扫描仪、防护罩及冷却风系统、信号处理单元、监控软件|1套|486,000
TB:2|窑尾烟室气体分析系统|水冷高温取样探头、反吹及预处理单元、O2/CO/NOx分析仪|1套|398,000
TB:3|分解炉出口气体分析系统|高温取样探头、预处理单元、O2/CO分析仪|1套|312,000
TB:4|预热器C1出口气体分析系统|取样探头、预处理单元、O2/CO/SO2分析仪|1套|226,000
TB:5|上位机软件许可及DCS数据接口|OPC UA接口、历史数据库、报警及趋势画面|1项|88,000
TB:设备及软件小计||||1,510,000
TB:6|安装、调试及标定||1项|96,000
TB:7|操作及维护培训|两期，每期3天|1项|14,000
TB:合计||||1,620,000
P:（二）上表“设备及软件小计”为本合同第六条维保服务费的计费基数。
P:（三）合同价格为固定价格。因设计变更或甲方要求增加的工作量，由双方另行书面确认。
H:二、交货与安装
P:（一）乙方应在合同生效后90日内将全部设备运至甲方现场指定地点，并负责卸货和开箱清点。
P:（二）乙方应在设备到货后45日内完成安装、接线、调试和标定。需在停窑检修期间施工的部分，由双方按甲方检修计划另行确定时间。
P:（三）到货签收仅表示对数量和外观的清点，不构成对设备质量的验收。
P:（四）设备包装应适合长途运输和现场存放，防潮、防震。因包装不当造成的损坏由乙方负责修复或更换，交货期不因此顺延。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计人民币162,000元；
P:（二）设备全部到货并经甲方签收后，支付合同总价的50%，计人民币810,000元；
P:（三）设备通过验收后，支付合同总价的35%，计人民币567,000元；
P:（四）剩余5%即人民币81,000元作为质量保证金，在质保期满且无未决质量问题后一次付清，不计利息。
P:（五）乙方每次请款时应提供相应金额的增值税专用发票。甲方逾期付款的，按逾期时全国银行间同业拆借中心公布的贷款市场报价利率向乙方支付逾期利息。
H:四、验收
P:（一）验收条件：设备安装调试完成，并在窑系统正常生产工况下连续稳定运行72小时无故障。
P:（二）验收标准：1.筒体扫描系统的测温值与经校准的便携式红外测温仪比对，偏差不超过±8℃，能完整显示筒体温度展开图，并在局部超温时准确报警；2.各气体分析系统经标准气体检验，示值误差不超过满量程的±2%，T90响应时间不超过60秒；3.取样探头在试运行期间无堵塞，反吹功能正常；4.DCS与上位机的全部数据点逐点核对一致；5.说明书、图纸、标定记录、备件清单等技术资料齐全。
P:（三）验收合格的，双方签署验收证书；不合格的，乙方应在10日内整改并重新组织验收，整改及重新验收的费用由乙方承担。
P:（四）设备安装完毕、投入使用或甲方支付任何款项，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自双方签署验收证书之日起计算。质保期内，非因甲方原因造成的设备及软件故障，由乙方免费维修或更换；取样探头、过滤器等易损件在质保期内按实际损耗免费供应。
P:（二）故障响应：一级故障（筒体扫描失效或窑尾气体分析中断，影响窑系统安全运行）乙方应在接到通知后2小时内远程响应，24小时内派工程师到达现场；二级故障应在8小时内响应，72小时内到场处理。
P:（三）乙方未按前款时限响应或到场的，每延迟1小时，甲方可从质量保证金或应付维保费中扣减人民币500元。
P:（四）质保期内乙方每季度对设备进行一次巡检，检查取样探头、冷却风系统和分析仪标定状态，并向甲方提交书面巡检记录。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供全包维保服务，服务期为四年，内容包括每季度一次定期巡检、标准气体供应、易损件及取样探头更换、软件升级和故障处理，响应时限与第五条相同。
P:（二）维保服务费按设备及软件小计的24%每年计取，即每年人民币362,400元，按季度支付。维保服务期内该费率固定不变。
P:（三）维保服务期满后是否续签，由双方另行协商，本合同不自动续期。
H:七、数据安全
P:（一）设备运行中采集的窑筒体温度、烟气成分、工艺参数及报警记录等数据均属甲方所有，乙方仅可为调试和故障诊断的目的使用。
P:（二）乙方如需远程诊断，应事先取得甲方同意，经甲方指定的VPN通道接入，并遵守甲方工业控制系统网络安全管理制度；不得在甲方工控网络中安装未经甲方认可的软件，不得私自留存或转移数据。
P:（三）因乙方原因导致甲方工控系统遭受病毒侵入、数据泄露或生产中断的，乙方应在2小时内通报甲方，立即协助处置，并赔偿由此给甲方造成的全部损失。
H:八、知识产权
P:（一）上位机软件及分析仪嵌入式软件的知识产权属于乙方或原制造商，乙方授予甲方在本合同设备上永久使用的权利。
P:（二）乙方为本项目专门编制的DCS接口程序、组态画面、报警逻辑及配置文件归甲方所有，甲方有权自行修改、使用或交由第三方维护。
H:九、分包
P:乙方不得转包本合同。设备基础、电缆桥架等辅助工程如需分包，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）设备经两次验收仍不合格的，甲方有权退货并解除合同，乙方应退还全部已付款项，并承担甲方因此发生的拆除、运输等费用。
P:（三）乙方提供的设备侵犯第三方知识产权的，由乙方负责处理并赔偿甲方损失。
H:十一、合同解除
P:乙方有严重违约行为，经甲方书面通知后15日内未能纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十二、不可抗力
P:任何一方因不可抗力不能履行合同的，应及时通知对方，并在事件发生后10日内提供证明。受影响的义务相应顺延。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交株洲仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:（一）本合同附件包括设备技术规格书、安装调试方案和备件清单，与本合同具有同等效力。
P:（二）双方的通知应以书面形式送达本合同首部所列地址；一方变更地址的，应提前7日书面告知对方。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湘岭水泥有限公司　　　乙方（盖章）：洛川工业测控设备有限公司
P:授权代表：__________　　　授权代表：__________
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h218z03 — 口腔连锁 (30 家门诊) 预约及电子病历 SaaS + 实施 — .md — SLA-AVAILABILITY, DATA-OWNERSHIP, AUTO-RENEWAL
# ---------------------------------------------------------------------------------------------------------------
H218Z03 = """# 口腔门诊预约及电子病历云服务合同

**合同编号**：MLY-SaaS-2026-0519

**甲方（客户）**：粤笙口腔医疗管理（集团）有限公司
**地址**：广州市天河区珠江新城华夏路32号

**乙方（服务商）**：沐岚云医科技有限公司
**地址**：杭州市滨江区长河街道江虹路768号

鉴于：

1. 甲方及其下属门诊在广东省内运营30家口腔门诊，拟统一使用云端预约、电子病历、影像及会员管理系统；
2. 乙方是“沐岚齿科云”服务的提供者，具备相应的技术能力和网络安全等级保护备案；
3. 乙方愿意按本合同约定向甲方提供订阅服务及实施服务。

双方经友好协商，订立本合同如下。

## 1. 定义

1.1 **服务**：乙方通过互联网向甲方提供的“沐岚齿科云”预约挂号、电子病历、口腔影像管理、会员与回访、收费及经营报表等功能模块。

1.2 **门诊**：本合同附件一所列的甲方下属30家口腔门诊。

1.3 **甲方数据**：甲方、门诊及患者在使用服务过程中录入、上传或产生的全部数据，包括患者身份信息、预约记录、病历、口腔影像、收费记录和会员信息。

1.4 **上线验收**：第4条约定的实施验收。

## 2. 服务内容与服务期

2.1 乙方向全部30家门诊开通服务，账号数量不限。

2.2 实施服务包括：将各门诊现有本地系统中的患者档案、病历和影像（约42万名患者、影像约9TB）迁移至服务；按甲方要求配置病历模板、收费项目和权限；完成预约小程序与甲方公众号的对接；对各门诊前台、医生、护士和管理人员进行培训。

2.3 服务期为二十四个月，自上线验收合格之日起计算。

2.4 服务期内乙方免费提供功能升级和日常技术支持。涉及病历书写规范、收费编码等法规变化的调整，乙方应在相关规定生效前完成，不另行收费。

## 3. 费用与支付

3.1 合同总价如下：

| 项目 | 计价方式 | 金额（元） |
|---|---|---|
| 订阅服务费 | 30家门诊 × 1,980元/家/月 × 24个月 | 1,425,600 |
| 实施服务费（迁移、配置、对接、培训） | 一次性 | 186,000 |
| **合同总价** | | **1,611,600** |

3.2 订阅服务费按季度后付：每个服务季度结束后，乙方提交上季度服务报告及发票，甲方在收到后15个工作日内支付当季订阅服务费178,200元。

3.3 实施服务费在上线验收合格后一次性支付。甲方不向乙方预付任何费用。

3.4 短信、电子发票等第三方通道费用按实际用量另行结算，不计入合同总价。

3.5 上述价格均为含税价格，乙方应开具增值税专用发票。门诊数量在服务期内增加的，新增门诊按相同单价自开通当月起计费。

## 4. 实施与上线验收

4.1 乙方应在合同签订后75日内完成全部30家门诊的实施，并向甲方提交上线验收申请。

4.2 上线验收标准：（1）迁移后的患者档案、病历和影像逐条核对，数量一致且可正常调阅；（2）预约小程序与甲方公众号对接完成，预约、改约、取消、提醒全流程测试通过；（3）各门诊连续10个营业日正常使用，未发生一级故障；（4）各岗位人员完成培训并通过考核；（5）权限配置符合甲方提供的岗位权限矩阵。

4.3 甲方应在收到申请后10个工作日内组织验收并出具书面意见。门诊试用服务或乙方已开始计费，均不视为上线验收合格。

4.4 验收未通过的，乙方应在10个工作日内完成整改并重新提交验收申请；因整改导致的延误计入乙方的实施期限。

## 5. 服务水平

5.1 服务的月度可用率不低于99.5%。乙方提前72小时通知、且安排在凌晨0:00至6:00之间的计划维护时间不计入不可用时间。

5.2 故障分级：一级故障（服务整体不可用，或三家以上门诊无法预约、无法调阅病历）乙方应在30分钟内响应，3小时内恢复；二级故障（单一功能异常）应在2小时内响应，次一工作日内解决。

5.3 服务补偿：月度可用率低于99.5%但不低于99%的，按当月订阅服务费的5%抵扣；低于99%的，按当月订阅服务费的10%抵扣；一级故障响应超时的，每次另按当月订阅服务费的2%抵扣。抵扣金额从下一季度应付款中扣除。

5.4 数据备份：乙方每日对甲方数据进行全量备份，备份数据异地存放，并每季度进行一次恢复演练，演练结果书面报告甲方。

## 6. 甲方数据

6.1 甲方数据归甲方所有。乙方为提供服务处理甲方数据，应遵守《个人信息保护法》及医疗卫生行业的有关规定。

6.2 乙方有权在对甲方数据进行去标识化处理后，将其用于改进产品功能、训练齿科辅助诊断模型以及编制行业分析报告；该等使用在本合同终止后仍可继续。

6.3 合同终止后30日内，乙方应向甲方交付全部甲方数据的完整导出（结构化数据及影像原始文件），并在甲方确认后删除其系统中的甲方数据（第6.2款所述去标识化数据除外）。

## 7. 数据安全

7.1 服务部署在中国境内的数据中心，系统已通过网络安全等级保护三级测评。乙方应对甲方数据的传输和存储进行加密，实行最小权限访问控制，操作日志保存不少于六个月。

7.2 乙方发生或发现数据泄露、篡改、丢失等安全事件的，应在24小时内书面通知甲方，协助甲方向主管部门报告并通知受影响的患者。因乙方原因导致的安全事件，乙方承担由此给甲方造成的损失及患者索赔。

## 8. 保密

双方对在履约中获知的对方商业信息、技术信息及患者信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工签署保密承诺。本条在合同终止后继续有效。

## 9. 知识产权

9.1 服务平台及其软件的知识产权归乙方所有。

9.2 乙方为甲方专门配置或开发的病历模板、报表、接口程序及相关文档归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 10. 违约责任

10.1 乙方未在第4.1款约定期限内提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。

10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限；但因违反第7条、第8条造成的损失不受此限。

## 11. 续期

11.1 服务期届满前60日，任何一方未书面通知对方不再续约的，本合同自动续期，续期期限与初始服务期相同，可多次续期。

11.2 续期时乙方有权上调订阅服务单价，上调幅度不超过原单价的8%，乙方应在服务期届满前45日书面告知调整后的价格。

## 12. 分包

未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。服务所使用的腾讯云基础设施已在附件二中列明，甲方签署本合同即视为同意。

## 13. 合同解除

13.1 乙方严重违约，经甲方书面通知后20日内未纠正的，甲方有权解除本合同。

13.2 服务月度可用率连续两个月低于99%的，甲方有权书面通知解除本合同，乙方应退还已付但未使用的费用。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会按其仲裁规则仲裁。

## 15. 其他

本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一：门诊清单；附件二：云基础设施说明；附件三：实施计划。

| 甲方（盖章）：粤笙口腔医疗管理（集团）有限公司 | 乙方（盖章）：沐岚云医科技有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

# ---------------------------------------------------------------------------------------------------------------
# h218z04 — 区应急管理局 危化品监测预警平台 年度运维 (政府采购 单一来源) — .txt — PREPAYMENT, LD-LOW
# ---------------------------------------------------------------------------------------------------------------
H218Z04 = """东湖区危险化学品安全风险监测预警平台运行维护服务合同

项目名称：东湖区危险化学品安全风险监测预警平台2026—2027年度运行维护服务
项目编号：DHZC-2026-DY-021
采购方式：单一来源

甲方（采购人）：临江市东湖区应急管理局
地址：临江市东湖区滨湖路201号

乙方（供应商）：安衡智联信息技术有限公司
地址：临江市高新区创业大道59号

鉴于东湖区危险化学品安全风险监测预警平台（以下简称“平台”）由乙方建设并于2024年通过验收，平台核心软件、预警模型及前端设备接入协议均由乙方自主开发，经专家论证和公示，本项目采用单一来源方式向乙方采购。甲乙双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》及有关规定，经协商一致，签订本合同。


第一章 服务范围与期限

第一条 服务期限
服务期自2026年7月1日起至2027年6月30日止。

第二条 服务内容
（一）平台软件运维：对监测预警系统、风险研判模型、企业端应用及视频智能识别模块进行日常运行监控、缺陷修复和版本优化；
（二）企业数据接入保障：保障辖区48家危险化学品生产、经营、储存企业的储罐液位、温度、压力、可燃及有毒气体浓度和视频数据的稳定接入；
（三）前端感知设备巡检维护：对接入平台的可燃及有毒气体探测器共1,260点位每季度巡检一次，对故障设备及时维修或更换；
（四）值守研判：乙方派2名专业人员驻场，实行7×24小时值守，对预警信息进行研判、分级推送并跟踪处置闭环；
（五）网络安全：配合甲方完成平台网络安全等级保护测评，并对测评发现的问题进行整改加固；
（六）备品备件：服务期内平台及前端设备所需的备品备件由乙方包干提供；
（七）应急保障：在重大节假日、汛期及重要活动期间，乙方应增派1名技术人员驻场，加强值守和巡检，相关费用已包含在合同总价中。
甲方为驻场人员提供必要的办公场所、值班席位和网络接入条件，并指定专人负责日常对接。

第三条 服务成果
乙方应按月提交运维月报，每季度提交巡检报告，服务期满前提交年度运维总结，并及时更新设备台账和运维档案。驻场人员应具备相应的专业能力，名单经甲方确认后不得擅自更换；确需更换的，应提前10日书面报甲方同意，且新人员的资历不得低于原人员。


第二章 合同价款与支付

第四条 合同价款
本合同总价为人民币壹佰零玖万陆仟元整（¥1,096,000），包括人工、备品备件、差旅、税费等全部费用。分项如下：
  1. 平台软件运维 ………………………………………… 386,000元
  2. 前端感知设备巡检维护 ……………………………… 244,000元
  3. 驻场值守研判（2人） ……………………………… 312,000元
  4. 等保测评配合及安全加固 …………………………… 58,000元
  5. 备品备件包干 ………………………………………… 96,000元
  合计 ………………………………………………………… 1,096,000元

第五条 付款方式
乙方为中小企业。依据政府采购支持中小企业发展的有关规定，甲方按以下方式付款：
（一）合同签订后10个工作日内，甲方支付合同总价的35%作为预付款，计人民币383,600元；
（二）服务满六个月并经中期考核合格后10个工作日内，支付合同总价的20%，计人民币219,200元；
（三）服务期满并经年度考核验收合格后10个工作日内，支付合同总价的45%，计人民币493,200元。考核扣款从本期款项中扣除。
乙方每次收款前应开具等额发票。


第三章 服务标准与考核

第六条 服务水平
（一）平台月度可用率不低于99.95%，经甲方书面同意的计划维护除外；
（二）一级故障（平台中断、预警信息无法推送，或重大危险源企业数据中断）：乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；
（三）二级故障（单个企业数据中断或局部功能异常）：30分钟内响应，8小时内解决；
（四）红色预警信息应在5分钟内电话通知甲方值班人员，并同步推送至企业负责人。

第七条 考核扣款
（一）一级故障响应或恢复超时的，每次扣款2,000元；
（二）平台月度可用率每低于承诺值0.01个百分点，扣款1,000元；
（三）巡检漏检的，每个点位扣款100元；
（四）考核扣款总额不超过合同总价的10%。

第八条 年度考核验收
服务期满前15日，乙方提交年度运维总结和验收申请。甲方组织考核小组，按以下标准验收：
（一）各月可用率及故障处理时限符合第六条要求，或已按第七条扣款；
（二）月报、季度巡检报告齐全，巡检覆盖全部1,260个点位；
（三）发现的隐患和问题均已整改闭环；
（四）等保测评未发现高风险问题；
（五）设备台账、运维档案完整移交。
考核合格的，甲方出具验收意见；考核不合格的，乙方应在15日内整改，整改后重新考核，整改费用由乙方承担。乙方提交报告或甲方支付任何款项，均不视为验收合格。


第四章 数据、保密与知识产权

第九条 数据安全
（一）平台汇聚的企业监测数据、视频、预警记录及研判结论均属甲方所有，乙方仅可为履行本合同使用，不得留存、拷贝或向任何第三方提供。
（二）平台部署在政务外网，乙方运维人员须通过甲方堡垒机实名登录，操作全程审计。
（三）发生数据泄露、篡改或平台被攻击等安全事件的，乙方应在30分钟内报告甲方并立即处置。因乙方原因造成的安全事件，乙方承担全部赔偿责任和相应法律责任。
（四）服务期满或合同解除时，乙方应在10日内将运维过程中形成的数据和资料全部移交甲方，删除其持有的全部副本，并书面确认。

第十条 保密
乙方对履约中知悉的企业信息、重大危险源分布、应急预案及平台账号等信息负有保密义务，未经甲方书面同意不得披露。驻场人员须签署保密承诺书。本条义务在合同终止后继续有效。

第十一条 知识产权
服务期内乙方为甲方新开发的模型优化成果、统计报表、接口程序及相关文档，知识产权归甲方所有，甲方可自行或委托他人修改和使用。平台原有软件按原建设合同约定执行。


第五章 违约、分包与解除

第十二条 违约责任
乙方未按约定期限提交季度巡检报告、完成隐患整改或缺陷修复的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给第三方，驻场人员须为与乙方签订劳动合同的员工。

第十四条 合同解除
（一）乙方严重违约，或连续两个月平台可用率低于99.5%，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同。
（二）考核扣款累计达到第七条上限的，甲方有权解除本合同，并要求乙方赔偿损失。

第十五条 期满
服务期满本合同自然终止，不自动续期。后续服务由甲方依法重新组织采购。


第六章 附则

第十六条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续履行不涉及争议部分的运维服务，不得中断值守。

第十七条 生效
本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方一份，采购代理机构一份。
本合同附件包括单一来源采购文件、乙方响应文件、运维服务方案及前端设备清单，均为本合同的组成部分。

甲方（盖章）：临江市东湖区应急管理局          乙方（盖章）：安衡智联信息技术有限公司
法定代表人或授权代表：                        法定代表人或授权代表：
日期：2026年  月  日                          日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h218z05 — 米粉厂 APS 排产软件 licence + 定制开发, supplier's own template — .md — about ten findings
# ---------------------------------------------------------------------------------------------------------------
H218Z05 = """# 智排APS高级计划排程软件许可及实施合同

> 智排软件标准合同文本 V4.0（2025年修订版）。本文本中【 】内为需填写内容，其余条款为乙方标准条款。

合同编号：【ZP-NN-2026-0331】

甲方（用户）：【桂香源米粉食品有限公司】
地址：【柳州市鱼峰区米粉产业园桂香路8号】

乙方（许可方）：智排软件科技（南宁）有限公司
地址：南宁市青秀区金湖路63号智排大厦

鉴于甲方拟在其米粉生产基地实施生产计划排程系统，乙方拥有“智排APS”软件的全部知识产权并具备相应的实施能力，双方根据《中华人民共和国民法典》及相关法律规定，经协商一致订立本合同。

## 第一条 定义

1.1 “软件”：指乙方开发的智排APS高级计划排程软件标准版及其用户手册。

1.2 “定制开发”：指乙方根据甲方米粉生产工艺为甲方开发的排程规则、约束模型、报表及与甲方ERP、MES系统的接口。

1.3 “上线”：指软件在甲方服务器完成安装部署，甲方可以登录并生成排产计划。

1.4 “工作日”：指中华人民共和国法定工作日。

## 第二条 软件许可

2.1 乙方授予甲方非独占、不可转让的永久使用许可，许可范围为【20】个并发用户，仅限甲方在【柳州生产基地】内部使用。

2.2 甲方不得对软件进行反向工程、反编译，不得将软件出租、出借或以其他方式提供给第三方使用。

2.3 软件安装在甲方自有服务器上。服务器、操作系统及数据库许可由甲方自行采购，不包含在本合同价款内。

## 第三条 合同价款

3.1 合同总价为人民币【捌拾捌万元整（¥880,000）】，明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 智排APS标准版软件许可 | 永久许可，【20】个并发用户 | 420,000 |
| 2 | 定制开发 | 米粉工艺排程规则（浸米、磨浆、蒸片、榨丝、老化、复蒸、干燥、包装）、换产清洗约束、ERP/MES接口 | 368,000 |
| 3 | 实施及培训 | 部署、基础数据整理、上线支持、关键用户培训 | 92,000 |
| | **合计** | | **880,000** |

3.2 上述价格含增值税。实施过程中甲方提出需求变更的，乙方按人天单价【2,600】元另行收费。

3.3 实施计划内乙方人员的现场差旅费用已包含在实施及培训费用中；超出实施计划的现场支持，差旅费用按实际发生由甲方另行承担。

## 第四条 付款方式

4.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的55%作为预付款，即人民币484,000元。乙方收到预付款后启动项目。

4.2 软件上线后5个工作日内，甲方支付合同总价的35%，即人民币308,000元。

4.3 软件上线满30日后5个工作日内，甲方支付合同总价的10%，即人民币88,000元。

4.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术服务。

4.5 乙方在收到每笔款项后10个工作日内开具相应金额的增值税专用发票。

## 第五条 实施与验收

5.1 乙方在甲方具备实施条件（服务器、网络、基础数据及甲方项目人员到位）后开始实施，计划工期约90日，具体以双方确认的实施计划为准。因甲方原因导致的延误，工期相应顺延。

5.2 软件安装部署完成并上线运行的，即视为甲方验收合格。

5.3 甲方对上线有异议的，应在上线后3日内以书面形式提出，逾期未提出的视为甲方认可全部交付成果。

5.4 甲方应指定项目负责人及关键用户全程参与实施，按乙方要求提供物料清单、工艺路线、设备产能和班组排班等基础数据，并对数据的准确性负责。因基础数据错误导致排产结果不准确的，乙方不承担责任。

5.5 实施过程中形成的需求确认书和蓝图方案经甲方签字后作为开发依据；签字后甲方再提出修改的，按第3.2款另行收费。

## 第六条 知识产权

6.1 软件及其升级版本的全部知识产权归乙方所有。

6.2 定制开发成果（包括排程规则模型、算法参数、接口程序、源代码及相关文档）的知识产权均归乙方所有。甲方在本合同许可范围内享有使用权，不得修改或提供给第三方。乙方有权将定制开发成果用于其他客户的项目。

## 第七条 免费维护

7.1 乙方提供免费维护期六个月，自软件上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

7.2 故障分级：一级故障（排产计划无法生成或系统无法登录）乙方在收到甲方通知后24小时内响应；二级故障在3个工作日内响应；其他问题在乙方版本迭代中统一处理。

7.3 乙方将尽合理努力修复故障，但不因响应时间或修复时间承担任何扣款、赔偿或违约责任。

7.4 免费维护期内，乙方每月提供不超过【2】人天的远程优化服务，当月未使用的人天不累计。

## 第八条 免费维护期满后的服务

8.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应向乙方购买年度维护服务，费用按乙方当年度公布的服务价格标准执行。

8.2 甲方未购买年度维护服务的，乙方不再提供升级、补丁及技术支持；甲方再次购买时，应补缴中断期间的维护费用。

8.3 年度维护服务包括版本升级、补丁和远程支持，不包括对定制开发内容的修改；该等修改按第3.2款另行收费。

## 第九条 数据

9.1 甲方的订单、配方、工艺参数、产能及排产数据归甲方所有，乙方仅可为实施和维护本软件使用。

9.2 乙方远程访问甲方系统须事先取得甲方授权，并采取必要的安全防护措施，防止数据泄露、丢失或被篡改。发生安全事件的，乙方应在48小时内通知甲方并配合处置；因乙方原因导致数据泄露或损毁的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方披露本合同价格及软件的技术资料。本条义务在合同终止后三年内有效。

## 第十一条 分包与合作

乙方有权将部分实施、定制开发工作委托其合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作成果向甲方负责。

## 第十二条 责任限制

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 实施工期为计划工期，乙方不因实施进度延误向甲方支付违约金。

12.3 乙方在本合同项下的累计赔偿责任不超过合同总价的25%，且不承担间接损失、利润损失、停产损失及第三方索赔。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后20日内仍未纠正的，守约方有权解除本合同。

13.2 甲方因自身原因单方解除合同的，已付款项不予退还。

13.3 合同解除的，乙方已完成的工作按实际工作量结算，甲方应在结算后10个工作日内付清。

## 第十四条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 乙方已就本合同中免除或限制乙方责任的条款提请甲方注意，甲方已充分理解其含义。

15.3 本合同未尽事宜，适用乙方官网公布的《智排软件客户服务规则》。

甲方（盖章）：【桂香源米粉食品有限公司】
授权代表：【　　　　】　　日期：【2026年　月　日】

乙方（盖章）：智排软件科技（南宁）有限公司
授权代表：【　　　　】　　日期：【2026年　月　日】
"""

# ---------------------------------------------------------------------------------------------------------------
# h218e01 — Dongguan shoe-sole maker, 3D last-design perpetual licences, Italian vendor (Isola di Levanzo) — .txt
# — GOVERNING-LAW only (low)
# ---------------------------------------------------------------------------------------------------------------
H218E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. FL-CN-2026-044

THIS AGREEMENT is made on ________ 2026

BETWEEN

(1) DONGGUAN JIESHENG SOLE TECHNOLOGY CO., LTD., a PRC company, whose registered address is No. 18 Xingye Road, Houjie Town, Dongguan, Guangdong Province ("Customer"); and

(2) FORMALAST S.R.L., an Italian company, whose registered office is at Via Cala Dogana 7, Isola di Levanzo, Italy ("Vendor").

BACKGROUND

(A) Customer makes rubber, TPU and EVA outsoles for footwear brands and develops the shoe lasts for their new collections.

(B) Vendor develops FormaLast 3D, a software suite for 3D last design, grading, sole modelling and CAM output.

(C) Customer wishes to acquire perpetual licences of FormaLast 3D for its design centre in Dongguan, together with the conversion of its existing last library, installation and training, and Vendor is willing to supply them on the terms of this Agreement.

(D) At Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Software" means FormaLast 3D version 11, in the modules listed in Clause 3, with its documentation and all updates and new versions supplied under this Agreement.

1.2 "Licensed Seat" means one installation of a module of the Software on one workstation.

1.3 "Services" means the installation and configuration, the conversion of the legacy last library and the training described in Clause 3.

1.4 "Final Acceptance" means acceptance under Clause 6.4.

1.5 "Customer Materials" means all last files, sole and mould designs, grading tables and other data of Customer or its customers, including data created with the Software.

1.6 "Business Day" means a day other than a Saturday, a Sunday or a public holiday in mainland China.

2. LICENCE

2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of Licensed Seats stated in Clause 3, for Customer's internal business, including the design of products for Customer's own customers.

2.2 Licence keys are delivered electronically. The licence does not expire and does not depend on the purchase of maintenance.

3. PRICE

3.1 The Contract Price is made up as follows:

  Item                                                Qty   Unit price (CNY)   Amount (CNY)
  FormaLast 3D Last Designer, perpetual seat           14        46,500           651,000
  FormaLast Sole & Mould module, perpetual seat         6        38,000           228,000
  FormaLast CAM Export (5-axis milling), perpetual      2        52,000           104,000
  Licence Fees subtotal                                                           983,000
  Installation and configuration in Dongguan            1        27,000            27,000
  Conversion of legacy last library (approx. 1,800)     1        96,000            96,000
  On-site training (8 days, Mandarin interpreter)       1        44,000            44,000
  Contract Price                                                                1,150,000

3.2 The Contract Price is fixed. It includes all taxes and duties, and all travel and living expenses of Vendor's personnel.

4. PAYMENT

4.1 Customer shall pay the Contract Price as follows:
(a) 20% of the Contract Price (CNY 230,000) within 20 Business Days after signature of this Agreement, against Vendor's invoice and an advance-payment guarantee for the same amount issued by a bank acceptable to Customer;
(b) 45% of the Contract Price (CNY 517,500) within 20 Business Days after the Installation Certificate is signed;
(c) 35% of the Contract Price (CNY 402,500) within 20 Business Days after Final Acceptance.

4.2 The Installation Certificate only confirms that the Software has been installed on all Licensed Seats. It is not acceptance of the Software or the Services.

5. DELIVERY AND INSTALLATION

5.1 Vendor shall deliver the licence keys within 10 Business Days after signature and complete the installation and configuration within 30 days after signature.

5.2 Vendor shall complete the conversion of the legacy last library within 75 days after signature. Customer shall provide the legacy files and the measurement records of each last.

6. ACCEPTANCE

6.1 After the Services, the parties shall carry out the acceptance tests in Annex 2.

6.2 The tests shall show that:
(a) a sample of 90 converted lasts chosen by Customer reproduces the original ball girth, waist girth, instep girth, heel height and toe spring within 0.2 mm;
(b) the grading of six base lasts over the full size range EU 35 to EU 46 matches Customer's grading tables;
(c) sole and mould data exported from the Software opens without error in the CAD system of Customer's mould maker;
(d) toolpaths produced by CAM Export run on Customer's two 5-axis milling machines without manual correction, and the milled test lasts match the digital model within 0.3 mm; and
(e) the Software runs in production use for 20 consecutive Business Days without a Severity 1 fault.

6.3 If a test fails, Vendor shall correct the cause within 10 Business Days and the test shall be repeated at Vendor's cost.

6.4 Final Acceptance occurs when Customer signs the Final Acceptance Certificate after all tests have been passed. Installation, use of the Software in production or any payment does not amount to acceptance.

7. WARRANTY AND SUPPORT

7.1 Vendor warrants that for 24 months from Final Acceptance the Software will perform in accordance with its documentation and Annex 1. During this period Vendor shall correct defects free of charge and supply all updates and new versions without charge.

7.2 During the warranty period Vendor shall provide support under the following service levels:
(a) Severity 1 (the Software cannot be started on any seat, saves corrupted files, or CAM Export cannot produce toolpaths): response within 2 hours at any time, and a workaround within 8 hours; and
(b) Severity 2 (a major function fails but work can continue): response within 8 business hours and a fix within 5 Business Days.

7.3 Support is provided in Mandarin by Vendor's wholly-owned subsidiary Formalast Software (Shenzhen) Co., Ltd., and in English by Vendor directly.

7.4 If Vendor misses a response time in Clause 7.2, Vendor shall pay Customer CNY 1,000 for each hour of delay, which Customer may deduct from any amount due to Vendor. The warranty period is extended by the duration of any Severity 1 fault.

8. MAINTENANCE AFTER THE WARRANTY

8.1 After the warranty period, Customer may order Software Maintenance for each maintenance year by purchase order. The maintenance fee is 11% of the Licence Fees subtotal, that is CNY 108,130 per maintenance year, and is fixed for the first three maintenance years. After that, any change requires written agreement and may not exceed 3% over the fee of the previous maintenance year.

8.2 Software Maintenance does not renew automatically. It ends at the end of each maintenance year unless Customer issues a new purchase order.

8.3 The service levels of Clause 7.2 apply during Software Maintenance.

9. DELAY

9.1 If Vendor fails to complete the installation or the library conversion by the dates in Clause 5, or Final Acceptance is not achieved within 120 days after signature for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.

9.2 If the delay exceeds 45 days, Customer may also terminate under Clause 15.

10. CUSTOMER MATERIALS AND DATA SECURITY

10.1 Customer Materials belong to Customer or its customers. Vendor acquires no rights in them and shall use them only to perform this Agreement.

10.2 Vendor shall access Customer's systems only through a remote session opened by Customer for each occasion and under Customer's supervision. Vendor shall not copy Customer Materials out of Customer's systems, and shall delete files sent to it for troubleshooting after use.

10.3 Vendor shall keep appropriate security measures, including vetted personnel, multi-factor authentication and encrypted transfer, and shall comply with the PRC Cybersecurity Law and Data Security Law as they apply to its work.

10.4 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Materials, and shall be responsible for the losses caused by a breach of this Clause 10.

11. INTELLECTUAL PROPERTY

11.1 The intellectual property rights in the Software remain with Vendor.

11.2 The converted last library, the custom grading rules, the post-processors configured for Customer's milling machines, and the templates and training materials prepared for Customer belong to Customer from their creation. Customer may use, modify and license them freely. Vendor shall deliver them in editable form.

11.3 Vendor shall defend and indemnify Customer against any claim that the Software or the deliverables infringe the rights of a third party.

12. SUBCONTRACTING

Vendor shall not subcontract any part of this Agreement without Customer's prior written consent. Customer approves, by signing this Agreement, the Shenzhen subsidiary named in Clause 7.3.

13. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, and shall not disclose it without the other party's prior written consent. This obligation survives termination.

14. LIABILITY

Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Clauses 10 and 13, to the indemnity in Clause 11.3, or to wilful misconduct. Neither party is liable for indirect or consequential loss.

15. TERMINATION

15.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after notice, or in the case described in Clause 9.2.

15.2 If Customer terminates before Final Acceptance, Vendor shall refund the amounts paid, and Customer shall return or destroy the licence keys.

16. GOVERNING LAW AND ARBITRATION

16.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.

16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.

17. GENERAL

This Agreement with Annex 1 (functional specification) and Annex 2 (test plan) is the entire agreement of the parties. Amendments must be in writing.

Signed for DONGGUAN JIESHENG SOLE TECHNOLOGY CO., LTD.
Name: ____________________   Title: ____________________

Signed for FORMALAST S.R.L.
Name: ____________________   Title: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h218e02 — Lijiang homestay group, channel-manager SaaS, Order Form + General Terms, Italian vendor
# (Isola di Marettimo) — .md — SLA-MISSING, SLA-RESPONSE, LIABILITY-CAP
# ---------------------------------------------------------------------------------------------------------------
H218E02 = """# Ospitalia Channel Manager — Order Form

**Order Form No.** OC-CN-2026-0192
**Effective Date:** the date on which both parties have signed this Order Form

| | |
|---|---|
| **Vendor** | Ospitalia Cloud S.r.l., Via Scalo Vecchio 5, Isola di Marettimo, Italy |
| **Customer** | Lijiang Guyun Homestay Management Co., Ltd., No. 36 Xinyi Street, Gucheng District, Lijiang, Yunnan Province |
| **Services** | Ospitalia Channel Manager Pro, Booking Engine and Revenue Reports |
| **Properties** | 26 homestay properties with 412 rooms, listed in Annex A |
| **Subscription Term** | 24 months from Go-Live Acceptance |
| **Target Go-Live Date** | 45 days after the Effective Date |
| **Currency** | Chinese Yuan Renminbi (CNY), at Customer's request |

## 1. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Channel Manager Pro subscription | 26 properties × CNY 880 per property per month × 24 months | 549,120 |
| Onboarding and OTA mapping | one-time | 46,000 |
| Booking engine set-up (WeChat mini-program and website) | one-time | 18,000 |
| **Total** | | **613,120** |

## 2. Invoicing and payment

2.1 Subscription fees are invoiced monthly in arrears at CNY 22,880 per month and are payable within 30 days after the invoice date.

2.2 The one-time fees are invoiced after Go-Live Acceptance. No fees are payable in advance.

2.3 Vendor issues PRC-compliant invoices through its appointed invoicing agent in Kunming. All fees include applicable taxes.

## 3. Special conditions agreed for this Order Form

3.1 Channels to be connected at Go-Live: Ctrip, Meituan, Fliggy, Qunar, Booking.com and Airbnb.

3.2 The booking engine shall support WeChat Pay and Alipay.

3.3 Customer's property managers will be trained in Mandarin, online and in two on-site sessions in Lijiang.

This Order Form incorporates the General Terms below. If they conflict, this Order Form prevails.

| For Customer | For Vendor |
|---|---|
| Name: | Name: |
| Title: | Title: |
| Date: | Date: |

---

# General Terms for Ospitalia Services (China Edition, v3.1)

## Section 1. Definitions

1.1 **"Agreement"** means the Order Form together with these General Terms and their annexes.

1.2 **"Service"** means the hosted Ospitalia software described in the Order Form, including its updates.

1.3 **"Customer Data"** means all data that Customer or its guests enter into or transmit through the Service, including guest names, contact details, identity document numbers, booking records, rates and payment references.

1.4 **"Go-Live Acceptance"** means acceptance under Section 4.

1.5 **"Customer Configurations"** means the rate plans, room-type mappings, restriction rules, message templates and reports set up for Customer.

## Section 2. The Service

2.1 Vendor provides the Service to Customer for the Properties during the Subscription Term. Customer may add properties at the same monthly rate by written notice.

2.2 Vendor will use commercially reasonable efforts to keep the Service available at all times, apart from scheduled maintenance, which Vendor will try to carry out at night China time and announce in the Service in advance.

2.3 The Service exchanges data with online travel agencies through their interfaces. Vendor is not responsible for outages or changes of those interfaces, but will adapt the Service to interface changes without extra charge.

2.4 Vendor may improve the Service from time to time, provided that the functions described in Annex B are not materially reduced during the Subscription Term.

2.5 Customer is responsible for the accuracy of the rates and availability that it enters, for keeping its administrator passwords secret, and for its own contracts with the online travel agencies.

## Section 3. Support

3.1 Support is provided by e-mail, in-app chat and telephone during Support Hours, which are 08:30 to 20:30 China Standard Time every day.

3.2 Vendor will acknowledge and work on support requests as soon as reasonably practicable, giving priority to problems that prevent Customer from receiving or updating bookings.

3.3 Support is included in the subscription fee. Customer shall name up to five administrators who may raise support requests.

## Section 4. Onboarding and Go-Live Acceptance

4.1 Vendor shall connect all Properties and channels listed in the Order Form, map every room type and rate plan, import future bookings and set up the booking engine.

4.2 Go-Live Acceptance tests shall show that: (a) rates, availability and restrictions updated in the Service appear correctly on every connected channel for every Property; (b) bookings, modifications and cancellations made on every channel arrive in the Service and update availability; (c) a payment through WeChat Pay and Alipay completes on the booking engine; and (d) during a parallel run of seven days no overbooking is caused by the Service.

4.3 When the tests have been passed, Customer signs a Go-Live Acceptance certificate. Use of the Service during the parallel run is not acceptance.

4.4 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 25,000 in total. Vendor may set this amount off only against subscription fees not yet invoiced.

4.5 Within ten days after the Effective Date, Vendor shall give Customer a written onboarding plan naming its project manager and the dates of the on-site training.

## Section 5. Fees

5.1 Fees are stated in the Order Form and do not change during the Subscription Term.

5.2 If Customer does not pay an undisputed invoice when due, Vendor may charge interest at the loan prime rate published in the PRC, after a written reminder.

5.3 Customer may dispute an invoice in good faith by written notice within 15 days after receiving it, stating its reasons. The undisputed part remains payable.

## Section 6. Customer Data

6.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the Service and on Customer's documented instructions, and does not use it for any other purpose.

6.2 The Service is hosted on Alibaba Cloud in its Beijing region. Customer Data is stored in mainland China and is not transferred outside mainland China.

6.3 Vendor shall protect Customer Data with measures appropriate to the risk, including encryption in transit and at rest, role-based access, logging of administrative access and regular backups, and shall comply with the Personal Information Protection Law of the PRC.

6.4 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in any notification to guests or authorities, and bear the costs and losses caused by incidents resulting from its breach of this Section.

6.5 Within 30 days after the end of the Agreement, Vendor shall provide a full export of Customer Data in CSV format and then delete it, confirming the deletion in writing.

## Section 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information and use it only for the Agreement. This obligation continues for three years after the Agreement ends.

## Section 8. Intellectual property

8.1 Vendor owns the Service and all its software.

8.2 Customer Configurations belong to Customer. Customer may export them, change them and let any third party use them, including a future service provider.

## Section 9. Subcontracting

Vendor shall not subcontract the Service or any part of it without Customer's prior written consent. Customer consents to the use of Alibaba Cloud as hosting provider.

## Section 10. Liability

10.1 Each party's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer under the Order Form in the six months before the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to Customer's obligation to pay fees, to personal injury, or to fraud.

10.3 Neither party is liable for loss of profit, loss of bookings or other indirect loss.

## Section 11. Term and termination

11.1 The Agreement starts on the Effective Date and ends at the end of the Subscription Term. A renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.

11.3 If Customer terminates under Section 11.2, Vendor shall refund any fees paid for the period after termination.

11.4 On expiry or termination, Vendor shall keep the Service available to Customer in read-only mode for 30 days so that Customer can move to another provider.

## Section 12. Governing law and disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding.

## Section 13. General

13.1 Notices must be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign the Agreement without the other party's written consent.

13.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters or government action, for as long as the event lasts, if it informs the other party promptly.

13.4 The Agreement is written in English. A Chinese translation may be prepared for convenience; the English text prevails.

### Annex A — Properties

26 properties in the Old Town of Lijiang, Shuhe and Baisha, with 412 rooms in total, as listed by Customer at signature.

### Annex B — Functions

Channel distribution, rate and inventory management, booking engine, guest messaging, housekeeping status and revenue reports.
"""

# ---------------------------------------------------------------------------------------------------------------
# h218e03 — Zhoushan seaweed farm nutrient / light sensors, Italian integrator (Isola Ustica), buyer's paper —
# .docx — compliant
# ---------------------------------------------------------------------------------------------------------------
H218E03 = """T:Supply and Installation Contract for Sea-Farm Monitoring Sensors
P:Contract No. ZLH-PUR-2026-058
P:Buyer: Zhoushan Lanhai Seaweed Aquaculture Co., Ltd., No. 9 Haiyun Road, Dinghai District, Zhoushan, Zhejiang Province, China (the "Buyer")
P:Supplier: Marisense Integrazioni S.r.l., Contrada Tramontana 14, Isola Ustica, Italy (the "Supplier")
P:Whereas the Buyer farms kelp and laver on sea areas off Zhoushan and wishes to monitor nutrients, light and water quality on its farm lines in real time; whereas the Supplier designs and integrates marine sensor systems and was selected by the Buyer after competitive negotiation; the parties agree on the following terms, which are the Buyer's standard purchase terms adapted for this project. At the Buyer's request all prices are in Chinese Yuan Renminbi (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission fourteen monitoring buoys on the Buyer's farm lines, each with a nutrient analyser, a multi-parameter probe, two underwater light (PAR) sensors and a solar-powered telemetry unit, together with the farm data platform installed on the Buyer's server in Zhoushan, as specified in Annex 1.
P:1.2 The Supplier shall also supply a calibration kit and the reagents needed during the first operating season, and train the Buyer's technicians. Training shall cover operation of the platform, cleaning and recalibration of the sensors, reagent replacement and basic fault finding, for up to ten technicians.
P:1.3 The Buyer shall provide berthing at its base, a boat and crew for daily transfers during installation, electricity and network access on shore, and the sea-area permits for the buoys.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,240,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Buoy-mounted nutrient analyser (nitrate, phosphate, ammonium)|14|68,500|959,000
TB:2|Underwater PAR light sensor|28|9,800|274,400
TB:3|Multi-parameter probe (temperature, salinity, dissolved oxygen, chlorophyll)|14|23,600|330,400
TB:4|Solar buoy with 4G / NB-IoT telemetry unit|14|17,200|240,800
TB:5|Farm data platform licence, perpetual, on the Buyer's server|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,972,600
TB:6|Installation, mooring and commissioning|1|186,000|186,000
TB:7|Calibration kit and first-season reagents|1|58,400|58,400
TB:8|Training of Buyer technicians (two sessions)|1|23,000|23,000
TB:|Contract Price|||2,240,000
P:2.2 The Contract Price is fixed and includes packing, sea freight, import duties, insurance to site, boat hire for installation and all taxes.
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 224,000) as an advance within 15 working days after signature, against an advance-payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,232,000) within 15 working days after the Installation Certificate. The Installation Certificate records that all buoys are moored and transmitting; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 784,000) within 15 working days after Final Acceptance.
H:Article 4 Delivery and Installation
P:4.1 The equipment shall be delivered to the Buyer's base at Dinghai port within 70 days after signature.
P:4.2 Installation shall be completed within 25 days after delivery, subject to sea conditions. Days on which the harbour authority suspends small-boat operations extend this period.
P:4.3 At least 14 days before installation starts, the Supplier shall submit an installation plan with the mooring design, safety measures and a weather contingency plan for approval by the Buyer's safety officer.
P:4.4 The equipment shall be packed for sea freight and marked with the contract number. Risk passes to the Buyer on signature of the Installation Certificate.
H:Article 5 Acceptance
P:5.1 After installation, a field trial of 45 days shall be carried out.
P:5.2 Final Acceptance requires that during the field trial: (a) nitrate, phosphate and ammonium readings agree with laboratory analysis of water samples taken by the Buyer within ±10% on at least eight sampling days; (b) PAR readings agree with a reference sensor within ±5%; (c) no buoy misses more than two hourly records in any week; (d) the platform shows all parameters, sends threshold alarms by SMS and app, and exports data to the Buyer's aquaculture management system; and (e) the documentation, spare parts list and calibration records have been handed over.
P:5.3 When the criteria are met, the parties sign the Final Acceptance Certificate. If they are not met, the Supplier shall remedy the cause and the field trial shall be repeated for the affected items at the Supplier's cost. Installation, operation or payment does not mean acceptance.
P:5.4 The Buyer's quality manager and the Supplier's project engineer shall record the results of each trial day in a trial log signed by both.
H:Article 6 Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace free of charge any equipment or software that fails for reasons other than misuse by the Buyer, including damage by normal sea conditions and biofouling within the specified cleaning intervals.
P:6.2 Severity 1 faults (the platform is down, or three or more buoys stop transmitting): the Supplier shall respond within 1 hour and have a technician at the Zhoushan base within 48 hours, boat conditions permitting. Severity 2 faults (one buoy or sensor fails): response within 8 hours and repair within 10 days.
P:6.3 If the Supplier misses a response time, it shall pay CNY 800 for each hour of delay, and CNY 2,000 for each day by which a technician arrives late.
P:6.4 During the warranty period the Supplier shall keep a stock of spare sensors and telemetry units at the Buyer's base, and it guarantees the supply of spare parts for seven years after Final Acceptance.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support covering repairs, recalibration, software updates and the service levels of Article 6.
P:7.2 The annual support fee is 7.5% of the Hardware and Licence Subtotal, that is CNY 147,945 per year, fixed for the first two years after the warranty. Later fees shall be agreed in writing. Support is ordered year by year and does not renew automatically.
H:Article 8 Liquidated Damages
P:8.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 Liquidated damages do not relieve the Supplier of its obligation to complete the work.
H:Article 9 Data
P:9.1 All measurement data, alarms, farm records and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The platform runs on the Buyer's server. The Supplier may access it remotely only through the Buyer's VPN, with a separate approval for each session, and shall not copy data out of the Buyer's systems.
P:9.3 The Supplier shall take appropriate security measures for its access and its personnel, shall inform the Buyer within 12 hours of any security incident it causes or discovers, and shall compensate the Buyer for losses resulting from its breach of this Article.
P:9.4 At the end of the warranty period, or earlier at the Buyer's request, the Supplier shall delete any Buyer data it holds and confirm the deletion in writing.
H:Article 10 Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's farm locations, yields and production methods, and shall not disclose it to third parties without written consent. This obligation survives the end of the Contract.
H:Article 11 Intellectual Property
P:11.1 The dashboards, calibration models and integration scripts made for the Buyer belong to the Buyer, which may use, modify and have them maintained by others. The Supplier shall hand over their source files.
P:11.2 The firmware of the sensors and the standard platform software remain the property of their owners and are licensed to the Buyer perpetually.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. This applies also to the local marine contractor for mooring and boat work. The Supplier remains responsible for any approved subcontractor.
H:Article 13 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10, which are not limited. Neither party is liable for indirect loss, except in the cases excluded above.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages under Article 8 reach their maximum. Neither party is liable for delay caused by typhoons or other force majeure events, if it informs the other party promptly and takes reasonable steps to limit the delay.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan. The award is final.
H:Article 16 Miscellaneous
P:16.1 Annex 1 (technical specification) and Annex 2 (installation plan and sea-area map) form part of this Contract.
P:16.2 This Contract is signed in English and Chinese, both texts being equally authentic, in four originals.
P:16.3 Notices shall be given in writing to the addresses above. The Supplier's notices shall be copied to the Buyer's project manager by e-mail.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h218e04 — Suzhou textile trading firm, managed IT and endpoint support, Italian provider (Isola di Ponza) — .pdf
# — DATA-SECURITY, TERMINATION, SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
H218E04 = """T:Managed IT Services Agreement
P:Agreement reference: PMS-SZ-2026-0077
P:This Managed IT Services Agreement is entered into between Suzhou Jinsi Textile Trading Co., Ltd., Room 1508, Tower B, No. 88 Suhui Road, Suzhou Industrial Park, Jiangsu Province, China ("Customer"), and Pontina Managed Services S.r.l., Via Banchina Nuova 8, Isola di Ponza, Italy ("Provider").
P:Customer trades silk and technical fabrics with buyers in Europe and South-East Asia from its head office in Suzhou and two showrooms in Shanghai and Keqiao. Customer has no internal IT team and wishes to outsource the support of its users, endpoints and Microsoft 365 environment. Provider supports mid-sized trading companies in Europe and Asia and has offered the services below. At Customer's request, all charges are stated and paid in Chinese Yuan Renminbi (CNY).
H:1. Definitions
P:1.1 "Services" means the managed services described in Clause 2 and Schedule 1.
P:1.2 "Endpoints" means the desktops, laptops and mobile devices of Customer's staff enrolled in Provider's management console, initially 220 devices.
P:1.3 "Monthly Service Charge" or "MSC" means the fixed monthly charge in Clause 4.
P:1.4 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Clause 3.
P:1.5 "Minimum Term" means the period of 24 months from the Service Commencement Date.
P:1.6 "Customer Data" means all data stored on Customer's Endpoints, servers, Microsoft 365 tenant and other systems, and all data that Provider handles in performing the Services.
H:2. Services
P:2.1 Provider shall provide the following Services from the Service Commencement Date:
P:(a) a bilingual (Mandarin and English) service desk reachable by telephone, e-mail and portal from 08:00 to 20:00 China Standard Time on working days, with an on-call engineer outside those hours for Priority 1 incidents;
P:(b) endpoint management: enrolment, software deployment, patch management, antivirus signature updates, hardware replacement coordination with manufacturers, and the joiner and leaver process;
P:(c) administration of Customer's Microsoft 365 tenant, including mailboxes, Teams, SharePoint sites and licences;
P:(d) monitoring of Customer's nightly backup jobs and restoration of files on request;
P:(e) on-site support at Customer's Suzhou office on two days in each week, and at the showrooms when needed; and
P:(f) a monthly service report and a quarterly service review meeting.
P:2.2 Projects outside the Services, such as office moves or new systems, are quoted separately and carried out only on Customer's written order.
P:2.3 Provider shall keep Customer's hardware and software inventory up to date in the management console and give Customer read access to it.
P:2.4 At each quarterly review Provider shall propose improvements to Customer's IT environment, with an estimate of their cost.
H:3. Onboarding and Service Commencement
P:3.1 Provider shall complete onboarding within 40 days after signature of this Agreement. Onboarding includes discovery of all assets, deployment of the management agent, set-up of the service desk and preparation of the runbook.
P:3.2 Service Commencement requires that: (a) all 220 Endpoints are enrolled and reporting to the management console; (b) the asset register is reconciled with Customer's purchase records; (c) twenty test tickets covering all categories in Schedule 2 have been resolved correctly; and (d) Customer has approved the runbook. Customer then signs the Service Commencement Certificate. Use of the service desk before that date is not acceptance.
P:3.3 If Service Commencement is delayed beyond the period in Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 40,000.
H:4. Charges and Payment
P:4.1 The charges are:
TB:Item|Basis|Amount (CNY)
TB:Endpoint management|220 Endpoints x CNY 210 per month x 24 months|1,108,800
TB:Service desk and Microsoft 365 administration|CNY 18,800 per month x 24 months|451,200
TB:Monthly Service Charge total|CNY 65,000 per month x 24 months|1,560,000
TB:Onboarding (one-time)|after Service Commencement|38,000
TB:Total Contract Value||1,598,000
P:4.2 The Monthly Service Charge is invoiced monthly in arrears and paid within 30 days after receipt of a valid invoice. The onboarding charge is invoiced after Service Commencement. No charges are payable in advance.
P:4.3 Endpoints added or removed during the term change the endpoint charge at CNY 210 per device per month from the following month.
P:4.4 The charges are fixed for the Minimum Term and include all taxes and all travel costs within Suzhou, Shanghai and Keqiao.
P:4.5 Customer may withhold the disputed part of an invoice in good faith, with written reasons, and shall pay the rest when due.
H:5. Service Levels
P:5.1 Incidents are classified as follows. Priority 1: the whole office or a showroom cannot work, or 25 or more users cannot work. Priority 2: a group of users or a key function is affected. Priority 3: a single user is affected.
P:5.2 Provider shall respond to Priority 1 incidents within 30 minutes at any time and aim to resolve them within 6 hours; Priority 2 incidents within 2 hours and resolve them within 1 working day; Priority 3 incidents within 8 working hours.
P:5.3 For each Priority 1 incident to which Provider does not respond in time, Customer receives a service credit of 5% of the Monthly Service Charge; for each month in which fewer than nine in ten Priority 2 incidents are resolved in time, a service credit of 3%. Credits in any month are limited to 20% of the Monthly Service Charge and are deducted from the next invoice.
H:6. Customer Data
P:6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not sell it, disclose it for marketing or use it for any purpose of its own.
P:6.2 At the end of this Agreement Provider shall return Customer Data in its possession and hand over all administrator accounts and passwords, as Customer directs.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public information, including Customer's price lists, customer lists and supplier terms, and shall use it only for this Agreement. Neither party shall disclose such information to a third party without prior written consent, except to its professional advisers or as required by law.
P:7.2 This Clause survives the end of this Agreement for three years.
H:8. Intellectual Property
P:8.1 Provider's tools, management console and standard procedures remain Provider's property.
P:8.2 Scripts, configurations, documentation and the runbook prepared for Customer belong to Customer, which may use and modify them and give them to any later provider.
H:9. Personnel and Subcontractors
P:9.1 Provider shall assign a named service manager who speaks Mandarin and English and attends the quarterly review.
P:9.2 Provider may engage subcontractors, including local field-service partners in Suzhou, Shanghai and Keqiao, to perform any part of the Services, by notifying Customer in writing. Provider remains responsible for the work of its subcontractors.
P:9.3 Provider shall replace any engineer whom Customer reasonably considers unsuitable within 10 working days after Customer's request.
P:9.4 Provider's personnel remain employed and directed by Provider or its subcontractors; nothing in this Agreement creates an employment relationship with Customer.
H:10. Customer Responsibilities
P:10.1 Customer shall give Provider's staff access to its premises and systems, name a contact person, and keep its software licences valid.
P:10.2 Customer is responsible for decisions on which data to back up and for the purchase of hardware.
P:10.3 Customer shall inform Provider at least 10 working days in advance of new joiners, office changes and events that need additional support.
H:11. Liability
P:11.1 Provider's total liability under this Agreement is limited to 125% of the Total Contract Value.
P:11.2 Neither party is liable for loss of profit or other indirect loss.
H:12. Term and Termination
P:12.1 This Agreement starts on signature and continues until the end of the Minimum Term. It does not renew automatically; a renewal must be agreed in writing.
P:12.2 Customer may not terminate this Agreement before the end of the Minimum Term. If Customer wishes to end the Services early, it shall pay the Monthly Service Charges for the rest of the Minimum Term.
P:12.3 Provider may suspend the Services or terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.
P:12.4 Customer's remedies for any failure of Provider are the service credits in Clause 5.3 and damages within Clause 11. They do not include a right to terminate during the Minimum Term.
P:12.5 On expiry, Provider shall give reasonable exit assistance for 30 days, including the handover described in Clause 6.2.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:14. General
P:14.1 This Agreement with its Schedules is the entire agreement of the parties on its subject and may be amended only in writing.
P:14.2 Schedule 1 (service description) and Schedule 2 (ticket categories) form part of this Agreement.
P:14.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the service manager and to Customer's contact person.
P:14.4 Neither party is liable for delay caused by events beyond its reasonable control, if it informs the other party promptly.
P:14.5 This Agreement is written in English; a Chinese translation may be prepared for reference only.
P:Signed for Customer: ____________________    Signed for Provider: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h218e05 — Yunnan coffee exporter, quality-grade certificate API subscription, Spanish vendor (Isla Cortegada)
# — .txt — AUTO-RENEWAL, GOVERNING-LAW, LIABILITY-CAP
# ---------------------------------------------------------------------------------------------------------------
H218E05 = """CERTIFICATE API SUBSCRIPTION AGREEMENT

Reference: CDC-API-2026-113

PARTIES

Cortegada Datos de Calidad S.L., a Spanish limited company with its registered office on Isla Cortegada, Pontevedra, Spain ("Vendor"); and

Pu'er Yunlan Coffee Import & Export Co., Ltd., a company registered in Pu'er, Yunnan Province, People's Republic of China, with its address at No. 21 Chashan Road, Simao District, Pu'er ("Customer").

RECITALS

Customer exports green arabica coffee from Yunnan to roasters in Europe, the Middle East and Japan. Its buyers increasingly ask for a verifiable certificate of the quality grade of each lot: cupping score, moisture, water activity, screen size and defect count.

Vendor operates the CalidadCert platform, through which laboratories and exporters issue digital quality-grade certificates that buyers can verify by QR code or through an API.

Customer wishes to connect its laboratory information system and export documentation system to CalidadCert through Vendor's API. The parties have agreed that all amounts under this Agreement are expressed and paid in Chinese Yuan Renminbi (CNY), as Customer requested.

ARTICLE I - DEFINITIONS

1.1 "Platform" means Vendor's CalidadCert software, the certificate API, the verification portal and the related documentation.

1.2 "Certificate" means a digital quality-grade certificate issued through the Platform for one lot of coffee.

1.3 "Customer Data" means all data that Customer submits to the Platform, including laboratory results, lot numbers, farm and washing-station names, buyer names and contract references, and all Certificates issued for Customer.

1.4 "Subscription Year" means each of the two equal halves of the Subscription Term, the first beginning on the date of Integration Acceptance.

ARTICLE II - SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, the right to use the Platform and the API to issue up to 60,000 Certificates in each Subscription Year and to let its buyers verify them without charge.

2.2 The Subscription Term is 24 months from Integration Acceptance.

2.3 Certificates above 60,000 in a Subscription Year are charged at CNY 1.80 each, invoiced with the next quarterly invoice.

2.4 Customer is responsible for the accuracy of the laboratory results it submits and for the use of Certificates in its sales contracts. Vendor does not examine coffee samples and gives no opinion on the quality of any lot.

2.5 Vendor may update the Platform, provided that it gives Customer at least 60 days' notice of any change to the API that requires Customer to change its systems, and keeps the previous API version in service during that period.

ARTICLE III - INTEGRATION

3.1 Vendor shall connect Customer's laboratory information system and export documentation system to the API, configure Customer's certificate templates in Chinese, English and Japanese, and train Customer's laboratory staff.

3.2 Integration Acceptance requires that: (a) Certificates for three sample lots are generated automatically from laboratory results without manual entry; (b) each Certificate can be verified by QR code from Europe and from Japan; (c) Certificate numbers are written back correctly into Customer's export documentation system; and (d) a load test of 2,000 Certificates in one hour completes without error.

3.3 Customer shall sign an Integration Acceptance certificate when these tests have been passed. Use of the Platform for live lots before then is not acceptance.

3.5 Vendor shall provide a sandbox environment for testing during integration and for the whole Subscription Term, so that Customer can test changes to its own systems.

3.4 If Integration Acceptance is not achieved within 50 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

ARTICLE IV - FEES AND PAYMENT

4.1 The fees are:
  Subscription fee, CNY 196,000 per Subscription Year x 2 Subscription Years ....... CNY 392,000
  Integration and onboarding, one-time ............................................. CNY  42,000
  Total ............................................................................. CNY 434,000

4.2 The subscription fee is invoiced quarterly in arrears at CNY 49,000 per quarter. The integration fee is invoiced after Integration Acceptance. No amount is payable in advance.

4.3 Invoices are payable within 30 days. Customer pays by bank transfer in CNY to Vendor's account in China as stated in the invoice.

4.4 Customer may withhold amounts disputed in good faith, with written reasons. The parties shall try to settle the dispute within 30 days.

ARTICLE V - SERVICE LEVELS

5.1 The API and the verification portal shall be available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Severity 1 (the API or the verification portal is unavailable, or Certificates cannot be issued): Vendor shall respond within 1 hour at any time and restore the service as quickly as possible. Severity 2 (a function is degraded): response within 6 hours. Severity 3: response within 2 working days.

5.3 If availability in a month falls below 99.95%, Customer receives a service credit of 5% of the quarterly fee; below 99.5%, 10%; below 99%, 20%. If Vendor misses the Severity 1 response time, Customer receives an additional credit of 2% of the quarterly fee for each occurrence. Credits are deducted from the next invoice.

5.4 Vendor shall send Customer a monthly service report showing the measured availability, the incidents of each severity and the credits due.

ARTICLE VI - CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor processes it only to provide the Platform to Customer and to let Customer's buyers verify Certificates, and for no other purpose.

6.2 Customer Data is hosted on Alibaba Cloud in its Hangzhou region and is not transferred outside mainland China, except that the verification portal shows the content of a Certificate to the person who scans it.

6.3 Vendor shall keep an information security management system certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs.

6.4 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall be responsible for the damage caused by incidents resulting from its failure to comply with this Article.

6.5 On expiry or termination, Vendor shall give Customer a full export of Customer Data and then delete it, except that issued Certificates remain verifiable for the period required by Customer's buyers unless Customer instructs otherwise.

6.6 Once in each Subscription Year, on 30 days' notice, Customer may ask Vendor for its latest ISO/IEC 27001 audit report and a written account of the measures in this Article.

ARTICLE VII - CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including Customer's prices, buyer names and laboratory methods, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

ARTICLE VIII - INTELLECTUAL PROPERTY

8.1 Vendor owns the Platform.

8.2 Customer's certificate templates, the grading rules configured for Customer and the interface mappings made for Customer belong to Customer, which may use and modify them freely and give them to another provider.

8.3 Vendor shall defend Customer against any claim that the Platform infringes the rights of a third party.

ARTICLE IX - SUBCONTRACTING

Vendor shall not subcontract any part of the services without Customer's prior written consent. Customer consents to Alibaba Cloud as hosting provider.

ARTICLE X - LIABILITY

10.1 Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the nine months before the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of contracts or other indirect loss.

ARTICLE XI - TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues for the Subscription Term.

11.2 At the end of the Subscription Term the Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

11.3 The subscription fee for each renewal term will be Vendor's list price in force at the start of that renewal term. Vendor will inform Customer of the new fee at least 60 days before the renewal date.

11.4 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. Customer may also terminate if availability falls below 99% in two consecutive months.

11.5 If Customer terminates for Vendor's breach, Vendor shall refund the fees paid for any period after termination.

ARTICLE XII - GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the laws of Spain.

12.2 The courts of Vigo, Spain, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

ARTICLE XIII - MISCELLANEOUS

13.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

13.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to each party's contact person.

13.4 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business.

13.5 This Agreement is written in English. If a Chinese translation is made, the English text prevails.

Signed for Vendor: ____________________   Name: __________   Date: __________

Signed for Customer: ____________________   Name: __________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Plan: labels decided BEFORE the text was written (findings first), with the arithmetic they rest on.
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
# the ordinary case: a term that is fine for the buyer; each contract overrides what differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")


def terms(**kw):
    d = dict(BASE)
    for k, v in kw.items():
        assert k in d, k
        d[k] = v
    return {k: d[k] for k in TERM_KEYS}


def extra(kind, sla_clause=True, ld_stated=True, capped=None, deemed=False, value=None):
    d = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G = "goods_or_licence"
PLAN = {
    "h218z01": dict(
        file="h218z01_provincial_archives_digital_platform.pdf", fmt="pdf", language="zh", category="software",
        terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9, contract_kind=G),
        extra=extra(G, capped=True, value=2710000),
        items=[1280000, 356000, 618000, 274000, 148000, 34000], subtotals=[([1280000, 356000], 1636000)],
        payments=[(20, 542000), (45, 1219500), (35, 948500)],
        fee=(1636000, 9, 147240), tco=dict(price=2710000, base=1636000, pct=9, warranty_months=36),
        forum_outside=False, rules=[], risk="low",
        figures=["2,710,000", "1,636,000", "20%", "542,000", "45%", "35%", "三十六个月", "9%", "147,240",
                 "99.95%", "30分钟内响应", "千分之一", "800元", "本合同适用中华人民共和国法律", "不得将本项目的任何部分分包",
                 "知识产权归甲方所有", "保密", "1小时内报告", "不自动续期", "有权书面通知解除本合同"]),
    "h218z02": dict(
        file="h218z02_cement_kiln_scanner_gas_analysis.docx", fmt="docx", language="zh", category="hardware",
        terms=terms(p1_response_hours=2, confidentiality=False, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=24, contract_kind=G),
        extra=extra(G, capped=True, value=1620000),
        items=[486000, 398000, 312000, 226000, 88000, 96000, 14000],
        subtotals=[([486000, 398000, 312000, 226000, 88000], 1510000)],
        payments=[(10, 162000), (50, 810000), (35, 567000), (5, 81000)],
        fee=(1510000, 24, 362400), tco=dict(price=1620000, base=1510000, pct=24, warranty_months=18),
        forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
        risk="high",
        figures=["1,620,000", "1,510,000", "10%", "162,000", "50%", "35%", "5%", "十八个月", "24%", "362,400",
                 "2小时内远程响应", "万分之八", "500元", "本合同适用中华人民共和国法律", "书面同意", "归甲方所有",
                 "服务期为四年", "不自动续期", "有权解除本合同"]),
    "h218z03": dict(
        file="h218z03_dental_chain_saas_emr.md", fmt="md", language="zh", category="cloud",
        terms=terms(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                    liability_cap_pct=150, auto_renewal_price_increase=True),
        extra=extra("service", value=1611600),
        items=[30 * 1980 * 24, 186000], subtotals=[([30 * 1980 * 3] * 8, 30 * 1980 * 24)],
        payments=None, fee=None, tco=None, forum_outside=False,
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium",
        figures=["1,611,600", "1,425,600", "186,000", "178,200", "99.5%", "30分钟内响应", "5%", "千分之一", "150%",
                 "去标识化", "自动续期", "8%", "本合同适用中华人民共和国法律", "书面同意", "归甲方所有", "甲方不向乙方预付任何费用"]),
    "h218z04": dict(
        file="h218z04_district_hazchem_platform_om_single_source.txt", fmt="txt", language="zh",
        category="services",
        terms=terms(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.03, prepayment_pct=35,
                    final_payment_on_acceptance=True, governing_law=None),
        extra=extra("service", value=1096000),
        items=[386000, 244000, 312000, 58000, 96000], subtotals=[],
        payments=[(35, 383600), (20, 219200), (45, 493200)], fee=None, tco=None, forum_outside=False,
        rules=["CR-LD-LOW", "CR-PREPAYMENT"], risk="medium",
        figures=["1,096,000", "35%", "383,600", "20%", "45%", "493,200", "99.95%", "15分钟内响应", "万分之三",
                 "2,000", "不得将本合同项下的服务转包或分包", "知识产权归甲方所有", "保密", "30分钟内报告", "不自动续期",
                 "甲方有权解除本合同", "甲方所在地人民法院"]),
    "h218z05": dict(
        file="h218z05_rice_noodle_aps_supplier_template.md", fmt="md", language="zh", category="software",
        terms=terms(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", liability_cap_pct=25,
                    prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
                    warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=True,
                    governing_law=None, contract_kind=G),
        extra=extra(G, ld_stated=False, capped=False, deemed=True, value=880000),
        items=[420000, 368000, 92000], subtotals=[],
        payments=[(55, 484000), (35, 308000), (10, 88000)], fee=None, tco=None, forum_outside=False,
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
        risk="high",
        figures=["880,000", "55%", "484,000", "35%", "10%", "即视为甲方验收合格", "知识产权均归乙方所有", "六个月",
                 "24小时内响应", "不因响应时间或修复时间承担任何扣款", "乙方当年度公布的服务价格标准",
                 "乙方不因实施进度延误向甲方支付违约金", "25%", "无需另行取得甲方同意", "乙方所在地人民法院",
                 "守约方有权解除本合同", "归甲方所有", "保密"]),
    "h218e01": dict(
        file="h218e01_shoe_last_3d_design_licences_it_vendor.txt", fmt="txt", language="en", category="software",
        terms=terms(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                    governing_law="Italy", contract_kind=G),
        extra=extra(G, capped=True, value=1150000),
        items=[14 * 46500, 6 * 38000, 2 * 52000, 27000, 96000, 44000],
        subtotals=[([14 * 46500, 6 * 38000, 2 * 52000], 983000)],
        payments=[(20, 230000), (45, 517500), (35, 402500)],
        fee=(983000, 11, 108130), tco=dict(price=1150000, base=983000, pct=11, warranty_months=24),
        forum_outside=True, rules=["CR-GOVERNING-LAW"], risk="low",
        figures=["1,150,000", "983,000", "20%", "230,000", "45%", "35%", "24 months from Final Acceptance", "11%",
                 "108,130", "response within 2 hours", "CNY 1,000", "0.1% of the Contract Price for each day",
                 "150% of the Contract Price", "laws of Italy", "Milan", "prior written consent",
                 "belong to Customer", "does not renew automatically", "Isola di Levanzo", "Chinese Yuan Renminbi"]),
    "h218e02": dict(
        file="h218e02_homestay_channel_manager_order_form.md", fmt="md", language="en", category="cloud",
        terms=terms(sla_remedy=False, ld_rate_per_day_pct=500 / 613120 * 100, liability_cap_pct=6 / 24 * 100),
        extra=extra("service", sla_clause=False, value=613120),
        items=[26 * 880 * 24, 46000, 18000], subtotals=[([26 * 880] * 24, 549120)],
        payments=None, fee=None, tco=None, forum_outside=False,
        rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
        figures=["613,120", "549,120", "22,880", "commercially reasonable efforts", "as soon as reasonably practicable",
                 "CNY 500 for each day of delay", "six months before the event", "No fees are payable in advance",
                 "laws of the People's Republic of China", "Kunming Arbitration Commission", "prior written consent",
                 "Customer Configurations belong to Customer", "within 24 hours", "Isola di Marettimo",
                 "Chinese Yuan Renminbi"]),
    "h218e03": dict(
        file="h218e03_seaweed_farm_sensors_buyer_paper.docx", fmt="docx", language="en", category="hardware",
        terms=terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5, contract_kind=G),
        extra=extra(G, capped=True, value=2240000),
        items=[14 * 68500, 28 * 9800, 14 * 23600, 14 * 17200, 168000, 186000, 58400, 23000],
        subtotals=[([14 * 68500, 28 * 9800, 14 * 23600, 14 * 17200, 168000], 1972600)],
        payments=[(10, 224000), (55, 1232000), (35, 784000)],
        fee=(1972600, 7.5, 147945), tco=dict(price=2240000, base=1972600, pct=7.5, warranty_months=36),
        forum_outside=False, rules=[], risk="low",
        figures=["2,240,000", "1,972,600", "10%", "224,000", "55%", "35%", "36 months from Final Acceptance", "7.5%",
                 "147,945", "respond within 1 hour", "CNY 800", "0.08% of the Contract Price for each day",
                 "200% of the Contract Price", "laws of the People's Republic of China", "prior written consent",
                 "belong to the Buyer", "does not renew automatically", "Isola Ustica", "Chinese Yuan Renminbi"]),
    "h218e04": dict(
        file="h218e04_textile_trader_managed_it_support.pdf", fmt="pdf", language="en", category="services",
        terms=terms(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=1000 / 1598000 * 100,
                    liability_cap_pct=125, termination_for_breach=False, subcontract_without_consent=True),
        extra=extra("service", value=1598000),
        items=[220 * 210 * 24, 18800 * 24, 38000], subtotals=[([220 * 210 * 24, 18800 * 24], 65000 * 24)],
        payments=None, fee=None, tco=None, forum_outside=False,
        rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"], risk="high",
        figures=["1,598,000", "1,560,000", "65,000", "within 30 minutes", "5% of the Monthly Service Charge",
                 "CNY 1,000 for each day of delay", "125% of the Total Contract Value",
                 "Customer may not terminate this Agreement before the end of the Minimum Term",
                 "by notifying Customer in writing", "Customer Data belongs to Customer",
                 "laws of the People's Republic of China", "No charges are payable in advance",
                 "Isola di Ponza", "Chinese Yuan Renminbi"]),
    "h218e05": dict(
        file="h218e05_coffee_grade_certificate_api_subscription.txt", fmt="txt", language="en", category="cloud",
        terms=terms(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=400 / 434000 * 100,
                    liability_cap_pct=9 / 24 * 100, auto_renewal_price_increase=True, governing_law="Spain"),
        extra=extra("service", value=434000),
        items=[196000 * 2, 42000], subtotals=[([49000] * 8, 392000)],
        payments=None, fee=None, tco=None, forum_outside=True,
        rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], risk="medium",
        figures=["434,000", "392,000", "49,000", "99.95%", "respond within 1 hour", "5% of the quarterly fee",
                 "CNY 400 for each day of delay", "nine months before the event", "renews automatically",
                 "list price in force", "laws of Spain", "courts of Vigo", "prior written consent",
                 "Customer Data belongs to Customer", "Isla Cortegada", "Chinese Yuan Renminbi"]),
}
SOURCES_ALL = {"h218z01": H218Z01, "h218z02": H218Z02, "h218z03": H218Z03, "h218z04": H218Z04,
               "h218z05": H218Z05, "h218e01": H218E01, "h218e02": H218E02, "h218e03": H218E03,
               "h218e04": H218E04, "h218e05": H218E05}

# ---------------------------------------------------------------------------------------------------------------
# Policy §3 / §4 re-applied to the labels (my own reading of policy.md, not the project's code)
# ---------------------------------------------------------------------------------------------------------------
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
HORIZON = 5


def tco_share(tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty (partial pro
    rata) on the itemised licence/hardware base; purchase price + implementation = the contract value."""
    if tco is None:
        return None
    post_years = max(0.0, HORIZON - tco["warranty_months"] / 12)
    fees = tco["base"] * tco["pct"] / 100 * post_years
    total = tco["price"] + fees
    return {"post_years": post_years, "fees": fees, "total": total, "share": fees / total * 100}


def apply_rules(p):
    t, x = p["terms"], p["extra"]
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(p["tco"])
        if share is not None and share["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    sev = {SEVERITY[k] for k in r}
    risk = "high" if "high" in sev else ("medium" if "medium" in sev else "low")
    return sorted(r), risk


def check_plan(key, p):
    t, x = p["terms"], p["extra"]
    # prices and payments
    assert sum(p["items"]) == x["contract_value"], (key, sum(p["items"]), x["contract_value"])
    for parts, total in p["subtotals"]:
        assert sum(parts) == total, (key, parts, total)
    if p["payments"]:
        assert sum(pc for pc, _ in p["payments"]) == 100, key
        for pc, amount in p["payments"]:
            assert pc * x["contract_value"] / 100 == amount, (key, pc, amount)
    if p["fee"]:
        base, pct, amount = p["fee"]
        assert abs(base * pct / 100 - amount) < 1e-6, (key, base, pct, amount)
    # no labelled value sits on a threshold
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6, key
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, key
    assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
    share = tco_share(p["tco"])
    assert share is None or abs(share["share"] - 40) > 1, key
    # service contracts carry no warranty keys; goods carry the capped flag
    if t["contract_kind"] == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        assert "post_warranty_fee_capped" not in x, key
    rules, risk = apply_rules(p)
    assert rules == sorted(p["rules"]), (key, rules, p["rules"])
    assert risk == p["risk"], (key, risk, p["risk"])
    return share


def label(p):
    return {"file": p["file"], "language": p["language"], "category": p["category"],
            "expected_terms": p["terms"], "expected_extra": p["extra"], "expected_rules": sorted(p["rules"])}


# ---------------------------------------------------------------------------------------------------------------
# Build, read back, check
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("  ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_size(text, language):
    return len(re.sub(r"\s", "", text)) if language == "zh" else len(text.split())


def main():
    selftest_thresholds()
    shares = {k: check_plan(k, p) for k, p in PLAN.items()}
    fired = sorted({r for p in PLAN.values() for r in p["rules"]})
    print("rules fired across the set: %d of %d" % (len(fired), len(SEVERITY)), sorted(set(SEVERITY) - set(fired)))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (p["file"], p["fmt"]) for k, p in PLAN.items() if p["fmt"] in ("docx", "pdf")}
    write({k: SOURCES_ALL[k] for k in built}, built, OUT, wrap_words=True)
    for k, p in PLAN.items():
        if p["fmt"] in ("md", "txt"):
            (OUT / p["file"]).write_text(SOURCES_ALL[k], encoding="utf-8")
            print("wrote", p["file"])
        (OUT / (Path(p["file"]).stem + ".json")).write_text(
            json.dumps(label(p), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", Path(p["file"]).stem + ".json")
    failures = []
    for k, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s", "", text)
        for fig in p["figures"]:
            if re.sub(r"\s", "", fig) not in flat:
                failures.append("%s: figure %r not in the read-back text" % (k, fig))
        n = text_size(text, p["language"])
        lo, hi = (2800, 3300) if p["language"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            failures.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for name, hit, ctx in threshold_hits(text):
            failures.append("%s: threshold %s matched %r in %r" % (k, name, hit, ctx))
        sh = shares[k]
        print("%-8s %-4s %-5s %5d %s  risk %-6s %s%s" % (
            k, p["fmt"], p["language"], n, "chars" if p["language"] == "zh" else "words", p["risk"],
            ", ".join(p["rules"]) or "(none)",
            "" if sh is None else "  [TCO %.0f, fees %.0f over %.1f y, share %.2f %%]" % (
                sh["total"], sh["fees"], sh["post_years"], sh["share"])))
    if failures:
        print("\n".join(failures))
        sys.exit("FAILED: %d problem(s)" % len(failures))
    print("all checks passed")


if __name__ == "__main__":
    main()
