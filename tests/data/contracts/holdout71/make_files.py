"""holdout71: builds the two .docx and the two .pdf contracts of this folder from the sources below.

Markup as ../word_pdf.py reads it (T: title, H: heading, P: paragraph, TB: table row, cells split by |).
Run with /work/main/.venv/bin/python make_files.py; the .md / .txt contracts are kept as written, not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H71Z01 = """
T:云川省地震局地震速报信息平台建设项目系统集成合同
P:合同编号：YCDZ-ZFCG-2025-017
P:采购人（甲方）：云川省地震局
P:供应商（乙方）：北京中震启明信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目公开招标文件（项目编号：YCZC-2025-0413）、乙方投标文件及中标通知书，甲乙双方就云川省地震速报信息平台建设项目系统集成事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与工期
P:1.1 乙方负责完成地震速报信息平台的设备供货、软件许可、定制开发、系统集成、部署调试、人员培训及质保期内服务，使甲方能够在地震发生后自动产出速报参数，经值班人员确认后通过短信、政务新媒体、应急广播接口和指挥大屏向省委省政府值班室、应急管理部门、相关市州及社会公众发布。
P:1.2 项目建设地点为甲方数据中心机房及省应急指挥中心。设备配置、软件功能及技术指标以本合同第二条价格表、招标文件技术要求和乙方投标文件技术响应为准，三者不一致的，以对甲方更有利者为准。
P:1.3 工期：自合同签订之日起一百五十日内完成全部设备到货、安装部署、接口联调并提交初验申请。
P:1.4 乙方应指定具有地震监测或应急信息化项目经验的项目经理常驻现场，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰玖拾陆万元整（¥2,960,000），为固定总价，包含设备、软件、开发、运输、保险、安装、调试、培训、税费及质保期内服务等全部费用，甲方不再另行支付任何费用。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|数据汇聚及处理服务器|8台|768,000
TB:2|分布式存储系统|1套|486,000
TB:3|网络及安全设备（防火墙、核心交换机、网闸）|1批|312,000
TB:4|地震速报处理软件许可（永久）|1套|580,000
TB:|软硬件小计||2,146,000
TB:5|速报信息发布子系统定制开发|1项|412,000
TB:6|与国家地震台网中心、省应急管理厅系统接口开发|1项|168,000
TB:7|系统集成与部署调试|1项|196,000
TB:8|培训|1项|38,000
TB:|合计||2,960,000
H:第三条 付款方式
P:3.1 本合同签订且乙方向甲方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的百分之四十作为预付款，即人民币壹佰壹拾捌万肆仟元（¥1,184,000）。
P:3.2 全部设备到货、安装部署完成并通过初验后十个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰零叁万陆仟元（¥1,036,000）。初验合格不视为最终验收。
P:3.3 系统试运行期满并通过最终验收后十个工作日内，甲方支付合同总价的百分之二十，即人民币伍拾玖万贰仟元（¥592,000）。
P:3.4 合同总价的百分之五，即人民币壹拾肆万捌仟元（¥148,000），作为质量保证金，于最终验收合格满一年且无未解决的质量问题时由甲方无息支付。
P:3.5 乙方应在每次付款前开具合法有效的增值税专用发票。甲方付款受财政资金拨付程序影响的，付款时间相应顺延，不视为甲方违约。
H:第四条 交付与验收
P:4.1 初验：全部设备到货后，乙方完成安装、部署和联调，甲方组织初验。初验内容包括设备型号、数量及序列号核对，软件功能清单核对，以及与国家地震台网中心、省应急管理厅系统的接口联通测试。
P:4.2 试运行：初验合格后系统进入为期三个月的试运行。试运行期间发生一级故障的，试运行期自故障排除之日起重新计算。
P:4.3 最终验收标准：（1）对试运行期间发生的全部M3.0级以上地震及不少于二十次历史地震波形回放，自动速报参数在震后两分钟内产出，震中位置偏差不超过十公里，震级偏差不超过0.3级；（2）速报结果经确认后三十秒内完成短信、政务新媒体及应急广播接口的推送；（3）系统连续七十二小时压力测试无故障；（4）通过第三方网络安全等级保护三级测评；（5）技术文档、源代码、操作手册及培训记录齐全。
P:4.4 甲方应在乙方提交最终验收申请后十五日内组织专家进行验收，并出具书面验收报告。设备安装、系统上线、试运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护服务
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件故障维修、备件更换、软件升级、速报参数优化和技术支持，并每半年进行一次现场巡检。
P:5.2 系统年可用率不低于99.95%，经甲方同意的计划内维护时段除外。
P:5.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|速报处理中断或信息发布中断|15分钟|2小时|6小时
TB:二级|部分功能异常，速报仍可产出|30分钟|8小时|12小时
TB:三级|一般性咨询或非关键缺陷|2小时|按需|5个工作日
P:5.4 乙方未达到上述响应、到场或恢复时间的，每超时一小时，甲方从质量保证金或应付维护费中扣减人民币2,000元；系统年可用率每低于约定值0.01个百分点，扣减人民币3,000元。
P:5.5 质保期满后，如甲方继续委托乙方提供维护服务，年度维护费不超过软硬件小计的百分之八（即每年不超过人民币171,680元），且质保期满后三年内不得上调。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的速报信息发布子系统、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可以自行或委托第三方使用、修改和再开发，无需另行向乙方付费。
P:6.2 地震速报处理软件为乙方既有产品，其知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用本合同交付成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 本项目涉及的地震观测数据、速报结果、发布对象及用户信息均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或以任何方式向第三方提供。
P:7.2 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》及网络安全等级保护三级要求。远程运维须经甲方逐次审批并通过甲方堡垒机进行，操作全程审计；乙方人员不得使用个人设备接入甲方网络。
P:7.3 发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在发现后两小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方工作秘密、台网布设信息、系统口令及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后五年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:9.2 乙方交付的设备或软件不符合合同约定的，应在甲方要求的期限内更换或整改，由此产生的费用由乙方承担。
P:9.3 乙方在本合同项下的累计赔偿责任（含违约金）以人民币壹佰伍拾万元为限，但因乙方故意或重大过失、侵犯知识产权或违反本合同第七条造成的损失不受此限。
P:9.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十条 分包与转让
P:10.1 乙方不得将本项目的全部或部分工作分包或转包给任何第三方，亦不得转让本合同项下的权利义务。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书及双方确认的补充协议为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：云川省地震局    乙方（盖章）：北京中震启明信息技术有限公司
P:授权代表：____________    授权代表：____________
P:日期：2025年  月  日
"""

H71Z03 = """
T:保理业务管理系统云服务合同
P:合同编号：QHRS-IT-2025-031
P:甲方（客户）：深圳前海融晟商业保理有限公司
P:乙方（服务商）：上海链信云科技有限公司
P:甲方为依法设立的商业保理企业，拟使用乙方"链信保理云"平台支撑其保理业务全流程管理。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。
H:1. 服务内容
P:1.1 乙方通过"链信保理云"平台以软件即服务（SaaS）方式向甲方提供保理业务管理系统，功能包括：客户及买方准入、应收账款转让登记、额度管理、融资审批、放款及回款核销、逾期管理、资产池管理及监管统计报表。
P:1.2 乙方为甲方开发以下接口：（1）与甲方合作资金方两家银行的放款指令及回款对账接口；（2）与中国人民银行征信中心动产融资统一登记公示系统的查询及登记接口。
P:1.3 甲方命名用户不超过八十个。超出部分按每用户每年人民币3,600元另行计费，经甲方书面确认后方可开通。
P:1.4 乙方在上线前为甲方业务、风控及财务人员提供不少于三次集中培训，服务期内提供7×24小时故障受理热线，并指定一名客户成功经理负责日常对接。
H:2. 服务期限与续期
P:2.1 服务期为三年，自上线验收合格之日起计算。
P:2.2 服务期届满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。续期年度的订阅费由乙方在上一年度订阅费基础上上调，上调幅度不超过百分之十，乙方应在续期开始前以电子邮件方式通知甲方调整后的费用。
H:3. 费用及支付
P:3.1 本合同总价为人民币壹佰零壹万贰仟元整（¥1,012,000），包括：（1）年度订阅费每年人民币286,000元，三年合计858,000元；（2）一次性实施及历史数据迁移费人民币96,000元；（3）接口开发费人民币58,000元。
P:3.2 实施及历史数据迁移费和接口开发费，在上线验收合格后十五个工作日内一次性支付。
P:3.3 订阅费按季度支付，乙方在每季度结束后开具发票，甲方在收到发票后十五日内支付当季订阅费人民币71,500元。本合同不设预付款。
P:3.4 乙方开具的发票为增值税专用发票，税率按国家规定执行。
H:4. 实施与上线验收
P:4.1 乙方应在合同签订后七十五日内完成系统配置、历史数据迁移、接口开发及联调，并向甲方提交上线验收申请。
P:4.2 上线验收标准：（1）存量约三千二百笔保理业务及四万余张应收账款发票数据迁移完整，按甲方抽样核对金额、期限和状态一致；（2）资金方放款及回款对账接口连续十个工作日数据一致；（3）中登网查询及登记接口测试通过；（4）核心交易页面在八十用户并发下响应时间不超过三秒；（5）监管统计报表经甲方财务部和风控部核对无误。
P:4.3 上述标准全部满足后，甲方在五个工作日内签署上线验收单。甲方在验收前试用系统或以系统办理业务的，不视为验收合格。
H:5. 服务水平
P:5.1 平台月度可用率不低于99.95%。计划内维护须提前三个工作日通知甲方，并安排在工作日二十二时至次日六时或节假日进行。
P:5.2 故障分级及响应：一级故障（系统无法登录，或放款、回款核销功能不可用）三十分钟内响应，两小时内恢复；二级故障（部分功能异常但有替代方案）两小时内响应，一个工作日内解决；三级问题（咨询及一般缺陷）一个工作日内答复。
P:5.3 月度可用率低于约定值的，每低0.1个百分点，乙方减免当月订阅费的百分之五；一级故障恢复超时的，每超时一小时减免人民币1,000元。减免总额以当季订阅费为限，在下一季度订阅费中抵扣。
P:5.4 乙方每日对甲方数据进行全量备份，备份至少保存三十日，并定期进行恢复演练。平台发生灾难性故障时，恢复点目标不超过十五分钟，恢复时间目标不超过两小时。
P:5.5 乙方应在每月前五个工作日内向甲方提交上月服务报告，内容包括可用率统计、故障及处理情况、版本变更和安全事件记录。
H:6. 数据归属与数据安全
P:6.1 甲方在平台上录入、上传或产生的全部业务数据，包括客户及买方资料、应收账款、合同及交易数据，均归甲方所有。乙方仅可为向甲方提供本合同项下服务而处理该等数据，不得用于任何其他目的，亦不得向任何第三方提供。
P:6.2 乙方应将甲方数据存储于中国境内的数据中心。平台应通过网络安全等级保护三级测评，对敏感数据加密存储和传输，实行最小权限访问，操作日志留存不少于六个月。
P:6.3 发生数据泄露、丢失或被篡改的，乙方应在发现后两小时内通知甲方，配合甲方处置并向监管部门报告；因乙方原因造成的，乙方赔偿甲方因此遭受的全部损失，包括监管罚款。
P:6.4 合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除，出具删除证明。
H:7. 知识产权
P:7.1 "链信保理云"平台软件及其升级版本的知识产权归乙方所有。
P:7.2 乙方为甲方开发的资金方接口、中登网接口程序以及甲方专属配置和报表模板，其知识产权归甲方所有。乙方应在上线验收时交付源代码及说明文档，甲方可以自行使用、修改或许可第三方使用。
H:8. 保密
P:8.1 双方对在合作中获悉的对方商业秘密及其他非公开信息负有保密义务，未经对方书面同意，不得向第三方披露或用于本合同以外的目的。保密义务在本合同终止后三年内继续有效。
H:9. 分包
P:9.1 乙方可将机房托管、短信通道及部分运维支持工作委托第三方完成，但应提前十个工作日以书面方式通知甲方。乙方对第三方的行为向甲方承担责任。
H:10. 违约责任
P:10.1 乙方未按第4.1条约定期限提交上线验收申请，或上线验收不合格的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 甲方逾期支付服务费的，应按照逾期付款时全国银行间同业拆借中心公布的一年期贷款市场报价利率向乙方支付逾期利息。
P:10.3 乙方在本合同项下的赔偿责任总额不超过合同总价的两倍。
H:11. 甲方义务
P:11.1 甲方应指定项目联系人，按约定时间提供历史数据、资金方接口技术资料及测试环境，并妥善保管系统账号和密码。因甲方未按时提供资料导致上线延期的，乙方的上线期限相应顺延。
H:12. 合同解除
P:12.1 一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:12.2 合同解除或终止的，乙方应按本合同第6.4条交还和删除数据，并提供不少于六十日的迁移配合。
H:13. 不可抗力
P:13.1 因地震、台风、战争、政府行为或公共通信网络大面积中断等不可抗力致使一方不能履行合同的，该方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过六十日的，任何一方可以书面通知解除本合同。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交深圳国际仲裁院，按该院届时有效的仲裁规则在深圳仲裁。
H:15. 其他
P:15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。附件一《服务功能清单》、附件二《数据迁移方案》为本合同组成部分。
P:甲方（盖章）：深圳前海融晟商业保理有限公司    乙方（盖章）：上海链信云科技有限公司
P:日期：2025年  月  日
"""

H71E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - FEED BARGE AND PEN SENSOR SYSTEMS
P:Contract No. NAT-CN-2025-07
P:This Contract is made between:
P:(1) Yantai Lanhai Salmon Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Binhai Middle Road, Muping District, Yantai, Shandong Province (the "Purchaser"); and
P:(2) Nolsoy Aqua Technology P/F, a company registered in the Faroe Islands, with its registered office at Undir Bryggjubakka 9, FO-100 Torshavn (the "Supplier").
P:Background. The Purchaser operates two feed barges and twelve offshore pens for Atlantic salmon in the Yellow Sea cold-water farming area off Yantai. The Supplier designs, supplies and integrates sensor and feed-monitoring systems for salmon farms in the Faroe Islands, Norway and Iceland. The Purchaser wishes to buy, and the Supplier wishes to supply, install and maintain, the systems described below.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price stated in Article 3.
P:1.2 "Equipment" means the sensors, cameras, data loggers, radio links and other hardware listed in Article 3, and "Software" means the BargeView monitoring software and the firmware of the Equipment.
P:1.3 "Site" means the two feed barges (Lanhai No. 1 and Lanhai No. 2) and the twelve pens moored around them, together with the Purchaser's shore base in Muping.
P:1.4 "Installation Certificate" means the certificate signed by both parties when the Equipment has been installed and switched on at the Site.
P:1.5 "Final Acceptance Certificate" means the certificate issued by the Purchaser under Article 6 when the acceptance tests have been passed.
P:1.6 "Farm Data" means all data produced by the Equipment or held in the Software, including environmental readings, feeding records, biomass estimates, camera footage and alarm logs.
H:Article 2 Scope of Supply and Time Schedule
P:2.1 The Supplier shall design, manufacture or procure, deliver, install, commission and hand over the Equipment and the Software, integrate them with the Purchaser's existing feed-control system on both barges and with the Purchaser's farm-management system at the shore base, and train the Purchaser's staff.
P:2.2 Delivery shall be DAP Yantai port (Incoterms 2020) within sixteen (16) weeks from signature of this Contract. Offshore installation shall be completed within five (5) weeks from arrival of the Equipment in Yantai. Days on which work at sea is not possible because the wind exceeds Beaufort force 6 or the Yantai Maritime Safety Administration has closed the area shall extend the installation period day for day, provided the Supplier records them in the daily report.
P:2.3 The Purchaser shall provide boat transport from the shore base to the Site, accommodation on the barges when needed, and access to its feed-control system and network.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,003,000 (two million and three thousand yuan). It is fixed and includes packing, freight to Yantai, insurance, import duties, Chinese VAT, installation, commissioning, integration, training and all services during the Warranty Period. The breakdown is:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Pen sensor node (dissolved oxygen, temperature and salinity at 5 m, 10 m and 15 m)|12|46,500|558,000
TB:2|Acoustic Doppler current profiler, barge-mounted|2|138,000|276,000
TB:3|Underwater feeding camera with pellet-detection unit|12|28,000|336,000
TB:4|Silo level and feed-line flow sensor set|2|64,000|128,000
TB:5|Barge data logger, radio link and weather station|2|92,000|184,000
TB:6|BargeView monitoring software, perpetual licence for two barges|1|210,000|210,000
TB:|Hardware and Licence Subtotal|||1,692,000
TB:7|Offshore installation and commissioning|1|186,000|186,000
TB:8|Integration with the feed-control system and the farm-management system|1|94,000|94,000
TB:9|Training of operators and technicians in Yantai|1|31,000|31,000
TB:|Contract Price|||2,003,000
H:Article 4 Terms of Payment
P:4.1 Ten per cent (10 %) of the Contract Price, CNY 200,300, within fifteen (15) days after signature of this Contract and receipt of an advance-payment guarantee for the same amount issued by a bank acceptable to the Purchaser.
P:4.2 Fifty-five per cent (55 %), CNY 1,101,650, within thirty (30) days after the Installation Certificate has been signed. The Installation Certificate confirms only that the Equipment has been installed and switched on; it is not acceptance of the Equipment.
P:4.3 Thirty-five per cent (35 %), CNY 701,050, within thirty (30) days after the Final Acceptance Certificate has been issued.
P:4.4 Payments are made in CNY to the Supplier's account in Shanghai stated in the invoice.
H:Article 5 Delay
P:5.1 If the Supplier fails to deliver the Equipment or to obtain the Installation Certificate by the dates in Article 2.2, as extended under that Article or Article 15, the Supplier shall pay liquidated damages of one per cent (1 %) of the Contract Price for each commenced week of delay, up to a maximum of ten per cent (10 %) of the Contract Price.
P:5.2 If the liquidated damages reach the maximum, the Purchaser may terminate this Contract by written notice in addition to claiming the liquidated damages.
H:Article 6 Testing and Final Acceptance
P:6.1 After the Installation Certificate the system shall run for a trial period of thirty (30) days in normal production. The Final Acceptance Tests are: (a) every oxygen and temperature sensor, checked against the Purchaser's calibrated reference instrument, deviates by no more than 0.3 mg/L for dissolved oxygen and 0.1 degrees C for temperature; (b) during the last fourteen (14) days of the trial no pen has a data gap longer than thirty (30) minutes; (c) in ten consecutive trials on each barge the camera system detects uneaten pellets and stops feeding of the pen within the delay configured by the Purchaser; (d) a low-oxygen alarm reaches the barge control room and the shore base within sixty (60) seconds; (e) feeding records and environmental data are correctly exchanged with the feed-control system and the farm-management system; and (f) manuals, drawings, calibration certificates and the source code of the integration software have been delivered.
P:6.2 If the tests are passed, the Purchaser shall issue the Final Acceptance Certificate within ten (10) days. If a test is failed, the Supplier shall remedy the defect at its own cost and the test shall be repeated. Neither installation, nor the use of the Equipment in production, nor any payment shall be deemed to be acceptance.
H:Article 7 Warranty and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective parts free of charge, including transport, and provide software updates. Oxygen-sensor membranes and camera wiper blades are consumables and are not covered.
P:7.2 During the Warranty Period and any maintenance period under Article 8 the Supplier shall meet the following service levels:
TB:Severity|Definition|Remote response|On site|Restoration
TB:1|Loss of oxygen monitoring or alarms on any pen, or loss of feed-line flow data on a barge|1 hour|36 hours, weather permitting|48 hours after arrival
TB:2|Loss of a single sensor or camera while other functions work|3 hours|Next service visit, at the latest 5 days|3 days after arrival
TB:3|Questions and minor software defects|1 business day|Not required|Next software release
P:7.3 For each hour by which the remote response to a Severity 1 fault is late, the Supplier shall pay CNY 1,000, and for each day by which restoration of a Severity 1 fault is late, CNY 5,000. These amounts are deducted from the maintenance fees or from any payment due to the Supplier.
P:7.4 The Supplier keeps a stock of critical spare parts with its service partner in Qingdao throughout the Warranty Period and any maintenance period.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Purchaser may order maintenance year by year. The annual maintenance fee is nine point five per cent (9.5 %) of the Hardware and Licence Subtotal, that is CNY 160,740 per year, and is fixed for the first three (3) years after the Warranty Period. Any later change requires written agreement and shall not exceed the change in the Chinese consumer price index for the preceding year.
P:8.2 Maintenance covers two service visits per year with calibration of all sensors, software updates, remote support and the service levels in Article 7. Maintenance runs only for years ordered by the Purchaser's purchase order; it does not renew automatically.
H:Article 9 Farm Data and Information Security
P:9.1 Farm Data belongs to the Purchaser. The Supplier may process Farm Data only to perform this Contract and shall not use it for benchmarking, research or product development, nor disclose it to any third party.
P:9.2 Farm Data is stored on the Purchaser's servers at the shore base. The Supplier may access the system remotely only through the Purchaser's VPN with two-factor authentication, after approval by the Purchaser for each session; every session is logged. The Supplier shall not copy Farm Data to its own systems or transfer it out of China.
P:9.3 The Supplier shall notify the Purchaser of any security incident affecting the system or Farm Data within twelve (12) hours of becoming aware of it, shall take all reasonable steps to contain it, and shall be liable for the losses caused by its breach of this Article.
H:Article 10 Intellectual Property
P:10.1 The integration software, interface code and configurations developed for the Purchaser under this Contract become the property of the Purchaser upon payment. The Supplier shall deliver their source code, and the Purchaser may use, modify and have them maintained by third parties without restriction.
P:10.2 The standard BargeView software and the firmware of the Equipment remain the property of the Supplier or its licensors. The Purchaser receives a perpetual, irrevocable licence to use them for its farm.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information received from the other party, including site layouts, production figures and prices, and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for five (5) years after the end of this Contract.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed one hundred and fifty per cent (150 %) of the Contract Price. The limit does not apply to personal injury, damage caused by gross negligence or wilful misconduct, infringement of third-party rights, or breach of Article 9.
H:Article 13 Subcontracting
P:13.1 The offshore installation work may be performed by Yantai Haixing Marine Engineering Co., Ltd., which the Purchaser approves by signing this Contract. Any other subcontracting requires the Purchaser's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 14 Termination
P:14.1 The Purchaser may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within thirty (30) days after receiving notice of the breach. In that case the Supplier shall refund payments received for Equipment or services not accepted.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, storms exceeding the limits in Article 2.2, epidemics or government orders, provided it notifies the other party within seven (7) days.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled amicably within thirty (30) days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:Article 17 Final Provisions
P:17.1 This Contract is made in English and Chinese, both versions equally valid. Amendments must be in writing and signed by both parties. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Procedure) form part of this Contract.
P:For the Purchaser: ____________________    For the Supplier: ____________________
P:Yantai, ____ 2025    Torshavn, ____ 2025
"""

H71E04 = """
T:MANAGED IT SERVICES AND SECURE MESSAGING AGREEMENT
P:Agreement No. RDS-SH-2025-004
P:between
P:Huaxin Bank Co., Ltd., Shanghai Private Banking Branch, 1600 Century Avenue, Pudong New Area, Shanghai, People's Republic of China (the "Client"),
P:and
P:Rheinblick Digital Services AG, Aeulestrasse 30, 9490 Vaduz, Principality of Liechtenstein (the "Provider"),
P:each a "Party" and together the "Parties".
H:Preamble
P:The Provider operates IT infrastructure and secure client-communication services for private banks and asset managers in Liechtenstein, Switzerland and Asia. The Client runs a private banking branch in Shanghai with approximately sixty-four (64) staff and wishes to outsource the operation of its branch workplace IT and to use the Provider's secure messaging service for communication between relationship managers and clients. The Parties therefore agree as follows.
H:1. Subject Matter
P:1.1 The Provider provides to the Client (a) the Managed Workplace Services, comprising service desk, end-user device management, branch network and Wi-Fi operation, patch and vulnerability management, backup and restore, and on-site support at the branch; and (b) the Secure Messaging Service "RheinTalk", an end-to-end encrypted messaging and document-exchange platform for relationship managers and their clients, for up to eighty (80) user licences.
P:1.2 The Provider further develops, during the transition, a connector between RheinTalk and the Client's CRM system so that conversations and exchanged documents are archived with the client file (the "CRM Connector").
P:1.3 The details of the services are set out in Annex 1 (Service Description). Annex 1 does not reduce any obligation in this Agreement.
H:2. Term and Extension
P:2.1 This Agreement enters into force on signature. The services start on the Service Commencement Date under clause 3 and run for an initial term of thirty-six (36) months.
P:2.2 After the initial term the Agreement is extended automatically by further periods of twelve (12) months each, unless a Party terminates it by giving six (6) months' written notice to the end of the current term.
P:2.3 The Provider may adjust the fees with effect from the beginning of each extension period by written notice to the Client given at least three (3) months before that date.
H:3. Transition and Service Commencement
P:3.1 The Provider carries out the transition according to the transition plan in Annex 2 within ten (10) weeks of signature.
P:3.2 Service Commencement Acceptance takes place when the following criteria are met and confirmed in writing by the Client: (a) all devices of the branch are enrolled in device management and meet the Client's security baseline; (b) a restore test of the file server and of one mailbox has succeeded; (c) the service desk has handled tickets for ten (10) consecutive business days in parallel with the previous provider; (d) RheinTalk users are provisioned and the CRM Connector has archived test conversations correctly; (e) the Client's information security officer has approved the penetration test report. The date of the written confirmation is the Service Commencement Date. Productive use before that date is not acceptance.
P:3.3 If Service Commencement Acceptance is delayed for reasons for which the Provider is responsible, the Provider pays the Client a contractual penalty of CNY 2,500 for each calendar day of delay, up to a maximum of CNY 150,000.
H:4. Fees and Payment
P:4.1 The monthly fees are CNY 68,500 for the Managed Workplace Services and CNY 21,300 for the Secure Messaging Service, in total CNY 89,800 per month.
P:4.2 The one-time transition fee, including the development of the CRM Connector, is CNY 146,000. It is invoiced after Service Commencement Acceptance.
P:4.3 The total fees for the initial term therefore amount to CNY 3,378,800 (36 months at CNY 89,800 plus the transition fee).
P:4.4 Monthly fees are invoiced quarterly in arrears and are payable within thirty (30) days of receipt of a correct invoice. No advance payment is due. All amounts include Chinese VAT.
H:5. Service Levels
P:5.1 Incidents are classified as follows: Priority 1, the branch cannot work or RheinTalk is unavailable for all users; Priority 2, a group of users or an important function is affected; Priority 3, a single user is affected or a request is made.
P:5.2 The Provider responds to Priority 1 incidents within fifteen (15) minutes at any time and restores the service within three (3) hours; to Priority 2 incidents within thirty (30) minutes during service hours, with restoration within eight (8) hours; and to Priority 3 incidents within two (2) service hours, with resolution within three (3) business days. Service hours are 07:30 to 20:00 China Standard Time on business days; Priority 1 is covered around the clock by an on-call team.
P:5.3 RheinTalk is available at least 99.95 % of each calendar month, excluding maintenance windows announced five (5) business days in advance.
P:5.4 If a Priority 1 restoration time is missed, the Provider grants a service credit of five per cent (5 %) of the monthly fee of the affected service for each incident. If the availability of RheinTalk falls below the level in clause 5.3, the Provider grants a service credit of ten per cent (10 %) of the monthly fee of the Secure Messaging Service. Service credits in a month are limited to twenty-five per cent (25 %) of the total monthly fee and are set off against the next invoice.
H:6. Client Data and Banking Secrecy
P:6.1 All data which the Provider processes for the Client, in particular client identification data, account information, messages and documents exchanged over RheinTalk and log data, are Client Data and belong exclusively to the Client. The Provider processes Client Data only on the Client's instructions and only to perform this Agreement.
P:6.2 Client Data is stored and processed only in the Provider's data centre facilities in Shanghai and shall not be transferred outside the People's Republic of China, including to the Provider's head office in Vaduz. The Provider complies with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC and with the outsourcing rules of the National Financial Regulatory Administration that apply to the Client.
P:6.3 The Provider encrypts Client Data in transit and at rest, grants privileged access only to named administrators approved by the Client, records all privileged sessions and lets the Client and its regulator audit these measures.
P:6.4 The Provider notifies the Client of any security incident affecting Client Data within two (2) hours of detection, supports the Client's investigation and regulatory reporting, and is liable for all damage resulting from a breach of this clause 6.
H:7. Confidentiality
P:7.1 Each Party keeps confidential all information of the other Party that is not public, in particular information subject to banking secrecy, and uses it only for the purposes of this Agreement. The Provider binds its employees to equivalent written confidentiality obligations. This obligation survives the end of this Agreement without time limit.
H:8. Intellectual Property
P:8.1 The RheinTalk platform, the Provider's tools and its standard documentation remain the property of the Provider.
P:8.2 Work results created by the Provider specifically for the Client under this Agreement, including the CRM Connector, automation scripts, configurations and operating manuals, remain the property of the Provider. The Client receives a non-exclusive, non-transferable right to use them for its own purposes during the term of this Agreement.
H:9. Liability
P:9.1 The Provider is liable without limitation for damage caused intentionally or by gross negligence.
P:9.2 In all other cases the aggregate liability of the Provider under or in connection with this Agreement is limited to the fees paid by the Client in the six (6) months preceding the event giving rise to the claim. Liability for indirect damage and lost profit is excluded.
H:10. Subcontractors
P:10.1 The Provider performs the on-site and data centre services through its wholly-owned subsidiary Rheinblick Digital Services (Shanghai) Co., Ltd., which the Client approves by signing this Agreement. Any other subcontractor requires the Client's prior written consent. The Provider is responsible for its subcontractors as for its own acts.
H:11. Termination
P:11.1 Ordinary termination is governed by clause 2.2.
P:11.2 Either Party may terminate this Agreement for good cause with immediate effect by written notice. Good cause exists in particular if the other Party commits a material breach and does not remedy it within thirty (30) days after a written warning, or if a competent regulator orders the Client to end the outsourcing.
P:11.3 On any termination the Provider supports the transfer of the services to the Client or a new provider for up to six (6) months at the fees then applicable, and returns all Client Data before deleting it.
H:12. Governing Law and Jurisdiction
P:12.1 This Agreement is governed by the laws of the People's Republic of China, excluding the laws of Hong Kong, Macao and Taiwan.
P:12.2 Disputes arising from or in connection with this Agreement are finally settled by arbitration at the Shanghai International Arbitration Center in Shanghai, in accordance with its rules in force at the time. The language of the proceedings is English.
H:13. Final Provisions
P:13.1 Amendments and supplements to this Agreement require written form; this also applies to a waiver of the written-form requirement. Should any provision be or become invalid, the remaining provisions stay in force.
P:13.2 This Agreement is made in two originals in English. Annex 1 (Service Description) and Annex 2 (Transition Plan) form part of it.
P:Shanghai, ____ 2025    Vaduz, ____ 2025
P:For the Client: ____________________    For the Provider: ____________________
"""

SOURCES = {"h71z01": H71Z01, "h71z03": H71Z03, "h71e03": H71E03, "h71e04": H71E04}
TARGETS = {"h71z01": ("h71z01_earthquake_bureau_rapid_report_platform.docx", "docx"),
           "h71z03": ("h71z03_factoring_company_saas_subscription.pdf", "pdf"),
           "h71e03": ("h71e03_salmon_farm_feed_barge_sensors_maintenance.docx", "docx"),
           "h71e04": ("h71e04_private_bank_managed_it_secure_messaging.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
