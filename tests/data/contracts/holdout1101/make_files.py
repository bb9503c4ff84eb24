"""holdout1101: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, labels off thresholds, derived rules = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx / .pdf are built with ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H1101Z01 = """T:东陵市城市管理局渣土车智慧监管平台采购合同
P:合同编号：DLCG-2027-0418　　采购方式：公开招标（政府采购）
P:甲方（采购人）：东陵市城市管理局
P:乙方（供应商）：东陵慧途信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方就渣土车智慧监管平台软件许可及定制开发事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供渣土车智慧监管平台软件（以下简称“平台软件”）的永久使用许可，许可范围为甲方及其下属各区城管执法大队，不限用户数和终端数。
P:1.2 乙方按甲方需求规格书完成定制开发，包括：渣土车北斗定位数据接入（不少于1,800辆）、电子联单及消纳场核销、工地出入口抓拍比对、违规行驶（超速、偏离核准路线、未密闭运输）识别告警、执法案件推送及统计分析驾驶舱。
P:1.3 乙方负责平台在甲方政务云上的部署、联调、数据初始化、用户培训，并提交需求规格书、设计文档、操作手册和运维手册。
P:1.4 项目实施地点为东陵市城市管理局指挥中心及市政务云机房。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零伍万元整（¥2,050,000），含税，其中：平台软件许可费¥1,180,000；定制开发费¥760,000；部署实施费¥86,000；培训费¥24,000。
P:2.2 合同总价为固定价格，已包含乙方履行本合同所需的全部费用。除甲方书面提出需求变更外，合同价款不作调整。
P:2.3 乙方应按甲方要求提供与市渣土管理系统、公安交管卡口系统的数据接口，相关接口开发费用已包含在定制开发费中。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥410,000。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥922,500。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥717,500。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
P:3.5 甲方有权从应付款项中扣除乙方应支付的违约金和服务扣减款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和全部定制开发，并向甲方提交初步验收申请。
P:4.2 乙方应每周向甲方提交进度报告；发现可能影响工期的重大风险，应在2个工作日内书面告知甲方。
P:4.3 乙方派驻的项目经理须具有同类项目经验，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各区执法大队提供不少于3期集中培训，每期不少于2天，培训对象包括系统管理员、执法人员和值班人员，并提供培训教材。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件和需求规格书所列功能全部实现；（2）车辆定位数据上报间隔不大于30秒，轨迹回放完整连续；（3）随机抽取300条违规告警，误报不超过15条；（4）200个并发用户时页面响应不超过3秒；（5）第三方网络安全测评无高危漏洞。
P:5.2 初步验收合格后进入为期90日的试运行。试运行期间未发生一级故障且遗留问题全部整改完毕的，甲方组织最终验收，并可邀请专家参加。
P:5.3 平台上线、甲方使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改完毕并重新提交验收申请。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且质保期满后三个年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级响应：一级故障（平台整体不可用或定位数据全部中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障（一般问题）2个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时1小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项由乙方在收到甲方书面通知后10日内支付。
P:7.4 乙方应提供7×24小时服务热线，并每月向甲方提交运行报告，内容包括可用率统计、故障处理记录和改进建议。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（含源代码、接口程序、数据库设计和文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证所提供的软件和服务不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台运行中产生和接入的全部数据（含车辆轨迹、运输企业信息、执法记录）归甲方所有。乙方不得将其用于本合同以外的任何目的，不得留存，也不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施。远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:9.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
P:9.4 合同终止或履行完毕后，乙方应在15日内删除其掌握的甲方数据，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息和其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责整改；经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按国家有关规定承担相应责任。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:13.3 合同解除的，乙方应在10日内移交已完成的开发成果、源代码和全部甲方数据，并配合甲方完成数据迁移。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格书均为本合同的组成部分。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　　乙方（盖章）：________
P:签订日期：2027年4月18日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
H1101Z02 = """T:电动足浴器生产线控制系统改造合同
P:合同编号：RZ-GZ-2027-031
P:甲方：瑞泽电器（宁波）有限公司
P:乙方：甬江智控自动化工程有限公司
P:甲方主营电动足浴器的生产，现有六条总装及检测产线。为提高产线自动化水平和产品一致性，甲方委托乙方对上述产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条产线控制系统的设计、供货、安装、编程、调试和培训，包括：更换PLC控制柜，新增触摸屏操作终端，更换输送及压装工位的伺服驱动，新增加热、按摩电机及防水密封的视觉检测工位，部署产线数据采集软件，并与甲方现有ERP系统对接。
P:1.2 改造须分线实施，每条产线停线切换时间不超过3个自然日，不得影响甲方其余产线的正常生产。
P:1.3 改造完成后，各产线须保留手动操作模式，并设置急停回路和安全光幕联锁，符合机械电气设备安全的国家标准。
P:1.4 乙方应在合同签订后15日内提交改造实施方案，内容包括电气原理图、I/O点表、切换计划和回退措施，经甲方书面确认后方可实施。
H:第二条 价格明细
P:2.1 合同总价为人民币壹佰捌拾叁万陆仟元整（¥1,836,000），含13%增值税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造套件|6套|128,000|768,000
TB:2|HMI触摸屏操作终端|12台|9,500|114,000
TB:3|伺服驱动器及电机|24套|6,800|163,200
TB:4|视觉检测工位（含相机、光源、工控机）|6套|42,000|252,000
TB:5|产线数据采集软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,483,200
TB:6|产线控制程序定制开发|1项|238,000|238,000
TB:7|安装调试及停线切换|1项|102,800|102,800
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合同总价|||1,836,000
P:2.2 上述价格包含设备运输、保险、安装辅材及乙方人员差旅费用。
P:2.3 软硬件设备均应为全新原厂产品，乙方应随货提供合格证明、原厂质保文件和软件许可证书。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥367,200。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥642,600。到货签收仅为数量确认，不构成质量验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的45%，即¥826,200。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票，甲方在收到发票后10个工作日内付款。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运抵甲方厂区，并于合同签订后120日内完成六条产线的改造。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:4.3 因甲方原因（如停线窗口无法安排、甲方提供的工艺资料延误）导致工期延误的，工期相应顺延，乙方不承担违约责任。
P:4.4 乙方应在每条产线切换前3日向甲方提交切换方案和回退预案，切换当日由双方现场负责人共同签字确认后方可停线。
P:4.5 乙方人员进入甲方厂区应遵守甲方安全生产、防火和6S管理制度；因乙方人员违规造成的人身或财产损失由乙方承担。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，标准为：（1）连续生产72小时无停线故障；（2）节拍不低于每分钟6台；（3）视觉检测工位对甲方提供的缺陷样件检出无遗漏；（4）数据采集软件准确记录产量、工时和不良品数据并同步至ERP。
P:5.2 六条产线均通过单线验收后，再试生产30日，期间未发生一级故障的，甲方出具最终验收报告。
P:5.3 甲方在验收前使用改造后的产线进行生产，不视为验收合格。
P:5.4 单线验收不合格的，乙方应在7日内完成整改并重新验收；同一产线经两次整改仍不合格的，按第十二条处理。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换和升级均免费。
P:6.2 质保期满后，乙方提供有偿维保服务，年度维保费按软硬件小计的8%计取（每年¥118,656），在质保期满后三个年度内固定不变，双方另签维保合同。
P:6.3 质保期内，乙方每季度对控制柜、伺服及视觉工位进行一次预防性巡检并提交巡检报告；易损件由乙方免费更换。
P:6.4 维保合同期内，乙方保证备品备件供应，关键备件到货时间不超过3日。
H:第七条 服务响应
P:7.1 一级故障（整条产线停线）乙方应在1小时内响应，8小时内到场，24小时内排除；二级故障（单个工位故障）应在2小时内响应，48小时内排除。
P:7.2 乙方未按时到场或排除故障的，每超时1小时向甲方支付¥800。
P:7.3 乙方应提供7×24小时服务电话，并指定一名驻宁波的服务工程师负责本项目；每次故障排除后3个工作日内提交故障分析报告，说明原因及预防措施。
H:第八条 知识产权
P:8.1 为本项目定制开发的产线控制程序、触摸屏界面及ERP接口程序，其知识产权及源代码归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 数据采集软件的著作权归其权利人所有，甲方享有永久使用权。
P:8.3 乙方应在最终验收时向甲方移交全部程序源代码、电气图纸和调试记录的电子版及纸质版。
H:第九条 数据安全与保密
P:9.1 产线运行数据、工艺参数、产品配方及质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方逐次审批，并通过甲方指定的安全通道进行；乙方人员的账号在项目结束后注销；乙方调试电脑须安装甲方认可的防病毒软件，不得通过移动存储介质拷贝甲方数据。发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担由此造成的损失。
P:9.3 双方对在履约中获得的对方商业秘密、技术资料负有保密义务，保密期限至该信息公开之日止。
H:第十条 分包
P:10.1 乙方可将电气安装及布线工作委托具备相应资质的第三方施工单位完成，但应提前5个工作日书面通知甲方。乙方对第三方的工作质量和安全负责。
H:第十一条 责任限制
P:11.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或改造后的产线经两次整改仍不能通过验收的，甲方有权书面通知解除合同。
P:12.2 一方严重违约且在收到书面通知后15日内未予纠正的，守约方有权解除合同。
P:12.3 合同解除的，乙方应退还甲方已支付但未履行部分的款项，并协助甲方恢复产线的正常生产。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。仲裁期间，双方应继续履行本合同中不涉及争议的部分。
H:第十四条 其他
P:14.1 乙方应对甲方的设备维护人员和班组长进行不少于3天的培训，使其能够独立完成日常维护、参数调整和常见故障处理。
P:14.2 本合同未尽事宜，双方可另行签订补充协议。
P:14.3 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格表、产线改造方案。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H1101Z03 = """悦安母婴连锁门店预约及会员管理系统（SaaS）服务合同

合同编号：YA-IT-2027-006

甲方：悦安母婴健康管理（杭州）有限公司
乙方：杭州云约信息科技有限公司

甲方为一家经营月嫂、育婴师培训及家政服务的连锁企业，在浙江、江苏两省共有35家门店。甲方拟订购乙方的门店预约及会员管理SaaS服务，并委托乙方完成系统实施。双方经协商一致，签订本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方的35家门店提供预约排课、学员报名、会员储值与积分、月嫂档案及派单、线上支付对账、经营报表等SaaS服务，含门店端、管理端和微信小程序端。
2. 每家门店不限账号数；学员及会员数量不设上限。
3. 服务期内乙方对SaaS平台的功能升级和版本更新免费提供给甲方；影响门店操作的重大变更应提前15日通知甲方并提供培训资料。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店的上线部署、甲方现有会员及学员数据（约6.8万条）的迁移、微信小程序按甲方品牌风格配置，以及门店店长和前台人员培训。
2. 乙方应在第一个服务年度开始后45日内完成全部门店上线。
3. 乙方应提供门店操作手册、管理员手册及培训视频，培训采用线上直播与重点门店现场培训相结合的方式，现场培训门店不少于5家。
4. 乙方为甲方指定一名客户成功经理，负责需求沟通、版本更新通知和季度服务回顾，并提供7×24小时在线客服及服务热线。
（三）服务期限
服务期为两个服务年度，自2027年3月1日起至2029年2月28日止。第一个服务年度自2027年3月1日至2028年2月29日，第二个服务年度自2028年3月1日至2029年2月28日。

二、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
2. 实施费：人民币84,000元（一次性），含数据迁移、小程序配置和培训。
3. 合同总价为人民币560,000元（含6%增值税）。
（二）支付方式
1. 本合同签订后10个工作日内，甲方一次性支付第一个服务年度订阅费人民币238,000元及实施费人民币84,000元，合计人民币322,000元。乙方收到该款项后启动实施工作。
2. 第二个服务年度的订阅费人民币238,000元，由甲方在该服务年度开始前15日内支付。
3. 新增门店按每家每个服务年度6,800元按剩余服务月份折算计费。
4. 乙方每次收款前应开具增值税专用发票。
5. 服务期内订阅单价不作调整。

三、上线验收
（一）全部门店上线后，甲方按以下标准组织上线验收：1. 迁移后的会员余额、积分、学员课时与原系统逐条核对一致；2. 预约、派单、支付、对账流程在全部门店试运行10日无重大错误；3. 小程序通过微信平台审核并正式发布；4. 培训覆盖全部门店店长和前台。
（二）验收合格的，双方签署上线验收单。门店开始使用系统不视为验收合格。验收不合格的，乙方应在7日内整改并重新申请验收。
（三）乙方未能在约定期限内完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

四、服务水平
（一）系统月度可用率不低于99.5%，经甲方同意的计划内维护时间除外，计划内维护应安排在每日23:00至次日6:00之间。
（二）故障分级：一级故障（全部门店无法预约或支付）30分钟内响应、2小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应、8小时内恢复；三级故障（一般咨询及使用问题）1个工作日内答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，按当月订阅费的5%抵扣下期服务费，当月累计抵扣不超过当月订阅费的一半；一级故障恢复超时的，每超时1小时抵扣人民币500元。
（四）乙方每月向甲方提交服务报告，内容包括可用率、故障记录和处理情况，并每季度与甲方召开一次服务回顾会，分析故障原因并提出改进措施。
（五）乙方应每日对甲方数据进行全量备份，备份数据保存不少于30日，数据恢复点目标不超过1小时。

五、数据权属与数据安全
（一）甲方在系统中录入和产生的会员、学员、月嫂及订单数据归甲方所有。
（二）乙方有权对上述数据进行去标识化处理后汇总分析，用于改进乙方产品、训练推荐算法及发布母婴服务行业报告，该等使用在本合同终止后仍可继续。
（三）乙方应对数据进行加密存储和传输，系统部署于中国境内的云平台，并通过网络安全等级保护第三级测评；乙方人员按最小权限访问数据，访问操作留存日志不少于6个月。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任，包括甲方因此向会员承担的赔偿及被处以的罚款。
（五）合同终止后30日内，乙方应向甲方提供全部数据的完整导出文件，并在甲方确认后删除系统中的甲方数据。
（六）乙方不得将甲方数据传输至中国境外。甲方会员个人信息的处理应符合《个人信息保护法》，乙方作为受托处理者按甲方指示处理个人信息，并配合甲方响应会员的查询、更正和删除请求。

六、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改。
（三）乙方保证甲方使用SaaS服务不侵犯第三方知识产权；因此引起的第三方索赔由乙方负责处理并承担费用。

七、保密
双方对履约中知悉的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方参与本项目的员工均应签署保密承诺书。

八、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。系统托管使用的云服务商应为经甲方确认的国内云服务商。

九、续约
服务期满前60日，双方可就续约事宜另行协商并签订书面协议；未签订续约协议的，本合同于服务期满时终止，不自动续期。

十、违约与解除
（一）乙方严重违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，乙方应退还未履行服务期间的订阅费，并赔偿甲方损失。
（二）系统连续两个月可用率低于承诺值的，甲方有权解除本合同。
（三）甲方逾期支付第二个服务年度订阅费超过30日的，乙方可在书面催告后暂停服务。
（四）本合同终止的，乙方应按第五条第（五）款配合甲方完成数据导出及迁移，过渡期不少于30日，过渡期内不另收费。
（五）任何一方因不可抗力不能履行合同的，应及时通知对方，并在合理期限内提供证明。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

十二、其他
本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、实施计划。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）)
H1101Z04 = """北川市供热管网监测系统年度运维服务合同

项目编号：BCCG-2027-CS-012（竞争性磋商）

甲方：北川市城市管理局
乙方：北川德衡智慧能源技术服务有限公司

根据北川市供热管网监测系统年度运维服务项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就该系统的年度运维服务订立本合同。

第一条 服务对象
北川市供热管网监测系统，包括：一级管网沿线温度、压力、流量监测点412个，换热站远程监测终端86套，泄漏检测光纤及报警主机，以及部署于市政务云的监测平台软件和数据库。系统设备清单及监测点分布图见附件一。

第二条 服务内容
（一）驻场运维：乙方派驻2名运维工程师在甲方监控中心驻场，工作日8:30至17:30在岗；供暖季（每年11月1日至次年3月31日）实行7×24小时值守。
（二）巡检维护：非供暖季每月对全部监测点巡检一次，供暖季每半月巡检一次；检查终端供电、通信和防水情况，并做好巡检记录。巡检采用移动终端拍照定位并上传平台，巡检轨迹作为考核依据。
（三）校准更换：每个服务期对全部压力和流量传感器校准一次；损坏的传感器、通信模块由乙方负责更换，单件价格在人民币3,000元以下的备件费用包含在服务费中。
（四）平台运维：平台软件缺陷修复、数据库备份和性能优化、操作系统及中间件补丁更新、告警规则调整。
（五）应急保障：管网泄漏、爆管等突发事件时，乙方配合甲方进行监测数据分析和定位。
（六）每月5日前提交上月运维报告，每季度末提交季度运维总结。
（七）乙方应建立运维台账，记录每个监测点的安装位置、设备型号、校准日期和维修记录，并与监测平台同步更新。
（八）供暖季开始前30日，乙方应完成全部监测点和换热站终端的供暖前检修，并向甲方提交检修报告。
（九）乙方应按照城镇供热管网运行维护的相关规程开展工作，巡检发现井室积水、保温层破损等管网异常的，应在当日报告甲方。
（十）乙方应在每个供暖季结束后15日内提交本供暖季的运维分析报告，包括故障统计、设备老化情况和次年度的改造建议。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期开始前，乙方应与上一服务单位完成交接，并在交接完成后5日内提交系统现状评估报告。期满后甲方如需继续采购，应按政府采购程序重新确定供应商，本合同不自动续期。服务期内甲方新增监测点的，新增部分的运维费用按乙方响应文件中的单价另行结算。

第四条 服务费用及支付
（一）本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000），包括：驻场运维费¥216,000，传感器校准及更换费¥148,000，平台软件运维费¥72,000，应急保障费¥32,000。
（二）服务费按季度支付，每季度¥117,000。甲方在每季度考核结束且收到乙方发票后15个工作日内支付上季度服务费，考核扣减款从当季服务费中扣除。
（三）本合同不设预付款。
（四）服务费包含乙方人员工资、社保、交通、通讯、工具仪器及第二条第（三）款所述备件的全部费用，甲方不再另行支付其他费用。

第五条 服务要求及考核
（一）故障分级及时限：
1. 一级故障（监测平台整体中断、泄漏报警系统失效）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个换热站或10个以上监测点离线）：1小时内响应，24小时内修复；
3. 三级故障（单个监测点异常）：供暖季48小时内修复，非供暖季3个工作日内修复。
（二）季度考核验收：甲方每季度按磋商文件所附考核细则对乙方服务进行考核验收并评分，考核内容包括故障处理时限、巡检完成情况、数据完整性和报告质量。得分不低于80分的，当季服务验收合格；考核结果作为支付当季服务费的依据。
（三）扣减：一级故障每超时1小时扣减人民币1,000元；二、三级故障每超时1日扣减人民币300元；巡检漏检每点次扣减人民币100元；季度考核得分低于80分的，另扣减当季服务费的5%。
（四）乙方更换的传感器须经甲方抽检合格，并提供出厂校准证书。
（五）乙方应每季度组织一次应急演练，与甲方共同检验泄漏报警、数据分析和现场处置流程。
（六）甲方对乙方提交的运维报告有异议的，乙方应在5个工作日内作出说明或补正。

第六条 人员要求
乙方驻场人员应具有供热或自动化相关专业背景，熟悉监测平台操作。乙方应建立驻场人员考勤记录，每月随运维报告报送甲方。乙方更换驻场人员须提前10日告知甲方，并经甲方同意。乙方应为驻场及巡检人员购买意外伤害保险；巡检作业应遵守道路交通和有限空间作业安全规定，因乙方人员违规作业造成的人身和财产损失由乙方承担。

第七条 数据权属
监测系统采集和存储的全部数据归甲方所有。乙方仅可为履行本合同使用该数据，不得用于其他任何目的，不得向第三方提供。

第八条 保密
乙方及其人员对履约中接触的供热管网布局、换热站位置、运行数据以及甲方的其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。乙方人员离场时应交还全部门禁卡、账号及资料。本条在合同终止后继续有效。

第九条 知识产权
乙方在服务期间编写的运维文档、巡检记录、脚本及告警规则配置，其权利归甲方所有。乙方使用自有运维工具软件的，其权利仍归乙方，但不得因此限制甲方或后续服务单位对系统的运维。

第十条 分包
乙方不得将本合同项下服务转包或分包给他人。乙方如需临时借用外部检测仪器，费用由乙方自行承担。

第十一条 违约责任
（一）乙方未达到第五条服务要求的，按第五条第（三）款扣减服务费。
（二）乙方违反本合同约定给甲方造成损失的，应依法承担赔偿责任。
（三）甲方无正当理由拖延支付服务费的，应承担相应责任。
（四）因第三方施工破坏、自然灾害等非乙方原因造成的设备损坏，乙方应及时修复，所需备件费用由甲方另行承担。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核得分低于80分的，甲方有权书面通知乙方解除合同，并按实际服务期间结算费用。
（二）因不可抗力导致合同无法履行的，双方可协商解除。
（三）合同解除的，乙方应按第十四条完成交接。

第十三条 甲方义务
（一）甲方为驻场人员提供办公场所、网络和必要的平台操作权限；
（二）甲方向乙方提供监测系统原有的设计图纸、设备清单和技术资料；
（三）甲方指定专人负责与乙方的日常联络和考核工作。

第十四条 服务交接
合同期满或解除时，乙方应在10日内向甲方或甲方指定的单位移交全部运维文档、账号、备件清单，并配合完成交接。交接期间，乙方应保证系统正常运行，并对接收单位的人员进行不少于3日的现场讲解。

第十五条 争议解决
因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续履行运维服务，不得以争议为由中断服务。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议。
（四）附件一：系统设备清单及监测点分布图；附件二：季度考核细则；附件三：乙方响应文件中的运维方案。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
H1101Z05 = """# 窑迹工序追踪管理系统 软件许可及开发合同

**（乙方标准合同文本 YJ-HT-2026 版）**

合同编号：YJ-2027-0217

甲方：禾鸣陶笛工作室（景德镇）有限公司

地址：江西省景德镇市珠山区陶溪川文创街区B座2层　联系人：周禾

乙方：景德镇窑迹软件科技有限公司

地址：江西省景德镇市昌江区高新技术产业园7号楼　联系人：陈立

开户银行：中国银行景德镇分行　账号：见乙方收款通知书

甲方从事陶笛的设计、手工制作及销售。为记录和追踪陶笛从练泥、拉坯成型、开孔调音、施釉到烧成的各道工序，甲方向乙方采购窑迹工序追踪管理系统，并委托乙方进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供窑迹工序追踪管理系统标准版软件的永久使用许可，含工序登记、批次追踪、二维码标签、质检记录、库存管理模块，授权用户数20个。

1.2 乙方按甲方需求进行定制开发，内容包括：调音记录模块（记录每只陶笛的音准测试数据）、窑烧曲线记录与釉色配方管理、淘宝及微信小店订单对接。

1.3 乙方负责系统的安装部署和上线培训。

1.4 本合同项下的软件许可仅限甲方在其工作室内部使用，不得转让、出租或再许可。增加用户数的，按每用户人民币4,800元另行购买。

1.5 系统运行于Windows Server 2019及以上版本，数据库为MySQL 8.0，甲方应按乙方要求准备运行环境。

## 第二条 合同价款

2.1 合同总价为人民币贰拾捌万捌仟元整（¥288,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹工序追踪管理系统标准版软件许可（永久，20用户） | 198,000 |
| 2 | 定制开发（调音记录、窑烧与釉色配方、订单对接） | 72,000 |
| 3 | 安装部署及上线培训 | 18,000 |
| | 合计 | 288,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪及标签打印机。

2.3 因甲方需求变更导致开发工作量增加的，按每人日人民币1,800元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即人民币187,200元。乙方收到款项后开始实施。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即人民币100,800元。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，由此导致的工期延误由甲方承担。

3.4 乙方收款后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方应在收到首期款后60日内完成系统安装和定制开发，并上线运行。

4.2 系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后提出的修改需求，乙方视情况予以处理，超出原需求范围的另行收费。

4.3 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

4.4 甲方应在实施期间提供必要配合，包括提供工序流程说明、历史数据和测试环境；甲方配合不到位导致延误的，乙方不承担责任。

4.5 系统上线后，甲方应指定专人负责系统管理和日常使用，妥善保管管理员账号及密码。

## 第五条 知识产权

5.1 本系统标准版软件的著作权及其他知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、源代码、数据库设计及相关文档，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程，也不得交由第三方维护或使用。

5.3 乙方有权将定制开发成果用于其他客户的项目。

5.4 甲方不得删除或修改软件中的版权标识。

## 第六条 免费维护期

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方对系统缺陷提供免费修复。

6.2 免费维护期内，乙方通过电话、微信及远程方式提供技术支持，服务时间为工作日9:00至18:00。

6.3 免费维护期内的服务不包括因甲方操作不当、擅自修改、硬件故障、病毒或第三方软件引起的问题。

6.4 乙方为甲方提供一次上线培训，培训时间不超过1天；再次培训按每次人民币2,000元收费。

## 第七条 技术支持与响应

7.1 系统故障分为紧急故障（系统无法登录或全部工序无法登记）和一般故障。

7.2 紧急故障，乙方在接到甲方通知后24小时内响应；一般故障，乙方在3个工作日内响应。

7.3 乙方将尽力排除故障，但不承诺修复时间。因故障导致的停工或损失，乙方不承担扣款、赔偿或违约金。

7.4 乙方可根据需要通过远程方式处理故障，甲方应予以配合并提供远程访问条件。

## 第八条 年度维护服务

8.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应购买乙方年度维护服务。

8.2 年度维护费为软件许可费的26%，即每年人民币51,480元，按年预付。未购买年度维护服务的，乙方不再提供任何技术支持和升级。

8.3 年度维护服务包括缺陷修复、远程技术支持和标准版本升级，不包括新功能开发和现场服务；现场服务按每人次人民币1,200元另行收费。

## 第九条 数据

9.1 甲方在系统中录入的工序、配方、订单及客户数据归甲方所有，乙方仅在提供维护服务时访问，不得用于其他目的。

9.2 乙方远程维护时应使用甲方提供的临时账号，操作完成后由甲方关闭。乙方应采取防病毒、访问控制和数据备份等安全措施；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并赔偿甲方由此遭受的直接损失。

9.3 甲方应自行负责服务器、网络及数据的日常备份。

## 第十条 保密

双方应对在合作中获知的对方技术信息和经营信息保密，未经对方同意不得向第三方披露。甲方不得向第三方披露本系统的价格及技术资料。保密期限为本合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失不承担责任。

11.3 因甲方原因导致系统无法正常使用的，乙方不承担任何责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。

12.2 合同解除的，甲方已支付的款项不予退还，但乙方根本违约的除外。

12.3 甲方未按约支付维护费的，乙方有权停止技术支持，直至甲方付清相关费用。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障、黑客攻击等不能预见、不能避免并不能克服的情况导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十五条 通知

本合同项下的通知以书面形式发送至本合同载明的地址，或通过双方确认的电子邮件、微信发送，发送即视为送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同条款为乙方标准文本，双方另有书面约定的以书面约定为准。

16.3 本合同附件包括：功能清单、定制需求说明书。附件与本合同具有同等效力。

16.4 本合同签订前双方的口头或书面沟通与本合同不一致的，以本合同为准。

甲方（盖章）：　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N; Galashiels vendor)
H1101E01 = """T:Software Licence and Services Agreement
P:Agreement No. TLS-CN-2027-014
P:This Agreement is made between Zhejiang Yuehua Textile Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Buyer"), and Tweedside Loom Systems Limited, a company registered in Scotland with its registered office at Huddersfield Street, Galashiels TD1, Scotland (the "Vendor").
P:The Vendor develops production planning and colour management software for weaving, dyeing and finishing mills. The Buyer wishes to acquire a perpetual licence to that software, together with the services needed to implement it at its Keqiao mill, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's WeaveMaster suite, comprising the Planning, Colour Kitchen, Recipe and Shop Floor modules in the versions listed in Annex 1, including all updates delivered under this Agreement.
P:1.2 "Customisations" means the interfaces, reports, recipe conversion routines, screens and configuration the Vendor develops or prepares specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Go-Live" means the first productive use of the Software at the Keqiao mill after the Buyer has signed the Go-Live readiness checklist.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.3.
P:1.5 "Buyer Data" means all recipes, orders, colour measurements, machine data and other information that the Buyer or its users enter into or generate with the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Buyer and its affiliates in mainland China, for up to 120 named users and 60 shop floor terminals.
P:2.2 The Vendor shall provide the following services: requirements workshops, installation on the Buyer's servers, configuration, the Customisations listed in Annex 2 (including interfaces to the Buyer's ERP system, spectrophotometers and dye dispensing machines), migration of about 38,000 historical recipes, user training and Go-Live support.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,780,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,260,000; implementation and Customisations CNY 420,000; recipe data migration CNY 62,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. Changes in scope require a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 356,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 801,000) within 20 days after Go-Live.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 623,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's representative office in Shanghai stated in the invoice.
H:Article 5 Project Schedule and Delay
P:5.1 The Vendor shall achieve Go-Live within 100 days after signature and shall present the Software for Final Acceptance within 160 days after signature, in line with the project plan in Annex 3.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
P:5.3 The Buyer shall provide the servers, network access, a project manager and key users as described in Annex 3. Delay caused by the Buyer extends the dates in Article 5.1 accordingly.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in productive use for 45 consecutive days (the "Acceptance Period").
P:6.2 The Software passes acceptance when, during the Acceptance Period: (a) all functions listed in Annex 1 and all Customisations in Annex 2 have passed the agreed test scripts; (b) migrated recipes have been reconciled against the source system without unresolved differences; (c) a production plan for 400 orders is calculated in less than three minutes; (d) colour matching results reproduce the reference values within the tolerances in Annex 2; and (e) no Severity 1 incident has remained unresolved for more than one day.
P:6.3 Within 10 days after the end of the Acceptance Period the Buyer shall either issue the Final Acceptance certificate or give written reasons for refusal. The Vendor shall correct the defects and the Acceptance Period shall be repeated for the affected functions.
P:6.4 Go-Live, productive use and payment do not in themselves amount to acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Customisations will perform materially in accordance with the documentation and Annexes 1 and 2 for a warranty period of 24 months from Final Acceptance.
P:7.2 During the warranty period the Vendor shall correct defects free of charge and provide all updates and new versions of the Software that it makes generally available to its customers.
H:Article 8 Support after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and shall not increase for the first three years after the warranty period ends.
P:8.2 Annual support renews only when the Buyer issues a purchase order. It does not renew automatically.
P:8.3 Annual support includes defect correction, updates, new versions and the service levels in Article 9.
H:Article 9 Service Levels
P:9.1 The Vendor shall operate a support desk reachable by telephone and e-mail in English and Chinese.
P:9.2 Incidents are classified as Severity 1 (production planning or colour kitchen stopped), Severity 2 (a major function impaired with a workaround) and Severity 3 (other). The Vendor shall respond to Severity 1 incidents within one hour, 24 hours a day, and restore service within eight hours; Severity 2 incidents within two hours during business hours, resolved within three business days; Severity 3 incidents within one business day.
P:9.3 For each full hour by which the Vendor exceeds the response or restoration time for a Severity 1 incident, the Vendor shall pay the Buyer a service credit of CNY 1,500, deducted from the next payment or paid on demand.
H:Article 10 Intellectual Property
P:10.1 The Software and all intellectual property rights in it remain with the Vendor.
P:10.2 All rights in the Customisations, including copyright in their source code, vest in the Buyer upon creation. The Buyer may use, modify, reproduce and license the Customisations freely, also through third parties. The Vendor shall deliver their source code at Final Acceptance.
P:10.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Customisations infringe a third party's rights.
H:Article 11 Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:11.2 The Software is installed on the Buyer's own servers in Shaoxing. The Vendor shall access them remotely only through the Buyer's VPN, with individual accounts and multi-factor authentication, after approval of each session by the Buyer's IT department, and shall comply with the Buyer's information security rules and the PRC Data Security Law.
P:11.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to, loss of or disclosure of Buyer Data, shall take all measures needed to contain it, and shall be liable for the loss and damage it causes.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including dye recipes, prices and business plans, and shall use it only to perform this Agreement.
P:12.2 These obligations do not apply to information that is public, already known to the recipient or required to be disclosed by law. They survive termination for three years.
H:Article 13 Liability
P:13.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price.
P:13.2 This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement of intellectual property rights, or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:15.2 The Buyer may also terminate if liquidated damages under Article 5.2 reach their maximum.
P:15.3 On termination by the Buyer for breach, the Vendor shall refund the amounts paid for services not accepted, and the licence in Article 2.1 remains in force for the licence fee paid.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effects.
H:Article 17 Governing Law and Jurisdiction
P:17.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.
P:17.2 The parties submit to the exclusive jurisdiction of the Scottish courts, and the Court of Session in Edinburgh shall hear any dispute arising out of this Agreement.
H:Article 18 General
P:18.1 This Agreement is signed in English and Chinese. Both versions have equal force.
P:18.2 Annex 1 (Software modules), Annex 2 (Customisations and tolerances) and Annex 3 (Project plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + Part B; Bude vendor)
H1101E02 = """# ORDER FORM — TIDEWATER GUEST PLATFORM

**Order No.** ARS-OF-2027-0093

**Provider:** Atlantic Reach Software Ltd, a company registered in England and Wales, with its office at The Crescent, Bude, Cornwall EX23, United Kingdom ("Provider")

**Customer:** Hainan Lanwan Resorts Management Co., Ltd., Sanya, Hainan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they differ.

## PART A — ORDER DETAILS

### A1. Subscribed Services

Tidewater Guest Platform, a hosted property management and guest booking service, for six resort properties with a total of 1,420 rooms, comprising: reservations and channel manager, front desk, housekeeping, guest messaging, loyalty points and revenue reports. The service includes the Customer's branded booking engine and mobile check-in pages.

### A2. Subscription Term

36 months from the Service Start Date. The Service Start Date is the date on which the Provider makes the production tenant available to the Customer, planned for 1 April 2027. The term is divided into three Subscription Years.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 1,420 rooms, flat annual fee | 286,000 |
| Subscription fee, Subscription Year 2 | 1,420 rooms, flat annual fee | 286,000 |
| Subscription fee, Subscription Year 3 | 1,420 rooms, flat annual fee | 286,000 |
| Onboarding (one-time): data migration, channel connections, configuration, training | fixed | 46,000 |
| **Total fees for the Subscription Term** | | **904,000** |

Fees are inclusive of VAT. Additional rooms may be added at CNY 201 per room per Subscription Year, pro rata.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(b) The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate under A5 and is payable within 30 days of invoice.

(c) The Customer pays in CNY to the Provider's collection account in Shanghai designated on the invoice.

### A5. Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding and present the service for Go-Live Acceptance within 60 days after the Service Start Date.

(b) Go-Live Acceptance tests: (i) all reservations, guest profiles and loyalty balances migrated from the Customer's legacy system reconcile with the source records; (ii) bookings, changes and cancellations flow correctly to and from the connected channels for all six properties; (iii) check-in, room assignment and folio closing are completed without error in a three-day parallel run at two properties; (iv) the branded booking engine passes the Customer's payment test cases.

(c) When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the service before signature is not acceptance.

(d) If the Provider fails to present the service for Go-Live Acceptance by the date in A5(a) for reasons attributable to it, the Provider shall pay CNY 800 for each day of delay.

### A6. Contacts and Signatures

Provider account manager: Ms Tamsin Penrose. Customer project lead: Mr Lin Haoran, Director of Information Technology.

Signed for the Provider: ____________________ Date: ________

Signed for the Customer: ____________________ Date: ________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the service available to the Customer's authorised users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 The Provider may improve the service from time to time, provided that no change materially reduces its functionality or security.

1.3 The Customer shall ensure that its users keep their credentials secret and use the service in accordance with the documentation and applicable law.

### 2. Service Levels

2.1 The Provider shall make the production service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 02:00 and 05:00 China Standard Time.

2.2 Incidents are classified as Priority 1 (the service or the booking engine is unavailable for one or more properties), Priority 2 (a major function is impaired) and Priority 3 (other). The Provider shall respond to Priority 1 incidents within 30 minutes at any time and restore service within six hours; to Priority 2 incidents within two hours and resolve them within two business days; and to Priority 3 incidents within one business day.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit equal to 5% of the monthly equivalent of the annual subscription fee for each 0.5 percentage point (or part) of shortfall, up to half of that monthly equivalent. Credits are applied to the next invoice or, at the end of the term, paid to the Customer.

2.4 The Provider shall publish monthly availability and incident reports in the customer portal.

### 3. Customer Data

3.1 "Customer Data" means all data that the Customer or its users enter into the service, including guest personal information, reservations and payment records, and all reports generated from them. Customer Data belongs to the Customer.

3.2 The Provider shall process Customer Data only to provide the service to the Customer and on the Customer's documented instructions, and shall not use it for any other purpose.

3.3 The Provider hosts the service and Customer Data in data centres located in mainland China, operated in accordance with the Multi-Level Protection Scheme at level 3, and shall maintain encryption in transit and at rest, role-based access controls, logging of administrative access and daily backups.

3.4 The Provider shall notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a security incident affecting Customer Data, shall cooperate with the Customer's investigation and any notifications to guests or authorities, and shall be responsible for the losses the incident causes to the Customer where it results from the Provider's failure to comply with this section.

3.5 On expiry or termination, the Provider shall make all Customer Data available for export in a standard format for 45 days and shall then delete it and confirm the deletion in writing.

### 4. Subprocessors and Subcontractors

4.1 The Provider may engage subprocessors and subcontractors, including hosting, messaging and support partners, to provide any part of the service. The current list is published on the Provider's website.

4.2 The Provider shall inform the Customer of a new subprocessor or subcontractor by updating that list and sending a notice to the Customer's administrator at least 14 days before the change. The Provider remains responsible for the performance of its subprocessors and subcontractors.

### 5. Intellectual Property

5.1 The Provider owns the service, the software and the documentation.

5.2 The Customer's branded booking pages, templates, report layouts and configuration created for the Customer during onboarding belong to the Customer, which may use, modify and have them used by third parties without restriction. The Provider shall export them on request.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties other than its employees and advisers who need to know it and are bound by similar obligations.

6.2 This section survives for three years after the end of the Subscription Term.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.2 Each party's total aggregate liability arising out of or in connection with this Order Form shall not exceed the total fees paid and payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to the Customer's obligation to pay fees, to liability for fraud or wilful misconduct, or to liability that cannot be limited by law.

### 8. Term, Renewal and Termination

8.1 This Order Form runs for the Subscription Term in A2. Any renewal requires a new order form signed by both parties; there is no automatic renewal.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

8.3 The Customer may also terminate by written notice if monthly availability falls below the level in 2.1 in any three months within a Subscription Year.

8.4 On termination by the Customer under 8.2 or 8.3, the Provider shall refund the prepaid fees for the remaining part of the Subscription Term.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's prior written consent.

10.2 Notices shall be in writing and sent to the addresses in Part A, by courier or by e-mail with confirmation of receipt.

10.3 This Order Form is the entire agreement between the parties on its subject matter and replaces any click-through or online terms.
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table; Kirkcudbright vendor; buyer's paper)
H1101E03 = """T:Purchase Contract for Water Quality Sensors and Monitoring Software
P:Contract No. MH-PUR-2027-0352
P:Buyer: Fujian Minhai Aquaculture Group Co., Ltd., Lianjiang County, Fuzhou, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Solway Aquasense Limited, a company registered in Scotland, St Cuthbert Street, Kirkcudbright DG6, Scotland, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates offshore fish cages and onshore recirculating hatcheries, and buys from the Supplier dissolved oxygen, temperature and salinity sensors, communication equipment and a perpetual licence to the Supplier's monitoring software, together with installation and training.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, buoy stations and spare parts listed in clause 2, including their embedded software.
P:1.2 "Software" means the Supplier's AquaWatch monitoring software, licensed under clause 9.2.
P:1.3 "Site" means the Buyer's cage farms in Luoyuan Bay and its hatcheries in Lianjiang, as listed in Annex 1.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
P:1.5 "Buyer Data" means all measurements, alarms, farm records and other data produced by the Goods or the Software or entered by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, configure and commission the Goods and the Software at the Site, integrate them with the Buyer's feeding control system, and train the Buyer's staff. The Contract Price and its breakdown are set out in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved oxygen and temperature sensor, marine grade|240|3,900|936,000
TB:2|Solar-powered LoRa / 4G gateway|24|11,500|276,000
TB:3|Buoy monitoring station with salinity and pH probes|12|26,000|312,000
TB:4|AquaWatch monitoring software, perpetual licence, unlimited users|1|368,000|368,000
TB:|Hardware and Software Subtotal|||1,892,000
TB:5|Installation, mooring and commissioning at the Site|1 lot|164,000|164,000
TB:6|Operator and calibration training (three sessions)|1 lot|24,000|24,000
TB:|Contract Price (VAT included)|||2,080,000
P:2.2 The Contract Price is fixed and includes packing, sea and inland freight to the Site, insurance, import clearance, duties and the Supplier's travel costs.
H:3. Payment
P:3.1 Within 15 working days after signature of this Contract and receipt of an advance payment guarantee from a bank acceptable to the Buyer, the Buyer shall pay 10% of the Contract Price (CNY 208,000).
P:3.2 Within 15 working days after delivery and installation of all Goods at the Site, confirmed by the Buyer's signed installation record, the Buyer shall pay 55% of the Contract Price (CNY 1,144,000). The installation record confirms quantities only and is not acceptance.
P:3.3 Within 15 working days after Final Acceptance the Buyer shall pay the remaining 35% of the Contract Price (CNY 728,000).
P:3.4 Each payment is subject to receipt of a valid VAT invoice issued through the Supplier's Fujian agent named in Annex 3.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Goods to the Site within 75 days and complete installation and commissioning within 120 days after signature of this Contract.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under clause 13.
P:4.3 Risk in the Goods passes to the Buyer on delivery to the Site. Title passes on payment under clause 3.2.
H:5. Acceptance
P:5.1 After commissioning the system shall run for a trial period of 60 days. Final Acceptance requires that during the trial period: (a) every sensor reports at the configured interval and its readings agree with the Buyer's calibrated reference meter within the tolerances in Annex 2; (b) low-oxygen alarms reach the duty staff by SMS and app notification within 60 seconds in a test at each farm; (c) the interface to the feeding control system stops feeding automatically when oxygen falls below the set point; (d) no Severity 1 incident has occurred; and (e) all documentation has been delivered.
P:5.2 The Buyer shall issue the final acceptance certificate within 10 working days after a successful trial period, or notify the defects in writing. The Supplier shall remedy them and the trial period shall be repeated for the affected parts.
P:5.3 Delivery, installation, use of the system and payment do not amount to acceptance.
H:6. Warranty
P:6.1 The Supplier warrants that the Goods are new, free from defects in design, materials and workmanship, and suitable for continuous use in seawater, and that the Goods and the Software conform to this Contract, for a warranty period of 24 months from Final Acceptance.
P:6.2 During the warranty period the Supplier shall repair or replace defective Goods at the Site and correct Software defects free of charge, including parts, labour, freight and travel, and shall provide all Software updates. Replaced parts receive a new warranty period of 24 months.
P:6.3 After the warranty period the Buyer may purchase annual support, covering sensor exchange service, calibration, Software updates and the service levels in clause 7. The annual support fee shall not exceed 7.5% of the Hardware and Software Subtotal (CNY 141,900 per year) and is fixed for the first three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that alarms are not delivered or that a whole farm stops reporting; Severity 2 means that single sensors or stations fail; Severity 3 means any other fault or question.
P:7.2 The Supplier shall respond to Severity 1 faults within two hours at any time and restore alarm delivery within eight hours, using spares held at the Site; shall respond to Severity 2 faults within one business day and repair them within five business days; and shall answer Severity 3 requests within two business days.
P:7.3 For each hour by which the response or restoration time for a Severity 1 fault is exceeded, the Supplier shall pay CNY 600; for each day by which a Severity 2 repair is late, CNY 300. The Buyer may deduct these amounts from any payment due.
P:7.4 The Supplier shall keep a stock of spare sensors at the Site equal to at least 5% of the installed quantity during the warranty period.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, disclose or use it for any other purpose, including product development or benchmarking.
P:8.2 The Software is installed on the Buyer's servers in Fuzhou, and the gateways send data only to those servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN with individual accounts, and is logged.
P:8.3 The Supplier shall implement appropriate technical and organisational measures to protect Buyer Data, shall report any actual or suspected data breach to the Buyer within 12 hours of discovery, shall assist the Buyer in containing it, and shall be liable for all losses caused by a breach attributable to the Supplier.
H:9. Intellectual Property
P:9.1 Configurations, alarm rules, interface programs and reports developed specifically for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
P:9.2 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software and the embedded software in the Goods for the Buyer's business. Intellectual property in them remains with the Supplier.
P:9.3 The Supplier shall indemnify the Buyer against third-party claims that the Goods or the Software infringe intellectual property rights.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including farm locations, stocking data and prices, and shall not disclose it without the other party's prior written consent, except as required by law. This obligation continues for three years after the end of the warranty period.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or support work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor, including the mooring contractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case set out in clause 4.2. In that case the Supplier shall refund the amounts paid for Goods and services not accepted and compensate the Buyer's losses.
P:13.2 Either party may terminate if force majeure prevents performance for more than 90 consecutive days.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; both texts are equally authentic.
P:15.2 Annex 1 (Site list), Annex 2 (Technical specifications and tolerances) and Annex 3 (Supplier's agent and bank details) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables; Padstow vendor)
H1101E04 = """# Managed IT Services Agreement

**Agreement No.** CEM-HY-2027-002

**Between**

**Qingdao Haiyun Cold Chain Logistics Co., Ltd.**, Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Customer"); and

**Camel Estuary Managed Services Ltd**, a company registered in England and Wales, of Station Road, Padstow, Cornwall PL28, United Kingdom (the "Provider").

**Background.** The Customer operates cold stores and a refrigerated truck fleet from five logistics parks in Shandong. The Provider runs a remote network operations centre and supplies managed network, endpoint and service desk services to logistics companies. The Customer wishes to outsource the operation of its IT infrastructure to the Provider for 36 months.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer signs the service commencement certificate under Section 4.

1.3 "Customer Data" means all data of the Customer, its staff and its clients that the Provider accesses, processes or stores in providing the Services, including temperature logs, warehouse and shipment records, network configurations and user account information.

1.4 "Deliverables" means the runbooks, network diagrams, configuration files, scripts, monitoring templates and reports that the Provider prepares for the Customer.

## Section 2 — Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The service term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3 — The Services

3.1 The Provider shall provide the Services at the sites in Schedule 1 from the Service Commencement Date, with suitably qualified staff, in accordance with good industry practice.

3.2 The Provider shall monitor the Customer's network, servers, cold-room temperature gateways and endpoints around the clock from its operations centre and from the on-site support arrangement described in Section 10.

3.3 The Provider shall hold a monthly service review with the Customer, report performance against Schedule 2, and propose improvements.

3.4 The Provider shall maintain an up-to-date asset register and shall keep the Deliverables current throughout the service term.

## Section 4 — Transition and Service Commencement

4.1 The Provider shall complete transition, including discovery of all assets, installation of monitoring agents, documentation of the network and knowledge transfer from the Customer's current supplier, within 60 days after signature.

4.2 Service commencement tests: (a) every device listed in Schedule 1 is visible in the monitoring console with alarms routed to the service desk; (b) a simulated Priority 1 incident at two sites is detected, logged and escalated within the Schedule 2 times; (c) runbooks for all sites have been delivered and approved by the Customer; (d) the service desk has handled live calls for ten working days in shadow mode without a missed ticket.

4.3 When the tests are passed, the Customer signs a service commencement certificate. If the Provider fails to achieve the Service Commencement Date within 60 days after signature for reasons attributable to it, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 5 — Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value is CNY 2,162,000.

5.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced quarterly in arrears. The Customer shall pay each correct invoice within 30 days of receipt.

5.3 The charges are fixed for the service term. Additional devices or sites are charged at the unit rates in Schedule 3.

5.4 The Customer may deduct service credits under Schedule 2 from any invoice.

## Section 6 — Service Levels

6.1 The Provider shall meet the service levels in Schedule 2. If it fails to do so, the Customer shall receive the service credits set out there.

6.2 Where the Provider misses the same service level in two consecutive months, it shall submit a remediation plan within ten days and implement it at its own cost.

## Section 7 — Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell it, analyse it for its own purposes or make it available to any third party.

7.2 Customer Data shall remain on the Customer's systems in mainland China. The Provider's staff shall access them only through the Customer's bastion host, using named accounts with multi-factor authentication; all sessions are recorded. No Customer Data may be copied to the Provider's own systems outside mainland China.

7.3 The Provider shall comply with the Customer's information security policies, the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall keep its own security controls certified to ISO/IEC 27001.

7.4 The Provider shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by incidents resulting from the Provider's breach of this Section.

## Section 8 — Deliverables and Intellectual Property

8.1 The Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, including to a successor supplier.

8.2 The Provider's monitoring platform and tools remain the Provider's property and are used to provide the Services only.

## Section 9 — Liability

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 Each party's total liability under this Agreement is limited to 150% of the total contract value in Section 5.1. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 7.

## Section 10 — Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the use of Qingdao Bluewave Network Engineering Co., Ltd. for on-site hands-and-eyes support at the Customer's sites, as listed in Schedule 1.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors.

## Section 11 — Ending the Agreement

11.1 The Customer may end this Agreement for convenience on 180 days' written notice after the first 18 months of the service term, on payment of an early termination charge equal to half of the monthly service charges for the remainder of the term.

11.2 The Provider may end this Agreement if the Customer fails to pay undisputed charges within 60 days after a written reminder.

11.3 Service credits under Schedule 2 and the rights in this Section 11 are the Customer's exclusive remedies for service failures, and neither party has any other right to end this Agreement early.

11.4 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all Deliverables and credentials, and remove its agents from the Customer's systems.

## Section 12 — Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao under its rules. The award is final.

## Section 13 — General

13.1 Changes to this Agreement must be in writing and signed by both parties.

13.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Managed network | 46 switches, 12 firewalls, 180 wireless access points, SD-WAN links between parks | All five parks |
| Managed servers | 38 virtual and physical servers, backup jobs, patching | Huangdao data room |
| Cold-room gateway monitoring | 220 temperature gateways and their uplinks | All five parks |
| Endpoint management | 640 PCs, handheld scanners and in-cab tablets | All five parks and fleet |
| Service desk | Chinese and English, around the clock, telephone, portal and WeChat | Remote |
| On-site support | Hands-and-eyes visits by the approved subcontractor | Huangdao, Jiaozhou, Jimo, Weifang, Yantai |

## Schedule 2 — Service Levels and Credits

| Measure | Service level | Service credit |
|---|---|---|
| Availability of the managed network core, per month | 99.95% | 5% of the monthly charge per 0.1 percentage point missed, up to half of the monthly charge |
| Priority 1 incident (a park, the cold-room alarms or the WMS unreachable): response | 15 minutes, any time | CNY 1,000 per hour late |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 incident (a function or area impaired): response / resolution | 1 hour / 1 business day | CNY 500 per day late |
| Priority 3 request: resolution | 3 business days | none |
| On-site attendance where needed | 2 hours within Qingdao, 6 hours elsewhere | CNY 800 per hour late |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | fixed | 74,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total contract value | | 2,162,000 |
| Additional device | per device per month | 45 |
| Exit assistance | per person-day | 3,200 |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings; Eyemouth vendor)
H1101E05 = """MARINE FORECAST DATA SUBSCRIPTION AGREEMENT

Agreement reference: BMD-SUB-2027-118

PARTIES

(1) Berwickshire Marine Data Limited, a company registered in Scotland, whose office is at Harbour Road, Eyemouth TD14, Scotland, United Kingdom (the "Provider").

(2) Jiangsu Donghai Offshore Wind Operations and Maintenance Co., Ltd., Rudong County, Nantong, Jiangsu Province, People's Republic of China (the "Customer").

BACKGROUND

The Provider produces site-specific marine weather and sea-state forecasts from its own numerical models and observation network and delivers them through an application programming interface. The Customer maintains offshore wind farms in the Yellow Sea and uses forecasts to plan crew transfer vessel trips, jack-up operations and turbine access. The Customer wishes to subscribe to the Provider's forecast data for two Subscription Years.

1. DEFINITIONS

1.1 "API" means the Provider's forecast data interface, its documentation and the credentials issued to the Customer.

1.2 "Forecast Data" means the forecasts, hindcasts and observations made available through the API, including significant wave height, wave period and direction, wind speed at 10 metres and hub height, visibility, lightning risk and tidal currents.

1.3 "Site Points" means the 48 forecast locations at the Customer's wind farms and ports listed in Annex A.

1.4 "Subscription Year" means the period from 1 May 2027 (the "Start Date") to 30 April 2028 (the first Subscription Year), the period from 1 May 2028 to 30 April 2029 (the second Subscription Year) and, after any renewal, each corresponding period that follows.

1.5 "Customer Data" means the Site Points, turbine coordinates, vessel schedules, operational limits, user details and any other information that the Customer provides to the Provider or submits through the API.

1.6 "Integration Package" means the Customer-specific configuration described in clause 5.1.

2. THE SUBSCRIPTION

2.1 The Provider grants the Customer, for the duration of this Agreement, a non-exclusive, non-transferable right to access the API and to use the Forecast Data for the Customer's internal planning and operations at its wind farms, including sharing forecasts with its vessel operators and contractors for those operations.

2.2 The subscription includes hourly forecasts up to ten days ahead for all Site Points, updated four times per day, and access to a web dashboard for up to 60 named users.

2.3 The subscription includes an allowance of 3,000,000 API calls per Subscription Year. Calls above the allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

2.4 The Customer shall not resell the Forecast Data or use it to build a competing forecast service.

3. SUBSCRIPTION YEARS AND RENEWAL

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Start Date.

3.2 At the end of the second Subscription Year, this Agreement renews automatically for further Subscription Years, one at a time, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

3.3 The subscription fee for each renewal Subscription Year is the Provider's list price in effect at the start of that Subscription Year. The Provider may increase its list price at its discretion and will publish the new price on its website at least 30 days before it applies.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 264,000 for each of the two Subscription Years, CNY 528,000 in total.

4.2 A one-time integration fee of CNY 22,000 is payable for the Integration Package.

4.3 The total fees under this Agreement for the two Subscription Years are therefore CNY 550,000, inclusive of VAT. Usage charges under clause 2.3 are additional.

4.4 The Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance under clause 5. The Customer shall pay each invoice within 30 days of receipt, in CNY, to the Provider's collection account in mainland China named on the invoice.

5. INTEGRATION AND ACCEPTANCE

5.1 By the Start Date the Provider shall deliver the Integration Package: configuration of all Site Points; a custom data feed in the Customer's JSON format for import into its marine coordination system; operational limit alerts for each vessel class defined by the Customer; and two training sessions for the Customer's marine coordinators.

5.2 Integration Acceptance tests: (a) the feed delivers forecasts for all Site Points at every scheduled update for 14 consecutive days; (b) imported values match the values shown in the dashboard; (c) alerts are triggered correctly in test cases agreed with the Customer; and (d) forecast skill for wave height over the test period, verified against the Customer's wave buoy, is within the accuracy band in Annex B.

5.3 When the tests are passed, the Customer shall sign an Integration Acceptance certificate. Use of the Forecast Data during testing is not acceptance.

5.4 If the Provider fails to deliver the Integration Package for acceptance testing by the Start Date for reasons attributable to it, the Provider shall pay the Customer CNY 400 for each day of delay.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API and the dashboard available and to publish each forecast update on time. The Provider does not guarantee uninterrupted or error-free access and does not commit to any particular availability level.

6.2 Support is provided by e-mail and through the support portal during business hours in Scotland. The Provider will endeavour to acknowledge and resolve requests promptly but gives no response or resolution times.

6.3 The Provider will inform the Customer in advance of planned maintenance where reasonably practicable.

6.4 Forecasts are model predictions. The Customer remains responsible for its own operational decisions, including the decision whether a vessel may sail or a technician may transfer to a turbine.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription and the Integration Package to the Customer and shall not use it for any other purpose or disclose it to any third party.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, restricted access on a need-to-know basis with individual accounts and multi-factor authentication, and logging of access.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Data, shall take prompt steps to contain it and prevent a recurrence, and shall be liable for the losses the Customer suffers as a result of a breach of this clause 7.

7.4 Within 30 days after this Agreement ends, the Provider shall return or delete all Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The API, the Provider's models and the Forecast Data remain the property of the Provider, subject to the rights granted in clause 2.

8.2 The custom data feed format, the operational limit alert configuration and any other part of the Integration Package made for the Customer belong to the Customer, which may use, modify and license them freely. The Customer also owns all reports and analyses that it prepares using the Forecast Data.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's farm layouts and vessel plans and the Provider's prices, and shall use it only for this Agreement.

9.2 A party may disclose such information to its employees, contractors and advisers who need it and are bound by equivalent duties, or where the law requires. This clause continues for three years after this Agreement ends.

10. LIABILITY

10.1 Neither party is liable for loss of profit or for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.3. This limit does not apply to fraud, wilful misconduct, breach of clause 7 or clause 9, or liability that cannot be limited by law.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Provider shall not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the part of the subscription fee paid for the period after termination.

12.3 Clauses 7 to 10 and 13 survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be in writing and sent by courier or by e-mail to the addresses that the parties designate in Annex C.

14.2 This Agreement is written in English and Chinese. Both versions are equally authentic.

14.3 Annex A (Site Points), Annex B (Accuracy band) and Annex C (Contacts) form part of this Agreement.

SIGNATURES

For the Provider: ____________________  Name and title: ____________________

For the Customer: ____________________  Name and title: ____________________
"""

# ================================================================ build
TEXT_FILES = {  # key -> (file name, source); written as is
    "z03": ("h1101z03_maternity_training_chain_booking_saas.txt", H1101Z03),
    "z04": ("h1101z04_heating_network_monitoring_om_service.txt", H1101Z04),
    "z05": ("h1101z05_ocarina_studio_process_tracking_supplier_template.md", H1101Z05),
    "e02": ("h1101e02_resort_guest_platform_saas_order_form.md", H1101E02),
    "e04": ("h1101e04_cold_chain_managed_it_services.md", H1101E04),
    "e05": ("h1101e05_marine_forecast_api_subscription.txt", H1101E05),
}
SOURCES = {"z01": H1101Z01, "z02": H1101Z02, "e01": H1101E01, "e03": H1101E03}
TARGETS = {"z01": ("h1101z01_city_muck_truck_supervision_platform.pdf", "pdf"),
           "z02": ("h1101z02_foot_spa_factory_line_control_retrofit.docx", "docx"),
           "e01": ("h1101e01_textile_planning_licence_scottish_vendor.pdf", "pdf"),
           "e03": ("h1101e03_aquaculture_sensors_monitoring_licence.docx", "docx")}
FILES = {k: v[0] for k, v in {**TEXT_FILES, **TARGETS}.items()}

# ================================================================ labels
N = None


def terms(avail, p1, remedy, ip, ds, own, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warranty, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# sums behind the labels
assert 1180000 + 760000 + 86000 + 24000 == 2050000 and 410000 + 922500 + 717500 == 2050000
assert 768000 + 114000 + 163200 + 252000 + 186000 == 1483200 and 1483200 + 238000 + 102800 + 12000 == 1836000
assert 367200 + 642600 + 826200 == 1836000 and round(1483200 * 0.08) == 118656
assert 35 * 6800 == 238000 and 2 * 238000 + 84000 == 560000
assert 216000 + 148000 + 72000 + 32000 == 468000 == 4 * 117000
assert 198000 + 72000 + 18000 == 288000 and 187200 + 100800 == 288000 and round(198000 * 0.26) == 51480
assert 1260000 + 420000 + 62000 + 38000 == 1780000 and 356000 + 801000 + 623000 == 1780000
assert round(1260000 * 0.11) == 138600
assert 3 * 286000 + 46000 == 904000
assert 240 * 3900 == 936000 and 24 * 11500 == 276000 and 12 * 26000 == 312000
assert 936000 + 276000 + 312000 + 368000 == 1892000 and 1892000 + 164000 + 24000 == 2080000
assert 208000 + 1144000 + 728000 == 2080000 and round(1892000 * 0.075) == 141900
assert 36 * 58000 + 74000 == 2162000
assert 2 * 264000 + 22000 == 550000

LABELS = {
    "z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False,
                                    True, False, "PRC", "goods_or_licence"),
            extra(True, True, True, False, 2050000)),
    "z02": ("zh", "hardware", terms(N, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 18, 8, False, True,
                                    True, "PRC", "goods_or_licence"),
            extra(True, True, True, False, 1836000)),
    "z03": ("zh", "cloud", terms(99.5, 0.5, True, "buyer", True, False, True, 0.08, N, (238000 + 84000) * 100 / 560000,
                                 True, N, N, N, False, True, False, "PRC", "service"),
            extra(True, True, None, False, 560000)),
    "z04": ("zh", "services", terms(N, 0.5, True, "buyer", False, True, True, N, N, N, True, N, N, N, False, True, False,
                                    N, "service"),
            extra(True, False, None, False, 468000)),
    "z05": ("zh", "software", terms(N, 24, False, "supplier", True, True, True, 0.02, N, 65, False, False, 6, 26, False,
                                    True, N, N, "goods_or_licence"),
            extra(True, True, True, True, 288000)),
    "e01": ("en", "software", terms(N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True,
                                    False, "Scotland", "goods_or_licence"),
            extra(True, True, True, False, 1780000)),
    "e02": ("en", "cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 800 / 904000 * 100, 9 / 36 * 100, N, True, N,
                                 N, N, False, True, True, "PRC", "service"),
            extra(True, True, None, False, 904000)),
    "e03": ("en", "hardware", terms(N, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7.5, False,
                                    True, False, "PRC", "goods_or_licence"),
            extra(True, True, True, False, 2080000)),
    "e04": ("en", "services", terms(99.95, 0.25, True, "buyer", True, True, False, 2000 / 2162000 * 100, 150, N, True, N,
                                    N, N, False, False, False, "PRC", "service"),
            extra(True, True, None, False, 2162000)),
    "e05": ("en", "cloud", terms(N, N, False, "buyer", True, True, True, 400 / 550000 * 100, 150, N, True, N, N, N, True,
                                 True, False, "PRC", "service"),
            extra(False, True, None, False, 550000)),
}

# design facts not in the labels: TCO fee base (itemised licence / hardware subtotal), forum outside mainland China
TCO_BASE = {"z01": 1180000, "z02": 1483200, "z05": 198000, "e01": 1260000, "e03": 1892000}
FORUM_ABROAD = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when not computable (service, or fee not a capped figure)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get(
            "post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy §3 (with its section on where rules apply)."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_ABROAD:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ================================================================ threshold figures (policy §3 / §4 defaults)
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|小时|个小时)", r"(?<![十二三四五六七八九零〇两\d])四个?小时",
    r"four\s*(?:\(4\)\s*)?-?\s*hours?", r"(?<![\d.])240\s*(?:minutes|分钟)",
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:months?|个月|个自然月)", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?", r"十二个月",
    r"一年", r"(?<![\d.])1\s*(?:years?|年)(?!\d)", r"one\s*-?\s*years?",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)(?!\d)", r"五年", r"five\s*(?:\(5\)\s*)?-?\s*years?",
    r"(?<![\d.])60\s*(?:months?|个月)",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["预付款为30%", "30 %", "百分之三十", "4小时内响应", "within 4 hours", "四小时", "four hours", "4-hour",
            "99.9%", "0.05%", "万分之五", "100%", "百分之百", "12个月", "12 months", "twelve months", "十二个月", "质保一年",
            "one year", "1 year", "15%", "百分之十五", "40%", "百分之四十", "五年", "5 years", "five years", "60个月",
            "fifteen per cent", "forty percent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "130%", "0.055", "0.5", "万分之八", "2027年12月31日", "115%",
             "140%", "45%", "35%", "25.0", "15个工作日", "1,500", "14 hours", "36 months", "18 months", "五个工作日",
             "0.15%", "1.15%", "2025年", "6个月", "第十五条", "150%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESH_RE:
            m = rx.search(variant)
            if m:
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits " + s, threshold_hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
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
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    fired = set()
    for key in sorted(LABELS, key=lambda k: (k[0] != "z", k)):
        lang, category, t, x = LABELS[key]
        name = FILES[key]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        for k, v in thresholds.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (name, k)
        share = tco_share(key, t, x)
        assert share is None or abs(share - 40) > 2, (name, share)
        rules = derive(key, t, x)
        assert rules == sorted(DESIGN[key]), (name, rules, DESIGN[key])
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%-62s %-4s %5d  %-6s %s%s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                             "" if share is None else "  [TCO share %.2f %%]" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    assert sum(1 for k in DESIGN if not DESIGN[k] and k[0] == "z") == 1
    assert sum(1 for k in DESIGN if not DESIGN[k] and k[0] == "e") == 1
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
