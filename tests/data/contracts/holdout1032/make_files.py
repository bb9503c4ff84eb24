"""holdout1032: ten blind held-out draft contracts with their labels.

Builds every contract file from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes
the .json labels, and asserts: text lengths as read back, no threshold value in any label, no threshold figure in any
text (raw, whitespace-collapsed and whitespace-free), the rules derived from the labels equal the design list, and
all 20 CR rules fire at least once. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:河道采砂监管平台建设项目合同
P:合同编号：SLJ-CG-2026-0417
P:采购人（甲方）：东澜市水利局
P:供应商（乙方）：青岚数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就东澜市河道采砂监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及其澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供河道采砂监管平台软件（含采砂船舶定位、电子采运单、砂场称重联网、视频监控接入等功能模块）的永久使用许可，许可范围为甲方及其下属河道管理站，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：采区电子围栏与越界告警、采砂总量动态核减、砂石来源追溯二维码、执法巡查移动端、与省级河长制平台及市公安视频平台的数据接口。
P:1.3 乙方负责系统部署、历史许可数据导入、联调测试及用户培训，并提交全部技术文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），为固定总价，包括：平台软件许可费¥860,000；定制开发费¥540,000；实施及数据对接费¥126,000；培训费¥24,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，计¥310,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，计¥697,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥542,500。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订前以银行保函形式向甲方提交合同总价5%的履约保证金（¥77,500）。履约保证金在质保期满且乙方无违约情形时无息退还；乙方违约的，甲方有权从中扣除相应款项。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成部署及定制开发并提请初步验收。
P:4.2 乙方应指定项目经理常驻现场，未经甲方同意不得更换。项目实施期间乙方每周提交进度报告，每月参加甲方组织的项目例会，如实报告进度、问题及风险。
P:4.3 甲方负责提供机房环境、政务云资源、网络接入及现有业务数据，协调省级河长制平台及公安部门配合接口联调。因甲方原因导致工期延误的，交付期限相应顺延。
P:4.4 乙方应对甲方系统管理员及各河道管理站业务人员进行不少于六个班次的操作培训，培训教材及考核记录交甲方存档。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；接口与省级河长制平台、市公安视频平台连续七日数据交换无差错；平台在三百个并发用户下页面响应时间不超过3秒；通过第三方软件测评机构的功能、性能及安全测试。
P:5.2 初步验收合格后系统试运行九十日，试运行期间未发生一级故障且二级故障均在规定时限内修复的，乙方可提请最终验收。最终验收由甲方组织专家按上述标准及试运行记录进行，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或定位、告警功能失效）30分钟内响应、2小时内到场；二级故障2小时内响应、次日修复；三级故障在下一个工作日内处理。
P:6.3 月度可用率每低于约定值0.01个百分点，扣减当期维保费用或履约保证金¥1,000；一级故障每超时一小时，扣款¥800。
H:第七条 质保及维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复及现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥68,800，且质保期满后三年内不得上调。维护服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的著作权属于乙方，乙方保证其享有完整的授权且不侵犯任何第三方权利。
P:8.2 本合同定制开发的全部成果，包括源代码、接口程序、数据库设计及技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交源代码。
H:第九条 数据安全
P:9.1 平台运行中产生和汇集的全部数据，包括采砂许可、船舶轨迹、称重记录和视频资料，均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，全程审计。
P:9.3 乙方参与本项目的人员应签署安全承诺书，离场时交回全部账号权限；乙方不得在甲方网络内安装与本项目无关的软件，不得将数据拷贝至移动介质或境外存储。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对履行合同过程中知悉的甲方工作秘密、执法信息及其他非公开资料负有保密义务，未经甲方书面许可不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，赔偿甲方由此遭受的损失。
P:11.3 乙方保证所交付的软件及定制成果不侵犯第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担全部费用。
P:11.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方可协商延期履行或变更合同。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:13.2 乙方逾期交付超过六十日，或最终验收两次不合格的，甲方有权书面通知解除合同，乙方应退还甲方已付款项并赔偿损失。
P:13.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及甲方数据，并协助甲方完成工作交接。
H:第十四条 争议解决
P:本合同的订立、履行和解释适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同附件包括：功能需求清单、接口规范、验收测试方案及报价明细表。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东澜市水利局　　　　乙方（盖章）：青岚数智科技有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：MY-SB-2026-088
P:甲方（买方）：洁齿派电器（东莞）有限公司
P:乙方（卖方）：华沣自动化工程有限公司
P:甲方为提升电动牙线器装配线及冲牙器灌装测试线的自动化水平，委托乙方对其三号厂房六条生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的设计、供货、安装、编程、调试及培训，包括更换原有继电器控制柜为PLC控制柜，升级伺服驱动系统，加装视觉检测单元，并部署MES数据采集软件，实现工单下发、产量统计、设备状态监控及不良品追溯。
P:1.2 改造须在甲方不停产或分线轮换停产的条件下进行，每条线停机改造时间不超过七日，具体排期由双方在开工前书面确认。
P:1.3 设备及软件的规格、品牌和数量以下表及附件一《技术规格书》为准。
H:第二条 合同价格
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含编程软件授权）|6套|528,000
TB:2|伺服驱动器及伺服电机|48轴|342,000
TB:3|视觉检测单元（相机、光源、工控机）|4套|276,000
TB:4|HMI触摸屏|6台|54,000
TB:5|MES数据采集软件许可（永久）|1套|236,000
TB:|设备及软件小计||1,436,000
TB:6|安装调试及改造施工|1项|188,000
TB:7|控制程序编制及联调|1项|96,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,740,000
P:合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税、含运输及保险费用。除双方书面确认的变更外，合同总价不作调整。
H:第三条 付款
P:3.1 合同生效后七个工作日内，甲方支付合同总价的25%作为预付款，计¥435,000。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的50%，计¥870,000。到货签收及安装完成仅表明数量和外观无误，不构成质量验收。
P:3.3 系统最终验收合格后，甲方支付合同总价的25%，计¥435,000。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方在收到合格发票及相应证明文件后二十个工作日内付款。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方指定地点，并在到货后六十日内完成六条线的改造调试。
P:4.2 乙方施工人员应遵守甲方厂区安全、防静电及洁净车间管理规定，动火、登高及带电作业须事先办理作业许可。
P:4.3 改造期间造成甲方设备、模具或产品损坏的，由乙方负责修复或赔偿。
P:4.4 甲方负责提供施工所需的电源、压缩空气、临时堆放场地及生产线停机窗口，并指定设备部负责人协调现场事宜。因甲方未按排期提供停机窗口导致工期延误的，交付期限相应顺延。
P:4.5 乙方应在改造前提交详细施工方案、切换方案及回退预案，经甲方书面确认后实施。每条线切换完成后，乙方应保留原控制柜至该线通过单线测试，以便必要时恢复生产。
P:4.6 乙方应为甲方设备维护人员提供不少于三期的现场培训，内容包括PLC程序结构、伺服参数调整、视觉检测标定及MES日常维护，并提交培训教材、电气图纸、接线表和备件清单。
H:第五条 验收
P:5.1 每条线调试完成后进行单线测试，连续生产七十二小时，节拍达到每分钟四十二件，视觉检测漏检率不高于0.2%，误判率不高于1%，MES产量数据与实际入库数据一致。
P:5.2 六条线全部通过单线测试后进入三十日试运行，试运行期间无因控制系统引起的停线超过两小时的故障，甲方出具书面最终验收报告。
P:5.3 设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因产生的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 故障响应：一级故障（整线停机）1小时内远程响应，8小时内到达现场；二级故障（单工位失效）2小时内响应，次日到场；三级故障于两个工作日内处理。
P:6.3 乙方到场或修复超过上述时限的，每超时一小时，甲方可扣除¥500，在质量保证金或维保费中抵扣。
P:6.4 质保期满后，乙方提供年度维保服务，维保年费按设备及软件小计的7%计取，即每年¥100,520，质保期满后三年内保持不变。维保范围包括定期巡检、备件更换（易损件除外）、程序优化及上述时限内的故障处理。
P:6.5 质保期内乙方每季度对六条线进行一次预防性巡检，检查控制柜散热、接线紧固、伺服报警记录及视觉光源衰减情况，并提交巡检报告。乙方应在东莞市内储备PLC模块、伺服驱动器及工业相机等关键备件，确保一级故障时可当日更换。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC控制程序、HMI画面、视觉检测算法参数及MES配置文件，包括源程序，其知识产权归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改和使用。
P:7.2 PLC编程软件及MES软件本身的著作权归原厂所有，甲方获得永久使用许可。
H:第八条 数据与网络安全
P:8.1 MES系统采集的生产数据、工艺参数和质量记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方IT部门书面批准，通过甲方提供的VPN和堡垒机登录，操作留痕。乙方应确保所交付软件无已知高危漏洞，不得设置后门。
P:8.3 因乙方原因导致数据泄露或生产网络遭受攻击的，乙方应立即通知甲方并配合处置，赔偿甲方全部损失。
H:第九条 保密
P:乙方对甲方的产品结构、工艺参数、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期至该信息公开之日止。乙方应要求其参与本项目的人员及分包方人员遵守同等保密义务，并对其违反行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 因乙方原因造成甲方停产损失的，乙方应赔偿甲方的直接损失。
P:10.4 乙方交付的设备存在质量问题的，甲方有权要求乙方在七日内免费更换；更换后仍不合格的，甲方可退货并要求乙方退还相应货款。
P:10.5 因地震、火灾、疫情等不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，双方协商顺延履行期限。
H:第十一条 分包
P:乙方可将电气安装、线槽敷设等辅助施工分包给具备相应资质的第三方，但应提前三个工作日书面通知甲方。乙方对分包方的工作质量及安全承担全部责任。
H:第十二条 合同解除
P:乙方逾期交货超过三十日，或设备经两次整改仍验收不合格，或有其他严重违约行为经书面催告后十日内未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交东莞仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术规格书》、附件二《改造排期表》为本合同不可分割的部分。
P:甲方（盖章）：洁齿派电器（东莞）有限公司　　　　乙方（盖章）：华沣自动化工程有限公司
"""

Z03 = """跳水培训门店预约及会员管理系统软件服务合同

合同编号：LS-SAAS-2026-1109
甲方：浪尖跳水体育发展（上海）有限公司
乙方：约课云信息技术（杭州）有限公司

甲方在全国经营三十五家跳水及水上运动培训门店，现采购乙方“约课云”预约及会员管理系统的软件即服务（SaaS），并由乙方完成系统实施。双方依据《中华人民共和国民法典》，协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方三十五家门店提供以下功能：课程排期与教练排班、学员在线预约及候补、会员卡及课时包管理、体测与考级记录、家长端小程序、收银对账及经营报表。
（二）实施服务包括：
1. 门店、教练、课程体系及价格体系的配置；
2. 甲方现有会员档案、剩余课时及储值余额的迁移与核对；
3. 小程序品牌页面配置，与甲方支付账户及财务软件的对接；
4. 门店店长及前台人员培训，每店不少于一次。
（三）乙方提供7×24小时在线客服及工作日远程技术支持，并在服务期内免费提供系统的功能更新。
（四）服务期为两个服务年度，首个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。

二、费用及支付
（一）订阅费按门店计收，每店每个服务年度人民币6,400元，三十五家门店每个服务年度合计224,000元，两个服务年度合计448,000元。
（二）实施费62,000元，数据迁移费18,000元，均为一次性费用。
（三）本合同总价为人民币528,000元（含税）。
（四）付款安排：
1. 实施费及数据迁移费在上线验收合格后十个工作日内支付；
2. 每个服务年度的订阅费分两期支付，每期112,000元，分别于该服务年度开始后十日内及第七个月开始后十日内支付。
（五）服务期内甲方新增门店的，按每店每个服务年度6,400元按剩余天数折算。
（六）乙方应在每期付款前开具增值税专用发票，甲方收到发票后十个工作日内付款。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施，并提请上线验收。
（二）上线验收标准：
1. 需求清单所列功能全部可用；
2. 迁移后的会员数、剩余课时及储值余额与甲方原系统逐条核对一致；
3. 在模拟两千名学员同时预约的情况下，预约提交响应时间不超过2秒；
4. 小程序支付、退款及财务对账测试全部通过。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）系统分批上线：首批五家门店试点运行两周，试点无一级故障后，其余门店分三批切换。切换期间乙方派员驻场，协助门店处理学员预约及课时核对问题。

四、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护须提前三日通知并安排在凌晨零点至六点之间。
（二）故障分级：
1. 一级故障（多家门店无法预约或收银）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，两个工作日内修复；
3. 一般咨询：工作时间内8小时内答复。
（三）月度可用率低于约定值的，每低于0.1个百分点，抵扣当期订阅费的2%，单月抵扣不超过当期订阅费的20%；一级故障恢复超时的，每超时一小时抵扣1,000元。

五、数据
（一）甲方及其学员在系统中产生的会员资料、预约记录、体测数据和交易记录属于甲方所有。
（二）乙方可在对上述数据进行去标识化处理后，用于改进乙方产品、训练推荐模型及编制行业分析报告，并可在服务期满后继续使用该等去标识化数据。
（三）数据安全：
1. 数据存储于中国境内的云数据中心，传输和存储均加密，乙方平台已通过网络安全等级保护第三级测评；
2. 乙方实行最小权限管理，员工访问甲方数据须经审批并留存日志；
3. 发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）乙方每日对甲方数据进行全量备份，备份至少保留三十日，每季度进行一次恢复演练并向甲方提交演练记录。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据，并在导出完成后删除其保存的甲方数据。

六、知识产权
（一）约课云平台及其源代码的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。

七、保密
双方对在合作中获知的对方商业信息、价格、会员信息及技术资料负有保密义务，未经对方书面同意不得披露，但依法律规定或监管要求披露的除外。双方应要求各自员工及顾问遵守本条约定。本条在合同终止后三年内有效。

八、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，并提前六十日通知甲方。

九、违约责任
（一）乙方未能在约定期限内完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）因乙方原因导致甲方学员预约信息错误、课时扣减错误的，乙方应负责更正并赔偿甲方因此向学员支付的补偿。
（四）乙方违反本合同数据条款导致学员个人信息泄露的，除赔偿甲方损失外，还应配合甲方向监管部门报告并通知受影响的学员。

十、分包
未经甲方书面同意，乙方不得将实施服务分包给第三方。

十一、合同解除
乙方严重违约，或连续两个月可用率低于约定值，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已付未履行期间的订阅费。合同解除或期满终止的，乙方应提供不少于三十日的过渡期，保证门店在过渡期内可正常查询和导出数据，并配合甲方将数据迁移至新系统。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十三、双方的其他权利义务
（一）甲方应指定一名项目负责人，按时提供门店信息、课程价格体系及原系统数据，并组织门店人员参加培训。因甲方迟延提供资料导致实施延期的，实施期限相应顺延。
（二）甲方应妥善保管管理员账号，对其账号下的操作负责；发现账号被盗用的，应立即通知乙方冻结。
（三）乙方应为甲方配备专属客户成功经理，每季度提交一次服务报告，内容包括可用率统计、故障记录、功能更新说明及使用情况分析。
（四）乙方对系统进行版本升级的，应提前七日通知甲方；升级不得降低本合同约定的功能和服务水平，不得因此另行收费。
（五）甲方因暑期集训等业务高峰需要临时扩容的，乙方应予以保障，不另收费用。

十四、不可抗力
因自然灾害、公共卫生事件、政府行为或公共网络、电力大面积中断等不可抗力导致一方不能履行合同的，该方应及时通知对方并在十日内提供证明，可部分或全部免除责任，但乙方应尽力采取备份切换等措施减少损失。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能需求清单、门店名单。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """西江县水利局水闸自动化监控系统运行维护服务合同

项目名称：水闸自动化监控系统2027年度运行维护服务
采购方式：竞争性磋商
合同编号：XJSL-YW-2027-003

采购人（甲方）：西江县水利局
成交供应商（乙方）：澄川水务信息工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，就甲方水闸自动化监控系统的运行维护服务订立本合同。

第一条 服务对象
（一）运维对象为甲方所辖九座节制闸、十四座排涝闸的自动化监控系统，包括：闸门启闭控制柜及PLC、闸位计和水位计、视频监控点位、现地通信设备、县水利局调度中心的监控服务器、数据库服务器及闸控软件。
（二）本合同签订时系统已运行四年，主要设备于2023年投入使用，乙方已对现场设备状况进行踏勘并认可。设备清单以附件一为准。服务期内甲方新增的监控点位，经双方书面确认后纳入运维范围。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方根据财政预算重新组织采购，本合同不自动续期。

第三条 服务内容
（一）日常运行监视：乙方在调度中心安排运维人员值守，汛期（5月15日至9月30日）实行二十四小时值班，非汛期工作日白天值守、夜间电话值班。
（二）定期巡检：每月对全部闸站现地设备巡检一次，汛前、汛后各进行一次全面检查和闸门远程启闭联调试验，并提交巡检报告。
（三）故障处理：对系统软硬件故障进行诊断、修复或更换，更换的零配件单价在2,000元以下的由乙方承担，超过的由乙方报价经甲方确认后另行结算。
（四）数据维护：每日检查水位、闸位数据的完整性和准确性，发现异常及时核查；每周对数据库进行备份，每季度进行一次恢复测试。备份介质由甲方保管。
（五）软件维护：闸控软件的缺陷修复、操作系统及数据库的补丁更新、病毒库更新。
（六）防汛保障：在防汛应急响应期间，乙方应增派技术人员驻守重点闸站，服从甲方防汛调度指挥。
（七）技术培训：每半年为甲方闸站管理人员开展一次系统操作和现地手动操作培训，培训记录报甲方存档。
（八）优化建议：每季度结合运行情况分析设备老化、通信质量和软件缺陷，提出改造或更新建议，供甲方编制下年度预算参考。

第四条 服务水平
（一）故障分级：
1. 一级故障：任一闸门无法远程启闭、调度中心监控系统整体瘫痪或汛期水位数据中断；
2. 二级故障：单个闸站视频或通信中断、单台设备失效但不影响闸门启闭；
3. 三级故障：其他一般性问题。
（二）响应及处理时限：一级故障30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，当日到达现场，两日内修复；三级故障在三个工作日内处理完毕。
（三）汛期内一级故障未能在规定时限内恢复的，乙方应立即启动现地手动操作预案，派员配合甲方管理人员现场操作闸门。
（四）甲方每季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及时率、故障修复率和文档完整性。考核不合格的，乙方应在十日内提交整改报告并完成整改，甲方可对乙方进行约谈。

第五条 服务费用及支付
（一）本合同服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包括人员、交通、工具、常用备品备件及税费。
（二）服务费按季度支付，每季度末乙方提交当季度运维服务报告，经甲方确认后十五个工作日内，甲方支付当季度服务费¥96,500。
（三）本合同不设预付款。

第六条 服务验收
（一）服务期满后，甲方组织年度服务验收，验收依据为本合同约定的服务内容、四个季度的考核记录、巡检报告及故障处理记录。
（二）验收标准：巡检完成率不低于98%，一级故障全部在规定时限内响应，水位、闸位数据全年无因运维原因造成的连续中断超过两日的情形，运维文档齐全。
（三）年度服务验收不合格的，乙方应在二十日内完成整改并重新提请验收。
（四）验收完成后，乙方应移交设备运行台账、故障记录、配置清单及全部运维文档。

第七条 数据安全
（一）监控系统采集的水位、闸位、视频等全部数据及系统配置信息属于甲方所有，乙方只能为履行本合同使用，不得复制、带离或用于其他用途。
（二）乙方应遵守网络安全等级保护制度，运维操作须通过甲方堡垒机进行并全程审计；禁止通过互联网远程控制闸门；使用的移动介质须经甲方查杀并登记。
（三）发生网络攻击、数据篡改或数据丢失等安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部责任和损失。

第八条 知识产权
乙方在服务期内编写的运维脚本、配置文件、操作手册和报告，其知识产权归甲方所有，甲方可自由使用和修改。

第九条 人员要求
（一）乙方派驻的项目负责人应具有水利自动化或计算机相关专业中级以上职称，驻场运维人员不少于三人。
（二）乙方更换驻场人员须提前七日书面通知甲方并经甲方同意，新人员能力不得低于原人员。
（三）乙方人员进入闸站应遵守甲方安全生产和水利工程管理规定，涉电、涉水及高处作业须落实安全防护措施；乙方人员在作业中发生的人身伤害由乙方负责。
（四）乙方应为驻场人员购买意外伤害保险，并配备必要的检测仪表、工具和交通工具。

第十条 甲方义务
（一）甲方应为乙方驻场人员提供值班场所、办公条件及必要的系统账号。
（二）甲方应及时告知乙方闸站调度运行计划、检修计划及防汛应急响应等级的变化。
（三）甲方应按合同约定及时支付服务费，并对乙方提交的报告在七个工作日内予以确认或提出意见。

第十一条 违约责任
（一）乙方未在服务期开始之日进场开展运维服务的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）因乙方运维过失造成闸门误动作、设备损坏或防汛调度延误的，乙方应赔偿甲方的全部损失，并承担相应法律责任。
（三）甲方无正当理由逾期支付服务费的，按逾期金额每日万分之三向乙方支付违约金。

第十二条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十三条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除本合同：
（一）连续两个季度考核不合格；
（二）因乙方原因导致汛期闸门无法启闭，造成严重后果；
（三）其他严重违约，经甲方书面催告后十日内仍未改正。
合同解除的，甲方按乙方实际提供服务的天数结算服务费；乙方应在五日内移交全部账号、密码、配置文件和运维资料，并配合新的运维单位完成交接，交接期间不得中断值守。

第十四条 争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，依法向西江县人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同的组成部分；上述文件与本合同不一致的，以本合同为准。本合同未尽事宜，双方可另行签订补充协议。
附件一：运维设备清单；附件二：闸站分布及联系人表；附件三：运维服务报告模板。

甲方（盖章）：西江县水利局                 乙方（盖章）：澄川水务信息工程有限公司
法定代表人或授权代表：                     法定代表人或授权代表：
"""

Z05 = """# 匠迹工坊生产管理系统软件许可及定制开发合同

> 本合同为匠迹软件标准合同文本（JJ-HT-2026 版），未经乙方同意，请勿修改条款格式。

**合同编号**：JJ-2026-0736

**甲方（用户）**：苏州皂语手作工作室（普通合伙）

**乙方（开发商）**：南京匠迹软件科技有限公司

鉴于甲方从事手工冷制皂、液体皂及精油皂的生产和销售，拟使用乙方开发的“匠迹工坊生产管理系统”对原料入库、配方称量、皂化熟成、切割包装及批次出库进行全过程追踪，双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予匠迹工坊生产管理系统标准版的永久使用许可，许可用户数为二十个，限于甲方在苏州的一处工作室及一处仓库使用。

1.2 乙方根据甲方需求进行以下定制开发：
- 配方版本管理及碱量自动核算；
- 皂化熟成周期提醒及熟成间温湿度记录；
- 原料批次与成品批次的双向追溯及追溯二维码；
- 与甲方网店订单系统的库存同步接口。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。培训以远程视频方式进行，共两次，每次不超过半天。

1.4 许可限制：甲方不得将系统出租、转让或转授权给任何第三方；甲方增加用户数、增设生产场所或开设分支机构使用系统的，应按乙方当时的价格另行购买许可。甲方不得绕过系统的许可控制机制，不得对系统进行反向工程。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准版软件永久许可（20用户） | 96,000 |
| 2 | 定制开发 | 58,000 |
| 3 | 部署实施 | 12,000 |
| 4 | 操作培训 | 4,000 |
| | 合计 | 170,000 |

合同总价为人民币壹拾柒万元整（¥170,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥110,500。乙方收到该笔款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥59,500。

3.3 甲方逾期付款的，每逾期一日，按未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 开发与交付

4.1 乙方计划在收到首笔款项后七十五个工作日内完成定制开发及部署。开发过程中乙方将尽力按计划推进，如因需求调整、甲方资料提供不及时或其他非乙方可控原因导致延期，交付时间相应顺延。

4.2 甲方应在乙方提出需求确认单后三个工作日内书面确认，逾期未确认的视为确认。需求确认后甲方再提出变更的，乙方有权另行收费并调整交付时间。

4.3 甲方应提供安装系统所需的服务器或云主机、网络环境及基础数据。

4.4 乙方交付的内容为系统安装程序、用户手册及管理员账号，不包括定制功能的源代码及设计文档。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即进入上线运行。系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方将在后续版本中予以处理。甲方不得以系统存在个别问题为由拒绝支付余款。

5.3 乙方可根据甲方要求提供上线确认单，甲方应在收到后两个工作日内签署。

## 第六条 免费维护与技术支持

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方免费修复系统缺陷，并提供标准版的版本升级。

6.2 乙方通过电话、微信及远程桌面方式提供技术支持，服务时间为工作日9:00至18:00。对于甲方提出的问题，乙方将尽商业上合理的努力及时处理。

6.3 现场服务需甲方提前预约，乙方根据工程师排期安排，差旅费用由甲方承担。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的35%，即每年¥33,600，按年预付。

7.2 甲方未购买年度维护服务的，乙方不再提供缺陷修复、版本升级和技术支持，因此产生的系统问题由甲方自行承担。中断后重新购买的，需补缴中断期间的维护费。

7.3 年度维护服务包括缺陷修复、标准版升级、远程技术支持及每年一次的系统健康检查，不包括新功能开发、接口变更及数据修复，上述工作另行按人天收费，人天单价为¥2,800。

## 第八条 知识产权

8.1 匠迹工坊生产管理系统及其全部模块的著作权归乙方所有。

8.2 本合同项下定制开发的功能模块、接口程序、源代码及相关文档的知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得对其进行修改、反编译或提供给第三方使用。乙方有权将定制开发的功能纳入标准产品向其他客户提供。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的配方、原料、生产批次、客户及订单数据归甲方所有，乙方仅为提供本合同约定的服务而处理，不得用于其他目的。

9.2 乙方提供远程维护时应经甲方同意，使用加密通道登录，不得下载或留存甲方数据。系统对配方数据进行加密存储并设置分级访问权限。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，尤其是甲方的产品配方及工艺参数、乙方的源代码及报价，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或商誉损失承担责任。

11.3 因甲方操作不当、擅自修改系统或使用环境不符合要求导致的问题，乙方不承担责任。

## 第十二条 合同解除

一方严重违反本合同约定，经另一方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。合同解除的，乙方已收取的款项中对应已完成工作的部分不予退还。

## 第十三条 甲方的义务

13.1 甲方应指定一名熟悉生产流程的联系人，配合乙方进行需求调研、数据整理和测试。

13.2 甲方应按乙方要求准备原料清单、配方表、产品编码及库存期初数据，并对其真实性和准确性负责。

13.3 甲方应自行做好系统数据的日常备份。甲方使用的服务器或云主机出现故障导致的数据丢失，乙方不承担责任。

13.4 甲方应确保其使用的操作系统、浏览器及打印设备符合乙方产品说明书的要求。

## 第十四条 不可抗力

因自然灾害、政府行为、网络运营商故障、第三方云服务中断等不能预见、不能避免并不能克服的情况，导致一方不能履行或不能完全履行本合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

16.2 乙方的产品说明书、报价单及需求确认单为本合同附件。

16.3 双方的通知以本合同首页载明的地址、电话及电子邮箱送达，一方联系方式变更的，应在三日内通知对方，否则按原地址送达即视为有效送达。

甲方（盖章）：　　　　　　　　乙方（盖章）：南京匠迹软件科技有限公司
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OQ-CN-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Bearing Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the "Buyer"), and Oakridge Quality Systems, Inc., a California corporation with its principal office at 1420 Vine Street, Paso Robles, California 93446, USA (the "Vendor").
P:The Buyer manufactures deep-groove and tapered roller bearings on four production lines and wishes to acquire a perpetual licence to the Vendor's statistical process control and quality management software, together with implementation, interface development and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's OakSPC Enterprise software, version 9, including the SPC, gauge management, supplier quality and nonconformance modules, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, control-plan import tools, scripts and related documentation that the Vendor develops specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all measurement data, inspection results, part and process master data and other information entered into or generated by the Software in the Buyer's environment.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and 60 gauge stations at the Buyer's plants in Suzhou and Changshu, for the Buyer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, develop interfaces to the Buyer's MES, ERP and coordinate measuring machines, build the report templates listed in Annex 2, migrate five years of historical measurement data, and train the Buyer's quality engineers and operators.
P:2.3 The Buyer shall provide server hardware, operating system and database licences, network access and timely access to its subject-matter experts.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,530,000, inclusive of applicable Chinese taxes, made up of: Software Licence Fee CNY 1,120,000; implementation and interface development CNY 364,000; training CNY 46,000.
P:3.2 The price is fixed. The Vendor bears its own travel and living expenses for work on site in Suzhou and Changshu.
H:Article 4 Payment
P:4.1 An advance payment of 10% of the total price (CNY 153,000) is due within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in mainland China.
P:4.2 55% of the total price (CNY 841,500) is due within 20 days after installation of the Software and completion of the interfaces, as confirmed in an installation certificate. The installation certificate is not acceptance.
P:4.3 The balance of 35% (CNY 535,500) is due within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account of the Vendor's designated Shanghai representative office, against valid VAT invoices.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, interfaces and data migration within 110 days after signature, following the project plan in Annex 1.
P:5.2 Acceptance criteria: all functions in Annex 2 work as specified; control charts and capability indices calculated by the Software match reference calculations on the Buyer's sample data sets; measurement data from all 60 gauge stations and the coordinate measuring machines is received without loss for ten consecutive working days; migrated records reconcile with the source system; and screens respond within three seconds at 120 concurrent users.
P:5.3 After a 45-day trial operation without any Severity 1 incident, the Buyer shall carry out the final acceptance test within ten working days and either issue a written Final Acceptance certificate or list the failures. The Vendor shall correct listed failures within 15 days and the test shall be repeated.
P:5.4 Use of the Software in production, or payment of any instalment, does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide all updates and new versions free of charge.
P:6.2 Incidents are classified by the Buyer. Severity 1 (SPC data collection stopped on a production line, or the system unavailable): response within one hour, on-site attendance within one business day where remote repair fails, workaround within eight hours. Severity 2 (a module or interface impaired): response within two hours, fix within three business days. Severity 3: next business day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Buyer may deduct CNY 1,000 from any amount due, up to CNY 50,000 per incident.
P:6.4 After the Warranty Period the Buyer may purchase annual support at 9% of the Software Licence Fee, CNY 100,800 per year. This fee is fixed for the first three years of support and thereafter may change only by written agreement. Support covers the same services as in the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including source code, vest in the Buyer upon creation. The Vendor shall deliver the source code and build instructions at Final Acceptance. The Buyer may use, modify, copy and have third parties maintain the Custom Deliverables without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to the extent needed to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's premises. Remote access by the Vendor requires the Buyer's approval for each session, takes place through the Buyer's VPN and jump server, and is logged. The Vendor shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall implement appropriate technical and organisational security measures, comply with the Buyer's information security policies and applicable Chinese law, including the Personal Information Protection Law and the Data Security Law, and ensure that its personnel are bound by written security undertakings.
P:8.4 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, or loss of, Buyer Data, cooperate in remediation, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, including the Buyer's process parameters, customer drawings and quality records, and shall use it only for this Agreement.
P:9.2 These obligations continue for five years after termination or expiry of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve installation or Final Acceptance by the dates in Annex 1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:12.2 If the Buyer terminates under Article 12.1, the Vendor shall refund payments received for work not accepted and deliver all Custom Deliverables completed to date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of California, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in San Luis Obispo County, California, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification and Report List), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 Neither party may assign this Agreement without the other party's written consent.
P:14.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to mitigate. If such an event lasts more than 60 days, either party may end the affected part of this Agreement by written notice.
P:14.4 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ShiftHarbor Order Form and General Terms

**Order Form No.** SH-ORD-26-0582  
**Provider:** ShiftHarbor Software, Inc., 215 North H Street, Lompoc, California 93436, USA ("Provider")  
**Customer:** Hangzhou Yunfan Cross-Border Logistics Co., Ltd., Xiaoshan District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Subscribed Service

ShiftHarbor Workforce, Provider's cloud application for warehouse labour forecasting, shift scheduling, time and attendance capture and productivity dashboards, Enterprise edition, for Customer's three bonded warehouses in Xiaoshan, Yiwu and Ningbo, up to 1,600 scheduled workers and 90 supervisor accounts. The service is hosted for Customer in a mainland China region of a licensed Chinese cloud operator.

### A2. Subscription Term

The Subscription Term starts on the Go-Live Date defined in A5 and runs for two Subscription Years. Each Subscription Year is a period of 365 days.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 1,600 workers, Enterprise edition | 246,000 |
| Subscription Fee, Subscription Year 2 | 1,600 workers, Enterprise edition | 246,000 |
| Onboarding Services | one-time, fixed price | 34,000 |
| **Total Fees for the Subscription Term** | | **526,000** |

Fees include value-added tax at the applicable rate. Additional workers above the subscribed number are charged pro rata at the same per-worker rate and are not included in the total above.

### A4. Invoicing and Payment

1. Subscription Fees are invoiced quarterly in advance, in equal instalments of CNY 61,500, at the start of each quarter of the Subscription Term.
2. The Onboarding Services fee is invoiced after Go-Live Acceptance under A5.
3. Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding and Go-Live Acceptance

1. Provider shall deliver the Onboarding Services within 50 days after signature: configuration of the three warehouses, labour standards and shift rules; import of worker master data; integration with Customer's warehouse management system and with its turnstile attendance terminals; and supervisor training.
2. Go-Live Acceptance criteria: all functions listed in the onboarding statement of work pass Customer's test scripts; worker and shift data reconcile with Customer's records; attendance events from the turnstile terminals appear in the service within 60 seconds; and a full weekly schedule for 1,600 workers is generated in under five minutes.
3. Customer shall test within ten working days after Provider's notice of readiness and either sign a Go-Live Acceptance certificate or list the failed criteria. The date of the signed certificate is the "Go-Live Date". Use of the service during testing is not acceptance.
4. If Go-Live Acceptance is delayed beyond the 50-day period for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 45 days before the end of the then-current term. For each renewal term, Provider may increase the Subscription Fee by up to 9% above the fee for the preceding Subscription Year by notice given at least 60 days before the renewal date.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B - General Terms

### 1. Service Levels

1.1 Provider shall make the production service available at least 99.95% of the time in each calendar month, measured by Provider's monitoring and excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

1.2 Support requests are classified by Customer. Priority 1 (the service unavailable for a warehouse, or scheduling or attendance capture failing for more than 50 workers): response within 30 minutes at any time, restoration or workaround within six hours. Priority 2 (a function impaired with a workaround available): response within two business hours, resolution within three business days. Priority 3: response within one business day.

1.3 If availability in a month falls below the level in 1.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. If a Priority 1 response is late, Customer receives a credit of CNY 800 per late hour. Credits are deducted from the next invoice or, after the last invoice, refunded.

1.4 Provider shall provide a monthly service report showing availability, incidents and credits due.

### 2. Customer Data

2.1 "Customer Data" means all data submitted to the service by or for Customer, including worker names, identification numbers, attendance records, productivity data and warehouse volumes, and all outputs generated from it. Customer Data belongs to Customer.

2.2 Provider shall process Customer Data only to provide the service to Customer under this Agreement and on Customer's documented instructions. Provider shall not use Customer Data, whether in identified, anonymised or aggregated form, for any other purpose.

2.3 On expiry or termination Provider shall make Customer Data available for export in CSV format for 60 days and then delete it from its systems and backups, and confirm deletion in writing.

### 3. Data Security

3.1 Customer Data is stored and processed only in mainland China. Provider shall maintain an information security programme certified to ISO/IEC 27001 and the service shall hold a valid MLPS level 3 filing.

3.2 Provider shall encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its administrators, keep access logs for at least 180 days, and perform an external penetration test each year, sharing a summary of the results with Customer.

3.3 Provider shall notify Customer without undue delay, and in any case within 24 hours, after becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it, and assist Customer with notifications required under the Personal Information Protection Law.

3.4 Provider is responsible for losses suffered by Customer as a result of a security incident caused by Provider's breach of this Section 3.

### 4. Intellectual Property

4.1 Provider owns the service, its software and documentation. Customer receives a non-exclusive right to use the service during the Subscription Term.

4.2 Customer-specific configurations, labour standards, report templates and the integration adapters built for Customer's warehouse management system and turnstile terminals under the onboarding statement of work ("Customer Deliverables") belong to Customer. Provider shall hand them over, with source code for the adapters, on request and at the end of the Subscription Term, and Customer may use, modify and have third parties operate them freely.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.

5.2 This Section survives for three years after the end of the Agreement.

### 6. Subcontracting

Provider may use subcontractors only with Customer's prior written consent, which is hereby given for the cloud hosting operator named in the onboarding statement of work. Provider remains responsible for all subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for personal injury, fraud or wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

8.2 If Customer terminates under 8.1, Provider shall refund prepaid fees for the period after termination.

8.3 Provider may suspend the service if an undisputed invoice remains unpaid 30 days after a written reminder.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 10. General

10.1 Notices must be in writing and sent to the addresses in the Order Form.

10.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business.

10.3 This Agreement is made in English. Amendments require a written document signed by both parties.

10.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war and acts of government, provided that it promptly notifies the other party and uses reasonable efforts to resume performance. A failure of Provider's own hosting operator or subcontractors is not such an event.

10.5 This Agreement, including the onboarding statement of work, is the entire agreement of the parties about its subject matter and replaces any earlier proposals. Terms printed on purchase orders or invoices do not apply.
"""

E03 = """T:Purchase Contract for Kiln Condition Monitoring Sensors and Software
P:Contract No. FSJT-PUR-2026-0931
P:Buyer: Foshan Jintao Ceramics Co., Ltd., Nanzhuang Town, Chancheng District, Foshan, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Sagebrush Sensing Technologies, Inc., 418 West Ridgecrest Boulevard, Ridgecrest, California 93555, USA (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms for equipment and software. The Buyer operates four roller kilns and two spray dryers for porcelain floor tiles and wishes to monitor the condition of fans, drive motors, gearboxes and burner lines to reduce unplanned stoppages. The Supplier has offered wireless sensors, gateways and its condition monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's KilnWatch condition monitoring software, installed on the Buyer's servers, with its analytics modules, mobile application and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, grant a perpetual licence to the Software for up to 150 monitored assets, install and configure the System, integrate it with the Buyer's maintenance management system, and train the Buyer's maintenance staff.
P:2.2 The Contract Price is CNY 1,060,000, including value-added tax, delivery to the Buyer's plant, import duties and all costs of installation, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|96|4,200|403,200
TB:2|Infrared thermal sensor for burner lines|24|6,800|163,200
TB:3|Industrial wireless gateway|6|18,500|111,000
TB:4|KilnWatch software, perpetual licence, 150 assets|1|286,000|286,000
TB:|Equipment and Software Subtotal|||963,400
TB:5|Installation, configuration and integration|1|84,600|84,600
TB:6|Training of maintenance staff|1|12,000|12,000
TB:|Contract Price|||1,060,000
P:2.3 The Contract Price is fixed. Any change to scope requires a written change order signed by both parties.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 212,000) is payable within 15 working days after signature, against a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price (CNY 477,000) is payable after delivery and installation of all Equipment, as shown in an installation record signed by both parties. The installation record confirms quantities and physical condition only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 371,000) is payable after Final Acceptance.
P:3.4 Each payment is made within 30 days after the Buyer receives a valid VAT invoice and the supporting document named above.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 Installation shall be carried out during the kiln maintenance windows notified by the Buyer. The Supplier's personnel shall comply with the Buyer's safety rules, including permits for hot work, work at height and work near running kilns.
P:4.3 The Buyer shall provide server capacity, network connections, mounting access to the kilns and a contact person for each shift. Delays caused by the Buyer extend the Supplier's dates accordingly.
P:4.4 The Supplier shall deliver wiring diagrams, sensor location drawings, configuration records, user manuals and a spare-parts list in Chinese or English.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of 45 days.
P:5.2 Acceptance criteria: every sensor reports to the Software at the configured interval, with no sensor missing more than two consecutive readings; vibration readings agree with the Buyer's portable reference analyser within the tolerance stated in the technical specification; alarms for each monitored asset are tested by simulation and reach the maintenance management system and the mobile application within 60 seconds; and no Severity 1 incident occurs in the last 20 days of the trial period.
P:5.3 Within ten working days after the trial period the Buyer shall issue the Final Acceptance certificate or a written list of failures. The Supplier shall correct the failures within 15 days, after which the relevant tests are repeated.
P:5.4 Operation of the System during the trial period, or any payment, does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment free of charge, including batteries that fail before their rated life, and provide Software corrections and new versions without charge.
P:6.2 Severity 1 means loss of monitoring for a kiln or dryer, or failure of alarm delivery. The Supplier shall respond to a Severity 1 incident within two hours, start remote diagnosis at once, and restore monitoring within one business day, with a technician on site if needed. Severity 2 incidents are answered within one business day and fixed within five business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount due to the Supplier.
P:6.4 The Supplier shall keep a stock of sensors and gateways in mainland China sufficient to replace faulty units within three business days, and shall supply spare parts for at least eight years after Final Acceptance.
P:6.5 After the warranty period the Supplier shall offer annual support at 6% of the Equipment and Software Subtotal per year (CNY 57,804). This price is fixed for the first three years after the warranty period and may not be increased unilaterally. Support is ordered year by year by the Buyer and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The licence granted under clause 2.1 is perpetual and irrevocable once the Contract Price is paid.
P:7.2 The dashboards, alarm rules, asset models, integration scripts and documentation created for the Buyer under this Contract belong to the Buyer. The Supplier shall hand them over with Final Acceptance, and the Buyer may use and modify them and have them maintained by third parties.
H:8. Data Security
P:8.1 All data collected by the System, including readings, alarms, asset records and maintenance history, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:8.2 The System is installed on the Buyer's network. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, with all actions logged. The gateways shall not send data to any server outside the Buyer's network.
P:8.3 The Supplier shall keep the Software free from known critical vulnerabilities, change all default passwords and follow the Buyer's network security rules.
P:8.4 The Supplier shall notify the Buyer within 24 hours of any security incident involving the System and shall be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's production, processes, equipment and business received under this Contract, use it only for this Contract and not disclose it to third parties without the Buyer's written consent.
P:9.2 This obligation continues for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for Equipment or services not accepted, and the Buyer may return Equipment already delivered at the Supplier's cost.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:14. General
P:14.1 This Contract is signed in two originals in English, one for each party, and takes effect on signature by both parties.
P:14.2 The technical specification and the Supplier's bill of materials are attached and form part of this Contract.
P:14.3 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and provides evidence. The parties shall then agree on a revised schedule. If the event lasts more than 60 days, the Buyer may terminate the unperformed part of this Contract without liability.
P:14.4 The Supplier may not assign this Contract or any payment under it without the Buyer's written consent. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** TMS-QD-2026-017

**Between:**

1. **Qingdao Lengyuan Cold Chain Logistics Co., Ltd.**, Huangdao District, Qingdao, Shandong, People's Republic of China ("Customer"); and
2. **Tehachapi Managed Services, LLC**, 20300 South Street, Tehachapi, California 93561, USA ("Provider").

**Background.** Customer operates eleven cold-storage warehouses and a fleet of refrigerated trucks from Qingdao, Jinan and Yantai. Customer wishes to outsource its end-user IT support, endpoint management and network monitoring to Provider for 36 months. Provider will deliver the services remotely from its support centre and through field engineers engaged in Shandong.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date of Transition Acceptance under Section 3.

1.5 "Customer Data" means all data of Customer and its employees, customers and carriers that Provider receives or accesses in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, at charges agreed at that time.

## 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1, item 1, within 60 days after signature, including knowledge transfer from Customer's current support team, discovery and inventory of all endpoints and network devices, installation of monitoring agents, set-up of the service desk and documentation of runbooks.

3.2 Transition Acceptance criteria: at least 1,150 endpoints and all network devices in Schedule 1 are inventoried and reporting to the monitoring tools; the service desk has handled live calls for ten consecutive working days within the Service Levels for answer time and Priority 1 response; runbooks for the 25 most frequent request types are approved by Customer; and escalation contacts are tested.

3.3 Customer shall confirm Transition Acceptance in writing within five working days after Provider shows that the criteria are met, or list the criteria not met. Provider shall then remedy and show them again.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 54,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services with due skill and care, in accordance with Schedule 1 and good industry practice, and shall meet the Service Levels in Schedule 2.

4.2 Where a Service Level is missed, Provider shall pay the Service Credits in Schedule 2 and deliver a root-cause report and improvement plan within ten working days.

4.3 Provider shall deliver a monthly service report and attend a monthly review meeting with Customer's IT manager.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term.

5.2 The monthly charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. No advance payment is due.

5.3 Customer shall pay each correct VAT invoice within 30 days of receipt. Service Credits are deducted from the next monthly invoice.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services for Customer and for no other purpose, and shall not sell, license or analyse it for its own benefit.

6.2 At the end of the Term Provider shall return all Customer Data in its possession and then delete it.

## 7. Intellectual Property

7.1 Provider retains its tools, methods and software that exist independently of this Agreement.

7.2 Runbooks, scripts, configuration baselines, knowledge articles and reports prepared for Customer under this Agreement belong to Customer. Customer may use, modify and give them to any successor provider without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's customer lists, rates, routes and system information, and shall not disclose it to anyone other than its employees who need it for this Agreement.

8.2 This Section continues for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and a team lead for Customer. Provider shall not replace the service delivery manager without Customer's prior written approval, except for resignation or illness.

9.2 Provider shall not subcontract any part of the Services, including field engineering, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Continuity of the Agreement

10.1 This Agreement runs for the full Term. Neither party may terminate it before the end of the Term, except by written agreement of both parties.

10.2 Customer's remedies for failures to meet Service Levels are the Service Credits in Schedule 2. For other breaches by Provider, Customer may claim damages under Section 11, and Provider shall remedy the breach promptly after notice.

10.3 If an undisputed invoice remains unpaid 45 days after its due date and a written reminder, Provider may suspend the Services until payment is received.

10.4 At the end of the Term Provider shall provide up to 30 days of exit assistance, including handover of documentation and knowledge transfer to Customer or a successor provider, at the rates in Schedule 3.

## 11. Liability

11.1 Neither party is liable for indirect loss or loss of profits.

11.2 Provider's total liability under this Agreement is limited to 200% of the total Charges payable over the Term. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 8.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall first be discussed between the parties' senior managers. If it is not resolved within 30 days, it shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties. In case of conflict, the body of this Agreement prevails over the Schedules.

13.2 Notices must be in writing and delivered by hand, courier or email to the addresses of the parties' contract managers.

13.3 Neither party is liable for delay caused by events outside its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.4 This Agreement is signed in two English originals, one for each party.

For Customer: ____________________ For Provider: ____________________

## Schedule 1 - Services

| Item | Service | Scope and hours |
|---|---|---|
| 1 | Transition | Knowledge transfer, discovery, monitoring agents, service desk set-up, runbooks; within 60 days after signature |
| 2 | Service desk | Telephone, chat and ticket portal in Mandarin and English; 24 hours a day, 7 days a week |
| 3 | End-user support | Remote support for about 1,200 users; field engineers on site at Qingdao, Jinan and Yantai sites on working days |
| 4 | Endpoint management | Patching, software distribution, antivirus signature updates and asset inventory for laptops, desktops and warehouse handheld terminals |
| 5 | Network monitoring | Monitoring of routers, switches, wireless controllers and SD-WAN links at eleven warehouses; incident handling with carriers |
| 6 | Warehouse systems support | First-line support for the warehouse management system, label printers and cold-room temperature terminals; escalation to the software vendors |
| 7 | Reporting | Monthly service report, quarterly capacity and asset report |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Priority 1 incident (a warehouse cannot ship or receive, or cold-room temperature monitoring is lost) | Response within 15 minutes; on-site engineer within two hours where needed; restoration within six hours | 2% of the monthly charge for each late incident |
| Priority 2 incident (a group of users or one system function affected) | Response within one hour; resolution within one business day | 1% of the monthly charge for each late incident |
| Service desk answer time | 90% of calls answered within 30 seconds in each month | 1% of the monthly charge |
| First-call resolution | 70% of eligible tickets in each month | 1% of the monthly charge |
| Patch compliance | Critical patches installed on 95% of endpoints within ten days of release | 1% of the monthly charge |
| Total credits | | At most 20% of the monthly charge in any month |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, fixed, invoiced after Transition Acceptance | 72,000 |
| Monthly service charge | 36 months x CNY 58,000, invoiced monthly in arrears | 2,088,000 |
| Total Charges for the Term | | 2,160,000 |
| Additional project work or exit assistance | Per engineer day, on written order only | 3,200 per day |

Charges include value-added tax. Travel within Shandong is included in the monthly service charge.
"""

E05 = """SOLAR IRRADIANCE DATA AND FORECAST API SUBSCRIPTION AGREEMENT

Agreement No. SID-CN-2026-044

PARTIES

Sierra Irradiance Data, Inc., a Delaware corporation with its office at 126 South Main Street, Lone Pine, California 93545, USA ("Vendor").

Qinghai Guangyuan New Energy Co., Ltd., Chengbei District, Xining, Qinghai Province, People's Republic of China ("Customer").

BACKGROUND

Customer operates photovoltaic plants in the Qaidam Basin and around Gonghe with a combined capacity of 1,350 MW and must submit day-ahead and intraday generation forecasts to the provincial grid dispatch centre. Vendor provides satellite-derived solar irradiance data and short-term irradiance forecasts through an application programming interface ("API"). Customer wishes to subscribe to these data for two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the historical irradiance time series, the day-ahead and intraday irradiance and temperature forecasts, and the related metadata delivered through the API for the plant locations listed in Annex A.

1.2 "Customer Data" means plant coordinates, plant configuration, inverter and meter production data, and other information that Customer uploads to Vendor for calibration, together with Customer's query logs and API usage records.

1.3 "Subscription Year" means a period of 365 days. The first Subscription Year starts on the date of Integration Acceptance under clause 4.

1.4 "Custom Connector" means the software Vendor builds to deliver the Data Products into Customer's forecasting platform and dispatch reporting system.

2. SUBSCRIPTION

2.1 Vendor grants Customer, during the two Subscription Years, a non-exclusive right to access the Data Products through the API and to use them, and any forecasts derived from them, for Customer's plant operation, trading and dispatch reporting, including submission to grid operators and regulators.

2.2 The subscription covers up to 26 plant locations and up to 400,000 API calls per day. Additional locations may be added by written order at the unit price in clause 3.

2.3 Vendor shall calibrate the forecasts for each plant using Customer's production data and shall update the calibration each quarter.

2.4 Customer shall not resell the Data Products as such or make them available to third parties other than grid operators, regulators, its affiliates and its consultants working on Customer's plants. Customer may store the Data Products in its own systems and combine them with its own data.

2.5 Vendor shall provide a technical contact in Beijing time business hours and an on-call engineer at all other times. Support is given in English and Chinese by telephone, email and a ticket portal.

2.6 This Agreement expires at the end of the second Subscription Year. Any further subscription requires a new written order agreed by both parties.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee: CNY 318,000 per Subscription Year for 26 plant locations, CNY 636,000 for the two Subscription Years;
(b) Onboarding and Custom Connector: CNY 24,000, one-time.
The total fees under this Agreement are CNY 660,000, including value-added tax. An additional location is charged at CNY 12,200 per Subscription Year, pro rata.

3.2 The subscription fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 159,000, each at the start of the half-year concerned. The onboarding fee is invoiced after Integration Acceptance. No payment is due before Integration Acceptance.

3.3 Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY to Vendor's account in mainland China designated in writing.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 40 days after signature Vendor shall set up all plant locations, load three years of historical irradiance data, perform the first calibration and deliver the Custom Connector.

4.2 Integration Acceptance criteria: historical data for all locations is complete and passes Customer's plausibility checks; day-ahead forecasts for a continuous 20-day test period are delivered before the dispatch deadline each day; the day-ahead forecast error over the test period meets the accuracy targets in Annex B; and the Custom Connector loads the Data Products into Customer's forecasting platform without manual steps.

4.3 Customer shall confirm Integration Acceptance in writing within five working days after the test period or state which criteria are not met. Vendor shall correct the deficiencies and repeat the test. Use of test data by Customer is not acceptance.

4.4 If Integration Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced three days in advance and carried out between 10:00 and 12:00 UTC.

5.2 Day-ahead forecasts shall be available through the API by 06:00 China Standard Time each day.

5.3 Incidents are classified as follows. Priority 1: the API is unavailable or day-ahead forecasts are missing or clearly corrupt. Priority 2: delayed intraday updates or a single plant affected. Vendor shall respond to Priority 1 incidents within one hour, at any time of day, and to Priority 2 incidents within six hours.

5.4 Vendor shall use commercially reasonable efforts to restore the service and correct the Data Products. Customer acknowledges that the service levels in this clause 5 are targets, and that no service credits, fee reductions or other compensation are payable if they are not met. Vendor shall provide a monthly report of availability and incidents.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data to provide and calibrate the Data Products for Customer.

6.2 Customer grants Vendor a perpetual, irrevocable licence to use Customer Data in aggregated and de-identified form to calibrate, validate and improve Vendor's irradiance models and data products for all of Vendor's customers. This licence continues after the end of this Agreement.

6.3 On expiry Vendor shall return Customer Data in identifiable form and delete it from its active systems within 60 days, except as permitted by clause 6.2.

7. DATA SECURITY

7.1 Vendor shall store Customer Data in a data centre in mainland China operated by a licensed provider, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least 180 days.

7.2 Vendor shall comply with the Data Security Law and the Cybersecurity Law of the People's Republic of China and shall not transfer identifiable Customer Data outside mainland China.

7.3 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and be liable for losses suffered by Customer as a result of an incident caused by Vendor's failure to comply with this clause.

8. INTELLECTUAL PROPERTY

8.1 The Data Products, Vendor's models and the API remain the property of Vendor. Customer may keep and use Data Products received during the subscription for its own records and regulatory filings after the end of this Agreement.

8.2 The Custom Connector, including its source code and documentation, is developed for Customer and belongs to Customer. Customer may use, modify and have it maintained by third parties without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's plant performance, dispatch and trading information and Vendor's pricing and model documentation, and shall use it only for this Agreement.

9.2 This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

Vendor shall not subcontract the delivery of the Data Products, the calibration services or the Custom Connector without Customer's prior written consent, and shall remain responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including lost revenue from electricity trading or dispatch penalties, except as stated in clause 7.3.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. This limit does not apply to fraud, wilful misconduct or breach of clause 9.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration award is final and binding on both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, including failure of satellite operators beyond Vendor's control, provided that it gives prompt notice and uses reasonable efforts to resume performance.

14.3 This Agreement, with Annex A (Plant Locations) and Annex B (Accuracy Targets and Test Method), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.4 Notices under this Agreement must be in writing and sent by courier or email to the contact persons named in Annex A. A notice sent by email takes effect when the recipient confirms receipt.

14.5 Each party shall comply with applicable export control and sanctions laws in performing this Agreement. Vendor confirms that, at the date of signature, no export licence is required for the Data Products.

14.6 This Agreement is signed in two English originals, one for each party.

For Vendor: ____________________          For Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, language, source)
FILES = {
    "z01": ("h1032z01_river_sand_mining_supervision_platform.pdf", "zh", Z01),
    "z02": ("h1032z02_floss_factory_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1032z03_diving_school_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h1032z04_sluice_gate_monitoring_annual_om.txt", "zh", Z04),
    "z05": ("h1032z05_soap_studio_process_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1032e01_spc_quality_software_perpetual_licence.pdf", "en", E01),
    "e02": ("h1032e02_warehouse_workforce_saas_order_form.md", "en", E02),
    "e03": ("h1032e03_kiln_condition_monitoring_sensors.docx", "en", E03),
    "e04": ("h1032e04_cold_chain_managed_it_services.md", "en", E04),
    "e05": ("h1032e05_solar_irradiance_data_api_subscription.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Labels. Order of a row: the 19 terms as TERM_KEYS; then extra (sla_clause, ld_stated, capped-or-None,
# deemed, contract_value); then design data (category, forum_outside_mainland, tco, design rules).
# tco = (fee base = itemised licence/hardware subtotal, warranty years, post-warranty fee per year) or None.
G, S = "goods_or_licence", "service"
LABELS = {
    "z01": dict(category="software", value=1550000,
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                       False, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False),
                forum_outside=False, tco=(860000, 2, 68800), design=[]),
    "z02": dict(category="hardware", value=1740000,
                terms=[None, 1, True, "buyer", True, True, True, 0.02, None, 25, True, True, 24, 7, False, True,
                       True, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False),
                forum_outside=False, tco=(1436000, 2, 100520), design=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": dict(category="cloud", value=528000,
                terms=[99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                       False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, capped=None, deemed=False),
                forum_outside=False, tco=None,
                design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", value=386000,
                terms=[None, 0.5, False, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False,
                       True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, capped=None, deemed=False),
                forum_outside=False, tco=None, design=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": dict(category="software", value=170000,
                terms=[None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 35, False,
                       True, None, None, G],
                extra=dict(sla_clause=False, ld_stated=False, capped=True, deemed=True),
                forum_outside=False, tco=(96000, 0.5, 33600),
                design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", value=1530000,
                terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 9, False, True,
                       False, "California", G],
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False),
                forum_outside=True, tco=(1120000, 2, 100800), design=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", value=526000,
                terms=[99.95, 0.5, True, "buyer", True, True, True, 500 / 526000 * 100, 6 / 24 * 100, None, True,
                       None, None, None, True, True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, capped=None, deemed=False),
                forum_outside=False, tco=None, design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": dict(category="hardware", value=1060000,
                terms=[None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 6, False, True, False,
                       "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False),
                forum_outside=False, tco=(963400, 3, 57804), design=[]),
    "e04": dict(category="services", value=2160000,
                terms=[None, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 200, None, True, None,
                       None, None, False, False, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, capped=None, deemed=False),
                forum_outside=False, tco=None, design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(category="cloud", value=660000,
                terms=[99.95, 1, False, "buyer", True, False, True, 600 / 660000 * 100, 150, None, True, None, None,
                       None, False, True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, capped=None, deemed=False),
                forum_outside=False, tco=None, design=["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# Policy thresholds (defaults of the shipped pack, policy.md §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(lab):
    base, wyears, fee = lab["tco"]
    pw_years = max(0.0, 5 - wyears)
    pw = fee * pw_years
    return pw / (lab["value"] + pw) * 100


def derive(lab):
    """Rules from the labels, as I read policy §3."""
    t = dict(zip(TERM_KEYS, lab["terms"]))
    x = lab["extra"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if lab["tco"] and tco_share(lab) > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------------
# Threshold-figure scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",                      # availability 99.9
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?小时",
    r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",                                                          # P1 4 hours
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五",                               # LD 0.05 %/day
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,                    # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,       # prepay 30 %
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|個月)", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"十二个月",
    r"(?<![\d.,])1\s*-?\s*years?\b", r"\bone\s*-?\s*years?\b", r"(?<!第)一年", r"(?<![一二三四五六七八九十])一周年",  # 12 months
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,                         # fee 15 %
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,        # TCO 40 %
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour", "4小时", "四小时", "four (4) hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty percent", "12 months",
            "12-month", "twelve (12) months", "十二个月", "12个月", "1 year", "one year", "一年", "15%", "百分之十五",
            "40%", "40 %", "百分之四十", "forty per cent", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之五十", "1,100%", "2100%",
             "130%", "百分之三十五", "35%", "24 months", "112 months", "Subscription Year 1", "one Subscription Year",
             "第一年", "15 days", "115%", "140%", "百分之四十五", "0.505%", "4.4 乙方", "Article 4 Delivery",
             "2027年12月31日", "12.1 Either"]


def selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not SCAN.search(s), "must miss: %s -> %r" % (s, SCAN.search(s).group(0))


def read_back(path):
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_json(key):
    name, lang, _ = FILES[key]
    lab = LABELS[key]
    terms = dict(zip(TERM_KEYS, lab["terms"]))
    x = lab["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = lab["value"]
    doc = {"file": name, "language": lang, "category": lab["category"], "expected_terms": terms,
           "expected_extra": extra, "expected_rules": derive(lab)}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def check_labels():
    seen = set()
    for key, lab in LABELS.items():
        t = dict(zip(TERM_KEYS, lab["terms"]))
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                  "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            assert t[k] is None or abs(t[k] - TH[k]) > 1e-9, (key, k, t[k])
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and lab["extra"]["capped"] is None
            assert lab["tco"] is None
        else:
            assert lab["tco"] is not None and lab["extra"]["capped"] is not None
            base, wy, fee = lab["tco"]
            assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.5, key
            assert abs(wy * 12 - t["warranty_months"]) < 1e-9, key
            sh = tco_share(lab)
            assert abs(sh - TH["tco_share"]) > 2, (key, sh)
        if t["contract_kind"] == S or t["final_payment_on_acceptance"] is None:
            pass
        got = derive(lab)
        assert got == sorted(lab["design"]), (key, got, lab["design"])
        seen.update(got)
    assert seen == set(ALL_RULES), set(ALL_RULES) - seen
    # the mix
    r = {k: derive(v) for k, v in LABELS.items()}
    assert [k for k, v in r.items() if not v] == ["z01", "e03"]
    assert r["e01"] == ["CR-GOVERNING-LAW"] and risk(r["e01"]) == "low"
    assert 8 <= len(r["z05"]) <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(r[k]) <= 3, k


def check_sums():
    # price and payment arithmetic stated in the texts
    assert 860000 + 540000 + 126000 + 24000 == 1550000
    assert (310000, 697500, 542500) == (1550000 * 20 // 100, 1550000 * 45 // 100, 1550000 * 35 // 100)
    assert 528000 + 342000 + 276000 + 54000 + 236000 == 1436000
    assert 1436000 + 188000 + 96000 + 20000 == 1740000
    assert (435000, 870000) == (1740000 // 4, 1740000 // 2) and round(1436000 * 0.07) == 100520
    assert 35 * 6400 == 224000 and 2 * 224000 + 62000 + 18000 == 528000 and 224000 // 2 == 112000
    assert 4 * 96500 == 386000
    assert 96000 + 58000 + 12000 + 4000 == 170000 and round(170000 * 0.65) == 110500 and 170000 - 110500 == 59500
    assert round(96000 * 0.35) == 33600
    assert 1120000 + 364000 + 46000 == 1530000 and round(1530000 * .1) == 153000
    assert round(1530000 * .55) == 841500 and round(1530000 * .35) == 535500 and round(1120000 * .09) == 100800
    assert 2 * 246000 + 34000 == 526000 and 246000 // 4 == 61500
    assert 96 * 4200 == 403200 and 24 * 6800 == 163200 and 6 * 18500 == 111000
    assert 403200 + 163200 + 111000 + 286000 == 963400 and 963400 + 84600 + 12000 == 1060000
    assert (212000, 477000, 371000) == (round(1060000 * .2), round(1060000 * .45), round(1060000 * .35))
    assert round(963400 * 0.06) == 57804
    assert 36 * 58000 == 2088000 and 2088000 + 72000 == 2160000 and 1800 * 30 == 54000
    assert 2 * 318000 + 24000 == 660000 and 318000 // 2 == 159000


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    selftest()
    check_sums()
    check_labels()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets, sources = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
            sources[key] = src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        variants = (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text))
        hits = [m.group(0) for v in variants for m in SCAN.finditer(v)]
        assert not hits, (name, hits)
        rules = derive(LABELS[key])
        print("%-62s %-2s %5d %s %s" % (name, lang, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)"))
        assert lo <= n <= hi, (name, n)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")
    for key, lab in LABELS.items():
        if lab["tco"]:
            print(key, "TCO share %.2f" % tco_share(lab))
    print("all checks passed")
