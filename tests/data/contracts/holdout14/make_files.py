"""Builds the .docx and .pdf contracts of holdout14 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
Run with /work/main/.venv/bin/python tests/data/contracts/holdout14/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H14Z02 = """T:市级政务信息系统迁移上云及云管平台建设项目合同
P:合同编号：QZ-ZWSJ-2026-017
P:甲方（采购人）：青洲市政务服务和数据管理局
P:乙方（成交供应商）：杭州蓝湾数联科技有限公司
P:根据青洲市政务信息系统迁移上云项目（项目编号QZCG-2026-0093）公开招标结果，依据《中华人民共和国民法典》《中华人民共和国政府采购法》，甲乙双方签订本合同。
H:第一条 项目内容
P:1.1 乙方负责将甲方统筹管理的46个市级部门业务系统从各部门自建机房迁移至青洲市政务云，完成云管理平台、数据库迁移与同步工具及备份容灾软件的供货、部署和集成，并提供迁移实施、安全加固、等保测评配合及培训服务。
P:1.2 迁移范围、系统清单和目标架构以招标文件第五章及附件一《迁移系统清单》为准。每个系统的迁移均须经过调研评估、迁移方案、迁移演练、正式割接和上线验证五个阶段，割接窗口由甲方会同系统所属部门确认。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰贰拾伍万元整（¥3,250,000.00），明细如下：
TB:序号|项目|数量|金额（元）|备注
TB:1|云管理平台软件（永久授权）|1套|960,000|含多云纳管、计量计费、运维监控模块
TB:2|数据库迁移与同步工具（永久授权）|1套|380,000|支持主流国产数据库
TB:3|备份与容灾软件（永久授权）|1套（100TB）|540,000|
TB:|软件许可小计||1,880,000|
TB:4|系统迁移实施服务|46个系统|1,150,000|
TB:5|安全加固及等保测评配合|1项|170,000|
TB:6|培训|1项|50,000|
TB:|合同总价||3,250,000|
P:2.2 上述价款为固定总价，包含软件许可、部署、迁移实施、差旅、税费及免费维保期内的全部服务费用。
H:第三条 实施工期
P:3.1 乙方应在合同签订后30日内完成软件部署及初始化，180日内完成全部46个系统的迁移割接。
P:3.2 迁移割接应在甲方确认的窗口期内进行，单个系统割接造成的业务中断不得超过经批准的时长。
H:第四条 付款
P:4.1 合同签订后15个工作日内，甲方支付合同总价的20%，即人民币陆拾伍万元（¥650,000.00）。
P:4.2 全部系统迁移完成并通过初验后，甲方支付合同总价的50%，即人民币壹佰陆拾贰万伍仟元（¥1,625,000.00）。
P:4.3 系统稳定运行三个月并通过终验后，甲方支付合同总价的30%，即人民币玖拾柒万伍仟元（¥975,000.00）。
P:4.4 乙方每次收款前应向甲方开具等额合法发票。
H:第五条 验收
P:5.1 初验：全部系统迁移完成后，乙方提交迁移报告，甲方组织各部门按照附件二《验收标准》进行核验，要求数据完整性和一致性校验通过率100%，业务功能测试用例通过率100%，迁移后性能不低于迁移前基线，安全基线检查无高危项。
P:5.2 终验：初验合格后系统稳定运行三个月，期间未发生因迁移原因导致的一级故障，且乙方已提交全部技术文档的，甲方组织专家进行终验并出具终验报告。
P:5.3 系统割接上线、甲方部门试用或甲方支付款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 免费维保期内，乙方提供7×24小时技术支持，故障处理时限如下：
TB:故障级别|定义|响应时间|恢复时间
TB:一级|云管平台不可用，或已迁移系统因迁移原因整体无法访问|30分钟|4小时
TB:二级|部分功能异常或性能明显下降|2小时|24小时
TB:三级|一般问题及咨询|8小时|3个工作日
P:6.2 乙方未按上表时限响应或恢复的，每超时一小时扣减人民币1,500元，从终验款或履约保证金中扣除。
H:第七条 质保与维保
P:7.1 免费维保期为二十四个月，自终验合格之日起计算。维保期内乙方免费提供软件升级、补丁、故障处理和季度巡检服务。
P:7.2 免费维保期满后，甲方如需继续购买维保服务，年度维保费不超过软件许可小计的10%，即每年不超过人民币壹拾捌万捌仟元（¥188,000.00），期满后三年内不予上调。
H:第八条 数据安全
P:8.1 迁移涉及的全部政务数据、业务数据及个人信息归甲方及各数据所属部门所有。乙方仅可在迁移工作必需的范围内接触数据，不得复制、截留、留存或用于本合同以外的任何用途。
P:8.2 迁移过程中的数据传输应加密；临时存储介质在迁移完成后当场销毁并形成记录；乙方人员的操作须通过甲方堡垒机进行并留存审计日志。
P:8.3 因乙方原因导致数据泄露、丢失或损毁的，乙方应立即报告甲方并采取补救措施，承担相应的法律责任和赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方网络架构、安全配置、系统口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。合同终止后保密义务继续有效。
H:第十条 知识产权
P:10.1 乙方为甲方定制开发的迁移脚本、接口适配程序、运维编排模板及全部技术文档，其知识产权归甲方所有，甲方可自由使用、修改并许可第三方使用。
P:10.2 第2.1条所列软件产品的知识产权归其权利人所有，甲方依本合同取得永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方未按第三条约定期限完成部署或迁移的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方在本合同项下承担的违约金及损害赔偿责任总额，以合同总价的百分之三十为限。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:乙方不得转包本合同。乙方可将部分系统的迁移实施工作委托具备相应资质的合作单位完成，但应提前五个工作日书面通知甲方，并对合作单位的工作承担连带责任。
H:第十三条 合同解除
P:乙方逾期超过60日，或发生重大数据安全事件，或有其他严重违约行为的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交青洲仲裁委员会仲裁。
H:第十五条 其他
P:本合同未尽事宜，按招标文件和投标文件执行。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：青洲市政务服务和数据管理局　　乙方（盖章）：杭州蓝湾数联科技有限公司
P:日期：2026年　月　日　　　　　　　　　　　　日期：2026年　月　日
"""

H14Z05 = """T:港区视频监控系统设备供货及安装合同
P:合同编号：HSD-XS-2026-112（供方合同文本）
P:甲方（买方）：东港港务集团有限公司
P:乙方（卖方）：深圳市海视达安防工程有限公司
P:甲方因港区视频监控系统升级改造需要，向乙方采购视频监控设备并委托乙方安装。经双方协商，根据《中华人民共和国民法典》，订立本合同。
H:第一条 项目概况
P:乙方负责东港港区码头作业区、集装箱堆场、闸口及办公区的高清视频监控设备供货、安装、调试，以及监控中心拼接大屏的安装，实现全港区视频图像集中存储和统一管理。点位共计320个，点位分布以双方确认的点位图为准。
P:系统建成后应满足以下要求：前端图像分辨率不低于400万像素，夜间低照度环境下图像清晰可辨；全部点位录像连续保存不少于90天；监控中心可对任一点位进行实时调阅、回放和云台控制；平台支持与甲方现有门禁及周界报警系统联动。
H:第二条 设备清单及合同价格
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|400万像素星光级网络摄像机（枪机/球机）|320台|1,450|464,000
TB:2|网络硬盘录像机及存储（含硬盘）|8台|38,000|304,000
TB:3|视频综合管理平台软件|1套|260,000|260,000
TB:4|拼接大屏及解码设备|1套|315,000|315,000
TB:5|线缆、辅材及安装施工|1项|287,000|287,000
TB:|合计|||1,630,000
P:合同总价为人民币壹佰陆拾叁万元整（¥1,630,000.00），含设备费、运输费、安装调试费及税费。甲方要求增加点位的，按本合同单价另行结算；点位减少的，按实际安装数量结算。
H:第三条 付款方式
P:3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的45%作为预付款，即人民币柒拾叁万叁仟伍佰元（¥733,500.00）。
P:3.2 设备安装完毕并通电运行后7日内，甲方向乙方支付剩余55%货款，即人民币捌拾玖万陆仟伍佰元（¥896,500.00）。
H:第四条 交货与安装
P:4.1 乙方在收到预付款后40日内供货，到货后30日内完成安装调试。
P:4.2 甲方应按乙方要求提供施工用电、施工场地及立杆基础等施工条件。因甲方原因造成延误的，工期相应顺延。
P:4.3 乙方应随货提供设备合格证、说明书、装箱单，安装完成后向甲方移交系统操作手册及设备台账，并对甲方监控中心值班人员进行不少于2天的操作培训。
P:4.4 乙方施工人员应遵守港区安全生产及作业管理规定，进入码头作业区施工须提前报甲方批准。施工过程中因乙方原因造成人员伤亡或财产损失的，由乙方负责。
H:第五条 验收
P:设备安装完毕并通电运行，即视为甲方验收合格。甲方应在安装完成后3日内签署验收单；逾期未签署的，视为验收合格。
H:第六条 质量保证
P:6.1 乙方所供设备的质保期为六个月，自安装完成之日起计算。质保期内因设备本身质量问题发生的故障，乙方负责免费维修或更换；人为损坏、雷击、电压异常等造成的损坏不在质保范围内。
P:6.2 质保期满后，乙方可继续为甲方提供维修服务，服务费用按乙方届时的收费标准另行收取。
H:第七条 售后服务
P:质保期内，乙方接到甲方报修后24小时内响应，72小时内修复。备件需返厂维修的，修复时间相应顺延。
H:第八条 视频数据
P:8.1 乙方应采取必要的技术措施保障系统中视频数据的安全。因乙方施工或维护操作直接造成视频数据泄露的，由乙方承担相应责任。
P:8.2 为提升智能分析算法效果，乙方有权对系统采集的视频图像进行脱敏处理后用于算法训练和产品改进。
H:第九条 保密
P:双方对在合作过程中知悉的对方商业秘密、技术资料及经营信息负有保密义务，未经对方同意不得向第三方披露。乙方施工人员不得擅自拍摄港区作业场景或对外发布与本项目有关的图片。
H:第十条 知识产权
P:10.1 视频综合管理平台软件的著作权归乙方或原厂所有，甲方在本项目范围内享有使用权。
P:10.2 乙方为本项目编制的点位设计图、施工图及竣工资料交付甲方后，归甲方所有。
H:第十一条 违约责任
P:11.1 乙方逾期交货的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
P:11.2 甲方逾期付款的，每逾期一日，按逾期付款金额的千分之一向乙方支付违约金。
H:第十二条 分包
P:乙方可根据施工需要，将线缆敷设、立杆基础及安装施工分包给具有相应资质的施工单位，无需另行征得甲方同意。
H:第十三条 合同的变更与解除
P:合同的变更须经双方书面协商一致。本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
H:第十四条 不可抗力
P:因台风、地震等不可抗力导致一方不能履行合同的，应及时通知对方并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：东港港务集团有限公司　　乙方（盖章）：深圳市海视达安防工程有限公司
P:日期：2026年　月　日　　　　　　　　　日期：2026年　月　日
"""

H14E02 = """T:Supply and Installation Contract: High-Performance Computing Cluster
P:Contract No. NHU-PROC-2026-0212
P:Customer: Ningbo Harbourside University, a Sino-foreign cooperative university established under the laws of the People's Republic of China ("Customer")
P:Supplier: Zhejiang Kepler Compute Systems Co., Ltd. ("Supplier")
P:Following the Customer's public tender No. NHU-T-2026-031, the parties agree as follows.
H:1. Scope
P:1.1 Supplier shall supply the Equipment listed in clause 2, deliver it to the Customer's data centre on the Ningbo campus, install, rack and cable it, configure the operating system, cluster management and job scheduling software, run the acceptance tests in clause 5, integrate the cluster with the Customer's campus identity system and train the Customer's staff.
P:1.2 All Equipment shall be new and original, with the configurations stated in the Technical Specification (Annex 1).
H:2. Contract Price
P:2.1 The Contract Price is CNY 6,460,000 (Six Million Four Hundred and Sixty Thousand Yuan), inclusive of VAT, transport, insurance, installation, testing and training, broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|GPU compute server, 8 GPUs, 2 CPUs, 1 TB memory|6|720,000|4,320,000
TB:2|Parallel file storage system, 1 PB usable|1|1,150,000|1,150,000
TB:3|InfiniBand switch, 64 ports|2|185,000|370,000
TB:4|Management and login nodes|4|68,000|272,000
TB:5|Racks, PDUs, cabling and accessories|1 lot|138,000|138,000
TB:|Equipment subtotal|||6,250,000
TB:6|Installation, configuration, acceptance testing and training|1 lot|210,000|210,000
TB:|Contract Price|||6,460,000
P:2.2 The Contract Price is fixed and not subject to adjustment.
H:3. Delivery and Installation
P:3.1 Supplier shall deliver all Equipment within 60 days after signature of this Contract and complete installation and configuration within 20 days after delivery.
P:3.2 On delivery the parties jointly check quantity, model and visible condition and sign a Delivery Inspection Record. The Delivery Inspection Record confirms receipt only and does not constitute acceptance.
H:4. Payment
P:4.1 No advance payment is payable under this Contract.
P:4.2 60% of the Contract Price (CNY 3,876,000) is payable within 20 business days after the Delivery Inspection Record is signed and a valid invoice is received.
P:4.3 The remaining 40% of the Contract Price (CNY 2,584,000) is payable within 20 business days after the Final Acceptance Certificate is signed.
H:5. Testing and Acceptance
P:5.1 After installation, Supplier runs the acceptance tests in Annex 2 in the presence of the Customer: (a) configuration check of every node against Annex 1; (b) HPL benchmark reaching at least 70% of theoretical peak performance; (c) storage throughput of at least 80 GB/s read and 60 GB/s write; (d) functional tests of the scheduler, identity integration and monitoring.
P:5.2 After all tests are passed, the cluster runs in production use for a burn-in period of 14 days without any Severity 1 fault. The Customer then signs the Final Acceptance Certificate.
P:5.3 If any test fails, Supplier shall remedy the defect at its own cost within 10 days and repeat the test. Use of the cluster before the Final Acceptance Certificate is signed does not constitute acceptance.
H:6. Warranty and Post-Warranty Maintenance
P:6.1 Supplier warrants all Equipment for thirty-six (36) months from the date of the Final Acceptance Certificate, including on-site parts replacement, firmware updates and technical support, free of charge.
P:6.2 After the warranty period, Supplier shall, at the Customer's request, provide annual maintenance at a fee not exceeding 7% of the Equipment subtotal per year (CNY 437,500), and this fee shall not increase during the two years following the end of the warranty period.
H:7. Service Levels during the Warranty Period
TB:Severity|Definition|Response|On-site / restoration
TB:Severity 1|Cluster or storage system unavailable, or more than two compute nodes down|1 hour|Engineer on site within 4 hours; restoration within 12 hours
TB:Severity 2|Single node or component failure, degraded performance|4 hours|Next business day
TB:Severity 3|Questions and minor issues|1 business day|As agreed
P:7.2 For each hour by which a Severity 1 response or restoration target is missed, Supplier shall pay the Customer CNY 2,500, which the Customer may deduct from any amount payable to Supplier.
H:8. Data Protection
P:8.1 All research data, user accounts and other data stored on or processed by the Equipment belong to the Customer. Supplier personnel may access such data only as necessary to install and repair the Equipment and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access requires the Customer's prior written approval for each session. Failed drives and other storage media remain with the Customer and are not returned to Supplier.
P:8.3 Supplier shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer data caused by Supplier personnel and shall be liable for the resulting losses.
H:9. Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Contract and use it only for performing this Contract. This obligation survives for five years after the end of this Contract.
H:10. Intellectual Property
P:10.1 Supplier warrants that the Equipment and its embedded software do not infringe any third-party rights and shall indemnify the Customer against any such claim.
P:10.2 The configuration files, scripts, design documents and operating manuals prepared by Supplier for this project belong to the Customer, which may use, modify and share them without restriction.
H:11. Delay and Liability
P:11.1 If Supplier fails to deliver or to complete installation by the dates in clause 3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Supplier's total liability under this Contract shall not exceed 100% of the Contract Price, except for liability for personal injury, wilful misconduct, breach of clause 8 or infringement of third-party rights.
H:12. Subcontracting
P:Supplier shall not subcontract any part of the installation or services without the Customer's prior written consent.
H:13. Termination
P:The Customer may terminate this Contract by written notice if Supplier commits a material breach and does not remedy it within 15 days after written notice, or if any delay exceeds 30 days. Supplier shall then refund all amounts paid for undelivered or rejected items.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:15. Miscellaneous
P:Annexes: 1 Technical Specification; 2 Acceptance Test Plan; 3 Supplier's tender response. This Contract is signed in four originals, two for each party.
P:Customer: ____________________   Supplier: ____________________   Date: ____________
"""

SOURCES = {"h14z02": H14Z02, "h14z05": H14Z05, "h14e02": H14E02}
TARGETS = {"h14z02": ("h14z02_egov_cloud_migration_integration.docx", "docx"),
           "h14z05": ("h14z05_port_video_surveillance_supplier_draft.pdf", "pdf"),
           "h14e02": ("h14e02_university_hpc_cluster_supply_install.docx", "docx")}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT)
