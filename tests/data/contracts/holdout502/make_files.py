"""holdout502: builds ten blind, ordinary draft contracts and their labels, derives the expected rules from the labels
(own reading of policy.md section 3), checks lengths and scans every text for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青溪县帮扶项目管理平台建设项目合同
P:合同编号：QXXZX-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青溪县乡村振兴局　　地址：青溪县城关镇振兴路8号
P:乙方（供应商）：湘禾数智信息技术有限公司　　地址：长沙市岳麓区麓谷大道236号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青溪县帮扶项目管理平台建设事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供帮扶项目管理平台软件许可，并在该平台上完成定制开发、数据迁移、部署实施和培训，使甲方能够对全县衔接资金项目的申报、入库、实施、验收、资产移交及监测帮扶对象实行全流程管理。
P:1.2 定制开发内容包括：项目库管理模块、衔接资金拨付监管模块、监测对象动态帮扶模块、与省级防返贫监测系统的数据接口以及面向乡镇的移动填报端。具体功能以附件1《需求规格说明书》为准。
P:1.3 平台部署在甲方指定的县电子政务云，乙方负责安装、配置和联调。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰零陆万元整（¥1,060,000.00），含税，明细如下：
P:（1）帮扶项目管理平台软件永久许可（县级部署，不限用户数）：¥520,000；
P:（2）定制开发（项目库、资金监管、监测帮扶、省级接口、移动端）：¥436,000；
P:（3）历史项目数据清洗与迁移（2016年以来约6,800个项目）：¥58,000；
P:（4）部署实施与培训（县乡两级操作人员）：¥46,000。
P:2.2 上述价格已包含乙方完成本合同全部工作所需的一切费用，合同履行期间不因任何原因调整。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函之日起10个工作日内，甲方支付合同总价的20%作为预付款，即¥212,000。
P:3.2 平台完成部署并通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥477,000。
P:3.3 平台试运行期满并通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥371,000。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不得以此为由无故拖延。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成部署和初步验收，在初步验收后60日内完成试运行。
P:4.2 乙方应于每周五向甲方提交实施周报，说明进度、问题和下周计划。
P:4.3 乙方应组建不少于6人的项目组，项目经理须具有同类政府项目实施经验，未经甲方书面同意不得更换。乙方人员进驻甲方办公场所时，应遵守甲方的管理制度和保密要求。
P:4.4 乙方应为县、乡两级操作人员各组织不少于2期集中培训，并提供操作视频和常见问题手册，确保每个乡镇至少有2名人员能够独立完成项目填报和资金台账维护。
H:第五条 验收
P:5.1 初步验收标准：附件1所列功能全部实现并通过甲方组织的功能测试；历史数据迁移后逐项比对，项目数量、资金金额与原台账一致；省级接口连续7日数据交换无差错；在200个并发用户下，常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；各乡镇操作人员培训考核合格；乙方移交全部源代码、部署文档和操作手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。平台上线使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策口径调整和技术支持。
P:6.2 质保期满后，甲方如需继续维护，双方另行签订维护合同。维护费每服务年度不超过软件许可费的8%（即¥41,600），自质保期满起三个服务年度内不上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台每月可用率不低于99.95%，计划内维护须提前3个工作日告知甲方且安排在夜间进行。
P:7.2 故障分为三级。一级故障（平台整体无法访问或资金数据错误）：乙方30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障：2小时内响应，次日内解决；三级故障：3个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减¥500；月可用率每低于约定值0.01个百分点扣减¥1,000。扣减款从应付款或履约保证金中抵扣。
H:第八条 数据安全与数据归属
P:8.1 平台中的项目数据、资金数据、监测对象信息等全部数据归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，对个人信息加密存储，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制到甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行本合同中知悉的甲方工作秘密、帮扶对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的软件、接口程序、源代码及相关文档的知识产权归甲方所有。
P:10.2 平台软件原有部分的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯任何第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:乙方不得将本合同项下的工作转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件与本合同具有同等效力。
P:附件1：需求规格说明书　附件2：分项报价表　附件3：实施计划
P:甲方（盖章）：青溪县乡村振兴局　　代表：________　　日期：2025年6月____日
P:乙方（盖章）：湘禾数智信息技术有限公司　　代表：________　　日期：2025年6月____日
"""

Z02 = """T:抛光线控制系统改造及维保合同
P:合同编号：HTCC-SB-2025-0416
P:甲方：高安市华泰陶瓷有限公司　　地址：高安市建筑陶瓷产业基地华泰路1号
P:乙方：江西精控自动化工程有限公司　　地址：南昌市青山湖区高新大道588号
P:甲方二号车间三条抛光线的原控制系统已运行多年，故障频发、备件停产。为提升抛光质量和设备稼动率，甲方委托乙方对上述抛光线实施控制系统改造并提供质保期后的维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除三条抛光线原有的控制柜、驱动器和操作面板，更换为新的PLC控制系统、伺服驱动及电机、HMI触摸屏，并新增两台在线厚度检测仪。
P:（二）编制抛光线控制程序，实现磨头压力闭环控制、刮平与抛光联动、砖坯跟踪、自动换规格和故障报警。
P:（三）提供线体监控软件一套，部署在车间控制室，实时显示各线速度、电流、压力、产量和厚度数据，并与甲方现有MES系统对接产量数据。
P:（四）改造工作应在甲方安排的停产窗口内分线实施，每条线停机不超过6天，不得影响其他两条线正常生产。
H:二、合同价款
P:本合同总价为人民币柒拾玖万贰仟元整（¥792,000.00），含13%增值税，明细见下表。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|58,000|348,000
TB:2|伺服驱动及电机|24套|6,500|156,000
TB:3|在线厚度检测仪|2台|43,000|86,000
TB:4|HMI触摸屏|6台|4,800|28,800
TB:5|线体监控软件（永久许可）|1套|96,000|96,000
TB:|硬件及软件小计|||714,800
TB:6|安装调试及旧系统拆除|1项|68,000|68,000
TB:7|操作及维修培训|1项|9,200|9,200
TB:|合计|||792,000
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%，即¥158,400，作为预付款。
P:（二）全部设备到货并经甲方开箱清点无误后，甲方支付合同总价的35%，即¥277,200。到货清点不视为验收。
P:（三）三条线全部改造完成并通过最终验收后15个工作日内，甲方支付合同总价的45%，即¥356,400。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方车间，并在到货后50日内完成三条线的改造和调试。
P:（二）乙方逾期交货或逾期完成改造的，应及时书面说明原因，并采取增派人员、调整工序等补救措施，尽快完成。
P:（三）甲方应按时提供停产窗口、施工用电、压缩空气和吊装条件，并指派设备部人员全程配合；因甲方原因推迟停产窗口的，工期相应顺延。
P:（四）乙方应在施工前提交施工方案和停机计划，经甲方设备部确认后实施；改造中拆除的旧控制柜、电缆等归甲方所有，由乙方清理至甲方指定地点。
P:（五）乙方施工人员应遵守甲方的安全生产制度，进入车间须佩戴安全帽和防护用品，动火、登高和带电作业须办理作业票。因乙方违章作业造成人身伤害或设备损坏的，由乙方负责。
H:五、验收
P:（一）每条线改造完成后连续试运行72小时，期间不得发生因控制系统原因导致的停线。
P:（二）验收指标：成品砖厚度偏差不超过±0.2毫米；磨头压力控制误差不超过设定值的±3%；同规格下线速度较改造前提高不低于8%；规格切换时间不超过20分钟；监控软件数据与现场仪表读数一致，产量数据准确传入MES。
P:（三）三条线均达到上述指标后，由甲方设备部、生产部和乙方共同签署最终验收报告。设备到货、安装完成或投入生产均不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量或程序缺陷引起的故障，乙方免费维修或更换，并承担往返运费和人工费。
P:（二）乙方应在质保期内每季度上门巡检一次，出具巡检报告，并对控制程序做必要的优化。
P:（三）乙方应随设备提供易损件清单和推荐备件清单，并保证在本合同签订后至少八年内能够以合理价格供应伺服电机、驱动器、PLC模块等备件。
P:（四）培训：乙方应为甲方电工和操作工分别组织现场培训，内容包括控制原理、日常点检、参数设置、常见故障判断和程序备份恢复，培训后提供完整的电气图纸、程序备份和维修手册。
H:七、维保服务
P:（一）质保期满后，甲方可委托乙方继续提供维保服务。维保费每服务年度为硬件及软件小计的6%（即¥42,888），自质保期满起两个服务年度内保持不变，此后如需调整，由双方协商确定。
P:（二）故障响应：一级故障（整条抛光线停机）乙方接到报修后1小时内电话响应，8小时内到达现场；二级故障（单台设备故障、线体降速运行）24小时内到达现场；三级故障在下次巡检时处理。
P:（三）上述响应时限为乙方的服务目标，乙方未能按时响应或到场的，不承担扣款或赔偿责任。
H:八、生产数据安全
P:（一）监控软件及控制系统采集的生产数据、工艺参数和配方归甲方所有，乙方不得复制、带离或用于本合同以外的用途。
P:（二）乙方远程维护须事先取得甲方设备部同意，并通过甲方提供的专用VPN账号进行，每次操作应留存日志。乙方应采取防病毒、访问控制和账号管理措施，防止控制系统遭受网络攻击。
P:（三）因乙方原因导致数据泄露、被篡改或控制系统被入侵的，乙方应立即通知甲方并采取补救措施，赔偿由此给甲方造成的全部损失。
H:九、保密
P:乙方对在履行合同中知悉的甲方工艺配方、产品规格、产量和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。乙方应要求其现场施工人员遵守上述保密义务。
H:十、知识产权
P:乙方为本项目编制的PLC控制程序、HMI画面、MES对接程序及相关源程序和技术文档的知识产权归甲方所有。线体监控软件的著作权仍属乙方，甲方享有永久使用权。
H:十一、违约责任
P:（一）任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十二、分包
P:乙方不得转包本合同。电气安装中的辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方逾期交货超过30日，或者有其他严重违约行为经甲方书面催告后20日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议时双方协商解决；协商不成的，提交宜春仲裁委员会仲裁。
H:十五、其他
P:本合同附件包括技术方案、设备清单和验收测试表，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：高安市华泰陶瓷有限公司（盖章）　授权代表：________　日期：________
P:乙方：江西精控自动化工程有限公司（盖章）　授权代表：________　日期：________
"""

Z03 = """门店点单及会员系统SaaS服务合同

合同编号：LSKF-IT-2025-021
甲方：成都鹿山咖啡餐饮管理有限公司（以下简称"甲方"）
地址：成都市锦江区红星路三段99号
乙方：杭州云栈零售科技有限公司（以下简称"乙方"）
地址：杭州市西湖区文三路478号

鉴于甲方在成都、重庆两地经营32家直营咖啡门店，需要统一的门店点单、小程序下单和会员营销系统；乙方提供"云栈点单"SaaS服务，双方经协商，订立本合同。

1. 服务内容
1.1 乙方向甲方32家门店提供云栈点单SaaS服务，包括收银点单、小程序点单与外卖接单、库存与物料、会员储值与积分、优惠券营销及经营报表。
1.2 乙方为甲方提供总部会员营销模块，支持会员分层、生日礼遇和门店间会员权益通用。
1.3 乙方负责实施：菜单与门店配置、与门店现有收银硬件及小票打印机对接、甲方原有会员数据（约21万条）迁移、店长及店员培训。
1.4 为甲方定制的小程序页面设计、会员等级规则配置和专用经营报表，在本合同中称为"定制成果"。

2. 服务期限
2.1 服务期为两个服务年度，自上线验收合格之日起计算。
2.2 首个服务年度届满前，门店数量增加的，新增门店按第3.1条的单价按剩余服务期折算计费。

3. 服务费用
3.1 门店订阅费：每家门店每服务年度¥3,600，32家门店每服务年度合计¥115,200。
3.2 总部会员营销模块：每服务年度¥38,000。
3.3 实施费（一次性）：¥46,800。
3.4 合同总价：¥115,200×2＋¥38,000×2＋¥46,800＝¥353,200。
3.5 短信、支付通道手续费由甲方按实际用量另行结算，不计入合同总价。

4. 付款方式
4.1 实施费在上线验收合格后10个工作日内一次性支付。
4.2 订阅费和会员营销模块费按季度结算，每季度结束后10个工作日内，乙方开具发票，甲方支付该季度费用。
4.3 本合同不设预付款。

5. 实施与上线验收
5.1 乙方应在合同签订后40日内完成全部门店上线。
5.2 乙方应为每家门店的店长和店员组织现场或线上培训，内容包括点单收银、退款处理、交班对账、会员充值与核销和库存盘点，并提供操作视频和常见问题手册。新开门店的培训由乙方免费提供。
5.3 上线验收标准：32家门店全部完成一周试运行；收银与小程序订单数据与支付流水逐笔核对一致；会员数据迁移后余额、积分与原系统一致；高峰时段单笔点单操作在2秒内完成；店长培训考核合格。
5.4 验收通过后双方签署上线验收单。试运行或甲方门店开始使用系统，不视为验收合格。
5.5 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥300。

5.6 甲方应指定一名项目负责人，按时提供菜单、价格、门店信息和原会员数据，并组织门店人员参加培训。因甲方未按时提供资料导致上线推迟的，乙方的上线期限相应顺延，不计违约金。

6. 服务水平
6.1 系统月可用率不低于99.5%。
6.2 一级故障（多家门店无法点单或无法收款）：乙方15分钟内响应，1小时内提供临时方案，3小时内恢复；二级故障：1小时内响应，当日解决；其他问题：2个工作日内解决。
6.3 月可用率低于约定值的，按当月服务费的5%给予服务抵扣；一级故障响应超时的，每次抵扣¥500。抵扣在下季度费用中扣减。

6.4 乙方提供每日7:00至24:00的电话和在线客服，门店营业高峰期间（节假日、新品上市日）应安排专人值守。乙方应每月向甲方提交服务报告，列明可用率、故障记录、处理时长和抵扣金额。
6.5 乙方对平台进行版本升级的，应提前5个工作日通知甲方，升级安排在凌晨门店闭店后进行，升级后不得降低现有功能和性能。

7. 数据归属与数据安全
7.1 甲方会员信息、订单数据和经营数据归甲方所有。
7.2 甲方同意，乙方可将甲方订单和会员消费数据经去标识化、汇总后，用于乙方的行业分析报告、产品改进和算法训练，该使用权在合同终止后继续有效。
7.3 乙方应将数据存储在中国境内，按网络安全等级保护第三级要求进行防护，对会员手机号等个人信息加密存储，建立访问权限和操作日志制度，并遵守《个人信息保护法》。
7.4 发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方因此遭受的全部损失，包括甲方向会员承担的赔偿。
7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除其系统中保存的甲方数据。

7.6 乙方人员仅在处理甲方工单所必需的范围内访问甲方数据，访问须经甲方授权并留存记录。乙方应每服务年度至少进行一次安全渗透测试，并将测试结论及整改情况书面告知甲方。

8. 保密
双方对在合作中获知的对方商业秘密、价格和经营信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

9. 知识产权
9.1 云栈点单平台及其软件的知识产权归乙方所有。
9.2 定制成果的知识产权归甲方所有，甲方可自行使用、修改或委托第三方使用。

10. 续期
10.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
10.2 每次续期时，乙方有权上调订阅费和模块费，上调幅度不超过上一服务年度费用的8%，乙方以书面通知告知甲方即可。

10.3 甲方不同意调价的，可在收到通知后15日内书面提出不续约，本合同于当期服务期满时终止，乙方应按第7.5条交付数据。

11. 分包
乙方不得将本合同项下的服务分包给第三方，但经甲方事先书面同意的除外。

12. 合同解除
12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
12.2 系统连续两个季度月可用率均低于约定值，或一个季度内发生三次以上一级故障的，甲方有权解除本合同，乙方应退还已付但尚未履行期间的服务费。
12.3 合同因任何原因终止的，乙方应配合甲方完成数据导出和系统切换，切换期间不得中断服务。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。仲裁期间，不涉及争议的部分应继续履行。

14. 其他
14.1 甲方门店现有的收银机、扫码枪和小票打印机型号清单见附件1，乙方确认其服务与上述硬件兼容；如需更换硬件，由乙方提前列明型号和数量，经甲方同意后由甲方另行采购。
14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都鹿山咖啡餐饮管理有限公司　　代表：________　　日期：________
乙方（盖章）：杭州云栈零售科技有限公司　　代表：________　　日期：________
"""

Z04 = """南湖区文化馆场馆预约系统运维服务合同

项目编号：NHWHG-CS-2025-06（竞争性磋商）
采购人（甲方）：南湖区文化馆
地址：嘉兴市南湖区文昌路166号
供应商（乙方）：嘉兴禾信软件服务有限公司
地址：嘉兴市经济技术开发区昌盛南路36号

根据南湖区文化馆场馆预约系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就该系统的运维服务订立本合同。

第一章 服务范围与期限
（1）运维对象：甲方场馆预约系统，包括微信小程序预约端、管理后台、6个场馆门禁闸机对接程序、活动报名与签到模块以及与"浙里办"平台的预约接口。
（2）服务期：2025年7月1日至2026年6月30日。
（3）服务内容：系统日常监控与故障处理；每季度安全巡检与漏洞修复；操作系统、数据库和中间件的补丁更新；根据甲方需要进行小幅功能优化（全服务期不超过20人日）；重大活动期间派员驻场保障（全服务期不超过10场次）；每月数据备份检查；用户操作咨询。
（4）乙方应指定一名运维负责人，并保证工作日9:00至17:30有人员通过电话和即时通讯工具受理甲方报修。
（5）系统运行环境：系统部署在区政务云，包括应用服务器2台、数据库服务器1台和文件存储1套，甲方负责政务云资源的申请和网络开通，乙方负责上述服务器内操作系统以上部分的运维。
（6）服务开始前，乙方应与原运维单位完成交接，核对系统账号、源代码、部署文档和历史工单，并形成交接清单报甲方确认。

第二章 人员要求
（1）乙方应为本项目配备运维负责人1名、开发工程师1名和运维工程师1名，运维负责人应具有三年以上同类系统运维经验。
（2）乙方更换运维负责人的，应提前10日书面告知甲方，新人员的资历不得低于原人员。
（3）乙方人员进入甲方场馆或机房时，应遵守甲方的安全管理和开放服务制度，着装整洁，文明服务。

第三章 服务费用
（1）本合同总价为人民币壹拾捌万陆仟元整（¥186,000.00），为固定总价，含税。
（2）费用构成：
    日常运维及故障处理　　　　¥96,000
    季度安全巡检及漏洞修复　　¥38,000
    功能优化（20人日）　　　　¥32,000
    重大活动驻场保障（10场次）¥20,000
    合计　　　　　　　　　　　¥186,000
（3）未使用完的功能优化人日和驻场场次不予退费，也不结转。
（4）合同总价已包含乙方人员的交通、食宿、通讯、工具软件及驻场期间的全部费用，甲方不再另行支付。

第四章 付款方式
（1）服务期满6个月并经甲方中期考核合格后15个工作日内，甲方支付合同总价的50%，即¥93,000。
（2）服务期满并经甲方年终考核合格后15个工作日内，甲方支付合同总价的50%，即¥93,000。
（3）本合同不设预付款。乙方收款前应开具合法发票。

第五章 考核验收
（1）甲方按附件《运维考核表》进行中期考核和年终考核，考核项目包括：季度巡检按期完成并提交报告；巡检发现的高危漏洞在10个工作日内修复并经复测通过；工单闭环率不低于98%；甲方业务科室对运维服务的满意度评价；数据备份每月抽查可恢复；功能优化经甲方业务科室测试确认。
（2）考核得分不低于85分的为合格。不合格的，乙方应在15日内整改，整改后重新考核；重新考核仍不合格的，甲方可按考核扣分比例核减当期服务费。

第六章 故障处理
（1）乙方接到甲方报修后，应及时响应，尽快排除故障，恢复系统正常运行。
（2）系统故障影响群众预约的，乙方应配合甲方在小程序发布公告，并协助甲方做好现场人工登记。
（3）每次故障处理完毕后，乙方应在工单系统中记录故障原因和处理过程。
（4）乙方应在每月5日前向甲方提交上月运维报告，内容包括巡检情况、故障及处理情况、补丁更新、功能优化进度、驻场保障记录和下月工作计划。
（5）甲方举办春节、元宵等大型群众文化活动前，乙方应提前对系统进行压力检查和预约规则核对，并按甲方通知派员驻场。

第七章 数据归属
（1）系统中的预约记录、报名信息、用户信息和场馆使用统计数据均归甲方所有。
（2）乙方不得将上述数据用于本合同以外的任何用途，不得向第三方提供。

第八章 保密
（1）乙方对在运维过程中知悉的甲方工作信息、系统账号密码和网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
（2）乙方应要求其参与本项目的人员签署保密承诺书。保密义务在本合同终止后继续有效。

第九章 知识产权
（1）乙方在运维期间为甲方编写的功能优化代码、脚本、配置文件和运维文档，其知识产权归甲方所有，乙方应在每次优化完成后交付源代码。
（2）乙方保证其提供的服务和交付物不侵犯第三方知识产权。

第十章 违约责任
（1）乙方未按期完成季度巡检、漏洞修复或重大活动驻场保障的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方人员未经甲方同意擅自离岗或更换运维负责人的，每人次扣减服务费¥1,000。
（3）乙方违约给甲方造成损失的，还应赔偿甲方损失。

第十一章 甲方义务
（1）甲方应指定专人负责与乙方联络，及时提供系统运行所需的政务云资源、账号权限和业务需求。
（2）甲方应对乙方提交的优化需求确认单、巡检报告和运维报告在5个工作日内给予书面确认或提出意见。
（3）甲方因场馆装修、闭馆等原因暂停部分场馆开放的，应提前告知乙方，以便乙方调整预约规则和闸机配置。

第十二章 分包
乙方不得将本合同项下的服务转包或者分包。

第十三章 合同解除
（1）乙方连续两次考核不合格，或有其他严重违约行为经甲方书面通知后10日内仍未纠正的，甲方有权解除合同。
（2）合同解除后，乙方应在7日内移交全部账号、文档和源代码，配合甲方或新的服务商完成交接。

第十四章 不可抗力
因地震、洪水、政务云整体故障等不可抗力致使一方不能履行合同的，该方应及时通知对方并在合理期限内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。

第十五章 廉洁条款
乙方不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同并向有关部门报告。

第十六章 争议解决
因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十七章 其他
（1）本合同未尽事宜，按磋商文件、响应文件和成交通知书执行。
（2）附件：运维考核表、服务内容清单、系统资产清单。附件与本合同具有同等效力。
（3）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：南湖区文化馆　　负责人或授权代表：________　　日期：________
乙方（盖章）：嘉兴禾信软件服务有限公司　　法定代表人或授权代表：________　　日期：________
"""

Z05 = """# 软件许可及定制开发合同

**禾链软件标准合同文本 V3.0**

合同编号：HL-2025-XS-0389

- 甲方（买方）：建瓯市闽溪腐竹食品有限公司，地址：建瓯市小桥镇工业园区3号
- 乙方（卖方）：福州禾链软件有限公司，地址：福州市鼓楼区软件大道89号

甲方拟建设腐竹生产及仓储管理系统，乙方为本合同所列软件的著作权人。双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下条款。

## 第一条 合同标的

1. 乙方向甲方提供禾链生产管理系统（MES）及禾链仓储管理系统（WMS）的永久使用许可，部署在甲方自有服务器。
2. 乙方根据甲方需求进行定制开发：腐竹批次追溯（从黄豆入库、浸泡、磨浆、起皮、烘干到包装）、烘干房温湿度数据对接、电子秤称重对接、成品库位管理和出入库扫码。
3. 乙方负责系统安装、配置、基础数据初始化和操作培训。
4. 乙方保证其对所许可软件享有合法的著作权。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 禾链生产管理系统（MES）永久许可 | 1套 | 480,000 |
| 2 | 禾链仓储管理系统（WMS）永久许可 | 1套 | 420,000 |
|  | 软件许可小计 |  | 900,000 |
| 3 | 定制开发（批次追溯、温湿度对接、称重对接、库位管理） | 1项 | 380,000 |
| 4 | 安装实施及培训 | 1项 | 60,000 |
|  | 合同总价 |  | 1,340,000 |

以上价格含税，不含甲方服务器、扫码枪、标签打印机等硬件。乙方可根据甲方需要推荐硬件型号，硬件由甲方自行采购。

许可范围：MES许可不超过30个并发用户，WMS许可不超过20个并发用户和8台手持终端。超出部分按乙方届时报价另行购买。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥670,000，乙方收到该款项后启动项目。
2. 系统上线运行后5个工作日内，甲方支付剩余50%，即¥670,000。
3. 乙方收款后向甲方开具增值税专用发票。
4. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施和服务。

## 第四条 交付与上线

1. 乙方在收到首期款后75日内完成软件安装和定制开发，并通知甲方上线。
2. 系统上线运行即视为甲方验收合格。甲方在上线后提出的修改意见，乙方视情况在后续版本中处理。
3. 乙方交付内容包括：安装程序、数据库初始化脚本、用户手册、管理员手册和培训记录。源代码不属于交付范围。

3. 甲方应在乙方进场前准备好服务器、网络、扫码枪、标签打印机和电子秤，并提供物料编码、库位、配方和批次规则等基础资料。因甲方准备不足导致上线推迟的，交付期限顺延，乙方不承担责任。
4. 乙方为甲方仓管员、车间班组长和质检员各组织一次现场培训，每次不超过一天，并提供电子版操作手册。超出次数的培训按乙方人天单价另行收费。

## 第五条 免费维护期

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方对软件缺陷提供免费修复和远程技术支持。
2. 因甲方操作不当、服务器故障或甲方自行修改造成的问题，不属于免费维护范围。

## 第六条 技术支持与响应

1. 乙方提供工作日8:30至17:30的电话和远程支持。
2. 一级故障（系统无法登录或无法出入库）：乙方在8小时内响应；其他问题：2个工作日内响应。
3. 需要上门服务的，按乙方人天单价另行收费，差旅费由甲方承担。
4. 上述响应时间为乙方的服务目标，未达到时乙方不承担扣款、赔偿或违约责任。

## 第七条 年度维护

1. 免费维护期满后，甲方应与乙方签订年度维护协议，每服务年度的维护费为软件许可费的28%，即¥252,000。
2. 年度维护协议按服务年度签订，甲方未签订年度维护协议的，乙方不再提供缺陷修复和版本升级；甲方日后恢复维护的，应补缴中断期间的维护费。
3. 维护内容包括缺陷修复、版本升级、远程支持和每服务年度一次上门巡检。定制功能的修改另行计费。

## 第八条 知识产权

1. 本合同所涉软件及定制开发成果（包括批次追溯模块、对接程序、报表及源代码）的知识产权均归乙方所有。
2. 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给任何第三方使用。乙方可将定制开发成果用于其他客户。
3. 甲方不得将软件安装于本合同约定以外的服务器或其他工厂。

## 第九条 数据安全

1. 系统中的生产数据、库存数据和客户订单数据归甲方所有，乙方不得用于本合同以外的目的。
2. 乙方远程维护须经甲方同意，使用甲方分配的账号，操作后及时退出；乙方应做好账号密码管理和病毒防护，不得导出甲方数据。
3. 甲方应自行做好服务器数据的日常备份，乙方可协助甲方配置自动备份策略。
4. 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方、配合恢复，并赔偿甲方由此造成的直接损失。

## 第十条 保密

双方对在合作过程中知悉的对方技术信息和经营信息承担保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 合作方

乙方可根据项目需要，将部分实施、开发或培训工作委托给乙方的合作伙伴完成，无需征得甲方同意，乙方将合作伙伴名称通知甲方即可。

## 第十二条 违约责任

1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
2. 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十三条 不可抗力

因自然灾害、停电、网络中断、政策变化等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在事件发生后10日内提供证明。

## 第十四条 合同解除

乙方严重违约，经甲方书面通知后20日内仍未改正的，甲方可以解除合同。合同解除时，甲方已支付的许可费不予退还。

## 第十五条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十六条 其他

本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同为乙方标准文本，双方另有书面约定的以书面约定为准。

甲方（盖章）：建瓯市闽溪腐竹食品有限公司　　代表：________　　日期：________

乙方（盖章）：福州禾链软件有限公司　　代表：________　　日期：________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. APS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Andina Planning Software S.A.S., a company organised under the laws of the Republic of Colombia, with its registered office at Carrera 43A No. 1-50, El Poblado, Medellin, Antioquia, Colombia (the "Vendor"); and
P:(2) Foshan Huateng Furniture Manufacturing Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office at No. 18 Longjiang Industrial Road, Shunde District, Foshan, Guangdong (the "Customer").
P:Recitals. The Customer manufactures panel and upholstered furniture in two plants in Shunde and wishes to replace its spreadsheet-based production planning with a finite-capacity scheduling system. The Vendor develops and licenses the AndinaPlan production planning and scheduling software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AndinaPlan server and client software in the version current on the Effective Date, including updates provided under this Agreement.
P:1.2 "Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including the ERP interface, custom reports, data conversion scripts, scheduling rules configured for the Customer's plants and the related documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including orders, bills of materials, routings, capacity data and schedules.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer perpetual, non-exclusive, non-transferable licences to install and use the Software on the Customer's own servers in China for the internal business of the Customer and its wholly owned subsidiaries, for one server installation and sixty named users.
P:2.2 The Vendor shall provide the implementation services described in Annex 1: installation, configuration of both plants, conversion of master data, an interface with the Customer's existing ERP system for sales orders, stock and purchase orders, three custom reports and training of planners, supervisors and key users.
P:2.3 The Vendor shall provide the warranty and support services in Article 7.
H:Article 3 Price
P:3.1 All prices are stated in Chinese Renminbi (CNY) at the Customer's request and include all taxes and withholdings payable in Colombia. The Contract Price is CNY 746,000, made up as follows:
P:Server licence, 1 x CNY 260,000 = CNY 260,000
P:Named user licences, 60 x CNY 3,800 = CNY 228,000
P:Licence subtotal = CNY 488,000
P:Implementation and configuration services = CNY 176,000
P:ERP interface development = CNY 64,000
P:Training = CNY 18,000
P:Contract Price = CNY 746,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 149,200) as an advance payment within 15 business days after signature and receipt of the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 335,700) within 15 business days after Go-Live, which is the first day on which the Software is used for the production schedule of both plants.
P:4.3 35% of the Contract Price (CNY 261,100) within 15 business days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall deliver the Software within 10 days after the Effective Date and shall complete Go-Live within 120 days after the Effective Date, following the project plan in Annex 2.
P:5.2 The Customer shall provide server hardware, operating system licences, remote access through its VPN and the availability of its planners and ERP staff as set out in the project plan.
P:5.3 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 45 days (the "Acceptance Period").
P:6.2 The acceptance criteria are: all functions in Annex 1 work as specified; a weekly schedule for both plants is generated in less than 10 minutes; material requirements calculated by the Software match a manual check of 50 sample orders; the ERP interface transfers orders, stock and purchase orders without error for 20 consecutive working days; and no Severity 1 incident remains open at the end of the Acceptance Period.
P:6.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within 10 business days. If any criterion is not met, the Vendor shall correct the defect and the Acceptance Period shall be repeated for the affected function. Go-Live, production use or any payment does not by itself mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects in the Software and the Deliverables free of charge and shall provide all updates and new versions of the Software and remote support.
P:7.2 After the warranty period the Customer may order annual support for each Support Year at 8.5% of the licence subtotal, that is CNY 41,480 per Support Year. This fee is fixed for the first three Support Years; after that any increase may not exceed 3% a year. Support is ordered by written purchase order for each Support Year and does not renew automatically.
P:7.3 Support is given by telephone, e-mail and remote session in Chinese or English from 8:00 to 20:00 Beijing time on business days, and at all times for Severity 1 incidents.
P:7.4 Severity 1 (the Software is down or schedules cannot be produced for a plant): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, resolution within 3 business days. Severity 3: response next business day.
P:7.5 For each full hour by which the Vendor misses a Severity 1 response time, the Customer shall receive a credit of CNY 600 against the next support fee or the next payment due.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems, except as the Customer approves in writing for troubleshooting.
P:8.2 The Vendor shall access the Customer's systems only through the VPN account provided by the Customer, with individual named accounts, and shall follow the Customer's information security rules. The Vendor shall keep its consultants' laptops encrypted and protected by current anti-virus software.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, and shall be responsible for all losses the Customer suffers from a breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, including prices, product designs, customer lists and production volumes, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 The Vendor keeps all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Deliverables belong to the Customer from creation. The Vendor shall hand over the source code of the ERP interface and of the conversion scripts. The Customer may use, modify and license the Deliverables freely.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement of third-party rights, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 5.3 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the amounts paid for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Colombia.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration at the Arbitration and Conciliation Centre of the Bogota Chamber of Commerce, in English, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Acceptance Criteria) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Vendor: Andina Planning Software S.A.S.    Name: ____________    Signature: ____________    Date: ________
P:For the Customer: Foshan Huateng Furniture Manufacturing Co., Ltd.    Name: ____________    Signature: ____________    Date: ________
"""

E02 = """# ORDER FORM

**Austral Cloud Cia. Ltda. — FacilityDesk Subscription**

Order Form No. AC-OF-2025-118

| | |
|---|---|
| Provider | Austral Cloud Cia. Ltda., Avenida Solano 4-71, Cuenca, Azuay, Ecuador |
| Customer | Chengdu Jinyue Property Services Co., Ltd., No. 66 Tianfu Third Street, High-tech Zone, Chengdu, Sichuan |
| Service | FacilityDesk work-order, patrol and inspection SaaS, with the Mobile Inspection module |
| Users | 180 named users across 41 residential and office properties managed by the Customer |
| Subscription Term | three Subscription Years from the Subscription Start Date |
| Subscription Start Date | the date of Go-Live Acceptance under Section 3.2 of the General Terms |
| Currency | Chinese Renminbi (CNY), at the Customer's request |

## Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FacilityDesk subscription | 180 users x CNY 1,100 per Subscription Year | 198,000 per Subscription Year |
| Mobile Inspection module | per Subscription Year | 36,000 per Subscription Year |
| Subscription fees, three Subscription Years | 3 x CNY 234,000 | 702,000 |
| Onboarding (one-time): configuration of 41 properties, import of assets and residents' service records, two training sessions | fixed | 58,000 |
| Total Contract Value | | 760,000 |

SMS notifications above 20,000 messages a month are charged at CNY 0.06 per message and are not part of the Total Contract Value.

## Invoicing and payment

1. Invoice 1, issued on signature of this Order Form: the onboarding fee and the subscription fees for Subscription Year 1, CNY 292,000 in total, payable within 15 days of the invoice date and in any case before the Subscription Start Date. The Provider starts onboarding when Invoice 1 has been paid.
2. Subscription fees for Subscription Years 2 and 3 (CNY 234,000 each) are invoiced 30 days before the start of each Subscription Year and are payable in advance.
3. All payments are made in CNY to the Provider's account with its collection agent in Chengdu named on the invoice.

## Signatures

This Order Form incorporates the FacilityDesk General Terms below. If they conflict, this Order Form prevails.

For the Provider: ____________ Date: ________

For the Customer: ____________ Date: ________

---

# FACILITYDESK GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the FacilityDesk software-as-a-service described in the Order Form, including the mobile applications and updates the Provider makes generally available.

1.2 "Customer Data" means all data the Customer or its users enter into or generate through the Service, including residents' names, room numbers, telephone numbers, work orders, photographs and inspection records.

1.3 "Customer Configurations" means the work-order categories, inspection routes, checklists, report templates and workflows configured specifically for the Customer during onboarding or at its request.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the Order Form and these General Terms.

2.2 The Service is hosted in a public cloud region in mainland China operated by a licensed cloud service provider. The Provider shall not move Customer Data outside mainland China.

2.3 The Customer may reassign a named user licence to another employee when the original user leaves or changes role, provided that the total number of named users does not exceed the number in the Order Form. Additional users may be ordered at the unit price in the Order Form, pro rata for the remaining part of the Subscription Year.

2.4 The Customer shall keep user credentials secure and shall be responsible for the activities of its named users.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 45 days after receipt of payment of Invoice 1.

3.2 Go-Live Acceptance criteria: all 41 properties and their asset registers are loaded and reconciled with the Customer's lists; work orders can be created, dispatched, closed and rated on web and mobile; inspection routes with QR-code check-in work at three pilot properties for 10 consecutive days; the monthly report templates reproduce the Customer's current reports; and the trained users pass the Provider's short test. The Customer shall sign a Go-Live Acceptance certificate within 5 business days after the criteria are met. Use of the Service during onboarding is not acceptance.

3.3 If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the next invoice.

## Section 4 Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Priority 1 (the Service is unavailable or work orders cannot be created for all users): response within 30 minutes, 24 hours a day; restoration or workaround within 2 hours. Priority 2: response within 2 hours during business hours. Priority 3: next business day.

4.3 Service credits: for each 0.1 percentage point or part of it below the availability commitment in a month, 2% of the monthly equivalent of the subscription fees; for each Priority 1 response more than 30 minutes late, CNY 300. Credits are deducted from the next invoice or refunded at the end of the term.

4.4 Support is provided in Chinese by telephone, e-mail and the in-app ticket function. The Provider shall send the Customer a monthly service report showing availability, incidents by priority, response and restoration times and any credits due.

4.5 The Provider may update the Service from time to time but shall not materially reduce its functions or security during the Subscription Term. Changes visible to users shall be announced at least 10 days in advance, with release notes in Chinese.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or share it.

5.2 The Provider shall maintain ISO/IEC 27001 certification for the Service, encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for 180 days, and comply with the Personal Information Protection Law of the PRC.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall cooperate in the investigation and in notifications to residents and regulators, and shall be responsible for the losses caused to the Customer by any incident caused by the Provider or its subprocessors.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and image files and then delete it, confirming the deletion in writing.

## Section 6 Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this agreement, use it only for this agreement and not disclose it to third parties without written consent, for the term and three years after it.

## Section 7 Intellectual Property

7.1 The Provider owns the Service and all its software.

7.2 Customer Configurations belong to the Customer. On request the Provider shall export them in a documented format, and the Customer may use, modify and let any third party use them freely.

## Section 8 Subprocessors and Subcontractors

The Provider shall not engage any subprocessor or subcontractor to process Customer Data or perform the Service without the Customer's prior written consent. Approved subprocessors at signature: the hosting provider named in Annex A.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of Sections 5 and 6.

9.2 The Provider's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

## Section 10 Term, Renewal and Termination

10.1 The agreement runs for the Subscription Term in the Order Form. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this Section, the Provider shall refund the prepaid fees for the period after termination.

10.3 On expiry or termination the Provider shall make Customer Data available for export for 30 days in accordance with Section 5.4.

## Section 11 Governing Law and Disputes

At the Customer's request, the agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Section 12 General

12.1 Notices shall be in writing in English or Chinese to the addresses in the Order Form.

12.2 Neither party may assign the agreement without the other party's written consent.

12.3 Annex A lists the approved hosting provider; Annex B sets out the onboarding plan.
"""

E03 = """T:Purchase Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. QDLY-EQ-2025-032
P:Buyer: Qingdao Lanyang Cold Chain Logistics Co., Ltd., No. 9 Qianwangang Road, Huangdao District, Qingdao, Shandong, China.
P:Supplier: Llanos Instrumentacion C.A., Avenida Bolivar Norte, Torre Camoruco, Valencia, Carabobo, Venezuela.
P:Whereas the Buyer operates a cold-storage warehouse of six frozen chambers and two chilled chambers at its Huangdao site and must record temperatures continuously for food-safety inspections and its customers' audits; and whereas the Supplier manufactures and supplies wireless temperature and humidity monitoring systems and has submitted the quotation accepted by the Buyer; the Buyer and the Supplier agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless temperature, humidity and door-status monitoring system for the Buyer's Huangdao cold store (the "System"), consisting of the equipment and software listed in Section 2.
P:1.2 The System shall record readings from every sensor at intervals of no more than 2 minutes, raise alarms by SMS, telephone call and the monitoring software when a chamber leaves its set range, and keep all records for at least three years in the Buyer's server room.
P:1.3 The Supplier shall provide installation drawings, calibration certificates for every sensor traceable to a national standard, operating manuals in Chinese and English, training, and a list of recommended spare parts with unit prices valid for three years after Final Acceptance.
H:Section 2 Price
P:2.1 The prices below are in Chinese Renminbi (CNY), fixed, and include delivery to the site, import duties, taxes, installation materials and the Supplier's travel expenses.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +30 C, +/-0.3 C|420|680|285,600
TB:2|Wireless temperature and humidity sensor|60|920|55,200
TB:3|LoRa gateway with 4G backup|12|6,400|76,800
TB:4|Door-status sensor|84|260|21,840
TB:5|Monitoring software, perpetual licence, unlimited sensors on one site|1|88,000|88,000
TB:|Hardware and Software Subtotal|||527,440
TB:6|Installation, cabling of gateways and on-site calibration|1|46,560|46,560
TB:7|Training of warehouse and maintenance staff|1|6,000|6,000
TB:|Contract Price|||580,000
P:2.2 The Contract Price is CNY 580,000 and will not be adjusted for exchange-rate changes or any other reason.
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 377,000) is paid within 20 business days after the Buyer signs the Installation Certificate confirming that all equipment has been delivered and installed. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 203,000) is paid within 20 business days after the Buyer signs the Final Acceptance Certificate under Section 5.
P:3.4 Each payment is made against the Supplier's invoice in CNY by bank transfer.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation within 20 days after delivery. Installation in each chamber must be coordinated with the Buyer's warehouse manager so that no stored goods are exposed to unsafe temperatures.
P:4.2 If the Supplier delays delivery or installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Buyer shall provide a power supply at each gateway position, space in its server room, a virtual server meeting the Supplier's written specification, a network connection for the gateways and access to the chambers at agreed times. The Supplier's staff shall wear the cold-weather protective clothing provided by the Buyer and follow its safety rules for work in frozen chambers.
P:4.4 Training: the Supplier shall train up to 20 of the Buyer's warehouse and maintenance staff on site in two sessions, covering reading the dashboards, acknowledging alarms, replacing batteries and sensors, exporting audit reports and restoring the software from backup.
P:4.5 Risk in the equipment passes to the Buyer when the Installation Certificate is signed. Title passes on payment under Section 3.2.
H:Section 5 Acceptance
P:5.1 After installation the System runs for a trial period of 14 consecutive days, during which the chambers are operated normally with goods in storage.
P:5.2 The System passes acceptance when: every sensor reads within +/-0.3 C of a calibrated reference thermometer at two test points; no sensor misses more than 5 readings on any day of the trial; every alarm test (high temperature, low temperature, door open longer than the set time, gateway power loss) reaches the duty telephone and the software within 60 seconds; the software exports daily reports in the format required by the Buyer's food-safety audits; and all calibration certificates and manuals have been handed over.
P:5.3 The parties sign the Final Acceptance Certificate within 5 business days after the criteria are met. If the System fails, the Supplier shall correct the defects and repeat the trial period at its own cost. Use of the System during the trial does not mean acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective equipment free of charge, including transport, and supply software updates. Batteries of wireless sensors are covered for the whole warranty period. Replacement sensors shall be calibrated before installation, and their certificates shall be handed to the Buyer.
P:6.2 Severity 1 (a chamber has no monitoring, or alarms fail): the Supplier shall respond within 30 minutes by telephone and remote session and, if needed, have its local service partner on site within 8 hours. Severity 2 (single sensors failed): response within 2 hours, replacement within 3 days. The Supplier shall keep spare sensors and one spare gateway at the site.
P:6.3 For each hour by which the Supplier misses the Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due or claim directly.
P:6.4 After the warranty the Buyer may order annual support at 7% of the Hardware and Software Subtotal per year (CNY 36,920.80), covering the services in Section 6.1 to 6.3 and an annual recalibration. This fee is fixed for three years after the warranty ends. Support does not renew automatically; each year is ordered in writing.
H:Section 7 Data and Security
P:7.1 All readings, alarm records, reports and other data produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The System shall be installed on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN with a named account, and is logged. The Supplier shall change all default passwords, keep the gateway firmware patched and follow the Buyer's information security rules.
P:7.3 The Supplier shall report any data loss, unauthorised access or tampering with records within 12 hours, restore the records where possible and compensate the Buyer for losses caused by the Supplier's breach of this Section, including fines imposed on the Buyer by regulators.
H:Section 8 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, customer names, stock volumes and security settings, and shall not disclose it without prior written consent. This obligation survives for three years after the Contract ends.
H:Section 9 Intellectual Property
P:9.1 The site configuration, alarm rules, report templates and drawings prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:9.2 The Supplier keeps its rights in the sensor firmware and the monitoring software, which is licensed to the Buyer perpetually for the site.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8, which are not limited.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's local service partner in Qingdao, named in Annex 2, is approved on signature. The Supplier remains responsible for the work of its partner.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund all payments received for equipment not accepted and remove it.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 14 Miscellaneous
P:14.1 This Contract is made in English and Chinese in four originals; both versions are equally authentic. Annex 1 (technical specification) and Annex 2 (service partner) form part of it.
P:14.2 Notices shall be given in writing to the addresses above. Notices by e-mail are valid when the receiving party confirms receipt.
P:14.3 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. DMS-XM-2025-07

**Between** Demerara Managed Services Inc., Lot 12 Republic Avenue, Mackenzie, Linden, Upper Demerara-Berbice, Guyana ("Provider")

**and** Xiamen Haiyue Hotel Management Co., Ltd., No. 188 Huandao South Road, Siming District, Xiamen, Fujian, China ("Customer").

**Background.** The Customer manages nine mid-scale hotels in Xiamen and Quanzhou with about 1,450 guest rooms. It wishes to outsource the day-to-day operation of its hotel networks, guest Wi-Fi, staff end-user support and the servers of its property management system. The Provider operates a multilingual service desk and remote network operations centre and works with field engineers in Fujian. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Customer Data" means all data of the Customer, its hotels, guests and staff that the Provider accesses or processes in performing the Services, including guest registration data, Wi-Fi login records and device configurations.

1.4 "Customer Materials" means the network documentation, runbooks, configuration baselines and reports prepared by the Provider specifically for the Customer.

## 2. Term

2.1 The Services run for 24 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. The parties may agree an extension in writing at least 60 days before the end of the Term.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2 in Chinese Renminbi (CNY). The Total Contract Value is CNY 1,176,000.

3.2 The Transition Fee is invoiced on the Service Commencement Date. The Monthly Recurring Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No advance payment is due.

3.3 The charges are fixed for the Term. They include all travel of the Provider's staff and field engineers to the Customer's hotels. Each invoice shall list the charges for each hotel so that the Customer can allocate its costs.

## 4. Transition and acceptance

4.1 The Provider shall complete transition within 50 days after signature, following the transition plan in Schedule 1: discovery and documentation of all network devices, installation of monitoring, knowledge transfer from the Customer's current staff, and a 10-day parallel run of the service desk.

4.2 Transition Acceptance criteria: every switch, firewall, access point and server listed in the Customer's inventory is monitored and documented; the configuration baselines are stored in the Customer's repository; the service desk has handled at least 150 tickets in the parallel run with first-contact resolution of at least 60%; and failover of each hotel's internet line has been tested. The Customer shall sign the Transition Acceptance Certificate within 5 business days after the criteria are met.

4.3 If the Service Commencement Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

## 5. Service levels

5.1 The service levels in Schedule 3 apply from the Service Commencement Date. The Provider shall report on them monthly.

5.2 If the Provider misses a service level, the service credits in Schedule 3 apply and are deducted from the next invoice.

5.3 The Provider shall appoint a named service manager who speaks Chinese and attends the quarterly review meeting in Xiamen. The Provider shall not replace the service manager without giving the Customer 30 days' notice and a suitably qualified successor.

5.4 The Customer shall give the Provider remote access to its networks, provide spare parts and replacement devices, arrange access to hotel rooms and technical areas for field engineers, and inform the Provider in advance of any change to its networks made by third parties. Service levels do not apply to failures caused by the Customer's own contractors, by power cuts in a hotel or by the Customer's internet carriers, but the Provider shall still manage these incidents with the carrier or contractor until they are resolved.

## 6. Customer Data and security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not copy it to any system outside the Customer's networks and the Provider's ticketing system.

6.2 The ticketing system and all remote access are hosted in mainland China. The Provider shall use named accounts with multi-factor authentication, record all privileged sessions, follow the Customer's security policy and the requirements of the Cybersecurity Law and Personal Information Protection Law of the PRC, and never access the guest registration database except on the Customer's written request.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 6 hours, take all measures to contain it, support the Customer's reporting to the public security authorities, and be liable for the Customer's losses caused by any incident for which the Provider or its personnel are responsible.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including network designs, passwords, guest information and commercial terms, shall use it only for this Agreement and shall not disclose it without prior written consent. This obligation lasts for three years after the end of the Agreement.

## 8. Intellectual property

8.1 The Provider keeps its tools, monitoring software and general know-how.

8.2 Customer Materials belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## 9. Subcontracting

The Provider may subcontract any part of the Services, including on-site field engineering, to subcontractors of its choice by giving the Customer written notice of the subcontractor's name before it starts work. The Provider remains responsible for its subcontractors.

## 10. Liability

The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of clauses 6 and 7, personal injury or wilful misconduct.

## 11. Termination

11.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed invoices for more than 60 days after a reminder.

11.2 The Customer may not terminate this Agreement before the end of the Term for breach by the Provider. The Customer's remedies for any failure of the Services are the service credits under clause 5.2 and Schedule 3, the delay payments under clause 4.3 and its claim for damages under clause 10.

11.3 On expiry or termination the Provider shall hand over all Customer Materials, passwords and documentation and support the transfer to a new provider for up to 30 days at no extra charge, and shall then delete all Customer Data from its ticketing system and confirm the deletion in writing.

## 12. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. General

Notices shall be in writing in English or Chinese. Changes to the Services, such as a new hotel added to the Customer's portfolio, are agreed by a written change order stating the additional Monthly Recurring Charge. Neither party may assign this Agreement without the other's written consent. The Schedules form part of this Agreement.

Signed for the Provider: ____________ Date: ________

Signed for the Customer: ____________ Date: ________

---

## Schedule 1 — Services

| Service | Scope |
|---|---|
| Service desk | Telephone, e-mail and chat in Chinese and English, 24 hours a day, for hotel staff (about 600 users) |
| Network operations | Monitoring and management of 9 hotel networks: 126 switches, 18 firewalls, 1,240 access points, internet lines with 4G backup |
| Guest Wi-Fi | Operation of the guest portal, bandwidth policies and help for guests through front-desk staff |
| Server operations | Patching, backup checks and monitoring of the property management system servers and 14 other servers |
| Field engineering | On-site visits for hardware replacement and cabling faults; spare parts are supplied by the Customer |
| Reporting | Monthly service report and quarterly review meeting with the Customer's IT manager |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Recurring Charge | 24 months x CNY 46,000 | 1,104,000 |
| Transition Fee | one-time, on the Service Commencement Date | 72,000 |
| Total Contract Value | | 1,176,000 |

## Schedule 3 — Service levels and credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A hotel's network, internet access or property management system is down | 15 minutes | 2 hours | CNY 1,000 per hour late |
| P2 | Guest Wi-Fi down in part of a hotel, or a single critical device failed | 30 minutes | 8 hours | CNY 300 per hour late |
| P3 | A single user or room affected | 2 hours | next business day | none |

| Measure | Level | Credit if missed |
|---|---|---|
| Network availability per hotel per month | 99.95% | 3% of the monthly charge for each hotel below the level |
| Service desk calls answered within 60 seconds | 90% | 2% of the monthly charge |
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. SDS-ZS-2025-0093

PARTIES
Saramacca Data Services N.V., Waterkant 54, Paramaribo, Suriname ("Vendor").
Zhoushan Haixing Ocean Fishing Co., Ltd., No. 27 Pingyang Road, Shenjiamen, Putuo District, Zhoushan, Zhejiang, China ("Customer").

BACKGROUND
The Customer operates a fleet of 38 ocean fishing vessels and a shore dispatch centre in Shenjiamen. It needs marine weather and sea-state forecasts for route planning, safety alerts and the timing of landings. The Vendor produces gridded marine forecasts and historical hindcast data and delivers them through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the forecasts, observations, hindcasts and derived products that the Vendor makes available through the API.
1.2 "Service Start Date" means the date on which the Customer signs the Connectivity Acceptance Certificate under section 5.
1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.
1.4 "Customer Data" means the data the Customer sends to the API, including vessel positions, planned routes, user accounts and query logs.
1.5 "Integration Deliverables" means the alert rules, data mapping and integration scripts that the Vendor prepares for the Customer's dispatch system.

2. SUBSCRIPTION
2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the subscription to call the API and to use the Data for the internal operations of its fleet and dispatch centre, including display on board its vessels.
2.2 The Standard Marine package covers the North-West Pacific from 0 to 45 degrees north, with forecasts of wind, waves, swell, currents, visibility and sea-surface temperature at 0.1-degree resolution, updated every 6 hours, up to 10 days ahead, and tropical cyclone tracks. The Hindcast Archive module gives access to hourly historical data from 1995.
2.3 The subscription includes up to 3,000,000 API calls per month. Calls above this volume are charged at CNY 0.02 per call and are not part of the Total Contract Value.
2.4 The Customer shall not resell the Data or provide it to third parties, except to its vessel masters and to authorities in an emergency.

3. TERM AND RENEWAL
3.1 The initial term is two Subscription Years from the Service Start Date.
3.2 At the end of the initial term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
3.3 For each renewal term the Vendor may increase the annual fees by up to 8% over the fees of the previous Subscription Year by notice to the Customer. The increased fees apply from the first day of the renewal term.

4. FEES AND PAYMENT
4.1 All fees are in Chinese Renminbi (CNY):
Standard Marine API subscription: CNY 168,000 per Subscription Year
Hindcast Archive module: CNY 24,000 per Subscription Year
Annual fees: CNY 192,000 per Subscription Year, CNY 384,000 for the initial term
Integration support (one-time): CNY 16,000
Total Contract Value: CNY 400,000
4.2 The annual fees are invoiced quarterly in arrears, one quarter of the annual fees per invoice, after the end of each quarter of a Subscription Year. The integration support fee is invoiced after Connectivity Acceptance. Invoices are payable within 30 days. No amount is payable before the Service Start Date.
4.3 Payments are made by bank transfer in CNY to the account of the Vendor's collection agent in Shanghai named on each invoice.

5. INTEGRATION AND ACCEPTANCE
5.1 Within 25 days after signature the Vendor shall provide API keys, documentation in English and Chinese and remote support for connecting the API to the Customer's dispatch system, and shall configure the alert rules agreed with the Customer's safety officer.
5.2 Connectivity Acceptance criteria: the Customer's dispatch system retrieves forecasts for all vessel positions for 7 consecutive days without failed updates; forecast fields match the Vendor's reference files for 20 sample points; gale and cyclone alerts reach the dispatch screens within 5 minutes after a forecast update; and the Hindcast Archive returns a full year of hourly data for a test point in one request. The Customer signs the Connectivity Acceptance Certificate within 5 business days after the criteria are met. Test use of the API is not acceptance.
5.3 If Connectivity Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay, deducted from the first invoice.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, measured at the Vendor's API gateway, excluding maintenance announced at least 48 hours in advance and limited to 2 hours per month.
6.2 Forecast updates shall be published no later than 90 minutes after each scheduled model run.
6.3 Priority 1 (the API is unavailable or forecasts are not updated): response within 1 hour, 24 hours a day, through the Vendor's support line; restoration target 3 hours. Priority 2 (part of the Data is missing or delayed): response within 3 hours. Priority 3: next business day.
6.4 Service credits: for each 0.1 percentage point or part of it below the availability level in a month, 3% of the monthly equivalent of the annual fees; for each Priority 1 response more than 1 hour late, CNY 500; for each forecast update more than 90 minutes late, CNY 200. Credits are deducted from the next invoice.

6.5 The Vendor shall send the Customer a monthly service report showing availability, late forecast updates, incidents by priority, response times and the credits due.
6.6 The Vendor may improve its models, add forecast fields or change the API version. It shall announce any change that requires the Customer to modify its integration at least 90 days in advance and keep the previous API version running for that period. The Vendor shall not remove any forecast field listed in section 2.2 during the subscription.
6.7 Support is provided in English and Chinese by telephone and e-mail. The Customer may name up to five contacts for support requests, including the duty officer of its dispatch centre.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Vendor shall process it only to deliver the API to the Customer and shall not use it for any other purpose, including the improvement of its models or products.
7.2 The Vendor shall keep vessel positions and query logs in encrypted form, delete query logs after 90 days, restrict access to named operations staff, use secure connections for all API calls, and maintain an information security management system certified to ISO/IEC 27001.
7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take all steps to contain it, and be responsible for the Customer's losses caused by any such incident attributable to the Vendor.

8. INTELLECTUAL PROPERTY
8.1 The Vendor owns the Data, its models and the API.
8.2 The Integration Deliverables belong to the Customer, which may use, modify and license them freely, including to a future data provider.

9. SUBCONTRACTING
The Vendor shall not subcontract the operation of the API or the integration support without the Customer's prior written consent. The cloud hosting provider named in Annex 1 is approved on signature.

10. LIABILITY
10.1 The Data are forecasts. The Customer remains responsible for navigation and safety decisions, and the Vendor is not liable for losses resulting only from the inherent uncertainty of a forecast that was produced and delivered in accordance with this Agreement.
10.2 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of section 7, personal injury or wilful misconduct.

11. TERMINATION
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
11.2 The Customer may also terminate by written notice if the API availability falls below the level in section 6.1 in three months of any Subscription Year.
11.3 On termination by the Customer under this section, the Vendor shall refund any fees paid for the period after termination.
11.4 On expiry or termination the Vendor shall deactivate the API keys, delete all Customer Data within 30 days and confirm the deletion in writing. The Customer may keep Data downloaded before that date for its own records of past voyages.

12. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

13. GENERAL
13.1 Notices shall be in writing in English or Chinese and sent to the addresses above or to the e-mail addresses in Annex 1.
13.2 Neither party may assign this Agreement without the written consent of the other. Any amendment must be in writing and signed by both parties.
13.3 Annex 1 (contacts and approved hosting provider) and Annex 2 (API documentation) form part of this Agreement.

SIGNATURES
For the Vendor: ____________  Name: ____________  Date: ________
For the Customer: ____________  Name: ____________  Date: ________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h502z01_rural_revitalisation_project_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h502z02_tile_polishing_line_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h502z03_coffee_chain_ordering_membership_saas.txt", "zh", "txt", Z03),
    "z04": ("h502z04_cultural_centre_booking_system_om.txt", "zh", "txt", Z04),
    "z05": ("h502z05_yuba_plant_mes_wms_supplier_template.md", "zh", "md", Z05),
    "e01": ("h502e01_furniture_scheduling_licence_colombia_vendor.pdf", "en", "pdf", E01),
    "e02": ("h502e02_property_workorder_saas_order_form_ecuador.md", "en", "md", E02),
    "e03": ("h502e03_cold_store_sensors_venezuela_supplier.docx", "en", "docx", E03),
    "e04": ("h502e04_hotel_managed_it_services_guyana.md", "en", "md", E04),
    "e05": ("h502e05_marine_weather_data_api_suriname.txt", "en", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 1060000)),
    "z02": ("hardware", [None, 1, False, "buyer", True, True, True, None, None, 20, True, True, 24, 6, False, True,
                         False, "PRC", G], (True, False, True, False, 792000)),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, False, True, 300 / 353200 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], (True, True, None, False, 353200)),
    "z04": ("services", [None, None, False, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, None, S], (False, True, None, False, 186000)),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 28, False, True,
                         True, None, G], (True, True, True, True, 1340000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 8.5, False, True,
                         False, "Colombia", G], (True, True, True, False, 746000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 760000 * 100, 6 / 36 * 100,
                      292000 / 760000 * 100, True, None, None, None, False, True, False, "PRC", S],
            (True, True, None, False, 760000)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, True, 36, 7, False, True,
                         False, "PRC", G], (True, True, True, False, 580000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 900 / 1176000 * 100, 150, None, True, None,
                         None, None, False, False, True, "PRC", S], (True, True, None, False, 1176000)),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 300 / 400000 * 100, 150, None, True, None, None,
                      None, True, True, False, "PRC", S], (True, True, None, False, 400000)),
}
# design facts that are not label keys
FEE_BASE = {"z01": 520000, "z02": 714800, "z05": 900000, "e01": 488000, "e03": 527440}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Bogota arbitration
PRICE_SUMS = {
    "z01": ([520000, 436000, 58000, 46000], 1060000),
    "z02": ([348000, 156000, 86000, 28800, 96000, 68000, 9200], 792000),
    "z03": ([115200 * 2, 38000 * 2, 46800], 353200),
    "z04": ([96000, 38000, 32000, 20000], 186000),
    "z05": ([480000, 420000, 380000, 60000], 1340000),
    "e01": ([260000, 60 * 3800, 176000, 64000, 18000], 746000),
    "e02": ([3 * (180 * 1100 + 36000), 58000], 760000),
    "e03": ([420 * 680, 60 * 920, 12 * 6400, 84 * 260, 88000, 46560, 6000], 580000),
    "e04": ([24 * 46000, 72000], 1176000),
    "e05": ([2 * (168000 + 24000), 16000], 400000),
}
PAYMENT_SUMS = {"z01": [212000, 477000, 371000], "z02": [158400, 277200, 356400], "z04": [93000, 93000],
                "z05": [670000, 670000], "e01": [149200, 335700, 261100], "e03": [377000, 203000]}

DESIGN = {  # the rules each draft was written to trigger
    "z01": [],
    "z02": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "e03": [],
    "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = licence/hw subtotal."""
    t, e = label(key)["expected_terms"], label(key)["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    total = e["contract_value"] + years * fee
    return total, years * fee / total * 100


def derive_rules(key):
    """My own reading of policy.md section 3, from the label alone (plus the forum fact)."""
    lab = label(key)
    t, e = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, _, _ = FILES[key]
    cat, terms, (sla, ld, capped, deemed, value) = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, terms)),
            "expected_extra": extra, "expected_rules": DESIGN[key]}


# ---------------------------------------------------------------- threshold scan
NUM = "〇零一二三四五六七八九十百点"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])" + PCT, r"(?<![\d.])0\.05(?![\d])" + PCT,
    r"(?<![\d.])(?:100|30|15|40)(?![\d.])" + PCT,
    r"\b(?:one\s*hundred|thirty|fifteen|forty)[\s-]*(?:percent|per\s*cent)",
    "百分之(?:百|一百|三十|十五|四十|零点零五|九十九点九)(?![" + NUM + "])",
    "万分之五(?![" + NUM + "])", "千分之零点五", "[三四]成",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", "(?<![十二两〇零一三四五六七八九])四个?小时",
    r"(?<!twenty)(?<!twenty-)(?<!twenty\s)four[\s-]*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)", "二百四十分钟",
    r"(?<![\d.])12\s*(?:个月|months?)", "十二个月", r"twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    "(?<![十])一年", r"(?<![a-z])one[\s-]*years?\b", r"(?<![\d.])1\s*years?\b",
    r"(?<![\d.])5\s*(?:年|years?\b)", "(?<![" + NUM + "])五年", r"(?<![a-z])five[\s-]*years?",
    r"(?<![\d.])60\s*(?:个月|months?)", "六十个月", r"sixty[\s-]*months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9％", "4小时", "4 小时", "四小时", "4 hours", "four hours", "Four (4) hours",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十",
            "三成", "12个月", "十二个月", "12 months", "twelve months", "一年", "one year", "15%", "百分之十五",
            "40%", "四成", "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "60个月", "30 percent",
            "one hundred per cent", "4h"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时",
             "14 hours", "24 hours", "twenty-four hours", "1.5 years", "130%", "30 days", "45%", "0.055%",
             "Subscription Year", "105%", "百分之三十五", "万分之三", "十五年", "none year", "2015 years", "4.5",
             "someone yearly", "15 days", "400 %"[:3], "34小时", "0.1%", "99.5%", "150 %", "Section 4 Hotel"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, lang, kind, src) in FILES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, lang, kind, src) in FILES.items():
        lab = label(key)
        parts, total = PRICE_SUMS[key]
        assert sum(parts) == total == lab["expected_extra"]["contract_value"], key
        if key in PAYMENT_SUMS:
            assert sum(PAYMENT_SUMS[key]) == total, key
        rules = derive_rules(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        t = lab["expected_terms"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        tc = tco(key)
        if tc:
            assert abs(tc[1] - 40) > 2, (key, tc)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d" % (key, n))
        raw = src if kind not in ("docx", "pdf") else "\n".join(l.partition(":")[2] for l in src.splitlines())
        for what, txt in (("built", text), ("source", raw), ("source-markup", src)):
            h = hits(txt)
            if h:
                problems.append("%s %s threshold hits %s" % (key, what, sorted(set(h))))
        tcs = "" if not tc else "  TCO %.2f share %.2f%%" % tc
        print("%s %-58s %s %5d  %-5s %s%s" % (key, name, lang, n, risk(rules), ",".join(rules) or "-", tcs))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [risk(derive_rules(k)) for k in FILES]
    assert [k for k in FILES if not derive_rules(k)] == ["z01", "e03"]
    assert derive_rules("e01") == ["CR-GOVERNING-LAW"] and len(derive_rules("z05")) >= 8
    assert sum(1 for k in FILES if 2 <= len(derive_rules(k)) <= 3) == 6
    print("coverage: all 20 rules;", "risks:", mix)
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
