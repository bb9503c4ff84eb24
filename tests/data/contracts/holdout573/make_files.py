"""holdout573: builds ten ordinary draft contracts (5 zh, 5 en), their labels and checks.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Writes the .txt/.md files directly, the .docx/.pdf via ../word_pdf.py (wrap_words=True), the .json labels;
then reads every built file back, measures its length, scans it (and every source) for threshold figures,
derives each draft's expected rules from its labels by my own reading of policy.md §3 and asserts coverage.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
Z01 = """T:江陵市农产品质量安全追溯平台建设项目政府采购合同
P:合同编号：JLNY-ZFCG-2025-017
P:采购人（甲方）：江陵市农业农村局
P:供应商（乙方）：浙江禾信数字科技有限公司
P:采购方式：公开招标。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就江陵市农产品质量安全追溯平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供农产品质量追溯平台软件永久使用许可一套，并按招标文件要求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：生产主体电子档案、追溯码赋码与扫码查询、农残快检数据对接、合格证电子开具、监管驾驶舱及移动端巡查应用。
P:1.3 平台部署于甲方指定的政务云，并与省级追溯平台按接口规范对接。
H:第二条 合同价格
P:2.1 合同总价为人民币玖拾柒万元整（¥970,000），包含全部税费，分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|486,000
TB:2|定制开发（赋码、快检对接、驾驶舱、移动端）|372,000
TB:3|部署实施及历史数据初始化|88,000
TB:4|培训（管理员及乡镇监管员）|24,000
TB:合计||970,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥194,000。
P:3.2 平台初验合格后，甲方支付合同总价的45%，即¥436,500。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%，即¥339,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，初验合格后进入四十五日试运行。
P:4.2 乙方应按甲方批准的实施计划推进，每周报送进度。
H:第五条 验收
P:5.1 验收标准：（1）招标文件功能清单逐项实现；（2）三百个并发用户下查询响应时间不超过3秒；（3）省级平台接口数据连续十日核对无差异；（4）取得第三方软件测评及网络安全等级保护二级测评报告；（5）试运行期间未发生一级故障。
P:5.2 初验由甲方组织，最终验收由甲方会同财政、审计相关人员进行，出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后如甲方需要，乙方提供年度维护服务，年度维护费不高于软件许可费的8%（即每年不超过¥38,880），该费率在质保期满后三个服务年度内不得上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或追溯查询中断）乙方应在30分钟内响应，2小时内到场或远程恢复；二级故障2小时内响应，次日内解决。
P:7.3 响应或恢复每超时一小时，扣减违约金500元；月可用率每低于约定值0.01个百分点，扣减800元，从维护费或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台采集、存储的生产主体信息、检测数据和追溯记录均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应落实等级保护要求，对敏感数据加密存储，运维访问经堡垒机审计；发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取处置措施。
P:8.3 因乙方原因造成数据泄露、丢失或篡改的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发形成的程序、源代码、接口文档及数据模型的知识产权归甲方所有，乙方应在最终验收时移交全部源代码。
P:10.2 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方限定期限内整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包与转让
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 甲方义务与人员要求
P:甲方应指定项目联系人，协调各乡镇农业农村服务中心、检测站提供必要的场地、网络及历史数据，并在收到乙方书面申请后十个工作日内组织初验。乙方应派驻项目经理一名及不少于四名实施工程师，项目经理未经甲方同意不得更换；乙方人员进入政务云机房须遵守甲方及云服务商的管理规定。
H:第十六条 文档与培训
P:乙方应交付需求规格说明书、设计说明书、接口规范、用户手册、运维手册及全部源代码，并为市级管理员、乡镇监管员和生产主体代表分批开展培训，培训合格率由甲方抽查确认。培训结束后乙方应提供操作视频和常见问题手册，便于基层人员自学。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方协商延期履行或部分免除责任。
H:第十八条 履约保证金与廉洁
P:18.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格且无违约扣款后十个工作日内无息退还。
P:18.2 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供礼品、礼金或其他不正当利益；违反本款的，甲方有权解除合同并依法处理。
P:18.3 乙方应配合甲方接受财政、审计部门的监督检查，如实提供项目实施资料。
P:18.4 乙方应按政府采购有关规定公开合同信息，涉及国家秘密及商业秘密的内容除外。项目实施过程中形成的会议纪要、变更记录及测试报告应归档并随验收资料一并移交甲方。
H:第十九条 通知
P:双方往来通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，送达即生效。一方变更联系方式的，应在三日内书面告知对方。
H:第二十条 其他
P:本合同一式六份，甲乙双方各执两份，政府采购监管部门及采购代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：江陵市农业农村局    法定代表人或授权代表：________    日期：________
P:乙方（盖章）：浙江禾信数字科技有限公司    法定代表人或授权代表：________    日期：________
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, hardware + software)
Z02 = """T:中频感应熔炼炉控制系统改造及维保合同
P:合同编号：HR-ZZ-2025-0612
P:甲方（买方）：常州恒锐铸造有限公司
P:乙方（卖方）：洛阳正弦电气技术有限公司
P:鉴于甲方现有两台中频感应熔炼炉控制系统老化，甲方决定对其进行数字化改造，乙方具备相应能力。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造内容
P:（一）乙方负责两台中频炉（各8吨）控制系统改造，包括PLC控制柜、中频电源数字控制板、红外测温、冷却水监测及上位机监控软件。
P:（二）乙方负责拆除旧控制柜、安装调试、与甲方熔炼管理系统对接，并提供操作培训。
P:（三）改造应利用甲方计划停炉检修期完成，每台炉停炉时间不超过十日。
H:二、合同价格
P:（一）合同总价为人民币捌拾柒万陆仟元整（¥876,000），含税、运输、安装及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU）|2套|168,000|336,000
TB:2|中频电源数字控制板|2套|96,000|192,000
TB:3|红外测温仪|4台|18,500|74,000
TB:4|上位机监控软件许可|1套|128,000|128,000
TB:5|冷却水流量及温度监测装置|1套|46,000|46,000
TB:|软硬件小计|||776,000
TB:6|拆装、调试及系统对接|1项|84,000|84,000
TB:7|培训|1项|16,000|16,000
TB:|合计|||876,000
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即¥87,600。
P:（二）设备到货并安装完毕后，甲方支付合同总价的55%，即¥481,800；到货安装不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的35%，即¥306,600。
H:四、交货与工期
P:（一）乙方应于合同生效后六十日内将设备运至甲方厂区，并在甲方通知的停炉期内完成安装调试。
P:（二）乙方现场作业应遵守甲方安全生产、高温熔炼区及动火管理制度。
H:五、验收
P:（一）验收标准：两台炉分别连续熔炼72小时无控制系统故障；功率控制偏差不超过±2%；测温偏差不超过±5℃；全部联锁保护（冷却水断流、过流、漏炉报警）试验合格；与熔炼管理系统数据对接一致。
P:（二）满足上述标准后，双方签署最终验收报告。设备投入生产不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%（即¥69,840/年），该价格在质保期满后三个服务年度内固定不变。维保合同每期另行签订，不自动续期。
H:七、技术服务
P:（一）一级故障（控制系统故障导致停炉）：乙方应在1小时内电话响应，6小时内到达现场。
P:（二）二级故障（部分功能异常但不影响熔炼）：乙方应在8小时内响应，两个工作日内修复。
P:（三）乙方应按上述时限响应和处理，但不因响应或修复超时向甲方承担扣款、赔偿或违约金。
H:八、数据与网络安全
P:（一）控制系统采集的熔炼工艺参数、能耗及生产数据属于甲方所有，乙方不得复制或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次书面批准，通过甲方工控防火墙及审计设备进行；乙方不得在系统中预留后门或未声明的远程通道。
P:（三）因乙方原因造成生产数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:九、保密
P:双方对履约中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:十、知识产权
P:（一）乙方为本项目编写的PLC程序、上位机组态画面、接口程序及源代码，知识产权归甲方所有，甲方可自行修改和使用。
P:（二）上位机监控软件标准产品知识产权归乙方，乙方授予甲方永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同项下工作分包给第三方；辅助土建及吊装如需分包，须事先取得甲方书面同意。
H:十三、合同的变更与解除
P:（一）本合同的变更须经双方书面确认。
P:（二）除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。乙方违约的，甲方有权要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:十五、双方责任
P:（一）甲方应按乙方提交的改造方案提前安排停炉，提供施工电源、吊装条件和现有控制系统图纸。
P:（二）乙方应派驻具有电气作业资格的工程师，现场作业须办理动火、高处及带电作业审批，因乙方人员违规造成的人身及财产损失由乙方承担。
P:（三）乙方应提交电气原理图、PLC程序清单、上位机操作手册及备品备件清单，并为甲方电工和熔炼工开展不少于三次现场培训。
H:十六、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商调整工期。
H:十七、变更与通知
P:（一）改造方案、设备型号或工期需要变更的，由提出方书面申请，经双方确认后执行；涉及价格调整的，按本合同单价另行结算。
P:（二）双方往来通知以书面形式送达本合同所列地址或指定邮箱，送达即生效。
H:十八、安全生产
P:（一）乙方进场前应对作业人员进行安全交底，并为其购买意外伤害保险。
P:（二）乙方在高温熔炼区、中频电源室作业时应执行停电挂牌、验电及专人监护制度；因乙方违反安全规定造成的事故责任由乙方承担。
P:（三）改造期间乙方应做好成品保护，损坏甲方设备设施的，应负责修复或赔偿。
H:十九、技术资料与培训
P:（一）乙方应在最终验收时提交全部技术资料，包括电气原理图、端子接线图、PLC程序及注释、上位机组态工程文件、操作及维护手册。
P:（二）乙方应为甲方电工、熔炼工及设备管理人员分别开展培训，培训内容包括系统操作、常见报警处理、日常点检及备件更换，培训后进行考核。
P:（三）质保期内乙方每季度对控制系统进行一次上门巡检，检查接线端子、冷却水传感器及测温仪精度，并出具巡检报告。
P:（四）乙方应在甲方厂区存放常用备件一套，包括控制板、电源模块及测温探头，备件清单作为合同附件。
H:二十、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、改造实施方案。
P:甲方（盖章）：常州恒锐铸造有限公司    授权代表：________    日期：________
P:乙方（盖章）：洛阳正弦电气技术有限公司    授权代表：________    日期：________
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1, SaaS + implementation)
Z03 = """影院票务及会员管理系统订阅服务合同

合同编号：NH-IT-2025-031
甲方（客户）：合肥南湖影城管理有限公司
乙方（服务商）：杭州映云科技有限公司

鉴于甲方经营10家连锁影院，需要统一的票务、卖品及会员管理系统；乙方提供云端影院票务SaaS服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方10家影院提供“映云票务”SaaS订阅服务，包括售票、排片、卖品收银、会员储值与积分、线上票务渠道对接及经营报表。
1.2 乙方负责一次性实施服务：系统配置、售票终端及自助取票机接入、原有会员及储值余额迁移、与电影票务综合信息管理平台的数据上报对接、员工培训。
1.3 服务期限：自2025年8月1日起至2027年7月31日止，共两个服务年度。

2. 费用
2.1 合同总额为人民币柒拾贰万元整（¥720,000），明细如下：
  项目                    单价                      数量          金额（元）
  SaaS订阅费              2,600元/店/月              10店×24个月    624,000
  一次性实施费            96,000元/项                1项            96,000
  合计                                                              720,000
2.2 上述价格含税，甲方无需另行支付服务器、带宽或版本升级费用。

3. 付款
3.1 订阅费按季度结算，乙方于每个季度结束后开具发票，甲方在收到发票后十五个工作日内支付该季度订阅费。
3.2 实施费在上线验收合格后一次性支付。
3.3 本合同不设预付款。

4. 上线与验收
4.1 乙方应于2025年8月1日前完成10家影院上线。
4.2 上线验收标准：（1）每家影院售票、退改签、卖品、会员消费全流程测试通过；（2）迁移会员数量及储值余额与甲方原系统逐条核对一致；（3）连续七日向票务综合信息管理平台上报数据无差错；（4）高峰时段单店并发售票响应时间不超过2秒。
4.3 满足上述标准后，甲方签署上线验收单。系统投入营业使用不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日，向甲方支付违约金720元。

5. 服务水平
5.1 乙方保证系统月可用率不低于99.5%（计划内维护除外，计划维护须提前三日通知并安排在凌晨2:00至6:00之间）。
5.2 一级故障（任一影院无法售票）：乙方应在15分钟内响应，1小时内恢复；二级故障（部分功能不可用）：1小时内响应，8小时内恢复。
5.3 服务补偿：月可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；一级故障恢复每超时一小时，另行抵扣300元。

6. 数据安全与数据权属
6.1 甲方的会员信息、交易数据及经营数据属于甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内机房，落实等级保护三级要求，对会员个人信息加密存储，按最小权限管理访问。
6.3 发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
6.4 服务终止后，乙方应在三十日内向甲方交还全部数据并删除副本。

7. 保密
双方对履约中获知的对方商业秘密及未公开信息负有保密义务，期限至合同终止后三个服务年度届满。

8. 知识产权
8.1 映云票务平台的知识产权属于乙方。
8.2 乙方为甲方定制的报表、会员营销活动模板及接口程序，知识产权归甲方所有，甲方可自由使用、修改。

9. 续期与调价
9.1 服务期满前三十日，任何一方未书面通知不续约的，本合同自动续期一个服务年度，以此类推。
9.2 每次自动续期时，乙方有权上调订阅费单价，上调幅度不超过8%，乙方以书面通知告知甲方即可。

10. 责任限制
乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

11. 分包
乙方不得将本合同服务分包；如需第三方参与短信通道或支付通道服务，须事先取得甲方书面同意。

12. 解除
12.1 一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
12.2 月可用率连续三个月低于约定值的，甲方有权解除本合同。

13. 双方义务
13.1 甲方应提供各影院网络环境、售票终端及取票机清单，并指定总部及门店联系人。
13.2 乙方应为甲方提供7×24小时客服热线，指定客户成功经理一名，每月提交服务报告（含可用率、故障记录及补偿计算）。
13.3 乙方版本升级应提前五日通知甲方，重大升级应在测试环境验证后安排在非营业时段进行，并提供升级说明及培训。

13.4 乙方应为甲方各影院提供开业前及重大档期（春节档、国庆档）现场保障，保障期间安排工程师驻店或远程值守。
13.5 甲方员工培训包括售票员、卖品员、店长及总部财务人员，乙方应提供线上课程及操作手册，新门店开业时免费补充培训。
13.6 双方往来通知以书面形式送达本合同所列地址或双方确认的电子邮箱，送达即生效。
13.7 因不可抗力不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商减免相应责任。
13.8 乙方开具的发票应与当期结算金额一致，发票开具错误的，甲方付款期限相应顺延。

13.9 乙方应保证系统与甲方现有会员小程序、第三方票务平台（如猫眼、淘票票）的接口持续可用；第三方平台接口规则变化的，乙方应在其生效前完成适配，不另行收费。
13.10 新增影院接入的，按本合同订阅费单价计费，实施费另行协商。

13.11 乙方应每季度向甲方提供一次经营数据分析报告，内容包括各影院上座率、卖品转化率、会员复购情况等，供甲方经营决策参考。报告所用数据仅限甲方数据，分析结果归甲方所有。

13.12 乙方应保证售票终端及自助取票机驱动程序与系统版本兼容，因版本升级导致终端不能使用的，由乙方负责修复。

14. 法律适用与争议
本合同适用中华人民共和国法律。发生争议的，提交合肥仲裁委员会仲裁。

15. 其他
本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：合肥南湖影城管理有限公司          乙方（盖章）：杭州映云科技有限公司
授权代表：__________                            授权代表：__________
日期：__________                                日期：__________
"""

# ---------------------------------------------------------------- z04 (txt, （1）, O&M service, 竞争性磋商)
Z04 = """临江市图书馆自助借还系统运维服务合同

项目编号：LJTSG-CS-2025-06（竞争性磋商）
采购人（甲方）：临江市图书馆
供应商（乙方）：书联智能设备服务有限公司

根据临江市图书馆自助借还系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

（1）服务范围
① 运维对象：自助借还机24台、自助办证机4台、室外还书机2台、RFID安全门8套、馆员工作站12台，以及图书馆自助服务管理软件（含与图书馆集成管理系统的接口）。
② 服务内容：派驻现场工程师1名，负责日常巡检、故障处理、耗材更换、软件升级与补丁、接口维护、季度深度巡检及年终评估。
③ 服务期限：2025年9月1日至2026年8月31日。服务期满本合同自然终止，后续服务由甲方重新采购。

（2）合同价款
合同总价为人民币贰拾伍万捌仟元整（¥258,000），为固定总价，包括：
  服务项目                        金额（元）
  驻场工程师服务                  144,000
  备品备件及耗材                   62,000
  软件升级及远程技术支持           36,000
  季度深度巡检                     16,000
  合计                            258,000

（3）付款方式
① 本合同不设预付款。
② 服务费按季度支付：每季度结束且季度考核完成后，甲方在十五个工作日内按考核结果支付当季服务费（合同总价的四分之一，扣除考核扣款）。

（4）服务标准
① 自助服务管理软件月可用率不低于99.95%（闭馆时段除外）。
② 一级故障（全馆自助借还中断或安全门失效）：乙方应在30分钟内响应，2小时内恢复；二级故障（单台设备故障）：2小时内响应，当日闭馆前修复。
③ 驻场工程师工作时间应覆盖全部开馆时段，离岗须经甲方同意并安排替岗。
④ 每季度完成全部设备深度巡检，提交巡检报告。

（5）考核与扣款
① 甲方每季度按附件《运维服务考核细则》评分，满分100分，90分及以上为合格。
② 一级故障响应或恢复每超时一次，扣款300元；二级故障每超时一次，扣款100元；月可用率低于约定值的，每低0.01个百分点扣款200元。
③ 季度考核低于90分的，扣当季服务费的5%；连续两个季度低于80分的，甲方有权解除合同。

（6）验收
① 服务期满前，乙方提交年度运维总结、设备台账及全部巡检记录，甲方按以下标准组织验收：四个季度考核均合格；设备完好台账与实物一致；软件版本、补丁及接口文档齐全。
② 验收合格后甲方出具书面验收意见。

（7）违约责任
① 乙方未按约定日期完成进场交接并提交设备基线报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
② 乙方服务不符合约定的，应立即整改，并赔偿甲方由此遭受的损失。

（8）数据安全
① 读者个人信息、借阅记录及系统日志均属于甲方所有，乙方仅为运维目的接触，不得复制、导出或用于其他用途。
② 乙方运维操作应通过甲方审计系统进行，不得使用未经甲方登记的移动存储介质；更换的存储部件须在现场消磁或物理销毁。
③ 发生读者信息泄露等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（9）成果归属
乙方在服务期内形成的巡检报告、配置文档、脚本及接口调整成果归甲方所有。

（10）分包
乙方不得将本合同服务转包或分包。

（11）合同解除
乙方严重违约或出现第（5）项③所列情形的，甲方有权书面通知解除本合同，并按实际服务情况结算。

（12）人员与管理
① 驻场工程师应具备两年以上自助借还设备维护经验，上岗前须经甲方面试确认；更换驻场人员须提前十日书面告知并经甲方同意。
② 乙方应建立运维工作台账，记录每次巡检、故障处理及部件更换情况，每月5日前向甲方提交上月运维月报。
③ 乙方应储备常用备件（RFID读写器、热敏打印机、触摸屏、电源模块等），确保备件到位时间不超过一个工作日。
④ 乙方人员在馆内工作应遵守甲方规章制度，着统一工装，佩戴工作证，不得影响读者正常借阅。
⑤ 遇甲方举办大型阅读推广活动或节假日客流高峰，乙方应根据甲方通知增派技术人员现场保障，不另行收费。
（13）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或部分免除责任。
（14）通知
双方往来通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，送达即生效。

（15）备件与耗材
① 备品备件费用已包含在合同价款中，范围包括RFID读写器、热敏打印头、触摸屏、电源模块、安全门天线板及自助机工控主板；单件更换后旧件归甲方处置。
② 热敏纸、标签等日常耗材由乙方按月补充，每月补充数量以甲方实际用量为准。
③ 超出上述范围的设备整机更换，由乙方提出方案报甲方审批，费用另行商定。
（16）服务交接
① 乙方应在服务开始之日完成与原运维单位的交接，清点设备、备件及技术资料，形成交接清单并由三方签字。
② 服务期满或合同解除时，乙方应向甲方或甲方指定的新服务单位移交设备台账、运维记录、配置文档及账号口令，并配合完成交接，交接期不超过十五日，交接期间不得中断服务。
（17）服务报告
① 乙方应于每月5日前提交上月运维月报，内容包括设备运行统计、故障清单及处理时长、备件消耗、软件版本变更及下月工作计划。
② 季度深度巡检报告应包括每台设备的读写性能测试、安全门检测灵敏度测试、自助机打印及触屏校准情况，并附照片。
③ 年终评估报告应对设备老化情况作出分析，提出下一服务期的设备更新建议及预算估算，供甲方参考。
④ 上述报告经甲方确认后作为季度考核和年终验收的依据。
⑤ 乙方应配合甲方开展读者满意度调查，对读者反映的自助设备使用问题在五个工作日内提出改进措施并书面反馈甲方。
⑥ 乙方应每季度对馆员开展一次自助设备日常操作及简单故障处理培训，并做好培训签到记录。
（18）争议解决
履行本合同发生争议的，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。

（19）其他
本合同未尽事宜按磋商文件及响应文件执行。本合同一式四份，甲方执两份，乙方、采购代理机构各执一份，自双方签章之日起生效。

甲方（盖章）：临江市图书馆                乙方（盖章）：书联智能设备服务有限公司
代表：__________                        代表：__________
日期：__________                        日期：__________
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, many problems)
Z05 = """# 软件许可及定制开发合同

**澄清智控标准合同文本 V3.0**

- 合同编号：CQZK-2025-RZ-088
- 甲方（用户）：北原乳品有限公司
- 乙方（供应商）：苏州澄清智控软件有限公司

甲方拟对酸奶车间发酵罐实施数字化管理，选用乙方“澄清发酵罐管理软件”并委托乙方进行定制开发。为明确双方权利义务，依据《中华人民共和国民法典》，双方同意按本标准文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供澄清发酵罐管理软件永久使用许可（授权32个发酵罐点位），含温度曲线监控、接种与发酵工艺管理、CIP清洗记录、批次追溯模块。

1.2 乙方按甲方需求进行定制开发：酸奶配方管理、与甲方MES系统的接口、批次质量报表。

1.3 乙方负责软件安装部署及操作培训。

1.4 软件主要功能：发酵罐温度、pH值及液位实时曲线；接种、发酵、冷却、转罐各工序的工艺参数设定与超限提示；CIP清洗程序执行记录及清洗验证；批次生产记录与原辅料追溯；班组交接记录；移动端查看。

1.5 交付物：软件安装包、授权文件、定制模块、用户手册、安装部署说明及培训记录。定制模块以可执行程序形式交付。

1.6 培训：乙方在甲方现场为工艺员、操作工及信息管理员提供两次集中培训，每次不超过两天。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵罐管理软件永久许可（32点位） | 620,000 |
| 2 | 定制开发（配方管理、MES接口、批次报表） | 210,000 |
| 3 | 安装部署及培训 | 50,000 |
| | **合计** | **880,000** |

合同总价为人民币捌拾捌万元整（¥880,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥484,000，乙方收款后启动开发。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的45%，即¥396,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付

4.1 乙方计划在收到首笔款项后七十五日内完成安装及上线。上述日期为预计日期。

4.2 乙方逾期交付的，双方协商调整实施进度，乙方不承担违约金或其他赔偿责任。

## 第五条 验收

软件安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的意见作为后续优化需求处理。

## 第六条 免费维护

6.1 免费维护期为六个月，自软件上线之日起计算。

6.2 免费维护期内，乙方在工作日提供远程技术支持，并尽商业上合理的努力解决甲方提出的故障。乙方不对故障响应或解决时间作出承诺。

## 第七条 年度维护

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复及版本升级，应购买年度维护服务。

7.2 年度维护费按软件许可费的26%收取，即每年¥161,200，该费率在合同有效期内固定不变，按年预付。

## 第八条 知识产权

8.1 澄清发酵罐管理软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的配方管理模块、接口程序、报表及其源代码，知识产权归乙方所有。甲方享有在本企业内部使用的非独占许可，不得修改、复制或提供给第三方。

## 第九条 数据

9.1 甲方生产数据归甲方所有。乙方应采取合理的技术措施保护甲方数据安全，对访问进行权限控制并加密传输。

9.2 发生数据安全事件的，乙方应在二十四小时内通知甲方；因乙方原因导致数据泄露的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方有权在对甲方发酵工艺数据和设备运行数据进行脱敏处理后，将其用于乙方产品改进、算法训练及行业分析。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 外包

乙方有权将部分实施及开发工作委托第三方完成，无需取得甲方同意，乙方对其工作成果负责。

## 第十二条 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的20%为限；乙方不承担任何间接损失、利润损失或生产损失。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

## 第十四条 双方义务

14.1 甲方应提供发酵车间网络、服务器及现场配合人员，并按乙方要求提供发酵罐编号、传感器点表及工艺参数资料。

14.2 乙方应按本合同约定完成软件安装、配置及定制开发，并提供用户手册和培训。

14.3 甲方提出的需求变更超出第一条范围的，乙方有权另行报价，经双方书面确认后实施。

14.7 甲方应指定专人负责软件日常使用管理，妥善保管系统账号及授权文件，不得将软件安装于本合同约定以外的工厂或车间。

14.8 甲方新增发酵罐点位的，应按乙方当期价格另行购买授权。乙方提供的软件升级包仅限于免费维护期及年度维护服务期内。

14.9 乙方有权在甲方现场及宣传材料中将甲方列为乙方客户案例，甲方另有书面要求的除外。

14.10 甲方应为乙方实施人员提供必要的办公场所及网络接入，并负责其在车间内的安全引导。

14.11 本合同附件包括：软件功能清单、定制开发需求说明、实施计划及培训计划。附件与本合同正文不一致的，以本合同正文为准。

14.12 乙方对软件的后续版本规划享有决定权，甲方提出的功能建议由乙方评估后决定是否纳入产品版本。

## 第十五条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。

## 第十六条 通知

双方往来通知以书面形式送达本合同所列地址或电子邮箱，送达即生效。

14.4 甲方应指定项目负责人，及时确认需求文档、界面原型及上线计划；甲方确认延迟的，乙方交付日期相应顺延。

14.5 甲方应确保其服务器、操作系统及数据库满足乙方提供的运行环境要求，因运行环境问题导致的故障不属于乙方维护范围。

14.6 甲方未按约定付款的，乙方有权暂停开发、安装或技术支持，并保留收回授权的权利。

## 第十七条 争议解决

因本合同发生争议的，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同以乙方标准文本为准，手写修改无效。

甲方（盖章）：北原乳品有限公司　　授权代表：________　　日期：________

乙方（盖章）：苏州澄清智控软件有限公司　　授权代表：________　　日期：________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Flanders vendor, only governing law)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LWS-CN-2025-044
P:This Agreement is made between Leiewerk Software NV, a company incorporated in Belgium with its registered office at Doorniksesteenweg 118, 8500 Kortrijk, Flanders ("Vendor"), and Foshan Linhe Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan ("Customer").
P:WHEREAS Customer manufactures panel and upholstered furniture in two plants and wishes to replace its spreadsheet-based production planning with an advanced planning and scheduling system; WHEREAS Vendor develops and licenses the PlanLoom planning software and provides configuration and interface services; and WHEREAS at Customer's request all prices are stated and paid in Chinese yuan (CNY); the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlanLoom planning software in the version current at signature, including its documentation and all updates delivered under this Agreement. "Custom Deliverables" means the ERP interface, the plant-specific configuration, the planning rules, reports and scripts developed by Vendor for Customer under this Agreement. "Customer Data" means all orders, routings, bills of materials, stock records and other data that Customer or its systems enter into or generate in the Software. "Final Acceptance" means the signature of the acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its plants in Foshan for its internal business, within the quantities listed in Article 3.
P:2.2 Customer may make copies for backup, testing and disaster recovery. Additional users may be ordered at the unit prices in Article 3 for three years after signature.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 752,000, inclusive of all taxes and of travel costs, as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PlanLoom server licence (perpetual)|1|168,000|168,000
TB:Named planner licences (perpetual)|12|14,500|174,000
TB:Shop-floor terminal licences (perpetual)|40|2,600|104,000
TB:Licence subtotal|||446,000
TB:Configuration and ERP interface (fixed price)|1|238,000|238,000
TB:Data migration|1|46,000|46,000
TB:Training of planners and key users|1|22,000|22,000
TB:Contract Price|||752,000
H:Article 4 Payment
P:4.1 Customer pays 20 % of the Contract Price (CNY 150,400) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 Customer pays 45 % of the Contract Price (CNY 338,400) after installation and configuration are complete and the Software is in productive use at both plants. Productive use is not acceptance.
P:4.3 Customer pays the remaining 35 % of the Contract Price (CNY 263,200) after Final Acceptance.
P:4.4 Each payment is due within 30 days after receipt of a correct invoice (fapiao issued through Vendor's appointed agent in China).
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete installation and configuration within 16 weeks after signature in accordance with the agreed project plan.
P:5.2 Acceptance criteria: (a) every function in the Customer's requirement list works as specified; (b) a complete planning run for 3,000 open orders finishes within 90 seconds; (c) orders, stock and routings exchanged with the ERP reconcile without difference over 10 consecutive working days; (d) no Severity 1 incident occurs during a trial run of 20 working days.
P:5.3 When the criteria are met, the parties sign an acceptance certificate. Use of the Software in production, or payment, does not by itself amount to acceptance. If a test fails, Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables conform to the documentation and the acceptance criteria for 24 months after Final Acceptance. During this warranty period Vendor provides corrections, updates, new versions and remote support free of charge.
P:6.2 After the warranty period Customer may order annual support. The annual support fee is 11 % of the licence subtotal (CNY 49,060 per support year) and is fixed for the first three support years after the warranty. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Vendor shall respond to Severity 1 incidents (planning engine or ERP interface unavailable at a plant) within 1 hour and restore service or provide a workaround within 8 hours; Severity 2 incidents within 2 business hours with a workaround within 2 business days; Severity 3 incidents within 1 business day.
P:7.2 For each full hour by which Vendor exceeds a Severity 1 response or restore time, Customer receives a service credit of CNY 800, deducted from the next payment or paid by Vendor within 30 days.
P:7.3 Support is provided in Chinese and English by Vendor's support centre and its engineers based in Shenzhen.
H:Article 8 Delay Damages
P:8.1 If Vendor fails to complete installation and configuration, or to reach Final Acceptance, by the dates in the project plan for reasons attributable to Vendor, Vendor shall pay delay damages of 0.1 % of the Contract Price for each day of delay.
P:8.2 Delay damages do not exceed 10 % of the Contract Price. When that maximum is reached, Customer may terminate under Article 14.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 Vendor shall access Customer's systems only remotely through the secure channel provided by Customer, after approval of each session, and shall not copy Customer Data outside Customer's systems. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 Vendor shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data and shall take all measures needed to contain it. Vendor is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent. This Article survives termination for three years.
H:Article 11 Intellectual Property
P:11.1 The Software remains the property of Vendor and its licensors, subject to the licence in Article 2.
P:11.2 All rights in the Custom Deliverables belong to Customer on payment. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and have them modified by third parties without restriction.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 200 % of the Contract Price. This limit does not apply to breaches of Articles 9 and 10, to infringement of third-party rights, or to wilful misconduct.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. Customer may also terminate under Article 8.2.
P:14.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for the parts not accepted, and the licences already paid for remain in force.
H:Article 15 Project Organisation and Force Majeure
P:15.1 Each party appoints a project manager. Vendor's project manager and lead consultant are named in the project plan and may be replaced only with Customer's agreement, which shall not be unreasonably withheld. The project managers meet every week, on site or by video conference, and Vendor issues written minutes and an updated risk list after each meeting.
P:15.2 Customer provides the planners and key users named in the project plan, access to its ERP test system, and the master data needed for migration in the agreed format. Where Customer is late with these inputs, Vendor's dates move by the same number of days, provided Vendor has promptly notified the delay in writing.
P:15.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic measures or government action, provided it notifies the other party promptly and does its best to limit the effects. If such an event lasts longer than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 16 Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of Belgium, without regard to its conflict-of-law rules.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the competent courts of Ghent, Belgium.
H:Article 17 General
P:17.1 This Agreement, with its annexes (requirement list, project plan, support description), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:Signed for Leiewerk Software NV: ______________________  Name, title, date
P:Signed for Foshan Linhe Furniture Co., Ltd.: ______________________  Name, title, date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Wallonia vendor)
E02 = """# ORDER FORM — Agenda Meuse Clinic Scheduling Service

**Order Form No. AM-2025-CN-017, issued under the Agenda Meuse General Terms set out below**

| | Provider | Customer |
|---|---|---|
| Name | Agenda Meuse SRL | Chengdu Qingya Dental Clinics Co., Ltd. |
| Address | Rue de Fer 41, 5000 Namur, Wallonia, Belgium | Wuhou District, Chengdu, Sichuan, PRC |
| Contact | Customer Success, Asia desk | Head of Clinic Operations |

## A. Background

Customer operates eighteen dental clinics in Chengdu and wishes to use a single online system for appointment booking, chair scheduling, patient reminders and clinic reporting. Provider operates the Agenda Meuse service and hosts the instance for Chinese customers with a cloud provider in mainland China. At Customer's request all fees are stated and paid in CNY.

## B. Services and Subscription Term

1. **Service.** Agenda Meuse Clinic edition for 18 clinics, including online booking page and WeChat mini-program booking, chair and dentist scheduling, SMS and WeChat reminders, waiting-list management, and the management dashboard.
2. **Onboarding.** One-time onboarding: configuration of 18 clinics, import of existing appointments and patient contact lists, integration with Customer's existing practice-management system, and training of reception staff (the "Onboarding").
3. **Subscription Term.** From 1 September 2025 to 31 August 2027 (two Subscription Years). The subscription does not renew automatically; any further term requires a new Order Form signed by both parties.

## C. Fees

| Item | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|
| Subscription, Clinic edition | 1,450 per clinic per month | 18 clinics × 24 months | 626,400 |
| Onboarding (one-time, fixed price) | 38,600 | 1 | 38,600 |
| **Total Contract Value** | | | **665,000** |

Fees include VAT and all hosting, SMS and support costs within the volumes in the Service Description. Additional clinics may be added at the same unit price for the remaining Subscription Term.

## D. Payment

1. Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, and are payable within 30 days of a valid fapiao.
2. The Onboarding fee is invoiced after Go-Live Acceptance under clause 4 of the General Terms.
3. No fee is payable before the Subscription Start Date.

## E. Signatures

Signed for Agenda Meuse SRL: ____________________ (name, title, date)

Signed for Chengdu Qingya Dental Clinics Co., Ltd.: ____________________ (name, title, date)

---

# AGENDA MEUSE GENERAL TERMS (version 2025-03)

## 1. Definitions

1.1 "Customer Data" means all data entered into the Service by or for Customer, including patient names, contact details, appointment records and treatment categories, and all data derived from it.

1.2 "Service" means the hosted service described in the Order Form and in the Service Description; "Go-Live" means the first day on which all clinics book appointments through the Service.

## 2. Provision of the Service

2.1 Provider shall provide the Service in accordance with the Order Form, these General Terms and the Service Description, with reasonable skill and care and in accordance with applicable law.

2.2 Provider may update the Service from time to time, provided that no update materially reduces its functionality or security. Major changes are announced at least 30 days in advance.

2.3 Customer shall keep its user credentials secure and shall be responsible for the acts of its users.

## 3. Onboarding

3.1 Provider shall complete the Onboarding and bring all clinics to Go-Live by 1 September 2025.

3.2 If Go-Live is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 33,250.

## 4. Go-Live Acceptance

4.1 Before Go-Live, Provider runs the acceptance tests agreed in the onboarding plan: (a) each clinic's booking page and mini-program create, move and cancel appointments correctly; (b) imported appointments and patient contacts reconcile with the source lists without error; (c) reminders are delivered in test for each clinic; (d) the practice-management integration exchanges appointments in both directions for 5 consecutive business days without error.

4.2 When the tests are passed, Customer signs a Go-Live Acceptance certificate within 5 business days. Use of the Service before that signature is not acceptance.

## 5. Service Levels

5.1 Provider shall make the Service available at least 99.95 % of each calendar month, excluding planned maintenance announced 5 days in advance and performed between 00:00 and 06:00 Beijing time.

5.2 Incident response: Severity 1 (Service unavailable or reminders not sent for all clinics) — response within 30 minutes, restoration within 3 hours; Severity 2 (a major function unavailable for one or more clinics) — response within 2 hours; Severity 3 — next business day.

5.3 Service credits: if monthly availability falls below the commitment, Customer receives a credit of 10 % of that month's subscription fee, and 25 % if it falls below 99.5 %. Each Severity 1 incident not responded to in time gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

## 5a. Support and Customer Responsibilities

5a.1 Provider offers support in Chinese and English through a hotline, e-mail and the in-app help centre from 08:00 to 22:00 Beijing time every day, and for Severity 1 incidents at all times. Each clinic may nominate up to three users who may open support tickets.

5a.2 Provider assigns a named customer success manager who holds a review meeting with Customer each quarter, reports on availability, incidents, credits and reminder delivery rates, and proposes improvements to the booking flow.

5a.3 Customer shall provide accurate clinic, dentist and chair data, keep its practice-management system available for the integration, and inform patients of reminders in accordance with applicable law. Customer is responsible for obtaining any patient consent required for the reminders it chooses to send.

5a.4 Provider shall provide release notes for each new version and shall offer a short online training session for reception staff whenever a release changes the booking screens.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Service, and shall not use it for any other purpose.

6.2 Customer Data is stored and processed only in data centres in mainland China. Provider shall maintain security measures at least equal to MLPS level 3, encrypt Customer Data in transit and at rest, restrict access to named support staff and log all access.

6.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall assist Customer with any notification to authorities and patients, and shall be responsible for losses caused by its breach of this clause 6.

6.4 At the end of the Subscription Term, Provider shall return Customer Data in a standard format within 30 days and then delete it.

## 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, shall use it only for the purposes of the Order Form and shall not disclose it without the other party's prior written consent, during the Subscription Term and for three years afterwards.

## 8. Intellectual Property

8.1 The Service and its software remain Provider's property. Customer receives the right to use the Service during the Subscription Term.

8.2 Booking templates, reminder texts, reports and the integration adapter made specifically for Customer belong to Customer, which may use and modify them freely, also after the end of the Subscription Term.

## 9. Subcontractors

9.1 Provider may use subcontractors and sub-processors, including its hosting provider and SMS gateway, to provide the Service. Provider shall inform Customer by e-mail of any new subcontractor before it starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, except for breach of clauses 6 and 7.

## 11. Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 Customer may also terminate if monthly availability falls below the commitment in three consecutive months. On termination for Provider's breach, Provider refunds any fees paid for the period after termination.

## 12. Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award is final and binding on both parties.

## 13. Miscellaneous

13.1 In case of conflict, the Order Form prevails over these General Terms, and these General Terms prevail over the Service Description. Notices must be in writing and sent to the contacts in the Order Form.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, compliant)
E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. BHCC-EQ-2025-029
P:Buyer: Tianjin Binhai Coldchain Logistics Co., Ltd., No. 66 Haitai Road, Binhai New Area, Tianjin, PRC ("Buyer").
P:Supplier: Alzette Sensing S.à r.l., 12 Rue du Brill, L-4041 Esch-sur-Alzette, Luxembourg ("Supplier").
P:Recitals. The Buyer operates a cold-storage site with eleven cold rooms, two blast freezers and an ammonia refrigeration plant. The Buyer wishes to monitor temperature, humidity, door status and ammonia leaks continuously and to keep the records required by food-safety rules. The Supplier manufactures wireless sensors and monitoring software and has offered to supply, install and commission them. The parties therefore agree as follows, on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software licence listed in Section 2, install and calibrate all sensors, configure the monitoring software on the Buyer's server, connect alarms to the Buyer's duty phones and building management system, and train the Buyer's staff.
P:1.2 The Supplier shall deliver a site survey, a sensor placement plan, calibration certificates for every sensor and as-built documentation.
H:Section 2 Price
P:2.1 The Contract Price is CNY 760,000, including VAT, delivery to site, import duties, installation and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, -40 °C rated|260|1,180|306,800
TB:2|Ammonia leak detector, electrochemical, with local siren|24|6,400|153,600
TB:3|LoRaWAN gateway with backup battery|8|9,800|78,400
TB:4|Door-status sensor|64|520|33,280
TB:5|ColdWatch monitoring software, perpetual site licence|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||668,080
TB:6|Installation, calibration and commissioning|1|81,500|81,500
TB:7|Training|1|10,420|10,420
TB:|Contract Price|||760,000
P:2.2 The Contract Price is fixed and covers everything needed to meet the acceptance criteria.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer pays 65 % of the Contract Price (CNY 494,000) within 30 days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 The Buyer pays the remaining 35 % of the Contract Price (CNY 266,000) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued through the Supplier's agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 10 weeks after signature and complete installation within 3 further weeks, working in the cold rooms only at times agreed with the Buyer's operations manager.
P:4.2 The Supplier's staff shall follow the Buyer's site rules, including cold-room safety, ammonia plant permits and food-hygiene rules.
P:4.3 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay delay damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every temperature sensor reads within ±0.3 °C of a calibrated reference at two points; (b) every ammonia detector passes a bump test and raises the alarm on the duty phones within 60 seconds; (c) no sensor shows a data gap longer than 10 minutes during a 14-day trial run; (d) alarm records and reports can be exported in the format required by the Buyer's food-safety auditors; (e) all documents under Section 1.2 are delivered.
P:5.2 When the criteria are met, the parties sign a Final Acceptance certificate. Installation, use of the system or payment does not constitute acceptance. Failed tests are repeated at the Supplier's cost.
H:Section 6 Warranty and Maintenance
P:6.1 The Supplier warrants the equipment, batteries and software for 36 months after Final Acceptance. During the warranty the Supplier repairs or replaces defective items free of charge, including parts, labour, travel and annual recalibration.
P:6.2 After the warranty the Supplier shall offer maintenance and recalibration for at least three further years. The annual maintenance fee shall not exceed 7 % of the Equipment and Licence Subtotal (CNY 46,765.60 per year) and is fixed for the first two years after the warranty. Maintenance is ordered year by year and does not renew automatically.
H:Section 7 Service Levels
P:7.1 Severity 1 (monitoring of a cold room or of the ammonia plant lost, or alarms not delivered): the Supplier responds within 2 hours and restores monitoring within 24 hours, if necessary with spare units kept on site. Severity 2 (a single sensor faulty): response within 1 business day, repair within 3 business days.
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier pays CNY 600, deducted from any amount due or paid within 30 days.
H:Section 8 Data and Security
P:8.1 All measurements, alarm records, site plans and other data produced by the system belong to the Buyer. The system runs on the Buyer's own server; the Supplier may use such data only to perform this Contract.
P:8.2 The Supplier may access the system remotely only after the Buyer approves each session, through the Buyer's VPN with individual accounts; it shall not copy data out of the Buyer's network. The gateways shall use encrypted radio links and changed default credentials.
P:8.3 The Supplier shall report any security incident affecting the system within 12 hours and is liable for all losses caused by its breach of this Section.
H:Section 8a Spare Parts, Batteries and Documentation
P:8a.1 The Supplier shall keep on the Buyer's site, at its own cost during the warranty, a stock of spare units equal to at least five per cent of each sensor type and one spare gateway, and shall replenish the stock within 10 business days after a unit is used.
P:8a.2 The Supplier guarantees that batteries of the wireless sensors last at least three years under the reporting interval in the technical specification. Batteries that fail earlier are replaced free of charge, also after the warranty, until the end of that three-year period.
P:8a.3 The Supplier shall make spare parts and replacement sensors of the same or compatible type available for at least eight years after Final Acceptance, and shall give the Buyer at least six months' notice before a product is discontinued, with a migration proposal.
P:8a.4 The documentation shall be delivered in Chinese and English and shall include the sensor placement plan, calibration certificates traceable to national standards, wiring and mounting drawings, the alarm matrix, an operating manual for the duty staff and a maintenance manual for the Buyer's engineers.
P:8a.5 The Supplier shall train the Buyer's duty staff, warehouse supervisors and engineers in two sessions on site: operation of the monitoring software, alarm handling, daily checks, battery replacement and sensor recalibration checks. A short written test confirms that each participant can handle the standard alarms.
P:8a.6 During installation the Supplier shall protect stored goods, shall not open cold-room doors longer than agreed with the operations manager, and shall remove all packaging and waste from the site each day.
P:8a.7 The Supplier shall provide, before installation starts, a method statement and a risk assessment for work in the cold rooms and near the ammonia plant, approved by the Buyer's safety officer. Its technicians shall wear the cold-weather protective clothing and gas detectors required by the Buyer's rules, and the Supplier shall ensure that they hold valid work permits. Work at height above racking is done only with the Buyer's lifting equipment and under supervision of the Buyer's staff.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer lists, site layout and security arrangements, and shall not disclose it to third parties without prior written consent, during this Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The site configuration, dashboards, alarm rules and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:10.2 The ColdWatch software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually for this site.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150 % of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 15 General
P:15.1 This Contract is made in English and Chinese; both versions have equal force. Annexes: technical specification, sensor placement plan, acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, NRW vendor)
E04 = """# MANAGED WORKPLACE SERVICES AGREEMENT

Agreement No. RW-HF-2025-08

**BETWEEN** Ruhrwerk IT Services GmbH, Phoenixseestraße 9, 44263 Dortmund, North Rhine-Westphalia, Germany, acting through its Shanghai representative office ("Supplier"), **AND** Hefei Jinyu Home Appliances Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui, PRC ("Customer").

**RECITALS.** Customer operates two assembly plants and a head office in Hefei with about 1,200 office and shop-floor computers. Customer wishes to outsource its service desk, device management and on-site support. Supplier provides managed workplace services to manufacturers in Europe and Asia. At Customer's request all charges are stated and paid in CNY. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1. "Service Commencement Date" means the date on which Supplier takes over the Services after Transition under clause 3. "Charges" means the charges in Schedule 3. "Customer Information" means all information and data of Customer that Supplier receives or accesses in performing the Services.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date, planned for 1 October 2025.

2.2 The term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. TRANSITION

3.1 Supplier shall carry out the transition of the Services from Customer's internal IT team in accordance with the transition plan, including knowledge transfer, inventory of all devices, set-up of the ticketing tool and of the device-management platform, and run-book preparation.

3.2 Supplier shall complete Transition and reach the Service Commencement Date by 1 October 2025. If it fails to do so for reasons attributable to it, Supplier shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

3.3 **Acceptance of Transition.** Transition is accepted when: (a) all devices are enrolled in the device-management platform and the inventory reconciles with Customer's asset register; (b) the service desk has handled a 10-day parallel run meeting the Schedule 2 targets; (c) run books for all 40 standard requests are approved by Customer's IT manager. Customer signs a Transition Acceptance certificate within 5 business days after these criteria are met. Taking over the Services is not acceptance by itself.

## 4. SERVICES

4.1 Supplier shall provide the Services described in Schedule 1 with qualified staff, in Chinese and English, and in accordance with good industry practice.

4.2 Supplier shall assign a service delivery manager, based in Hefei, who meets Customer's IT manager monthly and delivers a monthly service report showing performance against Schedule 2, open incidents, device inventory changes and improvement proposals.

4.3 Customer shall give Supplier's staff access to its premises, a desk and network access at each site, and shall inform Supplier in advance of planned changes that affect the Services.

4.4 Supplier shall keep a knowledge base of solutions for recurring incidents, shall update the run books whenever a standard request changes, and shall propose at least four service improvements per quarter, such as automation of recurring requests or self-service options for users.

4.5 Supplier's on-site engineers shall follow Customer's site rules, including factory safety training, clean-room access rules in the assembly halls and visitor registration. Supplier shall replace lost access badges at its own cost.

4.6 Supplier shall keep its staffing at the levels in Schedule 1 throughout the term and shall provide cover during holidays and absences. Customer may interview the proposed on-site engineers and the service delivery manager before they start.

4.7 Supplier shall cooperate with Customer's other suppliers, including the ERP partner, the network provider and hardware vendors, and shall open and track tickets with them on Customer's behalf where the Services depend on their work.

4.8 Customer's IT manager may request changes to the Services through the change procedure. Supplier shall answer each change request within 10 business days with an impact assessment covering price, staffing and timing. No change is binding until both parties sign it.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Supplier shall meet the service levels in Schedule 2.

5.2 If Supplier misses a service level in a month, Customer receives the service credit set out in Schedule 2. Credits are deducted from the next monthly invoice and are capped at 12.5 % of the Monthly Service Charge for that month.

5.3 If Supplier misses the Priority 1 targets in three months in any six-month period, this is a material breach.

## 6. CHARGES AND PAYMENT

6.1 Customer pays the Charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears after Customer has confirmed the monthly service report, and is payable within 30 days of a valid fapiao.

6.2 The Transition Charge is invoiced after Transition Acceptance. No payment is due before the Service Commencement Date.

6.3 The Charges are fixed for the term. Changes in the number of devices of more than 10 % are priced at the per-device rate in Schedule 3.

## 7. CONFIDENTIALITY

7.1 Supplier shall keep confidential all Customer Information and shall not disclose it to any third party without Customer's prior written consent. Supplier shall use Customer Information only to perform the Services and shall ensure that its staff are bound by the same duty.

7.2 This clause does not apply to information that is public or that Supplier must disclose by law. It survives termination for three years.

## 8. CUSTOMER INFORMATION

8.1 All Customer Information, including user accounts, device data and ticket records, remains the property of Customer. At the end of the Agreement Supplier shall return it to Customer and delete its copies.

## 9. INTELLECTUAL PROPERTY

9.1 Run books, scripts, knowledge articles and reports created by Supplier for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to a successor supplier.

9.2 Supplier's pre-existing tools remain Supplier's property; Customer receives a free licence to use those embedded in the deliverables.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for approved subcontractors.

10.2 Supplier shall replace any member of its staff whom Customer reasonably objects to.

## 11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150 % of the total Charges for the term. The limit does not apply to personal injury, wilful misconduct or breach of clause 7.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after written notice.

12.2 Either party may terminate if the other party becomes insolvent. On expiry or termination, Supplier shall provide exit assistance for up to 3 months at the rates in Schedule 3, including a full hand-over to Customer or a successor supplier.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 14. GENERAL

14.1 This Agreement with its Schedules is the entire agreement between the parties. Amendments must be in writing. In case of conflict the clauses prevail over the Schedules.

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Telephone, e-mail and portal, Monday to Saturday 07:30–20:00, Chinese and English |
| Device management | About 1,200 Windows devices: patching, software distribution, antivirus status, asset records |
| On-site support | Two engineers at each plant and one at head office during working hours |
| Moves, adds and changes | Up to 60 per month included |
| Reporting | Monthly service report and quarterly review |

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Definition | Response | Resolution | Credit per miss |
|---|---|---|---|---|
| P1 | Service affecting a whole plant or the head office | 6 hours | 12 hours | 5 % of Monthly Service Charge |
| P2 | Service affecting a department or a production line office | 8 hours | 2 business days | 2 % of Monthly Service Charge |
| P3 | Single user | 1 business day | 3 business days | 0.5 % of Monthly Service Charge |
| Service desk | Calls answered within 60 seconds | 85 % of calls per month | — | 1 % of Monthly Service Charge |

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition Charge (one-time) | 84,000 | fixed |
| Monthly Service Charge | 58,500 | per month × 36 months = 2,106,000 |
| **Total Charges for the term** | **2,190,000** | |
| Additional device above band | 45 | per device per month |
| Exit assistance | 3,200 | per engineer day |

Signed for Ruhrwerk IT Services GmbH: ____________________ (name, title, date)

Signed for Hefei Jinyu Home Appliances Co., Ltd.: ____________________ (name, title, date)
"""

# ---------------------------------------------------------------- e05 (txt, Clause N, Limburg NL vendor, data API)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MV-API-2025-112

Parties
(1) MaasVenlo Freight Data B.V., Spoorstraat 7, 5911 KJ Venlo, Limburg, the Netherlands ("Provider").
(2) Qingdao Haitong Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong, PRC ("Customer").

Background
(A) Provider compiles ocean and rail freight-rate indices, port-congestion data and vessel arrival estimates, and makes them available through an application programming interface (the "API").
(B) Customer is a freight forwarder and wishes to use the API in its quotation and shipment-tracking systems.
(C) At Customer's request the fees are stated and paid in CNY.

The parties agree as follows.

CLAUSE 1. DEFINITIONS
1.1 "Provider Data" means the indices, rates, congestion figures, vessel estimates and other content delivered through the API.
1.2 "Customer Inputs" means the shipment lists, container numbers, booking references and other data that Customer sends to the API to obtain matched results.
1.3 "Initial Term" means the period from 1 November 2025 to 31 October 2027. "Subscription Year" means the period from 1 November 2025 to 31 October 2026, the period from 1 November 2026 to 31 October 2027, and each renewal period under Clause 11.
1.4 "Integration Support" means Provider's one-time help to connect the API to Customer's quotation system and tracking portal, including a sandbox, test data, two connector modules and a workshop for Customer's developers.

CLAUSE 2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Initial Term and any renewal to call the API, to use Provider Data in its internal systems, and to show Provider Data to its own customers in quotations and tracking pages, with attribution to Provider.
2.2 The subscription includes the Professional package: 2,000,000 API calls per Subscription Year, 40 trade lanes, 60 ports and daily index updates. Calls above the included volume are charged at CNY 35 per 1,000 calls, invoiced quarterly in arrears.
2.3 Customer shall not resell Provider Data as a data product or use it to build a competing index.

CLAUSE 3. FEES
3.1 The fees for the Initial Term are:

  Item                                        Basis                         Amount (CNY)
  Subscription fee, Professional package      236,000 per Subscription Year x 2   472,000
  Integration Support (one-time, fixed)       1 package                      18,000
  Total Contract Value                                                       490,000

3.2 Overage charges under Clause 2.2 are usage-based and are not part of the Total Contract Value.
3.3 All fees include VAT.

CLAUSE 4. PAYMENT
4.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of a valid fapiao.
4.2 The Integration Support fee is invoiced after Integration Acceptance under Clause 5 and is payable within 30 days.
4.3 Late payments carry interest of 0.02 % per day on the overdue amount.

CLAUSE 5. INTEGRATION AND ACCEPTANCE
5.1 Provider shall make production API access and the two connector modules available by 1 November 2025. If it fails to do so for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 24,500.
5.2 Integration Acceptance takes place when: (a) the connectors return correct results for the 200 test shipments in the acceptance test set; (b) index values delivered through the API match Provider's published values for 10 consecutive business days; (c) median API response time is below 400 milliseconds under Customer's expected load. Customer signs an Integration Acceptance certificate within 5 business days after these criteria are met. Production use is not acceptance.

CLAUSE 6. SERVICE LEVELS
6.1 Provider shall make the API available at least 99.95 % of each calendar month, excluding maintenance announced 3 days in advance and performed at weekends between 00:00 and 04:00 Central European Time.
6.2 Severity 1 (API unavailable or returning errors for all calls): response within 30 minutes, restoration within 3 hours. Severity 2 (a data feed delayed by more than one update cycle): response within 2 hours. Severity 3: next business day.
6.3 Service credits: 5 % of the monthly share of the subscription fee for each 0.1 percentage point below the availability commitment, up to 50 % of that monthly share; CNY 800 for each Severity 1 incident not responded to in time.

CLAUSE 7. CUSTOMER INPUTS AND DATA USE
7.1 Customer Inputs remain the property of Customer.
7.2 Customer grants Provider a perpetual, irrevocable, royalty-free licence to use Customer Inputs and Customer's API usage data in aggregated and anonymised form to calculate, improve and validate Provider's indices and congestion models, and to include the results in Provider Data supplied to other customers. This licence continues after the end of this Agreement.
7.3 Provider shall not disclose Customer Inputs in a form that identifies Customer or Customer's clients.

CLAUSE 8. DATA SECURITY
8.1 Provider shall protect Customer Inputs with security measures consistent with ISO/IEC 27001, encrypt them in transit and at rest, restrict access to authorised staff and keep access logs.
8.2 Provider shall notify Customer within 48 hours after becoming aware of a security incident affecting Customer Inputs, shall take all reasonable steps to contain it and shall be responsible for the losses caused to Customer by its breach of this Clause 8.
8.3 Customer Inputs containing personal information are processed in accordance with the Personal Information Protection Law of the People's Republic of China.

CLAUSE 9. CONFIDENTIALITY
9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without the other party's prior written consent, during this Agreement and for three years after it ends.

CLAUSE 10. INTELLECTUAL PROPERTY
10.1 Provider Data, the API and Provider's software remain Provider's property.
10.2 The two connector modules developed for Customer under Integration Support, including their source code, belong to Customer, which may use, modify and license them freely.

CLAUSE 11. RENEWAL
11.1 At the end of the Initial Term, this Agreement renews automatically for successive periods of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
11.2 Provider may increase the subscription fee for any renewal Subscription Year by up to 6 % by giving Customer written notice at least 75 days before the renewal date.

CLAUSE 11A. SUPPORT AND CHANGES
11A.1 Provider provides technical support in English and Chinese by e-mail and through its developer portal. The developer portal contains the API reference, code samples, a change log and the status page showing current availability and incidents.
11A.2 Provider shall announce any change that breaks backward compatibility of the API at least 90 days in advance and shall keep the previous API version available during that period. New lanes, ports or indices may be added at any time without notice.
11A.3 Provider shall hold a review call with Customer each quarter to discuss data quality, new lanes and ports requested by Customer, usage against the included volume, and any incidents.
11A.4 Customer shall keep its API keys secure, shall rotate them when staff with access leave, and shall inform Provider without delay if it suspects that a key has been misused.
11A.5 Provider shall maintain a methodology note for each index and shall inform Customer of material methodology changes at least 30 days before they take effect.

11A.6 Customer may request custom lanes or port groupings. Provider shall answer each request within 10 business days with a proposal; custom work is agreed in writing before it starts.

CLAUSE 12. SUBCONTRACTING
12.1 Provider shall not subcontract the provision of the API or the Integration Support without Customer's prior written consent, other than its hosting provider named in the Annex, which Customer approves by signing this Agreement.

CLAUSE 13. LIABILITY
13.1 Each party's total liability under this Agreement is limited to 150 % of the Total Contract Value, except for breach of Clauses 8 and 9, infringement of intellectual property and wilful misconduct.
13.2 Provider does not warrant that Provider Data is free of error, but shall correct material errors promptly after they are reported.

CLAUSE 14. TERMINATION
14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
14.2 Customer may terminate if availability falls below 99 % in two consecutive months. On termination for Provider's breach, Provider refunds the prepaid fees for the period after termination.

CLAUSE 15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

CLAUSE 16. GENERAL
16.1 This Agreement, with its Annex (API description, lanes and ports, hosting provider), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for MaasVenlo Freight Data B.V.: ______________________   Name, title, date
Signed for Qingdao Haitong Freight Forwarding Co., Ltd.: ______________________   Name, title, date
"""

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
          confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
          final_payment_on_acceptance=True, warranty_months=None, post_warranty_fee_pct=None,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
          governing_law="PRC")
# design: key -> (file, lang, category, terms, extra, tco base (licence/hardware subtotal) or None, forum_outside, design rules)
D = {}
D["z01"] = ("h573z01_agri_traceability_platform_gov.pdf", "zh", "software",
            dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                 warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
            dict(contract_value=970000, capped=True), 486000, False, [])
D["z02"] = ("h573z02_foundry_induction_furnace_control_retrofit.docx", "zh", "hardware",
            dict(OK, p1_response_hours=1, sla_remedy=False, ld_rate_per_day_pct=0.08, liability_cap_pct=50,
                 prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=9, termination_for_breach=False,
                 contract_kind="goods_or_licence"),
            dict(contract_value=876000, capped=True), 776000, False,
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"])
D["z03"] = ("h573z03_cinema_chain_ticketing_saas.txt", "zh", "cloud",
            dict(OK, availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=720 / 720000 * 100,
                 liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                 contract_kind="service"),
            dict(contract_value=720000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
D["z04"] = ("h573z04_library_self_service_om.txt", "zh", "services",
            dict(OK, availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.02,
                 final_payment_on_acceptance=None, governing_law=None, contract_kind="service"),
            dict(contract_value=258000), None, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"])
D["z05"] = ("h573z05_yogurt_fermentation_software_supplier_template.md", "zh", "software",
            dict(OK, p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                 ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False,
                 final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=26,
                 subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
            dict(contract_value=880000, capped=True, sla_clause=False, ld_stated=False, deemed=True), 620000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
             "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
D["e01"] = ("h573e01_furniture_aps_licence_flanders_vendor.pdf", "en", "software",
            dict(OK, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                 warranty_months=24, post_warranty_fee_pct=11, governing_law="Belgium",
                 contract_kind="goods_or_licence"),
            dict(contract_value=752000, capped=True), 446000, True, ["CR-GOVERNING-LAW"])
D["e02"] = ("h573e02_dental_clinic_scheduling_saas_order_form.md", "en", "cloud",
            dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 665000 * 100,
                 liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, subcontract_without_consent=True,
                 contract_kind="service"),
            dict(contract_value=665000), None, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])
D["e03"] = ("h573e03_coldstore_monitoring_sensors.docx", "en", "hardware",
            dict(OK, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, warranty_months=36,
                 post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
            dict(contract_value=760000, capped=True), 668080, False, [])
D["e04"] = ("h573e04_appliance_maker_managed_workplace_service.md", "en", "services",
            dict(OK, p1_response_hours=6, data_security_clause=False, ld_rate_per_day_pct=1500 / 2190000 * 100,
                 liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
            dict(contract_value=2190000), None, False, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"])
D["e05"] = ("h573e05_freight_data_api_subscription.txt", "en", "cloud",
            dict(OK, availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                 ld_rate_per_day_pct=400 / 490000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                 auto_renewal_price_increase=True, contract_kind="service"),
            dict(contract_value=490000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"])


def tco_share(terms, value, base, capped):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None or not capped:
        return None
    years = max(0.0, 5 - (terms["warranty_months"] or 0) / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def my_rules(terms, extra, base, forum_outside):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    sla = extra.get("sla_clause", True)
    if not sla:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra.get("ld_stated", True):
        r.add("CR-LD-MISSING")
    if terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if terms["post_warranty_fee_pct"] is None or not extra.get("capped") or terms["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(terms, extra["contract_value"], base, extra.get("capped"))
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    fname, lang, cat, terms, extra, base, forum, design = D[key]
    t = {k: terms.get(k) for k in KEYS}
    ex = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["capped"]
    ex["acceptance_deemed_on_delivery"] = extra.get("deemed", False)
    ex["contract_value"] = extra["contract_value"]
    rules = my_rules(t, extra, base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
            "expected_rules": rules}


# ================================================================ threshold scan
PAT = [
    r"(?<![\d.])99\.90*(?!\d)", r"(?<![\d.])4\s*个?\s*小时", r"(?<![一二三十])四\s*个?\s*小时", r"(?<![\d.])240\s*分钟",
    r"(?<![\w-])(four|4)[\s-]*hours?\b", r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十一二三四五六七八九])",
    r"(?<![\d.])0\.5\s*‰", r"(?<![\d.])100\s*(%|％|percent|per\s*cent)", r"百分之百", r"(?i)(one\s+)?hundred\s+per\s*cent",
    r"(?<![\d.])30\s*(%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)thirty\s+per\s*cent",
    r"(?<![\d.])12\s*个\s*月", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"(?i)twelve[\s-]*months?", r"(?<![\d.])12[\s-]*months?",
    r"(?<![十百千零〇])一\s*年", r"(?i)\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15\s*(%|％|percent|per\s*cent)", r"百分之十五", r"(?i)fifteen\s+per\s*cent",
    r"(?<![\d.])40\s*(%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?i)forty\s+per\s*cent",
    r"(?<![\d.])5\s*年", r"(?<![十一二三四五六七八九])五\s*年", r"(?i)\bfive[\s-]*years?\b", r"(?<![\d.])5[\s-]*years?\b",
    r"(?<![\d.])60\s*(个\s*)?months?", r"(?<![\d.])60\s*个\s*月", r"六十\s*个\s*月", r"(?i)sixty\s+months?",
]
RX = [re.compile(p, re.I) for p in PAT]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "240分钟", "four hours", "4 hours", "4-hour",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years",
            "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "twenty-four hours", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "百分之三十五", "0.005", "12.5 %", "1,500 %", "2050", "10.05",
             "14 hours", "300%", "45%", "25年度", "312 months"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(form):
                out.append((rx.pattern, form[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ build and read back
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    bin_targets = {}
    for k, (fname, *_r) in D.items():
        if fname.endswith((".docx", ".pdf")):
            bin_targets[k] = (fname, fname.rsplit(".", 1)[1])
        else:
            (OUT / fname).write_text(SRC[k], encoding="utf-8")
            print("wrote", fname)
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    covered, bad = set(), []
    for k, (fname, lang, *_r) in D.items():
        lab = label(k)
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / fname)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        h = hits(text) + hits(SRC[k])
        t = lab["expected_terms"]
        sh = tco_share(t, lab["expected_extra"]["contract_value"], D[k][5], lab["expected_extra"].get("post_warranty_fee_capped"))
        print(k, fname, lang, n, "ok" if lo <= n <= hi else "OUT OF RANGE", "tco=%s" % (None if sh is None else round(sh, 2)),
              lab["expected_rules"] or "(none)")
        for x in h:
            print("   THRESHOLD HIT", x)
        if not lo <= n <= hi or h:
            bad.append(k)
        # label values never on a threshold
        on = [t["availability_pct"] == 99.9, t["p1_response_hours"] == 4, t["ld_rate_per_day_pct"] == 0.05,
              t["liability_cap_pct"] == 100, t["prepayment_pct"] == 30, t["warranty_months"] == 12,
              t["post_warranty_fee_pct"] == 15, sh is not None and abs(sh - 40) <= 2]
        assert not any(on), (k, on)
    ALL = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
           "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
           "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
           "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
    assert covered == set(ALL), set(ALL) - covered
    print("coverage: all 20 rules")
    assert not bad, bad
    print("all checks passed")
