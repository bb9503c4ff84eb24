"""holdout440: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, checks lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, buyer's paper, 政府采购, compliant)
H440Z01 = """T:某市广播电视局应急广播平台软件采购及定制开发合同
P:合同编号：GDJ-YJGB-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市广播电视局
P:乙方（中标供应商）：某某智慧广电科技有限公司
P:鉴于甲方通过政府采购公开招标方式采购市级应急广播平台软件及定制开发服务，乙方参加投标并被确定为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供市级应急广播平台软件（以下称“平台软件”）的永久使用许可，并完成与省级应急广播平台的对接、预警信息发布接口、乡镇及行政村应急广播终端管理模块等定制开发工作。
P:1.2 平台软件部署于甲方使用的政务云资源上，覆盖全市九个乡镇、一百二十六个行政村的应急广播终端共1,480台，并与气象、应急管理、水利等部门的预警信息源对接。
P:1.3 交付物包括：平台软件安装介质及授权文件、定制开发模块的源代码及可执行程序、接口文档、数据库设计说明、用户手册、运维手册、测试报告和培训材料。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,220,000元（大写：壹佰贰拾贰万元整），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|应急广播平台软件永久许可（市级）|1套|680,000
TB:2|定制开发（省级平台对接、预警发布接口、终端管理模块）|1项|420,000
TB:3|部署实施及历史数据迁移|1项|96,000
TB:4|培训（管理员及乡镇操作员）|1项|24,000
TB:合计|||1,220,000
P:2.2 合同总价包含平台软件许可、定制开发、部署、测试、培训、差旅、税费及质保期内服务的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具合法发票，甲方在十个工作日内支付合同总价的20%，即244,000元，作为预付款。
P:3.2 平台软件部署完成并通过初验后，甲方在十个工作日内支付合同总价的45%，即549,000元。
P:3.3 项目通过终验后，甲方在十个工作日内支付合同总价的35%，即427,000元。
P:3.4 资金支付按照政府采购资金支付的有关规定办理，乙方应在每次付款前提供等额合法发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订之日起九十日内完成平台软件部署及定制开发，并提交初验申请；初验合格后进入六十日的试运行期。
P:4.2 乙方应指派项目经理一名常驻甲方现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验由甲方组织，依据招标文件技术要求、本合同及经甲方确认的测试方案进行，内容包括功能测试、性能测试、与省级平台的联调，以及预警信息从接收、审核到终端播发的全流程演练。
P:5.2 试运行期满，平台运行期间未发生一级故障、全流程演练全部成功、交付物齐全的，乙方可申请终验。甲方组织专家按验收标准进行终验，并出具书面验收报告。
P:5.3 验收不合格的，乙方应在十五日内整改并重新申请验收，所需费用由乙方承担；甲方对验收结果的确认不免除乙方对隐蔽缺陷的责任。
H:第六条 服务水平
P:6.1 质保期内，平台核心业务（预警信息接收、审核、播发）的月度可用性不低于99.95%。
P:6.2 故障分级及响应：一级故障（平台无法播发或省级对接中断）乙方在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方未达到上述响应或恢复时限的，每发生一次，甲方可从应付款项或履约保证金中扣除2,000元；月度可用性低于约定值的，每低0.1个百分点扣除5,000元。
P:6.4 遇重大活动、汛期及突发事件保障期间，乙方应按甲方通知安排工程师现场值守，费用已包含在合同总价中。
H:第七条 质保与维保
P:7.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持及每季度一次现场巡检。
P:7.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过平台软件许可费的8%（即不超过54,400元），且三个服务年度内不得上调；具体内容以双方另行签订的维保合同为准。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，甲方在本项目范围内享有永久、不可撤销的使用权。
P:8.2 为本项目定制开发的模块、源代码、接口及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级，乙方应在终验时移交完整源代码。
P:8.3 乙方保证交付物不侵犯任何第三方的知识产权，由此引起的纠纷及损失由乙方承担。
H:第九条 数据安全与数据归属
P:9.1 平台中的预警信息、终端数据、用户信息及运行日志均归甲方所有，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》及网络安全等级保护的要求，采取访问控制、加密传输、操作审计等措施；远程运维须经甲方批准并全程留痕。
P:9.3 发生数据泄露、篡改或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
P:9.4 合同终止时，乙方应移交并删除其持有的甲方数据，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付物不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
P:11.3 甲方逾期付款的，按照政府采购资金支付的有关规定处理。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目；确需分包非主体部分的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市广播电视局    授权代表：________    日期：2026年  月  日
P:乙方（盖章）：某某智慧广电科技有限公司    授权代表：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, LD-LOW + SUBCONTRACT)
H440Z02 = """T:热压机控制系统改造及维保合同
P:合同编号：MY-RYJ-2026-008
P:甲方（买方）：某某木业有限公司
P:乙方（卖方）：某某自动化工程有限公司
P:鉴于甲方胶合板车间现有两台二十层热压机的控制系统老化，温度、压力控制精度不足，影响板材胶合质量，甲方决定对其进行控制系统改造。双方经友好协商，就改造所需设备、软件、施工及后续维保服务订立本合同。
H:一、改造内容
P:（一）乙方负责两台热压机控制系统的设计、供货、安装、调试及培训，包括更换PLC控制柜、压力传感器及液压比例阀组、热板温度采集模块、操作触摸屏，并部署热压工艺配方管理软件。
P:（二）改造后应实现：热板温度分区闭环控制、压力曲线按配方自动执行、每一热压周期的工艺数据自动记录并可追溯到批次。
P:（三）改造施工应安排在甲方指定的停机窗口内完成，每台热压机停机时间不超过六日。
H:二、合同价款
P:（一）本合同总价为人民币740,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜及I/O模块|2套|186,000|372,000
TB:2|压力传感器及液压比例阀组|2套|64,500|129,000
TB:3|热板温度采集模块（每套48点）|2套|23,000|46,000
TB:4|操作触摸屏（HMI）|2台|9,800|19,600
TB:5|热压工艺配方管理软件（永久许可）|1套|86,000|86,000
TB:|软硬件小计|||652,600
TB:6|安装调试及停机改造施工|1项|78,000|78,000
TB:7|操作及维护培训|1项|9,400|9,400
TB:|合计|||740,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的10%，即74,000元，作为预付款。
P:（二）设备到货并完成安装后，甲方支付合同总价的55%，即407,000元。
P:（三）终验合格后十个工作日内，甲方支付合同总价的35%，即259,000元。
P:（四）乙方应在每次付款前向甲方开具等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在甲方提供停机窗口后十二日内完成两台热压机的改造与调试。
P:（二）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
H:五、验收
P:（一）到货验收：设备到货后，双方按装箱单核对型号、数量及外观，并签署到货签收单。
P:（二）终验：改造完成后连续试生产十个工作日，热板温度控制偏差不超过正负1.5摄氏度、压力控制偏差不超过正负0.2兆帕、配方调用及数据记录功能全部正常的，视为终验合格，双方签署终验报告。
P:（三）终验不合格的，乙方应在七日内整改后重新验收，因此增加的费用由乙方承担。
H:六、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:（二）服务水平：热压机因控制系统故障停机的（一级故障），乙方在30分钟内电话响应，3小时内到达现场，10小时内恢复生产；其他故障2小时内响应，48小时内解决。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付500元；一级故障未按时恢复的，每次另行支付3,000元，甲方可从应付款项中直接扣除。
P:（四）质保期内乙方每季度对两台热压机控制系统进行一次巡检，检查传感器标定、比例阀动作及控制柜散热情况，并出具巡检报告；关键备件由乙方在甲方厂区备有一套。
P:（五）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%，即58,734元，前三个维保年度内固定不变。维保内容包括每季度一次巡检、备件优先供应及本条第（二）项的响应服务。
H:七、知识产权
P:（一）热压工艺配方管理软件的著作权归乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目编写的PLC程序、HMI画面及工艺配方数据的所有权和知识产权归甲方所有，乙方应在终验时交付程序源文件，甲方可自行修改或委托他人维护。
H:八、数据安全
P:（一）热压工艺参数、生产记录等数据归甲方所有，乙方不得复制、外传或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方批准，使用甲方指定的账号和通道，并对操作进行记录；不得在控制系统中留有后门或未经说明的远程访问功能。
P:（三）因乙方原因造成甲方数据泄露、丢失或控制系统被非法访问的，乙方应立即采取补救措施，并赔偿甲方由此遭受的全部损失。
H:九、保密
P:乙方对在履行本合同过程中知悉的甲方工艺配方、生产数据、经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:十、分包
P:乙方可将现场电气安装施工分包给具备相应资质的单位，但应提前以书面形式通知甲方，乙方对分包单位的工作向甲方承担责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、安全生产与现场管理
P:（一）乙方施工人员进入甲方厂区应遵守甲方的安全生产、消防及防尘防爆管理制度，正确佩戴劳动防护用品，动火、登高及带电作业须办理作业许可。
P:（二）改造施工期间，乙方应对热压机液压系统和导热油管路采取隔离和泄压措施，施工结束后清理现场，恢复设备防护罩及安全联锁。
P:（三）因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:十四、技术资料与培训
P:（一）乙方应在终验前向甲方移交电气原理图、接线图、PLC程序及注释、HMI画面文件、配方软件安装包、备件清单、操作规程和维护手册，资料应为中文。
P:（二）乙方应为甲方操作工、电工及工艺人员分别开展培训，培训后进行考核，确保甲方人员能够独立完成日常操作、配方维护和一般故障排除。
H:十五、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、通知
P:双方的通知以书面形式送达本合同所列地址或联系人，以电子邮件发送的，自发出之日起视为送达。
H:十七、履约保证
P:乙方应在合同签订后七日内向甲方提交合同总价5%的银行履约保函，有效期至终验合格后三十日；乙方违约时甲方可从保函中扣收违约金及赔偿金。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术方案、设备清单、终验测试表。
P:甲方（盖章）：某某木业有限公司    代表：________    日期：2026年  月  日
P:乙方（盖章）：某某自动化工程有限公司    代表：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SLA-AVAILABILITY + AUTO-RENEWAL)
H440Z03 = """家政服务派单及会员管理SaaS服务与实施合同

合同编号：JZ-SAAS-2026-031
甲方（客户）：某某家政服务连锁有限公司
乙方（服务商）：某某云智软件有限公司

鉴于甲方在本市经营二十六家家政服务门店，需要统一的派单调度、服务人员管理及会员储值系统；乙方为SaaS服务提供商。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“家政派单及会员管理”SaaS服务，包括派单调度模块、会员及储值卡模块、服务人员（阿姨）端App、客户预约小程序及经营报表。
1.2 乙方负责实施工作：系统配置、二十六家门店及服务人员账号开通、历史会员档案及储值余额迁移、小程序上架、门店店长及客服培训。
1.3 服务期为三个服务年度，自系统上线之日起计算；计划上线日为2026年5月1日，届时服务期为2026年5月1日至2029年4月30日。

2. 费用
2.1 本合同总价为人民币670,000元，明细如下：
  派单调度模块订阅：26家门店 × 3,600元/门店/服务年度 × 3个服务年度 = 280,800元
  会员及储值卡模块订阅：26家门店 × 2,400元/门店/服务年度 × 3个服务年度 = 187,200元
  服务人员端App账号：400个 × 120元/个/服务年度 × 3个服务年度 = 144,000元
  实施费（一次性）：58,000元
  合计：670,000元
2.2 每个服务年度的订阅费为204,000元。服务期内门店或账号数量增加的，按上述单价按月折算计费。

3. 付款
3.1 实施费在上线验收合格后十个工作日内一次性支付。
3.2 各服务年度的订阅费在该服务年度开始后十五日内支付；第一个服务年度自上线之日开始。
3.3 乙方应在收款前开具合法的增值税发票。

4. 实施与上线验收
4.1 乙方应于合同签订后四十五日内完成实施并申请上线验收。
4.2 上线验收标准：派单、改派、结算、会员充值消费等业务流程全部跑通；迁移后的会员档案和储值余额与甲方原系统逐户核对一致；二十六家门店均可正常使用。甲方在五个工作日内组织验收，验收合格的签署上线确认单。
4.3 乙方未按期上线的，每逾期一日按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的10%。

5. 服务水平
5.1 乙方保证SaaS服务的月度可用性不低于99.5%（计划内维护除外，计划内维护应安排在每日凌晨一点至五点，并提前三日通知）。
5.2 故障响应：一级故障（系统整体无法登录或无法派单）15分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；一般问题在一个工作日内答复。
5.3 月度可用性低于约定值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于98%的，按当月订阅费的20%抵扣。一级故障超过恢复时限的，每次另行抵扣1,000元。
5.4 乙方每月向甲方提供服务报告，载明可用性、故障记录及处理情况。

6. 数据归属与数据安全
6.1 甲方在系统中录入或产生的会员信息、订单、服务人员信息及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
6.2 乙方应按照《个人信息保护法》《数据安全法》的要求保护数据，采取加密存储、访问权限控制、操作日志留存不少于六个月、每日备份等措施，系统部署于中国境内。
6.3 发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方，配合处置并承担因其原因造成的全部损失，包括甲方向会员承担的赔偿。
6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

7. 知识产权
7.1 SaaS平台的知识产权归乙方所有。
7.2 乙方为甲方定制的小程序页面、报表模板及相关设计的知识产权归甲方所有，甲方可自由使用、修改并授权他人使用。

8. 保密
双方对在合作中知悉的对方商业信息、技术信息及会员信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

9. 续约
9.1 服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。
9.2 续展时乙方有权调整订阅单价，调整幅度不超过上一服务年度单价的8%，乙方应在服务期届满前六十日书面通知甲方。

10. 违约责任与责任限制
10.1 任何一方违约给对方造成损失的，应予赔偿。
10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

11. 分包
乙方不得将本合同项下的服务转包；将部分实施工作分包的，须事先取得甲方书面同意。

12. 合同解除
乙方严重违约或连续两个月可用性低于98%的，甲方有权书面通知解除合同，乙方应退还已付未使用期间的订阅费。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

14. 服务人员管理与培训
14.1 乙方应为甲方指定专属客户经理和实施顾问，实施期间每周提交进度报告，重大问题及时通报甲方。
14.2 乙方应在上线前完成店长、客服及财务人员培训，并提供操作手册和培训视频；服务期内新开门店的培训由乙方免费提供。
14.3 乙方应每季度与甲方召开一次服务回顾会，就派单效率、客户投诉和系统优化需求进行沟通。

15. 系统变更与升级
15.1 乙方对SaaS服务进行功能升级的，不得降低本合同约定的功能和服务水平；涉及门店操作方式变化的，应提前十日通知甲方并提供培训资料。
15.2 甲方提出的个性化需求，由双方另行书面确认工作量和费用。

16. 不可抗力
因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明；双方根据影响程度协商延期履行或解除合同。

17. 门店扩展与业务连续
17.1 服务期内甲方新开门店的，乙方应在收到通知后三个工作日内完成门店开通和基础数据配置，费用按第2.2条计算。
17.2 乙方应每日对甲方数据进行备份，备份数据至少保留三十日；发生故障时应优先保障派单和会员消费功能，必要时启用应急派单方案。
17.3 乙方停止经营或被收购的，应提前九十日通知甲方，并协助甲方完成数据迁移和系统切换，相关费用由乙方承担。

18. 廉洁条款
乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益；违反本条的，甲方有权解除合同并要求乙方赔偿损失。

19. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：某某家政服务连锁有限公司    代表：________    日期：2026年  月  日
乙方（盖章）：某某云智软件有限公司    代表：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （1）, TERMINATION + LD-LOW)
H440Z04 = """集装箱码头操作系统（TOS）2026年度运维服务合同

项目编号：GW-CG-2026-TOS-005（竞争性磋商）
甲方（采购人）：某某港务集团有限公司
乙方（成交供应商）：某某港航信息技术有限公司

甲方通过竞争性磋商方式采购集装箱码头操作系统（以下称“TOS系统”）2026年度运维服务，乙方为成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务范围与服务期
（1）服务对象：甲方集装箱码头使用的TOS系统，包括堆场计划、船舶配载、闸口、岸桥及场桥作业指令、计费等子系统，以及相关数据库和中间件。
（2）服务期：2026年1月1日至2026年12月31日。
（3）服务内容：驻场运维、7×24小时远程支持、年度版本升级（含两次补丁升级）、数据库及中间件运维、年度巡检和应急演练。

第二条 服务费用
（1）本合同总价为人民币1,240,000元（含税），为固定总价，明细如下：
  驻场运维工程师：3人 × 268,000元 = 804,000元
  7×24小时远程支持及二线专家服务：156,000元
  年度版本升级（含两次补丁升级）：118,000元
  数据库及中间件运维：92,000元
  年度巡检及应急演练：2次 × 35,000元 = 70,000元
  合计：1,240,000元
（2）上述费用包含人员、差旅、工具、备品及税费，甲方不另行支付。

第三条 付款方式
（1）服务费按季度支付，每季度310,000元。
（2）每季度结束后，甲方按第六条完成季度服务考核，并在收到乙方发票后十五个工作日内支付该季度服务费，考核扣减的金额从当季服务费中扣除。
（3）甲方不预付任何款项。

第四条 人员要求
（1）乙方驻场工程师应具备三年以上码头信息系统运维经验，名单经甲方确认后不得擅自更换。
（2）驻场工程师遵守甲方的安全生产和门禁管理规定，按甲方作业班次安排值守。

第五条 服务水平
（1）TOS核心作业功能（船舶配载、作业指令下发、闸口）的月度可用性不低于99.95%。
（2）一级故障（码头作业中断或作业指令无法下发）：乙方10分钟内响应，30分钟内到场处置，1小时内恢复或启用应急方案。
（3）二级故障（单一子系统部分功能异常）：30分钟内响应，6小时内解决。三级故障：一个工作日内解决。
（4）未达到上述要求的，每发生一次一级故障超时，扣减当季服务费10,000元；月度可用性低于约定值的，每低0.01个百分点扣减当季服务费2,000元；当季扣减总额不超过当季服务费的20%。

第六条 考核与验收
（1）季度考核：甲方依据服务水平达成情况、工单闭环率、巡检报告及驻场人员出勤情况，按磋商文件所附考核表打分，满分100分，低于80分的按差额扣减服务费。
（2）年度验收：服务期满后三十日内，甲方依据全年考核结果、版本升级完成情况及运维文档移交情况组织验收，出具书面验收意见。

第七条 版本升级与违约金
（1）乙方应在2026年9月30日前完成年度版本升级，并在升级前提交升级方案和回退方案，经甲方批准后在非作业高峰时段实施。
（2）乙方未按期完成年度版本升级或年度巡检的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（3）因乙方操作失误造成码头作业中断的，乙方应赔偿甲方的直接损失。

第八条 数据归属与数据安全
（1）TOS系统中的船舶、箱货、客户及计费数据均归甲方所有，乙方仅在运维需要的范围内访问，不得复制、留存或用于其他目的。
（2）乙方应遵守甲方的网络安全管理制度和关键信息基础设施保护要求，运维操作通过甲方堡垒机进行并全程审计，严禁在生产环境使用未经甲方批准的工具。
（3）因乙方原因发生数据泄露、篡改或网络安全事件的，乙方应立即报告并配合处置，承担全部责任并赔偿甲方损失。

第九条 知识产权
运维期间乙方为甲方编写的脚本、补丁、报表及运维文档的知识产权归甲方所有，甲方可自由使用和修改。

第十条 保密
乙方及其人员对在服务过程中知悉的甲方商业秘密、客户信息和系统信息负有保密义务，应签署保密承诺书；保密义务在合同终止后继续有效。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十二条 合同期限与终止
（1）鉴于码头生产作业的连续性，服务期内任何一方均不得单方提前解除本合同。
（2）一方违约的，守约方有权要求违约方继续履行、采取补救措施并赔偿损失。
（3）服务期满，本合同自然终止；甲方如需继续采购，另行组织采购程序。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。

第十四条 运维管理要求
（1）乙方应建立运维工单制度，所有故障、变更和服务请求均通过甲方的运维管理平台登记，记录处理过程和结果。
（2）重大变更（包括版本升级、数据库参数调整、网络策略变更）须提前三个工作日提交变更申请，经甲方信息中心审批后在指定窗口实施，并准备回退方案。
（3）乙方每月提交运维月报，内容包括系统运行情况、故障统计、容量分析及改进建议；每半年提交一次系统健康评估报告。
（4）乙方应配合甲方开展网络安全检查、等级保护测评和应急演练，对发现的问题按甲方要求的期限整改。

第十五条 不可抗力
因台风、地震等不可抗力导致服务中断的，乙方应尽最大努力配合甲方恢复系统，相应期间不计入可用性考核；受影响一方应及时通知对方并提供证明。

第十六条 人员与交接
（1）乙方驻场工程师因故离岗超过三日的，应提前安排具备同等能力的人员顶岗，并报甲方同意。
（2）服务期满或合同终止时，乙方应向甲方或甲方指定的单位移交全部运维文档、账号清单、配置记录和未关闭工单，并提供不少于三十日的交接配合，交接期间不另收费。
（3）乙方应为驻场人员缴纳社会保险并承担其劳动报酬，驻场人员与甲方不存在劳动关系。

第十七条 廉洁与合规
乙方不得向甲方工作人员提供任何形式的不正当利益；乙方人员在甲方码头作业区域内应遵守港口安全生产规定，因违反规定造成事故的由乙方承担责任。

第十八条 通知与联系人
双方应各自指定项目负责人和运维联系人，并在合同签订后三日内书面告知对方；联系人或联系方式变更的，应提前书面通知。一级故障的通知可先以电话方式作出，事后补发书面记录。

第十九条 其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：某某港务集团有限公司    代表：________    日期：2025年12月  日
乙方（盖章）：某某港航信息技术有限公司    代表：________    日期：2025年12月  日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, "## 第X条", many findings)
H440Z05 = """# 发酵房环境监控系统软件许可及定制开发合同

**（乙方标准合同文本 V3.2）**

- 合同编号：FJ-JK-2026-112
- 甲方（用户）：某某酿造食品有限公司（腐乳生产厂）
- 乙方（供方）：某某物联智控科技有限公司

甲方为腐乳生产企业，拥有前发酵房及后发酵（腌制）库房共十四间，需对温度、湿度、二氧化碳浓度及通风进行集中监控。乙方为发酵房环境监控系统的开发商。双方就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“发酵房环境监控平台”软件（单厂永久许可）及移动端App与告警推送模块，并完成发酵工艺曲线与批次追溯的定制开发、与甲方现有温湿度控制器及新风系统的数据对接。

1.2 系统部署于甲方厂区服务器，由甲方提供服务器及网络环境。

## 第二条 合同价款

2.1 本合同总价为人民币500,000元（含税）：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 发酵房环境监控平台软件许可（单厂永久） | 1套 | 318,000 |
| 2 | 移动端App及告警推送模块许可 | 1套 | 74,000 |
| | 软件许可小计 | | 392,000 |
| 3 | 定制开发：发酵工艺曲线与批次追溯 | 1项 | 58,000 |
| 4 | 温湿度控制器及新风系统数据对接 | 1项 | 26,000 |
| 5 | 部署实施与培训 | 1项 | 24,000 |
| | 合计 | | 500,000 |

2.2 甲方自行采购的传感器、服务器及网络设备不在本合同范围内。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即325,000元，乙方收款后启动项目。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即175,000元。

3.3 甲方逾期付款的，乙方有权暂停实施、技术支持及软件授权更新，由此导致的工期延误由甲方负责。

## 第四条 交付与上线

4.1 乙方在收到首付款后六十日内完成软件安装、定制开发及数据对接。

4.2 交付日期为乙方的预计日期。因甲方现场条件、第三方设备或其他非乙方原因造成延误的，交付日期相应顺延。乙方不承担逾期交付的违约金或其他赔偿责任。

## 第五条 验收

5.1 系统安装完成并上线运行即视为验收合格，甲方不再另行组织验收。

5.2 甲方在上线后对系统功能提出的修改意见，乙方可作为优化需求另行报价。

## 第六条 质保与维护

6.1 质保期为六个月，自系统上线之日起计算。质保期内乙方免费修复软件缺陷。

6.2 技术支持：一级故障（监控中断、告警无法推送）乙方在8小时内响应，其他问题在三个工作日内响应。乙方尽力尽快修复，但不承担因响应或修复延迟而产生的扣款、赔偿或违约金。

6.3 质保期满后，甲方应购买年度维护服务，年度维护费为软件许可小计的24%，即94,080元/服务年度，包括软件升级、远程支持及每服务年度两次现场巡检。

## 第七条 知识产权

7.1 本合同项下的软件及乙方为甲方完成的定制开发成果（包括发酵工艺曲线模块、批次追溯模块、数据对接程序及相关文档）的知识产权均归乙方所有。

7.2 甲方在本厂范围内享有上述软件及定制开发成果的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 系统采集的发酵环境数据存储在甲方服务器上。

8.2 甲方同意，乙方可将脱敏后的发酵环境数据及工艺曲线用于产品改进、算法训练及行业分析，无需另行征得甲方同意或支付费用。

8.3 乙方在远程维护时应遵守甲方的网络安全要求，采取必要的加密和访问控制措施；因乙方原因造成甲方数据泄露的，乙方承担相应的赔偿责任。

## 第九条 保密

双方对在合作中获得的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任总额不超过合同总价的50%。

10.2 乙方不承担任何间接损失，包括生产损失、产品报废及利润损失。

## 第十一条 合同解除

乙方严重违约且在甲方书面通知后三十日内仍未纠正的，甲方可书面通知解除合同。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 甲方义务

13.1 甲方应在项目启动前提供满足乙方要求的服务器、操作系统、数据库及网络环境，并开放必要的网络端口。

13.2 甲方应指定项目联系人，负责协调发酵房现场施工条件、提供工艺参数及历史批次资料，并及时确认乙方提交的需求文档。

13.3 甲方应妥善保管系统账号和口令，因甲方人员操作不当造成的数据丢失或系统故障，由甲方自行负责。

## 第十四条 培训与资料

14.1 乙方为甲方提供一次现场培训，培训对象为发酵车间主任、班组长及设备管理人员，培训内容包括监控大屏使用、告警处理、曲线查询和批次追溯。

14.2 乙方向甲方提供用户手册电子版。源代码、数据库设计文档及接口文档不属于交付范围。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十六条 软件授权与升级

16.1 软件授权以乙方提供的授权文件为准，授权绑定甲方服务器硬件信息。甲方更换服务器的，乙方重新签发授权文件，可收取工本费。

16.2 质保期内乙方提供软件小版本升级；大版本升级及新增功能模块需另行购买。

16.3 甲方未按期支付年度维护费的，乙方有权停止升级和技术支持服务，恢复服务时甲方应补缴中断期间的维护费。

## 第十七条 项目实施流程

17.1 项目分为需求调研、部署安装、定制开发、数据对接、上线运行五个阶段，乙方在每个阶段开始前向甲方提交工作计划。

17.2 需求调研阶段，乙方实施人员到甲方现场查看前发酵房和后发酵库房，记录各房间的测点位置、现有控制器型号和通讯方式，形成需求说明书，经甲方签字后作为开发依据。需求说明书确认后甲方提出变更的，乙方可调整工期并另行收费。

17.3 甲方应配合乙方在发酵房内安装通讯网关，并保证施工期间发酵房的卫生条件不受影响。

## 第十八条 通知

双方通知以书面形式或电子邮件发送至本合同首页所列联系人，发出之日起三日视为送达。

## 第十九条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜以乙方官网公布的服务条款为准。

甲方（盖章）：某某酿造食品有限公司    代表：________    日期：2026年  月  日

乙方（盖章）：某某物联智控科技有限公司    代表：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, English vendor, only GOVERNING-LAW)
H440E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CFL-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Shaoxing Huarong Textile Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China (the "Customer"), and Pennine Colour Systems Ltd, a company registered in England with its office in Manchester (the "Supplier").
P:Background. The Customer dyes and finishes cotton and polyester fabrics for garment brands and wishes to replace its manual colour-matching process. The Supplier develops colour formulation and recipe management software. The Customer has selected the Supplier's ColourLab software after a competitive evaluation, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's ColourLab colour formulation server, workstation and instrument connector software in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, recipe migration scripts, reports and any other software, configuration or documentation written by the Supplier specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the system has passed the acceptance tests.
P:1.4 "Business Day" means a working day in the People's Republic of China.
H:Article 2 Scope
P:2.1 The Supplier shall grant the licences in Article 3, install and configure the Software at the Customer's plant in Keqiao, Shaoxing, migrate the Customer's existing dye recipes (about 18,000 recipes and the related dyestuff and substrate data), connect six spectrophotometers, build an interface to the Customer's ERP system and train the Customer's staff.
P:2.2 The detailed scope, project plan and test cases are set out in Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan).
H:Article 3 Licence
P:3.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its sites in mainland China for its own business purposes, within the licensed quantities in Article 4.
P:3.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf.
P:3.3 The licence is fully paid up on payment of the licence fees and survives any expiry of support.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The total contract price is CNY 960,000, including VAT, made up as follows:
P:ColourLab Formulation Server licence (perpetual), 1 x CNY 420,000 = CNY 420,000
P:ColourLab Workstation licences (perpetual), 14 x CNY 18,500 = CNY 259,000
P:Spectrophotometer connector licences (perpetual), 6 x CNY 9,000 = CNY 54,000
P:Licence subtotal: CNY 733,000
P:Implementation, configuration and recipe migration: CNY 128,000
P:ERP interface (Custom Deliverable): CNY 76,000
P:Training (three sessions on site): CNY 23,000
P:Total contract price: CNY 960,000
P:4.2 The price is fixed and includes travel, expenses and all taxes. Any change of scope requires a written change order signed by both parties.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the contract price (CNY 96,000) within fifteen Business Days after signature, against the Supplier's invoice.
P:5.2 The Customer shall pay 55% of the contract price (CNY 528,000) after installation of the Software and completion of recipe migration, as confirmed in writing by the Customer.
P:5.3 The Customer shall pay the remaining 35% of the contract price (CNY 336,000) within fifteen Business Days after Final Acceptance.
P:5.4 Invoices shall be valid PRC VAT invoices issued through the Supplier's Shanghai agent. Payments are made by bank transfer in CNY.
H:Article 6 Delivery and Acceptance
P:6.1 The Supplier shall complete installation and recipe migration within ten weeks after signature and shall be ready for acceptance testing within fourteen weeks after signature.
P:6.2 Acceptance tests follow Annex 2 and include: correct import of all migrated recipes; colour prediction accuracy on a sample of 300 lab dips with an average colour difference no greater than the value stated in Annex 2; data exchange with each spectrophotometer; and posting of approved recipes to the ERP system without error for ten consecutive Business Days.
P:6.3 If all tests are passed, the Customer shall issue written Final Acceptance within five Business Days. If any test fails, the Supplier shall correct the defect at its own cost within ten Business Days and the test shall be repeated.
H:Article 7 Delay Damages
P:7.1 If the Supplier fails to reach Final Acceptance by the date in the project plan for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price.
P:7.2 If the delay exceeds sixty days, the Customer may also terminate this Agreement under Article 15.
H:Article 8 Warranty
P:8.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 2 for eighteen months from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Supplier shall correct all defects free of charge and provide support and updates under Article 9 without charge.
H:Article 9 Support and Service Levels
P:9.1 Support is provided by telephone, e-mail and remote session (with the Customer's permission) in Chinese and English from 8:00 to 20:00 China time on Business Days, and at all times for Priority 1 incidents.
P:9.2 A Priority 1 incident is one in which the formulation server is down or recipes cannot be issued to the dye house. The Supplier shall respond to a Priority 1 incident within one hour and restore service or provide a workaround within eight hours. Priority 2 incidents shall be responded to within two hours and resolved within two Business Days.
P:9.3 For each Priority 1 incident not responded to or not restored within these times, the Supplier shall pay the Customer CNY 1,500 for each full hour of delay, which the Customer may deduct from any amount due.
P:9.4 After the Warranty Period the Customer may buy annual support. The annual support fee is 11% of the licence subtotal (CNY 80,630 per year), fixed for the first three support years, and thereafter may be increased by no more than 3% per year. Support covers updates, new versions and the service levels in this Article.
H:Article 10 Intellectual Property
P:10.1 The Supplier retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:10.3 The Supplier shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 11 Customer Data and Data Security
P:11.1 All recipes, colour measurements, customer standards and production data processed by the Software ("Customer Data") belong to the Customer. The Supplier shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:11.2 The Supplier shall access the Customer's systems only through the remote access channel approved by the Customer, keep access logs, and apply the security measures in Annex 3. Customer Data shall not leave mainland China.
P:11.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, take all steps needed to contain it, and compensate the Customer for the losses caused by any incident attributable to the Supplier or its personnel.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's recipes and its clients' colour standards, and shall not disclose it to any third party without prior written consent, during this Agreement and for three years after it ends.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to breach of Articles 11 or 12, infringement claims, personal injury or wilful misconduct.
P:13.2 Neither party is liable for indirect or consequential loss.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of its obligations without the Customer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 15 Term and Termination
P:15.1 This Agreement starts on signature and continues until the end of the Warranty Period; Articles 3, 10, 11, 12 and 13 survive.
P:15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:15.3 On termination by the Customer for the Supplier's breach, the Supplier shall refund all amounts paid for items not yet accepted.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of England and Wales.
P:17.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration is London and the language is English.
H:Article 18 General
P:18.1 This Agreement with its Annexes is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is signed in two English originals with a Chinese translation for reference.
P:Signed for Shaoxing Huarong Textile Dyeing and Finishing Co., Ltd.: ____________  Date: ________
P:Signed for Pennine Colour Systems Ltd: ____________  Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Irish vendor)
H440E02 = """# ORDER FORM

**Order Form No. LR-ORD-2026-0318**

| | |
|---|---|
| Vendor | Lee Reply Software Limited, Cork, Ireland ("Vendor") |
| Customer | Hangzhou Qingyan Cosmetics E-commerce Co., Ltd., Hangzhou, PRC ("Customer") |
| Service | LeeReply customer-support helpdesk (cloud), hosted in the Vendor's mainland China region |
| Initial Subscription Term | 1 March 2026 to 28 February 2028 (two Subscription Years) |
| Currency | CNY, at the Customer's request |

## 1. Subscriptions and Fees

| Item | Quantity | Unit price per Subscription Year (CNY) | Per Subscription Year (CNY) |
|---|---|---|---|
| Helpdesk Professional agent seats | 60 | 2,880 | 172,800 |
| AI Reply Assistant add-on | 60 | 960 | 57,600 |
| Sandbox environment | 1 | 9,600 | 9,600 |
| Subscription fees per Subscription Year | | | 240,000 |
| Subscription fees for the Initial Subscription Term (2 Subscription Years) | | | 480,000 |
| Onboarding services (one-time) | 1 | 36,000 | 36,000 |
| **Total Contract Value** | | | **516,000** |

Additional agent seats ordered during a Subscription Year are charged pro rata at the unit prices above.

## 2. Invoicing and Payment

2.1 Subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year; the first Subscription Year starts on the Subscription Start Date of 1 March 2026.

2.2 Onboarding fees are invoiced after the Customer signs the Onboarding Acceptance certificate under clause 4 of the General Terms.

2.3 Invoices are payable within thirty days of receipt. The Vendor shall issue PRC VAT invoices through its Shanghai subsidiary.

## 3. Onboarding

3.1 Onboarding covers configuration of two brand workspaces, integration with the Customer's Tmall, JD and WeChat customer-service channels, migration of 420,000 historical tickets and the knowledge base, set-up of routing rules and macros, and training of team leads.

3.2 Go-Live Date: 20 April 2026.

## 4. Order of Precedence

This Order Form is governed by the General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

Signed for the Customer: ____________ Name / Title / Date

Signed for the Vendor: ____________ Name / Title / Date

---

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the hosted helpdesk software described in the Order Form, including updates the Vendor makes generally available.

1.2 "Customer Data" means all data, tickets, chat transcripts, attachments and end-customer personal information submitted to the Service by or for the Customer.

1.3 "Subscription Year" means the period from 1 March 2026 to 28 February 2027, the period from 1 March 2027 to 28 February 2028, and each renewal term under clause 9.

1.4 "Configurations" means the routing rules, macros, forms, report templates and integration scripts created by the Vendor for the Customer during onboarding.

## 2. Access and Use

2.1 The Vendor grants the Customer a non-exclusive right to use the Service during the subscription term for its internal business purposes, for the number of agent seats ordered.

2.2 The Customer is responsible for its users' accounts and for the lawfulness of the Customer Data.

## 3. Service Levels

3.1 The Vendor shall make the Service available 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and performed between 01:00 and 05:00 China time.

3.2 Severity 1 incidents (the Service is unavailable or agents cannot reply to customers) shall be responded to within one hour, at any time of day, and worked on continuously until resolved. Severity 2 incidents shall be responded to within three hours on business days.

3.3 If monthly availability falls below the commitment, the Customer receives a service credit of 10% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. Credits are applied to the next invoice or refunded at the end of the term.

## 4. Onboarding and Acceptance

4.1 The Vendor shall complete onboarding by the Go-Live Date. Onboarding is accepted when all channels in the Order Form route tickets correctly, the migrated ticket history reconciles with the Customer's export counts, and the acceptance checklist in Annex A is passed. The Customer shall test within five business days after the Vendor's notice of completion and sign an Onboarding Acceptance certificate or list the failures.

4.2 If onboarding is not completed by the Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

## 5. Customer Data

5.1 As between the parties, the Customer owns the Customer Data.

5.2 The Customer grants the Vendor a licence to use Customer Data to provide the Service. The Customer also agrees that the Vendor may use Customer Data in aggregated and de-identified form to improve and develop its products, including to train the models used by the AI Reply Assistant, and may keep such aggregated data after the term ends.

## 6. Data Security

6.1 The Vendor shall maintain the security measures described in Annex B, including encryption in transit and at rest, role-based access control, logging and regular penetration testing, and shall store Customer Data in mainland China.

6.2 The Vendor shall notify the Customer without undue delay, and in any case within twenty-four hours, after becoming aware of a personal data breach affecting Customer Data, shall cooperate with the Customer's notifications to regulators and end customers, and shall bear the costs and losses resulting from a breach caused by the Vendor's failure to comply with this clause.

6.3 The Vendor shall not engage a new sub-processor for Customer Data, or any subcontractor for the Service, without the Customer's prior written consent.

## 7. Intellectual Property

7.1 The Vendor owns the Service and all its underlying software.

7.2 The Configurations belong to the Customer, which may use, copy, modify and license them freely, including with another helpdesk provider.

## 8. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent obligations.

## 9. Renewal

9.1 After the Initial Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

9.2 The Vendor may increase the subscription fees for any renewal term by up to 7% over the fees of the previous Subscription Year, by notice given at least ninety days before the renewal.

## 10. Limitation of Liability

10.1 Each party's total liability arising out of or relating to this agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for lost profits or indirect damages. These limits do not apply to the Customer's payment obligations.

## 11. Term and Termination

11.1 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after notice.

11.2 On termination for the Vendor's breach, the Vendor shall refund prepaid fees for the remainder of the term.

11.3 For thirty days after termination the Customer may export all Customer Data in CSV and JSON formats; the Vendor shall then delete it, except for the aggregated data described in clause 5.2.

## 12. Customer Responsibilities

12.1 The Customer shall name an administrator for each brand workspace, keep its user list up to date, and remove users who leave its organisation.

12.2 The Customer shall provide the Vendor with access to its Tmall, JD and WeChat service accounts to the extent needed for the integrations, and shall obtain any consents from end customers that the law requires for the Customer's own use of the Service.

12.3 The Customer shall not use the Service to send unsolicited marketing messages or to store payment card data.

## 13. Suspension

13.1 The Vendor may suspend access only if an invoice that is not disputed in good faith remains unpaid thirty days after a written reminder, or if suspension is needed to stop a security threat to the Service. The Vendor shall give prior notice where practicable and restore access as soon as the reason has ended.

13.2 Suspension does not relieve the Vendor of its obligations regarding Customer Data.

## 14. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application.

## 15. General

15.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its whole business.

15.2 Notices shall be in writing and sent to the addresses in the Order Form.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, compliant)
H440E03 = """T:PURCHASE CONTRACT FOR COLD STORE TEMPERATURE MONITORING EQUIPMENT
P:Contract No. QDLL-2026-CS-021
P:Buyer: Qingdao Lianlan Cold Chain Logistics Co., Ltd., Qingdao, Shandong, People's Republic of China (the "Buyer")
P:Supplier: Scheldt Sensing BV, Ghent, Belgium (the "Supplier")
P:Recitals. The Buyer operates a cold store of four chambers for frozen seafood and meat at Qingdao Port free trade zone and must record temperatures continuously under food-safety rules and its customers' audit requirements. Following the Buyer's request for quotation, the Supplier has offered a wireless monitoring system. The parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a wireless temperature and humidity monitoring system for the Buyer's cold store, consisting of the equipment and software listed in Section 2, and shall calibrate the sensors and train the Buyer's staff.
P:1.2 The system shall measure temperature in each chamber and loading dock at the locations in Annex 1, record readings every minute, raise alarms by SMS, WeChat message and siren when a limit is exceeded, and keep records in a tamper-evident form for audit.
P:1.3 The software is installed on the Buyer's own server in its Qingdao office. No data is sent outside the Buyer's network.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY), fixed, and include delivery DDP Qingdao, import duties, VAT, installation and all other costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, IP67, -40 to +60 C|240|1,150|276,000
TB:2|LoRa gateway with 4G backup|8|7,400|59,200
TB:3|Door-open contact sensor|40|470|18,800
TB:4|ColdWatch monitoring software, perpetual on-premises licence|1|96,000|96,000
TB:|Equipment and licence subtotal|||450,000
TB:5|Sensor calibration with CNAS-accredited certificates|240|95|22,800
TB:6|Installation, commissioning and training|1|47,200|47,200
TB:|Total contract price|||520,000
H:Section 3 Payment
P:3.1 20% of the contract price (CNY 104,000) is payable within ten working days after signature, against a bank guarantee of the same amount from the Supplier's bank.
P:3.2 45% of the contract price (CNY 234,000) is payable within fifteen working days after delivery of all equipment to site and signature of the delivery note.
P:3.3 The remaining 35% of the contract price (CNY 182,000) is payable within fifteen working days after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the cold store within eight weeks after signature and complete installation and commissioning within three weeks after delivery.
P:4.2 Installation inside the chambers shall be carried out in the time slots given by the Buyer so that storage operations are not interrupted.
P:4.3 If the Supplier fails to deliver, or to complete installation, by the dates in Section 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. If the delay exceeds forty-five days the Buyer may terminate the contract under Section 12.
H:Section 5 Acceptance
P:5.1 After commissioning the system runs a trial of fifteen consecutive days. Final Acceptance requires that: all sensors report at least once a minute with no more than 0.5% of readings missing; readings agree with the calibrated reference thermometer within plus or minus 0.3 C; alarms reach the named recipients within one minute in three test cases per chamber; and all documents and calibration certificates are handed over.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance certificate within five working days. If not, the Supplier shall correct the defects at its own cost and the trial is repeated.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for thirty-six months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, including sensor batteries that fail early, and shall provide software updates.
H:Section 7 Service Levels
P:7.1 Priority 1 faults are faults that stop alarms or recording for a chamber, or put a gateway or the software out of service. The Supplier's local service partner shall respond to a Priority 1 fault within one hour, be on site within twenty-four hours, and restore monitoring (if needed with spare sensors kept on site) within thirty-six hours.
P:7.2 Other faults are responded to within one working day and fixed within five working days.
P:7.3 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 800, which the Buyer may deduct from amounts due or claim from the Supplier.
H:Section 8 Post-Warranty Support
P:8.1 After the warranty the Buyer may order annual support, which includes software updates, battery replacement and one calibration visit per support year, and the service levels of Section 7.
P:8.2 The annual support fee is 8% of the equipment and licence subtotal, CNY 36,000 per support year, fixed for the first three support years. Any later increase shall not exceed the change in the China consumer price index.
H:Section 9 Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the ColdWatch software and grants the Buyer a perpetual licence to use it at the Buyer's sites.
P:9.2 The site configuration, alarm rules, floor plans and report templates made for the Buyer belong to the Buyer, which may use, change and license them freely.
H:Section 10 Data and Data Security
P:10.1 All temperature records, alarm logs and other data produced by the system belong to the Buyer. The Supplier shall not use them for any purpose other than performing this contract.
P:10.2 Remote support requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall keep the software free of hidden remote access, apply security patches during the warranty and follow the Buyer's information security rules.
P:10.3 The Supplier is responsible for any data loss, alteration or leak caused by it or its service partner and shall compensate the Buyer's resulting losses, including fines and customer claims.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's customer list and storage data, and shall not disclose it without prior written consent. This obligation continues for three years after the contract ends.
H:Section 12 Subcontracting and Termination
P:12.1 The Supplier's local service partner named in Annex 2 is approved by signature of this contract. Any other subcontracting requires the Buyer's prior written consent.
P:12.2 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, and may claim a refund of payments for undelivered items and compensation.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this contract shall not exceed 200% of the contract price, except for personal injury, wilful misconduct and breach of Section 10, which are not limited.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 15 Documentation, Training and Spare Parts
P:15.1 Before Final Acceptance the Supplier shall hand over, in Chinese and English, the as-built sensor location drawings, the gateway configuration, the user and administrator manuals, the calibration certificates and the spare parts list.
P:15.2 The Supplier shall train up to twelve of the Buyer's warehouse supervisors and IT staff on alarm handling, report generation, battery replacement and adding sensors, and shall confirm by a short test that each trainee can perform these tasks.
P:15.3 The Supplier shall keep spare sensors and gateways available for purchase for at least seven years after Final Acceptance at prices no higher than those in Section 2.
H:Section 16 Site Rules and Insurance
P:16.1 The Supplier's staff and its service partner shall follow the Buyer's site safety rules, including cold store entry procedures, protective clothing and time limits inside the chambers, and the food hygiene rules of the free trade zone.
P:16.2 The Supplier shall hold public liability insurance covering its work at the site and shall provide a copy of the policy before installation starts.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly, supplies evidence, and resumes performance as soon as possible. If such an event lasts more than sixty days, either party may terminate the contract for the undelivered part.
H:Section 18 Miscellaneous
P:18.1 This contract is made in English and Chinese, both versions having equal effect. Annex 1 (sensor locations) and Annex 2 (service partner) form part of it.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules, Dutch vendor)
H440E04 = """# MANAGED NETWORK SERVICES AGREEMENT

Agreement No. KN-MNS-2026-007

**Between**

1. Foshan Meijia Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong, PRC (the "Customer"); and
2. Kempen Netwerkdiensten B.V., Eindhoven, the Netherlands, acting in China through its Guangzhou branch (the "Provider").

**Background**

(A) The Customer makes upholstered and panel furniture in three factories in Shunde with about 2,300 employees. Its factory networks, wireless coverage for scanners and AGVs, and site firewalls are run by a small internal team.

(B) The Customer wishes to outsource the operation of these networks to the Provider as a managed service, and the Provider has offered to provide it on the terms below.

## 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer accepts the transition under clause 4.

1.3 "Service Term" means the period from 1 April 2026 to 31 March 2029.

1.4 "Charges" means the charges in Schedule 2.

1.5 "Managed Devices" means the switches, wireless access points, controllers and firewalls listed in Schedule 1, all of which remain the Customer's property.

## 2. Services

2.1 The Provider shall provide the Services for the Managed Devices at the three factories during the Service Term, in accordance with this Agreement and the service levels in Schedule 3.

2.2 The Provider shall keep a service desk open at all times, monitor the Managed Devices remotely from its network operations centre, manage configuration changes through a change process agreed with the Customer, and keep firmware within supported versions.

2.3 The Provider shall report monthly on service levels, incidents, changes and capacity.

## 3. Charges and Payment

3.1 At the Customer's request all Charges are in Chinese yuan (CNY). The Charges are fixed for the Service Term and include all taxes.

3.2 The monthly service charge is invoiced monthly in arrears and is payable within thirty days of invoice.

3.3 The one-time transition charge is invoiced after the Service Commencement Date.

3.4 The Customer shall make no advance payment.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition described in Schedule 1 by 31 March 2026, including inventory and documentation of all Managed Devices, installation of monitoring, and handover from the Customer's team.

4.2 The transition is accepted when all Managed Devices are visible in the Provider's monitoring, the network documentation is delivered and approved, and a two-week parallel run has been completed without a Priority 1 incident caused by the Provider. The Customer shall confirm acceptance in writing within five working days after the Provider's notice, or state the failures.

4.3 If the Service Commencement Date is delayed beyond 1 April 2026 for reasons attributable to the Provider, the Provider shall pay delay damages of 0.07% of the total contract value for each day of delay, up to 6% of the total contract value.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed in a month, the Customer is entitled to the service credits in Schedule 3, which are deducted from the next invoice. Service credits do not limit the Customer's other remedies.

## 6. Customer Data

6.1 Configuration files, logs, network diagrams and any other data relating to the Customer's network ("Customer Data") belong to the Customer. The Provider may use Customer Data only to provide the Services and shall return it at the end of the Service Term.

## 7. Intellectual Property

7.1 The Provider keeps its monitoring tools, processes and know-how.

7.2 Network designs, configurations, scripts and documentation prepared for the Customer belong to the Customer, which may use, modify and license them freely, including with a successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This clause continues for three years after the Agreement ends.

## 9. Subcontracting

9.1 The Provider may use subcontractors for field engineering and cabling work at the factories. It shall notify the Customer in writing of each subcontractor before it starts work, and remains responsible for the work of its subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to CNY 2,640,000, except for personal injury, wilful misconduct and gross negligence, which are not limited.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, with charges agreed at the time.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if Priority 1 service levels are missed in three months within any period of six consecutive months.

11.3 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to sixty days at the rates in Schedule 2.

## 12. Customer Responsibilities

12.1 The Customer shall give the Provider's engineers safe access to the factories, network rooms and cabinets during working hours, and outside working hours for Priority 1 incidents, and shall name a contact person at each factory.

12.2 The Customer remains responsible for buying replacement hardware, licences and cabling when the Provider advises that a Managed Device has reached the end of its supported life, and the service levels do not apply to a Managed Device the Customer has decided not to replace.

12.3 The Customer shall inform the Provider in advance of production changes that affect the network, such as new production lines, new AGV routes or new buildings.

## 13. Governance

13.1 The parties shall hold a monthly service review on the Provider's report and a quarterly review at management level, covering service levels, open risks, planned changes and the capacity plan.

13.3 The Provider shall keep an up-to-date inventory of the Managed Devices, with serial numbers, firmware versions, locations and support status, and shall give the Customer read access to it at all times. At each quarterly review the Provider shall present a list of recommended improvements, with estimated costs, for the Customer to decide on.

13.4 The Provider shall keep records of all changes made to the Managed Devices, with the reason, the approval and the person who made the change, for the whole Service Term.

13.2 Each party shall appoint a service manager. The Provider shall not replace its service manager without giving the Customer reasonable notice and a proper handover.

## 14. Force Majeure

14.1 Neither party is liable for failure caused by events beyond its reasonable control, such as typhoons, floods or a general power failure, provided it informs the other party promptly and does what it reasonably can to limit the effects. Service levels are suspended for the affected period.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 16. General

16.1 This Agreement, with its Schedules, is the entire agreement of the parties and may only be changed in writing.

16.2 This Agreement is signed in two originals in English, with a Chinese translation for reference.

Signed for the Customer: ____________ Date: ________

Signed for the Provider: ____________ Date: ________

---

## Schedule 1 - Scope

| Factory | Switches | Wireless access points | Firewalls | Wireless controllers |
|---|---|---|---|---|
| Factory A (Lunjiao) | 46 | 120 | 2 | 1 |
| Factory B (Longjiang) | 38 | 96 | 2 | 1 |
| Factory C (Leliu) | 22 | 54 | 2 | 1 |

Services: service desk; remote monitoring; incident, problem and change management; firmware management; backup of configurations; on-site field support; quarterly capacity review; transition at the start and support of exit at the end.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 36 months x CNY 46,500 | 1,674,000 |
| Transition charge | one-time | 86,000 |
| Total contract value | | 1,760,000 |
| Exit support beyond Service Term | per engineer day | 3,800 |

## Schedule 3 - Service Levels and Service Credits

| Measure | Service level | Service credit if missed |
|---|---|---|
| Network availability per factory core, per month | 99.95% | 5% of the monthly service charge, plus 5% for each further 0.1 percentage point |
| Priority 1 (factory core or wireless down) response | 30 minutes | CNY 2,000 per incident |
| Priority 1 restoration | 3 hours | CNY 3,000 per hour late |
| Priority 2 response | 2 hours | CNY 500 per incident |
| Change requests completed on time | 95% | 2% of the monthly service charge |

Total service credits in a month are limited to 25% of the monthly service charge.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Luxembourg data API)
H440E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: MX-API-CN-2026-019

PARTIES

Moselle Maritime Data S.a r.l., a company registered in Luxembourg with its office in Esch-sur-Alzette (the "Provider"); and

Ningbo Haitong International Freight Forwarding Co., Ltd., Ningbo, Zhejiang, People's Republic of China (the "Customer").

BACKGROUND

The Provider collects and processes vessel position reports, port call records and estimated arrival data for merchant ships worldwide and makes them available through application programming interfaces (APIs). The Customer arranges sea freight for exporters in the Yangtze River Delta and wishes to use the Provider's data in its shipment tracking portal and its customer notifications.

1. DEFINITIONS

1.1 "APIs" means the Vessel Positions API and the Port Calls and ETA API described in the Provider's technical documentation.

1.2 "Provider Data" means the data delivered through the APIs and in the Historical Data Pack.

1.3 "Customer Inputs" means the watch lists, container and booking references, query parameters and other information sent by the Customer to the APIs, and the logs of the Customer's queries.

1.4 "Subscription Year" means the period from 1 June 2026 to 31 May 2027 and the period from 1 June 2027 to 31 May 2028.

1.5 "Start Date" means 1 June 2026.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the two Subscription Years to call the APIs, store Provider Data, and display Provider Data in the Customer's tracking portal, mobile application and notifications to its own clients.

2.2 The Customer may not resell Provider Data in bulk or make it available to third parties as a data feed.

2.3 The included call volume is 3,000,000 API calls per Subscription Year for the Vessel Positions API and 1,200,000 API calls per Subscription Year for the Port Calls and ETA API.

3. FEES

3.1 At the Customer's request, all fees are stated and paid in Chinese yuan (CNY) and include all taxes.

3.2 The fees are:

Vessel Positions API, Standard tier: CNY 168,000 per Subscription Year, CNY 336,000 for two Subscription Years.
Port Calls and ETA API: CNY 96,000 per Subscription Year, CNY 192,000 for two Subscription Years.
Historical Data Pack (vessel positions and port calls, 2019 to 2025, delivered once): CNY 48,000.
Total Contract Value: CNY 576,000.

3.3 Calls above the included volume are charged at CNY 0.04 per call, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.

4. INVOICING AND PAYMENT

4.1 The fee for each Subscription Year is invoiced on the first day of that Subscription Year.

4.2 The Historical Data Pack is invoiced after the Customer has confirmed acceptance under clause 6.

4.3 Invoices are payable within thirty days. The Provider shall issue VAT invoices through its appointed agent in Shanghai.

5. PROVISIONING

5.1 The Provider shall issue test credentials within five business days after signature and production credentials, with the full included call volume, no later than the Start Date.

5.2 If production credentials are not available on the Start Date for reasons attributable to the Provider, the Provider shall pay delay damages of 0.1% of the Total Contract Value for each day of delay, up to 10% of the Total Contract Value, and the first Subscription Year is extended by the days of delay without charge.

6. ACCEPTANCE

6.1 Within ten business days after delivery of the Historical Data Pack and production credentials, the Customer may test the APIs and the Historical Data Pack against the acceptance criteria: the fields listed in the technical documentation are present; the APIs return positions for at least 95% of a sample of 500 vessels named by the Customer; and the Historical Data Pack covers the stated period and loads without error.

6.2 The Customer shall confirm acceptance in writing, or list the failures, which the Provider shall correct within ten business days before a repeat test.

7. SERVICE AND SUPPORT

7.1 The Provider will use commercially reasonable efforts to keep the APIs available and to deliver Provider Data that is reasonably current. The APIs are provided as described in the technical documentation, without a guaranteed availability, latency or update frequency.

7.2 Support is provided by e-mail and through the Provider's support portal on Luxembourg business days. The Provider will handle support requests in the order received.

7.3 The Provider may carry out maintenance at any time, and will try to announce planned maintenance on its status page in advance.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall process them only to provide the APIs to the Customer and shall not use them for any other purpose, including to build or enrich its own data sets.

8.2 The Provider shall protect Customer Inputs and the Customer's credentials with appropriate technical and organisational measures, including encryption in transit, access restricted to named staff, and deletion of query logs after ninety days.

8.3 The Provider shall notify the Customer within forty-eight hours after becoming aware of unauthorised access to Customer Inputs or credentials, shall take the steps needed to stop it, and shall compensate the Customer for the losses resulting from a breach caused by the Provider's failure to comply with this clause.

9. INTELLECTUAL PROPERTY

9.1 The Provider keeps all rights in its database, the APIs and Provider Data, subject to the rights granted in clause 2.

9.2 Any custom field mappings, data extracts or integration code that the Provider prepares specifically for the Customer belong to the Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the provision of the APIs to the Customer without the Customer's prior written consent, except for the hosting provider named in the technical documentation.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct.

11.2 The Provider is not liable for the accuracy of position reports transmitted by ships or for decisions taken on the basis of estimated arrival times.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any renewal requires a new order signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. On termination for the Provider's breach, the Provider shall refund the unused part of the fees paid.

12.3 After the Agreement ends the Customer may keep and use Provider Data stored during the term for its internal records and for answering its clients' claims.

13. CUSTOMER OBLIGATIONS

13.1 The Customer shall keep its API credentials secret within its own organisation, use them only from its own systems, and tell the Provider at once if it suspects that a credential has been compromised, so that it can be replaced.

13.2 The Customer shall show the Provider's name as the source of vessel data in its portal in the form set out in the technical documentation.

13.3 The Customer shall not use the APIs to track vessels for any purpose that is unlawful under the laws that apply to the Customer or to the Provider.

14. CHANGES TO THE APIS

14.1 The Provider may improve the APIs during the term. It shall give the Customer at least sixty days' notice before removing a field or endpoint the Customer uses, and shall keep the previous version running during that period so that the Customer can adapt its systems.

14.2 If a change removes a material function of the APIs without a reasonable replacement, the Customer may end the subscription for the affected API and receive a refund of the fees paid for the remaining part of the Subscription Year.

15. FORCE MAJEURE

15.1 Neither party is liable for a failure caused by events beyond its reasonable control, including failures of satellite or terrestrial receiving networks operated by third parties, provided it informs the other party without delay.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

17. GENERAL

17.1 This Agreement is the entire agreement between the parties concerning the APIs and replaces any previous offers.

17.2 Each party shall appoint a contract manager. The Customer's contract manager may request, once per Subscription Year, a written summary of the Customer's usage of each API by month, of the support requests made and how they were handled, and of the planned changes to the APIs known at that time.

17.3 Neither party may assign this Agreement without the other party's written consent, except to a company that takes over its whole business and agrees to be bound by it.

17.4 Changes must be in writing and signed by both parties. Notices are sent to the addresses above.

Signed for the Provider: ____________ Date: ________

Signed for the Customer: ____________ Date: ________
"""

# ================================================================= targets, labels, design
TARGETS = {
    "h440z01": ("h440z01_radio_tv_bureau_emergency_broadcast_platform.pdf", "pdf", "zh", H440Z01),
    "h440z02": ("h440z02_plywood_mill_hot_press_control_retrofit.docx", "docx", "zh", H440Z02),
    "h440z03": ("h440z03_housekeeping_chain_dispatch_member_saas.txt", "txt", "zh", H440Z03),
    "h440z04": ("h440z04_port_group_terminal_os_annual_maintenance.txt", "txt", "zh", H440Z04),
    "h440z05": ("h440z05_fermented_tofu_plant_monitoring_supplier_template.md", "md", "zh", H440Z05),
    "h440e01": ("h440e01_textile_dyeing_colour_software_english_vendor.pdf", "pdf", "en", H440E01),
    "h440e02": ("h440e02_helpdesk_saas_order_form_irish_vendor.md", "md", "en", H440E02),
    "h440e03": ("h440e03_cold_store_sensors_belgian_supplier.docx", "docx", "en", H440E03),
    "h440e04": ("h440e04_factory_managed_network_dutch_provider.md", "md", "en", H440E04),
    "h440e05": ("h440e05_vessel_data_api_luxembourg_provider.txt", "txt", "en", H440E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped|None, deemed, value)
LABELS = {
    "h440z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
                (True, True, True, False, 1220000)),
    "h440z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9, False, True, True, "PRC", G],
                (True, True, True, False, 740000)),
    "h440z03": ("cloud", [99.5, 0.25, True, "buyer", True, True, True, 0.06, 150, None, True, None, None, None, True, True, False, "PRC", S],
                (True, True, None, False, 670000)),
    "h440z04": ("services", [99.95, 10 / 60, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False, "PRC", S],
                (True, True, None, False, 1240000)),
    "h440z05": ("software", [None, 8, False, "supplier", True, False, True, None, 50, 65, False, False, 6, 24, False, True, None, None, G],
                (True, False, True, True, 500000)),
    "h440e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "England and Wales", G],
                (True, True, True, False, 960000)),
    "h440e02": ("cloud", [99.95, 1, True, "buyer", True, False, True, 0.08, 6 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S],
                (True, True, None, False, 516000)),
    "h440e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False, True, False, "PRC", G],
                (True, True, True, False, 520000)),
    "h440e04": ("services", [99.95, 0.5, True, "buyer", False, True, True, 0.07, 2640000 / 1760000 * 100, None, True, None, None, None, False, True, True, "PRC", S],
                (True, True, None, False, 1760000)),
    "h440e05": ("cloud", [None, None, False, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, False, True, False, "PRC", S],
                (False, True, None, False, 576000)),
}
# my own design facts that are not label keys: TCO fee base (itemised licence/hardware subtotal), forum outside mainland
FEE_BASE = {"h440z01": 680000, "h440z02": 652600, "h440z05": 392000, "h440e01": 733000, "h440e03": 450000}
FORUM_OUTSIDE = {"h440e01"}
# price sums as the texts state them
SUMS = {
    "h440z01": (680000 + 420000 + 96000 + 24000, 1220000), "h440z02": (652600 + 78000 + 9400, 740000),
    "h440z03": (3 * (26 * 3600 + 26 * 2400 + 400 * 120) + 58000, 670000), "h440z04": (3 * 268000 + 156000 + 118000 + 92000 + 70000, 1240000),
    "h440z05": (318000 + 74000 + 58000 + 26000 + 24000, 500000), "h440e01": (420000 + 14 * 18500 + 6 * 9000 + 128000 + 76000 + 23000, 960000),
    "h440e02": (2 * 60 * (2880 + 960) + 2 * 9600 + 36000, 516000), "h440e03": (240 * 1150 + 8 * 7400 + 40 * 470 + 96000 + 240 * 95 + 47200, 520000),
    "h440e04": (36 * 46500 + 86000, 1760000), "h440e05": (2 * (168000 + 96000) + 48000, 576000),
}
DESIGN = {
    "h440z01": [], "h440e03": [],
    "h440e01": ["CR-GOVERNING-LAW"],
    "h440z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h440z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h440z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h440e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h440e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h440e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h440z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """policy §4 as I read it: horizon 5 years from acceptance; post-warranty years = 5 - warranty (pro rata)."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key, t, x):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15:
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
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = TARGETS[key]
    cat, vals, ex = LABELS[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ex[2]
    else:
        assert ex[2] is None
    x["acceptance_deemed_on_delivery"] = ex[3]
    x["contract_value"] = ex[4]
    rules = my_rules(key, t, x)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ================================================================= threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLDS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("P1 4 h", r"(?<![\d.])4\s*(?:个\s*)?(?:小时|钟头|hours?\b|hrs?\b|h\b)|(?<![\d.])4-hours?"),
    ("P1 4 h (zh)", r"(?<![十\d〇一二三四五六七八九])四\s*个?\s*小时"),
    ("P1 4 h (en)", r"(?<![\w-])four[\s-]*hours?"),
    ("P1 240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05 %", r"(?<![\d.])0?\.050*" + PCT),
    ("LD 万分之五", r"万分之五(?![十\d])"),
    ("cap 100 %", r"(?<![\d.])100(?:\.0+)?" + PCT),
    ("cap 百分之百", r"百分之一?百"),
    ("cap words", r"hundred\s*per\s*cent|hundred\s*percent"),
    ("prepay 30 %", r"(?<![\d.])30(?:\.0+)?" + PCT),
    ("prepay zh", r"百分之三十(?![一二三四五六七八九])|(?<![十\d])三成"),
    ("prepay words", r"thirty\s*per\s*cent|thirty\s*percent"),
    ("warranty 12 m", r"(?<![\d.])12\s*(?:个\s*月|months?)"),
    ("warranty 十二个月", r"(?<![\d])十二\s*个?\s*月"),
    ("warranty twelve months", r"twelve[\s-]*(?:calendar\s*)?months?"),
    ("warranty 一年", r"一\s*年"),
    ("warranty one year", r"\bone[\s-]*years?\b"),
    ("fee 15 %", r"(?<![\d.])15(?:\.0+)?" + PCT),
    ("fee zh/words", r"百分之十五|fifteen\s*per\s*cent|fifteen\s*percent"),
    ("TCO 40 %", r"(?<![\d.])40(?:\.0+)?" + PCT),
    ("TCO zh/words", r"百分之四十|(?<![十\d])四成|forty\s*per\s*cent|forty\s*percent"),
    ("horizon 5 y", r"(?<![\d.])5\s*(?:个\s*)?(?:年|years?\b)"),
    ("horizon 五年", r"(?<![\d十〇一二三四五六七八九])五\s*年"),
    ("horizon five years", r"\bfive[\s-]*years?\b"),
    ("horizon 60 months", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)|六十\s*个?\s*月"),
]
RX = [(n, re.compile(p, re.I)) for n, p in THRESHOLDS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "5 years", "五年",
            "five years", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "115%", "0.15%", "150%",
             "2025年", "万分之五十", "万分之八", "服务年度", "Subscription Year", "1.5%", "130%", "100分", "0.1 percentage",
             "2026年5月1日", "十五日", "15 days", "30 days", "三十日", "one Subscription Year", "36 months", "24 months",
             "十二日", "2029年", "2026年12月31日", "12月"]


def hits(text):
    return [(n, m.group(0)) for n, rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ================================================================= build and read back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        import docx
        d = docx.Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (a, b) in SUMS.items():
        assert a == b == LABELS[key][2][4], (key, a, b)
    office = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in TARGETS.items()}, office, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, bad = set(), []
    for key, (name, fmt, lang, src) in TARGETS.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / name, fmt)
        n = length(back, lang)
        nws = len(re.sub(r"\s", "", back))
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        for label_, txt in list(variants(back).items()) + [("src-" + k, v) for k, v in variants(src).items()]:
            for h in hits(txt):
                bad.append((key, label_, h))
        t, x = lab["expected_terms"], lab["expected_extra"]
        share = tco_share(key, t, x) if t["contract_kind"] == G else None
        print(f"{name:62s} {lang} len={n:5d}{'' if lang == 'en' else f' (no-ws {nws})'} {'OK' if ok else 'OUT OF RANGE'}"
              f"  tco={'-' if share is None else round(share, 2)}  risk={risk(lab['expected_rules'])}  {lab['expected_rules']}")
        if not ok:
            bad.append((key, 'length', n))
        # no label value on a threshold, no TCO share near 40
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        assert share is None or abs(share - 40) > 2, (key, share)
    for b in bad:
        print("THRESHOLD HIT", b)
    assert not bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: DESIGN[k] for k in DESIGN}
    assert sum(1 for k in mix if not mix[k]) == 2 and mix["h440e01"] == ["CR-GOVERNING-LAW"]
    assert sum(1 for k in mix if 2 <= len(mix[k]) <= 3) == 6 and len(mix["h440z05"]) >= 8
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
