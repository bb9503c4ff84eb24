"""Builds the .docx and .pdf contracts of holdout19 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDF the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout19/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H19Z03 = """T:澄江银行数据中心基础设施管理（DCIM）系统采购合同
P:合同编号：CJB-KJ-2026-031
P:甲方：澄江银行股份有限公司
P:乙方：云栈智能科技有限公司
P:甲方通过竞争性谈判方式采购数据中心基础设施管理系统，乙方为成交供应商。根据《中华人民共和国民法典》，双方就软件许可、定制开发及实施服务达成如下协议。
H:第一条 项目范围
P:1.1 乙方向甲方提供DCIM软件许可，覆盖甲方滨江主数据中心及金桥同城灾备中心两栋机房楼，共计1,200个机柜。
P:1.2 乙方完成两栋机房楼的三维可视化建模，开发与甲方现有动力环境监控系统、IT服务管理系统（ITSM）及配置管理数据库（CMDB）之间的数据接口，并完成资产数据初始化、系统部署和培训。
P:1.3 系统部署在甲方行内服务器及数据库上，服务器硬件由甲方自备。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零陆万元整（¥2,060,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCIM基础平台软件许可（永久，按机柜授权）|1,200机柜 × 780元|936,000
TB:2|容量管理及能效（PUE）分析模块许可|1套|218,000
TB:3|资产RFID管理模块许可|1套|146,000
TB:-|软件许可小计|-|1,300,000
TB:4|三维可视化建模（两栋机房楼）|1项|264,000
TB:5|动环、ITSM、CMDB接口定制开发|1项|312,000
TB:6|部署实施与数据初始化|1项|158,000
TB:7|培训|1项|26,000
TB:-|合计|-|2,060,000
P:2.2 上述价格为含税固定价格。RFID标签及读写器由甲方另行采购，乙方负责安装指导。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后，甲方支付合同总价的10%，即人民币206,000元，作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的50%，即人民币1,030,000元。
P:3.3 系统通过终验后，甲方支付合同总价的40%，即人民币824,000元。
H:第四条 实施进度
P:4.1 乙方应在合同生效后90日内完成部署、建模及接口开发，具备初步验收条件。初步验收通过后，系统试运行60日。
P:4.2 甲方应在合同生效后10日内提供机房平面图、配电及制冷系统图纸、资产台账及各接口系统的技术文档，并安排乙方人员在值班人员陪同下进入机房现场勘测。
P:4.3 乙方应为甲方培训系统管理员4名、机房运维人员20名，培训内容包括系统配置、资产管理、容量规划、能效分析及常见故障处理，培训教材归甲方所有。
P:4.4 乙方应指定具有同类银行数据中心项目经验的项目经理，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：软件模块按功能清单全部部署；三维模型与机房现场一致，机柜、配电柜、精密空调及桥架的位置误差不超过0.5米；资产数据与甲方盘点清单核对一致；动环告警同步至DCIM的延迟不超过5秒；与CMDB的配置项双向同步正确。
P:5.2 终验标准：试运行期间未发生一级故障；PUE计算结果与甲方能源计量系统的比对偏差不超过2%；容量报表与人工核算结果一致；乙方已移交全部技术文档。甲方按本条标准组织终验并出具终验报告。
P:5.3 系统安装、上线或甲方使用均不视为验收合格。
H:第六条 质保期与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 故障分级与处理时限如下表：
TB:故障级别|定义|响应时限|解决时限
TB:一级|系统整体不可用或告警功能失效|15分钟|2小时内恢复或提供临时方案
TB:二级|单个模块或接口异常|1小时|8小时
TB:三级|一般性问题、使用咨询|8小时|5个工作日
P:6.3 乙方超过上表时限的，每超过1小时，向甲方支付违约金人民币1,500元。
P:6.4 质保期满后，甲方可选择由乙方继续提供原厂维保服务，年度维保费为软件许可小计的11%，即人民币143,000元/年，质保期满后两年内不作调整。
H:第七条 知识产权
P:7.1 DCIM软件产品的著作权归乙方所有，甲方获得永久、不可转让的使用许可。
P:7.2 乙方为本项目定制完成的三维机房模型、接口程序及其源代码，知识产权归乙方所有。甲方在本项目范围内享有非独占、不可转让的使用权；未经乙方书面同意，甲方不得自行修改上述成果，也不得交由第三方维护。
H:第八条 数据安全
P:8.1 系统中的机房资产信息、配置数据、能耗数据、告警记录及日志均属甲方所有，乙方仅可为实施及维保之目的使用。
P:8.2 乙方人员在甲方机房及网络内作业，须遵守甲方信息安全管理制度，通过甲方堡垒机登录，不得擅自将任何数据带离甲方环境。
P:8.3 发生数据泄露或其他安全事件时，乙方应在1小时内向甲方报告并采取补救措施；因乙方原因造成甲方损失的，由乙方承担赔偿责任。
H:第九条 保密
P:乙方对甲方机房布局、网络架构、安全措施等信息负有保密义务，未经甲方书面同意不得披露，保密期限自本合同签订之日起至相关信息依法公开之日止。
H:第十条 违约责任
P:10.1 乙方未能按期具备初验或终验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的10%。
P:10.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的40%为限。
H:第十一条 分包
P:乙方不得将本合同的主体工作分包；标签安装等辅助工作如需分包，须事先取得甲方书面同意。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。
P:甲方（盖章）：澄江银行股份有限公司    乙方（盖章）：云栈智能科技有限公司
P:签订日期：2026年  月  日
"""

H19Z04 = """T:瀚海财产保险股份有限公司报废信息设备数据销毁及处置服务合同
P:合同编号：HHCX-XZ-2026-0519
P:委托方（甲方）：瀚海财产保险股份有限公司
P:受托方（乙方）：绿循再生资源科技有限公司
P:乙方具有废弃电器电子产品处理资格及数据销毁服务相关资质。甲方经比选确定乙方承担本项目。双方依据《中华人民共和国民法典》《中华人民共和国数据安全法》等规定，订立本合同。
H:第一条 服务内容
P:1.1 乙方对甲方总部及省内十一家分支机构已报废的信息设备进行清点、收运、数据销毁及环保处置。设备共计4,860件，包括台式计算机及笔记本电脑3,210台、服务器418台、存储设备36台、网络及安全设备596台、其他设备600件，所含硬盘、固态盘、磁带等存储介质约9,400块，以甲方移交清单为准。
P:1.2 项目分三个批次实施，各批次的设备范围和时间由甲方书面通知。全部批次应在合同签订后150日内完成。
H:第二条 服务费用
P:2.1 本合同总价为人民币柒拾捌万捌仟元整（¥788,000），为固定总价，构成如下：存储介质数据销毁9,400块 × 38元 = 357,200元；现场消磁及粉碎设备进场费48,000元；设备拆解、运输及环保处置4,860件 × 62元 = 301,320元；安全押运3批次 × 15,160元 = 45,480元；资产核对、台账及销毁报告编制36,000元。
P:2.2 存储介质实际数量与清单相差不超过5%的，合同总价不作调整。
P:2.3 报废设备的残值处理另行约定，不在本合同范围内。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 每一批次经甲方验收合格后20个工作日内，甲方支付该批次对应费用的80%。
P:3.3 全部批次完成并经项目终验合格后，甲方支付合同总价的剩余款项。
H:第四条 作业要求
P:4.1 数据销毁原则上在甲方场所内进行：机械硬盘先消磁后物理粉碎，固态盘及闪存介质直接粉碎，粉碎后颗粒不大于10毫米。确需运回乙方处理厂销毁的，须使用封闭式押运车辆，介质装入编号封条箱，并由甲方人员随车押运。
P:4.2 销毁全过程须视频录像，录像须能对应到每一块介质的序列号，随销毁报告交付甲方。
P:4.3 拆解后的电路板、废电池等危险废物须交由持有危险废物经营许可证的单位处置，乙方须向甲方提供转移联单。
H:第五条 服务水平
P:5.1 乙方应在接到甲方批次通知后3个工作日内完成上门清点和收运。
P:5.2 作业期间的事件分为两级：一级事件指介质丢失、清点数量不符、封条破损、押运车辆异常或发现数据外泄迹象；二级事件指作业设备故障、作业计划延误等其他情形。
P:5.3 对一级事件，乙方须在15分钟内响应并报告甲方，2小时内到达现场处置；对二级事件，乙方须在2小时内响应，当日内处理完毕。
P:5.4 乙方未按上述时限响应或处置的，每次向甲方支付违约金人民币1,000元。
H:第六条 验收
P:6.1 批次验收：每批次作业完成后，乙方提交该批次的介质销毁清单、视频录像、设备处置台账及转移联单。甲方按以下标准验收：（1）移交清单与处置台账逐项核对，一致率100%；（2）每块介质均有与序列号对应的销毁记录及视频；（3）甲方随机抽取不少于5%的粉碎残片检查，颗粒尺寸符合第4.1条的要求；（4）甲方可委托第三方检测机构对抽样残片进行数据恢复测试，结果须为无法恢复任何数据。
P:6.2 项目终验：全部批次验收合格后，乙方提交项目总结报告及全部数据销毁证明，甲方在15个工作日内组织终验。
P:6.3 设备交接、装车或乙方出具销毁证明本身，均不视为验收合格。
H:第七条 数据安全责任
P:7.1 报废设备及介质中存储的全部数据属于甲方。乙方及其人员不得以任何方式读取、复制、恢复或留存这些数据，不得将介质转卖或挪作他用。
P:7.2 乙方参与作业的人员须经背景审查并签署保密承诺，名单报甲方备案；作业现场禁止携带个人存储设备及拍摄设备，甲方指定的录像设备除外。
P:7.3 发生介质丢失、数据泄露或疑似泄露的，乙方应在1小时内书面报告甲方并立即采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任，包括甲方因此承担的监管处罚及对客户的赔偿，并依法承担其他法律责任。
H:第八条 保密
P:乙方对在服务中接触到的甲方客户信息、经营资料、网络结构及本项目情况负有保密义务，未经甲方书面同意，不得向第三方披露或用于宣传。保密义务在合同终止后持续有效。
H:第九条 成果归属
P:乙方为本项目形成的清点记录、销毁清单、视频录像、处置台账及各类报告，其所有权及知识产权均归甲方，乙方不得保留副本。
H:第十条 违约责任
P:10.1 乙方未能在第1.2条约定的期限内完成全部批次，或未按甲方通知的时间完成某一批次的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方违反第七条约定的，甲方有权立即解除合同，并要求乙方赔偿全部损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:本项目不得转包或分包。第4.3条所述危险废物的最终处置单位，须经甲方书面同意后方可委托。
H:第十二条 合同解除
P:任何一方严重违约，经对方书面催告后10日内仍未纠正的，守约方有权解除本合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，由甲方住所地人民法院管辖。
P:甲方：瀚海财产保险股份有限公司（盖章）    乙方：绿循再生资源科技有限公司（盖章）
P:签订日期：2026年  月  日
"""

H19E02 = """T:Equipment Supply and Support Contract - Network Switches
P:Contract No.: ZTPL-IT-2026-014
P:Buyer: Zhejiang Tianrun Port Logistics Co., Ltd. (the "Buyer")
P:Supplier: Orient Netcom Systems Co., Ltd. (the "Supplier")
P:Following tender No. ZTPL-2026-T-07, the parties agree as follows.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install and commission the switches, optics and network management software listed in Annex 1 for the Buyer's head office, two container terminals and central warehouse, migrate the existing network, and provide the warranty and support services in Article 6 for five years.
P:1.2 All equipment shall be new and genuine, supplied through the manufacturer's authorised channel.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 3,730,000 (VAT included), fixed for the duration of the Contract and itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Core switch, chassis, dual supervisors, 2 x 48-port 25G line cards|2|486,000|972,000
TB:2|Aggregation switch, 48 x 10G SFP+, 6 x 100G|12|68,500|822,000
TB:3|Access switch, 48 x 1G PoE+, 4 x 10G uplinks|140|9,800|1,372,000
TB:4|Optics, DAC cables and patch cords (lot)|1|186,400|186,400
TB:5|Network management software, perpetual licence, 300 devices|1|132,000|132,000
TB:-|Hardware and Licence Subtotal|-|-|3,484,400
TB:6|Installation, configuration and cut-over|1|214,000|214,000
TB:7|Training (two courses, 12 persons)|1|31,600|31,600
TB:-|Contract Price|-|-|3,730,000
P:2.2 The prices of items 1 to 5 include the five-year warranty and support services described in Article 6.
H:Article 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 2,424,500) is payable within 30 days after the Installation Certificate is signed. The Installation Certificate records that the equipment is installed and powered on; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 1,305,500) is payable within 30 days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment within 50 days after signature and complete installation and cut-over within 35 days after delivery, in maintenance windows agreed with the Buyer.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After cut-over the Supplier runs the acceptance tests in Annex 2 together with the Buyer. Final Acceptance requires that: (a) every device in Annex 1 is online in the network management software with the agreed configuration baseline; (b) a failure of either core switch or of any uplink is followed by traffic convergence within 500 milliseconds; (c) there is zero packet loss at 80% line rate on each tested uplink over 30 minutes; (d) the network runs for 30 consecutive days without a Severity 1 incident; and (e) as-built documents and configuration backups are handed over.
P:5.2 The Buyer issues the Final Acceptance Certificate within 10 working days after these conditions are met. Delivery, installation, the Installation Certificate or use of the equipment in production do not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is sixty (60) months from the date of the Final Acceptance Certificate. During the Warranty Period the Supplier provides, at no charge beyond the Contract Price, repair or replacement of faulty equipment, software updates, telephone support at any hour and on-site support.
P:6.2 Service levels during the Warranty Period:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Core or aggregation failure, or a terminal or the warehouse losing connectivity|15 minutes|2 hours|6 hours
TB:Severity 2|Single access switch failure or loss of redundancy|1 hour|Next business day|2 business days
TB:Severity 3|Questions and minor defects|8 business hours|-|10 business days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 2,500; for Severity 2, CNY 500 per hour.
P:6.4 After the Warranty Period the Buyer may order support for years six and seven at 6.5% of the Hardware and Licence Subtotal per year (CNY 226,486 per year). This price is fixed and may not be increased. Support is not renewed automatically.
H:Article 7 Buyer Data and Security
P:7.1 Configuration files, logs, network topology and any data stored on or passing through the equipment are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:7.2 The Supplier's personnel work on the Buyer's network only under the Buyer's supervision and with accounts issued by the Buyer. Remote access requires the Buyer's approval for each session and is logged. Faulty parts with storage media are wiped in the Buyer's presence or kept by the Buyer.
P:7.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Buyer of any security incident involving Buyer Data within 12 hours after discovering it, and is liable for the losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The network design, configuration scripts, templates and documentation prepared by the Supplier for the Buyer under this Contract belong to the Buyer, which may use, modify and disclose them freely, including to other service providers.
P:8.2 Embedded software and the network management software remain their owners' property and are licensed to the Buyer perpetually.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's network architecture, passwords and security settings, and shall not disclose it to any third party without prior written consent, for five years after termination.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9, which are not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Article 4.2 reach their maximum.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
P:Annex 1: Equipment list and site allocation. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h19z03": H19Z03, "h19z04": H19Z04, "h19e02": H19E02}
TARGETS = {"h19z03": ("h19z03_bank_datacentre_dcim_licence.docx", "docx"),
           "h19z04": ("h19z04_insurer_it_asset_data_destruction_service.pdf", "pdf"),
           "h19e02": ("h19e02_port_logistics_switches_five_year_support.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
