"""Builds the .docx and .pdf contracts of holdout12 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
Run with /work/main/.venv/bin/python tests/data/contracts/holdout12/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H12Z01 = """T:智能视频分析平台软硬件销售及实施合同
P:（卖方标准合同文本 HX-STD-2026 版）
P:合同编号：HX-XS-2026-0418
P:甲方（卖方、供货方）：杭州恒讯智能科技有限公司
P:住所：浙江省杭州市滨江区长河街道江虹路 1688 号
P:乙方（买方、采购方）：嘉兴市城市运行管理中心
P:住所：浙江省嘉兴市南湖区广场路 66 号
P:本合同所称“甲方”系指卖方，即本合同项下货物、软件及技术服务的提供方；“乙方”系指买方，即本合同项下货物、软件及技术服务的采购方及最终用户。乙方通过公开招标确定甲方为本项目成交供应商（招标编号：JXCG-2026-0213），双方依据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。
H:第一条 合同标的
P:1.1 甲方向乙方提供智能视频分析平台软件（永久授权）、GPU 视频分析服务器及配套存储设备，并负责安装部署、与乙方现有城市视频监控共享平台的接口开发、联调测试及操作培训（以下统称“本项目”）。
P:1.2 货物及服务清单如下：
TB:序号|名称|数量|金额（元）
TB:1|GPU 视频分析服务器（含操作系统）|6 台|960,000
TB:2|存储扩展柜（单柜 480TB）|2 台|240,000
TB:3|智能视频分析平台软件（永久授权，200 路）|1 套|480,000
TB:4|安装部署、接口开发、联调及培训|1 项|180,000
TB:合计|||1,860,000
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾陆万元整（¥1,860,000.00），包括货物价款、软件许可费、运输、保险、安装、接口开发、培训及税费等全部费用。除本合同另有约定外，合同总价不作调整。
H:第三条 付款方式
P:3.1 本合同签订后五个工作日内，乙方向甲方支付合同总价的 40% 作为预付款，即人民币柒拾肆万肆仟元整（¥744,000.00）。
P:3.2 全部货物到达乙方指定地点并经乙方签收后十个工作日内，乙方向甲方支付合同总价的 40%。到货签收仅为数量及外观清点，不视为对货物质量的验收。
P:3.3 系统终验合格并双方签署终验报告后十个工作日内，乙方向甲方支付合同总价剩余的 20%。
P:3.4 甲方应在乙方每期付款前开具等额增值税专用发票。
H:第四条 交付、安装与培训
P:4.1 甲方应于合同签订后四十五日内将全部货物送至乙方指定地点，并于到货后三十日内完成安装部署、接口开发及联调。
P:4.2 甲方应为乙方运维人员提供不少于三天的现场操作及管理培训，培训人数不少于十人。
H:第五条 验收
P:5.1 安装联调完成后，甲方书面提请验收，乙方依据本合同技术规格书（附件一）及双方确认的测试方案组织终验。验收标准包括：目标识别准确率不低于 95%；单台服务器并发分析路数不低于 40 路；与乙方现有平台的接口调用成功率不低于 99.9%；系统连续试运行三十日无一级故障。
P:5.2 终验合格的，双方签署终验报告；不合格的，甲方应在十五日内整改完毕并重新提请验收，由此产生的费用由甲方承担。
H:第六条 质量保证
P:6.1 甲方提供的全部货物及软件自终验合格之日起免费质保十二个月。质保期内，甲方免费提供软件升级、故障修复及硬件备件更换服务。
P:6.2 质保期满后，乙方如需继续获得维保服务，应与甲方另行签订维保合同，维保服务费按甲方届时公布的服务价格标准执行。
H:第七条 技术支持与服务水平
P:7.1 质保期内，甲方提供 7×24 小时电话及远程技术支持。一级故障（平台整体不可用或 50% 以上分析路数中断）甲方应在 2 小时内响应，6 小时内到达现场；二级故障应在 4 小时内响应，次一工作日到达现场。
P:7.2 甲方未按上述时限响应或到场的，每超时一小时向乙方支付人民币 500 元，当月累计不超过人民币 10,000 元。
H:第八条 知识产权
P:8.1 智能视频分析平台软件及其算法模型的著作权、专利权等知识产权归甲方所有，乙方依本合同取得永久、不可转让的使用许可。
P:8.2 甲方为乙方定制开发的接口程序、统计报表及相关技术文档，其知识产权归乙方所有，乙方可自行使用、修改并许可第三方使用。
H:第九条 数据安全与保密
P:9.1 乙方的视频数据、分析结果及其他业务数据归乙方所有。甲方仅可为履行本合同之目的接触或处理上述数据，不得复制、留存或用于任何其他目的。
P:9.2 甲方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》及《中华人民共和国个人信息保护法》，采取访问控制、操作审计、最小授权等措施保障乙方数据安全；因甲方原因导致乙方数据泄露、丢失或被篡改的，甲方应立即通知乙方，并承担由此造成的全部损失。
P:9.3 双方对在履行本合同过程中知悉的对方商业秘密、技术秘密及其他未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露。本保密义务在本合同终止后五年内继续有效。
H:第十条 分包
P:10.1 甲方可将本项目的设备安装、综合布线及现场服务工作分包给具备相应资质的合作单位实施，但应在实施前书面通知乙方。甲方对分包单位的工作成果向乙方承担责任。
H:第十一条 违约责任
P:11.1 甲方逾期交货或逾期完成安装联调的，每逾期一日，按合同总价的万分之二向乙方支付违约金，违约金总额不超过合同总价的 5%。
P:11.2 乙方逾期付款的，每逾期一日，按逾期未付金额的万分之五向甲方支付违约金。
P:11.3 甲方在本合同项下的累计赔偿责任以合同总价为限，但第 9.2 条约定的数据安全赔偿责任不受此限。
H:第十二条 合同解除
P:12.1 甲方逾期交货超过三十日，或交付的货物经两次验收仍不合格，或甲方有其他严重违约行为的，乙方有权书面通知甲方解除本合同，甲方应退还乙方已支付的全部款项并承担违约责任。
P:12.2 乙方逾期付款超过六十日，经甲方催告后十五日内仍未支付的，甲方有权解除本合同。
H:第十三条 不可抗力
P:13.1 因不可抗力致使本合同不能履行的，受影响一方应在三日内通知对方，并在十五日内提供证明。双方根据不可抗力的影响协商延期履行或解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方可向甲方住所地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同附件为本合同不可分割的组成部分，附件一：技术规格书；附件二：测试方案。
P:15.2 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式四份，甲乙双方各执两份，具有同等法律效力。
P:甲方（盖章）：杭州恒讯智能科技有限公司　　授权代表：　　　日期：2026 年 5 月 8 日
P:乙方（盖章）：嘉兴市城市运行管理中心　　授权代表：　　　日期：2026 年 5 月 8 日
"""

H12E02 = """T:MASTER LICENCE AND PROFESSIONAL SERVICES AGREEMENT
P:Order Form No. CQGJJ-2026-01 and General Terms
P:This Agreement consists of the Order Form below and the General Terms that follow it. The Order Form sets out the commercial terms. If the Order Form and the General Terms conflict, the Order Form prevails.
H:ORDER FORM
TB:Item|Details
TB:Customer|Chongqing Municipal Housing Provident Fund Management Center
TB:Supplier|Lattice Software (Chengdu) Co., Ltd.
TB:Order Date|15 September 2026
TB:Licensed Software|Lattice CaseFlow Enterprise 6.x, perpetual licence, 600 named users, production and test environments
TB:Licence Fee|CNY 1,800,000
TB:Professional Services|Implementation, configuration, integration with the Customer's core provident fund system, data migration and training, as described in the Statement of Work (Annex 1)
TB:Professional Services Fee|CNY 700,000 (fixed fee)
TB:Total Contract Price|CNY 2,500,000, VAT included
TB:Payment Schedule|20% (CNY 500,000) within 15 days of signature; 50% (CNY 1,250,000) within 15 days of Go-Live; 30% (CNY 750,000) within 15 days of the Final Acceptance Certificate
TB:Go-Live Date|31 March 2027
TB:Delay Damages|0.1% of the Total Contract Price for each day by which Go-Live is delayed for reasons attributable to the Supplier, up to 10% of the Total Contract Price
TB:Warranty Period|12 months from the date of the Final Acceptance Certificate
TB:Annual Support Fee (after the Warranty Period)|CNY 252,000 per support year (14% of the Licence Fee), fixed for the first three support years; thereafter any increase shall not exceed 3% of the previous year's fee
TB:Service Levels|Severity 1: response within 1 hour, 24x7, workaround within 8 hours; Severity 2: response within 4 business hours
TB:Service Credits|CNY 5,000 for each hour by which a Severity 1 response is late, deducted from the next invoice or paid within 30 days
TB:Liability Cap|100% of the Total Contract Price
TB:Governing Law and Forum|Laws of the People's Republic of China; Chongqing Arbitration Commission
H:GENERAL TERMS
H:1. Definitions and precedence
P:1.1 "Deliverables" means the configurations, custom workflows, interfaces, reports, migration scripts and documents produced by the Supplier specifically for the Customer under the Statement of Work. "Background IP" means the Software and any tools and know-how owned by the Supplier before the Order Date or developed independently of this Agreement.
P:1.2 Where these General Terms say "unless the Order Form states otherwise", the Order Form entry applies if there is one.
H:2. Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for its own business purposes, within the number of named users stated in the Order Form.
H:3. Professional Services and Acceptance
P:3.1 The Supplier shall perform the Professional Services in accordance with the Statement of Work and the project plan agreed at kick-off.
P:3.2 After Go-Live the Customer shall carry out user acceptance testing against the Acceptance Criteria in Annex 1, which include: all functions in the requirements baseline pass testing; no open Severity 1 or Severity 2 defects; migrated records reconcile to the source system with 100% accuracy; and response time below 3 seconds for 95% of transactions at 300 concurrent users.
P:3.3 When the Acceptance Criteria are met the Customer shall issue the Final Acceptance Certificate. Go-Live, productive use or payment of any instalment does not constitute Final Acceptance.
H:4. Warranty
P:4.1 Unless the Order Form states otherwise, the Supplier warrants for ninety (90) days from delivery that the Licensed Software will perform substantially in accordance with its documentation.
P:4.2 During the warranty period the Supplier shall correct defects at no charge and provide support at the service levels stated in the Order Form.
H:5. Support after the Warranty Period
P:5.1 After the Warranty Period the Supplier shall provide support and new releases for the Annual Support Fee stated in the Order Form. Support is ordered by the Customer for each support year by purchase order and does not renew automatically.
H:6. Intellectual Property
P:6.1 The Background IP remains the property of the Supplier.
P:6.2 All intellectual property rights in the Deliverables vest in the Customer on creation. To the extent Background IP is embedded in a Deliverable, the Supplier grants the Customer a perpetual, royalty-free, irrevocable licence to use, modify and sub-license it as part of that Deliverable, including to third-party contractors working for the Customer.
H:7. Customer Data and Security
P:7.1 All data supplied by the Customer or processed by the Licensed Software ("Customer Data") belongs to the Customer. The Supplier may use Customer Data only to perform this Agreement and shall not use it, in any form including anonymised or aggregated form, for any other purpose.
P:7.2 When accessing the Customer's systems the Supplier shall comply with the Customer's security policies and MLPS level-3 requirements, use encrypted channels and named accounts only, and delete all copies of Customer Data held by it at the end of the project.
P:7.3 The Supplier shall notify the Customer of any actual or suspected data breach within 24 hours and shall be liable for all losses caused by a breach attributable to the Supplier or its personnel.
H:8. Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other party and use it only for the purposes of this Agreement. This obligation survives for five years after termination.
H:9. Limitation of Liability
P:9.1 Unless the Order Form states otherwise, each party's aggregate liability under this Agreement is limited to the fees paid in the twelve (12) months preceding the event giving rise to the claim.
P:9.2 Neither party excludes liability for fraud, wilful misconduct or breach of clause 7.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract any part of the Professional Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:11. Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice. If the Customer terminates for the Supplier's breach, the Supplier shall refund the fees paid for Deliverables not accepted.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the law and disputes are resolved in the forum stated in the Order Form.
H:13. General
P:13.1 This Agreement may be amended only in writing signed by both parties. Annex 1 (Statement of Work and Acceptance Criteria) forms part of this Agreement.
P:Signed for the Customer: ____________________  Signed for the Supplier: ____________________
"""

SOURCES = {"h12z01": H12Z01, "h12e02": H12E02}
TARGETS = {"h12z01": ("h12z01_supplier_template_video_analytics.pdf", "pdf"),
           "h12e02": ("h12e02_licence_services_order_form.docx", "docx")}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT)
