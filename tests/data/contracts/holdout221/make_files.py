"""holdout221: ten blind, ORDINARY draft contracts (5 zh, 5 en) and their hand labels.

Writes every contract from the sources kept below (.md / .txt directly, .docx / .pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum, re-applies policy section 3/4 to the hand labels and asserts
the result equals the plan, writes the .json labels, reads every built file back (python-docx paragraphs + tables,
pypdf), checks that each labelled figure appears, checks the text lengths and fails if a threshold regex matches.
Run with /work/main/.venv/bin/python from anywhere.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy sections 3 and 4)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLDS = {
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])",
                        r"\bthirty" + PCT, r"三成"],
    "availability 99.9 %": [r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
                            r"ninety-nine point nine(?!\s*five)"],
    "P1 response 4 h": [r"(?<![\d.])4(?:\.0+)?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4-hours?",
                        r"(?<![\d.])4\s*(?:business|working)\s*hours?", r"(?<![十\d])四\s*个?\s*小时",
                        r"\bfour[\s-]*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes)"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十点])", r"千分之零?点五", r"0\.5\s*‰",
                      r"(?<![\d.])0\.35" + PCT, r"five\s+ten-thousandths"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九十])",
                            r"\bone\s+hundred" + PCT, r"hundred\s+percent", r"以合同(?:总价|总额|价款)为限",
                            r"(?:limited to|shall not exceed|capped at|not exceed)\s+(?:the\s+)?(?:total\s+)?"
                            r"(?:Contract Price|Total Contract Value|Contract Value|Total Fees|fees payable under)"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个月|months?\b|-months?)", r"十二\s*个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
                           r"(?<![第每统])一\s*年", r"(?<![\d.])1\s*(?:年|years?\b|-years?)", r"\bone[\s-]+(?:\(1\)\s*)?years?\b",
                           r"(?<![\d.])365\s*(?:日|天|days?)", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty" + PCT],
    "TCO horizon 5 years": [r"(?<![\d.])5\s*(?:年|years?\b|-years?)", r"(?<![十\d〇零])五\s*年", r"\bfive[\s-]+(?:\(5\)\s*)?years?\b",
                            r"(?<![\d.])60\s*(?:个月|months?\b|-months?)", r"六十\s*个月", r"\bsixty[\s-]+(?:\(60\)\s*)?months?\b"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}

SHOULD_HIT = ["预付款为合同总价的30%", "thirty per cent of the price", "可用率99.9%", "99.90 %", "4小时内响应",
              "within 4 hours", "four (4) hours", "a 4-hour response", "四小时", "四个小时", "0.05%", "万分之五",
              "100% of the fees", "百分之一百", "以合同总价为限", "limited to the Contract Price", "12个月", "12 months",
              "twelve (12) months", "质保期一年", "one year", "one (1) year", "a year", "15%", "fifteen percent", "40 %",
              "百分之四十", "5年", "five years", "60 months", "五年", "0.35% per week", "百分之三十", "4 business hours",
              "four business hours", "百分之十五"]
SHOULD_PASS = ["24小时内", "二十四小时", "99.95%", "99.5%", "130%", "35%", "2025年", "2026年12月31日", "第一年",
               "每一年", "统一年度", "0.5%", "14 hours", "150%", "115%", "1.5 hours", "three years", "万分之八",
               "4 days", "Year 1", "24 hours", "45%", "百分之三十五", "140%", "0.08%", "400 users", "25 years",
               "十五日", "十二类"]


def threshold_hits(text):
    hits = []
    variants = {text, re.sub(r"\s*\n\s*", " ", text), re.sub(r"\s+", "", text)}
    for name, pats in THRESHOLD_RES.items():
        for p in pats:
            for v in variants:
                m = p.search(v)
                if m:
                    hits.append((name, m.group(0), v[max(0, m.start() - 30):m.end() + 30]))
                    break
    return hits


def self_test():
    for s in SHOULD_HIT:
        assert threshold_hits(s), "regex self-test: should hit: " + s
    for s in SHOULD_PASS:
        assert not threshold_hits(s), "regex self-test: should pass: %s -> %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read back and measure
def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def zh_chars(text):
    return len(re.sub(r"\s", "", text))


def en_words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def squash(s):
    return re.sub(r"\s+", "", s)


# ================================================================ SOURCES
# ---- h221z01: county 农业农村局 宅基地 platform, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
H221Z01 = """T:岚溪县农村宅基地管理信息平台建设项目政府采购合同
P:合同编号：LXNY-ZC-2026-017　　采购方式：公开招标　　项目编号：LXCG2026-GK-0093
P:甲方（采购人）：岚溪县农业农村局　　地址：岚溪县城关镇新华路88号　　联系人：何建平
P:乙方（中标供应商）：蜀田数字科技有限公司　　地址：成都市高新区天府四街166号　　联系人：龚晓岚
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》和本项目招标文件、乙方投标文件及中标通知书，甲乙双方本着平等自愿、诚实信用的原则，就岚溪县农村宅基地管理信息平台建设项目订立本合同。下列文件构成本合同的组成部分：中标通知书、招标文件、投标文件及澄清材料、双方确认的需求规格说明书。上述文件内容不一致时，以本合同正文为准，其余依前列顺序解释。
H:第一条 项目内容
P:1.1 乙方为甲方建设岚溪县农村宅基地管理信息平台（以下简称"平台"），覆盖县、乡（镇）、村三级用户，实现宅基地资格权认定、建房申请联审联办、农房建设"批前查、批中管、批后验"全过程监管、闲置宅基地和闲置农房盘活登记、违法占地线索管理、统计分析及"一张图"展示等功能。
P:1.2 乙方负责软件许可交付、接口及审批流程定制开发、存量宅基地档案约3.6万宗的整理入库、部署实施、培训及质保期内的技术服务。平台部署于岚溪县政务云，云资源、数据库许可及安全设备由甲方提供。
P:1.3 乙方应组建不少于八人的项目团队，项目经理须具有五个以上同类项目经验且在项目建设期间常驻岚溪县；更换项目经理须事先取得甲方书面同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾壹万元整（¥1,310,000），包括软件许可、定制开发、数据整理、实施培训、差旅、税费及质保期内全部服务费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|宅基地管理平台软件许可（审批、监管、统计模块）|1套|486,000
TB:2|宅基地"一张图"GIS模块许可|1套|158,000
TB:3|移动巡查APP许可（乡镇巡查员账号）|60个|72,000
TB:|软件许可小计||716,000
TB:4|定制开发（不动产登记系统、农村集体经济组织管理系统接口，联审联办流程定制）|1项|342,000
TB:5|存量宅基地档案整理入库（纸质档案扫描、著录、图斑挂接）|约3.6万宗|188,000
TB:6|部署实施及培训|1项|64,000
TB:|合计||1,310,000
P:2.2 合同总价为固定价格，合同履行期间不因人工、材料价格或政策性调价而调整。甲方需求变更导致工作量增加的，双方另行书面约定。
H:第三条 履约保证金与付款
P:3.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即¥65,500，以银行保函形式提交，有效期至质保期满。
P:3.2 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥262,000。
P:3.3 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥589,500。
P:3.4 平台通过最终验收后，甲方支付合同总价的35%，即¥458,500。
P:3.5 乙方每次请款前应开具等额合法发票，甲方按国库集中支付程序办理付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后120日内完成平台部署、接口联调和存量数据入库，并提交初步验收申请；培训应覆盖县局业务人员及全部乡镇巡查员。
P:4.2 乙方因自身原因逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现，并经甲方逐项测试通过；（2）与不动产登记系统、农村集体经济组织管理系统的接口连续运行十日无数据差错；（3）存量档案按乡镇分层抽检，抽检差错率不高于千分之三，图斑挂接率达到需求规格说明书要求；（4）在200个并发用户下，常用查询响应时间不超过3秒。
P:5.2 最终验收标准：平台通过初步验收后试运行九十日，期间未发生一级故障；通过第三方网络安全等级保护二级测评；乙方完成全部技术文档、源代码及培训记录的移交；甲方会同乡镇代表组织验收并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次平台巡检。
P:6.2 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.3 故障分为三级：一级故障指平台整体不可用或审批业务中断，乙方应在30分钟内响应、3小时内到达现场；二级故障指部分功能不可用，乙方应在2小时内响应、次一工作日内解决；三级故障指一般使用问题，乙方应在一个工作日内答复。
P:6.4 乙方未达到6.3规定的响应或到场时限的，每超时一小时，甲方从履约保证金中扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减后乙方应在十日内补足履约保证金。
P:6.5 质保期满后，如甲方需要继续由乙方提供运维服务，年度运维费不超过软件许可小计的9%，即每年不超过¥64,440，该标准在质保期满后两年内保持不变。运维服务另行签订合同，不自动续期。
H:第七条 数据安全与数据归属
P:7.1 平台中的宅基地档案、农户身份信息、审批记录、影像资料及运行日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、操作审计和敏感信息加密存储等措施；实施人员经甲方审批后通过堡垒机访问，不得将数据拷贝至政务云以外的任何介质或环境。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政及法律责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、农户个人信息、未公开的规划及政策文件负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止或解除而失效。
H:第九条 知识产权
P:9.1 乙方保证所交付软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。平台产品软件的著作权仍归乙方所有，甲方获得永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的接口程序、审批流程配置、数据整理成果及相应源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第十条 分包
P:10.1 本项目不允许分包或转包。乙方擅自分包或转包的，甲方有权解除合同并要求乙方赔偿损失。
H:第十一条 违约责任与合同解除
P:11.1 乙方交付成果不符合约定且经整改仍不合格，或有其他严重违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之二向乙方支付违约金。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向岚溪县人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：岚溪县农业农村局　　　　乙方（盖章）：蜀田数字科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年 月 日
"""

# ---- h221z02: ceramic-tile plant, glaze-defect vision inspection equipment + post-warranty 维保 (.pdf, 一、/（一）)
H221Z02 = """T:釉面缺陷视觉检测系统采购合同
P:合同编号：RY-SB-2026-0412
P:甲方（买方）：江西瑞窑陶瓷有限公司，地址：江西省高安市建筑陶瓷产业基地瑞窑路1号
P:乙方（卖方）：深圳明瞳智能视觉技术有限公司，地址：深圳市南山区留仙大道3370号
P:鉴于甲方拟在抛釉砖和岩板四条生产线的磨边工序后加装釉面缺陷在线检测设备，以替代人工目检分级，乙方具备相应的产品和实施能力，双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方提供釉面缺陷视觉检测系统四套（每条生产线一套），包括线阵相机、专用光源、工控机、剔除及喷码标记装置、检测工位机架和检测软件许可，并负责缺陷样本采集、模型训练、安装调试和培训。
P:（二）检测对象为针孔、缩釉、色差、釉泡、落脏、裂纹、缺角、棕眼等十一类缺陷，适用规格为600×1200mm至1200×2400mm的产品，线速度不低于每分钟24米。
P:（三）乙方所供设备应为全新、未使用过的合格产品，并随货提供合格证、使用说明书、电气图纸和备件清单。
P:（四）检测系统应能按甲方的分级标准将产品自动判定为优等品、一级品和合格品，判定结果与喷码标记一一对应，并与产线现有的自动分拣打包设备联动；检测界面为中文，缺陷图片和统计报表至少在本地保存九十日，存储满后自动覆盖最早的记录。
H:二、合同价格
P:（一）合同总价为人民币贰佰零伍万元整（¥2,050,000），包括设备、软件、运输、保险、安装调试、培训及税费。
P:（二）价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|8K线阵相机|12台|38,500|462,000
TB:2|专用光源及控制器|12套|9,800|117,600
TB:3|GPU工控机|4台|46,000|184,000
TB:4|剔除及喷码标记装置|4套|52,500|210,000
TB:5|检测工位机架及防护罩|4套|31,000|124,000
TB:6|釉面缺陷检测软件许可（永久，按产线）|4套|168,000|672,000
TB:|设备及软件小计|||1,769,600
TB:7|缺陷样本采集与模型训练|1项||186,000
TB:8|安装调试|1项||74,400
TB:9|操作及维护培训|1项||20,000
TB:|合计|||2,050,000
H:三、付款方式
P:（一）合同生效后七个工作日内，甲方支付合同总价的20%作为预付款，计¥410,000。
P:（二）设备全部到货并安装调试完毕后，甲方支付合同总价的50%，计¥1,025,000。到货签收和安装调试完毕均不代表验收合格。
P:（三）系统通过终验后，甲方支付合同总价的25%，计¥512,500。
P:（四）余款即合同总价的5%，计¥102,500，作为质量保证金，在质保期满且无未决质量问题后十五个工作日内支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运至甲方指定产线，并在到货后三十日内完成安装调试。安装所需停线时间由双方提前确认，乙方应遵守甲方厂区安全管理规定。
P:（二）乙方每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（三）设备的所有权和毁损灭失风险自甲方签收到货之日起转移至甲方；运输、装卸及到货前的保险由乙方负责。
H:五、培训
P:乙方应在安装调试期间为甲方提供现场培训：面向质检员的缺陷判读及系统操作培训不少于两期，面向设备部维修人员的光源更换、相机标定、工控机恢复培训不少于一期，每期不少于八学时，并提供中文培训教材。培训结束后由乙方组织考核，甲方参训人员考核合格后方可独立上岗操作。
H:六、验收
P:（一）终验条件：每条产线连续168小时在线运行；以甲方质检部人工复检结果为基准，漏检率不高于0.5%，误检率不高于2%，缺陷分类准确率不低于95%；剔除及喷码标记动作准确无误；检测数据可按班次导出至甲方MES系统。
P:（二）终验由甲方质检部、设备部与乙方共同进行，并签署终验报告。设备到货、安装或投入使用，均不视为终验合格。
P:（三）终验不合格的，乙方应在二十日内整改并再次提交终验；第二次终验仍不合格的，甲方有权退货并解除合同。
P:（四）终验合格后，乙方应向甲方移交设备台账、软件安装介质、授权文件、模型版本记录和全部调试记录，并与甲方设备部共同确认备件清单。
H:七、质量保证
P:（一）质保期为十个月，自终验合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷，并在甲方新增产品规格时对模型进行优化。
P:（二）故障响应：一级故障（任一产线检测功能整体失效）乙方应在30分钟内远程响应，8小时内派工程师到达现场；二级故障（单台相机或光源失效、误检率明显升高）乙方应在2小时内响应，次日到达现场。
P:（三）乙方未按前款时限响应或到场的，每超时一小时向甲方支付¥500，从质量保证金中扣除。
H:八、质保期后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度巡检、备件更换、软件升级、光源校准及模型复训。
P:（二）年度维保费按设备及软件小计的22%计收，即每年¥389,312；双方逐年签订维保合同，质保期满后三个年度内该费率不变。
P:（三）维保期内的故障响应时限和超时责任与质保期内相同。
H:九、数据与安全
P:（一）检测过程中采集的砖面图像、缺陷样本、生产统计数据及产品规格信息均归甲方所有。乙方仅可为履行本合同使用上述数据，未经甲方书面同意，不得用于其他客户的模型训练或任何其他用途。
P:（二）检测系统部署于甲方厂区内网，不接入互联网；乙方远程维护须经甲方设备部逐次审批，通过甲方提供的VPN通道接入，并全程录屏留存。
P:（三）乙方发现数据泄露或系统被入侵的，应在24小时内通知甲方并配合处置；因乙方原因造成数据泄露或生产损失的，乙方承担赔偿责任。
H:十、保密
P:乙方对在甲方厂区获知的釉料配方、烧成曲线、工艺参数和客户订单等信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后三年内持续有效。
H:十一、知识产权
P:（一）检测软件的著作权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为甲方产品训练的缺陷识别模型、模型参数、标注样本及产线配置文件归甲方所有，甲方有权自行或委托他人使用、修改。
H:十二、分包
P:机架制作及现场安装辅助工作，乙方须经甲方书面同意后方可委托第三方完成，并对分包方的工作承担全部责任。
H:十三、违约与解除
P:（一）乙方逾期交货超过六十日，或设备存在重大质量问题经两次整改仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十四、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交宜春仲裁委员会仲裁，仲裁裁决是终局的。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、验收测试方案、备件清单。
P:甲方（盖章）：江西瑞窑陶瓷有限公司    乙方（盖章）：深圳明瞳智能视觉技术有限公司
P:授权代表：__________    授权代表：__________    日期：2026年 月 日
"""

# ---- h221z03: pharmacy chain (120 stores), inventory + membership SaaS with 实施 (.md, 1. / 1.1)
H221Z03 = """# 门店进销存及会员管理SaaS服务协议

协议编号：XK-IT-2026-031

**甲方（客户）**：湖南湘康大药房连锁有限公司
地址：长沙市岳麓区麓谷大道627号

**乙方（服务商）**：杭州云药通信息技术有限公司
地址：杭州市滨江区江南大道3850号

鉴于甲方在湖南省内经营直营门店120家，需要统一门店进销存、GSP质量管理、医保结算对接和会员营销；乙方拥有"云药通"零售药店SaaS平台及相应的实施和运维能力。双方经友好协商，就甲方订阅该平台及乙方提供实施服务一事达成如下协议。

## 1. 服务内容

1.1 乙方通过云平台向甲方总部及120家门店提供以下服务：商品与库存管理、采购与门店配送、GSP首营资料及近效期管理、处方登记与审方、医保刷卡结算对接、会员积分与营销活动、经营分析报表。

1.2 乙方提供一次性实施服务，包括：商品档案约2.8万条、会员约46万人及库存期初数据的迁移；与湖南省医保信息平台及甲方财务系统的接口对接；总部及门店人员培训；上线现场支持。

1.3 服务期自全部门店上线验收合格之日起三十六个月。

## 2. 费用与支付

2.1 本协议费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 120店 × ¥2,760/店/年 × 3年 | 993,600 |
| 总部管理端订阅费 | ¥48,000/年 × 3年 | 144,000 |
| 实施费 | 一次性 | 186,000 |
| 合计 | | 1,323,600 |

2.2 订阅费按季度结算：每个季度结束后十个工作日内，乙方出具账单及当季服务水平报告，甲方核对无误后支付该季度订阅费¥94,800。

2.3 实施费在全部门店上线验收合格后三十日内一次性支付。甲方无需向乙方支付任何预付款。

2.4 服务期内甲方新开门店的，按¥2,760/店/年按月折算计费；关闭门店的，自次月起停止计费。

2.5 甲方对账单有异议的，应在收到账单后十个工作日内书面提出，双方核对确认后支付无争议部分。

## 3. 上线与验收

3.1 乙方应在本协议签订后九十日内完成全部门店上线。

3.2 上线验收标准：商品档案、库存期初数据与甲方原系统逐项核对一致；会员积分余额核对无差异；医保结算联调通过并经医保经办机构测试确认；试运行十日内无一级故障；门店人员培训考核合格率不低于95%。

3.3 上线验收由甲方信息部组织，双方签署《上线验收单》。门店试用、部分门店上线或甲方支付订阅费，均不视为上线验收合格。

3.4 乙方未按3.1约定期限完成上线的，每逾期一日向甲方支付违约金¥900。

## 4. 服务水平

4.1 平台月可用率承诺不低于99.5%。提前72小时通知且在凌晨0点至6点进行的计划维护不计入不可用时间。

4.2 故障等级与响应时限：

| 等级 | 定义 | 响应 | 恢复 |
|---|---|---|---|
| 一级 | 收银或医保结算不可用 | 15分钟 | 2小时 |
| 二级 | 部分功能不可用 | 1小时 | 8小时 |
| 三级 | 一般咨询或优化建议 | 下一工作日 | 按计划 |

4.3 服务抵扣：当月可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，按10%抵扣；一级故障响应超时的，每次抵扣¥1,000。抵扣金额在下一季度账单中扣除。

## 5. 双方义务

5.1 甲方应指定一名项目负责人和各片区信息联络员，按乙方实施计划提供商品、会员和库存资料，组织门店人员参加培训，并保证门店网络和收银终端满足平台运行的最低配置要求。

5.2 乙方应指定一名实施项目经理和一名客户成功经理，在服务期内负责需求对接、版本发布通知和季度服务回顾；平台功能升级涉及门店操作变化的，乙方应至少提前七日通知甲方并提供操作说明。

5.3 乙方应保证平台持续符合药品经营质量管理规范和医保定点药店管理的相关要求；监管规则调整导致平台需要改造的，乙方应在规定期限内免费完成改造。

## 6. 数据

6.1 甲方在平台中产生的商品、库存、销售、处方及会员数据归甲方所有。

6.2 乙方有权在协议期内及协议终止后，对甲方的销售数据和会员消费数据进行脱敏、汇总处理，并将处理结果用于乙方的行业分析报告、药品流通数据产品及平台算法优化。

6.3 乙方应按网络安全等级保护第三级要求运营平台，对会员个人信息和处方信息加密存储，实行最小权限访问和操作日志留存；发生数据泄露或疑似泄露的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因导致数据泄露的，乙方承担赔偿责任并配合甲方应对监管检查。

6.4 协议终止后三十日内，乙方按甲方要求以通用格式返还全部数据，并在返还后删除平台中的甲方数据（6.2所述脱敏数据除外）。

6.5 协议终止或到期不续的，乙方应提供不少于六十日的过渡期服务，在过渡期内按原费率继续提供平台服务，配合甲方或其指定的新服务商完成数据导出、格式说明和接口切换，不得以任何理由拒绝或拖延。过渡期服务费按实际天数结算。

## 7. 保密

双方对在履行本协议过程中知悉的对方商业秘密，包括采购价格、供应商信息、经营数据和技术资料，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本协议终止后三年内有效。

## 8. 知识产权

8.1 "云药通"平台及其升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制的报表、接口程序和营销规则配置归甲方所有，甲方可自行或委托第三方使用和修改。

## 9. 续期与调价

9.1 服务期届满前三十日内任何一方未书面提出不续约的，本协议自动续期，每次续期二十四个月。

9.2 续期时乙方有权根据市场情况上调订阅费单价，上调幅度不超过8%，以乙方的书面调价通知为准，无需甲方另行确认。

## 10. 责任限制

乙方在本协议项下的累计赔偿责任不超过协议总金额的120%。因乙方原因导致的数据泄露责任不受此限。

## 11. 分包

乙方不得将实施服务或运维服务分包给第三方，但经甲方书面同意的除外；乙方对分包方的行为承担连带责任。

## 12. 协议解除

12.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除本协议，订阅费按实际服务天数结算，并要求乙方赔偿由此造成的损失。

12.2 平台连续两个月可用率低于99%的，甲方有权立即解除本协议。

## 13. 不可抗力与通知

13.1 因不可抗力导致一方不能履行本协议的，受影响方应及时通知对方，并在合理期限内提供证明，相应部分的责任予以免除；基础电信运营商的区域性网络中断不属于乙方的不可抗力，但乙方能够证明已采取合理备份措施的除外。

13.2 本协议项下的通知以书面形式送达首页所列地址，或发送至双方项目负责人的指定邮箱，邮件发出之日视为送达。任何一方变更联系方式的，应提前五个工作日通知对方。

## 14. 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议引起的争议，双方协商不成的，提交长沙仲裁委员会仲裁。

## 15. 其他

本协议一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南湘康大药房连锁有限公司　　授权代表：__________

乙方（盖章）：杭州云药通信息技术有限公司　　授权代表：__________

日期：2026年 月 日
"""

# ---- h221z04: city 住房公积金管理中心 housing-fund system annual O&M, 政府采购 公开招标 (.txt, 第X条 + （一）)
H221Z04 = """澄州市住房公积金管理中心信息系统运行维护服务项目
政府采购服务合同

合同编号：CZGJJ-YW-2026-05
采购方式：公开招标
采购项目编号：CZZC-2026-FW-0218

采购人（甲方）：澄州市住房公积金管理中心
住所：澄州市东湖区市府路16号

供应商（乙方）：华证信息系统工程有限公司
住所：南昌市红谷滩区丰和中大道912号

依据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就澄州市住房公积金管理中心信息系统运行维护服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象包括：住房公积金核心业务系统（归集、提取、贷款、财务四大子系统）、综合服务平台（网厅、手机APP、12329热线系统）、数据库及中间件、中心机房网络与安全设备，以及与银行、不动产登记、税务等外部单位的数据接口。
（二）服务内容包括：日常监控与巡检、故障处理、数据库性能优化、数据备份与恢复演练、安全补丁管理、等级保护测评整改配合、应急演练、业务高峰期保障及备件更换。
（三）乙方派驻三名运维工程师在甲方现场驻场服务，工作时间为法定工作日8:30至17:30；非工作时间实行电话值守和远程支持，重大节假日及公积金年度结息期间加派人员值守。

（四）运维过程中发现系统存在需要开发改造的问题的，乙方应提出书面建议并协助甲方评估；超出本合同运维范围的开发工作，由甲方另行依法采购，乙方不得以运维名义擅自修改业务程序。
（五）乙方应建立运维知识库，记录故障现象、原因分析和处理过程，服务期满时作为运维文档的一部分完整移交甲方。

第二条 服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满本合同即行终止，续签须依法重新组织采购。

第三条 进场与交接
（一）乙方应于2026年3月25日前完成人员进场，并在服务期开始前与原运维单位完成系统账号、运维文档、备份介质和未结问题的交接，形成交接清单，经甲方确认。
（二）乙方未按前款约定时间完成进场和交接的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

第四条 合同金额
本合同总金额为人民币捌拾贰万元整（¥820,000），为固定总价，包括人员、工具、备件、差旅、税费等全部费用。分项如下：
  1. 核心业务系统运维（含驻场三人）        ¥486,000
  2. 数据库及中间件运维                    ¥138,000
  3. 网络与安全设备运维                    ¥96,000
  4. 等保测评整改配合及应急演练            ¥42,000
  5. 备品备件                              ¥58,000
  合计                                      ¥820,000

第五条 服务水平
（一）故障分级：一级故障指核心业务系统或综合服务平台整体中断、资金结算无法进行；二级故障指单个子系统或单项业务中断；三级故障指个别功能异常或性能下降。
（二）响应时限：一级故障驻场人员应在15分钟内响应，1小时内提出处置方案，3小时内恢复业务；二级故障30分钟内响应，8小时内恢复；三级故障2小时内响应，两个工作日内解决。
（三）乙方应每月提交运维月报，每季度提交巡检报告和数据库健康检查报告，每半年组织一次数据备份恢复演练。
（四）甲方每季度对乙方服务情况进行考核，考核内容包括响应及时性、故障处理质量、文档完整性和用户满意度。考核结果记入乙方履约档案，作为甲方后续采购评审的参考，不扣减当期服务费。

（五）乙方应在每次故障处理完毕后两个工作日内提交故障分析报告，说明故障原因、处理过程和预防措施；同类故障重复发生的，乙方应提出根本性解决方案并报甲方审定后实施。
（六）乙方应建立运维值班制度，公布二十四小时值班电话，值班人员接到故障报告后应立即登记并按本条规定的时限处理，不得推诿。

第六条 人员要求与双方配合
（一）乙方驻场工程师中至少一人应具有数据库高级认证，至少一人应具有网络安全相关资格证书；驻场人员应遵守甲方考勤、保密和机房管理制度，着装规范，文明服务。
（二）甲方应为驻场人员提供办公场所、必要的办公设备和系统运维账号，及时向乙方通报业务规则调整、系统上线计划和外部接口变更，并指定专人负责运维工作的日常对接。
（三）公积金年度结息、缴存基数调整和重大政策实施期间，乙方应制定专项保障方案，提前完成系统压力测试和数据备份，并安排技术骨干现场值守。

第七条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度考核完成后十五个工作日内，甲方凭乙方开具的发票支付当季服务费¥205,000。
（三）甲方按国库集中支付程序办理付款。

第八条 验收
（一）每季度考核视为季度验收，考核得分低于80分的，乙方应在十日内提交整改方案并完成整改。
（二）服务期满前十五日内，甲方组织年度验收。年度验收标准为：服务期内一级故障均按服务水平条款规定的时限恢复；月报、巡检报告、演练记录齐全；系统账号和运维文档完整移交；用户满意度测评不低于90分。年度验收合格后，甲方出具验收报告。

第九条 数据安全
（一）核心业务系统中的缴存职工个人信息、账户余额、贷款及财务数据均属甲方所有。乙方仅可为履行运维职责接触上述数据，不得以任何形式复制、留存或用于其他目的。
（二）乙方运维人员须签署个人保密承诺书，经甲方审批后通过堡垒机实名操作，所有高危操作须事先报批，操作记录保存不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担相应的法律责任。

第十条 保密
乙方及其人员对在服务过程中知悉的甲方工作秘密、系统架构、账号口令及缴存职工信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同期满或解除而终止。

第十一条 知识产权
乙方在服务过程中形成的运维文档、脚本、配置基线和应急预案归甲方所有，甲方可自由使用和修改。

第十二条 分包
本项目不得转包或分包。乙方驻场人员须为其本单位员工，更换人员须提前十个工作日书面报甲方同意。

第十三条 违约与解除
（一）乙方服务存在重大缺陷，经甲方书面通知后十日内仍未改正的，或因乙方原因导致一级故障在一个季度内发生三次以上的，甲方有权解除合同，并要求乙方赔偿损失。
（二）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

第十四条 不可抗力
因不可抗力导致一方不能履行合同义务的，该方应在不可抗力发生后三日内书面通知对方并提供证明，在不可抗力影响范围内免除责任；但乙方仍应尽最大努力采取措施保障核心业务系统的数据安全和尽快恢复。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同不可分割的组成部分。

甲方（盖章）：澄州市住房公积金管理中心
法定代表人或授权代表：__________

乙方（盖章）：华证信息系统工程有限公司
法定代表人或授权代表：__________

签订日期：2026年 月 日
"""

# ---- h221z05: 螺蛳粉 maker, ERP licence + custom development, on the supplier's own template (.md, 一、 + 1.)
H221Z05 = """# 启航ERP软件销售及实施合同

**（启航软件标准合同文本 QH-HT-2025-V3，未经乙方法务同意不得修改）**

合同编号：QH-LZ-2026-0137

甲方（买方）：广西柳州螺香食品有限公司
地址：柳州市柳南区螺蛳粉产业园螺香路9号

乙方（卖方）：南宁启航软件股份有限公司
地址：南宁市青秀区民族大道136号

甲方因业务发展需要，向乙方购买启航ERP软件并委托乙方进行定制开发和实施。为明确双方权利义务，双方在平等自愿的基础上签订本合同。

## 一、产品与服务

1. 乙方向甲方提供启航ERP软件（财务、供应链、生产制造、质量追溯模块，50个并发用户）的使用许可。

2. 乙方根据甲方需求进行以下定制开发：酸笋发酵批次追溯、原料辣椒及米粉批次关联、天猫和抖音电商订单自动对接、成品保质期预警及临期促销提醒。

3. 乙方提供实施服务，包括业务调研、系统配置、期初数据导入、关键用户培训和上线支持。

4. 本合同项下的软件许可为非独占、不可转让的使用许可，仅限甲方在其中国境内的生产和办公场所使用，用户数以合同约定的并发用户数为准。甲方增加用户数或模块的，应按乙方届时的报价另行购买。

5. 甲方不得对软件进行反向工程、反编译或反汇编，不得将软件出租、出借或提供给甲方关联公司使用。甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 二、合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启航ERP软件许可（50并发用户） | 420,000 |
| 2 | 定制开发 | 268,000 |
| 3 | 实施服务 | 146,000 |
| 4 | 数据初始化 | 36,000 |
| | 合计 | 870,000 |

合同总金额为人民币捌拾柒万元整（¥870,000），含增值税。

## 三、付款方式

1. 本合同签订后5个工作日内，甲方向乙方支付合同总金额的60%作为预付款，即¥522,000。乙方收到预付款后启动项目。

2. 系统上线后5个工作日内，甲方支付合同总金额的35%，即¥304,500。

3. 系统上线满三个月后，甲方支付合同总金额的5%，即¥43,500。

4. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施服务直至甲方付清款项。

5. 乙方开具发票后，甲方应在五个工作日内付款。甲方以任何理由拒付或延付款项的，乙方免费维护期不予顺延。

## 四、实施与上线

1. 乙方将在收到预付款后尽快安排实施顾问进场，项目计划由乙方项目经理根据实际情况编制并可视需要调整。

2. 甲方应按乙方要求提供业务资料、基础数据和测试环境，并指定关键用户配合。因甲方原因导致实施延误的，乙方不承担责任，且由此增加的人天费用由甲方另行支付。

3. 乙方在实施过程中发现甲方需求超出定制开发需求说明范围的，有权暂停相关工作，并就新增工作量向甲方报价，经双方签署变更确认单后继续实施，实施周期相应顺延。

## 五、双方责任

1. 甲方应提供符合乙方要求的服务器、数据库、操作系统和网络环境，并负责其安全与稳定运行；因甲方环境原因导致软件无法正常运行的，乙方不承担责任。

2. 甲方应对其提供的基础数据、期初余额和业务规则的真实性、完整性负责。因甲方数据错误导致的系统运行结果异常，由甲方自行承担后果。

3. 甲方关键用户应全程参与业务调研和系统测试，并在乙方提交的方案、配置文档及测试记录上签字确认；甲方逾期未确认的，视为同意。

4. 乙方应按照行业通行的方法开展实施工作，并向甲方提供软件安装介质、用户手册和管理员手册。

## 六、培训

乙方为甲方提供关键用户培训和系统管理员培训，培训总计不超过二十个人天，培训地点为甲方所在地。超出部分及甲方要求的额外培训，按乙方标准人天单价另行收费，差旅食宿费用由甲方承担。

## 七、验收

1. 软件安装完成并开通用户账号后，系统即视为上线。

2. 系统上线即视为甲方验收合格。甲方在系统上线后七日内未提出书面异议的，视为对全部交付内容的确认。

3. 甲方在系统上线前使用系统处理正式业务的，自使用之日起视为验收合格。

## 八、知识产权

1. 启航ERP软件及其文档的知识产权归乙方所有。

2. 乙方为甲方定制开发的程序、报表、接口及相关源代码和文档，知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、复制或转让。

## 九、免费维护与后续服务

1. 系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、邮件和远程方式解答使用问题、修复软件缺陷。

2. 乙方将尽力及时处理甲方提出的问题，具体处理时间视问题的性质和复杂程度而定。

3. 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方另行签订维护合同，维护费按乙方当年公布的服务价格标准执行。

4. 免费维护期不包括现场服务；甲方要求现场服务的，按乙方标准人天单价收费，差旅费用由甲方承担。

## 十、数据安全

1. 甲方存储在系统中的业务数据（包括配方、采购、生产、销售及客户数据）归甲方所有，乙方不得用于本合同以外的目的。

2. 乙方实施人员需访问甲方系统的，应使用甲方分配的个人账号，不得私自导出或复制甲方数据；乙方应对其人员进行数据安全教育，并对接触的数据采取必要的防护措施。

3. 因乙方人员过错造成甲方数据泄露或损毁的，乙方应在知悉后及时通知甲方，协助恢复数据，并依法承担赔偿责任。

## 十一、保密

双方对本合同内容及履约中获知的对方技术秘密和商业秘密负有保密义务，包括甲方的产品配方、工艺参数和供应商价格，以及乙方的软件源代码和实施方法。未经对方书面同意，任何一方不得向第三方披露。

## 十二、合作伙伴

乙方有权根据项目需要，将部分定制开发或实施工作交由乙方认证的合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 十三、责任限制

1. 任何一方均不对对方的间接损失、利润损失或数据恢复费用承担责任。

2. 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总金额的25%。

## 十四、合同解除

任何一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方应支付乙方已完成工作对应的费用。

## 十五、不可抗力及其他免责

1. 因不可抗力、政策变化、第三方平台（包括但不限于电商平台、支付平台）接口规则调整导致本合同无法履行或履行延迟的，乙方不承担违约责任。

2. 因甲方擅自修改程序、数据库或未按操作手册使用软件造成的问题，不属于乙方维护范围，乙方可协助处理，但有权另行收费。

## 十六、通知

本合同项下的通知可通过书面函件、电子邮件或即时通讯工具发送至双方联系人，发出即视为送达。

## 十七、争议解决

本合同履行中发生争议的，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 十八、其他

1. 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

2. 本合同附件包括：软件模块清单、定制开发需求说明。附件与本合同不一致的，以本合同为准。

3. 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准；补充协议未经乙方法务部门审核盖章的，对乙方不发生效力。

甲方（盖章）：广西柳州螺香食品有限公司　　　　代表签字：__________

乙方（盖章）：南宁启航软件股份有限公司　　　　代表签字：__________

签订日期：2026年 月 日
"""

# ---- h221e01: Quanzhou tea-packaging maker, dieline software perpetual licences, French vendor (.txt, 1. / 1.1)
H221E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT

Agreement No. MPS-CN-2026-044

BETWEEN

(1) Quanzhou Mingxiang Tea Packaging Co., Ltd., a company incorporated in the People's Republic of China with its
    registered office at No. 21 Chaotian Industrial Zone, Anxi County, Quanzhou, Fujian Province (the "Customer"); and

(2) Maïre Structures Logicielles SAS, a French simplified joint-stock company with its registered seat on the
    Île Maïre, 13008 Marseille, France (the "Vendor").

BACKGROUND

(A) The Customer makes tea tins, gift boxes and folding cartons for tea brands and wishes to replace its
    two-dimensional drawing tools with a dedicated dieline design system.

(B) The Vendor licenses the MaïreFold software for structural packaging design, 3D mock-ups and cutting-table
    output, and will adapt a template library to the Customer's products and install the system in Anxi.

(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "Software" means the MaïreFold programs listed in Schedule 1, in object code, with their user documentation and
    any corrections and new versions supplied under this Agreement.

1.2 "Template Library" means the 120 parametric templates for tea tins, gift boxes, tube canisters and display
    cartons that the Vendor builds for the Customer under Clause 3.2, together with their parameter sheets.

1.3 "Installation Certificate" means the certificate signed by both parties when the Software is installed and
    connected to the two cutting plotters.

1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Clause 5 have been
    passed.

1.5 "Licence Subtotal" means the sum of items 1 to 3 of Schedule 1, namely CNY 763,000.

2. LICENCE

2.1 Upon payment of the relevant fees the Vendor grants the Customer a perpetual, non-exclusive, non-transferable
    licence to install and use the Software for the number of named seats stated in Schedule 1, for the Customer's
    own business and that of its wholly owned subsidiaries in mainland China.

2.2 The Customer may make one backup copy of the Software and may move a seat between workstations through the
    licence server.

3. DELIVERABLES AND TIMETABLE

3.1 The Vendor shall deliver the Software, install it on the Customer's fourteen design workstations and its
    on-premise licence server, configure the output drivers for the Customer's two cutting plotters, and obtain the
    Installation Certificate within 45 days after the Effective Date.

3.2 The Vendor shall build the Template Library from the Customer's existing drawings and samples, with dimension
    parameters, glue-flap and lock variants and material thickness tables, and deliver it within 75 days after the Effective Date.

3.3 The Vendor shall train the Customer's designers and plotter operators as described in Schedule 1, item 6, in
    Chinese, using interpreters at the Vendor's cost.

3.4 If the Vendor fails to obtain the Installation Certificate or to deliver the Template Library by the dates in
    Clauses 3.1 and 3.2 for reasons not attributable to the Customer, the Vendor shall pay the Customer liquidated
    damages of CNY 700 for each day of delay, up to a total of 8% of the Contract Price. Payment of these damages does
    not relieve the Vendor of its obligation to complete the work.

4. PRICE AND PAYMENT

4.1 The total price for the licences, services and deliverables under this Agreement is CNY 987,000 (the "Contract
    Price"), itemised in Schedule 1. The Contract Price includes Chinese value-added tax, import duties, travel and all other
    costs of the Vendor.

4.2 The Contract Price is payable as follows:
    (a) 20% (CNY 197,400) within 20 days after signature of this Agreement and receipt of the Vendor's invoice;
    (b) 55% (CNY 542,850) within 20 days after the Installation Certificate is signed; the Installation Certificate
        is not acceptance of the Software or of any deliverable;
    (c) 25% (CNY 246,750) within 20 days after Final Acceptance.

5. ACCEPTANCE

5.1 Within 30 days after delivery of the Template Library the parties shall jointly carry out the acceptance tests
    set out below:
    (a) each template generates a correct dieline for three size sets chosen by the Customer, with a dimensional
        deviation of no more than 0.2 mm against the Customer's reference drawings;
    (b) dielines and 3D mock-ups export to PDF, DXF and the plotter format without manual correction;
    (c) both cutting plotters cut and crease test samples of each template family correctly;
    (d) the licence server assigns and releases all fourteen seats correctly; and
    (e) the Software runs for 30 consecutive days in production use without a Severity 1 fault.

5.2 If any test fails, the Vendor shall correct the defect and the test shall be repeated within 15 days. The
    Customer shall confirm Final Acceptance within 5 working days after all tests are passed.

5.3 Neither installation, nor productive use of the Software, nor payment of any instalment constitutes Final
    Acceptance.

6. WARRANTY AND SUPPORT

6.1 The Vendor warrants that the Software and the Template Library will conform to their documentation and to the
    acceptance criteria for a period of 18 months from Final Acceptance (the "Warranty Period"). During the Warranty
    Period the Vendor shall correct any non-conformity free of charge and supply all new versions of the Software.

6.2 Faults are classified as set out in Schedule 2. For a Severity 1 fault the Vendor shall respond within 2 hours,
    provide a workaround within 1 working day and a permanent correction within 10 working days. Response means a
    qualified engineer working on the fault by telephone or remote session.

6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer
    CNY 500; for each working day by which it exceeds the workaround time, CNY 1,200. Credits are set off against the
    next payment or paid within 30 days.

6.4 After the Warranty Period the Customer may order annual support (corrections, new versions, hotline and remote
    assistance on the terms of Clause 6.2) at an annual fee of 11% of the Licence Subtotal, namely CNY 83,930 per
    year. This fee is fixed for the first three support years. Any later change requires the parties' written
    agreement and may not exceed 3% per year.

6.5 Support is ordered by a separate purchase order for each support year; it does not renew automatically.

7. CUSTOMER DATA AND SECURITY

7.1 All artwork, brand files, customer specifications, dielines and drawings created or stored by the Customer with
    the Software ("Customer Data") belong to the Customer. The Vendor may process Customer Data only to perform this
    Agreement and shall not copy, retain or disclose it.

7.2 The Software and licence server are hosted on the Customer's own network. Remote support is given only through a
    session that the Customer opens and supervises; the Vendor shall not take Customer Data outside mainland China
    and shall comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 The Vendor shall keep its remote-support tools patched, use individual accounts with multi-factor
    authentication, and notify the Customer within 24 hours after becoming aware of any unauthorised access to
    Customer Data or to the Customer's systems. The Vendor is liable for all losses caused by a breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Software remains the property of the Vendor and its licensors.

8.2 The Template Library and all parameter sheets, drawings and documentation prepared specifically for the Customer
    belong to the Customer upon creation. The Customer may use, modify, copy and license them to third parties
    without restriction, including for use with other software.

9. CONFIDENTIALITY

Each party shall keep confidential all non-public information disclosed by the other party in connection with this
Agreement, including the Customer's client lists and unreleased designs, and shall use it only for this Agreement. This obligation continues for three years after this Agreement ends.

10. SUBCONTRACTING

The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor
remains fully responsible for the work of any approved subcontractor.

11. LIABILITY

The total liability of either party under this Agreement shall not exceed 150% of the Contract Price. This limit does
not apply to liability for personal injury, wilful misconduct, third-party infringement claims or breach of Clause 7.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and
     does not remedy it within 30 days after receiving written notice of the breach.

12.2 The Customer may also terminate by written notice if the delay damages under Clause 3.4 reach their maximum. The Vendor shall then refund
     all amounts paid for deliverables that have not passed Final Acceptance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of France.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of
     Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Marseille,
     France, and the language of the arbitration is English.

14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing.

14.2 This Agreement is signed in two English originals and enters into force on the date of the last signature (the
     "Effective Date").

SCHEDULE 1 - PRICES (CNY)

Item  Description                                                   Qty   Unit price   Amount
1     MaïreFold Designer, perpetual named-seat licence              14    38,600       540,400
2     MaïreFold 3D Mock-up add-on, perpetual named-seat licence      6    21,500       129,000
3     MaïreFold Cut output module, perpetual per-plotter licence     2    46,800        93,600
      Licence Subtotal                                                                  763,000
4     Template Library (120 parametric tea-packaging templates)      1                 148,000
5     Installation, licence server, plotter integration              1                  54,000
6     Training (designers 4 days, plotter operators 2 days)          1                  22,000
      Contract Price                                                                    987,000

SCHEDULE 2 - FAULT SEVERITY

Severity 1: no designer can open, save or output dielines, or the licence server refuses all seats.
Severity 2: one function (3D mock-up, one output format, one plotter) does not work and no workaround exists.
Severity 3: any other fault or a question on use; response by the next working day.

For the Customer: ______________________      For the Vendor: ______________________
Date:                                         Date:
"""

# ---- h221e02: Huangshan mountain-hotel group, revenue-management SaaS, Order Form + General Terms, Spanish vendor (.md)
H221E02 = """# ORDER FORM No. IZ-HS-0326

**Izaro Yield Systems, S.L.** ("Izaro"), registered office on the Isla de Izaro, 48360 Bizkaia, Spain, tax number
B95874120.

**Customer:** Huangshan Yunhai Mountain Hotels Group Co., Ltd., No. 9 Yanan Road, Tunxi District, Huangshan, Anhui
Province, People's Republic of China.

This Order Form is entered into under, and incorporates, the Izaro General Terms for Subscription Services printed
below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At the
Customer's request all amounts are stated and invoiced in Chinese yuan (CNY).

## A. Subscribed Services

Izaro Revenue Cloud for seven properties (1,286 rooms in total): demand forecasting, daily rate recommendations,
group and meeting displacement analysis, channel mix reporting, and the Group Portfolio module for the head office.

| Property | Rooms |
|---|---|
| Beihai Summit Hotel | 212 |
| Xihai Cloud Lodge | 168 |
| Guangmingding Inn | 96 |
| Yungu Valley Resort | 284 |
| Tangkou Town Hotel | 236 |
| Tunxi Riverside Hotel | 190 |
| Hongcun Courtyard Hotel | 100 |

## B. Subscription Term

24 months from the Subscription Start Date, which is the date of Go-Live Acceptance under item E. This Order Form does
not renew automatically; any further term requires a new Order Form signed by both parties.

## C. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Property subscription | 7 properties x CNY 52,000 per year x 2 years | 728,000 |
| Group Portfolio module | CNY 54,000 per year x 2 years | 108,000 |
| Onboarding (PMS and channel-manager interfaces, history load, training) | one-time | 96,000 |
| **Total Contract Value** | | **932,000** |

The annual subscription fee is CNY 418,000. Fees are fixed for the Subscription Term and include value-added tax.

## D. Invoicing and Payment

1. On signature of this Order Form Izaro will invoice the first-year subscription fee (CNY 418,000) and the onboarding
   fee (CNY 96,000), together CNY 514,000. The Customer shall pay this invoice within 15 days and in any event before
   the Subscription Start Date; onboarding work starts once payment is received.
2. The second-year subscription fee (CNY 418,000) is invoiced on the first anniversary of the Subscription Start Date
   and is payable within 30 days.

## E. Onboarding and Go-Live Acceptance

1. Target Go-Live Date: 70 days after signature of this Order Form.
2. Go-Live Acceptance tests: (a) two-way interface with the Customer's property management system for all seven
   properties, reconciled against the night audit for 14 consecutive days; (b) rate recommendations pushed to the
   channel manager and confirmed on three booking channels; (c) forecast back-test on the loaded booking history
   showing a mean absolute percentage error at or below the level stated in Izaro's proposal; (d) training of the
   revenue team at each property and at head office completed.
3. When all tests are passed the parties sign a Go-Live Acceptance Certificate. Use of the service before that date,
   or payment of any invoice, is not acceptance.
4. If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Izaro, Izaro shall pay
   CNY 800 for each day of delay, up to CNY 40,000 in total.

## F. Service Levels

1. Availability of the production service: 99.95% in each calendar month, excluding planned maintenance announced
   at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.
2. Support: Priority 1 (service unavailable, or rates cannot be pushed for any property): response within 30 minutes,
   24x7, and continuous work until restored; Priority 2: response within 2 hours; Priority 3: next business day.
3. Service credits, as a percentage of one twelfth of the annual subscription fee: availability below 99.95% but at or
   above 99.5%, 5%; below 99.5% but at or above 99%, 10%; below 99%, 20%. Each Priority 1 response more than 30
   minutes late earns a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the
   term.

Signed for Izaro: ____________________  Signed for the Customer: ____________________

Date: ____________  Date: ____________

# IZARO GENERAL TERMS FOR SUBSCRIPTION SERVICES (version 2026.1)

## Section 1. Definitions

"Services" means the subscribed services described in an Order Form. "Customer Data" means all data submitted to the
Services by or for the Customer, including reservations, guest profiles, rates, inventory and revenue figures, and all
outputs generated from them for the Customer. "Customer Configurations" means the pricing rules, segment definitions,
reports and dashboards set up for the Customer.

## Section 2. Provision of the Services

2.1 Izaro will provide the Services in accordance with the Order Form and its documentation, and will not materially
reduce their functionality during the Subscription Term.

2.2 The Customer will use the Services only for its own hotels and those of its affiliates named in the Order Form,
and is responsible for its users' credentials.

2.3 Izaro may update the Services from time to time, for example to add features or to reflect changes in booking
channels, and will announce any change that affects the Customer's users at least 14 days in advance in the release
notes.

## Section 3. Fees and Taxes

3.1 Fees are payable as set out in the Order Form. Late amounts bear interest at 0.02% per day.

3.2 Izaro may suspend the Services on 15 days' written notice if an undisputed invoice remains unpaid for more than
45 days.

## Section 4. Subcontractors and Sub-processors

4.1 Izaro may use subcontractors and sub-processors, including hosting providers, support partners and interface
developers, to perform any part of the Services. Izaro will inform the Customer of a new subcontractor or
sub-processor by e-mail at least 15 days before it starts work; the Customer's consent is not required.

4.2 Izaro remains responsible for the acts and omissions of its subcontractors and sub-processors.

## Section 5. Customer Data

5.1 As between the parties, Customer Data belongs to the Customer. Izaro may use Customer Data only to provide the
Services to the Customer and for no other purpose. Izaro shall not use Customer Data, in identifiable, de-identified
or aggregated form, for benchmarking, for training models offered to others, or for any product of Izaro.

5.2 Customer Data is hosted in a cloud region in mainland China operated under a Multi-Level Protection Scheme
level 3 filing. Izaro encrypts Customer Data in transit and at rest, restricts access to named support staff with
multi-factor authentication, and keeps access logs for at least six months. Customer Data is not transferred outside
mainland China.

5.3 Izaro shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer
Data, take all reasonable steps to contain it, and bear the costs and losses caused by an incident resulting from its
breach of this Section 5.

5.4 Within 30 days after the end of the Subscription Term Izaro will return all Customer Data in CSV format and then
delete it, and confirm deletion in writing.

## Section 6. Confidentiality

Each party will protect the other party's confidential information with at least reasonable care, use it only for the
purposes of the Order Form and disclose it only to its staff and advisers who need to know it. This obligation lasts
for three years after the end of the Subscription Term.

## Section 7. Intellectual Property

7.1 Izaro retains all rights in the Services and its underlying software, algorithms and documentation.

7.2 Customer Configurations and all reports produced for the Customer belong to the Customer, which may use, modify
and share them with third parties, including a successor provider.

## Section 8. Warranties

Izaro warrants that the Services will perform materially in accordance with their documentation and that onboarding
work will be carried out with reasonable skill and care by qualified staff. Rate recommendations are decision
support; the Customer remains responsible for the rates it publishes.

## Section 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue, except in case of
wilful misconduct.

9.2 Izaro's total liability arising out of or in connection with the Order Form and these General Terms, whether in
contract, tort or otherwise, is limited to the fees paid or payable by the Customer for the Services in the six (6)
months immediately preceding the event giving rise to the claim.

## Section 10. Term and Termination

10.1 The Order Form runs for the Subscription Term stated in it.

10.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and
fails to remedy it within 30 days after written notice. A monthly availability below 99% in three consecutive months
is a material breach by Izaro.

10.3 On termination for Izaro's breach, Izaro will refund any prepaid fees for the period after termination.

## Section 11. Governing Law and Disputes

These General Terms and each Order Form are governed by the laws of the People's Republic of China. Any dispute shall
be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its
rules in force at the time of application. The arbitral award is final and binding on both parties.

## Section 12. General

12.1 Neither party may assign the Order Form without the other party's written consent, except to an affiliate as
part of a reorganisation.

12.2 Notices must be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

12.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters,
epidemics or a general outage of public telecommunication networks, provided it notifies the other party promptly
and uses reasonable efforts to resume performance. Service credits remain payable for unavailability caused by the
failure of Izaro's own hosting providers.
"""

# ---- h221e03: Rongcheng sea-urchin farm, pH / dissolved-oxygen sensors, Portuguese integrator, buyer's paper (.docx)
H221E03 = """T:Purchase Contract for Water-Quality Monitoring Buoys and Software
P:Contract No. HZ-CG-2026-0087
P:The Buyer: Rongcheng Haizhen Sea Urchin Aquaculture Co., Ltd., Xiakou Village, Renhe Town, Rongcheng, Weihai, Shandong Province, People's Republic of China.
P:The Supplier: Vila Franca Aquatech, Lda., a Portuguese private limited company with its registered seat on the Ilhéu de Vila Franca, Vila Franca do Campo, São Miguel, Azores, Portugal.
P:Whereas the Buyer raises purple and green sea urchins in offshore cages and bottom-sown areas off Rongcheng, where summer heat and low dissolved oxygen have caused mass mortality, and wishes to install continuous water-quality monitoring with alarms; and whereas the Supplier designs and integrates marine sensor buoys and monitoring software and has been selected through the Buyer's competitive negotiation; the parties agree as follows. This Contract is the Buyer's standard purchase contract. All prices are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission eighteen multi-parameter monitoring buoys measuring pH, dissolved oxygen, water temperature and salinity, three shore gateways, the farm-wide monitoring and alarm software, and the customised alarm rules and feeding-system integration described in Annex 1.
P:1.2 All equipment shall be new, suitable for continuous immersion in sea water, rated for the wave and ice conditions of the northern Yellow Sea, and delivered with anti-fouling wipers, mooring kits and spare sensor parts for each buoy.
P:1.3 The Supplier shall deliver all documentation in Chinese and English, including calibration certificates for each sensor traceable to a recognised metrology institute.
P:1.4 The Supplier shall keep spare sensor heads, caps, electrodes and gateway modules available for purchase for at least seven years after Final Acceptance, at prices no higher than those in its quotation adjusted for published inflation.
H:Article 2 Contract Price
P:2.1 The total Contract Price is CNY 1,386,000, inclusive of value-added tax, import duties, customs clearance, transport to the Buyer's jetty, insurance, installation and training. The price is fixed and is itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy (pH, dissolved oxygen, temperature, salinity)|18|46,800|842,400
TB:2|Spare optical oxygen caps and pH electrodes, one kit per buoy|18|3,950|71,100
TB:3|Shore gateway (4G and LoRa) with solar power|3|28,600|85,800
TB:4|Monitoring and alarm software, perpetual farm-wide licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,167,300
TB:5|Installation, mooring and calibration|1||126,700
TB:6|Customised alarm rules and feeding-system integration|1||74,000
TB:7|Training of farm technicians|1||18,000
TB:|Contract Price|||1,386,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 138,600) as an advance payment within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 762,300) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the buoys are moored and transmitting and is not acceptance of the goods.
P:3.3 35% of the Contract Price (CNY 485,100) within 30 days after the Final Acceptance Certificate is signed.
P:3.4 All payments are made by bank transfer in CNY against a valid invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's jetty within 60 days after signature and complete installation within 25 days after delivery, in a calm-weather window agreed with the Buyer's farm manager.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate this Contract under Article 12.
P:4.3 Title and risk pass to the Buyer when the goods are delivered to the jetty and signed for.
P:4.4 During installation the Supplier shall train at least six of the Buyer's farm technicians in sensor cleaning, cap and electrode replacement, field calibration, gateway restart and the use of the alarm software, and shall hand over a laminated maintenance card for each buoy.
H:Article 5 Acceptance
P:5.1 After installation the parties shall run a 21-day trial. Final acceptance requires that: (a) each buoy's pH and dissolved-oxygen readings agree with the Buyer's calibrated reference instrument within ±0.1 pH and ±0.2 mg/L at three checks; (b) data completeness at the shore gateways is at least 98% over the trial; (c) the low-oxygen and pH alarms reach the duty staff by SMS and app within two minutes in three simulated events; (d) the feeding-system integration pauses feeding at the set oxygen level in the test cage; and (e) all documentation has been handed over.
P:5.2 When these criteria are met the parties sign the Final Acceptance Certificate. Delivery, installation, transmission of data or use of the system by the Buyer does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect and repeat the test at its own cost.
H:Article 6 Warranty
P:6.1 The Supplier warrants the goods and the software for 24 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective part free of charge, including sensor heads that drift beyond specification, and supply software corrections and updates.
P:6.2 Faults are classified in the table below. The Supplier shall meet the following times:
TB:Severity|Definition|Response|On site
TB:1|Oxygen or pH alarms lost for any cage area, or the software unavailable|1 hour|24 hours
TB:2|One buoy or one gateway not transmitting|2 hours|3 days
TB:3|Any other fault or question|1 working day|as agreed
P:6.3 Response means a qualified engineer working on the fault by telephone or remote session. For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day by which an on-site attendance is late, CNY 2,000. These amounts are deducted from the next payment or paid on demand.
P:6.4 After the warranty period the Buyer may order maintenance from the Supplier at 8% of the Hardware and Licence Subtotal per year, namely CNY 93,384 per year, covering the same response times, sensor recalibration in spring and autumn and software updates. This fee is fixed for the first two years after the warranty period. Maintenance is ordered by purchase order year by year and does not renew automatically.
H:Article 7 Farm Data
P:7.1 All readings, alarm logs, feeding records and reports generated by the system belong to the Buyer. The Supplier may access them only to perform this Contract and shall not use them for any other purpose.
P:7.2 The server runs in the Buyer's office in Rongcheng. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, is logged, and shall not be used to copy data. No farm data shall be transferred outside mainland China.
P:7.3 The Supplier shall protect the system against unauthorised access, apply security patches to the software it supplies, and notify the Buyer within 24 hours of any data breach. The Supplier is liable for all losses caused by a breach of this Article 7 by it or its partner.
H:Article 8 Intellectual Property
P:8.1 The standard monitoring software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it at the farm.
P:8.2 The customised alarm rules, the feeding-system interface, their source code and configuration files belong to the Buyer, which may use and modify them freely and have them maintained by any third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's stocking densities, mortality records and farm layout, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 10 Subcontracting
P:10.1 The Buyer approves, by signing this Contract, Weihai Haitong Marine Instruments Co., Ltd. as the Supplier's local service partner for installation and on-site warranty work. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its partner and any approved subcontractor.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9, which are not limited.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Article 4.2 reach their maximum. The Supplier shall then refund the amounts paid for goods not accepted and take them back at its own cost.
P:12.2 The Buyer may also terminate if the system fails the final acceptance tests twice for reasons attributable to the Supplier.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by typhoons, storms, sea ice, epidemics or other events beyond its reasonable control, provided it notifies the other party within three days and resumes performance as soon as possible. Installation dates affected by weather shall be moved to the next suitable window agreed by the parties.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Article 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English, both texts being equally authentic, and takes effect on signature by both parties. Annex 1 (technical specification) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---- h221e04: Changsha e-sports club, managed IT and endpoint support, German provider (.pdf, Clause N + Schedules)
H221E04 = """T:Managed IT and Endpoint Support Agreement
P:Agreement reference: TMS-CS-2026-019
P:This Agreement is made between Changsha Xingyao E-Sports Club Co., Ltd., Floor 6, Block B, Malanshan Video Cultural and Creative Park, Yuhua District, Changsha, Hunan Province, People's Republic of China (the "Customer"), and Trischen Managed Services GmbH, a German limited liability company with its registered seat on the Insel Trischen, 25718 Friedrichskoog, Germany (the "Provider").
P:Background: The Customer operates professional teams in several competitive titles, a training centre with 140 gaming workstations and two match arenas with live-streaming equipment. It wishes to outsource the day-to-day support of this equipment and of its office IT to the Provider, which operates a remote service desk staffed in Chinese and English and works on site in Changsha through its own employees. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).
H:Clause 1 Definitions
P:1.1 "Services" means the managed services described in Schedule 1. "Endpoints" means the gaming workstations, coaching laptops, office computers and peripherals listed in the asset register. "Arena Systems" means the network switches, wireless access points, streaming encoders, broadcast PCs and match servers installed in the two arenas.
P:1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 4. "Initial Term" means 24 months from the Service Commencement Date.
P:1.3 "Match Day" means a day on which an official league, cup or broadcast show match is played in one of the Customer's arenas, as notified by the Customer at least seven days in advance.
H:Clause 2 Services
P:2.1 The Provider shall provide the Services from the Service Commencement Date until the end of the Initial Term, with the skill and care of an experienced managed-service provider and in accordance with Schedule 1 and Schedule 2.
P:2.2 The Services include: a service desk by telephone, chat and ticket portal; monitoring and patching of all Endpoints and Arena Systems; maintenance of standard workstation images for each competitive title, including driver and anti-cheat client updates; endpoint protection management; asset register maintenance; replacement coordination for faulty hardware under manufacturers' warranties; and on-site technician support on Match Days.
P:2.3 The Provider shall keep at least two qualified technicians based in Changsha for on-site work and shall name a service manager who meets the Customer each month to review tickets, incidents and planned changes.
P:2.4 Hardware, software licences and spare parts are not included in the charges. Where the Customer asks the Provider to source them, the Provider shall pass on its purchase price without mark-up against the Customer's written purchase order, and title passes to the Customer on delivery.
H:Clause 3 Transition
P:3.1 Within 45 days after signature the Provider shall complete the transition: inventory of all Endpoints and Arena Systems, installation of monitoring and endpoint-protection agents, creation and testing of the standard images, documentation of the arena network, and a runbook for Match Days.
P:3.2 If the Service Commencement Certificate is not signed within that period for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.
H:Clause 4 Service Commencement
P:4.1 The Customer shall sign the Service Commencement Certificate when: (a) the asset register covers every Endpoint and Arena System and has been checked by the Customer on a sample of 30 devices; (b) monitoring and protection agents report from all Endpoints; (c) each standard image has been restored to three workstations and tested by the Customer's players; (d) a simulated arena network failure has been handled according to the runbook; and (e) the service desk has handled a test week of tickets.
P:4.2 Use of the Services during transition is not acceptance. If a criterion is not met, the Provider shall remedy it and the test shall be repeated.
H:Clause 5 Charges and Payment
P:5.1 The charges are set out in Schedule 3: a Monthly Service Charge of CNY 46,500 for the Initial Term and a one-time Transition Fee of CNY 58,000. The Total Contract Value is CNY 1,174,000. Charges are fixed for the Initial Term and include value-added tax.
P:5.2 The Transition Fee is invoiced after the Service Commencement Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears together with the monthly service report. No amount is payable in advance.
P:5.3 The Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY.
H:Clause 6 Service Levels and Credits
P:6.1 Incidents are classified and handled as set out in Schedule 2. For a Priority 1 incident the Provider shall respond within six (6) hours. Response means a technician actively working on the incident, remotely or on site.
P:6.2 For each Priority 1 incident to which the Provider responds late, the Provider shall grant a service credit of 5% of the Monthly Service Charge for the month concerned. For each Priority 2 incident responded to late, the credit is 1%. Credits in any month shall not exceed 20% of the Monthly Service Charge and are deducted from the next invoice.
P:6.3 On Match Days a technician shall be present in the arena from two hours before the first match until the end of the broadcast. Absence without the Customer's agreement entitles the Customer to a credit of CNY 3,000 per Match Day.
H:Clause 7 Customer Data and Security
P:7.1 All data on the Endpoints and Arena Systems, including player accounts, replays, scrim recordings, strategy files, sponsor materials and personal data of players and staff ("Customer Data"), belongs to the Customer. The Provider may access and process Customer Data only to perform the Services and shall not copy, keep or use it for any other purpose.
P:7.2 The Provider shall access the Customer's systems only through the remote-management platform approved by the Customer, with individual accounts protected by multi-factor authentication and full session logging. Customer Data shall not leave mainland China. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:7.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data or the Customer's systems, contain the incident, and support the Customer's investigation. The Provider is liable for all losses caused by an incident resulting from its breach of this Clause 7.
P:7.4 At the end of this Agreement the Provider shall return the asset register, images, runbooks and access credentials and remove its agents and accounts.
H:Clause 8 Intellectual Property
P:8.1 Tools and software of the Provider remain its property. Standard images, scripts, runbooks, network documentation and reports created for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider.
H:Clause 9 Personnel and Subcontracting
P:9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:9.2 The Provider's staff shall follow the Customer's house rules, including rules for arena areas during broadcasts.
H:Clause 10 Liability
P:10.1 The total liability of the Provider under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Clause 7, which are not limited.
H:Clause 11 Duration and Termination
P:11.1 This Agreement starts on signature and ends at the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.
P:11.2 Neither party may terminate this Agreement before the end of the Initial Term, including for breach by the other party, except where the other party becomes insolvent. For a failure to meet the service levels the Customer's remedies are the service credits under Clause 6; for any other breach the Customer may claim damages and performance.
P:11.3 The Provider may suspend the Services if an undisputed invoice remains unpaid 30 days after a written reminder.
H:Clause 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
H:Clause 13 General
P:13.1 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above. This Agreement is signed in two English originals.
P:13.2 Neither party is liable for failures caused by events beyond its reasonable control, such as power cuts affecting the whole district, natural disasters or epidemics, provided it notifies the other party promptly and resumes performance as soon as possible. Service credits are not payable for the period of such an event.
H:Schedule 1 Service Scope
P:Service desk: 08:00 to 24:00 every day, and on call outside these hours for Priority 1 incidents. Endpoint management: patching within 14 days of release, image updates within 48 hours after a game client update, and protection signatures kept current. Arena Systems: monitoring of switches, access points and encoders, firmware management and configuration backups.
H:Schedule 2 Incident Priorities
TB:Priority|Definition|Response time
TB:Priority 1|Arena network or streaming down, or more than 20 Endpoints unusable|six (6) hours
TB:Priority 2|A single arena station or fewer than 20 Endpoints unusable|8 business hours
TB:Priority 3|Requests, questions and other faults|next business day
H:Schedule 3 Charges (CNY)
TB:Item|Basis|Amount
TB:Endpoint and service desk management|140 Endpoints x 210 per month|29,400 per month
TB:Arena Systems management|two arenas|11,300 per month
TB:Match Day technician support|up to ten Match Days per month|5,800 per month
TB:Monthly Service Charge|24 months x 46,500|1,116,000
TB:Transition Fee|one-time|58,000
TB:Total Contract Value||1,174,000
P:For the Customer: ____________________    For the Provider: ____________________
"""

# ---- h221e05: Pu'er tea exporter, pesticide-residue certificate API subscription, Scottish vendor (.txt, Part 1 / Part 2)
H221E05 = """API SUBSCRIPTION AGREEMENT
Residue Check and Certificate Service

Reference: MRD-SUB-2026-0311

Supplier:  Mhunna Residue Data Ltd, a company registered in Scotland under number SC712408, whose registered office
           is on Eilean Mhunna, Loch Leven, Ballachulish, Scotland ("Mhunna")
Customer:  Yunnan Pu'er Chayuan Export Trading Co., Ltd., No. 37 Chaye Road, Simao District, Pu'er, Yunnan Province,
           People's Republic of China (the "Customer")

The Customer exports Pu'er, black and green teas to the European Union, the United Kingdom, Japan and the Middle East.
Before each shipment it must show that the residues found by its contracted laboratories are below the maximum residue
limits of the destination market. Mhunna operates an application programming interface (the "API") that holds the
current residue limits of more than 60 markets, checks laboratory results against them and issues a signed residue
compliance certificate for each lot. The parties have agreed that the Customer will subscribe to the API on the terms
below. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

PART 1 - ORDER DETAILS

1. Subscription: Residue Check API, Export plan, with certificate issue and certificate verification endpoints, for
   the Customer and its two processing plants in Pu'er and Lincang.

2. Term: 24 months from the Service Start Date, being the date on which the Customer signs the Integration Acceptance
   Note under clause 4 of Part 2 (the "Initial Term"), renewing as set out in clause 12 of Part 2.

3. Fees:
   Platform fee                         CNY 16,800 per month x 24 months      CNY 403,200
   Setup and ERP integration            one-time                              CNY  38,000
   Total Contract Value                                                       CNY 441,200
   The platform fee includes 3,000 API calls per month. Additional calls are charged at CNY 0.90 per call, billed
   monthly in arrears; they are not part of the Total Contract Value.

4. Payment: the setup fee is invoiced after the Integration Acceptance Note is signed; the platform fee and any
   additional calls are invoiced monthly in arrears. Invoices are payable within 30 days. Nothing is payable in
   advance.

5. Named contacts: for Mhunna, the customer success lead in Ballachulish; for the Customer, the head of quality
   control in Pu'er.

6. Support channels: e-mail, telephone and a ticket portal, in English and Chinese. Severity 1 faults are also
   reported by telephone to the duty number given in the welcome letter.

PART 2 - TERMS

1. Definitions
1.1 "Customer Data" means laboratory reports, lot numbers, product descriptions, shipment details, consignee names
    and any other data the Customer submits to the API, and the certificates generated from them.
1.2 "Integration" means the connection between the API and the Customer's export ERP system built under clause 3.
1.3 "Business Day" means a day other than a Saturday, a Sunday or a public holiday in mainland China.

2. The Service
2.1 Mhunna shall provide the API in accordance with its published documentation and the Service Level Schedule.
2.2 Mhunna shall keep the residue limits up to date and shall apply changes published by a destination market's
    authority within 10 Business Days of publication, notifying the Customer of each change that affects tea.
2.3 Certificates state the limits and sources applied on the date of issue. The Customer remains responsible for the
    accuracy of the laboratory results it submits and for its dealings with customs authorities.
2.4 The Customer may submit results from any laboratory accredited under ISO/IEC 17025. Mhunna shall add a new
    laboratory's report format within 15 Business Days after the Customer's request, at no extra charge for up to
    six laboratories during the Initial Term.
2.5 Mhunna shall provide a test environment with the same functions as the production API, so that the Customer can
    test changes to its ERP system without creating real certificates.

3. Setup and Integration
3.1 Mhunna shall, within 40 days after signature, configure the Customer's account, map the Customer's product codes
    to the API's commodity codes, build the Integration with the Customer's export ERP system, and train the Customer's
    quality-control staff.
3.2 The Customer shall give Mhunna a test connection to its ERP system and at least 50 past laboratory reports within
    10 Business Days after signature.
3.3 If the Integration Acceptance Note is not signed within the period in clause 3.1 for reasons attributable to Mhunna, Mhunna
    shall pay the Customer CNY 350 for each day of delay, up to a total of CNY 17,500.

4. Integration Acceptance
4.1 The Customer shall sign the Integration Acceptance Note when the following tests have been passed: (a) 50 past
    laboratory reports chosen by the Customer are checked against the limits of four destination markets and the
    results agree with the Customer's manual assessment; (b) certificates are generated from the ERP system without
    manual re-keying and carry the correct lot numbers; (c) the verification endpoint confirms genuine certificates and
    rejects altered ones; and (d) the Customer's staff have been trained.
4.2 Use of the API in production before the Note is signed is not acceptance.

5. Fees and Invoices
5.1 Fees are as set out in Part 1 and are fixed for the Initial Term. They include value-added tax.
5.2 If an amount is disputed in good faith, the Customer shall pay the undisputed part and the parties shall resolve
    the dispute within 30 days.
5.3 Late payments bear interest at 0.03% per day from the due date until payment.

6. Service Levels
6.1 Mhunna shall meet the availability, support and credit commitments in the Service Level Schedule.
6.2 Service credits are deducted from the next invoice. At the end of the term any unused credits are paid to the
    Customer.

7. Customer Data
7.1 Customer Data belongs to the Customer. Mhunna may use Customer Data only to provide the API and the certificates
    to the Customer and shall not sell it, share it with third parties or use it for any other purpose.
7.2 On expiry or termination Mhunna shall make all Customer Data and certificates available for download for 60 days.

8. Intellectual Property
8.1 Mhunna owns the API, its residue-limit database and its software.
8.2 The certificate layouts designed for the Customer, the product-code mapping tables and the Integration code
    belong to the Customer, which may use, modify and license them freely, including with another provider.

9. Confidentiality
9.1 Each party shall keep confidential the other party's business information that is marked as confidential or is
    confidential by its nature, including the Customer's supplier and consignee lists, prices and laboratory results,
    and shall use it only for this Agreement.
9.2 This obligation continues for three years after this Agreement ends.

10. Subcontracting
10.1 Mhunna shall not subcontract the performance of the API service, the Integration or support to any third party
     without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11. Liability
11.1 Neither party is liable for indirect or consequential loss or loss of profit.
11.2 The total liability of Mhunna under this Agreement shall not exceed 125% of the Total Contract Value, save for
     death or personal injury caused by negligence and for fraud, which are not limited.

12. Term and Renewal
12.1 This Agreement continues for the Initial Term. It then renews automatically for successive periods of six months
     each unless either party gives at least 30 days' written notice before the end of the current period.
12.2 The platform fee during any renewal period is the same as during the Initial Term; Mhunna may not increase it
     without the Customer's written agreement.

13. Termination
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and
     does not remedy it within 30 days after receiving notice of the breach.
13.2 The Customer may also terminate by written notice if availability falls below 98% in any two consecutive months.
13.3 On termination for Mhunna's breach, Mhunna shall refund any fees paid for the period after termination and the
     Customer shall pay only for the service actually provided. Clauses 7, 8, 9 and 11 survive termination.

14. Governing Law and Jurisdiction
14.1 This Agreement and any non-contractual obligations arising from it are governed by Scots law.
14.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection
     with this Agreement.

15. General
15.1 Neither party may assign this Agreement without the other party's written consent.
15.2 Notices must be in writing and sent by e-mail and courier to the named contacts.
15.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other
     party promptly.
15.4 This Agreement is the entire agreement between the parties about the API and replaces all earlier proposals.
     Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals.

SERVICE LEVEL SCHEDULE

A. Availability. The API and the verification endpoint shall be available 99.7% of the time in each calendar month,
   measured by Mhunna's external monitoring, excluding maintenance announced 5 Business Days in advance and performed
   on Sundays between 02:00 and 06:00 Beijing time.

B. Support. Severity 1 (API unavailable, or certificates cannot be issued): response within 1 hour, at any time of
   day, and continuous work until restored. Severity 2 (a feature or a market's limits not working): response within
   3 hours on Business Days. Severity 3 (questions and requests): response within 2 Business Days.

C. Service credits, as a share of the monthly platform fee:
   availability below 99.7% but at least 99.0%      5%
   availability below 99.0% but at least 98.0%     10%
   availability below 98.0%                         25%
   each Severity 1 response more than one hour late: CNY 500.

Signed for Mhunna Residue Data Ltd: ______________________   Date: __________

Signed for the Customer: ______________________   Date: __________
"""


# ================================================================ PLAN: targets, price checks, labels
TARGETS = {
    "h221z01": ("h221z01_county_homestead_management_platform.docx", "docx"),
    "h221z02": ("h221z02_tile_glaze_defect_vision_inspection.pdf", "pdf"),
    "h221z03": ("h221z03_pharmacy_chain_inventory_membership_saas.md", "md"),
    "h221z04": ("h221z04_housing_fund_system_annual_om.txt", "txt"),
    "h221z05": ("h221z05_snail_noodle_erp_supplier_template.md", "md"),
    "h221e01": ("h221e01_tea_packaging_dieline_perpetual_licences.txt", "txt"),
    "h221e02": ("h221e02_mountain_hotel_revenue_saas_order_form.md", "md"),
    "h221e03": ("h221e03_sea_urchin_farm_ph_oxygen_sensors.docx", "docx"),
    "h221e04": ("h221e04_esports_club_managed_it_support.pdf", "pdf"),
    "h221e05": ("h221e05_puer_residue_certificate_api_subscription.txt", "txt"),
}
SOURCES = {"h221z01": H221Z01, "h221z02": H221Z02, "h221z03": H221Z03, "h221z04": H221Z04, "h221z05": H221Z05,
           "h221e01": H221E01, "h221e02": H221E02, "h221e03": H221E03, "h221e04": H221E04, "h221e05": H221E05}


def check_prices():
    """Every price and payment sum of the ten drafts (the figures are written in the sources above)."""
    # z01: licence subtotal, total, 20/45/35 payments, 5 % bond, post-warranty fee
    lic = 486_000 + 158_000 + 72_000
    assert lic == 716_000
    assert lic + 342_000 + 188_000 + 64_000 == 1_310_000
    assert [1_310_000 * p // 100 for p in (20, 45, 35)] == [262_000, 589_500, 458_500]
    assert 262_000 + 589_500 + 458_500 == 1_310_000 and 1_310_000 * 5 // 100 == 65_500
    assert 716_000 * 9 // 100 == 64_440
    # z02: item lines, subtotal, total, 20/50/25/5 payments, 22 % fee
    rows = [(12, 38_500, 462_000), (12, 9_800, 117_600), (4, 46_000, 184_000), (4, 52_500, 210_000),
            (4, 31_000, 124_000), (4, 168_000, 672_000)]
    assert all(q * u == a for q, u, a in rows)
    hw = sum(a for _, _, a in rows)
    assert hw == 1_769_600 and hw + 186_000 + 74_400 + 20_000 == 2_050_000
    assert [2_050_000 * p // 100 for p in (20, 50, 25, 5)] == [410_000, 1_025_000, 512_500, 102_500]
    assert 410_000 + 1_025_000 + 512_500 + 102_500 == 2_050_000
    assert hw * 22 // 100 == 389_312 and hw * 22 % 100 == 0
    # z03: subscriptions x 3 years, implementation, quarterly fee
    assert 120 * 2_760 * 3 == 993_600 and 48_000 * 3 == 144_000
    assert 993_600 + 144_000 + 186_000 == 1_323_600
    assert (120 * 2_760 + 48_000) // 4 == 94_800 and 94_800 * 12 == 993_600 + 144_000
    # z04: items, quarterly payments
    assert 486_000 + 138_000 + 96_000 + 42_000 + 58_000 == 820_000 and 4 * 205_000 == 820_000
    # z05: items, 60/35/5 payments
    assert 420_000 + 268_000 + 146_000 + 36_000 == 870_000
    assert [870_000 * p // 100 for p in (60, 35, 5)] == [522_000, 304_500, 43_500]
    assert 522_000 + 304_500 + 43_500 == 870_000
    # e01: licence lines, subtotal, total, 20/55/25 payments, 11 % support fee
    assert 14 * 38_600 == 540_400 and 6 * 21_500 == 129_000 and 2 * 46_800 == 93_600
    assert 540_400 + 129_000 + 93_600 == 763_000 and 763_000 + 148_000 + 54_000 + 22_000 == 987_000
    assert [987_000 * p // 100 for p in (20, 55, 25)] == [197_400, 542_850, 246_750]
    assert 197_400 + 542_850 + 246_750 == 987_000 and 763_000 * 11 // 100 == 83_930
    # e02: rooms, subscription, first invoice
    assert 212 + 168 + 96 + 284 + 236 + 190 + 100 == 1_286
    assert 7 * 52_000 * 2 == 728_000 and 54_000 * 2 == 108_000 and 728_000 + 108_000 + 96_000 == 932_000
    assert 7 * 52_000 + 54_000 == 418_000 and 418_000 + 96_000 == 514_000 and 514_000 + 418_000 == 932_000
    # e03: lines, subtotal, total, 10/55/35 payments, 8 % maintenance
    assert 18 * 46_800 == 842_400 and 18 * 3_950 == 71_100 and 3 * 28_600 == 85_800
    assert 842_400 + 71_100 + 85_800 + 168_000 == 1_167_300
    assert 1_167_300 + 126_700 + 74_000 + 18_000 == 1_386_000
    assert [1_386_000 * p // 100 for p in (10, 55, 35)] == [138_600, 762_300, 485_100]
    assert 138_600 + 762_300 + 485_100 == 1_386_000 and 1_167_300 * 8 // 100 == 93_384
    # e04: monthly charge lines, total
    assert 140 * 210 == 29_400 and 29_400 + 11_300 + 5_800 == 46_500
    assert 24 * 46_500 == 1_116_000 and 1_116_000 + 58_000 == 1_174_000
    # e05: platform fee, total
    assert 16_800 * 24 == 403_200 and 403_200 + 38_000 == 441_200

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
# the "fine" defaults every draft shares unless its plan says otherwise
BASE = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
            confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
            final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC")


def terms(**kw):
    d = dict(BASE)
    d.update(kw)
    assert set(d) == set(TERM_KEYS), set(TERM_KEYS) ^ set(d)
    return {k: d[k] for k in TERM_KEYS}


def extra(goods, sla_clause=True, ld_stated=True, capped=True, deemed=False, value=None):
    e = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if goods:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
PLAN = {
    "h221z01": dict(lang="zh", category="software", forum_outside=False, fee_base=716_000,
        terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9, contract_kind=G),
        extra=extra(True, value=1_310_000), rules=[],
        figures=["1,310,000", "716,000", "20%", "¥262,000", "99.95%", "30分钟内响应", "¥800", "千分之一", "质保期为三年",
                 "9%", "¥64,440", "不自动续期", "归甲方所有", "保密", "不允许分包", "适用中华人民共和国法律",
                 "均不视为最终验收合格"]),
    "h221z02": dict(lang="zh", category="hardware", forum_outside=False, fee_base=1_769_600,
        terms=terms(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
                    warranty_months=10, post_warranty_fee_pct=22, contract_kind=G),
        extra=extra(True, value=2_050_000), rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
        figures=["2,050,000", "1,769,600", "20%", "¥410,000", "¥512,500", "万分之八", "质保期为十个月", "30分钟内远程响应",
                 "¥500", "22%", "¥389,312", "费率不变", "书面同意", "适用中华人民共和国法律", "均不视为终验合格"]),
    "h221z03": dict(lang="zh", category="cloud", forum_outside=False, fee_base=None,
        terms=terms(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                    ld_rate_per_day_pct=900 / 1_323_600 * 100, liability_cap_pct=120, auto_renewal_price_increase=True,
                    contract_kind=S),
        extra=extra(False, value=1_323_600), rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
        figures=["1,323,600", "¥94,800", "无需向乙方支付任何预付款", "¥900", "99.5%", "15分钟", "5%", "¥1,000", "脱敏",
                 "120%", "自动续期", "不超过8%", "书面同意", "适用中华人民共和国法律"]),
    "h221z04": dict(lang="zh", category="services", forum_outside=False, fee_base=None,
        terms=terms(p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=0.02, contract_kind=S),
        extra=extra(False, value=820_000), rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
        figures=["820,000", "¥205,000", "本合同不设预付款", "万分之二", "15分钟内响应", "不扣减当期服务费", "1小时内报告",
                 "不得转包或分包", "期满本合同即行终止", "适用中华人民共和国法律"]),
    "h221z05": dict(lang="zh", category="software", forum_outside=False, fee_base=420_000,
        terms=terms(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None,
                    liability_cap_pct=25, prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False,
                    warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=True, governing_law=None,
                    contract_kind=G),
        extra=extra(True, sla_clause=False, ld_stated=False, capped=False, deemed=True, value=870_000),
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
        figures=["870,000", "60%", "¥522,000", "¥304,500", "系统上线即视为甲方验收合格", "知识产权均归乙方所有", "六个月",
                 "乙方将尽力及时处理", "乙方当年公布的服务价格标准", "25%", "无需另行取得甲方同意", "千分之一",
                 "乙方所在地人民法院"]),
    "h221e01": dict(lang="en", category="software", forum_outside=True, fee_base=763_000,
        terms=terms(p1_response_hours=2, ld_rate_per_day_pct=700 / 987_000 * 100, liability_cap_pct=150,
                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                    governing_law="France", contract_kind=G),
        extra=extra(True, value=987_000), rules=["CR-GOVERNING-LAW"],
        figures=["CNY 987,000", "CNY 763,000", "20% (CNY 197,400)", "CNY 700 for each day", "18 months", "within 2 hours",
                 "CNY 500", "11% of the Licence Subtotal", "CNY 83,930", "150% of the Contract Price",
                 "laws of France", "Marseille", "prior written consent", "does not renew automatically"]),
    "h221e02": dict(lang="en", category="cloud", forum_outside=False, fee_base=None,
        terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 932_000 * 100,
                    liability_cap_pct=6 / 24 * 100, prepayment_pct=514_000 / 932_000 * 100,
                    subcontract_without_consent=True, contract_kind=S),
        extra=extra(False, value=932_000), rules=["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
        figures=["932,000", "CNY 514,000", "before the Subscription Start Date", "99.95%", "within 30 minutes",
                 "CNY 800 for each day", "six (6) months", "consent is not required", "does not renew automatically",
                 "laws of the People's Republic of China", "Shanghai International Arbitration Center"]),
    "h221e03": dict(lang="en", category="hardware", forum_outside=False, fee_base=1_167_300,
        terms=terms(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind=G),
        extra=extra(True, value=1_386_000), rules=[],
        figures=["CNY 1,386,000", "1,167,300", "10% of the Contract Price (CNY 138,600)", "0.1% of the Contract Price",
                 "24 months", "CNY 600", "8% of the Hardware and Licence Subtotal", "CNY 93,384", "200%",
                 "prior written consent", "laws of the People's Republic of China", "does not constitute acceptance"]),
    "h221e04": dict(lang="en", category="services", forum_outside=False, fee_base=None,
        terms=terms(p1_response_hours=6, confidentiality=False, ld_rate_per_day_pct=900 / 1_174_000 * 100,
                    liability_cap_pct=150, termination_for_breach=False, contract_kind=S),
        extra=extra(False, value=1_174_000), rules=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
        figures=["CNY 1,174,000", "CNY 46,500", "No amount is payable in advance", "six (6) hours", "5% of the Monthly",
                 "CNY 900 for each day", "150% of the Total Contract Value", "Neither party may terminate",
                 "prior written consent", "does not renew automatically", "laws of the People's Republic of China"]),
    "h221e05": dict(lang="en", category="cloud", forum_outside=True, fee_base=None,
        terms=terms(availability_pct=99.7, p1_response_hours=1, data_security_clause=False,
                    ld_rate_per_day_pct=350 / 441_200 * 100, liability_cap_pct=125, governing_law="Scotland",
                    contract_kind=S),
        extra=extra(False, value=441_200), rules=["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
        figures=["CNY 441,200", "Nothing is payable in advance", "99.7%", "within 1 hour", "CNY 350 for each day",
                 "125% of the Total Contract Value", "Customer Data belongs to the Customer", "Scots law",
                 "Court of Session in Edinburgh", "is the same as during the Initial Term", "prior written consent"]),
}


# ================================================================ policy section 3 / 4 re-applied to the labels
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
HORIZON = 5


def tco(plan):
    """Policy section 4: purchase + implementation = the contract value; post-warranty fee for every year of the
    5-year horizon after the warranty (partial year pro rata); fee base = the itemised licence/hardware price."""
    t, e = plan["terms"], plan["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * plan["fee_base"] * years
    total = e["contract_value"] + fees
    return {"post_warranty_years": years, "fees": fees, "tco": total, "share_pct": fees / total * 100}


def apply_rules(plan):
    t, e = plan["terms"], plan["extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(plan)
        if x and x["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or plan["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    p = PLAN[key]
    return {"file": TARGETS[key][0], "language": p["lang"], "category": p["category"],
            "expected_terms": p["terms"], "expected_extra": p["extra"], "expected_rules": sorted(p["rules"])}


def check_mix():
    risks = {k: risk(PLAN[k]["rules"]) for k in PLAN}
    n = {k: len(PLAN[k]["rules"]) for k in PLAN}
    assert sorted(k for k in PLAN if n[k] == 0) == ["h221e03", "h221z01"]
    assert [k for k in PLAN if n[k] == 1] == ["h221e01"] and risks["h221e01"] == "low"
    assert sorted(k for k in PLAN if 2 <= n[k] <= 3) == ["h221e02", "h221e04", "h221e05", "h221z02", "h221z03",
                                                          "h221z04"]
    assert n["h221z05"] == 10
    fired = set().union(*(PLAN[k]["rules"] for k in PLAN))
    assert fired == set(SEVERITY), set(SEVERITY) - fired  # every CR rule fires at least once
    fmts = {}
    for k, (name, kind) in TARGETS.items():
        fmts.setdefault(kind, set()).add(PLAN[k]["lang"])
        assert name.startswith(k + "_") and name.endswith("." + kind)
    assert fmts == {"docx": {"zh", "en"}, "pdf": {"zh", "en"}, "md": {"zh", "en"}, "txt": {"zh", "en"}}
    assert sorted(kind for _, kind in TARGETS.values()).count("md") == 3
    assert sorted(kind for _, kind in TARGETS.values()).count("txt") == 3
    return risks


# strings that must NOT be in a draft, so that its planned risky reading holds
MUST_NOT = {
    "h221z04": ["抵扣", "扣款", "服务费中扣"],
    "h221z05": ["小时", "分钟", "响应时间", "可用率"],
    "h221e04": ["confiden", "secret", "non-disclos"],
    "h221e05": ["secur", "encrypt", "incident", "leak", "unauthori", "breach of clause 7"],
}
LIMITS = {"zh": (2800, 3300), "en": (1500, 1700)}


def main():
    self_test()
    check_prices()
    risks = check_mix()
    for key, plan in PLAN.items():
        got = apply_rules(plan)
        assert got == sorted(plan["rules"]), (key, got, plan["rules"])
        x = tco(plan)
        print("%s rules=%s risk=%s%s" % (key, ",".join(r[3:] for r in got) or "(none)", risks[key],
              "" if x is None else "  TCO %.2f share %.2f%% (%.4f post-warranty years)" % (x["tco"], x["share_pct"],
                                                                                          x["post_warranty_years"])))
    # write the plain-text drafts, build the Word / PDF drafts
    for key, (name, kind) in TARGETS.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    sys.dont_write_bytecode = True  # write nothing outside this folder (no ../__pycache__)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    # labels
    for key, (name, _) in TARGETS.items():
        path = OUT / (Path(name).stem + ".json")
        path.write_text(json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", path.name)
    # read every built file back
    bad = []
    for key, (name, kind) in TARGETS.items():
        text = read_back(OUT / name)
        lang = PLAN[key]["lang"]
        hits = threshold_hits(text)
        if hits:
            bad.append((name, "threshold", hits))
        flat = squash(text)
        for f in PLAN[key]["figures"]:
            if squash(f) not in flat:
                bad.append((name, "figure missing", f))
        for f in MUST_NOT.get(key, []):
            if f.lower() in text.lower():
                bad.append((name, "must not contain", f))
        if lang == "zh":
            n1, n2 = zh_chars(text), len(text)
            ok = all(LIMITS["zh"][0] <= n <= LIMITS["zh"][1] for n in (n1, n2))
            print("%-58s zh %5d chars without whitespace, %5d with" % (name, n1, n2))
        else:
            n1, n2 = en_words(text), len(text.split())
            ok = all(LIMITS["en"][0] <= n <= LIMITS["en"][1] for n in (n1, n2))
            print("%-58s en %5d words (tokens with a letter or digit), %5d whitespace tokens" % (name, n1, n2))
        if not ok:
            bad.append((name, "length", (n1, n2)))
    for b in bad:
        print("FAIL", b)
    assert not bad
    print("all checks passed")


if __name__ == "__main__":
    main()
