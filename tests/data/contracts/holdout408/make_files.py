"""holdout408: builds ten ordinary draft contracts, their labels, and checks them (lengths, thresholds, rule coverage).

Run: /work/main/.venv/bin/python -B make_files.py  (writes only into this folder).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H408Z01 = """T:特种设备安全监管平台建设项目合同书
P:合同编号：SJJG-TZSB-2026-017　　项目编号：采购中心 2026-0392（公开招标）
P:甲方（采购人）：临川市市场监督管理局
P:乙方（供应商）：赣信智联科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就特种设备安全监管平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供特种设备安全监管平台软件（V5.2）永久使用许可，并完成电梯、锅炉、压力容器、气瓶充装四个监管子系统的定制开发，历史台账数据迁移，与省级特种设备信息系统、市一网通办平台的接口对接，以及部署、实施和培训。
P:1.2 平台部署于甲方政务云，乙方不得将任何业务数据存放于甲方指定环境之外。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾柒万元整（¥2,370,000），含税，明细如下：
P:（1）平台软件许可费 ¥1,260,000；（2）四个子系统定制开发费 ¥845,000；（3）历史数据迁移及接口对接费 ¥168,000；（4）部署实施及培训费 ¥97,000。
P:2.2 上述价格为固定总价，包括乙方完成本合同全部工作所需的一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线试运行并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前，乙方应开具合法有效的增值税发票。甲方按财政资金支付程序付款。
H:第四条 工期
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并申请初步验收，试运行期为60日。
H:第五条 验收
P:5.1 验收标准：（1）招标文件功能清单逐项实现；（2）迁移数据与原台账逐条比对，差错率不高于万分之一；（3）与省级系统、一网通办平台接口连续10日交换无差错；（4）200个并发用户下常用页面响应时间不超过2秒；（5）通过第三方网络安全等级保护测评（三级）。
P:5.2 甲方组织专家按上述标准进行初步验收和最终验收，出具书面验收报告。系统上线、甲方使用或付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即¥100,800），且前三个服务年度不上调，双方另行签订维护合同。
H:第七条 服务水平
P:7.1 质保期内系统月可用率不低于99.95%。
P:7.2 一级故障（系统整体不可用或核心监管业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应。
P:7.3 乙方未达到上述要求的，每超时1小时向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的子系统、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在最终验收时交付源代码。
H:第九条 数据安全
P:9.1 平台中的特种设备台账、检验记录、企业信息和个人信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实等级保护三级要求，通过甲方堡垒机访问系统，不得复制、导出或留存数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、监管信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或存在其他严重违约且经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 双方权利义务
P:15.1 甲方应提供必要的工作场所、网络环境、人员配合和资料，及时确认乙方提交的方案和文档；因甲方原因延误的，工期相应顺延。
P:15.2 乙方应按国家标准和行业规范履行合同，指派具有相应资格和经验的项目经理及技术人员，项目经理未经甲方同意不得更换；乙方人员应遵守甲方安全、保卫和管理制度。
P:15.3 双方各指定一名项目联系人，每周召开项目例会并形成会议纪要，由双方签字确认。乙方应每周提交工作周报，说明进度、存在的问题和下一步计划。重大事项以书面形式通知对方。
H:第十六条 不可抗力
P:16.1 因地震、台风、洪水、疫情等不可抗力致使合同不能按约履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。
H:第十七条 廉洁与通知
P:17.1 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，甲方有权追究其责任并报告有关部门。
P:17.2 本合同首部所列地址、电话和电子邮箱为双方有效送达地址，一方变更的应提前书面通知对方。以特快专递发出的通知，寄出后第三日视为送达；以电子邮件发出的，进入对方系统即视为送达。
H:第十八条 知识产权担保、变更及税费
P:18.1 乙方保证所提供的软件、程序和技术资料不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
P:18.2 合同履行中需要变更的，双方应签订书面补充协议，补充协议与本合同具有同等效力。未经甲方书面确认的变更，乙方不得要求增加费用。
P:18.3 因履行本合同发生的税费，由双方按国家有关规定各自承担。
H:第十九条 其他
P:19.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市市场监督管理局　　　　乙方（盖章）：赣信智联科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年4月　日
"""

H408Z02 = """T:回转窑控制系统改造及维保合同
P:合同编号：HX-SN-2026-0218
P:甲方：湘中华鑫水泥有限公司
P:乙方：长沙恒控自动化工程有限公司
P:鉴于甲方二号熟料线回转窑原有控制系统设备老化、备件停产，甲方决定对窑头、窑尾及篦冷机控制系统实施改造。乙方具备相应资质和经验，经议价采购，双方就改造及维保事宜订立本合同。
H:1. 工作范围
P:1.1 乙方负责提供分布式控制系统（DCS）控制站、操作站、工程师站及网络设备，窑炉先进过程控制（APC）软件许可，红外扫描测温仪及窑尾气体分析仪，完成拆旧、安装、组态、联调、热负荷试车和人员培训。
P:1.2 改造须在甲方计划停窑检修期内完成，停窑时间不超过20日，具体日期由甲方书面通知。
H:2. 合同价款
P:2.1 合同总价为人民币贰佰零柒万贰仟元整（¥2,072,000），含13%增值税。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站、操作站、工程师站及网络设备|1套|1,046,000
TB:2|红外扫描测温仪、窑尾气体分析仪|1套|340,000
TB:3|APC先进过程控制软件许可（永久）|1套|412,000
TB:4|软硬件小计| |1,798,000
TB:5|拆旧、安装、组态及联调|1项|236,000
TB:6|操作及维护人员培训|1项|38,000
TB:7|合同总价| |2,072,000
H:3. 付款
P:3.1 合同签订后15日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的55%。到货签收不构成验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
H:4. 交货与工期
P:4.1 乙方应在合同签订后75日内将全部设备运抵甲方厂区，并在甲方通知的停窑检修期内完成安装调试。
H:5. 验收
P:5.1 热负荷试车连续运行满14日后进行最终验收。验收标准：（1）控制系统无一级故障；（2）窑头温度控制偏差不超过±5℃；（3）APC投运率不低于95%；（4）熟料标准煤耗较改造前下降不少于2%；（5）全部控制回路、联锁及报警逐项测试通过；（6）竣工资料、组态备份及培训记录齐全。
P:5.2 双方按上述标准共同测试并签署最终验收报告。设备安装完毕或投入生产运行，均不视为验收合格。
H:6. 质量保证及维保
P:6.1 软硬件质保期为二十四个月，自最终验收合格之日起计算。质保期内设备故障免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的9%（即¥161,820），前三个服务年度固定不变。
P:6.3 一级故障（窑系统停机或主控制器失效）乙方应在2小时内响应，8小时内到场；二级故障8小时内响应。乙方每超时1小时，向甲方支付¥1,000。
H:7. 数据与知识产权
P:7.1 生产运行数据、工艺参数及化验数据归甲方所有，乙方只能为履行本合同使用，不得带离厂区或用于其他客户。
P:7.2 乙方远程诊断须经甲方每次审批，通过甲方指定的安全网关接入；发生数据泄露或网络安全事件，乙方应在2小时内通知甲方并承担因其过错造成的全部损失。
P:7.3 为本项目编制的组态程序、控制逻辑、画面及技术文件归甲方所有，甲方可自行修改或交由第三方使用。APC软件本身的知识产权归乙方，甲方享有永久使用许可。
H:8. 保密
P:8.1 双方对在合同履行中获知的对方工艺、价格和技术信息负有保密义务，未经对方书面同意不得披露，合同终止后三年内仍然有效。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方违反本合同其他约定的，应赔偿甲方因此遭受的直接损失。
H:10. 合同的解除
P:10.1 本合同签订后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
P:10.2 一方违约的，守约方可要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:11. 分包
P:11.1 乙方不得分包本合同项下主要工作。拆旧及电缆敷设等辅助工作如需分包，须事先取得甲方书面同意。
H:12. 争议解决
P:12.1 本合同适用中华人民共和国法律。发生争议的，提交娄底仲裁委员会仲裁。
H:13. 双方责任
P:13.1 甲方应提供必要的工作场所、网络环境、人员配合和资料，及时确认乙方提交的方案和文档；因甲方原因延误的，工期相应顺延。
P:13.2 乙方应按国家标准和行业规范履行合同，指派具有相应资格和经验的项目经理及技术人员，项目经理未经甲方同意不得更换；乙方人员应遵守甲方安全、保卫和管理制度。
P:13.3 乙方在甲方厂区施工须遵守动火、高处作业、受限空间作业等安全管理规定，办理作业票，配备合格的劳动防护用品；因乙方违章造成的安全事故由乙方负责。
P:13.4 双方各指定一名项目联系人，每周召开项目例会并形成会议纪要，由双方签字确认。乙方应每周提交工作周报，说明进度、存在的问题和下一步计划。重大事项以书面形式通知对方。
H:14. 培训与资料
P:14.1 乙方应提供操作手册、管理员手册和培训课件，培训结束后组织考核，确保甲方人员能够独立操作和日常管理。
P:14.2 乙方应在最终验收前移交全部组态备份、接线图、设备说明书和备品备件清单。
H:15. 不可抗力
P:15.1 因地震、台风、洪水、疫情等不可抗力致使合同不能按约履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。
H:16. 廉洁、通知及变更
P:16.1 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，甲方有权追究其责任并报告有关部门。
P:16.2 本合同首部所列地址、电话和电子邮箱为双方有效送达地址，一方变更的应提前书面通知对方。以特快专递发出的通知，寄出后第三日视为送达；以电子邮件发出的，进入对方系统即视为送达。
P:16.3 合同履行中需要变更的，双方应签订书面补充协议，补充协议与本合同具有同等效力。未经甲方书面确认的变更，乙方不得要求增加费用。
H:17. 包装运输与备件
P:17.1 乙方负责设备的包装、运输、保险和卸货，包装应适合长途运输并防潮、防震，设备在甲方签收前的灭失、损毁风险由乙方承担。
P:17.2 乙方应随设备提供质保期内所需的常用备品备件，并保证设备停产后八年内继续供应备件。
P:17.3 乙方保证所提供的软件、程序和技术资料不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
P:17.4 因履行本合同发生的税费，由双方按国家有关规定各自承担。
H:18. 其他
P:18.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：湘中华鑫水泥有限公司　　　　乙方（盖章）：长沙恒控自动化工程有限公司
P:代表签字：__________　　　　代表签字：__________
"""

H408Z03 = """家政服务派单及会员管理系统服务合同

合同编号：JZ-SAAS-2026-05
甲方：佳禾家政服务连锁有限公司（以下简称“甲方”）
乙方：杭州云帮手网络科技有限公司（以下简称“乙方”）

鉴于甲方在全省经营50家直营及加盟门店，需要统一的派单、服务人员管理及会员管理系统；乙方提供相应的软件即服务（SaaS），双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方50家门店提供派单调度、服务人员档案与排班、客户预约、会员储值与积分、评价回访及经营报表等SaaS服务，含门店端、服务人员手机端和客户小程序。
（二）乙方负责实施服务：门店及人员数据初始化、会员数据迁移、与甲方财务系统和支付渠道的接口对接、定制经营报表8张、门店店长及调度员培训。
（三）服务期为三个服务年度，自系统上线验收合格之日起算。

二、服务费用
（一）SaaS年费：每个服务年度人民币贰拾陆万捌仟元（¥268,000），按50家门店计，三个服务年度合计¥804,000。
（二）实施费：人民币玖万陆仟元（¥96,000），一次性支付。
（三）合同总价：人民币玖拾万元整（¥900,000）。门店数量增加的，新增门店按每店每服务年度¥5,360另行计费，不计入合同总价。

三、付款方式
（一）实施费在上线验收合格后15日内支付。
（二）每个服务年度的年费，在该服务年度开始后30日内支付。
（三）本合同不设预付款。乙方应在付款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后45日内完成实施，申请上线验收。
（二）验收标准：1. 50家门店全部开通并完成数据初始化；2. 迁移会员记录与原系统逐条核对一致，储值余额核对无差异；3. 派单、预约、结算全流程在10家试点门店连续运行14日无一级故障；4. 财务接口对账连续7日无差异；5. 定制报表经甲方确认。
（三）甲方按上述标准组织验收并签署验收单。系统开通或门店试用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥600。

五、服务水平
（一）系统服务月可用率不低于99.5%，计划内维护应安排在凌晨1点至5点之间并提前48小时通知。
（二）一级故障（派单或支付功能整体不可用）乙方应在1小时内响应，3小时内恢复；二级故障（部分门店或部分功能异常）2小时内响应。
（三）月可用率低于承诺值的，每低0.1个百分点，乙方按当月年费分摊额的5%给予服务抵扣；一级故障响应每超时1小时，抵扣¥500。

六、数据归属与数据安全
（一）甲方会员信息、服务人员信息、订单及交易数据等全部业务数据归甲方所有，乙方仅为提供本合同服务处理该数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制和操作日志等措施，个人信息处理应符合《个人信息保护法》。
（三）发生数据泄露等安全事件的，乙方应在12小时内书面通知甲方，采取补救措施，并承担因其原因给甲方造成的全部损失，包括对会员的赔偿。
（四）合同终止后30日内，乙方应按甲方要求完整导出并交付全部数据，随后删除。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制的报表、接口程序及配置方案归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

八、保密
双方对合同履行中获知的对方商业秘密、客户资料和经营数据负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、续期
（一）服务期满前30日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据其届时公布的价格标准调整年费，并以书面方式通知甲方。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付但未使用服务期的年费。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同。

十一、分包
乙方不得将本合同项下服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十三、双方义务
（一）甲方应提供必要的工作场所、网络环境、人员配合和资料，及时确认乙方提交的方案和文档；因甲方原因延误的，工期相应顺延。
（二）乙方应按国家标准和行业规范履行合同，指派具有相应资格和经验的项目经理及技术人员，项目经理未经甲方同意不得更换；乙方人员应遵守甲方安全、保卫和管理制度。
（三）双方各指定一名项目联系人，每周召开项目例会并形成会议纪要，由双方签字确认。乙方应每周提交工作周报，说明进度、存在的问题和下一步计划。重大事项以书面形式通知对方。
（四）乙方应提供操作手册、管理员手册和培训课件，培训结束后组织考核，确保甲方人员能够独立操作和日常管理。

十四、不可抗力
因地震、台风、洪水、疫情等不可抗力致使合同不能按约履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。

十五、通知送达
本合同首部所列地址、电话和电子邮箱为双方有效送达地址，一方变更的应提前书面通知对方。以特快专递发出的通知，寄出后第三日视为送达；以电子邮件发出的，进入对方系统即视为送达。

十六、廉洁
乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，甲方有权追究其责任并报告有关部门。

十七、合同变更
合同履行中需要变更的，双方应签订书面补充协议，补充协议与本合同具有同等效力。未经甲方书面确认的变更，乙方不得要求增加费用。

十八、门店配合与运营支持
（一）甲方应组织各门店按实施计划配合数据整理和人员培训，门店电脑、小票打印机和扫码枪由甲方自行配备，乙方提供兼容设备清单。
（二）乙方应设立专属客户成功经理，每季度回访甲方，收集门店使用意见并提出优化建议；重大版本更新应提前7日通知甲方，并提供更新说明。
（三）乙方提供7×24小时服务热线和在线客服，门店人员可直接报修。
（四）会员储值资金直接进入甲方银行账户，乙方不经手、不沉淀任何资金。
（五）乙方应每个服务年度提供一次第三方渗透测试报告，发现的高危漏洞应在10日内修复。
（六）合同终止或不续期的，乙方应给予甲方60日过渡期，过渡期内系统正常使用，费用按月折算。

十九、知识产权担保与税费
（一）乙方保证所提供的软件、程序和技术资料不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
（二）因履行本合同发生的税费，由双方按国家有关规定各自承担。乙方应按甲方要求开具增值税专用发票。

二十、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：佳禾家政服务连锁有限公司　　乙方（盖章）：杭州云帮手网络科技有限公司
签字：__________　　签字：__________
日期：2026年5月　日
"""

H408Z04 = """数字档案管理系统年度运维服务合同

项目名称：市档案馆数字档案管理系统运维服务（竞争性磋商）
合同编号：DAG-YW-2026-03
甲方：宁远市档案馆
乙方：湖南典藏信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就数字档案管理系统运维服务订立本合同。

第一条 服务范围
（1）数字档案管理系统、电子文件接收平台、档案利用查询平台及其数据库、中间件的日常运行维护；
（2）机房服务器、存储、备份设备的巡检和故障处理；
（3）数据备份、恢复演练和系统安全加固；
（4）档案利用高峰期及重大活动期间的现场保障。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。期满后是否继续采购由甲方依法另行确定。

第三条 服务费用及支付
（1）服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含税，为固定总价。
（2）服务费按季度支付，每季度¥121,500，在该季度考核合格后15个工作日内支付。
（3）本合同不设预付款。

第四条 服务交接
（1）乙方应在服务期开始后10日内完成与原运维单位的交接，提交系统现状评估报告和运维方案。
（2）乙方逾期完成交接的，每逾期一日向甲方支付违约金¥300。

第五条 服务水平
（1）数字档案管理系统及档案利用查询平台月可用率不低于99.95%。
（2）一级故障（系统整体不可用或数据损坏）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，12小时内解决。
（3）乙方每季度进行一次全量备份恢复演练，每月提交运维报告。
（4）未达到上述要求的，一级故障每超时1小时扣减服务费¥800；月可用率每低于承诺值0.01个百分点扣减¥1,000。扣减从当季服务费中抵扣。

第六条 考核与验收
（1）甲方每季度按本合同第五条及运维方案对乙方进行考核，考核内容包括可用率、故障处理时效、备份演练结果、运维报告质量。考核得分80分以上为合格。
（2）服务期满后，甲方组织年度验收，乙方应提交全部运维记录、配置清单和账号交接清单。年度验收合格后，最后一个季度服务费方可支付。

第七条 数据安全
（1）馆藏数字档案、目录数据、利用登记信息等全部数据归甲方所有，乙方只能为履行本合同进行必要的操作，不得用于其他任何目的。
（2）乙方人员须经政审并签署保密承诺，仅可在甲方机房通过堡垒机操作，不得复制、拍摄或带离任何数据，不得使用外部存储介质。
（3）发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方对在服务中接触到的档案内容、未开放档案信息和甲方网络配置负有保密义务，保密期限不因合同终止而终止。

第九条 知识产权
乙方在服务期内编写的运维脚本、操作手册、配置文档归甲方所有，甲方可自由使用和修改，并可交付后续运维单位使用。

第十条 分包
乙方可将机房硬件维修、设备原厂服务等部分工作交由具备资质的第三方完成，但应提前5个工作日书面告知甲方。乙方对第三方的工作承担责任。

第十一条 责任限制
乙方在本合同项下的累计赔偿责任（含违约金和扣减）以合同总价的50%为限，但因乙方故意或重大过失导致的数据泄露除外。

第十二条 合同解除
乙方连续两个季度考核不合格，或严重违约经书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期结算服务费。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

第十四条 运维人员
（1）乙方应派驻2名驻场运维工程师，工作日8:30至17:30在甲方现场工作，节假日及夜间安排人员值班，保持电话畅通。
（2）驻场人员须具有数据库或系统集成相关资质，名单报甲方备案；更换人员须提前10日书面征得甲方同意，并做好工作交接。
（3）乙方应按国家标准和行业规范履行合同，指派具有相应资格和经验的项目经理及技术人员，项目经理未经甲方同意不得更换；乙方人员应遵守甲方安全、保卫和管理制度。

第十五条 甲方义务
甲方应提供必要的工作场所、网络环境、人员配合和资料，及时确认乙方提交的方案和文档；因甲方原因延误的，工期相应顺延。

第十六条 服务期满交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位移交全部账号、口令、配置文档、运维记录和未完成事项清单，并配合完成交接，不得以任何理由拖延。

第十七条 项目沟通
双方各指定一名项目联系人，每周召开项目例会并形成会议纪要，由双方签字确认。乙方应每周提交工作周报，说明进度、存在的问题和下一步计划。重大事项以书面形式通知对方。

第十八条 不可抗力
因地震、台风、洪水、疫情等不可抗力致使合同不能按约履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。

第十九条 通知送达
本合同首部所列地址、电话和电子邮箱为双方有效送达地址，一方变更的应提前书面通知对方。以特快专递发出的通知，寄出后第三日视为送达；以电子邮件发出的，进入对方系统即视为送达。

第二十条 廉洁
乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，甲方有权追究其责任并报告有关部门。

第二十一条 运维管理要求
（1）乙方自带的运维工具软件应为正版，安装前须经甲方安全检测，服务期满后卸载。
（2）乙方每季度开展一次漏洞扫描和基线核查，对发现的高危漏洞在5个工作日内完成整改，并提交整改报告。
（3）乙方应在交接完成后20日内编制应急预案，每半年组织一次应急演练，甲方派员参加。
（4）国际档案日、档案开放日等重大活动期间，乙方应增派1名工程师现场保障。
（5）乙方应每日填写运维日志，记录巡检结果、故障处理过程和变更操作，每月汇总报甲方。
（6）乙方人员进入机房须登记，不得携带与工作无关的设备。
（7）硬件维修更换的备件费用由甲方另行承担，乙方应先行报价并经甲方书面确认。
（8）乙方应配合甲方开展信创适配和版本升级评估，提出技术建议。
（9）乙方应提供操作手册、管理员手册和培训课件，培训结束后组织考核，确保甲方人员能够独立操作和日常管理。

第二十二条 知识产权担保、变更及税费
（1）乙方保证所提供的软件、程序和技术资料不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
（2）合同履行中需要变更的，双方应签订书面补充协议，补充协议与本合同具有同等效力。未经甲方书面确认的变更，乙方不得要求增加费用。
（3）因履行本合同发生的税费，由双方按国家有关规定各自承担。

第二十三条 其他
磋商文件、响应文件、成交通知书为本合同组成部分。本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。

甲方（盖章）：宁远市档案馆　　　乙方（盖章）：湖南典藏信息技术有限公司
代表：__________　　　代表：__________
日期：2026年2月　日
"""

H408Z05 = """# 质量追溯软件许可及定制开发合同（乙方标准文本 V3.0）

合同编号：GXZS-2026-0611

- 甲方：柳州香满楼螺蛳粉食品有限公司
- 乙方：广西智溯信息科技有限公司

甲方为满足预包装螺蛳粉产品质量追溯及监管要求，购买乙方“智溯”质量追溯平台软件许可并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿基础上订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供智溯质量追溯平台软件（企业版）永久使用许可，覆盖原料入库、生产批次、包装赋码、成品出库、经销商扫码及消费者查询等功能。

1.2 乙方为甲方定制开发：产线赋码设备接口、原料（米粉、酸笋、腐竹）批次关联模块、经销商扫码小程序、监管部门数据报送接口。

1.3 乙方负责系统部署、初始化配置和甲方人员操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智溯质量追溯平台软件许可（企业版，永久） | 760,000 |
| 2 | 定制开发（赋码接口、批次关联、扫码小程序、报送接口） | 188,000 |
| 3 | 部署实施及培训 | 52,000 |
| | 合同总价（含税） | 1,000,000 |

合同总价为人民币壹佰万元整（¥1,000,000）。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的65%，即¥650,000。

3.2 系统上线运行后7日内，甲方支付合同总价的35%，即¥350,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施进度

4.1 乙方在收到首笔款项后开始实施，预计60个工作日内完成部署及定制开发。实施进度受甲方配合情况影响的，工期相应顺延。

4.2 乙方将尽力按计划完成实施，但不对实施周期作出保证。

## 第五条 上线与验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线运行后提出的问题，乙方在维护服务中处理，不影响验收结论和付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 一级故障（追溯系统无法赋码或无法查询）乙方在8小时内响应，其他故障在3个工作日内响应。

6.3 乙方将尽合理努力排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥190,000，在每个维护年度开始前支付。

7.2 年度维护服务包括缺陷修复、版本升级、远程支持和每个维护年度两次现场巡检。

## 第八条 知识产权

8.1 智溯平台软件及其全部升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、批次关联模块、小程序及其源代码、技术文档的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方录入和系统产生的生产、质检、批次及经销商数据归甲方所有。

9.2 乙方应采取访问控制、加密传输、每日备份等安全措施保护甲方数据；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，并对因乙方原因造成的损失承担赔偿责任。

9.3 甲方同意，乙方可将脱敏后的生产及质量数据用于产品改进、算法训练和行业分析报告，该等使用不需另行取得甲方同意，在本合同终止后仍然有效。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 合同解除

一方严重违约且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 双方义务

14.1 甲方应提供必要的工作场所、网络环境、产线设备资料和人员配合，及时确认乙方提交的方案；因甲方原因延误的，工期相应顺延。

14.2 乙方应指派项目经理及实施人员，按本合同约定完成部署、开发和培训。

14.3 乙方应提供操作手册、管理员手册和培训课件，培训结束后组织考核，确保甲方人员能够独立操作和日常管理。

## 第十五条 不可抗力

因地震、台风、洪水、疫情等不可抗力致使合同不能按约履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。

## 第十六条 通知

本合同首部所列地址、电话和电子邮箱为双方有效送达地址，一方变更的应提前书面通知对方。以特快专递发出的通知，寄出后第三日视为送达；以电子邮件发出的，进入对方系统即视为送达。

## 第十七条 合同变更

合同履行中需要变更的，双方应签订书面补充协议，补充协议与本合同具有同等效力。甲方增加功能需求的，费用另行协商。

## 第十八条 实施配合

18.1 甲方应提供赋码设备的通讯协议和接口文档，并安排产线停机窗口用于设备调试。

18.2 乙方为甲方提供两次集中培训，每次不超过两天，培训地点在甲方厂区，超出部分另行收费。

18.3 平台新版本发布后，乙方在维护服务期内提供升级，部署时间由双方商定。

18.4 赋码设备、扫码枪、服务器等硬件由甲方自行采购，乙方提供配置建议。系统部署于甲方自有服务器或甲方租用的云服务器，由甲方负责服务器运行环境。

18.5 乙方为甲方开通管理员账号，甲方应妥善保管账号和密码，因甲方保管不善造成的损失由甲方承担。

## 第十九条 知识产权担保、税费及廉洁

19.1 乙方保证所提供的软件、程序和技术资料不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。

19.2 因履行本合同发生的税费，由双方按国家有关规定各自承担。

19.3 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，甲方有权追究其责任并报告有关部门。

## 第二十条 其他

20.1 本合同为乙方标准文本，双方另有书面约定的除外。

20.2 附件一：功能清单；附件二：定制开发需求说明；附件三：培训计划。附件与本合同具有同等效力。

20.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：柳州香满楼螺蛳粉食品有限公司　　代表：__________

乙方（盖章）：广西智溯信息科技有限公司　　代表：__________

签订日期：2026年6月　日
"""

H408E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ATL-CN-2026-044
P:This Agreement is made between Atlas Planning Systems SARL, a company incorporated in the Kingdom of Morocco with its registered office at Boulevard Zerktouni, Casablanca (the "Vendor"), and Foshan Hemu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong (the "Customer").
P:Recitals. The Customer manufactures panel and upholstered furniture in three plants and wishes to replace its spreadsheet-based production planning with a licensed planning and scheduling system. The Vendor develops and licenses the AtlasPlan production planning software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AtlasPlan Enterprise software, version 8, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, scripts and other material written by the Vendor specifically for the Customer under Article 3, including their source code.
P:1.3 "Customer Data" means all orders, bills of materials, routings, stock records, production records and other data entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business in its plants in China, for up to 160 named users and three production sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Affiliates of the Customer may use the Software under the same terms after written notice to the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall carry out the implementation: a design workshop, configuration of planning rules for each plant, migration of open orders, bills of materials and routings, interfaces with the Customer's ERP system and shop-floor terminals, eleven custom reports and user and administrator training.
P:3.2 The Vendor shall assign a project manager fluent in Chinese or provide a qualified interpreter at its own cost, and shall follow the Customer's site safety rules.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total contract price is CNY 1,700,000, made up as follows: Software licence fee CNY 1,180,000; implementation and interfaces CNY 420,000; data migration CNY 64,000; training CNY 36,000.
P:4.2 The prices are fixed and include all taxes, travel and expenses of the Vendor's personnel.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the contract price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank in China.
P:5.2 The Customer shall pay 45% of the contract price within 20 days after Go-Live, meaning the first production plan issued from the Software in all three plants.
P:5.3 The Customer shall pay 35% of the contract price within 20 days after Final Acceptance.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall reach Go-Live within 120 days after signature. For each day of delay in Go-Live or in Final Acceptance caused by the Vendor, the Vendor shall pay liquidated damages of 0.08% of the contract price, up to 8% of the contract price in total.
P:6.2 Acceptance criteria: (a) every function in the agreed specification works as described; (b) migrated orders and bills of materials reconcile with the source records without unexplained differences; (c) a weekly plan for the largest plant is calculated in less than ten minutes; (d) the ERP interface runs for 20 working days without a Severity 1 defect; (e) documentation and source code of the Custom Deliverables are handed over.
P:6.3 The Customer shall test the system against these criteria within 30 days after Go-Live and either issue the acceptance certificate or list the defects. Go-Live, productive use or any payment is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance and will correct any defect free of charge during that period.
P:7.2 After the warranty period the Customer may order annual support for CNY 153,400 per year, which is 13% of the licence fee. This fee is fixed for the first three support years; any later change shall be agreed in writing and shall not exceed 3% in any year. Support does not renew automatically and is ordered by purchase order.
P:7.3 Severity 1 (planning cannot run in a plant): response within 1 hour, workaround within 8 hours. Severity 2 (a function fails but planning can continue): response within 2 hours, fix within 3 business days. Severity 3: response on the next business day.
P:7.4 If the Vendor misses a Severity 1 response or workaround time, it shall credit CNY 1,000 per hour of delay against the next invoice or pay it to the Customer.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify and license them freely, including through other service providers.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process it only to perform this Agreement and shall not use, disclose or analyse it for any other purpose.
P:9.2 The Software is installed on the Customer's servers. The Vendor's staff may access them only through the Customer's VPN with individual accounts approved for each session, and shall not copy Customer Data to any device outside the Customer's network. Data processing shall comply with the laws of China on data security and personal information.
P:9.3 The Vendor shall report any security incident affecting Customer Data within 24 hours, take remedial measures and compensate the Customer for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business and technical information of the other party and use it only for this Agreement, during its term and for three years after it ends.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 6.1 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:14.2 Any dispute shall be settled by arbitration under the rules of the Casablanca International Mediation and Arbitration Centre, seated in Casablanca, in English.
H:Article 15 Personnel
P:15.1 The supplying party shall assign qualified and experienced staff, shall not replace its project manager without the Customer's agreement, and shall ensure that its staff follow the Customer's site rules, safety rules and working hours. Staff who do not follow them shall be replaced at the Customer's request.
H:Article 16 Project Governance
P:16.1 Each party names a project manager. The project managers meet weekly during the rollout, record decisions in minutes signed by both, and escalate open issues to a monthly steering meeting of senior managers. The supplying party delivers a short written status report every week showing progress, risks and next steps.
H:Article 17 Customer Responsibilities
P:17.1 The Customer shall provide access to its premises, systems and key users as reasonably required, make decisions within the agreed times and provide accurate information. Delays caused by the Customer extend the affected dates accordingly.
H:Article 18 Force Majeure
P:18.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics or government action, provided that it notifies the other party within five working days, gives evidence of the event and takes reasonable steps to reduce its effects. The affected dates are extended by the duration of the event.
H:Article 19 Taxes
P:19.1 Each party bears the taxes imposed on it by law. Where the Customer must withhold tax on payments abroad, it shall do so and give the supplying party the tax receipts, and the parties shall cooperate to claim any relief available under an applicable tax treaty.
H:Article 20 Anti-Bribery
P:20.1 Neither party shall offer or give any bribe, kickback, gift of value or other improper benefit to the employees or agents of the other party in connection with this agreement. A breach of this clause is a material breach.
H:Article 21 General
P:21.1 Notices shall be in writing and sent to the addresses above. This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
P:For the Vendor: ____________________   For the Customer: ____________________
"""

H408E02 = """# ORDER FORM — Carthage Menu Cloud

Order Form No. CMC-OF-2026-118, issued by Carthage Menu Software SARL, Rue Habib Bourguiba, Sfax, Tunisia ("Provider"), to Chengdu Maiyuan Bakery Chain Co., Ltd., Wuhou District, Chengdu, China ("Customer"). This Order Form and the General Terms below form the agreement.

## Part A — Order Details

**A1. Service.** Carthage Menu Cloud, Professional edition: online ordering, in-store self-order kiosks, member loyalty points, coupons, delivery dispatch and sales dashboards for 64 bakery stores and one central kitchen.

**A2. Subscription Term.** Two Subscription Years from the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The subscription ends at the end of the second Subscription Year and does not renew automatically; any renewal needs a new Order Form signed by both parties.

**A3. Fees.** At the Customer's request all fees are in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 64 stores, kiosks included | 276,000 |
| Subscription, Subscription Year 2 | 64 stores, kiosks included | 276,000 |
| Onboarding (menu set-up, member migration, POS and payment interfaces, training) | one-time | 38,000 |
| Total Contract Value | | 590,000 |

Additional stores may be added at CNY 4,300 per store per Subscription Year; such additions are outside the Total Contract Value.

**A4. Invoicing.** The subscription fee is invoiced quarterly in advance, the first quarter on the Subscription Start Date. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

**A5. Onboarding and Go-Live Acceptance.** Provider shall complete onboarding within 50 days after signature of this Order Form. Customer shall test the Service against these criteria: (a) all 64 stores and the central kitchen are live with correct menus and prices; (b) migrated member accounts and point balances reconcile with Customer's export without differences; (c) orders flow to the POS system and the payment channels in a five-day pilot in six stores with no Priority 1 incident; (d) daily sales reports match the POS totals. Customer signs a Go-Live Acceptance certificate when the criteria are met. Use of the Service during the pilot is not acceptance.

**A6. Delay.** If Go-Live Acceptance is not reached within the period in A5 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee and then from subscription invoices.

**A7. Contacts.** Provider: customer success manager, Mandarin-speaking support desk in Chengdu. Customer: IT manager of the head office.

Signed for Provider: ____________  Signed for Customer: ____________  Date: ____________

## Part B — General Terms

### 1. Service Levels

1.1 Provider shall make the ordering, kiosk and loyalty functions available 99.95% of each calendar month, excluding planned maintenance announced at least 48 hours ahead and carried out between 01:00 and 05:00 Beijing time.

1.2 Priority 1 incidents (ordering or payment unavailable in more than five stores) receive a response within 30 minutes and restoration within 3 hours. Priority 2 incidents (one function or a few stores affected) receive a response within 2 hours. Priority 3 requests are answered within two business days.

1.3 If monthly availability falls below the committed level, Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly fee. A missed Priority 1 response or restoration time earns a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice, or paid after the last Subscription Year.

### 2. Customer Data

2.1 Customer Data means menus, prices, member records, orders, payments and other data that Customer or its members enter into the Service. Customer owns Customer Data.

2.2 Customer grants Provider a licence to host and process Customer Data to provide the Service during the Subscription Term.

2.3 Customer also agrees that Provider may compile aggregated and anonymised statistics from Customer Data, such as order volumes, basket sizes and product trends, and use them for benchmarking reports offered to other clients and for product development, during the Subscription Term and afterwards.

2.4 At the end of the Subscription Term Provider shall return Customer Data in a standard format within 30 days and then delete it from its systems.

### 3. Data Security

3.1 Provider shall host the Service and Customer Data in data centres in mainland China, keep member personal information in line with the Personal Information Protection Law, encrypt data in transit and at rest, use role-based access with multi-factor authentication for its staff, and keep access logs for at least 180 days.

3.2 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take measures to contain it, cooperate with any investigation by Customer or the authorities, and bear the losses, costs and member compensation caused by an incident for which Provider is responsible.

### 4. Intellectual Property

4.1 Provider owns the Service and its software. Customer receives a right to use the Service during the Subscription Term.

4.2 Menu designs, coupon templates, report layouts and interface mappings made for Customer during onboarding belong to Customer, who may use, modify and give them to any other supplier.

### 5. Customer Obligations

5.1 Customer shall provide accurate menu and price information, keep its staff passwords secure and use the Service in accordance with applicable law.

5.2 Customer shall pay undisputed invoices when due. Late amounts bear interest of 0.02% per day.

### 6. Subcontracting

6.1 Provider shall not subcontract the hosting, support or any other part of the Service without Customer's prior written consent. Provider remains responsible for every approved subcontractor.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Provider's total liability arising out of or in connection with this agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 8. Term and Termination

8.1 This agreement runs until the end of the second Subscription Year.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. Customer may also terminate if service credits reach their maximum in two consecutive months.

8.3 On termination for Provider's breach, Provider shall refund prepaid fees for the period after termination.

### 9. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to reduce the effects.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11. Personnel

11.1 The supplying party shall assign qualified and experienced staff, shall not replace its project manager without the Customer's agreement, and shall ensure that its staff follow the Customer's site rules, safety rules and working hours. Staff who do not follow them shall be replaced at the Customer's request.

### 12. Customer Responsibilities

12.1 The Customer shall provide access to its premises, systems and key users as reasonably required, make decisions within the agreed times and provide accurate information. Delays caused by the Customer extend the affected dates accordingly.

### 13. Assignment

13.1 Neither party may assign or transfer this agreement or any right under it without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over the relevant business, after written notice to the other party.

### 14. Anti-Bribery

14.1 Neither party shall offer or give any bribe, kickback, gift of value or other improper benefit to the employees or agents of the other party in connection with this agreement. A breach of this clause is a material breach.

### 15. Taxes

15.1 Each party bears the taxes imposed on it by law. Where the Customer must withhold tax on payments abroad, it shall do so and give the supplying party the tax receipts, and the parties shall cooperate to claim any relief available under an applicable tax treaty.

### 16. Language and Counterparts

16.1 This agreement is made in English and Chinese, and both versions have equal force. It is signed in two originals, one for each party, and takes effect on signature by both parties.

### 17. Export Compliance and Changes

17.1 Each party shall comply with the export control and sanctions laws that apply to it. The supplying party confirms that nothing it delivers under this agreement needs an export licence for delivery to the Customer in China.

17.2 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule. No change is binding without a change order signed by both parties, and no extra charge is payable for work done without one.

### 18. General

18.1 Notices must be in writing and sent by email with confirmation to the addresses in the Order Form.

18.2 This Order Form and these General Terms are the entire agreement on the Service. Changes must be in writing and signed by both parties.
"""

H408E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors
P:Contract No. ZZLL-PUR-2026-0077
P:Buyer: Zhengzhou Lianleng Cold Chain Logistics Co., Ltd., Jingkai District, Zhengzhou, Henan, China.
P:Supplier: Nile Delta Instruments S.A.E., Smouha, Alexandria, Egypt, acting through its authorised agent in Shanghai.
P:Whereas the Buyer operates a cold-store site of six chambers and a loading dock and wishes to install temperature, humidity and ammonia leak monitoring, and whereas the Supplier has offered the equipment and software in its tender, the parties agree on the Buyer's standard terms below.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, gateways, ammonia leak detectors and the monitoring software licence listed in Section 2, connect them to the Buyer's warehouse management system and train the Buyer's staff.
P:1.2 All equipment shall be new, of the models stated in the tender, rated for operation at minus 30 degrees Celsius where installed in freezer chambers, and delivered with certificates of origin and calibration.
H:Section 2 Price
P:2.1 All prices are in CNY, fixed, and include delivery to the site, import duties, taxes and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|1,350|567,000
TB:2|Gateway with backup battery|36|6,800|244,800
TB:3|Ammonia leak detector|8|14,500|116,000
TB:4|Monitoring software licence, perpetual, 500 points|1|336,200|336,200
TB: |Hardware and Licence Subtotal| | |1,264,000
TB:5|Installation, cabling and commissioning|1| |148,000
TB:6|Training|1| |18,000
TB: |Contract Price| | |1,430,000
H:Section 3 Payment
P:3.1 10% of the Contract Price within 30 days after signature, against an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price after delivery and installation, against the Buyer's installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 70 days and complete installation within 100 days after signature.
P:4.2 For each day of delay in delivery, installation or Final Acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance follows a 30-day trial run. Criteria: (a) every sensor reports at the configured interval with data loss below 0.5%; (b) temperature readings agree with a calibrated reference within plus or minus 0.3 degrees Celsius; (c) ammonia alarms trigger the sirens and the SMS alert within 10 seconds in a test with reference gas; (d) the warehouse management system receives readings and alarms; (e) documentation and calibration certificates are complete.
P:5.2 The Buyer tests the system with the Supplier and signs the Final Acceptance certificate when all criteria are met. Delivery, installation or use of the system is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces faulty equipment free of charge, including batteries and calibration, and supplies software updates.
P:6.2 After the warranty, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 88,480 per year, fixed for three years. Support is ordered by purchase order and does not renew automatically.
P:6.3 Severity 1 faults (monitoring of a chamber or an ammonia detector is lost) receive a response within 1 hour and an engineer on site within 24 hours; Severity 2 faults a response within 8 business hours.
P:6.4 For each hour by which a Severity 1 response or site visit is late, the Supplier credits CNY 800.
H:Section 7 Data
P:7.1 All readings, alarms and logs are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The monitoring server is installed in the Buyer's server room. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:7.3 The Supplier shall report any security incident within 12 hours and is liable for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Configuration files, site maps, interface programs and reports prepared for the Buyer belong to the Buyer, who may modify and use them freely.
P:8.2 The software remains the property of its owner and is licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it without prior written consent, during the Contract and for three years after it ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Section 14 Personnel
P:14.1 The supplying party shall assign qualified and experienced staff, shall not replace its project manager without the Customer's agreement, and shall ensure that its staff follow the Customer's site rules, safety rules and working hours. Staff who do not follow them shall be replaced at the Customer's request.
H:Section 15 Project Governance
P:15.1 Each party names a project manager. The project managers meet weekly during the rollout, record decisions in minutes signed by both, and escalate open issues to a monthly steering meeting of senior managers. The supplying party delivers a short written status report every week showing progress, risks and next steps.
H:Section 16 Documentation and Training
P:16.1 The supplying party shall provide user and administrator manuals in Chinese, deliver the training in Chinese or with an interpreter, and test the participants at the end of each course so that the Customer's staff can operate the system on their own.
H:Section 17 Customer Responsibilities
P:17.1 The Customer shall provide access to its premises, systems and key users as reasonably required, make decisions within the agreed times and provide accurate information. Delays caused by the Customer extend the affected dates accordingly.
H:Section 18 Force Majeure
P:18.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics or government action, provided that it notifies the other party within five working days, gives evidence of the event and takes reasonable steps to reduce its effects. The affected dates are extended by the duration of the event.
H:Section 19 Notices
P:19.1 Notices under this agreement must be in writing and delivered by courier or by email to the addresses stated at the beginning of this agreement. A courier notice is received on the third working day after dispatch, and an email notice when it enters the recipient's mail system. Each party shall inform the other party promptly of any change of address.
H:Section 20 Assignment
P:20.1 Neither party may assign or transfer this agreement or any right under it without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over the relevant business, after written notice to the other party.
H:Section 21 Anti-Bribery
P:21.1 Neither party shall offer or give any bribe, kickback, gift of value or other improper benefit to the employees or agents of the other party in connection with this agreement. A breach of this clause is a material breach.
H:Section 22 Taxes
P:22.1 Each party bears the taxes imposed on it by law. Where the Customer must withhold tax on payments abroad, it shall do so and give the supplying party the tax receipts, and the parties shall cooperate to claim any relief available under an applicable tax treaty.
H:Section 23 Export Compliance
P:23.1 Each party shall comply with the export control and sanctions laws that apply to it. The supplying party confirms that nothing it delivers under this agreement needs an export licence for delivery to the Customer in China.
H:Section 24 Changes
P:24.1 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule. No change is binding without a change order signed by both parties, and no extra charge is payable for work done without one.
H:Section 25 Language and Counterparts
P:25.1 This agreement is made in English and Chinese, and both versions have equal force. It is signed in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H408E04 = """# Managed Meeting-Room Services Agreement

Agreement No. IDS-NJ-2026-09

**Between** Irbid Digital Services LLC, University Street, Irbid, Jordan ("Provider") **and** Nanjing Jinhe Real Estate Development Co., Ltd., Jianye District, Nanjing, China ("Customer").

**Background.** Customer has 46 meeting rooms in its head office and three sales centres. Provider offers a managed service for video-conferencing and meeting-room equipment, including installation, monitoring, support and replacement. The parties agree as follows.

1. Services

1.1 Provider shall install, operate, monitor and maintain the video-conferencing endpoints, room controllers, booking panels and wireless presentation devices listed in Schedule 1, and provide a help desk for Customer's users.

1.2 The equipment remains Provider's property. Provider replaces faulty or outdated devices at its own cost during the Term.

2. Term

2.1 The Term is 24 months from the Service Start Date, which is the date of the Service Acceptance certificate. The agreement ends at the end of the Term and does not renew automatically.

3. Charges and Payment

3.1 At the Customer's request all charges are in CNY, as set out in Schedule 2.

3.2 The monthly charge is invoiced monthly in arrears. The set-up charge is invoiced after Service Acceptance. No charge is payable in advance. Invoices are payable within 30 days.

4. Rollout and Service Acceptance

4.1 Provider shall complete rollout in all rooms within 60 days after signature.

4.2 Service Acceptance criteria: (a) every room in Schedule 1 can start a call with one touch and join the Customer's conference platform; (b) audio and video quality tests pass in every room; (c) booking panels show the correct calendar; (d) monitoring shows all devices online for seven consecutive days; (e) user guides and room sheets are delivered. Customer signs the Service Acceptance certificate when all criteria are met. Installation or use of the rooms is not acceptance.

4.3 If Service Acceptance is late for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay.

5. Service Levels

5.1 Service levels are set out in Schedule 3. Service credits under Schedule 3 are deducted from the next invoice.

6. Customer Data

6.1 Meeting schedules, room booking records, call logs, user directory entries and any recordings made on Customer's instruction are Customer Data. Customer Data belongs to Customer.

6.2 Provider shall use Customer Data only to provide the Services and shall not sell, disclose or exploit it for any other purpose. At the end of the Term Provider shall return Customer Data to Customer.

7. Intellectual Property

7.1 Room configurations, one-touch dialling settings, user guides and room sheets prepared for Customer belong to Customer, who may use and modify them and give them to another service provider.

7.2 Provider and its licensors keep the rights in the device software and the monitoring platform.

8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this agreement and not disclose it to third parties without prior written consent. This obligation lasts for three years after the Term.

9. Subcontracting

9.1 Provider may use subcontractors, including local installation companies and the equipment manufacturers' service partners in China, for any part of the Services by giving Customer written notice before the subcontractor starts work. Provider remains responsible for its subcontractors.

10. Liability

10.1 Provider's total liability under this agreement is limited to 150% of the total charges for the Term, except for personal injury and wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

11. Termination

11.1 Either party may terminate by written notice if the other commits a material breach and does not remedy it within 30 days after notice.

11.2 Customer may terminate if service credits reach their monthly maximum in three consecutive months.

12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanjing Arbitration Commission.

13. Personnel

13.1 The supplying party shall assign qualified and experienced staff, shall not replace its project manager without the Customer's agreement, and shall ensure that its staff follow the Customer's site rules, safety rules and working hours. Staff who do not follow them shall be replaced at the Customer's request.

14. Project Governance

14.1 Each party names a project manager. The project managers meet weekly during the rollout, record decisions in minutes signed by both, and escalate open issues to a monthly steering meeting of senior managers. The supplying party delivers a short written status report every week showing progress, risks and next steps.

15. Documentation and Training

15.1 The supplying party shall provide user and administrator manuals in Chinese, deliver the training in Chinese or with an interpreter, and test the participants at the end of each course so that the Customer's staff can operate the system on their own.

16. Customer Responsibilities

16.1 The Customer shall provide access to its premises, systems and key users as reasonably required, make decisions within the agreed times and provide accurate information. Delays caused by the Customer extend the affected dates accordingly.

17. Force Majeure

17.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics or government action, provided that it notifies the other party within five working days, gives evidence of the event and takes reasonable steps to reduce its effects. The affected dates are extended by the duration of the event.

18. Notices

18.1 Notices under this agreement must be in writing and delivered by courier or by email to the addresses stated at the beginning of this agreement. A courier notice is received on the third working day after dispatch, and an email notice when it enters the recipient's mail system. Each party shall inform the other party promptly of any change of address.

19. Assignment

19.1 Neither party may assign or transfer this agreement or any right under it without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over the relevant business, after written notice to the other party.

20. Anti-Bribery

20.1 Neither party shall offer or give any bribe, kickback, gift of value or other improper benefit to the employees or agents of the other party in connection with this agreement. A breach of this clause is a material breach.

21. Taxes

21.1 Each party bears the taxes imposed on it by law. Where the Customer must withhold tax on payments abroad, it shall do so and give the supplying party the tax receipts, and the parties shall cooperate to claim any relief available under an applicable tax treaty.

22. Changes

22.1 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule. No change is binding without a change order signed by both parties, and no extra charge is payable for work done without one.

23. Records

23.1 The supplying party shall keep complete records of the work performed and of each support ticket and shall make them available to the Customer for review on reasonable notice.

24. Language and Counterparts

24.1 This agreement is made in English and Chinese, and both versions have equal force. It is signed in two originals, one for each party, and takes effect on signature by both parties.

25. Export Compliance

25.1 Each party shall comply with the export control and sanctions laws that apply to it. The supplying party confirms that nothing it delivers under this agreement needs an export licence for delivery to the Customer in China.

Signed for Provider: ____________  Signed for Customer: ____________

## Schedule 1 — Rooms and Equipment

| Site | Rooms | Endpoints | Booking panels | Presentation devices |
|---|---|---|---|---|
| Head office | 30 | 30 | 30 | 30 |
| Sales centre East | 6 | 6 | 6 | 6 |
| Sales centre South | 5 | 5 | 5 | 5 |
| Sales centre North | 5 | 5 | 5 | 5 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly charge | 46 rooms, per month | 31,500 |
| Monthly charges for the Term | 24 months | 756,000 |
| Set-up charge | one-time | 44,000 |
| Total charges for the Term | | 800,000 |

## Schedule 3 — Service Levels

| Level | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Boardroom or more than five rooms cannot hold calls | 30 minutes | 3 hours |
| P2 | One room cannot hold calls | 1 hour | next business day |
| P3 | Minor fault or request | 1 business day | 3 business days |

| Measure | Target | Service credit |
|---|---|---|
| Room availability per month | 99.95% | 3% of the monthly charge per 0.1 point below target |
| P1 response or restoration | as above | CNY 600 per hour late |
| Monthly maximum | | 20% of the monthly charge |
"""

H408E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDF-2026-NB-015

PROVIDER: Cedar Data Feeds SAL, Rue du Port, Byblos (Jbeil), Lebanon.
CUSTOMER: Ningbo Haiyue International Freight Forwarding Co., Ltd., Beilun District, Ningbo, Zhejiang, China.

BACKGROUND
The Customer arranges sea freight for exporters and wants vessel schedules, port-call events and container milestone data in its own tracking system. The Provider sells access to such data through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS
1.1 "Subscription Year 1" runs from 1 July 2026 to 30 June 2027 and "Subscription Year 2" from 1 July 2027 to 30 June 2028. Each is a "Subscription Year".
1.2 "Data" means the vessel schedules, port-call events, container milestones and related reference tables delivered through the API.
1.3 "Customer Inputs" means booking numbers, container numbers, bills of lading, shipper names and other information the Customer sends to the API in queries.
1.4 "Integration Adapter" means the software module the Provider writes to connect the API with the Customer's tracking system.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive right during each Subscription Year to call the API and to use the Data in its tracking system and in shipment notices to its own clients.
2.2 The subscription includes 3,000,000 API calls per Subscription Year. Further calls are charged at CNY 45 per 10,000 calls, invoiced quarterly in arrears.

3. FEES AND PAYMENT
3.1 All fees are in Chinese yuan (CNY).
3.2 Subscription fee: CNY 198,000 per Subscription Year, CNY 396,000 for the two Subscription Years. Integration Adapter and onboarding: CNY 24,000, one-time. Total contract value: CNY 420,000, excluding additional calls.
3.3 The subscription fee for each Subscription Year is invoiced on its first day. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

4. ONBOARDING AND INTEGRATION ACCEPTANCE
4.1 The Provider shall deliver production credentials, documentation and the Integration Adapter by 20 June 2026.
4.2 For each day by which delivery is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300, deducted from the next invoice.
4.3 Integration Acceptance criteria: (a) queries for a test list of 500 containers return milestone events matching carrier records in at least 98% of cases; (b) vessel schedules for the 40 main routes of the Customer are complete; (c) the Integration Adapter loads data into the tracking system without errors for ten consecutive working days; (d) documentation and adapter source code are handed over. The Customer signs an Integration Acceptance certificate when the criteria are met. Use of the API before that date is not acceptance.

5. AVAILABILITY AND SUPPORT
5.1 The Provider will use commercially reasonable efforts to keep the API available and the Data current. Data depends on carriers and ports and may be delayed or incomplete.
5.2 Support requests are handled by email during business hours in Beirut. The Provider answers support requests as soon as practicable.

6. RENEWAL
6.1 At the end of Subscription Year 2 this Agreement renews automatically for a further Subscription Year, and after that for each following Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the renewal date.
6.2 For each renewed Subscription Year, the subscription fee is the Provider's list price then in effect, which the Provider may change at its discretion.

7. CUSTOMER INPUTS AND DATA SECURITY
7.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to answer the Customer's queries and shall not disclose them, combine them with other clients' data or use them for any other purpose.
7.2 The Provider shall protect Customer Inputs with encryption in transit, access control, logging and deletion of query logs after 90 days, and shall comply with the data laws of China applicable to data it receives from the Customer.
7.3 The Provider shall notify the Customer of any unauthorised access to Customer Inputs within 24 hours, take measures to stop it and compensate the Customer for losses caused by the Provider's failure to meet this Clause.

8. INTELLECTUAL PROPERTY
8.1 The Provider and its sources keep all rights in the API and the Data, except the rights granted in Clause 2.
8.2 The Integration Adapter, including its source code, belongs to the Customer, who may use, modify and license it freely and have it maintained by any other supplier.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the non-public information received from the other party, including prices, client names and technical documents, use it only for this Agreement and not disclose it without the other party's prior written consent, during the Agreement and for three years after it ends.

10. SUBCONTRACTING
10.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent. Data sources such as carriers and port authorities are not subcontractors.

11. LIABILITY
11.1 The Provider's total liability under this Agreement is limited to twice the total contract value, except for wilful misconduct and breach of Clauses 7 and 9.
11.2 Neither party is liable for indirect loss or loss of profit.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after the notice.
12.2 On termination for the Provider's breach, the Provider refunds the fees paid for the remaining part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

14. PERSONNEL
14.1 The supplying party shall assign qualified and experienced staff, shall not replace its project manager without the Customer's agreement, and shall ensure that its staff follow the Customer's site rules, safety rules and working hours. Staff who do not follow them shall be replaced at the Customer's request.

15. CUSTOMER RESPONSIBILITIES
15.1 The Customer shall provide access to its premises, systems and key users as reasonably required, make decisions within the agreed times and provide accurate information. Delays caused by the Customer extend the affected dates accordingly.

16. FORCE MAJEURE
16.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics or government action, provided that it notifies the other party within five working days, gives evidence of the event and takes reasonable steps to reduce its effects. The affected dates are extended by the duration of the event.

17. NOTICES
17.1 Notices under this agreement must be in writing and delivered by courier or by email to the addresses stated at the beginning of this agreement. A courier notice is received on the third working day after dispatch, and an email notice when it enters the recipient's mail system. Each party shall inform the other party promptly of any change of address.

18. ASSIGNMENT
18.1 Neither party may assign or transfer this agreement or any right under it without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over the relevant business, after written notice to the other party.

19. ANTI-BRIBERY
19.1 Neither party shall offer or give any bribe, kickback, gift of value or other improper benefit to the employees or agents of the other party in connection with this agreement. A breach of this clause is a material breach.

20. TAXES
20.1 Each party bears the taxes imposed on it by law. Where the Customer must withhold tax on payments abroad, it shall do so and give the supplying party the tax receipts, and the parties shall cooperate to claim any relief available under an applicable tax treaty.

21. EXPORT COMPLIANCE
21.1 Each party shall comply with the export control and sanctions laws that apply to it. The supplying party confirms that nothing it delivers under this agreement needs an export licence for delivery to the Customer in China.

22. CHANGES
22.1 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule. No change is binding without a change order signed by both parties, and no extra charge is payable for work done without one.

23. RECORDS
23.1 The supplying party shall keep complete records of the work performed and of each support ticket and shall make them available to the Customer for review on reasonable notice.

24. LANGUAGE AND COUNTERPARTS
24.1 This agreement is made in English and Chinese, and both versions have equal force. It is signed in two originals, one for each party, and takes effect on signature by both parties.

25. DOCUMENTATION AND TRAINING
25.1 The supplying party shall provide user and administrator manuals in Chinese, deliver the training in Chinese or with an interpreter, and test the participants at the end of each course so that the Customer's staff can operate the system on their own.

SIGNATURES
For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h408z01_market_regulator_special_equipment_platform.pdf", "pdf", H408Z01),
    "z02": ("h408z02_cement_kiln_control_retrofit.docx", "docx", H408Z02),
    "z03": ("h408z03_housekeeping_chain_dispatch_saas.txt", "txt", H408Z03),
    "z04": ("h408z04_archives_digital_system_annual_om.txt", "txt", H408Z04),
    "z05": ("h408z05_snail_noodle_traceability_supplier_template.md", "md", H408Z05),
    "e01": ("h408e01_furniture_planning_licence_morocco_vendor.pdf", "pdf", H408E01),
    "e02": ("h408e02_bakery_ordering_saas_order_form_tunisia.md", "md", H408E02),
    "e03": ("h408e03_cold_store_sensors_egypt_supplier.docx", "docx", H408E03),
    "e04": ("h408e04_managed_meeting_rooms_jordan_provider.md", "md", H408E04),
    "e05": ("h408e05_freight_data_api_lebanon_provider.txt", "txt", H408E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in KEYS order), extra, fee base (itemised licence/hardware subtotal), forum outside mainland
DESIGN = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2370000), 1260000, False),
    "z02": ("zh", "hardware", [None, 2, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9, False, False, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2072000), 1798000, False),
    "z03": ("zh", "cloud", [99.5, 1, True, "buyer", True, True, True, 600 / 900000 * 100, None, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=900000), None, False),
    "z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 300 / 486000 * 100, 50, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None, False),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, None, None, 65, False, False, 6, 25, False, True, None, None, G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=1000000), 760000, False),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False, "Morocco", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1700000), 1180000, True),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, False, False, 400 / 590000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=590000), None, False),
    "e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1430000), 1264000, False),
    "e04": ("en", "services", [99.95, 0.5, True, "buyer", False, True, True, 500 / 800000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=800000), None, False),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 300 / 420000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=420000), None, False),
}
PLANNED = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-TERMINATION"], "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base, forum_outside):
    """My own reading of policy.md §3 (not project code)."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- thresholds
THRESH = [
    r"(?<![\d.])99[.．]9(?!\d)", r"(?<![\d.])4\s*-?\s*(?:个)?(?:小时|hours?|hrs?|h\b)", r"(?<![十\d])[四肆]\s*(?:个)?小时",
    r"\bfour[\s-]*hours?", r"fourhours?", r"(?<![\d.])240\s*(?:分钟|min)", r"(?<![\d.])0?\.05(?!\d)\s*%", r"万分之[五伍](?![十拾百佰千仟\d])",
    r"(?<![\d.])0\.5\s*‰", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之(?:百|一百)(?![零一二三四五六七八九十])",
    r"one\s*hundred\s*per\s*cent", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"[三叁]成",
    r"thirty\s*per\s*cent", r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"十二个月", r"[一壹]年(?!度)", r"\btwelve[\s-]*months?",
    r"twelvemonths?", r"\bone[\s-]*years?\b", r"oneyears?", r"(?<![\d.])1\s*-?\s*(?:years?\b|年(?!度))",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"[四肆]成", r"forty\s*per\s*cent",
    r"(?<![\d.])5\s*-?\s*(?:年(?!度)|years?)", r"(?<![十\d])[五伍]年", r"\bfive[\s-]*years?", r"fiveyears?",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?)", r"六十个月", r"sixty[\s-]*months?",
]
RX = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "一年", "one year", "twelve months", "12 months", "15%", "百分之十五",
            "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "forty per cent"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours", "99.5%",
             "130%", "0.30%", "2026年", "一个服务年度", "三年", "Subscription Year", "2 hours", "55%", "35%", "140%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15): m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind, src) in FILES.items():
        lang, cat, vals, extra, base, forum = DESIGN[k]
        terms = dict(zip(KEYS, vals))
        rules = derive_rules(terms, extra, base, forum)
        assert rules == sorted(PLANNED[k]), (k, rules, PLANNED[k])
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # no label value on a threshold
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert terms[key] is None or abs(terms[key] - thr) > 1e-9, (k, key)
        sh = tco_share(terms, extra, base)
        if sh is not None:
            assert abs(sh - 40) > 2, (k, sh)
        text = read_back(OUT / name, kind)
        n = measure(text, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((k, "length", n))
        for h in hits(text) + hits(src):
            problems.append((k, "threshold", h))
        print(f"{k} {name} {lang} len={n} rules={rules} risk={risk(rules)} tco={None if sh is None else round(sh, 1)}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")
