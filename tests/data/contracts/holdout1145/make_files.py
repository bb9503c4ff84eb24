"""Builds the holdout1145 set: ten ordinary draft contracts and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they stand below;
the .docx and .pdf go through ../word_pdf.py (T/H/P/TB markup, PDFs pre-wrapped at word boundaries). The labels are
written from LABELS; the expected rules are derived from the labels with this set's own reading of policy §3 and
compared with the design list; lengths, threshold-free labels and threshold-free texts are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:动物检疫电子出证平台建设项目合同
P:合同编号：XMJ-ZC-2026-0418    采购方式：公开招标（政府采购）
P:甲方（采购人）：衢阳市畜牧兽医局
P:乙方（供应商）：浙南易牧信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就动物检疫电子出证平台的软件许可、定制开发与实施事宜订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供动物检疫电子出证平台软件（含检疫申报、官方兽医出证、电子证明查验、统计分析四个子系统）的永久使用许可，许可范围为甲方及下属十六个乡镇畜牧兽医站，用户数不限。
P:1.2 乙方按甲方需求完成定制开发：官方兽医移动出证App、与省级动物检疫监管平台及畜禽耳标追溯系统的数据接口、屠宰场落地查验模块、检疫证明二维码防伪核验。
P:1.3 乙方负责平台部署、历史检疫数据迁移、系统联调及培训，具体以招标文件技术需求为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），为固定总价，包含软件许可、开发、实施、培训、税费及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费¥720,000；定制开发费¥486,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方于十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；甲方付款按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提请初步验收，初验合格后进入为期六十日的试运行。
P:4.2 乙方应按甲方认可的项目计划推进，每两周提交进度报告，重大变更须经甲方书面确认。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有高级项目管理资质，驻场时间不少于项目实施期的三分之二；未经甲方同意，乙方不得更换项目经理及核心开发人员。
P:4.4 乙方应在部署前提交系统设计说明书、接口规范和数据迁移方案，经甲方审核确认后方可实施；迁移前应对原有数据完成备份，迁移过程中不得影响现有纸质出证及省级平台业务的正常办理。
P:4.5 乙方应为甲方及各乡镇站点的官方兽医、协检员和系统管理员分批提供现场培训，累计不少于二十课时，并提供培训教材和操作视频，确保受训人员能够独立完成申报受理、出证、查验和统计操作。
P:4.6 乙方应于合同签订后五个工作日内以银行保函形式提交合同总价5%的履约保证金，有效期至最终验收合格后三十日。乙方未履行合同义务的，甲方有权按本合同约定从履约保证金中扣除相应款项。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；与省级平台、耳标追溯系统接口连续十个工作日数据一致；历史数据迁移经抽样比对无差错；电子证明生成时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障，出证业务连续稳定运行；通过第三方网络安全等级保护测评；全部技术文档、源代码及操作手册移交完毕。甲方组织专家按上述标准出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格；验收不合格的，乙方应于十五日内整改并重新提请验收。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 平台月度可用率不低于99.95%。
P:6.3 一级故障（出证业务中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决。
P:6.4 乙方响应或恢复超时的，每超时一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
P:6.5 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的9%（即¥64,800/年），该价格三年内不变，由双方另行签订维护合同，不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的著作权归乙方，甲方享有永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的App、接口程序、查验模块及其源代码、技术文档的知识产权归甲方所有，甲方可自行修改、复制或许可第三方使用，乙方不得向他人提供。
H:第八条 数据安全
P:8.1 平台内的检疫申报、出证记录、养殖场户及兽医人员信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护三级要求，采取访问控制、加密传输、操作日志审计等措施；远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:8.3 涉及养殖场户、货主及官方兽医个人信息的，乙方应遵守《中华人民共和国个人信息保护法》，不得超范围采集或留存；项目结束或合同终止时，乙方应删除其掌握的全部甲方数据副本并出具书面说明。
P:8.4 发生数据泄露或安全事件的，乙方应于2小时内报告甲方并配合处置，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、业务数据和系统配置负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约且经甲方书面催告后十五日内未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大疫情等不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十五日内提供有关证明，双方据此协商延期履行或部分免除责任；不可抗力消除后，乙方应立即恢复履约。
P:14.2 动物疫病应急期间，乙方应按甲方要求提供7×24小时现场保障，协助开通临时出证通道，该项服务不另行收费。
H:第十五条 其他
P:15.1 乙方交付的技术文档应包括需求规格说明书、系统设计说明书、数据库设计说明书、接口文档、部署手册、用户手册和运维手册，均以纸质和电子两种形式提交。
P:15.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""
Z02 = """T:压片生产线电气控制系统改造合同
P:合同编号：HD-JG-2026-073
P:甲方（买方）：常州恒达电动压片机制造有限公司
P:乙方（卖方）：苏州精控自动化工程有限公司
P:甲方为提升旋转式电动压片机总装及试压生产线的自动化水平，委托乙方对两条生产线的电气控制系统实施改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除两条生产线原有继电器控制柜，新建PLC控制系统、伺服驱动系统和冲压力及片重在线检测系统，并部署生产数据采集与批记录软件。
P:1.2 乙方负责配方管理、批生产记录、冲压力曲线分析、设备联锁等程序的定制开发，并完成与甲方现有ERP物料编码的对接。
P:1.3 乙方负责设备供货、安装、接线、调试、试生产保障和操作维护培训，改造期间应配合甲方生产计划分段停线施工。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含税、含运输保险及安装调试，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器、触摸屏）|2套|186,000|372,000
TB:2|伺服驱动系统（含电机、减速机）|4套|78,500|314,000
TB:3|冲压力及称重传感器|48只|3,250|156,000
TB:4|工控机及现场HMI终端|6台|24,000|144,000
TB:5|生产数据采集与批记录软件许可（永久）|1套|298,000|298,000
TB:|软硬件小计|||1,284,000
TB:6|安装调试及试生产保障|1项|156,000|156,000
TB:7|定制程序开发（配方、批记录、联锁）|1项|98,000|98,000
TB:8|培训|1项|22,000|22,000
TB:|合同总价|||1,560,000
P:2.2 除本合同另有约定外，甲方无须另行支付其他费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的55%。到货签收仅为数量确认，不视为质量验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，到货后四十五日内完成两条生产线的安装调试。
P:4.2 乙方应提前提交施工方案、停线计划和安全措施，经甲方设备部书面确认后施工；施工人员须遵守甲方厂区安全管理制度，动火、登高及带电作业须办理作业票。
P:4.3 设备包装应适合长途运输和多次装卸，防潮防震，随箱附装箱清单；运输途中的毁损灭失风险由乙方承担，设备经甲方签收后风险转移。
P:4.4 乙方应在改造前对原有控制程序和参数进行备份，改造期间因乙方原因造成设备损坏或停产的，由乙方负责修复并赔偿损失。
H:第五条 验收
P:5.1 安装调试完成后，乙方提请验收，甲方组织设备、质量和生产部门按以下标准验收：（一）技术协议所列功能逐项测试通过；（二）连续试生产十个工作日，每条线日产不低于技术协议约定值；（三）片重在线检测偏差不超过±1%，冲压力超限自动剔除准确率达到技术协议要求；（四）批记录数据完整可追溯，与ERP物料编码对接无差错；（五）安全联锁和急停功能测试合格。
P:5.2 验收合格的，双方签署最终验收报告；不合格的，乙方应于十日内整改后重新验收。设备安装完毕、通电运行或甲方投入生产均不视为验收合格。验收所需的检测工装、标准砝码和测试用片剂原料由乙方准备，甲方提供必要的场地、水电和操作人员配合。
H:第六条 质量保证与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换和软件缺陷修复均由乙方免费提供。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单台设备或单项功能异常）2小时内响应，48小时内解决。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付¥800，从质保期服务费用或应付款中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级和故障处理），年度维保费按软硬件小计的28%计取，即每年¥359,520，该费率在质保期满后三年内固定不变，维保合同每年另行签订。
P:6.5 乙方应在甲方厂区设置备件库，常备伺服驱动器、传感器、PLC模块等易损备件，备件清单随验收资料移交；质保期内备件消耗由乙方及时补足。
H:第七条 知识产权
P:7.1 批记录软件的著作权归乙方，甲方享有永久使用许可。
P:7.2 为本项目定制开发的PLC程序、配方管理和联锁程序及其源代码、电气图纸归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产数据、配方参数和批记录等数据归甲方所有，乙方仅可为履行本合同使用。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN和账号接入，操作全程留存日志；乙方不得在其设备上留存甲方配方和生产数据。
P:8.3 乙方应确保所交付的工控机和软件无病毒、无后门，并按甲方要求完成主机加固。因乙方原因导致数据丢失、篡改或泄露的，乙方应在2小时内报告甲方，承担恢复费用并赔偿全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 设备或软件质量不符合约定的，乙方应负责更换或修复，并赔偿甲方由此造成的直接损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包
P:10.1 乙方不得转包本合同。设备基础改造等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 乙方逾期交货或逾期完成验收超过四十五日的，甲方有权书面通知解除合同，并要求乙方支付违约金、拆除已安装设备、恢复原控制系统。
H:第十二条 法律适用及争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交常州仲裁委员会仲裁。
H:第十三条 培训与技术资料
P:13.1 乙方应为甲方电工、设备维修人员和工艺人员各提供不少于三天的现场培训，内容包括PLC程序结构、伺服参数设置、传感器标定、批记录软件操作及常见故障处理，培训后应进行考核，确保受训人员能独立完成日常操作和一般维护。
P:13.2 乙方应在验收前移交电气原理图、接线图、PLC程序备份、参数清单、设备说明书、合格证和软件安装介质，图纸应与现场实际一致。
H:第十四条 不可抗力
P:14.1 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:15.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""
Z03 = """门店预约及会员管理SaaS服务合同

合同编号：LQ-SaaS-2026-019
甲方：杭州绿启室内环境治理连锁有限公司
乙方：杭州云约科技有限公司

甲方在杭州、绍兴、嘉兴共经营12家室内甲醛治理门店，为统一上门检测与治理预约、会员储值和积分、施工回访管理，向乙方订购门店预约及会员管理SaaS服务并委托乙方实施。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以SaaS方式向甲方提供预约管理、上门检测派单、治理施工工单、会员储值与积分、复检回访、门店经营报表等功能，开通门店端账号12个、总部管理端账号1个，施工人员移动端账号不限。
2. 乙方提供微信小程序预约入口和短信提醒通道，短信按每年二十万条包含在年费内。
（二）实施服务
1. 乙方负责系统初始化配置、甲方现有会员及储值余额数据迁移、小程序页面定制、与甲方财务系统的收款对账接口开发。
2. 乙方负责对门店店长、客服和施工队长进行培训，并提供操作手册。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期届满前四十五日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，并可依此类推。续期时乙方有权根据其届时的产品价格体系调整年费，调整后的价格以乙方发出的续费通知为准。

三、费用及支付
（一）费用构成
1. 一次性实施费：¥68,000。
2. 年度订阅费：门店端每店每年¥9,800，12家门店合计¥117,600；总部管理端每年¥36,000；年度订阅费合计¥153,600。
3. 两个服务年度合同总价为¥375,200（实施费¥68,000＋订阅费¥307,200）。超出包含量的短信按实际用量另行结算，不计入合同总价。
（二）支付方式
1. 实施费在上线验收合格后十个工作日内一次性支付。
2. 各服务年度的订阅费在该服务年度开始后十个工作日内支付。
3. 乙方应在收款前开具增值税普通发票。
4. 甲方按本合同约定支付的费用已包含乙方提供本合同项下服务所需的服务器、带宽、短信包含量及人工费用，乙方不得以任何名义另行收取。

四、实施与验收
（一）乙方应于合同签订后四十日内完成配置、数据迁移和接口开发，提请上线验收。
（二）验收标准：
1. 合同所列功能在全部12家门店逐项测试通过；
2. 会员档案及储值余额迁移后与甲方原系统逐条核对一致；
3. 收款对账接口连续五个营业日对账差异为零；
4. 小程序预约下单至门店接单的平均时间不超过10秒。
（三）验收合格的，双方签署上线验收单；不合格的，乙方应在七日内整改。甲方试用或开展业务不视为验收合格。
（四）实施期间乙方应派驻不少于两名实施顾问，在甲方总部和各门店轮流驻场，协助门店完成切换，切换当日应保证预约和收银业务不中断，旧系统数据在切换后保留只读查询。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应提前三日通知并安排在夜间进行。
（二）一级故障（预约、收银或储值功能全部不可用）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%抵扣下一期费用；一级故障恢复超时的，每超时一小时抵扣¥500。

（四）乙方提供工作日9:00至21:00的在线客服和电话支持，并安排专属客户成功经理，每季度到甲方总部进行一次使用情况回顾，提交服务报告，内容包括可用率统计、故障记录、工单处理时长和改进建议。
（五）乙方进行版本升级的，应至少提前七日通知甲方，升级不得降低已有功能，不得导致甲方已配置的会员规则和报表失效；升级造成数据异常的，乙方应立即回退并负责修复。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、会员等级与储值规则配置、对账接口程序及报表模板归甲方所有，甲方可自由使用、修改或交由第三方维护。

七、数据
（一）甲方的客户信息、会员档案、储值记录、检测报告和施工记录归甲方所有。
（二）乙方可将甲方业务数据去标识化后汇总，用于室内环境治理行业分析报告和乙方产品改进，该使用在本合同终止后仍可继续。
（三）乙方应采取数据加密存储、分级授权、操作日志留存等安全措施，服务器部署于中国境内并通过网络安全等级保护二级测评。发生数据泄露的，乙方应在24小时内通知甲方，并承担因其过错造成的全部损失。
（四）乙方员工访问甲方生产数据须经甲方管理员授权，仅限处理工单所需范围；乙方应每年对其运维人员进行数据安全培训并签署承诺书。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除。

八、保密
双方对在合作中获知的对方商业信息、客户资料和价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据或保密条款的，应赔偿甲方全部损失。
（三）甲方逾期付款超过十五日的，乙方可暂停服务，但应提前五日书面通知。

十、甲方义务与门店变动
（一）甲方应指定项目联系人，及时提供门店信息、价目表、会员规则和历史数据，并对配置结果进行确认。
（二）甲方应妥善保管各账号及密码，门店人员离职时及时停用账号。因甲方账号保管不善造成的损失由甲方自行承担，但乙方系统存在安全缺陷的除外。
（三）服务期内甲方新开门店的，按每店每年¥9,800按剩余月份折算增购；门店关闭的，甲方可提前三十日通知停用该店账号，自下一服务年度起相应减少订阅费。门店增减不影响本合同其他条款的效力。

十一、分包
乙方不得将实施服务分包，确需由第三方承担部分开发工作的，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（二）因乙方原因解除合同的，乙方应按剩余服务期比例退还已收订阅费。
（三）合同终止或解除后，乙方应给予甲方不少于三十日的只读访问期，配合甲方将数据迁移至新系统，期间不另收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、不可抗力及服务中断
（一）因不可抗力、电信运营商网络故障或政府管制导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核，但乙方应在条件恢复后立即恢复服务。
（二）乙方应每日对甲方数据进行备份，备份保留不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。因乙方原因造成数据丢失的，乙方应在二十四小时内从备份中恢复。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：__________          乙方（盖章）：__________
日期：__________                  日期：__________
"""
Z04 = """滨江市城市停车诱导系统2027年度运行维护服务合同

项目编号：BJJT-CS-2026-112（竞争性磋商）
甲方（采购人）：滨江市交通运输局
乙方（成交供应商）：滨江智行交通科技有限公司

根据滨江市城市停车诱导系统年度运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，双方订立本合同。

第一条 服务范围
（一）运维对象：中心城区三级停车诱导屏共214块（一级屏16块、二级屏58块、三级屏140块），停车诱导信息平台一套（含数据接入服务器、发布服务器、数据库及中心机房配套网络设备），接入平台的公共停车场泊位采集终端及通信链路。
（二）运维内容：诱导屏及采集终端的日常巡检、清洁、故障维修和配件更换；平台软件的运行监控、数据备份、安全加固、补丁更新和缺陷修复；泊位数据准确性核查；重大活动和节假日保障；运维档案管理。
（三）服务期限：2027年1月1日至2027年12月31日。服务期满本合同自然终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。

第二条 服务费用及支付
（一）本合同年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人工、车辆、工具、配件（单件价值¥2,000以下）、通信费及税费。单件价值超过¥2,000的配件更换费用由甲方审核后据实另行结算。
（二）服务费按季度支付，每季度末经甲方考核验收合格后十五个工作日内，甲方支付当季服务费¥121,500。
（三）乙方应按季度开具增值税发票，甲方按财政资金支付程序付款。
（四）服务期内新增或拆除诱导屏的，按磋商报价中的单块年度运维单价，以实际运维天数折算增减服务费，在第四季度结算时一并调整。

第三条 服务要求
（一）乙方应设立不少于六人的驻场运维团队，其中项目负责人一名、平台工程师两名、外场维修人员三名，并配备高空作业车一辆。人员名单报甲方备案，更换须经甲方同意。
（二）外场巡检：一级屏每周巡检一次，二、三级屏每两周巡检一次，采集终端每月巡检一次，巡检记录当日上传平台。
（三）平台运维：每日检查服务器、数据库和网络运行状态，每日增量备份、每周全量备份，每季度开展一次漏洞扫描和恢复演练。

（四）配件管理：乙方应建立备品备件库，常备诱导屏模组、电源、控制卡、采集终端各不少于在用数量的百分之三，更换下的旧件经甲方确认后处置，贵重配件旧件交回甲方。
（五）运维报告：乙方应于每月五日前提交上月运维月报，内容包括巡检完成情况、故障统计及处理时长、平台运行指标、配件消耗和下月计划；每季度提交季度分析报告，提出设备更新和系统优化建议。
（六）服务交接：服务期开始前十日内，乙方应与原运维单位及甲方共同完成设备清点、账号交接和遗留问题确认，形成交接清单三方签字；服务期满时，乙方应以同样方式向甲方或甲方指定的单位完成交接，并在交接后三十日内提供必要的咨询配合。

第四条 服务水平
（一）停车诱导信息平台月度可用率不低于99.95%。
（二）故障分级及处理时限：
1. 一级故障：平台中断或诱导屏大面积黑屏（同时十块以上），乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障：单块一级屏故障或单个停车场数据中断，2小时内响应，24小时内修复；
3. 三级故障：二、三级屏单块故障或显示错误，当日响应，48小时内修复。
（三）重大活动及法定节假日期间，乙方应安排专人值守，确保诱导信息实时发布。
（四）遇台风、暴雨、冰冻等恶劣天气，乙方应提前对诱导屏立柱、箱体和线缆进行检查加固，灾害过后二十四小时内完成全面巡查，并向甲方报告受损情况和修复计划。
（五）未达到上述服务水平的，乙方应在三个工作日内提交书面原因分析及整改措施，甲方将服务水平完成情况记入乙方年度履约评价。

第五条 考核验收
（一）甲方每季度末按以下标准对乙方服务进行考核验收：平台月度可用率达到第四条要求；各级故障均按第四条时限处理且无重复发生的一级故障；泊位数据经现场抽查与实际空余泊位基本一致；巡检、备份、漏洞扫描记录完整。
（二）考核合格的，甲方出具季度验收单；不合格的，乙方应在十日内整改并申请复验，复验合格后方可支付当季服务费。
（三）服务期满，甲方组织年度验收，乙方应移交全年运维档案、配件更换清单、设备台账及平台账号口令。

第六条 甲方义务
（一）甲方应指定专人负责运维管理和考核，及时提供开展工作所需的设备资料、图纸和机房出入权限。
（二）甲方负责协调公安交警、城管及停车场经营单位，为乙方外场作业和数据接入提供便利。
（三）诱导屏因交通事故、市政施工等第三方原因损坏的，乙方应先行抢修，修复费用经甲方审核后据实结算，乙方应协助甲方向责任方追偿。

第七条 知识产权
乙方在服务期间编写的运维脚本、巡检规程、故障处置预案、设备台账及运维报告归甲方所有，甲方可自由使用和修改。乙方修复平台缺陷所形成的程序代码，一并交付甲方。

第八条 数据安全
（一）平台采集的泊位数据、停车场运营数据和系统日志均归甲方所有，乙方仅可为履行本合同使用，不得提供给任何第三方或用于商业开发。
（二）乙方应遵守网络安全等级保护二级的要求，平台账号实行实名制和最小权限管理，远程运维须通过甲方堡垒机，严禁在互联网环境存储平台数据。
（三）发生数据泄露、篡改或网络攻击事件的，乙方应在1小时内报告甲方并按应急预案处置；因乙方原因造成的损失由乙方承担赔偿责任。

第九条 保密
乙方及其人员对在服务过程中知悉的甲方工作秘密、网络拓扑、账号口令和未公开数据负有保密义务，不得向任何第三方泄露，本义务在合同终止后继续有效。乙方人员进场前应签署保密承诺书。

第十条 分包
乙方不得将本合同项下服务转包或分包。

第十一条 责任
（一）乙方未履行或未适当履行本合同义务的，甲方有权要求乙方限期改正；因乙方原因造成甲方或第三方人身、财产损失的，乙方应依法承担赔偿责任。
（二）乙方在外场作业时应做好交通安全防护，设置警示标志，高空作业人员须持证上岗，作业期间发生的安全事故由乙方负责。
（三）乙方应为驻场及外场作业人员办理工伤保险和意外伤害保险，并为外场作业投保公众责任险，保险凭证复印件报甲方备案。

第十二条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未改正，或连续两个季度考核不合格的，甲方有权解除本合同，按实际服务期间结算服务费。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十三条 法律适用及争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向滨江市人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件、成交通知书及甲方确认的运维方案为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：__________          乙方（盖章）：__________
"""
Z05 = """# 匠迹工艺追溯系统软件许可及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-HT-2026-0237

甲方：临夏河州古建砖雕工坊有限公司

乙方：兰州匠迹软件科技有限公司

甲方拟对砖雕作品从选泥、制坯、雕刻、入窑烧制到出窑修补、包装发货的全过程建立工艺追溯，经协商，乙方向甲方许可使用“匠迹工艺追溯系统”并进行定制开发。双方依据《中华人民共和国民法典》签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺追溯系统标准版的永久使用许可，包括工单管理、工序扫码报工、物料批次、质检记录、作品档案、统计报表模块，授权一个工厂、并发用户不超过四十个。

1.2 乙方为甲方定制开发以下内容：工序二维码扫码报工小程序、窑炉温度曲线采集与记录、作品数字档案及对外防伪查询页面、与甲方电商店铺的订单同步接口。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 系统部署于甲方自有服务器。服务器、操作系统、数据库软件及网络环境由甲方按乙方提供的配置要求自行准备，乙方负责安装本系统及必要的中间件。

1.5 乙方交付物包括：系统安装程序及授权文件、定制功能程序、用户操作手册、管理员手册和培训课件。定制功能程序以可执行形式交付，源代码不在交付范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺追溯系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发（扫码报工、窑温记录、作品档案、订单接口） | 132,000 |
| 3 | 安装部署、初始化及培训 | 24,000 |
| | 合同总价 | 324,000 |

2.1 合同总价为人民币叁拾贰万肆仟元整（¥324,000），含增值税。

2.2 窑温采集所需的温度传感器、采集网关及甲方现场网络改造不在本合同范围内，由甲方自行采购。甲方电商平台接口如因平台方规则调整需要修改的，乙方另行报价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥210,600，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥113,400。

3.3 乙方在每次收款前向甲方开具增值税普通发票，甲方以银行转账方式付款至乙方指定账户。

3.4 甲方逾期付款的，乙方有权暂停开发和技术支持，由此造成的工期延误由甲方承担。

## 第四条 交付

4.1 乙方在收到第一期款项后六十日内完成系统部署和定制开发，并通知甲方上线运行。

4.2 甲方应提供工序流程、作品编码规则、窑炉点位和电商店铺接口权限等资料，因甲方资料提供不及时造成的延误，交付期限相应顺延。

4.3 乙方应为甲方提供一次集中培训，培训对象为甲方的工坊负责人、各工序班组长、质检员和系统管理员，培训时长不少于两天，内容包括扫码报工、作品建档、窑温曲线查看、报表导出和日常管理。甲方新入职人员的培训由甲方已培训人员负责。

4.4 甲方应指定一名项目联系人，负责需求确认、资料提供和上线协调。需求经甲方确认后如需变更，乙方有权根据工作量另行收取费用并顺延工期。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即上线运行。系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在免费维护期内予以处理。

5.3 甲方在乙方通知上线后拒绝或拖延使用系统的，自通知发出之日起满十日，系统视为已上线运行，甲方应按第3.2条支付款项。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月为免费维护期，期内乙方提供远程技术支持和软件缺陷修复。

6.2 乙方在工作日通过电话、微信和远程桌面提供技术支持，并尽商业上合理的努力解决甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得技术支持及版本升级，应按乙方当年公布的维护服务价格标准支付年度维护费，双方另行签订维护协议。

6.4 免费维护期内乙方提供标准版软件的小版本升级，大版本升级及新增功能另行收费。因甲方自行修改系统配置、更换服务器或操作系统、病毒感染或人为误操作引起的问题，不属于免费维护范围，乙方可按次收取服务费。

6.5 甲方如需乙方派员到现场服务，应承担乙方人员的差旅费用，并按每人每天¥1,800支付现场服务费。

## 第七条 知识产权

7.1 匠迹工艺追溯系统及其文档的著作权归乙方所有。

7.2 乙方为本合同定制开发的小程序、窑温记录模块、作品档案页面、接口程序及其源代码的知识产权均归乙方所有，乙方可将其纳入产品后续版本。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的工艺数据、作品档案、客户订单等数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。

8.2 乙方应采取身份认证、权限控制、数据加密和定期备份等安全措施保护甲方数据；远程维护须经甲方同意并留存记录。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，采取补救措施并赔偿甲方由此遭受的损失。

8.3 本合同终止后，甲方可自行从系统导出其数据。经甲方书面要求，乙方应删除其为提供远程维护而留存的甲方数据备份，并书面确认删除结果。

## 第九条 保密

双方对在合作中获悉的对方技术资料、工艺秘方、经营信息负有保密义务，未经对方书面许可不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十条 合作方

乙方有权根据项目需要，将部分开发、部署或培训工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何情况下，乙方在本合同项下的累计赔偿责任总额不超过合同总价的25%，且乙方不承担甲方的间接损失、利润损失或商誉损失。

## 第十二条 合同解除

一方严重违反本合同，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。

因甲方原因解除合同的，甲方已支付的款项不予退还；乙方已完成但尚未付款的工作，甲方仍应按实际工作量支付费用。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、政府行为、电信网络故障等不能预见、不能避免且不能克服的情况导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 通知

双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目联系人的电子邮箱、微信，发出之日视为送达。一方联系方式变更的，应提前三日通知对方。

## 第十六条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方另行签订补充协议。

甲方（盖章）：__________        乙方（盖章）：__________
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. SIS-HX-2026-11
P:This Agreement is made between Zhejiang Haixing Fine Chemicals Co., Ltd., a company registered in Shaoxing, Zhejiang Province, People's Republic of China (the "Customer"), and Strathearn Integrity Systems Ltd, a company registered in Scotland with its office at Feddal Road, Auchterarder, Perthshire (the "Vendor").
P:The Customer operates a fine-chemicals site with pressure vessels, piping, storage tanks and relief devices. It wishes to licence the Vendor's asset-integrity inspection software and to have it configured for its site, and the Vendor has agreed to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's IntegrityPlan software, version 9, including its inspection planning, risk-based inspection, thickness monitoring and corrosion-loop modules, together with its documentation.
P:1.2 "Custom Deliverables" means the configuration, report templates, data-migration scripts, interface programs and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the Acceptance Criteria.
P:1.4 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including equipment registers, inspection records, thickness readings and drawings.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's servers in Shaoxing for up to 60 named users and unlimited read-only users, for the Customer's own business.
P:2.2 The Vendor shall configure the Software for the Customer's site, migrate the Customer's existing inspection records from its spreadsheets and legacy database, build an interface to the Customer's maintenance management system, and train the Customer's inspection engineers and administrators.
P:2.3 The services shall be delivered in accordance with the statement of work in Annex 1 and the project plan agreed at the kick-off meeting.
P:2.4 The Vendor shall appoint a named project manager with experience of at least three comparable implementations in the chemical or refining industry, who shall attend the site for the configuration workshops, the migration rehearsal and the trial run. The Vendor shall not replace the project manager without the Customer's approval, which shall not be unreasonably withheld.
P:2.5 The Customer shall provide the servers, operating system and database licences described in Annex 1, a project contact, access to its inspection engineers for workshops, and the source data for migration in the formats agreed at kick-off.
H:Article 3 Price
P:3.1 The total price is CNY 1,800,000, fixed, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,240,000; configuration and interface services CNY 386,000; data migration CNY 120,000; training CNY 54,000.
P:3.2 No other charge is payable for the scope described in Article 2 unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total price within 20 days after the Software has been installed and the migrated data loaded in the Customer's production environment. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's account stated in its invoice. The Vendor shall issue valid invoices as required by PRC tax rules.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete configuration, migration and the interface within 100 days after signature.
P:5.2 The Acceptance Criteria are: (a) every function listed in Annex 1 passes the agreed test scripts; (b) a full reconciliation of migrated equipment and inspection records against the source files shows no unresolved difference; (c) the interface transfers work orders to and from the maintenance system for 15 consecutive working days without error; (d) standard reports open within 5 seconds with 60 concurrent users; and (e) no Severity 1 defect occurs during a trial run of 45 days.
P:5.3 When the criteria are met the Customer shall sign a Final Acceptance certificate within 10 working days. If they are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Go-live, use of the Software in production or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months from Final Acceptance. During that period the Vendor shall correct defects, provide new releases and give technical support free of charge.
P:6.2 Severity 1 means that the Software is unavailable or inspection records cannot be saved. The Vendor shall respond to a Severity 1 incident within 1 hour, at any time, and provide a workaround or fix within 8 hours. Severity 2 incidents shall receive a response within 2 hours during business hours in China.
P:6.3 For each full hour by which the Vendor misses a response or fix time for a Severity 1 incident, the Vendor shall pay or credit CNY 1,000 to the Customer.
P:6.4 After the warranty period the Customer may purchase annual support. The annual support fee is 11% of the Software licence fee, that is CNY 136,400 per year, and shall not increase during the first three support years. Each support year is ordered separately by the Customer; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including source code of the interface programs and migration scripts, belong to the Customer upon creation. The Customer may use, modify, copy and license them without restriction. The Vendor shall deliver the source code and documentation with the Final Acceptance package.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and for no other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access gateway provided by the Customer, with individual accounts and multi-factor authentication, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law when handling personal information of the Customer's staff.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, co-operate in containing it, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including process and equipment data, and use it only for this Agreement. This obligation continues for three years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer under Article 12.1, the Vendor shall refund the sums paid for undelivered services and the Customer may keep and use the Custom Deliverables delivered up to termination.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.
P:13.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund sums paid for work not delivered.
H:Article 15 General
P:15.1 Annex 1 (Statement of Work and Acceptance Tests) and Annex 2 (Support Terms) form part of this Agreement. In case of conflict, the Articles prevail.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:15.3 Notices shall be given in writing to the addresses stated above, or by email to the project contacts named in Annex 1, and take effect on receipt. Any amendment to this Agreement must be in writing and signed by authorised representatives of both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS

**Provider:** Ericht Field Systems Ltd, Wellmeadow, Blairgowrie, Perthshire, Scotland ("Provider")

**Customer:** Suzhou Tongsheng Elevator Maintenance Co., Ltd., Wuzhong District, Suzhou, Jiangsu Province, China ("Customer")

**Order Form No.:** EFS-OF-2026-0093

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

Provider's FieldPlan cloud service for scheduling and dispatching lift and escalator maintenance, including the planner console, technician mobile app, customer portal, parts-usage recording, statutory-inspection calendar and reporting module (the "Service"). Subscription quantity: 420 technician users, 35 planner users and unlimited customer-portal users.

### A2. Subscription Term

The initial Subscription Term is three Subscription Years. Subscription Year 1 starts on the Go-Live Date, being the date on which Customer signs the onboarding acceptance certificate under Part B Section 3. Each later Subscription Year starts on the anniversary of the Go-Live Date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding services (configuration, data load, interfaces, training) | one-time | 64,000 |
| Subscription fee, Subscription Year 1 | per Subscription Year | 286,000 |
| Subscription fee, Subscription Year 2 | per Subscription Year | 286,000 |
| Subscription fee, Subscription Year 3 | per Subscription Year | 286,000 |
| **Total for the initial Subscription Term** | | **922,000** |

Fees include VAT and hosting in mainland China. Additional users may be added at the per-user rate in the Provider's quotation dated 14 October 2026 and are not included in the total above.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer signs the onboarding acceptance certificate.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer shall pay each undisputed invoice within 30 days after receipt, by bank transfer in CNY to Provider's account with its bank in Shanghai. No amount is payable before onboarding acceptance.

### A5. Hosting and Approved Subcontractor

The Service is hosted on Alibaba Cloud in the East China (Shanghai) region. Customer approves Alibaba Cloud as Provider's hosting subcontractor by signing this Order Form.

### A6. Renewal

At the end of the initial Subscription Term the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Provider may increase the subscription fee for any renewal term by giving Customer notice at least 75 days before that renewal term begins, and the increased fee applies from the first day of the renewal term.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Agreement and the service description attached to the Order Form.

1.2 Customer shall use the Service only for its own maintenance business and shall keep user credentials secure. Customer is responsible for the acts of its users.

1.3 Customer shall appoint a project lead for onboarding, provide its equipment, site and contract records in the agreed spreadsheet templates, and give Provider test access to its ERP system. Where Customer's data or access is late, the onboarding date in Section 2.1 moves by the same number of days.

### 2. Onboarding

2.1 Provider shall complete onboarding within 50 days after signature of the Order Form. Onboarding includes configuration of Customer's maintenance contracts and routes, loading of equipment and site records for about 9,600 lifts and escalators, an interface to Customer's ERP for parts and invoicing, and train-the-trainer sessions for planners and technician leads.

2.2 If onboarding is not completed by that date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 800 for each day of delay, up to a maximum of CNY 64,000.

### 3. Onboarding Acceptance

3.1 Customer shall test the configured Service against the following criteria: (a) all functions in the service description work as described; (b) equipment and site records loaded into the Service match Customer's source data in a full comparison; (c) the ERP interface transfers parts usage and billing data for 10 consecutive working days without error; and (d) the technician app synchronises a completed job to the planner console within 60 seconds.

3.2 When the criteria are met, Customer shall sign an onboarding acceptance certificate within 5 working days. If they are not met, Provider shall correct the failures and Customer shall test again. Use of the Service for training or pilot sites is not acceptance.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.5% of each calendar month, excluding planned maintenance announced at least 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

4.2 Priority 1 means the Service or the technician app is unavailable to all users. Provider shall respond to a Priority 1 incident within 1 hour, at all times, and restore the Service within 6 hours. Priority 2 incidents receive a response within 2 hours and a fix within 2 business days.

4.3 If monthly availability falls below the commitment in 4.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to half of the monthly equivalent. If Provider misses a Priority 1 restoration time, it shall credit CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

4.4 Provider shall provide a Chinese-language support desk by telephone, email and the in-app ticket system from 08:00 to 20:00 Beijing time on every day of the year, with an on-call engineer outside those hours for Priority 1 incidents. Provider shall send Customer a monthly service report showing availability, incidents, response and restoration times and credits due.

4.5 Provider may update the Service from time to time, but shall not materially reduce its functionality during the Subscription Term. Provider shall announce major releases at least 14 days in advance and provide release notes in Chinese.

### 5. Customer Data

5.1 All data that Customer or its users enter into the Service, including customer, site, equipment, job and technician records ("Customer Data"), belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer under this Agreement.

5.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict staff access to named support engineers with logged access, maintain daily backups, and hold a valid MLPS level-3 record for the Service.

5.3 Provider shall notify Customer within 24 hours after becoming aware of a security breach affecting Customer Data, take prompt steps to contain it, and compensate Customer for losses caused by Provider's breach of this Section.

5.4 Within 30 days after the Agreement ends, Provider shall return Customer Data in a standard format and then delete it.

### 6. Intellectual Property

6.1 The Service and all Provider software remain Provider's property.

6.2 Configurations, report templates and interface mappings created specifically for Customer belong to Customer, and Customer may use, modify and have third parties use them freely.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement, during the Agreement and for three years after it ends.

### 8. Subcontracting

Apart from the hosting subcontractor approved in Part A, Provider shall not subcontract any part of the Service without Customer's prior written consent.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer in the eighteen months preceding the event giving rise to the claim. This limit does not apply to breach of Section 5 or Section 7, personal injury or wilful misconduct.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

10.2 If Customer terminates under 10.1, Provider shall refund the subscription fees already paid for the remaining part of the current Subscription Year.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

### 12. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disaster, epidemic, failure of public telecommunications networks or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Periods of force majeure do not count as unavailability under Section 4, but Customer need not pay subscription fees for any period of more than 7 consecutive days during which the Service cannot be used.

### 13. General

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Notices shall be sent to the addresses in this Order Form.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""
E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Software
P:Contract No. QSC-EQ-2026-217
P:Buyer: Anhui Qingshan Cement Co., Ltd., Chizhou, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Barry Mill Monitoring Ltd, Dundee Street, Carnoustie, Angus, Scotland (the "Supplier")
P:This Contract is made on the Buyer's standard form of purchase contract for equipment and software. The Buyer wishes to monitor the condition of the kiln drives, raw mills, cement mills, fans and conveyors of its two clinker lines, and the Supplier has offered wireless sensors, gateways and its monitoring software with related services.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's KilnWatch condition-monitoring software, including the analytics engine, dashboards, alarm management and mobile viewer.
P:1.3 "Deliverables" means all documents, configuration, analytics models, alarm rules, asset hierarchies and interface programs prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the complete system under clause 5.5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 180 wireless vibration and temperature sensors on 96 critical machines, 12 edge gateways, and a perpetual licence of the Software for up to 400 monitored assets installed on the Buyer's own servers.
P:2.2 The Supplier shall configure asset hierarchies and analytics models for each monitored machine, set alarm thresholds with the Buyer's maintenance engineers, connect the Software to the Buyer's distributed control system historian through a read-only interface, and train the Buyer's staff.
H:3. Price
P:3.1 The Contract Price is CNY 1,700,000, inclusive of VAT, packing, delivery to the Buyer's plant in Chizhou, insurance, installation and all services, as shown in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX rated|180|4,200|756,000
TB:2|Edge gateway with industrial enclosure|12|18,500|222,000
TB:3|KilnWatch Software licence, perpetual, 400 assets|1|468,000|468,000
TB:|Equipment and Software Subtotal|||1,446,000
TB:4|Installation and commissioning|1 lot|138,000|138,000
TB:5|Analytics model and alarm configuration|1 lot|96,000|96,000
TB:6|Training|1 lot|20,000|20,000
TB:|Contract Price|||1,700,000
P:3.2 The Contract Price is fixed and not subject to adjustment for exchange rates or any other cause.
H:4. Payment
P:4.1 20% of the Contract Price as an advance payment within 15 working days after the Buyer receives a bank guarantee for the same amount from a bank acceptable to it.
P:4.2 45% of the Contract Price after all Equipment has been installed and the Installation Certificate signed. The Installation Certificate confirms quantities and installation only and is not acceptance of the system.
P:4.3 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT special invoice for the amount due.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 70 days after signature and complete installation and commissioning within 40 days after delivery, during the planned kiln stops notified by the Buyer.
P:5.2 The Supplier is responsible for export clearance, shipment, import clearance and duties for Equipment made outside China, and bears the risk of loss or damage until the Equipment is signed for at the Buyer's plant. Each delivery shall include a packing list, certificates of origin and conformity, and the calibration certificate of every sensor.
P:5.3 Installation work in the plant shall follow the Buyer's safety rules, including permits for work at height, hot work and work near rotating machinery. The Supplier's staff shall attend the Buyer's site safety induction before starting work.
P:5.4 Acceptance criteria: (a) every sensor reports vibration and temperature data to the Software at the configured interval; (b) a comparison of sensor readings with the Buyer's portable analyser on 20 sampled machines shows deviation within the tolerance stated in the technical specification; (c) the historian interface runs for 20 consecutive days without data loss; (d) alarms are generated and delivered to the mobile viewer for all simulated fault cases in the test plan; and (e) the system runs for 60 days without a Severity 1 fault.
P:5.5 When the criteria are met the Buyer shall issue a Final Acceptance certificate. Delivery, installation, commissioning, use of the system or any payment shall not be treated as acceptance. If a test fails, the Supplier shall remedy the failure within 10 days and repeat the test.
H:6. Warranty and Service Levels
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply new Software releases free of charge.
P:6.2 Severity 1 means that the Software is unavailable or that more than ten sensors or any gateway stop reporting. The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote connection, have an engineer on site within 24 hours if needed, and restore service within 48 hours. Severity 2 faults receive a response within 2 hours and a fix within 5 working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, deductible from any sum due.
P:6.4 After the warranty period the Buyer may order annual support covering Software updates, remote support and sensor replacement at cost. The annual support fee is 8% of the Equipment and Software Subtotal, that is CNY 115,680 per year, fixed for the first three years after the warranty. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall deliver with the Equipment a set of spare parts comprising ten sensors, one gateway and mounting accessories, included in the Contract Price, and shall keep spare parts available for purchase for at least eight years after Final Acceptance.
P:6.6 Training shall consist of two days for maintenance engineers on vibration analysis with the Software and one day for system administrators, held at the Buyer's plant with course material in Chinese.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The licence under clause 2.1 is perpetual and irrevocable.
P:7.2 The Deliverables belong to the Buyer. The Buyer may use, modify and have third parties use or modify them without restriction. The Supplier shall hand over editable copies of the Deliverables and the source code of the interface programs at Final Acceptance.
H:8. Data Security
P:8.1 All data produced by the sensors and the Software, and all production data obtained from the Buyer's systems, belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Supplier shall connect to the Buyer's network only through the Buyer's remote-access system, with prior approval for each session, individual accounts and recorded sessions. The gateways shall send data only to the Buyer's servers. The Supplier shall not copy the Buyer's data to its own systems.
P:8.3 The Supplier shall report any security incident involving the Buyer's data or systems to the Buyer within 6 hours, co-operate in the response and compensate the Buyer for all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and network, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination of this Contract.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mechanical mounting works by a local contractor may be approved on request, and the Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and has not remedied the breach within 15 days after the Buyer's notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On such termination the Supplier shall refund all sums paid for Equipment or services not accepted and shall remove any Equipment the Buyer rejects at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:14. General
P:14.1 The technical specification and the test plan are annexes to this Contract. The Contract is signed in English and Chinese; both versions are equally valid.
P:14.2 Neither party may assign this Contract without the other party's written consent. Any amendment must be in writing and signed by both parties. Notices shall be given in writing to the addresses above or by email to the project managers named in the technical specification.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No.: SPY-MS-2026-041

**Customer:** Wuhan Changjiang Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, China ("Customer")

**Provider:** Spey Valley Managed Services Ltd, Main Street, Newtonmore, Inverness-shire, Scotland, acting through its Wuhan representative office ("Provider")

Customer operates six refrigerated warehouses and a transport fleet managed from its head-office data centre in Wuhan. Customer wishes to outsource the day-to-day operation of its network, servers and end-user support to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date on which Customer signs the transition acceptance certificate under clause 4.

1.3 "Initial Term" means the period of 36 months from Service Commencement.

1.4 "Customer Data" means all data of Customer held on or passing through the systems in scope, including warehouse-management, temperature-logging, fleet and finance data.

1.5 "Charges" means the transition charge and the monthly charges set out in Schedule 3.

## 2. Services

2.1 Provider shall perform the Services described in Schedule 1 for the sites and systems listed there, to the service levels in Schedule 2, with reasonable skill and care and in accordance with good industry practice.

2.2 Provider shall assign a service delivery manager and a resident team of four engineers in Wuhan, and shall maintain a remote operations centre providing monitoring at all times.

2.3 Provider shall keep an up-to-date configuration management database, network diagrams and operating procedures for all systems in scope, and shall hand them over to Customer on request and at the end of this Agreement.

## 3. Transition

3.1 Provider shall complete the transition of the Services from Customer's in-house team within 60 days after signature of this Agreement. Transition includes discovery and documentation of all systems in scope, installation of Provider's monitoring tools, knowledge transfer from Customer's staff, and a parallel-run period of 14 days.

3.2 If Service Commencement is delayed beyond the date in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Transition Acceptance

4.1 Customer shall sign the transition acceptance certificate when: (a) all devices and servers listed in Schedule 1 are monitored and appear in the configuration management database; (b) operating procedures for every service line have been approved by Customer's IT manager; (c) the service desk has handled all tickets during the parallel run within the Schedule 2 targets; and (d) a restore of a backup of the warehouse-management database has been tested successfully.

4.2 If any criterion is not met, Provider shall remedy the shortfall and Customer shall re-assess within 5 working days.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Initial Term are CNY 2,200,000, including VAT.

5.2 The transition charge is invoiced after Service Commencement. Monthly charges are invoiced monthly in arrears from Service Commencement. Customer shall pay each correct invoice within 30 days.

5.3 The monthly charge is fixed for the Initial Term. Work outside Schedule 1 is charged only if Customer approves a written quotation in advance.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 2. Where it fails to do so, Provider shall grant the service credits set out in Schedule 3, deducted from the next invoice.

6.2 Provider shall deliver a monthly service report showing performance against each service level, incidents, changes, capacity trends and credits due, and the parties shall hold a monthly service review.

## 7. Customer Responsibilities and Changes

7.1 Customer shall give Provider's staff access to its premises and systems as needed for the Services, provide a workspace for the resident team, keep its software licences and hardware maintenance contracts valid, and nominate an IT manager as the single point of contact.

7.2 Either party may request a change to the scope of the Services. Provider shall reply within 10 working days with the effect of the change on the Charges, service levels and timetable. No change is binding until both parties sign a change note. Moves, additions and changes of fewer than 20 user devices a month are included in the monthly charge.

7.3 Provider shall submit a rolling plan of maintenance windows each month. Planned changes to core systems shall be carried out outside warehouse peak hours, normally between 01:00 and 05:00 Beijing time, after approval through Customer's change process.

## 8. Customer Data

8.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request.

## 9. Intellectual Property

9.1 Provider's monitoring tools and pre-existing materials remain Provider's property and are made available to Customer for the duration of the Services.

9.2 Documentation, scripts, configuration records and operating procedures prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 10. Confidentiality

10.1 Each party shall keep confidential all non-public information received from the other party and use it only for the purposes of this Agreement. Provider shall ensure that its staff and subcontractors are bound by equivalent obligations.

10.2 This clause continues to apply for three years after the Agreement ends.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed 150% of the total Charges for the Initial Term.

11.2 Neither party is liable for loss of profit or indirect loss. Nothing limits liability for death or personal injury caused by negligence or for fraud.

## 12. Subcontracting

12.1 Provider may subcontract any part of the Services to its affiliates or to third-party service companies by giving Customer written notice at least 10 days before the subcontractor starts work.

12.2 Provider remains responsible for the performance of its subcontractors.

## 13. Term and Termination

13.1 This Agreement starts on signature and continues until the end of the Initial Term, when it expires. Any extension requires a written agreement signed by both parties.

13.2 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed Charges within 60 days after a written reminder.

13.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or enters into liquidation.

13.4 Customer's remedies for failures to meet the service levels are the service credits in Schedule 3 and its rights under clause 11. Customer may not terminate this Agreement before the end of the Initial Term.

13.5 On expiry or termination, Provider shall provide exit assistance for up to 45 days, including handover of documentation and knowledge transfer to Customer or its new provider, charged at the day rates in Schedule 3.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Schedule 1 - Services and Scope

| Service line | Scope | Main activities |
|---|---|---|
| Network operations | 2 core switches, 38 access switches, 6 site firewalls, SD-WAN links to 6 warehouses | monitoring, configuration changes, firmware updates, fault handling with carriers |
| Server and storage operations | 46 virtual servers, 2 hypervisor clusters, 1 storage array, backup system | monitoring, patching, capacity management, daily backup checks, quarterly restore tests |
| Service desk | about 520 users at head office and warehouses | ticket logging, first- and second-line support, account administration |
| On-site support | head office and warehouses in Wuhan | desktop, printer and handheld-scanner support, replacement of failed parts |

## Schedule 2 - Service Levels

| Item | Target |
|---|---|
| Availability of core network and data-centre services (monthly) | 99.95% |
| Priority 1 (warehouse-management system or a whole site down): response | 15 minutes |
| Priority 1: restoration | 3 hours |
| Priority 2 (single system or function degraded): response | 1 hour |
| Priority 2: restoration | 8 hours |
| Service desk: average time to answer a call (monthly) | 30 seconds |
| Service requests (new accounts, moves, changes): fulfilment | 2 working days |

## Schedule 3 - Charges and Service Credits

| Charge | Amount (CNY) |
|---|---|
| Transition charge (one-time) | 112,000 |
| Monthly charge | 58,000 |
| Monthly charges for 36 months | 2,088,000 |
| Total Charges for the Initial Term | 2,200,000 |
| Exit assistance and additional work, per engineer day | 2,600 |

| Service level missed | Service credit |
|---|---|
| Availability below target, for each 0.1 percentage point or part | 2% of the monthly charge |
| Priority 1 response later than target | CNY 1,000 per incident |
| Priority 1 restoration later than target | CNY 1,500 per hour of delay |
| Priority 2 restoration later than target | CNY 300 per hour of delay |
| Total service credits in a month | up to 20% of the monthly charge |

Signed for Customer: ____________________    Signed for Provider: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
MARINE WEATHER AND SEA-STATE DATA API

Agreement No.: CFMD-DS-2026-118

PARTIES

Fujian Minhai Coastal Shipping Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

Cromarty Firth Marine Data Ltd, Church Street, Cromarty, Ross-shire, Scotland ("Supplier").

BACKGROUND

Customer operates a fleet of coastal bulk carriers and container feeder vessels between ports in southern and eastern China. Customer wishes to receive marine weather, wave and current forecasts and historical sea-state data through an application programming interface for use in its voyage planning, fleet monitoring and fuel-management systems. Supplier provides such data as a subscription service.

1. DEFINITIONS

1.1 "API" means Supplier's application programming interface through which the Data is delivered.

1.2 "Data" means the forecast and historical marine data described in clause 2, including wind, significant wave height, swell, surface currents, visibility and tropical cyclone tracks.

1.3 "Subscription Year" means each period of one year starting on the Service Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.4 "Service Start Date" means the date on which Customer signs the integration acceptance note under clause 5.

1.5 "Customer Data" means vessel positions, voyage plans, routes, queries and any other information that Customer or its systems send to the API.

2. THE SUBSCRIPTION

2.1 Supplier grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to access the API and use the Data for its internal business, including display to its ship masters and charterers in voyage reports.

2.2 The subscription covers forecast data at a resolution of 5 kilometres for the China coastal area from the Bohai Sea to the Beibu Gulf, updated every 6 hours with a forecast range of ten days; a historical archive from 2010 onwards; tropical cyclone warnings; and route forecasts for up to 80 vessels at a time.

2.3 The API allows up to two million calls per Subscription Year. Calls above that volume are charged at the rate in Supplier's quotation and are not part of the fees in clause 3.

2.4 Supplier shall configure a custom route-forecast feed that matches Customer's fleet list and standard routes, and shall build and test a connector to Customer's voyage-planning system (the "Integration Work").

3. FEES

3.1 The fees for the Subscription Term are:
    Set-up and Integration Work (one-time)        CNY 46,000
    Subscription fee, Subscription Year 1         CNY 412,000
    Subscription fee, Subscription Year 2         CNY 412,000
    Total                                         CNY 870,000

3.2 All fees include VAT. The fees are fixed for the Subscription Term.

4. INVOICING AND PAYMENT

4.1 The set-up fee and the subscription fee for Subscription Year 1, together CNY 458,000, are invoiced on signature of this Agreement and are payable within 15 days after the invoice date. Supplier will issue API keys and start the Integration Work after receiving this payment.

4.2 The subscription fee for Subscription Year 2 is invoiced at the start of Subscription Year 2 and is payable within 30 days after the invoice date.

4.3 Payments are made in CNY by bank transfer to Supplier's account in Xiamen, against valid VAT invoices.

5. INTEGRATION AND ACCEPTANCE

5.1 Supplier shall complete the Integration Work within 35 days after receipt of the payment under clause 4.1.

5.2 Customer shall test the Integration Work against these criteria: (a) route forecasts are delivered for every vessel on the fleet list and every standard route; (b) forecasts received through the connector match those shown on Supplier's web portal in a sample of 200 comparisons; (c) the connector runs for 10 consecutive days without failed updates; and (d) tropical cyclone warnings reach the voyage-planning system within 10 minutes of publication by Supplier.

5.3 When the criteria are met Customer shall sign an integration acceptance note. If they are not met, Supplier shall correct the failures and Customer shall test again within 5 working days.

5.4 If Supplier completes the Integration Work late for reasons attributable to it, Supplier shall pay Customer liquidated damages of CNY 700 for each day of delay, up to CNY 35,000.

6. SERVICE LEVELS

6.1 Supplier shall keep the API available at least 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance.

6.2 A Priority 1 incident is one in which the API is unavailable, forecasts are not updated for more than two update cycles, or tropical cyclone warnings are not delivered. Supplier shall respond to a Priority 1 incident within 8 hours after Customer reports it and shall use all reasonable efforts to restore the service as soon as possible. Other incidents receive a response within 2 business days.

6.3 Support is provided by email and telephone in English and Chinese. Customer's contacts may report incidents at any time through the support portal.

6.4 If monthly availability falls below the level in clause 6.1, Supplier shall credit Customer 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point below that level. If Supplier misses the Priority 1 response time, it shall credit CNY 800 for each hour of delay. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

7. DATA QUALITY

7.1 Supplier shall produce the Data using recognised numerical models and observation sources and shall publish model verification statistics every quarter.

7.2 Forecast data is an aid to navigation planning. The master of each vessel remains responsible for safe navigation.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, including the improvement of its models or products for other customers, and shall not disclose it to third parties.

8.2 Supplier shall process Customer Data on servers located in mainland China, encrypt it in transit and at rest, limit access to named staff with multi-factor authentication and keep access logs for at least one year.

8.3 Supplier shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and be liable for losses caused by its breach of this clause 8.

8.4 At the end of the Subscription Term Supplier shall delete Customer Data and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Supplier owns the Data, the API and its models. Customer owns its derived voyage reports.

9.2 The connector and the configuration of the custom route-forecast feed produced by the Integration Work belong to Customer. Customer may use, modify and license them freely. Supplier shall deliver the connector source code at acceptance.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer's fleet and commercial information and Supplier's pricing, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

11. LIABILITY

11.1 Supplier's total liability under this Agreement is limited to two times the total fees in clause 3.1 (CNY 1,740,000).

11.2 The limit does not apply to breach of clause 8 or clause 10, fraud or wilful misconduct. Neither party is liable for indirect or consequential loss.

12. SUBCONTRACTING

Supplier shall not subcontract the delivery of the Data, the API or the Integration Work without Customer's prior written consent.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after notice.

13.3 If Customer terminates under clause 13.2, Supplier shall refund the subscription fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

15. CUSTOMER OBLIGATIONS

15.1 Customer shall keep its API keys secure, shall not share them outside its group of companies, and shall tell Supplier promptly if a key may have been compromised so that it can be replaced.

15.2 Customer shall provide its fleet list, standard routes and test access to its voyage-planning system within 5 working days after signature, and shall keep the fleet list up to date during the Subscription Term.

16. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disaster, failure of public networks or satellite links, or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Periods of force majeure are excluded from the availability calculation, but if the API cannot be used for more than 14 consecutive days Customer may terminate this Agreement and receive a refund of fees paid for the remaining period.

17. GENERAL

17.1 Notices shall be given in writing to the addresses above or by email to the contacts named by each party.

17.2 This Agreement is made in English and Chinese; both versions have equal force.

Signed for Customer: ____________________

Signed for Supplier: ____________________
"""

FILES = {
    "z01": ("h1145z01_animal_quarantine_e_certificate_platform.pdf", Z01),
    "z02": ("h1145z02_tablet_press_line_control_retrofit.docx", Z02),
    "z03": ("h1145z03_formaldehyde_chain_booking_membership_saas.txt", Z03),
    "z04": ("h1145z04_parking_guidance_system_annual_om.txt", Z04),
    "z05": ("h1145z05_brick_carving_process_tracking_supplier_template.md", Z05),
    "e01": ("h1145e01_asset_integrity_licence_scottish_vendor.pdf", E01),
    "e02": ("h1145e02_field_service_saas_order_form.md", E02),
    "e03": ("h1145e03_cement_plant_condition_monitoring_sensors.docx", E03),
    "e04": ("h1145e04_cold_chain_managed_infrastructure_36_months.md", E04),
    "e05": ("h1145e05_marine_weather_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in TERM_KEYS order, extra, TCO fee base or None, forum outside mainland, design rules)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                         False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1350000), 720000, False, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 18, 28,
                         False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1560000), 1284000, False,
            ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                      True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=375200),
            None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None,
                         False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=486000),
            None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": ("software", [None, None, False, "supplier", True, True, True, 0.02, 25, 65, False, False, 6, None,
                         False, True, True, "PRC", G],
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=324000), 168000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                         False, True, False, "Scotland", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1800000), 1240000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.5, 1, True, "buyer", True, True, True, 800 / 922000 * 100, 18 / 36 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=922000),
            None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8,
                         False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1700000), 1446000, False, []),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2200000 * 100, 150, None, True, None,
                         None, None, False, False, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000),
            None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "e05": ("cloud", [99.95, 8, True, "buyer", True, True, True, 700 / 870000 * 100, 200, 458000 / 870000 * 100,
                      True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=870000),
            None, False, ["CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %, horizon 5 years
THRESHOLDS = {99.9, 4, 0.05, 100, 30, 12, 15, 40}
HORIZON = 5


def tco_share(t, x, base):
    """Post-warranty fee share of a 5-year TCO from acceptance; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    r = set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules else "low"


# ---- threshold scan of the texts -------------------------------------------------------------------------------
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"\bfour\s*(?:\(4\)\s*)?hours?", r"(?<![〇零一二三四五六七八九十])四个?小时",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百(?![分之])",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"十二个月",
    r"(?<![\d.,])15\s*%", r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.,])5\s*(?:-\s*)?(?:years?|年)", r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?", r"(?<![〇零一二三四五六七八九十])五年",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内", "four hours", "四小时", "0.05%", ".05 %", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "12 months", "12个月", "twelve months", "十二个月",
            "15%", "百分之十五", "40 %", "百分之四十", "5 years", "5年", "five years", "五年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "48 hours", "0.5 percentage point", "万分之八", "万分之五十",
             "130%", "1.5%", "35%", "45%", "12家门店", "2026年12月", "第十二条", "18 months", "十八个月", "2025年",
             "CNY 1,000,000", "5%", "25%", "百分之三", "三年", "fifteen days", "2,100,000", "0.1 percentage"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


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
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, _) in FILES.items():
        cat, vals, extra, base, forum_outside, design = LABELS[key]
        assert len(vals) == len(TERM_KEYS)
        terms = dict(zip(TERM_KEYS, vals))
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
            assert terms["final_payment_on_acceptance"] is None
        rules = derive(terms, extra, base, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        for k, v in list(terms.items()) + list(extra.items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert not any(abs(v - th) < 1e-9 for th in THRESHOLDS), (key, k, v)
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        label = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (name, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        print("%-62s %5d %-6s %s%s" % (name, n, risk(rules), ", ".join(rules) or "(none)",
                                       "" if share is None else "  TCO share %.1f %%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in LABELS if not LABELS[k][5]) == 2
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
