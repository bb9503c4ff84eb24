"""holdout420: ten blind, ordinary draft contracts (5 zh, 5 en) with labels. Sources are kept below; run with
/work/main/.venv/bin/python -B make_files.py. Builds the .pdf/.docx through ../word_pdf.py (wrap_words=True), writes the
.txt/.md and the .json labels, derives each label's expected rules from my own reading of policy.md §3, checks them
against the design list and full coverage, checks lengths on the read-back files, and scans every built file and
source for threshold figures (self-tested regexes)."""

Z01 = """T:人工影响天气作业指挥平台建设项目采购合同
P:合同编号：YLQX-ZFCG-2025-017
P:甲方（采购人）：云岭州气象局
P:乙方（供应商）：北京云策气象科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号 YLZC2025-0462）、乙方投标文件和中标通知书，甲乙双方经协商一致，就人工影响天气作业指挥平台的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供人工影响天气作业指挥平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：作业指令下达与回执模块、空域申请与批复对接接口、作业点弹药及装备管理模块、作业效果评估报表，以及与省级人影业务系统和天气雷达产品的数据对接。
P:1.3 平台部署于甲方机房，接入甲方业务内网，服务于州、县两级共 11 个作业指挥节点和 64 个固定作业点。
P:1.4 平台应支持国产操作系统、国产数据库和国产中间件，满足甲方信息化项目信创适配要求，并预留与应急管理、民航空管部门系统对接的接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币 1,740,000 元（大写：壹佰柒拾肆万元整），含税，明细如下：（1）平台软件永久许可 980,000 元；（2）定制开发 640,000 元；（3）部署实施 96,000 元；（4）培训 24,000 元。
P:2.2 上述价款为固定总价，已包含乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后 15 个工作日内，甲方支付合同总价的 20% 作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的 45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的 35%。
P:3.4 甲方按财政资金支付程序付款，因国库集中支付流程产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后 90 日内完成部署和定制开发，并提交初步验收申请；初步验收通过后进入 60 日试运行期。
P:4.2 试运行期正值作业季的，乙方应安排工程师驻场保障，并参加甲方组织的作业演练。
P:4.3 乙方应指派具有气象信息化项目经验的项目经理一名，项目经理及核心开发人员名单作为本合同附件，未经甲方书面同意不得更换。
P:4.4 乙方应为州、县两级业务人员和系统管理员提供三期集中培训，每期两日，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 验收标准：（1）合同及招标文件所列功能逐项测试通过；（2）作业指令从州级下达至作业点回执的端到端时间不超过 10 秒；（3）空域申请接口连续 30 日无数据丢失；（4）平台在 200 个并发用户下主要页面响应时间不超过 3 秒；（5）第三方机构出具的网络安全测评报告无高危漏洞。
P:5.2 试运行期满且满足上述标准后，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 免费质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的 8%（即 78,400 元/服务年度），质保期满后三个服务年度内不上调。维护服务需双方另行签订合同，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，每年作业季开始前进行一次专项检查和应急演练。
H:第七条 服务水平
P:7.1 平台月可用率不低于 99.99%（计划内维护除外，维护须提前 3 日报甲方同意并避开作业时段）。
P:7.2 一级故障（作业指挥功能中断或指令无法下达）乙方应在 30 分钟内响应，2 小时内到场或远程恢复；二级故障 2 小时内响应，次日内解决。
P:7.3 乙方每超时响应或超时恢复一小时，甲方可扣减 1,000 元；月可用率每低于承诺值 0.01 个百分点，扣减 2,000 元，从维护费或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行使用、修改和许可他人使用。乙方应于最终验收时交付全部源代码。
H:第九条 数据安全
P:9.1 平台运行中产生的作业数据、空域数据、雷达产品及其他业务数据均归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》及气象部门网络安全管理规定，远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、作业计划及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应在甲方要求的期限内整改；整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同任何部分转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，或逾期交付超过 60 日的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十四条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价 5% 的履约保证金（银行保函形式）。最终验收合格且乙方无未结违约责任的，甲方在 15 个工作日内无息退还。
H:第十五条 不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应在 3 日内书面通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:乙方应遵守廉洁从业规定，不得向甲方工作人员提供回扣、礼金或其他不正当利益。
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：云岭州气象局　　乙方（盖章）：北京云策气象科技有限公司
P:代表签字：＿＿＿＿　　代表签字：＿＿＿＿　　签订日期：2025年6月18日
"""

Z02 = """T:压机控制系统改造及维保合同
P:合同编号：JL-SB-2025-086
P:甲方：佛山市金岚陶瓷有限公司
P:乙方：广东科迈工业自动化有限公司
P:甲方一号、二号生产线共四台全自动液压压砖机（以下简称“压机”）的原控制系统老化，故障频繁。经比选，甲方委托乙方对四台压机的控制系统进行改造，并在改造完成后提供维保服务。双方依据《中华人民共和国民法典》，订立本合同。
H:一、改造范围
P:（一）更换四台压机的 PLC 控制柜、伺服液压阀组、压力及位移传感器和 HMI 触摸屏，保留原主机机械结构。
P:（二）部署压机集中监控软件，采集压制次数、压力曲线、模具温度和报警记录，并接入甲方车间 MES 系统。
P:（三）完成布料、压制、顶砖全流程参数调优，保证改造后单机压制周期不高于改造前。
P:（四）对甲方操作工和电工进行培训。
P:（五）改造过程中拆除的旧控制柜、旧阀组由乙方按甲方要求分类堆放，归甲方所有。
H:二、合同价款
P:（一）合同总价为人民币 1,300,000 元（含 13% 增值税），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC 控制柜（含程序）|4 套|168,000|672,000
TB:2|伺服液压阀组及压力、位移传感器|4 套|56,500|226,000
TB:3|HMI 触摸屏|4 台|18,000|72,000
TB:4|压机集中监控软件许可|1 套|138,000|138,000
TB:|软硬件小计|||1,108,000
TB:5|拆旧、安装及调试|1 项|126,000|126,000
TB:6|工艺参数调优|1 项|48,000|48,000
TB:7|培训|1 项|18,000|18,000
TB:|合计|||1,300,000
P:（二）上述价款为固定价格，包括设备、软件、运输、安装、调试、税费及质保期内服务费用。
P:（三）因甲方要求增加改造内容的，双方另行签订补充协议，单价参照上表执行。
H:三、付款
P:（一）合同签订后 10 个工作日内，甲方支付合同总价的 20% 作为预付款。
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的 35%；到货签收不代表质量验收。
P:（三）四台压机全部改造完成并通过最终验收后，甲方支付合同总价的 45%。
P:（四）乙方收到每期款项前应向甲方开具等额增值税专用发票，甲方收到发票后在 10 个工作日内付款。
H:四、工期
P:（一）乙方应在合同签订后 45 日内完成设备到货，到货后按甲方停机计划逐台改造，每台压机停机改造时间不超过 6 日。
P:（二）全部改造应于合同签订后 100 日内完成。因甲方生产安排推迟停机窗口的，工期相应顺延，顺延天数以甲方书面确认为准。
P:（三）甲方负责按停机计划提供停机窗口、现场电源和吊装条件；乙方应提前 5 日提交每台压机的改造方案和安全措施，经甲方设备部确认后实施。
P:（四）乙方应随设备提供出厂检验报告、合格证、电气原理图、接线图和操作维护手册。
H:五、验收
P:（一）每台压机改造完成后连续试生产 7 日，达到以下标准的，甲方出具单机验收记录：压制周期不高于改造前；压力控制偏差不超过 ±1.5%；连续 7 日无因控制系统导致的停机；监控软件数据与 MES 记录一致。
P:（二）四台压机均取得单机验收记录后，再连续运行 30 日无重大故障的，甲方组织最终验收并出具书面验收报告。
P:（三）设备安装、试生产或甲方使用均不视为验收合格。
P:（四）单机验收或最终验收不合格的，乙方应在 10 日内完成整改并申请复验，复验费用由乙方承担；复验期间的停机损失按第九条处理。
H:六、质保与维保
P:（一）质保期为最终验收之日起三年，质保期内乙方免费维修、更换故障部件，并提供软件升级。
P:（二）质保期满后，乙方提供有偿维保服务，维保年费为软硬件小计的 7%（即 77,560 元/服务年度），质保期满后两个服务年度内不上调；维保服务另行签订合同，不自动续期。
P:（三）一级故障（压机停机）乙方应在 30 分钟内远程响应，8 小时内到场；二级故障 2 小时内响应，次日到场。乙方每迟延一小时，甲方可扣减 800 元。
P:（四）乙方应在甲方厂区常备 PLC 模块、伺服阀、压力传感器等关键备件各一套，保证一级故障时可在到场后当班更换。
P:（五）质保期内乙方每季度上门巡检一次，检查控制柜、液压阀组和传感器状态，出具巡检报告。
H:七、数据与保密
P:（一）压机工艺参数、生产记录、配方及监控数据归甲方所有，乙方仅可为本合同目的使用。乙方远程访问须经甲方同意并使用甲方提供的账号，不得拷贝或外传数据。发生数据泄露或丢失的，乙方应在 2 小时内报告，因乙方原因造成的，承担全部责任。
P:（二）双方对在履行本合同中知悉的对方商业秘密、技术资料和生产信息负有保密义务，未经对方书面同意不得披露，本义务在合同终止后继续有效。
P:（三）乙方保证所提供的设备为全新原装正品，软件为合法授权产品，不侵犯任何第三方的知识产权。
H:八、知识产权
P:（一）监控软件标准产品的知识产权归乙方所有，甲方享有永久使用许可。
P:（二）乙方为本项目编写的 PLC 程序、HMI 画面及 MES 接口程序的知识产权归甲方所有，甲方可自由修改和使用，乙方应交付源程序及说明文档。
P:（三）质保期满后，乙方应继续保证关键备件的供应，供应期不短于最终验收后八年；备件停产的，乙方应提前六个月书面通知甲方，并提供兼容替代方案。
H:九、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）改造后压机性能达不到第五条标准的，乙方应免费整改；整改两次仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
H:十、分包
P:乙方可将拆旧及电气安装施工分包给具备相应资质的单位，无需取得甲方同意，但应提前 3 个工作日书面告知甲方分包单位名称；乙方对分包单位的工作承担责任。
H:十一、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产制度，严格执行停机挂牌、断电上锁等作业规定。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:乙方应为进场人员购买意外伤害保险，高处作业、动火作业须办理甲方作业许可。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后 10 日内仍未纠正的，甲方有权解除合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，工期相应顺延。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:本合同附件包括设备技术规格书、改造方案、停机计划和验收记录表，附件与本合同具有同等效力。双方就本合同未尽事宜可签订补充协议。
P:甲方（盖章）：佛山市金岚陶瓷有限公司　　乙方（盖章）：广东科迈工业自动化有限公司
P:签订日期：2025年7月2日
"""

Z03 = """舞蹈培训连锁校区排课及学员管理系统服务合同

合同编号：YD-IT-2025-031
甲方：杭州羽蝶舞蹈艺术培训有限公司
乙方：上海课立方信息技术有限公司

鉴于甲方在杭州、宁波、绍兴三地经营 27 家舞蹈培训校区，需要统一的排课、学员、课消及家校沟通系统；乙方提供“课立方”云端教务管理服务（SaaS）。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方 27 家校区开通课立方教务管理服务，包括排课与教室管理、学员档案、课时包与课消、请假补课、教师课酬统计、家长端小程序及经营报表。
1.2 乙方负责实施：校区及教室配置、课程体系配置、存量学员及课时数据迁移、与甲方收款账户的对账接口对接、总部及校区管理员培训。
1.3 服务期为两个服务年度，自 2025 年 9 月 1 日起至 2027 年 8 月 31 日止。
1.4 乙方为甲方开通总部管理账号和各校区账号，不限校区内用户数；家长端小程序以甲方品牌名称发布。
1.5 乙方在服务期内免费提供课立方平台的常规版本升级和新增标准功能；甲方提出的个性化开发需求，经双方确认后另行报价。

2. 费用
2.1 订阅费按校区计收，每校区每服务年度 9,600 元，27 家校区每服务年度 259,200 元，两个服务年度合计 518,400 元。
2.2 实施费 46,600 元，一次性收取。
2.3 合同总价 565,000 元（含税）。服务期内新增校区按每校区每服务年度 9,600 元按月折算计收，不计入合同总价。
2.4 上述费用包括平台使用、数据存储、短信通知（每服务年度 20 万条以内）、常规版本升级和技术支持。

3. 付款
3.1 实施费在上线验收通过后 15 个工作日内支付。
3.2 订阅费按季度支付，服务开通后每季度首月 15 日前支付当季费用。
3.3 本合同不设预付款，服务开通前甲方无需支付任何款项。
3.4 甲方付款前，乙方应开具合法有效的增值税发票；乙方未开具发票的，甲方有权顺延付款且不视为违约。服务期内新增校区的费用随下一季度订阅费一并结算。

4. 上线与验收
4.1 乙方应于 2025 年 8 月 20 日前完成配置和数据迁移，9 月 1 日正式上线。
4.2 上线验收标准：（1）27 家校区课表、教室和教师配置完成；（2）迁移的学员档案和剩余课时与甲方原始台账逐条核对一致；（3）课消、请假补课流程在 3 家试点校区连续运行 10 日无差错；（4）对账接口数据与收款记录一致。
4.3 满足上述标准后，甲方出具上线验收确认书。系统开通或甲方使用均不视为验收。
4.4 甲方应指定项目联系人，按时提供校区、课程、教师及学员原始台账，并组织校区人员参加培训。乙方为总部及各校区管理员提供线上培训两轮、现场培训一轮，并提供操作手册和视频。

5. 服务水平
5.1 系统月可用率不低于 99.5%，计划维护安排在 23:00 至次日 6:00 之间并提前 48 小时通知甲方。
5.2 一级故障（系统无法登录，或排课、课消无法使用）乙方应在 30 分钟内响应，3 小时内恢复；二级故障 2 小时内响应，2 个工作日内解决。
5.3 月可用率低于承诺值的，每低 0.1 个百分点，按当月订阅费的 2% 给予服务抵扣；一级故障超时恢复的，每超时一小时按当月订阅费的 1% 抵扣。
5.4 乙方提供 7×24 小时故障受理电话和在线工单渠道，并为甲方指定专属客户成功经理，每季度提交服务报告，列明可用率、故障及处理情况。
5.5 乙方进行版本升级的，应提前 7 日通知甲方，升级不得减少合同约定的功能。

6. 数据
6.1 甲方及学员、家长的数据（包括学员档案、课时、缴费及沟通记录）归甲方所有，乙方仅为提供本服务处理，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内，采取加密存储、访问控制和操作日志审计等措施，符合《个人信息保护法》的要求；每日备份，备份保留 30 日。
6.3 发生数据泄露、丢失的，乙方应在 2 小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任。
6.4 服务终止后 30 日内，乙方应按甲方要求导出全部数据并交付甲方，随后予以删除。
6.5 乙方员工访问甲方数据须经授权并留存记录，乙方应每服务年度向甲方提供第三方安全测评报告或等级保护测评结论。
6.6 家长端小程序收集学员及家长个人信息的，乙方应协助甲方完成隐私政策告知和授权，不得收集与服务无关的信息。

7. 保密
双方对履行本合同中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

8. 知识产权
8.1 课立方平台的知识产权归乙方所有。
8.2 为甲方定制的报表模板、课程体系配置和数据迁移脚本归甲方所有，甲方可自由使用和修改。
8.3 乙方保证平台不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

9. 续期
9.1 服务期满前 30 日内双方均未书面提出不续订的，本合同自动续期一个服务年度，此后亦同。
9.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的 8%，以乙方书面通知为准。
9.3 甲方决定不续订的，乙方应配合甲方完成数据导出和向新系统的迁移，迁移期内平台继续可用，不另行收费。

10. 违约责任
10.1 乙方未按期上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
10.2 乙方对本合同项下的累计赔偿责任以合同总价的 200% 为限，但数据泄露造成的损失不受此限。
10.3 因甲方提供的原始台账错误导致迁移数据不一致的，乙方不承担责任，但应协助甲方更正。

11. 分包
乙方不得将本合同项下服务分包；确需将数据迁移等工作交由第三方完成的，须事先取得甲方书面同意。

12. 解除
乙方严重违约，或连续两个月未达到第 5.1 条约定的可用率，经甲方书面催告后 15 日内未纠正的，甲方有权解除合同，乙方应退还已付未使用的费用。

13. 法律与争议
本合同适用中华人民共和国法律，争议提交杭州仲裁委员会仲裁。

14. 不可抗力
因不可抗力导致不能履行的，受影响一方应及时通知对方，双方协商处理，互不承担违约责任；但乙方未按约定做好数据备份的，不得以不可抗力为由免除数据恢复义务。

15. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件包括功能清单、实施计划和数据迁移方案，与本合同具有同等效力。双方联系人及通知地址见附件，变更应书面通知对方。

甲方（盖章）：杭州羽蝶舞蹈艺术培训有限公司
乙方（盖章）：上海课立方信息技术有限公司
签订日期：2025 年 7 月 10 日
"""

Z04 = """临水市殡葬服务中心业务管理系统年度运维服务合同

项目编号：LSZC-2025-CS-019（竞争性磋商）
甲方：临水市殡葬服务中心
乙方：临水市恒信网络技术有限公司

根据临水市殡葬服务中心业务管理系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方依据《中华人民共和国政府采购法》和《中华人民共和国民法典》订立本合同。

1．服务范围
（1）甲方业务管理系统的日常运维，包括遗体接运调度、业务洽谈与收费、火化排班、骨灰寄存、公墓管理、网上预约等子系统及其数据库、服务器和网络设备。
（2）驻场运维：乙方派 1 名工程师在甲方驻场，工作日 8:00—17:30，清明、冬至等高峰期延长至 20:00。
（3）远程及二线支持、季度巡检、安全加固、数据备份及恢复演练。
（4）服务开始前，乙方应与原运维单位完成交接，核对系统清单、账号、配置和备份情况，并形成交接记录。
（5）服务期满或合同终止时，乙方应向甲方或甲方指定的单位移交全部运维资料、账号和密码，并配合交接不少于 10 个工作日。

2．服务期限
服务期自 2025 年 7 月 1 日起至 2026 年 6 月 30 日止。期满本合同自动终止，不自动续期。

3．人员要求
（1）驻场工程师应具有 3 年以上数据库和服务器运维经验，持有相关专业证书，人员名单经甲方确认后不得擅自更换。
（2）驻场工程师请假或更换的，乙方应提前 3 日书面报告，并安排能力相当的人员顶岗。
（3）乙方人员应遵守甲方工作纪律，尊重逝者及家属，不得在业务场所拍照或录像。
（4）乙方应建立应急预案，明确系统中断时接运调度和火化排班的手工处理流程，每半年与甲方共同演练一次。
（5）乙方应配备不少于 2 名二线技术人员，负责数据库、网络和安全问题的远程支持，驻场工程师处理不了的问题应在 1 小时内升级至二线。

4．服务费用
（1）服务费总额为人民币 368,000 元（含税），其中：驻场运维 216,000 元；远程及二线支持 64,000 元；巡检及安全加固 52,000 元；数据备份及恢复演练 36,000 元。
（2）服务费为固定总价，服务期内不作调整。
（3）服务期内甲方新增业务子系统或设备需纳入运维范围的，双方另行协商，按响应文件报价标准签订补充协议。

5．付款方式
（1）服务费按季度支付，每季度结束后经甲方季度考核合格，甲方在 15 个工作日内支付当季服务费 92,000 元。
（2）本合同不设预付款。

6．服务水平
（1）一级故障（接运调度、火化排班或收费系统中断）：乙方 20 分钟内响应，2 小时内恢复。
（2）二级故障（部分功能异常）：1 小时内响应，8 小时内解决。
（3）三级问题（咨询、报表调整）：2 个工作日内解决。
（4）每季度巡检一次，每半年进行一次数据恢复演练，并提交书面报告。
（5）上述服务水平为乙方的服务目标。未达到的，乙方应书面说明原因并提出整改措施，甲方不据此扣减服务费，也不要求乙方支付违约金或其他补偿。
（6）清明节、冬至等祭扫高峰期前 10 日，乙方应完成系统专项检查和压力测试，高峰期间安排工程师全天值守，确保网上预约和现场业务系统稳定运行。
（7）乙方应建立运维日志，记录每次故障的发生时间、处理过程和结果，每月提交运维月报。

7．考核与验收
（1）甲方每季度按考核表对乙方进行考核，考核内容包括故障响应与恢复记录、巡检报告、备份记录和驻场考勤，得分 80 分以上为合格。
（2）服务期满后，甲方组织年度验收，以各季度考核记录、运维文档和系统运行状况为依据，出具书面验收意见。
（3）季度考核不合格的，乙方应在 10 日内完成整改并重新考核，重新考核合格后甲方支付当季服务费。
（4）年度验收合格后，甲方出具服务评价意见，作为乙方履约评价的依据。

8．数据安全
（1）系统中的逝者信息、家属信息、业务及收费数据归甲方所有，乙方仅可为运维目的接触，不得复制、留存或用于任何其他目的。
（2）乙方应遵守《数据安全法》《个人信息保护法》，运维操作须通过甲方堡垒机进行并留存日志，不得远程导出数据。
（3）发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（4）数据备份应至少保存在两个不同介质上，其中一份离线保存于甲方指定地点；恢复演练应验证备份数据的完整性和可用性。
（5）服务期满或合同终止时，乙方应删除其人员掌握的全部账号和临时数据，并向甲方出具书面承诺。

9．保密
乙方及其人员对在服务中知悉的逝者及家属信息、甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。乙方驻场人员应签署保密承诺书。
（4）乙方人员应遵守《殡葬管理条例》及甲方保密管理制度，离岗时交回全部门禁卡、账号和资料。

10．知识产权
乙方在服务期内编制的运维文档、巡检报告、脚本和配置记录归甲方所有。

乙方应于服务开始前提交系统现状评估报告，服务期满时提交年度运维总结，包括故障统计、安全加固措施和改进建议。

11．违约责任
（1）乙方未按约定日期派驻工程师进场的，每逾期一日，按服务费总额的千分之一支付违约金。
（2）乙方违反第 8 条、第 9 条约定的，应承担赔偿责任。

12．合同解除
服务期内，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。乙方违约的，甲方可要求其整改并按第 11 条承担违约责任，但不得以此为由解除合同。

13．分包
乙方不得将本合同服务转包或分包，驻场人员须为乙方正式员工，乙方应为其依法缴纳社会保险，并承担其工资、加班费及人身安全责任。

14．法律适用及争议
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

15．甲方义务
（1）甲方负责提供驻场办公场所、网络接入和必要的系统账号，并及时告知业务流程调整情况。
（2）甲方应指定运维联系人，对乙方提交的变更申请在 2 个工作日内答复。

16．不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或减免相应义务。

17．廉洁条款
乙方不得向甲方工作人员提供任何形式的回扣、礼金或其他不正当利益，违反的，甲方有权向有关部门报告。

18．其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书、季度考核表为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临水市殡葬服务中心
乙方（盖章）：临水市恒信网络技术有限公司
签订日期：2025 年 6 月 24 日
"""

Z05 = """# 软件许可及定制开发合同（标准文本）

> 本文本为中原溯源科技有限公司标准合同文本 V3.0

**合同编号**：ZYSY-2025-0211
**甲方（买方）**：河南丰粮花生油有限公司
**乙方（卖方）**：中原溯源科技有限公司

甲方为落实食用油生产企业质量安全追溯要求，建立花生油从原料花生收购、压榨、精炼到灌装出厂的全过程质量追溯体系，向乙方采购质量追溯软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 产品及服务

1. 乙方向甲方提供“溯源云链”质量追溯软件许可（永久许可，部署于甲方服务器），包括追溯平台标准版、批次追溯模块和移动端。
2. 乙方按甲方需求提供定制开发：原料花生收购批次登记、压榨及精炼车间数据采集对接、黄曲霉毒素等检测数据对接、成品赋码及防窜货查询。
3. 乙方负责软件安装部署及上线。软件部署在甲方自备的服务器上，数据库和操作系统由甲方自行采购并取得合法授权。

4. 乙方提供的软件为乙方自主研发的标准产品，乙方保证对其享有合法权利；甲方使用本合同项下软件不构成对第三方知识产权的侵犯。
5. 乙方为甲方管理员和车间质检人员提供一次现场培训，培训时间不超过两日，培训地点在甲方厂区。

## 第二条 价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 追溯平台标准版许可（含基础数据管理、批次管理、追溯查询、统计报表） | 1 套 | 860,000 |
| 2 | 批次追溯模块许可 | 1 套 | 260,000 |
| 3 | 移动端许可（50 用户） | 1 套 | 120,000 |
|  | 软件许可小计 |  | 1,240,000 |
| 4 | 定制开发 | 1 项 | 380,000 |
| 5 | 实施部署 | 1 项 | 80,000 |
|  | 合同总价 |  | 1,700,000 |

以上价格均含税，报价有效期为报价之日起 60 日。

上述价格不包括服务器、数据库、操作系统、赋码设备及现场网络布线费用，由甲方自行承担。

## 第三条 付款

1. 合同签订后 5 个工作日内，甲方支付合同总价的 50%，即 850,000 元，乙方收款后开始工作。
2. 软件上线运行后 10 个工作日内，甲方支付合同总价的 50%，即 850,000 元。
3. 甲方逾期付款的，乙方有权暂停工作或暂停技术支持，工期相应顺延。

4. 乙方开具增值税专用发票，软件许可部分适用软件产品税率，定制开发及实施部分适用技术服务税率。

## 第四条 交付及上线

1. 乙方在收到首笔款项后 120 日内完成部署和定制开发，具体进度以乙方项目计划为准。乙方每两周向甲方提交一次项目进度报告，说明已完成工作和下一步计划。
2. 因甲方提供资料、场地或配合不及时导致延期的，工期顺延。乙方不对进度延误承担违约金或赔偿责任。

3. 甲方应在合同签订后 10 日内提供服务器、网络环境、生产及检测设备接口资料，并指定项目负责人配合乙方工作。
4. 赋码设备、扫码枪、标签打印机等硬件由甲方自行采购，乙方仅负责与软件的对接调试。

## 第五条 验收

软件安装完成并上线运行之日，即视为甲方验收合格。甲方上线后提出的修改需求，按需求变更另行处理。上线前乙方将组织功能演示，甲方应派员参加。

5. 定制开发需求以双方签字确认的需求说明书为准，需求说明书确认后甲方新增或变更需求的，乙方有权另行收费并顺延工期。
6. 上线后乙方向甲方移交系统管理员账号、操作手册和部署说明。

## 第六条 免费维护

1. 免费维护期为上线之日起六个月，期内乙方提供缺陷修复和远程技术支持。
2. 技术支持时间为工作日 9:00—17:00，乙方将尽合理努力及时处理甲方报告的问题，不承诺具体的响应或解决时限。

## 第七条 年度维护

1. 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可小计的 26%，即 322,400 元/服务年度，按服务年度预付。
2. 甲方未购买年度维护的，乙方不再提供升级和技术支持；甲方中断年度维护后重新购买的，应补缴中断期间的维护费。

3. 年度维护服务内容包括缺陷修复、版本升级和远程技术支持，不包括现场服务、二次开发和因甲方原因导致的数据修复，上述服务另行收费。

## 第八条 知识产权

1. 软件及定制开发成果（包括定制模块、接口程序、源代码、数据模型和文档）的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。乙方不提供源代码。

3. 乙方可根据产品发展对软件功能进行调整，升级版本中功能变化的，以乙方发布的版本说明为准。

## 第九条 数据

1. 甲方业务数据归甲方所有。乙方应采取访问控制、加密传输和日志审计等安全措施保护甲方数据，发生数据泄露的，乙方应在 24 小时内通知甲方，并对因其过错造成的损失承担赔偿责任。
2. 甲方同意乙方可将甲方的收购、生产及检测数据脱敏后用于乙方产品改进、行业质量分析和对外发布行业报告。

3. 甲方应自行负责服务器、网络和数据库的日常管理及数据备份，并为乙方远程维护开通 VPN 账号。乙方远程维护时应遵守甲方的网络管理规定，维护结束后及时退出。

4. 甲方应自行遵守个人信息保护相关法律，对其录入系统的数据的合法性负责。

## 第十条 保密

双方对在合作中获悉的对方商业秘密负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。但依法律规定或政府部门要求披露的除外。

## 第十一条 宣传

甲方同意乙方在宣传材料、官方网站和行业交流中将甲方列为客户案例，并使用甲方名称和标识；甲方如不同意，应在合同签订时书面说明。

## 第十二条 违约与解除

1. 任何一方严重违反本合同，经对方书面催告后 30 日内未纠正的，对方有权解除合同。
2. 乙方不承担间接损失和预期利润损失。
3. 甲方单方解除合同的，已支付款项不予退还。

## 第十三条 不可抗力

因不可抗力、政策变化、网络运营商故障或第三方软件缺陷导致乙方不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地（郑州市）人民法院诉讼解决。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章后生效。本标准文本的条款未经乙方书面确认不得修改。合同附件包括产品功能清单、定制开发需求说明书和报价单，与本合同具有同等效力。

甲方（盖章）：　　　　　　乙方（盖章）：中原溯源科技有限公司

日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QY-IT-2025-044
P:This Agreement is made on 14 August 2025 between:
P:(1) Hefei Qingyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Fanhua Avenue, Hefei, Anhui Province (the "Customer"); and
P:(2) Bosphorus Maintenance Systems A.S., a joint stock company incorporated in the Republic of Turkiye with its registered office at Teknopark Istanbul, Pendik, Istanbul (the "Vendor").
P:Background: The Customer operates two milk processing plants and a central cold-chain warehouse and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the MaintaPro CMMS software. Following the Customer's request for proposal and the Vendor's proposal of 2 July 2025, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintaPro CMMS software in object code, version 9.2 or later, including the modules listed in Article 3, and its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software for the Customer, including equipment records, work orders, spare-part stock and production line data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.5 "Business Day" means a day on which banks are open for business in Hefei.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on servers located in the Customer's premises in China for the internal business of the Customer and its subsidiaries, for the number of named users stated in Article 3.
P:2.2 The licence fee is fully paid once the payments under Article 4 are made. No further licence fees are payable for the licensed quantities. The Customer may transfer the licence to an affiliate on written notice to the Vendor.
P:2.3 The Customer may make copies of the Software for backup, testing and disaster recovery without additional fees.
H:Article 3 Scope and Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY), inclusive of applicable taxes. The Vendor's Shanghai representative office will invoice the Customer.
P:3.2 The Contract Price is CNY 1,212,000, made up as follows:
P:(a) Software perpetual licences, 120 named users at CNY 6,800 each: CNY 816,000;
P:(b) Mobile work-order module, site licence: CNY 96,000;
P:Licence subtotal: CNY 912,000;
P:(c) Implementation services (installation, configuration, migration of 14,000 equipment records, interfaces to the Customer's ERP and energy metering system): CNY 268,000;
P:(d) Training of administrators and technicians at both plants: CNY 32,000.
P:3.3 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 10% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank in China.
P:4.2 55% of the Contract Price after the Installation Certificate is signed. The Installation Certificate confirms only that the Software is installed and is not acceptance.
P:4.3 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer within the stated period after the Customer receives a valid invoice.
H:Article 5 Delivery and Implementation
P:5.1 The Vendor shall install the Software within 30 days after signature and complete implementation, including data migration and interfaces, within 120 days after signature.
P:5.2 The Vendor shall provide a project manager who speaks Chinese or works with a qualified interpreter, and shall keep the Customer informed through weekly progress reports.
P:5.3 The Customer shall provide servers, network access, equipment lists and the assistance of its maintenance staff as set out in the project plan.
H:Article 6 Acceptance
P:6.1 After implementation the parties run acceptance tests under the test plan agreed within 20 days after signature.
P:6.2 The acceptance criteria are: (a) all functions in the requirements list pass the tests; (b) the migrated equipment records reconcile with the Customer's source list without error; (c) the ERP interface posts spare-part issues correctly for 10 consecutive Business Days; (d) preventive maintenance schedules are generated correctly for both plants; (e) the Software runs for 30 days in production without a Severity 1 incident.
P:6.3 When all criteria are met, the Customer issues a Final Acceptance certificate within 10 Business Days. Installation, use in production or any payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects and provides updates and support free of charge.
P:7.2 Support levels during the Warranty Period and any paid support period: Severity 1 (the Software is unavailable or work orders cannot be created at either plant): response within 1 hour and a workaround within 8 hours; Severity 2: response within 8 business hours; Severity 3: response within 2 Business Days.
P:7.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next payment or support invoice.
P:7.4 After the Warranty Period the Customer may buy annual support at 11% of the licence subtotal, that is CNY 100,320 per support year. This fee is fixed for the first three support years and any later increase requires the Customer's written agreement. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Liquidated Damages
P:8.1 If the Vendor fails to complete implementation by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables without restriction.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and pay the resulting costs and damages.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with multi-factor authentication and the Customer's approval for each session, and shall comply with the PRC Data Security Law and Personal Information Protection Law. No Customer Data shall be transferred outside China.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in containing it and bear the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 12 Limitation of Liability
P:Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 10 and 11, infringement of third-party rights, or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 8 reach their maximum.
P:14.2 On termination before Final Acceptance the Vendor shall refund the amounts paid, less the value of accepted work, and the Customer keeps its licence to any Software already paid for.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Turkiye.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration at the Istanbul Arbitration Centre (ISTAC) under its rules, seated in Istanbul, in English, by a sole arbitrator.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; both versions have equal effect.
P:17.2 Amendments are valid only in writing signed by both parties. Notices are given in writing to the addresses above.
P:Signed for the Customer: ____________ Signed for the Vendor: ____________
"""

E02 = """# ORDER FORM - HELPLYNE SERVICE DESK SUBSCRIPTION

Order Form No. HL-CN-2025-0137

**Vendor:** Helplyne Technologies FZ-LLC, Building 5, Dubai Internet City, Dubai, United Arab Emirates

**Customer:** Hangzhou Lvye Home Furnishing Co., Ltd., 66 Wenyi West Road, Hangzhou, Zhejiang, China

This Order Form is governed by the General Terms in Part 2, which form part of it. If the two conflict, this Order Form prevails.

## Part 1 - Order Form

### Section 1 Subscription

1.1 Services: the Helplyne customer service desk (ticketing, live chat, marketplace connectors and knowledge base), hosted in the Vendor's mainland China cloud region.

1.2 Subscription Term: 1 October 2025 to 30 September 2027, that is two Subscription Years. The Subscription Start Date is 1 October 2025.

1.3 Fees:

| Item | Quantity | Unit fee per Subscription Year (CNY) | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Agent seats, Professional plan | 80 | 2,160 | 172,800 | 345,600 |
| Knowledge base and self-service portal | 1 | 24,000 | 24,000 | 48,000 |
| Onboarding package (one-time) | 1 | - | - | 36,400 |
| Total Contract Value | | | | 430,000 |

1.4 At the Customer's request, all fees are in CNY and include VAT. Seats added during the term are charged pro rata at the same unit fee.

1.5 Included in the subscription: unlimited tickets and chats, 5 million marketplace API calls per Subscription Year, 200 GB of attachment storage, standard reports, the mobile agent app, and access to new standard features released during the Subscription Term.

1.6 The Customer may reduce the number of seats only at the start of the second Subscription Year, by notice given 30 days in advance, and not below 60 seats.

### Section 2 Invoicing

2.1 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date. No amount is payable before the Subscription Start Date.

2.2 The onboarding package is invoiced after Onboarding Acceptance under Section 3.3 and is payable within 30 days.

2.3 The Vendor shall issue VAT invoices through its appointed reseller in Shanghai. Late payment does not entitle the Vendor to suspend the Services unless an undisputed amount remains unpaid 30 days after a written reminder.

### Section 3 Onboarding

3.1 The Vendor shall configure the Customer's workspace, connect the Customer's Tmall, JD.com and Douyin stores, migrate about 260,000 historical tickets, build the Customer's routing rules and reply templates, and train 12 administrators, all by 26 September 2025.

3.2 Onboarding is complete when: (a) all three store connectors create tickets for test orders within 2 minutes; (b) the migrated tickets match the Customer's export in number and status; (c) routing rules assign test tickets to the right teams; (d) reporting dashboards show correct figures for a test week.

3.3 When the criteria are met, the Customer signs an Onboarding Acceptance certificate. Use of the Services before that date does not amount to acceptance.

3.4 If Onboarding Acceptance is delayed beyond 26 September 2025 for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay.

3.5 The Customer shall provide administrator access to its marketplace stores, an export of its historical tickets in the agreed format, and a project lead available for two half-day workshops each week during onboarding.

3.6 The Vendor shall provide an onboarding plan within 5 business days after signature, name an onboarding manager, and report progress to the Customer's project lead every week.

### Section 4 Special Terms

4.1 This Order Form expires at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

4.2 Customer contact: Ms Zhou Min, customer service director, who approves configuration changes and signs the acceptance certificate. Vendor contact: Mr Omar Haddad, account manager, supported by a Mandarin-speaking onboarding team in Shanghai.

## Part 2 - General Terms

### Section 5 Service Levels

5.1 The Vendor shall make the Services available 99.95% of the time in each calendar month, excluding maintenance windows announced 72 hours in advance and held between 01:00 and 05:00 Beijing time.

5.2 Support response times: Priority 1 (the Services are unavailable or agents cannot reply to customers): 30 minutes, at any time; Priority 2 (a main function is degraded): 2 business hours; Priority 3: 1 business day.

5.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly fee for each 0.1 percentage point or part of it, up to 25% of the monthly fee. Each missed Priority 1 response earns a credit of 2% of the monthly fee. Credits are set off against the next invoice.

5.4 The Vendor shall publish a monthly service report showing availability, incidents and response times.

5.5 Support is provided in Mandarin Chinese and English through the in-app chat, email and a telephone hotline. Priority 1 incidents may be reported by telephone at any time.

5.6 The Vendor shall give at least 30 days' notice of any change that removes or materially reduces a feature the Customer uses, and shall not make such a change during the Subscription Term without offering an equivalent feature.

### Section 6 Customer Data

6.1 Customer Data means all tickets, messages, attachments, customer contact details and other data submitted to the Services by or for the Customer. Customer Data belongs to the Customer.

6.2 The Vendor shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict staff access on a need-to-know basis with logged access, maintain ISO 27001 certification and an MLPS level 3 filing for the platform, and comply with the Personal Information Protection Law.

6.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the losses and costs caused by incidents attributable to the Vendor or its sub-processors.

6.4 The Customer grants the Vendor a perpetual licence to use ticket content and conversation data in aggregated and anonymised form to train and improve the AI reply suggestions and analytics features offered to all Vendor customers, during and after the Subscription Term.

6.5 Within 30 days after the end of the Subscription Term, the Vendor shall enable the Customer to export all Customer Data and shall then delete it.

### Section 7 Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties.

7.2 These duties last during the Subscription Term and for three years afterwards.

### Section 8 Intellectual Property

8.1 The Vendor owns the Services, the software and all improvements to them.

8.2 Customer Configurations, meaning the routing rules, macros, reply templates and knowledge articles written for the Customer, belong to the Customer. The Customer may use, modify, export and license them freely, also with another provider.

### Section 9 Subcontractors

9.1 The Vendor may engage subcontractors and sub-processors to perform any part of the Services. The Vendor will inform the Customer by email of each new subcontractor or sub-processor; the Customer's consent is not required.

9.2 The Vendor remains responsible for the performance of its subcontractors and sub-processors.

### Section 10 Limitation of Liability

10.1 The Vendor's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

### Section 11 Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

11.2 The Customer may also terminate if availability falls below the commitment in three months of any Subscription Year.

11.3 On termination for the Vendor's breach, the Vendor shall refund the prepaid fees for the remaining period.

### Section 12 Customer Responsibilities

12.1 The Customer is responsible for the content it submits, for obtaining any consents its shoppers must give under the Personal Information Protection Law, and for keeping its agents' passwords secret.

12.2 The Customer shall not use the Services to send unsolicited marketing messages or to store payment card numbers.

### Section 13 Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### Section 14 General

14.1 Notices are given by email to the contacts in Section 4.2 and confirmed in writing.

14.2 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

14.3 This Order Form is signed in English and Chinese; both versions have equal effect.

Signed for the Customer: ____________

Signed for the Vendor: ____________
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE MONITORING SENSORS
P:Contract No. BL-CC-2025-112
P:Buyer: Ningbo Beilun Cold Chain Logistics Co., Ltd., 19 Gangkou Road, Beilun District, Ningbo, Zhejiang, China
P:Supplier: Carmel Sense Ltd., 12 Ha-Atsmaut Road, Haifa, Israel
P:The Buyer operates a cold store site in Beilun with six freezer chambers, four chilled chambers and a loading dock. Following its invitation to bid, the Buyer has accepted the Supplier's bid for a wireless temperature, humidity and door monitoring system. The parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, monitoring software and accessories listed in Clause 2, installed and working together.
P:1.2 "Site" means the Buyer's cold store at 19 Gangkou Road, Beilun, Ningbo.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
P:1.4 "Buyer Data" means all readings, alarms, logs, user accounts and configurations created by or for the Buyer in the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System and train the Buyer's staff. All prices are in CNY and include taxes, duties, transport to the Site and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +30 C, calibrated|420|1,180|495,600
TB:2|Wireless temperature and humidity sensor|120|1,460|175,200
TB:3|Door open and close sensor|96|620|59,520
TB:4|Gateway with 4G backup|18|8,600|154,800
TB:5|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,071,120
TB:6|Installation, calibration and commissioning|1|138,000|138,000
TB:7|Training|1|16,880|16,880
TB:|Contract Price|||1,226,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working System.
P:2.3 The Supplier shall supply mounting brackets, cable, batteries for the first 36 months of operation, a spare parts kit of ten temperature sensors and one gateway, and all tools needed for installation.
P:2.4 The Buyer shall provide power outlets at the gateway positions, a virtual server for the monitoring software at the Site, network access and escorted entry to the chambers.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price is paid within 30 days after the Installation Certificate, which confirms that all items are installed and powered. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price is paid within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid invoice issued by the Supplier's Shanghai agent.
P:3.5 The Supplier shall give the Buyer an itemised packing list with serial numbers for every delivery. Items damaged in transport are replaced at the Supplier's cost before installation continues.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all items to the Site within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 Installation work is done in the chambers while they operate. The Supplier's staff shall follow the Buyer's cold store safety rules, wear the protective clothing provided and limit each stay in the freezer chambers as the Buyer's safety officer directs.
P:4.3 If the Supplier fails to complete installation on time for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.4 The Supplier shall submit a sensor placement plan within 20 days after signature for the Buyer's approval. The plan shall show at least one sensor for every 40 square metres of floor in each chamber, sensors at the door and evaporator of each chamber, and the radio coverage test results for each gateway position.
P:4.5 The Supplier shall provide calibration certificates for every sensor issued by an accredited laboratory, and the documentation in Chinese and English.
H:5. Acceptance
P:5.1 After installation the System runs a trial period of 30 days.
P:5.2 The acceptance criteria are: (a) every sensor reads within plus or minus 0.3 C of a calibrated reference at three points; (b) no sensor misses more than three scheduled readings in a row during the trial period; (c) alarms reach the duty phone within 60 seconds in tests of every chamber; (d) the 4G backup takes over within 2 minutes when the wired network is cut; (e) reports meet the Buyer's GSP record-keeping template.
P:5.3 When all criteria are met, the Buyer signs the Final Acceptance certificate. Delivery, installation, use or payment does not by itself constitute acceptance. A failed test is repeated at the Supplier's cost after correction.
P:5.4 Within 10 days after Final Acceptance the Supplier shall hand over the as-built sensor map, the gateway and server configuration, administrator passwords and the calibration records, so that the Buyer can run the System on its own.
P:5.5 The Buyer may keep using the System during the trial period for its daily temperature records, and this use does not shorten the trial period.
H:6. Warranty and Support
P:6.1 The System is under warranty for 36 months after Final Acceptance. During the warranty the Supplier repairs or replaces defective items free of charge, including batteries that fail before their rated life, and provides software updates.
P:6.2 Support response: Severity 1 (monitoring lost for a whole chamber or the software is down): response within 30 minutes and restoration within 6 hours; Severity 2 (single sensors or a gateway fail): response within 2 hours and repair within 2 days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 500 from any amount due to the Supplier.
P:6.4 After the warranty, the Supplier shall offer support at 6% of the Hardware and Licence Subtotal per year, that is CNY 64,267.20 per year, fixed for the first two years after the warranty. Support is ordered each year by purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in China and shall recalibrate every sensor once during the warranty period.
P:6.6 Training covers the Buyer's duty officers, quality staff and IT administrators in two sessions at the Site, with a Chinese user manual and an alarm handling guide.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 The software runs on the Buyer's server at the Site. The Supplier may access it remotely only through the Buyer's VPN, after approval for each session, and shall not copy Buyer Data out of the Buyer's network.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident it causes or discovers, help contain it and bear the losses caused by its breach of this Clause.
P:7.4 The Supplier shall not connect any gateway to a cloud service of its own. Alarm notifications are sent only through the Buyer's SMS gateway and the Buyer's own messaging accounts, and the Supplier shall configure them accordingly.
P:7.5 When a sensor or gateway is taken away for repair, the Supplier shall erase any stored readings first and record the erasure.
H:8. Confidentiality
P:Each party shall keep confidential the non-public information received from the other party under this Contract, including the Buyer's site layout and customer information, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:9. Intellectual Property
P:9.1 The software and firmware remain the Supplier's property and are licensed to the Buyer perpetually under Clause 2.
P:9.2 Chamber layouts, alarm rules, report templates and other configurations made for the Buyer belong to the Buyer, who may modify and use them freely.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 8, which are not limited.
H:11. Insurance
P:The Supplier shall hold public liability insurance and insurance for its staff working at the Site for the whole installation period and shall give the Buyer copies of the policies before work starts.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Clause 4.3 reach their maximum.
H:14. Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, including export licence delays that the Supplier could not avoid with due care, provided it notifies the other party within 5 days and keeps the delay as short as possible.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
P:This Contract is signed in two originals in English and Chinese, one for each party; both language versions have equal effect. Annex 1: Sensor placement plan. Annex 2: Acceptance test plan. Annex 3: Supplier's technical bid of 21 July 2025.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICE DESK AND END-USER SUPPORT AGREEMENT

Agreement No. HY-MS-2025-027

This Agreement is made on 5 September 2025 between:

1. **Qingdao Haiyue Supermarket Co., Ltd.**, 201 Xianggang Middle Road, Qingdao, Shandong, China (the "Customer"); and
2. **Najd Digital Services Company**, King Fahd Road, Al Olaya, Riyadh, Kingdom of Saudi Arabia, acting through its branch office in Qingdao (the "Provider").

The Customer runs 46 supermarkets, a head office and two distribution centres in Shandong. It wishes to outsource its IT service desk and the support of store computers, point-of-sale terminals and printers. The Provider has offered to provide these services from its service centre in Qingdao. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means 1 November 2025, or the later date on which the Customer signs the Service Commencement Certificate under Clause 4.

1.3 "Term" means the 24 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its staff and its shoppers that the Provider's personnel can see or handle while performing the Services, including data on devices, in tickets and in the Customer's systems.

## 2. Services

2.1 The Provider shall provide the Services in Schedule 1 at the service levels in Schedule 2 throughout the Term.

2.2 The Provider shall staff the service desk with Mandarin-speaking agents from 07:00 to 23:00 every day, and provide an on-call engineer outside those hours.

2.3 The Provider shall keep a stock of spare point-of-sale terminals and receipt printers, supplied by the Customer, at its Qingdao service centre and at the two distribution centres.

2.4 The Provider shall use the Customer's ticketing system and telephony platform, which the Customer licenses, and shall follow the Customer's change management process for any change to store systems.

2.5 The Provider shall attend a quarterly improvement meeting and propose at least two measures each quarter to reduce repeat incidents.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. At the Customer's request they are stated and paid in CNY and include VAT.

3.2 The monthly service charge is invoiced at the end of each month and paid within 30 days after the Customer confirms the monthly service report.

3.3 The transition fee is invoiced after the Service Commencement Certificate is signed. No amount is payable in advance.

3.4 The Customer may deduct service credits under Schedule 2 from the next invoice.

## 4. Transition and Service Commencement

4.1 Before the Service Commencement Date the Provider shall take over the asset register, open tickets and knowledge articles from the Customer's current supplier, set up the service desk tools and telephone numbers, and visit every store.

4.2 Service commencement is accepted when: (a) the asset register is reconciled with a physical check of every store; (b) the service desk handles test calls and tickets from 10 stores correctly; (c) the escalation paths to the Customer's application teams are tested; (d) the Provider's staff have passed the Customer's security induction.

4.3 When the criteria are met, the Customer signs a Service Commencement Certificate. The start of ticket handling does not by itself mean acceptance.

4.4 If the Service Commencement Certificate is delayed beyond 1 November 2025 for reasons attributable to the Provider, the Provider shall pay delay damages of 0.02% of the Total Contract Value for each day of delay.

## 5. Personnel

5.1 The Provider shall name a service manager who attends a monthly review meeting at the Customer's head office.

5.2 Field engineers shall carry identification, follow store rules and work outside trading peaks unless a Priority 1 incident requires otherwise. Visits to stores are booked through the store manager, and engineers sign the store visitor log on arrival and departure.

5.3 The Provider shall give the Customer 30 days' notice before replacing the service manager or more than a quarter of the field engineers assigned to the Customer in any quarter.

5.4 The Provider shall train its staff on the Customer's store systems before they start work and shall keep training records.

5.5 The Provider shall carry out background checks, as allowed by law, on every person who works on the Customer's premises or has administrator access to its systems, and shall remove any person whom the Customer reasonably objects to.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use it only to perform the Services.

6.2 The Customer is solely responsible for the security, backup and protection of its systems and Customer Data. The Provider gives no undertaking on data security and accepts no responsibility for any loss, corruption, disclosure or unauthorised access to Customer Data, however caused.

6.3 The Provider shall follow the Customer's instructions on the handling of devices returned from stores, but the Customer decides whether and how any device is wiped before repair or disposal.

6.4 The Provider's staff may use the administrator accounts that the Customer grants them only for tickets assigned to them. The Customer may withdraw any account at any time without giving reasons.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement and shall not disclose it to any third party without the other party's prior written consent.

7.2 This obligation survives for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps its service desk tools and methods.

8.2 Knowledge articles, runbooks, asset records and reports created for the Customer belong to the Customer, who may use, modify and pass them to any successor provider.

8.3 The Provider may use general know-how gained in performing the Services for other clients, provided it does not use any Customer Data or the Customer's confidential information.

## 9. Liability

The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

## 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. It remains responsible for any approved subcontractor.

## 11. Term, Renewal and Termination

11.1 This Agreement runs for the Term and then expires. Any extension must be agreed in writing, and the charges for an extension are agreed at that time.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if service credits reach their monthly maximum in three consecutive months.

11.3 On expiry or termination the Provider shall hand over all records, tickets and knowledge articles to the Customer or its new supplier and cooperate in the exit for up to 60 days.

## 12. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Typhoons affecting Qingdao are force majeure only for the stores and days actually affected.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## Schedule 1 - Services

| Service | Scope |
|---|---|
| Service desk | Telephone, WeChat and portal contact for about 2,900 users; logging, triage and first-line fixes |
| Store support | Remote and on-site support for 46 stores: 410 POS terminals, 120 PCs, 230 printers and scanners |
| Head office and DC support | Desk-side support for 380 users and 64 warehouse handhelds |
| Asset management | Asset register, moves and changes, disposal records |
| Reporting | Monthly service report and quarterly improvement plan |

## Schedule 2 - Service Levels and Credits

| Priority | Example | Response | Restoration | Credit per missed incident |
|---|---|---|---|---|
| Priority 1 | All tills in a store or the central POS server down | 15 minutes | 3 hours | CNY 1,500 |
| Priority 2 | Several tills or a DC scanner group down | 30 minutes | 8 hours | CNY 600 |
| Priority 3 | A single user or device affected | 2 hours | 2 business days | CNY 100 |

Service credits in any month are capped at 10% of that month's service charge. Restoration times run from the moment the incident is logged or reported by telephone, whichever is earlier.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 58,000 per month x 24 months | 1,392,000 |
| Transition fee | One-time | 68,000 |
| Total Contract Value | | 1,460,000 |

This Agreement is signed in two originals, one for each party, in English and Chinese; both versions have equal effect.

Signed for the Customer: ____________

Signed for the Provider: ____________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. XM-DATA-2025-09

PARTIES

Customer: Xiamen Haitong Shipping Agency Co., Ltd., 8 Lujiang Road, Siming District, Xiamen, Fujian, China.

Provider: Gulf Tide Data LLC, Knowledge Oasis Muscat, Rusayl, Muscat, Sultanate of Oman.

BACKGROUND

The Customer acts as ship agent at the ports of Xiamen, Fuzhou and Quanzhou and needs reliable vessel position, port call and marine weather data for its operations and for the arrival notices it sends to principals. The Provider runs the TideLink data platform, which gives access to such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the TideLink REST API, its documentation and the keys issued to the Customer.

1.2 "Provider Data" means vessel positions, port calls, estimated times of arrival, berth data, tidal data and marine weather data supplied through the API, whether derived from AIS signals, port authority sources or weather models.

1.3 "Customer Data" means the vessel watch lists, query logs, user accounts, API keys and any other data the Customer submits to the platform.

1.4 "Subscription Year" means the period from 1 October 2025 to 30 September 2026, the period from 1 October 2026 to 30 September 2027, and each renewal period under Clause 9.

1.5 "Historical Data Package" means the port call and vessel track records for the ports of Xiamen, Fuzhou and Quanzhou from January 2020 to September 2025, delivered once as files.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the subscription, a non-exclusive, non-transferable right to call the API and to use Provider Data in its own business, including in arrival notices, statements of facts and reports to its principals.

2.2 The Professional plan includes 1,500,000 API calls per month and 25 user accounts for the web console. Calls above the monthly allowance are charged at CNY 0.02 per call.

2.3 The initial subscription runs for two Subscription Years, from 1 October 2025 to 30 September 2027.

2.4 The Provider shall give the Customer a test key with a separate allowance of 50,000 calls per month for development, free of charge.

2.5 The Customer shall not resell Provider Data as a data feed or make the API keys available to third parties, but it may share individual vessel and port call information with its principals, shipowners and port authorities in the normal course of its agency business.

3. FEES

3.1 At the Customer's request all fees are in CNY and include VAT.

3.2 Subscription fee: CNY 18,500 per month, that is CNY 444,000 for the two Subscription Years.

3.3 Historical Data Package: CNY 56,000, one-time.

3.4 Total Contract Value: CNY 500,000. Overage charges under Clause 2.2 are not part of it.

4. PAYMENT

4.1 The subscription fee is invoiced quarterly at the start of each calendar quarter after the service start date and paid within 30 days. Nothing is payable before 1 October 2025.

4.2 The Historical Data Package is invoiced after its acceptance under Clause 5 and paid within 30 days.

4.3 Overage charges are invoiced quarterly in arrears.

5. DELIVERY AND ACCEPTANCE OF THE HISTORICAL DATA PACKAGE

5.1 The Provider shall deliver the Historical Data Package by 31 October 2025.

5.2 The package is accepted when the Customer's checks show that: (a) it covers every month of the period and all three ports; (b) a sample of 500 port calls matches the Customer's own agency records for arrival and departure dates; (c) the files load into the Customer's data warehouse without format errors.

5.3 The Customer confirms acceptance in writing within 10 days after delivery, or lists the defects, which the Provider shall correct before the checks are repeated.

5.4 If the package is delivered late for reasons attributable to the Provider, the Provider shall pay CNY 400 for each day of delay.

6. SERVICE LEVELS

6.1 The Provider shall keep the API available 99.5% of the time in each calendar month, not counting maintenance announced 48 hours in advance.

6.2 Support: Severity 1 (the API is unavailable or returns no positions): response within 1 hour at any time; Severity 2 (delayed or partial data): response within 8 business hours; other questions within 2 business days.

6.3 If monthly availability falls below the commitment, the Customer receives a credit of 10% of the monthly fee for each full percentage point or part of it below the commitment, up to half of the monthly fee.

6.4 The Provider shall publish monthly availability figures on its status page and send the Customer a monthly usage report showing API calls, error rates and any overage.

6.5 The Provider shall update vessel positions at least every 3 minutes for vessels within 50 nautical miles of the three ports, and shall correct a reported data error within 2 business days.

6.6 The Provider shall keep the API backward compatible during the subscription. It shall announce any new API version at least 90 days before the previous version is withdrawn.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the API and the console to the Customer, and shall not use it for any other purpose.

7.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for its administrators and logging of all access, and shall comply with the data protection laws that apply to it and with the PRC Personal Information Protection Law as far as it applies.

7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data or API keys, revoke exposed keys, and compensate the Customer for the losses caused by an incident attributable to the Provider.

7.4 On expiry or termination the Provider shall return the watch lists on request and delete Customer Data within 30 days.

7.5 The Provider shall keep access logs for the Customer's account for at least 180 days and make them available to the Customer on request.

8. NO CONFIDENTIALITY UNDERTAKINGS

The parties have not agreed any confidentiality obligations under this Agreement. Information exchanged between them is not treated as confidential unless they sign a separate non-disclosure agreement.

9. RENEWAL AND PRICE CHANGES

9.1 At the end of the initial subscription this Agreement renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current period.

9.2 The Provider may increase the subscription fee for any renewal period by up to 10% by notice given 30 days before the renewal date.

9.3 The Customer may reduce its plan to the Standard plan for any renewal period by notice given with its renewal order, with the fee of the Standard plan then in force.

10. INTELLECTUAL PROPERTY

10.1 Provider Data and the API remain the property of the Provider and its data sources.

10.2 The port-call dashboard and the two arrival-notice report templates that the Provider configures for the Customer belong to the Customer, who may use, modify and license them freely.

10.3 The Customer may display Provider Data in its own systems and documents with the attribution Source: TideLink. The Provider's name may not be used in advertising without its consent.

11. LIABILITY

The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct and the Provider's obligations under Clause 7, which are not limited.

Neither party is liable for indirect loss or loss of profit, and the Provider does not guarantee that estimated times of arrival will be accurate.

12. SUBCONTRACTING

The Provider shall not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent, and remains responsible for any approved subcontractor.

13. TERMINATION

13.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice.

13.2 After such termination the Provider shall refund the fees paid for the period after the termination date. The Provider may suspend API keys only for non-payment of undisputed fees, after written notice.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

15. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, including failures of satellite or terrestrial AIS networks that the Provider does not operate, provided it notifies the other party promptly and restores the service as soon as possible.

16. GENERAL

16.1 Notices are given by email to the contacts named in the order confirmation and confirmed in writing. Each party shall inform the other promptly of any change of contact person, address or email.

16.2 This Agreement is made in English and Chinese; both versions have equal effect.

SIGNATURES

For the Customer: ____________ Date: ____________

For the Provider: ____________ Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels, checks
# ---------------------------------------------------------------------------------------------------------------
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

FILES = {
    "h420z01": ("h420z01_weather_modification_command_platform.pdf", "zh", "pdf", Z01),
    "h420z02": ("h420z02_tile_press_control_retrofit_maintenance.docx", "zh", "docx", Z02),
    "h420z03": ("h420z03_dance_school_chain_scheduling_saas.txt", "zh", "txt", Z03),
    "h420z04": ("h420z04_funeral_service_centre_system_om.txt", "zh", "txt", Z04),
    "h420z05": ("h420z05_peanut_oil_traceability_supplier_template.md", "zh", "md", Z05),
    "h420e01": ("h420e01_turkey_cmms_perpetual_licence.pdf", "en", "pdf", E01),
    "h420e02": ("h420e02_uae_service_desk_saas_order_form.md", "en", "md", E02),
    "h420e03": ("h420e03_israel_cold_store_sensors_supply.docx", "en", "docx", E03),
    "h420e04": ("h420e04_saudi_managed_service_desk.md", "en", "md", E04),
    "h420e05": ("h420e05_oman_marine_data_api_subscription.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# price sums (asserted), TCO inputs for goods: (fee base, fee pct, warranty months)
assert 980000 + 640000 + 96000 + 24000 == 1740000
assert 672000 + 226000 + 72000 + 138000 == 1108000 and 1108000 + 126000 + 48000 + 18000 == 1300000
assert 27 * 9600 == 259200 and 2 * 259200 + 46600 == 565000
assert 216000 + 64000 + 52000 + 36000 == 368000 and 4 * 92000 == 368000
assert 860000 + 260000 + 120000 == 1240000 and 1240000 + 380000 + 80000 == 1700000
assert 120 * 6800 == 816000 and 816000 + 96000 == 912000 and 912000 + 268000 + 32000 == 1212000
assert 80 * 2160 == 172800 and 2 * (172800 + 24000) + 36400 == 430000
assert 420 * 1180 + 120 * 1460 + 96 * 620 + 18 * 8600 + 186000 == 1071120 and 1071120 + 138000 + 16880 == 1226000
assert 24 * 58000 == 1392000 and 1392000 + 68000 == 1460000
assert 24 * 18500 == 444000 and 444000 + 56000 == 500000

LABELS = {
    # avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind
    "h420z01": ("software", terms(99.99, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                                  False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1740000)),
    "h420z02": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 36, 7,
                                  False, True, True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1300000)),
    "h420z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None,
                               True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=565000)),
    "h420z04": ("services", terms(None, 20 / 60, False, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                  None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000)),
    "h420z05": ("software", terms(None, None, False, "supplier", True, False, True, None, None, 50, False, False, 6,
                                  26, False, True, None, None, G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=1700000)),
    "h420e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11,
                                  False, True, False, "Turkey", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1212000)),
    "h420e02": ("cloud", terms(99.95, 0.5, True, "buyer", True, False, True, 300 / 430000 * 100, 6 / 24 * 100, None,
                               True, None, None, None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=430000)),
    "h420e03": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 6,
                                  False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1226000)),
    "h420e04": ("services", terms(None, 0.25, True, "buyer", False, True, True, 0.02, 150, None, True, None, None,
                                  None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1460000)),
    "h420e05": ("cloud", terms(99.5, 1, True, "buyer", True, True, False, 400 / 500000 * 100, 150, None, True, None,
                               None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=500000)),
}

# TCO inputs for the goods / licence drafts: itemised licence or hardware subtotal (fee base)
FEE_BASE = {"h420z01": 980000, "h420z02": 1108000, "h420z05": 1240000, "h420e01": 912000, "h420e03": 1071120}
# forum outside mainland China (design fact, not a label key)
FOREIGN_FORUM = {"h420e01"}

DESIGN = {
    "h420z01": [],
    "h420z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h420z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h420z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h420z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h420e01": ["CR-GOVERNING-LAW"],
    "h420e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h420e03": [],
    "h420e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h420e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """Policy section 4, my reading: horizon 5 years from acceptance, warranty first, fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None, None
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    tco = x["contract_value"] + fees
    return tco, fees / tco * 100


def expected_rules(key, t, x):
    """My own reading of policy.md section 3 (not project code)."""
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        _, share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold scan ------------------------------------------------------------------------------------------
PCT = r"\s*(?:[%％]|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*个?\s*小时", r"四\s*个?\s*小时", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])4[\s-]*(?:working|business|clock)?[\s-]*(?:hours?|hrs?|h)\b", r"\bfour[\s-]*(?:working|business)?[\s-]*hours?",
    r"(?<![\d.])0\.050*(?!\d)" + PCT, r"万分之五(?![十百千\d])", r"(?<![\d.])0\.00050*(?!\d)",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"\bone\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?", r"\btwelve[\s-]*months?", r"一\s*年",
    r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*年", r"五\s*年", r"(?<![\d.])5[\s-]*years?\b", r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*个?\s*月", r"六十\s*个?\s*月", r"(?<![\d.])60[\s-]*months?",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "240分钟", "4 hours", "four hours", "4-hour", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "5 年", "五年", "five years",
            "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "2025 年", "万分之五十",
             "服务年度", "Subscription Year", "14 hours", "1.5%", "130%", "35%", "140%", "0.055%", "120 days",
             "3 years", "2015年", "12月", "400 per day", "45%", "第十五条", "25 user accounts"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
        assert hits("条款 " + s + " 之后"), "must hit in context: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---- read back ----------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def raw_text(src, fmt):
    if fmt in ("docx", "pdf"):
        return "\n".join(re.sub(r"^(T|P|H|LN|TB):", "", ln).replace("|", " ") for ln in src.splitlines())
    return src


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    problems = []
    for k, (name, lang, fmt, src) in FILES.items():
        cat, t, x = LABELS[k]
        rules = expected_rules(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        tco, share = tco_share(k, t, x) if t["contract_kind"] == G else (None, None)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        text = read_back(OUT / name)
        if lang == "zh":
            n, n_ns = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            size = "%d chars (%d non-space)" % (n, n_ns)
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            size = "%d words" % n
        for where, tx in (("built", text), ("source", raw_text(src, fmt))):
            for pat, ctx in hits(tx):
                problems.append("%s %s threshold text %r near %r" % (k, where, pat, ctx))
        if not ok:
            problems.append("%s length out of range: %s" % (k, size))
        extra = "" if share is None else "  TCO %.1f, share %.2f %%" % (tco, share)
        print("%-8s %-4s %-20s %-6s %s%s" % (k, lang, size, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
                                            extra))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    print("all 20 rules covered")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("no threshold text; all lengths in range")


if __name__ == "__main__":
    main()
