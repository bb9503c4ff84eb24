"""holdout942: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels from the design table below, derives each draft's rules from its label with my reading of
policy §3, and asserts lengths, sums, coverage and the no-threshold checks. Run:
/work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H942Z01 = """T:市电梯维保质量监管平台软件许可及定制开发合同
P:项目编号：SJGC-2027-0418（政府采购·公开招标）
P:采购人（甲方）：某市市场监督管理局
P:供应商（乙方）：江城智梯信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方在平等自愿的基础上订立本合同，共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“电梯维保质量监管平台”软件许可，并根据甲方需求完成定制开发、数据对接、部署实施和培训，建成覆盖全市在用电梯的维保质量监管系统。
P:1.2 定制开发内容包括：维保单位信用评价模块、电梯物联网监测数据接入模块、按需维保过程记录模块、移动执法App和领导驾驶舱，具体功能以附件1《需求规格说明书》为准。
P:1.3 平台部署于甲方指定的政务云资源，乙方负责应用软件、中间件配置及与市场监管一体化平台、12345热线系统的接口开发。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰肆拾陆万元整（¥2,460,000），包括：平台软件许可费¥1,260,000（永久许可，不限终端数量）；定制开发费¥980,000；数据对接与部署实施费¥186,000；培训费¥34,000。
P:2.2 上述价款为含税固定总价，包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥492,000。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥1,107,000。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥861,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后九十日内完成部署和定制开发并提交初步验收申请；初步验收通过后进入六十日试运行期。
P:4.2 乙方应向甲方交付安装介质、授权文件、定制部分的源代码、数据库设计文档、接口文档、操作手册和运维手册。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，并与投标文件承诺一致；未经甲方书面同意，项目经理和技术负责人不得更换。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题和风险；重大问题应在发现后一个工作日内书面报告甲方，由双方共同研究解决。
H:第五条 验收
P:5.1 初步验收标准：附件1所列功能全部实现；接口与市场监管一体化平台、12345热线系统联调通过；压力测试中五百个并发用户下页面平均响应时间不超过2秒；存量电梯档案迁移比对零差错。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护测评和商用密码应用安全性评估无高风险问题；甲方组织的专家验收组出具书面验收意见。
P:5.3 系统上线使用、甲方支付款项或签收文档均不视为验收合格，验收合格以甲方签署的最终验收报告为准。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与后续运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和现场服务。
P:6.2 质保期满后，甲方可委托乙方提供年度运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过¥113,400，质保期满后三年内不得上调。运维服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护应提前三日书面通知甲方，且不计入不可用时间。
P:7.2 故障分级：一级故障指平台整体不可用或核心监管功能中断，乙方应在30分钟内响应，2小时内到达现场；二级故障指部分功能异常，乙方应在2小时内响应，次日内解决；三级故障为一般咨询和优化需求，按约定排期处理。
P:7.3 乙方响应或修复超时的，每超时1小时向甲方支付违约金¥800；月可用率每低于承诺值0.01个百分点，甲方可扣减¥1,500，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的程序、源代码、接口、文档及数据模型的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.3 乙方保证所交付软件不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部费用和责任。
H:第九条 数据安全
P:9.1 平台中的电梯档案、维保记录、监测数据、执法记录及个人信息均属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，全程留痕；不得擅自导出数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、监管信息、系统口令和网络拓扑负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:11.3 乙方交付的系统不符合合同约定的，应负责修复或更换，并赔偿甲方由此遭受的损失。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目，也不得将本项目任何部分分包给第三方；乙方不得转让本合同项下的权利和义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明；双方可根据影响程度协商延长履行期限，受影响一方不承担相应的违约责任。
H:第十六条 通知
P:16.1 本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方确认的电子邮箱。一方变更联系方式的，应在变更后三日内书面通知对方。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:17.2 附件：1.需求规格说明书；2.分项报价表；3.投标文件服务承诺。附件与本合同具有同等效力。
P:甲方（盖章）：________  乙方（盖章）：________
P:签订日期：____年__月__日
"""

H942Z02 = """T:生产线控制系统改造项目合同
P:合同编号：LJQ-SB-2027-031
P:甲方（买方）：华东量角器制造有限公司
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:甲方拟对其冲压、印刷刻度和包装三类共六条量角器生产线的控制系统进行改造。经询价比选，双方就设备供货、软件许可、安装调试及后续维保事宜达成如下协议。
H:第一条 供货及服务范围
P:1.1 乙方负责六条生产线控制系统的设计、设备供货、软件许可、编程、安装、调试、试运行和培训，使改造后的生产线满足附件一《技术规格书》的要求。
P:1.2 乙方提供的设备和软件明细及价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|68,000|408,000
TB:2|伺服驱动及电机组|18套|21,500|387,000
TB:3|刻度视觉检测相机及光源|6套|34,000|204,000
TB:4|工业触摸屏及工控机|12台|9,500|114,000
TB:5|工业以太网交换机|8台|6,250|50,000
TB:6|SCADA监控软件许可（永久）|1套|168,000|168,000
TB:7|MES数据采集接口软件许可（永久）|1套|89,000|89,000
TB:软硬件小计||||1,420,000
TB:8|定制PLC程序及配方管理开发|1项|168,000|168,000
TB:9|安装、布线及调试|1项|126,000|126,000
TB:10|操作及维护培训|1项|16,000|16,000
TB:合同总价||||1,730,000
P:1.3 合同总价为人民币壹佰柒拾叁万元整（¥1,730,000），含税、含运输、保险及安装所需辅材，为固定价格。
P:1.4 改造后的控制系统应保留原生产线的冲压模具、印刷网版和包装机械接口，不得因改造导致甲方现有模具和工装报废。乙方应在设计阶段完成现场勘测，勘测中发现的与技术规格书不一致之处，应书面提出并经甲方确认。
P:1.5 乙方提供的设备和软件应符合国家现行的电气安全和电磁兼容标准，控制柜应具备急停、安全门联锁和断电保护功能，并通过甲方安全部门的检查。
H:第二条 付款方式
P:2.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:2.2 全部设备到货并完成安装调试后，甲方支付合同总价的50%。到货签收和安装调试完成仅表示设备已到场并通电运行，不视为验收合格。
P:2.3 最终验收合格后，甲方支付合同总价的35%。
P:2.4 合同总价的5%作为质量保证金，质保期满且无未决质量问题后支付。
H:第三条 交货与工期
P:3.1 乙方应在合同签订后六十日内将全部设备运抵甲方厂区，并在到货后四十五日内完成六条生产线的改造与调试。改造须分线实施，每条线停产时间不得超过五日。
P:3.2 设备应为原厂全新产品，附合格证、装箱单和原厂质保文件。
P:3.3 乙方进场施工前应编制施工组织方案和停产切换计划，经甲方生产部和设备部确认后实施。施工人员应遵守甲方厂区安全生产、动火作业和用电管理规定，因乙方原因发生的安全事故由乙方负责。
P:3.4 乙方应指定一名现场项目经理常驻甲方厂区，负责协调施工、调试和与甲方各部门的沟通，每周提交进度报告。
H:第四条 验收
P:4.1 验收标准：每条线连续试生产七十二小时；冲压节拍不低于每分钟四十五件；刻度视觉检测漏检率低于0.2%；配方切换时间不超过十分钟；SCADA与MES之间的产量、工单和报警数据逐条比对一致。
P:4.2 六条线全部达到上述标准并稳定运行三十日后，由甲方组织最终验收并签署验收报告。未签署验收报告前，任何使用行为均不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并承担费用，整改后重新验收。
P:4.4 每条生产线改造完成后，甲方可先行组织单线确认，单线确认仅作为投产依据，不代替最终验收。最终验收时，乙方应提交试生产记录、节拍测试记录和视觉检测比对报告。
H:第五条 质保与维保服务
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，免费升级软件补丁。
P:5.2 质保期内，一级故障（任一生产线整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单机或单工位故障）应在2小时内响应，次日到场。响应或到场每超时1小时，乙方支付违约金¥500。
P:5.3 质保期满后，乙方按年提供维保服务，包括定期巡检、备件更换、程序维护和软件升级。年度维保费为软硬件小计的18%，即每年¥255,600，质保期满后三年内保持不变。
H:第六条 知识产权
P:6.1 SCADA及MES接口软件的知识产权归原厂或乙方所有，甲方获得永久使用许可。
P:6.2 为本项目定制的PLC程序、配方管理程序、HMI画面及其源文件的知识产权归甲方所有，乙方应在验收时交付全部源文件，甲方可自行修改或委托他人维护。
H:第七条 数据安全
P:7.1 生产线运行数据、配方参数、质量检测图像等数据属于甲方，乙方不得用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方批准并通过甲方指定的安全通道进行，不得在控制网络中留存远程工具；发现数据泄露或病毒感染的，应在2小时内通知甲方。因乙方原因造成数据泄露、损毁或生产中断的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对在本项目中知悉的甲方工艺参数、产品图纸、模具设计和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后五年内仍然有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 设备质量不符合约定的，乙方应负责更换并赔偿甲方停产损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将任何工作分包给第三方。经同意分包的，乙方对分包方的工作承担全部责任。
H:第十一条 合同的解除
P:11.1 本合同签订后，除发生不可抗力外，非经双方协商一致，任何一方不得解除本合同。一方违约的，守约方可以要求违约方继续履行并按第九条承担违约责任。
H:第十二条 培训与技术资料
P:12.1 乙方应为甲方设备维修人员提供不少于五日的现场培训，内容包括PLC程序结构、伺服参数调整、视觉检测标定、SCADA报警处理和常见故障排除，培训结束后进行考核，确保甲方人员能够独立完成日常维护。
P:12.2 乙方应在验收前交付电气原理图、接线图、PLC程序注释文本、参数清单、备件清单和操作维护手册各两套，并提供电子版本。资料不全的，不予组织最终验收。
P:12.3 乙方应推荐常用备品备件清单，并保证在质保期满后五年内以不高于本合同单价的价格供应同型号备件；原型号停产的，应提供兼容替代产品。
H:第十三条 不可抗力
P:13.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十五日内提供证明，履行期限相应顺延。不可抗力消除后，双方应尽快恢复履行。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《改造实施方案》为本合同组成部分。
P:甲方（盖章）：________  乙方（盖章）：________
"""

H942Z03 = """浪花里皮划艇培训连锁门店预约及会员管理系统服务合同

合同编号：LHL-IT-2027-006

甲方：杭州浪花里皮划艇运动培训有限公司（以下简称“甲方”）
乙方：上海云舟软件科技有限公司（以下简称“乙方”）

甲方在全国经营四十家皮划艇培训门店，需要统一的课程预约、会员管理、教练排班和收银系统。乙方以软件即服务（SaaS）方式提供“云舟场馆通”系统并完成实施。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方向甲方四十家门店开通“云舟场馆通”系统，功能包括课程与场地预约、会员卡及课时管理、教练排班、收银与对账、营销活动、微信小程序和总部数据看板。
2. 每家门店开通五个管理账号，教练端和会员端账号数量不限。
3. 系统部署于乙方在中国境内的云平台，乙方负责系统的运行、维护、升级和备份。

（二）实施服务
1. 乙方负责将甲方现有会员、课时余额、储值余额和历史订单迁移至本系统。
2. 乙方按甲方品牌要求定制会员小程序页面，开发与甲方财务系统、保险投保平台的接口。
3. 乙方对门店店长、前台和教练分批进行培训，总部管理员培训不少于两次。
4. 乙方应指派实施项目经理一名，负责制定实施计划、组织门店切换和协调甲方各门店的配合工作；门店切换应安排在非营业时段进行，不得影响门店正常上课。

（三）运营支持
1. 服务期内乙方提供7×24小时在线客服和电话支持，并为甲方配备专属客户成功经理，每季度与甲方总部回顾系统使用情况。
2. 乙方每季度至少发布一次功能更新，更新前应提前告知甲方主要变化；涉及门店操作流程变化的，乙方应提供操作说明和线上培训。
3. 甲方新开门店的，乙方应在收到通知后五个工作日内完成开通和基础配置。

二、服务期限

（一）服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日内任何一方均未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时公布的标准价格调整订阅费，并于续期开始前通知甲方。

三、费用及支付

（一）费用构成
1. 年度订阅费：每家门店每服务年度¥6,800，四十家门店合计每服务年度¥272,000。
2. 一次性实施费：¥118,000，包括数据迁移、小程序定制、接口开发和培训。
3. 两个服务年度合同总额为¥662,000（含税）。门店数量增加的，新增门店按同一单价按月折算计费。

（二）支付方式
1. 实施费在系统上线验收通过后十个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方收款前应开具增值税专用发票。

四、上线与验收

（一）乙方应在合同签订后四十五日内完成数据迁移、小程序定制和接口开发，并提交上线验收申请。
（二）验收标准：
1. 会员、课时和储值余额迁移结果与甲方原系统逐条核对一致；
2. 四十家门店全部完成预约、核销、收银全流程测试；
3. 财务接口和保险投保接口连续七日数据一致；
4. 在两千名会员同时预约的压力测试下，页面响应时间不超过3秒。
（三）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。不符合标准的，乙方应整改后重新提交。
（四）门店切换期间，乙方应安排实施人员在首批试点门店现场支持不少于三日，其余门店提供远程支持，确保门店前台能够独立完成预约、核销和收银操作。

五、服务水平

（一）系统月可用率不低于99.5%，计划维护安排在每日零点至六点之间，并提前两日在系统内公告。
（二）故障分级：
1. 一级故障：系统无法登录、预约或收银功能整体中断，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：部分门店或部分功能异常，乙方应在2小时内响应，当日内解决；
3. 三级故障：一般问题和咨询，乙方应在一个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每超时1小时抵扣当月订阅费的2%。抵扣在下一期订阅费中扣除，服务期最后一期的抵扣以现金返还。

六、数据与信息安全

（一）甲方会员信息、预约记录、交易流水等业务数据归甲方所有。
（二）乙方可以对甲方业务数据进行去标识化处理后，用于行业经营分析、产品功能改进及向其他客户提供的行业对标报告，该等去标识化数据及分析成果归乙方所有。
（三）乙方应采取加密存储、传输加密、访问控制、操作审计和每日异地备份等措施保护数据安全，系统应通过网络安全等级保护二级测评。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员支付的赔偿和受到的行政处罚。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在交付后删除其系统中的甲方数据。
（六）会员个人信息的收集和使用应遵守《个人信息保护法》。会员小程序的隐私政策由甲方确认后发布，乙方不得在小程序中嵌入与本合同服务无关的第三方代码或广告。
（七）甲方有权每年对乙方的数据安全措施进行一次检查，或要求乙方提供有效的第三方安全测评报告。

七、知识产权

（一）“云舟场馆通”系统及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、报表模板和接口程序的知识产权归甲方所有，乙方应交付源代码和接口文档，甲方可自行或委托第三方修改使用。

八、保密

双方对在合作中获知的对方商业秘密，包括门店经营数据、价格策略、会员规模、系统架构和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

九、违约责任

（一）乙方未按期提交上线验收申请的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。

十、分包

乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

十一、合同解除

（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用服务期对应的订阅费。
（二）系统连续三个月未达到承诺可用率的，甲方有权解除本合同。

十二、不可抗力

因自然灾害、政府行为、公共卫生事件等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，免除相应责任。因台风、汛期等原因门店停业的，不视为乙方服务中断。

十三、通知

双方指定的联系人和联系方式见附件。与本合同有关的通知以书面形式或电子邮件发送，发送至对方指定地址即视为送达。

十四、争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十五、其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：1.功能清单；2.门店清单；3.实施计划。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H942Z04 = """某市卫生健康委员会医用氧气管道监测系统年度运维服务合同

项目编号：WJW-CS-2027-012（竞争性磋商）
采购人（甲方）：某市卫生健康委员会
供应商（乙方）：安衡医疗设备技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对全市医用氧气管道监测系统提供年度运维服务。双方经协商，订立本合同。

第一条 服务范围
（一）运维对象：部署于全市十七家公立医院的医用氧气管道压力、流量、纯度监测终端共六百二十个，各院区汇聚网关三十四台，市级监测平台软件一套及其服务器、数据库和短信报警通道。
（二）服务内容：日常监控值守；监测终端季度巡检及年度校准；网关和平台软件的故障处理、补丁更新与配置维护；报警策略优化；数据备份与恢复演练；每月提交运维报告；重大节假日和应急演练期间的现场保障。
（三）乙方应派驻不少于两名专职驻场工程师，并设立二十四小时值班电话。
（四）乙方应建立运维工单系统，记录每一次报警、故障、巡检和变更的发生时间、处理过程和结果，甲方可随时查询。每月运维报告应包含报警统计、故障分析、设备健康状况和改进建议。
（五）乙方在运维中发现监测终端老化、管道压力异常趋势或需要扩容的，应及时书面提出建议，由甲方决定是否另行采购。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，甲方按政府采购程序另行确定下一期服务供应商，本合同不自动续期。

第三条 服务费用及支付
（一）年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），含人工、备品备件、校准、差旅及税费，为固定总价。
（二）服务费按季度支付：每季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费¥121,500；考核扣款从当季服务费中扣除。
（三）甲方不向乙方支付任何预付款。

第四条 进场与服务考核
（一）乙方应于服务期开始前完成运维交接，包括设备清点、账号交接、基线配置核对和应急预案编制。交接完成后由甲方出具书面确认。
（二）季度考核标准：巡检覆盖率和巡检记录完整；报警误报和漏报均已闭环处理；故障响应和修复时间符合本合同第五条；运维报告按时提交；用户满意度评分不低于九十分。
（三）服务期满前，甲方对全年服务组织总体验收，验收标准为全部季度考核合格、年度校准报告齐全、平台数据完整可追溯。
（四）季度考核由甲方信息中心牵头，甲方可委托各医院设备科参与季度考核，并对驻场工程师的工作态度、响应速度和处理质量进行评价，评价结果计入考核得分。考核细则见附件4。

第五条 服务水平
（一）市级监测平台月可用率不低于99.98%。
（二）一级故障指任一医院氧气管道压力报警失灵、监测数据中断或平台整体不可用，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复监测；二级故障指单个终端或网关故障，乙方应在1小时内响应，当日内修复；三级故障为一般性问题，在三个工作日内解决。
（三）乙方响应、到场或修复超时的，每超时1小时扣减服务费¥1,000；平台月可用率每低于承诺值0.01个百分点，扣减当季服务费¥2,000。
（四）乙方未按计划完成季度巡检或年度校准的，每逾期一日，按年度运维服务费的千分之一支付违约金。

第六条 数据安全
（一）监测平台的全部数据，包括压力、流量、纯度、报警记录和医院基础信息，均属于甲方所有，乙方不得用于本合同以外的任何目的，不得复制或带离甲方网络。
（二）乙方远程运维须经甲方审批，通过甲方堡垒机操作并全程录像；驻场人员使用的终端应安装甲方指定的安全软件。
（三）乙方应每日备份平台数据并每季度进行一次恢复演练。发生数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

第七条 知识产权
运维过程中形成的巡检记录、校准报告、配置文件、脚本、应急预案和运维文档归甲方所有，甲方可自由使用、修改。乙方原有的运维工具软件仍归乙方所有，乙方授权甲方在服务期内免费使用。

第八条 人员管理
（一）驻场工程师应具备相应资质，名单须经甲方确认；更换人员应提前十日书面通知甲方并取得同意。
（二）乙方人员应遵守各医院的安全生产、院感防控和消防管理规定。因乙方人员操作不当造成医院供氧事故的，乙方承担全部责任。
（三）乙方人员进入医院手术室、重症监护室等区域作业，须事先取得医院设备科同意，由医院人员陪同，并按医院要求着装和消毒。
（四）乙方应为驻场人员缴纳社会保险并购买意外伤害保险，驻场人员的工资、福利和劳动纠纷由乙方自行负责，与甲方无关。

第九条 分包与转包
乙方不得转包本项目，也不得将本项目的任何部分分包给第三方。

第十条 责任限额
乙方在本合同项下对甲方承担的累计赔偿责任（含违约金及考核扣款）以年度运维服务费的50%为限，但因乙方故意或重大过失造成人身伤亡的除外。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或发生一级故障未在约定时间内恢复且造成严重后果的，甲方有权书面通知解除本合同。
（二）乙方有其他严重违约行为，经甲方书面催告后七日内仍未改正的，甲方有权解除本合同。
（三）合同解除后，乙方应在十日内完成运维交接，不得拒绝或拖延。
（四）服务期满或合同解除时，乙方应将全部账号、口令、配置文件、运维记录和文档移交甲方或甲方指定的新服务商，并配合完成不少于十日的过渡期工作。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明。不可抗力持续超过三十日的，双方可协商解除合同。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 备品备件
（一）乙方应在市级平台机房和每家医院分别储备监测终端和网关备件，备件数量不少于在用数量的百分之五，备件型号应与在用设备一致或兼容。
（二）更换下来的故障设备由乙方负责维修或报废处理，报废设备应清除其中存储的数据，并将处理记录提交甲方备案。

第十五条 应急保障
（一）乙方应编制医用氧气管道监测系统应急预案，报甲方审定后执行，并每半年配合甲方和医院开展一次应急演练。
（二）医院发生供氧异常或监测报警时，乙方值班人员应立即通知医院设备科和甲方联系人，协助医院核实现场情况，并在事件处置完毕后二日内提交事件报告，说明原因、处置过程和整改措施。
（三）重大活动和节假日期间，乙方应按甲方通知安排专人现场值守。

第十六条 廉洁与通知
（一）双方应遵守廉洁从业规定，乙方不得向甲方及各医院工作人员提供任何形式的不正当利益。
（二）本合同项下的通知以书面形式送达合同首部所列单位，或发送至双方指定的联系人邮箱。

第十七条 其他
（一）本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。
（二）附件：1.磋商文件服务需求；2.乙方响应文件；3.设备清单；4.考核细则。

甲方（盖章）：                    乙方（盖章）：
签订日期：
"""

H942Z05 = """# 匠迹工艺流程追踪软件销售及定制开发合同

（匠迹软件标准合同文本 JJ-HT-2026 版）

合同编号：JJ-2027-0215

甲方（买方）：青溪砖雕艺术工作室
乙方（卖方）：南京匠迹数字科技有限公司

甲方因砖雕作品生产管理需要，购买乙方“匠迹工艺流程追踪软件”并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，同意按本标准合同文本订立本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供“匠迹工艺流程追踪软件”标准版（含二十个用户许可），功能包括订单管理、工序流转、工时记录、物料领用、成品入库和移动端扫码报工。

1.2 乙方根据甲方需求进行定制开发，内容包括：砖雕工序节点配置（选土、制坯、烧制、打坯、出细、修补、拼装、做旧）、图样与纹样素材库、订单排产看板、作品溯源二维码及客户查询页面。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 软件运行所需的服务器、操作系统、数据库、网络设备、扫码枪和移动终端由甲方自行采购，乙方可提供配置建议。软件的运行环境要求以乙方产品说明书为准。

1.5 本合同所称用户许可，是指可同时登录软件的账号数量。甲方需要增加用户许可的，按乙方当时的产品报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工艺流程追踪软件标准版许可（永久） | 1套（20用户） | 228,000 |
| 2 | 定制开发（工序节点、素材库、排产看板、溯源二维码） | 1项 | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 18,000 |
| | 合计 | | 342,000 |

合同总价为人民币叁拾肆万贰仟元整（¥342,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥222,300，乙方收到款项后启动项目。

3.2 软件安装部署完成并交付甲方使用后五个工作日内，甲方支付合同总价的35%，计¥119,700。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付

4.1 乙方在收到首付款后六十日内完成标准软件部署和定制开发。

4.2 乙方按本合同第十四条取得甲方确认的需求后开始计算开发工期，需求确认前的时间不计入交付期限。

4.3 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 软件安装部署完成并交付甲方使用，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，由乙方在维护期内按第六条处理，不影响验收结论和付款。

## 第六条 免费维护期与技术支持

6.1 免费维护期为六个月，自软件交付使用之日起计算。维护期内乙方提供远程技术支持、问题修复和补丁更新。

6.2 维护期内，一级故障（系统无法登录或工序流转无法进行）乙方在8小时内响应，并尽快安排处理；二级故障在两个工作日内响应；一般咨询在五个工作日内答复。

6.3 乙方通过电话、微信和远程桌面提供支持，需要现场服务的，差旅费用由甲方承担。

6.4 下列情形不属于免费维护范围：甲方自行修改软件配置或数据库导致的问题；甲方服务器、网络或终端设备故障；病毒、断电等外部原因造成的问题；甲方新增的需求。乙方处理上述问题的，按乙方服务收费标准另行收费。

6.5 乙方对软件发布的补丁和小版本更新，在维护期内免费提供；大版本升级是否收费，由乙方根据产品政策确定。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，以继续获得补丁、升级和技术支持。

7.2 年度维护费为软件许可费的26%，即每年¥59,280，于每个维护年度开始前支付。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持，恢复服务时须补缴中断期间的维护费。

7.4 年度维护服务按维护年度计算，自免费维护期满次日起算。年度维护服务内容包括：远程技术支持、问题修复、补丁和小版本更新、每年一次的系统健康检查，以及每年不超过五个工作日的现场服务。超出部分按乙方服务收费标准另行计费。

## 第八条 知识产权

8.1 本软件（包括标准功能和定制开发部分）的全部知识产权，包括源代码、数据库结构、工序模板、界面设计和文档，均归乙方所有。

8.2 甲方仅获得在其内部经营中使用本软件的非独占、不可转让的许可，不得对软件进行修改、反编译或提供给第三方使用。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第九条 数据安全

9.1 甲方录入软件的订单、客户、工序、图样和作品数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 软件部署于甲方自有服务器。乙方远程维护须经甲方同意，维护结束后关闭远程连接。乙方应对访问过程中接触的数据采取必要的安全措施，因乙方原因造成数据泄露或丢失的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露。甲方的砖雕纹样设计和客户名单属于甲方商业秘密。

## 第十一条 合作方

乙方可根据项目需要，自行将部分开发、部署或培训工作委托给其合作伙伴完成，无需另行征得甲方同意。

## 第十二条 合同解除

任何一方严重违反本合同约定，经对方书面通知后十五日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

## 第十四条 甲方的配合义务

14.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出需求确认单后三个工作日内予以确认；逾期未确认的，乙方可按需求确认单内容继续开发。

14.2 甲方应按乙方要求提供工序说明、纹样图片、历史订单和客户资料等基础数据，并保证其真实、完整。因甲方资料不全或需求变更导致工期延误的，交付期限相应顺延。

14.3 甲方提出超出本合同第一条范围的需求变更的，双方另行协商工作量和费用，经双方书面确认后实施。

## 第十五条 培训

15.1 乙方在软件部署完成后，为甲方工作人员提供一次集中操作培训，培训时长为一个工作日，内容包括基础设置、订单录入、工序报工、排产看板和溯源二维码生成。

15.2 甲方人员变动需要再次培训的，乙方可提供远程培训；需要现场培训的，费用另计。

## 第十六条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障等不可抗力或非乙方所能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十七条 通知与送达

双方在合同首部载明的地址和联系人为送达地址和联系人。一方变更地址的，应及时书面通知对方，否则按原地址送达即视为有效送达。

## 第十八条 其他

18.1 本合同为乙方标准合同文本，未尽事宜双方可另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：                  乙方（签章）：

日期：                          日期：
"""

H942E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Dolomiti Quality Systems S.r.l., a company incorporated in Italy with its registered office at Via Macello 26, 39100 Bolzano, Italy (the "Vendor"), and Hangzhou Qiantang Valve Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang Province (the "Customer").
P:The Customer manufactures industrial valves and wishes to replace its paper-based and spreadsheet quality records with an integrated quality management system. The Vendor develops and licenses the DolomitiQMS software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DolomitiQMS modules listed in Annex 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflows, report templates, interface programs, data migration scripts and related documentation prepared by the Vendor specifically for the Customer under Annex 2.
P:1.3 "Final Acceptance" means the Customer's written signature of the acceptance certificate described in Article 5.
P:1.4 "Customer Data" means all data entered into, processed by or generated through the Software in the Customer's environment, including inspection records, supplier audit results, nonconformance reports and personal data of employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's premises in Hangzhou and its affiliated plant in Wenzhou, for up to 180 named users, for the Customer's internal business purposes.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement, provided the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's processes, build interfaces to the Customer's ERP system and laboratory instruments, migrate historical inspection records from the existing spreadsheets, and train the Customer's key users and administrators, all as described in Annex 2.
P:3.2 The Vendor shall appoint a project manager fluent in English and supported by a Mandarin-speaking consultant, who shall attend fortnightly progress meetings at the Customer's site or by video conference.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,740,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,180,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 44,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% within 30 days after the Customer signs the installation and configuration report; and (c) 35% within 30 days after Final Acceptance.
P:4.3 The signature of the installation and configuration report confirms only that the Software is installed and configured; it is not acceptance of the Software or of the Custom Deliverables.
P:4.4 All amounts are payable in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After completing the services, the Vendor shall give notice of readiness and the parties shall run the acceptance tests set out in Annex 3 for a period of 20 working days.
P:5.2 The acceptance criteria are: all functions listed in Annex 1 work as specified; the ERP and instrument interfaces exchange data without error during the full test period; migrated inspection records reconcile with the source spreadsheets by record count and by a sample check of 500 records agreed by the Customer; report generation for a full month of data completes in under 20 seconds; and no Severity 1 or Severity 2 defect remains open.
P:5.3 If the criteria are met, the Customer shall sign the acceptance certificate within 5 working days. If they are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and upgrades and deliver remote and on-site support free of charge.
P:6.2 Defects are classified as follows. Severity 1: the Software is unavailable or a core quality process cannot be completed; the Vendor shall respond within 1 hour and provide a fix or workaround within 8 hours. Severity 2: a function is impaired but a workaround exists; response within 2 hours and fix within 3 working days. Severity 3: minor issues and questions; response within 1 working day.
P:6.3 If the Vendor misses a response or fix time for a Severity 1 defect, it shall pay the Customer CNY 1,000 for each hour of delay, and CNY 300 per hour for a Severity 2 defect. These amounts are deducted from the next payment due or paid within 30 days.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Licence Fee, namely CNY 129,800 per year, and shall not increase during the three years following the Warranty Period. Each year of support is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:8.2 The Software is installed on the Customer's own servers. Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remediation, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including product drawings, process parameters, prices and technical documentation, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in the project plan in Annex 2 for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of intellectual property, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted, and the Customer may keep using the Software under the licence in Article 2.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Bolzano, Italy.
H:Article 14 General
P:14.1 This Agreement is made in English. Notices shall be in writing and sent to the addresses above.
P:14.2 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. It may be amended only in writing signed by both parties.
P:Annex 1: Software modules and user numbers. Annex 2: Services description and project plan. Annex 3: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H942E02 = """# SafeStep EHS Cloud — Order Form and General Terms

**Order Form No.** SS-OF-27-0193

**Provider:** Hudson Compliance Software, Inc., 41 State Street, Albany, New York 12207, USA ("Provider")

**Customer:** Ningbo Donghai Chemical Logistics Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

SafeStep EHS Cloud, Professional Edition, comprising incident reporting, permit-to-work, chemical inventory and safety data sheet management, inspection checklists, training records, corrective action tracking and the management dashboard, for 350 named users, with the SafeStep mobile application for tank farm and warehouse staff. Customer Data is hosted in Provider's instance operated from a data centre in Shanghai.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date defined in A5. The Subscription Term ends at the end of the 24th month unless the parties sign a new Order Form. The Subscription Term does not renew automatically.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Professional Edition | 350 users × CNY 820 per user per Subscription Year | 287,000 per Subscription Year |
| Premium Support | fixed | 36,000 per Subscription Year |
| Implementation Services (one-time) | fixed price | 64,000 |
| Total for the Subscription Term | 2 × (287,000 + 36,000) + 64,000 | 710,000 |

All Fees include VAT. Additional users may be added at CNY 820 per user per Subscription Year, prorated by month; they are not included in the total above.

### A4. Invoicing and Payment

(a) The Subscription and Premium Support fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of invoice.

(b) The Implementation Services fee is invoiced after Customer signs the Go-Live acceptance under A5 and is payable within 30 days of invoice.

(c) No other amount is payable before the Go-Live Date.

### A5. Implementation and Go-Live

(a) Provider shall complete the Implementation Services within 60 days after signature of this Order Form. They comprise configuration of the modules in A1 to Customer's site layout and permit types, import of Customer's chemical inventory and safety data sheets, import of training records for current employees, single sign-on with Customer's directory, and two rounds of administrator training.

(b) Go-Live acceptance criteria: every module in A1 is configured and passes Customer's test scripts; imported inventory and training records reconcile with Customer's source lists; single sign-on works for all user groups; and the mobile application works on the handheld devices listed by Customer. Customer shall sign the acceptance within 5 working days after the criteria are met. The "Go-Live Date" is the date of that signature.

(c) If Go-Live acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, deducted from the first invoice.

### A6. Service Levels

(a) Availability: the Service will be available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 05:00 China Standard Time.

(b) Support response times (Premium Support): Priority 1 (Service unavailable or permit-to-work module unusable for all users): response within 1 hour, 24 hours a day, seven days a week, and continuous work until restored. Priority 2 (a module impaired for many users): response within 2 hours during business hours. Priority 3 (other issues): response within 1 business day.

(c) Service credits: if monthly availability falls below the commitment in (a), Customer receives a credit of 5% of the monthly equivalent of the Subscription fee for each full 0.5 percentage point below it, up to 50% of that monthly amount. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per late incident. Credits are applied to the next invoice or, at the end of the Subscription Term, paid to Customer.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including incident reports, inventory records, training records and personal information of Customer's employees and contractors.

1.2 "Customer Configurations" means the permit templates, checklists, workflows and report layouts built by Provider for Customer during the Implementation Services.

1.3 "Service" means the subscribed service described in A1, including the mobile application and documentation.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation and the service levels in A6.

2.2 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in A1.

2.3 Customer is responsible for the accuracy of the data it enters, for the conduct of its users, and for keeping user credentials secure. Customer shall tell Provider promptly if it suspects that a credential has been misused.

2.4 Provider shall provide the user interface and the documentation in simplified Chinese and English, and shall keep the chemical regulatory lists used by the Service up to date with the lists published by the competent authorities of the People's Republic of China.

### 3. Customer Data

3.1 As between the parties, Customer owns all Customer Data. Provider shall use Customer Data only to provide the Service to Customer and for no other purpose, and shall not aggregate it with the data of other customers.

3.2 Provider shall keep Customer Data in its Shanghai instance and shall not transfer it outside mainland China.

### 4. Data Security

4.1 Provider shall maintain administrative, technical and physical safeguards for the Service, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for Provider's administrators, logging of administrative access, daily backups retained for 35 days, and annual penetration testing by an independent firm.

4.2 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, provide the information Customer needs to meet its legal obligations, and take prompt remedial action. Provider is responsible for the losses caused to Customer by a breach of this Section 4.

4.3 Within 30 days after the end of the Subscription Term, Provider shall provide an export of all Customer Data in a standard format and then delete it from the Service.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service.

5.2 Customer Configurations belong to Customer. Provider shall export them on request, and Customer may use, modify and allow third parties to use them without restriction.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. These duties continue for three years after the end of the Agreement.

### 7. Subcontracting

7.1 Provider shall not subcontract the performance of the Service or the Implementation Services without Customer's prior written consent, except for the hosting of the Shanghai instance by the data centre operator named in A1's technical appendix, which Customer approves by signing this Order Form.

### 8. Limitation of Liability

8.1 Except for breach of Section 6, a party's indemnity obligations, or liability that cannot be limited by law, each party's total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid or payable by Customer under this Agreement in the six months immediately preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential damages, including lost profits.

### 9. Term and Termination

9.1 This Agreement runs for the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

9.3 If Customer terminates under 9.2, Provider shall refund any prepaid fees for the period after termination.

### 10. Warranties

10.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the Implementation Services will be performed in a professional manner by qualified personnel.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the State of New York, without regard to its conflict of laws rules.

11.2 The state and federal courts located in Albany County, New York, have exclusive jurisdiction over any dispute arising out of or relating to this Agreement, and each party submits to their jurisdiction.

### 12. General

12.1 Notices must be in writing and sent to the addresses on this Order Form, with a copy by email.

12.2 This Agreement is the entire agreement between the parties on its subject and may be amended only by a written document signed by both parties.

**Signed for Provider:** ______________________  **Signed for Customer:** ______________________

**Date:** ______________  **Date:** ______________
"""

H942E03 = """T:Supply Contract for Wireless Cold-Chain Sensors and Monitoring Software
P:Contract No. XLL-PUR-2027-0087
P:Buyer: Shandong Xinlian Cold Chain Logistics Co., Ltd., No. 18 Gangcheng Road, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Alpensense Monitoring GmbH, Via Goethe 52, 39012 Merano, Italy (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates six refrigerated warehouses and wishes to monitor temperature and humidity in every cold room, loading bay and reefer staging area in real time. The Supplier has offered its wireless sensors, gateways and the AlpenWatch monitoring software. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, gateways and software listed in clause 2, integrate the software with the Buyer's warehouse management system (WMS), and train the Buyer's staff, so that the system meets the technical specification in Annex A.
P:1.2 The Supplier shall deliver the software installation media, licence keys, calibration certificates traceable to national standards, as-built drawings showing the position of each sensor, interface documentation and user and administrator manuals.
H:2. Price
P:2.1 The Contract Price is fixed and is broken down as follows (CNY, VAT included):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless temperature and humidity sensor, cold-room grade|420|1,180|495,600
TB:2|LoRa gateway with backup power|36|6,400|230,400
TB:3|AlpenWatch monitoring software, perpetual licence, six sites|1|318,000|318,000
TB:Hardware and Licence Subtotal||||1,044,000
TB:4|Installation, calibration and commissioning|1 lot|126,000|126,000
TB:5|WMS integration|1 lot|84,000|84,000
TB:6|Training|1 lot|18,000|18,000
TB:Contract Price||||1,272,000
P:2.2 The Contract Price covers everything the Supplier needs to perform this Contract, including packing, transport to each site, insurance, import duties, customs clearance and travel.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all equipment is installed at all six sites and the Buyer signs the installation certificate. The installation certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 50 days after signature and complete installation and commissioning at all six sites within 40 days after delivery, following the site sequence agreed with the Buyer.
P:4.2 Installation in cold rooms shall be planned with the warehouse managers so that stored goods are never exposed to temperatures outside their permitted range.
P:4.3 The Supplier's installers shall follow the Buyer's site rules on safety, hygiene and food handling, wear the protective clothing required for work in cold rooms, and work only in the areas and at the times agreed with each warehouse manager.
P:4.4 The Supplier shall remove all packaging and waste from each site at its own cost after installation.
P:4.5 Title to the equipment passes to the Buyer on delivery to each site. Risk of loss passes on signature of the installation certificate for that site.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a 30-day trial run that starts when installation at the last site is complete.
P:5.2 The acceptance criteria are: every sensor reports at the configured interval during the trial run with no more than two consecutive missed readings; the reading of each sensor sampled by the Buyer is within ±0.3 °C of a calibrated reference thermometer; alarms reach the duty manager by SMS and app notification within 60 seconds of a threshold breach set in the software; temperature records are transferred to the WMS for every pallet location without loss; and all documents listed in clause 1.2 are delivered.
P:5.3 When the criteria are met the Buyer shall sign the Final Acceptance certificate within 7 working days. Use of the system during the trial run or payment under clause 3.2 does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge, including batteries that fail before their rated life, and provide software updates and support.
P:6.2 Faults are handled as follows. Priority 1 (a site loses monitoring, or alarms are not delivered): response within 30 minutes and restoration of monitoring within 8 hours, using spare gateways kept at each site. Priority 2 (single sensors or individual functions affected): response within 2 hours and repair within 3 working days. Priority 3 (questions and minor issues): response within 2 working days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, it shall pay the Buyer CNY 800, and for Priority 2 CNY 200 per hour. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period the Buyer may order annual support covering repair, replacement of failed sensors, software updates and recalibration. The annual support fee is 8% of the Hardware and Licence Subtotal, namely CNY 83,520 per year, fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways of the supplied models, or compatible successors, available for purchase for at least seven years after Final Acceptance, at prices no higher than the unit prices in clause 2.
H:7. Intellectual Property
P:7.1 The AlpenWatch software and the sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them for the Buyer's operations.
P:7.2 The WMS interface programs, site configurations, alarm rules and reports developed for the Buyer under this Contract, with their source code, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Security
P:8.1 All temperature and humidity records, alarm logs, site layouts and other data generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The software runs on the Buyer's servers. Remote maintenance requires the Buyer's approval for each session and takes place only through the Buyer's VPN, with every session logged. The Supplier shall not copy data outside the Buyer's network and shall comply with the Cybersecurity Law and the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the system or its data to the Buyer within 6 hours, help to contain and remedy it, and is liable for the losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's customers, goods, warehouse layouts, network and business obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier is late in delivery, in completing installation or in reaching Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement and breach of clauses 8 and 9, which is unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund amounts paid for work not accepted, and the Buyer may keep the equipment already paid for.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:14. Miscellaneous
P:14.1 This Contract is made in English and Chinese; both versions have equal effect. Annex A (Technical Specification) and Annex B (Site Plan) form part of this Contract.
P:14.2 Notices under this Contract shall be in writing and delivered by hand, courier or email to the addresses and contact persons named in Annex B. A notice takes effect when received.
P:14.3 Neither party may assign this Contract without the other party's prior written consent. Amendments are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H942E04 = """# Managed IT Services Agreement

**Agreement No.** HVT-MSA-2027-112

**Customer:** Jiangsu Meihe Home Appliances Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Hudson Valley Technology Partners LLC, 12 Front Street, Newburgh, New York 12550, USA, acting with its support centre in Suzhou ("Provider")

Customer wishes to outsource the day-to-day operation of its network, servers and end-user support across its headquarters, two factories and its regional sales offices. Provider offers managed IT services. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition described in Section 3 is complete.

1.3 "Customer Data" means all data of Customer or its employees, suppliers and customers that Provider accesses, stores or processes in performing the Services.

1.4 "Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Term, at the service levels in Schedule 2.

2.2 Provider shall assign a named service delivery manager who speaks Mandarin and English, meets Customer's IT manager every month to review performance, and submits a monthly service report covering incidents, changes, service level results and improvement actions.

2.3 Provider shall use qualified personnel with the skills agreed during the transition, shall keep the resident engineers at Customer's sites during normal working hours, and shall not replace the service delivery manager without Customer's prior approval, which Customer shall not unreasonably withhold.

2.4 Provider shall follow Customer's change management procedure. No change to production systems may be made without an approved change request, except emergency changes needed to restore service, which must be reported to Customer within one business day.

## 3. Transition

3.1 Provider shall complete the transition within 75 days after signature. The transition covers discovery and documentation of all in-scope devices and systems, handover from Customer's current provider, set-up of monitoring tools, creation of runbooks, and a two-week parallel run in which Provider handles all incidents under Customer's supervision.

3.2 Transition is complete when: all in-scope devices are recorded in the configuration database and monitored; runbooks for every critical system are approved by Customer; the service desk has handled the parallel run with all Priority 1 and Priority 2 incidents resolved within the Schedule 2 targets; and the knowledge transfer checklist is signed by Customer's IT manager. Customer shall confirm completion in writing within 5 business days after these criteria are met.

3.3 If the Service Commencement Date is delayed beyond the 75-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total contract value for the Term is CNY 2,174,000.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced quarterly in arrears. Customer shall pay each correct invoice within 30 days.

4.3 Customer does not make any advance payment. The charges are fixed for the Term; additional devices beyond the volumes in Schedule 1 are charged at the unit rates in Schedule 3.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

5.2 On expiry or termination, Provider shall return all Customer Data and documentation to Customer and shall then delete its copies.

5.3 Each quarter the parties shall hold a service review at Customer's headquarters to discuss the service level results of the quarter, recurring incidents, planned changes and the improvement plan for the next quarter. Provider shall circulate the minutes within five business days after the meeting.

## 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information obtained in connection with this Agreement, including Customer's network design, passwords, product plans, prices and personnel information, use it only for this Agreement and not disclose it to any third party without prior written consent, save to professional advisers bound by confidentiality.

6.2 This Section 6 survives for five years after the end of this Agreement.

## 7. Intellectual Property

7.1 Provider's pre-existing tools, monitoring software and general know-how remain Provider's property. Provider grants Customer a free licence to use any such tools installed in Customer's environment during the Term and for a 90-day exit period.

7.2 Runbooks, network diagrams, configuration records, scripts and documentation created for Customer under this Agreement belong to Customer, which may use, modify and hand them to any successor provider.

## 8. Subcontracting

8.1 Provider may subcontract on-site support at Customer's factories and sales offices to local service companies, provided it notifies Customer in writing of the name of each subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to death or personal injury, fraud, or wilful misconduct.

9.2 Service credits under Schedule 2 are a price adjustment and do not limit Customer's other remedies for a material breach.

## 10. Term, Renewal and Termination

10.1 This Agreement begins on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after written notice, or if Provider misses the same Priority 1 target in three consecutive months.

10.3 Customer may terminate for convenience after the first 18 months of the Term on 90 days' written notice, paying the monthly service charge up to the termination date only.

10.4 On expiry or termination Provider shall provide exit assistance for up to 90 days at no extra charge, including handover of all documentation and cooperation with any successor provider.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration shall be conducted in Chinese and English.

## 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices shall be in writing and sent to the addresses above, for the attention of Customer's IT manager and Provider's service delivery manager, with a copy by email.

12.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

## Schedule 1 — Scope of Services

| Service | Scope | Volume |
|---|---|---|
| Service desk | Telephone, email and portal support in Mandarin and English, 07:00–22:00 on working days, on-call outside these hours | 1,450 users |
| Network operations | Monitoring and management of firewalls, core and access switches, wireless controllers and access points, SD-WAN links | 5 sites, 310 devices |
| Server and storage operations | Monitoring, patching, backup checks and capacity reporting for physical and virtual servers | 96 servers |
| End-user support | Desk-side support, laptop imaging and replacement, printer support | 1,450 users |
| On-site engineers | Resident engineers at headquarters and the Wujin factory | 2 engineers |
| Reporting | Monthly service report and quarterly service review | monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration | Service credit for each miss |
|---|---|---|---|---|
| Priority 1 | Factory network, ERP connectivity or a core system down for a whole site | 15 minutes | 3 hours | CNY 3,000 |
| Priority 2 | Service degraded for a department or a single critical user group | 30 minutes | 8 hours | CNY 800 |
| Priority 3 | Single user or non-urgent request | 2 business hours | 3 business days | none |

Monthly availability of the core network at each factory: at least 99.95%, excluding approved maintenance windows. For each 0.02 percentage point below this figure, Customer receives a credit of 1% of that month's service charge. Credits are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | after the Service Commencement Date | 86,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total contract value | | 2,174,000 |
| Additional users (not included above) | per user per month | 38 |
| Additional devices (not included above) | per device per month | 120 |
"""

H942E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MRD-DS-2027-0326

This Data Subscription Agreement is entered into between:

(1) Mid-Hudson Rates & Data Corp., 290 Main Street, Poughkeepsie, New York 12601, USA ("Provider"); and

(2) Xiamen Haitong Grain and Oilseeds Trading Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Subscriber").

BACKGROUND

Subscriber imports soybeans, corn and vegetable oils and needs daily data on ocean freight rates, port congestion and cash grain prices for its trading desk and risk team. Provider compiles such data and makes it available through a web portal and an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the freight rate assessments, vessel and port congestion indicators, cash price series, historical archives and related content made available by Provider under this Agreement.

1.2 "Start Date" means the date on which Subscriber signs the integration acceptance under clause 4.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the Start Date and the second on the first anniversary of the Start Date.

1.4 "Subscription Term" means the two Subscription Years.

1.5 "Subscriber Materials" means Subscriber's own positions, contracts, queries, watch lists, portfolios and any data Subscriber uploads to the portal or sends through the API, and the reports and calculations Subscriber produces from them.

1.6 "Custom Feed" means the mapping tables, delivery scripts and field specifications that Provider prepares for Subscriber under clause 3.2.

2. SUBSCRIPTION

2.1 Provider grants Subscriber a non-exclusive, non-transferable right during the Subscription Term to access the Data through the portal for up to 25 named users and through the API for Subscriber's internal systems, and to use the Data for its internal trading, risk management, accounting and reporting.

2.2 Subscriber may include limited extracts of the Data in internal reports and in reports to its auditors, banks and regulators, provided that Provider is named as the source. Subscriber shall not resell the Data or make it available to third parties as a data service.

2.3 Provider may add, change or withdraw individual data series, provided that the overall coverage of ocean freight, port congestion and cash grain prices is not materially reduced. Provider shall give Subscriber at least 30 days' notice of the withdrawal of any series that Subscriber uses through the Custom Feed.

3. DELIVERY AND INTEGRATION

3.1 Provider shall deliver the Data through the portal and through the API in JSON format, with daily updates published by 18:00 Beijing time on each trading day of the relevant exchanges and markets.

3.2 Provider shall prepare a Custom Feed that maps Provider's series to Subscriber's commodity codes, ports and contract months, and shall support Subscriber's IT team in connecting the API to Subscriber's trading and risk system.

3.3 Provider shall provide online training for Subscriber's users and a written API guide.

3.4 Subscriber is responsible for its own systems, networks and internet connection, and for keeping its API keys and user passwords confidential. Each named user login may be used by one individual only.

4. INTEGRATION ACCEPTANCE

4.1 When the Custom Feed is ready, Provider shall notify Subscriber and the parties shall run an integration test for ten consecutive trading days.

4.2 The acceptance criteria are: all series listed in the Order Schedule are delivered through the API on every test day; the values delivered match the values shown on the portal; the Custom Feed maps every series to the correct commodity code, port and contract month; and the historical archive from January 2018 is loaded into Subscriber's system without gaps.

4.3 If the criteria are met, Subscriber shall sign the integration acceptance within five business days. If they are not met, Provider shall correct the problem and the test shall be repeated.

5. FEES AND PAYMENT

5.1 The fees are:
   (a) subscription fee: CNY 268,000 for each Subscription Year, including portal access for 25 named users and API access;
   (b) integration and Custom Feed fee (one-time): CNY 22,000.
   The total fees for the Subscription Term are CNY 558,000, including VAT.

5.2 The integration fee is invoiced after Subscriber signs the integration acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Subscriber shall pay each invoice within 30 days.

5.3 Subscriber pays nothing before the Start Date.

5.4 The fees are fixed for the Subscription Term. Additional named users cost CNY 6,500 per user per Subscription Year, prorated by month, and are not included in the total above.

6. AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the portal and the API available and to publish the Data on time. Provider does not guarantee any particular level of availability, timeliness or response.

6.2 Support questions may be sent by email to Provider's client services team, which will answer them during New York business hours.

6.3 Provider may suspend access for maintenance, and will try to schedule maintenance outside Asian trading hours.

7. SUBSCRIBER MATERIALS AND DATA PROTECTION

7.1 Subscriber Materials belong to Subscriber. Provider shall use Subscriber Materials only to provide the subscription to Subscriber, and shall not analyse, aggregate or use them for any other purpose, including the compilation of the Data.

7.2 Provider shall protect Subscriber Materials and the API credentials with encryption in transit and at rest, access limited to named Provider staff, multi-factor authentication and logging of all access.

7.3 Provider shall notify Subscriber within 24 hours after becoming aware of any unauthorised access to Subscriber Materials or credentials, shall take immediate steps to contain it, and is liable for the losses caused to Subscriber by its failure to comply with this clause 7.

7.4 At the end of the Subscription Term Provider shall delete all Subscriber Materials and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own all rights in the Data and in the portal and API.

8.2 The Custom Feed belongs to Subscriber. Provider shall deliver its mapping tables, scripts and specifications, and Subscriber may use, modify and let its contractors maintain them without restriction, also after the Subscription Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Subscriber's positions, trading strategies and counterparties and Provider's methodology documents, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the delivery of the Data or the integration work to any third party without Subscriber's prior written consent.

11. WARRANTIES AND LIABILITY

11.1 Provider warrants that it has the right to license the Data to Subscriber and that it compiles the Data with reasonable skill and care, using the methods described in its published methodology.

11.2 Subscriber acknowledges that freight and price assessments are estimates and that it makes its own trading decisions.

11.3 Each party's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term. This limit does not apply to breach of clauses 7 and 9, infringement, or wilful misconduct.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement begins on signature and ends at the end of the Subscription Term. It may be extended only by a written amendment signed by both parties; it does not renew automatically.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice of it.

12.3 If Subscriber terminates under clause 12.2, Provider shall refund the subscription fee for the remainder of the current Subscription Year.

12.4 On expiry or termination Subscriber shall stop using the portal and the API. Subscriber may keep the Data already included in its internal reports and records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above, with a copy by email.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement, with its Order Schedule, is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

ORDER SCHEDULE

Series: ocean freight assessments for Panamax and Supramax routes from the US Gulf, US Pacific Northwest and Brazil to North and South China; port congestion indicators for Santos, Paranagua, New Orleans and the main ports of Fujian and Guangdong; cash soybean, corn and soybean oil prices at the main export locations.

Signed for Provider: ______________________    Signed for Subscriber: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h942z01": ("h942z01_market_regulation_elevator_maintenance_platform.pdf", "zh", H942Z01),
    "h942z02": ("h942z02_protractor_factory_line_control_retrofit.docx", "zh", H942Z02),
    "h942z03": ("h942z03_kayak_school_chain_booking_saas.txt", "zh", H942Z03),
    "h942z04": ("h942z04_health_commission_oxygen_pipeline_monitoring_om.txt", "zh", H942Z04),
    "h942z05": ("h942z05_brick_carving_studio_process_tracking_supplier_template.md", "zh", H942Z05),
    "h942e01": ("h942e01_qms_perpetual_licence_bolzano_vendor.pdf", "en", H942E01),
    "h942e02": ("h942e02_ehs_saas_order_form_albany_vendor.md", "en", H942E02),
    "h942e03": ("h942e03_cold_chain_sensors_monitoring_merano_vendor.docx", "en", H942E03),
    "h942e04": ("h942e04_managed_it_services_36_months_newburgh_vendor.md", "en", H942E04),
    "h942e05": ("h942e05_freight_grain_data_api_subscription_poughkeepsie_vendor.txt", "en", H942E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: category, terms (in TERM_KEYS order), extra, design: rules, risk, forum outside mainland, price parts,
# TCO (fee base, annual post-warranty fee)
DESIGN = {
    "h942z01": dict(category="software",
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                           True, False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2460000),
                    parts=[1260000, 980000, 186000, 34000], tco=(1260000, 113400),
                    rules=[], risk="low", forum_outside=False),
    "h942z02": dict(category="hardware",
                    terms=[None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 18, False,
                           False, False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1730000),
                    parts=[1420000, 168000, 126000, 16000], tco=(1420000, 255600),
                    rules=["CR-POST-WARRANTY-FEE", "CR-TERMINATION"], risk="high", forum_outside=False),
    "h942z03": dict(category="cloud",
                    terms=[99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                           True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=662000),
                    parts=[272000, 272000, 118000], tco=None,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium",
                    forum_outside=False),
    "h942z04": dict(category="services",
                    terms=[99.98, 0.25, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None, False,
                           True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=486000),
                    parts=[121500] * 4, tco=None,
                    rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], risk="medium", forum_outside=False),
    "h942z05": dict(category="software",
                    terms=[None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 26, False,
                           True, True, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=True, contract_value=342000),
                    parts=[228000, 96000, 18000], tco=(228000, 59280),
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                           "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                           "CR-WARRANTY"], risk="high", forum_outside=False),
    "h942e01": dict(category="software",
                    terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                           True, False, "Italy", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1740000),
                    parts=[1180000, 420000, 96000, 44000], tco=(1180000, 129800),
                    rules=["CR-GOVERNING-LAW"], risk="low", forum_outside=True),
    "h942e02": dict(category="cloud",
                    terms=[99.5, 1, True, "buyer", True, True, True, 500 / 710000 * 100, 6 / 24 * 100, None, True,
                           None, None, None, False, True, False, "New York", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=710000),
                    parts=[287000, 36000, 287000, 36000, 64000], tco=None,
                    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], risk="medium",
                    forum_outside=True),
    "h942e03": dict(category="hardware",
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False,
                           True, False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1272000),
                    parts=[1044000, 126000, 84000, 18000], tco=(1044000, 83520),
                    rules=[], risk="low", forum_outside=False),
    "h942e04": dict(category="services",
                    terms=[99.95, 0.25, True, "buyer", False, True, True, 2000 / 2174000 * 100, 150, None, True, None,
                           None, None, False, True, True, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=2174000),
                    parts=[86000] + [58000] * 36, tco=None,
                    rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"], risk="high", forum_outside=False),
    "h942e05": dict(category="cloud",
                    terms=[None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                           False, True, False, "PRC", S],
                    extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False,
                               contract_value=558000),
                    parts=[268000, 268000, 22000], tco=None,
                    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high", forum_outside=False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5


def tco_share(key):
    d = DESIGN[key]
    if d["tco"] is None:
        return None
    base, fee = d["tco"]
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["post_warranty_fee_pct"] is None or not d["extra"].get("post_warranty_fee_capped"):
        return None
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (d["extra"]["contract_value"] + post) * 100


def derive(key):
    """My reading of policy §3, applied to the label."""
    d = DESIGN[key]
    t, x = dict(zip(TERM_KEYS, d["terms"])), d["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low" if not rules or all(x in LOW for x in rules) else "medium"


def label(key):
    name, lang, _ = FILES[key]
    d = DESIGN[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    extra = dict(d["extra"])
    if terms["contract_kind"] == S:
        assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
        assert terms["post_warranty_fee_pct"] is None
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Reading back and checks
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|h\b|个?小时)", r"(?<![\d一二三四五六七八九十])四\s*个?\s*小时",
    r"four[\s-]*hours?",
    r"(?<![\d.,])0\.050*(?!\d)", r"万分之五(?![十点])", r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT, r"三成",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|個月)", r"十二\s*个月", r"twelve[\s-]*months?",
    r"(?<![第每同])一\s*年", r"(?<![\w])(?:one|1)[\s-]*years?(?![a-z])", r"(?<![a-z])oneyears?(?![a-z])",
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "百分之九十九点九", "4 hours", "4-hour", "4小时", "4 个小时", "四小时", "four hours",
            "fourhours", "0.05%", "0.05 per cent", "万分之五", "千分之零点五", "100%", "100 %", "百分之百",
            "百分之一百", "one hundred per cent", "30%", "30 per cent", "百分之三十", "thirty percent",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "一年", "one year", "1 year", "oneyear",
            "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty percent", "within4hours"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "万分之五十",
             "130%", "1,100%", "2.30%", "115%", "1.5%", "140%", "35%", "45%", "15 days", "30 days", "12 hours",
             "40 days", "2027年12月31日", "第一年", "每年", "Subscription Year 1", "someone years", "65%",
             "二十四个月", "百分之四十五", "0.08%"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for m in THRESHOLD_RE.finditer(form):
            hits.append(form[max(0, m.start() - 15):m.end() + 15])
    return hits


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, lang, _) in FILES.items():
        d = DESIGN[key]
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        rules = lab["expected_rules"]
        covered.update(rules)
        if rules != sorted(d["rules"]):
            problems.append((key, "rules", rules, d["rules"]))
        if risk_of(rules) != d["risk"]:
            problems.append((key, "risk", risk_of(rules), d["risk"]))
        if abs(sum(d["parts"]) - d["extra"]["contract_value"]) > 0.001:
            problems.append((key, "sum", sum(d["parts"]), d["extra"]["contract_value"]))
        t = lab["expected_terms"]
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, "threshold value", k, v))
        share = tco_share(key)
        if share is not None and abs(share - TCO_TH) <= 2:
            problems.append((key, "tco share near threshold", share))
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n, (lo, hi)))
        hits = scan(text)
        if hits:
            problems.append((key, "threshold text", hits))
        print("%s %-4s len=%5d rules=%s risk=%s tco=%s" % (key, lang, n, ",".join(r[3:] for r in rules) or "-",
                                                            risk_of(rules), None if share is None else round(share, 2)))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
