"""Builds the .docx and .pdf contracts of holdout28 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The texts are this folder's own; the .txt/.md contracts are kept as
plain files next to this script. PDF paragraphs are broken into lines at word boundaries (word_pdf.prewrap), as in
holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H28Z02 = """\
T:网络安全设备采购及维保合同
P:合同编号：XYKJ-DMZ-2025-026
P:项目名称：遥感卫星地面接收站业务网边界安全防护设备采购项目
P:甲方（采购人）：西域空间信息研究院（遥感卫星地面接收站）
P:地址：新疆维吾尔自治区乌鲁木齐市高新区天璇路 9 号
P:乙方（供应商）：北京安垣网络安全技术有限公司
P:地址：北京市海淀区上地信息路 26 号
P:根据甲方采购项目（项目编号 XYKJ-CG-2025-011）公开招标结果，乙方为中标供应商。为明确双方权利义务，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，双方协商一致，订立本合同。
H:1 合同标的
P:1.1 乙方向甲方提供地面接收站业务网与办公网、互联网之间的边界安全防护设备及软件，完成安装部署、安全策略配置、与甲方现有网络的联调，并配合甲方完成网络安全等级保护测评，提供质保期内的维保服务。
P:1.2 设备部署地点为甲方地面接收站主机房及数据处理中心机房。设备及软件的品牌、型号、配置以附件一《技术规格及配置清单》为准。
P:1.3 乙方所供设备应为原厂全新正品，具备公安部网络安全专用产品销售许可证书（或国家规定的网络关键设备和网络安全专用产品认证证书），软件为正式授权版本。
H:2 合同价款
P:2.1 本合同总价为人民币贰佰零陆万陆仟元整（¥2,066,000.00），为固定总价，已包含设备及软件、运输、保险、安装部署、策略配置、测评配合、培训、税费及质保期内全部服务费用。
P:2.2 分项报价如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|下一代防火墙（万兆，双机热备）|4 台|168,000|672,000
TB:2|安全隔离与信息交换系统（网闸）|2 套|236,000|472,000
TB:3|入侵防御系统|2 台|128,000|256,000
TB:4|网络安全日志审计系统|1 套|96,000|96,000
TB:5|运维安全管理系统（堡垒机）|1 套|88,000|88,000
TB:6|态势感知平台软件（永久许可，含三年特征库升级）|1 套|318,000|318,000
TB:设备及软件小计||||1,902,000
TB:7|安装部署及安全策略配置|1 项|126,000|126,000
TB:8|等级保护测评配合及培训|1 项|38,000|38,000
TB:合计||||2,066,000
H:3 付款
P:3.1 本合同不设预付款。
P:3.2 设备全部到货、安装部署完成并通过第 5.2 条约定的初步验收后，甲方在收到乙方合规发票后十五个工作日内支付合同总价的百分之六十，即人民币壹佰贰拾叁万玖仟陆佰元整（¥1,239,600.00）。
P:3.3 试运行期满并通过第 5.3 条约定的最终验收后，甲方在收到乙方合规发票后十五个工作日内支付合同总价的百分之四十，即人民币捌拾贰万陆仟肆佰元整（¥826,400.00）。
P:3.4 甲方为预算单位，付款按财政国库集中支付程序办理，因财政审批程序正常所需的时间不视为甲方逾期付款。
H:4 交付与实施
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方指定机房，并在到货后三十日内完成安装部署和策略配置。
P:4.2 设备到货时双方共同开箱检验，核对型号、序列号、数量及原厂授权文件，签署到货确认单。到货确认单仅证明货物已交付，不构成对设备质量的验收。
P:4.3 乙方应在实施前提交实施方案及割接方案，经甲方审核同意后实施。割接工作应安排在甲方指定的非卫星过境时段进行，不得影响卫星数据接收业务。
P:4.4 乙方进入甲方机房的人员应事先报甲方备案，遵守甲方机房管理制度，在甲方人员陪同下作业。
H:5 验收
P:5.1 验收依据为本合同、附件一技术规格、招标文件及乙方投标文件中的技术承诺。
P:5.2 初步验收：安装部署完成后，甲方组织初验。初验应满足：（1）设备型号、数量、序列号与合同一致，原厂授权及证书齐全；（2）防火墙双机切换时间不超过 1 秒，切换过程中业务会话不中断；（3）网闸在满负荷条件下单向摆渡吞吐率达到投标承诺值；（4）入侵防御系统对甲方提供的 200 条测试攻击样本检出不少于 195 条；（5）日志审计系统完整采集全部被审计设备日志，日志留存不少于一百八十天；（6）安全策略与甲方批准的策略表逐条核对一致。
P:5.3 最终验收：初验合格后进入六十日试运行期。试运行期内无一级故障，且甲方委托的测评机构完成等级保护测评、与本项目设备相关的测评项全部符合后，甲方组织最终验收并出具最终验收报告。
P:5.4 设备到货、安装、上线运行或甲方支付款项，均不代表甲方已验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:6 质量保证及维保服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方提供免费的硬件维修更换、软件升级、特征库及规则库升级和现场技术支持。
P:6.2 故障分级及服务时限见下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|边界防护中断、网闸失效或双机同时故障，影响卫星数据业务|15 分钟|2 小时|6 小时
TB:二级|单机故障或部分策略失效，业务未中断|1 小时|8 小时|1 个工作日
TB:三级|日志、报表、管理界面等非关键功能异常|2 小时|按需|3 个工作日
P:6.3 质保期内，核心边界防护设备（双机热备整体计）的年可用率不低于99.99%。可用率＝（全年总分钟数－不可用分钟数）÷全年总分钟数×100%。
P:6.4 乙方未达到第 6.2 条时限的，每超时一小时向甲方支付违约金人民币壹仟元；第 6.3 条可用率每低于承诺值 0.01 个百分点，乙方向甲方支付违约金人民币叁仟元。上述违约金甲方可从应付款项中直接扣除。
P:6.5 质保期满后，甲方如需继续维保，双方另行签订维保合同。年度维保费为设备及软件小计的百分之六，即每年人民币壹拾壹万肆仟壹佰贰拾元（¥114,120.00），质保期满后的前两年按此固定价格执行，不作上调。维保合同不自动续期。
H:7 数据安全
P:7.1 本项目设备中的安全策略、配置文件、日志、告警记录及网络拓扑信息均属于甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于其他目的。
P:7.2 乙方实施和维保工作原则上在甲方现场进行。确需远程支持的，须经甲方逐次书面审批，通过甲方堡垒机接入，操作全程录像，结束后立即关闭通道。
P:7.3 设备返修时，存储介质由甲方留存或在甲方监督下消磁销毁，乙方不得将含有甲方数据的部件带离甲方场所。
P:7.4 乙方发现安全事件或数据泄露风险的，应在 1 小时内报告甲方并配合处置。因乙方原因导致数据泄露、网络安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:8 保密
P:8.1 乙方对在本合同履行中知悉的甲方网络结构、IP 地址规划、卫星接收业务信息、安全策略及其他工作秘密承担保密义务，未经甲方书面同意不得以任何形式向第三方披露。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。保密义务在本合同终止后持续有效。
H:9 知识产权
P:9.1 乙方为本项目定制的安全策略、检测规则、配置模板、实施文档及培训资料的知识产权归甲方所有，甲方可自由使用、修改并提供给后续服务单位。
P:9.2 设备内置软件及态势感知平台软件的著作权归原权利人所有，甲方享有永久使用权。
P:9.3 乙方保证所供产品不侵犯第三方知识产权，否则由乙方承担全部责任。
H:10 违约责任
P:10.1 乙方逾期交货或逾期完成安装部署的，每逾期一日，按合同总价的百分之零点零八向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 乙方所供产品不符合合同约定的，甲方有权要求更换，由此延误的工期按第 10.1 条处理。
P:10.3 乙方在本合同项下的累计赔偿责任不超过合同总价的两倍；但因乙方故意或重大过失、违反第 7 条或第 8 条造成的损失不受此限。
H:11 转包与分包
P:11.1 乙方不得将本合同项下的任何工作转包或分包给第三方。设备原厂提供的技术支持不视为分包，但原厂人员进入甲方现场应遵守第 4.4 条及第 8 条的约定。
H:12 合同解除
P:12.1 乙方逾期交货超过三十日、产品经两次整改仍不合格，或严重违反数据安全及保密义务的，甲方有权书面通知乙方解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 任何一方有其他根本违约行为，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
H:13 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交乌鲁木齐仲裁委员会仲裁。
H:14 其他
P:14.1 附件一《技术规格及配置清单》、附件二《实施方案》、附件三《售后服务承诺》为本合同组成部分。
P:14.2 本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：西域空间信息研究院          乙方（盖章）：北京安垣网络安全技术有限公司
P:授权代表：__________                    授权代表：__________
P:日期：____年__月__日                    日期：____年__月__日
"""

H28Z03 = """\
T:邮轮旅客通关服务系统集成项目合同
P:合同编号：YDYL-XX-2025-018
P:甲方：甬东国际邮轮码头运营有限公司
P:住所：浙江省宁波市北仑区港城路 66 号
P:乙方：上海港旅通智能科技有限公司
P:住所：上海市浦东新区张江路 1288 号
P:甲方为提升邮轮母港旅客通关效率，就“邮轮旅客通关服务系统集成项目”进行竞争性磋商，乙方为成交供应商。根据《中华人民共和国民法典》等法律规定，双方本着平等自愿、诚实信用的原则，就本项目的实施达成如下协议。
H:第一条 项目范围
P:1.1 乙方负责邮轮旅客通关服务系统的设计、供货、安装、软件定制开发、系统集成、试运行保障及培训，具体包括：自助值机终端、人脸核验闸机、行李标签打印及读取设备、综合管理平台、离港控制系统（定制开发）、服务器存储网络设备，以及与口岸查验系统、船公司订舱系统的接口。
P:1.2 系统应满足单航次不少于 5,000 名旅客、高峰时段每小时 2,000 名旅客的登船办理能力，技术要求以附件一《用户需求书》及乙方磋商响应文件为准。
P:1.3 乙方应指派具备同类港口或机场旅客系统实施经验的项目经理常驻现场，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾万元整（¥3,600,000.00），为含税固定总价。
P:2.2 价格构成如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|自助值机终端|24 台|46,000|1,104,000
TB:2|人脸核验闸机|16 通道|52,000|832,000
TB:3|行李标签打印及读取设备|12 套|18,500|222,000
TB:4|综合管理平台软件许可（永久）|1 套|380,000|380,000
TB:5|服务器、存储及网络设备|1 批|296,000|296,000
TB:软硬件小计||||2,834,000
TB:6|离港控制系统定制开发|1 项|468,000|468,000
TB:7|口岸查验系统及船公司订舱系统接口开发|1 项|186,000|186,000
TB:8|安装调试、试运行保障及培训|1 项|112,000|112,000
TB:合计||||3,600,000
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交合同总价百分之二十的银行预付款保函，甲方在收到保函及等额收据后十个工作日内支付预付款人民币柒拾贰万元整（¥720,000.00）。
P:3.2 系统通过初步验收后，甲方在收到发票后十五个工作日内支付合同总价的百分之四十五，即人民币壹佰陆拾贰万元整（¥1,620,000.00）。
P:3.3 系统通过最终验收后，甲方在收到发票后十五个工作日内支付合同总价的百分之三十五，即人民币壹佰贰拾陆万元整（¥1,260,000.00）。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成全部设备的到货安装和软件部署，一百二十日内具备初步验收条件。
P:4.2 甲方负责提供设备安装场地、电源和网络接入点，并协调口岸查验单位及船公司提供接口规范。因甲方原因造成进度延误的，工期相应顺延。
P:4.3 现场施工不得影响码头正常的邮轮靠泊作业，乙方应按甲方批准的施工时段作业。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，乙方提交初验申请及测试报告，甲方组织初验。初验标准为：（1）设备型号、数量符合合同；（2）单名旅客自助值机办理时间不超过 60 秒；（3）人脸核验闸机单人通行时间不超过 3 秒，误识率符合用户需求书要求；（4）离港控制系统完成 2,000 名模拟旅客的全流程联调演练，数据与订舱系统逐条核对一致；（5）与口岸查验系统接口经查验单位确认；（6）系统安全测试无高危漏洞；（7）文档资料齐全。
P:5.2 试运行：初验合格后进入三个月试运行期，试运行期内应至少完成两个完整邮轮航次的通关保障，期间无一级故障。
P:5.3 最终验收：试运行期满且满足第 5.2 条要求后，乙方提交终验申请，甲方在十个工作日内组织最终验收，验收合格后双方签署最终验收证书。
P:5.4 设备安装完成、系统上线或在航次中投入使用，均不视为验收合格。
H:第六条 质保及运维
P:6.1 本项目软硬件质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备并提供软件缺陷修复和版本升级。
P:6.2 发生一级故障（值机、闸机或离港控制系统整体不可用）的，乙方应在十五分钟内响应，三十分钟内到达现场，一小时内恢复系统或启用应急值机方案。二级、三级故障的处理时限见附件三。乙方应在每个邮轮航次靠泊前一日完成系统巡检，并在通关时段安排工程师现场值守。
P:6.3 离港控制系统在航次保障期间的可用率不低于99.95%。
P:6.4 乙方超过第 6.2 条时限的，每超时一小时向甲方支付违约金人民币贰仟元；可用率每低于承诺值 0.01 个百分点，乙方支付违约金人民币伍仟元。
P:6.5 质保期满后，乙方提供的年度运维服务费不超过软硬件小计的百分之九，即每年不超过人民币贰拾伍万伍仟零陆拾元（¥255,060.00），质保期满后三年内不上调。运维合同由双方另行签订。
H:第七条 旅客信息及数据安全
P:7.1 系统采集的旅客身份信息、人脸图像及特征值、行李信息、航次数据和操作日志均属于甲方所有。乙方仅为履行本合同处理上述信息，不得用于模型训练或任何其他目的，不得向第三方提供。
P:7.2 旅客个人信息应存储于甲方机房内，人脸特征值加密存储，原始人脸图像按甲方规定的期限删除。乙方应落实访问控制、操作审计和最小授权原则，远程维护须经甲方审批。
P:7.3 发生或可能发生个人信息泄露的，乙方应在 1 小时内通知甲方并采取补救措施。因乙方原因造成个人信息泄露或数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚。
H:第八条 知识产权
P:8.1 综合管理平台软件的著作权归乙方所有，甲方享有永久使用权。
P:8.2 为本项目定制开发的离港控制系统模块及接口程序的知识产权由甲乙双方共同所有。未经乙方书面同意，甲方不得对上述成果进行修改、二次开发或许可第三方使用。
P:8.3 乙方保证其交付成果不侵犯第三方的合法权益。
H:第九条 保密
P:9.1 双方对在合同履行中获悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方未按第 4.1 条约定期限具备初步验收条件的，每逾期一日，应向甲方支付违约金人民币贰仟伍佰元。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:10.3 乙方在本合同项下承担的赔偿责任（含违约金）累计不超过人民币伍拾万元（¥500,000.00）。
H:第十一条 分包
P:11.1 乙方不得转包本合同。乙方拟将设备安装或综合布线分包的，应事先取得甲方书面同意，并对分包方的工作向甲方负责。
H:第十二条 合同解除
P:12.1 乙方逾期超过四十五日仍未具备初步验收条件，或系统经两次整改仍未通过验收的，甲方有权解除合同，乙方应返还已收取的款项。
P:12.2 一方严重违约致使合同目的不能实现的，另一方有权书面通知解除本合同。
H:第十三条 法律适用和争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 合同履行中发生争议的，双方友好协商；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 培训与技术资料
P:14.1 乙方应在初验前对甲方值机、客服、运维人员分批开展培训，其中操作培训不少于 60 人次，运维培训不少于 8 人次，培训内容包括系统操作、常见故障处理及应急值机流程。
P:14.2 乙方应在最终验收前向甲方移交系统设计文档、数据库结构说明、接口规范、部署手册、运维手册及全部设备的保修凭证。
H:第十五条 附则
P:15.1 附件一《用户需求书》、附件二《设备清单》、附件三《故障分级及服务时限》为本合同不可分割的组成部分。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：甬东国际邮轮码头运营有限公司
P:乙方（盖章）：上海港旅通智能科技有限公司
P:签订日期：____年__月__日
"""

H28E02 = """\
T:Supply and Implementation Contract - Wind Turbine Condition Monitoring System
P:Contract No.: HXWP-CMS-2025-07
P:Buyer: Hexi Corridor Wind Power Co., Ltd., No. 6 Xinhe Road, Jiuquan, Gansu Province, PRC (the "Buyer")
P:Supplier: Nordvind Condition Monitoring (Tianjin) Co., Ltd., No. 21 Haitai Development Road, Tianjin, PRC (the "Supplier")
P:Following the Buyer's competitive tender No. HXWP-T-2025-031, the Buyer awards to the Supplier the supply, installation and commissioning of a condition monitoring system for the 132 wind turbines of the Buyer's Hongliu, Shiyou, Qiaowan and Beidun wind farms, together with the related software licence, custom development and warranty services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "CMS" means the condition monitoring system described in Annex 1, consisting of vibration sensors, data acquisition units (DAUs), edge gateways, servers and the CMS Platform software.
P:1.2 "CMS Platform" means the Supplier's condition monitoring software, licensed under Article 8.
P:1.3 "Custom Deliverables" means the fault diagnosis models tuned for the Buyer's turbine types, the interface to the Buyer's wind farm SCADA and the Buyer-specific reports, developed under this Contract.
P:1.4 "Installation Certificate" means the certificate signed by the Buyer for a wind farm when all turbines of that farm have been fitted, powered and are sending data to the CMS Platform.
P:1.5 "Final Acceptance" means acceptance of the whole CMS under Article 5.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the equipment and licence listed in Article 3, install the sensors and DAUs in the nacelles of all 132 turbines, install the edge gateways in the four wind farm substations, deploy the CMS Platform on servers in the Buyer's Jiuquan control centre, develop the Custom Deliverables and train the Buyer's staff.
P:2.2 All equipment shall be new, of the models stated in Annex 1, and certified for operation at ambient temperatures from -40 °C to +50 °C.
P:2.3 Work in nacelles shall follow the Buyer's wind farm safety rules, including permit-to-work, fall-protection and lock-out procedures. Work shall be scheduled in agreement with the Buyer's operations team and shall not be carried out at wind speeds above those permitted by the Buyer's rules.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 3,850,000 (three million eight hundred and fifty thousand yuan), inclusive of VAT, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Vibration sensor set (8 accelerometers per turbine, cables, mounting)|132 sets|9,600|1,267,200
TB:2|Data acquisition unit (DAU)|132|7,800|1,029,600
TB:3|Edge gateway for wind farm substation|4|36,000|144,000
TB:4|CMS Platform perpetual licence (up to 200 turbines)|1|620,000|620,000
TB:5|Servers and storage for the control centre|1 lot|188,000|188,000
TB:Hardware and Licence Subtotal||||3,248,800
TB:6|Installation in nacelles and commissioning|132 turbines|2,400|316,800
TB:7|Custom Deliverables (fault models, SCADA interface, reports)|1 lot|246,000|246,000
TB:8|Training|1 lot|38,400|38,400
TB:Contract Price||||3,850,000
P:3.2 The Contract Price is fixed and covers all equipment, licences, transport, insurance, installation, commissioning, development, training and warranty services under this Contract.
H:Article 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 385,000) within 20 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank in the PRC for the same amount, valid until the last Installation Certificate.
P:4.2 Installation payments: 55% of the Contract Price (CNY 2,117,500), paid for each wind farm pro rata to the number of turbines covered by its Installation Certificate, within 30 days after the Installation Certificate and invoice. An Installation Certificate confirms installation only and is not acceptance of the CMS.
P:4.3 Final payment: 35% of the Contract Price (CNY 1,347,500) within 30 days after Final Acceptance and invoice.
H:Article 5 Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all equipment to the Buyer's Jiuquan warehouse within 60 days after signature and complete installation at all four wind farms within 150 days after signature.
P:5.2 After the last Installation Certificate, the CMS shall run for a trial period of 30 days. Final Acceptance tests shall then be carried out jointly according to the test plan in Annex 2 and shall show that:
LN:all 132 turbines report vibration, speed and temperature data to the CMS Platform, and data completeness over the trial period is not less than 98% of expected samples for every turbine;
LN:the fault diagnosis models detect the bearing, gear and imbalance faults in the Buyer's library of recorded fault cases (at least 40 cases) with no more than two missed detections;
LN:alarms are shown in the Buyer's SCADA within 10 seconds, and turbine identifiers, alarm codes and time stamps match between the two systems;
LN:the reports listed in Annex 1 are produced correctly from the Buyer's data;
LN:no Severity 1 incident has occurred during the trial period; and
LN:all documentation, source code of the Custom Deliverables and the licence certificate have been delivered.
P:5.3 If a test fails, the Supplier shall correct the defect and the test shall be repeated. Final Acceptance occurs when the Buyer signs the Final Acceptance Certificate. Delivery, installation, Installation Certificates, use of the CMS in operation or any payment do not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the CMS, including hardware, CMS Platform and Custom Deliverables, for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including nacelle access and crane costs where needed, and shall provide software updates and remote support.
P:6.2 The Supplier shall respond to incidents and restore service within the following times:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|CMS Platform down, or data from a whole wind farm lost|30 minutes|12 hours (remote); on-site attendance within 2 days where needed
TB:Severity 2|Data from one or more turbines lost, or alarms not forwarded to SCADA|2 hours|3 days
TB:Severity 3|Reports, user interface or other non-critical issues|1 business day|10 business days
P:6.3 For each hour by which the Supplier exceeds the response or restoration time for a Severity 1 incident, the Supplier shall pay the Buyer CNY 1,000; for Severity 2, CNY 300 per hour. The Buyer may deduct these amounts from any payment due or claim them under the performance guarantee.
P:6.4 After the warranty period the Buyer may order annual support (hardware replacement, software updates and remote support) by purchase order. The annual support fee shall not exceed 8% of the Hardware and Licence Subtotal, i.e. CNY 259,904 per year, and shall not be increased during the first two years after the warranty period. Support does not renew automatically.
H:Article 7 Buyer Data
P:7.1 All data collected by the CMS, including vibration signals, operating data, alarms, diagnosis results and reports, belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it, whether identifiable, anonymised or aggregated, for any other purpose, including fleet benchmarking or the training of models for other customers.
P:7.2 The CMS Platform and all Buyer Data shall be hosted on the Buyer's servers in the Jiuquan control centre. Remote access by the Supplier shall take place only through the Buyer's VPN, with an account per engineer, after approval of each session by the Buyer, and shall be logged.
P:7.3 The Supplier shall implement the security settings required by the Buyer's power monitoring system security protection rules, keep the CMS isolated from the production control zone as instructed by the Buyer and change all default passwords before commissioning.
P:7.4 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the CMS or Buyer Data, shall cooperate in its investigation and shall be liable for all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the CMS Platform for up to 200 turbines. The Supplier retains ownership of the CMS Platform.
P:8.2 The Custom Deliverables belong to the Buyer from their creation. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including to third parties maintaining its systems.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the CMS infringes third-party intellectual property rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's turbine performance data, wind farm layouts and network information, and shall not disclose it to third parties without the other party's prior written consent.
P:9.2 This obligation survives termination or expiry of this Contract for five years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation at all wind farms within the time in Article 5.1, or if Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Buyer approves, by signing this Contract, Gansu Fengxing Tower Services Co., Ltd. as subcontractor for work in nacelles. Any other subcontracting requires the Buyer's prior written consent.
P:11.2 The Supplier remains fully responsible for the work of its subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 Upon termination under 12.1, the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer for its losses, subject to Article 10.2.
H:Article 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall first be negotiated in good faith. If it is not resolved within 30 days, either party may submit it to the Lanzhou Arbitration Commission for arbitration in Lanzhou.
H:Article 14 Miscellaneous
P:14.1 Annex 1 (Technical specification and equipment list) and Annex 2 (Final Acceptance test plan) form part of this Contract.
P:14.2 This Contract is made in Chinese and English. Both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

H28E03 = """\
T:Purchase Contract - Media Storage and Archive System
P:Contract No.: JCBG-IT-2025-112
P:Buyer: Jiangcheng Broadcasting Media Group Co., Ltd., 300 Guangdian Avenue, Changsha, Hunan Province, PRC
P:Supplier: Harbourline Systems (Shenzhen) Co., Ltd., 9 Keji South Road, Nanshan District, Shenzhen, Guangdong Province, PRC
P:The Buyer is replacing the online storage and the tape archive of its media asset management platform, which serves its television channels, radio frequencies and new-media studio. After a tender (No. JCBG-T-2025-047) the Buyer has selected the Supplier. The parties agree as follows.
H:Section 1 Subject Matter
P:1.1 The Supplier shall supply, install and commission a scale-out media storage system with a usable capacity of not less than 4.8 PB, an SSD metadata tier, an LTO-9 tape library with twelve drives, two data-centre switches and the file-system and archive-management software licences, migrate 1.9 PB of media from the Buyer's existing storage, integrate the new system with the Buyer's media asset management (MAM) platform and editing systems, and train the Buyer's engineers.
P:1.2 Technical specifications are set out in Schedule 1. Where Schedule 1 and the Supplier's bid differ, the higher specification applies.
H:Section 2 Price
P:2.1 The Contract Price is CNY 4,660,000, inclusive of VAT, freight, insurance, installation, migration, training and the warranty services under Section 8.
P:2.2 Breakdown:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Scale-out storage node, 300 TB usable|16|182,000|2,912,000
TB:SSD metadata node|4|96,000|384,000
TB:LTO-9 tape library, 12 drives, 800 slots|1|468,000|468,000
TB:Data-centre switch, 100 GbE|2|74,000|148,000
TB:File-system and archive-manager licences, perpetual|1 lot|356,000|356,000
TB:Hardware and Licence Subtotal|||4,268,000
TB:Installation, MAM integration and migration of 1.9 PB|1 lot|362,000|362,000
TB:Training|1 lot|30,000|30,000
TB:Contract Price|||4,660,000
H:Section 3 Payment Terms
P:3.1 Advance payment: 20% of the Contract Price, CNY 932,000, within 15 business days after signature, against the Supplier's invoice and a bank advance payment guarantee for the same amount.
P:3.2 Installation payment: 50% of the Contract Price, CNY 2,330,000, within 30 days after the Buyer signs the Installation Certificate. The Installation Certificate confirms that the equipment has been delivered, racked, powered and connected; it is not acceptance.
P:3.3 Final payment: 30% of the Contract Price, CNY 1,398,000, within 30 days after Final Acceptance.
P:3.4 All payments are made by bank transfer in CNY against valid special VAT invoices.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's data centre at 300 Guangdian Avenue within 45 days after signature, and complete installation within 20 days after delivery.
P:4.2 Migration of the 1.9 PB of existing media shall be completed within 75 days after the Installation Certificate. Migration shall be carried out without interrupting the Buyer's broadcasting and editing operations, in batches agreed with the Buyer's technical department.
P:4.3 Before installation the Supplier shall submit an installation and migration plan, including a rollback plan for each batch, for the Buyer's approval.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall be carried out after migration is complete, according to the test plan in Schedule 2, and shall show that:
P:(a) the aggregate read throughput is not less than 40 GB/s and the system supports 120 simultaneous 4K editing streams without dropped frames;
P:(b) every migrated file has been verified by checksum against the source, with no mismatches, and a random sample of 500 clips has been played back and checked by the Buyer's engineers;
P:(c) a file archived to tape can be restored to online storage within 3 minutes of the request in the MAM platform;
P:(d) failure of any single storage node causes no loss of data and no interruption of playback;
P:(e) no Severity 1 incident has occurred during a 30-day operation period following migration; and
P:(f) all documentation, configuration records and licence certificates have been delivered.
P:5.2 Final Acceptance occurs when the Buyer signs the Final Acceptance Certificate. Delivery, installation, the Installation Certificate, use of the system in production and payment do not constitute acceptance.
P:5.3 If any test fails, the Supplier shall remedy the defect within 10 days and the test shall be repeated.
H:Section 6 Delay Damages
P:6.1 If the Supplier fails to deliver, complete installation or complete migration within the times in Section 4 for reasons attributable to it, the Supplier shall pay delay damages of 0.5% of the Contract Price for each full week of delay.
P:6.2 Delay damages shall not exceed 10% of the Contract Price in total. The Buyer may deduct them from any amount payable to the Supplier.
H:Section 7 Buyer's Content and Data Security
P:7.1 All media content, metadata, catalogue records and logs stored on the system belong to the Buyer. The Supplier shall access them only as needed to install, migrate and maintain the system and shall not copy, retain or use them for any other purpose.
P:7.2 Migration and maintenance shall be performed on the Buyer's premises. Remote access is permitted only through the Buyer's jump server, for a named engineer, after approval of each session by the Buyer, and all sessions shall be recorded.
P:7.3 Failed disks and SSDs remain with the Buyer or are destroyed on the Buyer's premises under its supervision; no storage medium containing the Buyer's content may be removed from the Buyer's premises.
P:7.4 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or corruption of, the Buyer's content, and shall be liable for the cost of recovery and for all losses caused by its breach of this Section 7.
H:Section 8 Warranty and Support
P:8.1 The Supplier warrants all equipment and software for 36 months from Final Acceptance. During the warranty period the Supplier shall provide free parts replacement, software updates and on-site support.
P:8.2 Incident severity levels and service times:
P:Severity 1 (system unavailable, data loss, or playback to air affected): response within 30 minutes; engineer on site within 6 hours; restoration within 12 hours.
P:Severity 2 (degraded performance or a component failure without service impact): response within 2 hours; resolution within 2 business days.
P:Severity 3 (other issues and requests): response within 1 business day; resolution within 10 business days.
P:8.3 If the Supplier exceeds a response, on-site or restoration time for a Severity 1 incident, it shall pay the Buyer CNY 2,000 for each hour of delay; for Severity 2, CNY 500 for each hour of delay.
P:8.4 After the warranty period the Buyer may purchase annual support by purchase order. The annual support fee is 7.5% of the Hardware and Licence Subtotal, i.e. CNY 320,100 per year, fixed for the two years following the warranty period. Support does not renew automatically.
H:Section 9 Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the file-system and archive-manager software with the equipment supplied. Title to the software remains with its owners.
P:9.2 The migration scripts, MAM integration connectors, configuration records and runbooks prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them, with source code, before Final Acceptance.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Section 7.
P:10.2 Neither party is liable for loss of profit or indirect loss, except in the case of wilful misconduct or breach of Section 7.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any subcontractor.
H:Section 12 Duration and Remedies
P:12.1 This Contract remains in force until the end of the warranty period under Section 8.1.
P:12.2 Neither party may terminate this Contract before that date, except by written agreement of both parties. In case of delay, the Buyer's remedy is the delay damages under Section 6; in case of defects, the Buyer's remedies are those under Sections 5.3 and 8.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
H:Section 14 Training and Documentation
P:14.1 Before Final Acceptance the Supplier shall train up to twelve of the Buyer's engineers in the administration of the storage system, the tape library and the archive manager, including capacity planning, node replacement, tape management, restore procedures and the monitoring of the MAM integration. Training shall take place at the Buyer's premises, in Chinese, and shall include at least three days of hands-on exercises on the installed system.
P:14.2 The Supplier shall deliver the as-built documentation, network and rack diagrams, configuration records, the migration report with the checksum results for every batch, administration manuals and the runbooks referred to in Section 9.2, in Chinese, in electronic form and in two printed copies.
H:Section 15 Performance Guarantee and Force Majeure
P:15.1 Within 15 business days after signature the Supplier shall provide a performance guarantee issued by a bank in the PRC for 10% of the Contract Price, valid until 30 days after Final Acceptance. The Buyer may claim under the guarantee any delay damages or other amounts due from the Supplier under this Contract that remain unpaid.
P:15.2 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or acts of government, provided that it notifies the other party within 5 days and takes reasonable steps to reduce the effects. The time for performance is extended by the duration of the force majeure event.
H:Section 16 General
P:16.1 Schedule 1 (Technical specifications) and Schedule 2 (Acceptance test plan) form part of this Contract.
P:16.2 This Contract is signed in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

SOURCES = {"h28z02": H28Z02, "h28z03": H28Z03, "h28e02": H28E02, "h28e03": H28E03}
TARGETS = {"h28z02": ("h28z02_satellite_ground_station_network_security_equipment.docx", "docx"),
           "h28z03": ("h28z03_cruise_terminal_passenger_clearance_integration.pdf", "pdf"),
           "h28e02": ("h28e02_wind_farm_condition_monitoring_system.docx", "docx"),
           "h28e03": ("h28e03_broadcaster_media_storage_archive_purchase.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
