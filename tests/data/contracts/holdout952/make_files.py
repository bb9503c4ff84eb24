"""holdout952: builds the ten blind held-out drafts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built by
../word_pdf.py from the markup below. Labels are written from LABELS; each draft's rules are derived from its labels with
this file's own reading of policy §3 and compared with the design list; lengths and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:单用途预付卡资金存管平台采购合同
P:合同编号：SWJ-ZFCG-2027-031        采购方式：公开招标
P:甲方（采购人）：某市商务局
P:乙方（供应商）：江苏衡信金融科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就单用途预付卡资金存管平台的软件许可及定制开发事宜，经平等协商，订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供单用途预付卡资金存管平台软件（以下称“平台软件”）永久使用许可，部署于甲方指定的政务云资源，许可范围为全市备案发卡企业不超过六千家。
P:1.2 乙方按甲方需求完成定制开发：存管银行接口（不少于三家存管银行）、预收资金余额实时对账、风险预警模型与监管驾驶舱、消费者投诉联动接口。
P:1.3 乙方负责部署实施、历史备案数据导入、联调测试及操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），含税，为固定总价，包括：平台软件许可费¥860,000；定制开发费¥540,000；实施部署费¥110,000；培训费¥20,000。
P:2.2 合同总价已包含乙方履行本合同所需的全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价10%的履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额合法发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发并提交初步验收申请。
P:4.2 乙方应派驻不少于四名实施人员，项目经理未经甲方同意不得更换。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，内容包括进度计划、人员安排、接口方案、数据导入方案、测试计划和风险应对措施，经甲方确认后执行。实施过程中乙方每周向甲方报送进度报告，重大问题应即时报告。
P:4.4 甲方负责协调政务云资源、存管银行及发卡企业的配合工作，并按实施方案提供业务资料和测试数据。甲方原因造成的延误，工期相应顺延，但乙方应及时书面提出。
P:4.5 乙方应在最终验收前向甲方交付全套技术文档，包括系统设计说明书、接口说明书、数据库设计文档、部署手册、运维手册和用户操作手册。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能点全部实现；（2）与三家存管银行的接口连续二十日对账无差错；（3）在五百并发用户下页面响应时间不超过3秒；（4）通过第三方机构出具的安全测评报告。
P:5.2 初步验收后平台试运行九十日，试运行期间未发生一级故障、二级故障累计不超过两次的，甲方组织最终验收，验收依据为本合同、招标文件及双方确认的需求规格说明书。
P:5.3 平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年¥68,800），该价格在质保期满后三年内不作调整，由双方另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划停机除外，计划停机须提前三日书面报甲方同意）。
P:7.2 一级故障（平台无法访问或对账中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方应每月向甲方提交平台运行报告，内容包括可用率、故障及处理情况、对账异常、安全事件、容量使用情况及优化建议。重大节假日及消费旺季前，乙方应对平台进行专项检查并制定应急预案，每年组织一次应急演练。
P:7.4 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维护费用或向甲方支付¥2,000。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方保证其不侵犯第三方权利。
P:8.2 为本项目定制开发的接口程序、预警模型、驾驶舱及其源代码、文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码。甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台存储的发卡企业备案信息、预收资金数据、消费者投诉信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储、操作日志审计，运维须经堡垒机进行，不得将数据复制至甲方网络之外。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、发卡企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经整改两次仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，亦不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 培训与知识转移
P:15.1 乙方应对甲方管理人员、系统管理员及存管银行业务人员分别开展培训，培训不少于六期，并提供培训教材和操作视频。
P:15.2 培训结束后，乙方应组织操作考核，确保甲方系统管理员能够独立完成日常配置、账号管理、数据查询和报表导出。
H:第十六条 廉洁与不可抗力
P:16.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，违反的，甲方有权解除合同并依法追究责任。
P:16.2 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方协商确定是否延期履行。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:17.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：某市商务局          乙方（盖章）：江苏衡信金融科技有限公司
P:签订日期：2027年3月____日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：LY-SB-2027-0408
P:甲方：慈溪炉焰户外用品有限公司（烧烤架生产企业）
P:乙方：宁波智控自动化工程有限公司
P:甲方拟对其冲压、焊接、喷涂三条烧烤架生产线的电气控制系统进行改造，乙方愿意按本合同提供设备、软件及相关服务。双方经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责提供下表所列设备及软件，并完成拆旧、安装、编程、联调、试生产及培训，使三条生产线达到技术协议规定的节拍和质量要求。
P:1.2 技术协议、设备清单及乙方投标报价为本合同附件，与本合同具有同等效力。
H:第二条 合同价格
P:2.1 合同价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜及I/O模块|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|24台|8,500|204,000
TB:3|触摸屏人机界面|6台|9,000|54,000
TB:4|焊点视觉检测单元|4套|46,000|184,000
TB:5|工业以太网交换机|8台|6,000|48,000
TB:6|产线数据采集与监控软件许可|1套|216,000|216,000
TB:设备及软件小计||||1,294,000
TB:7|安装调试（含拆旧）|1项|146,000|146,000
TB:8|PLC编程与联调|1项|88,000|88,000
TB:9|操作及维护培训|1项|22,000|22,000
TB:合同总价||||1,550,000
P:2.2 合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），含13%增值税及运输、保险、安装所需辅材等全部费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 三条生产线通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在此后三十日内完成安装调试。
P:4.2 改造施工应分线进行，每条生产线停产时间不得超过七日，具体时间由甲方生产部门安排。
P:4.3 乙方施工人员应遵守甲方厂区安全管理制度，因乙方原因造成的人身或财产损失由乙方承担。
P:4.4 乙方应在合同生效后七日内提交改造实施方案，包括电气原理图、控制柜布置图、网络拓扑、停线切换计划及安全措施，经甲方设备部门确认后方可施工。
P:4.5 设备到货时，乙方应提供装箱单、合格证、说明书及原厂质量证明文件。甲方发现数量短缺、型号不符或外观损坏的，乙方应在五日内补齐或更换。
P:4.6 甲方负责提供施工用电、临时存放场地及停线期间的生产协调；因甲方原因延误的，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：（1）冲压线节拍不低于每分钟十八件，焊接线、喷涂线节拍达到技术协议要求；（2）焊点视觉检测漏检率不高于0.2%；（3）监控软件实时采集全部设备状态及产量，数据刷新不超过2秒；（4）连续试生产七日无因控制系统导致的停线。
P:5.2 乙方完成调试后书面申请验收，甲方在七个工作日内组织验收并签署验收报告。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 设备安装完成或甲方投入试生产，均不视为验收合格。
P:5.4 试生产期间，乙方应安排工程师驻厂，跟踪设备运行并及时处理异常；试生产记录、节拍统计和视觉检测抽检结果作为验收资料。甲方可邀请第三方检测机构对控制柜电气安全进行检测，检测不合格的，由乙方整改并承担检测费用。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级均由乙方免费提供。
P:6.2 质保期内，一级故障（整线停机）乙方应在30分钟内电话响应，8小时内到达现场；二级故障（单台设备异常）2小时内响应，24小时内到达现场。
P:6.3 乙方未按上述时限响应或到场的，每超时一小时向甲方支付¥800，从质量保证金或应付款中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按设备及软件小计的28%每年计取，即每年人民币362,320元，质保期满后三年内该价格不作调整。维保服务内容包括定期巡检、备件更换、程序维护及前款响应承诺。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面画面、通讯配置及其源文件，知识产权归甲方所有，乙方应在验收时移交完整备份。
P:7.2 监控软件的原有著作权归乙方，甲方享有永久使用许可。
P:7.3 乙方保证所提供的设备及软件不侵犯任何第三方的专利权、著作权或商标权。如有第三方提出侵权主张，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第八条 数据与信息安全
P:8.1 生产线运行数据、产量及工艺参数归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN账号进行并留存操作记录；乙方不得在控制系统中设置后门或未经披露的远程连接。
P:8.3 因乙方原因导致数据泄露、系统被入侵或生产中断的，乙方应在2小时内通知甲方，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对在履约过程中获知的对方技术资料、工艺参数、客户信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 因乙方设备或程序缺陷导致甲方停产的，乙方应赔偿甲方因此造成的直接损失。
P:10.3 乙方提供的设备不符合合同约定的品牌、型号或技术参数的，甲方有权拒收，乙方应在十日内更换，并承担由此产生的费用；逾期更换的，按本条第一款支付违约金。
P:10.4 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方可将控制柜安装、桥架敷设等施工作业分包给具备相应资质的施工单位，但应提前三个工作日书面告知甲方分包单位名称。乙方对分包部分的质量和安全向甲方负责。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或设备经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交宁波仲裁委员会按其仲裁规则仲裁。
H:第十四条 培训与资料
P:14.1 乙方应对甲方电气维修人员及各线操作工进行培训，培训内容包括控制系统原理、人机界面操作、常见报警处理、备件更换及程序备份恢复，培训后进行考核。
P:14.2 乙方应在验收时移交竣工图纸、PLC及人机界面程序备份、参数清单、备件清单和维护手册各两套，并提供电子版。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明。不可抗力影响消除后，双方继续履行合同。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年4月____日
"""

Z03 = """预约及会员管理系统软件服务（SaaS）合同

合同编号：TT-IT-2027-016
甲方：跃动星球体育文化发展有限公司（经营“跃动星球”连锁蹦床公园，门店四十家）
乙方：杭州云票信息技术有限公司

鉴于甲方需要一套覆盖全部门店的在线预约、入场核验、会员储值及营销系统，乙方以软件即服务方式提供该系统，双方经协商订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供“云票”预约及会员管理系统的订阅服务，包括小程序预约、时段票与次卡管理、入场闸机核验、会员储值与积分、营销券、经营报表及总部管理后台。
（二）乙方提供一次性实施服务：系统配置、四十家门店闸机及收银设备对接、与甲方财务系统接口开发、历史会员数据迁移及门店人员培训。
（三）服务期为两个服务年度，自系统通过上线验收之日起计算，第一服务年度与第二服务年度各自连续计算。

二、费用
（一）订阅费：每家门店每服务年度人民币9,600元，四十家门店每服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）实施费：人民币126,000元；数据迁移费：人民币36,000元，均为一次性费用。
（三）合同总价为人民币930,000元（含税）。服务期内新增门店按每店每服务年度9,600元按月折算计费，不计入合同总价。

三、付款方式
（一）实施费与数据迁移费在系统通过上线验收后十五个工作日内一次性支付。
（二）订阅费按季度支付，每季度首月十日前支付当季订阅费人民币96,000元。
（三）乙方应在收款前开具增值税专用发票。本合同不设预付款。
（四）甲方按照第六条获得的服务赔偿，直接从下一季度订阅费中抵扣；服务期最后一个季度的服务赔偿，由乙方在期满后十五个工作日内以现金方式支付给甲方。
（五）门店闭店或迁址的，甲方可提前三十日书面通知乙方，将该门店订阅转移至新门店使用，不另收费。

四、实施与上线验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、对接和数据迁移，并书面申请上线验收。
（二）上线验收标准：
1. 合同附件功能清单所列功能全部可用；
2. 四十家门店闸机核验成功率连续七日不低于99.5%；
3. 历史会员、储值余额及积分迁移后与甲方原系统逐条核对一致；
4. 高峰时段每秒三百笔预约请求下，页面响应时间不超过2秒；
5. 与甲方财务系统的日结对账连续十日无差错。
（三）甲方应在收到验收申请后五个工作日内组织验收。门店试用或系统上线，不视为验收合格。
（四）乙方应在实施开始前提交实施计划，明确各批次上线门店、切换时间及回退方案。门店切换应安排在非营业时段进行，切换当日乙方应安排人员现场或远程值守。
（五）甲方负责提供门店清单、闸机及收银设备型号、会员原始数据及财务接口文档，并指定项目负责人协调各门店配合实施。

五、双方其他权利义务
（一）乙方应保证系统功能持续符合合同附件功能清单，服务期内的功能升级及安全补丁免费提供；涉及门店操作变化的升级，应提前七日通知甲方并提供操作说明。
（二）乙方应为甲方配备专属客户经理及技术支持团队，提供七乘二十四小时服务热线，并每月向甲方提交服务报告，内容包括可用率、故障处理情况、工单统计及优化建议。
（三）甲方应妥善保管系统管理员账号，按约定支付费用，并督促门店员工按操作规范使用系统。
（四）乙方应每季度组织一次门店员工线上培训，新开门店上线时提供一次专项培训。
（五）甲方在暑期、寒假及法定节假日等客流高峰期前，可要求乙方进行压力测试和扩容准备，乙方应在高峰期安排专人值守，不另收费。

六、服务水平
（一）系统月度可用率不低于99.5%，计划维护须安排在凌晨零点至六点并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（小程序无法预约、闸机无法核验或储值无法使用，影响五家以上门店）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：8小时内响应，3个工作日内解决。
（三）服务赔偿：月度可用率低于承诺值的，按下列标准减免当月订阅费：低于99.5%但不低于99%的，减免5%；低于99%的，减免10%。一级故障恢复超时的，每超时一小时另减免当月订阅费的1%。

七、数据归属与数据安全
（一）甲方的会员信息、交易记录、储值余额、门店经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，系统应通过网络安全等级保护三级测评；对会员个人信息加密存储、分级授权、操作留痕，每日备份并异地保存。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担相应责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。
（五）乙方应协助甲方履行个人信息保护义务，包括在小程序中展示隐私政策、取得会员同意、处理会员查询、更正和删除个人信息的请求；会员未成年人信息应按监护人同意规则处理。
（六）乙方每年应委托第三方机构进行一次渗透测试，并将测试结论及整改情况书面告知甲方。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。

九、知识产权
（一）“云票”系统的知识产权归乙方所有。
（二）为甲方定制开发的财务接口程序、专属报表模板及其文档归甲方所有，甲方可自行修改或交由第三方使用。

十、违约责任
（一）乙方未按期申请上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任（含违约金及服务赔偿），以索赔事件发生前六个月内甲方已支付的订阅费总额为限，但因乙方故意或数据泄露造成的损失除外。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十一、分包
乙方不得将本合同项下服务分包给第三方；确需将闸机现场对接交由第三方完成的，须事先取得甲方书面同意。

十二、合同解除与期满
（一）一方严重违约，经对方书面催告十五日内未改正的，守约方有权解除合同。
（二）系统连续两个月可用率低于99%的，甲方有权解除合同，乙方退还未履行期间的订阅费。
（三）服务期满后本合同终止，不自动续期；如需续约，双方另行协商签订合同。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院提起诉讼。

十四、不可抗力与通知
（一）因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，双方根据影响程度协商延期或解除。
（二）双方的通知以书面形式送达本合同载明的地址或电子邮箱，邮件发出次日视为送达。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单。

甲方（盖章）：                         乙方（盖章）：
日期：2027年5月____日
"""

Z04 = """养老机构智能呼叫与定位系统运维服务合同

项目编号：MZ-CS-2027-009（竞争性磋商）
采购人（甲方）：某市民政局
供应商（乙方）：安徽康联信息系统服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就全市养老机构智能呼叫与定位系统2027年度运维服务，订立本合同。

第一条 服务范围
（一）运维对象：全市二十六家公办及公建民营养老机构已部署的智能呼叫与定位系统，包括床头及卫生间紧急呼叫按钮3,240个、定位手环1,860只、定位基站412台、护士站呼叫主机58台、区域管理平台一套及其数据库。
（二）服务内容：日常巡检、故障处理、设备维修及易损件更换、手环电池更换、平台软件运行维护与补丁更新、数据备份、值班护理人员操作培训及年度系统健康评估。
（三）服务期：2027年1月1日至2027年12月31日。

第二条 服务费用及支付
（一）本合同年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），含税，包括人工、备品备件、差旅及乙方为完成本项目所需的一切费用。单件价格超过人民币二千元的主要部件更换，由双方另行确认。
（二）服务费按季度支付。每季度结束后，甲方根据第六条考核结果在十五个工作日内支付当季服务费人民币146,500元，扣除应扣款项后支付。本合同不设预付款。

第三条 服务启动
（一）乙方应在合同签订后十日内完成服务接管，包括设备台账核对、平台账号及运维工具交接，并向甲方提交运维方案。
（二）乙方应设立运维服务台，安排驻场工程师两名，工作日八点至十八点驻场，其余时间电话值守。
（三）服务接管期间，原运维单位尚未完全退出的，乙方应与其做好交接，对交接中发现的设备缺失、资料不全等问题书面报告甲方，由甲方协调处理；交接完成前发生的故障，乙方应配合处置。
（四）乙方应在服务接管后三十日内完成全部设备普查，对已损坏、电池老化或信号覆盖不足的点位形成问题清单及整改建议，报甲方及各养老机构确认。
（五）乙方应建立运维工单系统，记录每次报修、响应、到场、处理及回访情况，甲方可随时查询。

第四条 服务水平
（一）故障分级：一级故障指一家养老机构的呼叫主机或平台整体不可用，或紧急呼叫无法送达护士站；二级故障指部分呼叫点、基站或手环失效；三级故障指其他一般问题。
（二）响应及处理时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，24小时内修复；三级故障8小时内响应，三个工作日内解决。
（三）区域管理平台年度可用率不低于99.95%。
（四）乙方每月对每家机构巡检一次，每季度对全部呼叫按钮逐一测试并形成记录。
（五）巡检内容包括：呼叫按钮及拉绳功能测试、手环电量及定位精度检查、基站运行状态及信号覆盖检查、护士站主机声光报警测试、平台服务器及数据库运行状态检查、日志审查及备份有效性检查。巡检发现的问题应在巡检报告中列明处理结果。
（六）对于养老机构新增床位、房间改造等引起的设备移机、加装，乙方应在接到甲方通知后五个工作日内完成移机调试；加装设备费用另行确认，移机调试不另收费。

第五条 数据安全
（一）系统中老年人身份信息、健康状况、位置轨迹及呼叫记录等全部数据归甲方所有，乙方仅为履行运维义务访问，不得用于其他目的。
（二）乙方运维人员须实名登记，通过甲方提供的堡垒机访问平台，使用个人账号并开启操作审计；不得将数据导出至甲方网络之外，不得在个人设备上存储任何数据。
（三）乙方应每日备份平台数据，每季度进行一次恢复演练。
（四）发生数据泄露、丢失或系统被攻击等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿由此造成的损失。

第六条 考核与验收
（一）甲方每季度按考核细则对乙方服务进行考核，考核指标包括：故障响应及时率、修复及时率、巡检完成率、平台可用率、养老机构满意度。
（二）一级故障响应或恢复超时的，每次扣减当季服务费人民币2,000元；二级故障修复超时的，每次扣减人民币500元；季度考核得分低于八十分的，另扣减当季服务费的5%。
（三）服务期满后，甲方依据磋商文件技术要求及四个季度考核结果组织年度验收，验收合格后出具验收意见。
（四）甲方可邀请养老机构负责人、老年人家属代表参与满意度评价；乙方对评价中反映的问题应在十五日内书面答复并整改。

第七条 违约责任
（一）乙方未按期完成服务接管或未按期完成甲方书面通知的整改事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）因乙方原因导致紧急呼叫未能送达，造成老年人人身损害的，乙方依法承担赔偿责任。
（三）甲方未按约定支付服务费的，应按逾期金额每日万分之三支付违约金。
（四）乙方擅自减少驻场人员或驻场时间的，每人每日扣减服务费人民币六百元。

第八条 乙方的其他义务
（一）乙方应储备必要的备品备件，其中紧急呼叫按钮、定位手环及基站的备件数量分别不少于在用数量的百分之三，存放于本市，确保故障处理时限。
（二）乙方应在每年汛期、高温季节及春节等重要节假日前组织专项巡检，并提交专项巡检报告。
（三）乙方应每半年为各养老机构值班护理人员开展一次操作培训，新入职人员可随时申请培训。
（四）乙方应于每月五日前向甲方提交上月运维月报，内容包括故障统计、处理情况、巡检结果、设备更换记录及改进建议；年度服务结束时提交年度运维总结及系统健康评估报告。
（五）乙方人员进入养老机构应遵守机构管理制度，尊重老年人，不得干扰正常照护秩序。

第九条 成果归属
乙方在服务期内形成的运维记录、巡检报告、配置文件、脚本及评估报告归甲方所有，服务期满时一并移交。

第十条 人员与分包
（一）乙方驻场工程师应具备相应专业能力，更换人员须提前七日书面征得甲方同意。
（二）乙方不得将本合同服务转包或分包给第三方。
（三）乙方应为驻场及巡检人员购买意外伤害保险，统一着装并佩戴工作证；乙方人员在服务过程中造成第三方人身或财产损害的，由乙方负责处理并承担责任。
（四）乙方应保持运维团队稳定，服务期内项目负责人原则上不得更换；确需更换的，继任人员资历不得低于原人员。

第十一条 合同解除
（一）乙方严重违约，或连续两个季度考核得分低于七十分的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
（二）因不可抗力致使合同无法履行的，双方可协商解除合同。
（三）服务期满，本合同自然终止，不自动续期。

第十二条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 不可抗力
因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在十日内提供有关证明，双方协商确定延期或部分履行。

第十四条 其他
（一）磋商文件、响应文件、考核细则为本合同附件。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章并报财政部门备案后生效。

甲方（盖章）：某市民政局                 乙方（盖章）：安徽康联信息系统服务有限公司
签订日期：2026年12月____日
"""

Z05 = """# 软件产品销售及定制开发合同

**墨序科技标准合同文本 V3.0**（本文本由乙方提供）

合同编号：MX-2027-0612

甲方（买方）：泾县澄心堂宣纸工作室

乙方（卖方）：合肥墨序软件科技有限公司

甲方向乙方购买“墨序工坊”生产工序追溯软件，并委托乙方进行定制开发。为明确双方权利义务，经协商一致，签订本合同，以资共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“墨序工坊”生产工序追溯软件标准版（单工厂永久许可，不限用户数）。

1.2 乙方根据甲方宣纸生产工艺进行定制开发，主要包括：原料（青檀皮、沙田稻草）入库批次登记、蒸煮及漂洗工序记录、纸浆配比记录、捞纸及晒纸批次管理、成品检验分级、成品二维码溯源查询页面。

1.3 乙方负责软件安装部署、基础数据初始化及甲方人员使用培训。

1.4 软件标准版包含以下模块：基础资料管理、原料批次管理、工序记录、质量检验、库存管理、销售出库、二维码标签打印、统计报表及系统管理。标准版功能以乙方产品说明书为准，乙方有权对标准版功能进行升级或调整。

1.5 系统运行所需的服务器、操作系统、数据库、标签打印机、扫码枪、平板电脑等软硬件由甲方自行采购，乙方可提供选型建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “墨序工坊”生产工序追溯软件标准版许可 | 168,000 |
| 2 | 定制开发（工序记录、配比、晒纸批次、二维码溯源） | 142,000 |
| 3 | 安装部署及培训 | 26,000 |
| | **合计** | **336,000** |

合同总价为人民币叁拾叁万陆仟元整（¥336,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币218,400元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币117,600元。

3.3 甲方未按期付款的，乙方有权暂停开发、实施及技术支持工作，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到首期款后五十个工作日内完成定制开发及部署，并通知甲方上线运行。

4.2 甲方应提供必要的服务器、网络环境及生产工艺资料；因甲方资料提供不及时或需求变更导致的延误，工期相应顺延。

4.3 甲方应在合同签订后五个工作日内指定项目联系人，负责需求确认、资料提供及内部协调。需求说明书经甲方签字确认后，作为定制开发的依据。

4.4 需求说明书确认后，甲方提出新增或变更需求的，乙方有权另行评估工作量并收取费用，工期相应顺延。

4.5 乙方向甲方提供系统安装包、操作手册及培训课件。培训以远程方式为主，培训人数不超过十人，超出部分另行计费。

4.6 甲方应自行负责服务器、操作系统、数据库及网络设备的采购、维护和安全防护，并按乙方要求配置运行环境。因运行环境不符合要求导致系统异常的，乙方不承担责任。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后如发现问题，应书面通知乙方，由乙方在维护期内处理，但不影响验收结论及付款。

5.3 因甲方原因导致系统在乙方通知上线后十个工作日内未能上线运行的，自通知之日起第十一个工作日视为系统已上线运行，甲方应按第三条支付款项。

## 第六条 知识产权

6.1 “墨序工坊”软件及本合同项下定制开发成果（包括源代码、数据库设计、页面及文档）的全部知识产权归乙方所有。

6.2 甲方在本合同约定范围内享有定制开发成果的非独占使用权，不得对其进行修改、反向工程，不得转让或许可第三方使用。乙方有权将定制开发成果用于其他客户项目。

## 第七条 维护服务

7.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复及远程技术支持。

7.2 免费维护期满后，甲方如需乙方继续提供维护服务，维护费按乙方届时公布的服务价格标准另行收取，乙方有权根据市场情况调整。

7.3 维护期内，一级故障（系统无法登录或无法记录生产数据）乙方在8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。乙方以远程支持为主，确需现场服务的，差旅费用由甲方承担。

## 第八条 数据

8.1 甲方录入系统的生产记录、配比数据、客户及订单信息归甲方所有，乙方仅为提供本合同服务使用该等数据，不得用于其他目的。

8.2 乙方对远程运维账号实行专人专用、操作留痕；系统数据每日自动备份。乙方发现数据泄露或丢失的，应在24小时内通知甲方并协助恢复，因乙方过错造成的损失由乙方依本合同第十条承担责任。

8.3 甲方应自行做好账号密码管理、操作人员权限分配和数据的本地备份。因甲方人员操作不当、账号泄露或运行环境被攻击造成的数据丢失或泄露，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、工艺配方及经营信息承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

9.2 下列信息不属于保密信息：已经公开的信息；接收方在披露前已合法持有的信息；从第三方合法取得的信息；依法律法规或政府部门要求必须披露的信息。

## 第十条 违约责任

10.1 乙方未能按第四条约定期限交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或生产损失承担责任。

10.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十一条 合同解除

11.1 一方严重违反本合同，经另一方书面通知后十五日内仍未纠正的，另一方有权解除本合同。

11.2 甲方因自身原因要求解除合同的，已支付款项不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果，并删除相关安装程序；已录入系统的甲方数据，乙方可协助导出，导出服务按乙方届时收费标准另行收费。

## 第十二条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络攻击、电力中断等不可预见、不可避免的原因导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十三条 通知

双方往来通知以书面形式送达合同首页所列地址，或发送至双方确认的电子邮箱、即时通讯账号，发出即视为送达。一方联系方式变更的，应提前书面通知另一方。

## 第十四条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另行约定的事项以补充协议为准。

15.3 乙方可在宣传材料及客户名单中使用甲方名称及本项目作为案例，甲方另有书面要求的除外。

15.4 本合同附件包括：需求说明书、软件功能清单、报价单。附件与本合同具有同等效力。

甲方（签章）：泾县澄心堂宣纸工作室　　　　乙方（签章）：合肥墨序软件科技有限公司

日期：2027年6月____日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RRS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Red River Asset Software LLC, a limited liability company organised under the laws of the State of Oklahoma with its principal office at 1420 West Main Street, Durant, Oklahoma 74701, United States (the "Vendor"), and Wuhu Hengtai Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance and asset management software, together with implementation, configuration, interface and training services for its two foundry plants in Wuhu, and the Vendor is willing to provide them on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RiverCMMS Enterprise software, version 9, in object code, including its mobile application and all updates and new versions delivered during the Warranty Period.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion scripts, configurations and documentation created by the Vendor specifically for the Customer under this Agreement, listed in Annex 2.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the course of the Customer's operations, including equipment registers, work orders, spare-parts records, meter readings and personnel information.
P:1.4 "Final Acceptance" means the Customer's written acceptance of the complete system under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data centre in Wuhu for up to 260 named users and 80 concurrent mobile users, for the internal business purposes of the Customer and its wholly owned subsidiaries in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The licence is not subject to any periodic licence fee and survives the end of the Vendor's support services.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including installation of the Software, configuration of asset hierarchies for both plants, migration of existing equipment and maintenance history from the Customer's spreadsheets and legacy system, interfaces to the Customer's ERP and energy metering systems, mobile work-order deployment and training of administrators and maintenance technicians.
P:3.2 The Vendor shall appoint a named project manager fluent in Chinese and English and shall not replace that person without the Customer's prior approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete the services so that the system is ready for Final Acceptance testing within one hundred and twenty days after the Effective Date, in accordance with the project plan in Annex 1.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,636,000, inclusive of applicable taxes, consisting of a Software licence fee of CNY 1,180,000, implementation and interface services of CNY 420,000, and training of CNY 36,000.
P:4.2 The Customer shall pay 20% of the total price within twenty days after receiving the Vendor's invoice issued on signature of this Agreement.
P:4.3 The Customer shall pay 45% of the total price after the system goes live in both plants. Go-live does not constitute acceptance.
P:4.4 The Customer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer to the account designated by the Vendor's appointed agent in Shanghai against a valid Chinese VAT invoice.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing shall verify that: (a) every function in the requirements specification in Annex 1 operates as specified; (b) migrated equipment records and maintenance history reconcile with the source data with no unresolved discrepancies; (c) the ERP interface posts spare-parts issues and purchase requests correctly for ten consecutive working days; (d) screens open within three seconds for 80 concurrent users; and (e) the system runs in production for thirty days without a Severity 1 defect.
P:5.2 The Customer shall carry out the tests within ten working days after the Vendor's written notice of readiness and shall either sign the acceptance certificate or list the defects found. The Vendor shall correct listed defects and the tests shall be repeated.
P:5.3 Installation, go-live, use of the system in production or payment of any instalment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide technical support at no additional charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the system or a plant is unable to create or close work orders) within one hour and shall restore service or provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within two working days.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 incident, the Vendor shall pay the Customer a service credit of CNY 1,000 for each hour or part of an hour of delay, deducted from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at a fee of 9% of the Software licence fee, being CNY 106,200 per year, which shall not be increased during the first three years after the Warranty Period. Support after the Warranty Period is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall access and process Customer Data only to the extent necessary to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided and approved by the Customer for each session, using individual accounts, and shall not copy Customer Data outside the Customer's network. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and financial information received from the other party under this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This Article survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for Final Acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party intellectual property rights, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.
P:12.2 The Customer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On termination under this Article by the Customer, the Vendor shall refund the amounts paid for any part of the system not accepted.
P:12.3 Termination does not affect the licence granted in Article 2 for any part of the Software that has been paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Oklahoma, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be resolved by the state or federal courts located in Oklahoma, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope of Services and Project Plan) and Annex 2 (Custom Deliverables), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Date: ____________________
"""

E02 = """# FieldPilot Subscription Order Form

**Order Form No. FP-OF-27-0311**, issued by Prairie Route Software, Inc., 2100 North Harrison Street, Shawnee, Oklahoma 74804, USA ("Vendor"), to Chengdu Lanjing HVAC Engineering Service Co., Ltd., Tianfu New Area, Chengdu, Sichuan, PRC ("Customer").

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

FieldPilot, Vendor's cloud service for scheduling, dispatching and recording field maintenance work, including the dispatcher console, the technician mobile app for Android and iOS, customer asset registers, digital job sheets with photo capture and e-signature, spare-parts usage tracking, and standard reports. The Service is hosted for Customer in the Alibaba Cloud region in Shanghai.

### A2. Subscription Term and Users

The Subscription Term is twenty-four months, starting on the Service Start Date stated in the onboarding completion certificate under A4. Customer may permit up to 180 named users (dispatchers, supervisors and technicians) to use the Service. Additional users may be added at any time at the per-user rate in A3, prorated to the end of the current subscription year; such additions are not part of the fees below.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, year 1 | 180 users x CNY 1,450 | 261,000 |
| Subscription, year 2 | 180 users x CNY 1,450 | 261,000 |
| Onboarding services (one-time) | fixed price | 48,000 |
| **Total Order Value** | | **570,000** |

All amounts include VAT. The per-user rate is fixed for the whole Subscription Term.

### A4. Onboarding

Vendor shall complete onboarding within forty-five days after signature of this Order Form. Onboarding comprises tenant set-up, configuration of Customer's service areas, job types and checklists, import of Customer's existing client and asset records (about 14,000 assets), an interface to Customer's Kingdee ERP for spare-parts issues, and three days of training in Chengdu. Onboarding is complete when Customer signs the onboarding completion certificate after the tests in B3.

### A5. Invoicing and Payment

Subscription fees for each subscription year are invoiced at the start of that subscription year and payable within thirty days of invoice. The onboarding fee is invoiced after Customer signs the onboarding completion certificate and is payable within thirty days of invoice. No other amount is payable in advance.

### A6. Contacts and Approved Hosting Provider

Vendor's account manager: Ms. Dana Whitfield. Customer's project lead: Mr. Zhou Hang. Customer approves, by signing this Order Form, Alibaba Cloud (Shanghai) as Vendor's hosting provider for the Service.

## Part B - General Terms

### 1. Provision of the Service

1.1 Vendor shall make the Service available to Customer and its authorised users during the Subscription Term in accordance with this Order Form and the user documentation.

1.2 Vendor will use commercially reasonable efforts to keep the Service available and to carry out maintenance outside Customer's normal business hours where practicable. Vendor may modify the Service from time to time, provided that the core functions described in A1 are not materially reduced.

1.3 Support is provided by email and through Vendor's online help centre during Vendor's business hours. Vendor will address support requests in the order received and as its resources allow.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the data it enters, for its users' compliance with these terms, and for keeping user credentials secure.

2.2 Customer shall not resell the Service, attempt to access its source code, or use it to store content that is unlawful.

2.3 Customer shall provide Vendor with the information and access reasonably needed for onboarding, including its existing client and asset files, the configuration workbook, test accounts for the Kingdee ERP and a contact person who can take decisions on configuration questions. If Customer's delay in providing these items delays onboarding, the onboarding period in A4 is extended accordingly.

### 3. Onboarding and Acceptance

3.1 Before Customer signs the onboarding completion certificate, the parties shall test that: (a) the configured job types, checklists and service areas match the configuration workbook approved by Customer; (b) the imported client and asset records reconcile with Customer's source files with no unresolved errors; (c) the ERP interface posts spare-parts issues correctly for five consecutive working days; and (d) dispatchers can create, assign and close jobs and technicians can complete job sheets offline and synchronise them.

3.2 Customer shall carry out the tests within seven working days after Vendor's notice of readiness and either sign the certificate or list the failures. Use of the Service for live jobs before signature does not constitute acceptance.

3.3 If onboarding is not complete within the period in A4 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, deducted from the onboarding fee and then from subscription invoices.

### 4. Customer Data

4.1 "Customer Data" means data submitted to the Service by or for Customer, including client names, addresses, asset details, job records, photographs and signatures. As between the parties, Customer owns Customer Data.

4.2 Customer grants Vendor a licence to host, process and display Customer Data to provide the Service. Customer further agrees that Vendor may collect and use Customer Data in aggregated and de-identified form, together with data from other customers, to analyse and improve its products, to develop new features and to publish industry benchmarks, during and after the Subscription Term.

4.3 At the end of the Subscription Term, Vendor shall make Customer Data available for export in CSV format for thirty days and shall then delete it from the Service.

### 5. Security

5.1 Vendor shall maintain administrative, technical and physical safeguards for the Service that include encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access, daily backups, and annual penetration testing by an independent firm.

5.2 Vendor shall store Customer Data only in the hosting region stated in A1 and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC in processing personal information contained in Customer Data.

5.3 Vendor shall notify Customer within twenty-four hours after confirming any security incident affecting Customer Data, shall take prompt steps to contain it and shall be liable for losses caused by its failure to comply with this Section 5.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to its employees, contractors and advisers who need to know it and are bound by similar obligations.

6.2 These obligations continue for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Vendor owns the Service, the mobile app and all related software and documentation.

7.2 The checklists, job sheet templates, report layouts and ERP interface mappings configured specifically for Customer belong to Customer, and Customer may use, modify and provide them to any third party without restriction. Vendor shall export them to Customer on request.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 Each party's aggregate liability under this Order Form is limited to 150% of the Total Order Value. This limit does not apply to breach of Section 5 or Section 6, personal injury, or fraud.

### 9. Subcontracting

Vendor shall not subcontract any of its obligations without Customer's prior written consent, except to the hosting provider approved in A6. Vendor remains responsible for its subcontractors.

### 10. Term, Renewal and Termination

10.1 This Order Form ends at the end of the Subscription Term and does not renew automatically. Any further subscription requires a new order form agreed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice. On termination by Customer under this Section, Vendor shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Notices shall be given in writing to the contacts in A6. Neither party may assign this Order Form without the other party's written consent, except in connection with a merger or sale of substantially all of its assets.

12.2 This Order Form is executed in English. A Chinese translation may be prepared for reference.

Signed for Vendor: ____________________ Signed for Customer: ____________________
"""

E03 = """T:Purchase Agreement for Cold Store Monitoring Sensors and Software
P:Contract No. XB-PUR-2027-0720
P:Buyer: Chengdu Xuebao Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Piney Woods Sensing LLC, 3905 South Street, Nacogdoches, Texas 75964, United States of America, acting through its authorised representative office in Shanghai (the "Supplier").
P:This Agreement is made on the Buyer's standard purchase terms. The Buyer wishes to equip its six cold stores and its loading docks with wireless temperature, humidity and door sensors, gateways and a monitoring software system, and the Supplier agrees to supply, install and commission them as set out below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting materials and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under Clause 3, including its alarm engine, web dashboard and mobile alert application.
P:1.3 "System" means the Equipment and the Software installed, configured and commissioned at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, at the fixed prices below, which include VAT, delivery to the Buyer's sites in Chengdu, insurance and all duties:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +60 C, calibrated|1,200|420|504,000
TB:2|LoRa gateway with 4G backup|36|5,800|208,800
TB:3|Door-contact sensor|240|260|62,400
TB:4|ColdWatch monitoring software, perpetual site licence|1|386,000|386,000
TB:Hardware and licence subtotal||||1,161,200
TB:5|Installation, configuration and commissioning|1|138,000|138,000
TB:6|Training of operators and administrators|1|18,800|18,800
TB:Contract Price||||1,318,000
P:2.2 The Contract Price is fixed and covers everything the Supplier needs to deliver a complete working System.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all its sites in the People's Republic of China, for an unlimited number of users, on servers operated by or for the Buyer.
P:3.2 Firmware embedded in the Equipment is licensed to the Buyer for use with the Equipment for its lifetime.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within fifteen working days after signature, against an advance payment guarantee from a bank in mainland China for the same amount.
P:4.2 Installation payment: 55% of the Contract Price after all Equipment has been installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and physical installation only and is not acceptance of the System.
P:4.3 Final payment: 35% of the Contract Price within twenty working days after Final Acceptance.
P:4.4 Each payment is due against a valid special VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's sites within sixty days after signature and complete installation and commissioning within forty-five days after delivery.
P:5.2 Installation inside cold stores shall be scheduled with the Buyer's warehouse manager so that loading operations are not interrupted for more than two hours at a time. The Supplier's staff shall wear the protective clothing required by the Buyer and follow the Buyer's food-safety rules.
P:5.3 If the Supplier fails to deliver or to complete installation and commissioning on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds forty-five days, the Buyer may also terminate under Clause 13.
H:6. Acceptance
P:6.1 After commissioning the System shall run for a trial period of twenty days. Final Acceptance requires that: (a) every sensor reports at the configured interval and no sensor misses more than three consecutive readings during the trial period; (b) each sensor's reading deviates by no more than 0.5 C from a calibrated reference thermometer at three test points per cold store; (c) alarms reach the on-duty mobile phones within sixty seconds of a threshold breach or door opening; (d) the dashboard shows all six cold stores and the docks with historical records exportable to the format required by the food-safety authorities; and (e) no Severity 1 incident occurs during the last ten days of the trial.
P:6.2 The Buyer shall sign the final acceptance certificate within five working days after the tests are passed, or list the failures. Installation, use of the System or payment does not constitute acceptance.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, recalibrate sensors once a year, correct Software defects and provide new Software versions free of charge.
P:7.2 The Supplier shall respond to a Severity 1 incident (loss of monitoring or alarms for a whole cold store) within thirty minutes and restore monitoring within eight hours. Severity 2 incidents (individual sensors or gateways failing) shall be responded to within two hours and fixed within two working days, using spare parts kept in Chengdu.
P:7.3 For each hour by which the Supplier exceeds a response or restoration time for a Severity 1 incident, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due to the Supplier.
P:7.4 After the warranty period, the Supplier shall provide annual support, including recalibration, spare parts and Software updates, at 8% of the hardware and licence subtotal per year, that is CNY 92,896 per year. This fee shall not be increased for two years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier keeps its rights in the Software and the firmware.
P:8.2 The dashboards, alarm rules, report templates, interfaces to the Buyer's warehouse management system and other work created specifically for the Buyer, with their source files, belong to the Buyer from creation. The Buyer may use, modify and license them freely.
H:9. Data Ownership and Data Security
P:9.1 All temperature records, alarm logs, inventory-related data and other data collected or generated by the System belong to the Buyer. The Supplier shall use them only to perform this Agreement and for no other purpose.
P:9.2 The Software shall be installed on the Buyer's servers in Chengdu. The Supplier shall access the System remotely only with the Buyer's approval for each session, through the Buyer's VPN with individual accounts, and shall keep no copy of the Buyer's data. Gateways shall use encrypted transmission, and default passwords shall be changed before commissioning.
P:9.3 The Supplier shall report any suspected data breach or unauthorised access within six hours, help the Buyer contain it, and be liable for all losses caused by its failure to comply with this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's customers, stored goods, site layouts and business obtained under this Agreement, shall use it only to perform this Agreement, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for three years after the end of this Agreement.
H:11. Liability
P:11.1 The Supplier shall indemnify the Buyer against losses, including spoiled goods, caused by defects in the System or by the Supplier's breach. The Supplier shall maintain product liability insurance with a reputable insurer during the warranty period.
P:11.2 The Supplier warrants that the Equipment and the Software do not infringe any third-party patent, copyright or trademark in the People's Republic of China. If a third party makes an infringement claim, the Supplier shall defend it at its own cost and, at its option, obtain the right for the Buyer to continue using the affected item or replace it with a non-infringing item of equal performance.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or support work without the Buyer's prior written consent. The Supplier remains responsible for the performance of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after the Buyer's notice, or if delay under Clause 5.3 exceeds forty-five days.
P:13.2 On termination under Clause 13.1, the Supplier shall refund all amounts paid for Equipment or Software not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising from this Agreement shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Agreement takes effect on signature by both parties and is made in two originals in English and Chinese, each party holding one. If the versions differ, the Chinese version prevails.
P:15.2 Annex 1 (site list and sensor layout) and Annex 2 (acceptance test plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. CR-MSA-2027-118**

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Choctaw Ridge Managed IT, Inc.**, 301 East Carl Albert Parkway, McAlester, Oklahoma 74501, USA, acting through its branch office in Guangzhou ("Provider"); and
- **Foshan Meilin Furniture Co., Ltd.**, Shunde District, Foshan, Guangdong Province, PRC ("Customer").

Customer operates a head office, two factories and a showroom in Foshan and wishes to outsource the day-to-day operation of its end-user IT, network and server infrastructure. Provider has agreed to provide the managed services described in the Schedules for a term of thirty-six months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the transition services.

1.2 "Service Levels" means the performance targets in Schedule 3.

1.3 "Charges" means the charges set out in Schedule 2.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.5 "Customer Data" means all data of Customer or its employees, customers and suppliers that Provider accesses, handles or stores in performing the Services.

## 2. Term

2.1 The Services shall be provided for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. The parties may agree in writing, no later than ninety days before the end of the Term, to extend it for a further period at the same Charges. There is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services in accordance with Schedule 1, the Service Levels and good industry practice.

3.2 Provider shall assign a named service delivery manager who meets Customer's IT manager monthly to review performance, open problems, planned changes and capacity.

3.3 Provider shall maintain the configuration database, network diagrams and operating procedures for Customer's environment and keep them up to date.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition services within sixty days after signature of this Agreement. Transition includes discovery of all devices, deployment of Provider's monitoring and remote management agents, handover of knowledge from Customer's current support staff, set-up of the service desk in Mandarin and Cantonese, and documentation of operating procedures.

4.2 Transition acceptance requires that: (a) all devices in the inventory agreed in the transition plan are monitored and appear in the configuration database; (b) the service desk has handled live tickets for ten working days in parallel with Customer's staff, meeting the Service Levels; (c) backup jobs for all servers in Schedule 1 have completed successfully for ten consecutive days and one test restore has been made for each server; and (d) the operating procedures have been approved by Customer's IT manager.

4.3 Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or list the criteria not met.

4.4 If transition is not completed within the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, deducted from the first invoices for Monthly Charges.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The Monthly Charge is invoiced monthly in arrears and is payable within thirty days of a correct VAT invoice. The transition fee is invoiced after transition acceptance.

5.2 The Monthly Charge covers the device and user counts in Schedule 1 with a tolerance of 10% either way. Changes beyond the tolerance are charged at the unit rates in Schedule 2, which are not part of the Total Charges.

5.3 The Charges are fixed for the Term.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 3 and report on them monthly.

6.2 If a Service Level is missed in a month, Provider shall credit Customer the service credit in Schedule 3 on the next invoice. Service credits in any month are limited to 20% of the Monthly Charge.

6.3 Service credits are Customer's sole and exclusive remedy for any failure to meet the Service Levels.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including Customer's product designs, price lists and customer lists, and shall not disclose it to any third party without prior written consent, except to its staff and professional advisers who need to know it.

8.2 This Section continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider keeps its rights in its monitoring tools, service desk software and standard methods.

9.2 Scripts, operating procedures, network diagrams, configuration records and other documents produced specifically for Customer under this Agreement belong to Customer. Customer may use and modify them and give them to any later service provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 125% of the Total Charges stated in Schedule 2. This limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Personnel and Subcontracting

11.1 Provider's on-site engineers shall comply with Customer's factory safety rules.

11.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for the acts and omissions of any approved subcontractor as for its own.

## 12. Termination

12.1 This Agreement may be ended before the end of the Term only as follows: (a) by written agreement of both parties; (b) by Customer for convenience, on ninety days' written notice given no earlier than the end of the twenty-fourth month of the Term, against payment of an early termination charge equal to three Monthly Charges; or (c) by Provider, if Customer fails to pay undisputed Charges within sixty days after a written reminder.

12.2 Customer's remedies for any failure by Provider to perform the Services are the service credits under Section 6, the delay payments under Section 4.4 and damages within the limit of Section 10.

12.3 At the end of the Agreement, Provider shall provide up to sixty days of exit assistance to hand over to Customer or a new provider, charged at the unit rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be referred to the South China International Arbitration Court (Shenzhen Court of International Arbitration) for arbitration in Shenzhen. The award is final.

## 14. General

14.1 The Schedules form part of this Agreement. If they conflict with Sections 1 to 14, the Sections prevail.

14.2 Any amendment must be in writing and signed by both parties.

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | 420 users, phone, portal and WeChat, Mandarin and Cantonese | Mon-Sat 07:30-20:00 |
| End-user devices | 460 PCs and laptops, 60 printers: patching, antivirus, software deployment | Business hours |
| Network | 2 core switches, 38 access switches, 64 Wi-Fi access points, 4 firewalls, 3 internet links | 24 x 7 monitoring |
| Servers and storage | 22 virtual servers, 3 hosts, 1 storage array: monitoring, patching | 24 x 7 monitoring |
| Backup | Daily backup of all servers, quarterly restore tests | Daily |
| On-site support | 1 engineer at head office, visits to factories and showroom as needed | Business hours |
| Reporting | Monthly service report and review meeting | Monthly |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after transition acceptance | 72,000 |
| Monthly Charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total Charges** | | **2,160,000** |
| Additional user (beyond tolerance) | Per user per month | 95 |
| Additional server (beyond tolerance) | Per server per month | 620 |
| Exit assistance | Per engineer day | 2,400 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Factory production network, ERP server or internet down for a whole site | 15 minutes | 3 hours | 3% of the Monthly Charge per incident |
| P2 | Service degraded for a department or a key user | 1 hour | 8 hours | 1% of the Monthly Charge per incident |
| P3 | Single user issue | 2 hours | 2 working days | None |
| Network availability | Core network and internet links, per month | 99.95% | - | 2% of the Monthly Charge per 0.1 point below |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. ATD-SUB-2027-027

BETWEEN

Angelina Timber Data LLC, 1205 South First Street, Lufkin, Texas 75901, United States of America ("Vendor"); and

Huzhou Senhe Flooring Co., Ltd., Nanxun District, Huzhou, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer manufactures engineered and solid wood flooring and buys hardwood logs and lumber from North America. Vendor publishes hardwood market prices, log and lumber supply data and mill production statistics, and provides them through a web portal and an application programming interface (API). Customer wishes to subscribe to these data for two Subscription Years and to feed them into its purchasing and planning systems.

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A, including weekly hardwood lumber price assessments by species and grade, monthly log supply and mill production statistics for the United States South and Appalachian regions, export shipment statistics, and the related methodology notes.

1.2 "API" means Vendor's REST interface through which Customer's systems retrieve the Data, and "Portal" means Vendor's web portal.

1.3 "Subscription Year" means each period of consecutive months starting on the Start Date or an anniversary of it and ending on the day before the next anniversary. The first and second Subscription Years together form the "Initial Term".

1.4 "Start Date" means the date on which Customer signs the integration acceptance certificate under Clause 4.

1.5 "Customer Materials" means purchase records, inventory figures, supplier lists and other information that Customer uploads to the Portal for comparison with the Data.

2. SUBSCRIPTION AND LICENCE

2.1 Vendor grants Customer, for the Initial Term and any renewal term, a non-exclusive, non-transferable licence to access the Data through the API and the Portal and to use the Data for Customer's internal purchasing, pricing, forecasting and reporting purposes in the People's Republic of China.

2.2 Customer may permit up to 25 named Portal users and may make up to 200,000 API calls per month. Customer may share extracts of the Data with its group companies and its professional advisers, but may not resell or publish the Data.

2.3 Vendor shall publish updated weekly price assessments every Friday by 18:00 Central Time and monthly statistics within ten working days after the end of each month, as described in Schedule A.

3. FEES AND PAYMENT

3.1 The fees for the Initial Term are:

   Subscription fee, first Subscription Year ........ CNY 348,000
   Subscription fee, second Subscription Year ....... CNY 348,000
   Set-up and integration service (one-time) ........ CNY 24,000
   Total for the Initial Term ....................... CNY 720,000

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of invoice. The set-up and integration fee is invoiced after integration acceptance and is payable within thirty days of invoice.

3.3 All fees include applicable taxes and are payable in CNY to Vendor's collection account with a bank in Shanghai. API calls above the monthly allowance are charged at CNY 0.02 per call and are not part of the fees in Clause 3.1.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Vendor shall provide API credentials, a sandbox environment and technical documentation within ten days after signature, and shall assist Customer's IT team in connecting the API to Customer's ERP and planning systems, including mapping Vendor's species and grade codes to Customer's item codes.

4.2 Integration acceptance requires that: (a) all datasets in Schedule A can be retrieved through the API in the agreed JSON format; (b) the code mapping covers every species and grade Customer purchases; (c) three consecutive weekly price releases are loaded automatically into Customer's ERP without manual correction; and (d) history back to January 2022 is loaded and reconciles with the Portal.

4.3 Customer shall sign the integration acceptance certificate within five working days after the criteria are met or list the criteria not met.

5. SERVICE LEVELS

5.1 Vendor shall make the API and the Portal available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out on weekends.

5.2 Vendor shall respond to a Priority 1 incident (the API or the Portal is unavailable, or a scheduled data release is missing or materially wrong) within one hour, at any time, and shall use its best efforts to restore the service or correct the release within eight hours. Priority 2 incidents shall be responded to within one business day.

5.3 The service levels in this Clause 5 are targets. Vendor shall report its performance against them quarterly. A failure to meet a service level does not entitle Customer to any service credit, fee reduction or refund.

6. DATA QUALITY

6.1 Vendor shall compile the Data with professional care in accordance with its published methodology and shall correct errors promptly after they are identified. Vendor shall notify Customer of any material change in methodology at least thirty days in advance.

6.2 The Data are market information. Customer is responsible for its own purchasing decisions.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials belong to Customer. Vendor shall use Customer Materials only to provide the comparison and reporting functions of the Portal to Customer and for no other purpose, and shall not combine them with other customers' information or disclose them to anyone.

7.2 Vendor shall host the Portal in a data centre in mainland China, encrypt Customer Materials in transit and at rest, restrict access to named Vendor staff with multi-factor authentication, keep access logs for at least one year, and comply with the Data Security Law and the Personal Information Protection Law of the PRC.

7.3 Vendor shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Materials, shall take immediate steps to contain it, and shall be liable for losses caused by its breach of this Clause 7.

7.4 Within thirty days after the end of the subscription, Vendor shall return Customer Materials in CSV format and then delete them.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's purchase volumes, prices and supplier names and Vendor's unpublished data and methods, and shall not disclose it without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the Data, the API and the Portal.

9.2 The species and grade code mapping, the ERP connector configuration and the custom reports prepared by Vendor for Customer under Clause 4 belong to Customer, and Customer may use, modify and let third parties use them freely.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of profit or business opportunity.

10.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the Initial Term. This limit does not apply to breach of Clause 7 or Clause 8.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Vendor shall not subcontract the hosting, operation or support of the API or the Portal without Customer's prior written consent. Vendor is responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and continues for the Initial Term.

12.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term. Fees for each renewal term are charged at Vendor's list price in effect at the start of that renewal term, and Vendor may increase the fees for any renewal term by notice given before the notice deadline for non-renewal.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If Customer terminates under this Clause, Vendor shall refund the unused part of the subscription fee already paid.

12.4 On expiry or termination, the licence in Clause 2 ends, but Customer may keep and use Data downloaded before that date for its internal records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Schedule A (Datasets and Release Calendar) forms part of this Agreement.

14.2 Notices shall be in writing and sent to the addresses above, with a copy by email to the contacts named in Schedule A.

14.3 Neither party is liable for delay caused by events beyond its reasonable control.

SIGNED for Vendor: ____________________

SIGNED for Customer: ____________________
"""

TARGETS = {
    "h952z01": ("h952z01_commerce_bureau_prepaid_card_escrow_platform.pdf", "pdf"),
    "h952z02": ("h952z02_bbq_grill_factory_line_control_retrofit.docx", "docx"),
    "h952z03": ("h952z03_trampoline_park_chain_booking_saas.txt", "txt"),
    "h952z04": ("h952z04_civil_affairs_elderly_care_call_system_om.txt", "txt"),
    "h952z05": ("h952z05_xuan_paper_studio_tracking_supplier_template.md", "md"),
    "h952e01": ("h952e01_foundry_cmms_perpetual_licence_oklahoma_vendor.pdf", "pdf"),
    "h952e02": ("h952e02_field_service_saas_order_form.md", "md"),
    "h952e03": ("h952e03_cold_chain_sensors_monitoring_licence.docx", "docx"),
    "h952e04": ("h952e04_furniture_maker_managed_it_services.md", "md"),
    "h952e05": ("h952e05_hardwood_market_data_api_subscription.txt", "txt"),
}
SOURCES = {"h952z01": Z01, "h952z02": Z02, "h952z03": Z03, "h952z04": Z04, "h952z05": Z05,
           "h952e01": E01, "h952e02": E02, "h952e03": E03, "h952e04": E04, "h952e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Per draft: label values, plus design facts used only by the checks (fee base, forum outside mainland, design rules).
COMMON = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
              confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
              governing_law="PRC")
D = {
    "h952z01": dict(lang="zh", category="software", value=1530000, kind="goods_or_licence", base=860000,
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8),
                    capped=True, rules=[]),
    "h952z02": dict(lang="zh", category="hardware", value=1550000, kind="goods_or_licence", base=1294000,
                    t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
                           subcontract_without_consent=True),
                    capped=True, rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h952z03": dict(lang="zh", category="cloud", value=930000, kind="service",
                    t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                           liability_cap_pct=6 / 24 * 100),
                    rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h952z04": dict(lang="zh", category="services", value=586000, kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02,
                           confidentiality=False),
                    rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "h952z05": dict(lang="zh", category="software", value=336000, kind="goods_or_licence", base=168000,
                    t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                           liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                           governing_law=None),
                    capped=False, deemed=True,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h952e01": dict(lang="en", category="software", value=1636000, kind="goods_or_licence", base=1180000,
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                           governing_law="Oklahoma"),
                    capped=True, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h952e02": dict(lang="en", category="cloud", value=570000, kind="service",
                    t=dict(p1_response_hours=None, sla_remedy=False, buyer_owns_data=False,
                           ld_rate_per_day_pct=500 / 570000 * 100, liability_cap_pct=150),
                    sla=False, rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h952e03": dict(lang="en", category="hardware", value=1318000, kind="goods_or_licence", base=1161200,
                    t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8),
                    capped=True, rules=[]),
    "h952e04": dict(lang="en", category="services", value=2160000, kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                           ld_rate_per_day_pct=1800 / 2160000 * 100, liability_cap_pct=125,
                           termination_for_breach=False),
                    rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h952e05": dict(lang="en", category="cloud", value=720000, kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ld_rate_per_day_pct=None,
                           liability_cap_pct=200, auto_renewal_price_increase=True),
                    ld=False, rules=["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    d = D[key]
    t = dict(COMMON)
    t.update(d["t"])
    t["contract_kind"] = d["kind"]
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return terms, extra


def tco_share(key):
    d = D[key]
    terms, extra = label(key)
    if d["kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * d["base"] * years
    return fees / (d["value"] + fees) * 100


def derive(key):
    """My own reading of policy §3, applied to the labels."""
    d = D[key]
    t, x = label(key)
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("forum_outside", False):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold figures in text -------------------------------------------------------------------------------------
CN_DIG = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|百|一百)(?![" + CN_DIG + "])",
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)\s*(?:%|％)",
    r"(?<![" + CN_DIG + "])万分之五(?![" + CN_DIG + "])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)",
    r"(?<![" + CN_DIG + "])四\s*(?:个)?\s*小时",
    r"(?<![-\w])four[\s-]*hours?\b",
    r"(?<![\d.])12\s*(?:个\s*月|-?\s*months?)",
    r"(?<![" + CN_DIG + "])十二\s*个\s*月",
    r"\btwelve[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "15%", "40 percent", "100%", "100 per cent", "百分之三十", "百分之十五", "百分之百", "99.9%",
            "99.9", "0.05%", "万分之五", "4小时", "4 小时", "4个小时", "4 hours", "4h", "四小时", "four hours",
            "12个月", "12 months", "12-month", "twelve months", "十二个月", "按30.0%"]
MUST_MISS = ["35%", "130%", "140%", "3%", "99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours",
             "2027年12月31日", "0.055%", "万分之五十", "百分之三十五", "1.5%", "0.5%", "115%", "24 x 7",
             "twenty-four months", "twenty-four hours", "within twenty-four hours", "二十四个月", "412台", "8小时", "40 days", "100 days"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind) in TARGETS.items():
        d = D[k]
        terms, extra = label(k)
        rules = derive(k)
        if rules != sorted(d["rules"]):
            problems.append("%s: derived %s, design %s" % (k, rules, sorted(d["rules"])))
        covered.update(rules)
        for f, th in TH.items():
            if terms[f] is not None and abs(terms[f] - th) < 1e-9:
                problems.append("%s: %s on threshold" % (k, f))
        share = tco_share(k)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f near threshold" % (k, share))
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d not in %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                problems.append("%s: threshold figure %s" % (k, h))
                break
        lab = {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": terms,
               "expected_extra": extra, "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-8s %-5s len=%5d risk=%-6s tco=%s rules=%s" % (
            k, kind, n, risk(rules), "-" if share is None else "%.1f" % share, ",".join(r[3:] for r in rules)))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
