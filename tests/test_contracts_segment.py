"""Clause segmentation: numbering styles, preamble, offsets into the returned text."""
import pytest

from contracts.segment import segment


def check_offsets(text, clauses):
    assert all(text[c.start:c.end] == c.text for c in clauses)
    assert [c.index for c in clauses] == list(range(len(clauses)))


def test_articles_inside_chapters_with_subitems():
    text = "采购合同\n甲方：某银行\n第一章 总则\n第一条 合同标的\n1.1 乙方交付软件。\n（一）详见附件。\n第二条 服务水平\n可用率不低于99.9%。\n第十二条 争议解决\n适用中华人民共和国法律。"
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == ["", "第一条 合同标的", "第二条 服务水平", "第十二条 争议解决"]
    assert "1.1 乙方交付软件。" in clauses[1].text and "（一）详见附件。" in clauses[1].text


@pytest.mark.parametrize("text,headings", [
    ("合同\n一、服务内容\n乙方提供运维。\n二、服务期限\n两年。", ["", "一、服务内容", "二、服务期限"]),
    ("1. 项目内容\n1.1 乙方负责建设。\n2. 付款\n2.1 分三期支付。", ["1. 项目内容", "2. 付款"]),
    ("合同\n1 服务内容\n乙方提供SaaS服务。\n2 服务期限与费用\n两年。", ["", "1 服务内容", "2 服务期限与费用"]),
    ("AGREEMENT\nArticle 1 Licence\nVendor grants a licence.\nArticle 2 Price\nUSD 400,000.", ["", "Article 1 Licence", "Article 2 Price"]),
    ("Section 1 Services\nThe Provider shall.\nSection 2 Term\nTwo years.", ["Section 1 Services", "Section 2 Term"]),
    ("# 运维合同\n## 一、服务内容\n驻场运维。\n## 二、费用\n按季度支付。", ["", "一、服务内容", "二、费用"]),
    ("AGREEMENT\n§ 1 Definitions\n1. Service - the API.\n2. Query Data - the addresses.\n§ 2 Term\n1. Twenty-four months.\n2. Renewal.",
     ["", "§ 1 Definitions", "§ 2 Term"]),
    ("CONTRACT\nDECLARATIONS\nI. The Supplier declares.\nCLAUSES\nFIRST.- PURPOSE.\nThe Supplier supplies the system.\n"
     "SECOND.- PRICE AND PAYMENT TERMS OF THE CONTRACT.\nUSD 100,000.", ["", "FIRST.- PURPOSE", "SECOND.- PRICE AND PAYMENT TERMS OF THE CONTRACT"]),
    # ordinal headings with a full stop over definitions numbered 1. 2. 3. (holdout66's Panamanian draft)
    ("# MASTER AGREEMENT\nThe parties agree.\n## FIRST. PURPOSE\nThe PROVIDER provides the Services.\n## SECOND. DEFINITIONS\n1. \"Services\" means "
     "the services.\n2. \"Incident\" means an interruption.\n## THIRD. TERM\nTwenty-four (24) months.",
     ["", "FIRST. PURPOSE", "SECOND. DEFINITIONS", "THIRD. TERM"]),
    # unnumbered Markdown headings over items numbered afresh under each: the headings are the clauses
    ("# 运维合同\n## 服务范围\n1. 运维对象。\n2. 服务内容。\n## 服务费用\n1. 合同总价。\n2. 按季度支付。\n## 分包\n乙方可委托原厂实施。",
     ["", "服务范围", "服务费用", "分包"]),
    # … and over one numbered list that runs through (holdout90: "1. 2. 3." under "## 付款方式" had made the three
    # instalments the clauses and everything after "3." one clause); a table's header row is no title
    ("# 软件许可合同\n## 合同标的\n乙方提供软件许可。\n## 合同价款\n| 项目 | 金额（元） |\n|---|---|\n| 软件许可 | 760,000 |\n## 付款方式\n"
     "1. 合同签订后支付50%。\n2. 部署后支付45%。\n3. 剩余5%上线满六个月后支付。\n## 服务水平\n紧急故障二十四小时内响应。\n## 争议解决\n向甲方所在地法院起诉。",
     ["", "合同标的", "合同价款", "付款方式", "服务水平", "争议解决"]),
    # but numbered clauses that outnumber the headings are the clauses
    ("# 服务合同\n## 合同条款\n1. 服务内容。\n2. 服务期限。\n3. 费用。\n4. 保密。\n## 附件\n清单。\n## 签署\n盖章。",
     ["", "1. 服务内容", "2. 服务期限", "3. 费用", "4. 保密"]),
    # the title on the line under a bare number
    ("AGREEMENT\nCLAUSE 1\nDEFINITIONS\n1.1 \"Services\" means the services.\nCLAUSE 2\nSCOPE OF SERVICES\n2.1 The provider shall provide.",
     ["", "CLAUSE 1 DEFINITIONS", "CLAUSE 2 SCOPE OF SERVICES"]),
    ("CONTRACT\nArt. 1 - Object of the Contract\nThe Supplier licenses.\nArt. 2 - Price\nEUR 500,000.",
     ["", "Art. 1 - Object of the Contract", "Art. 2 - Price"]),
    # an order form's bold A1. … A10. and its terms' B1. … B13., under "## PART A" / "## PART B", are clauses as well as the parts
    # (holdout369's draft was three clauses)
    ("# ORDER FORM\n## Shuttle Ticketing\n## PART A: ORDER FORM\n**A1. Service.** Ticketline provides ticketing.\n**A2. Term.** 24 months.\n"
     "**A10. Agreement.** Part B applies.\n## PART B: GENERAL TERMS\n**B1. Definitions.**\n1.1 \"Customer Data\" means data.\n"
     "**B7. Renewal.** The Agreement renews automatically.",
     ["", "Shuttle Ticketing", "PART A: ORDER FORM", "A1. Service", "A2. Term", "A10. Agreement", "PART B: GENERAL TERMS", "B1. Definitions",
      "B7. Renewal"]),
    # an order form's "## A." … "## D." with items numbered afresh, then General Terms whose numbered headings are set in bold
    # (holdout451's draft was five clauses, the General Terms inside its "D. Service levels")
    ("# ORDER FORM\n## A. Service ordered\n1. Helpdesk for 80 agents.\n2. Two Subscription Years.\n## B. Invoicing\n1. Onboarding fee on "
     "acceptance.\n2. Yearly in advance.\n## D. Service levels\n1. Availability 99.95%.\n# GENERAL TERMS\n**1. Definitions.** \"Service\" "
     "means the helpdesk.\n**2. Customer Data.**\n2.1 The Customer owns Customer Data.\n**3. Confidentiality.** Each party keeps secrets.",
     ["", "A. Service ordered", "B. Invoicing", "D. Service levels", "1. Definitions", "2. Customer Data", "3. Confidentiality"]),
    # a contract numbered （1）… （30） and nothing else: those are its clauses (holdout429's was one clause of 2,789 characters)
    # (the parties' lines above them, short lines before longer ones, are no titles between the items)
    ("运维服务合同\n甲方（采购人）：滇南省地震局\n乙方（成交供应商）：昆明震研信息技术有限公司\n根据竞争性磋商文件，甲方委托乙方承担运行维护服务，订立本合同。\n"
     "（1）服务范围。乙方负责运维，包括：\na. 巡检；\nb. 值守。\n（2）服务费用。合同总价61万元。\n（3）法律适用。适用中华人民共和国法律。",
     ["", "（1）服务范围", "（2）服务费用", "（3）法律适用"]),
    # … but unnumbered titles over （1）… numbered through them are the clauses (holdout413's O&M contract)
    ("运维服务合同\n甲方：某红十字会\n服务范围\n（1）本合同运维对象为捐赠管理信息系统。\n（2）服务期一年。\n服务费用\n（3）合同总价38.2万元。\n"
     "服务水平\n（4）一级故障30分钟内响应。\n（5）二级故障2小时内响应。",
     ["", "服务范围", "服务费用", "服务水平"]),
    # an order form's Part A and the General Terms' Part B, sections lettered by part (holdout448's draft was one clause); the parts'
    # headings are clauses of their own, as they are wherever all the numbered sections are headings under them
    ("# Order Form\n## Part A - Order Form\n### Section A.1 Services\nA.1.1 Hosted platform.\n### Section A.2 Fees\nA.2.1 CNY 372,000.\n"
     "## Part B - General Terms\n### Section B.7 Intellectual Property\nB.7.1 Materials created for Customer belong to Customer.",
     ["", "Part A - Order Form", "Section A.1 Services", "Section A.2 Fees", "Part B - General Terms", "Section B.7 Intellectual Property"]),
    # （1）… titles on lines of their own over items numbered 1. 2. … afresh: the titles are the clauses (holdout490's O&M contract
    # was read as its items, "（12）违约责任" inside the last item of （11）)
    ("运维服务合同\n（1）服务范围\n1. 系统日常运行维护。\n2. 数据库巡检。\n（2）服务水平\n1. 月度可用率不低于99.95%。\n2. 一级故障30分钟内响应。\n"
     "（3）违约责任\n1. 驻场人员每迟到岗一日，支付违约金500元。\n2. 乙方违反保密约定的，甲方有权解除合同。",
     ["", "（1）服务范围", "（2）服务水平", "（3）违约责任"]),
    # … but a list of （1）… items written as sentences stays inside its numbered clauses
    ("运维服务合同\n1. 服务范围\n（1）乙方负责系统日常运行维护，每日巡检。\n（2）乙方负责数据库备份。\n2. 服务水平\n（1）一级故障30分钟内响应。\n"
     "3. 违约责任\n（1）乙方每迟到岗一日，支付违约金500元。",
     ["", "1. 服务范围", "2. 服务水平", "3. 违约责任"]),
    # a price table's numbered rows are no headings (holdout524 h524z04: the rows "1 应用系统运维 136,000" … had been the clause
    # level, and the contract's （1）… （18） inside the last row); the parties' lines above （1） were clauses of their own in
    # contracts numbered （1）… alone
    ("运维服务合同\n甲方：临川市委党校\n乙方：博学信息技术服务有限公司\n（1）服务范围\n乙方负责教学管理系统运维。\n（2）合同价款\n"
     "本合同总价为人民币368,000元，分项如下：\n序号 服务项目 金额（元）\n1 应用系统运维 136,000\n2 数据库及中间件运维 72,000\n"
     "3 安全运维 64,000\n4 驻场服务（1人） 96,000\n合计 368,000\n（3）付款\n服务费按季度支付。\n（4）保密\n乙方对甲方数据保密。",
     ["", "（1）服务范围", "（2）合同价款", "（3）付款", "（4）保密"]),
    # holdout15 h15e04: a Word price table's rows, read as lines, inside "1. Subject Matter"
    ("SUPPLY CONTRACT\n1. Subject Matter\nThe Seller supplies:\n1 Next-generation firewall (HA pair) 2 480,000 960,000\n"
     "2 Intrusion prevention system 1 310,000 310,000\n2. Contract Price\nCNY 1,270,000.\n3. Delivery\nWithin 60 days.",
     ["", "1. Subject Matter", "2. Contract Price", "3. Delivery"]),
    # holdout561 h561e05: "PART 2 - FEES AND PAYMENT", longer than a title line's 24 characters, had been inside "PART 1 - SUBSCRIPTION";
    # holdout554 h554e04: a Markdown rule "---" is no title
    ("DATA API SUBSCRIPTION AGREEMENT\nBETWEEN the Provider and the Customer named below, who agree as follows.\n"
     "PART 1 - SUBSCRIPTION\nThe Provider grants access to the API.\nPART 2 - FEES AND PAYMENT\nThe fee is CNY 236,000 a year, invoiced yearly.\n"
     "---\nPART 3 - GOVERNING LAW AND DISPUTES\nThis Agreement is governed by the laws of the Lao PDR.",
     ["", "PART 1 - SUBSCRIPTION", "PART 2 - FEES AND PAYMENT", "PART 3 - GOVERNING LAW AND DISPUTES"]),
    # holdout554 h554e03 (a .docx): "Section 15A Buyer's Responsibilities" … "Section 15E Documents" had been inside Section 15
    ("SUPPLY AGREEMENT\nSection 1 Scope\nThe Supplier delivers the sensors.\nSection 15 Governing Law\nPRC law applies.\n"
     "Section 15A Site Safety\nThe Supplier's staff follow the site rules.\nSection 16 General\nNotices are given in writing.",
     ["", "Section 1 Scope", "Section 15 Governing Law", "Section 15A Site Safety", "Section 16 General"]),
    # holdout497 h497e02: the terms' "## Section 1 Service" … "## Section 11 General" had been inside "5. Renewal" (53 % of the text);
    # a section added between two ("Section 10A", holdout240 h240e04's 13A … 13F) is a clause too
    ("# ORDER FORM\n## 1. Services\n1. Routelune Fleet, a hosted route-planning service.\n2. Onboarding of three depots.\n"
     "## 2. Fees\n1. CNY 22,000 a month.\n2. Invoiced quarterly in arrears.\n# GENERAL TERMS\n## Section 1 Service\n1.1 Routelune "
     "provides the Service.\n## Section 2 Service Levels\n2.1 Availability 99.95%.\n## Section 10 Governing Law\n10.1 PRC law applies.\n"
     "## Section 10A Customer Responsibilities\nThe Customer keeps its passwords secret.\n## Section 11 General\n11.1 Notices in writing.",
     ["", "1. Services", "2. Fees", "Section 1 Service", "Section 2 Service Levels", "Section 10 Governing Law", "Section 10A Customer Responsibilities", "Section 11 General"]),
    # holdout513 h513e05: the fee list "1. … 3." under FEES had been the clause level, and everything after it one clause of 79 %
    ("DATA API SUBSCRIPTION AGREEMENT\n\nBACKGROUND\nProvider sells weather data to seed companies.\n\nFEES\n"
     "1. API subscription: CNY 218,000 per Subscription Year.\n2. Historical Dataset, one-time: CNY 64,000.\n"
     "3. Integration support, one-time: CNY 26,000.\n\nPAYMENT\nInvoices are payable within 30 days.\n\nSERVICE AND SUPPORT\n"
     "Severity 1 incidents are answered within one hour.\n\nLIABILITY\nProvider's liability is limited to the fees paid.\n\n"
     "GOVERNING LAW\nThis Agreement is governed by the laws of North Dakota.\n\nSIGNED for Provider: ________",
     ["", "BACKGROUND", "FEES", "PAYMENT", "SERVICE AND SUPPORT", "LIABILITY", "GOVERNING LAW"]),
    # （1）… titles over items numbered 5.1 5.2 … 6.1 under each (holdout471 h471z04: the items had been the clauses, and the
    # titles' （1）… （4） the preamble)
    ("运维服务合同\n（1）服务范围\n乙方负责系统运行维护。\n（2）服务期限\n服务期一年。\n（5）服务内容与要求\n5.1 乙方安排驻场人员。\n"
     "5.2 乙方每日巡检。\n（6）服务水平\n6.1 一级故障30分钟内响应。\n6.2 二级故障2小时内响应。\n（9）违约责任\n9.1 乙方逾期到岗的，每日扣款500元。",
     ["", "（1）服务范围", "（2）服务期限", "（5）服务内容与要求", "（6）服务水平", "（9）违约责任"]),
    # holdout581 h581e02: an order form's "## Fees" … "## Signatures", then "# GENERAL TERMS" over "1. **Definitions.**" …: the
    # terms' sections had all been inside "Signatures"
    ("# ORDER FORM\n## Fees\nSubscription CNY 276,000 per year.\n## Invoicing and payment\n1. Fees are invoiced quarterly.\n"
     "2. Invoices are payable within 45 days.\n## Signatures\nFor the Customer: ______\n# GENERAL TERMS\n"
     "1. **Definitions.** \"Service\" means the cloud service.\n2. **Access.**\n2.1 The Vendor grants a right to use the Service.\n"
     "3. **Limitation of Liability.** The Vendor's liability shall not exceed the fees paid in six months.",
     ["", "Fees", "Invoicing and payment", "Signatures", "1. Definitions", "2. Access", "3. Limitation of Liability"]),
    # holdout239 h239e05: "11A. Customer Responsibilities", added after 11., had been inside "11. Term, Renewal and Termination"
    ("API SUBSCRIPTION AGREEMENT\n11. Term, Renewal and Termination\n11.1 The term is two years.\n11A. Customer Responsibilities\n"
     "11A.1 Customer shall provide a test environment.\n12. Governing Law and Arbitration\n12.1 PRC law.",
     ["", "11. Term, Renewal and Termination", "11A. Customer Responsibilities", "12. Governing Law and Arbitration"]),
    # the parties "1. … 2. …" above "## 1. Definitions" … "## 12. General" and two "## Schedule …" headings (holdout298 h298e04 and
    # its like, once their "## 11A. …" headings are numbered too): the parties had been clauses and the schedules inside the last section
    ("# Managed Wireless Network Services Agreement\n1. **Wenzhou Huaxie Footwear Co., Ltd.**, the Customer\n2. **Airwave AS**, the Provider\n"
     "## 1. Definitions\n1.1 \"Service\" means the managed network.\n## 11. Term and ending\n11.1 Thirty-six months.\n"
     "## 12. General\n12.1 Amendments in writing.\n"
     "## Schedule 1 — Priorities and service credits\n| Priority | Response |\n## Schedule 2 — Sites and charges\n| Site | Charge |",
     ["", "1. Definitions", "11. Term and ending", "12. General", "Schedule 1 — Priorities and service credits", "Schedule 2 — Sites and charges"]),
    # holdout588 h588e02: every numbered section a heading ("### Section 12A. Suspension" among them) under "## Part A — …" and
    # "## Part B — …": the parts' own headings are clauses beside them
    ("# ORDER FORM\n## Part A — Order Details\nCustomer: a trading company.\n### Fees\nCNY 380,000 a year.\n## Part B — General Terms\n"
     "### Section 1. Definitions\n1.1 Terms.\n### Section 12. Governing Law\nPRC law.\n### Section 12A. Suspension\nFor non-payment.\n"
     "### Section 13. General\nEntire agreement.",
     ["", "Part A — Order Details", "Fees", "Part B — General Terms", "Section 1 Definitions", "Section 12 Governing Law",
      "Section 12A Suspension", "Section 13 General"]),
])
def test_numbering_styles(text, headings):
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == headings


def test_sections_lettered_past_h_are_clauses():
    # holdout240 h240e05: I.1 … K.2 (termination, law, notices) had been inside H.2
    text = ("API SUBSCRIPTION AGREEMENT\nA.1 CertiLusa grants the Subscriber access.\nA.2 The Subscription Period is two years.\n"
            "H.1 Each party's total liability is capped at the fees paid.\nH.2 CertiLusa is not liable for laboratory content.\n"
            "I.1 Either party may terminate this Agreement by written notice for material breach.\n"
            "J.1 This Agreement is governed by the laws of the People's Republic of China.")
    assert [c.heading[:3] for c in segment(text)] == ["", "A.1", "A.2", "H.1", "H.2", "I.1", "J.1"]


def test_heading_and_body_on_one_line():
    text = "1. SERVICES. Provider shall host the applications.\n2. GOVERNING LAW. This Agreement is governed by the laws of Hong Kong."
    assert [c.heading for c in segment(text)] == ["1. SERVICES", "2. GOVERNING LAW"]


def test_unnumbered_contract_uses_title_lines():
    text = "服务合同\n服务内容\n乙方提供桌面运维服务，驻场两人。\n保密\n乙方对甲方信息负有保密义务。\n争议解决\n适用中华人民共和国法律。"
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == ["", "服务内容", "保密", "争议解决"]


def test_plain_paragraph_is_one_clause():
    text = "乙方应在30日内交付。"
    clauses = segment(text)
    assert len(clauses) == 1 and clauses[0].start == 0 and clauses[0].end == len(text)


def test_annexes_are_clauses_of_their_own():
    text = ("第一条 标的\n乙方交付设备，详见附件一。\n附件一为本合同不可分割的组成部分。\n第二条 其他\n本合同一式两份。\n"
            "附件一 设备清单\n1. 核心交换机2台。\n2. 防火墙2台。\nAnnex B - Service Levels\nAvailability 99.9%.")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == ["第一条 标的", "第二条 其他", "附件一 设备清单", "Annex B - Service Levels"]


def test_markdown_schedule_headings_are_clauses_of_their_own():
    # (the "## " before "Schedule 1 - Scope" had hidden it: holdout424's schedules of fees and service levels were read
    # as part of "12. Further Provisions")
    text = ("# Managed Backup Agreement\n1. Services\nThe Provider backs up the systems.\n2. Fees\nSee Schedule 2.\n"
            "## Schedule 1 - Scope\n| System | Volume |\n|---|---|\n| ERP | 1.5 TB |\n## Schedule 2 - Fees\n| Item | CNY |\n|---|---|\n| Total | 2,172,000 |")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == ["", "1. Services", "2. Fees", "Schedule 1 - Scope", "Schedule 2 - Fees"]


def test_table_rows_of_an_unnumbered_contract_are_not_headings():
    text = ("软件开发合同\n付款\n甲方按下表分期支付合同价款，每期付款前乙方开具发票。\n| 里程碑 | 工作内容 | 付款比例 |\n|---|---|---|\n"
            "| M1 | 合同签订 | 40% |\n| M2 | 终验合格 | 60% |\n保密\n双方对在履行本合同中知悉的对方商业秘密负有保密义务。\n"
            "争议\n因本合同发生的争议，提交甲方所在地人民法院诉讼解决。\n")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses][1:] == ["付款", "保密", "争议"]


def test_an_order_forms_lettered_sections_and_the_numbered_terms_after_them_are_clauses():
    text = ("ORDER FORM\nA1. Subscriptions\nSales Cloud: 180 users.\nA2. Billing\nMonthly in arrears.\nPART B - TERMS\n"
            "1. Definitions\n\"Customer Data\" means data.\n2. Service Levels\n2.1 Availability 99.5%.\n2.2 Support.\n"
            "B3. Law\nNew York.")
    assert [c.heading for c in segment(text)] == ["", "A1. Subscriptions", "A2. Billing", "1. Definitions", "2. Service Levels", "B3. Law"]


@pytest.mark.parametrize("text,headings", [
    # the parties numbered 1. 2. above SECTION 1 - … (holdout111 h111e05 had been one clause from "2. Dehua …" to the end)
    ("API SUBSCRIPTION AGREEMENT\nPARTIES\n1. Alvar Customs Data AB (\"Alvar\").\n2. Dehua Ceramics Co., Ltd. (the \"Customer\").\n"
     "SECTION 1 - DEFINITIONS\n1.1 \"API\" means the interface.\nSECTION 2 - FEES\n2.1 CNY 168,000 a year.\n2.2 Quarterly.\n"
     "SECTION 3 - LAW\n3.1 Swedish law.",
     ["", "1. Alvar Customs Data AB (\"Alvar\")", "2. Dehua Ceramics Co., Ltd", "SECTION 1 - DEFINITIONS",
      "SECTION 2 - FEES", "SECTION 3 - LAW"]),
    # the 协议书's 一、… above the 通用条款' 1. 2. 3. (holdout17 h17z01: the 通用条款 and 专用条款 had been inside 五、)
    ("第一部分 合同协议书\n一、服务内容：运维。\n二、合同金额：壹佰万元。\n第二部分 通用条款\n1. 定义\n1.1 平台指本系统。\n2. 付款\n2.1 按季度支付。\n"
     "3. 验收\n3.1 期末验收。\n4. 保密\n双方保密。",
     ["", "一、服务内容：运维", "二、合同金额：壹佰万元", "1. 定义", "2. 付款", "3. 验收", "4. 保密"]),
    # an order form's 6.1 inside A6. does not hide the terms' 1. 2. after A8. (holdout40 h40e01)
    ("ORDER FORM\nA1. Parties\nVendor and Customer.\nA6. Onboarding\n6.1 Within 75 days.\n6.2 Go-Live tests.\nA8. Contacts\nNames.\n"
     "PART B - TERMS\n1. The Service\n1.1 Hosted.\n2. Service Levels\n2.1 99.95 %.",
     ["", "A1. Parties", "A6. Onboarding", "A8. Contacts", "1. The Service", "2. Service Levels"]),
    # A.1 … A.3 before the terms' Article 1 … (holdout92, holdout98: the order form had been the preamble)
    ("ORDER FORM\nA.1 Parties\nProvider and Client.\nA.2 Fees\nCNY 910,400.\nPART B - TERMS\nArticle 1 - Definitions\nTerms.\n"
     "Article 2 - Service\n2.1 Hosted.",
     ["", "A.1 Parties", "A.2 Fees", "Article 1 - Definitions", "Article 2 - Service"]),
    # numbered Markdown headings under unnumbered ones, and schedules numbering afresh (holdout108 h108e04, holdout28 h28e04)
    ("# Managed IT Services Agreement\n## Background\nThe Customer makes surfboards.\n## 1. Definitions\n1.1 Terms.\n## 2. Charges\n"
     "2.1 CNY 36,000 a month.\n## Schedule 1 — Services\n1. Service desk.\n2. On-site support.\n## Schedule 2 — Service Levels\n"
     "1. Priority 1: 15 minutes.\n2. Priority 2: 2 hours.",
     ["", "Background", "1. Definitions", "2. Charges", "Schedule 1 — Services", "Schedule 2 — Service Levels"]),
    # an engagement letter's 1. … 7. and the standard terms' T1. … T3. printed after them (holdout20 h20e04: its standard terms
    # had been inside "7. CLIENT RESPONSIBILITIES"); the terms' T2.1 stays inside T2.
    ("ENGAGEMENT LETTER\n1. SCOPE\nWe test the systems.\n2. FEES\nCNY 540,000.\nSTANDARD TERMS OF ENGAGEMENT\nT1. OWNERSHIP\n"
     "Reports remain ours.\nT2. DATA\nT2.1 We use the information.\nT2.2 We keep findings.\nT3. GOVERNING LAW\nHong Kong law.",
     ["", "1. SCOPE", "2. FEES", "T1. OWNERSHIP", "T2. DATA", "T3. GOVERNING LAW"]),
    # （一）…（三） alone under the parties' names (holdout1 h04)
    ("大数据平台建设项目合同书\n项目单位（甲方）：某省医疗保障局\n承建单位（乙方）：数智科技股份有限公司\n（一）建设内容：平台建设。\n"
     "（二）合同金额：人民币陆佰万元。\n（三）付款进度：分三期支付。",
     ["", "（一）建设内容：平台建设", "（二）合同金额：人民币陆佰万元", "（三）付款进度：分三期支付"]),
])
def test_a_document_in_parts_numbered_in_styles_of_their_own(text, headings):
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == headings


def test_a_schedules_lettered_list_inside_the_numbered_body_is_no_order_form():
    """holdout800 h800e05: "SCHEDULE A" / "A.1 …" … "A.4 …" between the terms' 19.2 and 20.1 had been read as an order form's
    lettered sections, the only clause level, and the whole agreement before them as its preamble; the schedule is an annex."""
    text = ("DATA SUBSCRIPTION AGREEMENT\n1.1 Pamir Data LLC.\n1.2 Urumqi Logistics Co., Ltd.\n7.1 Customer Data belongs to the Customer.\n"
            "7.2 The Provider shall protect Customer Data.\n19.1 PRC law applies.\nSCHEDULE A - DATASETS\nA.1 Road freight lane rates.\n"
            "A.2 Rail container rates.\n20.1 This Agreement is the entire agreement.")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading.split()[0] for c in clauses[1:]] == ["1.1", "1.2", "7.1", "7.2", "19.1", "SCHEDULE", "20.1"]
    assert "A.2 Rail container rates." in clauses[6].text


def test_a_schedules_lettered_list_after_the_numbered_body_is_no_order_form():
    """holdout1027 h1027e05: "ANNEX A: DATASETS AND DELIVERY TIMES" / "A.1 …" … "A.6 …" after the terms' 16.3 had been read as an
    order form's lettered sections, the only clause level, and the whole agreement before them as its preamble (where its
    data-security clause went unread); a schedule's list after a body numbered in more lines than it is inside an annex."""
    text = ("DATA AND API SUBSCRIPTION AGREEMENT\n\nPARTIES\n\n1.1 Gila Assay Data Corp. (the \"Provider\").\n\n1.2 Tongling Jinfeng "
            "Copper Smelting Co., Ltd. (the \"Customer\").\n\nDATA SECURITY\n\n9.1 The Provider shall protect Customer Content with "
            "encryption in transit and at rest, access control and logging of all access.\n\n9.2 The Provider shall notify the Customer "
            "within 12 hours after becoming aware of any unauthorised access to or loss of Customer Content.\n\nANNEX A: DATASETS AND "
            "DELIVERY TIMES\n\nA.1 Copper concentrate treatment and refining charges, daily by 18:00.\n\nA.2 Smelter utilisation "
            "indicators for 40 smelters, weekly.\n\nA.3 Mine production estimates for 120 copper mines, monthly.")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading.split()[0] for c in clauses[1:]] == ["1.1", "1.2", "9.1", "9.2", "ANNEX"]
    assert "A.3 Mine production estimates" in clauses[5].text



@pytest.mark.parametrize("text,title,before", [
    ("DATA SUBSCRIPTION AGREEMENT\n\nPARTIES\n1.1 Alpha Metals Co., Ltd. (the Customer).\n1.2 Balkhash Data LLP (the Provider).\n\n"
     "INTELLECTUAL PROPERTY\n\n9.1 The Data remains the Provider's.\n9.2 The Connectors belong to the Customer.\n\nCONFIDENTIALITY\n\n"
     "10.1 Information a party learns about the other is confidential.", "CONFIDENTIALITY", "9.2"),
    ("软件许可合同\n甲方：某工坊\n1.1 乙方授予甲方软件使用许可。\n1.2 许可期限为永久。\n保密条款\n2.1 双方对合作中获知的商业秘密负有保密义务。",
     "保密条款", "1.2"),
])
def test_an_unnumbered_title_over_a_numbered_clause_opens_it(text, title, before):
    """holdout798 h798e05, holdout817 h817e05: "CONFIDENTIALITY" on its own line above "10.1 …" titles the clause below it; it had
    ended the clause before, so a finding there cited the title, and the clause it names began without it."""
    clauses = segment(text)
    check_offsets(text, clauses)
    titled = next(c for c in clauses if c.text.startswith(title))
    assert clauses[titled.index - 1].heading.startswith(before) and title not in clauses[titled.index - 1].text
    # its body is its text without the heading, wherever the heading sits: the title stays, the heading goes
    assert titled.body.startswith(title) and titled.heading not in titled.body and titled.body.strip() != title


def test_a_documents_name_over_its_first_numbered_clause_stays_the_preamble():
    text = "SOFTWARE LICENCE AGREEMENT\n1.1 The Vendor grants the Customer a perpetual licence.\n1.2 The Customer pays the fee."
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.text for c in clauses][:2] == ["SOFTWARE LICENCE AGREEMENT", "1.1 The Vendor grants the Customer a perpetual licence."]


def test_a_reference_that_a_line_break_put_first_is_no_article():
    # holdout31 h31z03 hard-wrapped: "…违反本合同第6条、\n第7条造成的损失不受此限。" after numbered sections 1. … 11.
    text = ("## 10. 分包\n乙方不得分包。\n## 11. 违约责任\n11.1 乙方赔偿责任以合同总价为限，但违反本合同第6条、\n第7条造成的损失不受此限。\n"
            "## 12. 争议\n提交仲裁。")
    clauses = segment(text)
    check_offsets(text, clauses)
    assert [c.heading for c in clauses] == ["10. 分包", "11. 违约责任", "12. 争议"]


def test_one_pasted_article_is_a_clause():
    text = "第七条 保密\n双方应对本合同内容保密。"
    assert [c.heading for c in segment(text)] == ["第七条 保密"]
