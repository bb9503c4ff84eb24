import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py)
"""holdout331 — ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes every contract (.txt/.md directly; .docx/.pdf through ../word_pdf.py `write(..., wrap_words=True)`) and its
.json label, then reads every built file back and asserts: text length ranges, no threshold figure in any text (raw,
whitespace-normalised and, for Chinese, whitespace-free copies), derived labels off every threshold, the mix, and that
each of the 20 CR rules of policy.md is expected at least once. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------------------------------------------- z01 (pdf)
H331Z01 = """T:青川市古树名木保护管理平台建设项目合同
P:合同编号：QCLC-2026-ZFCG-017
P:采购方式：公开招标（招标编号：QC2026-GK-0421）
P:甲方（采购人）：青川市林业和草原局，地址：青川市滨江路88号
P:乙方（供应商）：杭州绿脉信息技术有限公司，地址：杭州市西湖区文三路259号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青川市古树名木保护管理平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设青川市古树名木保护管理平台，包括古树名木电子档案、日常巡查养护、健康监测预警、公众扫码认养及统计分析五个子系统，以及配套的移动巡查APP和监测终端。
P:1.2 乙方负责对全市已登记的1,860株古树名木开展补充调查，完成树高、胸围、冠幅、生长势、立地环境及照片等信息的采集、核对和入库，并为每株古树生成二维码铭牌数据。
P:1.3 平台部署于青川市政务云，乙方不得将平台及数据部署于其他环境。项目实施地点为甲方指定地点及各乡镇古树所在地。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾玖万元整（¥1,590,000.00），为固定总价，包含软件、设备、开发、数据采集、安装调试、培训、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|古树名木管理平台软件许可（含GIS一张图、移动巡查APP）|1套|468,000
TB:2|监测终端（倾斜、土壤温湿度传感）|60套|228,000
TB:3|定制开发（档案、巡查、预警、认养、统计五个子系统）|1项|612,000
TB:4|古树补充调查及数据建库|1,860株|223,200
TB:5|安装部署及培训|1项|58,800
TB:合计|||1,590,000
P:2.3 其中软件许可及设备小计为人民币696,000元，作为质保期满后维护费的计算基数。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函后15个工作日内支付合同总价的20%作为预付款，即318,000元。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即715,500元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即556,500元。
P:3.4 乙方每次收款前应开具合法足额的增值税发票。因财政资金拨付审批产生的合理延迟，不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起90日内完成平台部署、设备安装及数据入库，具备初步验收条件；初步验收通过后进入试运行，试运行期为60日。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后执行。乙方项目经理须为投标文件所列人员，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）五个子系统功能与招标文件技术需求逐项相符；（2）1,860株古树信息全部入库，甲方按10%比例抽样实地核对，关键字段差错率不超过1%；（3）60套监测终端全部在线，并按设定频率上传数据；（4）并发200用户时页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部整改完毕，通过第三方安全测评，且乙方已提交源代码、数据字典、操作手册等全部技术文档。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用系统或支付款项，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为自最终验收合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本更新、设备维修更换及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供后续维护服务，年度维护费不超过第2.3款所列小计的9%（即每年不超过62,640元），且自质保期满起三个服务年度内不上调。后续维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级响应：一级故障（平台整体无法访问或监测预警中断）乙方接报后30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日内处理。
P:7.3 乙方未达到上述响应或恢复时限的，每超过1小时扣减1,000元；月度可用率每低于约定值0.01个百分点扣减2,000元。扣减款从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 古树名木档案、巡查记录、监测数据、认养人信息及平台产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应按网络安全等级保护第二级要求落实访问控制、日志审计、数据备份和加密传输，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、珍稀古树坐标等敏感信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第十条 知识产权
P:10.1 本项目定制开发的软件、源代码、数据库结构及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。
P:10.2 乙方原有平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可自行或委托第三方进行修改和二次开发。
P:10.3 乙方保证所提供的软件和设备不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:11.2 乙方提供的产品或服务不符合合同约定的，应在甲方规定期限内无偿整改；整改后仍不合格的，甲方有权拒收，并要求乙方赔偿损失。
H:第十二条 分包
P:12.1 本项目不得分包，亦不得转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的成果和全部数据，并配合甲方完成迁移。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青川市人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清文件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市林业和草原局　　　乙方（盖章）：杭州绿脉信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　　法定代表人或授权代表：＿＿＿＿
P:日期：2026年＿月＿日　　　日期：2026年＿月＿日
"""

# ---------------------------------------------------------------------------------------------------- z02 (docx)
H331Z02 = """T:挤压生产线控制系统改造合同
P:合同编号：HT-JY-2026-0615
P:甲方（买方）：肇庆鸿拓铝型材有限公司
P:住所：广东省肇庆市高要区金利镇工业大道12号
P:乙方（卖方）：无锡恒控自动化工程有限公司
P:住所：江苏省无锡市新吴区长江路36号
P:鉴于甲方现有三号、四号挤压生产线控制系统老化，故障频繁，甲方决定对其进行改造；乙方具备工业自动化系统集成能力，愿意承接本项目。双方经友好协商，订立本合同。
H:一、项目范围
P:（一）乙方负责拆除三号、四号挤压生产线原有控制柜，供货、安装并调试新的主控PLC系统、挤压机伺服泵控系统、棒炉及模具炉温控单元、牵引机及在线淬火控制系统、操作HMI，并部署生产数据采集软件，实现与甲方MES系统的数据对接。
P:（二）改造完成后，两条生产线应实现挤压速度闭环控制、等温挤压、模具温度自动补偿和生产数据自动上传。
P:（三）乙方应在甲方安排的停机窗口内完成切换，每条生产线停机时间不超过10日。
H:二、合同价款
P:（一）本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），包括设备、软件许可、程序编制、安装拆旧、调试、培训、运输、保险及税费。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及扩展模块|2套|186,000|372,000
TB:2|挤压机伺服泵控系统|4台套|148,500|594,000
TB:3|棒炉及模具炉温控单元|4套|41,250|165,000
TB:4|牵引机及在线淬火控制系统|2套|96,000|192,000
TB:5|HMI触摸屏及工控机|6台|18,500|111,000
TB:6|生产数据采集软件许可（含MES接口）|1套|158,000|158,000
TB:|设备及软件许可小计|||1,592,000
TB:7|程序编制及调试|1项|226,000|226,000
TB:8|安装、拆旧及停机改造|1项|138,000|138,000
TB:9|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,980,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变化而调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计396,000元。
P:（二）全部设备到达甲方现场并经双方清点签收后10个工作日内，甲方支付合同总价的35%，计693,000元。到货签收仅确认数量和外观，不构成验收。
P:（三）两条生产线均通过最终验收后10个工作日内，甲方支付合同总价的38%，计752,400元。
P:（四）余款7%计138,600元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方现场，并于到货后45日内完成两条生产线的安装和调试。
P:（二）乙方施工人员应遵守甲方的安全生产管理制度，动火、登高、带电作业须办理作业票。
P:（三）改造前，乙方应完成原控制系统程序和工艺参数的完整备份，并编制停机切换方案，经甲方生产部和设备部会签后实施。切换后生产线无法正常运行的，乙方应在6小时内恢复原系统运行，由此增加的费用由乙方承担。
P:（四）拆除的旧控制柜、电缆及元器件归甲方所有，乙方应分类整理后堆放至甲方指定地点，不得自行处置。
P:（五）乙方应指定一名具有五个以上同类项目经验的项目经理常驻现场，未经甲方同意不得更换。
H:五、验收
P:（一）验收标准：1.I/O点位逐一测试正确；2.挤压速度控制偏差不超过±2%；3.模具温度控制偏差不超过±5℃；4.连续72小时带料生产无停机故障；5.生产数据向MES上传完整且与现场仪表一致；6.乙方已提交程序源文件、电气图纸及操作手册。
P:（二）两条生产线分别进行单线验收，全部合格后由双方签署最终验收报告。设备投入生产、甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在15日内整改并重新组织验收，费用由乙方承担。
H:六、质量保证与维保服务
P:（一）质保期为自最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运输费用。
P:（二）故障响应：生产线停机类故障（一级故障）乙方接报后30分钟内电话响应，3小时内到达现场，8小时内排除；其他故障24小时内到场处理。乙方未按时到场的，每迟延1小时向甲方支付2,000元。
P:（三）质保期满后，乙方提供年度维保服务，内容包括每季度巡检、程序优化、7×24小时故障响应及备品备件更换。年度维保费按设备及软件许可小计的26%计收，即每年413,920元，该费用固定不变，不随物价上涨调整。
P:（四）维保服务按服务年度由甲方下达订单确认，不自动续期。
P:（五）乙方应在甲方现场储备伺服驱动器、PLC模块、温控仪表等关键备件，备件清单作为本合同附件，质保期内备件消耗后由乙方及时补足。
H:七、生产数据安全
P:（一）生产线运行参数、挤压工艺配方、能耗及产量数据等全部生产数据归甲方所有，乙方仅可为调试和维保目的访问，不得用于其他用途。
P:（二）乙方远程维护须经甲方设备部逐次批准，通过甲方提供的工业防火墙和VPN接入，操作全程留存日志；乙方不得在现场设备上安装与本项目无关的软件，接入的调试电脑须经查毒。
P:（三）因乙方原因导致生产数据丢失、被篡改或控制系统感染病毒的，乙方应立即恢复，并赔偿甲方停产及其他损失。
H:八、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面及接口程序的源文件归甲方所有，甲方可自行修改或委托他人修改。
P:（二）乙方保证所供设备和软件不侵犯第三方的知识产权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:（三）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
H:十、分包
P:（一）乙方如需将拆旧及电缆敷设工作交由第三方完成，须事先取得甲方书面同意，并对分包方的行为承担全部责任。
H:十一、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未纠正的，或逾期交货超过45日的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交肇庆仲裁委员会仲裁。
H:十三、培训与技术资料
P:（一）乙方应在调试期间为甲方电气人员提供不少于五个工作日的现场培训，为挤压机操作工提供分班次的操作培训，培训后甲方人员应能独立完成程序备份、参数修改和常见故障处理。
P:（二）乙方应在最终验收前交付电气原理图、接线图、I/O点表、程序注释、备件清单和操作维护手册的纸质版及电子版各两套。
H:十四、甲方义务
P:（一）甲方应按约定提供停机窗口、施工用电和设备临时堆放场地，并指定设备部负责人作为项目联系人。
P:（二）甲方应在收到乙方验收申请后7日内组织验收，无正当理由拖延的，乙方可书面催告。
H:十五、其他
P:（一）本合同附件包括技术协议、设备清单、备件清单及停机切换方案，附件与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：肇庆鸿拓铝型材有限公司　　乙方（盖章）：无锡恒控自动化工程有限公司
P:代表签字：＿＿＿＿　　代表签字：＿＿＿＿
P:签订日期：2026年＿月＿日
"""

# ---------------------------------------------------------------------------------------------------- z03 (txt)
H331Z03 = """课栈云排课收费系统订阅及实施服务合同

合同编号：KZY-SC-2026-0088

甲方：成都童码星球教育科技有限公司
地址：成都市高新区天府三街199号
乙方：厦门课栈云科技有限公司
地址：厦门市思明区软件园二期观日路24号

甲方在成都、绵阳、德阳等地经营20个少儿编程培训校区，需要统一的排课、课消、收费及家长服务系统。乙方为“课栈云”教务SaaS平台的运营方。双方经协商，就甲方订阅该平台并由乙方提供实施服务事宜达成如下协议。

第一条 服务内容
（1）乙方向甲方20个校区开通课栈云平台，包括排课及教室管理、学员档案、课时消耗、收费及退费、教师课酬、家长小程序、经营报表等模块。
（2）乙方负责实施服务：历史学员、课包及余额数据迁移，20个校区的组织架构和收费规则配置，与甲方微信支付商户号及财务系统的对接，校区管理员及教师培训。
（3）乙方为甲方定制“编程作品展示”家长端页面及“续费预警”报表，作为实施服务的一部分交付。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。每个服务年度结束时，甲方可按实际开通校区数增减订阅。
（2）服务期满后本合同终止，不自动续期。甲方如需续订，双方另行协商签订续订协议。

第三条 费用
（1）订阅费：每校区每服务年度9,600元，20个校区每服务年度合计192,000元，三个服务年度合计576,000元。
（2）实施费：一次性68,000元，含数据迁移、配置、支付对接、培训及第一条第（3）项定制内容。
（3）合同总金额为644,000元（含税）。服务期内订阅单价不上调。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）订阅费按季度结算，乙方于每个季度首月10日前开具发票，甲方于收到发票后15个工作日内支付该季度订阅费48,000元。首个季度自上线验收合格之日起算。
（3）上线验收合格前，甲方无需支付任何款项。
（4）服务年度内甲方新增校区的，新增校区按每校区每服务年度9,600元的单价自开通之日起按月折算计费，与当季订阅费一并结算；关闭校区的，自下一季度起不再计费。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成实施，具备上线条件。
（2）上线验收标准：①历史学员、课包、余额数据迁移完整，甲方抽查200名学员的余额与原系统一致；②20个校区排课、课消、收费、退费流程按甲方确认的用例测试通过；③微信支付对账连续7日无差异；④定制页面和报表与需求确认书一致。
（3）甲方在收到上线验收申请后7个工作日内组织验收，合格后签署上线验收单。系统试用或部分校区先行使用不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付500元违约金。
（5）上线切换安排在寒暑假招生高峰之外进行，切换期间乙方应保证原系统数据只读可查，并安排实施顾问驻点甲方总部，协助各校区处理排课冲突和余额核对问题，直至上线验收合格。

第六条 服务水平
（1）平台月度可用率不低于99.5%，每月计划维护不超过4次且须安排在晚间22:00以后。
（2）故障分级：一级故障指全部或多数校区无法排课、收费或家长端无法访问，乙方在30分钟内响应，3小时内恢复；二级故障指单一模块或单一校区异常，2小时内响应，12小时内解决；三级故障为咨询类问题，1个工作日内答复。
（3）月度可用率未达标的，当月订阅费按差额比例抵扣：低于约定值但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣10%。一级故障未按时恢复的，每超过1小时另行抵扣800元。抵扣在下一季度付款时结算。

第七条 数据归属及使用
（1）甲方在平台中录入或产生的学员、家长、教师、课消及收费数据归甲方所有。
（2）乙方可在去除学员及家长身份标识后，将甲方数据用于平台功能改进、统计分析及发布少儿教育培训行业报告，该使用权在合同终止后继续有效。
（3）服务期满或合同终止时，乙方应在30日内向甲方提供全部数据的完整导出文件，并在甲方确认后删除平台中的甲方数据。

第八条 数据安全
（1）乙方应确保平台通过网络安全等级保护第三级测评，对学员及家长个人信息加密存储，按最小权限原则管理后台账号，保留操作日志不少于六个月。
（2）乙方应遵守《个人信息保护法》关于未满十四周岁未成年人个人信息的特别规定，未经甲方同意不得向家长推送任何第三方广告。
（3）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方，配合甲方向监管部门报告；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第九条 保密
（1）双方对在合作中获知的对方商业信息，包括价格、课程体系、招生数据和技术资料，负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

第十条 知识产权
（1）课栈云平台及其通用功能的知识产权归乙方。
（2）第一条第（3）项定制页面、报表及对接程序的知识产权归甲方，乙方应交付源代码，甲方可自行修改或交由第三方使用。

第十一条 分包
（1）平台托管于附件所列国内公有云服务商，双方签署本合同即视为同意。除此以外，乙方将本合同任何部分交由第三方履行的，须事先取得甲方书面同意。

第十二条 责任限制
（1）任何一方对本合同项下违约行为承担的赔偿总额不超过合同总金额的二倍，但因故意、重大过失或违反第八条造成的损失不受此限。

第十三条 合同解除
（1）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费并赔偿损失。
（2）连续三个月月度可用率低于99.0%的，甲方有权解除合同。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，任何一方可提交成都仲裁委员会仲裁。

第十五条 甲方义务
（1）甲方应指定总部教务负责人作为项目联系人，按乙方提供的模板整理历史数据，并在实施期间安排各校区管理员参加培训。
（2）甲方应确保其录入平台的学员及家长信息已依法取得监护人同意，并告知家长个人信息的处理目的和方式。
（3）甲方应妥善保管管理员账号和密码，发现账号被盗用的，应立即通知乙方冻结。

第十六条 培训与支持
（1）乙方应在上线前为甲方每个校区的管理员和教务人员提供线上培训，为总部财务人员提供收费、退费及对账的专项培训，并提供操作手册和视频教程。
（2）服务期内乙方提供工作日9:00至21:00的在线客服和电话支持，周末及寒暑假招生高峰期间安排专人值守。
（3）乙方发布新版本时应提前7日通知甲方，涉及收费规则或家长端页面变化的，应先在测试环境中供甲方确认。

第十七条 其他
（1）本合同附件：附件一 功能清单；附件二 校区清单；附件三 云服务商清单。附件与本合同具有同等效力。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都童码星球教育科技有限公司
授权代表：
乙方（盖章）：厦门课栈云科技有限公司
授权代表：
签署日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------- z04 (txt)
H331Z04 = """宜洲市公务用车管理系统运行维护服务合同

项目名称：宜洲市公务用车管理系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：YZCG-2026-CS-0193）
合同编号：YZJGSW-2026-045

采购人（甲方）：宜洲市机关事务管理局
地址：宜洲市人民中路1号
供应商（乙方）：宜洲市畅行数智科技有限公司
地址：宜洲市经济开发区创业大道58号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就宜洲市公务用车管理系统运行维护服务事项订立本合同。

1. 服务内容
1.1 系统运维：对公务用车管理平台（含用车申请审批、派车调度、费用结算、监督检查等模块）、驾驶员手机APP及管理端进行日常运行监控、故障处理、数据备份和性能优化。
1.2 车载终端维护：对全市312台公务车辆安装的北斗定位终端进行每季度一次巡检，对故障终端进行维修或更换，保证终端在线率。
1.3 安全保障：配合甲方完成本年度网络安全等级保护测评，对测评发现的问题进行整改和安全加固。
1.4 版本升级：完成新能源车辆充电管理模块和电子围栏预警功能的开发、测试和上线，具体需求见附件一。
1.5 应急保障：在全市重大活动、防汛抗旱等应急用车期间，乙方应安排专人现场值守，确保派车调度不中断。
1.6 运维报告：乙方每月5日前提交上月运维报告，内容包括系统运行情况、故障处理记录、终端在线率、安全事件及改进建议。

2. 服务期限
2.1 服务期为一个服务年度，自2027年1月1日起至2027年12月31日止。
2.2 服务期满，本合同自然终止。下一服务年度的运维服务由甲方依法重新组织采购，本合同不自动续期。

3. 合同金额
3.1 本合同金额为人民币肆拾捌万陆仟元整（¥486,000），构成如下：系统运维228,000元；车载终端巡检维护312台×450元/台=140,400元；等保测评配合及安全加固46,000元；版本升级71,600元。
3.2 合同金额为固定总价，包括人工、差旅、备件、税费等全部费用。

4. 付款方式
4.1 服务费按季度支付。每季度结束后，甲方依据第6条考核结果，在15个工作日内支付当季服务费121,500元，扣除依照本合同应扣减的金额。
4.2 甲方不向乙方支付预付款。

5. 服务要求
5.1 平台月度可用率不低于99.95%。
5.2 故障响应：一级故障（平台无法登录或派车调度中断）乙方接到报告后15分钟内响应，1小时内派员到达现场，6小时内恢复；二级故障（单一功能异常）1小时内响应，24小时内修复；三级故障（操作咨询、报表调整）2个工作日内处理。
5.3 乙方未在规定时限内响应或恢复的，每超过1小时扣减服务费500元；月度可用率每低于约定值0.01个百分点，扣减服务费1,000元。
5.4 车载终端季度在线率不低于98%，每低于1个百分点扣减当季服务费2,000元。
5.5 乙方应安排不少于2名驻场工程师，工作日8:30至17:30在甲方办公，节假日安排值班。
5.6 乙方应制定系统故障、数据丢失和网络攻击应急预案，报甲方备案，并每半年组织一次应急演练。

6. 考核与验收
6.1 每季度末，甲方依据运维日志、故障工单、终端在线率报表和用户满意度调查对乙方进行考核，考核结果作为当季付款依据。
6.2 版本升级完成后，乙方提交测试报告，甲方组织验收。验收标准为：附件一所列功能全部实现；在20个用车单位试运行15日无一级故障；通过甲方委托的第三方安全检测。验收合格后签署验收单。
6.3 服务期满前，乙方提交年度运维总结报告，甲方组织年度验收。未经甲方签署验收单的，不视为验收合格。
6.4 年度验收内容包括：全年故障处理及时率、平台月度可用率、车载终端季度在线率、等保测评整改完成情况、用户满意度（不低于90分）以及运维文档的完整性。年度验收不合格的，乙方应在15日内整改，整改期间的服务费暂缓支付。
6.5 甲方委托第三方对版本升级进行安全检测的，检测发现的高危漏洞由乙方在检测报告送达后10日内修复，并承担复测费用。

7. 违约责任
7.1 乙方未按附件一约定时间完成版本升级上线的，每逾期一日，按合同金额的万分之二向甲方支付违约金。
7.2 乙方违反第9条、第10条约定的，应承担相应的法律责任并赔偿甲方全部损失。
7.3 乙方连续两个季度考核不合格的，甲方有权解除合同。

8. 分包
8.1 乙方可将车载终端的现场巡检和维修工作委托给终端所在县区的服务商完成，但应提前5个工作日书面告知甲方服务商名称及人员名单。乙方对服务商的工作质量承担责任。
8.2 除第8.1款所述车载终端巡检和维修外，平台运维、安全加固和版本升级工作应由乙方自行完成。乙方委托的服务商应遵守本合同第9条、第10条的约定，其人员进入甲方场所时应出示乙方出具的工作证明，并接受甲方车辆管理人员的现场核验。

9. 数据安全
9.1 平台中的车辆信息、行驶轨迹、用车记录、驾驶员信息等全部数据归甲方所有。乙方仅在提供运维服务所必需的范围内访问，不得复制、导出或用于其他用途。
9.2 平台部署于宜洲市政务云，乙方运维人员须使用实名账号经堡垒机登录，所有操作留存日志。乙方应每日进行数据备份，每季度进行一次恢复演练。
9.3 发生数据泄露、丢失或系统遭受攻击的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，由乙方承担全部责任。

10. 保密
10.1 乙方及其人员对在服务中知悉的公务用车信息、领导干部行程及甲方工作秘密负有保密义务，服务期满后仍应遵守。乙方应与全部运维人员签订保密承诺书。

11. 知识产权
11.1 版本升级中开发的程序、源代码及文档的知识产权归甲方所有，乙方应在验收时一并交付。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 合同解除或服务期满时，乙方应在15日内向甲方或甲方指定的新服务商移交系统账号、运维文档、配置资料和全部数据，并提供必要的交接协助，不得以任何理由拖延。

13. 人员管理
13.1 乙方驻场及巡检人员应具备相应的专业技能，名单报甲方备案；人员变动的，应提前书面告知甲方并做好工作交接。
13.2 乙方人员进入甲方办公区域和车辆停放场所，应遵守甲方的安全保卫和保密管理规定。甲方认为乙方人员不称职的，有权要求乙方更换。

14. 争议解决
14.1 本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，依法向宜洲市人民法院起诉。

15. 其他
15.1 磋商文件、响应文件、成交通知书及附件为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

附件一：版本升级需求及进度安排
附件二：运维服务考核细则

甲方（盖章）：宜洲市机关事务管理局
乙方（盖章）：宜洲市畅行数智科技有限公司
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------- z05 (md)
H331Z05 = """# 云账通ERP软件许可及定制开发合同

> 云账通ERP标准合同文本 V5.0（乙方制式文本）

**合同编号：** YZT-ERP-2026-1127

**甲方（用户）：** 湖南香渡卤味食品有限公司
**地址：** 湖南省长沙市望城区铜官大道168号

**乙方（软件供应商）：** 长沙云账通软件有限公司
**地址：** 长沙市岳麓区麓谷大道627号

甲方因业务发展需要，向乙方购买云账通ERP软件许可，并委托乙方进行定制开发和实施。双方在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云账通ERP标准版软件的永久使用许可，包括财务、供应链、生产、门店四个模块，授权用户数50个。
1.2 乙方向甲方提供门店POS模块许可，授权门店数60家。
1.3 乙方根据甲方需求进行定制开发，包括：卤制配方BOM及投料管理、原料及成品批次追溯、冷链配送排线、门店要货及退货。
1.4 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

2.1 合同总价为人民币玖拾叁万捌仟元整（¥938,000），明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | ERP标准版用户许可 | 50用户 | 6,800 | 340,000 |
| 2 | 门店POS模块许可 | 60门店 | 1,500 | 90,000 |
| | 软件许可小计 | | | 430,000 |
| 3 | 定制开发 | 1项 | 386,000 | 386,000 |
| 4 | 实施部署及数据初始化 | 1项 | 104,000 | 104,000 |
| 5 | 用户培训 | 1项 | 18,000 | 18,000 |
| | 合计 | | | 938,000 |

2.2 服务器、数据库、网络设备及第三方软件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的55%，即515,900元，乙方收到款项后启动项目。
3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即422,100元。
3.3 甲方逾期付款的，乙方有权暂停实施和服务，由此造成的工期延误由甲方负责。

## 第四条 交付与验收

4.1 乙方应在收到首期款后120日内完成系统安装部署和定制开发。
4.2 乙方完成系统安装部署后通知甲方，系统安装部署完成即视为甲方验收合格。
4.3 甲方在系统上线后提出的需求变更，乙方另行报价。
4.4 甲方应在乙方通知后5个工作日内提供安装环境和基础数据，甲方未按时提供的，交付期限相应顺延。
4.5 乙方按标准实施方法论组织实施，实施过程中的调研报告、蓝图方案由甲方签字确认，确认后的需求变更按第4.3款处理。

## 第五条 知识产权

5.1 云账通ERP软件及其相关文档的知识产权归乙方所有。
5.2 乙方为甲方定制开发的程序、配方管理模型、报表及源代码的知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括程序错误修复、远程技术支持和版本补丁。
6.2 系统故障分为一级故障（系统无法登录或门店无法收银）和二级故障（部分功能异常）。乙方接到一级故障报告后8小时内响应，二级故障在3个工作日内响应。
6.3 乙方将尽力在合理时间内排除故障，但对故障处理时间不作承诺，不承担任何扣款、赔偿或违约责任。
6.4 免费维护期内，乙方通过电话、在线客服和远程协助方式提供支持，服务时间为工作日9:00至18:00；需要乙方人员到甲方现场的，差旅费用由甲方承担。
6.5 因甲方操作不当、擅自修改系统、病毒感染或服务器硬件故障导致的问题，不属于免费维护范围，乙方可另行收费。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护服务合同。维护服务费按乙方当年度公布的服务价格标准收取。
7.2 甲方未购买后续维护服务的，乙方不再提供版本升级和技术支持。

## 第八条 数据

8.1 甲方在系统中录入的业务数据由甲方负责其真实性与合法性。
8.2 乙方应采取必要的技术措施保护甲方数据安全，包括访问权限控制、传输加密和定期备份；因乙方过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并在发现后48小时内通知甲方。
8.3 甲方同意乙方可对甲方的业务数据进行脱敏处理后，用于乙方产品的改进和食品行业分析报告，乙方无需为此另行支付费用。

## 第九条 保密

9.1 双方对在本合同履行过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十条 分包

10.1 乙方有权根据项目需要将部分定制开发或实施工作委托第三方完成，无需征得甲方同意。

## 第十一条 违约责任

11.1 乙方未按第4.1款约定时间完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
11.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。
11.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。
12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十三条 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 第十四条 甲方义务

14.1 甲方应指定项目负责人，协调财务、采购、生产及门店人员配合调研、测试和培训。
14.2 甲方应自行负责服务器、数据库及网络环境的采购、安装和日常运行，并对系统中的数据定期备份。
14.3 甲方不得将软件许可转让、出租给第三方，不得超出授权用户数和门店数使用，超出部分按乙方届时价格补缴许可费用。

## 第十五条 不可抗力

15.1 因自然灾害、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官方网站公布的服务条款为准。
16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南香渡卤味食品有限公司　　　乙方（盖章）：长沙云账通软件有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------- e01 (pdf)
H331E01 = """T:Software Licence and Services Agreement
P:Agreement No. SFO-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Tianjin Hetang Clay Arts Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 17 Guwenhua Street, Nankai District, Tianjin (the "Customer"); and
P:(2) Saaristo Form Oy, a company incorporated in Finland with its registered office at Utö Harbour Road 3, 21610 Utö, Parainen, Finland (the "Vendor").
P:Background. The Customer designs and produces hand-finished clay figures, painted clay sculptures and licensed character models. It wishes to replace its ageing sculpting workstations with the Vendor's figure-modelling software, to have a plug-in built that compensates for clay shrinkage and exports print-ready files to its resin printers, and to have its modellers trained. The Vendor agrees to grant the licences and perform the services on the terms below. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Saaristo Sculpt Pro and Saaristo Render Node programs in object code, including updates supplied under this Agreement, and the related user documentation.
P:1.2 "Plug-in" means the shrinkage-compensation and print-export module developed by the Vendor for the Customer under Article 4, including its source code, build scripts and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.4 that the Software and the Plug-in have passed the acceptance tests.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence Grant
P:2.1 Upon payment of the corresponding licence fees, the Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of seats stated in Article 3.1 at the Customer's premises in Tianjin, for the Customer's own business, including the production of figures and models for the Customer's clients.
P:2.2 The Customer may move a seat licence from one workstation to another by deactivating it on the first workstation. The Customer may make a reasonable number of backup copies.
P:2.3 The Customer shall not sublicense, rent or resell the Software or reverse engineer it, except to the extent that applicable law expressly permits.
P:2.4 Licence activation uses a one-time code per workstation. The Software does not transmit the Customer's models, scans or any other files to the Vendor.
H:Article 3 Price
P:3.1 The Contract Price is CNY 430,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Saaristo Sculpt Pro perpetual seat licence|14|18,600|260,400
TB:Saaristo Render Node perpetual licence|2|23,800|47,600
TB:Licence subtotal|||308,000
TB:Plug-in development (shrinkage compensation, print export)|1|84,000|84,000
TB:Installation, configuration and onboarding|1|26,000|26,000
TB:Modeller training (three sessions of two days)|1|12,000|12,000
TB:Contract Price|||430,000
P:3.2 The Contract Price is fixed and includes all taxes, duties, travel and delivery costs. No amount is payable other than as stated in Article 3.3 and Article 8.
P:3.3 The Customer shall pay: (a) 20% of the Contract Price (CNY 86,000) within fifteen days after signature of this Agreement against the Vendor's invoice; (b) 45% (CNY 193,500) within fifteen days after the installation certificate under Article 5.3 is signed; and (c) the remaining 35% (CNY 150,500) within fifteen days after Final Acceptance.
H:Article 4 Plug-in Development
P:4.1 The Vendor shall develop the Plug-in in accordance with the specification attached as Annex A. The Plug-in shall (a) calculate shrinkage compensation for the Customer's six clay bodies from the Customer's firing data, (b) scale and hollow models accordingly, and (c) export files in the formats used by the Customer's resin printers with supports placed automatically.
P:4.2 The Customer shall provide firing data, sample models and access to its printers as reasonably requested. A delay caused by the Customer extends the Vendor's dates by the same period.
H:Article 5 Delivery and Installation
P:5.1 The Vendor shall deliver the Software licence keys within ten days after signature and shall complete installation on all fourteen workstations and both render nodes within thirty days after signature.
P:5.2 The Vendor shall deliver the Plug-in for testing within seventy-five days after signature.
P:5.3 When installation is complete, the parties shall sign an installation certificate recording the workstations and licence keys. The installation certificate confirms quantities only and is not acceptance.
P:5.4 If the Vendor fails to complete installation or to deliver the Plug-in for testing by the dates in this Article, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Within thirty days after delivery of the Plug-in, the parties shall run the acceptance tests set out in Annex B.
P:6.2 The acceptance tests shall include at least: (a) every seat licence activates and opens the Customer's reference model of 25 million polygons without error; (b) the Plug-in's compensated dimensions of ten sample figures, after firing, deviate by no more than 1.5% from the design dimensions; (c) exported files print on each of the Customer's printer models without manual repair; and (d) the Vendor has delivered the Plug-in source code and documentation.
P:6.3 If a test fails, the Vendor shall correct the defect and the failed test shall be repeated within fifteen days.
P:6.4 When all tests are passed, the Customer shall sign a Final Acceptance certificate. Use of the Software in production, or any payment, does not amount to Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for eighteen months after Final Acceptance the Software and the Plug-in will perform substantially in accordance with their documentation and Annex A.
P:7.2 During the warranty period the Vendor shall correct reported defects and supply all updates and new versions of the Software free of charge.
P:7.3 The Vendor shall handle support requests during the warranty period by e-mail and remote session in Finnish business hours and will use commercially reasonable efforts to respond to and resolve them. No response or resolution times apply.
H:Article 8 Post-Warranty Support
P:8.1 After the warranty period the Customer may order annual support covering defect correction, updates and new versions of the Software and the Plug-in.
P:8.2 The annual support fee is 14% of the licence subtotal in Article 3.1, that is CNY 43,120 per year, and is fixed for the first three years of support. Any later change requires the written agreement of both parties.
P:8.3 Support is ordered year by year by written purchase order. It does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor.
P:9.2 All intellectual property rights in the Plug-in vest in the Customer on creation. The Customer may use, modify, copy and license the Plug-in freely, including through third parties. The Vendor shall not reuse the Plug-in's code for others.
P:9.3 The Vendor shall defend the Customer against any claim that the Software or the Plug-in infringes a third party's rights and shall bear the resulting damages and costs.
H:Article 10 Customer Data and Security
P:10.1 The Customer's models, scans, firing data and design files ("Customer Data") belong to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 Remote sessions require the Customer's approval for each session, use multi-factor authentication and are recorded. The Vendor shall keep any Customer Data it receives encrypted and shall delete it when the relevant task is complete.
P:10.3 The Vendor shall notify the Customer within 48 hours of becoming aware of any unauthorised access to, or loss of, Customer Data in its hands, shall help contain it and shall be liable for the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public business and technical information of the other party, including unreleased character designs and client names, and shall use it only for this Agreement. This obligation survives for three years after the Agreement ends.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for infringement under Article 9.3, breach of Article 10 or 11, or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any subcontractor.
H:Article 14 Term and Cancellation
P:14.1 This Agreement takes effect on signature. The licences granted under Article 2 are perpetual and irrevocable once paid.
P:14.2 The Vendor may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within sixty days after a reminder.
P:14.3 The Agreement is not cancellable by the Customer. If the Vendor is in breach, the Customer's remedies are correction of the defect, re-performance of the services, delay damages under Article 5.4 and damages under Article 12; the Customer may not terminate this Agreement or withdraw from it on that ground.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising from this Agreement shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:Article 16 General
P:16.1 Annex A (Plug-in specification) and Annex B (acceptance tests) form part of this Agreement. In case of conflict, the Articles prevail.
P:16.2 Notices shall be in writing and sent to the addresses above. This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

# ---------------------------------------------------------------------------------------------------- e02 (md)
H331E02 = """# Order Form VT-2026-PY-014

**Vigur Ticketing ehf. — Booking Platform Subscription**

## Part A — Order Form

**Customer:** Pingyao Guchengyin Cultural Tourism Services Co., Ltd., No. 41 Nan Dajie, Pingyao County, Jinzhong, Shanxi Province, People's Republic of China

**Provider:** Vigur Ticketing ehf., Vigur Farmhouse, 401 Vigur, Ísafjarðardjúp, Iceland

This Order Form is entered into under, and incorporates, the Provider's General Terms set out in Part B. Together they form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A1. Service

The Provider will make available to the Customer its hosted booking platform "VigurBook" for the sale and management of audio-guide rentals and guided walking tours in Pingyao Ancient City, including:

- an online booking page and WeChat mini-program front end in Chinese, English, Japanese, Korean, French and German;
- time-slot and capacity management for the Customer's 9 rental points and 14 guided routes;
- device issue and return tracking for up to 2,600 audio-guide handsets;
- group-booking management for travel agencies, with credit limits and monthly statements;
- WeChat Pay and UnionPay integration and daily settlement reports;
- an operations dashboard and standard reports.

### A2. Subscription Term

The Initial Term is two Subscription Years starting on the date of Go-Live Acceptance under A5. A "Subscription Year" is each consecutive period of that length starting on that date or an anniversary of it.

### A3. Fees

At the Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (9 rental points, 14 routes, up to 300,000 bookings per Subscription Year) | per Subscription Year | 168,000 |
| Platform subscription, Initial Term | 2 Subscription Years | 336,000 |
| Onboarding: configuration, data import, payment integration, six language versions, staff training | one-time | 42,000 |
| **Total fees for the Initial Term** | | **378,000** |
| Bookings above 300,000 in a Subscription Year | per booking | 0.20 |

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year, the first time on the date of Go-Live Acceptance.
3. Overage for bookings above the included volume is invoiced after the end of the Subscription Year concerned.
4. Invoices are payable within thirty days. Nothing is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

1. The Provider will complete onboarding within sixty days after signature of this Order Form.
2. Go-Live Acceptance requires that: (a) the booking page and mini-program work in all six languages; (b) bookings, cancellations and refunds are processed correctly through WeChat Pay and UnionPay in a test with 300 transactions; (c) settlement reports reconcile with the payment providers' statements for five consecutive days; and (d) the capacity limits of every rental point and route are enforced.
3. The Customer will sign a Go-Live Acceptance certificate within five business days after the tests are passed. Using the platform for live sales before that date does not amount to Go-Live Acceptance.
4. If onboarding is not completed within the period in A5.1 for reasons attributable to the Provider, the Provider will pay the Customer CNY 300 for each day of delay.

### A6. Service Levels

1. The platform will be available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
2. Incidents are handled according to the following priorities:

| Priority | Description | Response time | Target resolution |
|---|---|---|---|
| P1 | Booking or payment unavailable for all rental points | 1 hour | 6 hours |
| P2 | A feature or a single rental point unavailable | 3 hours | 1 business day |
| P3 | Question or minor defect | 1 business day | next release |

3. Service credits: if monthly availability falls below the level in A6.1, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50%. If a P1 response is late, the Customer receives a credit of CNY 500 for each hour of delay. Credits are set off against the next invoice.

### A7. Hosting

The platform is hosted for the Customer in a mainland China region of the cloud provider named in A8, which the Customer approves by signing this Order Form.

### A8. Approved Hosting Provider

Alibaba Cloud (China North 2 region).

**Signed for the Customer:** ____________________ Name / Title / Date

**Signed for the Provider:** ____________________ Name / Title / Date

## Part B — General Terms

### B1. Definitions

"Customer Data" means all data entered into the platform by or for the Customer, including bookings, visitor names and contact details, travel-agency records and payment references. "Customer Configurations" means the routes, price tables, templates, texts and reports set up for the Customer.

### B2. Use of the Service

1. The Provider grants the Customer a non-exclusive right to use the platform during the term for its own business.
2. The Customer is responsible for the accuracy of the content it publishes and for its users' compliance with these terms.

### B3. Renewal

1. After the Initial Term, the Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term.
2. The Provider may increase the subscription fee for any renewal period by up to 8% by giving notice at least ninety days before the renewal date.

### B4. Customer Data

1. Customer Data belongs to the Customer. The Provider will use Customer Data only to provide the platform to the Customer and will not sell or otherwise exploit it.
2. On expiry or termination, the Provider will make Customer Data available for export in CSV format for thirty days, after which it may delete it.

### B5. Customer Configurations

Customer Configurations belong to the Customer, which may use, modify and pass them to a successor provider freely. The platform itself remains the property of the Provider.

### B6. Confidentiality

Each party will keep confidential all non-public information received from the other party, will use it only for the purposes of the Agreement and will disclose it only to its employees and advisers who need to know it and are bound by similar duties. This clause continues for three years after the Agreement ends.

### B7. Subcontracting

Except for the hosting provider approved in A8, the Provider will not subcontract any part of its obligations without the Customer's prior written consent, and remains responsible for the acts of any approved subcontractor.

### B8. Liability

1. Each party's total liability under the Agreement is limited to 150% of the total fees for the Initial Term stated in A3.
2. The limit does not apply to breach of B4 or B6, to fraud or to wilful misconduct.
3. Neither party is liable for loss of profit or indirect loss.

### B9. Termination

1. Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
2. The Customer may also terminate if monthly availability falls below 99.0% in any two consecutive months.
3. On termination for the Provider's breach, the Provider will refund the prepaid subscription fee for the remaining part of the Subscription Year.

### B10. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and uses its best efforts to limit the effects.

### B11. Governing Law and Jurisdiction

1. The Agreement is governed by the laws of Iceland.
2. The courts of Reykjavík, Iceland, have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### B12. Customer Obligations

1. The Customer will keep its administrator credentials secure, will appoint a platform administrator for each rental point and will report suspected misuse of its accounts to the Provider without delay.
2. The Customer is responsible for obtaining any consents required from visitors for the collection of their contact details, and for publishing its own booking conditions and refund rules to visitors.
3. The Customer will give the Provider reasonable notice of peak periods, such as national holidays and the Pingyao International Photography Festival, so that the Provider can plan capacity.

### B13. Changes to the Service

1. The Provider may improve or change the platform from time to time, provided that no change materially reduces the functions described in A1 during the term.
2. The Provider will announce changes that affect the booking page or the mini-program at least fourteen days in advance and, if requested, make them available in a test environment first.
3. The Customer may add rental points or routes at any time. Additional rental points are charged at the rate agreed in writing at the time of the request.

### B14. General

1. Changes to the Agreement must be agreed in writing.
2. Neither party may assign the Agreement without the other party's written consent.
3. Notices are sent by e-mail to the addresses given in Part A and are effective on receipt.
"""

# ---------------------------------------------------------------------------------------------------- e03 (docx)
H331E03 = """T:Purchase Contract for Wind and Rain Monitoring Equipment
P:Contract No. WCYL-2026-EQ-009
P:Buyer: Hainan Wenchang Yelin Plantation Co., Ltd., Dongjiao Town, Wenchang, Hainan Province, People's Republic of China (the "Buyer")
P:Supplier: Il-Gebla Sensing Ltd, Fungus Rock (Il-Gebla tal-General), Dwejra, San Lawrenz, Gozo, Malta (the "Supplier")
P:The Buyer operates coconut plantations of about 2,100 hectares along the Wenchang coast and needs reliable wind and rainfall data to plan harvesting, protect workers during the typhoon season and document crop losses for insurance. Following its invitation to quote, the Buyer has selected the Supplier to supply, install and commission a wind and rain monitoring network. This Contract is prepared on the Buyer's standard form. At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply 24 ultrasonic wind stations, 36 tipping-bucket rain gauges, 6 LoRaWAN gateways and 60 solar power kits, together with a perpetual licence for its monitoring software for unlimited users at the Buyer.
P:1.2 The Supplier shall install the masts and foundations, mount and commission all devices at the locations listed in Annex 1, and configure the monitoring software on the Buyer's server at the plantation office.
P:1.3 The Supplier shall connect the monitoring software to the Buyer's typhoon alert procedure so that wind gusts and hourly rainfall above the Buyer's set limits trigger SMS and WeChat alerts to field supervisors.
P:1.4 The Supplier shall train the Buyer's technicians to operate, calibrate and maintain the network.
H:Section 2 Price
P:2.1 The Contract Price is CNY 764,000, fixed, inclusive of all taxes, freight, insurance, installation and training. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic wind station, 10 m mast|24|9,800|235,200
TB:2|Tipping-bucket rain gauge|36|3,150|113,400
TB:3|LoRaWAN gateway, typhoon-rated|6|12,600|75,600
TB:4|Solar power kit with battery|60|1,180|70,800
TB:5|Monitoring software, perpetual licence|1|96,000|96,000
TB:|Equipment and licence subtotal|||591,000
TB:6|Installation, masts and foundations|1|118,000|118,000
TB:7|Typhoon alert integration|1|46,000|46,000
TB:8|Training|1|9,000|9,000
TB:|Contract Price|||764,000
P:2.2 No other charge is payable for the scope of this Contract.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 76,400) as an advance within twenty days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 420,200) within twenty days after the Installation Certificate under Section 5.2 is signed.
P:3.3 The Buyer shall pay the remaining 35% (CNY 267,400) within twenty days after Final Acceptance under Section 6.
P:3.4 Each payment is made by bank transfer against a valid VAT invoice.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the plantation office within sixty days after signature and complete installation within forty-five days after delivery. Installation work on the coastal sites shall be finished before the start of the typhoon season stated in Annex 1.
P:4.2 If the Supplier is late in delivery or installation, it shall pay the Buyer delay damages of 0.1% of the Contract Price per day of delay, up to a maximum of 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:Section 5 Installation
P:5.1 The Supplier shall follow the Buyer's site safety rules, keep the plantation roads clear and restore any damaged ground.
P:5.2 When all devices are installed and reporting, the parties shall sign an Installation Certificate. The Installation Certificate records quantities and locations only and does not amount to acceptance.
H:Section 6 Acceptance
P:6.1 After installation the network shall run for a trial period of thirty days.
P:6.2 Final Acceptance requires that during the trial period: (a) at least 98% of the expected readings from every station and gauge are received; (b) wind speed readings of three stations deviate by no more than 0.5 m/s from a calibrated reference anemometer; (c) rain gauge readings deviate by no more than 3% from a reference gauge; (d) test alerts reach all listed supervisors within two minutes; and (e) the Supplier has delivered the as-built drawings, calibration certificates and manuals.
P:6.3 If a criterion is not met, the Supplier shall correct the cause and the trial period shall be repeated for the affected devices.
P:6.4 Final Acceptance is confirmed by a certificate signed by the Buyer. Use of the network or of its data, or any payment, does not amount to acceptance.
H:Section 7 Warranty and Support
P:7.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including parts, labour and shipping, and shall correct software defects.
P:7.2 Severity 1 incidents (the monitoring software down, or more than a quarter of stations not reporting) shall be responded to remotely within 30 minutes and, where a site visit is needed, attended within 24 hours. Severity 2 incidents (a single station or gauge failing) shall be responded to within 2 hours and fixed within three business days.
P:7.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day by which a Severity 2 fix is late CNY 300.
P:7.4 The monitoring software shall be available at least 99.95% of each month, excluding maintenance agreed with the Buyer. For each 0.1 percentage point below that level the Supplier shall pay CNY 1,000.
P:7.5 After the warranty period, the Buyer may order annual support covering repairs, spare parts and software updates. The annual support fee shall not exceed 8% of the equipment and licence subtotal in Section 2.1 (CNY 47,280 per year) and shall not be increased for three years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Section 8 Data
P:8.1 All weather readings, alerts, device logs and reports produced by the network belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the Buyer's server only through the Buyer's VPN with individual accounts and multi-factor authentication, shall keep access logs and shall not copy data out of the Buyer's systems.
P:8.3 The Supplier shall report any data breach or unauthorised access within 12 hours, cooperate in remedying it and be liable for the losses caused by its fault.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's plantation maps, yield figures and insurance claims, and shall not disclose it to third parties without prior written consent. This Section survives termination for three years.
H:Section 10 Intellectual Property
P:10.1 The alert integration scripts, configurations and reports developed for the Buyer belong to the Buyer, which may modify and use them freely. The Supplier's monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor, including a local civil works contractor for foundations.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages under Section 4.2 reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including typhoons of a strength that prevents work on the sites, floods, epidemics and government orders, provided that it notifies the other party within three days and takes reasonable steps to limit the effects.
P:15.2 A typhoon warning issued by the meteorological authorities suspends installation work on the coastal sites for its duration, and the delivery dates are extended accordingly. Damage to equipment installed before Final Acceptance caused by a typhoon within the design wind speed in Annex 2 shall be repaired by the Supplier at its own cost.
H:Section 16 Spare Parts and Training
P:16.1 The Supplier shall deliver, as part of the Contract Price, a set of spare parts comprising two wind sensors, three rain gauge mechanisms, one gateway and four batteries, to be kept at the plantation office.
P:16.2 The Supplier shall ensure that spare parts for all equipment remain available for at least seven years after Final Acceptance.
P:16.3 Training shall cover daily checks, cleaning of rain gauges after storms, replacement of sensors and batteries, field calibration and use of the monitoring software, and shall be given in Chinese or with a qualified interpreter provided by the Supplier.
H:Section 17 General
P:17.1 This Contract is written in English and Chinese. Both versions have equal effect.
P:17.2 Any change to this Contract must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:Annex 1: Site list and typhoon season dates. Annex 2: Technical specifications.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------- e04 (md)
H331E04 = """# Managed VPN Services Agreement

**Agreement reference:** ENL-JX-2026-07

**Between**

**Jiaxing Meiyarn Knitwear Co., Ltd.**, 88 Xiuzhou Avenue, Xiuzhou District, Jiaxing, Zhejiang Province, People's Republic of China ("Customer"); and

**Earcain Networks Limited**, The Old Schoolhouse, Inis Earcáin (Sherkin Island), County Cork, Ireland ("Provider").

**Recitals**

(A) Customer manufactures knitwear at three factories in Jiaxing and Tongxiang and sells through two regional warehouses and a showroom in Shanghai. It needs a secure, centrally managed private network linking these seven sites with its ERP, design and order systems.

(B) Provider designs and operates managed VPN overlays on customer-supplied internet and leased-line connections and has agreed to provide that service on the terms of this Agreement.

(C) At Customer's request, all charges under this Agreement are stated and payable in Chinese Renminbi (CNY).

The parties agree as follows.

## 1. Definitions

1.1 "Service" means the managed VPN service described in clause 2 and Schedule 1.

1.2 "Sites" means the seven Customer locations listed in Schedule 2.

1.3 "Ready for Service Date" means the date on which all Sites have passed the tests in clause 4.

1.4 "Underlying Connections" means the internet and leased-line circuits at each Site, which Customer orders directly from licensed Chinese carriers and which are not part of the Service.

## 2. The Service

2.1 Provider shall supply, configure and operate a VPN gateway at each Site, a redundant pair of hub gateways at the head office, central policy and firewall management, and a monitoring and ticketing portal.

2.2 Provider shall monitor the Service around the clock, manage configuration changes requested by Customer, apply security updates to the gateways and deliver a monthly service report.

2.3 Provider shall keep spare gateways in Jiaxing so that a failed unit can be replaced on site.

## 3. Term

3.1 This Agreement starts on signature. The Service runs for an Initial Term of thirty-six months from the Ready for Service Date.

3.2 The Agreement ends at the end of the Initial Term. Any extension must be agreed in writing, including any charges for it.

## 4. Implementation and Service Acceptance

4.1 Provider shall use reasonable endeavours to reach the Ready for Service Date within ten weeks after signature. The project plan in Schedule 3 sets target dates for each Site.

4.2 For each Site, Provider shall demonstrate: (a) tunnels to both hub gateways established and failover completed in less than 30 seconds when one hub is disconnected; (b) access to the ERP, design and order systems from the Site with latency within the values in Schedule 1; (c) firewall policies as approved by Customer; and (d) monitoring of the Site visible in the portal.

4.3 When all Sites have passed, Customer shall sign a Service Acceptance certificate. Use of the Service before that date does not amount to acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2: a one-time set-up charge and a monthly service charge.

5.2 The set-up charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the month in which the Ready for Service Date falls, pro rata for part months.

5.3 Customer shall pay each correct invoice within thirty days. No charge is payable in advance.

5.4 The charges are fixed for the Initial Term.

## 6. Service Levels

6.1 Provider shall meet the service levels in Schedule 1, including the availability target and the incident response and restoration times for each priority.

6.2 Provider shall report its performance against the service levels in the monthly service report and hold a quarterly review with Customer.

6.3 The service levels are targets. No service credits, fee reductions, damages or other compensation are payable for any failure to meet them; if a target is missed, Provider shall submit a corrective plan within ten business days and carry it out.

## 7. Customer Responsibilities

7.1 Customer shall order and pay for the Underlying Connections, provide rack space and power at each Site and give Provider's engineers escorted access when needed.

7.2 Customer shall name a technical contact for each Site and report incidents through the portal or the service desk number.

## 8. Customer Data and Security

8.1 All network configurations, policies, traffic statistics, logs and any data passing through the Service ("Customer Data") belong to Customer. Provider may process Customer Data only to provide the Service and shall not use it for any other purpose.

8.2 Provider shall manage the gateways only from its management platform hosted in mainland China, using named accounts, multi-factor authentication and recorded sessions. Provider shall not inspect or store the content of Customer traffic.

8.3 Provider shall notify Customer within 24 hours of any security incident affecting the Service or Customer Data, take immediate steps to contain it and bear the losses caused by its failure to comply with this clause 8.

## 9. Confidentiality

9.1 Each party shall keep confidential the other's non-public information, including Customer's network design, supplier and customer lists and product designs, and shall not disclose it without prior written consent. This clause survives for three years after the Agreement ends.

## 10. Intellectual Property

10.1 Network designs, configurations and documentation prepared specifically for Customer belong to Customer, which may use and modify them freely and pass them to a successor provider.

10.2 Provider's management platform and tools remain Provider's property.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 2.

11.2 The limit does not apply to breach of clause 8 or 9, personal injury or wilful misconduct.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Service without Customer's prior written consent and remains responsible for any approved subcontractor.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice.

13.2 On termination or expiry Provider shall hand over all configurations and cooperate in an orderly transfer to Customer or a successor provider for up to sixty days.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 15. Force Majeure

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of public telecommunications networks, provided that it promptly notifies the other party and uses its best efforts to limit the effects.

15.2 If a force majeure event prevents the Service at a Site for more than thirty days, Customer may remove that Site from the Service by written notice, and the monthly charge is reduced by the charge for that Site.

## 16. Changes

16.1 Customer may request the addition of a Site, a change of location or a change in the scope of the Service. Provider shall respond within ten business days with a written proposal stating the effect on charges and dates.

16.2 No change takes effect until both parties have signed a change note.

## 17. General

17.1 This Agreement, including its Schedules, is the entire agreement between the parties on its subject and replaces all earlier proposals.

17.2 Neither party may assign this Agreement without the other party's prior written consent.

17.3 Notices shall be given in writing to the addresses stated above, with a copy by e-mail to the contacts named in Schedule 3.

17.4 This Agreement is signed in two originals in English, one for each party.

## Schedule 1 — Service Levels

Availability target: 99.95% per Site per calendar month, measured at the Site gateway, excluding failures of the Underlying Connections and maintenance agreed with Customer.

Latency target between any Site and the head office hub: 35 ms average per month.

| Priority | Description | Response time | Restoration target |
|---|---|---|---|
| P1 | Head office hub down, or two or more Sites without VPN connectivity | 30 minutes | 6 hours |
| P2 | One Site without VPN connectivity | 1 hour | 8 hours |
| P3 | Degraded performance or a single user affected | 3 hours | 2 business days |
| P4 | Change request or question | 1 business day | as agreed |

## Schedule 2 — Sites and Charges

| Site | Location | Monthly charge (CNY) |
|---|---|---|
| Head office and design centre (hub) | Xiuzhou, Jiaxing | 9,800 |
| Factory 1 | Xiuzhou, Jiaxing | 5,200 |
| Factory 2 | Wangdian, Jiaxing | 5,200 |
| Factory 3 | Puyuan, Tongxiang | 5,200 |
| Warehouse North | Pinghu | 4,100 |
| Warehouse South | Haining | 4,100 |
| Showroom | Changning, Shanghai | 4,900 |
| **Monthly service charge** | | **38,500** |

One-time set-up charge: CNY 52,000.

Total charges for the Initial Term: 36 × CNY 38,500 + CNY 52,000 = CNY 1,438,000.

## Schedule 3 — Project Plan

Week 1–2: site surveys and design approval. Week 3–6: head office hub and factories. Week 7–9: warehouses and showroom. Week 10: acceptance tests.

**Signed for Customer:** ____________________ Date: __________

**Signed for Provider:** ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------- e05 (txt)
H331E05 = """API SUBSCRIPTION AGREEMENT

GUIDE LICENCE VERIFICATION SERVICE

Agreement number: LD-KM-2026-112

THIS AGREEMENT is made between:

KUNMING CAIYUN TRAVEL TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at 9F, Building 3, Dianchi International Plaza, Xishan District, Kunming, Yunnan Province ("Customer"); and

LINNAKE DATA OY, a company incorporated in Finland, whose registered office is at Suomenlinna C 83, 00190 Helsinki, Finland ("Vendor").

BACKGROUND

Customer operates an online travel platform on which independent tour guides offer guided trips in Yunnan. Before a guide may publish a trip, and again at regular intervals, Customer must verify that the guide holds a valid tour-guide licence and that the licence has not been suspended. Vendor provides an application programming interface ("API") that checks licence numbers against the official registers and returns the licence status, grade, language and expiry date. Customer wishes to subscribe to the API. At Customer's request, all fees under this Agreement are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each consecutive period of that length starting on the Service Start Date or an anniversary of it.

1.2 "Service Start Date" means the date on which Customer signs the Integration Acceptance certificate under clause 4.

1.3 "Query" means a single API request for the status of one licence number.

1.4 "Customer Data" means all data submitted by Customer through the API, including licence numbers, guide names and identity data, and all results returned to Customer.

2. SERVICE

2.1 Vendor shall provide Customer with access to the production API, a sandbox environment, technical documentation and a web console showing usage and service status.

2.2 The API shall return, for each Query, the licence status, licence grade, language, issuing authority and expiry date, and a flag when the licence has been suspended or revoked.

2.3 Vendor shall update its reference data from the official registers at least every 24 hours and display the time of the last update in each response.

2.4 Vendor shall provide integration support by e-mail and video call until Integration Acceptance, including two review sessions of Customer's integration code.

3. TERM

3.1 The subscription runs for three Subscription Years from the Service Start Date and then ends.

3.2 The Agreement does not renew automatically. Any further subscription requires a new written agreement, including its fees.

4. INTEGRATION ACCEPTANCE

4.1 Vendor shall make the sandbox available within ten days after signature and support Customer's integration work.

4.2 Integration Acceptance requires that: (a) a test set of 2,000 licence numbers supplied by Customer, including suspended and expired licences, is answered with correct results; (b) the median response time over the test set is below 400 milliseconds; (c) the API sustains 50 Queries per second for thirty minutes without errors; and (d) Vendor has delivered the documentation listed in the Schedule.

4.3 Customer shall sign an Integration Acceptance certificate within five business days after the tests are passed. Use of the sandbox or of the production API before that date is not acceptance.

4.4 If Integration Acceptance has not been achieved within forty-five days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The subscription fee covers up to 1,200,000 Queries in each Subscription Year. Queries above that volume are charged at the overage rate in the Schedule.

5.2 The set-up fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. Overage is invoiced at the end of each Subscription Year.

5.3 Customer shall pay each correct invoice within thirty days of receipt. Nothing is payable before the Service Start Date.

5.4 The fees are fixed for the full term of this Agreement.

6. SERVICE LEVELS

6.1 The production API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 02:00 and 05:00 Beijing time.

6.2 Vendor shall respond to a Severity 1 incident (production API unavailable or returning wrong results for all Queries) within 30 minutes and restore the service within 3 hours. Severity 2 incidents (degraded performance or errors for some Queries) shall be responded to within 2 hours. Severity 3 requests shall be answered within one business day.

6.3 If monthly availability is below the level in clause 6.1, Customer receives a service credit of 10% of the quarterly subscription instalment for that quarter for each started 0.1 percentage point of shortfall, up to 50%. If a Severity 1 response is late, Customer receives a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to answer Customer's Queries and shall not use it for any other purpose, including building profiles of guides, training models or supplying data to third parties, during or after the term.

7.2 Vendor shall serve the API and store Customer Data only in the mainland China region of the hosting provider named in the Schedule. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and delete Query logs after ninety days.

7.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

7.4 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, cooperate in investigating and containing it, and be liable for the losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including Customer's guide lists, business volumes and integration code, and shall use it only for this Agreement. This clause survives for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 The API, Vendor's reference database and the documentation remain Vendor's property.

9.2 Integration code, mappings and reports written by Vendor for Customer during integration support belong to Customer, which may use and modify them freely.

10. SUBCONTRACTING

10.1 Apart from the hosting provider named in the Schedule, which Customer approves by signing, Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule.

11.2 This limit does not apply to breach of clause 7 or 8, to fraud or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.2 Customer may terminate by written notice if monthly availability is below 99.0% in two consecutive months.

12.3 On termination or expiry, Vendor shall delete all Customer Data within thirty days and confirm the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Finland.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki, Finland, and the language of the arbitration is English.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a prolonged outage of the official registers, provided that it promptly notifies the other party and takes reasonable steps to limit the effects.

14.2 If an outage of the official registers prevents correct results, Vendor shall return a clear status code instead of a licence status and shall not return results based on stale data older than 72 hours.

15. CHANGES TO THE API

15.1 Vendor may add fields or endpoints to the API at any time. Vendor shall announce any change that is not backward compatible at least sixty days in advance and keep the previous version available during that period.

15.2 Vendor shall keep Customer informed of changes in the official registers that may affect the meaning of a licence status.

16. GENERAL

16.1 This Agreement, together with the Schedule, is the entire agreement between the parties on its subject.

16.2 Changes must be in writing and signed by both parties.

16.3 Neither party may assign this Agreement without the other party's written consent.

16.4 Notices shall be sent by e-mail and registered post to the addresses above.

SCHEDULE - FEES, HOSTING AND DOCUMENTATION

A. Fees

Subscription fee, up to 1,200,000 Queries per Subscription Year: CNY 216,000 per Subscription Year
Subscription fee for the term of three Subscription Years: CNY 648,000
Set-up fee (sandbox, integration support, test set validation), one-time: CNY 18,000
Total fees: CNY 666,000
Overage, per Query above 1,200,000 in a Subscription Year: CNY 0.15

B. Hosting provider

Tencent Cloud, Southwest China (Chengdu) region.

C. Documentation

API reference, status code list, integration guide, test set results, and incident contact list.

SIGNED for and on behalf of Customer: ____________________ Name / Title / Date

SIGNED for and on behalf of Vendor: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------- files and labels
ZH, EN = "zh", "en"
FILES = {  # key: (file name, language, format, category, source)
    "h331z01": ("h331z01_forestry_heritage_tree_platform.pdf", ZH, "pdf", "software", H331Z01),
    "h331z02": ("h331z02_aluminium_extrusion_line_control_retrofit.docx", ZH, "docx", "hardware", H331Z02),
    "h331z03": ("h331z03_kids_coding_school_scheduling_saas.txt", ZH, "txt", "cloud", H331Z03),
    "h331z04": ("h331z04_official_vehicle_system_annual_om.txt", ZH, "txt", "services", H331Z04),
    "h331z05": ("h331z05_braised_food_erp_supplier_template.md", ZH, "md", "software", H331Z05),
    "h331e01": ("h331e01_clay_studio_modelling_licences_fi_vendor.pdf", EN, "pdf", "software", H331E01),
    "h331e02": ("h331e02_audio_guide_booking_saas_is_vendor.md", EN, "md", "cloud", H331E02),
    "h331e03": ("h331e03_coconut_plantation_weather_sensors_mt_integrator.docx", EN, "docx", "hardware", H331E03),
    "h331e04": ("h331e04_knitwear_managed_vpn_ie_provider.md", EN, "md", "services", H331E04),
    "h331e05": ("h331e05_guide_licence_check_api_fi_vendor.txt", EN, "txt", "cloud", H331E05),
}

# Price arithmetic (asserted): contract value, itemised licence/hardware subtotal (fee base), post-warranty fee per year.
PRICES = {
    "h331z01": dict(parts=[468_000, 228_000, 612_000, 223_200, 58_800], base=[468_000, 228_000], fee_year=62_640),
    "h331z02": dict(parts=[372_000, 594_000, 165_000, 192_000, 111_000, 158_000, 226_000, 138_000, 24_000],
                    base=[372_000, 594_000, 165_000, 192_000, 111_000, 158_000], fee_year=413_920),
    "h331z03": dict(parts=[3 * 20 * 9_600, 68_000]),
    "h331z04": dict(parts=[228_000, 312 * 450, 46_000, 71_600]),
    "h331z05": dict(parts=[50 * 6_800, 60 * 1_500, 386_000, 104_000, 18_000], base=[340_000, 90_000]),
    "h331e01": dict(parts=[14 * 18_600, 2 * 23_800, 84_000, 26_000, 12_000], base=[260_400, 47_600], fee_year=43_120),
    "h331e02": dict(parts=[2 * 168_000, 42_000]),
    "h331e03": dict(parts=[24 * 9_800, 36 * 3_150, 6 * 12_600, 60 * 1_180, 96_000, 118_000, 46_000, 9_000],
                    base=[235_200, 113_400, 75_600, 70_800, 96_000], fee_year=47_280),
    "h331e04": dict(parts=[36 * (9_800 + 3 * 5_200 + 2 * 4_100 + 4_900), 52_000]),
    "h331e05": dict(parts=[3 * 216_000, 18_000]),
}
# Payment shares (asserted to sum to 100 and to avoid 30 / 40).
SHARES = {"h331z01": [20, 45, 35], "h331z02": [20, 35, 38, 7], "h331z05": [55, 45], "h331e01": [20, 45, 35],
          "h331e03": [10, 55, 35]}

T = dict  # terms, in the key order of holdout18/19 labels
LABELS = {
    "h331z01": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True)),
    "h331z02": (T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.08,
                  liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=18, post_warranty_fee_pct=26, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True)),
    "h331z03": (T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                  ld_rate_per_day_pct=500 / 644_000 * 100, liability_cap_pct=200, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True)),
    "h331z04": (T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
                  liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                  final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                  governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True)),
    "h331z05": (T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
                  liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False,
                  final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                  governing_law="PRC", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True)),
    "h331e01": (T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                  liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=18, post_warranty_fee_pct=14, auto_renewal_price_increase=False,
                  termination_for_breach=False, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True)),
    "h331e02": (T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=300 / 378_000 * 100, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="Iceland", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True)),
    "h331e03": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True)),
    "h331e04": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                  liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True,
                  final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                  governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=False)),
    "h331e05": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=500 / 666_000 * 100, liability_cap_pct=200, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="Finland", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True)),
}
FORUM_OUTSIDE_MAINLAND = {"h331e02", "h331e05"}  # Reykjavík courts; Helsinki arbitration

EXPECTED = {  # written by hand; cross-checked below against the policy applied to the labels
    "h331z01": [],
    "h331z02": ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h331z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h331z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h331z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h331e01": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h331e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-GOVERNING-LAW"],
    "h331e03": [],
    "h331e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h331e05": ["CR-GOVERNING-LAW"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def contract_value(key):
    return sum(PRICES[key]["parts"])


def tco(key):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    horizon − warranty years (pro rata). None when not computable (no stated fee)."""
    t, _ = LABELS[key]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    horizon = 5
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fee = PRICES[key]["fee_year"]
    assert abs(fee - sum(PRICES[key]["base"]) * t["post_warranty_fee_pct"] / 100) < 0.01, key
    service = years * fee
    total = contract_value(key) + service
    return total, service, service / total * 100


def derive_rules(key):
    t, x = LABELS[key]
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.append("CR-GOVERNING-LAW")
    c = tco(key)
    if goods and c is not None and c[2] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    name, lang, _, category, _ = FILES[key]
    t, x = LABELS[key]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x.get("acceptance_deemed_on_delivery", False)
    extra["contract_value"] = contract_value(key)
    return {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted(EXPECTED[key])}


# ---------------------------------------------------------------------------------------------------- threshold scan
D = r"(?<![\d.])"  # no digit or decimal point before
CN = "〇零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [D + r"99\.90*(?![\d])", r"九十九点九(?!五)"],
    "P1 response 4 hours": [D + r"4\s*(个)?\s*(小时|钟头)", D + r"4\s*-?\s*h(ours?|rs?)?\b",
                            r"(?<![\w-])four[\s-]+hours?\b", r"(?<![" + CN + r"])四\s*(个)?\s*(小时|钟头)",
                            D + r"240\s*(分钟|min)", r"(?i)two hundred (and )?forty minutes"],
    "delay damages 0.05%": [D + r"0\.050*\s*(%|per\s*cent|percent)", r"万分之五(?![十])", D + r"0\.50*\s*‰",
                            r"千分之零点五", r"百分之零点零五"],
    "liability cap 100%": [D + r"100(\.0+)?\s*(%|per\s*cent|percent)", r"百分之(一)?百", r"(?i)one hundred per\s*cent"],
    "prepayment 30%": [D + r"30(\.0+)?\s*(%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成",
                       r"(?i)thirty per\s*cent"],
    "TCO share 40%": [D + r"40(\.0+)?\s*(%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成",
                      r"(?i)forty per\s*cent"],
    "post-warranty fee 15%": [D + r"15(\.0+)?\s*(%|per\s*cent|percent)", r"百分之十五(?![点])",
                              r"(?i)fifteen per\s*cent"],
    "warranty 12 months": [D + r"12\s*个\s*月", D + r"12\s*月(?!\s*\d)", D + r"12[\s-]*months?\b", r"(?i)\btwelve[\s-]*months?\b",
                           r"(?<![" + CN + r"])十二\s*(个)?\s*月", r"(?i)\bone[\s-]*year\b", D + r"1[\s-]*years?\b",
                           r"(?<![" + CN + r"第每])一\s*(个)?\s*年(?!度)", r"一周年", D + r"365\s*(天|日|days)"],
    "5 years / 60 months": [D + r"5[\s-]*(个)?\s*年(?!度|级)", D + r"5[\s-]*years?\b", r"(?i)\bfive[\s-]*years?\b",
                            r"(?<![" + CN + r"\d])五\s*(个)?\s*年(?!度|级)", D + r"60\s*(个)?\s*月",
                            D + r"60[\s-]*months?\b", r"(?i)\bsixty[\s-]*months?\b", r"六十\s*(个)?\s*月"],
}
MUST_HIT = {"availability 99.9": ["99.9%", "99.90 %", "九十九点九"],
            "P1 response 4 hours": ["4小时", "4 个小时", "四小时", "4 hours", "four hours", "four-hour", "240分钟",
                                    "4h"],
            "delay damages 0.05%": ["0.05%", "0.05 per cent", "万分之五", "0.5‰"],
            "liability cap 100%": ["100%", "100 per cent", "百分之百", "百分之一百"],
            "prepayment 30%": ["30%", "30 %", "百分之三十", "三成", "thirty per cent"],
            "TCO share 40%": ["40%", "百分之四十", "四成", "forty per cent"],
            "post-warranty fee 15%": ["15%", "15 per cent", "百分之十五"],
            "warranty 12 months": ["12个月", "12 months", "twelve months", "十二个月", "一年", "one year", "12-month",
                                   "1 year"],
            "5 years / 60 months": ["5年", "5 years", "five years", "五年", "60个月", "60 months", "five-year"]}
MUST_NOT_HIT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "二〇二五年", "24 hours",
                "twenty-four hours", "14小时", "十四小时", "130%", "140%", "0.3%", "万分之五十", "1.5倍", "2026年",
                "服务年度", "Subscription Year", "0.15 per cent", "112个月", "第一年度", "每一年度", "15日", "30日",
                "40日", "60日", "30分钟", "5个工作日", "three years", "十八个月", "三十六个月", "5.4", "99.5%",
                "400 milliseconds", "45日", "150%", "215%", "2,400", "5年度", "第五年度", "12月31日"]


def threshold_hits(text):
    hits = []
    for name, pats in THRESHOLD_PATTERNS.items():
        for p in pats:
            for m in re.finditer(p, text):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for name, samples in MUST_HIT.items():
        for s in samples:
            assert any(h[0] == name for h in threshold_hits("甲 " + s + " 乙")), ("must hit", name, s)
    for s in MUST_NOT_HIT:
        assert not threshold_hits("甲 " + s + " 乙"), ("must not hit", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    # sums and shares
    for key, shares in SHARES.items():
        assert sum(shares) == 100 and not {30, 40} & set(shares), key
    # build
    sources = {k: v[4] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, lang, fmt, _, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        (OUT / (Path(name).stem + ".json")).write_text(
            json.dumps(label_json(key), ensure_ascii=False, indent=1), encoding="utf-8")
    # checks
    used = set()
    problems = []
    print()
    print("%-62s %-5s %8s  %-6s %s" % ("file", "lang", "length", "risk", "expected rules"))
    for key, (name, lang, fmt, _, _) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == ZH else len(text.split())
        lo, hi = (2800, 3300) if lang == ZH else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        copies = [text, re.sub(r"\s+", " ", text)]
        if lang == ZH:
            copies.append(re.sub(r"\s+", "", text))
        for c in copies:
            for h in threshold_hits(c):
                problems.append("%s threshold figure %s: %r in %r" % (name, h[0], h[1], h[2]))
        t, _ = LABELS[key]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005, key
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, key
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
        c = tco(key)
        if c is not None:
            assert abs(c[2] - 40) > 0.5, (key, c)
        rules = derive_rules(key)
        assert rules == sorted(EXPECTED[key]), (key, rules, EXPECTED[key])
        used |= set(rules)
        print("%-62s %-5s %8d  %-6s %s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)"))
        if c is not None:
            print("    TCO %.2f = %d + %.2f; post-warranty share %.2f %%" % (c[0], contract_value(key), c[1], c[2]))
    # the mix
    counts = {k: len(v) for k, v in EXPECTED.items()}
    assert sorted(counts.values()).count(0) == 2, counts
    singles = [k for k, v in counts.items() if v == 1]
    assert len(singles) == 1 and risk(EXPECTED[singles[0]]) == "low", singles
    assert counts["h331z05"] >= 8, counts
    assert sum(1 for k, v in counts.items() if k != "h331z05" and 2 <= v <= 3) == 6, counts
    missing = set(SEVERITY) - used
    assert not missing, missing
    print("\nall 20 CR rules expected at least once; mix: 2 compliant, 1 single low, 6 with 2-3, z05 with",
          counts["h331z05"])
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        raise SystemExit(1)
    print("lengths and threshold scans OK")


if __name__ == "__main__":
    main()
