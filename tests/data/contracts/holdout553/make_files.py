"""holdout553: builds the ten contracts from src/, reads them back, measures them, scans them for threshold figures,
writes the labels (derived rules checked against the design list) — run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

FILES = {
    "z01": ("h553z01_water_bureau_river_chief_platform.pdf", "zh"),
    "z02": ("h553z02_plastics_injection_moulding_control_retrofit.docx", "zh"),
    "z03": ("h553z03_maternity_centre_chain_crm_saas.txt", "zh"),
    "z04": ("h553z04_city_library_rfid_annual_maintenance.txt", "zh"),
    "z05": ("h553z05_bean_paste_fermentation_monitoring_supplier_template.md", "zh"),
    "e01": ("h553e01_apparel_plm_licence_french_vendor.pdf", "en"),
    "e02": ("h553e02_hotel_revenue_saas_order_form_monaco_vendor.md", "en"),
    "e03": ("h553e03_cold_store_sensors_quebec_supplier.docx", "en"),
    "e04": ("h553e04_managed_it_services_reunion_provider.md", "en"),
    "e05": ("h553e05_marine_weather_data_api_polynesia_vendor.txt", "en"),
}
SRCNAME = {"z01": "z01.txt", "z02": "z02.txt", "z03": "z03.txt", "z04": "z04.txt", "z05": "z05.md",
           "e01": "e01.txt", "e02": "e02.md", "e03": "e03.txt", "e04": "e04.md", "e05": "e05.txt"}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


# ---- threshold scan -------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESH = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-|‑)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十二])四\s*个?\s*小时", r"(?i)\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十\d])", r"(?i)\b0?\.05\s*percent",
    r"(?<![\d.,])100" + PCT, r"百分之百", r"(?i)one\s*hundred\s*per\s*cent|one\s*hundred\s*percent",
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)thirty\s*per\s*cent|thirty\s*percent",
    r"(?<![\d.])12\s*(?:个月|months?\b)", r"(?<![十\d])十二\s*个月", r"(?i)twelve[\s-]*months?", r"(?<![十\d〇零])一\s*年(?!度|级)",
    r"(?i)\bone[\s-]*year(?!s?\s*\d)", r"(?<![\d.,])1\s*year\b",
    r"(?<![\d.,])15" + PCT, r"百分之十五", r"(?i)fifteen\s*per\s*cent|fifteen\s*percent",
    r"(?<![\d.,])40" + PCT, r"四成", r"百分之四十(?![一二三四五六七八九])", r"(?i)forty\s*per\s*cent|forty\s*percent",
    r"(?<![\d.])5\s*(?:年|years?\b)", r"(?<![十\d〇零])五\s*年", r"(?i)\bfive[\s-]*years?", r"(?<![\d.])60\s*months?",
    r"(?i)sixty\s*months",
]
THRESH_RE = [re.compile(p) for p in THRESH]
FREE_RE = [re.compile(p.replace(r"\b", "")) for p in THRESH]  # for whitespace-free text word boundaries vanish


def hits(text, free=False):
    return [m.group(0) for r in (FREE_RE if free else THRESH_RE) for m in r.finditer(text)]


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "one-year", "15%", "15 %", "40%", "四成", "百分之四十", "5年", "五年", "five years", "60 months",
            "thirty percent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year", "14 hours", "1.5%", "140%", "130%", "0.055%", "一个服务年度", "36个月",
             "six months", "25%", "3 months", "CNY 1,500", "十五年"]


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s), True), s
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s), True), s


def scan(name, text):
    found = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s+", "", text), True)
    assert not found, (name, found)


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())



# ---- contract sources (PDF/DOCX ones in word_pdf markup) ----------------------------------------------------
SOURCES = {}
SOURCES["z01"] = """T:临江市河长制综合管理平台建设项目政府采购合同
P:合同编号：LJSL-ZFCG-2026-017　　采购方式：公开招标
P:甲方（采购人）：临江市水利局　　地址：临江市滨河路88号
P:乙方（供应商）：江苏禹图信息技术有限公司　　地址：南京市建邺区江东中路219号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供河长制综合管理平台软件许可（永久许可）、移动巡河APP许可，并完成定制开发、历史数据整理入库、部署和培训，建成覆盖全市326条河道、1,042名各级河长的河长制综合管理平台。
P:1.2 定制开发内容包括：“一河一策”档案管理、水质自动监测站数据对接（41个站点）、视频监控接入、事件上报与流转、考核评价、领导驾驶舱，具体以招标文件技术需求书为准。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾万元整（¥1,400,000.00），含税，明细如下：
P:（1）河长制综合管理平台V3.0永久许可：¥680,000；
P:（2）移动巡河APP许可（不限终端数）：¥120,000；以上（1）（2）合计为软件许可小计¥800,000；
P:（3）定制开发：¥460,000；
P:（4）历史数据整理与入库：¥95,000；
P:（5）部署实施与培训：¥45,000。
P:2.2 合同总价为固定价格，不因市场价格变化而调整，包括软件许可、开发、部署、培训、质保期内服务及乙方为完成本项目发生的全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具等额发票，甲方在15个工作日内支付合同总价的20%作为预付款，即¥280,000。
P:3.2 平台上线并通过初验后，甲方支付合同总价的35%，即¥490,000。
P:3.3 平台试运行满90日并通过终验后，甲方支付合同总价的45%，即¥630,000。
P:3.4 各期款项均以国库集中支付方式支付至乙方指定账户。
H:第四条 工期
P:乙方应在合同签订后150日内完成部署并提请初验，初验通过后进入90日试运行。
H:第四条之一 项目管理与人员
P:4.1 乙方应指定具有水利信息化项目经验的项目经理一名，驻场时间不少于实施期的三分之二；项目经理更换须经甲方书面同意。
P:4.2 乙方应每两周向甲方提交书面项目进度报告，说明已完成工作、存在问题及下一阶段计划；甲方指定信息科负责人作为项目联系人。
P:4.3 甲方负责协调各区县水利部门、河长办提供河道基础资料、站点信息及网络接入条件，并为乙方驻场人员提供办公场所。
H:第四条之二 培训
P:乙方应对市、区县两级河长办管理员进行系统管理培训，对各级河长及巡河员进行移动巡河APP使用培训，培训不少于6场，并提供培训教材、操作视频和常见问题手册；培训效果以甲方组织的抽查考核为准。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；41个水质站点数据接入完整，数据延迟不超过10分钟；平台并发300用户时页面响应时间不超过3秒；移动巡河APP轨迹记录完整；通过第三方软件测评和网络安全等级保护测评。
P:5.2 终验标准：试运行期间无一级故障，累计发现的问题均已整改；技术文档、源代码、操作手册齐全。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。未经书面验收，平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为终验合格之日起36个月。质保期内乙方免费提供软件升级、故障处理、巡检和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或水质数据中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减¥500；月可用率每低于承诺值0.01个百分点，扣减¥1,000，从下一期付款或履约保证金中扣除。
P:6.4 质保期满后，如甲方需要，乙方按年提供运维服务，年度运维费不超过软件许可小计的8%（即每年不超过¥64,000），且质保期满后连续两个年度内不上调。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的程序、源代码、数据库设计及文档的知识产权归甲方所有，甲方有权自行修改、使用或许可他人使用。
H:第八条 数据安全
P:8.1 平台中的河道、水质、巡河、事件等全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护三级要求落实访问控制、数据加密、日志审计等措施，运维人员经甲方审批后通过堡垒机访问，不得将数据导出至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 违约责任
P:9.1 乙方逾期完成部署或逾期提请验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:9.3 乙方交付成果经两次整改仍不能通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十条 分包
P:本项目不得分包或转包。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十二条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十二条之一 不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明；双方可据此协商延期履行或变更合同。汛期防汛指挥需要优先保障时，乙方应服从甲方安排。
H:第十二条之二 廉政与履约保证金
P:乙方在签订合同前向甲方提交合同总价5%的履约保证金，终验合格后无息退还。双方应遵守廉政规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得违背招标文件和投标文件的实质性内容。
P:13.3 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：临江市水利局　　　　乙方（盖章）：江苏禹图信息技术有限公司
P:法定代表人或授权代表：________　　　法定代表人或授权代表：________
P:日期：2026年4月____日　　　　　　　日期：2026年4月____日
"""

SOURCES["z02"] = """T:注塑机控制系统改造及维保合同
P:合同编号：YD-JS-2026-031
P:甲方（买方）：宁波甬达塑料制品有限公司　　地址：宁波市余姚市城东路150号
P:乙方（卖方）：杭州科沃自动化技术有限公司　　地址：杭州市滨江区江南大道3888号
P:甲方注塑车间现有18台注塑机控制系统老化，故障频繁。为提高产品一致性并接入车间MES，甲方委托乙方实施控制系统改造，并由乙方提供质保期满后的维保服务。双方经协商订立本合同。
H:1. 改造范围
P:1.1 乙方为甲方18台注塑机（150吨至680吨）更换PLC控制器、伺服驱动及HMI触摸屏，提供注塑工艺管理软件许可，并完成与甲方MES系统的数据接口。
P:1.2 改造应分三批进行，每批6台，每批停机不超过7日，改造期间不得影响其余机台生产。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），含13%增值税，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|18套|32,000|576,000
TB:2|伺服驱动改造套件|18套|21,500|387,000
TB:3|HMI触摸屏（15英寸）|18台|6,800|122,400
TB:4|注塑工艺管理软件许可（永久）|1套|168,000|168,000
TB:小计|软硬件小计|||1,253,400
TB:5|安装调试及MES接口|1项|146,600|146,600
TB:6|操作及维修培训|1项|20,000|20,000
TB:合计||||1,420,000
P:2.2 上述价格为固定价格，包含运输、保险、安装、调试、培训及质保期内全部服务费用。
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，即¥284,000作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的45%，即¥639,000。
P:3.3 全部机台安装调试完成后，甲方支付合同总价的35%，即¥497,000。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。
H:4. 交货与安装
P:4.1 乙方应在合同签订后45日内将全部设备运至甲方车间，并在到货后60日内完成全部机台的安装调试。
P:4.2 设备到货时双方按装箱单清点，签收仅表示数量相符。乙方应提供设备合格证、说明书及原厂检验报告。
H:4A. 双方义务
P:4.3 甲方负责提供改造所需的电源、气源、吊装通道及停机时间安排，并指派设备主管配合乙方工作。
P:4.4 乙方应在改造前对每台注塑机现有参数进行备份，改造完成后逐台恢复甲方常用模具的工艺参数，并对甲方操作人员进行现场交底。
P:4.5 乙方施工人员应遵守甲方车间安全管理制度，持证上岗；因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.6 乙方应对每批改造后的机台连续跟班生产3个班次，及时处理调试中发现的问题，并提交调试记录。
H:5. 验收
P:5.1 每台注塑机安装调试完成、通电试机后，即视为该机台验收合格，双方签署安装确认单。
P:5.2 全部机台安装调试完成之日，即视为本项目验收合格之日。
H:6. 质保与维保服务
P:6.1 质保期为验收合格之日起24个月。质保期内，因设备或软件本身质量问题发生的故障，乙方免费维修或更换。
P:6.2 质保期内故障响应：一级故障（机台停机或批量不良）乙方应在接报后1小时内远程响应，8小时内到场；二级故障（单项功能异常）2小时内响应，24小时内到场；三级问题在下次巡检时处理。乙方每季度上门巡检一次，并提交巡检报告。
P:6.3 质保期满后，乙方按年为甲方提供维保服务，年度维保费按软硬件小计的9%计取，即每年¥112,806，质保期满后连续三个年度内不作调整。维保服务的响应时间与6.2相同。
P:6.4 乙方应在甲方所在地储备常用备件，保证质保期及维保期内备件供应。
H:7. 知识产权
P:7.1 PLC程序、HMI画面及MES接口程序为本项目专门编写，其知识产权归甲方所有，乙方应交付源程序及说明文档，甲方可自行修改或委托他人修改。
P:7.2 注塑工艺管理软件的知识产权归乙方所有，甲方获得永久使用许可。
H:8. 数据安全
P:8.1 工艺参数、配方、产量与质量数据均属甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次授权，使用甲方提供的VPN账号，操作留有记录；乙方不得在设备中预留后门或远程控制程序。
P:8.3 因乙方原因造成甲方数据泄露、丢失或生产系统被入侵的，乙方应在发现后2小时内通知甲方，并承担由此给甲方造成的全部损失。
H:9. 保密
P:乙方对在履行本合同过程中知悉的甲方工艺、配方、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 改造后机台因乙方原因造成批量不良品的，乙方赔偿甲方直接损失。
H:11. 分包
P:乙方不得将本合同项下工作转包；确需将设备运输或吊装分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:12. 合同解除
P:乙方逾期交货超过30日，或改造后机台经两次维修仍不能正常生产的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:13A. 不可抗力及通知
P:13.1 因不可抗力不能按期履行的，受影响一方应在3日内通知对方并提供证明，双方协商顺延履行期限。
P:13.2 本合同项下通知以书面形式送达双方首页所列地址，或发送至双方指定的电子邮箱，邮件发出之日视为送达。
P:13.3 乙方应在全部机台改造完成后15日内交付竣工资料，包括电气图纸、PLC程序备份、HMI工程文件、备件清单及操作维护手册。
H:13B. 变更
P:甲方需要增加改造机台或调整功能的，双方应签订书面变更协议，变更价格参照本合同表中单价确定。未经甲方书面确认的变更，乙方不得收取额外费用。乙方提出的技术方案变更，须经甲方设备部和生产部共同确认后方可实施。
H:14. 其他
P:本合同附件包括设备技术规格书、改造实施计划及验收记录表，附件与本合同具有同等效力。本合同未尽事宜由双方另行协商并签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁波甬达塑料制品有限公司　　乙方（盖章）：杭州科沃自动化技术有限公司
P:代表签字：________　　代表签字：________　　日期：2026年5月____日
"""

SOURCES["z03"] = """悦禾母婴护理中心客户管理系统SaaS服务及实施合同

合同编号：YH-IT-2026-008

甲方：上海悦禾母婴健康管理有限公司（下辖12家月子中心门店）
地址：上海市长宁区仙霞路319号
乙方：广州云柚软件科技有限公司
地址：广州市天河区天河北路233号

鉴于甲方拟统一12家门店的客户档案、房态、护理记录、会员及营销管理，乙方拥有“云柚母婴云”SaaS平台，双方经友好协商，就SaaS订阅服务及实施服务订立本合同。

一、服务内容
（一）乙方通过“云柚母婴云”平台向甲方12家门店提供客户档案、预约签约、房态管理、母婴护理记录、膳食管理、会员积分及营销活动等功能的在线订阅服务。
（二）乙方提供实施服务：历史客户数据迁移（约2.6万条）、门店及权限配置、护理记录模板定制、与甲方财务系统的收款数据对接，以及店长、护理人员培训。

二、服务期限
（一）订阅服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。
（二）服务期满前60日内双方均未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权调整订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前30日书面告知调整后的价格。

三、费用
（一）订阅费：每家门店每个服务年度人民币21,000元，12家门店每个服务年度合计252,000元，三个服务年度合计756,000元。
（二）实施费：人民币84,000元（一次性）。
（三）本合同总金额为人民币840,000元，含6%增值税。服务期内订阅费单价固定不变。
（四）订阅费已包含平台使用、数据存储（每家门店不超过200GB）、短信通知（每家门店每月不超过3,000条）、版本更新及本合同约定的运维支持，乙方不再另行收取费用。

四、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，每季度63,000元，于每季度结束后15个工作日内支付。
（三）乙方应在每次付款前开具增值税专用发票。

五、实施与上线验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和培训，并提请上线验收。
（二）上线验收标准：历史数据迁移完整率不低于99.8%，抽查200条记录无差错；各门店账号权限按甲方清单配置；护理记录模板通过甲方护理部确认；收款数据对接连续7日核对无差异；完成全部门店培训并考核合格。
（三）验收合格后双方签署上线验收单；甲方使用系统不视为验收合格。
（四）乙方逾期提请上线验收的，每逾期一日按本合同总金额的千分之一向甲方支付违约金。

五之一、双方其他义务
（一）甲方应指定项目负责人，协调各门店按时提供历史客户数据、房型及套餐资料、护理记录模板样例，并组织门店人员参加培训。
（二）乙方应指定实施经理一名，实施期间每周向甲方提交进度周报；新开门店接入系统时，乙方应按本合同约定的门店单价提供配置和培训服务，新增门店订阅费按实际使用月份折算。
（三）乙方应保证平台支持电脑端、平板及微信小程序访问，并随法律法规变化（包括母婴护理机构管理相关规定）及时更新相关功能，不另行收费。
（四）乙方每季度向甲方提交服务报告，内容包括可用率、故障处理情况、功能更新及数据备份检查结果。

六、服务水平
（一）平台月可用率不低于99.5%（计划维护除外，计划维护应安排在凌晨0点至6点且提前3日通知）。
（二）故障分级响应：一级故障（平台无法登录或全部门店无法使用）30分钟内响应，3小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级问题1个工作日内响应。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，按当月订阅费的2%抵扣；一级故障恢复超时的，每超时1小时抵扣当月订阅费的1%。当月抵扣合计不超过当月订阅费的25%。

六之一、变更与培训
（一）甲方需要增加功能模块或定制报表的，双方应另行书面确认工作量及费用后实施；乙方对平台进行重大版本升级前，应提前15日通知甲方，并提供测试环境供甲方确认。
（二）除实施期培训外，乙方每个服务年度应为甲方提供不少于4场线上培训，覆盖新入职的店长、护理人员及前台人员，并提供操作视频和常见问题手册。
（三）乙方应为甲方配备专属客户成功经理，每月与甲方召开一次服务例会，跟踪问题整改情况。

七、数据归属与数据安全
（一）甲方录入及平台产生的客户信息、母婴健康记录、会员及交易数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内的数据中心，落实等级保护三级要求，对身份证号、手机号、健康信息加密存储，按最小权限原则控制访问，保留操作日志不少于180日。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的损失及相应法律责任。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

八、保密
双方对履行本合同中知悉的对方商业信息、客户信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后持续有效。

九、知识产权
平台本身的知识产权归乙方所有。为甲方定制的护理记录模板、报表及对接程序归甲方所有，甲方可自由使用和修改。

十、责任限制
乙方在本合同项下的累计赔偿责任以索赔发生前6个月内甲方已支付的订阅费总额为限，但乙方故意或重大过失及违反第七条的情形除外。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还甲方已支付但尚未提供服务部分的费用。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十三之一、不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过60日的，任何一方可书面通知解除本合同。

十三之二、通知
本合同项下的通知应以书面形式送达本合同首页所列地址，或发送至双方指定的联系人电子邮箱；一方变更联系方式的，应提前7日书面通知对方。

十三之三、廉洁条款
双方应遵守廉洁从业规定，乙方不得向甲方员工提供回扣、礼金或其他不正当利益；违反本条的，甲方有权解除合同。

十四、其他
本合同附件包括：附件一门店清单，附件二功能清单，附件三实施计划，附件四数据处理说明。附件为本合同不可分割的组成部分。本合同未尽事宜，双方可另行签订补充协议。新增或关闭门店的，双方以书面确认函调整门店清单。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海悦禾母婴健康管理有限公司
乙方（盖章）：广州云柚软件科技有限公司
签署日期：2026年6月____日
"""

SOURCES["z04"] = """江州市图书馆RFID智能管理系统年度运维服务合同

项目编号：JZTSG-CS-2025-46（竞争性磋商）
甲方（采购人）：江州市图书馆
地址：江州市文华路66号
乙方（成交供应商）：湖南书联智能科技有限公司
地址：长沙市岳麓区麓谷大道627号

根据江州市图书馆RFID智能管理系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，依照《中华人民共和国政府采购法》《中华人民共和国民法典》，双方订立本合同。

（1）服务对象
甲方总馆及4个分馆的RFID智能管理系统，包括：自助借还机14台、安全门禁6套、自动分拣系统1套（含分拣线及9个分拣箱）、盘点机8台、馆员工作站22台、24小时自助还书机2台，以及RFID管理服务器及中间件。设备清单见附件一。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（3）服务内容
a. 驻场运维：乙方派驻2名具备RFID系统维护经验的工程师，在甲方开馆时间内（周二至周日9:00—21:00）驻场值守。
b. 巡检保养：每月对全部设备巡检一次，每季度对自助借还机、安全门禁进行深度保养，形成巡检记录。
c. 故障维修：对设备及系统故障进行诊断、维修，必要时更换备件。
d. 备品备件：乙方按附件二储备备件，备件费用已包含在合同价款中（人为损坏除外）。
e. 新书标签转换（按甲方采编部门每批次提交的书单完成，每批次完成后由甲方抽检）：为甲方全年新入藏图书约40,000册完成RFID标签粘贴、写码及典藏信息关联。
f. 数据维护：每月核对流通数据与ILS系统一致性，协助甲方完成年度盘点。

（3A）人员要求
a. 驻场工程师应熟悉超高频和高频RFID设备、自助借还系统及图书馆集成管理系统（ILS）接口，上岗前须经甲方面试确认；乙方更换驻场人员须提前7日书面告知甲方并经甲方同意。
b. 驻场人员应遵守甲方考勤及馆内管理制度，着装整洁，文明服务读者；读者高峰期（周末及寒暑假）应在自助服务区巡视，协助读者使用设备。
c. 乙方应设立服务热线，并指定一名技术负责人，负责疑难故障的远程支持和升级处理。

（3B）服务记录与报告
乙方应建立故障台账和巡检记录，每月5日前向甲方提交上月运维报告，内容包括设备运行情况、故障处理情况、备件消耗、标签转换进度及改进建议。

（4）合同价款
合同总价为人民币肆拾捌万贰仟元整（¥482,000），含税，明细如下：
驻场运维服务：¥216,000；
设备巡检及故障维修：¥168,000；
备品备件包干：¥62,000；
新书标签转换（40,000册×0.9元）：¥36,000。
合同价款为固定价格，服务期内不作调整。

（5）付款方式
甲方为财政拨款单位，付款按财政国库集中支付程序办理。合同价款按季度支付，每季度¥120,500。甲方在每季度服务考核合格后15个工作日内，凭乙方开具的发票支付该季度款项。本合同不设预付款。

（6）服务水平
a. 故障分级：一级故障指总馆自助借还机全部停用、安全门禁全部失效或分拣系统停机；二级故障指单台设备停用或部分功能异常；三级问题指不影响使用的一般问题。
b. 响应要求：一级故障驻场工程师15分钟内到达现场，30分钟内提出处置方案，6小时内恢复；非开馆时间发生的一级故障，乙方30分钟内响应，2小时内到场。二级故障2小时内修复或启用备机；三级问题3个工作日内解决。
c. 分馆设备故障，乙方应在接报后2小时内到达分馆现场。

（7）服务考核与扣款
a. 甲方每季度按附件三考核表对乙方进行考核，考核内容包括到岗率、故障响应及修复时效、巡检完成率、标签转换差错率及读者投诉。
b. 一级故障每超时1小时扣减服务费¥800；二级故障每超时1日扣减¥300；驻场人员缺岗每人每日扣减¥600；季度考核得分低于80分的，扣减当季度服务费的5%。

（8）验收
a. 季度考核合格即为该季度服务验收合格。
b. 服务期满后15日内，甲方组织年度验收，标准为：四个季度考核均合格；全年一级故障均在规定时间内恢复；标签转换差错率不高于0.1%；运维文档、巡检记录、故障台账齐全并已移交甲方。
c. 年度验收不合格的，乙方应在甲方规定期限内整改。

（9）逾期违约
乙方未能自2026年1月1日起按时派驻人员开始服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过15日的，甲方有权解除合同。

（10）数据安全
a. RFID系统中的读者信息、借阅记录、馆藏数据属于甲方，乙方仅为履行本合同访问，不得复制、导出、留存或向第三方提供。
b. 乙方工程师须使用甲方分配的账号操作，不得私接外部设备或网络；更换的硬盘及存储介质须交甲方处置。
c. 因乙方原因造成读者个人信息泄露或数据丢失的，乙方应在1小时内报告甲方并采取补救措施，承担全部赔偿责任及相应法律责任。

（11）保密
乙方及其人员对履行本合同中知悉的甲方信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。驻场人员应签署保密承诺书。

（12）知识产权
乙方在服务过程中为甲方编写的巡检规程、运维文档及数据核对脚本归甲方所有。

（13）分包
本项目不得分包、转包。

（14）合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务情况结算。

（15）适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（15A）不可抗力
因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，双方协商处理；因甲方闭馆、装修等原因暂停服务的，双方按实际情况协商调整服务安排。

（15B）履约保证金
乙方应在合同签订前向甲方缴纳合同总价5%的履约保证金，服务期满年度验收合格后15个工作日内无息退还；乙方违约应支付的违约金、扣款可从履约保证金中扣除。

（15C）移交
服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务商移交设备清单、故障台账、备件库存、管理账号及全部运维文档，并配合完成交接，交接期不少于10个工作日。

（16）其他
本合同附件包括：附件一设备清单，附件二备品备件清单，附件三季度考核表，附件四驻场人员名单。本合同未尽事宜，双方可签订补充协议，但不得违背磋商文件的实质性内容。磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：江州市图书馆　　　乙方（盖章）：湖南书联智能科技有限公司
代表：________　　　　　　　　代表：________
日期：2025年12月____日　　　　日期：2025年12月____日
"""

SOURCES["z05"] = """# 酿造发酵智能监控平台软件许可及定制开发合同

**蜀酿智控标准合同文本 V2.3**（乙方制式合同）

合同编号：SNZK-2026-HT-052

- 甲方（买方）：四川郫都鹃城酿造食品有限公司
- 地址：成都市郫都区红光镇酱园路18号
- 乙方（卖方）：成都蜀酿智控科技有限公司
- 地址：成都市高新区天府大道北段1700号

甲方为豆瓣酱生产企业，拟对晒场及发酵池的温度、湿度、盐度及翻醅作业实施数字化监控。乙方拥有“蜀酿智控发酵监控平台”的全部知识产权。双方经协商，就平台软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蜀酿智控发酵监控平台软件永久许可（覆盖60个发酵池点位及2个晒场），并根据甲方需求进行定制开发、部署实施。

1.2 定制开发内容：豆瓣酱发酵温湿度曲线模型、翻醅提醒与作业记录、盐度异常预警、与甲方用友ERP的批次数据对接。

1.3 传感器、网关等硬件由甲方另行采购，不在本合同范围内。乙方应向甲方提供平台支持的传感器型号及通信协议清单，并协助甲方完成设备选型。

1.4 平台部署在甲方厂区机房的服务器上，服务器及操作系统由甲方提供。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵监控平台软件永久许可 | 1,200,000 |
| 2 | 定制开发（曲线模型、翻醅提醒、盐度预警、ERP对接） | 380,000 |
| 3 | 部署实施及培训 | 100,000 |
| | 合计 | 1,680,000 |

合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥840,000。

3.2 平台上线运行后，甲方支付合同总价的38%，即¥638,400。

3.3 平台验收合格后，甲方支付合同总价的12%，即¥201,600。

## 第四条 交付与实施

乙方应在收到首期款后90日内完成部署并上线运行。甲方应按乙方要求提供现场条件、网络及硬件接入。

## 第四条之一 双方义务

4.1 甲方应在合同签订后10日内向乙方提供发酵工艺说明、发酵池平面图、ERP接口说明及测试账号，并指定项目联系人。

4.2 甲方负责传感器及网关的安装、供电和网络，保证数据能够接入平台；因甲方硬件或网络原因影响实施进度的，工期相应顺延。

4.3 乙方应指派项目经理及实施工程师，按实施计划完成部署、配置、定制开发和培训，培训对象为甲方生产部、质量部及信息部相关人员。

4.4 乙方应向甲方交付用户手册、管理员手册及培训材料。

## 第五条 验收

5.1 上线运行满30日后，乙方提请验收。验收标准：60个发酵池点位数据采集完整率不低于98%；曲线模型对温度异常的预警准确率不低于90%；ERP批次数据对接连续10日无差错；功能清单所列功能全部实现。

5.2 甲方应在收到验收申请后7个工作日内组织验收并签署验收报告，验收不合格的，乙方整改后重新验收。

## 第六条 免费维护期

6.1 免费维护期为验收合格之日起六个月。

6.2 免费维护期内，乙方负责修复平台自身缺陷，并提供必要的版本更新。

6.3 免费维护期内，乙方在工作日通过电话、远程方式提供技术支持，对甲方报告的故障尽合理的商业努力予以解决。

## 第七条 年度技术服务

7.1 免费维护期满后，甲方应向乙方购买年度技术服务，年度技术服务费为软件许可费的28%，即每年¥336,000。

7.2 年度技术服务内容包括软件升级、远程技术支持及每半年一次现场巡检。

## 第八条 知识产权

8.1 平台软件及其升级版本的知识产权归乙方所有。

8.2 本合同项下定制开发的模型、程序、源代码及文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 平台采集的发酵过程数据归甲方所有。

9.2 甲方同意乙方对发酵过程数据进行脱敏处理后，用于乙方产品的模型训练、算法改进及向其他客户提供行业分析服务。

9.3 乙方应采取访问控制、加密传输、日志审计等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的，乙方依法承担赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方技术资料、配方及经营信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按应付金额的千分之一支付违约金；逾期超过30日的，乙方有权暂停服务。

11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担甲方的间接损失、利润损失或产品损失。

## 第十二条 合作伙伴

乙方可根据项目需要，将部分开发或实施工作交由其合作伙伴完成，通知甲方即可，乙方对合作伙伴的工作成果负责。

## 第十三条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条之一 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同，互不承担违约责任。

## 第十四条之二 通知

本合同项下的通知以书面形式送达合同首部所列地址，或以电子邮件发送至双方指定联系人，发出之日起3日视为送达。

## 第十四条之三 变更

甲方需要变更定制开发内容的，应以书面形式提出，乙方评估工作量后报价，经双方书面确认后实施。因变更导致工期延长的，双方协商调整上线时间。

## 第十四条之四 培训与文档

乙方应为甲方提供不少于3次现场培训，培训内容包括平台操作、预警处理、报表查询及日常维护，并交付安装部署文档和数据字典。

## 第十五条 其他

本合同附件包括：附件一功能清单，附件二实施计划，附件三验收申请及报告格式。附件与本合同具有同等效力。本合同未尽事宜，由双方另行协商并签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同文本为乙方标准文本，双方另有书面约定的除外。

甲方（盖章）：四川郫都鹃城酿造食品有限公司　　乙方（盖章）：成都蜀酿智控科技有限公司

代表签字：________　　代表签字：________　　日期：2026年____月____日
"""

SOURCES["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TXL-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Textilia Logiciels SAS, a company incorporated in France with its registered office at 14 quai Perrache, 69002 Lyon, France (the "Vendor"); and
P:(2) Hangzhou Jinlan Apparel Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Xiasha Road, Qiantang District, Hangzhou, Zhejiang Province (the "Customer").
P:Background: The Customer designs and manufactures women's and children's clothing and wishes to replace its spreadsheet-based product development process with a product lifecycle management system. The Vendor publishes the Textilia PLM software and provides configuration, integration and support services for it. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Textilia PLM server software version 9 and the named-user client modules listed in Article 3, in object code, with their documentation.
P:1.2 "Services" means the configuration, integration, data migration and training services described in Article 2 and Annex 1.
P:1.3 "Custom Deliverables" means the configurations, interface programs, report templates, scripts and documents produced by the Vendor specifically for the Customer under this Agreement.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.5 "Customer Data" means all style, material, supplier, costing and production data entered into or generated by the Software for the Customer.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in the Customer's data centre in Hangzhou for the internal business of the Customer and its wholly owned subsidiaries, for up to 80 named users.
P:2.2 The Vendor shall configure the Software to the Customer's style development, sampling and bill-of-materials processes, build interfaces with the Customer's ERP system and design tools, migrate approximately 14,000 historical style records, and train 12 key users and 80 end users.
P:2.3 The Services shall be performed under the project plan in Annex 1. The Vendor shall appoint a project manager who speaks Mandarin and shall be on site in Hangzhou during configuration and cut-over.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,640,000 (the "Contract Price"), inclusive of all taxes payable in China, made up as follows:
P:(a) PLM server licence (perpetual), 1 unit: CNY 620,000;
P:(b) named-user client licences (perpetual), 80 users at CNY 6,500: CNY 520,000;
P:Licence subtotal (a) + (b): CNY 1,140,000;
P:(c) configuration and ERP / design-tool integration: CNY 386,000;
P:(d) data migration: CNY 74,000;
P:(e) training: CNY 40,000.
P:3.2 The Contract Price is fixed. It includes travel and living costs of the Vendor's staff and all support during the warranty period.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 164,000) within 20 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 902,000) within 20 days after the Operational Test under Article 6.1 has been passed.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 574,000) within 20 days after Final Acceptance.
P:4.4 Each payment is due against a valid invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall deliver the Software licence keys within 10 days after signature and shall complete configuration, integration and migration so that the system is ready for the Operational Test within 120 days after signature.
P:5.2 If the Vendor fails to make the system ready for the Operational Test, or to achieve Final Acceptance, by the dates in Annex 1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Operational Test: the Vendor shall demonstrate, against the test scripts agreed in Annex 2, that (a) every function in the requirements list works, (b) all 14,000 migrated style records reconcile with the source data, (c) the ERP interface transfers bills of materials and purchase requests without error for 10 consecutive working days, and (d) search and page loading take no more than 3 seconds with 80 concurrent users.
P:6.2 Final Acceptance: after the Operational Test, the system shall run in production for 60 days without any Severity 1 incident, with all defects found resolved and all documentation and source code of the Custom Deliverables delivered. The Customer shall then sign the Final Acceptance Certificate within 10 working days or give written reasons for refusal.
P:6.3 Production use, payment, or the passing of time shall not be treated as Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and the requirements list for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all new versions and provide support free of charge.
P:7.2 Severity 1 (the system is down or style data cannot be saved) response within 1 hour, workaround within 8 hours; Severity 2 (a major function fails) response within 2 hours, correction within 3 working days; Severity 3 response within 1 working day. Support is provided in Mandarin and English by telephone, e-mail and remote session.
P:7.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 1,000 against the next payment or, after the last payment, pay that amount to the Customer.
P:7.4 After the Warranty Period, the Customer may order annual support at 11% of the licence subtotal per year (CNY 125,400). This fee shall not be increased for the first three years of support. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process it only to perform this Agreement and may not copy, retain or use it for any other purpose.
P:9.2 Customer Data stays in the Customer's data centre in China. Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and all sessions are logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, cooperate in the response, and be liable for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including designs, costing and supplier information, and use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement of intellectual property, and breach of Articles 9 and 10, which is not limited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 5.2 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of France.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Paris and the language is English.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.2 This Agreement, with Annex 1 (Project Plan and Requirements List) and Annex 2 (Acceptance Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For Textilia Logiciels SAS: ____________________ Name: Claire Mounier, Directrice générale. Date: ____________
P:For Hangzhou Jinlan Apparel Co., Ltd.: ____________________ Name: Zhou Min, General Manager. Date: ____________
"""

SOURCES["e02"] = """# ORDER FORM — RevenuePilot Hotel Revenue Management Service

**Order Form No. RP-OF-2026-0093**, issued under the RevenuePilot General Terms set out below.

## Part A — Order Form

| Item | Details |
|---|---|
| Provider | Monégasque Revenue Systems SAM, 7 avenue de Grande-Bretagne, 98000 Monaco |
| Customer | Guilin Lijiang Hotel Management Co., Ltd., 26 Binjiang Road, Xiufeng District, Guilin, Guangxi |
| Service | RevenuePilot revenue management and rate-shopping service (SaaS), Professional edition |
| Properties | 9 hotels operated by the Customer in Guilin, Yangshuo and Nanning (listed in Attachment 1) |
| Initial Term | Two Subscription Years, from 1 August 2026 to 31 July 2028 |
| Currency | Chinese yuan (CNY), at the Customer's request |

### A.1 Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 9 properties × CNY 38,000 per Subscription Year | 342,000 per Subscription Year |
| Subscription fees for the Initial Term | 2 Subscription Years | 684,000 |
| Onboarding (PMS and channel-manager connection, rate rules, training) | one-time | 46,000 |
| Total Order Value | | 730,000 |

Prices include VAT as invoiced by the Provider's appointed reseller in China. Additional properties may be added at CNY 38,000 per Subscription Year, prorated.

### A.2 Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, at the start of each calendar quarter of the Initial Term (CNY 85,500 per quarter), and are payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Section 3.2 of the General Terms and is payable within 30 days of invoice.

(c) No other amount is payable before the service starts.

### A.3 Onboarding Plan

The Provider shall connect the Customer's property management system (PMS) and channel manager for all 9 properties, load two years of historical occupancy and rate data, configure rate rules and competitor sets with each hotel's revenue manager, and train 20 users in Chinese. Target Go-Live date: 15 September 2026.

### A.4 Signatures

Signed for the Provider: ____________________ (Name: Luca Bertrand-Rey, Managing Director)

Signed for the Customer: ____________________ (Name: Tang Wei, General Manager)

Date: ____________

## Part B — RevenuePilot General Terms

### Section 1 Definitions

1.1 "Service" means the RevenuePilot hosted software and related support described in the Order Form.

1.2 "Customer Data" means the reservation, occupancy, rate and guest-count data that the Customer or its PMS submits to the Service, and the forecasts and reports the Service produces for the Customer.

1.3 "Subscription Year" means each successive period of the Initial Term beginning on 1 August.

1.4 "Severity 1 Incident" means the Service is unavailable to all users of the Customer, or rate recommendations are not produced for any property.

### Section 2 Provision of the Service

2.1 The Provider shall make the Service available to the Customer's authorised users for the Initial Term and shall provide the functions described in the Service documentation for the Professional edition.

2.2 The Service is hosted for Chinese customers in a data centre located in mainland China operated by a cloud provider.

2.3 The Provider may improve the Service from time to time, provided that it does not materially reduce the functions the Customer has subscribed to.

### Section 3 Onboarding and Go-Live Acceptance

3.1 The Provider shall perform the onboarding under Part A.3 and shall notify the Customer when the Service is ready for Go-Live testing.

3.2 Go-Live Acceptance requires that: (a) the PMS and channel-manager interfaces for all 9 properties transfer bookings and rates without error for 7 consecutive days; (b) historical data for each property reconciles with the PMS reports; (c) daily rate recommendations are produced for every room type; and (d) the 20 users have completed training. The Customer shall sign a Go-Live Acceptance Certificate within 5 working days after these criteria are met, or state in writing which criteria are not met.

3.3 Use of the Service before the certificate is signed does not mean acceptance.

3.4 If Go-Live Acceptance is not achieved by the target date in Part A.3 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 30,000.

### Section 4 Service Levels

4.1 The Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 If monthly availability is below the commitment, the Provider shall credit the Customer 5% of the monthly subscription fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that month's fee. Credits are applied to the next invoice.

4.3 Support is provided by e-mail and the support portal from 09:00 to 18:00 Central European Time on working days in Monaco. The Provider will respond to a Severity 1 Incident within 8 hours after it is reported, and to other incidents within 2 working days.

### Section 5 Customer Data

5.1 As between the parties, the Customer owns the Customer Data.

5.2 The Provider may use Customer Data to provide and support the Service.

5.3 The Provider may also compile aggregated and anonymised statistics from Customer Data together with data of other customers, and use them for market benchmarks offered to its customers, for training its forecasting models and for developing its products, during and after the term of the Order Form. Such statistics will not identify the Customer or any guest.

### Section 6 Data Security

6.1 The Provider shall maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for its staff, daily back-ups kept in mainland China and annual penetration tests.

6.2 The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC to the extent they apply to the Service.

6.3 The Provider shall notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall be responsible for the Customer's losses caused by its failure to comply with this Section.

6.4 On expiry or termination the Provider shall make Customer Data available for export for 30 days and then delete it.

### Section 7 Configurations and Intellectual Property

7.1 The Service, its software and its models remain the property of the Provider.

7.2 Rate rules, competitor sets, report templates and other configurations created for the Customer belong to the Customer, which may use, copy and modify them and allow third parties to use them.

### Section 8 Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Order Form and not disclose it except to its employees and advisers who need to know it. These obligations last for three years after the end of the Order Form.

### Section 9 Subcontractors

The Provider may engage subcontractors and sub-processors, including its hosting provider and its reseller in China, to perform any part of the Service. The Provider will notify the Customer of a new subcontractor or sub-processor by e-mail before it starts work. The Provider remains responsible for their performance.

### Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 Each party's total liability under the Order Form is limited to 150% of the Total Order Value, except for breach of Section 6 and Section 8, wilful misconduct and amounts payable under Section 3.4 and 4.2.

### Section 11 Term, Renewal and Termination

11.1 The Order Form runs for the Initial Term. Any renewal requires a new Order Form signed by both parties; the Order Form does not renew automatically.

11.2 Either party may terminate the Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund prepaid fees for the remaining period.

11.3 Termination does not affect rights and obligations that accrued before it, nor Sections 5, 6, 8 and 10.

### Section 12 Governing Law and Disputes

This Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.

### Section 13 General

13.1 Notices shall be in writing and sent to the addresses in Part A.

13.2 Neither party may assign the Order Form without the other party's prior written consent, which shall not be unreasonably withheld.

13.3 The Order Form and these General Terms are the entire agreement for the Service. If they conflict, the Order Form prevails.
"""

SOURCES["e03"] = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. BHCL-PUR-2026-022
P:Buyer: Tianjin Binhai Cold Chain Logistics Co., Ltd., 168 Haibin Ninth Road, Lingang Economic Zone, Binhai New Area, Tianjin, China (the "Buyer").
P:Supplier: Capteurs Boréal Inc., 2450 rue King Ouest, Sherbrooke, Quebec J1J 2E8, Canada (the "Supplier").
P:The Buyer operates a cold-storage warehouse of 36 chambers for frozen and chilled food. It wishes to install wireless temperature and humidity sensors, vibration sensors on its refrigeration compressors, gateways and monitoring software, so that every chamber is monitored continuously and alarms reach the duty staff. The Supplier was selected after the Buyer's request for quotation of March 2026. The parties agree as follows. This contract is on the Buyer's standard purchase terms, and all prices are in Chinese yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in Clause 2 (the "System") at the Buyer's warehouse in Tianjin (the "Site"), integrate the System with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The System shall record temperature and humidity in every chamber at least once a minute, raise alarms by SMS, telephone call and WeChat message, and keep records for at least three years in a form that meets the Buyer's food-safety audits.
P:1.3 The Supplier shall provide the documents listed in Annex 2, including drawings, the sensor calibration certificates, user manuals and the source code of the WMS interface.
H:2. Price
P:2.1 The Contract Price is CNY 990,000, inclusive of VAT, customs duties, transport to the Site, installation and all other costs, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature / humidity sensor, -40 °C rated|240|1,150|276,000
TB:2|Compressor vibration sensor|36|4,800|172,800
TB:3|LoRa gateway with backup battery|12|9,600|115,200
TB:4|Edge server (on-site)|1|68,000|68,000
TB:5|Monitoring software licence (perpetual, site)|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||818,000
TB:6|Installation and commissioning|1|97,000|97,000
TB:7|WMS integration|1|58,000|58,000
TB:8|Training (operators and maintenance staff)|1|17,000|17,000
TB:|Contract Price|||990,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 643,500) within 30 days after the parties sign the Installation Certificate under Clause 5.2. The Installation Certificate records that the System is installed; it is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 346,500) within 30 days after the Final Acceptance Certificate under Clause 6.
P:3.4 Payments are made by bank transfer against the Supplier's invoice and, for imported items, the customs documents.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the Site within 70 days after signature of this Contract, and shall complete installation within 30 days after delivery. Installation work in the chambers shall be planned with the Buyer so that goods are moved in advance.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Installation
P:5.1 The Supplier shall observe the Buyer's site rules, including cold-store safety rules and food-hygiene rules, and shall provide its staff with cold-protective clothing.
P:5.2 When the System is installed, the parties shall check the quantity and placement of the equipment against the approved layout and sign an Installation Certificate.
H:6. Acceptance
P:6.1 After installation the Supplier shall run the acceptance tests in Annex 3, which include: (a) every sensor reports to the software at least once a minute from its chamber, with doors closed; (b) temperature readings are within ±0.3 °C of a calibrated reference thermometer at three points in each chamber; (c) an alarm raised by a simulated out-of-range reading reaches the duty telephone and WeChat group within 60 seconds; (d) a simulated loss of mains power is survived by the gateways for at least 8 hours; and (e) the WMS shows chamber temperatures and alarm records correctly.
P:6.2 After the tests are passed, the System shall run for 30 days without a fault of Severity 1. The Buyer shall then sign the Final Acceptance Certificate.
P:6.3 Installation, use of the System or any payment does not mean acceptance. If a test fails, the Supplier shall correct the fault and repeat the test at its own cost.
H:7. Warranty
P:7.1 The Supplier warrants the System, including every sensor and battery, for 36 months from Final Acceptance. During that period it shall repair or replace faulty items free of charge, including transport and labour, and shall recalibrate the sensors once a year.
P:7.2 Faults are classified and handled as follows:
TB:Severity|Description|Remote response|On-site or replacement
TB:1|A chamber or the whole warehouse is not monitored, or alarms are not sent|30 minutes|Spare parts on site within 24 hours
TB:2|Single sensors fail or readings drift|2 hours|Within 3 days
TB:3|Other questions|1 working day|Next routine visit
P:7.3 For each full hour by which a Severity 1 response or replacement is late, the Supplier shall pay CNY 800, deducted from the next payment or charged to the Supplier.
P:7.4 The Supplier shall keep at the Site, at its own cost, a stock of at least 12 spare temperature sensors and 1 spare gateway during the warranty period.
H:8. Support after Warranty
P:8.1 After the warranty, the Buyer may order annual support, which includes the service levels in Clause 7.2, recalibration and software updates, at 7% of the Hardware and Licence Subtotal per year (CNY 57,260).
P:8.2 This fee is fixed for the first two years of support. Support is ordered by a separate purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 The monitoring software and the firmware of the equipment remain the property of the Supplier. The Supplier grants the Buyer a perpetual licence to use them at the Site.
P:9.2 The WMS interface, the alarm rules and the reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All temperature, humidity, alarm and operating data of the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The System shall store data on the edge server at the Site. The Supplier may access the System remotely only with the Buyer's approval for each session, through the Buyer's VPN. The Supplier shall not install any software that sends data outside the Site.
P:10.3 The Supplier shall notify the Buyer within 12 hours after learning of any security incident affecting the System or its data, and shall be liable for the losses caused by its breach of this Clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and stock information, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract the installation or any other part of the work without the Buyer's prior written consent. It remains responsible for any approved subcontractor.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under Clause 4.2 reach their maximum.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:15A. Force Majeure and Notices
P:Neither party is liable for delay caused by force majeure, such as typhoons, floods or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effect. Notices under this Contract shall be in writing and sent to the addresses above, or by e-mail to the project contacts named in Annex 1, with a copy by courier for any notice of breach or termination.
H:16. General
P:This Contract is made in English and Chinese, both versions being equally authentic. Annex 1 (Layout), Annex 2 (Documents) and Annex 3 (Acceptance Tests) form part of it.
P:For the Buyer: ____________________ Name: Liu Jianhua, Deputy General Manager. Date: ____________
P:For the Supplier: ____________________ Name: Geneviève Tremblay, President. Date: ____________
"""

SOURCES["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. OII-MSA-2026-07

**BETWEEN** Océan Indien Infogérance SAS, 12 rue de Paris, 97400 Saint-Denis, La Réunion, France (the "Provider"),

**AND** Xiamen Haixin Seafood Processing Co., Ltd., 301 Gaoqi North Road, Huli District, Xiamen, Fujian Province, China (the "Customer").

**WHEREAS** the Customer operates two seafood processing plants and a sales office in Xiamen with about 420 computer users, and wishes to outsource its IT service desk, end-user device management and server monitoring; **AND WHEREAS** the Provider delivers such services remotely from its service centre in Saint-Denis, with an on-site partner team in Xiamen;

**THE PARTIES AGREE** as follows. All charges are in Chinese yuan (CNY), at the Customer's request.

## DEFINITIONS

"Services" means the managed services described in Schedule 1. "Service Commencement Date" means the date on which the Customer signs the Service Acceptance Certificate. "Monthly Charge" means the charge in Schedule 2. "Service Levels" means the levels in Schedule 3. "Customer Data" means all data of the Customer that the Provider can access while performing the Services.

## TERM

This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Initial Term"). It ends at the end of the Initial Term unless the parties sign a written extension. It does not renew automatically.

## TRANSITION

The Provider shall carry out the transition plan in Schedule 4, taking over the service desk, the device inventory, the monitoring of 28 servers and the knowledge base from the Customer's current IT team. The Provider shall use reasonable efforts to complete transition by 1 September 2026.

## SERVICE ACCEPTANCE

Before the Service Commencement Date, the Provider shall show that: (a) every device in the Customer's inventory is enrolled in the Provider's endpoint management tool; (b) all 28 servers send alerts to the Provider's monitoring console; (c) the service desk has handled test tickets in Chinese by telephone, WeChat and e-mail within the Service Levels for 10 consecutive working days; and (d) the runbooks for the Customer's ERP, production-line PCs and e-mail system are approved by the Customer's IT manager. When these criteria are met the Customer shall sign the Service Acceptance Certificate. Use of the Services before that date is not acceptance.

## CHARGES AND PAYMENT

The charges are set out in Schedule 2. The transition charge is invoiced after the Service Acceptance Certificate is signed. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

## SERVICE LEVELS AND SERVICE CREDITS

The Provider shall meet the Service Levels in Schedule 3 every month. If it fails, it shall give the service credits set out in Schedule 3, which are deducted from the next invoice. Service credits are a price adjustment for the reduced service.

## STAFF

The Provider shall assign a named service manager who speaks Mandarin and shall keep an on-site team of at least two engineers at the Customer's Xiamen premises from 08:00 to 20:00 on working days. The Provider shall replace any engineer whom the Customer reasonably asks to be replaced.

## CUSTOMER DATA

Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of this Agreement.

## CONFIDENTIALITY

Each party shall keep confidential all information of the other party that is marked as confidential or that a reasonable person would treat as confidential, including the Customer's production recipes, customer lists, prices and network information. It shall use such information only for this Agreement and shall not disclose it to any third party without prior written consent, except to its staff and approved subcontractors who need to know it and are bound by equal duties. This obligation continues for three years after the end of this Agreement.

## INTELLECTUAL PROPERTY

The Provider's tools, monitoring software and general know-how remain the Provider's. Runbooks, scripts, configurations and documents that the Provider prepares specifically for the Customer belong to the Customer, which may use, modify and pass them to any future provider.

## SUBCONTRACTING

The on-site partner team named in Schedule 1 is approved by signature of this Agreement. Any other subcontracting requires the Customer's prior written consent. The Provider is responsible for all subcontractors.

## LIABILITY

Neither party is liable for indirect loss or loss of profit. Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2, except for personal injury and wilful misconduct.

## TERMINATION

Neither party may terminate this Agreement before the end of the Initial Term, except where a force majeure event prevents performance of the Services for more than 90 consecutive days, in which case either party may terminate by written notice. In all other cases the remedies for failures of the Services are the service credits under Schedule 3 and the escalation procedure in Schedule 1.

## EXIT

During the last three months of the Initial Term the Provider shall cooperate with the Customer and any new provider, hand over all runbooks, device records and open tickets, and provide up to 20 person-days of exit support at no extra charge.

## CUSTOMER RESPONSIBILITIES

The Customer shall give the Provider timely access to its premises, systems and staff, provide remote access accounts for the Provider's engineers, keep its software licences valid, and tell the Provider in advance of planned changes to its network, ERP system or production lines. The Provider is not responsible for a failure to meet a Service Level to the extent it is caused by the Customer's failure to meet these responsibilities.

## FORCE MAJEURE

Neither party is liable for failure caused by events beyond its reasonable control, such as typhoons, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

## GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## SIGNATURES

For the Provider: ____________________ Name: Olivier Payet, Président. Date: ____________

For the Customer: ____________________ Name: Chen Haiyan, General Manager. Date: ____________

## SCHEDULE 1 — SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | First-line support in Mandarin and English by telephone, WeChat, e-mail and portal; ticket logging, incident handling, password resets | 07:00–22:00, seven days |
| On-site support | Two engineers in Xiamen for desk-side support, device replacement, printers, production-line PCs | 08:00–20:00, working days |
| End-user device management | Patching, antivirus, software distribution and inventory for about 460 laptops, desktops and tablets | Continuous |
| Server monitoring | Monitoring of 28 servers and the ERP database, alert handling, monthly capacity report | 24 × 7 |
| Reporting and escalation | Monthly service report and meeting; escalation to the Provider's service director for unresolved issues | Monthly |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 68,000 |
| Monthly Charge | CNY 46,500 × 36 months | 1,674,000 |
| Total Contract Value | | 1,742,000 |

Additional users above 460 are charged at CNY 95 per user per month. Charges are fixed for the Initial Term.

## SCHEDULE 3 — SERVICE LEVELS AND SERVICE CREDITS

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | ERP, e-mail or a production line stopped, or more than 50 users affected | 30 minutes | 6 hours |
| P2 | A department or a key user affected | 1 hour | 1 working day |
| P3 | A single user affected | 8 working hours | 3 working days |
| P4 | Request or question | 1 working day | 5 working days |

| Measure | Target | Service credit |
|---|---|---|
| P1 response and resolution within target | 95% of P1 tickets each month | 5% of the Monthly Charge |
| P2 resolution within target | 90% of P2 tickets each month | 3% of the Monthly Charge |
| Service desk calls answered within 60 seconds | 85% each month | 2% of the Monthly Charge |
| Customer satisfaction score | 4.2 out of 5 or more | 2% of the Monthly Charge |

Service credits in one month shall not exceed 20% of the Monthly Charge.

## SCHEDULE 4 — TRANSITION PLAN

| Phase | Activity | Target date |
|---|---|---|
| 1 | Knowledge transfer from the Customer's IT team; inventory check | 15 July 2026 |
| 2 | Enrolment of all devices and servers; service desk set-up | 10 August 2026 |
| 3 | Parallel running and test tickets | 31 August 2026 |
| 4 | Service acceptance | 1 September 2026 |
"""

SOURCES["e05"] = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. TOD-API-2026-031

This Subscription Agreement is made between:

Tiare Ocean Data SARL, a company registered in French Polynesia, with its office at 45 boulevard Pomare, Papeete, Tahiti, French Polynesia ("Vendor"); and

Zhoushan Donghai Ocean Fishing Co., Ltd., a company registered in the People's Republic of China, with its office at 19 Haitian Avenue, Dinghai District, Zhoushan, Zhejiang Province ("Customer").

BACKGROUND

The Customer operates a fleet of 26 distant-water fishing vessels in the Pacific and Indian Oceans. It wishes to bring marine weather forecasts, sea-surface temperature and chlorophyll data into its fleet-management system, so that the operations centre in Zhoushan can plan routes and fishing grounds and warn vessels of storms. The Vendor operates a data service that delivers such forecasts and satellite-derived ocean data through an application programming interface (the "API"). At the Customer's request, all fees under this Agreement are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Data Products" means the forecast, observation and satellite-derived data sets listed in Annex A, delivered through the API.

1.2 "Subscription Year" means each period starting on 1 October during the Subscription Term.

1.3 "Customer Data" means vessel positions, catch records and any other data the Customer sends to the API or stores in its account.

1.4 "Integration Adapter" means the software module the Vendor builds to connect the API with the Customer's fleet-management system.

1.5 "Severity 1 Incident" means that the API is unavailable or that forecasts for any ocean area of the Customer's subscription are not updated for more than two forecast cycles.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data Products for the internal operations of its fleet and to share them with its vessels' masters.

2.2 The subscription covers the Western and Central Pacific and the Eastern Indian Ocean areas described in Annex A, up to 600,000 API calls per month.

2.3 The Customer shall not resell the Data Products or publish them outside its organisation.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years, from 1 October 2026 to 30 September 2028.

3.2 At the end of the Subscription Term, this Agreement renews for one further Subscription Year at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the term. Any change in fees for a later period requires a written amendment signed by both parties.

4. FEES

4.1 The Customer shall pay:

(a) subscription fees of CNY 264,000 per Subscription Year, that is CNY 528,000 for the Subscription Term; and

(b) an integration fee of CNY 32,000 for the Integration Adapter, testing and training.

The total fees for the Subscription Term are CNY 560,000.

4.2 API calls above the monthly allowance are charged at CNY 0.04 per call, invoiced quarterly. Such charges are not part of the total in Clause 4.1.

4.3 Subscription fees are invoiced quarterly in arrears (CNY 66,000 per quarter). The integration fee is invoiced after API Acceptance under Clause 5. Invoices are payable within 30 days. There is no advance payment.

5. INTEGRATION AND API ACCEPTANCE

5.1 The Vendor shall build the Integration Adapter and make production API access available within 45 days after signature.

5.2 API Acceptance requires that: (a) all Data Products in Annex A are delivered through the Integration Adapter for 14 consecutive days; (b) each forecast cycle arrives in the fleet-management system within 30 minutes after its publication time; (c) storm warnings are shown on the operations-centre map for every vessel position; and (d) the Customer's operations staff have been trained. When these criteria are met, the Customer shall sign an API Acceptance Certificate within 5 working days or state in writing which criteria have not been met.

5.3 If production API access is not made available by the date in Clause 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

6. SERVICE LEVELS

6.1 The Vendor shall make the API available 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance.

6.2 The Vendor shall respond to a Severity 1 Incident within 1 hour after it is reported to the 24-hour support line, and to other incidents within 1 working day.

6.3 The Vendor shall report its monthly availability to the Customer. If the Vendor fails to meet a service level, its only obligation is to use reasonable efforts to restore the service as soon as practicable. No service credits, refunds or other compensation are payable for failure to meet the service levels.

6.4 The Vendor shall keep the support line staffed in English at all times, and in Chinese from 08:00 to 22:00 China Standard Time. The Customer shall name up to five operations-centre staff who may report incidents.

6A. CUSTOMER RESPONSIBILITIES

The Customer shall keep its API credentials secure, use the API only within the monthly allowance or pay overage charges under Clause 4.2, and tell the Vendor promptly of any change to its fleet-management system that may affect the Integration Adapter. The Customer remains responsible for the accuracy of the vessel positions it sends. If the Customer adds vessels or ocean areas, the parties shall agree the additional fees in writing before the change takes effect.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API and the support under this Agreement and shall not disclose it or use it for any other purpose.

7.2 The Vendor shall keep Customer Data encrypted in transit and at rest, restrict access to named support staff using multi-factor authentication, keep access logs for at least one hundred and eighty days, and test its security controls at least once every Subscription Year.

7.3 Vessel positions are commercially sensitive. The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and be responsible for the Customer's losses caused by the Vendor's failure to comply with this Clause 7.

7.4 At the end of this Agreement, the Vendor shall return Customer Data in a common format and then delete it, and confirm deletion in writing.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API, the Data Products and the Vendor's models remain the property of the Vendor and its data suppliers.

9.2 The Integration Adapter, including its source code, belongs to the Customer, which may use, modify and license it freely.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of catch, fuel or profit. Forecasts are estimates and the masters of the Customer's vessels remain responsible for navigation decisions.

10.2 The Vendor's total liability under this Agreement is limited to the fees paid by the Customer in the 3 months preceding the event giving rise to the claim, except for breach of Clause 7 and wilful misconduct.

11. SUBCONTRACTING

The Vendor shall not subcontract its obligations under this Agreement, other than the hosting of the API, without the Customer's prior written consent. Its data suppliers named in Annex A are not subcontractors.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo, in Chinese.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as cyclones, submarine-cable outages or government action, if it notifies the other party promptly and takes reasonable steps to restore performance.

14.4 This Agreement, with Annex A (Data Products and Ocean Areas) and Annex B (Support Contacts), is the entire agreement between the parties.

SIGNED for Tiare Ocean Data SARL: ____________________ Name: Hinano Teriitahi, Gérante. Date: ____________

SIGNED for Zhoushan Donghai Ocean Fishing Co., Ltd.: ____________________ Name: Wang Jun, General Manager. Date: ____________
"""

# ---- labels ---------------------------------------------------------------------------------------------------
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (category, term overrides, extra, TCO inputs (licence/hardware base, years of warranty) or None, design rules)
DESIGN = {
    "z01": ("software", dict(availability_pct=99.95, confidentiality=False, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                             warranty_months=36, post_warranty_fee_pct=8),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1400000), (800000, 36), ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z02": ("hardware", dict(p1_response_hours=1, sla_remedy=False, prepayment_pct=20, acceptance_clause=False,
                             final_payment_on_acceptance=False, warranty_months=24, post_warranty_fee_pct=9),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1420000), (1253400, 24), ["CR-ACCEPTANCE", "CR-SLA-NO-REMEDY"]),
    "z03": ("cloud", dict(availability_pct=99.5, liability_cap_pct=6 / 36 * 100, final_payment_on_acceptance=None,
                          auto_renewal_price_increase=True, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000), None,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", dict(final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=482000), None, []),
    "z05": ("software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, warranty_months=6,
                             post_warranty_fee_pct=28, subcontract_without_consent=True, governing_law=None),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1680000), (1200000, 6),
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
             "CR-WARRANTY"]),
    "e01": ("software", dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=10, warranty_months=18,
                             post_warranty_fee_pct=11, governing_law="France"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1640000), (1140000, 18), ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=8, buyer_owns_data=False,
                          ld_rate_per_day_pct=500 / 730000 * 100, liability_cap_pct=150,
                          final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=730000), None,
            ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": ("hardware", dict(liability_cap_pct=200, warranty_months=36, post_warranty_fee_pct=7),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=990000), (818000, 36), []),
    "e04": ("services", dict(data_security_clause=False, ld_rate_per_day_pct=None, liability_cap_pct=150,
                             final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1742000), None,
            ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-TERMINATION"]),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                          ld_rate_per_day_pct=400 / 560000 * 100, liability_cap_pct=3 / 24 * 100,
                          final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000), None,
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
}
FEE_YEARS = 5  # TCO horizon from acceptance


def tco_share(t, x, tco):
    base, wm = tco
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, FEE_YEARS - wm / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100


def my_rules(t, x, tco):
    """My own reading of policy.md §3 (not project code)."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and tco_share(t, x, tco) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL20 = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
         "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
         "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


def check_thresholds(key, t, tco_pct):
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    assert tco_pct is None or abs(tco_pct - 40) > 2, (key, tco_pct)


def write_labels(files):
    covered, summary = set(), {}
    for key, (cat, over, extra, tco, design) in DESIGN.items():
        name, lang = files[key]
        t = dict(OK)
        t.update(over)
        assert list(t) == KEYS
        if t["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
        share = tco_share(t, extra, tco) if tco else None
        check_thresholds(key, t, share)
        rules = my_rules(t, extra, tco)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        summary[key] = (rules, risk(rules), share)
        print(key, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
              "" if share is None else "TCO share %.2f %%" % share)
    assert covered == ALL20, ALL20 - covered
    n = {k: len(v[0]) for k, v in summary.items()}
    assert sorted(k for k, c in n.items() if c == 0) == ["e03", "z04"]
    assert summary["e01"][0] == ["CR-GOVERNING-LAW"] and summary["e01"][1] == "low"
    assert n["z05"] >= 8
    assert sorted(k for k, c in n.items() if 2 <= c <= 3) == ["e02", "e04", "e05", "z01", "z02", "z03"]
    print("all 20 CR rules covered")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang) in FILES.items():
        src = SOURCES[key]
        scan(SRCNAME[key], src)
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    ok = True
    for key, (name, lang) in FILES.items():
        text = read_back(OUT / name)
        scan(name, text)
        n = measure(lang, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        flag = "" if lo <= n <= hi else "  <-- OUT OF RANGE"
        ok &= not flag
        extra = " (non-whitespace %d)" % len(re.sub(r"\s", "", text)) if lang == "zh" else ""
        print("%-70s %s %5d%s%s" % (name, lang, n, extra, flag))
    write_labels(FILES)
    assert ok, "length out of range"
