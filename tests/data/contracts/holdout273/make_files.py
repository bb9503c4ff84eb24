"""holdout273: builds ten ordinary draft contracts and their labels from the sources below.
Run with /work/main/.venv/bin/python make_files.py (from any directory)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
NUMC = "零〇一二三四五六七八九十百千两"
THRESHOLD_RES = [
    r"(?<![\d.])99\.90*(?![\d])",                                            # availability 99.9
    r"(?<![\d.])4\s*(?:-|\s)?(?:(?:working|business|clock|consecutive)\s+)?(?:hours?|hrs?|小时|个小时|个工作小时)",                    # P1 response 4 h
    r"(?<![%s])四个?小时" % NUMC, r"(?<![\w-])four[\s-]+(?:\(4\)\s*)?(?:(?:working|business|clock|consecutive)\s+)?hours?",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s?cent)", r"百分之一?百(?![分%s])" % NUMC,
    r"one hundred per\s?cent",                                                 # liability cap 100 %
    r"(?<![\d.])0?\.050*\s*(?:%|％)", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])0\.35\s*(?:%|％)",                                             # LD 0.05 %/day (or per week)
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s?cent)", r"百分之三十(?![%s点])" % NUMC,
    r"thirty per\s?cent", r"三成",                                             # prepayment 30 %
    r"(?<![\d.])12\s*(?:-|\s)?(?:months?|个月)", r"(?<![%s])十二个月" % NUMC,
    r"(?<![\w-])twelve[\s-]+(?:\(12\)\s*)?months?", r"一年质保|质保期为?一年|one-year warranty|warranty of one year",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s?cent)", r"百分之十五(?![%s点])" % NUMC,
    r"fifteen per\s?cent",                                                     # post-warranty fee 15 %
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s?cent)", r"百分之四十(?![%s点])" % NUMC,
    r"forty per\s?cent", r"四成",                                              # TCO share 40 %
    r"(?<![\d.])5\s*(?:-|\s)?(?:years?|年)", r"(?<![%s])五年" % NUMC,
    r"(?<![\w-])five[\s-]+(?:\(5\)\s*)?years?",                                # TCO horizon 5 years
]
THRESHOLD = [re.compile(p, re.I) for p in THRESHOLD_RES]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD for m in rx.finditer(text)]


def self_test():
    bad = ["99.9%", "99.90 %", "4 hours", "4-hour", "四小时", "4小时", "four hours", "four working hours", "4 business hours", "100%", "百分之百", "百分之一百",
           "0.05%", "万分之五", "30%", "百分之三十", "thirty percent", "12 months", "12个月", "十二个月", "twelve months",
           "15%", "百分之十五", "40%", "百分之四十", "5 years", "5年", "五年", "five-year", "five years", "0.35%"]
    good = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "2 hours", "200%", "150%",
            "0.1%", "万分之二", "20%", "35%", "130%", "18个月", "18 months", "36个月", "2027年", "2025年", "45%",
            "115%", "二〇二五年", "0.02%", "12 gateways", "2027年12月31日", "thirty days", "3 years"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex false positive", s, threshold_hits(s))


# ---------------------------------------------------------------- rendering of the markup to .md / .txt
def to_md(src):
    out, table = [], []

    def flush():
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            for r in table[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
            table.clear()
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag != "TB":
            flush()
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        elif tag == "TB":
            table.append(text.split("|"))
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out = []
    for line in src.strip().splitlines():
        tag, _, text = line.partition(":")
        if tag == "T":
            out += [text, "=" * 40, ""]
        elif tag == "H":
            out += ["", text]
        elif tag == "TB":
            out.append("    " + "  |  ".join(text.split("|")))
        else:
            out.append(text)
    return "\n".join(out).rstrip() + "\n"

# ================================================================ h273z01 (docx) bridge SHM platform, buyer's paper
Z01 = """T:××省交通运输厅桥梁结构健康监测平台建设项目政府采购合同
P:项目编号：JTT-ZFCG-2027-0418　　采购方式：公开招标　　合同编号：JTT-QL-2027-031
P:采购人（甲方）：××省交通运输厅　地址：××市政务新区交通大厦　联系人：桥梁养护处　王工
P:供应商（乙方）：中桥智感科技股份有限公司　地址：××市高新区创新路88号　联系人：项目总监　李工
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省管干线公路十二座重点桥梁结构健康监测平台的供货、安装、软件部署与运行保障事宜，经平等协商，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同组成部分，内容不一致时以本合同条款为准。
H:一、项目内容与交付范围
P:1.1 乙方按附件一《设备与软件清单》向甲方提供应变计、加速度传感器、倾角仪、位移计、温湿度计、风速风向仪及数据采集站等前端感知设备，负责在十二座桥梁的主梁、墩柱、支座及斜拉索等测点完成安装、布线、防雷接地和标定。
P:1.2 乙方在甲方指定的政务云资源上部署桥梁结构健康监测平台软件，完成与甲方既有公路养护管理系统、视频监控平台的数据对接，提供结构响应实时展示、超限分级预警、趋势分析和月度评估报告功能。
P:1.3 平台中为本项目专门开发的预警模型参数配置、桥梁专题看板、接口程序及全部项目文档，均属于本合同的定制交付物。
H:二、合同价款
P:2.1 本合同总价为人民币叁佰捌拾捌万元整（¥3,880,000.00），为固定总价，已包含设备、软件许可、运输、保险、安装调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|前端感知设备及数据采集站（共计486个测点）|2,460,000
TB:2|监测平台软件永久许可（省级部署，不限用户数）|980,000
TB:3|安装、布线、标定与系统联调|386,000
TB:4|操作与运维培训（三期）|54,000
TB:合计||3,880,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:三、付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币776,000元。
P:3.2 全部设备到货并经甲方开箱清点无误后，支付合同总价的42%，计人民币1,629,600元。
P:3.3 系统试运行期满并通过甲方组织的终验，取得双方签署的终验报告后，支付合同总价的33%，计人民币1,280,400元。
P:3.4 合同总价的5%，计人民币194,000元，作为质量保证金，在质保期届满且乙方无未了责任后十五个工作日内无息支付。
P:3.5 甲方通过国库集中支付系统付款。因财政资金拨付流程导致的合理延迟，不视为甲方违约。
H:四、交付期限与验收
P:4.1 乙方应于合同签订后90日内完成全部设备到货，150日内完成安装联调并提交试运行申请。试运行期为连续60日。
P:4.2 验收分为到货验收、初验和终验。终验依据附件二《验收方案》进行，验收标准包括：测点数量与布设位置符合设计图纸；数据完整率不低于98%；传感器标定误差在出厂精度范围之内；预警从数据超限到平台推送的时间不超过30秒；全部接口按规范联通；文档齐全。
P:4.3 任何一项未达标准的，乙方应在十五日内整改并申请复验，复验费用由乙方承担。设备安装完毕不视为验收合格，终验报告由甲方组织专家评审后签署。
P:4.4 乙方应组建不少于六人的项目团队，项目经理须具有桥梁或结构工程相关专业中级以上职称，未经甲方书面同意不得更换。乙方每两周向甲方提交项目周报，说明进度、风险和下阶段计划，并参加甲方召集的项目例会。
P:4.5 乙方应在终验前完成三期培训，分别面向省厅管理人员、各地市公路中心养护人员和平台运维人员，培训教材随文档一并移交甲方，培训效果以甲方组织的考核为准。
H:五、服务水平
P:5.1 平台在质保期内的月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，并安排在夜间进行，不计入不可用时间。
P:5.2 故障分级与响应：一级故障（平台整体中断、预警功能失效或三座以上桥梁数据中断）乙方须在1小时内响应，6小时内恢复；二级故障8小时内响应，24小时内恢复；三级故障在下一工作日内处理。
P:5.3 乙方未达到前两款要求的，月度可用率每低于承诺值0.1个百分点，扣减当期质量保证金人民币5,000元；一级故障每超时一小时，扣减人民币2,000元。扣减金额从质量保证金中抵扣，不足部分甲方可从应付款中扣除。
H:六、质量保证与质保期后维护
P:6.1 质保期为自终验合格之日起36个月。质保期内乙方免费提供设备更换、软件缺陷修复、版本升级、每季度一次现场巡检及年度标定服务。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过本合同第2.1条第1、2项设备及软件价格合计的8%，即每年不超过人民币275,200元，具体以届时签订的维护合同为准，乙方不得单方提高。
H:七、知识产权
P:7.1 第1.3条所列定制交付物的著作权及其他知识产权归甲方所有，乙方应在终验时交付源代码和技术文档。甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件的既有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利，因侵权引起的一切责任由乙方承担。
H:八、数据安全与数据归属
P:8.1 监测数据、桥梁结构参数、预警记录及其衍生的分析结果均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实数据加密传输、访问控制、操作日志和备份措施，指定数据安全负责人。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失和相应法律责任。
H:九、保密
P:9.1 乙方对履行合同过程中知悉的桥梁结构资料、设计图纸、监测数据及甲方工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:十、违约责任
P:10.1 乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的0.1%向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应无偿更换或修复，并赔偿甲方因此受到的损失。甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:十一、分包与转让
P:11.1 乙方不得转包本项目。非主体、非关键性工作确需分包的，须事先取得甲方书面同意，分包不免除乙方的任何责任。
H:十二、合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:十三、法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:十四、其他
P:14.1 本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。附件一《设备与软件清单》、附件二《验收方案》、附件三《服务承诺书》与本合同具有同等效力。
P:甲方（盖章）：××省交通运输厅　　　　乙方（盖章）：中桥智感科技股份有限公司
P:法定代表人或授权代表：________　　　　法定代表人或授权代表：________
P:签订日期：2027年　月　日　　　　签订地点：××市
"""

# ================================================================ h273z02 (pdf) ceramics roller-kiln control system
Z02 = """T:辊道窑自动控制系统采购及维保合同
P:合同编号：FSTC-YK-2027-07　　签订地点：广东省佛山市南海区
P:买方（以下称甲方）：佛山市南海华瓷陶瓷有限公司
P:卖方（以下称乙方）：广州炉控自动化工程有限公司
P:鉴于甲方三号生产线辊道窑需进行控制系统改造，乙方具备窑炉燃烧控制、温度场调节与生产数据采集的成熟方案，双方经友好协商，就控制系统的供货、软件许可、安装调试及质保期后的维护保养达成如下协议，共同遵守。
H:第1条　合同标的
P:1.1 乙方为甲方三号线（窑长约二百八十米）提供一套辊道窑自动控制系统，包括可编程控制器柜、烧嘴控制单元、热电偶与压力变送器、变频器、上位机与工程师站，以及窑炉控制软件和生产数据采集模块的永久使用许可。
P:1.2 乙方负责系统设计、现场安装、接线、程序组态、冷态与热态调试，以及为甲方编制烧成曲线配方、升降温程序和报警联锁程序。
P:1.3 为甲方产品专门编制的烧成曲线配方、控制程序组态文件及工艺参数表，统称“定制程序”。
H:第2条　价格
P:2.1 合同总价为人民币壹佰捌拾万元整（¥1,800,000），含13%增值税，明细如下：
TB:序号|名称|金额（元）
TB:1|控制柜、仪表、变频器及上位机等硬件|1,180,000
TB:2|窑炉控制软件及数据采集模块永久许可|420,000
TB:3|安装、组态、冷热态调试及培训|200,000
TB:合计||1,800,000
P:2.2 上表第1、2项合计人民币1,600,000元，为本合同所称“设备及软件价格”。
H:第3条　付款
P:3.1 合同生效后七日内，甲方支付合同总价的20%，即人民币360,000元，作为预付款。
P:3.2 设备全部运抵甲方厂区并经双方清点签收后，甲方支付合同总价的35%，即人民币630,000元。
P:3.3 系统热态运行考核合格、双方签署验收报告后，甲方支付合同总价的35%，即人民币630,000元。
P:3.4 余款即合同总价的10%，人民币180,000元，在验收后满六个月、质保期届满且无质量问题时支付。
H:第4条　交货与安装
P:4.1 乙方应于合同生效后75日内将设备运至甲方厂区。甲方应提供安装所需的场地、电源和压缩空气，并配合停窑窗口。
P:4.2 乙方应在甲方计划停窑检修的20日内完成拆旧、安装和冷态调试，不得因乙方原因延长停窑时间。乙方现场人员应遵守甲方的安全生产和动火作业管理规定。
P:4.3 乙方应在安装前十日提交施工组织方案，列明拆旧顺序、临时控制措施、人员分工与应急预案，经甲方生产部和安环部会签后实施。施工期间造成甲方设备、建筑或人员损害的，由乙方负责修复和赔偿。
P:4.4 乙方应随设备提供随机备品备件清单，并在验收前向甲方移交易损件一套，包括热电偶、烧嘴点火针、继电器与熔断器等，清单作为附件二。
H:第5条　验收
P:5.1 系统点火后连续稳定运行72小时，且同时满足以下指标，方为验收合格：各温区控温偏差不超过正负3摄氏度；烧成合格率不低于改造前三个月平均水平；单位产品燃气消耗较改造前下降不少于4%；全部报警联锁动作正确；数据采集完整率不低于99%。
P:5.2 任一指标未达到的，乙方应在十日内整改并重新考核。设备安装完成或点火成功均不视为验收。
P:5.3 乙方应对甲方窑炉班组、电工和工艺技术人员进行不少于五天的现场培训，内容包括系统操作、配方调用、常见报警处理和日常点检，培训合格后由甲方人员独立值守不少于三个班次。
H:第6条　质量保证
P:6.1 乙方对所供硬件和软件提供免费质保，质保期为验收合格之日起6个月。质保期内因产品质量问题产生的维修、更换和现场服务费用由乙方承担。
P:6.2 质保期内发生故障，乙方在接到报修后2小时内响应，一级故障（整窑停烧、控制系统失控或安全联锁失效）应在8小时内派工程师到场。每超时一小时，乙方向甲方支付人民币500元。
H:第7条　质保期后维护保养
P:7.1 质保期满后，乙方按年度向甲方提供维护保养服务，内容包括每季度一次现场巡检、程序备份、备件更换指导及远程技术支持。
P:7.2 维护保养费为每年人民币288,000元，即设备及软件价格的18%，按年度预付，在本合同项下长期执行，乙方不得另行加价。甲方可提前三十日书面通知不再续约。
P:7.3 维护保养期间，乙方对一级故障的响应与到场时限按第6.2条执行。乙方应每年提交一次系统健康评估报告，对老化仪表和控制元件提出更换建议；更换所需的备件按乙方投标时的备件单价表执行，涨幅每年不超过3%。
H:第8条　知识产权
P:8.1 定制程序的知识产权归甲方所有，乙方应在验收时交付全部程序源文件及注释，甲方有权自行修改和使用。
P:8.2 控制软件平台本身的知识产权仍属乙方，甲方在本厂范围内永久使用。
H:第9条　数据与安全
P:9.1 窑炉运行数据、配方、能耗及质量数据归甲方所有，乙方不得复制或用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的专用通道进行，全程留存日志；乙方应采取病毒防护和访问控制措施，因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方承担赔偿责任。
P:9.3 控制系统上线前，乙方应关闭不必要的端口和服务，修改全部默认口令，并向甲方移交账号清单；工程师站禁止接入互联网，确需远程诊断时由甲方临时开通，结束后立即关闭。
H:第10条　保密
P:乙方对在本合同履行中知悉的甲方配方、工艺参数、产能和客户信息负有保密义务，未经甲方书面许可不得向第三方透露，保密期限至该等信息公开之日止。
H:第11条　违约责任
P:11.1 乙方逾期交货或逾期完成验收，每逾期一日按合同总价的0.1%支付违约金。因乙方原因延长停窑时间的，乙方还应赔偿甲方的停产损失。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的0.03%向乙方支付违约金。
P:11.3 乙方逾期到场或维护不到位导致窑炉非计划停烧的，除按第6.2条支付超时款项外，还应赔偿甲方因此发生的废品损失和燃料损失，但以甲方提供的生产记录为准。
H:第12条　分包
P:乙方不得将本合同项下的安装调试工作分包给第三方，但事先经甲方书面同意的除外。
H:第13条　解除
P:乙方交付的系统经两次整改仍不能通过验收，或乙方有其他根本违约行为的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应在甲方通知的期限内拆除不合格设备并恢复原控制系统运行，由此产生的费用由乙方承担。
H:第14条　争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第15条　不可抗力与其他
P:15.1 因地震、台风、洪水、疫情防控措施等不可抗力导致不能履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
P:15.2 本合同未尽事宜，双方另行签订补充协议。附件一《设备及软件清单》、附件二《随机备件清单》、附件三《验收考核表》为本合同不可分割的组成部分。
P:本合同一式肆份，双方各执贰份，经双方签字盖章后生效。
P:甲方（盖章）：佛山市南海华瓷陶瓷有限公司　　代表签字：________　　日期：2027年　月　日
P:乙方（盖章）：广州炉控自动化工程有限公司　　代表签字：________　　日期：2027年　月　日
"""

# ================================================================ h273z03 (md) bakery-café chain ordering & membership SaaS
Z03 = """T:门店点单与会员营销云服务订阅及实施合同
P:合同编号：MXHB-SaaS-2027-012
P:甲方（客户）：杭州麦香花园餐饮管理有限公司（经营“麦香花园”连锁咖啡烘焙品牌，现有直营门店65家）
P:乙方（服务商）：上海云食汇信息技术有限公司
P:甲方拟在全部直营门店统一启用线上点单、小程序外卖、会员储值与积分营销系统；乙方提供“云食汇”餐饮SaaS平台及实施服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:（一）服务内容
P:1. 订阅服务：乙方向甲方65家门店开通云食汇平台的收银点单、小程序点单与外卖、会员储值积分、优惠券营销、门店报表与总部管理后台模块，每店开通一个门店账号及不限数量的店员子账号。
P:2. 实施服务：乙方负责历史会员数据迁移（约四十二万名会员及其储值余额）、菜单与商品档案配置、与甲方财务系统和第三方外卖平台的对接、门店设备调试、店长及店员培训，并为甲方定制会员等级规则、储值营销活动模板及总部经营分析报表。
H:（二）费用
P:1. 费用明细如下：
TB:项目|单价|数量|期限|金额（元）
TB:平台订阅费|3,600元/店/年|65店|三年|702,000
TB:实施服务费（一次性）|—|1项|—|148,000
TB:合计|||||850,000
P:2. 合同总额为人民币捌拾伍万元整（¥850,000）。订阅期自全部门店上线验收合格之日起算，为期三年。
P:3. 付款方式：实施服务费在上线验收合格后十五日内一次付清；订阅费按季度结算，每季度结束后十日内，乙方开具发票，甲方支付当季订阅费人民币58,500元。本合同不设预付款。
P:4. 订阅期内甲方新开门店的，按每店每年3,600元的单价按实际开通月份折算增加订阅费；门店关闭的，甲方可提前30日书面通知停用该门店账号，自次季度起相应减少订阅费。乙方开具增值税专用发票，税率按国家规定执行。
H:（三）实施与上线验收
P:1. 乙方应在合同签订后60日内完成全部门店上线。上线分两批：首批10家试点门店，试点运行两周无重大问题后推广至其余门店。
P:2. 验收标准：全部门店收银点单与小程序点单功能正常；会员数据迁移后，会员账户数及储值余额逐一核对，差错为零；与财务系统日结对账连续七日无差异；定制报表按需求说明书全部实现。甲方在收到验收申请后七个工作日内组织验收并出具书面意见。
P:3. 因乙方原因未按期完成全部门店上线的，每逾期一日，乙方按合同总额的千分之一向甲方支付违约金。
P:4. 乙方应为每家门店提供不少于两小时的现场或远程培训，并为甲方总部运营、财务和IT人员提供两天集中培训，提交操作手册、培训视频和常见问题汇编。上线后首月，乙方安排专人驻场甲方总部提供运营支持。
P:5. 甲方应按乙方实施计划提供门店网络、收银设备清单、菜单价格和会员历史数据，并指定项目负责人。因甲方未按时提供资料导致延误的，上线期限相应顺延。
H:（四）服务水平
P:1. 平台月度可用率不低于99.5%，按每月总分钟数扣除计划维护时间计算。计划维护应安排在凌晨一点至五点之间并提前48小时通知甲方。
P:2. 一级故障（全部或多家门店无法点单收银、小程序无法下单或支付）乙方应在30分钟内响应，2小时内恢复或提供替代方案；二级故障2小时内响应，当日解决。
P:3. 月度可用率未达到承诺水平的，按以下标准减免当月订阅费：低于承诺值但不低于99%的，减免10%；低于99%但不低于98%的，减免20%；低于98%的，减免50%。一级故障恢复超时的，每次另行减免当月订阅费的5%。
P:4. 乙方提供每日七点至二十三点的电话及在线客服，门店可通过小程序工单或服务热线报修；乙方每月向甲方提交服务报告，列明可用率、故障次数、处理时长及改进措施。
P:5. 乙方对平台的新功能和版本更新应提前七日通知甲方，涉及收银流程、会员权益计算或支付通道变更的，须经甲方确认后方可在甲方门店启用。
H:（五）知识产权
P:1. 云食汇平台及其底层软件的知识产权归乙方所有。
P:2. 乙方为甲方定制的会员等级规则、营销活动模板、经营分析报表及相关配置成果归甲方所有，甲方有权自由使用、修改并交由其他服务商使用。
P:3. 订阅期内如遇节假日促销、新品上市等高峰活动，甲方可提前七日通知乙方，乙方应安排技术人员值守并提前完成扩容压测，确保点单与支付链路稳定。乙方因自身系统升级需暂停服务的，不得安排在周末及法定节假日的营业时段。
H:（六）数据归属与数据使用
P:1. 甲方的会员信息、订单数据、储值记录和经营数据归甲方所有。
P:2. 甲方同意，乙方可在对上述数据进行脱敏和汇总处理后，用于乙方产品改进、餐饮行业经营分析报告的编制以及推荐算法模型的训练，且该等汇总数据及分析成果归乙方所有。
H:（七）数据安全
P:乙方应遵守《个人信息保护法》《数据安全法》，对会员个人信息进行加密存储和权限分级管理，服务器部署在中国境内，定期开展安全评估与渗透测试。发生个人信息泄露或数据安全事件的，乙方应在24小时内通知甲方并协助甲方向主管部门报告，因乙方原因造成的损失及对会员的赔偿由乙方承担。
H:（八）保密
P:双方对在合作中获知的对方商业秘密，包括门店经营数据、价格策略、产品配方和技术资料，承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。
H:（九）续期
P:订阅期届满前30日内任何一方未书面提出不续订的，本合同自动续期一年，可多次续期。续期时乙方有权根据其当期产品价格目录调整订阅费单价，并以书面通知甲方为准。
H:（十）责任限制
P:除数据安全事件、侵犯知识产权及故意或重大过失外，乙方在本合同项下的累计赔偿责任以合同总额的两倍为限。
H:（十一）分包
P:乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。
H:（十二）合同解除
P:乙方严重违约且在甲方书面催告后十五日内未予纠正的，甲方有权解除合同，并要求乙方按实际服务期间退还多收费用、配合导出全部数据。合同终止后，乙方应在30日内向甲方完整移交数据并删除其留存的副本。
P:双方各自指定一名合同联系人，负责日常沟通、需求确认和问题升级。联系人变更的，应提前五个工作日书面通知对方；重大问题经联系人协商两日内未能解决的，提交双方分管负责人处理。
H:（十三）争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交杭州仲裁委员会仲裁。
H:（十四）不可抗力与通知
P:1. 因不可抗力或电信运营商、支付机构的大面积故障导致服务中断的，受影响一方不承担违约责任，但应及时通知对方并尽力减少损失；该等中断时间不计入可用率的计算，但乙方应提供书面说明。
P:2. 本合同项下的通知以书面形式送达首页所列地址或双方确认的电子邮箱，邮件发出后次一工作日视为送达。本合同一式贰份，双方各执壹份，自双方盖章之日起生效。附件：《服务功能清单》《实施计划》《定制需求说明书》。
P:甲方（盖章）：杭州麦香花园餐饮管理有限公司　　授权代表：________
P:乙方（盖章）：上海云食汇信息技术有限公司　　授权代表：________
P:签署日期：2027年　月　日
"""

# ================================================================ h273z04 (txt) city archives digital-archives system annual O&M
Z04 = """T:××市档案馆数字档案馆系统2027年度运维服务合同
P:采购项目编号：DAG-CS-2027-006（竞争性磋商）
P:采购人：××市档案馆（以下简称“甲方”）
P:成交供应商：江城数智信息服务有限公司（以下简称“乙方”）
P:依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就数字档案馆系统2027年度运行维护服务订立本合同。
H:第一部分　服务范围
P:一、乙方负责甲方数字档案馆系统的日常运行维护，包括档案管理系统、电子档案接收与长期保存系统、档案利用服务平台、数字化成果管理库以及配套的服务器、存储、数据库与中间件。
P:二、服务内容包括：驻场值守与日常巡检；系统故障诊断与修复；补丁与版本管理；数据备份、异地容灾与恢复演练；安全巡检、漏洞整改与等级保护测评配合；运维文档编制与年度运行分析报告。
P:三、服务期限：自2027年1月1日起至2027年12月31日止。
P:四、服务期开始前十个工作日内，乙方应与上一服务商及甲方完成交接，核对系统清单、账号口令、备份策略和未关闭工单，形成交接记录。服务期内涉及硬件原厂维保、软件原厂升级的事项，由乙方负责联络协调并跟踪至问题关闭，原厂费用另由甲方按其采购合同支付。
P:五、甲方负责提供驻场办公场地、运维网络接入和必要的系统权限，及时审批变更申请，并指定一名项目联系人负责日常对接与季度考核。
H:第二部分　服务费用与支付
P:六、本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为全包干价，包含人工、差旅、工具、备品调用及税费。分项如下：
TB:序号|服务项目|金额（元）
TB:1|驻场运维服务（两名工程师，工作日全天驻场）|348,000
TB:2|应用系统软件维护与版本管理|126,000
TB:3|数据备份、异地容灾与恢复演练|68,000
TB:4|安全巡检、漏洞整改与等保测评配合|44,000
TB:合计||586,000
P:七、服务费按季度支付，不设预付款。每季度结束后，甲方依据第四部分考核结果于十五个工作日内支付当季服务费人民币146,500元；考核扣减的金额从当季服务费中直接扣除。
H:第三部分　服务水平
P:八、核心业务系统（档案管理系统和档案利用服务平台）年度可用率不低于99.95%，计划停机须提前五个工作日经甲方书面批准，并安排在非开放时间。
P:九、故障分级与时限：一级故障（核心系统中断、数据无法访问或存在数据丢失风险）乙方须在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内恢复；三级故障（一般咨询和非紧急问题）在两个工作日内处理完毕。
P:十、每月至少开展一次全面巡检，每季度至少开展一次备份恢复演练，全年至少开展一次异地容灾切换演练，并形成书面记录报甲方备案。
P:十一、乙方应建立运维服务台，提供工作日八点至十八点的现场服务和全天候电话值守，所有报修、变更和咨询均应在甲方运维管理平台登记工单，工单记录包括报修时间、响应时间、处理过程和关闭时间，作为考核依据。
P:十二、在档案开放日、重要会议及上级检查等重大保障期间，乙方应按甲方通知增派工程师现场值守，提前完成系统健康检查和应急预案演练，保障期间不得实施任何非紧急变更。增派人员费用已包含在合同总价内。
H:第四部分　考核与验收
P:十三、甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应与恢复时限、巡检与演练完成情况、文档质量及甲方满意度，考核细则见附件一。季度考核得分低于90分的，每低1分扣减当季服务费的1%；一级故障响应或恢复超时的，每次扣减人民币3,000元。考核结果由甲方在季度结束后五个工作日内书面告知乙方，乙方有异议的，可在三个工作日内提出复核申请并提供工单记录等证据。
P:十四、服务期满，乙方提交年度运维总结、全部运维记录、配置台账和应急预案，甲方按附件一所列标准组织年度验收，出具书面验收意见。年度验收不合格的，乙方应在三十日内整改。
P:十五、乙方应在每月前五个工作日内提交上月运维月报，内容包括系统运行指标、故障与处理情况、巡检发现的问题及整改进度、存储容量预测和下月工作计划；年度运行分析报告应对系统性能瓶颈、硬件老化和安全风险提出改进建议。
H:第五部分　人员要求
P:十六、乙方驻场工程师须具备三年以上同类系统运维经验，并持有相应的数据库或操作系统认证。乙方更换驻场人员须提前十个工作日书面报甲方同意，并安排不少于五个工作日的交接。
P:十七、乙方人员应遵守甲方保密、安全和库房管理制度，进入档案库房、机房须登记并由甲方人员陪同。
H:第六部分　数据安全
P:十八、乙方应严格执行国家档案安全、网络安全等级保护和数据安全相关规定，运维操作使用甲方分配的实名账号，经堡垒机审计；不得将档案数据拷贝至任何外部介质或外部网络，不得在系统中安装未经甲方批准的软件。
P:十九、发生或可能发生数据泄露、篡改、损毁等安全事件时，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
P:二十、乙方应每半年配合甲方开展一次数据安全自查，对账号权限、备份介质、日志留存和外包人员访问情况逐项检查，发现问题的，应在甲方规定的期限内完成整改并提交整改报告。
H:第七部分　数据归属与保密
P:二十一、系统中的全部档案数据、元数据、利用记录和运维过程中产生的日志均归甲方所有，乙方仅可为履行本合同而接触，不得用于任何其他目的，合同终止时须全部交还或在甲方监督下销毁。
P:二十二、乙方对在服务中接触的档案内容、个人信息和甲方工作秘密承担保密义务，签署保密承诺书，未经甲方书面同意不得向任何第三方泄露。保密义务不因合同终止而解除。
H:第八部分　知识产权
P:二十三、乙方在服务期内为甲方编写的运维脚本、应急预案、配置台账和运行分析报告等成果，其知识产权归甲方所有，甲方可自由使用和修改，乙方保证上述成果不侵犯第三方权利。
H:第九部分　违约责任
P:二十四、乙方未按约定日期进场提供服务的，每迟延一日按合同总价的0.2%向甲方支付违约金。乙方服务严重不达标、两个季度考核得分均低于80分的，甲方有权解除合同。
P:二十五、甲方无正当理由逾期支付服务费的，按逾期金额每日万分之一支付违约金。
H:第十部分　分包与转让
P:二十六、乙方不得将本合同项下的服务分包或转让给第三方。
H:第十一部分　解除与争议
P:二十七、乙方严重违约，经甲方书面通知后十日内未改正的，甲方可书面解除合同，并按实际服务时间结算费用；解除后乙方应配合甲方完成与新服务商的交接，交接期不少于二十日。
P:二十八、本合同适用中华人民共和国法律。因履行本合同发生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十二部分　其他
P:二十九、附件一《服务考核细则》、附件二《系统清单》、附件三《保密承诺书》为本合同组成部分。本合同一式肆份，甲方执叁份，乙方执壹份，自双方签章之日起生效。
P:甲方：××市档案馆（盖章）　　代表：________
P:乙方：江城数智信息服务有限公司（盖章）　　代表：________
P:日期：2027年　月　日
"""

# ================================================================ h273z05 (md) rice-wine maker ERP licence + custom development, supplier's template
Z05 = """T:软件产品许可及定制开发服务合同（标准文本 V3.2）
P:合同编号：JYRJ-ERP-2027-1106
P:甲方（用户）：浙江会稽山阴黄酒酿造有限公司
P:乙方（供应商）：杭州金禹软件股份有限公司
P:说明：本合同为乙方标准合同文本，经双方确认后签署。甲方因生产经营管理需要，购买乙方“金禹ERP”软件产品使用许可，并委托乙方进行定制开发和实施。双方经协商一致，达成如下条款。
H:第一章　合同标的
P:第一条　乙方向甲方提供金禹ERP软件以下模块的使用许可：财务总账与应收应付、供应链（采购、销售、库存）、生产制造、质量管理及经营分析，许可用户数为120个并发用户。
P:第二条　乙方根据甲方需求进行定制开发，开发内容包括：黄酒原酒批次与陈酿库龄管理、酒坛（酒罐）库位管理、勾兑配方与批次追溯、经销商返利结算以及与甲方灌装线数据采集系统的接口。定制内容以双方确认的《需求规格说明书》为准。
P:第三条　乙方负责系统安装、基础数据初始化、期初数据导入、用户培训与上线支持。
P:第四条　乙方为甲方提供关键用户培训和最终用户培训各一轮，培训内容、时间与人数由乙方根据实施计划安排；超过约定轮次的培训，按乙方人天单价另行收费。
H:第二章　合同价款及支付
P:第五条　合同总金额为人民币壹佰贰拾捌万元整（¥1,280,000），明细如下：
TB:项目|内容|金额（元）
TB:软件许可费|金禹ERP五大模块，120并发用户|680,000
TB:定制开发费|黄酒库龄、库位、勾兑追溯、返利及接口|420,000
TB:实施服务费|安装、初始化、培训与上线支持|180,000
TB:合计||1,280,000
P:第六条　付款方式：（一）合同签订后五个工作日内，甲方支付合同总金额的50%，计人民币640,000元；（二）系统上线运行后五个工作日内，支付合同总金额的45%，计人民币576,000元；（三）系统上线满三个月后，支付剩余5%，计人民币64,000元。
P:第七条　甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施服务直至甲方付清款项，工期相应顺延。
P:第八条　乙方收到每期款项后向甲方开具增值税发票，软件许可费按软件产品适用税率开具，定制开发费和实施服务费按技术服务适用税率开具。因国家税率调整导致税额变化的，合同含税总金额相应调整。
H:第三章　实施与上线
P:第九条　乙方在收到首期款后开始实施，计划实施周期为150个日历日。实施计划由乙方编制，甲方应按计划提供场地、人员、数据和网络环境。
P:第十条　甲方应指定项目负责人及各业务部门关键用户，按乙方要求参加需求调研、方案确认和系统测试；甲方对需求规格说明书、业务蓝图和测试结果应在收到后三个工作日内书面确认，逾期未确认的视为确认。
P:第十一条　甲方应按乙方提供的格式整理物料、客户、供应商、酒坛库位和期初库存等基础数据，并对数据的准确性负责。因甲方数据质量问题导致返工或上线推迟的，工期顺延，乙方有权就额外工作量另行收费。
P:第十二条　实施过程中甲方提出需求变更的，应以书面形式提交，乙方评估工作量后报价，经甲方确认并支付相应费用后实施；变更导致的工期调整由乙方确定。
P:第十三条　乙方完成安装部署并将系统切换到正式运行环境即为上线。系统上线运行即视为甲方验收合格。上线后甲方提出的新需求，乙方另行报价。
P:第十四条　乙方未能按实施计划完成上线的（因甲方原因或不可抗力除外），每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。
P:第十五条　甲方应按乙方发布的《软硬件环境要求》自行采购并配置服务器、数据库、操作系统及网络设备，保证运行环境稳定。软件以安装包和许可密钥方式交付，乙方不向甲方提供源代码。
P:第十六条　上线后的系统运行、日常备份、账号管理和用户权限维护由甲方负责，乙方可提供操作指导。甲方在上线后三十日内未提出书面问题清单的，视为系统功能符合需求规格说明书。
H:第四章　技术支持与维护
P:第十七条　乙方将尽合理努力对甲方在使用中提出的问题提供电话、远程或现场支持，具体响应时间视问题性质及乙方技术人员安排确定。
P:第十八条　免费维护期为系统上线之日起18个月。免费维护期内乙方提供软件缺陷修复和产品补丁。
P:第十九条　免费维护期满后，甲方如需继续获得技术支持和产品升级服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准收取。
P:第二十条　软件产品升级、操作系统或数据库版本变化导致的适配工作，不属于免费维护范围。甲方自行或委托第三方修改系统、擅自变更运行环境造成的故障，乙方不承担维护义务，提供服务的另行收费。
P:第二十一条　乙方提供的现场服务按乙方当年度人天单价收取费用，差旅费用由甲方承担。
H:第五章　知识产权
P:第二十二条　金禹ERP软件产品及本合同项下定制开发形成的全部程序、文档、数据模型及其他成果的著作权和其他知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或交由第三方维护。
P:第二十三条　乙方有权将定制开发成果纳入其标准产品，向其他客户销售或许可。
P:第二十四条　软件许可仅限甲方本公司使用，甲方的子公司、分公司或关联企业使用的，须另行购买许可。甲方超出许可用户数使用的，应按乙方当时的报价补足许可费。
H:第六章　甲方数据
P:第二十五条　甲方在系统中录入和产生的业务数据归甲方所有。甲方应自行做好数据的日常备份，乙方对甲方数据的丢失或损坏不承担责任，但乙方故意造成的除外。为实施和维护需要，甲方应向乙方开通系统管理员账号和远程访问权限，并提供必要的测试数据。
H:第七章　责任限制
P:第二十六条　乙方因履行本合同对甲方承担的违约或赔偿责任总额，以本合同总金额的50%为限。乙方在任何情况下均不对甲方的间接损失、利润损失、商誉损失承担责任。
H:第八章　合同解除
P:第二十七条　任何一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。甲方解除合同的，乙方已收取的软件许可费不予退还；已完成的定制开发和实施工作，甲方应按乙方确认的工作量结算并支付费用。合同解除后，甲方应停止使用乙方软件并删除全部安装副本，但已付清许可费的部分除外。
H:第九章　争议解决
P:第二十八条　因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。
H:第十章　其他
P:第二十九条　本合同自双方签字盖章之日起生效，一式肆份，双方各执贰份。本合同附件与正文具有同等效力，附件与正文不一致的，以正文为准。
P:第三十条　因不可抗力、网络运营商故障、第三方软硬件缺陷或甲方运行环境原因致使乙方不能按期履行的，乙方不承担违约责任。
P:第三十一条　双方往来通知以书面形式送达合同首页地址，或以乙方项目管理系统发布的方式通知。本合同未尽事宜，以乙方官网公布的《服务条款》为准。
P:甲方（盖章）：浙江会稽山阴黄酒酿造有限公司　　签字：________
P:乙方（盖章）：杭州金禹软件股份有限公司　　签字：________
P:签订日期：2027年　月　日
"""

# ================================================================ h273e01 (txt) toy maker's mould-design software perpetual licences
E01 = """T:SOFTWARE LICENCE, CUSTOMISATION AND SUPPORT AGREEMENT
P:Agreement No. MCL-STY-2027-044
P:This Agreement is made between Shantou Haibin Toys Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chenghai District, Shantou, Guangdong (the "Customer"), and Moulage Conception Logiciels SAS, a company with its registered seat at 7 Quai des Tamaris, Île Coalen, France (the "Vendor"). The Customer and the Vendor are each a "Party".
H:Background
P:(A) The Customer designs and manufactures plastic and die-cast toys and operates an in-house tool room that designs injection moulds for its own products. (B) The Vendor develops and licenses the MOULDCRAFT 3D mould-design software, including the parting-line, core and cavity, cooling-channel and mould-flow simulation modules. (C) The Customer wishes to acquire perpetual licences for its tool room, to have the software adapted to its toy-mould standards, and to receive support, on the terms below. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means MOULDCRAFT version 11 in object code, with its documentation and any updates supplied under this Agreement. "Licences" means the perpetual, named-seat licences listed in Schedule 1. "Customised Deliverables" means the Customer mould-base library, the toy-specific part templates (snap-fit, battery compartment, ultrasonic-weld and living-hinge templates), the Customer's drawing frames and bill-of-material formats, and the scripts and configuration files written by the Vendor for the Customer under clause 3. "Acceptance" means the Customer's written confirmation under clause 5 that the acceptance tests have been passed.
H:2. Licences
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on twenty-four (24) named seats at the Customer's premises in Shantou and at any other manufacturing site of the Customer in mainland China. The Customer may reassign a seat to another employee by notice through the Vendor's licence portal.
P:2.2 The Customer may make reasonable copies of the Software for backup, disaster recovery and test purposes. The Customer shall not decompile or reverse-engineer the Software except to the extent permitted by mandatory law.
P:2.3 All rights in the Software that are not expressly granted remain with the Vendor. Nothing in this clause limits the Customer's rights in the Customised Deliverables under clause 8.
H:3. Customisation and Implementation Services
P:3.1 The Vendor shall build the Customised Deliverables in accordance with the functional specification agreed by the Parties and attached as Schedule 2. The Vendor shall install the Software on the Customer's workstations and licence server, migrate the Customer's existing mould-base data from its legacy system, and train the Customer's designers.
P:3.2 Training consists of a five-day course for twenty-four designers and a two-day administrator course, held on the Customer's premises in Mandarin, with Chinese course materials.
H:4. Prices and Payment
P:4.1 The total price of this Agreement is CNY 1,202,000 (one million two hundred and two thousand yuan), inclusive of all taxes, duties and travel costs, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|MOULDCRAFT perpetual named-seat licence|24|38,500|924,000
TB:2|Customised Deliverables (Schedule 2)|1 lot|186,000|186,000
TB:3|Installation, data migration and training|1 lot|92,000|92,000
TB:Total||||1,202,000
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 240,400, as an advance within fifteen days after signature and receipt of the Vendor's invoice; (b) 45%, CNY 540,900, within fifteen days after delivery of all licence keys and installation of the Software on all seats; and (c) 35%, CNY 420,700, within fifteen days after Acceptance.
P:4.3 Payments are made by bank transfer in CNY to the Vendor's account stated on the invoice. The Vendor shall issue invoices that meet the Customer's tax requirements and bears its own bank charges.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall deliver the licence keys within twenty days after signature and complete installation, data migration and the Customised Deliverables within ninety days after signature.
P:5.2 Acceptance tests are described in Schedule 3. They include the design of three reference moulds selected by the Customer, using the Customised Deliverables, with complete core and cavity separation, cooling-channel layout and a mould-flow report; the correct generation of drawings and bills of material in the Customer's formats; and a licence-server fail-over test. The Software passes when all tests are completed without a Severity 1 or Severity 2 defect.
P:5.3 The Customer shall carry out the tests within ten working days after the Vendor's notice of readiness. If a test fails, the Vendor shall correct the defect and the test is repeated. Installation or use of the Software in production does not by itself constitute Acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Software and the Customised Deliverables will perform substantially in accordance with their documentation and specification for eighteen (18) months from Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct any defect free of charge and provide all updates and new versions of the Software, together with the support described in clause 7.
H:7. Support and Service Levels
P:7.1 The Vendor provides a support desk by telephone, e-mail and remote session from 08:30 to 20:30 Beijing time on working days, with an emergency hotline at all other times for Severity 1 defects.
P:7.2 Severity 1 means the Software cannot be started or the licence server fails so that no designer can work; Severity 2 means a major function is unavailable without a workaround; Severity 3 covers all other defects and questions.
P:7.3 The Vendor shall respond to a Severity 1 defect within two (2) hours and provide a fix or workaround within one working day; to Severity 2 within eight working hours, with a fix or workaround within three working days; and to Severity 3 within two working days.
P:7.4 For each Severity 1 response or fix that is late, the Vendor credits the Customer 5% of the annual maintenance fee under clause 9 (or, during the Warranty Period, pays the same amount as a service credit), up to 50% of that fee in any contract year.
H:8. Intellectual Property
P:8.1 The Customised Deliverables and all intellectual property rights in them belong to the Customer from their creation. The Vendor shall deliver them in editable form, with any source scripts, and the Customer may use, modify, copy and license them freely, including to its mould suppliers.
P:8.2 The Software remains the property of the Vendor. The Vendor shall indemnify the Customer against any claim that the Software or the Customised Deliverables infringe a third party's rights.
H:9. Maintenance after the Warranty Period
P:9.1 After the Warranty Period, the Customer may order annual maintenance covering updates, new versions and the support in clause 7. The annual maintenance fee is 12% of the licence price in item 1 of clause 4.1, that is CNY 110,880 per year, payable annually in arrears.
P:9.2 The Vendor shall not raise the annual maintenance fee for the first three maintenance years. Thereafter any increase shall not exceed 3% per year and must be notified at least ninety days before the maintenance year begins. The Customer may end maintenance at the end of any maintenance year.
H:10. Customer Data and Data Security
P:10.1 Customer Data means all mould designs, product drawings, parts data and other files created or stored by the Customer with the Software. Customer Data belongs to the Customer. The Vendor may access Customer Data only through remote sessions opened by the Customer, only to perform support under this Agreement, and shall not copy, keep or use it for any other purpose.
P:10.2 The Vendor shall keep remote-session access logs, use encrypted connections and named engineers only, and apply security measures that meet PRC data security and personal information protection law. The Vendor shall notify the Customer within twenty-four hours of any security incident affecting Customer Data and is liable for losses caused by a breach of this clause.
H:11. Confidentiality
P:11.1 Each Party shall keep confidential all non-public information disclosed by the other Party, including unreleased toy designs, customer names and prices, and use it only for this Agreement. This obligation survives termination for three years, and without time limit for unreleased product designs.
H:12. Delay Damages and Liability
P:12.1 If the Vendor fails to complete installation or to achieve Acceptance by the dates in clause 5.1 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:12.2 Each Party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to the indemnity in clause 8.2, to breach of clauses 10 and 11, or to wilful misconduct.
H:13. Subcontracting
P:13.1 The Vendor may not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for its subcontractors.
H:14. Term and Termination
P:14.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach that is not remedied within thirty days after notice. If the Customer terminates before Acceptance, the Vendor shall refund all payments received, and the Customer shall return the licence keys.
P:14.2 Termination does not affect the perpetual Licences paid for, the Customer's rights in the Customised Deliverables or clauses 10, 11 and 12.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre under its rules in force at the time. The seat of arbitration is Singapore and the language of the arbitration is English.
H:16. General
P:16.1 This Agreement, with its Schedules, is the entire agreement of the Parties on its subject. Amendments must be in writing and signed by both Parties.
P:Schedule 1: Licence list. Schedule 2: Functional specification of the Customised Deliverables. Schedule 3: Acceptance tests.
P:Signed for the Customer: ____________________  Name, title and date: ____________________
P:Signed for the Vendor: ____________________  Name, title and date: ____________________
"""

# ================================================================ h273e02 (txt) diving centre booking SaaS, Order Form + General Terms
E02 = """T:ORDER FORM AND GENERAL TERMS - TIDEBOOK DIVE OPERATIONS PLATFORM
P:Order Form No. TB-CN-27-0193
H:PART A - ORDER FORM
P:Supplier: Tidebook Systems Ltd, registered office at Harbour House, Port Mhic Chrion, Eilean Mhic Chrion, Scotland ("Tidebook").
P:Customer: Sanya Coral Blue Diving Co., Ltd., Yalong Bay, Sanya, Hainan Province, People's Republic of China ("Customer").
P:Services: the Tidebook online booking, dive-trip scheduling, equipment rental, instructor rostering, customer waiver and certification-tracking platform, provided as software-as-a-service, with the Chinese-language booking widget and the WeChat mini-program connector.
P:Users: up to 40 staff users; unlimited online bookings by the Customer's guests.
P:Subscription Term: thirty-six (36) months from the Go-Live Date.
P:Currency: all fees are stated and payable in Chinese yuan (CNY) at the Customer's request.
TB:Fee item|Basis|Amount (CNY)
TB:Platform subscription|CNY 9,800 per month x 36 months|352,800
TB:Onboarding and configuration (one-time)|fixed|27,200
TB:Total Contract Value||380,000
P:Invoicing: the onboarding fee is invoiced after Go-Live Acceptance; the subscription fee is invoiced monthly in arrears and is payable within thirty days of invoice. No fee is payable in advance.
P:Go-Live Date: the Customer's target is 1 March 2027, before the spring diving season.
P:This Order Form and the General Terms in Part B form one contract (the "Agreement"). If they conflict, this Order Form prevails.
H:PART B - GENERAL TERMS
H:1. Definitions
P:"Customer Data" means all data that the Customer or its guests enter into or generate in the Services, including guest names, contact details, passport or identity numbers, medical declarations, certification records, bookings and payment references. "Go-Live Acceptance" means the Customer's written confirmation under clause 3. "Incident" means an interruption or degradation of the Services.
H:2. The Services
P:2.1 Tidebook shall provide the Services in accordance with this Agreement and the service description in Schedule 1, with the care and skill of a competent provider of similar services.
P:2.2 Tidebook may improve or change the Services during the Subscription Term, provided that no change materially reduces their functionality, security or service levels. Tidebook shall give the Customer at least thirty days' notice of any change to the booking flow seen by guests.
P:2.3 The Services are hosted for the Customer in a data centre in mainland China operated by a licensed cloud provider, so that Customer Data remains in mainland China.
H:3. Onboarding and Go-Live Acceptance
P:3.1 Tidebook shall configure the platform for the Customer's two boats, its dive sites, trip types, rental equipment and price lists, import the Customer's existing guest and certification records, connect the WeChat mini-program and the Customer's payment service provider, and train the Customer's staff.
P:3.2 Before go-live, the Customer shall run the acceptance tests in Schedule 2, which include: one hundred test bookings through the website widget and the mini-program with payment, refund and cancellation; correct capacity limits per boat and per instructor; waiver and medical declaration capture; the daily manifest report; and a correct import of all existing guest records. Go-Live Acceptance is given when all tests pass without a critical defect.
P:3.3 If Go-Live Acceptance is not achieved by 1 March 2027 for reasons attributable to Tidebook, Tidebook shall pay the Customer liquidated damages of 0.1% of the Total Contract Value for each day of delay until Go-Live Acceptance, up to a maximum of 10% of the Total Contract Value. These damages do not prevent the Customer from terminating under clause 12.
P:3.4 The Customer shall provide Tidebook with its current price lists, boat capacities, instructor qualifications and guest records in the agreed templates, nominate a project contact with authority to take decisions, and make its staff available for two half-day training sessions. Where the Customer is late in doing so, the target date in clause 3.3 moves by the same number of days.
P:3.5 During the first thirty days after go-live, Tidebook shall provide a named onboarding consultant who joins a daily call with the Customer's front desk and answers configuration questions the same day.
H:4. Service Levels
P:4.1 Tidebook shall make the Services available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.
P:4.2 Incidents are classified as follows. Priority 1: the Services or online booking are unavailable, or payments cannot be taken. Priority 2: a major function such as rostering, the manifest or the mini-program is not working. Priority 3: any other fault or question.
P:4.3 Tidebook's support desk is staffed from 08:00 to 22:00 Beijing time, seven days a week. Tidebook shall respond to a Priority 1 Incident within eight (8) hours of notification, to a Priority 2 Incident within one business day, and to a Priority 3 Incident within three business days. Tidebook shall use reasonable efforts to restore the Services as quickly as possible.
P:4.4 If monthly availability falls below the level in clause 4.1, the Customer receives a service credit against the next invoice: 10% of the monthly subscription fee if availability is below 99.95% but at least 99.5%; 25% if below 99.5% but at least 99%; and 50% if below 99%. If a Priority 1 response is late, the Customer receives a further credit of 5% of the monthly subscription fee for each late Incident.
H:5. Customer Data
P:5.1 As between the parties, the Customer owns all Customer Data. Tidebook processes Customer Data only on the Customer's documented instructions and only to provide the Services under this Agreement; it shall not sell, share, analyse or otherwise use Customer Data for any other purpose, including product development or benchmarking.
P:5.2 On expiry or termination, Tidebook shall export all Customer Data in CSV and PDF formats within fifteen days and then delete it from its systems, and certify the deletion in writing.
H:6. Data Security
P:6.1 Tidebook shall maintain appropriate technical and organisational security measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups kept for thirty days, logging and annual penetration testing, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:6.2 Tidebook shall notify the Customer without undue delay, and in any case within twenty-four hours, after becoming aware of any personal information breach or other security incident affecting Customer Data, cooperate with the Customer's notifications to regulators and guests, and bear the costs of remedying a breach caused by its failure to comply with this clause.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equivalent duties. These obligations continue for three years after the Agreement ends.
H:8. Intellectual Property
P:8.1 Tidebook owns the platform and all improvements to it. The Customer owns its logos, content and Customer Data, and any custom reports, booking-page texts, images and templates produced specifically for the Customer during onboarding, which Tidebook assigns to the Customer on creation and which the Customer may use, modify and license freely.
H:9. Subcontracting
P:9.1 Tidebook may engage subcontractors and hosting providers to perform any part of the Services by giving the Customer notice through its online subprocessor list. Tidebook remains responsible for the acts and omissions of its subcontractors.
H:10. Limitation of Liability
P:10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.
P:10.2 Tidebook's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer under this Agreement in the nine (9) months preceding the event giving rise to the claim.
P:10.3 Clause 10.2 does not limit liability for death or personal injury caused by negligence, for fraud, or for breach of clause 6.
H:11. Renewal
P:11.1 At the end of the Subscription Term, the Agreement renews for further periods of one year each at the same monthly fee, unless either party gives notice of non-renewal at least sixty days before the end of the then current term.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it. The Customer may also terminate if availability falls below 99% in any two months within a period of six consecutive months.
P:12.2 On termination by the Customer for Tidebook's breach, Tidebook shall refund any fees paid for services not yet provided.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules then in force. The arbitral award is final and binding on both parties.
H:14. General
P:14.1 Notices must be given in writing to the addresses in the Order Form or by e-mail to the contacts named there. Neither party may assign this Agreement without the other party's written consent. This Agreement is executed in English; a Chinese translation is provided for reference.
P:Signed for Tidebook Systems Ltd: ____________________ Date: __________
P:Signed for Sanya Coral Blue Diving Co., Ltd.: ____________________ Date: __________
"""

# ================================================================ h273e03 (docx) ginseng farm shade-house climate sensors, buyer's paper
E03 = """T:Purchase Contract for Shade-House Climate Monitoring Equipment
P:Contract No. FS-GS-2027-019
P:Buyer: Jilin Fusong Changbai Ginseng Plantation Co., Ltd., Fusong County, Baishan, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Pionier Agrartechnik GmbH, with its registered seat at Hafenstrasse 3, Insel Pionierinsel, Germany, acting through its project office in Changchun (the "Supplier").
P:This Contract is drawn up on the Buyer's standard purchase terms. The Buyer intends to equip its ginseng shade houses in the Fusong plantation with a network of climate sensors that measure air temperature, humidity, soil moisture, soil temperature and light under the shade cloth, so that its growers can control irrigation and shading and reduce disease losses. The Supplier has offered a system of wireless sensor nodes, gateways and monitoring software and has been selected. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: 240 wireless multi-parameter sensor nodes, each with solar panel and battery; 16 long-range radio gateways with cellular back-haul; the Pionier GrowWatch monitoring software licensed perpetually for the Buyer's own use; and the mounting poles, cabling and lightning protection needed at the sites.
P:1.2 The Supplier shall design the sensor layout for the 38 shade houses listed in Annex 1, configure alarm thresholds for each growth stage of ginseng together with the Buyer's agronomists, and build a dashboard and a daily report in Chinese showing each shade house, its alarms and its irrigation recommendations (the "Custom Dashboards").
P:1.3 The Supplier shall train the Buyer's growers, technicians and IT staff, and hand over operating manuals in Chinese.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 771,000, inclusive of VAT, transport to site, insurance, installation, commissioning and training. It is fixed and not subject to adjustment.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless sensor node with solar supply|240|1,850|444,000
TB:2|Radio gateway with cellular back-haul|16|6,400|102,400
TB:3|GrowWatch software, perpetual site licence|1|138,000|138,000
TB:4|Installation, commissioning and training|1 lot|86,600|86,600
TB:Total||||771,000
H:Article 3 Payment
P:3.1 The Buyer shall pay the Contract Price in the following instalments, each within fifteen working days after receipt of a correct VAT invoice:
P:(a) an advance payment of 45% of the Contract Price, CNY 346,950, after signature of this Contract;
P:(b) 25% of the Contract Price, CNY 192,750, after delivery of all equipment to the Fusong site and joint inspection of quantities;
P:(c) 25% of the Contract Price, CNY 192,750, after Final Acceptance under Article 5; and
P:(d) the remaining 5%, CNY 38,550, as a retention, at the end of the Warranty Period if no warranty claim is outstanding.
P:3.2 Before receiving the advance payment the Supplier shall provide a bank guarantee for the same amount issued by a bank in mainland China, valid until delivery.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Fusong site within sixty days after signature and complete installation and commissioning within forty-five days after delivery, so that the system is working before the ginseng emerges in spring.
P:4.2 The Supplier shall respect the Buyer's plant protection rules on site: staff shall wear disposable shoe covers in the shade houses, shall not step on the beds and shall not use machinery inside the houses without the Buyer's approval.
P:4.3 Risk in the equipment passes to the Buyer on delivery; title passes on payment of the instalment in Article 3.1(b).
P:4.4 The Buyer shall provide access to the shade houses, a storage room for the equipment, mains power at the gateway locations where available, and a person from its technical department who accompanies the installation team. Installation in any shade house shall be scheduled with the head grower so that it does not disturb transplanting, spraying or harvesting.
P:4.5 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, the radio type-approval certificates required in China and the test reports of the sensors. Packaging shall protect the equipment during road transport in winter conditions.
H:Article 5 Acceptance
P:5.1 After commissioning the Supplier shall notify the Buyer, and the system shall then run for a trial period of thirty consecutive days.
P:5.2 Final Acceptance requires that: all 240 nodes and 16 gateways report to the software; at least 98% of expected readings are received during the trial period; each sensor is within the accuracy stated in the Supplier's offer when checked against the Buyer's calibrated reference instruments at ten sample points; alarms reach the growers' phones within two minutes; and the Custom Dashboards and daily report work as specified in Annex 2.
P:5.3 If any requirement is not met, the Supplier shall remedy the defect and the trial period or test is repeated. Final Acceptance is given only by a signed acceptance certificate; installation or use of the system does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and software for twenty-four (24) months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace any defective node, gateway, battery or solar panel free of charge, including transport and labour, and provide software updates.
P:6.2 Frost, snow load and the humidity of the shade houses are normal operating conditions at Fusong, and failures caused by them are covered by the warranty. Damage caused by the Buyer's field machinery, fire or theft is not covered, but the Supplier shall repair it at the unit prices in Article 2.1 if the Buyer so requests.
H:Article 7 Service Levels and Support
P:7.1 The Supplier shall operate a Chinese-language support line from its Changchun office. For a critical fault, meaning that a gateway or the software is down so that one or more shade houses are not monitored, the Supplier shall respond within two (2) hours and restore monitoring within twenty-four hours, if necessary by sending an engineer to Fusong. Other faults are answered within one working day and fixed within five working days.
P:7.2 For each hour by which the Supplier exceeds the restoration time for a critical fault, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from the retention.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period, the Supplier shall offer annual maintenance including battery replacement, recalibration of the sensors, software updates and the support in Article 7. The annual fee is 9% of the price of items 1 to 3 in Article 2.1, that is CNY 61,596 per year, and may not be increased for as long as the Buyer renews it.
H:Article 9 Intellectual Property
P:9.1 The Custom Dashboards, the alarm-threshold configuration, the sensor layout design and all reports prepared for the Buyer belong to the Buyer, which may use, change and pass them on freely. The GrowWatch software itself remains the property of the Supplier.
H:Article 10 Data
P:10.1 All measurements and other data collected by the system belong to the Buyer. The Supplier may access them only to provide support and maintenance and shall not use them for any other purpose, including research or the training of its own models.
P:10.2 The data shall be stored on servers in mainland China chosen by the Buyer. The Supplier shall protect the system against unauthorised access with encrypted radio links, unique passwords and access logging, and shall inform the Buyer within twenty-four hours of any security incident. The Supplier is liable for losses caused by a security incident that results from its breach of this Article.
H:Article 11 Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plantations, cultivation methods, yields and customers, and shall not disclose it to third parties without the Buyer's written consent, during and after the term of this Contract.
H:Article 12 Late Delivery
P:12.1 If the Supplier fails to deliver or to complete installation and commissioning by the dates in Article 4.1, it shall pay liquidated damages of 0.02% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:Article 13 Subcontracting
P:13.1 The Supplier may not subcontract installation work or any other part of the Contract without the Buyer's prior written consent.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that it does not remedy within twenty days after notice, or if delay damages reach their maximum. The Supplier shall then repay the amounts received, less the value of any equipment the Buyer decides to keep.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese, both of equal force, and takes effect on signature by both parties. Annex 1: List of shade houses. Annex 2: Specification of the Custom Dashboards and reports.
P:16.2 Neither party is responsible for a delay caused by force majeure, such as earthquake, flood, extreme snowfall or government measures, provided that it notifies the other party promptly and takes reasonable steps to limit the delay.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________
"""

# ================================================================ h273e04 (md) stationery maker's managed SOC and endpoint service
E04 = """T:Managed Security Operations and Endpoint Protection Services Agreement
P:Reference: LVR-MSS-2027-311
P:Between Ningbo Hanmo Stationery Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Client"), and Lavrec Cyberdéfense SA, whose registered seat is at 2 Chemin du Phare, Île Lavrec, France (the "Provider").
H:Recitals
P:The Client manufactures pens, markers and school stationery in three plants in Ningbo and sells through distributors and online shops. After a ransomware attempt in 2026 it decided to buy round-the-clock security monitoring and managed endpoint protection rather than build its own security team. The Provider operates a security operations centre (SOC) with an analyst team in Shanghai. The parties agree as follows. At the Client's request all amounts in this Agreement are in Chinese yuan (CNY).
H:Section 1 Services
P:1.1 Monitoring and detection: the Provider collects logs and alerts from the Client's firewalls, domain controllers, e-mail gateway, ERP servers and the endpoint agents, correlates them in its SIEM platform and monitors them twenty-four hours a day, seven days a week.
P:1.2 Managed endpoint protection: the Provider deploys, configures and manages endpoint detection and response (EDR) agents on up to 850 Client computers and servers, keeps policies up to date and isolates infected devices on detection.
P:1.3 Incident response: the Provider triages, investigates and contains security incidents remotely and, for severe incidents, sends responders to the Client's Ningbo sites.
P:1.4 Reporting: a monthly service report and a quarterly review meeting with the Client's IT manager and management.
P:1.5 Onboarding: the Provider connects all log sources, deploys the EDR agents, tunes detection rules to the Client's environment, and writes incident-response playbooks for the Client's plants, ERP and e-commerce systems (the "Client Playbooks").
P:1.6 Vulnerability management: each quarter the Provider scans the Client's internet-facing systems and a sample of internal servers, reports the vulnerabilities found by severity, and advises the Client's IT team on patching priorities. Patching itself remains the Client's task unless the parties agree otherwise in writing.
P:1.7 Awareness: once in each contract year the Provider runs a phishing simulation for the Client's office staff and a one-hour awareness session in Chinese at each plant.
H:Section 2 Term
P:2.1 The service term is twenty-four (24) months from the Service Start Date, which is the date on which the Client confirms completion of onboarding under Section 4.
H:Section 3 Fees and Payment
P:3.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Onboarding (one-time)|fixed|76,000
TB:Managed SOC and endpoint service|CNY 58,000 per month x 24 months|1,392,000
TB:Total Contract Value||1,468,000
P:3.2 The onboarding fee is invoiced after onboarding is accepted under Section 4. The monthly fee is invoiced at the end of each month of service and is payable within thirty days. The Client makes no advance payment.
P:3.3 The monthly fee covers up to 850 endpoints. Additional endpoints are charged at CNY 62 per endpoint per month, only where the Client has ordered them in writing.
H:Section 4 Onboarding and Acceptance
P:4.1 The Provider shall complete onboarding within forty-five days after signature. Onboarding is accepted when the Client confirms in writing that: all log sources in Annex A send data to the SIEM; the EDR agent is installed and reporting on at least 98% of the listed devices; a simulated attack run by the Provider in the presence of the Client's IT staff is detected and contained; and the Client Playbooks have been delivered and walked through with the Client.
P:4.2 If onboarding is not accepted within the period in Section 4.1 because of the Provider, the Provider shall pay the Client 0.1% of the Total Contract Value for each day of delay, up to 5% of the Total Contract Value.
H:Section 5 Service Levels
P:5.1 The Provider aims to meet the following service levels: (a) Priority 1 incidents (active ransomware, confirmed intrusion, or a compromise of a domain controller or ERP server): acknowledgement and start of containment within thirty (30) minutes of detection, twenty-four hours a day; (b) Priority 2 incidents: within two (2) hours; (c) Priority 3 incidents: within one business day; (d) availability of the Client security portal: 99.95% per month.
P:5.2 The service levels are targets. Where the Provider misses a service level, it shall explain the cause in the monthly service report and agree a remediation plan with the Client. Missing a service level does not give rise to service credits, fee reductions or damages.
P:5.3 Every Priority 1 incident is escalated to the Provider's duty manager and to the Client's named contacts by telephone as well as through the portal. Within five working days after a Priority 1 incident is closed, the Provider delivers a written incident report describing the timeline, root cause, the data and systems affected, the containment steps taken and the recommended improvements.
P:5.4 The monthly service report shows, for each service level, the number of incidents, the times achieved and the cases in which a target was missed, together with the status of open remediation actions.
H:Section 6 Client Responsibilities
P:6.1 The Client shall give the Provider the network access and administrator rights needed for the services, tell the Provider about planned changes to its IT systems at least five working days in advance, name two contacts who can be reached at any time during a Priority 1 incident, and follow the Provider's containment instructions during an incident.
P:6.2 The Client remains responsible for its own backups, for patching its systems and for the decisions it takes on the Provider's recommendations. Where the Client does not follow a containment instruction during a Priority 1 incident, the Provider shall record this in the incident report, and the consequences of that decision are not a breach by the Provider.
H:Section 7 Data Protection and Security
P:7.1 Client Data means all logs, alerts, files, e-mails and other information that the Provider receives from the Client's systems. Client Data belongs to the Client.
P:7.2 The Client grants the Provider a perpetual, worldwide licence to use anonymised and aggregated Client Data, including indicators of compromise, malware samples and attack patterns observed in the Client's environment, to improve the Provider's detection rules and threat-intelligence services for all its customers.
P:7.3 The Provider shall store and process Client Data only in its data centres in mainland China, protect it with encryption, strict access control and audit logging, and apply security measures that meet the Multi-Level Protection Scheme level 3. The Provider shall notify the Client within two hours of any breach of Client Data in its own systems, and shall be liable for the Client's losses caused by such a breach.
P:7.4 The Provider's analysts who have access to Client Data are the Provider's own employees based in Shanghai, are screened before appointment and are bound by written confidentiality obligations. The Provider shall keep a list of these analysts and give it to the Client on request.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's confidential information, including the Client's network design, vulnerabilities and incident details, and may use it only to perform this Agreement. The obligation continues for three years after the end of this Agreement; for information about the Client's vulnerabilities it has no time limit.
H:Section 9 Intellectual Property
P:9.1 The Client Playbooks, the incident reports and all other documents written specifically for the Client belong to the Client, which may use, modify and share them freely, including with a later security provider. The Provider keeps its SIEM platform, general detection content and tools.
H:Section 10 Subcontracting
P:10.1 The Provider shall not subcontract any part of the services without the Client's prior written consent, except the EDR software vendor named in Annex B, which the Client approves by signing this Agreement.
H:Section 11 Liability
P:11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of Section 7 or Section 8, or to wilful misconduct.
H:Section 12 Termination and Suspension
P:12.1 This Agreement runs for the full service term and cannot be terminated early by the Client. The Client's remedies for a breach by the Provider are the remediation plan under Section 5 and, where applicable, damages under Section 11.
P:12.2 The Provider may suspend the services or terminate this Agreement by written notice if the Client fails to pay undisputed fees within thirty days after a payment reminder.
P:12.3 On expiry or termination, the Provider shall return all Client Data within thirty days, remove its agents and collectors with the Client's help and delete the remaining Client Data, except the anonymised data licensed in Section 7.2.
H:Section 13 Renewal
P:13.1 The Agreement may be renewed by written agreement of the parties. Without such agreement it ends at the end of the service term.
H:Section 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:Section 15 General
P:15.1 This Agreement, with Annex A (log sources and devices) and Annex B (approved EDR software vendor), is the whole agreement of the parties. Changes must be in writing and signed by both parties.
P:Signed for the Client: ____________________    Signed for the Provider: ____________________
"""

# ================================================================ h273e05 (pdf) cross-border logistics HS-code classification API subscription
E05 = """T:API Subscription and Custom Model Agreement - ClassiTariff HS Classification Service
P:Agreement number: MRT-CN-2027-0057
P:This Agreement is entered into by Guangzhou Nansha Yuntong Cross-Border Logistics Co., Ltd., Nansha District, Guangzhou, Guangdong Province, People's Republic of China (the "Subscriber"), and Mortella Dati Doganali S.r.l., with its registered office at Via del Faro 12, Isola Mortella, Italy (the "Vendor").
H:Premises
P:The Subscriber files customs declarations for e-commerce sellers shipping to and from China and must assign a Harmonised System (HS) code to tens of thousands of product lines each month. The Vendor operates ClassiTariff, a machine-learning service that suggests HS codes and the related customs attributes through an application programming interface (API). The Subscriber wishes to subscribe to the API and to have the Vendor build a classification model tuned to the Subscriber's own product catalogue and declaration history. At the Subscriber's request, all fees are agreed and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "API Service" means the ClassiTariff API for HS code suggestion, tariff and regulatory attribute lookup, and the web console, as described in Schedule A. "Custom Model" means the classification model, the rule pack for Chinese 10-digit tariff lines and the mapping tables trained and configured by the Vendor on the Subscriber's data under Article 3. "Subscriber Data" means product descriptions, images, declaration records and any other data sent by the Subscriber to the API Service or for the Custom Model.
H:Article 2 Subscription
P:2.1 The Vendor grants the Subscriber the right to use the API Service during the subscription term for its own customs brokerage business, with up to 600,000 classification requests per month. Requests above that volume are charged only if the parties agree a price in writing beforehand.
P:2.2 The subscription term is twenty-four (24) months from the date of Custom Model acceptance under Article 4. After that the subscription continues for successive periods of one year each at the same monthly fee unless either party gives notice of non-renewal at least sixty days before the end of a period.
P:2.3 The web console shows the Subscriber its daily request volumes, error rates and response times, and lets the Subscriber's administrators create and revoke API keys for its branches in Guangzhou, Shenzhen and Yiwu. The Vendor shall send a monthly usage and quality report, including the share of suggestions changed by the Subscriber's declarants.
H:Article 3 Custom Model and Integration
P:3.1 The Vendor shall train and configure the Custom Model using the Subscriber's historical declaration records of the last three years, the Subscriber's product catalogue, and the China Customs tariff and classification rulings. The Vendor shall also integrate the API with the Subscriber's declaration system using the Subscriber's existing message formats.
P:3.2 The Vendor shall deliver the Custom Model and the integration for acceptance within seventy-five days after signature, with a written description of the model's method, its training data and its known limits.
P:3.3 The Vendor shall retrain the Custom Model every quarter during the subscription term with the Subscriber's new declarations and any tariff changes published by China Customs.
P:3.4 The Subscriber shall provide its historical declaration records and catalogue in the agreed export format within ten days after signature, give the Vendor a test environment of its declaration system, and name a senior declarant who answers classification questions from the Vendor's data scientists. Delays caused by the Subscriber extend the delivery date in Article 3.2 accordingly.
P:3.5 When China Customs publishes a tariff amendment, the Vendor shall update the rule pack and mapping tables before the amendment takes effect, and shall tell the Subscriber which of its frequent product lines are affected.
H:Article 4 Acceptance
P:4.1 The Subscriber shall test the Custom Model on a hold-out sample of 5,000 recent declarations selected by the Subscriber and not used for training. The Custom Model is accepted when: the suggested 10-digit code matches the code confirmed by the Subscriber's licensed declarants in at least 93% of the sample; the first suggestion matches at the 6-digit level in at least 97% of the sample; the average API response time is under 800 milliseconds; and the integration creates declaration drafts without manual re-keying.
P:4.2 If the Custom Model fails, the Vendor shall improve it and the test is repeated on a new sample. Acceptance is confirmed only in writing by the Subscriber.
H:Article 5 Fees and Payment
P:5.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:API subscription|CNY 21,500 per month x 24 months|516,000
TB:Custom Model development|one-time|164,000
TB:Integration with the declaration system|one-time|40,000
TB:Total||720,000
P:5.2 The Custom Model and integration fees are payable within thirty days after acceptance under Article 4. The subscription fee is invoiced quarterly in arrears and is payable within thirty days after invoice. No advance payment is due under this Agreement.
H:Article 6 Service Levels
P:6.1 The Vendor shall make the API Service available 99.95% of each calendar month, measured at the Vendor's API gateway, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 04:00 China Standard Time.
P:6.2 For a Severity 1 incident, meaning that the API Service is unavailable or returns errors for more than 10% of requests, the Vendor shall respond within one (1) hour, at any time of day, and shall work continuously until the service is restored.
P:6.3 Severity 2 incidents (slow responses, wrong attribute data or a failed retraining) are answered within two working hours and resolved within two working days; other requests are answered within one working day.
P:6.4 If monthly availability falls below 99.95%, the Subscriber receives a credit of 10% of the monthly subscription fee; below 99.5%, 25%; below 98%, 50%. A late response to a Severity 1 incident earns a further credit of 5% of the monthly fee. Credits are set off against the next invoice.
H:Article 7 Ownership of the Custom Model
P:7.1 The ClassiTariff platform, the Custom Model, including its trained weights, rule pack and mapping tables, and all improvements, are and remain the exclusive property of the Vendor, even though they were developed for the Subscriber and from the Subscriber Data. During the subscription term the Subscriber may use the Custom Model only through the API Service. After the term ends, the Subscriber has no right to a copy of the Custom Model.
P:7.2 The declarations and reports produced by the Subscriber with the help of the API Service belong to the Subscriber.
H:Article 8 Subscriber Data
P:8.1 Subscriber Data belongs to the Subscriber. The Vendor may use it only to provide the API Service and to train and retrain the Custom Model for the Subscriber, and shall not use it for other customers or for its general models.
P:8.2 Subscriber Data is processed and stored on servers in mainland China. The Vendor shall protect it with encryption in transit and at rest, access restricted to named staff, logging of all access and yearly security testing, in accordance with the PRC Data Security Law and Personal Information Protection Law. The Vendor shall inform the Subscriber within twenty-four hours of any security incident affecting Subscriber Data and shall compensate the Subscriber for losses caused by its failure to protect the data.
H:Article 9 Confidentiality
P:9.1 Each party shall treat as confidential the other party's non-public information, including the Subscriber's customer lists, shipment volumes, prices and declaration records, use it only for this Agreement, and not disclose it to third parties without written consent. This obligation survives the end of the Agreement for three years.
H:Article 10 Subcontracting
P:10.1 The Vendor shall not subcontract any part of its obligations without the Subscriber's prior written consent, except for the hosting provider named in Schedule A.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the total fees in Article 5.1. Neither party is liable for indirect or consequential losses. The Vendor does not guarantee that suggested codes are correct; the Subscriber's declarants remain responsible for the final classification, but the Vendor shall correct any systematic error in the Custom Model promptly after notice.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice. The Subscriber may also terminate if availability is below 98% in two consecutive months. On termination, the Vendor shall return all Subscriber Data within fifteen days and then delete it.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Italy. The courts of Milan, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Schedule A (API Service description, hosting provider and usage limits), is the entire agreement of the parties. Amendments must be in writing. Notices are given by e-mail to the contacts in Schedule A, with a copy by courier for notices of breach or termination. Neither party may assign this Agreement without the other party's written consent. This Agreement is signed in English, and a Chinese translation is attached for the Subscriber's convenience.
P:Signed for the Subscriber: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

# ================================================================ plan: prices, payments, labels, figures
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# key: (file, lang, category, source, format, terms (KEYS order), extra, forum outside mainland,
#       items, payments, fee base, planned rules, figures that must appear in the text)
PLAN = {
 "h273z01": ("h273z01_transport_dept_bridge_shm_platform.docx", "zh", "hardware", "Z01", "docx",
             [99.95, 1, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 8, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=3880000), False,
             [2460000, 980000, 386000, 54000], [776000, 1629600, 1280400, 194000], 2460000 + 980000, [],
             ["99.95%", "1小时内响应", "0.1%", "20%", "36个月", "8%", "3,880,000", "275,200"]),
 "h273z02": ("h273z02_ceramics_roller_kiln_control_system.pdf", "zh", "hardware", "Z02", "pdf",
             [N, 2, True, "buyer", True, True, True, 0.1, N, 20, True, True, 6, 18, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1800000), False,
             [1180000, 420000, 200000], [360000, 630000, 630000, 180000], 1600000,
             ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
             ["2小时内响应", "0.1%", "20%", "6个月", "18%", "288,000", "1,800,000"]),
 "h273z03": ("h273z03_bakery_chain_ordering_membership_saas.md", "zh", "cloud", "Z03", "md",
             [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, N, True, N, N, N, True, True, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000), False,
             [702000, 148000], [148000] + [58500] * 12, N,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
             ["99.5%", "30分钟内响应", "千分之一", "两倍", "850,000", "脱敏", "自动续期"]),
 "h273z04": ("h273z04_city_archives_digital_archives_annual_om.txt", "zh", "services", "Z04", "txt",
             [99.95, 0.5, True, "buyer", True, True, True, 0.2, N, N, True, N, N, N, False, True, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000), False,
             [348000, 126000, 68000, 44000], [146500] * 4, N, [],
             ["99.95%", "30分钟内响应", "0.2%", "586,000", "146,500"]),
 "h273z05": ("h273z05_rice_wine_erp_licence_supplier_template.md", "zh", "software", "Z05", "md",
             [N, N, False, "supplier", False, True, False, 0.02, 50, 50, False, False, 18, N, False, True, N, N, G],
             dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                  contract_value=1280000), False,
             [680000, 420000, 180000], [640000, 576000, 64000], 680000,
             ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-LOW",
              "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
             ["万分之二", "50%", "18个月", "1,280,000", "当年度公布的服务价格标准", "即视为甲方验收合格"]),
 "h273e01": ("h273e01_toy_maker_mould_design_perpetual_licences.txt", "en", "software", "E01", "txt",
             [N, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 12, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1202000), True,
             [924000, 186000, 92000], [240400, 540900, 420700], 924000, ["CR-GOVERNING-LAW"],
             ["two (2) hours", "0.1%", "150%", "20%", "eighteen (18) months", "12%", "110,880", "1,202,000",
              "Singapore International Arbitration Centre"]),
 "h273e02": ("h273e02_diving_centre_booking_saas_order_form.txt", "en", "cloud", "E02", "txt",
             [99.95, 8, True, "buyer", True, True, True, 0.1, 25, N, True, N, N, N, False, True, True, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=380000), False,
             [352800, 27200], [27200] + [9800] * 36, N,
             ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
             ["99.95%", "eight (8) hours", "0.1%", "nine (9) months", "thirty-six (36) months", "380,000", "by giving the Customer notice"]),
 "h273e03": ("h273e03_ginseng_farm_shade_house_climate_sensors.docx", "en", "hardware", "E03", "docx",
             [N, 2, True, "buyer", True, True, True, 0.02, N, 45, True, True, 24, 9, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=771000), False,
             [444000, 102400, 138000, 86600], [346950, 192750, 192750, 38550], 444000 + 102400 + 138000,
             ["CR-LD-LOW", "CR-PREPAYMENT"],
             ["two (2) hours", "0.02%", "45%", "twenty-four (24) months", "9%", "61,596", "771,000"]),
 "h273e04": ("h273e04_stationery_maker_managed_soc_endpoint.md", "en", "services", "E04", "md",
             [99.95, 0.5, False, "buyer", True, False, True, 0.1, 150, N, True, N, N, N, False, False, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1468000), False,
             [76000, 1392000], [76000] + [58000] * 24, N,
             ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
             ["99.95%", "thirty (30) minutes", "0.1%", "150%", "1,468,000", "anonymised and aggregated Client Data",
              "cannot be terminated early by the Client", "does not give rise to service credits"]),
 "h273e05": ("h273e05_logistics_hs_code_classification_api.pdf", "en", "cloud", "E05", "pdf",
             [99.95, 1, True, "supplier", True, True, True, N, 150, N, True, N, N, N, False, True, False, "Italy", S],
             dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=720000), True,
             [516000, 164000, 40000], [164000, 40000] + [21500 * 3] * 8, N,
             ["CR-GOVERNING-LAW", "CR-IP-OWNERSHIP", "CR-LD-MISSING"],
             ["99.95%", "one (1) hour", "150%", "720,000", "laws of Italy", "exclusive property of the Vendor"]),
}
THRESH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(terms, extra, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None:
        return None, None
    fee = terms["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, THRESH["horizon"] - terms["warranty_months"] / 12)
    fees = fee * years
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def apply_rules(t, x, forum_outside, base):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < THRESH["avail"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > THRESH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < THRESH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < THRESH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > THRESH["prepay"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < THRESH["warranty"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > THRESH["pwf"]
                or not x["post_warranty_fee_capped"]):
            r.append("CR-POST-WARRANTY-FEE")
        _, share = tco_share(t, x, base)
        if share is not None and share > THRESH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    """zh: characters other than whitespace; en: whitespace-separated tokens holding a letter or digit."""
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def squash(s):
    return re.sub(r"\s", "", s)


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    all_rules = set()
    mix = []
    for key, (fname, lang, cat, src, fmt, tv, extra, forum_outside, items, pays, base, planned, figs) in PLAN.items():
        text = globals()[src]
        value = extra["contract_value"]
        assert sum(items) == value, (key, sum(items), value)
        assert sum(pays) == value, (key, sum(pays), value)
        terms = dict(zip(KEYS, tv))
        assert len(tv) == len(KEYS)
        # no labelled value on a threshold
        for k, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)):
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        tco, share = tco_share(terms, extra, base)
        assert share is None or abs(share - 40) > 0.5, (key, share)
        got = apply_rules(terms, extra, forum_outside, base)
        assert got == sorted(planned), (key, got, planned)
        all_rules.update(got)
        mix.append(len(got))
        if fmt in ("md", "txt"):
            (OUT / fname).write_text(to_md(text) if fmt == "md" else to_txt(text), encoding="utf-8")
            print("wrote", fname)
        else:
            write({key: text}, {key: (fname, fmt)}, OUT, wrap_words=True)
        back = read_back(OUT / fname)
        hits = threshold_hits(back) + threshold_hits(squash(back) if lang == "zh" else back)
        assert not hits, (key, "threshold figure in text", hits)
        for f in figs:
            assert squash(f) in squash(back), (key, "figure missing", f)
        n = length(back, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        assert lo <= n <= hi, (key, "length", n)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": got}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("  %s %s %s len=%d rules=%d risk=%s%s" % (key, lang, fmt, n, len(got), risk(got),
              "" if share is None else " TCO=%.2f share=%.2f%%" % (tco, share)))
    assert sorted(mix) == [0, 0, 1, 2, 3, 3, 3, 3, 3, 10], mix
    print("rules fired:", len(all_rules), sorted(all_rules))


if __name__ == "__main__":
    main()
