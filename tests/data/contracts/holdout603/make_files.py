"""holdout603: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py),
writes their .json labels, derives each draft's rules from its labels (my reading of policy section 3), compares
them with the design list, checks rule coverage, text lengths and that no value or text sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市气象局农业气象服务平台建设项目合同（草案）
P:合同编号：QXJ-ZC-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市气象局
P:乙方（供应商）：某信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就农业气象服务平台建设事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农业气象服务平台软件许可（永久使用，不限用户数），并完成定制开发：农业气象灾害预警模型（干旱、霜冻、连阴雨、干热风四类）、主要作物生育期气象服务模块、农户短信与公众号推送模块。
P:1.2 乙方负责平台与甲方现有气象数据库、自动气象站数据采集系统及省级农业气象业务系统的数据接口开发，并完成部署、联调、试运行和培训。
P:1.3 项目实施地点为甲方指定机房及甲方所属各县（区）气象局。
P:1.4 乙方应按招标文件技术要求完成平台的国产化适配，支持国产操作系统、数据库和中间件。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾柒万陆仟元整（¥1,676,000），为固定总价，包括：平台软件许可费¥860,000；定制开发费¥540,000；数据接口开发费¥180,000；部署实施及培训费¥96,000。
P:2.2 合同总价已包含税费、差旅、第三方组件及乙方完成本项目所需的一切费用，甲方不再另行支付。
P:2.3 乙方应在合同签订前提交合同总价5%的履约保证金；最终验收合格且乙方无违约情形的，甲方在十个工作日内无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 试运行结束并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应按甲方批准的实施计划按周报告进度，遇有可能延误的情况应立即书面告知甲方。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有三年以上气象或农业信息化项目经验，未经甲方书面同意不得更换项目经理和技术负责人。
P:4.4 乙方应为甲方及各县（区）气象局业务人员提供三期集中培训和一期现场跟班培训，内容覆盖平台操作、模型参数调整、数据接口维护和常见故障处理，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块与招标文件及经甲方确认的需求规格说明书一致；四类灾害预警模型使用近五年历史资料回代检验，预警命中率不低于招标文件要求；接口数据与源系统逐项比对一致；平台在200个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行六十日内无一级故障，推送模块到达率符合招标文件要求，第三方测评机构出具的安全测评报告无高风险问题，技术文档和源代码移交完整。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程支持和现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费为平台软件许可费的8%（即每年¥68,800），该费率在质保期满后三年内保持不变。
P:6.3 乙方保证所交付软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:6.4 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；在春播、汛期和秋收等关键农时，乙方应安排专人值守，保障预警产品按时发布。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（计划内维护时间经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或预警推送中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障1小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:7.3 乙方未达到前款响应或恢复时限的，每超时1小时向甲方支付服务违约金¥1,000；月度可用率每低于承诺值0.1个百分点，扣减当年维护费用或履约保证金¥2,000。
P:7.4 乙方应每月向甲方提交服务报告，列明可用率、故障次数、响应和恢复时间及改进措施，报告数据以甲方监控系统记录为准。
H:第八条 数据安全
P:8.1 平台汇集的气象观测数据、农情数据、农户联系信息及所有业务数据归甲方所有，乙方仅可为履行本合同使用，不得将其用于其他任何目的。
P:8.2 乙方实施和运维人员只能通过甲方指定的堡垒机访问系统，不得将任何数据拷贝出甲方机房；涉及个人信息的处理应符合《个人信息保护法》和《数据安全法》的规定。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应行政责任。
P:8.4 乙方应协助甲方建立每日增量、每周全量的数据备份机制，并在最终验收前完成一次数据恢复演练。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权仍归乙方，甲方享有永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的模型、模块、接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和推广。
P:9.3 乙方应在最终验收时向甲方移交定制部分的全部源代码、编译环境说明、数据库设计文档和模型参数说明。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.3 乙方交付的定制模块存在重大缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目分包或转包给任何第三方，不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。合同附件包括需求规格说明书、实施计划、培训计划和验收方案。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:日期：2026年__月__日
"""

Z02 = """T:热处理炉控制系统改造及维保合同
P:合同编号：GG-RCL-2026-0412
P:甲方（买方）：某钢管股份有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方第二热处理车间两座步进梁式淬火炉和回火炉的控制系统已运行十余年，备件停产、温控精度下降。经询比价，甲方确定由乙方承担控制系统改造。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 拆除淬火炉、回火炉原有仪表控制柜，新建PLC控制系统两套，更换燃烧控制器及烧嘴控制回路，增设炉温多点测温与记录系统，部署HMI/SCADA监控软件，并与甲方制造执行系统（MES）对接工艺参数和生产实绩。
P:1.2 乙方负责设备供货、旧系统拆除、安装、接线、单体调试、热负荷联调、工艺参数整定和操作培训，并提供竣工资料。
P:1.4 新系统应满足甲方《热处理炉控制系统改造技术规格书》的要求，主要控制器、燃烧控制器和温度变送器应为技术规格书所列品牌或经甲方书面认可的同等品牌，控制系统应预留不少于两成的I/O余量。
P:1.3 改造须利用甲方计划停炉检修期完成，停炉时间不得超过二十二天。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、冗余电源）|2套|636,000
TB:2|燃烧控制系统（燃烧控制器、点火及火焰检测、比例阀组）|1批|412,000
TB:3|炉温多点测温及无纸记录系统|1批|186,000
TB:4|HMI/SCADA监控软件许可（永久）|1套|148,000
TB:|软硬件小计||1,382,000
TB:5|安装、拆除、接线及调试|1项|214,000
TB:6|工艺参数整定及培训|1项|64,000
TB:|合同总价||1,660,000
P:2.2 上述价格为含税、含运输及保险的固定价格，甲方不再承担其他费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经双方开箱清点签收后，甲方支付合同总价的55%。到货签收仅为数量确认，不构成质量验收。
P:3.3 系统通过最终验收后三十日内，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后七十五日内将全部设备运至甲方车间，并在甲方通知停炉之日起二十二天内完成改造并具备热负荷试车条件。
P:4.2 设备应为全新原厂产品，附合格证、出厂检验报告和说明书。
P:4.3 乙方应在设备发运前十日提交详细施工方案、停炉期间的逐日作业计划和安全措施，经甲方审核同意后实施。停炉期间乙方应安排不少于十二名施工调试人员两班作业。
P:4.4 改造期间如发现原有炉体、管路存在影响改造的缺陷，乙方应及时书面告知甲方，由甲方决定处理方式。
H:第五条 验收
P:5.1 最终验收在热负荷连续运行三十天后进行，标准为：炉温均匀性达到±5℃，控温精度±3℃；PLC及燃烧系统连续运行期间无非计划停炉；测温记录完整、可追溯；与MES的数据交换准确；产品硬度和金相检验合格率不低于改造前水平。
P:5.2 验收由甲方设备部、生产部和质量部共同进行，出具书面验收报告。设备安装完毕、点火试车或甲方投入生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改，整改后再次验收的费用由乙方承担。
P:5.4 乙方应在最终验收时提交竣工图、接线图、PLC程序备份、参数清单、操作和维护手册各三套及电子版。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内设备和软件出现的非人为故障，乙方免费维修或更换。
P:6.1.1 乙方应在甲方现场储备一套关键备件（CPU模块、电源模块、火焰检测器各一件），质保期内使用后应在七日内补齐。
P:6.2 故障分级及响应要求见下表：
TB:故障级别|定义|响应时间|到场时间
TB:一级|造成停炉或温控失效|30分钟|6小时
TB:二级|单个控制回路或测温点失效|2小时|24小时
TB:三级|不影响生产的一般问题|1个工作日|按约定
P:6.3 乙方每超过上表响应或到场时限1小时，应向甲方支付¥1,500；因乙方原因造成非计划停炉的，另按每次¥8,000支付违约金。
P:6.4 质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的7%（即每年¥96,740），质保期满后三年内不上调。维保合同每年由双方另行签订，不自动续期。
P:6.5 年度维保服务内容包括每季度一次巡检、年度停炉检修期间的系统全面检查、软件补丁和版本升级，以及一级故障的现场抢修。
H:第七条 知识产权
P:7.1 为本项目编制的PLC程序、HMI画面、工艺配方和接口程序的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
P:7.2 第三方软件及乙方标准功能块的权利仍归原权利人，甲方享有永久使用权。
H:第八条 生产数据安全
P:8.1 控制系统采集的工艺参数、生产实绩和质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方工控安全网关进行，操作过程留存记录；乙方不得在控制系统中设置后门或未声明的远程通道。
P:8.3 发生数据泄露或被篡改的，乙方应在2小时内报告甲方；因乙方原因造成的损失由乙方赔偿。
H:第九条 保密
P:9.1 双方对在履行本合同中获知的对方技术资料、工艺参数和商业信息负有保密义务，保密期限至本合同终止后五年。
P:9.2 未经对方书面同意，任何一方不得以任何形式向第三方披露本合同内容，也不得将甲方的改造案例用于宣传。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应在进场前书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十二条 安全文明施工
P:12.1 乙方施工人员应遵守甲方安全管理制度，动火、登高和带电作业须办理作业票。乙方应为施工人员购买意外伤害保险。
P:12.2 乙方应对施工区域进行隔离，施工结束后清理现场，拆除的旧设备由甲方处置。因乙方原因造成人身伤害或设备损坏的，由乙方承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地仲裁委员会仲裁。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """宠物医院电子病历SaaS服务及实施合同

合同编号：CW-IT-2026-033
甲方：某宠物医疗连锁管理有限公司（含其下属45家门店医院）
乙方：某云软件科技有限公司

甲方因连锁门店统一管理需要，拟采用乙方宠物医院电子病历云服务（以下简称"云服务"），替换各门店现有单机版病历系统。双方经平等协商，达成如下协议。

一、服务内容
（一）乙方通过其云平台向甲方45家门店提供电子病历云服务，功能包括：挂号分诊、门诊及住院病历、检验检查结果管理、处方与药品库存、疫苗和驱虫提醒、会员档案、连锁总部报表。
（二）乙方负责实施服务：
1. 45家门店历史病历及会员数据迁移（约62万份病历）；
2. 与甲方现有检验设备（血球仪、生化仪）和影像系统的接口对接；
3. 为总部定制经营分析报表12张；
4. 门店上线培训及上线后两周驻店支持。
（三）服务期为两个服务年度，自全部门店上线验收合格之日起计算，每满一年为一个服务年度。
（四）云服务部署在中国境内的数据中心，乙方不得将甲方数据存储或传输至境外。
（五）服务期内乙方免费提供云服务的功能更新、补丁和法规要求的调整，不另收费。

二、费用
（一）订阅费：每家门店每个服务年度人民币9,800元，45家门店两个服务年度合计人民币882,000元。
（二）实施费：一次性人民币168,000元，包含数据迁移、接口对接、报表定制和培训。
（三）合同总价为人民币1,050,000元（含税）。服务期内新增门店按同一单价按月折算计费，另行结算。

三、付款
（一）实施费在全部门店上线验收合格后三十日内一次性支付。
（二）订阅费按季度支付，乙方在每个服务季度结束后开具发票，甲方在收到发票后二十个工作日内支付当季订阅费。
（三）新增门店的订阅费随当季订阅费一并结算；门店关闭的，自关闭次月起停止计费。
（四）甲方无需支付任何预付款。

四、上线与验收
（一）乙方应于合同签订后一百二十日内完成全部门店上线，分三批进行，每批上线前七日书面通知甲方。
（二）上线验收标准：
1. 迁移病历按不低于5%的比例抽查，与原系统逐项比对结果一致；
2. 检验设备结果能自动回传病历，影像可在病历中调阅；
3. 12张定制报表经甲方财务部和医疗管理部核对无误；
4. 各门店上线后连续十个营业日无一级故障。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见；门店开始使用不视为验收合格。
（四）乙方未按期完成全部门店上线的，每逾期一日向甲方支付违约金人民币900元。

五、服务水平
（一）云服务月度可用率不低于99.95%，计划内维护应安排在夜间零点至六点，并提前三日通知。
（二）故障分级：一级故障指全部或多家门店无法开具病历或处方，乙方应在15分钟内响应，2小时内恢复；二级故障指单家门店或单一功能不可用，1小时内响应，8小时内恢复；三级故障在三个工作日内解决。
（三）月度可用率低于承诺值的，每低0.1个百分点扣减当季订阅费的2%，扣完为止。扣减金额由乙方在下一季度订阅费发票中直接抵扣，合同期末的扣减以退款方式结算。一级故障恢复每超时1小时，另扣减人民币1,000元。
（四）乙方应每月向甲方提交服务报告，列明可用率、各级故障的次数、响应和恢复时间、原因分析及改进措施。报告数据与甲方记录不一致的，以双方核对后的记录为准。
（五）乙方提供7×24小时服务热线和在线工单系统，门店可直接报障，总部信息部可查看全部工单的处理进度。

六、数据权属与使用
（一）甲方及各门店在云服务中录入、生成的病历、会员信息、宠物主人个人信息及经营数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行去标识化处理后，用于乙方产品改进、宠物疾病流行趋势分析及行业研究报告，该项使用不因本合同终止而终止。
（三）合同终止时，乙方应在三十日内向甲方完整交还全部数据，并在甲方确认后删除其系统中的甲方数据（第（二）项所述去标识化数据除外）。

七、数据安全
（一）乙方应按网络安全等级保护第三级要求运营云平台，对甲方数据加密存储和传输，实施访问控制和操作日志审计，日志保存不少于六个月。
（二）宠物主人个人信息的处理应符合《个人信息保护法》，乙方人员仅在处理故障时经甲方授权访问。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并承担因此造成的全部损失。

八、保密
双方对履行本合同中知悉的对方商业秘密、经营数据和技术资料负有保密义务，保密期至合同终止后三年。未经甲方书面同意，乙方不得在宣传材料中使用甲方及各门店的名称和标识。乙方应要求其接触甲方信息的员工签署保密承诺。

九、知识产权
云平台及其标准功能的知识产权归乙方。为甲方定制的报表、接口程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改或委托他人修改。

十、双方的其他义务
（一）甲方应指定总部信息部为项目对接部门，及时提供门店清单、历史数据导出文件和设备接口资料，并组织门店人员参加培训。
（二）乙方应为甲方配备专属客户经理和实施项目经理，项目经理在上线期间不得更换；乙方应为每家门店至少培训两名系统管理员，并提供操作手册和视频课程。
（三）乙方对云平台进行重大版本升级的，应提前十五日通知甲方，升级不得减少甲方已使用的功能，不得影响历史病历的查询和打印。
（四）乙方应保证云服务符合国家关于动物诊疗机构病历管理的规定，病历保存期限内数据不得丢失。

十一、续期
服务期届满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅单价按乙方届时公布的标准价格执行，乙方无需另行征得甲方同意。

十二、违约与解除
（一）乙方违反本合同约定，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未履行部分的费用并赔偿损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全事故及乙方故意造成的损失不受此限。
（三）未经甲方书面同意，乙方不得将本合同项下的服务分包或转包。
（四）甲方因门店经营调整需要减少门店数量的，可提前三十日书面通知乙方，相应门店的订阅费自通知期满次月起停止计收，不视为甲方违约。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

十四、其他
（一）因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在不可抗力影响范围内免责。
（二）双方的通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，发出后三日视为送达。
（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：门店清单、定制报表清单、数据迁移方案。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """某区教育局中小学学籍管理系统年度运维服务合同

项目编号：JYJ-CS-2026-08（竞争性磋商）
甲方：某区教育局
乙方：某信息系统服务有限公司

依据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就中小学学籍管理系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：区中小学学籍管理系统（含学籍注册、转学、休复学、毕业升级、学生资助信息等模块）、其数据库和中间件，以及与省级学籍系统、招生入学平台的数据接口。系统覆盖全区86所中小学。
（二）服务内容：
1. 驻场运维：乙方派2名工程师在甲方信息中心驻场，工作日8:30至17:30值守，负责日常监控、账号与权限管理、数据核查、用户咨询；
2. 远程支持和巡检：7×24小时远程支持，每月一次全面巡检并提交巡检报告；
3. 安全加固与应急：每学期一次漏洞扫描和安全加固，每年两次应急演练；
4. 数据备份与恢复：每日增量备份、每周全量备份，每季度一次恢复测试；
5. 关键期保障：新生入学注册、学年末毕业升级和转学高峰期间，乙方增派1名工程师现场保障。
（三）服务期为一年，自2026年9月1日起至2027年8月31日止。
（四）服务开始前十五日内，乙方应与原运维服务商完成交接，核对系统配置、账号清单、备份介质和遗留问题，形成交接清单，经甲方确认后开始服务。
（五）本合同不包括系统功能开发和硬件设备采购；甲方要求的小型配置调整和报表调整，每月累计不超过五个工作日的，包含在服务范围内。

第二条 服务费用
（一）服务费总额为人民币伍拾万零捌仟元整（¥508,000），其中：驻场运维费¥312,000，远程支持及巡检费¥96,000，安全加固及应急演练费¥58,000，数据备份与恢复费¥42,000。
（二）上述费用为包干价，包含人员、交通、工具软件和税费。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥127,000。每季度结束后，甲方对乙方当季服务进行考核，考核合格并收到发票后十五个工作日内支付当季费用。考核扣减的金额从当季费用中扣除。
（三）乙方应在每季度结束后五个工作日内提交当季服务报告，列明工单数量、故障处理情况、巡检和备份结果及下季度工作计划，作为考核依据。

第四条 服务水平
（一）学籍系统在服务期内的月度可用率不低于99.95%，计划内停机须经甲方书面同意。
（二）故障分级及时限：
1. 一级故障（系统整体不可用或数据错误影响学籍业务）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单一模块不可用或单个学校无法办理业务）：30分钟内响应，8小时内解决；
3. 三级故障（一般咨询与非紧急问题）：1个工作日内解决。
（三）服务扣减：一级故障响应或恢复每超时1小时扣减¥800；二级故障每超时1小时扣减¥300；月度可用率每低于承诺值0.01个百分点扣减¥500。各项扣减在当季服务费中结算。

第五条 人员要求
（一）驻场工程师应具有数据库或系统运维相关认证，并具有两年以上同类运维经验。
（二）乙方更换驻场人员须提前十五日书面申请并经甲方同意，新人员资历不得低于原人员。
（三）乙方人员应遵守甲方的工作纪律和信息安全管理制度。
（四）乙方每学期为各学校学籍管理员组织一次业务培训，讲解系统操作、常见问题和数据填报规范，并整理常见问题解答发布在系统首页。
（五）乙方应设项目负责人，每月参加甲方组织的运维例会，汇报服务情况和风险事项。

第六条 考核与验收
（一）季度考核依据：巡检报告和工单记录完整；各级故障时限达标情况；备份恢复测试结果；学校满意度抽查（每季度抽查不少于15所学校，采用书面评分）；当季无因乙方原因造成的数据错误。
（二）年度验收：服务期满前三十日，甲方依据本合同第一条至第五条的要求及四个季度的考核结果组织年度验收，并出具书面验收意见。乙方应移交全部运维文档、配置记录和账号清单。
（三）季度考核不合格的，乙方应在十日内整改；连续两个季度不合格的，甲方有权解除合同。

第七条 数据安全
（一）学籍系统中的学生及家长个人信息、学籍档案和业务数据归甲方所有，乙方仅为履行本合同处理，不得用于任何其他目的。
（二）乙方应落实等级保护第三级的运维要求：运维操作一律通过甲方堡垒机进行，禁止使用个人设备存储数据，批量导出数据须经甲方书面批准并登记。
（三）发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（四）合同终止或期满时，乙方应将其持有的全部数据、日志和文档交还甲方，删除其留存的副本，并出具书面删除确认。
（五）乙方应每学期配合甲方开展一次数据安全自查，对发现的问题在约定期限内整改完毕。

第八条 保密
乙方及其人员对履约中接触的学籍信息、系统配置、账号口令和甲方工作秘密负有保密义务，不因合同终止而解除。乙方应与驻场人员签订保密承诺书并报甲方备案。驻场人员离岗时应交回门禁卡、账号和全部工作资料。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表、技术文档和应急预案的知识产权归甲方所有。乙方自有的监控工具仍归乙方，甲方在服务期内免费使用。乙方保证其提供的工具和服务不侵犯第三方的知识产权。

第十条 违约责任
（一）乙方未按约定日期安排驻场人员到岗或未按期开始服务的，每逾期一日按服务费总额的千分之一支付违约金。
（二）乙方违反第七条或第八条的，除赔偿损失外，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十二条 合同解除
乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务时间结算费用。
因不可抗力致使合同不能履行的，双方可协商解除合同，按实际服务时间结算，互不承担违约责任。

第十三条 期满
服务期满本合同自然终止，不自动续期。甲方需要继续采购的，依法另行组织采购。服务期满时乙方应配合新的服务商完成交接，交接期不少于十五日。
交接期间乙方应继续保障系统正常运行，交接费用已包含在本合同服务费中。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、乙方响应文件和成交通知书为本合同的组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
日期：2026年  月  日
"""

Z05 = """# 智排APS生产计划软件许可及实施合同

**标准合同文本 V3.0（乙方提供）**

合同编号：ZP-2026-GL-118

甲方（用户）：某米粉食品有限公司

乙方（许可方）：某智排软件技术有限公司

鉴于甲方为提升鲜湿米粉、干米粉及预包装米粉产品线的生产计划和排产效率，决定采购乙方智排APS生产计划软件并委托乙方进行定制开发和实施，双方经友好协商，签订本合同。

## 第一条 定义

1.1 "许可软件"：指乙方享有著作权的智排APS生产计划软件V5系列标准产品，包括主生产计划、车间排产、物料需求、产能分析及移动看板模块。

1.2 "定制开发成果"：指乙方根据甲方需求开发的米粉工艺排产规则、发酵和蒸煮工序约束模型、与甲方ERP及称重配料系统的接口程序及相关文档。

1.3 "上线"：指许可软件在甲方生产环境中安装完成并开始用于编制生产计划。

1.4 "许可范围"：指甲方及其在本合同签订时已有的5个工厂在中国境内内部使用许可软件，许可不得转让，也不得用于为第三方提供服务。

## 第二条 合同价款

2.1 本合同总价款为人民币壹佰陆拾万元整（¥1,600,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排APS软件许可（永久，5个工厂、60个并发用户） | 1,200,000 |
| 2 | 定制开发（工艺排产规则、工序约束模型、ERP及称重配料接口） | 280,000 |
| 3 | 实施、数据初始化及培训 | 120,000 |
| | 合计 | 1,600,000 |

2.2 上述价款含增值税。甲方增加工厂、用户或模块的，按乙方当时的报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价款的60%，即¥960,000。

3.2 许可软件上线后五个工作日内，甲方支付合同总价款的32%，即¥512,000。

3.3 许可软件上线满六十日后五个工作日内，甲方支付合同总价款的8%，即¥128,000。

3.4 甲方未按期付款的，乙方有权暂停实施或暂停提供服务，由此延误的工期相应顺延。

## 第四条 实施

4.1 乙方在收到3.1款所述款项后开始实施，计划在九十日内完成安装、定制开发和上线。

4.2 甲方应按乙方要求提供物料清单、工艺路线、设备产能、班次等基础数据，并保证数据的准确性。因甲方数据不准确或提供不及时导致的延误，乙方不承担责任。

4.3 乙方为甲方计划员、车间主任和系统管理员提供集中培训两次，每次不超过三天。

4.4 乙方指派项目经理一名，负责实施计划的编制和执行；甲方应指派项目负责人和关键用户，配合需求调研、数据整理和测试。甲方关键用户的更换应提前通知乙方。

4.5 甲方应在上线前按乙方要求准备服务器、数据库和网络环境。服务器配置不满足乙方要求的，乙方有权推迟上线，由此延误的工期不计入实施期限。

4.6 实施过程中甲方提出的需求变更，乙方评估后另行报价，经双方确认后实施。

## 第五条 验收

5.1 许可软件上线运行即视为甲方验收合格。

5.2 甲方如对软件功能有异议，应在上线后七日内以书面形式提出，逾期未提出的视为无异议；乙方将在后续版本中酌情改进。

5.3 甲方开始使用许可软件编制生产计划的，即视为甲方认可许可软件及定制开发成果符合合同约定。

## 第六条 维护服务

6.1 乙方自上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复、远程技术支持和补丁更新。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年¥300,000，维护费在每个维护年度开始前一次性支付。

6.3 甲方未续签年度维护合同的，乙方不再提供任何补丁、升级和技术支持，因此产生的软件问题由甲方自行承担。

6.4 年度维护服务包括：软件缺陷修复、版本升级、远程技术支持和每年一次现场巡检。甲方要求乙方人员到现场服务的，差旅费用由甲方另行承担。

## 第七条 技术支持

7.1 乙方技术支持时间为工作日9:00至18:00。

7.2 对于导致排产无法进行的一级故障，乙方在接到甲方报告后8小时内响应；其他问题在三个工作日内响应。

7.3 乙方将尽力在合理时间内解决故障，但不对故障解决时间作出承诺，也不承担因软件故障造成的停产、减产或其他损失。

## 第八条 知识产权

8.1 许可软件的著作权及其他知识产权归乙方所有。

8.2 定制开发成果（包括工艺排产规则、工序约束模型、接口程序及其源代码和文档）的知识产权归乙方所有，乙方可将其用于其他客户。甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反编译，也不得许可第三方使用。

## 第九条 数据

9.1 甲方在许可软件中录入和产生的订单、配方、产量及库存数据归甲方所有，乙方仅为履行本合同之目的使用。

9.2 乙方远程维护须经甲方授权，通过甲方提供的VPN账号进行，乙方不得复制、下载甲方生产数据。

9.3 乙方对其维护行为造成的数据泄露或损坏承担责任，发现数据安全事件应在24小时内通知甲方并协助处理。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息和商业信息负有保密义务，保密期限为合同终止后两年。

10.2 甲方不得向任何第三方披露许可软件的技术资料、报价及本合同条款。

10.3 乙方可以在其客户名单和宣传材料中使用甲方名称和商标。

## 第十一条 违约责任

11.1 因乙方原因导致上线延误的，每延误一日，乙方按合同总价款的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

11.3 任何一方不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已收取的软件许可费不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方部分或全部免除责任，但应及时通知对方并提供证明。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十四条 法律适用和争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件为乙方报价单和实施计划书，附件与本合同不一致的，以本合同为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. CHS-2026-LIC-021
P:This Software Licence and Services Agreement (the "Agreement") is made between Chinook Subsurface Software Ltd., a corporation organised under the laws of Alberta with its office at 800 Fifth Avenue SW, Calgary, Alberta, Canada (the "Vendor"), and Binhai Reservoir Engineering Co., Ltd., a company established in the People's Republic of China with its office in the Binhai New Area, Tianjin (the "Customer").
P:The Customer wishes to replace its ageing well and reservoir data management tools with the Vendor's GeoVault software, and the Vendor has agreed to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's GeoVault well data management and reservoir analytics software, version 9, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including data models for the Customer's fields, the interfaces to the Customer's production database and laboratory system, conversion scripts, report templates and their source code and documentation.
P:1.3 "Customer Data" means all well logs, core and fluid analyses, production records, seismic interpretations and other data that the Customer or its users load into, or generate with, the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the Software and the Custom Deliverables have passed the tests in Article 5.
P:1.5 "Contract Price" means the total price in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in the Customer's data centre in Tianjin for up to 150 named users and for the Customer's internal business.
P:2.2 The Vendor shall install the Software, migrate the Customer's existing well and reservoir data from its legacy systems, build the Custom Deliverables, train the Customer's staff and support the Customer through a parallel run.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,684,000, inclusive of all taxes, made up as follows: perpetual Software licence fee CNY 1,240,000; implementation, data migration and interfaces CNY 386,000; training CNY 58,000.
P:3.2 The Contract Price is fixed. It includes all travel and living expenses of the Vendor's personnel and all third-party components needed to run the Software as specified.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed in the production environment; it is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account of the Vendor's nominated collection agent in China stated on each invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and be ready for Final Acceptance testing within 150 days after signature of this Agreement, following the project plan in Annex 2.
P:5.2 Final Acceptance tests shall show that: (a) every function listed in the specification in Annex 1 works as described; (b) the migrated data reconcile with the legacy systems, with record counts identical and a sample of at least 2,000 wells checked field by field without unresolved discrepancies; (c) the interfaces to the production database and laboratory system exchange data correctly during a parallel run of 30 days; (d) typical queries return in under 3 seconds with 60 concurrent users; and (e) no Severity 1 or Severity 2 defect is open at the end of the parallel run.
P:5.3 The Customer shall carry out the tests with the Vendor's assistance and shall confirm Final Acceptance in writing or list the failures within ten working days after the tests end. The Vendor shall correct any failure and repeat the relevant tests. Installation, use of the Software in production and payment do not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that for 18 months after Final Acceptance the Software and the Custom Deliverables will perform materially in accordance with the specification and documentation. During that period the Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:6.2 The Vendor shall respond to defects as follows: Severity 1 (the Software is unavailable or data are corrupted) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function is unusable) within 2 hours, with a workaround within 24 hours; Severity 3 (other defects) within one working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 or Severity 2 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on request.
P:6.4 After the warranty period the Customer may order annual support, covering the same services, for a fee of 11% of the Software licence fee (CNY 136,400 per year). This fee is fixed for the first three years after the warranty period. Each year of support is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software. The Custom Deliverables belong to the Customer from their creation, and the Customer may use, modify, copy and license them, itself or through third parties, without restriction. The Vendor shall deliver the source code of the Custom Deliverables with Final Acceptance.
P:7.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor's personnel may access the Customer's systems only through the Customer's VPN, with multi-factor authentication and the Customer's approval for each session. The Vendor shall not copy Customer Data to its own systems and shall not transfer any Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Customer's information security policies and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall help the Customer contain and remedy it and shall be liable for the resulting losses where the Vendor or its personnel caused it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 These obligations continue for five years after this Agreement ends, and for Customer Data and trade secrets without time limit.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor is not ready for Final Acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except under Article 8.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature. The licence is perpetual and survives termination except termination by the Vendor for non-payment of the licence fee.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer under Article 12.2, the Vendor shall refund the amounts paid for services not performed and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Province of Alberta and the federal laws of Canada applicable there.
P:13.2 The parties shall try to settle any dispute by negotiation between their senior managers. A dispute not settled within 30 days shall be submitted to the exclusive jurisdiction of the courts of Alberta sitting in Calgary.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Annex 1 (Specification), Annex 2 (Project Plan) and Annex 3 (Support Terms), is the entire agreement of the parties. In a conflict, the body of this Agreement prevails over the annexes.
P:14.3 Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLINE SERVICE CLOUD

**Order Form No. FL-CN-2026-0147 (Draft for Customer review)**

This Order Form is entered into between **Fieldline Systems Inc.**, 1055 West Hastings Street, Vancouver, British Columbia, Canada ("Vendor"), and **Hangzhou Qiantang Elevator Maintenance Co., Ltd.**, Hangzhou, Zhejiang, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they conflict.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Fieldline Service Cloud, Enterprise edition: work-order management, preventive maintenance scheduling, technician dispatch, spare-parts tracking, customer portal and management dashboards, with the Mobile Offline add-on for technicians working in lift shafts and basements without signal. The Service is provided from the Vendor's Mainland China instance.

### A2. Subscription Term and Users

The Subscription Term is 24 months (two Subscription Years) starting on the Subscription Start Date, which is the date of Go-Live Acceptance under Section 4 of Part B. The subscription covers 300 named users. Named users may be reassigned when an employee leaves or changes role.

### A3. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription, Enterprise edition | 300 named users | 396,000 | 792,000 |
| Mobile Offline add-on | 300 named users | 84,000 | 168,000 |
| Onboarding: configuration, data load, ERP interface, training | one-time | — | 72,000 |
| **Total Contract Value** | | | **1,032,000** |

All fees are in CNY and include VAT. Additional named users ordered during the Subscription Term are charged pro rata at the same per-user rate.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, CNY 120,000 per quarter, starting on the Subscription Start Date.

(b) The onboarding fee is invoiced after Go-Live Acceptance.

(c) Customer pays each undisputed invoice within 30 days after receipt, by bank transfer to the Vendor's collection account in Shanghai shown on the invoice.

### A5. Hosting and Subprocessor

The Service is hosted on Alibaba Cloud, East China (Shanghai) region. Alibaba Cloud is the only approved subprocessor at signature.

### A6. Key Dates and Contacts

Target Go-Live date: 90 days after signature of this Order Form. Vendor's project manager and Customer's IT manager are named in the kick-off minutes. Notices under this Order Form go to the addresses above, with a copy by email to the contacts named in the kick-off minutes.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including updates that the Vendor makes generally available to its customers.

1.2 "Customer Data" means all data, including personal information of Customer's employees and of building owners, property managers and passengers, that Customer or its users submit to, or generate in, the Service.

1.3 "Customer Configurations" means workflows, forms, checklists, report layouts and the interface to Customer's ERP system that Vendor builds for Customer during onboarding.

### 2. Access and Use

2.1 Vendor grants Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer is responsible for its users' compliance with these General Terms and for keeping their login credentials secure.

2.3 Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product.

2.4 Customer shall provide Vendor in good time with its installed-base master list, spare-parts catalogue, ERP interface specifications and test accounts, and shall make its key users available for configuration workshops and training.

### 3. Service Availability and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for planned maintenance, which Vendor will try to schedule outside Customer's working hours and to announce in advance in the Service.

3.2 Vendor provides support by email and through its web ticket portal during Vendor's China support hours (9:00 to 18:00 Beijing time, Monday to Friday, excluding public holidays). Vendor will respond to support requests as soon as reasonably practicable, taking into account their urgency.

3.3 Vendor may modify the Service from time to time, provided that modifications do not materially reduce its overall functionality.

### 4. Onboarding and Go-Live Acceptance

4.1 Vendor shall complete onboarding, including configuration of the Customer Configurations, loading of Customer's installed base of about 18,000 lifts and escalators, the ERP interface and training of 30 key users, by the target Go-Live date in A6.

4.2 Go-Live Acceptance requires that: (a) all workflows in the agreed configuration workbook work in the test and production environments; (b) the loaded installed-base records match Customer's master list; (c) work orders and spare-parts issues pass to and from the ERP system correctly for ten consecutive working days; and (d) the Mobile Offline add-on synchronises correctly after reconnection in the field test. Customer shall confirm Go-Live Acceptance in writing, or list the failures, within ten working days after Vendor reports readiness.

4.3 If Go-Live Acceptance is delayed beyond the target Go-Live date for reasons attributable to Vendor, Vendor shall pay Customer CNY 800 for each day of delay, up to CNY 72,000.

### 5. Customer Data and Security

5.1 As between the parties, Customer owns all Customer Data. Vendor shall process Customer Data only to provide the Service and support to Customer and for no other purpose.

5.2 Vendor shall store Customer Data only in the Mainland China region stated in A5, keep the Service's MLPS level-3 filing valid, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log administrative access and keep the logs for at least six months.

5.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

5.4 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it and compensate Customer for losses caused by a breach of this Section 5.

5.5 Within 30 days after the end of the Subscription Term, Vendor shall make all Customer Data available for export in a standard format and then delete it, and confirm deletion in writing.

### 6. Intellectual Property

6.1 Vendor retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have third parties use or modify them for Customer without restriction, including after the Subscription Term.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only to perform or receive the Service, and disclose it only to employees and contractors who need to know it and are bound by similar duties. These duties continue for three years after the Subscription Term ends.

### 8. Subcontracting

Vendor may not subcontract the performance of the Service or onboarding, or appoint a new subprocessor, without Customer's prior written consent. Vendor remains responsible for the acts of its approved subcontractors and subprocessors.

### 9. Limitation of Liability

9.1 Neither party is liable for lost profits or for indirect or consequential damages.

9.2 Vendor's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer to Vendor in the six months immediately preceding the event giving rise to the claim.

### 10. Term, Renewal and Termination

10.1 The Order Form runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice of the breach. If Customer terminates under this Section, Vendor shall refund any prepaid fees for the remainder of the Subscription Term.

10.3 Sections 5, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, government action or failures of public networks.

12.2 This Order Form is the entire agreement of the parties about its subject and replaces earlier proposals. Changes must be in writing signed by both parties.

12.3 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its entire business that assumes all of its obligations.

12.4 This Order Form is signed in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

**Customer:** ____________________  **Vendor:** ____________________
"""

E03 = """T:Supply and Licence Contract — Grain Storage Condition Monitoring System
P:Contract No. SJ-GR-2026-009 (Buyer's standard form, draft)
P:Buyer: Sanjiang Grain Storage Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Prairie Bin Sensing Ltd., 1900 Albert Street, Regina, Saskatchewan, Canada (the "Supplier").
P:The Buyer operates 48 grain storage sites with silos and flat warehouses. To detect heating, moisture migration and insect activity early, it has selected the Supplier, after a competitive tender, to supply and install a wireless grain condition monitoring system with its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, wireless gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's BinWatch monitoring software, in object code, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed and configured at the Sites, together with the Custom Work.
P:1.4 "Sites" means the Buyer's 48 storage sites listed in Annex 1.
P:1.5 "Custom Work" means the site dashboards, alarm rules for the Buyer's grain types and the interface to the Buyer's warehouse management system, built by the Supplier for this Contract.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System at all Sites, build the Custom Work, train the Buyer's staff and provide warranty service.
P:2.2 The Supplier shall deliver the Equipment to the Sites DDP, with all import formalities completed by the Supplier or its importer of record.
P:2.3 The Buyer shall provide access to the Sites, power at each gateway location where available, network connection to its servers and the technical data of its silos and warehouses. Each Site shall name a contact person for the Supplier's installation crews.
P:2.4 Training shall cover at least two staff members from each Site and six staff members at head office, and shall include daily monitoring, alarm handling, sensor cable replacement and basic gateway troubleshooting. The Supplier shall provide training materials in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,050,000, inclusive of VAT, duties and delivery to the Sites, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cables with mounting kits|1,680|620|1,041,600
TB:2|Wireless gateways with solar power units|48|6,800|326,400
TB:3|BinWatch monitoring software, perpetual licence, 48 Sites|1|412,000|412,000
TB:|Equipment and Licence Subtotal|||1,780,000
TB:4|Installation, commissioning and Custom Work|1|236,000|236,000
TB:5|Training of site and head-office staff|1|34,000|34,000
TB:|Contract Price|||2,050,000
P:3.2 The Contract Price is fixed and includes all travel, tools, spare parts for the warranty period and third-party components.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within 20 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Delivery payment: 55% of the Contract Price after the Equipment for all Sites has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price after Final Acceptance under clause 6.
P:4.4 Each payment is due within 30 days after the Buyer receives a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to all Sites within 75 days and complete installation within 120 days after signature. Installation shall be scheduled with each Site so that it does not interfere with grain intake or outloading.
P:5.2 The Supplier's staff shall follow the Buyer's site safety rules, including rules for work at height and entry into silos.
P:5.3 With installation the Supplier shall hand over, for each Site, a layout drawing showing the position of every sensor cable and gateway, the configuration records and the commissioning report, in Chinese, in paper and electronic form.
H:6. Acceptance
P:6.1 After installation the System shall run for a trial period of 45 days. Final Acceptance requires that during the trial: (a) every sensor point reports at the configured interval and no Site loses contact for more than two consecutive reporting intervals; (b) sensor temperature readings agree with the Buyer's calibrated reference thermometers within ±0.5 °C at the sample points chosen by the Buyer; (c) alarms for heating, moisture and gateway faults reach the Buyer's duty staff within 5 minutes in tests; (d) the interface transfers silo status and alarms to the warehouse management system correctly; and (e) no Severity 1 fault remains open.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after a successful trial, or state the failures in writing. Installation, the start of the trial or use of the System does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:7.2 Faults shall be handled as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Software or server down, or a whole Site offline|30 minutes|8 hours (remote) or 48 hours (on site)
TB:Severity 2|A gateway or several sensor cables offline|2 hours|72 hours
TB:Severity 3|Single sensor point or minor defect|1 working day|Next scheduled visit
P:7.3 For each hour by which the Supplier misses a Severity 1 or Severity 2 response or restoration time, the Supplier shall pay the Buyer CNY 1,200.
P:7.4 After the warranty period, the Supplier shall offer annual support at 6% of the Equipment and Licence Subtotal (CNY 106,800 per year), fixed for two years. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before any model is discontinued, with a compatible replacement.
H:8. Intellectual Property
P:8.1 The Supplier keeps all rights in the Software and grants the Buyer a perpetual, non-exclusive licence to use it at the Sites and at head office.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source code and documentation with Final Acceptance, and the Buyer may use, modify and license it freely.
H:9. Data Security
P:9.1 All sensor readings, alarms, silo inventories and other data collected or generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN; the Supplier shall not copy Buyer data outside the Buyer's systems or transfer it outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within 12 hours after discovering any data security incident affecting the System, assist in remedying it, and compensate the Buyer for losses it causes.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's storage volumes and site layouts, and shall not disclose it to third parties without prior written consent. This duty lasts for five years after the Contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation crews engaged through a subcontractor approved in writing remain the Supplier's responsibility.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:13.2 On such termination, the Supplier shall refund payments for Equipment and services not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:15. Miscellaneous
P:15.1 Force majeure excuses a party's delay only while it lasts and only if promptly notified.
P:15.2 This Contract is made in Chinese and English; both texts are equally authentic. Annex 1 (Sites), Annex 2 (Technical Specification) and Annex 3 (Installation Plan) form part of this Contract.
P:15.3 Notices shall be in writing and sent to the addresses above or to an address later notified in writing. Amendments to this Contract are valid only if signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Draft 2 — for discussion — Agreement No. RRM-LY-2026-04**

**Between:** Red River Managed Services Ltd., 201 Portage Avenue, Winnipeg, Manitoba, Canada ("Provider")

**And:** Luoyang Heyuan Agricultural Machinery Co., Ltd., Luoyang, Henan Province, People's Republic of China ("Customer")

**Background:** Customer manufactures tractors and harvesters at three plants in Luoyang and sells them through regional offices. It wishes to outsource the day-to-day operation of its IT infrastructure and end-user support to Provider for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered at the Sites listed in Schedule 3 and remotely.

1.2 "Service Levels" means the performance standards in Schedule 2.

1.3 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

1.4 "Customer Data" means all data of Customer, its employees, dealers and customers that Provider accesses, receives or processes in performing the Services.

1.5 "Runbooks" means the operating procedures, scripts and configuration records that Provider prepares for Customer's environment.

## 2. Term

2.1 This Agreement begins on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement does not renew automatically. Any extension shall be agreed in writing by both parties, at least 90 days before the end of the term, on terms then agreed.

## 3. Services

3.1 Provider shall perform the Services in accordance with this Agreement, good industry practice and Customer's IT policies notified to Provider.

3.2 Provider shall assign a named service delivery manager and keep the on-site team described in Schedule 1. Provider shall not replace the service delivery manager without Customer's prior written approval, which Customer shall not unreasonably withhold.

3.3 Provider shall use Customer's IT service management tool to record all incidents, requests and changes. All changes to production systems shall follow Customer's change approval process.

3.4 The parties shall hold a monthly service review, attended by Provider's service delivery manager and Customer's IT manager, to discuss the service report, open problems, planned changes and improvement proposals. Each quarter the parties shall review the Service Levels, the asset inventory and the forecast of demand for the next quarter.

## 4. Transition

4.1 Provider shall take over the Services from Customer's internal team and the previous provider in accordance with the transition milestones in Schedule 3.

4.2 Transition Acceptance requires that: (a) all items in the transition checklist are complete, including the asset inventory, monitoring of every server and network device in scope and documented Runbooks; (b) Provider has operated the service desk in parallel with Customer's team for 20 working days, meeting the Service Levels for response; and (c) a failover test of the core network and a restore test of the ERP backup have succeeded. Customer shall confirm Transition Acceptance in writing, or list the items not met, within ten working days after Provider reports readiness.

4.3 If a transition milestone is missed, Provider shall add resources at its own cost and deliver a recovery plan within five working days.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1: a one-time transition charge of CNY 134,000 and a Monthly Service Charge of CNY 68,500 for 36 months. The total contract value is CNY 2,600,000, inclusive of VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for part months.

5.3 Customer shall pay each undisputed invoice within 30 days after receipt. The charges are fixed for the term; changes in scope are priced through the change procedure in Section 12.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly, with root-cause analysis for every Priority 1 incident.

6.2 If a Service Level is missed in a month, Provider shall credit Customer the amount stated in Schedule 2. Service credits are deducted from the next invoice and are capped at 20% of the Monthly Service Charge per month.

6.3 If the same Service Level is missed in three consecutive months, Customer may require Provider to carry out a remediation plan at Provider's cost.

## 7. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including Customer's product designs, pricing and dealer information, and shall use it only for this Agreement.

8.2 Either party may disclose confidential information to its employees and professional advisers who need to know it, and as required by law. These obligations continue for five years after the Agreement ends.

## 9. Intellectual Property

9.1 Runbooks, reports and configuration records prepared by Provider for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

9.2 Provider's own monitoring tools remain Provider's property and are licensed to Customer for the term without additional charge.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Personnel and Subcontracting

11.1 Provider's personnel working at the Sites shall follow Customer's site safety and security rules.

11.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and is responsible for any approved subcontractor as for itself.

## 12. Changes

Either party may propose a change in scope. Provider shall respond with the impact on charges, Service Levels and timing within ten working days. No change is binding until signed by both parties.

## 13. Termination and Exit

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider misses the same Priority 1 Service Level in four months out of any six.

13.2 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1, hand over all Runbooks and Customer Data and cooperate with any successor provider.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## 15. General

15.1 Force majeure suspends the affected obligations for as long as it lasts, provided the affected party notifies the other promptly.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English and Chinese; both texts are equally authentic. Notices shall be given in writing to the addresses above.

## Schedule 1 — Services and Charges

| Service | Scope | Monthly charge (CNY) |
|---|---|---|
| Service desk | Chinese-language desk, 7:30–20:00 on plant working days, remote support | 18,200 |
| End-user support | about 1,150 PCs, laptops and printers; on-site team of four engineers at the plants | 24,600 |
| Server and storage operations | 86 virtual servers, 2 storage arrays, backup | 14,300 |
| Network operations | core, plant and office networks, Wi-Fi, firewalls at 3 plants and 9 offices | 11,400 |
| **Monthly Service Charge** | | **68,500** |
| Transition (one-time) | per Section 4 and Schedule 3 | 134,000 |
| Exit assistance | per engineer-day, on request | 2,400 per day |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network and ERP servers, per month | 99.95% | CNY 3,000 per 0.01 percentage point below target |
| Priority 1 incident (plant production stopped or ERP down): response | 15 minutes | CNY 2,000 per incident |
| Priority 1 incident: restoration | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident: response / restoration | 30 minutes / 8 hours | CNY 600 per incident |
| Service desk: average speed of answer, per month | 60 seconds or less | CNY 2,000 per month |

## Schedule 3 — Sites and Transition Milestones

| Milestone | Content | Due (days after signature) |
|---|---|---|
| M1 | Knowledge transfer from Customer's team and the previous provider | 30 |
| M2 | Asset inventory, monitoring deployed, Runbooks drafted | 50 |
| M3 | Parallel running of the service desk | 70 |
| M4 | Failover and restore tests; Transition Acceptance | 80 |

Sites: Plant 1 (Jianxi District), Plant 2 (Luolong District), Plant 3 (Yichuan County) and nine regional sales offices listed in the transition checklist.

**For Customer:** ____________________ **For Provider:** ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
ICING AND COLD-CLIMATE FORECAST API

Agreement No. NLA-CN-2026-005 (Draft)

PARTIES

Northern Lights Atmospheric Data Inc., 2130 Second Avenue, Whitehorse, Yukon, Canada ("Provider").

Xilin Grassland Wind Power Co., Ltd., Xilinhot, Inner Mongolia Autonomous Region, People's Republic of China ("Customer").

BACKGROUND

Customer operates six wind farms with 412 turbines in Inner Mongolia, where rime and glaze icing on blades causes production losses and safety risks every winter. Provider produces high-resolution icing, temperature and wind forecasts for cold regions. Customer wishes to receive Provider's forecasts through an application programming interface ("API") and feed them into its turbine control and dispatch systems.

1. DEFINITIONS

1.1 "Data Products" means the forecasts, nowcasts, alerts and historical reanalysis data described in Clause 2, delivered through the API.

1.2 "Subscription Term" means two Subscription Years. The first Subscription Year starts on the date of Integration Acceptance; the second starts on its first anniversary.

1.3 "Customer Site Data" means turbine SCADA data, met mast measurements, icing sensor readings and production data that Customer supplies to Provider for calibrating the Data Products.

1.4 "Site Models" means the icing model parameters and calibration results that Provider derives specifically for Customer's wind farms.

2. DATA PRODUCTS

2.1 Provider shall deliver, for each of Customer's six wind farms: hourly icing-risk forecasts at hub height for the next 72 hours, updated every six hours; 15-minute nowcasts of temperature, humidity and wind for the next six hours; icing onset and ice-shedding alerts; and a monthly verification report comparing forecasts with measured conditions.

2.2 Customer may use the Data Products for its own operations, including turbine control, production forecasting submitted to the grid dispatcher, maintenance planning and safety decisions. Customer shall not resell the Data Products.

2.4 Data Products are delivered in JSON over HTTPS, with timestamps in Beijing time and units agreed in the interface specification. Provider shall give Customer at least 60 days' notice of any change to the API that is not backwards compatible and shall keep the previous version running during that period.

2.3 The subscription includes up to 20 million API calls per Subscription Year. Additional calls are charged at CNY 0.004 per call and invoiced quarterly in arrears.

3. INTEGRATION

3.1 Provider shall deliver the API interface specification, test credentials and sample data within 15 days after signature, help Customer connect its systems and calibrate the Site Models using at least two winters of Customer Site Data.

3.2 Integration Acceptance requires that: (a) the API delivers all Data Products for all six wind farms for 14 consecutive days without missed updates; (b) data formats match the agreed specification; (c) the Site Models reproduce the icing events of the previous winter, as recorded by Customer's icing sensors, with the hit rate stated in the technical proposal; and (d) Customer's control and dispatch systems receive and process the data correctly. Customer shall confirm Integration Acceptance in writing, or list the failures, within seven working days after Provider reports readiness.

3.4 Customer shall supply the Customer Site Data for calibration within 20 days after signature, provide network access for the API connection and name a technical contact. Delays caused by late or incomplete Customer Site Data extend Provider's dates accordingly.

3.3 If Integration Acceptance is not reached within 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 58,000.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription Fee: CNY 486,000 per Subscription Year, CNY 972,000 for the Subscription Term;
(b) Integration and calibration fee: CNY 58,000, one-time.
The total fees for the Subscription Term are CNY 1,030,000, inclusive of VAT, excluding any additional API calls under Clause 2.3.

4.2 The Subscription Fee is invoiced quarterly in advance, CNY 121,500 per quarter, starting on the date of Integration Acceptance. The integration and calibration fee is invoiced after Integration Acceptance.

4.3 Customer shall pay each invoice within 30 days after receipt. The fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and performed outside the icing season where possible.

5.2 Priority 1 incidents (the API is unavailable, or forecasts for any wind farm are not updated for more than one cycle) shall be responded to within 1 hour and resolved within 6 hours. Priority 2 incidents (degraded data or a single Data Product missing) shall be responded to within 3 hours and resolved within one working day.

5.3 If monthly availability falls below the level in Clause 5.1, Provider shall credit Customer 5% of the monthly Subscription Fee for each full 0.1 percentage point of shortfall, up to 25% of the monthly Subscription Fee. For each hour by which a Priority 1 resolution time is exceeded, Provider shall credit a further CNY 1,000.

5.4 Provider shall report availability, incidents and forecast verification monthly.

5.5 Provider shall run a duty forecaster service around the clock from 1 October to 30 April each Subscription Year, reachable by telephone and by the support portal, and during business hours for the rest of the year. Before each winter Provider shall review the Site Models with Customer's operations team and adjust the alert thresholds that Customer requests.

6. DATA, SECURITY AND HOSTING

6.1 Customer Site Data belongs to Customer. Provider shall use it only to calibrate and produce the Data Products for Customer and for no other purpose, and shall delete it within 30 days after the Subscription Term ends.

6.2 Provider serves Customer from its Mainland China environment hosted on Tencent Cloud in the Beijing region. Customer Site Data shall not leave the People's Republic of China. Provider shall encrypt Customer Site Data in transit and at rest, restrict access to named staff, keep access logs for at least six months and comply with the Data Security Law and the Cybersecurity Law of the People's Republic of China.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Site Data, take measures to contain it and compensate Customer for resulting losses caused by Provider.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in its forecasting models, software and the Data Products, and grants Customer a licence to use the Data Products as set out in Clause 2.2, which continues for data received during the Subscription Term.

7.2 The Site Models belong to Customer. Provider shall deliver them to Customer at the end of the Subscription Term in a documented format, and Customer may use them and have third parties use them without restriction.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer Site Data, production figures and Provider's model documentation, and shall not disclose it to any third party without prior written consent, except to its advisers bound by confidentiality or as required by law. This obligation continues for three years after the Subscription Term ends.

9. SUBCONTRACTING

Provider shall not subcontract any of its obligations without Customer's prior written consent. Customer approves Tencent Cloud as hosting provider. Provider remains responsible for its subcontractors.

10. LIABILITY

10.1 Forecasts are probabilistic, and Provider does not warrant that any forecast will be accurate. Provider warrants that the Data Products will be produced with reasonable skill and care using the calibrated Site Models.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of Clauses 6 and 8, fraud and wilful misconduct.

11. TERM

11.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically; a further subscription requires a new written agreement.

11.2 The subscription is non-cancellable. Customer may not terminate this Agreement before the end of the Subscription Term, and Customer's remedies for any failure of the Data Products or the API are the service credits under Clause 5.3 and claims for damages under Clause 10.

11.3 Provider may suspend access to the API if an undisputed invoice remains unpaid 30 days after written reminder, and shall restore access promptly after payment.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 This Agreement is made in English. Notices shall be in writing to the addresses above. Amendments must be signed by both parties.

13.3 Neither party may assign this Agreement without the other party's prior written consent. This Agreement, with the interface specification and Provider's technical proposal, is the entire agreement of the parties; where they conflict, this Agreement prevails.

For Customer: ____________________    For Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h603z01_weather_bureau_agro_meteorology_platform.pdf", Z01),
    "z02": ("h603z02_steel_pipe_furnace_control_retrofit.docx", Z02),
    "z03": ("h603z03_pet_hospital_chain_records_saas.txt", Z03),
    "z04": ("h603z04_education_bureau_student_registry_om.txt", Z04),
    "z05": ("h603z05_rice_noodle_plant_aps_supplier_template.md", Z05),
    "e01": ("h603e01_calgary_reservoir_data_software_licence.pdf", E01),
    "e02": ("h603e02_vancouver_field_service_saas_order_form.md", E02),
    "e03": ("h603e03_regina_grain_bin_monitoring_supply.docx", E03),
    "e04": ("h603e04_winnipeg_managed_it_services_36_months.md", E04),
    "e05": ("h603e05_whitehorse_icing_forecast_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# (language, category, terms in TERM_KEYS order, extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#  acceptance_deemed_on_delivery, contract_value; forum outside mainland China; design rules; design risk)
LABELS = {
    "z01": ("zh", "software",
            [99.5, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 8, False, True, False,
             "PRC", G], (True, True, True, False, 1676000), False,
            ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], "medium"),
    "z02": ("zh", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 7, False, True, True,
             "PRC", G], (True, True, True, False, 1660000), False,
            ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium"),
    "z03": ("zh", "cloud",
            [99.95, 0.25, True, "buyer", True, False, True, 900 / 1050000 * 100, 150, None, True, None, None, None,
             True, True, False, "PRC", S], (True, True, None, False, 1050000), False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], "medium"),
    "z04": ("zh", "services",
            [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
             False, "PRC", S], (True, True, None, False, 508000), False,
            [], "low"),
    "z05": ("zh", "software",
            [None, 8, False, "supplier", True, True, True, 0.02, None, 60, False, False, 6, 25, False, True, None,
             "PRC", G], (True, True, True, True, 1600000), False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "e01": ("en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
             "Alberta", G], (True, True, True, False, 1684000), True,
            ["CR-GOVERNING-LAW"], "low"),
    "e02": ("en", "cloud",
            [None, None, False, "buyer", True, True, True, 800 / 1032000 * 100, 6 / 24 * 100, None, True, None,
             None, None, False, True, False, "PRC", S], (False, True, None, False, 1032000), False,
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
    "e03": ("en", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
             "PRC", G], (True, True, True, False, 2050000), False,
            [], "low"),
    "e04": ("en", "services",
            [99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True,
             False, "PRC", S], (True, False, None, False, 2600000), False,
            ["CR-DATA-SECURITY", "CR-LD-MISSING"], "high"),
    "e05": ("en", "cloud",
            [99.5, 1, True, "buyer", True, True, True, 700 / 1030000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S], (True, True, None, False, 1030000), False,
            ["CR-SLA-AVAILABILITY", "CR-TERMINATION"], "medium"),
}

# TCO inputs for goods/licence drafts: fee base (itemised licence / hardware subtotal) and post-warranty annual fee
TCO_INPUT = {"z01": (860000, 68800), "z02": (1382000, 96740), "z05": (1200000, 300000),
             "e01": (1240000, 136400), "e03": (1780000, 106800)}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (section 3 defaults)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share": 40}


def tco_share(key, t, value):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = TCO_INPUT[key]
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, key
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (value + post) * 100


def derive_rules(key, t, x, forum_outside):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# threshold figures that no built text may state (regex, self-tested below)
CN_DIG = "一二三四五六七八九零〇点"
PATTERNS = [
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent)", "百分之三十(?![" + CN_DIG + "])",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent)", "(?<![" + CN_DIG + "])百分之十五(?![" + CN_DIG + "])",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent)", "百分之四十(?![" + CN_DIG + "])",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent)", "百分之百", "百分之一百(?![" + CN_DIG + "十])",
    r"(?<![\d.,])99\.90*(?!\d)", "百分之九十九点九(?![" + CN_DIG + "])",
    r"(?<![\d.,])0?\.050*(?!\d)", "万分之五(?![" + CN_DIG + "十])", "千分之零点五", "千分之0\.5",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", "(?<![十" + CN_DIG + "])四个?小时",
    r"(?i)(?<!twenty)(?<!twenty-)(?<!twenty )four\s*(?:-\s*)?hours?",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", "(?<![" + CN_DIG + "])十二个月", r"(?i)twelve\s*(?:-\s*)?months?",
]
MUST_HIT = ["预付款为合同总价的30%", "30 per cent", "百分之三十", "15 %", "百分之十五", "40%", "百分之四十", "100%",
            "百分之百", "99.9%", "99.90", "0.05%", "万分之五", "千分之零点五", "4小时", "4 hours", "4-hour", "four hours",
            "Four-hour", "四小时", "12个月", "十二个月", "12 months", "12-month", "twelve months"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "twenty four hours", "99.95%", "99.5%", "0.08%",
             "130%", "2.30%", "115%", "35%", "150%", "1.5%", "2026年12月", "万分之五十", "百分之三十五", "14 hours",
             "112 months", "1,030,000", "0.005", "百分之十五点五", "三十日", "30 days", "12 hours", "1,200 4"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text)]


def readback(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("regex hits", s, hits(s))

    sources = {k: v[1] for k, v in TARGETS.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (TARGETS[k][0], TARGETS[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, src) in TARGETS.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, report = set(), []
    for k, (name, _src) in TARGETS.items():
        lang, cat, vals, ext, forum_outside, design, design_risk = LABELS[k]
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": ext[0], "ld_stated": ext[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = ext[2]
        else:
            assert ext[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = ext[3]
        x["contract_value"] = ext[4]
        # no label value on a threshold
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            assert t[key] is None or abs(t[key] - TH[key]) > 1e-9, (k, key)
        share = tco_share(k, t, x["contract_value"])
        assert share is None or abs(share - TH["tco_share"]) > 2, (k, share)
        rules = derive_rules(k, t, x, forum_outside)
        assert rules == sorted(design), (k, rules, design)
        assert risk_of(rules) == design_risk, (k, risk_of(rules), design_risk)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        # read back, lengths, threshold scan
        text = readback(OUT / name)
        collapsed = re.sub(r"\s+", " ", text)
        nows = re.sub(r"\s+", "", text)
        found = hits(text) + hits(collapsed) + hits(nows)
        assert not found, (k, found)
        if lang == "zh":
            n = len(text)
            assert 2750 <= n <= 3000, (k, n)
            size = "%d chars (%d non-whitespace)" % (n, len(nows))
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            size = "%d words" % n
        report.append((name, size, rules, risk_of(rules), None if share is None else round(share, 2)))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    counts = [len(r[2]) for r in report]
    assert counts.count(0) == 2 and LABELS["e01"][5] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["z05"][5]) <= 10
    assert sorted(c for c in counts if 2 <= c <= 3).__len__() == 6
    for r in report:
        print(r)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
