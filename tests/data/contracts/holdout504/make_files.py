"""holdout504: builds ten blind held-out draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
The expected rules are derived from the labels by my own reading of policy.md section 3 (derive_rules),
checked against the design list, and the set must cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, compliant)
H504Z01 = """
T:湛江市体育彩票管理中心销售管理平台建设项目政府采购合同
P:合同编号：ZJTC-ZC-2025-017　采购项目编号：ZJCG2025-0386　采购方式：公开招标
P:甲方（采购人）：湛江市体育彩票管理中心
P:乙方（供应商）：广州恒翼信息技术有限公司
P:鉴于甲方通过公开招标确定乙方为本项目中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供体育彩票销售管理平台软件许可（永久许可），并按甲方需求完成定制开发、数据迁移、部署实施和培训，使平台覆盖全市实体销售网点的销量统计、网点管理、资金结算、巡检管理和报表分析。
P:1.2 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，并常驻甲方现场直至最终验收；项目经理未经甲方书面同意不得更换。
P:1.3 乙方应按甲方要求提交项目实施方案、需求规格说明书、测试报告、用户手册和运维手册，上述文档须经甲方确认。
P:1.4 定制开发内容以招标文件第三章及双方确认的需求规格说明书为准，包括网点资金日结模块、代销费自动核算模块、移动巡检应用以及与省中心销售系统的数据接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾肆万捌仟元整（¥2,248,000），含税，为固定总价。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，含数据库及中间件适配）|1,280,000
TB:2|定制开发（资金日结、代销费核算、移动巡检、省中心接口）|736,000
TB:3|数据迁移及部署实施|194,000
TB:4|培训（管理员及网点专管员）|38,000
TB:合计||2,248,000
P:2.2 上述价款已包含乙方履行本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥449,600。
P:3.2 平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,011,600。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥786,800。
P:3.4 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
P:3.5 乙方每次收款前应开具等额合法的增值税发票，甲方按财政资金支付流程办理付款。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后120日内完成开发和部署，并上线试运行，试运行期为60日。
P:4.2 初步验收标准为：需求规格说明书所列功能全部实现；历史数据迁移后与原系统逐项核对一致；与省中心接口连续10日对账无差错；在500个并发用户下页面响应时间不超过2秒。
P:4.3 试运行期满且期间未发生一级故障的，甲方组织最终验收，并可委托第三方机构进行安全测评，测评无高危漏洞方可通过。
P:4.4 平台上线、试运行或甲方实际使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:4.5 验收由甲方组织，可邀请省体彩中心技术人员及外部专家参加，验收结论以书面验收报告为准，乙方应提供验收所需的测试环境、测试数据和人员配合。
H:第五条 质量保证与维护
P:5.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期内乙方每季度对平台进行一次巡检，出具巡检报告，并在全市彩票销售高峰期及重大赛事期间安排工程师现场值守。
P:5.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%，即每个服务年度不超过¥115,200，且在质保期满后的三个服务年度内不上调。
H:第六条 服务水平
P:6.1 平台在质保期内的月可用率不低于99.95%（计划内维护时间除外，计划内维护应提前3个工作日通知甲方）。
P:6.2 故障分为三级。一级故障（平台整体不可用或资金结算错误）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）：1小时内响应，24小时内解决；三级故障：3个工作日内解决。
P:6.3 乙方未按时响应或恢复的，每超时1小时，甲方可从应付款中扣减¥2,000；月可用率每低于约定值0.01个百分点，扣减¥3,000。
H:第七条 知识产权
P:7.1 平台软件本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、接口、文档及其他成果的知识产权归甲方所有，乙方应在最终验收时交付完整源代码及技术文档。甲方有权自行或委托第三方使用、修改，并可许可他人使用。
H:第八条 数据安全
P:8.1 平台中的销售数据、网点信息、资金结算数据及日志均属于甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密传输与存储、操作审计等措施；远程运维须经甲方审批并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 双方对履行本合同过程中知悉的对方商业秘密和工作秘密负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后三年内继续有效。乙方应要求其全部项目人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期上线或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的任何工作转包或分包给第三方，也不得使用非乙方正式员工从事核心开发工作。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同，均不承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 双方往来通知应以书面形式送达本合同首页所列地址；任何一方变更联系方式的，应提前5个工作日书面通知对方。乙方应遵守甲方廉政管理规定，不得向甲方工作人员提供任何不正当利益。
P:14.2 招标文件、投标文件、中标通知书及需求规格说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湛江市体育彩票管理中心　　乙方（盖章）：广州恒翼信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H504Z02 = """
T:热压机控制系统改造及维保合同
P:合同编号：HLMY-JS-2025-042
P:甲方（买方）：临沂市华林木业有限公司
P:乙方（卖方）：济南锐控自动化工程有限公司
P:甲方生产车间现有两条多层热压机生产线，原继电器控制系统老化，温度和压力控制精度不足。为提高胶合板压制质量、降低能耗，甲方委托乙方对两条生产线的热压机控制系统进行改造，并提供质保期满后的维保服务。双方经友好协商，订立本合同。
H:一、改造内容
P:（一）乙方负责拆除原控制柜，供货并安装PLC控制系统、伺服液压比例阀组、温度及压力传感器、触摸屏及工业交换机，部署热压工艺控制软件，实现多层热板温度、压力、保压时间的自动控制和工艺配方管理。
P:（二）乙方应编写并调试PLC控制程序和配方管理程序，保留手动操作及急停功能，并与甲方生产管理系统对接产量与能耗数据，对接方式由双方技术人员共同确认。
P:（三）乙方进场施工应遵守甲方安全生产管理制度，办理动火、登高及临时用电审批，施工人员须经甲方安全培训后方可进入车间；因乙方原因发生安全事故的，由乙方承担全部责任。
P:（四）乙方应提交电气原理图、接线图、PLC程序注释清单、操作规程及维护手册各三份，并提供电子版。
H:二、合同价格
P:（一）本合同总价为人民币壹佰零肆万肆仟元整（¥1,044,000），含13%增值税及运输、安装、调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块（含控制柜）|2套|186,000|372,000
TB:2|伺服液压比例阀组及驱动器|8套|23,500|188,000
TB:3|温度及压力传感器|48只|1,650|79,200
TB:4|触摸屏HMI|2台|14,800|29,600
TB:5|热压工艺控制软件许可（永久）|1套|236,000|236,000
TB:6|工业交换机及布线材料|1批|41,200|41,200
TB:|软硬件小计|||946,000
TB:7|旧系统拆除、安装及调试|1项|86,000|86,000
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合计|||1,044,000
P:（二）质保期满后的维保费不包含在上述合同总价内，按本合同第六条另行支付。合同总价以外，乙方不得以任何名义另行收取费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥104,400。
P:（二）设备到货、安装调试完成并经初验合格后10个工作日内，甲方支付合同总价的55%，即¥574,200。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥365,400。
H:四、工期与验收
P:（一）乙方应在合同签订后45日内完成供货，并利用甲方安排的停产检修期，在15日内完成两条生产线的改造和调试。
P:（二）初验标准：全部设备型号、数量与清单一致；热板温度控制偏差不超过±1.5℃，压力控制偏差不超过±0.2MPa；配方切换、保压计时、急停及联锁功能逐项测试通过。
P:（三）改造后生产线连续生产30日，胶合板压制合格率不低于改造前三个月的平均水平，且未发生因控制系统导致的停机事故的，甲方组织最终验收并签署验收证书。设备到货或投入生产均不视为验收合格。
P:（四）最终验收不合格的，乙方应在15日内整改并重新组织验收；经两次整改仍不合格的，甲方有权退货并解除合同，乙方应返还已收全部款项并恢复原控制系统。
H:五、质保期
P:（一）本合同设备及软件的免费质保期为六个月，自最终验收合格之日起计算。质保期内非人为原因造成的故障，乙方免费维修或更换。
P:（二）一级故障（热压机停机或无法控温控压）乙方1小时内响应，8小时内到达现场；二级故障8小时内响应，48小时内处理完毕。乙方每超时1小时，按¥500向甲方支付违约金。
P:（三）乙方应在甲方厂区存放常用备件，包括PLC输入输出模块、比例阀线圈及传感器各若干，备件清单经甲方确认，质保期内消耗的备件由乙方及时补足。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按服务年度向甲方提供维保服务，内容包括每季度一次现场巡检、PLC程序备份、传感器校准、易损件更换和7×24小时电话支持，故障响应时限及违约金与第五条相同。
P:（二）维保费按软硬件小计的20%每服务年度计取，即每个服务年度¥189,200，于每个服务年度开始后30日内支付。该金额固定，乙方不得单方调整。
P:（三）维保服务按服务年度签订确认单，甲方可在任一服务年度期满前60日书面通知乙方不再续签。
P:（四）乙方每次巡检后应出具书面巡检报告，列明设备状态、程序备份情况、传感器校准结果及隐患整改建议，由甲方设备部签字确认后作为支付维保费的依据。
H:七、知识产权
P:（一）热压工艺控制软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编写的PLC控制程序、配方管理程序及接口程序的源代码和技术文档归甲方所有，甲方可自行修改或委托他人维护。
H:八、数据安全
P:（一）生产工艺参数、配方、产量及能耗数据归甲方所有，乙方不得复制或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面审批，并通过甲方提供的VPN账号进行，每次操作留存日志；乙方不得在控制网络中接入未经甲方检测的设备或存储介质。
P:（三）因乙方原因导致甲方数据泄露、损毁或控制系统遭受网络攻击的，乙方应在2小时内报告甲方、协助处置，并承担相应的赔偿责任。
P:（四）合同履行完毕或维保服务终止时，乙方应删除其持有的甲方程序备份和数据副本，交回全部远程账号，并出具书面确认。
H:九、保密
P:双方对履约中获悉的对方技术资料、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方不得将甲方的工艺配方用于为其他客户提供的项目。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）改造后热板温度或压力控制精度达不到本合同约定标准，经整改仍不达标的，乙方除承担整改费用外，还应赔偿由此造成的胶合板报废损失。
H:十一、分包
P:乙方不得将本合同主要工作分包；电气安装中的辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。乙方逾期交货超过30日的，视为严重违约。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交临沂仲裁委员会仲裁。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商延期或解除合同。
P:（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备清单、技术方案、验收方案，附件与本合同具有同等效力。
P:甲方（盖章）：临沂市华林木业有限公司　　乙方（盖章）：济南锐控自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H504Z03 = """书法培训校区排课及缴费管理系统SaaS服务及实施合同

合同编号：MY-IT-2025-006
甲方：杭州墨韵书法教育科技有限公司
乙方：上海课启网络科技有限公司

鉴于甲方在杭州、绍兴、嘉兴三地经营12个书法培训校区，需要统一的排课、学员管理及缴费系统；乙方拥有“课启”教务SaaS平台并提供相关实施服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方12个校区开通“课启”教务SaaS平台，功能包括课程与班级管理、教师排课、学员档案、课时消耗、线上缴费、退费审批、家长端小程序及经营报表。
1.2 乙方负责实施服务：系统配置、12个校区历史学员及课时数据迁移、与甲方收款银行聚合支付接口对接，以及校区管理员和教师培训。
1.3 服务期为三个服务年度，自上线验收合格之日起计算。
1.4 乙方应为甲方指定一名客户成功经理，负责需求对接、培训安排和问题跟踪；每个服务年度至少组织两次面向校区管理员的使用培训，并免费提供操作手册和视频教程。
1.5 服务期内乙方对平台进行的功能升级，甲方免费享有；升级不得导致甲方已使用功能的减少或数据丢失，重大升级应提前7日通知甲方。

2. 费用
2.1 本合同费用如下（人民币，含税）：
（1）SaaS订阅费：每校区每服务年度¥8,000，12个校区每服务年度¥96,000，三个服务年度合计¥288,000；
（2）实施服务费（配置、数据迁移、培训）：¥58,000；
（3）缴费接口对接费：¥24,000；
合同总金额：¥370,000。
2.2 服务期内新增校区的，按每校区每服务年度¥8,000、以实际开通天数折算。
2.3 上述费用已包含平台使用、数据存储、短信通知（每服务年度不超过5万条）及客服支持费用，乙方不得另行收费。

3. 付款
3.1 实施服务费和接口对接费在上线验收合格后15个工作日内一次付清。
3.2 每个服务年度的订阅费在该服务年度开始后15个工作日内支付；首个服务年度自上线验收合格之日开始。
3.3 上线验收合格前，甲方无需支付任何款项。
3.4 乙方收款前应向甲方开具等额增值税专用发票；发票不合格的，甲方有权顺延付款且不承担违约责任。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成实施，并书面提交上线验收申请。
4.2 上线验收标准：12个校区的历史学员、剩余课时和预收余额迁移后与甲方台账逐一核对一致；排课冲突检测、课时扣减、缴费及退费流程测试通过；聚合支付接口连续7日对账无差错；家长端小程序在200个并发用户下响应时间不超过2秒。验收测试由双方共同进行并签字确认测试记录。
4.3 验收通过的，甲方签署上线验收单。系统上线或甲方试用均不视为验收合格；验收未通过的，乙方应在10日内整改后重新提交。
4.4 实施期间，乙方应派驻不少于2名实施顾问，按甲方校区分布分批上线，每批上线前完成该批校区教师的现场培训，并在上线后首周提供现场支持。
4.5 数据迁移前，甲方提供原有表格及收费台账，乙方负责清洗和导入，迁移中发现的数据差异由双方共同核对，差异处理结果书面记录。

5. 服务水平
5.1 平台月可用率不低于99.5%，提前48小时通知甲方的计划维护时间除外。
5.2 一级故障（平台无法登录、缴费无法完成）：乙方30分钟内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，1个工作日内解决；三级故障：3个工作日内解决。
5.3 月可用率每低于约定值0.1个百分点，乙方减免当期订阅费¥1,000；一级故障每超时1小时，减免¥500。减免金额从下一期订阅费中扣除。
5.4 乙方提供7×24小时在线客服和工作日热线支持，并为甲方开通专属服务群。每季度乙方向甲方提交服务报告，列明可用率、故障及处理情况。

6. 续期
6.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
6.2 续期时，乙方有权按其届时公布的标准价目表调整订阅费，调整后的订阅费自续期之日起适用。

7. 数据权属与数据安全
7.1 甲方及其学员、家长的个人信息、课时、缴费记录等全部业务数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的。
7.2 乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、权限分级和操作日志审计措施，每日备份并保留30日。
7.3 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 服务终止后30日内，乙方应向甲方完整交付全部数据，并在甲方确认后彻底删除。
7.5 乙方处理学员及家长个人信息应遵守《中华人民共和国个人信息保护法》，家长端小程序收集个人信息前应取得家长同意，未成年学员信息按敏感个人信息进行保护。

8. 知识产权
8.1 “课启”平台的知识产权归乙方所有，甲方在服务期内享有使用权。
8.2 乙方为甲方定制的报表、收据打印模板和接口程序的知识产权归甲方所有，甲方可自由使用、修改或交由他人维护。
8.3 乙方保证平台不侵犯任何第三方的知识产权；因平台侵权引起第三方索赔的，由乙方负责处理并承担全部费用，甲方因此受到的损失由乙方赔偿。

9. 保密
9.1 双方对履行本合同知悉的对方经营信息、学员信息及技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

10. 违约责任
10.1 乙方逾期提交上线验收申请的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
10.3 乙方违反第7条约定的，除承担赔偿责任外，甲方有权立即解除合同；乙方擅自停止服务或删除甲方数据的，应赔偿甲方由此造成的全部损失。

11. 分包
11.1 乙方不得将实施服务分包；确需分包的，须事先取得甲方书面同意。经甲方同意分包的，乙方对分包方的行为承担连带责任，分包方应遵守本合同关于数据安全的全部约定。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还未使用期间的订阅费。
12.2 连续两个月平台月可用率低于约定值，或发生因乙方原因造成的学员个人信息泄露的，视为乙方严重违约。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

14. 其他
14.1 本合同一式二份，双方各执一份，自双方盖章之日起生效。
14.2 本合同附件包括：功能清单、实施计划、服务水平说明。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。
14.3 因不可抗力导致平台中断的，乙方应及时通知甲方并尽快恢复，不可抗力期间不计入可用率考核。

甲方（盖章）：杭州墨韵书法教育科技有限公司
授权代表：
日期：2025年　月　日

乙方（盖章）：上海课启网络科技有限公司
授权代表：
日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, （1） numbering)
H504Z04 = """南平市妇女维权服务系统运维服务合同

合同编号：NPFL-YW-2025-01
采购方式：竞争性磋商（项目编号：NPCG-2025-CS-0112）
甲方（采购人）：南平市妇女联合会
乙方（成交供应商）：福州闽讯信息技术有限公司

根据竞争性磋商结果，甲方确定乙方为南平市妇女维权服务系统运维服务项目的成交供应商。为明确双方权利义务，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件，双方订立本合同。

（1）服务范围
1. 运维对象为甲方的妇女维权服务系统，包括12338热线受理平台、维权案件管理系统、微信求助入口、值班排班模块及相关服务器、数据库和网络设备。
2. 服务内容包括：日常巡检、故障处理、系统补丁及安全加固、数据库维护与备份、功能小范围优化、值班人员操作培训及重要时段保障。
3. 乙方应组建不少于3人的运维团队，其中1名工程师常驻甲方信息中心，工作日8:30至17:30在岗；其余人员提供远程支持，节假日安排轮值。运维人员名单及联系方式报甲方备案。
4. 乙方应建立运维台账，如实记录每次巡检、故障处理、变更和备份情况，台账随时接受甲方检查，服务期满时移交甲方。

（2）服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满后如需继续采购运维服务，由甲方依法另行组织采购。

（3）服务费用及支付
1. 运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税，为固定总价，包括人工、差旅、工具及备件费用。
2. 服务费按季度支付，每季度¥96,500。每个季度结束且季度考核合格后15个工作日内，甲方支付该季度服务费。季度考核结果经双方签字确认。
3. 甲方不向乙方支付任何预付款。
4. 乙方收款前应开具合法有效的发票，甲方按财政资金支付程序办理付款。季度考核扣减的金额从当季服务费中直接扣除。

（4）进场交接
1. 乙方应在合同签订后10日内派驻项目经理及不少于2名运维工程师进场，完成与原运维单位的系统、文档和账号交接。
2. 乙方未按期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（5）服务水平
1. 故障分为三级。一级故障（热线无法受理来电、案件系统整体不可用）：乙方6小时内响应并开始处理，24小时内恢复；二级故障（部分功能不可用）：12小时内响应，2个工作日内解决；三级故障：5个工作日内解决。
2. 乙方每月至少开展2次全面巡检，每次出具巡检报告；每月进行一次备份恢复演练。
3. 三八妇女节、重大活动等重要时段，乙方应安排工程师现场值守。
5. 乙方每月5日前向甲方提交上月运维报告，内容包括系统运行情况、故障统计、巡检结论、安全漏洞修复情况及下月工作计划。
6. 乙方应保持与全国妇联12338热线平台及市政务服务平台接口的正常运行，接口异常时应及时协调相关单位处理，并向甲方报告处理进展。
7. 系统需要变更配置、升级补丁或调整功能的，乙方应提前提交变更方案，经甲方审批后在非受理高峰时段实施，并做好回退准备。
4. 乙方未按约定时限响应或恢复的，每超时1小时，甲方从当季服务费中扣减¥800；未按计划开展巡检的，每次扣减¥1,000。

（6）考核与验收
1. 甲方每季度对乙方进行考核，考核内容包括故障响应及时率、故障恢复时限、巡检完成率、备份演练记录及用户满意度。考核得分不低于85分为合格。
2. 服务期满前15日内，甲方组织年度验收，验收标准为：四个季度考核均合格；系统全年未发生因乙方原因造成的数据丢失；运维文档、账号清单和配置资料完整移交。
3. 考核不合格的，乙方应在10日内整改；连续两个季度考核不合格的，甲方有权解除合同。
4. 年度验收合格的，甲方出具书面验收意见；验收不合格的，乙方应在15日内整改并申请复验，复验前第四季度服务费暂不支付。

（7）知识产权
乙方在运维过程中形成的运维文档、脚本、补丁程序及功能优化成果的知识产权归甲方所有，乙方应随时交付源代码和说明文档，甲方有权自行使用和修改。
乙方保证其使用的工具软件和提供的成果不侵犯第三方权利，因此引起的纠纷由乙方负责。

（8）数据安全
1. 系统中的求助人信息、案件信息、通话录音及日志等全部数据属于甲方所有，乙方仅为履行本合同处理，不得复制、下载或用于任何其他目的。
2. 乙方应落实网络安全等级保护第二级要求，运维账号实名专用，远程操作须经甲方审批并全程审计；涉及求助人个人信息的操作须有甲方人员在场。
3. 发生数据泄露、丢失或系统被攻击等安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
4. 合同终止时，乙方应交回全部账号及资料，并删除所持有的任何数据副本。
5. 乙方应每日对数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的存储设备，不得存放于乙方或任何第三方的设备中。
6. 乙方应每季度开展一次安全漏洞扫描，发现高危漏洞的应在3个工作日内完成修复，并配合甲方做好等级保护测评和网络安全检查。

（9）人员管理
乙方派驻人员应遵守甲方管理制度，项目经理未经甲方同意不得更换。乙方人员违反甲方管理制度的，甲方有权要求乙方更换。乙方应为派驻人员依法缴纳社会保险，派驻人员在工作中发生的人身伤害由乙方负责处理。派驻人员上岗前应接受甲方组织的妇女权益保障法及反家庭暴力法培训，熟悉求助案件受理流程。

（10）分包
乙方不得将本合同项下的服务转包或分包，亦不得将系统运维账号交由非派驻人员使用。

（11）违约责任
1. 除第（4）项、第（5）项约定外，乙方违反本合同约定的，应赔偿甲方因此遭受的损失。
2. 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
3. 乙方未经甲方同意擅自撤离运维人员或停止服务的，每发生一次，甲方从服务费中扣减¥5,000，并有权另行委托第三方提供服务，所需费用由乙方承担。

（12）合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算服务费。合同解除后，乙方应在10日内完成交接，配合甲方或新的运维单位平稳过渡。

（13）法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14）其他
1. 磋商文件、响应文件及成交通知书是本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
2. 本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。
3. 因不可抗力导致无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行、部分履行或解除合同。
4. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：南平市妇女联合会　　　　　乙方（盖章）：福州闽讯信息技术有限公司
代表签字：　　　　　　　　　　　　　　　代表签字：
日期：2025年　月　日　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
H504Z05 = """# 溯源云图质检追溯软件许可及定制开发合同

> 北京溯源云图科技有限公司 标准合同文本 V4.0

**合同编号**：SYYT-2025-0519

**甲方（客户）**：内蒙古草原牧歌食品有限公司

**乙方（供应商）**：北京溯源云图科技有限公司

甲方为牛肉干生产企业，需要建设原料验收、生产过程检验、成品检测及产品追溯信息系统。乙方为“溯源云图”质检追溯软件的著作权人。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯源云图”质检追溯软件永久许可，并根据甲方需求进行定制开发、部署实施及培训。软件许可不限服务器数量，但仅限甲方在其内蒙古生产基地使用。

1.2 定制开发内容包括：原料牛肉批次验收模块、卤制及烘烤工序检验记录、成品理化及微生物检测记录、一物一码扫码追溯、与甲方水分仪和金属检测机的数据对接。具体功能以双方签字确认的需求确认书为准。

1.3 软件部署在甲方自有服务器上，甲方负责提供符合乙方配置要求的服务器、数据库、操作系统及网络环境，并承担相应费用。乙方负责软件安装、参数配置和基础数据初始化，包括原料供应商、检验项目、检验标准、产品及包装规格等主数据的导入。

1.4 甲方应指定项目负责人，及时确认需求、提供基础资料和测试条件。因甲方未及时确认或提供资料导致的工期延误，乙方不承担责任，工期相应顺延。甲方项目负责人的确认意见视为甲方的确认。

## 第二条 合同价款

2.1 合同总价为人民币捌拾陆万捌仟元整（¥868,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质检追溯软件许可（永久，不限用户数） | 420,000 |
| 2 | 定制开发（批次验收、工序检验、扫码追溯、设备对接） | 368,000 |
| 3 | 部署实施 | 62,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 868,000 |

2.2 合同价款不包括服务器、数据库、操作系统、扫码终端及标签打印设备的费用，上述软硬件由甲方自行采购，乙方可提供选型建议。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥434,000，乙方收款后启动项目。首期款未按时支付的，乙方有权顺延工期。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即¥390,600。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的5%，即¥43,400。验收报告签署后，乙方开具尾款发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后90日内完成开发、部署并上线。因甲方原因导致上线延迟的，工期相应顺延，乙方不承担逾期责任。

4.2 验收标准：需求确认书所列功能全部实现；原料批次、工序检验记录与成品批号能够双向追溯；扫码查询在1,000个并发用户下响应时间不超过3秒；设备对接数据与设备显示值一致。验收以需求确认书为唯一依据，需求确认书以外的新增需求另行收费。

4.3 乙方提交验收申请后，甲方应在10个工作日内组织验收并签署验收报告。验收不合格的，乙方应在15个工作日内整改后再次提交验收。

4.4 培训内容包括系统管理员培训、质检员操作培训及追溯查询培训，培训不少于3次，每次参加人数由甲方确定，乙方提供培训教材和操作手册。超出上述次数的培训按每次¥3,000另行收费。

## 第五条 知识产权

5.1 软件产品及本合同项下定制开发成果（包括源代码、数据模型、接口程序及文档）的知识产权均归乙方所有。

5.2 甲方对定制开发成果享有非独占、不可转让的使用权，仅限甲方内部使用，不得修改、反编译或许可第三方使用。甲方如需对定制开发成果进行修改或扩展，应委托乙方进行，费用另行协商。

## 第六条 数据

6.1 甲方的检测数据、批次数据和追溯数据归甲方所有。乙方应采取访问控制、加密存储和日志审计等安全措施，发生数据泄露事件的，应在48小时内通知甲方，并对因其过错造成的损失承担赔偿责任。乙方远程维护须事先取得甲方同意。

6.2 甲方同意，乙方可将甲方数据经脱敏处理后用于产品改进、算法训练及行业质量分析报告，该项使用在合同终止后仍可继续。

## 第七条 保密

双方对履约中获悉的对方商业秘密负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。乙方有权在其宣传材料和客户名单中使用甲方名称及项目案例。

## 第八条 免费维护期

8.1 免费维护期为六个月，自系统上线之日起计算。维护期内乙方提供远程技术支持和缺陷修复。因甲方擅自修改系统配置、断电或网络故障导致的问题，不属于免费维护范围。

8.2 一级故障（系统无法使用）乙方在8小时内响应，二级故障在2个工作日内响应。乙方通过电话、邮件及远程方式提供支持，确需现场服务的，甲方承担乙方人员的差旅费用。

8.3 乙方对故障响应或修复时间不作赔偿承诺，超时不承担扣款、赔偿或违约金。甲方不得以故障未及时处理为由拒付或迟延支付合同款项。

## 第九条 维护期满后的服务

9.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度服务合同，服务费按乙方当年公布的服务价格标准执行。年度服务合同到期后未续签的，乙方停止提供技术支持和版本升级，软件仍可继续使用。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。乙方支付违约金后，应继续履行合同。

10.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停服务，暂停期间工期顺延，乙方不承担由此产生的任何责任。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。

10.4 任何一方均不对对方的间接损失、利润损失、商誉损失或因产品召回产生的损失承担责任。因甲方提供的设备、数据或操作不当导致的问题，乙方不承担责任。乙方对第三方软件及硬件设备的缺陷不承担责任。

## 第十一条 分包

乙方有权将部分实施、设备对接工作交由其合作伙伴完成，书面通知甲方即可，无需甲方同意。合作伙伴的工作质量由乙方负责协调。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。甲方在验收前单方解除合同的，已支付的款项不予退还。因不可抗力导致合同无法履行的，双方互不承担责任，并可协商解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交北京仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

## 第十四条 其他

本合同一式二份，双方各执一份，自双方盖章之日起生效。合同附件包括需求确认书、实施计划和软件功能清单，附件与本合同具有同等效力。本合同为乙方标准文本，双方另有约定的，以补充协议为准。

**甲方（盖章）**：内蒙古草原牧歌食品有限公司　　授权代表：　　日期：2025年　月　日

**乙方（盖章）**：北京溯源云图科技有限公司　　授权代表：　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, GOVERNING-LAW only)
H504E01 = """
T:Software Licence and Services Agreement
P:Agreement No. BSL-CN-2025-031
P:This Agreement is made between Brackenfield Software Limited, a company registered in England and Wales with its office at 14 Wellington Street, Leeds LS1 4DL, United Kingdom ("Vendor"), and Jiaxing Hengxin Cold Chain Logistics Co., Ltd., a company established in the People's Republic of China with its office in Jiaxing, Zhejiang Province ("Customer").
P:Background: Customer operates three frozen-food distribution warehouses and wishes to replace its paper-based stock control with Vendor's warehouse management system. Vendor has agreed to grant perpetual licences to the system and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's Brackenfield WMS product, including the core server, the user licences and the handheld RF module listed in Article 3, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the ERP interface, the customs and cold-chain reports, label templates and any other work product that Vendor creates specifically for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three warehouses process live receipts and dispatches in the Software.
P:1.4 "Final Acceptance" means the date stated in the Final Acceptance Certificate signed by Customer under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's sites in the People's Republic of China for Customer's own business, for the number of users stated in Article 3.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may allow its contractors to use the Software on Customer's behalf.
H:Article 3 Prices
P:3.1 At the Customer's request, all prices are stated and paid in Chinese yuan (CNY). Prices include applicable taxes.
P:Licence fees: WMS core server licence CNY 318,000; 80 named user licences at CNY 2,950 each, CNY 236,000; handheld RF module licence CNY 94,000. Licence subtotal: CNY 648,000.
P:Services: implementation and configuration CNY 212,000; ERP interface development CNY 86,000; training for supervisors and key users CNY 24,000. Services subtotal: CNY 322,000.
P:Contract Price: CNY 970,000 (the licence subtotal plus the services subtotal).
P:3.2 The Contract Price is fixed. Vendor shall bear its own travel and living expenses.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 194,000) within 20 days after signature of this Agreement, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 436,500) within 20 days after signature of the User Acceptance Test report under Article 5.2.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 339,500) within 20 days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer to Vendor's account in CNY. Each party bears its own bank charges.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 Vendor shall deliver the Software within 15 days after signature and shall achieve Go-Live no later than 110 days after signature, according to the project plan in Annex 1.
P:5.2 Before Go-Live, the parties shall carry out User Acceptance Tests against the test scripts in Annex 2. The tests are passed when: all functions in the functional specification work as described; opening stock for each warehouse reconciles with Customer's stock count to the item and batch; the ERP interface exchanges orders, receipts and invoices for 5 consecutive working days without error; and a handheld scan is confirmed in the system within 2 seconds under a load of 60 concurrent users.
P:5.3 After Go-Live the Software shall run in production for 45 days. If no Severity 1 fault occurs during that period and all open Severity 2 faults are closed, Customer shall sign the Final Acceptance Certificate within 10 working days.
P:5.4 Go-Live, production use or payment does not by itself mean that Customer has accepted the Software. If a test fails, Vendor shall correct the defects and repeat the test within 10 working days.
P:5.5 Customer shall provide the servers, database licences, network access and handheld devices described in Annex 1 in good time, and shall make its warehouse supervisors available for workshops and testing. Vendor shall name a project manager who will lead the project until Final Acceptance and who will not be replaced without Customer's consent.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects free of charge and provide all new versions of the Software.
P:6.2 During the Warranty Period and any support year, Vendor shall respond to a Severity 1 fault (a warehouse cannot receive or dispatch goods) within 1 hour and provide a workaround within 8 hours; and shall respond to a Severity 2 fault within 1 working day. 
P:6.3 If Vendor misses the response or workaround time for a Severity 1 fault, Vendor shall pay Customer CNY 1,000 for each hour or part of an hour of delay, which Customer may deduct from any amount due to Vendor.
P:6.4 After the Warranty Period, Customer may order annual support. The annual support fee is 13% of the licence subtotal, being CNY 84,240 per support year, and Vendor shall not increase it for the first three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to Customer from creation. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Customer Data and Data Security
P:8.1 All data that Customer enters into or generates with the Software, including stock, customer, supplier and shipment records ("Customer Data"), belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through the remote access channel provided by Customer, with individual accounts and Customer's prior approval for each session. Vendor shall not copy Customer Data outside Customer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data and shall cooperate in remedying it. Vendor is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 If this Agreement is terminated for Vendor's breach before Final Acceptance, Vendor shall refund the amounts paid for the parts not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (project plan) and Annex 2 (test scripts), is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:14.3 Notices under this Agreement shall be in writing and sent by email with a copy by courier to the addresses above. A notice sent by email is received on the next working day in the place of receipt.
P:For Brackenfield Software Limited: ____________________ Name and title: ____________________ Date: __________
P:For Jiaxing Hengxin Cold Chain Logistics Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H504E02 = """# ORDER FORM

**Loch Arran Software Ltd** (registered in Scotland, 21 Rose Street, Edinburgh EH2 2PR) ("Supplier")

**Customer:** Changsha Xiangyue Supermarket Chain Co., Ltd., Yuelu District, Changsha, Hunan Province, China

**Order Form No.:** LA-OF-2025-118

This Order Form is for a subscription to Supplier's ShiftWise workforce scheduling service for Customer's 46 supermarkets. It incorporates the General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1 Subscription and Fees

1.1 Service: ShiftWise Retail edition, including rota planning, time and attendance, labour-cost forecasting, the store manager app and the employee mobile app, for up to 3,200 active employees.

1.2 Subscription Term: three Subscription Years starting on the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under Section 2.

1.3 Fees (at Customer's request, in CNY, taxes included):

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | per Subscription Year, 3 Subscription Years | 268,000 per year, 804,000 in total |
| Onboarding (configuration, payroll-export interface, data import, training) | one-time | 46,000 |
| Total fees for the Subscription Term | | 850,000 |
| Additional active employees above 3,200 | per 100 employees per Subscription Year | 7,500 |

1.4 Invoicing: the onboarding fee is invoiced on Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. No fee is payable before Go-Live Acceptance. Supplier will issue official Chinese VAT invoices through its appointed local billing agent, and Customer pays by bank transfer in CNY to the account stated on the invoice.

1.5 Renewal: the subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

## Section 2 Onboarding and Go-Live Acceptance

2.1 Supplier will configure the service for Customer's stores, import employee master data from Customer's HR system, build the payroll-export interface and train store managers. Supplier's target date for Go-Live is 75 days after signature. Supplier will use reasonable efforts to meet the target date, but the target date is an estimate and Supplier is not liable for delay in reaching it.

2.2 Go-Live Acceptance tests: (a) employee data for all 46 stores matches Customer's HR extract; (b) rotas for two sample weeks are generated for 6 pilot stores without rule violations; (c) clock-in records from the mobile app and store terminals reach the service within 1 minute; (d) the payroll export for one pay period reconciles with Customer's payroll system to the minute.

2.3 When the tests are passed Customer signs a Go-Live Acceptance certificate. Use of the service by pilot stores before that certificate is not acceptance.

2.4 If a test fails, Supplier will correct the defects and repeat the test within 10 working days. Customer will make its HR and payroll staff available for the tests and will provide the HR extract and a test pay period in good time.

2.5 Supplier will provide training for up to 46 store managers and 6 head-office administrators, in Chinese, either online or at Customer's head office in Changsha, together with user guides for managers and employees.

## Section 3 Service Levels

3.1 Supplier will make the service available 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Priority 1 incidents (the service or the clock-in function unavailable for all stores) receive a response within 30 minutes and a fix or workaround within 6 hours. Priority 2 incidents receive a response within 2 hours.

3.3 If monthly availability falls below 99.95%, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, up to 50% of that monthly equivalent. Credits are set off against the next invoice.

Signed for Supplier: ____________________ Date: ________

Signed for Customer: ____________________ Date: ________

# GENERAL TERMS

## Section 4 Definitions

4.1 "Customer Data" means all data that Customer or its users submit to the service, including employee names, work schedules, attendance records and wage rates.

4.2 "Configurations" means rota rules, store templates, reports and the payroll-export interface that Supplier builds for Customer.

4.3 "Users" means Customer's employees and contractors who are given access to the service by Customer, including store managers and head-office administrators.

## Section 5 Use of the Service

5.1 Supplier grants Customer and its employees the right to use the service during the Subscription Term for Customer's internal business.

5.2 Customer is responsible for the accuracy of Customer Data and for keeping its users' credentials secure.

5.3 Customer will not resell the service, use it to build a competing product or try to reverse engineer it.

5.4 Supplier may update the service from time to time, provided that an update does not materially reduce the functions that Customer uses. Supplier will announce major changes at least 30 days in advance.

## Section 6 Customer Data

6.1 As between the parties, Customer owns Customer Data. Supplier processes Customer Data to provide the service.

6.2 Supplier may also use Customer Data in aggregated and de-identified form to develop and improve its products, to train its labour forecasting models and to publish retail workforce benchmarks. This right continues after the end of the Subscription Term.

6.3 On termination or expiry Supplier will make Customer Data available for export for 60 days and then delete it.

## Section 7 Data Security

7.1 Customer Data is hosted in a data centre in mainland China operated for Supplier. Supplier maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named support staff and keeps access logs.

7.2 Supplier will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take the steps needed to contain it and will bear the costs and losses that the incident causes where it results from Supplier's failure to comply with this Section 7.

## Section 8 Intellectual Property

8.1 Supplier owns the service and its underlying software.

8.2 Configurations built for Customer belong to Customer. Customer may use, copy and modify them and may let third parties use them, also after the Subscription Term.

## Section 9 Confidentiality

9.1 Each party will keep confidential the other party's non-public information and use it only for this agreement, for three years after the Subscription Term ends.

## Section 10 Subcontracting

10.1 Supplier may not subcontract its obligations without Customer's prior written consent, except for the data-centre operator named in Section 7.1, which Customer approves by signing this Order Form. Supplier is responsible for its subcontractors.

## Section 11 Liability

11.1 Neither party is liable for indirect or consequential loss or for loss of profit.

11.2 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by Customer in the nine months before the event giving rise to the claim.

11.3 These limits do not apply to death or personal injury, fraud, or Customer's payment obligations.

## Section 12 Term and Termination

12.1 This agreement runs for the Subscription Term.

12.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Supplier's breach, Supplier refunds prepaid fees for the period after termination.

12.3 Supplier may suspend access to the service if an undisputed invoice remains unpaid 30 days after a written reminder. Supplier will restore access promptly once the invoice is paid.

12.4 On termination or expiry Customer's right to use the service ends. Sections 6, 7, 8, 9, 11 and 13 continue to apply.

## Section 13 Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules then in force.

## Section 14 General

14.1 Notices must be in writing and sent to the addresses on the Order Form.

14.2 Neither party may assign this agreement without the other party's written consent.

14.3 This Order Form and these General Terms are the entire agreement between the parties about the service.

14.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and takes reasonable steps to limit the effect.

14.5 This agreement is made in English and Chinese. Both versions have equal effect.

14.6 Any change to this Order Form or these General Terms must be in writing and signed by authorised representatives of both parties. Terms printed on purchase orders, invoices or Supplier's website do not form part of this agreement.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, compliant)
H504E03 = """
T:Purchase Contract for Cold Store Monitoring Sensors
P:Contract No. GLGY-CG-2025-027
P:Buyer: Guilin Guiyuan Fruit Trading Co., Ltd., Lingui District, Guilin, Guangxi, China ("Buyer")
P:Supplier: Tawe Sensing Ltd, Unit 4, Kings Road, Swansea SA1 8PH, Wales, United Kingdom ("Supplier")
P:The Buyer operates a fruit cold store with 14 chambers and a packing hall. The Buyer wishes to buy wireless temperature, humidity and door sensors, gateways and monitoring software, installed and commissioned, and the Supplier has agreed to supply them on the Buyer's standard terms below.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission the equipment and software listed in clause 2, configure alarms for every chamber, and train the Buyer's staff.
P:1.2 The equipment shall be new, of the models stated in the Supplier's tender and suitable for continuous use at temperatures down to minus 25 degrees Celsius.
P:1.3 The Supplier shall provide the product certificates, calibration certificates for every sensor traceable to a national standard, the installation drawings and the operating manuals in Chinese and English.
P:1.4 The Supplier shall also set up the monitoring software on the Buyer's server in the cold store office, connect it to the Buyer's SMS gateway and mobile app accounts, and configure daily temperature reports for the Buyer's food safety records.
H:2. Price
P:2.1 The Contract Price is CNY 504,000, fixed, including taxes, packing, delivery to the Buyer's site, import formalities and insurance. The itemised price is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|220|1,180|259,600
TB:2|Door open sensors|64|640|40,960
TB:3|LoRa gateways with backup battery|6|9,800|58,800
TB:4|Monitoring software, perpetual licence|1|88,000|88,000
TB:5|Calibration kit and spare sensor set|1|12,640|12,640
TB:|Hardware and Licence Subtotal|||460,000
TB:6|Installation and commissioning|1|38,000|38,000
TB:7|Training|1|6,000|6,000
TB:|Contract Price|||504,000
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 327,600) within 20 days after the Supplier completes delivery and installation and the parties sign an Installation Certificate. The Installation Certificate records quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 176,400) within 20 days after Final Acceptance under clause 5.
P:3.4 Before each payment the Supplier shall provide a valid invoice for the amount due. Payments are made by bank transfer in CNY.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 50 days after signature and complete installation within 20 days after delivery.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment.
P:4.3 The Supplier shall pack the equipment to withstand sea and road transport and shall bear the risk of loss or damage until the equipment is delivered to the Buyer's site and signed for. Title passes to the Buyer on delivery.
P:4.4 Installation shall be carried out in agreement with the Buyer's cold store manager, chamber by chamber, so that no more than two chambers are out of monitoring at any time. The Supplier's staff shall follow the Buyer's site safety and hygiene rules.
H:5. Acceptance
P:5.1 After installation the parties shall run acceptance tests. The tests are passed when: every sensor reports to the software at least every 5 minutes; each sensor reads within plus or minus 0.3 degrees Celsius of the calibrated reference probe at two test points; door sensors trigger an alarm within 60 seconds; SMS and app alarms reach the duty phones within 2 minutes; and the gateways keep data for at least 72 hours when the network is cut and upload it when the network returns.
P:5.2 If the tests are passed, the system then runs for 30 days without a Critical fault. The Buyer then signs a Final Acceptance Certificate.
P:5.3 Delivery, installation, use of the system or payment does not mean acceptance. If a test fails, the Supplier shall correct the fault and repeat the test within 10 days at its own cost.
P:5.4 Acceptance does not release the Supplier from its warranty obligations or from liability for hidden defects.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace faulty equipment free of charge, including batteries that fail early, and provide software updates.
P:6.2 A Critical fault is a gateway failure or loss of monitoring for a whole chamber. The Supplier shall respond to a Critical fault within 2 hours by phone or remote access and, if needed, arrange an engineer or its Guilin service partner on site within 24 hours. Other faults shall be answered within 1 working day.
P:6.3 If the Supplier misses a response time for a Critical fault, it shall pay CNY 600 for each hour of delay.
P:6.4 After the warranty period, the Buyer may order support by Support Year. The support fee is 8% of the Hardware and Licence Subtotal, being CNY 36,800 per Support Year, fixed for the first three Support Years. Support does not renew automatically; each Support Year is ordered in writing.
P:6.5 During the warranty period the Supplier shall recalibrate a sample of sensors in each chamber once a year on site and replace any sensor that is out of tolerance, and shall provide a written calibration report.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of its owner and is licensed to the Buyer perpetually, for any number of users at the Buyer's sites.
P:7.2 The chamber layouts, alarm rules, dashboards and reports configured for the Buyer belong to the Buyer, which may use and change them freely and let others maintain them.
H:8. Buyer Data and Data Security
P:8.1 All readings, alarm records and logs belong to the Buyer. The Supplier may use them only to perform this Contract and shall not keep copies after the work is done.
P:8.2 The Supplier shall access the system only through the Buyer's remote access account, with the Buyer's approval for each session, and shall change all default passwords before commissioning.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours and shall be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:8.4 At the end of the work the Supplier shall hand over all passwords, configuration files and backups to the Buyer and shall delete any copies it holds.
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's site layout and customer information, for three years after the end of this Contract.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except installation by its Guilin service partner named in the tender, which the Buyer approves by signing this Contract. The Supplier is responsible for its subcontractors.
P:10.2 The Supplier warrants that the equipment and software do not infringe the rights of any third party and shall indemnify the Buyer against any claim that they do.
H:11. Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:11.2 On such termination the Supplier shall refund the payments received for equipment and work that the Buyer does not keep, and shall remove that equipment at its own cost.
H:12. Governing Law and Disputes
P:12.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guilin Arbitration Commission.
H:13. General
P:13.1 This Contract is made in English and Chinese in two originals; both versions have equal effect. It takes effect on signature by both parties.
P:13.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to reduce the delay. If force majeure lasts more than 60 days, either party may terminate this Contract by notice.
P:13.3 Changes to this Contract must be agreed in writing and signed by both parties.
P:13.4 The Supplier's tender, the equipment list and the acceptance test plan are annexed to this Contract. If they conflict with these terms, these terms prevail.
P:13.5 Notices shall be in writing and sent by email and courier to the addresses above. The Supplier shall keep a contact person in China who can be reached by phone on working days.
P:For the Buyer: ____________________ Date: ________
P:For the Supplier: ____________________ Date: ________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables)
H504E04 = """# MANAGED NETWORK SERVICES AGREEMENT

Agreement reference: MNX-XM-2025-07

**Provider:** Manannan Network Operations Limited, a company incorporated in the Isle of Man, 3 Athol Street, Douglas, Isle of Man IM1 1JE

**Customer:** Xiamen Lujiang Hotel Management Co., Ltd., Siming District, Xiamen, Fujian Province, China

The Customer manages nine hotels in Xiamen and Quanzhou. It wishes the Provider to monitor and manage the network equipment and guest Wi-Fi of these hotels from the Provider's network operations centre. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Provider's notice that the Services have started under clause 3.

1.3 "Minimum Term" means the 36 months after the Service Commencement Date.

1.4 "Customer Data" means device configurations, traffic statistics, logs and guest Wi-Fi authentication records that the Provider receives or generates in providing the Services.

## 2. SERVICES

2.1 The Provider shall provide the Services for the Minimum Term in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall provide the Services from its operations centre in Douglas, with Chinese-speaking engineers on duty at all times. The Provider shall assign a named service manager who shall meet the Customer's IT manager every quarter to review performance.

2.3 The Customer shall give the Provider remote access to the network equipment, keep the hotels' internet connections in service and tell the Provider about planned works at the hotels at least 3 working days in advance.

2.4 Hardware replacement is not included in the Services. When a device must be replaced, the Provider shall diagnose the fault, prepare the replacement configuration and guide the Customer's local contractor on site.

## 3. TRANSITION AND SERVICE COMMENCEMENT

3.1 The Provider shall complete the transition activities in Schedule 1 (inventory, monitoring agents, configuration backup and alarm routing) within 40 days after signature.

3.2 When the Provider has connected the hotels to its monitoring platform, it shall notify the Customer in writing. The notice shall list the devices connected and the alarm routing in place. The Services start on the date of that notice, and the Services and the transition work are deemed accepted by the Customer on the Service Commencement Date. No acceptance tests apply.

3.3 If the Provider fails to issue the notice within the period in clause 3.1 for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 At the Customer's request the charges are stated in CNY and are set out in Schedule 3. They include taxes.

4.2 The transition charge is invoiced on the Service Commencement Date. The quarterly service charge is invoiced at the end of each quarter of the Minimum Term, in arrears. Invoices are payable within 30 days. The Provider shall issue invoices through its appointed agent in Xiamen, which will provide official Chinese VAT invoices.

4.3 No amount is payable before the Service Commencement Date.

4.4 The charges are fixed for the Minimum Term. Additional hotels may be added at the quarterly service charge per hotel stated in a written change order signed by both parties.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 2. If it does not, the Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice.

5.2 The Provider shall measure the service levels with its monitoring platform and report them every month. The Customer may check the reports against its own records, and the parties shall settle any difference at the quarterly review.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell, disclose or otherwise use it.

6.2 Customer Data, including guest authentication records, shall be stored only on the Customer's log server in Xiamen. The Provider's staff shall access the Customer's network only through the Customer's VPN with multi-factor authentication, and every session shall be logged.

6.3 The Provider shall comply with the PRC Cybersecurity Law and Personal Information Protection Law, shall notify the Customer of any security incident within 6 hours, and shall be liable for losses caused by its failure to comply with this clause 6.

6.4 On the end of this Agreement, the Provider shall delete any Customer Data in its possession and confirm the deletion in writing.

## 7. INTELLECTUAL PROPERTY

7.1 The Provider keeps its monitoring platform and tools.

7.2 Network designs, configuration templates, runbooks and reports prepared for the Customer belong to the Customer, which may use and change them freely, including after the Minimum Term and with another provider.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement. This clause survives for three years after this Agreement ends.

## 9. SUBCONTRACTING

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Minimum Term, except for death or personal injury, fraud and breach of clause 6.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues for the Minimum Term. It then ends unless the parties sign a written extension.

11.2 The Customer may not terminate this Agreement before the end of the Minimum Term. The Customer's remedies for any failure of the Provider to perform are the service credits in Schedule 2 and a claim for damages, subject to clause 10.

11.3 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 30 days after a written reminder.

11.4 On expiry the Provider shall hand over all configurations, documentation and Customer Data and shall give reasonable help to any new provider for 30 days.

## 13. GENERAL

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided that it notifies the other party promptly. Service levels are suspended while such an event lasts.

13.2 Notices shall be in writing and sent by email and courier to the addresses above.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 Changes to the Services, including new hotels, are agreed by written change order signed by both parties. Terms on purchase orders or invoices do not apply.

13.5 This Agreement, with its Schedules, is the entire agreement between the parties about the Services. It is made in English and Chinese; both versions have equal effect.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## SCHEDULE 1 - SERVICES

| Service element | Description |
|---|---|
| Monitoring | 24 x 7 monitoring of 9 core switches, 62 access switches, 9 firewalls and 540 Wi-Fi access points |
| Incident management | Logging, diagnosis and remote fixing of faults; dispatch of the Customer's local contractor when hardware must be replaced |
| Change management | Up to 20 standard changes per quarter (VLANs, SSIDs, firewall rules) |
| Configuration backup | Daily backup of all device configurations to the Customer's log server |
| Reporting | Monthly performance report and quarterly review |
| Transition | Inventory, monitoring agents, baseline configurations and alarm routing for all nine hotels |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Measure | Service level | Service credit |
|---|---|---|
| Monitoring platform availability | 99.95% per month | 5% of the quarterly service charge for each 0.1 percentage point below the level |
| Priority 1 incident (a hotel or its guest Wi-Fi down) | response within 15 minutes, restoration within 3 hours | CNY 1,000 per hour late |
| Priority 2 incident (a floor or a function down) | response within 1 hour, restoration within 8 hours | CNY 300 per hour late |
| Standard change | completed within 2 working days | CNY 200 per change late |

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 38,000 |
| Service charge | per quarter, 12 quarters | 57,500 per quarter, 690,000 in total |
| Total charges for the Minimum Term | | 728,000 |

Signed for the Provider: ____________________ Date: ________

Signed for the Customer: ____________________ Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses, data API subscription)
H504E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. HLD-2025-0442

Provider: Harbour Lane Data Limited, a company registered in Jersey, 9 Mulcaster Street, St Helier, Jersey JE2 3NJ ("Provider")
Customer: Rizhao Haifeng Grain and Oil Co., Ltd., Donggang District, Rizhao, Shandong Province, China ("Customer")

Customer imports soybeans and rapeseed and wishes to receive daily freight, port and commodity price data in its purchasing system. Provider offers this data through its MarketPulse API. The parties agree as follows.

1. Definitions
1.1 "API" means Provider's MarketPulse application programming interface and its documentation, as updated by Provider from time to time in accordance with clause 2.5.
1.2 "Provider Data" means the prices, freight rates, vessel positions and port statistics that Provider makes available through the API.
1.3 "Customer Data" means the queries, watch lists, user accounts and usage records that Customer creates when using the API.
1.4 "Subscription Year" means each period of 365 days starting on the Subscription Start Date or its anniversary.
1.5 "Subscription Start Date" means the date of Integration Acceptance under clause 4.
1.6 "Business Day" means a day on which banks are open in both Rizhao and London.

2. Subscription
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use Provider Data within Customer's business for purchasing, risk management and internal reporting.
2.2 The Subscription Term is two Subscription Years. Customer may use up to 400,000 API calls per Subscription Year and up to 25 named user accounts.
2.3 Customer's named users may be employees of Customer and of its subsidiaries in Rizhao and Lianyungang. Customer shall not resell Provider Data or make it available to third parties except in internal reports shared with its banks and auditors.
2.4 Customer is responsible for keeping its API keys secret and for all calls made with them. Customer shall tell Provider promptly if it believes that a key has been misused, and Provider shall then issue a new key.
2.5 Provider may change the format of the API on at least 60 days' notice, provided that the data series listed in Annex A remain available. Provider shall keep the previous version of the API available during the notice period.

3. Fees and Payment
3.1 At the Customer's request all fees are stated and paid in CNY, including taxes:
(a) subscription fee: CNY 148,000 per Subscription Year, CNY 296,000 for the Subscription Term;
(b) integration support (mapping to Customer's purchasing system, test environment, two training sessions): CNY 22,000, one-time;
(c) total fees for the Subscription Term: CNY 318,000;
(d) API calls above the annual allowance: CNY 90 per 1,000 calls, invoiced at the end of each Subscription Year.
The amount in item (d) depends on use and is not part of the total fees in item (c).
3.2 Integration support is invoiced on Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. Provider shall issue official Chinese VAT invoices through its appointed local agent, and Customer shall pay by bank transfer in CNY.
3.3 No fee is payable before Integration Acceptance.
3.4 The subscription fee is fixed for the Subscription Term. The agreement does not renew automatically; any renewal must be agreed in writing.

4. Integration and Acceptance
4.1 Provider shall name an integration engineer who will work with Customer's IT staff until Integration Acceptance. Provider shall issue test credentials within 5 working days after signature and production credentials within 20 days after signature.
4.2 Integration Acceptance tests: (a) each of the 18 data series listed in Annex A is delivered to Customer's purchasing system for 10 consecutive business days; (b) values match Provider's web terminal for the same timestamps; (c) the daily file is available by 08:30 China Standard Time on each business day of the test; (d) a full history load of three years of data completes without error.
4.3 When the tests are passed Customer signs an Integration Acceptance certificate. Using the test or production credentials does not mean acceptance.
4.5 If a test fails, Provider shall correct the cause and the parties shall repeat the failed test within 10 business days.
4.4 If Provider fails to issue production credentials within the period in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 300 for each day of delay.

5. Availability and Support
5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver data on time. Provider does not commit to any availability level, response time or resolution time.
5.2 Customer may report problems by email to Provider's support desk, which is staffed on business days in London. Provider will deal with reported problems in the order in which they are received.
5.3 Provider may carry out maintenance at any time and will try to give notice on its status page.
5.4 Provider Data is compiled from exchanges, port authorities, shipbrokers and other sources. Provider checks it with reasonable care but does not warrant that it is complete or free of errors, and Customer remains responsible for its own purchasing and hedging decisions.

6. Customer Data
6.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and support to Customer and shall not sell it or use it for any other purpose.
6.2 On the end of the Subscription Term Provider shall return Customer Data on request and then delete it.
6.3 Customer shall not send personal information to the API. Watch lists shall contain only vessel names, ports, contracts and commodities.

7. Intellectual Property
7.1 Provider and its licensors own Provider Data and the API.
7.2 The mapping scripts, connectors and configuration that Provider writes for Customer under clause 3.1(b) belong to Customer, which may use, modify and let third parties use them without restriction. Analyses and reports that Customer prepares from Provider Data belong to Customer.
7.3 Provider warrants that it has the right to license Provider Data to Customer and shall defend Customer against any claim that Customer's use of the API or Provider Data in accordance with this Agreement infringes the rights of a third party.

8. Confidentiality
7.4 Customer may display Provider Data in its internal systems with a reference to Provider as the source.
8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchasing positions, and use it only for this Agreement. This obligation continues for three years after the Subscription Term.

9. Subcontracting
9.1 Provider shall not subcontract its obligations under this Agreement without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10. Liability
10.1 Neither party is liable for indirect loss or loss of profit.
10.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for fraud, wilful misconduct and breach of clause 8.

11. Termination
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
11.2 If Customer terminates for Provider's breach, Provider shall refund the subscription fee paid for the period after termination.
11.3 On termination or expiry Customer shall stop calling the API. Customer may keep Provider Data received before that date in its internal records and reports, but may not use it to build a database for third parties.

12. Governing Law and Disputes
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. General
13.1 Notices shall be in writing and sent by email and courier to the addresses above. Each party shall name a contact person for operational matters and tell the other party promptly if that person changes.
13.2 Neither party may assign this Agreement without the other party's written consent.
13.3 This Agreement, with Annex A (data series) and Annex B (API documentation), is the entire agreement between the parties about its subject matter.
13.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of exchanges or public data sources, provided that it informs the other party promptly.
13.5 This Agreement is made in English and Chinese in two originals. Both versions have equal effect.
13.6 Any change to this Agreement must be in writing and signed by both parties. Terms on purchase orders, invoices or Provider's website do not form part of this Agreement.
13.7 If any provision of this Agreement is held invalid, the other provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

Signed for Harbour Lane Data Limited: ____________________ Date: __________
Signed for Rizhao Haifeng Grain and Oil Co., Ltd.: ____________________ Date: __________
"""

# ================================================================ files, labels, design
FILES = {  # key: (file name, format, language, category, kind)
    "h504z01": ("h504z01_sports_lottery_sales_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "h504z02": ("h504z02_wood_mill_hot_press_control_retrofit.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "h504z03": ("h504z03_calligraphy_school_scheduling_saas.txt", "txt", "zh", "cloud", "service"),
    "h504z04": ("h504z04_womens_federation_rights_system_om.txt", "txt", "zh", "services", "service"),
    "h504z05": ("h504z05_beef_jerky_qc_traceability_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "h504e01": ("h504e01_wms_perpetual_licence_english_vendor.pdf", "pdf", "en", "software", "goods_or_licence"),
    "h504e02": ("h504e02_workforce_saas_order_form_scottish_vendor.md", "md", "en", "cloud", "service"),
    "h504e03": ("h504e03_cold_store_sensors_welsh_supplier.docx", "docx", "en", "hardware", "goods_or_licence"),
    "h504e04": ("h504e04_hotel_managed_network_isle_of_man.md", "md", "en", "services", "service"),
    "h504e05": ("h504e05_commodity_data_api_jersey_vendor.txt", "txt", "en", "cloud", "service"),
}
SRC = {"h504z01": H504Z01, "h504z02": H504Z02, "h504z03": H504Z03, "h504z04": H504Z04, "h504z05": H504Z05,
       "h504e01": H504E01, "h504e02": H504E02, "h504e03": H504E03, "h504e04": H504E04, "h504e05": H504E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]

OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# terms that differ from OK; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value;
# tco: (fee base, warranty months, fee pct) for goods with a stated capped fee; forum_outside for the forum test.
DESIGN = {
    "h504z01": dict(terms=dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
                    value=2248000, sla=True, ld=True, capped=True, deemed=False, tco=(1280000, 24, 9),
                    rules=[]),
    "h504z02": dict(terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=20),
                    value=1044000, sla=True, ld=True, capped=True, deemed=False, tco=(946000, 6, 20),
                    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h504z03": dict(terms=dict(availability_pct=99.5, ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
                    value=370000, sla=True, ld=True, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h504z04": dict(terms=dict(p1_response_hours=6, confidentiality=False, ld_rate_per_day_pct=0.1),
                    value=386000, sla=True, ld=True, deemed=False,
                    rules=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "h504z05": dict(terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=50,
                               final_payment_on_acceptance=True, warranty_months=6, subcontract_without_consent=True),
                    value=868000, sla=True, ld=True, capped=False, deemed=False, tco=None,
                    rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h504e01": dict(terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13,
                               governing_law="England and Wales"),
                    value=970000, sla=True, ld=True, capped=True, deemed=False, tco=(648000, 18, 13),
                    forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h504e02": dict(terms=dict(availability_pct=99.95, buyer_owns_data=False, liability_cap_pct=9 / 36 * 100),
                    value=850000, sla=True, ld=False, deemed=False,
                    rules=["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "h504e03": dict(terms=dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, final_payment_on_acceptance=True,
                               warranty_months=24, post_warranty_fee_pct=8),
                    value=504000, sla=True, ld=True, capped=True, deemed=False, tco=(460000, 24, 8),
                    rules=[]),
    "h504e04": dict(terms=dict(availability_pct=99.95, p1_response_hours=0.25, acceptance_clause=False,
                               ld_rate_per_day_pct=500 / 728000 * 100, liability_cap_pct=150,
                               termination_for_breach=False),
                    value=728000, sla=True, ld=True, deemed=True,
                    rules=["CR-ACCEPTANCE", "CR-TERMINATION"]),
    "h504e05": dict(terms=dict(p1_response_hours=None, sla_remedy=False, data_security_clause=False,
                               ld_rate_per_day_pct=300 / 318000 * 100, liability_cap_pct=150),
                    value=318000, sla=False, ld=True, deemed=False,
                    rules=["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(base, warranty_months, fee_pct, value, horizon=5):
    """Policy section 4: post-warranty fee share of TCO over the horizon from acceptance."""
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = fee_pct / 100 * base * years_after
    return fees / (value + fees) * 100, value + fees


def derive_rules(terms, extra, kind, tco, forum_outside=False):
    """My own reading of policy.md section 3 applied to a label (no project code)."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if kind == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = terms["post_warranty_fee_pct"]
        if fee is None or not extra["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and fee is not None and extra["post_warranty_fee_capped"]:
            if tco_share(tco[0], tco[1], tco[2], extra["contract_value"])[0] > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, cat, kind = FILES[key]
    d = DESIGN[key]
    terms = dict(OK)
    terms.update(d["terms"])
    terms["contract_kind"] = kind
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    rules = derive_rules(terms, extra, kind, d.get("tco"), d.get("forum_outside", False))
    assert rules == sorted(d["rules"]), (key, rules, d["rules"])
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}

# ================================================================ threshold scan
ZN = "零〇一二两三四五六七八九十百"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4(\.0+)?(小时|个小时|h(?![a-z])|hours?|hrs?|-hour|workinghours?)",  # P1 4 h
    r"(?<![十\d])四(个)?小时", r"four(-|)hours?", r"(?<![\d.])240(分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百" + ZN + "])", r"fivehundredths",          # LD 0.05 %
    r"(?<![\d.])100(\.0+)?(%|percent|per cent)", r"百分之百", r"百分之一百", r"onehundredpercent",  # cap 100 %
    r"(?<![\d.])30(\.0+)?(%|percent)", r"百分之三十(?![" + ZN + "])", r"三成", r"thirtypercent",  # prepayment 30 %
    r"(?<![\d.])12(个)?月", r"(?<![十\d])十二(个)?月", r"一年", r"oneyear", r"twelvemonths?",
    r"(?<![\d.])12-?months?", r"(?<![\d.])1years?(?![a-z])", r"(?<![\d.])1年",                # warranty 12 months
    r"(?<![\d.])15(\.0+)?(%|percent)", r"百分之十五(?![" + ZN + "])", r"fifteenpercent",         # post-warranty 15 %
    r"(?<![\d.])40(\.0+)?(%|percent)", r"百分之四十(?![" + ZN + "])", r"四成", r"fortypercent",  # TCO 40 %
    r"(?<![\d.])5(个)?年", r"(?<![\d.])5-?years?", r"(?<![十" + ZN + r"])五年", r"five-?years?",
    r"(?<![\d.])60(个)?月", r"(?<![\d.])60-?months?", r"sixtymonths?", r"六十个?月",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months",
            "一年", "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "5 years", "60 months",
            "60个月", "per cent 30%", "a 12-month term"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "24 hours", "14 hours", "130%", "140%", "1.5%", "35%", "45%", "20%", "25年度",
             "120日", "2 hours", "36 months", "3 years"]


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), norm(text)):
        v = variant.lower()
        for p in THRESHOLD_PATTERNS:
            for m in re.finditer(p, v):
                hits.append((p, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ================================================================ build and read back
def markup_text(src):
    return "\n".join(line.partition(":")[2].replace("|", " ") for line in src.splitlines() if line.strip())


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src, bin_tgt = {}, {}
    for key, (name, fmt, lang, cat, kind) in FILES.items():
        if fmt in ("docx", "pdf"):
            bin_src[key], bin_tgt[key] = SRC[key], (name, fmt)
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt, lang, cat, kind) in FILES.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        back = read_back(OUT / name)
        raw = SRC[key] if fmt not in ("docx", "pdf") else markup_text(SRC[key])
        for txt, what in ((back, "built"), (raw, "source")):
            for h in threshold_hits(txt):
                problems.append((name, what, h))
        n, n2 = measure(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi and (n2 is None or lo <= n2 <= hi)
        if not ok:
            problems.append((name, "length", n, n2))
        t = lab["expected_terms"]
        for k, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)):
            assert t[k] is None or t[k] != th, (name, k)
        d = DESIGN[key]
        extra = ""
        if d.get("tco"):
            share, total = tco_share(d["tco"][0], d["tco"][1], d["tco"][2], d["value"])
            assert abs(share - 40) > 2, (name, share)
            extra = " tco=%.0f share=%.2f%%" % (total, share)
        print("%-58s %s len=%s/%s risk=%s rules=%s%s" % (name, lang, n, n2, risk(lab["expected_rules"]),
                                                         ",".join(lab["expected_rules"]) or "-", extra))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
