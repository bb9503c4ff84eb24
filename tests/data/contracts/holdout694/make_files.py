"""holdout694: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))

Z01 = """T:河道泥沙监测信息平台采购合同
P:合同编号：NSJC-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市河道泥沙监测中心
P:乙方（中标供应商）：某某水利信息技术有限公司
P:根据政府采购项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，就河道泥沙监测信息平台的软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供河道泥沙监测信息平台软件许可（永久使用，不限用户数），并完成断面测量数据管理、悬移质含沙量计算模型接口、输沙量统计报表、水文站数据自动接入等定制开发，以及历史监测数据迁移、部署、培训等实施服务。
P:1.2 详细功能及技术要求以招标文件第三章《采购需求》和乙方投标文件的技术响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），包括：平台软件许可费¥1,160,000；定制开发费¥584,000；历史数据迁移费¥126,000；部署实施及培训费¥90,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥392,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥882,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥686,000。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方按照政府采购资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署和定制开发，并于一百二十日内完成数据迁移和初步验收准备。
P:4.2 乙方应派驻项目经理一名、实施工程师不少于三名，人员变更须经甲方书面确认。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、部署、数据迁移、试运行各阶段的时间节点和交付物，经甲方确认后执行。乙方每周向甲方提交项目周报，如实报告进度、问题和风险；实施计划需调整的，应提前书面报甲方同意。
P:4.4 甲方负责提供机房环境、服务器资源、网络接入条件及历史数据，并指定专人配合需求确认和测试。
H:第五条 验收
P:5.1 初步验收标准：（1）全部功能按《采购需求》逐项测试通过；（2）历史断面数据、含沙量数据迁移后与源数据逐条比对一致；（3）水文站自动接入连续运行十五日无中断；（4）在200个并发用户下，常用查询响应时间不超过3秒。
P:5.2 最终验收标准：初步验收后系统试运行六十日，期间未发生一级故障，并通过甲方委托的第三方软件测评机构出具的功能及安全测评报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，甲方如需继续维护服务，年维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且质保期满后三年内不上调。维护合同另行签订，到期不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前三个工作日通知甲方）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据无法接入）30分钟内响应，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障下一工作日内处理。
P:7.3 乙方每迟延响应或迟延恢复一小时，甲方可扣减服务费¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500，扣减款从应付款或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发的模型接口、报表、脚本、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的监测数据、测量成果及其衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对数据传输和存储加密，远程运维须经甲方审批并通过堡垒机操作，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、技术资料、监测数据及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 乙方交付成果不符合合同约定的，应无偿更换或修改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付利息。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，不得转让合同权利义务。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或交付成果经两次验收仍不合格，或发生其他严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 培训与文档
P:15.1 乙方应为甲方业务人员和系统管理员分别组织不少于两期集中培训，内容包括断面数据录入、含沙量模型参数维护、报表配置、日常巡检和应急处置，并提供培训教材和操作手册。培训结束后乙方应组织考核，确保每名受训人员能够独立完成日常操作。
P:15.2 乙方应在最终验收前交付需求规格说明书、系统设计文档、数据字典、接口文档、部署手册、运维手册及测试报告，文档应为中文，电子版与纸质版各一套。
H:第十六条 履约保证金与不可抗力
P:16.1 乙方应在合同签订后七日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:16.2 因地震、洪水、台风等不可抗力导致合同无法履行的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
P:17.2 本合同一式六份，甲方四份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　日期：　　年　　月　　日
"""

Z02 = """T:注浆成型及烧成线控制系统改造合同
P:合同编号：TD-GZ-2025-031
P:甲方（买方）：某某陶笛工艺品厂
P:乙方（卖方）：某某自动化工程有限公司
P:甲方为提高陶笛注浆成型合格率和烧成温度控制精度，委托乙方对注浆成型线及梭式窑烧成线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责提供注浆机组PLC及变频改造设备、窑炉燃烧控制系统、温湿度及压力传感器、中控SCADA软件及生产追溯软件，完成安装调试、烧成曲线配方管理模块定制开发、人员培训，并在质保期内提供维保服务。
P:1.2 设备及软件的品牌、型号、数量和技术参数以附件一《供货清单及技术规格》为准。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|窑炉燃烧控制系统（含燃烧器控制柜、比例阀）|2套|486,000
TB:2|注浆机组PLC及变频改造|6台|372,000
TB:3|温湿度及压力传感器|64只|128,000
TB:4|中控SCADA软件许可|1套|236,000
TB:5|生产追溯软件许可|1套|158,000
TB:|软硬件小计||1,380,000
TB:6|安装调试|1项|96,000
TB:7|烧成曲线配方管理模块定制开发|1项|142,000
TB:8|培训|1项|22,000
TB:|合计||1,640,000
P:2.2 上述价格含税，包括运输、保险、安装辅材、调试及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款（¥328,000）。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%（¥574,000）。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%（¥738,000）。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。
P:4.2 改造施工应安排在甲方停窑检修期间进行，乙方应提前七日提交施工方案，经甲方确认后实施，不得影响未改造产线的正常生产。
H:第五条 验收
P:5.1 验收标准：（1）窑炉各温区实际温度与设定烧成曲线偏差不超过±5℃；（2）注浆压力及浆料温湿度数据实时采集，刷新周期不超过2秒；（3）配方管理模块可按产品型号调用和追溯烧成曲线；（4）连续生产运行三十日，未发生因控制系统导致的批量废品。
P:4.3 乙方应派驻具有窑炉控制改造经验的项目经理一名及电气、软件工程师各不少于两名常驻现场，未经甲方同意不得更换。乙方每周提交施工进度报告，如实反映进度偏差及原因。
P:4.4 改造期间乙方应对拆除的原有控制柜、仪表和线缆进行登记并交还甲方，不得擅自处理；新旧系统切换前，乙方应制定切换及回退方案，确保切换失败时可在两小时内恢复原有控制方式。
P:5.2 乙方完成调试后书面申请验收，甲方在十日内组织验收并出具验收报告。验收不合格的，乙方应限期整改并重新验收。
P:5.3 设备到货签收、安装完成或甲方在验收前投入试生产，均不视为验收合格。经两次验收仍不合格的，甲方有权要求乙方更换相关设备或软件，由此增加的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件升级和技术支持。
P:6.2 故障响应：一级故障（窑炉控制失效或整线停产）1小时内响应，8小时内到场；二级故障次日到场。乙方每迟延一小时，甲方可扣减维保费或质保金¥500。
P:6.3 质保期满后，甲方可选择续签维保，年维保费按软硬件小计的8%计取，即每年¥110,400，质保期满后两年内不作调整。
P:6.4 质保期内乙方每季度上门巡检一次，检查燃烧器、比例阀、传感器及控制柜运行状态，校准测温热电偶，备份PLC程序和配方数据，并在巡检后五日内提交巡检报告。质保期内因设备质量问题更换的部件，其质保期自更换之日起重新计算。
H:第七条 知识产权
P:7.1 SCADA及追溯软件的原有著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 为甲方定制开发的配方管理模块、组态画面、PLC程序及源代码，其知识产权归甲方所有，甲方可自行修改、使用或委托他人维护。
H:第八条 数据安全与保密
P:8.1 生产数据、烧成曲线、配方参数及质量记录属于甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方逐次授权，控制网络与办公网络之间应设置工业防火墙；发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并协助处置，因乙方原因造成的损失由乙方赔偿。
P:8.3 双方对在合作中获知的对方技术秘密和商业信息负有保密义务，保密期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第八条造成的损失不受此限。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架敷设等现场施工工作分包给具备相应资质的施工单位，但应在进场前书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十一条 合同的履行
P:11.1 本合同生效后，双方均应全面履行，任何一方不得单方解除或终止本合同。
P:11.2 乙方违约的，甲方有权要求乙方继续履行、采取补救措施，并按第九条追究违约责任。
H:第十二条 培训与技术资料
P:12.1 乙方应在系统投运前对甲方操作工、窑炉工艺员和设备维修人员分批进行培训，培训内容包括注浆机组操作、烧成曲线设定与调用、报警处理、传感器校准和日常点检，培训时间合计不少于五个工作日，确保受训人员能够独立操作和处理常见故障。
P:12.2 乙方应在验收前交付电气原理图、接线图、PLC程序备份、组态工程文件、设备说明书、操作规程及维护手册各两套（含电子版），并提供质保期内需要的备品备件清单及报价。
H:第十三条 安全生产
P:13.1 乙方施工人员进入甲方厂区应遵守甲方安全生产和消防管理制度，动火作业、高处作业和带电作业须办理作业票。窑炉燃气管路相关作业须由持证人员操作，并在甲方安全员在场时进行。
P:13.2 因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担全部责任。
H:第十四条 双方其他义务
P:14.1 甲方应按时提供施工场地、电源、气源及停窑检修窗口，并指定联系人负责协调；甲方未按约定提供条件导致工期延误的，工期相应顺延。
P:14.2 乙方应保证所供设备为全新原装正品，具有合格证和出厂检验报告，软件为正版授权。乙方所供设备的防护等级和耐温性能应满足窑炉周边高温、粉尘环境的使用要求，控制柜应配置独立散热和防尘措施，传感器应能在窑车运行区域长期稳定工作。
H:第十五条 不可抗力
P:15.1 因不可抗力不能按期履行的，受影响方应在五日内书面通知对方，履行期限相应顺延。
H:第十六条 适用法律及争议解决
P:16.1 本合同适用中华人民共和国法律。双方发生争议协商不成的，提交景德镇仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同附件与正文具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """连锁马术俱乐部预约及会员管理SaaS服务合同

合同编号：MS-SaaS-2025-008
甲方（客户）：某某马术运动管理有限公司
乙方（服务商）：某某云科技有限公司

甲方在全国经营四十家连锁马术俱乐部门店，现采购乙方的课程预约及会员管理SaaS服务及配套实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其云平台向甲方全部门店提供以下功能：
1. 课程及教练排班、马匹排班、场地预约和微信小程序在线预约；
2. 会员档案、储值卡、课时包、会籍续费及积分管理；
3. 门店收银、对账、营业报表及总部经营驾驶舱。
（二）实施服务。包括门店及账号开通、原会员系统数据迁移（约三万二千名会员及其课时余额）、小程序配置、与甲方财务系统的对账接口开发、店长及前台人员培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧接第一服务年度。服务期内乙方应保证平台功能持续满足附件一要求，并随甲方门店开业、闭店情况及时调整账号和门店配置，不另行收费。
（四）服务期内乙方应保障各门店在节假日及赛事活动高峰期的预约并发能力，高峰期前七日完成扩容评估。

二、服务费用
（一）订阅费按门店计收，每家门店每服务年度¥9,600，四十家门店每服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）实施费为一次性固定费用¥126,000。
（三）本合同总价为¥894,000，含税。服务期内甲方新增门店的，按本条第（一）项单价和剩余服务期折算计费，另行签订补充协议。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，每个服务季度结束后，乙方提交服务报告及发票，甲方在收到后十五个工作日内支付该季度订阅费。
（三）本合同不设预付款。
（四）乙方应在每个服务季度结束后五个工作日内提交服务报告，列明各门店可用率、故障处理记录、服务抵扣金额和客户支持工单统计，经甲方确认后作为结算依据。甲方对报告有异议的，双方应在十个工作日内核对确认，无争议部分甲方应按期支付。
（五）乙方应开具增值税专用发票，甲方收到发票前有权暂缓支付相应款项，且不视为逾期付款。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通、数据迁移和接口开发，并提交上线验收申请。
（二）验收标准：
1. 迁移后的会员档案、储值余额和课时余额与原系统逐条核对一致；
2. 预约、收银、对账等功能按附件一功能清单逐项测试通过；
3. 对账接口连续十个营业日与财务系统数据一致；
4. 在五百名会员同时在线预约时，页面响应时间不超过2秒。
（三）甲方在收到验收申请后十个工作日内组织验收。试用或部分门店先行使用，不视为验收合格。
（四）因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（预约或收银功能在多家门店不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（单一门店或单一功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：1个工作日内响应。
（三）服务补偿：月度可用率未达到承诺的，每低于0.1个百分点，按当季订阅费的2%给予服务抵扣；一级故障每超时一小时，抵扣¥1,000。抵扣额在当季应付订阅费中直接扣减。

六、数据归属与使用
（一）甲方在平台上录入或产生的会员信息、预约记录、交易数据归甲方所有。
（二）乙方可在对上述数据进行脱敏处理后，将其用于行业趋势分析、平台功能改进及乙方其他产品和服务的研发，该等使用不需另行取得甲方同意，并在本合同终止后持续有效。
（三）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据并出具书面确认。

七、数据安全
（一）乙方应在境内数据中心部署平台，通过网络安全等级保护三级测评，对会员身份证号、手机号等个人信息加密存储，实施最小权限访问和操作日志审计。
（二）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务；因乙方原因造成的损失，由乙方承担赔偿责任。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

九、知识产权
乙方平台及其原有软件的知识产权归乙方所有。乙方为甲方定制开发的对账接口、报表模板及相关源代码归甲方所有，甲方可自行修改和使用。

十、续期
服务期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的标准价格调整订阅费单价，并以书面通知告知甲方。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
（二）平台连续三个月未达到第五条可用率承诺的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交北京仲裁委员会仲裁。

十四、培训与客户支持
（一）乙方应在上线前为甲方总部运营人员、各门店店长和前台人员组织线上及现场培训，现场培训覆盖甲方指定的八个区域中心门店，培训内容包括排班、预约、会员开卡、储值核销、退费审批和日结对账，并提供操作视频和图文手册。
（二）服务期内，乙方提供每日八点至二十二点的在线客服和电话支持，并为甲方配备专属客户成功经理一名，每季度回访一次，汇总各门店使用问题和改进建议，形成季度服务报告。
（三）平台版本升级涉及功能变更的，乙方应提前七日通知甲方并提供升级说明，不得删减本合同约定的功能或降低服务水平。

十五、甲方义务
（一）甲方应按时提供原会员系统的数据导出文件、门店清单、价格体系和课程设置规则，并指定项目联系人负责协调。
（二）甲方应妥善保管管理员账号和密码，合理设置门店人员权限。因甲方人员泄露账号造成的损失，由甲方自行承担。
（三）甲方应依法向会员告知个人信息的收集和使用规则，并取得必要的同意。

十六、不可抗力与通知
（一）因自然灾害、基础电信网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务；乙方应在24小时内提交影响评估。
（二）本合同项下的通知以书面形式送达双方在首页载明的地址或电子邮箱，电子邮件发出即视为送达。

十七、其他
（一）附件一《功能清单》、附件二《门店清单》为本合同不可分割的组成部分。
（二）本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

Z04 = """海雾预警系统年度运维服务合同

合同编号：HW-YW-2025-12
甲方：某某海雾监测站
乙方：某某海洋科技服务有限公司

鉴于甲方已建成海雾预警系统（包括沿岸十六个能见度及气象观测点、两部海雾激光雷达、数据汇聚平台和预警发布系统），现委托乙方提供年度运行维护服务。经双方协商，订立本合同。

第一条 服务范围
1. 观测设备维护：能见度仪、温湿度及风速风向传感器、激光雷达、太阳能供电及通信终端的日常巡检、清洁、校准、故障维修和备件更换。
2. 平台运维：数据汇聚平台、预警模型服务、预警发布系统和数据库的监控、备份、补丁更新和性能优化。
3. 预警保障：在海雾多发季（每年三月至七月）安排专人值守，保障预警产品按时生成和发布。
4. 年度标定：每年完成一次全部能见度仪的比对标定，并提交标定报告。

第二条 服务期限
服务期自2025年1月1日起至2025年12月31日止。期满后如需继续服务，双方另行签订合同，本合同不自动续期。

第三条 服务费用及支付
1. 年度运维服务费总额为人民币伍拾捌万陆仟元整（¥586,000），含设备维护费¥318,000、平台运维费¥176,000、年度标定费¥52,000、常用备件费¥40,000，含税。
2. 服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付当季服务费¥146,500。
3. 本合同不设预付款。

第四条 服务要求
1. 乙方每月对全部观测点巡检一次，海雾多发季每半月巡检一次，巡检记录应包括设备状态、清洁情况、数据完整率和发现的问题。
2. 乙方应在每年五月底前完成能见度仪比对标定，标定偏差超出厂家标称范围的，应及时维修或更换。
3. 乙方应每日检查平台运行日志和数据到报情况，每周对数据库进行全量备份，每月进行一次备份恢复演练。
4. 乙方应在海雾多发季开始前完成全部观测点的专项检查，包括能见度仪光学窗口清洁、激光雷达发射接收性能测试、供电蓄电池容量测试和通信链路切换测试，并将检查结果书面报告甲方。
5. 乙方对平台和预警模型服务的参数调整、版本更新和补丁安装，应提前报甲方审批，并在非预警时段实施，实施前做好备份和回退准备。

第五条 故障响应
1. 一级故障（预警平台中断、预警无法发布或五个以上观测点同时离线）：接报后1小时内响应，平台故障8小时内恢复；
2. 二级故障（单个观测点或单项功能故障）：接报后2小时内响应，海上及岛屿站点72小时内修复，其他站点48小时内修复；
3. 三级故障（不影响观测和预警的一般问题）：3个工作日内处理。
乙方未达到上述时限的，甲方有权书面督促乙方整改，乙方应在三日内提交整改说明。

第六条 季度考核
1. 甲方每季度依据巡检记录、故障处理记录、数据完整率统计和预警发布记录对乙方进行考核，考核内容包括巡检完成情况、故障处理及时性、备份及演练记录和服务报告质量。
2. 季度考核合格的标准为：巡检计划全部完成，未发生因乙方原因导致的预警漏发，各项记录齐全。考核不合格的，乙方应在十日内整改，整改合格后方可支付当季服务费。

第七条 数据安全
1. 观测数据、预警产品、平台数据库及运维过程中产生的日志均属于甲方所有，乙方仅可为履行本合同使用。
2. 乙方运维人员须使用实名账号，通过甲方堡垒机访问平台，所有操作留存日志，日志保存期限不少于六个月；禁止在平台服务器上安装与运维无关的软件，禁止将数据库文件导出至甲方网络以外。
3. 乙方应及时修补平台漏洞，发现网络攻击、数据篡改或数据丢失的，应在1小时内向甲方报告并采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。

第八条 成果归属
乙方在运维过程中编写的巡检报告、标定报告、运维脚本、配置文档等成果归甲方所有，乙方应在每季度考核时一并移交。

第九条 违约责任
1. 乙方未能在第四条第2款约定的期限内完成年度标定并提交报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方原因导致预警漏发或错发，给甲方造成损失的，乙方应赔偿甲方的实际损失。
3. 甲方逾期支付服务费的，每日按逾期金额的万分之三支付利息。

第十条 人员
乙方应组建不少于六人的运维团队，其中项目负责人一名，持有海洋观测或气象仪器相关从业经历不少于五年；海雾多发季须有两名工程师常驻甲方。人员变更须提前十日书面报甲方同意。

第十一条 备品备件
1. 乙方应在甲方所在地设立备件库，常备能见度仪、温湿度传感器、通信终端、蓄电池和太阳能控制器等易损件，备件数量不少于附件所列清单，并每季度向甲方报送备件台账。
2. 备件费用已包含在第三条常用备件费中。超出常用备件范围的大额部件（如激光雷达核心组件）需要更换的，乙方应先出具故障诊断报告和报价，经甲方书面确认后实施，费用另行结算。
3. 更换下来的旧件应登记后交还甲方，不得擅自处置。

第十二条 作业安全
1. 乙方人员登岛或乘船前往海上观测点作业，应事先查看海况和天气预报，风力六级以上或能见度不良时不得出海；作业人员须穿戴救生衣，船舶须具备合法营运资质。
2. 高处作业、带电作业应遵守安全规程，至少两人同行。乙方应为其作业人员购买意外伤害保险。
3. 因乙方违反安全规程造成人身伤亡或财产损失的，由乙方承担全部责任。

第十三条 应急保障与服务报告
1. 台风、寒潮等灾害性天气来临前，乙方应对沿岸观测点的固定装置、供电和通信设备进行加固检查；灾害过后四十八小时内完成全部站点的巡查和恢复。
2. 乙方每月五日前向甲方提交上月运维月报，内容包括巡检情况、故障统计、数据完整率、备份演练记录、备件消耗和下月计划；年度服务结束后提交年度运维总结报告和设备健康评估。

第十四条 培训与交接
1. 乙方应在服务期内为甲方值班人员组织不少于两次培训，内容包括能见度仪和激光雷达的日常检查、预警平台基本操作、常见告警识别和应急上报流程，并提供培训记录。
2. 服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位完整移交设备台账、巡检及维修记录、标定报告、平台账号、运维脚本、配置文档和备件台账，并配合完成不少于十五日的交接；交接完成前，乙方不得撤离现场人员。
3. 乙方应在交接期内协助后续服务单位完成不少于一次全站巡检，并对移交资料中的遗漏或错误及时补正。
4. 乙方应建立运维知识库，记录各站点的设备配置、历史故障、处理方法和供电通信线路情况，并在每季度考核时向甲方提交更新版本。

第十五条 分包
乙方不得将本合同项下的服务分包给任何第三方。

第十六条 合同解除
乙方连续两个季度考核不合格，或因乙方原因造成重大预警事故，或有其他严重违约行为且经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期结算费用。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件《观测点清单》《设备清单》为本合同的组成部分。

甲方（盖章）：                  乙方（盖章）：
"""

Z05 = """# 峰途智造 生产追溯系统软件许可及开发合同（标准文本 V3.0）

> 本合同为峰途智造标准合同文本，未经乙方法务部门书面确认，不得修改条款内容。

合同编号：FT-SW-2025-0219

甲方（客户）：某某登山杖制造有限公司

乙方（供应商）：某某峰途智造软件有限公司

甲方拟在铝合金及碳纤维杖管车间实施拉管、阳极氧化工序的生产追溯管理，经双方协商，甲方向乙方采购峰途生产追溯系统软件许可及定制开发服务。

## 第一条 合同标的

1.1 乙方向甲方提供峰途生产追溯系统V5软件许可，包括工单管理、批次追溯、工序报工、质检记录、设备数采和追溯查询六个模块，许可方式为永久许可，限甲方一个生产基地使用。

1.2 乙方根据甲方需求进行定制开发，包括拉管工序的管材规格与拉拔道次记录、阳极氧化槽液参数采集、氧化膜厚检测数据录入及按杖管批次的正反向追溯报表。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 峰途生产追溯系统V5软件许可 | 1,120,000 |
| 2 | 拉管及阳极氧化工序定制开发 | 108,000 |
| 3 | 安装部署、数据初始化及培训 | 52,000 |
| | 合计 | 1,280,000 |

2.1 上述价格为含税价，软件许可费包含首套安装介质及授权文件。乙方可根据甲方要求提供数据库及中间件的选型建议，但不对第三方产品的采购和许可承担责任。甲方需自行承担服务器、数据库、操作系统及网络设备等费用。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥832,000。乙方收到该款项后安排项目启动。

3.2 系统安装上线后十个工作日内，甲方支付合同总价的35%，即¥448,000。

3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，并按每日千分之一收取滞纳金。

3.4 乙方收到款项后五个工作日内开具增值税专用发票。甲方要求变更开票信息的，应提前书面通知乙方。

## 第四条 实施与交付

4.1 乙方在收到首付款后九十个工作日内完成系统安装部署及定制开发。因甲方需求变更、现场条件不具备或数据提供不及时导致的延误，交付期限相应顺延。

4.2 甲方应为乙方实施人员提供办公场所、网络环境及必要的车间数据接口权限，并安排关键用户参与需求确认。需求经甲方签字确认后，如需变更，乙方有权另行收费。

4.3 乙方按照标准实施方法论开展项目，包括项目启动、需求调研、方案设计、系统配置、定制开发、数据初始化、用户培训和上线切换八个阶段。各阶段的具体时间安排以乙方提交的项目计划为准，乙方可根据项目实际情况进行调整。

4.4 乙方指派项目经理一名负责项目整体协调，实施顾问和开发人员根据项目进度安排，可采用现场与远程相结合的方式开展工作。乙方人员在甲方现场工作期间，甲方应提供必要的办公和食宿便利。

4.5 本合同项下的设备数采部分仅限于通过标准OPC或数据库接口读取拉管机、氧化线整流电源及槽液温控仪表的运行数据；需要加装采集硬件或改造设备控制程序的，不属于本合同范围。

## 第五条 验收

5.1 系统安装上线即视为甲方验收合格，乙方不再另行组织验收。

5.2 上线后甲方在使用中发现的问题，由乙方在维护期内处理，不影响验收结论及付款。

## 第六条 技术支持与维护

6.1 免费维护期为六个月，自系统安装上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 乙方将尽商业上合理的努力在工作日内响应甲方的技术支持请求，具体处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的22%计取，即每年¥246,400。未签订维护合同的，乙方不再提供任何技术支持和升级服务。

6.4 维护服务内容包括软件缺陷修复、版本升级、远程技术支持和每年一次的系统健康检查。现场服务按次另行收费，差旅费用由甲方承担。甲方自行修改系统配置或数据库造成的问题，乙方可协助处理，但有权按人天另行收费。

## 第七条 许可范围与培训

7.1 软件许可为单一生产基地、不限用户数的永久使用许可。甲方新增生产基地或将系统部署至关联公司使用的，应另行向乙方购买许可。

7.2 甲方不得将软件转让、出租、出借或以其他方式提供给任何第三方使用，不得删除软件中的版权标识。

7.3 乙方为甲方提供两次集中培训，培训对象为车间主任、工艺员、质检员及系统管理员，培训内容包括工单下达、拉拔道次报工、槽液参数录入、膜厚检验记录、批次追溯查询及基础数据维护。超出上述次数的培训，按乙方标准收费。

7.4 乙方交付软件安装介质、用户操作手册及系统管理员手册各一套（电子版）。定制开发部分的设计文档由乙方留存，不向甲方交付。

## 第八条 甲方责任

8.1 甲方应按乙方要求准备服务器及网络环境，保证车间数采终端与服务器之间网络连通，并按乙方提供的模板整理物料编码、工艺路线、设备台账和人员信息等基础数据。

8.2 甲方应指定项目负责人和各工序关键用户，在乙方提交需求说明、测试记录等文件后三个工作日内予以确认；逾期未确认的，视为确认。

8.3 因甲方自行操作不当、擅自修改配置或服务器硬件故障导致的系统问题，不属于乙方维护范围。

## 第九条 知识产权

9.1 峰途生产追溯系统及其全部文档的知识产权归乙方所有。

9.2 乙方为甲方进行定制开发所形成的程序、报表、数据模型及相关文档，其知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得对其进行修改、反向工程或提供给第三方使用，乙方不交付源代码。

## 第十条 数据及安全

10.1 系统中的甲方生产数据、质量数据归甲方所有，乙方仅为履行本合同之目的处理，不得用于其他用途。

10.2 乙方远程维护应经甲方授权，使用加密通道和专用账号，操作留存日志。乙方发现系统漏洞或数据泄露的，应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

## 第十一条 保密

11.1 双方对在合作中获知的对方技术秘密、工艺参数及商业信息负有保密义务，未经对方书面许可不得向第三方披露。保密义务在合同终止后两年内有效。

## 第十二条 违约责任

12.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

12.2 甲方违反第七条、第九条约定擅自修改、复制或向第三方提供软件的，应向乙方支付合同总价两倍的违约金。

## 第十三条 合同解除

13.1 一方严重违反本合同且在对方书面通知后三十日内未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同附件《功能清单》《定制开发需求说明》与正文具有同等效力。

甲方（盖章）：

乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CMMS-2025-044
P:This Agreement is made between Anhui Jingshan Cement Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer"), and Terai Maintenance Systems Pvt. Ltd., a company incorporated in Nepal with its registered office in Bharatpur, Chitwan District (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance planning at two clinker lines and one grinding station with a computerised maintenance management system. The Vendor has offered its PlantCare CMMS software together with implementation services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantCare CMMS version 8 modules listed in Annex 1, in object code, with their user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile inspection forms, data migration scripts and configuration work produced by the Vendor specifically for the Customer under this Agreement, including their source code and design documents.
P:1.3 "Customer Data" means all equipment records, work orders, spare-parts data, inspection readings and other information entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users at the Customer's plants and headquarters in mainland China.
P:2.2 The Vendor shall configure the Software, build an interface to the Customer's ERP system for spare-parts purchasing, build an interface to the distributed control system historian for running-hour counters, design eighteen management reports, migrate the existing equipment register and maintenance history, and train the Customer's staff.
P:2.3 The work shall be performed partly on site in Wuhu and partly remotely. Remote work shall be performed only through the connection method approved by the Customer under Article 8.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,634,000, made up of: Software licence fee CNY 1,080,000; implementation and configuration CNY 420,000; data migration CNY 96,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and expenses of the Vendor's personnel, and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 326,800) as an advance within 15 days after signature, against the Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 735,300) within 30 days after the system has been installed and the user acceptance test has been signed. Signature of the user acceptance test does not constitute Final Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 571,900) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, both interfaces and data migration within 110 days after signature, according to the project plan agreed at the kick-off meeting.
P:5.2 The acceptance tests shall show that: (a) every function in Annex 2 works as described; (b) the migrated equipment register and the last three years of work orders reconcile line by line with the source files; (c) the ERP interface transfers purchase requisitions without error for ten consecutive working days; (d) running-hour counters from the historian update at least every fifteen minutes; and (e) the system runs for 45 days in production without a Severity 1 incident.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after the tests are passed. Go-live, productive use of the system or payment of any amount shall not be deemed acceptance. If a test fails, the Vendor shall correct the defect at its cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, deliver new versions and patches, and provide support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means the system is unavailable or work orders cannot be issued at a plant; the Vendor shall respond within one hour and restore service or provide a workaround within eight hours. Severity 2 means a major function is impaired; response within two hours and resolution within two working days. Severity 3 covers other issues; response within one working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or restoration time, the Customer may deduct CNY 900 from any amount due or claim it against the performance guarantee.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall not exceed 10% of the Software licence fee (CNY 108,000 per year) and shall not be increased during the first three years after the Warranty Period. Annual support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third-party contractors.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process it only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Software will be hosted on the Customer's servers in Wuhu. The Vendor may access the system remotely only through the Customer's VPN and bastion host, with individual accounts, multi-factor authentication and session recording, and only after the Customer has approved each session. The Vendor shall not copy Customer Data to any device or location outside the Customer's network.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Customer Data. If the Vendor becomes aware of any security incident affecting Customer Data, it shall notify the Customer within six hours, take immediate containment measures and cooperate in the investigation. The Vendor is liable for all losses caused by a security incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and operational information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the agreed project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence in Article 2.1 shall continue for the Software already paid for.
H:Article 13 Personnel and Cooperation
P:13.1 The Vendor shall appoint a project manager with experience of at least two CMMS implementations in heavy industry, and shall not replace the project manager without the Customer's consent.
P:13.2 The Customer shall provide server resources, network access, a project room, and key users from maintenance, purchasing and production for workshops and testing.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may end this Agreement by notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of Nepal.
P:15.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not resolved within 30 days, it shall be finally settled by arbitration under the Arbitration Act of Nepal, with the seat of arbitration in Kathmandu and proceedings in English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Software modules and users), Annex 2 (Functional specification) and Annex 3 (Project plan), is the entire agreement between the parties and supersedes previous proposals. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be given in writing to the addresses above, by courier or by email with confirmation of receipt.
P:16.3 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — DRIVERLINE TRAINING CLOUD

Order Form No. DL-CN-2025-0117

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Narayani Learning Technologies Pvt. Ltd., Adarsha Nagar, Birgunj, Parsa District, Nepal.

**Customer:** Zhejiang Hengyun Logistics Co., Ltd., Xiaoshan District, Hangzhou, People's Republic of China.

### A2. Subscribed Service

DriverLine Training Cloud, Enterprise Edition: online safety courses for heavy-goods-vehicle drivers, driver certification tracking, in-cab micro-learning through the Customer's driver app, fleet-manager dashboards and a Chinese-language content library. Up to 2,600 active learner accounts and 60 administrator accounts.

### A3. Subscription Term

Twenty-four months, in two Subscription Years, starting on the Service Start Date defined in Part B section 3.3. The subscription ends at the end of the second Subscription Year unless the parties sign a new Order Form.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed | 360,000 |
| Subscription fee, Subscription Year 2 | fixed | 360,000 |
| Onboarding: tenant set-up, SSO with the Customer's identity provider, driver app integration, import of 2,600 learner records and certification history | one-time | 64,000 |
| Total Contract Value | | 784,000 |

All amounts include VAT. Learner accounts above the A2 limit are charged at CNY 120 per account per Subscription Year, pro rata.

### A5. Invoicing and Payment

- No advance payment is payable under this Order Form.
- The onboarding fee is invoiced after Onboarding Acceptance under Part B section 3.
- Subscription fees are invoiced quarterly in arrears, in eight equal quarterly instalments of CNY 90,000, after the end of each quarter of the Subscription Term.
- Payment is due 30 days after receipt of a valid invoice, by bank transfer in CNY.

### A6. Contacts and Signature

Provider account manager: Mr. R. Yadav, accounts@narayani-learning.example. Customer project lead: Ms. Chen Li, Safety and Training Department.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including updates the Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including learner names, employee numbers, licence details, course results and certification records, and all outputs generated from that data.

1.3 "Customer Configurations" means course paths, assessments, certification rules, reports and integration settings created specifically for the Customer during onboarding or at its request.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 The Provider may improve the Service during the Subscription Term, but shall not materially reduce its functionality or security.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 40 calendar days after both parties sign Part A.

3.2 Onboarding Acceptance requires that: (a) single sign-on works for all Customer user groups; (b) the imported learner records and certification history reconcile with the Customer's source file, record by record; (c) courses launch correctly from the driver app on the three handset models listed by the Customer; and (d) fleet-manager dashboards show correct completion figures for a test group of 50 drivers over five working days.

3.3 The Customer shall confirm Onboarding Acceptance in writing within five working days after the tests pass. The Service Start Date is the date of that confirmation. Use of the Service for testing does not constitute acceptance.

3.4 If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 600 for each day of delay.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service or the driver app integration unavailable for all users) shall be responded to within 30 minutes and resolved or worked around within three hours. Priority 2 incidents shall be responded to within two hours. Priority 3 incidents shall be responded to within one business day.

4.3 If availability falls below the commitment in 4.1, or a Priority 1 response or resolution time is missed, the Customer shall receive a service credit of 5% of the quarterly subscription instalment for each event, up to half of that instalment. Credits are deducted from the next invoice or refunded at the end of the term.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider processes it only to provide the Service and for no other purpose.

5.2 The Service is hosted in a data centre in mainland China operated by a hosting partner named in the Provider's security documentation. Customer Data is stored in mainland China and not transferred abroad.

5.3 The Provider shall maintain written security measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrator accounts, logging of privileged access, annual penetration tests and secure deletion.

5.4 The Provider shall notify the Customer of any personal information breach or security incident affecting Customer Data within 12 hours after becoming aware of it, shall take immediate remedial action, and shall be responsible for losses caused by a breach attributable to it or to its subprocessors.

5.5 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in CSV format and then delete it, and shall certify the deletion in writing.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to personnel and contractors who need to know it and are bound by equivalent duties. These duties last for three years after the Subscription Term.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service, its standard courses and its software.

7.2 Customer Configurations and any course content the Customer supplies belong to the Customer. The Customer may use, modify and have third parties use them, during and after the Subscription Term.

### 8. Subcontractors and Subprocessors

8.1 The Provider may use subcontractors and subprocessors, including its hosting partner and content-translation agencies, to perform the Service. The Provider maintains a list of them on its website and will inform the Customer of any new subcontractor or subprocessor by updating that list at least 15 days before the change.

8.2 The Provider remains responsible for the performance of its subcontractors and subprocessors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 The total aggregate liability of the Provider arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit the Provider's obligations to pay service credits, or liability for wilful misconduct or personal injury.

### 10. Term and Termination

10.1 This Order Form runs for the Subscription Term in A3.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

10.3 The Customer may also terminate if a service credit for availability becomes due in any two consecutive months. On such termination the Provider shall refund any fees paid for the period after termination.

10.4 Sections 5.5, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute that cannot be settled through negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in A6 by email with a copy by courier.

12.3 This Order Form is written in English. If a Chinese translation is prepared, the English version prevails.

12.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public telecommunications networks or acts of government, provided that it informs the other party promptly and takes reasonable steps to resume performance. Service levels in section 4 are suspended only for the duration of such an event and only to the extent it prevents performance.
"""

E03 = """T:Purchase Contract for Vibration Sensors, Gateways and Condition Monitoring Licence
P:Contract No. YX-PM-CM-2025-06
P:Buyer: Jiangxi Yuxin Paper Co., Ltd., Nanchang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Koshi Industrial Sensing Pvt. Ltd., Dharan, Sunsari District, Nepal (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for the supply of wireless vibration and temperature sensors, edge gateways and a condition monitoring software licence for the Buyer's two paper machines, together with installation, integration and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, licensed on a perpetual basis under clause 8.
P:1.3 "Works" means installation, commissioning, integration with the Buyer's distributed control system and plant historian, alarm configuration and training.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and Software and perform the Works for the fixed total price of CNY 1,422,000 (the "Contract Price"), itemised as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|180|576,000
TB:2|Edge gateways, industrial grade|24|228,000
TB:3|VibraWatch software, perpetual licence, 250 measurement points|1|410,000
TB:|Equipment and Licence Subtotal||1,214,000
TB:4|Installation and commissioning|1 lot|118,000
TB:5|Integration with DCS and plant historian|1 lot|74,000
TB:6|Training|1 lot|16,000
TB:|Contract Price||1,422,000
P:2.2 The Contract Price includes VAT, packing, transport to the Buyer's mill, insurance, import formalities and duties, and all costs of the Supplier's personnel.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 142,200) within 20 days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 782,100) within 30 days after all Equipment has been installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and visible condition only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 497,700) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. The Buyer may set off delay damages and other sums due from the Supplier against any payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill in Nanchang within 75 days after signature, DDP, and complete installation within 30 days after delivery.
P:4.2 Installation shall be carried out during the planned machine shutdowns notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, including lock-out procedures, hot-work permits and work-at-height rules.
P:4.3 The Supplier shall deliver, before Final Acceptance, mounting drawings, network diagrams, gateway configuration files, calibration certificates for every sensor, and operating and maintenance manuals in Chinese and English.
P:4.4 Training shall consist of two courses at the mill: a three-day course for up to twelve maintenance engineers covering sensor mounting, battery replacement, gateway configuration, alarm thresholds and spectrum analysis, and a one-day course for up to twenty operators covering alarm handling and the dashboards. The Supplier shall provide course materials in Chinese and a trainer who can teach in Chinese or with an interpreter at the Supplier's cost.
P:4.5 The Buyer shall provide the shutdown windows, access to the machines, network connection points, server capacity for the Software and a contact person for each paper machine.
H:5. Acceptance
P:5.1 The acceptance tests shall show that: (a) all 180 sensors report vibration velocity, acceleration envelope and temperature readings to the Software at the configured interval; (b) readings of a sample of 20 sensors agree with a calibrated portable analyser within the tolerance in the technical specification; (c) alarms for each monitored bearing reach the DCS operator screens within ten seconds; (d) the plant historian receives all trend values without gaps for seven consecutive days; and (e) the system then runs for 60 days without a Severity 1 incident.
P:5.2 The Buyer shall sign the final acceptance certificate within ten working days after the tests have been passed, or state the defects in writing. The Supplier shall remedy defects at its cost and repeat the failed tests.
P:5.3 Delivery, installation, use of the system in production or payment of any amount does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and provide Software updates free of charge, including parts, labour and travel.
P:6.2 Replaced sensors or gateways receive a new warranty of 36 months from replacement, but not less than the remaining Warranty Period.
P:6.3 After the Warranty Period, the Buyer may order annual support covering Software updates, remote support and a repair service for Equipment. The annual support fee is 7% of the Equipment and Licence Subtotal, that is CNY 84,980 per year, fixed for the first three years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that the Software does not receive data from a paper machine, or alarms do not reach the DCS. Severity 2 means that a group of sensors or a gateway is out of service. Severity 3 means any other fault.
TB:Severity|Response time|On-site attendance or remote restoration
TB:Severity 1|2 hours|within 24 hours
TB:Severity 2|8 hours|within 3 working days
TB:Severity 3|next working day|next scheduled visit
P:7.2 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due or from the performance guarantee, and for each working day by which it exceeds a Severity 2 time, CNY 300.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software for up to 250 measurement points at the Buyer's sites, including use by contractors acting for the Buyer. Firmware embedded in the Equipment is licensed for the life of the Equipment.
P:8.2 Alarm configurations, machine models, integration scripts, reports and other deliverables made specifically for the Buyer under this Contract, with their source code, belong to the Buyer. The Buyer may use, modify and license them without restriction.
H:9. Data Ownership and Security
P:9.1 All measurement data, alarms, machine models and reports generated by the system are the Buyer's property. The Supplier shall use them only to perform this Contract.
P:9.2 The system is installed inside the Buyer's production network. The Supplier shall not connect any gateway to the public internet. Remote access requires the Buyer's approval for each session and takes place through the Buyer's bastion host with logging.
P:9.3 The Supplier shall harden the gateways and servers it configures, change all default passwords, and report any security incident, vulnerability or suspected data leak within eight hours, and is liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's process information, drawings, network details and all data under clause 9, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Warranty Period.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting and Assignment
P:12.1 The Supplier shall not subcontract any part of the Works or assign this Contract without the Buyer's prior written consent. An approved subcontractor acts under the Supplier's responsibility.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and Works not accepted and compensate the Buyer's additional costs.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its control shall notify the other party within five days and perform as soon as the event ends. Performance dates are extended accordingly.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:16. Miscellaneous
P:16.1 This Contract is signed in two English originals and takes effect on signature. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK AND SERVICE DESK SERVICES AGREEMENT

Agreement No. HQF-MS-2025-03

**Customer:** Henan Qiaofeng Foods Co., Ltd., Zhengzhou, Henan Province, People's Republic of China ("Customer").

**Provider:** Bheri Managed Services Pvt. Ltd., Surkhet Road, Nepalgunj, Banke District, Nepal ("Provider"), acting in China through its Zhengzhou project office.

**Background.** The Customer operates a head office, four production plants and nine regional distribution centres in China. It wishes to outsource the day-to-day management of its wide-area and local networks and its first-line IT service desk. The Provider has proposed the services described in Schedule 1 at the charges in Schedule 2 and the service levels in Schedule 3.

## Section 1. Definitions

1.1 "Services" means the managed network services and service desk services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all configuration data, user records, tickets, logs and other information of the Customer that the Provider receives or generates in performing the Services.

1.5 "Incident" means an unplanned interruption or degradation of a Service; "Priority 1 Incident" means an Incident that stops network connectivity at a plant, a distribution centre or the head office, or stops the order-management or warehouse systems from reaching the network.

## Section 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date for the Term, in accordance with Schedule 1, Schedule 3 and good industry practice.

2.2 The Provider shall monitor all network devices around the clock, manage configuration changes through the Customer's change process, keep the network documentation up to date, and run the service desk in Mandarin Chinese.

2.3 The Customer may add or remove sites during the Term. Monthly charges for added or removed sites are adjusted using the unit prices in Schedule 2.

## Section 3. Transition

3.1 The Provider shall complete transition within 60 days after signature of this Agreement. Transition includes discovery of all network devices, set-up of the monitoring platform, knowledge transfer from the incumbent supplier, creation of run-books for each site and a two-week shadow period.

3.2 The Provider shall provide a transition plan within ten working days after signature and report progress weekly.

## Section 4. Transition Acceptance

4.1 Transition acceptance requires that: (a) every device in the asset list is monitored and its configuration backed up; (b) run-books exist for every site and have been reviewed by the Customer; (c) the service desk has handled all Customer tickets during the shadow period within the Schedule 3 times; and (d) the Provider has completed a failover test at two plants selected by the Customer.

4.2 The Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or list in writing the criteria not met. Charges under Schedule 2 start only on the Service Commencement Date.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value over the Term is CNY 1,744,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced quarterly in arrears. The Customer shall pay each undisputed invoice within 30 days after receipt.

5.3 The charges are fixed for the Term and include VAT, travel, tools, monitoring software licences and the Provider's on-site engineers.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 3 and report its performance monthly.

6.2 If a service level is missed, the Customer is entitled to the service credits stated in Schedule 3. Credits are deducted from the next invoice. Service credits do not limit the Customer's other rights and remedies for the same failure.

6.3 Each month the Provider shall deliver a service report showing availability per site, all Priority 1 and Priority 2 Incidents with their root causes, service desk statistics, changes made, and credits due. Each quarter the parties' managers shall meet to review the reports, agree improvement actions and plan changes for the next quarter. Repeated Incidents with the same root cause shall be analysed and a permanent fix proposed within ten working days.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term, the Provider shall hand over all Customer Data, configurations and documentation to the Customer or to a successor supplier named by the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including network diagrams, passwords, production schedules, prices and the terms of this Agreement, shall use it only for the purpose of this Agreement, and shall not disclose it to anyone except its employees and subcontractors who need to know it.

8.2 These obligations continue for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Run-books, network diagrams, scripts, reports and other documents prepared by the Provider for the Customer belong to the Customer, which may use, modify and pass them to a successor supplier.

9.2 The Provider's own tools and monitoring platform remain the Provider's property.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall station two network engineers at the Customer's head office during business hours and shall name a service delivery manager.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any subcontractor.

## Section 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury, fraud or wilful misconduct.

## Section 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the Priority 1 resolution time more than three times in any quarter.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, including handover of all documentation and knowledge transfer to a successor supplier.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules in force at the time.

## Section 14. General

14.1 Neither party is liable for delay or failure caused by events outside its reasonable control, if it informs the other party promptly.

14.2 Amendments to this Agreement, including its Schedules, must be in writing and signed by both parties.

14.3 This Agreement is made in English in two originals.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Sites |
|---|---|---|
| Network monitoring | Around-the-clock monitoring of routers, switches, firewalls and wireless controllers; alarm triage | All 14 sites |
| Configuration management | Change handling, configuration backup, firmware updates in agreed windows | All 14 sites |
| Carrier management | Fault logging and follow-up with the Customer's telecom carriers | All 14 sites |
| Service desk | First-line support for 1,900 users by phone, portal and chat, 07:00–22:00 every day | All users |
| On-site support | Two engineers at head office; plant visits within the Schedule 3 times | Head office and plants |
| Reporting | Monthly service report and quarterly service review | — |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 88,000 |
| Monthly service charge | 36 months at CNY 46,000 | 1,656,000 |
| Total Contract Value | | 1,744,000 |
| Added site (unit price) | per site per month | 2,900 |
| Exit assistance | per engineer day | 2,400 |

## Schedule 3 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Network availability at each plant and the head office | 99.95% per month | 5% of the monthly service charge |
| Priority 1 Incident response | 15 minutes | CNY 1,000 per hour of delay |
| Priority 1 Incident resolution or workaround | 3 hours | CNY 1,500 per hour of delay |
| Priority 2 Incident response | 1 hour | CNY 300 per hour of delay |
| Service desk average speed of answer | 30 seconds, measured monthly | 2% of the monthly service charge |
| Priority 3 request fulfilment | 2 business days | none; reviewed at the quarterly service review |
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement Reference: DDL-YN-2025-021

BETWEEN
Druk Agri Datalink Pvt. Ltd., a company registered in the Kingdom of Bhutan, with its office at Phuntsholing, Chhukha Dzongkhag ("Provider"); and
Yunnan Lancang Agricultural Trading Co., Ltd., a company registered in the People's Republic of China, with its office in Kunming, Yunnan Province ("Customer").

BACKGROUND
The Customer trades tea, spices and dried fruit sourced from South Asia and wishes to receive daily market price, crop condition and weather data for its sourcing regions through an application programming interface (API) connected to its purchasing and risk systems. The Provider compiles such data and licenses it to business customers.

1. DEFINITIONS
1.1 "Data" means the price series, crop condition indices, weather observations and forecasts, and related metadata delivered through the API, as described in Annex A.
1.2 "API" means the Provider's REST interface through which the Data is delivered, together with its documentation.
1.3 "Subscription Year" means each of the two consecutive annual periods of the subscription, the first starting on the Go-Live Date.
1.4 "Go-Live Date" means the date of the Customer's written acceptance under clause 4.
1.5 "Customer Data" means the Customer's portfolios, watch-lists, query parameters, usage records and any information the Customer uploads to the Provider's systems.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the subscription to access the API, store the Data in its own systems, and use the Data for its internal purchasing, pricing and risk management, including in reports shared with its own customers and banks in summary form.
2.2 The subscription covers up to 600,000 API calls per month and ten named developer accounts. The Customer shall not resell the Data as a data product.
2.3 The subscription runs for two Subscription Years from the Go-Live Date, subject to clause 10.

3. ONBOARDING
3.1 The Provider shall, within 35 days after signature, set up the Customer's API keys, build data mappings from the Provider's commodity codes to the Customer's product codes, load five years of history for the selected series, and support the Customer's developers in connecting the API to its purchasing system.
3.2 If onboarding is not ready for acceptance by that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

4. ACCEPTANCE
4.1 Onboarding is accepted when: (a) all series listed in Annex A are delivered through the API for ten consecutive business days; (b) historical data loaded for a sample of series matches the Provider's published values; (c) the commodity code mappings have been checked and approved by the Customer's category managers; and (d) the median API response time is below 800 milliseconds during the test period.
4.2 The Customer shall confirm acceptance in writing within five business days after the criteria are met, or state in writing which criteria are not met. Access to the API for testing does not constitute acceptance.

5. FEES AND PAYMENT
5.1 The fees are:
   Subscription fee, Subscription Year 1 ........ CNY 298,000
   Subscription fee, Subscription Year 2 ........ CNY 298,000
   Onboarding fee (one-time) ..................... CNY 42,000
   Total Contract Value .......................... CNY 638,000
5.2 The onboarding fee is invoiced after acceptance under clause 4. Each Subscription Year fee is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year. No advance payment is required.
5.3 API calls above the monthly allowance are charged at CNY 35 per thousand calls, invoiced quarterly in arrears.
5.4 The Customer shall pay each correct invoice within 30 days after receipt. All fees include VAT.

6. SERVICE LEVELS
6.1 The Provider shall keep the API available at least 99.5% of the time in each calendar month, excluding scheduled maintenance of up to six hours per month announced at least five days in advance.
6.2 The Provider shall deliver the daily price file by 08:00 China Standard Time on each business day.
6.3 Incidents are classified as follows. Priority 1: the API is unavailable or returns wrong data for all series; the Provider shall respond within one hour and restore correct service within six hours. Priority 2: a group of series is missing or late; response within three hours and correction by the next business day. Priority 3: other issues; response within two business days.
6.4 If monthly availability is below the level in 6.1, the Customer receives a credit of 5% of the quarterly instalment for each full percentage point of shortfall, and for each Priority 1 restoration time missed a further credit of CNY 1,000. Credits are deducted from the next invoice.

6.5 The Provider shall run a support desk in English and Chinese on business days from 08:00 to 20:00 China Standard Time, reachable by email, ticket portal and telephone. Priority 1 incidents may be reported at any time through the emergency telephone line. The Provider shall send a monthly service report showing availability, delivery times of the daily price file, incidents, data corrections and credits due, and shall hold a review meeting with the Customer each quarter to discuss data quality and planned changes to the series.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the subscription and support, and shall not analyse, aggregate, sell or disclose it for any other purpose.
7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and audit logging.
7.3 The Provider shall notify the Customer of any unauthorised access to Customer Data or API keys within 12 hours, revoke and reissue affected keys, investigate the cause and bear the losses caused by a breach attributable to it.
7.4 At the end of the subscription the Provider shall delete all Customer Data and confirm the deletion in writing.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential all non-public information it receives from the other, including the Customer's sourcing strategy and the Provider's methods, and shall use it only for this Agreement. The obligation lasts for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY
9.1 The Provider retains all rights in the Data and the API.
9.2 The commodity code mappings, custom reports and integration code prepared for the Customer belong to the Customer, which may use and modify them freely, also after the subscription ends.

10. RENEWAL
10.1 At the end of the second Subscription Year, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
10.2 The Provider may increase the subscription fee for any renewal period by giving the Customer written notice at least 30 days before that period begins. The new fee applies from the start of the renewal period.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss or loss of profit.
11.2 The total liability of the Provider under this Agreement shall not exceed twice the Total Contract Value, except for wilful misconduct, fraud and breach of clauses 7 and 8.
11.3 The Provider does not guarantee the commercial outcome of decisions the Customer takes using the Data, but shall correct any error in the Data promptly after notice.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract the hosting of the API or the processing of Customer Data, or any other material part of its obligations, without the Customer's prior written consent.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.
13.2 The Customer may also terminate if monthly availability falls below the level in 6.1 in three months of any Subscription Year.
13.3 On termination by the Customer under 13.1 or 13.2, the Provider shall refund any fees paid for the period after termination.

14. FORCE MAJEURE
14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising from this Agreement shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.

16. GENERAL
16.1 This Agreement with Annex A (Data Series and Regions) and Annex B (API Documentation) is the entire agreement of the parties.
16.2 Notices shall be sent by email to the addresses in Annex C and confirmed by courier.
16.3 This Agreement is executed in English in two counterparts.

SIGNED for the Provider: ____________________
SIGNED for the Customer: ____________________
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
STEMS = {"z01": "h694z01_river_sediment_monitoring_platform", "z02": "h694z02_ocarina_casting_kiln_control_retrofit",
         "z03": "h694z03_equestrian_chain_booking_saas", "z04": "h694z04_sea_fog_warning_system_om",
         "z05": "h694z05_trekking_pole_tracking_software_supplier_template",
         "e01": "h694e01_cmms_perpetual_licence_nepal_vendor", "e02": "h694e02_driver_training_saas_order_form",
         "e03": "h694e03_vibration_sensors_monitoring_licence", "e04": "h694e04_managed_network_service_desk_36_months",
         "e05": "h694e05_agri_market_data_api_subscription"}
EXT = {"z01": "pdf", "z02": "docx", "z03": "txt", "z04": "txt", "z05": "md",
       "e01": "pdf", "e02": "md", "e03": "docx", "e04": "md", "e05": "txt"}

K = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

GOODS, SERVICE = "goods_or_licence", "service"
# per draft: category, terms (order of K), extra, fee base for TCO (itemised licence/hardware subtotal), design rules
D = {
 "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1960000), 1160000, []),
 "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 8, False, False, True, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1640000), 1380000,
         ["CR-SUBCONTRACT", "CR-TERMINATION"]),
 "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=894000), None,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("services", [None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000), None,
         ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
 "z05": ("software", [None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 22, False, True, None, None, GOODS],
         dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=1280000), 1120000,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
          "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False, "Nepal", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1634000), 1080000,
         ["CR-GOVERNING-LAW"]),
 "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 784000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=784000), None,
         ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1422000), 1214000, []),
 "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1744000), None,
         ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
 "e05": ("cloud", [99.5, 1, True, "buyer", True, True, True, 400 / 638000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000), None,
         ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# forum outside mainland China (for CR-GOVERNING-LAW besides the chosen law): only e01 (Kathmandu)
FOREIGN_FORUM = {"e01"}


def tco_share(t, x, base):
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x, base):
    """My reading of policy §3 on the label values."""
    r = set()
    goods = t["contract_kind"] == GOODS
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold scan ----
PAT = re.compile("|".join([
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])99\.90*\s*(?:%|％)", r"(?<![\d.])0\.050*\s*(?:%|％)", r"(?<![\d.])0\.5\s*‰",
    r"百分之(?:三十|十五|四十)(?![一二三四五六七八九点])", r"百分之(?:一百|百)(?![一二三四五六七八九零点])",
    r"万分之五(?![一二三四五六七八九十点])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?|h\b)", r"(?<![一二三两十])四\s*(?:个)?\s*小时", r"\bfour\s*hours?",
    r"(?<![\d.])12\s*(?:个\s*月|月(?!\s*\d)|months?|-month)", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"\btwelve\s*-?\s*months?",
    r"(?<![一二三四五六七八九十每])一年(?!度)", r"\bone\s*year\b", r"\b1\s*year\b(?!s)", r"壹年",
]), re.I)
MUST_HIT = ["30%", "30 %", "15%", "40 %", "100%", "99.9%", "0.05%", "0.5‰", "百分之三十", "百分之四十", "百分之十五", "百分之百",
            "万分之五", "4小时", "4 hours", "四小时", "four hours", "12个月", "12 months", "十二个月", "twelve months", "12-month",
            "一年", "one year", "12月", "30per cent", "4hours", "12months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "130%", "150%", "3.30%", "0.055%", "18个月", "120 months", "14 hours",
             "百分之三十五", "万分之五十", "2.4 hours", "24个月", "四十家", "服务年度", "Subscription Year 1", "45%", "35%", "2025年12月31日"]


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in PAT.finditer(v)]
    return hits


THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), s
    bin_src = {k: SOURCES[k] for k in SOURCES if EXT[k] in ("docx", "pdf")}
    write(bin_src, {k: (STEMS[k] + "." + EXT[k], EXT[k]) for k in bin_src}, OUT, wrap_words=True)
    covered, bad = set(), []
    for key in SOURCES:
        name = STEMS[key] + "." + EXT[key]
        if EXT[key] in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].strip("\n") + "\n", encoding="utf-8")
        cat, vals, x, base, design = D[key]
        t = dict(zip(K, vals))
        if t["contract_kind"] == SERVICE:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in x
        rules = derive(key, t, x, base)
        assert rules == sorted(design), (key, rules, design)
        n = len(rules)
        if key == "z05":
            assert 8 <= n <= 10
        for f, th in THRESH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (key, f)
        sh = tco_share(t, x, base)
        assert sh is None or abs(sh - 40) > 2, (key, sh)
        covered |= set(rules)
        label = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (STEMS[key] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if key[0] == "z":
            size = len(re.sub(r"\s", "", text))
            ok = 2750 <= size <= 3000
        else:
            size = len(text.split())
            ok = 1450 <= size <= 1650
        hits = scan(text)
        print(f"{name}: size {size} {'ok' if ok else 'OUT OF RANGE'}; rules {rules or '(none)'}; risk {risk(rules)}"
              + (f"; TCO share {sh:.1f}" if sh is not None else "") + (f"; THRESHOLD HITS {hits}" if hits else ""))
        if not (ok and not hits):
            bad.append(name)
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
