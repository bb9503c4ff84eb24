"""Builds the .docx and .pdf contracts of holdout25 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python from any directory; writes next to this file:
  h25z02_customs_smart_gate_integration.pdf
  h25z04_university_hospital_pacs_storage_expansion.docx
  h25e02_wind_farm_edge_hardware_supply.pdf
  h25e03_university_hpc_cluster_integration.docx
PDF paragraphs are first broken into lines at word boundaries (word_pdf.prewrap, wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H25Z02 = """
T:东滨港区进出境车辆智能卡口改造项目合同书
P:合同编号：DBHG-ZC-2026-008
P:采购项目编号：DBCG2026-0112（公开招标）
P:甲方（采购人）：中华人民共和国东滨海关
P:地址：东滨市港城区海关路1号
P:乙方（供应商）：东滨睿通智能科技有限公司
P:地址：东滨市高新区创新路77号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，依据东滨港区进出境车辆智能卡口改造项目的招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，就本项目的设备供货、软件许可、系统对接、安装调试、培训及质保服务订立本合同。
H:第一条 项目概况
P:1.1 本项目对东滨港区3号、5号卡口共16条进出境车辆通道进行智能化改造。建设内容包括车牌识别、集装箱箱号识别、电子地磅、电子车牌识读、卡口控制及道闸联动，部署卡口管理软件，并与甲方物流监控系统、舱单管理系统及查验作业系统对接，实现车辆、集装箱与舱单信息的自动比对和符合条件车辆的自动放行。
P:1.2 乙方应在本合同生效后九十日内完成全部设备到货，一百二十日内完成安装调试并具备初验条件。施工期间乙方应按甲方要求分通道组织施工，保证卡口每日至少有六条通道正常通行。
P:1.3 本合同的组成文件包括：本合同书、附件一《设备技术规格及配置清单》、附件二《对接接口说明》、附件三《施工组织方案》、招标文件、投标文件及中标通知书。上述文件互为补充，如有矛盾，以本合同书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾陆万元整（¥3,260,000.00），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|车牌识别一体机|48台|9,800|470,400
TB:2|集装箱箱号识别系统|16套|38,500|616,000
TB:3|电子地磅（含称重仪表）|8套|86,000|688,000
TB:4|电子车牌（RFID）读写器|16套|12,600|201,600
TB:5|卡口控制机|16台|15,800|252,800
TB:6|道闸及通道LED显示屏|16套|9,200|147,200
TB:7|卡口管理软件（永久许可）|1套|420,000|420,000
TB:小计|设备及软件小计|||2,796,000
TB:8|系统对接开发（物流监控、舱单、查验系统）|1项|236,000|236,000
TB:9|安装调试（含地磅基础及管线施工）|1项|198,000|198,000
TB:10|培训|1项|30,000|30,000
TB:合计|合同总价|||3,260,000
P:2.2 合同总价为固定价格，包含设备、软件、运输、保险、安装、调试、对接开发、培训、质保期内服务及税费等全部费用。除甲方书面提出的设计变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的百分之十，即人民币叁拾贰万陆仟元，作为预付款。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的百分之五十五，即人民币壹佰柒拾玖万叁仟元，同时退还预付款保函。
P:3.3 终验合格后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰壹拾肆万壹仟元。
P:3.4 乙方应在每期付款前开具合法有效的发票。甲方按照财政资金支付程序办理付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交货与安装
P:4.1 交货地点为东滨港区3号、5号卡口现场，乙方负责运输、装卸及现场保管，设备交付甲方签收前的毁损灭失风险由乙方承担。
P:4.2 到货时双方共同开箱清点，核对品牌、型号、序列号、数量及随机资料。到货签收仅表明数量和外观核对无误，不代表设备质量验收合格。
P:4.3 乙方应遵守海关监管区管理规定，施工人员须提前报备并办理通行证件，不得进入与施工无关的区域。地磅基础开挖、管线敷设等施工作业应避开车辆通行高峰，并设置安全防护。
P:4.4 乙方应为甲方业务、技术人员提供不少于三期的操作维护培训，培训内容包括卡口设备日常检查、常见故障处理、卡口管理软件操作及应急放行流程，并提交培训教材及培训记录。
P:4.5 乙方应在合同签订后五个工作日内提交合同总价百分之五的履约保证金（可采用银行保函形式），终验合格后无息退还。
H:第五条 验收
P:5.1 初验：安装调试完成后，乙方书面提出初验申请，甲方在十个工作日内组织初验。初验标准如下：
LN:全部设备的品牌、型号、配置与附件一一致；
LN:车牌识别准确率白天不低于98%、夜间不低于96%，以连续三日实际过车数据统计；
LN:集装箱箱号识别准确率不低于97%，双箱识别正确；
LN:电子地磅经法定计量检定机构检定合格并出具检定证书；
LN:与物流监控、舱单、查验系统的接口联调完成，连续七日数据比对一致；
LN:符合放行条件的车辆自抬杆至通过的单车处理时间不超过十秒。
P:5.2 终验：初验合格后系统进入九十日试运行。试运行期满且满足下列条件的，甲方组织终验并出具终验证书：试运行期间未发生因乙方原因导致的一级故障；累计二级故障不超过五次；乙方已移交竣工图纸、设备档案、操作及维护手册、接口文档和对接程序源代码；系统安全测评未发现高风险问题。
P:5.3 到货签收、安装完成、初验合格、投入试运行或甲方付款，均不视为终验合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与技术支持
P:6.1 全部设备及软件的质保期为三年，自终验合格之日起计算。质保期内乙方免费提供维修、更换、软件升级及技术支持服务。
P:6.2 故障分级及处理时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|任一通道无法自动放行，或卡口管理软件、对接接口中断|30分钟|2小时|6小时
TB:二级|单台设备故障，通道可降级人工放行|1小时|当日|1个工作日
TB:三级|一般问题或咨询|1个工作日|按需|5个工作日
P:6.3 一级故障响应、到场或恢复超时的，每超时一小时扣除人民币伍佰元；二级故障超时的，每超时一日扣除人民币贰佰元。扣除款项从应付款项或履约保证金中扣减。
P:6.4 质保期满后，乙方继续为甲方提供年度维保服务。维保服务期限为一年，期满前三十日甲方未书面提出终止的，自动续期一年，以此类推。首个维保年度的维保费为设备及软件小计的百分之八，即人民币贰拾贰万叁仟陆佰捌拾元；此后各维保年度，乙方有权根据原厂服务政策及市场价格调整维保费，并于调整前三十日书面通知甲方。
H:第七条 数据安全
P:7.1 卡口系统采集和产生的车辆、驾驶员、集装箱、过磅、图像视频及放行记录等全部数据属于甲方，乙方仅可为履行本合同的目的在甲方授权范围内处理，不得用于其他任何目的，不得留存或向第三方提供。
P:7.2 卡口系统部署于海关业务专网，与互联网物理隔离。乙方不得通过任何方式进行远程维护；现场维护须经甲方批准，在甲方人员陪同下通过运维审计系统进行，全程记录。乙方不得将任何数据拷贝至自带设备或存储介质，更换下来的存储部件由甲方留存处置。
P:7.3 乙方应建立数据安全管理制度并指定责任人。发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应立即采取处置措施，并在一小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的海关工作秘密、监管作业规则、布控及查验信息、网络结构、系统口令及其他未公开信息负有保密义务，未经甲方书面同意，不得以任何形式向第三方披露。
P:8.2 乙方应组织参与本项目的全部人员签署保密承诺书，并对其人员的泄密行为承担责任。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目开发的对接程序、接口适配模块、配置文件及相关文档的知识产权归甲方所有，乙方应在终验前交付源代码及技术文档。甲方有权自行或委托第三方使用、修改和维护上述成果。
P:9.2 卡口管理软件的著作权归乙方或其权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所提供的设备、软件不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十条 分包
P:地磅基础及管线施工可由乙方分包给具有相应资质的施工单位，但须事先取得甲方书面同意。除此以外，乙方不得将本合同任何部分分包或转包。乙方对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一周（七日），应按合同总价的千分之五向甲方支付违约金；违约金累计不超过合同总价的百分之十。
P:11.2 乙方交付的设备或软件不符合合同约定的，应在甲方规定期限内无偿更换或修复，并承担由此产生的费用。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以人民币伍拾万元为限。
P:11.4 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十二条 合同解除
P:12.1 有下列情形之一的，甲方有权书面通知乙方解除合同：乙方逾期超过六十日仍未完成交货或安装调试；乙方严重违反合同约定，经甲方书面催告后十五日内仍未纠正；乙方违反第七条、第八条规定；乙方擅自分包或转包。
P:12.2 合同解除后，乙方应退还甲方已支付的相应款项，并配合甲方完成设备及资料的交接。
H:第十三条 不可抗力
P:因台风、地震等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 附件一至附件三为本合同不可分割的组成部分。
P:甲方（盖章）：中华人民共和国东滨海关　　授权代表：
P:乙方（盖章）：东滨睿通智能科技有限公司　　授权代表：
P:签订日期：
"""

H25Z04 = """
T:南川医科大学附属第一医院PACS影像存储扩容项目采购合同
P:合同编号：NCYD-FY-SB-2026-045
P:招标编号：NCZC-2026-G0236
P:甲方（买方）：南川医科大学附属第一医院
P:地址：南川市解放路157号
P:乙方（卖方）：南川华存信息系统有限公司
P:地址：南川市高新区软件园B座6层
P:甲方通过公开招标确定乙方为“PACS影像存储扩容项目”的中标人。为明确双方权利义务，根据《中华人民共和国民法典》及相关规定，双方订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供分布式存储系统、影像归档服务器、交换机及备份一体机等设备和配套软件，负责安装调试、历史影像数据迁移、与甲方PACS系统的对接配置、人员培训及质保期内的技术服务。
P:1.2 本项目完成后，甲方影像存储可用容量由现有约600TB扩充至不少于1.2PB，满足医院未来五年影像数据增长及在线调阅需求。
P:1.3 下列文件构成本合同的组成部分，并按以下顺序解释：本合同书；附件一《技术规格及配置清单》；附件二《实施及迁移方案》；招标文件；乙方投标文件；中标通知书。
P:1.4 乙方保证所供设备为原厂全新产品，具有合法来源，符合国家强制性标准及招标文件规定的技术要求，并提供原厂质保承诺函。
H:第二条 合同价格
P:2.1 本合同总价为人民币叁佰伍拾肆万元整（¥3,540,000.00），明细如下：
TB:序号|名称|主要配置|数量|单价（元）|金额（元）
TB:1|分布式存储节点|2U，24×16TB企业级硬盘，2×25GE|12台|168,000|2,016,000
TB:2|分布式存储软件许可|可用容量1.2PB，永久许可|1套|360,000|360,000
TB:3|影像归档服务器|2路CPU，512GB内存|6台|72,000|432,000
TB:4|万兆接入交换机|48口25GE，冗余电源|4台|46,000|184,000
TB:5|备份一体机|含备份软件许可|1台|298,000|298,000
TB:|设备及软件小计||||3,290,000
TB:6|安装调试及历史影像迁移|约420TB|1项|226,000|226,000
TB:7|培训|操作及运维培训|1项|24,000|24,000
TB:|合同总价||||3,540,000
P:2.2 合同价格包括设备、软件、运输、保险、安装、调试、数据迁移、培训、质保期服务及税费等全部费用。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 全部设备到货并安装完成，经甲方签收后二十个工作日内，甲方支付合同总价的百分之六十，即人民币贰佰壹拾贰万肆仟元。甲方签收不视为验收。
P:3.3 终验合格后二十个工作日内，甲方支付合同总价的百分之四十，即人民币壹佰肆拾壹万陆仟元。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后六十日内将全部设备交付至甲方信息中心机房，并在到货后三十日内完成安装调试及历史影像迁移。
P:4.2 安装和迁移工作须在甲方批准的时间窗口内进行，不得影响PACS系统的日常诊疗使用。迁移期间乙方应保证新旧存储并行运行，迁移完成前不得删除原存储中的任何数据。
P:4.3 乙方应在安装前十日提交详细的实施及迁移方案，包括机柜布局、供电及散热核算、网络连接、迁移批次、回退措施和应急预案，经甲方信息中心审核同意后方可实施。
P:4.4 设备包装应适合长途运输和多次搬运，并有防潮、防震措施。随机资料包括产品合格证、装箱单、用户手册、原厂质保承诺函及软件许可证书。
P:4.5 乙方应为甲方信息中心工程师提供不少于五人、每人不少于三日的存储及备份系统操作维护培训，并为影像科提供调阅操作培训。培训结束后应提交培训记录和培训教材。
H:第五条 验收
P:5.1 安装调试及数据迁移完成后，乙方书面申请验收，甲方组织信息中心、影像科及设备处进行验收。验收标准如下：
LN:设备品牌、型号、序列号、配置与投标文件及本合同一致；
LN:存储集群混合读写性能不低于200,000 IOPS，平均时延不高于2毫秒；
LN:任一存储节点下线时业务不中断，硬盘故障后数据自动重建；
LN:历史影像迁移完成，逐一比对文件数量和校验值，一致率百分之百；
LN:PACS工作站调阅单幅CT首图时间不超过2秒，三维重建调阅正常；
LN:备份一体机完成全量备份及抽样恢复测试。
P:5.2 满足上述标准后进入三十日试运行。试运行期间未发生因乙方原因导致的一级故障的，甲方出具终验报告。
P:5.3 设备到货签收、安装完成、试运行或甲方开始使用，均不视为终验合格。
H:第六条 质保及售后服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方对全部设备及软件提供免费维修、备件更换、软件升级及技术支持。
P:6.2 故障分级及响应要求：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|影像存储不可访问或PACS影像调阅中断|15分钟|2小时|8小时
TB:二级|冗余失效或性能明显下降，业务未中断|30分钟|当日|2个工作日
TB:三级|一般问题或咨询|2小时|按需|5个工作日
P:6.3 质保期内，存储系统的年可用率不低于99.99%。可用率每低于承诺值0.01个百分点，乙方向甲方支付人民币伍仟元。
P:6.4 一级故障响应、到场或恢复超时的，每超时一小时，乙方向甲方支付人民币贰仟元。
P:6.5 更换下来的故障硬盘及其他存储部件归甲方所有，由甲方按医院数据销毁规定统一处置，乙方不得带离。
P:6.6 乙方应在南川市区设立备件库，储备与本项目设备型号一致的硬盘、电源、内存、网卡等常用备件，并保证质保期内备件供应。设备停产的，乙方应提供性能不低于原设备的替代产品并负责兼容性验证，费用由乙方承担。
P:6.7 质保期内每次故障处理完毕后，乙方应在两个工作日内提交故障处理报告，说明故障原因、处理过程及预防措施；同一设备在质保期内因同一原因故障三次以上的，乙方应更换整机。
H:第七条 质保期满后的维保
P:7.1 质保期满后，甲方可以选择由乙方继续提供第四、第五年的维保服务，双方届时另行签订维保合同，本合同不自动续期。
P:7.2 第四、第五年的年度维保费不超过设备及软件小计的百分之六，即每年不超过人民币壹拾玖万柒仟肆佰元，两年内不上调。维保服务内容和服务水平不低于本合同第六条的约定。
H:第八条 数据安全
P:8.1 存储系统中的全部医学影像、检查报告、患者信息及系统日志属于甲方，乙方不得以任何理由复制、留存、使用或向第三方提供。
P:8.2 乙方人员进入机房须经甲方审批并由甲方人员陪同；远程技术支持须经甲方逐次审批，通过甲方堡垒机进行，全程审计记录。数据迁移工作仅在甲方内网进行，禁止使用外部存储介质转存患者数据。
P:8.3 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及医疗卫生机构网络安全管理规定。发生数据泄露、丢失或损毁等安全事件的，乙方应立即采取补救措施并在两小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行合同过程中知悉的甲方患者信息、医疗数据、网络结构、系统账号及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应与参与项目的全部人员签署保密协议。保密义务在合同终止后持续有效。
H:第十条 知识产权
P:10.1 乙方为本项目编制的迁移脚本、对接配置方案、运维文档等成果的知识产权归甲方所有，甲方可自由使用和修改。
P:10.2 存储软件及备份软件的著作权归其权利人所有，乙方保证甲方取得永久使用许可，且许可不因质保期届满或甲方不购买维保服务而失效。
H:第十一条 分包
P:未经甲方书面同意，乙方不得将本合同的任何部分分包或转包。经同意分包的，乙方对分包方的行为承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试和数据迁移的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:12.2 乙方交付的设备不符合合同约定的，甲方有权要求更换，由此产生的费用及延误责任由乙方承担。
P:12.3 因乙方原因导致数据丢失或损毁的，乙方应负责恢复，不能恢复的，赔偿甲方由此遭受的全部损失。
H:第十三条 合同解除
P:乙方逾期超过四十五日，或严重违约经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交南川仲裁委员会仲裁。
H:第十五条 双方的其他义务
P:15.1 甲方应为乙方提供必要的机房空间、电力、网络及工作条件，及时审核乙方提交的实施方案，并指定项目联系人负责协调。
P:15.2 乙方应指定具有相应资质和经验的项目经理常驻现场直至终验，项目经理变更须经甲方书面同意。乙方人员在院内工作期间应遵守医院的各项管理制度和感染控制要求。
P:15.3 乙方应在质保期内每半年进行一次现场巡检，提交巡检报告，包括硬盘健康状况、容量趋势、固件版本及风险提示。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。不可抗力影响持续超过六十日的，双方可协商变更或解除合同。
H:第十七条 廉洁条款
P:乙方不得向甲方工作人员及其亲属提供任何形式的财物或其他不正当利益。乙方违反本条的，甲方有权解除合同，并依法追究乙方责任。
H:第十八条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南川医科大学附属第一医院
P:乙方（盖章）：南川华存信息系统有限公司
P:日期：
"""

H25E02 = """
T:Supply and Maintenance Contract - Wind Farm Edge and Network Equipment
P:Contract No.: LDWP-EQ-2026-033
P:Buyer: Liaodong Wind Power Operation Co., Ltd., 12 Binhai Road, Zhuanghe, Dalian, Liaoning Province (the "Buyer")
P:Supplier: Nordvik Industrial Systems (Tianjin) Co., Ltd., 55 Xinhuan West Road, TEDA, Tianjin (the "Supplier")
P:The Buyer operates six onshore wind farms in Liaoning Province with a total of 144 wind turbines. Following a competitive tender, the Buyer has selected the Supplier to supply, install and commission edge computing servers, turbine network equipment and central monitoring software, and to provide warranty and maintenance services, on the terms set out below.
H:Article 1 Definitions
P:1.1 "Equipment" means the hardware, software licences and spare parts listed in Article 3.
P:1.2 "Site" means each of the six wind farms listed in Annex 1, including the substation control room and each turbine tower base.
P:1.3 "Installation Certificate" means the certificate issued by the Buyer for a Site under Article 6.2 confirming that the Equipment has been installed and energised at that Site.
P:1.4 "Final Acceptance" means acceptance of the whole project by the Buyer under Article 6.4.
P:1.5 "Warranty Period" means the period defined in Article 7.1.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment, deliver it to each Site, install it in the turbine tower bases and substation control rooms, connect each turbine controller and condition-monitoring unit to the new fibre ring network, configure the central monitoring software, integrate it with the Buyer's existing wind-farm SCADA and power-forecasting systems through the interfaces described in Annex 2, and train the Buyer's operators and technicians.
P:2.2 The Supplier shall comply with the Buyer's site safety rules, including work-at-height permits, lock-out procedures and the restriction of climbing to wind speeds below the limits in the Buyer's safety manual. Work inside a turbine requires the presence of a Buyer technician.
P:2.3 The Supplier shall provide the warranty services in Article 7 and, if ordered by the Buyer, the post-warranty support in Article 8.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 3,852,800 (three million eight hundred and fifty-two thousand eight hundred Renminbi), inclusive of VAT, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Rugged edge computing server, fanless, -40 to 70 C|36|46,500|1,674,000
TB:2|Industrial managed ring switch, 4 x SFP, 8 x GE|144|6,800|979,200
TB:3|Turbine data gateway (Modbus, OPC UA, IEC 61400-25)|144|3,900|561,600
TB:4|Central monitoring software, perpetual licence, 200 turbines|1|268,000|268,000
TB:5|Spare parts kit (servers, switches, gateways, optics)|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||3,578,800
TB:6|Installation and commissioning at six Sites|1|246,000|246,000
TB:7|Training (operators and technicians)|1|28,000|28,000
TB:|Contract Price|||3,852,800
P:3.2 The Contract Price is fixed. It includes packing, transport to each Site, insurance, installation, commissioning, integration, training, warranty services, and all taxes and duties.
H:Article 4 Payment
P:4.1 Advance payment: twenty per cent (20%) of the Contract Price, CNY 770,560, within fifteen (15) days after the Buyer receives the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Installation payment: forty-five per cent (45%) of the Contract Price, CNY 1,733,760, within thirty (30) days after the Installation Certificates for all six Sites have been issued. Installation Certificates do not constitute acceptance of the Equipment.
P:4.3 Final payment: thirty-five per cent (35%) of the Contract Price, CNY 1,348,480, within thirty (30) days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT special invoice. The advance-payment guarantee is released after the installation payment has been made.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Sites within seventy-five (75) days after signature of this Contract.
P:5.2 The Supplier shall complete installation and commissioning at all Sites within one hundred and fifty (150) days after signature of this Contract, in the Site sequence set out in Annex 1. The Buyer shall give the Supplier access to each Site and arrange turbine stoppages as agreed in the installation plan.
P:5.3 Risk in the Equipment passes to the Buyer on delivery to the Site. Title passes on payment of the installation payment.
P:5.4 If the Supplier fails to deliver the Equipment or to complete installation and commissioning by the dates in Articles 5.1 and 5.2 for reasons attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of zero point two five per cent (0.25%) of the Contract Price for each complete week of delay, up to a maximum of five per cent (5%) of the Contract Price. Delay caused by wind speeds above the climbing limit, as recorded by the Site's met mast, extends the dates accordingly.
H:Article 6 Testing and Acceptance
P:6.1 At each Site, the Supplier shall carry out a site acceptance test in the presence of the Buyer, covering at least:
LN:every turbine controller and condition-monitoring unit connected, with data collected at the configured intervals and no more than ten missing records per turbine per day over a continuous 72-hour run;
LN:fibre ring recovery in less than 50 milliseconds when any single link is cut;
LN:time synchronisation of every gateway within plus or minus one millisecond of the Site time server;
LN:successful data exchange with the Buyer's SCADA and power-forecasting systems through the Annex 2 interfaces;
LN:fail-over of the edge servers at the Site without loss of data.
P:6.2 When the site acceptance test at a Site has been passed, the Buyer shall issue an Installation Certificate for that Site within five (5) business days.
P:6.3 After the Installation Certificates for all Sites have been issued, the whole system enters a trial operation of sixty (60) days.
P:6.4 The Buyer shall issue the Final Acceptance Certificate within ten (10) business days after the end of the trial operation if no Severity 1 incident caused by the Supplier occurred during the trial operation and the Supplier has delivered the as-built documentation, configuration backups, test records and operation and maintenance manuals.
P:6.5 Delivery, installation, the issue of Installation Certificates, use of the Equipment and any payment do not constitute Final Acceptance.
H:Article 7 Warranty and Service Levels
P:7.1 The Warranty Period is thirty-six (36) months from the date of Final Acceptance. During the Warranty Period the Supplier shall repair or replace any defective Equipment free of charge, provide software updates and security patches, and keep the spare parts kit replenished.
P:7.2 Incidents are handled as follows:
TB:Severity|Definition|Response|Engineer on Site|Restoration
TB:Severity 1|Loss of monitoring or control data for a whole Site, or failure of the central monitoring software|1 hour|36 hours|48 hours
TB:Severity 2|Loss of data from one or more turbines, or loss of redundancy|2 hours|3 days|5 days
TB:Severity 3|Other faults and questions|next business day|as needed|10 business days
P:7.3 "Response" means a qualified engineer has contacted the Buyer and started diagnosis, remotely through the Buyer's jump host where the Buyer allows it.
P:7.4 For each hour by which the response time for a Severity 1 incident is exceeded, the Supplier shall pay the Buyer CNY 1,000. For each day by which the engineer-on-site or restoration time for a Severity 1 or Severity 2 incident is exceeded, the Supplier shall pay the Buyer CNY 2,000. These amounts may be deducted from any payment due to the Supplier.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period, the Buyer may order post-warranty support for the fourth and fifth years after Final Acceptance by purchase order, one year at a time.
P:8.2 The annual fee for post-warranty support is seven per cent (7%) of the Equipment and Licence Subtotal, i.e. CNY 250,516 per year, fixed for those two years. The scope and service levels are the same as in Article 7.
P:8.3 Post-warranty support does not renew automatically. If the Buyer does not order it, the licence to the central monitoring software and the Buyer's right to use the Equipment are not affected.
H:Article 9 Buyer Data and Cybersecurity
P:9.1 All turbine operating data, condition-monitoring data, alarms, logs and configurations collected or processed by the Equipment belong to the Buyer. The Supplier may process them only to perform this Contract and shall not use them for any other purpose.
P:9.2 The Supplier shall comply with the national rules on the security protection of power monitoring systems and with the Buyer's cybersecurity policy. The Equipment shall have no connection to the internet. Remote access is allowed only through the Buyer's jump host, with approval for each session, and every session is recorded. The Supplier shall not copy or export any Buyer data and shall not connect any portable media or uncontrolled device to the Equipment. Replaced storage devices remain with the Buyer.
P:9.3 The Supplier shall deliver the Equipment with all default passwords changed, unused ports and services disabled and firmware at the latest security release, and shall provide a software bill of materials for the central monitoring software.
P:9.4 The Supplier shall notify the Buyer within two (2) hours after it becomes aware of any security incident affecting the Equipment or Buyer data, shall take immediate containment measures, and shall cooperate with the Buyer's investigation and with reports to the authorities. The Supplier is liable for all losses caused to the Buyer by a security incident attributable to the Supplier.
H:Article 10 Intellectual Property
P:10.1 The network design, configuration files, integration scripts, interface adapters and documentation prepared by the Supplier for the Buyer under this Contract belong to the Buyer, which may use, modify and disclose them, including to other contractors, without restriction.
P:10.2 The central monitoring software and embedded firmware remain the property of their owners. The Supplier grants the Buyer a perpetual, non-exclusive licence to use them for the Buyer's wind farms.
P:10.3 The Supplier shall indemnify the Buyer against any claim that the Equipment infringes a third party's intellectual property rights.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor, including compliance with Article 9 and the Buyer's site safety rules.
H:Article 12 Liability
P:The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for liability for personal injury or death, wilful misconduct, gross negligence and breach of Article 9, which is not limited. Neither party is liable for the other's indirect loss or loss of profit.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after written notice, or if the liquidated damages under Article 5.4 reach their maximum.
P:13.2 On termination under Article 13.1, the Supplier shall refund the amounts paid for Equipment not accepted and compensate the Buyer for the additional cost of completing the work.
H:Article 14 Force Majeure
P:A party prevented from performing by force majeure, including extreme weather beyond the design conditions of the Sites, shall notify the other party promptly and its time for performance is extended by the period of the event.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation within thirty (30) days shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang. The award is final.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese. Both versions are equally authentic.
P:16.2 Annex 1 (Sites and installation sequence), Annex 2 (Interface specifications) and Annex 3 (Technical specifications) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

H25E03 = """
T:Contract for the Supply and Integration of a High-Performance Computing Cluster
P:Contract No.: DNU-HPC-2026-002
P:Buyer: Dongning University, 299 Luoyu Road, Hongshan District, Wuhan, Hubei Province (the "University")
P:Supplier: Skyridge Computing (Shanghai) Co., Ltd., 1200 Zuchongzhi Road, Zhangjiang Hi-Tech Park, Shanghai (the "Supplier")
P:This Contract follows the University's public tender No. DNU-ZB-2026-011 for a campus high-performance computing (HPC) cluster. The Supplier's bid was selected. The tender documents, the Supplier's bid and the award notice form part of this Contract; where they conflict, this Contract prevails.
H:Article 1 Scope
P:1.1 The Supplier shall supply, deliver, install, configure and integrate an HPC cluster for the University's Computing Centre, comprising CPU compute nodes, GPU nodes, a parallel file system, an InfiniBand fabric, a cluster management and job scheduling system, racks and power distribution, as specified in Annex 1 (the "System").
P:1.2 The Supplier shall integrate the System with the University's identity management (single sign-on), its campus network and its research data storage, migrate the user accounts and job scripts of the existing cluster, provide training, and provide warranty services.
P:1.3 The Supplier shall prepare the installation design, including rack layout, power and cooling load calculations and cabling plans, for approval by the University before delivery.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 7,340,000, inclusive of VAT, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|CPU compute node, 2 x 64 cores, 512 GB|64|52,000|3,328,000
TB:2|GPU node, 8 accelerators, 1 TB|4|398,000|1,592,000
TB:3|Parallel file system, 2 PB usable, metadata and storage servers|1|1,186,000|1,186,000
TB:4|InfiniBand fabric, 200 Gb/s, switches and cables|1|468,000|468,000
TB:5|Cluster management and job scheduling software, perpetual licence|1|236,000|236,000
TB:6|Racks, PDUs and cold-aisle containment|6|28,500|171,000
TB:|Equipment and Software Subtotal|||6,981,000
TB:7|Installation, integration and account migration|1|312,000|312,000
TB:8|Training (administrators and users)|1|47,000|47,000
TB:|Contract Price|||7,340,000
P:2.2 The Contract Price is fixed and includes delivery to the Computing Centre, insurance, installation, integration, migration, training, warranty services and all taxes.
H:Article 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 734,000, as an advance payment within twenty (20) days after signature, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:3.2 Fifty-five per cent (55%), CNY 4,037,000, within thirty (30) days after the University signs the Installation Certificate under Article 5.1. The Installation Certificate records completed installation only and is not acceptance.
P:3.3 Thirty-five per cent (35%), CNY 2,569,000, within thirty (30) days after the University signs the Final Acceptance Certificate under Article 5.4.
P:3.4 Payments are made by bank transfer against a VAT special invoice, in accordance with the University's financial procedures.
H:Article 4 Project Management, Delivery and Installation
P:4.1 Within ten (10) days after signature, the Supplier shall appoint a project manager with experience of at least two comparable HPC installations and submit a project plan covering design, delivery, installation, testing, migration and training milestones. The project manager attends weekly progress meetings with the Computing Centre and may not be replaced without the University's written approval.
P:4.2 The Supplier shall deliver the System to the Computing Centre within sixty (60) days after the University approves the installation design, and complete installation and integration within forty-five (45) days after delivery.
P:4.3 Delivery is checked against the packing lists and serial numbers in the presence of both parties. Signature of the delivery note confirms quantities only.
P:4.4 If the Supplier fails to complete delivery or installation by the dates in Article 4.2 for reasons attributable to it, it shall pay the University liquidated damages of CNY 4,500 for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:Article 5 Acceptance
P:5.1 When installation is complete, the parties shall jointly check the configuration of every node against Annex 1 and the University shall sign an Installation Certificate.
P:5.2 The Supplier shall then run the acceptance tests in Annex 3 in the presence of the University's technical team. The System passes if:
LN:the High-Performance Linpack result of the CPU partition reaches at least 70% of its theoretical peak, and the GPU partition completes the agreed benchmark suite within the times in Annex 3;
LN:the parallel file system sustains an aggregate read throughput of at least 40 GB/s and write throughput of at least 30 GB/s with the agreed IOR parameters;
LN:every InfiniBand link trains at full rate and the fabric passes a 12-hour stress test without errors;
LN:the scheduler runs a mixed workload of at least 1,000 jobs, including multi-node MPI and GPU jobs, without scheduler failure;
LN:single sign-on, account migration and access to research data storage work for a sample of 50 users chosen by the University.
P:5.3 After the tests have been passed, the System runs in production for thirty (30) days. Any Severity 1 incident caused by the Supplier during this period restarts the period.
P:5.4 The University signs the Final Acceptance Certificate within ten (10) business days after the end of the thirty-day period, once the Supplier has delivered the as-built documentation, configuration backups and administrator manuals. Delivery, installation, the Installation Certificate and use of the System are not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants the System for forty-eight (48) months from Final Acceptance. During this period it shall repair or replace defective components free of charge, provide firmware and software updates, and provide technical support.
P:6.2 Incidents are handled as follows:
TB:Severity|Definition|Response|Engineer on site|Restoration
TB:Severity 1|Cluster-wide outage, parallel file system unavailable or fabric down|30 minutes|8 hours|next day
TB:Severity 2|Loss of more than 10 nodes, loss of redundancy or serious performance degradation|2 hours|next business day|3 business days
TB:Severity 3|Single node failure or question|1 business day|as needed|5 business days
P:6.3 For each hour by which the response time for a Severity 1 incident is exceeded, the Supplier shall pay the University CNY 1,500; for each day by which the restoration time for a Severity 1 or Severity 2 incident is exceeded, CNY 3,000.
P:6.4 Failed disks and other storage media remain with the University and are destroyed under its procedures. The Supplier shall replace them without requiring their return.
H:Article 7 Support after the Warranty
P:7.1 After the warranty, the University may order support for the fifth and sixth years after Final Acceptance by purchase order, one year at a time.
P:7.2 The annual support fee is five point five per cent (5.5%) of the Equipment and Software Subtotal, i.e. CNY 383,955 per year, fixed for both years. The scope and service levels are the same as in Article 6.
P:7.3 Support does not renew automatically. The licence to the cluster management and job scheduling software is perpetual and does not depend on support.
H:Article 8 Training
P:The Supplier shall provide: (a) a five-day administrator course for up to eight University staff covering the operating system images, the scheduler, the parallel file system, the fabric manager and the monitoring tools; (b) two one-day user workshops on job submission, module environments and GPU programming; and (c) a written runbook for routine administration, node replacement and recovery from the most likely failure scenarios. Training materials may be reproduced by the University for internal use.
H:Article 9 University Obligations
P:The University shall provide the machine room space, power and cooling capacity specified in the approved installation design, network connections to the campus backbone, access for the Supplier's personnel during working hours and, where agreed, outside working hours, and a technical contact authorised to take decisions on configuration questions.
H:Article 10 Research Data and Security
P:10.1 All research data, user data, accounts and logs stored or processed on the System belong to the University. The Supplier may access them only to perform this Contract and shall not copy, retain, use or disclose them.
P:10.2 On-site work is supervised by the Computing Centre. Remote access is allowed only through the University's VPN and bastion host, with approval for each session, and is recorded.
P:10.3 The Supplier shall deliver the System hardened according to the University's security baseline. It shall notify the University within twenty-four (24) hours after becoming aware of any security incident involving the System or University data, take immediate containment measures and cooperate with the University's investigation. The Supplier is liable for the University's losses caused by a security incident attributable to the Supplier.
H:Article 11 Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, including the University's network design, credentials and research information, and shall not disclose it to any third party without prior written consent. This obligation survives the Contract for five years.
H:Article 12 Intellectual Property
P:12.1 The installation design, configuration scripts, integration modules for single sign-on and research data storage, and documentation prepared under this Contract belong to the University, which may use and modify them freely.
P:12.2 Software supplied with the System remains the property of its owners and is licensed to the University perpetually.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the University's prior written consent, and remains responsible for any approved subcontractor.
H:Article 14 Liability
P:The Supplier's total liability under this Contract shall not exceed one hundred and fifty per cent (150%) of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11.
H:Article 15 Termination
P:The University may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after notice, or if the liquidated damages under Article 4.4 reach their maximum. The Supplier shall then refund the amounts paid for the parts of the System not accepted.
H:Article 16 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five (5) days and provide supporting evidence. Time for performance is extended by the period of the event. If the event lasts more than sixty (60) days, either party may terminate the Contract by notice without liability, and the University shall pay for the parts of the System delivered and accepted.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be settled by negotiation; failing that, they shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:Article 18 Final Provisions
P:This Contract takes effect on signature and seal by both parties and is made in four originals, two for each party. Annex 1 (Technical specifications), Annex 2 (Installation design) and Annex 3 (Acceptance test plan) form part of this Contract.
P:For the University: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h25z02": H25Z02, "h25z04": H25Z04, "h25e02": H25E02, "h25e03": H25E03}
TARGETS = {"h25z02": ("h25z02_customs_smart_gate_integration.pdf", "pdf"),
           "h25z04": ("h25z04_university_hospital_pacs_storage_expansion.docx", "docx"),
           "h25e02": ("h25e02_wind_farm_edge_hardware_supply.pdf", "pdf"),
           "h25e03": ("h25e03_university_hpc_cluster_integration.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
