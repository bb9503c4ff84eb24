"""holdout519: builds the ten held-out drafts (sources below), writes their labels, checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:智慧城管平台建设项目政府采购合同
P:合同编号：JZCG-2026-0317　　采购方式：公开招标　　项目编号：JZ2026-041
P:甲方（采购人）：江州市城市管理局
P:乙方（供应商）：江州云衡信息技术有限公司
P:鉴于甲方通过公开招标确定乙方为江州市智慧城管平台建设项目的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供智慧城管平台软件许可，完成案件受理派遣、网格巡查、渣土车监管、视频智能识别接入等定制开发，完成与数字城管、12345热线、市政设施管理系统的数据对接，并负责部署实施和培训。
P:1.2 合同总价为人民币2,700,000元（含税），明细如下：
P:（1）智慧城管平台软件许可（永久使用，不限用户数）：1,260,000元；
P:（2）定制开发（案件派遣、网格巡查、渣土车监管、视频AI接入）：980,000元；
P:（3）数据对接（3个既有系统及历史案件迁移）：320,000元；
P:（4）部署实施及培训（不少于20人次）：140,000元。
P:1.3 合同总价为固定价格，已包括软件、开发、实施、培训、质保期服务及税费等全部费用，甲方不再另行支付其他费用。
H:第二条 工期与人员
P:2.1 乙方应在合同签订后90日内完成部署并提交初验申请，150日内完成终验。
P:2.2 乙方应在合同签订后10个工作日内提交实施方案及项目组名单。项目经理在项目期间不得更换，确需更换的须经甲方书面同意。
P:2.3 乙方项目组应包括项目经理1名、开发人员不少于8名、实施人员不少于3名，开发及实施期间驻场人员不少于6名。甲方有权要求更换不称职的人员。
P:2.4 乙方应按周向甲方提交项目进度报告，按月参加甲方组织的项目例会。
H:第三条 付款
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即540,000元。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即1,215,000元。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即945,000元。
P:3.4 甲方按国库集中支付程序付款，乙方应提前开具合法有效的发票。
H:第四条 验收
P:4.1 初验条件：全部功能按需求规格说明书部署完成；3个对接系统数据交换正常；历史案件迁移后经甲方逐条比对准确无误。
P:4.2 终验标准：系统试运行满60日，期间未发生一级故障；500个并发用户下页面响应时间不超过2秒；视频AI对占道经营、暴露垃圾的识别准确率不低于92%；通过第三方软件测评和网络安全等级保护测评。
P:4.3 终验由甲方组织，可邀请专家参加，形成书面验收报告。系统上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、现场及远程技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费为软件许可费的9%，即113,400元/年，质保期满后三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%。计划停机须提前三个工作日经甲方同意，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或案件无法派遣）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:6.3 乙方未达到上述响应或恢复要求的，每超时1小时扣减1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。扣减款项从应付款项或履约保证金中扣除。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的程序、源代码、接口、数据库设计及技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。乙方应在终验时交付完整源代码。
H:第八条 数据安全
P:8.1 平台采集、存储的案件、视频、网格及人员数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，按网络安全等级保护第三级要求落实访问控制、加密存储和日志审计。运维操作须经甲方堡垒机进行，不得将数据复制至甲方网络以外。
P:8.3 发生或可能发生数据泄露的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的法律后果。
H:第九条 保密
P:乙方对履行本合同中获知的甲方工作秘密、执法信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成初验或终验的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的系统不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:本项目不允许分包。乙方不得将本项目的任何部分转包或分包给第三方。
H:第十二条 合同解除
P:任何一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力与通知
P:14.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明，履行期限相应顺延。
P:14.2 本合同项下的通知以书面形式送达双方在本合同中载明的地址或项目负责人，电子邮件发出即视为送达。
H:第十五条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金（135,000元），可采用银行保函形式。终验合格后15个工作日内，甲方无息退还履约保证金。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分，与本合同具有同等效力。
P:甲方（盖章）：江州市城市管理局　　乙方（盖章）：江州云衡信息技术有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:签订日期：2026年3月　日　　　　　签订日期：2026年3月　日
"""

Z02 = r"""
T:加热炉燃烧控制系统改造及维保合同
P:合同编号：LG-SB-2026-0088
P:甲方：临港钢铁股份有限公司
P:乙方：北辰工业自动化工程有限公司
P:甲方热轧厂1号、2号步进式加热炉燃烧控制系统需要改造，以降低燃耗、稳定出钢温度。经甲方招标，乙方中标。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保事宜订立本合同。
H:一、合同标的与价格
P:（一）乙方负责两座加热炉燃烧控制系统的设计、供货、安装、编程、调试、培训及质保期服务，包括PLC控制柜、比例调节阀及执行器、氧化锆分析仪、燃烧优化软件许可和操作站。
P:（二）合同总价为人民币2,320,000元（含13%增值税），分项价格见下表：
TB:序号|名称|数量|单价（元）|合价（元）
TB:1|PLC控制柜（含冗余CPU）|2套|340,000|680,000
TB:2|比例调节阀及电动执行器|48台|9,500|456,000
TB:3|氧化锆氧含量分析仪|6台|38,000|228,000
TB:4|燃烧优化控制软件许可（永久）|2套|180,000|360,000
TB:5|操作站及工业显示器|4套|24,000|96,000
TB:|软硬件小计|||1,820,000
TB:6|安装、接线及调试|1项|268,000|268,000
TB:7|组态编程及燃烧模型整定|1项|192,000|192,000
TB:8|操作及维护培训|1项|40,000|40,000
TB:|合同总价|||2,320,000
P:（三）上述价格为固定价格，包括运输、保险、安装材料、技术服务及税费。
H:二、交货与工期
P:（一）乙方应在合同签订后60日内将全部设备运至甲方热轧厂指定地点，并利用甲方检修停炉窗口完成安装，每座炉停炉施工不超过10日。
P:（二）全部设备到货后，双方共同开箱检验数量和外观，签署到货签收单。到货签收不代表质量验收。
P:（三）乙方施工人员进入甲方厂区，应遵守甲方安全生产、动火作业和有限空间作业管理规定，接受甲方安全交底，持证上岗。因乙方人员违章造成的安全事故，由乙方承担责任。
P:（四）乙方应提交施工组织设计、停炉施工计划和应急预案，经甲方审批后实施。改造期间加热炉烘炉、升温曲线由双方共同确认。
P:（五）甲方应在停炉窗口前完成现场具备施工条件的准备工作，包括停炉、降温、断气置换及动力电源接入，并指派专人配合乙方施工。
P:（六）设备的规格型号应与投标文件一致，调节阀、分析仪应附出厂合格证和校验报告。到货设备存在缺陷或数量不足的，乙方应在7日内补足或更换。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即232,000元。
P:（二）设备到货并安装完成后，甲方支付合同总价的50%，即1,160,000元。
P:（三）系统终验合格后，甲方支付合同总价的35%，即812,000元。
P:（四）合同总价的5%作为质量保证金，即116,000元，质保期满且无质量问题后无息退还。
H:四、验收
P:（一）系统调试完成后连续热负荷运行30日，乙方提交终验申请。
P:（二）终验标准：炉温控制偏差不超过±8℃；空燃比自动调节投入率不低于95%；单位燃耗较改造前下降不少于6%（以双方确认的基准月数据为准）；PLC冗余切换无扰动；报警及联锁全部测试通过。
P:（三）终验由甲方能源、设备、生产部门共同组织，签署终验报告。设备投运或甲方付款均不视为验收合格。
P:（四）乙方应在终验时移交竣工图纸、PLC程序备份、设备说明书、备品备件清单及操作维护手册各三套，并提供电子版。
P:（五）终验合格后，甲方按月统计燃耗数据，连续三个月单位燃耗未达到终验标准的，乙方应免费进行优化整定，直至达标。
H:五、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内设备、软件免费维修、更换和升级。
P:（二）质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的7%，即127,400元/年，质保期满后三个服务年度内价格不上调。维保合同每年由甲方书面确认后续签，不自动续期。
H:六、服务响应
P:（一）一级故障（导致加热炉停炉或燃烧系统失控）：乙方接报后30分钟内电话响应，2小时内到达现场，8小时内恢复运行。
P:（二）二级故障（单点调节失效、分析仪故障）：2小时内响应，24小时内处理完毕。
P:（三）上述时限为乙方的服务承诺。乙方超时响应或到场的，由双方协商改进措施，不另计扣款或违约金。
P:（四）质保期内乙方每季度到现场巡检一次，检查调节阀、分析仪及控制柜状态，校验氧化锆分析仪，出具巡检报告。
P:（五）乙方应在甲方所在城市储备常用备件，保证调节阀、执行器及分析仪探头在24小时内到货更换。
H:七、知识产权
P:（一）燃烧控制软件产品的知识产权归乙方所有，甲方获得永久使用许可。为本项目编制的PLC组态程序、燃烧模型参数及技术文档归甲方所有，甲方可自行修改或委托第三方维护。
P:（二）为本项目提供的PLC、调节阀等第三方设备，乙方应转交原厂质保凭证，并负责协调原厂服务。
H:八、数据安全与保密
P:（一）加热炉生产数据、工艺参数属于甲方，乙方仅为履行本合同使用。乙方远程维护须经甲方审批并通过工控安全网关进行，不得将数据带离甲方网络。因乙方原因造成数据泄露或控制系统被入侵的，乙方承担全部赔偿责任。
P:（二）双方对履行本合同获知的对方技术秘密和商业秘密负有保密义务，合同终止后仍然有效。
H:九、分包
P:乙方可将现场安装、电缆敷设等辅助工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:十、违约责任
P:（一）乙方未按约定时间完成到货或终验的，每逾期一日按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:（二）合同终止后，乙方应协助甲方完成系统交接，移交全部程序、密码和技术资料，不得以任何方式锁定或限制系统运行。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:十三、不可抗力
P:因不可抗力导致不能履行或延迟履行的，受影响一方应及时通知对方并提供证明，双方协商调整履行期限。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临港钢铁股份有限公司　　乙方（盖章）：北辰工业自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：2026年4月　日　　　　　　　　　日期：2026年4月　日
"""

Z03 = """门店订货及库存管理SaaS服务及实施合同

合同编号：YJ-IT-2026-021
甲方（客户）：悦家便利连锁有限公司
乙方（服务商）：杭州货栈云科技有限公司

鉴于甲方在华东地区经营300家直营便利店，需要统一的门店订货、库存及配送协同系统；乙方拥有"货栈云"订货及库存管理SaaS平台。双方经协商一致，依据《中华人民共和国民法典》订立本合同。

1. 服务内容
1.1 乙方向甲方提供货栈云平台订阅服务，包括门店智能订货、库存盘点、效期预警、总部商品及配送管理模块，覆盖甲方300家门店及总部、2个配送中心。
1.2 乙方负责实施服务：门店及商品主数据迁移、与甲方POS系统和仓储管理系统的接口对接、门店店长培训及上线支持。
1.3 订阅期为三个服务年度，自上线验收合格之日起计算。

2. 合同价款
2.1 门店订阅费：每家门店每服务年度1,680元，300家门店合计504,000元/服务年度。
2.2 总部及配送中心模块订阅费：96,000元/服务年度。
2.3 订阅费合计600,000元/服务年度，三个服务年度合计1,800,000元。
2.4 实施费（一次性）：260,000元。
2.5 合同总价：2,060,000元（含6%增值税）。门店数量增减的，按2.1单价按月折算调整。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次付清。
3.2 订阅费按季度支付，甲方在每个季度结束后15个工作日内支付该季度订阅费150,000元。
3.3 上线验收合格前，甲方无需支付任何款项。

4. 实施与验收
4.1 乙方应在合同签订后75日内完成全部门店上线。
4.2 上线验收标准：（1）300家门店均能通过系统下单，订单准确传入配送中心；（2）主数据迁移经抽样核对准确率不低于99.5%，差错全部更正；（3）POS销售数据每15分钟同步一次；（4）连续10个营业日系统运行无一级故障；（5）门店店长培训覆盖率达到95%以上。
4.3 甲方在收到验收申请后10个工作日内组织验收，并出具书面验收意见。门店开始使用系统不视为验收合格。
4.4 乙方应为本项目配备专职项目经理1名及实施顾问不少于6名，分批完成门店上线，每批门店上线前应完成店长培训和试下单。上线期间乙方应安排人员在甲方总部值守，及时处理门店问题。
4.5 甲方应提供商品、门店、供应商等主数据，协调POS系统和仓储管理系统厂商配合接口开发，并指定项目负责人。
4.6 乙方逾期完成上线的，每逾期一日按合同总价的万分之六向甲方支付违约金。

5. 服务水平
5.1 平台月可用率不低于99.5%，乙方每月向甲方提供可用率报告。
5.2 一级故障（全部或多数门店无法下单）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或单一功能异常）1小时内响应，8小时内恢复。
5.3 月可用率低于承诺值的，按下列标准减免当季度订阅费：每低于0.1个百分点减免当月订阅费的2%，最高减免当月订阅费的20%。一级故障未在规定时间内恢复的，每超时1小时另行扣减2,000元。

5.4 乙方应提供7×24小时故障受理热线和在线工单系统，每季度向甲方提交服务报告，内容包括可用率、故障统计、工单处理情况和改进措施。
5.5 乙方进行版本升级的，应提前5个工作日通知甲方，升级不得影响门店营业高峰时段（每日7:00-9:00、17:00-20:00）的正常使用。

6. 续期
6.1 订阅期届满前60日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
6.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，并应在续期前30日书面通知甲方。

7. 数据
7.1 甲方上传及系统产生的商品、门店、订货、库存、销售数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
7.2 平台部署于中国境内数据中心，乙方应落实网络安全等级保护第三级要求，对数据加密传输和存储，设置访问权限并留存操作日志。
7.3 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求完整导出并交付全部数据，并在甲方确认后彻底删除。

7.5 乙方不得在平台中设置任何限制甲方导出或使用自身数据的技术措施。甲方有权随时通过平台功能或接口导出其全部数据。
7.6 乙方应每日对甲方数据进行备份，备份数据保留不少于30日，并每半年进行一次恢复演练。

8. 保密
双方对在合作中获知的对方商业秘密（包括采购价格、供应商信息、销售数据和技术资料）负有保密义务，未经对方书面同意不得披露。本条在合同终止后三个服务年度内继续有效。

8.1 乙方人员因实施工作接触甲方门店经营数据的，乙方应与其签订书面保密承诺，并对其行为负责。

9. 知识产权
货栈云平台的知识产权归乙方所有。乙方为甲方定制的报表、接口程序及配置文档归甲方所有，甲方可自行或委托第三方修改和使用。

9.1 乙方保证其提供的平台和服务不侵犯任何第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担全部费用。

10. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

10.1 乙方更换项目经理或核心实施人员的，应提前10个工作日书面通知甲方，并确保接替人员具备相应能力，完成工作交接。

11. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但数据安全事件、侵犯知识产权及故意或重大过失造成的损失不受此限。

12. 合同解除
任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权书面解除本合同。乙方连续两个月可用率低于98%的，甲方有权解除本合同。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会仲裁。

14. 不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。

15. 其他
本合同附件包括：附件一 功能清单，附件二 门店清单，附件三 接口规范。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：悦家便利连锁有限公司（盖章）        乙方：杭州货栈云科技有限公司（盖章）
授权代表：                                授权代表：
日期：2026年5月  日                       日期：2026年5月  日
"""

Z04 = """红十字会捐赠管理系统年度运维服务合同

合同编号：HSZ-YW-2026-03
采购方式：竞争性磋商
甲方：沂川市红十字会
乙方：沂川数联软件服务有限公司

根据竞争性磋商结果，甲方确定乙方为捐赠管理系统运维服务项目的成交供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件，签订本合同。

（1）服务范围
甲方捐赠管理系统包括捐赠登记、票据开具、物资出入库、项目支出、信息公开及微信捐赠小程序。乙方负责该系统及其服务器、数据库的日常运维，具体包括：系统巡检、故障处理、数据库备份与恢复演练、安全补丁更新、等级保护测评配合及整改、用户操作支持，以及年度内不超过40人日的小功能优化。

（2）服务期限
服务期限自2026年1月1日起至2026年12月31日止。服务期满本合同自动终止，后续运维由甲方另行依法采购。

服务期内，乙方应按甲方要求完成以下专项工作：配合甲方完成年度等级保护测评并对测评发现的问题进行整改；在捐赠高峰前完成系统压力检查和扩容建议；对微信捐赠小程序的支付接口证书及时续期；协助甲方完成年度审计中的信息系统数据调取。

（3）服务费用
服务费用总价为人民币386,000元（含税），其中：
系统及数据库运维：216,000元；
等保测评配合及安全加固：58,000元；
驻场运维人员（1人，工作日驻场）：86,000元；
小功能优化（不超过40人日）：26,000元。
上述价格为固定总价，包括人员、差旅、工具及税费。

如甲方因业务需要增加小功能优化工作量，超出40人日的部分按每人日650元另行结算，但须事先经甲方书面确认。

服务期内因甲方原因导致部分服务内容无法实施的，双方可协商相应调减服务费用；因政策或业务变化需要增加服务内容的，双方另行签订补充协议。

（4）付款方式
服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费96,500元。甲方不支付预付款。

乙方应开具合法有效的增值税发票。甲方为非营利组织，付款资金来源为财政补助和管理费，甲方将按照财务审批程序及时付款。

（5）服务要求
乙方应保持系统正常运行，接到甲方故障报告后应及时响应、尽快处理。乙方应在每月5日前提交上月运维报告，内容包括巡检记录、故障处理记录和备份记录。每年春节、"99公益日"等捐赠高峰期间，乙方应安排人员值守。

乙方应为本项目配备项目负责人1名、驻场运维工程师1名及数据库、安全工程师各1名（远程支持），人员名单报甲方备案，更换人员须提前通知甲方并做好交接。乙方人员应遵守甲方工作制度，对捐赠票据、资金相关操作须经甲方授权，不得擅自修改业务数据。
乙方每月至少进行一次数据库备份恢复检查，每季度进行一次恢复演练，并向甲方提交演练记录。系统补丁和版本更新应在非工作时间进行，更新前应完成备份并告知甲方。

乙方应建立运维台账，记录每次故障的发生时间、现象、原因、处理过程和结果，并在甲方要求时提供。对于重复发生的故障，乙方应分析根本原因并提出改进建议。
乙方应配合甲方开展信息公开工作，确保捐赠信息按规定时限在甲方网站和小程序上正常公示。

乙方应在本合同签订后10个工作日内提交运维服务方案，包括人员安排、巡检计划、应急预案和交接计划，经甲方确认后执行。

（6）考核与验收
季度考核内容包括：巡检和备份记录完整；当季故障均已闭环处理；未发生因乙方原因造成的数据丢失；等保整改项按计划完成；用户满意度评价不低于85分。服务期满后，甲方根据四个季度考核结果和运维文档移交情况进行总体验收，并出具书面验收意见。

甲方应为乙方提供必要的工作场所、网络接入和系统账号，配合乙方开展故障排查，并及时确认乙方提交的运维报告和优化需求。

服务期内，乙方应对系统运行情况进行月度分析，提出系统优化和安全加固建议，经甲方同意后实施。乙方应指导甲方工作人员正确使用系统，每半年组织一次操作培训，并在人员变动时提供上岗培训。
服务期满前一个月，乙方应编制运维总结报告，说明系统运行状况、存在的风险和下一服务期的建议，作为甲方后续采购的参考。

（7）数据安全与个人信息保护
捐赠人、受助人信息及捐赠、支出数据归甲方所有。乙方及其人员应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，仅在履行本合同所需范围内访问数据，不得复制、留存或向第三方提供。乙方远程运维须经甲方审批并通过VPN和堡垒机进行，操作全程留痕。发生数据泄露或可能泄露的，乙方应立即报告甲方并采取补救措施；因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任。

乙方在服务期满时应完整移交系统账号、运维文档和备份数据，并删除其持有的甲方数据，出具书面删除确认。

乙方应确保其提供服务的人员已签署保密承诺书，并接受甲方组织的数据安全和个人信息保护培训。甲方有权对乙方的数据安全措施落实情况进行检查，乙方应予配合并对发现的问题及时整改。

（8）保密
乙方对在服务中获知的甲方工作资料、捐赠人隐私及系统账号密码负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。

乙方对甲方提供的捐赠人名单、联系方式等信息，除履行本合同外不得用于任何目的，不得用于营销或向任何机构提供。

（9）知识产权
乙方在运维中编写的脚本、配置文件、运维文档及小功能优化形成的程序代码归甲方所有，服务期满时乙方应完整移交。

（10）分包
乙方不得将本合同项下的服务分包或转包给第三方。

（11）违约责任
任何一方违反本合同约定的，应承担相应的违约责任。因乙方原因给甲方造成损失的，乙方应予赔偿。

（12）合同解除
乙方严重违反本合同约定，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

（13）不可抗力
因不可抗力导致不能履行本合同的，受影响一方应及时书面通知对方，并在合理期限内提供证明，双方据此协商顺延或解除合同。

（14）争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（15）廉洁条款
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方发现甲方工作人员索要不正当利益的，应向甲方纪检部门反映。

（16）其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：沂川市红十字会          乙方（盖章）：沂川数联软件服务有限公司
代表：                                代表：
日期：2026年  月  日                  日期：2026年  月  日
"""

Z05 = """# 配方管理系统软件许可及定制开发合同（标准文本 V3.0）

本合同由乙方提供的标准文本制作。

- 合同编号：JC-PF-2026-015
- 甲方（客户）：岭南和顺凉茶饮料有限公司
- 乙方（供应商）：广州方略工业软件有限公司

甲方拟对凉茶配方、原料标准及工艺参数进行信息化管理。乙方为专业工业软件企业，拥有"方略配方管理系统"的全部权利。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予方略配方管理系统（企业版）的永久使用许可，包括配方库、原料标准、工艺参数、版本审批、批记录追溯及法规标签模块。

1.2 乙方根据甲方需求进行定制开发：凉茶草本原料批次与配方版本关联、煎煮浓缩工艺参数模板、与甲方ERP及MES系统的接口。

1.3 乙方负责系统部署、数据初始化及培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 方略配方管理系统企业版永久许可（含6个模块、50个用户） | 1,280,000 |
| 2 | 定制开发（原料批次关联、工艺模板、ERP/MES接口） | 260,000 |
| 3 | 部署实施及培训 | 60,000 |
| | 合同总价（含税） | 1,600,000 |

2.1 上述价格为含税价格，包括软件许可、定制开发、部署实施及培训费用。甲方要求增加的用户数，按每用户8,600元另行计费。

2.2 合同签订后，甲方需求发生变更的，乙方有权根据工作量调整价格和工期，变更以双方确认的变更单为准。

## 第三条 付款方式

3.1 合同签订后7个工作日内，甲方支付合同总价的50%，即800,000元。

3.2 系统上线后7个工作日内，甲方支付合同总价的45%，即720,000元。

3.3 系统上线运行满三个月后，甲方支付合同总价的5%，即80,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

3.5 乙方收到款项后开具增值税专用发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后120日内完成部署及定制开发并上线。

4.2 系统上线即视为甲方验收合格。甲方在上线后提出的修改需求，按变更另行计费。

4.3 甲方应在上线前提供配方、原料及工艺基础数据，并指定项目联系人配合乙方工作。因甲方数据提供延迟导致的工期顺延，乙方不承担责任。

4.4 乙方负责对甲方研发、品控及生产部门的关键用户进行培训，培训不少于6次，每次不少于半日，并提供用户手册和管理员手册。

## 第五条 免费维护期

5.1 系统上线之日起六个月为免费维护期，乙方免费提供缺陷修复和远程技术支持。

5.2 免费维护期满后，乙方提供年度维护服务，年度维护费为软件许可费的22%，即281,600元/年，按年预付。

5.3 年度维护服务内容包括缺陷修复、远程技术支持及版本升级，不包括新功能开发、现场服务及数据处理，上述服务甲方需要的，按乙方当年的人天单价另行计费。

5.4 甲方未购买年度维护服务的，乙方不再提供任何技术支持，甲方后续恢复维护服务的，应补缴中断期间的维护费。

## 第六条 技术支持

6.1 乙方提供工作日9:00-18:00电话及远程支持。

6.2 一级故障（系统无法登录或配方数据无法调阅）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 乙方未在上述时限内响应的，每次向甲方支付500元。

6.4 乙方可通过远程方式进行故障处理，甲方应提供必要的远程访问条件。因甲方自行修改系统配置或使用不当造成的故障，乙方提供的服务另行收费。

6.5 系统版本升级由乙方统一安排，乙方发布新版本时，甲方在维护期内可免费获得升级。

## 第七条 知识产权

7.1 方略配方管理系统及其相关文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、工艺模板及其源代码的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反编译或交由第三方维护。

7.3 甲方应按照许可范围使用系统，不得将系统提供给甲方以外的单位使用。甲方的子公司如需使用，应另行购买许可。

7.4 乙方有权在甲方的系统登录页面及相关宣传材料中使用甲方名称作为乙方客户案例。

## 第八条 数据

8.1 甲方录入系统的配方、原料及工艺数据归甲方所有。

8.2 乙方可将甲方数据经脱敏处理后用于乙方产品改进、行业配方模型训练及行业分析报告，该使用不需另行取得甲方同意，并在本合同终止后继续有效。

8.3 乙方采取访问控制、加密存储和操作日志等措施保障系统数据安全，因乙方原因导致甲方数据泄露的，乙方承担相应的赔偿责任。

8.4 系统部署在甲方自有服务器上，甲方负责服务器、网络及备份的日常管理。乙方通过远程方式维护的，应经甲方授权。

8.5 合同终止后，乙方应根据甲方要求协助导出甲方数据，导出服务按乙方人天单价另行收费。

## 第九条 保密

9.1 双方对在履行本合同中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三个服务年度内有效。

9.2 本条不适用于任何一方依法律规定或监管要求必须披露的信息。

## 第十条 甲方义务

甲方应按约定付款，提供系统运行所需的服务器、数据库和网络环境，指派熟悉配方及工艺业务的人员配合需求调研和测试，并对乙方提交的需求文档及时确认。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且乙方不承担任何间接损失、利润损失。

11.3 因不可抗力、甲方网络或硬件环境原因导致的延误或损失，乙方不承担责任。

11.4 甲方未按约定付款的，乙方有权暂停提供服务及交付，工期相应顺延。

## 第十二条 合同解除

一方严重违约，经另一方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

## 第十四条 通知

双方往来通知以书面形式发送至本合同载明的联系人及地址，以电子邮件发送的，发出之日视为送达。任何一方变更联系人或地址的，应提前书面通知对方。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务条款为准。

甲方（盖章）：岭南和顺凉茶饮料有限公司

乙方（盖章）：广州方略工业软件有限公司

日期：2026年  月  日
"""

E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. SS-CN-2026-014
P:This Software Licence and Services Agreement is made between Yunnan Chahe Tea Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Guandu District, Kunming, Yunnan Province (the "Customer"), and Sagarmatha Softworks Pvt. Ltd., a company incorporated in Nepal with its registered office at Jawalakhel, Lalitpur, Nepal (the "Vendor").
P:Recitals. The Customer trades and stores pu'er and black tea in three warehouses in Kunming and Pu'er and wishes to replace its spreadsheet records with a warehouse and traceability system. The Vendor develops and licenses the TeaTrace warehouse and traceability software and provides implementation services. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the TeaTrace server software, named user licences and mobile scanner licences listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the QR labelling module, the interface with the Customer's ERP system, the reports and configurations developed or written by the Vendor specifically for the Customer, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including stock, batch, supplier, customer and personal data.
P:1.4 "Go-Live" means the first day on which the Customer uses the Software for its daily warehouse operations in all three warehouses.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software in the People's Republic of China for the internal business of the Customer and its affiliates, for the number of users and devices set out in Article 3.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not sell or sublicense the Software to third parties.
P:2.3 The Software will be installed on servers owned by the Customer in its Kunming office. The Vendor will not host the Software or any Customer Data.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,090,000, made up as follows:
P:(a) TeaTrace server licence, perpetual, one instance: CNY 420,000;
P:(b) named user licences, perpetual, 60 users at CNY 3,800: CNY 228,000;
P:(c) mobile scanner licences, perpetual, 40 devices at CNY 1,500: CNY 60,000;
P:Licence Subtotal (a) to (c): CNY 708,000;
P:(d) implementation and configuration for three warehouses: CNY 236,000;
P:(e) Custom Deliverables (QR labelling module and ERP interface): CNY 118,000;
P:(f) training of key users and administrators: CNY 28,000.
P:3.2 The Contract Price is fixed and includes all travel, expenses and taxes payable in Nepal. Value-added tax payable in China is included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 218,000) within 15 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 490,500) within 15 days after Go-Live. Go-Live and this payment do not mean acceptance.
P:4.3 The Customer shall pay 35% of the Contract Price (CNY 381,500) within 15 days after the Final Acceptance Certificate is signed.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and achieve Go-Live within 100 days after signature, and shall complete Final Acceptance within 160 days after signature.
P:5.2 Final Acceptance tests are carried out by the Customer with the Vendor's help after Go-Live. The Software passes when: (a) all functions in the agreed specification work as described; (b) a full stock count in each warehouse reconciles with the system without unexplained differences; (c) every batch can be traced from supplier to customer by scanning its QR label within 3 seconds; (d) the ERP interface transfers receipts, issues and invoices for 20 consecutive working days without error; and (e) no Severity 1 defect occurs during that period.
P:5.3 When the tests are passed, the Customer signs a Final Acceptance Certificate. Installation, Go-Live, use of the Software in operations or any payment is not acceptance. If a test fails, the Vendor shall correct the defect within 10 days and the test is repeated.
H:Article 6 Warranty
P:6.1 The warranty period is 18 months from the date of the Final Acceptance Certificate. During the warranty period the Vendor shall correct all defects in the Software and the Custom Deliverables free of charge and supply all new releases of the Software.
P:6.2 The Vendor warrants that the Software and the Custom Deliverables will conform to the agreed specification and contain no virus or disabling code.
H:Article 7 Support after Warranty
P:7.1 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 77,880 per year, fixed for the first three support years. Any later increase shall not exceed 3% per year over the previous fee.
P:7.2 Support is ordered by a written purchase order for each support year and is not renewed automatically.
H:Article 8 Service Levels
P:8.1 During the warranty period and any support year, the Vendor shall respond to defects reported by telephone, e-mail or the support portal as follows: Severity 1 (the Software is down or warehouse shipping is stopped): response within 2 hours and a workaround within 8 hours; Severity 2 (a main function fails): response within 8 business hours; Severity 3 (other defects): response within 2 business days.
P:8.2 For every hour by which the Vendor is late in responding to a Severity 1 defect or providing a workaround, the Vendor shall pay the Customer CNY 800, deducted from any amount payable or paid by the Vendor on demand.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through other contractors.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with individual accounts, and shall keep its staff bound by written security obligations. The Vendor shall comply with the data protection laws of the People's Republic of China in performing this Agreement and shall not transfer Customer Data out of China.
P:10.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer Data, shall take all steps to contain it, and shall be responsible for all losses, costs and fines caused to the Customer by a breach of this Article by the Vendor or its staff.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay the Customer CNY 900 for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to breach of Articles 9, 10 and 11, personal injury, fraud or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund all amounts paid for the Software and services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Nepal.
P:15.2 Any dispute shall be settled by arbitration under the rules of the Nepal Council of Arbitration (NEPCA), seated in Kathmandu, in the English language, by one arbitrator.
H:Article 16 General
P:16.1 Notices shall be in writing in English or Chinese and sent to the addresses above by courier or e-mail.
P:16.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:16.3 This Agreement is signed in two English originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: Yunnan Chahe Tea Trading Co., Ltd.   Name:            Title:            Date:
P:For the Vendor: Sagarmatha Softworks Pvt. Ltd.   Name:            Title:            Date:
"""

E02 = """# ORDER FORM — Druk Cloudworks Travel Desk

**Order Form No.** DCW-OF-2026-0412
**Vendor:** Druk Cloudworks Pvt. Ltd., Norzin Lam, Thimphu, Bhutan ("Druk")
**Customer:** Chengdu Jinsha International Travel Service Co., Ltd., Qingyang District, Chengdu, Sichuan, China ("Customer")

This Order Form is placed under and incorporates the Druk Cloudworks General Terms set out below (the "General Terms"). Together they form the agreement between Druk and the Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Service

Travel Desk is Druk's online service for planning, booking and managing group tours to Bhutan, Nepal and the Himalayan region. It includes itinerary building, permit and visa document tracking, guide and hotel allocation, customer notifications and reporting. The Customer will use it for its outbound tour business in Chengdu and Chongqing.

## 2. Subscription Term

The Subscription Term is two Subscription Years starting on the Subscription Start Date, which is the date on which the Customer signs the Go-Live Acceptance Certificate under Section 5. A "Subscription Year" runs from the Subscription Start Date, or from an anniversary of it, to the day before the next anniversary. For example, if the Subscription Start Date is 1 July 2026, the first Subscription Year ends on 30 June 2027.

## 3. Fees

At the Customer's request, all fees are stated and paid in Chinese yuan (CNY).

| Item | Quantity | Unit fee (CNY) | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| Travel Desk Professional, named users | 45 | 4,200 | 189,000 | 378,000 |
| Hotel and airline booking connector | 1 | 36,000 | 36,000 | 72,000 |
| Onboarding (one-time): configuration, data import, training | 1 | 38,000 | — | 38,000 |
| **Total Contract Value** | | | | **488,000** |

Additional named users may be added at the same unit fee, pro rata for the rest of the Subscription Year.

## 4. Invoicing and Payment

4.1 Subscription fees are invoiced quarterly in advance on the first day of each quarter of the Subscription Term. The first quarter is invoiced on the Subscription Start Date.

4.2 The onboarding fee is invoiced on the Subscription Start Date, after the Go-Live Acceptance Certificate is signed.

4.3 No amount is payable before the Subscription Start Date. Invoices are payable within 30 days of receipt by bank transfer in CNY.

## 5. Onboarding and Go-Live Acceptance

5.1 Druk shall complete onboarding within 45 days after signature of this Order Form. Onboarding includes configuration of the Customer's tour products and price rules, import of the Customer's current bookings and supplier lists, set-up of the booking connector and training of the Customer's staff.

5.2 Go-Live acceptance tests are run by the Customer on the agreed test scripts. The Service passes when: (a) every function in the test scripts works as described; (b) imported bookings reconcile with the Customer's records; (c) booking confirmations are received through the connector within 60 seconds in at least 95 of 100 test bookings; and (d) no Priority 1 incident is open. The Customer then signs a Go-Live Acceptance Certificate. Use of the Service before that date for training or testing is not acceptance.

5.3 If onboarding is not completed within the period in Section 5.1 for reasons attributable to Druk, Druk shall pay the Customer CNY 300 for each day of delay, deducted from the next invoice.

## 6. Renewal

This Order Form expires at the end of the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 7. Contacts

Druk account manager: Tshering Wangchuk, accounts@drukcloudworks.bt. Customer contact: Ms Li Na, IT and Operations Department.

Signed for Druk Cloudworks Pvt. Ltd.: ____________ Date: ________
Signed for Chengdu Jinsha International Travel Service Co., Ltd.: ____________ Date: ________

---

# DRUK CLOUDWORKS GENERAL TERMS (version 2026.1)

## Section 1 Definitions

1.1 "Service" means the Travel Desk service described in the Order Form, with its documentation and updates.

1.2 "Customer Data" means all data entered into the Service by or for the Customer, including traveller names, passport details, itineraries and payments, and all reports generated from it.

1.3 "Users" means the Customer's employees and agents to whom the Customer assigns a named user login.

## Section 2 Use of the Service

2.1 Druk grants the Customer a non-exclusive right to use the Service during the Subscription Term for its internal business through the number of Users ordered.

2.2 The Customer is responsible for its Users' logins and shall not resell the Service or use it to build a competing product.

2.3 Druk may update the Service from time to time, provided that no update materially reduces the functions ordered.

## Section 3 Service Levels

3.1 Druk shall make the Service available 99.95% of each calendar month, excluding maintenance windows announced at least 5 days in advance and held between 00:00 and 04:00 Beijing time.

3.2 Incidents are handled as follows. Priority 1 (the Service is unavailable or bookings cannot be made): response within 1 hour, 24 hours a day, and restoration within 6 hours. Priority 2 (a main function is unavailable): response within 3 business hours. Priority 3: response within 2 business days.

3.3 If availability in a month is below the commitment in Section 3.1, Druk shall credit 5% of that month's subscription fees for each 0.1 percentage point or part of it below the commitment, up to half of that month's subscription fees. If Druk misses a Priority 1 response or restoration time, it shall credit CNY 500 for each hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

## Section 4 Customer Data

4.1 Customer Data belongs to the Customer. Druk processes Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 The Service and Customer Data are hosted by Druk's hosting provider, Tianfu Cloud Computing Co., Ltd., in its data centre in Chengdu, China. The Customer approves this hosting provider by signing the Order Form.

4.3 At the end of the Subscription Term Druk shall, on request, export the Customer Data in CSV format within 30 days and then delete it.

## Section 5 Customer Configurations

Tour templates, price rules, document checklists and reports configured for the Customer belong to the Customer, which may copy, change and use them freely, including in other systems. Druk keeps its rights in the Service itself.

## Section 6 Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under the Agreement and use it only for the Agreement.

6.2 Neither party shall disclose such information to third parties without the other party's prior written consent, except to its own staff and advisers who need to know it and are bound by equal duties, or where required by law.

6.3 This Section survives for three years after the end of the Agreement.

## Section 7 Subcontracting

Except for the hosting provider named in Section 4.2, Druk shall not subcontract any part of the Service without the Customer's prior written consent. Druk remains responsible for its subcontractors.

## Section 8 Warranties

8.1 Druk warrants that the Service will perform materially as described in its documentation and that it will provide the Service with reasonable skill and care.

8.2 If the Service does not perform as warranted, Druk shall correct it without charge.

8.3 Druk shall keep the Service compatible with current versions of the Chrome, Edge and Safari browsers and with the WeChat mobile browser used by the Customer's tour guides.

## Section 9 Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or business.

9.2 Druk's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by the Customer in the six months before the event giving rise to the claim.

## Section 10 Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 The Customer may also terminate the Agreement by written notice if availability falls below 98% in any two consecutive months.

10.3 On termination by the Customer under Section 10.1 or 10.2, Druk shall refund the prepaid fees for the period after termination.

## Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award is final and binding on both parties.

## Section 12 General

12.1 Notices shall be given in writing by e-mail to the contacts in the Order Form.

12.2 Neither party is liable for failure caused by force majeure, provided it gives prompt notice and resumes performance as soon as possible.

12.3 Neither party may assign the Agreement without the other party's written consent.

12.4 The Agreement is the entire agreement between the parties about the Service.
"""

E03 = r"""
T:Supply and Installation Contract — Cold Store Monitoring Sensors
P:Contract No. WX-CS-2026-007
P:Buyer: Nanning Wuxu Fruit Wholesale Market Co., Ltd., Jiangnan District, Nanning, Guangxi, China (the "Buyer").
P:Supplier: Mekong Sensor Technology Sole Co., Ltd., Sisattanak District, Vientiane, Lao PDR (the "Supplier").
P:Background: The Buyer operates 16 cold-storage rooms and two ammonia refrigeration plants for tropical fruit at its market in Nanning. After a request for quotations, the Buyer selected the Supplier to supply, install and commission a wireless monitoring system for temperature, humidity, door status and ammonia leaks. This contract is on the Buyer's standard form. All prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "System" means the sensors, detectors, gateways, monitoring software and installation work listed in the price table in clause 2.
P:1.2 "Site" means the Buyer's cold-store area at the Wuxu market, Nanning.
P:1.3 "Installation Certificate" means the document signed by both parties when all equipment has been installed and switched on. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 5 that the System has passed the acceptance tests.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's existing refrigeration alarm panel and SMS alarm service, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 646,000, fixed, including delivery to the Site, customs duties, installation materials and all taxes. The price is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|240|680|163,200
TB:2|Ammonia leak detectors with local siren|36|4,900|176,400
TB:3|LoRa gateways with 4G backup|8|7,800|62,400
TB:4|Door-open sensors|64|420|26,880
TB:5|Monitoring software, perpetual licence, unlimited users|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||546,880
TB:6|Installation, cabling and mounting|1|64,300|64,300
TB:7|Commissioning and alarm panel integration|1|28,600|28,600
TB:8|Training (two sessions)|1|6,220|6,220
TB:|Contract Price|||646,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Site within 45 days after signature and complete installation within 20 days after delivery. Work inside cold rooms shall be scheduled with the Buyer so that no room is out of use for more than 6 hours at a time.
P:3.2 Equipment imported from the Supplier's factory in Laos shall be new, of the models in the Supplier's quotation and with certificates of origin and conformity.
P:3.3 The Supplier's staff shall follow the Buyer's site rules, including the rules for work in ammonia plant areas, cold rooms below freezing and at height. The Supplier shall provide its staff with cold-weather clothing and gas detectors and is responsible for their safety.
P:3.4 Before installation the Supplier shall submit a layout drawing showing the position of every sensor, detector and gateway for the Buyer's approval. Ammonia detectors shall be placed in line with the applicable Chinese standards for refrigeration plants.
H:4. Payment
P:4.1 No advance payment is made under this contract.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 419,900) within 20 days after the Installation Certificate is signed.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 226,100) within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid Chinese VAT invoice issued by the Supplier or its appointed importer of record.
H:5. Acceptance
P:5.1 After installation the System runs for 14 consecutive days under normal operation. During that time the parties test it together.
P:5.2 The System passes when: (a) each temperature sensor reads within ±0.3 °C of a calibrated reference thermometer at two temperature points; (b) gateway packet loss is below 1% over the 14 days; (c) every ammonia detector triggers its local siren and the central alarm within 60 seconds in a gas test; (d) door-open and high-temperature alarms reach the duty phones by SMS within 2 minutes; and (e) no critical fault occurs during the run.
P:5.3 When the tests are passed the Buyer issues Final Acceptance in writing within 5 working days. Installation, switching on, use of the System or any payment is not acceptance. If a test fails the Supplier shall correct the fault and the test period starts again.
H:6. Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment free of charge, including batteries that fail early, and supply software updates.
P:6.2 Replacement parts shall be delivered to the Site within 5 days. The Supplier shall keep a stock of spare sensors and detectors in Nanning.
P:6.3 At Final Acceptance the Supplier shall hand over as-built drawings, calibration certificates for every sensor, the software installation media and licence keys, user and administrator manuals in Chinese, and a list of recommended spare parts with prices.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support at 6% of the Hardware and Licence Subtotal, that is CNY 32,812.80 per year. This fee is fixed for the first two support years, and any later change requires the Buyer's written agreement.
P:7.2 Support is ordered each year by purchase order and does not renew automatically.
H:8. Fault Response
P:8.1 During the warranty period and any support year the Supplier shall respond to faults as follows:
TB:Level|Example|Response|On site|Restoration
TB:Critical|monitoring or ammonia alarm lost for a whole plant or several rooms|30 minutes|6 hours|24 hours
TB:Major|one gateway or several sensors down|2 hours|next working day|3 days
TB:Minor|single sensor, report or display fault|1 working day|as agreed|10 days
P:8.2 For each hour by which the Supplier is late in responding to or restoring a critical fault, the Supplier shall pay the Buyer CNY 500, deducted from the next payment or paid on demand.
H:9. Data
P:9.1 All readings, alarms, logs and reports produced by the System are the Buyer's data and belong to the Buyer. The Supplier shall use them only to perform this contract.
P:9.2 The monitoring software is installed on the Buyer's server at the Site. The Supplier may access it remotely only through the VPN account issued by the Buyer, shall keep its access credentials secure, shall not copy data out of the Buyer's systems and shall follow the Buyer's security rules.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 2 hours and is responsible for all losses caused to the Buyer by its breach of this clause 9.
H:10. Intellectual Property
P:10.1 The Supplier keeps its rights in the monitoring software and grants the Buyer a perpetual licence to use it.
P:10.2 The integration scripts, alarm panel configuration, drawings and documents produced for the Buyer belong to the Buyer, who may change and use them freely and give them to other contractors.
H:11. Confidentiality
P:11.1 Each party shall keep confidential any non-public information received from the other party in connection with this contract and shall not disclose it without the other party's prior written consent. This clause continues for three years after the contract ends.
P:11.2 The Supplier shall ensure that its staff who work at the Site sign the Buyer's confidentiality undertaking.
H:12. Delay Damages
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 If the delay exceeds 30 days, the Buyer may also terminate this contract under clause 14.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor, including its local electrician.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice.
P:14.2 On termination the Supplier shall refund all payments for equipment and services that have not been accepted and shall remove its equipment at its own cost if the Buyer so requires.
H:15. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:16. General
P:16.1 The contract is made in English and Chinese. Both versions have equal force.
P:16.2 Neither party is liable for delay caused by force majeure if it notifies the other party promptly.
P:16.3 This contract takes effect on signature by both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Date: ____________________   Date: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. ADS-GZ-2026-03

**Between:** Angkor Digital Services Co., Ltd., a company registered in the Kingdom of Cambodia, of Street 271, Tuol Kork, Phnom Penh, Cambodia (the "Provider")

**And:** Guangzhou Huanan Garments Co., Ltd., a company registered in the People's Republic of China, of Panyu District, Guangzhou, Guangdong, China (the "Customer")

**Background.** The Customer makes garments for export in its head office and two factories in Guangzhou and Qingyuan and has about 420 office users. It wants a single provider to run its IT service desk, endpoint management and backup. The Provider runs a service centre in Phnom Penh with Mandarin-speaking engineers and a field team in Guangzhou. At the Customer's request all charges are in Chinese yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Customer Data" means all data of the Customer or its staff, customers or suppliers that the Provider accesses, stores or processes in providing the Services.

1.4 "Incident" means an unplanned interruption or reduction in the quality of an IT service used by the Customer.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date (the "Term").

2.2 The parties may extend the Term by written agreement signed by both of them. There is no automatic renewal.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 1,170,000.

3.2 The monthly service charge is invoiced monthly in arrears, after the Customer has received the monthly service report for that month.

3.3 The one-time transition charge is invoiced after the Transition Acceptance Certificate is signed.

3.4 No charges are payable before the Service Commencement Date. Invoices are payable within 30 days of receipt.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Provider shall complete transition within 60 days after signature. Transition includes taking over the service desk from the Customer's current provider, enrolling all endpoints in the Provider's management tool, setting up backup of the Customer's servers and Microsoft 365 mailboxes, and writing the runbooks.

4.2 Transition is accepted when: (a) all 420 users can reach the service desk by telephone, WeChat and e-mail; (b) at least 98% of listed endpoints report to the management tool; (c) a full backup of every listed server has completed and a test restore of one server and ten mailboxes has succeeded; and (d) the runbooks have been reviewed and approved by the Customer's IT manager. The Customer then signs a Transition Acceptance Certificate. Starting the Services before that date is not acceptance.

4.3 If transition is not accepted within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay, up to CNY 60,000.

4.4 The Customer shall give the Provider timely access to its sites, systems and staff, provide the list of users, endpoints and servers in scope, and appoint an IT manager as its single point of contact for transition and the Services.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3 and report its performance against them every month.

5.2 If a service level is missed, the Provider shall grant the service credits in Schedule 3. Credits are deducted from the next invoice.

5.3 Three or more missed Priority 1 service levels in a month are a matter for a service review meeting within 10 days, at which the Provider shall present a written improvement plan.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services, on the Customer's instructions, and shall not use it for any other purpose.

6.2 Backups are stored in the Customer's own cloud storage account in mainland China. The Provider's engineers in Phnom Penh may access the Customer's systems only through the Customer's privileged access gateway, with individual accounts and multi-factor authentication. All sessions are recorded.

6.3 The Provider shall keep its staff trained in information security, shall not copy Customer Data to its own systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.4 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 2 hours, shall help the Customer to contain and investigate it and shall bear all losses, costs and fines suffered by the Customer because of a breach caused by the Provider or its staff.

6.5 Within 30 days after the end of this Agreement the Provider shall return all Customer Data it holds, delete any remaining copies from its tools and confirm deletion in writing.

## 7. INTELLECTUAL PROPERTY

Runbooks, scripts, configuration baselines and reports produced for the Customer belong to the Customer, which may use and change them freely and give them to any later provider. The Provider keeps its rights in its own tools, which it licenses to the Customer for the Term.

## 8. SUBCONTRACTING

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 The Provider's total liability under this Agreement shall not exceed 150% of the total charges stated in clause 3.1. The limit does not apply to breach of clause 6, personal injury or wilful misconduct.

## 10. END OF THE AGREEMENT

10.1 The Customer may not terminate this Agreement before the end of the Term for the Provider's breach, including breach of the service levels. The Customer's remedies for such breach are the service credits under Schedule 3 and damages under clause 9.

10.2 The Customer may end this Agreement for convenience on 90 days' written notice by paying the monthly service charges for the rest of the Term.

10.3 At the end of the Term the Provider shall hand over all runbooks, passwords and documents and shall support the transfer to a new provider for up to 30 days at no extra charge.

10.4 The Provider shall keep the key engineers named in its proposal on the Customer's account for at least the first six months of the Term and shall replace any engineer whom the Customer reasonably asks to be replaced.

## 11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 12. GENERAL

12.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

12.2 Neither party is liable for failure caused by force majeure, provided it gives notice promptly.

12.3 This Agreement, with its schedules, is the whole agreement between the parties.

## SCHEDULE 1 — SERVICES

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and e-mail support for about 420 users in Mandarin and English; ticket logging, first-line fixes, escalation | 08:00–20:00 Beijing time, Monday to Saturday |
| Endpoint management | Patching, antivirus, software deployment and asset records for about 460 PCs and laptops | Continuous monitoring |
| Server and backup | Monitoring of 18 servers, daily backup of servers and mailboxes, quarterly test restore | Continuous monitoring |
| Field support | One engineer on site in Panyu and visits to the factories as needed | Working days |
| Reporting | Monthly service report and quarterly service review | Monthly |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 24 months × CNY 46,500 | 1,116,000 |
| Transition charge | One-time | 54,000 |
| **Total charges for the Term** | | **1,170,000** |

Additional users above 460 are charged at CNY 90 per user per month.

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A factory or the head office cannot work, or a server or backup failure puts data at risk | 30 minutes | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 | A group of users or a key application is affected | 1 hour | 1 working day | 1% of the monthly service charge per incident |
| Priority 3 | A single user or minor request | 8 working hours | 3 working days | none |
| Backups | Daily backup success rate of at least 98% per month | — | — | 2% of the monthly service charge |

Credits in a month shall not exceed 20% of that month's service charge.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - AGRICULTURAL PRICE AND WEATHER API

Agreement No. IDL-KM-2026-09

THIS AGREEMENT is made between:

(1) Irrawaddy Data Labs Co., Ltd., a company incorporated in the Republic of the Union of Myanmar, of Bahan Township, Yangon, Myanmar ("IDL"); and

(2) Kunming Fengnian Feed Co., Ltd., a company incorporated in the People's Republic of China, of Chenggong District, Kunming, Yunnan, China (the "Customer").

BACKGROUND

(A) The Customer produces animal feed and buys maize, rice bran and broken rice from Myanmar, Laos and Yunnan.

(B) IDL collects market prices, crop reports and weather data for the Mekong and Irrawaddy regions and supplies them through an application programming interface (the "API").

(C) The Customer wishes to feed this data into its purchasing and planning systems. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "Licensed Data" means the price, crop and weather data delivered through the API, and the Historical Data Pack.

1.2 "Historical Data Pack" means daily market prices for 42 commodities at 36 markets for the ten calendar years before the Subscription Start Date, delivered as files.

1.3 "Customer Data" means the Customer's purchase records, locations, queries and other data that the Customer sends to IDL or the API.

1.4 "Subscription Year" means each period starting on the Subscription Start Date or an anniversary of it and ending on the day before the next anniversary. "Subscription Start Date" means the day IDL issues production API keys to the Customer.

2. SUBSCRIPTION AND FEES

2.1 IDL grants the Customer a non-exclusive, non-transferable licence to use the Licensed Data for its internal purchasing, planning and reporting, including in internal reports shared with its affiliates.

2.2 The initial term is two Subscription Years.

2.3 The fees are:
    API Standard plan (up to 200,000 calls per month, 10 users): CNY 168,000 per Subscription Year, CNY 336,000 for the initial term;
    Historical Data Pack (one-time): CNY 24,000;
    Total for the initial term: CNY 360,000.

2.4 Calls above 200,000 in a month are charged at CNY 0.20 per call. IDL shall warn the Customer by e-mail when 80% of the monthly calls have been used.

2.5 The Customer may add users or move to a higher plan at any time. The additional fee is charged pro rata for the rest of the Subscription Year at the prices in IDL's quotation attached as Annex 3.

2.6 The fees include access to IDL's online documentation, the test environment, two training sessions by video conference and e-mail support in English and Chinese during business hours in Beijing.

3. INVOICING AND PAYMENT

3.1 The fee for each Subscription Year is invoiced on its first day and is payable within 30 days after the invoice.

3.2 The Historical Data Pack fee is invoiced after the Customer has accepted the pack under clause 4.

3.3 No amount is payable before the Subscription Start Date.

4. DELIVERY AND ACCEPTANCE

4.1 IDL shall issue test API keys within 10 days after signature and deliver the Historical Data Pack within 30 days after signature.

4.2 The Customer shall check the Historical Data Pack within 15 days of delivery. The pack is accepted when: (a) it covers all commodities, markets and dates listed in Annex 1; (b) no more than 0.5% of records are missing; and (c) a sample of 200 records checked against the public market bulletins shows no errors other than those IDL corrects. The Customer confirms acceptance in writing.

4.3 If IDL delivers the Historical Data Pack late for reasons attributable to it, IDL shall pay the Customer CNY 250 for each day of delay.

4.4 IDL shall provide the Customer with API documentation, sample code and a field dictionary before the Subscription Start Date and shall give at least 90 days' notice of any change that would require the Customer to change its own systems.

4.5 Each party shall appoint a contact person for delivery, testing and support and shall inform the other party promptly of any change of contact.

5. SERVICE LEVELS

5.1 The API shall be available 99.5% of each calendar month, excluding planned maintenance announced 3 days in advance.

5.2 Daily price data for each market shall be published in the API by 10:00 Beijing time on the next business day.

5.3 Priority 1 incidents (the API is down or returns wrong data for all markets): response within 1 hour and a fix or workaround within 8 hours. Other incidents: response within 1 business day.

5.4 If monthly availability falls below 99.5%, IDL shall credit 10% of one month's share of the annual fee for each full percentage point or part of it below that level. If the daily data is late on more than three days in a month, IDL shall credit 5% of one month's share of the annual fee. Credits are set off against the next invoice.

5.5 IDL shall publish a monthly service report showing availability, incidents, late data and credits, and shall hold a review call with the Customer each quarter.

5.6 IDL shall correct any error in the Licensed Data within 2 business days after it is reported and shall publish corrected values through the API.

6. RENEWAL

6.1 After the initial term, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

6.2 IDL may increase the annual fee for any renewal Subscription Year by up to 6% by giving the Customer written notice at least 60 days before the renewal.

6.3 Either party may ask the other in writing, at least 90 days before the end of the initial term, to discuss changes to the plan, call volumes or fees for the following period.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. IDL shall use Customer Data only to provide the API and support to the Customer and shall not sell, share or use it for any other purpose, including its own analysis.

7.2 IDL shall protect Customer Data with encryption in transit and at rest, access controls limited to named support staff and logged access.

7.3 IDL shall notify the Customer of any breach affecting Customer Data within 24 hours and shall be responsible for all losses suffered by the Customer as a result of a breach caused by IDL.

7.4 At the end of this Agreement IDL shall delete Customer Data within 30 days and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 IDL keeps all rights in the Licensed Data and the API.

8.2 Custom data extracts, dashboards and mappings to the Customer's commodity codes that IDL prepares for the Customer belong to the Customer, which may use, change and share them freely.

8.3 The Customer may keep and use the Licensed Data received during the term in its internal historical records after the end of this Agreement.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business information and shall not disclose it to third parties without the other party's prior written consent. This obligation lasts for three years after the end of this Agreement.

9.2 The Customer may show the Licensed Data to its auditors and professional advisers who are bound by duties of confidentiality.

10. SUBCONTRACTING

IDL shall not subcontract any part of the service without the Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 The total liability of IDL under this Agreement shall not exceed twice the total fees for the initial term stated in clause 2.3. This limit does not apply to breach of clause 7 or clause 9.

11.3 IDL does not warrant that market prices or weather forecasts will prove accurate, but it warrants that the Licensed Data is collected and processed with reasonable care in line with its published methods.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, IDL shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

14. GENERAL

14.1 Notices shall be in writing in English and sent by e-mail to the contacts in Annex 2.

14.2 Neither party is liable for delay caused by force majeure, including internet outages outside its control, provided it notifies the other party promptly.

14.3 This Agreement takes effect on signature by both parties.

Annex 1: Commodity and market list. Annex 2: Contacts.

Signed for Irrawaddy Data Labs Co., Ltd.: ____________________ Date: __________

Signed for Kunming Fengnian Feed Co., Ltd.: ____________________ Date: __________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules
FILES = {
    "z01": ("h519z01_city_management_smart_platform.pdf", "zh", "software", Z01),
    "z02": ("h519z02_steel_furnace_combustion_control.docx", "zh", "hardware", Z02),
    "z03": ("h519z03_convenience_chain_ordering_saas.txt", "zh", "cloud", Z03),
    "z04": ("h519z04_red_cross_donation_system_om.txt", "zh", "services", Z04),
    "z05": ("h519z05_herbal_tea_formula_supplier_template.md", "zh", "software", Z05),
    "e01": ("h519e01_tea_warehouse_licence_nepal_vendor.pdf", "en", "software", E01),
    "e02": ("h519e02_travel_saas_order_form_bhutan_vendor.md", "en", "cloud", E02),
    "e03": ("h519e03_cold_store_sensors_laos_vendor.docx", "en", "hardware", E03),
    "e04": ("h519e04_managed_it_services_cambodia_vendor.md", "en", "services", E04),
    "e05": ("h519e05_agri_data_api_myanmar_vendor.txt", "en", "cloud", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# terms; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value; design-only: forum_mainland,
# TCO inputs (fee base, fee per year)
DESIGN = {
    "z01": dict(terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=2700000, mainland=True,
                fee_base=1260000, fee=113400, expect=[]),
    "z02": dict(terms=T(None, 0.5, False, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 7, False, True,
                        True, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=2320000, mainland=True,
                fee_base=1820000, fee=127400, expect=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z03": dict(terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.06, 150, None, True, None, None, None, True, True,
                        False, "PRC", S),
                sla=True, ld=True, deemed=False, value=2060000, mainland=True,
                expect=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(terms=T(None, None, False, "buyer", True, True, True, None, None, None, True, None, None, None, False,
                        True, False, None, S),
                sla=False, ld=False, deemed=False, value=386000, mainland=True,
                expect=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": dict(terms=T(None, 8, True, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 22, False, True,
                        None, None, G),
                sla=True, ld=True, capped=True, deemed=True, value=1600000, mainland=True,
                fee_base=1280000, fee=281600,
                expect=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                        "CR-WARRANTY"]),
    "e01": dict(terms=T(None, 2, True, "buyer", True, True, True, 900 / 1090000 * 100, 150, 20, True, True, 18, 11,
                        False, True, False, "Nepal", G),
                sla=True, ld=True, capped=True, deemed=False, value=1090000, mainland=False,
                fee_base=708000, fee=77880, expect=["CR-GOVERNING-LAW"]),
    "e02": dict(terms=T(99.95, 1, True, "buyer", False, True, True, 300 / 488000 * 100, 6 / 24 * 100, None, True, None,
                        None, None, False, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, value=488000, mainland=True,
                expect=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e03": dict(terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 6, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=646000, mainland=True,
                fee_base=546880, fee=32812.8, expect=[]),
    "e04": dict(terms=T(None, 0.5, True, "buyer", True, True, False, 1000 / 1170000 * 100, 150, None, True, None, None,
                        None, False, False, False, "PRC", S),
                sla=True, ld=True, deemed=False, value=1170000, mainland=True,
                expect=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "e05": dict(terms=T(99.5, 1, True, "buyer", True, True, True, 250 / 360000 * 100, 200, None, True, None, None, None,
                        True, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, value=360000, mainland=True,
                expect=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(d):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = d["terms"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * d["fee"]
    return fees / (d["value"] + fees) * 100


def rules_from_labels(d):
    """My own reading of policy.md §3 (not project code)."""
    t, out = d["terms"], []
    goods = t["contract_kind"] == G
    if not d["sla"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not d["ld"]:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        out.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15):
        out.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or not d["mainland"]:
        out.append("CR-GOVERNING-LAW")
    if goods and d.get("fee") and tco_share(d) > 40:
        out.append("CR-TCO-SERVICE-SHARE")
    return sorted(out)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, cat, _ = FILES[key]
    d = DESIGN[key]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": d["terms"], "expected_extra": extra,
            "expected_rules": rules_from_labels(d)}


# ---------------------------------------------------------------- thresholds
NUMZH = "零〇一二三四五六七八九十百千"
PATTERNS = [
    ("99.9", r"(?<![\d.,])99\.9(?!\d)"),
    ("4 h", r"(?<![\d.,])4\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)|(?<![十\d])四\s*小时|(?<![\w-])four[\s-]+hours?\b"
            r"|(?<![\d.,])240\s*(?:分钟|minutes?)"),
    ("0.05 %", r"(?<![\d.,])0\.05\s*(?:%|％|per\s*cent|percent)|万分之五(?![十百千零〇一二三四五六七八九])"),
    ("100 %", r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)|百分之百|百分之一百(?![零〇一二三四五六七八九十])"),
    ("30 %", r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|三成"),
    ("12 months", r"(?<![\d.,])12\s*(?:个月|months?\b|-month)|十二\s*个月|twelve[\s-]+months?\b|一年"
                  r"|(?<![\w-])one[\s-]+year\b|(?<![\d.,])1\s*years?\b"),
    ("15 %", r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)|百分之十五"),
    ("40 %", r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九])|四成"),
    ("5 years", r"(?<![\d.,])5\s*(?:年|years?\b|-year)|五年|(?<![\w-])five[\s-]+years?\b|(?<![\d.,])60\s*(?:个月|months?\b)"
                r"|六十个月|sixty[\s-]+months?\b"),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "4-hour", "12 months", "4hours"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "2026年", "万分之五十", "服务年度", "140%", "130%", "0.055%", "04:00", "14 hours", "25年", "1.5倍",
             "120 months", "112 months", "1,100%", "35%", "45%", "百分之三十五"]


def scan(text):
    hits = []
    for name, pat in PATTERNS:
        for m in re.finditer(pat, text, re.I):
            hits.append((name, m.group(0)))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
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
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, lang, cat, src) in FILES.items():
        d = DESIGN[key]
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        rules = lab["expected_rules"]
        if rules != sorted(d["expect"]):
            problems.append((key, "rules differ from design", rules, sorted(d["expect"])))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        raw = src
        for variant in (text, raw, re.sub(r"\s+", " ", raw), re.sub(r"\s+", "", raw), re.sub(r"\s+", "", text)):
            h = scan(variant)
            if h:
                problems.append((key, "threshold", h[:5]))
                break
        t = d["terms"]
        thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for k, v in thr.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, "label on threshold", k))
        share = None
        if t["contract_kind"] == G:
            share = tco_share(d)
            if abs(share - 40) <= 2:
                problems.append((key, "TCO share near 40", share))
        print(f"{key} {name:52s} {lang} len={n:5d} risk={risk(rules):6s} tco={'' if share is None else round(share, 2)} "
              f"{', '.join(r[3:] for r in rules) or '(none)'}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    mix = [risk(label(k)["expected_rules"]) for k in FILES]
    print("risks:", mix)
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
