"""holdout631: builds the ten blind held-out drafts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes the .json labels, and asserts lengths, threshold-free text and values, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:城市燃气管网智能巡检监测平台采购合同
P:合同编号：RQJT-CG-2025-0417
P:甲方（采购人）：江城燃气集团有限公司
P:乙方（供应商）：华枢智联科技股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件（项目编号：JCZC2025-GK-0331）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市燃气管网智能巡检监测平台软件许可（永久许可，不限用户数），并完成巡检移动应用定制、泄漏监测数据接口、GIS系统对接等定制开发以及部署实施、培训工作。
P:1.2 平台应覆盖甲方所辖中压管网约一千八百公里、调压站一百二十六座、阀井四千余处，实现巡检计划编排、巡检轨迹管理、隐患上报与派单、泄漏报警与处置闭环、第三方施工监护等业务的线上管理。
P:1.3 详细功能及技术要求以招标文件第五章《用户需求书》和附件一《功能清单》为准。乙方投标文件中优于招标文件要求的承诺，一并构成乙方的合同义务。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），含税，其中：平台软件许可费¥1,260,000；定制开发费¥684,000；实施部署费¥138,000；培训费¥28,000。
P:2.2 上述价款为固定总价，已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件授权、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票及银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收、乙方提交全部交付文档和源代码后，甲方支付合同总价的35%。
P:3.4 甲方每次付款前，乙方应提供合法有效的增值税专用发票。因乙方发票不合规导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成平台部署及定制开发并具备上线条件，一百五十日内完成试运行并提请最终验收。
P:4.2 乙方应派驻不少于六人的实施团队，项目经理未经甲方书面同意不得更换。乙方人员应遵守甲方的安全生产及场站出入管理规定。
P:4.3 平台部署在甲方指定的机房，乙方应遵守甲方的机房管理和网络接入规定，不得擅自开通外网访问通道。
H:第五条 验收
P:5.1 初步验收：定制功能按《功能清单》逐项测试通过；巡检移动应用在甲方提供的三种主流终端上运行正常；泄漏监测接口数据延迟不超过十秒；GIS图层与甲方现有管网数据逐条比对一致。
P:5.2 最终验收：平台连续试运行六十日，期间未发生一级故障；在三百个并发用户下，常用页面响应时间不超过三秒；第三方安全测评无高危漏洞；乙方完成全部培训，并提交用户手册、运维手册、接口文档及源代码。
P:5.3 双方依据上述标准共同组织验收并签署验收报告。平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划内维护除外，维护须提前三个工作日告知甲方并安排在夜间进行）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或泄漏报警中断）乙方应在30分钟内响应，两小时内到场处理；二级故障（主要功能不可用）一小时内响应；三级故障（一般功能缺陷）八小时内响应。
P:6.3 乙方未达到上述要求的，一级故障每迟延响应一小时，向甲方支付服务违约金人民币一千元；月可用率每低于承诺值0.01个百分点，向甲方支付人民币二千元。上述款项可由甲方从应付款或履约保证金中直接扣除。
H:第七条 质保期与维保服务
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方可选择与乙方签订年度维保合同。年度维保费不超过平台软件许可费的9%，即每年不超过人民币113,400元，该价格在质保期满后三年内保持不变。
P:7.3 维保合同按年签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的巡检应用、接口程序、配置文件及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证其交付成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的管网数据、巡检记录、用户信息及其衍生数据均属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密传输、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同中获知的对方商业秘密、技术资料及管网布局信息负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务在本合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 乙方不得将本合同的全部或部分工作分包或转包给第三方。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒收，并要求乙方退还已付款项、赔偿损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方有权解除本合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的工作成果、源代码及全部项目文档，并配合甲方或甲方指定的第三方完成平台交接。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商处理。
P:14.2 不可抗力事件消除后，双方应尽快恢复履行；影响持续超过三十日的，双方可协商调整工期或终止合同。
P:14.3 乙方应为派驻人员办理工伤保险及人身意外伤害保险，乙方人员在甲方场站作业期间发生的人身伤害由乙方负责。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：功能清单；附件二：分项报价表；附件三：服务承诺书。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z02 = """T:热处理生产线控制系统改造及维保合同
P:合同编号：CL-JS-2025-062
P:甲方：台州恒锐齿轮有限公司
P:乙方：浙江启衡自动化工程有限公司
P:甲方为提升渗碳淬火生产线的工艺稳定性，委托乙方对两条连续式热处理生产线的控制系统进行改造，并提供质保期满后的维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 更换两条生产线原有的继电器控制系统，新装可编程控制器及控制柜，加装炉温、碳势传感器及变送器，配置工业触摸屏和工控机，并部署热处理过程管理软件。
P:1.2 实现炉温、碳势、淬火油温的自动控制与记录，工艺曲线按零件图号自动调用，批次数据可追溯至每一炉次。
P:1.3 改造须在甲方安排的两次停产检修窗口内完成，每次停炉时间不超过九日。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰壹拾柒万元整（¥1,170,000），含税，分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制器（PLC）及控制柜|4套|96,000|384,000
TB:2|炉温/碳势传感器及变送器|48套|3,500|168,000
TB:3|工业触摸屏及工控机|6台|21,000|126,000
TB:4|热处理过程管理软件许可（永久）|1套|236,000|236,000
TB:—|设备及软件小计|—|—|914,000
TB:5|安装调试及接线|1项|142,000|142,000
TB:6|工艺曲线定制开发|1项|96,000|96,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:—|合计|—|—|1,170,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并经双方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为验收。
P:3.3 改造完成并通过最终验收后，甲方支付合同总价的45%。
P:3.4 合同总价的10%作为质量保证金，质保期满且无未决质量问题的，甲方于二十日内无息支付。
H:第四条 交货与施工
P:4.1 设备应于合同生效后六十日内送达甲方热处理车间，乙方负责卸货及就位。
P:4.2 乙方应按经甲方批准的施工方案组织施工，遵守甲方的动火、登高、有限空间作业等安全管理制度，因乙方原因造成的安全事故由乙方负责。
H:第五条 验收
P:5.1 验收标准：控制系统连续运行三十日无一级故障；炉温均匀性符合AMS2750相应等级要求；碳势控制偏差不超过±0.08%C；工艺曲线调用正确率达到全部抽检批次合格；批次数据可完整追溯。
P:5.2 双方共同进行测试并签署验收报告。设备通电运行或甲方恢复生产，均不视为验收合格。
H:第六条 质保与服务水平
P:6.1 质保期为二十四个月，自最终验收之日起计算，质保期内乙方免费维修或更换故障部件并免费升级软件。
P:6.2 过程管理软件及数据采集服务的月可用率不低于99.5%；每低于0.1个百分点，乙方向甲方支付人民币一千五百元。
P:6.3 一级故障（导致停炉或工艺失控）乙方应在30分钟内响应，两小时内到达现场；二级故障两小时内响应，次日到场。每迟延一小时，乙方向甲方支付人民币八百元。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的8%计取，即每年人民币73,120元，质保期满后三年内不上调。维保合同逐年签订，不自动续期。
H:第七条 知识产权与数据
P:7.1 乙方为本项目定制的工艺曲线、控制程序及其源代码归甲方所有，甲方可自行修改或委托他人修改。管理软件标准版本的知识产权归乙方，甲方享有永久使用权。
P:7.2 生产工艺参数、炉次记录等数据属于甲方，乙方不得用于本合同以外的用途。乙方远程诊断须经甲方逐次授权并通过甲方指定的安全网关进行，不得留存数据副本；发生数据泄露的，乙方应在两小时内报告并承担赔偿责任。
H:第八条 保密
P:8.1 乙方对甲方的工艺参数、图纸和生产信息负有保密义务，不得向任何第三方披露，保密期限至合同终止后三年。
H:第九条 分包
P:9.1 乙方可将电气安装及布线工程分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包部分的质量和安全向甲方负责。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方未按约定完成改造导致甲方停产延长的，还应赔偿甲方由此产生的直接损失。
H:第十条之一 项目管理与培训
P:10.3 乙方应指定一名具有热处理控制项目经验的项目经理，负责施工组织、进度协调和质量控制，每周向甲方提交书面周报，说明已完成工作、下周计划及存在的问题。
P:10.4 施工前，乙方应对原有控制系统的程序、参数和接线进行完整备份，并制定回退方案；改造期间如出现影响恢复生产的情况，乙方应立即启动回退方案，确保甲方按计划复产。
P:10.5 乙方应对甲方的操作工、工艺员和设备维修人员分别进行培训，培训内容包括系统操作、工艺曲线编辑、报警处理、日常点检和常见故障排除，培训后进行考核，考核合格的人员不少于二十名。
P:10.6 乙方应在最终验收前向甲方提交竣工图纸、电气原理图、接线表、控制程序备份、软件安装介质、设备说明书、备品备件清单及操作维护手册，文档应为中文版本，并提供纸质和电子文件各一套。
P:10.7 质保期内，乙方应每季度对控制系统进行一次现场巡检，检查传感器标定状态、控制柜散热及接线紧固情况，并出具巡检报告；传感器标定到期的，乙方负责免费重新标定。
P:10.8 因甲方工艺调整需要变更控制功能的，双方应书面确认变更内容、费用和工期后实施；未经书面确认，乙方不得擅自变更控制程序。
P:10.9 乙方提供的设备应为全新、原厂正品，附有出厂合格证及检测报告，主要部件的品牌和型号应与投标文件一致，不得以其他型号替代。
P:10.10 乙方应在合同生效后十五日内提交详细施工计划和停炉期间的工作分解表，明确每日工作内容、人员安排和关键检查点，经甲方确认后执行。停炉检修期间，乙方应安排足够人员两班倒施工，确保按期复产。
P:10.11 乙方应在施工现场设置安全员，每日开工前进行安全交底，施工区域设置隔离和警示标识。拆除的旧控制柜及线缆由乙方分类整理后交甲方处置，乙方不得擅自带离甲方厂区。
P:10.12 每条生产线改造完成后，乙方应配合甲方进行首炉试生产，对首批零件的硬度、渗层深度和金相组织进行检测，检测结果符合甲方工艺文件要求后方可转入连续生产。
P:10.13 乙方应向甲方提供控制系统的操作员和工程师两级账号，工程师账号的口令由甲方保管；乙方调试结束后应移交全部账号，不得保留任何未告知甲方的后门账号或远程访问通道。
H:第十一条 解除
P:11.1 乙方严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议提交台州仲裁委员会仲裁。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """连锁瑜伽门店预约与会员管理SaaS服务合同

合同编号：YJ-IT-2025-018
甲方：上海悦澄瑜伽健身管理有限公司
乙方：杭州约课云网络科技有限公司

甲方在全国经营四十五家瑜伽门店，现订购乙方的门店预约与会员管理SaaS服务并委托乙方完成上线实施。双方依据《中华人民共和国民法典》，经平等协商订立本合同。

一、服务内容
（一）乙方向甲方四十五家门店提供云端预约排课、会员卡管理、储值与消费、私教课时管理、小程序预约、营销券、数据报表等SaaS服务。
（二）乙方负责实施工作，包括：
1. 将甲方现有系统中的会员档案、剩余课时及储值余额迁移至本服务；
2. 按甲方品牌规范配置会员小程序页面及消息模板；
3. 开发与甲方财务系统的日结数据接口；
4. 对门店店长及前台人员进行培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。

二、费用
（一）订阅费按门店计收，每家门店每个服务年度人民币3,600元，四十五家门店每个服务年度合计人民币162,000元，两个服务年度合计人民币324,000元。
（二）实施费为人民币86,000元，为一次性费用。
（三）本合同总价为人民币410,000元，含税。
（四）服务期内甲方新增门店的，按同一单价按月折算计费；关闭门店的，自次月起停止计费。

三、付款
（一）实施费在上线验收合格后十五个工作日内一次付清。
（二）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（三）乙方应在收款前开具合法有效的增值税发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置及接口开发，具备上线条件。
（二）上线验收标准：
1. 会员档案、剩余课时、储值余额迁移后与原系统逐条核对一致，差异为零；
2. 小程序预约、取消、候补、签到等流程在全部门店测试通过；
3. 日结数据接口连续十日与财务系统对账无差异；
4. 在两千名会员同时预约时，预约页面响应时间不超过两秒。
（三）双方依据上述标准签署上线验收单。试运行期间甲方门店的使用不视为验收合格。
（四）因乙方原因未能按期具备上线条件的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证服务的月可用率不低于99.95%，计划维护应安排在凌晨零点至六点之间并提前两日通知甲方。
（二）故障分级：
1. 一级故障：预约、签到或会员消费功能在多家门店无法使用，乙方应在8小时内响应并尽快恢复；
2. 二级故障：部分功能异常但不影响门店营业，乙方应在一个工作日内响应；
3. 三级故障：咨询或一般问题，乙方应在两个工作日内答复。
（三）乙方每月向甲方提供一次服务运行报告，列明可用率和故障处理情况。

六、数据归属与数据安全
（一）甲方会员的个人信息、预约及消费记录、储值数据等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云资源，采取加密存储、访问控制、操作日志留存等措施，并遵守《个人信息保护法》的要求。
（三）发生数据泄露或丢失的，乙方应在六小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员支付的赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

七、知识产权
（一）SaaS平台本身的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面模板、财务接口程序及数据迁移脚本，其知识产权归甲方所有，甲方可自行修改使用或交由其他服务商使用。

八、保密
双方对因本合同获知的对方经营信息、会员信息和技术资料负有保密义务，未经对方书面同意不得披露。保密义务不因合同终止而解除。

九、分包
乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十、续期
服务期满前三十日内，双方均未书面提出不续约的，本合同自动续期一个服务年度，续期可多次发生。续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权据此调整单价。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还未使用期间的订阅费。
（二）乙方服务连续中断超过两日的，甲方有权解除本合同。

十一之一、双方的其他义务
（一）甲方应指定一名项目负责人，协调门店配合数据核对和测试，并按约定及时提供原系统的数据导出文件和财务接口说明。
（二）乙方应指定专属客户成功经理，负责服务期内的需求对接、培训安排和服务运行报告的解读，每季度至少一次到甲方总部进行服务回顾。
（三）乙方应在服务期内持续提供产品功能更新，新版本上线前应提前七日通知甲方，并提供更新说明；更新不得降低本合同约定的功能。涉及门店操作流程变化的，乙方应提供线上培训和操作指引。
（四）乙方应提供每日九时至二十二时的在线客服和电话支持，门店人员可通过小程序后台直接提交问题工单，乙方应在工单系统中记录处理过程，甲方可随时查询。
（五）对于甲方新开门店，乙方应在接到通知后五个工作日内完成开通、配置和店员培训，不另收实施费。
（六）乙方应保证服务符合国家关于预付式消费、会员储值管理的相关规定，并按甲方要求提供储值余额明细，配合甲方完成主管部门的检查。
（七）乙方应每季度对服务进行一次安全检测，发现中高危漏洞的，应在十日内修复并将修复情况书面告知甲方。
（八）服务期满或合同终止时，乙方应配合甲方将数据迁移至新的系统，提供完整的数据字典和导出文件，迁移配合工作不另收费。

十一之二、服务变更与通知
（一）甲方需要增加服务模块或定制功能的，应书面提出需求，乙方应在五个工作日内提交方案和报价，经双方书面确认后实施。未经甲方书面确认，乙方不得向甲方收取额外费用。
（二）乙方计划停止提供某项功能或对产品进行重大调整的，应至少提前六十日书面通知甲方，并提供替代方案；因此给甲方造成损失的，乙方应予赔偿。
（三）乙方变更公司名称、注册地址或控制权的，应在变更后十日内书面通知甲方。
（四）本合同项下的通知应以书面形式送达合同首页载明的地址，或发送至双方指定的电子邮箱。以电子邮件发送的，自发送成功之日视为送达。
（五）双方指定的联系人发生变化的，应在三日内通知对方；未及时通知造成的后果由变更方承担。
（六）乙方应遵守甲方的供应商廉洁规定，不得向甲方员工提供任何不正当利益，一经查实，甲方有权追究乙方责任。

（七）乙方应向甲方提供服务的操作手册、管理员手册和常见问题汇编，并随产品更新及时修订；门店新入职员工可通过乙方的在线课程自主学习，不另收费用。

（八）甲方各门店的营业时间和课程安排由甲方自行设置，乙方应保证系统支持按门店设置不同的预约规则、取消时限和候补规则。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十三、其他
本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

Z04 = """中共江宁市委党校教学管理系统年度运维服务合同

项目名称：教学管理系统运维服务（竞争性磋商）
磋商编号：JNDX-CS-2025-07
甲方：中共江宁市委党校
乙方：南京博衍信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方教学管理系统的年度运行维护服务订立本合同。

一、服务范围
（一）运维对象为甲方教学管理系统，包括班次管理、课程排课、学员报到与考勤、在线学习、教学评估、学员档案等子系统，以及配套的数据库、中间件和两台应用服务器。
（二）服务内容：
1. 日常巡检：每个工作日对系统运行状态、数据库空间、备份结果进行巡检并记录；
2. 故障处理：按本合同第四条的时限响应和处理各类故障；
3. 版本维护：修复系统缺陷，每季度根据甲方需求完成不超过十项的小型功能调整；
4. 重点保障：在主体班次开班、结业及考试期间安排工程师驻场保障；
5. 数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练；
6. 运维报告：每月提交运维月报，每季度提交运维分析报告。
（三）乙方应安排一名驻场工程师在甲方工作日驻场，另配备不少于两名后台工程师提供远程支持。

二、服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满，本合同终止，后续服务由甲方另行组织采购。

三、服务费用与支付
（一）年度运维服务费为人民币368,000元，含税，为固定总价。
（二）服务费按季度支付：每个季度结束且季度考核合格后十五个工作日内，甲方支付当季服务费人民币92,000元。
（三）季度考核得分低于八十分的，按本合同第七条扣减当季服务费后支付。

四、服务水平
（一）系统月可用率不低于99.95%，计划内维护须经甲方同意并安排在非教学时段。
（二）故障响应：
1. 一级故障（系统整体不可用或开班报到、考试功能中断）：乙方应在30分钟内响应，驻场工程师立即处置，两小时内恢复或启用应急方案；
2. 二级故障（部分功能不可用）：一小时内响应，八小时内解决；
3. 三级故障（一般问题）：当日响应，三个工作日内解决。
（三）乙方应建立故障台账，对每次一级故障在三个工作日内提交分析报告。

五、考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及时率、用户满意度、文档提交情况，满分一百分。
（二）服务期满前十五日内，乙方提交年度运维总结、系统文档更新及全部运维记录，甲方依据本合同约定的服务内容和各季度考核结果进行年度验收，并出具验收意见。

六、数据安全
（一）系统中的学员信息、教学档案、考勤及评估数据均属于甲方，乙方不得将其用于本合同以外的任何目的。
（二）乙方运维人员应使用甲方分配的个人账号，通过甲方堡垒机操作，所有操作留存日志；未经甲方批准，不得导出或复制数据，不得使用个人设备接入甲方网络。
（三）乙方应落实网络安全等级保护要求，及时修补系统漏洞。因乙方原因导致数据泄露、损毁或系统被攻击的，乙方应在一小时内报告甲方，采取补救措施并承担全部赔偿责任。

七、违约责任
（一）一级故障响应每迟延一小时，扣减当季服务费人民币一千元；系统月可用率每低于承诺值0.01个百分点，扣减当季服务费人民币八百元。
（二）乙方未按约定完成巡检、备份或恢复演练的，每项每次扣减人民币五百元。
（三）乙方未按甲方书面要求的期限完成版本维护或功能调整的，每逾期一日，按年度运维服务费的千分之一支付违约金。
（四）乙方的违约金及扣款，甲方可从应付服务费中直接扣除。

八、知识产权
乙方在服务过程中形成的运维文档、巡检记录、脚本、功能调整的程序代码，其知识产权归甲方所有。

九、人员与分包
（一）乙方驻场工程师应具备相应资质，更换人员须提前十日告知甲方并经甲方同意。
（二）乙方不得将本合同项下的服务分包或转包。

十、其他约定
（一）因不可抗力导致服务中断的，双方互不承担责任，但乙方应尽力恢复服务。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

十之一、运维管理要求
（一）乙方应在服务期开始后十五日内完成运维交接，梳理系统架构、服务器配置、数据库结构、接口清单及现有问题清单，形成运维基线文档并提交甲方确认。
（二）乙方应建立变更管理制度。涉及系统配置、程序发布、数据库结构调整的变更，应提前填写变更申请，说明变更内容、影响范围和回退措施，经甲方信息中心书面批准后在非教学时段实施。
（三）乙方应建立问题管理机制，对同一问题在一个季度内重复发生两次以上的，应开展根因分析并提出改进措施，报甲方确认后落实。
（四）乙方驻场工程师应遵守甲方的作息和出入管理制度，着装整洁、文明服务，在教学区域工作时不得影响正常教学秩序。驻场工程师请假的，乙方应安排同等能力的人员顶岗。
（五）每年主体班次开班前，乙方应配合甲方完成系统容量评估和压力测试，确保报到高峰期间系统稳定运行；重要会议和考试期间，乙方应提前制定保障方案并报甲方备案。
（六）乙方应每半年组织一次应急演练，演练场景包括服务器宕机、数据库故障和网络中断，演练结束后提交演练报告及改进措施。
（七）服务期满前一个月内，乙方应配合甲方或新的服务商完成运维交接，移交全部账号、文档、脚本和运维记录，并在交接完成前继续履行本合同项下的服务义务。
（八）甲方有权对乙方的服务过程进行检查，乙方应如实提供巡检记录、工单记录和操作日志。

十之二、人员与工作记录
（一）乙方驻场工程师应具备数据库管理和应用系统维护经验，熟悉甲方教学管理业务流程；后台工程师中至少一人应熟悉甲方所用数据库产品。
（二）乙方应在每个工作日结束前填写运维日志，记录巡检结果、处理的工单和遗留问题；运维日志作为季度考核和年度验收的依据之一。
（三）甲方教职工和学员通过服务热线或工单系统提出的问题，乙方应逐一登记，处理完毕后回访确认，回访满意率纳入季度考核。
（四）乙方应按甲方要求参加信息中心组织的工作例会，每月至少一次汇报运维情况和风险提示。
（五）乙方对系统进行版本维护或功能调整的，应先在测试环境验证，并提交测试记录，经甲方确认后方可发布到生产环境。
（六）乙方应协助甲方完成网络安全检查、等级保护测评和上级单位的各项信息化检查，按要求提供相关材料和整改措施。

（七）乙方应每季度对服务器操作系统、数据库和中间件进行一次健康检查，评估资源使用情况和潜在风险，提出扩容或优化建议，供甲方决策参考。
（八）乙方对系统进行的任何修改，均应同步更新系统文档，确保文档与系统实际状态一致。

（九）乙方应协助甲方对系统用户账号进行季度清理，及时停用离职人员和结业学员的账号。

十一、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十二、合同生效
本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
代表人：                            代表人：
签订日期：                          签订日期：
"""

Z05 = """# 冷链仓储管理系统（WMS）软件许可及定制开发合同

**合同文本：凌冻科技标准合同范本 V4.0**

合同编号：LD-WMS-2025-0093

甲方（用户方）：山东鲜谷速冻食品有限公司

乙方（服务方）：青岛凌冻科技有限公司

鉴于甲方拟建设冷库仓储管理系统，乙方为专业冷链仓储软件提供商，双方在平等自愿基础上，依照《中华人民共和国民法典》的规定订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“凌冻冷链WMS”软件许可（标准版、冷链温控模块及六十台RF手持终端授权），授权甲方在其自有冷库内永久使用。

1.2 乙方根据甲方需求完成以下定制开发：冷库温控系统对接、与甲方ERP系统的出入库接口、按生产批次的正向及反向追溯功能。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 凌冻冷链WMS软件许可（标准版+冷链温控模块+RF终端授权） | 860,000 |
| 2 | 定制开发（温控对接、ERP接口、批次追溯） | 420,000 |
| 3 | 实施部署及数据初始化 | 96,000 |
| 4 | 操作培训 | 14,000 |
| | 合计 | 1,390,000 |

合同总价为人民币壹佰叁拾玖万元整（¥1,390,000），含税。

## 第三条 付款方式

3.1 本合同签订后七日内，甲方向乙方支付合同总价的65%作为预付款，乙方收到预付款后启动项目。

3.2 系统上线运行后十日内，甲方向乙方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施及服务。

## 第四条 实施周期

4.1 乙方应在收到预付款后一百二十日内完成部署、定制开发和上线。

4.2 甲方应按乙方要求提供场地、网络、服务器及基础数据，并指定项目联系人。因甲方配合不到位造成的延误，实施周期相应顺延。

## 第五条 上线与验收

5.1 乙方完成部署和开发后，向甲方提交上线确认单。系统上线运行即视为甲方验收合格。

5.2 甲方应在收到上线确认单后七日内签字确认；甲方逾期未签字或未提出书面异议的，视为确认。

5.3 上线后甲方提出的新增需求或变更，乙方另行报价。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的32%每年计收，即每年人民币275,200元。

6.3 故障响应：严重故障（系统无法出入库作业）乙方应在2小时内远程响应；一般故障在一个工作日内响应。乙方将尽力在合理时间内恢复系统。

## 第七条 知识产权

7.1 凌冻冷链WMS软件及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的温控对接程序、接口程序、追溯功能模块及相关文档，其知识产权均归乙方所有。甲方在本合同授权范围内享有非独占的使用权，不得修改、反向工程或提供给第三方。

## 第八条 数据

8.1 甲方在系统中产生的库存、出入库、温控记录等业务数据归甲方所有。

8.2 为改进产品和开展行业分析，乙方有权在合同期内及合同终止后使用经脱敏处理的库存周转、出入库及温控数据，并可将分析结果用于乙方其他产品和服务。

8.3 乙方采取访问控制、加密存储和日志审计等安全措施保护甲方数据；因乙方原因导致数据泄露的，乙方应在二十四小时内通知甲方，并在本合同第十条约定的范围内承担赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密和技术信息承担保密义务，未经对方书面许可不得向第三方透露。

9.2 本条约定在合同终止后三年内有效。

## 第十条 违约责任

10.1 因乙方原因延期上线的，每延期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的百分之五。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之二十为限，且乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面催告后三十日内未改正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

## 第十一条之一 双方责任

11.3 甲方应保证提供的服务器、操作系统和数据库满足乙方提出的最低配置要求，并负责冷库现场的网络覆盖。因甲方环境原因导致系统运行异常的，乙方不承担责任。

11.4 甲方应安排专人参加培训，并按乙方提供的操作手册使用系统。因甲方人员误操作造成的数据错误，由甲方自行负责；乙方可协助恢复，但有权另行收取服务费。

11.5 乙方提供的RF手持终端授权仅限于本合同约定的数量，甲方增加终端的，应按乙方当时的报价另行购买授权。

11.6 系统上线后，甲方提出的报表调整、界面调整等需求，属于免费维护范围的由乙方免费处理，超出范围的由双方另行协商。

11.7 甲方不得将本软件复制、转让、出租或提供给任何第三方使用，不得对软件进行反编译或修改。甲方违反本款约定的，应赔偿乙方全部损失。

11.8 乙方有权在项目完成后将本项目作为案例进行宣传，但不得披露甲方的具体业务数据。

11.9 因冷库温控设备厂商接口协议变更导致对接程序需要调整的，乙方按实际工作量另行报价，甲方确认后实施。

11.10 乙方对系统运行过程中因电力中断、网络故障、冷库设备故障等非乙方原因造成的损失不承担责任。

11.11 甲方应在系统上线前完成库位编码、物料主数据和客户主数据的整理，并对数据的准确性负责。乙方可提供数据模板和导入指导。

11.12 乙方应在上线当日及其后三日安排实施人员现场支持，协助甲方完成首批出入库作业。现场支持期满后的驻场服务，按乙方的人天单价另行计费。

11.13 本合同项下甲方的联系人为仓储部负责人，乙方的联系人为项目经理，双方的通知以书面或电子邮件方式送达。

11.14 乙方应向甲方提供系统管理员手册、操作手册和接口说明文档的电子版本。文档版本随软件升级更新，甲方可在乙方客户服务平台下载。

11.15 冷库作业环境温度较低，乙方提供的RF终端授权可用于甲方自行采购的耐低温手持终端，乙方应提供兼容终端型号清单并协助甲方完成终端配置和联调。

11.16 乙方应在上线前对甲方仓储人员进行分批操作培训，培训内容包括收货、上架、拣货、移库、盘点和出库复核，培训时间和场地由双方协商确定。

11.17 甲方仓储部门的业务流程调整需要系统配合修改的，应提前书面告知乙方，乙方评估工作量后与甲方协商实施时间。

11.18 双方应各自指定项目负责人，每两周召开一次项目例会，会议纪要经双方确认后存档，作为项目实施过程的记录。

## 第十二条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，提交青岛仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件为本合同不可分割的组成部分。

甲方（盖章）：                乙方（盖章）：

授权代表：                    授权代表：

日期：                        日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BAS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengtai Chemical Fibre Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suqian, Jiangsu Province (the "Customer"), and Baltic Asset Software sp. z o.o., a limited liability company registered in the National Court Register of Poland with its registered office at ul. Grunwaldzka 411, 80-309 Gdańsk, Poland (the "Vendor").
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro enterprise asset management software, version 9, including the preventive maintenance, spare parts, work order and mobile technician modules listed in Annex 1.
P:1.2 "Custom Deliverables" means the interfaces, reports, workflows, configuration and data conversion programs that the Vendor develops for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that all Acceptance Criteria have been met.
P:1.4 "Customer Data" means all data entered into, generated by or processed in the Software in connection with the Customer's operations, including equipment records, maintenance history, inventory and personnel data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 80 mobile devices at the Customer's plants in Suqian and Huai'an, including use by contractors working for the Customer.
P:2.2 The Vendor shall configure the Software, migrate the Customer's equipment master data and maintenance history from its existing spreadsheets and legacy system, develop interfaces with the Customer's ERP and DCS historian, develop the reports listed in Annex 2, and train the Customer's key users and administrators.
P:2.3 The Vendor shall perform the services with suitably qualified personnel, in accordance with the project plan agreed in writing within fifteen days after signature.
H:Article 3 Price
P:3.1 The total price is CNY 1,746,000 inclusive of VAT, made up of the licence fee of CNY 1,180,000, implementation services of CNY 520,000 and training of CNY 46,000.
P:3.2 The price is fixed and includes all travel, accommodation and other expenses of the Vendor's personnel, as well as support during the warranty period.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within twenty days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the total price after go-live of the Software at both plants. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated on the invoice. The Vendor shall provide official invoices (fapiao) issued through its appointed agent in China.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live within 150 days and Final Acceptance within 210 days after signature.
P:5.2 The Acceptance Criteria are: all functions in Annex 1 pass the agreed test scripts; migrated equipment and spare parts records reconcile with the source data without unexplained differences; the ERP and historian interfaces run for ten consecutive days without failed transfers; standard screens open within three seconds with 150 concurrent users; and the Software runs for forty-five days after go-live without a Severity 1 incident.
P:5.3 The parties shall test jointly and sign an acceptance report when the Acceptance Criteria are met. Use of the Software in production, go-live or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defects within ten days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the Acceptance Criteria for eighteen months after Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created at a plant. Severity 2: a major function is impaired. Severity 3: any other defect or question. The Vendor shall respond to Severity 1 incidents within one hour, twenty-four hours a day, and provide a workaround or fix within eight hours; Severity 2 within two hours during business hours; Severity 3 within two business days.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
P:6.4 After the warranty period, the Customer may order annual support. The annual support fee is 11% of the licence fee, that is CNY 129,800 per year, and will not be increased for the first three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, disclose or use it for any other purpose.
P:7.2 The Software is installed in the Customer's data centre. The Vendor shall access the Customer's systems only remotely through the Customer's VPN and bastion host, with individual accounts and the Customer's approval for each session, and shall not store Customer Data outside the Customer's systems.
P:7.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing the services, shall not transfer Customer Data outside the People's Republic of China, and shall notify the Customer within twelve hours of any actual or suspected security incident affecting Customer Data. The Vendor is liable for all losses caused by a security incident attributable to it.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them to third parties without restriction.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including production processes, plant layouts and commercial terms, and shall disclose it only to its employees and advisers who need to know it.
P:9.2 These obligations survive for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the total price. The limit does not apply to breach of Articles 7 and 9, infringement claims, personal injury or wilful misconduct.
P:10.3 Liquidated damages do not limit the Customer's right to claim for additional losses caused by the delay, within the limit of Article 10.2.
P:10.4 The Vendor shall maintain professional liability insurance with a reputable insurer during the project and the warranty period and provide a certificate on request.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2.1 continues for licence fees paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Poland, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the common court having jurisdiction over the Vendor's registered office in Gdańsk.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese. Both versions have equal effect.
P:15.2 Amendments must be in writing and signed by both parties.
P:15.3 Annex 1 (Software Modules and Functional Requirements) and Annex 2 (Reports and Interfaces) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**SupplyAudit Cloud — Order Form No. SA-CN-0271**

Provider: SupplyAudit Systems sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, Poland ("Provider")

Customer: Ningbo Qianhe Auto Parts Co., Ltd., No. 88 Xinghai Road, Beilun District, Ningbo, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer for the SupplyAudit Cloud service (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

SupplyAudit Cloud, a hosted application for supplier quality management, including supplier onboarding, audit planning and checklists, non-conformance and corrective action (8D) tracking, PPAP document management, supplier scorecards and the Supplier Portal module. The service is hosted in the Alibaba Cloud Shanghai region.

Quantities: 180 named internal users; up to 420 supplier accounts on the Supplier Portal.

### A2. Subscription Term

Twenty-four months from the Service Start Date, in two Subscription Years. The Service Start Date is the date on which Customer signs the Onboarding Acceptance Certificate under A4.

### A3. Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Platform subscription, 180 named users | per Subscription Year | 198,000 |
| Supplier Portal module, 420 supplier accounts | per Subscription Year | 64,000 |
| Onboarding services (configuration, data import, SSO, training) | one-time | 58,000 |
| Total for the Subscription Term (2 Subscription Years + onboarding) | | 582,000 |

Additional named users may be added at the pro-rated price of the platform subscription. Fees are fixed for the Subscription Term.

### A4. Onboarding and Acceptance

Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding includes configuration of Customer's audit templates and scorecard weights, import of the supplier master data and of open corrective actions from Customer's current spreadsheets, single sign-on with Customer's directory, and training of twenty key users.

Customer shall test the onboarded service against the following criteria: (a) all supplier master records and open corrective actions are imported and reconcile with the source files; (b) the audit, corrective action and PPAP workflows configured for Customer run end-to-end in a test cycle involving at least five suppliers; (c) single sign-on works for all internal users; and (d) the scorecard report reproduces Customer's calculation for the last quarter. When the criteria are met, Customer shall sign the Onboarding Acceptance Certificate. Use of the service for test purposes is not acceptance.

If Provider fails to complete onboarding by the agreed date for reasons within its control, Provider shall pay Customer 0.1% of the total fees under A3 for each day of delay, up to 10% of those fees.

### A5. Invoicing and Payment

Provider shall invoice the onboarding fee after Customer signs the Onboarding Acceptance Certificate. Provider shall invoice the subscription fees for each Subscription Year at the start of that Subscription Year. Customer shall pay each undisputed invoice within thirty days of receipt. All amounts are payable in CNY to Provider's account with its bank in Shanghai.

### A6. Contacts and Special Terms

Customer contact: Ms. Zhou Lin, Supplier Quality Manager. Provider contact: Mr. Piotr Wiśniewski, Customer Success Lead. There are no special terms other than those stated in this Part A.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content that Customer, its users or its suppliers submit to the service, including supplier records, audit results, corrective actions and documents.

1.2 "Usage Data" means information about the use and performance of the service, including data derived from Customer Data.

1.3 "Customer Configurations" means the templates, checklists, workflows, scorecard models and reports configured or built by Provider specifically for Customer.

### 2. Provision of the Service

2.1 Provider shall make the service available to Customer's users in accordance with this Agreement and the documentation.

2.2 Provider will use commercially reasonable efforts to keep the service available and to perform maintenance outside Customer's business hours. Provider does not commit to any particular level of availability or response.

2.3 Support is provided by e-mail and through Provider's ticket portal on Polish business days. Provider will answer support requests as soon as reasonably practicable.

2.4 Provider may update the service from time to time, provided that updates do not materially reduce the functions described in A1.

### 3. Customer Responsibilities

3.1 Customer shall keep its user credentials secure, ensure that its users and suppliers use the service in accordance with this Agreement and applicable law, and be responsible for the accuracy of Customer Data.

3.2 Customer shall obtain any consents required for its suppliers' personnel to be registered in the Supplier Portal.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data.

4.2 Provider shall process Customer Data only to provide the service and support to Customer, except as set out in clause 4.3.

4.3 Provider may collect and use Usage Data, and may aggregate and anonymise Customer Data, to improve and develop its products, to compile industry benchmarks on supplier quality offered to other customers, and for statistical purposes, during and after the Subscription Term. Such aggregated and anonymised data does not identify Customer or any individual.

4.4 Within thirty days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format and shall then delete it from the service.

### 5. Data Protection and Information Security

5.1 Provider shall maintain an information security programme certified to ISO/IEC 27001 and covering the service, including encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access and regular vulnerability testing.

5.2 Customer Data is stored and processed in mainland China and shall not be transferred outside mainland China without Customer's prior written consent.

5.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, cooperate with Customer's investigation, and take the measures needed to contain the incident.

5.4 Provider is responsible for any security incident caused by its breach of this clause 5 and shall compensate Customer for the resulting losses, subject to clause 9.

### 6. Intellectual Property

6.1 Provider owns the service, the software underlying it and all improvements to them.

6.2 Customer Configurations belong to Customer. Provider shall deliver them to Customer in an exportable format on request, and Customer may use, modify and allow third parties to use them without restriction.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information disclosed by the other party under this Agreement, use it only for the purposes of this Agreement, and protect it with at least reasonable care.

7.2 This clause does not apply to information that is publicly available, independently developed or lawfully received from a third party without restriction. The obligations survive for three years after the Agreement ends.

### 8. Sub-processors and Subcontractors

8.1 Provider's hosting provider is named in A1. Provider shall not engage any other sub-processor or subcontractor to perform any part of the service without Customer's prior written consent, and remains responsible for them.

### 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed 150% of the total fees under A3.

9.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct or gross negligence.

### 10. Term, Renewal and Termination

10.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

10.3 On expiry or termination, clause 4.4 applies.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English.

11.3 The parties shall first try to settle any dispute through negotiation between their senior managers within thirty days after written notice of the dispute.

### 12. General

12.1 Notices must be in writing and sent to the contacts named in A6.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 This Agreement is the entire agreement of the parties regarding the service and may be changed only in writing signed by both parties.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. WHC-EQ-2025-0348
P:Buyer: Anhui Wanheng Cement Co., Ltd., Chaohu Economic Development Zone, Hefei, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Vibrotek Monitoring S.A., ul. Głogowska 31, 60-702 Poznań, Poland, acting through its Shanghai representative office for project coordination (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier has reviewed them and agrees that they apply in full.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibroWatch condition monitoring software, perpetual licence, installed on servers provided by the Buyer.
P:1.3 "Project Deliverables" means the dashboards, alarm rules, asset models, interface programs to the Buyer's maintenance system and all documentation prepared for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
P:1.5 "Buyer Data" means all measurements, alarms, asset records and other data collected from the Buyer's equipment or entered by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and Software on the raw mill, kiln and cement mill lines of the Buyer's Chaohu plant, configure asset models for 180 measuring points, integrate the alarms with the Buyer's maintenance management system and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,532,000 including VAT, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|4,200|756,000
TB:2|Industrial wireless gateway with mounting kit|12|18,500|222,000
TB:3|VibroWatch software, perpetual licence, 200 points|1|384,000|384,000
TB:|Equipment and Licence Subtotal|||1,362,000
TB:4|Installation, commissioning and asset modelling|1 lot|148,000|148,000
TB:5|Training of operators and reliability engineers|1 lot|22,000|22,000
TB:|Contract Price|||1,532,000
P:2.3 The Contract Price is fixed and covers delivery to site, duties, installation materials, travel, and all services during the warranty period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen days after signature against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the parties have signed an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:3.4 Each payment is due within twenty days after receipt of a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Chaohu plant within seventy days after signature, DDP Incoterms 2020, and complete installation within thirty days after delivery.
P:4.2 Installation work on running equipment shall follow the Buyer's permit-to-work, lock-out and hot-work rules. The Supplier's personnel shall attend the Buyer's site safety induction.
H:5. Acceptance
P:5.1 The acceptance criteria are: every sensor transmits data to the Software at the configured interval, with a packet loss rate below 1% over fourteen consecutive days; measured vibration values agree with the Buyer's portable reference analyser within ±5% on twenty sample points; alarms reach the maintenance management system as work requests within one minute; and the Software runs for thirty days after commissioning without a Priority 1 fault.
P:5.2 The parties shall carry out the tests together and sign the final acceptance certificate when all criteria are met. Installation, commissioning, use of the Equipment in production or any payment does not constitute acceptance. Failed tests shall be corrected by the Supplier and repeated at its cost.
H:6. Warranty, Support and Service Levels
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge within ten days, correct Software defects and provide updates free of charge.
P:6.2 Fault priorities and response: Priority 1 (the Software or a gateway is down, or alarms are not delivered) — response within 30 minutes by telephone or remote session, on-site attendance within twenty-four hours if needed; Priority 2 (partial loss of measuring points) — response within two hours; Priority 3 — response within two business days.
P:6.3 For each hour by which the Supplier misses a Priority 1 response time, the Supplier shall pay the Buyer CNY 1,200, deductible from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual support at 7.5% of the Equipment and Licence Subtotal, that is CNY 102,150 per year, fixed for three years. Each year of support is ordered separately; there is no automatic renewal.
H:7. Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not disclose, sell or use it for any other purpose, whether or not anonymised.
P:7.2 The Software and Buyer Data remain on the Buyer's servers inside the plant network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with multi-factor authentication. The Supplier shall not copy Buyer Data to its own systems.
P:7.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, notify the Buyer within six hours of any security incident affecting Buyer Data or the plant network that involves the Supplier's personnel, equipment or software, and bear full liability for losses caused by such an incident.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The licence granted to the Buyer is perpetual and irrevocable once the Contract Price is paid.
P:8.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them to third parties freely, including for other plants of its group.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all technical and commercial information received from the other party, use it only for this Contract and not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liquidated Damages and Liability
P:10.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 7 and 9.
P:10.3 Liquidated damages are without prejudice to the Buyer's right to require completion of the work or to terminate under clause 12.
P:10.4 The Supplier shall keep in force insurance for transport, installation and third-party liability covering the work at the Chaohu plant and provide certificates before starting work on site.
P:10.5 Spare parts for the Equipment shall remain available for at least eight years after Final Acceptance. If the Supplier discontinues a sensor or gateway model, it shall give the Buyer at least six months' notice and offer a compatible replacement at no more than the price in clause 2.2.
P:10.6 The Supplier shall provide a recommended spare parts list, a calibration procedure for the sensors and a training plan before installation starts. Training covers sensor mounting, gateway configuration, alarm setting, diagnosis of bearing, gear and misalignment faults, and administration of the Software, and ends with a short test for each participant.
P:10.7 The Supplier's project manager shall report progress weekly in writing and attend the Buyer's project meetings. Changes to the scope, price or schedule require a written change order signed by both parties.
P:10.8 The Supplier shall hand over all administrator passwords and remove any temporary remote access before Final Acceptance.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and is responsible for any approved subcontractor as for itself.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid, against return of the Equipment, and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding on both parties.
H:14. General
P:14.1 This Contract is signed in English and Chinese; both texts are equally authentic.
P:14.2 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Service Desk and End-User Computing Support — Agreement No. LDZ-MS-2025-07**

This Managed Services Agreement (the "Agreement") is entered into between:

- **Customer:** Foshan Meiran Home Appliances Co., Ltd., No. 6 Gongye Avenue, Shunde District, Foshan, Guangdong, People's Republic of China; and
- **Provider:** Kolej IT Services sp. z o.o., ul. Piotrkowska 120, 90-006 Łódź, Poland, performing the on-site services through its subsidiary in Guangzhou.

## Section 1. Definitions

1.1 "Services" means the service desk, end-user computing support, device management and on-site support services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Transition" means the transfer of the Services from the Customer's internal team and its current supplier to the Provider, as described in Section 3.

1.4 "Monthly Charge" means the fixed monthly charge stated in Schedule 3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or processes in providing the Services, including ticket records, device inventories and user directories.

## Section 2. Term

2.1 The Agreement starts on the date of signature. The Services are provided for thirty-six months from the Service Commencement Date, which is the day after the Customer signs the Transition acceptance certificate.

2.2 The Agreement does not renew automatically. Six months before the end of the term, the parties shall discuss whether a new agreement is needed.

## Section 3. Transition

3.1 The Provider shall complete Transition within ninety days after signature, in accordance with the transition plan agreed in writing. Transition includes knowledge transfer, documentation of the Customer's IT environment, set-up of the ticketing tool, migration of open tickets, and recruitment and training of the on-site engineers.

3.2 Transition acceptance criteria: (a) all open tickets and the device inventory have been migrated and reconciled; (b) the runbooks for the top fifty request types have been approved by the Customer; (c) the service desk has operated in parallel with the current supplier for ten business days and met the Service Levels for response and first-contact resolution; and (d) every site has named on-site engineers who have completed the Customer's induction. The Customer shall sign the Transition acceptance certificate when the criteria are met. Starting the Services or paying any invoice is not acceptance.

3.3 If Transition is late, the Provider shall add resources at its own cost until the criteria are met, and the current supplier's extension costs remain the Customer's.

## Section 4. Services and Service Levels

4.1 The Provider shall provide the Services to about 2,600 users at the six sites listed in Schedule 1, in Chinese and English.

4.2 The Provider shall meet the Service Levels in Schedule 2, measure them monthly and report them to the Customer by the fifth business day of the following month.

4.3 If the Provider fails a Service Level, it shall credit the Customer the service credit stated in Schedule 2 against the next invoice. Service credits in any month are limited to 12.5% of the Monthly Charge and are a price adjustment, not the Customer's only remedy.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Transition fee is invoiced after the Transition acceptance certificate is signed. The Monthly Charge is invoiced quarterly in arrears.

5.2 The Customer shall pay each correct VAT invoice within thirty days of receipt. The charges are fixed for the term, except for changes in the number of supported devices beyond the band in Schedule 3.

## Section 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only to provide the Services.

6.2 The Provider shall keep Customer Data in the Customer's systems and the ticketing tool hosted in the Customer's tenant in mainland China, use named accounts with multi-factor authentication, apply the Customer's information security policies and complete the Customer's annual security training.

6.3 The Provider shall report any actual or suspected security incident involving Customer Data within two hours, cooperate in the investigation and remediation, and compensate the Customer for losses resulting from an incident caused by the Provider or its personnel.

## Section 7. Intellectual Property

7.1 The Provider's tools, methods and know-how existing before this Agreement remain the Provider's.

7.2 Runbooks, knowledge articles, scripts, reports and configuration produced for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor supplier without restriction.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall not disclose it except to its personnel and advisers who need to know it. This obligation survives for three years after the Agreement ends.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep key personnel in place during Transition.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of approved subcontractors.

## Section 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by the Customer in the nine (9) months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limits in this Section do not apply to personal injury, wilful misconduct or breach of Section 8.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that it does not remedy within thirty days after notice, or if the Provider fails the same Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, return all Customer Data and hand over all documentation to the Customer or its new supplier.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time of application.

## Schedule 1 — Services and Sites

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, chat and portal; logging, triage, first-contact resolution, password resets | 07:30–21:30, seven days a week |
| End-user computing | Laptop and desktop imaging, software deployment, patching, device inventory | Business days |
| On-site support | Deskside support, new joiners, moves and changes, meeting rooms | Business days at each site |
| Device management | Mobile device enrolment, compliance monitoring, remote wipe on request | Continuous monitoring |

| Site | Location | On-site engineers |
|---|---|---|
| Headquarters | Shunde, Foshan | 3 |
| Plant 1 | Shunde, Foshan | 2 |
| Plant 2 | Jiangmen | 1 |
| Plant 3 | Wuhu | 1 |
| R&D centre | Shenzhen | 1 |
| Sales office | Shanghai | 1 |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution target | Service credit if missed in a month |
|---|---|---|---|---|
| P1 | Site-wide outage of end-user services or a senior executive unable to work | 15 minutes | 6 hours | 2.5% of the Monthly Charge |
| P2 | A department or critical application user group affected | 1 hour | 1 business day | 1.5% of the Monthly Charge |
| P3 | A single user affected, workaround available | 8 business hours | 3 business days | 0.5% of the Monthly Charge |

| Measure | Target | Service credit if missed |
|---|---|---|
| Calls answered within 30 seconds | at least 85% of calls | 1% of the Monthly Charge |
| First-contact resolution | at least 70% of tickets | 1% of the Monthly Charge |
| User satisfaction score | at least 4.3 out of 5 | 0.5% of the Monthly Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 124,000 |
| Monthly Charge | per month, 36 months, up to 3,000 supported devices | 86,000 |
| Total charges over the term | 124,000 + 36 × 86,000 | 3,220,000 |
| Additional devices above 3,000 | per device per month | 28 |
| Exit assistance beyond the included scope | per engineer day | 2,400 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. AGD-2025-CN-112

BETWEEN

Agrodata Analytics sp. z o.o., ul. Krakowskie Przedmieście 52, 20-076 Lublin, Poland ("Provider")

AND

Henan Zhongyu Grain and Feed Trading Co., Ltd., No. 17 Jinshui East Road, Zhengzhou, Henan Province, People's Republic of China ("Customer")

BACKGROUND

The Provider compiles and distributes data on agricultural commodity prices, crop conditions, weather and shipping for grains and oilseeds. The Customer buys and sells corn, wheat and soybean meal and wishes to receive that data through the Provider's application programming interface and web dashboard for use in its trading, procurement and risk management.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time, and any extracts of them delivered through the API or the dashboard.

1.2 "API" means the Provider's REST interface for retrieving the Data, together with its documentation.

1.3 "Subscription Year" means each of the two consecutive periods of one year starting on the Start Date.

1.4 "Start Date" means the day after the Customer confirms Onboarding Acceptance under clause 4.

1.5 "Customer Inputs" means the queries, watch lists, portfolio positions, uploaded files and other information that the Customer submits to the API or the dashboard, and the outputs generated from them.

1.6 "Custom Feeds" means the data mappings, field transformations and delivery jobs that the Provider builds specifically for the Customer.

2. LICENCE AND SCOPE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the term to access the Data through the API and the dashboard, and to use it internally for the purposes stated in the Background, for up to sixty named users and three system integrations.

2.2 The Customer may include limited extracts of the Data in internal reports and in reports to its banks and auditors, but may not resell or publish the Data.

2.3 The Provider shall build the Custom Feeds needed to load daily prices, crop condition indices and port shipment data into the Customer's trading system and data warehouse.

3. TERM

3.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

3.2 The Agreement does not renew automatically. A renewal requires a written agreement signed by both parties before the end of the term.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall provide API credentials, complete the Custom Feeds and train the Customer's users within forty-five days after signature.

4.2 Onboarding acceptance criteria: (a) the Custom Feeds load ten consecutive business days of Data into the Customer's test environment without failed jobs; (b) loaded values reconcile with the dashboard for a sample of two hundred records chosen by the Customer; (c) the API returns standard queries within two seconds at the contracted request volume; and (d) the user training has been delivered. When the criteria are met, the Customer shall confirm Onboarding Acceptance in writing. Using the Data before that confirmation is not acceptance.

4.3 If the Provider does not achieve Onboarding Acceptance within the period in clause 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000.

5. FEES AND PAYMENT

5.1 The fees are:

    Subscription fee, Data Packages 1 to 4, 60 users, per Subscription Year     CNY 276,000
    Subscription fee for two Subscription Years                                  CNY 552,000
    Onboarding and Custom Feeds, one-time                                         CNY  38,000
    Total fees for the term                                                      CNY 590,000

5.2 The Provider shall invoice the onboarding fee after Onboarding Acceptance and the subscription fee for each Subscription Year at the start of that Subscription Year.

5.3 The Customer shall pay each correct invoice within thirty days. The fees are fixed for the term and include VAT. API requests above the contracted monthly volume in Schedule A are charged at the overage rate stated there.

6. SERVICE LEVELS

6.1 The Provider shall make the API and the dashboard available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 02:00 Beijing time.

6.2 Daily price data shall be delivered by 07:30 Beijing time on each business day.

6.3 The Provider shall respond to a Priority 1 incident (the API or the dashboard is unavailable, or daily data is not delivered) within one hour, at any time, and keep the Customer informed every two hours until it is resolved. Priority 2 incidents shall be answered within one business day.

6.4 If monthly availability falls below the commitment in clause 6.1, or daily data is delivered late on more than two business days in a month, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each such failure, against the next invoice or as a refund at the end of the term.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the API, the dashboard and support to the Customer, and shall not use them for any other purpose or disclose them to any other customer or third party.

7.2 On the Customer's request at the end of the term, the Provider shall return the Customer's watch lists and uploaded files and delete Customer Inputs from its systems.

8. INTELLECTUAL PROPERTY

8.1 The Data and the API remain the property of the Provider and its data sources.

8.2 The Custom Feeds belong to the Customer. The Provider shall deliver their code and documentation at Onboarding Acceptance, and the Customer may use, modify and have them maintained by third parties without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's positions and trading strategies and the Provider's pricing, and shall not disclose it to third parties without the other party's prior written consent.

9.2 This obligation survives for three years after the Agreement ends.

10. SUBCONTRACTORS

10.1 The Provider may use subcontractors and hosting providers to perform this Agreement, provided that it notifies the Customer in writing of each new subcontractor. The Provider remains responsible for the performance of its subcontractors.

11. LIABILITY

11.1 The Provider's total liability arising out of or in connection with this Agreement is limited to 150% of the total fees for the term.

11.2 The Provider does not guarantee the accuracy of data obtained from public or third-party sources, but shall correct errors promptly once notified.

11.3 Neither party is liable for indirect or consequential loss, including trading losses, except in case of wilful misconduct.

11.4 The Customer is responsible for the decisions it takes on the basis of the Data. The Provider shall, however, inform the Customer without delay if it becomes aware of a material error in Data already delivered, and shall redeliver corrected Data through the API.

11.5 The Provider shall maintain the historical depth of each dataset stated in Schedule A throughout the term and shall give the Customer at least ninety days' notice before discontinuing any dataset, offering a comparable replacement at no extra charge. If no comparable replacement is available, the subscription fee shall be reduced in proportion to the value of the discontinued dataset as agreed between the parties.

11.6 The Provider shall provide the Customer's technical staff with API documentation in English and Chinese, sample code, a test environment and an account manager who can be reached during Beijing business hours.

11.7 Each party shall appoint a relationship manager who meets the other party's representative at least once each quarter to review data quality, incidents and planned changes to the datasets.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within twenty days after notice, or if availability falls below the commitment in clause 6.1 in three months of any Subscription Year.

12.2 On termination for the Provider's breach, the Provider shall refund the unused part of the fees paid for the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or to the e-mail addresses agreed by the parties.

14.2 This Agreement, with Schedule A (Data Packages, Request Volumes and Overage Rates), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

14.3 This Agreement is made in English and Chinese; both versions have equal effect.

SIGNED for the Provider: ____________________ Date: __________

SIGNED for the Customer: ____________________ Date: __________
"""

FILES = {
    "z01": ("h631z01_gas_pipeline_patrol_monitoring_platform.pdf", Z01),
    "z02": ("h631z02_gear_plant_heat_treatment_control_retrofit.docx", Z02),
    "z03": ("h631z03_yoga_chain_booking_membership_saas.txt", Z03),
    "z04": ("h631z04_party_school_teaching_system_om_service.txt", Z04),
    "z05": ("h631z05_frozen_food_cold_store_wms_supplier_template.md", Z05),
    "e01": ("h631e01_eam_perpetual_licence_gdansk_vendor.pdf", E01),
    "e02": ("h631e02_supplier_quality_saas_order_form_wroclaw_vendor.md", E02),
    "e03": ("h631e03_cement_condition_monitoring_sensors_poznan_vendor.docx", E03),
    "e04": ("h631e04_end_user_managed_services_36_months_lodz_vendor.md", E04),
    "e05": ("h631e05_grain_market_data_api_subscription_lublin_vendor.txt", E05),
}

T = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (lang, category, term overrides, extra, TCO inputs (fee base, fee per year) or None, forum outside, design rules)
D = {
    "z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
            prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=9),
            dict(contract_value=2110000, post_warranty_fee_capped=True), (1260000, 113400), False, []),
    "z02": ("zh", "hardware", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=8, subcontract_without_consent=True),
            dict(contract_value=1170000, post_warranty_fee_capped=True), (914000, 73120), False,
            ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", dict(availability_pct=99.95, p1_response_hours=8, sla_remedy=False, ld_rate_per_day_pct=0.1,
            final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(contract_value=410000), None, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"]),
    "z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
            ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None, termination_for_breach=False,
            contract_kind="service"),
            dict(contract_value=368000), None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("zh", "software", dict(p1_response_hours=2, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
            final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=32,
            subcontract_without_consent=None, governing_law=None),
            dict(contract_value=1390000, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
            (860000, 275200), False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
            prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=11, governing_law="Poland"),
            dict(contract_value=1746000, post_warranty_fee_capped=True), (1180000, 129800), True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", dict(sla_remedy=False, buyer_owns_data=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
            final_payment_on_acceptance=None, contract_kind="service"),
            dict(contract_value=582000, sla_clause=False), None, False,
            ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("en", "hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
            prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=7.5),
            dict(contract_value=1532000, post_warranty_fee_capped=True), (1362000, 102150), False, []),
    "e04": ("en", "services", dict(p1_response_hours=0.25, liability_cap_pct=9 / 36 * 100,
            final_payment_on_acceptance=None, contract_kind="service"),
            dict(contract_value=3220000, ld_stated=False), None, False, ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e05": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
            ld_rate_per_day_pct=600 / 590000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
            subcontract_without_consent=True, contract_kind="service"),
            dict(contract_value=590000), None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
}

THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(key):
    t = D[key][4]
    if t is None:
        return None
    terms = dict(T, **D[key][2])
    value = D[key][3]["contract_value"]
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = years * t[1]
    assert abs(t[1] / t[0] * 100 - terms["post_warranty_fee_pct"]) < 1e-9, key
    return fees / (value + fees) * 100


def derive(key, terms, extra):
    """My reading of policy section 3 on the labels."""
    r = set()
    goods = terms["contract_kind"] == "goods_or_licence"
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
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or D[key][5]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


CN = "一二三四五六七八九十〇零两百"
PATTERNS = [
    r"99\.90*(?!\d)\s*%?",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|小时|个小时)", r"(?<![%s])四\s*(?:个)?小时" % CN,
    r"(?<![a-z\-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.050*\s*(?:%%|per\s*cent)".replace("%%", "%"), r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|per\s*cent)", r"百分之(?:一)?百", r"hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|per\s*cent)", r"(?<![%s])三十\s*%%|百分之三十(?![一二三四五六七八九])" % CN,
    r"thirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![\d.])15\s*(?:%|per\s*cent)", r"百分之十五", r"fifteen\s*(?:\(15\)\s*)?per\s*cent",
    r"(?<![\d.])40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:\(40\)\s*)?per\s*cent",
    r"(?<![\d.])12\s*(?:months?|个月)", r"(?<![%s])十二\s*个月" % CN, r"twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![\d.])5\s*(?:years?|年(?!\d))", r"(?<![%s])五\s*年" % CN, r"five\s*(?:\(5\)\s*)?years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "4 hours", "four hours", "Four (4) hours", "四小时", "99.9%",
            "99.90", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "15%", "百分之十五", "12个月",
            "12 months", "twelve months", "十二个月", "40%", "百分之四十", "five years", "5年", "五年", "5 years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "twenty-four hours", "0.055%",
             "130%", "115%", "2.15%", "0.15%", "140%", "24个月", "2025年12月31日", "35%", "十五日", "万分之五十",
             "45%", "百分之二十", "twenty-fourhours", "0.5%", "12.5%", "2025年3月1日", "三十日", "six months"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    src, tgt = {}, {}
    for key, (name, text) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            src[key], tgt[key] = text, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    write(src, tgt, OUT, wrap_words=True)
    covered, report = set(), []
    for key, (name, _) in FILES.items():
        lang, cat, over, extra_over, _t, _f, design = D[key]
        terms = dict(T, **over)
        goods = terms["contract_kind"] == "goods_or_licence"
        if not goods:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra = {"sla_clause": extra_over.get("sla_clause", True), "ld_stated": extra_over.get("ld_stated", True)}
        if goods:
            extra["post_warranty_fee_capped"] = extra_over["post_warranty_fee_capped"]
        extra["acceptance_deemed_on_delivery"] = extra_over.get("acceptance_deemed_on_delivery", False)
        extra["contract_value"] = extra_over["contract_value"]
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        assert share is None or abs(share - 40) > 2, (key, share)
        rules = derive(key, terms, extra)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = []
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits += [m.group(0) for m in RX.finditer(form)]
        report.append((key, n, lo <= n <= hi, rules, risk(rules), share, hits))
    for row in report:
        print(*row)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    bad = [r for r in report if not r[2] or r[6]]
    assert not bad, bad


if __name__ == "__main__":
    main()
