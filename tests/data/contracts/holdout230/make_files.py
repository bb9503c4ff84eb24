"""holdout230: ten ordinary draft contracts (blind set). Writes every contract from its source below, builds the
.docx/.pdf through ../word_pdf.py, asserts sums and labelled figures, re-applies policy §3/§4 to the labels, writes
the .json labels and scans the read-back text for threshold values. Run with /work/main/.venv/bin/python."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["h230z01"] = """# 市公共资源交易中心电子招投标交易平台建设项目采购合同

合同编号：GGZY-ZC-2027-018
采购方式：政府采购 公开招标（招标编号 GZ2027-0316）

甲方（采购人）：某市公共资源交易中心
乙方（供应商）：启衡数科信息技术有限公司

鉴于甲方就"电子招投标交易平台建设项目"依法组织公开招标，乙方经评标委员会评审为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，在招标文件和投标文件的基础上，经协商一致订立本合同，共同遵守。

## 第一条 项目内容
1.1 乙方向甲方交付电子招投标交易平台软件（含交易系统、电子开评标系统、专家抽取系统、监督系统），并完成CA数字证书互认对接、不见面开标大厅、与省级公共资源交易平台的数据交换接口等定制开发，迁移现有交易系统的历史项目数据，完成部署、联调和培训。
1.2 平台部署于甲方政务云，乙方负责在甲方提供的云资源上完成安装配置，不另行收取云资源费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 平台软件许可（永久许可，不限用户数） | 1,180,000 |
| 2 | 定制开发（CA互认、不见面开标、省平台数据交换） | 640,000 |
| 3 | 历史数据迁移 | 236,000 |
| 4 | 实施部署与联调 | 214,000 |
| 5 | 培训 | 90,000 |
| | 合计 | 2,360,000 |

合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），为固定总价，已含税费、差旅及乙方完成本合同所需的全部费用。

## 第三条 付款方式
3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥472,000，作为预付款。
3.2 平台通过初验后，甲方支付合同总价的45%，即¥1,062,000。
3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥826,000。
3.4 乙方每次收款前应开具合法有效的发票。甲方付款受财政资金拨付进度影响的，双方另行协商，但不得超过国库集中支付的正常期限。

## 第四条 交付与进度
4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于初验后三个月试运行期满时提交最终验收申请。
4.2 乙方应按周报告进度，甲方有权要求乙方调整不合格的项目人员。

## 第五条 验收
5.1 初验标准：招标文件技术需求逐项实现；历史项目数据迁移后抽样核对100条无差错且总量一致；在500个并发投标人上传文件时页面响应不超过3秒；第三方软件测评机构出具的功能与性能测试报告及网络安全等级保护测评报告无高风险问题。
5.2 最终验收标准：试运行期间完成不少于20个真实项目的全流程电子开评标，未发生一级故障；文档、源代码（定制部分）和操作手册齐全。
5.3 平台上线运行、甲方使用或甲方付款，均不视为验收合格；验收以甲方组织专家签署的验收报告为准。验收不合格的，乙方应在十五日内整改并重新申请验收。

## 第六条 服务水平
6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三日书面通知甲方并安排在非开标时段）。
6.2 故障分级及响应：一级故障（开标、评标无法进行）30分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）24小时内响应，五个工作日内解决。
6.3 乙方未按时响应或恢复的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款从当期或下期应付款中抵扣。

## 第七条 质保与维护
7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
7.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该价格自质保期满起三年内不作上调。维护合同另行签订，不自动续期。

## 第八条 数据安全
8.1 平台中的全部交易数据、投标文件、专家信息、日志及迁移数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
8.2 乙方应落实等级保护第三级要求，对投标文件加密存储，运维操作通过甲方堡垒机进行并留存审计日志；乙方人员不得在开标前接触任何投标文件内容。
8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合处置和调查；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。

## 第九条 保密
双方对在履行本合同中知悉的对方商业秘密和未公开信息承担保密义务，未经对方书面同意不得披露；乙方对招投标过程中知悉的标底、评标信息和专家身份负有严格保密义务。保密义务在本合同终止后继续有效。

## 第十条 知识产权
10.1 乙方为本项目定制开发的程序、接口、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利。

## 第十一条 分包
本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。

## 第十二条 违约责任
12.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 第十三条 合同解除
乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期违约金达到上限的，甲方有权解除本合同，并要求乙方赔偿损失。

## 第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

## 第十五条 项目管理与人员
15.1 乙方应指定具有高级项目经理资格的项目负责人，项目负责人及核心开发人员名单见投标文件，未经甲方书面同意不得更换。乙方人员进入甲方场所应遵守甲方的安全保卫、保密和廉政管理制度。
15.2 双方每两周召开一次项目例会，形成会议纪要并由双方代表签字确认。需求发生变更的，由提出方书面提出，双方评估对进度和费用的影响后签订变更确认单；未经确认的变更，乙方不得实施。
15.3 乙方应在最终验收前向甲方移交系统部署文档、数据库设计说明、接口规范、运维手册、应急预案和定制部分的源代码，并对甲方技术人员进行不少于三次的知识转移培训。

## 第十六条 廉洁与不可抗力
16.1 乙方不得向甲方工作人员及评标专家提供任何形式的财物或其他不正当利益，违反的，甲方有权解除合同并将有关情况报告政府采购监督管理部门。
16.2 因不可抗力不能履行合同的，受影响方应在三日内书面通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。

## 第十七条 其他
本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。

甲方（盖章）：某市公共资源交易中心　　　乙方（盖章）：启衡数科信息技术有限公司
法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
签订日期：2027年3月　日
"""

SRC["h230z02"] = """T:电池片EL检测设备采购及维保合同
P:合同编号：JN-PV-EQ-2027-0042
P:买方（甲方）：晶诺光伏科技（盐城）有限公司
P:卖方（乙方）：明视检测装备股份有限公司
P:甲方因电池片车间3号、4号产线扩产，需要采购在线电致发光（EL）检测设备及配套缺陷识别软件。乙方具备相应设备的制造和服务能力。双方经友好协商，就设备供货、安装调试、质保及质保期满后的维保服务达成如下条款。
H:一、合同标的及价格
P:（一）乙方向甲方供应下表所列设备和软件，并负责运输、安装、调试、与甲方MES系统对接及操作培训。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|在线EL检测仪（含暗箱、相机、电源）|6台|268,000|1,608,000
TB:2|离线EL复判工作站|4台|46,500|186,000
TB:3|AI缺陷识别软件许可（永久）|1套|312,000|312,000
TB:|硬件及软件小计|||2,106,000
TB:4|安装调试及MES对接|1项|96,000|96,000
TB:5|操作与维护培训|1项|18,000|18,000
TB:|合同总价|||2,220,000
P:（二）合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），含13%增值税、包装、运输、保险及安装调试费用。
H:二、交货与安装
P:（一）乙方应在合同生效后六十日内将全部设备运至甲方盐城工厂电池片车间，并在到货后二十日内完成安装调试。
P:（二）到货时双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表设备质量验收。
P:（三）设备安装中的吊装、线缆桥架敷设等辅助工作，乙方可委托当地有资质的施工单位完成，但应提前三个工作日书面告知甲方，乙方对其工作质量负责。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%（¥444,000）作为预付款。
P:（二）全部设备到货签收后，甲方支付合同总价的50%（¥1,110,000）。
P:（三）设备通过最终验收后，甲方支付合同总价的25%（¥555,000）。
P:（四）剩余5%（¥111,000）作为质量保证金，质保期满且无未解决的质量问题后十个工作日内支付。
H:四、验收
P:（一）验收标准：每台设备检测节拍不低于每小时7,200片；隐裂、断栅、黑斑等缺陷的漏检率不高于0.3%，误判率不高于1.5%（以甲方提供的2,000片标准样片测试）；与MES数据对接准确、完整；设备连续72小时运行无故障。
P:（二）安装调试完成后，乙方提交验收申请，甲方在十个工作日内组织验收并签署验收报告。设备投入生产使用不视为验收合格。
P:（三）验收不合格的，乙方应在十五日内整改或更换，再次验收仍不合格的，甲方有权退货并解除合同。
H:五、质保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备质量问题出现的故障，乙方免费维修或更换零部件，软件免费升级。
P:（二）故障分级及响应时间见下表：
TB:级别|定义|响应时间|到场/恢复时间
TB:一级|设备停机导致产线中断|1小时|6小时内到场，10小时内恢复
TB:二级|检测精度下降或单台部分功能异常|2小时|24小时内解决
TB:三级|一般咨询或非紧急问题|8小时|三个工作日内解决
P:（三）乙方未按上表时限响应或恢复的，每超时一小时向甲方支付¥2,000的违约金，可从质量保证金中扣除。
H:六、质保期满后维保
P:（一）质保期满后，乙方按年提供维保服务，内容包括定期校准、相机与光源检查、软件升级及备件更换（易损件除外）。
P:（二）年度维保费按硬件及软件小计的17%计取，即每年¥358,020，该费率在质保期满后三年内固定不变。维保服务按年签订，甲方可选择是否续购。
P:（三）维保期内的服务响应标准与质保期相同。
H:七、数据与信息安全
P:（一）设备采集的EL图像、检测结果、产线数据均归甲方所有。乙方不得将上述数据复制、带离甲方厂区，或用于训练通用模型、提供给第三方。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的VPN和堡垒机进行，并留存操作日志；设备交付前应关闭一切未经甲方同意的外联通道。
P:（三）发生数据泄露或因乙方设备原因导致甲方生产数据丢失的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:双方对在合作中获悉的对方技术资料、工艺参数、价格信息负有保密义务，未经对方书面许可不得向第三方披露。保密期限至合同终止后三年。
H:九、知识产权
P:（一）乙方使用甲方样片和生产图像为甲方训练或调优的缺陷识别模型、参数及对接程序，其知识产权归甲方所有，甲方可以自由使用、修改并授权他人使用。
P:（二）检测设备中的标准软件知识产权归乙方，乙方授予甲方永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之二支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）任何一方违约给对方造成损失的，应予赔偿。
H:十一、合同解除
P:乙方逾期交货超过三十日，或设备两次验收不合格，或有其他重大违约行为经书面催告十日内未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交盐城仲裁委员会仲裁。
H:十三、甲方义务与现场管理
P:（一）甲方应在设备到货前完成安装位置的电源、压缩空气、网络点位和防静电地面的准备，并提供MES接口说明及测试账号。
P:（二）乙方现场人员应遵守甲方的洁净车间管理、安全生产、消防和门禁制度，进入车间前须参加甲方组织的安全培训并穿戴规定的防护用品。
P:（三）乙方应向甲方提交设备操作手册、维护保养手册、电气图纸、备件清单及软件安装介质，并对甲方设备工程师进行现场培训，使其能够独立完成日常点检、相机清洁、光源更换和常见报警处理。
P:（四）乙方应在甲方厂区所在城市储备常用备件，包括相机、光源模块、电源和探针排，保证质保期及维保期内备件供应。
P:（五）乙方应在设备交付时提供每台设备的出厂检验报告、相机标定记录、光源均匀性测试数据和软件版本清单，作为验收资料的组成部分。
P:（六）质保期内乙方每季度对设备进行一次预防性巡检，检查暗箱密封、相机对焦、光源衰减和传输机构磨损情况，形成巡检报告交甲方设备部门签字确认。
P:（七）乙方对设备的软件升级应先在甲方指定的一台设备上试运行不少于七日，经甲方确认后方可推广至其他设备，升级过程不得影响产线正常生产。
H:十四、不可抗力
P:因不可抗力导致任何一方不能按期履行的，受影响方应及时书面通知对方，并在十日内提供有关证明。双方根据不可抗力的影响程度，协商延期履行或部分免除责任。
H:十五、廉洁条款
P:双方应遵守商业道德，乙方不得以任何形式向甲方采购、设备及质量部门人员提供回扣、礼品、宴请或其他不正当利益。一经查实，甲方有权取消乙方的供应商资格。
H:十六、其他
P:本合同未尽事宜，双方可签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：晶诺光伏科技（盐城）有限公司　　授权代表：________
P:乙方（盖章）：明视检测装备股份有限公司　　授权代表：________
P:日期：2027年5月　日
"""

SRC["h230z03"] = """驾校连锁学员管理与约车排课SaaS服务合同

合同编号：YX-SAAS-2027-07

甲方：远行驾驶培训连锁有限公司（以下简称"甲方"，含其下属25所驾校）
乙方：车学通网络科技有限公司（以下简称"乙方"）

甲方拟在其连锁经营的25所驾校统一使用学员管理、约车排课、教练考勤与计时培训对接服务。乙方以软件即服务（SaaS）方式提供上述服务，并负责实施上线。双方本着平等互利原则，订立本合同。

1. 服务内容
1.1 乙方向甲方提供"车学通"驾校云平台的订阅服务，包括：学员报名与档案管理、科目二和科目三约车排课、教练员排班与考勤、学时计时数据与省级驾培监管平台的对接、学员小程序、财务收款对账和经营报表。
1.2 乙方负责实施服务：25所驾校的组织架构和教练车辆初始化、存量学员数据导入、监管平台对接调试、各校管理员和教练培训。
1.3 服务期为三十六个月，自全部驾校上线验收通过之日起计算。

2. 费用
2.1 订阅费：每所驾校每年人民币21,600元，25所驾校每年540,000元，三十六个月合计1,620,000元。
2.2 实施费：一次性人民币186,000元。
2.3 本合同总金额为人民币1,806,000元（壹佰捌拾万陆仟元整），含增值税。
2.4 服务期内，订阅费单价不作调整。甲方新增驾校的，按2.1所列单价按月折算计费。

3. 付款
3.1 实施费在全部驾校上线验收通过后十五个工作日内一次性支付。
3.2 订阅费按季度支付，每季度结束后十个工作日内，乙方提交当季服务报告和发票，甲方确认后支付当季订阅费135,000元。
3.3 甲方无需向乙方预付任何费用。

4. 实施与上线验收
4.1 乙方应在合同签订后七十五日内完成全部驾校的上线，上线计划由双方确认。
4.2 上线验收标准：（1）存量学员数据导入完整，抽查300名学员的档案、学时、缴费记录与原系统一致；（2）学时数据向监管平台推送成功率达到99.8%以上且无重复推送；（3）约车高峰时段（每日7:00—8:00）在2,000名学员同时约车的情况下，约车请求在2秒内返回结果；（4）各校管理员完成培训并通过操作考核。
4.3 甲方应在乙方提交验收申请后七个工作日内组织验收；上线试用或开始使用不视为验收通过。验收未通过的，乙方应在十日内整改后重新提交。
4.4 乙方未按4.1约定时间完成上线的，每逾期一日向甲方支付违约金人民币1,200元。

5. 服务水平
5.1 乙方保证平台月度可用率不低于99.5%（因甲方网络原因或经甲方同意的计划维护除外）。
5.2 故障响应：一级故障（平台无法登录、约车或学时推送中断）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级故障（咨询、优化建议）1个工作日内答复。
5.3 服务补偿：月度可用率低于承诺值的，按每低0.1个百分点抵扣当月订阅费的5%，最多抵扣当月订阅费的50%；一级故障超过恢复时限的，每超过一小时抵扣人民币500元。

6. 数据
6.1 甲方及其学员在平台中产生的学员信息、学时记录、约车数据、缴费数据归甲方所有。
6.2 乙方有权对上述数据进行脱敏处理后，用于平台功能优化、驾培行业分析报告和乙方其他产品的研发，该权利在本合同终止后继续有效。
6.3 乙方应将数据存储在中国境内的数据中心，采取加密存储、访问控制、操作日志审计等措施，并通过网络安全等级保护第三级测评。
6.4 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，配合开展调查和处置，因乙方原因造成的损失由乙方承担。
6.5 合同终止后三十日内，乙方应将全部数据以通用格式交还甲方并删除平台中的数据。

7. 保密
双方对在本合同履行中知悉的对方商业秘密、经营数据和技术资料承担保密义务，未经对方书面同意，不得向任何第三方披露。本条在合同终止后三年内有效。

8. 知识产权
8.1 平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方专门配置的报表模板、排课规则和接口配置归甲方所有，甲方可以自由使用、修改，并可交由其他服务商使用。

9. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

10. 责任限制
除数据泄露、侵犯知识产权及故意或重大过失外，任何一方在本合同项下的累计赔偿责任以本合同总金额的150%为限。

11. 续订与终止
11.1 服务期满前六十日，双方协商续订事宜；续订须双方书面确认，不自动续期。
11.2 乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费并赔偿损失。
11.3 连续两个月可用率低于98%的，甲方有权解除合同。

12. 法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

13. 双方的其他权利义务
13.1 甲方应指定总部信息部门作为项目对接人，协调各驾校提供组织架构、教练员和车辆信息、存量学员数据以及监管平台对接所需的资料和授权。
13.2 甲方应督促各驾校按照乙方提供的操作手册使用平台，妥善保管管理员账号和密码；因甲方人员泄露账号造成的损失由甲方承担。
13.3 乙方应为甲方配备专属客户成功经理，每季度到总部回访一次，提交平台使用情况分析和优化建议；各驾校在招生旺季（每年3月至5月、7月至8月）前，乙方应完成扩容评估和压力测试。
13.4 乙方对平台的功能升级应提前七日通知甲方，涉及操作流程变化的，应提供更新说明并安排线上培训；升级不得降低本合同约定的功能和服务水平。
13.5 监管部门对驾培计时数据格式或对接方式作出调整的，乙方应在规定期限内完成适配，不另行收费。

13.6 乙方应提供学员端小程序的隐私政策和用户协议文本，经甲方确认后上线；学员注销账号的，乙方应按照甲方的指示处理。
13.7 乙方应为每所驾校提供不少于两次的线上答疑，并在总部组织一次面对面的管理员集中培训，培训材料交由甲方留存。
13.8 乙方应每月向甲方提交服务报告，内容包括可用率、故障记录、服务补偿计算、学时推送统计和用户反馈处理情况。

13.9 甲方新开设驾校或关闭驾校的，应提前三十日书面通知乙方；乙方应在十个工作日内完成新驾校的开通配置，关闭驾校的数据按甲方指示归档后移交甲方。
13.10 乙方应提供教练员移动端应用，支持教练查看排班、确认学员签到和记录培训评语，并与平台数据实时同步。

14. 不可抗力
因地震、洪水、疫情防控措施等不可抗力导致服务中断的，受影响方应及时通知对方，并采取措施减少损失。不可抗力期间不计入可用率统计，但乙方应尽快恢复服务。

15. 通知
本合同项下的通知以书面形式送达双方在本合同首部列明的地址或指定的电子邮箱，电子邮件发出即视为送达。

16. 其他
本合同附件：附件一 驾校清单；附件二 上线计划；附件三 服务水平细则。本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：远行驾驶培训连锁有限公司　　代表签字：________
乙方（盖章）：车学通网络科技有限公司　　代表签字：________
日期：2027年4月　日
"""

SRC["h230z04"] = """T:区公共卫生监测预警平台年度运维服务合同
P:项目编号：QWJ-TP-2026-041（政府采购 竞争性谈判）
P:采购人（甲方）：某区卫生健康委员会
P:成交供应商（乙方）：安澜数智信息服务有限公司
P:根据竞争性谈判结果及成交通知书，甲方委托乙方承担区公共卫生监测预警平台（含传染病症状监测、学校缺勤监测、药店销售监测、发热门诊数据汇聚及预警模块）的年度运行维护服务。双方依据《中华人民共和国民法典》和政府采购相关规定，订立本合同。
H:第一条 服务期限与范围
P:1.1 服务期自2027年1月1日起至2027年12月31日止。
P:1.2 服务范围包括：平台应用系统及数据库的日常运行维护；与辖区医疗机构、学校、药店数据接口的监控与修复；预警规则参数维护；安全巡检、漏洞修复及等级保护测评配合；重大活动和突发公共卫生事件期间的应急保障。
H:第二条 服务费用
P:2.1 本合同服务费总额为人民币壹佰零捌万陆仟元整（¥1,086,000），构成如下：驻场运维服务¥612,000（两名驻场工程师）；应用及接口运维¥286,000；安全巡检与等保配合¥124,000；应急保障¥64,000。
P:2.2 上述费用为固定总价，已包含乙方人员工资、社保、差旅、工具软件及税费。
H:第三条 付款方式
P:3.1 服务费按季度支付。每季度结束后，甲方依据第五条进行季度考核，考核合格后十五个工作日内支付当季服务费¥271,500。
P:3.2 本合同不设预付款。
P:3.3 季度考核扣减的金额从当季服务费中直接扣除。
H:第四条 服务水平
P:4.1 平台核心模块（数据汇聚、预警计算、预警推送）月度可用率不低于99.95%。
P:4.2 故障分级响应：一级故障（预警推送中断或数据汇聚全部中断）15分钟内响应，驻场人员30分钟内到位处置，2小时内恢复；二级故障（单一数据来源中断或部分功能异常）30分钟内响应，8小时内恢复；三级故障24小时内处理完毕。
P:4.3 乙方每月5日前提交上月运维报告，内容包括可用率统计、故障处理记录、接口数据到达率和安全巡检结果。
H:第五条 考核与验收
P:5.1 季度考核指标：月度可用率、故障响应与恢复时限、接口数据日到达率不低于98%、运维报告及时性、驻场人员出勤。考核由甲方信息科组织，按附件《运维服务考核细则》评分，得分85分以上为合格。
P:5.2 每发生一次一级故障超时恢复，扣减当季服务费¥3,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,500；驻场人员无故缺勤每人每日扣减¥800。
P:5.3 服务期满前，甲方依据四个季度的考核结果、运维文档移交情况和系统健康检查报告进行年度验收，年度验收合格后双方签署验收单。
H:第六条 数据安全
P:6.1 平台内的监测数据、个人健康信息、学校和药店报送数据均属于甲方所有。乙方仅得为履行运维工作访问数据，不得复制、下载、对外提供或用于任何其他目的。
P:6.2 乙方人员应签署保密承诺书，通过甲方堡垒机进行运维操作，不得使用个人设备接入；数据库操作须双人复核并留存日志。
P:6.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在30分钟内报告甲方，按照应急预案处置；因乙方原因造成的安全事件，乙方承担相应法律责任并赔偿甲方损失。
H:第七条 保密
P:乙方对在服务中知悉的疫情信息、监测结果、个人信息及甲方内部资料负有保密义务，未经甲方书面同意不得以任何形式披露或发布。保密义务不因合同终止而解除。
H:第八条 成果归属
P:乙方在服务期间编写的运维手册、应急预案、脚本、接口修复程序和配置文档，其知识产权归甲方所有，甲方可自由使用、修改并交由后续服务商使用。
H:第九条 分包
P:乙方不得将本合同项下的服务分包或转包给任何第三方。
H:第十条 违约责任
P:10.1 乙方未按期提交年度运维文档或未按期完成服务交接的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 除故意或重大过失外，乙方在本合同项下对甲方承担的全部赔偿责任（含违约金和考核扣减）累计不超过人民币贰拾万元（¥200,000）。
P:10.3 甲方逾期付款的，应按照国家有关规定支付逾期利息。
H:第十一条 合同的变更与终止
P:11.1 本合同在服务期内不得解除。乙方出现服务质量问题的，甲方可以通过季度考核扣减服务费、要求乙方更换驻场人员或限期整改等方式处理，但不得以此为由解除合同；双方另行书面协商一致的除外。
P:11.2 服务期满，本合同自然终止，不自动续期。乙方应在期满前三十日内完成全部文档、账号和权限的移交。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 人员与管理要求
P:13.1 乙方应配备两名驻场工程师，其中至少一人具备数据库管理或网络安全相关资质证书；驻场工程师名单报甲方备案，更换须提前十日书面报甲方同意，并做好工作交接。
P:13.2 驻场人员工作时间与甲方作息一致，节假日及突发公共卫生事件期间实行值班制度，值班安排提前报甲方信息科。
P:13.3 乙方应建立运维知识库，记录平台架构、接口清单、常见故障处理方法和变更记录，服务期满时完整移交甲方。
P:13.4 乙方实施系统变更（包括升级补丁、参数调整、接口修改）前，应提交变更方案并经甲方审批，变更须在非工作时段进行并做好回退准备。
H:第十四条 应急保障
P:14.1 在传染病疫情、重大活动保障期间，乙方应按甲方要求增派技术人员，实行全天轮班值守，保障预警信息及时推送至区疾控中心及相关医疗机构。
P:14.2 乙方应每半年配合甲方开展一次应急演练，演练内容包括数据库恢复、服务器切换和预警推送中断处置，并提交演练报告。
P:14.3 区卫生健康委员会启动突发公共卫生事件应急响应的，乙方应在接到通知后两小时内到位，按甲方要求开通临时数据上报通道、调整预警阈值和报表口径，并在响应期间每日报告平台运行情况。
P:14.4 应急期间因甲方要求增加的工作量，乙方不另行收取费用；超出本合同服务范围的开发工作，由双方另行协商。
H:第十四条之一 服务交接
P:服务期满或乙方更换的，乙方应配合甲方或新的服务商完成交接，包括账号权限移交、运维文档和知识库移交、未关闭问题清单说明，并在交接期内提供必要的技术支持，交接期不少于二十日。
P:14.5 乙方每季度对平台进行一次性能评估，分析数据库容量、服务器负载和接口数据量变化趋势，提出扩容或优化建议，经甲方同意后实施；需要甲方另行采购软硬件的，乙方应提前两个月提出。
P:14.6 乙方应配合甲方接受上级卫生健康部门、网信部门和审计部门的检查，按要求提供运维记录和相关说明。
H:第十五条 不可抗力
P:因不可抗力导致服务中断的，乙方应立即报告甲方并采取措施尽快恢复服务，不可抗力影响期间不计入可用率考核。
H:第十六条 其他
P:竞争性谈判文件、乙方响应文件、成交通知书及附件《运维服务考核细则》为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某区卫生健康委员会　　负责人：________
P:乙方（盖章）：安澜数智信息服务有限公司　　授权代表：________
P:签订日期：2026年12月　日
"""

SRC["h230z05"] = """# 云坊MES生产执行系统软件许可及定制开发合同

**（云坊软件标准合同文本 V3.0 —— 请勿修改格式条款）**

合同编号：YF-MES-2027-112

甲方（用户）：香酥坊食品有限公司
乙方（供方）：云坊工业软件（苏州）有限公司

甲方为提升核桃酥生产线的配料、烘烤、包装和质量追溯管理水平，决定引进乙方的云坊MES系统，并委托乙方进行定制开发。双方依照乙方标准合同文本，订立本合同。

## 一、合同标的

1. 乙方向甲方提供云坊MES标准版软件许可（永久许可，含30个并发用户），部署在甲方本地服务器。
2. 乙方根据甲方需求定制开发：配方管理及投料防错、隧道炉烘烤温度曲线采集与报警、金属检测联锁、成品批次追溯与召回模拟、与甲方用友ERP的接口。
3. 乙方负责安装部署、基础数据初始化和操作培训。

## 二、合同价款

| 项目 | 金额（元） |
|---|---|
| 云坊MES标准版软件许可 | 560,000 |
| 定制开发 | 380,000 |
| 实施及培训 | 96,000 |
| 合计 | 1,036,000 |

合同总价：人民币壹佰零叁万陆仟元整（¥1,036,000）。

## 三、付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的50%，即¥518,000。
2. 系统安装部署完成后，甲方支付合同总价的38%，即¥393,680。
3. 系统上线运行满十五日后，甲方支付剩余12%，即¥124,320。
4. 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 四、交付与验收

1. 乙方在收到首期款后九十日内完成安装部署。因甲方需求变更、现场条件不具备等原因造成延误的，工期相应顺延。
2. 系统在甲方服务器上安装部署完成，即视为甲方验收合格。甲方在安装完成后继续使用系统的，视为对交付成果无异议。
3. 定制功能以乙方提交的需求确认书为准，需求确认书签字后的任何变更，乙方另行收费。

## 五、技术支持与维护

1. 乙方自系统安装完成之日起提供六个月免费维护。
2. 免费维护期内，甲方报告一级故障（系统无法使用、生产无法追溯）的，乙方在8小时内响应，并尽力尽快恢复；其他故障在两个工作日内响应。
3. 乙方对故障响应和修复的时间不作承诺性保证，不承担因故障导致的停产损失、扣款或违约金。
4. 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格表购买年度维护服务。

## 六、知识产权

1. 云坊MES标准版及其全部组件的知识产权归乙方所有。
2. 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权归乙方所有。甲方仅在本企业范围内享有非独占的使用权，不得修改、反编译，亦不得交由第三方维护或使用。
3. 乙方有权将定制开发的功能纳入其标准产品，向其他客户提供。

## 七、数据

1. 甲方在系统中录入和产生的配方、生产、质检、追溯数据归甲方所有，乙方不得用于履行本合同以外的目的。
2. 乙方远程维护须经甲方同意并使用甲方提供的账号，操作过程留存日志；乙方人员不得复制、带走甲方数据。
3. 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应赔偿责任。

## 八、违约责任

1. 因乙方原因逾期完成安装部署的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的3%。
2. 甲方未按约定付款的，按本合同第三条第4款处理。
3. 乙方在本合同项下的全部责任，无论基于合同、侵权或其他原因，累计以合同总价的20%为限。乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 九、合同解除

任何一方严重违反本合同约定，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。因甲方原因解除的，已付款项不予退还。

## 九之一、甲方义务

1. 甲方应在乙方进场前提供满足乙方要求的服务器、操作系统、数据库许可和网络环境，并指定一名项目负责人。
2. 甲方应按乙方要求的格式整理并提供物料编码、配方、工艺参数、人员和设备等基础数据，并对基础数据的准确性负责。因基础数据不准确导致系统运行错误的，乙方不承担责任。
3. 甲方应安排关键用户全程参与需求调研、系统测试和培训，并按乙方的实施计划及时确认各阶段成果。甲方未在乙方规定的期限内确认的，视为甲方确认。
4. 甲方不得自行或委托第三方对系统进行修改、二次开发或与其他系统集成，否则乙方不再承担维护义务。

## 九之二、培训与文档

1. 乙方为甲方提供两次集中培训，内容包括系统管理员培训和车间操作员培训，每次不超过三天。超出部分，乙方按人天另行收费。
2. 乙方向甲方提供电子版用户手册和管理员手册。定制功能的设计文档和源代码不属于交付范围。

3. 乙方提供的培训仅针对系统标准功能和已确认的定制功能，不包括甲方内部管理制度和业务流程的培训。

## 九之三、需求变更

1. 需求确认书签署后，甲方提出的任何新增或修改需求，均按乙方当时的人天单价另行计费，工期相应顺延。
2. 甲方车间布局、设备或工艺发生变化导致系统需要调整的，由甲方承担相应费用。

## 九之四、系统环境与第三方软件

1. 系统运行所需的操作系统、数据库、中间件及扫码、打印、称重等设备驱动，由甲方自行采购并承担费用，乙方可提供选型建议。
2. 甲方使用的ERP系统版本升级、接口规范变更导致接口需要调整的，乙方按需求变更处理并另行收费。
3. 乙方不保证系统与甲方未来采购的其他软件或设备兼容。

## 九之五、系统上线

1. 乙方完成安装部署后，应协助甲方进行切换准备，包括基础数据导入、期初数据录入和操作人员上岗测试。
2. 系统上线时间由乙方根据实施进度确定并通知甲方，甲方应按通知时间组织人员在系统中进行生产操作。
3. 上线后第一周，乙方派一名实施顾问驻场协助，之后以远程方式提供支持。

## 九之六、服务人员

1. 乙方指派的实施顾问和开发人员由乙方根据项目情况安排和调整，乙方调整人员时应通知甲方。
2. 乙方人员在甲方现场工作期间，应遵守甲方的食品生产卫生要求，进入车间须更衣、洗手消毒并佩戴发网和口罩，甲方应为乙方人员提供必要的防护用品。
3. 乙方人员在甲方现场的食宿和交通费用已包含在实施费中，但因甲方原因增加的驻场天数，甲方应按乙方人天单价另行支付。

## 九之七、通知

双方往来通知以书面或电子邮件方式送达本合同首页所列地址。一方变更联系方式的，应及时通知另一方，否则原地址视为有效送达地址。

## 十、不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商部分或全部免除责任。

## 十一、争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地（苏州市工业园区）人民法院诉讼解决。

## 十二、其他

1. 本合同附件：需求确认书、软件功能清单、培训计划。
2. 本合同未尽事宜以乙方《客户服务手册》为准。
3. 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：香酥坊食品有限公司　　代表：________　　日期：2027年6月　日

乙方（盖章）：云坊工业软件（苏州）有限公司　　代表：________　　日期：2027年6月　日
"""

SRC["h230e01"] = """T:Software Licence Agreement - Marker Making and Nesting Software
P:Agreement No. TSF-CN-2027-031
P:This Software Licence Agreement (the "Agreement") is made between:
P:(1) Huzhou Xiaoyanzi Children's Apparel Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhili Town, Wuxing District, Huzhou, Zhejiang Province (the "Licensee"); and
P:(2) Tessiform CAD S.r.l., a company incorporated in Italy with its registered office at Via del Cantiere 4, Isola di San Secondo, Venice, Italy (the "Licensor").
P:Background: The Licensee makes children's clothing in Zhili and wishes to replace its manual and legacy marker-making process with the Licensor's marker-making and automatic nesting software on perpetual licences. The Licensor has agreed to supply the licences, migrate the Licensee's existing pattern library, install the software and train the Licensee's pattern room staff, on the terms below. At the Licensee's request all prices are stated and paid in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Tessiform Marker Studio marker-making and nesting application, including the grading module, the automatic nesting engine and the plotter and cutter drivers listed in Schedule 1, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Licence Fees" means the fees for the licences listed in Schedule 1.
P:1.3 "Migration Deliverables" means the converted pattern library, the conversion scripts, the size-chart tables and the mapping files produced by the Licensor for the Licensee.
P:1.4 "Final Acceptance" means the Licensee's signature of the acceptance certificate under Clause 5.
H:2. Licence
P:2.1 The Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen named workstations at the Licensee's premises in Huzhou for its own business, including the production of markers for its contract manufacturers.
P:2.2 The Licensee may move a licence to a replacement workstation by notice to the Licensor, and may make one backup copy of the Software for disaster recovery.
P:2.3 The Licensor retains all intellectual property rights in the Software.
H:3. Price
P:3.1 The prices are set out in Schedule 1:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Marker Studio perpetual licence with grading and nesting|14 seats|68,500|959,000
TB:Installation and pattern library migration|1 lot|84,000|84,000
TB:Training of pattern room staff (six days on site)|1 lot|37,000|37,000
TB:Total Contract Price|||1,080,000
P:3.2 The Total Contract Price of CNY 1,080,000 is fixed and includes value-added tax, travel and all import and transfer costs. No other amount is payable for the items in Schedule 1.
H:4. Payment
P:4.1 The Licensee shall pay the Total Contract Price in three instalments:
P:(a) 20% (CNY 216,000) within 15 working days after signature of this Agreement, against the Licensor's invoice;
P:(b) 45% (CNY 486,000) after installation of the Software on all fourteen workstations and delivery of the Migration Deliverables; and
P:(c) 35% (CNY 378,000) within 15 working days after Final Acceptance.
P:4.2 Each payment is made by bank transfer in CNY to the Licensor's account notified in writing, against a valid invoice.
H:5. Installation and Acceptance
P:5.1 The Licensor shall install the Software and complete the migration within 45 days after the first payment.
P:5.2 Acceptance tests shall show that: (a) at least 2,000 existing patterns have been converted, and a sample of 200 patterns chosen by the Licensee matches the originals in piece count, seam allowance and grading within 0.5 mm; (b) the nesting engine achieves a fabric utilisation at least 1.5 percentage points better than the Licensee's average for the preceding quarter on ten reference styles; (c) markers are printed correctly on the Licensee's two plotters and exported to its cutter; (d) the trained staff pass the Licensor's practical test.
P:5.3 Installation, use of the Software in production or payment of an instalment is not acceptance. If a test fails, the Licensor shall correct the defect and repeat the test within ten days.
H:6. Warranty
P:6.1 The Licensor warrants that the Software will perform substantially in accordance with its documentation for six months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects and supply updates free of charge.
P:6.2 Support requests are classified and handled as follows:
TB:Severity|Description|Response|Workaround or fix
TB:Severity 1|Software cannot produce markers on any workstation|2 hours|Workaround within 1 business day
TB:Severity 2|A module or driver fails, production can continue|8 business hours|Fix within 5 business days
TB:Severity 3|Questions, minor errors|2 business days|Next update
P:6.3 If the Licensor misses a Severity 1 response or workaround time, it shall pay CNY 1,000 for each hour of delay, deducted from the next payment or invoiced as a credit.
H:7. Annual Maintenance
P:7.1 After the Warranty Period the Licensee may purchase annual maintenance covering updates, new versions, support under Clause 6.2 and remote assistance.
P:7.2 The annual maintenance fee is 22% of the Licence Fees, i.e. CNY 210,980 per year, fixed for the first three years of maintenance and thereafter subject to written agreement. Maintenance is ordered year by year by the Licensee's purchase order; it does not renew automatically.
H:8. Licensee Data and Security
P:8.1 Patterns, styles, size charts, markers, production orders and all other data entered into or produced with the Software ("Licensee Data") belong to the Licensee. The Licensor shall use Licensee Data only to perform this Agreement and shall not keep copies after completing the work.
P:8.2 The Software runs on the Licensee's own workstations and servers. The Licensor shall access them remotely only with the Licensee's approval for each session, through the Licensee's VPN, and shall log each session. The Licensor shall follow the Licensee's information security rules and applicable PRC laws on data security and personal information.
P:8.3 The Licensor shall notify the Licensee within 24 hours after becoming aware of any unauthorised access to or loss of Licensee Data caused by its personnel or tools, shall assist in containing it, and is liable for the resulting loss.
H:9. Intellectual Property in the Migration Deliverables
P:9.1 The Migration Deliverables vest in the Licensee upon creation. The Licensee may use, modify, copy and license them freely, including to its contract manufacturers and other software suppliers.
P:9.2 The Licensor warrants that the Software and the Migration Deliverables do not infringe third-party rights and shall defend and indemnify the Licensee against any such claim.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Licensee's styles and designs before their release, and use it only for this Agreement. This obligation survives for three years after the end of this Agreement; for unreleased designs it lasts until their public release.
H:11. Delay Damages and Liability
P:11.1 If the Licensor fails to complete installation and migration within the period in Clause 5.1, it shall pay liquidated damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price, except for liability for infringement, breach of Clauses 8 or 10, fraud or wilful misconduct, which is unlimited.
H:12. Subcontracting
P:The Licensor shall not subcontract any part of the installation, migration or training without the Licensee's prior written consent, and remains responsible for any subcontractor.
H:13. Termination
P:13.1 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination before Final Acceptance, the Licensor shall refund the amounts paid less the value of accepted services, and the licences paid for remain in force.
H:14. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.
H:15. General
P:15.1 This Agreement, with Schedule 1 (Prices) and Schedule 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions have equal effect.
H:16. Project Organisation
P:16.1 Each party shall name a project manager within five days after signature. The project managers shall meet weekly, in person or by video call, during installation and migration, and record decisions in minutes signed by both.
P:16.2 The Licensor's installation engineer and trainer shall be fluent in Chinese or accompanied by an interpreter provided at the Licensor's cost, and shall follow the Licensee's site safety and factory rules.
P:16.3 The Licensor shall deliver the user manual, the administrator guide and the plotter and cutter configuration notes in Chinese before training begins.
P:Signed for Huzhou Xiaoyanzi Children's Apparel Co., Ltd.: ____________________  Date: __________
P:Signed for Tessiform CAD S.r.l.: ____________________  Date: __________
"""

SRC["h230e02"] = """ORDER FORM No. BW-CN-27-0088
under the Buchwerk General Terms for Hospitality Software Subscriptions (version 2027-02)

Provider: Buchwerk Hospitality GmbH, Insel Hombroich 2, Neuss, Germany ("Buchwerk")
Customer: Hulunbuir Silver Grass Resort Co., Ltd., Hailar District, Hulunbuir, Inner Mongolia, People's Republic of China ("Customer")

This Order Form and the General Terms set out below form one agreement (the "Agreement"). If they conflict, this Order Form prevails. At Customer's request every amount in this Agreement is stated and invoiced in Chinese Yuan (CNY).

PART A - ORDER FORM

A1. Services ordered
Buchwerk will provide its cloud booking and property management service "Buchwerk Stay" for Customer's grassland resort (96 guest yurts, 40 hotel rooms, restaurant and horse-riding activities), comprising: online booking engine for Customer's website and WeChat mini-program; channel manager for online travel agencies; front desk, housekeeping and activity scheduling; guest messaging; revenue reports; and interfaces to Customer's payment provider and to the police guest registration system.

A2. Subscription Term
Thirty-six (36) months from the Go-Live Date (the "Initial Term").

A3. Charges
Monthly subscription fee: CNY 14,800.
Subscription fees for the Initial Term: 36 x CNY 14,800 = CNY 532,800.
One-time onboarding fee (configuration, data import, interfaces, training): CNY 46,200.
Total charges for the Initial Term: CNY 579,000, including VAT.

A4. Invoicing and payment
Subscription fees are invoiced monthly in arrears, starting with the month in which the Go-Live Date falls, and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. Nothing is payable before the Go-Live Date.

A5. Onboarding and Go-Live Acceptance
Buchwerk will complete onboarding within 50 days after signature. Go-Live Acceptance requires: (a) all room and yurt types, rates and seasonal packages configured and checked by Customer; (b) import of all future reservations from Customer's current system, with a reconciliation report showing no missing or duplicated booking; (c) successful two-way synchronisation with the three online travel agencies named in Annex 1 over five consecutive days; (d) successful test payments and refunds; (e) guest registration data accepted by the police registration system; and (f) training of front desk staff. Customer signs a Go-Live Acceptance certificate when the criteria are met. Use of the service for live bookings before that signature is not acceptance.
If onboarding is not complete within the period above for reasons attributable to Buchwerk, Buchwerk will pay CNY 500 for each day of delay as liquidated damages, up to CNY 25,000.

A6. Service levels
Monthly availability of the booking engine and the property management service: 99.95%, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.
Priority 1 incidents (booking engine or front desk unavailable): response within 1 hour, 24 hours a day, and restoration or workaround within 3 hours. Priority 2 incidents: response within 3 business hours. Priority 3: next business day.
Service credits: if monthly availability falls below 99.95%, Customer receives a credit of 10% of the monthly fee; below 99.5%, 25%; below 99.0%, 50%. Credits are deducted from the next invoice.

A7. Data location
Customer Data is hosted in a data centre of a cloud provider in mainland China (Beijing region) and is not transferred outside mainland China.

PART B - GENERAL TERMS

B1. Provision of the service
1.1 Buchwerk grants Customer, for the Subscription Term, a non-exclusive right to use the service for the resort named in the Order Form.
1.2 Buchwerk may improve the service from time to time, provided that it does not materially reduce the functionality ordered.

B2. Term and renewal
2.1 The Agreement starts on signature and continues for the Initial Term.
2.2 After the Initial Term, the Agreement renews automatically for successive renewal terms of twenty-four months unless either party gives notice of non-renewal at least 90 days before the end of the current term.
2.3 Buchwerk may increase the subscription fee for any renewal term by up to 8% over the fee in force, by notice given at least 30 days before the renewal term starts. Customer's continued use after renewal constitutes acceptance of the new fee.

B3. Customer Data
3.1 All guest, reservation, rate and revenue data entered into or generated by the service for Customer ("Customer Data") belongs to Customer.
3.2 Buchwerk processes Customer Data only on Customer's documented instructions and only to provide the service. Buchwerk does not sell, analyse or reuse Customer Data for any other purpose, including in aggregated or de-identified form.
3.3 Within 30 days after termination Buchwerk will provide a complete export of Customer Data in CSV format and then delete it from its systems, confirming the deletion in writing.

B4. Data security
4.1 Buchwerk maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication, and keeps access logs for at least 180 days.
4.2 Buchwerk complies with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law in processing guests' personal information.
4.3 Buchwerk will notify Customer without undue delay, and in any event within 24 hours, of any security incident affecting Customer Data, will take all reasonable steps to contain it and will bear the costs and losses caused by incidents attributable to it.

B5. Confidentiality
Each party will keep the other party's confidential information secret, use it only for the Agreement and disclose it only to personnel and advisers who need to know it and are bound by equivalent obligations. This clause survives for three years after termination.

B6. Intellectual property
6.1 Buchwerk owns the service and its underlying software.
6.2 Configurations, rate plans, templates, reports and interface mappings created for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and pass them to any other service provider.

B7. Subcontractors
Buchwerk may engage affiliates and subcontractors, including hosting and messaging providers, to perform any part of the service at its discretion. Buchwerk publishes a list of its subcontractors on its website and may update the list at any time without notice. Buchwerk remains responsible for its subcontractors.

B8. Limitation of liability
8.1 Neither party is liable for indirect or consequential loss or loss of profit.
8.2 Buchwerk's total aggregate liability arising out of or in connection with the Agreement is limited to the subscription fees paid by Customer in the six months preceding the event giving rise to the claim.
8.3 The limitations do not apply to death or personal injury caused by negligence, or to fraud.

B9. Termination
9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
9.2 Customer may also terminate if availability falls below 99.0% in any two months of a rolling six-month period.
9.3 On termination Buchwerk refunds any prepaid fees for the period after termination and provides the data export under B3.3.

B10. Warranties
Buchwerk warrants that it will perform the service with reasonable skill and care and in accordance with the documentation.

B11. Force majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Scheduled maintenance is not force majeure.

B12. Governing law and disputes
The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules.

B13. Notices and general
Notices must be in writing and sent by email with confirmation or by courier to the addresses on the Order Form. The Agreement is the entire agreement between the parties. It may be amended only in writing signed by both parties.

B13A. Changes to the service
Buchwerk will inform Customer at least 30 days in advance of any change in the service that affects the way Customer's staff work, and will provide release notes in Chinese. Buchwerk will not remove any interface listed in Annex 1 during the Subscription Term.

B14. Customer responsibilities
14.1 Customer will nominate a project contact, provide rate and room information, current reservation exports and the credentials needed for the travel agency and payment interfaces, and make front desk staff available for training.
14.2 Customer is responsible for the accuracy of rates, descriptions and photographs it publishes through the booking engine, and for obtaining any consent of guests required for marketing messages.
14.3 Customer will keep user names and passwords secure and inform Buchwerk promptly of any suspected misuse of its accounts.

B15. Support channels and seasonal readiness
15.1 Buchwerk provides support in Chinese and English by telephone, email and a ticket portal. Priority 1 incidents must be reported by telephone.
15.2 Before the summer high season (June to September) and the winter ice-and-snow season, Buchwerk will review the capacity of the booking engine with Customer and carry out a load test at a time agreed with Customer.

Annex 1: Online travel agencies and interfaces.
Annex 2: Onboarding plan.

For Hulunbuir Silver Grass Resort Co., Ltd.: ______________________  Date: __________
For Buchwerk Hospitality GmbH: ______________________  Date: __________
"""

SRC["h230e03"] = """T:Purchase Contract for Water Quality Monitoring Sensors and Platform
P:Contract No. WCQB-2027-PUR-009
P:Buyer: Wenchang Qingbang Aquaculture Co., Ltd., Wenchang, Hainan Province, People's Republic of China (the "Buyer")
P:Supplier: Aquamesure Systèmes SAS, 3 Quai des Pêcheurs, Île Verdelais, Gironde, France (the "Supplier")
P:The Buyer operates land-based recirculating tanks and sea ponds for grouper farming in Wenchang and invites suppliers to deliver water quality monitoring equipment on the Buyer's standard purchase contract. The Supplier has offered the equipment and services below. The parties agree as follows. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission dissolved oxygen sensors, multiparameter probes (pH, temperature, salinity), online ammonia analysers, wireless gateways and the AquaView monitoring software licence, integrate them with the Buyer's aerator controllers, and train the Buyer's technicians.
P:1.2 The equipment shall be new, suitable for continuous immersion in sea water, and rated at least IP68.
H:Article 2 Prices
P:2.1 The Contract Price is set out in the following price list:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Optical dissolved oxygen sensor|48|7,850|376,800
TB:Multiparameter probe (pH, temperature, salinity)|24|11,600|278,400
TB:Online ammonia nitrogen analyser|8|23,500|188,000
TB:LoRa wireless gateway with solar power|6|9,800|58,800
TB:AquaView monitoring software, perpetual licence|1|124,000|124,000
TB:Equipment and software subtotal|||1,026,000
TB:Installation, commissioning and controller integration|1|61,000|61,000
TB:Training|1|13,000|13,000
TB:Contract Price|||1,100,000
P:2.2 The Contract Price of CNY 1,100,000 is fixed and includes customs duties, import VAT, freight to the Buyer's farm in Wenchang, insurance and all taxes.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 110,000) within 15 working days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 605,000) after delivery, installation and commissioning of all equipment at the farm.
P:3.3 35% of the Contract Price (CNY 385,000) within 20 working days after Final Acceptance.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within 70 days after signature and complete installation within 20 days after delivery.
P:4.2 Delivery is confirmed by a joint receiving note stating quantities and visible condition only. The receiving note is not acceptance.
H:Article 5 Acceptance
P:5.1 After installation, the equipment shall run for 30 consecutive days (the "Trial Run").
P:5.2 Final Acceptance requires that during the Trial Run: (a) dissolved oxygen readings deviate by no more than 0.2 mg/L from weekly laboratory measurements made by the Buyer; (b) pH deviates by no more than 0.1 and salinity by no more than 0.5 ppt; (c) ammonia readings deviate by no more than 10% from laboratory measurements; (d) no more than 0.5% of the scheduled readings are missing on the AquaView platform; (e) low-oxygen alarms start the aerators automatically within 60 seconds in every test; and (f) documentation, calibration records and training are complete.
P:5.3 If the criteria are met, the Buyer signs a Final Acceptance certificate within 7 days. Installation, use of the equipment or payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the failure and repeat the Trial Run at its own cost.
H:Article 6 Warranty and Service Levels
P:6.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 Faults are handled as follows:
P:Critical fault (loss of oxygen monitoring or alarms for a tank or pond): remote response within 2 hours, engineer on site within 24 hours, replacement sensor installed within 36 hours from the local spare stock.
P:Major fault (single sensor or gateway failure without loss of alarms): response within 8 hours, fixed within 3 days.
P:Minor fault: response within 2 business days.
P:6.3 For each hour by which the Supplier exceeds a critical-fault response or repair time, it shall pay CNY 800 to the Buyer, deductible from any amount due.
P:6.4 The Supplier shall keep a spare stock of at least four oxygen sensors and two multiparameter probes at the farm throughout the warranty period.
H:Article 7 Maintenance after Warranty
P:7.1 After the warranty period the Buyer may order annual maintenance, including twice-yearly calibration, replacement of membranes and consumables, software updates and the fault handling of Article 6.
P:7.2 The annual maintenance fee shall not exceed 8% of the equipment and software subtotal, i.e. CNY 82,080 per year, and is fixed for the first two years after the warranty period. Maintenance is ordered by separate written order and does not renew automatically.
H:Article 8 Data Security
P:8.1 All measurement data, alarms, farm layouts and production records collected by the equipment and the AquaView software ("Farm Data") belong to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not copy, analyse for its own purposes or disclose it.
P:8.2 The AquaView server is installed on the Buyer's premises. The Supplier shall access it remotely only with the Buyer's approval, through the Buyer's VPN, with individual accounts and logged sessions, and shall not install any component that sends data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident involving Farm Data within 2 hours, help contain it and compensate the Buyer for losses caused by the Supplier's fault.
H:Article 9 Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party obtained under this Contract, including the Buyer's stocking densities, feed ratios and production figures, and shall not disclose it without the other party's written consent. This obligation survives for three years after the end of the Contract.
H:Article 10 Intellectual Property
P:10.1 The integration programs, alarm logic and configuration files developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:10.2 The AquaView software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:Article 11 Delay and Liability
P:11.1 If the Supplier delays delivery or installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 9, which are not limited.
H:Article 12 Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund all amounts received for undelivered or rejected items.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.
H:Article 15 Site Conditions and Training
P:15.1 The Buyer shall provide access to the tanks and ponds, power at each gateway location where solar power is not sufficient, and a secure room for the AquaView server.
P:15.2 The Supplier shall train at least six of the Buyer's technicians in calibration, membrane replacement, cleaning against biofouling and alarm handling, and shall provide Chinese-language manuals and a calibration log template.
P:15.3 The Supplier's personnel on site shall follow the Buyer's biosecurity rules, including disinfection of boots, hands and tools before entering any tank hall, and shall not move equipment between ponds without cleaning it.
P:15.4 Before delivery, the Supplier shall provide a layout drawing showing the position of each sensor, gateway and cable route, and shall obtain the Buyer's written approval of the drawing.
P:15.5 All equipment shall be marked with its serial number and a tank or pond number, and the Supplier shall hand over an equipment register listing serial numbers, calibration dates and firmware versions at the end of the Trial Run.
P:15.6 The Supplier shall remove all packaging and waste from the farm after installation and shall not discharge any cleaning agent or calibration solution into the tanks, ponds or the sea.
P:15.7 The Supplier shall recommend a calibration schedule for each type of sensor, taking into account the water temperature and salinity at the farm.
P:15.8 The Supplier shall take part, at no extra charge, in a review meeting with the Buyer's farm manager at the end of the Trial Run to agree the alarm limits for each tank and pond for the coming season.
H:Article 16 Force Majeure
P:A party prevented from performing by typhoon, flood or other force majeure shall notify the other party promptly and provide evidence within ten days. Performance is suspended for the duration of the event, and the parties shall agree on a revised schedule.
H:Article 17 Miscellaneous
P:This Contract is made in Chinese and English, both equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["h230e04"] = """# Managed IT and Endpoint Support Services Agreement

**Agreement reference:** FMS-KS-2027-014

**Customer:** Kunshan Hengtong PCB Trading Co., Ltd., Kunshan Development Zone, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Ferromar Serviços Geridos, Lda., Rua do Farol 11, Ilha do Ferro, Portugal, acting through its service desk team in Suzhou ("Provider")

**Recitals.** Customer trades printed circuit boards and components from offices in Kunshan and a warehouse in Suzhou, with about 160 users. Customer wishes to outsource desktop support, endpoint management and the administration of its servers and network. Provider offers managed IT services to manufacturing and trading companies in the Yangtze River Delta. At Customer's request all fees are stated and paid in Chinese Yuan (CNY). The parties therefore agree as follows.

## 1. Definitions

1.1 **Services** means the services described in Clause 2 and Schedule A.

1.2 **Endpoint** means a desktop, laptop or tablet used by Customer's staff and registered in Provider's management tool.

1.3 **Incident** means an unplanned interruption or degradation of an IT service used by Customer.

1.4 **Service Start Date** means the date on which Customer signs the onboarding acceptance certificate under Clause 4.

## 2. Services

2.1 Provider shall provide: (a) a service desk reachable by telephone, email and WeChat from 08:00 to 20:00 on working days; (b) remote and on-site support for up to 160 Endpoints, including installation, patching, antivirus management and hardware replacement coordination; (c) administration of Customer's six servers, the file server, the ERP database server backups, firewalls, switches and Wi-Fi; (d) a monthly service report; and (e) one on-site engineer in Kunshan three days a week.

2.2 Provider shall maintain an asset register and a configuration record of Customer's IT environment and keep both current.

## 3. Fees

3.1 The fees are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Endpoint support | 160 Endpoints x CNY 210 per month | 33,600 per month |
| Server and network management | fixed | 18,400 per month |
| Monthly service fee | | 52,000 per month |
| Monthly service fees for the term | 24 months x CNY 52,000 | 1,248,000 |
| Onboarding (one time) | discovery, tooling, documentation | 42,000 |
| Total contract value | | 1,290,000 |

3.2 Fees include VAT. If the number of Endpoints changes by more than ten, the endpoint charge is adjusted from the following month at CNY 210 per Endpoint.

3.3 Provider invoices the monthly service fee at the end of each month of service; Customer pays within 30 days. The onboarding fee is invoiced after onboarding acceptance. No payment is due in advance.

## 4. Onboarding and acceptance

4.1 Provider shall complete onboarding within 40 days after signature: discovery of all Endpoints and devices, installation of its management agent, documentation of the network and server configuration, backup tests and a handover from Customer's previous provider.

4.2 Onboarding is accepted when: (a) at least 98% of Endpoints report to the management tool; (b) a full restore test of the ERP database backup succeeds; (c) network diagrams, an asset register and admin password records are delivered; and (d) Customer's IT coordinator confirms the service desk process in a one-week test. Customer then signs the onboarding acceptance certificate. Starting the Services before signature is not acceptance.

4.3 If onboarding is not completed within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay.

## 5. Service levels

5.1 Incidents are classified and handled as follows:

| Priority | Definition | Response time | Resolution target |
|---|---|---|---|
| P1 | ERP, email or network down for a site | 6 hours | 1 business day |
| P2 | Several users or one key user affected | 8 business hours | 2 business days |
| P3 | Single user, workaround available | 1 business day | 5 business days |

5.2 Response time runs from logging of the Incident in the service desk tool during service hours.

5.3 If Provider misses the P1 or P2 response time in more than 5% of the Incidents of that priority in a month, Customer receives a service credit of 8% of that month's service fee; for each P1 Incident not resolved within its target, a further credit of CNY 1,500 applies. Credits are deducted from the next invoice.

5.4 Provider reports its performance against these service levels in the monthly service report.

## 6. Customer data

6.1 All data on Customer's Endpoints, servers and systems, including ERP data, emails and files, remains the property of Customer.

6.2 Provider shall use Customer's data only to perform the Services and shall not sell, reuse or analyse it for any other purpose.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party, including Customer's customer lists, prices and supplier terms, and shall use it only for this Agreement.

7.2 Each party may disclose confidential information only to its employees and professional advisers who need it for this Agreement and are bound by written confidentiality obligations no less strict than this Clause.

7.3 This Clause survives for three years after termination.

## 8. Intellectual property

8.1 The asset register, configuration records, network diagrams, scripts and procedures prepared for Customer belong to Customer, which may use, modify and give them to any successor provider.

8.2 Provider's management tools remain its property; Customer receives a right to use them during the term.

## 9. Personnel and subcontracting

9.1 Provider shall assign qualified staff and replace any person whom Customer reasonably objects to.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for approved subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 Neither party is liable for indirect loss or loss of profit, except for breach of Clause 7.

## 11. Term, renewal and termination

11.1 This Agreement runs for 24 months from the Service Start Date. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if service credits are triggered in three consecutive months.

11.3 On expiry or termination Provider shall hand over all documentation, passwords and records and cooperate with a successor provider for up to 30 days at no extra charge.

## 11A. Customer responsibilities

11A.1 Customer shall provide Provider's staff with desk space in Kunshan, remote access accounts approved by Customer's IT coordinator, and the licence keys and vendor contracts needed to manage its systems.

11A.2 Customer remains responsible for purchasing hardware, software licences and internet lines, on Provider's recommendation where Customer so chooses.

11A.3 Customer shall inform Provider at least five working days in advance of new employees, leavers and office moves so that Endpoints can be prepared or withdrawn.

## 11B. Service reviews

11B.1 The parties shall hold a service review meeting every month to discuss the service report, open problems, planned changes and improvement proposals.

11B.2 Every quarter Provider shall present a short roadmap of recommended upgrades, including end-of-life equipment and licences that will expire in the following six months.

## 11C. Change management

11C.1 Provider shall keep its management agent and remote support tools updated and shall inform Customer of each new version installed on Customer's Endpoints.

11C.2 Provider's staff shall log every change to servers, firewalls and switches in the change log kept in the service desk tool, stating the reason and the person who made it.

11C.3 Changes to firewalls and servers shall be made outside business hours unless Customer agrees otherwise, and Provider shall keep a rollback plan for each change.

## 11D. Service desk and escalation

11D.1 Provider shall give Customer an escalation list naming the service desk lead, the service manager and a director, with telephone numbers.

11D.2 If an Incident is not resolved within its resolution target, Customer may escalate it to the next level, and Provider shall report the status of the Incident to Customer every two hours until it is resolved.

11D.3 Provider shall offer a short user satisfaction survey after each closed ticket and include the results in the monthly service report.

## 11E. Holidays and peak periods

11E.1 During Chinese New Year and the National Day holidays, Provider shall keep an on-call engineer available by telephone and shall agree the holiday support plan with Customer at least two weeks in advance.

11E.2 At month end and during Customer's annual stocktaking, Provider shall give priority to Incidents affecting the ERP system and the warehouse scanners.

## 12. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 13. General

13.1 This Agreement, with Schedule A (Service Description), is the entire agreement of the parties and may be changed only in writing.

13.2 Notices shall be sent in writing to the addresses above.

**Signed for Kunshan Hengtong PCB Trading Co., Ltd.:** ____________________ Date: ________

**Signed for Ferromar Serviços Geridos, Lda.:** ____________________ Date: ________
"""

SRC["h230e05"] = """SUBSCRIPTION AGREEMENT
Food Safety Certificate Verification API

Agreement number: CV-CN-2027-0215

BETWEEN
Certivia S.p.A., with registered office at Via dei Mulini 9, Isola della Cura, Mantua, Italy ("Certivia"); and
Turpan Golden Vine Dried Fruit Export Co., Ltd., Turpan, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer").

WHEREAS
(A) Customer exports raisins and other dried fruit to the European Union, the Middle East and Central Asia and must attach, to each export lot, laboratory results and food-safety certificates that importers can verify;
(B) Certivia operates an online service and application programming interface (API) through which exporters issue, store and verify food-safety certificates and laboratory reports, and through which importers and inspection bodies check them; and
(C) Customer wishes to subscribe to the service and connect it to its own export documentation system.
At Customer's request, all amounts under this Agreement are stated and paid in Chinese Yuan (CNY).

THE PARTIES AGREE AS FOLLOWS.

1. SUBSCRIPTION
1.1 Certivia grants Customer a non-exclusive, non-transferable right to use the Certivia Verify service and API during the Term, for up to 6,000 certificates per year and unlimited verification requests by Customer's importers.
1.2 The service includes: certificate templates for raisins, apricots and nuts; storage of laboratory reports; QR codes for each lot; a verification portal for importers; and the API described in the documentation.
1.3 Certivia will provide integration services: mapping Customer's lot records to the API, testing the connection with Customer's export documentation system and training three Customer staff members.

2. TERM
2.1 The Term is thirty-six months from the Service Start Date, which is the date of the integration acceptance under Clause 5.
2.2 The Agreement does not renew automatically. Any renewal requires a new written order signed by both parties.

3. FEES
3.1 Subscription fee: CNY 96,000 per year of the Term, i.e. CNY 288,000 for thirty-six months.
3.2 Integration services: CNY 27,000, one time.
3.3 Total contract value: CNY 315,000, including VAT.
3.4 The subscription fee is fixed for the Term. Certificates beyond the yearly volume in Clause 1.1 are charged at CNY 6 each, invoiced quarterly in arrears.

4. INVOICING AND PAYMENT
4.1 The subscription fee is invoiced quarterly in arrears at CNY 24,000 per quarter, payable within 30 days after receipt of a valid invoice.
4.2 The integration fee is invoiced after integration acceptance.
4.3 No amount is payable before the Service Start Date.

5. INTEGRATION AND ACCEPTANCE
5.1 Certivia will complete the integration within 35 days after signature.
5.2 Integration acceptance requires: (a) one hundred test certificates issued through the API from Customer's system with correct lot numbers, laboratory values and QR codes; (b) verification of those certificates from the importer portal in English, Russian and Arabic; (c) a successful test of certificate revocation and reissue; and (d) completion of training. Customer confirms acceptance in writing. Live use before that confirmation is not acceptance.
5.3 If integration is delayed for reasons attributable to Certivia, Certivia shall pay CNY 300 for each day of delay.

6. SERVICE LEVELS
6.1 Certivia will make the API and the verification portal available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance.
6.2 Severity 1 incidents (API or verification portal unavailable, or certificates cannot be issued) receive a response within 1 hour at any time of day and a workaround or fix within 6 hours. Severity 2 incidents receive a response within 8 business hours.
6.3 If availability in a month is below the level in Clause 6.1, Customer receives a credit of 10% of that month's share of the subscription fee for each started 0.1 percentage point of shortfall, up to the whole monthly share. If a Severity 1 response is late, a credit of CNY 500 applies per incident.

7. CUSTOMER DATA
7.1 Lot records, laboratory reports, certificates, importer lists and all other data that Customer uploads or generates ("Customer Data") belong to Customer.
7.2 Certivia processes Customer Data only to provide the service to Customer and to let the importers named by Customer verify certificates. Certivia does not use Customer Data, in any form including aggregated or anonymised form, for any other purpose.

8. DATA SECURITY
8.1 Customer Data is stored in a data centre in mainland China operated for Certivia by a local cloud provider. Certivia will not transfer Customer Data outside mainland China except the certificate content displayed to importers that Customer has chosen.
8.2 Certivia maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, uses multi-factor authentication for administrative access and keeps audit logs.
8.3 Certivia complies with the PRC Data Security Law and Personal Information Protection Law.
8.4 Certivia will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate measures to contain it, and bear the losses caused to Customer by incidents attributable to Certivia.

9. CONFIDENTIALITY
Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

10. INTELLECTUAL PROPERTY
10.1 Certivia owns the service, the API and its documentation.
10.2 The mapping rules, interface code and certificate templates produced for Customer in the integration belong to Customer, which may use, modify and license them freely.

11. SUBCONTRACTING
Certivia shall not subcontract the service or the integration, other than the hosting provider named in Annex 2, without Customer's prior written consent. Certivia remains liable for its subcontractors.

12. LIABILITY
12.1 Certivia's total liability under this Agreement is limited to 200% of the total contract value.
12.2 This limitation does not apply to breach of Clauses 8 or 9, wilful misconduct or gross negligence.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
13.2 On termination Certivia shall return all Customer Data in a structured format within 15 days and then delete it.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of Italy.
14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration, with the seat of arbitration in Milan, Italy. The language of the arbitration is English.

14A. CUSTOMER RESPONSIBILITIES
14A.1 Customer is responsible for the accuracy of the lot records and laboratory results it uploads, and for ensuring that laboratory reports come from laboratories accredited for the tests concerned.
14A.2 Customer will keep its API keys secure, rotate them when staff with access leave, and inform Certivia promptly of any suspected misuse.
14A.3 Customer will name the importers and inspection bodies that may verify its certificates and keep that list current.

14B. SUPPORT AND CHANGES TO THE API
14B.1 Certivia provides support in English and Chinese through its ticket portal and by telephone during Beijing business hours, and around the clock for Severity 1 incidents.
14B.2 Certivia will give Customer at least ninety days' notice of any change to the API that is not backward compatible, and will keep the previous API version available during that period.
14B.3 Certivia will inform Customer of changes in the certificate requirements of the importing countries listed in Annex 1 that come to its attention, without taking responsibility for regulatory advice.

14C. REPORTING
14C.1 Certivia will send Customer a monthly report stating availability, incidents and their resolution, the number of certificates issued and the number of verification requests by importing country.
14C.2 Customer may download an audit log of all certificates issued, revoked and reissued at any time from the portal.
14C.3 Certivia will review the report with Customer by video call every quarter and record agreed actions.

14D. CERTIFICATE TEMPLATES AND LANGUAGES
14D.1 Certivia will maintain certificate templates in Chinese, English, Russian and Arabic for the products listed in Clause 1.2 and will add templates for other dried fruit at Customer's request without extra charge.
14D.2 Customer may add its logo, company seal image and the signatures of its quality manager to the templates. Certivia will check each template with Customer before it is used for live certificates.
14D.3 Certificates shall carry a unique number, the lot number, the date of issue and a QR code linking to the verification portal.

14E. TRAINING MATERIALS
Certivia will provide training slides, a short video guide for importers and a sandbox environment that Customer may use during the Term to train new staff and to test changes to its own documentation system before they go live.

15. GENERAL
15.1 This Agreement, with Annex 1 (API documentation) and Annex 2 (hosting provider), is the entire agreement between the parties.
15.2 Amendments must be in writing and signed by both parties.
15.3 Neither party may assign this Agreement without the other party's written consent.

Signed for Certivia S.p.A.: ____________________  Name and title: ____________________
Signed for Turpan Golden Vine Dried Fruit Export Co., Ltd.: ____________________  Name and title: ____________________
"""

# ---------------------------------------------------------------- files and formats
FILES = {
    "h230z01": ("h230z01_trading_centre_ebidding_platform.md", "zh", "md"),
    "h230z02": ("h230z02_solar_cell_el_inspection_equipment.docx", "zh", "docx"),
    "h230z03": ("h230z03_driving_school_chain_scheduling_saas.txt", "zh", "txt"),
    "h230z04": ("h230z04_district_health_surveillance_platform_om.pdf", "zh", "pdf"),
    "h230z05": ("h230z05_walnut_cookie_mes_supplier_template.md", "zh", "md"),
    "h230e01": ("h230e01_kidswear_marker_software_perpetual_licences.docx", "en", "docx"),
    "h230e02": ("h230e02_grassland_resort_booking_saas_order_form.txt", "en", "txt"),
    "h230e03": ("h230e03_grouper_farm_water_sensors.pdf", "en", "pdf"),
    "h230e04": ("h230e04_pcb_trader_managed_it_endpoint_support.md", "en", "md"),
    "h230e05": ("h230e05_raisin_exporter_certificate_api_subscription.txt", "en", "txt"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, planned rules, plan-only facts: fee base for TCO, forum outside mainland)
PLAN = {
    "h230z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                             False, "PRC", G), dict(sla=True, ld=True, capped=True, deemed=False, value=2360000),
                [], dict(fee_base=1180000, forum_out=False)),
    "h230z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 17, False, True,
                             True, "PRC", G), dict(sla=True, ld=True, capped=True, deemed=False, value=2220000),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], dict(fee_base=2106000, forum_out=False)),
    "h230z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 1200 / 1806000 * 100, 150, None, True, None, None,
                          None, False, True, False, "PRC", S), dict(sla=True, ld=True, deemed=False, value=1806000),
                ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], dict(forum_out=False)),
    "h230z04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 0.1, 200000 / 1086000 * 100, None, True, None,
                             None, None, False, False, False, "PRC", S), dict(sla=True, ld=True, deemed=False, value=1086000),
                ["CR-LIABILITY-CAP", "CR-TERMINATION"], dict(forum_out=False)),
    "h230z05": ("software", T(None, 8, False, "supplier", True, True, False, 0.01, 20, 50, False, False, 6, None, False,
                             True, None, None, G), dict(sla=True, ld=True, capped=False, deemed=True, value=1036000),
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                dict(fee_base=560000, forum_out=False)),
    "h230e01": ("software", T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, 22, False, True,
                             False, "PRC", G), dict(sla=True, ld=True, capped=True, deemed=False, value=1080000),
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], dict(fee_base=959000, forum_out=False)),
    "h230e02": ("cloud", T(99.95, 1, True, "buyer", True, True, True, 500 / 579000 * 100, 6 / 36 * 100, None, True, None,
                          None, None, True, True, True, "PRC", S), dict(sla=True, ld=True, deemed=False, value=579000),
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], dict(forum_out=False)),
    "h230e03": ("hardware", T(None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True,
                             False, "PRC", G), dict(sla=True, ld=True, capped=True, deemed=False, value=1100000),
                [], dict(fee_base=1026000, forum_out=False)),
    "h230e04": ("services", T(None, 6, True, "buyer", False, True, True, 900 / 1290000 * 100, 150, None, True, None, None,
                             None, False, True, False, "PRC", S), dict(sla=True, ld=True, deemed=False, value=1290000),
                ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"], dict(forum_out=False)),
    "h230e05": ("cloud", T(99.95, 1, True, "buyer", True, True, True, 300 / 315000 * 100, 200, None, True, None, None, None,
                          False, True, False, "Italy", S), dict(sla=True, ld=True, deemed=False, value=315000),
                ["CR-GOVERNING-LAW"], dict(forum_out=True)),
}

# ---------------------------------------------------------------- price and payment sums
SUMS = {
    "h230z01": [([1180000, 640000, 236000, 214000, 90000], 2360000), ([472000, 1062000, 826000], 2360000)],
    "h230z02": [([1608000, 186000, 312000], 2106000), ([2106000, 96000, 18000], 2220000),
                ([444000, 1110000, 555000, 111000], 2220000), ([6 * 268000], 1608000), ([4 * 46500], 186000)],
    "h230z03": [([25 * 21600], 540000), ([3 * 540000], 1620000), ([1620000, 186000], 1806000), ([4 * 135000], 540000)],
    "h230z04": [([612000, 286000, 124000, 64000], 1086000), ([4 * 271500], 1086000)],
    "h230z05": [([560000, 380000, 96000], 1036000), ([518000, 393680, 124320], 1036000)],
    "h230e01": [([14 * 68500], 959000), ([959000, 84000, 37000], 1080000), ([216000, 486000, 378000], 1080000)],
    "h230e02": [([36 * 14800], 532800), ([532800, 46200], 579000)],
    "h230e03": [([48 * 7850], 376800), ([24 * 11600], 278400), ([8 * 23500], 188000), ([6 * 9800], 58800),
                ([376800, 278400, 188000, 58800, 124000], 1026000), ([1026000, 61000, 13000], 1100000),
                ([110000, 605000, 385000], 1100000)],
    "h230e04": [([160 * 210], 33600), ([33600, 18400], 52000), ([24 * 52000], 1248000), ([1248000, 42000], 1290000)],
    "h230e05": [([3 * 96000], 288000), ([288000, 27000], 315000), ([4 * 24000], 96000)],
}
# shares: (amount, percent, base)
SHARES = [(472000, 20, 2360000), (1062000, 45, 2360000), (826000, 35, 2360000), (106200, 9, 1180000),
          (444000, 20, 2220000), (1110000, 50, 2220000), (555000, 25, 2220000), (111000, 5, 2220000),
          (358020, 17, 2106000), (518000, 50, 1036000), (393680, 38, 1036000), (124320, 12, 1036000),
          (216000, 20, 1080000), (486000, 45, 1080000), (378000, 35, 1080000), (210980, 22, 959000),
          (110000, 10, 1100000), (605000, 55, 1100000), (385000, 35, 1100000), (82080, 8, 1026000)]

# labelled figures that must appear in the text (as written there)
FIGURES = {
    "h230z01": ["99.95%", "30分钟内响应", "万分之八", "20%", "二十四个月", "9%", "2,360,000"],
    "h230z02": ["1小时", "万分之二", "20%", "二十四个月", "17%", "书面告知", "2,220,000"],
    "h230z03": ["99.5%", "30分钟内响应", "1,200元", "150%", "脱敏", "1,806,000"],
    "h230z04": ["99.95%", "15分钟内响应", "千分之一", "¥200,000", "不得以此为由解除合同", "1,086,000"],
    "h230z05": ["8小时内响应", "万分之一", "20%为限", "50%", "即视为甲方验收合格", "六个月", "当年公布的服务价格表",
                "知识产权归乙方所有", "1,036,000"],
    "h230e01": ["2 hours", "0.1%", "150%", "20% (CNY 216,000)", "six months", "22%", "1,080,000"],
    "h230e02": ["99.95%", "within 1 hour", "CNY 500", "six months preceding", "up to 8%", "at its discretion",
                "579,000"],
    "h230e03": ["within 2 hours", "0.08%", "200%", "10% of the Contract Price", "thirty-six months", "8%", "1,100,000"],
    "h230e04": ["6 hours", "CNY 900", "150%", "1,290,000"],
    "h230e05": ["99.95%", "within 1 hour", "CNY 300", "200%", "laws of Italy", "Milan", "315,000"],
}


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def apply_rules(t, x, plan):
    r = []
    if not x["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        w, f = t["warranty_months"], t["post_warranty_fee_pct"]
        if w is None or w < 12:
            r.append("CR-WARRANTY")
        if f is None or not x["capped"] or f > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if f is not None and w is not None:
            years = max(0.0, 5 - w / 12)
            fees = plan["fee_base"] * f / 100 * years
            if fees / (x["value"] + fees) * 100 > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or plan["forum_out"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if set(rules) & high:
        return "high"
    return "medium" if set(rules) - low else "low"

# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
NB = r"(?<![\d.])"
CN = "零一二三四五六七八九十百"
THRESHOLDS = [
    ("availability 99.9", NB + r"99\.90*(?!\d)\s*%?"),
    ("P1 4 hours", NB + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)"),
    ("P1 4 hours", r"\bfour\s*(?:-\s*)?hours?\b|(?<![" + CN + r"])四个?小时"),
    ("LD 0.05 %", NB + r"0\.050*(?!\d)\s*%|(?<![" + CN + r"])万分之五(?![" + CN + r"])"),
    ("cap 100 %", NB + r"100(?:\.0+)?\s*%|百分之一?百(?![" + CN + r"])|one hundred per ?cent"),
    ("prepayment 30 %", NB + r"30(?:\.0+)?\s*%|百分之三十(?![" + CN + r"])|thirty per ?cent"),
    ("warranty 12 months", NB + r"12\s*(?:-\s*)?(?:months?|个月)|\btwelve\s*(?:-\s*)?months?\b|(?<![" + CN
     + r"])十二个月|\b(?:one|1)\s*(?:-\s*)?years?\b|(?<![每第十" + CN + r"])一年"),
    ("post-warranty 15 %", NB + r"15(?:\.0+)?\s*%|百分之十五(?![" + CN + r"])|fifteen per ?cent"),
    ("TCO share 40 %", NB + r"40(?:\.0+)?\s*%|百分之四十(?![" + CN + r"])|forty per ?cent"),
    ("TCO horizon 5 years", NB + r"5\s*(?:-\s*)?(?:years?|年)|\bfive\s*(?:-\s*)?years?\b|(?<![" + CN + r"])五年"),
]
SELF_TEST_HIT = ["99.9%", "4 hours", "4小时", "four-hour", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%",
                 "百分之三十", "12 months", "12个月", "twelve months", "十二个月", "one year", "一年", "15%", "百分之十五",
                 "40%", "百分之四十", "5 years", "5年", "five years", "五年", "thirty per cent"]
SELF_TEST_MISS = ["99.95%", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之八", "150%", "130%", "35%",
                  "二十四个月", "每一年", "15,000", "2025年", "1,500", "1.5%", "140%", "3 years", "十五年", "2.15%",
                  "0.1%", "24个月", "三十六个月"]


def scan(text):
    hits = []
    for name, rx in THRESHOLDS:
        for m in re.finditer(rx, text, re.I):
            hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in SELF_TEST_HIT:
        assert scan("x " + s + " x"), ("regex misses", s)
    for s in SELF_TEST_MISS:
        assert not scan("x " + s + " x"), ("regex false hit", s, scan("x " + s + " x"))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    name, lang, _ = FILES[key]
    cat, t, x, rules, _plan = PLAN[key]
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted(rules)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, checks in SUMS.items():
        for parts, total in checks:
            assert sum(parts) == total, (key, parts, total)
    for amount, pct, base in SHARES:
        assert amount * 100 == pct * base, (amount, pct, base)
    for key, (name, lang, fmt) in FILES.items():
        cat, t, x, rules, plan = PLAN[key]
        got = apply_rules(t, x, plan)
        assert got == sorted(rules), (key, got, rules)
        for fig in FIGURES[key]:
            assert fig in SRC[key], (key, fig)
        if fmt in ("md", "txt"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    bad = False
    for key, (name, lang, fmt) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = scan(text) + scan(re.sub(r"\s+", " ", text)) + (scan(re.sub(r"\s+", "", text)) if lang == "zh" else [])
        _, t, x, rules, _p = PLAN[key]
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}{'' if lo <= n <= hi else '  OUT OF RANGE'}; "
              f"rules {sorted(rules)}; risk {risk(rules)}")
        for h in hits:
            print("   THRESHOLD HIT", h)
            bad = True
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        bad = bad or not lo <= n <= hi
    assert not bad, "a threshold value sits in the text, or a length is out of range"
