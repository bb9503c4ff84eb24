"""holdout845: builds the ten drafts from their sources (kept below), writes the .json labels and asserts the checks
of the brief: lengths as read back, no value or text on a policy threshold, expected rules derived from the labels
with my own reading of policy section 3, the mix and the coverage of all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- sources
SOURCES = {}
SOURCES['e01'] = '''\
T:Software Licence and Services Agreement
P:Agreement No. AQP-ZJ-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhanjiang Haiwei Aquafeed Co., Ltd., a company established in the People's Republic of China with its registered office in Zhanjiang, Guangdong Province (the "Customer"), and AcuaPlan Soluciones S.A., a company incorporated in Ecuador with its principal office in Machala, El Oro Province (the "Vendor").
P:The Customer produces shrimp and fish feed and supports contract farms in Guangdong and Hainan. The Vendor develops AcuaPlan, a software suite for pond management, feed formulation and production traceability. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the AcuaPlan Pond Manager, Feed Formulation and Traceability modules in object code, with their documentation and updates released during the Warranty Period.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and data-migration scripts developed by the Vendor specifically for the Customer under this Agreement, in source and object code.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Licensed Software at the Customer's sites, including formulation recipes, farm records and batch records.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on the Customer's own servers for up to 220 named users and 3 feed mills, and at any number of contract farms linked to those mills.
P:2.2 The Vendor shall configure the Licensed Software, develop interfaces to the Customer's ERP system and laboratory instruments, migrate five years of formulation and batch records, and train key users and administrators.
P:2.3 The detailed scope is set out in Annex 1 (Functional Specification) and Annex 2 (Implementation Plan).
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,780,000 (one million seven hundred and eighty thousand yuan), inclusive of all taxes payable in China, made up as follows: licence fee CNY 1,260,000; configuration and interface development CNY 384,000; data migration CNY 92,000; training CNY 44,000.
P:3.2 The price is fixed. Travel, accommodation and living costs of the Vendor's personnel in China are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 15 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 45% of the total price after installation of the Licensed Software at all three mills. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 150 days after signature.
P:5.2 Acceptance criteria: all functions in Annex 1 pass the agreed test scripts; migrated records reconcile with the legacy system without unexplained differences; formulation results match the Customer's laboratory reference calculations within 0.5% for every nutrient; ERP and instrument interfaces run for 20 consecutive working days without a Severity 1 defect; and screen response time stays below 3 seconds with 80 concurrent users.
P:5.3 When all criteria are met, the Customer shall issue a Final Acceptance certificate within 10 working days. Productive use of the Licensed Software before that certificate, or any payment, does not amount to acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect within 15 days and repeat the test at its own cost.
P:5.5 The Vendor shall appoint a project manager with experience of at least two comparable feed-industry implementations, who shall attend fortnightly progress meetings with the Customer, in person or by video, and report on progress, risks and open issues. The project manager may be replaced only with the Customer's consent.
P:5.6 Training shall cover formulation specialists, mill production planners, quality staff and system administrators, shall be given in Chinese or with a Chinese interpreter provided by the Vendor, and shall include written materials that the Customer may copy for internal use.
H:Article 6 Warranty, Support and Service Levels
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with Annex 1 for 18 months from Final Acceptance (the "Warranty Period"), during which the Vendor shall correct defects and provide updates and remote support free of charge.
P:6.2 Severity 1 (production planning or batch traceability unavailable at any mill): response within 1 hour, workaround within 8 hours. Severity 2 (a major function impaired): response within 2 hours, fix within 3 working days. Severity 3: response next working day. Support is provided in Chinese and English.
P:6.3 For each full hour by which the Vendor misses a Severity 1 or Severity 2 response or workaround time, the Vendor shall pay the Customer CNY 1,000, which the Customer may set off against any amount due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support and updates at 11% of the licence fee per year (CNY 138,600), a rate fixed for the first five years after the Warranty Period. Each support year is ordered separately; there is no automatic renewal.
P:6.5 During the Warranty Period the Vendor shall give the Customer release notes in Chinese or English for each update, test each update in the Customer's test environment before it is installed in production, and keep the previous version available for rollback.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor.
P:7.2 The Custom Deliverables belong to the Customer from the date of payment. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against third-party claims that the Licensed Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, analyse, aggregate or reuse it for any other purpose, including after termination.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and with approval for each session, shall not transfer Customer Data out of China, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 12 hours of any unauthorised access to or loss of Customer Data, shall take all steps to contain it, and is liable for the resulting loss where the incident is caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Customer's feed formulas, supplier prices and farm contracts, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's aggregate liability under this Agreement is limited to 150% of the total price, except for liability under Articles 7.3 and 8, wilful misconduct and personal injury, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 20 days after notice, or if the liquidated damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund amounts paid for undelivered services and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Ecuador.
P:13.2 Any dispute shall be settled by arbitration in Machala, Ecuador, under the rules of the Arbitration and Mediation Centre of the Chamber of Commerce of Machala, in the Spanish and English languages.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund amounts paid for work not performed.
H:Article 15 General
P:15.1 Notices shall be in writing and sent to the addresses above. Amendments require a written instrument signed by both parties.
P:15.2 Annex 1 (Functional Specification), Annex 2 (Implementation Plan) and Annex 3 (Test Scripts) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
'''

SOURCES['e02'] = '''\
# Order Form and General Terms — FloraLink Cold-Chain Quality Cloud

Order Form No. FL-OF-2027-117

**Provider:** FloraLink Andes Cía. Ltda., Av. Amazonas, Latacunga, Cotopaxi, Ecuador ("Provider")

**Customer:** Kunming Yunhua Flower Trading Co., Ltd., Dounan Flower Market District, Kunming, Yunnan, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Service

FloraLink Cold-Chain Quality Cloud, a software-as-a-service platform that records the temperature, humidity and handling history of imported cut-flower consignments from the grower's packhouse to Customer's warehouses, grades stem quality on arrival from photographs, and manages claims against growers and carriers. The subscription covers 150 named users, 6 Customer warehouses and unlimited grower and carrier portal accounts.

### A2. Subscription Term

Thirty-six (36) months from the Go-Live Date, which is the date on which Customer signs the Go-Live certificate under Part B Section 3. The Subscription Term is divided into three Subscription Years, each beginning on the Go-Live Date or its anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 150 users, 6 warehouses | 286,000 |
| Subscription fee, Subscription Year 2 | 150 users, 6 warehouses | 286,000 |
| Subscription fee, Subscription Year 3 | 150 users, 6 warehouses | 286,000 |
| Onboarding (configuration, data-logger integration, grower portal set-up, training) | one-time | 48,000 |
| **Total Contract Value** | | **906,000** |

Fees are fixed for the Subscription Term and include all taxes payable in China. Additional users, if ordered, are charged at CNY 1,600 per user per Subscription Year, pro rata.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer signs the Go-Live certificate.

(b) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

(c) Customer pays each correct invoice within 30 days of receipt, in CNY, to Provider's account stated on the invoice. No amount is payable before the Go-Live Date.

### A5. Service Levels

(a) Target monthly availability of the production platform: 99.95%, excluding scheduled maintenance announced at least 72 hours ahead and performed between 01:00 and 05:00 Beijing time.

(b) Support response targets: Priority 1 (platform unavailable, or temperature alerts not delivered for any warehouse) — 1 hour, 24 hours a day; Priority 2 (a major function impaired) — 3 hours during Business Hours; Priority 3 — next Business Day.

(c) Provider will report monthly availability and support performance to Customer. The service levels in this A5 are targets. If Provider misses them, Provider will investigate the cause, report to Customer and agree a corrective action plan; no service credit, fee reduction or other payment applies.

### A6. Contacts and Signature

Provider account manager: Ms. Valeria Toapanta. Customer contract owner: Mr. Li Haoran, Director of Quality.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users, growers or carriers submit to the Service, and all data generated by the Service from it, including consignment records, temperature logs, photographs, grades and claims.

1.2 "Business Hours" means 09:00 to 18:00 Beijing time on Chinese working days. "Business Day" means a Chinese working day.

1.3 "Service" means the service described in A1, including its updates.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's business.

2.2 Customer shall keep its user credentials secure and shall not resell the Service.

2.3 Provider may update the Service, but shall not materially reduce its functionality during the Subscription Term, and shall announce major releases to Customer's administrators at least 14 days in advance.

2.4 Provider shall provide support in Chinese and English through a telephone hotline, e-mail and a ticketing portal. Priority 1 tickets may be raised at any time; other tickets during Business Hours.

2.5 Customer shall provide the information, test consignments and access to its warehouse staff reasonably required for onboarding, and shall ensure that its growers and carriers are informed that their data is processed in the Service.

### 3. Onboarding and Go-Live

3.1 Provider shall complete onboarding within 45 days after signature of this Order Form.

3.2 Go-Live criteria: data loggers of the three carriers named in the implementation plan deliver readings to the Service for every test consignment; temperature excursions trigger alerts to the responsible warehouse within 5 minutes; stem grades produced by the Service agree with Customer's inspectors on at least 90% of 500 sample stems; every warehouse completes a full receiving, grading and claim cycle; and Customer's users have been trained.

3.3 When the criteria are met, Customer shall sign the Go-Live certificate within 5 Business Days or state in writing which criterion is not met. Use of the Service during onboarding is not Go-Live.

3.4 If Go-Live is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 600 for each day of delay.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including benchmarking, analytics for other customers or product training, whether or not the data is aggregated or anonymised.

4.2 The Service is hosted in a data centre in mainland China operated by a cloud provider holding an MLPS level-3 filing. Provider shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for 180 days and test backups monthly.

4.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it, and bear the costs and losses caused by an incident attributable to Provider.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in CSV and image formats and then delete it, certifying deletion in writing.

4.5 Provider shall cooperate with any security assessment that Customer is required to carry out under PRC law and shall answer Customer's reasonable security questionnaires once per Subscription Year.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information, including prices, grower lists and claims, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives for three years after the Agreement ends.

5.2 The obligations in this Section do not apply to information that is public through no fault of the receiving party, or that must be disclosed by law, in which case the receiving party shall give the other party prompt notice where lawful.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service.

6.2 Report templates, grading rules and integration mappings configured specifically for Customer ("Customer Configurations") belong to Customer, and Customer may use, copy and modify them, and have third parties use them, without restriction.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss.

7.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the nine (9) months preceding the event giving rise to the claim.

### 8. Subcontracting

8.1 Provider may not subcontract any part of the Service, other than the hosting provider named in Section 4.2, without Customer's prior written consent.

### 9. Term and Termination

9.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates under this Section, Provider shall refund the fees paid for the remainder of the Subscription Year.

9.3 Provider may suspend access for users who breach Section 2.2, after written notice, but may not suspend the Service as a whole while an invoice is disputed in good faith.

### 10. Force Majeure and Notices

10.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics and acts of government, provided it promptly notifies the other party and uses reasonable efforts to resume performance. Failures of Provider's own hosting or subcontracted services are not force majeure.

10.2 Notices under this Agreement shall be in writing, in English or Chinese, and sent by courier or e-mail to the contacts named in A6.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.
'''

SOURCES['e03'] = '''\
T:Supply Agreement for Grain Silo Monitoring Sensors and Software
P:Contract No. LJGC-2027-SUP-021
P:Buyer: Heilongjiang Longjiang Grain Storage Co., Ltd., No. 88 Gongnong Road, Suihua, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: SiloSense Paraguay S.R.L., Calle Mariscal López, Pilar, Ñeembucú Department, Republic of Paraguay (the "Supplier").
P:The Buyer operates 24 steel and concrete silos at its Suihua and Zhaodong depots. The Buyer wishes to purchase temperature, moisture and carbon-dioxide cable sensors, wireless gateways and a perpetual licence of the Supplier's SiloWatch monitoring software, together with installation and integration. This Agreement is on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways and accessories listed in the Price Table.
P:1.2 "Software" means SiloWatch Server and SiloWatch Mobile in object code, with documentation and all updates released during the Warranty Period.
P:1.3 "Deliverables" means the configuration, silo models, alarm rules, interface programs and reports prepared by the Supplier specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment in all 24 silos, install the Software on the Buyer's servers, integrate it with the Buyer's warehouse management system and ventilation controllers, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at any of its depots for its own grain-storage business, without limit on users or silos connected.
H:3. Price
P:3.1 The Contract Price is CNY 1,666,000, inclusive of VAT, import duties, delivery to site and insurance, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point sensor cable (temperature, moisture, CO2)|420|1,860|781,200
TB:2|Wireless gateway with solar power kit|24|9,800|235,200
TB:3|SiloWatch Server and Mobile, perpetual licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,402,400
TB:4|Installation and commissioning|1 lot|168,000|168,000
TB:5|Integration with warehouse management system and ventilation controllers|1 lot|74,000|74,000
TB:6|Training|1 lot|21,600|21,600
TB:|Contract Price|||1,666,000
P:3.2 The Contract Price is fixed and covers everything the Supplier needs to perform this Agreement.
H:4. Payment
P:4.1 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee from a bank in China.
P:4.2 55% of the Contract Price after delivery and installation of the Equipment in all silos, as confirmed by a signed installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice issued by the Supplier or its appointed importer of record in China.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the Suihua depot within 75 days after signature and complete installation in all silos within 120 days after signature. Installation inside silos shall take place only when the silo is empty or at a fill level approved by the Buyer's safety officer.
P:5.2 Acceptance tests: every sensor point reports to the Software; temperature readings agree with calibrated reference probes within 0.5 °C at 30 randomly chosen points; moisture readings agree with laboratory samples within 0.8 percentage points; alarms reach the duty officer's mobile phone within 2 minutes; ventilation commands are executed by the controllers; and the system runs for 45 consecutive days without a Severity 1 fault.
P:5.3 When all tests are passed, the Buyer shall sign a Final Acceptance certificate within 10 working days. Delivery, installation, use of the system during the test run or payment of any instalment is not acceptance.
P:5.4 If any test fails, the Supplier shall remedy the cause within 15 days and the test shall be repeated at the Supplier's cost.
P:5.5 The Supplier's personnel shall comply with the Buyer's depot safety rules, in particular the rules on work at height, confined-space entry, fumigation periods and dust explosion prevention. The Buyer may remove from site any person who breaches them.
P:5.6 Training shall be given at both depots to the storage keepers, duty officers and IT administrators, in Chinese, and shall cover daily monitoring, alarm handling, calibration checks, gateway battery replacement and basic troubleshooting. The Supplier shall supply printed and electronic manuals in Chinese.
P:5.7 The Supplier shall deliver, with the Equipment, a stock of spare sensor cables and one spare gateway per depot, which form part of the Contract Price and remain at the depots for use during the Warranty Period.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment, the Software and the Deliverables for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct software defects and provide updates at no charge, including parts, labour and travel.
P:6.2 Severity levels are set out in the table below. The Supplier shall meet the response and restoration times at all times, including during the harvest intake season.
TB:Severity|Description|Response|Restoration
TB:1|Monitoring of any silo lost, or alarms not delivered|2 hours|24 hours
TB:2|Several sensor points or one gateway not reporting|8 hours|3 days
TB:3|Minor defects and questions|next working day|next scheduled update
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800; for Severity 2, CNY 300. The Buyer may deduct these amounts from any payment.
P:6.4 After the Warranty Period, the Supplier shall provide annual support (parts, repair, software updates and remote assistance) at 8.5% of the Hardware and Licence Subtotal per year (CNY 119,204), fixed for three years. The Buyer may order support year by year; it does not renew automatically.
P:6.5 The Supplier shall keep firmware and software versions under change control, shall install updates only in agreed maintenance windows outside the fumigation and intake periods, and shall give the Buyer release notes in Chinese for every update. An update shall not remove any function that the Buyer relied on at Final Acceptance.
P:6.6 The Supplier shall visit each depot once every six months during the Warranty Period to check sensor calibration and gateway power supplies, and shall report the results in writing.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property, licensed to the Buyer under clause 2.2.
P:7.2 The Deliverables belong to the Buyer. The Supplier shall hand over their source files and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 All readings, alarms, inventory data and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Agreement.
P:8.2 The Software shall run on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session, shall be logged, and shall end when the task is complete. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving Buyer Data or the system, assist in containing it and compensate the Buyer for losses caused by the Supplier's fault.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's stock levels, depot layouts, security arrangements and other non-public information, and shall not disclose them to any third party without the Buyer's written consent, during this Agreement and for five years after it ends.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete installation by the date in clause 5.1, it shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic or government action, shall notify the other party without delay and provide evidence. Its obligations are suspended for the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice.
H:15. General
P:15.1 Notices shall be in writing, in Chinese or English, and sent to the addresses above.
P:15.2 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''

SOURCES['e04'] = '''\
# Managed Infrastructure Services Agreement

Agreement No. FSX-MIS-2027-09

**Customer:** Foshan Xinrui Ceramics Co., Ltd., Nanzhuang Town, Chancheng District, Foshan, Guangdong, People's Republic of China ("Customer")

**Provider:** Cordillera Managed Services S.A., Ruta PY02, Caacupé, Cordillera Department, Republic of Paraguay, acting through its representative office in Guangzhou ("Provider")

## Background

Customer manufactures porcelain tiles at two plants in Foshan and runs its ERP, kiln-control historian, file services and e-mail on about 140 servers in its own data room. Customer wishes to outsource the day-to-day operation of this infrastructure to Provider for three years. Provider operates a 24-hour operations centre and employs engineers in Guangzhou.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" have the meanings given in Schedule 2.

1.3 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 3.3.

1.4 "Customer Data" means all data stored on or processed by the systems covered by the Services.

1.5 "Term" means thirty-six (36) months from the Service Commencement Date.

## 2. Services

2.1 Provider shall perform the Services in Schedule 1 for the Term, using suitably qualified personnel, and in accordance with good industry practice and Customer's change-management and site-access procedures.

2.2 Provider shall assign a service delivery manager who is Customer's single point of contact, attends a monthly service review and submits a monthly report on incidents, changes, capacity, backups and Service Level performance.

2.3 Provider shall keep the configuration management database for all covered assets up to date and shall hand it over to Customer on request and at the end of the Term.

2.4 Provider's personnel working at Customer's plants shall follow Customer's site rules, wear the protective equipment required in production areas and sign in and out at the gate. Customer may require the replacement of any individual on reasonable grounds, and Provider shall propose a replacement with equivalent skills within 10 working days.

2.5 Customer shall give Provider's personnel access to the data room and the systems covered by the Services, keep the data room's power and cooling in working order, maintain valid vendor support contracts for the hardware and licensed software, and nominate an IT manager who approves changes and escalations.

## 3. Transition

3.1 Provider shall complete transition (discovery, documentation, monitoring set-up, knowledge transfer from Customer's staff, and run-book preparation) within 60 days after signature.

3.2 Transition acceptance criteria: every server, storage system, network device and application in the asset register is monitored and documented; backup jobs for all in-scope systems have run successfully for 14 consecutive days; restore tests have been passed for the ERP database and two file shares; run-books approved by Customer exist for each critical system; and a two-week shadow operation has been completed without a Priority 1 incident attributable to Provider.

3.3 When the criteria are met, Customer shall sign a transition acceptance certificate within 5 working days or state in writing which criterion is not met.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,160,000 for the Term, inclusive of VAT.

4.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

4.3 Customer pays each correct invoice within 30 days. No advance payment is due.

4.4 The charges are fixed for the Term. Changes to the number of covered servers of up to 10% in either direction do not change the charges; larger changes are handled through the change procedure at the unit rates in Schedule 3.

## 5. Delay

5.1 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,500 for each day of delay, up to CNY 90,000.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not copy, retain or use it for any other purpose.

6.2 On expiry of the Term Provider shall return all documentation, credentials and tools belonging to Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Agreement, including Customer's production formulas, kiln parameters, customer lists and prices, and shall not disclose it to any third party except its own personnel who need to know it.

7.2 This clause survives for five years after the end of the Term.

## 8. Intellectual Property

8.1 Run-books, scripts, monitoring templates and documentation prepared by Provider for Customer under this Agreement belong to Customer, and Customer may use, modify and give them to any successor provider without restriction.

8.2 Provider's own tools and pre-existing know-how remain Provider's property.

8.3 Provider shall keep the run-books and scripts current throughout the Term, so that a competent successor provider could operate the covered systems from them without further assistance from Provider.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

9.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 11. Term and Ending

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically.

11.2 Either party may end this Agreement by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

11.3 Provider may suspend the Services if Customer fails to pay an undisputed invoice within 60 days after a written reminder.

11.4 Customer's remedies for failures to meet the Service Levels are the Service Credits in Schedule 2 and, for delay in transition, the liquidated damages in clause 5.

11.5 Provider shall give Customer a written exit plan within 90 days after the Service Commencement Date and update it once a year.

11.6 At the end of the Term, Provider shall support the transfer of the Services to Customer or a successor provider for up to 60 days at the unit rates in Schedule 3.

## 12. Change Procedure

12.1 Either party may request a change to the Services in writing. Provider shall respond within 10 working days with the effect on charges, Service Levels and timetable. No change is binding until both parties sign a change note.

## 13. Force Majeure and Notices

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, power grid failures or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance.

13.2 Notices shall be in writing, in Chinese or English, and delivered by courier or e-mail to the addresses above.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | servers, storage, network, ERP and historian availability, capacity | 24 x 7 |
| Incident management | diagnosis and restoration of covered systems | 24 x 7 |
| Patch management | monthly operating-system and firmware patches after Customer approval | planned windows |
| Backup and restore | daily backups, monthly restore tests, tape rotation | 24 x 7 |
| Change management | standard changes, up to 40 per month | business hours |
| On-site support | one engineer at each plant | Mon to Sat, 08:00-18:00 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of ERP and kiln historian, per month | 99.95% | 3% of the monthly service charge for each 0.1 percentage point below the level |
| Priority 1 response (plant production affected) | 30 minutes | CNY 1,000 per hour late |
| Priority 1 restoration | 6 hours | CNY 2,000 per hour late |
| Priority 2 response | 2 hours | CNY 500 per hour late |
| Backup jobs, per month | every scheduled job completed, or re-run by the next morning | 2% of the monthly service charge |

Service Credits in any month are capped at 20% of that month's service charge and are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition charge | 72,000 | one-time |
| Monthly service charge | 58,000 | per month, 36 months |
| Total monthly service charges | 2,088,000 | 36 x 58,000 |
| Total Contract Value | 2,160,000 | |
| Additional server (unit rate) | 350 | per server per month |
| Additional engineer day (unit rate) | 2,400 | per day |

Signed for Customer: ____________________

Signed for Provider: ____________________
'''

SOURCES['e05'] = '''\
DATA SUBSCRIPTION AGREEMENT

Agreement No. QD-GV-2027-014

BETWEEN

Qingdao Haitong Meat Import and Export Co., Ltd., Qianwan Bonded Port Area, Qingdao, Shandong Province, People's Republic of China ("Customer")

AND

GanadoData Uruguay S.A.S., Avenida Aparicio Saravia, Melo, Cerro Largo Department, Oriental Republic of Uruguay ("Provider")

BACKGROUND

Customer imports chilled and frozen beef from South America into China. Provider collects and publishes livestock market data from auction yards, slaughterhouses and official traceability registers in Uruguay, Paraguay, Brazil and Argentina, and makes it available through an application programming interface (API). Customer wishes to subscribe to that data for two years to support its purchasing, pricing and import compliance work.

1. DEFINITIONS

1.1 "Data Products" means the datasets described in clause 2.1, as updated by Provider from time to time.

1.2 "API" means Provider's programming interface through which the Data Products are delivered, including its documentation.

1.3 "Subscription Year" means each of the two consecutive years of the Subscription Term; the first begins on the Activation Date.

1.4 "Activation Date" means the date on which Customer confirms in writing that the integration tests in clause 4.2 have been passed.

1.5 "Customer Data" means the account details, user lists, query parameters, usage logs and any files that Customer uploads to or generates through the API or the web portal.

2. DATA PRODUCTS AND LICENCE

2.1 The Data Products are: (a) daily cattle auction prices by category and region; (b) weekly slaughter volumes and carcass weights by plant; (c) export certificate and establishment data relevant to China-approved plants; (d) individual-animal traceability lookups for consignments purchased by Customer; and (e) monthly market commentary in English.

2.2 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data Products through the API and the web portal, and to use, store and copy them within Customer's group for its own business, including in internal reports, pricing models and submissions to Chinese customs authorities.

2.3 Customer may keep and continue to use data received during the Subscription Term after it ends, but may not resell the Data Products as a data feed.

3. FEES AND PAYMENT

3.1 The fees are:
- Subscription fee, Subscription Year 1: CNY 348,000
- Subscription fee, Subscription Year 2: CNY 348,000
- Custom feed mapping to Customer's purchasing system (one-time): CNY 36,000
- Total Contract Value: CNY 732,000, inclusive of all taxes payable in China.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The custom feed mapping fee is invoiced on the Activation Date. Nothing is payable before the Activation Date.

3.3 Customer pays each correct invoice within 30 days by bank transfer in CNY. The fees are fixed for the Subscription Term. Usage beyond 2 million API calls per Subscription Year is charged at the rates in the price list attached to this Agreement.

4. ACTIVATION AND ACCEPTANCE

4.1 Provider shall issue production API credentials, deliver the custom feed mapping and support Customer's integration tests within 30 days after signature.

4.2 Integration tests: each of the Data Products is delivered through the API for 10 consecutive working days; prices and volumes reconcile with Provider's published reference reports for a sample of 200 records without difference; traceability lookups return a result within 5 seconds in at least 57 of 60 test requests; and the custom mapping loads daily prices into Customer's purchasing system without manual work.

4.3 If the Activation Date has not occurred within 30 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced 48 hours in advance and carried out between 00:00 and 04:00 Beijing time.

5.2 Daily prices shall be published by 20:00 Beijing time on the day after each auction day.

5.3 Provider shall respond to Priority 1 incidents (API unavailable, or data for a whole Data Product missing or corrupted) within 2 hours, at any time, and restore service within 8 hours. Priority 2 incidents shall be answered within 8 hours and resolved within 2 working days.

5.4 If availability falls below the level in clause 5.1 in any month, Provider shall credit 5% of the monthly equivalent of the current Subscription Year's fee for each started 0.1 percentage point of shortfall. If a Priority 1 incident is not restored within the time in clause 5.3, Provider shall credit CNY 1,000 for each further hour. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

5.5 Provider shall provide support by e-mail, telephone and a ticketing portal in English and Chinese. Priority 1 incidents may be reported at any time; other requests are handled between 08:00 and 20:00 Beijing time on Chinese working days.

5.6 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, keep the previous version running for at least 90 days after the new version is released, and shall not withdraw any Data Product listed in clause 2.1 during the Subscription Term.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the portal to Customer, and shall not use, analyse or disclose it for any other purpose, in particular not to infer Customer's purchasing intentions or share them with sellers, including in aggregated or anonymised form.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access for a limited number of named staff, multi-factor authentication, and logging of every access. API keys shall be issued per application and may be revoked by Customer at any time.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it, and shall compensate Customer for losses resulting from an incident caused by Provider or its subcontractors.

6.4 Within 30 days after the end of the Subscription Term, Provider shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the Data Products and the API, subject to the licence in clause 2.

7.2 The custom feed mapping, including its code, field definitions and documentation, is prepared specifically for Customer and belongs to Customer, which may use, change and license it without restriction.

8. DATA ACCURACY

8.1 Provider shall compile the Data Products with reasonable skill and care from the sources it names in the API documentation, and shall correct errors notified by Customer within 2 working days.

8.2 Customer is responsible for its own purchasing and pricing decisions. Provider shall state in the API documentation the source and publication time of each dataset, and shall flag estimated or provisional figures as such.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including hosting providers, data-collection agents at auction yards and translation services, to perform this Agreement. Provider shall give Customer written notice of each new subcontractor at least 15 days before it starts work and remains responsible for their performance.

10. LIABILITY

10.1 Neither party is liable for indirect loss, loss of profit or loss of business opportunity.

10.2 Provider's total liability under this Agreement is limited to 200% of the Total Contract Value, except for liability under clause 6, which is not limited.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a written amendment signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.3 If Customer terminates under clause 11.2, Provider shall refund the part of the subscription fee that relates to the period after termination.

11.4 If a source on which a Data Product depends stops publishing data, Provider shall promptly inform Customer, propose an equivalent source, and, if none is available within 30 days, reduce the fees in proportion to the value of the affected Data Product.

12. FORCE MAJEURE

12.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, strikes at auction yards or acts of government, provided it notifies the other party promptly and takes reasonable steps to resume performance. Failures of Provider's hosting providers or subcontractors are not force majeure.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The language of the arbitration is English.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above by courier or e-mail.

14.2 This Agreement, with the API documentation and the price list, is the entire agreement between the parties about its subject.

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________
'''

SOURCES['z01'] = '''\
T:北海市儒艮与海豹保护监测平台建设项目合同
P:合同编号：BHHY-ZC-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：北海市海洋局
P:乙方（供应商）：广西蓝湾生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就儒艮与海豹保护监测平台的软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“海洋珍稀动物监测平台”软件许可（永久使用，不限用户数），并在该平台基础上定制开发儒艮、斑海豹目击记录与个体识别模块、巡护人员移动端APP、栖息地海草床监测图层及指挥中心数据大屏。
P:1.2 乙方负责平台在甲方政务云上的部署、与甲方现有海洋环境监测系统及无人机巡查系统的数据对接、历史观测数据导入，以及对甲方管理人员和一线巡护人员的培训。
P:1.3 详细功能需求以招标文件第三章及乙方投标文件技术响应表为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零柒万捌仟元整（¥2,078,000），含税，包括：平台软件许可费1,180,000元；定制开发费736,000元；部署实施及数据对接费124,000元；培训费38,000元。
P:2.2 上述总价为固定价格，包含乙方完成本合同全部工作所需的一切费用，甲方不再承担其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并生效后，乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后一百二十日内完成全部定制开发与部署，并提交初步验收申请。
P:4.2 乙方应在合同生效后十日内提交项目实施计划，明确需求调研、开发、部署、数据导入、培训和试运行各阶段的起止时间，经甲方确认后执行；乙方应指派具有同类项目经验的项目经理常驻北海，未经甲方同意不得更换。
P:4.3 乙方应提交需求规格说明书、设计说明书、源代码、部署手册、用户手册及测试报告等全部文档。
P:4.4 乙方应为甲方管理人员和一线巡护人员分别组织不少于三期集中培训，并在各保护站现场指导移动端使用，培训教材归甲方所有。
H:第五条 验收
P:5.1 初步验收标准：所有功能符合需求规格说明书；个体识别模块在甲方提供的200组测试图像上识别准确率不低于92%；移动端在离线状态下可完成目击记录并在联网后自动同步；大屏页面加载时间不超过3秒；第三方等级保护测评无高风险项。
P:5.2 初步验收通过后平台试运行九十日，试运行期间未发生一级故障且历史数据核对无差错的，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方签收文档或支付款项，均不视为验收合格；未达到验收标准的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过106,200元），且三年内不上调。
P:6.3 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在每年斑海豹越冬期和儒艮观测季前完成一次专项保障检查，确保监测设备接入和数据同步正常。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日告知甲方且安排在夜间进行。
P:7.2 一级故障（平台整体不可用或数据丢失）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减维护费或从应付款中扣除1,000元；月度可用率每低于承诺值0.01个百分点，扣除2,000元。
P:7.4 乙方每月向甲方提交运行报告，内容包括可用率统计、故障处理记录、数据同步情况和改进建议；每年儒艮、斑海豹监测季结束后，乙方应配合甲方完成年度监测数据的整理与归档。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用权。
P:8.2 乙方为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台中的监测数据、影像资料、巡护轨迹及由此产生的统计分析结果均属于甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》等法律法规，落实访问控制、加密传输与存储、操作日志审计等措施，运维操作须经甲方堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 乙方人员须签署数据安全承诺书；珍稀动物精确位置等敏感数据应脱敏展示，仅甲方授权人员可查看原始坐标。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、珍稀动物分布位置及巡护安排负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方人员违反甲方保护区管理规定，擅自进入核心区或干扰珍稀动物的，甲方有权要求乙方更换人员，由此造成的损失由乙方承担。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及全部数据。
P:13.3 因不可抗力导致合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 双方指定的联系人及通知地址见合同附件，一方变更的应提前书面通知对方；以书面形式送达上述地址的通知视为已送达。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:附件：1. 功能需求清单；2. 分项报价表；3. 项目实施计划；4. 验收方案；5. 联系人及通知地址。
P:甲方（盖章）：北海市海洋局            乙方（盖章）：广西蓝湾生态信息技术有限公司
P:签订日期：2027年3月    日
'''

SOURCES['z02'] = '''\
T:生产线控制系统改造项目合同
P:合同编号：YKLS-GZ-2027-006
P:甲方（买方）：永康市恒锐厨具有限公司漏勺厂
P:乙方（卖方）：浙江启衡自动化工程有限公司
P:甲方为提升冲压、抛光及包装三条漏勺生产线的自动化水平，委托乙方对上述生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，更换为PLC控制系统，加装伺服驱动、变频器、视觉检测单元和工业交换机，部署车间监控（SCADA）软件和生产数据采集软件，并开发与甲方现有ERP系统的报工接口。
P:1.2 乙方负责设备供货、安装、接线、程序编制、联调、试生产配合及操作人员培训，改造期间应分线施工，保证每次停线不超过五个工作日。
P:1.3 乙方提供的全部设备应为全新、原厂正品，主要品牌和型号以技术协议为准；未经甲方书面同意不得替换为其他品牌或型号。视觉检测单元应能识别直径不同的漏勺孔位，并可由甲方工艺人员自行增加检测模板。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾叁万陆仟元整（¥1,836,000），含13%增值税，分项如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、触摸屏）|3套|642,000
TB:2|伺服驱动及变频器|42台|386,000
TB:3|视觉检测单元|6套|258,000
TB:4|工业交换机及网络布线材料|1批|76,000
TB:5|SCADA软件及数据采集软件许可（永久）|1套|158,000
TB:|设备及软件小计||1,520,000
TB:6|安装调试及试生产配合|1项|196,000
TB:7|ERP报工接口开发|1项|88,000
TB:8|操作与维护培训|1项|32,000
TB:|合计||1,836,000
P:2.2 合同总价为固定总价，含运输、保险、安装辅材及乙方人员差旅费用。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货及安装完成不视为验收合格。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付期限
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，九十日内完成三条生产线的改造和联调。
P:4.2 设备应运至甲方厂区指定仓库，运输途中的风险由乙方承担。设备到货时乙方应提供装箱单、合格证、说明书及原厂质保凭证，甲方仅作数量和外观清点。
P:4.3 乙方应在进场前提交施工方案和停线计划，经甲方生产部确认后实施；施工期间乙方人员应遵守甲方厂区安全生产、动火作业和用电管理制度，因乙方违章作业造成人身伤害或财产损失的，由乙方负责。
P:4.4 乙方应在每条线改造完成后对甲方操作工、设备维修工分别进行现场培训，培训内容包括设备操作、报警处理、程序备份与恢复，培训后由甲方组织考核。
H:第五条 验收
P:5.1 验收标准：每条生产线连续试生产七十二小时无停机故障；冲压节拍达到每分钟38件以上；视觉检测对孔位偏差和毛边的漏检率不高于0.5%；SCADA画面与现场设备状态一致，刷新不超过2秒；报工数据与ERP逐单核对一致。
P:5.2 三条线全部达到上述标准后，双方签署最终验收报告。任一项不达标的，乙方应在十日内整改后重新验收。
P:5.3 乙方应在验收时移交设备清单、电气原理图、接线图、程序备份、参数表及操作维护手册各两套，资料不全的不予验收。
P:5.4 甲方在验收前使用设备进行生产，不视为验收合格。
H:第六条 质量保证与维保
P:6.1 设备及软件的质保期为六个月，自最终验收合格之日起计算。质保期内因设备质量或程序缺陷造成的故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按设备及软件小计的22%每年计取，即每年334,400元，五年内不作调整。维保服务内容包括定期巡检、程序维护、备件更换人工及远程技术支持。
P:6.3 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备或单个工位停机）2小时内响应，次日内修复。
P:6.4 乙方未按上述时限响应或到场的，每超时1小时向甲方支付500元；同一故障超过四十八小时未修复的，甲方有权另请第三方维修，费用由乙方承担。
P:6.5 乙方应在甲方厂区存放常用备件（包括I/O模块、伺服驱动器、相机及光源各若干），备件清单作为本合同附件，备件费用已包含在合同总价中。
H:第七条 知识产权
P:7.1 PLC程序、SCADA组态工程文件及ERP报工接口源代码归甲方所有，乙方应在验收时完整移交，甲方有权自行修改或委托他人维护。
P:7.2 SCADA软件及数据采集软件的原有著作权归其权利人所有，甲方享有永久使用权。
P:7.3 乙方保证其提供的设备、软件及程序不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数、产量及质量数据均属于甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的远程访问通道进行，每次维护后关闭连接；乙方应对控制网络采取隔离措施，不得在控制系统中留存后门或未经告知的远程访问程序。
P:8.3 因乙方原因导致数据泄露、工艺参数被篡改或控制系统遭受网络攻击的，乙方应立即报告甲方、配合处置并承担由此造成的损失。
P:8.4 乙方应在交付时提供控制系统网络拓扑图、账号权限清单和备份程序，验收后将全部默认密码交由甲方修改。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工艺、模具参数、客户订单及经营信息负有保密义务，不得向第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 改造造成甲方停线时间超过约定的，乙方按每条线每日3,000元赔偿甲方停产损失。
P:10.3 乙方提供的设备存在质量问题的，乙方应免费更换；因此延误生产的，按第10.1款承担违约责任。
H:第十一条 分包
P:11.1 乙方如需将布线等辅助工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
P:11.2 经甲方同意的分包方人员进入甲方厂区施工的，应遵守甲方安全生产管理制度，并由乙方统一管理。
H:第十二条 合同解除
P:12.1 任何一方严重违反本合同，经对方书面催告后十五日内未改正的，守约方有权解除合同并要求赔偿损失。
P:12.2 因乙方原因解除合同的，乙方应退还甲方已支付的款项，拆除已安装的设备并恢复生产线原状，赔偿甲方因此遭受的损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括：技术协议、设备清单、验收方案、备件清单及培训计划，附件与本合同具有同等效力。
P:14.2 本合同未尽事宜，由双方另行签订书面补充协议。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2027年4月    日
'''

SOURCES['z03'] = '''\
约课与会员管理SaaS服务合同

合同编号：QY-SAAS-2027-035

甲方（客户）：成都乐韵木琴艺术培训有限公司
乙方（服务商）：四川云栈科技有限公司

鉴于甲方在成都、绵阳、德阳等地经营35家木琴培训门店，需要统一的约课排课、会员与课时管理及线上缴费系统，乙方同意以软件即服务（SaaS）方式向甲方提供“云栈教培管理平台”及实施服务。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）乙方向甲方35家门店提供平台的使用服务，包括：学员在线约课与调课、教师排课、会员卡与课时包管理、线上缴费与电子收据、课后点评与练习打卡、门店经营报表。
（二）实施服务：乙方负责门店与教室基础数据配置、35家门店现有会员和剩余课时数据迁移、与甲方微信公众号及小程序的对接、门店店长与前台人员培训。
（三）服务期限为两个服务年度，第一个服务年度自平台上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、费用
（一）平台服务费按门店数计取，每家门店每个服务年度6,800元，35家门店每个服务年度合计238,000元，两个服务年度合计476,000元。
（二）实施服务费为一次性费用64,000元。
（三）本合同总价为540,000元（大写：伍拾肆万元整），含税。服务期内新增门店的，按每店每年6,800元按月折算另行结算；门店关闭的，自次月起相应减少服务费。上述单价在两个服务年度内保持不变。

三、付款
（一）实施服务费在平台上线验收合格后十五个工作日内一次性支付。
（二）平台服务费按季度结算，乙方在每个季度结束后开具发票，甲方在收到发票后十五个工作日内支付该季度服务费。
（三）甲方无需支付任何预付款。

四、上线与验收
（一）乙方应在合同签订后四十日内完成数据迁移和配置，并在全部门店上线。
（二）上线分三批进行：第一批为成都市区的18家门店，第二批为成都郊县的9家门店，第三批为绵阳、德阳的8家门店；每批上线前乙方应完成该批门店的数据迁移演练，并安排实施人员现场驻店支持不少于三个营业日。
（三）验收标准：
1. 35家门店的会员、剩余课时和储值余额迁移后与甲方原系统逐条核对一致；
2. 约课、调课、消课、缴费和退费流程在每家门店实测通过；
3. 小程序端在300人同时约课时页面响应不超过2秒；
4. 门店经营报表数据与抽查的原始单据一致。
（四）全部标准达到后，甲方出具书面上线验收确认书。平台上线试用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%（计划内维护时间除外，计划内维护应安排在晚上十一点至次日早上七点之间并提前两日通知甲方）。
（二）故障分级与响应：
1. 一级故障（全部门店无法约课、缴费或登录）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询或一般缺陷）：1个工作日内答复。
（三）月度可用率未达承诺的，每低于承诺值0.1个百分点，减免当月服务费的5%；一级故障超出恢复时限的，每超时1小时减免当月服务费的2%。减免额从下一期服务费中扣除。

六、数据与安全
（一）甲方上传及平台产生的学员、家长、教师信息，课时和缴费记录等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向第三方提供。
（二）学员多为未成年人，乙方应按照《个人信息保护法》对未成年人个人信息采取专门保护措施，包括加密存储、分级授权、操作日志留存不少于六个月。平台部署在中国境内的数据中心。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因乙方原因造成的全部损失。
（四）乙方每日对平台数据进行全量备份，备份数据保存于境内另一数据中心，保留不少于三十日；因乙方原因造成数据丢失的，乙方应从备份中恢复，并承担补录费用。
（五）服务终止后三十日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后彻底删除。

七、双方的其他义务
（一）乙方应指定一名客户成功经理作为甲方对接人，每月提交服务报告，内容包括平台可用率、故障处理记录、门店使用情况及优化建议，每季度与甲方召开一次服务回顾会。
（二）乙方应提供7×24小时故障报修电话和在线工单通道，工作日9:00至21:00提供门店操作咨询，寒暑假招生高峰期延长至22:00。
（三）乙方对平台进行版本升级的，应提前五个工作日通知甲方，不得降低已有功能，不得因升级额外收费。
（四）甲方应指定总部运营负责人统一对接，按时提供门店、课程、教师及会员基础数据，并保证其提供数据的合法来源。
（五）甲方应妥善保管各门店账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（六）乙方应保证平台支持学员家长通过小程序查询剩余课时、预约试听课和接收上课提醒，提醒消息的发送费用已包含在平台服务费中。
（七）乙方应在每个服务年度为甲方新入职的店长和前台人员提供不少于四次线上集中培训，并提供操作视频和常见问题手册。

八、保密
双方对在合作中获知的对方商业秘密，包括甲方的学员名单、课程定价和经营数据，负有保密义务，保密期限为合同终止后三年。

九、知识产权
平台本身的知识产权归乙方所有。乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。乙方为甲方专门开发的小程序页面、报表模板和接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

十、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方违反本合同第六条约定，造成学员个人信息泄露的，除赔偿甲方全部损失外，甲方有权立即解除合同，并要求乙方配合向监管部门报告和通知受影响的学员家长。
（三）乙方严重违约的，甲方有权书面通知解除合同，乙方应退还已收取但未提供服务部分的费用。

十一、续期
本合同期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据市场情况调整服务费单价，调整后的单价自续期之日起执行。

十二、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。

十三、合同解除
一方严重违约且在收到书面通知后十五日内未纠正的，另一方有权解除合同。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

十五、不可抗力
因地震、洪水、疫情防控措施、公共网络大面积中断等不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任，但乙方应尽力恢复服务；不可抗力持续超过三十日的，甲方有权解除合同。

十六、其他
（一）双方的通知以书面形式发送至本合同首页载明的地址或双方确认的电子邮箱，发出后第三日视为送达。
（二）附件一《门店清单》、附件二《功能清单》、附件三《数据迁移方案》为本合同组成部分。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：2027年5月    日
'''

SOURCES['z04'] = '''\
蜜蜂养殖与蜂产品追溯系统年度运维服务合同

项目编号：JXNY-CS-2027-011（竞争性磋商）
甲方（采购人）：江山市农业农村局
乙方（成交供应商）：衢州数源农业信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就“江山市蜜蜂养殖与蜂产品追溯系统”2027年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：追溯系统管理平台、蜂农移动端APP、蜂场物联网采集终端接入服务、蜂产品追溯码查询小程序及与省农产品质量安全追溯平台的数据接口。
（二）服务内容：系统日常巡检与监控、故障处理、安全加固与漏洞修复、数据备份与恢复演练、接口维护、功能优化（全年不超过200人日）、蜂农与合作社用户培训、流蜜期和年度抽检期间的重点保障。
（三）服务期限：2027年1月1日至2027年12月31日。
（四）运维范围内的软硬件清单、接口清单及各方联系人见合同附件一，服务期内新增的功能模块自上线之日起纳入运维范围，乙方不另行收费。

第二条 服务费用
（一）本合同年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），含税，为固定总价。
（二）服务费构成：日常运维及驻场服务298,000元；安全服务（漏洞扫描、渗透测试、等保测评配合）82,000元；功能优化服务76,000元；培训及重点保障服务30,000元。乙方为完成本合同所需的备品备件、工具软件、差旅及人员费用均已包含在上述费用中。

第三条 付款方式
（一）服务费按季度支付。每季度结束后，乙方提交季度运维报告和发票，甲方对季度服务考核合格后十五个工作日内支付当季服务费121,500元。
（二）季度考核扣减的金额从当季服务费中直接扣除。
（三）甲方不支付预付款。

第四条 人员要求
（一）乙方派驻1名项目经理和2名运维工程师在甲方指定地点驻场，工作日8:30至17:30在岗，节假日安排值班。
（二）驻场人员须具备相应专业资格，熟悉政务云环境和追溯系统架构，名单及资格证明报甲方备案；更换人员应提前十日书面报甲方同意。
（三）乙方应建立运维知识库，记录系统架构、部署参数、接口说明、常见故障处理方法，并在每季度末更新后提交甲方。

第五条 服务水平
（一）系统年度可用率不低于99.95%；追溯码查询小程序在蜂产品销售旺季（每年9月至次年2月）不得出现计划外中断超过30分钟。
（二）故障分级响应：
1. 一级故障（平台整体无法访问、追溯数据无法上报或省平台接口中断）：15分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，24小时内解决；
3. 三级问题（使用咨询）：当日答复。
（三）乙方每月提交运维月报，每季度接受甲方考核。
（四）服务水平未达标的，按以下标准扣减服务费：一级故障每超时1小时扣减2,000元；年度可用率每低于承诺值0.01个百分点扣减3,000元；季度考核不合格的，扣减当季服务费的8%。
（五）重点保障：每年油菜花期、紫云英花期等主要流蜜期及省市农产品质量抽检期间，乙方应增派一名工程师驻场，每日检查物联网终端在线率和数据上报情况，发现异常当日处理。

第六条 交付成果与验收
（一）乙方应按期提交运维月报、季度报告、安全评估报告、备份恢复演练报告及年度运维总结。
（二）甲方按磋商文件规定的考核指标进行季度考核：故障按时处理率不低于98%，巡检记录完整，备份恢复演练成功，安全漏洞在规定期限内修复。服务期满后甲方组织年度验收并出具验收意见。
（三）培训：乙方应在服务期内为各乡镇农技员、养蜂合作社和蜂农组织不少于六场现场培训，内容包括APP操作、蜂场信息登记、追溯码申领和打印，培训签到及效果反馈表作为季度考核材料。

第七条 知识产权
运维期间乙方为甲方开发的功能模块、补丁、脚本、报表及相关文档的知识产权归甲方所有，乙方应同时交付源代码。

第八条 数据安全与归属
（一）系统中的蜂农档案、蜂场定位、转地放蜂记录、检测结果和追溯码数据均属于甲方所有，乙方不得用于本合同以外的任何用途，不得向第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，运维操作须经甲方堡垒机并全程审计，不得将数据拷贝出政务云环境；每月进行一次漏洞扫描，高危漏洞72小时内修复。
（三）发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部责任。
（四）乙方每季度开展一次数据备份恢复演练，每半年开展一次应急演练，演练方案和结果报甲方备案。服务期满时乙方应协助甲方完成数据完整性核查。
（五）乙方应于每年9月底前配合甲方完成系统等级保护年度测评，对测评发现的问题在三十日内整改完毕，整改费用包含在本合同价款内。

第九条 保密
乙方及其人员对履约中接触的甲方工作秘密、个人信息及未公开数据负有保密义务，合同终止后仍持续有效。驻场人员应签署保密承诺书。

第十条 分包
乙方可将物联网采集终端的现场维修、机房设备巡检等非主体工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方。乙方对分包方的工作承担全部责任。

第十一条 违约责任
（一）乙方未按期提交交付成果或未按期完成甲方书面通知的整改事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
（三）乙方驻场人员擅自离岗或未经同意更换人员的，每人每日扣减服务费500元。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正，或季度考核连续两次不合格的，甲方有权解除合同，并按实际服务期间结算服务费。

第十三条 服务报告与沟通
乙方项目经理每周向甲方信息化负责人报告系统运行情况，每月参加甲方组织的运维例会；遇有系统重大变更、数据迁移或上级检查等事项，乙方应提前制定方案，经甲方批准后实施。

第十四条 服务交接
合同终止或期满时，乙方应在十五日内移交全部账号权限、运维文档、源代码和数据，并配合新的运维单位完成交接，交接期间不得中断服务。

第十五条 甲方义务
甲方应为驻场人员提供办公场所和必要的网络条件，及时审批乙方提交的变更和维护申请，组织相关科室参加培训和考核，协调政务云服务商、省追溯平台等相关单位配合乙方工作，并按约定支付服务费。

第十六条 不可抗力
因不可抗力致使合同不能履行的，受影响方应在三日内通知对方并提供证明，双方根据影响程度协商部分或全部免除责任。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同期满自动终止，不自动续期。下一年度运维服务由甲方依法另行组织采购。本合同一式五份，甲方三份，乙方两份，经双方盖章后生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：江山市农业农村局          乙方（盖章）：衢州数源农业信息技术有限公司
日期：2026年12月    日
'''

SOURCES['z05'] = '''\
# 麻艺工坊生产流程跟踪系统软件许可及开发合同

**（织行软件标准合同文本 ZX-2026 版）**

合同编号：ZX-HT-2027-0412

甲方（用户）：湖州素麻手作编织工作室

乙方（开发方）：杭州织行软件科技有限公司

甲方因经营需要，拟采购乙方“织行工坊流程跟踪系统”并委托乙方进行定制开发。双方本着平等自愿原则，经友好协商，签订本合同。本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

## 第一条 合同标的

1.1 乙方向甲方提供“织行工坊流程跟踪系统”标准版软件许可，授权甲方在其经营场所内使用，用户数不超过30个。

1.2 乙方根据甲方需求进行定制开发，主要包括：麻线原料入库与批次管理、编织工序派工与计件、手工艺人绩效统计、成品质检记录、订单进度看板及与甲方网店后台的订单同步接口。

1.3 系统应支持手机端扫码报工：每一件麻编半成品在编织、定型、染色、缝合和包装等工序流转时扫码登记，系统自动记录工序、操作人、用时和数量，并按甲方确定的计件单价生成手工艺人月度计件工资表。

1.4 定制开发的具体需求以双方确认的《需求确认单》为准。需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

1.5 乙方交付的系统为乙方通用产品的定制版本，乙方有权根据产品规划对系统界面和功能进行调整，调整不视为违约。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾伍万元整（¥450,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织行工坊流程跟踪系统标准版软件许可 | 168,000 |
| 2 | 定制开发（工序派工、计件、质检、看板、网店接口） | 246,000 |
| 3 | 安装部署及数据初始化 | 36,000 |
| | 合计 | 450,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件设备，也不含乙方人员赴甲方现场的差旅费用，差旅费用按实际发生由甲方承担。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的60%，即270,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即157,500元。

3.3 系统上线运行满三个月后，甲方支付剩余5%，即22,500元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之三支付违约金，且乙方有权暂停开发和技术服务。

3.5 乙方在收到每笔款项后十五个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票信息。

3.6 本合同价款不包括甲方后续提出的新增功能、报表和接口开发，新增内容按乙方当年人天单价另行报价。

## 第四条 交付

4.1 乙方在收到首笔款项且甲方确认需求后九十个工作日内完成开发并部署上线。

4.2 因甲方需求变更、数据准备不及时或其他非乙方原因造成延误的，交付期限相应顺延。乙方因人员调配等原因未能按期交付的，应与甲方协商新的交付时间，交付期限相应顺延。

4.3 乙方为甲方提供一次远程在线培训，培训对象为甲方管理人员和工序组长，培训时长为两个半天，超出部分按乙方人天单价另行收费。

4.4 系统部署在甲方自行采购的服务器上。甲方应在乙方部署前按乙方提供的配置清单准备服务器、网络和操作系统环境，并为乙方开通远程部署所需的访问权限。

4.5 甲方应指定一名项目联系人，负责需求确认、数据整理和内部协调。甲方联系人未在乙方提出问题后三个工作日内答复的，视为甲方同意乙方的处理方案。

## 第五条 验收

5.1 系统部署完成并开通账号后，即视为乙方已完成交付，甲方验收合格。

5.2 甲方使用过程中发现的问题，乙方将在后续版本中统一优化。

## 第六条 技术支持与维护

6.1 系统上线之日起三个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准执行。

6.3 乙方将在合理时间内响应甲方的技术支持请求，具体以乙方客服安排为准。

6.4 乙方通过客服电话、企业微信群和工单系统受理甲方的技术支持请求，服务时间为工作日9:00至18:00，节假日不提供服务。

6.5 因甲方自行修改系统配置、安装其他软件或服务器硬件故障导致的问题，不属于免费维护范围，乙方可协助处理并按人天单价收费。

6.6 乙方发布的系统新版本，甲方在免费维护期内可免费升级；免费维护期满后未签订维护协议的，乙方不再提供升级、缺陷修复及远程协助。

## 第七条 知识产权

7.1 系统标准版软件及乙方在本合同项下开发的全部定制功能、接口程序、源代码及文档的知识产权均归乙方所有。

7.2 甲方获得在本合同约定范围内非独占、不可转让的使用权，未经乙方书面许可，不得修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方录入系统的订单、工艺、客户和人员数据归甲方所有。

8.2 甲方同意，乙方可对系统运行中产生的业务数据进行脱敏和汇总后，用于改进产品、行业分析及开发新的产品功能。

8.3 乙方应采取合理的技术措施保障系统数据安全，包括账号权限控制、传输加密和每日备份；乙方员工访问甲方数据须经授权并留存日志。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，协助补救，并依法承担赔偿责任。

8.4 甲方应自行做好系统账号和密码的管理，因甲方人员操作不当、密码泄露或甲方服务器环境原因造成的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

9.2 乙方可将甲方名称及合作案例用于乙方的市场宣传，甲方另有书面要求的除外。

## 第十条 责任限制

10.1 乙方对本合同项下全部违约及赔偿责任的累计总额，以合同总价的20%为限。

10.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

10.3 乙方不对系统满足甲方特定用途作出保证，不保证系统运行不中断或完全无错误。

10.4 甲方因使用系统所作出的经营决策，由甲方自行负责。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，或甲方在开发过程中单方面终止项目的，乙方已完成的工作量按实际发生计算，甲方已支付的款项均不予退还，不足部分甲方应予补足。

11.3 本合同解除后，甲方应立即停止使用系统并删除安装的软件，乙方有权收回使用授权。

## 第十二条 不可抗力

12.1 因不可抗力、网络运营商故障、黑客攻击、第三方软件缺陷、政府管制等乙方无法控制的原因导致合同无法履行或延迟履行的，乙方不承担违约责任。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 乙方官网公布的服务说明和隐私政策为本合同附件。

甲方（盖章）：                    乙方（盖章）：

日期：2027年  月  日
'''

FILES = {
    "z01": ("h845z01_ocean_bureau_dugong_seal_monitoring_platform.pdf", "zh"),
    "z02": ("h845z02_skimmer_factory_line_control_retrofit.docx", "zh"),
    "z03": ("h845z03_xylophone_school_chain_booking_saas.txt", "zh"),
    "z04": ("h845z04_agriculture_bureau_beekeeping_traceability_om.txt", "zh"),
    "z05": ("h845z05_hemp_weaving_studio_tracking_supplier_template.md", "zh"),
    "e01": ("h845e01_aquafeed_perpetual_licence_ecuador_vendor.pdf", "en"),
    "e02": ("h845e02_flower_cold_chain_saas_order_form.md", "en"),
    "e03": ("h845e03_grain_silo_sensors_monitoring_licence.docx", "en"),
    "e04": ("h845e04_ceramics_managed_infrastructure_36_months.md", "en"),
    "e05": ("h845e05_cattle_market_data_api_subscription.txt", "en"),
}

# ---------------------------------------------------------------- labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: category, terms that differ from OK, extra, TCO fee base (itemised licence / hardware subtotal)
L = {
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                             contract_kind="goods_or_licence"),
            dict(contract_value=2078000, post_warranty_fee_capped=True), 1180000),
    "z02": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=22,
                             contract_kind="goods_or_licence"),
            dict(contract_value=1836000, post_warranty_fee_capped=True), 1520000),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                          auto_renewal_price_increase=True),
            dict(contract_value=540000), None),
    "z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.02,
                             subcontract_without_consent=True),
            dict(contract_value=486000), None),
    "z05": ("software", dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, liability_cap_pct=20,
                             prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False,
                             warranty_months=3, subcontract_without_consent=None, governing_law=None,
                             contract_kind="goods_or_licence"),
            dict(contract_value=450000, sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                 acceptance_deemed_on_delivery=True), 168000),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                             governing_law="Ecuador", contract_kind="goods_or_licence"),
            dict(contract_value=1780000, post_warranty_fee_capped=True), 1260000),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                          ld_rate_per_day_pct=600 / 906000 * 100, liability_cap_pct=9 / 36 * 100),
            dict(contract_value=906000), None),
    "e03": ("hardware", dict(p1_response_hours=2, ld_rate_per_day_pct=0.07, liability_cap_pct=200, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8.5,
                             contract_kind="goods_or_licence"),
            dict(contract_value=1666000, post_warranty_fee_capped=True), 1402400),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                             ld_rate_per_day_pct=1500 / 2160000 * 100, liability_cap_pct=150,
                             termination_for_breach=False),
            dict(contract_value=2160000), None),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=2, confidentiality=False,
                          ld_rate_per_day_pct=500 / 732000 * 100, liability_cap_pct=200,
                          subcontract_without_consent=True),
            dict(contract_value=732000), None),
}

# my design list, written before deriving
DESIGN = {
    "z01": [],
    "z02": ["CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"],
    "z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-MISSING",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-NO-REMEDY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy section 3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(t, e, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not e.get(
            "post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (e["contract_value"] + fees) * 100


def derive(t, e, base):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, e, base)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def labels():
    out = {}
    for key, (cat, diff, extra, base) in L.items():
        t = dict(OK)
        assert set(diff) <= set(T_KEYS), key
        t.update(diff)
        t = {k: t[k] for k in T_KEYS}
        e = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
        if t["contract_kind"] == "goods_or_licence":
            e["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
        else:
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
            assert t["post_warranty_fee_pct"] is None and t["final_payment_on_acceptance"] is None
        e["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
        e["contract_value"] = extra["contract_value"]
        rules = derive(t, e, base)
        assert rules == sorted(DESIGN[key]), (key, rules, sorted(DESIGN[key]))
        # no label value on a threshold
        for k, v in TH.items():
            if k in t and isinstance(t[k], (int, float)) and not isinstance(t[k], bool):
                assert abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(t, e, base)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        name, lang = FILES[key]
        out[key] = ({"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": e,
                     "expected_rules": rules}, share)
    return out


# ---------------------------------------------------------------- threshold scan
P = r"(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h(?![a-z])|个?小时)", r"(?<![一二三四五六七八九十])四个?小时",
    r"(?<![a-z-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十点])", r"千分之零点五",
    r"(?<![\d.,])100\s*" + P, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"(?<![\d.,])30\s*" + P, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*" + P,
    r"(?<![\d.,])15\s*" + P, r"百分之十五(?!点)", r"(?<![a-z-])fifteen\s*" + P,
    r"(?<![\d.,])40\s*" + P, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*" + P,
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|mos?(?![a-z]))", r"(?<![一二三四五六七八九十])十二个月",
    r"(?<![a-z-])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"一年质保|质保期?为?一年|one[-\s]*year\s*warranty",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty percent", "4小时", "4 hours", "four hours", "四小时", "99.9%",
            "0.05%", "万分之五", "100%", "百分之百", "15%", "百分之十五", "40 per cent", "百分之四十", "12个月",
            "12 months", "twelve months", "十二个月", "一年质保", "4h", "twelve (12) months"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "130%", "99.95%", "0.055%", "10.05%", "2.30%",
             "115%", "140%", "112 months", "0.15%", "45 minutes", "14 hours", "6个月", "1.4 hours", "24 x 7", "150%",
             "万分之八", "百分之二十", "0.5%"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), s
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


SUMS = [  # price and payment arithmetic stated in the texts
    (1180000 + 736000 + 124000 + 38000, 2078000), (1180000 * 9 // 100, 106200),
    (642000 + 386000 + 258000 + 76000 + 158000, 1520000), (1520000 + 196000 + 88000 + 32000, 1836000),
    (1520000 * 22 // 100, 334400), (10 + 55 + 35, 100), (20 + 45 + 35, 100),
    (35 * 6800, 238000), (2 * 238000 + 64000, 540000),
    (298000 + 82000 + 76000 + 30000, 486000), (4 * 121500, 486000),
    (168000 + 246000 + 36000, 450000), (450000 * 60 // 100 + 450000 * 35 // 100 + 450000 * 5 // 100, 450000),
    (1260000 + 384000 + 92000 + 44000, 1780000), (1260000 * 11 // 100, 138600),
    (3 * 286000 + 48000, 906000),
    (420 * 1860, 781200), (24 * 9800, 235200), (781200 + 235200 + 386000, 1402400),
    (1402400 + 168000 + 74000 + 21600, 1666000), (round(1402400 * 0.085), 119204),
    (36 * 58000 + 72000, 2160000), (2 * 348000 + 36000, 732000),
]


def main():
    for a, b in SUMS:
        assert a == b, (a, b)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    lab = labels()
    for key, (name, lang) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SOURCES[key].strip() + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in FILES}, {k: v for k, v in ((k, (n, n.rsplit(".", 1)[1])) for k, (n, _) in
                                                          FILES.items()) if v[1] in ("docx", "pdf")}, OUT,
          wrap_words=True)
    covered, bad = set(), []
    for key, (label, share) in lab.items():
        name, lang = FILES[key]
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        rules = label["expected_rules"]
        covered |= set(rules)
        print(f"{key} {lang} len={n} risk={risk(rules)} tco={'-' if share is None else round(share, 2)} {rules}")
        if not lo <= n <= hi:
            bad.append((key, n))
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(v[0]["expected_rules"]) for k, v in lab.items()}
    assert [k for k, c in counts.items() if c == 0] == ["z01", "e03"]
    assert lab["e01"][0]["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert 8 <= counts["z05"] <= 10
    assert sorted(k for k, c in counts.items() if 2 <= c <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed")


if __name__ == "__main__":
    main()
