"""holdout994: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, thresholds, rule design and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:科技特派员服务管理平台建设项目合同
P:合同编号：KJJ-ZC-2027-0316
P:采购人（甲方）：某市科学技术局
P:供应商（乙方）：某某数智科技有限公司
P:项目名称：科技特派员服务管理平台建设（政府采购项目，采购方式：公开招标，项目编号ZFCG-2027-0142）
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供科技特派员服务管理平台软件许可（永久使用，不限用户数），并按需求规格说明书完成定制开发、历史数据迁移、接口对接、部署实施与培训。
P:1.2 定制开发内容包括：特派员人才库与资质管理、企业技术需求发布与智能匹配、服务日志与现场签到、绩效考核与年度评价、经费拨付台账、移动端小程序及领导驾驶舱。
P:1.3 平台部署于甲方指定的政务云，乙方负责应用层安装、配置与联调，政务云资源由甲方协调提供。乙方应指定一名具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾陆万贰仟元整（¥1,362,000），为固定总价，包含完成本项目所需的软件许可、开发、迁移、实施、培训、差旅及税费等全部费用。
P:2.2 价款构成：平台软件许可费¥620,000；定制开发费¥548,000；数据迁移及接口对接费¥136,000；部署实施及培训费¥58,000。
P:2.3 合同履行期间，如因甲方需求变更导致工作量增加，双方按投标文件中的人天单价另行协商确定，并签订书面补充协议。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%，即¥272,400，作为预付款。
P:3.2 平台通过初步验收并上线试运行后十个工作日内，甲方支付合同总价的45%，即¥612,900。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥476,700。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后一百二十日内完成全部定制开发及部署，并提交初步验收申请。乙方应在合同生效后十日内提交项目实施计划，经甲方确认后执行。
P:4.2 乙方应提交项目实施方案、需求规格说明书、数据库设计说明、接口文档、用户手册、运维手册及定制开发部分的全部源代码，并对甲方指定人员进行不少于三次的操作及运维培训。
P:4.3 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；发生可能影响工期的情况时，应在三个工作日内书面告知甲方并提出应对措施。
H:第五条 验收
P:5.1 初步验收由甲方组织，按需求规格说明书逐项测试功能，并核对以下指标：历史特派员档案及服务记录迁移后与原系统逐条比对一致；常用查询页面在三百个并发用户下响应时间不超过3秒；与省科技管理平台、统一身份认证平台的接口连续十日运行无错误；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收合格后进入九十日试运行期。试运行期内未发生一级故障且累计发现的问题均已整改的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 故障分为三级。一级故障指平台整体不可用或核心业务无法办理，乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障指部分功能异常，乙方应在2小时内响应，24小时内解决；三级故障在下一个版本中修复。
P:6.3 乙方未按6.2条时限响应或恢复的，每超时1小时，甲方可从应付款项或履约保证金中扣减人民币800元；同一季度内超时累计三次以上的，乙方应提交书面整改报告并更换服务人员。
P:6.4 质保期满后，甲方如需继续由乙方提供运维服务，年运维费不超过平台软件许可费的8%，即每年不超过¥49,600，该价格在质保期满后三年内不上调。运维合同由双方另行签订，不自动续期。
P:6.5 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，内容包括运行状况、性能分析、安全漏洞及优化建议。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、数据库设计、接口及文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:7.3 乙方保证所交付的成果不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的特派员信息、企业信息、服务记录及统计数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得留存或向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求开展开发和部署，对个人信息进行加密存储和访问控制，运维操作经堡垒机审计，未经甲方书面许可不得将数据复制出政务云环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即采取处置措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的政策信息、企业技术需求及其他非公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限提交初步验收申请的，每逾期一日，应按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的成果不符合合同约定的，应免费整改；整改后仍不合格的，甲方有权拒绝接收并要求乙方返还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包或分包，不得转让本合同项下的权利义务。
H:第十二条 合同的解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应返还相应款项并赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2027年__月__日
"""

Z02 = """T:电热水袋生产线控制系统改造项目合同
P:合同编号：RS-GZ-2027-021
P:甲方（买方）：某某电热水袋制品有限公司
P:乙方（卖方）：某某自动化工程有限公司
P:甲方拟对其厂区内六条电热水袋生产线（充注、热合封口、气密检测、包装）的控制系统进行改造，乙方依据甲方技术规格书及乙方技术方案提供设备、软件及安装调试服务。双方经友好协商，签订本合同。
H:第一条 合同标的与价格
P:1.1 乙方提供的设备、软件及服务明细如下表，合同总价为人民币壹佰伍拾肆万捌仟元整（¥1,548,000），含税、运输、保险、安装调试及培训等全部费用。
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含PLC、I/O模块、变频器|6套|86,000|516,000
TB:2|温控与加热控制模块|热合机温度闭环控制|48套|4,500|216,000
TB:3|气密性检测仪|成品水袋在线检测|6台|38,000|228,000
TB:4|视觉检测单元|封口及外观缺陷识别|6套|29,000|174,000
TB:5|工控机及HMI触摸屏|产线操作终端|12套|9,500|114,000
TB:6|产线集中控制软件许可|永久许可，覆盖6条产线|1套|196,000|196,000
TB:|设备及软件小计||||1,444,000
TB:7|安装调试及系统联调|含旧系统拆除、配线、联调|1项|86,000|86,000
TB:8|操作与维护培训|操作工、电工、工艺员|1项|18,000|18,000
TB:|合同总价||||1,548,000
P:1.2 乙方应保证所供设备为全新、原厂正品，软件为正版授权，并提供合格证、说明书、电气图纸及软件授权文件。
P:1.3 乙方提供的设备应符合国家及行业相关安全标准，电气设计应满足甲方车间防水、防尘及散热要求。
H:第二条 交付与工期
P:2.1 乙方应在合同生效后六十日内将全部设备运至甲方厂区，并在到货后四十五日内完成安装调试。改造按产线逐条进行，每条产线停产时间不超过五日，具体排产由双方书面确认。
P:2.2 乙方负责旧控制柜的拆除与标识，拆除物归甲方所有。施工期间乙方应遵守甲方厂区安全生产及消防管理制度。
P:2.3 乙方应在施工前提交施工组织方案、停产切换计划和安全措施，经甲方确认后实施；因乙方原因延长停产时间的，乙方应赔偿甲方因此增加的停产损失。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥154,800，作为预付款。
P:3.2 全部设备到货并安装完成、甲方签收到货单后十五个工作日内，甲方支付合同总价的55%，即¥851,400。到货签收和安装完成不视为质量验收。
P:3.3 项目最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥541,800。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 验收
P:4.1 每条产线改造完成后，乙方提交验收申请及测试记录，甲方组织验收。验收标准为：产线连续七十二小时满负荷运行无停机故障；热合温度控制精度在±1.5℃以内；气密检测漏检率不高于0.2%；视觉检测误判率不高于1%；生产节拍不低于改造前水平；控制软件能够按班次生成产量、良品率及能耗报表。
P:4.2 六条产线全部通过验收，并经三十日稳定运行后，甲方出具最终验收报告。设备安装、试运行或甲方使用均不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并重新提交验收；两次验收仍不合格的，甲方有权解除合同。
P:4.4 验收时乙方应提交竣工图纸、PLC程序备份、参数清单、操作规程及培训记录，资料不全的不予验收。
H:第五条 质量保证与售后服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:5.2 故障分级：一级故障指整条产线停机；二级故障指单台设备或单项功能失效，但产线可降速运行；三级故障指一般性问题。一级故障乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内修复。
P:5.3 乙方未按上述时限响应或修复的，每超时1小时，甲方可从质保金或应付款中扣减人民币500元。
P:5.4 质保期满后，乙方继续提供维保服务，维保服务费按设备及软件小计的25%每年计取，即每年¥361,000，自质保期满起三年内不作调整，维保范围包括定期巡检、故障维修、备件更换及软件升级。维保合同按年度签订，不自动续期。
P:5.5 质保期内乙方每季度到厂巡检一次，检查控制柜、传感器及软件运行状况，出具巡检报告，并对甲方电工进行现场指导。
P:5.6 乙方应在甲方厂区常备易损备件，包括温控模块、传感器及继电器，备件清单作为合同附件。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、HMI画面、定制报表及接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改或委托第三方维护。
P:6.2 控制软件标准产品的知识产权归乙方，甲方在其生产线范围内享有永久使用权。
H:第七条 数据安全
P:7.1 控制系统运行中产生的生产数据、工艺参数、配方及质量记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:7.2 乙方应保证工控网络与办公网络隔离，禁用工控机的无关端口及移动存储；远程维护须经甲方逐次审批并全程记录。发生数据泄露、篡改或病毒感染的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中获知的甲方工艺、配方、产能、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
P:8.2 乙方应要求其参与本项目的人员遵守本条约定，并对其人员的违约行为负责。
H:第九条 分包
P:9.1 乙方可将安装及电气配线工程分包给具备相应资质的单位，但应在分包单位进场前五个工作日书面通知甲方。乙方对分包单位的工作质量及安全承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第七条、第八条造成的损失不受此限。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方提供的设备存在质量问题，造成甲方生产线停产或产品批量报废的，乙方应赔偿甲方的直接损失。
H:第十一条 合同解除
P:11.1 乙方严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 因甲方原因导致合同无法继续履行的，乙方有权书面通知甲方解除合同，甲方应支付已完成工作的相应价款。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、乙方技术方案、设备清单。
P:13.2 本合同未尽事宜由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """门店约课及会员管理SaaS服务合同

合同编号：DJY-SaaS-2027-008
甲方（客户）：某某打击乐艺术培训连锁有限公司
乙方（服务商）：某某云课科技有限公司

鉴于甲方在全国经营三十五家打击乐（架子鼓、非洲鼓、马林巴等）培训门店，拟统一使用在线约课、会员及课时管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供该系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店开通约课及会员管理SaaS平台（连锁版），功能包括：课程排期与教室管理、学员在线约课与签到、课时包及会员卡管理、续费提醒、教师排班与课酬统计、微信小程序端、总部经营报表。
2. 每家门店含管理员账号三个、教师账号不限；新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的组织架构与课程体系搭建、历史学员及课时数据迁移、小程序上线及支付通道对接。
2. 乙方对总部及门店人员提供线上培训及驻场培训各两次，并提供操作手册及培训视频。
（三）服务期
本合同服务期为两个服务年度，自上线验收合格之日起计算；第一服务年度自上线验收合格之日起算，第二服务年度紧接其后。
（四）甲方负责提供门店清单、课程体系资料及历史数据，并指定总部项目负责人配合实施。
（五）乙方应指定一名客户成功经理作为甲方总部的对接人，每月提交服务报告，内容包括可用率、故障记录、工单处理情况及使用数据分析；甲方新开门店时，乙方应在接到通知后五个工作日内完成开通和培训。

二、费用及支付
（一）订阅费按每家门店每服务年度人民币6,800元计算，三十五家门店每服务年度订阅费为人民币238,000元，两个服务年度合计人民币476,000元。
（二）实施费为一次性费用，人民币68,000元。
（三）本合同总价为人民币544,000元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度结算，每季度结束后十个工作日内，甲方根据乙方提交的服务报告及发票支付当季订阅费人民币59,500元。
3. 甲方无须在服务开始前支付任何款项。
（五）服务期内订阅单价固定不变。门店数量减少的，自下一季度起按实际门店数量结算。

三、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 三十五家门店全部开通并完成组织架构、课程及教室配置；
2. 历史学员档案、剩余课时及会员卡余额迁移后，与甲方原系统导出数据逐店核对一致；
3. 约课、签到、消课、续费及退费流程经甲方测试用例全部通过；
4. 小程序支付与收款对账连续七日无差异；
5. 试运行十四日内未发生一级故障。
（三）甲方应在收到验收申请后五个工作日内组织验收并出具书面意见。系统开通或甲方试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改后重新申请验收。

四、服务水平
（一）平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三日通知并安排在晚间23:00至次日6:00之间）。
（二）故障分级及响应：
1. 一级故障：约课、签到或支付功能不可用，影响三家以上门店。乙方应在15分钟内响应，2小时内恢复。
2. 二级故障：部分功能异常或单店不可用。乙方应在1小时内响应，8小时内恢复。
3. 三级故障：一般咨询及优化需求，乙方应在一个工作日内答复。
（三）服务抵扣：月度可用率每低于承诺值0.1个百分点，减免当月订阅费的5%；一级故障未按时恢复的，每超过1小时减免当月订阅费的2%；同一季度累计减免以当季订阅费为限。
（四）乙方应提供7×24小时故障报修渠道（电话及在线工单），工作日9:00至21:00提供在线客服，周末及节假日安排值班人员，以适应门店晚间及周末上课的高峰。
（五）乙方系统版本升级应提前七日通知甲方，涉及操作变化的应提供更新说明；升级不得造成甲方已有数据丢失或功能减少。

五、数据
（一）甲方在平台中录入或产生的学员信息、家长联系方式、课时、交易及经营数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化和汇总处理，用于乙方产品优化、行业研究报告及向其他客户提供的经营对标分析；经汇总处理形成的数据及分析成果的权利归乙方所有。
（三）数据安全：
1. 平台部署在境内通过网络安全等级保护第三级备案的云环境中，学员及家长个人信息加密存储，后台操作按最小权限授权并留存日志不少于六个月。
2. 乙方每日备份数据，备份保留三十日，并每半年进行一次恢复演练。
3. 发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，采取补救措施，并配合甲方向主管部门报告。因乙方原因导致数据安全事件的，乙方承担由此给甲方造成的全部损失。
4. 乙方人员访问甲方数据须经甲方管理员授权，乙方应对其员工进行数据安全培训，并与其签署数据安全承诺。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除其系统中的甲方数据并出具删除证明。

六、知识产权
（一）平台软件及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、品牌素材适配、课程体系配置方案及专用报表模板，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证平台不侵犯第三方知识产权；因侵权导致甲方被追索的，由乙方负责处理并赔偿甲方损失。

七、保密
双方对在合作过程中获知的对方商业秘密、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。乙方应对其员工遵守本条约定负责。

八、续期
服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方按其届时价格体系确定，乙方有权上调门店单价，并于续期前十五日以邮件方式通知甲方。

九、违约责任
（一）乙方未按第三条约定期限完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第五条约定的，除承担赔偿责任外，甲方有权解除合同。
（三）甲方逾期支付的，应在乙方催告后十日内补足。
（四）因乙方原因导致平台连续中断超过二十四小时，或同一服务年度内发生三次以上一级故障的，甲方有权解除合同。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同解除
乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用，并赔偿甲方损失。合同解除的，乙方应配合完成数据导出，并协助甲方迁移至其他系统。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十三、其他
本合同一式两份，双方各执一份，经双方签字盖章后生效。本合同附件包括：功能清单、门店清单、实施计划及服务水平说明，附件与本合同具有同等效力。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """挡土墙变形监测系统年度运维服务合同

项目编号：ZJJ-CS-2027-015（竞争性磋商）
甲方（采购人）：某市住房和城乡建设局
乙方（成交供应商）：某某岩土监测技术有限公司

依据《中华人民共和国民法典》《中华人民共和国政府采购法》，根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就挡土墙变形监测系统年度运维服务事宜，经协商一致，签订本合同。

第一条 服务范围
（一）运维对象为甲方在全市二十三处高边坡及挡土墙建设的变形监测系统，包括：GNSS位移监测站46套、固定式测斜仪92套、裂缝计138支、雨量计23台、太阳能供电及通信终端69套，以及部署在甲方机房的监测预警平台软件。
（二）服务内容包括：设备日常巡检与维护、传感器校准、故障维修与更换、通信链路保障、平台软件运行维护与升级、数据质量核查、预警阈值配置配合、汛期加密监测与应急值守，以及月度、季度和年度监测分析报告的编制。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）甲方负责提供现有设备台账、平台账号、机房出入及现场作业协调，并指定专人对接。

第二条 服务费用及支付
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包含人工、交通、备品备件、校准、通信及税费等全部费用。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，并在考核结果确认及收到乙方发票后十五个工作日内支付当季服务费人民币96,500元；考核扣减的金额从当季服务费中直接扣除。
（三）甲方不支付预付款。
（四）服务期内合同总价固定不变。设备因自然灾害损毁需要重建的费用不在本合同范围内，由双方另行协商。

第三条 服务要求
（一）乙方应在合同签订后十日内完成运维接管，核对设备台账，提交运维实施方案。
（二）乙方应组建不少于五人的运维团队，其中项目负责人须具有岩土工程相关中级以上职称；人员名单报甲方备案，未经甲方同意不得更换项目负责人。
（三）乙方每月对全部监测点巡检一次，汛期（5月至9月）每半月巡检一次；每季度完成一次传感器校准并提交校准记录。
（四）监测数据由乙方每日核查，发现数据异常或突变的，乙方应在1小时内完成复核并通知甲方指定联系人。
（五）乙方应建立运维值班制度，汛期及暴雨、台风预警期间实行二十四小时值守，并保持值班电话畅通；值班表每月报甲方备案。
（六）乙方应储备GNSS接收机、测斜仪、裂缝计及通信模块等常用备品备件，备件清单报甲方备案；设备损坏不能修复的，乙方应使用同品牌同型号或性能不低于原设备的产品更换。
（七）乙方应按月提交监测月报，每季度提交季度分析报告，汛期结束后提交汛期专项报告，服务期满前提交年度监测分析报告；报告内容包括各监测点变形趋势、累计位移、异常情况及处置建议。
（八）平台软件需升级或修改预警阈值的，乙方应提交书面方案，经甲方审批后实施，并保留修改前后的配置记录。

第四条 服务水平
（一）监测预警平台及数据传输的月度可用率不低于99.5%。
（二）故障分级：
1. 一级故障：监测预警平台停止运行、预警推送失效，或任一处挡土墙全部监测点数据中断；
2. 二级故障：单个监测点数据中断或单台设备损坏；
3. 三级故障：其他不影响监测预警的问题。
（三）响应及修复时限：一级故障乙方应在1小时内响应，3小时内到达现场，10小时内恢复监测；二级故障2小时内响应，48小时内修复；三级故障在下一次巡检时处理。
（四）达到黄色及以上预警等级时，乙方应在30分钟内派员赶赴现场核查，并按甲方应急预案参与处置。

第五条 服务扣减
（一）平台及数据传输月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%。
（二）一级故障未按时响应或恢复的，每超时1小时扣减人民币300元；二级故障每超时一日扣减人民币200元。
（三）同一季度内扣减总额以当季服务费为限。
（四）扣减明细在季度考核结果中列明，由双方签字确认。

第六条 考核与验收
（一）季度考核由甲方组织，考核内容包括：巡检及校准记录是否完整、故障是否按时修复、平台可用率是否达标、监测报告是否按时提交且内容符合技术规范要求。
（二）服务期满后，甲方组织年度验收。验收标准为：全部监测设备运行正常或已按规定修复；全年巡检、校准、维修记录及备件更换台账齐全；年度监测分析报告经甲方组织专家评审通过；设备台账、平台配置及运维资料完整移交。
（三）年度验收不合格的，乙方应在二十日内整改，整改后仍不合格的，甲方可从最后一季服务费中扣减相应费用。
（四）甲方可邀请第三方专家参与考核及验收。

第七条 数据安全
（一）监测数据、预警记录、平台配置及运维过程中形成的全部资料均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
（二）乙方应遵守网络安全法、数据安全法等规定：运维账号实行实名管理和最小权限，远程运维须经甲方批准并通过堡垒机进行，平台数据每日备份，移动存储介质须经登记。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在2小时内报告甲方，立即采取处置措施并提交事件报告；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
（四）合同终止时，乙方应将全部数据、账号及配置资料移交甲方，并删除其留存的甲方数据，出具书面确认。

第八条 知识产权
运维期间乙方为甲方编制的监测分析报告、数据处理脚本、平台配置文件及运维文档，其知识产权归甲方所有，甲方可自由使用和修改。乙方不得将上述成果用于其他项目。

第九条 违约责任
（一）乙方未按第三条约定时间完成运维接管或季度校准的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）因乙方未按规定巡检、维修或未及时报告异常数据，导致预警延误并造成损失的，乙方应承担赔偿责任。
（三）甲方逾期付款的，按照政府采购相关规定承担责任。
（四）乙方运维人员在现场作业时应遵守安全操作规程，高边坡作业须配备安全防护设备；因乙方原因造成人身伤害或第三方财产损失的，由乙方承担责任。

第十条 转包与分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十一条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，或连续两个季度考核不合格的，甲方有权解除本合同，并按实际服务情况结算费用。
（二）本合同服务期满即终止，不自动续期。
（三）因不可抗力致使合同无法履行的，双方可协商解除合同，按实际服务期结算费用。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：              乙方（盖章）：
法定代表人或授权代表：      法定代表人或授权代表：
签订日期：2026年12月  日
"""

Z05 = """# 匠迹工艺追踪系统软件许可及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-HT-2027-0419

甲方（用户）：某某髹饰漆艺工作室

乙方（开发方）：某某匠迹软件有限公司

甲方拟使用乙方开发的"匠迹工艺追踪系统"，对漆器制作工序、材料及作品进行数字化管理。经双方友好协商，依据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下条款，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺追踪系统标准版软件许可（20个用户），并根据甲方需求进行定制开发、部署实施及培训。

1.2 定制开发内容包括：髹饰工序模板（制胎、刮灰、髹漆、阴干、打磨、推光、描金等）、漆层及材料用量记录、阴干房温湿度传感器数据对接、作品档案及溯源二维码、工时统计报表。

1.3 具体功能以乙方出具的《功能说明书》为准，《功能说明书》未列明的功能不属于本合同范围。

1.4 乙方负责在甲方提供的服务器上安装系统；服务器、操作系统、数据库、网络设备及温湿度传感器由甲方自行采购，相关费用不包含在本合同价款内。

1.5 培训内容包括系统操作、工序模板维护及报表导出，培训对象为甲方指定的不超过十名人员。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 工艺追踪系统软件许可 | 标准版，20用户，永久许可 | 168,000 |
| 2 | 定制开发 | 按第1.2条所列内容 | 236,000 |
| 3 | 部署实施 | 本地服务器安装、配置、数据初始化 | 32,000 |
| 4 | 培训 | 现场培训两次 | 9,000 |
| | 合计 | | 445,000 |

2.1 本合同总价为人民币肆拾肆万伍仟元整（¥445,000），含增值税。

2.2 甲方提出《功能说明书》以外的需求，乙方有权另行报价，经甲方确认后另行收费。

2.3 用户数超过20个的，每增加一个用户，甲方应按乙方届时报价另行购买许可。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即人民币289,250元。乙方收到该笔款项后开始开发工作。

3.2 系统部署上线后五个工作日内，甲方向乙方支付合同总价的35%，即人民币155,750元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到第3.1条款项后九十日内完成开发及部署。因甲方未及时提供资料、确认需求或提供服务器环境导致延期的，交付期限相应顺延。

4.2 乙方交付内容为：安装于甲方服务器的系统软件、用户账号、《用户操作手册》电子版。

4.3 系统部署上线后，即视为甲方验收合格。甲方在上线后使用系统的，亦视为对交付成果的认可。

4.4 乙方交付安装程序，源代码不属于交付范围。

4.5 乙方在交付时向甲方提供管理员账号及初始密码，甲方应及时修改密码并妥善保管。

## 第五条 维护服务

5.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供缺陷修复及远程技术支持。

5.2 故障响应：一级故障（系统无法登录或核心功能无法使用）乙方在24小时内响应；二级故障在两个工作日内响应；其他问题在乙方下一版本中统一处理。乙方以远程方式为主提供支持，需要现场服务的，差旅费由甲方承担。

5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费按乙方当年公布的服务价格标准收取。

5.4 因甲方自行修改系统、操作不当或硬件故障引起的问题，不属于维护范围。

5.5 乙方每年可对标准产品进行版本升级，免费维护期满后的升级服务包含在维护服务协议中；未签订维护服务协议的，甲方不享有升级服务。

5.6 甲方应指定一名系统管理员，负责日常账号管理及问题汇总，并通过乙方工单系统提交服务请求；通过其他渠道提交的请求，乙方不保证响应时间。

## 第六条 知识产权

6.1 本系统标准产品及乙方为甲方定制开发的全部成果（包括工序模板、报表、接口程序、源代码及文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对系统进行反向工程、修改或交由第三方维护，不得向第三方转让或许可使用。

6.3 乙方有权将本项目中形成的通用功能纳入其标准产品。

6.4 乙方保证其提供的软件不侵犯第三方知识产权。

## 第七条 数据

7.1 甲方在系统中录入的作品、工艺、材料及客户数据归甲方所有，乙方仅为提供实施及维护服务的目的访问，不得用于其他目的。

7.2 乙方在实施及维护过程中应采取访问控制、操作留痕等安全措施，远程维护前须取得甲方同意；发现数据泄露或丢失的，应在二十四小时内通知甲方并协助处理。因乙方过错导致数据泄露或丢失的，乙方承担相应的赔偿责任。

7.3 甲方应自行做好数据备份，因甲方未备份造成的数据损失乙方不承担责任。

7.4 合同终止后，甲方可自行从系统中导出数据；需要乙方协助导出的，乙方按人天另行收费。

## 第八条 保密

双方对在合作过程中知悉的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后两年。甲方的漆艺配方、工艺参数及客户名单属于甲方的商业秘密。

## 第九条 违约责任

9.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的累计赔偿责任（包括违约金及损害赔偿）不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或数据损失承担责任。

9.3 甲方违反第六条约定的，应向乙方支付相当于合同总价的违约金，并赔偿乙方损失。

9.4 因甲方原因导致项目暂停超过三十日的，乙方有权调整开发计划，由此产生的额外费用由甲方承担。

## 第十条 合同解除

10.1 任何一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

10.2 本合同解除后，乙方已收取的许可费不予退还，定制开发费按已完成工作量结算。

10.3 甲方未按约定付款超过三十日的，乙方有权解除合同，并要求甲方支付已完成工作的价款。

## 第十一条 不可抗力

因不可抗力导致合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方可据此延期履行或解除合同。不可抗力事件持续超过六十日的，任何一方可书面通知对方解除合同。

## 第十二条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。争议处理期间，双方应继续履行本合同中不涉及争议的部分。

## 第十三条 其他

13.1 本合同自双方签字盖章且乙方收到第3.1条款项之日起生效。

13.2 本合同一式两份，双方各执一份。乙方的《功能说明书》为本合同附件。

13.3 本合同的修改和补充须以书面形式作出，经双方签字盖章后生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Guilin Greenridge Forest Products Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Guilin, Guangxi (the "Buyer"), and Timberline Survey Systems, Inc., a Montana corporation with its principal office at 318 Central Avenue, Whitefish, Montana 59937, United States (the "Vendor").
P:The Buyer manages plantation forests in Guangxi and wishes to replace its spreadsheet-based forest inventory with the Vendor's TimberScope forest inventory and harvest planning software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TimberScope Enterprise software in object code, version 9.2 or later, with its standard modules for plot inventory, growth modelling, harvest scheduling and mobile field collection.
P:1.2 "Custom Deliverables" means all configurations, growth-model calibrations, report templates, interfaces, scripts and documentation prepared by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data supplied by or generated for the Buyer, including stand records, field plot measurements, maps, drone imagery and harvest plans.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for sixty named users and two hundred mobile field devices, for the internal business of the Buyer and its affiliates in the People's Republic of China.
P:2.2 The Vendor shall provide the following services: installation of the Software on the Buyer's servers in Guilin; configuration of the species, site-class and yield tables used by the Buyer; calibration of the growth models with the Buyer's permanent sample plot data; an interface with the Buyer's ERP system for timber sales and an interface with its GIS platform; migration of historical inventory records for about 41,000 stands; and training of administrators, foresters and field crews.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and is available in Guilin during installation, go-live and the acceptance tests. The Vendor shall not replace the project manager without the Buyer's approval, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,730,000, fixed, inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,180,000; implementation and configuration CNY 420,000; data migration CNY 95,000; training CNY 35,000.
P:3.2 The Contract Price shall not be adjusted for exchange-rate movements. All amounts are payable in Renminbi to the Vendor's designated account.
H:Article 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 173,000) within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 Installation payment: 55% of the Contract Price (CNY 951,500) within twenty days after the Buyer signs the Installation Certificate confirming that the Software is installed and the migrated data are loaded. The Installation Certificate is not acceptance of the system.
P:4.3 Final payment: 35% of the Contract Price (CNY 605,500) within twenty days after Final Acceptance.
P:4.4 The Vendor shall issue a valid invoice for each payment before it falls due.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within sixty days and present the system for acceptance testing within one hundred and fifty days after signature of this Agreement, in accordance with the project plan agreed at kick-off.
P:5.2 Acceptance tests shall verify that: (a) every function listed in the agreed specification works as described; (b) migrated stand records reconcile with the source files by count and total area; (c) growth-model projections for the Buyer's reference plots fall within the tolerance set out in the test plan; (d) the ERP and GIS interfaces run for ten consecutive working days without error; and (e) reports for a compartment of 5,000 hectares are produced in less than ten seconds.
P:5.3 After successful tests and a thirty-day productive run without any Severity 1 incident, the Buyer shall issue a Final Acceptance certificate. Installation, productive use or any payment shall not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for a warranty period of twenty-four (24) months from Final Acceptance. During the warranty period, the Vendor shall provide corrections, updates, new releases and technical support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the system is unavailable or harvest scheduling cannot be performed. Severity 2: a major function is impaired but a workaround exists. Severity 3: a minor defect or a question. The Vendor shall respond to a Severity 1 incident within one (1) hour, twenty-four hours a day, and restore service within eight hours; to a Severity 2 incident within two hours during business hours, with a fix within three business days; and to a Severity 3 incident within two business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000 against the next amount payable or, during paid support, against the support fee.
P:6.4 After the warranty period the Buyer may order annual support. The annual support fee shall be 11% of the Licence Fee, that is CNY 129,800 per year, fixed for the first three years after the warranty period. Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and the Vendor's standard documentation remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement, shall not keep copies after the work for which they were needed, and shall not use them for any other purpose.
P:8.2 The Software is installed on the Buyer's servers. The Vendor shall access the Buyer's systems only through the remote-access gateway designated by the Buyer, with individual accounts and multi-factor authentication, and every session shall be approved in advance and logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to or loss of Buyer Data, take all reasonable measures to contain it and support the Buyer's investigation. The Vendor is liable for all losses caused by a data security incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including Buyer Data, prices and plantation locations, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to present the system for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts of approved subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within twenty days after notice, or if delay damages reach their maximum. The Vendor shall then refund all amounts paid for work not accepted.
P:13.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Montana, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the state courts located in Flathead County, Montana. The parties shall first try in good faith to settle the dispute by negotiation for thirty days.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — LiftDesk Field Service Cloud

Order Form No. LD-CN-0271 · Effective upon signature by both parties

## PART A — ORDER FORM

### A1. Parties

**Vendor:** Flathead Lake Software, LLC, a Montana limited liability company, 106 Main Street, Polson, Montana 59860, United States ("Vendor").

**Customer:** Hangzhou Hengsheng Elevator Service Co., Ltd., registered in Hangzhou, Zhejiang Province, People's Republic of China ("Customer").

### A2. Service and Subscription Term

Vendor will provide the LiftDesk Field Service Cloud (the "Service"), a hosted application for work-order dispatch, preventive maintenance scheduling, technician mobile apps, spare-parts tracking and customer portals for elevator and escalator maintenance. The Subscription Term is twenty-four (24) months, starting on the Go-Live Date defined in A5.

### A3. Fees

| Item | Quantity | Unit price (CNY per year) | Annual amount (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats (mobile app) | 180 | 1,250 | 225,000 | 450,000 |
| Dispatcher and supervisor seats | 20 | 2,400 | 48,000 | 96,000 |
| Elevator telemetry connector (up to 3,000 units) | 1 | 45,000 | 45,000 | 90,000 |
| Subscription subtotal | | | 318,000 | 636,000 |
| Onboarding and data migration (one-time) | 1 | | | 48,000 |
| **Total Order Value** | | | | **684,000** |

All fees are in Chinese Yuan (CNY), inclusive of VAT, and fixed for the Subscription Term. Additional telemetry units above 3,000 are charged at CNY 18 per unit per month and are not part of the Total Order Value.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, CNY 79,500 per quarter, payable within thirty (30) days after receipt of a valid fapiao.

(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty (30) days after receipt of a valid fapiao.

(c) No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Vendor will configure the Service for Customer's six branch offices, import Customer's asset register (about 2,800 elevators and escalators), maintenance plans and open work orders, connect the telemetry gateways named by Customer, and train dispatchers and technicians. The Target Go-Live Date is ninety (90) days after signature.

(b) Go-Live Acceptance requires that: (i) the imported asset register reconciles with Customer's export file by unit count and by branch; (ii) all test scripts in the agreed onboarding plan pass, including dispatch, escalation, spare-parts issue and the customer portal; (iii) telemetry alarms from at least twenty test units create work orders automatically; and (iv) a ten-day pilot in two branches has been completed without a blocking defect. Customer will confirm Go-Live Acceptance in writing within five business days after a complete acceptance request. Use of the Service in the pilot is not acceptance.

(c) If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to Vendor, Vendor will pay Customer 0.1% of the Total Order Value for each day of delay, up to a total of 10% of the Total Order Value.

### A6. Special Terms

(a) Customer Data will be hosted in a data centre located in mainland China, operated by Vendor's cloud infrastructure provider.

(b) This Order Form does not renew automatically. Any further subscription requires a new order form signed by both parties.

(c) This Order Form incorporates the General Terms in Part B. If they conflict, this Part A prevails.

Signed for Vendor: ____________________ Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for Customer, including asset records, work orders, telemetry readings, photographs and personal information of Customer's employees and end customers.

1.2 "Customer Configurations" means the workflows, forms, report templates, dashboards and integration mappings built by Vendor or Customer for Customer's use of the Service.

1.3 "Documentation" means Vendor's user guides and online help for the Service, as updated from time to time.

### 2. Use of the Service

2.1 Subject to payment of the fees, Vendor grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for the accuracy of Customer Data, for keeping user credentials secure and for its users' compliance with these General Terms.

2.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. Customer may add seats at the unit prices in A3, charged pro rata for the remainder of the Subscription Term.

### 3. Service Operation and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available to Customer and to keep it in good working order. Vendor may carry out scheduled maintenance and will try to announce it in advance.

3.2 Vendor provides support by email and through an online help centre. Vendor will respond to support requests as soon as practicable and will work in good faith to resolve them. Vendor does not guarantee any particular response or resolution time.

3.3 Vendor may update the Service from time to time, provided that updates do not materially reduce its overall functionality.

### 4. Customer Data and Data Security

4.1 As between the parties, Customer owns all Customer Data. Vendor will process Customer Data only to provide the Service and support to Customer and will not use it for any other purpose, including analytics, benchmarking or product development.

4.2 Vendor will maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, logging of administrative access, daily backups retained for thirty days and an annual penetration test by an independent tester. Vendor will comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

4.3 Vendor will notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, will take prompt measures to contain and remedy it, and will cooperate with Customer's notifications to authorities and individuals. Vendor is liable for all losses arising from a security incident caused by Vendor or its sub-processors.

4.4 Within thirty days after the end of the Subscription Term, Vendor will return Customer Data in a standard machine-readable format and then delete it from the Service.

### 5. Intellectual Property

5.1 Vendor retains all rights in the Service, the Documentation and its underlying software.

5.2 Customer Configurations belong to Customer. Customer may export, use, modify and let third parties use them for any purpose, including with another service provider.

### 6. Confidentiality

Each party will protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for five years after the end of the Subscription Term.

### 7. Subcontractors and Sub-processors

Vendor may use subcontractors and sub-processors, including its hosting provider and support contractors, to perform the Service. Vendor maintains a current list on its trust portal and will inform Customer of changes by updating that list. Customer's consent is not required. Vendor remains responsible for its subcontractors' performance.

### 8. Warranties

Vendor warrants that the Service will perform materially in accordance with the Documentation and that it will not knowingly introduce malicious code into the Service. If the Service does not so perform, Vendor will correct the non-conformity within a reasonable time.

### 9. Liability

9.1 Each party's total liability arising out of or relating to this Order Form is limited to 150% of the Total Order Value.

9.2 The limit does not apply to Customer's payment obligations, to a party's fraud or wilful misconduct, or to Vendor's obligations under Section 4.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice of the breach.

10.2 If Customer terminates under 10.1, Vendor will refund any fees paid for the period after termination and return Customer Data under Section 4.4.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. Force Majeure

Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Customer may terminate this Order Form if such an event prevents use of the Service for more than sixty days.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its entire business.

13.2 Notices must be in writing and sent to the addresses in A1. This Order Form is executed in English; a Chinese translation may be prepared for reference.
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. TH-EQ-2027-0088
P:Buyer: Hebei Taihang Cement Co., Ltd., a company registered in Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Wind River Instruments, Inc., a Wyoming corporation, 240 Main Street, Lander, Wyoming 82520, United States (the "Supplier").
P:The Buyer intends to monitor the condition of the rotating equipment of its two clinker production lines (kiln drives, raw mills, cement mills, fans and conveyors). This contract is made on the Buyer's standard purchase terms, as negotiated by the parties.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's KilnWatch condition monitoring software, including its analytics, alarm and reporting modules.
P:1.3 "Custom Work" means the dashboards, alarm rules, asset hierarchy, reports and interfaces prepared by the Supplier specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
P:1.5 "Buyer Data" means all measurements, alarms, asset records and other data collected from the Buyer's plant or supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following items. The Contract Price is fixed and includes delivery to the Buyer's plant, import duties, taxes, insurance and all expenses.
TB:No.|Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|Triaxial, ATEX-rated, 5-year battery|240|3,600|864,000
TB:2|Wireless gateways|Industrial, with mounting kits|16|12,500|200,000
TB:3|Edge servers|Rack-mounted, redundant power|2|46,000|92,000
TB:4|KilnWatch software licence|Perpetual, unlimited users, 300 assets|1|318,000|318,000
TB:|Hardware and Licence Subtotal||||1,474,000
TB:5|Installation and cabling|Sensor mounting, gateways, network|1|126,000|126,000
TB:6|Commissioning and training|Baselines, alarm set-up, 3 courses|1|34,000|34,000
TB:|Contract Price||||1,634,000
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at its plants in China, including on replacement hardware.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's plant within seventy-five days after signature of this contract and complete installation within forty-five days after delivery. Installation work shall be scheduled with the Buyer's maintenance department so that it does not interrupt production.
P:3.2 The Supplier's personnel on site shall follow the Buyer's safety rules, including the permit-to-work and lock-out procedures for work near kilns and mills.
P:3.3 The Supplier shall deliver with the Equipment: packing lists, certificates of origin and conformity, calibration certificates for each sensor, installation drawings, the Software licence certificate and user and administrator manuals in Chinese and English.
P:3.4 Title to the Equipment passes to the Buyer on delivery to the plant; risk passes on signature of the Delivery and Installation Certificate.
P:3.5 The Supplier shall train up to twenty maintenance engineers of the Buyer in three courses covering sensor installation, use of the Software and vibration analysis, with course material in Chinese.
H:4. Payment
P:4.1 20% of the Contract Price (CNY 326,800) within fifteen days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price (CNY 735,300) within fifteen days after the Buyer signs the Delivery and Installation Certificate. That certificate confirms delivery and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 571,900) within fifteen days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the Supplier shall commission the system and propose the acceptance test plan, which the Buyer shall approve.
P:5.2 The acceptance tests shall show that: (a) all 240 sensors report readings at the configured interval with no more than two missing readings per sensor per day; (b) readings of ten sensors chosen by the Buyer agree with a calibrated reference instrument within the tolerance in the technical specification; (c) the alarm rules trigger correctly for simulated faults on each line; (d) the interface to the Buyer's maintenance management system creates work orders from alarms; and (e) the system runs for thirty consecutive days without a Severity 1 incident.
P:5.3 When all tests are passed, the Buyer shall sign the Final Acceptance certificate within ten days. Installation, use of the system or payment does not constitute acceptance.
P:5.4 If a test fails, the Supplier shall correct the cause and repeat the test at its own cost. If the system fails the acceptance tests twice, the Buyer may reject the system, terminate this contract under clause 12 and require the refund of all payments.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including replacement of sensor batteries that fail early, and provide Software updates and support free of charge.
P:6.2 Faults are classified and handled as set out below.
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|System down, or no data from a whole production line|30 minutes|8 hours
TB:Severity 2|Loss of data from a group of assets or a faulty gateway|2 hours|2 working days
TB:Severity 3|Single sensor failure or minor software issue|1 working day|next site visit
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 1,000 from any amount due to the Supplier or claim it from the warranty bond.
P:6.4 After the warranty period, the Supplier shall offer annual support covering Software updates, remote diagnosis and replacement of defective Equipment at a fee of 9% of the Hardware and Licence Subtotal per year, that is CNY 132,660 per year, fixed for two years. Each year of support requires a separate order by the Buyer; there is no automatic renewal.
P:6.5 During the warranty period the Supplier shall visit each production line twice a year to review sensor health, alarm thresholds and trends with the Buyer's maintenance engineers, and shall deliver a written condition report after each visit.
P:6.6 The Supplier shall keep a stock of at least twenty spare sensors and two spare gateways in China throughout the warranty period and any support period, and shall guarantee the supply of spare parts for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall hand over all configuration files and source code of interfaces, and the Buyer may use, modify and license the Custom Work freely, including through other service providers.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe any third party's intellectual property rights and shall indemnify the Buyer against any such claim.
H:8. Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not copy, keep or disclose it for any other purpose.
P:8.2 The system shall be installed on the Buyer's plant network. Remote access by the Supplier is permitted only through the Buyer's secure gateway, after the Buyer's approval for each session, and shall be recorded. The Supplier shall not transfer Buyer Data out of China.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within six hours, take immediate measures to limit its effects and bear all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including process data, production volumes and plant layouts, during this contract and for five years after it ends.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery, installation or readiness for acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier materially breaches it and fails to remedy the breach within fifteen days after notice, and may claim a refund of payments and damages.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:14. General
P:14.1 This contract is made in English and Chinese, both versions having equal effect. It enters into force on signature by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly. If force majeure lasts more than sixty days, either party may terminate this contract.
P:14.3 Annexes: Technical Specification; Acceptance Test Plan; Installation Schedule. The annexes form part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** YV-MS-2027-006

**Between**

Suzhou Lianhe Retail Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China ("Customer"); and

Yellowstone Valley Managed Services, Inc., a Montana corporation with its office at 210 West Bell Street, Glendive, Montana 59330, United States, acting through its service centre in Suzhou ("Provider").

**Background.** Customer operates sixty-two convenience stores, a head office and a distribution centre in Jiangsu. Customer wishes to outsource the day-to-day operation of its store networks, store point-of-sale terminals and office end-user IT to Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Term" means thirty-six (36) months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the day after Transition Acceptance under Section 3.3.

1.4 "Sites" means Customer's stores, head office and distribution centre listed in the site register agreed during transition.

1.5 "Customer Materials" means all data, configurations, records, passwords, network diagrams and documents of Customer that Provider receives or creates in performing the Services.

## Section 2. Services

2.1 Provider shall perform the Services for all Sites in accordance with this Agreement, Schedule 1 and good industry practice, using suitably qualified personnel.

2.2 Provider shall provide a named service delivery manager based in Suzhou who attends a monthly service review with Customer and produces a monthly report on incidents, service levels, changes, asset movements and improvement actions.

2.3 Provider shall follow Customer's change management procedure. No change that may affect store trading may be made between 07:00 and 22:00 without Customer's approval.

2.4 New stores opened by Customer during the Term shall be added to the Services at the per-store charge in Schedule 3, from the first day of the month after handover.

## Section 3. Transition

3.1 Provider shall take over the Services from Customer's incumbent provider within sixty days after signature, following the transition plan agreed at the kick-off meeting.

3.2 The transition includes: a physical audit of network devices and point-of-sale terminals at every Site; recording of all configurations in Provider's service management tool; set-up of monitoring for every store router, switch and access point; a service desk telephone line in Mandarin; and knowledge transfer sessions with the incumbent provider.

3.3 Transition Acceptance requires that: (a) the asset register is complete and reconciled with Customer's records for every Site; (b) monitoring covers every store and alerts reach the service desk in test; (c) three sample incidents and two sample changes have been handled end to end according to the agreed procedures; and (d) the service desk has operated for ten days in shadow mode with no unresolved Priority 1 incident. Customer shall confirm Transition Acceptance in writing within five working days after these criteria are met.

3.4 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a maximum of CNY 120,000.

## Section 4. Service Levels and Service Credits

4.1 Provider shall meet the service levels in Schedule 2. Service levels are measured monthly by Provider's service management tool and reported in the monthly report.

4.2 If a service level is missed, Provider shall grant the service credits set out in Schedule 2, which are deducted from the next monthly invoice. Service credits in any month shall not exceed 20% of the monthly service charge for that month.

4.3 Where a service level is missed in three consecutive months, Provider shall present a remediation plan within ten working days and implement it at its own cost.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The monthly service charge is fixed for the Term. The Total Contract Value is CNY 2,200,000.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears after the monthly service review. Customer shall pay correct invoices within thirty days after receiving a valid fapiao. No payment is due before the Service Commencement Date, except the transition charge after Transition Acceptance.

## Section 6. Customer Materials and Intellectual Property

6.1 Customer Materials remain the property of Customer. Provider shall use Customer Materials only to perform the Services and shall return them to Customer at the end of the Term.

6.2 Runbooks, configuration standards, scripts and documentation prepared by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and give them to another provider without restriction.

6.3 Provider's service management tool and monitoring platform remain Provider's property. Customer shall receive a complete export of its records from them at the end of the Term.

## Section 7. Confidentiality

Each party shall keep confidential the other party's business information received under this Agreement, including prices, store performance and supplier terms, and shall not disclose it to third parties without prior written consent, except to its professional advisers or as required by law. This Section continues for three years after the end of the Term.

## Section 8. Personnel and Subcontracting

8.1 Provider shall ensure that its field engineers carry identification and follow store rules when visiting Sites.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for approved subcontractors as for its own personnel.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 This limit does not apply to personal injury, fraud or wilful misconduct.

## Section 10. Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically. The parties may agree in writing to extend the Term at the same charges.

10.2 Given the investment made by Provider in transition, neither party may terminate this Agreement before the end of the Term, except under Section 11. Customer's remedies for any failure by Provider are the service credits under Section 4 and a claim for damages subject to Section 9.

10.3 At the end of the Term, Provider shall cooperate for up to sixty days in the transfer of the Services to Customer or a new provider, at the rates in Schedule 3.

## Section 11. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control. If such an event prevents the performance of the Services for more than ninety consecutive days, either party may terminate this Agreement by written notice.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final.

## Section 13. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, with equal effect.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin telephone, e-mail and portal; logging, triage and tracking of all incidents and requests | 24 × 7 |
| Network monitoring | Store routers, switches and Wi-Fi access points at 62 stores, head office and distribution centre | 24 × 7 |
| Store IT support | Point-of-sale terminals, receipt printers, scanners and store back-office PCs; remote fix first, then field visit | 07:00–23:00 daily |
| Office end-user support | About 240 head-office and distribution-centre users; desktops, laptops, printers and meeting rooms | Working days 08:30–18:00 |
| Change and configuration | Standard changes, configuration backups, firmware updates in agreed windows | As scheduled |
| Asset management | Asset register, moves, additions and disposals, quarterly reconciliation | Monthly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 (store unable to trade, or head-office network down): response | 15 minutes | 2% of the monthly service charge per incident |
| Priority 1: restoration | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 (single till or function down): restoration | next business day | 1% of the monthly service charge per incident |
| Store network availability (monthly, all stores) | 99.95% | 5% of the monthly service charge |
| Service desk calls answered within 30 seconds | 90% of calls | 1% of the monthly service charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 94,000 |
| Monthly service charge | 36 months × CNY 58,500, in arrears | 2,106,000 |
| Total Contract Value | | 2,200,000 |
| Additional store | Per store per month, from handover | 780 |
| Exit assistance | Per engineer day | 1,600 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BHB-CN-2027-03

THIS AGREEMENT is made between:

(1) Heilongjiang Beifeng Agricultural Insurance Co., Ltd., a company registered in Harbin, Heilongjiang Province, People's Republic of China ("Customer"); and

(2) Big Horn Basin Agri-Data, Inc., a Wyoming corporation, 1201 Big Horn Avenue, Worland, Wyoming 82401, United States ("Vendor").

BACKGROUND

Customer insures crops for farmers and cooperatives in north-east China. Vendor publishes field-level weather, soil moisture and satellite vegetation index data through an application programming interface. Customer wishes to use this data for underwriting, loss assessment and claims verification. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in clause 2.1, as updated by Vendor from time to time, and all data returned by the API.

1.2 "API" means Vendor's application programming interface through which Customer requests and receives Licensed Data, together with its documentation.

1.3 "Customer Data" means field boundaries, policy identifiers, claim locations, query parameters and all other data that Customer or its users submit to the API or to Vendor.

1.4 "Subscription Term" means two Subscription Years starting on the Service Start Date. "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first starting on the Service Start Date and the second on its anniversary.

1.5 "Service Start Date" means the day after Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and use the following Licensed Data for Heilongjiang, Jilin, Liaoning and the eastern part of Inner Mongolia: (a) daily gridded weather observations and seven-day forecasts at 1 km resolution; (b) soil moisture estimates at 1 km resolution; (c) vegetation index time series at 10 m resolution, refreshed every five days, cloud cover permitting; and (d) historical archives of (a) to (c) from 2010.

2.2 Customer may use the Licensed Data for its own insurance business, including sharing extracts with reinsurers, loss adjusters and government agricultural departments in connection with specific policies or claims. Customer may not resell the Licensed Data as such.

2.3 The subscription includes up to five million API calls per month. Calls above that volume are charged at CNY 6 per ten thousand calls, invoiced monthly in arrears.

2.4 Vendor shall provide Customer's developers with technical support by e-mail and a shared messaging channel in Chinese and English during business hours, quarterly data quality reports for each dataset, and notice at least sixty days in advance of any change to the API that is not backwards compatible.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 412,000 for each Subscription Year, CNY 824,000 for the Subscription Term. The one-time integration fee is CNY 36,000. The total fixed fees are CNY 860,000, inclusive of VAT. Overage charges under clause 2.3 are additional.

3.2 The subscription fee is invoiced quarterly in arrears in equal instalments of CNY 103,000. The integration fee is invoiced after Integration Acceptance. Customer shall pay each correct invoice within thirty days after receiving a valid fapiao. Nothing is payable before the Service Start Date.

3.3 The subscription fee is fixed for both Subscription Years.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall set up a dedicated API endpoint for Customer served from a data centre in mainland China, provide credentials and sandbox access, and help Customer's developers integrate the API with Customer's underwriting and claims systems. Vendor shall aim to make the production endpoint ready within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) the production endpoint returns all four datasets for a test set of 500 fields chosen by Customer; (b) the values returned for those fields match Vendor's reference extract; (c) median response time for single-field queries is below 800 milliseconds over a seven-day test; and (d) Customer's claims system has processed a batch of 2,000 test claims using the API without error. Customer shall confirm Integration Acceptance in writing within five business days after these conditions are met. Sandbox use does not count as acceptance.

4.3 If a test fails, Vendor shall correct the deficiencies at its own cost and repeat the test.

5. SERVICE LEVELS

5.1 Vendor shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as Priority 1 (API unavailable or returning wrong data for a whole dataset), Priority 2 (degraded performance or a partial outage) and Priority 3 (other issues). Vendor shall respond to Priority 1 incidents within one (1) hour at any time and restore service within six hours, and to Priority 2 incidents within three hours during business hours.

5.3 Data freshness: weather observations shall be published within six hours after the observation day ends, and vegetation index updates within two days after the satellite pass.

5.4 Service credits: for each 0.1 percentage point of monthly availability below the commitment, Customer shall receive a credit of 3% of the quarterly instalment, and for each Priority 1 incident not restored in time a further 2%. Credits in a quarter shall not exceed half of the quarterly instalment and are deducted from the next invoice.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and support to Customer, shall not combine it with data of other customers and shall not use it for any other purpose.

6.2 Customer Data is stored and processed only in mainland China. Vendor shall protect it with encryption in transit and at rest, access limited to named support staff, access logs kept for at least six months, and regular vulnerability testing. Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 Vendor shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, disclosure or loss of Customer Data, take immediate steps to contain it and assist Customer with any regulatory notification. Vendor is responsible for losses caused to Customer by a security incident attributable to Vendor.

6.4 At the end of the Subscription Term, Vendor shall delete Customer Data within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Licensed Data, the API and Vendor's models remain Vendor's property.

7.2 Analyses, scores, reports and derived indices that Customer creates from the Licensed Data, and the field-level loss assessment model Vendor calibrates for Customer under the integration services, belong to Customer. Customer may use, modify and license them without restriction, and may keep them after the Subscription Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer Data, pricing and Vendor's unpublished methods, use it only for this Agreement and not disclose it to third parties without written consent. This clause survives for five years after the Subscription Term ends.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the operation of the API or any processing of Customer Data without Customer's prior written consent. Vendor remains liable for any approved subcontractor.

10. WARRANTIES

10.1 Vendor warrants that it has the right to license the Licensed Data, that the Licensed Data is produced with the methods described in the documentation, and that the API will perform materially as documented.

10.2 Vendor does not warrant that weather forecasts or estimates will be accurate for any particular field. Customer remains responsible for its underwriting and claims decisions.

11. LIMITATION OF LIABILITY

11.1 Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees actually paid by Customer under this Agreement in the six (6) months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss, including loss of profit or business.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a written agreement signed by both parties.

12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach, including repeated failure to meet the service levels in clause 5, and does not remedy it within twenty days after notice. Vendor shall then refund any fees paid for the period after termination.

12.3 Vendor may suspend access if Customer fails to pay undisputed fees within thirty days after a reminder.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The arbitral award is final and binding.

14. GENERAL

14.1 Neither party is liable for delay caused by force majeure, provided it informs the other party without delay.

14.2 This Agreement is made in English and Chinese; both texts have equal force. Amendments must be in writing and signed by both parties.

14.3 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other party's prior written consent.

SIGNED for Customer: ____________________ SIGNED for Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h994z01_science_commissioner_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h994z02_hot_water_bottle_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h994z03_percussion_school_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h994z04_retaining_wall_monitoring_om.txt", "txt", "zh", Z04),
    "z05": ("h994z05_lacquer_studio_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h994e01_forest_inventory_perpetual_licence_montana.pdf", "pdf", "en", E01),
    "e02": ("h994e02_field_service_saas_order_form.md", "md", "en", E02),
    "e03": ("h994e03_kiln_condition_sensors_buyer_paper.docx", "docx", "en", E03),
    "e04": ("h994e04_retail_managed_it_services_36m.md", "md", "en", E04),
    "e05": ("h994e05_agri_data_api_subscription.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
LABELS = {
    "z01": ("software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 1362000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 25, False, True,
                         True, "PRC", G], (True, True, True, False, 1548000)),
    "z03": ("cloud", [99.95, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                      True, False, "PRC", S], (True, True, None, False, 544000)),
    "z04": ("services", [99.5, 1, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False,
                         True, False, "PRC", S], (True, True, None, False, 386000)),
    "z05": ("software", [None, 24, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False,
                         True, None, None, G], (True, True, False, True, 445000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 11, False, True,
                         False, "Montana", G], (True, True, True, False, 1730000)),
    "e02": ("cloud", [None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False,
                      True, True, "PRC", S], (False, True, None, False, 684000)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 9, False, True,
                         False, "PRC", G], (True, True, True, False, 1634000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2200000 * 100, 150, None, True, None,
                         None, None, False, False, False, "PRC", S], (True, True, None, False, 2200000)),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None,
                      False, True, False, "PRC", S], (True, False, None, False, 860000)),
}
# TCO inputs (fee base = itemised licence / hardware subtotal, fee %, warranty months); None = not computable
TCO = {"z01": (620000, 8, 24), "z02": (1444000, 25, 18), "z05": None, "e01": (1180000, 11, 24),
       "e03": (1474000, 9, 36)}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Flathead County courts, Montana
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (policy.md §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40.0


def tco_share(key):
    value = LABELS[key][2][4]
    p = TCO.get(key)
    if not p:
        return None
    base, pct, wm = p
    years = max(0.0, 5 - wm / 12)
    fees = years * base * pct / 100
    return fees / (value + fees) * 100


def derive(key):
    """Rules from the label, by my reading of policy §3."""
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    sla, ld, capped, deemed, value = LABELS[key][2]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key) if goods else None
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free read-back)
PCT = r"\s*(?:%|％|percent|per\s*cent)"
FORBIDDEN = [
    r"99\.90*(?!\d)",
    r"(?<![\d.,])0?\.050*(?!\d)", r"万分之五(?![十0-9])", r"千分之零点五",
    r"(?<![\d.,])4\s*个?\s*(?:小时|hours?|hrs?\b)", r"(?<![\w-])four\s*(?:\(4\)\s*)?hours?", r"\(4\)\s*hours?",
    r"(?<![十])四个?小时", r"(?<![\d.,])4-hour",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?!分)", r"(?<![\w-])(?:one\s*)?hundred" + PCT,
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?<![\w-])thirty" + PCT, r"三成",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?<![\w-])forty" + PCT, r"四成",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五", r"(?<![\w-])fifteen" + PCT,
    r"(?<![\d.,年])12\s*[-个]?\s*(?:月|months?)", r"十二个月", r"(?<![\w-])twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![第每])一年", r"壹年", r"(?<![a-z])one[\s-]*year", r"(?<![\d.,])1[\s-]*years?\b",
]
FORBIDDEN_RE = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "99.90%", "0.05%", "0.05 %", "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "four hours",
            "four (4) hours", "4-hour", "100%", "100 %", "百分之百", "30%", "30 percent", "百分之三十", "thirty per cent",
            "40%", "百分之四十", "15%", "百分之十五", "12个月", "12 months", "12-month", "十二个月", "twelve months",
            "twelve (12) months", "质保期一年", "one year", "1 year", "one-year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "150%", "115%", "0.15%", "1.5%",
             "0.055%", "2027年12月31日", "第一年", "一个服务年度", "万分之五十", "25%", "35%", "45%", "55%", "65%",
             "1 hour", "14 hours", "120 months", "20% of", "CNY 30,000"]


def scan(text):
    hits = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for v in variants:
        for rx in FORBIDDEN_RE:
            m = rx.search(v)
            if m:
                hits.append((rx.pattern, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
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
    name = TARGETS[key][0]
    cat, terms, extra = LABELS[key]
    sla, ld, capped, deemed, value = extra
    t = dict(zip(TERM_KEYS, terms))
    ex = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    lab = {"file": name, "language": TARGETS[key][2], "category": cat, "expected_terms": t, "expected_extra": ex,
           "expected_rules": derive(key)}
    return json.dumps(lab, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    # price and payment sums
    assert 620000 + 548000 + 136000 + 58000 == 1362000 and 272400 + 612900 + 476700 == 1362000
    assert 516000 + 216000 + 228000 + 174000 + 114000 + 196000 == 1444000 and 1444000 + 86000 + 18000 == 1548000
    assert 154800 + 851400 + 541800 == 1548000 and round(1444000 * 0.25) == 361000
    assert 35 * 6800 == 238000 and 2 * 238000 + 68000 == 544000 and 238000 / 4 == 59500
    assert 4 * 96500 == 386000
    assert 168000 + 236000 + 32000 + 9000 == 445000 and 289250 + 155750 == 445000 and 445000 * 0.65 == 289250
    assert 1180000 + 420000 + 95000 + 35000 == 1730000 and 173000 + 951500 + 605500 == 1730000
    assert round(1180000 * 0.11) == 129800
    assert 225000 + 48000 + 45000 == 318000 and 2 * 318000 + 48000 == 684000 and 318000 / 4 == 79500
    assert 240 * 3600 + 200000 + 92000 + 318000 == 1474000 and 1474000 + 126000 + 34000 == 1634000
    assert 326800 + 735300 + 571900 == 1634000 and round(1474000 * 0.09) == 132660
    assert 36 * 58500 + 94000 == 2200000
    assert 2 * 412000 + 36000 == 860000 and 412000 / 4 == 103000
    # labels: no value on a threshold; TCO shares away from the threshold
    for key, (cat, terms, extra) in LABELS.items():
        t = dict(zip(TERM_KEYS, terms))
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        sh = tco_share(key)
        assert sh is None or abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        assert derive(key) == sorted(DESIGN[key]), (key, derive(key), DESIGN[key])
    fired = set().union(*[set(derive(k)) for k in LABELS])
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    # build
    write({k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
    # read back: lengths and thresholds
    for key, (name, fmt, lang, src) in TARGETS.items():
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        sh = tco_share(key)
        print("%-62s %5d %s  rules=%s risk=%s%s" % (name, n, "chars" if lang == "zh" else "words", derive(key),
              risk(derive(key)), "" if sh is None else "  tco_share=%.2f" % sh))
        assert lo <= n <= hi, (name, n)
        assert not hits, (name, hits)
    print("all checks passed")


if __name__ == "__main__":
    main()
