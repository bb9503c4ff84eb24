"""holdout399: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder).
Sources live below; .docx/.pdf are built with ../word_pdf.py (wrap_words=True); .txt/.md written as is.
Labels are derived from the DESIGN table; expected rules come from my own reading of policy.md §3 (expected_rules()).
Every built file is read back, measured and scanned for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H399Z01 = """
T:候鸟迁徙监测平台采购及定制开发合同
P:合同编号：JJLY-ZC-2026-017　　采购方式：公开招标（项目编号：JJZC-2026-0412）
P:甲方（采购人）：九江市林业局　　地址：九江市濂溪区长虹大道
P:乙方（供应商）：南昌翼观生态科技有限公司　　地址：南昌市高新区艾溪湖北路
P:鉴于甲方为做好鄱阳湖区及长江沿线越冬候鸟的监测、保护与执法工作，通过公开招标采购候鸟迁徙监测平台及相关定制开发服务，乙方为中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“翼观”候鸟监测平台软件许可一套（永久许可，不限用户数），并完成以下定制开发：迁徙路线分析模块、鸟类图像识别模型接入（对接甲方现有42个野外监测点的摄像设备）、数据大屏及移动巡护端。
P:1.2 乙方负责平台在甲方政务云的部署、历史监测数据迁移、联调测试及培训。具体功能以招标文件第三章《技术需求》及乙方投标文件为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），为固定总价，含税及乙方履行本合同的全部费用。分项价格如下：
P:（1）平台软件许可费：¥1,280,000；
P:（2）定制开发费：¥736,000；
P:（3）部署实施及数据迁移费：¥118,000；
P:（4）培训费：¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥432,000。
P:3.2 平台完成部署并通过初验后15个工作日内，甲方支付合同总价的45%，即¥972,000。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥756,000。
P:3.4 乙方每次请款前应开具等额增值税发票。本项目为财政资金支付，因国库集中支付流程导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并提交初验申请，初验合格后进入60日试运行。
P:4.2 乙方应指定项目经理常驻甲方，每周提交进度报告；未经甲方同意不得更换项目经理。
P:4.3 甲方负责提供政务云资源、网络接入、野外监测点摄像设备的接口说明及历史监测数据，并协调各保护站配合现场调试。因甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初验标准：（1）《技术需求》所列功能逐项测试通过；（2）识别模型对甲方提供的3,000张标注样本完成识别测试，结果达到投标文件承诺值；（3）200个并发用户下页面平均响应时间不超过3秒；（4）历史监测数据迁移后与原系统逐条核对一致。
P:5.2 终验标准：试运行期间无一级故障；平台通过网络安全等级保护第二级测评；乙方提交源代码、部署文档、操作手册等全部交付物。甲方组织专家按上述标准验收并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方继续委托乙方运维，年度运维服务费不超过平台软件许可费的10%（即不超过¥128,000/年），且在质保期满后三个服务年度内不上调。运维合同由双方另行签订，不自动续期。
P:6.3 质保期内，乙方应在每个候鸟越冬季（每年10月至次年3月）开始前完成一次平台巡检和识别模型复核，并向甲方提交巡检报告。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护应提前3个工作日书面告知甲方，并安排在候鸟监测非高峰时段进行。
P:7.2 故障分级响应：一级故障（平台整体不可用或监测数据无法接收）30分钟内响应、2小时内到场；二级故障（单项功能异常）2小时内响应、次日内解决；三级故障在下一版本中修复。
P:7.3 一级故障响应每超时1小时，甲方从应付款项中扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件的著作权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（包括源代码、识别模型参数、接口程序及文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证其提供的软件不侵犯第三方权利，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 监测影像、鸟类分布及位置数据、巡护记录等数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》，采取访问控制、加密传输、操作审计等措施；涉及珍稀物种位置的数据须脱敏展示。发生数据泄露等安全事件时，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全部承担。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、监测点位信息及执法信息负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:11.3 乙方更换项目经理或主要技术人员未经甲方同意的，甲方有权要求其限期改正。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 培训与移交
P:13.1 乙方应为甲方及各保护站业务人员组织不少于两期集中培训，内容包括平台操作、识别结果复核、数据大屏维护及移动巡护端使用，并提供培训教材。项目终验前，乙方应向甲方移交全部账号、密码、部署配置及运维手册，确保甲方或其委托的第三方能够独立运行和维护平台。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件及澄清文件为本合同组成部分。合同履行中的变更须经双方书面确认。因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：九江市林业局　　代表：__________　　日期：____年__月__日
P:乙方（盖章）：南昌翼观生态科技有限公司　　代表：__________　　日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, price table)
H399Z02 = """
T:浆纱机控制系统改造及维保合同
P:合同编号：NTHF-SB-2026-031
P:甲方（买方）：南通恒丰纺织有限公司　　地址：南通市通州区兴东街道
P:乙方（卖方）：常州捷控自动化工程有限公司　　地址：常州市武进区常武中路
P:鉴于甲方织造车间现有12台浆纱机的控制系统使用已久、备件停产、故障频发，甲方委托乙方对其进行控制系统改造并提供维保服务。双方经友好协商，订立本合同，共同遵守。
H:1. 改造范围
P:1.1 拆除12台浆纱机原有控制柜，更换PLC控制器、伺服驱动系统、触摸屏及浆液温度、液位、张力传感器，并重新布线。
P:1.2 提供浆纱工艺管理软件许可一套（永久许可），实现配方管理、浆液参数自动调节、张力闭环控制、生产数据采集和车间看板。
P:1.3 完成原有工艺参数迁移及与甲方MES系统的数据对接，并对甲方操作及维修人员进行培训。
P:1.4 技术要求：改造后浆液温度控制偏差不超过±1℃，张力控制偏差不超过±2%，车速显示与实际车速一致；控制柜防护等级不低于IP54，适应车间高温高湿环境。
P:1.5 乙方应在交货前提交电气原理图、接线图、PLC程序说明书及备件清单，经甲方技术部门确认后方可施工。
P:1.6 乙方所供设备应为原厂全新产品，并提供产品合格证及原厂质量证明文件；主要元器件的品牌、型号以乙方报价文件为准，未经甲方同意不得替换。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰捌拾壹万捌仟元整（¥1,818,000），含税、运输、安装及调试费用。明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|12台套|48,500|582,000
TB:2|伺服驱动器及电机|24套|13,800|331,200
TB:3|触摸屏（HMI）|12台|9,600|115,200
TB:4|浆液温度/液位/张力传感器|1批|193,600|193,600
TB:5|浆纱工艺管理软件许可|1套|268,000|268,000
TB:|软硬件小计|||1,490,000
TB:6|拆旧、安装及调试|1项|214,000|214,000
TB:7|工艺参数迁移及MES联调|1项|96,000|96,000
TB:8|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,818,000
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款（¥363,600）。
P:3.2 全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的25%（¥454,500）。
P:3.3 全部浆纱机改造完成、调试完毕并投入生产后，甲方支付合同总价的50%（¥909,000）。
P:3.4 余款5%（¥90,900）作为质量保证金，质保期满且无未决质量问题后支付。
H:4. 交货与施工
P:4.1 乙方应在合同生效后45日内交货，并按甲方生产计划分批停机改造，每台浆纱机停机时间不超过5天。
P:4.2 乙方施工人员应遵守甲方车间安全、防火及用电规定，施工造成甲方设备或人员损害的，由乙方负责赔偿。
P:4.3 甲方负责提供施工所需的电源、场地及停机安排，并指派设备科人员配合调试。因甲方生产安排调整导致停机计划推迟的，交货及改造期限相应顺延。
P:4.4 乙方应对拆除的旧控制柜、电缆等进行分类整理，移交甲方处置，不得擅自带离厂区。
P:4.5 改造施工期间，乙方应安排电气工程师全程在场；每台设备改造完成后，乙方应与甲方设备科共同进行空车及带纱运行检查。
H:5. 验收
P:5.1 每台浆纱机改造完成后由乙方自行调试，调试完成并投入生产运行即视为该台设备验收合格；全部12台投入生产后，即视为本项目验收合格。
P:5.2 甲方在生产中发现设备问题的，按第6条质保约定处理。
P:5.3 乙方应在每台设备投入生产后3日内向甲方提交调试记录、参数设置表及竣工图纸，作为设备档案由甲方保存。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自全部设备投入生产之日起计算。质保期内乙方免费更换损坏部件（人为损坏除外）并提供软件缺陷修复。
P:6.2 质保期满后，乙方提供年度维保服务，维保费为软硬件小计的8%，即¥119,200/年，在质保期满后三个服务年度内固定不变；维保合同逐年签订，不自动续期。
P:6.3 故障响应：一级故障（浆纱机停车或浆液参数无法自动控制）1小时内电话响应、8小时内到场；二级故障（单项功能异常）2小时内响应、48小时内处理。一级故障到场每超时1小时，乙方向甲方支付¥800。
P:6.4 乙方应在甲方现场存放常用备件（PLC模块、伺服驱动器、传感器各至少2件），备件由乙方所有，使用后应在7日内补齐。
P:6.5 培训：乙方应为甲方操作工及维修电工各组织不少于3天的培训，培训结束后提交培训记录，使甲方人员能够独立完成日常操作、参数调整及一般故障处理。
H:7. 知识产权
P:7.1 软件许可为永久许可。乙方为本项目编制的PLC程序、触摸屏组态程序及MES接口程序的源代码和知识产权归甲方所有，乙方应在项目完成时移交，甲方可自行修改和使用。
H:8. 数据安全
P:8.1 浆纱配方、工艺参数、生产数据属于甲方，乙方不得复制、留存或用于其他客户。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方提供的VPN进行并留存操作日志。发生数据泄露或控制系统被非法访问的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
H:9. 保密
P:9.1 双方对在合作中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得披露，保密期至该信息公开之日止。
H:10. 分包
P:10.1 乙方可将电气安装、布线工作分包给具备相应资质的第三方，但应提前5个工作日书面通知甲方，并对分包方的工作承担责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
H:12. 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:12.2 甲方无正当理由逾期付款超过60日，经乙方催告后仍未支付的，乙方有权暂停维保服务。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交南通仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。因不可抗力不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行。本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：南通恒丰纺织有限公司　　代表：__________
P:乙方（盖章）：常州捷控自动化工程有限公司　　代表：__________
"""

# ---------------------------------------------------------------- z03 (txt, （1）, SaaS + 实施)
H399Z03 = """排课及学员管理系统SaaS服务合同

合同编号：MY-IT-2026-008
甲方：杭州茗雅茶艺培训有限公司（下设30家校区）
地址：杭州市西湖区龙井路
乙方：上海课立方信息技术有限公司
地址：上海市徐汇区漕溪北路

鉴于甲方在杭州、宁波、绍兴等地经营30家茶艺培训校区，需要统一的排课、约课及学员管理系统；乙方运营“课立方”教培管理云平台。双方经协商一致，就乙方向甲方提供SaaS服务及实施服务达成如下协议。

第一节 服务内容
（1）乙方通过其“课立方”云平台向甲方30家校区提供排课、约课、消课、学员档案、课时包、会员储值、教师课酬核算及经营报表等SaaS服务。
（2）订阅范围包括总部管理端、校区前台端、教师端及学员端（微信小程序），账号数量不限；新开校区可按同一单价按月折算加入，闭店校区的订阅费自次季度起不再计收。
（3）实施内容包括：系统初始化配置、30家校区历史学员及课时数据迁移、与甲方微信小程序及收银系统对接、总部管理员及校区前台培训。
（4）乙方应为本项目指定实施经理一名，负责制定实施计划、组织数据迁移和培训，并每周向甲方报告进度。实施期间乙方应安排人员到甲方总部及不少于3家试点校区现场支持。
（5）服务期内乙方提供工作日9时至21时的在线客服及电话支持，节假日课程高峰期（寒暑假）提供专人值守，并每季度向甲方提交一次服务报告，列明可用率、故障及处理情况。

第二节 服务期限及费用
（6）服务期自上线验收通过之日起，共三个服务年度。每个服务年度自上线验收日或其周年对应日起算。服务期内新增功能模块的，由双方另行协商价格，并签订补充协议。
（7）订阅费为每校区每服务年度¥5,200，30家校区合计每服务年度¥156,000，三个服务年度合计¥468,000；实施费¥58,000，一次性支付。本合同总价为¥526,000。
（8）短信通知、电子发票等按量计费服务超出套餐部分，按乙方报价单另行结算，不计入合同总价。
（9）付款：实施费在上线验收通过后15个工作日内支付；订阅费按季度结算，每季度结束后15个工作日内支付当季费用¥39,000。甲方不预付任何费用。乙方应在收款前开具增值税专用发票。

第三节 实施与验收
（10）乙方应在合同签订后40日内完成实施并申请上线验收。
（11）甲方应指定总部项目负责人，按乙方提供的模板在实施开始后10日内提交各校区学员名单、课时余额、课程及教师资料，并协调各校区参加培训。因甲方资料提供延误导致实施延期的，实施期限相应顺延。
（12）乙方应按甲方确认的数据模板完成迁移，迁移前后各出具一次核对报告；迁移过程中发现原系统数据错误的，由甲方确认处理方式。
（13）上线验收标准：30家校区历史学员、课时余额数据迁移后与原系统逐条核对一致；排课、约课、消课、退费流程在3家试点校区连续试用10日无一级故障；小程序及收银系统对接测试通过；甲方提出的问题全部关闭。甲方书面确认后方为验收通过，乙方开通账号或甲方试用均不视为验收。
（14）乙方未能按期通过上线验收的，每逾期一日，向甲方支付违约金¥500。

第四节 服务水平
（15）系统月可用率不低于99.5%。计划内维护须提前3日通知甲方，并安排在晚间22时以后进行，不计入不可用时间。
（16）一级故障（全部或多数校区无法登录、排课或消课）30分钟内响应、3小时内恢复；二级故障（单个功能或单个校区异常）2小时内响应、次个工作日内解决；三级故障（咨询及优化建议）在5个工作日内答复。
（17）服务补偿：当月可用率低于99.5%的，按当月订阅费的5%抵扣；低于99%的，抵扣10%；一级故障响应超时的，每次抵扣¥300。抵扣金额从下季度应付费用中扣除。
（18）乙方应每日对甲方数据进行备份，备份保留不少于30日；因乙方原因造成数据丢失的，乙方应负责恢复，无法恢复的，赔偿甲方由此产生的损失。

第五节 数据
（19）甲方及学员在系统中产生的数据（学员身份信息、联系方式、课时及消费记录等）属于甲方，乙方仅为提供本服务而处理，不得用于其他目的。
（20）乙方应将数据存储于中国境内机房，采取加密存储、权限分级、操作日志等安全措施，平台应通过网络安全等级保护第三级测评。发生数据泄露等安全事件的，乙方应在2小时内通知甲方、依法处置，并承担因此给甲方及学员造成的损失。
（21）服务终止后30日内，乙方应向甲方完整返还数据，并在甲方确认后予以删除。
（22）甲方应妥善保管管理员账号及密码，按照乙方提供的操作手册使用系统，并负责对其员工进行账号权限管理；因甲方账号保管不当造成的损失由甲方自行承担。

第六节 保密与知识产权
（23）双方对在合作中获知的对方商业秘密、经营数据负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
（24）平台软件的知识产权归乙方。乙方为甲方定制的课程模板、报表及接口配置归甲方所有，甲方可自由使用和修改。
（25）乙方保证其平台及服务不侵犯任何第三方的知识产权；因此引起的纠纷由乙方负责处理，并赔偿甲方因此遭受的损失。
（26）平台版本升级应提前7日通知甲方，升级不得降低本合同约定的功能和服务水平，不得另行收取费用。

第七节 续期
（27）服务期满前30日内双方均未书面提出不续订的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过8%，以乙方书面通知为准。

第八节 责任、分包与解除
（28）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意或重大过失造成的损失除外。
（29）乙方不得将本合同项下服务分包给第三方，确需分包的，须事先取得甲方书面同意。
（30）任何一方严重违约且经对方书面催告后15日内未改正的，守约方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还已付但未使用期间的订阅费。
（31）合同到期或解除后，乙方应给予甲方不少于30日的过渡期，期间保持系统只读访问，便于甲方导出数据。

第九节 争议解决
（32）本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。
（33）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（34）因不可抗力（包括自然灾害、公共卫生事件及基础电信网络大面积中断）导致不能履行的，受影响方应及时通知对方并在合理期限内提供证明，相应部分可免除责任。
（35）双方指定的联系人及联系方式见合同附件，任何一方变更联系人的，应提前书面通知对方。本合同附件包括：服务功能清单、实施计划、上线验收方案，附件与本合同具有同等效力。

甲方（盖章）：杭州茗雅茶艺培训有限公司　　代表：__________
乙方（盖章）：上海课立方信息技术有限公司　　代表：__________
"""

# ---------------------------------------------------------------- z04 (txt, 一、（一）, 运维, 竞争性磋商)
H399Z04 = """地下管线信息管理系统运维服务合同

项目编号：WHZC-2025-CS-156
采购方式：竞争性磋商
甲方（采购人）：芜湖市住房和城乡建设局
乙方（成交供应商）：安徽图测地理信息有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商结果，乙方为成交供应商。为保障芜湖市地下管线信息管理系统的稳定运行和数据的现势性，甲乙双方经协商一致，签订本合同。

一、服务内容
（一）系统运维：对甲方地下管线信息管理系统（含管线数据库、二三维展示平台、管线审批子系统、移动巡查端）进行日常运行维护，包括服务器及数据库巡检、补丁更新、数据备份与恢复演练。
（二）系统运维范围内的服务器、存储及网络设备由甲方提供，乙方负责操作系统、数据库、中间件及应用软件层面的运维，不含硬件维修和备件更换。
（三）数据更新：对新建及改造管线的竣工测量成果进行检查、入库，全年预计约800公里。
（四）安全管理：配合甲方开展网络安全等级保护测评整改及日常安全检查。
（五）应急保障：汛期、重大活动及道路开挖事故期间提供现场技术保障。
（六）驻场服务：乙方派驻1名工程师在甲方工作日驻场。
（七）技术支持：乙方为甲方业务人员提供系统操作培训不少于两次，并在管线审批业务调整时配合完成系统参数配置。
（八）资料管理：乙方应于每季度末汇总运维情况。乙方负责整理系统运行过程中形成的技术资料，协助甲方编制地下管线数据年度更新情况说明，并按甲方要求配合上级主管部门的检查、统计和数据汇交工作。

二、服务期限
服务期自2026年1月1日起至2026年12月31日止。

三、合同价款
本合同总价为人民币肆拾伍万元整（¥450,000），含税，分项如下：
（一）系统运维：¥216,000；
（二）数据更新入库：¥148,000；
（三）巡检及安全管理：¥62,000；
（四）应急保障：¥24,000。

四、付款方式
（一）服务费按季度支付。每季度服务结束且季度考核合格后15个工作日内，甲方支付当季服务费¥112,500。
（二）甲方不支付预付款。乙方请款时应提交当季运维报告及增值税发票。

五、服务要求
（一）乙方应建立运维服务台，接到甲方故障报告后及时响应，尽快排除故障，恢复系统运行。
（二）乙方每月进行一次全面巡检，并在次月5日前提交月度运维报告。
（三）乙方收到甲方转来的竣工测量成果后应及时完成检查和入库，发现成果质量问题的，应书面告知甲方。
（四）乙方应每季度至少组织一次数据备份恢复演练，演练方案事先报甲方同意，演练结果写入当季运维报告。
（五）乙方驻场人员应保持稳定，更换人员须经甲方同意。
（六）乙方应建立完整的运维档案，包括服务器及数据库配置、账号权限清单、备份记录、变更记录和故障处理记录，并在服务期满时完整移交甲方。
（七）乙方对系统进行补丁更新、配置变更或数据批量处理前，应书面报甲方同意，并事先做好备份。

六、人员要求
（一）乙方项目负责人应具有测绘或地理信息相关专业中级以上职称，驻场工程师应熟悉GIS平台及数据库运维。
（二）乙方人员应遵守甲方的工作纪律和安全管理制度，进出机房须登记。
（三）甲方认为乙方人员不能胜任的，有权要求乙方更换，乙方应在10个工作日内派出合格人员。

七、甲方义务
（一）甲方应为乙方驻场人员提供必要的办公场所和专网接入条件。
（二）甲方应指定专人负责本合同的联络和考核工作，及时审核乙方提交的月度运维报告，并对乙方的服务提出书面意见。
（三）甲方应及时向乙方转交竣工测量成果，并协调相关管线权属单位配合数据核查。
（四）甲方应按季度组织考核，并在季度结束后10个工作日内出具考核意见；逾期未出具的，乙方可书面提请甲方尽快考核。
（五）甲方应按本合同约定按时支付服务费。

八、考核与验收
（一）季度考核：甲方每季度按以下标准考核：巡检记录和月度运维报告齐全；入库数据经质检符合《城市地下管线探测技术规程》（CJJ 61）及甲方数据标准，抽检无错误；备份恢复演练成功；未发生因乙方原因造成的数据丢失或系统损坏。考核合格后甲方出具书面考核意见。
（二）年度验收：服务期满后，乙方提交年度运维总结报告及全部运维文档，甲方按上述标准组织验收，出具书面验收意见。
（三）季度考核不合格的，乙方应在15日内整改并申请复核，复核合格后甲方支付当季服务费。

九、数据安全
（一）系统内全部管线数据、审批数据及运维过程中形成的数据均属于甲方，乙方仅可为履行本合同使用。
（二）地下管线数据属于重要数据，乙方应在甲方指定的专网环境内作业，不得通过互联网传输，不得以任何方式拷贝、留存。乙方人员须签署保密承诺书并接受甲方安全培训。
（三）乙方应对运维账号实行专人专用，定期修改口令，离场人员的账号须在当日注销；运维操作应通过甲方堡垒机进行并全程留存日志。
（四）发生数据泄露、丢失或系统被非法入侵的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

十、保密
乙方对在服务过程中知悉的管线数据、甲方工作秘密负有保密义务，不得向任何第三方披露；本条在合同终止后继续有效。

十一、知识产权
运维期间形成的数据成果、报告、脚本及文档，其知识产权归甲方所有。
乙方在本合同项下使用的自有工具软件，其知识产权仍归乙方，但乙方应允许甲方在本系统运维中继续使用相关成果。

十二、违约责任
（一）乙方未按约定提供服务的，甲方有权要求其限期整改；整改后仍不符合要求的，甲方有权解除合同。
（二）因乙方原因造成甲方损失的，乙方应赔偿甲方的实际损失。

十三、分包
乙方不得将本合同项下服务分包或转包。

十四、合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十六、其他
（一）竞争性磋商文件、乙方响应文件及磋商过程中的书面承诺为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明；双方协商延期履行或部分免除责任。
（四）服务期满后，乙方应配合甲方或甲方新选定的服务单位完成交接，交接期不少于15日，期间乙方应如实移交运维档案并解答有关问题。
（五）乙方应遵守廉政规定，不得向甲方工作人员提供任何形式的财物或不正当利益。
（六）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：芜湖市住房和城乡建设局　　代表：__________
乙方（盖章）：安徽图测地理信息有限公司　　代表：__________
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H399Z05 = """# 云账通ERP软件许可及实施合同

> 武汉云账通软件有限公司 标准合同文本 V4.0

**合同编号**：YZT-XS-2026-0219

**甲方（买方）**：孝感市福康米酒有限公司
**乙方（卖方）**：武汉云账通软件有限公司

鉴于甲方为醪糟（米酒）生产企业，拟上线ERP系统以实现财务、供销存、生产发酵及质量追溯一体化管理，乙方为云账通ERP软件的开发商。双方本着平等互利的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云账通ERP软件许可（60个并发用户，永久许可），并为甲方进行定制开发、实施及培训。

1.2 定制开发内容：批次追溯码及扫码出入库、发酵工艺曲线记录、经销商在线订货端。

1.3 实施服务包括：业务调研、系统配置、期初数据导入（物料、客户、供应商及库存余额）、用户权限设置、上线支持。具体以双方确认的《实施方案》为准。

## 第二条 合同价款

2.1 本合同总价为人民币捌拾万元整（¥800,000），明细如下：

2.2 上述价款已含增值税。用户数超出60个并发用户的，新增用户许可按乙方当期价格另行购买。

2.3 乙方实施人员到甲方现场产生的差旅费已包含在实施服务费中，但因甲方原因导致的额外驻场，按每人每日¥1,500另行计费。

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | ERP财务模块许可 | 1套 | 138,000 |
| 2 | 供销存模块许可 | 1套 | 162,000 |
| 3 | 生产与发酵管理模块许可 | 1套 | 146,000 |
| 4 | 质量追溯模块许可 | 1套 | 114,000 |
|  | 软件许可小计 |  | 560,000 |
| 5 | 定制开发 | 1项 | 148,000 |
| 6 | 实施服务 | 1项 | 72,000 |
| 7 | 培训 | 1项 | 20,000 |
|  | 合同总价 |  | 800,000 |

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥400,000。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的38%，即¥304,000。

3.3 系统验收合格后5个工作日内，甲方支付合同总价的12%，即¥96,000。

## 第四条 实施周期

4.1 乙方在收到预付款后开始实施，计划在90日内完成上线。因甲方基础数据准备不及时造成的延误，实施周期相应顺延。

4.2 甲方应指定项目负责人及各模块关键用户，按乙方要求准备期初数据，并提供服务器、网络及操作系统等运行环境。

4.3 实施过程中甲方提出超出《实施方案》范围的需求，双方另行协商工作量及费用，乙方可据此调整实施计划。

4.4 乙方实施顾问每周向甲方项目负责人提交一次实施周报，列明已完成工作、待甲方确认事项及下周计划；甲方应在3个工作日内确认。

## 第五条 验收

5.1 系统上线运行满30日后，甲方按双方确认的《实施方案》所列功能清单逐项测试，并完成一次完整的月末结账；全部通过后，双方签署验收单。

5.2 验收中发现的问题，乙方应在10个工作日内完成修改并再次提交验收。

5.3 验收单签署后，甲方新增的功能需求不再属于本合同范围，可另行签订开发合同。

## 第六条 免费维护期

6.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可小计的28%，即¥156,800/年，按年预付。

7.2 年度维护服务包括版本升级、远程支持及故障处理。

7.3 甲方未购买年度维护服务的，乙方不再提供版本升级及技术支持；甲方日后恢复维护服务的，应补缴中断期间的维护费。

7.4 培训：乙方在上线前为甲方关键用户提供集中培训不超过5天，其后新增培训按乙方标准收费。

## 第八条 服务响应

8.1 一级故障（系统无法登录或无法开单、出库）：乙方在8小时内响应；二级故障：2个工作日内响应；其他问题：5个工作日内答复。

8.2 乙方将尽力在合理时间内解决故障，但不因响应或解决超时承担扣款、赔偿或违约责任。

## 第九条 知识产权

9.1 软件及定制开发成果（含源代码、报表、接口程序及文档）的知识产权归乙方所有。

9.2 甲方获得非独占、不可转让的使用权，不得修改、反编译，也不得交由第三方使用。

## 第十条 数据

10.1 甲方业务数据归甲方所有。

10.2 系统部署在甲方自有服务器上，由甲方负责服务器的日常备份。

10.3 乙方实施人员应签署保密承诺，仅在甲方授权范围内访问系统，采取访问控制和加密传输措施；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

10.4 乙方有权对甲方业务数据进行脱敏、汇总处理后用于产品改进、行业分析及乙方其他产品，该权利在本合同终止后继续有效。

## 第十一条 保密

11.1 双方对在合作中知悉的对方商业秘密负有保密义务，保密期为合同终止后三年。

11.2 乙方的报价、产品资料、源代码及技术文档属于乙方商业秘密，甲方不得向任何第三方披露。

## 第十二条 违约责任

12.1 乙方逾期完成上线的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一支付违约金。

12.3 乙方在本合同项下的累计赔偿责任不超过合同总价的20%。

## 第十三条 合同解除

13.1 任何一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同。

13.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还；甲方应停止使用未付款部分对应的软件。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交武汉仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 因不可抗力不能履行合同的，受影响方不承担违约责任，但应及时通知对方。

15.3 本合同附件包括《实施方案》及《功能清单》，附件与本合同具有同等效力；本合同未尽事宜，以乙方官方网站公布的服务说明为准。

15.4 双方往来通知以书面形式送达本合同载明的地址，任何一方地址变更的，应及时书面通知对方。

甲方（盖章）：孝感市福康米酒有限公司　　代表：__________

乙方（盖章）：武汉云账通软件有限公司　　代表：__________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Qatar vendor, perpetual licence + services)
H399E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ADWS-CN-2026-004
P:This Agreement is made on the date of the last signature below between:
P:(1) Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huangdao District, Qingdao, Shandong Province ("Customer"); and
P:(2) Al Dafna Warehouse Systems W.L.L., a company registered in the State of Qatar, with its office in West Bay, Doha, Qatar ("Vendor").
H:Recitals
P:A. Customer operates three cold-storage warehouses in Qingdao and Jiaozhou and wishes to replace its current warehouse management software, which no longer supports its temperature-zone and batch requirements.
P:B. Vendor develops the FrostLine warehouse management system and has offered perpetual licences of that system together with implementation, training and support services.
P:C. At Customer's request, all prices in this Agreement are stated and paid in Chinese Renminbi (CNY).
P:The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine WMS server software, named-user licences and RF handheld module listed in Article 3, including all updates and new releases supplied under this Agreement, and the related user and technical documentation.
P:1.2 "Services" means the implementation, interface development, data migration and training services described in Article 2 and Annex 1.
P:1.3 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configurations created by Vendor specifically for Customer under this Agreement.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 6.3.
P:1.5 "Customer Data" means all inventory, order, temperature log, customer and personal data entered into or generated by the Software in Customer's environment.
P:1.6 "Severity 1" means an incident that prevents a warehouse from receiving or shipping goods; "Severity 2" an incident that seriously impairs a major function with no workaround; "Severity 3" any other incident or question.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in China for the internal business of Customer and its affiliates. The licence survives expiry or termination of this Agreement, except termination by Vendor for non-payment of the licence fees.
P:2.2 Vendor shall install the Software, configure it for the three warehouses, migrate open stock and master data from Customer's current system, build interfaces to Customer's transport management and finance systems, and train Customer's key users and warehouse supervisors.
P:2.3 The detailed scope, project plan and acceptance test scripts are set out in Annex 1 and Annex 2. Changes to the scope require a written change order signed by both parties, stating any effect on price and dates.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,220,000. It is fixed and includes all taxes, duties, travel and expenses. It is made up as follows:
P:(a) FrostLine WMS server licences, 2 x CNY 186,000 = CNY 372,000;
P:(b) named-user licences, 80 x CNY 4,100 = CNY 328,000;
P:(c) RF handheld module licence, CNY 142,000;
P:Licence subtotal: CNY 842,000;
P:(d) implementation and interface services, CNY 296,000;
P:(e) data migration, CNY 48,000;
P:(f) training, CNY 34,000.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 244,000) within 20 days after signature, against Vendor's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to Customer.
P:4.2 Customer shall pay 45% (CNY 549,000) within 20 days after Vendor has installed the Software in all three warehouses and Customer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 Customer shall pay the remaining 35% (CNY 427,000) within 20 days after Final Acceptance.
P:4.4 Vendor shall issue a valid invoice for each payment. Payments are made by bank transfer to the account named in Annex 3, and each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 Vendor shall complete installation within 70 days after signature and shall reach Final Acceptance within 150 days after signature, in accordance with the project plan.
P:5.2 If Vendor misses either date for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 900 for each day of delay, up to a total of 10% of the Contract Price. Payment of liquidated damages does not release Vendor from its obligation to complete the work.
P:5.3 Customer shall provide servers, network access, test data and the cooperation of its key users as set out in the project plan. Delays caused by Customer extend the dates accordingly.
H:Article 6 Acceptance
P:6.1 After installation, Vendor shall carry out the acceptance tests in Annex 2 in Customer's presence, including: receiving, put-away, picking and shipping in each warehouse; temperature-zone allocation rules; reconciliation of migrated stock with Customer's physical count with no unexplained difference; interfaces exchanging orders and invoices without error; and response times of no more than 2 seconds for standard RF transactions with 80 concurrent users.
P:6.2 After successful tests, the Software shall run in live operation for 30 consecutive days without a Severity 1 incident.
P:6.3 When all criteria are met, Customer shall sign a Final Acceptance certificate within 10 working days, or state in writing which criteria are not met. Vendor shall then remedy the defects and repeat the relevant tests. Live use of the Software, installation, or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 Vendor warrants for 18 months from Final Acceptance that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 1. Vendor shall correct any defect reported in that period free of charge, including on-site work where remote correction is not possible.
P:7.2 During the warranty period Vendor shall provide all new releases of the Software free of charge, and shall assist Customer with their installation.
H:Article 8 Support and Service Levels
P:8.1 Vendor shall provide telephone, e-mail and remote support in Chinese and English, every day of the week for Severity 1 incidents and on Chinese working days for other incidents.
P:8.2 Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround within 8 hours; respond to a Severity 2 incident within 2 hours and provide a workaround within 2 working days; and answer Severity 3 incidents within the next working day.
P:8.3 For each full hour by which Vendor misses the Severity 1 response time, Vendor shall credit Customer CNY 1,500 against the next invoice, or pay that amount where no further invoice is due.
P:8.4 After the warranty period, Customer may order Annual Support at 13% of the licence subtotal, that is CNY 109,460 per Support Year. This fee is fixed for the first three Support Years after the warranty period; any later increase requires written agreement and shall not exceed 3% per Support Year. Annual Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation on Final Acceptance, and Customer may use, modify and license them freely.
P:9.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall indemnify Customer for all resulting losses.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to Customer. Vendor may process Customer Data only to perform this Agreement and only on Customer's instructions.
P:10.2 Vendor shall access Customer's systems only through Customer's VPN, with named accounts approved for each session, and shall not copy Customer Data outside Customer's environment. Test work shall use anonymised data prepared by Customer. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remedy, and be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 9.3, or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the liquidated damages under Article 5.2 reach their maximum. Vendor shall then refund the amounts paid for work not accepted.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the State of Qatar.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Qatar International Center for Conciliation and Arbitration, seated in Doha, in the English language.
H:Article 17 General
P:17.1 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. It is made in English and Chinese; both texts have equal effect.
P:For Customer: ____________________    For Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Kuwait vendor)
H399E02 = """# ClinicBook Order Form

**Order Form No.** SCS-CN-0117
**Supplier:** Salmiya Cloud Systems Co. K.S.C.C., Salem Al Mubarak Street, Salmiya, State of Kuwait ("Salmiya")
**Customer:** Suzhou Yakang Dental Clinics Co., Ltd., Gusu District, Suzhou, Jiangsu Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the ClinicBook General Terms set out below. Customer operates 24 dental clinics in Suzhou and Wuxi and subscribes to ClinicBook, Salmiya's cloud software for appointment booking, patient records, treatment plans, billing and clinic reporting. At Customer's request all fees are stated and invoiced in CNY.

| Item | Description | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | ClinicBook Professional subscription, per clinic per Subscription Year | 24 clinics x 2 Subscription Years | 14,500 | 696,000 |
| 2 | Onboarding (configuration, data import from the current system, WeChat booking link, training), one-time | 1 | 44,000 | 44,000 |
| | **Total fees for the Initial Term** | | | **740,000** |

- **Initial Term:** two Subscription Years from the Service Start Date. A Subscription Year is each period from the Service Start Date, or its anniversary, to the day before the next anniversary.
- **Service Start Date:** the date of Onboarding Acceptance under Section 4.3.
- **Invoicing:** the onboarding fee is invoiced after Onboarding Acceptance; subscription fees are invoiced quarterly in arrears (CNY 87,000 per quarter). No fee is payable in advance. Invoices are payable within 30 days.
- **Additional clinics:** CNY 14,500 per clinic per Subscription Year, pro rata.
- **Hosting region:** mainland China.

Signed for Salmiya: ____________________  Signed for Customer: ____________________

# ClinicBook General Terms

## Section 1 Definitions

1.1 "Service" means the ClinicBook cloud software, its mobile and WeChat booking functions and the support described in Section 5, as described in the documentation.

1.2 "Customer Data" means all data that Customer or its patients enter into the Service, including patient identity details, appointments, treatment records, images and invoices.

1.3 "Configurations" means the clinic templates, treatment catalogues, price lists, report layouts and booking rules set up for Customer.

1.4 "Onboarding Services" means the one-time services described in item 2 of the Order Form.

## Section 2 The Service

2.1 Salmiya grants Customer and its clinic staff a non-exclusive right to use the Service during the term for Customer's clinics, with an unlimited number of user accounts.

2.2 Salmiya may improve and update the Service from time to time, but shall not materially reduce its functions during the term.

2.3 Customer is responsible for the accuracy of the data it enters and for the use of the user accounts issued to its staff.

2.4 Customer is responsible for obtaining any consent from its patients that is needed for appointment reminders and marketing messages sent through the Service. Salmiya sends such messages only on Customer's instructions.

2.5 Customer may add clinics at any time during the term at the fee stated in the Order Form. New clinics are set up by Salmiya within 10 working days after Customer's written request, and their fees start on the day the clinic goes live.

2.6 Salmiya shall give Customer at least 30 days' notice of any change to the Service that requires Customer to change its workflows or train its staff, and shall provide updated training materials in Chinese free of charge.

## Section 3 Term and Renewal

3.1 The Initial Term is stated in the Order Form.

3.2 After the Initial Term, the subscription renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 Salmiya may increase the subscription fees for any renewal period by up to 7% by written notice given at least 90 days before that renewal period begins. The increased fees apply from the start of the renewal period.

## Section 4 Onboarding and Acceptance

4.1 Salmiya shall complete the Onboarding Services within 45 days after signature of the Order Form.

4.2 Customer shall supply an export of its current patient and appointment data and name a project contact for each clinic. Salmiya shall provide an import template and a written migration plan within 10 days after signature, and shall explain any record that cannot be imported.

4.3 Onboarding Acceptance is Customer's written confirmation that the Onboarding Services are complete. It requires: (a) all patient and appointment records imported and reconciled with the export, with every difference explained; (b) booking, check-in, treatment plan and billing workflows tested successfully in two pilot clinics for 10 working days; (c) the WeChat booking link tested; and (d) training delivered to the staff of every clinic. Customer shall confirm acceptance in writing within 5 working days after these criteria are met. Use of the Service in the pilot clinics is not acceptance.

4.4 If Onboarding Acceptance is delayed for reasons attributable to Salmiya, Salmiya shall pay Customer CNY 450 for each day of delay.

## Section 5 Service Levels and Support

5.1 The Service shall be available at least 99.95% of each calendar month, excluding planned maintenance notified 3 days in advance and carried out between 23:00 and 06:00 China time.

5.2 Salmiya shall respond to a Priority 1 incident (the Service or booking is unavailable for one or more clinics) within 30 minutes and restore service within 3 hours; a Priority 2 incident (a major function impaired) within 2 hours; and a Priority 3 request within 1 working day. Support is given in Chinese by telephone, e-mail and online chat.

5.3 If monthly availability falls below the level in Section 5.1, Salmiya shall credit Customer 5% of that month's subscription fees, 10% if it falls below 99.5%, and 20% if it falls below 99%. Each late response to a Priority 1 incident earns a further credit of CNY 500. Credits are deducted from the next invoice.

## Section 6 Customer Data

6.1 Customer Data belongs to Customer. Salmiya may use Customer Data only to provide the Service to Customer and shall not sell it or use it for any other purpose.

6.2 Customer may export Customer Data at any time in standard formats. Within 30 days after the end of the subscription, Salmiya shall return Customer Data to Customer and then delete it.

## Section 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public business information, including prices, business plans and product information, and use it only for this agreement. This obligation continues for three years after the end of the subscription.

## Section 8 Intellectual Property

8.1 Salmiya retains all rights in the Service and its software.

8.2 The Configurations belong to Customer. Customer may use, copy and modify them and may give them to another provider at the end of the subscription.

## Section 9 Fees and Payment

9.1 Fees are stated in the Order Form and include value-added tax. Salmiya shall issue valid Chinese VAT invoices through its authorised agent in Shanghai.

9.2 Undisputed invoices are payable within 30 days. Disputed amounts shall be discussed in good faith, and the undisputed part shall be paid.

9.3 If an undisputed invoice (other than an amount disputed in good faith) remains unpaid for more than 60 days after a written reminder, Salmiya may restrict new bookings through the Service until payment is made, but shall keep existing records accessible to Customer.

## Section 10 Liability

10.1 Salmiya's total liability under this agreement is limited to 150% of the total fees for the Initial Term stated in the Order Form. The limit does not apply to personal injury or wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss.

## Section 11 Subcontracting and Assignment

11.1 Salmiya shall not subcontract the Service or any part of it without Customer's prior written consent.

11.2 Neither party may assign this agreement without the other party's prior written consent.

## Section 12 Termination

12.1 Either party may terminate the subscription by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If Customer terminates under Section 12.1, Salmiya shall refund any fees paid for the period after termination.

12.3 On termination or expiry, Salmiya shall keep the Service available in read-only mode for 30 days so that Customer can export its records and move to another system.

## Section 13 Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14 General

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or a general failure of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to resume performance.

14.2 Notices must be in writing and sent to the addresses in the Order Form. If the Order Form and these General Terms conflict, the Order Form prevails. This agreement is made in English; a Chinese translation is provided for convenience.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Bahrain vendor, buyer's paper, sensors)
H399E03 = """
T:PURCHASE CONTRACT FOR GRAIN STORAGE MONITORING EQUIPMENT
P:Contract No. ZKHF-CG-2026-022
P:Buyer: Zhoukou Hengfeng Grain Storage Co., Ltd., Chuanhui District, Zhoukou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Muharraq Sensing Technologies W.L.L., Arad Highway, Muharraq, Kingdom of Bahrain (the "Supplier").
P:Background: the Buyer operates 14 warehouses for wheat and maize at its Zhoukou depot and wishes to install a grain-condition monitoring system measuring temperature, humidity and carbon dioxide inside the grain mass. Following the Buyer's tender, the Supplier's offer was selected. This Contract is the Buyer's standard form; all prices are stated in CNY.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the grain-condition monitoring software licensed under Clause 2, including the alarm module and the mobile application.
P:1.3 "Works" means delivery, installation, calibration, commissioning and training.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, carry out the Works in all 14 warehouses and integrate the system with the Buyer's depot management platform. The Contract Price is CNY 1,130,000, fixed and inclusive of all taxes, import duties, freight, insurance and travel:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital grain temperature cables|420|1,150|483,000
TB:2|Humidity and CO2 sensors|84|2,400|201,600
TB:3|Wireless gateways|14|9,800|137,200
TB:4|Monitoring software licence (perpetual)|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||949,800
TB:5|Installation|1|118,000|118,000
TB:6|Calibration and commissioning|1|46,200|46,200
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,130,000
P:2.2 The Software licence is perpetual and non-exclusive and covers use by the Buyer at the Zhoukou depot, with an unlimited number of users.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 113,000) as an advance within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% (CNY 621,500) within 15 working days after all Equipment has been delivered and the delivery certificate signed. The delivery certificate confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 395,500) within 15 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid invoice for each payment. Payments are made in CNY by bank transfer.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the Zhoukou depot within 60 days after signature and complete installation and commissioning within 45 days after delivery. Installation shall follow the Buyer's warehouse schedule so that grain handling is not interrupted.
P:4.2 For each day of delay in delivery or in reaching Final Acceptance for reasons attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price, up to a total of 10% of the Contract Price.
P:4.3 The Supplier's staff shall observe the Buyer's safety rules for grain warehouses, including the rules on fumigation, confined spaces and work at height.
H:5. Quality
P:5.1 The Equipment shall be new, of the models in the Supplier's offer, and suitable for use in grain with a temperature range of -30 to 70 degrees Celsius and high humidity. Temperature sensors shall be accurate to within 0.5 degrees Celsius.
P:5.2 The Supplier shall provide certificates of origin, calibration certificates and product test reports with the Equipment.
P:5.3 The Supplier is responsible as importer of record for export and import formalities, customs clearance and any import licences, and shall bear all related duties and charges. Title and risk in the Equipment pass to the Buyer on signature of the delivery certificate.
P:5.4 The Equipment shall be packed to protect it against moisture, dust and damage during sea and road transport, and each package shall be marked with the contract number, the warehouse number and a packing list.
H:5A. Training and Documentation
P:5A.1 The Supplier shall train the Buyer's storage technicians and duty staff at the depot for at least three days, covering daily monitoring, alarm handling, replacement of cables and sensors, calibration checks and basic troubleshooting of the gateways. Training materials shall be provided in Chinese.
P:5A.2 Before Final Acceptance, the Supplier shall deliver as-built drawings showing the position of every cable and sensor, the Software user and administrator manuals, the gateway configuration files and a spare parts list with prices, all in Chinese.
H:5B. Buyer's Obligations
P:5B.1 The Buyer shall give the Supplier's staff access to the warehouses during agreed working hours, provide power and network connection points near each warehouse, and provide the server on which the Software is installed.
P:5B.2 The Buyer shall inform the Supplier in advance of fumigation, loading or other operations that require the Supplier's staff to stay out of a warehouse. Delays caused by such operations extend the time for completion accordingly.
H:6. Acceptance
P:6.1 After installation, the Supplier shall calibrate every sensor and demonstrate, in the presence of the Buyer: (a) readings from every cable and sensor displayed in the Software with the correct warehouse and position; (b) temperature readings within 0.5 degrees Celsius of a reference thermometer at sample points chosen by the Buyer; (c) alarms for temperature rise, humidity and CO2 sent to the Buyer's duty staff by SMS and the mobile application; and (d) data transferred to the Buyer's depot management platform without loss.
P:6.2 The system shall then run for 30 consecutive days without a Severity 1 incident.
P:6.3 When all criteria are met, the Buyer shall issue the Final Acceptance certificate within 10 working days. Installation, use of the system or any payment is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance and shall repair or replace any defective item free of charge, including parts, labour and travel.
P:7.2 Replaced items carry the remaining warranty period or 6 months, whichever is longer.
H:8. Service Levels
P:8.1 Severity 1 (a gateway or the Software is down, or alarms are not sent): response within 30 minutes by telephone or remote access, and a technician on site within 24 hours where needed. Severity 2 (a single cable or sensor fails): response within 2 hours and repair within 5 working days.
P:8.2 For each hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Buyer CNY 600.
P:8.3 The Supplier shall keep spare cables, sensors and one spare gateway at the depot during the warranty period.
H:9. Post-Warranty Support
P:9.1 After the warranty period, the Supplier shall offer annual support at 6% of the Hardware and Licence Subtotal, that is CNY 56,988 per year, fixed for the first two years after the warranty period. Support is ordered separately each year and does not renew automatically.
H:10. Data and Security
P:10.1 All readings, alarms, logs and reports produced by the system belong to the Buyer. The Software is installed on the Buyer's server, and the Supplier shall not copy or use any data for other purposes.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system and is liable for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the layout and stock levels of the depot, and shall not disclose it to third parties without prior written consent.
H:12. Intellectual Property
P:12.1 The Supplier retains the intellectual property in the Software. The warehouse maps, sensor layouts, alarm rules and interface programs made for the Buyer belong to the Buyer, which may use and modify them freely.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and Works not accepted and shall remove any Equipment the Buyer rejects at its own cost.
H:14A. Force Majeure
P:14A.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party within 5 days and takes reasonable steps to limit the effect.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Oman vendor, managed service)
H399E04 = """# MANAGED STORE NETWORK SERVICES AGREEMENT

**Agreement No.** SNS-HX-2026-03

**Between** Sohar Network Services LLC, Falaj Al Qabail, Sohar, Sultanate of Oman ("Supplier")
**and** Hunan Xinjia Supermarkets Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China ("Customer").

Customer operates 46 supermarkets in Changsha, Zhuzhou and Xiangtan. Supplier provides managed network services to retailers. Customer wishes Supplier to take over the design, operation and support of the network in its stores and head office, and Supplier has agreed to do so on the terms below. All charges are stated in CNY at Customer's request.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Sites" means Customer's 46 stores, its head office and its distribution centre.

1.3 "Service Commencement Date" means the date of Transition Acceptance under Clause 3.3.

1.4 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.5 "Customer Data" means all data that passes through or is stored in the managed network, including store traffic, point-of-sale transaction data, device logs and Wi-Fi user data.

## 2. TERM

2.1 The Services run from 1 March 2026 to 28 February 2029 (the "Term"). The Agreement ends at the end of the Term unless the parties agree in writing to extend it.

## 3. TRANSITION

3.1 Supplier shall complete the transition of all Sites in accordance with the transition plan by 28 February 2026.

3.2 Transition includes a survey of each Site, replacement of store routers and switches supplied under Schedule 1, configuration of the SD-WAN overlay, migration of the point-of-sale network, and set-up of Supplier's monitoring.

3.3 Transition Acceptance requires: (a) every Site connected and monitored; (b) point-of-sale transactions processed at every store for 7 consecutive days without a network outage; (c) failover to the backup 4G link tested at every store; and (d) the network documentation delivered. Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met. Operation of the network before that confirmation is not acceptance.

3.4 If Transition Acceptance is delayed beyond the date in Clause 3.1 for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,000 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 3. The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

4.2 Invoices are payable within 30 days after receipt of a valid VAT invoice.

## 5. SERVICE LEVELS

5.1 Supplier shall meet the Service Levels in Schedule 2 at every Site.

5.2 If a Service Level is missed, Supplier shall credit Customer the Service Credits in Schedule 2 against the next invoice.

5.3 Supplier shall send Customer a monthly service report with availability per Site, incidents, response and restoration times and credits due.

## 5A. CUSTOMER RESPONSIBILITIES

5A.1 Customer shall give Supplier's engineers access to the Sites during store opening hours, and outside them where agreed, and shall name a contact person at each store.

5A.2 Customer shall provide power, rack space and a secure cabinet for the network equipment at each Site and shall not move or disconnect it without telling Supplier.

5A.3 Customer shall tell Supplier at least 30 days in advance of any new store, store closure or refit, so that Supplier can plan the work. New stores are added at the monthly charge per store stated in Schedule 3.

## 5B. GOVERNANCE AND CHANGES

5B.1 The parties shall hold a monthly service review in Changsha to discuss the service report, open incidents, planned changes and improvement actions. Minutes shall be prepared by Supplier and agreed by Customer.

5B.2 Changes outside the standard changes included in Schedule 1 shall be agreed in a written change request stating the work, the timetable and any charge. Supplier shall not make changes to the point-of-sale network during the peak trading periods notified by Customer, except to restore service.

5B.3 Supplier shall keep a tested continuity plan for its network operations centre, including a backup site, and shall review the plan with Customer each year.


6.1 Routers, switches and access points supplied under Schedule 1 remain Supplier's property during the Term. Supplier shall repair or replace faulty equipment at its own cost.

6.2 At the end of the Term, Customer may buy the installed equipment at the residual value stated in Schedule 3.

6.3 Supplier shall keep enough spare routers, switches and access points in Changsha, Zhuzhou and Xiangtan to meet the restoration times in Schedule 2, and shall replace equipment that reaches the end of its vendor support during the Term at no extra charge.

## 7. DATA PROTECTION

7.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 Supplier shall operate the Services from its network operations centre in Changsha, keep Customer Data in mainland China, apply access control with multi-factor authentication for its engineers, log all administrative access, and comply with the Personal Information Protection Law and the Data Security Law.

7.3 Supplier shall notify Customer within 2 hours after becoming aware of any incident affecting Customer Data, take immediate steps to contain it, and be liable for all losses caused by its breach of this Clause.

## 8. INTELLECTUAL PROPERTY

8.1 Network designs, configurations, runbooks and documentation prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to a successor provider.

## 9. LIABILITY

9.1 Supplier's total liability under this Agreement is limited to 120% of the total charges payable over the Term. The limit does not apply to personal injury or to breach of Clause 7.

## 10. SUBCONTRACTING

10.1 Supplier shall not subcontract any part of the Services without Customer's prior written consent, except the basic telecommunications circuits named in Schedule 1, which Customer approves by signing this Agreement.

## 11. REMEDIES AND TERMINATION

11.1 The Service Credits and the damages in Clause 3.4 are Customer's remedies for any failure to meet the Service Levels or the transition date. For any other breach, Customer may claim its direct losses within the limit in Clause 9.

11.2 Customer shall not terminate this Agreement before the end of the Term, whether for breach by Supplier or otherwise.

11.3 Supplier may suspend the Services if an undisputed invoice remains unpaid for more than 60 days after written reminder.

11.4 At the end of the Term, Supplier shall provide up to 60 days of exit assistance at the rates in Schedule 3 and hand over all configurations and documentation.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 13. GENERAL

13.1 Changes to this Agreement must be in writing and signed by both parties. Notices shall be sent to the addresses above. Neither party is liable for failure caused by force majeure, provided it gives prompt notice.

Signed for Supplier: ____________________    Signed for Customer: ____________________

## SCHEDULE 1 - SERVICES

| Service element | Scope |
|---|---|
| Store connectivity | SD-WAN router with fibre primary link and 4G backup link at each Site |
| Local network | Switches and Wi-Fi access points at each store, including staff and guest Wi-Fi |
| Monitoring | Monitoring of every device and link every day of the week, around the clock |
| Service desk | Chinese-language service desk for store managers and head-office IT |
| Changes | Up to 40 standard changes per month (new ports, Wi-Fi settings, firewall rules) included |
| Field service | Engineers based in Changsha, Zhuzhou and Xiangtan |
| Circuits | Basic fibre and 4G circuits from China Telecom and China Mobile, ordered by Supplier |

## SCHEDULE 2 - SERVICE LEVELS AND SERVICE CREDITS

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of each Site's network | 99.98% per calendar month | 5% of that Site's share of the monthly charge for each 0.1% below the level |
| Priority 1 incident (store cannot process payments) | response 15 minutes, restoration 2 hours | CNY 800 for each 30 minutes late |
| Priority 2 incident (one function degraded) | response 1 hour, restoration 8 hours | CNY 300 for each hour late |
| Standard change | completed within 2 working days | none |

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 92,000 |
| Monthly service charge | 46 stores, head office and distribution centre | 58,000 per month |
| Monthly service charges over the Term | 36 months x 58,000 | 2,088,000 |
| Total charges over the Term | | 2,180,000 |
| Exit assistance | per engineer day | 1,800 |
| Residual value of equipment at the end of the Term | | 64,000 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Saudi vendor, verification API)
H399E05 = """COMPANY VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement No. NV-CN-2026-0088

PARTIES
Najd Verify Company, a company registered in the Kingdom of Saudi Arabia, King Fahd Road, Olaya, Riyadh ("Provider"); and
Yiwu Hongda Import & Export Co., Ltd., a company registered in the People's Republic of China, Futian Street, Yiwu, Zhejiang Province ("Customer").

BACKGROUND
Customer exports household goods to buyers in the Gulf region and must check the identity and registration of new trading counterparties before it ships goods on credit. Provider operates an application programming interface (the "API") that returns commercial registration details, registered addresses, authorised signatories and status information for companies registered in the member states of the Gulf Cooperation Council. Customer wishes to subscribe to the API and connect it to its order system. At Customer's request, all fees are stated and paid in CNY.

1. DEFINITIONS
1.1 "Subscription Year" means each period starting on the Go-Live Date or an anniversary of it and ending on the day before the next anniversary.
1.2 "Go-Live Date" means the date on which Customer confirms Integration Acceptance under Clause 4.3.
1.3 "Lookup" means one successful query to the API that returns a company record.
1.4 "Query Data" means the names, registration numbers and other details that Customer submits to the API, and the results returned to Customer.
1.5 "Integration Services" means Provider's help in connecting the API to Customer's order system, including test credentials, sample code and technical support during integration.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive right to use the API and the results for Customer's own credit and compliance checks during the term.
2.2 The subscription includes 60,000 Lookups per Subscription Year. Lookups not used in a Subscription Year lapse.
2.3 Customer shall not resell the results or build a competing database from them.
2.4 Customer may use the API through up to five sets of credentials, one for production and the others for testing and back-up systems. Customer is responsible for keeping its credentials secure and for all Lookups made with them, and shall tell Provider at once if it suspects misuse so that the credentials can be replaced.
2.5 Provider shall give Customer at least 90 days' notice before withdrawing any version of the API, and shall keep at least one earlier version running during that period so that Customer can adapt its order system. Changes that do not affect the format of requests or results may be made at any time.
2.6 Provider shall publish the sources it uses for each member state and the usual delay between an update in a public registry and the same update in the API, and shall tell Customer in writing if a source for a member state becomes unavailable.

3. TERM
3.1 The term is two Subscription Years from the Go-Live Date.
3.2 The subscription does not renew automatically. Any renewal requires a new written order signed by both parties.

4. INTEGRATION AND ACCEPTANCE
4.1 Provider shall issue test credentials within 5 working days after signature and production credentials within 30 days after signature.
4.2 Provider shall support Customer's developers by e-mail and video call during integration and shall deliver sample code for Java and Python, API documentation in English and Chinese, and a list of error codes with their meaning. Provider shall name an integration engineer who is available during Beijing working hours for the whole integration period and who answers questions within one working day.
4.3 Integration Acceptance requires: (a) 500 test Lookups across all six member states returning correctly formatted records; (b) an average response time under 2 seconds at 20 requests per second; and (c) error codes documented and handled in Customer's order system. Customer shall confirm acceptance in writing within 5 working days after these criteria are met. Issuing credentials is not acceptance.
4.4 If production credentials are issued late for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT
5.1 Fees:
    Subscription fee: CNY 186,000 per Subscription Year, including 60,000 Lookups;
    Subscription fees for the term: 2 x CNY 186,000 = CNY 372,000;
    Integration Services: CNY 24,000, one-time;
    Total contract value: CNY 396,000.
5.2 Lookups above the included volume are charged at CNY 2.80 each, invoiced quarterly in arrears. They are not part of the total contract value.
5.3 The Integration Services fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears at CNY 46,500 per quarter. No fee is payable before the Go-Live Date.
5.4 Invoices are payable within 30 days after receipt of a valid VAT invoice issued through Provider's agent in China. Each party bears its own bank charges.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.97% of each calendar month, excluding planned maintenance announced 3 days in advance.
6.2 Provider shall respond to a Priority 1 incident (the API is unavailable or returns errors for most requests) within 8 hours, to a Priority 2 incident (slow responses or errors for one member state) within 1 working day, and to other questions within 3 working days. Support is provided in English and Chinese by e-mail and a ticket portal.
6.3 Provider shall publish a status page showing the availability of the API and any incident in progress, and shall send Customer a monthly report of availability, incidents and response times.
6.4 If monthly availability is below the level in Clause 6.1, Provider shall credit Customer 5% of the subscription fee for that month, or 10% if availability is below 99.5%. Credits are deducted from the next invoice.

7. DATA
7.1 Provider shall host the API and store Query Data in data centres with ISO 27001 certification, encrypt Query Data in transit and at rest, restrict access to named staff, and keep access logs.
7.2 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Query Data, cooperate in its investigation, and be liable for losses caused by its failure to meet this Clause.
7.3 Provider may retain Query Data and use it, in aggregated or de-identified form, to improve and update its company database, to check the quality of its sources and to prepare statistics on trade activity, during the term and after it ends.
7.4 Customer shall submit only the data needed for the checks and is responsible for having a lawful basis to submit it.
7.5 Customer may at any time ask Provider for a list of the Query Data held about its requests and the places where it is stored.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's list of counterparties, and use it only for this Agreement. This obligation continues for three years after the end of the term.

9. INTELLECTUAL PROPERTY
9.1 Provider retains all rights in the API, its software and its database.
9.2 The integration code written for Customer during the Integration Services, including adapters for Customer's order system, belongs to Customer, which may use, modify and license it freely.

10. SUBCONTRACTORS AND DATA SOURCES
10.1 Provider may use subcontractors, including hosting providers, support contractors and local data partners, to perform this Agreement. Provider shall inform Customer in writing of any new subcontractor within 15 days after appointing it, and remains responsible for the work of its subcontractors.

11. LIABILITY
11.1 Provider's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to wilful misconduct or to breach of Clause 7.
11.2 Provider does not guarantee that information supplied by public registries is complete, but shall correct any error it introduces.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
12.2 If Customer terminates under Clause 12.1, Provider shall refund the subscription fees paid for any period after termination.
12.3 Provider may suspend access to the API if an undisputed invoice remains unpaid for more than 45 days after written reminder, and shall restore access within one working day after payment.
12.4 On expiry or termination, Customer shall stop using the API and may keep the results already received for its own records, as required by its compliance obligations.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English.

14. GENERAL
14.1 This Agreement is made in English and Chinese, and both texts have equal effect. Notices shall be in writing and sent to the addresses above or to e-mail addresses notified by each party. Amendments must be in writing and signed by both parties. Neither party is liable for failure caused by force majeure, provided it gives prompt notice.

SIGNED for Provider: ____________________
SIGNED for Customer: ____________________
"""

# ================================================================ design, labels, checks
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (file, fmt, lang, category, terms tuple in TERM_KEYS order, sla_clause, ld_stated, capped, deemed, value, fee_base,
#       design rules, risk)
DESIGN = {
 "h399z01": ("h399z01_forestry_bureau_bird_migration_platform.pdf", "pdf", "zh", "software",
             (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False, "PRC", G),
             True, True, True, False, 2160000, 1280000, [], "low"),
 "h399z02": ("h399z02_textile_mill_sizing_machine_control_retrofit.docx", "docx", "zh", "hardware",
             (None, 1, True, "buyer", True, True, True, 0.1, 150, 20, False, False, 24, 8, False, True, True, "PRC", G),
             True, True, True, True, 1818000, 1490000, ["CR-ACCEPTANCE", "CR-SUBCONTRACT"], "high"),
 "h399z03": ("h399z03_tea_school_chain_scheduling_saas.txt", "txt", "zh", "cloud",
             (99.5, 0.5, True, "buyer", True, True, True, 500 / 526000 * 100, 200, None, True, None, None, None, True, True,
              False, "PRC", S),
             True, True, None, False, 526000, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium"),
 "h399z04": ("h399z04_housing_bureau_underground_pipeline_om.txt", "txt", "zh", "services",
             (None, None, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False,
              "PRC", S),
             False, False, None, False, 450000, None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
 "h399z05": ("h399z05_rice_wine_maker_erp_supplier_template.md", "md", "zh", "software",
             (None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 28, False, True, None, "PRC", G),
             True, True, True, False, 800000, 560000,
             ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
 "h399e01": ("h399e01_cold_chain_wms_licence_qatar_vendor.pdf", "pdf", "en", "software",
             (None, 1, True, "buyer", True, True, True, 900 / 1220000 * 100, 200, 20, True, True, 18, 13, False, True,
              False, "Qatar", G),
             True, True, True, False, 1220000, 842000, ["CR-GOVERNING-LAW"], "low"),
 "h399e02": ("h399e02_dental_clinics_booking_saas_kuwait_vendor.md", "md", "en", "cloud",
             (99.95, 0.5, True, "buyer", False, True, True, 450 / 740000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", S),
             True, True, None, False, 740000, None, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high"),
 "h399e03": ("h399e03_grain_depot_monitoring_sensors_bahrain_vendor.docx", "docx", "en", "hardware",
             (None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 6, False, True, False, "PRC", G),
             True, True, True, False, 1130000, 949800, [], "low"),
 "h399e04": ("h399e04_supermarket_managed_network_oman_vendor.md", "md", "en", "services",
             (99.98, 0.25, True, "buyer", True, True, False, 2000 / 2180000 * 100, 120, None, True, None, None, None, False,
              False, False, "PRC", S),
             True, True, None, False, 2180000, None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
 "h399e05": ("h399e05_exporter_company_verification_api_saudi_vendor.txt", "txt", "en", "cloud",
             (99.97, 8, True, "buyer", True, False, True, 300 / 396000 * 100, 200, None, True, None, None, None, False,
              True, True, "PRC", S),
             True, True, None, False, 396000, None, ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "medium"),
}
FORUM_OUTSIDE_MAINLAND = set()  # no draft here has a forum outside mainland China with PRC law
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata); fee base =
    itemised licence/hardware subtotal. Returns (tco, share %) or None when the fee is not a stated capped figure."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["_fee_base"]
    tco = x["contract_value"] + fees
    return tco, fees / tco * 100


def expected_rules(t, x, forum_outside=False):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        ts = tco_share(t, x)
        if ts and ts[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def num(v):
    return int(v) if isinstance(v, float) and v.is_integer() and False else v


def label(key):
    (fname, fmt, lang, cat, tv, sla, lds, capped, deemed, value, base, design, rk) = DESIGN[key]
    terms = dict(zip(TERM_KEYS, tv))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    calc = dict(extra, _fee_base=base)
    rules = expected_rules(terms, calc, key in FORUM_OUTSIDE_MAINLAND)
    assert rules == sorted(design), (key, rules, design)
    assert risk(rules) == rk, (key, risk(rules), rk)
    return {"file": fname, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}, calc


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])99\.90\b",
    r"(?<![\d.])4\s*(小时|个小时|h\b|hours?\b|-hour)", r"四个?小时", r"\bfour[\s-]+hours?\b", r"(?<!\d)240\s*分钟",
    r"(?<![\d.])0\.05\s*%", r"(?<![\d.])0\.050\s*%", r"万分之五(?![十一二三四五六七八九])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100\s*%", r"百分之百", r"(?<![\d.])100\s*per\s*cent", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s+per\s*cent",
    r"(?<![\d.])12\s*(个月|months?\b|-month)", r"十二个月", r"\btwelve[\s-]+months?\b", r"(?<![第统每])一年", r"\bone[\s-]+year\b",
    r"(?<![\d.])15\s*%", r"百分之十五", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s+per\s*cent",
    r"(?<![\d.])5\s*(年|years?\b|-year)", r"(?<![十二三四六七八九])五年", r"\bfive[\s-]+years?\b", r"(?<!\d)60\s*months?\b",
    r"\bsixty\s+months?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "99.90%", "4-hour", "12-month",
            "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.98%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year", "14小时", "120%", "200%", "25%", "45%", "35%", "1.5%", "0.5 degrees",
             "24 个月", "三十六个月", "十五日", "15 days", "50%"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(name, text):
    hits = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("no-ws", re.sub(r"\s+", "", text))):
        for m in THRESHOLD_RE.finditer(t):
            hits.append((variant, t[max(0, m.start() - 15):m.end() + 15]))
    assert not hits, (name, hits)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


SOURCES = {"h399z01": H399Z01, "h399z02": H399Z02, "h399e01": H399E01, "h399e03": H399E03}
PLAIN = {"h399z03": H399Z03, "h399z04": H399Z04, "h399z05": H399Z05, "h399e02": H399E02, "h399e04": H399E04,
         "h399e05": H399E05}
TARGETS = {k: (DESIGN[k][0], DESIGN[k][1]) for k in SOURCES}

if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for k, src in list(SOURCES.items()) + list(PLAIN.items()):
        scan(k + " source", src)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, src in PLAIN.items():
        (OUT / DESIGN[k][0]).write_text(src.strip("\n") + "\n", encoding="utf-8")
        print("wrote", DESIGN[k][0])
    covered = set()
    for k in DESIGN:
        lab, calc = label(k)
        covered |= set(lab["expected_rules"])
        stem = DESIGN[k][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / DESIGN[k][0])
        scan(k + " built", text)
        # no label on a threshold
        t = lab["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        ts = tco_share(t, calc) if t["contract_kind"] == G else None
        if ts:
            assert abs(ts[1] - 40) > 2, (k, ts)
        if DESIGN[k][2] == "zh":
            n = len(text)
            assert 2750 <= n <= 3000, (k, n)
            size = "%d chars (%d without whitespace)" % (n, len(re.sub(r"\s", "", text)))
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            size = "%d words" % n
        print(k, DESIGN[k][0], size, lab["expected_rules"], risk(lab["expected_rules"]),
              "TCO %.0f share %.2f%%" % ts if ts else "")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")
