"""Generate the three .docx contracts of holdout5 with python-docx.
Run: .venv/bin/python tests/data/contracts/holdout5/make_docx.py (writes the .docx beside this script)"""
from pathlib import Path
from docx import Document

OUT = Path(__file__).resolve().parent


def table(doc, rows, header=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = str(val)
            if header and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def build(fname, parts):
    doc = Document()
    for kind, *args in parts:
        if kind == "title":
            doc.add_heading(args[0], level=0)
        elif kind == "h":
            doc.add_heading(args[0], level=2)
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "num":
            for item in args[0]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "kv":
            table(doc, args[0])
        elif kind == "grid":
            table(doc, args[0], header=True)
    doc.save(OUT / fname)
    print("wrote", fname)


# ---------------------------------------------------------------- h5z01 (zh, system integration, compliant)
H5Z01 = [
    ("title", "智慧园区综合管理平台系统集成项目合同"),
    ("p", "合同编号：ZHYQ-JC-2026-015"),
    ("p", "甲方（买方）：某高新技术产业开发区管理委员会"),
    ("p", "乙方（卖方）：南京某智能系统集成有限公司"),
    ("p", "甲乙双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，经协商一致，订立本合同。"),
    ("h", "合同主要条款一览表"),
    ("kv", [
        ["项目名称", "智慧园区综合管理平台系统集成项目"],
        ["合同总价", "人民币壹佰贰拾万元整（¥1,200,000.00）"],
        ["预付款", "合同总价的30%"],
        ["交付期限", "合同签订之日起九十日内完成安装调试"],
        ["质保期", "终验合格之日起三年"],
        ["履约地点", "甲方指定地点"],
        ["适用法律", "中华人民共和国法律"],
    ]),
    ("h", "第一条 合同标的及价格"),
    ("p", "乙方负责园区视频监控、门禁、能耗监测、停车管理等子系统的设备供货，以及综合管理平台软件的部署、定制开发和系统集成。分项价格如下："),
    ("grid", [
        ["序号", "项目", "金额（元）"],
        ["1", "硬件设备（服务器、存储、网络及前端设备）", "700,000"],
        ["2", "综合管理平台软件许可", "300,000"],
        ["3", "定制开发、安装调试及系统集成服务", "200,000"],
        ["", "合计", "1,200,000"],
    ]),
    ("h", "第二条 付款方式"),
    ("num", [
        "合同签订后十五个工作日内，甲方支付合同总价的30%作为预付款；",
        "全部设备到货并经甲方开箱检验合格后，甲方支付合同总价的40%；",
        "系统终验合格并签署终验报告后十五个工作日内，甲方支付合同总价剩余的30%。",
    ]),
    ("h", "第三条 交付与验收"),
    ("p", "3.1 乙方应于合同签订之日起九十日内完成全部设备的供货、安装、调试及平台部署。"),
    ("p", "3.2 验收分为到货验收和终验。终验由甲方依据招标文件技术规格和双方确认的《验收方案》，对系统功能、性能、安全及各子系统联动进行逐项测试，测试全部通过并试运行满一个月无重大故障后，双方签署终验报告。"),
    ("p", "3.3 设备安装完成不视为验收合格；验收不合格的，乙方应在十个工作日内整改并重新验收。"),
    ("p", "3.4 乙方应在终验前对甲方管理人员和运维人员进行不少于五个工作日的系统操作与维护培训，并提交培训记录、竣工图纸、设备清单、系统配置手册等全套竣工资料。"),
    ("p", "3.5 甲方应为乙方进场施工提供必要的场地、电力和网络条件，并指定项目联系人负责协调。因甲方原因导致工期延误的，交付期限相应顺延。"),
    ("h", "第四条 服务水平"),
    ("p", "4.1 质保期内，综合管理平台的系统可用性按月统计应不低于99.95%。"),
    ("p", "4.2 乙方提供7×24小时技术支持，故障分级及时限如下表："),
    ("grid", [
        ["故障级别", "定义", "响应时间", "修复时间"],
        ["一级（紧急）", "平台整体瘫痪或核心子系统中断", "2小时", "8小时"],
        ["二级（严重）", "部分功能不可用，影响园区运营", "4小时", "24小时"],
        ["三级（一般）", "个别设备故障或咨询", "8小时", "72小时"],
    ]),
    ("p", "4.3 乙方未达到上述服务水平的，每发生一次，应向甲方支付违约赔偿人民币伍仟元；当月系统可用性低于承诺值的，另按每低0.1个百分点扣款人民币壹万元。"),
    ("h", "第五条 知识产权"),
    ("p", "5.1 乙方为本项目定制开发的软件模块、源代码、接口程序、设计文档等成果物的知识产权归甲方所有，乙方应在终验时向甲方移交完整的源代码及文档。"),
    ("p", "5.2 乙方原有平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。"),
    ("h", "第六条 数据安全"),
    ("p", "6.1 本项目采集、存储和处理的全部数据（包括视频图像、人员通行记录、车辆信息）归甲方所有。乙方仅为履行本合同之目的接触和处理数据，不得将其用于任何其他目的，不得向第三方提供。"),
    ("p", "6.2 乙方应按照网络安全等级保护第三级要求实施安全措施。因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部责任并赔偿甲方损失。"),
    ("h", "第七条 保密"),
    ("p", "乙方对履行合同中获知的甲方信息、园区安防布局及技术资料负有保密义务，未经甲方书面许可不得向任何第三方披露。保密义务在合同终止后继续有效。"),
    ("h", "第八条 质量保证及质保期后服务"),
    ("p", "8.1 本项目全部设备及软件的免费质保期为三年，自终验合格之日起计算，质保期内乙方提供免费维修、更换及软件升级。"),
    ("p", "8.2 质保期满后，如甲方需要乙方继续提供维保服务，维保服务费每年不超过设备及软件价款（人民币壹佰万元）的百分之八，即每年不超过人民币捌万元。"),
    ("h", "第九条 违约责任"),
    ("p", "9.1 乙方逾期交付或逾期完成安装调试的，每逾期一日，按合同总价的万分之五向甲方支付违约金，累计不超过合同总价的10%。"),
    ("p", "9.2 甲方逾期付款的，每逾期一日，按逾期付款金额的万分之三向乙方支付违约金。"),
    ("p", "9.3 乙方在本合同项下的累计赔偿责任以合同总价为限，但乙方故意、重大过失或数据泄露造成的损失除外。"),
    ("h", "第十条 分包"),
    ("p", "乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。"),
    ("h", "第十一条 合同解除"),
    ("p", "乙方逾期超过三十日，或有其他严重违约行为经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。"),
    ("h", "第十二条 争议解决"),
    ("p", "本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。"),
    ("h", "第十三条 不可抗力"),
    ("p", "因地震、洪水、疫情等不可抗力导致合同不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。"),
    ("h", "第十四条 其他"),
    ("p", "本合同附件包括招标文件、投标文件、技术规格书、验收方案及分项报价表，与本合同具有同等法律效力。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。"),
]

# ---------------------------------------------------------------- h5z04 (zh, O&M service, liability cap by months)
H5Z04 = [
    ("title", "数据中心基础设施及信息系统运维服务合同"),
    ("p", "甲方：某市住房公积金管理中心"),
    ("p", "乙方：广州某信息技术服务有限公司"),
    ("p", "为保障甲方数据中心及业务信息系统安全稳定运行，甲方委托乙方提供运维服务。双方经平等协商，订立本合同。"),
    ("h", "合同主要条款一览表"),
    ("kv", [
        ["服务名称", "数据中心基础设施及信息系统运维服务"],
        ["服务期限", "一年（2027年1月1日至2027年12月31日）"],
        ["服务费总额", "人民币捌拾陆万元整（¥860,000.00）"],
        ["付款方式", "按季度考核后支付"],
        ["服务水平", "见本合同第三部分服务等级表"],
        ["争议解决", "深圳国际仲裁院仲裁"],
    ]),
    ("h", "一、服务范围"),
    ("p", "（一）乙方提供以下运维服务："),
    ("num", [
        "机房供配电、精密空调、消防及动环监控系统的日常巡检与维护；",
        "服务器、存储、网络及安全设备的监控、故障处理与配置管理；",
        "操作系统、数据库、中间件及公积金业务系统的运行维护；",
        "每日数据备份检查及每季度一次灾备切换演练；",
        "派驻两名运维工程师常驻甲方现场（工作日8:30—17:30），节假日及夜间远程值守。",
    ]),
    ("p", "（二）甲方有权将UPS蓄电池更换、消防气体充装等专项工作另行委托其他服务商实施，乙方应予配合。"),
    ("p", "（三）人员要求：乙方驻场工程师应具备三年以上数据中心运维经验并持有相应资质证书；乙方更换驻场人员应提前十日书面告知甲方并经甲方认可，新人员须完成交接后方可上岗。"),
    ("p", "（四）乙方应每月提交运维月报，内容包括设备运行状况、事件处理统计、容量趋势分析和改进建议；每季度提交一次风险评估报告。"),
    ("h", "二、服务费用及支付"),
    ("p", "（一）服务费用构成如下："),
    ("grid", [
        ["服务项", "年度金额（元）"],
        ["基础设施运维", "360,000"],
        ["信息系统运维", "300,000"],
        ["驻场人员服务", "200,000"],
        ["合计", "860,000"],
    ]),
    ("p", "（二）服务费按季度支付。每季度结束后，甲方依据附件《运维服务考核细则》对乙方当季服务进行考核验收，考核得分达到85分及以上的为验收合格；验收合格后十五个工作日内，甲方支付当季度服务费（合同总额的四分之一）。考核不合格的，乙方应限期整改，甲方有权暂缓支付。"),
    ("h", "三、服务等级"),
    ("p", "（一）核心业务系统（公积金归集、提取、贷款系统）可用率按月统计不低于99.9%。"),
    ("p", "（二）事件分级及时限要求如下："),
    ("grid", [
        ["事件等级", "响应时间", "到场时间", "恢复时间", "未达标扣款"],
        ["一级事件（核心业务中断）", "30分钟", "2小时", "4小时", "每次扣减当季度服务费的2%"],
        ["二级事件（部分业务受影响）", "1小时", "4小时", "12小时", "每次扣减当季度服务费的1%"],
        ["三级事件（一般故障）", "4小时", "次日", "3个工作日", "每次扣减人民币伍佰元"],
    ]),
    ("p", "（三）月度可用率低于承诺值的，每低0.1个百分点扣减当月对应服务费的5%。"),
    ("p", "（四）可用率统计以甲方监控平台记录为准，经甲方书面批准的计划内维护窗口不计入不可用时间。乙方应在每次一级、二级事件处理完毕后二个工作日内提交事件分析报告，说明原因、处理过程及防范措施。"),
    ("h", "四、工作成果"),
    ("p", "乙方在运维过程中形成的运维文档、巡检报告、自动化脚本、应急预案及知识库等工作成果，其知识产权归甲方所有。"),
    ("h", "五、数据安全与保密"),
    ("p", "（一）甲方系统中的全部业务数据、缴存职工个人信息及运维日志均归甲方所有。乙方不得复制、留存、下载或将其用于本合同以外的任何用途。"),
    ("p", "（二）乙方应建立运维操作审批和堡垒机审计制度，遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》。因乙方人员违规操作或管理不善导致数据泄露、损毁的，乙方承担全部赔偿责任和相应法律责任。"),
    ("p", "（三）乙方及其驻场人员对在服务过程中知悉的甲方信息负有保密义务，合同终止后保密义务继续有效。乙方驻场人员应签署个人保密承诺书。"),
    ("p", "（四）合同终止或乙方人员离场时，乙方应交回全部门禁卡、账号及存储介质，并书面确认未留存甲方任何数据。甲方有权对乙方的数据安全措施进行检查或委托第三方审计，乙方应予配合。"),
    ("h", "六、违约责任"),
    ("p", "（一）乙方未按约定时间派驻人员或开始提供服务的，每延迟一日，按合同总金额的千分之一点五向甲方支付违约金。"),
    ("p", "（二）乙方未达到服务等级的，按本合同第三部分扣款。"),
    ("p", "（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二向乙方支付违约金。"),
    ("p", "（四）乙方在本合同项下的累计赔偿责任，不超过索赔事件发生前六个月内甲方已向乙方支付的服务费总额。"),
    ("h", "七、分包"),
    ("p", "未经甲方书面同意，乙方不得将本合同项下的运维服务全部或部分分包、转包给第三方。"),
    ("h", "八、合同期限、续展与解除"),
    ("p", "（一）服务期满前三十日，双方均未书面提出异议的，本合同自动续展一年，续展期内服务费标准保持不变。"),
    ("p", "（二）乙方连续两个季度考核不合格，或因乙方原因发生重大安全事故的，甲方有权书面通知乙方解除本合同。"),
    ("h", "九、法律适用与争议解决"),
    ("p", "本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交深圳国际仲裁院按其仲裁规则在深圳进行仲裁。"),
    ("h", "十、其他"),
    ("p", "（一）因不可抗力导致一方不能履行合同的，应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。"),
    ("p", "（二）服务期满或合同解除时，乙方应在十个工作日内完成运维交接，移交全部账号口令、文档和工作成果，并配合甲方或新服务商完成过渡。"),
    ("p", "（三）本合同自双方盖章之日起生效，一式四份，双方各执两份。附件：运维服务考核细则、设备清单。"),
]

# ---------------------------------------------------------------- h5e01 (en, hardware, LD as amount per day)
H5E01 = [
    ("title", "SUPPLY CONTRACT FOR ENTERPRISE STORAGE EQUIPMENT"),
    ("p", "Contract No. PUR-HW-2026-207"),
    ("p", "This Contract is made between Jiangsu Example Bank Co., Ltd. (the \"Purchaser\") and Suzhou Example Technology Co., Ltd. (the \"Supplier\")."),
    ("h", "Summary of Principal Terms"),
    ("kv", [
        ["Goods", "All-flash storage arrays, disk enclosures and SAN switches for the two data centres"],
        ["Contract Price", "CNY 4,500,000 (Four Million Five Hundred Thousand Yuan), taxes included"],
        ["Delivery", "Within 45 days after signature, to the Purchaser's data centres in Nanjing and Suzhou"],
        ["Warranty", "36 months from Final Acceptance"],
        ["Governing law", "Laws of the People's Republic of China"],
    ]),
    ("h", "Article 1 Goods and Price"),
    ("p", "1.1 The Supplier shall supply the following Goods. Installation, configuration and data-migration assistance are included in the unit prices and are not charged separately."),
    ("grid", [
        ["Item", "Description", "Qty", "Unit price (CNY)", "Amount (CNY)"],
        ["1", "All-flash storage array, dual controller, 200 TB usable", "2", "1,650,000", "3,300,000"],
        ["2", "Expansion disk enclosure, 100 TB", "2", "380,000", "760,000"],
        ["3", "32G Fibre Channel SAN switch", "4", "110,000", "440,000"],
        ["", "Total Contract Price", "", "", "4,500,000"],
    ]),
    ("h", "Article 2 Payment"),
    ("num", [
        "Ten percent (10%) of the Contract Price as an advance payment within 15 working days after signature;",
        "Seventy percent (70%) after delivery of all Goods and the signed arrival inspection record;",
        "The remaining twenty percent (20%) within 20 working days after the Final Acceptance Certificate is signed.",
    ]),
    ("h", "Article 3 Delivery and Installation"),
    ("p", "3.1 The Supplier shall deliver, install and configure the Goods within forty-five (45) days after signature."),
    ("p", "3.2 The Supplier shall:"),
    ("num", [
        "deliver the Goods in original factory packaging with serial-number lists;",
        "install and cable the Goods and configure replication between the two sites;",
        "provide on-site training for up to ten Purchaser engineers.",
    ]),
    ("h", "Article 4 Acceptance"),
    ("p", "4.1 Final Acceptance tests follow the test plan agreed in writing before delivery and shall verify capacity, IOPS and latency against the technical specification, controller failover, and synchronous replication between sites."),
    ("p", "4.2 The Final Acceptance Certificate is issued when all tests have passed and the Goods have run for fifteen (15) days without a Severity 1 fault. Delivery or installation alone shall not be deemed acceptance."),
    ("h", "Article 5 Warranty and Support"),
    ("p", "5.1 The Supplier warrants the Goods for thirty-six (36) months from Final Acceptance, including original-manufacturer parts replacement, firmware updates and on-site service."),
    ("p", "5.2 Support response times during the warranty are as follows:"),
    ("grid", [
        ["Severity", "Definition", "Response time", "Engineer on site", "Restore"],
        ["Severity 1", "Production storage unavailable or data at risk", "4 hours", "6 hours", "12 hours"],
        ["Severity 2", "Degraded performance or loss of redundancy", "8 hours", "next business day", "48 hours"],
        ["Severity 3", "Non-critical issue or question", "1 business day", "as needed", "5 business days"],
    ]),
    ("p", "5.3 For each hour, or part of an hour, by which a Severity 1 response or restoration time is exceeded, the Supplier shall grant the Purchaser a service credit of CNY 5,000."),
    ("p", "5.4 After the Warranty Period, the Supplier shall provide original-manufacturer annual support at CNY 540,000 per year. This annual support fee shall not be increased for the five (5) years following the Warranty Period."),
    ("h", "Article 6 Work Product"),
    ("p", "Configuration documents, scripts, as-built drawings and other work product prepared by the Supplier for the Purchaser under this Contract shall vest in the Purchaser. Embedded firmware is licensed to the Purchaser for the life of the Goods."),
    ("h", "Article 7 Data Security"),
    ("p", "7.1 All data stored on the Goods belongs to the Purchaser. The Supplier shall not access, copy or use such data except as strictly necessary to perform warranty service."),
    ("p", "7.2 Failed disks and storage media shall remain with the Purchaser and shall not be returned to the Supplier. The Supplier shall be liable for any data leakage caused by its personnel or service partners."),
    ("h", "Article 8 Confidentiality"),
    ("p", "The Supplier shall keep confidential all information obtained from the Purchaser, including network topology and security configuration, during the term of this Contract and for three (3) years after it ends."),
    ("h", "Article 9 Delay and Liability"),
    ("p", "9.1 If the Supplier fails to deliver or complete installation by the due date, it shall pay the Purchaser liquidated damages of CNY 1,800 for each calendar day of delay, up to a maximum of 10% of the Contract Price."),
    ("p", "9.2 Late payment by the Purchaser bears interest at 0.05% of the overdue amount per day."),
    ("p", "9.3 The Supplier's aggregate liability under this Contract shall not exceed one hundred percent (100%) of the Contract Price."),
    ("h", "Article 10 Subcontracting"),
    ("p", "The Supplier may subcontract on-site installation and cabling to an authorised service partner by giving written notice to the Purchaser. The Supplier remains responsible for the partner's work."),
    ("h", "Article 11 Termination"),
    ("p", "The Purchaser may terminate this Contract by written notice if the Supplier commits a material breach, including a delay of more than thirty (30) days, and does not remedy it within ten (10) days after notice."),
    ("h", "Article 12 Governing Law and Arbitration"),
    ("p", "This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing."),
]

if __name__ == "__main__":
    build("h5z01_si_smart_park.docx", H5Z01)
    build("h5z04_om_datacenter.docx", H5Z04)
    build("h5e01_hardware_storage.docx", H5E01)
