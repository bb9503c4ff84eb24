"""Builds the .docx and .pdf contracts of holdout21 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDF the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout21/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H21Z01 = """T:江州市应急指挥中心信息化系统集成项目政府采购合同
P:合同编号：JZYJ-ZFCG-2026-017
P:采购人（甲方）：江州市应急管理局
P:供应商（乙方）：华辰数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江州市应急指挥中心信息化系统集成项目（项目编号：JZCG-2026-GK-0412）公开招标的结果，甲乙双方经协商一致，签订本合同。招标文件、乙方投标文件及中标通知书为本合同的组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责江州市应急指挥中心信息化系统的设备供货、软件部署、系统集成、数据对接开发、安装调试、试运行、培训及质保期内的维护服务，包括指挥大厅显示系统、融合通信调度系统、应急"一张图"综合业务平台、视频会议系统以及配套的计算、存储、网络和安全设备。
P:1.2 乙方应完成综合业务平台与市气象局、市水务局、市自然资源和规划局相关业务系统以及全市公共视频监控平台的数据对接，实现气象预警信息、雨水情、地质灾害隐患点、重点防护目标视频在"一张图"上的统一展示和调用，并支持在会商时一键调阅。
P:1.3 项目实施地点为江州市应急指挥中心（江州市政务服务中心B座5楼）及甲方指定的九个区县应急管理部门视频会商点。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾陆万元整（¥3,260,000），为含税固定总价，分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|55英寸液晶拼接屏（含支架）|32块|18,500|592,000
TB:2|拼接处理器及大屏管理软件|1套|126,000|126,000
TB:3|融合通信调度系统软件许可|1套|348,000|348,000
TB:4|应急"一张图"综合业务平台软件许可|1套|460,000|460,000
TB:5|应用服务器|6台|68,000|408,000
TB:6|分布式存储|1套|236,000|236,000
TB:7|网络及安全设备|1批|287,000|287,000
TB:8|视频会议终端|12套|21,500|258,000
TB:-|设备及软件小计|-|-|2,715,000
TB:9|数据对接开发|1项|318,000|318,000
TB:10|系统集成及安装调试|1项|196,000|196,000
TB:11|培训|1项|31,000|31,000
TB:-|合计|-|-|3,260,000
P:2.2 合同价款包含设备及软件的供货、运输、保险、安装、调试、数据对接开发、培训、质保期内服务及全部税费。除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额的银行预付款保函，甲方在收到保函及合规发票后10个工作日内支付合同总价的25%，即人民币815,000元，作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即人民币1,467,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即人民币815,000元。
P:3.4 合同总价的5%，即人民币163,000元，作为质量保证金，在质保期满且乙方无未了结的质量问题后10个工作日内无息支付。
P:3.5 甲方按财政资金支付程序付款，乙方应在每期付款前开具等额合规发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货，90日内完成安装、集成和数据对接，具备初步验收条件。
P:4.2 设备到货时，双方共同开箱清点，核对品牌、型号、数量及外观，并签署到货签收单。到货签收仅为数量交接，不构成质量验收。
P:4.3 乙方应派驻具有同类应急指挥项目经验的项目经理，项目实施期间未经甲方同意不得更换。乙方进场人员应遵守甲方的安全保卫及保密管理规定。
P:4.4 甲方负责提供机房空间、电源、政务外网接入条件，并协调各数据对接单位提供接口文档和测试环境。
H:第五条 验收
P:5.1 初步验收：系统安装集成完成后，乙方提交初验申请及自测报告。甲方按以下标准组织初步验收：（1）设备品牌、型号、配置及数量与投标文件一致；（2）拼接屏显示无坏点，亮度及色彩一致性符合招标文件技术要求；（3）融合通信调度系统可对固定电话、移动电话、对讲机、卫星电话及视频会议终端实现一键呼叫和多方会商；（4）"一张图"平台完成第1.2条全部数据对接，气象预警信息推送至平台的延迟不超过10秒，常用图层加载时间不超过3秒；（5）系统通过第三方机构的网络安全等级保护三级测评。
P:5.2 试运行与最终验收：初步验收合格后系统试运行60日。试运行期间未发生一级故障，且乙方已移交全部技术文档、对接程序源代码并完成培训的，甲方组织最终验收，验收合格的出具最终验收报告。
P:5.3 设备到货、安装完成、系统上线或甲方实际使用，均不视为验收合格。
H:第六条 质保与服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修更换、软件缺陷修复、版本升级和技术支持，并在每年汛期（5月至9月）前对系统进行一次全面巡检。
P:6.2 故障分级及处理时限：一级故障指指挥调度中断、大屏整体无法显示或"一张图"平台不可用，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障指单项功能或单路数据对接中断，乙方应在1小时内响应，8小时内恢复；三级故障为其他一般性问题，乙方应在1个工作日内解决。
P:6.3 质保期内，"一张图"综合业务平台及融合通信调度系统的月度可用率不低于99.95%。
P:6.4 乙方超过第6.2条时限的，每超过1小时，向甲方支付违约金人民币1,000元；月度可用率低于第6.3条承诺的，每低0.01个百分点，向甲方支付违约金人民币2,000元。上述款项甲方可从质量保证金中扣除。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，双方另行签订维保合同，年度维保费不超过设备及软件小计的6%，即不超过人民币162,900元/年，质保期满后两年内不上调。维保合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目开发的数据对接程序、专题图层、统计报表及其源代码、技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.2 融合通信调度系统及"一张图"平台软件的著作权归原权利人，甲方获得永久、不限用户数的使用许可。乙方保证所供软硬件不侵犯第三方的知识产权。
H:第八条 数据安全
P:8.1 系统中的预警信息、灾情数据、应急资源数据、通讯录、会商录音录像及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 系统部署于政务外网，乙方应按网络安全等级保护三级要求落实安全措施；乙方人员的运维操作须经甲方审批并通过堡垒机进行，全程记录；远程维护须事先取得甲方书面同意。
P:8.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，由乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、应急预案、重要目标分布、通信资源及网络结构等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第4.1条约定期限完成到货或具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:10.2 乙方所供设备或软件不符合合同约定的，乙方应负责更换并承担由此产生的费用；造成甲方损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:本项目不得转包。综合布线等非主体工作确需分包的，乙方须事先取得甲方书面同意，并对分包工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，具有同等法律效力，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江州市应急管理局    乙方（盖章）：华辰数智科技有限公司
P:签订日期：2026年  月  日
"""

H21Z03 = """T:融媒体采编发云服务合同
P:合同编号：DYRB-XX-2026-022
P:甲方：东岳日报传媒集团有限公司
P:乙方：星河云媒科技有限公司
P:甲方经竞争性磋商选定乙方提供融媒体采编发一体化云服务（SaaS）。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。
H:第一条 服务内容
P:1.1 乙方通过其云平台向甲方提供融媒体采编发一体化服务，包括：全媒体稿件采集、编辑及三审三校流程；图片、音视频媒资的存储与检索；向报纸排版系统、新闻客户端、网站及第三方平台账号的多渠道发布；传播效果数据看板；语音转写及智能校对等辅助功能。
P:1.2 服务账号数为300个，媒资云存储容量为50TB。
P:1.3 乙方负责将甲方现有采编系统中2015年以来的历史稿件（约86万篇）及媒资（约38TB）迁移至云平台，并完成与甲方报纸排版系统、新闻客户端后台及统一身份认证系统的对接。
P:1.4 服务期为二十四个月，自上线验收合格之日起计算。
H:第二条 服务费用
P:2.1 本合同总金额为人民币贰佰零贰万陆仟元整（¥2,026,000），构成如下：
TB:序号|项目|计费方式|月费用（元）|金额（元）
TB:1|采编平台订阅|300账号 × 160元/月 × 24个月|48,000|1,152,000
TB:2|媒资云存储|50TB × 260元/月 × 24个月|13,000|312,000
TB:3|多渠道发布及数据看板|9,500元/月 × 24个月|9,500|228,000
TB:4|语音转写及智能校对（含年度转写时长包）|7,500元/月 × 24个月|7,500|180,000
TB:-|月度服务费小计|-|78,000|1,872,000
TB:5|历史数据迁移及系统对接（一次性）|1项|-|136,000
TB:6|培训（一次性）|1项|-|18,000
TB:-|合计|-|-|2,026,000
P:2.2 服务期内实际使用的账号数或存储容量超出第1.2条约定的，超出部分按上表单价另行计费，按季度结算。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 月度服务费按季度结算。每个服务季度结束后，乙方提交服务报告及发票，甲方在确认服务报告后15个工作日内支付该季度的服务费，并扣减按第5.3条计算的服务费减免金额。
P:3.3 历史数据迁移及系统对接费、培训费在上线验收合格后15个工作日内一次性支付。
H:第四条 实施与上线验收
P:4.1 乙方应在合同签订后75日内完成平台开通、数据迁移及系统对接，具备上线验收条件。
P:4.2 上线验收标准：（1）迁移后稿件及媒资的数量与甲方源系统逐库核对一致，抽检的稿件正文、图片及元数据完整无误；（2）300个账号并发操作时，稿件保存及检索响应时间不超过2秒；（3）稿件可经审核流程一键发布至报纸排版系统、新闻客户端、网站及不少于5个第三方平台账号；（4）统一身份认证单点登录正常；（5）乙方已提交系统操作手册及运维手册。
P:4.3 甲方在收到乙方验收申请后7个工作日内组织验收，合格的签署上线验收单。账号开通、数据迁移完成或甲方试用，均不视为验收合格。
H:第五条 服务水平
P:5.1 服务期内，平台月度可用率不低于99.5%。月度可用率=（当月总分钟数-不可用分钟数）÷当月总分钟数。经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在凌晨1点至5点之间并提前3日通知甲方。
P:5.2 故障分级及处理时限如下：
TB:故障级别|定义|响应时限|恢复时限
TB:一级|采编或发布功能整体不可用，或影响当日见报、客户端重大稿件发布|15分钟|2小时
TB:二级|单项功能或单一发布渠道异常|1小时|8小时
TB:三级|一般性问题及使用咨询|2小时|3个工作日
P:5.3 服务费减免：月度可用率每低于第5.1条承诺值0.1个百分点，减免当月月度服务费的2%；一级故障超过恢复时限的，每超过1小时，减免当月月度服务费的1%。每月减免总额以当月月度服务费为限。
P:5.4 平台月度可用率连续三个月未达到第5.1条承诺的，甲方有权书面通知乙方解除本合同。
H:第六条 续期
P:6.1 服务期届满前60日，任何一方未书面通知对方不再续约的，本合同自动续期一年，此后亦同。
P:6.2 每次续期时，乙方有权根据其届时的产品价格体系上调服务单价，上调幅度不超过上一服务年度单价的8%，乙方应在当期服务期届满前30日书面通知甲方调整后的价格。
H:第七条 数据归属与数据安全
P:7.1 甲方在平台上存储和处理的稿件、素材、媒资、用户账号信息及操作日志等数据（以下简称"甲方数据"）均属于甲方。乙方仅为向甲方提供本合同服务之目的处理甲方数据，不得将其用于训练乙方或第三方的模型，不得以任何形式向第三方提供。
P:7.2 甲方数据存储于中国境内的数据中心。平台已通过网络安全等级保护三级测评，乙方应对甲方数据进行加密存储和传输，实行最小权限访问，操作日志保存不少于六个月，并每年委托第三方对平台进行一次渗透测试，向甲方提供测试结果摘要。
P:7.3 发生甲方数据泄露、丢失或被篡改等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因乙方原因给甲方造成的全部损失。
P:7.4 本合同终止或到期不再续期的，乙方应在30日内按甲方要求的格式完整交还甲方数据，经甲方确认后彻底删除，并出具删除证明。
H:第八条 保密
P:乙方对甲方未刊发的稿件、选题计划、线索来源、采访对象信息及甲方的经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 云平台软件及其后续升级的知识产权归乙方所有。
P:9.2 稿件及媒资的著作权按甲方与作者之间的约定处理，与乙方无关。乙方为甲方定制的栏目模板、版式模板、发布接口及对接程序，知识产权归甲方所有；乙方应交付对接程序的源代码，甲方可自行或委托第三方修改和使用。
H:第十条 违约责任
P:10.1 乙方未能在第4.1条约定的期限内具备上线验收条件的，每逾期一日，向甲方支付违约金人民币1,500元。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方违反第七条、第八条造成的损失不受此限。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:乙方使用的云基础设施服务商为本合同附件二所列服务商，甲方签署本合同即视为同意。除此之外，乙方将本合同项下任何工作委托第三方完成的，须事先取得甲方书面同意。
H:第十二条 合同解除
P:除第5.4条外，乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交济南仲裁委员会仲裁。
H:第十四条 其他
P:附件一：服务功能清单；附件二：云基础设施服务商及数据中心位置。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：东岳日报传媒集团有限公司    乙方（盖章）：星河云媒科技有限公司
P:签订日期：2026年  月  日
"""

H21E02 = """T:Supply, Installation and Maintenance Contract - UPS and Precision Cooling, Zhengdong IDC Phase II
P:Contract No.: HYT-HN-IDC-2026-088
P:Buyer: Huayu Telecom Co., Ltd. Henan Branch (the "Buyer")
P:Supplier: Voltaris Power Systems (Shanghai) Co., Ltd. (the "Supplier")
P:The Buyer selected the Supplier through open tender No. HYT-HN-2026-ZB-031 for the power and cooling equipment of data halls 3 and 4 of the Zhengdong Internet Data Centre. The parties agree as follows.
H:Article 1 Definitions
P:"Equipment" means the goods listed in Annex 1, including the monitoring software licence. "Installation Certificate" means the certificate signed when the Equipment in a data hall is installed and powered on; it records completion of installation only. "Working Day" means a day other than a Saturday, Sunday or PRC public holiday.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, test and commission the Equipment, train the Buyer's staff and provide the warranty services in Article 7.
P:2.2 The works include power cabling between the Buyer's switchboards, the UPS and the Buyer's distribution cabinets, refrigerant and condensate piping, and the connection of all alarm points to the monitoring software and to the Buyer's central monitoring platform. All Equipment shall be new and of current production.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 6,120,000 (VAT included), fixed for the duration of the Contract and itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Modular UPS 600 kVA, N+1 power modules, with bypass cabinet|4|468,000|1,872,000
TB:2|Lithium-ion battery cabinet with battery management system|16|86,500|1,384,000
TB:3|In-row precision air conditioner, 40 kW, EC fans|24|52,800|1,267,200
TB:4|Room precision air conditioner, 100 kW, with pumped refrigerant economiser|6|148,000|888,000
TB:5|Power and environment monitoring software (perpetual licence) with sensors and gateways|1 lot|176,800|176,800
TB:-|Equipment and Licence Subtotal|-|-|5,588,000
TB:6|Installation, cabling and piping|1 lot|412,000|412,000
TB:7|Testing and commissioning, including load-bank tests|1 lot|96,000|96,000
TB:8|Training (operations staff, two sessions)|1 lot|24,000|24,000
TB:-|Contract Price|-|-|6,120,000
P:3.2 The Contract Price includes transport, insurance, installation materials, the warranty services and all taxes.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 612,000) is payable within 20 Working Days after signature, against an advance payment guarantee for the same amount from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 3,366,000) is payable within 30 days after the Installation Certificates for both data halls are signed.
P:4.3 35% of the Contract Price (CNY 2,142,000) is payable within 30 days after the Final Acceptance Certificate is issued.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to site within 60 days after signature and complete installation within 40 days after delivery.
P:5.2 If the Supplier fails to deliver or to complete installation by the dates in Article 5.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under Article 13.
H:Article 6 Acceptance
P:6.1 After installation the Supplier performs the tests in Annex 2 in the presence of the Buyer: (a) each UPS system carries a load bank at full rated load for eight hours with its output within the Annex 1 tolerance; (b) transfers between mains, battery and static bypass take place without interruption to the load; (c) at design IT load, battery autonomy is not less than 10 minutes; (d) with a heat load simulating the design IT load, cold-aisle temperatures remain between 18 and 27 degrees Celsius at every measured point for 72 hours; (e) the failure of any single air conditioner causes no cold-aisle temperature alarm; and (f) every alarm point reaches the Buyer's central platform within 5 seconds.
P:6.2 After the tests are passed, the Equipment runs under the Buyer's live IT load for 30 days. The Buyer issues the Final Acceptance Certificate within 10 Working Days after the end of that period, provided that no Severity 1 incident has occurred and the Supplier has handed over the as-built drawings, test records and manuals.
P:6.3 Delivery, the Installation Certificates, commissioning or use of the Equipment under live load do not constitute acceptance.
H:Article 7 Warranty and Service Levels
P:7.1 The Warranty Period is thirty-six (36) months from the date of the Final Acceptance Certificate. During the Warranty Period the Supplier repairs or replaces defective Equipment and parts (including batteries), provides software updates and performs two preventive maintenance visits per year, at no charge beyond the Contract Price.
P:7.2 Service levels during the Warranty Period:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|UPS on bypass or loss of redundancy in a data hall; cold-aisle temperature alarm; smoke alarm linked to the Equipment|15 minutes|1 hour|6 hours
TB:Severity 2|Failure of a single power module, battery string or air conditioner with redundancy maintained|1 hour|Same day|2 Working Days
TB:Severity 3|Monitoring faults, questions and minor defects|8 working hours|As agreed|5 Working Days
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 3,000; for Severity 2, CNY 800 per hour.
P:7.4 After the Warranty Period the Buyer may order maintenance services for years four and five at 5.5% of the Equipment and Licence Subtotal per year (CNY 307,340 per year), with the service levels of Article 7.2. This price is fixed for those two years. Maintenance is ordered by a purchase order for each year and does not renew automatically.
H:Article 8 Buyer Data and Security
P:8.1 Operating data, alarm records, configurations and logs of the Equipment and of the monitoring software are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not transfer it outside the Buyer's network.
P:8.2 The monitoring software is installed on the Buyer's servers in the Buyer's management network. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
P:8.3 The Supplier shall notify the Buyer within 2 hours after becoming aware of any security incident involving Buyer Data or the monitoring software, shall cooperate in the response, and is liable for the losses caused by its breach of this Article.
H:Article 9 Intellectual Property
P:9.1 Layout drawings, single-line diagrams, as-built documents, configurations and test records prepared under this Contract belong to the Buyer, which may use, modify and disclose them freely, including to other contractors.
P:9.2 Embedded software and the monitoring software remain their owners' property and are licensed to the Buyer perpetually.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's data-centre layout and customer information, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:Article 11 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, fire damage caused by the Equipment, wilful misconduct, or breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:The piping and cabling works may be performed by the installation contractor named in Annex 3, which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or in the case described in Article 5.2.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute arising from this Contract shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Article 15 Miscellaneous
P:Annex 1: Equipment list. Annex 2: Acceptance test plan. Annex 3: Approved installation contractor.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h21z01": H21Z01, "h21z03": H21Z03, "h21e02": H21E02}
TARGETS = {"h21z01": ("h21z01_emergency_command_centre_integration.pdf", "pdf"),
           "h21z03": ("h21z03_newspaper_group_media_cloud_service.docx", "docx"),
           "h21e02": ("h21e02_telecom_idc_ups_cooling_supply.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
