"""Builds the .docx and .pdf contracts of holdout18 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDF the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout18/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H18Z02 = """T:江屿市水务集团供水调度SCADA系统建设项目合同
P:合同编号：JYSW-XX-2026-0326
P:甲方：江屿市水务集团有限公司
P:乙方：华澜自动化工程股份有限公司
P:甲方就"供水调度SCADA系统建设项目"进行公开招标，乙方为中标人。依据《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责甲方调度中心、城东及城西两座水厂和38座加压泵站的SCADA系统建设，内容包括：水厂PLC控制柜更新，泵站远程终端（RTU）及通信终端安装，工业以太网交换机部署，SCADA组态软件及实时/历史数据库部署，工控安全防护建设，调度报表及与甲方营收系统、管网GIS系统的数据接口定制开发，以及系统联调和人员培训。
P:1.2 施工期间须保证连续供水。涉及停机的切换作业，乙方应提前3日提交切换方案，经甲方生产调度部批准后在夜间用水低峰时段实施。
H:第二条 合同价款
P:2.1 合同价款明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含国产PLC及I/O模块）|6套|168,000|1,008,000
TB:2|泵站RTU及通信终端|38套|21,500|817,000
TB:3|工业以太网交换机|24台|9,800|235,200
TB:4|SCADA组态软件（服务器版，不限点数）|2套|186,000|372,000
TB:5|SCADA客户端许可|12个|8,500|102,000
TB:6|实时/历史数据库软件|1套|245,000|245,000
TB:7|工业防火墙及工控安全审计系统|1套|198,000|198,000
TB:|软硬件小计|||2,977,200
TB:8|调度报表及数据接口定制开发|1项|286,000|286,000
TB:9|安装、调试、联调及培训|1项|349,800|349,800
TB:|合同总价|||3,613,000
P:2.2 合同总价为人民币叁佰陆拾壹万叁仟元整（¥3,613,000.00），含税，包括设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的10%作为预付款，即¥361,300.00。
P:3.2 全部设备到货并经双方清点签收后15个工作日内，甲方支付合同总价的30%，即¥1,083,900.00。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的55%，即¥1,987,150.00。
P:3.4 合同总价的5%即¥180,650.00作为质量保证金，质保期满且无未解决的质量问题后15个工作日内无息支付。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内完成全部设备到货，150日内完成安装调试并具备初验条件。
P:4.2 因甲方原因或不可抗力造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初验标准：（1）全部I/O点与现场设备逐点核对无误；（2）泵站遥测数据刷新周期不大于5秒，遥控命令执行成功，连续72小时运行无数据中断；（3）调度报表及接口数据与源系统核对一致；（4）工业防火墙按甲方审定的白名单策略配置，经第三方工控安全检测无高危漏洞。全部满足后甲方签署初验报告。
P:5.2 初验后系统试运行三个月。试运行期间运行稳定、未发生一级故障的，甲方组织终验并签署终验报告。
P:5.3 设备到货签收、安装完成或系统投入试运行，均不视为终验合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件补丁及版本升级，每季度现场巡检一次。
P:6.2 质保期内，SCADA系统（调度中心服务器集群及主干通信）月度可用性不低于99.5%。可用性＝（当月总分钟数－故障停运分钟数）÷当月总分钟数。每低于承诺值0.1个百分点，乙方向甲方支付服务赔偿金3,000元，可从质量保证金中扣除。
P:6.3 故障响应要求如下表：
TB:故障等级|情形|响应时间|到场时间|恢复时间
TB:一级|调度中心SCADA服务器或数据库停止运行；5座以上泵站同时失去监控|30分钟|2小时|6小时
TB:二级|单座水厂或泵站失去监控；单台PLC故障|1小时|3小时|12小时
TB:三级|报表、画面显示等不影响生产监控的问题|1个工作日|按需|3个工作日
P:6.4 响应、到场或恢复超过上表时限的，每超时1小时，乙方向甲方支付违约金1,000元。
P:6.5 质保期满后，甲方可委托乙方继续提供维保服务，服务内容与质保期内相同。维保服务费按软硬件小计（¥2,977,200）的18%每年计取，即每年人民币535,896元，质保期满后三年内不作调整。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的调度报表、数据接口程序（含源代码）以及SCADA组态工程文件和设计文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改。
P:7.2 组态软件、数据库软件等标准产品的知识产权归原厂商所有，甲方获得永久使用许可。
H:第八条 数据与工控安全
P:8.1 供水调度数据、管网数据和用户数据均属于甲方。乙方仅可为履行本合同在甲方授权范围内接触数据，不得复制、留存或向任何第三方提供。
P:8.2 生产控制网与办公网、互联网之间须部署工业防火墙隔离。乙方远程维护须经甲方审批，通过甲方运维堡垒机接入，全程录像审计，维护结束后立即断开；禁止在生产控制网中使用未经查杀的移动存储介质。
P:8.3 发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的供水设施布局、控制网络结构、系统口令及甲方其他未公开信息负有保密义务，不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成设备到货或安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 设备或软件不符合合同约定的，乙方应无条件更换，并赔偿由此给甲方造成的损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方可将泵站土建配套及通信管线开挖工作分包给具有相应资质的单位，但须事先取得甲方书面同意，并对分包部分向甲方承担全部责任。其他工作不得分包。
H:第十二条 合同解除
P:乙方逾期超过45日、终验两次不合格或因乙方原因发生重大安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交九江仲裁委员会仲裁。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效。招标文件、投标文件及技术规格书为本合同组成部分。本合同一式六份，甲方四份，乙方二份。
P:甲方（盖章）：江屿市水务集团有限公司　　乙方（盖章）：华澜自动化工程股份有限公司
"""

H18Z04 = """T:国产数据库软件采购及迁移实施合同
P:合同编号：DLZQ-IT-2026-0215
P:甲方：东岭证券股份有限公司
P:乙方：北京星衡数据库技术有限公司
P:为推进核心业务系统数据库国产化替代，甲方通过公开招标确定乙方为中标人。依据《中华人民共和国民法典》及招标、投标文件，双方订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供星衡分布式数据库（企业版）软件永久使用许可及配套管理组件，并将甲方集中交易清算系统、资产管理系统及数据仓库现用的Oracle数据库迁移至该数据库。
P:1.2 迁移工作包括：迁移评估，数据库对象转换，存储过程及SQL改写，应用适配配合，全量及增量数据迁移，双轨并行比对，生产割接及割接后保障。
H:第二条 合同价款
P:2.1 合同价款明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|数据库企业版软件许可（永久，按物理CPU核）|256核|5,200|1,331,200
TB:2|数据库管理平台及备份恢复组件（永久许可）|1套|218,000|218,000
TB:|软件许可小计|||1,549,200
TB:3|迁移评估及改造实施|1项|684,000|684,000
TB:4|性能调优及割接保障|1项|126,800|126,800
TB:5|培训（运维及开发各一期）|1项|40,000|40,000
TB:|合同总价|||2,400,000
P:2.2 合同总价为人民币贰佰肆拾万元整（¥2,400,000.00），含税。
H:第三条 付款方式
P:3.1 合同生效后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%，即¥480,000.00，作为预付款。
P:3.2 双轨并行比对通过、完成生产割接并经甲方初验合格后，甲方支付合同总价的40%，即¥960,000.00。
P:3.3 终验合格后，甲方支付合同总价的40%，即¥960,000.00。
H:第四条 交付与实施周期
P:4.1 乙方应在合同生效后20日内交付软件介质及许可证书，180日内完成全部系统的生产割接。
P:4.2 割接时间须安排在非交易日，并经甲方变更管理流程审批。
H:第五条 验收
P:5.1 初验标准：（1）全部数据库对象转换完成，迁移数据经行数及校验和比对完全一致；（2）核心交易压测TPS不低于原Oracle环境的1.2倍，日终清算批处理时长不超过原系统；（3）双轨并行不少于20个交易日，比对无差异；（4）高可用切换演练RPO为0、RTO不超过30秒。
P:5.2 终验：生产割接后稳定运行60日，未发生一级故障且文档移交完毕的，甲方签署终验报告。
P:5.3 软件交付、安装或生产割接上线，均不视为终验合格。
H:第六条 质量保证与技术支持
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供原厂7×24小时技术支持、补丁及版本升级。
P:6.2 质保期内，数据库集群年度可用性不低于99.99%。
P:6.3 故障响应：一级故障（数据库宕机、数据不一致、交易中断）15分钟内响应，1小时内专家到场，2小时内恢复业务；二级故障（性能严重下降、单节点故障）30分钟内响应，8小时内解决；三级问题1个工作日内答复。
P:6.4 响应或恢复每超时1小时，乙方向甲方支付3,000元；年度可用性低于承诺值的，每低0.01个百分点，乙方支付服务赔偿金5,000元。
P:6.5 质保期满后，年度技术支持服务费不超过软件许可小计的12%，即每年不超过人民币185,904元，质保期满后两年内按此标准执行，不因版本升级另行收费。
H:第七条 知识产权
P:7.1 数据库软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可，可用于甲方生产、灾备及测试环境。
P:7.2 迁移过程中形成的改写代码、迁移脚本、比对工具配置、设计及运维文档，知识产权归甲方所有，甲方可自由使用、修改，并可许可第三方用于甲方系统的维护。
H:第八条 数据安全
P:8.1 甲方的客户资料、交易及清算数据等全部业务数据属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 迁移工作在甲方机房内进行，乙方人员通过甲方堡垒机操作，不得将生产数据复制到甲方环境以外；测试所需数据由甲方脱敏后提供。乙方应遵守证券期货业网络和信息安全管理的相关规定。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行合同中知悉的甲方客户信息、系统架构、交易数据及其他未公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付或割接的，每逾期一日，应向甲方支付违约金人民币3,000元。
P:10.2 乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:未经甲方书面同意，乙方不得将本合同的任何部分分包或转包。
H:第十二条 合同解除
P:乙方逾期超过30日或初验两次未通过的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交上海仲裁委员会仲裁。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：东岭证券股份有限公司
P:乙方（盖章）：北京星衡数据库技术有限公司
"""

H18E03 = """T:MANAGED WAN SERVICES CONTRACT
P:Contract No. OAC-IT-2026-009
P:Customer: Ostermann Automotive Components (Changchun) Co., Ltd. ("Customer")
P:Service Provider: Huaxin Network Services Co., Ltd., holder of a Value-added Telecommunications Business Operating Licence for domestic IP-VPN services ("Provider")
H:Article 1 Definitions
P:1.1 "Sites" means the eleven Customer locations listed in Annex 1, each connected by an MPLS circuit and an internet broadband circuit under an SD-WAN overlay.
P:1.2 "Network Acceptance" means Customer's written acceptance of all Sites under Article 5.
P:1.3 "MRC" means the monthly recurring charges and "OTC" the one-time charges in Annex 1.
H:Article 2 Services
P:2.1 Provider supplies the circuits and SD-WAN edge appliances, monitors the network 24x7 from its network operations centre (NOC), makes up to twenty configuration changes per month, connects Customer's two cloud regions and provides a portal and monthly reports.
H:Article 3 Term and Renewal
P:3.1 The Initial Term is thirty-six (36) months from the date of Network Acceptance.
P:3.2 The Contract then renews for successive periods of twelve (12) months at the same charges and on the same terms, unless either party gives written notice of non-renewal at least sixty (60) days before expiry.
H:Article 4 Charges and Payment
P:4.1 The charges are set out in Annex 1: MRC of CNY 86,500 and OTC of CNY 64,000. The Total Contract Value for the Initial Term is CNY 3,178,000 (36 x CNY 86,500 + CNY 64,000), including VAT.
P:4.2 The OTC is invoiced after Network Acceptance. The MRC is invoiced monthly in arrears from Network Acceptance. No charges are payable in advance.
H:Article 5 Delivery and Network Acceptance
P:5.1 Provider shall make all Sites ready for service by 31 July 2026.
P:5.2 For each Site Provider shall demonstrate: (a) both circuits deliver the contracted bandwidth in a 30-minute throughput test; (b) round-trip latency to the Changchun head office does not exceed 45 ms; (c) failover from the MPLS path to the internet path completes within 3 seconds without dropping voice calls; (d) application policies for SAP and the MES are applied; and (e) the Site is visible in the portal. After all Sites pass, the network runs for seven days without a Critical incident, and Customer then signs the Network Acceptance Certificate.
P:5.3 Installation, activation of circuits or use of the service by Customer does not of itself constitute acceptance.
P:5.4 If Network Acceptance is not achieved by 31 July 2026 for reasons attributable to Provider, Provider shall pay liquidated damages of 0.7% of the Total Contract Value for each full week of delay, up to 10% of the Total Contract Value.
H:Article 6 Service Levels
P:6.1 Provider commits to a Service Availability of 99.7% for each Site in each calendar month. Availability = (minutes in the month - minutes of Outage) / minutes in the month, where an Outage is a period in which the Site cannot reach the head office or the cloud regions over either path. Planned maintenance announced five days in advance, of not more than three hours per month, is excluded.
P:6.2 Incident handling:
TB:Priority|Definition|Response|Restoration
TB:Critical|A Site down on both paths, or the head-office or cloud interconnect down|15 minutes|6 hours
TB:Major|One path of a Site down, or latency or packet loss above the agreed design thresholds|30 minutes|12 hours
TB:Minor|A single user affected or no effect on service|2 hours|3 Business Days
P:6.3 Service credits for availability:
TB:Monthly availability of a Site|Credit (% of that Site's MRC)
TB:Below 99.7% and at least 99.5%|10%
TB:Below 99.5% and at least 99.0%|25%
TB:Below 99.0%|50%
P:6.4 For each 30 minutes by which Provider misses the response time for a Critical incident, Provider shall credit CNY 1,000. Credits are deducted from the next invoice.
H:Article 7 Customer Data and Security
P:7.1 Provider shall not inspect the content of Customer's traffic beyond the header information needed for routing and application policies. Configuration files, traffic statistics and logs relating to Customer's network are Customer Data; they belong to Customer and are used by Provider only to provide the service.
P:7.2 Provider's NOC and management systems are located in mainland China and protected at MLPS level 3. Administrative access requires multi-factor authentication and is logged. Customer Data shall not be transferred outside mainland China.
P:7.3 Provider shall notify Customer of any security incident affecting Customer's network or Customer Data within two (2) hours, take immediate remedial action, and is liable for losses caused by its breach of this Article 7.
H:Article 8 Intellectual Property
P:The network design, addressing plan, policy templates and documentation prepared for Customer belong to Customer, which may use, modify and disclose them freely, including to a successor provider. Provider's orchestration platform and portal remain Provider's property.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other, use it only for this Contract and disclose it only to employees and advisers who need to know it. This Article survives for three years after the Contract ends.
H:Article 10 Limitation of Liability
P:10.1 Provider's total aggregate liability arising out of or in connection with this Contract shall not exceed CNY 480,000.
P:10.2 The limit does not apply to death, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The purchase of access circuits from the licensed basic telecommunications operators named in Annex 1 is approved by Customer on signature. Any other subcontracting requires Customer's prior written consent.
H:Article 12 Termination
P:Customer may terminate this Contract by written notice if Provider commits a material breach not cured within thirty (30) days after notice, or if any Site's availability is below 99.0% in three months of any six-month period.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.
H:Annex 1 Sites and Charges
TB:Site|Bandwidth (MPLS / Internet)|MRC (CNY)|OTC (CNY)
TB:Changchun Plant 1 (head office)|200M / 500M|14,800|8,000
TB:Changchun Plant 2|100M / 300M|9,200|6,000
TB:Tianjin Plant|100M / 300M|9,200|6,000
TB:Foshan Plant|100M / 300M|9,200|6,000
TB:Chengdu Plant|100M / 300M|9,200|6,000
TB:Shanghai Office|50M / 200M|6,100|5,000
TB:Wuhan Warehouse|30M / 100M|4,300|4,000
TB:Shenyang Warehouse|30M / 100M|4,300|4,000
TB:Beijing Sales Office|30M / 100M|4,300|4,000
TB:Guangzhou Sales Office|30M / 100M|4,300|4,000
TB:Chongqing Service Centre|30M / 100M|4,300|5,000
TB:Cloud interconnect (two regions)|2 x 200M|3,300|6,000
TB:Managed service and NOC (all Sites)|-|4,000|0
TB:Total|-|86,500|64,000
P:Access circuits are provided by China Telecom and China Unicom.
P:Signed for Customer: ____________    Signed for Provider: ____________
"""

SOURCES = {"h18z02": H18Z02, "h18z04": H18Z04, "h18e03": H18E03}
TARGETS = {"h18z02": ("h18z02_water_group_scada_integration.docx", "docx"),
           "h18z04": ("h18z04_securities_domestic_database_licence_migration.pdf", "pdf"),
           "h18e03": ("h18e03_managed_sdwan_36_month_contract.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
