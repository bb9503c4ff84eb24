"""holdout225: builds the ten ORDINARY draft contracts, their labels, and checks them.

Run with /work/main/.venv/bin/python make_files.py (from any directory). Written in parts:
part 1 helpers, parts 2-6 Chinese sources, parts 7-11 English sources, part 12 plan / labels / checks.
Nothing here reads or runs project code; ../word_pdf.py only builds the .docx / .pdf files.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# --- threshold scan (policy §3/§4): no figure may sit on a threshold, in any form -------------------------------
ZH_NUM = "零一二三四五六七八九十百千两"
THRESHOLD_RES = [
    ("30 %", re.compile(r"(?<![\d.])30(\.0+)?\s*%|百分之三十(?![一二三四五六七八九点])|thirty\s+per\s*cent|thirty\s+percent", re.I)),
    ("4 hours", re.compile(r"(?<![\d.])4(\.0+)?\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b)|(?<![\d." + ZH_NUM + r"])(四|4)\s*个?\s*小时|\bfour\s*(\(4\)\s*)?hours?", re.I)),
    ("99.9 %", re.compile(r"99\.9(?!\d)|百分之九十九点九(?![0-9一二三四五六七八九])", re.I)),
    ("0.05 %", re.compile(r"(?<![\d.])0?\.05(?!\d)\s*%|万分之五(?![0-9一二三四五六七八九十])|千分之零点五|five\s+hundredths", re.I)),
    ("100 %", re.compile(r"(?<![\d.])100(\.0+)?\s*%|百分之(一)?百(?![零一二三四五六七八九十])|one\s+hundred\s+per\s*cent|one\s+hundred\s+percent", re.I)),
    ("12 months", re.compile(r"(?<![\d.])12\s*(个)?\s*(月|months?)|十二\s*个\s*月|twelve\s*(\(12\)\s*)?months?|"
                             r"(质保|保修|warranty)[^。.;；]{0,12}(一年|壹年|1\s*年|one\s*\(?1?\)?\s*year)", re.I)),
    ("15 %", re.compile(r"(?<![\d.])15(\.0+)?\s*%|百分之十五(?![点])|fifteen\s+per\s*cent|fifteen\s+percent", re.I)),
    ("40 %", re.compile(r"(?<![\d.])40(\.0+)?\s*%|百分之四十(?![一二三四五六七八九点])|forty\s+per\s*cent|forty\s+percent", re.I)),
    ("5 years", re.compile(r"(?<![\d.])5\s*(个)?\s*(年(?!\d)|years?\b)|(?<![" + ZH_NUM + r"])五\s*年|\bfive\s*(\(5\)\s*)?years?\b", re.I)),
]
SELF_TEST = {
    "30 %": (["预付30%", "30 %", "百分之三十", "thirty per cent"], ["130%", "3.30%", "百分之三十五", "30日"]),
    "4 hours": (["4小时", "4 hours", "四小时", "four (4) hours", "4 h"], ["24小时", "24 hours", "二十四小时", "14 hours", "48 hours"]),
    "99.9 %": (["99.9%", "99.9 %"], ["99.95%", "99.6%"]),
    "0.05 %": (["0.05%", "万分之五", ".05 %"], ["0.055%", "万分之五十", "10.05%"]),
    "100 %": (["100%", "百分之百", "100 %"], ["1100%", "200%", "100 days"]),
    "12 months": (["12个月", "12 months", "十二个月", "质保期一年", "warranty of one year"], ["24个月", "112 months", "18 months"]),
    "15 %": (["15%", "百分之十五"], ["1.15%", "115%", "25%"]),
    "40 %": (["40%", "百分之四十"], ["140%", "4.0%", "百分之四十五"]),
    "5 years": (["5年", "five years", "五年", "5 years"], ["25年", "2025年", "十五年", "15 years"]),
}


def self_test():
    for name, rx in THRESHOLD_RES:
        hit, miss = SELF_TEST[name]
        for s in hit:
            assert rx.search(s), (name, s)
        for s in miss:
            assert not rx.search(s), (name, s)


def scan(text):
    return [(name, m.group(0)) for name, rx in THRESHOLD_RES for m in [rx.search(text)] if m]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def zh_len(text):  # Chinese length = characters without whitespace
    return len(re.sub(r"\s", "", text))


def en_words(text):
    return len(text.split())

# --- part 2: h225z01 (docx, buyer's paper, 政府采购 公开招标, compliant) ---------------------------------------------
H225Z01 = """T:临澜市司法局社区矫正智慧监管平台建设项目政府采购合同
P:合同编号：LLSFJ-ZC-2025-031
P:采购项目编号：LLCG-2025-GK-0187（公开招标）
P:甲方（采购人）：临澜市司法局，地址：临澜市政通路88号
P:乙方（中标供应商）：浙江明矫数智科技有限公司，地址：杭州市滨江区江南大道3615号
P:鉴于甲方就“社区矫正智慧监管平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标供应商，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、乙方投标文件和中标通知书为基础，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设社区矫正智慧监管平台，包括：矫正对象电子档案、定位监管与越界预警、远程视频督察、教育帮扶与积分考核、移动执法等模块，以及与公安、法院、检察院、民政部门的信息共享接口共六个。
P:1.2 乙方同时提供移动执法终端六十台，并负责部署实施、历史数据迁移和操作培训。
P:1.3 平台部署于临澜市政务云，由甲方提供计算、存储和网络资源，乙方不得将平台或数据迁出政务云。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零玖万元整（¥2,090,000.00），为固定总价，已含税费、运输、安装、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|社区矫正智慧监管平台软件许可（永久）|1套|1,160,000|1,160,000
TB:2|信息共享接口及定制报表开发|1项|486,000|486,000
TB:3|移动执法终端|60台|4,800|288,000
TB:4|部署实施及历史数据迁移|1项|132,000|132,000
TB:5|操作及管理培训|1项|24,000|24,000
TB:合计||||2,090,000
P:2.2 第1项和第3项合计人民币1,448,000元，为本合同所称“软件许可及终端小计”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币418,000元。
P:3.2 平台完成部署、数据迁移并通过初验后，甲方支付合同总价的45%，即人民币940,500元。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即人民币731,500元。
P:3.4 乙方每次请款时应开具等额增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署并提交初验申请，在初验合格后六十日内完成试运行并提交终验申请。
P:4.2 移动执法终端应在合同签订后四十五日内送达甲方指定地点，经甲方清点签收。签收仅表示数量无误，不代表验收合格。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能清单逐项实现；历史矫正档案数据迁移后全量比对一致；六个共享接口联调通过；三百名用户并发时页面响应不超过3秒；通过第三方安全测评，无高危漏洞。
P:5.2 终验标准：平台试运行满六十日，期间未发生一级故障；定位监管越界预警准确率达到招标文件要求；乙方提交源代码、技术文档和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、终端维修更换和远程技术支持。
P:6.2 质保期内平台年度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.3 故障分级及响应：一级故障（平台整体不可用或定位监管中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单一模块不可用）1小时内响应，8小时内恢复；三级故障（一般问题）1个工作日内处理。
P:6.4 乙方响应或恢复超时的，每超时1小时向甲方支付人民币800元；年度可用率每低于约定值0.01个百分点，甲方从当期应付款或履约保证金中扣减人民币1,500元。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方可与乙方续签维护合同。年度维护费不超过软件许可及终端小计的9%，即每年不超过人民币130,320元，该上限在质保期满后的前两年固定不变。
P:7.2 维护合同须经双方另行书面签订，不自动续期。
H:第八条 数据安全
P:8.1 平台内的矫正对象个人信息、定位轨迹、视频记录和执法文书等全部数据属于甲方，乙方仅可为履行本合同而在甲方授权范围内处理，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求进行设计和实施，采取访问控制、加密存储、操作审计和最小授权等措施；乙方人员远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、矫正对象信息和系统配置负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。乙方应与参与项目的人员签订保密承诺书。
H:第十条 知识产权
P:10.1 为本项目定制开发的接口程序、定制报表、配置文件及相关源代码和文档，其知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:10.2 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按有关规定承担责任。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同全部或部分转包、分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类政务平台实施经验的项目经理一名，常驻甲方现场直至终验，未经甲方书面同意不得更换。乙方项目组成员名单、分工和联系方式应在合同签订后五日内报甲方备案。
P:15.2 乙方应每周提交项目周报，说明进度、问题和下周计划；遇重大问题应即时报告。甲方指定信息科负责对接，协调公安、法院、检察院和民政部门的接口联调。
P:15.3 乙方进入甲方办公场所和政务云机房的人员应遵守甲方安全管理制度，进行实名登记，并接受甲方的安全教育。
H:第十六条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:本合同一式六份，甲方四份、乙方两份，经双方签字盖章后生效。招标文件、投标文件和中标通知书为本合同组成部分。
P:甲方（盖章）：临澜市司法局    乙方（盖章）：浙江明矫数智科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# --- part 3: h225z02 (md, buyer's paper; post-warranty fee at supplier's price list, no 保密 clause, subcontract on notice)
H225Z02 = """# 帘子布在线瑕疵检测系统采购合同

合同编号：JYFC-CG-2025-0622

**甲方（买方）：** 江阴锦越帘子布有限公司
**乙方（卖方）：** 苏州睿瞳视觉科技有限公司

甲方浸胶帘子布生产线现采用人工验布，漏检和误判较多。为实现浸胶、热定型后布面瑕疵的在线识别与分级，甲方向乙方采购在线瑕疵检测系统。双方经友好协商，订立本合同。

## 一、标的与范围

（一）乙方为甲方两条浸胶生产线各安装两套线阵相机检测单元（共四套），每套包括线阵相机、LED光源、防尘罩和安装支架，配备工控服务器两台及缺陷识别软件一套。

（二）系统应能识别断经、并经、稀密路、油污、胶斑、折皱、接头不良等瑕疵，标注米数位置，自动生成每卷布的质量报告，并与甲方MES系统对接。

（三）乙方负责现场安装、布线、调试，使用甲方提供的瑕疵样本完成识别模型训练，并培训甲方操作及质检人员。

## 二、价格

| 序号 | 名称 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 线阵相机检测单元 | 4套 | 236,000 | 944,000 |
| 2 | 工控服务器（含GPU） | 2台 | 68,500 | 137,000 |
| 3 | 缺陷识别软件许可（永久） | 1套 | 420,000 | 420,000 |
| 4 | 安装调试及模型训练 | 1项 | 156,000 | 156,000 |
| 5 | 操作培训 | 1项 | 18,000 | 18,000 |
| | **合计** | | | **1,675,000** |

合同总价为人民币壹佰陆拾柒万伍仟元整（¥1,675,000），含13%增值税、运输、保险、安装及培训费用。第1至3项合计人民币1,501,000元，为“设备及软件小计”。

## 三、付款

（一）合同生效后十个工作日内，甲方支付合同总价的10%，即人民币167,500元。

（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%，即人民币586,250元。到货签收不构成验收。

（三）系统终验合格后，甲方支付合同总价的50%，即人民币837,500元。

（四）剩余5%即人民币83,750元作为质量保证金，质保期满且无未解决质量问题后十个工作日内无息支付。

## 四、交付与进度

（一）乙方应在合同生效后六十日内将全部设备运至甲方厂区，并在到货后三十日内完成安装调试，安装须利用甲方计划停机时段进行。

（二）乙方每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。

## 五、验收

（一）初步验收：安装调试完成后，在车速不低于每分钟60米的条件下连续运行七日，系统无死机，报告能自动推送MES。

（二）最终验收：初步验收后连续试运行三十日，以甲方质检部人工复检为准，对约定的七类主要瑕疵，检出率不低于98%，误报率不高于每千米3处；乙方提交全部技术资料。

（三）最终验收由双方签署书面验收报告。设备安装、试运行或甲方使用检测结果，均不视为验收合格。未通过的，乙方应在十五日内整改后重新验收。

## 六、质量保证

（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费修理或更换故障部件，免费提供软件升级和模型优化。

（二）故障响应：一级故障（整条线检测中断）乙方应在1小时内响应，8小时内到场；二级故障（单个检测单元异常或误报明显增加）2小时内响应，24小时内解决。

（三）乙方响应或到场超时的，每超时1小时向甲方支付人民币500元，从质量保证金中扣除。

## 七、质保期满后的维保

（一）质保期满后，乙方继续提供维保服务，包括定期巡检、相机清洁校准、备件更换和模型更新。

（二）维保费用按乙方届时公布的年度维保价目表执行，按年支付；甲方如不续签维保，乙方不再提供模型更新。

## 八、数据

（一）检测过程中产生的布面图像、瑕疵记录、质量报告和工艺参数均属于甲方，乙方仅可为履行本合同使用，不得用于其他用途。

（二）系统部署在甲方生产内网，乙方远程访问须经甲方信息部门审批并全程记录；乙方应采取病毒防护、账号权限管理等安全措施，确保不因其设备或人员导致甲方网络中毒或数据丢失。

（三）发生数据丢失、泄露或网络安全事件的，乙方应在24小时内书面通知甲方并协助恢复；因乙方原因造成的，乙方赔偿甲方全部损失。

## 九、知识产权

（一）使用甲方样本训练形成的瑕疵识别模型参数、为甲方开发的MES接口程序和定制报表，其知识产权归甲方所有，乙方应交付全部模型文件和接口源代码。

（二）识别软件平台的知识产权归乙方，乙方授予甲方永久使用许可。

## 十、分包

乙方可将现场布线、支架制作和设备吊装等工作分包给第三方，只需事先通知甲方，乙方对分包工作质量负责。

## 十一、违约与解除

（一）乙方交付的系统经两次整改仍不能通过最终验收，或乙方有其他严重违约行为经书面催告十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。

（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

## 十二、争议解决

本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交无锡仲裁委员会仲裁。

## 十三、项目管理与培训

（一）乙方应指派一名项目经理负责本项目，在安装调试和试运行期间驻厂，配合甲方生产计划安排作业，不得影响正常生产。

（二）乙方应为甲方质检、设备和信息部门分别提供培训，培训内容包括系统操作、瑕疵图片复核、相机清洁与更换、常见故障处理和模型样本标注方法，培训后甲方人员应能独立完成日常维护。

（三）乙方应交付中文操作手册、维护手册、电气图纸、网络拓扑图和备件清单各两套。

## 十四、安全生产与现场管理

（一）乙方人员进入甲方厂区，应遵守甲方安全生产、防火和劳动保护制度，进入浸胶区域须穿戴规定的防护用品。高处作业和动火作业须事先办理甲方作业许可。

（二）因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。

## 十五、技术要求补充

（一）检测单元应适应浸胶车间的高温、高湿和粉尘环境，防护等级不低于IP54，相机和光源应配备自动清洁或便于快速清洁的结构。

（二）系统应按卷号、米数和瑕疵类别记录每一处瑕疵，并在布卷下机时自动生成质量报告，报告格式由甲方质检部确认。瑕疵图片在工控服务器上至少保存一百八十日，到期后按甲方设定的规则归档。

（三）系统应提供声光报警：连续出现断经或大面积胶斑时，应在操作台报警并提示停车检查。报警阈值由甲方工艺人员设定和调整。

（四）乙方应保证新增产品规格时，甲方人员在乙方培训后可自行完成样本标注和模型更新，乙方在质保期内对此提供远程指导。

## 十六、不可抗力

因不可抗力不能履行合同的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供证明。履行期限按不可抗力影响的时间相应顺延。

## 十七、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、验收方案。

甲方（盖章）：江阴锦越帘子布有限公司　　　乙方（盖章）：苏州睿瞳视觉科技有限公司

授权代表：__________　　　　　　　　　　授权代表：__________

日期：2025年　月　日
"""

# --- part 4: h225z03 (txt, supplier's SaaS paper; auto-renewal with price rise, availability 99.6 %, no remedy) --
H225Z03 = """云约课门店管理系统订阅及实施服务合同

合同编号：YYK-SaaS-2025-1108

客户（甲方）：成都拾光瑜伽健身管理有限公司
服务商（乙方）：上海云约课网络科技有限公司

甲方在成都、重庆两地经营30家瑜伽门店，拟统一使用线上约课和会员管理系统，替换各门店原有的表格和多个小程序。乙方提供“云约课”SaaS服务。双方就订阅及实施事宜达成如下协议。

1. 服务内容
1.1 乙方向甲方30家门店开通“云约课”连锁版订阅服务，功能包括：团课及私教预约、候补排队、会籍卡和次卡管理、储值与消费记录、教练排班与课时统计、会员小程序、门店经营报表和总部数据看板。
1.2 实施服务包括：各门店历史会员、卡项和剩余课时数据的迁移，甲方品牌小程序的配置上架，与甲方现有支付商户号及财务软件的对接，店长和前台人员培训。
1.3 系统部署在乙方租用的国内公有云上，甲方及其门店通过网页端、平板端和小程序使用。

2. 服务期限
2.1 订阅服务期为二十四个月，自系统上线验收通过之日起算。
2.2 服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期，每次续期二十四个月。续期时乙方有权根据市场情况上调订阅单价，上调幅度由乙方确定并提前通知甲方，但每次不超过8%。

3. 费用与支付
3.1 订阅费：每家门店每月人民币1,180元，30家门店每月合计人民币35,400元，服务期二十四个月合计人民币849,600元。
3.2 实施费：人民币96,000元（一次性）。
3.3 本合同首期总金额为人民币945,600元。
3.4 实施费在上线验收通过后十个工作日内支付；订阅费按季度结算，每季度结束后十个工作日内支付当季费用人民币106,200元。甲方不预付任何费用。
3.5 门店数量增减的，订阅费自次月起按实际开通门店数调整。

4. 实施与上线验收
4.1 乙方应在合同签订后四十五日内完成数据迁移和配置，申请上线验收。
4.2 验收标准：30家门店会员、卡项余额和剩余课时逐店核对无差异；小程序完成上架并可正常预约、取消和候补；在线支付与退款对账一致；在一千名会员同时预约的压力测试下，页面响应不超过2秒；店长及前台人员完成培训并考核通过。
4.3 验收由甲方运营中心组织并签署书面验收单。系统开通或门店试用不视为验收通过。
4.4 乙方未能按期申请上线验收的，每逾期一日，按本合同首期总金额的千分之一向甲方支付违约金。

5. 服务水平
5.1 乙方保证系统月度可用率不低于99.6%，计划维护应安排在凌晨零点至六点并提前两日通知。
5.2 故障响应：一级故障（全部门店无法预约或支付）30分钟内响应，3小时内恢复；二级故障（个别功能不可用）2小时内响应，1个工作日内恢复。
5.3 乙方未达到上述服务水平的，应继续排查并尽快修复，但乙方不因此承担减免服务费、赔偿损失或支付违约金的责任。

6. 数据与安全
6.1 甲方及其会员在系统中产生的会员信息、消费记录、预约记录等全部数据归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的。
6.2 乙方系统已通过网络安全等级保护第三级测评，乙方应对会员个人信息加密存储，实行访问权限分级和操作日志审计，并遵守《个人信息保护法》。
6.3 发生数据泄露或丢失的，乙方应在24小时内通知甲方，并采取补救措施；因乙方原因导致的，乙方承担全部法律责任并赔偿甲方损失。
6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

7. 保密
双方对在合作中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内继续有效。

8. 知识产权
8.1 云约课平台软件的知识产权归乙方所有。
8.2 为甲方专门设计的小程序页面、品牌素材、定制报表及对接程序，其知识产权归甲方，甲方可自行修改或交由他人使用。

9. 责任限制
乙方在本合同项下的累计赔偿责任以本合同首期总金额的150%为限，但因乙方故意、重大过失或违反第6条造成的损失除外。

10. 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

11. 解除
11.1 一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。
11.2 因乙方原因导致系统连续中断超过两日的，甲方有权立即解除本合同，乙方退还未履行期间的费用。

12. 法律适用与争议
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

13. 运营支持与培训
13.1 服务期内乙方为甲方指定专属客户成功经理一名，每月回访一次，协助甲方总部分析约课率、到课率和会员续卡数据，提出运营建议。
13.2 乙方提供7×24小时在线客服和工作日电话支持。甲方新开门店的，乙方应在接到通知后五个工作日内完成开通和店员培训，不另收实施费。
13.3 乙方每季度为甲方店长组织一次线上培训，内容包括新功能介绍和常见问题处理。

14. 版本升级与功能变更
14.1 乙方可对平台进行常规版本升级，升级不得减少本合同约定的功能，重大界面调整应提前七日通知甲方。
14.2 甲方提出的个性化功能需求，双方另行评估工作量并签订补充协议。

15. 门店及会员服务
15.1 会员在小程序中的预约、取消、退款规则由甲方设定，乙方按甲方设定配置。
15.2 因系统错误导致会员重复扣费或课时扣减错误的，乙方应协助甲方在两个工作日内查明并更正。

16. 实施安排
16.1 乙方应在合同签订后五个工作日内提交实施计划，明确各门店数据迁移、小程序上架、支付对接和培训的时间安排，经甲方确认后执行。
16.2 数据迁移分两批进行：第一批为成都十八家门店，第二批为重庆十二家门店。每批迁移前，乙方应向甲方提供迁移模板和核对表，迁移后由门店店长逐项签字确认。
16.3 切换期间，乙方应安排实施人员到门店现场支持，确保会员预约不中断；切换当日出现的问题，乙方应在当日解决。
16.4 甲方应指定总部运营负责人一名，协调各门店按计划提供数据、参加培训。

16.5 上线后首月为稳定期，乙方每周与甲方召开一次问题复盘会，记录问题清单并跟踪至关闭；稳定期结束时，乙方提交上线总结报告，列明已解决和遗留问题及处理计划。
16.6 乙方提供的会员小程序应支持微信支付、会员实名认证、课程评价和消息提醒功能，提醒内容和发送频率由甲方设定。会员注销账号的，乙方应按甲方规则处理其个人信息。

16.7 甲方总部可在数据看板中按门店、教练、课程类型查看约课、签到和课消数据，并可导出表格。乙方应在上线时为甲方总部、区域经理和店长分别配置查看权限，权限调整以甲方书面通知为准。

17. 不可抗力
因自然灾害、公共卫生事件、政府行为、基础电信网络故障等不可抗力造成服务中断的，受影响一方不承担责任，但应及时通知对方并尽力减少损失。

18. 通知
本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发送即视为送达。

19. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单。

甲方（盖章）：成都拾光瑜伽健身管理有限公司
乙方（盖章）：上海云约课网络科技有限公司
日期：2025年  月  日
"""

# --- part 5: h225z04 (pdf, buyer's paper, 政府采购 竞争性磋商 O&M; P1 response 5 h, liability cap 50 %) -------------
H225Z04 = """T:平江区教育局校园安全视频监控平台年度运维服务合同
P:合同编号：PJJY-YW-2025-006
P:采购方式：竞争性磋商（项目编号PJCG-2025-CS-0093）
P:甲方（采购人）：平江区教育局
P:乙方（成交供应商）：苏州安澄信息系统工程有限公司
P:根据竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就平江区中小学及幼儿园校园安全视频监控平台的年度运维服务订立本合同。
H:第一条 服务范围
P:1.1 运维对象：区级校园安全视频监控平台（含视频管理服务器、存储阵列、智能分析服务器、平台软件）以及全区四十六所学校、幼儿园的前端摄像机共1,260路、校级硬盘录像机、校园一键报警装置和接入交换机。
P:1.2 服务内容：平台日常监测、软件补丁和病毒库更新、存储巡检；前端点位每学期全面巡检两次；故障维修和备件更换；重大考试、开学季等时段的保障；每月运维报告。
P:1.3 乙方派驻两名技术人员在区教育局信息中心驻场，工作日8:00至18:00在岗，其余时间电话值守。
H:第二条 服务期限
P:服务期自2025年3月1日起至2026年2月28日止。期满后如需继续，由甲方按政府采购程序重新确定供应商，本合同不自动续期。
H:第三条 服务费用
P:3.1 本合同总价为人民币柒拾贰万叁仟贰佰元整（¥723,200），明细如下：
TB:项目|计算方式|金额（元）
TB:平台运维|固定总价|318,000
TB:前端点位巡检维护|1,260路×120元|151,200
TB:备品备件|按清单包干|86,000
TB:驻场人员|2人|168,000
TB:合计||723,200
P:3.2 服务费按季度支付，每季度经考核合格后十五个工作日内支付当季服务费人民币180,800元，依考核结果扣款后支付。甲方不支付预付款。
H:第四条 服务水平
P:4.1 故障分级：一级故障指区级平台整体中断或十所以上学校视频无法调阅；二级故障指单所学校视频全部中断或一键报警失灵；三级故障指单个点位故障。
P:4.2 响应与修复：一级故障，乙方应在5小时内响应，8小时内修复或采取临时措施恢复；二级故障，乙方应在2小时内响应，当日修复；三级故障应在三个工作日内修复。
P:4.3 考核扣款：响应或修复超时的，每超时1小时扣减服务费人民币300元；当月三级故障逾期未修复点位超过二十个的，扣减当季服务费的2%。扣款在季度付款时抵扣。
H:第五条 考核与验收
P:5.1 甲方每季度依据运维报告、工单记录和抽查结果对乙方进行考核，考核指标包括故障响应及时率、点位完好率、巡检完成率和报告质量，考核表见附件。
P:5.2 服务期满时，甲方组织年度验收，核对全部工单已关闭、备件清单相符、运维文档齐全，签署书面验收意见。考核或验收未通过的，乙方应在十日内整改。
H:第六条 进场及逾期责任
P:乙方应在合同签订后七日内完成人员进场和交接，第一次全面巡检应在2025年4月15日前完成。乙方未按期进场或完成巡检的，每逾期一日，按合同总价的千分之一支付违约金。
H:第七条 数据安全
P:7.1 监控视频、报警记录、学生和教职工图像等全部数据属于甲方，乙方仅在运维必需范围内接触，不得下载、拷贝、截图或对外提供。
P:7.2 乙方应遵守网络安全等级保护要求，运维账号实名登记，远程操作须经甲方审批并留存日志，更换下来的硬盘应交甲方或在甲方监督下销毁。
P:7.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部责任。
H:第八条 保密
P:乙方及其人员对履约中知悉的学校安防布局、点位分布、平台账号和甲方工作信息负有保密义务，不得泄露；本义务在合同终止后继续有效。
H:第九条 成果归属
P:乙方在服务中编制的运维文档、巡检记录、点位台账和脚本，归甲方所有，甲方可自行使用或提供给后续服务商。
H:第十条 责任限额
P:乙方因本合同承担的违约金和赔偿责任累计不超过合同总价的50%，但因乙方故意或违反第七条造成的损失不受此限。
H:第十一条 转包与分包
P:乙方不得转包或分包本合同服务。
H:第十二条 合同解除
P:乙方连续两个季度考核不合格，或发生其他严重违约经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
H:第十四条 服务人员要求
P:14.1 乙方驻场人员应具备计算机或安防相关专业背景及两年以上视频监控系统运维经验，并持有相应职业资格证书。驻场人员名单报甲方备案，更换须提前十日征得甲方同意。
P:14.2 乙方人员进入学校开展巡检和维修，应提前与学校联系，佩戴工作证，避开上课和考试时间，不得进入学生宿舍等敏感区域，并遵守学校的安全管理规定。
H:第十五条 重点时段保障
P:在中考、高考、开学季及重大活动期间，乙方应增派技术人员现场值守，提前完成全面检查，保障期间一级、二级故障须优先处理。保障方案应提前十日报甲方审定。
H:第十六条 备品备件与运维报告
P:16.1 乙方应储备不少于点位总数3%的常用摄像机和一定数量的硬盘、电源、交换机备件，备件清单每季度报甲方核对。更换下来的旧设备归甲方所有。
P:16.2 乙方每月5日前提交上月运维报告，内容包括故障统计、处理情况、点位完好情况、巡检记录和改进建议；每学期末提交学期总结。
H:第十七条 运维管理要求
P:17.1 乙方应建立运维工单制度，所有故障从报修、派单、处理到关闭全程记录，工单记录应真实完整，甲方可随时查阅。
P:17.2 乙方应每月对区级平台进行一次健康检查，包括服务器资源使用、存储容量、录像完整性和平台账号权限，发现问题及时处理并报告甲方。
P:17.3 乙方应每学期对全部学校的一键报警装置逐一测试，测试结果由学校安保负责人签字确认。
P:17.4 对于因设备老化、超出维修价值需更换新设备的，乙方应提出书面建议和费用估算，由甲方决定是否另行采购，乙方不得擅自更换。
P:17.5 服务期满或合同解除时，乙方应向甲方或新的服务商完整移交账号密码、配置文件、点位台账、备件和运维文档，并提供不少于十五日的交接配合。
P:17.6 乙方应在服务期开始后三十日内完成全部1,260路点位的现场核查，形成包含位置、型号、安装时间和运行状态的点位台账，作为季度考核和年度验收的基础资料，并随点位变动及时更新。
P:17.7 学校新增或迁移点位的，乙方应配合完成接入调试，新增点位纳入下一季度巡检范围，不另行计费，但新增设备由甲方另行采购。
P:17.8 乙方应配合甲方和公安机关调取录像，调取须凭甲方书面通知进行，调取记录应登记备查。乙方人员不得私自为任何单位或个人调取、查看录像。
H:第十八条 廉洁
P:乙方不得向甲方及各学校工作人员提供任何形式的礼品、回扣或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。
H:第十九条 不可抗力
P:因不可抗力造成服务无法履行的，乙方应及时通知甲方并采取措施减少损失，相应期间不作考核扣款。
H:第二十条 其他
P:本合同一式五份，甲方三份、乙方两份。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:甲方（盖章）：平江区教育局        乙方（盖章）：苏州安澄信息系统工程有限公司
P:代表签字：__________        代表签字：__________
P:签订日期：2025年2月  日
"""

# --- part 6: h225z05 (md, supplier's own template, many problems) ----------------------------------------------------
H225Z05 = """# 明策MES软件销售及实施合同

> 本合同采用乙方标准合同文本（明策合同范本 V4.0），方括号内为填写内容。

**甲方（买方）：** [福州海之鲜食品有限公司]
**乙方（卖方）：** [厦门明策智造软件有限公司]

甲方主要生产速冻鱼丸、虾滑等鱼糜制品，拟建设生产执行系统（MES），覆盖原料验收、鱼浆配比、成型、蒸煮、速冻、包装及追溯全过程。乙方为MES软件开发商，同意向甲方销售软件许可并提供定制开发和实施服务。双方签订本合同如下。

## 第一条 合同标的

1.1 乙方向甲方提供明策MES食品行业版软件许可一套（永久许可，含生产计划、工单、质量、仓储、设备、追溯六个模块，一百个并发用户）。

1.2 乙方按甲方需求进行定制开发：鱼浆配方与配比控制、蒸煮及速冻温度曲线采集、金属探测与称重数据接入、批次追溯码与一物一码、与甲方用友ERP的接口。

1.3 乙方负责系统部署、基础数据初始化和上线实施。

## 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| MES软件许可费 | 860,000 |
| 定制开发费 | 268,000 |
| 实施服务费 | 92,000 |
| 合计 | 1,220,000 |

合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币671,000元。

3.2 系统上线后五个工作日内，甲方支付合同总价的45%，即人民币549,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方在收到首期款后一百二十日内完成安装部署和上线。因甲方原因（包括场地、网络、设备接口、基础数据未及时提供）造成延误的，工期相应顺延。

4.2 乙方逾期上线的，每逾期一日按合同总价的0.02%向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后七日内以书面形式提出，逾期未提出的，视为无异议。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：对于系统无法登录、工单无法下达等一级故障，乙方在接到甲方报修后24小时内响应，并尽快安排处理；其他故障在三个工作日内响应。

6.3 乙方未在上述时限内响应的，每次向甲方支付违约金人民币300元。

## 第七条 维保服务

7.1 免费维护期满后，乙方继续为甲方提供年度维保服务，年度维保费为MES软件许可费的25%，即每年人民币215,000元，于每个维保年度开始前支付。

7.2 维保服务到期前甲方未书面通知终止的，自动顺延一年，维保费标准不变。

## 第八条 知识产权

8.1 MES软件及其文档的知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、接口程序、报表及源代码，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行修改、反向工程或交由第三方维护。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、配方数据和质量数据归甲方所有。

9.2 乙方应采取必要的技术和管理措施保障系统数据安全，包括账号权限控制、数据库定期备份和操作日志留存；发现数据泄露或丢失的，应在48小时内通知甲方，因乙方原因造成的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方可对系统运行数据进行脱敏处理后，用于行业工艺数据库建设、产品改进和行业分析报告，该等脱敏数据的权益归乙方。

## 第十条 保密

双方对因本合同获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密期限至该信息公开之日止。

## 第十一条 违约责任与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担甲方的利润损失、停产损失等间接损失。

## 第十二条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

14.1 甲方应指定项目负责人，及时提供生产工艺、配方结构、设备清单和基础数据，并对乙方提交的需求说明书在五个工作日内确认。

14.2 甲方应提供满足乙方要求的服务器、网络环境和现场办公条件，并负责电子秤、金属探测仪、温度记录仪等设备的接口开放。

14.3 因甲方需求变更导致工作量增加的，双方另行协商费用。

## 第十五条 培训

乙方为甲方提供一次集中培训和一次上线辅导，培训对象为甲方系统管理员、生产计划员、质检员和仓库管理员，培训人数不超过三十人。超出部分的培训按乙方标准收费。

## 第十六条 不可抗力

因不可抗力导致合同不能履行的，双方互不承担责任，受影响一方应及时通知对方。不可抗力包括自然灾害、疫情、政府行为、网络攻击以及第三方云服务中断等情况。

## 第十七条 通知

双方的通知以书面方式送达合同首部所列地址，或通过电子邮件发送至双方指定邮箱。

## 第十八条 项目实施

18.1 乙方在合同生效后十日内派出实施顾问进场，进行需求调研，编写需求说明书和实施方案。

18.2 实施分为需求调研、系统配置与定制开发、数据准备、用户测试和上线五个阶段。各阶段的工作成果以乙方提交的文档为准，甲方应在收到后五个工作日内确认。

18.3 乙方实施顾问在甲方现场工作的时间合计不超过六十个工作日，超出部分按每人每日人民币二千元另行收费，差旅费由甲方承担。

18.4 上线后一个月内，乙方安排一名顾问远程支持甲方日常使用。

18.5 乙方应在上线前协助甲方完成物料编码、配方、工艺路线、设备台账和人员信息等基础数据的整理与导入，基础数据的准确性由甲方负责。

18.6 用户测试阶段，甲方应组织生产、质检和仓库人员按乙方提供的测试用例进行操作，并将发现的问题书面反馈乙方，乙方在合理时间内修正。

18.7 上线切换一般安排在甲方生产淡季进行。切换前，乙方应与甲方共同制定切换方案和应急预案，明确纸质单据与系统并行的时间和回退措施。

18.8 乙方交付的文档包括需求说明书、系统操作手册、系统管理员手册和培训材料，均为电子版。

## 第十九条 系统环境

19.1 MES系统部署在甲方自有服务器上。服务器、操作系统、数据库软件及网络安全设备由甲方自行采购，乙方提供配置建议。

19.2 甲方车间应具备无线网络覆盖，扫码枪、工业平板和打印机由甲方采购，乙方负责与系统的联调。

## 第二十条 其他

20.1 本合同未尽事宜，以乙方官网公布的《明策软件服务条款》为准。

20.2 本合同一式两份，自双方签字盖章之日起生效。

甲方（盖章）：[福州海之鲜食品有限公司]　　乙方（盖章）：[厦门明策智造软件有限公司]

签字：__________　　　　　　　　　　　签字：__________

日期：[2025]年[　]月[　]日
"""

# --- part 7: h225e01 (txt, vendor's licence agreement; no SLA, Spanish law + Ibiza courts) --------------------------
H225E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. TCI-CN-2025-044

This Agreement is made on the date of the last signature below between:

(1) Yixing Mingyao Zisha Pottery Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 17 Qianshu Road, Dingshu Town, Yixing, Jiangsu Province (the "Customer"); and

(2) Torreta Ceramic Informatics, S.L., a company incorporated in Spain with its registered office on the Isla de Sa Torreta, Balearic Islands, Spain (the "Vendor").

BACKGROUND

(A) The Customer makes hand-built and moulded Zisha teapots and buys purple, red and green clays (zini, zhuni and duanni) from several mines around Huanglongshan. It wants to keep consistent clay bodies as the raw clays vary from batch to batch, and to record its mixing recipes, test firings and shrinkage results in one system instead of paper notebooks.

(B) The Vendor develops ArcillaLab, a software suite for ceramic body and glaze formulation which calculates oxide analysis, predicts firing shrinkage and colour, and keeps a library of recipes and test results.

(C) At the Customer's request this Agreement states all prices in Chinese Yuan (CNY), and all payments are made in CNY to the Vendor's account in Shanghai.

1. DEFINITIONS

1.1 In this Agreement:
"Acceptance" means the Customer's signature of an Acceptance Certificate under clause 6;
"Contract Price" means the total price in clause 3.1;
"Custom Deliverables" means the recipe templates, clay-body models, data import scripts and reports prepared by the Vendor specifically for the Customer;
"Customer Data" means all recipes, raw-material analyses, test-firing results, photographs and other data entered into or generated by the Software for the Customer;
"Software" means ArcillaLab Formulation Suite version 7, the Clay and Glaze Reference Database module, and their documentation;
"Warranty Period" means the period in clause 7.1.

2. SCOPE

2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for fourteen named users at the Customer's premises in Yixing for the Customer's own business.

2.2 The Vendor shall: (a) deliver the Software and licence keys; (b) install it on the Customer's two servers and fourteen workstations; (c) configure the oxide and mineral tables for the Customer's clays; (d) import the Customer's historical recipes (about 2,400 records) from its spreadsheets; (e) prepare the Custom Deliverables; and (f) train the Customer's clay masters and laboratory staff remotely.

2.3 The Customer shall provide the servers, a secure VPN connection, its historical spreadsheets and a team of three persons available for testing.

3. PRICE

3.1 The Contract Price is CNY 774,000, made up as follows:
- Perpetual named-user licences, 14 x CNY 38,500: CNY 539,000
- Clay and Glaze Reference Database module (perpetual): CNY 126,000
- Configuration, recipe import and Custom Deliverables: CNY 88,000
- Remote training (six sessions): CNY 21,000
Total: CNY 774,000

3.2 The licence items above add up to CNY 665,000 (the "Licence Fees").

3.3 The Contract Price is fixed and includes Chinese VAT, withholding taxes and all travel and other expenses.

4. PAYMENT

4.1 The Customer shall pay:
(a) 20% of the Contract Price (CNY 154,800) within 20 days after signature of this Agreement, against the Vendor's invoice;
(b) 45% of the Contract Price (CNY 348,300) within 20 days after the Software is installed and the recipe import is completed;
(c) 35% of the Contract Price (CNY 270,900) within 20 days after Acceptance.

4.2 Installation, import or use of the Software by the Customer does not mean that the Software is accepted.

5. DELIVERY AND DELAY

5.1 The Vendor shall deliver and install the Software within 45 days after signature and shall be ready for acceptance testing within 75 days after signature.

5.2 If the Vendor is late, it shall pay the Customer liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Customer may deduct such damages from any payment due.

6. ACCEPTANCE

6.1 Acceptance tests take place at the Customer's premises within 20 days after the Vendor gives notice that it is ready. The Software passes the tests only if:
(a) for three reference clay bodies chosen by the Customer, the calculated oxide analysis differs from the laboratory analysis by no more than 0.5 percentage points for each major oxide;
(b) the predicted firing shrinkage for those bodies differs from the measured shrinkage by no more than 1 percentage point;
(c) a sample of 200 imported recipes, chosen by the Customer, matches the original spreadsheets;
(d) all fourteen named users can log in and use the functions listed in the Annex; and
(e) the documentation and the Custom Deliverables have been delivered.

6.2 If the tests are passed, the Customer shall sign an Acceptance Certificate within five working days. If they fail, the Vendor shall correct the defects within 15 days and the tests shall be repeated. If the Software fails a second time, the Customer may terminate this Agreement under clause 14.

7. WARRANTY

7.1 The Vendor warrants that for eighteen (18) months after Acceptance the Software will perform substantially in accordance with its documentation and the acceptance criteria.

7.2 During the Warranty Period the Vendor shall correct defects and provide updates free of charge.

8. SUPPORT

8.1 The Vendor will use reasonable endeavours to answer support requests sent by e-mail to its help desk during its normal business hours in Spain. No response time, resolution time or availability level is committed under this Agreement.

8.2 After the Warranty Period, the Customer may order Annual Maintenance, which includes updates, new versions and e-mail support. The fee for Annual Maintenance is 11% of the Licence Fees, that is CNY 73,150 per year, and this fee will not be increased during the first three years after the Warranty Period ends.

8.3 Annual Maintenance is ordered by a written purchase order for each year and does not renew automatically.

9. CUSTOMER DATA

9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy it, keep it or disclose it to anyone else.

9.2 The Software is installed on the Customer's own servers. The Vendor may access them remotely only through the Customer's VPN, after the Customer's approval for each session, and all sessions are logged. The Vendor shall use strong authentication, shall keep its own systems free of malware and shall not move any Customer Data outside the Customer's systems.

9.3 If the Vendor becomes aware of any unauthorised access to, or loss or disclosure of, Customer Data, it shall notify the Customer within 24 hours and help the Customer to limit the damage. The Vendor is responsible for all loss caused by a breach of this clause 9 by the Vendor or its personnel.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, in particular the Customer's clay recipes, mine sources and firing methods, and shall not disclose it to any third party without the other party's prior written consent.

10.2 This obligation continues for three years after the end of this Agreement, and for the Customer's recipes without limit of time.

11. INTELLECTUAL PROPERTY

11.1 The Software and all intellectual property in it remain the property of the Vendor.

11.2 The Custom Deliverables, and all intellectual property in them, belong to the Customer from the moment they are created. The Customer may use, modify and license them freely, and the Vendor shall deliver them in editable form.

12. LIABILITY

12.1 The total liability of the Vendor under this Agreement is limited to twice the Contract Price (200% of the Contract Price).

12.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of clauses 9 and 10.

13. SUBCONTRACTING

The Vendor shall not subcontract any of its obligations without the prior written consent of the Customer, and remains responsible for the work of any approved subcontractor.

14. TERMINATION

14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the Software fails the acceptance tests twice.

14.2 On termination under clause 14.1 before Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Software.

15. FORCE MAJEURE

Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and does its best to limit the delay. If such an event lasts more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund any amount paid for work not yet performed.

15A. NOTICES

Notices under this Agreement shall be in writing in English and sent by e-mail with a copy by courier to the addresses above, or to another address a party gives by notice.

16. GOVERNING LAW AND JURISDICTION

16.1 This Agreement is governed by the laws of Spain.

16.2 The courts of Ibiza, Spain have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

17. GENERAL

17.1 This Agreement, with its Annex (functional list), is the entire agreement between the parties about its subject. It may be changed only in writing signed by both parties.

17.2 This Agreement is signed in English in two originals, one for each party.

Signed for and on behalf of the Customer: ____________________  Name:  Title:  Date:

Signed for and on behalf of the Vendor: ____________________  Name:  Title:  Date:
"""

# --- part 8: h225e02 (md, vendor's Order Form + General Terms; no credits, no delay damages, Scots law) -----------
H225E02 = """# ORDER FORM — GateWeave Ticketing Cloud

**Order Form No.:** GW-OF-2025-0318
**Vendor:** GateWeave Systems Ltd, a company registered in Scotland, registered office on the Isle of Rona, Scotland ("GateWeave")
**Customer:** Zhangye Danxia Rainbow Mountain Scenic Area Operation Co., Ltd., Ganzhou District, Zhangye, Gansu Province, PRC ("Customer")

This Order Form is governed by the GateWeave General Terms printed below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order details

**A1. Background.** The Customer runs the Danxia geopark, receiving up to 40,000 visitors a day in the summer season. It sells timed-entry tickets and sightseeing-bus seats through its own WeChat mini-programme, online travel agencies (OTAs) and ticket windows, and checks tickets at eleven turnstile lanes. It wishes to replace its current on-premise ticketing software with a cloud service.

**A2. Services.** GateWeave will provide the GateWeave Ticketing Cloud, including: timed-entry inventory and dynamic quotas; real-name ticketing with ID-card verification; sightseeing-bus seat allocation; OTA channel connections; WeChat mini-programme and ticket-window sales; turnstile integration; refunds and reconciliation; and management dashboards.

**A3. Onboarding.** GateWeave will: connect the eleven turnstile lanes and the face-recognition gates; set up the OTA channels listed in Schedule 1; configure the Customer's ticket types, prices and quotas; migrate open advance bookings; and train the Customer's staff.

**A4. Subscription Term.** Twenty-four (24) months from the Go-Live Date. The Agreement does not renew automatically; any renewal requires a new Order Form signed by both parties.

**A5. Fees.** At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 46,800 per month x 24 months | 1,123,200 |
| Onboarding fee | one-time | 78,000 |
| **Total fees under this Order Form** | | **1,201,200** |

Transaction volume up to 3.5 million tickets per year is included. Payment-gateway charges are paid by the Customer directly to its payment provider.

**A6. Invoicing and payment.** The Subscription fee is invoiced monthly in arrears and is payable within 30 days of invoice. The Onboarding fee is invoiced on Go-Live Acceptance. No fees are payable before the Go-Live Date.

**A7. Target dates.** GateWeave will use reasonable efforts to achieve Go-Live by 15 April 2025, before the May holiday. Target dates are estimates only.

**A8. Go-Live Acceptance.** Before Go-Live the parties will run the acceptance tests in Schedule 2, which include: sale and validation of each ticket type through every channel; a load test of 6,000 ticket validations per hour across all lanes; reconciliation of one full test day's sales against the payment provider's records with no unexplained difference; correct refund handling; and migration of all open advance bookings. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the Service for training or trial sales does not count as Go-Live Acceptance.

**A9. Hosting.** The Service is hosted for the Customer on Alibaba Cloud in the Beijing region, in an environment that holds a valid MLPS level 3 filing.

## Part B — GateWeave General Terms

**1. Definitions.** "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, ID numbers, face images, contact details, orders and entry records. "Service" means the GateWeave Ticketing Cloud. "Service Levels" means the levels in clause 4.

**2. Provision of the Service.** GateWeave shall provide the Service in accordance with the Agreement and its documentation, with reasonable skill and care, and in compliance with applicable laws, including the laws of the PRC on personal information and cybersecurity.

**3. Customer responsibilities.** The Customer shall keep its user accounts secure, provide network connections at the gates, and keep the turnstile hardware in good working order.

**4. Service Levels.**
4.1 GateWeave aims to make the Service available 99.95% of the time in each calendar month, excluding planned maintenance notified at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
4.2 Incident response targets: Priority 1 (ticket sales or gate validation unavailable for the whole park) — initial response within 30 minutes, workaround within 2 hours; Priority 2 (one channel or lane group unavailable) — response within 2 hours; Priority 3 — next business day.
4.3 The Service Levels are targets. If they are not met, GateWeave will investigate the cause and report to the Customer, but the Customer is not entitled to service credits, fee reductions, compensation or any other remedy for failure to meet them.

**5. Customer Data.**
5.1 Customer Data belongs to the Customer. GateWeave processes Customer Data only on the Customer's instructions and only to provide the Service.
5.2 GateWeave shall keep Customer Data within mainland China, encrypt ID numbers and face images at rest and in transit, limit access to named support staff using multi-factor authentication, and keep access logs for at least six months.
5.3 GateWeave shall notify the Customer within 24 hours after becoming aware of any personal-information breach affecting Customer Data, shall take immediate steps to contain it, and shall be liable for losses and regulatory penalties caused by its failure to comply with this clause 5.
5.4 At the end of the Agreement GateWeave shall return all Customer Data in CSV format and then delete it.

**6. Confidentiality.** Each party shall keep confidential the other party's confidential information, use it only for the Agreement and not disclose it to third parties except to its advisers or as required by law. This clause survives for three years after the Agreement ends.

**7. Intellectual property.** GateWeave owns the Service and its software. The Customer-specific configurations, branded ticket designs, report templates and the turnstile integration scripts prepared for the Customer belong to the Customer, which may use, modify and pass them to any successor supplier.

**8. Subcontracting.** GateWeave may not subcontract any part of the Service without the Customer's prior written consent. The Customer approves Alibaba Cloud as hosting provider by signing the Order Form.

**9. Limitation of liability.** Each party's aggregate liability under the Agreement is limited to 150% of the total fees under the Order Form. Neither party is liable for loss of profit or indirect loss. These limits do not apply to breach of clause 5 or clause 6, or to death or personal injury.

**10. Termination.**
10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
10.2 On termination the Customer pays fees up to the date of termination only.

**11. Force majeure.** Neither party is liable for failure caused by events beyond its reasonable control, including natural disasters, epidemics and government orders closing the scenic area.

**12. Governing law and jurisdiction.** The Agreement is governed by Scots law. The courts of Scotland, sitting in Edinburgh, have exclusive jurisdiction over any dispute arising out of or in connection with it.

**13. Support and account management.** GateWeave shall provide a named account manager and a Chinese-speaking support team reachable by telephone, e-mail and WeChat. During the peak season from 1 May to 10 October and during the National Day holiday, GateWeave shall keep an engineer on call at all times and shall hold a readiness review with the Customer two weeks before each holiday period. GateWeave shall send a monthly report with availability, incidents, ticket volumes by channel and open issues.

**14. Changes to the Service.** GateWeave may update the Service from time to time, provided that updates do not materially reduce its functions, security or performance. Updates that change the gate integration or the OTA connections shall be tested with the Customer in a staging environment and shall not be released during the peak season or a public holiday without the Customer's agreement.

**15. Customer change requests.** The Customer may request additional ticket types, new OTA channels or changes to reports. GateWeave shall give a written quotation within ten business days, and work starts only after the Customer accepts the quotation in writing.

**16. Compliance.** Each party shall comply with anti-bribery laws. GateWeave shall not offer any payment, gift or benefit to the Customer's employees in connection with the Agreement.

**16A. Records.** Each party shall keep records of tickets sold, refunds and reconciliations for at least three years after the end of the Agreement, as required by Chinese tax and accounting rules.

**16B. Training.** GateWeave shall train the Customer's ticket-window staff, gate supervisors and finance team before Go-Live, with a refresher session before each peak season, and shall provide Chinese user guides for each role.

**17. Assignment.** Neither party may assign the Agreement without the other party's prior written consent, except to a successor of its whole business which accepts the Agreement in writing.

**18. General.** Notices must be in writing and sent to the addresses above. The Agreement is the entire agreement of the parties and may be changed only in writing signed by both.

---

**Signed for GateWeave Systems Ltd:** ____________________ Name / Title / Date

**Signed for the Customer:** ____________________ Name / Title / Date

*Schedule 1: OTA channels. Schedule 2: Go-Live Acceptance tests.*
"""

# --- part 9: h225e03 (docx, buyer's paper, compliant) ---------------------------------------------------------------
H225E03 = """T:Supply and Installation Contract for a Water-Quality Monitoring System
P:Contract No.: ZHX-WQ-2025-09
P:Buyer: Dalian Zhangzi Haixing Aquaculture Co., Ltd., Changhai County, Dalian, Liaoning Province, PRC (the "Buyer")
P:Supplier: Mareblu Sistemi S.r.l., a company incorporated in Italy with its registered office on the Isola di San Giorgio, Italy (the "Supplier")
P:Whereas the Buyer farms Yesso scallops on long-line rafts and bottom plots around the Zhangzi islands and has suffered losses from low dissolved oxygen, summer heat and algal blooms; whereas the Buyer wishes to measure water quality continuously at its farming areas and to receive early warnings; and whereas the Supplier designs and integrates marine sensor buoys and monitoring software; the parties agree as follows. At the Buyer's request all prices in this Contract are in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 3. "System" means the buoys, sensors, gateways, software and services described in Article 2 and Annex 1. "Buyer Data" means all measurements, alarms, positions, photographs and other data produced by the System. "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply thirty-six multiparameter monitoring buoys, each measuring dissolved oxygen, temperature, salinity, pH, chlorophyll-a and turbidity at two depths, with solar power, a backup battery and an anti-fouling wiper.
P:2.2 The Supplier shall also supply four shore and island gateways for LoRa and 4G communication, a perpetual licence of the AquaSentinel monitoring software for installation on the Buyer's servers in Dalian, and a mobile application for the farm managers.
P:2.3 The Supplier shall moor the buoys at the positions in Annex 1, install the gateways, configure alarms for each farming area, calibrate all sensors and train the Buyer's technicians.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,140,000 (two million one hundred and forty thousand), fixed, including VAT, customs duties, transport to Dalian, mooring materials and vessel hire.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter monitoring buoy|36|42,600|1,533,600
TB:2|LoRa/4G gateway|4|18,500|74,000
TB:3|AquaSentinel software, perpetual licence|1|286,000|286,000
TB:4|Mooring, installation at sea and commissioning|1 lot|212,000|212,000
TB:5|Calibration and training|1 lot|34,400|34,400
TB:Total||||2,140,000
P:3.2 Items 1 to 3 add up to CNY 1,893,600 (the "Equipment and Licence Subtotal").
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 214,000) within 15 working days after signature, against the Supplier's advance payment guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,177,000) within 20 working days after all buoys and gateways are installed and the Installation Certificate is signed. The Installation Certificate records completed installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 749,000) within 20 working days after Final Acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall complete installation within 100 days after signature, and in any case before 20 June 2025, so that the System works during the summer heat.
P:5.2 If the Supplier is late, it shall pay liquidated damages of 0.09% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under Article 13.
H:Article 6 Acceptance
P:6.1 After installation the System shall run for 30 consecutive days. Final Acceptance requires that: (a) at least 34 of the 36 buoys report data on every day of the run; (b) on ten spot checks by the Buyer's laboratory, dissolved-oxygen readings differ from the laboratory values by no more than 0.3 mg/L and temperature by no more than 0.2 °C; (c) alarms reach the farm managers' phones within 3 minutes of a threshold crossing in a test; (d) the software, documentation and calibration records are delivered.
P:6.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Otherwise the Supplier shall remedy the defects and the 30-day run shall be repeated at its cost. Installation, use of the data or any payment does not mean Final Acceptance.
H:Article 7 Warranty and Service Levels
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During it, the Supplier repairs or replaces defective equipment, recalibrates sensors every quarter and provides software updates free of charge.
P:7.2 During the warranty period the monitoring software and data platform shall be available at least 99.95% of each month.
P:7.3 Faults are handled as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|All buoys of a farming area offline, or the platform down|2 hours|24 hours (48 hours if a vessel is needed)
TB:Severity 2|One buoy offline or a sensor drifting|8 hours|3 days
TB:Severity 3|Other questions|1 working day|as agreed
P:7.4 For each hour by which a response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600. For each full 0.01 percentage point of monthly availability below the commitment in 7.2, the Supplier shall pay CNY 1,000. The Buyer may deduct these sums from any amount due.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period, the Supplier shall offer annual support on the same terms as Article 7 for a fee of 8.5% of the Equipment and Licence Subtotal, that is CNY 160,956 per year, fixed for three years.
P:8.2 Annual support is ordered in writing by the Buyer each year and does not renew automatically.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:9.2 The software is hosted on the Buyer's servers in Dalian. Remote access by the Supplier requires the Buyer's approval for each session, multi-factor authentication and logging. Communication between buoys, gateways and servers shall be encrypted.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data or the System, shall help contain it, and is liable for all loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other, including the Buyer's farm positions, stocking data and production figures, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the Contract ends.
H:Article 11 Intellectual Property
P:11.1 The alarm rules, farm-area maps, report templates and interface scripts prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The AquaSentinel software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 12 Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 180% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10.
P:12.2 The Supplier shall not subcontract any part of the work, including vessel hire and mooring, without the Buyer's prior written consent, and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or in the case of Article 5.2.
H:Article 13A Training and Documentation
P:13A.1 The Supplier shall train up to twelve of the Buyer's technicians and farm managers in Dalian and on the islands: use of the software and the mobile application, reading of alarms, cleaning and replacement of sensors, battery changes and simple recalibration. Training materials shall be provided in Chinese.
P:13A.2 The Supplier shall deliver, in Chinese and English, the operating manual, maintenance manual, mooring drawings, calibration certificates for each sensor and a list of recommended spare parts with prices valid for three years.
H:Article 13B Work at Sea and Safety
P:13B.1 Installation and maintenance at sea shall be carried out only in suitable weather and with vessels and crews holding the certificates required by Chinese maritime law. The Supplier shall coordinate its work with the Buyer's farm managers so that it does not disturb seeding, harvesting or feeding operations.
P:13B.2 The Supplier is responsible for the safety of its personnel and subcontracted crews and shall insure them for accidents at sea. Buoys and moorings shall be marked and lit as required by the local maritime authority.
H:Article 13C Force Majeure
P:13C.1 Typhoons, sea ice and other events beyond a party's reasonable control excuse delay for as long as they last, provided the affected party informs the other promptly. The dates in Article 5 are extended accordingly.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
P:Annex 1: Buoy positions and farming areas. Annex 2: Technical specifications.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# --- part 10: h225e04 (pdf, provider's paper; single low finding: ICC arbitration seated in Paris) -----------------
H225E04 = """T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: KIS-SZ-2025-112
P:Between Suzhou Qiaoshou Robotics Technology Co., Ltd., Suzhou Industrial Park, Jiangsu Province, PRC (the "Client"), and Kerner IT Services SAS, a French simplified joint-stock company with its registered office on the Île de Kerner, Brittany, France, acting through its Shanghai representative team (the "Provider").
P:Background. The Client is a robotics start-up with about 260 staff in an office and laboratory building in Suzhou and a small assembly workshop in Wujiang. It has no in-house IT team able to run its laptops, network, accounts and meeting rooms, and wants the Provider to do so. At the Client's request all fees are stated and paid in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Services" means the managed services in clause 2 and Schedule A. "Monthly Fee" means the fee in clause 4.1. "Client Data" means all data of the Client and its staff held on the devices, accounts and systems supported by the Provider, including source code, designs and personal information. "Service Start Date" means the date of Service Acceptance under clause 3.3.
H:2. Services
P:2.1 The Provider shall provide: (a) a service desk by telephone, chat and e-mail in Chinese and English, 08:00 to 20:00 on working days, with on-call cover at other times; (b) deskside support by two engineers on the Client's premises; (c) management of about 300 laptops and desktops, including imaging, patching, anti-malware and device encryption through a mobile device management tool; (d) management of the Client's Microsoft 365 tenant, user accounts and licences; (e) support of the office network, Wi-Fi, printers and meeting-room systems; (f) asset management and joiner-mover-leaver processes; and (g) monthly service reports and a quarterly review.
P:2.2 The Client keeps ownership of all devices, licences and network equipment. Purchasing of new hardware is outside the Services unless agreed by change order.
H:3. Onboarding and Service Acceptance
P:3.1 The Provider shall complete onboarding within 45 days after signature: a full inventory of devices and accounts, rollout of the device management tool to all devices, documentation of the network, and set-up of the service desk and ticketing tool.
P:3.2 If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay the Client CNY 1,200 for each day of delay.
P:3.3 Service Acceptance takes place when: (a) the asset inventory has been checked by the Client on a sample of 30 devices without error; (b) at least 95% of devices report to the management tool with encryption enabled; (c) the network documentation has been reviewed by the Client; and (d) the service desk has handled a one-week trial without any Priority 1 ticket breaching its response time. The Client confirms Service Acceptance in writing. Starting the service desk or handling tickets during onboarding is not Service Acceptance.
H:4. Fees and Payment
P:4.1 The Monthly Fee is CNY 58,400, covering up to 320 supported users. The onboarding fee is CNY 46,000, one time.
TB:Charge|Basis|Amount (CNY)
TB:Monthly Fee|CNY 58,400 x 24 months|1,401,600
TB:Onboarding fee|one time|46,000
TB:Total contract value||1,447,600
P:4.2 The Monthly Fee is invoiced monthly in arrears from the Service Start Date. The onboarding fee is invoiced after Service Acceptance. No payment is due in advance. The Client pays within 30 days after receipt of a correct VAT invoice.
P:4.3 Additional users above 320 are charged at CNY 160 per user per month.
H:5. Service Levels
P:5.1 Priority 1 (the whole office cannot work, for example a network or Microsoft 365 outage, or a security incident): response within 15 minutes, on-site presence within 1 hour during working hours, restoration or workaround within 3 hours.
P:5.2 Priority 2 (a team or a key person cannot work): response within 1 hour, resolution within 8 working hours. Priority 3 (single user, workaround available): response within 2 working hours, resolution within 2 working days.
P:5.3 Service credits: for each Priority 1 ticket in which the response or restoration time is missed, the Provider credits 5% of the Monthly Fee; for each month in which less than 90% of Priority 2 and 3 tickets meet their targets, the Provider credits 3% of the Monthly Fee. Credits in a month are limited to 20% of the Monthly Fee and are deducted from the next invoice.
H:6. Client Data and Security
P:6.1 Client Data belongs to the Client. The Provider shall use it only to perform the Services, shall not copy it outside the Client's systems, and shall not disclose it to anyone.
P:6.2 The Provider shall follow the Client's security policies, use named administrator accounts with multi-factor authentication, keep administrator activity logs, and apply security patches within the times in Schedule A. Provider staff who have access to source code or designs shall sign individual undertakings.
P:6.3 The Provider shall report any security incident that affects or may affect Client Data to the Client within 2 hours after discovery, shall help contain and investigate it, and is liable for loss caused by its breach of this clause 6.
P:6.4 Client Data stays in the Client's systems and in mainland China. The Provider's service desk tool is hosted in Shanghai.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's confidential information, including the Client's product designs, source code, investors and business plans, and shall use it only for this Agreement. This obligation continues for three years after termination.
H:8. Intellectual Property
P:8.1 Scripts, device images, configurations, runbooks and documentation prepared by the Provider for the Client belong to the Client, which may use and modify them and give them to any successor provider. The Provider's general tools remain its own.
H:9. Liability
P:9.1 The Provider's aggregate liability under this Agreement is limited to 175% of the total contract value, except for death, personal injury, fraud and breach of clauses 6 and 7.
H:10. Subcontracting
P:10.1 The Provider shall not subcontract the Services or any part of them without the Client's prior written consent.
H:11. Term and Termination
P:11.1 This Agreement runs for twenty-four (24) months from the Service Start Date and may then be renewed only by written agreement of both parties.
P:11.2 The Client may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if Priority 1 targets are missed in three consecutive months.
P:11.3 On expiry or termination the Provider shall hand over all credentials, documentation and open tickets to the Client or its new provider and shall give reasonable assistance for up to 60 days at the rates in Schedule B.
H:11A. Staff and Premises
P:11A.1 The Provider shall assign qualified engineers who speak Chinese and English, and shall keep a named service delivery manager responsible for the Client's account. The deskside engineers work at the Client's Suzhou office during working hours and visit the Wujiang workshop at least once a week.
P:11A.2 Provider staff shall follow the Client's site rules, including laboratory safety rules and visitor rules for restricted robot test areas. The Client shall provide desks, network access and storage space for spare devices.
H:11B. Reporting and Governance
P:11B.1 The Provider shall send a monthly service report showing ticket volumes, response and resolution times, service credits, patch status, device encryption status and open risks.
P:11B.2 The parties shall hold a quarterly service review attended by the Client's operations director and the Provider's service delivery manager to review performance, planned changes, the device roadmap and security findings.
H:11B2. Exit Assistance
P:11B2.1 Three months before the end of the term, the Provider shall deliver an exit plan listing all accounts, credentials, tools, open tickets, configurations and documents to be handed over, and shall cooperate with the Client and any new provider in good faith until the hand-over is complete. Licences bought in the Client's name remain the Client's.
P:11B2.2 The Provider shall not delete any Client Data or configuration at the end of the term until the Client confirms in writing that the hand-over is complete.
H:11C. Force Majeure
P:11C.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics, power failures affecting the whole industrial park or government orders. The affected party shall inform the other promptly and shall resume performance as soon as possible. Service credits do not apply during such events.
H:12. Governing Law and Arbitration
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration is Paris, France, and the language is English.
H:13. General
P:13.1 Changes to the Services are made by written change order signed by both parties. This Agreement and its Schedules are the entire agreement of the parties. Schedule A: Service catalogue and security patch times. Schedule B: Rates for additional work.
P:For the Client: ____________________  Name / Title / Date
P:For the Provider: ____________________  Name / Title / Date
"""

# --- part 11: h225e05 (txt, vendor's subscription agreement; no data-security clause, no termination for breach) ---
H225E05 = """API SUBSCRIPTION AGREEMENT
CertiNoz Aflatoxin Certificate API

Reference: CNZ-SA-2025-027

PARTIES

Customer: Yunnan Ailao Walnut Import & Export Co., Ltd., Dayao County, Chuxiong Prefecture, Yunnan Province, PRC ("Customer").

Vendor: CertiNoz, Lda., a private limited company incorporated in Portugal with its registered office on the Ilhéu da Praia, Azores, Portugal ("Vendor").

RECITALS

A. The Customer exports shelled walnuts and walnut kernels to the European Union, the Middle East and Central Asia. Each export lot needs a laboratory certificate showing that aflatoxin B1 and total aflatoxins are below the limits of the destination market.

B. The Vendor operates the CertiNoz platform, which receives laboratory results from accredited laboratories, checks them against the limits of each destination market, and issues verifiable digital certificates which importers and border authorities can check with a QR code.

C. The Customer wishes to connect its warehouse and export-documentation systems to the CertiNoz API so that certificates are requested and attached to each lot automatically.

D. At the Customer's request all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the CertiNoz application programming interface and its documentation.
1.2 "Certificate" means a digital aflatoxin compliance certificate issued through the Service.
1.3 "Customer Data" means all data submitted by or for the Customer to the Service, including lot numbers, laboratory results, exporter and consignee details, shipping documents and the Certificates issued for the Customer.
1.4 "Integration Acceptance" means the Customer's written confirmation under clause 4.3.
1.5 "Service" means access to the API, the web portal and the Certificate verification pages.
1.6 "Subscription Term" means the term in clause 2.1.

2. TERM

2.1 The Subscription Term is thirty-six (36) months from Integration Acceptance.

2.2 At the end of the Subscription Term, this Agreement renews automatically for successive periods of twenty-four (24) months at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3. FEES

3.1 The fees are:
- Annual subscription, up to 9,000 Certificates per year: CNY 218,000 per year, that is CNY 654,000 for the Subscription Term;
- Integration support (one time): CNY 36,000.
Total fees for the Subscription Term: CNY 690,000.

3.2 Certificates above 9,000 in a subscription year are charged at CNY 18 each, invoiced at the end of that year.

3.3 The annual subscription is invoiced quarterly in arrears, CNY 54,500 per quarter, payable within 30 days after invoice. The integration support fee is invoiced after Integration Acceptance. Nothing is payable before Integration Acceptance.

3.4 Fees include Chinese VAT. The Vendor will issue special VAT invoices through its agent in Kunming.

4. INTEGRATION

4.1 The Vendor shall give the Customer sandbox access within 10 days after signature, support the Customer's developers in connecting its warehouse system and export-documentation software to the API, and map the Customer's product codes and destination markets.

4.2 The Vendor shall be ready for Integration Acceptance within 60 days after signature. If it is late for reasons attributable to it, it shall pay the Customer CNY 500 for each day of delay.

4.3 Integration Acceptance is given when: (a) 50 test lots have been submitted through the API and Certificates issued correctly for each of the six destination markets in the Annex; (b) a result above a market limit is correctly refused; (c) the QR verification page shows each test Certificate correctly; and (d) the API handles 300 requests per minute without error. The Customer confirms Integration Acceptance in writing. Use of the sandbox or of production access before that confirmation is not Integration Acceptance.

5. SERVICE LEVELS

5.1 The Vendor shall keep the API available at least 99.95% of each calendar month, not counting planned maintenance announced 72 hours in advance.

5.2 Support is provided in English and Chinese. Severity 1 (API unavailable or Certificates not issued) is responded to within 1 hour at any time; Severity 2 within 8 business hours; Severity 3 within 2 business days.

5.3 If availability in a month falls below the commitment, the Customer receives a credit of 5% of the quarterly fee for each started 0.1 percentage point of shortfall, up to 25% of that quarterly fee. If a Severity 1 response is late, the Customer receives a credit of CNY 1,000 per late hour. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Vendor uses Customer Data only to provide the Service to the Customer and does not sell it or use it for any other purpose.

6.2 Certificates remain verifiable through the QR code for the validity period printed on them, also after this Agreement ends. All other Customer Data is returned to the Customer on request in CSV format within 30 days after the end of the Agreement.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's prices, buyers, volumes and laboratory results, and shall use it only for this Agreement.

7.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidence or where required by law. This clause continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the Service, the API and the platform software.

8.2 The mapping tables, integration code and Certificate layouts prepared for the Customer during integration belong to the Customer, which may use, modify and license them freely.

9. CUSTOMER OBLIGATIONS

9.1 The Customer shall submit laboratory results only from laboratories listed in the Service as accredited, and is responsible for the accuracy of the lot information it submits.

9.2 The Customer shall tell the Vendor in advance of any new destination market, so that its limits can be added to the Annex.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two times the total fees for the Subscription Term (200% of those fees).

10.2 Neither party is liable for indirect or consequential loss, including loss of profit, except in case of wilful misconduct.

11. SUBCONTRACTING

The Vendor shall not subcontract the Service or any part of it without the Customer's prior written consent.

12. TERM AND REMEDIES

12.1 Once Integration Acceptance is given, the Customer may not terminate this Agreement before the end of the Subscription Term for any reason. If the Vendor is in breach, the Customer's remedies are the service credits in clause 5.3 and a claim for damages under clause 10; the Customer is not entitled to terminate this Agreement or to withhold payment because of such breach.

12.2 The Vendor may suspend the Service if undisputed fees remain unpaid 30 days after a written reminder.

12A. SUPPORT AND ACCOUNT MANAGEMENT

12A.1 The Vendor shall provide a named account manager for the Customer and a support desk reachable by e-mail and through the web portal. Chinese-language support is available from 09:00 to 18:00 Beijing time on working days.

12A.2 The Vendor shall inform the Customer at least 30 days in advance of any change in the limits of a destination market that affects the Customer's products, and shall update the Annex within ten days after a change is published by the competent authority.

12A.3 The Vendor shall send a quarterly report of Certificates issued, refused lots by destination market, availability and support tickets.

12B. CHANGES TO THE API

12B.1 The Vendor may release new versions of the API. It shall keep the version used by the Customer working for at least nine months after announcing a new version, and shall give the Customer's developers reasonable help to move to it.

12B.2 The Vendor shall not remove any function used by the Customer during the Subscription Term without the Customer's written agreement.

12B.3 The Vendor shall provide a sandbox environment for the whole Subscription Term so that the Customer can test changes to its own systems before using them in production.

12C. ASSIGNMENT AND COMPLIANCE

12C.1 Neither party may assign this Agreement without the other party's prior written consent.

12C.2 Each party shall comply with applicable anti-bribery and export-control laws in connection with this Agreement.

13. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of public telecommunication networks, provided it informs the other party promptly.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules then in force. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail with confirmation by courier to the addresses above.

15.2 This Agreement, including its Annex (destination markets and limits), is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNATURES

For the Customer: ____________________  Name:  Title:  Date:

For the Vendor: ____________________  Name:  Title:  Date:
"""

# --- part 12: plan, labels, rule re-application, build and checks -------------------------------------------------
FILES = {  # key: (file name, language, category, contract_kind, source)
    "h225z01": ("h225z01_justice_bureau_community_corrections_platform.docx", "zh", "software", "goods_or_licence", H225Z01),
    "h225z02": ("h225z02_tyre_cord_online_defect_inspection.md", "zh", "hardware", "goods_or_licence", H225Z02),
    "h225z03": ("h225z03_yoga_chain_booking_membership_saas.txt", "zh", "cloud", "service", H225Z03),
    "h225z04": ("h225z04_education_bureau_campus_video_om.pdf", "zh", "services", "service", H225Z04),
    "h225z05": ("h225z05_fish_ball_mes_supplier_template.md", "zh", "software", "goods_or_licence", H225Z05),
    "h225e01": ("h225e01_teapot_clay_formulation_licences_spanish_vendor.txt", "en", "software", "goods_or_licence", H225E01),
    "h225e02": ("h225e02_rainbow_mountain_ticketing_order_form_scottish_vendor.md", "en", "cloud", "service", H225E02),
    "h225e03": ("h225e03_scallop_farm_water_sensors_buyers_paper.docx", "en", "hardware", "goods_or_licence", H225E03),
    "h225e04": ("h225e04_robotics_managed_it_desktop_support.pdf", "en", "services", "service", H225E04),
    "h225e05": ("h225e05_walnut_aflatoxin_certificate_api.txt", "en", "cloud", "service", H225E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
N = None
# avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law
T = {
    "h225z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 36, 9, False, True, False, "PRC"),
    "h225z02": (N, 1, True, "buyer", True, True, False, 0.06, N, 10, True, True, 24, N, False, True, True, "PRC"),
    "h225z03": (99.6, 0.5, False, "buyer", True, True, True, 0.1, 150, N, True, N, N, N, True, True, False, "PRC"),
    "h225z04": (N, 5, True, "buyer", True, True, True, 0.1, 50, N, True, N, N, N, False, True, False, "PRC"),
    "h225z05": (N, 24, True, "supplier", True, False, True, 0.02, 25, 55, False, False, 6, 25, False, True, N, "PRC"),
    "h225e01": (N, N, False, "buyer", True, True, True, 0.07, 200, 20, True, True, 18, 11, False, True, False, "Spain"),
    "h225e02": (99.95, 0.5, False, "buyer", True, True, True, N, 150, N, True, N, N, N, False, True, False, "Scotland"),
    "h225e03": (99.95, 2, True, "buyer", True, True, True, 0.09, 180, 10, True, True, 24, 8.5, False, True, False, "PRC"),
    "h225e04": (N, 0.25, True, "buyer", True, True, True, 1200 / 1447600 * 100, 175, N, True, N, N, N, False, True, False, "PRC"),
    "h225e05": (99.95, 1, True, "buyer", False, True, True, 500 / 690000 * 100, 200, N, True, N, N, N, False, False, False, "PRC"),
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value,
# and (not in the label) forum in mainland China, fee base for TCO
X = {
    "h225z01": (True, True, True, False, 2090000, True, 1448000),
    "h225z02": (True, True, False, False, 1675000, True, 1501000),
    "h225z03": (True, True, N, False, 945600, True, N),
    "h225z04": (True, True, N, False, 723200, True, N),
    "h225z05": (True, True, True, True, 1220000, True, 860000),
    "h225e01": (False, True, True, False, 774000, False, 665000),
    "h225e02": (True, False, N, False, 1201200, False, N),
    "h225e03": (True, True, True, False, 2140000, True, 1893600),
    "h225e04": (True, True, N, False, 1447600, False, N),
    "h225e05": (True, True, N, False, 690000, True, N),
}
PLAN = {  # decided BEFORE writing the texts
    "h225z01": [],
    "h225z02": ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h225z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "h225z04": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "h225z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h225e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h225e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h225e03": [],
    "h225e04": ["CR-GOVERNING-LAW"],
    "h225e05": ["CR-DATA-SECURITY", "CR-TERMINATION"],
}
PLAN_RISK = {"h225z01": "low", "h225z02": "high", "h225z03": "medium", "h225z04": "medium", "h225z05": "high",
             "h225e01": "high", "h225e02": "high", "h225e03": "low", "h225e04": "low", "h225e05": "high"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}

# price items and payment instalments, asserted below
PRICES = {
    "h225z01": ([1160000, 486000, 60 * 4800, 132000, 24000], [418000, 940500, 731500], [20, 45, 35]),
    "h225z02": ([4 * 236000, 2 * 68500, 420000, 156000, 18000], [167500, 586250, 837500, 83750], [10, 35, 50, 5]),
    "h225z03": ([30 * 1180 * 24, 96000], [96000] + [3 * 30 * 1180] * 8, None),
    "h225z04": ([318000, 1260 * 120, 86000, 168000], [180800] * 4, None),
    "h225z05": ([860000, 268000, 92000], [671000, 549000], [55, 45]),
    "h225e01": ([14 * 38500, 126000, 88000, 21000], [154800, 348300, 270900], [20, 45, 35]),
    "h225e02": ([46800 * 24, 78000], [78000] + [46800] * 24, None),
    "h225e03": ([36 * 42600, 4 * 18500, 286000, 212000, 34400], [214000, 1177000, 749000], [10, 55, 35]),
    "h225e04": ([58400 * 24, 46000], [46000] + [58400] * 24, None),
    "h225e05": ([218000 * 3, 36000], [36000] + [54500] * 12, None),
}
SUBTOTALS = {"h225z01": 1160000 + 288000, "h225z02": 944000 + 137000 + 420000, "h225e01": 539000 + 126000,
             "h225e03": 1533600 + 74000 + 286000, "h225z05": 860000}
ANNUAL_FEES = {"h225z01": (9, 130320), "h225z05": (25, 215000), "h225e01": (11, 73150), "h225e03": (8.5, 160956)}

# every labelled figure, as it is written in the text
FIGURES = {
    "h225z01": ["99.95%", "30分钟内响应", "万分之八", "20%", "质保期为三年", "9%", "2,090,000"],
    "h225z02": ["1小时内响应", "万分之六", "10%", "二十四个月", "1,675,000", "乙方届时公布的年度维保价目表", "只需事先通知甲方"],
    "h225z03": ["99.6%", "30分钟内响应", "千分之一", "150%", "945,600", "上调幅度由乙方确定", "不因此承担减免服务费"],
    "h225z04": ["5小时内响应", "千分之一", "50%", "723,200"],
    "h225z05": ["24小时内响应", "0.02%", "25%", "55%", "六个月", "215,000", "1,220,000", "即视为甲方验收合格", "知识产权均归乙方所有", "脱敏"],
    "h225e01": ["0.07% of the Contract Price for each day", "200% of the Contract Price", "20% of the Contract Price",
                "eighteen (18) months", "11% of the Licence Fees", "CNY 774,000", "laws of Spain", "courts of Ibiza"],
    "h225e02": ["99.95%", "within 30 minutes", "150% of the total fees", "1,201,200", "Scots law", "not entitled to service credits"],
    "h225e03": ["99.95%", "2 hours", "0.09% of the Contract Price", "180% of the Contract Price", "10% of the Contract Price",
                "twenty-four (24) months", "8.5%", "2,140,000"],
    "h225e04": ["within 15 minutes", "CNY 1,200 for each day of delay", "175% of the total contract value", "1,447,600", "seat of arbitration is Paris"],
    "h225e05": ["99.95%", "within 1 hour", "CNY 500 for each day of delay", "200% of those fees", "690,000", "may not terminate"],
}


def terms_of(key):
    t = dict(zip(TERM_KEYS[:-1], T[key]))
    t["contract_kind"] = FILES[key][3]
    return t


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence/hardware."""
    t = terms_of(key)
    value, base = X[key][4], X[key][6]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not X[key][2]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return value + post, post / (value + post) * 100


def rules(key):
    t = terms_of(key)
    sla, ld_stated, capped, deemed, value, forum_mainland, base = X[key]
    out = []
    if not sla:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            out.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            out.append("CR-POST-WARRANTY-FEE")
        r = tco(key)
        if r and r[1] > 40:
            out.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or not forum_mainland:
        out.append("CR-GOVERNING-LAW")
    return sorted(out)


def risk(found):
    sev = {SEV[r] for r in found}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, cat, kind, _ = FILES[key]
    sla, ld_stated, capped, deemed, value, _, _ = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms_of(key),
            "expected_extra": extra, "expected_rules": rules(key)}


def check_arithmetic():
    for key, (items, pays, shares) in PRICES.items():
        value = X[key][4]
        assert sum(items) == value, (key, sum(items), value)
        assert sum(pays) == value, (key, sum(pays), value)
        if shares:
            assert sum(shares) == 100 and all(value * s // 100 == p for s, p in zip(shares, pays)), key
    for key, sub in SUBTOTALS.items():
        assert sub == X[key][6], key
    for key, (pct, fee) in ANNUAL_FEES.items():
        assert round(pct / 100 * X[key][6], 2) == fee, key
        assert T[key][13] == pct
    pp = {k: T[k][9] for k in T if T[k][9] is not None}
    for k, v in pp.items():
        assert v / 100 * X[k][4] == PRICES[k][1][0], k


def main():
    self_test()
    check_arithmetic()
    counts = {}
    for key in FILES:
        found = rules(key)
        assert found == sorted(PLAN[key]), (key, found, PLAN[key])
        assert risk(found) == PLAN_RISK[key], (key, risk(found))
        for r in found:
            counts[r] = counts.get(r, 0) + 1
    # write the plain files
    for key, (name, lang, cat, kind, src) in FILES.items():
        if name.endswith((".md", ".txt")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: FILES[k][4] for k in built}, built, OUT, wrap_words=True)
    # labels
    for key in FILES:
        name = FILES[key][0]
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")
    # read back: lengths, thresholds, figures, island names
    bad = []
    for key, (name, lang, cat, kind, src) in FILES.items():
        text = read_back(OUT / name)
        n = zh_len(text) if lang == "zh" else en_words(text)
        ok_len = (2800 <= n <= 3300) if lang == "zh" else (1500 <= n <= 1700)
        hits = scan(text)
        flat = re.sub(r"\s+", "", text)
        missing = [f for f in FIGURES[key] if re.sub(r"\s+", "", f) not in flat]
        r = tco(key)
        print(f"{name}: {'chars' if lang == 'zh' else 'words'}={n} rules={len(rules(key))} risk={risk(rules(key))}"
              + (f" tco={r[0]:,.0f} share={r[1]:.2f}%" if r else ""))
        if not ok_len:
            bad.append((name, "length", n))
        if hits:
            bad.append((name, "threshold", hits))
        if missing:
            bad.append((name, "figure missing", missing))
    for isle in ["Isla de Sa Torreta", "Isle of Rona", "Isola di San Giorgio", "Île de Kerner", "Ilhéu da Praia"]:
        if not any(re.sub(r"\s+", "", isle) in re.sub(r"\s+", "", read_back(OUT / v[0])) for v in FILES.values()):
            bad.append(("island", isle))
    print("rules fired:", dict(sorted(counts.items())), "distinct:", len(counts))
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
