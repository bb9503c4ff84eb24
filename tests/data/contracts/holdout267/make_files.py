"""holdout267: builds ten ordinary draft contracts (.md/.txt written directly, .docx/.pdf through ../word_pdf.py),
checks every price and payment sum and that each labelled figure appears in the text, re-applies the policy §3/§4
rules to the labels and asserts they equal the plan, writes the .json labels, and scans the read-back text of every
built file for values sitting exactly on a policy threshold. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
THRESHOLD_RES = [
    # availability 99.9 %
    r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    # P1 response 4 hours
    r"(?<![\d.])4\s*个?\s*小时", r"(?<![一二三四五六七八九十两])四\s*个?\s*小时", r"(?<![\d.])4\s*(?:hours?|hrs?|h)\b",
    r"\bfour\s*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b",
    # LD 0.05 % per day (and its weekly equivalent 0.35 %)
    r"(?<![\d.])0\.050*\s*%", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0\.050*\s*per\s*cent",
    r"(?<![\d.])0\.350*\s*%", r"(?<![\d.])0\.50*\s*‰",
    # liability cap 100 %
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百", r"one\s+hundred\s+per\s*cent", r"(?<![\d.,])100\s*per\s*cent",
    # prepayment 30 %
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![\d.])30\s*per\s*cent",
    # warranty 12 months
    r"(?<![\d.])12\s*个\s*月", r"十二个月", r"(?<![\d.])12\s*-?\s*months?\b", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
    r"(?:质保|保修|免费维护)[^。；]{0,12}(?:一年|壹年|(?<!\d)1\s*年)", r"warranty[^.;]{0,30}\b(?:one|1)\s*-?\s*year\b",
    r"\b(?:one|1)\s*-?\s*year\s+warranty",
    # post-warranty fee 15 %
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    # TCO share 40 %
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*(?:\(40\)\s*)?per\s*cent",
    r"(?<![\d.])40\s*per\s*cent",
    # TCO horizon 5 years (a parameter, avoided all the same)
    r"(?<![\d.])5\s*年(?![\d])", r"(?<![一二三四五六七八九十〇零])五\s*年", r"\b(?:five|5)\s*(?:\(5\)\s*)?-?\s*years?\b",
]
THRESHOLD = [re.compile(p, re.I) for p in THRESHOLD_RES]

MUST_HIT = ["可用率不低于99.9%", "99.90%", "四小时内响应", "4小时", "4 hours", "four (4) hours", "0.05%", "万分之五",
            "0.35%", "100%", "百分之一百", "one hundred per cent", "30%", "百分之三十", "thirty per cent", "12个月",
            "十二个月", "12 months", "twelve (12) months", "12-month", "质保期为一年", "warranty period of one year",
            "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年", "五年", "five years",
            "5 years", "99.9 %", "0.05 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "2027年12月31日", "0.08%", "150%",
             "130%", "1,100", "20%", "24 months", "二十四个月", "120个月", "115%", "0.5%", "万分之五十", "3年", "十五年",
             "2025年", "35%", "45%", "25 years", "CNY 1,540,800", "210%", "340%", "2 hours", "0.055%"]


def threshold_hits(text):
    flat = re.sub(r"\s+", " ", text)
    tight = re.sub(r"\s+", "", text)
    hits = []
    for rx in THRESHOLD:
        for t in (flat, tight):
            m = rx.search(t)
            if m:
                hits.append((rx.pattern, t[max(0, m.start() - 15):m.end() + 15]))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses %r" % s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex wrongly hits %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read-back
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
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def text_length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s+", "", text))
    return len(text.split())

# ---------------------------------------------------------------- h267z01 (md) 自然资源厅 规划数据平台, buyer's paper, compliant
Z01 = """# 东岭省国土空间规划“一张图”及土地调查数据平台建设项目政府采购合同

合同编号：DLZR-2027-GK-0316
采购方式：公开招标（招标编号 DLCG-2027-0208）

**甲方（采购人）**：东岭省自然资源厅
地址：东岭省安川市滨江路88号

**乙方（中标供应商）**：北辰空间信息技术股份有限公司
地址：安川市高新区科苑三路17号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及其他有关规定，依据本项目招标文件、乙方投标文件及中标通知书（东岭采中〔2027〕41号），甲乙双方就国土空间规划“一张图”及土地调查数据平台的软件许可、数据治理、定制开发与实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；内容不一致的，以本合同正文为准。

## 第一条 项目内容

1.1 乙方向甲方提供空间数据管理平台软件许可（不限用户数，永久使用），完成第三次全国国土调查成果、年度变更调查成果、国土空间总体规划及详细规划成果的数据治理、质检与入库。
1.2 乙方按需求规格说明书完成规划实施监督、用地审批辅助、指标动态监测三个定制模块及与省政务服务平台、不动产登记系统的数据接口开发。
1.3 乙方负责在甲方政务云指定区域完成部署、联调、试运行及人员培训。

## 第二条 合同价款

2.1 本合同总价为人民币 **3,170,000元**（大写：叁佰壹拾柒万元整），为固定总价，含税费、差旅、第三方测评配合等全部费用。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 空间数据管理平台软件许可 | 1,380,000 |
| 2 | 数据治理、质检与入库 | 864,000 |
| 3 | 定制模块与数据接口开发 | 726,000 |
| 4 | 部署实施与试运行 | 158,000 |
| 5 | 培训 | 42,000 |
| | 合计 | 3,170,000 |

## 第三条 付款方式

3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即634,000元。
3.2 平台完成部署、数据入库并通过初步验收后，甲方支付合同总价的45%，即1,426,500元。
3.3 项目通过最终验收后，甲方支付合同总价的35%，即1,109,500元。
3.4 乙方每次申请付款前应开具合法有效的发票；甲方因财政资金审批程序产生的合理延迟不视为违约。

## 第四条 交付与工期

4.1 乙方应于合同签订后150日内完成全部数据入库及定制模块上线试运行，试运行期为六十日。
4.2 乙方应组建不少于八人的项目团队，项目经理须具备注册测绘师资格并常驻安川市，未经甲方书面同意不得更换；乙方每周提交项目周报，每月参加甲方组织的进度协调会，对甲方提出的问题在三个工作日内书面答复。
4.3 甲方负责提供政务云资源、历史数据及业务需求确认，并指定专人配合；因甲方原因造成的延误，工期相应顺延。
4.4 乙方提交的交付物包括：平台安装介质与许可文件、入库数据成果、定制模块及接口的源代码、数据库设计说明、质检报告、运维手册和培训记录。

## 第五条 验收

5.1 初步验收标准：（一）入库数据经甲方委托的质检单位抽检，图斑属性错误率不高于万分之八、拓扑错误为零；（二）定制模块功能与需求规格说明书逐项一致；（三）在200个并发用户下，常用查询响应时间不超过3秒，图层加载不超过5秒；（四）与省政务服务平台、不动产登记系统的接口连续十日调用无数据差错。
5.2 最终验收标准：试运行期满，期间未发生一级故障，第三方软件测评及网络安全等级保护测评均无高风险问题，并由甲方组织专家评审通过，出具书面验收报告。
5.3 乙方完成部署、平台上线运行或甲方已使用部分功能，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新组织验收，费用由乙方承担。

## 第六条 质量保证与运维服务

6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、数据接口适配及远程和现场技术支持。
6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）。一级故障（平台整体不可用或数据错误影响审批业务）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应，次日内解决。
6.3 乙方响应或到场每超时一小时，甲方可扣减2,000元；月度可用率每低于承诺值0.01个百分点，扣减3,000元，从质量保证金或应付款中抵扣。
6.4 质保期满后，如甲方需要，年度运维服务费不超过软件许可费的9%（即每年不超过124,200元），质保期满后前两年按此价格执行，不得上调；此后价格由双方另行书面商定。运维服务合同每年另行签订，不自动续期。

## 第七条 数据安全与数据权属

7.1 本项目涉及的全部调查成果、规划成果、业务数据及日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
7.2 乙方应遵守《数据安全法》《个人信息保护法》及测绘地理信息保密管理规定，人员须经甲方审查并签署承诺书；数据处理仅在甲方指定的涉密或政务内网环境中进行，运维访问须经堡垒机并全程审计，严禁使用外接存储设备。
7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，配合调查，并承担由此造成的全部损失及法律责任。

## 第八条 保密

双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内继续有效。涉密成果的保密要求按国家有关规定执行，不受前述期限限制。

## 第九条 知识产权

9.1 平台产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
9.2 为本项目定制开发的模块、接口、数据成果及相关文档的知识产权归甲方所有，乙方应交付完整源代码，甲方有权自行或委托第三方修改、使用和许可他人使用。
9.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方负责处理并承担全部责任。

## 第十条 违约责任

10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
10.3 乙方交付成果存在质量问题或违反第七条约定的，应承担修复费用并赔偿甲方因此遭受的损失。

## 第十一条 分包

本项目不得分包或转包。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

## 第十四条 其他

本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：1. 需求规格说明书；2. 数据治理技术要求；3. 验收方案；4. 人员保密承诺书。

甲方（盖章）：东岭省自然资源厅　　　　乙方（盖章）：北辰空间信息技术股份有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
日期：2027年　月　日　　　　　　　　　日期：2027年　月　日
"""

# ---------------------------------------------------------------- h267z02 (docx) 轮胎厂 硫化机控制系统 + 维保
Z02 = """T:硫化车间硫化机集中控制系统采购及安装合同
P:合同编号：LTC-SB-2027-052
P:甲方（买方）：鲁泰橡胶轮胎有限公司，住所：山东省东营市广饶县经济开发区轮胎大道9号
P:乙方（卖方）：济川智控自动化工程有限公司，住所：山东省济南市历城区工业北路266号
P:鉴于甲方拟对二号硫化车间48台双模硫化机的控制系统进行集中化改造，乙方具备相应的工控集成能力，双方依据《中华人民共和国民法典》，经平等协商，就设备采购、软件许可、安装调试及售后维保事宜订立本合同。
H:一、采购内容与合同价款
P:（一）乙方提供硫化机PLC控制柜、温度压力传感器与变送器、工业交换机、边缘服务器及硫化工艺管理软件许可，并负责拆除旧控制柜、安装、接线、与甲方MES系统对接、调试和培训。
P:（二）合同总价为人民币2,180,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|硫化机PLC控制柜|48台|23,500|1,128,000
TB:2|温度压力传感器及变送器|96套|2,850|273,600
TB:3|工业以太网交换机|12台|9,800|117,600
TB:4|硫化工艺管理软件许可（永久）|1套|326,000|326,000
TB:5|边缘计算服务器|2台|46,000|92,000
TB:|软硬件小计|||1,937,200
TB:6|安装调试及MES接口对接|1项|218,000|218,000
TB:7|操作与维护培训|1项|24,800|24,800
TB:|合同总价|||2,180,000
P:（三）上述价格为到厂含安装价，包括运输、保险、辅材及乙方人员差旅费用。
H:二、交货与安装
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方二号硫化车间，并在到货后45日内分批完成安装调试。每批改造不超过八台硫化机，改造须安排在甲方指定的检修窗口内进行，不得影响其余机台生产。
P:（二）设备到货时双方共同开箱清点，签署到货签收单；到货签收仅确认数量与外观，不代表质量验收。
P:（三）乙方施工人员应遵守甲方安全生产、动火作业及防爆区域管理制度，因乙方违章作业造成的安全事故由乙方负责。
P:（四）乙方应派驻具有电气作业资格的项目经理及不少于六名调试工程师，改造期间每日向甲方设备部提交施工日志；每批机台恢复生产前，乙方须会同甲方工艺员完成空模升温、合模保压及程序联锁确认，并经甲方签字后方可交付生产使用。
P:（五）乙方负责对甲方操作工、电工及工艺员进行分层培训，总课时不少于四十学时，培训内容包括控制柜操作、常见故障判断、配方管理及备件更换，培训结束后提交考核记录。乙方应随设备提供中文操作手册、电气原理图、接线图、PLC程序备份及备件清单各三套。
P:（六）甲方负责提供施工所需的电源、气源、临时存放场地及必要的停机检修窗口，并指派专人协调车间生产安排。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即218,000元。
P:（二）全部设备到货签收后，甲方支付合同总价的50%，即1,090,000元。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即763,000元。
P:（四）合同总价的5%即109,000元作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
H:四、验收
P:（一）验收标准：1.每台硫化机温度控制偏差不超过±1℃，压力控制偏差不超过±0.02MPa；2.硫化曲线采集周期不大于1秒，数据完整率不低于99.8%；3.工艺配方下发与MES工单联动正确，连续试生产七日无因控制系统导致的废胎；4.急停、联锁及超压保护功能逐台测试合格。
P:（二）全部机台改造完成并连续稳定运行三十日后，由甲方组织最终验收，签署验收报告。设备安装完成或投入试生产不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新验收；二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因产品质量问题产生的维修、更换及软件缺陷修复均由乙方免费负责。
P:（二）故障分级及响应：一级故障（单台或多台硫化机控制失效、停机）乙方应在8小时内响应，并在响应后尽快派员到场处理；二级故障（数据采集中断、报表异常等不影响生产的问题）在24小时内响应。
P:（三）乙方响应每超时一小时，甲方可从质量保证金中扣减500元。
P:（四）质保期满后，乙方继续提供维保服务，维保费用按乙方当年公布的维保价格表执行，每年签订一次维保协议。
P:（五）质保期内乙方应每季度对全部机台进行一次预防性巡检，检查接线端子、传感器零点及软件运行日志，并出具巡检报告；乙方应在济南或东营保有常用备件库存，保证关键备件在48小时内送达现场。
H:六、数据安全
P:（一）控制系统采集的工艺参数、硫化曲线、配方及生产数据均属于甲方所有，乙方不得复制、外传或用于本合同以外的任何目的。
P:（二）乙方应在控制网络与办公网络之间部署工业防火墙，远程维护须经甲方逐次审批并通过甲方提供的安全通道进行，访问过程全程记录；乙方设备不得预置任何未经甲方确认的远程连接功能。
P:（三）因乙方原因造成数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方由此产生的全部损失。
H:七、保密
P:乙方对在履约过程中知悉的甲方硫化工艺参数、配方、产能及经营信息承担保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求其参与本项目的人员签署保密承诺书，离场时交还全部技术资料。本条义务不因合同终止而失效。
H:八、知识产权
P:（一）硫化工艺管理软件产品的知识产权归乙方，甲方享有永久使用权。
P:（二）乙方为本项目编制的PLC程序、组态画面、MES接口程序及其源代码的知识产权归甲方所有，甲方有权自行修改或委托他人维护。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方提供的设备不符合合同约定的，甲方有权要求更换，并由乙方赔偿因此造成的停产损失。
P:（四）乙方逾期超过三十日的，甲方有权解除合同，乙方应退还已收款项并承担甲方另行采购所增加的费用。
H:十、分包
P:乙方不得转包本合同。电缆敷设等辅助施工确需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力致使一方不能履行合同的，该方应在三日内书面通知对方并提供证明，受影响部分的履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行或解除合同，互不承担违约责任。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交青岛仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收大纲。
P:甲方：鲁泰橡胶轮胎有限公司（盖章）　　乙方：济川智控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：2027年　月　日　　　　　　　　　日期：2027年　月　日
"""

# ---------------------------------------------------------------- h267z03 (txt) 连锁健身房 会员与预约 SaaS + 实施
Z03 = """会员管理与课程预约云服务订阅合同

合同编号：SD-IT-2027-019

甲方（客户）：蜀动健身管理有限公司
统一社会信用代码：见营业执照
住所：四川省成都市武侯区天府大道北段1480号
联系人：信息部 周经理

乙方（服务商）：云练科技（杭州）有限公司
住所：浙江省杭州市西湖区文三路398号
联系人：大客户部 陈经理

鉴于：甲方经营连锁健身房，目前在成都、重庆、绵阳三地共有45家门店；乙方运营“云练”健身房会员管理与课程预约云平台（下称“平台”）。甲方拟订阅平台服务并委托乙方完成实施。双方经友好协商，订立本合同。

1. 服务内容
1.1 订阅服务：乙方向甲方45家门店开通平台的会员管理、会籍卡与私教课包销售、团课与私教预约、门禁及手环核销、储值与营销、经营报表模块，并提供甲方品牌的会员小程序。
1.2 实施服务：乙方负责将甲方现有系统中约十八万条会员档案、卡项余额及课包记录迁移至平台，完成与45家门店门禁闸机、手环发卡器、收银系统及甲方财务系统的对接，并对店长、前台及教练进行培训。
1.3 服务期为三十六个月，自平台全部门店上线验收合格之日起计算。

2. 费用
2.1 订阅费按门店计收，每店每月1,180元，45家门店每月合计53,100元，服务期三十六个月订阅费合计1,911,600元。
2.2 实施费为一次性费用168,000元，含数据迁移、系统对接、小程序上架及培训。
2.3 本合同总价为2,079,600元（含6%增值税）。服务期内新增门店的，按每店每月1,180元另行计费；关闭门店的，自关闭次月起停止计费。

3. 付款
3.1 实施费在平台全部门店上线验收合格后十五个工作日内一次付清。
3.2 订阅费按季度结算，每个服务季度结束后十五个工作日内，甲方凭乙方发票支付该季度订阅费159,300元。
3.3 甲方在上线验收前无需支付任何款项。

4. 上线与验收
4.1 乙方应在合同签订后75日内完成全部门店上线。上线分三批进行，每批上线前乙方应提交切换方案并经甲方确认。
4.2 上线验收标准：（1）迁移的会员档案、卡项余额、课包剩余次数与甲方旧系统导出数据逐条核对一致；（2）45家门店门禁、手环核销、收银对接各项测试用例全部通过；（3）小程序在2,000名会员同时预约时，提交响应时间不超过2秒；（4）全部门店连续试运行十四日，无一级故障。
4.3 满足上述标准后，甲方签署上线验收单。门店开始使用平台不视为验收合格。
4.4 实施期间，乙方应指派一名项目经理和不少于四名实施顾问，其中至少两名驻场成都；每批门店切换当晚，乙方应安排技术人员现场值守至次日营业结束。乙方应在每批上线前完成店长、前台和教练的分岗位培训，并提供操作视频和常见问题手册。
4.5 甲方应在乙方提出要求后三个工作日内提供旧系统数据导出文件、门店网络及闸机设备清单，并确认卡项规则和课包核销规则；因甲方未按时配合造成的延误，上线期限相应顺延。

5. 服务水平
5.1 平台月度可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前三日通知甲方。
5.2 故障分级：一级故障指平台整体不可用、无法预约或门禁无法核销；乙方应在30分钟内响应，2小时内恢复或提供临时方案。二级故障指部分功能异常，乙方应在2小时内响应，当日内解决。
5.3 服务补偿：月度可用率低于99.5%但不低于99.0%的，乙方按当月订阅费的5%给予服务抵扣；低于99.0%的，按当月订阅费的10%给予服务抵扣；一级故障超过2小时未恢复的，每次另行抵扣2,000元。抵扣金额在下一季度订阅费中扣除。
5.4 乙方提供7×24小时客服热线，并指定专属客户成功经理，每季度向甲方提交服务报告。
5.5 平台版本升级应提前七日通知甲方，涉及会员端界面或收费规则的变化，须经甲方书面确认后方可在甲方门店启用。乙方每月向甲方提供可用率、故障及工单处理情况统计，甲方对统计数据有异议的，双方以平台监控日志为准共同核对。

6. 数据
6.1 甲方及其会员在平台中产生的会员资料、消费记录、预约记录、体测数据等（下称“甲方数据”）归甲方所有。
6.2 乙方有权在服务期内及服务期满后，对甲方数据进行去标识化和汇总处理，用于编制健身行业经营报告、改进乙方产品，以及向乙方其他客户提供经营对标分析服务。
6.3 数据安全：平台部署于中国境内，已通过网络安全等级保护三级测评；乙方应对甲方数据实施加密存储与传输、分级授权和操作日志审计，不得将个人信息出境。发生数据泄露或安全事件的，乙方应在24小时内通知甲方，配合处置和向监管部门报告，并承担因其原因造成的全部损失。
6.4 合同终止后三十日内，乙方应按甲方要求以通用格式交还全部甲方数据，并在甲方确认后删除平台中的甲方数据。

7. 保密
双方对在合作中获知的对方商业秘密、价格及经营信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。

8. 知识产权
8.1 平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制的小程序页面、门禁对接程序及报表模板的知识产权归甲方所有，乙方应交付源代码及说明文档，甲方有权自行使用、修改或委托第三方维护。

9. 违约责任
9.1 乙方未按第4.1条约定时间完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第6.3条造成的损失不受此限。
9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

10. 续期与调价
10.1 服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续期二十四个月，此后亦同。
10.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过8%，以乙方书面通知为准。

11. 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
12.2 因乙方原因解除合同的，乙方应退还未履行期间的订阅费，并协助甲方完成数据迁出。
12.3 合同终止或期满不续约的，乙方应提供不少于三十日的过渡期服务，在过渡期内保持平台正常运行，并协助甲方将会员数据迁移至甲方指定的新系统，过渡期按原单价计费。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

14. 通知
本合同项下的通知应以书面形式发送至首部所列联系人及地址，或发送至双方确认的电子邮箱；以电子邮件发送的，发出后次一工作日视为送达。一方联系人或地址变更的，应在变更后三日内书面通知对方，否则向原地址发送的通知仍视为有效送达。

15. 其他
本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：蜀动健身管理有限公司（盖章）
授权代表：
日期：2027年　月　日

乙方：云练科技（杭州）有限公司（盖章）
授权代表：
日期：2027年　月　日
"""

# ---------------------------------------------------------------- h267z04 (pdf) 市图书馆 自助借还系统 年度运维, 竞争性磋商
Z04 = """T:临江市图书馆自助借还系统年度运维服务政府采购合同
P:合同编号：LJTSG-2027-YW-003
P:项目名称：临江市图书馆自助借还系统及RFID设备2027年度运维服务
P:采购方式：竞争性磋商（项目编号：LJCG-2026-CS-118）
P:甲方（采购人）：临江市图书馆，地址：临江市文华路56号
P:乙方（成交供应商）：江城博阅信息技术有限公司，地址：临江市经开区智谷大厦B座11层
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方自助借还系统及相关RFID设备的年度运维服务达成如下协议。
H:第一章 服务范围与期限
P:第一条 运维对象包括：总馆及六个分馆的自助借还机36台、自助还书亭4座、RFID安全门18套、馆员工作站读写器、自助借还系统服务端软件及其与图书馆集成管理系统的接口。
P:第二条 服务内容包括：设备日常巡检、故障维修、耗材及备品备件更换、系统软件缺陷修复与版本维护、接口监控、数据备份核查、读者使用高峰期驻场保障及运维报表编制。甲方新增或搬迁自助设备的，乙方应配合完成拆装、调试和接口配置，单次不超过三台的不另行收费；超过部分由双方参照本合同单价另行书面确认。
P:第三条 服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度服务须由甲方重新履行采购程序，本合同不自动续期。
H:第二章 服务费用与支付
P:第四条 本合同总价为人民币486,000元，为固定总价，服务期内不作调整，构成如下：
TB:序号|服务项目|数量|单价（元）|金额（元）
TB:1|自助借还机运维|36台|5,400|194,400
TB:2|备品备件包（含自助还书亭）|1项|38,400|38,400
TB:3|RFID安全门运维|18套|2,200|39,600
TB:4|系统软件运维及接口维护|1项|126,000|126,000
TB:5|驻场工程师（1名）|1项|87,600|87,600
TB:|合计|||486,000
P:第五条 服务费按季度支付。每季度结束后，甲方依据第七条组织季度考核，考核合格后十五个工作日内支付当季服务费121,500元；考核发现问题的，按第九条扣减后支付。甲方不预付任何款项。
H:第三章 服务标准
P:第六条 乙方应达到以下服务水平：
P:（一）自助借还系统服务端月度可用率不低于99.95%，计划内维护须在闭馆时段进行并提前两日告知甲方。
P:（二）一级故障（总馆或任一分馆自助借还业务全部中断、与集成管理系统接口中断）乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（单台设备故障或安全门误报）应在1小时内响应，当日修复；三级故障（界面、打印等一般问题）在两个工作日内处理完毕。
P:（三）驻场工程师在开馆时间内在总馆值守，寒暑假及“世界读书日”等高峰期间，乙方应增派一名工程师在分馆巡回保障。
P:（四）设备每月巡检一次，每季度深度保养一次，巡检记录须经甲方设备管理员签字确认。
P:第七条 考核与验收：甲方每季度按磋商文件所附《运维服务考核表》进行考核，考核内容包括可用率、故障响应及恢复时限、巡检完成率、读者投诉处理情况和运维报表质量，考核得分不低于90分为合格。服务期满后甲方组织年度验收，审核全年考核结果、设备完好状况、备件更换台账及系统备份记录，并出具书面验收意见。
P:第八条 进场与运维管理：（一）乙方应在本合同签订后五日内完成进场交接，核对设备台账，形成设备现状报告并经甲方确认。
P:（二）乙方应在进场后十日内提交年度运维方案，内容包括人员安排、巡检计划、备件储备清单、故障处理流程、应急预案和升级计划，经甲方书面确认后执行。应急预案应覆盖集成管理系统中断时的离线借还处理、安全门失效时的人工核验流程和大面积断电后的设备恢复顺序，乙方每半年配合甲方开展一次应急演练。
P:（三）乙方每月五日前向甲方提交上月运维月报，列明可用率、故障清单、响应和恢复时间、备件更换、巡检发现的问题及整改情况；每季度末提交季度分析报告，对故障高发设备提出改进建议。甲方对报表数据有疑问的，可调阅乙方运维工单系统及设备日志核实。
P:（四）备品备件包按台账管理，乙方应在临江市区设立备件库，常用部件（读写模块、触摸屏、凭条打印机、电源模块）保持不少于设备总量一成的库存，备件更换后旧件交甲方核销。
H:第四章 违约责任
P:第九条 乙方响应、到场或恢复每超时一小时，甲方从当季服务费中扣减800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元；季度考核不合格的，扣减当季服务费的5%，并由乙方限期整改。
P:第十条 乙方未按第八条第（一）项约定时间进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:第十一条 乙方更换的备件应为原厂或同等质量的全新部件，使用翻新件或不合格部件的，乙方应无偿更换，并赔偿由此给甲方造成的损失。
H:第五章 数据安全
P:第十二条 自助借还系统及其接口中的读者身份信息、借阅记录、证件照片等数据均属于甲方，乙方仅可在运维所需范围内访问，不得复制、下载、留存或用于本合同以外的任何目的。
P:第十三条 乙方应执行甲方的网络安全管理制度：运维账号实行实名制和最小权限管理，远程维护须经甲方同意并通过甲方指定的安全接入方式进行，所有操作留存日志；更换或报废的存储部件须在甲方人员见证下进行数据清除或物理销毁。
P:第十四条 发生读者个人信息泄露、系统被入侵等安全事件的，乙方应立即采取处置措施，在2小时内报告甲方，配合公安及主管部门调查，并承担因乙方原因造成的全部损失和法律责任。
H:第六章 权利归属与人员
P:第十五条 乙方在服务期内形成的运维报表、巡检记录、配置文档及处置脚本归甲方所有，乙方应在服务期满时完整移交，并不得在本合同以外使用上述资料。
P:第十六条 乙方可将RFID安全门及自助还书亭的硬件维修交由设备原厂或其授权服务商承担，但应提前五个工作日书面告知甲方，并对其服务质量负责。
P:第十七条 乙方应保持驻场工程师相对稳定，更换人员须提前十日告知甲方并做好交接，新任人员须具备同等资质。乙方每季度应为甲方馆员提供一次设备日常维护与简单故障处置培训，每次不少于两学时，并提供图文操作指引；读者在自助设备上遇到的投诉，乙方应在一个工作日内协助甲方查明原因并书面反馈处理结果。服务期满，乙方应向甲方或甲方指定的下一服务商完整移交设备台账、备件库存、账号权限、配置文档和遗留问题清单，移交期间乙方应保持原有服务水平，不得以任何理由拖延交接。
H:第七章 合同解除与争议
P:第十八条 乙方连续两个季度考核不合格，或发生严重违约行为经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
P:第十九条 本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
P:第二十条 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:甲方：临江市图书馆（盖章）　　　乙方：江城博阅信息技术有限公司（盖章）
P:授权代表：　　　　　　　　　　　授权代表：
P:签订日期：2026年12月　日
"""

# ---------------------------------------------------------------- h267z05 (md) 月饼厂 ERP licence + 定制开发, supplier's template
Z05 = """# 汇智ERP软件许可及实施服务合同

> 汇智云联标准合同文本 HZ-ERP-V5.0（2026版） 本文本由乙方提供，双方可就空白处协商填写。

合同编号：HZ-2027-GD-0733

**甲方（用户）**：广福斋食品有限公司
住所：广东省佛山市顺德区容桂街道食品工业园8号

**乙方（软件供应商）**：汇智云联软件（东莞）有限公司
住所：广东省东莞市松山湖园区工业南路6号

甲方为中秋月饼及烘焙食品生产企业，拟引入ERP系统以统一管理生产计划、原料采购、批次库存、经销商订单及财务核算。乙方同意按本合同约定向甲方许可使用“汇智ERP”软件并提供定制开发及实施服务。

## 第1条 定义

1.1 “许可软件”指汇智ERP标准版（V8系列），包括生产、采购、库存、销售、财务五个模块，许可用户数为60个并发用户。
1.2 “定制开发”指乙方根据甲方需求开发的中秋预售及团购订单管理、经销商返利核算、原料与成品批次追溯、保质期预警四项功能。
1.3 “上线”指许可软件及定制开发功能在甲方服务器上部署完成，并开始录入业务数据。

## 第2条 合同价款

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 软件许可费 | 汇智ERP标准版，60个并发用户，永久许可 | 680,000 |
| 定制开发费 | 预售团购、经销商返利、批次追溯、保质期预警 | 300,000 |
| 实施服务费 | 需求调研、部署、数据初始化、培训 | 100,000 |
| **合计** | | **1,080,000** |

2.1 上述价格含增值税，不含甲方服务器、数据库及操作系统等第三方软硬件费用。
2.2 实施过程中甲方新增需求的，乙方按每人天2,800元另行收费。

## 第3条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即540,000元；乙方收到该款项后启动项目。
3.2 系统上线后五个工作日内，甲方支付合同总价的45%，即486,000元。
3.3 系统上线满三个月后五个工作日内，甲方支付剩余的5%，即54,000元。
3.4 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施和技术支持服务。

## 第4条 实施

4.1 乙方根据双方确认的项目计划开展实施工作，并将尽力在合同签订后120日内完成上线，以便甲方在中秋销售旺季前使用预售和团购功能。
4.2 因需求变更、甲方数据准备不及时或甲方人员配合不到位导致的延期，乙方不承担责任，项目计划相应调整。
4.3 甲方应指定项目负责人及各模块关键用户，按乙方要求提供物料清单、配方、工艺路线、客户及经销商资料等基础数据，并对数据的准确性负责。
4.4 乙方负责对甲方关键用户进行不超过十个工作日的集中培训，其余用户由甲方关键用户负责转训。
4.5 数据初始化由甲方在乙方指导下完成，包括期初库存盘点、在制品核对、应收应付余额及经销商信用额度的录入；乙方提供标准导入模板，模板以外的数据清洗和转换工作按第2.2条另行计费。
4.6 上线切换方式由乙方建议、甲方确认。因月饼生产具有明显的季节性，甲方可以要求在每年七月至九月生产旺季期间暂停系统切换或重大版本升级，由此顺延的时间不计入乙方的实施周期。
4.7 乙方派驻甲方现场的实施顾问人数及驻场天数以项目实施计划为准，超出计划的驻场支持按第7.5条收费。

## 第5条 验收

5.1 系统上线运行即视为甲方对许可软件、定制开发功能及实施服务验收合格。
5.2 上线后甲方发现问题的，可在免费维护期内按第7条提交乙方处理，但不影响第3条款项的支付。

## 第6条 知识产权

6.1 许可软件的著作权及其他知识产权归乙方所有。
6.2 定制开发形成的程序、源代码、数据模型、报表及文档，其知识产权均归乙方所有。甲方在本合同有效期内获得非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，也不得向任何第三方提供。
6.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第7条 维护与技术支持

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持、软件缺陷修复及补丁升级。
7.2 故障分级：一级故障指系统无法登录或核心业务无法进行；二级故障指部分功能无法使用；三级故障指一般操作问题。一级故障乙方在10小时内响应，二级故障在两个工作日内响应，三级故障在五个工作日内答复。
7.3 乙方将尽合理努力解决故障，但不对响应或修复时间承担扣款、赔偿或违约金责任。
7.4 免费维护期满后，甲方如需继续获得维护服务，应每年与乙方签订维护服务协议，年度维护费为软件许可费的28%，即每年190,400元。未签订维护协议的，乙方不再提供补丁、升级及技术支持。
7.5 现场支持按每人天2,800元另行收费，差旅费由甲方承担。
7.6 乙方发布的标准产品新版本，仅向已签订维护服务协议的用户免费提供；定制开发功能在新版本上的适配工作不属于维护服务范围，需另行报价。乙方停止对某一版本提供维护的，将提前三个月在其官方网站公告。

## 第8条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为提供实施和维护服务访问该数据，不得用于其他目的。
8.2 乙方应对远程维护账号实行专人管理，访问甲方系统前须经甲方同意，操作过程留存日志，不得下载或拷贝甲方业务数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，承担相应的赔偿责任。
8.3 甲方应自行做好数据备份，乙方可提供备份方案建议。
8.4 合同终止后，乙方应根据甲方要求，以乙方系统支持的标准格式导出甲方业务数据一次，超出一次的导出服务另行收费。

## 第9条 保密

双方对因本合同知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。乙方可以在其宣传材料和客户名单中使用甲方名称及标识，甲方书面反对的除外。本条在合同终止后两年内有效。

## 第10条 责任限制

10.1 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。
10.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%。

## 第11条 合同解除

一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除不影响甲方已支付款项中对应已交付部分的结算。

## 第12条 不可抗力

因不可抗力致使一方不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可根据不可抗力的影响部分或全部免除责任。网络攻击、第三方软件缺陷、甲方服务器或网络故障导致的服务中断，视为乙方不可控制的情形。

## 第13条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第14条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
14.2 本合同附件包括：项目实施计划、定制开发需求确认书、维护服务协议（范本）。

甲方（盖章）：广福斋食品有限公司　　　　乙方（盖章）：汇智云联软件（东莞）有限公司
授权代表：　　　　　　　　　　　　　　　授权代表：
日期：　　年　月　日　　　　　　　　　　日期：　　年　月　日
"""

# ---------------------------------------------------------------- h267e01 (docx) glaze lab spectrometer software, French vendor
E01 = """T:Software Licence and Services Agreement — Spectral Colour Analysis Software
P:Agreement No. SC-CN-2027-014
P:This Agreement is made between:
P:(1) Foshan Yaoli Ceramic Glaze Laboratory Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 22 Taoci Road, Nanzhuang Town, Chancheng District, Foshan, Guangdong (the "Customer"); and
P:(2) Spectralis Couleur SAS, a French simplified joint-stock company whose registered office is on the Île Illiec, Côtes-d'Armor, France (the "Vendor").
P:Background: The Customer develops celadon, qingbai and copper-red glazes in the Jingdezhen tradition for studio potters and porcelain factories. It has purchased six laboratory spectrophotometers and wishes to license the Vendor's spectral colour analysis software to measure fired glaze tiles, manage its glaze recipe library and compare production batches against master samples. The Vendor has agreed to license the software and to install, configure and support it on the terms below. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vendor's SpectraGlaze analysis suite, the Glaze Colour Database module and the Instrument Connector licences listed in Annex 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Configured Deliverables" means the glaze library templates, tile-measurement protocols, batch comparison reports and data import scripts that the Vendor prepares specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.4 "Customer Data" means all measurement results, spectral curves, recipes, images, batch records and other data entered into or generated by the Licensed Software at the Customer's premises.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its laboratory and its two production sites in Guangdong for the number of seats and instruments set out in Annex 1, for its own internal business purposes.
P:2.2 The Customer may make a reasonable number of backup copies and may move a licence to a replacement computer or instrument after informing the Vendor.
P:2.3 The licence survives any termination of this Agreement once the relevant licence fees have been paid.
H:Article 3 Services
P:3.1 The Vendor shall install the Licensed Software on the six workstations connected to the Customer's spectrophotometers, connect the four instruments through the Instrument Connectors, calibrate each instrument against the Vendor's reference tiles, import the Customer's existing library of approximately 2,600 glaze recipes and 9,000 tile measurements, and configure the Configured Deliverables.
P:3.2 The Vendor shall deliver three days of on-site training for up to ten laboratory staff, covering measurement practice, colour tolerance settings, recipe versioning and batch comparison.
P:3.3 The Vendor shall complete installation and be ready for acceptance testing within 60 days after the Effective Date. The Customer shall provide site access, network connections.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 642,000, fixed and inclusive of all taxes, duties, travel and expenses, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:SpectraGlaze analysis suite, perpetual licence|6 seats|58,000|348,000
TB:Glaze Colour Database module|1|126,000|126,000
TB:Instrument Connector licence|4|21,500|86,000
TB:Licence Subtotal|||560,000
TB:Installation, calibration and library set-up|1|64,000|64,000
TB:On-site training (three days)|1|18,000|18,000
TB:Contract Price|||642,000
P:4.2 The Customer shall pay the Contract Price as follows: (a) 20% (CNY 128,400) within 15 days after the Effective Date, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% (CNY 288,900) within 15 days after delivery of all licence keys and completion of installation, which does not constitute acceptance; and (c) 35% (CNY 224,700) within 15 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After installation the parties shall carry out the acceptance tests described in Annex 2, which shall show at least that: (a) each of the four instruments, measured against the Vendor's certified reference tiles, reports colour differences within the tolerance stated in Annex 2; (b) repeat measurements of the same tile on different instruments agree within the stated tolerance; (c) all imported recipes and tile measurements are present and match the Customer's source files record for record; (d) the batch comparison report correctly flags the test batches prepared by the Customer; and (e) the software runs for ten consecutive working days in daily laboratory use without a Severity 1 fault.
P:5.2 If all tests are passed, the Customer shall issue a Final Acceptance certificate within five business days. If a test fails, the Vendor shall correct the failure at its own cost and the test shall be repeated.
P:5.3 Installation, delivery of licence keys, use of the software by the Customer and payment of any instalment do not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Configured Deliverables will perform substantially in accordance with their documentation and Annex 2 for a warranty period of 24 months starting on the date of Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Severity 1 faults (the software cannot measure, save results or open the recipe library on any workstation) shall receive a response from a qualified engineer within 2 hours during the Customer's working hours (08:30 to 18:00 Beijing time, Monday to Saturday), and a workaround or fix within two business days. Severity 2 faults shall receive a response by the next business day.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit CNY 800 against the next amount payable or pay it on demand; for each business day by which a Severity 1 fix is late, the credit is CNY 1,500.
P:6.4 After the warranty period the Customer may order annual support, including updates, remote support and one annual calibration visit, at an annual fee of 10% of the Licence Subtotal, being CNY 56,000 per year. This fee is fixed for the first three years after the warranty period; any later change requires the written agreement of both parties. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to the extent needed to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including product development.
P:7.2 The Licensed Software runs on the Customer's own workstations and server. Remote support sessions require the Customer's approval for each session, are conducted through the Customer's chosen remote-access tool and are recorded. The Vendor shall not remove any Customer Data from the Customer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor or its personnel, shall take immediate remedial measures, and shall be liable for the resulting losses of the Customer.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 The Configured Deliverables, and all rights in them, belong to the Customer upon creation. The Vendor shall hand them over in editable form, and the Customer may use, modify and license them to others without restriction.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software infringes a third party's rights.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, in particular the Customer's glaze recipes, firing schedules and client lists, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement and, for glaze recipes, without time limit.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for acceptance testing by the date in Article 3.3, or if Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 7 or 9, for infringement under Article 8.3, or for wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any subcontractor so approved.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid within 30 days, against removal of the Licensed Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of France.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Paris, France, and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Licensed Software and quantities) and Annex 2 (Acceptance Tests), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: Foshan Yaoli Ceramic Glaze Laboratory Co., Ltd.   Name: ____________  Title: ____________  Date: ________
P:For the Vendor: Spectralis Couleur SAS   Name: ____________  Title: ____________  Date: ________
"""

# ---------------------------------------------------------------- h267e02 (md) Lijiang guesthouse booking SaaS, Portuguese vendor
E02 = """# Order Form No. MHS-CN-0419 — InnFlow Booking Platform

**Vendor:** Miradouro Hospitality Systems, Lda., a private limited company with its registered seat on the Ilhéu Mistério, Portugal ("Miradouro")

**Customer:** Lijiang Guchengyuan Inn Management Co., Ltd., 41 Xinyi Street, Old Town of Lijiang, Gucheng District, Lijiang, Yunnan, People's Republic of China ("Customer")

This Order Form and the InnFlow General Terms set out in Part B below (together, the "Agreement") govern the Customer's subscription to the InnFlow booking platform. If the Order Form and the General Terms conflict, the Order Form prevails. At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

## Part A — Order Form

**A1. Properties.** Fourteen guesthouses operated by the Customer in the Old Town of Lijiang and at Shuhe, with 312 rooms in total, as listed in Schedule 1.

**A2. Subscribed Services.** InnFlow property management, direct booking engine for the Customer's website and WeChat mini-program, channel manager connections to the online travel agencies listed in Schedule 1, housekeeping app, guest messaging and revenue reports.

**A3. Term.** 24 months from the Go-Live Date (the "Subscription Term"). The Agreement expires at the end of the Subscription Term unless the parties sign a new Order Form; it does not renew automatically.

**A4. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 38,500 per month x 24 months | 924,000 |
| Onboarding (set-up, data migration, channel mapping, training) | one-time | 46,000 |
| **Total Contract Value** | | **970,000** |

**A5. Invoicing and payment.** Subscription fees are invoiced quarterly in arrears (CNY 115,500 per quarter) and payable within 30 days of invoice. The onboarding fee is invoiced on Go-Live Acceptance. No fee is payable before the Go-Live Date.

**A6. Onboarding and Go-Live.** Miradouro shall migrate the Customer's guest profiles, future reservations and rate plans from its current system, map all rooms and rates to each channel, configure the booking engine in the Customer's branding, and train front-desk and housekeeping staff at two sessions in Lijiang. Go-Live shall occur within 45 days after signature of this Order Form.

**A7. Go-Live Acceptance.** Before Go-Live Acceptance the parties shall run the test plan in Schedule 2, which must show that: (a) all future reservations and deposits are migrated and reconcile with the Customer's export; (b) availability and rates update on every connected channel within 60 seconds of a change; (c) a test booking through each channel and through the mini-program creates one correct reservation without duplication; and (d) the night audit and revenue reports agree with manual totals for three consecutive days. The Customer signs a Go-Live Acceptance certificate when these tests pass. Use of the platform for live bookings alone is not acceptance.

**A8. Delay.** If Go-Live Acceptance is not achieved within the period in A6 for reasons attributable to Miradouro, Miradouro shall pay CNY 900 for each day of delay, deducted from the onboarding fee and then from subscription invoices.

**A9. Contacts.** Customer: Ms. He Lan, IT and Revenue Manager. Miradouro: Account Director, Asia Pacific.

## Part B — InnFlow General Terms

**1. Provision of the Services.** Miradouro shall provide the Subscribed Services in accordance with the Agreement and the documentation, using suitably qualified personnel. The platform for Chinese customers is hosted in data centres in mainland China operated by Alibaba Cloud, which the Customer approves by signing this Order Form.

**2. Service Levels.**

2.1 Miradouro shall make the platform available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the platform, the booking engine or the channel manager is unavailable for all properties) shall receive a response within 30 minutes, at any hour, and a workaround within 3 hours. Priority 2 incidents shall receive a response within 2 hours.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall or part of it, up to half of the monthly fee. A missed Priority 1 response time entitles the Customer to a credit of CNY 1,000 for each hour of delay. Credits are applied to the next invoice.

2.4 Miradouro shall provide support in Chinese and English through a hotline and ticketing portal, assign a named customer success manager to the Customer, and send a monthly service report showing availability, incidents, response times and credits earned. The Customer may raise any disagreement about the report within 15 days, and the parties shall then reconcile the figures against Miradouro's monitoring records.

2.5 The Customer is responsible for its own internet connections, front-desk computers and card terminals, for keeping user passwords secure, and for the accuracy of the rates and room inventory it loads. Incidents caused by these items do not count against the service levels.

**3. Customer Data.**

3.1 All guest, reservation, rate and payment data that the Customer or its guests enter into the platform ("Customer Data") is owned by the Customer.

3.2 Miradouro may use Customer Data to provide the Services. Miradouro may also, during and after the Subscription Term, compile aggregated and de-identified data derived from Customer Data, combine it with data of other customers, and use it to publish destination market reports, to train its rate-recommendation models and to provide benchmarking to other customers.

**4. Data Security.** Miradouro shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months, and maintain an ISO/IEC 27001 certificate and an MLPS level-3 filing for the platform. Miradouro shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall cooperate with the Customer in notifying guests and authorities under the Personal Information Protection Law, and is responsible for losses caused by incidents resulting from its breach of this Section.

**5. Confidentiality.** Each party shall keep the other's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need it and are bound by equal obligations. This Section survives for three years after the Agreement ends.

**6. Intellectual Property.** Miradouro owns the platform and all its standard features. Booking-page themes, mini-program pages and channel mappings created specifically for the Customer belong to the Customer, which may use, modify and let third parties use them freely; Miradouro shall export them on request.

**7. Subcontracting.** Apart from the hosting provider named in Section 1, Miradouro shall not subcontract any part of the Services without the Customer's prior written consent.

**8. Liability.**

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 Miradouro's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to death or personal injury caused by negligence, or to fraud.

**9. Term and Termination.**

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

9.2 On expiry or termination Miradouro shall, for 60 days, allow the Customer to export all Customer Data in CSV format and shall then delete it, confirming deletion in writing.

9.3 If the Customer terminates under 9.1, Miradouro shall refund any fees paid for the period after termination and shall, at the Customer's request, continue the Services for up to 60 days at the same monthly fee so that the Customer can move its properties to another system without losing bookings.

**10. Suspension.** Miradouro may suspend the Services only if an undisputed invoice remains unpaid for more than 45 days after a written reminder, and shall restore them promptly after payment.

**11. Changes to the Services.** Miradouro may improve the platform from time to time, provided that no change materially reduces the functionality or service levels of the Subscribed Services during the Subscription Term.

**12. Governing Law and Disputes.** The Agreement is governed by the laws of Portugal. Any dispute shall be resolved by arbitration at the Arbitration Centre of the Portuguese Chamber of Commerce and Industry in Lisbon, by three arbitrators, in English.

**13. Notices.** Notices shall be in writing and sent by courier or e-mail to the contacts in A9; notices by e-mail take effect on the next business day.

**14. Entire Agreement.** The Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

**15. Schedules.** Schedule 1 (Properties, rooms and connected channels) and Schedule 2 (Go-Live test plan) form part of this Order Form. Any purchase order terms issued by the Customer are for administrative purposes only and do not change the Agreement.

Signed for and on behalf of Miradouro Hospitality Systems, Lda.: ____________________  Date: __________

Signed for and on behalf of Lijiang Guchengyuan Inn Management Co., Ltd.: ____________________  Date: __________
"""

# ---------------------------------------------------------------- h267e03 (pdf) Gansu orchard frost-alarm sensors, buyer's paper
E03 = """T:Supply and Installation Contract for an Orchard Frost Alarm System
P:Contract No. HN-FA-2027-03
P:Buyer: Tianshui Huaniu Apple Orchards Co., Ltd., Maiji District, Tianshui, Gansu Province, People's Republic of China (the "Buyer").
P:Supplier: Heladas Control Integración, S.L., a Spanish limited company with its registered seat on the Isla Mayor, Seville, Spain, acting through its representative office in Xi'an (the "Supplier").
P:Whereas the Buyer operates about 1,900 mu of apple orchards on the loess terraces of Maiji District, where late spring frosts during blossom cause serious losses, and wishes to install a sensor network that warns its orchard teams in time to start frost fans and smudge burners; and whereas the Supplier has delivered similar systems to fruit growers in Spain and Chile; the parties agree as follows. At the Buyer's request all amounts in this Contract are in Chinese yuan (CNY).
H:Clause 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission: (a) 320 wireless frost sensor nodes measuring air temperature at two heights, humidity and leaf wetness; (b) 8 LoRa gateways with solar power and 4G backhaul; (c) 4 automatic weather stations; and (d) a perpetual licence of the FrostWatch alarm platform, installed on the Buyer's cloud account in mainland China, with SMS, voice-call and WeChat alarm channels.
P:1.2 The Supplier shall configure alarm thresholds for each orchard block with the Buyer's agronomists, set up escalation lists for the twelve orchard teams, and integrate the platform with the Buyer's existing frost fan controllers through their Modbus gateways.
P:1.3 The Supplier shall train the Buyer's agronomists, team leaders and IT staff, and shall supply operating manuals in Chinese.
H:Clause 2 Contract Price
P:2.1 The Contract Price is CNY 980,000, fixed, including VAT, import duties, transport to the orchards, installation materials and all costs of the Supplier's staff.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Frost sensor node|320|1,450|464,000
TB:LoRa gateway with solar kit|8|12,800|102,400
TB:Automatic weather station|4|36,500|146,000
TB:FrostWatch platform licence (perpetual)|1|158,000|158,000
TB:Equipment and Licence Subtotal|||870,400
TB:Installation and commissioning|1|96,600|96,600
TB:Training|1|13,000|13,000
TB:Contract Price|||980,000
H:Clause 3 Payment
P:3.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 196,000) within 20 days after signature, against an advance payment bank guarantee of the same amount; (b) 50% (CNY 490,000) within 20 days after all equipment is installed and the Installation Certificate is signed; (c) 25% (CNY 245,000) within 20 days after Final Acceptance; and (d) the remaining 5% (CNY 49,000), held as retention, within 20 days after the end of the warranty period if no warranty claim is outstanding.
P:3.2 The Installation Certificate confirms quantities and physical installation only and is not acceptance of the system.
H:Clause 4 Delivery and Installation
P:4.1 The Supplier shall complete installation by 28 February 2028, before the blossom season, and shall plan work with the Buyer's orchard managers so that no pruning or spraying work is disturbed.
P:4.2 Sensor positions shall follow the siting plan agreed with the Buyer's agronomists, taking cold-air drainage and hollow areas into account. The Supplier shall record the GPS position and height of every node.
P:4.3 The Supplier shall deliver, together with the equipment, a stock of spare parts equal to at least five percent of the sensor nodes and one spare gateway, which remain at the Buyer's warehouse in Maiji and become the Buyer's property on delivery. Spare parts used during the warranty period shall be replenished by the Supplier at its own cost.
P:4.4 The Buyer shall provide access to the orchards, power at the gateway locations where available, a room at the orchard office for the Supplier's staff, and the technical data of its frost fan controllers. Delays caused by the Buyer's failure to provide these items extend the installation period accordingly.
P:4.5 The Supplier's staff working in the orchards shall follow the Buyer's safety rules, avoid damage to trees, irrigation lines and hail nets, and repair at their own cost any damage they cause.
H:Clause 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor node reports to the platform at least once every five minutes over a continuous 21-day trial period, with no more than 2% of readings missing for any node; (b) temperature readings of ten nodes chosen by the Buyer agree within 0.3 °C with a calibrated reference thermometer; (c) test alarms reach every person on the escalation lists by SMS, voice call and WeChat within 90 seconds of a threshold being crossed; (d) frost fan start commands are received by the fan controllers in a field test; and (e) all documentation has been delivered.
P:5.2 When these criteria are met the Buyer shall sign the Final Acceptance Certificate within seven days. Installation, trial operation or use of the alarms during the trial do not amount to acceptance.
H:Clause 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the platform for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective item free of charge, including batteries and solar panels that fail under normal use, and shall provide platform updates.
P:6.2 From 1 March to 31 May of each year (the "Frost Season") the alarm platform shall be available at least 99.95% of the time in each month, measured by the Supplier's monitoring and verified by the Buyer's own heartbeat checks.
P:6.3 Critical faults (alarms not delivered, platform unavailable, or a gateway offline during the Frost Season) shall receive a response within 30 minutes at any time of day or night, and a technician shall be on site within 24 hours where a site visit is needed. Major faults (a single node offline) shall receive a response by the next business day.
P:6.4 For each hour by which a Critical response is late the Supplier shall pay CNY 1,000, and for each 0.01 percentage point by which monthly availability in the Frost Season falls short, CNY 2,000. The Buyer may deduct these amounts from the retention or any amount due.
P:6.5 After the warranty period the Buyer may order support for the platform and the equipment at an annual fee of not more than 8% of the Equipment and Licence Subtotal, i.e. not more than CNY 69,632 per year, fixed for the first two years after the warranty period. Support is ordered year by year by written order and does not renew automatically.
H:Clause 7 Data
P:7.1 All measurements, alarm records, orchard maps and other data collected or produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not sell, publish, analyse for its own purposes or otherwise exploit them, whether or not de-identified.
P:7.2 Data shall be stored only in the Buyer's cloud account in mainland China. The Supplier's access shall use individual accounts with multi-factor authentication and be logged. The Supplier shall apply security patches to the platform, keep the communication between gateways and platform encrypted, and follow the Buyer's information security rules.
P:7.3 The Supplier shall report any security incident affecting the system or the Buyer's data to the Buyer within 12 hours, take immediate remedial action, and compensate the Buyer for any loss caused by its breach of this Clause.
H:Clause 8 Confidentiality
P:Each party shall keep confidential the commercial and technical information of the other party that it receives under this Contract, including yield, orchard and customer information of the Buyer, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Clause 9 Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the FrostWatch platform and the firmware of its devices; the Buyer's licence is perpetual and irrevocable.
P:9.2 The alarm rules, orchard block configurations, fan controller interface and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them with source code and documentation.
H:Clause 10 Liquidated Damages and Liability
P:10.1 If installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate the Contract.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct or breach of Clauses 7 and 8, which is not limited.
H:Clause 11 Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Local installation crews, if approved, work under the Supplier's supervision and responsibility.
H:Clause 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, and may claim repayment of amounts paid for undelivered or rejected items and compensation for its losses.
H:Clause 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou, in Chinese.
H:Clause 14 Miscellaneous
P:This Contract is made in Chinese and English; both texts are equally authentic. It takes effect on signature by both parties. Annexes: Annex A Technical Specification, Annex B Siting Plan, Annex C Acceptance Test Procedure.
P:Buyer: Tianshui Huaniu Apple Orchards Co., Ltd. (seal)   Authorised representative: ____________   Date: ________
P:Supplier: Heladas Control Integración, S.L. (seal)   Authorised representative: ____________   Date: ________
"""

# ---------------------------------------------------------------- h267e04 (txt) Wenzhou shoe maker managed backup + DR, Catalan provider
E04 = """MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Reference: CSG-WZ-2027-07

BETWEEN

Wenzhou Oulu Footwear Co., Ltd., whose registered address is No. 16 Xiexiang Avenue, Lucheng District, Wenzhou, Zhejiang, People's Republic of China ("Customer"); and

Còpia Segura Serveis Gestionats, S.L., a company incorporated in Spain, whose registered office is on the Illot de Caragol, Catalonia, Spain ("Provider").

RECITALS

(A) Customer designs and manufactures leather shoes for domestic and export markets. Its ERP, product lifecycle management, design file servers and e-commerce order system run in its own server room in Lucheng. A flood in the industrial park in 2025 showed that its tape backups could not be restored quickly enough.

(B) Provider operates managed backup and disaster recovery services for manufacturers and retailers and delivers them in China from dedicated equipment in a colocation data centre in Hangzhou.

(C) Customer wishes Provider to back up its systems and keep a recovery environment ready in Hangzhou, on the terms of this Agreement. All charges are stated and payable in Chinese yuan (CNY) at Customer's request.

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Protected Systems" means the servers, virtual machines, databases and file shares listed in Schedule 1, divided into Tier 1 (ERP, order system, PLM database) and Tier 2 (design file servers, e-mail archive, other systems).
1.2 "Recovery Site" means the environment Provider keeps in the Hangzhou data centre to run the Protected Systems if Customer's server room is unavailable.
1.3 "Customer Data" means all data of Customer copied, stored or processed by Provider in performing the Services.
1.4 "Service Commencement Date" means the date on which Customer signs the Onboarding Acceptance Certificate under clause 4.

2. SERVICES

2.1 Provider shall: (a) install backup agents and an on-site backup appliance at Customer's server room; (b) back up Tier 1 systems every 30 minutes and Tier 2 systems every night; (c) replicate all backups to the Recovery Site; (d) keep daily copies for 35 days and monthly copies for 18 months; (e) monitor every backup job and correct failed jobs; (f) maintain and test the Recovery Site; and (g) on Customer's declaration of a disaster, bring up the Protected Systems at the Recovery Site and support Customer until it returns to its own server room.
2.2 Provider shall carry out a full disaster recovery test twice a year on dates agreed with Customer, outside the peak production months of March, April, September and October, and shall deliver a written test report within ten business days after each test.
2.3 Provider shall prepare and keep up to date a recovery runbook for each Protected System.
2.4 Customer shall give Provider's engineers access to its server room during business hours, provide administrator accounts for the Protected Systems, keep the network link to Hangzhou at the bandwidth stated in Schedule 1, and tell Provider at least five business days before it adds, removes or moves a Protected System.
2.5 Provider shall name a service manager who attends a quarterly review meeting with Customer's IT manager to go through the monthly reports, open incidents, planned changes and the results of the latest recovery test.

3. TERM

3.1 This Agreement starts on signature and the Services run for an Initial Term of 36 months from the Service Commencement Date.
3.2 Any extension requires a written agreement signed by both parties. This Agreement does not renew automatically.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete onboarding within 40 days after signature. Onboarding includes installation, initial full backups, replication to the Recovery Site, runbooks and one recovery drill.
4.2 Onboarding is accepted when: (a) every Protected System has completed seven consecutive days of successful backups; (b) a full restore of the ERP database and a sample of 500 design files chosen by Customer has been completed and verified by Customer's users; (c) a recovery drill has started all Tier 1 systems at the Recovery Site within the recovery time in clause 5.1 and Customer's users have confirmed that they work; and (d) runbooks for all Protected Systems have been delivered. Customer then signs the Onboarding Acceptance Certificate. Installation of the appliance or the start of backups does not amount to acceptance.
4.3 If onboarding is not accepted within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

5. SERVICE LEVELS

5.1 Recovery point objective: Tier 1 systems 30 minutes, Tier 2 systems 24 hours. Recovery time objective at the Recovery Site after a disaster declaration: Tier 1 systems 2 hours, Tier 2 systems 8 hours.
5.2 The backup portal and replication service shall be available 99.95% of the time in each month.
5.3 Priority 1 incidents (a disaster declaration, a failed restore of a Tier 1 system, or Tier 1 backups failing for more than two consecutive cycles) shall receive a response from a recovery engineer within 15 minutes, at any time. Priority 2 incidents (any other failed job or degraded replication) shall receive a response within 2 hours during business hours.
5.4 Provider shall send a monthly report listing backup success rates, incidents, response times, restore requests and test results.

6. SERVICE CREDITS

6.1 If a recovery time objective in clause 5.1 is missed, Customer receives a credit of 20% of the Monthly Fee for that month. If a Priority 1 response is late, Customer receives a credit of CNY 1,500 for each started hour of delay. If monthly availability under clause 5.2 is not met, Customer receives a credit of 5% of the Monthly Fee.
6.2 Credits are deducted from the next invoice. Total credits in a month shall not exceed the Monthly Fee.

7. CHARGES AND PAYMENT

7.1 Charges:

   Item                                        Basis                      Amount (CNY)
   Monthly Fee (backup, replication, Recovery  42,800 x 36 months         1,540,800
   Site, monitoring, two DR tests per year)
   Onboarding Fee                              one-time                   59,200
   Total Contract Value                                                   1,600,000

7.2 The Onboarding Fee is invoiced after the Onboarding Acceptance Certificate is signed. The Monthly Fee is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.
7.3 Additional storage beyond the volumes in Schedule 1 is charged at the rates in Schedule 2, only after Customer's written order.

8. CUSTOMER DATA

Customer Data remains the property of Customer at all times. Provider shall use Customer Data only to perform the Services and shall return or delete it at the end of this Agreement as Customer instructs.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all business, technical and commercial information of the other party that it receives in connection with this Agreement, including Customer's shoe designs, lasts, prices and customer lists, and shall not disclose it to any third party without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by similar obligations.
9.2 This clause continues to apply for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

Provider keeps its rights in its backup software, appliance and tools. The runbooks, recovery scripts, network diagrams and test reports prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

11. LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.
11.2 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value.

12. SUBCONTRACTING

The colocation data centre operator in Hangzhou named in Schedule 1 is approved by Customer on signature. Provider shall not subcontract any other part of the Services without Customer's prior written consent.

13. TERM COMMITMENT AND REMEDIES

13.1 Customer commits to the Services for the whole Initial Term. Customer may not terminate this Agreement before the end of the Initial Term; its remedies for any failure of the Services are the service credits under clause 6 and damages under clause 11.
13.2 Provider may suspend the Services if undisputed invoices remain unpaid for more than 60 days after a written reminder.
13.3 At the end of the Initial Term Provider shall, for 30 days, help Customer move its backups to Customer's own systems or to a new provider.

14. FORCE MAJEURE

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war or government action. A disaster affecting Customer's server room is not force majeure for Provider; it is the event the Services are designed for.

15. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wenzhou Arbitration Commission for arbitration in Wenzhou.

16. GENERAL

16.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses in Schedule 1.
16.2 This Agreement, with Schedule 1 (Protected Systems and volumes) and Schedule 2 (Additional charges), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
16.3 This Agreement is made in two originals in English, one for each party.

Signed for Customer: Wenzhou Oulu Footwear Co., Ltd.
Name: ____________________  Title: ____________________  Date: ____________

Signed for Provider: Còpia Segura Serveis Gestionats, S.L.
Name: ____________________  Title: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- h267e05 (txt) Shenzhen start-up vessel-tracking data API, German vendor
E05 = """DATA SUBSCRIPTION AGREEMENT — VESSEL POSITION AND PORT-CALL API

Order reference: SMD-CN-27-0061

Seelotse Maritime Data GmbH, a German limited liability company with its registered seat on the Insel Pötenitz, Mecklenburg-Western Pomerania, Germany ("Vendor")

and

Shenzhen Haixun Logistics Technology Co., Ltd., Room 1207, Qianhai Enterprise Dream Park, Nanshan District, Shenzhen, Guangdong, People's Republic of China ("Customer")

Preamble

Customer is a young company that offers freight forwarders and cargo owners in South China a platform to follow their container shipments. It needs reliable vessel positions, estimated arrival times and port-call events for the container fleets calling at Yantian, Shekou, Nansha and the main transhipment ports in Asia. Vendor collects terrestrial and satellite AIS signals and port data and offers them through an application programming interface (the "API"). The parties therefore agree on the following subscription. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

§ 1 Subject of the Agreement

1.1 Vendor grants Customer access to the API with the data packages "Global Container Fleet Positions", "Port Calls Asia" and "ETA Predictions" described in Annex 1, with up to 3 million API calls per month and a watch-list of up to 2,500 vessels.
1.2 Customer may display the data, and information derived from it, to its own registered platform users in the ordinary course of its tracking service. Customer may not resell the raw data as a data feed, offer it to other data vendors, or build a competing vessel-tracking database from it.
1.3 Vendor shall configure for Customer custom geofences around the terminals listed in Annex 2 and alert rules for berth arrival, departure and anchorage waiting times (the "Custom Configurations").

1.4 Customer shall keep its API keys secret, use separate keys for its test and production environments, and inform Vendor without delay if it suspects that a key has been misused. Vendor may block a key that is clearly being misused, and shall issue a replacement key on the same day.
1.5 Customer shall show the attribution "Vessel data: Seelotse Maritime Data" in its user interface wherever vessel positions or ETA predictions are displayed, in the form set out in Annex 1.

§ 2 Term

2.1 The subscription runs for 24 months from the date on which Vendor issues the production API credentials (the "Start Date").
2.2 The Agreement ends at the end of the term. A further period requires a new written order signed by both parties; there is no automatic renewal.

§ 3 Fees and Payment

3.1 The fees are:

   Annual subscription fee, year 1              CNY 288,000
   Annual subscription fee, year 2              CNY 288,000
   One-time set-up fee (credentials, geofences, alert rules, integration support)    CNY 18,000
   Total fees for the term                      CNY 594,000

3.2 Vendor invoices the year 1 subscription fee and the set-up fee, together CNY 306,000, on signature of this Agreement. Customer pays this invoice within 10 days. Vendor issues the production API credentials after receipt of payment.
3.3 Vendor invoices the year 2 subscription fee on the first anniversary of the Start Date; it is payable within 30 days.
3.4 The fees include VAT at the applicable rate. Charges of Customer's bank are borne by Customer and charges of Vendor's bank by Vendor. Vendor shall issue proper invoices acceptable to Customer's tax authority before any payment is due.
3.5 Calls above the monthly volume in § 1.1 are charged only after Customer has agreed in writing to an upgrade, at the prices of Annex 3.

§ 4 Onboarding and Integration Acceptance

4.1 Vendor shall issue the production API credentials within 10 business days after receipt of the payment under § 3.2. If it fails to do so for reasons within its control, Vendor pays Customer CNY 450 for each day of delay, set off against the year 2 fee.
4.2 Within 20 business days after the Start Date the parties shall carry out the integration tests of Annex 2, which must show that: (a) position data is returned for at least 98% of the vessels on Customer's test watch-list; (b) port-call events for Yantian and Nansha match the terminals' published berthing records for a two-week sample; (c) the Custom Configurations trigger the agreed alerts in test runs; and (d) the API documentation matches the behaviour of the endpoints. Customer confirms Integration Acceptance in writing when these tests are passed. Use of the API in production alone is not acceptance. If a test fails, Vendor shall correct the cause and the test is repeated.

§ 5 Availability and Support

5.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests. Vendor does not commit to any availability level, response time or resolution time, and no service credits apply.
5.2 Support requests may be sent by e-mail or through the support portal during German business hours. Vendor announces planned maintenance on its status page.
5.3 Vendor publishes a data-quality note each quarter describing coverage of the main Asian ports, known gaps in satellite reception and changes to its ETA models. Customer may report suspected data errors through the support portal, and Vendor will investigate them and tell Customer the outcome.
5.4 Vendor may change the structure of the API with at least 90 days' notice, provided that the data packages subscribed are not reduced during the term.

§ 6 Customer Inputs and Data Security

6.1 Watch-lists, queries, shipment references, geofence definitions and any other information that Customer sends to the API ("Customer Inputs") belong to Customer. Vendor may use Customer Inputs only to provide the API to Customer and shall not disclose them, combine them with other customers' data, or use them for any other purpose.
6.2 For customers in mainland China, Vendor serves the API and stores Customer Inputs on cloud servers in Shenzhen. Customer Inputs shall not be transferred outside mainland China.
6.3 Vendor shall protect Customer Inputs with encryption in transit and at rest, role-based access limited to named support staff, multi-factor authentication and access logging, and shall maintain its ISO/IEC 27001 certification. Vendor shall notify Customer within 48 hours after becoming aware of unauthorised access to Customer Inputs, shall take remedial measures, and shall be liable for the losses caused by a breach of this § 6.
6.4 At the end of the term Vendor shall delete all Customer Inputs within 30 days and confirm deletion in writing.

§ 7 Intellectual Property

7.1 Vendor owns the AIS dataset, its ETA models and the API; Customer receives only the rights set out in § 1.
7.2 The Custom Configurations belong to Customer. Vendor shall export them on request in a documented format, and Customer may use, modify and have them used by others freely, including with another data provider.

§ 8 Confidentiality

Each party shall treat as confidential all non-public information of the other party that it receives in connection with this Agreement, including prices, Customer's client names and shipment volumes, and shall not disclose it to third parties without prior written consent. This obligation applies during the term and for three years after it.

§ 9 Liability

9.1 Vendor's data is derived from third-party signals and may contain gaps or inaccuracies. Vendor is not liable for decisions made by Customer or its users on the basis of the data, unless Vendor acted with gross negligence or intent.
9.2 Vendor's total liability under this Agreement is limited to 150% of the total fees for the term. The limit does not apply to breach of § 6 or § 8, to intent or to gross negligence.
9.3 Neither party is liable for lost profits or indirect damage, except in cases of intent.

§ 10 Subcontractors

Vendor shall not use subcontractors to perform this Agreement, other than the cloud provider in Shenzhen named in Annex 1, without Customer's prior written consent.

§ 11 Termination

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.
11.2 If Customer terminates under § 11.1, Vendor refunds the subscription fees paid for the period after termination within 30 days.

§ 12 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen, in English.

§ 13 Final Provisions

13.1 Annex 1 (Data packages and volumes), Annex 2 (Terminal list and integration tests) and Annex 3 (Upgrade prices) form part of this Agreement.
13.2 Amendments must be made in writing. If a provision is invalid, the remaining provisions stay in force.
13.3 This Agreement is written in English. Notices shall be sent by e-mail to the contacts named in Annex 1 and take effect on the next business day at the place of receipt. Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the business concerned.

For Vendor: Seelotse Maritime Data GmbH
Name: ____________________  Position: ____________________  Date: ____________

For Customer: Shenzhen Haixun Logistics Technology Co., Ltd.
Name: ____________________  Position: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- plan: files, labels, sums, figures, planned rules
FILES = {
    "h267z01": ("h267z01_land_survey_spatial_planning_data_platform.md", "zh", "md", Z01),
    "h267z02": ("h267z02_tyre_curing_press_control_system.docx", "zh", "docx", Z02),
    "h267z03": ("h267z03_fitness_chain_membership_booking_saas.txt", "zh", "txt", Z03),
    "h267z04": ("h267z04_city_library_self_service_lending_om.pdf", "zh", "pdf", Z04),
    "h267z05": ("h267z05_mooncake_erp_licence_supplier_template.md", "zh", "md", Z05),
    "h267e01": ("h267e01_glaze_lab_spectrometer_software_licences.docx", "en", "docx", E01),
    "h267e02": ("h267e02_guesthouse_booking_saas_order_form.md", "en", "md", E02),
    "h267e03": ("h267e03_orchard_frost_alarm_sensors.pdf", "en", "pdf", E03),
    "h267e04": ("h267e04_shoe_maker_managed_backup_dr.txt", "en", "txt", E04),
    "h267e05": ("h267e05_vessel_tracking_data_api_subscription.txt", "en", "txt", E05),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
PLAN = {
    # terms: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
    "h267z01": dict(category="software", value=3170000, fee_base=1380000, forum_outside=False,
                    terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                    items=[1380000, 864000, 726000, 158000, 42000], payments=[(20, 634000), (45, 1426500), (35, 1109500)],
                    figures=["99.95%", "30分钟内响应", "万分之六", "20%", "三十六个月", "9%", "124,200", "3,170,000"],
                    rules=[]),
    "h267z02": dict(category="hardware", value=2180000, fee_base=1937200, forum_outside=False,
                    terms=T(None, 8, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, None, False, True, False, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False),
                    items=[1128000, 273600, 117600, 326000, 92000, 218000, 24800], payments=[(10, 218000), (50, 1090000), (35, 763000), (5, 109000)],
                    figures=["8小时内响应", "万分之二", "10%", "二十四个月", "乙方当年公布的维保价格表", "1,937,200", "2,180,000"],
                    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"]),
    "h267z03": dict(category="cloud", value=2079600, fee_base=None, forum_outside=False,
                    terms=T(99.5, 0.5, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True, True, False, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                    items=[53100 * 36, 168000], payments=[],
                    figures=["99.5%", "30分钟内响应", "万分之八", "150%", "8%", "去标识化", "1,911,600", "2,079,600", "159,300", "53,100"],
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h267z04": dict(category="services", value=486000, fee_base=None, forum_outside=False,
                    terms=T(99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                    items=[194400, 38400, 39600, 126000, 87600], payments=[],
                    figures=["99.95%", "15分钟内响应", "千分之一", "提前五个工作日书面告知甲方", "121,500", "486,000"],
                    rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h267z05": dict(category="software", value=1080000, fee_base=680000, forum_outside=False,
                    terms=T(None, 10, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 28, False, True, None, None, G),
                    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
                    items=[680000, 300000, 100000], payments=[(50, 540000), (45, 486000), (5, 54000)],
                    figures=["10小时内响应", "20%", "50%", "六个月", "28%", "190,400", "即视为甲方", "知识产权均归乙方所有", "1,080,000"],
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h267e01": dict(category="software", value=642000, fee_base=560000, forum_outside=True,
                    terms=T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False, "France", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                    items=[348000, 126000, 86000, 64000, 18000], payments=[(20, 128400), (45, 288900), (35, 224700)],
                    figures=["within 2 hours", "0.1%", "150%", "20%", "24 months", "10%", "56,000", "laws of France", "642,000"],
                    rules=["CR-GOVERNING-LAW"]),
    "h267e02": dict(category="cloud", value=970000, fee_base=None, forum_outside=True,
                    terms=T(99.95, 0.5, True, "buyer", True, False, True, 900 / 970000 * 100, 6 / 24 * 100, None, True, None, None, None,
                            False, True, False, "Portugal", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                    items=[38500 * 24, 46000], payments=[],
                    figures=["99.95%", "within 30 minutes", "CNY 900", "six months preceding", "de-identified", "laws of Portugal",
                             "115,500", "970,000"],
                    rules=["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "h267e03": dict(category="hardware", value=980000, fee_base=870400, forum_outside=False,
                    terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8, False, True, False, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                    items=[464000, 102400, 146000, 158000, 96600, 13000], payments=[(20, 196000), (50, 490000), (25, 245000), (5, 49000)],
                    figures=["99.95%", "within 30 minutes", "0.08%", "200%", "20%", "36 months", "8%", "69,632", "980,000"],
                    rules=[]),
    "h267e04": dict(category="services", value=1600000, fee_base=None, forum_outside=False,
                    terms=T(99.95, 0.25, True, "buyer", False, True, True, 1200 / 1600000 * 100, 150, None, True, None, None, None,
                            False, False, False, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                    items=[42800 * 36, 59200], payments=[],
                    figures=["99.95%", "within 15 minutes", "CNY 1,200", "150%", "may not terminate", "1,540,800", "1,600,000"],
                    rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h267e05": dict(category="cloud", value=594000, fee_base=None, forum_outside=False,
                    terms=T(None, None, False, "buyer", True, True, True, 450 / 594000 * 100, 150, 306000 / 594000 * 100, True, None,
                            None, None, False, True, False, "PRC", S),
                    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
                    items=[288000, 288000, 18000], payments=[],
                    figures=["commercially reasonable efforts", "CNY 450", "150%", "306,000", "594,000"],
                    rules=["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def tco(p):
    t, x = p["terms"], p["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years_after = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fee = t["post_warranty_fee_pct"] / 100 * (p["fee_base"] or p["value"])
    total = p["value"] + years_after * fee
    return total, years_after * fee / total * 100


def apply_rules(p):
    t, x, r = p["terms"], p["extra"], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sevs = {SEV.get(r, "medium") for r in rules}
    return "high" if "high" in sevs else "medium" if "medium" in sevs else "low"


def label(key):
    name, lang, _, _ = FILES[key]
    p = PLAN[key]
    x = dict(p["extra"])
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if p["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = p["value"]
    return {"file": name, "language": lang, "category": p["category"], "expected_terms": dict(p["terms"]),
            "expected_extra": extra, "expected_rules": sorted(p["rules"])}


LEN_RANGE = {"zh": (2800, 3300), "en": (1500, 1700)}

if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # sums and figures (source text)
    for key, p in PLAN.items():
        src = FILES[key][3]
        assert sum(p["items"]) == p["value"], key
        assert "{:,}".format(p["value"]) in src, key
        if p["payments"]:
            assert sum(pc for pc, _ in p["payments"]) == 100, key
            assert sum(a for _, a in p["payments"]) == p["value"], key
            for pc, a in p["payments"]:
                assert a * 100 == pc * p["value"], (key, pc, a)
                assert "{:,}".format(a) in src and "%d%%" % pc in src, (key, pc, a)
        for f in p["figures"]:
            assert f in src, (key, f)
        got = apply_rules(p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])

    # build
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    # read back: lengths, figures, thresholds
    bad = []
    for key, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        n = text_length(text, lang)
        lo, hi = LEN_RANGE[lang]
        tight = re.sub(r"\s+", "", text)
        missing = [f for f in PLAN[key]["figures"] if re.sub(r"\s+", "", f) not in tight]
        hits = threshold_hits(text)
        c = tco(PLAN[key])
        print("%-58s %s %5d %s rules=%d risk=%s tco=%s" % (name, lang, n, "ok" if lo <= n <= hi else "OUT OF RANGE",
              len(PLAN[key]["rules"]), risk(PLAN[key]["rules"]), "-" if not c else "%.0f / %.2f%%" % c))
        if not lo <= n <= hi or missing or hits:
            bad.append((name, n, missing, hits))
    assert not bad, bad

    # labels
    for key in FILES:
        lab = label(key)
        (OUT / (Path(FILES[key][0]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    print("labels written:", len(FILES))
