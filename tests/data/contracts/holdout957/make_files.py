"""holdout957: ten blind held-out draft contracts (ordinary drafts, no tricks), built from the sources below.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the five .txt/.md files, the two .docx and the .pdf (via ../word_pdf.py), the ten .json labels, and asserts:
text lengths as read back, no threshold figure in any built file (raw, whitespace-collapsed, whitespace-free; the
regexes are self-tested), no label value on a threshold, TCO shares away from the threshold, rules derived from the
labels == design list, every CR rule covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:社会体育指导员管理平台建设项目采购合同
P:合同编号：TYJ-ZFCG-2027-018
P:采购人（甲方）：某市体育局
P:供应商（乙方）：某市云动信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就社会体育指导员管理平台建设项目订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供社会体育指导员管理平台软件（以下简称“平台”）的永久使用许可，并完成以下定制开发：指导员注册与等级审核、培训与考核管理、服务时长记录与积分、站点与赛事活动管理、微信小程序端、统计分析驾驶舱，以及与省级体育信息平台的数据接口。
P:1.2 乙方负责将甲方现有约二万六千名指导员的纸质及电子档案数据迁移至平台，并完成部署、联调、试运行和人员培训。
P:1.3 平台部署在甲方指定的政务云资源上，乙方不得将平台或数据部署于其他环境。
P:1.4 平台应符合国家网络安全等级保护第二级要求及政务信息系统建设的相关标准规范，并兼容主流国产操作系统与浏览器。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万零捌仟元整（¥1,508,000），为含税固定总价，包括：平台软件许可费¥860,000；定制开发费¥524,000；数据迁移费¥78,000；实施及培训费¥46,000。
P:2.2 除本合同另有约定外，甲方无需就本项目向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款前，乙方应开具等额合法有效的增值税发票。甲方按财政国库集中支付程序付款，付款时间以资金到账审批为准。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后十个工作日内无息退还。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成全部功能开发及数据迁移，并提交初步验收申请。
P:4.2 乙方应按周向甲方提交项目进度报告，重大风险应随时书面报告。
P:4.3 乙方应指派具有五年以上政务信息化项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方人员应遵守甲方的办公及安全管理制度。
P:4.4 甲方应指定项目联系人，及时提供需求确认、现有档案数据、政务云资源和必要的办公条件。甲方原因造成进度延误的，工期相应顺延。
P:4.5 乙方应为甲方及各区县体育部门的系统管理员、审核人员提供不少于三期集中培训，并提供操作手册、管理员手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：功能满足招标文件技术需求全部条款；迁移数据经甲方抽样比对，记录完整、字段准确；省级接口连续运行十日无数据丢失；在五百个并发用户下，常用页面响应时间不超过两秒。
P:5.2 初步验收通过后进入九十日试运行。试运行期间累计无一级故障、第三方安全测评无高危漏洞的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收未通过的，乙方应在十五日内整改并重新提交验收。
P:5.4 验收所需的第三方安全测评费用由乙方承担，测评机构由甲方选定。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），且质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内因平台缺陷导致数据错误或丢失的，乙方应免费修复程序并协助恢复数据，修复后的版本须经甲方测试确认。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或数据错误）乙方应在三十分钟内响应、两小时内到场；二级故障两小时内响应、次日内解决；三级故障下一个工作日内处理。
P:7.3 响应或到场超时的，每超时一小时乙方支付违约金¥800；月度可用率每低于约定值0.01个百分点，乙方支付¥1,500，甲方可从应付款中直接扣除。
P:7.4 乙方应每月向甲方提交运行报告，列明可用率、故障处理情况、安全事件及优化建议，并于每季度参加甲方组织的运行分析会。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的程序、接口、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码和文档，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 指导员个人信息、培训考核记录及平台产生的全部业务数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作日志审计等措施，运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部责任。
P:9.4 合同终止或维护服务结束时，乙方应向甲方移交全部数据及访问权限，并删除其持有的任何副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交验收申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应免费整改；因此给甲方造成损失的，应予赔偿。
P:11.3 乙方保证平台不侵犯任何第三方的知识产权；如因此引起第三方索赔，由乙方负责处理并承担全部费用。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 合同解除的，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及全部数据，并配合甲方完成后续工作的交接。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，可根据影响部分或全部免除责任。不可抗力消除后，双方应继续履行。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书均为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
P:签订日期：2027年3月   日
"""
Z02 = """T:瑜伽砖生产线控制系统改造合同
P:合同编号：YJZ-GZ-2027-006
P:甲方（买方）：某县恒韵瑜伽用品有限公司（瑜伽砖厂）
P:乙方（卖方）：某市智控自动化工程有限公司
P:甲方拟对其EVA及软木瑜伽砖的六条生产线（发泡、裁切、打磨、印刷、包装）进行控制系统改造，经比选确定由乙方承担。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及售后服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的控制柜更换、伺服及变频驱动改造、在线视觉检测安装，以及产线监控软件的部署和与甲方现有ERP系统的对接。
P:1.2 改造应在不影响其余生产线正常运行的前提下分线实施，每条线停线时间不超过六日。
P:1.3 乙方提供的设备应为全新原厂产品，附合格证、说明书及电气图纸。
P:1.4 改造后的控制系统应符合GB/T 5226.1机械电气安全标准，控制柜防护等级不低于IP54，并为后续新增生产线预留扩展接口。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），含税，包含设备、软件、运输、安装、调试、培训等全部费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|98,000|588,000
TB:2|伺服及变频驱动改造|6条线|46,500|279,000
TB:3|在线视觉检测单元|6套|28,000|168,000
TB:4|产线监控软件许可（永久）|1套|185,000|185,000
TB:|设备及软件小计|||1,220,000
TB:5|安装调试及ERP对接|1项|96,000|96,000
TB:6|操作及维修培训|1项|14,000|14,000
TB:|合计|||1,330,000
H:第三条 付款
P:3.1 合同生效后七个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货及安装调试不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应提供等额增值税专用发票。
P:3.5 甲方逾期付款的，乙方可顺延相应工期，但不得停止质保服务。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成全部生产线的安装调试。
P:4.2 乙方施工人员应遵守甲方的安全生产制度，动火、登高及带电作业应事先办理审批手续。
P:4.3 乙方应在每条线停线改造前提交施工方案，经甲方生产部门确认后实施。
P:4.4 甲方应按施工计划提供停线窗口、施工用电、临时仓储场地及ERP系统接口文档，并指定生产、设备两名联系人负责现场协调。
P:4.5 旧控制柜及拆除的电气元件归甲方所有，由乙方清点后移交甲方仓库。
H:第五条 验收
P:5.1 验收标准：各生产线达到改造方案约定的节拍（发泡线每模不超过八分钟，裁切线每小时不少于一千二百块）；视觉检测对尺寸偏差及表面缺陷的漏检率不高于千分之五；监控软件实时采集产量、能耗、设备状态，与ERP的工单数据一致；各生产线连续稳定运行七十二小时无停机故障。
P:5.2 每条线满足上述标准后，甲乙双方签署单线验收单；六条线全部签署后，甲方出具最终验收报告。
P:5.3 试生产、投入使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期内，一级故障（整线停产）乙方应在一小时内响应、六小时内到场，二级故障（单台设备停机）应在两小时内响应、次日到场；乙方每超时一小时，按三百元向甲方支付违约金。
P:6.3 乙方应在质保期内每季度进行一次巡检，并出具巡检报告。
P:6.4 乙方应在甲方厂区存放常用备品备件（包括伺服驱动器、触摸屏、工业相机各两套），备件消耗后应在七日内补足。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、故障维修、备件更换、软件升级及远程诊断。
P:7.2 年度维保费按设备及软件小计的28%计取，即每年人民币叁拾肆万壹仟陆佰元（¥341,600），质保期满后前四年内价格固定不变，按年度签订维保订单，不自动续期。
P:7.3 维保期间的服务响应时间与本合同第6.2条相同。
P:7.4 维保费包含人工、差旅及常用易损件费用；单价超过五千元的非易损备件按乙方投标时的备件报价单结算，报价单价格在维保期内不上调。
H:第八条 培训
P:8.1 乙方应对甲方操作工、设备维修人员及生产管理人员分批进行培训，内容包括设备操作、日常点检、常见故障排除、软件使用及报表查询，培训结束后进行考核，确保每条生产线至少有两名维修人员能独立处理常见故障。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、触摸屏画面、视觉检测算法参数及ERP接口程序，其知识产权归甲方所有，乙方应交付源程序及注释。
P:9.2 产线监控软件标准产品的知识产权归乙方，乙方授予甲方永久使用许可。
H:第十条 数据与网络安全
P:10.1 生产数据、工艺参数、订单数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方远程维护须经甲方书面审批，通过甲方提供的专用VPN接入，并保留操作记录。乙方应采取防病毒及访问控制措施，不得在控制网络中安装未经甲方许可的软件。
P:10.3 因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在两小时内通知甲方，协助恢复，并承担由此造成的损失。
P:10.4 乙方交付的控制系统应关闭不必要的端口和服务，交付前须修改全部默认口令并向甲方移交账号清单，移交后由甲方自行管理。
H:第十一条 保密
P:11.1 双方对在履约过程中获知的对方技术资料、工艺配方、客户信息负有保密义务，保密期限至合同终止后三年。
H:第十二条 分包
P:12.1 乙方可将电气安装施工、线缆敷设等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包单位的工作承担全部责任。
H:第十三条 违约责任
P:13.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金。
P:13.2 设备或软件质量不符合约定的，乙方应负责更换或修复，因此造成甲方停产的，乙方应按实际停产损失予以赔偿。
P:13.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
H:第十四条 合同解除
P:14.1 乙方逾期超过三十日，或设备经两次整改仍不能通过验收的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿损失。
H:第十五条 不可抗力
P:15.1 因地震、火灾、洪水等不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十七条 其他
P:17.1 本合同附件包括：改造技术方案、设备清单、施工进度计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（签章）：              乙方（签章）：
"""
Z03 = """儿童体能连锁门店预约及会员管理系统服务合同

合同编号：TN-SaaS-2027-031
甲方：某市小飞侠儿童体能运动管理有限公司（以下简称“甲方”）
乙方：某市约课云科技有限公司（以下简称“乙方”）

甲方经营三十五家儿童体能训练门店，拟使用乙方提供的在线预约及会员管理服务（以下简称“本服务”）。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供课程排期、家长在线预约、签到核销、会员卡及课包管理、教练课时统计、营销活动及经营报表等功能，覆盖甲方全部三十五家门店。
2. 甲方门店账号、教练账号及家长端小程序账号数量不设上限。
（二）实施服务
1. 乙方负责平台初始化配置、三十五家门店的课程及教练数据导入、原有会员系统约四万八千条会员及课包余额数据的迁移。
2. 乙方负责以甲方品牌定制家长端小程序界面，并对接甲方使用的微信支付及财务软件。
3. 乙方为各门店店长、前台及教练提供线上及现场培训，每家门店培训不少于一次。

二、服务期限
（一）本服务期限为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期限届满前三十日内任何一方未书面提出异议的，本合同自动续期一年，可多次续期。续期的服务费由乙方根据届时的产品价格体系确定，乙方有权在续期时上调服务费，并以书面或系统公告方式通知甲方。

三、服务费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度人民币6,800元，三十五家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
2. 实施服务费：一次性人民币68,000元。
3. 本合同总价为人民币544,000元（含税）。
（二）支付方式
1. 实施服务费在上线验收合格后十个工作日内一次性支付。
2. 第一个服务年度的订阅服务费在上线验收合格后十个工作日内支付；第二个服务年度的订阅服务费在该服务年度开始后十个工作日内支付。
3. 乙方应在收款前开具增值税专用发票。
（三）除本合同约定的费用外，乙方不得以短信通道、存储空间、功能模块等名义另行收取费用；甲方另行选购的增值服务以双方书面确认的报价为准。
（四）新增门店的，按每家门店每个服务年度6,800元按剩余月份折算收费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）验收标准：
1. 三十五家门店均可正常完成排课、预约、签到和核销；
2. 迁移的会员信息及课包余额经甲方逐店核对无误；
3. 微信支付及财务软件对接连续十日对账一致；
4. 在甲方周末高峰时段，家长端预约操作响应时间不超过两秒。
（三）符合上述标准的，甲方签署上线验收单。未通过验收的，乙方应在七日内整改并重新申请验收。门店开始使用系统不视为验收合格。
（四）乙方应在合同签订后五个工作日内提交实施计划，明确各门店的切换顺序与时间；切换应避开周末及寒暑假课程高峰，切换当日乙方须安排人员驻店支持。
（五）乙方逾期提交上线验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨零点至六点之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或签到）：乙方应在一小时内响应，三小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：两小时内响应，八小时内恢复；
3. 三级故障（一般问题或咨询）：一个工作日内答复。
（三）月度可用率未达到约定标准，或一级故障未按时恢复的，乙方按当月订阅服务费的5%向甲方提供服务抵扣，单月抵扣累计不超过当月订阅服务费的20%。

（四）乙方应每日对甲方数据进行全量备份，备份数据至少保留三十日，并在异地机房保存副本；数据恢复点目标不超过二十四小时。
（五）乙方应提供每日八点至二十二点的在线客服和电话支持，门店周末及节假日营业期间同样提供支持，并每月向甲方提交服务报告，列明可用率、故障及处理情况。
（六）乙方对平台进行功能升级的，不得降低原有功能和服务水平；涉及门店操作变化的，应提前七日通知甲方并提供操作说明。

六、数据归属与数据安全
（一）甲方的会员信息、儿童及家长个人信息、预约及消费记录等全部数据归甲方所有。乙方仅为提供本服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、访问权限控制、操作日志留存等安全措施，对儿童个人信息实行单独的保护规则，并遵守《个人信息保护法》的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在二小时内通知甲方，采取补救措施，并承担因其原因给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在交付确认后删除其保存的数据。

七、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、报表模板及数据迁移脚本的知识产权归甲方所有，甲方可自由使用、修改。

（三）乙方保证其提供的平台及定制成果不侵犯第三方的知识产权或其他合法权益。因此引起第三方索赔的，由乙方负责处理并承担全部费用及甲方的损失。

八、保密
双方对在合作中知悉的对方商业秘密及经营信息负有保密义务，保密义务不因合同终止而解除。

九、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方事先书面同意的除外。

十、违约与解除
（一）一方严重违反本合同，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。
（二）乙方连续两个月月度可用率未达标的，甲方有权解除本合同，乙方应退还未履行期间的服务费。

（三）本合同解除或终止的，乙方应配合甲方完成数据导出及向新系统的迁移，过渡期不少于三十日，过渡期内服务不得中断。
（四）甲方无正当理由逾期支付服务费超过三十日，经乙方书面催告后十日内仍未支付的，乙方可暂停部分服务，但应保证甲方可查询和导出数据。

十一、甲方的义务
（一）甲方应指定项目负责人，协调各门店配合实施，按时提供课程、教练、会员等基础数据，并对迁移结果进行核对确认。
（二）甲方应妥善保管其管理员账号和密码，合理分配门店及教练账号权限；员工离职时应及时停用其账号。
（三）甲方通过本服务开展营销活动的，应确保活动内容合法，并取得家长对接收营销信息的同意。

十二、不可抗力
因不可抗力或基础电信运营商大面积故障导致服务中断的，乙方不承担违约责任，但应及时通知甲方并尽力恢复服务；主张不可抗力的一方应在事件发生后三日内提供有关证明。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会仲裁。

十四、其他
（一）本合同项下的通知以书面形式送达双方在本合同首页载明的地址，或发送至双方指定的电子邮箱。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
Z04 = """全民健身器材物联监测系统年度运维服务合同

项目名称：全民健身器材物联监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：TYJ-CS-2027-009

采购人（甲方）：某市体育局
供应商（乙方）：某市健联物联网技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就全民健身器材物联监测系统年度运维服务事项订立本合同。

第一条 服务范围
1. 运维对象：甲方全民健身器材物联监测系统，包括监测平台（部署于市政务云）、运营管理后台、市民端小程序，以及安装在全市一千一百四十六个健身路径站点的智能监测终端（约六千二百台）和配套通信模块。
2. 服务内容：平台及数据库的日常巡检、故障处理、安全加固与漏洞修复；监测终端的巡检、清洁、故障维修与更换（终端备件由甲方提供）；器材损坏告警的核实与转派；每月运行数据统计分析；配合甲方开展全民健身数据上报。
3. 乙方应设立本项目专职运维团队，现场驻点人员不少于三名，其中项目负责人一名、平台运维工程师一名、终端维护人员一名，并配备巡检车辆。

4. 乙方应使用甲方的运维工单系统记录全部故障及处理过程，工单应包含报障时间、响应时间、恢复时间、处理人员及处理结果，甲方可随时查阅。

第二条 服务期限
服务期限自2027年1月1日起至2027年12月31日止。服务期满后，甲方依照政府采购的有关规定重新组织采购，本合同不自动续期。

第三条 合同价款与支付
1. 本合同年度运维服务费为人民币肆拾陆万捌仟元整（¥468,000），为含税固定总价，包括人工、交通、工具、通信及税费等全部费用。
2. 运维服务费按季度支付，每季度人民币117,000元。每季度结束后，甲方对乙方该季度的服务进行考核确认，并在收到乙方发票后十五个工作日内支付该季度费用。
3. 甲方不向乙方支付预付款。

4. 服务费的支付以甲方财政资金到位为前提，甲方应按财政国库集中支付程序办理；乙方开具的发票应与季度考核确认的金额一致。

第四条 服务交接与验收
1. 合同生效后十日内，乙方应与原运维单位完成交接，交接内容包括平台账号、运维文档、终端台账及遗留问题清单。交接完成后由甲方组织交接验收，验收标准为：终端台账与系统在线记录核对一致；平台管理员账号全部更换；遗留问题均已建立处理计划。
2. 服务期满前，甲方按本合同服务要求组织年度验收。年度验收标准为：全年巡检记录完整；离线终端均按第五条的时限处理；全年未发生因乙方原因造成的数据泄露事件；运维文档及终端台账更新完整并移交甲方。验收合格后甲方出具验收意见。

第五条 服务水平要求
1. 监测平台年度可用率不低于99.95%。
2. 监测终端离线的，乙方应在四十八小时内恢复或更换。
3. 故障响应：
（1）一级故障（平台整体中断或市民端无法使用）：三十分钟内响应，三小时内恢复；
（2）二级故障（单个区县站点数据中断或部分功能异常）：一小时内响应，二十四小时内恢复；
（3）三级故障（单个终端异常或咨询）：两个工作日内处理完毕。
4. 每个站点每季度至少现场巡检一次，巡检记录应拍照上传至平台。
5. 器材损坏告警应在二十四小时内完成现场核实，并转派器材维修单位。
6. 乙方每月五日前向甲方提交上月运维报告，每季度提交运行分析报告。

7. 全民健身日、市运动会等重大活动及法定节假日期间，乙方应制定保障方案，安排人员值守，确保平台及市民端正常运行。

8. 乙方应建立终端故障知识库，对同一站点一个季度内重复出现的故障进行原因分析，提出改进建议报甲方。

第六条 服务考核
甲方每季度按照磋商文件所附考核办法对乙方进行考核，考核内容包括响应及时率、终端恢复及时率、巡检完成率及报告质量。考核不合格的，乙方应在十日内提交整改报告并完成整改；全年考核结果作为甲方评价乙方履约情况的依据。

第七条 人员与备件管理
1. 乙方驻点人员应具备相应的专业能力，项目负责人应具有三年以上物联网系统运维经验。乙方更换驻点人员的，应提前七日书面报甲方同意，并完成工作交接。
2. 乙方人员进入站点作业应佩戴工作证件，遵守安全操作规程，对健身器材及周边设施造成损坏的，由乙方负责修复。
3. 甲方提供的终端备件由乙方负责保管，建立出入库台账，每季度与甲方核对；备件遗失或因乙方保管不当损坏的，由乙方照价赔偿。

第八条 甲方的义务
1. 甲方应向乙方提供运维所需的平台访问权限、堡垒机账号、政务云资源信息及备件，协调各区县体育部门及街道配合站点巡检。
2. 甲方应按本合同约定按时组织考核、验收并支付服务费。

3. 甲方有权对乙方的服务情况进行抽查，乙方应予配合并如实提供记录。

第九条 数据安全
1. 监测数据、站点信息、市民端用户信息等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
2. 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，运维操作须通过甲方堡垒机进行，严禁在平台上安装未经甲方批准的程序；乙方人员账号实行实名制，离岗当日注销。
3. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在一小时内向甲方报告，并立即采取处置措施；因乙方原因造成的，由乙方承担全部法律责任及甲方的损失。
4. 乙方应每半年开展一次平台安全自查和漏洞扫描，发现的中高危漏洞应在十五日内完成修复，并配合甲方或其委托的机构开展等级保护测评和安全检查。
5. 服务期满，乙方应将全部运维资料及数据移交甲方，并删除其持有的副本。

第十条 保密
乙方对在履约过程中知悉的甲方工作信息、网络结构、账号口令及其他未公开信息承担保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

第十一条 知识产权
乙方在运维过程中为甲方编写的脚本、补丁、统计报表模板及运维文档，其知识产权归甲方所有。

第十二条 分包
乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。

第十三条 违约责任
1. 乙方未按本合同要求提供服务的，应按甲方要求及时整改。
2. 任何一方违反本合同约定给对方造成损失的，应赔偿对方的实际损失。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并按乙方实际提供服务的期间结算费用。

第十五条 不可抗力
因自然灾害等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明。不可抗力影响期间的服务要求相应调整，事件消除后乙方应优先恢复平台运行。

第十六条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
1. 本合同履行期间，双方的联系人、通知地址如有变更，应提前书面通知对方。
2. 磋商文件、响应文件、成交通知书及考核办法为本合同的组成部分。
3. 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：
"""
Z05 = """# 织迹工艺追踪系统软件许可及定制开发合同

（织迹软件标准合同文本 2026版）

合同编号：ZJ-HT-2027-0112

甲方（客户）：某市羊毛毡手作工作室（个体工商户）

乙方（服务商）：某市织迹软件科技有限公司

鉴于甲方需要对其羊毛毡原料、湿毡及针毡工序、染色和成品批次进行全过程追踪管理，乙方同意向甲方许可使用“织迹工艺追踪系统”并提供定制开发服务。双方经协商一致，订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的织迹工艺追踪系统标准版及其更新版本。

1.2 “定制开发成果”指乙方根据甲方需求，在标准软件基础上开发的功能模块、程序代码、配置及相关文档。

1.3 “上线”指系统部署完成并可在甲方工作室登录使用。

1.4 “许可用户”指经甲方授权、可同时登录系统后台的工作人员账号；小程序扫码报工账号不计入许可用户数。

1.5 “工作日”指中华人民共和国法定工作日，不含周六、周日及法定节假日。

## 第二条 合作内容

2.1 乙方向甲方提供标准软件的永久使用许可，许可用户数为十个。

2.2 乙方根据甲方需求进行以下定制开发：原料入库及羊毛批次管理；订单—工序—批次追溯；染色配方及色号记录；微信小程序扫码报工；手作成品溯源二维码。

2.3 乙方负责系统在甲方指定服务器或云主机上的安装部署，并为甲方工作人员提供操作培训。

2.4 标准软件的许可范围仅限甲方自身经营使用，甲方不得出租、出借、转售标准软件，也不得超出许可用户数使用。甲方需增加用户的，按乙方届时报价另行购买。

2.5 系统运行所需的服务器、操作系统、数据库、网络及扫码设备由甲方自行准备，配置应满足乙方提供的环境要求；乙方可协助甲方选购，但不对第三方产品的质量负责。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工艺追踪系统标准版许可（十用户，永久） | 168,000 |
| 2 | 定制开发（五个功能模块） | 146,000 |
| 3 | 实施部署 | 22,000 |
| 4 | 操作培训 | 6,000 |
| | 合计 | 342,000 |

合同总价为人民币叁拾肆万贰仟元整（¥342,000），含增值税。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币188,100元。乙方收到该笔款项后启动开发工作。

4.2 系统上线后五个工作日内，甲方支付合同总价的45%，即人民币153,900元。

4.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持，由此造成的工期延误由甲方承担。

## 第五条 交付与验收

5.1 乙方应在收到首期款后六十日内完成定制开发及部署。因甲方需求变更或未及时确认需求导致延期的，交付期限相应顺延。

5.2 系统部署完成并上线运行，即视为甲方验收合格。甲方在上线后对功能有异议的，可在七日内提出，乙方将视情况安排优化，但不影响验收结果。

5.3 甲方超出本合同范围提出的新增需求，双方另行签订补充协议并另行计费。

5.4 乙方交付的内容包括：系统安装程序、管理员手册、操作手册各一份。源代码不属于交付内容。

5.5 上线前，乙方可协助甲方将历史订单及原料数据导入系统，导入数据量不超过两万条；超出部分按乙方报价另行收费。

## 第六条 免费维护期及后续服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方为甲方提供程序缺陷修复和远程技术支持。

6.2 远程技术支持时间为工作日九点至十八点，甲方可通过电话、微信群或乙方客服平台提交问题，乙方将尽合理努力予以处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格标准支付年度维护费。

6.4 乙方发布的标准软件新版本，在免费维护期内可免费升级一次；升级可能导致定制功能需要重新适配，适配工作另行收费。

6.5 因甲方自行修改系统、操作不当或服务器故障导致的问题，不属于免费维护范围，乙方可按人天收取服务费。

## 第七条 甲方的责任

7.1 甲方应指定一名联系人，负责需求确认、测试配合和内部协调。乙方提交的需求说明书、界面原型等文件，甲方应在三个工作日内书面确认，逾期未确认的视为确认。

7.2 甲方应按乙方要求提供工序流程、原料编码规则、历史订单样例等资料，并保证资料真实、完整。

7.3 甲方应妥善保管系统账号及密码，因甲方账号泄露造成的损失由甲方自行承担。

7.4 甲方应安排工作人员参加乙方组织的培训。培训以线上方式进行，共两次，每次半天；甲方要求现场培训的，差旅费用由甲方承担。

## 第八条 知识产权

8.1 标准软件及定制开发成果（包括源代码、设计文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定的用户数范围内享有定制开发成果的使用权，不得对其进行修改、反向工程，不得转让或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方录入系统的订单、配方、客户等业务数据由甲方负责其合法性。

9.2 乙方应采取访问控制、传输加密、定期备份等措施保障系统数据安全；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并依照本合同第十一条承担责任。

9.3 甲方同意，乙方有权对系统中的业务数据进行脱敏和汇总分析，并将分析结果用于改进乙方产品、编制行业研究报告及为其他客户提供服务。

## 第十条 保密

10.1 双方对在合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法应当披露的除外。

10.2 保密期限为本合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失、数据损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方已支付的首期款不予退还，已完成的工作按实际工作量结算。

12.3 甲方在上线后单方解除合同的，已付款项不予退还，乙方停止提供技术支持并收回系统使用许可。

## 第十三条 不可抗力

因不可抗力致使一方不能履行合同的，该方应及时通知对方，在不可抗力影响范围内免除责任。

## 第十四条 通知

双方的通知可通过本合同所列地址、电子邮箱或微信工作群送达；通过微信工作群发出的，发出即视为送达。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同以乙方标准合同文本为准，双方另有书面约定的除外。

16.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　　日期：
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TFS-CN-2027-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengmu Timber Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhangjiagang, Jiangsu Province (the "Buyer"), and Lakeside Forest Systems Limited, a company incorporated in New Zealand with its registered office in Taupo, New Zealand (the "Vendor").
P:The Buyer imports logs and sawn timber through the Port of Zhangjiagang and wishes to replace its spreadsheet-based log tally and yard inventory with the Vendor's TimberTrack software. The Vendor has agreed to license that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the TimberTrack log tally, grading, yard inventory and shipment reconciliation modules in object code, with their documentation and the updates the Vendor releases during the Warranty Period and any support term.
P:1.2 "Custom Deliverables" means the interfaces, report templates, mobile scanning screens, configuration scripts and data conversion programs the Vendor writes specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all data that the Buyer or its staff enter into, upload to or generate with the Software, including tally records, supplier and customer records, grading results and yard photographs.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in mainland China for the internal business of the Buyer and its affiliates, for up to sixty named users and unlimited handheld scanning devices.
P:2.2 The Buyer may make reasonable backup copies and may move the Software to replacement hardware without further fee. The licence survives any expiry of support.
P:2.3 The Buyer shall not sell or sublicense the Software to third parties or reverse engineer it except as permitted by law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build interfaces to the Buyer's ERP system and to the port terminal's container release system, convert historical tally records for the two preceding years, and develop the mobile scanning screens and twenty-two report templates listed in Annex 1.
P:3.2 The Vendor shall train ten key users and four administrators at the Buyer's premises in Zhangjiagang and provide user manuals in Chinese and English.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and who will be on site during installation, cut-over and the first two weeks of live operation. The Vendor shall not replace the project manager without the Buyer's agreement, which shall not be unreasonably withheld.
P:3.4 The project plan in Annex 2 sets the milestones. Installation shall be complete within seventy days and Provisional Acceptance shall be requested within one hundred and ten days after signature.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,540,000, inclusive of Chinese value added tax and withholding, made up of Licence Fees of CNY 1,180,000, implementation and interface services of CNY 264,000, data conversion of CNY 58,000 and training of CNY 38,000.
P:4.2 The Buyer shall pay 10% of the total price within twenty days after signature against the Vendor's invoice, 55% within twenty days after Provisional Acceptance, and 35% within twenty days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account stated on the invoice. The Vendor's own bank charges are for its account.
P:4.4 The price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 5 Acceptance
P:5.1 Provisional Acceptance takes place when the Software and the Custom Deliverables have been installed on the production servers and pass the acceptance tests in Annex 3, including: every report template produces results that match the Buyer's reference data; the ERP interface posts tally and grading records without loss for ten consecutive working days; converted records match the source spreadsheets on a full count and on a sample check of five hundred records; and a yard of eight thousand logs can be counted and reconciled with handheld scanners within the time stated in Annex 3.
P:5.2 Final Acceptance takes place after a sixty-day period of live operation following Provisional Acceptance in which no Severity 1 defect remains open and all Severity 2 defects have been resolved. The Buyer shall then sign a Final Acceptance certificate.
P:5.3 If a test fails, the Vendor shall correct the defect within ten working days and the test shall be repeated. Use of the Software in live operation, or any payment, does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 1 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support is provided remotely from New Zealand and through the Vendor's partner in Shanghai. For a Severity 1 defect (the Software or a critical interface is unusable) the Vendor shall respond within one hour, at any time, and work continuously on a fix or workaround. For Severity 2 defects the Vendor shall respond within eight business hours.
P:6.3 If the Vendor misses a response time for a Severity 1 defect, it shall credit the Buyer CNY 1,000 for each hour or part of an hour of delay, to be set off against the next payment or paid within thirty days.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Licence Fees per year (CNY 129,800). That fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, belong to the Buyer from creation. The Vendor shall deliver the source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables without restriction.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall indemnify the Buyer against any claim that they do.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems or disclose it to any third party.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication, and is logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Buyer Data out of mainland China.
P:8.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to, loss of or corruption of Buyer Data caused by the Vendor or its staff, shall help the Buyer to restore the data, and shall be liable for the resulting loss.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business and technical information of the other party that it receives under this Agreement, use it only for this Agreement, and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This Article survives termination for five years.
H:Article 10 Delay and Liability
P:10.1 If Provisional Acceptance is delayed beyond the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to the Vendor's liability under Articles 7.3 and 8, or to fraud, wilful misconduct or personal injury.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, except to its Shanghai partner named in Annex 2, which the Buyer approves by signing this Agreement. The Vendor remains responsible for its subcontractors.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after notice, or if delay damages reach their maximum. On such termination the Vendor shall refund the amounts paid for undelivered or rejected work.
P:12.2 The Vendor may terminate the services, but not the licence, if the Buyer fails to pay an undisputed amount within sixty days after written notice.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of New Zealand.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be negotiated by senior managers of the parties for thirty days. If it is not resolved, it shall be referred to arbitration in Auckland under the Arbitration Act 1996 of New Zealand, before a single arbitrator. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification and Custom Deliverables), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""
E02 = """# Order Form and General Terms — FleetWise Maintenance Cloud

**Order Form No.** FW-OF-2027-118

**Provider:** Delta FleetWise Software, Inc., a Mississippi corporation with its principal office in Greenwood, Mississippi, United States ("Provider"), acting in China through its service partner named in A6.

**Customer:** Wuhan Changjiang Lianyun Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Services ordered

FleetWise Maintenance Cloud, Enterprise edition, for Customer's fleet of tractors, trailers and refrigerated units operated from its Wuhan, Changsha and Zhengzhou depots: preventive maintenance scheduling, work orders, parts inventory, tyre management, driver defect reporting by mobile app, telematics fault-code intake and fleet cost reporting. Subscription for 240 named users. Premium Support as described in Part B, Section 5.

### A2. Subscription Term

The initial Subscription Term is twenty-four months, starting on the Subscription Start Date, which is the date of Onboarding Acceptance under Section 3 of Part B. The Subscription Term consists of two Subscription Years.

### A3. Fees

| Item | Unit | Quantity | Unit price (CNY) | Amount per Subscription Year (CNY) | Total over the Initial Term (CNY) |
|---|---|---|---|---|---|
| Enterprise subscription | named user per year | 240 | 1,150 | 276,000 | 552,000 |
| Premium Support | per year | 1 | 36,000 | 36,000 | 72,000 |
| Onboarding (one-time) | fixed | 1 | 58,000 | — | 58,000 |
| **Total contract value** | | | | | **682,000** |

All fees are in CNY and include Chinese VAT. Additional users may be added at the same unit price, prorated to the end of the current Subscription Year.

### A4. Invoicing and payment

(a) The onboarding fee is invoiced on Onboarding Acceptance.

(b) Subscription and Premium Support fees are invoiced annually in advance, on the Subscription Start Date and on the first day of the second Subscription Year.

(c) Invoices are payable within thirty days after receipt of a valid VAT invoice. No other amount is payable before Onboarding Acceptance.

### A5. Onboarding

Provider shall complete the onboarding services described in Section 3 of Part B, including import of Customer's vehicle master data, maintenance history for the last three years and parts catalogue, configuration of maintenance plans for each vehicle class, and the telematics interface, by the Target Go-Live Date of 1 June 2027.

### A6. Contacts and service partner

Provider's account manager: Ms. Dana Whitfield, Greenwood office. Provider's service partner in China: Wuhan Qiancheng Information Technology Co., Ltd., which provides onboarding, first-line support and hosting operations.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the FleetWise Maintenance Cloud subscription service identified in the Order Form, including its mobile applications and documentation.

1.2 "Customer Data" means all data, records and files submitted to the Service by or for Customer, including vehicle, driver, maintenance and cost data.

1.3 "Customer Configurations" means the maintenance plans, forms, workflows, report layouts and interface mappings that Provider builds for Customer during onboarding.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with the Agreement and the documentation.

2.2 The Service is hosted in a cloud data centre located in mainland China, operated by Provider's service partner under Provider's supervision.

2.3 Customer shall use the Service only for its own business and shall be responsible for the accuracy of Customer Data and for its users' compliance with the Agreement.

### 3. Onboarding and acceptance

3.1 Provider shall complete onboarding by the Target Go-Live Date. Customer shall provide data and access to its telematics provider in a timely manner.

3.2 Onboarding Acceptance requires that: (a) vehicle master data for all depots has been imported and reconciled against Customer's fleet register with no missing units; (b) maintenance plans for each vehicle class generate due work orders correctly in a test run of thirty days of data; (c) telematics fault codes arrive in the Service within five minutes during a test of five consecutive working days; and (d) the mobile app works on the device models listed by Customer. Customer shall confirm acceptance in writing within five working days after these tests are passed, or list the failures.

3.3 Use of the Service for training or testing does not constitute Onboarding Acceptance.

3.4 If Onboarding Acceptance does not occur by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to a total of CNY 35,000.

### 4. Service levels

4.1 Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 If availability in a month falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below the commitment, up to 25% of that monthly amount. Service credits are deducted from the next invoice.

### 5. Support

5.1 Premium Support is provided by telephone, e-mail and portal in Chinese and English. For Priority 1 incidents (the Service is unavailable or a core function cannot be used by all users), Provider shall respond within one hour, twenty-four hours a day, and shall work continuously until the incident is resolved or a workaround is provided. Priority 2 incidents receive a response within two business hours.

5.2 If Provider misses a Priority 1 response time, Customer receives a credit of CNY 500 per hour of delay.

### 6. Customer Data and security

6.1 As between the parties, Customer owns all Customer Data. Provider may process Customer Data only to provide the Service and support under the Agreement and shall not use it for any other purpose.

6.2 Provider shall maintain administrative, physical and technical safeguards for the security of Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups retained for thirty days and annual penetration tests. Customer Data shall be stored in mainland China and shall not be transferred abroad.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours, take prompt steps to contain it and shall be responsible for losses resulting from incidents caused by Provider's breach of this Section.

6.4 Within thirty days after the end of the Agreement, Provider shall make Customer Data available for export in CSV format and shall then delete it.

### 7. Intellectual property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations and reports created specifically for Customer belong to Customer, and Customer may use, modify and pass them to other providers freely.

### 8. Confidentiality

Each party shall keep the other party's confidential information secret, use it only under the Agreement and protect it with at least reasonable care. This obligation continues for three years after the Agreement ends.

### 9. Subcontractors

Provider may use subcontractors and sub-processors, including its service partner named in A6, to provide the Service without Customer's consent. Provider shall list its current subcontractors on its trust website and remains responsible for their performance.

### 10. Renewal

At the end of the initial Subscription Term, the subscription renews automatically for successive renewal terms of one year unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the fees for any renewal term by giving notice at least ninety days before the renewal date; the increased fees apply from the start of the renewal term.

### 11. Limitation of liability

11.1 Neither party is liable for indirect or consequential loss, or for loss of profits, revenue or goodwill.

11.2 Each party's aggregate liability arising out of or relating to the Agreement shall not exceed the fees paid by Customer under the Agreement in the six months before the event giving rise to the claim. This limit does not apply to breach of Section 6 or Section 8 or to a party's fraud or wilful misconduct.

### 12. Term and termination

12.1 The Agreement continues for the Subscription Term and any renewal term.

12.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice. On termination for Provider's breach, Provider shall refund prepaid fees for the remainder of the Subscription Term.

### 13. Governing law and disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

### 14. General

Notices shall be in writing and sent to the addresses in the Order Form. Neither party may assign the Agreement without the other's consent, except to a successor of its whole business.

**Signed for Provider:** ____________________   **Signed for Customer:** ____________________
"""
E03 = """T:Purchase Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. ZYGC-2027-SM-07
P:Buyer: Henan Zhongyuan Grain Storage Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhengzhou, Henan Province (the "Buyer").
P:Supplier: Kelso Grain Sensing Pty Ltd, a company incorporated in New South Wales, Australia, with its principal place of business in Bathurst, New South Wales (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates forty steel and concrete silos at its Zhengzhou and Xinxiang depots and wishes to monitor grain temperature and moisture continuously to prevent spoilage.
H:1. Definitions and Scope
P:1.1 "Equipment" means the temperature cables, moisture sensors, wireless gateways, mounting hardware and spare parts listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's SiloSense monitoring software, licensed under clause 8.
P:1.3 "Custom Work" means the dashboards, alarm rules, interface to the Buyer's warehouse management system and reports that the Supplier prepares for the Buyer.
P:1.4 The Supplier shall supply, deliver, install, configure and commission the Equipment and Software at the Buyer's two depots, integrate the Software with the Buyer's warehouse management system, and train the Buyer's staff, so that the system is complete and fit for continuous grain monitoring.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver the Equipment DDP to the Buyer's depots within seventy-five days after signature. Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and test reports for each batch of cables.
P:2.2 Installation shall be carried out silo by silo, in accordance with the Buyer's safety rules for work at height and in confined spaces, and shall be completed within forty-five days after delivery. Silos shall be entered only with a permit issued by the Buyer.
P:2.3 The Supplier's installation supervisor shall be present on site for the whole installation period. Installation works shall be performed by the Supplier's own technicians.
P:2.4 The Buyer shall provide access to the silos at agreed times, electricity at each gateway location, a server room position for the Software and the documentation of its warehouse management system interface. If the Buyer cannot empty a silo in time for cable installation, the parties shall agree a revised sequence and the installation period shall be extended accordingly without any liquidated damages for that silo.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,556,000, inclusive of VAT, customs duties, freight, insurance and all other costs of performance. It is fixed for the duration of the Contract and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 28 m, 12 sensing points each|320|1,450|464,000
TB:2|Capacitive moisture sensors|160|2,100|336,000
TB:3|LoRa wireless gateways with solar power|40|6,800|272,000
TB:4|SiloSense software perpetual licence, unlimited silos, 25 users|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,390,000
TB:5|Installation, configuration and WMS integration|1|142,000|142,000
TB:6|Training|1|24,000|24,000
TB:|Contract Price|||1,556,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance within fifteen days after receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within thirty days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 Each payment is conditional on receipt of a valid Chinese VAT invoice for the amount due.
H:5. Acceptance
P:5.1 After installation the Supplier shall test the system in the presence of the Buyer. Final Acceptance requires that: (a) every cable and sensor reports to the Software and the readings of a sample of one in ten sensing points agree with a calibrated reference instrument within 0.5 degrees Celsius and 0.8 percentage points of moisture; (b) alarms for temperature rise are raised in the Software and by SMS within two minutes in a simulated test; (c) the interface with the warehouse management system transfers silo stock and readings correctly for ten consecutive days; and (d) the system runs for forty-five consecutive days without a Severity 1 fault.
P:5.2 When these criteria are met the Buyer shall issue a Final Acceptance certificate. The Buyer's use of the system before that date does not constitute acceptance.
P:5.3 If the system fails a test, the Supplier shall remedy the failure at its cost within fifteen days and the test shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for twenty-four months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and freight.
P:6.2 The Supplier shall keep in the Buyer's store a spare stock of at least ten temperature cables, ten moisture sensors and two gateways, and replenish it within twenty days after use.
H:7. Technical Support and Service Levels
P:7.1 Faults are classified as Severity 1 (monitoring of one or more silos is lost, or alarms do not work), Severity 2 (partial loss of readings or reports) and Severity 3 (other defects and questions).
P:7.2 For Severity 1 faults the Supplier shall respond within thirty minutes, through its technical partner in Zhengzhou, and shall restore monitoring within twenty-four hours. Severity 2 faults shall receive a response within two hours and be resolved within three days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may order annual maintenance covering the same services. The annual maintenance fee shall not exceed 7.5% of the Equipment and Software Subtotal (CNY 104,250 per year) and is fixed for three years after the warranty period. Each year is ordered separately and there is no automatic renewal.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive, royalty-free licence to use the Software for the Buyer's grain storage operations at any of its sites.
P:8.2 The Custom Work and all intellectual property in it belong to the Buyer. The Supplier shall deliver the Custom Work with its source files and documentation, and the Buyer may modify it and license it to others without restriction.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe any third party's rights.
H:9. Data Security
P:9.1 All sensor readings, stock data, alarm records and other data collected or generated by the system belong to the Buyer. The Supplier may use that data only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers. The Supplier shall access the system only remotely through the Buyer's VPN, with the Buyer's approval for each session, and every session is logged. The Supplier shall not transfer data outside mainland China.
P:9.3 The Supplier shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to the system or any loss or corruption of data caused by the Supplier, shall help the Buyer to restore the data and shall compensate the Buyer for its resulting losses.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's facilities, stocks, business and systems received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 2, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement and breach of clause 9, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier's technical partner in Zhengzhou named in the Supplier's tender is approved by the Buyer's signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within twenty days after written notice, or if the liquidated damages reach their maximum. The Supplier shall then refund all amounts paid for Equipment or work that is not accepted, and remove the Equipment at its own cost if the Buyer so requires.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese, both equally authentic. Amendments are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Workplace IT Services Agreement

**Agreement No.** BSMS-HRB-2027-02

**Provider:** Bass Strait Managed Services Pty Ltd, a company incorporated in Tasmania, Australia, with its principal office in Devonport, Tasmania ("Provider").

**Customer:** Heilongjiang Beiyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province ("Customer").

**Background.** Customer operates a head office in Harbin, two processing plants in Qiqihar and Daqing, and four regional sales offices. Customer wishes to outsource its service desk, end-user device management, site support and Microsoft 365 administration to Provider for thirty-six months. Provider delivers the services in China through its wholly owned subsidiary in Harbin.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been accepted under Section 4.

1.3 "Service Levels" means the service levels in Schedule 2.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services, including data held on end-user devices and in Customer's Microsoft 365 tenant.

1.5 "Monthly Service Charge" means the fixed monthly charge in Schedule 3.

## Section 2. Term

2.1 This Agreement starts on signature and continues for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by written agreement of both parties. Any extension shall be at the Monthly Service Charge then applicable unless the parties agree otherwise in writing. There is no automatic renewal.

## Section 3. Services

3.1 Provider shall perform the Services in Schedule 1 for approximately 1,150 users and 1,400 devices across Customer's seven sites, in accordance with the Service Levels and Customer's IT policies as provided to Provider from time to time.

3.2 Provider shall appoint a service delivery manager based in Harbin who shall meet Customer's IT manager monthly to review performance, incidents, changes, risks and improvement proposals, and shall deliver a monthly service report within five working days after the end of each month.

3.3 Provider shall maintain a current configuration database of all managed devices, licences and user accounts, which Customer may inspect at any time.

3.4 Changes to the scope of the Services shall be agreed through a written change request signed by both parties, stating the effect on the charges.

## Section 4. Transition and acceptance

4.1 Provider shall carry out the transition in accordance with the transition plan agreed at signature, including knowledge transfer from Customer's current staff, set-up of the service desk telephone line and portal, onboarding of all devices into Provider's management tools and documentation of all sites.

4.2 Transition acceptance requires that: (a) all devices listed in Customer's asset register are enrolled and reporting to the management tools; (b) the service desk has handled live calls for ten consecutive working days in parallel with Customer's staff, with an average speed of answer below sixty seconds; (c) runbooks have been delivered and approved for each site; and (d) a disaster-recovery test of the Microsoft 365 backup has been completed successfully. Customer shall confirm acceptance in writing within five working days after these criteria are met, or state the failures.

4.3 If transition acceptance is delayed beyond 1 May 2027 for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 1,800 for each day of delay, up to a maximum of CNY 90,000.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. If Provider fails to meet a Service Level in a month, Customer is entitled to the service credits set out in Schedule 2, which shall be deducted from the next invoice.

5.2 Service credits are not Customer's exclusive remedy for a failure to meet Service Levels.

## Section 6. Charges and payment

6.1 The charges are set out in Schedule 3. The transition charge is payable within thirty days after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears and payable within thirty days after receipt of a valid VAT invoice.

6.2 The Monthly Service Charge covers up to 1,250 users. Additional users are charged at the rate in Schedule 3. The charges are fixed for the Term.

## Section 7. Customer Data and security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only on Customer's documented instructions and only for the purpose of performing the Services.

7.2 Provider shall implement and maintain appropriate technical and organisational security measures, including: multi-factor authentication for all administrator accounts; privileged access only from Provider's managed workstations in Harbin; logging of all administrative actions, retained for at least one year; encryption of all managed laptops; and quarterly access reviews. Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within six hours after becoming aware of it, shall cooperate in containment and investigation, and shall be liable for losses resulting from incidents caused by Provider or its personnel.

7.4 At the end of the Term, Provider shall return all Customer Data and documentation and securely erase any copies held by Provider.

## Section 8. Personnel

8.1 Provider's on-site engineers shall comply with Customer's food safety and hygiene rules when entering production areas.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and shall remain responsible for any approved subcontractor.

## Section 9. Intellectual property

9.1 Provider's tools, methods and pre-existing materials remain Provider's property.

9.2 Runbooks, scripts, configuration baselines and documentation prepared specifically for Customer belong to Customer, which may use and modify them freely, including after the Term and with another provider.

## Section 10. Liability

10.1 Provider's total liability under this Agreement shall not exceed 150% of the total charges payable over the Term. The limit does not apply to liability for breach of Section 7, for personal injury or for wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit, except in the case of breach of Section 7.

## Section 11. Term commitment and early ending

11.1 This Agreement runs for the full Term. Customer's remedies for any failure by Provider are the service credits under Section 5 and damages under Section 10, and Customer may not terminate this Agreement before the end of the Term.

11.2 Provider may suspend the Services on fifteen days' written notice if undisputed charges remain unpaid for more than sixty days after their due date, and may terminate this Agreement if they remain unpaid thirty days after suspension.

11.3 At the end of the Term, Provider shall provide exit assistance for up to ninety days at the day rates in Schedule 3, including knowledge transfer to Customer or a new provider.

## Section 12. Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

## Section 13. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and WeChat support in Chinese; incident and request logging, first-line resolution, password resets | 07:00–22:00 daily |
| End-user device management | Patching, software deployment, anti-malware, encryption and inventory for laptops, desktops and plant terminals | Continuous |
| Site support | On-site engineers at Harbin head office and both plants; visits to sales offices as needed | Plant shift hours |
| Microsoft 365 administration | User and licence management, mailbox and Teams administration, backup of mail and files | Business days |
| Hardware lifecycle | Imaging, deployment and secure disposal of devices supplied by Customer | Business days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (a site or a production line terminal group cannot work) — response | 15 minutes | 3% of the Monthly Service Charge |
| Priority 1 incident — restoration | 3 hours | 5% of the Monthly Service Charge |
| Priority 2 incident — response | 1 hour | 2% of the Monthly Service Charge |
| Service desk average speed of answer in the month | 45 seconds | 2% of the Monthly Service Charge |
| Critical security patches applied to all managed devices | within 14 days of release | 3% of the Monthly Service Charge |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after the Service Commencement Date | 84,000 |
| Monthly Service Charge | per month, 36 months | 62,500 |
| Monthly Service Charges over the Term | 36 × 62,500 | 2,250,000 |
| Total charges over the Term | | 2,334,000 |
| Additional user above 1,250 | per user per month | 46 |
| Exit assistance | per engineer day | 2,600 |

All amounts include Chinese VAT.

**For Provider:** ____________________   **For Customer:** ____________________
"""
E05 = """COTTON MARKET AND QUALITY DATA API SUBSCRIPTION AGREEMENT

Agreement No.: MDC-API-2027-15

PROVIDER: Magnolia Delta Cotton Data LLC, a Mississippi limited liability company with its principal office in Corinth, Mississippi, United States ("Provider").

CUSTOMER: Shandong Luxin Cotton Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Binzhou, Shandong Province ("Customer").

RECITALS

Customer imports raw cotton from the United States and other origins for its spinning mills and wishes to receive bale-level fibre quality data, crop progress data and daily market price data through an application programming interface for use in its purchasing, blending and risk management systems. Provider collects, processes and distributes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface and bulk file feed through which the Licensed Data is delivered.

1.2 "Licensed Data" means the fibre quality data for bales offered or shipped to Customer, the crop progress and weather summaries, and the daily and historical spot and futures-based price series described in Schedule A.

1.3 "Customer Data" means the contract numbers, bale and lot identifiers, shipping schedules, purchase prices, blending recipes and other information that Customer submits to the API or to Provider, and all results generated from it for Customer.

1.4 "Subscription Year" means each period of one year starting on the Go-Live Date or on its anniversary. The subscription runs for two Subscription Years (the "Subscription Term").

1.5 "Integration Services" means the services in clause 3 to connect the API to Customer's purchasing and blending systems.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API and to use the Licensed Data within Customer's group in China for its internal business purposes, including purchasing decisions, blending, quality claims against shippers and internal reporting.

2.2 Customer may keep and continue to use Licensed Data received during the Subscription Term after the term ends, for internal records and quality claims, but may not resell it or publish it in bulk.

2.3 Customer may permit up to fifty named users and three system accounts to use the API.

2.4 The agreed request volume is up to twenty thousand API calls per day, with peaks of twenty calls per second. If Customer's use regularly exceeds that volume, the parties shall discuss an adjustment in good faith; Provider shall not suspend access for excess use without first consulting Customer.

3. INTEGRATION SERVICES AND ACCEPTANCE

3.1 Provider shall deliver the Integration Services before the Go-Live Date of 15 March 2027: provision of API credentials and a test environment, mapping of Customer's bale and lot identifiers to Provider's records, a connector to Customer's purchasing system, a daily bulk file for Customer's blending system, and two days of training for Customer's technical and purchasing staff.

3.2 Integration acceptance requires that: (a) quality data for a test set of two thousand bales from at least three shipments matches the certificates held by Customer; (b) the connector loads price series and quality data into the purchasing system each working day for ten consecutive working days without manual correction; (c) the daily bulk file is delivered by 07:00 Beijing time on each of those days; and (d) API calls in the test return results within two seconds at the agreed request volume. Customer shall confirm acceptance in writing within five working days after these tests are passed. The Go-Live Date is the date of that confirmation.

3.3 If integration acceptance is not achieved by 15 March 2027 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to CNY 45,000, and the first Subscription Year shall start only on the actual Go-Live Date.

4. FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 386,000;
(b) subscription fee for the second Subscription Year: CNY 386,000;
(c) Integration Services, one-time: CNY 46,000.
The total fees under this Agreement are CNY 818,000, inclusive of Chinese VAT and withholding.

4.2 The Integration Services fee is payable within thirty days after integration acceptance. Each Subscription Year's fee is invoiced on the first day of that Subscription Year and payable within thirty days.

4.3 The fees are fixed for the Subscription Term. Additional named users may be added at CNY 3,200 per user per Subscription Year, prorated.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of the time in each calendar month, measured at Provider's API gateway, excluding scheduled maintenance of which Customer is notified at least five days in advance and which is performed outside 06:00 to 20:00 Beijing time.

5.2 The daily price series shall be published through the API within ninety minutes after the close of the relevant market.

5.3 For Priority 1 incidents (the API or the bulk feed is unavailable, or data delivered is materially wrong), Provider shall respond within two hours at any time and provide hourly updates until resolution. Priority 2 incidents shall receive a response within one business day.

5.4 If monthly availability falls below the commitment in clause 5.1, or the Priority 1 response time is missed, Customer shall receive a service credit of 5% of one twelfth of the current Subscription Year's fee for each failure, up to 25% of that amount per month, deducted from the next invoice or refunded at the end of the term.

6. DATA QUALITY AND SOURCES

6.1 Provider shall compile the Licensed Data with the skill and care of a professional data provider, from the sources stated in Schedule A, and shall correct errors notified by Customer within two business days.

6.2 Provider does not warrant that market prices or crop forecasts will be accurate predictions of future events.

6.3 Provider shall keep a log of revisions to historical Licensed Data and shall make revised records available through the API with the date and reason of each revision.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to deliver the API, the Licensed Data and the Integration Services to Customer, and for no other purpose.

7.2 At the end of the Subscription Term, Provider shall return Customer Data in a machine-readable format on request and then delete it from its systems.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors keep all rights in the API and the Licensed Data, subject to the licence in clause 2.

8.2 The connector, mapping tables and file specifications developed specifically for Customer under clause 3 belong to Customer, which may use, modify and have them modified by third parties without restriction. Provider shall deliver their source code at integration acceptance.

9. CONFIDENTIALITY

9.1 Each party shall treat as confidential the other party's non-public information disclosed under this Agreement, including Customer's purchase prices, positions and suppliers and Provider's methods and pricing. Neither party shall disclose such information to any third party without the other party's prior written consent, except to its advisers under a duty of secrecy or as required by law.

9.2 This clause survives for three years after the end of the Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two times the total fees in clause 4.1, except in the case of fraud, wilful misconduct or breach of clause 9.

10.2 Neither party is liable to the other for loss of profit or for indirect or consequential loss, except in the case of breach of clause 9.

11. SUBCONTRACTING

Provider shall not subcontract the delivery of the API or the Integration Services, in whole or in part, without Customer's prior written consent. Provider's data suppliers listed in Schedule A are not subcontractors.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. If Customer terminates for Provider's breach, Provider shall refund the unused part of prepaid subscription fees.

12.3 Customer may also terminate this Agreement by written notice if monthly availability falls below the commitment in clause 5.1 in three consecutive months.

13. FORCE MAJEURE

Neither party shall be liable for delay or failure caused by events beyond its reasonable control, including failures of public exchanges or government data sources, provided it notifies the other party promptly.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 Notices shall be given in writing to the addresses above, with a copy by e-mail.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement, with Schedule A (Licensed Data and Sources) and Schedule B (API Specification), is the entire agreement of the parties on its subject matter.

SIGNED for Provider: ____________________     SIGNED for Customer: ____________________
"""

TEXT_FILES = {  # key -> (file name, source)
    "h957z03": ("h957z03_kids_fitness_chain_booking_saas.txt", Z03),
    "h957z04": ("h957z04_sports_bureau_fitness_iot_annual_om.txt", Z04),
    "h957z05": ("h957z05_felt_studio_process_tracking_supplier_template.md", Z05),
    "h957e02": ("h957e02_fleet_maintenance_saas_order_form_mississippi.md", E02),
    "h957e04": ("h957e04_managed_workplace_it_36_months_tasmania.md", E04),
    "h957e05": ("h957e05_cotton_data_api_subscription_mississippi.txt", E05),
}
SOURCES = {"h957z01": Z01, "h957z02": Z02, "h957e01": E01, "h957e03": E03}
TARGETS = {"h957z01": ("h957z01_sports_bureau_instructor_platform.pdf", "pdf"),
           "h957z02": ("h957z02_yoga_block_plant_control_retrofit.docx", "docx"),
           "h957e01": ("h957e01_timber_tally_perpetual_licence_new_zealand.pdf", "pdf"),
           "h957e03": ("h957e03_grain_silo_sensors_monitoring_licence_nsw.docx", "docx")}

T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (lang, category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LABELS = {
    "h957z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                T, T, T, F, 1508000),
    "h957z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.06, 200, 20, T, T, 18, 28, F, T, T, "PRC", G],
                T, T, T, F, 1330000),
    "h957z03": ("zh", "cloud", [99.5, 1, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, N, F, 544000),
    "h957z04": ("zh", "services", [99.95, 0.5, F, "buyer", T, T, T, N, N, N, T, N, N, N, F, T, F, N, S],
                T, F, N, F, 468000),
    "h957z05": ("zh", "software", [N, N, F, "supplier", T, F, T, 0.02, 20, 55, F, F, 6, N, F, T, N, N, G],
                F, T, F, T, 342000),
    "h957e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 18, 11, F, T, F, "New Zealand", G],
                T, T, T, F, 1540000),
    "h957e02": ("en", "cloud", [99.95, 1, T, "buyer", T, T, T, 700 / 682000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T,
                                T, "PRC", S],
                T, T, N, F, 682000),
    "h957e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 24, 7.5, F, T, F, "PRC", G],
                T, T, T, F, 1556000),
    "h957e04": ("en", "services", [N, 0.25, T, "buyer", T, T, F, 1800 / 2334000 * 100, 150, N, T, N, N, N, F, F, F,
                                   "PRC", S],
                T, T, N, F, 2334000),
    "h957e05": ("en", "cloud", [99.5, 2, T, "buyer", F, T, T, 900 / 818000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, N, F, 818000),
}
# TCO inputs for goods: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"h957z01": 860000, "h957z02": 1220000, "h957z05": 168000, "h957e01": 1180000, "h957e03": 1390000}
# price checks: parts -> total
PRICES = {
    "h957z01": ([860000, 524000, 78000, 46000], 1508000),
    "h957z02": ([6 * 98000, 6 * 46500, 6 * 28000, 185000, 96000, 14000], 1330000),
    "h957z03": ([2 * 35 * 6800, 68000], 544000),
    "h957z04": ([4 * 117000], 468000),
    "h957z05": ([168000, 146000, 22000, 6000], 342000),
    "h957e01": ([1180000, 264000, 58000, 38000], 1540000),
    "h957e02": ([2 * 240 * 1150, 2 * 36000, 58000], 682000),
    "h957e03": ([320 * 1450, 160 * 2100, 40 * 6800, 318000, 142000, 24000], 1556000),
    "h957e04": ([36 * 62500, 84000], 2334000),
    "h957e05": ([386000, 386000, 46000], 818000),
}
DESIGN = {
    "h957z01": [],
    "h957z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h957z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h957z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h957z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h957e01": ["CR-GOVERNING-LAW"],
    "h957e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h957e03": [],
    "h957e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h957e05": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = [99.9, 4, 0.05, 100, 30, 12, 15, 40]  # policy section 3


def tco_share(key, t, cv):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (cv + fees) * 100


def derive(key, t, x):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![\w-])four\s*(?:-\s*)?(?:hours?|hrs?)", r"(?<![十])四(?:个)?小时",
    r"(?<![\d.])0\.05(?![\d])" + PCT, r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![\w-])twelve\s*(?:-\s*)?months?", r"十二个月",
]]
MUST_HIT = ["99.9%", "不低于99.9%", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "14 hours", "twenty-four hours", "0.5%", "万分之五十", "130%", "0.30%",
             "1.5%", "115%", "150%", "35%", "45%", "112 months", "2027年12月31日", "百分之三十五", "0.08%", "24个月",
             "3 hours", "one twelfth", "二十四小时"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            m = rx.search(variant)
            if m:
                out.append(m.group(0))
    return out


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))

    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, src) in TEXT_FILES.items():
        (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    names = {k: v[0] for k, v in TEXT_FILES.items()}
    names.update({k: v[0] for k, v in TARGETS.items()})
    covered = set()
    for key in sorted(LABELS):
        lang, cat, vals, sla, ld, capped, deemed, cv = LABELS[key]
        parts, total = PRICES[key]
        assert sum(parts) == total == cv, key
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": ld}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert terms["final_payment_on_acceptance"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                  "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            v = terms[k]
            assert v is None or all(abs(v - th) > 1e-9 for th in THRESHOLDS), (key, k, v)
        share = tco_share(key, terms, cv)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(key, terms, extra)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        name = names[key]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        assert not hits(text), (name, hits(text))
        risk = "high" if set(rules) & HIGH else ("low" if set(rules) <= LOW else "medium")
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
        print("%-62s %5d %s  risk %-6s tco %s  %s" % (name, n, "chars" if lang == "zh" else "words", risk,
                                                    "-" if share is None else "%.2f%%" % share, ", ".join(rules)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")


if __name__ == "__main__":
    main()
