"""Each term-extraction pattern on small texts (the facts each contract_risk rule reads), and clause typing."""
import pytest

from contracts.classify import classify
from contracts.extract import FACTS, analyse
from contracts.parsing import read_text
from contracts.segment import segment


def terms(text, **kw):
    return analyse(text, use_embeddings=False, **kw).terms


# a Polish vendor's paper: § headings, "Ordering Party", "Total Remuneration", author's economic rights (holdout44)
POLISH_STYLE = ("SUBSCRIPTION AGREEMENT\nGeoklucz sp. z o.o., hereinafter referred to as the \"Contractor\", and Hangzhou Yunduo Co., "
                "Ltd., hereinafter referred to as the \"Ordering Party\".\n§ 1 Definitions\n1) Custom Rules - the parsing rules created "
                "by the Contractor specifically for the Ordering Party.\n§ 4 Remuneration\n1. The total remuneration for the Term amounts "
                "to CNY 1,180,000 (the \"Total Remuneration\").\n§ 6 Service Level\n1. Availability of at least 99.95% in each month.\n"
                "2. If the availability in a month is lower than guaranteed in section 1, the Ordering Party is entitled to a reduction "
                "of the subscription fee for that month by 5%.\n§ 10 Copyrights\n1. The Service remains the property of the Contractor.\n"
                "2. Upon signing of the Acceptance Protocol, the Contractor transfers to the Ordering Party the author's economic rights "
                "to the Custom Rules.\n§ 11 Subcontractors\n1. The entrustment of the performance of any part of this Agreement to a "
                "subcontractor requires the prior consent of the Ordering Party expressed in writing.\n§ 12 Liability\n1. The total "
                "liability of the Contractor under this Agreement is limited to twice the Total Remuneration.\n§ 13 Termination\n1. The "
                "Ordering Party may terminate this Agreement with immediate effect if the Contractor materially breaches its provisions.\n"
                "§ 14 Final Provisions\n1. This Agreement shall be governed by the laws of the Hellenic Republic.")


# a Philippine provider's paper: both parties defined in long paragraphs, in capitals, one of them by no role word (holdout46)
PHILIPPINE_STYLE = ("SERVICES AGREEMENT\nKNOW ALL MEN BY THESE PRESENTS:\nThis Agreement is made and entered into in Hangzhou City by and "
                    "between:\nBAYANI TECHNOLOGY (HANGZHOU) CO., LTD., a wholly foreign-owned enterprise duly organized and existing under "
                    "the laws of the People's Republic of China, a subsidiary of Bayani Managed Services Corp. of Pasig City, Metro Manila, "
                    "Philippines, with office address at Room 1203, Block B, Xixi Center, Xihu District, Hangzhou, represented herein by "
                    "its General Manager, Mr. Ramon G. dela Cruz, hereinafter referred to as the \"PROVIDER\";\n- and -\nHANGZHOU WESTBROOK "
                    "INTERNATIONAL BOARDING SCHOOL, a private school duly registered in the People's Republic of China, with address at "
                    "18 Liangzhu Road, Yuhang District, Hangzhou, represented herein by its Head of School, Ms. Catherine Lowell, "
                    "hereinafter referred to as the \"SCHOOL\".\nWITNESSETH: That -\nWHEREAS, the SCHOOL operates a boarding campus with "
                    "academic buildings, six dormitory houses and sports facilities, and requires managed information technology "
                    "services;\nClause 7. School Data\nAll records and data of the SCHOOL stored in the systems managed by the PROVIDER "
                    "(\"School Data\") shall remain the property of the SCHOOL.\nClause 10. Personnel\n(a) The on-site engineers shall "
                    "observe the SCHOOL's safeguarding policy and shall undergo background checks prior to deployment.")


# a Croatian vendor's paper: "(hereinafter: the Museum)", part titles over bare "Article N" lines (holdout47)
CROATIAN_STYLE = ("LICENCE AND IMPLEMENTATION AGREEMENT concluded on ____ 2025 between:\n1. ZHOUSHAN MARITIME MUSEUM, a public cultural "
                  "institution, Zhoushan, People's Republic of China (hereinafter: the Museum), and\n2. KOLEKTA d.o.o., Rijeka, Croatia "
                  "(hereinafter: the Vendor).\nV. INTELLECTUAL PROPERTY\nArticle 8\n(1) The intellectual property in the standard "
                  "Kolekta CMS software remains with the Vendor.\n(2) All property rights in the custom modules, the thesaurus, the "
                  "migration scripts and the configuration created for the Museum pass to the Museum upon creation.\nVI. DATA\nArticle 9\n"
                  "(1) All collection data and digital images are the property of the Museum.\nVII. TERMINATION\nArticle 13\n(1) The Museum "
                  "may terminate this Agreement by written notice if the Vendor is in material breach of its obligations and does not "
                  "remedy the breach within 30 days after written notice.")


# an Indonesian provider's paper: "FIRST PARTY" / "SECOND PARTY", titles on the line under "CLAUSE N" (holdout48)
INDONESIAN_STYLE = ("SERVICES AGREEMENT\nThis Agreement is made by and between:\n1. SANYA BLUE OCEAN UNIVERSITY, a private university, "
                    "hereinafter referred to as the \"FIRST PARTY\";\n2. CENDANA EDUTECH (HAINAN) CO., LTD., hereinafter referred to as the "
                    "\"SECOND PARTY\".\nCLAUSE 5\nTRANSITION AND SERVICE COMMENCEMENT\n5.1 The SECOND PARTY shall complete the transition-in "
                    "within sixty (60) days.\n5.2 The FIRST PARTY shall sign the Service Commencement Certificate when:\na. the asset "
                    "inventory has been reconciled;\nb. the service desk is live on all channels.\nCLAUSE 7\nUNIVERSITY DATA AND SECURITY\n"
                    "7.1 All University Data belongs to the FIRST PARTY.")

# an Indian vendor's paper: price reduction for delay, an AMC after the warranty (holdout48)
INDIAN_STYLE = ("3. PRICE\n3.1 Subtotal - Hardware and Licence: CNY 2,063,400. Contract Price: CNY 2,410,000.\n4. TERMS OF PAYMENT\n4.1 Forty "
                "percent (40%) of the Contract Price as advance within fifteen (15) days of signing of this Contract.\n4.2 Fifty percent (50%) "
                "of the Contract Price against delivery of equipment at site.\n4.3 Balance ten percent (10%) of the Contract Price on Final "
                "Acceptance of the System.\n5. DELIVERY AND PRICE REDUCTION FOR DELAY\n5.2 If the Contractor fails to complete delivery within the "
                "time stipulated, the Contract Price shall be reduced by 0.25% of the Contract Price for each completed week of delay.\n"
                "7. WARRANTY\n7.1 The warranty period is twenty-four (24) months from Final Acceptance.\n8. ANNUAL MAINTENANCE CONTRACT AFTER "
                "WARRANTY\n8.1 On expiry of the warranty, the Contractor shall provide a comprehensive Annual Maintenance Contract (AMC) for "
                "three (3) years.\n8.2 The AMC charges shall be nine percent (9%) per annum of the Subtotal - Hardware and Licence in Clause 3.1, "
                "payable quarterly in arrears.")


# a managed-IT agreement in plain English, written to "you" (holdout99)
PLAIN_ENGLISH = ("MANAGED IT SERVICES AGREEMENT\nBetween\nRekohu Managed IT Limited, Waitangi, Chatham Islands, New Zealand (\"we\", \"us\", \"our\")\n"
                 "and\nBeihai Silverbay Pearl Co., Ltd., Beihai, People's Republic of China (\"you\", \"your\")\n2. Getting started (Transition)\n2.3 The "
                 "Transition is complete when you sign off our Transition checklist (Schedule 3). You will sign it off when: every device in "
                 "Schedule 1 is enrolled and reporting; a test restore of the file server has worked.\n7. Your data\n7.1 Your data stays yours. We "
                 "will use it only to provide the Services to you.\n7.2 We will keep your data secure.\n9. Documentation and other work\n9.1 Network "
                 "diagrams, configurations, scripts and other documents we create for you under this agreement belong to you.\n13. Law\n13.1 This "
                 "agreement is governed by New Zealand law.")

# (text, term, expected): Chinese first, then English
# a post-warranty rate "of" a sum the contract named (holdout216)
PW_OF_NAMED_SUM = ("食品安全抽检平台采购合同\n第二条 合同价款\n2.1 本合同总价为人民币2,536,000元。\n2.2 上表第1、3、4项合计¥1,675,000，以下称“软硬件小计”，"
                   "作为质保期满后维保费的计算基数。\n第六条 质量保证与运维服务\n6.1 质保期为三年，自最终验收合格之日起算。\n6.4 质保期满后，如甲方需要，乙方按软硬件小计的7%每年"
                   "（即¥117,250/年）提供维保服务，该费率在质保期满后三年内不作调整。")

# a data-breach duty with "regulatory penalties" next to SLA targets without a remedy (holdout225)
BREACH_PENALTIES = ("ORDER FORM AND GENERAL TERMS\n4. Service Levels\n4.1 Supplier aims to make the Service available 99.95% of the time in each "
                    "calendar month.\n4.3 The Service Levels are targets. If they are not met, Supplier will investigate the cause, but the Customer is not "
                    "entitled to service credits, fee reductions, compensation or any other remedy.\n5. Customer Data\n5.3 Supplier shall notify the Customer "
                    "within 24 hours after becoming aware of any personal-information breach affecting Customer Data, shall take immediate steps to contain "
                    "it, and shall be liable for losses and regulatory penalties caused by its failure to comply with this clause 5.")


# a term sheet (holdout248): every term in a few words
TERM_SHEET = ("Managed IT and Service Desk Agreement\n## 1. Services and Charges\nMonthly charges in arrears; transition invoiced after Transition Acceptance.\n## 2. Transition Acceptance\nTicket tool live, 300 assets in the CMDB, runbooks approved, 10 days of parallel running. Late transition: CNY 900 per day.\n## 4. Data and Confidentiality\nCustomer data belongs to the Customer, used only for the services; MFA, logged access, incident notice within 8 hours, Provider liable. Confidentiality applies to both parties.\n## 5. Other\nNo subcontracting without prior written consent. Termination for uncured material breach. No automatic renewal.")

CASES = [
    # CR-SLA-AVAILABILITY
    ("第一条 服务水平\n系统月度可用率不低于99.5%。", "availability_pct", 99.5),
    ("第一条 服务水平\n可用率不低于99.9%；低于99.9%的扣减月服务费5%，低于99%的扣减10%。", "availability_pct", 99.9),
    ("4. Service Levels\nProvider guarantees monthly availability of at least 99.95%.", "availability_pct", 99.95),
    ("第一条 服务\n乙方提供运维服务。", "availability_pct", None),
    # CR-SLA-RESPONSE
    ("第一条 服务水平\n一级故障：30分钟内响应，4小时内恢复；二级故障：2小时内响应。", "p1_response_hours", 0.5),
    ("第一条 售后服务响应标准\n重大故障乙方应在两小时内响应，二十四小时内修复。", "p1_response_hours", 2),
    ("第一条 服务\n故障响应时间不超过2个工作日。", "p1_response_hours", 48),
    ("Section 3 Service Levels\nSeverity 1 incidents shall be responded to within 8 hours.", "p1_response_hours", 8),
    ("4. Support\nPriority 1 incidents: response within 30 minutes and restoration within 4 hours.", "p1_response_hours", 0.5),
    # CR-SLA-MISSING: a measurable level, not "reasonable efforts"
    ("第五条 技术支持\n乙方将尽商业上合理的努力，通过电话为甲方提供技术支持。", "sla_clause", False),
    ("Article 4 Support\nVendor will use commercially reasonable efforts to respond to support requests.", "sla_clause", False),
    ("第三条 服务标准\n一般故障在一个工作日内解决，重大故障当日解决。", "sla_clause", True),
    # CR-SLA-NO-REMEDY
    ("第一条 服务水平\n可用率不低于99.9%，未达到的按当月服务费的5%扣减服务费。", "sla_remedy", True),
    ("第一条 服务水平\n可用率不低于99.9%。一级故障30分钟内响应。", "sla_remedy", False),
    ("3. Service Levels\nAvailability of 99.9%. If the level is not met, Customer receives a service credit of 5% of the monthly fee.", "sla_remedy", True),
    # CR-IP-OWNERSHIP
    ("第七条 知识产权\n乙方原有产品的知识产权归乙方所有，为本项目定制开发的成果的知识产权归甲方所有。", "ip_owner", "buyer"),
    ("第七条 知识产权\n定制开发部分的全部知识产权归乙方所有，甲方仅享有使用权。", "ip_owner", "supplier"),
    ("第四条 成果归属\n本合同项下开发成果的知识产权由双方共同所有。", "ip_owner", "joint"),
    ("第一条 标的\n乙方交付设备。", "ip_owner", None),
    ("7. Work Product\nAll deliverables developed for Customer shall vest in the Customer.", "ip_owner", "buyer"),
    ("6. IP\nVendor retains all right, title and interest in all customisations and deliverables developed under this Agreement.", "ip_owner", "supplier"),
    ("7. IP\nProvider retains all right, title and interest in its pre-existing platform. Reports developed for Customer shall be the sole property of Customer.",
     "ip_owner", "buyer"),
    # CR-DATA-SECURITY (a confidentiality clause is not one)
    ("第八条 数据安全\n乙方应采取加密措施保障甲方数据安全，发生数据泄露的应在24小时内通知甲方并承担赔偿责任。", "data_security_clause", True),
    ("第八条 保密\n乙方对甲方商业秘密负有保密义务，不得向第三方披露。", "data_security_clause", False),
    # CR-DATA-OWNERSHIP
    ("第五条 数据\n甲方业务数据归甲方所有，乙方仅为履行本合同使用。", "buyer_owns_data", True),
    ("第五条 数据\n甲方数据归甲方所有。乙方有权对甲方数据进行脱敏和汇总分析，并用于改进其产品。", "buyer_owns_data", False),
    ("第五条 数据\n乙方不得对甲方数据进行脱敏、汇总后另作他用。甲方数据归甲方所有。", "buyer_owns_data", True),
    ("Article 7 Data\nVendor may use aggregated and de-identified Customer data to improve its products.", "buyer_owns_data", False),
    ("9. Data\nAll data stored on the equipment belongs to the Buyer.", "buyer_owns_data", True),
    ("第一条 标的\n乙方交付设备。", "buyer_owns_data", None),
    # CR-CONFIDENTIALITY (a data-security clause is not one)
    ("第九条 保密\n双方对知悉的对方商业秘密负有保密义务，不得向第三方披露。", "confidentiality", True),
    ("第八条 数据安全\n乙方应采取加密措施，发生数据泄露的应通知甲方。", "confidentiality", False),
    # CR-LD-MISSING / CR-LD-LOW
    ("第六条 违约责任\n乙方逾期交付的，每逾期一日，按合同总价的万分之三支付违约金，累计不超过合同总价的10%。", "ld_rate_per_day_pct", 0.03),
    ("第十条 违约金\n乙方逾期上线的，每逾期一周，按合同总价的0.2%支付违约金。", "ld_rate_per_day_pct", 0.028571),
    ("7. Late Delivery\nFor each week of late delivery, the Seller shall pay liquidated damages equal to 0.5% of the contract value.", "ld_rate_per_day_pct", 0.071429),
    ("9. Delay\nVendor shall pay 0.01% of the Contract Price per day of delay as liquidated damages.", "ld_rate_per_day_pct", 0.01),
    ("第五条 售后\n未按时修复的，每延误一日按合同总价的千分之一扣减质保金。", "ld_rate_per_day_pct", None),
    ("第六条 违约\n甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。", "ld_stated", False),
    ("第六条 违约\n乙方违反本合同约定的，应向甲方支付违约金。", "ld_stated", True),
    ("第一条 标的\n乙方交付设备。", "ld_stated", False),
    # CR-LIABILITY-CAP
    ("第六条 违约责任\n乙方累计赔偿责任总额不超过合同总价的50%。", "liability_cap_pct", 50.0),
    ("第六条 责任\n乙方的累计赔偿责任以合同总价为限。", "liability_cap_pct", 100.0),
    ("第六条 责任\n违约金累计不超过合同总价的10%。", "liability_cap_stated", False),
    ("8. Liability\nProvider's aggregate liability shall not exceed the total fees payable under this Agreement.", "liability_cap_pct", 100.0),
    ("10. Liability\nIn no event shall Vendor's total liability exceed the fees paid in the twelve (12) months preceding the claim.",
     "liability_cap_below_value", True),
    # CR-PREPAYMENT
    ("第二条 付款\n合同签订后十个工作日内，甲方支付合同总价的30%作为预付款；验收合格后支付70%。", "prepayment_pct", 30.0),
    ("3. Payment\nBuyer shall pay 20% of the contract price as an advance payment within 15 days after signing.", "prepayment_pct", 20.0),
    # CR-ACCEPTANCE
    ("第三条 验收\n甲方依据技术规范和验收方案组织验收，验收合格后签署验收报告。", "acceptance_clause", True),
    ("第三条 安装与验收\n设备安装完成后即视为验收合格。", "acceptance_clause", False),
    ("第二条 付款\n到货后支付合同总价的90%；安装完成后支付剩余10%。", "final_payment_on_acceptance", False),
    ("第二条 付款\n签订后支付30%；终验合格后支付65%；质保期满后支付5%。", "final_payment_on_acceptance", True),
    # CR-WARRANTY
    ("第五条 质保\n设备免费质保期为验收合格之日起三年。", "warranty_months", 36.0),
    ("5. Warranty\nThe equipment shall be covered by a free warranty for thirty-six (36) months from final acceptance.", "warranty_months", 36.0),
    ("Article 5\nVendor warrants that the software will perform substantially for ninety (90) days from delivery.", "warranty_months", 3.0),
    ("第五条 维保\n质保期满后，年度维保费为合同总价的8%。", "warranty_months", None),
    # CR-AUTO-RENEWAL
    ("第九条 续期\n期满双方未提出异议的，合同自动续期一年，续期服务费按乙方届时公布的价格执行。", "auto_renewal_price_increase", True),
    ("第八条 期满\n期满双方无异议的，合同自动顺延一年，服务费标准不变。", "auto_renewal_price_increase", False),
    ("10. Renewal\nThis Agreement shall automatically renew for successive one-year terms, and Provider may increase the charges by up to 10%.",
     "auto_renewal_price_increase", True),
    # CR-TERMINATION
    ("第十条 解除\n乙方严重违约且在收到书面通知后十五日内未纠正的，甲方有权解除本合同。", "termination_for_breach", True),
    ("第九条 解除\n甲方逾期付款超过六十日的，乙方有权解除本合同。", "termination_for_breach", False),
    ("11. Termination\nEither party may terminate this Agreement if the other party materially breaches it and fails to cure within 30 days.",
     "termination_for_breach", True),
    ("10. Termination\nThe Customer may terminate this Agreement at any time on thirty days' written notice.", "termination_for_convenience", True),
    # CR-SUBCONTRACT
    ("第九条 分包\n未经甲方书面同意，乙方不得分包。", "subcontract_without_consent", False),
    ("第九条 分包\n乙方可将部分服务分包给第三方，并通知甲方。", "subcontract_without_consent", True),
    ("第十条 分包\n乙方可根据需要将部分实施工作分包给第三方，无需甲方同意。", "subcontract_without_consent", True),
    ("12. Subcontracting\nVendor may subcontract any of its obligations upon notice to Customer.", "subcontract_without_consent", True),
    ("第一条 标的\n乙方交付设备。", "subcontract_without_consent", None),
    # CR-GOVERNING-LAW
    ("第十条 争议\n本合同适用中华人民共和国法律，争议由甲方所在地人民法院管辖。", "governing_law", "PRC"),
    ("11. 法律适用\n本合同受中华人民共和国香港特别行政区法律管辖。", "governing_law", "Hong Kong SAR"),
    ("第十二条 争议\n本协议适用中华人民共和国法律。争议提交新加坡国际仲裁中心仲裁。", "governing_forum_outside_mainland", True),
    ("第十二条 争议\n本协议适用中华人民共和国法律。争议提交北京仲裁委员会仲裁。", "governing_forum_outside_mainland", False),
    ("13. Law\nThis Agreement shall be governed by the laws of the State of New York.", "governing_law", "New York"),
    # a law named in Chinese by any name the pack's labels know, not only those the patterns list (马耳他 was no law at all)
    ("第十二条 法律适用\n本合同适用马耳他法律。", "governing_law", "Malta"),
    ("第十二条 法律适用\n本合同受冰岛法律管辖，并依其解释。", "governing_law", "Iceland"),
    # a US state by its Chinese name (美国 alone had made every one of them New York's law); a state or province the labels lack as
    # its country
    ("第十二条 法律适用\n本合同适用美国加利福尼亚州法律。", "governing_law", "California"),
    ("第十二条 法律适用\n本合同适用美国内华达州法律。", "governing_law", "Nevada"),
    ("第十二条 法律适用\n本合同适用加拿大育空地区法律。", "governing_law", "Yukon"),
    ("第十二条 法律适用\n本合同适用印度马哈拉施特拉邦法律。", "governing_law", "India"),
    ("第十二条 争议\n本合同适用中华人民共和国法律，争议提交美国仲裁协会仲裁。", "governing_forum_outside_mainland", True),
    # the State of Georgia is no country
    ("13. Law\nThis Agreement shall be governed by the laws of the State of Georgia, USA.", "governing_law", "State of Georgia"),
    ("第十二条 法律适用\n本合同适用美国佐治亚州法律。", "governing_law", "State of Georgia"),
    ("13. Law\nThis Agreement shall be governed by the laws of Georgia.", "governing_law", "Georgia"),
    # an ICC arbitration is a forum outside the mainland (the list entry was lost to a comment in f8dc9a1)
    ("12. Disputes\nThis Agreement is governed by the laws of the People's Republic of China. Any dispute shall be finally settled by "
     "arbitration under the Rules of Arbitration of the International Chamber of Commerce.", "governing_forum_outside_mainland", True),
    ("第十二条 争议\n本合同适用中华人民共和国法律。争议提交国际商会仲裁院仲裁。", "governing_forum_outside_mainland", True),
    # the Republic of China is Taiwan's formal name, not the PRC and not a country called "China"
    ("13. Law\nThis Agreement shall be governed by the laws of the Republic of China.", "governing_law", "Taiwan"),
    ("15. GOVERNING LAW\nTHIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF MINNESOTA WITHOUT REGARD TO CONFLICT OF LAWS.",
     "governing_law", "Minnesota"),
    ("12. Law\nThis Agreement shall be governed by and construed in accordance with Swiss law.", "governing_law", "Switzerland"),
    ("12. Law\nThis Agreement shall be governed by the substantive Laws of the [* * *].", "governing_law", "unspecified (redacted)"),
    # termination for convenience (CUAD wording) and its look-alikes
    ("9. Term\nEither party may, at its option, terminate this Agreement without cause upon giving ninety (90) days prior written notice.",
     "termination_for_convenience", True),
    ("9. Term\nEither Party may terminate this Agreement immediately upon notice in the event the other Party becomes insolvent.",
     "termination_for_convenience", False),
    ("9. Term\nUpon termination of this Agreement for any reason, the Distributor shall return all materials.", "termination_for_convenience", False),
    ("14. Termination 14.1 Reseller's failure to pay is a material breach and Vendor may terminate if it is not cured within ten (10) days. "
     "14.2 Each Party may also terminate this Agreement for convenience by providing sixty (60) days written notice.", "termination_for_convenience", True),
    ("9. Term\nBuyer may terminate this Agreement upon ninety (90) days written notice: 1) if Buyer discontinues the product or 2) without cause "
     "for any reason or no reason.", "termination_for_convenience", True),
    ("9. Term\nThis Agreement may be terminated in the following manner:\n(a) By either party, providing one hundred and twenty (120) days "
     "prior written notice to the other party.", "termination_for_convenience", True),
    ("9. Term\nEither Consultant or Company may terminate this Agreement upon prior written notice to the other party.", "termination_for_convenience", True),
    ("9. Term\nIn the event that a majority of the Provider's assets are sold to a competitor of the Customer, then the Customer may terminate "
     "this Agreement by providing thirty (30) days written notice.", "termination_for_convenience", False),
    ("9. Term\nEither party may terminate this Agreement by giving written notice to the other party: (i) if the other party fails to perform "
     "any provision of this Agreement; or (ii) if the other party becomes insolvent.", "termination_for_convenience", False),
    ("9. Term\nThis Agreement may be terminated at any time upon the mutual written agreement of the parties.", "termination_for_convenience", False),
    # a warranty period stated even when its length is redacted
    ("7. Warranty\nSupplier warrants that for a period of [***] after delivery the Products will be free from defects.", "warranty_period_stated", True),
    ("7. Warranty\nSupplier warrants that it has full power to enter into this Agreement.", "warranty_period_stated", False),
    ("7. Warranty\nFor ninety (90) days after delivery of a Product, Developer warrants that the media shall be free of defects.", "warranty_months", 3.0),
    ("7. Warranty\nVendor warrants that (a) it will convey good title to the Software free and clear of any liens and (b) for a period of "
     "sixty (60) days after delivery, the Software will perform in all material respects with its documentation.", "warranty_months", 2.0),
    ("7. Warranty\nNetwork warrants that any programming produced for children 12 years old or younger complies with the law.",
     "warranty_period_stated", False),
    ("4. Grant\nConsultant is granted a warrant exercisable for a period of seven (7) years for 10,000 shares of common stock.",
     "warranty_period_stated", False),
    # wordings first met in holdout4 (docs/contracts.md)
    ("4.1 可用率\n月度可用率不低于99.5%。\n4.4 扣减\n月度可用率低于承诺值但不低于99%的，扣减当月服务费的10%。", "availability_pct", 99.5),
    ("十一、委托第三方\n乙方可根据项目需要将实施工作委托给其认证合作伙伴完成，乙方应将合作伙伴名称通知甲方。",
     "subcontract_without_consent", True),
    ("第五条 人员\n乙方可视工作量将部分驻场工作交由其合作伙伴实施，无需另行征得甲方同意。", "subcontract_without_consent", True),
    ("5.2 成果\n定制的接口程序归甲方所有，甲方有权自行或委托第三方使用、修改。", "subcontract_without_consent", None),
    ("8 续约\n期限届满前三十日任何一方未书面提出不再续约的，本协议自动续展一年。续展期内的服务费按乙方届时公布的标准价格执行。",
     "auto_renewal_price_increase", True),
    ("二、付款\n预付款比例由甲方另行书面通知，本合同暂不约定。除预付款外，剩余合同款项于最终验收合格后一次性支付。", "prepayment_pct", None),
    ("二、付款\n乙方应在合同签订后十日内向甲方提交合同总价百分之五的履约保证金。设备验收合格后甲方支付全部合同款。", "prepayment_pct", None),
    ("三、付款\n服务满六个月且半年度考核合格后支付百分之五十；服务期满且年度考核合格后支付剩余百分之五十。",
     "final_payment_on_acceptance", True),
    ("六、免费维护期\n自软件安装完成之日起，乙方提供六个月免费维护，包括缺陷修复。", "warranty_months", 6.0),
    ("3. Acceptance\nThe Service shall be deemed accepted by Customer upon delivery of the administrator credentials.",
     "acceptance_deemed_on_delivery", True),
    # wordings first met in holdout5
    ("Article 7 Data Security\nThe Supplier shall be liable for any data leakage caused by its personnel.", "data_security_clause", True),
    ("6.1 数据\n甲方上传至平台的全部业务数据和客户个人信息，均归甲方所有。", "buyer_owns_data", True),
    ("8. Data\nAll data of the Purchaser processed during the project belong exclusively to the Purchaser.", "buyer_owns_data", True),
    ("4.2 Acceptance\nThe Services shall be deemed accepted by Customer upon Provider's delivery of the login credentials.",
     "acceptance_deemed_on_delivery", True),
    ("第二条 付款\n合同签订后支付30%；全部设备到货并经甲方开箱检验合格后支付40%；系统终验合格后支付剩余的30%。",
     "final_payment_on_acceptance", True),
    ("第二条 付款\n合同签订后支付30%；全部设备到货后支付剩余全部合同款。", "final_payment_on_acceptance", False),
    ("一、服务费用\n本合同服务费总额为人民币捌拾陆万元整。", "contract_value", 860000.0),
    ("（三）质保期满后，技术支持费按乙方当年度公布的价目表执行。", "post_warranty_fee_capped", False),
    # wordings first met in holdout6
    ("第六条 质保\n6.1 自验收合格之日起十二个月为免费质保期，乙方提供原厂技术支持服务。", "warranty_months", 12.0),
    ("第六条 质保\n6.1 全部设备提供三年原厂质保，质保期自终验合格之日起计算。", "warranty_months", 36.0),
    ("七、维护\n（一）本系统免费维护期为一年半，自终验合格之日起计算。", "warranty_months", 18.0),
    ("五、服务考核与验收\n甲方每季度依据附件一《运维服务考核评分表》对乙方服务进行考核，考核得分80分以上为合格。", "acceptance_clause", True),
    ("3. Service Levels\n3.1 Provider will make the service Available 99.5% of the time, excluding maintenance notified 48 hours in advance.\n"
     "4. Fees\nFees are invoiced quarterly in arrears.", "prepayment_pct", None),
    ("2.2 服务费\n服务费为每年人民币捌拾万元整，三年合计人民币贰佰肆拾万元整（¥2,400,000）。", "contract_value", 2_400_000.0),
    ("Order Form\n| Item | Description | Fees |\n|---|---|---|\n| 1 | Analytics, named users | included |\n| Total | Subscription Fees | CNY 600,000 |",
     "contract_value", 600_000.0),
    ("第九条 服务委托\n乙方可根据运营需要，将部分服务（包括但不限于现场值守、网络接入）委托其关联公司或第三方服务商提供，无需另行征得甲方同意。",
     "subcontract_without_consent", True),
    ("第六条 付款\n①合同签订后十个工作日内，甲方支付服务费总额的百分之五十；②服务期满且年度考核合格后，甲方支付剩余百分之五十。\n"
     "第七条 续保\n服务期满后续保的，服务费另行协商。", "post_warranty_fee_pct", None),
    ("定制开发合同\n甲方委托乙方开发“智慧监管平台”（以下简称“本系统”）。\n八、知识产权\n（一）乙方交付的本系统软件及其源代码的著作权归乙方所有。",
     "ip_owner", "supplier"),
    # wordings first met in holdout7
    ("9. Confidentiality\nEach party shall keep in confidence all non-public information received from the other party.", "confidentiality", True),
    ("1. Scope\nThe Supplier supplies servers.\n8. Data\nThe Supplier shall be liable for any loss, leakage or corruption of Purchaser "
     "data caused by its personnel.",
     "data_security_clause", True),
    ("（六）服务验收：每季度末，甲方依据附件《考核评分细则》对乙方当季服务进行验收，季度考核得分不低于85分的为验收合格。", "acceptance_clause", True),
    ("5. Acceptance\nThe Equipment shall be deemed accepted by the Purchaser upon completion of installation.", "acceptance_deemed_on_delivery", True),
    ("7. Customer Data\n7.2 Notwithstanding Clause 7.1, Provider may use threat patterns derived from Customer Data, in anonymised and aggregated "
     "form, to improve the services it provides to its other clients.", "buyer_owns_data", False),
    ("第三条 服务费\n本合同为云服务订阅合同。本合同总价为人民币贰佰肆拾万元整，即每年服务费捌拾万元。\n第四条 售后服务\n续订服务费每年捌拾万元。",
     "post_warranty_fee_pct", None),
    # wordings first met in holdout8
    ("第四条 付款\n合同签订且乙方提交等额银行履约保函后二十个工作日内，甲方向乙方支付合同总价的百分之三十五作为预付款。", "prepayment_pct", 35.0),
    ("1. Scope\nThe Provider supplies colocation.\n6. Customer Data\n6.1 All Customer Data belongs to the Customer.\n6.2 Notwithstanding Clause "
     "6.1, the Provider may use aggregated and anonymised traffic statistics derived from the service for the improvement of services to "
     "its other customers.", "buyer_owns_data", False),
    ("Schedule B Service Levels\nB.2 The Supplier shall respond to a Severity 1 call within 8 hours.\nB.3 For each failure to meet the response "
     "time in B.2, the Supplier shall pay the Buyer CNY 5,000.", "sla_remedy", True),
    ("10. Intellectual Property\nAll Intellectual Property Rights in the Deliverables shall vest in and remain with the Supplier upon creation.",
     "ip_owner", "supplier"),
    # holdout9: a table in plain text (no fencing pipes), the response named in one cell and its time in the next
    ("第五条 服务水平\n指标 | 承诺值 | 未达标处理\n平台月度可用性 | 不低于99.5% | 每低于0.1个百分点，减免当月服务费的3%\n"
     "紧急事件（一级）恢复时间 | 4小时 | 每超时一小时，减免当月服务费的1%\n紧急事件（一级）响应时间 | 30分钟 | 每超时一次，减免当月服务费的1%",
     "p1_response_hours", 0.5),
    ("Schedule 1 Service Levels\n| Metric | Target | Service credit |\n|---|---|---|\n"
     "| P1 Incident: analyst acknowledgement and notification to the duty officer | within 15 minutes, 24x7 | 2% of the Monthly Fee |",
     "p1_response_hours", 0.25),
    ("1. Services\nThe Provider monitors the Bank's systems.\n7. Data Protection and Security\n7.2 The Provider shall notify the Bank within 24 hours of any breach of security leading to the "
     "unauthorised disclosure of, or access to, Customer Data.", "data_security_clause", True),
    ("第八条 数据\n甲方存储于许可软件中的业务数据、客户信息及运行日志，其所有权归甲方。", "buyer_owns_data", True),
    ("第九条 数据安全\n甲方提供的业务数据，以及平台运行产生的全部数据，归甲方所有，乙方不得以任何方式使用。", "buyer_owns_data", True),
    ("14. Termination\n14.2 The Purchaser may terminate this Contract only if the Supplier becomes insolvent. Save as aforesaid, neither "
     "party may terminate this Contract before the expiry of its term, and the remedies for any breach are limited to Article 4.",
     "termination_for_breach", False),
    ("第十一条 协议解除\n乙方有下列情形之一的，甲方有权书面通知解除本协议：（1）连续三个月平台月度可用性低于99%；（2）乙方有其他严重违约行为。",
     "termination_for_breach", True),
    ("第二条 法律适用\n本合同适用中华人民共和国法律（为本合同之目的，不包括香港特别行政区、澳门特别行政区和台湾地区法律）。", "governing_law", "PRC"),
    ("12. Law\nThis Agreement is governed by the laws of the PRC, excluding the laws of Hong Kong, Macau and Taiwan.", "governing_law", "PRC"),
    # a daily rate on the annual fee, as a share of the contract value (policy: "% of contract value per day")
    ("第一条 费用\n服务费为每年人民币100万元，服务期三年。\n第四条 违约\n乙方未按期开通服务的，每延迟一日，按年度服务费的千分之一支付违约金。",
     "ld_rate_per_day_pct", 0.033333),
    ("第一条 费用\n服务费按月支付，服务期两年。\n第四条 违约\n乙方未按期开通服务的，每延迟一日，按月服务费的百分之一支付违约金。",
     "ld_rate_per_day_pct", 0.041667),
    ("第二条 服务期：自2026年7月1日起三年。", "term_years", 3),
    # holdout10
    ("2. Term\n2.2 The initial term is thirty-six (36) months.\n4. Delay\n4.2 If the DR Environment is not ready by the RFS Date, Provider "
     "shall pay liquidated damages of 0.5% of the Monthly Fee for each day of delay.", "ld_rate_per_day_pct", 0.013889),
    ("1. Services\nProvider hosts a DR environment.\n5. Acceptance\n5.1 The DR Environment shall be accepted only after a successful "
     "Initial DR Drill achieving an RTO of no more than two (2) hours and an RPO of no more than fifteen (15) minutes.", "acceptance_clause", True),
    ("4. Milestones and Payment\n| Milestone | Description | Target date | Payment (% of Contract Price) |\n|---|---|---|---|\n"
     "| M0 | Signature of this Agreement, against a performance bond of 10% | Effective Date | 15% |\n"
     "| M1 | Final Acceptance | T + 12 months | 85% |", "prepayment_pct", 15),
    ("第四条 付款\n4.1 合同签订后十五个工作日内，乙方提交等额银行保函，甲方支付合同总价的30%作为预付款。", "prepayment_pct", 30),  # guard
    ("Article 5 Warranty and Support\n5.1 The Supplier shall provide warranty and support for all equipment and embedded software for "
     "five (5) years from the date of the Final Acceptance Certificate, at no additional charge.", "warranty_months", 60),
    ("第九条 合作单位\n乙方可将渗透测试工作委托具备相应资质的合作单位实施，但应提前五个工作日书面通知甲方。", "subcontract_without_consent", True),
    ("网络安全等级保护测评及安全加固服务合同\n第一条 服务内容\n乙方对甲方三级系统开展等级保护测评并完成安全加固。", "contract_kind", "service"),
    ("第四条 服务水平\n| 指标 | 承诺值 |\n|---|---|\n| 月度服务可用性 | ≥99.5% |\n\n附件二 服务积分\n| 情形 | 服务积分（占当月订阅费） |\n|---|---|\n"
     "| 月度可用性低于99.5%但不低于99% | 5% |\n| 月度可用性低于99% | 10% |", "availability_pct", 99.5),
    ("一、服务内容\n乙方派驻开发人员驻场。\n五、服务水平\n1. 驻场人员月度到岗率不低于98%。\n2. 甲方要求更换人员的，乙方应在5个工作日内提供替换人员。\n"
     "3. 乙方未达到上述服务水平的，甲方扣减当月服务费，每项不超过当月服务费的5%。", "sla_clause", True),
    # holdout11
    ("第一部分 合同协议书\n一、合同总价为人民币100万元。\n第二部分 合同通用条款\n第5条 质量保证\n5.1 质保期为一年，自终验合格之日起计算。\n"
     "第三部分 合同专用条款\n（一）对应通用条款第5条（质保期）\n通用条款第5.1款修改为：全部货物质保期为三年，自终验合格之日起计算。",
     "warranty_months", 36),
    ("第二部分 合同通用条款\n第11条 违约责任\n11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之五支付违约金。\n第三部分 合同专用条款\n"
     "通用条款条号 专用条款内容\n第11.1款（逾期违约金） 修改为：乙方逾期上线的，每逾期一日，按合同总价的万分之二支付违约金。", "ld_rate_per_day_pct", 0.02),
    ("第二部分 合同通用条款\n第11条 责任限额\n11.1 乙方累计赔偿责任不超过合同总价的50%。\n第三部分 合同专用条款\n（五）对应通用条款第11条（责任限额）\n"
     "通用条款第11.1款修改为：除故意或重大过失外，乙方在本合同项下的累计赔偿责任以合同总价为限。", "liability_cap_pct", 100),
    ("第十一条 续展\n11.1 期满前30日双方均未书面提出终止的，本协议自动续展一年；续展期服务费按乙方届时公布的政务云产品目录价格执行。",
     "auto_renewal_price_increase", True),
    ("第9条 责任限额\n乙方就任一订单承担的累计赔偿责任以该订单总价为限，但因乙方故意或重大过失造成的损失不受此限。", "liability_cap_pct", 100),
    ("第二条 主要条款一览表\n| 项目 | 内容 |\n|---|---|\n| 付款方式 | 合同签订后10个工作日内支付合同总价的30%；全部设备到货并经甲方清点签收后支付40%；"
     "系统终验合格后支付剩余30% |\n| 验收 | 依据采购文件技术参数及测试用例逐项测试，全部合格后签署终验报告 |", "final_payment_on_acceptance", True),
    ("Article 7 Delay\n7.1 The Supplier shall pay liquidated damages of zero point five per cent (0.5%) of the Contract Price for each complete "
     "week of delay.", "ld_rate_per_day_pct", 0.071429),
    ("ARTICLE 5 WARRANTY\n5.2 After the Warranty Period, the Supplier shall offer extended maintenance on an annual basis at the Supplier's "
     "standard maintenance rates prevailing at the time of each renewal.", "post_warranty_fee_capped", False),
    ("4. Fees\nThe Fees under this SOW are a fixed price of CNY 5,600,000 (the \"Fixed Fees\").\n5. PAYMENT SCHEDULE\n"
     "Milestone | Share of Fixed Fees | Amount (CNY)\nSOW execution | 20% | 1,120,000\nFinal Acceptance | 80% | 4,480,000", "prepayment_pct", 20),
    # a master services agreement's title says nothing of what its SOW buys: here a platform delivered and accepted
    ("MASTER SERVICES AGREEMENT\n5. Acceptance\nCustomer shall issue a Final Acceptance Certificate when the Platform passes the "
     "Acceptance Criteria.\n6. Warranty\n6.1 Supplier warrants the Platform for a Warranty Period of twelve (12) months after Final "
     "Acceptance; delivery of the system includes its source code.", "contract_kind", "goods_or_licence"),
    # holdout12
    ("甲方（卖方、供货方）：杭州某科技有限公司\n乙方（买方、采购方）：某市运行管理中心\n第六条 分包\n甲方可将安装调试工作分包给第三方，提前书面告知乙方即可。",
     "subcontract_without_consent", True),  # a supplier's template: 甲方 is the seller
    ("第十条 违约责任\n1. 乙方逾期交货的，每逾期一日按合同总价的万分之五支付违约金。\n第十六条 合同变更条款\n"
     "4. 第十条第1款中的“万分之五”修改为“万分之三”。", "ld_rate_per_day_pct", 0.03),
    ("第六条 质量保证\n1. 全部设备免费质保期为十二个月。\n第十六条 合同变更条款\n1. 第六条第1款修改为：“全部设备及软件的免费质保期为二十四个月。”",
     "warranty_months", 24),
    ("第二条 费用\n三年服务费合计人民币壹佰贰拾陆万元整。\n第三条 付款\n| 期次 | 金额 |\n|---|---|\n| 预付款 | 合同总价的百分之二十，即25.2万元 |",
     "contract_value", 1_260_000),
    ("EQUIPMENT MAINTENANCE RENEWAL AGREEMENT (POST-WARRANTY)\n1. Scope\nThe Supplier maintains the installed equipment.", "contract_kind", "service"),
    ("2. Term\n2.2 This Agreement shall automatically renew for successive Renewal Terms of twelve (12) months.\n4. Fees\n4.5 For each "
     "Renewal Term, the Annual Maintenance Fee shall be determined by the Supplier in accordance with its maintenance price list then in "
     "effect.", "auto_renewal_price_increase", True),
    ("第九条 合同解除\n9.1 乙方严重违约，包括连续两个季度考核不合格或擅自分包的，甲方有权书面通知乙方解除本合同。", "subcontract_without_consent", False),
    ("11. SUBCONTRACTING\n11.1 The Reseller may appoint the OEM or any OEM-authorised service partner to perform installation work under "
     "this Agreement. The Reseller shall inform the Customer of the name of the partner before work starts.", "subcontract_without_consent", True),
    ("5. Payment\n5.1 The Customer shall pay 70% of the Total Contract Price within 30 days after delivery, and the remaining 30% within "
     "30 days after signature of the Acceptance Certificate.", "prepayment_pct", None),
    ("Order Form\n| Item | Terms |\n|---|---|\n| Payment Schedule | 20% (CNY 500,000) within 15 days of signature; 80% within 15 days of "
     "the Final Acceptance Certificate |", "prepayment_pct", 20),
    ("第七条 售后服务\n7.1 一级故障乙方应在2小时内响应。\n7.2 乙方未按上述时限响应的，每超时一小时向甲方支付人民币500元。", "sla_remedy", True),
    ("第六条 质保\n6.2 质保期满后，维保服务费按乙方届时公布的服务价格标准执行。", "post_warranty_fee_capped", False),
    ("7. Support\n7.3 After the warranty period the Customer may purchase support; support fees are quoted at the OEM's list price in "
     "effect on the date of each order, less a reseller discount of ten per cent (10%).", "post_warranty_fee_pct", None),
    ("9. Reports\n9.1 Health-check reports, service reports, configuration records and run books prepared by the Supplier for the Customer "
     "under this Agreement belong to the Customer, including all intellectual property rights in them.", "ip_owner", "buyer"),
    ("第四条 质保\n4.2 质保期满后，年度运维服务费为合同总价的百分之八，三年内不作调整；但甲方要求新增功能的除外，新增部分的费用由双方另行协商。",
     "post_warranty_fee_capped", True),
    ("2. PRICE SCHEDULE\nItem                      Qty    Amount (CNY)\nStorage licence           1      1,600,000\n"
     "Total Contract Price (VAT included)        2,350,000", "contract_value", 2_350_000),
    # holdout13 (ordinary drafts)
    ("2. Term\nThe Initial Term is thirty-six (36) months.\n4. Delay\n4.3 If the Services are not ready by the RFS Date, the Supplier "
     "shall pay a delay credit of three percent (3%) of the Monthly Fee for each day of delay.", "ld_rate_per_day_pct", 0.083333),
    ("第五条 质量保证\n5.1 全部设备提供原厂三年7×24小时免费质保，自终验合格之日起计算。", "warranty_months", 36),
    ("五、知识产权\n1. 本项目定制开发形成的全部成果，其著作权及其他知识产权归甲方所有。\n"
     "2. 乙方在本项目中使用的其既有通用开发框架和组件，知识产权仍归乙方，甲方享有永久、免费、不可撤销的使用、修改的权利。", "ip_owner", "buyer"),
    ("三、付款\n| 里程碑 | 工作内容 | 完成时限 | 付款比例 |\n|---|---|---|---|\n| M1 | 合同签订 | —— | 40% |\n"
     "| M2 | 上线试运行满30日 | 合同签订后120日内上线 | 30% |\n| M3 | 终验合格 | 上线后90日内 | 30% |", "prepayment_pct", 40),
    ("一、服务内容\n乙方提供等级测评服务。\n四、验收\n1. 乙方提交的等级测评报告应符合GB/T 22239-2019及公安机关备案要求。\n"
     "2. 甲方在收到全部报告后10个工作日内组织验收，符合上述要求的签署验收单。", "acceptance_clause", True),
    ("十、人员与合作单位\n2. 乙方可根据项目进度将部分渗透测试工作交由其合作的技术服务单位实施，合作单位名单报甲方备案即可。",
     "subcontract_without_consent", True),
    # holdout14 (ordinary drafts)
    ("第二条 合同价款\n本合同为固定总价合同，总价为人民币壹佰肆拾陆万元整（¥1,460,000.00），包括需求分析、设计、开发的全部费用。",
     "contract_value", 1_460_000),
    ("3. Fees\n3.1 The monthly Service Fee is CNY 86,000 (VAT included). The total Service Fee for the Initial Term is CNY 2,064,000.",
     "contract_value", 2_064_000),
    ("2. Term\n2.1 The Initial Term is thirty-six (36) months.\n4. Provisioning\n4.4 If the Initial Environment is not made available "
     "by the Target Provisioning Date, Provider shall grant a delay credit of one percent (1%) of the Monthly Committed Fee for each "
     "day of delay.", "ld_rate_per_day_pct", 0.027778),
    ("1. Services\nProvider provides infrastructure as a service.\n8. Intellectual Property\n8.2 Migration scripts created by Provider specifically for Customer under a Statement of Work are "
     "assigned to Customer upon payment of the related fees.", "ip_owner", "buyer"),
    ("第五条 质量保证\n5.1 全部终端提供三年原厂免费上门质保，操作系统及办公软件在质保期内免费升级和维护，质保期自终验合格之日起计算。",
     "warranty_months", 36),
    ("第一条 价款\n合同总金额为人民币144万元。\n第十条 违约责任\n（三）乙方在本合同项下的赔偿责任总额不超过合同总金额的两倍。",
     "liability_cap_pct", 200),
    ("11. Liability\n11.1 The Supplier's total liability shall not exceed twice the Contract Price.", "liability_cap_pct", 200),
    ("安全运营托管服务合同\n二、服务期限\n服务期为二年。\n三、服务费用及支付\n（二）服务费每半年支付一次，每个服务半年度结束并经甲方考核后支付人民币36万元。",
     "final_payment_on_acceptance", None),
    # holdout15 (ordinary drafts)
    ("Article 8 Data Protection\n8.1 All data on the platform, including engineering drawings and user profiles, belongs to the Buyer. "
     "The Seller shall not copy, keep, use or disclose it for any purpose.\nArticle 9 Confidentiality\nEach party keeps the other's "
     "information confidential.", "buyer_owns_data", True),
    ("5. Warranty and Service Levels\n5.2 Severity 1: response within 30 minutes, restoration within 6 hours.\n5.3 For each hour by "
     "which a Severity 1 response or restoration time is exceeded, the Supplier pays CNY 1,000.", "sla_remedy", True),
    ("Supplier: Quillwork Cloud Ireland Limited, 2 Grand Canal Quay, Dublin 2, Ireland (\"Quillwork\")\nCustomer: Lakeshore Trading "
     "(Shanghai) Co., Ltd. (\"Customer\")\n1. SERVICES\nQuillwork provides the Services.\n9. INTELLECTUAL PROPERTY\n9.2 Quillwork owns all Deliverables, including custom templates "
     "and migration scripts created for Customer.", "ip_owner", "supplier"),
    ("Order Form\nTotal Fees for the Initial Term: CNY 1,944,000\nPayment: the Total Fees for the Initial Term are invoiced on the "
     "Order Form Effective Date and are payable in full within thirty (30) days of invoice, and in any event before the Subscription "
     "Start Date.", "prepayment_pct", 100),
    ("3. Onboarding\n3.2 Customer shall verify the onboarded tenant against the Provisioning Checklist in Exhibit B. When all items "
     "are met, Customer signs an Onboarding Completion Certificate.", "acceptance_clause", True),
    ("SUBSCRIPTION SERVICES AGREEMENT\nUnit fee: CNY 540 per user per year\nPayment: the Total Fees for the Initial Term are "
     "payable in full before the Subscription Start Date.", "final_payment_on_acceptance", None),
    ("第10条 分包\n乙方不得转包。是否允许分包按专用条款约定；允许分包的，乙方就分包项目对甲方负责。", "subcontract_without_consent", False),
    ("第七条 知识产权\n7.2 甲方在本项目范围内享有非独占的使用权，未经乙方书面同意，甲方不得自行或委托第三方修改、复制。",
     "subcontract_without_consent", None),
    ("第十条 维护\n10.2 维护期内，乙方提供5×8小时电话及远程技术支持，对甲方反馈的问题尽快响应并处理。", "sla_clause", False),
    # holdout16 (ordinary drafts)
    ("5. Support\n5.3 Severity 1 (backup or restore impossible for production systems): response within one (1) hour, 24x7. "
     "Severity 2 (degraded function): response within eight (8) business hours.\n6. Fees\nThe fee is CNY 10,000 per month.",
     "p1_response_hours", 1),
    ("第三条 付款方式\n3.1 本合同不设预付款。\n3.4 终验合格后支付合同总价的100%。\n3.5 乙方应在合同签订后10个工作日内向甲方提交金额为合同总价5%的"
     "银行履约保函，有效期至终验合格后30日。", "prepayment_pct", None),
    ("Article 5 Acceptance\n5.1 The pilot is accepted when the Buyer's IT department confirms in writing that all items of the Buyer's "
     "device checklist are met.\nArticle 6 Warranty\n6.1 Thirty-six (36) months.", "acceptance_clause", True),
    ("3. Onboarding\n3.2 Onboarding is complete when the Customer signs the Onboarding Completion Certificate, confirming that the first "
     "full backup has completed and that the test restore succeeded within the recovery times stated in the agreed backup design.\n"
     "4. Fees\nCNY 10,000 per month.", "acceptance_clause", True),
    ("国家税务总局青川市税务局\n电子公文及协同办公系统建设项目合同\n第一条 项目内容\n乙方为甲方开发电子公文系统。\n第六条 免费维护及运维服务\n"
     "6.4 免费维护期满后，甲方可委托乙方提供年度运维服务，年度运维服务费不超过本合同总金额的8%。", "contract_kind", "goods_or_licence"),
    # holdout17 (ordinary drafts)
    ("澄州市政府采购合同\n项目名称：澄州市12345政务服务便民热线平台运维服务项目\n第一部分 合同协议书\n一、服务内容：乙方提供平台运维服务。",
     "contract_kind", "service"),
    ("第一条 价款\n合同总价为人民币237.6万元。\n第九条 服务水平与违约金\n9.1 一级故障15分钟内响应。\n9.2 乙方未能在合同生效后十日内完成平台接管的，"
     "每延迟一日，向甲方支付违约金人民币2,000元。", "ld_rate_per_day_pct", 0.084175),
    ("第一条 价款\n本合同总价为人民币贰佰肆拾伍万元整（¥2,450,000.00）。\n第九条 模型运维及迭代服务\n9.1 免费维护期届满后，乙方按年度为甲方提供模型运维"
     "及迭代服务。\n9.2 模型运维及迭代服务费为每年合同总价的20%，即每年人民币肆拾玖万元整。", "post_warranty_fee_pct", 20),
    ("第六条 知识产权\n6.2 甲方在本合同有效期内享有使用权，但不得对模型进行修改、反向工程或交由第三方维护。\n第七条 保密\n双方保守秘密。",
     "subcontract_without_consent", None),
    ("9. Subcontracting\nProvider may use the carriers listed in Schedule 2 for access lines. Provider shall not otherwise subcontract "
     "any part of the Services without Customer's prior written consent.\n10. Liability\nAs agreed.", "subcontract_without_consent", False),
    ("七、知识产权\n（一）定制配置归甲方所有。\n八、数据安全\n（一）录播系统录制的课堂视频、集中管理平台中的师生账号及使用记录属于甲方，乙方不得复制、下载或上传至"
     "任何第三方平台。", "buyer_owns_data", True),
    ("3. Charges\n| Item | Amount (CNY) |\n|---|---|\n| Total Monthly Recurring Charges for the Initial Term (36 months) | 2,106,000 |\n"
     "| One-time installation | 144,000 |\n| **Total Contract Value** | **2,250,000** |", "contract_value", 2_250_000),
    ("PART A - ORDER\n4. Fees\n   Annual Premier Support fee:                    CNY 628,000\n   Total Support Fees for the Renewal Term:"
     "       CNY 1,884,000 (inclusive of VAT)\n5. Invoicing\nInvoiced in full.", "contract_value", 1_884_000),
    ("6. Support\n6.3 Incident handling:\n| Severity | Definition | Response | On site |\n|---|---|---|---|\n| 1 | Array down, data "
     "unavailable | 30 minutes | 2 hours |\n| 3 | Non-critical fault | 8 hours | next business day |\n7. Fees\nAs agreed.", "p1_response_hours", 0.5),
    ("3. Severity Levels\n   Severity 1 - Production system down or critical business function unusable, no workaround: initial response "
     "target 1 hour, 24x7\n   Severity 2 - Major function degraded: initial response target 3 business hours\n4. Fees\nAs agreed.",
     "p1_response_hours", 1),
    ("Article 5 Acceptance\n5.1 Final Acceptance requires all of the following: (a) each array sustains at least 600,000 IOPS; "
     "(b) a controlled failover completes with zero data loss.\nArticle 6 Warranty\n36 months.", "acceptance_clause", True),
    ("4. Ready for Service and Acceptance\n4.2 Before Customer signs the RFS Acceptance Certificate, the parties shall jointly verify: each "
     "cabinet receives both A and B feeds; all cross-connects tested end to end.\n5. Fees\nAs agreed.", "acceptance_clause", True),
    ("5. Invoicing and Payment\n   The Total Support Fees for the entire Renewal Term are invoiced in full when Vendor accepts this Order "
     "and are payable within thirty (30) days and in any case before the first day of the Renewal Term.", "prepayment_pct", 100),
    ("SUPPORT RENEWAL ORDER AND PREMIER SUPPORT TERMS\n4. Fees\n   Annual Premier Support fee: CNY 628,000\n5. Payment\n   The fees "
     "are payable in full before the first day of the Renewal Term.", "final_payment_on_acceptance", None),
    ("2. Support Services\n2.1 Vendor will provide remote assistance.\n2.2 Support Services shall be deemed accepted by Customer upon "
     "performance.", "acceptance_deemed_on_delivery", True),
    ("3. Severity Levels\nSeverity 1: initial response target 1 hour.\n3.2 No service credits, fee reductions or refunds apply to any "
     "failure to meet a response target.", "sla_remedy", False),
    ("7. Diagnostic Data\n7.1 Customer shall remove personal information from Diagnostic Data before uploading it.\n7.3 Vendor makes no "
     "commitment regarding the security of Diagnostic Data and shall have no liability for any loss or disclosure of such data.",
     "data_security_clause", False),
    ("5. Service Levels\n5.1 Power availability 99.999%.\n5.4 Service credits: for each loss of power to a cabinet, 20% of the MRC of the "
     "affected cabinets for each started hour of outage.", "sla_remedy", True),
    ("1. Services\nColocation.\n8. Documentation\nCage layout drawings and the operating procedures prepared by Provider specifically for "
     "Customer belong to Customer.", "ip_owner", "buyer"),
    ("2. Term\n2.1 The Term is sixty (60) months.\n4. Delay\n4.3 If the delay exceeds sixty (60) days, Customer may terminate this Agreement "
     "without liability.\n10. Limitation of Liability\n10.2 Provider's total aggregate liability shall not exceed the total MRC payable for the "
     "twelve (12) months immediately preceding the claim.", "liability_cap_pct", 20),
    # holdout18 (ordinary drafts)
    ("4. Charges and Payment\n4.1 The Fleet Fee is CNY 38,400 per month.\n4.3 The fixed charges for the Initial Term are CNY 1,382,400 "
     "(36 × CNY 38,400), inclusive of VAT.\n5. Rollout\nAs agreed.", "contract_value", 1_382_400),
    ("2. Term\nThe Initial Term is thirty-six (36) months.\n4. Charges\n4.3 The fixed charges for the Initial Term are CNY 1,382,400.\n"
     "5. Rollout\n5.3 If rollout is not completed by the Rollout Date, Supplier shall pay liquidated damages of CNY 1,200 for each day of "
     "delay, up to a total of ten per cent (10%) of the annual fixed charges.", "ld_rate_per_day_pct", 0.086806),
    ("6. Service Levels\n6.1 P1 incident: fix within 8 hours.\n6.3 Service credits: three per cent (3%) of the monthly Fleet Fee for each P1 "
     "incident not fixed within the fix time.", "sla_remedy", True),
    ("4. Charges\nAs agreed.\n5. Rollout and Acceptance\n5.1 For each Site, Supplier shall demonstrate that: (a) every device is installed; (b) printing works.\n"
     "5.2 Customer signs a Site Acceptance Certificate after a successful demonstration.", "acceptance_clause", True),
    ("5. Payment\n5.2 Within ten (10) days after each quarter Provider submits a service report. Customer confirms the report against the "
     "service levels in Clause 4, or returns it with comments.\n6. Delay\nAs agreed.", "acceptance_clause", True),
    ("Article 7 Customer Data and Security\n7.1 Configuration files, traffic statistics and logs relating to Customer's network are Customer "
     "Data; they belong to Customer and Provider shall use them only to provide the Services.", "buyer_owns_data", True),
    ("第一条 价款\n合同总价为人民币361.3万元，其中软硬件小计2,977,200元。\n第三条 付款\n3.4 合同总价的5%即¥180,650.00作为质量保证金，质保期满且无未解决的质量问题后"
     "15个工作日内无息支付。\n第六条 质保\n6.5 质保期满后，维保服务费按软硬件小计的18%每年计取，质保期满后三年内不作调整。", "post_warranty_fee_pct", 18),
    ("MAINTENANCE SERVICES RENEWAL AGREEMENT\n1. TERM\n1.1 Coverage runs from 1 July 2026 (the \"Start Date\") to 30 June 2027.\n2. FEES\n"
     "2.2 The Annual Fee of CNY 428,000 includes VAT, parts, labour and travel.\n11. LIABILITY\nProvider's aggregate liability under this "
     "Agreement shall not exceed twice the Annual Fee.", "liability_cap_pct", 200),
    ("MAINTENANCE SERVICES RENEWAL AGREEMENT\n1. TERM\n1.1 Coverage runs from 1 July 2026 (the \"Start Date\") to 30 June 2027.\n2. FEES\n"
     "2.2 The Annual Fee of CNY 428,000 includes VAT, parts, labour and travel.", "contract_value", 428_000),
    ("8. Intellectual Property\nThe fleet management software remains the property of Supplier or its licensors and is licensed to Customer "
     "for the term.\n9. Data\nAs agreed.", "ip_owner", None),
    # holdout20 (ordinary drafts)
    ("4. Fees\nAs agreed.\n5. Acceptance\n5.1 Final Acceptance requires that all of the following tests are passed: (a) each array sustains "
     "450,000 IOPS; (b) a controlled failover completes.\n6. Warranty\n36 months.", "acceptance_clause", True),
    ("4. Deployment\n4.3 Wave Acceptance: after each wave, Customer checks that (a) every Device boots Customer's current image; (b) each "
     "user has signed the data migration confirmation sheet.\n5. Support\nAs agreed.", "acceptance_clause", True),
    ("DEVICE-AS-A-SERVICE LEASE AGREEMENT Lessor: Meridian Device Services (China) Co., Ltd. (\"Meridian\") Customer: Kaiyuan Co., Ltd. "
     "(\"Customer\")\n3. Term and Renewal\n3.2 This Agreement renews automatically for successive twelve (12) month renewal periods.\n"
     "3.3 For any renewal period Meridian may change the Monthly Rental to its then-current standard rental rates.", "auto_renewal_price_increase", True),
    ("REDLINE ASSURANCE LIMITED\n12 May 2026\nENGAGEMENT LETTER - PENETRATION TESTING SERVICES\n1. Scope\nWe will test your systems.",
     "contract_kind", "service"),
    ("机房整体搬迁服务合同\n第一条 服务内容\n乙方负责设备搬迁。", "contract_kind", "service"),
    ("第五条 验收\n5.1 每一批次设备在新机房上架并加电后，即视为乙方已完成该批次的搬迁工作，该批次服务验收合格。", "acceptance_deemed_on_delivery", True),
    ("1. Scope\nTesting of systems.\n5. Liability\n5.1 Redline shall not be liable for any indirect or consequential loss, loss of profit, "
     "loss of data or business interruption.\n6. Law\nAs agreed.", "data_security_clause", False),
    ("1. Price\nThe Total Contract Value is CNY 7,200,000.\n11. Liability\nEach party's total liability under this Agreement is limited "
     "to one hundred and fifty per cent (150%) of the Total Contract Value, except for liability under clause 8, which is unlimited.",
     "liability_cap_pct", 150),
    ("1. Order\nAs agreed.\n2. Subscription Term\nThirty-six (36) months from the Subscription Start Date.\n8. Limitation of Liability\n8.2 Each "
     "party's total aggregate liability shall not exceed the fees paid and payable by Customer under this Order in the twelve (12) months "
     "preceding the event giving rise to the claim.", "liability_cap_pct", 33.3333),
    ("B6. Subcontractors\nThe hosting partner named in Annex 1 is approved on signature. Lumenvault shall not engage any other "
     "sub-processor or subcontractor for the Services without Customer's prior written consent.\nB7. Law\nAs agreed.",
     "subcontract_without_consent", False),
    ("3. Fees\nTesting fee (54 tester-days at CNY 9,000 per day): CNY 486,000\nTotal fee: CNY 486,000", "ld_rate_per_day_pct", None),
    ("第一条 价款\n合同总价为人民币300万元，其中设备及软件小计3,248,000元。\n第六条 质保\n（二）质保期满后，甲方如委托乙方提供维保服务，年度维保费不超过设备及软件小计的6.5%，"
     "即每年不超过211,120元，质保期满后前两年按此价格执行。", "post_warranty_fee_capped", True),
    ("Thank you for selecting Redline Assurance Limited (\"Redline\", \"we\") to perform penetration testing for Lianyun Payment Co., Ltd. "
     "(\"Client\", \"you\").\n1. Scope\nTesting.\n2. Ownership\nAll reports and scripts, including any developed specifically for Client, "
     "are and remain the property of Redline.", "ip_owner", "supplier"),
    ("1. Scope\nTesting.\n7. Personnel\nRedline may use its affiliates and independent contractors, in mainland China or elsewhere, to "
     "perform any part of the Services, without notice to or consent from Client.", "subcontract_without_consent", True),
    # holdout19 (ordinary drafts)
    ("2. Fees\nAnnual Subscription Fee: CNY 312,000 per Subscription Year (CNY 624,000 for the Subscription Term)\nOnboarding Services "
     "(one-time): CNY 28,000\nTotal Order Value: CNY 652,000, VAT included", "contract_value", 652_000),
    ("2. Fees\nTotal Order Value: CNY 652,000.\n3. Payment\n3.1 Subscription Fees are invoiced annually in advance. The first invoice, "
     "covering the first Subscription Year's fee and the Onboarding Services fee (CNY 340,000 in total), is issued on the Order Date and is "
     "payable within 15 days, and in any event before the Subscription Start Date.", "prepayment_pct", 52.1472),
    ("4. Onboarding\n4.2 Go-Live Acceptance. The parties run the tests in Attachment 1: every configured template is sent and completed. "
     "Customer signs a Go-Live Acceptance Certificate when all tests pass.\n5. Renewal\nNone.", "acceptance_clause", True),
    ("## 3. Charges\n\n| Item | Charge (CNY, VAT included) |\n|---|---|\n| Onboarding (one-time) | 96,000 |\n| MRC, 24 months × 72,000 | "
     "1,728,000 |\n| **Total Contract Value** | **1,824,000** |\n\n## 4. Delay\n4.3 If Service Acceptance is delayed for reasons attributable "
     "to Provider, Provider pays Customer CNY 1,500 for each day of delay.", "ld_rate_per_day_pct", 0.082237),
    ("## 2. Fees\n\n| Item | CNY |\n|---|---|\n| LIMS core licence | 1,125,000 |\n| **Contract Price** | **2,495,000** |\n\n## 3. Payment\n"
     "3.1 15% of the Contract Price (CNY 374,250) within 30 days after signature, against Vendor's invoice.", "contract_value", 2_495_000),
    ("8. Confidentiality\nEach party keeps confidential all non-public information received from the other party and uses it only for this "
     "Agreement.", "confidentiality", True),
    ("6. Customer Data\n6.1 Customer Data belongs to Customer.\n6.4 Provider may extract indicators of compromise, attack patterns and "
     "anonymised telemetry from Customer Data and use them, during and after the term, in the threat-intelligence feed it supplies to its "
     "other clients.", "buyer_owns_data", False),
    ("6. Warranty\nThe Warranty Period is 18 months.\n7. Support after the Warranty Period\n7.1 After the Warranty Period Customer may "
     "purchase Annual Support by a separate purchase order for each year. Support does not renew automatically.\n7.2 Annual Support is charged at Vendor's standard support rates in effect when "
     "each order is placed, which Vendor may revise each year.", "auto_renewal_price_increase", False),
    ("LIMS LICENCE AND IMPLEMENTATION AGREEMENT\n6. Warranty\nThe Warranty Period is 18 months.\n7. Support after the Warranty Period\n"
     "7.1 After the Warranty Period Customer may purchase Annual Support by a separate purchase order for each year.\n7.2 Annual Support is "
     "charged at Vendor's standard support rates in effect when each order is placed.", "post_warranty_fee_capped", False),
    ("第二条 价款\n合同总价为人民币2,060,000元。\n第十条 违约责任\n10.1 乙方逾期的，每逾期一日按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。\n"
     "10.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的40%为限。", "liability_cap_pct", 40),
    ("瀚海财产保险股份有限公司报废信息设备数据销毁及处置服务合同\n第一条 服务内容\n乙方对报废设备进行数据销毁及环保处置。", "contract_kind", "service"),
    ("软件产品许可及技术服务合同\n第一条 产品与服务内容\n乙方向甲方提供软件产品许可及报表开发服务。", "contract_kind", "goods_or_licence"),
    ("第六条 服务\n6.2 一级故障，乙方在接到报修后12小时内响应。\n6.3 上述时限为乙方的服务承诺。未能达到的，双方协商处理，乙方不承担扣款、赔偿或违约金。",
     "sla_remedy", False),
    ("十一、合同的解除\n（二）除不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。一方违约的，守约方可以要求违约方继续履行、采取补救措施并支付违约金，"
     "但不得以此为由解除合同。", "termination_for_breach", False),
    # holdout21 and holdout22 (ordinary drafts)
    ("A3. Products and Fees (CNY, VAT included)\nLine | Product | Fee for the Subscription Term\n1 | EDR (per endpoint) | 3,283,200\n"
     "2 | Onboarding | 96,000\n | Total Fees | 3,379,200\nA4. Payment\nAs agreed.", "contract_value", 3_379_200),
    ("B4. Intellectual Property\n4.1 Supplier and its licensors own all rights in the Services, the Console and all Deliverables, including "
     "custom detection rules and playbooks created by Supplier for Customer.\nB5. Law\nAs agreed.", "ip_owner", "supplier"),
    ("A6. Onboarding\nThe Subscription Services are deemed accepted when the Supplier provides Customer with access credentials to the "
     "Console.\nA7. Renewal\nNone.", "acceptance_deemed_on_delivery", True),
    ("B8. Liability\n8.3 Supplier has no liability for any delay in providing the Onboarding Services, and no damages or penalties apply to any "
     "such delay.\nB9. Law\nAs agreed.", "ld_stated", False),
    ("This Order Form between Sentrix Cyber, Inc., a Delaware corporation (\"Sentrix\"), and the customer named in A1 (\"Customer\").\n"
     "A5. Renewal\nThe subscriptions renew automatically for successive renewal terms of twelve (12) months. Sentrix may increase the fees "
     "for any renewal term by up to ten per cent (10%).\nA6. Other\nNone.", "auto_renewal_price_increase", True),
    ("MAINTENANCE SERVICES RENEWAL AGREEMENT\n1. TERM\n1.1 Coverage runs from 1 July 2026 to 30 June 2027.\n2. FEES\nItem | Qty | Fee per unit (CNY) | Annual fee (CNY)\n"
     "Rack servers | 22 | 9,600 | 211,200\nTape library | 1 | 14,800 | 14,800\nAnnual Fee | | | 226,000\n3. SERVICES\nMaintenance services.",
     "contract_value", 226_000),
    ("A3. Fees (CNY, inclusive of applicable taxes)\nAnnual Subscription Fee ....... 486,000 per subscription year\nImplementation Services "
     "(fixed fee, one-time) . 218,000\nTotal Order Value for the Subscription Term ... 1,190,000 (2 x 486,000 + 218,000)\nA4. Payment\n"
     "(a) The Implementation Fee and the Annual Subscription Fee for the first subscription year (together CNY 704,000) are invoiced "
     "on the Order Effective Date.", "contract_value", 1_190_000),
    ("A2. Subscription Term\n24 months from the Subscription Start Date.\nA7. Renewal\nThe Subscription Term renews automatically for "
     "successive renewal terms of one year each.", "term_years", 2),
    ("A2. Subscription Term\n24 months from the Subscription Start Date.\nA3. Fees\nTotal Order Value: CNY 1,190,000.\nA4. Invoicing and "
     "Payment\n(a) The Implementation Fee and the Annual Subscription Fee for the first subscription year (together CNY 704,000) are "
     "invoiced on the Order Effective Date and are payable within 15 days of the invoice date, before the Subscription Start Date.",
     "prepayment_pct", 59.1597),
    ("A6. Deemed Acceptance\nThe Implementation Services are deemed accepted on the earlier of (a) the date on which Customer first uses "
     "the Services to generate a forecast in production, and (b) five (5) business days after the Supplier notifies Customer.\nA7. Other\n"
     "None.", "acceptance_deemed_on_delivery", True),
    ("Article 9 Intellectual Property\n9.2 The Custom Deliverables, including their source code, are the Supplier's property, also where "
     "they were developed specifically for the Buyer's Plants.\nArticle 10 Law\nAs agreed.", "ip_owner", "supplier"),
    ("6. Service Levels\n6.1 Provider commits to a Service Availability of 99.7% for each Site in each calendar month.\n"
     "| Monthly availability of a Site | Credit (% of that Site's MRC) |\n|---|---|\n| Below 99.7% and at least 99.5% | 10% |\n"
     "| Below 99.5% and at least 99.0% | 25% |\n7. Law\nAs agreed.", "availability_pct", 99.7),
    ("5. Go-Live and Acceptance\n5.2 The System is deemed accepted by the Buyer on Go-Live. The Buyer's use of the System in airport "
     "operations constitutes acceptance.\n6. Warranty\n24 months.", "acceptance_deemed_on_delivery", True),
    ("7. Support\n7.2 Faults are classified and handled as follows:\nSeverity Definition Response On site Restoration Severity 1 FIDS server "
     "down, or all gate displays blank 15 minutes 1 hour 3 hours Severity 2 Single display failure 1 hour 3 hours Next day\n8. Data\nAs agreed.",
     "p1_response_hours", 0.25),
    ("第六条 免费维护\n6.2 一级故障乙方在2小时内响应。\n6.3 上述响应时间为乙方的服务目标。乙方未能达到的，不承担扣款、赔偿或违约责任。\n第七条 其他\n无。",
     "ld_stated", False),
    # holdout23 and holdout24 (ordinary drafts)
    ("6. Intellectual Property\n6.2 All Customer-Specific Materials are the property of Supplier. Customer may use them during the "
     "Subscription Term only.\n7. Law\nAs agreed.", "ip_owner", "supplier"),
    ("A4. Onboarding\n(b) The Onboarding Services are deemed accepted and complete on the date Supplier notifies Customer by e-mail that "
     "the data feeds are live.\nA5. Other\nNone.", "acceptance_deemed_on_delivery", True),
    ("A3. Fees\nTotal Contract Value: CNY 3,585,600.\nA4. Onboarding\n(c) If the data feeds are not live by the Target Go-Live Date, "
     "Supplier will issue a service credit of CNY 150 for each day of delay against the next invoice, up to a maximum of CNY 9,000.",
     "ld_rate_per_day_pct", 0.004183),
    ("A2. Subscription Term\nThirty-six (36) months.\nA3. Fees\nTotal Contract Value: CNY 3,585,600.\nA4. Invoicing\n(a) On the Order "
     "Effective Date Supplier will invoice the Onboarding Services fee and the subscription fees for the first twelve months of the "
     "Subscription Term, a total of CNY 1,339,200. This invoice is payable before the Subscription Start Date.", "prepayment_pct", 37.3494),
    ("Article 10 Data Protection\n10.1 All data entered into or generated by the System, including permits, gas-test results, rounds "
     "readings, personnel and contractor records, belongs to the Buyer.\nArticle 11 Law\nAs agreed.", "buyer_owns_data", True),
    ("3. Term\n3.1 This Agreement runs for thirty-six (36) months from the Service Start Date.\n10. Liability\n10.2 The Supplier's aggregate "
     "liability shall not exceed the Monthly Service Charges paid by the Customer in the six (6) months preceding the event giving rise "
     "to the claim.", "liability_cap_pct", 16.6667),
    ("11. Termination\n11.1 The Customer may terminate this Agreement by written notice if: (a) availability falls below the level in "
     "Clause 6.1; (b) the Supplier commits a material breach and fails to remedy it within 15 days after written notice.\n12. Law\nAs agreed.",
     "termination_for_breach", True),
    ("14. Termination\n14.1 The Buyer may terminate this Contract by written notice if (a) the delay exceeds 45 days; (b) the System fails "
     "Final Acceptance twice; or (c) the Supplier commits any other material breach.\n15. Law\nAs agreed.", "termination_for_breach", True),
    ("3. 部署与上线验收\n3.4 因乙方原因未能按期通过上线验收的，每逾期一日，乙方向甲方支付违约金一千五百元。\n4. 服务水平\n4.1 平台月可用率不低于99.95%。\n"
     "4.3 平台可用率未达到第4.1条的标准的，乙方应尽快修复，但乙方不因此承担扣减服务费、赔偿损失或支付违约金的责任。", "sla_remedy", False),
    ("第四条 付款方式\n4.1 本合同签订后7日内，甲方支付合同总价的50%。\n4.3 全部酒店验收合格后15日内，甲方支付合同总价的10%。\n第十二条 违约责任\n"
     "12.1 因乙方原因导致首批酒店或全部酒店逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。\n12.2 甲方逾期付款的，每逾期一日，按应付未付金额的"
     "千分之一向乙方支付违约金。", "final_payment_on_acceptance", True),
    ("3. Customer Data\n3.1 Customer Data belongs to Customer.\n3.2 Provider shall not use Customer Data, in identifiable, de-identified or "
     "aggregated form, for any other purpose, and shall not sell, license or disclose it to any third party except approved subprocessors.\n"
     "4. Law\nAs agreed.",
     "buyer_owns_data", True),
    ("2. Price\nThe Contract Price is CNY 3,870,000.\n3. Payment\n3.1 The Customer shall pay forty per cent (40%) of the Contract Price, "
     "i.e. CNY 1,548,000, within 10 business days after signature of this Agreement.", "prepayment_pct", 40),
    ("6. Support\nSeverity Definition Response On site / action Severity 1 A cluster is down, or data is at risk 30 minutes engineer on "
     "site within 3 hours Severity 2 A node has failed 2 hours next business day\n7. Law\nAs agreed.", "p1_response_hours", 0.5),
    ("2. Term and Renewal\n2.2 At the end of the Initial Term the Agreement renews automatically for successive renewal periods of twelve "
     "(12) months each.\nA. Scope\nA1 Monitoring.\nB. Initial Term\n36 months from the Service Commencement Date.", "term_years", 3),
    ("D. Service Levels\nD1 Incident response (time from logging of the incident to assignment of an engineer):\n - Priority 1 (critical): "
     "within six (6) hours\n - Priority 2 (high): within one (1) business day", "p1_response_hours", 6),
    ("MASTER SERVICES AGREEMENT\n1. Scope\nManaged services for Customer's servers and network, with a licence to the monitoring portal.\n"
     "2. Charges\nMonthly Service Charge: CNY 118,500 per month.", "contract_kind", "service"),
    ("4. Transition\n4.3 The Transition Services shall be deemed complete and accepted by Customer on the Service Commencement Date.\n"
     "5. Service Levels\nAs agreed.", "acceptance_deemed_on_delivery", True),
    # holdout25 (ordinary drafts)
    ("A3. Fees\n| Item | Basis | Quantity | Amount (CNY) |\n| Subscription Fee | CNY 64,800 per month | 36 months | 2,332,800 |\n"
     "| Implementation Services (one-time) | fixed fee | 1 | 218,000 |\n| Total Contract Value | | | 2,550,800 |\n", "contract_value", 2_550_800),
    ("B3. Support\nB3.2 Target initial response times are: Priority 1 (the Service is unavailable for a hotel and no workaround exists) - "
     "six (6) hours; Priority 2 (a major function is impaired) - one (1) business day.", "p1_response_hours", 6),
    ("B3. Service Levels\nB3.1 Availability of 99.0% in each month.\nB3.3 The availability level and response times in this clause are "
     "targets. Supplier does not provide service credits, fee reductions, refunds or other compensation if a target is not met.",
     "sla_remedy", False),
    ("B9. Limitation of Liability\nB9.1 Neither party shall be liable for any indirect or consequential loss, loss of profits or loss of "
     "data.\nB10. Law\nAs agreed.", "data_security_clause", False),
    ("A5. Implementation\nA5.3 The Implementation Services for a hotel are deemed complete and accepted on its Go-Live Date. There is no "
     "separate acceptance procedure.\nA6. Other\nNone.", "acceptance_deemed_on_delivery", True),
    ("12. Termination\n12.2 Neither party may terminate this Agreement before the end of the Term, whether for convenience or for breach "
     "by the other party, except that either party may terminate by written notice if the other party becomes insolvent.\n13. Law\n"
     "As agreed.", "termination_for_breach", False),
    ("第六条 质量保证\n6.2 故障分级及处理时限如下：\n故障级别 定义 响应时间 到场时间 恢复时间一级 任一通道无法自动放行，或卡口管理软件、对接接口中断 30分钟 2小时 6小时"
     "二级 单台设备故障，通道可降级人工放行 1小时 当日 1个工作日\n第七条 其他\n无。", "p1_response_hours", 0.5),
    ("第二条 价款\n合同总价人民币279.6万元，其中设备及软件小计人民币279.6万元。\n第六条 质保\n6.1 质保期为三年。\n6.4 质保期满后，乙方继续提供年度维保服务。首个维保年度的维保费为"
     "设备及软件小计的百分之八；此后各维保年度，乙方有权根据原厂服务政策及市场价格调整维保费。", "post_warranty_fee_capped", False),
    ("第七条 免费维护\n7.3 一级故障：乙方在接到报修后24小时内响应。\n7.5 乙方将尽商业上合理的努力在上述时限内响应和处理故障，但乙方不因响应时间、修复时间未达到上述要求"
     "而承担任何扣款、赔偿或违约责任。", "sla_remedy", False),
    ("3. 订阅期限\n3.1 订阅期为三十六个服务月，自上线日起算。\n11. 责任限制\n11.2 乙方在本合同项下的累计赔偿责任，以索赔事件发生前十二个月内甲方已支付的订阅费总额为限。",
     "liability_cap_pct", 33.3333),
    # holdout26 (ordinary drafts)
    ("A2. Term\nInitial Term: thirty-six (36) months.\nA3. Fees\nTotal Order Value: CNY 1,600,000.\nA4. Invoicing and Payment\n"
     "A4.1 Supplier will invoice the Subscription Fees for the entire Initial Term (CNY 1,458,000) on the Order Effective Date. The invoice "
     "is payable within fifteen (15) days.", "prepayment_pct", 91.125),
    ("第六条 服务水平\n6.2 一级故障乙方应在三十分钟内响应，两小时内恢复。\n6.4 乙方未达到上述服务水平的，一级故障每超时一小时，乙方支付甲方人民币壹仟元；"
     "上述款项甲方可从应付款项中直接扣除。", "sla_remedy", True),
    ("## 4. 费用\n合同总价为人民币壹佰贰拾万元整。\n## 11. 违约责任及责任限额\n11.1 乙方违反本合同约定的，应赔偿甲方损失。\n"
     "11.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。", "liability_cap_pct", 200),
    ("## 3. 服务期限与续期\n3.2 服务期满前六十日内，任何一方未书面提出不再续约的，本合同自动续期一年。续期期间的订阅服务费由乙方参照其届时公布的标准价格确定。",
     "auto_renewal_price_increase", True),
    ("四、服务接管\n乙方应于合同签订后三十日内完成服务接管。\n六、服务考核及费用\n（一）合同总价为人民币壹佰叁拾伍万陆仟元整。\n（三）考核扣款：1.一级故障超时的，每次扣减"
     "人民币壹仟元；2.运维报告逾期提交的，每逾期一日扣减人民币叁佰元。\n十一、违约责任\n（一）乙方未按本合同第四条约定时间完成服务接管的，每逾期一周，按合同总价的"
     "千分之二向甲方支付违约金。", "ld_rate_per_day_pct", 0.028571),
    ("十、分包\n乙方可将夜间值守、综合布线维护等非核心工作委托具备相应能力的第三方实施，但应提前五个工作日书面告知甲方。乙方不得将本合同整体转包。",
     "subcontract_without_consent", True),
    # holdout27 (ordinary drafts)
    ("Parties\nSupplier: Pacific Crest Systems (Shanghai) Co., Ltd., a subsidiary of Pacific Crest Systems Limited (Hong Kong), Room 2201, "
     "58 Century Avenue, Pudong New Area, Shanghai, PRC.\nArticle 17 Governing Law and Disputes\nThis Contract is governed by the laws of "
     "the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center.",
     "governing_forum_outside_mainland", False),
    ("4. Client Data\n4.4 Client is responsible for any security assessment required under the laws of the PRC before Client Data is "
     "transferred.\n14. Governing Law\n14.1 The Order Form and these Terms are governed by the laws of the Hong Kong Special Administrative "
     "Region.", "governing_law", "Hong Kong SAR"),
    ("KOWLOON INSIGHT ANALYTICS LIMITED\nDATA SERVICES ORDER FORM\nA1. Services\nData onboarding, enrichment and monthly segment files.\n"
     "A3. Fees\nAnnual Data Services Fee CNY 1,380,000.", "contract_kind", "service"),
    ("Section 4 Charges\n4.3 The total value of this Agreement is CNY 3,432,000, including VAT.\nSection 12 Liability\n12.2 Provider's total "
     "liability under this Agreement is limited to one hundred and twenty-five per cent (125%) of the total value of this Agreement.",
     "liability_cap_pct", 125),
    ("Section 4 Charges\n4.3 The total value of this Agreement is CNY 3,432,000.\nSection 5 Transition\n5.3 If Transition Acceptance is "
     "delayed for reasons attributable to Provider, Provider shall pay Customer CNY 3,000 for each day of delay, up to a maximum of "
     "CNY 120,000.", "ld_rate_per_day_pct", 0.087413),
    ("## 第六条 维护期服务\n6.2 一级故障乙方在接到报修后八小时内响应。\n6.3 乙方尽力在合理时间内修复故障，但不因响应时间、修复时间或系统中断承担任何扣款、赔偿或违约金责任。",
     "sla_remedy", False),
    ("## 第八条 知识产权\n8.2 定制开发成果的知识产权均归乙方所有。甲方在约定的用途范围内享有使用权，未经乙方书面同意，甲方不得修改定制开发成果，不得自行或委托第三方对其"
     "进行维护或二次开发。", "subcontract_without_consent", None),
    # holdout28 (ordinary drafts)
    ("11. Liability\n11.3 Provider is not liable for loss of production, loss of profit, loss of data or any indirect loss.\n12. Law\n"
     "As agreed.", "data_security_clause", False),
    ("3. Transition\n3.3 Provider will notify Customer when transition is complete. The Service Commencement Date is the date stated in "
     "that notice, and the transition activities are deemed accepted by Customer on that date.\n4. Other\nNone.",
     "acceptance_deemed_on_delivery", True),
    ("第一条 合同价款\n合同总价为人民币叁佰陆拾万元整。\n第十条 违约责任\n10.1 乙方逾期的，每逾期一日，应向甲方支付违约金人民币贰仟伍佰元。\n"
     "10.3 乙方在本合同项下承担的赔偿责任（含违约金）累计不超过人民币伍拾万元（¥500,000.00）。", "liability_cap_pct", 13.8889),
    ("3. 服务费用及支付\n3.1 本协议总金额为人民币壹佰贰拾陆万元整。\n3.2 甲方应于本协议签订后五个工作日内一次性支付接入实施费及第一个服务年度的订阅费，合计人民币"
     "伍拾贰万肆仟元整（¥524,000.00）。", "prepayment_pct", 41.5873),
    ("4. 接入实施与验收\n4.3 乙方完成设备接入并为甲方开通平台账号之日，即视为接入实施服务已经甲方验收合格。\n5. 其他\n无。",
     "acceptance_deemed_on_delivery", True),
    ("## 第五条 数据安全\n5.4 乙方发现数据丢失、损坏或未经授权访问的，应在1小时内报告甲方并立即采取措施。\n## 第六条 保密\n双方应保密。",
     "data_security_clause", True),
    # holdout29 (ordinary drafts)
    ("A6. Go-Live Acceptance\n(b) Customer will test the configured Services against the acceptance tests in Attachment 1. When all tests "
     "pass, Customer will sign a Go-Live Acceptance certificate.\nB6. Sub-processors\nProvider will update the list 14 days before a new "
     "sub-processor begins; Customer's continued use of the Services after that date constitutes acceptance of the change.",
     "acceptance_deemed_on_delivery", False),
    ("B4. Customer Materials and Configurations\n4.1 The templates, configured workflows and report layouts built for Customer under the "
     "Onboarding Services belong to Customer.\nB5. Law\nAs agreed.", "ip_owner", "buyer"),
    ("A3. Fees\nTotal Contract Value: CNY 930,000.\nA5. Invoicing\n(a) The Subscription Fee for the entire Initial Subscription Term "
     "(CNY 882,000) is invoiced on the Order Date and is payable before the Subscription Start Date.", "prepayment_pct", 94.8387),
    ("Section 3 Fees and Payment\n3.1 The fees are set out in Schedule A and total CNY 1,670,000, inclusive of VAT.\nSection 4 Other\nNone.",
     "contract_value", 1_670_000),
    ("Section 6 Warranty\n6.1 Warranty of six (6) months from Final Acceptance.\nSection 7 Support After the Warranty Period\n7.1 After the "
     "Warranty Period, the Customer may purchase annual support by placing an order with the Vendor.\n7.2 Annual support is charged at the "
     "Vendor's standard support price list in force at the time of each order.", "post_warranty_fee_capped", False),
    ("Clause 3 Charges and Payment\n3.1 Total Contract Value CNY 2,000,000, invoiced monthly in arrears.\n3.2 If Transition Acceptance is "
     "not achieved within 45 days after signature, Provider shall pay delay damages of CNY 1,200 for each day of delay.",
     "prepayment_pct", None),
    ("六、接管及服务确认\n（一）服务开始前，双方共同对设备进行现场清点和状态检查，确认标准为：1. 设备台账逐项核对；2. 乙方提交运行状态基线报告。上述各项完成后，双方签署接管"
     "确认书。\n七、其他\n无。", "acceptance_clause", True),
    ("第二条 价款\n合同总价为人民币贰佰万元。\n第十一条 违约责任\n3. 乙方在本合同项下的赔偿责任总额以合同总价的一点五倍为限。", "liability_cap_pct", 150),
    # holdout30 (ordinary drafts)
    ("Article 2 Price\nThe Contract Price is CNY 1,200,000.\nArticle 3 Payment\n3.1 Fifteen per cent of the Contract Price is payable within "
     "20 days after signature, against an advance-payment bank guarantee.\n3.3 Thirty-five per cent is payable after Final Acceptance.",
     "prepayment_pct", 15),
    ("1. Scope\nThe Vendor supplies the Software and the Deliverables.\n8. Intellectual Property\n8.1 The Software remains the property of "
     "the Vendor.\n8.2 All rights in the Deliverables pass to the Customer on payment.", "ip_owner", "buyer"),
    ("4. Transition\n4.2 Transition is complete when the service desk has handled live calls without an unresolved Priority 1 Incident.\n"
     "4.4 If transition is not accepted within 45 days after signature, Provider shall pay Customer CNY 1,000 for each day of delay.\n"
     "6. Service Levels\n6.1 Priority 1: response within 30 minutes.", "sla_remedy", False),
    ("6. Service Levels\n6.1 Priority 1: response within 30 minutes.\n6.3 Missing a service level does not entitle Customer to any service "
     "credit, fee reduction or damages.", "sla_remedy", False),
    ("## 七、质保与维保服务\n（三）质保期满后，年度维保费按平台软件许可费的20%计算。\n（四）每次续期时，乙方有权根据人力成本变化上调维保费，上调幅度不超过上一年度维保费的10%。",
     "post_warranty_fee_capped", True),
    ("## 十、违约责任\n（一）任何一方违反本合同约定的，应承担相应的违约责任。\n（二）乙方在本合同项下承担的全部赔偿责任（包括违约金、损害赔偿及其他责任）总额，以合同总金额的20%为限。",
     "ld_stated", False),
    # holdout31 (ordinary drafts)
    ("B3. Service Levels\nB3.2 Severity 1: response within 30 minutes.\nB3.4 No service credits are payable if a service level is not met.\n"
     "B6. Data Security\nB6.3 Provider will notify Customer of any security incident within 24 hours. Provider is responsible for the "
     "losses, regulatory penalties and notification costs caused by a security incident attributable to its breach of this clause B6.",
     "sla_remedy", False),
    ("This Agreement is made between Jiangnan Natural History Museum, 200 Zhongshan East Road, Nanjing (the \"Museum\"), and Archivault "
     "B.V., Amsterdam (the \"Vendor\").\n8. Intellectual Property\n8.2 The Custom Deliverables, including their source code, belong to "
     "the Museum on creation.", "ip_owner", "buyer"),
    ("2. Price\nThe Contract Price is CNY 1,000,000.\n11. Liability\n11.2 The Vendor's total liability under this Agreement shall not exceed "
     "two (2) times the Contract Price.", "liability_cap_pct", 200),
    ("## 5. 数据权属与使用\n**5.2** 乙方有权将去标识化数据用于乙方人工智能模型的训练；由此形成的模型及相关成果归乙方所有。\n## 8. 知识产权\n"
     "**8.1** 平台及其标准功能的知识产权归乙方所有。\n**8.2** 乙方为甲方定制开发的接口程序、报表模板的知识产权归甲方所有。", "ip_owner", "buyer"),
    ("5. 服务标准\n5.1 机房供电、制冷等基础设施月度可用率不低于99.99%。\n6. 考核\n6.1 考核指标包括基础设施可用率、故障响应及到场及时性、工单闭环率（不低于98%）、"
     "文档完整性。", "availability_pct", 99.99),
    ("第六条 知识产权\n（一）粮情测控平台标准软件的知识产权归乙方所有。\n（二）为本项目定制开发的省级平台对接程序、粮情预警模型及其源代码，知识产权归乙方所有。",
     "ip_owner", "supplier"),
    ("1. Service Levels\nThe monthly availability rate of the Platform shall be at least 99.95%, and the ticket closure rate no less than 98%.",
     "availability_pct", 99.95),
    # holdout32 (ordinary drafts)
    ("Article 9 Data Security\n9.1 Images, defect data, production data and reports generated by the System are the Buyer's data. The "
     "Supplier may use them only to perform this Contract.", "buyer_owns_data", True),
    ("第十一条 分包\n11.1 车道土建改造、管线敷设及设备安装工程，乙方可委托具有相应资质的施工单位实施，但应于进场前五个工作日书面通知甲方。",
     "subcontract_without_consent", True),
    ("第十一条 分包\n11.1 乙方委托具有相应资质的施工单位实施安装工程的，应事先取得甲方书面同意。", "subcontract_without_consent", False),
    # holdout33 (ordinary drafts)
    ("第二条 价款\n软硬件小计人民币伍佰捌拾柒万元。\n第六条 质量保证\n6.1 质保期为三十六个月。\n6.3 质保期满后，年度维保费不超过软硬件小计的百分之八；"
     "质保期满后前两年按此价格执行，不得上调，此后价格由双方另行协商。", "post_warranty_fee_capped", True),
    ("第六条 质量保证\n6.1 质保期为三十六个月。\n6.3 质保期满后，年度维保费为软硬件小计的百分之八，此后价格由双方另行协商。", "post_warranty_fee_capped", False),
    ("## 9. 续期\n9.1 服务期满前三十日，任何一方未书面提出终止的，本合同自动续期一年。\n9.2 续期年度的服务费由乙方根据成本变化在原价基础上调整，每年上调幅度"
     "不超过百分之八。", "auto_renewal_price_increase", True),
    ("## 9. 续期\n9.1 服务期满前三十日，任何一方未书面提出终止的，本合同自动续期一年，续期年度按原价格执行。", "auto_renewal_price_increase", False),
    # holdout34 (ordinary drafts)
    ("A3. Fees\n(c) Total Order Value: CNY 3,321,600, inclusive of VAT.\nA5. Invoicing and Payment\n5.1 Subscription Fees are invoiced "
     "annually in advance. The first annual invoice (CNY 1,075,200) and the invoice for the Onboarding Fee (CNY 96,000) are issued on the "
     "Order Date and are payable within fifteen (15) days, before the Subscription Start Date.", "prepayment_pct", 35.2601),
    ("## 8. Customer Data\n8.1 Customer Data belongs to Customer.\n## 11. Liability\n11.2 Neither party is liable for loss of profit, loss "
     "of business, loss of data or any indirect or consequential loss.", "data_security_clause", False),
    ("第六条 质量保证与维护\n6.2 TOS核心模块的年可用率不低于99.95%。\n6.3 一级故障15分钟内响应，2小时内恢复。\n6.4 乙方未达到第6.2条或第6.3条要求的，"
     "年可用率每低于约定标准0.01个百分点，乙方支付人民币贰万元；一级故障每超过恢复时限一小时，乙方支付人民币伍仟元。", "sla_remedy", True),
    # holdout35 (ordinary drafts)
    ("# Licence Agreement\n\n**Between**\n\n**Hangzhou Contemporary Sculpture Museum**, a public institution (the \"**Museum**\"); and\n\n"
     "**Curatrix Systems Ltd**, London (the \"**Vendor**\").\n\n## 10. Intellectual Property\n\n10.2 All intellectual property rights in the "
     "Custom Deliverables vest in the Museum on creation.", "ip_owner", "buyer"),
    ("Article 11 Confidentiality\n11.1 Technical and commercial information that one party obtains from the other in performing this Contract "
     "shall be treated as secret.\nArticle 12 Law\nPRC law.", "confidentiality", True),
    ("## 11. Confidentiality\n11.1 Information that a party learns about the other under this Agreement and that is not public is "
     "confidential. The receiving party shall use it only for this Agreement.\n## 12. Law\nPRC law.", "confidentiality", True),
    ("## 11. Confidentiality\nNone.\n## 12. Law\nPRC law.", "confidentiality", False),
    ("Article 2 Price\nThe Contract Price is CNY 2,000,000.\nArticle 12 Liability\n12.1 The aggregate amount the Supplier may have to pay under "
     "or in connection with this Contract shall not exceed one hundred and fifty per cent (150%) of the Contract Price.", "liability_cap_pct", 150),
    ("Article 2 Price\nThe Contract Price is EUR 400,000.\nArticle 12 Limits\n12.1 The total sum the Licensor could be required to pay under "
     "this Contract shall not exceed sixty per cent (60%) of the Contract Price.", "liability_cap_pct", 60),
    ("Article 14 Termination\n14.1 If the Supplier is in material breach of this Contract and has not cured the breach twenty (20) days after "
     "the Buyer's written notice, the Buyer may end this Contract by written notice.", "termination_for_breach", True),
    ("12. TERMINATION\n12.1 Customer may not terminate this Agreement before the end of the Minimum Term for any reason, including a breach "
     "by Supplier.\n12.2 Supplier may terminate this Agreement by thirty (30) days' written notice if Customer fails to pay.",
     "termination_for_breach", False),
    ("11. SUBCONTRACTING\n11.1 Supplier needs Customer's written approval, given in advance, before it hands any part of the Services to a "
     "subcontractor.", "subcontract_without_consent", False),
    ("6. SERVICE LEVELS AND SERVICE CREDITS\n6.1 Priority 1: response within 15 minutes, restoration within 3 hours.\n6.3 Service credits:\n"
     "  (a) for each Priority 1 incident where the response or restoration time is missed: CNY 1,000;\n"
     "  (b) total service credits in any month are limited to 20 % of the total monthly charge.", "sla_remedy", True),
    # CUAD dev (NICE outsourcing agreement), read again after holdout35's negations
    ("16. TERM AND TERMINATION\n16.2. NICE shall be entitled, at its sole discretion, to terminate this Agreement, in whole or in part, at any "
     "time during the Initial Term, with or without cause, upon a prior written notice of termination of not less than forty-five (45) Days.",
     "termination_for_convenience", True),
    ("16. TERM AND TERMINATION\n16.5. Neither party shall have any other liability, including payment obligations, resulting from the "
     "termination for convenience of this Agreement.", "termination_for_convenience", False),
    # holdout37 (ordinary drafts, 5 en)
    ("Article 2 Price\nThe Contract Price is CNY 2,000,000.\nArticle 5 Delivery and Delay\n5.2 If the Supplier fails to deliver on time, the "
     "Purchaser is entitled to liquidated damages of 0.25 % of the Contract Price for each completed week of delay.", "ld_rate_per_day_pct", 0.0357143),
    ("Article 6 Warranty\n6.1 The Warranty Period is 24 months.\nArticle 10 Support after the Warranty Period\n10.1 After the Warranty Period, "
     "the Purchaser may order annual support services. Annual support services are charged at the Supplier's list prices valid at the time "
     "of each order.", "post_warranty_fee_capped", False),
    ("6. CUSTOMER DATA\n6.4 The Supplier shall notify the Customer of any security incident within two (2) hours and bear all losses caused "
     "by the Supplier, its personnel or its approved subcontractors.\n9. SUBCONTRACTING\n9.1 The Supplier shall not subcontract any part "
     "of the Services without the Customer's prior written consent.", "subcontract_without_consent", False),
    ("10. Data\n10.1 Customer Data is owned by Customer.\nSchedule 1 - Contract Price\nSoftware licence fee (perpetual licence): CNY "
     "1,180,000 Data migration: CNY 85,000 Training: CNY 45,000", "buyer_owns_data", True),
    ("5. Service Levels\n5.1 ClearSignal shall make the production API available 99.5% of the time in each calendar month.\n5.3 If monthly "
     "availability falls below the commitment, Customer is entitled to a credit of 10% for availability of 98.0% up to but excluding 99.0%.",
     "availability_pct", 99.5),
    ("1. Fees\nTotal Fees: USD 100,000.\n11. Limitation of Liability\nEach party's total cumulative liability arising out of or related to "
     "this Agreement shall not exceed two times (2x) the total Fees paid or payable under this Agreement for the Initial Term.",
     "liability_cap_pct", 200),
    ("6. 第三方合作方\n6.1 乙方有权自行选择和更换为履行本协议所需的云计算资源服务商、电子认证服务机构等第三方合作方，无需另行取得甲方同意。",
     "subcontract_without_consent", True),
    ("## 服务响应要求\n一级故障1小时内恢复。乙方未达到上述响应或恢复要求的，甲方有权书面通知乙方限期整改。单次故障处理超时的，甲方不另行扣减服务费。",
     "sla_remedy", False),
    ("7. 服务\n7.2 故障响应：一级故障（系统整体无法使用）乙方在接到甲方报障后八个工作小时内响应。", "p1_response_hours", 8),
    ("第二条 价款\n合同总价为人民币壹佰万元。\n第十条 数据\n10.3 因乙方过错造成数据泄露的，乙方在第十二条约定的限额内承担责任。\n第十二条 责任限制\n"
     "12.2 乙方在本合同项下的全部赔偿责任（包括违约金）以合同总价的百分之二十为限。", "liability_cap_pct", 20),
    ("5. Support\nPriority 1: response within 8 business hours.", "p1_response_hours", 8),
    # holdout38 (ordinary drafts, 5 en)
    ("A3. Fees\nTotal Order Value: CNY 1,448,000\n11. Limitation of Liability\n11.2 Each party's total aggregate liability arising out of or "
     "related to this Order Form will not exceed one and one-half (1.5) times the Total Order Value.", "liability_cap_pct", 150),
    ("# Managed Campus Network Services Agreement\n\n**Parties**\n\n- **Jiangbei University of Science and Technology**, a public university "
     "(the **University**); and\n- **Lanwave Managed Networks Co., Ltd.** (the **Provider**).\n\n## Clause 7 University Data\n\n- (a) University "
     "Data belongs to the University.", "buyer_owns_data", True),
    ("SpeciMate Licence Agreement THE UNDERSIGNED:\n1. Herbaria Systems B.V., Leiden, hereinafter referred to as \"the Licensor\";\n"
     "2. Hengduan Botanical Research Institute, Kunming, hereinafter referred to as \"the Institute\";\nhereinafter jointly referred to as "
     "\"the Parties\".\n8. Intellectual Property\n8.2 All intellectual property rights in the Deliverables vest in the Institute upon "
     "creation.", "ip_owner", "buyer"),
    ("## Clause 4 Transition and Service Commencement\n- (b) Before the Service Commencement Date, the Provider will demonstrate, in tests "
     "witnessed by the University: (i) signal strength of at least -65 dBm in every teaching room; (ii) roaming in less than 50 ms.\n"
     "- (c) When all tests are passed, the University will sign the Service Commencement Certificate.", "acceptance_clause", True),
    ("5. Service Levels\n5.1 The Supplier shall ensure that the Scoring API is available 99.95% of the time in each calendar month.\n"
     "Schedule 2 Service Credits\nMonthly availability of 99.5% or more but below 99.95%: 5% of that month's charge.\nMonthly availability "
     "of 99.0% or more but below 99.5%: 10%.", "availability_pct", 99.95),
    ("11. TERM AND TERMINATION\n11.1 This Agreement commences on the date of signature and continues until thirty-six (36) months after Go-Live (the "
     "\"Term\").", "term_years", 3),
    ("## 5. 服务水平\n5.1 月度服务可用性不低于99.8%。\n## 11. 解除\n1. 乙方连续三个月未达到服务可用性承诺的，甲方有权解除本协议，并要求乙方返还已付未用的服务费、赔偿损失。",
     "sla_remedy", False),
    ("## 第六条 免费维护\n6.2 故障响应：一级故障乙方在接到甲方报修后二十四小时内响应。\n6.3 乙方按上述时限尽力处理故障，但不因响应或处理时间超出上述时限承担违约责任，"
     "亦不接受任何形式的扣款。", "sla_remedy", False),
    # holdout39 (ordinary drafts, 5 en)
    ("ORDER FORM\nThis Order Form is between Bosun Cloud Pty Ltd (\"Bosun\", \"we\", \"us\", \"our\") and the customer named below (\"Customer\", "
     "\"you\", \"your\").\n7. Intellectual property\n7.1 We (and our licensors) own the platform and all improvements to them.\n7.2 You own "
     "the Customer Configurations.\n8. Law\nNew South Wales.", "ip_owner", "buyer"),
    ("ORDER FORM\nThis Order Form is between Bosun Cloud Pty Ltd (\"Bosun\", \"we\", \"us\", \"our\") and the customer named below (\"Customer\", "
     "\"you\", \"your\").\n3. Term and renewal\n3.2 At the end of the Initial Term the subscription automatically renews for a further "
     "period of 12 months.\n3.3 We may increase the Fees applying to a Renewal Term by giving you written notice.", "auto_renewal_price_increase", True),
    ("4. Charges\n4.1 The total charges for the initial period are therefore CNY 3,264,800 (36 x CNY 88,300 plus CNY 86,000).", "contract_value", 3_264_800),
    ("§ 2 Price\nThe Contract Price is CNY 2,000,000.\n§ 3 Time Schedule and Delay\n3.2 If the Contractor fails to make the system ready "
     "for Final Acceptance by the date in clause 3.1 for reasons for which it is responsible, it shall pay a contractual penalty of 0.1 % of "
     "the Contract Price for each calendar day of delay.", "ld_rate_per_day_pct", 0.1),
    ("## § 12 Termination\n12.1 Either party may terminate the contract for good cause. Good cause exists for the Client in particular if "
     "the Contractor materially breaches the contract.", "termination_for_breach", True),
    # holdout40 (ordinary drafts, 5 en)
    ("## 14. General\nNone.\n## Schedule 1 - Charges (RMB, tax included)\n| Item | Basis | Monthly | Initial Term (24 months) |\n|---|---|---|---|\n"
     "| Workspace licences | 97 users x RMB 120 | 11,640 | 279,360 |\n| **Total Charges for the Initial Term** | | | **1,295,920** |\n",
     "contract_value", 1_295_920),
    ("Licence Agreement THE UNDERSIGNED:\n1. AquaVigil B.V., Rotterdam, hereinafter \"AquaVigil\";\n2. Dalian Haixin Ocean World Co., Ltd., "
     "Dalian, hereinafter the \"Customer\";\n8. Intellectual property\n8.1 All intellectual property rights in the Software remain vested in "
     "AquaVigil.\n8.2 All intellectual property rights in the Custom Work vest in AquaVigil.\n9. Law\nDutch law.", "ip_owner", "supplier"),
    ("## 12. Termination\n12.1 Either of us may terminate this Agreement with immediate effect by written notice if the other commits a "
     "material breach and does not remedy it within thirty (30) days.", "termination_for_breach", True),
    # holdout41 (ordinary drafts, 5 en)
    ("## Section 8 - Confidentiality and Intellectual Property\n8.1 Each Party shall hold the other Party's Confidential Information in "
     "confidence.\n8.2 GeoPulse owns the API, the Documentation, its models and its reference data.\n8.3 The address-normalisation rules, "
     "mapping tables and the Back-fill results produced for Customer during onboarding belong to Customer.\n## Section 9 - Limitation of "
     "Liability\n9.1 None.", "ip_owner", "buyer"),
    ("3. 费用与支付\n3.1 费用构成：\n（1）年订阅费人民币360,000元，三十六个月合计人民币1,080,000元；\n（2）一次性实施配置费人民币96,000元；\n"
     "合计人民币壹佰壹拾柒万陆仟元整（¥1,176,000.00）。", "contract_value", 1_176_000),
    ("第四条 服务标准\n4.1 核心机房月度可用率不低于99.95%。\n第五条 考核\n5.2 季度考核：可用率低于约定值或一级故障超时的，每次另扣人民币3,000元。",
     "sla_remedy", True),
    ("## 第九条 数据\n9.1 甲方录入及系统产生的业务数据归甲方所有。\n9.3 为持续改进产品，甲方同意乙方在本合同有效期内及终止后，将甲方设备运行数据经脱敏处理后"
     "用于乙方产品改进及设备故障模型训练。", "buyer_owns_data", False),
    # holdout36 (ordinary drafts)
    ("B5. Confidentiality\nEach party keeps the other's information confidential.\n"
     "B6. Intellectual Property\n6.1 Vendor and its licensors own the Services, the Documentation and all improvements to them.\n6.2 The "
     "report templates configured or developed by Vendor specifically for Customer (\"Customer Configurations\") belong to Customer.",
     "ip_owner", "buyer"),
    ("B5. Confidentiality\nEach party keeps the other's information confidential.\n"
     "B6. Intellectual Property\n6.1 Vendor owns the Services.\n6.2 All improvements made for Customer under this Order Form belong to Vendor.",
     "ip_owner", "supplier"),
    # a price list run into prose (holdout5 h5e03, left out of the TCO until now)
    ("2. Contract Price\n2.1 The Contract Price is CNY 6,800,000, itemised in Schedule 2: hardware CNY 4,200,000; software licences "
     "CNY 1,000,000; implementation, migration and training CNY 1,600,000.", "implementation_fee", 1_600_000),
    ("第二条 合同价款\n合同总价人民币680万元，其中：硬件设备人民币420万元；软件许可人民币100万元；实施、迁移及培训人民币160万元。",
     "implementation_fee", 1_600_000),
    ("第二条 付款\n付款方式：实施完成后支付人民币50万元；终验后支付人民币30万元。", "implementation_fee", None),  # instalments
    ("5. Payment\nMilestones: implementation complete CNY 500,000 payable within 30 days; acceptance CNY 300,000.",
     "implementation_fee", None),
    # a numbered price list whose services are installation, integration, training and model training (holdout120)
    ("二、合同价格\n（一）供货及服务内容：\n1. 检测工位（含相机及光源）6套，小计1,008,000元；\n2. 缺陷检测软件许可（永久）1套，216,000元；\n"
     "以上设备及软件小计1,224,000元；\n3. 缺陷样本标注及模型训练，386,000元；\n4. 分拣机联动改造及PLC对接，268,000元；\n5. 安装调试及试生产配合，"
     "179,000元；\n6. 操作培训，24,000元。\n（二）合同总价为人民币2,081,000元。", "implementation_fee", 857_000),
    # holdout42
    ("Article 9 Service Levels\n9.1 Severity 1 faults: remote response within 2 hours.\n9.2 For each commenced hour by which the Supplier "
     "exceeds the remote response time for a Severity 1 fault, the Contract Price shall be reduced by CNY 2,000.", "sla_remedy", True),
    ("Article 2 Charges\nThe total Charges for the Initial Term are CNY 3,000,000.\n11. LIABILITY\n11.2 The Provider's aggregate liability "
     "arising under this Agreement shall not exceed 150 % of the total Charges payable for the Initial Term.", "liability_cap_pct", 150),
    ("Article 2 Price\nThe Contract Price is CNY 1,000,000.\nArticle 4 Transition\n4.3 If Transition Acceptance is not achieved by the "
     "Transition Completion Date due to the Provider's default, the Provider shall pay to the Customer liquidated damages of CNY 1,000 "
     "for each day of delay, up to a maximum of CNY 50,000.", "ld_rate_per_day_pct", 0.1),
    ("8. GUARANTEE\n8.1 The Vendor guarantees the Software and the Services for twenty-four (24) months from the date of the Final "
     "Acceptance Certificate (the \"Guarantee Period\").", "warranty_months", 24),
    ("8. GUARANTEE\n8.1 A bank guarantees for three (3) months the advance payment.\n9. MAINTENANCE\n9.1 Upon expiry of the Guarantee "
     "Period, the Maintenance Service shall start for a period of one (1) year.", "warranty_months", None),
    ("9. MAINTENANCE\n9.1 The Maintenance Service runs for one (1) year and is tacitly renewed for one (1) year unless either Party gives "
     "notice.", "auto_renewal", True),
    ("1. PRICE\nThe Contract Price is CNY 1,000,000.\n9. MAINTENANCE\n9.1 The Maintenance Service shall be tacitly renewed for successive periods of one (1) year unless either Party gives "
     "notice.\n9.2 The annual Maintenance fee shall be that of the Vendor's price list in force on the start date of each annual period.",
     "auto_renewal_price_increase", True),
    ("1. PRICE\nThe Contract Price is CNY 1,000,000.\n9. MAINTENANCE\n9.1 The Maintenance Service shall be renewed for successive periods of one (1) year unless either Party gives "
     "notice.\n9.2 The Vendor may update the annual Maintenance fee each year.", "auto_renewal_price_increase", True),
    # holdout43
    ("Article 2 Price\nThe Contract Price is CNY 1,000,000.\nArticle 4 Delivery and Delay\n4.2 If the Supplier fails to deliver the "
     "Equipment by the agreed time, the Supplier shall pay liquidated damages of 0.7 per cent of the Contract Price for each commenced "
     "week of delay.", "ld_rate_per_day_pct", 0.1),
    ("2. 价款\n合同总价为人民币100万元。\n4. 服务水平\n4.1 一级故障乙方应在30分钟内响应，8小时内恢复。\n4.2 乙方未达到本条服务指标的，应限期整改。本合同不因服务指标未达标而扣减"
     "运维服务费，乙方亦不就此向甲方支付违约金。", "sla_remedy", False),
    ("2. 合同价款\n合同总价为人民币柒拾肆万元整。\n10. 违约责任与责任限制\n10.3 乙方在本合同项下承担的违约金及赔偿责任累计不超过合同总价的百分之五十。",
     "liability_cap_pct", 50),
    ("第五条 验收\n5.1 系统上线运行后，甲方应在十五日内完成验收。甲方在该期限内未提出书面异议，或已将系统用于正式生产的，视为验收合格。",
     "acceptance_deemed_on_delivery", True),
    # holdout44
    *[(POLISH_STYLE, term, expected) for term, expected in (
        ("contract_value", 1_180_000), ("sla_remedy", True), ("ip_owner", "buyer"), ("subcontract_without_consent", False),
        ("liability_cap_pct", 200), ("termination_for_breach", True), ("governing_law", "Greece"))],
    ("| Item | Amount |\n|---|---|\n| Monthly Charges | CNY 80,000 |\n| Transition Charge (one-off) | CNY 72,000 |\n"
     "| **Total Charges** | **CNY 2,952,000** |\n4. Delay\n4.4 If the Service Commencement Date is late, the Service Provider shall pay "
     "liquidated damages of CNY 2,952 for each day of delay.", "contract_value", 2_952_000),
    ("CONTRACT\nParty A (Buyer): Nanhu Zoo. Party B (Supplier): Vltava Analytics s.r.o.\n8. Intellectual Property\n8.2 The custom reports "
     "and dashboards made for Party A under this Contract belong to Party A.\n12. Termination\n12.1 If Party B commits a material breach "
     "and does not correct it within 15 days after Party A's written notice, Party A may terminate this Contract.", "ip_owner", "buyer"),
    ("CONTRACT\nParty A (Buyer): Nanhu Zoo. Party B (Supplier): Vltava Analytics s.r.o.\n12. Termination\n12.1 If Party B commits a material "
     "breach and does not correct it within 15 days after Party A's written notice, Party A may terminate this Contract.",
     "termination_for_breach", True),
    ("第二条 合同金额\n| 项目 | 金额（元） |\n|---|---|\n| WMS标准软件许可（永久） | 620,000 |\n| 定制开发 | 485,000 |\n| 合计 | 1,105,000 |\n"
     "3.4 合同金额不包括：硬件设备、数据库及第三方软件许可、超出实施计划的现场服务费用（按每人每天人民币2,800元另行计收）。",
     "licence_or_hardware_price", 620_000),
    # holdout45
    ("ORDER FORM\nA1. Parties\nSupplier: Greenkeeper Cloud (Pty) Ltd (\"Greenkeeper\").\nSubscriber: Sanya Golf Club Co., Ltd. (the \"Subscriber\").\n"
     "PART B\n1. Definitions\n\"Customisations\" means the booking rules configured by Greenkeeper specifically for the Subscriber.\n"
     "6. Intellectual property\n6.1 Greenkeeper retains all intellectual property rights in the Platform.\n6.2 The Customisations belong to "
     "the Subscriber from creation.", "ip_owner", "buyer"),
    ("SECOND.- PRICE.\nThe total Contract Price is CNY 1,000,000.\nFOURTEENTH.- RESCISSION.\nTHE CUSTOMER may rescind this Contract by "
     "written notice if THE SUPPLIER fails to comply with any of its material obligations and does not remedy the failure within twenty "
     "(20) calendar days after being notified in writing.", "termination_for_breach", True),
    ("Article 2 - Price\nThe Contract Price is EUR 900,000.\nArticle 3 - Payment\n3.1 The Customer shall pay 20% of the Contract Price as an "
     "advance within 20 days after receiving the Contractor's invoice.\n3.2 The Customer shall pay the remaining 80% of the Contract Price "
     "after the Final Acceptance Certificate has been signed.", "prepayment_pct", 20),
    ("## 费用\n| 项目 | 金额（人民币） | 说明 |\n|---|---|---|\n| 年服务费 | 680,000 元/年 | 三年合计 2,040,000 元 |\n| 对接实施费 | 120,000 元 | 一次性 |\n"
     "| 合计 | 2,160,000 元 | 大写：贰佰壹拾陆万元整 |\n## 违约责任\n每逾期一日，乙方向甲方支付违约金 1,500 元。", "contract_value", 2_160_000),
    # holdout46
    ("ORDER FORM\nThis Order Form is entered into between QueueCraft, Inc., a Delaware corporation (\"QueueCraft\"), and Jade Harbour "
     "Adventure Park Co., Ltd. (\"Customer\").\nB6. Fees\nAs in Part A.\nB7. Intellectual Property\n7.1 QueueCraft and its licensors own the Services, the Documentation and all related intellectual property, "
     "including improvements.\n7.2 The integration scripts created specifically for Customer under the Statement of Work are owned by "
     "Customer from creation.", "ip_owner", "buyer"),
    ("Article 16 Law\nThis Contract is governed by the laws of the Federative Republic of Brazil.", "governing_law", "Brazil"),
    ("Article 16 Law\nThis Contract is governed by the laws of the Kingdom of Sweden.", "governing_law", "Sweden"),
    (PHILIPPINE_STYLE, "buyer_owns_data", True),
    (PHILIPPINE_STYLE, "data_security_clause", False),
    ("## 8. INTELLECTUAL PROPERTY\n8.1 All intellectual property rights in the Software remain with the Supplier.\n8.2 All intellectual "
     "property rights in the Customised Work, including the source code of the integration adapters, shall belong exclusively to the "
     "Supplier.", "ip_owner", "supplier"),
    # holdout47
    ("5. Onboarding\n5.1 Party B shall restore the access control database in a test and complete the onboarding within sixty (60) days.\n"
     "5.3 If the onboarding is not completed within the period in Clause 5.1, Party B shall pay Party A liquidated damages of CNY 3,500 for "
     "each day of delay.\n6. Service Levels\n6.1 Priority 1 incidents: response within 15 minutes.\n6.4 If Party B fails to meet a service "
     "level, Party B shall submit a remediation plan. No service credits are payable.", "sla_remedy", False),
    (CROATIAN_STYLE, "buyer_owns_data", True),
    (CROATIAN_STYLE, "ip_owner", "buyer"),
    (CROATIAN_STYLE, "termination_for_breach", True),
    ("SECTION 7. CUSTOMER DATA\n7.1 As between the parties, Customer owns all Customer Data.\n7.4 Customer grants Supplier a perpetual, "
     "irrevocable, worldwide, royalty-free licence to use Probe Data, after removal of driver, vehicle and trip identifiers, to improve "
     "and maintain Supplier's road graph.", "buyer_owns_data", False),
    ("## 服务范围\n1. 运维对象为场馆智能化系统。\n## 分包\n乙方可将LED显示屏、楼宇设备自控等专业子系统的维护工作委托原厂或具备相应能力的专业服务商实施，委托前书面告知甲方即可。",
     "subcontract_without_consent", True),
    ("## 第十条 违约责任\n10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总金额的百分之二十五为限，且乙方不对甲方的间接损失、利润损失、停产损失或数据丢失承担责任。",
     "data_security_clause", False),
    # holdout48
    (INDONESIAN_STYLE, "buyer_owns_data", True),
    (INDONESIAN_STYLE, "acceptance_clause", True),
    ("PART A - ORDER DETAILS\nA1. Parties\nSupplier (\"Tidewell\", \"we\", \"us\"): Tidewell Software (Shanghai) Co., Ltd.\nCustomer (\"you\"): Yantai "
     "Ferry Co., Ltd.\nA2. Services\nCrew rostering.\nPART B\n9. Intellectual property\n9.2 The roster rules configured by Tidewell specifically "
     "for you belong to you.", "ip_owner", "buyer"),
    ("A6. Go-Live Acceptance\nGo-Live Acceptance happens when all of the following have been met and you sign the Go-Live Acceptance "
     "Certificate:\n(a) all vessels are configured;\n(b) a full roster cycle has run.\nA7. Other\nNone.", "acceptance_clause", True),
    (INDIAN_STYLE, "final_payment_on_acceptance", True),
    (INDIAN_STYLE, "post_warranty_fee_pct", 9),
    ("Article 5 Contract Sum and Payment\n5.1 The Contract Sum is CNY 2,185,000 including VAT.\nArticle 16 Governing Law and Disputes\n"
     "16.1 The Agreement is governed by Danish law, excluding its rules on choice of law.", "contract_value", 2_185_000),
    ("Article 5 Contract Sum and Payment\n5.1 The Contract Sum is CNY 2,185,000 including VAT.\nArticle 16 Governing Law and Disputes\n"
     "16.1 The Agreement is governed by Danish law, excluding its rules on choice of law.", "governing_law", "Denmark"),
    ("## 服务水平\n1. 平台月度可用率不低于99.95%，按每月总分钟数扣除经甲方同意的计划维护时间计算。\n2. 月度可用率低于99.95%但不低于99.8%的，乙方按当月订阅费的5%给予服务抵扣；"
     "低于99.8%的，按当月订阅费的10%给予服务抵扣。\n## 费用\n1. 年订阅费60万元。", "availability_pct", 99.95),
    # a guard: Austria became a law / forum name this round, and the preamble's registration court is no forum
    ("CONTRACT between Strahlfeld Inspection Systems GmbH, Wiener Strasse 131, 4020 Linz, Austria, registered with the Regional Court of "
     "Linz under FN 398214 k (hereinafter the \"Supplier\") and Jiangsu Steel Co., Ltd. (hereinafter the \"Purchaser\").\nArticle 18 Law\n"
     "18.1 This Contract is governed by the laws of the People's Republic of China.\n18.2 All disputes shall be submitted to CIETAC for "
     "arbitration in Beijing.", "governing_forum_outside_mainland", False),
    # holdout49
    ("## 3. CHARGES AND PAYMENT\n3.1 The Charges are set out below, in CNY.\n| Item | Charge (CNY) |\n|---|---|\n| Managed IT, per month | 80,000 |\n"
     "| Total for the Minimum Term (36 months) | 4,020,000 |\n## 4. TRANSITION\n4.3 The Service Provider shall pay liquidated damages of "
     "CNY 2,500 for each day of delay.", "contract_value", 4_020_000),
    ("## 4. TRANSITION\n4.2 Transition is complete when: (a) all Hotel devices are enrolled in the monitoring platform; (b) the guest Wi-Fi "
     "has been tested at every Hotel. The Client shall then sign a Transition Completion Certificate. Use of any Service before that "
     "date shall not constitute acceptance.\n## 5. FEES\nAs agreed.",
     "acceptance_clause", True),
    ("§ 9 Maintenance\n(3) Support is available daily from 09:00 to 18:00. Severity 1 (Software unusable, or loss or corruption of data):\n"
     "reaction within 1 hour, workaround within 1 working day. Severity 2 (an important function impaired): reaction within 2 hours.\n"
     "§ 10 Law\nAustrian law.", "p1_response_hours", 1),
    # holdout50
    ("Article 7 Fault Handling\n(2) Faults are handled as follows:\nPriority Definition Response Restoration or workaround A A show cannot start "
     "or must be stopped 1 hour 6 hours B Function impaired 8 hours 3 working days C Other defects 3 working days next update\n"
     "Article 8 Law\nPRC law.", "p1_response_hours", 1),
    ("七、知识产权\n（一）乙方保证所供设备不侵犯第三方知识产权。\n（二）平台数据对接开发形成的接口程序及文档归甲方所有，乙方应向甲方交付源代码。\n八、其他\n无。",
     "ip_owner", "buyer"),
    ("## 9. 知识产权\n9.1 平台及其软件的知识产权归乙方所有。\n9.2 乙方为甲方定制的报表模板、数据对接程序、权限配置方案及相关文档归甲方所有，甲方可自由使用、修改。\n## 10. 其他\n无。",
     "ip_owner", "buyer"),
    ("## 1. 定义\n1.3 “服务期”指自平台正式开通之日起二十四个月。\n## 3. 费用\n3.1 年订阅费为人民币138万元。\n## 11. 责任限制\n11.1 乙方在本协议项下对甲方承担的"
     "全部赔偿责任累计不超过违约事件发生前六个月内甲方实际支付的订阅费总额。", "liability_cap_pct", 25),
    ("## 第六条 知识产权\n6.3 乙方有权将定制开发成果（不含甲方数据）用于其他客户项目及其产品升级。\n## 第七条 数据\n7.1 甲方的生产数据归甲方所有。",
     "buyer_owns_data", True),
    # holdout51
    ("Art. 3 Price\nHardware and Licence Subtotal: CNY 2,723,000.\nArt. 7 Warranty\n7.1 The warranty period is 24 months from Final Acceptance.\n"
     "Art. 8 Support\n8.4 After the warranty period the Supplier shall offer Annual Support with software updates and spare parts at list "
     "price less 20 %, at an annual fee of 9.5 % of the Hardware and Licence Subtotal, i.e. CNY 258,685 per year.", "post_warranty_fee_pct", 9.5),
    ("## Clause 15 — Applicable Law and Disputes\n15.1 This contract is governed by Portuguese law.", "governing_law", "Portugal"),
    ("API SUBSCRIPTION AGREEMENT between Geokaart OÜ, an Estonian company (\"Geokaart\"), and Shenzhen Courier Co., Ltd. (the \"Client\").\n"
     "6. Client Data\n6.3 The Client grants Geokaart a perpetual, worldwide, royalty-free licence to use address strings and geocoding results "
     "contained in Client Data, after removal of names, telephone numbers and other direct identifiers, to maintain and improve Geokaart's "
     "address reference database and its products and services for all its customers.\n8. Intellectual property\n8.1 Geokaart owns the "
     "Service, the API, its software and its address reference database, including improvements made under clause 6.3.\n8.2 Alias tables "
     "created specifically for the Client during onboarding belong to the Client.", "ip_owner", "buyer"),
    ("API SUBSCRIPTION AGREEMENT between Geokaart OÜ, an Estonian company (\"Geokaart\"), and Shenzhen Courier Co., Ltd. (the \"Client\").\n"
     "6. Client Data\n6.1 Client Data remains the property of the Client.\n6.3 The Client grants Geokaart a perpetual, worldwide, royalty-free "
     "licence to use address strings and geocoding results contained in Client Data, after removal of names, telephone numbers and other "
     "direct identifiers, to maintain and improve Geokaart's address reference database and its products and services for all its customers.",
     "buyer_owns_data", False),
    # holdout52
    ("第一条 服务内容\n1.3 订阅服务包含每年3,000万次决策调用。超出部分按每次人民币0.02元另行结算，不计入本协议总金额。\n第三条 费用\n3.3 本协议总金额为人民币贰佰肆拾贰万元整（¥2,420,000）。",
     "contract_value", 2_420_000),
    ("Art. 1 - Object\nThe Supplier licenses the ticketing software.\nArt. 8 - Intellectual Property\n8.1 The Licensed Software remains the "
     "exclusive property of the Supplier.\n8.2 The configurations and seat maps developed for the Client under this Contract (the \"Custom "
     "Developments\") are owned jointly by the Supplier and the Client. The Client may not modify them without the Supplier's written consent.",
     "ip_owner", "joint"),
    # holdout53
    ("## 4. Transition\nIf Service Commencement is late due to Supplier's default, Supplier will pay the Customer CNY 5,000 for each day "
     "of delay, up to a maximum of five per cent (5%) of the Total Contract Value.\n## 5. Charges\n| Charge | Amount (CNY) |\n|---|---|\n"
     "| Monthly Charges | 182,500 |\n| **Total Contract Value** | **6,855,000** |", "contract_value", 6_855_000),
    ("4. FEES\n4.1 The Customer shall pay:\n    (a) Annual Subscription Fee: CNY 486,000 per Contract Year, i.e. CNY 972,000 for the Subscription "
     "Term; and\n    (b) Onboarding Fee: CNY 58,000,\n    in total CNY 1,030,000, inclusive of VAT.\n5. TERM\nTwo years.", "contract_value", 1_030_000),
    ("第二条 价款\n合同总价为人民币80万元。\n第六条 技术支持\n6.2 一级故障乙方在接到通知后八小时内响应。\n6.3 乙方将尽合理努力排除故障，但不对系统故障、数据延迟或中断给甲方造成的任何损失"
     "承担赔偿、扣款或违约责任。", "sla_remedy", False),
    ("第十一条 违约责任\n11.2 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的百分之二十五为限。乙方不承担任何间接损失、预期利润损失及数据丢失的责任。",
     "data_security_clause", False),
    # the post-warranty fee open to the supplier's increase, in English too; a bounded one stays capped (a guard)
    ("Article 3 Price\nHardware and Licence Subtotal: CNY 1,000,000.\nArticle 7 Warranty\n7.1 The warranty period is 24 months.\n7.3 After the "
     "warranty period the annual support fee is 12 % of the Hardware and Licence Subtotal. The Supplier may increase the fee each year.",
     "post_warranty_fee_capped", False),
    ("Article 3 Price\nHardware and Licence Subtotal: CNY 1,000,000.\nArticle 7 Warranty\n7.1 The warranty period is 24 months.\n7.3 After the "
     "warranty period the annual support fee is 12 % of the Hardware and Licence Subtotal. Thereafter the Supplier may adjust the fee once a "
     "year by no more than the change in the consumer price index, and in no case by more than 3 % per year.", "post_warranty_fee_capped", True),
    # holdout54: the hours of service are no response time, "following" names no low priority, and a level's description
    # in brackets leaves its time beside it
    ("3. Service Levels\n3.2 Vendor shall respond to incidents reported by Customer within the following times, 24 hours a day, 7 days a "
     "week: Severity 1 (Service or dispatcher console unavailable, or no plans generated in any City) - 30 minutes; Severity 2 (a major "
     "function degraded) - 2 hours.", "p1_response_hours", 0.5),
    ("5. Charges\n5.1 The Charges are set out in Schedule 3 and total CNY 3,600,000 over the Initial Term, comprising a one-time Transition "
     "Charge of CNY 126,000 and Monthly Service Charges of CNY 96,500 for thirty-six (36) months.", "contract_value", 3_600_000),
    ("第三章 费用\n| 项目 | 金额（元） |\n|---|---|\n| 实施费 | 218,000 |\n| 年服务费 | 520,000 |\n| 协议总额 | 1,778,000 |\n"
     "第十章 责任限制\n10.1 乙方在本协议项下的累计赔偿责任以协议总额的两倍为限。", "liability_cap_pct", 200),
    ("## Article XIV – Termination\n1. The Client may withdraw from this Contract by written notice if the Contractor commits a material "
     "breach and does not remedy it within 20 days after a written request.", "termination_for_breach", True),
    ("11. TERM AND TERMINATION\n11.2. Either Party may cancel the Agreement by written notice if the other Party materially breaches it "
     "and does not remedy the breach within 30 days.", "termination_for_breach", True),
    ("## Article I – Contracting Parties\n1. Herbaria Systems s.r.o., Brno, Czech Republic, registered in the Commercial Register kept by "
     "the Regional Court in Brno, Section C (the \"Contractor\").\n## Article XV – Governing Law and Disputes\n1. This Contract is governed by "
     "the laws of the People's Republic of China.\n2. Any dispute shall be submitted to the Kunming Arbitration Commission.",
     "governing_forum_outside_mainland", False),
    # holdout55: two parties by names of their own — the one that grants, delivers and carries out is the supplier
    ("Agreement No. COL-07 Between Collectia NV, a company incorporated under Belgian law (hereinafter \"Collectia\"), and Zhoushan Maritime "
     "Museum, a public institution (hereinafter \"the Museum\").\nArticle 1 - Object\n1.1 Collectia grants the Museum a licence to the Software and "
     "carries out the implementation.\n1.2 Collectia delivers the source code of the custom developments at Final Acceptance.\nArticle 9 - Museum Data\n9.1 All collection records and images held in the system (\"Museum Data\") belong to the Museum.", "buyer_owns_data", True),
    ("Agreement No. COL-07 Between Collectia NV, a company incorporated under Belgian law (hereinafter \"Collectia\"), and Zhoushan Maritime "
     "Museum, a public institution (hereinafter \"the Museum\").\nArticle 1 - Object\n1.1 Collectia grants the Museum a licence to the Software and "
     "carries out the implementation.\n1.2 Collectia delivers the source code of the custom developments at Final Acceptance.\nArticle 11 - Intellectual Property\n11.2 The custom developments and the migration scripts belong to the Museum.", "ip_owner", "buyer"),
    ("（三）乙方可将各县（市、区）辖区内的点位安装工作委托当地具有消防设施工程资质的安装单位实施，并应在进场前书面告知甲方安装单位名称及作业人员名单。",
     "subcontract_without_consent", True),
    ("## 九、资料与成果归属\n1. 灯光控台中的演出场景编程文件、音频工程文件、演出录音录像资料及设备运行记录均归甲方所有，乙方不得将其用于本合同以外的任何用途。",
     "buyer_owns_data", True),
    # holdout56
    ("PART A\nVOLTARIA: VOLTARIA MOBILITY SOFTWARE, S.L., a Spanish limited company, represented by its CEO.\nCUSTOMER: Shenzhen Xunfeng "
     "Micro-Mobility Technology Co., Ltd., represented by its Operations Director.\nPART B\nB.3 Duration and Renewal\nUpon expiry of the "
     "Subscription Term, the subscription shall be tacitly renewed for successive periods of twelve (12) months. VOLTARIA may update the Fees "
     "applicable to each renewal period by notifying the CUSTOMER at least sixty (60) days in advance.", "auto_renewal_price_increase", True),
    ("3. FEES\n3.1 The Client shall pay: (a) an Annual Platform Subscription Fee of CNY 432,000 for each Contract Year, amounting to CNY "
     "864,000 for the Initial Term; and (b) a one-off Integration and Certification Fee of CNY 64,000. The total contract value for the "
     "Initial Term is therefore CNY 928,000.\n3.3 The Integration and Certification Fee and the Annual Platform Subscription Fee for the first "
     "Contract Year shall be invoiced on the Effective Date and shall be paid in full within seven (7) days of the invoice.",
     "prepayment_pct", 53.4483),
    ("2. TERM\nThis Agreement runs for two (2) years.\n3. FEES\n3.1 The total fees are CNY 928,000.\n11. LIMITATION OF LIABILITY\n11.1 The "
     "total liability of PayRiver under this Agreement shall not exceed two times (2x) the total fees paid and payable under Clause 3.1.",
     "liability_cap_pct", 200),
    ("1. Definitions\n1.4 \"Minimum Term\" means thirty-six (36) months from the Service Commencement Date.\n3. Charges\n3.2 The total contract "
     "value is CNY 3,484,400.\n14. Limitation of Liability\n14.1 The total liability of the Service Provider under this Agreement shall not "
     "exceed the Charges paid by the Customer in the six (6) months immediately before the event giving rise to the claim.",
     "liability_cap_pct", 16.6667),
    ("5. Transition and Service Commencement\n5.2 The Services are accepted when the Service Provider demonstrates that:\n(a) Wi-Fi signal "
     "strength is at least -67 dBm at 95 % of pick faces; and (b) the runbooks for all systems are delivered.", "acceptance_clause", True),
    # holdout57
    ("A4. Fees\n(a) Platform Subscription Fee: CNY 41,600 per month, i.e. CNY 1,497,600 for the Subscription Term.\n(b) Onboarding and "
     "Integration Fee (one-time): CNY 168,000.\nTotal Fixed Fees (a) + (b): CNY 1,665,600.", "contract_value", 1_665_600),
    ("Provider: Voltaro Mobility S.à r.l., a private limited liability company governed by the laws of the Grand Duchy of Luxembourg "
     "(\"Voltaro\").\n14. Governing Law\n14.1 The Agreement is governed by the laws of the People's Republic of China.", "governing_law", "PRC"),
    ("14. Governing Law and Jurisdiction\n14.1 The Agreement is governed by the laws of the Grand Duchy of Luxembourg.", "governing_law", "Luxembourg"),
    ("7. CLIENT DATA\n7.1 All Client Data shall remain the sole and exclusive property of the Client. The Company shall use Client Data "
     "solely for the purpose of providing the Services.", "buyer_owns_data", True),
    ("10. LOCAL SERVICE PARTNERS\n10.1 The Company may engage one or more local service partners for on-site support, and shall intimate "
     "the Client in writing of the name of each such partner before it commences work.", "subcontract_without_consent", True),
    # … while partners the contract names are approved (a guard)
    ("13. Subcontracting\n13.1 Supplier may use the local support partner named in Annex 5, which the Customer approves by signing this "
     "Agreement. Any other subcontractor requires the Customer's prior written consent.", "subcontract_without_consent", False),
    ("Clause 2. Price\nThe Contract Price is CNY 2,000,000.\nClause 4. Delay\n4.2 If the Final Acceptance Act is not signed by the deadline, "
     "the Contractor pays a contractual penalty of CNY 2,000 for each day of delay, but not more than 10 % of the Contract Price in total.",
     "ld_rate_per_day_pct", 0.1),
    ("数字档案加工及运维服务合同\n第二条 合同价款\n2.1 合同总价为人民币992,600元，其中数字化加工费695,000元，系统运维费24,800元/月×12个月=297,600元。\n"
     "第三条 付款方式\n3.1 合同签订后十个工作日内，甲方支付合同总价的百分之二十作为预付款，从数字化加工费中抵扣。\n3.2 数字化加工完成总量过半且已完成批次"
     "全部验收合格后，甲方支付数字化加工费的百分之四十。\n3.3 全部数字化加工成果通过项目终验后，甲方支付剩余数字化加工费。\n3.4 运维费按季度支付。每季度结束并经"
     "甲方考核合格后十五个工作日内，甲方支付当季运维费74,400元。", "final_payment_on_acceptance", True),
    ("## 5. 验收\n5.1 乙方完成系统部署并向甲方发出上线通知后，甲方应在7日内进行确认。甲方开始使用系统，或在收到上线通知后7日内未提出书面异议的，视为系统验收合格。",
     "acceptance_deemed_on_delivery", True),
    # holdout58
    ("A.5 Acceptance\nThe acceptance criteria are: (a) counting accuracy of at least 95 %; (b) the dashboards show every route.\nB.3 Renewal\n"
     "3.3 Provider may adjust the fees applicable to each renewal period. Customer's continued use of the Service after the renewal date "
     "constitutes acceptance of the adjusted fees.", "acceptance_deemed_on_delivery", False),
    ("BETWEEN:\n(1) MERLION RISKTECH (SHANGHAI) CO., LTD., a wholly foreign-owned enterprise (\"Merlion\"); and\n(2) HENGYU DIGITAL BANK CO., "
     "LTD., a commercial bank (the \"Bank\").\n1. SERVICE\n1.1 Merlion provides the Sentinel fraud-scoring service to the Bank. "
     "Merlion shall implement the Bank-specific scoring model during onboarding.\n9. INTELLECTUAL PROPERTY\n9.2 The Bank-specific scoring model and reports developed by Merlion "
     "for the Bank under this Agreement are and shall remain the intellectual property of Merlion.", "ip_owner", "supplier"),
    ("第三条 价款\n合同总价为人民币1,136,000元。\n第六条 免费维护\n6.1 免费维护期为六个月。\n第七条 后续维护\n7.1 免费维护期满后，甲方如需继续获得系统升级和维护服务，"
     "应与乙方另行签订年度维护合同，维护费用按乙方届时有效的服务价格标准执行。", "post_warranty_fee_capped", False),
    # holdout59
    ("A.1 Parties\nProvider: ROUTECAB TECHNOLOGIES S.R.L., a Romanian limited liability company, represented by Mr. Pop.\nBeneficiary: DALIAN "
     "HAIXING TAXI COOPERATIVE, with its seat at No. 66 Zhongshan Road, Dalian, represented by Ms. Sun (hereinafter \"the Beneficiary\").\n"
     "Art. 5 Data\n5.1 The Beneficiary Data belongs to the Beneficiary.", "buyer_owns_data", True),
    ("8. Data\n8.1 All measurement values, calibration records, logs and reports generated by the Equipment and the Software are the property "
     "of the Buyer. The Seller may use them only to perform this Contract.", "buyer_owns_data", True),
    ("5. Installation and Takeover\n5.3 After the completion of the installation and the start-up, the Contracting Parties shall sign the "
     "Installation Protocol. With the signature of the Installation Protocol the Equipment and the Software are deemed accepted by the Buyer.",
     "acceptance_deemed_on_delivery", True),
    ("2. Price\nThe Contract Price is CNY 1,850,000.\n7. Warranty\n7.1 The warranty period is 24 months.\n7.3 After the end of the warranty "
     "period, support and maintenance services will be provided on the basis of a separate service agreement at the Seller's price list "
     "valid at the time of the order.", "post_warranty_fee_capped", False),
    ("## 9 Confidentiality\n9.1 The parties keep confidential all information of the other party.\n## 10 Work Results and Intellectual "
     "Property\n10.1 Work results created by the Contractor specifically for the Client, in particular "
     "the network documentation, configurations, scripts, operating manuals and runbooks, pass to the Client upon creation.", "ip_owner", "buyer"),
    ("Article 7 Warranty\n(1) The Contractor guarantees that the Software will function in accordance with Annex 1 for a period of 24 "
     "(twenty-four) months from the date of Final Acceptance (warranty period).", "warranty_months", 24),
    ("14. GOVERNING LAW\n14.1 This Agreement shall be governed by the laws of the Emirate of Dubai and the federal laws of the United Arab "
     "Emirates as applicable therein.", "governing_law", "UAE"),
    ("三、付款方式\n（一）合同生效后十个工作日内，甲方支付合同总价的百分之三十五作为预付款。\n（二）全部设备到货并经甲方签收后，甲方支付合同总价的百分之二十五。\n"
     "（三）最终验收合格后，甲方支付合同总价的百分之三十五。\n（四）合同总价的百分之五作为质量保证金，质保期满后无息返还。\n五、质量保证及维保\n（一）质保期为二十四个月。\n"
     "（四）质保期满后，甲方有权选择由乙方继续提供维保服务。维保服务费按设备及软件小计的百分之十七每年计取，按年签订维保合同，按季度支付。",
     "final_payment_on_acceptance", True),
    ("# 配研PFM配方管理系统软件销售及技术服务合同\n第一条 合同内容\n乙方向甲方提供标准软件许可，并根据甲方需求进行定制开发。", "contract_kind", "goods_or_licence"),
    ("第二条 合同金额\n合同总金额为人民币壹佰贰拾玖万元整（¥1,290,000.00）。\n第十条 违约责任\n（2）乙方在本合同项下的全部赔偿责任（含违约金）累计不超过甲方已支付的"
     "软件许可费金额，即人民币伍拾陆万元。", "liability_cap_pct", 43.4109),
    ("A.4 Fees\nSMS and voice call-back messages exceeding the monthly allowance are charged at CNY 0.045 per message and are not part of "
     "the Total Contract Value.\nThe Total Contract Value for the Initial Term is CNY 926,000.", "contract_value", 926_000),
    # holdout60
    ("# Licence Agreement\n**Contracting parties**\n- **Lipica Imaging d.o.o.**, Ljubljana, Slovenia, represented by its director "
     "(hereinafter: the **Contractor**)\n- **Qinling Natural History Foundation**, Xi'an, represented by its secretary-general (hereinafter: the "
     "**Foundation**)\n## 8 Foundation Data\n8.1 All images, metadata and other data processed in SpecimenScope (**Foundation Data**) belong "
     "to the Foundation.", "buyer_owns_data", True),
    ("## 1 Subject\n1.1 The Contractor implements the software.\n## 8 Foundation Data and Data Security\n8.3 The Contractor notifies the Foundation of any incident affecting Foundation Data within "
     "twenty-four (24) hours after becoming aware of it and is liable for the damage caused by a breach of this Section 8.", "data_security_clause", True),
    ("1. SERVICES\n1.1 The Provider provides the services.\n7. Registry Data and Security\n7.3 The Provider shall notify the Registry of any security incident affecting Registry Data within "
     "twelve (12) hours and, where a key may be compromised, revoke the affected certificates.", "data_security_clause", True),
    ("1. SERVICES\n1.1 The Provider provides the services.\n8. DATA PROTECTION AND SECURITY\n8.2 Karoo shall secure the integrity and confidentiality of Subscriber Data by appropriate technical "
     "and organisational measures.", "data_security_clause", True),
    ("6. Charges\n6.1 The Charges are: (a) Managed IT Charge: CNY 42,000 per month; and (b) Transition Charge: CNY 86,000.\n6.2 The Charges "
     "for the Initial Term total CNY 2,264,000.", "contract_value", 2_264_000),
    ("5. FEES\n5.1 A Platform Fee of CNY 36,000 per month and a once-off Onboarding Fee of CNY 45,000.\n5.2 The fixed fees for the "
     "subscription period therefore amount to CNY 909,000.", "contract_value", 909_000),
    ("13. BREACH AND TERMINATION\n13.1 Should either party commit a material breach of this Agreement and fail to remedy it within twenty "
     "(20) Business Days after receiving written notice to do so, the aggrieved party shall be entitled, without prejudice to its other "
     "rights, to cancel this Agreement by written notice.", "termination_for_breach", True),
    ("8. Support\n8.2 Response times:\n| Severity | Definition | Response | Amount for late performance |\n|---|---|---|---|\n| Severity 1 | "
     "A production line is stopped | 1 hour | CNY 800 for each hour of late response |", "sla_remedy", True),
    # holdout61: "may entrust … to its affiliated companies or to … third parties" on notice is subcontracting; "may use them only …
    # and shall not pass them to third parties" is not (a guard)
    ("## 10. Subcontracting\n10.1 The Provider may entrust the performance of all or part of the Services to its affiliated companies or to "
     "specialised third parties of its choice, provided that it informs the Client in writing beforehand of the identity of the "
     "subcontractor.", "subcontract_without_consent", True),
    ("8. Data\n8.1 The Seller may use them only to perform this Contract and shall not pass them to third parties or use them for any other "
     "purpose.\n11. Subcontracting\n11.1 The Seller may use subcontractors only with the prior written consent of the Buyer.",
     "subcontract_without_consent", False),
    # an advance ruled out is none, whatever percentage follows; a stated advance stays (a guard)
    ("1. Price\nThe Contract Price is CNY 1,000,000.\n2. Payment\n2.1 No advance payment is required. 100% of the Contract Price is paid "
     "within 30 days after Final Acceptance.", "prepayment_pct", None),
    ("1. Price\nThe Contract Price is CNY 1,000,000.\n2. Payment\n2.1 An advance payment of 40% is paid within 10 days after signing. 60% "
     "is paid after Final Acceptance.", "prepayment_pct", 40),
    # holdout62: acceptance denied to delivery, installation and use is no deemed acceptance; criteria named 考核内容及标准 / 验收依据;
    # a law chosen as "the laws of the Argentine Republic"; "use of the Software in production constitutes acceptance" stays deemed (a guard)
    ("7. Acceptance\n7.1 Provisional Acceptance shall be pronounced after successful completion of the tests described in Annex 2.\n7.2 "
     "Neither the delivery, nor the installation, nor the use of the System by the Employer constitutes acceptance.",
     "acceptance_deemed_on_delivery", False),
    ("7. Acceptance\n7.1 Provisional Acceptance shall be pronounced after successful completion of the tests described in Annex 2.\n7.2 "
     "Neither the delivery, nor the installation, nor the use of the System by the Employer constitutes acceptance.",
     "acceptance_clause", True),
    ("5. Acceptance\n5.1 The Customer's use of the Software in production constitutes acceptance.", "acceptance_deemed_on_delivery", True),
    ("第四条 考核与验收\n4.1 甲方每季度对乙方服务进行考核，考核内容及标准为：（1）平台可用率符合第三条要求；（2）巡检全部完成。",
     "acceptance_clause", True),
    ("第四条 验收\n4.2 服务期满前，甲方组织年度验收，以四个季度考核结果及运维文档移交情况为验收依据，并出具验收报告。",
     "acceptance_clause", True),
    ("B.9 Governing Law\nThis Order Form shall be governed by the laws of the Argentine Republic.", "governing_law", "Argentina"),
    # holdout63: 固定金额 / 约定金额 hold no 定金 (a deposit, which stays one: a guard); parties defined in a preamble that ends in
    # "agree as follows" by names of their own, one of them ("the Club") with its article inside the quotes
    ("# 反欺诈决策平台SaaS服务合同\n## 服务内容\n1. 乙方提供反欺诈决策平台SaaS服务。\n2. 服务期为三十六个月，自甲方出具上线验收单之日起计算。\n"
     "## 服务费用与结算\n| 项目 | 金额（元） |\n|---|---|\n| 合同固定金额合计 | 2,380,000 |\n1. 本合同固定金额为人民币贰佰叁拾捌万元整（¥2,380,000），含6%增值税。\n"
     "2. 本合同不设预付款。部署与对接服务费在上线验收合格后三十日内一次性支付。\n## 服务水平\n1. 平台月度可用率不低于99.95%。\n## 其他\n1. 本合同一式两份。",
     "prepayment_pct", None),
    ("第三条 付款\n3.1 合同总价为人民币100万元。合同签订后十日内，甲方支付定金人民币20万元；验收合格后支付余款。", "prepayment_pct", 20),
    ("# Licence Agreement\n**Tribuna Analytics S.R.L.**, a company organised under the laws of Uruguay (\"**Tribuna**\"), and\n"
     "**Jinjiang Lions Football Club Co., Ltd.**, a company organised under the laws of the People's Republic of China (\"**the Club**\"),\n"
     "agree as follows.\nUnder this Agreement Tribuna licenses CrowdSense to the Club, supplies the edge hardware, and implements the solution.\n"
     "Tribuna grants the Club a perpetual, non-exclusive licence to use the Software at the Stadium.\n"
     "## 8. Intellectual Property\n8.1 Tribuna owns and retains all intellectual property rights in the Software and all Deliverables, including the "
     "Custom Models, whether or not they were developed specifically for the Club.\n## 11. Club Data\n11.1 All video, counts and other data "
     "captured by the Solution at the Stadium (\"**Club Data**\") belong to the Club.", "ip_owner", "supplier"),
    ("# Licence Agreement\n**Tribuna Analytics S.R.L.**, a company organised under the laws of Uruguay (\"**Tribuna**\"), and\n"
     "**Jinjiang Lions Football Club Co., Ltd.**, a company organised under the laws of the People's Republic of China (\"**the Club**\"),\n"
     "agree as follows.\nUnder this Agreement Tribuna licenses CrowdSense to the Club, supplies the edge hardware, and implements the solution.\n"
     "Tribuna grants the Club a perpetual, non-exclusive licence to use the Software at the Stadium.\n"
     "## 11. Club Data\n11.1 All video, counts and other data captured by the Solution at the Stadium (\"**Club Data**\") belong to the Club.",
     "buyer_owns_data", True),
    # holdout64: a P1 fault "answered … within one (1) hour"; deemed accepted "on the date of commissioning"; "the laws of the People's
    # Republic of Bangladesh"; "The total amount of the Agreement is CNY …"; 数据迁移脚本 is custom work, not data; a maintenance fee
    # "按乙方届时执行的服务收费标准计取" is uncapped
    ("7. Service\n7.1 A Priority 1 fault (line stopped) shall be answered remotely by the Integrator's hotline within one (1) hour from the "
     "Purchaser's call, and a technician shall be on site within thirty-six (36) hours. Outside the campaign, the response time is one (1) "
     "working day.", "p1_response_hours", 1),
    ("5. Commissioning\n5.3 The Equipment is deemed accepted by the Purchaser on the date of commissioning stated in the commissioning report. "
     "No other acceptance test applies.", "acceptance_deemed_on_delivery", True),
    ("13. Law\n13.1 This Order Form shall be governed by and construed in accordance with the laws of the People's Republic of Bangladesh.",
     "governing_law", "Bangladesh"),
    ("3. Fees\n3.1 The monthly subscription fee is CNY 47,500.\n3.3 The total amount of the Agreement is CNY 1,176,000 (one million one "
     "hundred seventy-six thousand yuan).", "contract_value", 1_176_000),
    ("8. 知识产权\n8.1 平台软件及其后续版本的知识产权归乙方所有。\n8.2 乙方为甲方定制的研报模板、审批流程配置、专属统计报表及数据迁移脚本归甲方所有，甲方可自由使用、修改。",
     "ip_owner", "buyer"),
    ("第一条 合同金额\n合同总价为人民币1,380,000元。\n第六条 质保\n（一）设备质保期为二十四个月。\n（六）质保期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，"
     "维护费用按乙方届时执行的服务收费标准计取。", "post_warranty_fee_capped", False),
    # holdout65: "the laws of the Sultanate of Oman"; a party named ("Client" or "the Board"); a 供货及维保合同 buys goods; named
    # acceptance stages with their conditions (期末验收：全部设备运行正常…) are criteria
    ("16. Law\n16.1 This Contract shall be governed by and construed in accordance with the laws of the Sultanate of Oman.", "governing_law", "Oman"),
    ("# Managed IT Services Agreement\n**Provider:** Mtatsminda Digital LLC, registered in Georgia, Tbilisi (\"Provider\").\n"
     "**Client:** National Tourism Board of Georgia, Representative Office in Beijing (\"Client\" or \"the Board\").\n"
     "## 1. Services\n1.1 The Provider manages the Board's office IT.\n## 6. Board Data\n6.1 Board Data belongs to the Board. The Provider shall process Board Data only to provide the Services.",
     "buyer_owns_data", True),
    ("# Managed IT Services Agreement\n**Provider:** Mtatsminda Digital LLC, registered in Georgia, Tbilisi (\"Provider\").\n"
     "**Client:** National Tourism Board of Georgia, Representative Office in Beijing (\"Client\" or \"the Board\").\n"
     "## 1. Services\n1.1 The Provider manages the Board's office IT.\n## 11. Termination\n11.1 The Board may terminate this Agreement by written notice if the Provider materially breaches it and does "
     "not remedy the breach within twenty (20) days after notice.", "termination_for_breach", True),
    ("PM3纸机在线质量控制系统（QCS）供货及维保合同\n甲方（买方）：江苏沿江纸业有限公司\n乙方（卖方）：上海恒测工业自动化有限公司\n1. 合同标的\n"
     "1.1 乙方向甲方供应在线质量控制系统一套，并负责安装、调试及维保服务。", "contract_kind", "goods_or_licence"),
    ("五、进场交接与验收\n（一）乙方应在合同签订后十日内完成进场交接。\n（二）验收分为进场交接验收、季度服务验收和期末验收：\n1. 进场交接验收：交接资料齐全，"
     "全部设备配置备份可成功恢复；\n2. 期末验收：全部设备运行正常，配置基线和台账为最新版本，运维资料完整移交甲方。", "acceptance_clause", True),
    # holdout67: a severity table a PDF ran into the price list before it ("Critical spares kit" is no P1 row); "The Contract is concluded
    # for a period of thirty-six (36) months" gives the term a cap of six months' fees is read against; the buyer's own backup duty,
    # the supplier named only in a modifier, is no data-security clause (the supplier's duty in the same words stays one: a guard);
    # "the laws of Brunei Darussalam"
    ("SCHEDULE A - PRICES Item Qty Amount Control system 1 210,000 Critical spares kit 1 180,000 Contract Price 4,710,000 SCHEDULE B - FAULT "
     "HANDLING Category Definition Response Engineer on Site Restoration Critical A sorter stopped 2 hours 48 hours 72 hours Major Reduced "
     "throughput 8 hours 5 days 10 days", "p1_response_hours", 2),
    ("# Contract\n## Article 2 – Duration\n2.1 The Contract is concluded for a period of thirty-six (36) months from the Service Commencement Date.\n"
     "## Article 3 – Fees\n3.1 The monthly fee is CNY 50,000.\n## Article 11 – Liability\n11.1 The total liability of the Provider is limited to "
     "the fees paid by the Client in the six (6) months preceding the event that gave rise to the claim.", "liability_cap_pct", 100 * 6 / 36),
    ("第四条 实施与交付\n3. 甲方应提供符合乙方配置要求的服务器、数据库及网络环境，并负责服务器的日常运行与数据备份。\n第五条 保密\n5.1 双方对对方商业秘密负有保密义务。",
     "data_security_clause", False),
    ("第四条 实施与交付\n3. 甲方应提供服务器及网络环境，乙方负责服务器的日常运行与数据备份，并对数据泄露承担赔偿责任。\n第五条 保密\n5.1 双方对对方商业秘密负有保密义务。",
     "data_security_clause", True),
    ("17. Law\n17.1 This Agreement is governed by the laws of Brunei Darussalam.", "governing_law", "Brunei"),
    # holdout66: "shall keep in strict confidence the information of the other party"; the buyer "authorises" the vendor to include its
    # results, anonymised and aggregated, in a database sold to others
    ("## ELEVENTH. CONFIDENTIALITY\nEach party shall keep in strict confidence the information of the other party to which it has access under "
     "this Agreement, and shall not disclose it without the other party's prior written authorization.", "confidentiality", True),
    ("CLAUSE 9.- (CUSTOMER DATA)\n9.1 Customer Data belongs to the CUSTOMER.\n9.2 The CUSTOMER authorises the VENDOR to include the Assay "
     "Results, in anonymised and aggregated form and with the sampling coordinates removed, in the Reference Data, and to make them available "
     "to other subscribers of the Reference Data.", "buyer_owns_data", False),
    # holdout68: "commercially reasonable efforts" with a 48-hour breach notification ("… shall be responsible for the losses") is no SLA;
    # the VAT rate in the price clause is no post-warranty fee, the 百分之二十六 of the maintenance clause is
    ("B3. Support\n3.2 Entoto will use commercially reasonable efforts to keep the Platform available and to respond promptly to support "
     "requests. Entoto does not commit to any particular level of availability or to any response or resolution time.\nB6. Customer Data\n"
     "6.3 Entoto shall notify Customer within forty-eight (48) hours after becoming aware of any unauthorised access to Customer Data, and "
     "shall be responsible for the losses Customer suffers as a result of a security incident caused by Entoto's breach of this section.",
     "sla_clause", False),
    ("燃烧控制系统供货合同\n一、合同标的及价格\n（一）乙方向甲方供应辊道窑燃烧控制系统，并负责质保期满后的维保服务。\n（三）合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），"
     "含13%增值税，包括设备、安装调试、培训及质保期内的全部服务费用。\n五、质保\n（一）质保期为二十四个月。\n六、质保期满后的维保服务\n（一）质保期满后，乙方按年度向甲方提供全包维保服务。\n"
     "（二）年度维保费按设备小计（¥1,920,000）的百分之二十六计取，即每年¥499,200，维保期内不作调整。", "post_warranty_fee_pct", 26),
    # holdout69: "the laws of the Republic of Côte d'Ivoire"; the first invoice "in total CNY 214,000" issued "on the date of signature of this
    # Order Form"; a vendor defined as ("BMC", "we", "us") is the supplier; 乙方…已拥有的通用开发框架 is pre-existing; the buyer's duty to pay
    # the rest on a termination it asks for is no instalment
    ("12. Law\n12.1 This Order Form is governed by the Uniform Acts of OHADA and, for matters not covered by them, by the laws of the Republic "
     "of Côte d'Ivoire.", "governing_law", "Côte d'Ivoire"),
    ("A3. Fees\nTotal Fees for the Subscription Term: CNY 550,000.\nA5. Invoicing and Payment\n1. The first invoice, covering the Subscription "
     "Fees for the first year (CNY 168,000) and the Onboarding fee (CNY 46,000), in total CNY 214,000, is issued on the date of signature of "
     "this Order Form and is payable within fifteen (15) days.", "prepayment_pct", 100 * 214_000 / 550_000),
    ("# ExciseBridge API — Subscription Agreement\n## Parties\n**Blue Mountain Compliance Technologies Limited**, a company incorporated under the "
     "Companies Act of Jamaica, having its registered office at 8 Trafalgar Road, New Kingston, Kingston 5, Jamaica (\"**BMC**\", \"we\", \"us\"); and\n**Hainan Qiongnan Cane Spirits Co., Ltd.** (\"**Customer**\", \"you\").\n## 7. Intellectual Property\n7.2 The Connector, including its source code and the mapping tables prepared for Customer, is and shall "
     "remain the exclusive property of BMC, notwithstanding that it was developed for Customer and paid for through the Onboarding fee.", "ip_owner", "supplier"),
    ("# ExciseBridge API — Subscription Agreement\n## Parties\n**Blue Mountain Compliance Technologies Limited**, a company incorporated under the "
     "Companies Act of Jamaica, having its registered office at 8 Trafalgar Road, New Kingston, Kingston 5, Jamaica (\"**BMC**\", \"we\", \"us\"); and\n**Hainan Qiongnan Cane Spirits Co., Ltd.** (\"**Customer**\", \"you\").\n## 10. Term and Renewal\n10.2 At the end of the Initial Term, this Agreement shall automatically renew for successive renewal "
     "terms of twelve (12) months each.\n10.3 BMC may increase the annual subscription fee for any Renewal Term by giving Customer written "
     "notice at least forty-five (45) days before the start of that Renewal Term. The increase shall not exceed eight per cent (8%) of the fee for the preceding year.", "auto_renewal_price_increase", True),
    ("第七条 知识产权\n7.1 定制开发部分的源代码、设计文档及其他开发成果，其知识产权归甲方所有。\n7.2 乙方在本项目之前已拥有的通用开发框架和组件，知识产权仍归乙方，乙方授予甲方永久、"
     "免费的使用和修改许可。", "ip_owner", "buyer"),
    ("# 软件许可合同\n## 第三条 付款方式\n3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币680,000元。\n3.2 系统部署完成（即第五条所述视为验收合格）后"
     "5个工作日内，甲方支付合同总价的40%，即人民币544,000元。\n3.3 系统上线运行满三个月后5个工作日内，甲方支付合同总价的10%，即人民币136,000元。\n"
     "## 第十三条 合同解除\n13.2 本合同生效后，甲方不得单方解除本合同。甲方要求解除的，已付款项不予退还，且仍应支付剩余合同款项。", "final_payment_on_acceptance", False),
    # holdout70: a severity table a PDF gives as lines (header, then "1 …"); "When these conditions are met the Client signs the Service
    # Commencement Certificate" after a list of conditions; an "incident affecting the confidentiality, integrity or availability of
    # Customer Data"; reuse of 脱敏 data "…，但不得披露甲方名称" (the "but" limits the permission); 十分钟内到达现场响应; 转包、分包 as a ground to
    # terminate; 乙方不承担…数据丢失…损失 is no data-security duty
    ("8. SERVICE LEVELS\n8.1 Faults shall be handled as follows:\nSeverity Definition Response Restoration\n1 Thermal process records cannot "
     "be kept for a retort 2 hours on site within 2 days; spare logger installed at once\n2 A single logger faulty 8 hours replacement within 3 days",
     "p1_response_hours", 2),
    ("5. Transition\n5.1 Before the Service Commencement Date the Provider shall: (a) complete the inventory; (b) carry out a successful failover "
     "test; and (c) complete a parallel run of ten (10) days without a Priority 1 incident.\n5.2 When these conditions are met the Client signs the "
     "Service Commencement Certificate. Operation of the Services before signature does not constitute acceptance.", "acceptance_clause", True),
    ("5. Services\n5.1. Provider provides the screening API.\n6. Data\n6.3. Provider notifies Customer of any incident affecting the confidentiality, integrity or availability of Customer Data within "
     "twelve (12) hours after its detection and takes all measures to limit its consequences.", "data_security_clause", True),
    ("## 6 数据权属与数据安全\n6.1 甲方在系统中录入、生成的全部业务数据，其所有权归甲方。\n6.4 在服务期内及服务期满后，乙方有权对甲方数据进行脱敏处理后，用于乙方担保行业风险评估"
     "模型的训练和优化，但不得披露甲方名称或可识别具体客户身份的信息。", "buyer_owns_data", False),
    ("4. 服务水平\n4.2 故障分级及处理时限：\n（1）一级故障：整层取号、叫号中断。驻场工程师应在十分钟内到达现场响应，一小时内恢复服务。\n（2）二级故障：单台取号机故障。三十分钟内响应，当日恢复。",
     "p1_response_hours", 10 / 60),
    ("9. 人员\n9.1 乙方应派驻两名驻场工程师。\n11. 合同解除\n11.1 乙方连续两个季度考核得分低于七十分，或将服务转包、分包的，甲方有权书面通知解除本合同。",
     "subcontract_without_consent", False),
    ("## 第十一条 违约责任\n3. 乙方承担的全部责任累计不超过合同总价的百分之二十。乙方不承担间接损失、利润损失、数据丢失及业务中断损失。\n## 第十二条 保密\n双方对对方商业秘密负有保密义务。",
     "data_security_clause", False),
    # holdout71: "The exclusive rights to the customised interfaces … created under clause 1.3 … pass to the Licensee" under "RIGHTS TO THE
    # RESULTS OF WORK"; "the Licensor notifies … and compensates"; "is extended automatically" with fees the Provider "may adjust"; the laws
    # of the Republic of Trinidad and Tobago; a price that "包含…等全部费用，甲方不再另行支付任何费用" is no instalment; "在本合同第十二条约定的责任限额内"
    # refers to the cap, which is read where it is set
    ("1. SUBJECT\n1.3. The Licensor develops customised interfaces and reports.\n7. RIGHTS TO THE RESULTS OF WORK\n7.1. The System remains the "
     "exclusive property of the Licensor.\n7.2. The exclusive rights to the customised interfaces and reports created under clause 1.3, including "
     "their source code, pass to the Licensee upon payment.", "ip_owner", "buyer"),
    ("1. SUBJECT\n1.1. The Licensor licenses the System.\n8. DATA PROTECTION\n8.3. In case of unauthorised access to, loss or damage of data "
     "caused by the Licensor, the Licensor notifies the Licensee within twelve (12) hours and compensates the Licensee for the damage.",
     "data_security_clause", True),
    ("1. Services\n1.1 The Provider manages the Client's IT.\n2. Term\n2.2 After the initial term the Agreement is extended automatically by further periods of twelve (12) months each.\n2.3 The Provider "
     "may adjust the fees with effect from the beginning of each extension period by written notice to the Client.", "auto_renewal_price_increase", True),
    # "Support is not renewed automatically" stays no renewal (a guard: "renewed automatically" became a renewal this round)
    ("7. Support\n7.3 Support fees are quoted by the Reseller at the OEM's list price in effect on the date of each order. Support is not renewed "
     "automatically.", "auto_renewal_price_increase", False),
    # … and, hard-wrapped at 120, a level's time on the line after its colon under a lead-in that names the response
    ("6. Support\n6.3 Caroni shall respond to incidents as follows:\n- **Priority 1** (the API is unavailable, or electronic bills of lading cannot be "
     "issued):\nwithin six (6) hours;\n- **Priority 2** (a bank connection is not working): within one (1) business day;", "p1_response_hours", 6),
    ("13. Law\n13.1 This Agreement is governed by the laws of the Republic of Trinidad and Tobago.", "governing_law", "Trinidad and Tobago"),
    ("第二条 合同价款\n2.1 合同总价为人民币贰佰玖拾陆万元整（¥2,960,000），为固定总价，包含设备、软件、运输、安装、调试及质保期内服务等全部费用，甲方不再另行支付任何费用。\n"
     "第三条 付款方式\n3.1 合同签订后十个工作日内，甲方支付合同总价的百分之四十。\n3.2 通过初验后十个工作日内，甲方支付合同总价的百分之三十五。\n"
     "3.3 通过最终验收后十个工作日内，甲方支付合同总价的百分之二十。\n3.4 合同总价的百分之五作为质量保证金，于质保期满后支付。", "final_payment_on_acceptance", True),
    ("第二条 价款\n合同总价为人民币1,600,000元。\n第九条 数据\n9.3 因乙方原因导致甲方数据泄露的，乙方应在本合同第十二条约定的责任限额内承担赔偿责任。\n第十二条 违约责任\n"
     "12.2 乙方在本合同项下承担的全部赔偿责任（含违约金）总额不超过人民币贰拾万元。", "liability_cap_pct", 12.5),
    # holdout72: "The total cost of the Agreement is CNY 528,000" and a cap of "150% … of the total cost of the Agreement"; "has no right to
    # involve third parties (subcontractors) … without prior written consent" asks for consent; a support fee "according to the Vendor's
    # price list valid on the date of the order", which "The Vendor has the right to revise"; "If Buyer Data is lost, disclosed or accessed
    # without authorisation because of the Seller, the Seller shall notify …"; a price-table column headed 金额（人民币元）
    ("Article 2. Cost of the Agreement\n2.1. The total cost of the Agreement is CNY 528,000 (five hundred twenty-eight thousand Chinese yuan).",
     "contract_value", 528_000),
    ("Article 2. Cost\n2.1. The total cost of the Agreement is CNY 528,000.\nArticle 10. Liability\n10.3. The total liability of the Vendor under this "
     "Agreement is limited to 150% (one hundred fifty percent) of the total cost of the Agreement.", "liability_cap_pct", 150.0),
    ("Article 11. Involvement of Third Parties\n11.1. The Vendor has no right to involve third parties (subcontractors) in the performance of this "
     "Agreement without prior written consent of the Customer.", "subcontract_without_consent", False),
    ("Article 5. Warranty\n5.1. The Warranty Period is 6 (six) months from final acceptance.\nArticle 6. Technical Support after the Warranty Period\n"
     "6.1. After the end of the Warranty Period the Customer may order annual technical support.\n6.2. The annual technical support fee is determined "
     "according to the Vendor's price list valid on the date of the order.", "post_warranty_fee_capped", False),
    ("Article 6. Support after the Warranty Period\n6.1. After the end of the Warranty Period the Customer may order annual technical support "
     "for a support fee.\n6.2. The Vendor has the right to increase the support fee once per calendar year.", "post_warranty_fee_capped", False),
    ("SUPPLY CONTRACT\n1. Scope\n1.1 The Seller supplies and installs the silo sensors.\n9. Buyer Data and Security\n9.3 If Buyer Data is lost, disclosed or accessed without authorisation because of the Seller, the Seller shall "
     "notify the Buyer within 12 hours and indemnify the Buyer against all resulting losses.", "data_security_clause", True),
    ("第二条 合同价款\n| 项目 | 金额（人民币元） |\n|---|---|\n| MES软件许可（永久） | 1,260,000 |\n| 定制开发 | 1,480,000 |\n| 合计 | 2,740,000 |\n"
     "合同总价为人民币2,740,000元。", "licence_or_hardware_price", 1_260_000),
    # holdout73: an order form's parties under their roles ("Vendor:    Vinotura DOOEL Skopje") and "Vinotura may change the Subscription
    # Fee for any Renewal Term"; "10 % of the Contract Price … within 15 days after the date of this Contract"; "本协议固定费用合计" is the
    # contract's total, not "服务期内合计" of one fee before it
    ("VINOTURA - ORDER FORM\nA1. Parties\nVendor:    Vinotura DOOEL Skopje\nCustomer:  Ningxia Yunmo Chateau Winery Co., Ltd.\nA2. Delay\n"
     "If Go-Live is late, Vinotura shall pay the Customer CNY 250 for each day of delay.\nPART B - TERMS\n3. Term and Renewal\n3.2 At the end of "
     "the Initial Term the Order Form renews automatically for successive periods of twelve (12) months (each a \"Renewal Term\").\n3.3 Vinotura "
     "may change the Subscription Fee for any Renewal Term by notice to the Customer at least ninety (90) days before the start of that Renewal "
     "Term.", "auto_renewal_price_increase", True),
    ("4. PRICE\n4.1 The Contract Price is CNY 1,140,000.\n5. PAYMENT\n5.1 10 % of the Contract Price (CNY 114,000) within 15 days after the date "
     "of this Contract, against the Contractor's invoice.\n5.2 55 % of the Contract Price (CNY 627,000) within 30 days after the Installation "
     "Certificate is signed.\n5.3 35 % of the Contract Price (CNY 399,000) within 30 days after Final Acceptance.", "prepayment_pct", 10.0),
    ("## 3. 费用与支付\n3.1 月服务费为人民币柒万贰仟元整（¥72,000），服务期内合计人民币壹佰柒拾贰万捌仟元整（¥1,728,000）。\n3.2 实施服务费为一次性人民币"
     "壹拾捌万陆仟元整（¥186,000）。\n3.3 本协议固定费用合计人民币壹佰玖拾壹万肆仟元整（¥1,914,000），超量调用费用不计入。", "contract_value", 1_914_000),
    # holdout74: "因乙方原因导致甲方控制系统遭受网络攻击、生产数据被篡改或丢失的，乙方应…通知甲方" is a data-security duty; "The Licensor guarantees
    # that the Software works … during six (6) months from the date of the Final Acceptance Certificate (the "Warranty Period")"
    ("质量控制系统供货合同\n一、合同标的\n乙方供应QCS系统一套。\n五、远程诊断\n（三）因乙方原因导致甲方控制系统遭受网络攻击、生产数据被篡改或丢失的，乙方应在知悉后"
     "两小时内通知甲方，配合处置，并赔偿甲方由此造成的损失。", "data_security_clause", True),
    ("LICENCE AGREEMENT\nArticle 1. Subject\n1.1. The Licensor grants the Licensee a licence to the Software.\nArticle 6. Warranty\n6.1. The Licensor "
     "guarantees that the Software works substantially in accordance with its documentation during six (6) months from the date of the Final "
     "Acceptance Certificate (the \"Warranty Period\").", "warranty_months", 6.0),
    # holdout75: "shall notify the Cooperative within twelve (12) hours if it becomes aware that Cooperative Data has been accessed without
    # authority, lost or disclosed"
    ("SUPPLY CONTRACT\n1. Scope\n1.1 The Integrator supplies and installs humidity sensors.\n10. Data\n10.3 The Integrator shall notify the "
     "Cooperative within twelve (12) hours if it becomes aware that Cooperative Data has been accessed without authority, lost or disclosed.",
     "data_security_clause", True),
    # holdout76: "If a Priority 1 fix or workaround is not provided within the time above, the Vendor shall credit CNY 300 for each further day"
    ("LICENCE AGREEMENT\n1. Licence\n1.1 The Vendor grants the Cooperative a licence.\n8. Support\n8.2 Priority 1: response within twelve (12) "
     "hours; fix or workaround within three (3) working days.\n8.3 If a Priority 1 fix or workaround is not provided within the time above, the "
     "Vendor shall credit CNY 300 for each further day against the next amount due to the Vendor.", "sla_remedy", True),
    # holdout77: a charges table's row "Total over the Initial Term (36 x CNY 64,800 + CNY 88,000) | CNY 2,420,800"
    ("## 4. Charges and payment\n4.1 The charges are:\n| Item | Charge |\n|---|---|\n| Transition (one-time) | CNY 88,000 |\n| Total Monthly Service "
     "Charge | CNY 64,800 |\n| Total over the Initial Term (36 x CNY 64,800 + CNY 88,000) | CNY 2,420,800 |", "contract_value", 2_420_800),
    # holdout78: "governed by the laws of the Union of the Comoros"; maintenance "charged at the Integrator's standard maintenance rates
    # applicable at the time of each order"; "Calpe may compile aggregated and anonymised statistics from Subscriber Data … and may use,
    # publish and license such statistics"
    ("13. Law\n13.1 This Order Form and these terms are governed by the laws of the Union of the Comoros.", "governing_law", "Comoros"),
    ("AGREEMENT\n7. Warranty\n7.1 The Integrator warrants the Equipment for a period of six (6) months from Commissioning (the \"Warranty Period\").\n"
     "9. Maintenance after the Warranty Period\n9.1 After the Warranty Period the Company may order annual maintenance.\n9.2 Maintenance will be "
     "charged at the Integrator's standard maintenance rates applicable at the time of each order.", "post_warranty_fee_capped", False),
    ("API SUBSCRIPTION AGREEMENT\n(1) CALPE MARINE DATA LIMITED, a company incorporated in Gibraltar (\"Calpe\"); and (2) Zhoushan Bunker Co., Ltd. "
     "(\"Subscriber\").\n7. SUBSCRIBER DATA\n7.1 As between the parties, Subscriber Data belongs to the Subscriber.\n7.3 Calpe may compile aggregated "
     "and anonymised statistics from Subscriber Data and data of its other customers, and may use, publish and license such statistics.",
     "buyer_owns_data", False),
    # holdout79: "governed by Malagasy law" (and a demonym the table does not know is still a law outside the PRC); "the laws of the Gabonese
    # Republic"; fees in euros, "| **Total for the initial period** | | **181,000** |" under "Amount (EUR)", and "a penalty of EUR 180 per
    # calendar day of delay"; "the annual fee … is the one in the Provider's tariff in force at the date of each subscription"
    ("AGREEMENT\n1. Scope\n1.1 The Provider licenses the software.\n16. Law\n16.1 The present Contract is governed by Malagasy law.", "governing_law", "Madagascar"),
    ("AGREEMENT\n1. Scope\n1.1 The Provider licenses the software.\n16. Law\n16.1 The present Contract is governed by Ruritanian law.", "governing_law", "Ruritanian"),
    ("## 14. Governing Law\n14.1 This Agreement is governed by the laws of the Gabonese Republic.", "governing_law", "Gabon"),
    ("## 3. Fees\n3.1 The fees are expressed in euros:\n| Item | Basis | Amount (EUR) |\n|---|---|---|\n| Managed IT services | EUR 4,850 per month x 24 months | "
     "116,400 |\n| Radio support | EUR 2,700 per month x 24 months | 64,600 |\n| **Total for the initial period** | | **181,000** |\n## 5. Start\n5.3 If the "
     "Service Commencement Certificate cannot be signed within forty-five (45) days for reasons attributable to the Provider, the Provider shall pay the "
     "Customer a penalty of EUR 180 per calendar day of delay.", "ld_rate_per_day_pct", 180 / 181_000 * 100),
    ("LICENCE CONTRACT\nArticle 7 - Warranty\n7.1 The warranty period is six (6) months from acceptance.\nArticle 8 - Support after the Warranty\n8.1 At the "
     "end of the warranty period, the Client may subscribe to the Provider's annual support service.\n8.2 The annual fee for this service is the one in "
     "the Provider's tariff in force at the date of each subscription.", "post_warranty_fee_capped", False),
    # holdout80: "乙方工程师未按前款时限到场的，每延误一日，乙方向甲方支付违约金人民币伍佰元" is an SLA remedy, not the delay damages of the delivery; "The
    # Vendor shall not transfer the performance of its obligations … to third parties … without the prior written consent"; "4.1 We own the
    # Service, the CharterDesk software and all improvements to them" is the supplier's own product (the numbering after it had hidden the
    # end of "to them" from the reading)
    ("第二条 合同价款\n合同总价为人民币1,707,200元。\n五、质保\n（三）乙方工程师未按前款时限到场的，每延误一日，乙方向甲方支付违约金人民币伍佰元。\n"
     "八、违约责任\n（一）乙方逾期交货的，每逾期一日，按合同总价的千分之一向甲方支付违约金。", "ld_rate_per_day_pct", 0.1),
    ("Section 13. Subcontracting\n13.1. The Vendor shall not transfer the performance of its obligations under this Agreement to third parties, in "
     "whole or in part, without the prior written consent of the Customer.", "subcontract_without_consent", False),
    ("ORDER FORM\nA1. Parties\nProvider: Tidewater Charter Systems Ltd. (\"Tidewater\", \"we\", \"us\").\nCustomer: Sanya Coral Bay Yacht Charter Co., Ltd. "
     "(\"Customer\", \"you\").\nPART B\nB4. Intellectual Property\n4.1 We own the Service, the CharterDesk software and all improvements to them. You "
     "receive a right to use the Service during the subscription term.\n4.2 The booking page templates and other configurations that we prepare "
     "specifically for you during onboarding belong to you.", "ip_owner", "buyer"),
    # holdout81: a party "governed by Burundian law" is its incorporation, not the contract's law, which "the laws of the Republic of Burundi"
    # choose; a law named by its adjective takes the country's name as the contract spells it; "no failure to meet them shall give rise to any
    # service credit, refund, reduction of the Fees or damages" is no remedy
    ("LICENCE CONTRACT\nBETWEEN: IMBOGO AGRITECH S.U.R.L., a single-member limited liability company governed by Burundian law, having its registered "
     "office at Bujumbura, Republic of Burundi (the \"Licensor\").\nArticle 1 - Subject\n1.1 The Licensor grants a licence.\nArticle 15 - Governing Law\n"
     "15.1 The present Contract is governed by the laws of the People's Republic of China.", "governing_law", "PRC"),
    ("LICENCE CONTRACT\nThe Licensor, IMBOGO AGRITECH S.U.R.L., Bujumbura, Burundi.\nArticle 1 - Subject\n1.1 The Licensor grants a licence.\n"
     "Article 15 - Governing Law\n15.1 The present Contract is governed by Burundian law.", "governing_law", "Burundi"),
    ("SUBSCRIPTION AGREEMENT\n1. Service\n1.1 PhytoLink provides the API.\n7. SERVICE LEVELS AND SUPPORT\n7.1 PhytoLink shall make the API available "
     "99.95% of the time in each calendar month.\n7.2 Severity 1: response within one (1) hour.\n7.3 The service levels of this Section 7 are objectives. "
     "PhytoLink will use its best endeavours to meet them; however, no failure to meet them shall give rise to any service credit, refund, reduction "
     "of the Fees or damages.", "sla_remedy", False),
    # (and from the review of holdout81's report) a forum in the country whose law governs, which the country table does not know:
    # arbitration "under the Rules of the Centre Burundais d'Arbitrage et de Conciliation … seated in Bujumbura" under the laws of Burundi
    ("LICENCE CONTRACT\nArticle 1 - Subject\n1.1 The Licensor grants a licence.\nArticle 15 - Governing Law and Disputes\n15.1 The present Contract is "
     "governed by the laws of the Republic of Burundi.\n15.2 Any dispute shall be finally settled by arbitration under the Rules of the Centre Burundais "
     "d'Arbitrage et de Conciliation (CEBAC), seated in Bujumbura.", "governing_forum_outside_mainland", True),
    ("LICENCE CONTRACT\nArticle 1 - Subject\n1.1 The Licensor grants a licence.\nArticle 15 - Governing Law and Disputes\n15.1 The present Contract is "
     "governed by the laws of the Republic of Burundi.\n15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center, and "
     "the laws of Burundi apply to it.", "governing_forum_outside_mainland", False),
    # holdout82: a term given as "The Services are provided for a period of thirty-six (36) months" (so a cap of three months' fees is
    # 3/36 of the value); acceptance criteria listed as "Final Acceptance requires that: (a) …"
    ("MANAGED IT SERVICES AGREEMENT\nClause 4 – Duration\n4.1 This Agreement enters into force on the date of its signature. The Services are "
     "provided for a period of thirty-six (36) months from the Service Commencement Date.", "term_years", 3.0),
    ("MANAGED IT SERVICES AGREEMENT\nClause 4 – Duration\n4.1 The Services are provided for a period of thirty-six (36) months from the Service "
     "Commencement Date.\nClause 12 – Liability\n12.2 Except in case of wilful misconduct, the total liability of the Provider under this Agreement, "
     "for all causes combined, shall not exceed the amount of fees actually paid by the Client during the three (3) months preceding the event "
     "giving rise to the liability.", "liability_cap_pct", 100 * 3 / 36),
    ("SUPPLY CONTRACT\nArticle 6 Acceptance\n6.1 After installation the system shall run for thirty (30) days.\n6.2 Final Acceptance requires that: "
     "(a) every probe reads within plus or minus 0.3 degree Celsius of the reference thermometer; (b) the daily report is correct.\n6.3 When the "
     "conditions are met, the Buyer signs a Final Acceptance Certificate within seven (7) days.", "acceptance_clause", True),
    # holdout83: a country named with a hyphenated word ("the Co-operative Republic of Guyana" was read as "Co") or joined by "and"
    # ("Saint Christopher and Nevis", the federation's other name; "Antigua and Barbuda" but not "Delaware and the United States")
    ("LICENCE AGREEMENT\n15. GOVERNING LAW AND JURISDICTION\n15.1 This Agreement shall be governed by and construed in accordance with the laws "
     "of the Co-operative Republic of Guyana.", "governing_law", "Guyana"),
    ("SUBSCRIPTION TERMS\n12. Governing Law\n12.1 This Agreement is governed by the laws of Saint Christopher and Nevis.", "governing_law",
     "Saint Kitts and Nevis"),
    ("SERVICES AGREEMENT\n12. Governing Law\n12.1 This Agreement is governed by the laws of Antigua and Barbuda.", "governing_law", "Antigua and Barbuda"),
    ("SERVICES AGREEMENT\n12. Governing Law\n12.1 This Agreement is governed by the laws of Delaware and the United States of America.",
     "governing_law", "Delaware"),
    # holdout84: delay damages promised "through our fault" (blame, not a fault to fix, which marks a service level); fees defined as
    # "Subscription Fee: CNY …" and "Onboarding Fee (one time): CNY …" and billed by name, with no figure, before the service starts
    ("ORDER FORM\nThis Order Form is issued by Namele Cargo Systems Limited, Port Vila, Vanuatu (\"Namele\", \"we\", \"us\"), to Zhejiang Donghai Island Air Co., Ltd. (\"Customer\", \"you\").\nA4. Fees (CNY):\nSubscription Fee: CNY 176,000 per Contract Year, CNY 528,000 for the Subscription Term.\nOnboarding Fee (one time): CNY 34,000, covering configuration.\nTotal Order Value: CNY 562,000.\n"
     "A6. Go-Live. If we miss the Target Go-Live Date through our fault, we will pay you CNY 480 for each day of delay, up to a maximum of "
     "CNY 28,000.", "ld_rate_per_day_pct", 480 / 562_000 * 100),
    ("ORDER FORM\nThis Order Form is issued by Namele Cargo Systems Limited, Port Vila, Vanuatu (\"Namele\", \"we\", \"us\"), to Zhejiang Donghai Island Air Co., Ltd. (\"Customer\", \"you\").\nA4. Fees (CNY):\nSubscription Fee: CNY 176,000 per Contract Year, CNY 528,000 for the Subscription Term.\nOnboarding Fee (one time): CNY 34,000, covering configuration.\nTotal Order Value: CNY 562,000.\n"
     "A5. Invoicing and payment. We will invoice the Onboarding Fee and the Subscription Fee for the first Contract Year on signature of "
     "this Order Form. That invoice is payable within fourteen (14) days.", "prepayment_pct", (34_000 + 176_000) / 562_000 * 100),
    # (guards: a fee billed by name on signing a certificate is no advance; an advance "upon signing" still is)
    ("SERVICES AGREEMENT\n4. Fees\n4.1 The Integration Fee of CNY 62,000 covers the interface. The Total Price is CNY 1,010,000.\n4.2 The Integration "
     "Fee is invoiced upon signature of the Go-Live Certificate.", "prepayment_pct", None),
    ("LICENCE AGREEMENT\n5. Payment\n5.1 Customer shall pay 50% of the Contract Price upon signing of this Agreement and the remaining 50% upon "
     "delivery of the software.", "prepayment_pct", 50.0),
    # holdout85: a platform order form whose body speaks of "Platform Fee … per Contract Year" is a service (it had no word the
    # kind knew, and "license them to anyone" made it goods); "We do not ask for any advance payment" is none; "the laws of the Isle of
    # Man"; a term given as "The subscription period runs for thirty-six (36) months"
    ("SNAEFELL TICKETING LIMITED\nORDER FORM\nA2. What you are buying\nSnaefellLive box office and gate access control.\nA4. Fees\nPlatform Fee: CNY "
     "246,000 per Contract Year, invoiced quarterly in arrears. Set-up and Build Fee: CNY 58,000.\nA7. Ownership\nEvent configurations belong to you: you "
     "may use them, change them and license them to anyone.", "contract_kind", "service"),
    ("ORDER FORM\nA4. Fees\nPlatform Fee: CNY 246,000 per Contract Year. Total fixed fees for the Initial Term: CNY 859,000.\nA5. Payment\nWe do not ask "
     "for any advance payment: the first Platform Fee invoice is issued at the end of the first quarter after the Go-Live Date.", "prepayment_pct", None),
    ("PLATFORM TERMS\n15. Law\nThis Agreement and any dispute arising from it are governed by the laws of the Isle of Man.", "governing_law", "Isle of Man"),
    ("SUBSCRIPTION AGREEMENT\n3. Term\n3.1 This Agreement enters into force on the date of signature by both Parties. The subscription period runs for "
     "thirty-six (36) months from the date of Integration Acceptance.", "term_years", 3.0),
    # holdout86: a price table's "Licence Fees subtotal" row is the licence price (it had been added to its rows, one of which names
    # no licence); acceptance by "the following tests"; an advance paid against an "advance-payment guarantee"; "the laws of the Virgin
    # Islands", the British territory's own name
    ("LICENCE AGREEMENT\n4. Price\n4.1 The Contract Price is CNY 910,000:\n| Item | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|\n"
     "| CatchLog Server perpetual licence | 1 | 286,000 | 286,000 |\n| CatchLog Vessel licences | 64 | 3,850 | 246,400 |\n| Buyer Portal (traceability) "
     "module | 1 | 118,000 | 118,000 |\n| **Licence Fees subtotal** | | | **650,400** |\n| Custom Deliverables | 1 | 164,000 | 164,000 |\n"
     "| **Contract Price** | | | **910,000** |", "licence_or_hardware_price", 650_400.0),
    ("ORDER FORM\nA6. Go-Live Acceptance\nBefore Go-Live we run the following tests with you, and you sign Go-Live Acceptance when all of them pass: "
     "(a) a booking end to end; (b) a refund.", "acceptance_clause", True),
    ("SUPPLY CONTRACT\n3. Price\n3.1 The Contract Price is CNY 1,900,000.\n4. Payment\n4.1 Ten per cent (10%) of the Contract Price, CNY 190,000, shall be paid within fifteen (15) working days after the "
     "Buyer receives an advance-payment guarantee issued by a bank acceptable to the Buyer for the same amount.", "prepayment_pct", 10.0),
    ("MANAGED SERVICES AGREEMENT\n15. Law\n15.1 This Agreement is governed by the laws of the Virgin Islands.", "governing_law", "British Virgin Islands"),
    # (and the fee "for the whole Subscription Period" invoiced in full on signature is the amount given for that period, not all)
    ("API SUBSCRIPTION AGREEMENT\n5. Fees and payment\n5.1 The fees are:\n- Subscription fee: CNY 268,000 per year of the Subscription Period, i.e. CNY "
     "536,000 for the whole Subscription Period;\n- Onboarding fee: CNY 34,000, one-time.\nTotal contract value: CNY 570,000.\n5.2 The subscription fee for "
     "the whole Subscription Period is invoiced in full on the date of signature of this Agreement.", "prepayment_pct", 536_000 / 570_000 * 100),
    # holdout87: "the Republic of the Congo" keeps the words that tell it from the Democratic Republic; data "are owned by the Customer";
    # "deemed accepted by the Buyer on the date on which the Installation Sheet is signed"
    ("LICENCE AGREEMENT\n15. Governing Law\n15.1 This Agreement is governed by the laws of the Republic of the Congo.", "governing_law", "Republic of the Congo"),
    ("LICENCE AGREEMENT\n15. Governing Law\n15.1 This Agreement is governed by the laws of the Democratic Republic of the Congo.", "governing_law",
     "Democratic Republic of the Congo"),
    ("PLATFORM TERMS\nB4. Customer Data\n4.1 All passenger data, booking records, fares, agent data and other data entered into or generated by the "
     "Platform for the Customer (\"Customer Data\") are owned by the Customer.", "buyer_owns_data", True),
    ("SUPPLY CONTRACT\n5. Installation and Acceptance\n5.2 The system shall be deemed accepted by the Buyer on the date on which the Installation Sheet "
     "is signed (the \"Installation Date\").", "acceptance_deemed_on_delivery", True),
    # holdout88: "shall not be liable for any delay …, and no damages, penalty or other compensation shall be payable for such delay" states
    # no delay damages; a cap of "two (2) times the total fees paid and payable under that Order Form for the Initial Term"; a name
    # with accented letters ("the Democratic Republic of São Tomé and Príncipe" was read as "Democratic Republic")
    ("LICENCE AGREEMENT\nArticle 5 Delivery\n5.2 Licensor shall use reasonable endeavours to achieve Go-Live by 30 September 2026. Licensor will keep "
     "Customer informed of progress each week but shall not be liable for any delay in achieving Go-Live, and no damages, penalty or other compensation "
     "shall be payable for such delay.", "ld_stated", False),
    ("PLATFORM TERMS\n11. Liability\n11.2 Each party's total liability arising out of or in connection with an Order Form is limited to two (2) times "
     "the total fees paid and payable under that Order Form for the Initial Term.", "liability_cap_pct", 200.0),
    ("SERVICES CONTRACT\nTENTH. - LAW\n1. This Contract is governed by the laws of the Democratic Republic of São Tomé and Príncipe.", "governing_law",
     "São Tomé and Príncipe"),
    # holdout89: a cap of "本协议合计金额（1,288,000元）的两倍" is twice the amount; "The go-live tests are: (a) …" are acceptance criteria;
    # "The Customer may not terminate … for any reason, including any breach by the Vendor, and … limited to those set out in Clauses
    # 4.2, 6.3 and 12." is no right (the clause numbers' points had kept the negation from reaching the sentence's end)
    ("资产管理系统订阅协议\n## 责任限制\n- 乙方在本协议项下的累计赔偿责任以本协议合计金额（1,288,000元）的两倍为限。", "liability_cap_pct", 200.0),
    ("ORDER FORM\n4. Go-Live\n4.3 The go-live tests are: (a) a test booking on each vessel; (b) a manifest export in the format your harbour office "
     "accepts. Using the Service with real passengers before you sign the Go-Live Confirmation does not count as acceptance.", "acceptance_clause", True),
    ("API SUBSCRIPTION AGREEMENT\nCLAUSE 13 - TERM AND TERMINATION\n13.2 The subscription is non-cancellable. The Customer may not terminate this "
     "Agreement before the end of the Subscription Term for any reason, including any breach by the Vendor, and the Customer's remedies for such "
     "breach are limited to those set out in Clauses 4.2, 6.3 and 12.", "termination_for_breach", False),
    # (and "The API, the regulatory content and all improvements remain the exclusive property of the Vendor" is the vendor's own product,
    # beside custom work that is the Customer's)
    ("API SUBSCRIPTION AGREEMENT\nCLAUSE 9 - INTELLECTUAL PROPERTY\n9.1 The API, the regulatory content and all improvements remain the exclusive "
     "property of the Vendor.\n9.2 The Customer Rule Set and the sample code delivered under Clause 4 are the property of the Customer, which may use, "
     "modify and disclose them freely.", "ip_owner", "buyer"),
    # holdout90: "belong to and shall remain vested in the Licensor"; "governed by the laws in force in Norfolk Island"; a level defined
    # in a sentence of its own and its response time in the next ("（1）一级故障：…或API中断。乙方应在15分钟内响应"), not the
    # service credit's "一级故障响应每超时30分钟"; and, in a Markdown draft whose only numbered list is the payment's, the clause
    # that says "不因故障响应或处理的延误承担任何扣款" (the list had been read as the clauses, the rest one clause with the buyer's
    # late-payment 违约金 in it)
    ("SOFTWARE LICENCE AGREEMENT\nARTICLE 9 - INTELLECTUAL PROPERTY\n9.1 All intellectual property rights in the Software and the Custom Developments "
     "(including the bale-label templates and their source code) belong to and shall remain vested in the Licensor.", "ip_owner", "supplier"),
    ("API SUBSCRIPTION AGREEMENT\n## Governing law\nThis agreement is governed by the laws in force in Norfolk Island. Each of us submits to the "
     "exclusive jurisdiction of the Supreme Court of Norfolk Island.", "governing_law", "Norfolk Island"),
    ("数据平台服务协议\n5. 服务水平\n5.2 故障分级及响应：\n（1）一级故障：交易时段平台不可用，或API中断。乙方应在15分钟内响应，1小时内提供临时解决方案；\n"
     "（2）二级故障：部分功能不可用。乙方应在1小时内响应，当日内解决；\n5.3 一级故障响应每超时30分钟，乙方减免人民币2,000元。", "p1_response_hours", 0.25),
    ("# 软件许可合同\n## 合同标的\n乙方提供能源管理软件的永久使用许可。\n## 付款方式\n1. 合同签订后，甲方支付合同总价的50%。\n2. 部署完成后支付45%。\n"
     "3. 剩余5%于上线满六个月后支付。\n甲方逾期付款的，每逾期一日，甲方按逾期金额的千分之一支付违约金。\n## 实施\n乙方九十日内完成部署。\n"
     "## 技术支持与服务水平\n紧急故障：乙方在接到报修后二十四小时内响应。\n乙方将尽力在合理时间内排除故障，但不因故障响应或处理的延误承担任何扣款、赔偿或违约金。\n"
     "## 争议解决\n争议提交甲方所在地人民法院诉讼解决。", "sla_remedy", False),
    # holdout91: a penalty of "one-thousandth (1/1000) of the total Contract Price per calendar day of delay"; "All video, images and
    # analysis results recorded by the system belong to Client"; "the laws of the Territory of American Samoa" (was "Territory")
    ("LICENCE CONTRACT\nArticle 3 Price\n3.1 The total Contract Price is CNY 876,000.\nArticle 12 Penalties\n12.1 If the Software is not installed "
     "within the period of Article 6.1 for a reason attributable to the Licensor, the Licensor owes, without formal notice, a penalty of one-thousandth "
     "(1/1000) of the total Contract Price per calendar day of delay.", "ld_rate_per_day_pct", 0.1),
    ("SUPPLY AND MAINTENANCE AGREEMENT\n11. Data and data security\n11.1 All video, images and analysis results recorded by the system belong to "
     "Client. Supplier may use them only to perform this Agreement.\n12. Confidentiality\n12.1 Each Party keeps confidential the information it "
     "receives from the other Party.", "buyer_owns_data", True),
    ("API SUBSCRIPTION AGREEMENT\n13. GOVERNING LAW AND VENUE\n13.1 This Agreement is governed by the laws of the Territory of American Samoa and, "
     "where applicable, the federal laws of the United States.", "governing_law", "American Samoa"),
    # holdout92: "All intellectual property in the Customisations passes to the Cooperative on payment of …" (the supplier keeping the
    # Software's is its own product)
    ("LICENCE AGREEMENT\n11. INTELLECTUAL PROPERTY\n11.1 Motu Ledger keeps all intellectual property in the Software.\n11.2 All intellectual property "
     "in the Customisations passes to the Customer on payment of the instalment in clause 5.1(c). The Customer may use, modify and license the "
     "Customisations as it wishes.", "ip_owner", "buyer"),
    # holdout93: "All rights in deliverables made specifically for the Customer (interfaces, migration and import scripts, …) pass to
    # the Customer" under a heading "Rights" (the bracketed list had carried the owner past the reach of the reading); "The Customer
    # keeps all rights in the Customer Data"; "乙方有权对甲方通话录音及通话文本进行去标识化处理后，用于其…模型的训练" reuses the
    # buyer's data (call recordings are data); the laws of "the Territory of the United States Virgin Islands" (a name of the table,
    # as "U.S. Virgin Islands", not the British Virgin Islands)
    ("SOFTWARE LICENCE AGREEMENT\nArticle 9 Rights\n9.1 The Supplier retains the intellectual property rights in FrostTrack.\n9.2 All rights in "
     "deliverables made specifically for the Customer (interfaces, migration and import scripts, configurations, label templates and reports) pass "
     "to the Customer when they are created.\nArticle 10 Law\n10.1 This Agreement is governed by the laws of Norway.", "ip_owner", "buyer"),
    ("ORDER FORM\nB.6 Customer Data and Security\n6.1 The Customer keeps all rights in the Customer Data. The Vendor processes Customer Data only "
     "to provide the Service.\nB.7 Confidentiality\n7.1 Each party keeps the other's information confidential.", "buyer_owns_data", True),
    ("智能外呼服务协议\n## 第五章 数据与安全\n**第十一条** 甲方提供的客户信息、外呼名单，以及通话录音、通话文本和统计数据（统称“甲方数据”）归甲方所有。\n"
     "**第十三条** 乙方有权对甲方通话录音及通话文本进行去标识化处理后，用于其语音识别模型和对话模型的训练以及平台产品优化，该等使用不视为违反本协议。",
     "buyer_owns_data", False),
    ("API SUBSCRIPTION AGREEMENT\nSECTION 14. GOVERNING LAW\nThis Agreement is governed by the laws of the Territory of the United States Virgin "
     "Islands, without regard to its conflict-of-laws rules.", "governing_law", "US Virgin Islands"),
    # holdout94: a PDF's price table run into one line ("… Total Order Value 624,000 A3.1 Prices …") and a heading run into its
    # first item ("A2. Subscription Term and Renewal A2.1 The Subscription Term is twenty-four (24) months"); a column-aligned
    # "Total   CNY 720,000" row; "through Provider's fault" is blame, not a fault to fix; "shall make no other use of it, including
    # in aggregated or anonymised form" forbids the reuse; "漏洞整改进度" is no 改进 and "可用率" no permission; "at the Licensor's
    # standard support rates in force" is an open fee
    ("HarbourDesk Order Form\nPART A - COMMERCIAL TERMS\nA2. Subscription Term and Renewal A2.1 The Subscription Term is twenty-four (24) months from "
     "the Go-Live Date.\nA3. Fees\nItem Unit price (CNY) Quantity Amount (CNY) Platform subscription 19,800 per month 24 months 475,200 Onboarding "
     "(one-time) 38,400 1 38,400 Total Order Value 624,000 A3.1 Prices are in Chinese Yuan.", "contract_value", 624_000.0),
    ("HarbourDesk Order Form\nPART A - COMMERCIAL TERMS\nA2. Subscription Term and Renewal A2.1 The Subscription Term is twenty-four (24) months from "
     "the Go-Live Date.\nA3. Fees\nTotal Order Value CNY 624,000.\nPART B - TERMS\nB9. Liability\nB9.2 Provider's total aggregate liability shall "
     "not exceed the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("API SUBSCRIPTION AGREEMENT\n3. Fees\n3.1 The fees are:\n   Professional plan subscription      CNY 28,500 per month x 24 months    CNY 684,000\n"
     "   Integration support (one-off)                                            CNY  36,000\n"
     "   Total                                                                    CNY 720,000\n4. Payment\n4.1 We invoice monthly in arrears.",
     "contract_value", 720_000.0),
    ("MANAGED SERVICES AGREEMENT\n3. Charges\n3.1 The total contract price is CNY 2,864,400.\n5. Transition\n5.4 If Transition Acceptance is delayed "
     "beyond the period in clause 5.1 through Provider's fault, Provider must pay Customer CNY 2,000 for each day of delay as liquidated damages, "
     "up to CNY 120,000.", "ld_rate_per_day_pct", 2000 / 2_864_400 * 100),
    ("SOFTWARE LICENCE AGREEMENT\n11. DATA\n11.1 All data entered into or produced by the Software belongs to the Licensee. The Licensor may use the "
     "Licensee's Data only to perform the Agreement and shall make no other use of it, including in aggregated or anonymised form.\n12. LAW\n"
     "12.1 French law applies.", "buyer_owns_data", True),
    ("食品安全追溯平台运维服务合同\n6. 服务水平与考核\n6.1 平台月度可用率不低于99.5%。\n6.7 季度运维报告应包括：可用率统计、故障清单及处理过程、漏洞整改进度、"
     "数据治理工作量及下季度工作计划。\n8. 数据安全\n8.1 平台中的追溯数据、快检数据均属于甲方，乙方仅可为履行本合同处理，不得复制、留存或向任何第三方提供。",
     "buyer_owns_data", True),
    ("SOFTWARE LICENCE AGREEMENT\n8. SUPPORT AND MAINTENANCE AFTER THE WARRANTY PERIOD\n8.1 After the Warranty Period the Licensee may subscribe to "
     "annual Support and Maintenance.\n8.2 Support and Maintenance is invoiced at the Licensor's standard support rates in force on the date of each "
     "annual order.\n9. LAW\n9.1 French law applies.", "post_warranty_fee_capped", False),
    # holdout95: "the laws of the Island of Guernsey" (was "Island of Guernsey"); "Customer Data is yours" where the vendor writes to
    # "you"; site tests "showing that: (a) …" are acceptance criteria; a cap of "one and a half times (1.5x) the Total Charges"
    ("LICENCE AGREEMENT\nArticle 16 Law\n16.1 This Agreement is governed by the laws of the Island of Guernsey.", "governing_law", "Guernsey"),
    ("ORDER FORM\nBraye Bay Software Ltd (\"we\", \"us\", \"our\") and Sanya Birding Tours Co., Ltd. (\"you\", \"your\").\nB4. Your data\n"
     "B4.1 Customer Data is yours. We use it only to provide the Service to you.\nB5. Confidentiality\nB5.1 Each of us keeps the other's "
     "information confidential.", "buyer_owns_data", True),
    ("SUPPLY AND MAINTENANCE CONTRACT\n6. Testing and Acceptance\n6.1 After installation the Contractor shall carry out site tests in the presence "
     "of the Buyer, showing that: (a) all 64 cameras deliver video to the shore control room; (b) the fish counting results are within 5% of the "
     "Buyer's manual counts.\n6.3 After a successful trial period the parties shall sign the final acceptance certificate.\n7. Warranty\n7.1 The "
     "warranty period is twenty-four (24) months from Final Acceptance.", "acceptance_clause", True),
    ("MANAGED SERVICES AGREEMENT\n5. Charges\n5.1 The Total Charges for the Term are CNY 1,296,000.\n11. Liability\n11.1 Each party's total liability "
     "under or in connection with this Agreement is limited to one and a half times (1.5x) the Total Charges stated in clause 5.1.",
     "liability_cap_pct", 150.0),
    # holdout96: "Go-Live Acceptance requires that, in the production environment:" over lettered tests; "if it misses the on-site time,
    # CNY 1,000 per day of delay" is an SLA remedy, not delay damages
    ("ORDER FORM\nA6. Onboarding and Go-Live Acceptance\nProvider will complete onboarding within forty-five (45) days of the Order Date. Go-Live "
     "Acceptance requires that, in the production environment:\n  (a) every dive site and boat is set up with its capacity;\n  (b) test payments "
     "reconcile exactly with the payment providers' statements.\nCustomer signs the Go-Live Acceptance Certificate after these tests pass.\n"
     "A7. Late Go-Live\nProvider will pay CNY 800 for each day of delay.", "acceptance_clause", True),
    ("SUPPLY CONTRACT\nArticle 3 - Contract Price\n3.1 The Contract Price amounts to CNY 1,752,000.\nArticle 8 - Maintenance\n8.3 If the Integrator "
     "misses the response time for a Critical Fault, it shall pay the Client CNY 300 per hour of delay; if it misses the on-site time, CNY 1,000 per "
     "day of delay.\nArticle 9 - Delay Penalties\n9.1 If the Integrator fails to deliver the Equipment by the dates of Article 2, it shall pay a "
     "penalty of zero point zero eight per cent (0.08%) of the Contract Price for each day of delay.", "ld_rate_per_day_pct", 0.08),
    # holdout97: a contract priced in pounds ("Contract Price: GBP 66,000"; "ninety-five pounds (GBP 95) for each day of delay") or won
    # ("KRW 100,000" for each hour over a Severity 1 time is the SLA's remedy); "the laws of the Republic of Korea" (the table had "Korea")
    ("SOFTWARE LICENCE AGREEMENT\n4. Price\n4.1 The Contract Price is GBP 66,000.\n5. Delay\n5.1 If Installation is not completed by the date in "
     "clause 3.2, the Supplier shall pay the Co-operative liquidated damages of ninety-five pounds (GBP 95) for each day of delay.",
     "ld_rate_per_day_pct", 95 / 66_000 * 100),
    ("SUPPLY AND MAINTENANCE AGREEMENT\nArticle 9 Service Levels\n(1) Party B shall respond to a Severity 1 fault within two (2) hours.\n(2) For each "
     "hour by which Party B exceeds a response, on-site or restoration time for a Severity 1 fault, Party B shall pay Party A KRW 100,000.\n"
     "Article 10 Law\nThis Agreement shall be governed by the laws of the Republic of Korea.", "sla_remedy", True),
    ("SUPPLY AGREEMENT\nArticle 17 Law\nThis Agreement shall be governed by the laws of the Republic of Korea.", "governing_law", "Republic of Korea"),
    # (and kina written "K350" where the contract defines 'A reference to "K" or "Kina" is to the lawful currency of Papua New Guinea';
    # the schedule's "Total for the Initial Term 460,000", not the monthly fee before it)
    ("MANAGED IT SERVICES AGREEMENT\n1. Interpretation\n1.2 A reference to \"K\" or \"Kina\" is to the lawful currency of Papua New Guinea.\n"
     "4. Transition\n4.3 If the Transition is not accepted within eight (8) weeks because of the Provider's fault, the Provider will pay the Customer "
     "liquidated damages of K350 for each day of delay.\nSCHEDULE 2 - FEES\nItem Fee (Kina) Monthly Service Fee: K18,600 x 24 months 446,400 "
     "Transition Fee (one-off) 13,600 Total for the Initial Term 460,000 Additional work (per hour) 180", "ld_rate_per_day_pct", 350 / 460_000 * 100),
    # holdout98/99: a plain-English agreement written to "you" (documents "we create for you … belong to you", "Your data stays yours",
    # "We will keep your data secure", a transition "complete when you sign off our … checklist", "governed by New Zealand law")
    *[(PLAIN_ENGLISH, term, expected) for term, expected in (("ip_owner", "buyer"), ("buyer_owns_data", True), ("data_security_clause", True),
                                                            ("acceptance_clause", True), ("governing_law", "New Zealand"))],
    ("MANAGED IT SERVICES AGREEMENT\n5. Transition and acceptance\n5.1 The Supplier will complete the transition within 45 days after signing.\n"
     "5.2 Transition is accepted when (a) the asset register has been reconciled against every device at every site; (b) a full test restore has "
     "been completed. The Customer signs an acceptance certificate within five working days.", "acceptance_clause", True),
    ("DATA SERVICES TERMS\n5. Security\n5.1 KIA will take such steps as it considers reasonable to protect Client Data. However, no method of "
     "storage is completely secure and KIA does not warrant or undertake that Client Data will be secure from unauthorised access.",
     "data_security_clause", False),
    ("SUBSCRIPTION AGREEMENT\nSection 4. Fees\n4.1 The Annual Subscription Fee is CNY 138,000 per Subscription Year.\nSection 5. Term\n5.1 The "
     "Term is two (2) Subscription Years from the date of Production Access.\nSection 12. Liability\n12.1 The aggregate liability of the "
     "Supplier shall not exceed the fees paid by the Customer in the nine (9) months immediately preceding the event giving rise to the claim.",
     "liability_cap_pct", 37.5),
    ("CONTRACT\nArticle 5 - Fees\n5.1 The fees are as follows:\n| Item | Amount (CNY) |\n|---|---|\n| Subscription, 36 months | 520,000 |\n"
     "| Onboarding | 30,000 |\n| **Total for the initial period** | **550,000** |\nArticle 13 - Liability\nThe Publisher's total liability under "
     "this Contract, all causes combined, is limited to twice (2x) the total amount of the fees for the initial period set out in Article 5.1.",
     "liability_cap_pct", 200.0),
    ("SOFTWARE LICENCE AGREEMENT\n6. WARRANTY\n6.1 The Warranty Period is twelve (12) months from acceptance.\n7. SUPPORT AFTER THE "
     "WARRANTY PERIOD\n7.1 After the Warranty Period the Customer may order the Support "
     "Services for successive periods of one year by purchase order. Support Services will be charged at Skerry's standard annual support "
     "charges as published in its price list in force on the date of the order.\n7.2 Support Services do not renew automatically.",
     "auto_renewal_price_increase", False),
    ("软件许可及开发合同\n第四条 付款方式\n4.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即人民币525,000元。\n4.3 剩余合同总价的5%，即人民币52,500元，"
     "于免费维护期满后十个工作日内支付。\n第七条 售后服务\n7.1 乙方提供自交付之日起六个月的免费维护。\n7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方"
     "签订年度维护合同，年度维护费按乙方当年公布的服务价格标准执行。", "post_warranty_fee_pct", None),
    # (and a sentence ends after an acronym: "We own the PermitHub platform and API. The … adapter that we build for you belong to you.")
    ("API SUBSCRIPTION\nBetween Hilltop Software Ltd (\"we\", \"us\", \"our\") and Yulin Tourism Board (\"you\", \"your\").\n10. Custom work and "
     "intellectual property\nWe own the PermitHub platform and API. The permit-rule configuration and the gate-scanner adapter that we build for "
     "you belong to you.", "ip_owner", "buyer"),
    # holdout100/101: support "From the end of the Warranty Period … at a fee of 13% of the Software licence fee"; a model trained
    # for the buyer "归甲方所有，甲方可自行…继续训练" (the buyer's own right is no reuse of its data); "B7.2 The Customer owns …"; the
    # value on a "Total Charges" line under a caption in CNY (not "being CNY 940,000 in total", which "i.e. CNY 273,600 in total" for one
    # fee of several also says), "Total for the Subscription Term"; a cap
    # referred to "（以第11.2款约定的限额为限）" before 11.2 sets it
    ("SOFTWARE LICENCE AGREEMENT\nArt. 4 – Price\n4.1 The Contract Price is CNY 532,000, of which the Software licence fee is CNY 412,000.\n"
     "Art. 8 – Warranty\n8.1 The Warranty Period is six (6) months from Acceptance.\nArt. 9 – Support and maintenance\n9.1 From the end of the "
     "Warranty Period the Customer may subscribe to annual support and updates at a fee of 13% of the Software licence fee, i.e. CNY 53,560 "
     "per year.", "post_warranty_fee_pct", 13.0),
    *[("设备供货及维护合同\n八、数据安全\n（一）检测过程中产生的产品图像、缺陷样本、标注数据、检测记录和生产数据均属于甲方，乙方仅可为履行本合同使用，不得用于"
       "其他客户的模型训练或任何其他目的。\n十、知识产权\n（一）缺陷检测软件的著作权归乙方所有，乙方授予甲方在本合同约定的生产线上永久使用的许可。\n（二）乙方利用"
       "甲方样本为甲方定制训练的检测模型、模型参数、缺陷分级规则及标注数据集归甲方所有，甲方可自行或委托第三方使用、修改和继续训练。", term, expected)
      for term, expected in (("ip_owner", "buyer"), ("buyer_owns_data", True))],
    ("BOOKING SERVICE ORDER\nPart B - Terms\nB6. Confidentiality\nB6.1 Each party keeps the other's information confidential.\n"
     "B7. Intellectual Property\nB7.1 The Vendor owns the Service and all its software.\nB7.2 The "
     "Customer owns its content and the Customer-specific configurations and booking page designs created for it under this Order.",
     "ip_owner", "buyer"),
    ("SOFTWARE LICENCE AGREEMENT\n4. PAYMENT\n4.1 The Customer shall pay the Charges in three instalments.\nSCHEDULE 1 - CHARGES\n\n"
     "Part A - One-off charges (CNY)\nItem                                                         Amount\n"
     "Licence Fee: TideTrace v5, perpetual, 60 users, 4 lines    640,000\nImplementation and configuration                             210,000\n"
     "Training (two on-site courses)                                90,000\nTotal Charges                                                940,000\n",
     "contract_value", 940_000),
    ("# CertBridge API — Order\n## Your order\n| Item | Details | Amount (CNY) |\n|---|---|---|\n| Platform Fee | 24 months × CNY 8,000 per month "
     "| 192,000 |\n| Onboarding Fee | API keys, sandbox | 24,000 |\n| **Total for the Subscription Term** | | **216,000** |\n", "contract_value", 216_000),
    ("软件许可及开发合同\n第9条 数据\n因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任（以第11.2款约定的限额为限）。\n第11条 违约责任及责任限制\n"
     "11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。", "liability_cap_pct", 20.0),
    # holdout102/103: a PDF's priority table whose P1 row the splitter cut at its semicolons; a transition "complete when: (1) …" under
    # "Article 7 (Transition and Confirmation of Completion)"; "The Customer obtains the ownership rights to the customer-specific
    # integration code"; "governed by Greek law"; "数据备份、服务器安全防护及账号管理由甲方自行负责" is the buyer's own duty
    ("IT MANAGED SERVICES AGREEMENT\nArticle 9 (Service Levels)\n1. Incidents are classified into the following priorities, and Party B "
     "shall respond and restore within the times below:\nPriority Examples Response On-site arrival Restoration target Priority 1 Server or "
     "network down at the packing house or cold store;\noptical sorting line cannot print labels; suspected virus infection 30 minutes 3 hours "
     "8 hours Priority 2 A function unusable for a department; e-mail delays 2 hours next working day 2 working days", "p1_response_hours", 0.5),
    ("IT MANAGED SERVICES AGREEMENT\nArticle 6 (Payment)\n1. Party A shall pay the monthly fee within 30 days of invoice.\nArticle 7 "
     "(Transition and Confirmation of Completion)\n1. Party B shall complete the transition by 30 September 2025.\n2. The transition is "
     "complete when: (1) all devices in Appendix 1 have been inventoried; (2) a backup and restoration test of each server has succeeded.\n"
     "3. When all items in the preceding paragraph are satisfied, Party A shall issue a written confirmation of completion.",
     "acceptance_clause", True),
    ("SOFTWARE LICENCE AGREEMENT\n11. INTELLECTUAL PROPERTY RIGHTS\n11.1 The Supplier retains all rights to FjordTrace, including new "
     "versions.\n11.2 The Customer obtains the ownership rights to the customer-specific integration code, label layouts and reports made "
     "under this Agreement, and may use and modify them freely.", "ip_owner", "buyer"),
    ("MANAGED IT SERVICES AGREEMENT\n## Article 13 – Governing Law and Jurisdiction\n13.1 This Agreement is governed by Greek law.",
     "governing_law", "Greece"),
    ("MES软件许可及实施合同\n第八条 保密\n双方对知悉的对方商业秘密负有保密义务。\n第九条 数据使用\n1、系统运行中产生的生产数据供甲方使用。\n3、系统部署于"
     "甲方自有服务器，数据备份、服务器安全防护及账号管理由甲方自行负责。乙方远程维护时使用甲方提供的账号。", "data_security_clause", False),
    # (and a dot-leader price list whose item names a line break cut or run past sixty characters)
    *[("SOFTWARE LICENCE AGREEMENT\n3. PRICES\n3.2 The prices are:\n\n  Licence fee, FjordTrace Process, Label and Recall modules,\n"
       "  25 concurrent users ....................................... CNY   780,000\n  Configuration and integration (Kingdee ERP, label "
       "printers,\n  weighing stations) ........................................ CNY   286,000\n  Installation, validation support and "
       "on-site training ..... CNY   124,000\n                                                              -------------\n  Total contract "
       "price ...................................... CNY 1,190,000\n", term, expected)
      for term, expected in (("licence_or_hardware_price", 780_000), ("implementation_fee", 410_000))],
    # holdout104-105: a comma after "warrants"; a clause that opens "After the warranty period" gives what follows it
    ("SOFTWARE LICENCE AGREEMENT\nClause 7 - Warranty\n7.1 The Licensor warrants, for a period of eighteen (18) months from the date "
     "of Final Acceptance, that the Software will perform substantially in accordance with its documentation.\nClause 8 - Support "
     "services\n8.3 After the warranty period, the support services shall continue for successive periods of one (1) year.",
     "warranty_months", 18),
    ("SOFTWARE LICENCE AGREEMENT\nClause 8 - Support services\n8.3 After the warranty period, the support services shall continue for "
     "successive periods of one (1) year.", "warranty_months", None),
    # plain English with contractions ("won't")
    ("BOOKING SERVICE ORDER FORM\nBetween\nRakiura Bookings Limited, Oban, New Zealand (\"we\", \"us\", \"our\")\nand\nXiamen Blue "
     "Reef Dive Lodge Co., Ltd. (\"you\", \"your\")\n7. Subcontracting\nWe won't subcontract any part of the service to anyone "
     "other than the hosting provider named in Part A without your prior written consent.", "subcontract_without_consent", False),
    ("API SUBSCRIPTION AGREEMENT\n3. Term\n3.1 This Agreement starts on signature. The subscription runs for twenty-four (24) "
     "months from the Service Start Date.", "term_years", 2),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 12 Intellectual property\n12.1 The intellectual property rights in the Software remain with "
     "the Supplier or its licensors.\n12.2 The intellectual property rights in the Custom Work are transferred to the Client upon "
     "creation.", "ip_owner", "buyer"),
    # a German-style limitation: foreseeable damage first, the figure after it
    *[("ORDER FORM\nA.3 Subscription Term\n36 months from the Go-Live Date.\nB.9 Liability\nB.9.2 In cases of slight negligence, "
       "the Provider is liable only for the breach of material contractual obligations, and is limited to the damage typically "
       "foreseeable at the time of signing." + tail, term, expected)
      for tail, term, expected in (("\nB.9.3 In all other cases the total liability of the Provider is limited to the Subscription Fees "
                                    "paid by the Customer in the twelve (12) months preceding the event giving rise to the claim.",
                                    "liability_cap_pct", 100 / 3),
                                   ("", "liability_cap_pct", None), ("", "liability_cap_stated", True))],
    ("ORDER FORM\nB.10 Term and termination\nB.10.1 Ordinary termination during the Subscription Term is excluded.\nB.10.2 The right "
     "of either party to terminate for good cause remains unaffected.", "termination_for_breach", True),
    ("API SUBSCRIPTION AGREEMENT\n4. Integration and acceptance\n4.2 Integration Acceptance is achieved when, in a test run witnessed "
     "by the Customer: (a) 50 test consignments produce complete and correct certificate data sets; (b) every data set passes the "
     "schema validation of the authority's test environment.", "acceptance_clause", True),
    # a cap of the fees of a number of years before the claim: the years over the term
    ("SUBSCRIPTION AGREEMENT\n3. Term\n3.1 The subscription term is thirty-six (36) months.\n9. Liability\n9.1 The Supplier's total "
     "liability is limited to the fees paid by the Customer in the two (2) years preceding the claim.", "liability_cap_pct", 200 / 3),
    ("服务合同\n第三条 服务期限\n服务期限为三年。\n第九条 责任限额\n乙方的赔偿责任总额不超过索赔前两年甲方已支付的服务费。", "liability_cap_pct", 200 / 3),
    # holdout106-107: "we" and "you" defined by "mean(s)", with "our" and "your" coming with them
    *[("ORDER FORM\nIn this Order Form \"we\", \"us\" and \"Tidewake\" mean Tidewake Bookings Limited, and \"you\" means the Customer "
       "named in A1.\n4. Service levels\n4.1 We will meet the availability and support levels in A7.\n4.3 We do not offer service "
       "credits. No fee reduction, refund or other compensation is payable if we do not meet a service level in A7. Repeated failure to meet the "
       "Priority 1 response time is a material breach under clause 11.2.\n6. Customer Data\n"
       "6.1 You own your Customer Data. We use Customer Data only to provide the Platform and support to you.\n8. Intellectual "
       "property\n8.1 We own the Platform, including all improvements to it.\n8.2 Customer Configurations belong to you.", term, expected)
      for term, expected in (("buyer_owns_data", True), ("ip_owner", "buyer"), ("sla_remedy", False))],
    ("检测设备供货合同\n七、数据与信息安全\n（一）设备运行中产生的探伤图谱、尺寸数据、检测报告，以及甲方提供的锻件图纸和工艺参数，均归甲方所有。"
     "乙方仅可为安装调试、维修及维保目的使用。", "buyer_owns_data", True),
    ("SOFTWARE LICENCE AGREEMENT\n7. Time Schedule\n7.2 The Licensor shall not be liable to pay any penalty, liquidated damages or "
     "compensation for delay in Go-Live or in Final Acceptance.", "ld_stated", False),
    # what the vendor develops for its platform in general is no custom work
    ("BOOKING SERVICE TERMS\n5. Fees\n5.1 The fees are set out in Part A.\n6. Intellectual property\n6.1 The Supplier owns TideBook "
     "and everything it develops for the platform generally.\n6.2 The reports the Supplier builds only for the Customer belong to the "
     "Customer.\n7. Term\n7.1 These terms apply for the term of the Order Form.", "ip_owner", "buyer"),
    ("MANAGED SERVICES AGREEMENT\n5. CHARGES AND PAYMENT\n5.1 The Monthly Charge is CNY 42,600. The Transition Charge is CNY 36,000, "
     "payable once. The total Charges for the Term are CNY 1,058,400.\n5.2 The Transition Charge shall be invoiced after Transition "
     "Acceptance under Clause 6.3. No sums are payable in advance.", "prepayment_pct", None),
    # a payment term that names fees a price table gives under other names
    ("API SUBSCRIPTION AGREEMENT\n## 4. Fees and Payment\n4.1 The fees are:\n\n| Item | Amount (CNY) |\n|---|---|\n| Onboarding and "
     "integration (connector to the Customer's ERP) | 42,000 |\n| Annual Subscription Fee, year 1 | 168,000 |\n| Annual Subscription "
     "Fee, year 2 | 168,000 |\n| Annual Subscription Fee, year 3 | 168,000 |\n| **Total for the Term** | **546,000** |\n\n4.2 The "
     "Onboarding Fee and the Annual Subscription Fee for year 1 are invoiced upon signature of this Agreement and are payable within "
     "fourteen (14) days.", "prepayment_pct", 210_000 / 546_000 * 100),
    # holdout108: rows summed up again in prose are counted once (the cap of "the Licence Fees" is theirs)
    ("SOFTWARE LICENCE AGREEMENT\nArticle 2 Price\n(1) The total price is CNY 1,220,000 (the Contract Price), broken down as follows:\n"
     "| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|---|\n| 1 | BotaniTrack Enterprise, perpetual site "
     "licence | 1 | 640,000 | 640,000 |\n| 2 | Still-house connector licence | 4 | 45,000 | 180,000 |\n| 3 | Configuration and data "
     "migration | 1 | 400,000 | 400,000 |\n| | Contract Price | | | 1,220,000 |\n(2) Items 1 and 2 together (CNY 820,000) are hereinafter "
     "referred to as the Licence Fees.\nArticle 11 Liability\n(2) The total liability of the Contractor under this Agreement is limited to "
     "the amount of the Licence Fees (CNY 820,000).", "liability_cap_pct", 820 / 12.2),
    # … and the vendor's terms after the order form may be where "we" and "you" are said
    *[("ORDER FORM No. FW-2026-0311\nPART A - ORDER DETAILS\nA1. Customer\nQingdao Fushan Bay Sailing Academy Co., Ltd.\n"
       + "A2. Subscribed Service\nKursKompass Professional, the online booking platform for sailing schools.\n" * 30
       + "PART B - GENERAL TERMS AND CONDITIONS\n§ 1 Scope\n(1) These terms apply to all contracts under which Friesenwind Software "
       "GmbH (\"we\", \"us\") provides the KursKompass platform to business customers (\"you\").\n§ 3 Term and Renewal\n(2) It renews "
       "automatically by twelve months at a time.\n(3) We may adjust the fees with effect from the start of any renewal period.\n§ 5 "
       "Your data and configurations\n(1) Booking forms, waiver texts and other configurations created for you during setup belong to "
       "you.", term, expected) for term, expected in (("auto_renewal_price_increase", True), ("ip_owner", "buyer"))],
    # holdout110-111
    ("ORDER FORM\nA3 Go-Live\nIf the Provider does not meet the Go-Live Date for reasons for which it is responsible, it shall pay a "
     "contractual penalty of CNY 500 for each calendar day of delay.\nB.4 Availability\n(1) The Provider aims at an availability of 99.5 %.\n"
     "(3) A failure to meet the availability target or the response times does not entitle the Customer to service credits, a "
     "reduction of fees or any other compensation.", "sla_remedy", False),
    ("MANAGED SERVICES AGREEMENT\n§ 6 Service levels\n(2) Priority 1 incidents: reaction time 1 hour.\n(3) If the Provider misses a "
     "reaction time for a Priority 1 incident, the monthly flat fee for that month is reduced by 5 % per missed incident.",
     "sla_remedy", True),
    *[("EXPORT COMPLIANCE API AGREEMENT\nBetween\nGotland Trade Data AB, Visby, Sweden (\"we\", \"us\")\nand\nSuzhou Silk Export "
       "Co., Ltd. (\"you\")\n6. Your data\n6.1 Your Data belongs to you.\n6.3 You allow us to use Your Data in aggregated and "
       "anonymised form to train and improve our classification models.\n10. Subcontracting\nWe do not subcontract the Service "
       "without your prior written consent.", term, expected)
      for term, expected in (("buyer_owns_data", False), ("subcontract_without_consent", False))],
    ("SOFTWARE LICENCE AGREEMENT\nArticle 9 Licensee Data\n9.1 The Licensee Data, and in particular the formulas, are trade secrets "
     "of the Licensee and remain its exclusive property.", "buyer_owns_data", True),
    # holdout112-113
    # the vendor only in the letterhead, the customer under its role, and the text going on with "Wattbuch may …"
    ("# Order Form No. WB-2025-0917\n**Wattbuch GmbH** · Strandstraße 14 · 26757 Borkum · Germany\n**Customer:** Hangzhou Qiandao Lake "
     "Paddle Outfitters Co., Ltd., Chun'an County, Hangzhou\n## A. Hosting\nWattbuch shall host the platform in the Hangzhou region.\n"
     "## § 3 Term and renewal\n(2) After the Initial Term the Agreement renews automatically for successive periods of one year unless "
     "either party terminates it with three months' notice.\n(3) Wattbuch may adjust the monthly fees with effect from the start of any "
     "renewal period. The increase for each renewal period shall not exceed 6 % of the fees last charged.",
     "auto_renewal_price_increase", True),
    # Dutch drafts "dissolve (ontbinden)" an agreement for non-performance
    ("SERVICES AGREEMENT\nArticle 14 Dissolution and termination\n14.1 Either Party may dissolve (ontbinden) this Agreement in whole or "
     "in part if the other Party fails to perform a material obligation and, after a proper written notice of default granting a "
     "reasonable period of at least thirty days, still fails to perform.", "termination_for_breach", True),
    # a fee fixed for the maintenance period (or its first years), then "agreed by both", is fixed
    *[("在线检测系统采购合同\n七、质保期后维保服务\n（一）质保期满后，乙方为甲方提供年度维保服务。\n" + clause + "\n八、争议解决\n适用中华人民共和国法律。",
       "post_warranty_fee_capped", True)
      for clause in ("（二）年度维保费为设备及软件小计的22%，即每年¥380,160。维保期内该费用不作调整。\n（三）维保服务期自质保期满次日起至终验合格满五年之日止，"
                     "期满后由双方另行协商。",
                     "（二）年度维保费按软硬件小计的17%计取，即每年¥280,245，质保期满后前三年按此标准执行，三年后由双方另行协商。")],
    ("SOFTWARE LICENCE AGREEMENT\nArt. 9 - Intellectual Property\n9.1 The Software, its documentation and all related intellectual "
     "property rights remain the exclusive property of the Licensor.\n9.2 The Customisations, including their source code, templates "
     "and technical documentation, are likewise the exclusive property of the Licensor, also where they are developed on the basis of "
     "the Client's specifications.", "ip_owner", "supplier"),
    # delay payments ("0.09% … for each day of delay") are no instalment of the price
    ("SUPPLY AGREEMENT\n4. Payment\n4.1 The Buyer will not make any advance payment.\n4.2 The Buyer will pay 55% of the total contract "
     "price within 30 days after the Installation Certificate is signed, and 45% within 30 days after Final Acceptance.\n11. Delay\n"
     "11.1 If the Installation Certificate is not signed by the date in clause 2.2 because of the Supplier, the Supplier must pay the "
     "Buyer 0.09% of the total contract price for each day of delay, up to a total of 9% of the total contract price.",
     "final_payment_on_acceptance", True),
    ("MANAGED IT SERVICES AGREEMENT\nSECTION 4 - FEES\n4.1 The Monthly Fee is CNY 23,600, which amounts to CNY 566,400 for the "
     "twenty-four months.\n4.2 The one-time Transition Fee is CNY 38,000.\n4.3 The total value of this Agreement is therefore CNY 604,400.\n"
     "SECTION 10 - LIABILITY\n10.1 The total liability of the Provider under this Agreement is limited to 120% of the total value stated "
     "in Section 4.3.", "liability_cap_pct", 120.0),
    # holdout114-115
    # 'The Customer is referred to as "you" or the "Customer"': "belong to you", "without your prior written consent"
    *[("TRAILDESK GENERAL TERMS\n§ 1 Applicability\n1.1 These General Terms apply to every Order Form signed with Wadlopers Software "
       "B.V. (\"we\", \"us\", the \"Vendor\"). The Customer is referred to as \"you\" or the \"Customer\".\n§ 7 Intellectual property\n7.2 "
       "The route descriptions, booking-page texts, waiver templates and reports that we configure specifically for you belong to you. "
       "You may use, change and let third parties use them, also after the Agreement ends.\n"
       "§ 10 Sub-processors and subcontractors\n10.1 We use the sub-processors listed in Annex 3 (the hosting provider and the SMS "
       "gateway). By signing the Order Form you approve them.\n10.2 We do not engage any other sub-processor or subcontractor without "
       "your prior written consent.",
       term, expected) for term, expected in (("ip_owner", "buyer"), ("subcontract_without_consent", False))],
    # an engineer arriving late is a service level, not delay damages
    ("SUPPLY AND MAINTENANCE AGREEMENT\nClause 3 Contract Price\n3.1 The Contract Price is CNY 1,116,000.\nClause 9 Service Levels\n"
     "9.3 If the Supplier misses the response time for a Severity 1 Fault, it shall pay CNY 600 for each hour of delay; if the engineer "
     "arrives late, CNY 1,500 for each day of delay.\nClause 10 Delay\n10.1 If the System is not accepted by the Completion Date "
     "because of the Supplier, the Supplier shall pay CNY 1,000 for each day of delay.", "ld_rate_per_day_pct", 1000 / 1_116_000 * 100),
    ("API SUBSCRIPTION AGREEMENT\nSECTION 4 - FEES\n4.2 The total fees for the Subscription Term are USD 96,000.\nSECTION 9 - LIABILITY\n"
     "9.2 The aggregate liability of the Vendor under or in connection with this Agreement shall not exceed one and one-half times "
     "the total fees stated in Section 4.2, save that no limit shall apply to fraud.", "liability_cap_pct", 150.0),
    # holdout116-117
    # the terminals' online rate in the acceptance criteria is not the platform's availability
    ("智慧监测平台建设合同\n第五条 验收\n5.1 初步验收：全部终端安装完毕并连续运行15日后，由甲方组织初步验收，标准包括：（1）设备型号符合投标文件；（2）终端在线率不低于98%，"
     "数据上报间隔不超过10分钟。\n第六条 质量保证与运维服务\n6.2 服务水平：平台软件月可用率不低于99.95%（政务云基础设施原因造成的中断除外）。",
     "availability_pct", 99.95),
    # an Italian "Guarantee Period"; an SLA credit "of 5% of the annual support fee" is no fee
    ("SOFTWARE LICENCE AGREEMENT\nArt. 3 - Price\n3.1 (a) licence fee CNY 468,000.\nArt. 7 - Guarantee\n7.1 The Guarantee Period is six "
     "months from the Acceptance Date.\nArt. 8 - Support and maintenance\n8.3 For each Severity 1 incident in which the response time is "
     "exceeded, the Licensor shall grant a credit of 5% of the annual support fee or, during the Guarantee Period, pay the Licensee CNY "
     "2,000.\n8.4 After the Guarantee Period the Licensee may order support for successive annual periods. The annual support fee is 11% "
     "of the licence fee under Art. 3.1(a), i.e. CNY 51,480, and is fixed for the first three annual periods.", "post_warranty_fee_pct", 11.0),
    # "Contract Term: 36 months" gives the term a "preceding six (6) months" cap is a share of
    ("# Order Form No. DW-2025-0318\n**Contract Term:** 36 months from the Start Date.\n**Total fees for the Contract Term:** CNY 460,000.\n"
     "### § 11 Liability\n(3) In all cases under paragraph 2, Dünenwerk's total liability is limited to the fees paid by the Customer in the "
     "six (6) months preceding the event giving rise to the claim.", "liability_cap_pct", 6 / 36 * 100),
    # a cap on "the fixed fees stated in article 3.3", where 3.3 gives the total
    ("EXPORT DOCUMENT API AGREEMENT\n3. FEES\n3.1 The subscription fee is CNY 21,600 per calendar quarter.\n3.2 The Onboarding fee is CNY "
     "36,000, once.\n3.3 The fixed fees under this Agreement therefore total CNY 208,800.\n9. LIABILITY\n9.1 The total liability of "
     "Waddendocs under this Agreement is limited to twice the fixed fees stated in article 3.3.", "liability_cap_pct", 200.0),
    ("LICENCE AGREEMENT\nNinth Clause — Support\n2. The Supplier shall respond to Severity 1 incidents within forty-five minutes, at any "
     "hour and on any day, and shall provide a workaround within eight hours.", "p1_response_hours", 0.75),
    ("LICENCE AGREEMENT\nSecond Clause — Price\nThe Contract Price is CNY 736,000.\nThirteenth Clause — Liability\n1. The Supplier's "
     "total liability under this Agreement shall not exceed one and a half times the Contract Price.", "liability_cap_pct", 150.0),
    # an Italian express termination clause listing the breaches after "if the Provider:"
    *[("MANAGED SERVICES AGREEMENT\nArt. 9 - Personnel and Local Partner\n9.1 On-site services in Shanghai are performed by the local "
       "partner named in Annex C. The Provider may not entrust any other part of the Services to third parties without the Customer's "
       "prior written consent.\nArt. 14 - Express Termination Clause\n14.1 Pursuant to Article 1456 of the Italian Civil Code, the "
       "Customer may terminate this Agreement by registered letter or certified e-mail if the Provider: (a) answers three or more "
       "Priority 1 incidents late in the same month; (b) breaches Art. 9, 11 or 12; or (c) commits any other serious breach and does not "
       "remedy it within fifteen days after a written notice to perform.", term, expected)
      for term, expected in (("termination_for_breach", True), ("subcontract_without_consent", False))],
    # analysis results from the data, in the data clause ("数据归属与使用"), are not the IP clause's work
    ("宠物医院诊疗SaaS服务合同\n## 6 知识产权\n6.1 平台及其后续版本的知识产权归乙方所有，甲方在订阅期内享有非独占的使用权。\n6.2 乙方为甲方专门开发的经营报表、病历模板和"
     "财务接口配置归甲方所有，甲方可以自由使用、修改。\n## 7 数据归属与使用\n7.1 甲方数据归甲方所有。\n7.2 甲方同意，乙方可以对甲方数据进行去标识化处理后，用于行业统计"
     "分析；去标识化数据及据此形成的分析成果归乙方所有。\n## 8 保密\n双方应对对方的商业秘密保密。", "ip_owner", "buyer"),
    # a one-year O&M service given by its dates, priced by the year
    ("“一网通办”平台2026年度运维服务合同\n第一条 服务范围。乙方为甲方“一网通办”平台提供2026年1月1日至2026年12月31日的运维服务。\n第三条 服务费用。年度服务费为"
     "人民币壹佰零捌万陆仟元整（¥1,086,000），包括驻场运维服务624,000元。\n第四条 支付方式。服务费按季度支付，每季度支付当季服务费271,500元。",
     "contract_value", 1_086_000.0),
    # a German letterhead's register court, run into one line with the address by a hard wrap, chooses no forum
    ("# Order Form\n**Dünenwerk Software GmbH** · Süderende 12 · 18565 Vitte (Insel Hiddensee) · Germany Local court of Stralsund, HRB "
     "22817 · Managing director: Jens Hallberg\n**Customer:** Hainan Riyuewan Surf Camp Co., Ltd., Wanning, Hainan Province\n"
     "### § 14 Final provisions\n(1) The Contract is governed by the laws of the People's Republic of China.\n(2) All disputes arising out "
     "of or in connection with the Contract shall be finally settled by the Hainan International Arbitration Court in Haikou.",
     "governing_forum_outside_mainland", None),
    # holdout118-119: French drafts "acknowledge" "Blocking Anomalies"; a credit or a penalty for missing that time is a remedy
    ("LICENCE AGREEMENT\nArticle 8 - Maintenance and support\n8.4 A Blocking Anomaly is acknowledged within two hours, seven days a "
     "week, with a workaround within one working day.\n8.5 For each Blocking Anomaly not acknowledged within two hours, the Publisher "
     "grants a credit of five per cent (5%) of the annual maintenance fee, limited to twenty-five per cent (25%) of that fee per year.",
     "sla_remedy", True),
    ("LICENCE AGREEMENT\nArticle 9 – Warranty\n9.2 During the warranty period, Blocking Anomalies are acknowledged within two Working "
     "Hours and a workaround is provided within one working day.\n9.3 For each Working Hour of delay beyond the acknowledgement time for a "
     "Blocking Anomaly, the Publisher owes a penalty of CNY 600, which the Client may deduct from any sum due to the Publisher.",
     "sla_remedy", True),
    ("MANAGED SERVICES AGREEMENT\nSection 6 – Service levels\n(a) The Provider acknowledges incidents within the following times:\n"
     "- Priority 1 Incident: within 6 Business Hours of the Client's report;\n(d) For each Priority 1 Incident not acknowledged within "
     "the time, the Client receives a credit of 5% of the monthly fee of the month concerned.", "sla_remedy", True),
    # holdout120-121: French "Specific Developments" are the custom work; a German draft's exclusive rights of use are ownership
    ("LICENCE AGREEMENT\nArticle 10 - Intellectual property\n10.1 The Software remains the exclusive property of the Supplier.\n10.2 The "
     "Specific Developments also remain the exclusive property of the Supplier, which may offer them to other clients. The Client "
     "receives a right of use.", "ip_owner", "supplier"),
    ("GENERAL TERMS\n§ 8 Rights of Use and Work Results\n(1) All rights in the Platform remain with the Supplier.\n(2) The Customer "
     "acquires exclusive, perpetual and transferable rights of use in the Work Results, including the right to modify them.",
     "ip_owner", "buyer"),
    # a penalty per day for a late workaround is the warranty's service level, not delay damages; the delay clause is
    ("LICENCE AGREEMENT\nArticle 3 - Price\nThe total price is CNY 600,000.\nArticle 8 - Warranty\n8.3 If the Supplier fails to "
     "provide a workaround for a Blocking Anomaly within twenty-four hours, it shall pay CNY 300 for each day of delay.\nArticle 13 - "
     "Penalties for delay\n13.1 If the installation is late, the Supplier shall pay a penalty of one thousandth (1/1000) of the total "
     "price for each calendar day of delay.", "ld_rate_per_day_pct", 0.1),
    # "through the fault of the Provider" says who is to blame, not that a fault is being fixed
    ("MANAGED SERVICES AGREEMENT\nSECTION 4 - CHARGES\nTotal Charges for the Initial Term: CNY 500,000.\nSECTION 10 - DELAY PAYMENTS\n"
     "10.1 If Transition Acceptance is not achieved by the Target Date through the fault of the Provider, the Provider shall pay the "
     "Customer CNY 500 for each day of delay.", "ld_rate_per_day_pct", 0.1),
    # an Italian draft "takes charge of" an incident: its response
    ("SUBSCRIPTION AGREEMENT\nArt. 7 – Service levels\n7.2 The Supplier takes charge of a Severity 1 Incident within forty-five (45) "
     "minutes of the report, at any time, and restores the Service within three (3) hours.", "p1_response_hours", 0.75),
    # a defined fee whose name is followed by a long description in brackets
    ("ORDER FORM\nFees:\n- Annual Subscription Fee: CNY 100,000 per Contract Year\n- Setup Fee (configuration of piers, time slots and "
     "raft types, import of the agency contracts, training of pier staff): CNY 20,000, one-off\n- Total Order Value for the Subscription "
     "Term: CNY 220,000\nInvoicing: the Setup Fee and the first Annual Subscription Fee are invoiced on the Order Date and are payable "
     "before the Subscription Start Date.", "prepayment_pct", 54.5455),
    # a permission limited to the contract ("仅可为履行本合同使用") is no reuse, even beside 模型训练样本
    ("视觉检测设备采购合同\n八、保密\n双方对履约中获悉的对方技术资料负有保密义务。\n九、数据与信息安全\n（一）检测图像、缺陷记录、工艺参数及"
     "模型训练样本均属甲方所有，乙方仅可为履行本合同使用。",
     "buyer_owns_data", True),
    # holdout122-123: an Italian draft's "total fixed price … is therefore", "amounting in total to" an advance, "twice (200%)
    # the total fixed price", termination "by right", "shall not give rise to penalties"
    *[("SUBSCRIPTION AGREEMENT\nArt. 4 - Fees\n4.1 annual subscription fee: CNY 168,000 per year; onboarding fee: CNY 54,000, one-time.\n"
       "4.2 The total fixed price of this Agreement is therefore CNY 390,000 (two annual fees of CNY 168,000 and the onboarding fee of "
       "CNY 54,000).\nArt. 5 - Invoicing\n5.1 The onboarding fee and the first annual subscription fee, amounting in total to CNY 222,000, "
       "are invoiced on signature of this Agreement and shall be paid before the Activation Date.\nArt. 11 - Liability\n11.1 The total "
       "liability of the Supplier under this Agreement shall not exceed twice (200%) the total fixed price under Art. 4.2.", term, expected)
      for term, expected in (("contract_value", 390_000.0), ("prepayment_pct", 56.9231), ("liability_cap_pct", 200.0))],
    ("SUBSCRIPTION AGREEMENT\nArt. 13 - Termination\n13.1 In the event of a serious breach by a Party, the other Party may send a written "
     "notice requiring it to remedy the breach within twenty days; if the breach is not remedied, the Agreement is terminated by right "
     "on expiry of that period.", "termination_for_breach", True),
    ("SUBSCRIPTION AGREEMENT\nArt. 6 - Onboarding\n6.1 The dates in the onboarding plan are estimates; a delay in the onboarding shall "
     "not give rise to penalties or damages.", "ld_stated", False),
    # 认可 is no 可: bid-listed subcontracting approved at evaluation, the rest with consent
    ("第十二条 分包与转让\n12.1 乙方不得转包本项目。除投标文件中已载明并经评审认可的分包事项外，乙方不得将任何工作分包给第三方；确需分包的，须事先取得甲方"
     "书面同意。", "subcontract_without_consent", False),
    ("GENERAL TERMS\n§ 10 Subcontractors\n(1) The Provider is entitled to use subcontractors, including hosting and payment-interface "
     "partners, to perform its services. It informs the Customer of the subcontractors used by e-mail.", "subcontract_without_consent", True),
    ("Section 13 Subcontracting\nNo part of the work may be subcontracted unless the Buyer has first agreed in writing.",
     "subcontract_without_consent", False),
    ("MES软件许可合同\n第五条 免费维护\n5.1 自安装确认单签署之日起九个月内为免费维护期，乙方提供远程技术支持和软件缺陷修复。", "warranty_months", 9.0),
    ("ORDER FORM\n§ 5 Service levels\n(1) The Vendor targets an availability of the platform of 99.95 % per calendar month.\n(3) The "
     "service levels in this § 5 are targets. Failure to reach them entitles the Customer neither to a reduction of the fees nor to a "
     "credit, refund or compensation.", "sla_remedy", False),
    ("SUPPLY CONTRACT\nSection 3 Price\nThe Contract Price is CNY 1,000,000.\nSection 14 Liability\n14.2 Apart from liability for "
     "personal injury or wilful misconduct, which is unlimited, the Supplier's liability under this Contract is capped in aggregate at "
     "twice the Contract Price.", "liability_cap_pct", 200.0),
    ("MANAGED SERVICES AGREEMENT\nSchedule 2 - Charges\nMonthly Service Charge: CNY 23,800 per month.\nOnboarding Charge: CNY 36,000, "
     "one-time.\nCharges for the Initial Term: CNY 607,200 (24 x CNY 23,800 + CNY 36,000).", "contract_value", 607_200.0),
    # holdout124-125: an SLA's penalty per day for a missed on-site or resolution time is no delay damages
    ("SUPPLY CONTRACT\nSection 3 Contract Price\n3.1 The Contract Price is CNY 1,000,000.\nSection 8 Service Levels\n8.3 If the "
     "Supplier misses an on-site or resolution time, it shall pay CNY 2,000 for each day or part of a day of delay.\nSection 10 Delay "
     "Damages\n10.1 If the System is not ready for the site acceptance tests in time, the Supplier shall pay delay damages of CNY 1,500 "
     "for each day of delay.", "ld_rate_per_day_pct", 0.15),
    # custom work "prepared on the basis of the Customer's specifications" that stays the provider's
    ("SUBSCRIPTION AGREEMENT\nArt. 9 - Intellectual property\n9.1 The Service and its software are the exclusive property of the "
     "Provider.\n9.2 The Customer Templates, including the source code of the ERP connector, are and remain the exclusive property of "
     "the Provider, also where they were prepared on the basis of the Customer's specifications.", "ip_owner", "supplier"),
    # French drafts: an Anomaly "taken into account" within a time is its response; "there is no tacit renewal"
    ("LICENCE AGREEMENT\nArticle 11 – Support\n11.2 A Critical Anomaly is taken into account within two (2) hours of notification, at "
     "any time of day or night; a minor Anomaly within five business days.", "p1_response_hours", 2.0),
    ("LICENCE AGREEMENT\nArticle 11 – Support\n11.4 After the guarantee period, the Customer may order support for successive annual "
     "periods. The annual support fee is that of the Licensor's tariff in force on the date of each order; the Licensor may revise its "
     "tariff on 1 January of each year. Each annual period is the subject of a separate purchase order; there is no tacit renewal.",
     "auto_renewal_price_increase", False),
    # an Italian draft's rebate is a service credit
    ("SUBSCRIPTION AGREEMENT\nArt. 7 - Service Levels\n7.2 Priority 1 incidents receive a response within one hour, at any time.\n7.3 "
     "For each started hour of delay in responding to a Priority 1 incident, the Client is entitled to a rebate of CNY 400.",
     "sla_remedy", True),
    # holdout126-127: "The Licensor also remains the sole owner of the Specific Developments"; a French present tense
    # ("informs the Client … of any security incident") is a duty; "without such consent"; "not remedied … terminate … by
    # right"; a late Severity 1 site visit paid per day is the SLA's, not delay damages
    ("LICENCE AGREEMENT\n## Article 13 – Intellectual Property\n13.1 The Licensor is and remains the sole owner of the Software.\n13.2 "
     "The Licensor also remains the sole owner of the Specific Developments, even though they are carried out for the Client.",
     "ip_owner", "supplier"),
    ("LICENCE AGREEMENT\n## Article 14 – Client Data and Security\n14.3 The Licensor informs the Client within twelve hours of becoming "
     "aware of any security incident affecting Client Data and assists the Client in dealing with it.", "data_security_clause", True),
    ("Section 14 Subcontracting\nThe Supplier may engage a local marine-works company for mooring work only with the Buyer's prior "
     "written consent. No other part of the work may be subcontracted without such consent.", "subcontract_without_consent", False),
    ("LICENCE AGREEMENT\nARTICLE 15 - TERMINATION\n15.1 If either Party fails to perform a material obligation, the other Party may send "
     "a formal notice. If the failure is not remedied within 30 days, the other Party may terminate this Agreement by right.",
     "termination_for_breach", True),
    ("SUPPLY CONTRACT\nSection 2 Contract Price\n2.2 The Contract Price is CNY 1,000,000.\nSection 6 Support Levels\n6.3 For each hour "
     "by which a remote response to a Severity 1 fault is late, the Supplier shall pay CNY 800; for each day by which a Severity 1 site "
     "visit is late, CNY 3,000.\nSection 11 Delay Damages\n11.1 If the Supplier misses the installation date, it shall pay delay "
     "damages of 0.09% of the Contract Price for each day of delay.", "ld_rate_per_day_pct", 0.09),
    # holdout128-129: availability that "falls short of" its figure is a breach; a cap restated as an amount ("i.e. CNY
    # 118,000") is that amount, not a year's share of the term; a partner the contract defines as approved by signing
    ("ORDER FORM\n§ 5 Service Levels\n(1) The Vendor makes the production system available 99.5 % of the time in each calendar "
     "month.\n(3) If monthly availability falls short of the figure in paragraph 1, the Customer receives a service credit of 5 % of the "
     "monthly share of the annual subscription fee.", "sla_remedy", True),
    ("ORDER FORM\nSubscription Term: 36 months. Annual Subscription Fee: CNY 100,000. Total Contract Value: CNY 320,000.\n§ 10 Liability\n"
     "(2) Vendor's aggregate liability under this Agreement is limited to an amount equal to one annual Subscription Fee, i.e. CNY "
     "100,000.", "liability_cap_pct", 31.25),
    ("MANAGED SERVICES AGREEMENT\n1. DEFINITIONS\n\"Field Partner\" means Foshan Qiaoyi Technical Services Co., Ltd., which the Customer "
     "approves as the Provider's subcontractor for on-site work by signing this Agreement.\n11. SUBCONTRACTING\n11.1 The Provider may "
     "use the Field Partner for on-site work. The Provider shall not use any other subcontractor without the Customer's prior "
     "written consent.", "subcontract_without_consent", False),
    # holdout130-131: a German draft's present tense ("The Provider encrypts … and complies with the … Data Security Law"); a
    # performance security valid until after the warranty is no post-warranty fee; "may review the Charges and increase them" for
    # each renewal period; a first year's fee "together with" a share of a one-off fee is paid in advance, both sums; a data
    # clause whose damages are "以第10条约定为限" leaves the cap to clause 10
    ("GENERAL TERMS\n§ 7 Customer Data and Data Security\n(2) Customer Data is stored in mainland China. The Provider encrypts identity "
     "document numbers, restricts access to named personnel and complies with the PRC Personal Information Protection Law and Data "
     "Security Law.", "data_security_clause", True),
    ("SUPPLY CONTRACT\nArticle 3 Price\n| Item | Amount (CNY) |\n|---|---|\n| Goods Subtotal | 1,000,000 |\n| Contract Price | 1,000,000 |\n"
     "Article 5 Delivery\n5.4 Within 10 days after signature the Supplier shall provide a performance security of 5% of the Contract "
     "Price in the form of a bank guarantee, valid until 30 days after the end of the warranty period.\nArticle 7 Warranty\n7.1 The "
     "warranty period is 24 months from Final Acceptance.\nArticle 9 Post-Warranty Maintenance\n9.1 After the warranty period the "
     "Buyer may order annual maintenance. The annual maintenance fee is 9% of the Goods Subtotal, fixed for three years.",
     "post_warranty_fee_pct", 9),
    ("MANAGED SERVICES AGREEMENT\nClause 2 Term\n2.2 On the expiry of the Initial Period this Agreement shall renew automatically for "
     "successive periods of one year unless either party gives written notice of termination not less than 90 days before the end of "
     "the then current period.\n2.3 The Provider may review the Charges and increase them with effect from the start of each "
     "Renewal Period by giving the Customer not less than 60 days' written notice of the new Charges.",
     "auto_renewal_price_increase", True),
    ("SERVICE CONTRACT\nArt. 4 (Fees)\n4.1 Subscription: CNY 250,000 per year for 36 months, CNY 750,000. Integration Services (one-off): "
     "CNY 150,000. Total Contract Value: CNY 900,000.\nArt. 5 (Invoicing and payment)\n5.1 The subscription fees are invoiced annually "
     "in advance.\n5.2 On signature of this Contract the Provider invoices the first annual subscription fee (CNY 250,000) together "
     "with 60% of the Integration Services fee (CNY 90,000), payable within 15 days.", "prepayment_pct", 37.7778),
    ("WMS软件许可及实施合同\n第3条 合同价款\n合同总价为人民币1,000,000元。\n第8条 数据\n8.3 因乙方原因造成数据泄露的，乙方承担相应责任，"
     "赔偿范围以第10条约定为限。\n第10条 责任限制\n10.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过本合同总价的25%。",
     "liability_cap_pct", 25),
    # (hard-wrapped, an availability figure alone on its line: maintenance "announced at least five days in advance" is no advance)
    ("ORDER FORM\nTotal Contract Value: CNY 1,000,000. Subscription charges: invoiced quarterly in arrears, CNY 80,000 per quarter.\n"
     "§ 4 Service levels\n(1) Availability of the sales channels and of the access-control service:\n99.95 % per calendar month, "
     "excluding maintenance windows announced at least\nfive days in advance.\n(3) Service credits: for each 0.1 percentage point of "
     "availability below the value in paragraph 1, 3 % of the monthly share of the subscription charges. Credits are set off against "
     "the next invoice.", "prepayment_pct", None),
    # holdout132-133: the law of Northern Ireland is not Irish law; a cap spelled out over a hundred per cent
    ("LICENCE AND SERVICES AGREEMENT\n16. Governing Law\n16.1 This Agreement shall be governed by and construed in accordance with "
     "the law of Northern Ireland.", "governing_law", "Northern Ireland"),
    ("MANAGED SERVICES AGREEMENT\n4. CHARGES\n4.1 The Total Charges for the Initial Term are CNY 800,000.\n10. LIABILITY\n10.1 The "
     "Provider's aggregate liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent of "
     "the Total Charges for the Initial Term.", "liability_cap_pct", 150),
    # holdout134-135: "are guaranteed for 24 months"; a rate "per thousand"; a breach "affecting Client Data"; a share of a one-off
    # fee "and" the first year's fee on signature, both sums; a row of work "with the Licensee's ERP system" and "Configuration
    # services" are implementation, not licences
    ("SUPPLY CONTRACT\nArticle 6 – Warranty\n6.1 All equipment, the platform and the configuration are guaranteed for 24 months from "
     "the date of Final Acceptance.", "warranty_months", 24),
    ("SERVICE AGREEMENT\nArt. 5 (Fees)\nContract Value: CNY 520,000.\nArt. 8 (Delay)\n5. In the event of delay in the Go-Live Date "
     "attributable to the Provider, the Provider shall pay a penalty equal to 0.2 per thousand of the Contract Value for each "
     "calendar day of delay.", "ld_rate_per_day_pct", 0.02),
    ("SERVICE AGREEMENT\nArt. 9 (Client Data)\n4. The Provider shall notify the Client of any breach affecting Client Data within 24 "
     "hours and compensate the Client for the damage caused.", "data_security_clause", True),
    ("SERVICE AGREEMENT\nArt. 5 (Fees)\nIntegration Services fee: CNY 148,000. Subscription Fee: CNY 186,000 per year for two years. "
     "Contract Value: CNY 520,000.\nArt. 6 (Invoicing and payment)\n1. The Provider shall invoice: (a) on signature of this "
     "Agreement, 65 per cent of the Integration Services fee (CNY 96,200) and the Subscription Fee for the first year (CNY "
     "186,000); (b) on Integration Acceptance, the balance.", "prepayment_pct", 54.2692),
    ("LICENCE AGREEMENT\n4. Fees\n| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|---|\n"
     "| 1 | PLM Core, perpetual named-user licence | 85 | 9,600 | 816,000 |\n| | Licence Fees subtotal | | | 816,000 |\n"
     "| 2 | Configuration services (BOM templates, workflows) | 1 | 338,000 | 338,000 |\n| 3 | Data migration | 1 | 94,000 | 94,000 |\n"
     "| 4 | Integration with the Licensee's ERP system | 1 | 118,000 | 118,000 |\n| | Total Fees | | | 1,366,000 |",
     "implementation_fee", 550_000),
    # holdout136-137: "para." ends no sentence and a cap "limited in total, …, to CNY 280,000"; a use "only to perform this Contract
    # and not for any other purpose, including in anonymised … form" is no reuse; "(a) on signature: the first year's fee (…) and
    # fifty per cent of the Integration Services fee (…)" is one advance of both sums; the items of "其余款项按季度支付：…；…" are
    # per-period instalments, the last one's 剩余 included
    ("ORDER FORM\nTotal Contract Value: CNY 800,000.\n§ 9 Liability\n(2) In cases of slight negligence the Provider is liable only "
     "for the foreseeable damage typical of the contract.\n(3) Liability under para. (2) is limited in total, for all damaging events "
     "during the term of this Agreement, to CNY 280,000.", "liability_cap_pct", 35),
    ("SUPPLY AGREEMENT\nArt. 1 Definitions\n1.2 \"Contract Price\" means the total price stated in Art. 3.1. \"Hardware Subtotal\" means "
     "the sum of items 1 to 2, i.e. CNY 700,000.\nArt. 3 Price\n3.1 The Contract Price is CNY 900,000.", "contract_value", 900_000),
    ("SUPPLY CONTRACT\nArticle 10 – Data\n10.1 All data generated by the system belongs to the Buyer. The Supplier may use it only to "
     "perform this Contract and not for any other purpose, including in anonymised or aggregated form.", "buyer_owns_data", True),
    ("SUBSCRIPTION AGREEMENT\nArt. 4 (Fees and payment)\n4.1 Subscription: CNY 200,000 per subscription year x 2 years = CNY 400,000. "
     "Integration Services, fixed price: CNY 100,000. Total fees: CNY 500,000.\n4.2 The fees are payable as follows:\n(a) on signature "
     "of this Agreement: the fees for the first subscription year (CNY 200,000) and fifty per cent of the Integration Services fee "
     "(CNY 50,000), in total CNY 250,000;\n(b) on Integration Acceptance: the balance of the Integration Services fee, CNY 50,000.",
     "prepayment_pct", 50),
    ("运维服务合同\n2. 合同价款\n年度运维服务费为人民币800,000元。\n3. 付款\n3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。\n"
     "3.2 其余款项按季度支付：第一、二、三个服务季度考核合格后，甲方各支付人民币160,000元；服务期满并经年度服务验收合格后，甲方支付剩余的"
     "人民币160,000元。", "final_payment_on_acceptance", None),
    # holdout138-139: a vendor named by a short name in an order form's table row ("| Vendor | … ("Vilm") |") that "is entitled
    # to increase" the fee at each extension; "grants the Customer the exclusive, irrevocable, transferable right of use" (a
    # German draft's ausschließliches Nutzungsrecht); "甲方不得因此要求乙方支付违约金" states no delay damages; a credit "with 5
    # per cent of the quarterly support fee" is no post-warranty fee; "may entrust the performance of parts of the Services,
    # including …, to subcontractors of its choice, giving prior written notice" needs no consent
    ("# Order Form\n| | |\n|---|---|\n| Customer | Zhangjiajie Scenic Area Co., Ltd. |\n| Vendor | Vilm Ticketing GmbH, Insel Vilm 1, "
     "Germany (\"Vilm\") |\n### § 9 Term and Renewal\n(2) The contract is extended automatically by one further year in each case, "
     "unless either party terminates it with three months' notice.\n(3) With effect from each extension, Vilm is entitled to increase "
     "the Subscription Fee by up to 6 % by written notice.", "auto_renewal_price_increase", True),
    ("SUBSCRIPTION AGREEMENT\n§ 7 Rights of Use and Individual Developments\n(2) The report templates created for the Customer are handed over "
     "including source code. The Provider grants the Customer the exclusive, irrevocable, transferable right of use, unlimited in "
     "time, space and content, including the right to modify and to license the report templates.", "ip_owner", "buyer"),
    ("WMS软件许可合同\n第四条 交付与上线\n2、乙方延期交付的，双方协商调整项目计划，甲方不得因此要求乙方支付违约金或赔偿损失。", "ld_stated", False),
    ("SOFTWARE LICENCE AGREEMENT\nClause 3 Fees\n3.1 The Licence Fee is CNY 1,206,000.\nClause 6 Warranty\n6.1 The Warranty Period "
     "is 15 months from Final Acceptance.\nClause 7 Support Services\n7.3 For each failure to meet a Severity 1 response target, the "
     "Licensor shall credit the Customer with CNY 2,000 during the Warranty Period, and thereafter with 5 per cent of the quarterly "
     "support fee.\nClause 8 Support Fees\n8.1 After the Warranty Period, the support services are provided for successive Support "
     "Years at an annual support fee of 13 per cent of the Licence Fee, fixed for the first five Support Years.",
     "post_warranty_fee_pct", 13),
    ("SUBSCRIPTION AGREEMENT\nArt. 12 (Subcontracting)\n12.1 The Provider may entrust the performance of parts of the Services, "
     "including hosting, support and integration activities, to subcontractors of its choice, giving prior written notice to the "
     "Customer.", "subcontract_without_consent", True),
    # holdout140-141: "维保服务费…按本合同“七、…”另行约定" points to clause 7's fixed fee; a share of one fee restated as its sum
    # ("实施服务费：…支付50%，计69,000元"; "… and 50 % of the Integration fee, a total of CNY 268,000") is that sum's share of the
    # contract value; a set-up fee's own schedule beside a subscription leaves no final payment, nor do a service's instalments
    # of the contract price
    ("维保合同\n一、合同价款\n质保期满后的维保服务费不包括在合同总价内，按本合同“七、质保期满后的维保服务”另行约定。\n"
     "七、质保期满后的维保服务\n（二）年度维保费按软硬件小计的18.5%计取，质保期满后三年内不作调整。", "post_warranty_fee_capped", True),
    ("课程管理SaaS服务合同\n2. 合同价款\n合同总价为人民币933,600元，其中实施服务费138,000元，三年服务年费795,600元。\n3. 付款\n"
     "3.1 实施服务费：合同签订后10个工作日内支付50%，计69,000元；实施验收合格后10个工作日内支付剩余50%，计69,000元。\n"
     "3.2 服务年费按季度支付：每季度结束后15个工作日内，甲方支付当季费用66,300元。", "prepayment_pct", 7.3907),
    ("课程管理SaaS服务合同\n2. 合同价款\n合同总价为人民币933,600元，其中实施服务费138,000元，三年服务年费795,600元。\n3. 付款\n"
     "3.1 实施服务费：合同签订后10个工作日内支付50%，计69,000元；实施验收合格后10个工作日内支付剩余50%，计69,000元。\n"
     "3.2 服务年费按季度支付：每季度结束后15个工作日内，甲方支付当季费用66,300元。", "final_payment_on_acceptance", None),
    ("API SUBSCRIPTION AGREEMENT\nArt. 5 (Fees)\n5.1 Subscription: CNY 186,000 per year x 3 years = CNY 558,000. Integration "
     "(one-time): CNY 164,000. Total Contract Value: CNY 722,000.\nArt. 6 (Invoicing and Payment)\n6.1 On signature of this Agreement the Provider "
     "shall invoice the subscription fee for the first contract year and 50 % of the Integration fee, a total of CNY 268,000, "
     "payable within 10 days.", "prepayment_pct", 37.1191),
    ("舞台灯光音响运维服务合同\n三、合同价款\n合同总价为人民币438,000元。\n四、付款方式\n1. 合同签订后十个工作日内，甲方支付合同总价的40%作为预付款，"
     "即人民币175,200元。\n2. 第二季度、第三季度考核合格后，甲方分别支付合同总价的20%，即每次人民币87,600元。\n3. 服务期满且年度验收合格后，"
     "甲方支付剩余20%，即人民币87,600元。", "final_payment_on_acceptance", None),
    # holdout142-143: the bond's share in brackets before the advance ("履约保证金（合同总价的5%）"); delay damages "limited to 8%
    # of the Total Contract Value" are a cap, not the daily rate
    ("系统集成合同\n第二条 合同价款\n合同总价为人民币4,200,000元。\n第三条 付款方式\n3.1 合同签订且乙方提交履约保证金（合同总价的5%）后10个工作日内，"
     "甲方支付合同总价的20%作为预付款，计840,000元。", "prepayment_pct", 20),
    ("ORDER FORM\nTotal Contract Value: CNY 1,300,000.\n§ 2 Implementation\n(4) If Go-Live Acceptance is delayed for reasons for which "
     "the Provider is responsible, the Provider shall pay a contractual penalty of CNY 1,100 for each calendar day of delay, "
     "limited to 8% of the Total Contract Value.", "ld_rate_per_day_pct", 0.084615),
    # holdout144-147: "Provider is entitled to adjust the fees with effect from the start of each extension period"; "The right of
    # either party to extraordinary termination for good cause remains unaffected"; "Over the Initial Term the Charges amount to
    # CNY …" is the contract value; a fee per day the supplier charges while the buyer is late is no delay damages; components
    # defined as "prepared for the Customer" are custom work
    ("SAAS GENERAL TERMS\n§ 3 Term and Extension\n(2) The contract is extended automatically by a further year in each case unless "
     "either party terminates it with three months' notice.\n§ 5 Fees\n(3) Provider is entitled to adjust the fees with effect from "
     "the start of each extension period by notice in text form. The increase shall not exceed 6 % per extension period.",
     "auto_renewal_price_increase", True),
    ("SAAS GENERAL TERMS\n§ 3 Term\n(3) The right of either party to extraordinary termination for good cause remains unaffected. "
     "Good cause for the Customer exists in particular if Provider commits a material breach of contract and does not remedy it "
     "within 30 days after written notice.", "termination_for_breach", True),
    ("MANAGED SERVICES AGREEMENT\n6. CHARGES AND PAYMENT\n6.1 The Charges are: (a) a Monthly Service Charge of CNY 58,600; and (b) a "
     "one-off Transition Charge of CNY 72,000. Over the Initial Term the Charges amount to CNY 1,478,400 (24 x CNY 58,600 + CNY "
     "72,000).", "contract_value", 1_478_400),
    ("MES软件许可及定制开发合同\n第2条 合同价款\n合同总价为人民币734,000元。\n第4条 交付\n4.2 甲方未按时配合的，乙方有权顺延交付，并按每人每日1,500元"
     "收取人员等待费用。\n4.3 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金。", "ld_rate_per_day_pct", 0.01),
    ("API SUBSCRIPTION AGREEMENT\nArt. 1 (Definitions)\n1.1 \"**Integration Components**\" means the connector between the Customer's "
     "ERP and the API, the data mapping tables, scripts and configuration prepared for the Customer.\nArt. 8 (Intellectual property)\n"
     "8.2 The Integration Components are developed by the Vendor at its own risk and remain the exclusive property of the Vendor, "
     "even where they are paid for through the Integration Fee.", "ip_owner", "supplier"),
    # holdout148-151: "eight hundredths of one per cent (0.08%)"; "Items 1 and 2 together are the "Licence Fees"", where item 2's
    # name does not say licence; a transition "complete when the Provider has shown, to the Client's reasonable satisfaction:
    # (a) …", then certified; "Total: CNY …" in an indented price list; two sums billed on signature, "together CNY …"; spare
    # parts priced separately leave the maintenance fee fixed
    ("SUPPLY AGREEMENT\nArt. 3 (Price)\n3.1 The Contract Price is CNY 1,155,000.\nArt. 10 (Delay penalties)\n10.1 If the Supplier fails "
     "to complete delivery by the dates in Art. 5, it shall pay a penalty of eight hundredths of one per cent (0.08%) of the Contract "
     "Price for each day of delay, up to ten per cent (10%) of the Contract Price.", "ld_rate_per_day_pct", 0.08),
    ("SOFTWARE LICENCE AGREEMENT\nClause 4 Fees and Payment\n| Item | Description | Amount (CNY) |\n|---|---|---|\n"
     "| 1 | Design Library Enterprise Licence, perpetual | 1,280,000 |\n| 2 | CarveLink Plug-in seats, perpetual | 296,000 |\n"
     "| 3 | Configuration and integration services | 586,000 |\n| Total Fees | | 2,162,000 |\n4.2 Items 1 and 2 together are the "
     "\"Licence Fees\" and amount to CNY 1,576,000.\nClause 12 Limitation of Liability\n12.1 The total aggregate liability of the "
     "Licensor arising under or in connection with this Agreement shall not exceed an amount equal to the Licence Fees.",
     "liability_cap_pct", 72.8955),
    ("MANAGED IT SERVICES AGREEMENT\n3. TRANSITION\n3.1 The Provider shall take over the Services within forty-five (45) days.\n3.2 "
     "Transition is complete when the Provider has shown, to the Client's reasonable satisfaction: (a) a complete asset register "
     "reconciled with a physical count; (b) monitoring active on every device; and (c) a successful restore of the file server. "
     "The Client shall then sign a Transition Certificate.", "acceptance_clause", True),
    ("API SUBSCRIPTION AGREEMENT\n§ 5 Fees\n(1) The fees are as follows:\n\n  Subscription fee per contract year: CNY 318,000 x 3 "
     "contract years = CNY 954,000\n  Integration services (fixed price): CNY 246,000\n  Training: CNY 18,000\n  Total: CNY 1,218,000\n\n"
     "§ 6 Invoicing\n(1) On signature of this Agreement the Vendor invoices 50% of the integration fee (CNY 123,000) and the "
     "subscription fee for the first contract year (CNY 318,000), together CNY 441,000.", "prepayment_pct", 36.2069),
    ("设备供货合同\n二、合同价款\n合同总价为人民币5,600,000元。\n五、质量保证\n质保期为二十四个月。\n六、质保期满后的维保服务\n（一）质保期满后，乙方应按甲方"
     "要求继续提供维保服务，服务内容及响应时限与质保期相同，易损件另行报价。\n（二）年度维保服务费按设备及软件小计的18%计取，即每年¥856,800，质保期满后三年内不调价。",
     "post_warranty_fee_capped", True),
    # holdout152-157: a deduction "每超时1小时" is no response time; fees named in lower case over a bulleted price list
    ("运维服务合同\n四、服务要求\n2. 响应时限：一级故障，乙方应在接到报修后6小时内响应并开始处置，24小时内恢复。\n五、考核与扣款\n"
     "2. 一级故障响应每超时1小时扣款500元，恢复每超时1小时扣款800元。", "p1_response_hours", 6),
    ("API SUBSCRIPTION AGREEMENT\nArt. 5 (Fees)\n5.1 The fees are:\n- Integration fee (one-time): CNY 118,000\n"
     "- Subscription fee, first contract year: CNY 264,000\n- Subscription fee, second contract year: CNY 264,000\n"
     "- Total Contract Price: CNY 646,000\nArt. 6 (Invoicing)\n6.1 The entire integration fee and the subscription fee for the first "
     "contract year are invoiced on signature of this Agreement and are payable within fifteen days of the invoice date.",
     "prepayment_pct", 59.1331),
    # … "the Customer shall not be entitled to service credits, a reduction of the fees or damages"; a PDF price list run into
    # one line ("… Contract Value total 252,000"); a first year's fee "and 60% of the Integration Services fee (CNY 45,600)"
    # billed on signature; a cap "累计不超过实施服务费总额" names no contract value; "每迟延一小时，向甲方支付违约金" is an SLA's
    # remedy; two sums billed on signature "in total CNY 211,000"
    ("BOOKING SAAS GENERAL TERMS\n§ 5 Availability and Support\n(1) The Provider shall make the platform available 99.95% of the "
     "time in each calendar month.\n(3) If the availability under paragraph (1) is not met, the Customer shall not be entitled to "
     "service credits, a reduction of the fees or damages on that account.", "sla_remedy", False),
    ("API SUBSCRIPTION AGREEMENT\nArt. 4 (Fees and Payment)\n4.1 The fees are as follows:\nItem Basis Amount (CNY)\nOriginLink annual "
     "subscription fee CNY 88,000 x 2 subscription years 176,000 Integration Services (connector, data mapping, templates) fixed "
     "price 76,000 Contract Value total 252,000\n4.2 Payment terms: (a) the annual subscription fee for the first subscription year "
     "(CNY 88,000) and 60% of the Integration Services fee (CNY 45,600) are invoiced on signature of this Agreement.",
     "contract_value", 252_000),
    ("API SUBSCRIPTION AGREEMENT\nArt. 4 (Fees and Payment)\n4.1 The Contract Value is CNY 252,000.\n4.2 Payment terms: (a) the annual "
     "subscription fee for the first subscription year (CNY 88,000) and 60% of the Integration Services fee (CNY 45,600) are "
     "invoiced on signature of this Agreement and payable within fifteen (15) days of the invoice.", "prepayment_pct", 53.0159),
    ("托管服务SaaS合同\n3. 合同价款\n| 项目 | 说明 | 金额（元） |\n|---|---|---|\n| 实施服务费 | 一次性 | 96,000 |\n"
     "| 平台服务费 | 三年 | 1,082,400 |\n| 合计 | | 1,178,400 |\n4. 实施与上线验收\n4.5 乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币1,200元，"
     "累计不超过实施服务费总额。", "ld_rate_per_day_pct", 0.101833),
    ("检测系统供货合同\n六、质量保证\n（二）质保期内发生一级故障时，乙方应在接到报修后8小时内响应，24小时内到达现场。乙方响应或到场每迟延一小时，"
     "向甲方支付违约金人民币500元。", "sla_remedy", True),
    ("EXPORT DOCUMENT API AGREEMENT\nArt. 4 (Fees)\n(1) Total contract value: CNY 570,000.\n(2) On signature of this Agreement Razzoli "
     "invoices the first Annual Subscription Fee (CNY 148,000) and half of the Integration Services fee (CNY 63,000), in total CNY "
     "211,000, payable within 15 days of the invoice date.", "prepayment_pct", 37.0175),
    # (guards: a delay the supplier bears no deduction for is still no remedy; a payment term whose every piece runs into the next
    # is one instalment)
    ("MES软件许可合同\n第11条 故障响应：一级故障乙方在8小时内响应；二级故障在2个工作日内响应。乙方将尽合理努力恢复系统，但不对恢复时间作出承诺，亦不承担"
     "因响应或恢复延迟而产生的任何扣款、赔偿或违约责任。", "sla_remedy", False),
    ("EXPORT DOCUMENT API AGREEMENT\nArt. 4 (Fees)\n4.1 Total fees: CNY 536,000.\n4.2 The fees are payable as follows:\n(a) on signature of "
     "this Agreement: the fees for the first subscription year (CNY 204,000) and fifty per cent of the Integration Services fee (CNY "
     "64,000), in total CNY 268,000. The Provider issues the access credentials and starts the Integration Services only after "
     "receiving this payment;", "prepayment_pct", 50.0),
    # holdout152: accepted when the buyer signs ("…签署上线验收单方视为验收合格"), not on go-live; "the Customer tests that (a) …";
    # a cap of "150% of the total amount stated in Article 4.2"; "或甲方已在生产中使用本系统的，视为验收合格"; "No other part of the
    # Contract may be subcontracted"
    ("门店SaaS服务合同\n四、实施与上线验收\n2. 上线验收标准：（1）会员记录迁移后逐条核对；（2）收银数据与财务系统日结对账一致。\n3. 甲方书面签署上线验收单方视为"
     "验收合格。门店开通、甲方使用平台或支付订阅费均不视为验收合格。", "acceptance_deemed_on_delivery", False),
    ("ORDER FORM\n§ 4 Onboarding\n(3) Go-Live Acceptance: for each inn the Customer tests that (a) reservations are synchronised with "
     "the channels for seven consecutive days; and (b) the night audit matches the Customer's finance records. When all inns have "
     "passed, the Customer signs the Go-Live Acceptance Certificate.", "acceptance_clause", True),
    ("EXPORT DOCUMENT API AGREEMENT\nArticle 4 - Fees\n4.2 The total amount of this Agreement is CNY 486,000.\nArticle 13 - Liability\n"
     "13.1 The Vendor's total liability under this Agreement is limited to 150% of the total amount stated in Article 4.2.",
     "liability_cap_pct", 150.0),
    ("MES软件许可合同\n第6条 验收\n6.1 系统上线后，甲方应在7日内签署上线确认单。甲方逾期未签署且未书面提出异议的，或甲方已在生产中使用本系统的，视为验收合格。",
     "acceptance_deemed_on_delivery", True),
    ("SUPPLY CONTRACT\nArt. 14 (Subcontracting)\n14.1 The Supplier may entrust the mooring work at sea to a local licensed marine "
     "engineering contractor only with the Buyer's prior written consent. No other part of the Contract may be subcontracted.",
     "subcontract_without_consent", False),
    ("MES软件许可合同\n第4条 验收\n4.2 乙方完成软件安装部署后，通知甲方签署《安装确认单》。甲方签署安装确认单之日，即视为本系统验收合格。",
     "acceptance_deemed_on_delivery", True),  # (a guard: signing an installation form is acceptance deemed on installation)
    ("ORDER FORM\n§ 4 Onboarding\n(3) Go-Live Acceptance: for each inn the Customer tests that\n(a) reservations are synchronised with "
     "the channels for seven consecutive days; and\n(b) the night audit matches the Customer's finance records.\nWhen all inns have "
     "passed, the Customer signs the Go-Live Acceptance Certificate.", "acceptance_clause", True),  # (the list on lines of its own)
    # holdout158-161: a cap of "150 % of the total amount in Art. 4.1", where 4.1 leads into the price table that gives the total
    ("API SUBSCRIPTION AGREEMENT\n## Art. 4 (Fees)\n4.1 The fees are as follows (VAT included):\n| Item | Amount (CNY) |\n|---|---|\n"
     "| Subscription, 3 years | 540,000 |\n| Integration | 96,000 |\n| Total | 636,000 |\n4.2 Invoices are payable within 30 days.\n"
     "## Art. 14 (Liability)\n14.1 The Provider's total liability under this Agreement is limited to 150 % of the total amount in Art. 4.1, "
     "except for wilful misconduct.", "liability_cap_pct", 150.0),
    # … "shall make the Service available at 99.95 % per calendar month" before credit tiers down to 99.0 %; a deduction "月度报告
    # 每迟交一日扣¥300" in the assessment clause is no delay damages; "The Provider may, by written notice given …, increase the
    # Monthly Service Charge"; "服务期自动续延一年" with "乙方有权…调整订阅单价"; "The right of either party to terminate for cause
    # … remains unaffected"; a cap "equal to the Licence Subtotal"
    ("SAAS GENERAL TERMS\n§ 3 Availability and service credits\n(1) The Provider shall make the Service available at 99.95 % per "
     "calendar month.\n(2) If availability falls below the figure in paragraph 1, the Customer receives a service credit: 5 % of the "
     "monthly fee for availability below 99.95 % but at least 99.5 %, 10 % for availability below 99.5 % but at least 99.0 %.",
     "availability_pct", 99.95),
    ("公共自行车调度系统运维服务合同\n二、合同价款\n合同总价为人民币750,000元。\n第六条 服务标准与考核\n（四）考核扣款：一级故障响应每超时一小时扣¥1,000；"
     "月度报告每迟交一日扣¥300。\n第十条 违约责任\n（一）乙方未按期完成服务接管的，每逾期一日按合同总价的千分之一支付违约金。", "ld_rate_per_day_pct", 0.1),
    ("MANAGED SERVICES AGREEMENT\n2. TERM AND RENEWAL\n2.2 Thereafter this Agreement shall renew automatically for successive periods "
     "of one year each unless either party gives notice of non-renewal.\n2.3 The Provider may, by written notice given not less than "
     "sixty days before the start of a Renewal Term, increase the Monthly Service Charge for that Renewal Term by up to six per cent.",
     "auto_renewal_price_increase", True),
    ("排课SaaS服务合同\n## 服务期限与续订\n1. 服务期限为三年，自上线验收合格之日起计算。\n2. 服务期满前60日内，任何一方未书面提出不续订的，服务期自动续延一年。\n3. 每次续延时，乙方有权根据市场情况调整订阅单价，"
     "调整幅度不超过上一期单价的10%。", "auto_renewal_price_increase", True),
    ("PMS SAAS GENERAL TERMS\n§ 11 Termination for cause\n(1) The right of either party to terminate for cause without notice remains "
     "unaffected. Cause exists for the Customer in particular if the Vendor commits a material breach of the Contract.",
     "termination_for_breach", True),
    ("SOFTWARE LICENCE AGREEMENT\nClause 3 Price\n3.1 The Contract Price is CNY 1,770,000, itemised as follows:\n| Item | Description | Amount (CNY) |\n"
     "|---|---|---|\n| 1 | QMS perpetual licence | 980,000 |\n| 2 | Inspection app licence | 186,000 |\n| 3 | Implementation services | "
     "604,000 |\n3.2 Items 1 and 2 are the \"Licence Subtotal\".\nClause 11 Limitation of Liability\n11.2 The Vendor's total aggregate "
     "liability shall not exceed an amount equal to the Licence Subtotal.", "liability_cap_pct", 65.8757),
    # holdout162-169: "may avail itself of subcontractors … by informing the Client in writing" needs no consent
    ("SERVICE AGREEMENT\nArt. 12 (Subcontracting)\n12.1 The Supplier may avail itself of subcontractors for the performance of this "
     "Agreement, including hosting providers, by informing the Client in writing of their names. The Supplier remains liable towards "
     "the Client for the performance of its subcontractors.", "subcontract_without_consent", True),
    # … the buyer's late-payment damages "甲方每逾期一日，…向乙方支付违约金" are not the supplier's delay rate
    ("MES软件许可及实施合同\n第一条 合同价款\n合同总价为人民币960,000元。\n第三条 付款方式\n3.3 甲方逾期付款的，乙方有权暂停实施并顺延交付期限；甲方每逾期一日，"
     "按应付金额的千分之一向乙方支付违约金。\n第四条 实施与交付\n4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。",
     "ld_rate_per_day_pct", 0.01),
    # … room "deposits" configured in an onboarding fee are no advance payment
    ("ORDER FORM\n3. Fees\nSubscription: CNY 9,800 per month x 24 months = CNY 235,200\nOnboarding (one-time): configuration of room "
     "types, rate plans, taxes and deposits, WeChat Pay and Alipay connection, staff training on site: CNY 46,000\nTotal Contract Value: "
     "CNY 281,200\n4. Invoicing\nMonthly fees are invoiced monthly in arrears. One-time fees are invoiced after Go-Live Acceptance.",
     "prepayment_pct", None),
    # … "for each day of delay in attending on board, CNY 2,000" is the service level's, not the delivery's delay damages
    ("SUPPLY AND MAINTENANCE CONTRACT\nArticle 3 – Price\nThe Contract Price is CNY 1,456,000.\nArticle 8 – Maintenance Services\n8.1 "
     "The Supplier shall respond to Severity 1 faults within 1 hour and have an engineer on board within 48 hours.\n8.2 For each hour "
     "of delay in the response to a Severity 1 fault, the Supplier shall pay the Buyer CNY 800; for each day of delay in attending on "
     "board, CNY 2,000.\nArticle 12 – Delay\n12.1 If the Supplier is late in delivery, it shall pay 0.1% of the Contract Price per day "
     "of delay, up to 10% of the Contract Price.", "ld_rate_per_day_pct", 0.1),
    # … a performance guarantee "有效期至质保期满" is no post-warranty fee
    ("RFID自助借还系统集成项目合同\n第二条 合同价款\n合同总价为人民币2,960,000元，其中设备及软件小计2,589,800元。\n第三条 履约保证与付款方式\n3.1 乙方应在合同签订前"
     "向甲方提交合同总价2%的履约保函，履约保函有效期至质保期满。\n第六条 质保与维护\n6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过设备及软件小计的8%，"
     "且质保期满后三年内不得上调。", "post_warranty_fee_pct", 8.0),
    # … "甲方在验收前已实际使用系统处理业务的，视为验收合格" is deemed acceptance on use
    ("WMS软件许可合同\n第五条 验收\n5.1 系统上线试运行满十日，甲方未以书面形式提出异议的，视为验收合格。\n5.2 甲方在验收前已实际使用系统处理业务的，视为验收合格。",
     "acceptance_deemed_on_delivery", True),
    # … "guarantees a monthly availability of the API and the web platform of 99.95 %", before credit tiers down to 99 %
    ("API SUBSCRIPTION AGREEMENT\nArt. 7 (Service levels)\n7.1 The Supplier guarantees a monthly availability of the API and the web "
     "platform of 99.95 %, calculated as set out in Annex C.\n7.4 If monthly availability falls below the level in Art. 7.1, the Client "
     "is entitled to a service credit equal to 5 % of the monthly fee for availability below 99.95 % and at least 99.5 %, 10 % below "
     "99.5 % and at least 99 %, and 20 % below 99 %.", "availability_pct", 99.95),
    # … the clauses a buyer approves under the Italian Civil Code, "13 (Governing Law and Jurisdiction)", name no forum abroad
    ("API SUBSCRIPTION AGREEMENT\n13. GOVERNING LAW AND JURISDICTION\n13.1 This Agreement is governed by the laws of the People's "
     "Republic of China.\n13.2 Any dispute shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.\n"
     "14. FINAL PROVISIONS\n14.3 Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves "
     "Articles 7 (Intellectual Property), 9 (Liability) and 13 (Governing Law and Jurisdiction).", "governing_forum_outside_mainland", False),
    # … a vendor named by its own short name after an aside in brackets: 'Bergwand Software GmbH, … Chiemsee (Herrenchiemsee),
    # Germany; … ("Bergwand")', and then "Bergwand may increase the fees for each renewal term"
    ("# Order Form\n**Bergwand Software GmbH**, Herreninsel 3, 83209 Chiemsee (Herrenchiemsee), Germany; Local Court (Amtsgericht) "
     "Traunstein, HRB 28731; Managing Directors: Dr. Lena Aichinger, Florian Stadler (\"**Bergwand**\")\nand\n**Yangshuo Karst "
     "Vertical Sports Co., Ltd.**, Yangshuo, Guangxi, People's Republic of China (\"**Customer**\")\n## § 9 Term, Renewal and Price "
     "Adjustment\n(1) The Agreement is renewed automatically for a further twenty-four (24) months in each case unless terminated "
     "by either party with three (3) months' notice.\n(2) Bergwand may increase the fees for each renewal term by up to 6 % by notice "
     "in text form at least four months before the renewal takes effect.", "auto_renewal_price_increase", True),
    # … "前端设备在线率：每季度末在线率不低于95%" is the devices' figure, not the platform's 99.95 %
    ("食安监管平台运维服务合同\n第四条 服务水平\n（一）平台月可用率不低于99.95%。\n（三）前端设备在线率：每季度末在线率不低于95%；因餐饮单位停业、装修等非乙方原因离线的"
     "不计入。", "availability_pct", 99.95),
    # … "Subscription Fees for the Initial Term: 55 % (CNY 290,400) invoiced on the Effective Date": the sum, of the contract value
    ("ORDER FORM\n| Item | Details |\n|---|---|\n| Subscription Fees | CNY 528,000 for the Initial Term of 36 months |\n| Setup Fee | "
     "CNY 64,000 |\n| Total Contract Value | CNY 592,000 |\n| Invoicing | Subscription Fees for the Initial Term: 55 % (CNY 290,400) "
     "invoiced on the Effective Date and payable within 14 days, in any case before the Service Start Date; 45 % (CNY 237,600) "
     "invoiced on the first anniversary of the Service Start Date. Setup Fee: invoiced upon Go-Live Acceptance. |",
     "prepayment_pct", 49.0541),
    # holdout170-177: "The Supplier may use Customer Data only to perform this Agreement and acquires no right to use it for any other
    # purpose", "… and for no other purpose", "… and not for research, publication or product development"
    ("LICENCE AGREEMENT\nClause 10 Customer Data\n10.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only "
     "to perform this Agreement and acquires no right to use it for any other purpose, whether in identifiable, anonymised or "
     "aggregated form.", "buyer_owns_data", True),
    ("LICENCE AGREEMENT\nClause 10 Customer Data\n10.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only "
     "to perform this Agreement and for no other purpose, including in anonymised or aggregated form.", "buyer_owns_data", True),
    ("SUPPLY CONTRACT\nArticle 11 – Data\n11.1 All measurement data belong to the Buyer. The Supplier may use them only to perform "
     "this Contract and not for research, publication or product development, even in anonymised form, unless the Buyer has given "
     "its written consent in each case.", "buyer_owns_data", True),
    # … a fee the supplier "may increase … by not more than 3% per year" after three fixed years is bounded
    ("LICENCE AGREEMENT\nClause 4 Price\nThe Contract Price is CNY 800,000, of which the licence subtotal is CNY 564,000.\nClause 7 "
     "Warranty\nThe Warranty Period is twenty-four months from acceptance.\nClause 8 Support\n8.1 After the Warranty Period the Customer "
     "may order Support Services year by year.\n8.2 The annual support fee is 13% of the licence subtotal, that is CNY 73,320 per year, "
     "fixed for the first three support years. Thereafter the Supplier may increase the fee by not more than 3% per year on 90 days' "
     "written notice.", "post_warranty_fee_capped", True),
    # … "The System is warranted against any defect … for 24 months", "warrants that during a period of three (3) months"
    ("SUPPLY CONTRACT\nArticle 7 – Warranty\n7.1 The System is warranted against any defect in design, materials or workmanship for "
     "24 months from the date of Final Acceptance.", "warranty_months", 24.0),
    ("LICENCE AGREEMENT\nArt. 7 (Warranty)\n7.1 Supplier warrants that during a period of three (3) months from Final Acceptance the "
     "Software will operate substantially in accordance with its documentation.", "warranty_months", 3.0),
    # … Scots law's tacit relocation is an automatic renewal
    ("MANAGED SERVICES AGREEMENT\n2. COMMENCEMENT AND DURATION\n2.2 On the expiry of the Initial Term this Agreement shall continue "
     "from year to year by tacit relocation unless either party gives the other not less than 90 days' written notice.\n2.3 The "
     "Provider may increase the Monthly Charges with effect from the start of any renewal year by giving the Customer not less than "
     "60 days' written notice of the new charges.", "auto_renewal_price_increase", True),
    # … a right denied is no increase: "Vendor may not increase the Subscription Fee during the Initial Term or any renewal period"
    ("ORDER FORM\n§ 3 Term\n(1) The Agreement renews automatically for successive periods of twelve months unless terminated with "
     "three months' notice.\n§ 6 Fees and Payment\n(1) The fees are set out in the Order Form. Vendor may not increase the "
     "Subscription Fee during the Initial Term or any renewal period.", "auto_renewal_price_increase", False),
    # … a late 漏洞修复 among other tasks is delay
    ("交易平台运维服务合同\n第二条 合同价款\n合同总价为人民币480,000元。\n第八条 违约责任\n（二）乙方未按期完成规则适配、巡检报告或漏洞修复的，每逾期一日，"
     "按合同总价的千分之一向甲方支付违约金。", "ld_rate_per_day_pct", 0.1),
    # … "质保期满后的维保服务费按本合同第七条另行结算" points to the fee fixed in that clause
    ("窑炉燃烧优化控制系统采购合同\n一、合同价款\n合同总价为人民币2,100,000元，其中软硬件小计1,771,000元。质保期满后的维保服务费按本合同第七条另行结算，"
     "不计入合同总价。\n六、质量保证\n质保期为十二个月，自终验合格之日起计算。\n七、质保期满后的维保服务\n（一）质保期满后，乙方为甲方提供三个维保年度的维保服务。\n（二）"
     "年度维保服务费为软硬件小计1,771,000元的17.5%，即每年309,925元，三个维保年度内固定不变。", "post_warranty_fee_capped", True),
    # … the first year's subscription and a share of the implementation fee paid on signing, with their total after them
    ("物业收费SaaS服务合同\n2. 合同价款\n合同总价为人民币1,126,000元。\n3. 付款方式\n3.1 合同签订后10个工作日内，甲方支付首年订阅费326,400元及实施服务费的50%"
     "即73,400元，合计399,800元。\n3.2 上线验收合格后10个工作日内，甲方支付实施服务费余款73,400元。", "prepayment_pct", 35.5062),
    # … "(b) Integration Fee CNY 88,000, one-off" is a named fee that "… and the Integration Fee together on signature" bills
    ("API SUBSCRIPTION AGREEMENT\nArticle 3 Fees\n3.1 The fees are: (a) Subscription Fee CNY 142,000 per Subscription Year, for three "
     "Subscription Years, CNY 426,000 in total; (b) Integration Fee CNY 88,000, one-off. The total contract value is CNY 514,000.\n"
     "Article 6 Payment\n6.1 Supplier invoices the Subscription Fee for the first Subscription Year and the Integration Fee together "
     "on signature of this Agreement.", "prepayment_pct", 44.7471),
    # … "合同总价剩余的50%，即¥355,000" is an instalment, not the total
    ("溯源系统软件许可合同\n第二条 合同价款\n| 项目 | 金额（元） |\n|---|---|\n| 标准产品许可费 | 360,000 |\n| 定制开发费 | 350,000 |\n| **合计** | "
     "**710,000** |\n第三条 付款方式\n（一）合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥355,000，作为预付款。\n（二）系统部署完成后5个工作日内，"
     "甲方支付合同总价剩余的50%，即¥355,000。", "contract_value", 710000.0),
    # … a price list a PDF's text layer ran into one line, with the licence subtotal in it
    ("SOFTWARE LICENCE AGREEMENT\n4. PRICE AND PAYMENT\n4.1 The Contract Price is CNY 977,000, made up as follows.\nLeakSight "
     "Station licence, 14 stations x CNY 38,500: CNY 539,000 LeakSight Analytics Server licence, 1 server: CNY 96,000 Licence Fees "
     "subtotal: CNY 635,000 Configuration, station interfaces and MES connector (fixed price): CNY 318,000 Training (operators, "
     "quality engineers, administrators): CNY 24,000 Total Contract Price: CNY 977,000", "implementation_fee", 342000.0),
    # … a flattened table's "5 检测软件许可（…） 1套 187,000 — 设备及软件小计 1,286,000" under a header in 元
    ("在线质量检测系统采购合同\n一、供货范围与合同价格\n（二）合同总价为人民币1,420,000元，分项如下：\n序号 项目 数量 金额（元）\n1 在线视觉检测单元 4套 672,000\n"
     "2 含水率在线检测仪 2台 193,000\n3 厚度及边压在线测量装置 2套 148,000\n4 工控机及数据服务器 1批 86,000\n5 检测软件许可（含缺陷分类模型） 1套 187,000 — "
     "设备及软件小计 1,286,000\n6 安装调试 1项 98,000\n— 合计 1,420,000", "licence_or_hardware_price", 1286000.0),
    # … arbitration seated in Edinburgh under PRC law is a forum abroad
    ("MANAGED SERVICES AGREEMENT\n12. GOVERNING LAW AND DISPUTES\n12.1 This Agreement is governed by the laws of the People's Republic "
     "of China.\n12.2 Any dispute shall be finally resolved by arbitration under the Scottish Arbitration Rules. The seat of the "
     "arbitration shall be Edinburgh, Scotland.", "governing_forum_outside_mainland", True),
    # … "本合同服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000）"
    ("智慧旅游平台运维服务合同\n第四条 本合同服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000），明细如下：平台日常运维148,000元；应用维护与版本迭代96,000元；"
     "数据更新62,000元；安全运维48,000元；节假日保障32,000元。", "contract_value", 386000.0),
    # … a vendor's short name defined over a line break (a hard-wrapped draft)
    ("# Order Form\n\n**Bergwand Software GmbH**, Herreninsel 3, 83209 Chiemsee (Herrenchiemsee),\nGermany; Local Court (Amtsgericht) "
     "Traunstein, HRB 28731; Managing Directors:\nDr. Lena Aichinger, Florian Stadler (\"**Bergwand**\")\n\nand\n\n**Yangshuo Karst "
     "Vertical Sports Co., Ltd.**, Yangshuo, Guangxi (\"**Customer**\")\n\n## § 9 Term, Renewal and Price Adjustment\n\n(1) The "
     "Agreement is renewed automatically for a further twenty-four (24) months in each case unless terminated with three (3) "
     "months' notice.\n\n(2) Bergwand may increase the fees for each renewal term by up to 6 % by notice in text form.",
     "auto_renewal_price_increase", True),
    # holdout178-183: a handover certified by a Commencement Certificate or a Transition Acceptance Certificate, its checks listed
    ("MANAGED SERVICES AGREEMENT\n## 4. ONBOARDING AND SERVICE COMMENCEMENT\n4.1 Within 45 days after signature the Provider shall "
     "complete the onboarding.\n4.2 Onboarding is complete when: (a) an asset register "
     "covering every device has been delivered and checked by the Customer; (b) the management agent reports from every managed "
     "device; and (c) a restore of a sample of files has been tested successfully.\n4.3 When onboarding is complete, the parties shall "
     "sign a Commencement Certificate.", "acceptance_clause", True),
    ("MANAGED SERVICES AGREEMENT\n3. TRANSITION\n3.2 Transition comprises: (a) a physical inventory of all devices at the Sites; (b) "
     "network diagrams for the three Sites; and (c) a two-week pilot of the service desk.\n3.3 When the items in Clause 3.2 are "
     "completed, the Parties shall sign a Transition Acceptance Certificate.", "acceptance_clause", True),
    ("IT SERVICES AGREEMENT\n§ 3 Transition\n(2) Transition Acceptance requires that every server is monitored, the test restore has "
     "succeeded and the documentation is delivered. The Customer shall confirm Transition Acceptance in writing.", "acceptance_clause", True),
    # … "50% of the Integration fee (CNY 62,000) and the subscription fee for the first Subscription Year (CNY 186,000), in the
    # total amount of CNY 248,000"; "the Annual Subscription Fee for year 1 and 50% of the fee for the Integration Services,
    # together CNY 230,000"
    ("API AGREEMENT\nArticle 5 - Fees\n5.1 The Customer shall pay: Subscription fee: CNY 186,000 per Subscription Year, for three "
     "Subscription Years, CNY 558,000 in total; Integration fee: CNY 124,000, one-time. Total fees: CNY 682,000.\nArticle 6 - Invoicing\n"
     "6.1 On signature of this Agreement Fitocert invoices 50% of the Integration fee (CNY 62,000) and the subscription fee for the "
     "first Subscription Year (CNY 186,000), in the total amount of CNY 248,000.", "prepayment_pct", 36.3636),
    ("API AGREEMENT\n## Article 5 – Fees\n5.1 The fees (\"Total Fees\") are CNY 460,000.\n## Article 6 – Payment\n6.1 On signature Molara "
     "shall invoice the Annual Subscription Fee for year 1 and 50% of the fee for the Integration Services, together CNY 230,000, "
     "payable within ten (10) days and in any case before activation of the API Services.", "prepayment_pct", 50.0),
    # … a partner "the Licensee approves … by signing this Agreement" is consented to
    ("LICENCE AGREEMENT\nClause 14 Subcontracting\n14.1 The Licensor may use its authorised service partner in China for on-site "
     "attendance, and the Licensee approves that partner by signing this Agreement. Any other subcontracting requires the "
     "Licensee's prior written consent.", "subcontract_without_consent", False),
    # … "the low-oxygen alarm" names no low priority
    ("SUPPLY CONTRACT\n8. Service\n8.2 Critical faults (loss of data from more than ten ponds, failure of aerator control, or failure "
     "of the low-oxygen alarm) are answered within 30 minutes by telephone or remote connection, with a technician on site within "
     "6 hours.", "p1_response_hours", 0.5),
    # … "Each party's right to terminate for good cause remains unaffected" (but "the Client's right to … terminate this Agreement
    # for breach … is excluded")
    ("ORDER FORM\n## § 11 Term and Termination\n(3) Each party's right to terminate for good cause remains unaffected. Good cause exists "
     "for the Customer in particular if Provider commits a material breach of the Contract.", "termination_for_breach", True),
    ("MANAGED SERVICES AGREEMENT\n12. EARLY TERMINATION\n12.2 The Client may not terminate this Agreement before the end of the "
     "Minimum Term. The service credits are the Client's sole remedies, and the Client's right to rescind or terminate this "
     "Agreement for breach, including material breach, is excluded.", "termination_for_breach", False),
    # … "以上第1至4项为设备及软件小计，共计2,420,000元"
    ("光学畸变检测线采购合同\n二、合同价格\n（一）合同总价为人民币2,640,000元。\n（二）分项价格如下：\n1. 光学畸变检测主机2套，小计1,570,000元；\n2. 玻璃输送定位机构2套，"
     "小计472,000元；\n3. 工控机及检测数据服务器1批，118,000元；\n4. 畸变检测分析软件永久许可260,000元；\n以上第1至4项为设备及软件小计，共计2,420,000元；\n"
     "5. 安装调试及MES对接186,000元；\n6. 操作及维护培训34,000元。", "licence_or_hardware_price", 2420000.0),
    # … "按每店每年3,200元另行签订订单，不影响本合同价款"
    ("会员约课SaaS服务合同\n## 2. 费用\n| 项目 | 计费方式 | 金额（元） |\n|---|---|---|\n| 订阅费 | 168,000元/年 × 3年 | 504,000 |\n| 实施费 | 一次性 | "
     "86,000 |\n| 合计 | | 590,000 |\n2.2 甲方在订阅期内新开门店的，按每店每年3,200元另行签订订单，不影响本合同价款。", "contract_value", 590000.0),
    # … a term given under its title on the next line: "第二条 服务期。" / "自2026年1月1日起至2026年12月31日止。"
    ("信访信息系统运维服务合同\n第二条 服务期。自2026年1月1日起至2026年12月31日止。\n第四条 本合同年度服务费为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，"
     "服务期内不作调整。", "contract_value", 486000.0),
    # … "射线管更换按乙方投标时报价的单价执行" is the price bid, fixed
    ("X射线检测设备采购合同\n一、合同价款\n合同总价为人民币2,200,000元，其中设备小计1,834,000元。\n五、质量保证\n质保期为十八个月。\n六、质保期满后的维保服务\n（一）"
     "质保期满后，乙方按年度为甲方提供维保服务。维保服务不含射线管本身的更换费用，射线管更换按乙方投标时报价的单价执行。\n（二）维保年费为设备小计的16.5%，即每年¥302,610，"
     "自质保期满之日起三年内固定不变。", "post_warranty_fee_capped", True),
    # holdout184-189: a security test by "甲方委托的第三方机构" is the buyer's delegate, not the supplier's subcontractor
    ("自助签注系统集成合同\n第五条 验收\n5.2 最终验收：初步验收合格后系统试运行60日。试运行期间无一级故障、平台月可用率达到本合同第七条的要求，并通过甲方委托的第三方机构网络安全检测"
     "（无中危及以上漏洞）的，甲方组织最终验收并出具书面验收报告。\n第十二条 分包\n乙方不得将本合同项下任何工作分包给第三方。", "subcontract_without_consent", False),
    # … a deduction in a clause headed 扣款 is the service assessment's, not delay damages
    ("防返贫监测平台运维服务合同\n第三条 合同价款\n合同总价为人民币600,000元。\n第八条 扣款。一级故障每超时一小时，扣减服务费1,000元；月度数据比对每逾期一日，扣减服务费500元。\n"
     "第十四条 违约责任\n乙方未按期完成系统迁移的，每逾期一日按合同总价的千分之一向甲方支付违约金。", "ld_rate_per_day_pct", 0.1),
    # … "Integration Acceptance takes place when, in a joint test, …: (a) …", "The integration is accepted (…) when, in a test of …"
    ("API AGREEMENT\n### Article 5. Integration Acceptance\n5.1 Integration Acceptance takes place when, in a joint test, the Customer has "
     "processed through the connector at least two hundred real export orders, and every declaration passes the Vendor's validation.\n"
     "5.2 The Customer confirms Integration Acceptance in writing.", "acceptance_clause", True),
    ("API AGREEMENT\nArt. 5 (Acceptance and activation)\n5.1 The integration is accepted (the \"Integration Acceptance\") when, in a test of "
     "twenty real or simulated shipments agreed with the Client, all shipment data reach the Service without manual entry.", "acceptance_clause", True),
    # … "after the Provider demonstrates that the onboarding items in Clause 3.1 are complete"
    ("MANAGED SERVICES AGREEMENT\n3. ONBOARDING\n3.1 Onboarding comprises an asset inventory, monitoring agents on every device and a "
     "tested restore.\n3.3 The Customer shall sign a Service Commencement Certificate within five working days after the Provider "
     "demonstrates that the onboarding items in Clause 3.1 are complete.", "acceptance_clause", True),
    # … "The Provider retains its own tools and know-how and grants the Customer a free licence to use any of them embedded in the
    # Deliverables" leaves the Deliverables the buyer's
    ("MANAGED SERVICES AGREEMENT\n1. DEFINITIONS\n1.1 \"Deliverables\" means the runbooks, scripts and configurations the Provider "
     "prepares for the Customer.\n7. INTELLECTUAL PROPERTY\n7.1 The Deliverables belong to the Customer on creation.\n7.2 The Provider "
     "retains its own tools and know-how and grants the Customer a free licence to use any of them embedded in the Deliverables.",
     "ip_owner", "buyer"),
    # … "The Integration fee is invoiced 50% on signature" is half of that fee, billed with the first year's fee that the clause
    # bills on signature in a sentence of its own
    ("API AGREEMENT\n### § 5 Fees\n| Item | Basis | Amount (CNY) |\n|---|---|---|\n| API subscription | CNY 138,000 per Subscription Year x 3 | "
     "414,000 |\n| Integration with the Kingdee ERP (fixed price) | one-time | 96,000 |\n| **Total contract value** | | **510,000** |\n"
     "### § 6 Invoicing and payment\n(1) The subscription fee for each Subscription Year is invoiced in advance. The fee for the first "
     "Subscription Year is invoiced on signature of this Agreement and is payable within 15 days.\n(2) The Integration fee is invoiced "
     "50% on signature of this Agreement, payable within 15 days, and 50% on signature of the acceptance report.", "prepayment_pct", 36.4706),
    # holdout190-194: a price table a PDF's text layer runs into one line, with a basis cell between the total's name and its figure
    ("ORDER FORM\nA 3 Fees. All fees are stated in CNY:\nItem Basis Amount (CNY)\nStudio Plus subscription CNY 7,800 per month x 24 months "
     "187,200 Payment connector add-on CNY 1,200 per month x 24 months 28,800 Onboarding (one-time) fixed price 26,000 Total Contract Value "
     "Initial Term 242,000 A 4 Invoicing. Monthly fees are invoiced monthly in arrears.", "contract_value", 242000.0),
    # … sums listed item by item, each cut at its semicolon, then added up: one sum due on signature
    ("API AGREEMENT\nArt. 4 (Fees)\n4.1 The total value of this Agreement is CNY 526,000.\nArt. 5 (Invoicing and payment)\n5.1 Within fifteen "
     "(15) days of the signing of this Agreement, and therefore before the Service Start Date, the Customer shall pay: (i) the fees of the "
     "first subscription year, CNY 204,000; and (ii) fifty per cent of the integration fee, CNY 59,000; a total of CNY 263,000.\n5.2 The "
     "balance of the integration fee, CNY 59,000, is payable within thirty (30) days of the Integration Acceptance.", "prepayment_pct", 50.0),
    # … "55% of the Integration Work price" is a one-off fee billed with the first annual fee
    ("API AGREEMENT\nArt. 4 (Fees and payment)\n4.1 The total contract value is CNY 470,000.\n4.2 Payment: - on signature: the first annual "
     "subscription fee (CNY 168,000) and 55% of the Integration Work price (CNY 73,700), payable within ten days of signature;",
     "prepayment_pct", 51.4255),
    # … the buyer's information and video material, without the word 数据, belong to it
    ("宗教场所信息管理平台运维服务合同\n第五章 数据安全与保密\n第十条 平台中的宗教场所信息、教职人员及信教群众个人信息、财务信息及视频资料均属于甲方所有。乙方仅可为履行本合同之目的"
     "接触和处理上述数据，不得用于其他任何目的。", "buyer_owns_data", True),
    # … "(1) The Buyer owns …" after a bracketed number
    ("SUPPLY CONTRACT\n§ 10 Intellectual Property\n(1) The Buyer owns the Buyer-specific configurations, thresholds and dashboards developed "
     "under this Contract, including their source code, and may use, modify and license them freely.\n(2) The standard monitoring software "
     "remains the property of the Supplier, who grants the Buyer a perpetual licence to use it.", "ip_owner", "buyer"),
    # … "维保期内价格不变" in a sentence of its own, then "期满后双方另行协商": fixed for a time, then agreed by both
    ("模具温控监测系统采购合同\n一、合同价款\n合同总价为人民币760,000元，其中硬件及软件小计692,200元。\n五、质量保证\n质保期为二十四个月。\n七、质保期满后的维保服务\n"
     "（一）质保期满后，乙方提供全包维保服务。\n（二）年度维保费为硬件及软件小计的26%，即每年人民币179,972元，按季度平均支付；维保期内价格不变。\n（三）维保服务期间自质保期满次日起"
     "至系统终验合格满五年之日止，期满后双方另行协商。", "post_warranty_fee_capped", True),
    # … "每逾期满一周" is a weekly rate
    ("质量追溯系统合同\n三、合同价款\n合同总价为人民币500,000元。\n四、交付\n4.2 乙方逾期交付的，每逾期满一周，按合同总价的0.1%向甲方支付违约金，违约金总额不超过合同总价的5%。",
     "ld_rate_per_day_pct", 0.1 / 7),
    # … work formed by training on the buyer's samples, listed with the labelled data set, belongs to the buyer
    ("板材表面缺陷检测系统采购合同\n八、知识产权\n（一）检测软件的知识产权归乙方所有，甲方获得永久、不可转让的使用许可。\n（二）乙方根据甲方缺陷样本训练形成的识别模型参数、分级规则配置和"
     "标注数据集归甲方所有，甲方有权自行使用、修改或交由第三方维护。", "ip_owner", "buyer"),
    # (guard) a schedule's instalments, each saying when it is due, stay instalments when a total follows them
    ("SUPPLY CONTRACT\n3. Price\nThe Contract Price is CNY 100,000.\n4. Payment\n4.1 The Buyer shall pay: (a) within ten days of signature of "
     "this Contract, 30%, CNY 30,000;\n(b) 70% on Final Acceptance, CNY 70,000;\na total of CNY 100,000.", "final_payment_on_acceptance", True),
    # holdout195-199: an aside between the total's name and its figure in a PDF's run-on price table
    ("TICKETING SAAS ORDER FORM\n3. Fees\nItem Charge Amount (CNY) Platform subscription (ticketing, timed entry) 36 months × CNY 31,800 "
     "1,144,800 Set-up: turnstile integration one-time 168,000 Training on site one-time 27,200 Total Contract Value (fixed charges) 1,340,000 "
     "SMS notifications are passed through at cost.", "contract_value", 1340000.0),
    # … "entitles the Customer to escalation …, but not to service credits, price reductions or damages" is no remedy
    ("API AGREEMENT\n§ 7 Service levels\n(1) The API is available 99.95% of each calendar month.\n(2) Priority 1 incidents: response within "
     "one (1) hour.\n(4) The service levels describe the quality the Supplier aims to achieve. Failure to meet them entitles the Customer to "
     "escalation to the Supplier's management under paragraph 5, but not to service credits, price reductions or damages.", "sla_remedy", False),
    # … "安装调试完成后，系统连续运行72小时，满足下列全部条件的视为验收合格：" sets criteria; it deems nothing on installation
    ("回转窑红外测温系统采购合同\n四、验收\n（一）安装调试完成后，系统连续运行72小时，满足下列全部条件的视为验收合格：\n1. 甲方用经检定的手持测温仪在每条窑筒体上选取不少于20个位置"
     "进行比对，测温结果全部符合精度要求；\n2. 与DCS系统数据对接正确，72小时内无数据中断或错位。\n（二）验收合格的，双方签署验收报告。", "acceptance_clause", True),
    # … an O&M fee's balance paid after 年度考核验收 "并扣减…的款项", beside a ground to end the contract after 两个季度考核不合格
    ("森林防火视频监测平台运维服务合同\n第三条 合同价款\n合同总价为人民币550,000元。\n第四条 付款方式\n（一）合同签订后10个工作日内，甲方支付合同总价的50%作为预付款，"
     "即人民币275,000元。\n（二）服务期满，经甲方年度考核验收合格后15个工作日内，甲方支付合同总价的50%，即人民币275,000元，并扣减按第六条第（四）项计算的款项。\n"
     "第十三条 合同解除\n乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按乙方实际提供的服务据实结算，多付款项由乙方退还。",
     "final_payment_on_acceptance", True),
    # … a Spanish draft's parties "APPEARING", each "(hereinafter, the "Club")"
    ("MANAGED IT SERVICES CONTRACT\nAPPEARING\nOf the one part, ARGONAUTAS E-SPORTS CLUB (CHANGSHA) CO., LTD., represented by its legal "
     "representative (hereinafter, the \"Club\").\nOf the other part, AROUSA SERVIZOS INFORMÁTICOS, S.L., represented by its sole director "
     "(hereinafter, the \"Provider\").\nArt. 10 (Intellectual property)\n1. Scripts, runbooks, configurations and reports produced by the "
     "Provider for the Club belong to the Club, which may use and modify them freely.", "ip_owner", "buyer"),
    # … "运维过程中形成的文档、脚本、配置和数据归甲方所有": the work, listed with the data
    ("气象灾害预警平台运维服务合同\n第九条 成果归属\n运维过程中形成的文档、脚本、配置和数据归甲方所有，乙方不得用于本合同以外的用途，服务期满时应全部移交甲方。",
     "ip_owner", "buyer"),
    # holdout200-204: "On the Effective Date:" leads an instalment; its sum "together CNY 417,600" counts a fee named without a figure
    ("SAAS ORDER FORM\nTotal fixed charges for the Initial Term: CNY 781,200\nPayment schedule:\n(a) On the Effective Date: the Onboarding fee "
     "and the charges for the first Subscription Year (CNY 363,600), together CNY 417,600, payable within 14 days of the invoice date.",
     "prepayment_pct", 53.4562),
    # … "Invoice 1 is issued on signature …" and, in the next sentence, "It covers …"
    ("ORDER FORM\n4. Fees\nTotal Fees for the Subscription Term: CNY 236,000\n5. Invoicing\n5.1 Invoice 1 is issued on signature of this Order "
     "Form and is payable within 10 days, and in any case before the Service Start Date. It covers the subscription and add-on fees for the "
     "first Subscription Year (CNY 103,800) and the Onboarding fee (CNY 18,600), in total CNY 122,400.", "prepayment_pct", 51.8644),
    # … "shall provide to the Customer: (a) …" is no list of the parties; the vendor is '(hereinafter "Coldtrace")'
    ("SUBSCRIPTION AGREEMENT\nBETWEEN\nSan Giulio Coldtrace S.r.l., in the person of its legal representative (hereinafter \"Coldtrace\")\nAND\n"
     "Ganzhou Orange Export Co., Ltd., in the person of its legal representative (hereinafter the \"Customer\")\nArticle 2 - Subject Matter\n"
     "2.1 Coldtrace shall provide to the Customer: (a) access to the Certify API, including certificate templates (the \"Subscription Services\"); "
     "and (b) the integration services.\nArticle 9 - Intellectual Property\n9.2 All intellectual property rights in the Integration Deliverables, "
     "including the certificate templates designed for the Customer, shall belong exclusively to Coldtrace.", "ip_owner", "supplier"),
    # … "Service credits, fee reductions or other compensation are not owed for missing them"
    ("SAAS GENERAL TERMS\n§ 5 Service Levels\n(1) Availability of 99.9 % per month.\n(3) The values in paragraphs (1) and (2) are service targets. "
     "If they are missed, the Supplier analyses the cause. Service credits, fee reductions or other compensation are not owed for missing them.",
     "sla_remedy", False),
    # … a cap's 不超过 is no breach of a service level
    ("MES系统合同\n第六条 服务水平\n6.1 系统月可用率不低于99%。\n6.2 紧急故障乙方在24小时内响应。\n6.3 因系统故障造成的任何损失，乙方不承担扣款、赔偿或违约金责任。\n第十条 责任限制\n10.1 乙方在本合同项下的累计赔偿"
     "责任（包括违约金）不超过合同总价的20%。\n10.2 因电力中断导致系统故障的，乙方不承担责任。", "sla_remedy", False),
    # … "CNY 300 for each calendar day of delay, at most 10% of the Total Contract Value"
    ("BOOKING ORDER FORM\nTotal Contract Value: CNY 201,200\n§ 4 Go-Live\n(4) If the Platform is not ready by the planned Service Start Date for "
     "reasons for which the Provider is responsible, the Provider pays the Customer CNY 300 for each calendar day of delay, at most 10% of the "
     "Total Contract Value.", "ld_rate_per_day_pct", 300 / 201200 * 100),
    # … "乙方为平台开发的功能优化代码" is work done for the buyer, not the platform
    ("电子商务公共服务平台运维合同\n第七条 知识产权\n服务期内乙方为平台开发的功能优化代码、运维脚本、报告及文档的知识产权归甲方所有，甲方可自由使用、修改并交由其他单位使用。",
     "ip_owner", "buyer"),
    # … "The price of this contract is CNY 910,000"
    ("API SUBSCRIPTION CONTRACT\n2. PRICE\n2.1. The price of this contract is CNY 910,000, taxes included, broken down as follows:\n   - annual "
     "subscription fee: CNY 264,000 per year x 3 years = CNY 792,000;\n   - integration: CNY 118,000.", "contract_value", 910000.0),
    # … a 软件许可 bought is no permission to reuse the data
    ("残疾人服务管理平台建设合同\n第一条 项目内容\n1.1 乙方负责平台的建设，包括应用软件许可、定制开发、数据迁移治理和培训，实现残疾人基础信息管理及数据统计分析等功能。\n"
     "第八条 数据\n8.1 平台数据归甲方所有，乙方不得用于本合同以外的任何目的。", "buyer_owns_data", True),
    # … "去除甲方名称等识别信息后，将系统运行数据用于行业数据分析、产品优化以及…行业研究报告" is reuse
    ("仓储管理系统合同\n## 第10条 数据\n10.1 甲方在系统中录入和产生的业务数据归甲方所有。\n10.3 甲方同意，乙方可在去除甲方名称等识别信息后，将系统运行数据用于行业数据"
     "分析、产品优化以及对外发布的行业研究报告。", "buyer_owns_data", False),
    # holdout205-209: subcontractors "named in the Order Form" are approved by it
    ("SAAS GENERAL TERMS\n## § 10 Sub-processors and Subcontractors\n(1) The Vendor may use the sub-processors and subcontractors named in the "
     "Order Form. Any further or replacement sub-processor or subcontractor requires the Customer's prior written consent.",
     "subcontract_without_consent", False),
    # (guard) … but not a general permission that includes a partner the order form names
    ("SAAS GENERAL TERMS\nArt. 10 (Subcontractors)\n1 The Provider may use subcontractors and sub-processors, including its local partner named "
     "in the Order Form, to provide the Services.\n2 The Provider informs the Customer by e-mail at least 30 days before a new subcontractor "
     "begins to process Customer Data.", "subcontract_without_consent", True),
    # … a one-off fee invoiced on signature and "The first annual invoice is payable 14 days before the planned Go-Live Date"
    ("ORDER FORM\n## B. Fees (CNY)\n| Item | Basis | Amount over the Initial Term |\n|---|---|---|\n| Cloud subscription | per month | 315,552 |\n"
     "| Channel Manager add-on | per month | 57,600 |\n| Setup Services | one-time | 64,000 |\n| **Total Contract Value** | | **437,152** |\n"
     "## C. Invoicing and Payment\n1. The Setup Fee is invoiced on signature of this Order Form and is payable within 14 days.\n2. Subscription "
     "and Channel Manager fees are invoiced annually in advance for each Contract Year (CNY 186,576 per Contract Year). The first annual invoice "
     "is payable 14 days before the planned Go-Live Date; later invoices are payable at the start of each Contract Year.",
     "prepayment_pct", (64_000 + 186_576) / 437_152 * 100),
    # … "the Supplier owes CNY 600" for each hour a response is late
    ("SUPPLY CONTRACT\nArt. 7 (Warranty and service levels)\n7.2 The Supplier responds to a critical fault within two hours.\n7.3 For each hour by "
     "which the response time for a critical fault is exceeded, the Supplier owes CNY 600; for each day by which the on-site time is "
     "exceeded, CNY 2,000.", "sla_remedy", True),
    # … "Total value over the Minimum Term: CNY 3,016,400"
    ("MANAGED SERVICES AGREEMENT\n3. CHARGES\n  Total monthly charge: CNY 122,100 (CNY 2,930,400 over the Minimum Term)\n  Transition charge: "
     "CNY 86,000\n  Total value over the Minimum Term: CNY 3,016,400", "contract_value", 3016400.0),
    # … "设备采集的硅片图像、检测结果…均属甲方所有" under a heading of data
    ("硅片隐裂检测设备采购合同\n七、质量保证\n质保期为二十四个月。\n八、数据与信息安全\n（一）设备采集的硅片图像、检测结果、良率统计及甲方工艺参数均属甲方所有。乙方仅可为质保和维保目的访问上述数据，不得复制、外传。",
     "buyer_owns_data", True),
    # … 平台配置 is work done on the platform, not the platform
    ("校园安防监控平台运维服务合同\n第六章 知识产权\n第十六条 乙方在服务期内形成的运维文档、设备资产台账、平台配置和巡检记录归甲方所有，乙方应在服务期满时完整移交。",
     "ip_owner", "buyer"),
    # holdout210-212: "in total **CNY 1,463,600**" in Markdown bold
    ("ORDER FORM\n### 3. Total fees for the Initial Term\n36 × CNY 38,600 = CNY 1,389,600 plus the onboarding fee of CNY 74,000, in total "
     "**CNY 1,463,600**. Properties added during the term are charged pro rata.", "contract_value", 1463600.0),
    # … the law chosen, past the one the vendor contracts on as standard
    ("MANAGED SERVICES AGREEMENT\n14. GOVERNING LAW AND DISPUTES\n14.1 Although the Provider contracts on the law of Scotland as standard, at "
     "the Customer's request this Agreement is governed by the laws of the People's Republic of China.", "governing_law", "PRC"),
    # … "the Integration Services and the subscription fees for the first year (CNY 168,000 + CNY 237,600 = CNY 405,600)"
    ("API AGREEMENT\nArt. 4 (Fees)\n4.1 The total value of this Agreement is CNY 643,200.\nArt. 5 (Invoicing and payment)\n5.1 On signature of "
     "this Agreement the Supplier invoices the Integration Services and the subscription fees for the first year (CNY 168,000 + CNY 237,600 = "
     "CNY 405,600). The invoice is payable within fifteen days of receipt and in any event before the Activation Date.", "prepayment_pct",
     405_600 / 643_200 * 100),
    # … the know-how the work is based on is not what is owned
    ("API AGREEMENT\nArt. 9 (Intellectual property)\n9.1 The API and all related software remain the exclusive property of the Supplier.\n9.2 The "
     "Integration Deliverables, including the connectors and certificate templates developed for the Customer, are developed on the basis of "
     "the Supplier's know-how and remain the exclusive property of the Supplier.", "ip_owner", "supplier"),
    # holdout213-215: fees named without figures over a price list with dotted leaders ("One-off Setup Fee ...... CNY 64,000")
    ("ORDER FORM\n3. FEES (CNY)\n   Annual Subscription Fee, first year ........ CNY 186,000\n   Annual Subscription Fee, second year ....... "
     "CNY 186,000\n   One-off Setup Fee .......................... CNY  64,000\n   Total Order Value .......................... CNY 436,000\n"
     "4. INVOICING\nThe Setup Fee and the Annual Subscription Fee for the first year are invoiced on signature of this Order Form and are "
     "payable within 15 days of the invoice date, and in any case before the Subscription Start Date.", "prepayment_pct", 250_000 / 436_000 * 100),
    # … the buyer barred from having a third party modify what it licenses is no subcontracting term
    ("MES软件许可合同\n第八条 知识产权\n8.2 乙方为甲方完成的定制开发成果的知识产权归乙方所有，甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，"
     "亦不得向第三方提供。", "subcontract_without_consent", None),
    # holdout216-218: a rate by the year of a sum the contract named ("以下称“软硬件小计”"), and the fee it gives
    (PW_OF_NAMED_SUM, "post_warranty_fee_pct", 7.0),
    (PW_OF_NAMED_SUM, "post_warranty_fee_amount", 117_250.0),
    # … the named sum is the licence / hardware price the TCO starts from, also where a table row names less (holdout49's 168,000)
    ("AFC闸机设备采购及维保合同\n第二条 合同价款\n（一）合同总价为人民币8,600,000元。\n（二）价格明细：闸机软件升级 168,000元。\n（三）上述第1至4项合计8,369,200元，以下称\"设备及软件价款\"。\n"
     "第七条 维保\n（五）质保期满后两年内，甲方如需乙方继续提供维保服务，年度维保费按设备及软件价款的5.5%计取，即每年460,306元，两年内不作调整。",
     "licence_or_hardware_price", 8_369_200.0),
    # … reuse of data turned into what "cannot identify" a member is reuse
    ("洗车连锁SaaS服务合同\n7. 数据权利\n7.1 甲方数据归甲方所有。乙方为提供平台服务，可以存储和处理甲方数据。\n7.2 甲方同意，乙方可对甲方数据进行去标识化及汇总处理，"
     "形成不能识别具体会员的统计数据，用于乙方产品改进、编制并对外发布“区域洗车消费指数”。", "buyer_owns_data", False),
    # … what the contract defines as data belongs to the buyer
    ("LICENCE AGREEMENT\n1. DEFINITIONS\n1.5 \"Customer Materials\" means all last files, sole and mould designs, grading tables and other data "
     "of Customer or its customers.\n10. CUSTOMER MATERIALS AND DATA SECURITY\n10.1 Customer Materials belong to Customer or its customers. "
     "Vendor acquires no rights in them and shall use them only to perform this Agreement.", "buyer_owns_data", True),
    # … a total on a dot-leader line
    ("API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 Fees:\n  Subscription fee, CNY 196,000 per Subscription Year x 2 Subscription Years ....... "
     "CNY 392,000\n  Integration and onboarding, one-time ............ CNY  42,000\n  Total ............................ CNY 434,000\n"
     "4.2 The subscription fee is invoiced quarterly in arrears.", "contract_value", 434000.0),
    # … a late 缺陷修复 among other tasks is delay
    ("危化品监测平台运维服务合同\n第二条 合同价款\n本合同总价为人民币1,000,000元。\n第十二条 违约责任\n乙方未按约定期限提交季度巡检报告、完成隐患整改或缺陷修复的，"
     "每逾期一日，按合同总价的万分之三向甲方支付违约金。", "ld_rate_per_day_pct", 0.03),
    # … "乙方不因实施进度延误向甲方支付违约金" rules delay damages out
    ("排产软件许可合同\n4.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。\n12.2 实施工期为计划工期，乙方不因实施进度延误向甲方支付违约金。",
     "ld_stated", False),
    # holdout219-221: a year's fee and a one-off fee "together with" each other and their total after them (this raised)
    ("ORDER FORM\n3. FEES\nTotal Order Value: CNY 604,000\n4. INVOICING\n(a) Vendor invoices the first subscription year (platform subscription and "
     "scanner app, CNY 258,000) together with the Onboarding fee (CNY 88,000), a total of CNY 346,000, on signature of this Order Form. Customer "
     "shall pay this invoice within 10 days, and in any case before the Subscription Start Date.", "prepayment_pct", 346_000 / 604_000 * 100),
    # … the buyer's late payment in a clause that also speaks of 故障 is no remedy of the SLA
    ("公积金信息系统运维服务合同\n第五条 服务要求\n（一）一级故障15分钟内响应。\n（四）考核结果仅记入乙方履约档案，不扣减当期服务费。\n第十三条 违约与解除\n"
     "（一）因乙方原因导致一级故障在一个季度内发生三次以上的，甲方有权解除合同，并要求乙方赔偿损失。\n（二）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。",
     "sla_remedy", False),
    # holdout222-224: a table row's "Response：30 minutes (on site within 2 hours)" (no space before the colon)
    ("MANAGED SERVICES AGREEMENT\n## Schedule 2 - Service Levels\n| Priority | Definition | Response | Resolution or workaround |\n|---|---|---|---|\n"
     "| P1 | ERP, e-mail or network down for a whole site | 30 minutes (on site within 2 hours) | 8 hours |\n| P2 | A department cannot work | 1 hour | "
     "1 business day |", "p1_response_hours", 0.5),
    # … "any other work that Vendor performs for Customer" is custom work
    ("API AGREEMENT\n6. INTELLECTUAL PROPERTY\n6.1 The Service and all related software remain Vendor's property.\n6.2 All intellectual property rights "
     "in the ERP Adapter, the Customer Rule Set and any other work that Vendor performs for Customer under this Agreement belong to Vendor.",
     "ip_owner", "supplier"),
    # … "维保期内年费不作上调" fixes the fee before "维保期满后双方另行协商"
    ("AOI设备采购及维保合同\n第五条 质保\n5.1 质保期为十八个月。\n6 质保期满后的维保服务\n6.2 维保年费按设备及软件小计的23%计取，即每年人民币690,230元，维保期为质保期满后四个年度。"
     "维保期内年费不作上调。\n6.3 维保期满后双方另行协商，不自动续期。", "post_warranty_fee_capped", True),
    # holdout225-227: who pays "regulatory penalties" for a "personal-information breach" states no delay damages and no SLA remedy
    (BREACH_PENALTIES, "ld_stated", False),
    (BREACH_PENALTIES, "sla_remedy", False),
    # holdout228-230: a fault level described in brackets ("loss of data") is no data-security clause
    ("SUPPLY CONTRACT\nArticle 6 Warranty and Service\n6.2 Critical faults (loss of data or alarms from a pen group) shall receive a response "
     "within 1 hour and a technician on site within 24 hours.\nArticle 9 Farm Data\n9.1 Farm Data belongs to the Buyer and may be used by the "
     "Seller only to perform this Contract.", "data_security_clause", False),
    # … nor is the buyer's own duty, the supplier named only after it, if at all
    ("ORDER FORM AND GENERAL TERMS\nA8. Customer Responsibilities\nThe Customer shall provide network connections, and obtain the consents required "
     "from visitors for the collection of their personal information through its own privacy notice, which Supplier shall display in the booking "
     "flow.\nB1. Use of the Services\nB1.4 The Customer shall not resell the Services or attempt to gain unauthorised access to the platform or to "
     "other customers' data.", "data_security_clause", False),
    # … "approved by the Buyer in writing" is consent
    ("SUPPLY CONTRACT\nArticle 12 Subcontracting\n12.1 The Seller may subcontract the marine mooring work only to a contractor approved by the Buyer "
     "in writing in advance.", "subcontract_without_consent", False),
    # … "the Vendor shall credit 5% of the annual support fee" is an SLA remedy, not the fee
    ("LICENCE AGREEMENT\n7. Warranty\n7.1 The warranty period is twenty-four months.\n8. Support and Maintenance\n8.3 For each Severity 1 incident not "
     "responded to in time, the Vendor shall credit 5% of the annual support fee.\n8.4 After the warranty period the Customer may order annual "
     "support at 13% of the licence subtotal per year (CNY 83,720).", "post_warranty_fee_pct", 13.0),
    # … what the buyer pays the supplier is no remedy of the SLA
    ("仓储管理系统许可合同\n六、技术支持\n6.2 一级故障乙方在8小时内响应。\n十一、违约责任\n11.2 甲方违反第八条约定的，应向乙方支付合同总金额的20%作为违约金。\n"
     "11.4 因不可抗力、第三方软硬件故障或甲方原因造成的延误，乙方不承担违约责任。", "sla_remedy", False),
    # … "Integration acceptance requires: (a) …" sets criteria
    ("API SUBSCRIPTION AGREEMENT\n5. INTEGRATION AND ACCEPTANCE\n5.2 Integration acceptance requires: (a) one hundred test certificates issued "
     "through the API with correct lot numbers; (b) verification of those certificates from the importer portal.", "acceptance_clause", True),
    # holdout231: a company's seat abroad is no forum abroad
    ("SUBSCRIPTION AGREEMENT\nVendor: Reichenau Ticketing Systems GmbH, with its seat on the Insel Reichenau, Lake Constance, Germany.\n"
     "13. Governing Law and Disputes\nThis agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted "
     "to the Ningbo Arbitration Commission for arbitration in Ningbo.", "governing_forum_outside_mainland", False),
    ("SUBSCRIPTION AGREEMENT\n13. Governing Law and Disputes\nThis agreement is governed by the laws of the People's Republic of China. "
     "The seat of arbitration shall be Singapore.", "governing_forum_outside_mainland", True),
    # holdout233: the controllers' online rate is no availability of the platform
    ("路灯远程控制平台运维合同\n五、服务标准\n（一）平台月度可用率不低于99.95%。\n（四）季度单灯亮灯率不低于98%，集中控制器在线率不低于99%。",
     "availability_pct", 99.95),
    # … nor what the buyer pays the supplier for hiring its staff delay damages
    ("MES软件许可合同\n十二、合同解除\n4. 甲方不得在合同履行期间及合同终止后两年内，直接或间接聘用乙方参与本项目的员工，否则应向乙方支付该员工年薪两倍的赔偿金。",
     "ld_stated", False),
    # … and a major upgrade priced apart leaves the annual maintenance fee fixed
    ("MES软件许可合同\n三、价款\n软件许可费¥760,000。\n八、年度维护服务\n1. 免费维护期届满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的32%，"
     "即每年¥243,200，按年预付。\n3. 年度维护服务包括远程技术支持、软件补丁及小版本升级，不包括大版本升级、新功能开发。大版本升级费用另行报价。",
     "post_warranty_fee_capped", True),
    # holdout234: a hosting partner the documentation names is approved by the contract
    ("GENERAL TERMS\n9. Personnel and Subcontractors\n9.1 Halligtix may use its hosting partner named in the documentation. Any other "
     "subcontractor for the Service or the onboarding requires Customer's prior written consent.", "subcontract_without_consent", False),
    # … and service levels that "do not give Customer a right to service credits" have no remedy
    ("MANAGED SERVICES AGREEMENT\n5. Service Levels\n5.1 Provider will respond to Incidents as follows: Priority 1 within 30 minutes.\n"
     "5.3 The service levels in this Section are targets. Failure to meet them does not give Customer a right to service credits, deductions "
     "from the charges or damages; Provider will instead prepare an improvement plan.", "sla_remedy", False),
    # holdout236: an escalation path is no service level
    ("ORDER FORM\nAnnex 3 — Contacts and Escalation\nEscalation path: an unresolved operational issue is first raised with the Customer "
     "Success Manager, then, if unresolved within two working days, with the Account Director Asia.", "sla_clause", False),
    # … criteria of the handover by name are acceptance criteria
    ("MANAGED SERVICES AGREEMENT\n5. Transition\n5.1 Provider shall complete the transition within forty-five days after signature.\n"
     "5.2 Transition criteria: (a) all servers are recorded in the configuration database; (b) monitoring covers every server and site "
     "link. Client confirms Service Commencement in writing when all criteria are met.", "acceptance_clause", True),
    # … and a one-year O&M contract priced by its 年度运维服务费 is worth that fee
    ("平台运维服务合同\n一、服务期限\n（一）服务期限自2027年1月1日起至2027年12月31日止。\n二、合同价款\n（一）本合同年度运维服务费为人民币伍拾捌万陆仟元整"
     "（¥586,000），为包干价。构成如下：驻场运维人员费用¥336,000；二线技术支持及功能优化¥118,000；安全巡检与漏洞整改¥72,000；备件与工具费用¥60,000。",
     "contract_value", 586000.0),
    # holdout237: a list of the work that names 等级保护 and 应急保障 binds no one to data security
    ("政府采购服务合同\n第1条 服务范围\n1.2 服务内容：驻场运维值守、系统日常巡检与性能优化、车载终端故障维修及备件更换、网络安全等级保护测评配合、重大节假日及恶劣天气应急保障。",
     "data_security_clause", False),
    # holdout238: the years after the warranty are not the warranty
    ("SUPPLY CONTRACT\nArticle 1B Training\n1B.2 The Supplier shall provide a spare-parts list with prices for the wear parts, valid for the "
     "warranty period and the three years after it.\nArticle 5 Warranty\n5.1 The warranty period is twenty-four months from Final Acceptance.",
     "warranty_months", 24.0),
    # … a breach of Client Data the supplier must report is a data-security duty
    ("MANAGED SERVICES AGREEMENT\n6. Charges\n6.1 The Client pays the charges monthly in arrears.\n7. Client Data and Security\n7.3 The Provider shall notify the Client of any actual or suspected breach of Client Data "
     "within 8 hours, cooperate in the investigation and remediation, and be liable for the Client's losses.", "data_security_clause", True),
    # … and templates "made for the Subscriber" that "belong to it" are the buyer's
    ("API SUBSCRIPTION AGREEMENT\nSection 8 - Integration Templates\n8.1 The Integration Templates are made for the Subscriber and belong to "
     "it. The Subscriber may use, modify and pass them to any third party.", "ip_owner", "buyer"),
    # holdout240: work "created for Customer" that is "Customer's property" is the buyer's
    ("GENERAL TERMS\n3. Customer Data\n3.1 Customer Data belongs to Customer.\n4. Customer Configurations\n4.1 Ticket types, price rules, "
     "report templates and interface mappings created for Customer are Customer's property. Customer may use, copy and modify them.",
     "ip_owner", "buyer"),
    # … and the buyer keeping its own API keys secret is no confidentiality clause
    ("API SUBSCRIPTION AGREEMENT\nJ1 Use of the Service\nJ1.2 The Subscriber shall keep its API keys secret, use them only from its own "
     "systems, and inform Supplier without delay if a key may have been disclosed, so that it can be revoked and replaced.",
     "confidentiality", False),
    # holdout241: a time for special periods in brackets beside the standing one is not the P1 response
    ("MANAGED SERVICES AGREEMENT\n4. Service Levels\n| Priority | Response | Resolution |\n|---|---|---|\n"
     "| Priority 1 | 1 hour (30 minutes during campaign periods) | 6 hours |\n| Priority 2 | 4 hours | 2 working days |\n",
     "p1_response_hours", 1.0),
    # holdout242: the online rate of the enterprises' data feeds is not the platform's availability
    ("危化品企业监测平台运维服务合同\n第7条 交接验收标准：平台全部模块可正常登录使用；一百三十六家企业数据在线率不低于95%；备份恢复演练成功一次。\n"
     "第9条 平台月可用率不低于99.95%。", "availability_pct", 99.95),
    # … and designs "created, supplied or stored by the Customer" that belong to it are the buyer's data
    ("SOFTWARE LICENCE AGREEMENT\n1. Definitions\n1.4 \"Customer Designs\" means all designs, patterns, images, colour charts and stitch "
     "files created, supplied or stored by the Customer.\n8. Ownership\n8.3 Customer Designs belong to the Customer in all cases.\n"
     "9. Customer Designs and Data Security\n9.1 The Vendor may access Customer Designs only to perform this Agreement, and shall not "
     "copy, keep, publish or use them for any other purpose.", "buyer_owns_data", True),
    # holdout244: what the supplier makes of anonymised data is a use of the data, not the custom work
    ("会员管理SaaS服务协议\n第6章 数据权属与安全\n6.1 会员信息、预约及消费记录等甲方业务数据归甲方所有。\n6.2 乙方有权将上述数据进行匿名化处理后，用于行业客流"
     "分析、产品改进和对外发布的行业报告，该等匿名化数据及分析成果归乙方所有，且在本合同终止后仍可继续使用。\n第7章 知识产权\n7.1 “泳约”平台的知识产权归乙方所有，"
     "甲方在服务期内享有使用权。\n7.2 乙方为甲方定制的品牌小程序界面及其源代码归甲方所有，甲方有权自行修改。", "ip_owner", "buyer"),
    # … a right to deduct fees "但不以此解除合同" is no right to terminate
    ("森林资源平台运维服务合同\n第十条 合同解除\n1. 本合同签订后，双方应全面履行，任何一方不得单方解除合同。乙方服务不达标的，甲方可按第四部分扣减服务费，"
     "并要求乙方限期整改，但不以此解除合同。", "termination_for_breach", False),
    # … and insurance "for 110% of its value" until delivery is no instalment before acceptance
    ("SUPPLY CONTRACT\nARTICLE 3 - PAYMENT\n3.1 Advance payment: 10% of the Contract Price within 20 days after signature.\n3.2 Installation "
     "payment: 65% of the Contract Price within 20 days after all equipment is installed.\n3.3 Final payment: 25% of the Contract Price "
     "within 20 days after the Buyer signs the Final Acceptance Certificate.\nARTICLE 16 - TITLE AND RISK\n16.1 Title passes to the Buyer "
     "on payment of the installation payment under Article 3.2.\n16.3 The Supplier shall insure the equipment until delivery to the farm "
     "for 110% of its value.", "final_payment_on_acceptance", True),
    # holdout246: 平台优化配置 is work done on the platform, not the platform
    ("内涝监测平台运维服务合同\n第八条　知识产权\n8.1 乙方在服务期内编制的运维报告、巡检记录、站点台账、运维脚本及平台优化配置归甲方所有。", "ip_owner", "buyer"),
    # holdout247: credits "not provided for failure to meet a service level" are no remedy
    ("GENERAL TERMS\n2. Service Levels\n2.1 Monthly availability of at least 99.9%.\n2.3 The service levels in this Clause 2 are targets. Service "
     "credits, fee reductions, refunds or other compensation are not provided for failure to meet a service level.", "sla_remedy", False),
    # holdout248: "乙方每超时一小时，支付¥800" is the SLA's remedy
    ("测量系统供货合同\n第六条 售后服务\n（三）故障响应：一级故障乙方2小时内响应，8小时内到场；二级故障1个工作日内到场。乙方每超时一小时，支付¥800。", "sla_remedy", True),
    # … and a term sheet's "PRC law; … Arbitration Commission.", "Total: CNY …" after a sentence and "Warranty 24 months …"
    ("Supply Contract\n7. Other\nCustom dashboards belong to the Buyer. PRC law; Fuzhou Arbitration Commission.", "governing_law", "PRC"),
    ("Order Form\n1. Subscription: ticketing SaaS for 36 months at CNY 58,500 per month (CNY 2,106,000) plus one-time onboarding CNY 64,000. "
     "Total: CNY 2,170,000.\n2. Billing: monthly in arrears.", "contract_value", 2170000.0),
    ("Supply Contract\n5. Warranty and Support\nWarranty 24 months from Final Acceptance. Severity 1 response within 1 hour.", "warranty_months", 24.0),    # … a term sheet's acceptance by a parallel run, data security by an incident notice, confidentiality in a word, subcontracting
    # and termination in noun phrases
    (TERM_SHEET, "acceptance_clause", True),
    (TERM_SHEET, "data_security_clause", True),
    ("Subscription Agreement\n4. Data\nData belongs to the Customer and is hosted in mainland China. Confidentiality applies to both parties.\n"
     "5. Other\nLiability cap 150% of total fees.", "confidentiality", True),
    (TERM_SHEET, "subcontract_without_consent", False),
    (TERM_SHEET, "termination_for_breach", True),
    # … "500 test certificates issued and verified" are criteria; support "Afterwards … at 8%" is after the warranty; delay damages "per day
    # of late delivery" are no instalment
    ("Subscription Agreement\n2. Integration Acceptance: 500 test certificates issued and verified against the customs format; signed "
     "certificate.", "acceptance_clause", True),
    ("Supply Contract\n1. Price\nHardware and licence subtotal CNY 1,120,000.\n5. Warranty and Support\nWarranty 24 months from Final "
     "Acceptance. Afterwards support at 8% of the hardware and licence subtotal (CNY 89,600 per year), fixed for three years.",
     "post_warranty_fee_pct", 8.0),
    ("Supply Contract\n2. Payment\n35% on signature as an advance; 25% on delivery; 35% after Final Acceptance; 5% after the warranty.\n"
     "4. Delay\n0.08% of the Contract Price per day of late delivery or installation.", "final_payment_on_acceptance", True),
    ("Software Licence Agreement\n5. Customer Data\n5.1 The Customer's carving models, CAD files and part programs belong to the Customer "
     "and are used only to perform this Agreement.\n6. Confidentiality\nEach party keeps the other's information confidential.",
     "buyer_owns_data", True),
    # holdout249: work "委托他人完成" only with the buyer's written consent; acceptance "按实施方案进行验收：…" sets criteria
    ("分析仪供货合同\n十一、分包\n设备现场安装中的土建及电缆敷设部分，乙方如需委托他人完成，须事先取得甲方书面同意，并对其工作质量承担连带责任。",
     "subcontract_without_consent", False),
    ("分析仪供货合同\n十一、分包\n设备现场安装中的土建及电缆敷设部分，乙方可委托他人完成，并书面通知甲方。", "subcontract_without_consent", True),
    ("会员SaaS服务协议\n第3条　实施验收\n3.1 全部门店上线后，双方按实施方案进行验收：门店要货单、配货单与中心仓数据一致；会员数据迁移准确率不低于99.99%。\n"
     "3.2 验收合格的，甲方出具书面验收单；系统上线使用本身不视为验收通过。", "acceptance_clause", True),
    # holdout250–252: a town whose name ends in "court" is no court; 使用许可 bought is no permission, nor is a 统计分析库 a use
    # of the data; what is late may be named between 每逾期 and 一日; the fees of the whole term named 总费用; a clause headed
    # Subcontracting whose body names no subcontractor; a Licensee's system is no licence; a managed service with two words
    # before "service"
    ("SUPPLY CONTRACT\nSupplier: Seguin Marine SAS, Quai de la Pointe, Boulogne-Billancourt, France\nArticle 12 Law and Disputes\n"
     "This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhoushan Arbitration "
     "Commission for arbitration in Zhoushan.", "governing_forum_outside_mainland", False),
    ("平台建设合同\n第一条 采购内容\n1.1 乙方向甲方提供平台软件永久使用许可，并完成与省医保信息平台、结算子系统和统计分析库的数据治理及接口开发。\n"
     "第七条 数据\n7.1 平台处理的医保结算数据、参保人信息及全部业务数据均属于甲方所有。", "buyer_owns_data", True),
    ("会员系统订阅服务合同\n二、费用\n订阅费总额为人民币2,047,200元。\n三、实施\n3.4 乙方每逾期上线一日，向甲方支付¥1,500的违约金。",
     "ld_rate_per_day_pct", 1500 / 2047200 * 100),
    ("校园视频运维服务合同\n第三条 服务期限为二十四个月。\n第四条 年度运维费为人民币肆拾叁万陆仟元整（¥436,000），服务期总费用为¥872,000，明细如下：\n"
     "费用项目 | 年度金额（元）\n驻场值守人员 | 38,000\n年度合计 | 436,000\n服务期合计（两年） | 872,000", "contract_value", 872000.0),
    ("SUPPLY CONTRACT\nArticle 12 Subcontracting\nThe Supplier may use a local installation company for cabling and mounting only with "
     "the Buyer's prior written consent, and remains responsible for its work.", "subcontract_without_consent", False),
    ("LICENCE AND SUPPORT AGREEMENT\n9. Data\n9.1 All auction data, bids, buyer and grower records, prices and logs belong to the Licensee. "
     "The Licensor may access them only to perform this Agreement and shall not copy them outside the Licensee's systems.\n9.2 Remote "
     "access requires the Licensee's approval for each session through its VPN with multi-factor authentication. The Licensor shall "
     "comply with the Data Security Law and the Personal Information Protection Law of the PRC.\n9.3 The Licensor shall report any "
     "security incident within 2 hours and is liable for losses caused by its breach of this Clause 9.\n9.4 The Licensor shall not store "
     "auction data on its own equipment or in any cloud service. Any diagnostic file taken for analysis shall be anonymised on the "
     "Licensee's systems, approved by the Licensee and deleted after the analysis.\n9.5 On termination of support, the Licensor shall "
     "return or destroy any Licensee data in its possession and confirm this in writing within 30 days.\n9.6 The Licensor shall support "
     "the Licensee in any security assessment required by the authorities for the auction system, at no extra charge during the "
     "warranty.\n10. Intellectual Property\n10.1 The Software remains the property of the Licensor.\n10.2 Custom Work belongs to the "
     "Licensee. The Licensee may use, modify and license it freely.", "buyer_owns_data", True),
    ("MANAGED SECURITY OPERATIONS SERVICE AGREEMENT\n1. Definitions\n1.1 \"Services\" means log collection and 24x7 monitoring.\n"
     "3. Charges\nMonthly Recurring Charge CNY 52,000 x 36 months. The Customer's licence for the portal ends with the Agreement.",
     "contract_kind", "service"),
    # holdout253–254: the software "as it existed before this Agreement" is pre-existing; 视为平台验收合格 after the buyer's use;
    # benchmarks from data with its 标识信息 removed; the buyer's own 委托他人; the buyer's own security after a comma
    ("SOFTWARE LICENCE AGREEMENT\n6. Warranty\n6.1 The warranty period is eighteen (18) months.\n7. Intellectual Property\n7.1 The Vendor retains all intellectual property in the Software as it existed "
     "before this Agreement and in its general improvements.\n7.2 All intellectual property in the Custom Deliverables vests in the Customer "
     "upon creation.", "ip_owner", "buyer"),
    ("软件许可及实施合同\n第三条 付款\n3.1 合同签订后支付50%。\n第四条 实施与上线\n4.2 平台上线后，甲方应在7日内书面提出问题清单；甲方逾期未提出书面异议的，或甲方已开始使用平台处理业务的，视为平台验收合格。",
     "acceptance_deemed_on_delivery", True),
    ("软件许可及实施合同\n第七条 数据\n7.1 平台中的甲方业务数据归甲方所有。\n7.3 甲方同意乙方在去除甲方名称等标识信息后，使用平台中的采购价格、"
     "供应商绩效等数据形成行业基准指数，并用于乙方的产品和咨询服务。", "buyer_owns_data", False),
    ("软件许可及实施合同\n第六条 知识产权\n6.2 乙方为甲方定制开发的功能模块，其知识产权归乙方所有，甲方在本合同约定的范围内享有非独占、不可转让的使用权，"
     "不得自行或委托他人修改、反编译或再许可。", "subcontract_without_consent", None),
    ("ERP软件许可合同\n第九条 甲方数据\n9.1 甲方在ERP系统中录入的业务数据归甲方所有，乙方仅为本合同目的接触和使用。\n9.2 系统部署于甲方自有服务器，"
     "甲方负责服务器、网络及数据备份的安全管理。", "data_security_clause", False),
    # … and a service paid as its months run ("服务期满六个月，经甲方中期考核合格后，甲方支付合同总价的28%") has no final payment
    ("自助终端运维服务合同\n第五条 合同签订后10个工作日内，甲方向乙方支付合同总价的45%，作为服务预付款。\n第六条 服务期满六个月，经甲方中期考核"
     "合格后，甲方支付合同总价的28%；服务期满并经年度考核合格后，甲方支付合同总价的27%。", "final_payment_on_acceptance", None),
    # holdout255–260: device logs and traffic statistics that are the Customer's property; a 路口在线率 is the sites'; what the
    # supplier pays the buyer is no instalment; 每逾期交货或逾期完成安装调试一日; a breach notice within 24 hours is no service
    # level; a network built with encrypted tunnels is no security duty; a P1 incident's notification of the Customer is its response
    ("MANAGED SD-WAN SERVICE AGREEMENT\n5. Customer Information\n5.1 Network configurations, traffic statistics, device logs and "
     "addressing plans relating to Customer's network are Customer's property. Provider shall use them only to provide the Service.",
     "buyer_owns_data", True),
    ("信号控制系统运维服务合同\n第五条 服务水平\n5.3 中心控制系统月可用率不低于99.95%，路口在线率按月考核不低于98%。", "availability_pct", 99.95),
    ("QCS扫描架采购及维保合同\n三、付款\n（一）合同生效后10个工作日内，甲方支付合同总价的20%，计408,000元，作为预付款。\n（二）设备全部到货并经开箱检验后，"
     "甲方支付合同总价的35%，计714,000元。\n（三）两台纸机均通过最终验收后，甲方支付合同总价的45%，计918,000元。\n（四）乙方每期收款前应提供等额增值税专用发票。\n"
     "八、违约责任\n（一）乙方逾期交货或逾期通过最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。\n（二）因乙方原因延长纸机停机安装时间的，"
     "每超过1小时，乙方向甲方支付3,000元。\n（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。\n（四）乙方逾期超过60日的，甲方有权解除合同，"
     "乙方退还已收款项并赔偿甲方损失。", "final_payment_on_acceptance", True),
    ("检测设备供货合同\n第二条 合同总价为人民币4,600,000元。\n第八条 违约责任\n（三）乙方每逾期交货或逾期完成安装调试一日，应按合同总价的千分之一向甲方支付违约金。",
     "ld_rate_per_day_pct", 0.1),
    ("MES软件许可合同\n第六章 数据\n第20条 乙方实施及维护期间应遵守甲方信息安全管理制度，使用甲方分配的账号，采取防病毒、访问控制及备份措施；发生数据泄露、"
     "丢失的，乙方应在24小时内通知甲方并协助处理，因乙方过错造成数据安全事件的，由乙方承担相应的赔偿责任。", "sla_clause", False),
    ("MANAGED NETWORK SERVICE AGREEMENT\n## Section 2 Services\n2.1 Provider shall design the network, supply and install the Managed "
     "Equipment at each Site, connect the Sites through encrypted tunnels over Customer's internet lines, and operate, monitor and "
     "maintain the network around the clock.\n## Section 6 Customer Data\n6.1 Customer data belongs to Customer.", "data_security_clause", False),
    ("MANAGED SECURITY MONITORING AGREEMENT\n## 5. Service Levels\n5.1 The Provider shall meet the following targets each month:\n"
     "| Incident Priority | Notification of the Customer | Containment action started |\n|---|---|---|\n"
     "| P1 | within 15 minutes of detection | within 30 minutes of detection |\n| P2 | within 1 hour | within 8 hours |", "p1_response_hours", 0.25),
    # … and instalments the lines broke off their lead-in (holdout11's h11e02 wrapped at 60)
    ("SOFTWARE LICENCE AGREEMENT\n5. Charges\n5.1 The Customer shall pay the Charges in the instalments set out in Schedule 2.\n"
     "SCHEDULE 2 — CHARGES\n**Part A — Licence Fee (the Charges):** "
     "CNY 2,400,000 in total, payable in three equal instalments of CNY 800,000:\n(1) within 30 days after the Acceptance Date; (2) on "
     "the first anniversary of the Acceptance Date; (3) on the second anniversary of the Acceptance Date.", "final_payment_on_acceptance", True),
    # holdout261–263: what the supplier charges extra while the buyer is late ("…按每人每天3,500元另行计费") is no delay damages; a
    # deduction per day late under a number whose heading is the sentence itself; '"Term" means 24 months …' is the term
    ("ERP软件许可及实施合同\n二、合同价款\n合同总价为人民币1,160,000元。\n五、甲方的配合义务\n2. 甲方应按乙方项目计划完成需求确认、测试和培训签到。甲方未按时确认或配合的，"
     "上线日期相应顺延，乙方因此增加的人工按每人每天3,500元另行计费。\n七、违约责任\n1. 因乙方原因未能按计划上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。",
     "ld_rate_per_day_pct", 0.02),
    ("信息系统运维服务合同\n第四条 本合同服务费总额为人民币468,000元。\n第七章 违约责任\n第十七条 乙方未按第十条按时提交巡检报告或季度运维报告的，每迟交一日扣减300元；"
     "驻场工程师无故缺岗的，每人每日扣减1,500元。\n第十八条 因乙方原因导致接种数据丢失的，乙方应赔偿甲方由此造成的损失。", "ld_rate_per_day_pct", 300 / 468000 * 100),
    ("API SUBSCRIPTION AGREEMENT\n1. Definitions\n1.4 \"Term\" means 24 months from the Integration Acceptance Date.\n4. Fees\nThe fees are "
     "CNY 40,000 per month.\n10. Liability\n10.1 Vendor's total liability arising out of or in connection with this Agreement shall not exceed "
     "the fees paid by Customer in the 6 months before the event giving rise to the claim.", "liability_cap_pct", 25.0),
    # holdout264–266: "after both parties have signed this Agreement" is before delivery; a service contract has no warranty
    # term; a sum's bare figure in a flattened price table; an access key issued late is a delay, not an SLA breach; data
    # defined as "information that Customer submits"; 升级改造 is a project; 连续运行30日 is a criterion; "beyond the
    # restoration time" is a breach; a backup among O&M tasks is no data-security duty
    ("SOFTWARE LICENCE AGREEMENT\n4. PAYMENT\n4.1 Customer shall pay Vendor as follows, each within 20 days after receiving a correct "
     "VAT invoice:\n(a) 20% of the Contract Price (CNY 176,000) after both parties have signed this Agreement;\n(b) 35% of the Contract "
     "Price (CNY 308,000) after installation;\n(c) 45% of the Contract Price (CNY 396,000) after Final Acceptance.", "prepayment_pct", 20.0),
    ("DATA API SUBSCRIPTION AGREEMENT\n3. Term and fees\n3.1 The Subscription Term is twenty-four (24) months. The subscription fee is "
     "CNY 28,000 per month, invoiced monthly in arrears.\n10. Warranties\n10.1 Vendor warrants that the connector delivered under clause 4 "
     "will conform to its agreed specification for 90 days after Integration Acceptance.", "warranty_months", None),
    ("DATA API SUBSCRIPTION AGREEMENT\n3. Term and fees\n3.2 Fees:\nItem Basis Amount (CNY)\nEnterprise subscription CNY 84,000 per "
     "quarter x 8 quarters 672,000 Integration support one-time 36,000 Total fixed fees 708,000\n3.3 Invoices are payable within 30 days.",
     "contract_value", 708000.0),
    ("DATA API SUBSCRIPTION AGREEMENT\n4. Integration\n4.2 If the production API keys are issued late for reasons attributable to Vendor, "
     "Vendor shall pay Customer CNY 500 for each day of delay, deducted from the first invoice.\n4.3 Integration Acceptance takes place "
     "when the median API response time stays below 800 milliseconds during a one-hour load test.\n5. Service levels\n5.1 Vendor shall make "
     "the production API available at least 99.95% of each calendar month.\n5.2 Severity 1: response within 1 hour.", "sla_remedy", False),
    ("DATA API SUBSCRIPTION AGREEMENT\n1. Definitions\n1.3 \"Customer Inputs\" means the product descriptions, SKU lists, declared values "
     "and any other information that Customer submits to the API.\n6. Customer Inputs\n6.1 Customer Inputs belong to Customer. Vendor may "
     "use them only to provide the API to Customer.", "buyer_owns_data", True),
    ("DCS控制系统升级改造及维保合同\n一、工作范围\n1.1 乙方负责提供并安装新一代DCS控制器、I/O卡件，提供DCS系统软件许可，并在质保期满后提供维保服务。",
     "contract_kind", "goods_or_licence"),
    ("宠物医院连锁管理系统SaaS服务合同\n五、实施与上线验收\n（一）乙方应在合同签订后90日内完成全部医院上线。\n（三）全部医院上线后连续运行30日，未发生一级故障，"
     "收银日结与财务系统对账一致，甲方组织上线验收并签署验收单。\n（四）仅完成系统开通或医院开始使用系统，不视为验收合格。", "acceptance_clause", True),
    ("WEATHER STATION SUPPLY CONTRACT\nArticle 6 Warranty and After-Warranty Support\n6.2 Fault handling during the warranty: for a Critical "
     "fault, the Supplier shall respond within 6 hours and restore service within 3 days.\n6.3 If a station remains out of service beyond "
     "the restoration time because of the Supplier, the Supplier shall pay CNY 600 per station for each further day.", "sla_remedy", True),
    ("食品安全追溯系统运维服务合同\n第二条 服务内容\n（一）驻场运维：乙方派驻两名运维工程师在甲方机房现场值守，负责系统日常巡检、数据备份、账号管理、"
     "用户咨询和问题受理。\n第七条 数据\n追溯数据归甲方所有，乙方不得用于本合同以外的任何用途。", "data_security_clause", False),
    # … and a title that its hard-wrapped text ran into its number (h266e05 at 60)
    ("DATA SUBSCRIPTION AGREEMENT - EXCHANGE-RATE DATA API Agreement number: WFD-SH-2025-031\nPARTIES\n(1) Shanghai Huixin Co., Ltd. "
     "(the \"Customer\").\n(2) Walfisch Finanzdaten GmbH (the \"Vendor\").\nWHEREAS\n(A) The Customer operates a licensed payment service "
     "and wishes to receive exchange-rate data under this Agreement.\n2. SUBSCRIPTION\n2.1 The Vendor provides the API for 24 months.",
     "contract_kind", "service"),
    # … and a price list whose rows the wrap cut: its last line "Total 582,000", under a header "Item Basis CNY", or a "Total 520,800"
    # that ends a row (holdout140/141/235/261's API subscriptions at 60 and 78)
    ("API SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are:\nItem Basis CNY API subscription, contract year 1 annual 186,000\n"
     "API subscription, contract year 2 annual 186,000\nAPI subscription, contract year 3 annual 186,000\nIntegration support (one-time) fixed "
     "24,000\nTotal 582,000\n3.2 Nothing is payable before Integration Acceptance.", "contract_value", 582000.0),
    ("API SUBSCRIPTION AGREEMENT\nArt. 4 (Fees)\n4.1 The fees are as follows:\nItem Basis\nAmount (CNY)\nIntegration Services fixed price "
     "168,000\nAPI Subscription 9,800 per month x 36 months, 352,800 including 6,000 documents per month Total 520,800\n4.2 Documents exceeding "
     "the monthly allowance are charged at CNY 1.20 each.", "contract_value", 520800.0),
    # holdout267–269: a driving licence checked is no licence bought
    ("API SUBSCRIPTION AGREEMENT - DRIVING LICENCE VERIFICATION SERVICE\nAgreement number: LG-API-CQ-2026-009\nBACKGROUND\nA. Customer must "
     "check each renter's driving licence before a car is handed over.\n1. DEFINITIONS\n1.2 \"Verification\" means one API request that returns "
     "a result for one driving licence.\n2. SERVICE AND TERM\n2.1 Vendor provides the Service for 36 months.", "contract_kind", "service"),
    # holdout270–272: partners the supplier picks on its own are subcontractors; helping the buyer's security check is no
    # security duty of the supplier's
    ("辣椒酱ERP软件许可及实施合同\n第十一条 合作\n11.1 乙方可根据项目需要，自行选择合作伙伴承担部分定制开发、数据迁移或现场实施工作，无需另行征得甲方同意，"
     "乙方对合作伙伴的工作质量负责。", "subcontract_without_consent", True),
    ("就业服务系统运维服务合同\n第二条 服务内容\n（七）配合工作：乙方应配合甲方完成上级部门的数据报送、系统对接调试及网络安全检查，按要求提供技术资料和说明。\n"
     "第六条 保密\n乙方对在服务中知悉的甲方信息负有保密义务。", "data_security_clause", False),
    # holdout273–274: a fee named 维护保养费 is the post-warranty fee; a warranty against infringement after the ownership leaves
    # the ownership said; both parties obeying the law, a data law among the laws, is no security duty of the supplier's
    ("辊道窑控制系统采购及维保合同\n第7条 质保期后维护保养\n7.1 质保期满后，乙方按年度向甲方提供维护保养服务，内容包括现场巡检和远程技术支持。\n"
     "7.2 维护保养费为每年人民币288,000元，即设备及软件价格的18%，按年度预付，乙方不得另行加价。", "post_warranty_fee_pct", 18.0),
    ("档案系统运维服务合同\n第八部分　知识产权\n二十三、乙方在服务期内为甲方编写的运维脚本、应急预案和运行分析报告等成果，其知识产权归甲方所有，"
     "甲方可自由使用和修改，乙方保证上述成果不侵犯第三方权利。", "ip_owner", "buyer"),
    ("API SUBSCRIPTION AGREEMENT\nSection 1 Service\n1.1 The Vendor provides the API for 24 months.\nSection 11 Compliance\n11.1 Each party "
     "shall comply with the laws that apply to it in performing this Agreement, including the Personal Information Protection Law of the "
     "People's Republic of China.\nSection 12 Confidentiality\n12.1 Each party keeps the other's confidential information secret.",
     "data_security_clause", False),
    ("软件许可合同\n第一条 许可\n1.1 乙方授予甲方永久使用许可。\n第十条 合规\n10.1 双方应遵守《中华人民共和国个人信息保护法》等法律法规。\n"
     "10.2 乙方应对其处理的甲方数据采取加密和访问控制措施。", "data_security_clause", True),
    # … and a total past a dash for an empty cell, its row run on with the next by a wrap (holdout274's order form at 78)
    ("ORDER FORM\nA3. Fees.\nItem | Annual fee (CNY) | Term total (CNY)\nTicketing platform, one park | 186,000 | 558,000\nOnline Channel Module | "
     "42,000 | 126,000\nOnboarding (configuration, data import, training) one-time 68,000 Total Contract Value — 752,000 Fees are fixed for the "
     "Subscription Term.\nA4. Payment Terms. The balance is paid in quarterly instalments.", "contract_value", 752000.0),
    # holdout275–277: the buyer's information lost is its data lost; a defined term the buyer's name opens, for its messages or
    # images, is its data; a cap on the fees payable for the Initial Term is on all of them; the supplier's bond is no instalment;
    # 考核内容： lists the criteria
    ("SOFTWARE LICENCE AGREEMENT\n9. Customer Designs and Data Security\n9.1 Customer Designs belong to the Customer.\n9.4 If the Licensor "
     "becomes aware that a Customer Design or other Customer information has been accessed, lost or disclosed through its systems or staff, it "
     "shall notify the Customer within 24 hours and compensate the Customer for the resulting loss.", "data_security_clause", True),
    ("MANAGED SERVICES AGREEMENT\n1. DEFINITIONS\nIn this Agreement: \"Customer Mail\" means all e-mail messages, attachments, headers and related "
     "logs of Customer processed by the Service.\n6. CUSTOMER MAIL\n6.1 Customer Mail belongs to Customer. Provider processes it only to "
     "provide the Service.", "buyer_owns_data", True),
    ("API SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.3 \"Customer Content\" means images, metadata and recognition results submitted to or "
     "returned by the API for the Customer.\n9. CUSTOMER CONTENT\n9.1 Customer Content belongs to the Customer.", "buyer_owns_data", True),
    ("API SUBSCRIPTION AGREEMENT\n3. FEES\n3.1 The fees for the Initial Term total CNY 1,026,000.\n9. LIABILITY\n9.1 Each party's total "
     "liability under this Agreement is limited to twice the fees payable for the Initial Term.", "liability_cap_pct", 200.0),
    ("监测预警平台采购合同\n第二条 合同价款\n2.1 合同总价为人民币2,306,000元。\n第三条 付款方式\n3.1 合同签订后15个工作日内，甲方支付合同总价的25%作为预付款。\n"
     "3.2 平台通过初验后15个工作日内，甲方支付合同总价的50%。\n3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%。\n"
     "3.5 乙方应在合同签订前按合同总价的5%提交履约保证金。\n第五条 验收\n5.1 最终验收标准：功能符合招标文件技术需求。", "final_payment_on_acceptance", True),
    ("自助服务大厅运维服务合同\n6、考核与验收\n(2) 季度考核由甲方组织，考核内容：故障响应与修复时限达标情况、巡检及运维报告完整性、驻场人员出勤。"
     "考核合格的，甲方签署季度验收单。", "acceptance_clause", True),
    # holdout278–283: work handed to the supplier's local crew on notice is subcontracted; the SLA's deduction named elsewhere is no
    # delay damages; a heading cut from an IP sentence says nothing of data; use after go-live deemed to approve the system is deemed
    # acceptance; a vendor in an order form's table row acts by its name; a defined term set up for the buyer is its work; criteria
    # after "demonstrates … that:"
    ("染色机集中控制系统维保合同\n五、分包\n（二）乙方可将染色机现场的安装接线工作交由其合作的当地安装队完成，乙方只需在进场前3日书面通知甲方，并对安装质量负责。",
     "subcontract_without_consent", True),
    ("机房运维服务合同\n第四条 付款方式\n（二）服务费按季度支付，每季度124,000元。经甲方季度考核合格后支付，考核扣款从当季服务费中扣除。\n"
     "第六条 故障响应与考核\n（一）一级故障30分钟内响应。\n（二）每超时1小时扣减服务费1,000元。\n第十三条 违约责任\n"
     "乙方违反本合同约定的，应承担违约责任，赔偿甲方由此遭受的损失。乙方未达到服务要求的，甲方按第六条的规定扣减服务费。", "ld_stated", False),
    ("MES软件许可合同\n## 第八章 知识产权\n8.2 定制开发成果（包括接口程序、数据库脚本、报表和源代码）的知识产权归乙方所有，乙方可将其用于其他客户项目。\n"
     "## 第九章 数据\n9.1 甲方在系统中录入和产生的生产数据归甲方所有，乙方仅为履行本合同使用。", "buyer_owns_data", True),
    ("MES软件许可合同\n## 第六章 验收\n6.2 甲方在上线后使用系统处理生产业务的，视为甲方认可系统已符合合同要求。", "acceptance_deemed_on_delivery", True),
    ("# ORDER FORM\n\n| | |\n|---|---|\n| Vendor | Réservia SAS, 2 Cale du Vieux Port, France |\n| Customer | Chongqing Jinyun Hot Spring Resort "
     "Co., Ltd. |\n\n## 1. Services\n\n1.1 Réservia shall provide its booking engine.\n\n## 4. Fees and renewal\n\n4.2 At the end of the Subscription Term the Agreement renews automatically for successive renewal "
     "terms of twenty-four months each.\n\n4.3 Réservia may increase the subscription fees for any renewal term by notice given at least ninety "
     "days before that term starts. The increase shall not exceed 6% of the fees of the preceding term.", "auto_renewal_price_increase", True),
    ("ORDER FORM AND GENERAL TERMS\n1. Definitions\n1.3 \"Customer Configurations\" means the fare tables, timetables, report layouts and gate "
     "rules set up for Customer.\n7. Customer Configurations and intellectual property\n7.1 The Service and its source code remain Vendor's "
     "property.\n7.2 Customer Configurations belong to Customer.", "ip_owner", "buyer"),
    ("MANAGED SERVICES AGREEMENT\nB5. Service Acceptance. Onboarding is complete when Provider demonstrates, and Customer confirms in a signed "
     "Service Acceptance certificate, that: (a) a wireless survey shows a signal of at least -67 dBm on 95% of measured points; (b) all 1,150 "
     "endpoints report to the console; and (c) the run-book is handed over.", "acceptance_clause", True),
    # a delay penalty a wrap cut from its milestone's sentence is no SLA remedy (holdout103's managed IT service at --wrap 78)
    ("MANAGED IT SERVICES AGREEMENT\nArticle 3 Transition\n3.2 Twenty test tickets raised by the Customer are handled within the "
     "response times of Article 5.\n3.3 The Provider shall achieve Transition Acceptance no later than 1 December 2025.\nFor each day of "
     "delay attributable to the Provider, the Provider shall pay the Customer CNY 1,200 as a penalty.\nArticle 5 Service levels\n5.1 "
     "Priority 1 incidents: response within 30 minutes.\n5.4 The service levels are targets; failure to meet any service level shall "
     "not entitle the Customer to service credits.", "sla_remedy", False),
    # holdout284–289: a measuring point's or camera's 在线率 is the devices'; a run without faults is a criterion; a sum broken
    # down after "being" is one instalment; a price list priced per month is a period's fee; arriving late is a breach of the
    # SLA; testing against the agreed test list lists criteria; a staff member's qualification is no security duty; a term set
    # in bold is defined as one in quotes
    ("桥梁结构健康监测平台采购合同\n五、验收\n5.1 初验标准：全部412个测点在线率不低于98%；平台各功能模块与投标文件功能清单逐项一致。\n"
     "六、运维服务\n6.2 服务水平：平台月可用率不低于99.95%（计划内维护不计入）。", "availability_pct", 99.95),
    ("野生动物监测平台采购合同\n五、验收\n5.1 初步验收标准为：（一）相机在线率不低于95%；（二）物种识别准确率不低于90%。\n六、运维服务\n6.2 平台月度可用率不低于99.95%。",
     "availability_pct", 99.95),
    ("会员管理SaaS服务协议\n## 3. 上线与验收\n3.2 全部场馆稳定运行十四日、未出现一级故障后，甲方签署上线验收单。系统开通或门店开始使用不视为验收通过。",
     "acceptance_clause", True),
    ("ORDER FORM\nC. Fees and Invoicing\nItem  Basis  Amount (CNY)\nProperty subscriptions  18 properties x CNY 1,150 per property per month x 24 "
     "months  496,800\nChannel Manager add-on  CNY 2,400 per month x 24 months  57,600\nOnboarding (one-time)  fixed  45,600\nTotal fees under "
     "this Order Form    600,000\nC.2 Invoicing schedule. Instalment 1: CNY 322,800, being one half of the subscription and add-on fees for "
     "the Subscription Term (CNY 277,200) plus the Onboarding fee (CNY 45,600), invoiced on the Order Effective Date and payable within 10 "
     "days. Instalment 2: CNY 277,200, invoiced on the first anniversary of the Subscription Start Date and payable within 30 days.",
     "prepayment_pct", 53.8),
    ("ORDER FORM\nC. Fees and Invoicing\nItem  Basis  Amount (CNY)\nProperty subscriptions  18 properties x CNY 1,150 per property per month x 24 "
     "months  496,800\nOnboarding (one-time)  fixed  45,600\nTotal fees under this Order Form    542,400\nC.2 Invoicing schedule. "
     "Instalment 1: CNY 293,400, invoiced on the Order Effective Date. Instalment 2: CNY 248,400, invoiced on the first anniversary of "
     "the Subscription Start Date.", "final_payment_on_acceptance", None),
    ("糖化控制系统供货合同\n六、售后服务\n6.3 一级故障乙方应在15分钟内电话响应，2小时内工程师到达现场；乙方每迟到1小时，甲方可扣减人民币1,500元。", "sla_remedy", True),
    ("ORDER FORM\nF. Go-Live Acceptance. Before the Go-Live Date the Customer tests the Services against the agreed test list: (i) a complete "
     "booking and payment in each language; (ii) cancellation and refund. The Go-Live Date is the date on which the Customer signs the "
     "Go-Live Acceptance note.", "acceptance_clause", True),
    ("服务大厅运维服务合同\n四、人员要求\n（一）乙方派驻3名工程师，其中至少1名具备数据库管理经验、1名具备网络安全相关资质，高峰期应安排值守。\n六、业务数据\n"
     "业务数据归甲方所有，乙方仅为履行本合同使用。", "data_security_clause", False),
    ("MANAGED PRINT SERVICES AGREEMENT\n1. Definitions\n1.4 **Customer Documents** means all documents printed, copied or scanned through the "
     "Devices, and all data stored on them, including user names, print logs and address books.\n6. Customer Documents\n6.1 Customer "
     "Documents belong to the Customer and may be used by the Provider only to provide the Services.", "buyer_owns_data", True),
    # holdout290–295: the term's total after a fee per year or month; 不就…扣减 rules out an SLA remedy; "Go-Live requires: (a) …"
    # lists criteria; keeping records "no longer than thirty days" is no service level; a cap of twice the subscription fees
    # for the term; design files the buyer creates are its data
    ("API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 Customer shall pay a Subscription Fee of CNY 318,000 for each Subscription Year, CNY 636,000 "
     "for the Term. There is no set-up fee.", "contract_value", 636000.0),
    ("API SUBSCRIPTION AGREEMENT\n3. FEES\n3.1 The subscription fee is CNY 17,800 per month, that is CNY 427,200 for the Subscription Term.\n"
     "10. LIABILITY\n10.2 The Vendor's total liability under this Agreement is limited to twice the subscription fees for the Subscription "
     "Term.", "liability_cap_pct", 200.0),
    ("实验室信息系统运维服务合同\n第五条 服务水平\n（一）系统年度可用率不低于99.95%。\n（五）服务水平未达到前款要求的，乙方应向甲方书面说明原因并限期整改。"
     "本合同不就服务水平未达标扣减服务费，也不就此计收违约金或要求乙方赔偿。", "sla_remedy", False),
    ("API AGREEMENT\nSECTION 4 - INTEGRATION AND GO-LIVE TESTS\n4.2 Go-Live requires: (a) a parsing accuracy of at least 98.5% on a test "
     "set of 20,000 historical addresses chosen by the Customer; (b) a load test at 120 requests per second for two hours with no errors.",
     "acceptance_clause", True),
    ("API SUBSCRIPTION AGREEMENT\n5. SUPPORT\n5.1 No specific availability level, response time or resolution time applies.\n6. DATA\n6.2 "
     "The Vendor shall apply encryption in transit and at rest; keep request and response content no longer than thirty days; and hold a "
     "valid MLPS level 3 record.", "sla_clause", False),
    ("SOFTWARE LICENCE AGREEMENT\n6. OWNERSHIP\n6.1 The Vendor keeps all intellectual property rights in the Licensed Software.\n6.3 Designs, "
     "patterns and loom files created by the Customer with the Licensed Software belong to the Customer.", "buyer_owns_data", True),
    # holdout296–301: a limit on the buyer's remedy is no cap, and "not liable to pay any … damages" states none; tiers written
    # "per cent"; a payment after the supplier's bond (保函之日起); parts at a reasonable price, and a renewal left to be agreed, leave
    # the post-warranty fee fixed; 依照中华人民共和国法律解释; the contract value by name before fees said to total; "approved in
    # advance in writing"; a title line of up to 60 characters kept whole
    ("API SUBSCRIPTION AGREEMENT\n6. SUPPORT\n6.2 Vendor gives no commitment as to availability, response or resolution times. Vendor "
     "is not liable to pay any credit, refund, penalty or damages for interruption or slowness of the API or for late support, and "
     "Customer's remedy is limited to the termination right in clause 12.\n11. LIABILITY\n11.1 Vendor's total liability under this "
     "Agreement is limited to 1.5 times the Total Contract Value.", "liability_cap_pct", 150.0),
    ("API SUBSCRIPTION AGREEMENT\n6. SUPPORT\n6.2 Vendor is not liable to pay any credit, refund, penalty or damages for interruption "
     "or slowness of the API or for late support.", "ld_stated", False),
    ("API SUBSCRIPTION AGREEMENT\n6. SERVICE LEVELS\n6.1 Vendor shall keep the production API available at least 99.95 per cent of "
     "each calendar month.\nSCHEDULE 1 SERVICE CREDITS\nAvailability below 99.95 per cent but at least 99.5 per cent: 10 per cent of "
     "the monthly share of the subscription fee\nAvailability below 99.5 per cent: 25 per cent of the monthly share of the "
     "subscription fee", "availability_pct", 99.95),
    ("监测预警平台建设合同\n第三条 付款方式\n3.1 合同签订后，乙方提交等额银行履约保函之日起15个工作日内，甲方支付合同总价的20%作为预付款，即410,400元。\n"
     "3.2 平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即923,400元。", "prepayment_pct", 20.0),
    ("控制系统改造合同\n五、质保与维保\n（二）质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的9%，即每年125,100元，三个年度内不上调。\n"
     "（五）质保期满后乙方仍应保证以合理价格持续供应备件。", "post_warranty_fee_capped", True),
    ("控制系统改造合同\n六、质保与维保\n（二）质保期满后，乙方提供三个维保年度的维保服务，年度维保费为软硬件小计的32%，三个维保年度内固定不变。\n"
     "（三）维保期满后不自动续期，是否续签由双方另行协商。", "post_warranty_fee_capped", True),
    ("登记系统运维服务合同\n12. 争议解决\n12.1 本合同依照中华人民共和国法律解释和履行。争议协商不成的，向甲方所在地人民法院起诉。", "governing_law", "PRC"),
    ("API SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The subscription fee is CNY 264,000 per Subscription Year. For the three "
     "Subscription Years of the Term the subscription fees total CNY 792,000.\n5.2 A one-time setup fee of CNY 18,000 covers production "
     "credentials.\n5.3 The total contract value is therefore CNY 810,000.", "contract_value", 810000.0),
    ("SUPPLY AND INSTALLATION CONTRACT\nSection 13 Subcontracting\n13.1 The Supplier may subcontract the civil works for mast "
     "foundations only to a local contractor approved in advance in writing by the Buyer, and remains responsible for it.",
     "subcontract_without_consent", False),
    ("SUPPLY AND INSTALLATION CONTRACT\nSection 9 Software Licence and Intellectual Property\n9.1 The Supplier grants the Buyer a "
     "perpetual, non-exclusive licence to use the Software.\n9.2 The custom irrigation alert rules, the ERP interface, their source code "
     "and the site documentation belong to the Buyer, which may use, modify and license them freely.\nSection 10 Confidentiality\n10.1 "
     "The Supplier shall keep the Buyer's information confidential.", "ip_owner", "buyer"),
    # holdout302–307: a year's fee from the price row priced by the year; a forum in Croatia; fees per 服务年度 are per period;
    # masking video before it is shown is no reuse; a term defined in bold inside quotes, or opened by the buyer's name for its
    # drawings and patterns, is the buyer's data
    ("MANAGED BACKUP SERVICES AGREEMENT\n5. Charges and Payment\n5.2 On signature of this Agreement Provider shall invoice the Set-up "
     "Charge together with the Service Charges for the first Subscription Year. Customer shall pay that invoice before the Service "
     "Commencement Date.\nSchedule 2 — Charges\n| Charge | Basis | Amount (CNY) |\n|---|---|---|\n| Set-up Charge (appliance, onboarding) "
     "| one-time | 58,000 |\n| Service Charges | per Subscription Year | 216,000 |\n| Service Charges, Initial Term | 3 Subscription Years | "
     "648,000 |\n| Total charges, Initial Term | | 706,000 |", "prepayment_pct", 38.8102),
    ("API SUBSCRIPTION AGREEMENT\n12. GOVERNING LAW AND DISPUTES\n12.1 This Agreement is governed by the laws of the People's Republic "
     "of China.\n12.2 Any dispute shall be finally resolved by arbitration administered by the Permanent Arbitration Court at the Croatian "
     "Chamber of Economy, with the seat of arbitration in Zagreb, Croatia.", "governing_forum_outside_mainland", True),
    ("美发学校教务及收费SaaS服务合同\n第三条 费用\n云服务费：20校区 × ¥9,800/校区/服务年度 = ¥196,000/服务年度，三个服务年度合计¥588,000；实施服务费（一次性）：¥84,000。\n"
     "第四条 付款\n（1）本合同签订后5个工作日内，甲方向乙方支付首个服务年度的云服务费及全部实施服务费，合计¥280,000。\n（2）第二、第三个服务年度的云服务费，"
     "甲方应在该服务年度开始前10个工作日内支付。\n第五条 上线验收\n（2）甲方应在收到上线验收申请后7个工作日内组织验收，合格的签署上线确认单。",
     "final_payment_on_acceptance", None),
    ("景区客流监测平台建设合同\n第八条 数据安全\n8.1 平台采集的客流、视频及统计数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。\n"
     "8.2 乙方应按照网络安全等级保护第三级的要求部署平台；视频数据应按规定进行脱敏处理后方可展示。", "buyer_owns_data", True),
    ("MANAGED PRINT AND DOCUMENT SERVICES AGREEMENT\n1. Definitions\n1.4 \"**Customer Documents**\" means all documents printed, copied or "
     "scanned through the Devices, and all related files and logs.\n7. Customer Documents\n7.1 Customer Documents belong to the Customer.",
     "buyer_owns_data", True),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 1 Definitions\n1.3 \"Buyer Designs\" means all drawings, patterns, scans, models and toolpaths "
     "created or supplied by the Buyer.\nArticle 9 Intellectual Property\n9.1 The Vendor retains all intellectual property in the "
     "Software.\n9.3 Buyer Designs are and remain the Buyer's property.", "buyer_owns_data", True),
    # holdout308–313: 身份认证 is a security measure, not a certificate held; a permission for the one firm named, when the next
    # sentence asks consent for any other; the fees for the two years in a schedule's row are the value
    ("ERP软件许可及实施合同\n## 第九条 数据\n9.2 乙方远程维护须经甲方同意，乙方应采取身份认证、传输加密等安全措施保护甲方数据，因乙方人员过错导致甲方数据泄露或丢失的，"
     "乙方应承担相应赔偿责任。", "data_security_clause", True),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 12 Subcontracting\n12.1 The Vendor may use its authorised service partner, Guangzhou Zhenxiu "
     "Digital Equipment Co., Ltd., for on-site installation and support in China. Any other subcontractor requires the Buyer's prior "
     "written consent. The Vendor remains responsible for its subcontractors.\nArticle 13 Termination\n13.1 The Buyer may terminate "
     "this Agreement for material breach.", "subcontract_without_consent", False),
    ("API SUBSCRIPTION AGREEMENT\n4. ONBOARDING\n4.3 If Onboarding Acceptance is not achieved within 15 business days after signature, "
     "Vendor shall pay Customer CNY 300 for each day of delay until it is achieved.\nSCHEDULE - FEES\nFees (CNY, including VAT):\n"
     "| Subscription fee, per Subscription Year | 186,000 |\n| Subscription fees for the two Subscription Years | 372,000 |",
     "contract_value", 372000.0),
    # holdout314–319: "Total Subscription Fees (…)" is a sum; penalties a data breach brings are no delay damages; the total under
    # this Order Form before one fee's total for the term; a quarterly assessment that is the basis of service acceptance is its
    # criterion; "does not meet a service level" is a breach
    ("API SUBSCRIPTION AGREEMENT\n11. LIABILITY\n11.1 Each party's total liability under this Agreement is limited to twice the total "
     "Subscription Fees stated in the Schedule.\nSCHEDULE\nSubscription Fee, first Subscription Year: CNY 396,000\nSubscription Fee, second "
     "Subscription Year: CNY 396,000\nTotal Subscription Fees (two Subscription Years): CNY 792,000", "contract_value", 792000.0),
    ("API SUBSCRIPTION AGREEMENT\n7. CUSTOMER DATA\n7.4 The Vendor shall notify the Customer within 24 hours of any breach of security "
     "affecting Customer Data, and be responsible for all losses, costs and penalties resulting from a breach attributable to the Vendor.",
     "ld_stated", False),
    ("ORDER FORM\nA3. Fees\n| Item | Basis | Amount (CNY) |\n|---|---|---|\n| Subscription total | per Subscription Year | 211,200 |\n"
     "| Subscription total for the Initial Term | 3 Subscription Years | 633,600 |\n| Onboarding | one-time | 58,400 |\n"
     "| **Total fees under this Order Form** | | **692,000** |", "contract_value", 692000.0),
    ("出入境预约受理系统运维服务合同\n7. 季度考核\n7.2 甲方对照第5条服务水平和第6条扣减规则核对报告，出具季度考核意见。考核意见为季度服务验收的依据。",
     "acceptance_clause", True),
    ("API SUBSCRIPTION AGREEMENT\n5. SERVICE LEVELS\n5.1 Vendor shall keep the API available at least 99.95% of each month.\n5.3 If Vendor "
     "does not meet a service level, Customer receives the service credits in the Schedule.", "sla_remedy", True),
    # holdout320–325: a price row by the period beside its term total; 自主安排合作伙伴 without consent; a cap of twice the fixed fees
    # in the Schedule
    ("MANAGED IDENTITY SERVICES AGREEMENT\n5. Charges\n5.2 On signature of this Agreement the Provider shall invoice the Set-up Fee "
     "together with the Service Fee for the first Subscription Year. The Customer shall pay that invoice before the Service Commencement "
     "Date.\nSchedule 2 — Charges\n| Charge | Basis | Amount (CNY) | Total for the Term (CNY) |\n|---|---|---|---|\n| Set-up Fee | "
     "one-time | 196,000 | 196,000 |\n| Service Fee, up to 2,600 identities | per Subscription Year | 412,000 | 1,236,000 |\n| Total | | "
     "| 1,432,000 |", "prepayment_pct", 42.4581),
    ("质量管理系统软件许可及实施合同\n## 第十一条 其他\n11.5 乙方可根据项目需要，自主安排合作伙伴参与实施和二次开发工作，无需另行取得甲方同意。",
     "subcontract_without_consent", True),
    ("API SUBSCRIPTION AGREEMENT\n11. LIABILITY\n11.2 The Vendor's total liability under this Agreement is limited to twice the fixed fees "
     "set out in the Schedule.\nSCHEDULE - FEES\nTotal fixed fees: CNY 396,000", "liability_cap_pct", 200.0),
    # … a cap on 初始服务期总价的1.5倍; a year's fees paid "for that Subscription Year"; silence for seven days after go-live
    ("烘焙学校教务SaaS服务合同\n第三条 费用\n本合同初始服务期总价为人民币960,000元。\n第九条 违约责任\n（2）乙方在本合同项下的累计赔偿责任以本合同初始服务期总价的1.5倍为限。",
     "liability_cap_pct", 150.0),
    ("ORDER FORM\nA2. Term\nThe Initial Term is three Subscription Years.\nA3. Subscription Fee: CNY 250,000 per Subscription Year; Total Fees CNY 750,000.\n"
     "B7. Liability\n2. StayFlow's total liability arising out of or in connection with this Agreement in any Subscription Year shall not "
     "exceed the Subscription Fees paid for that Subscription Year.", "liability_cap_pct", 33.3333),
    ("追溯系统软件许可及实施合同\n## 第五条 上线与验收\n5.1 乙方完成部署后通知甲方上线。系统上线试运行满7日，甲方未书面提出异议的，即视为甲方验收合格。",
     "acceptance_deemed_on_delivery", True),
    # holdout326–331: a warranty whose length follows a comma; a quality deposit retained is no advance; a late 故障分析报告 is delay;
    # what the contract says is no subcontracting; "owns the Service and all its improvements" is the supplier's own product; an
    # acceptance test's timing is no P1 response; a term for the buyer's documents named in brackets after them is its data
    ("监管平台建设项目合同\n第六条 质量保证与运维\n6.1 质保期自最终验收合格之日起计算，为三十六个月。质保期内乙方免费提供软硬件维修。",
     "warranty_months", 36.0),
    ("SENSORS SUPPLY CONTRACT\nSection 2 Scope and Price\n2.2 The Contract Price is CNY 1,090,000, fixed and inclusive of taxes.\n"
     "Section 3 Payment\n3.1 No advance payment is made under this Contract.\n3.2 The Buyer shall pay 60% of the Contract Price (CNY 654,000) "
     "within 20 Working Days after the Installation Certificate is signed.\n3.3 The Buyer shall pay 35% of the Contract Price (CNY 381,500) "
     "within 20 Working Days after Final Acceptance.\n3.4 The remaining 5% (CNY 54,500) is retained as a quality deposit and paid without "
     "interest within 20 Working Days after the end of the Warranty Period.", "prepayment_pct", None),
    ("信息管理系统年度运维服务合同\n2. 合同金额\n合同总金额为人民币800,000元。\n10. 违约责任\n10.1 乙方未按约定日期完成服务交接，或未按期提交巡检报告、"
     "故障分析报告的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。", "ld_rate_per_day_pct", 0.02),
    ("门店SaaS服务合同\n第十一条 转包与分包\n（1）未经甲方书面同意，乙方不得将本合同项下的实施或运营服务转包或分包给第三方。\n（2）乙方租用的公有云基础设施不视为分包，"
     "但乙方更换云服务商的，应提前60日书面通知甲方。", "subcontract_without_consent", False),
    ("ORDER FORM\nPart B General Terms\n### B1. Definitions\nB1.1 \"Service\" means the Peakline Ticketing Cloud.\n### B4. Intellectual "
     "Property\nB4.1 Provider owns the Service and all its improvements.\nB4.2 Customer Configurations belong to Customer. Customer may use, "
     "modify and hand them to any later service provider without restriction.", "ip_owner", "buyer"),
    ("VEHICLE HISTORY API SUBSCRIPTION AGREEMENT\n3. AVAILABILITY AND SUPPORT\n3.1 Vendor will use commercially reasonable efforts to keep "
     "the API available.\n4. ONBOARDING AND INTEGRATION ACCEPTANCE\n4.2 The integration is accepted when (c) 2,000 Queries sent within ten "
     "minutes through the production credentials are answered without error and each within three seconds.", "p1_response_hours", None),
    ("MANAGED PRINT SERVICES AGREEMENT\n## 7. Customer Documents\n7.1 All documents, drawings, scans and files printed, copied or scanned "
     "on the Devices (**Customer Documents**) belong to Customer.\n7.2 Provider shall not use Customer Documents for any purpose other than "
     "providing the services and shall not sell or otherwise exploit them.", "buyer_owns_data", True),
    # holdout332–337: "responding to regulators" after a breach notice is no response time; a go-live certificate signed when the
    # go-live tests pass is acceptance
    ("API SUBSCRIPTION AGREEMENT\n5. SERVICE AND SUPPORT\n5.1 The Vendor will use commercially reasonable efforts to keep the API "
     "available.\n7. CUSTOMER DATA AND SECURITY\n7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any "
     "security incident involving Customer Data, cooperate with the Customer in responding to regulators and affected persons, and bear the "
     "losses, fines and costs that the Customer suffers as a result of an incident caused by the Vendor.", "sla_clause", False),
    ("ORDER FORM\n### A6. Go-Live\nFjordtix will make the Service ready for go-live testing within 50 days after signature. The parties "
     "will then run the go-live tests in Schedule A1: sale of test tickets through every channel, boarding of test passes at each pier gate, "
     "refund of a cancelled sailing, and reconciliation of one test day's revenue report with the payment provider's statement. When every "
     "test passes, the Customer will sign a go-live certificate; the date of signature is the \"Go-Live Date\". Public use of the Service "
     "before that certificate does not replace the tests.", "acceptance_clause", True),
    # … a one-off fee invoiced with the first year's fees "on the Order Date" is an advance; a periodic fee's total over the term is
    # one fee's, after the table's total; code written "by Customer or by Provider for Customer's platform" is custom work; 验收指标为…
    # names the acceptance criteria
    ("ORDER FORM\n### A3. Fees\n| Item | Basis | Fee (CNY) |\n|---|---|---|\n| Set-up Fee | one-time | 58,000 |\n| Platform "
     "subscription | per Subscription Year | 204,000 |\n| **Total fees** (three Subscription Years plus set-up) | | 670,000 |\n### A4. "
     "Invoicing and Payment\nA4.1 Vendor will invoice the Set-up Fee together with the Subscription Fees for the first Subscription Year, "
     "CNY 262,000 in total, on the Order Date. Customer shall pay that invoice within 15 days.", "prepayment_pct", 39.1045),
    ("MANAGED BACKUP SERVICES AGREEMENT\nSchedule 2 - Charges\n| Charge | Basis | Amount (CNY) |\n|---|---|---|\n| Onboarding | one-time "
     "| 54,000 |\n| Managed backup service | per month, 36 months | 46,000 |\n| Total monthly service charges over the Initial Term | 36 x "
     "46,000 | 1,656,000 |\n| **Total charges** | | **1,710,000** |", "contract_value", 1710000.0),
    ("API SUBSCRIPTION AGREEMENT\n7. INTELLECTUAL PROPERTY\n7.1 The API, its software and the underlying databases of Provider remain "
     "the property of Provider.\n7.2 The integration code written by Customer or by Provider for Customer's platform belongs to Customer, "
     "which may use and change it freely.", "ip_owner", "buyer"),
    ("信访业务系统运维服务合同\n6. 考核与扣减\n6.4 季度考核结果作为付款依据；服务期满，甲方依据四个季度的考核记录和乙方提交的运维总结组织服务验收，"
     "验收指标为本合同第5条的各项服务水平和第7条的安全要求。", "acceptance_clause", True),
    ("ORDER FORM\n| Item | Basis | Amount (CNY) |\n|---|---|---|\n| Set-up and integration fee | one-time | 150,000 |\n| Subscription fee | "
     "per Subscription Year | 210,000 |\n| Total Contract Value | | 780,000 |\n**A4. Invoicing.** Invoice 1, for the set-up and integration fee "
     "together with the subscription fee for the first Subscription Year (CNY 360,000), is issued on the Order Date and is payable within "
     "15 days, before set-up work begins.", "prepayment_pct", 46.1538),
    # holdout338–343: a sum first, then when it is paid "一次性"; a licence the service checks is no software licence; the
    # "Total for the two Subscription Years"
    ("洗车连锁工单SaaS服务合同\n第三条 费用\n（3）本合同三个服务年度的总价为人民币680,000元（订阅费594,000元＋实施费86,000元）。\n第四条 付款\n（1）首个服务年度订阅费"
     "与实施费合计人民币284,000元，由甲方在合同签订后10日内一次性支付；乙方收款后开始实施。\n（2）第二、第三服务年度的订阅费，由甲方在该服务年度开始前15日内支付。",
     "prepayment_pct", 41.7647),
    ("API SUBSCRIPTION AGREEMENT - RESTAURANT LICENCE VERIFICATION\n\nBACKGROUND\nCustomer must check that each merchant holds a valid "
     "food business licence and business licence, and that the names, addresses and licence scopes match the merchant's listing.\n"
     "1. DEFINITIONS\n1.2 \"Check\" means one API call that submits one merchant's licence images and listing data and returns a result.\n"
     "1.3 \"Subscription Year\" means each successive yearly period starting on the Service Start Date.\n2. SERVICE\n2.1 Vendor shall "
     "provide Customer with access to the API for two Subscription Years, up to 3,000,000 Checks in each Subscription Year.\n3. FEES\n3.1 "
     "The Subscription Fee is CNY 312,000 per Subscription Year.\n4. INTEGRATION\n4.2 Integration Acceptance tests: licence numbers, names "
     "and expiry dates are extracted correctly for licences; every expired licence is flagged.", "contract_kind", "service"),
    ("API SUBSCRIPTION AGREEMENT\n6. FEES AND PAYMENT\n6.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).\n"
     "6.2 The fees are:\n    Subscription fee, per Subscription Year .................. CNY 264,000\n    Onboarding and code mapping, one-time "
     ".................... CNY 36,000\n    Total for the two Subscription Years (2 x 264,000 + 36,000) CNY 564,000\n    Additional calls above the "
     "annual allowance .............. CNY 80 per 1,000 calls", "contract_value", 564000.0),
    # holdout344–349: "本合同服务费为…元，为固定总价" is the contract's price; "不承担任何费用抵扣" is no remedy; "按其届时执行的服务价格标准"
    # leaves the fee open
    ("公交一卡通清分系统运维服务合同\n3. 服务费用及支付\n3.1 本合同服务费为人民币玖拾陆万捌仟元整（¥968,000），为固定总价，分项如下：清分结算系统应用及"
     "数据库运维¥540,000；远程值守及现场支持¥312,000；巡检及容灾演练¥68,000；备品备件¥48,000。\n3.2 服务费按季度支付。每季度考核合格后15个工作日内，"
     "甲方支付当季度服务费¥242,000。", "contract_value", 968000.0),
    ("追溯系统软件许可合同\n## 第六条 免费维护期\n6.2 故障响应：一级故障（系统无法登录或无法赋码）乙方在工作日8小时内响应；其他故障在2个工作日内响应。\n"
     "6.3 上述响应时间为乙方的服务目标。超出时限的，乙方不承担任何费用抵扣、赔偿或违约责任。", "sla_remedy", False),
    ("制瓶机控制系统改造合同\n一、合同价款\n合同总价为人民币2,468,000元，其中设备及软件小计1,860,000元。\n五、质量保证\n（一）质保期为二十四个月。\n"
     "六、质保期满后的维保服务\n（二）质保期满后的维保服务，由乙方按其届时执行的服务价格标准向甲方报价，双方据此签订维保协议；乙方可根据人工及备件成本的变化调整该价格标准。",
     "post_warranty_fee_capped", False),
    # (a deduction for a late report under "服务标准" is the service levels' remedy, not the delay rate 11.1 states; h346z04, whose
    # 0.020576 passed the eval's tolerance and failed the suite's)
    ("人防工程管理系统运维服务合同\n2. 服务费用\n2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价。\n5. 服务标准\n5.4 一级故障每超时1小时扣减服务费"
     "人民币500元；二级故障每超时1小时扣减人民币200元；月度报告每迟交一日扣减人民币100元。\n11. 违约责任\n11.1 乙方未能按期完成运维交接或驻场工程师未按期到岗的，"
     "每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。", "ld_rate_per_day_pct", 0.02),
    # holdout350–355: a period after "Article 5.2" is no sentence's end; 自…六个月内，乙方提供免费维护服务; "上线验收，标准为："; 减收 is a
    # remedy; information said to belong to the buyer is its data; fees refunded on termination are no SLA remedy, "a reduction of
    # the next quarterly instalment" is one
    ("SOFTWARE LICENCE AGREEMENT\nArticle 6 Warranty and Support\n6.1 Vendor warrants that the Software and the Template Library will "
     "perform in accordance with the documentation and Article 5.2 for 24 months after Final Acceptance.", "warranty_months", 24.0),
    ("追溯系统软件许可合同\n## 第七条 售后维护\n7.1 自系统上线之日起六个月内，乙方提供免费维护服务，包括缺陷修复和远程技术支持。\n7.3 免费维护期满后，甲方如需继续获得"
     "维护服务，应按乙方当年公布的维护服务价格标准支付年度维护费。", "warranty_months", 6.0),
    ("驾校约车SaaS服务合同\n第五条 上线验收\n（1）实施完成后，甲方组织上线验收，标准为：12个校区的报名、约车、收费流程全部跑通；迁移数据经甲方抽查5,000条无差错；约车"
     "提交响应时间不超过2秒。\n（2）验收合格由双方签署上线验收单。", "acceptance_clause", True),
    ("驾校约车SaaS服务合同\n第六条 服务水平\n（1）平台月度可用率不低于99.5%。\n（3）月度可用率低于承诺值的，每低0.1个百分点，乙方减收当月订阅费的5%；一级故障"
     "超过恢复时限的，每超时1小时减收人民币300元。", "sla_remedy", True),
    ("MANAGED SD-WAN SERVICE AGREEMENT\n## 7. Customer Information\n7.1 Network configurations, traffic statistics and any other "
     "information relating to the Customer's network and business that the Provider handles under this Agreement belong to the Customer. "
     "The Provider shall use them only to provide the Service.", "buyer_owns_data", True),
    ("API SUBSCRIPTION AGREEMENT\n5. SERVICE\n5.1 Vendor will use commercially reasonable efforts to keep the API available.\n5.2 Vendor "
     "responds to Priority 1 incidents within 2 hours.\n12. TERMINATION\n12.1 Either party may terminate this Agreement by written notice if "
     "the other party commits a material breach and fails to remedy it within 30 days after written notice.\n12.2 If Customer terminates for "
     "Vendor's breach, Vendor shall refund the subscription fee paid for the remainder of the current Subscription Year.\n12.3 Customer may "
     "also terminate by written notice if Vendor loses access to a licensed data source needed for the permit check and does not restore it "
     "within 15 days.", "sla_remedy", False),
    ("EXPORT DOCUMENT API AGREEMENT\n## Art. 7 – Service levels\n7.1 The Provider ensures an availability of the API of 99.95% in each "
     "calendar month.\n7.3 If the monthly availability is lower than that in 7.1, or a Blocking Incident is not answered in time, the Client "
     "is entitled to a reduction of the next quarterly instalment as set out in Annex B: 5% of the instalment for each full tenth of a "
     "percentage point below the agreed availability.", "sla_remedy", True),
    # (and a price list whose columns a wrap ran into one line: the total past the period it covers)
    ("API SUBSCRIPTION AGREEMENT\nSCHEDULE - FEES\nItem Amount (CNY)\nOnboarding fee (integration engineer, test environment, Connector "
     "development and hand-over) 38,000 Subscription fee, first Subscription Year (up to 400,000 Verification Calls) 226,000 Subscription "
     "fee, second Subscription Year (up to 400,000 Verification Calls) 226,000 Total fees for the first two Subscription Years 490,000\n"
     "Overage rate: CNY 0.45 per Verification Call above 400,000 in a Subscription Year, not included in the total above.",
     "contract_value", 490000.0),
    # holdout356–361: the buyer's answer to the supplier is no service level; a sensor network's readings belong to the buyer; a
    # price per visit is no yearly fee; 服务期内费用总计 is the contract's total; a few days' silence after go-live, and early use,
    # are deemed acceptance
    ("TICKETING SAAS ORDER FORM\nB1. Service\n1.2 Provider will use commercially reasonable efforts to keep the Service available. "
     "Provider does not commit to any particular availability level, response time or resolution time.\nB2. Customer obligations\n"
     "2.3 Customer shall appoint a project lead who answers Provider's configuration questions within three business days.",
     "p1_response_hours", None),
    ("SOIL SENSOR NETWORK SUPPLY CONTRACT\nSection 7 Intellectual Property\n7.1 Firmware remains the property of its owners.\n"
     "Section 8 Field Data\n8.1 All readings, maps and reports produced by the network belong "
     "to the Buyer and may be used by the Supplier only to perform this Contract.", "buyer_owns_data", True),
    ("豆腐干厂ERP软件许可合同\n## 第二条 合同价款\n合同总价为人民币叁拾伍万元（¥350,000）。\n## 第七条 后续服务\n7.1 免费维护期满后，甲方如需"
     "继续获得技术支持和升级服务，应与乙方签订年度服务协议，服务费按乙方当年公布的服务价格标准收取。\n7.2 未签订年度服务协议的，乙方按次收取上门服务费，"
     "每次¥1,200起。", "post_warranty_fee_pct", None),
    ("洗衣连锁收银及会员SaaS服务合同\n第三条 费用\n（1）订阅费：六十家门店每个服务年度合计人民币贰拾捌万捌仟元（¥288,000），三个服务年度合计¥864,000。\n"
     "（2）实施费：人民币壹拾贰万陆仟元（¥126,000），一次性支付。\n（3）培训费：人民币壹万捌仟元（¥18,000），一次性支付。\n（4）本合同服务期内费用"
     "总计人民币壹佰万零捌仟元（¥1,008,000），含税。", "contract_value", 1008000.0),
    ("腐乳厂ERP软件许可及二次开发合同\n## 第五条 验收\n5.1 系统上线试运行满10个工作日，甲方未以书面形式提出异议的，即视为验收合格。",
     "acceptance_clause", False),
    ("腐乳厂ERP软件许可及二次开发合同\n## 第五条 验收\n5.1 验收依据为附件一技术规格。\n5.2 甲方提前使用系统处理正式业务的，视为甲方已验收。",
     "acceptance_deemed_on_delivery", True),
    # holdout362–367: "Any other subcontracting requires …" after the named partner; twice the fees the brackets restate; a term
    # counted in the total of its fees; 每超过1小时支付 and 退还 as SLA remedies
    ("SENSOR NETWORK SUPPLY CONTRACT\nSection 12 Warranty\n12.1 The warranty is 24 months.\nSection 13 Subcontracting\n13.1 The Supplier "
     "may use its Urumqi service partner, Tianshan Agri-Tech Service Co., Ltd., for installation and warranty service. Any other "
     "subcontracting requires the Buyer's prior written consent.", "subcontract_without_consent", False),
    ("BOOKING SAAS ORDER FORM\nA3. Fees\nThe total fees under the Order Form are CNY 454,000.\n### B8. Liability\n1. Each party's total "
     "liability under the Agreement is limited to twice the total fees under the Order Form (CNY 454,000).", "liability_cap_pct", 200.0),
    ("VGM CHECK API AGREEMENT\n5. FEES AND PAYMENT\n5.1 The total fees for the term are CNY 742,000, being three annual subscription fees "
     "of CNY 236,000 and a one-time integration fee of CNY 34,000.\n11. LIABILITY\n11.1 Pesaverde's total liability shall not exceed "
     "the fees paid by the Customer in the six months preceding the event giving rise to the claim.", "liability_cap_pct", 16.6667),
    ("消失模生产线控制系统改造合同\n五、质量保证与维保\n（三）故障响应：一级故障乙方应在30分钟内电话响应，2小时内到达现场；二级故障在8小时内到达现场。"
     "乙方未按时响应或到场的，每超过1小时支付人民币800元。", "sla_remedy", True),
    ("健身房连锁会员SaaS服务合同\n第六条 服务水平\n（1）平台月可用率不低于99.5%。\n（3）月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%"
     "向甲方退还服务费；单月退还合计以当月订阅费为限。", "sla_remedy", True),
    # holdout368–373: a liability cap is no instalment; the buyer's response to a data incident is no service level
    ("WALNUT ORCHARD SENSOR NETWORK CONTRACT\nSection 4 Payment\n4.1 The Buyer shall pay 10% of the Contract Price within 20 days after "
     "signature.\n4.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Installation Certificate.\n4.3 The Buyer shall "
     "pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.\nSection 13 Liability\n13.1 The Supplier's total "
     "liability under this Contract is limited to 150% of the Contract Price, except for liability under Sections 9 and 10, personal "
     "injury, damage to the plantation caused by installation work, and wilful misconduct, which are not limited.",
     "final_payment_on_acceptance", True),
    ("TITLE CERTIFICATE CHECK API AGREEMENT\n7. DATA PROTECTION AND SECURITY\n7.5 The Vendor shall notify the Customer within 24 hours "
     "after becoming aware of any unauthorised access to, disclosure of or loss of Candidate Data, cooperate with the Customer's response "
     "and any notifications to candidates or authorities, and bear all losses, fines and costs arising from an incident caused by the "
     "Vendor.", "sla_clause", False),
    # holdout374–379: a security engineer on the team is no security duty; totals named "for the initial subscription term" and
    # "total contract fees"; an advance due on the day the Order Form is signed, before the vendor starts the set-up; a service that
    # starts on passing its activation or integration tests, or go-live checks, has acceptance criteria
    ("人防工程管理系统运维服务合同\n甲方：某市人民防空办公室\n1. 服务内容\n1.1 乙方负责甲方系统的运行维护。\n1.4 乙方应组建由项目负责人、数据库工程师、"
     "网络安全工程师和数据整理人员组成的运维团队，人员名单及联系方式报甲方备案。\n2. 服务期限\n2.1 服务期一年。", "data_security_clause", False),
    ("TICKETING PLATFORM ORDER FORM\nA3. Fees. All fees in CNY.\n| Item | Description | Fee |\n|---|---|---|\n| 1 | Platform subscription | "
     "CNY 462,000 per Subscription Year |\n| 2 | Set-up (one-time) | CNY 88,000 |\n| | Total for the initial subscription term "
     "(2 x 462,000 + 88,000) | CNY 1,012,000 |", "contract_value", 1012000.0),
    ("EXPORT CHECK API AGREEMENT\nSCHEDULE - FEES\nSubscription fee: CNY 286,000 per Subscription Year\nSubscription fees for three "
     "Subscription Years: CNY 858,000\nOnboarding fee (one-time): CNY 24,000\nTotal contract fees: CNY 882,000", "contract_value", 882000.0),
    ("TICKETING PLATFORM ORDER FORM\nA3. Fees\nThe total fees for the initial subscription term are CNY 1,012,000.\nA4. Invoicing and "
     "payment. Vendor shall invoice the set-up fee together with the subscription fees for the first Subscription Year (CNY 550,000 in "
     "total) on the date this Order Form is signed, payable within 10 days of the invoice date, before Vendor starts the set-up work.",
     "prepayment_pct", 54.3478),
    ("EXPORT CHECK API AGREEMENT\n4. ONBOARDING AND ACTIVATION\n4.2 Activation tests: (a) a test set of 1,500 past lots chosen by Customer "
     "is screened and every lot referred for export examination is flagged; (b) the API processes 50 requests per minute for two hours "
     "without error. When all tests are passed Customer confirms Activation in writing.", "acceptance_clause", True),
    ("FILING CHECK API SUBSCRIPTION\n4. INTEGRATION TEST\n4.2 The Integration Test consists of two hundred sample product files chosen by "
     "the Customer. The test succeeds when every known defect is reported and every result is returned within ten seconds. The Customer "
     "confirms success in writing.", "acceptance_clause", True),
    ("BOOKING SAAS ORDER FORM\n### A6. Go-Live Acceptance\nBefore go-live the parties will run the acceptance checks agreed in the "
     "implementation plan: (i) the catalogue is imported; (ii) a test booking is completed through each channel. Customer signs the "
     "Go-Live Acceptance form when the checks pass.", "acceptance_clause", True),
    # holdout380–385: the buyer's materials leaked as a data incident; configurations "set up for" the buyer are its work; the buyer's
    # own 违约金 offset against its payments are no delay damages; a warranty "for nine months"; a set-up fee billed with the first
    # year's fee priced from the schedule's rows; a fee fixed for three years and negotiated at renewal is fixed
    ("LICENCE AGREEMENT\nArticle 10 Buyer Materials and Data Security\n10.1 Buyer Materials belong to the Buyer.\n10.3 If Buyer Materials "
     "are lost, leaked or damaged through the Vendor's act or omission, the Vendor shall notify the Buyer within 24 hours, help to restore "
     "them, and compensate the Buyer for its losses.\nArticle 11 Confidentiality\n11.1 Each party shall keep secret the other party's "
     "non-public information.", "data_security_clause", True),
    ("BOOKING SAAS ORDER FORM\n### B2. Customer Data\nB2.1 All data entered by the Customer belong to the Customer.\n### B3. Customer "
     "Configurations\nRate plans, templates, e-mail texts and reports set up for the Customer belong to the Customer, who may copy, change "
     "and use them with any other system.", "ip_owner", "buyer"),
    ("仓储管理系统软件许可合同\n## 第三条 付款方式\n3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即682,500元。\n3.3 甲方逾期付款的，每逾期"
     "一日，应按逾期金额的千分之一向乙方支付违约金。\n3.5 甲方支付的款项，乙方首先用于抵扣甲方应付的违约金（如有），剩余部分再抵扣当期应付款项。",
     "ld_stated", False),
    ("SENSOR SUPPLY CONTRACT\nSection 6 Warranty\n6.1 The Supplier warrants the Equipment and the Software against defects in design, "
     "materials and workmanship for nine months after Final Acceptance.", "warranty_months", 9.0),
    ("API SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.2 On signature of this Agreement, the Vendor invoices the Integration Fee together "
     "with the Subscription Fee for the first Subscription Year. The Customer shall pay that invoice within fifteen days, and in any case "
     "before the Vendor starts the Integration Work.\nSCHEDULE - FEES\nItem | Basis | Amount (CNY)\nSubscription Fee | per Subscription "
     "Year | 186,000\nInitial Term | two Subscription Years | 372,000\nIntegration Fee | one-time, Integration Work | 44,000\nTotal for "
     "the Initial Term | | 416,000\nInvoice on signature: Integration Fee CNY 44,000 + first Subscription Year CNY 186,000 = CNY 230,000.",
     "prepayment_pct", 55.2885),
    ("钢化炉控制系统改造合同\n六、质量保证\n质保期为验收合格之日起二十四个月。\n七、质保期满后的维保服务\n（一）质保期满后，乙方提供全包维保服务。\n"
     "（二）维保费每年按设备及软件小计的28%计取，按季度支付。该费率在质保期满后三年内固定不变，续签时双方另行协商。", "post_warranty_fee_capped", True),
    # holdout386–391: a trial run passed is an acceptance criterion; 响应文件 (the bid response) is no service level; services performed
    # "through … subcontractors selected by Provider" are subcontracted freely, losses caused by its subcontractors are not; an O&M draft's
    # annual acceptance "服务期满前15日" sets no response time; an invoice's sum said in the next sentence is the advance
    ("SENSOR SUPPLY CONTRACT\nSection 4 Acceptance\n4.1 After installation the Supplier shall calibrate every temperature sensor.\n4.2 A trial "
     "run of 21 days follows calibration. During the trial run every alarm channel shall be tested in each room, and no Critical fault may "
     "occur.\n4.3 When the trial run is passed and the manuals are handed over, the parties sign the Final Acceptance Certificate.",
     "acceptance_clause", True),
    ("综合管廊监控系统运维服务合同\n2. 合同价款\n2.2 合同总价为人民币柒拾柒万贰仟元整（¥772,000）。\n11. 违约责任\n11.1 乙方未在服务期开始之日按响应"
     "文件要求完成人员进场和交接的，每逾期一日，按合同总价的千分之一支付违约金。", "ld_rate_per_day_pct", 0.1),
    ("MANAGED ENDPOINT SERVICES AGREEMENT\n## 9. Personnel and subcontractors\n9.1 Provider may perform any part of the Services through its "
     "affiliates or through subcontractors selected by Provider, including for the service desk. Provider shall inform Customer of the "
     "subcontractors in use in its monthly report.", "subcontract_without_consent", True),
    ("TICKETING SAAS ORDER FORM\n### B2. Customer Data\nB2.4 Provider shall notify Customer of any security incident affecting Customer "
     "Data within twelve hours of becoming aware of it, take all reasonable steps to contain it, and bear the costs and losses that an "
     "incident caused by Provider or its subcontractors causes to Customer, including notification of passengers.",
     "subcontract_without_consent", None),
    ("公共自行车调度管理系统运维服务合同\n2. 服务内容\n2.2 乙方应及时响应，尽快排除故障。\n5. 考核与验收\n5.2 年度验收：服务期满前15日，甲方组织验收，"
     "验收标准为巡检和备份记录完整、恢复演练全部成功、年度问题清单全部闭环。", "sla_clause", False),
    ("TICKETING SAAS ORDER FORM\n### A3. Fees\n| Fee item | Basis | Amount (CNY) |\n|---|---|---|\n| Subscription Fee | per Subscription "
     "Year | 212,000 |\n| Set-up and integration fee | one-time | 58,000 |\n| **Total fees for the Initial Term** | | **694,000** |\n"
     "### A4. Invoicing and Payment\nA4.1 Provider shall invoice the Set-up and integration fee together with the Subscription Fee for the "
     "first Subscription Year on signature of this Order Form. Customer shall pay that invoice of CNY 270,000 within ten days after "
     "receipt, and in any case before Provider starts the set-up work.", "prepayment_pct", 38.9049),
    # holdout392–397: a country named after two words and "Republic"; a warranty bond valid after the warranty is no fee; a periodic
    # fee's total for the term is not the contract's total; a price "含…全部费用" is no instalment; an advance due after the agreement
    # "takes effect"; the buyer's contact answering questions is no response time; 未允许分包 permits nothing; the Customer's own
    # response to an incident is no service level
    ("15. Governing Law\nThis Agreement shall be governed by the laws of the Democratic Socialist Republic of Sri Lanka.", "governing_law",
     "Sri Lanka"),
    ("SENSOR SUPPLY CONTRACT\nSection 4 Payment\n4.5 The Supplier shall provide a warranty bond of 5% of the Contract Price, issued by a bank "
     "in China, valid until 30 days after the end of the warranty period.\nSection 8 Support after the Warranty\n8.1 After the warranty "
     "period the Buyer may buy annual support. The Annual Support Fee is 7% of the Hardware and Licence Subtotal.",
     "post_warranty_fee_pct", 7.0),
    ("MANAGED PRINT SERVICES AGREEMENT\n## Schedule 3 — Charges\n| Charge | Basis | Amount (CNY) |\n|---|---|---|\n| Onboarding | one-time | "
     "26,000 |\n| Monthly Fleet Fee, total for the Term | 36 × 21,500 | 774,000 |\n| **Total fixed charges for the Term** | | **800,000** |",
     "contract_value", 800000.0),
    ("电机厂控制系统改造合同\n二、合同价款\n（一）合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含13%增值税、运输、保险、安装调试等全部费用。\n"
     "三、付款方式\n（一）合同签订后十日内，甲方支付合同总价的10%作为预付款。\n（二）全部设备到货并安装完毕、经甲方签收后十五日内，甲方支付合同总价的55%。"
     "到货签收不构成验收。\n（三）系统通过最终验收后十五日内，甲方支付合同总价的35%。", "final_payment_on_acceptance", True),
    ("LICENCE AGREEMENT\nArticle 3 Price\n3.1 The Contract Price is CNY 600,000.\nArticle 4 Payment\n4.1 The Buyer shall pay twenty per cent "
     "(20%) of the Contract Price, CNY 120,000, within fifteen days after this Agreement takes effect and receipt of the Supplier's invoice.\n"
     "4.2 The Buyer shall pay the remaining eighty per cent (80%) within fifteen days after Final Acceptance.", "prepayment_pct", 20.0),
    ("API SUBSCRIPTION AGREEMENT\n3. INTEGRATION\n3.3 Customer shall give Vendor access to a test copy of its listing workflow and a "
     "technical contact who answers questions within two working days.", "p1_response_hours", None),
    ("腌菜厂MES软件许可合同\n## 第六条 售后服务\n6.2 甲方报告故障后，乙方在8小时内响应，并根据故障情况安排远程或现场处理。", "p1_response_hours", 8.0),
    ("科普资源共享平台建设合同\n第九条 保密\n9.1 乙方应对甲方资料保密。\n第十条 分包\n10.1 本项目招标文件未允许分包。乙方不得将本合同项下的任何工作转包"
     "或分包给第三方。", "subcontract_without_consent", False),
    ("LEAD MIGRATION CHECK API AGREEMENT\n7. CUSTOMER CONTENT AND DATA SECURITY\n7.3 Vendor shall notify Customer within 24 hours after "
     "becoming aware of any unauthorised access to or loss of Customer Content, cooperate with Customer in its response, and indemnify "
     "Customer against losses arising from any such incident caused by Vendor.", "sla_clause", False),
    ("RESTAURANT INVENTORY SAAS ORDER FORM\n### A1. Fees\n| Item | Term | CNY |\n|---|---|---|\n| Subscription Fee | 3 Subscription Years | 558,000 |\n"
     "| Onboarding Fee | one-time | 42,000 |\n| Total Contract Value | | 600,000 |\nA1.1 Subscription Fees are invoiced quarterly in arrears. "
     "The Onboarding Fee is invoiced after Go-Live Acceptance.\n### A2. Onboarding and Go-Live Acceptance\nA2.3 Go-Live Acceptance tests: (a) all "
     "records imported with no error; (d) the month-end cost report matches the Customer's manual calculation within 0.5%. When the tests pass, "
     "the Customer signs a Go-Live Acceptance Certificate and the Service Start Date is the day after signature.\nA2.4 If Provider misses the "
     "date in A2.2, Provider shall pay CNY 600 for each day of delay, deducted from the Onboarding Fee and later invoices.", "prepayment_pct", None),
    ("MARINE DATA API AGREEMENT\n1. DEFINITIONS\n1.3 \"Customer Inputs\" means the vessel positions, planned routes, catch locations and account "
     "information that Customer sends to Provider through the API.\n7. CUSTOMER INPUTS AND SECURITY\n7.1 Customer Inputs belong to Customer.\n"
     "7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs, in aggregated form combined with inputs from other "
     "subscribers, to improve its forecast models and to develop new products.", "buyer_owns_data", False),
    ("体彩销售管理系统运维服务合同\n服务水平与考核\n（7）服务水平。销售管理平台在销售时段的可用率不低于99.95%。一级故障乙方应在15分钟内响应，1小时内恢复销售。\n"
     "（9）整改。乙方未达到第（7）项服务水平的，应在5个工作日内向甲方提交书面整改报告并落实整改。未达标情形不进行服务费扣款。", "sla_remedy", False),
    ("浆纱机控制系统改造合同\n5. 验收\n5.1 每台浆纱机改造完成后由乙方自行调试，调试完成并投入生产运行即视为该台设备验收合格；全部12台投入生产后，即视为本项目验收合格。",
     "acceptance_deemed_on_delivery", True),
    ("COFFEE PRICE DATA API AGREEMENT\nDEFINITIONS\n5. \"Connector\" means the software module that Provider builds to load the Data into "
     "Customer's ERP and pricing spreadsheet server, as described in Schedule B.\nINTELLECTUAL PROPERTY\n22. Provider and its sources own the "
     "API and the Data.\n23. The Connector and its source code, once paid for, belong to Customer, which may use, modify and have it maintained "
     "by any third party.\nSUBCONTRACTORS\n24. Provider may engage subcontractors on notice to Customer.", "ip_owner", "buyer"),
    # the supplier's own add-on that it configures for the buyer is its product, not work done for the buyer (h247e01)
    ("RELIEF DESIGN SOFTWARE LICENCE AGREEMENT\n1. Definitions\n1.2 \"Post-Processor Module\" means the Vendor's add-on that converts relief "
     "models into machine code for the Customer's carving machines, which the Vendor will configure for the Customer's three machine models.\n"
     "8. Intellectual Property\n8.1 The Vendor retains all intellectual property rights in the Software and the Post-Processor Module.\n8.2 All "
     "drawings and toolpaths made by the Vendor specifically for the Customer under this Agreement belong to the Customer.", "ip_owner", "buyer"),
    ("危化品企业安全风险监测预警平台合同\n第一条 项目内容\n1.1 乙方为甲方建设监测预警平台，接入全市86家企业的重大危险源监测数据（储罐液位、温度、压力，"
     "可燃及有毒气体浓度，关键部位视频），实现实时监测、分级预警、处置闭环、统计分析和移动端查看。\n第九条 数据安全\n9.1 平台采集、存储的企业监测数据、"
     "视频、预警及处置记录均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。", "buyer_owns_data", True),
    ("钢化炉控制系统改造合同\n五、验收\n（一）热调试完成、钢化炉恢复正常生产后，即视为甲方验收合格，双方不再另行组织验收。", "acceptance_deemed_on_delivery", True),
    ("VESSEL DATA API SUBSCRIPTION AGREEMENT\nClause 1. Definitions\n1.3 \"Customer Materials\" means the lists of vessels, voyages and ports "
     "that the Customer submits to the API, its watchlists and its user accounts.\nClause 6. Customer Materials and Data Protection\n6.1 Customer "
     "Materials belong to the Customer. LMD shall use them only to provide the API to the Customer and shall not disclose them or use them for "
     "any other purpose.", "buyer_owns_data", True),
    ("设备管理软件许可合同\n## 第七条 年度维护服务\n7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥170,000。\n"
     "7.3 年度维护期间，甲方如需乙方派员现场服务超过约定次数的，按人天单价¥2,800另行结算，差旅费用由甲方承担。", "post_warranty_fee_capped", True),
    ("不动产登记系统运维服务合同\n（5）服务水平\n窗口服务时间内系统可用率不低于99.95%，一级故障30分钟内响应、4小时内恢复。\n（6）考核与扣款\n"
     "① 一级故障未按时恢复的，每超时1小时扣减当季服务费2,000元；窗口服务时间内可用率每低于约定值0.01个百分点，扣减当季服务费1,000元。\n"
     "（11）违约责任\n乙方未按合同约定提供服务的，除按第（6）项扣款外，应赔偿甲方因此遭受的实际损失。", "ld_stated", False),
    ("黄酒厂仓储管理软件许可合同\n## 第四条 实施与验收\n4.2 甲方依据需求确认书所列功能清单逐项测试，全部测试用例通过的，即为验收合格。\n"
     "4.3 测试中发现的问题，乙方应在10个工作日内修复并重新提交测试。", "sla_clause", False),
    ("VESSEL TRACKING DATA API AGREEMENT\n3. TERM\n3.1 The Start Date is 1 November 2026. The Term is two Subscription Years.\n"
     "4. FEES AND PAYMENT\n4.2 The Subscription Fee is CNY 336,000 per Subscription Year, invoiced "
     "quarterly in arrears.\n4.3 The Integration Fee is CNY 28,000, one-time, invoiced after Integration Acceptance.\n4.4 The total contract "
     "value for the Term is CNY 700,000. No amount is payable before the Start Date.", "prepayment_pct", None),
    ("WEATHER DATA API AGREEMENT\n4. FEES AND PAYMENT\n4.1 The subscription fee is CNY 186,000 per Subscription Year, and CNY 372,000 for "
     "the Term. Fees are fixed for the Term.", "contract_value", 372000),
    ("DATA API AGREEMENT\n5. ONBOARDING\n5.3 If Production Access is not provided by the Start Date for reasons attributable to the Provider, "
     "the Provider shall pay CNY 300 for each day of delay.", "ld_stated", True),
    ("TRAVEL DATA API SUBSCRIPTION AGREEMENT\n4. SETUP AND INTEGRATION\n4.1 The Provider shall build the Custom Feeds and issue production "
     "API keys.\n4.2 The Provider shall deliver API documentation, sample code and a test account within 10 days after signature, and shall "
     "answer the Customer's developers' integration questions within 1 business day.\n5. SUPPORT\n5.1 The Provider will use reasonable "
     "efforts to keep the API available.", "p1_response_hours", None),
    ("海关查验管理系统运维服务合同\n（6）考核\n甲方按季度对乙方进行考核，考核内容为故障响应及时率、故障恢复及时率、巡检完成率和文档完整性。"
     "本合同不因考核结果扣减服务费，也不另行约定违约金。\n（9）违约责任\n乙方违反本合同约定给甲方造成损失的，应赔偿实际损失。", "ld_stated", False),
    ("AGRICULTURAL DATA API AGREEMENT\n5. FEES AND PAYMENT\n5.1 The subscription fee is CNY 168,000 for each Subscription Year, so CNY "
     "336,000 for the two Subscription Years of the term. There is no set-up or one-time fee.", "contract_value", 336000),
    ("CMMS LICENCE AGREEMENT\nArticle 16 Governing Law and Disputes\n16.1 This Agreement is governed by the laws of the Republic of Turkiye.",
     "governing_law", "Turkey"),
    ("MARINE DATA API AGREEMENT\n7. DATA\n7.1 Customer Data belongs to the Customer.\n8. NO CONFIDENTIALITY UNDERTAKINGS\nThe parties have not "
     "agreed any confidentiality obligations under this Agreement. Information exchanged between them is not treated as confidential unless "
     "they sign a separate non-disclosure agreement.", "confidentiality", False),
    ("殡葬服务中心业务系统运维服务合同\n6．服务水平\n（1）一级故障：乙方 20 分钟内响应，2 小时内恢复。\n（5）上述服务水平为乙方的服务目标。未达到的，乙方应书面"
     "说明原因并提出整改措施，甲方不据此扣减服务费，也不要求乙方支付违约金或其他补偿。", "sla_remedy", False),
    ("花生油质量追溯软件许可合同\n## 第四条 交付及上线\n1. 乙方在收到首笔款项后 120 日内完成部署和定制开发。\n2. 因甲方配合不及时导致延期的，工期顺延。"
     "乙方不对进度延误承担违约金或赔偿责任。", "ld_stated", False),
    ("ADDRESS DATA API AGREEMENT\n4. INTEGRATION AND PRODUCTION READINESS\n4.2 Production Readiness criteria: the adapter passes the agreed "
     "test set of 2,000 sample addresses with at least 1,940 of them correctly standardised; and no error affects more than 0.5% of calls on "
     "any day. When the criteria are met the Customer confirms Production Readiness in writing.", "acceptance_clause", True),
    ("WAREHOUSE SOFTWARE LICENCE AGREEMENT\nArticle 5 Delivery and Schedule\n5.1 Vendor shall use reasonable efforts to meet the dates in "
     "the project plan. A delay in Go-Live or Final Acceptance does not entitle Customer to liquidated damages, penalties or any deduction "
     "from the Contract Price.", "ld_stated", False),
    ("SHIPPING DATA API AGREEMENT\nSERVICES\nProvider shall build a field-mapping adapter that converts Provider Data into the message "
     "format of Customer's tracking system.\nADAPTER\nThe field-mapping adapter and its source code belong to Customer on delivery. "
     "Provider Data and the API remain Provider's property.", "ip_owner", "buyer"),
    ("PROJECT CONTROLS SOFTWARE LICENCE AGREEMENT\nArticle 4 Price\nThe Agreement price is CNY 1,200,000.\nArticle 12 Liability\n12.2 Each "
     "party's total liability under this Agreement is limited to 150% of the Agreement price, except for liability for personal injury.",
     "liability_cap_pct", 150.0),
    ("PROJECT CONTROLS SOFTWARE LICENCE AGREEMENT\nArticle 7 Support and Service Levels\n7.1 The Vendor shall respond to a Severity 1 "
     "incident (the Software is unavailable or a critical function cannot be used and there is no workaround) within 1 hour, provide a "
     "workaround within 8 hours and a permanent fix within 5 working days.", "p1_response_hours", 1.0),
    ("EXPORT DOCUMENTS SAAS ORDER FORM\n3. Provisioning and acceptance\n3.2 The Service, the onboarding work and the Customer Templates are "
     "deemed accepted by the Customer when the Vendor sends the administrator login credentials for the production tenant.",
     "acceptance_deemed_on_delivery", True),
    ("MARITIME DATA API SUBSCRIPTION\n3. FEES AND PAYMENT\n3.2 Total Contract Value ... CNY 564,000\n3.4 Invoices are payable within "
     "30 days. Undisputed amounts more than 30 days overdue bear interest at 0.02% per day.", "ld_stated", False),
    ("纸机DCS改造及维保合同\n十四、廉洁与通知\n（一）乙方不得向甲方人员提供回扣、礼品或其他不正当利益，一经查实，甲方有权解除本合同项下尚未履行的"
     "采购并要求乙方赔偿损失。", "termination_for_breach", False),
    ("MARKET DATA API SUBSCRIPTION\n5. DELIVERY OF THE SERVICE\n5.1 The service is deemed delivered and accepted when the Provider issues "
     "the production API credentials. No separate acceptance test applies.", "acceptance_deemed_on_delivery", True),
    ("COLD-CHAIN SENSORS SUPPLY CONTRACT\n5. Installation Certificate and Acceptance\n5.2 The Equipment is deemed accepted by the Buyer upon "
     "signature of the Installation Certificate. No further acceptance tests are required under this Contract.",
     "acceptance_deemed_on_delivery", True),
    ("制瓶机控制系统改造及维保合同\n6. 质量保证\n6.1 质保期为全部改造调试完成之日起十八个月。\n6.2 质保期满后，甲方可委托乙方提供年度维保服务，"
     "维保费每年按硬件及软件小计的9%计取，即每年¥136,890。\n6.4 乙方应在甲方厂区存放常用备件，所有权属乙方，质保期满后由甲方按备件清单价格选择购买"
     "或退还乙方。", "post_warranty_fee_capped", True),
    ("CLINIC SCHEDULING SAAS ORDER FORM\n4. Customer Data and Security\n4.3 Provider shall notify the Customer within 48 hours after "
     "becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate with the Customer in the response, and shall "
     "bear the costs, losses and fines resulting from any incident caused by a failure of Provider.", "sla_clause", False),
    ("SEAFOOD DATA API AGREEMENT\n1.3 \"Subscription Year\" means each of the two periods from 1 June 2026 to 31 May 2027 and from 1 June "
     "2027 to 31 May 2028 (together, the \"Subscription Term\").\n3. FEES\nSubscription fee, Subscription Year 1   264,000\nSubscription fee, "
     "Subscription Year 2   264,000\nTotal   528,000\n11. LIMITATION OF LIABILITY\n11.1 Provider's total liability shall not exceed the fees "
     "paid by Customer in the six months before the event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("GRAIN DEPOT SENSORS SUPPLY CONTRACT\n6. Testing and Acceptance\n6.1 After installation the Supplier shall calibrate every sensing "
     "point against a reference thermometer.\n6.3 When all tests in Clauses 6.1 and 6.2 have been passed and the Supplier has delivered "
     "the as-built drawings, the Buyer shall issue the Final Acceptance certificate within 7 working days.", "acceptance_clause", True),
    ("MANAGED WAREHOUSE NETWORK AGREEMENT\n## 5. Service Levels\n5.2 If the monthly availability of any Site falls below 99.0% in two "
     "consecutive months, Customer may terminate the Service for that Site without penalty.\n## Schedule 3 Service Levels\n| Service "
     "level | Target | Service credit |\n|---|---|---|\n| Network availability per Site, per calendar month | 99.95% | 5% of the "
     "monthly charge for the Site for each 0.1% or part below target |", "availability_pct", 99.95),
    ("COLD STORE SENSORS SUPPLY CONTRACT\nSection 2 Price\n2.1 The Contract Price is CNY 1,042,000.\nSection 3 Payment\n3.1 No advance payment is made under this Contract.\n3.2 The Buyer pays 60% "
     "of the Contract Price (CNY 625,200) within 30 days after all equipment is delivered and installed at Site.\n3.3 The Buyer pays the "
     "remaining balance of CNY 416,800 within 30 days after Final Acceptance under Section 5.", "final_payment_on_acceptance", True),
    ("HELPDESK CLOUD ORDER FORM\n## Section 4 Onboarding Acceptance and Delay\n4.1 When onboarding is complete the Provider shall notify the "
     "Customer and run the acceptance checks with it.\n4.2 Onboarding Acceptance is given when: all configured workflows and routing rules "
     "work as described in the onboarding plan; the migrated tickets reconcile with the export by count and by status; and 40 agents can "
     "work at the same time with page loads under 2 seconds.", "acceptance_clause", True),
    ("ORDERING AND LOYALTY PLATFORM ORDER FORM\n## Schedule 2 Service Levels\n| Measure | Commitment |\n|---|---|\n| Monthly availability of "
     "the ordering and payment functions | 99.95% |\n\n| Monthly availability achieved | Service credit |\n|---|---|\n| below 99.95% but at "
     "least 99.5% | 5% |\n| below 99.5% but at least 99.0% | 10% |\n| below 99.0% | 25% |", "availability_pct", 99.95),
    ("GREENHOUSE SENSORS SUPPLY CONTRACT\nSection 7 Data\n7.1 All readings collected by the Equipment belong to the Buyer.\n7.3 The Supplier "
     "shall notify the Buyer within 12 hours of any incident that may compromise the Buyer's data, take remedial action, and compensate "
     "the Buyer for losses caused by its breach of this Section 7.", "data_security_clause", True),
    ("医保药品集中采购平台建设合同\n第一条 项目内容与合同价款\n1.2 合同价款明细：（1）平台软件许可费 1,280,000 元；（2）定制开发费1,046,000 元；（3）数据迁移费 "
     "138,000 元；（4）部署实施费 96,000 元；（5）培训费 40,000 元。合同总价为人民币 2,600,000 元（大写：贰佰陆拾万元整），含税，为固定总价。",
     "contract_value", 2600000),
    ("FREIGHT DATA API AGREEMENT\n3. FEES\n3.2 Subscription Fee: CNY 198,000 per Subscription Year; CNY 396,000 for the Initial Term.\n3.3 "
     "Integration Support (one-time): CNY 24,000.\n3.4 Total fees for the Initial Term: CNY 420,000.\n12. LIABILITY\n12.2 Vendor's total "
     "liability under this Agreement is limited to two times the total fees payable for the Initial Term (CNY 840,000).",
     "liability_cap_pct", 200.0),
    ("LEARNING PLATFORM ORDER FORM\n## 4. Intellectual Property\n4.1 The Supplier owns the Service and its software.\n4.2 Courses, exam banks, "
     "templates and other content created by or for Customer, including the migrated courses and any course templates configured by "
     "Supplier during onboarding, belong to Customer, which may use, modify and share them freely, including on other platforms.",
     "ip_owner", "buyer"),
    ("LEARNING PLATFORM ORDER FORM\n## 4. Intellectual Property\n4.2 Course templates configured by Vendor during onboarding belong to "
     "Customer.", "ip_owner", "buyer"),
    ("ROUTE PLANNING SAAS ORDER FORM\n## 5. Onboarding and Go-Live Acceptance\n5.2 Go-Live Acceptance requires that temperature alerts reach "
     "the dispatcher within two minutes in a witnessed test.\n5.3 If Go-Live Acceptance is delayed through the Vendor's fault, the Vendor "
     "pays CNY 500 for each day of delay.\n## 6. Service Levels\n6.1 Monthly availability of at least 99.95%.\n6.3 Service credits are not "
     "offered. If a service level is missed, the Vendor's only obligation is to restore the Service.", "sla_remedy", False),
    ("腌制池监控软件许可合同\n## 第三条 合同价款\n3.1 合同总价为人民币 800,000 元，其中软件许可费 520,000 元。\n3.4 维保费、培训费、现场服务差旅费及需求"
     "变更费用另行结算，不包括在合同总价内。\n## 第六条 质保\n6.1 免费维护期为上线之日起六个月。\n## 第七条 维保服务\n7.1 免费维护期满后，甲方应向乙方购买"
     "年度维保服务，维保费按软件许可费的25%每服务年度计收，即130,000元。", "post_warranty_fee_capped", True),
    ("LEARNING PLATFORM ORDER FORM\nPart B - General Terms\nB.7.1 Supplier owns the Subscription Service, the Content Library and all "
     "improvements to them.\nB.7.2 Courses, assessments and other materials created by Customer, or created by Supplier for Customer during "
     "the Onboarding Services, including the migrated in-house courses, belong to Customer.", "ip_owner", "buyer"),
    ("MANAGED HOTEL NETWORK SERVICE AGREEMENT\n## 4. Transition and Service Commencement\n4.1 The Provider shall complete installation "
     "and cut-over of all 14 hotels by 31 August 2025.\n4.2 Commencement tests for each hotel: guest Wi-Fi coverage of at least -67 dBm in "
     "every guest room; guest login by room number working; at least 50 Mbps per guest device at a sample of 20 rooms.",
     "acceptance_clause", True),
    ("COLD STORE SENSORS SUPPLY CONTRACT\nSupplier: Lagan Sensing Ltd, 3 Linen Hall Court, Lisburn BT28 1AB, Northern Ireland, United "
     "Kingdom (the \"Supplier\")\nSection 14 Governing Law and Disputes\nThis contract is governed by the laws of the People's Republic of "
     "China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.",
     "governing_forum_outside_mainland", False),
    # holdout450–453's first run
    ("ROUTE PLANNING SAAS ORDER FORM\n## Section 4 Onboarding Timetable\n4.1 The Provider will use reasonable efforts to achieve Go-Live by "
     "the target date in the Order Form.\n4.2 If Go-Live is delayed, the parties will agree a revised plan. The Provider is not liable for "
     "any payment, damages or penalty because of a delay in onboarding.", "ld_stated", False),
    ("统计数据平台建设项目合同\n第一条 项目内容\n1.1 乙方向甲方提供统计数据采集处理平台软件许可（永久许可，不限用户数），并按甲方需求完成联网直报采集、"
     "数据审核、汇总分析、报表发布等模块的定制开发、部署、数据迁移和培训。\n第九条 数据安全\n9.1 平台处理的统计调查对象资料、汇总数据及日志均属甲方所有，"
     "乙方仅为履行本合同使用，不得留存、复制或向任何第三方提供。", "buyer_owns_data", True),
    ("软件许可及技术服务合同\n## 第六条 技术支持\n6.1 免费技术支持期为六个月，自系统上线之日起算。\n6.2 技术支持期内，乙方提供工作日电话及远程技术支持。\n"
     "## 第七条 售后维护服务\n7.1 免费技术支持期满后，甲方应与乙方签订年度维护服务合同。", "warranty_months", 6),
    ("软件许可及技术服务合同\n## 第六条 技术支持\n6.2 技术支持期内，乙方提供工作日的电话、邮件及远程技术支持，对甲方提出的问题尽力及时处理。\n"
     "## 第十三条之二A 系统环境\n13B.3 系统上线后，乙方应派工程师现场保障两周，协助甲方处理上线初期的问题。", "sla_clause", False),
    # holdout454–457's first run
    ("面粉厂制粉车间控制系统改造合同\n五、安装调试与验收\n（一）乙方完成安装及单机调试后，组织全线空载联动试车，连续运行8小时无停机即为试车完成。\n"
     "（二）联动试车完成后，即视为甲方验收合格，本合同项下设备和软件即告交付。", "acceptance_deemed_on_delivery", True),
    ("生产追溯系统软件许可合同\n## 第五条 验收\n系统上线试运行7日内，甲方未以书面形式提出异议的，即视为验收合格。", "acceptance_deemed_on_delivery", True),
    ("生产追溯系统软件许可合同\n## 第二条 合同价格\n| 序号 | 项目 | 金额（元） |\n|---|---|---|\n| 1 | 溯源云平台软件许可费（标准版，永久） | 380,000 |\n"
     "| 2 | 定制开发费 | 168,000 |\n| 3 | 实施部署费 | 52,000 |\n| | 合计 | 600,000 |\n## 第十条 违约责任\n10.2 乙方在本合同项下的累计赔偿责任，"
     "以甲方已实际支付的软件许可费为限。", "liability_cap_pct", 63.3333),
    # … but not the fees of the product a claim is about, a share no one can tell (holdout2's k04)
    ("第一条 标的：乙方向甲方提供数据库企业版永久许可。软件许可费人民币800万元，首年原厂技术支持费人民币160万元，合同总价人民币960万元。\n"
     "第八条 责任：乙方对甲方的全部赔偿责任不超过甲方就引起索赔的产品实际支付的许可费。", "liability_cap_pct", None),
    ("# ORDER FORM\n## 1. Subscription and fees\n| Item | Fee per Subscription Year (CNY) |\n|---|---|\n| Subscription fees for the Subscription "
     "Term (two Subscription Years) | 446,400 |\n| Onboarding (one-time) | 42,000 |\n| **Total Order Form value** | **488,400** |", "contract_value", 488400),
    ("MANAGED DIGITAL SIGNAGE AGREEMENT\n## 1. Definitions\n1.3 \"Content\" means menus, prices, product images and other material supplied by Customer or created for "
     "Customer under this Agreement.\n## 7. Intellectual property\n7.1 Provider retains all rights in its content management software, player "
     "software and standard templates.\n7.2 Menu layouts, designs and templates created specifically for Customer belong to Customer.", "ip_owner", "buyer"),
    # holdout458–461's first run
    ("VESSEL POSITION DATA API AGREEMENT\n5. FEES AND PAYMENT\n5.1 At the Customer's request all fees are stated and paid in Chinese yuan "
     "(CNY), inclusive of VAT. The Subscription Fee is CNY 228,000 per Subscription Year, CNY 456,000 for the two Subscription Years. There "
     "is no set-up fee.\n5.3 API calls above the annual allowance are charged at CNY 0.04 per call.", "contract_value", 456000),
    ("PORT SCHEDULE DATA API AGREEMENT\nPART 4. ONBOARDING AND ACTIVATION\n4.2 Activation requires that: (a) the API returns schedules for "
     "all carriers and ports listed in Annex A; (b) port call events reach Customer's webhook endpoint within 10 minutes; and (c) Provider "
     "has delivered the API documentation.\n4.3 Customer shall confirm activation in writing, or list the unmet criteria, within 5 working "
     "days after Provider's notice of readiness.", "acceptance_clause", True),
    # holdout462–465's first run
    ("MANAGED IT SUPPORT AGREEMENT\n## 10. Term and Termination\n10.2 The Customer may terminate this Agreement by written notice if the "
     "Provider commits a material breach that is not remedied within 30 days after written notice, or if the Provider repeatedly fails to "
     "resolve incidents within a reasonable time.", "sla_clause", False),
    ("VESSEL DATA API AGREEMENT\n1. DEFINITIONS\n1.3 \"Customer Materials\" means the watchlists, booking references, container numbers, user "
     "accounts and query parameters that the Customer or its users submit to the API.\n8. CUSTOMER MATERIALS\n8.1 Customer Materials belong "
     "to the Customer. The Provider shall use them only to provide the API to the Customer and for no other purpose.", "buyer_owns_data", True),
    ("MANAGED IT SERVICES AGREEMENT\n## 3. CHARGES AND PAYMENT\n3.1 The Charges are a Transition Fee of CNY 66,000 and a Monthly Service "
     "Charge of CNY 28,333 for 36 months; Total Contract Value CNY 1,086,000.\n3.2 Within 10 days after signature, and before transition "
     "starts, Customer shall pay Provider an Advance Payment of CNY 420,000. The Advance Payment is deducted in equal parts from the monthly "
     "invoices for the first ten months after the Service Start Date.\n3.3 The Monthly Service Charge is invoiced monthly in arrears.",
     "prepayment_pct", 38.674),
    ("职工服务平台年度运维合同\n第六条 考核与验收\n（1）甲方按季度对乙方服务进行考核，满分100分，80分以上为合格。\n（2）一级故障未按时响应或恢复的，每次扣减"
     "当季服务费2,000元；二级故障未按时处理的，每次扣减500元；驻场人员无故缺勤的，每人每日扣减800元。", "ld_stated", False),
    ("切割机控制系统改造合同\n三、付款方式\n（一）合同生效后十五日内，甲方支付合同总价的20%作为预付款。\n（二）第一批设备到货并经甲方清点签收后，甲方支付合同"
     "总价的35%。\n（三）全部六台切割机改造完成并按本合同第六条确认验收后，甲方支付合同总价的45%。\n六、验收\n（一）每台切割机改造完成后，乙方进行安装调试，"
     "通电试切一次正常后，即视为该台设备验收合格。", "final_payment_on_acceptance", False),
    # … but not under a clause whose "heading" is its first sentence (holdout3's m04, which c496025 had made a false CR-LD-MISSING)
    ("打印复印设备运维服务合同\n第五条 甲方每月根据附件《服务考核表》对乙方服务进行考核，考核得分低于80分的，按当月服务费的5%扣减。\n"
     "第七条 乙方未按约定时限修复设备的，每逾期一日，按当月服务费的千分之五支付违约金。", "ld_stated", True),
    # holdout466–469's first run
    ("预警信息发布系统运维合同\n【服务水平】\n（26）一级故障（预警信息无法发布或发布延迟超过3分钟）：15分钟内响应，1小时内恢复发布能力；二级故障（部分区县终端"
     "无法接收）：30分钟内响应，6小时内恢复。", "p1_response_hours", 0.25),
    ("COLD CHAIN MONITORING SUPPLY CONTRACT\n1. Definitions\n1.2 \"Software\" means the Adriatek Monitor software, licensed perpetually for the "
     "Buyer's sites, and the dashboards and alarm rules configured for the Buyer.\n9. Intellectual Property\n9.1 The Software remains the "
     "property of the Supplier.\n9.2 Dashboards, alarm rules, reports and the mapping study prepared for the Buyer belong to the Buyer.",
     "ip_owner", "buyer"),
    # losses taken from the bond name no sum (holdout429's O&M contract, once e35b711 made its （27） a clause of its own)
    ("地震速报系统运维服务合同\n（26）满意度评价。甲方每半年组织一次满意度评价。\n（27）履约保证金。乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，"
     "即30,500元。服务期满且终期验收合格后，甲方在15日内无息退还；乙方严重违约的，甲方有权从履约保证金中扣除相应损失。", "ld_stated", False),
    # holdout470–473's first run
    ("MANAGED WORKPLACE SERVICES AGREEMENT\n## 6. Customer Data and security\n6.1 Customer Data belongs to Customer.\n6.2 Supplier shall "
     "apply the security practices that it applies across its customer base and may change them from time to time.\n6.3 Supplier does not "
     "accept any responsibility or liability for the loss, corruption, unauthorised access to or disclosure of Customer Data, however caused. "
     "Customer remains solely responsible for the security of Customer Data.", "data_security_clause", False),
    # holdout474–477's first run
    ("ROAD WEATHER API AGREEMENT\n4. INTEGRATION SUPPORT AND ACCEPTANCE\n4.3 Integration Acceptance requires that (a) route forecasts are "
     "returned for all 42 regular routes; and (b) the average response time of the route forecast endpoint measured by the Customer over "
     "five working days is less than two seconds.", "p1_response_hours", None),
    ("DATA API SUBSCRIPTION AGREEMENT\nTidemark Maritime Data, Inc., a Georgia corporation (\"Tidemark\"); and Xiamen Haiyun Freight Co., Ltd. "
     "(\"Customer\").\n4. \"Connector\" means the integration software that Tidemark develops for Customer under this Agreement to load "
     "Tidemark Data into Customer's shipment tracking system.\n24. Tidemark owns the API and Tidemark Data.\n25. The Connector, including "
     "its source code, belongs to Customer.", "ip_owner", "buyer"),
    ("DATA API SUBSCRIPTION AGREEMENT\nRENEWAL\n27. After the initial Subscription Term, this Agreement renews automatically for successive "
     "Subscription Years unless either party gives notice of non-renewal.\n28. Vendor may increase the Subscription Fee for each renewal "
     "Subscription Year by up to 8% by notifying Customer at least 75 days before the renewal.", "auto_renewal_price_increase", True),
    ("MANAGED IT SERVICES AGREEMENT\n## 3. TRANSITION AND COMMENCEMENT\n3.2 The Service Commencement Date is the date on which the Provider "
     "notifies the Customer in writing that the Services are live. The Services are deemed accepted by the Customer on that date. There is "
     "no separate acceptance testing.", "acceptance_clause", False),
    ("考务管理系统年度运维合同\n第四章 服务水平\n（2）一级故障（报名、编排、成绩处理任一核心功能中断）：考试期间15分钟内响应，1小时内恢复；非考试期间30分钟内响应，"
     "2小时内恢复。二级故障2小时内响应。", "p1_response_hours", 0.5),
    # holdout478–481's first run
    ("MANAGED STORE IT AGREEMENT\n## Clause 3 Transition and Service Commencement\n3.2 Service Commencement occurs when Customer confirms "
     "in writing that: (a) every store is visible in the monitoring console; (b) the asset register has been checked against a count of "
     "each store; and (c) the service desk has handled a test ticket from every store.", "acceptance_clause", True),
    ("排产软件许可及定制开发合同\n第四条 实施与工期\n4.2 乙方对工期延误不承担违约金或赔偿责任。\n第十一条 合同解除\n11.2 合同解除的，双方按已完成的"
     "工作量结算；甲方已支付的预付款在扣除乙方已发生的费用后多退少补。", "ld_stated", False),
    # holdout482–485's first run
    ("社保经办系统年度运维合同\n（10）知识产权\n乙方在运维过程中为甲方编写的脚本和运维报告归甲方所有。乙方自有的监控工具仍归乙方所有，服务期内免费供本项目"
     "使用，服务结束后由乙方自行卸载。", "ip_owner", "buyer"),
    ("# ORDER FORM — Fleetline Delivery Planning Cloud\n## Part A — Order Details\n**A.2 Subscription Term.** Two Subscription Years from "
     "the Go-Live Date.\n**A.4 Fees.** Subscription fees CNY 240,000 per Subscription Year; onboarding CNY 52,000 (one-time).\n**A.5 Invoicing."
     "** The onboarding fee is invoiced after Go-Live Acceptance.", "contract_kind", "service"),
    # holdout486–489's first run
    ("RECRUITING SAAS ORDER FORM\n## Section 5 Customer Data and Security\n5.6 Vendor will help Customer answer requests from applicants "
     "who exercise their rights under the Personal Information Protection Law, by exporting or deleting their records within 5 business "
     "days after Customer's instruction.", "p1_response_hours", None),
    ("GRAIN PRICE DATA API AGREEMENT\n11. TERMINATION\n11.1 Either party may terminate for convenience on 60 days' notice.\n12. FORCE "
     "MAJEURE\n12.1 Neither party is liable for failure caused by events beyond its reasonable control. Provider shall use its backup "
     "hosting to keep the API running where possible and shall tell Customer without delay when an event affects the Data.",
     "data_security_clause", False),
    ("挤压机控制系统改造合同\n十三、合同的变更与解除\n（二）合同履行期间，双方均不得单方解除本合同，但因不可抗力致使合同目的不能实现的除外。\n十五、其他\n"
     "廉洁条款：乙方不得向甲方工作人员提供回扣或其他不正当利益；发现违反的，甲方有权终止合作并追究相应责任。", "termination_for_breach", False),
    ("运维服务合同\n九、验收\n甲方按季度组织验收。\n十、解除\n（4）乙方向甲方人员行贿的，甲方有权解除合同。\n（5）乙方严重违约，经催告后10日内仍未纠正的，"
     "甲方有权解除合同。", "termination_for_breach", True),
    ("展项管理系统年度运维合同\n（6）服务内容\n乙方派驻2名工程师驻场运维。\n（7）服务响应\n（7.1）一级故障（核心展项停运或中控系统瘫痪）：驻场人员15分钟内到达现场处置，2小时内恢复。\n"
     "（7.2）二级故障（单件展项停运）：30分钟内响应，当日修复。", "p1_response_hours", 0.25),
    ("# ORDER FORM — Quaystone Dispatch Cloud\n| | Vendor | Customer |\n|---|---|---|\n| Name | Quaystone Software Inc. | Foshan Home Co., "
     "Ltd. |\n## Section 2 Term\n2.2 **Renewal.** At the end of the Initial Term, the Agreement renews automatically for further periods of "
     "one Subscription Year each, unless either party gives notice of non-renewal. Quaystone may increase the subscription fee for any "
     "renewal period by up to 8% over the fee of the preceding period.\n## Section 3 Support\n3.1 Quaystone shall answer support requests "
     "within one Business Day.\n3.2 Quaystone will keep the Service available.", "auto_renewal_price_increase", True),
    ("DISPATCH SAAS ORDER FORM\n## Section 4 Onboarding and acceptance\n4.2 **Go-Live Acceptance.** The Customer will test the configured "
     "Service against the acceptance scripts agreed in the onboarding plan, including: (a) orders appear in the Service within 5 minutes; "
     "and (b) routes are generated for all warehouses. When all scripts pass, the Customer signs a Go-Live Acceptance certificate.",
     "acceptance_clause", True),
    ("MANAGED BACKUP SERVICES AGREEMENT\n## 4. ONBOARDING AND SERVICE ACCEPTANCE\n4.1 Provider aims to complete onboarding within 45 days "
     "and will use reasonable efforts to meet that target; a later completion does not give rise to any payment or deduction.\n4.2 "
     "Service Acceptance tests include a full restore of the ERP database.\n## 5. SERVICE LEVELS\n5.1 Priority 1 incidents: response "
     "within 30 minutes.", "sla_remedy", False),
    ("ORDERING SAAS ORDER FORM\n## Part D — Service levels\nD.1 Monthly availability of the Service: 99.95%, excluding notified "
     "maintenance windows.\nD.3 Service credits, as a share of the monthly fees: availability below 99.95% but at least 99.5%, 5%; below "
     "99.5%, 10%.", "availability_pct", 99.95),
    # holdout490–493's first run
    ("压机控制系统改造及维保合同\n六、备件\n（五）乙方应在甲方厂区存放常用备件，备件在质保期内归乙方所有，质保期满后由甲方选择是否按清单价格购买。\n"
     "七、维保服务\n（二）年度维保费按软硬件小计的9%计收，即每年¥116,928，质保期满后三个服务年度内不上调。", "post_warranty_fee_capped", True),
    ("KITCHEN INVENTORY SAAS ORDER FORM\n## Section 7 Intellectual Property\n7.2 The Customer owns the Customer Configurations. It may "
     "use, copy and modify them freely and have them used by any third party.\n## Section 10 Subcontracting\n10.1 The Provider shall not "
     "subcontract any part of the Service without the Customer's prior written consent.", "subcontract_without_consent", False),
    ("MANAGED STORE SYSTEMS AGREEMENT\n## 4. Transition\n4.2 Service Commencement requires that: (a) every POS terminal of every Store "
     "appears in the Provider's monitoring console; and (b) the service desk has handled a test ticket from each Store. The Customer "
     "shall confirm Service Commencement in writing within three working days after the criteria are met.", "acceptance_clause", True),
    ("灌装线控制系统改造合同\n六、质量保证\n（二）一级故障乙方应在1小时内响应，8小时内恢复生产。\n（三）响应或到场超时的，每超时1小时，甲方可从"
     "履约保证金中扣减1,000元；质保期满后从当期维保费中扣减。", "ld_stated", False),
    ("审计作业系统运维服务合同\n（6）服务水平\n1. 一级故障30分钟内响应。\n（12）违约责任\n1. 驻场人员未按期到岗的，每逾期一日，乙方按合同总价的"
     "千分之一支付违约金。\n2. 乙方违反第（8）项约定的，除承担赔偿责任外，甲方有权解除本合同。\n（15）其他\n磋商文件、响应文件及成交通知书为本合同的"
     "组成部分。", "sla_remedy", False),
    # holdout494–497's first run
    ("WEATHER DATA API AGREEMENT\n1. DEFINITIONS\n1.2 \"Subscription Year\" means the period from 1 June 2026 to 31 May 2027 (the first "
     "Subscription Year) and the period from 1 June 2027 to 31 May 2028 (the second Subscription Year).\n3. FEES\nSubscription Fee, each "
     "Subscription Year: CNY 186,000. Integration support: CNY 24,000. Total: CNY 396,000.\n9. LIABILITY\n9.1 Supplier's total liability "
     "is limited to the fees paid by Customer in the six months before the event giving rise to the claim.", "liability_cap_pct", 25.0),
    # holdout498–501's first run
    ("VESSEL DATA API AGREEMENT\n6. SERVICE LEVELS\n6.1 Priority 1 incidents: response within 30 minutes. A missed service level gives rise "
     "to a written incident report only.\n12. GENERAL\n12.1 Neither party is liable for delay caused by failures of AIS networks operated "
     "by third parties.\n12.3 Lagan may withhold data on a particular vessel where supplying it would breach sanctions laws.",
     "sla_remedy", False),
    ("信访信息平台软件许可及定制开发合同\n第一条 项目内容\n1.1 乙方向甲方提供信访信息平台软件（含网上信访、满意度评价、统计分析等模块）的永久使用"
     "许可，许可范围为甲方及所属县（区）信访部门，用户数不限。\n第九条 数据\n9.1 平台中的信访数据归甲方所有，乙方不得用于本合同以外的目的。",
     "buyer_owns_data", True),
    ("COFFEE ORIGIN DATA API AGREEMENT\n1. DEFINITIONS\n1.3 \"Provisioning Date\" means 15 January 2026, the date by which Supplier shall "
     "make production access available.\n1.4 \"Subscription Term\" means the period from the Provisioning Date to 14 January 2028.\n4. FEES\n"
     "Subscription fees: CNY 160,000 for each year of the Subscription Term; total CNY 320,000.\n9. LIABILITY\n9.1 Each party's total "
     "liability shall not exceed the fees paid or payable by Customer in the 9 months preceding the event giving rise to the claim.",
     "liability_cap_pct", 37.5),
    # holdout502–505's first run
    ("场馆预约系统运维服务合同\n第六章 故障处理\n（1）乙方接到甲方报修后，应及时响应，尽快排除故障，恢复系统正常运行。\n（4）乙方应在每月5日前向甲方提交"
     "上月运维报告，内容包括巡检情况、故障及处理情况和下月工作计划。", "sla_clause", False),
    # a term named by the year it ends with (left open after holdout497)
    ("DATA API SUBSCRIPTION AGREEMENT\n11. TERM AND TERMINATION\n11.1 This Agreement runs until the end of the second Subscription Year "
     "and then expires. It does not renew automatically.", "term_years", 2.0),
    ("数据服务合同\n第九条 合同期限\n本合同自双方签字盖章之日起生效，至第三个服务年度届满时终止。", "term_years", 3.0),
    # holdout506–509's first run
    ("WMS LICENCE AGREEMENT\nArticle 10 Customer Data and Data Security\n10.1 Customer Data belongs to the Customer. The Vendor may access and "
     "use it only to perform this Agreement and shall not copy it out of the Customer's systems, except test extracts anonymised by the "
     "Customer.", "buyer_owns_data", True),
    ("# ORDER FORM — RouteWorks Delivery Scheduling Service\n\n**Vendor:** Casco Bay Routeworks, Inc.\n\n## 1. Fees\n\n| Fee | Amount (CNY) |\n"
     "|---|---|\n| Subscription fee, Subscription Year 1 | 264,000 |\n| Onboarding | 52,000 |\n\n## 2. Invoicing and Payment\n\n2.1 The onboarding fee is invoiced on Go-Live Acceptance.",
     "contract_kind", "service"),
    # holdout510–513's first run
    ("免疫规划信息系统运维服务合同\n二十一、服务质量改进\n乙方应每季度对故障和工单进行统计分析，提出系统优化、数据质量改进和安全加固建议，经甲方同意后实施。\n"
     "二十二、数据\n系统数据归甲方所有。", "buyer_owns_data", True),
    ("MANAGED SUPPORT SERVICES AGREEMENT\n## 2. TERM\n2.1 This Agreement starts on signature. The Services run for 24 months from the Service "
     "Commencement Date.\n## 3. CHARGES\n3.1 The Monthly Service Charge is CNY 46,500. The total value of this Agreement is CNY 1,116,000.\n"
     "## 9. LIABILITY\n9.1 The Provider's total aggregate liability under this Agreement is limited to the Monthly Service Charges paid by the "
     "Customer in the 6 months preceding the event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("COLD STORE MONITORING CONTRACT\n7. Training\nThe Supplier trains six operators at the Site.\n8. Data\n8.2 The Supplier shall not copy records outside the Buyer's systems and shall keep any data it "
     "handles secure.", "data_security_clause", True),
    ("COLD STORE MONITORING CONTRACT\n7. Training\nThe Supplier trains six operators at the Site.\n8. Data\n8.3 The Supplier shall notify the Buyer within 12 hours of any incident affecting the records "
     "and shall be liable for the Buyer's losses caused by its breach of this Clause.", "data_security_clause", True),
    # holdout514–517's first run
    ("公证业务系统运维服务合同\n（2）服务费用及支付\n① 运维服务费为人民币叁拾捌万陆仟元整（¥386,000），含驻场人员、远程支持、备件以外的全部服务费用及税费。\n"
     "② 服务费按季度支付，每季度服务考核合格后15个工作日内，甲方支付当季服务费¥96,500。", "contract_value", 386000.0),
    ("森林防火监测平台采购合同\n第四条 验收\n4.2 终验标准：（1）312路视频全部接入，在线率不低于98%；（2）烟火识别准确率不低于92%。\n"
     "第五条 服务水平\n5.1 平台可用率不低于99.95%。", "availability_pct", 99.95),
    # holdout518–521's first run
    ("加热炉燃烧控制系统改造合同\n六、服务响应\n（一）一级故障：乙方接报后30分钟内电话响应，2小时内到达现场，8小时内恢复运行。\n"
     "（三）上述时限为乙方的服务承诺。乙方超时响应或到场的，由双方协商改进措施，不另计扣款或违约金。", "sla_remedy", False),
    ("MANAGED IT SERVICES AGREEMENT\n## 3. Onboarding\n3.1 The Provider shall complete onboarding within 60 days after signature.\n"
     "3.3 Onboarding is complete when the Customer confirms in writing that: the agent is installed on at least 98% of the devices in the "
     "asset list; all servers report to the monitoring platform; and the runbooks have been approved by the Customer's IT manager.\n"
     "## 4. Charges\n4.1 The onboarding charge is invoiced when onboarding is complete.", "acceptance_clause", True),
    ("生产执行系统软件许可及实施合同\n## 第五条 上线与验收\n1. 系统部署完成并开始在发酵车间使用，即为上线。\n2. 上线后十日内甲方未提出书面异议的，"
     "视为验收合格。", "acceptance_deemed_on_delivery", True),
    # holdout522–525's first run
    ("MANAGED DIGITAL SIGNAGE SERVICE AGREEMENT\n## SECTION 5 CUSTOMER CONTENT\n5.1 Menus, prices, images and brand materials supplied by the "
     "Customer remain the property of the Customer.\n5.2 Content templates and layouts designed for the Customer belong to the Customer, "
     "which may use and modify them freely, also with another provider.", "ip_owner", "buyer"),
    # holdout526–529's first run
    ("发酵罐温控系统改造及维保合同\n一、合同标的\n| 序号 | 名称 | 数量 | 单价（元） | 金额（元） | |\n|---|---|---|---|---|---|\n"
     "| 1 | 电动调节阀 | 96台 | 2,380 | 228,480 | |\n| 2 | 发酵温控监控软件许可 | 1套 | 168,000 | 168,000 | |\n| 软硬件小计 | | | | | 396,480 |\n"
     "| 3 | 安装调试 | 1项 | 86,520 | 86,520 | |\n| 合同总价 | | | | | 483,000 |\n二、合同价款\n合同总价为人民币483,000元。",
     "licence_or_hardware_price", 396480.0),
    ("MARKET DATA API SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The subscription fee is CNY 186,000 per Subscription Year, inclusive "
     "of VAT and any withholding tax, and CNY 372,000 for the two Subscription Years of the Term.\n4.2 The subscription fee is invoiced "
     "quarterly in advance (CNY 46,500 per quarter).", "contract_value", 372000.0),
    # holdout530–533's first run
    ("FIELD SALES SAAS ORDER FORM\n1. Fees\nOnboarding fee (one-time): CNY 58,000. Subscription fees: CNY 270,000 per Subscription Year. "
     "Total for the two Subscription Years and onboarding: CNY 598,000.\n2. Invoicing\n2.1 Provider invoices the onboarding fee and the "
     "fees for the first Subscription Year (together CNY 328,000) on the Order Date. That invoice is payable within 15 days and in any "
     "case before the Subscription Start Date.\n2.2 The fees for the second Subscription Year (CNY 270,000) are invoiced at the start of "
     "that Subscription Year.", "prepayment_pct", 328000 / 598000 * 100),
    # holdout534–537's first run
    ("MARINE WEATHER DATA API AGREEMENT\n6. SERVICE AND SUPPORT\n6.1 The Provider will use commercially reasonable efforts to keep the API "
     "available.\n8A. CUSTOMER OBLIGATIONS\n8A.4 The Customer shall give the Provider, during integration, a test account and a contact "
     "person who can answer questions within 2 working days.", "p1_response_hours", None),
    ("DATA API AGREEMENT\n1. Definitions\n1.3 \"Subscription Years\" means the first Subscription Year, from 1 December 2025 to 30 November "
     "2026, and the second Subscription Year, from 1 December 2026 to 30 November 2027.\nTogether they form the \"Subscription Term\".\n"
     "7. CONFIDENTIALITY\n7.1 Each party shall keep confidential the other party's non-public information. These obligations continue for "
     "three years after the Subscription Term ends.\n10. LIABILITY\n10.3 The Supplier's total liability is limited to the fees paid by the "
     "Customer in the three months preceding the event that gave rise to the claim.", "liability_cap_pct", 12.5),
    # (… while a sentence on subcontracting that the buyer opens stays the supplier's term: 07d3b94 had lost h123e05's)
    ("EXPORT DOCUMENT API SUBSCRIPTION\n## Art. 9 – Fees\n9.1 The fees are set out in Annex A.\n## Art. 10 – Subcontracting\n10.1 The Client "
     "authorises the hosting provider indicated in Annex A. Any other subcontracting of the Service, in whole or in part, requires the "
     "Client's prior written consent. The Provider remains liable for its subcontractors.", "subcontract_without_consent", False),
    # (… and subscription years defined one to a definition, cut at their semicolons, give the term: h534e05's cap)
    ("MARINE WEATHER DATA API AGREEMENT\n1. DEFINITIONS\n1.3 First Subscription Year means 1 July 2026 to 30 June 2027; Second Subscription "
     "Year means 1 July 2027 to 30 June 2028; each is a Subscription Year, and together they are the Subscription Term.\n11. LIABILITY\n"
     "11.1 The Provider's total liability is limited to the fees paid by the Customer in the three months preceding the event giving rise "
     "to the claim.", "liability_cap_pct", 12.5),
    # holdout538–541's first run
    ("VESSEL POSITION DATA API AGREEMENT\n6. NO DELAY DAMAGES\nThe Provider does not pay liquidated damages, penalties or credits for any "
     "delay in issuing credentials, for late or inaccurate Provider Data, or for any interruption of the API. This does not limit the "
     "Customer's rights under Clauses 12 and 14.", "ld_stated", False),
    ("退火窑控制系统改造合同\n五、投运与验收\n（一）乙方完成安装和冷态调试后，配合甲方升温，系统投入热态运行。\n（二）系统投入热态运行后，即视为甲方"
     "验收合格，双方签署投运确认单。", "acceptance_deemed_on_delivery", True),
    # holdout542–545's first run
    ("殡仪馆业务管理系统运维服务合同\n第三节 合同价款\n本合同总价为人民币368,000元。\n第十节 违约责任\n（1）乙方未按约定日期进场开展服务或擅自中断服务"
     "的，每逾期（中断）一日，按合同总价的千分之二向甲方支付违约金。", "ld_rate_per_day_pct", 0.2),
    # (a sentence ends after a year: "… the first invoice being issued on 1 November 2025. The integration and onboarding fee is
    # invoiced after Integration Acceptance" bills no one-off fee in advance)
    ("FISHERY DATA API SUBSCRIPTION\n3. TERM\n3.1 The initial term consists of two Subscription Years, from 1 November 2025 to 31 October "
     "2027.\n4. FEES AND PAYMENT\n4.2 Fees: Subscription fee, Subscription Year 1: CNY 168,000; Subscription fee, Subscription Year 2: CNY "
     "168,000; Integration and onboarding fee (one-time): CNY 18,000; Total for the initial term: CNY 354,000.\n4.4 The subscription fee is "
     "invoiced quarterly in advance at CNY 42,000 per quarter, the first invoice being issued on 1 November 2025. The integration and "
     "onboarding fee is invoiced after Integration Acceptance. Invoices are payable within thirty days.", "prepayment_pct", None),
    # (… and after a sum, where the next sentence says when that invoice is issued: h25e01, joined again)
    ("HOTEL PMS ORDER FORM\nA2.1 The Subscription Term starts on the Subscription Start Date and continues for thirty-six (36) months.\n"
     "A3.1 Total Contract Value: CNY 2,551,000.\nA4.1 Subscription Fees are invoiced annually in advance. The first invoice covers the "
     "Subscription Fees for the first twelve months of the Subscription Term (CNY 777,600) and the Implementation Services fee (CNY "
     "218,000), a total of CNY 995,600. It is issued on the Order Date and is payable within fifteen (15) days of the Order Date and in "
     "any event before the Subscription Start Date.", "prepayment_pct", 39.0278),
    # (… so a late repair under the service levels, a sentence of its own now, is no delay damages: h126e03)
    ("SENSOR SUPPLY AND MAINTENANCE AGREEMENT\nSection 2 Price\nThe Contract Price is CNY 1,442,000.\nSection 9 Service Levels\n9.2 For each "
     "hour by which the response to a critical fault is late, the Supplier shall pay CNY 1,000. For each day by which on-site repair of a "
     "device is late, the Supplier shall pay CNY 500 per device concerned.", "ld_rate_per_day_pct", None),
    ("医保基金智能监管平台采购合同\n第二条 合同价款\n本合同总价为人民币 2,408,000 元。\n第三条 付款方式\n3.1 合同签订后 10 个工作日内，甲方支付合同总价的 "
     "20%，作为预付款。\n3.2 平台通过初步验收后，甲方支付合同总价的 45%。\n3.3 平台通过最终验收后，甲方支付合同总价的 35%。\n第五条 验收\n5.2 最终验收在"
     "试运行期满后进行，标准为：试运行期间未发生一级故障；智能审核规则全部上线，规则命中结果经甲方抽查准确率不低于 95%；定制开发部分的源代码移交完毕。\n"
     "5.3 平台上线运行、甲方使用或付款均不视为验收合格。", "final_payment_on_acceptance", True),
    ("COAL PRICE DATA API AGREEMENT\nFEES\n9. At Customer's request all fees are stated and paid in CNY and include VAT. The subscription fee "
     "is CNY 236,000 for each Subscription Year, a total of CNY 472,000 for the Subscription Term.\n15. If Provider fails to meet the "
     "Activation Date for reasons within its control, it shall pay Customer CNY 600 for each day of delay until the acceptance note is "
     "signed, up to CNY 30,000.", "ld_rate_per_day_pct", 0.127119),
    # holdout550–553's first run
    ("VESSEL DATA API SUBSCRIPTION\n5. SERVICE LEVELS\n5.3 Provider shall publish the status of the API on its status page and send "
     "incident notices to Customer's technical contact, and shall publish a monthly availability report showing the measured "
     "availability and the incidents of the month.\n7. CUSTOMER INPUTS\n7.1 Customer Inputs remain Customer's property. Provider uses "
     "them only to answer Customer's Calls and deletes them from its logs within 30 days.", "data_security_clause", False),
    # holdout554–557's first run
    ("# ORDER FORM — RouteAtlántica Delivery Platform\n## 1. Subscribed Service\n1.1 RouteAtlántica, a cloud platform for route "
     "optimisation, driver dispatch and electronic proof of delivery.\n## 2. Subscription Term\n2.1 The Subscription Term starts on 1 "
     "September 2025 and ends on 31 August 2027.\n## 4. Invoicing\n4.1 Subscription Fees are invoiced on the first day of each Subscription "
     "Year.", "contract_kind", "service"),
    ("# MANAGED SERVICE DESK AGREEMENT\n## 3. Term\nThe Initial Term is 24 months.\n## Schedule 3 — Charges\n| Charge | Amount (CNY) |\n"
     "|---|---|\n| Transition fee (one-time) | 58,000 |\n| Monthly service charge, up to 650 users | 46,000 per month |\n| Total for the "
     "Initial Term (24 months) | 58,000 + 24 × 46,000 = 1,162,000 |\n| Additional users above 650 | 70 per user per month |", "contract_value", 1162000),
    # holdout558–561's first run
    ("# ORDER FORM No. LS-CN-2026-014\n**LotusShift Technology Joint Stock Company** (Da Nang, Vietnam) (\"LotusShift\") and **Chengdu "
     "Rongwei Hotpot Catering Management Co., Ltd.** (Chengdu, Sichuan, People's Republic of China) (the \"Customer\") agree to this Order "
     "Form.\n### Section 5. Renewal\n5.1 After the Subscription Term, this Order Form renews automatically for successive periods of one "
     "Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current "
     "period.\n5.2 LotusShift may increase the subscription fee for any renewal period by up to 9% over the fee of the preceding "
     "Subscription Year by notifying the Customer at least 30 days before the renewal.", "auto_renewal_price_increase", True),
    ("WIND FORECAST DATA API AGREEMENT\n10. LIABILITY\n10.2 Each party's total liability under this Agreement is limited to one and a "
     "half times the total fees under Clause 3.1. Neither party is liable for lost profits or grid penalties, except where caused by "
     "wilful misconduct.", "ld_stated", False),
    ("影院票务及卖品SaaS服务合同\n4. 实施与上线验收\n4.2 每家影院的上线验收须满足：售票、退改签、会员储值与积分、卖品销售及库存扣减功能测试全部通过；\n"
     "4.3 甲方在收到乙方验收申请后5个工作日内组织验收并签署上线验收单。系统试用或影院开始售票均不视为验收合格。", "acceptance_clause", True),
    # holdout562–565's first run
    ("TEA AUCTION DATA API SUBSCRIPTION\n1. Definitions\n1.1 \"API\" means Provider's TeaPrice REST interfaces.\n1.2 \"Provider Data\" "
     "means the auction prices delivered through the API.\n2. Subscription\n2.4 Subscriber shall not resell Provider Data.\n2.5 Provider may "
     "change the API, provided that it gives at least 90 days' notice of any change that removes fields or endpoints used by Subscriber.\n2.3 The "
     "Subscription Term is two Subscription Years from the Service Start Date. After that it renews automatically for a further "
     "Subscription Year at a time, at the same fees and on the same terms, unless either party gives written notice of non-renewal at "
     "least 60 days before the end of the current Subscription Year.\n3. Fees\n3.1 The subscription fee is CNY 138,000 per Subscription Year.",
     "auto_renewal_price_increase", False),
    # holdout566–569's first run
    ("石灰立窑控制系统改造及维保合同\n七、故障响应\n（一）一级故障：乙方接到报修后 30 分钟内电话响应，6 小时内到达现场；二级故障：2 小时内响应，"
     "24 小时内到场处理。\n（二）上述时限为乙方的服务承诺。乙方超出上述时限的，本合同不约定扣款、违约金或其他补偿。\n八、其他\n本合同一式四份。",
     "sla_remedy", False),
    ("污水处理厂在线监测系统运维合同\n（17）数据管理\n监测数据归甲方所有，乙方仅可为履行本合同使用。\n（18）应急保障\n遇暴雨、进水水质异常等情况，"
     "乙方应按甲方通知在 2 小时内安排人员到场，加密巡检和校准频次，并提交应急运维记录。\n（19）其他\n本合同一式四份。",
     "data_security_clause", False),
    # holdout570–573's first run
    ("米粉厂MES软件许可及定制开发合同\n## 第六条 技术支持与维护\n1. 自上线之日起六个月内，乙方提供免费维护。\n"
     "3. 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的28%，即每年¥117,600，按年度支付。\n"
     "5. 下列情况不属于维护范围：甲方自行修改软件或数据库；因硬件、网络或第三方软件造成的问题；因甲方操作不当造成的问题。"
     "乙方可以提供有偿服务，费用由双方另行协商。\n## 第七条 其他\n本合同一式两份。",
     "post_warranty_fee_capped", True),
    ("花生油厂MES软件许可合同\n## 第六条 维护服务\n6.1 自系统上线之日起，乙方提供六个月免费维护服务。\n6.2 免费维护期满后，甲方按软件许可费的28%"
     "每年向乙方支付维护服务费，即每年¥224,000。\n## 第十四条 乙方的义务\n14.3 乙方在免费维护期内提供远程技术支持，工作时间为工作日8:30至17:30。\n"
     "14.6 乙方可根据需要派员到甲方现场提供服务，具体时间由双方协商确定。因甲方生产安排原因需要乙方在节假日或夜间提供服务的，甲方应按乙方的"
     "服务收费标准另行支付加班费用。\n14.7 免费维护期满后甲方未续签维护服务的，乙方不再提供缺陷修复及技术支持。甲方如需恢复维护服务，应补缴中断期间的"
     "维护费用。\n## 第十五条 其他\n本合同一式两份。",
     "post_warranty_fee_capped", True),
    ("米粉厂MES软件许可合同\n## 第四条 交付\n1. 乙方在收到首期款后90日内完成安装部署和定制开发。\n6. 软件上线后，乙方提供为期两周的现场保障，"
     "协助甲方处理上线初期的操作问题。\n## 第五条 验收\n系统上线即视为验收合格。",
     "sla_clause", False),
    ("MES LICENCE AGREEMENT\n4. Delivery\n4.1 The Supplier installs the software within 90 days after the first payment.\n4.6 After go-live the "
     "Supplier provides on-site support for a period of two weeks to help the Customer resolve operating issues.\n5. Acceptance\nGo-live is acceptance.",
     "sla_clause", False),
    # … but the fee after the warranty, in an item of its own after a list of what the free maintenance excludes, is still open
    # (holdout130 h130z05, holdout316 h316z05: the look-back had read it as the price of an exclusion)
    ("溯源平台软件许可合同\n## 第六条 维护服务\n6.3 乙方提供的现场服务、数据整理、二次开发及功能变更均不属于免费维护范围，按乙方人天单价另行收费。\n"
     "6.4 赋码采集终端自上线之日起享有六个月保修，人为损坏、进水及耗材不在保修范围内。\n6.5 免费维护期满后，甲方如需继续维护服务，维护费按乙方届时公布的"
     "价格标准执行。\n## 第七条 知识产权\n平台软件的知识产权归乙方所有。",
     "post_warranty_fee_capped", False),
    # … nor does the look-back cross into the item before: item 6's open fee is not the price of item 5's exclusions
    ("软件许可合同\n## 第六条 维护\n5. 下列情况不属于免费维护范围：甲方自行修改软件；因甲方操作不当造成的问题。\n"
     "6. 免费维护期满后，甲方应购买年度维护服务。维护费按乙方届时公布的价格标准执行。\n## 第七条 其他\n本合同一式两份。",
     "post_warranty_fee_capped", False),
    # holdout574–577's first run
    ("母婴连锁会员及进销存SaaS服务合同\n六、数据权属与使用\n（一）甲方会员信息、交易记录、商品及库存数据归甲方所有。\n（二）甲方同意，乙方可在对上述数据"
     "进行去标识化处理后，将甲方的销售和会员消费数据用于母婴行业分析报告、平台算法训练及产品改进，乙方不得借此识别具体会员。\n七、保密\n双方保密。",
     "buyer_owns_data", False),
    ("MANAGED NETWORK SERVICES AGREEMENT\n## 7. CONFIDENTIALITY\n7.1 Each party shall keep confidential all non-public information received from "
     "the other party in connection with this Agreement, including designs, prices, project schedules and personal information of staff, and "
     "shall not disclose it to any third party without prior written consent.\n7.2 This Clause survives for three years after the end of the Term.\n"
     "## 8. LIABILITY\nEach party's liability is limited to the Charges paid.",
     "data_security_clause", False),
    ("浮法玻璃生产线控制系统改造合同\n4. 交货与工期\n4.1 乙方应在合同生效后七十五日内将全部设备运抵甲方厂区。\n4.4 双方确认，本合同不设逾期交货或逾期完工违约金。"
     "乙方延误的，应采取加班、增派人员等措施追赶工期，并按第9条赔偿甲方因此遭受的实际损失。\n9. 违约责任\n9.1 一方违约的，应赔偿对方因此遭受的损失。",
     "ld_stated", False),
    # holdout578–581's first run
    ("MANAGED BACKUP AND RECOVERY AGREEMENT\n## Schedule 2 - Service Levels\n| Service level | Target | Credit if missed (per month) |\n|---|---|---|\n"
     "| Backup portal availability | 99.95% per month | 5% of the monthly service charge |\n"
     "| Priority 1 incident (tier-1 system cannot be restored or replication has stopped): response | 30 minutes | CNY 1,000 per 30 minutes late |\n"
     "| Priority 1 incident: restore of a tier-1 system started | 1 hour | CNY 2,000 per hour late |\n| Priority 2 incident: response | 2 hours | CNY 500 per hour late |",
     "p1_response_hours", 0.5),
    ("络筒机控制系统改造合同\n二、合同价款\n（一）本合同总价为人民币1,630,000元，明细如下：\n| 序号 | 名称 | 数量 | 单价（元） | 金额（元） |\n|---|---|---|---|---|\n"
     "| 1 | 控制改造套件（PLC、伺服驱动、触摸屏） | 48套 | 18,600 | 892,800 |\n| 2 | 电子清纱器升级模块 | 48套 | 6,200 | 297,600 |\n"
     "| 3 | 车间监控服务器 | 2台 | 46,500 | 93,000 |\n| 4 | 络筒监控软件许可 | 1套 | 168,000 | 168,000 |\n| 软硬件小计 | | | | 1,451,400 |\n"
     "| 5 | 安装调试及分批停机改造 | 1项 | 156,000 | 156,000 |\n| 6 | 操作及维修培训 | 1项 | 22,600 | 22,600 |\n| 合计 | | | | 1,630,000 |\n三、付款方式\n按进度付款。",
     "implementation_fee", 178_600.0),
    # holdout582–585's first run
    ("数字城管系统年度运维服务合同\n（6）考核与扣款\n① 甲方按季度对乙方服务进行考核，考核满分100分。\n② 一级故障每超过约定响应或恢复时限1小时，扣款1,000元。\n"
     "③ 月度可用率每低于约定值0.01个百分点，扣款800元。\n④ 驻场人员无故缺岗的，每人每日扣款600元。\n"
     "（12）违约责任\n① 乙方未按本合同提供服务的，甲方按第（6）条扣款；扣款不足以弥补甲方损失的，乙方应予赔偿。\n"
     "② 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。\n（13）其他\n本合同一式四份。",
     "ld_stated", False),
    ("HELPDESK SAAS ORDER FORM\n### Section 9. Sub-processors\n9.1 The Vendor may engage sub-processors, including the cloud hosting provider, "
     "only with the Customer's prior written consent.\n9.2 The Vendor remains fully responsible for its sub-processors.\n### Section 10. Law\nPRC law.",
     "subcontract_without_consent", False),
    # (… and a sub-processor named beside the notifications it sends, or the cost of notifying people after a breach, is no
    # subcontracting on notice: holdout412 h412e02, holdout454 h454e02)
    ("ORDER FORM\n- **Approved sub-processors:** Alibaba Cloud (hosting) and Tencent Cloud SMS (notifications).\nGENERAL TERMS\n"
     "## Section 4 Security\nVendor is responsible for security incidents caused by Vendor or its subprocessors and shall compensate Customer for the "
     "resulting losses, including the cost of notifying affected persons.\n## Section 7 Sub-processors and Subcontractors\n7.1 Supplier may use the "
     "sub-processors approved in the Order Form. Supplier shall not engage any other sub-processor or subcontractor without the Customer's prior "
     "written consent.",
     "subcontract_without_consent", False),
    # holdout586–589's first run
    ("眼科连锁预约及视光档案SaaS服务合同\n3. 实施与验收\n3.1 乙方应在合同签订后60日内完成部署上线。\n3.2 上线验收标准：历史档案迁移抽查500份无差错；"
     "预约、排班、档案各功能按需求清单测试通过。\n3.3 甲方在上线验收报告上签字确认后视为验收合格。系统试用不视为验收。\n4. 服务水平\n平台月可用率不低于99.95%。",
     "acceptance_deemed_on_delivery", False),
    ("电子站牌年度运维服务合同\n（4）服务标准\n①站牌巡检：每块站牌每月巡检不少于1次。\n②一级故障30分钟内响应，6小时内修复。\n（5）考核与扣款\n"
     "①甲方每季度对乙方进行考核，考核结果与付款挂钩。\n②服务期结束后，甲方按本合同第（4）项标准进行年度验收，出具书面验收意见。\n（6）其他\n本合同一式四份。",
     "acceptance_clause", True),
    ("密炼机控制系统改造合同\n八、知识产权与数据\n（二）生产工艺数据和配方数据归甲方所有，乙方不得用于本合同以外的目的。\n（三）乙方交付的控制系统应开放必要的"
     "通讯接口和点位说明，甲方后续自行或委托他人进行系统扩展时，乙方应予配合，不得设置加密或其他技术限制。\n九、其他\n本合同一式四份。",
     "data_security_clause", False),
    ("企业一套表联网直报系统建设合同\n第二条 合同价款\n本合同总价为人民币2,240,000元。\n第三条 付款方式\n3.1 合同签订且乙方提交履约保函及等额发票后15个工作日内，"
     "甲方支付合同总价的20%作为预付款，即448,000元。\n3.2 系统通过初步验收后，甲方支付合同总价的45%，即1,008,000元。\n3.3 系统通过最终验收后，"
     "甲方支付合同总价的35%，即784,000元。\n第四条 交付与工期\n乙方应于合同签订后120日内完成部署。",
     "prepayment_pct", 20.0),
    # holdout590–593's first run
    ("不动产登记自助终端运维服务合同\n第九条 服务考核\n一级故障响应或恢复每超时1小时扣款500元。\n第十六条 乙方未按约定时间完成月度巡检、故障修复或驻场人员"
     "未按时到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。违约金与第九条考核扣款可以同时适用。\n第十七条 争议解决\n适用中华人民共和国法律。",
     "ld_rate_per_day_pct", 0.1),
    ("ORDER FORM\nA5. Onboarding and Go-Live Confirmation\nProvider shall complete Onboarding within 60 days of signature. Customer shall issue "
     "the Go-Live Confirmation when: (i) single sign-on works for all user groups; (ii) all 46,000 migrated training records reconcile with "
     "the export from Customer's legacy system. If a criterion is not met, Provider shall correct the defect and Customer shall re-test.\n"
     "A6. Contacts\nNotices shall be sent in writing.",
     "acceptance_clause", True),
    # holdout594–597's first run
    ("METOCEAN DATA SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are:\n    Onboarding and integration fee (one-time): CNY 47,000\n"
     "    Subscription fee, Subscription Year 1: CNY 268,000\n    Subscription fee, Subscription Year 2: CNY 268,000\n    Total contract value: "
     "CNY 583,000\n3.2 The Customer shall pay the onboarding and integration fee and the subscription fee for Subscription Year 1 together "
     "within ten business days after signature of this Agreement, against the Provider's invoice.\n3.3 The subscription fee for "
     "Subscription Year 2 is invoiced on the first day of that Subscription Year.",
     "prepayment_pct", 54.0309),
    ("流浆箱及QCS改造合同\n第一条 供货范围\n| 序号 | 项目 | 数量 | 金额（元） |\n|---|---|---|---|\n| 1 | 流浆箱本体改造（含稀释水系统） | 1套 | 1,380,000 |\n"
     "| 2 | QCS扫描架及传感器 | 1套 | 964,000 |\n| 3 | QCS控制软件许可 | 1套 | 286,000 |\n| 4 | 设备及软件小计 | | 2,630,000 |\n"
     "| 5 | 安装调试费 | | 214,000 |\n| 6 | 培训费 | | 18,000 |\n| 7 | 合同总价 | | 2,862,000 |\n第二条 付款\n合同生效后10个工作日内，甲方支付合同总价的20%。",
     "implementation_fee", 232000.0),
    ("控制系统改造合同\n第二条 价格表\n| 序号 | 名称 | 数量 | 单价（元） | 小计（元） |\n|---|---|---|---|---|\n| 1 | 开槽刨削工位PLC控制柜改造 | 6套 | 72,000 | "
     "432,000 |\n| 2 | 生产线监控软件许可（永久） | 1套 | 312,000 | 312,000 |\n| 设备及软件小计 | | | 744,000 | |\n| 3 | 安装调试及程序开发 | 1项 | 126,000 | "
     "126,000 |\n| 4 | 操作及维护培训 | 1项 | 18,000 | 18,000 |\n| 合同总价 | | | 888,000 | |\n合同总价为人民币888,000元。",
     "implementation_fee", 144000.0),  # holdout688 h688z02: the subtotal's figure under 单价, a merged cell in Word
    # holdout598–601's first run
    ("MANAGED SERVICES AGREEMENT\n## Section 2. Transition and Service Commencement\n2.1 Provider will complete the transition activities "
     "within 8 weeks after signature.\n2.2 Service Commencement requires: (a) all devices registered in Provider's monitoring system; (b) alarm "
     "forwarding tested for every pumping station; (c) backups of every control server restored successfully in a test. Customer confirms "
     "Service Commencement in writing when these criteria are met.\n## Section 3. Charges\nMonthly charges are invoiced quarterly in arrears.",
     "acceptance_clause", True),
    ("追溯系统软件许可及实施合同\n第二条 合同价款\n软件许可费¥620,000，定制开发费¥186,000，合同总价¥806,000。\n第六条 技术支持与维护\n"
     "6.1 乙方自系统上线之日起提供六个月免费维护期。\n6.3 免费维护期满后，年度维护费按软件许可费的26%计收，即每年¥161,200，按年预付。\n"
     "第十二条 双方义务\n12.4 甲方如需增加本合同约定以外的功能或接口，双方应另行协商费用及工期，并签订补充协议。\n新增部分的免费维护期按本合同"
     "第6.1条执行，维护费按第6.3条标准另行计收。",
     "post_warranty_fee_capped", True),
    # holdout606–609's first run
    ("生产管理软件许可合同\n## 第六条 免费维护期与维护费\n6.2 免费维护期满后，甲方应按年向乙方购买维护服务，年度维护费为软件许可费的28%，即229,600元/年。\n"
     "6.3 维护服务每年到期后自动续期一年，维护费标准不变。\n6.4 以下情形不属于免费维护范围：甲方新增需求引起的修改；系统跨大版本升级。"
     "上述服务按乙方当年服务报价另行收费。",
     "auto_renewal_price_increase", False),
    ("MINE PLANNING SOFTWARE LICENCE AGREEMENT\nArticle 14 Governing Law\n14.1 This Agreement is governed by the laws of the State of New Mexico, "
     "United States of America, without regard to its conflict of laws rules.",
     "governing_law", "New Mexico"),
    ("软件许可合同\n第十四条 法律适用\n本合同适用新墨西哥州法律。", "governing_law", "New Mexico"),
    ("软件许可合同\n第十四条 法律适用\n本合同的订立、效力和解释适用安大略省法律。", "governing_law", "Ontario"),
    ("口腔诊所电子病历SaaS服务合同\n一、服务内容\n服务费合计人民币96万元。\n十一、违约责任\n（一）乙方未按期完成实施的，每逾期一日，按合同总金额的"
     "万分之七向甲方支付违约金。\n（二）乙方对本合同项下的全部赔偿责任以合同总金额的150%为上限，但数据泄露及故意或重大过失造成的损失不受此限。",
     "liability_cap_pct", 150),
    # holdout610–613's first run
    ("MANAGED IT SERVICES AGREEMENT\n## Section 3. Transition\n3.1 The Provider shall take over the Services within 60 days after signature.\n"
     "3.2 The transition is complete when: the asset inventory of 1,450 devices has been verified against a physical count; runbooks for every "
     "server application have been written and approved by the Customer; the service desk has handled tickets for ten consecutive business "
     "days meeting the Service Levels; and the Customer's IT manager has signed the transition completion certificate.\n"
     "## Section 4. Charges\nMonthly charges are invoiced quarterly in arrears.",
     "acceptance_clause", True),
    ("GRAIN DATA API SUBSCRIPTION\n4. ACTIVATION\n4.1 Provider shall make the API available within 45 days after signature.\n4.2 Activation "
     "criteria: all endpoints return Data for every listed region and crop; the historical back-file covers ten seasons; a test set of 200 "
     "requests defined by Customer returns correct responses.\n4.3 When the criteria are met, Customer signs an activation certificate.\n"
     "5. FEES\nThe fee for each Subscription Year is invoiced at its start.",
     "acceptance_clause", True),
    # holdout614–617's first run
    ("宠物门店预约SaaS服务合同\n二、服务期限\n（一）SaaS服务期为两个服务年度，自平台上线验收合格之日起算，每个服务年度为连续的一年。\n三、服务费用\n"
     "（一）SaaS服务费每服务年度合计¥252,000，两个服务年度合计¥504,000；实施费¥118,000。合同总价¥622,000。\n十、违约责任\n"
     "（二）乙方对本合同项下的累计赔偿责任，以违约事件发生前六个月内甲方实际支付的服务费总额为限。",
     "liability_cap_pct", 25.0),
    # holdout618–621's first run
    ("残疾人服务信息系统运维服务合同\n五、服务响应\n（一）一级故障（系统整体不可用、补贴发放数据错误）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复。\n"
     "（二）二级故障：1小时内响应，当日修复。\n（六）重要时段保障期间，乙方应安排工程师现场值守，值守期间一级故障的响应时限缩短为15分钟。",
     "p1_response_hours", 0.5),
    ("RETAIL DATA API SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.2 \"Subscription Year\" means each period of one year starting on the Start "
     "Date or on its anniversary. This Agreement has two Subscription Years.\n4. FEES\n4.1 Subscription fee, Subscription Year 1: CNY 360,000; "
     "Subscription Year 2: CNY 360,000. Total: CNY 720,000.\n11. LIABILITY\n11.1 Provider's total liability arising out of or in connection "
     "with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.",
     "liability_cap_pct", 25.0),
    # holdout622–625's first run
    ("EHS SAAS ORDER FORM\n### 3. Service Levels\n3.1 The Provider targets monthly availability of 99.95% for the production Service.\n"
     "3.4 The service levels in this Section 3 are targets. A failure to meet a service level does not entitle the Customer to any service "
     "credit, fee reduction, refund or other compensation.\n### 5. Customer Data and Security\n5.3 The Provider will notify the Customer within "
     "forty-eight hours after becoming aware of any unauthorised access to or loss of Customer Data and take all reasonable steps to contain "
     "and remedy the incident. The Provider is responsible for losses and regulatory penalties caused by its breach of this Section 5.",
     "sla_remedy", False),
    ("MARITIME DATA API SUBSCRIPTION\n1.4 \"Subscription Year\" means each of the two consecutive periods of one year, the first starting on "
     "the Service Start Date.\n2.1 Provider grants Customer a non-exclusive licence, during the two Subscription Years, to access the Service.\n"
     "3.1 Subscription fee, Subscription Year 1: CNY 586,000; Subscription Year 2: CNY 586,000.\n9. LIABILITY\n9.1 Provider's total liability "
     "arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event.",
     "liability_cap_pct", 25.0),
    ("生产记录软件许可合同\n## 第四条 交付\n4.1 乙方应在合同签订后60日内完成软件安装部署。\n4.2 乙方不承担因交付延迟产生的任何违约金或赔偿责任。",
     "ld_stated", False),
    # holdout626–629's first run
    ("ENERGY ANALYTICS ORDER FORM\n### A3. Subscription Term\nTwenty-four (24) months from the Service Start Date.\n### A4. Fees\n"
     "| Item | Basis | Total (CNY) |\n|---|---|---|\n| Platform subscription | per Subscription Year | 636,000 |\n"
     "| Site connectors | per Subscription Year | 192,000 |\n| Onboarding package | one-time | 58,000 |\n| **Total fees** | | **886,000** |\n### A5. Invoicing and Payment\n"
     "(a) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.\n"
     "(b) The subscription and site-connector fees for each Subscription Year are invoiced at the start of that Subscription Year "
     "and are payable within 30 days of invoice.", "final_payment_on_acceptance", None),
    ("维修工单SaaS服务合同\n第三条 服务期限\n（二）服务期满，本合同自动续期一个服务年度，续期次数不限，除非任何一方在期满前30日书面通知不续期。"
     "续期年度的订阅费由乙方根据市场情况及产品升级情况重新确定，并于续期开始前通知甲方。", "auto_renewal_price_increase", True),
    # holdout630–633's first run
    ("LEARNING PLATFORM ORDER FORM\n### 3. Service Levels\n3.1 Availability. Provider shall use a target monthly availability of 99.95% "
     "for the Service.\n3.4 Service credits are not offered under this Agreement. If Provider misses an availability target or response "
     "time, Provider's sole obligation is to use reasonable efforts to restore the Service and to report the cause to Customer, and "
     "Customer shall have no claim to any fee reduction, credit or penalty on that account.", "sla_remedy", False),
    ("冷库WMS软件许可合同\n第六条 技术服务\n6.3 故障响应：严重故障（系统无法出入库作业）乙方应在2小时内远程响应；一般故障在一个工作日内响应。\n"
     "第十一条之一 双方责任\n11.7 甲方不得将本软件复制、转让、出租或提供给任何第三方使用。甲方违反本款约定的，应赔偿乙方全部损失。\n"
     "11.10 乙方对因电力中断、网络故障等非乙方原因造成的损失不承担责任。", "sla_remedy", False),
    ("MANAGED SERVICES AGREEMENT\n## Section 2. Term\n2.1 The Agreement starts on the date of signature. The Services are provided for "
     "thirty-six months from the Service Commencement Date.\n## Section 10. Liability\n10.1 The Provider's total aggregate liability "
     "arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the nine (9) months "
     "preceding the event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("MANAGED SERVICE DESK AGREEMENT\n## Schedule 2 — Service Levels\n| Priority | Definition | Response | Resolution or workaround | Target |\n"
     "|---|---|---|---|---|\n| P1 | A warehouse cannot ship | 15 minutes | 3 hours | 95% of incidents per month |\n"
     "| P3 | A single user impaired, workaround available | 2 hours | 2 working days | 90% of incidents per month |", "availability_pct", None),
    # holdout634–637's first run
    ("Purchase Contract for Condition Monitoring Sensors\n4. Payment\n4.1 The Buyer shall pay 10% of the Contract Price as an advance "
     "within 15 business days after receiving the Supplier's bank guarantee.\n4.2 The Buyer shall pay 55% of the Contract Price within "
     "20 business days after all Equipment is delivered.\n4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 "
     "business days after Final Acceptance.\n5. Testing and Acceptance\n5.1 After installation, the Supplier shall demonstrate that "
     "every sensor reports to the Software, with a data loss rate below 0.5% over seven days.\n5.3 When the trial run is passed, the "
     "Buyer shall sign the Final Acceptance certificate. Installation, use or payment does not mean acceptance.",
     "final_payment_on_acceptance", True),
    ("MARINE DATA API SUBSCRIPTION\n4. ACTIVATION AND INTEGRATION\n4.2 The Activation Date is the date on which the Customer confirms "
     "in writing that the following tests are passed: (a) every data layer in the service description is delivered for the agreed "
     "area; (b) hourly loads run without error for seven consecutive days; and (c) the dashboard shows all vessels with current "
     "weather data.", "acceptance_clause", True),
    # holdout638–641's first run
    ("紫菜分级软件许可合同\n第六条 免费维护\n6.3 甲方更换工控机或迁移安装位置的，应提前通知乙方重新激活，免费维护期满后每次重新激活按乙方报价收费。\n"
     "第七条 维保服务\n7.1 免费维护期满后，甲方应向乙方购买年度维保服务。\n7.2 年度维保费为软件许可费的28%，即每年¥190,400，在每个维保年度开始前"
     "一次性支付。", "post_warranty_fee_capped", True),
    # holdout642–645's first run
    ("WAREHOUSE MANAGEMENT SYSTEM LICENCE\nArticle 2 Licence\n2.2 Additional users may be licensed at the unit price in Annex 2 "
     "during the warranty period and for two years after it.\nArticle 6 Warranty\n6.1 The warranty period is eighteen (18) months "
     "from Final Acceptance.", "warranty_months", 18),
    ("MARINE DATA API SUBSCRIPTION\n2. DATA SERVICES\n2.4 Provider may improve the Data Services during the term, provided that the "
     "data sets in clause 2.1 continue to be supplied with at least the same coverage and frequency.\n7. CUSTOMER DATA AND DATA SECURITY\n"
     "7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Data Services to Customer and "
     "shall not use it for any other purpose.", "buyer_owns_data", True),
    # holdout646–649's first run
    ("MANAGED SERVICE DESK AGREEMENT\n7. Personnel\n7.1 Provider shall assign a named service delivery manager.\n7.2 On-site engineers "
     "shall comply with Customer's site rules and information security policies when working at Customer's offices.\n8. Customer Data\n"
     "8.1 Customer Data belongs to Customer.", "data_security_clause", False),
    ("系统运维服务合同\n第六条 人员要求\n乙方驻场人员应遵守甲方的考勤和信息安全管理制度，着装整洁。\n第七条 数据\n甲方数据归甲方所有。",
     "data_security_clause", False),
    ("MANAGED SERVICE DESK AGREEMENT\n7. Personnel\n7.1 Provider shall assign a named service delivery manager.\n7.2 On-site engineers "
     "shall comply with Customer's information security policies and "
     "shall notify Customer within 24 hours of any security incident affecting Customer Data.", "data_security_clause", True),
    ("软件许可及定制开发合同\n第八条 数据\n8.1 甲方在使用软件过程中产生的生产数据归甲方所有，乙方仅为履行本合同目的使用。\n8.4 乙方有权在不泄露甲方商业信息的"
     "前提下，将本项目作为案例用于乙方的宣传和投标材料，甲方同意乙方使用甲方名称及项目名称。\n第九条 其他", "buyer_owns_data", True),
    ("软件许可及定制开发合同\n第八条 数据\n8.1 甲方在使用软件过程中产生的生产数据归甲方所有。\n8.4 乙方有权将甲方数据用于商业用途。\n第九条 其他",
     "buyer_owns_data", False),
    # holdout650–653's first run
    ("MARKET DATA API SUBSCRIPTION\n5. FEES AND PAYMENT\n5.1 The fees are:\nOnboarding fee (one-time): CNY 52,000\n"
     "Subscription Fee, Subscription Year 1: CNY 264,000\nSubscription Fee, Subscription Year 2: CNY 264,000\nTotal fees for the term: CNY 580,000\n"
     "5.2 Provider invoices the onboarding fee and the Subscription Fee for Subscription Year 1 together on signature.\n"
     "5.3 Provider invoices the Subscription Fee for Subscription Year 2 at the start of that Subscription Year.", "prepayment_pct", 54.4828),
    ("系统运维服务合同\n第六条 服务水平\n6.1 系统月度可用率不低于99.95%。\n6.2 一级故障乙方应在十五分钟内响应，三小时内恢复。\n"
     "6.3 服务未达到上述水平的，乙方应在三个工作日内提交书面原因分析和整改措施，本合同不另设服务水平扣款。\n第七条 其他", "sla_remedy", False),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 13 Term\n13.1 The licence is perpetual.\nArticle 14 Governing Law and Disputes\n14.1 This Agreement is governed "
     "by the laws of the Slovak Republic, excluding its conflict-of-law rules.\n14.2 Disputes shall be decided by the competent court in Nitra, Slovakia.",
     "governing_law", "Slovakia"),
    # holdout654–657's first run
    ("软件许可及定制开发合同\n第六条 免费维护\n6.3 维护期内发生一级故障的，乙方在接到通知后2小时内响应。\n第十条 责任\n10.1 任何一方违反本合同约定的，应承担继续履行、"
     "采取补救措施等违约责任，给对方造成损失的，应予赔偿。\n10.2 乙方对因甲方操作不当或第三方软硬件故障造成的损失不承担责任。", "sla_remedy", False),
    ("软件许可及定制开发合同\n第六条 免费维护\n6.3 维护期内发生一级故障的，乙方在接到通知后2小时内响应；任何一方违反本条响应时间约定的，每次扣减维护费1,000元。\n"
     "第十条 其他\n10.1 本合同一式两份。", "sla_remedy", True),
    ("CROP DATA API SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are:\n   (a) onboarding and integration fee, including the Custom Index: "
     "CNY 58,000 (one time);\n   (b) subscription fee for Subscription Year 1: CNY 486,000;\n   (c) subscription fee for Subscription Year 2: CNY 486,000.\n"
     "   Total fees for the term: CNY 1,030,000, including VAT.\n3.2 The onboarding fee and the Subscription Year 1 fee are payable within fifteen "
     "days after signature of this Agreement, before the Provider issues API credentials or starts onboarding.\n3.3 The Subscription Year 2 fee is "
     "payable within fifteen days after the start of Subscription Year 2.", "prepayment_pct", 52.8155),
    ("CROP WEATHER DATA API SUBSCRIPTION\n5. FEES AND PAYMENT\n5.1 The fees are:\n(a) subscription fee: CNY 286,000 per Subscription Year, CNY 572,000 "
     "for the Subscription Term;\n(b) onboarding and Custom Feeds: CNY 44,000, one-time;\n(c) total fees: CNY 616,000, including VAT.\n5.2 Customer shall "
     "pay an advance of 55% of the total fees (CNY 338,800) within ten days after signature.\n5.3 The balance of CNY 277,200 is payable within 30 days "
     "after the start of the second Subscription Year.\n6. SERVICE LEVELS\n6.1 The API shall be available 99.9% of each month.",
     "final_payment_on_acceptance", None),
    # holdout658–661's first run
    ("SHIPMENT DATA API SUBSCRIPTION\n3. FEES\n3.1 The fees are:\n  Subscription Year 1 fee ............ CNY 286,000\n  Subscription Year 2 fee "
     "............ CNY 286,000\n  Setup and integration fee (one-time) CNY 36,000\n  Total Fees ......................... CNY 608,000\n3.2 Vendor "
     "invoices the Setup and integration fee and the Subscription Year 1 fee together on signature of this Agreement. The Subscription Year 2 fee is "
     "invoiced on the first day of Subscription Year 2.", "prepayment_pct", 52.9605),
    ("MARKET DATA API SUBSCRIPTION\n7. CUSTOMER INPUTS\n7.1 Customer Inputs belong to Customer.\n7.2 Provider may use Customer Inputs to provide "
     "the API for Customer. In addition, Provider may combine Customer Inputs with the inputs of its other customers, in aggregated and anonymised "
     "form, to calculate demand indicators and to improve its data products.\n8. OTHER\n8.1 Notices are given in writing.", "buyer_owns_data", False),
    # holdout662–665's first run
    ("MARINE DATA API SUBSCRIPTION\n3. FEES AND PAYMENT\n3.1 The subscription fee is CNY 336,000 per Subscription Year, CNY 672,000 for the "
     "Subscription Term. The one-time integration fee is CNY 38,000. The Total Subscription Value is CNY 710,000, including VAT.\n3.2 The subscription "
     "fee is invoiced quarterly.", "contract_value", 710_000),
    ("软件许可合同\n第二条 价款\n软件许可费为人民币768,000元。\n第六条 技术支持与维护\n6.1 自系统上线之日起六个月内，乙方提供免费维护。\n6.3 免费维护期满后，"
     "甲方应与乙方签订年度维护合同，年度维护费为软件许可费的22%，即每年¥168,960。\n6.5 乙方提供的现场服务按人天计费，收费标准以乙方当年公布的服务价格为准，"
     "差旅费用由甲方承担。",
     "post_warranty_fee_capped", True),
    # holdout670–673's first run
    ("MANAGED IT SERVICES AGREEMENT\n## 3. Transition and Service Commencement\n3.1 Provider shall take over the services in accordance with the "
     "transition plan.\n3.2 Service Commencement requires Customer's written acceptance after a readiness review showing that: all in-scope devices "
     "are monitored and visible in the service portal; runbooks for the 25 critical applications are approved by Customer; and a test restore has "
     "been completed within the agreed times.\n## 4. Fees\n4.1 The Monthly Service Charge is CNY 61,000.", "acceptance_clause", True),    # holdout674–677's first run
    ("控制系统改造合同\n第五条 调试完成\n5.1 设备安装调试完成、生产线恢复运行并试产出合格皂体后，乙方向甲方提交调试报告，甲方在调试报告上签字，"
     "即视为验收合格。\n第六条 质保与维保\n6.1 质保期为十八个月。", "acceptance_deemed_on_delivery", True),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 15 Governing Law and Disputes\n15.1 This Agreement is governed by the laws of the Northern Territory "
     "of Australia.\n15.2 Any dispute shall be submitted to the exclusive jurisdiction of the courts of the Northern Territory sitting in Darwin.",
     "governing_law", "Northern Territory"),    # holdout678–681's first run
    ("预约与会员SaaS服务合同\n第三条 服务期限\n（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年费由乙方根据"
     "市场行情及产品升级情况确定，乙方在续期前书面通知甲方调整后的价格即可执行。", "auto_renewal_price_increase", True),    # holdout682–685's first run
    ("DATA SERVICES SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.4 \"Customer Outputs\" means reports, maps and analyses produced by the Data "
     "Service specifically for Customer's regions of interest or from Customer Inputs.\n7. CUSTOMER DATA AND OUTPUTS\n7.2 Customer Outputs belong "
     "to Customer. Customer may use, modify and share Customer Outputs freely within its group.\n7.3 The datasets themselves remain the "
     "property of Provider.", "ip_owner", "buyer"),    # holdout686–689's first run
    ("DATA SUBSCRIPTION AGREEMENT\nFEES AND PAYMENT\n5.1 The fees for the Subscription Term are: Subscription Year 1 fee CNY 336,000; Subscription "
     "Year 2 fee CNY 336,000; one-time onboarding and historical archive fee CNY 88,000. The total fees are CNY 760,000, excluding any overage.\n"
     "5.2 The Provider shall invoice the Subscription Year 1 fee and the onboarding and archive fee on signature. The Customer shall pay both "
     "within 15 days after receipt of the invoice and before the Provider starts onboarding.\n5.3 The Subscription Year 2 fee is invoiced at "
     "the start of Subscription Year 2 and payable within 30 days.", "prepayment_pct", 55.7895),
    ("DATA SUBSCRIPTION AGREEMENT\nFEES AND PAYMENT\n5.1 The fees for the Subscription Term are: Subscription Year 1 fee CNY 336,000; Subscription "
     "Year 2 fee CNY 336,000;\none-time onboarding and historical archive fee CNY 88,000.\nThe total fees are CNY 760,000.\n5.2 The Provider shall "
     "invoice the Subscription Year 1 fee and the onboarding and archive fee on signature.", "prepayment_pct", 55.7895),  # the last item on a line of its own, hard-wrapped at 60
    ("DATA SUBSCRIPTION AGREEMENT\nFEES AND PAYMENT\n5.1 The fees for the Subscription Term are: Subscription Year 1 fee CNY 336,000; Subscription "
     "Year 2 fee CNY 336,000; one-time onboarding and historical archive fee CNY 88,000. The total fees are CNY 760,000.\n5.3 The Subscription "
     "Year 2 fee is invoiced at the start of Subscription Year 2 and payable within 30 days.", "final_payment_on_acceptance", None),
    ("MANAGED SERVICES AGREEMENT\n## 3. Transition\n3.4 If Transition is delayed, the Provider shall put more staff on the project at its own "
     "cost and shall report progress to the Customer weekly. The Provider shall not be liable for any penalty, damages or fee reduction for "
     "late completion of Transition.", "ld_stated", False),
    ("MANAGED SERVICES AGREEMENT\n## 3. Transition\n3.2 Transition acceptance criteria: the Customer's test calls are answered according to "
     "the Service Levels.\n3.4 If Transition is delayed, the Provider shall put more staff on the project at its own cost. The Provider shall "
     "not be liable for any penalty, damages or fee reduction for late completion of Transition.\n## 4. Services and Service Levels\n4.2 The "
     "Provider shall meet the Service Levels in Schedule 3.\n4.3 If the Provider misses a Service Level in any month, it shall deliver a service "
     "improvement plan. A failure to meet them does not give rise to service credits, fee reductions or damages.\n## Schedule 3 Service Levels\n"
     "| Priority | Response |\n|---|---|\n| P1 | 15 minutes |", "sla_remedy", False),
    ("DATA API SUBSCRIPTION\n3.1 The Provider grants the Customer a non-exclusive right to access the Service.\n3.3 The Agreement ends at the end "
     "of the second Subscription Year.\n4.1 Subscription fee, Subscription Year 1: CNY 348,000. Subscription fee, Subscription Year 2: CNY "
     "348,000. Total Contract Value: CNY 738,000.\n11.1 The Provider's total liability shall not exceed the fees paid by the Customer in the 6 "
     "months preceding the event giving rise to the claim.", "liability_cap_pct", 25.0),    # holdout690–693's first run
    ("控制系统改造合同\n三、付款方式\n（一）合同生效后十日内，甲方支付合同总价的10%作为预付款。\n（二）全部设备到货并安装完毕后十五日内，甲方支付合同总价的55%。\n"
     "（三）剩余35%于全部设备到货之日起九十日内支付，该笔款项的支付不以验收结果为条件。\n五、验收\n验收标准按技术规范执行。", "final_payment_on_acceptance", False),
    ("运维服务合同\n第二条 服务费用及支付\n1. 本合同服务费总额为人民币¥486,000。\n2. 服务费按季度支付。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后"
     "二十日内支付当季服务费¥121,500，扣除当季应扣款项。\n第六条 考核与验收\n1. 甲方每季度按照附件《运维服务考核细则》对乙方进行考核。", "ld_stated", False),
    ("DATA API SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.1 \"Data\" means the datasets listed in Schedule A, including daily weather observations "
     "and weekly yield forecasts.\n1.4 \"Customer Inputs\" means field boundaries, storage locations and any other information the Customer "
     "submits to the API.\n2. SUBSCRIPTION\n2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the "
     "subscription to access the API, download the Data and use it within the Customer's group.\n7. CUSTOMER INPUTS\n7.1 Customer Inputs belong "
     "to the Customer.\n13A. CHANGES TO THE DATA\n13A.1 The Provider may improve the methods used to compile the Data. It shall notify the "
     "Customer at least thirty days before any change to the API format.", "buyer_owns_data", True),
    ("DATA API SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.1 \"Data\" means the datasets listed in Schedule A.\n1.4 \"Customer Inputs\" means field "
     "boundaries and any other information the Customer submits to the API.\n2. SUBSCRIPTION\n2.1 The Provider grants the Customer a right to "
     "download the Data.\n13A. CHANGES TO THE DATA\n13A.1 The Provider may use Customer Inputs in aggregated form to improve the methods used to "
     "compile the Data.", "buyer_owns_data", False),  # the buyer's data still counts beside the data sold
    ("DATA API SUBSCRIPTION AGREEMENT\n5. SERVICE\n5.1 The Provider will use commercially reasonable efforts to keep the API available.\n"
     "13E. COOPERATION\n13E.1 The Provider shall answer the Customer's technical questions about the Data definitions and the API within two "
     "business days, and shall provide sample code for the main endpoints.", "p1_response_hours", None),    # holdout694–697's first run
    ("控制系统改造合同\n第十一条 施工分包\n11.1 电气安装接线工作可由乙方的合作施工单位实施，乙方应提前五个工作日书面告知甲方施工单位名称及人员名单，并对其工作承担全部责任。\n"
     "第十二条 合同解除\n12.1 乙方严重违约的，甲方有权解除本合同。", "subcontract_without_consent", True),    ("DATA API SUBSCRIPTION AGREEMENT\n2. DEFINITIONS\n2.5 \"Integration Adapters\" means the software components the Provider builds to "
     "connect the API to the Customer's voyage management and claims systems.\nINTELLECTUAL PROPERTY\n9.1 The Provider keeps all rights in the "
     "API and the Data Products.\n9.2 The Integration Adapters, including their source code, belong to the Customer on delivery.", "ip_owner", "buyer"),
    ("DATA API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 The fees are:\n(a) Integration and Onboarding Fee, one-time: CNY 64,000;\n(b) Annual "
     "Subscription Fee: CNY 428,000 for each Subscription Year, CNY 856,000 for both;\n(c) total fees under this Agreement: CNY 920,000, "
     "inclusive of VAT.\n4.2 The Provider shall invoice the Integration and Onboarding Fee together with the Annual Subscription Fee for the "
     "first Subscription Year on the date of signature. The Customer shall pay that invoice within 15 days.", "prepayment_pct", 53.4783),
    ("ORDER FORM\n### A3. Subscription Term and Fees\nThe Subscription Term is two consecutive Subscription Years. All amounts are in CNY and "
     "include VAT.\n\n| Item | Basis | Subscription Year 1 | Subscription Year 2 | Total |\n|---|---|---|---|---|\n| Platform, 420 named users | "
     "annual | 246,000 | 246,000 | 492,000 |\n| Onboarding (one-time) | fixed | 42,000 | - | 42,000 |\n| **Total Fees** | | **288,000** | "
     "**246,000** | **534,000** |\n", "contract_value", 534000.0),
    ("ORDER FORM\nA3. Term\nThe Subscription Term is two consecutive Subscription Years. The total fees are CNY 650,000.\n7. Liability\n7.2 "
     "Each party's total liability shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the "
     "claim.", "liability_cap_pct", 25.0),
    ("DATA API SUBSCRIPTION\n3.1 The fees are:\n(a) API subscription: CNY 268,000 per Subscription Year, CNY 536,000 for the two Subscription "
     "Years;\n(b) historic archive (one-time): CNY 96,000;\n(c) integration support (one-time): CNY 38,000.\nTotal fees: CNY 670,000, including "
     "VAT.\n3.2 Within 10 days after signature the Provider shall invoice the fee for the first Subscription Year together with the historic "
     "archive and integration support fees, in total CNY 402,000.", "contract_value", 670000.0),
    ("DATA API SUBSCRIPTION\n4. DELIVERY AND ACCEPTANCE\n4.2 Acceptance of the integration: the Customer's operations system receives positions "
     "for all watched vessels with a delay of no more than 3 minutes; the historic archive loads without format errors. When these tests are "
     "passed the Customer shall confirm acceptance in writing within 7 days.", "acceptance_clause", True),    # holdout698–701's first run
    ("预约与会员SaaS服务合同\n三、服务水平\n（一）平台月度可用率不低于99.9%。\n（二）一级故障乙方应在30分钟内响应。\n四、实施与验收\n（一）乙方应在合同签订后四十五日内完成"
     "全部门店上线。逾期的，每逾期一日按合同总额的千分之一向甲方支付违约金。\n（二）验收标准：\n1. 高峰时段并发预约1,000人次时，页面响应时间不超过2秒；", "sla_remedy", False),
    ("ORDER FORM\nA3 Subscription Term\nThe Subscription Term consists of two Subscription Years. Total fees: CNY 402,000.\n### 2. Provision of the "
     "Services\n2.2 Provider will use reasonable efforts to meet the target Go-Live Date. Provider has no liability for any delay in onboarding or "
     "Go-Live, and Customer's remedies for delay are limited to the rights set out in Section 5.\n### 10. Limitation of Liability\n10.2 Provider's "
     "total aggregate liability is limited to the fees paid by Customer under this Order Form in the three months preceding the event giving rise "
     "to the claim.", "liability_cap_pct", 12.5),
    # holdout702–705's first run
    ("MANAGED SERVICES AGREEMENT\n## Section 3. Charges\n2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the \"Term\").\n## "
     "Section 10. "
     "Liability\n10.1 Provider's total liability under this Agreement in any claim or series of claims is limited to the Charges paid by Customer "
     "in the nine months before the event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("DATA SUBSCRIPTION AGREEMENT\n10. LIMITATION OF LIABILITY\n10.1 The Vendor's total liability arising out of or in connection with this "
     "Agreement shall not exceed the fees paid by the Customer in the six months before the event giving rise to the claim.\n12. TERM AND "
     "TERMINATION\n12.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew "
     "automatically.", "term_years", 2.0),
    ("预约与会员SaaS服务合同\n二、费用\n（一）实施费：人民币捌万陆仟元（¥86,000），一次性支付。\n（二）门店订阅费：每店每服务年度¥6,800，35家门店每服务年度"
     "合计¥238,000。\n（三）总部管理模块费：每服务年度¥42,000。\n（四）两个服务年度的费用合计为人民币陆拾肆万陆仟元整（¥646,000）。短信通知按实际发送量"
     "另行结算，不计入合同总价。", "contract_value", 646_000),
    # holdout706–709's first run
    ("约课SaaS服务合同\n一、服务内容\n（一）乙方为甲方四十家门店开通约课云连锁版。\n（三）乙方为甲方定制开发的小程序页面样式、对接程序及专属报表，归甲方所有，"
     "甲方可自行修改或交由其他服务商使用。", "ip_owner", "buyer"),
    ("运维服务合同\n第四条 服务水平\n（二）一级故障乙方应在1小时内响应，3小时内恢复；二级故障2小时内响应，次日内解决。\n（三）考试周及技能鉴定期间，乙方应"
     "安排专人值守，一级故障应在30分钟内响应。", "p1_response_hours", 1.0),
    ("运维服务合同\n第五条 服务水平\n（二）故障响应与恢复：\n1. 一级故障（系统整体不可用、祭扫预约或缴费功能中断）：15分钟内响应，1小时内到场，3小时内恢复；\n"
     "2. 二级故障（单个模块不可用）：30分钟内响应，8小时内恢复；\n（三）节日保障期间，一级故障须在10分钟内响应。", "p1_response_hours", 0.25),
    ("运维服务合同\n第四条 服务水平\n（一）服务期间，一级故障乙方应在2小时内响应。\n（二）重大活动保障期间，一级故障应在30分钟内响应。", "p1_response_hours", 2.0),
    ("LICENCE AGREEMENT\nArt. 10 - Service levels\n10.1 During the warranty period and the support period, the Supplier shall respond to a "
     "Severity 1 Fault within two (2) hours of the Customer's report, at any hour during the harvest season (1 June to 31 July), and shall "
     "provide a workaround within one business day. Other faults are answered within two business days.", "p1_response_hours", 2.0),
    ("控制系统改造合同\n六、质保期\n（二）榨季期间，一级故障（导致压榨线停机的故障）乙方应在30分钟内响应，2小时内派工程师到场；非榨季期间一级故障2小时内响应。"
     "乙方每超时1小时，向甲方支付人民币1,000元。", "p1_response_hours", 0.5),
    # holdout710–713's first run
    ("DATA SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The subscription fee is CNY 318,000 for each Subscription Year, so CNY 636,000 "
     "for the initial Subscription Term, inclusive of VAT. Requests above the fair-use limit in Schedule A are charged separately as overage.",
     "contract_value", 636_000),
    ("DATA SUBSCRIPTION AGREEMENT\n3. DELIVERY\n3.2 The service is delivered on the Start Date. The Data and the API are deemed accepted by "
     "the Customer when the production credentials are issued, and the Customer has no separate right of inspection or testing.",
     "acceptance_deemed_on_delivery", True),
    # holdout714–717's first run
    ("MANAGED SERVICES AGREEMENT\n## 3. Transition\n3.1 Provider shall complete transition within 60 days after signature.\n3.2 Customer "
     "confirms Service Commencement when: (a) the asset inventory covers every computer, printer, switch and access point at all six sites; "
     "(b) the knowledge base contains working procedures for the fifty most frequent requests; and (c) on-site engineers are in place at "
     "each plant.", "acceptance_clause", True),
    ("控制系统改造合同\n九、生产数据安全\n（一）线控软件采集的生产数据、配方参数和图像均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。\n"
     "（三）因乙方原因导致生产数据或配方泄露、被篡改或丢失的，乙方应在发现后两小时内通知甲方，采取补救措施并赔偿甲方全部损失。", "data_security_clause", True),
    ("运维服务合同\n第八条 数据安全\n4. 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，"
     "包括甲方因此被监管机构处以的罚款。", "ld_stated", False),
    # holdout718–721's first run
    ("MANAGED SERVICES AGREEMENT\n## Section 2. Term\n2.1 This Agreement starts on the date of signature. The Services start on the date Customer "
     "signs the Transition acceptance certificate (the \"Service Commencement Date\") and continue for 36 months.\n2.2 This Agreement expires at the "
     "end of that period.", "term_years", 3.0),
    ("运维服务合同\n三、服务费用\n（一）服务费用为人民币叁拾捌万陆仟元整（¥386,000），按季度支付，每季度¥96,500。", "contract_value", 386_000),
    ("DATA SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are: a one-time Integration Fee of CNY 64,000, and a Subscription Fee of "
     "CNY 348,000 for each Subscription Year. The total fees for the two Subscription Years are CNY 760,000, inclusive of taxes.\n3.2 The "
     "Integration Fee and the Subscription Fee for the first Subscription Year are due together within 10 days after signature of this "
     "Agreement.", "prepayment_pct", 54.2105),
    # holdout722–725's first run
    ("DATA SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The fees are:\n    (a) subscription fee: CNY 276,000 per Subscription Year, CNY 552,000 "
     "for the Subscription Term;\n    (b) integration and onboarding fee (connector development, test environment, training): CNY 64,000, "
     "one-time;\n    Total Contract Value: CNY 616,000, inclusive of VAT.\n4.2 The Provider shall invoice the onboarding fee and the subscription "
     "fee for the first Subscription Year on the Effective Date. The Customer shall pay that invoice within fifteen days.", "prepayment_pct", 55.1948),
    ("控制系统改造合同\n第三条 付款\n3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。\n3.3 改造项目通过最终验收后，甲方支付合同总价的35%。\n"
     "3.5 甲方有权从应付款中扣除乙方依本合同应承担的赔偿款项。", "ld_stated", False),
    # holdout726–729's first run
    ("SAAS ORDER FORM\n12. Governing law\n12.1 This agreement is governed by the laws of the Lao People's Democratic Republic.", "governing_law", "Laos"),
    ("SAAS ORDER FORM\n### 4. Go-Live Acceptance\n4.1 The Customer will confirm Go-Live Acceptance in writing when: all functions listed in A2 "
     "work in the production environment; the imported grower register reconciles with the Customer's source files; and a test lot can be "
     "traced from grower to container in the buyer portal.", "acceptance_clause", True),
    ("MANAGED SERVICES AGREEMENT\n3. Transition\n3.2 The Customer will confirm completion of Transition in writing when: all applications, sites "
     "and devices in Schedule 1 are documented and monitored; the service desk has handled tickets for ten consecutive business days with all "
     "tickets logged and classified correctly; and the Provider's monthly reporting has been demonstrated with live data.", "acceptance_clause", True),
    # holdout730–733's first run
    ("DATA SUBSCRIPTION AGREEMENT\n4. INTEGRATION AND ACTIVATION\n4.1 The Provider shall complete the integration within forty-five days after "
     "signature.\n4.2 The integration tests are: (a) the API returns queue and clearance data for the port gates at the refresh intervals stated "
     "in Annex A; (b) the Customer's dispatch system receives position and arrival estimates for at least twenty test trucks over ten "
     "consecutive days; and (c) the documentation is complete.", "acceptance_clause", True),
    ("控制系统改造及维保合同\n第七条 质保期满后的维保服务\n7.2 年度维保费为设备及软件小计的7%，即每年¥60,620，在质保期满后三年内保持不变，按年于每个服务年度结束后"
     "支付。\n7.3 维保服务的响应要求同6.2。维保期满前双方另行协商续签，不自动续期。", "post_warranty_fee_capped", True),
    ("控制系统改造合同\n第五条 验收\n5.1 设备安装调试完成后，乙方通知甲方进行试生产。试生产连续运行三日未停机的，即视为甲方验收合格。", "acceptance_deemed_on_delivery", True),
    ("软件开发合同\n第六条 维护服务\n6.1 质保期满后，甲方可与乙方签订年度维护服务协议，年度维护服务费为合同总金额的18%。\n6.2 年度维护服务协议期满后自动续期一年，"
     "以此类推。乙方有权根据市场及成本情况调整续期年度的维护服务费标准，并在续期前通知甲方。", "post_warranty_fee_capped", False),
    ("DATA SUBSCRIPTION AGREEMENT\n3. FEES\n3.1 The fees are: (a) Subscription Fee: CNY 426,000 for each Subscription Year, CNY 852,000 for the "
     "Subscription Term; (b) Onboarding Fee for the Custom Connector, test environment and training: CNY 68,000, one time. The total fees for "
     "this Agreement are CNY 920,000, inclusive of VAT.\n3.2 Provider shall invoice the Onboarding Fee and the Subscription Fee for the first "
     "Subscription Year on signature of this Agreement.", "prepayment_pct", 53.6957),
    # holdout734–737's first run
    ("门店管理系统订阅服务合同\n三、费用与支付\n（一）年度服务费：门店端按每店每年3,600元计，40家门店合计144,000元；总部管理模块每年36,000元；每个服务年度服务费"
     "合计180,000元。\n（二）实施费：一次性58,000元。\n（三）本合同两个服务年度费用及实施费合计418,000元（含税）。", "contract_value", 418_000),
    # holdout738–741's first run
    ("系统运维服务合同\n第四条 服务要求\n（一）一级故障：乙方应在30分钟内响应，8小时内恢复。\n（二）乙方未在上述时限内响应或恢复的，每迟延一小时扣减运维费¥500。\n"
     "第五条 合同价款及支付\n（一）本合同运维服务费总额为人民币叁拾伍万陆仟元整（¥356,000），按季度平均支付。\n（二）每季度结束后，甲方对乙方该季度服务进行考核，"
     "考核合格且乙方开具发票后十五个工作日内支付当季运维费（扣除第四条第（二）项的扣减金额）。", "ld_stated", False),
    ("软件许可及定制开发合同\n## 第六条 免费维护期与维保服务\n6.1 免费维护期为六个月，自系统上线运行之日起计算。\n6.2 免费维护期满后，甲方应向乙方购买年度维保服务，"
     "年度维保费为软件许可价款的25%，即每年245,000元。\n6.3 免费维护期满后甲方未购买维保服务的，乙方不再提供任何技术支持，系统升级及恢复服务需按乙方报价另行购买。",
     "post_warranty_fee_capped", True),
    ("软件许可及定制开发合同\n## 第六条 免费维护期与维保服务\n6.1 免费维护期为六个月，自系统上线运行之日起计算。\n6.2 免费维护期满后，甲方购买年度维保服务的，"
     "年度维保费按乙方届时报价另行确定。", "post_warranty_fee_capped", False),
    # holdout742–745's first run
    ("控制系统改造及维保合同\n第二条 合同价格\n2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000）。价格明细如下：\n| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |\n"
     "|---|---|---|---|---|\n| 1 | 主控PLC控制柜 | 3套 | 302,000 | 906,000 |\n| 2 | 数据采集软件许可（永久） | 1套 | 414,000 | 414,000 |\n"
     "| — | 软硬件小计 | | | 1,320,000 |\n| 3 | 安装调试及培训 | 1项 | 180,000 | 180,000 |\n| — | 合计 | | | 1,500,000 |\n"
     "第六条 质保与维保\n6.1 质保期为十八个月，自终验合格之日起计算。\n"
     "6.2 质保期满后，乙方提供全年驻厂加远程维保服务，维保年费固定为人民币叁拾伍万陆仟肆佰元（¥356,400），自质保期满起五年内不作调整。",
     "post_warranty_fee_pct", 27.0),
    # holdout746–749's first run
    ("SUPPLY AND INSTALLATION CONTRACT\n2. Price\n2.1 The contract price is CNY 1,314,000.\n6. Warranty and Support\n6.2 Severity 1 faults shall be "
     "responded to within two hours and fixed on site within 48 hours.\n6.3 If the Supplier misses the Severity 1 response time, it shall pay the Buyer "
     "CNY 800 for each hour of delay; if it misses a fix time, CNY 1,500 for each day of delay.\n10. Delay and Liability\n10.1 If the Supplier delays "
     "delivery or completion of installation, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the "
     "contract price.", "ld_rate_per_day_pct", 0.08),
    ("软件许可及定制开发合同\n## 第八条 知识产权\n8.1 乙方对绣迹通系统及本合同项下全部定制开发成果（包括源代码、工序模板、数据库结构及文档）享有全部知识产权。\n"
     "8.2 甲方在付清全部款项后，获得在本厂范围内使用上述成果的非独占、不可转让的许可。", "ip_owner", "supplier"),
    ("DATA SUBSCRIPTION AGREEMENT\n10. SUBCONTRACTING\n10.1 Provider may use its hosting partner named in its documentation. Provider shall not "
     "subcontract any other part of the Services without Customer's prior written consent and remains responsible for all subcontractors.",
     "subcontract_without_consent", False),
    ("控制系统改造合同\n第四条 交付与工期\n4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方车间。\n4.5 乙方应为甲方挡车工、机修工及车间管理人员分别开展操作和维护培训，"
     "培训不少于三期，每期不少于两天，确保受训人员能够独立完成花样下发、参数调整及常见故障处理。\n第六条 质保\n6.2 甲方设备出现故障时，乙方在接到甲方报修后应及时响应，"
     "并尽快安排技术人员排除故障。", "sla_clause", False),
    ("软件许可合同\n第十条 适用法律\n本合同适用马里法律。", "governing_law", "Mali"),  # a law the pack's labels name in Chinese
    ("软件许可合同\n第十条 适用法律\n本合同适用索马里法律。", "governing_law", "Somalia"),  # (not 马里 within it)
    # holdout750–753's first run
    ("SOFTWARE LICENCE AGREEMENT\n14. Governing Law and Disputes\n14.1 This Agreement is governed by the laws of the Togolese Republic.\n"
     "14.2 Any dispute shall be settled by arbitration before the Court of Arbitration of Togo (CATO) in Lome.", "governing_law", "Togo"),
    ("SOFTWARE LICENCE AGREEMENT\n14. Governing Law\n14.1 This Agreement is governed by the laws of the Czech Republic.\n"
     "14.2 Any dispute shall be settled by the courts of Brno, Czech Republic.", "governing_law", "Czech Republic"),
    # holdout754–757's first run
    ("控制系统改造合同\n第六条 质保与维保\n6.2 故障分级及响应：一级故障乙方应在1小时内响应，6小时内到场处理。乙方每迟到1小时，向甲方支付¥600服务扣款，"
     "从质保期后的维保费或其他应付款中扣除。", "ld_stated", False),
    # holdout758–761's first run
    ("监管平台建设合同\n第七条 服务水平\n7.1 平台按月统计的可用率不低于99.5%。\n7.2 一级故障乙方应在30分钟内响应、8小时内恢复。\n7.3 乙方未达到前款要求的，"
     "一级故障每超时一小时扣付1,000元；月可用率低于约定值的，每低于0.1个百分点扣付2,000元。扣付款项从应付款或履约保证金中扣除。", "sla_remedy", True),
    ("DATA SUBSCRIPTION AGREEMENT\n6. SERVICE LEVELS\n6.1 Provider shall make the API and the portal available at least 99.95% of each calendar month.\n"
     "6.2 Provider shall keep the delay between receipt of a vessel position and its availability through the API below 10 minutes for at least "
     "98% of positions each month.", "availability_pct", 99.95),
    ("交易平台建设合同\n第一条 项目内容\n1.2 定制开发内容包括：排污权初始分配与有偿使用管理、网上竞价、与排污许可管理信息平台的数据对接及统计分析驾驶舱。\n"
     "第八条 数据安全\n8.1 平台中的排污单位信息、交易数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。", "buyer_owns_data", True),
    ("会员管理SaaS服务合同\n四、实施与验收\n（二）上线验收标准：\n1. 35家门店全部开通，连续七日交易无差错；\n2. 小程序充值、核销流程经甲方测试全部通过。\n"
     "（三）双方共同签署上线验收单后，视为验收合格。系统开通或门店试用，不视为验收合格。", "acceptance_deemed_on_delivery", False),
    ("系统运维服务合同\n第二条 服务费用及支付\n（二）服务费按季度支付，每季度¥92,000。每季度结束后，甲方依据第五条对乙方进行季度考核，并在考核结果确认后十五个工作日内"
     "支付当季服务费，应扣减的金额从当季服务费中扣除。", "ld_stated", False),
    # holdout766–769's first run
    ("软件许可及定制开发合同\n## 第七条 知识产权\n7.2 定制开发形成的源代码、数据库设计和技术文档属于乙方的技术成果，乙方可将其用于其他客户项目。\n## 第八条 数据安全\n"
     "8.1 系统中录入的工序记录、工人信息、订单和客户数据归甲方所有，乙方仅为提供技术支持的目的访问，不得用于其他用途。", "buyer_owns_data", True),
    ("软件许可及定制开发合同\n## 第六条 技术支持与免费维护\n6.3 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费为软件许可费的28%，即每年156,800元，"
     "维护期每年续签一次，费用标准不变。\n6.5 乙方发布的系统新版本，免费维护期满后，已签订年度维护服务协议的可免费升级，未签订的按乙方当期报价收费。",
     "post_warranty_fee_capped", True),
    # holdout770–773's first run
    ("DATA SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.2 \"Data Products\" means the datasets described in clause 2.1.\n"
     "1.3 \"Customer Inputs\" means the polygons and other data that the Customer uploads to the API.\n"
     "2. SUBSCRIBED DATA AND SERVICES\n2.1 The subscription covers a daily soil moisture estimate at 1 km resolution.\n"
     "2.5 The Vendor shall maintain the historical archive and may reprocess it with improved methods.\n"
     "7. CUSTOMER INPUTS\n7.1 Customer Inputs belong to the Customer. The Vendor shall process Customer Inputs only to provide the services "
     "and shall not use them for any other purpose.\n8. LICENCE\n8.1 The Vendor grants the Customer a non-exclusive licence to use the Data Products.",
     "buyer_owns_data", True),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 3 Price\n3.1 The total price is CNY 1,880,000 (the \"Contract Price\"), made up of: Licence Fee "
     "CNY 1,240,000; implementation services CNY 418,000; interface development CNY 222,000.\nArticle 4 Payment\n4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature of this Agreement.\n"
     "4.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Buyer signs the User Acceptance Test report.\n"
     "4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.\n"
     "4.5 Each party bears its own bank charges. Withholding taxes payable in China on the Licence Fee shall be handled as required by PRC "
     "tax law, and the Buyer shall give the Vendor the tax receipts.", "final_payment_on_acceptance", True),
    # holdout774–777's first run
    ("DATA SUBSCRIPTION AGREEMENT\n4. DELIVERY AND DELIVERY CONFIRMATION\n4.1 Provider shall make the API available within 40 days after signature.\n"
     "4.2 Delivery Confirmation criteria: (a) all endpoints in Schedule A return data for every covered market; (b) daily updates arrive "
     "for 10 consecutive business days.\n4.3 When the criteria are met, Customer shall issue a Delivery Confirmation.", "acceptance_clause", True),
    ("软件许可及定制开发合同\n## 第六条 年度维护\n6.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的26%计取，即每年¥113,360。\n"
     "## 第七条 培训与升级\n7.2 乙方发布的标准版软件升级包，仅向签订年度维护合同的客户提供。定制开发部分不随标准版升级，如需适配，由双方另行协商费用。",
     "post_warranty_fee_capped", True),
    ("软件许可及定制开发合同\n## 第六条 年度维护\n6.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的26%计取，即每年¥113,360。\n"
     "6.2 维护期满后如需继续维护，费用由双方另行协商。", "post_warranty_fee_capped", False),
    # holdout778–781's first run
    ("DATA API SUBSCRIPTION AGREEMENT\n4. ONBOARDING AND INTEGRATION ACCEPTANCE\n4.2 Integration Acceptance requires that (a) every endpoint "
     "in Annex 1 returns the specified fields for a test set of 200 vessels; (b) the Connector reconciles with the API record counts for seven "
     "consecutive days; (c) the median response time of the position endpoint measured over those seven days is below 800 milliseconds.",
     "p1_response_hours", None),
    ("MANAGED SERVICES AGREEMENT\n5. SERVICE LEVELS\n5.1 Provider shall respond to Priority 1 incidents within 30 minutes, and the median "
     "response time of the portal search shall stay below two seconds.", "p1_response_hours", 0.5),
    # holdout782–785's first run
    ("会员管理SaaS服务合同\n四、服务水平\n（三）服务赔偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣累计不超过当月订阅费的50%。\n"
     "十、违约与解除\n（四）乙方对本合同的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。", "liability_cap_pct", 150),
    ("系统运维服务合同\n第十条 违约责任\n10.2 乙方在本合同项下承担的赔偿责任（含违约金及考核扣款）累计不超过合同总价的50%。", "liability_cap_pct", 50),
    ("系统运维服务合同\n第三条 服务费用及支付\n（一）年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000）。\n"
     "（二）服务费分两期支付：上半年服务期满并经甲方考核合格后支付¥193,000；全年服务期满并经年度验收合格后支付¥193,000。",
     "final_payment_on_acceptance", None),
    ("SOFTWARE LICENCE AGREEMENT\nThis Agreement is made with Euphrates Fleetware LLC, registered in Raqqa, Syrian Arab Republic.\n"
     "14. Governing Law and Disputes\n14.1 This Agreement is governed by the laws of the Syrian Arab Republic.", "governing_law", "Syria"),
    # holdout786–789's first run
    ("预约会员SaaS服务合同\n三、费用及支付\n（一）订阅费每服务年度人民币436,000元，两个服务年度合计872,000元；实施费人民币168,000元（一次性）。合同总价为人民币1,040,000元。\n"
     "（二）实施费在平台上线验收合格后十五个工作日内一次性支付，甲方不向乙方支付任何预付款。\n"
     "（三）订阅费按季度结算，每季度开始后十个工作日内支付当季费用，即每季度人民币109,000元。", "prepayment_pct", None),
    # holdout794–797's first run
    ("SAAS ORDER FORM\n### 4. Customer Data\n4.1 \"Customer Data\" means the supplier records and inspection results that Customer uploads to "
     "the Service.\n4.2 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service.\n"
     "### 5. Intellectual Property\n5.2 The Configurations and all reports and exports generated from Customer Data belong to Customer, who may "
     "use, copy and modify them and let third parties use them for any purpose, including after the Subscription Term.", "buyer_owns_data", True),
    ("验潮站系统年度运维服务合同\n第五部分 考核与验收\n2. 年度验收：服务期满后15日内，甲方进行年度验收，出具书面验收意见。\n"
     "3. 乙方提交的巡检记录、维修记录、运行月报、设备台账等资料的所有权归甲方。", "ip_owner", "buyer"),
    ("SUPPLY AND LICENCE AGREEMENT\n3. Price\n3.1 The Contract Price is CNY 1,002,000. It is made up as follows:\n"
     "| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|---|\n"
     "| 1 | Multi-gas sensor, Ex-certified | 120 | 2,850 | 342,000 |\n| 2 | Underground gateway | 16 | 7,250 | 116,000 |\n"
     "| 3 | TunnelAir software, perpetual licence | 1 | 412,000 | 412,000 |\n| | Devices and Software subtotal | | | 870,000 |\n"
     "| 4 | Installation and commissioning | 1 | 132,000 | 132,000 |\n| | Contract Price | | | 1,002,000 |\n", "licence_or_hardware_price", 870_000),
    # holdout798–801's first run
    ("SUPPLY CONTRACT\n2. Price\n2.1 The Contract Price is CNY 1,000,000.\n10. Liability\n10.1 Whatever the cause of action, the aggregate "
     "amount the Supplier must pay under or in connection with this Contract shall not exceed 200% of the Contract Price.", "liability_cap_pct", 200.0),
    ("SUPPLY CONTRACT\n3. Payment\n3.1 No advance payment is made under this Contract.\n3.2 The Buyer shall pay 65% of the Contract Price "
     "within thirty days after all Equipment has been installed and the Buyer has signed the Installation Certificate.\n3.3 The Buyer shall "
     "pay the remaining 35% of the Contract Price within thirty days after signing the Final Acceptance Certificate under Clause 5.",
     "prepayment_pct", None),
    ("SUPPLY CONTRACT\n3. Payment\n3.1 The Buyer shall pay 20% of the Contract Price within thirty days after signing the Contract.\n"
     "3.2 The Buyer shall pay the remaining 80% within thirty days after signing the Final Acceptance Certificate.", "prepayment_pct", 20.0),
    ("SUPPLY CONTRACT\n11. Subcontracting\n11.1 Any subcontracting of the Works, in whole or in part, needs the Buyer's consent given in "
     "writing beforehand.", "subcontract_without_consent", False),
    ("DATA SUBSCRIPTION AGREEMENT\n9.2 The Connectors belong to the Customer.\n\nCONFIDENTIALITY\n\n10.1 Information that a party learns "
     "about the other under this Agreement and that is not public is confidential. The receiving party shall not reveal it to third parties "
     "without the other's prior written approval.", "confidentiality", True),
    ("DATA SUBSCRIPTION AGREEMENT\n14. Customer Duties\n14.1 The Customer's API keys and portal credentials are confidential. The Customer "
     "shall not reveal them to third parties.", "confidentiality", False),
    ("## 第七条 免费维护期及售后服务\n7.2 甲方报告的严重故障（软件无法登录或主要功能无法使用），乙方在接到报告后8个工作小时内响应；一般问题在3个工作日内答复。",
     "p1_response_hours", 8.0),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 15 Governing Law\n15.1 This Agreement is governed by the laws of the Kyrgyz Republic.",
     "governing_law", "Kyrgyzstan"),
    ("DATA SUBSCRIPTION AGREEMENT\n1.1 Pamir Data LLC (the \"Provider\").\n1.2 Urumqi Logistics Co., Ltd. (the \"Customer\").\n"
     "7.1 Customer Data belongs to the Customer.\n7.2 The Provider shall protect Customer Data with encryption in transit and at rest and "
     "shall notify the Customer within twenty-four hours of any unauthorised access to Customer Data.\n19.1 This Agreement is governed by "
     "the laws of the People's Republic of China.\nSCHEDULE A - DATASETS\nA.1 Road freight lane rates between Urumqi and Almaty.\n"
     "A.2 Rail container rates for the China - Central Asia routes.\n20.1 This Agreement is the entire agreement.", "data_security_clause", True),
    ("DATA SUBSCRIPTION AGREEMENT\n2. Fees\n2.1 The subscription fee is CNY 480,000 for each Subscription Year, CNY 960,000 in total.\n"
     "11. Liability\n11.1 Provider's total liability shall not exceed the fees paid by Customer in the six months preceding the event giving "
     "rise to the claim.\n12. Term\n12.1 This Agreement starts on signature and ends at the end of Subscription Year 2.", "liability_cap_pct", 25.0),
    # holdout806–813's first run
    ("## 第五条 技术支持与维护\n5.1 自软件上线之日起六个月为免费维护期。\n5.3 免费维护期满后，甲方如需继续获得技术支持，应与乙方签订年度维护协议，年度维护费按软件使用许可费的32%计收，"
     "即每年48,000元。\n5.4 下列情形不属于免费维护范围：甲方擅自修改软件或数据库；甲方硬件、网络或操作系统故障；病毒或第三方软件造成的问题；甲方新增的功能需求。上述情形乙方可提供有偿服务，"
     "费用按乙方收费标准另行计算。", "post_warranty_fee_capped", True),
    ("## 第七条 年度维护\n7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥52,080。\n"
     "7.3 年度维护费在每个维护年度开始前一次性支付。乙方可根据产品升级情况调整维护服务的具体内容，但年度维护费按7.1款执行。", "post_warranty_fee_capped", True),
    ("## 第七条 年度维护\n7.1 免费维护期满后，年度维护费为软件许可费的28%，即每年¥52,080。\n7.3 乙方有权根据市场情况调整年度维护费。",
     "post_warranty_fee_capped", False),
    ("## 第九条 数据安全\n9.1 甲方录入系统的纹样图稿、订单等业务数据归甲方所有，乙方不得用于本合同以外的目的。\n## 第八条 知识产权\n"
     "8.3 乙方可将定制开发成果纳入其标准产品向其他客户提供，但不得包含甲方的纹样图稿和业务数据。", "buyer_owns_data", True),
    ("SOFTWARE LICENCE AND SERVICES AGREEMENT\nThis Software Licence and Services Agreement (the \"Agreement\") is made between Hangzhou "
     "Qiantang Supply Chain Co., Ltd. (the \"Buyer\"), and Dvina Logistics Software LLC (the \"Vendor\"). The parties agree as follows.\n"
     "Article 12 Termination\n12.1 If the Vendor materially breaches this Agreement and the breach is not cured within 20 days of the "
     "Buyer's written demand, the Buyer may end this Agreement by written notice.", "termination_for_breach", True),
    ("SUPPLY AGREEMENT\n12. Subcontracting\n12.1 Installation labour, cabling and any other part of the work may be given to a third party "
     "only after the Buyer has approved that party in writing.", "subcontract_without_consent", False),
    ("ORDER FORM\n### A3. Fees\nSubscription Fee, Subscription Year 1: CNY 264,000. Subscription Fee, Subscription Year 2: CNY 264,000. "
     "Onboarding (one-time): CNY 46,000. Total: CNY 574,000.\n### A4. Invoicing\n(a) Provider will invoice the Onboarding fee and the "
     "Subscription Fee for Subscription Year 1, together CNY 310,000, on the Order Form date.", "prepayment_pct", 54.007),
    ("## 第六条 维护服务\n6.3 维护期内，甲方报告一级故障的，乙方在8个工作小时内响应。\n## 第十条 违约责任\n10.3 对于因网络故障、黑客攻击等非乙方原因造成的系统中断，乙方不承担责任。\n"
     "10.4 因甲方原因导致项目暂停超过六十日的，乙方有权按已完成工作量结算费用，已收款项不予退还。", "sla_remedy", False),
    ("MANAGED SERVICES AGREEMENT\n2. Transition\n2.2 Transition is complete, and the transition work is deemed accepted by the Customer, "
     "on the Service Commencement Date.", "acceptance_deemed_on_delivery", True),
    # holdout814–821's first run
    ("## 第二条 合同价款\n| 序号 | 项目 | 金额（元） |\n|---|---|---|\n| 1 | 软件许可 | 168,000 |\n| 2 | 定制开发 | 214,000 |\n| | 合计 | 382,000 |\n\n"
     "2.3 合同价款包含三人次的现场服务，超出部分按每人每日2,000元另行收费，差旅费用由甲方承担。", "contract_value", 382_000),
    ("DATA SUBSCRIPTION AGREEMENT\nACTIVATION AND ACCEPTANCE\n5.1 The Provider shall make the API available for Activation Tests within "
     "20 days.\n5.2 The Activation Tests are passed when: (a) the API returns Data for all 180 lanes in Schedule A; (b) a sample of 50 "
     "rates has been checked against the Provider's published indices without discrepancy.", "acceptance_clause", True),
    ("DATA SUBSCRIPTION AGREEMENT\n7.4 At the end of the Subscription Term, the Provider shall return Customer Data.\n\nINTELLECTUAL PROPERTY\n\n"
     "8.1 The Provider owns the Data, the API and the dashboard.\n8.2 The Customer owns the Customer Outputs, including the integration code "
     "and lane mappings developed by or for the Customer during set-up, which the Customer may use, modify and license freely.", "ip_owner", "buyer"),
    ("SUPPLY CONTRACT\n2. Price\n2.1 The Contract Price is CNY 1,770,000.\n6. Warranty\n6.3 For each hour by which a Severity 1 response is "
     "late, the Supplier shall pay CNY 500; for each day by which an on-site visit is late, CNY 2,000.\n12. Delay Damages\n12.1 If the Supplier "
     "fails to achieve Final Acceptance by the agreed date, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each "
     "day of delay.", "ld_rate_per_day_pct", 0.1),
    ("## 第一条 价格\n合同总价为人民币438,000元。\n## 第八条 数据\n8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并在本合同约定的责任限额内承担"
     "赔偿责任。\n## 第十条 违约责任\n10.3 乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）不超过合同总价的20%。", "liability_cap_pct", 20.0),
    # holdout822–829's first run
    ("## 第十三条 合同解除\n守约方在对方严重违约且经书面催告后十五日内仍未纠正的，有权解除本合同。合同解除的，甲方已支付的许可费用不予退还。",
     "termination_for_breach", True),
    ("## 第十二条 合同解除\n乙方在甲方逾期付款超过六十日且经催告后仍未支付的，有权解除本合同。", "termination_for_breach", False),
    ("第五条 服务水平\n（二）故障响应：\n1. 一级故障（计时中断）：现场人员应在15分钟内响应并启用备用计时设备；非赛事期间发生的，乙方应在1小时内响应；\n"
     "（三）服务扣减：一级故障每迟延响应十分钟扣减当季服务费¥1,500。", "p1_response_hours", 0.25),
    ("DATA SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The fees are:\nSet-up fee (one-time, fixed) | CNY | 38,000\n"
     "Subscription fee, Subscription Year 1 | | CNY 246,000\nSubscription fee, Subscription Year 2 | | CNY 246,000\nTotal contract value | | CNY 530,000\n"
     "4.2 The set-up fee and the subscription fee for Subscription Year 1 are invoiced together on the Effective Date and are payable within "
     "twenty days after receipt of the invoice.\n4.3 The subscription fee for Subscription Year 2 is invoiced on the first day of Subscription Year 2.",
     "prepayment_pct", 284_000 / 530_000 * 100),
    # holdout830–837's first run
    ("运维服务合同\n4. 服务水平\n4.3 考核扣减：一级故障响应或恢复每超时一小时，扣减服务费¥300；平台可用率每低于承诺值0.01个百分点，扣减¥500。\n"
     "8. 违约处理\n8.1 乙方未按本合同要求提供服务的，甲方有权要求乙方限期整改，并按第4.3条扣减服务费。", "ld_stated", False),
    ("DATA SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are:\n(a) Set-up fee for onboarding, test environment, mapping of the "
     "Customer's sourcing regions and the Custom Indicators under clause 7.2: CNY 42,000;\n(b) Subscription fee for Subscription Year 1: CNY 348,000;\n"
     "(c) Subscription fee for Subscription Year 2: CNY 348,000.\nThe total fees for the Subscription Term are CNY 738,000, inclusive of taxes.\n"
     "3.2 The Provider shall invoice the set-up fee and the subscription fee for Subscription Year 1 together upon signature of this Agreement.",
     "prepayment_pct", 390_000 / 738_000 * 100),
    ("SUPPLY CONTRACT\n2. Contract Price\n2.1 The Contract Price is CNY 1,360,000.\n11. Liability\n11.1 All claims against the Supplier under or "
     "in connection with this Contract are together capped at an amount equal to two times the Contract Price. Claims for personal injury "
     "and for wilful misconduct are outside the cap.", "liability_cap_pct", 200.0),
    # holdout838–845's first run
    ("ORDER FORM\nThis Order Form is entered into between Shannonlearn Technologies Limited, Athlone, Ireland (\"Shannonlearn\"), and Hangzhou "
     "Xiling Hotels Co., Ltd. (the \"Customer\").\n4. Intellectual Property\n4.1 Shannonlearn owns the Service and all its underlying software and content, other than Customer "
     "Data and Customer Materials.\n4.2 \"Customer Materials\" means the course content supplied by the Customer and the course templates and "
     "report layouts configured for the Customer. Customer Materials belong to the Customer, which may use, modify and license them freely; "
     "Shannonlearn shall deliver them in a standard export format on request.\n5. Subcontracting\n5.1 Shannonlearn shall not engage any "
     "subcontractor without the Customer's prior written consent.", "ip_owner", "buyer"),
    ("DATA SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The fees are:\n(a) setup and Adapter development fee: CNY 64,000, one time;\n"
     "(b) Subscription Fee: CNY 452,000 per Subscription Year, CNY 904,000 for the two Subscription Years.\nThe total fees under this Agreement "
     "are CNY 968,000, including VAT.\n5.2 Provider shall invoice the setup fee and the Subscription Fee for the first Subscription Year together "
     "on signature of this Agreement.", "prepayment_pct", 516_000 / 968_000 * 100),
    # holdout846–853's first run
    ("运维服务合同\n第二条 合同价款\n合同总价为人民币386,000元。\n第三条 付款方式\n（一）服务费按季度支付，考核合格后十五个工作日内支付当季服务费¥96,500。\n"
     "（四）乙方应在合同签订后五个工作日内向甲方提交合同总价的5%作为履约保证金，服务期满经年度验收合格后十五个工作日内无息退还。", "prepayment_pct", None),
    # holdout854–861's first run
    ("ORDER FORM\n3. Service Levels\n3.1 The Provider commits to monthly Availability of 99.95%.\n3.2 The Provider will respond to Priority 1 "
     "Incidents within one (1) hour.\n3.4 Service credits, fee reductions or other compensation do not apply to any failure to meet the service "
     "levels in this Section 3. The Provider's obligation is to restore the service as quickly as it reasonably can.", "sla_remedy", False),
    ("MANAGED SERVICES AGREEMENT\n## Schedule 2 - Service Levels\n| Service | Description | Service level |\n|---|---|---|\n| Platform availability | "
     "Monthly availability of the Managed Platform, excluding agreed maintenance windows | 99.5% |\n## Schedule 3 - Service Credits\n"
     "| Service level missed | Service Credit |\n|---|---|\n| Monthly platform availability below 99.5% but at least 99.0% | 5% of the monthly "
     "service charge |\n| Monthly platform availability below 99.0% | 10% of the monthly service charge |", "availability_pct", 99.5),
    # holdout862–865's first run
    ("SUPPLY CONTRACT\n6. Testing and Acceptance\n6.1 After installation the Supplier shall carry out site tests in the Buyer's presence: a "
     "comparison of every logger against a calibrated reference thermometer in each cold room, showing a deviation of no more than ±0.3 °C; an "
     "alarm test for each room and vehicle, with alarms received within 60 seconds.\n6.2 After the site tests the system shall run for 30 days.\n"
     "6.3 When the tests and the run are completed, the Buyer shall issue a Final Acceptance certificate within ten working days or list the "
     "defects to be corrected. Installation, use of the system or payment does not mean acceptance.", "acceptance_clause", True),
    # holdout874–881's first run
    ("DATA API SUBSCRIPTION AGREEMENT\nINTELLECTUAL PROPERTY\n10.1 The Vendor owns the Data, the API and its database. The Customer's "
     "rights are those in clause 3.\n10.2 The Customer owns its own analyses, reports, tracking portal displays and integration code, "
     "including the connector developed with the Vendor's integration support. The Customer may use, modify and license them freely.",
     "ip_owner", "buyer"),
    # … and the price list of holdout175's h175e01, whose PDF lines now stay apart (each "name: sum" its own line, as in holdout835's
    # .txt): an entry alone on its line is an entry, as one of a list run into one line was
    ("SOFTWARE LICENCE AGREEMENT\n4. PRICE AND PAYMENT\n4.1 The Contract Price is CNY 977,000, made up as follows.\n"
     "LeakSight Station licence, 14 stations x CNY 38,500: CNY 539,000\nLeakSight Analytics Server licence, 1 server: CNY 96,000\n"
     "Licence Fees subtotal: CNY 635,000\nConfiguration, station interfaces and MES connector (fixed price): CNY 318,000\n"
     "Training (operators, quality engineers, administrators): CNY 24,000\nTotal Contract Price: CNY 977,000", "implementation_fee", 342000),
    # holdout882–885's first run
    ("# MANAGED IT SERVICES AGREEMENT\n## 1. Definitions\n1.3 **Term** means 36 months from the Service Commencement Date.\n"
     "## 6. Charges\n6.1 The total Charges for the Term are CNY 2,160,000.\n## 12. Liability\n12.2 Provider's total aggregate liability "
     "arising out of or in connection with this Agreement shall not exceed the Charges paid by Customer in the six months immediately "
     "preceding the event giving rise to the claim.", "liability_cap_pct", 16.6667),
    # holdout886–889's first run
    ("DATA API SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The fees are:\n(a) Onboarding and Custom Feed set-up fee (one-time): CNY "
     "54,000;\n(b) Subscription fee for Subscription Year 1: CNY 360,000;\n(c) Subscription fee for Subscription Year 2: CNY 360,000;\n"
     "Total Fees: CNY 774,000.\n5.2 Provider shall invoice the set-up fee and the Subscription Year 1 fee together on the Effective Date. "
     "Customer shall pay that invoice within 15 days. The Subscription Year 2 fee is invoiced at the start of Subscription Year 2.",
     "prepayment_pct", 53.4884),
    # holdout890–897's first run
    ("DATA API SUBSCRIPTION AGREEMENT\n7. FEES\n7.1 The subscription fee is CNY 348,000 for each Subscription Year of the initial term, "
     "CNY 696,000 in total, inclusive of VAT.\n7.2 The subscription fee is invoiced quarterly in arrears, CNY 87,000 per quarter.",
     "contract_value", 696000),
    # … but one fee's total among others is not the contract's (holdout100's h100e05, a guard)
    ("API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 The Customer pays:\n(a) a Platform Fee of CNY 11,400 per month for the Term, i.e. CNY "
     "273,600 in total, which includes up to 400 submissions per month;\n(b) an Onboarding Fee of CNY 42,400, one-time.\n4.2 The total of "
     "the fixed fees under clauses 4.1(a) and 4.1(b) is CNY 316,000 (the \"Total Fees\").", "contract_value", 316000),
    # … also written "In Total", since the sentence is found whatever its case
    ("API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 The Customer pays:\n(a) a Platform Fee of CNY 11,400 per month for the Term, i.e. CNY "
     "273,600 In Total, which includes up to 400 submissions per month;\n(b) an Onboarding Fee of CNY 42,400, one-time.\n4.2 The total of "
     "the fixed fees under clauses 4.1(a) and 4.1(b) is CNY 316,000 (the \"Total Fees\").", "contract_value", 316000),
    ("运维服务合同\n第六条 数据安全\n（一）播发平台中的预警信息、播发记录及账号数据属于甲方所有，乙方仅可为履行本合同使用。\n"
     "（三）远程维护须经甲方批准并留存日志。因乙方原因导致平台被入侵、信息被篡改或误播的，乙方应立即报告甲方，并承担由此产生的全部责任。",
     "data_security_clause", True),
    ("软件许可及定制开发合同\n## 第五条 技术支持\n5.1 乙方在工作日通过电话和远程方式为甲方提供技术支持。\n"
     "5.2 乙方不对系统的连续运行或响应时间作出承诺。\n5.3 甲方应通过乙方指定的客服电话提交问题。节假日期间提交的问题，顺延至下一个工作日处理。",
     "sla_clause", False),
    # holdout898–905's first run
    ("DATA AND API SUBSCRIPTION AGREEMENT\nThis Agreement is entered into between Heilongjiang Beifeng Agricultural Insurance Co., Ltd. "
     "(the \"Customer\") and Shasta Geospatial Analytics, Inc., a California corporation with its principal office at 1650 Court Street, "
     "Redding, California, United States (the \"Provider\").\n12. GOVERNING LAW AND DISPUTES\n12.1 This Agreement is governed by the laws "
     "of the People's Republic of China.\n12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.",
     "governing_forum_outside_mainland", False),
    ("ORDER FORM\n### 4. Intellectual Property\n4.1 The Provider owns the Service and all improvements to it.\n4.2 Customer-specific "
     "configurations, report templates, workflow definitions and the finance and municipal platform interface mappings created during "
     "onboarding belong to the Customer. The Customer may use, modify and license them freely.", "ip_owner", "buyer"),
    ("产线控制系统改造合同\n第七条 知识产权\n7.1 为甲方定制开发的控制程序、报表及接口程序的知识产权归甲方所有，乙方应交付源程序和注释文档。\n"
     "7.2 产线集中控制软件为乙方合作厂商的标准产品，乙方保证甲方获得永久使用许可。\n7.3 乙方在本项目中使用的通用功能模块和开发工具，其知识产权仍归"
     "乙方，但不影响甲方对定制成果的使用、修改和对外许可。", "ip_owner", "buyer"),
    # holdout906–913's first run
    ("PERPETUAL LICENCE AGREEMENT\nArticle 3 Price\n3.1 The total price is CNY 2,100,000 (the \"Contract Price\"), made up of:\n"
     "(a) Licence Fee for the Software: CNY 1,380,000;\n(b) implementation services: CNY 720,000.\nArticle 6 Warranty and Support\n"
     "6.4 After the Warranty Period the Buyer may order annual support, with the same service levels and service credits as in Articles "
     "6.2 and 6.3. The annual support fee shall be 11% of the Licence Fee (CNY 151,800 per year) and is fixed for the first three "
     "support years.", "post_warranty_fee_pct", 11.0),
    ("DATA SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees under this Agreement are:\n   (a) subscription fee: CNY 472,000 "
     "per Subscription Year, CNY 944,000 for both Subscription Years;\n   (b) onboarding fee, one-time: CNY 78,000.\nThe Total Fees are "
     "CNY 1,022,000, including VAT.\n3.2 Provider shall invoice the onboarding fee and the subscription fee for the first Subscription "
     "Year on the date of signature of this Agreement. Customer shall pay that invoice within 15 days after receipt of a valid fapiao.",
     "prepayment_pct", 53.816),
    # … and a partner named in a Section is one the contract approves, also now that a sentence ends after "Section 2.2." (holdout737's
    # h737e02, a guard)
    ("SUBSCRIPTION AGREEMENT\n### 12. Subcontracting\n12.1 The Provider may use its hosting partner named in Section 2.2. Any other "
     "subcontractor that processes Customer Data or performs the Onboarding Services requires the Customer's prior written consent. The "
     "Provider remains responsible for all subcontractors.", "subcontract_without_consent", False),
    # holdout914–921's first run
    ("SAAS ORDER FORM\n### A5. Term and Renewal\nThe Initial Term begins on the date of Go-Live Acceptance (the \"Subscription Start Date\") "
     "and ends on the day before the second anniversary of that date.\n### 10. Limitation of Liability\n10.2 Each party's total liability "
     "arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months preceding the "
     "event giving rise to the claim.", "liability_cap_pct", 25.0),
    ("DATA SUBSCRIPTION AGREEMENT\n2. DEFINITIONS\n2.5 \"Integration Adapters\" means the connectors, mapping tables and scripts that Vendor "
     "builds specifically to load Licensed Data into Customer's systems.\n4. INTEGRATION SERVICES\n4.4 The Integration Adapters and their "
     "documentation belong to Customer, which may use, modify and license them freely.", "ip_owner", "buyer"),
    ("运维服务合同\n第三条 服务内容\n（六）备品备件：乙方负责提供运维所需备品备件，单件价值在5,000元以下的备件包含在合同价款内；单件价值超过该金额的，"
     "乙方提出更换方案和报价，经甲方书面确认后另行结算。\n第五条 合同价款\n（一）合同总价为人民币438,000元，包括：驻点运维费216,000元；"
     "计量设备校准与检修费96,000元；备品备件费72,000元；平台软件运维费54,000元。", "contract_value", 438000),
    ("MANAGED SERVICES AGREEMENT\n## Section 3 Transition\n3.2 The Transition shall be deemed complete, and the Services accepted by the "
     "Customer, on the Service Commencement Date, when the Provider's staff begin to handle tickets from the Customer's users.",
     "acceptance_deemed_on_delivery", True),
    ("DATA API SUBSCRIPTION AGREEMENT\n2. SUBSCRIPTION\n2.3 Customer may keep and continue to use Customer Outputs, and Licensed Data "
     "incorporated in them in aggregated form, after the Subscription Period.\n6. CUSTOMER DATA\n6.1 Customer Data belongs to Customer. "
     "Provider shall use Customer Data only to provide the API to Customer and for no other purpose.", "buyer_owns_data", True),
    # holdout922–929's first run
    ("产线控制系统改造合同\n二、合同价款\n（一）本合同总价为人民币壹佰捌拾万元整（¥1,800,000），含税。\n（二）分项价格见下表：\n"
     "| 序号 | 名称 | 数量 | 单价（元） | 金额（元） | |\n| 1 | PLC控制柜改造（含PLC及I/O模块） | 6套 | 98,000 | 588,000 | |\n"
     "| 2 | 伺服驱动及电机 | 24套 | 13,500 | 324,000 | |\n| 3 | 生产线监控软件许可（永久） | 1套 | 636,000 | 636,000 | |\n"
     "| 设备及软件小计 | | | | | 1,548,000 |\n| 4 | 安装调试及停产切换 | 1项 | 212,000 | 212,000 | |\n| 5 | 操作及维护培训 | 1项 | 40,000 | 40,000 | |\n"
     "| 合计 | | | | | 1,800,000 |", "implementation_fee", 252000),
    ("DATA API SUBSCRIPTION AGREEMENT\nINTEGRATION\n4.1 The Provider shall build and deliver, within 45 days after signature, an adapter that "
     "loads the Data into the Customer's marine coordination system.\nINTELLECTUAL PROPERTY\n9.1 The Provider owns the forecasting model, "
     "the API and the Data.\n9.2 The integration adapter, its source code and the configuration of the Customer's forecast points belong to "
     "the Customer.", "ip_owner", "buyer"),
    ("运维服务合同\n第二条 服务费用\n（一）本合同服务费为固定总价人民币伍拾捌万陆仟元整（¥586,000）。\n（三）服务期内新增站台的，纳入运维范围，按每站台¥780"
     "折算当季剩余月份计费；撤除站台的，按同一标准扣减。", "ld_stated", False),
    ("SOFTWARE LICENCE AGREEMENT\nArticle 4 Price\n4.1 The total Contract Price is CNY 1,948,000.\nArticle 7 Warranty and Support\n"
     "7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against "
     "any amount payable. For each day by which a permanent fix is late, the Vendor shall credit CNY 2,000.\nArticle 11 Delay Damages\n"
     "11.1 If the Vendor fails to request Provisional Acceptance by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the "
     "Contract Price for each day of delay.", "ld_rate_per_day_pct", 0.08),
    ("DATA SUBSCRIPTION AGREEMENT\n6. FEES AND PAYMENT\n6.1 The subscription fee is CNY 318,000 for each Subscription Year, or CNY 636,000 "
     "for the initial Subscription Term, including VAT and the Custom Connector.", "contract_value", 636000),
    ("软件开发与实施合同\n## 第五条 验收\n5.1 系统安装上线后，甲方应在五个工作日内进行确认。甲方开始使用系统或在上述期限内未提出书面异议的，即视为验收合格。",
     "acceptance_deemed_on_delivery", True),
    # holdout938–945's first run
    ("MANAGED SERVICES AGREEMENT\n## Schedule 3 — Service Levels and Credits\n| Priority | Definition | Response | Resolution | Credit if "
     "missed |\n|---|---|---|---|---|\n| Priority 1 | A factory line or a whole site cannot work | 30 minutes | 6 hours | 3% of MRC per "
     "Incident |\n| Priority 3 | A single user affected, workaround available | 8 business hours | 3 business days | 0.5% of MRC when below "
     "90% in the month |", "availability_pct", None),
    # holdout946–953's first run
    ("DATA API SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The Subscription Fees are CNY 486,000 for Subscription Year 1 and CNY "
     "486,000 for Subscription Year 2, a total of CNY 972,000 inclusive of VAT.", "contract_value", 972000),
    ("DATA API SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The Subscription Fees are CNY 486,000 for Subscription Year 1 and CNY "
     "486,000 for Subscription Year 2, a total of CNY 972,000 inclusive of VAT.\n10. LIABILITY\n10.2 The Provider's total liability "
     "under this Agreement is limited to two times the Subscription Fees.", "liability_cap_pct", 200.0),
    ("DATA API SUBSCRIPTION AGREEMENT\n5. INTEGRATION\n5.1 Vendor shall build a connector between the API and Customer's transport "
     "management system (TMS) that automatically subscribes each new booking to tracking.\nINTELLECTUAL PROPERTY\n9.2 The TMS connector, "
     "its source code, mappings and documentation belong to Customer on delivery.", "ip_owner", "buyer"),
    # holdout954–957's first run
    ("DATA API SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The Subscription Fee is CNY 420,000 for each Subscription Year, or CNY "
     "840,000 for both Subscription Years. The Custom Connector is included in the Subscription Fee.", "contract_value", 840000),
    ("软件许可及定制开发合同\n## 第一条 合同标的\n1.2 乙方按甲方需求进行定制开发：盘扣款式库及工艺卡、手机扫码报工小程序、客户订单进度查询页面、与甲方网店订单的对接程序。\n"
     "## 第三条 付款\n3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。", "ld_stated", False),
    ("DATA API SUBSCRIPTION\n6. SERVICE LEVELS\n6.2 Provider shall respond to a Severity 1 incident (the API or the nightly export is "
     "unavailable) within two hours at any time, and to other incidents within one business day.\n6.3 If availability falls below the "
     "target in a month, Provider shall credit Customer 5% of the monthly fee for each started 0.1 point below target, and 10% for each "
     "Severity 1 response that is late by more than one hour.", "p1_response_hours", 2.0),
    # holdout962–969's first run
    ("SUPPLY AND INSTALLATION CONTRACT\n5. Acceptance\n5.2 Final Acceptance: when all 24 sites have passed site acceptance, the "
     "system has run for 45 consecutive days without a Severity 1 failure and the Supplier has delivered the as-built documentation, the "
     "Buyer shall issue a Final Acceptance certificate.\n5.3 Delivery, installation or the Buyer's use of the Equipment shall not be "
     "treated as acceptance.", "acceptance_clause", True),
    ("DATA API SUBSCRIPTION AGREEMENT\n9. DATA PROTECTION\n9.3 Provider Data does not contain personal information beyond business contact "
     "details published in official registers. Each party shall comply with the data protection laws applicable to it, including the "
     "Personal Information Protection Law of the People's Republic of China.\n15. DISPUTES\n15.1 Any dispute arising out of or in connection "
     "with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.",
     "governing_law", None),
    # holdout978–985's first run
    ("雨水口堵塞监测系统运维服务合同\n第八条 验收\n（三）年度验收中发现终端完好率未达到磋商文件要求、备件台账不符或运维资料缺失的，乙方应在十五日内整改并申请复验；"
     "复验仍不合格的，甲方可从最后一季度服务费中扣除相应整改费用，并将结果记入供应商履约评价。", "ld_stated", False),
    ("调蓄池运行监控系统运维服务合同\n第四条 服务水平\n（一）监控平台月度可用率不低于99.95%；单座调蓄池数据中断不得超过8小时。\n第五条 考核与验收\n"
     "（一）季度考核：甲方按服务水平达标情况、巡检完成率、数据在线率（不低于98%）、值班记录和报表质量进行考核，考核结果书面通知乙方。", "availability_pct", 99.95),
    ("DATA API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 The Total Fees are CNY 600,000.\n6. SERVICE LEVELS\n6.5 If monthly availability falls "
     "below the level in clause 6.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each full 0.1 "
     "percentage point below that level, up to 25% of that amount. If daily data is delivered late on more than three days in a month, "
     "Provider shall credit Customer a further 5%.\n9. DELAY AND LIABILITY\n9.1 If Integration Acceptance has not occurred within the period "
     "in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.1% of the Total Fees for each "
     "day of delay, up to 10% of the Total Fees.", "ld_rate_per_day_pct", 0.1),
    ("MANAGED SERVICES AGREEMENT\n## 4. Transition and Service Commencement\n4.2 Service Commencement requires that: all 1,850 end-user devices "
     "report to the endpoint management platform; monitoring covers every server, switch, firewall and wireless controller listed in "
     "Schedule 1; the service desk has handled live calls for ten business days with at least 90% of calls answered within 60 seconds; "
     "and Customer has approved the operations manual.\n4.3 Customer shall confirm Service Commencement, or list the unmet criteria, within "
     "five business days after Provider's notice of readiness.", "acceptance_clause", True),
    # holdout986–993's first run
    ("道路塌陷隐患探测运维服务合同\n第八条 知识产权与数据权属\n（一）乙方在服务期内形成的探测数据、雷达图谱、分析报告、隐患清单及平台运行数据，所有权和知识产权均归甲方所有。\n"
     "（二）上述数据和成果仅限用于本合同约定的服务，乙方不得用于其他项目、学术发表或商业用途，不得向任何第三方提供。", "buyer_owns_data", True),
    ("SUPPLY AND LICENCE CONTRACT\n2. Contract Price\n2.1 The Contract Price is CNY 1,480,000.\n13. Liability\n13.1 The aggregate amount the "
     "Supplier can be required to pay under or in connection with this Contract shall not exceed twice the Contract Price. No cap applies "
     "to claims for bodily injury or deliberate wrongdoing.", "liability_cap_pct", 200),
    # holdout994–1001's first run
    ("工序追溯系统软件许可及定制开发合同\n## 第七条 甲方数据\n7.1 甲方在系统中录入和产生的作品档案、工艺记录、客户及订单信息归甲方所有。\n7.2 乙方远程维护须事先取得甲方同意，"
     "并使用甲方提供的临时账号。乙方应对其接触的甲方数据采取必要的安全措施，防止泄露、丢失或被篡改；发生上述事件的，乙方应在二十四小时内通知甲方并协助恢复，因乙方过错造成的损失由乙方赔偿。",
     "data_security_clause", True),
    ("TRADE SCREENING SAAS ORDER FORM\n### 8. Renewal\n8.1 At the end of the Subscription Term, this Order Form renews automatically for "
     "successive renewal periods of one Subscription Year each unless either party gives notice of non-renewal at least sixty days before "
     "the end of the then-current term.\n8.2 The subscription fee for each renewal period may be increased by Provider by up to 9% over the "
     "fee for the preceding Subscription Year, by notice given at least seventy-five days before the renewal date.",
     "auto_renewal_price_increase", True),
    ("潮汐车道控制系统运维服务合同\n13. 合同的变更与解除\n13.1 合同履行中，双方可协商一致变更服务内容及价款，并签订书面补充协议。\n"
     "13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。\n13.3 除前款规定外，本合同经双方协商一致方可解除。", "termination_for_breach", False),
    ("工序追溯系统软件许可及定制开发合同\n## 第三条 付款方式\n3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即¥147,000。\n"
     "3.3 上述款项均应支付至乙方指定的银行账户，甲方不得以软件存在问题为由拒付或扣减款项。\n3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。",
     "ld_stated", False),
    # holdout1002–1009's first run
    ("瓦猫工作室工序追溯系统软件许可及定制开发合同\n## 第五条 免费维护期与后续维护\n5.1 免费维护期为六个月，自系统上线之日起计算。\n"
     "5.2 故障响应：一级故障（系统无法登录或无法扫码报工）乙方在2小时内远程响应；二级故障在1个工作日内响应。乙方未按时响应的，每次向甲方赠送1人天免费服务，"
     "可用于后续需求修改。", "sla_remedy", True),
    # holdout1010–1017's first run
    ("EQUIPMENT SUPPLY AND SOFTWARE LICENCE CONTRACT\n9. Intellectual Property\n9.1 The Supplier retains ownership of the Software and of the "
     "Equipment firmware.\n9.2 Ownership of all Custom Work passes to the Buyer upon creation. The Buyer may use, modify and license the "
     "Custom Work freely, including to other suppliers.", "ip_owner", "buyer"),
    ("DATA SUBSCRIPTION AGREEMENT\n11. RENEWAL\n11.1 At the end of the Subscription Term this Agreement renews automatically for successive "
     "renewal periods, each as long as a Subscription Year, unless either party gives written notice of non-renewal at least 60 days before "
     "the end of the current period.\n11.2 Fees for each renewal period are the Provider's list prices for the API in effect at the start "
     "of that renewal period, which the Provider may set at its discretion.", "auto_renewal_price_increase", True),
    ("DATA SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The fees are set out in Schedule B. The Subscription Fee is CNY 486,000 per "
     "Subscription Year and the one-time Integration Fee is CNY 58,000, for a total of CNY 1,030,000 over the Term, excluding any overage "
     "charges.\n5.2 Customer shall pay the Integration Fee and the Subscription Fee for the first Subscription Year within 10 days after "
     "signature of this Agreement. Provider will issue the production API keys after receiving that payment.\n5.3 Customer shall pay the "
     "Subscription Fee for the second Subscription Year before that Subscription Year begins.", "prepayment_pct", 52.8155),
    ("DATA SUBSCRIPTION AGREEMENT\n7. FEES AND PAYMENT\n7.1 The fees are: onboarding fee, CNY 96,000 (one-time); subscription fee for "
     "Subscription Year 1, CNY 420,000; subscription fee for Subscription Year 2, CNY 420,000. The total fees under this Agreement are CNY "
     "936,000.\n7.2 Provider shall invoice the onboarding fee and the Subscription Year 1 fee together on the Effective Date. Customer shall "
     "pay that invoice within fifteen days, and Provider will issue production API credentials and start onboarding only after receiving "
     "payment.\n7.3 Provider shall invoice the Subscription Year 2 fee at the start of Subscription Year 2, payable within thirty days.",
     "prepayment_pct", 55.1282),
    # holdout1018–1025's first run
    ("FIELD SERVICE SAAS ORDER FORM\n### A4. Fees\n| Item | Basis | Amount (CNY) |\n|---|---|---|\n"
     "| Onboarding and data migration (one-time) | fixed | 96,000 |\n| Subscription Year 1 | 250 users × CNY 1,680 | 420,000 |\n"
     "| Subscription Year 2 | 250 users × CNY 1,680 | 420,000 |\n| **Total fees under this Order Form** | | **936,000** |\n\n"
     "### A5. Invoicing and Payment\n(a) On the Order Effective Date the Vendor will invoice the one-time onboarding fee of CNY 96,000 and "
     "the Subscription Year 1 fee of CNY 420,000. Both amounts are payable within 15 days after the invoice date, and the Vendor will begin "
     "onboarding only after receiving them.\n(b) The Subscription Year 2 fee is invoiced on the first day of Subscription Year 2 and is "
     "payable within 30 days.", "prepayment_pct", 55.1282),
    # holdout1026–1033's first run
    ("DATA AND API SUBSCRIPTION AGREEMENT\n\nPARTIES\n\n1.1 Gila Assay Data Corp. (the \"Provider\").\n\n1.2 Tongling Jinfeng Copper "
     "Smelting Co., Ltd. (the \"Customer\").\n\nDATA SECURITY\n\n9.1 The Provider shall protect Customer Content with encryption in "
     "transit and at rest, access control and logging of all access.\n\n9.2 The Provider shall notify the Customer within 12 hours after "
     "becoming aware of any unauthorised access to or loss of Customer Content.\n\nANNEX A: DATASETS AND DELIVERY TIMES\n\nA.1 Copper "
     "concentrate treatment and refining charges, daily by 18:00.\n\nA.2 Smelter utilisation indicators for 40 smelters, weekly.\n\n"
     "A.3 Mine production estimates for 120 copper mines, monthly.", "data_security_clause", True),
    ("路面结冰预警系统运维服务合同\n第五条 付款方式\n1. 服务费按季度支付，每季度末经甲方考核后，于考核结果确认后十五个工作日内支付当季服务费¥146,500。\n"
     "2. 季度考核有扣减的，从当季服务费中直接扣除。\n3. 甲方通过财政国库集中支付方式付款，乙方应提前开具发票。", "ld_stated", False),
    ("SUPPLIER QUALITY SAAS ORDER FORM\n### 9. Term and Termination\n9.1 This Agreement runs for two Subscription Years.\n9.2 If the "
     "other party commits a material breach that remains unremedied thirty days after written notice, a party may terminate this "
     "Agreement by written notice.", "termination_for_breach", True),
    ("PORT CONGESTION DATA API AGREEMENT\n10. TERMINATION\n10.1 A party may end this Agreement by written notice where the other party "
     "is in material breach and has left the breach uncured for thirty days after being notified of it in writing.\n10.2 If Customer "
     "terminates under Section 10.1, Mohave shall refund the fees paid for the period after termination.", "termination_for_breach", True),
    # holdout1034–1041's first run
    ("腰带厂产线控制系统改造合同\n第五条 验收\n5.1 每条产线改造完成后连续生产运行72小时，温控精度、节拍、报警联锁和数据采集均达到第1.3条及技术协议要求，"
     "且试产批次良品率不低于改造前三个月的平均水平，为验收合格。\n5.2 验收由甲方生产部、设备部和质量部共同进行，双方签署验收记录。", "acceptance_clause", True),
    ("WIND FORECAST API SUBSCRIPTION AGREEMENT\n11. LIABILITY\n11.1 Each party's total liability under this Agreement is limited to 200% "
     "of the total contract value.\n11.2 Neither party is liable for indirect loss or loss of profit. Forecasts are estimates; Provider is "
     "not liable for grid penalties arising from forecast error alone, provided that Provider has met the accuracy targets in the "
     "technical annex.", "ld_stated", False),
    ("涵洞积水监测系统运维服务合同\n第二条 服务费用\n（一）监测点运维费：86处，每处3,400元，合计292,400元。\n（二）平台运维费：58,000元。\n"
     "（三）汛期应急值守费：46,000元。\n（四）服务费合计为人民币396,400元，为固定总价，含备品备件、车辆、人工及税费。", "contract_value", 396400.0),
    # holdout1042–1049's first run
    ("白蚁监测系统运维服务合同\n第三条 服务要求\n（八）报告要求：季度蚁情分析报告应包括各监测区域的告警数量、核查结论及灭治措施；对连续两个季度出现蚁情的区域，"
     "乙方应提出加密布点或综合防治建议，供甲方决策参考。\n第七条 成果与数据归属\n运维过程中形成的巡检记录和监测数据归甲方所有。", "data_security_clause", False),
    ("VESSEL DATA API SUBSCRIPTION AGREEMENT\n4. FEES AND PAYMENT\n4.1 The fees are: one-time setup and integration fee CNY 48,000; "
     "subscription fee for Subscription Year 1 CNY 396,000; subscription fee for Subscription Year 2 CNY 396,000. The total fees for the two "
     "Subscription Years are CNY 840,000, including VAT.\n4.2 Vendor shall invoice the setup and integration fee and the Subscription Year 1 "
     "fee on signature. Customer shall pay both within fifteen days after signature.\n4.3 The Subscription Year 2 fee is invoiced at the "
     "start of Subscription Year 2 and is payable within thirty days.", "prepayment_pct", 444000 / 840000 * 100),
    # holdout1050–1057's first run
    ("积水点监测系统运维服务合同\n九、数据管理\n（一）监测数据、视频资料、平台配置及运维记录均归甲方所有，乙方仅为履行本合同使用。\n十、知识产权\n"
     "乙方在服务中形成的运维报告、台账、数据核查记录及对平台所作的配置调整成果归甲方所有。", "ip_owner", "buyer"),
    ("贝雕工作室生产过程跟踪软件许可及定制开发合同\n## 第六条 技术支持与维护\n6.2 乙方将在收到甲方问题反馈后尽快安排技术人员处理，具体处理时间视问题的"
     "复杂程度而定。\n## 第八条 数据安全\n8.2 乙方应采取必要的技术措施防止数据泄露、丢失或损坏，发生数据安全事件的，乙方应在发现后24小时内通知甲方并"
     "协助恢复，因乙方原因造成的数据损失由乙方负责赔偿。", "sla_clause", False),
    # holdout1058–1065's first run
    ("易涝点监测系统运维服务合同\n五、服务水平\n（二）响应时间：一级故障，乙方应在接报后6小时内响应并开始处置；二级故障，应在接报后十二小时内到达现场。\n"
     "（三）考核扣减：一级故障每超出响应时限一小时扣减¥800，二级故障每超时一小时扣减¥200。", "p1_response_hours", 6.0),
    ("唐卡工作室生产过程跟踪软件许可及定制开发合同\n## 第六条 免费维护与后续服务\n6.1 自系统上线之日起六个月内，乙方免费修复软件缺陷。免费维护仅限于标准产品"
     "及定制功能本身的程序缺陷。\n6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订维护合同。", "warranty_months", 6.0),
    ("CROP DATA API SUBSCRIPTION AGREEMENT\n4. FEES\n4.1 The integration fee is invoiced after Integration Acceptance.\n"
     "5. INTEGRATION ACCEPTANCE\n5.1 Provider shall notify Customer when the Custom Feeds are complete. "
     "Customer shall test them for 15 business days. The Custom Feeds pass when: all Data Products listed in clause 2.1 load into the data "
     "warehouse each day for ten consecutive business days; record counts and sample values match the API for every load.\n5.2 Customer "
     "confirms Integration Acceptance in writing.\n6. DELAY\n6.1 Provider shall pay CNY 900 for each day of delay.", "acceptance_clause", True),
    ("WORKFORCE SAAS ORDER FORM\n### A4. Onboarding\nProvider shall configure the Service for Customer's restaurants and pay rules. Onboarding "
     "Completion occurs when Customer signs an onboarding completion certificate after verifying that: (a) the pay rules calculate correctly for "
     "a sample of 200 employees over two full pay periods; (b) the payroll interface transfers hours for all employees in two consecutive pay "
     "runs without error.", "acceptance_clause", True),
    # holdout1066–1073's first run
    ("WEATHER DATA API SUBSCRIPTION AGREEMENT\n4. FEES\n4.3 The Integration Support Package is invoiced after the Go-Live Date.\n"
     "5. ONBOARDING AND GO-LIVE\n5.1 Within thirty days after signature Provider shall issue API credentials and build the custom feed mappings.\n"
     "5.2 The Go-Live Date is the date on which Customer confirms in writing that: (a) every Data Product in Schedule A is delivered through "
     "the API; (b) the daily loads into Customer's data warehouse have run for ten consecutive working days without failure.\n"
     "5.3 If the Go-Live Date is not reached within forty-five days after signature, Provider shall pay CNY 600 for each day of delay.",
     "acceptance_clause", True),
    # holdout1074–1081's first run
    ("COLD STORE MONITORING SUPPLY CONTRACT\n3. Contract Price\n3.1 The Contract Price is CNY 1,252,000:\n"
     "| No. | Item | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|---|\n"
     "| 1 | Wireless temperature and humidity sensor | 420 | 1,180 | 495,600 |\n| 2 | Gateway with 4G backup link | 36 | 6,400 | 230,400 |\n"
     "| 3 | Door-open sensor | 60 | 520 | 31,200 |\n| 4 | ColdWatch Software, perpetual site licence | 1 | 286,000 | 286,000 |\n"
     "| | Goods and Software subtotal | | | 1,043,200 |\n| 5 | Installation, calibration and commissioning | 1 | 118,000 | 118,000 |\n"
     "| 6 | WMS interface and Custom Work | 1 | 74,800 | 74,800 |\n| 7 | Training | 1 | 16,000 | 16,000 |\n| | Contract Price | | | 1,252,000 |",
     "licence_or_hardware_price", 1_043_200),
    ("冷库监测系统供货合同\n第三条 合同价款\n| 序号 | 名称 | 数量 | 金额（元） |\n|---|---|---|---|\n| 1 | 无线温湿度传感器 | 420个 | 495,600 |\n"
     "| 2 | 网关 | 36台 | 230,400 |\n| 3 | 监测软件永久许可 | 1套 | 286,000 |\n| | 货物及软件小计 | | 1,012,000 |\n| 4 | 安装调试 | 1项 | 118,000 |\n"
     "| | 合同总价 | | 1,130,000 |", "licence_or_hardware_price", 1_012_000),
    # holdout1082–1089's first run
    ("高速公路气象监测系统运维服务合同\n第四条 服务水平\n（一）气象监测系统月度可用率（站点数据在线率与平台可用时间综合计算）不低于99.5%。\n"
     "（二）一级故障乙方应在接报后30分钟内响应。", "availability_pct", 99.5),
    # holdout1090–1097's first run
    ("HOTEL REPUTATION SAAS ORDER FORM\n### A4. Fees\n| Item | Amount (CNY) |\n|---|---|\n| Onboarding fee (one-time) | CNY 58,000 |\n"
     "| Subscription, months 1 to 12 | CNY 396,000 |\n| Subscription, months 13 to 24 | CNY 396,000 |\n| Total Fees for the Subscription Term | CNY 850,000 |\n"
     "### A5. Invoicing and Payment\nThe onboarding fee is invoiced after the Customer signs the go-live acceptance under Part B Section 3. "
     "Subscription fees are invoiced quarterly in advance, at CNY 99,000 per quarter, the first quarter being invoiced on the Service Start Date. "
     "Invoices are payable within 30 days of receipt.", "prepayment_pct", None),
    ("桥梁限载监测系统运维服务合同\n第五条 服务标准\n一、系统月度在线率（按全部称重点位在线时长计算）不低于99.95%。\n二、一级故障乙方应在接报后30分钟内响应。",
     "availability_pct", 99.95),
    ("藤编工作室工艺追溯系统软件许可及定制开发合同\n## 第二条 合同内容及价款\n2.2 合同价款如下（含税，人民币元）：\n| 序号 | 项目 | 数量 | 金额 |\n|---|---|---|---|\n"
     "| 1 | 标准产品软件许可（二十用户） | 1套 | 168,000 |\n| 2 | 定制功能开发 | 1项 | 126,000 |\n| 3 | 部署及培训 | 1项 | 18,000 |\n| | 合计 | | 312,000 |\n"
     "## 第三条 付款方式\n3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币202,800元。", "contract_value", 312_000),
    ("藤编工作室工艺追溯系统软件许可及定制开发合同\n## 第六条 知识产权\n6.1 标准产品的知识产权归乙方所有。\n6.2 定制功能是在标准产品基础上开发的，其源代码、"
     "设计文档及相关知识产权均归乙方所有，乙方有权将定制功能纳入标准产品向其他客户提供。", "ip_owner", "supplier"),
    ("MARINE DATA API SUBSCRIPTION AGREEMENT\n1. DEFINITIONS\n1.2 \"Data\" means the forecast, sea-state, ocean-current and AIS vessel-position data "
     "made available through the API under the data packages listed in clause 2.1.\n1.5 \"Customer Materials\" means the Customer's fleet lists, vessel "
     "identifiers, query logs, route plans and any other information that the Customer submits to the API.\n2. SUBSCRIPTION\n2.1 The Provider grants "
     "the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data for its own fleet "
     "operations.\n2.2 The Customer may display the Data to its own staff and vessel masters and store it in its fleet management system. The Customer "
     "shall not resell the Data or make it available to third parties as a data product.\n2.6 The Provider may add new data fields or improve the "
     "models used to produce the Data.\n6. CUSTOMER MATERIALS AND DATA SECURITY\n6.1 Customer "
     "Materials belong to the Customer. The Provider may use Customer Materials only to provide the API and the Data to the Customer and for no "
     "other purpose.", "buyer_owns_data", True),
    # holdout1098–1105's first run
    ("布艺工作室工艺追溯软件许可及定制开发合同\n第六条 售后服务\n6.1 乙方提供六个月免费售后服务期，自软件上线运行之日起计算。免费售后服务期内，乙方通过电话、"
     "微信或远程方式提供技术支持，并免费修复软件缺陷。", "warranty_months", 6),
    ("VESSEL DATA API SUBSCRIPTION AGREEMENT\n6. SUPPORT\n6.2 The Provider responds to incidents as follows:\n"
     "    Priority 1 - the API is unavailable, or no position updates are delivered for more than 30 minutes: response within 8 business hours, "
     "restoration within 1 business day.\n    Priority 2 - a data source is degraded or delayed: response within 1 business day, resolution "
     "within 3 business days.", "p1_response_hours", 8),
    ("光伏电站监控系统运维服务合同\n第八条 知识产权\n乙方在服务期间形成的运维报告、巡检台账、配置脚本、数据分析模型及平台功能完善成果均归甲方所有，"
     "甲方可自由使用和修改。乙方原有工具软件的知识产权不因本合同转移。", "ip_owner", "buyer"),
    ("供热管网监测系统运维服务合同\n第五条 服务要求及考核\n（一）故障处理：一级故障乙方应在30分钟内响应，6小时内恢复。\n（二）季度考核验收：甲方每季度对乙方"
     "服务进行考核验收并评分。\n（三）扣减：一级故障每超时1小时扣减人民币1,000元；巡检漏检每点次扣减人民币100元。\n第十一条 违约责任\n（一）乙方未达到"
     "第五条服务要求的，按第五条第（三）款扣减服务费。\n（二）乙方违反本合同约定给甲方造成损失的，应依法承担赔偿责任。", "ld_stated", False),
    ("COLD CHAIN SENSORS SUPPLY AND LICENCE AGREEMENT\n2. Scope and Price\n2.2 The Contract Price is CNY 2,050,000, as follows:\n"
     "| No. | Item | Quantity | Unit price (CNY) | Amount (CNY) |\n|---|---|---|---|---|\n| 1 | Wireless temperature sensor | 1,200 | 860 | 1,032,000 |\n"
     "| 2 | LoRa gateway | 60 | 5,400 | 324,000 |\n| 3 | ColdWatch monitoring software, perpetual licence | 1 | 418,000 | 418,000 |\n"
     "| | Hardware and Licence Subtotal | | | 1,774,000 |\n| 4 | Installation and commissioning | 1 | 276,000 | 276,000 |\n"
     "| | Contract Price | | | 2,050,000 |\n7. Warranty\n7.1 The Supplier warrants the Equipment and the Software for thirty-six months from "
     "Final Acceptance.\n9. Post-Warranty Support\n9.1 For the fourth and fifth years after Final Acceptance the Supplier shall offer annual "
     "support, including calibration and updates, for CNY 141,920 per year, which is 8% of the Hardware and Licence Subtotal. This price is fixed "
     "and the Buyer may decide each year whether to order support.", "post_warranty_fee_pct", 8.0),
    ("CROP WEATHER DATA API SUBSCRIPTION AGREEMENT\n5. FEES AND PAYMENT\n5.1 The fees are:\n\n   Subscription Year 1 ................ CNY 348,000\n"
     "   Subscription Year 2 ................ CNY 348,000\n   Onboarding (one-time) .............. CNY  26,000\n"
     "   Total for the subscription ......... CNY 722,000\n\n5.2 The onboarding fee is payable within thirty days after Go-Live Acceptance.",
     "contract_value", 722_000),
    # holdout1106–1121's first run
    ("MANAGED IT SERVICES AGREEMENT\n4. CHARGES\n4.2 Provider shall invoice the Monthly Service Charge monthly in arrears and the Transition "
     "Charge after Transition Acceptance. No payment is made in advance.\n## Schedule 3 — Charges\n| Charge | Basis | Amount (CNY) |\n|---|---|---|\n"
     "| Transition Charge | One-time, invoiced after Transition Acceptance | 94,000 |\n| Monthly Service Charge | 68,500 per month × 36 months | 2,466,000 |\n"
     "| **Total Contract Value** | | **2,560,000** |\nAdditional sites or users beyond ten per cent of the numbers in Schedule 1 may be added by "
     "written change order at rates agreed in advance.", "prepayment_pct", None),
    ("行政执法监督平台软件许可及定制开发合同\n第一条 合同标的及价款\n1.2 合同价款：平台软件许可费860,000元；定制开发费690,000元；部署实施及历史数据迁移费150,000元；"
     "培训费36,000元。合同总价为人民币1,736,000元（大写：壹佰柒拾叁万陆仟元整），含税及乙方完成本项目的全部费用。\n第二条 付款方式\n"
     "2.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即347,200元。", "contract_value", 1_736_000),
    ("泥人工坊工艺追溯软件许可合同\n## 第七条 免费维护与后续服务\n7.1 自软件上线之日起六个月内，乙方免费提供缺陷修复服务。\n7.2 免费维护期满后，"
     "甲方如需继续获得维护及升级服务，应与乙方签订年度维护合同。", "warranty_months", 6),
    # holdout1122–1129's first run
    ("剥线机生产线控制系统改造合同\n第三条 付款\n3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥166,000。\n3.2 全部设备到货并完成"
     "安装通电后，甲方支付合同总价的55%，即¥913,000。到货签收及安装通电不视为验收合格。\n3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，"
     "即¥581,000。\n3.4 乙方应在每次收款前提供等额增值税专用发票。甲方付款前，乙方应按合同总价的10%提交见索即付的银行保函作为预付款担保，该保函在设备"
     "全部到货后失效。", "final_payment_on_acceptance", True),
    ("椰雕工作室工艺追溯软件许可合同\n## 第五条 技术支持\n5.1 乙方提供工作日9:00至18:00的电话及远程技术支持，法定节假日及周末不提供支持服务。甲方在节假日"
     "期间报告的问题，乙方将在节后第一个工作日开始处理。\n5.2 甲方报告故障后，乙方将尽合理努力及时处理，具体处理时间视故障复杂程度而定。", "sla_clause", False),
    ("MARITIME DATA API SUBSCRIPTION AGREEMENT\n1.3 \"Start Date\" means the date on which the Customer confirms in writing that the Connection "
     "Test under clause 4 has been passed.\n4. SET-UP AND CONNECTION TEST\n4.2 The Connection Test is passed when: the Customer's systems receive "
     "all four datasets through the API for five consecutive business days; the historical data set loads completely and reconciles with the "
     "Provider's record counts; and the portal works for all named users.\n4.3 The Customer shall confirm in writing within five business days "
     "after the Connection Test is passed, or state which conditions are not met.", "acceptance_clause", True),
    ("封口机生产线控制系统改造合同\n第二条 价款\n软硬件小计人民币1,285,000元。\n第五条 质保\n质保期为十二个月。\n第六条 质保期满后的维保服务\n"
     "6.2 维保费按软硬件小计的29%每年计取，即每年人民币372,650元，在质保期满后的三个维保年度内保持不变，按季度支付。\n第十四条 备件\n14.1 质保期满后，"
     "乙方应保证在至少八年内以合理价格持续供应所提供设备的备品备件，停产型号应提前六个月书面通知甲方并提供替代方案。", "post_warranty_fee_capped", True),
    ("DATA SUBSCRIPTION AND API LICENCE AGREEMENT\nAgreement No. CVMD-CN-2027-019\n1.1 \"Licensed Data\" means the price assessments, indices and "
     "freight rates made available through the Service.\n2.1 The Customer may use the Licensed Data for its own trading. The licence to the "
     "Licensed Data ends with the second Subscription Year.", "contract_kind", "service"),
    ("加油站视频监控系统年度运维服务合同\n一、服务范围\n乙方负责系统的日常运维。\n四、服务考核\n（一）甲方每季度对乙方服务进行考核评分。\n（二）一级故障"
     "乙方应在30分钟内响应；季度考核得分低于九十分的，每低一分扣减当季服务费的1%。\n十一、合同的变更与解除\n（二）乙方服务未达到本合同要求的，甲方按"
     "第四条扣减服务费，并有权要求乙方限期整改。", "ld_stated", False),
    ("瓷绘工坊工艺追溯软件许可及定制开发合同\n3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，由此导致的工期延误由甲方负责；甲方还应每日按逾期"
     "金额的千分之一支付违约金。\n11.1 乙方未按第4.1条约定期限完成交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。",
     "ld_rate_per_day_pct", 0.02),
    # holdout1130–1137's first run
    ("绕线机生产线控制系统改造合同\n第二条 价款\n2.1 本合同总价为人民币壹佰肆拾伍万元整（¥1,450,000）。\n第四条 工期\n4.2 每批产线停线改造时间不得超过"
     "10日，因乙方原因超出的，按第十条承担违约责任。\n第十条 违约责任\n10.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。\n"
     "10.2 乙方对本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。", "liability_cap_pct", 60.0),
    # a deduction's unit is no service level the response times are measured by (one list of what is no time to act, _timed)
    ("合同\n第五条 售后服务\n乙方负责系统故障处理。一级故障响应每超时1小时扣款500元。", "sla_clause", False),
    ("Agreement\n5. Support\n5.1 The Supplier shall handle incidents. A service credit of 2% applies for each Severity 1 response that is "
     "late by more than one hour.", "sla_clause", False),
    # holdout1146–1153's first run
    ("DATA SUBSCRIPTION AGREEMENT\n1.3 \"Subscription Year\" means each of the two consecutive periods of one year making up the Subscription "
     "Term, the first beginning on the date of Integration Acceptance.\n10. LIABILITY\n10.1 The Vendor's total liability arising out of or in "
     "connection with this Agreement shall not exceed the fees paid by the Customer under this Agreement in the six months preceding the event "
     "giving rise to the claim.", "liability_cap_pct", 25.0),
    ("葫芦烙画工坊工艺追溯软件许可合同\n## 第六条 售后服务\n6.2 故障响应：一级故障乙方在接到报修后8小时内响应；二级故障在两个工作日内响应。\n6.3 乙方将尽力按"
     "上述时限提供服务，但响应时限仅作为服务目标，乙方不因未达到上述时限承担任何违约或赔偿责任。", "sla_remedy", False),
    ("ORDER FORM\n### A6. Hosting and Approved Sub-processor\nCustomer Data is hosted in mainland China on infrastructure operated by Hangzhou "
     "Yunqi Cloud Services Co., Ltd., which Customer approves by signing this Order Form. No other subcontractor or sub-processor may be used "
     "without Customer's prior written consent.", "subcontract_without_consent", False),
    # holdout1154–1161's first run: a deduction that names no sum or rate where it is made is no delay damages
    ("非道路移动机械监管系统运维服务合同\n第十三条 合同的履行与解除\n合同生效后，双方应全面履行。服务期内，任何一方不得以对方违约为由单方解除本合同；"
     "乙方违约的，甲方可要求其整改、扣减服务费或赔偿损失。", "ld_stated", False),
    ("河道水位监测系统运维服务合同\n二、服务费用\n2. 年度运维服务费为人民币968,000元（含税）。其中备品备件费用单列182,000元，按实际更换数量据实结算，"
     "结余部分在第四季度费用中扣减。", "ld_stated", False),
    ("木版画工坊软件许可合同\n## 第十二条 合同解除\n12.2 合同解除后，甲方已支付的款项，乙方可扣除已完成工作的费用后退还余额；已交付的软件许可不予退款。",
     "ld_stated", False),
    ("系统集成合同\n第九条 违约责任\n乙方逾期交付的，每逾期一日，甲方有权从应付款中扣减人民币伍佰元。", "ld_stated", True),
]


def test_a_provisions_number_cited_mid_line_ends_its_sentence():
    """holdout1093 h1093e02: "… under Part B Section 3. Subscription fees are invoiced quarterly in advance" ran two sentences into
    one, and the one-off onboarding fee read as billed ahead with the subscription; a line that starts with a number is a heading."""
    from contracts.extract import _sentences
    text = ("A5. Invoicing\nThe onboarding fee is invoiced after the Customer signs the go-live acceptance under Part B Section 3. Subscription "
            "fees are invoiced quarterly in advance. Credits are set out in Schedule 2. They are deducted from the next invoice.\n"
            "Section 4. Fees and Payment\nInvoices are payable within 30 days.")
    sentences = [s.text for s in _sentences(segment(text))]
    # (the split takes the full stop with it)
    assert "The onboarding fee is invoiced after the Customer signs the go-live acceptance under Part B Section 3" in sentences
    assert "Subscription fees are invoiced quarterly in advance" in sentences
    assert "Credits are set out in Schedule 2" in sentences
    assert "Section 4. Fees and Payment" in sentences


def test_a_summary_row_is_named_by_what_it_sums_not_by_its_serial_cell():
    """holdout622 h622z02: "小计 | 软硬件小计 | | 1,600,000" under the equipment and licence rows is their subtotal; its first cell
    ("小计", in the 序号 column) had named it, so only the licence row counted as licence or hardware."""
    text = ("控制系统改造合同\n第二条 合同价款\n| 序号 | 项目 | 数量 | 金额（元） |\n|---|---|---|---|\n| 1 | 成型段PLC控制柜 | 1套 | 586,000 |\n"
            "| 2 | 变频器及传动改造 | 1批 | 412,000 |\n| 3 | 组态软件许可 | 1项 | 178,000 |\n| 小计 | 软硬件小计 | | 1,176,000 |\n"
            "| 4 | 安装调试 | 1项 | 236,000 |\n| 合计 | 合同总价 | | 1,412,000 |\n合同总价为人民币1,412,000元。")
    t = terms(text)
    assert t["licence_or_hardware_price"] == 1_176_000 and t["implementation_fee"] == 236_000


def test_a_price_table_row_counts_its_line_total_and_is_named_by_its_name_cell():
    """A row's amount is its 金额 (line total), not its 单价; its item is what its name cell says, not its specification
    ("卫生型法兰安装" names no installation fee)."""
    text = ("检测系统供货合同\n1. 合同标的\n| 序号 | 名称 | 规格及说明 | 数量 | 单价（元） | 金额（元） |\n|---|---|---|---|---|---|\n"
            "| 1 | 在线分析设备 | 卫生型法兰安装 | 4台 | 268,000 | 1,072,000 |\n| 2 | 分析软件许可（永久） | 客户端数量不限 | 1套 | 196,000 | 196,000 |\n"
            "| 合计 | | | | | 1,268,000 |\n2. 合同总价\n合同总价为人民币1,268,000元。")
    t = terms(text)
    assert t["licence_or_hardware_price"] == 1_268_000 and t["implementation_fee"] is None


def test_a_post_warranty_percentage_of_the_contract_price_is_of_the_contract_value():
    """holdout69: "年度维保费按合同总价的22%计取" beside an itemised software licence is 22 % of the contract value, not of the licence."""
    text = ("在线糖度检测系统供货合同\n1. 合同标的\n| 序号 | 名称 | 数量 | 金额（元） |\n|---|---|---|---|\n| 1 | 在线近红外糖分分析仪 | 4套 | 1,072,000 |\n"
            "| 2 | 糖度分析软件及标定模型许可 | 1套 | 196,000 |\n| 合计 | | | 1,268,000 |\n1.3 合同总价为人民币1,268,000元。\n5. 质量保证\n5.1 质保期为十八个月。\n"
            "5.5 质保期满后，甲方可委托乙方提供年度维保服务。年度维保费按合同总价的22%计取，质保期满后三年内价格不变。")
    t = terms(text)
    assert t["post_warranty_fee_pct"] == pytest.approx(22.0) and t["post_warranty_fee_amount"] == pytest.approx(0.22 * 1_268_000)


def test_fees_named_by_their_year_are_priced_from_the_aligned_price_list():
    """holdout114: "the Onboarding Fee and the Annual Fee for the first subscription year on signature" over a price list whose
    lines name the year in words ("Annual Fee, first subscription year:     CNY 136,500")."""
    text = ("EXPORT DOCUMENT API AGREEMENT\n6 FEES AND PAYMENT\n6.1 All fees are stated and paid in Chinese Yuan (CNY):\n\n"
            "Annual Fee, first subscription year:     CNY 136,500\nAnnual Fee, second subscription year:    CNY 136,500\n"
            "Onboarding Fee (one time):               CNY 21,500\nTotal fees under this Agreement:         CNY 294,500\n\n"
            "6.2 The Vendor invoices the Onboarding Fee and the Annual Fee for the first subscription year on signature of this Agreement.\n"
            "6.3 The Annual Fee for the second subscription year is invoiced on the first day of that year.\n"
            "7 TERM\n7.1 The Subscription Term is two years from the Service Start Date.")
    assert terms(read_text(text).text)["prepayment_pct"] == pytest.approx((136_500 + 21_500) / 294_500 * 100, rel=1e-4)


def test_a_dot_leader_price_list_keeps_its_currency_with_the_sum():
    """holdout955 h955e05: a price list typed with spaces ("Setup and Connector Fee (one-time) .............. CNY    84,000") is
    read as a table whose first cell ends in the currency, so the sum stood alone in its cell and priced no fee."""
    text = ("DATA API SUBSCRIPTION AGREEMENT\n3. FEES AND PAYMENT\n3.1 The fees are:\n\n"
            "    Setup and Connector Fee (one-time) .............. CNY    84,000\n"
            "    Subscription Fee, Subscription Year 1 ........... CNY   598,000\n"
            "    Subscription Fee, Subscription Year 2 ........... CNY   598,000\n"
            "    Total fees for the Subscription Term ............ CNY 1,280,000\n\n"
            "3.2 The Setup and Connector Fee and the Subscription Fee for Subscription Year 1 are invoiced together on the Effective Date and "
            "are payable within 15 days of the invoice.")
    assert terms(read_text(text).text)["prepayment_pct"] == pytest.approx((84_000 + 598_000) / 1_280_000 * 100, rel=1e-4)


@pytest.mark.parametrize("text,term,expected", CASES)
def test_term(text, term, expected):
    got = terms(text)[term]
    if isinstance(expected, float) and not isinstance(expected, bool):
        assert got == pytest.approx(expected, rel=1e-3)
    else:
        assert got == expected


@pytest.mark.parametrize("sentence,deemed", [
    ("Transition is complete, and the Service Commencement Date occurs, when Provider notifies Customer in writing that it has started "
     "delivering all Services.", True),
    ("Transition is complete when Provider notifies Customer that all Services have started and Customer confirms in writing that the "
     "criteria in Schedule 1 are met.", False),
])
def test_a_transition_complete_on_the_suppliers_own_notice_is_deemed_accepted(sentence, deemed):
    """holdout661 h661e04: a managed service whose transition ends when the Provider says so, with no check of the buyer's."""
    text = ("MANAGED IT SERVICES AGREEMENT\n3. Transition\n3.1 Provider shall carry out the transition activities in Schedule 1.\n3.2 "
            + sentence + "\n4. Fees\n4.1 The Monthly Fee is CNY 58,600.")
    assert analyse(text, use_embeddings=False).facts["acceptance_deemed_on_delivery"] is deemed


def test_a_course_on_handling_problems_is_no_service_level():
    """holdout658 h658z05: training "within two weeks after installation" whose content is "常见问题处理" had made a service level
    of the supplier's template, which has none (CR-SLA-NO-REMEDY for CR-SLA-MISSING)."""
    text = ("软件许可及定制开发合同\n第一条 合同标的\n1.3 乙方负责软件安装及对甲方操作人员的培训。培训分两次进行，第一次在安装调试期间进行；第二次在安装后"
            "两周内进行，内容包括规则库维护和常见问题处理。\n第二条 价款\n合同总价为人民币480,000元。")
    assert analyse(text, use_embeddings=False).facts["sla_clause"] is False


def test_post_warranty_fee_percent_of_itemised_licence_price():
    text = "第一条 价款\n合同总价为人民币500万元，其中：软件许可费人民币300万元，实施费人民币200万元。\n第二条 质保\n质保期为二十四个月。质保期结束后，年度运维服务费为软件许可费的12%，三年内保持不变。"
    t = terms(text)
    assert (t["licence_or_hardware_price"], t["implementation_fee"], t["post_warranty_fee_pct"]) == (3_000_000, 2_000_000, 12.0)
    assert t["post_warranty_fee_amount"] == 360_000 and t["post_warranty_fee_capped"] is True


def test_terms_in_markdown_tables_are_read_under_their_headers():
    text = ("Schedule 2 - Prices\n\n| Item | Description | Amount (RMB) |\n|---|---|---|\n"
            "| A | Hardware (servers, network equipment) | 3,500,000 |\n| B | Software licences (perpetual) | 1,300,000 |\n"
            "| D | Annual maintenance after warranty (per year, fixed) | 576,000 |\n\n"
            "Schedule 3 - Service Levels\n\n| Severity | Response | Restoration |\n|---|---|---|\n"
            "| Severity 1 | 1 hour | 8 hours |\n| Severity 2 | 4 hours | 2 days |\n")
    t = terms(text)
    assert t["licence_or_hardware_price"] == 4_800_000 and t["post_warranty_fee_amount"] == 576_000
    assert t["post_warranty_fee_pct"] == pytest.approx(12.0) and t["p1_response_hours"] == 1


def test_price_table_rows_name_the_item_without_a_fee_word():
    text = ("第三条 合同价款\n| 序号 | 项目 | 金额（元） |\n|---|---|---|\n| 1 | 硬件设备（服务器、存储） | 700,000 |\n"
            "| 2 | 平台软件许可 | 300,000 |\n| 3 | 定制开发、安装调试及系统集成服务 | 200,000 |\n| | 合计 | 1,200,000 |\n")
    t = terms(text)
    assert (t["licence_or_hardware_price"], t["implementation_fee"]) == (1_000_000, 200_000)


def test_price_table_in_plain_text_with_a_subtotal_is_the_hardware_price():
    text = ("Article 9 Extended Maintenance\nUpon expiry of the Warranty Period the extended maintenance fee is fixed at CNY 441,000 per year.\n\n"
            "Annex A - Price Schedule\n\nItem | Description | Qty | Amount (CNY)\n1 | All-flash storage array | 2 | 3,600,000\n"
            "2 | Two-socket rack server | 20 | 2,700,000\n  | Equipment subtotal | | 6,300,000\n"
            "3 | Installation, commissioning and training | 1 | 200,000\n  | Contract Price | | 6,500,000\n")
    t = terms(text)
    assert (t["licence_or_hardware_price"], t["implementation_fee"]) == (6_300_000, 200_000)
    assert t["post_warranty_fee_pct"] == pytest.approx(7.0)


def test_a_fee_in_a_price_table_cell_with_words_after_the_number():
    text = ("Schedule 1 - Price\n\n| Item | Description | Amount (CNY) |\n|---|---|---|\n"
            "| 1 | Perpetual enterprise licence, unlimited named users | 3,200,000 |\n"
            "| 3 | Annual Support Fee, each year after the Warranty Period (not part of the Contract Price; fixed) | 672,000 per year |\n")
    t = terms(text)
    assert t["post_warranty_fee_amount"] == 672_000 and t["post_warranty_fee_pct"] == pytest.approx(21.0)


def test_a_payment_schedule_row_is_not_an_item_price():
    text = ("第五条 价款支付\n| 期次 | 支付条件 | 支付金额 |\n|---|---|---|\n| 首付款 | 合同生效后十个工作日内 | 人民币柒拾伍万元整 |\n"
            "| 第二期 | 许可证书交付且初验合格后 | 人民币壹佰贰拾万元整 |\n\n第六条 原厂服务\n质保期届满后，年度原厂服务费为人民币肆拾叁万贰仟元整。\n\n"
            "附件一 分项报价表\n| 序号 | 项目 | 金额（元） |\n|---|---|---|\n| 1 | 分布式数据库企业版永久许可 | 2,400,000 |\n"
            "| 2 | 数据迁移实施服务 | 600,000 |\n")
    t = terms(text)
    assert t["licence_or_hardware_price"] == 2_400_000 and t["post_warranty_fee_pct"] == pytest.approx(18.0)


def test_a_column_headed_total_is_not_the_contract_total():
    text = ("第二条 供货清单\n| 序号 | 名称 | 数量 | 合计（元） |\n|---|---|---|---|\n| 1 | 语音网关 | 2台 | 360,000 |\n"
            "| 2 | 录音服务器 | 1台 | 240,000 |\n\n第三条 合同价款\n合同总价为人民币贰佰伍拾万元整（¥2,500,000.00）。")
    assert terms(text)["contract_value"] == 2_500_000


def test_a_named_total_wins_over_a_table_sum_of_one_years_fees():
    text = ("1. 订阅内容\n| 产品模块 | 账号数 | 年订阅费（万元） |\n|---|---|---|\n| 协同办公 | 3000 | 24.0 |\n| 移动端 | 3000 | 12.0 |\n"
            "| **合计** | — | **36.0** |\n\n2. 订阅期为三年。三年订阅费总额为人民币108万元（大写：壹佰零捌万元整），含税。")
    assert terms(text)["contract_value"] == 1_080_000


def test_an_order_under_a_framework_agreement_gives_the_contract_value():
    text = ("附件一 运维服务订单\n服务内容及价格：\n序号 | 服务项 | 金额（元）\n1 | 数据中心及服务器运维 | 540,000\n2 | 网络与安全设备运维 | 360,000\n"
            "订单总价：人民币玖拾万元整（¥900,000.00）。")
    t = terms(text)
    assert t["contract_value"] == 900_000 and t["licence_or_hardware_price"] is None  # 设备运维 is a service, not equipment


def test_a_post_warranty_fee_named_by_its_defined_term_is_priced_where_the_term_is():
    text = ("1. Definitions\n**Support Charges:** the annual charges for the Support Services under Part B of Schedule 2.\n"
            "8. Support\n8.2 After the Warranty Period the Support Services shall continue for successive Support Years at the Support Charges "
            "set out in Part B of Schedule 2.\nSchedule 2\n**Part A — Licence Fee:** CNY 2,400,000 in total.\n"
            "**Part B — Support Charges:** CNY 360,000 for each Support Year, payable annually in arrears.")
    t = terms(text)
    assert t["post_warranty_fee_amount"] == 360_000 and t["post_warranty_fee_pct"] == pytest.approx(15.0)


def test_the_contract_value_is_not_read_as_the_post_warranty_fee():
    text = ("第一条 价款\n合同总价为人民币100万元，其中软件许可费人民币80万元。\n第二条 质保\n质保期一年。"
            "质保期满后的技术支持服务：合同总价人民币100万元之外，每年技术支持费人民币12万元。")
    t = terms(text)
    assert t["post_warranty_fee_amount"] == 120_000 and t["post_warranty_fee_pct"] == pytest.approx(15.0)


def test_post_warranty_fee_as_a_daxie_amount_becomes_a_percentage():
    text = "一、合同金额：本合同总价为人民币叁拾捌万元整。\n二、质保：质保期为三年。质保期满后，设备年度维保服务费为每年人民币叁万元。"
    t = terms(text)
    assert t["contract_value"] == 380_000 and t["post_warranty_fee_pct"] == pytest.approx(7.8947, rel=1e-4)


@pytest.mark.parametrize("text", [
    "第六条 质量保证\n免费维护期满后，乙方按当年公布的价格目录收取维护费用。",
    "5. Warranty\nAfter the warranty period, maintenance will be provided at Vendor's then-current list prices.",
])
def test_post_warranty_fee_at_the_suppliers_price_list_is_uncapped(text):
    t = terms(text)
    assert t["post_warranty_fee_capped"] is False and t["post_warranty_fee_pct"] is None


def test_post_warranty_fee_to_be_negotiated_is_unstated():
    t = terms("第五条 质保\n质保期为十二个月。质保期满后的维护服务费用由双方另行协商。")
    assert t["post_warranty_fee_stated"] is False and t["post_warranty_fee_pct"] is None


def test_amounts_become_percentages_of_the_contract_value():
    text = "第一条 价款\n合同总价为人民币500万元。\n第二条 赔偿限额\n乙方在本合同项下的累计赔偿总额不超过人民币100万元。\n第三条 违约\n乙方逾期交付的，每逾期一日支付违约金人民币2,500元。"
    t = terms(text)
    assert t["liability_cap_pct"] == 20.0 and t["ld_rate_per_day_pct"] == pytest.approx(0.05)


def test_caller_contract_value_and_term_win_over_the_text():
    text = "第一条 责任\n乙方累计赔偿责任不超过事件发生前十二个月内甲方已支付的服务费。"
    assert terms(text)["liability_cap_pct"] is None  # no term known: not a guess
    assert terms(text, term_years=3)["liability_cap_pct"] == pytest.approx(33.3333, rel=1e-4)


def test_contract_kind_from_title():
    assert terms("信息系统运行维护服务合同\n一、服务内容\n驻场运维。")["contract_kind"] == "service"
    assert terms("存储设备采购合同\n第一条 货物\n全闪存储两套。")["contract_kind"] == "goods_or_licence"
    assert terms("CLOUD HOSTING SERVICES AGREEMENT\n1. SERVICES. Hosting.")["contract_kind"] == "service"


def test_terms_point_to_their_clause():
    a = analyse("合同\n第一条 服务水平\n可用率不低于99.9%。\n第二条 违约\n乙方逾期交付的，每逾期一日按合同总价的万分之五支付违约金。",
                use_embeddings=False)
    assert a.term_clause["availability_pct"] == 1 and a.term_clause["ld_rate_per_day_pct"] == 2
    assert a.term_clause["warranty_months"] is None
    assert a.clauses[1]["heading"] == "第一条 服务水平" and a.facts["availability_pct"] == 99.9


def test_facts_are_flat_scalars_and_all_documented():
    a = analyse("第一条 服务水平\n可用率不低于99.9%。", use_embeddings=False)
    assert all(v is None or isinstance(v, (bool, float, str)) for v in a.facts.values())
    assert set(a.facts) == set(FACTS)


@pytest.mark.parametrize("heading,body,expected", [
    ("第五条 服务级别", "乙方保证平台月度可用率不低于99.95%。", "sla"),
    ("第六条 售后服务响应标准", "接到报修后30分钟内响应，2小时内到达现场。", "sla"),
    ("第七条 罚则", "乙方未按期完成的，每延误一周扣除合同款的百分之一。", "liquidated_damages"),
    ("第八条 服务考核", "服务未达到约定标准的，甲方有权扣减服务费。", "liquidated_damages"),
    ("第九条 维保", "质保期满后，年度维保费为合同总价的8%。", "post_warranty_service"),
    ("第十条 技术支持", "质保期满后的技术支持费每年人民币5万元。", "post_warranty_service"),
    ("Section 5", "Annual maintenance and support fees shall be 15% of the licence fee.", "post_warranty_service"),
    ("Section 7", "Title to all work product created for Customer shall vest in Customer.", "ip_ownership"),
    ("Section 9", "Licence Fee: CNY 2,400,000 in total, in three equal instalments of CNY 800,000: (1) 30 days after the Acceptance Date; "
     "(2) on the first anniversary of the Acceptance Date; (3) on the second anniversary of the Acceptance Date.", "payment"),
    ("第十一条 不可抗力", "因地震、洪水等不可抗力不能履行的，不承担责任。", "force_majeure"),
])
def test_lexicon_types(heading, body, expected):
    closing = "Section 99 Other\nThis Agreement takes effect on signature." if heading.startswith("Section") else "第九十九条 其他\n本合同自签字之日起生效。"
    clause = classify(segment(f"合同\n{heading}\n{body}\n{closing}"), use_embeddings=False)[1]
    assert clause.heading == heading
    assert expected in clause.types


def test_a_clause_covering_several_topics_gets_several_types():
    clause = classify(segment("第八条 保密与数据安全\n双方负有保密义务。乙方应保障甲方数据安全，发生数据泄露的承担赔偿责任。"), use_embeddings=False)[0]
    assert {"confidentiality", "data_security"} <= set(clause.types)


@pytest.mark.parametrize("text,expected", [
    ("8. Inspection\nBuyer may reject any shipment of Product that fails to conform to the Specifications by written notice within "
     "thirty (30) days after receipt of the shipment.", True),
    ("8. Inspection\nUnless Buyer notifies Seller that the Product does not meet the Specifications within [***] days of delivery, the Product "
     "shall be deemed accepted.", True),
    ("第八条 验收\n甲方应在到货后七日内进行检验，如有质量问题应书面提出异议。", True),
    ("8. Approval\nLicensor shall approve or reject any proposed location within seven (7) days after receipt of a written request.", False),
    ("8. Claims\nAny claim for indemnification must be made within thirty (30) days after receipt of notice of the proceeding.", False),
])
def test_rejection_period_is_read_outside_the_facts(text, expected):
    a = analyse(text, use_embeddings=False)
    assert a.other_terms["rejection_period"] is expected and "rejection_period" not in a.facts


def test_a_pronoun_group_after_the_parties_is_read_without_error():
    # ("our", "us") after ("Bosun", "we", "our"): "our" was already read as "Supplier's", which is no role of its own
    text = ("ORDER FORM\nThis Order Form is between Bosun Cloud Pty Ltd (\"Bosun\", \"we\", \"our\") and the customer named below "
            "(\"Customer\", \"you\", \"your\"). References to our services (\"our\", \"us\") mean the Platform.\n7. Intellectual property\n"
            "7.2 You own the Customer Configurations.\n8. Law\nNew South Wales.")
    assert terms(text)["ip_owner"] == "buyer"


def test_a_price_table_typed_with_spaces_and_a_long_item_name_prices_the_fees_a_payment_term_names():
    # holdout365: the first row's name ran past 60 characters, so the table lost its header and that row; the term names the
    # fees in lower case, "subscription fee" over the row "API subscription, …"
    text = ("PHYTOSANITARY CERTIFICATE CHECK API AGREEMENT\n6. FEES AND PAYMENT\n6.1 The fees are set out in the Schedule.\n6.2 The "
            "subscription fee for the first Subscription Year and the integration fee are invoiced together on signature of this Agreement "
            "and are payable within 20 days of the invoice, before the integration work begins.\nSCHEDULE - FEES\n\n"
            "Item                                                   Basis                          Amount (CNY)\n"
            "Integration services (connector, mapping, results page, training)   one-time      42,000\n"
            "API subscription, up to 250,000 Calls                  per Subscription Year          186,000\n"
            "API subscription for the Subscription Term              3 Subscription Years          558,000\n"
            "TOTAL CONTRACT VALUE                                                                  600,000\n")
    assert terms(read_text(text).text)["prepayment_pct"] == pytest.approx(38.0)


def test_a_table_typed_with_the_full_width_bar_is_a_table():
    # holdout337: "项目｜计费方式｜金额（元）" typed on a Chinese keyboard; its total row had run into the row above
    text = ("干洗连锁会员SaaS服务合同\n第三条 费用\n（1）费用明细如下：\n  项目｜计费方式｜金额（元）\n  门店订阅费｜40家 × 3,600元/家/服务年度｜"
            "144,000/服务年度\n  订阅费小计｜三个服务年度｜510,000\n  实施费（一次性）｜数据迁移、设备对接、培训｜68,000\n  合同总金额｜｜578,000\n"
            "（2）取衣提醒短信按实际发送量另行结算，不计入合同总金额。")
    assert terms(read_text(text).text)["contract_value"] == 578_000
