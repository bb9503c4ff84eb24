"""holdout250: builds ten ORDINARY draft contracts (5 zh, 5 en) and their labels from the sources below.

Run with /work/main/.venv/bin/python make_files.py. Writes .md/.txt directly, .docx/.pdf through ../word_pdf.py
(wrap_words=True), re-applies the policy rules (policy.md §3/§4 as read in NOTES.md) to the planned labels and asserts
they equal the plan, asserts price and payment sums, checks that each labelled figure appears in the text, reads every
built file back (python-docx paragraphs + tables, pypdf) and fails if a figure sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent


def render_md(src):
    out, table = [], []
    def flush():
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            for row in table[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
            table.clear()
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


def render_txt(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  ".join(text.split("|")))
        elif tag in ("T", "H"):
            out += ["", text, ""] if tag == "H" else [text, ""]
        else:
            out.append(text)
    return "\n".join(out).strip() + "\n"


# ---- thresholds of policy §3 / §4, in digits, Chinese numerals and words -------------------------------------
THRESHOLD_PATTERNS = [
    r"99[.．]9(?![0-9])", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![0-9.])0?[.．]05\s*%", r"万分之五", r"千分之零点五", r"0[.．]05\s*per\s*cent",
    r"(?<![0-9.])30\s*[%％]", r"百分之三十(?![零一二三四五六七八九点])", r"thirty\s*(\(30\)\s*)?per\s*cent", r"(?<![0-9.])30\s*per\s*cent",
    r"(?<![0-9.])15\s*[%％]", r"百分之十五(?![点])", r"fifteen\s*(\(15\)\s*)?per\s*cent", r"(?<![0-9.])15\s*per\s*cent",
    r"(?<![0-9.])40\s*[%％]", r"百分之四十(?![零一二三四五六七八九点])", r"forty\s*(\(40\)\s*)?per\s*cent", r"(?<![0-9.])40\s*per\s*cent",
    r"(?<![0-9.])100\s*[%％]", r"百分之(一)?百(?![零一二三四五六七八九])", r"(one\s*)?hundred\s*(\(100\)\s*)?per\s*cent", r"(?<![0-9.])100\s*per\s*cent",
    r"(?<![0-9.])4\s*(个)?\s*(小时|h\b|hours?|-hour)", r"(?<![十零一二三四五六七八九])四\s*(个)?小时", r"\bfour\s*(\(4\)\s*)?(-\s*)?hours?",
    r"(?<![0-9.])4\)\s*hours?",
    r"(?<![0-9.年])12\s*(个)?\s*(月(?!\s*\d+\s*日)|months?|-month)", r"(?<![十零一二三四五六七八九])十二\s*个?月", r"twelve\s*(\(12\)\s*)?(-\s*)?months?",
    r"(?<![0-9.])12\)\s*months?",
    r"(?<![0-9.十零一二三四五六七八九])(1|一)\s*(个)?\s*年(?!度|化)", r"\bone\s*(\(1\)\s*)?(-\s*)?years?\b", r"(?<![0-9.])1\s*(-\s*)?years?\b",
    r"(?<![0-9.])5\s*(个)?\s*年(?!度)", r"(?<![十零一二三四五六七八九])五\s*年", r"\bfive\s*(\(5\)\s*)?(-\s*)?years?\b", r"(?<![0-9.])5\s*(-\s*)?years?\b",
    r"(?<![0-9.])5\)\s*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)


def self_test_regex():
    bad = ["30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "100%", "百分之百", "99.9%",
           "99.9 %", "0.05%", "万分之五", "4小时", "4 小时", "四小时", "4 hours", "four hours", "four (4) hours", "4-hour",
           "12个月", "十二个月", "12 months", "twelve (12) months", "一年", "1年", "one year", "one (1) year", "1 year",
           "5年", "五年", "five years", "5 years", "fifteen per cent", "one hundred per cent"]
    good = ["99.95%", "99.99%", "24小时", "24 hours", "14 hours", "130%", "115%", "0.08%", "万分之三", "三十分钟",
            "十四小时", "2 hours", "36个月", "二十四个月", "18 months", "年度", "每年", "三年", "二年", "2027年",
            "35%", "150%", "1,500", "45%", "25%", "15 minutes", "300,000", "二十四小时", "十五分钟", "thirty minutes"]
    for s in bad:
        assert THRESHOLD_RE.search(s), s
    for s in good:
        assert not THRESHOLD_RE.search(s), (s, THRESHOLD_RE.search(s))


# ================================================================================================================
H250Z01 = """T:数值预报高性能计算集群扩容项目采购合同
P:合同编号：QX-ZFCG-2026-041　　采购方式：公开招标　　项目编号：HZCG-2026-GK-0318
P:采购人（甲方）：北川省气象局（北川省气象信息中心代为履行项目管理职责）
P:地址：北川省澄江市气象路16号
P:供应商（乙方）：澄江曙算信息系统集成有限公司
P:地址：北川省澄江市高新区云栖大道208号
P:鉴于甲方就“数值预报高性能计算集群扩容项目”依法组织公开招标，乙方为中标供应商，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；如有冲突，以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方负责在甲方现有高性能计算集群基础上完成扩容，包括计算节点、GPU节点、并行存储、高速互联网络及作业调度软件的供货、安装、集成、数值预报模式移植优化和培训，使集群满足区域中尺度数值预报业务与集合预报试验的算力需求。
P:1.2 交付地点为甲方指定的省气象信息中心机房。乙方应在合同签订后七十五日内完成全部货物到货及安装，在到货安装完成后四十日内具备初验条件。
P:1.3 乙方应派驻具有高性能计算集成经验的项目经理和不少于四名工程师，项目经理名单经甲方确认后不得擅自更换。乙方应在合同签订后十日内提交实施方案，内容包括机柜布局、供电与制冷负荷核算、网络拓扑、割接步骤和回退预案，经甲方书面确认后实施。
P:1.4 扩容实施须在不中断现有业务预报作业的前提下进行，涉及停机的操作应安排在甲方确认的窗口期内，并提前三个工作日报甲方批准。
P:1.5 乙方提供的货物应为全新、原厂正品，符合招标文件技术参数要求，并提供原厂授权及质保承诺函。
H:第二条　合同价款
P:2.1 本合同总价为人民币10,600,000元（大写：壹仟零陆拾万元整），含货物、运输、保险、安装、调试、移植优化、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|计算节点（双路处理器，512GB内存）|64台|86,500|5,536,000
TB:2|GPU计算节点（8卡）|8台|312,000|2,496,000
TB:3|并行文件存储扩容（可用容量2PB）|1套|1,148,000|1,148,000
TB:4|200G InfiniBand交换机|6台|118,000|708,000
TB:5|作业调度软件许可（节点授权）|72个|3,500|252,000
TB:|软硬件小计|||10,140,000
TB:6|安装集成及数值预报模式移植优化|1项|426,000|426,000
TB:7|运维人员培训|1项|34,000|34,000
TB:|合同总价|||10,600,000
P:2.2 合同总价为固定价格，除经甲方书面确认的变更外，不因市场价格变化而调整。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即2,120,000元。
P:3.2 全部货物到货并安装完成、经甲方签收后，甲方支付合同总价的50%，即5,300,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目终验合格后，甲方支付合同总价的25%，即2,650,000元。
P:3.4 其余合同总价的5%（530,000元）作为质量保证金，质保期满且无未解决问题后无息支付。
P:3.5 乙方每次请款前应开具合法有效的增值税专用发票。
P:3.6 甲方按照政府采购资金支付管理规定办理付款，因财政资金支付流程造成的合理延迟不视为甲方违约，但甲方应及时告知乙方办理进度。
H:第四条　验收
P:4.1 初验标准：（一）计算部分HPL测试效率不低于70%；（二）并行存储聚合读写带宽不低于120GB/s；（三）甲方业务模式在扩容后集群上连续稳定运行72小时，无作业异常中断；（四）区域模式单次预报计算耗时较扩容前缩短不少于35%；（五）提交完整的安装、配置及移植文档。
P:4.2 初验合格后进入六十日试运行，试运行期间未出现一级故障的，由甲方组织专家进行终验，并签署终验报告。
P:4.3 未达到上述标准的，乙方应在十日内整改并重新申请验收。货物安装完成、系统上线运行或甲方支付任何款项，均不视为验收合格。
H:第五条　质量保证与维保服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供备件更换、软件升级、故障排除和每季度一次的巡检。
P:5.2 质保期满后，甲方如需继续采购维保服务，年度维保费不超过软硬件小计的6%，即每年不超过608,400元；该价格在质保期满后前两个年度内固定不变，此后如需调整须经双方书面协商。
H:第六条　服务水平
P:6.1 故障分级：一级故障指集群整体不可用或业务预报作业中断；二级故障指部分节点或存储性能下降但业务可运行；三级故障指其他一般问题。
P:6.2 一级故障乙方应在15分钟内响应，2小时内到达现场，8小时内恢复业务；二级故障30分钟内响应，次日内修复；三级故障于下一工作日内处理。
P:6.3 计算集群月可用率不低于99.95%。
P:6.4 响应或恢复每超时1小时，甲方可从质量保证金或应付款中扣减2,000元；月可用率每低于承诺值0.01个百分点，扣减3,000元。
H:第七条　数据安全
P:7.1 集群上存储和处理的观测资料、模式产品及日志等数据均属于甲方所有，乙方仅为履行本合同接触，不得复制、留存或用于任何其他目的。
P:7.2 乙方远程运维须经甲方逐次审批并通过甲方堡垒机进行；更换下的存储介质由乙方在甲方监督下消磁或交还甲方。
P:7.3 发生数据泄露或安全事件时，乙方应在2小时内书面报告甲方并配合处置；因乙方原因造成的损失由乙方全额承担。
H:第八条　知识产权
P:8.1 乙方为本项目编写的移植优化脚本、编译配置、作业模板及文档，其知识产权归甲方所有，甲方可自由使用、修改和提供给第三方维护单位。
P:8.2 货物内置软件及作业调度软件的知识产权归原权利人，乙方保证甲方永久合法使用。
H:第九条　保密
P:乙方对履约中知悉的甲方网络架构、账号口令及未公开的业务信息负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务在合同终止后继续有效。
H:第十条　违约责任
P:10.1 乙方逾期交货或逾期具备验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的货物不符合合同约定的，应无条件更换，并承担由此产生的全部费用。
H:第十一条　分包
P:依据政府采购相关规定，乙方不得将本项目分包或转包给任何第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条　其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。合同期满、双方义务履行完毕后自然终止，不自动续期。
P:甲方（盖章）：北川省气象局　　　　乙方（盖章）：澄江曙算信息系统集成有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年____月____日
"""

H250Z02 = """T:牧场牛只智能管理物联网系统采购及维保合同
P:合同编号：SBLY-WL-2026-07
P:甲方（买方）：塞北绿原牧业有限公司
P:住所：锡林郭勒盟正蓝旗上都镇牧业园区
P:乙方（卖方）：青川智牧物联科技有限公司
P:住所：呼和浩特市赛罕区金桥开发区科创路9号
P:甲方下属第二、第三牧场现存栏奶牛约四千头，为实现个体识别、发情监测和产奶数据自动采集，甲方决定建设牛只智能管理物联网系统。乙方具备相应产品和实施能力，双方经友好协商，就系统采购、安装及后续维保事宜订立本合同。
H:一、合同标的
P:（一）乙方向甲方提供牛只电子耳标、计步器、读写基站、挤奶厅识别通道和牧场管理平台软件，并负责安装部署、与甲方现有挤奶设备控制系统对接以及人员培训。
P:（二）乙方应于合同生效后五十日内将全部设备运至甲方两个牧场，并在到货后三十日内完成佩戴、安装和调试。
P:（三）乙方应在设备发货前向甲方提交佩戴方案和施工计划，佩戴工作应避开挤奶和饲喂高峰时段，并由甲方兽医人员在场配合，防止牛只应激和受伤。因乙方施工不当造成牛只伤亡的，由乙方按甲方账面价值赔偿。
P:（四）乙方应保证所供电子耳标、计步器符合国家有关动物标识和无线电设备管理的规定，并在交货时提供产品合格证、检测报告和无线电型号核准证明。
P:（五）乙方应在平台上为甲方建立牛只档案，导入甲方现有的牛号、品种、胎次、出生日期和系谱数据，并与耳标编号一一对应；导入完成后由甲方抽查核对。
H:二、价格
P:（一）合同总价为人民币2,800,000元，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|超高频牛只电子耳标|4,200只|38|159,600
TB:2|牛只计步器（含电池）|4,200只|460|1,932,000
TB:3|牧场读写基站及网关|24套|9,800|235,200
TB:4|挤奶厅识别通道|6套|28,500|171,000
TB:5|牧场管理平台软件许可|1套|186,000|186,000
TB:|软硬件小计|||2,683,800
TB:6|安装部署及系统对接|1项|96,500|96,500
TB:7|培训|1项|19,700|19,700
TB:|合计|||2,800,000
P:（二）上述价格包含设备、软件、运输、安装、对接、培训及税费。
P:（三）合同履行期间，因甲方存栏增加需追加耳标、计步器的，乙方按本合同单价供货，追加数量在合同总数量的两成以内时价格不变。
P:（四）乙方随货提供备品：电子耳标和计步器各按供货数量的百分之二提供，不另收费。
H:三、付款
P:（一）合同生效后十日内，甲方向乙方支付合同总价的20%，即560,000元，作为预付款。
P:（二）全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的45%，即1,260,000元。签收不构成验收。
P:（三）系统最终验收合格后，甲方支付合同总价的35%，即980,000元。
H:四、验收
P:（一）验收条件：耳标与计步器佩戴率达到存栏数的98%以上；挤奶厅识别通道对佩戴耳标牛只的识别率不低于99%；计步器发情预警数据连续三十日正常上传平台；平台与挤奶设备控制系统的产奶量数据对账一致；乙方提交设备清单、接线图和操作手册。
P:（二）满足条件后，甲方在十五日内组织验收，验收合格的双方签署最终验收报告。验收不合格的，乙方应在十日内整改后重新验收。设备安装、试用或甲方付款均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换，计步器电池按厂家规格免费更换。
P:（二）质保期内平台软件免费升级。
P:（三）质保期内乙方每季度派员到两个牧场巡检一次，检查基站信号覆盖、计步器数据上传率和识别通道运行状态，并向甲方提交巡检报告。
H:六、质保期后的维保服务
P:（一）质保期满后，乙方继续提供设备维修、备件更换、平台运维和软件升级服务，年度维保费按软硬件小计的22%计取，即每年590,436元。
P:（二）该费用标准自质保期满之日起四个年度内固定不变，按年度于每个服务年度结束后支付。
P:（三）甲方可在每个服务年度结束前六十日书面通知不再续约。
P:（四）维保服务内容包括：设备故障维修和备件更换、计步器电池更换、基站及网关巡检（每季度一次）、平台运维和版本升级、数据备份检查，以及每年一次的现场培训。
P:（五）维保期间更换的耳标、计步器超过年度在用数量百分之三的部分，按本合同单价另行结算。
H:七、服务水平
P:（一）一级故障指挤奶厅识别通道全部停止工作或平台无法登录；二级故障指部分基站离线或部分数据无法上传；三级故障指其他问题。
P:（二）一级故障乙方应在1小时内响应，并在当日内到达现场处理；二级故障2小时内响应，两日内修复；三级故障三个工作日内处理。
P:（三）一级故障每超时1小时，乙方向甲方支付500元；二级故障每超时一日支付800元，可从应付款中直接扣减。
H:八、数据
P:（一）系统采集的牛只个体信息、体况、发情、产奶及牧场经营数据均属于甲方，乙方不得将其用于本合同以外的任何目的，不得向第三方提供。
P:（二）平台部署在甲方机房，乙方远程维护须事先取得甲方同意并使用甲方分配的账号；数据传输和存储应加密，账号权限按最小必要原则设置。
P:（四）合同终止或维保服务结束时，乙方应交还其持有的全部甲方数据和账号，并删除其留存的副本，向甲方出具书面确认。
P:（三）乙方发现数据泄露、丢失或被篡改时，应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
P:（五）乙方不得在平台中嵌入任何未经甲方同意的数据回传功能；平台与外部系统的接口须经甲方审核后方可开通。
H:九、保密
P:双方对在合作中获悉的对方商业信息、技术资料及牧场经营数据负有保密义务，未经对方书面许可不得泄露；本条在合同终止后三年内继续有效。
H:十、知识产权
P:乙方为甲方定制的报表、数据接口程序及相关源代码的知识产权归甲方所有，甲方有权自行修改或委托他人维护。平台软件本身的著作权仍属乙方，甲方享有永久使用权。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方提供的设备不符合约定质量标准的，应负责更换并承担相关费用；给甲方造成损失的，应予赔偿。
P:（三）甲方逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
H:十二、分包
P:乙方不得将本合同项下的主体工作转包。如需将现场佩戴、布线等辅助工作交由第三方完成，须事先取得甲方书面同意，乙方对第三方的工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后二十日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：设备技术参数表、系统对接方案。
P:乙方应指定一名项目负责人，负责与甲方的日常沟通与协调；甲方指定牧场信息化专员配合乙方工作。双方往来通知以书面形式送达本合同首页所列地址，或发送至双方确认的电子邮箱。
P:因不可抗力导致一方不能履行合同的，应及时通知对方并在十五日内提供证明，受影响部分的履行期限相应顺延。
P:甲方：塞北绿原牧业有限公司（盖章）　　　乙方：青川智牧物联科技有限公司（盖章）
P:授权代表：__________　　　授权代表：__________
P:日期：2026年____月____日
"""

H250Z03 = """T:连锁口腔诊所管理系统云服务及实施合同
P:合同编号：KQ-SaaS-2026-0915
P:甲方（客户）：广川美齿口腔医疗管理有限公司（下辖60家连锁口腔诊所）
P:乙方（服务商）：蓉城牙云软件科技有限公司
P:鉴于甲方需要为其全部连锁诊所统一部署预约挂号、电子病历、影像管理、收费及会员管理系统，乙方以软件即服务方式提供“牙云诊所管理平台”及相关实施服务，双方经协商一致，订立本合同，以资共同遵守。
H:第1条　定义
P:1.1 “云服务”指乙方通过互联网向甲方提供的牙云诊所管理平台订阅服务，包括预约、病历、影像、收费、库存、会员及经营分析模块。
P:1.2 “客户数据”指甲方及其诊所、医生在使用云服务过程中录入、上传或产生的全部数据，包括患者身份信息、病历、口腔影像和收费记录。
P:1.3 “上线”指60家诊所全部切换至云服务并开始正式接诊。
H:第2条　服务期限
P:2.1 订阅服务期限为三个订阅年度，自上线验收通过之日起计算。
P:2.2 服务期限届满前三十日，任何一方未书面提出不续约的，本合同自动续展一个订阅年度，续展次数不限。
P:2.3 每次续展时，乙方有权根据其成本变化上调订阅单价，上调幅度不超过上一订阅年度单价的8%，乙方以书面通知方式告知甲方即可，无需甲方另行同意。
H:第3条　费用
P:3.1 费用明细如下：
TB:项目|计费方式|金额（元）
TB:云服务订阅费|60家诊所×每家每年9,600元×3个订阅年度|1,728,000
TB:实施服务费（数据迁移、配置、培训）|一次性|186,000
TB:接口对接费（医保结算、移动支付、短信）|一次性|66,000
TB:合同总额||1,980,000
P:3.2 订阅费按季度结算，每季度结束后十五日内由甲方支付当季费用144,000元。
P:3.3 实施服务费和接口对接费在上线验收通过后二十日内一次性支付。
P:3.4 本合同不设预付款。
H:第4条　实施与验收
P:4.1 乙方应在合同签订后九十日内完成全部诊所的数据迁移、系统配置、接口对接和人员培训。
P:4.1A 乙方应在合同签订后十日内提交实施计划，明确各诊所的上线批次、数据迁移方案和培训安排，经甲方确认后执行。迁移期间乙方应确保原系统数据不被修改或删除，并保留迁移前的完整备份，直至上线验收通过后三十日。
P:4.1B 甲方负责协调各诊所提供必要的网络条件、终端设备和配合人员，并按计划组织诊所员工参加培训。
P:4.2 上线验收标准：（1）原系统中近三年的患者档案、病历和影像迁移完整，抽样核对差错率低于千分之二；（2）医保结算和移动支付接口在全部诊所联调通过；（3）在甲方全部诊所同时营业的高峰时段，预约和收费操作响应时间不超过2秒；（4）每家诊所至少两名员工通过操作考核。
P:4.2A 乙方应在每家诊所上线当日安排实施人员现场或远程值守，上线后两周内每日汇总问题清单并跟踪处理结果，问题清单作为上线验收的依据之一。
P:4.3 满足上述标准后，甲方出具上线验收确认书。试运行、部分诊所使用或甲方付款均不视为验收通过。
H:第5条　服务水平
P:5.1 乙方承诺云服务月可用率不低于99.5%，计划内维护须安排在夜间停诊时段并提前三日通知。
P:5.2 故障等级与响应：一级故障（全部诊所无法登录或无法收费）30分钟内响应，3小时内恢复；二级故障（单个模块不可用）1小时内响应，8小时内恢复；三级故障下一工作日处理。
P:5.2A 乙方应提供七乘二十四小时服务热线和在线工单系统，并为甲方指定专属客户经理。乙方每月向甲方提交服务报告，列明可用率、故障记录、工单处理情况及改进措施。
P:5.3 月可用率低于承诺值时，乙方按当月订阅费的5%给予服务抵扣；低于98%时，按当月订阅费的10%给予抵扣。一级故障恢复每超时1小时，另抵扣2,000元。
P:5.4 服务抵扣不影响甲方依据本合同第9条、第11条享有的其他权利。乙方应在每月服务报告中列明当月应给予的抵扣金额，并在下一季度结算时直接扣除。
P:5.5 乙方进行重大版本升级前，应提前十五日通知甲方，说明升级内容和对诊所业务的影响，并提供测试环境供甲方验证。
H:第6条　客户数据与数据安全
P:6.1 客户数据的所有权归甲方。乙方为履行本合同处理客户数据。
P:6.2 甲方同意，乙方可对客户数据进行脱敏和汇总处理后，用于改进其产品、训练其智能排班与诊疗辅助模型以及编制口腔行业经营分析报告，该等使用在本合同终止后仍可继续。
P:6.3 乙方应将客户数据存储于中国境内的数据中心，采取传输和存储加密、访问权限控制、操作日志审计等措施，云服务平台通过网络安全等级保护三级测评。
P:6.4 发生客户数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因给甲方造成的全部损失。
P:6.5 合同终止后三十日内，乙方应将客户数据以通用格式完整交还甲方，并在甲方确认后删除其保存的副本。
P:6.6 乙方应每日对客户数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复测试，测试结果书面报告甲方。
P:6.7 乙方员工访问客户数据须经授权并留存记录；乙方不得在未经甲方书面同意的情况下将客户数据传输至中国境外。
H:第7条　知识产权
P:7.1 云服务平台及其底层软件的知识产权归乙方。
P:7.2 乙方为甲方定制的报表模板、病历模板和接口配置归甲方所有，甲方可自由使用、修改并交由第三方使用。
P:7.3 乙方保证其提供的云服务不侵犯任何第三方的知识产权。如第三方就此向甲方主张权利，乙方应负责处理并承担由此产生的全部费用和赔偿。
H:第8条　保密
P:双方应对在履约过程中获知的对方商业秘密和未公开信息予以保密，未经对方书面同意不得披露，保密义务不因合同终止而失效。
H:第9条　违约责任
P:9.1 因乙方原因未能按第4.1条约定期限完成上线的，每逾期一日，乙方向甲方支付违约金1,200元。
P:9.2 乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但因乙方故意、重大过失或违反第6条、第8条造成的损失不受此限。
P:9.3 甲方逾期支付费用的，乙方应书面催告；催告后三十日内仍未支付的，乙方可暂停新增功能的开通，但不得中断诊所的日常接诊、收费和病历调阅功能。
H:第10条　分包
P:未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。乙方使用的云基础设施服务商已在本合同附件中列明，更换须取得甲方书面同意。
H:第11条　合同解除
P:一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权书面通知解除本合同；乙方连续两个月未达到承诺可用率的，甲方亦有权解除。
H:第12条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。
H:第13条　其他
P:本合同自双方签章之日起生效，一式两份，双方各执一份。
P:本合同附件包括：云服务功能清单、实施计划、上线验收标准、服务水平说明和云基础设施服务商清单。附件与正文不一致的，以正文为准。
P:双方往来通知应以书面形式送达本合同所列地址或双方确认的电子邮箱，送达即生效。因不可抗力不能履行合同的一方应及时通知对方，并在合理期限内提供证明。
P:甲方：广川美齿口腔医疗管理有限公司　　　乙方：蓉城牙云软件科技有限公司
P:签字：__________　　　签字：__________
"""

H250Z04 = """T:住房公积金管理中心业务系统年度运维服务合同
P:合同编号：ZJGJJ-YW-2027-01　　采购方式：竞争性磋商
P:采购人（甲方）：临江市住房公积金管理中心
P:供应商（乙方）：临江数维信息技术服务有限公司
P:根据临江市住房公积金管理中心业务系统运维服务项目竞争性磋商结果，乙方为成交供应商。为保障公积金归集、提取、贷款及综合服务平台稳定运行，双方依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，订立本合同。
H:第一条　服务范围
P:1.1 乙方为甲方提供公积金核心业务系统、综合服务平台（网厅、手机公积金、自助终端）、数据库及相关服务器、网络安全设备的运行维护服务。
P:1.2 服务期为2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法重新组织采购。
P:1.3 乙方应在服务期开始前十日内完成与原运维单位的交接，包括系统清单、账号权限、配置文档、未关闭问题和应急预案的移交，交接情况形成书面记录，由三方签字确认。
P:1.4 乙方应配合甲方完成住房和城乡建设部及省级主管部门组织的数据质量检查、信息系统安全检查和公积金业务系统升级改造工作。
H:第二条　服务内容与费用
P:2.1 合同总价为人民币1,160,000元，为固定总价，含人员、工具、差旅及税费，明细如下：
TB:服务项目|内容|金额（元）
TB:驻场运维|3名驻场工程师，工作日现场值守，节假日远程值守|612,000
TB:应用系统维护|巡检、缺陷修复、业务参数调整|268,000
TB:数据库运维|备份检查、性能优化、恢复演练|146,000
TB:安全加固与漏洞整改|季度漏洞扫描及整改|98,000
TB:应急演练|每半年一次业务连续性演练|36,000
TB:合计||1,160,000
P:2.2 服务期内，因甲方新增业务系统或服务器需增加运维对象的，新增部分在现有运维对象数量的一成以内时不另行收费；超出部分由双方参照本合同单价另行协商。
H:第三条　付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度290,000元。每季度结束后，甲方依据第五条对当季服务进行考核，考核合格后十五个工作日内支付当季费用；考核扣减的金额从当季费用中扣除。
H:第四条　服务水平
P:4.1 故障分级：一级故障指归集、提取、贷款任一核心业务中断或综合服务平台整体不可用；二级故障指部分功能异常但有替代办理方式；三级故障指一般性问题。
P:4.2 一级故障乙方应在15分钟内响应，1小时内到达现场，3小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障两个工作日内解决。
P:4.3 核心业务系统月可用率不低于99.95%，计划停机须提前五个工作日报甲方批准，不计入不可用时间。
P:4.4 一级故障响应或恢复每超时30分钟，扣减服务费1,500元；月可用率每低于承诺值0.01个百分点，扣减服务费2,000元；当季累计扣减以当季服务费为限。
H:第五条　考核与验收
P:5.1 季度考核内容：服务水平达标情况、巡检报告、漏洞整改完成率、备份有效性抽查结果及甲方业务处室满意度评价。考核得分85分及以上为合格。
P:5.2 服务期满前，乙方提交年度运维总结报告、系统配置文档、运维脚本及知识库，甲方组织终期验收，确认交接完整后签署验收意见。
P:5.2A 终期验收的标准为：全年服务水平达标；运维文档、脚本、配置基线和知识库完整并经甲方抽查可用；全部账号权限已按甲方要求交回或移交；无未关闭的高危漏洞和一级故障遗留问题。
P:5.3 季度考核不合格的，乙方应在十日内提交整改方案；连续两个季度不合格的，甲方可按第十一条处理。
P:5.4 季度考核由甲方信息科牵头，归集、提取、贷款、财务等业务处室共同参与，考核结果以书面形式通知乙方。乙方对考核结果有异议的，可在收到通知后五个工作日内书面提出，甲方应予复核。
H:第六条　人员要求
P:乙方驻场工程师须具备相应资格证书，名单经甲方确认后不得擅自更换；确需更换的，应提前十五日书面申请并经甲方同意。
P:6.2 驻场工程师应遵守甲方的考勤、保密和机房管理制度，每日填写运维日志，每周提交运维周报，每季度提交运维分析报告，报告内容应包括系统运行状况、故障统计、容量预测和优化建议。
P:6.3 乙方应建立二线技术支持团队，对驻场人员无法解决的问题提供远程或现场支持；重大节假日和业务高峰期（如年度缴存基数调整期间）乙方应增派人员现场保障。
P:6.4 乙方应每年至少组织两次应急演练，演练方案须经甲方审核，演练结束后提交总结报告和改进措施。
P:6.5 乙方应建立运维知识库，对每次故障的现象、原因、处理过程和预防措施进行记录，知识库随服务成果一并移交甲方。
H:第七条　数据安全
P:7.1 公积金缴存、提取、贷款数据及个人信息均属于甲方所有。乙方仅在运维必需的范围内接触数据，不得下载、复制、留存或用于其他任何目的。
P:7.2 乙方所有运维操作须通过甲方堡垒机进行，并接受操作审计；生产数据不得导出至甲方网络以外。
P:7.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在1小时内报告甲方并配合处置和调查；因乙方原因造成的损失和行政处罚由乙方承担。
P:7.4 乙方人员离场时，应交回全部账号、门禁卡和工作资料，由甲方注销其权限；乙方不得在其自有设备上保存任何甲方数据。
P:7.5 乙方应配合甲方开展网络安全等级保护测评和数据安全风险评估，对发现的问题按甲方要求的期限整改。
H:第八条　保密
P:乙方及其人员对在服务中知悉的甲方工作秘密、网络结构、账号口令及缴存职工个人信息负有保密义务，乙方人员须签署保密承诺书；保密义务在合同终止后继续有效。
H:第九条　成果归属
P:乙方在服务期内形成的运维文档、脚本、配置基线和知识库归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位。
H:第十条　违约责任
P:10.1 乙方未按磋商文件约定时间完成服务交接进场，或未在甲方要求的期限内完成高危漏洞整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方原因造成数据丢失或业务长时间中断的，乙方应赔偿甲方因此遭受的损失。
P:10.3 乙方驻场人员未经甲方同意擅自离岗或更换的，每人次扣减服务费3,000元；乙方未按约定提交运维周报、季度报告的，每次扣减服务费500元。
P:10.4 上述违约金和扣减不足以弥补甲方损失的，乙方应就不足部分予以赔偿。
H:第十一条　合同解除
P:乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
H:第十二条　分包
P:本项目不允许分包。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十四条　其他
P:本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签章之日起生效。
P:本合同附件包括：磋商文件、响应文件、成交通知书、服务内容及考核细则。上述文件互为补充，如有不一致，以本合同正文为准。
P:因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明；不可抗力影响期间的服务费按实际提供的服务结算。
P:甲方（盖章）：临江市住房公积金管理中心　　乙方（盖章）：临江数维信息技术服务有限公司
P:负责人或授权代表：__________　　法定代表人或授权代表：__________
"""

H250Z05 = """T:织云PLM产品生命周期管理系统软件许可及定制开发合同
P:（织云软件标准合同文本 ZY-HT-2025版）
P:合同编号：ZY2026-PLM-112
P:甲方：江南暖羽服饰股份有限公司
P:乙方：杭州织云软件有限公司
P:甲方系羽绒服设计、生产和销售企业，拟引入乙方织云PLM系统，管理款式设计、面辅料、样衣、BOM、工艺单和尺码等数据。乙方同意授予甲方软件使用许可并按甲方需求进行定制开发。双方在平等自愿基础上达成如下条款。
H:第一章　合同标的与价款
P:第一条　乙方向甲方提供织云PLM标准版软件使用许可（120个命名用户），并完成以下定制开发：羽绒充绒量与含绒量计算模块、面辅料库及供应商协同门户、工艺单与尺码表模板、与甲方ERP及款式设计软件的数据接口。
P:第一条之一　乙方负责产品安装部署、基础数据初始化、用户权限配置和操作培训。甲方应按乙方要求提供服务器环境、网络条件及款式、面辅料、供应商等基础数据，并指定项目联系人配合乙方工作。
P:第一条之二　定制开发的具体范围以双方确认的需求说明书为准。需求说明书确认后，甲方提出的任何新增或变更需求，乙方有权另行报价，工期相应顺延。
P:第二条　合同总价为人民币1,450,000元，具体如下：
TB:项目|数量|单价（元）|小计（元）
TB:织云PLM软件使用许可|120用户|5,800|696,000
TB:定制开发|1项|624,000|624,000
TB:实施部署|1项|108,000|108,000
TB:用户培训|1项|22,000|22,000
TB:合计|||1,450,000
H:第二章　付款
P:第三条　本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即797,500元，作为预付款。乙方收到预付款后启动项目。
P:第三条之一　上述价款不含甲方服务器、数据库、操作系统及第三方中间件的采购费用，亦不含乙方人员赴甲方现场所产生的差旅费用，差旅费用按实际发生额由甲方另行承担。
P:第四条　系统部署上线后十个工作日内，甲方支付合同总价的45%，即652,500元。
P:第四条之一　乙方在收到每笔款项前向甲方开具等额增值税专用发票。甲方支付的款项在任何情况下均不予退还，但乙方根本违约导致合同解除的除外。
P:第五条　甲方未按期付款的，乙方有权暂停实施和服务，工期相应顺延。
H:第三章　实施与验收
P:第六条　乙方根据双方确认的需求说明书进行开发和部署，计划于合同签订后一百二十日内上线。因需求变更、甲方数据准备不及时等原因导致延期的，工期相应顺延。
P:第六条之一　乙方按照其标准实施方法论开展项目，包括需求调研、方案设计、开发测试、数据导入、上线切换五个阶段。各阶段文档由乙方提交甲方查阅，甲方应在收到后三个工作日内反馈意见，逾期未反馈的视为认可。
P:第六条之二　甲方应确保其关键用户按计划参加需求调研和培训。因甲方人员变动或配合不到位影响进度的，责任由甲方承担。
P:第七条　系统部署完成并上线运行后，即视为甲方验收合格。甲方在上线后发现的问题，由乙方在维护期内处理。
H:第四章　知识产权
P:第八条　织云PLM软件及其相关文档的知识产权归乙方所有。
P:第九条　乙方为本项目完成的定制开发成果，包括充绒量计算模块、供应商协同门户、接口程序、报表模板及其源代码，知识产权均归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译或许可第三方使用，乙方有权将上述成果用于其他客户。
H:第五章　维护服务
P:第十条　免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。
P:第十条之一　免费维护期内，乙方仅对标准产品缺陷及定制开发中的程序错误提供修复；因甲方操作不当、数据错误、环境变化或第三方软件引起的问题，不属于免费维护范围。
P:第十一条　免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方届时公布的服务价格标准收取。
P:第十二条　服务响应：一级故障（系统无法登录或核心业务无法进行）乙方在8小时内响应，二级故障在两个工作日内响应，其他问题在五个工作日内响应。乙方将尽合理努力尽快修复，但不对修复时间作出承诺。
P:第十二条之一　乙方通过电话、邮件和远程协助方式提供技术支持，服务时间为工作日9:00至18:00。超出服务时间或需要现场服务的，乙方可另行收取费用。
P:第十二条之二　乙方将不定期发布产品版本升级。免费维护期内甲方可获得标准产品的升级；对定制开发部分的升级适配，乙方另行报价。
P:第十三条　因故障处理超时或系统不可用，乙方不承担扣款、赔偿或违约金责任。
H:第六章　数据
P:第十四条　乙方对其接触的甲方数据采取访问权限控制、传输加密和操作日志等安全措施；发生数据泄露时，乙方在知悉后三个工作日内通知甲方，因乙方过错造成的直接损失由乙方依法承担。
P:第十五条　甲方同意，乙方可将甲方款式、面辅料及工艺数据进行脱敏处理后，用于乙方产品改进、行业模板开发及服装行业数据分析。
P:第十五条之一　甲方应自行负责其服务器、网络及终端的安全防护，并定期备份系统数据。因甲方环境原因导致的数据丢失或安全事件，乙方不承担责任。
H:第七章　保密
P:第十六条　双方对在合作过程中获得的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。
P:第十六条之一　下列信息不属于保密信息：已经公开的信息；接收方在披露前已经知悉的信息；接收方从第三方合法获得的信息；依法律或监管要求必须披露的信息。
H:第八章　合作伙伴
P:第十七条　乙方可根据项目需要，将部分开发、实施工作交由其合作伙伴完成，无需另行征得甲方同意。
H:第九章　责任限制
P:第十八条　任何情况下，乙方在本合同项下的累计赔偿责任不超过合同总价的20%，且不承担任何间接损失、利润损失或数据损失。
P:第十九条　任何一方违反本合同约定的，应承担相应的违约责任。
H:第十章　合同解除
P:第二十条　一方严重违反本合同且在收到对方书面通知后三十日内未予纠正的，守约方有权解除本合同。
P:第二十条之一　合同解除后，甲方应停止使用定制开发成果，已支付的款项不予退还；乙方已完成但甲方尚未支付的工作，甲方仍应按比例支付。
H:第十一章　法律适用与争议解决
P:第二十一条　本合同适用中华人民共和国法律。双方发生争议的，应友好协商；协商不成的，任何一方均可向乙方所在地（杭州市西湖区）人民法院提起诉讼。
H:第十二章　其他
P:第二十二条　本合同未尽事宜，双方可签订补充协议。本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:第二十二条之一　因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、网络运营商故障、大规模网络攻击等乙方无法控制的情形。
P:第二十二条之二　双方往来通知以书面形式或电子邮件发送至本合同所列联系人，发出即视为送达。
P:第二十二条之三　本合同的任何修改须经双方书面确认。乙方的报价单、产品说明书及宣传资料仅供参考，不构成本合同的组成部分。
P:第二十三条　本合同附件包括：需求说明书、实施计划、报价单。附件与正文不一致的，以正文为准。
P:甲方（盖章）：江南暖羽服饰股份有限公司　　乙方（盖章）：杭州织云软件有限公司
P:授权代表：__________　　授权代表：__________
P:日期：______年____月____日
"""

H250E01 = """T:STOREFRONT PLATFORM SUBSCRIPTION AGREEMENT
P:Agreement No. CRN-YX-2026-044
P:This Storefront Platform Subscription Agreement (the "Agreement") is made between:
P:(1) Carneiro Commerce Technologies, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu do Carneiro, Portugal (the "Provider"); and
P:(2) Yixing Zisha Hall Teaware Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dingshu Town, Yixing, Jiangsu Province (the "Customer").
H:Background
P:A. The Customer makes and sells hand-thrown purple-clay (zisha) teapots and wishes to sell them directly to consumers through its own branded online storefront, in addition to its existing marketplace shops.
P:B. The Provider operates a hosted e-commerce storefront platform, with product catalogue, checkout, order management, customer accounts and promotions, and offers setup and integration services.
P:C. At the Customer's request this Agreement is written in English and all prices are stated and payable in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Platform" means the Provider's hosted storefront software and the infrastructure on which it runs, as described in Schedule 1.
P:1.2 "Storefront" means the Customer's branded online shop built on the Platform, including the theme, page templates and product pages configured for the Customer.
P:1.3 "Customer Data" means all data that the Customer or its shoppers enter into or generate through the Storefront, including product information, orders, shopper names, addresses and telephone numbers, and payment records.
P:1.4 "Go-Live" means the date on which the Storefront is opened to the public and accepts real orders.
P:1.5 "Subscription Term" means twenty-four (24) months starting on the Go-Live date.
H:2. Services
P:2.1 The Provider shall (a) set up the Storefront, including a custom theme reflecting the Customer's brand and the presentation of individual artisan-signed teapots; (b) migrate the Customer's product catalogue of about 1,600 items with photographs, clay type, capacity and artisan details; (c) integrate WeChat Pay and Alipay checkout and the Customer's courier accounts; and (d) provide the Platform to the Customer during the Subscription Term.
P:2.2 The Platform shall be hosted in a data centre located in mainland China operated by a cloud provider named in Schedule 1.
P:2.3 The Provider shall provide remote training for up to eight Customer staff before Go-Live.
P:2.4 The Provider shall name a project manager for setup and migration and shall report progress to the Customer every week until Go-Live. The Customer shall supply product photographs, descriptions and courier account details in time for migration.
H:3. Fees and Payment
P:3.1 The fees are as follows:
TB:Item|Basis|Amount (CNY)
TB:Platform subscription|CNY 23,500 per month x 24 months|564,000
TB:Storefront setup and custom theme|one-time|118,000
TB:Payment gateway and courier integration|one-time|46,000
TB:Catalogue migration|one-time|22,000
TB:Total contract value||750,000
P:3.2 The one-time fees (CNY 186,000 in total) shall be invoiced after Go-Live Acceptance under Clause 4 and are payable within 30 days of invoice.
P:3.3 The subscription fee shall be invoiced quarterly in arrears, CNY 70,500 per quarter, payable within 30 days of invoice.
P:3.4 No amount is payable in advance. All amounts include applicable Chinese VAT and are paid to the Provider's CNY account designated in writing.
H:4. Go-Live Acceptance
P:4.1 Before Go-Live the Provider shall demonstrate, in a test environment using the migrated catalogue, that (a) all migrated products display correctly with complete attributes and images; (b) test orders can be placed and paid with WeChat Pay and Alipay and refunded; (c) order data flows to the Customer's courier accounts and tracking numbers return to the Storefront; (d) product pages load within 3 seconds on a typical mainland mobile connection; and (e) the storefront passes the Customer's checklist of 40 user scenarios in Schedule 2.
P:4.2 If the tests pass, the Customer shall sign a Go-Live Acceptance certificate within five business days. If any test fails, the Provider shall correct the defect and repeat the test. Opening the Storefront to the public without a signed certificate does not constitute acceptance.
P:4.3 If Go-Live Acceptance is not achieved within 75 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 500 for each day of delay.
H:5. Service Levels
P:5.1 The Platform shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
P:5.2 Incidents are classified as follows. Severity 1: the Storefront is down or shoppers cannot complete checkout. Severity 2: a material function, such as promotions or order export, does not work. Severity 3: all other issues.
P:5.3 The Provider shall respond to Severity 1 incidents within 6 hours, Severity 2 incidents within one business day and Severity 3 incidents within three business days, and shall work continuously on Severity 1 incidents until service is restored.
P:5.4 If availability in a month falls below the commitment in Clause 5.1, the Provider shall credit 10% of that month's subscription fee, and 25% if availability falls below 99.0%. Credits are deducted from the next quarterly invoice.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose, including analytics or marketing for the Provider or third parties.
P:6.2 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel using multi-factor authentication, keep access logs, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall cooperate in any notification to shoppers or authorities, and shall be responsible for losses caused by its breach of this Clause 6.
P:6.4 On expiry or termination, the Provider shall export all Customer Data in a standard format within 30 days and then delete it from the Platform, confirming deletion in writing.
H:7. Intellectual Property
P:7.1 The Platform and all its software remain the property of the Provider.
P:7.2 The custom theme, page templates and product-page designs created for the Customer, and all content supplied by the Customer, belong to the Customer. The Customer may use, modify and have them used by a successor platform provider without restriction.
H:8. Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purpose of this Agreement. This obligation survives for three years after the Agreement ends.
H:9. Subcontracting
P:The Provider may not subcontract any part of the Services without the Customer's prior written consent, except the hosting provider named in Schedule 1, which the Customer approves by signing this Agreement. The Provider remains responsible for its subcontractors.
H:10. Limitation of Liability
P:10.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:10.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.
P:10.3 Clause 10.2 does not apply to death or personal injury caused by negligence or to fraud.
H:11. Term and Termination
P:11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written order agreed by both parties.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:11.3 The Customer may also terminate if availability falls below 99.0% in any two consecutive months.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of Portugal.
P:12.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.
H:13. General
P:13.1 Notices shall be in writing and sent by e-mail and courier to the addresses in the signature block.
P:13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.
P:13.4 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the whole of its business concerned.
P:13.5 The Provider shall comply with applicable anti-bribery laws and shall not offer any payment or benefit to the Customer's staff in connection with this Agreement.
P:13.6 If any provision of this Agreement is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
P:Schedule 1: Platform description and hosting provider. Schedule 2: Go-Live test scenarios.
P:Signed for Carneiro Commerce Technologies, Lda.: ____________________ Name / Title / Date
P:Signed for Yixing Zisha Hall Teaware Co., Ltd.: ____________________ Name / Title / Date
"""

H250E02 = """T:SUPPLY AND INSTALLATION CONTRACT FOR CROWD-COUNTING CAMERAS AND ANALYTICS
P:Contract No. HBIF-2026-CC-07
P:Buyer: Harbin Ice Lantern Festival Operations Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Vendicari Visione Integrata S.r.l., with its registered seat on the Isola di Vendicari, Syracuse, Italy, acting through its Harbin representative office (the "Supplier").
P:This Contract is prepared on the Buyer's standard form. At the Buyer's request it is written in English and all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Purpose
P:1.1 The Buyer organises the annual ice and snow festival, which receives large numbers of visitors on winter evenings. To manage crowd density at entrances, ice slides and viewing platforms, the Buyer wishes to install crowd-counting cameras and an analytics platform that reports visitor numbers per zone in real time to its command centre and to the public-security command room.
P:1.2 The Supplier shall supply, install, configure and commission the equipment and software listed in Article 2, integrate the analytics platform with the Buyer's command-centre dashboard, and train the Buyer's operators.
P:1.3 All equipment shall be rated for continuous outdoor operation at minus 35 degrees Celsius.
H:Article 2 Price
P:2.1 The Contract Price is CNY 3,200,000, fixed, including delivery to site, installation, integration, training and all taxes. The breakdown is:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|4K edge-AI crowd-counting camera, low-temperature housing|180|7,800|1,404,000
TB:2|Thermal imaging camera for low-light zones|24|21,500|516,000
TB:3|Edge analytics box|30|18,600|558,000
TB:4|Crowd analytics platform, perpetual licence|1|362,000|362,000
TB:|Hardware and Licence Subtotal|||2,840,000
TB:5|Installation, cabling and mounting in sub-zero conditions|1|236,000|236,000
TB:6|Integration with command-centre dashboard|1|98,000|98,000
TB:7|Operator training|1|26,000|26,000
TB:|Contract Price|||3,200,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 320,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 1,760,000) within 20 days after the Buyer signs the Installation Certificate. The Installation Certificate confirms only that the equipment has been delivered and mounted; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 1,120,000) within 20 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment requires a valid VAT invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the festival site by 20 October 2026 and complete installation by 25 November 2026, so that acceptance can be completed before the festival opens.
P:4.2 The Buyer shall provide power points, access to mounting poles and a site coordinator.
P:4.3 The Supplier shall submit an installation plan, including the mounting position of each camera, cable routes and a work schedule, within 15 days after signature, for the Buyer's written approval. Installation work on ice structures shall be coordinated with the Buyer's construction teams and shall follow the site safety rules, including the use of insulated tools and fall protection.
P:4.4 Title to the equipment passes to the Buyer on signature of the Installation Certificate; risk passes on Final Acceptance.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) in each of ten test zones the platform's count differs from a manual count by no more than 5% at densities from 0.5 to 4 persons per square metre; (b) counts reach the dashboard with a delay of less than 3 seconds; (c) density alarms trigger correctly at the thresholds configured by the Buyer; (d) the whole system runs for ten consecutive days at night-time temperatures without a Critical fault; and (e) the Supplier hands over as-built drawings, configuration records and operating manuals.
P:5.2 When the criteria are met, the Buyer signs the Final Acceptance Certificate within seven days. If they are not met, the Supplier shall remedy the defects and the tests shall be repeated. Use of the system during festival preparations does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and software for ten (10) months from Final Acceptance, a period the Supplier has sized to cover one festival season. During the warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Buyer may order annual support at 9% of the Hardware and Licence Subtotal per year (CNY 255,600), fixed for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 A Critical fault is a failure of counting in two or more zones, loss of the dashboard feed or failure of density alarms. A Major fault is a failure of single cameras or boxes. Other faults are Minor.
P:7.2 During the warranty period and any support period, the Supplier shall respond to Critical faults within 30 minutes, be on site within 2 hours and restore service within 6 hours; respond to Major faults within 2 hours and fix them by the next day; and handle Minor faults within three working days.
P:7.3 During the festival opening hours the platform shall be available at least 99.95% of the time in each month.
P:7.4 For each hour of delay in responding to or restoring a Critical fault, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:7.5 During the festival season the Supplier shall keep at least two engineers in Harbin and a stock of spare cameras and edge boxes at the site equal to at least 5% of the installed quantity, so that defective units can be replaced on the same night.
P:7.6 The Supplier shall provide a monthly service report listing faults, response and restoration times and the spare stock.
P:7.7 Before each festival season the Supplier shall inspect and recalibrate every camera and run a full system test with the Buyer's operators.
H:Article 8 Data Protection and Security
P:8.1 All video, images, counts and logs produced by the system belong to the Buyer. The Supplier shall process them only to perform this Contract.
P:8.2 Video shall be stored only on servers in the Buyer's Harbin data room; no video or personal information may leave mainland China. Faces shall be blurred in any image displayed outside the command centre. Access shall be limited to named persons using individual accounts, and all access shall be logged.
P:8.3 The Supplier shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC. Remote access by the Supplier requires the Buyer's approval for each session.
P:8.4 The Supplier shall report any security incident affecting the system or its data within 2 hours and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Intellectual Property
P:9.1 Configuration files, zone definitions, dashboard integration code and documentation produced for the Buyer belong to the Buyer, which may use, modify and pass them to other contractors freely.
P:9.2 The analytics platform remains the property of its owner and is licensed to the Buyer perpetually for use at the festival and at any other event organised by the Buyer.
H:Article 10 Delay Damages
P:10.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates in Article 4, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 If the delay exceeds 20 days the Buyer may also purchase replacement equipment elsewhere at the Supplier's cost.
H:Article 11 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Article 8.
H:Article 12 Subcontracting
P:The Supplier may use a local installation company for cabling and mounting only with the Buyer's prior written consent, and remains responsible for its work.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 10 days after notice, or if delay damages reach their maximum.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Article 15 Miscellaneous
P:This Contract takes effect on signature by both parties and is made in two originals. Annex 1: Technical specifications. Annex 2: Zone plan and test method.
P:Changes to the scope require a written change order signed by both parties stating the effect on price and dates. Notices shall be given in writing to the addresses above. Neither party is liable for delay caused by force majeure, provided it notifies the other promptly; extreme cold that falls within the rated operating range of the equipment is not force majeure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H250E03 = """T:ORDER FORM AND GENERAL TERMS - FERRY TICKETING CLOUD SERVICE
P:Order Form No. LGT-OF-2026-0193
H:Part A - Order Form
P:Vendor: Langlütjen Maritime Software GmbH, registered seat: Langlütjen, Lower Saxony, Germany ("Vendor").
P:Customer: Xiamen Egret Islands Ferry Co., Ltd., Siming District, Xiamen, Fujian Province, People's Republic of China ("Customer").
P:Service: HarbourPass cloud ticketing service for passenger ferries, including online and counter sales, QR boarding passes, real-name passenger registration, capacity control per sailing, gate integration and reporting.
P:Language and currency: at the Customer's request this Order Form and the General Terms are in English and all fees are stated and invoiced in Chinese Renminbi (CNY).
P:Subscription Term: thirty-six (36) months from the Service Start Date, being the date of the Acceptance Certificate under Section 4 of the General Terms.
P:Fees:
TB:Item|Basis|Amount (CNY)
TB:HarbourPass subscription, 9 routes, unlimited counters|CNY 41,000 per month x 36 months|1,476,000
TB:Implementation (fare rules, sailings, payment set-up, training)|one-time|164,000
TB:Turnstile and gate integration at three terminals|one-time|80,000
TB:Total Contract Value||1,720,000
P:Invoicing: the one-time fees (CNY 244,000) are invoiced on signature of the Acceptance Certificate. The subscription fee is invoiced quarterly in arrears (CNY 123,000 per quarter). Payment is due 30 days after invoice. Nothing is payable before the Service Start Date.
P:This Order Form is governed by and incorporates the General Terms in Part B. If there is a conflict, this Order Form prevails.
H:Part B - General Terms
H:1. Definitions
P:1.1 "Service" means the HarbourPass cloud service described in the Order Form and the Documentation.
P:1.2 "Customer Data" means passenger names, identity document numbers, contact details, tickets, boarding records and all other data entered into or generated by the Service for the Customer.
P:1.3 "Customer Deliverables" means the fare-rule configurations, gate integration adapters, report layouts and other work product created by the Vendor specifically for the Customer.
H:2. Provision of the Service
P:2.1 The Vendor shall provide the Service for the Subscription Term from a data centre in mainland China operated by the hosting partner listed in the Documentation.
P:2.2 The Vendor shall implement the Service within 60 days after signature of the Order Form, configure the Customer's routes, sailings, fare classes and passenger categories, and train the Customer's counter and office staff.
P:2.3 The Vendor shall provide the Customer with a named customer success manager, a Chinese-language service desk available during sailing hours and an emergency telephone line for Priority 1 incidents at all times.
P:2.4 The Vendor shall give at least 30 days' notice of any change to the Service that removes a function used by the Customer, and shall not make such a change during the Spring Festival travel period or the October national holiday week.
H:3. Fees
P:3.1 Fees are payable as stated in the Order Form and include VAT.
P:3.2 The Customer may dispute an invoice in good faith within 15 days; undisputed amounts remain payable.
H:4. Acceptance
P:4.1 Before the Service Start Date the Vendor shall demonstrate, in a test run over at least seven sailing days, that (a) tickets can be sold online, at counters and through the Customer's mini-program for every route and fare class; (b) real-name verification rejects mismatched identity numbers; (c) capacity control stops sales at the licensed passenger limit of each vessel; (d) QR boarding passes open the turnstiles at all three terminals within 1 second; and (e) daily revenue reports reconcile with payment-channel statements.
P:4.2 If the tests pass, the Customer shall sign an Acceptance Certificate within five business days. Live ticket sales during the test run do not constitute acceptance.
P:4.3 If the Service Start Date does not occur within 90 days after signature for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.
H:5. Service Levels
P:5.1 The Vendor targets availability of the Service of 99.95% per calendar month during the Customer's sailing hours (06:00 to 22:30 Beijing time).
P:5.2 Incident priorities: Priority 1 means ticket sales or boarding are not possible at any terminal; Priority 2 means a major function is impaired; Priority 3 means any other issue. The Vendor targets a response within 1 hour for Priority 1, within 3 hours for Priority 2 and within two business days for Priority 3.
P:5.3 The service levels in this Section 5 are targets that the Vendor will use commercially reasonable efforts to meet. No service credits, fee reductions, penalties or other remedies apply if a target is missed, and a missed target is not a breach of this Agreement.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's documented instructions and only to provide the Service, and shall not use it for any other purpose.
P:6.2 The Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, apply role-based access control with multi-factor authentication for its staff, keep audit logs for at least 180 days and maintain the MLPS level 3 record of the Service.
P:6.3 The Vendor shall notify the Customer of any personal information breach within 24 hours, provide the information needed for reports to the authorities, and bear the losses caused by its failure to meet this Section 6.
P:6.4 At the end of the Subscription Term the Vendor shall return all Customer Data in CSV format and delete it from its systems within 30 days.
H:7. Intellectual Property
P:7.1 The Service, the software and the Documentation remain the property of the Vendor.
P:7.2 Customer Deliverables belong to the Customer from creation. The Customer may use, modify and license them to third parties without restriction; the Vendor shall deliver the source of the gate integration adapters.
H:8. Confidentiality
P:Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to personnel and advisers who need to know it. This Section survives for three years after termination.
H:9. Subcontractors
P:The Vendor shall not subcontract any part of the Service, other than to the hosting partner listed in the Documentation at signature, without the Customer's prior written consent.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential damages.
P:10.2 The Vendor's aggregate liability under this Agreement shall not exceed 150% of the Total Contract Value, except for liability under Section 6 and for wilful misconduct, which are unlimited.
H:11. Renewal
P:11.1 At the end of the Subscription Term the subscription renews automatically for successive renewal terms of twenty-four (24) months unless either party gives written notice of non-renewal at least 90 days before the end of the current term.
P:11.2 For each renewal term the Vendor may increase the monthly subscription fee by up to 9% by notice given at least 60 days before the renewal date. The increased fee applies from the renewal date without further agreement.
H:12. Term and Ending of the Agreement
P:12.1 This Agreement runs for the Subscription Term and any renewal term.
P:12.2 Neither party may terminate this Agreement before the end of the Subscription Term or of a renewal term. If the Vendor fails to perform, the Customer's remedies are to require the Vendor to perform and to claim damages within the limits of Section 10; the Customer shall continue to pay the fees and shall not be entitled to terminate this Agreement or withhold payment.
P:12.3 The Agreement ends automatically if either party is dissolved.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:14. General
P:14.1 Notices shall be in writing and delivered by courier or e-mail to the addresses in the Order Form.
P:14.2 This Order Form and these General Terms are the entire agreement of the parties on the Service and supersede any purchase order terms.
P:14.3 Force majeure excuses performance for as long as it lasts, provided the affected party gives prompt notice.
P:14.4 Neither party may assign this Agreement without the other party's written consent. The Customer may, however, assign it to an affiliate that takes over the operation of its ferry routes.
P:14.5 The Vendor shall comply with the rules of the maritime authorities on real-name passenger registration and shall cooperate with inspections of the Service by those authorities.
P:14.6 Each party shall bear its own costs of negotiating and signing this Order Form. The Order Form may be signed electronically and in counterparts.
P:14.7 If any provision of these General Terms is invalid, the remaining provisions stay in force. A failure by either party to enforce a provision is not a waiver of it. Headings are for convenience only.
P:Accepted and agreed:
P:Langlütjen Maritime Software GmbH: ____________________ Name / Title / Date
P:Xiamen Egret Islands Ferry Co., Ltd.: ____________________ Name / Title / Date
"""

H250E04 = """T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT - AUCTION CLOCK SYSTEM
P:Agreement No. GTQ-KM-2026-12
P:Between Guéotec Systèmes d'Enchères SAS, a French company with its registered office on the Île Guéotec, Brittany, France ("Licensor"), and Kunming Dounan Flower Auction Trading Co., Ltd., Chenggong District, Kunming, Yunnan Province, People's Republic of China ("Licensee").
P:Recitals. The Licensee runs a Dutch-clock flower auction at which growers' cut flowers are sold to registered buyers each morning. It wishes to replace its ageing clock software with the Licensor's ClockLine auction system. At the Licensee's request, this Agreement is written in English and every amount is stated and paid in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means the ClockLine auction engine, buyer-seat client, remote-bidding module and administration tools, in object code, with the Documentation.
P:1.2 "Custom Work" means the interfaces to the Licensee's grower settlement system, quality-inspection system and hall display screens, and any reports or configurations made for the Licensee.
P:1.3 "Final Acceptance" means the Licensee's signature of the Final Acceptance Certificate under Clause 5.
H:2. Licence
P:2.1 The Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to use the Software for up to eight auction clocks and 1,200 concurrent buyer seats at its auction centres in Yunnan Province.
P:2.2 The Licensee may make copies for backup, testing and disaster recovery.
P:2.3 The Licensee may use the Software at any new auction hall it opens in Yunnan Province within the licensed numbers of clocks and seats, and may transfer the licence to an affiliate that takes over the auction business, with notice to the Licensor.
P:2.4 The Licensor shall keep the source code of the Software in escrow with an escrow agent agreed by the parties. The source code shall be released to the Licensee if the Licensor ceases business or stops supporting the Software while the Licensee has a support order in force.
H:3. Price
P:3.1 The total price is CNY 1,920,000, made up as follows:
TB:Item|Amount (CNY)
TB:Perpetual Software licence (8 clocks, 1,200 buyer seats)|1,380,000
TB:Clock hall display and settlement interfaces|214,000
TB:Implementation, configuration and pilot auctions|286,000
TB:Training of auctioneers and administrators|40,000
TB:Total price|1,920,000
P:3.2 Payment: 20% of the total price (CNY 384,000) within 30 days after signature; 45% (CNY 864,000) after the Pilot Auction Certificate; 35% (CNY 672,000) after Final Acceptance. Each payment is due within 30 days of a valid VAT invoice.
H:4. Implementation
P:4.1 The Licensor shall install the Software on the Licensee's servers in Kunming, configure lots, product codes and buyer accounts, build the Custom Work and run three pilot auctions with live lots by 31 January 2027.
P:4.2 If the Licensor fails to achieve Final Acceptance by 31 March 2027 for reasons attributable to it, it shall pay delay damages of 0.07% of the total price for each day of delay, up to 7% of the total price.
P:4.3 The Licensor shall appoint a project manager who speaks Chinese, submit a detailed project plan within 20 days after signature, and report progress to the Licensee every week. The Licensee shall provide server rooms, network connections, test lots and access to its grower settlement team.
P:4.4 Pilot auctions shall run in parallel with the existing clock system, so that the Licensee can switch back immediately if a pilot fails. The Licensor shall provide a cut-over plan and a fall-back plan for the Licensee's approval before the first pilot.
H:5. Acceptance
P:5.1 Final Acceptance requires: (a) a clock tick accuracy of 10 milliseconds between the clock and all buyer seats; (b) correct resolution of simultaneous bids in a test of 2,000 scripted bids; (c) 1,200 seats and 8 clocks running concurrently for three full auction mornings without a Severity 1 fault; (d) settlement files accepted by the grower settlement system without manual correction for ten auction days; and (e) delivery of the Documentation and configuration records.
P:5.2 The Licensee shall sign the Final Acceptance Certificate within seven days after the criteria are met. Pilot auctions, live use or payment do not amount to acceptance.
P:5.3 If Final Acceptance fails twice for reasons attributable to the Licensor, the Licensee may, in addition to its other rights, require the Licensor to bring additional engineers from France at the Licensor's cost until the criteria are met.
H:6. Warranty
P:6.1 The Licensor warrants for twenty-four (24) months after Final Acceptance that the Software and Custom Work conform to the Documentation and the agreed specifications, and shall correct any non-conformity free of charge, including on site where needed.
H:7. Support after the Warranty
P:7.1 After the warranty, the Licensee may order annual support at 11% of the Software licence fee per year (CNY 151,800). This fee is fixed for three support years; after that it may change only by written agreement and by no more than 3% a year.
P:7.2 Support is ordered by purchase order for each support year and does not renew automatically.
P:7.3 Support includes updates, security patches, remote help and the service levels of Clause 8.
P:7.4 The Licensor shall support each release of the Software for at least three years after it is made generally available and shall give the Licensee at least 18 months' notice before support for the Licensee's release ends.
P:7.5 Updates shall be tested by the Licensor in a copy of the Licensee's configuration before they are installed, and shall be installed only outside auction hours with the Licensee's approval.
H:8. Service Levels
P:8.1 Severity 1 means a clock cannot run or bids cannot be accepted during an auction. Severity 2 means a material function is impaired. Severity 3 means any other issue.
P:8.2 During auction hours (05:30 to 11:30 Beijing time) the Licensor shall respond to Severity 1 within 15 minutes and restore operation within 2 hours, with a local engineer in Kunming on call; Severity 2 within 1 hour; Severity 3 within two working days.
P:8.3 The auction system shall be available for 99.99% of scheduled auction hours in each month.
P:8.4 For every 30 minutes by which a Severity 1 response or restoration is late, the Licensor shall credit CNY 3,000 against the next payment or support fee.
H:9. Data
P:9.1 All auction data, bids, buyer and grower records, prices and logs belong to the Licensee. The Licensor may access them only to perform this Agreement and shall not copy them outside the Licensee's systems.
P:9.2 Remote access requires the Licensee's approval for each session through its VPN with multi-factor authentication. The Licensor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:9.3 The Licensor shall report any security incident within 2 hours and is liable for losses caused by its breach of this Clause 9.
P:9.4 The Licensor shall not store auction data on its own equipment or in any cloud service. Any diagnostic file taken for analysis shall be anonymised on the Licensee's systems, approved by the Licensee and deleted after the analysis.
P:9.5 On termination of support, the Licensor shall return or destroy any Licensee data in its possession and confirm this in writing within 30 days.
P:9.6 The Licensor shall support the Licensee in any security assessment required by the authorities for the auction system, at no extra charge during the warranty.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Licensor.
P:10.2 Custom Work belongs to the Licensee. The Licensee may use, modify and license it freely; the Licensor shall deliver its source code at Final Acceptance.
H:11. Confidentiality
P:Each party shall keep the other party's non-public information confidential, including auction prices and buyer lists, and shall use it only for this Agreement, during its term and for three years after.
H:12. Liability
P:The Licensor's total liability is limited to 200% of the total price, except for wilful misconduct and breach of Clause 9 or Clause 11.
H:13. Subcontracting
P:The Licensor shall not subcontract any work without the Licensee's prior written consent.
H:14. Termination
P:The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach that is not remedied within 20 days after notice. The licence survives termination for the parts paid for.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be referred to the Hong Kong International Arbitration Centre and finally resolved by arbitration seated in Hong Kong under its Administered Arbitration Rules, in English.
H:16. General
P:This Agreement is made in two originals in English. Amendments must be in writing and signed by both parties.
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or public-health measures, if it notifies the other party promptly and takes reasonable steps to limit the effects. Notices shall be in writing and sent by courier and e-mail to the addresses above. Neither party may assign this Agreement without the other's written consent, except as provided in Clause 2.3.
P:Signed for the Licensor: ____________________  Signed for the Licensee: ____________________
"""

H250E05 = """T:MANAGED SECURITY OPERATIONS SERVICE AGREEMENT
P:Agreement reference: RGN-SOC-QD-2026-05
P:THIS AGREEMENT is made between Raguénès Cyberdéfense SA, a company organised under French law with its registered seat on the Île de Raguénès, Finistère, France (the "Provider"), and Qingdao Haiquan Brewing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Laoshan District, Qingdao, Shandong Province (the "Customer").
P:WHEREAS the Customer operates two breweries, a bottling plant, a logistics centre and a head office, with office IT systems and brewing control networks, and wishes to engage a provider to monitor them for security threats around the clock; and WHEREAS the Provider operates a security operations centre (SOC) service delivered from its operations team in Shanghai; at the Customer's request this Agreement is in English and all amounts are stated and paid in Chinese Renminbi (CNY).
P:NOW THEREFORE the parties agree as follows.
H:1. Definitions
P:1.1 "Services" means the managed security operations services described in Schedule A: log collection, 24x7 monitoring, threat detection, incident triage, incident response support, monthly reporting and threat-hunting exercises.
P:1.2 "Customer Data" means all logs, network flow records, alerts, files and other information collected from the Customer's systems or provided by the Customer.
P:1.3 "Customer-Specific Content" means the detection rules, correlation use cases, response playbooks, parsers and dashboards that the Provider develops or tunes for the Customer's environment, including those for the brewing control networks.
P:1.4 "Service Acceptance" means the Customer's written confirmation under Clause 4 that onboarding is complete.
H:2. Term
P:2.1 The Services run for thirty-six (36) months from Service Acceptance (the "Service Term").
P:2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Item|Basis|Amount (CNY)
TB:Onboarding (log source integration, baseline, playbook design)|one-time|128,000
TB:Monthly Recurring Charge (MRC), 1,800 log sources|CNY 52,000 x 36 months|1,872,000
TB:Total Contract Value||2,000,000
P:3.2 Within ten days after signature, and before any Services are performed, the Customer shall pay the Onboarding charge together with the MRC for the whole first Contract Year, being CNY 752,000 in total.
P:3.3 From the second Contract Year, the MRC is invoiced quarterly in arrears (CNY 156,000 per quarter) and paid within 30 days of invoice.
P:3.4 All charges include VAT. A Contract Year is each successive period of that length starting on Service Acceptance.
H:4. Onboarding and Service Acceptance
P:4.1 The Provider shall complete onboarding within 45 days after signature, connecting at least 1,800 log sources listed in Schedule B, including firewalls, domain controllers, endpoint agents and the industrial network sensors in the brewhouses.
P:4.2 Service Acceptance requires that (a) all listed log sources report to the SOC platform with less than 5 minutes of delay; (b) the Provider detects and escalates each of 25 simulated attack scenarios agreed with the Customer, including scenarios targeting the brewing control network; (c) runbooks and escalation contacts are approved by the Customer; and (d) a 14-day shadow run is completed without missed Priority 1 alerts. The Customer shall confirm Service Acceptance in writing within five business days after the criteria are met.
P:4.3 If Service Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.
P:4.4 The Customer shall provide network access, credentials for log collection, contacts at each site and a maintenance window for installing sensors in the brewhouse control networks. Any delay caused by the Customer extends the onboarding period accordingly.
H:5. Service Levels
P:5.1 Priority 1 incidents (active compromise, ransomware, or a threat to brewing process safety) shall be acknowledged and escalated by telephone within 15 minutes; Priority 2 within 1 hour; Priority 3 within one business day.
P:5.2 The customer portal shall be available 99.95% of each month.
P:5.3 If the Provider misses the Priority 1 target more than once in a month, it shall credit 10% of that month's MRC; any month with portal availability below the commitment earns a credit of 5% of that month's MRC.
P:5.4 The Provider shall deliver a monthly service report covering alerts, incidents, response times, log source health and recommendations, and shall hold a quarterly service review with the Customer's IT and production managers.
P:5.5 For Priority 1 incidents the Provider shall provide remote incident response support until the incident is contained, including analysis of affected hosts, containment advice and a written incident report within five business days after closure.
P:5.6 Actions on the brewing control networks, such as isolating a controller or blocking traffic, shall only be taken by the Customer's own engineers or with the Customer's prior approval in each case, to protect brewing process safety.
P:5.7 The Provider shall keep its detection content up to date with current threats relevant to the food and beverage industry and to the industrial control systems used in the breweries.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it, in any form including aggregated or anonymised form, for any other purpose.
P:6.2 Customer Data shall be stored and processed only in the Provider's SOC platform hosted in Shanghai, which holds an MLPS level 3 record and ISO 27001 certification. Analysts access it through individual accounts with multi-factor authentication; all access is logged.
P:6.3 The Provider shall notify the Customer within 12 hours of any incident affecting Customer Data in its own systems and shall be liable for losses caused by its breach of this Clause 6.
P:6.4 At the end of the Service Term the Provider shall return Customer Data on request and then delete it, confirming deletion in writing.
P:6.5 The Customer may audit the Provider's compliance with this Clause 6 once in each Contract Year, on 15 business days' notice, either itself or through an independent auditor bound by confidentiality.
P:6.6 Provider personnel with access to Customer Data shall be based in mainland China, shall be screened before assignment, and shall sign individual confidentiality undertakings. The Provider shall give the Customer a current list of such personnel on request.
H:7. Intellectual Property
P:7.1 The SOC platform, the Provider's threat intelligence and its standard content remain the Provider's property.
P:7.2 All Customer-Specific Content, including anything developed at the Customer's expense during onboarding, is and remains the exclusive property of the Provider. The Customer receives a non-transferable licence to use the Customer-Specific Content only while it receives the Services, and may not copy, modify or provide it to another security provider. The Provider may reuse Customer-Specific Content, without Customer Data, for other clients.
H:8. Confidentiality
P:Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff who need to know it. The obligation continues for three years after the Service Term.
H:9. Subcontracting
P:The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss.
P:10.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of Clause 6 or Clause 8 and wilful misconduct.
P:10.3 Service credits under Clause 5.3 and delay payments under Clause 4.3 are without prejudice to the Customer's right to claim damages for losses exceeding them, within the limit of Clause 10.2.
P:10.4 The Provider shall maintain professional indemnity and cyber liability insurance with a reputable insurer for the duration of this Agreement and shall provide evidence of cover on request.
H:11. Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.
P:11.2 If the Customer terminates under Clause 11.1, the Provider shall refund any MRC paid for periods after termination.
H:12. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:13. General
P:13.1 Notices shall be in writing to the addresses above.
P:13.2 This Agreement with its Schedules is the entire agreement of the parties on its subject matter.
P:13.3 Neither party may assign this Agreement without the prior written consent of the other party.
P:13.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it promptly notifies the other party and uses reasonable efforts to resume performance. A cyber-attack on the Customer's systems is not such an event for the Provider, since detecting it is the purpose of the Services.
P:13.5 Each party shall comply with the anti-bribery and sanctions laws that apply to it. The Provider's personnel shall follow the Customer's site safety and hygiene rules when visiting the breweries.
P:13.6 If any provision of this Agreement is held invalid, the rest remains in force. Amendments must be in writing and signed by both parties. This Agreement may be signed in counterparts, each of which is an original.
P:Schedule A: Service description. Schedule B: Log sources. Schedule C: Escalation matrix.
P:For the Provider: ____________________    For the Customer: ____________________
"""


# ================================================================================================================
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (file, language, category, terms, extra, forum_outside, fee base, planned rules, figures that must be in the text)
PLAN = {
 "h250z01": ("h250z01_met_bureau_hpc_cluster_expansion.docx", "zh", "hardware",
             T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 6, False, True, False, "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=10600000), False, 10140000, [],
             ["99.95%", "15分钟", "千分之一", "20%", "三十六个月", "6%", "10,600,000", "608,400", "不得将本项目分包", "中华人民共和国法律"]),
 "h250z02": ("h250z02_dairy_farm_cattle_iot_with_maintenance.txt", "zh", "hardware",
             T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 22, False, True, False, "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2800000), False, 2683800,
             ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
             ["1小时内响应", "万分之三", "20%", "十八个月", "22%", "590,436", "2,800,000", "书面同意", "中华人民共和国法律"]),
 "h250z03": ("h250z03_dental_chain_practice_saas_implementation.md", "zh", "cloud",
             T(99.5, 0.5, True, "buyer", True, False, True, 1200 / 1980000 * 100, 150, None, True, None, None, None, True,
               True, False, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1980000), False, None,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
             ["99.5%", "30分钟内响应", "1,200元", "150%", "8%", "脱敏", "1,980,000", "书面同意", "中华人民共和国法律"]),
 "h250z04": ("h250z04_housing_fund_business_system_annual_om.pdf", "zh", "services",
             T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
               "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1160000), False, None,
             [], ["99.95%", "15分钟内响应", "千分之一", "不设预付款", "1,160,000", "不允许分包", "中华人民共和国法律"]),
 "h250z05": ("h250z05_down_jacket_plm_supplier_template.md", "zh", "software",
             T(None, 8, False, "supplier", True, False, True, None, 20, 55, False, False, 6, None, False, True, True, "PRC", G),
             dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                  contract_value=1450000), False, 696000,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
              "CR-WARRANTY"],
             ["8小时内响应", "55%", "20%", "六个月", "届时公布", "即视为甲方验收合格", "无需另行征得甲方同意", "1,450,000"]),
 "h250e01": ("h250e01_teapot_storefront_platform_subscription.txt", "en", "cloud",
             T(99.95, 6, True, "buyer", True, True, True, 500 / 750000 * 100, 6 / 24 * 100, None, True, None, None, None,
               False, True, False, "Portugal", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=750000), True, None,
             ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
             ["99.95%", "within 6 hours", "CNY 500", "six (6) months", "twenty-four (24) months", "laws of Portugal",
              "750,000", "prior written consent"]),
 "h250e02": ("h250e02_ice_festival_crowd_counting_cameras.docx", "en", "hardware",
             T(99.95, 0.5, True, "buyer", True, True, False, 0.1, 150, 10, True, True, 10, 9, False, True, False, "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=3200000), False, 2840000, ["CR-CONFIDENTIALITY", "CR-WARRANTY"],
             ["99.95%", "within 30 minutes", "0.1%", "150%", "10%", "ten (10) months", "9%", "255,600", "3,200,000",
              "prior written consent", "People's Republic of China"]),
 "h250e03": ("h250e03_ferry_ticketing_saas_order_form.md", "en", "cloud",
             T(99.95, 1, False, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, False, False,
               "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1720000), False, None,
             ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
             ["99.95%", "within 1 hour", "0.08%", "150%", "9%", "No service credits", "not be entitled to terminate",
              "1,720,000", "prior written consent", "People's Republic of China"]),
 "h250e04": ("h250e04_flower_auction_clock_licence_support.pdf", "en", "software",
             T(99.99, 0.25, True, "buyer", True, True, True, 0.07, 200, 20, True, True, 24, 11, False, True, False, "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1920000), True, 1380000, ["CR-GOVERNING-LAW"],
             ["99.99%", "within 15 minutes", "0.07%", "200%", "20%", "twenty-four (24) months", "11%", "151,800",
              "1,920,000", "prior written consent", "Hong Kong"]),
 "h250e05": ("h250e05_brewery_managed_soc_service.txt", "en", "services",
             T(99.95, 0.25, True, "supplier", True, True, True, 600 / 2000000 * 100, 150, 752000 / 2000000 * 100, True,
               None, None, None, False, True, False, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2000000), False, None,
             ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-PREPAYMENT"],
             ["99.95%", "within 15 minutes", "CNY 600", "150%", "752,000", "exclusive property of the Provider",
              "2,000,000", "prior written consent", "People's Republic of China"]),
}

SOURCES = {"h250z01": H250Z01, "h250z02": H250Z02, "h250z03": H250Z03, "h250z04": H250Z04, "h250z05": H250Z05,
           "h250e01": H250E01, "h250e02": H250E02, "h250e03": H250E03, "h250e04": H250E04, "h250e05": H250E05}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
PLANNED_RISK = {"h250z01": "low", "h250z02": "high", "h250z03": "medium", "h250z04": "low", "h250z05": "high",
                "h250e01": "medium", "h250e02": "medium", "h250e03": "medium", "h250e04": "low", "h250e05": "high"}


def tco_share(t, x, fee_base, horizon=5):
    """Policy §4: horizon from acceptance; purchase + implementation = contract value; post-warranty years pro rata."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = fee_base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def apply_rules(t, x, forum_outside, fee_base):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
            r.add("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def check_sums():
    # z01
    hw = 64 * 86500 + 8 * 312000 + 1148000 + 6 * 118000 + 72 * 3500
    assert hw == 10140000 and hw + 426000 + 34000 == 10600000
    assert [10600000 * p // 100 for p in (20, 50, 25, 5)] == [2120000, 5300000, 2650000, 530000]
    assert 20 + 50 + 25 + 5 == 100 and hw * 6 // 100 == 608400
    # z02
    hw = 4200 * 38 + 4200 * 460 + 24 * 9800 + 6 * 28500 + 186000
    assert hw == 2683800 and hw + 96500 + 19700 == 2800000
    assert 560000 + 1260000 + 980000 == 2800000 and 2800000 * 45 // 100 == 1260000 and 2800000 * 35 // 100 == 980000
    assert round(hw * 0.22) == 590436
    # z03
    assert 60 * 9600 * 3 == 1728000 and 1728000 + 186000 + 66000 == 1980000 and 1728000 // 12 == 144000
    # z04
    assert 612000 + 268000 + 146000 + 98000 + 36000 == 1160000 and 4 * 290000 == 1160000
    # z05
    assert 120 * 5800 == 696000 and 696000 + 624000 + 108000 + 22000 == 1450000
    assert 1450000 * 55 // 100 == 797500 and 797500 + 652500 == 1450000
    # e01
    assert 24 * 23500 == 564000 and 564000 + 118000 + 46000 + 22000 == 750000 and 118000 + 46000 + 22000 == 186000
    assert 8 * 70500 == 564000
    # e02
    hw = 180 * 7800 + 24 * 21500 + 30 * 18600 + 362000
    assert hw == 2840000 and hw + 236000 + 98000 + 26000 == 3200000
    assert 320000 + 1760000 + 1120000 == 3200000 and hw * 9 // 100 == 255600
    # e03
    assert 36 * 41000 == 1476000 and 1476000 + 164000 + 80000 == 1720000 and 164000 + 80000 == 244000
    assert 3 * 41000 == 123000 and 12 * 123000 == 1476000
    # e04
    assert 1380000 + 214000 + 286000 + 40000 == 1920000
    assert 384000 + 864000 + 672000 == 1920000 and 1920000 * 20 // 100 == 384000 and 1380000 * 11 // 100 == 151800
    # e05
    assert 36 * 52000 == 1872000 and 1872000 + 128000 == 2000000 and 128000 + 12 * 52000 == 752000
    assert 752000 + 8 * 156000 == 2000000 and 3 * 52000 == 156000


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test_regex()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {}
    for key, plan in PLAN.items():
        name = plan[0]
        kind = name.rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            binary[key] = (name, kind)
        elif kind == "md":
            (OUT / name).write_text(render_md(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
        else:
            (OUT / name).write_text(render_txt(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    problems = []
    for key, (name, lang, cat, terms, extra, forum_out, fee_base, planned, figures) in PLAN.items():
        rules = apply_rules(terms, extra, forum_out, fee_base)
        assert rules == sorted(planned), (key, rules, planned)
        assert risk(rules) == PLANNED_RISK[key], (key, risk(rules))
        share = tco_share(terms, extra, fee_base)
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for fig in figures:
            f = re.sub(r"\s+", "", fig) if lang == "zh" else fig
            if f not in flat:
                problems.append("%s: figure %r not found in read-back text" % (name, fig))
        for m in THRESHOLD_RE.finditer(text):
            problems.append("%s: threshold value %r at %d: %r" % (name, m.group(0), m.start(),
                                                                  text[max(0, m.start() - 30):m.end() + 30]))
        size = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s: length %d outside %d-%d" % (name, size, lo, hi))
        print("%-55s %s %5d %s %-6s tco=%s %s" % (name, lang, size, "chars" if lang == "zh" else "words",
                                                 risk(rules), None if share is None else round(share, 2), rules))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
