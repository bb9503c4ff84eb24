"""holdout569: builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. The .txt/.md files are written as they are;
the .docx/.pdf go through ../word_pdf.py (write(..., wrap_words=True)). Labels are written with a one-space indent and
no trailing newline. Expected rules are derived from the labels by this file's own reading of policy.md §3 and checked
against the design list; every built file is read back and scanned for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市人民防空办公室防空警报控制平台建设项目合同书
P:合同编号：RF-ZFCG-2025-031　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市人民防空办公室
P:乙方（供应商）：江城声讯安防科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就防空警报控制平台建设事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供防空警报控制平台软件许可（永久使用，不限终端数），并在该平台基础上完成定制开发：全市三百二十六台电声警报器的集中控制与状态监测、与应急广播系统及短信平台的联动、警报试鸣计划管理、防空警报“一张图”展示。
P:1.2 乙方负责平台在甲方指挥中心机房的部署实施、与现有有线及无线控制终端的对接、操作人员培训，并提交全部技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），为固定总价，含税。分项如下：
P:平台软件许可费 ¥680,000；定制开发费 ¥456,000；部署实施费 ¥98,000；培训费 ¥26,000；合计 ¥1,260,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥252,000。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即¥567,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥441,000。
P:3.4 甲方按财政资金支付流程付款，乙方应提供合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署、对接和定制开发，并提交初验申请。
P:4.2 初验通过后进入六十日试运行期，试运行期满乙方提交最终验收申请。
H:第五条 验收
P:5.1 初验标准：（1）招标文件功能清单逐项测试通过；（2）全市警报器在线状态轮询周期不超过六十秒，控制指令下达至警报器鸣响的时间不超过三秒；（3）与应急广播、短信平台的联动测试各完成三次且结果一致；（4）通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障，组织一次全市防空警报试鸣并全部响应，技术文档和源代码交付齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），且质保期满后三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划维护除外，计划维护须提前三日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台无法下达警报控制指令或大面积终端离线）三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，次一工作日内解决；三级故障一个工作日内响应。
P:7.3 乙方未按时响应或到场的，每超时一小时扣减¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台产品本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码、配置及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的警报器点位、控制记录、联动记录及其他业务数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，仅可经甲方审批后通过堡垒机进行运维操作，不得复制、留存或带离任何数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:乙方对履行本合同知悉的甲方防空警报布局、控制方式、网络结构等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定且在甲方指定期限内仍未整改合格的，甲方有权要求乙方赔偿损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金与人员
P:15.1 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后十五个工作日内无息退还。
P:15.2 乙方应对项目实施过程中的施工安全、用电安全和人员安全负责，不得影响甲方指挥中心的日常值班和警报控制业务。
P:15.3 乙方项目经理及核心技术人员应与投标文件一致，未经甲方同意不得更换。乙方驻场人员应遵守甲方指挥中心的出入管理和值班纪律，进入机房须登记并由甲方人员陪同。
H:第十六条 培训与文档
P:16.1 乙方应对甲方值班人员、系统管理员分别组织不少于三次培训，内容包括警报控制操作、试鸣计划编制、常见故障处理及应急切换，培训后进行考核。
P:16.2 乙方应配合甲方完成平台的网络安全等级保护测评和商用密码应用安全性评估，对测评发现的问题在甲方要求的期限内整改完毕，相关整改费用已包含在合同总价中。
P:16.3 乙方应在最终验收前提交需求说明书、设计说明书、数据库设计、接口文档、源代码、部署手册、用户手册及运维手册，纸质版和电子版各一套。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任。因演习、防空警报试鸣等任务调整工期的，双方协商顺延。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：某市人民防空办公室　　代表：__________　　日期：____年__月__日
P:乙方（盖章）：江城声讯安防科技有限公司　　代表：__________　　日期：____年__月__日
"""

Z02 = """T:焙烧炉控制系统改造及维保合同
P:合同编号：LYH-JS-2025-0617
P:甲方：鲁西华铝氧化铝有限公司
P:乙方：齐鲁恒控自动化工程有限公司
P:甲方第二氧化铝分厂气态悬浮焙烧炉原有控制系统运行多年、备件停产，甲方决定对其进行改造。经询比价，双方就焙烧炉控制系统改造及维保事宜订立本合同，共同遵守。
H:一、工程内容
P:（一）拆除并更换两台焙烧炉的集散控制系统（DCS）控制器、IO模块、操作站及工程师站。
P:（二）新增氧含量分析仪、热电偶等现场仪表，安装燃烧优化软件，实现燃料量与风量的自动配比。
P:（三）完成控制逻辑组态、联锁保护编程、系统调试，并对甲方操作及仪表人员进行培训。
H:二、合同价款
P:（一）合同总价为人民币贰佰陆拾叁万元整（¥2,630,000），含税、含运输及安装，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及IO模块|2套|1,126,000
TB:2|操作站及工程师站|6台|186,000
TB:3|氧含量分析仪、热电偶等现场仪表|1批|342,000
TB:4|DCS控制软件许可|2套|268,000
TB:5|燃烧优化软件许可|2套|214,000
TB:|软硬件小计||2,136,000
TB:6|组态编程与系统调试|1项|312,000
TB:7|安装及电缆敷设|1项|154,000
TB:8|培训|1项|28,000
TB:|合计||2,630,000
P:（二）上表价格为固定价格，工程量变更须经双方书面确认。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款（¥263,000）。
P:（二）设备及软件全部到货并经甲方清点签收后，甲方支付合同总价的65%（¥1,709,500）。
P:（三）系统投入运行后，甲方支付合同总价的25%（¥657,500）。
P:（四）甲方每次付款前，乙方应开具等额增值税专用发票。甲方付款方式为银行转账或银行承兑汇票。
H:四、工期
P:（一）乙方应于合同生效后七十五日内完成供货，并利用甲方安排的停炉检修窗口完成安装和切换。
P:（二）每台焙烧炉的停炉切换时间不超过七日。
H:五、验收
P:（一）设备到货后，双方共同开箱清点数量、型号及外观。
P:（二）系统安装完成并投入运行，即视为甲方验收合格。
H:六、质量保证
P:（一）质保期为系统投入运行之日起二十四个月，质保期内乙方免费更换故障硬件、修复软件缺陷。
P:（二）故障分级：一级故障（导致焙烧炉停炉或联锁保护失效）乙方三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，二十四小时内解决。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付¥2,000。
H:七、维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的9%计收，即每个服务年度¥192,240。
P:（二）上述维保费在质保期满后三个服务年度内固定不变。维保合同由双方每年书面签订，不自动续期。
P:（三）维保服务内容包括定期巡检、备件供应、软件升级、故障处理及燃烧优化参数整定。
H:八、数据安全
P:（一）焙烧炉运行数据、工艺参数及控制程序均属于甲方，乙方不得用于本合同以外的任何目的。
P:（二）乙方应遵守工业控制系统安全防护要求，控制网络与办公网络隔离，远程维护须经甲方逐次审批并全程记录，乙方不得复制或带离任何数据。
P:（三）发生网络安全事件或数据泄露的，乙方应在两小时内报告甲方；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:双方对履行本合同中知悉的对方技术资料及商业信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:十、知识产权
P:（一）DCS控制软件、燃烧优化软件产品的知识产权归原权利人，甲方获得永久使用许可。
P:（二）为本项目编制的组态程序、联锁逻辑、优化模型参数及全部图纸文档归甲方所有，甲方可自行修改和使用，或交由第三方维护。
H:十一、分包
P:乙方可将现场安装、电缆敷设及土建配合等工作分包给第三方，但应提前五个工作日书面通知甲方。乙方对分包工作的质量和安全负责。
H:十二、违约责任
P:（一）乙方逾期供货或逾期完成切换的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成焙烧炉非计划停炉的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十四、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、高处及受限空间作业须办理作业票。乙方对其人员的人身安全负责。
H:十五、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交聊城仲裁委员会仲裁。
H:十六、设计联络与技术文件
P:（一）合同生效后十日内，双方召开设计联络会，确认IO点表、控制逻辑、操作画面风格及与厂级MES系统的数据接口。
P:（二）乙方应在供货前提交控制系统配置图、机柜布置图、接线图及联锁逻辑说明，经甲方确认后实施。未经甲方确认擅自施工的，由乙方负责返工。
P:（三）系统投入运行后十五日内，乙方提交竣工图纸、组态程序备份、软件介质、备品备件清单及操作维护手册，纸质版一式三份并附电子版。
H:十七、培训
P:（一）乙方应在系统切换前对甲方操作人员、仪表维护人员分两批进行培训，内容包括操作画面使用、报警处理、联锁投切、燃烧优化软件参数调整及常见故障处理。
P:（二）培训在甲方现场和乙方仿真平台进行，培训结束后由乙方组织考核，考核合格人员方可独立操作。
H:十八、停炉切换配合
P:（一）甲方负责提供停炉检修窗口、施工用电用水及临时存放场地。乙方应提前十日提交切换方案，明确人员分工、回退措施及安全交底内容。
P:（二）切换过程中如出现影响复产的情况，乙方应立即启用回退方案，恢复原系统运行，并承担由此增加的费用。
H:十九、性能保证
P:（一）乙方保证改造后的控制系统满足以下性能要求：控制器负荷率不高于百分之五十，操作站画面调用时间不超过两秒，历史数据保存期不少于两个运行年度，联锁保护动作正确率须全部达标。
P:（二）燃烧优化软件投用后，在同等产量和原料条件下，焙烧炉单位产品燃料消耗应较改造前有所下降，具体考核方法由双方在设计联络会上确定。
P:（三）乙方提供的设备应为全新、原厂正品，并提供原厂质量证明文件及合格证。现场仪表须经甲方计量部门校验合格后方可安装。
H:二十、不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商顺延工期或解除合同。
H:二十一、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：鲁西华铝氧化铝有限公司　　代表：__________
P:乙方（盖章）：齐鲁恒控自动化工程有限公司　　代表：__________
"""

Z03 = """会员管理SaaS服务及实施合同

合同编号：JSF-IT-2025-044
甲方：成都燃动体育健身管理有限公司（以下简称“甲方”）
乙方：蓉信云联科技有限公司（以下简称“乙方”）

鉴于甲方在成都市经营十八家健身门店，需要统一的会员管理、课程预约、门禁核验及线上支付系统；乙方拥有“动力会员云”SaaS平台并提供实施服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方十八家门店及总部提供“动力会员云”SaaS服务，包括会员档案、会籍与次卡管理、团课及私教预约、门禁闸机核验、微信小程序、营销活动及经营报表。
1.2 乙方负责一次性实施工作：历史会员数据迁移、十八家门店闸机对接、小程序配置上线、总部报表定制及人员培训。
1.3 服务期：自2025年9月1日起至2027年8月31日止，共两个服务年度。

2. 费用
2.1 订阅费：每家门店每个服务年度¥9,800，十八家门店合计¥176,400；总部管理模块每个服务年度¥36,000；每个服务年度订阅费合计¥212,400，两个服务年度合计¥424,800。
2.2 一次性实施费¥86,000，培训费¥9,200。
2.3 合同总价为¥520,000（含税）。新增门店按每店每个服务年度¥9,800另行计费，不计入合同总价。

3. 付款
3.1 本合同不设预付款。
3.2 订阅费按季度结算，每季度结束后十五日内，乙方提交服务报告及发票，甲方确认后支付该季度订阅费。
3.3 实施费和培训费在上线验收合格后十五日内一次性支付。

4. 实施与验收
4.1 乙方应于2025年9月1日前完成实施并提交上线验收申请。
4.2 验收标准：（1）历史会员数据迁移后与甲方原系统逐条核对一致；（2）十八家门店闸机刷码、刷脸核验每店各测试五十次全部通过，核验时间不超过一秒；（3）小程序购卡、续费、退款流程测试通过；（4）总部报表与财务数据核对一致。
4.3 验收合格后双方签署上线验收单。系统上线或甲方使用不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付¥500违约金。

5. 服务水平
5.1 乙方承诺平台月可用率不低于99.5%，计划维护应安排在凌晨一点至六点之间并提前三日通知甲方。
5.2 一级故障（全部门店无法登录或闸机无法核验）乙方应在三十分钟内响应，两小时内恢复；二级故障一小时内响应，八小时内解决。
5.3 月可用率低于约定值的，每低于0.1个百分点，按当月订阅费的5%减免服务费；一级故障未按时响应的，每次减免当月订阅费的3%。

6. 数据
6.1 会员信息、消费记录、预约记录及其他甲方数据均属于甲方，乙方仅为履行本合同处理该等数据，不得用于任何其他目的，不得向第三方提供。
6.2 乙方应按网络安全等级保护第三级要求运营平台，数据存储于中国境内，对会员身份信息、人脸特征值加密存储，实行最小权限访问并保存访问日志。
6.3 发生数据泄露或安全事件的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方损失及向会员承担的责任。
6.4 合同终止后三十日内，乙方应向甲方导出全部数据，并在甲方确认后彻底删除。

7. 知识产权
7.1 平台本身的知识产权归乙方所有。
7.2 为甲方定制的报表、闸机对接程序及配置成果归甲方所有，甲方可自由使用、修改，或交由第三方使用。

8. 保密
双方对在履行本合同中获知的对方商业秘密及会员信息负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

9. 续期
9.1 服务期届满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
9.2 自动续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过8%，以乙方书面通知为准。

10. 分包
乙方不得将本合同项下服务分包给第三方，确需分包的，须事先取得甲方书面同意。

11. 违约责任与责任限额
11.1 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

12. 合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。

13. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

14. 培训与支持
14.1 乙方应在上线前为十八家门店店长、前台及教练分批提供线上培训，为总部管理员提供两次现场培训，并提供操作手册和视频教程。
14.2 服务期内乙方提供每日早七点至晚十一点的客服热线及在线工单支持，门店反馈的一般问题应在两小时内答复。
14.3 乙方每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况及版本更新说明。

15. 版本更新与新增功能
15.1 乙方对平台进行版本更新的，应提前五日通知甲方，不得降低已有功能或影响门店营业。重大变更应安排在凌晨进行。
15.2 甲方需要新增定制功能的，双方另行书面约定开发内容、费用及工期。

16. 甲方义务
16.1 甲方应指定项目联系人，配合提供历史会员数据、闸机型号及接口资料，并组织门店人员参加培训。
16.2 甲方应妥善保管系统账号，因甲方人员泄露账号密码造成的损失由甲方自行承担。

17. 不可抗力
因不可抗力导致任何一方不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。电信运营商网络大面积中断不属于乙方可免责的情形，但乙方证明已采取合理措施的除外。

18. 服务终止与数据迁移
18.1 本合同期满不续期或提前解除的，乙方应在服务终止前继续提供服务，配合甲方将会员数据、会籍余额及预约记录迁移至甲方指定的系统，迁移期间不得中断门店营业所需的核验功能。
18.2 会员预存的储值及会籍余额以甲方财务记录为准，乙方平台仅作记录，不得截留或挪用任何会员款项。线上支付款项由第三方支付机构直接结算至甲方账户。

19. 合规
乙方应确保平台符合个人信息保护、消费者权益保护及预付式消费监管的相关规定，会员注册时应展示甲方确认的隐私政策并取得会员同意。人脸信息的采集须另行取得会员单独同意，会员可选择以二维码方式入场。

20. 通知
本合同项下的通知以书面形式送达合同首部所列地址或双方指定的电子邮箱，邮件发出之日视为送达。

21. 其他
本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：成都燃动体育健身管理有限公司　　授权代表：________
乙方（盖章）：蓉信云联科技有限公司　　授权代表：________
签订日期：2025年7月____日
"""

Z04 = """某市轨道交通自动售检票系统年度运维服务合同

项目编号：GDJT-CS-2025-058（竞争性磋商）
甲方：某市轨道交通运营有限公司
乙方：华东票联轨道信息技术有限公司

甲方通过竞争性磋商方式采购轨道交通一号线、二号线自动售检票（AFC）系统年度运维服务，乙方为成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

（1）服务范围
① 一号线、二号线共四十一座车站的自动售票机、半自动售票机、自动检票机、车站计算机系统的日常巡检、故障维修和预防性维护；
② 线路中心及清分系统的软件运维、参数下发、对账支持；
③ 备品备件的供应与管理，维修记录的填报与分析。

（2）服务期
自2025年7月1日起至2026年6月30日止。服务期满本合同终止，甲方另行组织采购。

（3）服务费用
① 合同总价为人民币叁佰零捌万元整（¥3,080,000），为固定总价，明细：驻站及维修人员服务费¥2,016,000（二十四人）；备品备件费¥468,000；线路中心及清分系统软件运维费¥356,000；预防性维护及检测费¥240,000。
② 除本合同约定外，乙方不得另行收取费用。

（4）付款方式
① 服务费按季度支付，每季度结束后，甲方按考核办法完成季度考核，并在收到乙方发票后二十个工作日内支付该季度服务费（扣除考核扣款）。
② 本合同不设预付款。
③ 乙方应在每季度结束后五个工作日内提交季度运维报告和付款申请，甲方逾期完成考核的，付款期限相应顺延，但顺延不超过十个工作日。
④ 考核扣款在当季度服务费中直接扣除，扣款不足的，从下季度服务费中继续扣除。

（5）进场与交接
① 乙方应于2025年7月1日前完成人员进场及与原运维单位的交接。
② 乙方未按时完成进场交接的，每延误一日向甲方支付¥2,000违约金。

（6）服务水平
① 故障分级：一级故障（整站闸机或售票设备无法使用、清分系统中断）乙方应在十五分钟内响应，三十分钟内到达现场，两小时内恢复；二级故障（单台设备故障影响客流）三十分钟内响应，当班内修复；三级故障当日修复。
② 关键设备月可用率不低于99.95%，清分系统日终对账须于次日六点前完成。
③ 乙方每季度提交运维报告，包括故障统计、平均修复时间、备件消耗及改进建议。

（7）考核与扣款
① 一级故障未按时响应或恢复的，每次扣款¥5,000；二级故障超时的，每次扣款¥1,000。
② 关键设备月可用率每低于约定值0.01个百分点，扣款¥3,000。
③ 季度考核不合格的，扣除当季度服务费的5%。

（8）验收
① 季度考核即为季度验收，考核指标包括故障响应及时率、修复及时率、设备可用率及报告质量。
② 服务期满，甲方按磋商文件列明的指标进行年度验收，出具书面验收意见。未经书面验收意见，不视为验收合格。

（9）数据安全
① 票务交易数据、乘客信息、清分结算数据及系统参数均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
② 乙方运维人员须实名登记、签署数据安全承诺，仅可通过甲方运维审计系统访问生产系统；禁止使用移动存储介质，禁止擅自导出数据。
③ 发生数据泄露、篡改或系统被攻击的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的全部损失，包括监管处罚。

（10）知识产权
乙方在服务期内编写的运维手册、故障处理流程、脚本及分析报告归甲方所有，甲方可自由使用、修改并交由后续运维单位使用。

（11）分包
乙方不得转包本合同。专业检测项目确需分包的，须事先取得甲方书面同意。

（12）合同解除
鉴于轨道交通运营的连续性要求，服务期内双方均不得解除本合同。乙方违约的，甲方可按本合同第（7）项扣款并要求乙方继续履行、采取补救措施，但不得以此为由解除合同。

（13）安全与文明作业
乙方人员应遵守甲方运营安全规章，在运营时段作业须办理请点手续，不得影响乘客通行；乙方对其人员安全负责。

（14）违约责任
乙方违反本合同约定给甲方造成损失的，应予赔偿。甲方逾期付款的，按逾期金额每日万分之二支付违约金。

（15）争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（16）人员管理
① 乙方应配备项目经理一名、技术负责人一名及驻站维修人员二十二名，名单作为本合同附件。项目经理须具有轨道交通AFC系统运维经验。
② 乙方更换项目经理或技术负责人的，须提前十五日书面报甲方同意；驻站人员月流动不得超过在册人数的10%。
③ 乙方人员应持证上岗，统一着装并佩戴工作证，服从车站值班站长的现场管理。

（17）备品备件
① 乙方应建立备件库，关键备件（闸机扇门模块、票卡处理模块、发卡模块、主控板）库存量不低于附件所列数量。
② 更换下的故障部件归甲方所有，乙方应登记后交回甲方或按甲方要求修复。
③ 服务期满时，乙方应按附件清单向甲方移交备件库存，数量不足的按单价补足。

（18）培训与交接
① 乙方每季度为甲方车站人员开展一次设备操作及简单故障处理培训。
② 服务期满或合同终止后，乙方应配合甲方或后续运维单位完成不少于十五日的交接，移交全部运维记录、手册及脚本，交接期间不得降低服务水平。

（19）运维质量管理
① 乙方应建立运维质量管理体系，制定巡检计划、预防性维护计划及应急预案，报甲方审核后执行。
② 乙方应使用甲方的设备维修管理系统填报故障、维修及备件更换记录，记录应真实、完整、及时，甲方有权随时抽查。
③ 乙方每月召开一次运维例会，分析故障趋势、重复故障及设备薄弱环节，提出改进措施并跟踪落实。
④ 节假日、大型活动等客流高峰期间，乙方应按甲方要求增派人员值守重点车站，增派人员不另行收费。

（20）应急处置
① 发生大面积设备故障或系统中断时，乙方应立即启动应急预案，协助车站开放应急通道、组织人工售检票，并在故障恢复后二十四小时内提交故障分析报告。
② 乙方应每半年参加一次甲方组织的应急演练。

（21）不可抗力
因台风、暴雨、地震等不可抗力导致服务中断的，乙方应立即启动应急预案、尽力恢复，并及时报告甲方；经甲方确认后，相应考核可予免除。

（22）通知与联系
双方指定的联系人、电话及邮箱列于附件。一级故障应同时电话通知甲方线网指挥中心。

（23）其他
本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某市轨道交通运营有限公司　　法定代表人或授权代表：________
乙方（盖章）：华东票联轨道信息技术有限公司　　法定代表人或授权代表：________
"""

Z05 = """# 软件许可及定制开发合同

**（盐蛋通 标准合同文本 V3.0 · 乙方提供）**

合同编号：YDT-2025-0912

甲方：高邮湖畔蛋品食品有限公司

乙方：扬州盐蛋通信息技术有限公司

甲方为规范咸鸭蛋腌制生产管理，拟采购乙方“盐蛋通腌制管理系统”软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“盐蛋通腌制管理系统”标准版软件许可（永久许可，限甲方一个生产基地使用），包括原料蛋入库、腌制池管理、配料管理、出池检验、包装出库等模块。

1.2 乙方根据甲方需求进行定制开发：腌制池盐度及温度传感器数据对接、生产批次追溯（从鸭蛋来源到成品箱码）、与甲方现有财务软件的出货数据接口。

1.3 乙方负责系统部署、初始化配置及操作培训，具体功能以乙方《盐蛋通腌制管理系统功能说明书》及双方签字确认的需求确认单为准。需求确认单未列明的功能不属于本合同范围，甲方需要的，双方另行协商费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 盐蛋通腌制管理系统标准版软件许可（永久） | 420,000 |
| 2 | 定制开发（传感器对接、批次追溯、财务接口） | 168,000 |
| 3 | 部署实施及培训 | 32,000 |
|  | 合计 | 620,000 |

合同总价为人民币陆拾贰万元整（¥620,000），含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%作为预付款，即¥403,000。乙方收到预付款后开始工作。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的35%，即¥217,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第四条 交付与验收

4.1 乙方在收到预付款后六十日内完成部署和定制开发，并通知甲方验收。

4.2 验收标准：（1）功能清单所列模块逐项测试通过；（2）二十个腌制池传感器数据每十分钟采集一次，连续七日无中断；（3）输入任一成品箱码，三秒内查询出完整批次追溯信息；（4）出货数据与财务软件核对一致。

4.3 甲方应在收到验收通知后十日内组织验收，双方签署验收报告。验收中发现的问题，乙方应在十个工作日内整改完毕后重新提交验收，整改仍不合格的，双方协商处理。

## 第五条 免费维护期

5.1 免费维护期为验收合格之日起六个月。维护期内乙方免费修复软件缺陷，提供电话及远程支持，需要现场服务的，甲方承担乙方人员的差旅费用。因甲方自行修改系统、操作不当或硬件故障导致的问题，不属于免费维护范围。

5.2 维护期内，甲方报告的一级故障（系统无法登录或批次数据无法录入），乙方在八小时内响应；其他故障在两个工作日内响应。

5.3 乙方按上述时限尽力处理故障，因故障或响应延迟造成的影响，乙方不承担扣款、赔偿或违约金。

## 第六条 维护期满后的服务

6.1 免费维护期满后，甲方如需继续获得维护服务，应向乙方支付年度维护费。年度维护费按软件许可费的28%计收，即每个服务年度¥117,600。

6.2 年度维护费应于每个服务年度开始前一次付清。年度维护服务包括软件缺陷修复、版本升级、远程技术支持及每个服务年度一次的现场巡检。甲方未购买年度维护服务的，乙方不再提供升级及技术支持，甲方之后恢复维护服务的，应补交中断期间的维护费。

## 第七条 知识产权

7.1 软件许可产品的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、源代码及相关文档的知识产权均归乙方所有。甲方获得在本合同约定范围内的非独占使用权，不得修改、反向工程或向第三方提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的数据归甲方所有，包括原料蛋入库记录、腌制池盐度及温度数据、配料记录、出池检验结果及出货记录。

8.2 乙方有权将甲方数据经脱敏处理后，用于乙方产品改进、腌制工艺模型训练及行业分析报告，该等使用不因本合同终止而终止。

8.3 乙方应采取访问控制、数据备份、传输加密等安全措施保护甲方数据；发生数据泄露的，乙方应在二十四小时内通知甲方；因乙方原因导致数据泄露的，乙方承担相应责任并赔偿甲方损失。

## 第九条 保密

双方对在合作中获知的对方商业秘密、配方工艺及技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后两年内仍然有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 合同解除

任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人，按乙方要求提供业务流程、腌制配方参数、历史生产数据及传感器接口资料，并对需求确认单签字确认。

13.2 甲方应提供符合乙方配置要求的服务器、网络及操作系统环境。因甲方环境不符合要求导致的延误，交付期限相应顺延。

13.3 甲方变更需求的，应以书面形式提出，乙方评估后报价，双方另行签订补充协议。

## 第十四条 培训

14.1 乙方为甲方提供一次集中现场培训，培训对象为生产主管、腌制班组长、品控及仓库人员，每批不超过二十人，培训时间由双方商定并避开腌制旺季。

14.2 培训结束后，乙方向甲方提交操作手册电子版。甲方需要额外培训的，按每人天¥2,000另行收费。

## 第十五条 不可抗力

因不可抗力、政府行为、电力中断、网络故障或第三方软硬件原因导致不能履行或延迟履行的，乙方不承担违约责任。

## 第十六条 通知

双方通知以书面形式或电子邮件发送至本合同首部地址或双方确认的邮箱，发出之日起第三日视为送达。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的《盐蛋通服务说明》为准。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：高邮湖畔蛋品食品有限公司　　代表：__________

乙方（盖章）：扬州盐蛋通信息技术有限公司　　代表：__________

日期：2025年____月____日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ILS-CN-2025-017
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Foshan Hengmu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong Province (the "Customer"); and
P:(2) Indus Ledger Software (Private) Limited, a company incorporated in Pakistan with its registered office at Gulberg III, Lahore, Pakistan (the "Vendor").
P:Recitals. The Customer manufactures upholstered and panel furniture at two plants in Shunde and runs a finished-goods warehouse serving domestic and export orders. The Vendor develops and licenses the "IndusWMS" warehouse management system. The Customer selected the Vendor after a competitive quotation exercise and wishes to license IndusWMS perpetually and to have the Vendor implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means IndusWMS version 7, in object code, with its standard modules for receiving, put-away, slotting, picking, packing, container loading, cycle counting and reporting, as listed in Annex A.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and documentation produced by the Vendor specifically for the Customer under this Agreement, as listed in Annex B.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Licensed Software in the course of the Customer's business, including item masters, stock records, order data, customer and carrier details and operator logs.
P:1.4 "Final Acceptance" means the written certificate issued by the Customer under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for its internal business at its two plants and its warehouse in Foshan, for up to sixty named users and twenty handheld terminals.
P:2.2 The Customer may make copies for backup, test and disaster-recovery purposes. Additional users may be purchased at the unit price in Annex A.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install the Licensed Software on the Customer's servers in Foshan, configure it, develop the Custom Deliverables, migrate opening stock balances, interface the system with the Customer's ERP and its label printers, train key users and support the go-live.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall provide at least two consultants on site in Foshan during configuration, testing and go-live. Other work may be carried out remotely from Lahore in accordance with Article 8.
P:3.3 The implementation plan in Annex C sets out the milestones. Go-Live is planned for the tenth week after signature and Final Acceptance for the eighteenth week.
H:Article 4 Price and Payment
P:4.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,080,000, inclusive of taxes payable in China, made up of: Licence Fee CNY 760,000; implementation and Custom Deliverables CNY 284,000; training CNY 36,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 216,000) within 30 days after signature, against the Vendor's invoice; (b) 45% (CNY 486,000) within 30 days after Go-Live; and (c) 35% (CNY 378,000) within 30 days after Final Acceptance.
P:4.3 The Vendor bears its own travel and accommodation costs. Bank charges outside China are for the Vendor's account.
H:Article 5 Testing and Acceptance
P:5.1 Before Go-Live the Vendor shall run the user acceptance test scripts agreed in Annex C. Go-Live may take place only after the Customer confirms in writing that the scripts have passed.
P:5.2 Final Acceptance criteria: (a) every function in Annex A and every Custom Deliverable in Annex B works as specified; (b) a full cycle count of the warehouse reconciles with the ERP with no unexplained variance; (c) picking and packing of at least 3,000 order lines over 20 consecutive working days without a Severity 1 incident; (d) documentation and administrator training completed.
P:5.3 When the criteria are met the Customer shall issue a Final Acceptance certificate within ten working days or state in writing which criteria are not met. Go-Live, use of the Licensed Software in production or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and give remote and on-site support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 83,600 for each support year, fixed for the first three support years. Any later change requires the written agreement of both parties. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 Incidents are classified as follows. Severity 1: the warehouse cannot receive, pick or ship. Severity 2: a major function fails with a workaround. Severity 3: other defects. The Vendor shall respond to a Severity 1 incident within one hour at any time of day, and restore service within eight hours; Severity 2 within two business hours; Severity 3 within two business days.
P:6.4 If the Vendor misses a response or restoration time for a Severity 1 incident, it shall credit CNY 1,000 for each hour of delay against the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Licensed Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to other service providers.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process it only to perform this Agreement and for no other purpose, and shall not copy it outside the Customer's systems.
P:8.2 The Customer Data shall remain on the Customer's servers in Foshan. Remote access by the Vendor shall be made only through the Customer's VPN with multi-factor authentication, for each session approved in advance by the Customer's IT manager, and shall be logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer any Customer Data out of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remediation and bear all losses, fines and costs caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, including prices, product designs, customer lists and system configurations, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 If the Customer terminates under Article 12.1, the Vendor shall refund payments made for services not performed and deliver all work in progress.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control. The affected party shall notify the other promptly and resume performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Pakistan.
P:14.2 Any dispute arising out of this Agreement shall be resolved by arbitration in Lahore under the Arbitration Act 1940 of Pakistan by a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annexes A to C, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:Annex A: Licensed Software modules and unit prices. Annex B: Custom Deliverables. Annex C: Implementation plan and test scripts.
P:For the Customer: Foshan Hengmu Furniture Manufacturing Co., Ltd.  Name: __________  Title: __________  Date: __________
P:For the Vendor: Indus Ledger Software (Private) Limited  Name: __________  Title: __________  Date: __________
"""

E02 = """# ORDER FORM — RosterPadma Workforce Cloud

**Order Form No. PC-OF-2025-0231**

| Item | Details |
|---|---|
| Provider | Padma Cloudworks Ltd., House 14, Road 7, Banani, Dhaka 1213, Bangladesh |
| Customer | Chengdu Maimai Bakery Chain Co., Ltd., Jinjiang District, Chengdu, Sichuan Province, PRC |
| Service | RosterPadma Workforce Cloud: staff scheduling, time and attendance, leave, shift swap, labour-cost reporting |
| Scope | 120 bakery stores, 1 central kitchen, head office; up to 1,600 employees |
| Subscription Term | 1 September 2025 to 31 August 2027 (two Subscription Years) |
| Currency | CNY, at the Customer's request |

## Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 120 stores x CNY 2,200 per store per Subscription Year | 264,000 per Subscription Year |
| Subscription Fees for the Subscription Term | 2 Subscription Years | 528,000 |
| Onboarding Fee (one-time) | configuration, data load, POS and payroll interfaces, training | 38,000 |
| **Total Contract Value** | | **566,000** |

Additional employees above 1,600 are charged at CNY 14 per employee per month and are not part of the Total Contract Value.

## Billing

1. The Subscription Fees are invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term.
2. The Onboarding Fee is invoiced after Go-Live Acceptance under clause 4 of the General Terms.
3. No amount is payable before the Subscription Start Date. Invoices are payable within 30 days of receipt of a valid fapiao issued by the Provider's Chengdu agent.

## Special conditions

1. Go-Live target date: 1 September 2025.
2. Hosting: Alibaba Cloud, Chengdu region.
3. This Order Form is governed by the General Terms below. If they conflict, this Order Form prevails.

Signed for the Customer: __________  Signed for the Provider: __________  Date: __________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the RosterPadma Workforce Cloud subscription service described in the Order Form, including its web portal, mobile applications and application programming interfaces.

1.2 "Customer Data" means all data that the Customer or its employees submit to the Service, including employee names, contact details, rosters, clock-in records, leave records and pay rates.

1.3 "Customer Configurations" means the store structures, roster rules, labour-cost reports and interface mappings built by the Provider for the Customer during onboarding.

1.4 "Subscription Year" means the period from 1 September 2025 to 31 August 2026 and the period from 1 September 2026 to 31 August 2027, and each renewal period under clause 2.

## 2. Subscription Term and Renewal

2.1 The Service is provided for the Subscription Term stated in the Order Form.

2.2 At the end of the Subscription Term, and at the end of each renewal period, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

2.3 For each renewal period the Provider may increase the Subscription Fee by up to 9% by giving the Customer written notice at least 30 days before the renewal date. The increased fee applies from the start of the renewal period.

## 3. The Service

3.1 The Provider shall make the Service available to the Customer's stores, central kitchen and head office, maintain it, and provide new releases to all customers at no extra charge.

3.2 The Provider shall provide first-line support in Chinese through its Chengdu agent by telephone, chat and ticket, seven days a week from 07:00 to 23:00 Beijing time, and second-line support from Dhaka.

3.3 The Provider shall give the Customer at least 30 days' notice of any release that changes how store managers or employees use the Service, with release notes in Chinese, and shall keep the roster rules and interfaces working after each release.

## 4. Onboarding and Go-Live Acceptance

4.1 The Provider shall configure the Service, load employee and store data, build the Customer Configurations, connect the Service to the Customer's point-of-sale system and payroll software, and train 130 store managers and five head-office administrators.

4.2 Go-Live Acceptance tests: (a) rosters for all 120 stores can be created, published and viewed on the mobile application; (b) clock-in records for one full week reconcile with the stores' door and POS logs with no unexplained difference; (c) the payroll export for one pay period is accepted by the payroll software without manual correction; (d) the labour-cost report agrees with the POS sales data for the same week.

4.3 When the tests pass the Customer shall sign a Go-Live Acceptance certificate within five business days or list the failed tests in writing. Use of the Service by stores before that certificate is not acceptance.

4.4 If Go-Live Acceptance is delayed beyond the target date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

## 5. Service Levels

5.1 The Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incident response: Priority 1 (the Service is unavailable or clock-in fails for more than ten stores): response within 30 minutes and restoration within six hours; Priority 2 (a major function is impaired): response within two hours; Priority 3: response within one business day.

5.3 Service credits: for each 0.1 percentage point by which monthly availability falls short of 99.95%, the Customer receives a credit of 3% of that month's Subscription Fee; for each Priority 1 incident not responded to in time, a credit of 2% of that month's Subscription Fee. Credits are deducted from the next invoice.

## 6. Customer Data

6.1 As between the parties, the Customer owns all Customer Data. The Provider may process Customer Data to provide the Service.

6.2 The Provider may also use Customer Data in de-identified and aggregated form to develop and improve its products, to train its scheduling and forecasting models and to publish retail workforce benchmarks, during and after the Subscription Term.

6.3 The Provider shall host the Service and all Customer Data in mainland China, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs for at least 180 days and comply with the PRC Personal Information Protection Law and Data Security Law.

6.4 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it and compensate the Customer for losses resulting from an incident caused by the Provider's failure to meet clause 6.3.

6.5 On expiry or termination the Provider shall return all Customer Data in CSV format within 30 days and then delete it, except the de-identified data described in clause 6.2.

## 7. Subcontractors

7.1 The Provider may engage subcontractors and sub-processors, including its hosting provider and its Chengdu support agent, to perform any part of the Service.

7.2 The Provider shall inform the Customer of any new subcontractor or sub-processor by notice on its customer portal at least 14 days before the change. The Provider remains responsible for their performance.

## 8. Intellectual Property

8.1 The Provider owns the Service and all its software, models and documentation.

8.2 The Customer Configurations belong to the Customer. The Customer may use, copy and modify them and allow any third party to use them, including a successor provider.

## 9. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and financial information received under this agreement, use it only to perform the agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This clause survives for three years after the agreement ends.

## 10. Liability

10.1 Each party's total liability arising out of this agreement is limited to 150% of the Total Contract Value.

10.2 The limit in clause 10.1 does not apply to a party's breach of clause 6 or clause 9, to fraud or to personal injury.

## 11. Termination

11.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.

11.2 On termination by the Customer under clause 11.1 the Provider shall refund any fees paid for the period after termination.

## 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules then in force. The award is final.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Notices must be in writing and sent to the addresses in the Order Form. These General Terms and the Order Form are the entire agreement of the parties on the Service.
"""

E03 = """T:Purchase Contract for Temperature and Humidity Monitoring Equipment
P:Contract No. ZJ-LL-2025-088
P:Buyer: Zhanjiang Haiyun Cold Chain Logistics Co., Ltd., Xiashan District, Zhanjiang, Guangdong Province, PRC (the "Buyer").
P:Supplier: Kampong Ayer Instruments Sdn Bhd, Jalan Gadong, Bandar Seri Begawan, Brunei Darussalam (the "Supplier").
P:Background: The Buyer operates a cold-storage warehouse for frozen seafood and fruit at Zhanjiang port, with six freezer chambers, four chill chambers and a loading dock. It must record temperatures continuously for food-safety audits. After a tender the Buyer has selected the Supplier to supply and install a wireless temperature and humidity monitoring system. This contract is on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in the Price Schedule in Section 2.1 and the technical specification in Annex 1, including sensors, gateways, an edge server and the monitoring software licence (perpetual, for the Buyer's Zhanjiang site).
P:1.2 The Supplier shall also configure alarm rules, connect the system to the Buyer's warehouse management system and SMS gateway, train the Buyer's staff and deliver as-built documentation.
P:1.3 All sensors shall be rated for operation down to minus 40 degrees Celsius, with an accuracy of plus or minus 0.3 degrees Celsius and a calibration certificate traceable to a national metrology institute.
P:1.4 The Supplier shall supply 20 spare sensors and two spare gateways for the Buyer's site stock as part of the Contract Price, and shall replace any of them used during the warranty at no charge.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 900,000, a fixed price including delivery to site, duties, taxes and installation materials, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|980|411,600
TB:2|LoRa gateway with 4G backup|24|6,500|156,000
TB:3|Edge server with UPS|1|68,000|68,000
TB:4|Monitoring software licence (perpetual, site)|1|142,000|142,000
TB:|Hardware and Licence Subtotal|||777,600
TB:5|Installation, cabling and commissioning|1|96,400|96,400
TB:6|Calibration on site and training|1|26,000|26,000
TB:|Contract Price|||900,000
P:2.2 The Contract Price covers all obligations of the Supplier under this contract. No other charge is payable unless agreed in writing.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 90,000) within 20 days after signature, against a bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 495,000) within 30 days after all equipment has been delivered and installed, as confirmed by the Installation Certificate. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 315,000) within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 45 days after signature and complete installation within a further 20 days. Installation in the freezer chambers shall be done in the time slots agreed with the Buyer's warehouse manager so that cold storage is not interrupted.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the Supplier shall run the system for 14 consecutive days. Final Acceptance requires: (a) every sensor reports at least once every five minutes, with no more than one missing reading per sensor per day over the run; (b) each sensor reading agrees with a calibrated reference thermometer within 0.3 degrees Celsius at three test points; (c) over-temperature alarms reach the duty phone by SMS within 60 seconds in every test; (d) the interface to the warehouse management system transfers readings correctly; (e) documentation and training are complete.
P:5.2 When the criteria are met the Buyer shall issue a Final Acceptance Certificate within seven days or state the failed criteria in writing. Installation, use of the system or payment is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any faulty equipment free of charge, including parts, labour and shipping, correct software defects and provide updates.
P:6.2 Fault handling during the warranty: for a Severity 1 fault (no temperature data from a freezer chamber, or alarms not working) the Supplier shall respond within 30 minutes, have an engineer on site within six hours and restore monitoring within 24 hours, using spare sensors and gateways kept at the Buyer's site. Severity 2 faults: response within two hours, fix within three business days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 800, deducted from any amount due or from the bank guarantee.
P:6.4 After the warranty the Supplier shall, if the Buyer so orders, provide annual support at 7% of the Hardware and Licence Subtotal, that is CNY 54,432 per year, fixed for three years after the warranty ends. Support is ordered by the Buyer each year and does not renew automatically.
H:Section 7 Data Security
P:7.1 All temperature records, alarm logs and configuration data belong to the Buyer and may be used by the Supplier only to perform this contract.
P:7.2 The data shall be stored on the edge server at the Buyer's site and in the Buyer's own systems. Remote access by the Supplier is allowed only through the Buyer's VPN, per session with the Buyer's approval, and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall report any security incident involving the system within 12 hours, cooperate in its remediation and be liable for all losses caused by its breach of this Section 7.
H:Section 8 Intellectual Property
P:8.1 Firmware and the monitoring software remain the property of their owners and are licensed to the Buyer perpetually for the Zhanjiang site.
P:8.2 The alarm rules, interface programs, report templates and documentation made for the Buyer belong to the Buyer, which may use and modify them freely and give them to any third party.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's customer, stock and layout information, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the contract ends.
H:Section 10 Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any subcontractor so approved.
H:Section 12 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 13 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:Section 14 Site Rules and Safety
P:14.1 The Supplier's personnel shall follow the Buyer's site rules, including food-safety hygiene rules, the use of protective clothing in freezer chambers, limits on the time spent in chambers below minus 18 degrees Celsius and the permit system for work at height on racking.
P:14.2 The Supplier shall submit a method statement and a list of its installers, with their qualifications, at least seven days before installation starts. The Buyer may refuse access to any person who does not follow the site rules.
P:14.3 The Supplier shall keep the site tidy, remove its packaging and waste every day and make good any damage it causes to the Buyer's buildings, racking or goods. Damage to stored goods caused by the Supplier's personnel shall be compensated at the Buyer's cost price.
H:Section 15 Training and Documentation
P:15.1 The Supplier shall train up to 20 of the Buyer's warehouse supervisors and two system administrators, in Chinese, in the use of the monitoring software, alarm handling, battery replacement, sensor relocation and report generation.
P:15.2 Before Final Acceptance the Supplier shall deliver as-built drawings showing the position and identifier of every sensor and gateway, the network and power diagrams, calibration certificates, user and administrator manuals and a list of recommended spare parts with prices.
H:Section 16 General
P:16.1 The Supplier is responsible for export clearance in Brunei; the Buyer's customs broker handles import clearance at Zhanjiang at the Supplier's cost. Title and risk pass on delivery to the Buyer's site.
P:16.2 This contract is made in two originals in English and Chinese. Annex 1: Technical specification. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED GUEST NETWORK AND HOTEL SYSTEMS SERVICE AGREEMENT

Agreement No. AR-HN-2025-009

**BETWEEN**

**Sanya Lanwan Resort Hotel Management Co., Ltd.**, Haitang Bay, Sanya, Hainan Province, PRC ("Customer"); and

**Atoll Reef Hospitality Systems Pvt Ltd**, Orchid Magu, Malé, Republic of Maldives ("Provider").

**BACKGROUND**

(A) Customer operates three resort hotels at Haitang Bay and Yalong Bay with 1,140 guest rooms in total.

(B) Provider operates guest networks and hotel systems for resorts in the Maldives and Southeast Asia and has a service team in Sanya.

(C) Customer wishes to outsource the operation of its guest Wi-Fi, hotel network and property-management system servers to Provider on the terms below.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Service Commencement Certificate under clause 3.3.

1.3 "Monthly Service Charge" means the charge in Schedule 2.

1.4 "Customer Data" means guest names, room numbers, stay records, device identifiers, network logs and all other data that Provider handles for Customer.

1.5 "Service Term" means 24 months from the Service Commencement Date.

## 2. SERVICES

2.1 Provider shall provide the Services at the three hotels for the Service Term, 24 hours a day, seven days a week.

2.2 Provider shall keep at least four engineers resident in Sanya and a network operations desk reachable by telephone and instant messaging at all times.

2.3 Provider shall carry out the monthly tasks in Schedule 1 and provide a monthly service report showing availability, incidents, response times and changes.

## 3. TRANSITION AND SERVICE COMMENCEMENT

3.1 Provider shall take over the Services from Customer's current provider under the transition plan in Schedule 1, Part B, by 15 October 2025.

3.2 Service Commencement tests: (a) all 2,860 access points and 96 switches are visible in Provider's monitoring tools; (b) guest portal log-in works in every building, tested in 40 sample rooms; (c) a failover test of the property-management servers succeeds; (d) the run-book and network documentation are handed over and checked by Customer's IT manager.

3.3 When the tests pass Customer shall sign a Service Commencement Certificate within five business days or state in writing which tests failed. Taking over operation is not acceptance until the certificate is signed.

3.4 If the Service Commencement Date is later than 15 October 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 Customer shall pay the charges in Schedule 2. At Customer's request all charges are stated and paid in CNY.

4.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after the Service Commencement Certificate is signed. No charge is payable in advance.

4.3 Customer shall pay each correct invoice within 30 days after receiving it.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed, Customer is entitled to the service credits in Schedule 3, deducted from the next invoice. Service credits do not limit Customer's other rights.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

6.2 On expiry or termination Provider shall hand all Customer Data in its possession back to Customer.

## 7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's guest lists, room rates, network diagrams and passwords, and shall disclose it only to employees who need it for this Agreement. This clause survives termination for three years.

## 8. INTELLECTUAL PROPERTY

8.1 Provider's tools and monitoring software remain Provider's property.

8.2 Network configurations, run-books, diagrams and scripts prepared for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

## 9. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 10. LIMITATION OF LIABILITY

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Service Charges paid by Customer in the six months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit or revenue.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 Customer may also terminate by written notice if service credits reach 20% of the Monthly Service Charge in any three months within a period of six consecutive months.

11.4 On expiry or termination Provider shall give reasonable assistance to transfer the Services to Customer or a successor provider for up to 60 days at the rates in Schedule 2.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Sanya Arbitration Commission for arbitration in Sanya.

## 13. PERSONNEL AND CHANGE MANAGEMENT

13.1 Provider shall name a service manager who is available to Customer during business hours and attends the monthly and quarterly meetings. Provider shall not replace the service manager without giving Customer 30 days' notice and a suitable successor.

13.2 Provider shall make changes to the hotel network and systems only through the change procedure agreed during transition. Normal changes require approval by Customer's IT manager at least two business days in advance; emergency changes may be made at once and reported on the next business day.

13.3 Provider shall keep the network documentation, the asset register and the run-books up to date and give Customer a current copy every quarter.

13.4 Provider shall recommend replacement of equipment that is near the end of its supported life at least six months in advance, with a budget estimate, so that Customer can plan purchases. Equipment purchases are not part of the charges and are made by Customer.

## 14. GENERAL

14.1 Neither party is liable for delay caused by typhoon, flood or other events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

14.2 Provider's personnel shall follow Customer's hotel rules on guest areas, dress and conduct.

14.3 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## SCHEDULE 1 — SERVICES

**Part A — Service description**

| Service element | Provider's tasks |
|---|---|
| Guest Wi-Fi | operate controllers and 2,860 access points, guest portal, bandwidth policies, monthly coverage checks |
| Hotel network | operate 96 switches, firewalls and internet links; change management; firmware updates |
| Property-management servers | operate the servers and database, daily backups, restore tests every quarter |
| Service desk | 24-hour desk for hotel staff; on-site support for guests' connection problems within 20 minutes |
| Reporting | monthly service report and quarterly review meeting |

**Part B — Transition plan**

| Step | Task | Target date |
|---|---|---|
| 1 | Inventory and documentation review | 10 September 2025 |
| 2 | Shadow operation with current provider | 20 September 2025 |
| 3 | Service Commencement tests | 10 October 2025 |
| 4 | Full take-over | 15 October 2025 |

## SCHEDULE 2 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Monthly Service Charge | 58,000 per month |
| Monthly Service Charges over the Service Term (24 months) | 1,392,000 |
| Transition Fee (one-time) | 48,000 |
| **Total Contract Value** | **1,440,000** |
| Additional engineer days on request | 2,400 per day (not included above) |

## SCHEDULE 3 — SERVICE LEVELS AND SERVICE CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Guest Wi-Fi core and internet availability | 99.95% per month | 5% of the Monthly Service Charge for each 0.1 percentage point below target |
| Priority 1 incident (a hotel without guest internet, or property-management system down): response | 15 minutes | CNY 1,000 for each 15 minutes late |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 for each hour late |
| Priority 2 incident (one building or one function affected): response | 1 hour | CNY 500 per hour late |
| Monthly service report | by the 5th business day of the month | CNY 500 per day late |
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. TM-API-2025-0042

Provider: Tasi Mane Data Services, Lda., Avenida de Portugal, Dili, Timor-Leste ("Provider")
Customer: Zhoushan Donghai Ferry and Shipping Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, PRC ("Customer")

Background
A. Customer runs passenger ferries and coastal freight services between Zhoushan, Ningbo and the outlying islands, and must decide sailings against wind, wave and visibility forecasts.
B. Provider compiles marine weather and sea-state data from satellites, buoys and numerical models and makes it available through an application programming interface ("API").
C. Customer wishes to subscribe to the API for its dispatch centre and crew applications, and to have Provider build an integration adapter for its dispatch system.

1. Definitions
1.1 "API" means Provider's Marine Forecast API version 3, with the endpoints for wind, wave height and period, swell, visibility, sea-surface temperature and tidal currents described in Annex 1.
1.2 "Subscription Year" means each of the periods from 1 October 2025 to 30 September 2026 and from 1 October 2026 to 30 September 2027.
1.3 "Included Calls" means 6,000,000 API calls per Subscription Year.
1.4 "Customer Data" means the route definitions, vessel positions, query parameters, user accounts and any other data that Customer sends to the API or that Provider receives from Customer.
1.5 "Integration Adapter" means the software module that Provider develops for Customer to fetch API data into Customer's dispatch system and crew tablets, with its source code and documentation.

2. Subscription
2.1 Provider grants Customer a non-exclusive, non-transferable right to call the API and use the returned data for its own operations during the two Subscription Years.
2.2 Customer may display the data to its own staff and crews and to passengers in its ticket offices and ferry terminals. Customer may not resell the data.
2.3 Provider will issue API keys for the production and test environments within five business days after signature.
2.4 The subscription ends on 30 September 2027. It may be extended only by a new written agreement.

3. Fees
3.1 At Customer's request all fees are stated and paid in CNY.
3.2 Subscription Fee: CNY 186,000 per Subscription Year, that is CNY 372,000 for the two Subscription Years.
3.3 Integration Adapter and set-up fee (one-time): CNY 18,000.
3.4 Total contract value: CNY 390,000.
3.5 Calls above the Included Calls in a Subscription Year are charged at CNY 25 per 10,000 calls, invoiced at the end of that Subscription Year. Such charges are not part of the total contract value.

4. Invoicing and Payment
4.1 The Subscription Fee is invoiced in two equal instalments for each Subscription Year, each at the end of the relevant half-year, that is in arrears.
4.2 The set-up fee is invoiced after Integration Acceptance under clause 5.
4.3 No amount is payable in advance. Customer shall pay each correct invoice within 30 days. Payments are made in CNY to the bank account stated on Provider's invoice.

5. Integration Adapter and Integration Acceptance
5.1 Provider shall deliver the Integration Adapter and connect it to Customer's dispatch system and crew tablets.
5.2 Integration Acceptance tests: (a) the Integration Adapter retrieves every Annex 1 endpoint for all 38 routes in Annex 2; (b) forecasts shown in the dispatch system match the raw API response for a test sample of 200 queries; (c) the crew tablet application displays the latest forecast within two minutes of a new model run; (d) documentation and source code are handed over.
5.3 When the tests pass Customer shall sign an Integration Acceptance certificate within five business days or list the failed tests. Use of the API before that certificate is not acceptance.

6. Service
6.1 Provider will use commercially reasonable efforts to keep the API available and to update forecasts after each model run.
6.2 Provider offers support by e-mail on business days in Dili. Provider does not commit to any availability level, response time or resolution time, and no service credits apply.
6.3 Provider may carry out maintenance at any time and will try to announce planned maintenance on its status page.
6.4 Provider may update the API and its data sources from time to time. Provider will announce any change that removes an endpoint or changes the format of a response at least 60 days before it takes effect and will keep the earlier version available during that period. If a change makes the Integration Adapter stop working, Provider shall update the Integration Adapter at no charge.
6.5 Provider shall send Customer a usage report at the end of each quarter showing the number of calls by endpoint and by route. The parties shall meet online twice in each Subscription Year to review the use of the API, planned changes and Customer's needs for additional regions or data types.

7. Customer Responsibilities
7.1 Customer shall keep its API keys secret, use them only from its own systems and tell Provider at once if it believes a key has been disclosed. Provider may then revoke the key and issue a new one.
7.2 Customer shall not make more than 50 calls per second and shall cache responses in its dispatch system where possible, so that crews and terminals do not call the API directly.
7.3 Customer shall give Provider a list of its routes and named users and keep them up to date. Customer is responsible for the acts of its users.

7.4 Weather and sea-state data are forecasts and observations that may be inaccurate. Customer remains responsible for every sailing decision and for compliance with instructions of the maritime authorities. Provider shall correct any error in its data that Customer reports as soon as it reasonably can, and shall tell Customer when an observation station or buoy used for a route is out of service for more than two days.
7.5 Customer shall pay all invoices when due and shall give Provider's engineers remote access to a test environment of its dispatch system, with test data only, while the Integration Adapter is being built and tested.

8. Customer Data and Security
8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Integration Adapter under this Agreement and for no other purpose, and shall not disclose it to any third party.
8.2 Provider shall protect Customer Data with access control limited to named staff, encryption in transit and at rest, and access logs kept for at least 180 days. Vessel positions received from Customer shall be deleted within 30 days after receipt.
8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take the measures needed to stop it and compensate Customer for all losses caused by a breach of this clause 8 by Provider.

9. Intellectual Property
9.1 Provider owns the API, its data and its models. Customer receives only the rights in clause 2.
9.2 The Integration Adapter and its source code and documentation belong to Customer, which may use, modify and license them freely, including to other data suppliers.

10. Confidentiality
Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's route and fleet plans and Provider's pricing, and shall not disclose it to any third party without the other party's prior written consent. This clause survives for three years after the Agreement ends.

11. Liability
11.1 Provider is not liable for any delay in issuing API keys, delivering the Integration Adapter or restoring the API.
11.2 Provider's total liability arising out of this Agreement is limited to 150% of the total contract value.
11.3 Neither party is liable for indirect or consequential loss, including loss of profit, except in case of breach of clause 8 or clause 10.

12. Subcontracting
Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent.

13. Termination
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
13.2 If Customer terminates under clause 13.1, Provider shall refund the part of any fees paid that relates to the period after termination.

14. Governing Law and Disputes
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.

15. General
15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control.
15.2 Notices shall be in writing and sent by courier or e-mail to the addresses above.
15.3 This Agreement, with Annex 1 (API description) and Annex 2 (routes), is the entire agreement of the parties on its subject.

Signed for Provider: __________________  Name and title: __________________  Date: __________
Signed for Customer: __________________  Name and title: __________________  Date: __________
"""

# ---------------------------------------------------------------- files and labels
FILES = {
    "z01": ("h569z01_civil_air_defence_alarm_platform", "pdf", "zh", Z01),
    "z02": ("h569z02_alumina_calciner_control_retrofit", "docx", "zh", Z02),
    "z03": ("h569z03_gym_chain_membership_saas", "txt", "zh", Z03),
    "z04": ("h569z04_metro_afc_annual_maintenance", "txt", "zh", Z04),
    "z05": ("h569z05_salted_duck_egg_curing_software_supplier_template", "md", "zh", Z05),
    "e01": ("h569e01_wms_perpetual_licence_pakistan_vendor", "pdf", "en", E01),
    "e02": ("h569e02_workforce_saas_order_form_bangladesh_vendor", "md", "en", E02),
    "e03": ("h569e03_cold_store_sensors_brunei_supplier", "docx", "en", E03),
    "e04": ("h569e04_resort_managed_network_maldives_provider", "md", "en", E04),
    "e05": ("h569e05_marine_weather_data_api_timor_leste", "txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: category, terms (in KEYS order), extra, design facts for the rules (fee base, forum outside mainland)
T, F, N = True, False, None
DESIGN = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1260000), dict(fee_base=680000, forum_outside=F), []),
    "z02": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, F, F, 24, 9, F, T, T, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=T,
                 contract_value=2630000), dict(fee_base=2136000, forum_outside=F),
            ["CR-ACCEPTANCE", "CR-SUBCONTRACT"]),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 500 / 520000 * 100, 150, N, T, N, N, N, T, T, F, "PRC",
                      "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=520000),
            dict(fee_base=N, forum_outside=F), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.25, T, "buyer", T, T, F, 2000 / 3080000 * 100, N, N, T, N, N, N, F, F, F, "PRC",
                         "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=3080000),
            dict(fee_base=N, forum_outside=F), ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software", [N, 8, F, "supplier", T, F, T, 0.02, 20, 65, T, T, 6, 28, F, T, N, N, "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=620000), dict(fee_base=420000, forum_outside=F),
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Pakistan",
                         "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1080000), dict(fee_base=760000, forum_outside=T), ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 450 / 566000 * 100, 150, N, T, N, N, N, T, T, T, "PRC",
                      "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=566000),
            dict(fee_base=N, forum_outside=F), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 24, 7, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=900000), dict(fee_base=777600, forum_outside=F), []),
    "e04": ("services", [99.95, 0.25, T, "buyer", F, T, T, 1200 / 1440000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T,
                         F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1440000),
            dict(fee_base=N, forum_outside=F), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("cloud", [N, N, F, "buyer", T, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
            dict(sla_clause=F, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=390000),
            dict(fee_base=N, forum_outside=F), ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, d):
    """Policy §4: 5-year horizon from acceptance; post-warranty fee = pct × fee base for every year after the warranty."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["fee_base"] * years_after
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, d):
    """My own reading of policy.md §3 ('Where rules apply, and how clauses are read')."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY.get(r, "medium") for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def labels():
    out = {}
    for key, (stem, ext, lang, _src) in FILES.items():
        cat, vals, extra, d, design_rules = DESIGN[key]
        terms = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS), key
        x = dict(extra)
        rules = derive(terms, x, d)
        assert rules == sorted(design_rules), (key, rules, design_rules)
        out[key] = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
                    "expected_extra": x, "expected_rules": rules}
    return out


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])\s*%", r"百分之九十九点九(?![\d一二三四五六七八九〇零])",
    r"(?<![\d.])4\s*-?\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![一二三四五六七八九十两])四\s*个?\s*小时",
    r"\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*(?![\d])\s*%", r"万分之五(?![十百千\d一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![一二三四五六七八九十零])",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])12\s*-?\s*(?:个\s*月|months?\b|month\b)", r"十二\s*个\s*月", r"\btwelve[\s-]+months?\b",
    r"(?<![\d.十])一年", r"\bone[\s-]+years?\b", r"(?<![\d.])1\s*-?\s*(?:年(?!度)|years?\b)",
    r"(?<![\d.])5\s*-?\s*(?:年(?!度)|years?\b)", r"(?<![一二三四五六七八九十〇零])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*-?\s*months?\b", r"\bsixty[\s-]+months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4-hour", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "15%", "40 %", "四成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "5年", "五年", "five years", "60 months", "5 years",
            "百分之十五", "百分之四十"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "99.5%",
             "14小时", "1,000", "二十四小时", "十五年度", "120%", "200%", "2026年6月30日", "0.08%", "365 days",
             "Subscription Year", "25年度", "二十四个月", "18 months", "5%", "10%", "35%", "45%", "65%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    labs = labels()
    covered = set()
    for key, lab in labs.items():
        stem = FILES[key][0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered

    # no label on a threshold
    for key, lab in labs.items():
        t, x, d = lab["expected_terms"], lab["expected_extra"], DESIGN[key][3]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, d) if t["contract_kind"] == "goods_or_licence" else None
        assert share is None or abs(share - 40) > 2, (key, share)

    # mix
    n_rules = {k: len(v["expected_rules"]) for k, v in labs.items()}
    assert sorted(k for k, n in n_rules.items() if n == 0) == ["e03", "z01"]
    assert labs["e01"]["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert n_rules["z05"] >= 8

    bad = False
    for key, (stem, ext, lang, src) in FILES.items():
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        for where, body in (("source", src), ("built", text)):
            for pat, ctx in scan(body):
                print("THRESHOLD", key, where, pat, repr(ctx))
                bad = True
        lab = labs[key]
        if lang == "zh":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000  # the measure: characters of the read-back text (non-ws reported)
            print(f"{key} {path.name} zh chars={n} non-ws={nws} {'OK' if ok else 'OUT OF RANGE'}",
                  lab["expected_rules"], risk(lab["expected_rules"]))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{key} {path.name} en words={n} {'OK' if ok else 'OUT OF RANGE'}",
                  lab["expected_rules"], risk(lab["expected_rules"]))
        bad |= not ok
        t, x, d = lab["expected_terms"], lab["expected_extra"], DESIGN[key][3]
        if t["contract_kind"] == "goods_or_licence":
            print("   TCO share", tco_share(t, x, d))
    assert not bad, "fix the texts above"


if __name__ == "__main__":
    main()
