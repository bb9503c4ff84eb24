"""holdout430: builds ten blind ORDINARY draft contracts and their labels, and checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市排污许可监管平台建设项目政府采购合同
P:合同编号：JZHB-2026-ZC-017
P:采购人（甲方）：江州市生态环境局
P:供应商（乙方）：浙江清衡环境信息技术有限公司
P:采购方式：公开招标（招标编号：JZCG-2026-0412）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，甲乙双方就江州市排污许可监管平台（以下简称“平台”）的软件许可、定制开发及部署实施事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供排污许可监管平台软件的永久使用许可，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：排污许可证后监管模块、企业执行报告智能审核、在线监测数据对接（覆盖全市312家重点排污单位）、移动执法终端应用及领导驾驶舱。
P:1.3 平台部署于江州市政务云，须满足网络安全等级保护第三级要求，并与省级排污许可管理信息平台实现数据交换。
H:第二条 合同价款
TB:序号|项目|金额（元）
TB:1|排污许可监管平台软件许可（永久，不限用户数）|1,280,000
TB:2|定制开发（证后监管、执行报告审核、监测对接、移动执法、驾驶舱）|968,000
TB:3|部署实施及历史数据迁移|186,000
TB:4|培训（管理员及执法人员，共6期）|46,000
TB:合计|人民币贰佰肆拾捌万元整|2,480,000
P:2.1 合同总价为固定总价，已包含软件许可、开发、实施、培训、差旅及税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币496,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,116,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币868,000元。
P:3.4 甲方按财政资金支付程序付款，乙方应在每次付款前提供合法有效的发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署和定制开发并提交初步验收申请，于初步验收后60日内完成试运行。
P:4.2 乙方应按甲方认可的实施方案组织项目，派驻项目经理一名，未经甲方同意不得更换；乙方每两周提交一次进度报告。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后，甲方依据招标文件技术要求、需求规格说明书和测试用例进行功能、性能和安全测试。平台应满足：页面平均响应时间不超过2秒；支持500个用户同时在线；312家重点排污单位的在线监测数据全部接入；通过第三方安全检测且无高危漏洞。
P:5.2 最终验收：平台连续试运行60日、未发生一级故障，且等级保护测评合格后，甲方组织专家进行最终验收并出具验收报告。
P:5.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 平台质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.8%（经甲方同意的计划内维护时间除外）。故障分为三级：一级故障指平台整体不可用或核心业务中断，乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障指部分功能不可用，乙方应在1小时内响应、24小时内解决；三级故障应在3个工作日内解决。
P:6.3 乙方未达到上述服务水平的，一级故障每超时1小时，乙方支付违约金2,000元；月可用率每低于约定值0.1个百分点，乙方支付违约金5,000元。上述款项可从应付款项中扣除。
P:6.4 质保期满后，甲方如需继续维护，年度维护费按软件许可费的10%计取，即每年128,000元，在双方签订的维护合同期内不上调。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、接口程序、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方有权自行或委托第三方修改和使用。
P:7.3 乙方保证其提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的排污许可数据、企业执行报告、在线监测数据和执法记录均属于甲方所有，乙方不得将其用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》等规定，落实访问控制、操作审计、数据加密和备份措施；乙方人员接入平台须经甲方审批并通过堡垒机操作。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、排污单位商业信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第十条 分包
P:10.1 乙方可以将移动执法终端开发、历史数据迁移等非主体、非关键性工作分包给具备相应能力的第三方，但应提前以书面形式告知甲方分包单位名称及分包内容。乙方对分包工作向甲方承担全部责任。
P:10.2 乙方应于合同签订后7日内向甲方提交合同总价5%的履约保证金，即124,000元，最终验收合格后无息退还。乙方未履行合同义务的，甲方有权从履约保证金中扣除相应款项。
P:10.3 乙方应按培训计划完成6期培训，每期不少于2天，培训结束后进行考核，并向甲方提交培训教材和操作手册电子版。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒收，并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按照有关规定承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市生态环境局　　乙方（盖章）：浙江清衡环境信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年3月16日
"""

Z02 = """T:回转窑控制系统改造及维保合同
P:合同编号：HF-SB-2026-031
P:甲方（买方）：皖南海峰水泥有限公司
P:乙方（卖方）：南京科控自动化工程有限公司
P:鉴于甲方2号熟料生产线回转窑原控制系统设备老化、备件停产，甲方决定对其进行改造；乙方具备相应的设计、供货、安装和调试能力。双方经协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责2号线回转窑、篦冷机、窑尾预热器及煤粉制备系统控制系统的改造，包括DCS控制站、操作员站、变频器、现场仪表和控制软件的供货、安装、调试、培训及质保期服务。
P:（二）乙方负责原系统控制逻辑的迁移和优化，编制组态程序，并与甲方中控室、化验室系统和能源管理系统对接。
P:（三）改造须在甲方年度停窑检修期内完成，停窑时间不超过25日。
P:（四）乙方应派驻具有水泥窑控制系统改造经验的项目经理和调试工程师各一名常驻现场，未经甲方同意不得更换。乙方人员进入现场须遵守甲方安全生产管理制度，参加三级安全教育，并服从甲方生产调度。
P:（五）乙方负责施工图设计，设计文件须经甲方技术部审查确认后方可实施。
H:二、合同价格
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站及I/O模块|4套|1,096,000
TB:2|操作员站及工程师站|6台|186,000
TB:3|窑头、窑尾及篦冷机变频器|9台|428,000
TB:4|现场仪表（筒体扫描、高温计、气体分析仪）|1批|352,000
TB:5|控制软件及窑况优化软件许可|1套|318,000
TB:|软硬件小计||2,380,000
TB:6|安装调试（含旧系统拆除）|1项|226,000
TB:7|操作及维护培训|1项|34,000
TB:|合同总价||2,640,000
P:（一）合同总价为含税固定价，包括设备、软件、运输、保险、安装、调试、培训及质保期服务的全部费用。
P:（二）如甲方在合同履行期间要求增加少量I/O模块或仪表，按本合同同类设备单价结算，由双方另行签订补充协议。
P:（三）乙方应在每次收款前向甲方开具合法有效的增值税专用发票。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即264,000元。
P:（二）设备全部到货并经双方签收后，甲方支付合同总价的35%，即924,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即1,320,000元。
P:（四）剩余5%即132,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方应在每批设备发货前5日书面通知甲方，并随货提供装箱单、合格证、出厂检验报告和原产地证明。
H:四、交货、安装与验收
P:（一）乙方应于合同签订后75日内将全部设备运抵甲方现场，并在停窑检修期内完成安装和冷态调试。
P:（二）热态调试完成后，系统进入72小时连续运行考核。考核标准为：主要控制回路全部投入自动运行；关键参数画面刷新不超过1秒；I/O点逐点检查合格；与能源管理系统的数据接口核对一致；连锁保护试验全部通过。
P:（三）连续运行考核合格后，系统进入30日试运行期；试运行期内未发生一级故障的，双方签署最终验收证书。
P:（四）设备安装完毕、投入运行或甲方支付部分款项，均不视为最终验收合格。
P:（五）甲方组织最终验收时，乙方应提交竣工图、I/O点表、组态程序备份、设备说明书、调试记录和培训记录等全部竣工资料，资料不全的，甲方可暂缓组织最终验收。
P:（六）改造完成后，窑系统主要控制指标应不低于改造前水平，双方以改造前三个月的运行数据作为比对基准。
H:五、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换有缺陷的设备和软件，并免费提供软件升级。
P:（二）故障分级及响应：一级故障指导致回转窑止料或停窑的故障，乙方应在30分钟内远程响应，6小时内派工程师到场；二级故障指影响局部设备运行的故障，乙方应在2小时内响应，24小时内到场。
P:（三）乙方未按上述时限响应或到场的，每超时一小时，向甲方支付违约金1,000元。
P:（四）质保期满后，乙方按年度提供维保服务，维保费为每年软硬件小计的9%，即214,200元，前三个服务年度内价格固定不变；此后如需调整，须经双方书面协商一致。
P:（五）乙方保证停产后的备件供应期不少于8年。
P:（六）质保期内同一设备因质量问题累计维修两次以上仍不能正常工作的，乙方应免费更换同型号新设备，更换后的设备质保期重新计算。
H:六、知识产权
P:（一）控制软件及窑况优化软件的知识产权归原权利人所有，甲方取得永久使用许可。
P:（二）乙方为本项目编制的组态程序、控制逻辑、操作画面、接口程序及其技术文档，知识产权归甲方所有，乙方应交付全部源文件，甲方有权自行修改或委托第三方修改。
H:七、生产数据
P:（一）控制系统运行中产生的生产工艺数据、运行记录和报表数据归甲方所有。乙方仅可为履行本合同之目的使用上述数据，不得用于其他用途。
H:八、保密
P:（一）双方对在履行本合同过程中获知的对方技术秘密、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:八之一、培训
P:（一）乙方应为甲方中控操作员、仪表工和电气工程师提供不少于10个工作日的培训，其中现场实操培训不少于5个工作日，并提供中文操作手册、维护手册和组态说明。
P:（二）培训结束后，乙方应对参训人员进行考核，考核合格的人员应能独立完成日常操作、参数调整和一般故障处理。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）因乙方原因造成甲方停窑时间延长的，乙方还应赔偿甲方由此造成的直接损失。
P:（四）乙方交付的设备或软件经整改后仍不符合合同约定的，甲方有权要求乙方退货、更换并赔偿由此造成的损失。
H:十、分包
P:（一）乙方不得将本合同主体工作分包。电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意。
H:十一、合同的履行与解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。一方违约的，另一方可以要求其继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交芜湖仲裁委员会仲裁。
P:（二）因不可抗力不能履行合同的一方，应在不可抗力发生后3日内书面通知另一方，并在15日内提供有关证明。
H:十三、其他
P:（一）本合同附件包括：技术协议、设备清单、验收大纲，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：皖南海峰水泥有限公司（盖章）　　乙方：南京科控自动化工程有限公司（盖章）
P:签订日期：2026年4月8日
"""

Z03 = """美容连锁门店预约及会员管理系统SaaS服务合同

合同编号：YY-IT-2026-009
甲方（客户）：上海悦颜美容管理有限公司
乙方（服务商）：广州约美云科技有限公司

鉴于甲方在上海、苏州、杭州经营28家直营美容门店，需要统一的线上预约、会员、储值卡、疗程卡和门店收银系统；乙方提供“约美云”美业SaaS平台。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方28家门店及总部开通约美云平台，包括：线上预约（微信小程序）、会员及储值管理、疗程卡核销、门店收银、员工排班与提成、营销活动和总部经营报表。
1.2 实施服务：乙方负责平台配置、28家门店原会员资料及储值余额迁移、小程序上线、门店员工培训和上线陪跑。
1.3 定制开发：乙方为甲方定制开发总部经营驾驶舱报表和小程序会员权益页面。

1.4 乙方应为甲方配备一名客户成功经理，负责门店使用培训、问题跟踪和季度使用情况回顾；新开门店开通由乙方在甲方通知后5个工作日内完成。
1.5 平台应支持微信支付、支付宝和银联刷卡收银，支持门店间会员通用、储值卡跨店消费及按门店核算。

2. 服务期限与续期
2.1 首个服务年度自上线验收合格之日起算，初始服务期为三个服务年度。
2.2 初始服务期或任一续期届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度。
2.3 每次续期时，乙方有权根据其届时的价格政策上调订阅费，上调幅度不超过当期订阅费的8%，乙方应于续期前书面通知甲方，无需另行取得甲方同意。

3. 费用
3.1 费用明细如下：
项目 | 单价 | 数量 | 金额（元）
门店订阅费 | 6,800元/店/服务年度 | 28店×3个服务年度 | 571,200
总部管理端订阅费 | 36,000元/服务年度 | 3个服务年度 | 108,000
实施费（配置、数据迁移、培训） | — | 1项 | 52,800
定制开发（驾驶舱报表、会员权益页） | — | 1项 | 34,000
合计 | | | 766,000
3.2 合同总价为人民币766,000元，其中初始服务期订阅费合计679,200元，一次性费用86,800元。上述价格含税，含平台升级和日常技术支持。

4. 付款
4.1 实施费和定制开发费合计86,800元，在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按服务季度结算，每个服务季度结束后15个工作日内，甲方支付当季订阅费56,600元。
4.3 本合同不设预付款。乙方应在每次收款前开具合法有效的增值税专用发票。

4.4 初始服务期内新增门店的，按每店每服务年度6,800元的单价及实际开通天数另行计费，不计入合同总价。

5. 上线与验收
5.1 乙方应于合同签订后45日内完成全部28家门店的上线。
5.2 上线验收标准：（1）28家门店原会员资料、储值余额和疗程卡剩余次数全部迁移，逐店抽查核对差异为零；（2）小程序预约、到店核销、收银、提成计算等功能按附件《功能清单》测试通过；（3）门店员工培训完成并经考核；（4）定制报表数据与门店收银数据一致。
5.3 验收由甲方组织，合格后双方签署上线验收单。平台开通、门店试用或甲方付款，均不视为验收合格。

6. 服务水平
6.1 平台月可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
6.2 一级故障（全部或多家门店无法预约或收银）：乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：2小时内响应，8小时内恢复；三级故障：1个工作日内处理。
6.3 月可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的5%抵扣服务费；一级故障响应超时的，每次抵扣500元。

6.4 乙方应每月向甲方提交服务报告，内容包括可用率、故障处理情况、工单统计和优化建议；对于一级故障，乙方应在故障恢复后3个工作日内提交故障分析报告。
6.5 平台版本升级应安排在门店营业时间以外进行，并提前3日通知甲方。

7. 延期责任
7.1 乙方未按5.1约定时间完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
7.2 逾期超过20日的，甲方有权解除本合同，乙方应退还甲方已付的全部款项。

7.3 因甲方未按约定提供门店资料、会员数据或配合测试造成延误的，上线期限相应顺延，乙方不承担逾期责任，但乙方应及时书面告知甲方延误原因。
7.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。

8. 知识产权
8.1 约美云平台本身的知识产权归乙方所有。
8.2 乙方为甲方定制开发的驾驶舱报表、会员权益页面及其源代码、设计稿，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

8.3 乙方保证平台及定制内容不侵犯任何第三方的知识产权；因此引起的索赔，由乙方负责处理并承担全部费用。
8.4 甲方的商标、门店名称和宣传素材仅授权乙方在为甲方配置平台时使用。

9. 数据安全与数据归属
9.1 甲方会员的个人信息、消费记录、储值数据和预约数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的。
9.2 乙方应将数据存储于中国境内，采取加密存储、权限分级、操作日志留存等安全措施，平台应通过网络安全等级保护第三级测评。
9.3 发生数据安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因导致甲方数据泄露或丢失的，乙方承担由此造成的全部损失。
9.4 合同终止后，乙方应在30日内向甲方完整交还数据，并删除其保存的全部副本。

10. 责任限制
10.1 乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方原因造成数据泄露的责任不受此限。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。

12. 合同解除
12.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。
12.2 合同解除的，甲方仅需支付已实际提供服务期间的订阅费。

12.3 合同终止或解除时，乙方应配合甲方将会员数据迁移至甲方指定的系统，并提供必要的数据字段说明，迁移期间乙方按原服务水平继续提供服务，最长不超过60日。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

14. 其他
13.2 合同履行期间，双方应指定联系人负责日常沟通，联系人变更应及时书面通知对方。

14.1 本合同附件：《功能清单》《门店清单》《实施计划》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：上海悦颜美容管理有限公司（盖章）
乙方：广州约美云科技有限公司（盖章）
签订日期：2026年5月12日
"""

Z04 = """临川市不动产登记中心不动产登记系统年度运维服务合同

项目编号：LCCG-2025-C-086（竞争性磋商）
采购人（甲方）：临川市不动产登记中心
供应商（乙方）：江西赣易信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就不动产登记系统运维服务达成如下协议。

第一章 服务内容与期限
（1）服务对象：不动产登记业务系统、互联网+不动产登记平台、登记档案管理系统、电子证照系统及其数据库、中间件和相关接口。
（2）服务期限：2026年1月1日至2026年12月31日。服务期满本合同终止，不自动续期。
（3）服务内容：驻场运维（3名工程师，工作日8:30至17:30在岗，节假日安排值班）、日常巡检、故障处理、数据库和中间件运维、性能优化、数据备份与恢复演练、等级保护测评配合及重大活动保障。

（3-1）服务地点：甲方机房及各登记大厅；需要赴县（区）登记分中心现场处理的，乙方应自行承担交通费用。
（3-2）乙方应于服务期开始后30日内完成系统资产梳理，形成软硬件资产清单、网络拓扑图和数据库结构说明，并在服务期内持续更新。
（3-3）乙方应配合甲方做好不动产登记业务系统与税务、住建、公安、法院等部门的接口维护，接口中断时应及时协调处理。

第二章 服务费用与支付
（4）服务费用明细：
服务项目 | 金额（元）
驻场运维服务（3人） | 486,000
巡检与性能优化 | 96,000
数据库及中间件运维 | 118,000
应急保障及等保测评配合 | 58,000
合计 | 758,000
（5）服务费为固定总价，含人员、差旅、工具及税费。
（6）服务费按季度支付。每季度结束后，甲方对乙方服务进行考核，考核合格后15个工作日内支付当季服务费189,500元；考核扣减的款项从当季服务费中扣除。
（7）甲方不向乙方支付预付款。

第三章 服务水平
（8）系统月可用率不低于99.95%（经甲方批准的计划内维护除外）。
（9）一级故障（登记业务无法办理、数据库故障或数据异常）：乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能异常）：30分钟内响应，8小时内解决；三级故障：2个工作日内解决。
（10）一级故障响应或恢复每超时30分钟，扣减服务费2,000元；月可用率每低于约定值0.01个百分点，扣减服务费1,000元。
（11）乙方每月5日前提交上月运维报告，内容包括故障处理、巡检结果、备份情况及优化建议。

（11-1）乙方每季度开展一次全面巡检，内容包括服务器、存储、数据库、中间件、网络和安全设备的运行状态，巡检发现的问题应列入整改清单并限期整改。
（11-2）乙方每季度至少组织一次数据备份恢复演练，演练方案须事先经甲方审核，演练结果形成书面报告。
（11-3）重大节假日及甲方通知的重要时段，乙方应安排专人现场值守，确保登记业务正常办理。

第四章 服务启动、考核与验收
（12）乙方应于2026年1月1日前完成与原运维单位的交接，并安排驻场人员到岗。
（13）季度考核标准：服务水平全部达成；巡检计划完成；当季备份恢复演练成功；运维报告按时提交；无因乙方原因导致的数据安全事件。
（14）服务期满前，甲方按磋商文件服务要求组织年度验收，审核全年考核记录、运维文档和系统交接清单，验收合格后签署验收报告。

（14-1）年度验收不合格的，乙方应在15日内完成整改；整改后仍不合格的，甲方可按考核办法扣减服务费。

（14-2）季度考核采用百分制评分，考核结果与当季服务费支付挂钩，具体评分细则见磋商文件附件《运维服务考核办法》。
（14-3）乙方应于每季度第一个月10日前提交上季度工作总结及本季度工作计划，经甲方审核后执行。

第五章 数据安全
（15）不动产登记数据、权利人信息、档案影像和系统日志均属于甲方所有，乙方不得将其用于本合同以外的任何目的，不得复制、留存或向第三方提供。
（16）乙方人员须签署安全承诺书，所有运维操作须通过甲方堡垒机进行并全程审计；不得使用私人设备接入内网；变更操作须事先经甲方审批。
（17）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。

（17-1）乙方应每半年对驻场人员开展一次数据安全培训，并保存培训记录；甲方有权随时检查乙方的安全管理措施落实情况，乙方应予以配合。
（17-2）乙方不得在甲方系统中安装与运维无关的软件，不得擅自开启远程访问通道；需要远程协助的，须经甲方逐次批准并全程录屏。

第六章 保密
（18）乙方对履约中知悉的甲方工作秘密、权利人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

第七章 知识产权
（19）乙方在运维期间为甲方编写的脚本、优化代码、配置文件、应急预案和运维文档，知识产权归甲方所有，甲方可自行使用、修改或交由后续运维单位使用。

第八章 人员与分包
（20）乙方驻场人员须具备相应资格，未经甲方同意不得更换；甲方认为人员不称职的，乙方应在5个工作日内更换。
（21）乙方不得将本合同项下的服务转包或分包。

（21-1）乙方应建立运维工作日志，详细记录每日巡检、变更、故障处理和备份情况，日志作为季度考核的依据。

第九章 违约责任
（22）乙方未按第（12）项约定完成交接并安排人员到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（23）乙方驻场人员无故缺岗的，每人每日扣减服务费800元。

第十章 合同解除
（24）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

（24-1）合同终止或解除时，乙方应向甲方或甲方指定的单位完成运维交接，移交全部账号、文档和工作日志，交接期内乙方应继续履行运维职责。

（24-2）因甲方原因导致乙方无法提供服务的，乙方不承担违约责任，但应及时书面告知甲方。
（24-3）因政策调整导致系统需要改造的，双方另行协商，改造工作不属于本合同运维服务范围。

第十一章 法律适用与争议解决
（25）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（24-4）本合同履行过程中，甲方可根据业务需要书面调整运维工作重点，乙方应在不增加费用的前提下予以配合，调整内容记入运维工作日志。

第十二章 其他
（26）磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临川市不动产登记中心
乙方（盖章）：江西赣易信息技术有限公司
签订日期：2025年12月18日
"""

Z05 = """# 链溯仓储及追溯系统软件许可及定制开发合同

（链溯科技标准合同文本 V4.0）

甲方（用户）：岳阳湘味松花蛋食品有限公司
乙方（供应商）：长沙链溯软件科技有限公司

甲方为松花蛋（皮蛋）及咸蛋生产企业，拟建设原料蛋仓储、腌制批次及成品追溯信息系统。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供链溯WMS仓储管理系统和链溯食品追溯系统的永久使用许可，并按甲方需求进行定制开发、部署实施和培训。
1.2 定制开发内容：鸭蛋原料入库赋码、腌制池批次管理、成品一物一码、经销商出库扫码及追溯查询页面。

1.3 系统部署于甲方自有服务器，支持甲方现有两个仓库及六个腌制车间使用。乙方负责与甲方现有财务软件进行出入库单据对接。
1.4 乙方提供PDA终端的配置和调试服务，PDA硬件由甲方自行采购。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链溯WMS仓储管理系统软件许可（永久，含PDA端20个） | 456,000 |
| 2 | 链溯食品追溯系统软件许可（永久） | 264,000 |
| | 软件许可小计 | 720,000 |
| 3 | 定制开发（原料赋码、腌制批次、一物一码、经销商扫码） | 380,000 |
| 4 | 部署实施及培训 | 100,000 |
| | 合同总价 | 1,200,000 |

2.1 上述价款含增值税，不含甲方服务器、PDA终端、标签打印机、网络设备等硬件费用，亦不含乙方人员在免费维护期满后的现场服务费用。
2.2 甲方需要增加用户数、PDA端数量或新增功能的，费用按乙方当时的报价另行计算。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的50%，即600,000元，作为预付款。
3.2 系统上线试运行后7日内，甲方支付合同总价的38%，即456,000元。
3.3 系统验收合格后7日内，甲方支付合同总价的12%，即144,000元。

## 第四条 交付

4.1 乙方应于收到预付款后100日内完成部署和定制开发，系统上线试运行。
4.2 甲方应提供服务器、网络环境和所需的业务资料，因甲方原因造成的延误，交付期限相应顺延。

4.3 乙方应为甲方仓库管理员、车间统计员和质检人员各提供一期现场培训，每期2天，并提供电子版操作手册。
4.4 甲方应指定项目联系人，在乙方提出需求确认请求后3个工作日内给予书面答复；逾期未答复的，视为确认。

## 第五条 验收

5.1 试运行满30日后，乙方提出验收申请，甲方应在10个工作日内组织验收。
5.2 验收标准：按附件《功能清单》逐项测试通过；任一成品码可在3秒内查询到原料批次、腌制池号和出库经销商；入库、出库单据与PDA扫码记录一致；系统连续运行无一级故障。
5.3 验收合格后双方签署验收报告。

## 第六条 免费维护期

6.1 系统免费维护期为六个月，自验收合格之日起算。免费维护期内，乙方免费修复软件缺陷。

## 第七条 技术支持

7.1 一级故障（系统无法出入库或无法追溯查询）：乙方在接到报修后8小时内响应；二级故障：2个工作日内响应；其他问题：5个工作日内答复。
7.2 上述时限为乙方的服务目标。响应或修复超时的，乙方不承担扣款、赔偿或违约金责任。

## 第八条 年度维护费

8.1 免费维护期满后，甲方应按年向乙方支付维护费，每年维护费为软件许可小计的32%，即230,400元，于每个维护年度开始前支付。
8.2 甲方未支付维护费的，乙方有权停止提供技术支持和升级服务。

8.3 维护服务内容包括远程技术支持、软件缺陷修复和版本升级；现场服务按每人每天2,500元另行收费，差旅费由甲方承担。
8.4 乙方每年可对维护服务内容进行调整，并在乙方官网公布。

## 第九条 知识产权

9.1 标准软件及乙方为甲方定制开发的全部成果（包括源代码、数据库设计、页面及文档）的知识产权归乙方所有。
9.2 甲方获得非独占、不可转让的使用权，仅限于甲方内部使用，不得修改、反编译或许可第三方使用。

9.3 甲方不得将本软件用于甲方关联公司或第三方，新增使用单位的，应另行购买许可。
9.4 甲方擅自修改软件或将软件提供给第三方的，乙方有权终止许可并要求甲方赔偿损失。

## 第十条 数据

10.1 甲方的业务数据归甲方所有。
10.2 甲方同意，乙方可将甲方数据脱敏、汇总后用于产品改进、行业分析以及向其他客户提供的行业基准报告，合同终止后亦同。
10.3 乙方应采取访问控制、数据加密、备份等安全措施，远程维护须经甲方同意；发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因导致数据泄露的，乙方承担相应的赔偿责任。

10.4 甲方应自行做好服务器、网络和终端设备的安全管理，因甲方原因导致的数据丢失或泄露，乙方不承担责任。

## 第十一条 保密

11.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

11.2 乙方有权在其宣传材料和客户名单中使用甲方的名称和标识，但不得披露甲方的具体业务数据。

## 第十二条 违约责任

12.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。
12.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一支付违约金。

12.3 因甲方原因导致项目暂停超过30日的，乙方有权按已完成的工作量要求甲方结算，并保留已收取的预付款。

## 第十三条 责任限制

13.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

13.2 因甲方提供的数据不准确、网络环境不稳定或擅自修改系统配置造成的损失，由甲方自行承担。

## 第十四条 合同解除

14.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十五条 争议解决

15.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

15.2 诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十六条 其他

16.0 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。乙方对本合同文本享有解释权。
16.1 本合同附件为《功能清单》《实施计划》。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：岳阳湘味松花蛋食品有限公司
乙方（盖章）：长沙链溯软件科技有限公司
日期：2026年6月3日
"""

E01 = """T:Software Licence and Services Agreement - Maintenance Management System
P:Agreement No. DS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 April 2026 between:
P:(1) Dunavsoft d.o.o., a limited liability company registered in the Republic of Serbia, with its registered office at Bulevar oslobodjenja 112, 21000 Novi Sad, Serbia (the "Vendor"); and
P:(2) Changzhou Hengli Precision Machinery Co., Ltd., a company established in the People's Republic of China, with its registered office at 58 Tongjiang Road, Xinbei District, Changzhou, Jiangsu Province (the "Customer").
P:Background: The Customer operates three machining plants in Changzhou and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor is the developer of the DunavMaint software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DunavMaint server application, web client and mobile technician application, in the version current at signature, together with its documentation.
P:1.2 "Custom Deliverables" means the reports, interfaces, data migration scripts and configuration the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in Changzhou for the number of users stated in Article 3, for the Customer's internal business purposes and those of its affiliates in mainland China.
P:2.2 The Vendor shall provide the implementation services described in Annex 1: installation, configuration of asset hierarchies for about 2,600 machine tools and utilities, preventive maintenance plans, integration with the Customer's ERP for spare-parts stock and purchase requests, migration of maintenance history, training, and go-live support.
P:2.3 All services are performed on the Customer's premises in Changzhou or remotely under Article 8.
H:Article 3 Price
P:3.1 At the Customer's request, all prices are stated and payable in Chinese Yuan (CNY) and include all taxes, travel and expenses of the Vendor's personnel.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:DunavMaint server licence, perpetual|1|380,000|380,000
TB:Named user licences, perpetual|120|3,600|432,000
TB:Mobile technician licences, perpetual|60|1,800|108,000
TB:Licence Subtotal|||920,000
TB:Implementation and configuration|1|436,000|436,000
TB:Data migration|1|88,000|88,000
TB:Training (administrators, planners, technicians)|1|56,000|56,000
TB:Contract Price|||1,500,000
P:3.2 The Contract Price is fixed. No other fees are payable for the scope in Annex 1.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 150,000) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 825,000) within 20 days after Go-Live, meaning the first month in which all three plants record work orders in the Software.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 525,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated on the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature. If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.2 Final Acceptance tests shall be carried out after Go-Live according to the acceptance test plan in Annex 2. The criteria are: all functions listed in Annex 1 pass the agreed test cases; maintenance history of the last three calendar years is migrated and reconciled with the source records; the ERP interface transfers spare-parts requests without error for 20 consecutive working days; the web client opens a work order in under 3 seconds with 150 concurrent users; and no Severity 1 defect occurs during a 30-day stable run.
P:5.3 When the criteria are met, the Customer shall sign the Final Acceptance Certificate. Go-Live, use of the Software in production or payment of any instalment does not constitute acceptance.
P:5.4 If the Software fails the tests, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 1 for a period of 24 months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new releases of the Software at no cost.
H:Article 7 Support and Service Levels
P:7.1 During the Warranty Period and any paid support period the Vendor shall provide support by telephone, e-mail and remote session in Chinese and English between 8:00 and 20:00 China time on working days, and a standby line for Severity 1 incidents at all times.
P:7.2 Severity 1 means the Software is unavailable or work orders cannot be created in any plant. The Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround or fix within 8 hours. Severity 2 means a major function is impaired; the Vendor shall respond within 2 hours and fix within 2 working days. Severity 3 incidents are answered within 2 working days.
P:7.3 For each hour by which the Vendor exceeds the response or fix time for a Severity 1 incident, the Vendor shall pay CNY 1,000, deducted from the next payment or support fee.
P:7.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Subtotal, that is CNY 101,200 per support year. This fee is fixed for the first three support years. Support does not renew automatically; each support year is ordered by a separate purchase order.
H:Article 8 Customer Data and Security
P:8.1 All data entered into or generated by the Software, including asset records, maintenance history, spare-parts data and personal data of the Customer's employees ("Customer Data"), belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement.
P:8.2 The Software is hosted on the Customer's servers. The Vendor's personnel may access the Customer's systems only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department, and shall not copy Customer Data outside the Customer's systems.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as they apply to its services, shall notify the Customer within 24 hours of any security incident affecting Customer Data, and shall be responsible for all losses the Customer suffers from an incident caused by the Vendor or its personnel.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate this Agreement if the liquidated damages under Article 5.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered services.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Serbia.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration at the Belgrade Arbitration Center in Belgrade, Serbia, in the English language, by a sole arbitrator.
H:Article 15 General
P:15.1 Annex 1 (Scope of Services) and Annex 2 (Acceptance Test Plan) form part of this Agreement. In case of conflict, the Articles prevail.
P:15.2 This Agreement is made in two English originals. It takes effect on signature by both parties.
P:For the Vendor: Dunavsoft d.o.o., Novi Sad  Name: ______________  Title: Managing Director
P:For the Customer: Changzhou Hengli Precision Machinery Co., Ltd.  Name: ______________  Title: General Manager
"""

E02 = """# Order Form No. AI-2026-0388 - Guest Feedback Platform

**Provider:** Adriatica Insight d.o.o., Put Supavla 21, 21000 Split, Croatia ("Provider")
**Customer:** Sanya Coralbay Hotels Management Co., Ltd., 16 Yuya Road, Sanya, Hainan Province, People's Republic of China ("Customer")
**Order date:** 2 March 2026

This Order Form is entered into under, and incorporates, the Adriatica Insight General Terms for Subscription Services set out below (the "General Terms"). Together they form the "Agreement". If this Order Form conflicts with the General Terms, this Order Form prevails.

## 1. Subscribed Services

| Service | Scope | Fee per Subscription Year (CNY) |
|---|---|---|
| Feedback Platform, Hotel edition | 24 hotel properties at CNY 7,500 each: post-stay surveys, review aggregation, guest messaging, case management | 180,000 |
| Enterprise Analytics module | group dashboards, benchmarking between Customer's own properties, data export | 48,000 |
| Total subscription fee per Subscription Year | | 228,000 |

| One-time service | Scope | Fee (CNY) |
|---|---|---|
| Onboarding | configuration of 24 properties, PMS integration, survey templates in Chinese and English, training of hotel staff | 44,000 |

## 2. Term and Fees

- Subscription Start Date: the date of Onboarding Acceptance under Section 3.3 of the General Terms.
- Initial Term: two Subscription Years from the Subscription Start Date.
- Total fees for the Initial Term: 2 x CNY 228,000 + CNY 44,000 = CNY 500,000 (the "Total Contract Value").
- At the Customer's request, all fees are stated, invoiced and paid in Chinese Yuan (CNY), including VAT.
- Invoicing: the onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced quarterly in advance, on the first day of each quarter of a Subscription Year, and are payable within 30 days of invoice. No amount is invoiced before the Subscription Start Date.
- Hosting: Alibaba Cloud, Shanghai region, operated under Provider's account.

## 3. Order Form Signatures

For Provider: ____________________ (Director)    For Customer: ____________________ (Chief Information Officer)

# General Terms for Subscription Services

## Section 1 Definitions

1.1 "Customer Data" means all data submitted to the Services by or for Customer, including guest names, contact details, stay records, survey answers and review texts.

1.2 "Services" means the subscription services and the onboarding services listed in the Order Form.

1.3 "Subscription Year" means each period that begins on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary.

1.4 "Customer Configurations" means survey templates, dashboards, workflows and reports that Provider creates specifically for Customer.

## Section 2 Provision of the Services

2.1 Provider shall make the Services available to Customer and its authorised users at the 24 properties listed in the Order Form during the term, in accordance with the documentation and the Service Levels in Section 5.

2.2 Customer shall use the Services only for its own hotel operations and shall keep its user credentials secure.

2.3 Provider may improve the Services from time to time, provided that no change materially reduces the functions Customer has subscribed to.

## Section 3 Onboarding and Acceptance

3.1 Provider shall complete onboarding within 45 days after the order date.

3.2 If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 25,000, deducted from the onboarding fee.

3.3 Onboarding Acceptance takes place when Customer confirms in writing that: (a) all 24 properties are configured and receive survey invitations automatically from the property management system; (b) survey answers and review texts from the agreed channels appear in the platform within 30 minutes; (c) the survey templates agreed in the onboarding plan are live in Chinese and English; and (d) hotel staff at every property have completed training. Customer shall test and confirm or reject within 10 working days after Provider's notice of completion. Use of the Services before that confirmation does not constitute acceptance.

## Section 4 Fees, Renewal and Price Changes

4.1 Customer shall pay the fees set out in the Order Form.

4.2 After the Initial Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.3 Provider may increase the subscription fees for any renewal term by up to 7% by giving Customer written notice at least 90 days before the renewal date. The increased fees apply from the renewal date without further agreement of Customer.

## Section 5 Service Levels

5.1 Provider shall make the Services available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 01:00 and 05:00 China time.

5.2 Provider shall respond to a Severity 1 incident (the platform or survey dispatch is unavailable for all properties) within 1 hour, at any time, and to a Severity 2 incident within 8 business hours.

5.3 If availability in a month falls below the level in Section 5.1, Customer shall receive a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point or part of it below that level, up to half of that monthly share. Credits are applied to the next invoice.

## Section 6 Customer Data

6.1 As between the parties, Customer owns all Customer Data. Provider processes Customer Data on Customer's instructions to provide the Services.

6.2 Notwithstanding Section 6.1, Provider may create aggregated and de-identified data derived from Customer Data and use it, during and after the term, to improve its products, to train its sentiment analysis models and to publish industry benchmarks to its other customers, provided that the published data does not name Customer or any guest.

## Section 7 Data Security

7.1 Provider shall store Customer Data only in data centres in mainland China, shall maintain an information security programme certified to ISO/IEC 27001, and shall encrypt Customer Data in transit and at rest.

7.2 Access by Provider personnel to Customer Data is limited to staff who need it to provide the Services and is logged. Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall take the measures needed to contain it, and shall be responsible for the losses and regulatory costs Customer incurs as a result of an incident caused by Provider's breach of this Section 7.

7.4 On termination, Provider shall return Customer Data in a standard export format within 30 days and then delete it.

## Section 8 Intellectual Property

8.1 Provider retains all rights in the Services, the platform and its documentation.

8.2 Customer Configurations belong to Customer. Customer may use, modify and share them freely, also with a successor provider.

## Section 9 Confidentiality

9.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties except to its advisers and personnel who need to know it and are bound by similar duties. These duties continue for three years after the end of the Agreement.

## Section 10 Subcontracting

10.1 Provider shall not subcontract the Services or engage any sub-processor, other than the hosting provider named in the Order Form, without Customer's prior written consent.

## Section 11 Liability

11.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss. The limits in this Section 11 do not apply to a party's liability for death or personal injury, fraud or wilful misconduct.

## Section 12 Term and Termination

12.1 The Agreement starts on the order date and continues for the Initial Term and any renewal terms.

12.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

12.3 On termination for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

## Section 13 Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

## Section 14 General

14.1 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Agreement without the other's consent, except to an affiliate in connection with a reorganisation.

14.2 These General Terms, version 2026.1, apply to the Order Form above and to no other order.
"""

E03 = """T:Purchase Contract for Cold-Chain Temperature and Humidity Monitoring Equipment
P:Contract No. LY-PUR-2026-0217
P:Buyer: Zhejiang Lvyuan Dairy Co., Ltd., 88 Dongsheng Road, Xiuzhou District, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Senzorika d.o.o., Stegne 35, 1000 Ljubljana, Slovenia (the "Supplier").
P:The Buyer operates a dairy plant and a cold-storage warehouse in Jiaxing and must record storage temperatures for its food-safety records. Following the Buyer's request for quotation of 9 February 2026 and the Supplier's offer of 23 February 2026, the parties agree as follows. This Contract is issued on the Buyer's standard purchase terms.
H:1. Subject of the Contract
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless temperature and humidity monitoring system for the Buyer's plant and cold-storage warehouse at 88 Dongsheng Road, Jiaxing (the "Site"), consisting of the equipment and software listed in Clause 2 (together the "Equipment"), and shall train the Buyer's staff.
P:1.2 The system shall record the temperature of every cold room, chiller, production line cooler and loading dock at intervals of one minute, raise alarms by SMS and by the monitoring software, and produce the reports required by the Buyer's HACCP plan.
H:2. Price
P:2.1 All prices are in Chinese Yuan (CNY), include VAT, import duties, delivery to the Site, insurance, installation and calibration, and are fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensors, stainless probe, -40 to +85 C|420|1,150|483,000
TB:2|Wireless temperature and humidity sensors|160|1,380|220,800
TB:3|LoRa gateways with 4G backup|18|9,600|172,800
TB:4|Monitoring server, installed in Buyer's server room|1|86,000|86,000
TB:5|Monitoring software, perpetual licence, unlimited users|1|128,000|128,000
TB:|Equipment and Licence Subtotal|||1,090,600
TB:6|Installation, calibration and commissioning|1|118,400|118,400
TB:7|Training|1|21,000|21,000
TB:|Contract Price|||1,230,000
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 246,000) within 15 working days after signature of this Contract and receipt of the Supplier's invoice.
P:3.2 The Buyer shall pay the remaining 80% of the Contract Price (CNY 984,000) within 15 working days after signature of the Installation Certificate under Clause 5.
P:3.3 All payments are made in CNY by bank transfer against a valid VAT invoice issued by the Supplier's authorised agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation and commissioning within 25 days after delivery.
P:4.2 The Supplier shall carry out installation in coordination with the Buyer's production schedule and shall not interrupt refrigeration of any cold room for more than 2 hours at a time.
P:4.3 If the Supplier delivers or completes installation late, it shall pay the Buyer liquidated damages of 0.02% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:5. Installation Certificate and Acceptance
P:5.1 When the Supplier has installed all Equipment and switched the system on, the parties shall sign an Installation Certificate recording the quantity of Equipment installed at the Site.
P:5.2 The Equipment is deemed accepted by the Buyer upon signature of the Installation Certificate. No further acceptance tests are required under this Contract.
P:5.3 The Supplier shall hand over, together with the Installation Certificate, an as-built list showing the location and serial number of every sensor and gateway, the calibration certificates, the network settings of the gateways, and the user and administrator manuals in Chinese.
P:5.4 The Buyer shall give the Supplier access to the Site during normal working hours, provide power sockets at the agreed locations and assign a contact person from its maintenance department for the installation period.
H:6. Warranty
P:6.1 The Supplier warrants that the Equipment is new, free from defects in materials and workmanship and conforms to the specifications in the Supplier's offer for 24 months from the date of the Installation Certificate.
P:6.2 During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including replacement of sensor batteries that fail, and shall provide software updates at no cost.
P:6.3 Each sensor is delivered with a calibration certificate traceable to national standards. The Supplier shall recalibrate the sensors once during the warranty period at no charge.
H:7. Service Levels
P:7.1 The Supplier shall provide support through its authorised service partner in Hangzhou. A critical fault means that the monitoring of one or more cold rooms is lost or that alarms are not sent. The Supplier shall respond to a critical fault within 1 hour by telephone or remote session and, where needed, arrive at the Site within 24 hours. Other faults are answered within 1 working day.
P:7.2 For each hour by which the Supplier exceeds the response time for a critical fault, the Supplier shall pay the Buyer CNY 800.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may order annual support covering repair, replacement parts, software updates and annual recalibration at 8% of the Equipment and Licence Subtotal per year, that is CNY 87,248 per year. This price is fixed for the three years following the warranty period.
P:8.2 Support is ordered by the Buyer year by year and does not renew automatically.
P:8.3 Annual support includes a yearly health check of all gateways and the monitoring server, battery replacement where the remaining capacity is low, and a written report to the Buyer's quality department.
H:9. Buyer Data
P:9.1 All measurement data, alarm records and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 Buyer Data is stored on the monitoring server at the Site. The Supplier may access it remotely only through the Buyer's VPN after the Buyer's approval of each session, and shall not copy Buyer Data outside the Buyer's systems. The Supplier shall keep its remote access accounts protected by multi-factor authentication.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Buyer Data and shall be liable for the Buyer's losses from any incident caused by the Supplier or its service partner.
H:10. Intellectual Property
P:10.1 The Supplier or its licensors keep the rights in the monitoring software and the sensor firmware. The Buyer's licence to the software is perpetual and covers all users at the Site.
P:10.2 The Site-specific configuration, dashboards, alarm rules, report templates and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information received from the other party under this Contract, including the Buyer's plant layout and production data, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier may use its authorised service partner in Hangzhou named in its offer for installation and support. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Clause 4.3 reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment not delivered and shall remove any Equipment the Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
P:15.3 Before starting arbitration, the parties shall try to settle the dispute by negotiation between their senior managers for at least 20 days after one party asks for such negotiation in writing.
H:16. General
P:16.1 This Contract is made in English and Chinese; both texts are equally authentic. The Supplier's offer is attached for the technical specifications only; its commercial terms do not apply.
P:16.2 Force majeure: a party prevented from performing by force majeure shall notify the other promptly and is excused for the period of the event.
P:16.3 The Supplier shall comply with the Buyer's site safety rules, food-hygiene rules and permit-to-work procedures. Its personnel shall wear the protective clothing provided by the Buyer in production areas and shall not enter cold rooms without an escort from the Buyer.
P:16.4 Amendments to this Contract are valid only in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses stated above, by courier or by e-mail with confirmation of receipt.
P:For the Buyer: Zhejiang Lvyuan Dairy Co., Ltd.    Signature: ____________    Date: ____________
P:For the Supplier: Senzorika d.o.o.    Signature: ____________    Date: ____________
"""

E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES CONTRACT

Contract reference: LC-XM-2026-07

**Customer:** Xiamen Haixin Cross-border Logistics Co., Ltd., 201 Xiangyu Road, Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer")

**Provider:** Lovcen Cloud Operations d.o.o., Bulevar Svetog Petra Cetinjskog 45, 81000 Podgorica, Montenegro, acting in China through its wholly owned subsidiary Lovcen Cloud Operations (Xiamen) Co., Ltd. ("Provider")

Customer runs its warehouse management, customs declaration and finance systems in its own data centre in Xiamen and keeps a secondary site in a colocation facility in Fuzhou. Customer wishes to outsource the daily operation of its backup and disaster recovery environment. Provider operates such services for logistics companies. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed backup and disaster recovery services described in Schedule 1.

1.2 "Transition" means the take-over of the backup environment from Customer's current team, described in Schedule 1, ending with Transition Acceptance.

1.3 "Customer Data" means all data of Customer and its clients that Provider can access when performing the Services, including backup copies, system logs, customs declarations and personal data of consignees.

1.4 "Incident" means any event that disrupts a backup job, a restore or the disaster recovery capability.

## 2. TERM

2.1 The Services start on the date of Transition Acceptance and run for 24 months (the "Service Term").

2.2 The Contract does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. At the Customer's request they are stated and paid in Chinese Yuan (CNY) and include VAT and all costs of Provider's personnel.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after Customer has confirmed the monthly service report.

3.3 Customer pays each correct invoice within 30 days. No amount is payable in advance.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the Transition within 45 days after signature of this Contract, according to the Transition plan in Schedule 1.

4.2 Transition Acceptance requires that: (a) all systems listed in Schedule 1 are backed up by jobs run and monitored by Provider for 14 consecutive days without an unexplained failure; (b) Provider has restored a sample of production databases and file servers chosen by Customer in the test environment, with a successful integrity check; (c) a full disaster recovery test fails over the customs declaration system to the Fuzhou site within the recovery time in Schedule 2; and (d) runbooks and the configuration register are handed over. Customer then signs a Transition Acceptance Certificate. The start of monitoring or payment of any invoice does not constitute acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay, up to a maximum of CNY 48,000.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, Provider shall give Customer the service credits in Schedule 2, deducted from the next invoice. Credits do not limit Customer's other rights.

5.3 Provider shall carry out a root-cause analysis of every Priority 1 Incident and deliver its report within 5 working days.

5.4 Provider shall attend a monthly service review with Customer's IT manager, present the service level report, the open Incidents and the planned changes, and agree corrective actions for any missed service level.

5.5 Changes to backup policies, retention periods or replication settings require Customer's approval through its change management process.

## 6. DATA PROTECTION AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's documented instructions, and shall not use it for any other purpose.

6.2 Customer Data remains in mainland China at all times, in Customer's Xiamen data centre and at the Fuzhou site. Provider's engineers work on Customer's premises or through Customer's bastion host with multi-factor authentication; every session is recorded. Backup media are encrypted, and no media leave Customer's sites except by Customer's written instruction.

6.3 Provider shall comply with the Personal Information Protection Law, the Data Security Law and the multi-level protection scheme (MLPS) requirements applicable to Customer's systems.

6.4 Provider shall notify Customer of any security incident affecting Customer Data within 2 hours, take immediate containment measures, and be liable for all losses, fines and remediation costs resulting from an incident caused by Provider or its personnel.

6.5 Provider shall ensure that each engineer assigned to the Services has signed a confidentiality and data protection undertaking and has received security training before receiving access.

## 7. CONFIDENTIALITY

7.1 Each party shall keep the other party's confidential information secret, use it only for this Contract and not disclose it to a third party without prior written consent. This clause survives termination for three years.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, backup policies, configuration registers and reports prepared by Provider for Customer belong to Customer. Customer may use, modify and hand them to any successor provider.

8.2 Provider keeps its own tools and know-how and grants Customer a free licence to use any such tool embedded in the deliverables.

8.3 On expiry or termination, Provider shall deliver to Customer the current version of all deliverables under Clause 8.1 in editable form, together with the administrator credentials it holds for Customer's systems.

## 9. SUBCONTRACTING

9.1 Provider shall perform the Services through its Xiamen subsidiary named above. Provider shall not subcontract any part of the Services to any other person without Customer's prior written consent.

## 10. LIABILITY

10.1 Provider's total liability under this Contract is limited to 150% of the total charges under Schedule 3. The limit does not apply to breach of Clauses 6 and 7, personal injury or wilful misconduct.

## 11. TERMINATION

11.1 Customer may terminate this Contract by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if Provider misses the Priority 1 restore target in Schedule 2 in three months of any six consecutive months.

11.2 On any termination or expiry, Provider shall give exit assistance for up to 60 days at the Monthly Service Charge pro rata and hand over all runbooks, credentials and media.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Contract is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## 13. GENERAL

13.1 The Schedules form part of this Contract. This Contract is signed in English and Chinese; the Chinese text prevails in case of conflict.

For Customer: ______________________ (General Manager)    Date: __________

For Provider: ______________________ (Director)    Date: __________

## SCHEDULE 1 - SCOPE

| Area | Service |
|---|---|
| Backup operation | daily incremental and weekly full backups of 46 servers and 9 databases; job monitoring at all times; failed jobs rerun within the same day |
| Restore | restores of files, databases and virtual machines on request from Customer's IT service desk |
| Disaster recovery | replication of the customs declaration and warehouse management systems to Fuzhou; two failover tests per Service Year |
| Media and storage | management of backup storage capacity and encrypted tapes; monthly capacity report |
| Transition | inventory of jobs and policies, knowledge transfer from Customer's team, runbooks, configuration register |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Backup portal and monitoring availability | 99.95% per month | 3% of the Monthly Service Charge |
| Priority 1 Incident response (restore of a production system needed, or disaster recovery invoked) | 30 minutes, at any time | CNY 1,000 per 30 minutes late |
| Priority 1 restore of a production database | within 3 hours of the request | CNY 2,000 per hour late |
| Priority 2 Incident response (backup job failure without data loss) | 2 hours | CNY 300 per hour late |
| Disaster recovery failover (customs declaration system) | recovery time 2 hours, recovery point 15 minutes | 10% of the Monthly Service Charge |
| Failed backup jobs after reruns | no more than 5 per month | 2% of the Monthly Service Charge |

Total service credits in a month are limited to 25% of that month's Monthly Service Charge.

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 68,000 |
| Monthly Service Charge | CNY 58,000 per month for 24 months | 1,392,000 |
| Total charges | | 1,460,000 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: VDL-2026-CN-031
Date: 9 June 2026

PARTIES
Vardar Data Labs DOOEL, a company registered in the Republic of North Macedonia, with its seat at Bulevar Partizanski Odredi 62, 1000 Skopje, North Macedonia ("Provider").
Qingdao Blue Harbour Seafood Trading Co., Ltd., a company established in the People's Republic of China, with its seat at 77 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND
Customer imports and exports frozen seafood and needs daily wholesale price, import volume and regulatory notice data for European markets in its pricing and purchasing systems. Provider collects, cleans and publishes such data through a web API. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Provider's Market Data API, version 3, and its documentation.
1.2 "Data" means the price, volume, exchange-rate and regulatory notice data delivered through the API.
1.3 "Customer Data" means the product lists, query parameters, user account details and any other information Customer submits to the API or to Provider.
1.4 "Subscription Year" means each period beginning on the Start Date or on an anniversary of it and ending on the day before the next anniversary.
1.5 "Start Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to call the API and to use the Data in Customer's internal pricing, purchasing and reporting systems and in reports to its own management and banks.
2.2 Customer's plan is the Professional plan: up to 2,000,000 API calls per month, 18 European markets, 240 seafood product codes, daily updates and ten years of history.
2.3 Customer shall not resell the Data or publish it in bulk.

3. FEES AND PAYMENT
3.1 At the Customer's request all fees are stated, invoiced and paid in Chinese Yuan (CNY), including VAT.
3.2 Fees:
   Professional plan subscription: CNY 174,000 per Subscription Year x 3 Subscription Years = CNY 522,000
   Onboarding (connector to Customer's ERP, mapping of product codes, training), one-time: CNY 24,000
   Total fees for the initial term: CNY 546,000
3.3 API calls above the monthly volume are charged at CNY 0.02 per call, invoiced monthly in arrears. They are not part of the total above.
3.4 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee is invoiced quarterly in arrears, CNY 43,500 per quarter. Customer pays within 30 days of a correct invoice. Nothing is payable before the Start Date.

4. ONBOARDING AND ACCEPTANCE
4.1 Provider shall issue API credentials, build the connector between the API and Customer's ERP and map Customer's product codes to the Data.
4.2 Provider will use reasonable efforts to complete onboarding within 30 days after signature. Onboarding dates are estimates.
4.3 Onboarding Acceptance takes place when Customer confirms in writing that: (a) the connector loads the daily Data into the ERP without manual work for 10 consecutive working days; (b) all 240 product codes are mapped and a sample of 50 prices matches the Data in Provider's web portal; (c) the history for the 18 markets has been loaded; and (d) Customer's users have been trained. Customer shall test and confirm or give reasons for rejection within 10 working days after Provider's notice of completion. Use of the Data before that confirmation is not acceptance.

4.4 If the Data delivered during onboarding does not meet clause 4.3, Provider shall correct the connector or the mapping and notify Customer again. The Start Date does not occur until Onboarding Acceptance.
4.5 Customer shall provide a test environment of its ERP, a list of its product codes with descriptions and a contact person who can answer mapping questions within two working days.

5. SERVICE AND SUPPORT
5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver each day's Data on time, but does not guarantee that the API will be uninterrupted or error-free.
5.2 Support is available by e-mail and through Provider's ticket portal on working days in Skopje. Provider will respond to support requests as soon as reasonably practicable.
5.3 Provider may carry out maintenance on the API and will try to announce planned maintenance in advance on its status page.

5.4 Provider will publish notices of changes to data sources, market coverage or field definitions on its status page and by e-mail to Customer's technical contact. Provider shall not remove a market or a field included in the Professional plan during the term.
5.5 Each Data record carries its source and the time of its last update. Where Provider becomes aware of an error in published Data, it will correct the record and flag the correction in the next daily delivery.
5.6 Customer is responsible for its own use of the Data in pricing and purchasing decisions. The Data is market information and does not constitute investment or trading advice.

6. CUSTOMER DATA AND SECURITY
6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and shall not sell, share or analyse it for any other purpose, during or after the term.
6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to named support staff, access logging and annual penetration tests of the API. Customer Data is stored on servers in mainland China operated by Provider's hosting partner under written data processing terms.
6.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, cooperate with Customer's investigation, and be responsible for the losses Customer suffers from an incident caused by Provider's failure to meet this clause 6.
6.4 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY
7.1 Provider and its sources keep all rights in the API and the Data.
7.2 The connector and product-code mapping tables built for Customer during onboarding belong to Customer. Customer may use, modify and have them maintained by third parties.

7.3 Provider shall defend Customer against any claim by a third party that Customer's use of the API or the Data in accordance with this Agreement infringes that party's rights, and shall pay any damages finally awarded, provided that Customer informs Provider of the claim promptly and allows Provider to control the defence.

8. CONFIDENTIALITY
8.1 Each party shall keep the terms of this Agreement and the other party's non-public business information confidential, use it only for this Agreement and not disclose it to a third party without prior written consent, except where disclosure is required by law. This obligation continues for three years after the end of the Agreement.

9. SUBCONTRACTING
9.1 Provider may use the hosting partner referred to in clause 6.2. Any other subcontractor or sub-processor requires Customer's prior written consent.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term stated in clause 3.2.
10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or breach of clause 6 or 8.

11. TERM AND TERMINATION
11.1 The Agreement runs from signature until the end of the third Subscription Year. It ends then unless the parties agree a renewal in writing; there is no automatic renewal.
11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
11.3 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

11.4 On expiry or termination, Customer's right to call the API ends. Customer may keep and continue to use, for internal purposes, the Data it has already loaded into its systems before that date.
11.5 Clauses 6, 7, 8 and 10 survive the end of this Agreement.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final and binding.

13. GENERAL
13.1 Neither party may assign this Agreement without the other's written consent. Notices are given in writing to the addresses above. This Agreement is the entire agreement on its subject.

13.2 Each party shall comply with the export control, sanctions and anti-bribery laws that apply to it in performing this Agreement.
13.3 This Agreement is signed in two English originals, one for each party. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

SIGNATURES
For Provider: Vardar Data Labs DOOEL, Skopje    Name: ______________    Title: Manager
For Customer: Qingdao Blue Harbour Seafood Trading Co., Ltd.    Name: ______________    Title: General Manager
"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h430z01_eco_bureau_discharge_permit_platform.pdf", "pdf", Z01),
    "z02": ("h430z02_cement_kiln_control_retrofit.docx", "docx", Z02),
    "z03": ("h430z03_beauty_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h430z04_real_estate_registry_annual_om.txt", "txt", Z04),
    "z05": ("h430z05_preserved_egg_wms_traceability_supplier_template.md", "md", Z05),
    "e01": ("h430e01_serbian_cmms_perpetual_licence.pdf", "pdf", E01),
    "e02": ("h430e02_croatian_guest_feedback_saas_order_form.md", "md", E02),
    "e03": ("h430e03_slovenian_cold_chain_sensors.docx", "docx", E03),
    "e04": ("h430e04_montenegrin_managed_backup_dr.md", "md", E04),
    "e05": ("h430e05_macedonian_market_data_api.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(lang, cat, kind, v, av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
        sla=True, capped=None, deemed=False):
    terms = dict(zip(T, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = v
    return {"language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": lab("zh", "software", G, 2480000, 99.8, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10,
               False, True, True, "PRC", capped=True),
    "z02": lab("zh", "hardware", G, 2640000, None, 0.5, True, "buyer", False, True, True, 0.08, None, 10, True, True, 24, 9,
               False, False, False, "PRC", capped=True),
    "z03": lab("zh", "cloud", S, 766000, 99.95, 0.5, True, "buyer", True, True, False, 0.1, 200, None, True, None, None, None,
               True, True, False, "PRC"),
    "z04": lab("zh", "services", S, 758000, 99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
               None, False, True, False, "PRC"),
    "z05": lab("zh", "software", G, 1200000, None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 32,
               False, True, None, None, capped=True),
    "e01": lab("en", "software", G, 1500000, None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11,
               False, True, False, "Serbia", capped=True),
    "e02": lab("en", "cloud", S, 500000, 99.95, 1, True, "buyer", True, False, True, 500 / 500000 * 100, 6 / 24 * 100, None,
               True, None, None, None, True, True, False, "PRC"),
    "e03": lab("en", "hardware", G, 1230000, None, 1, True, "buyer", True, True, True, 0.02, 200, 20, False, False, 24, 8,
               False, True, False, "PRC", capped=True, deemed=True),
    "e04": lab("en", "services", S, 1460000, 99.95, 0.5, True, "buyer", True, True, True, 1600 / 1460000 * 100, 150, None,
               True, None, None, None, False, True, False, "PRC"),
    "e05": lab("en", "cloud", S, 546000, None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
               False, True, False, "PRC", sla=False),
}
# TCO inputs (policy section 4): fee base = itemised licence / hardware subtotal; horizon 5 years from acceptance
TCO = {"z01": 1280000, "z02": 2380000, "z05": 720000, "e01": 920000, "e03": 1090600}
FORUM_OUTSIDE = {"e01"}  # forum outside mainland China (Belgrade)

DESIGN = {
    "z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z02": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "z04": [],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": ["CR-ACCEPTANCE", "CR-LD-LOW"],
    "e04": [],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if key not in TCO or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = TCO[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key):
    """My own reading of policy.md section 3, applied to the labels."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMCH = "一二三四五六七八九十百千零〇两壹贰叁肆伍陆柒捌玖拾"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)",
    r"(?<![" + NUMCH + r"])[四肆]\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)",
    r"二百四十分钟",
    r"(?<![\d.])0?\.050*" + PCT,
    r"万分之五(?![" + NUMCH + r"点])",
    r"(?<![\d.])100(?:\.0+)?" + PCT,
    r"百分之(?:一)?百(?![" + NUMCH + r"])",
    r"\b(?:one\s+)?hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30(?:\.0+)?" + PCT,
    r"百分之三十(?![" + NUMCH + r"点])",
    r"(?<![" + NUMCH + r"])三成",
    r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)",
    r"(?<![" + NUMCH + r"])十二\s*个月",
    r"\btwelve[\s-]*months?\b",
    r"一年",
    r"(?<![\d.])1\s*年(?!度)",
    r"\bone[\s-]*year\b",
    r"(?<![\d.])1[\s-]*year\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT,
    r"百分之十五(?![点])",
    r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?" + PCT,
    r"百分之四十(?![" + NUMCH + r"点])",
    r"(?<![" + NUMCH + r"])四成",
    r"\bforty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-year)",
    r"(?<![" + NUMCH + r"])五\s*年(?!度)",
    r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b|-month)",
    r"六十\s*个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "百分之一百", "100 per cent", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月",
            "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "5 年", "五年",
            "five years", "5 years", "60 months", "60个月", "99.90%"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "1100%", "130%", "0.5%", "240,000", "2026年", "24 hours", "15 days", "30 days", "40 hotels", "12.5%",
             "112 months", "服务年度内", "Subscription Year", "one Subscription Year", "45%", "2.5%", "5 working days"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def scan(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found += hits(variant)
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, fmt, src) in NAMES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, fmt, src) in NAMES.items():
        lab_ = LABELS[key]
        rules = derive_rules(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        text = read_back(OUT / name, fmt)
        n = length(text, lab_["language"])
        lo, hi = (2750, 3000) if lab_["language"] == "zh" else (1450, 1650)
        nows = len(re.sub(r"\s+", "", text))
        sh = tco_share(key)
        print(f"{key} {name} len={n} (non-ws {nows}) rules={rules} risk={risk(rules)} tco_share={sh}")
        if not lo <= n <= hi:
            problems.append(f"{key} length {n} outside {lo}-{hi}")
        for where, t in (("built", text), ("source", src)):
            h = scan(t)
            if h:
                problems.append(f"{key} threshold figure in {where}: {h}")
        # no label on a threshold
        t = lab_["expected_terms"]
        for k, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - bad) > 1e-9, (key, k)
        if sh is not None:
            assert abs(sh - 40) > 2, (key, sh)
        label = {"file": name, **lab_, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")
    if problems:
        print("PROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
