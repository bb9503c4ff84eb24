"""holdout320: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back and checks lengths, threshold figures, label arithmetic and rule coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H320Z01 = """
T:泸川市耕地保护卫星遥感监测平台建设项目合同
P:项目编号：LCZC-2025-0417（公开招标）　合同编号：LCZRJ-HT-2025-062
P:甲方（采购人）：泸川市自然资源局　地址：泸川市江阳大道218号
P:乙方（中标供应商）：星衡空间信息技术有限公司　地址：成都市高新区天府三街199号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就耕地保护卫星遥感监测平台建设事宜，经协商一致，签订本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，内容不一致的，以对甲方更有利的为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设耕地保护卫星遥感监测平台（以下简称“平台”），提供平台软件许可、耕地变化检测模型定制开发、历史影像处理与图斑入库、部署实施与培训，监测范围覆盖泸川市辖区七个县（区）。
P:1.2 平台应实现多源卫星影像接入与管理、耕地“非农化”“非粮化”变化图斑自动提取、图斑下发与外业核查成果回传、统计分析、专题制图及移动端核查等功能，详细技术要求见招标文件第三章及乙方投标文件技术响应表。
P:1.3 乙方应于合同签订后一百五十日内完成平台部署并具备初验条件，初验后进入试运行，试运行期满后十五日内提请终验。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），为固定总价，包括软件许可、定制开发、数据处理、部署、培训、税费以及质保期内全部服务费用。甲方不再支付合同以外的任何费用。
P:2.2 分项价格如下：
P:（1）平台软件许可（永久许可，不限用户数）：¥1,180,000；
P:（2）耕地变化检测模型及业务模块定制开发：¥640,000；
P:（3）历史影像处理及图斑成果入库（2019至2024年度）：¥286,000；
P:（4）部署实施、系统联调与培训：¥94,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥440,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥990,000。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥770,000。
P:3.4 乙方每次请款前应向甲方开具合法有效的发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验：平台在甲方政务云完成部署，功能逐项测试通过，历史图斑成果完成入库并经甲方抽查无误后，双方签署初验报告。
P:4.2 试运行：初验后平台试运行九十日，其间至少完成两个季度监测批次的变化图斑提取、下发和核查回传。
P:4.3 终验标准：（1）以甲方外业核查结果为准，抽样图斑的变化检出率不低于92%，误提率不高于20%；（2）单景影像处理时长不超过2小时；（3）200个并发用户下常用页面响应时间不超过3秒；（4）通过具有资质的第三方软件测评机构的功能、性能及安全测评；（5）试运行期间未发生一级故障；（6）源代码、技术文档及培训材料交付齐全。全部满足后，甲方组织专家进行终验并出具终验报告。
P:4.4 平台上线试运行、甲方实际使用平台或支付任何款项，均不视为终验合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型优化及技术支持。
P:5.2 质保期内平台月可用率不低于99.95%。故障分级及处理时限：一级故障（平台整体不可用或监测批次无法下发）30分钟内响应、8小时内恢复；二级故障（主要功能异常）1小时内响应、24小时内解决；三级故障2个工作日内解决。
P:5.3 乙方未按5.2约定时限响应或恢复的，每超时1小时扣款人民币1,000元；月可用率每低于约定值0.01个百分点，扣款人民币2,000元。扣款由乙方在收到甲方书面通知后十日内支付，逾期未付的，甲方可从质量保证服务费用或其他应付款项中扣除。
P:5.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每服务年度不超过¥106,200，该标准自质保期满起三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件产品的著作权仍归乙方所有，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:6.2 为本项目定制开发的变化检测模型（含训练样本和模型参数）、业务模块源代码、接口程序、技术文档及全部图斑成果，知识产权归甲方所有。乙方应在终验前交付全部源代码及文档，甲方可自行或委托第三方修改、使用和推广。
P:6.3 乙方保证交付成果不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 甲方提供的遥感影像、矢量数据、权属信息及平台产生的全部业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:7.2 平台部署于甲方政务云，应符合网络安全等级保护第三级要求。乙方人员须经甲方审批后通过堡垒机访问，全程留存审计日志；涉密测绘成果按国家保密规定管理，严禁接入互联网。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方因此遭受的损失。
P:7.4 合同终止或质保期满后，乙方应按甲方要求删除其持有的全部项目数据，并出具书面删除确认。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、国土空间数据及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:8.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第九条 违约责任
P:9.1 乙方逾期完成部署或逾期提请终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:9.2 乙方交付的平台不符合合同约定，且在甲方书面通知后二十日内仍未整改合格的，乙方应向甲方支付合同总价10%的违约金。违约金不足以弥补甲方损失的，乙方应继续赔偿。
H:第十条 分包与转让
P:10.1 本项目不得转包或分包。未经甲方书面同意，乙方不得将本合同的权利义务转让给第三方。
H:第十一条 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）重大违约且在甲方书面通知后三十日内未纠正；（2）9.1约定的逾期超过六十日；（3）提供虚假材料谋取中标。
P:11.2 合同解除后，乙方应返还甲方已付但未履行部分的款项，并赔偿甲方损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：泸川市自然资源局　　乙方（盖章）：星衡空间信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H320Z02 = """
T:铜管连铸连轧生产线控制系统改造合同
P:合同编号：HSTG-SB-2025-0931
P:甲方：鹰潭华盛精密铜管有限公司（住所：江西省鹰潭市高新区铜产业园8号）
P:乙方：湘衡智控自动化工程有限公司（住所：湖南省株洲市天元区栗雨工业园26号）
P:鉴于甲方拟对其二号车间铜管水平连铸及三辊行星连轧生产线的电气控制系统进行改造，乙方具备相应的设计、供货、安装指导和调试能力，双方依据《中华人民共和国民法典》，经友好协商，就改造事宜订立本合同，共同遵守。
H:一、改造范围
P:（一）更换原有PLC控制系统、直流传动装置及操作画面，新增行星轧机主传动变频调速、在线测径闭环控制和生产数据采集功能，实现连铸、连轧、牵引、盘拉和收卷工序的集中监控。
P:（二）乙方负责方案设计、设备供货、程序编制、安装指导、停产切换、联调试车和人员培训；甲方负责土建基础、动力电源引入及停产窗口安排。
P:（三）停产切换窗口为十八日，乙方应在窗口内完成新旧系统切换并恢复生产。
H:二、合同价格
P:（一）合同总价为人民币肆佰零陆万元整（¥4,060,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器、远程I/O模块及编程软件|1套|1,260,000
TB:2|变频传动柜（行星轧机、牵引、收卷）|9面|1,540,000
TB:3|HMI/SCADA软件许可及操作站|1套|286,000
TB:4|工业以太网交换机、光纤及单向网闸|1批|214,000
TB:|设备及软件小计||3,300,000
TB:5|程序设计与联调试车|1项|468,000
TB:6|安装指导与停产切换|1项|252,000
TB:7|操作及维护培训|1项|40,000
TB:|合同总价||4,060,000
P:（二）上表“设备及软件小计”为质保期满后维保费用的计算基数。除本合同另有约定外，合同总价不因材料价格、汇率变化而调整。
H:三、付款方式
P:（一）合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的10%作为预付款，即人民币406,000元。
P:（二）设备全部到货并经双方开箱清点签收后，甲方支付合同总价的35%，即人民币1,421,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即人民币2,030,000元。
P:（四）其余5%即人民币203,000元作为质量保证金，质保期满且无未了问题后十五个工作日内无息支付。
H:四、交货、试车与验收
P:（一）全部设备应于合同生效后九十日内运抵甲方现场，乙方随货提供装箱单、合格证及出厂检验报告。
P:（二）联调试车完成后进行热负荷试运行，连续72小时稳定生产，期间不得因控制系统原因停机。
P:（三）最终验收标准：1. 行星轧机速度控制精度达到±0.1%；2. 在线测径闭环投入后，成品外径偏差不超过±0.03毫米；3. 生产数据采集点位逐一核对无误，报表数据与现场仪表一致；4. 热负荷试运行满足上述第（二）项要求；5. 程序、画面、电气图纸及操作维护手册交付齐全。满足全部标准后，双方签署最终验收证书。
P:（四）试运行期间生产的产品归甲方所有。设备安装完成、试运行或甲方使用设备生产，均不视为验收合格。
H:五、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或程序缺陷产生的维修、更换和调试均由乙方免费负责。
P:（二）质保期内故障响应：一级故障（造成生产线停机）乙方应在30分钟内远程响应，2小时内派工程师到达现场，8小时内恢复生产；二级故障（单台设备异常但不停产）2小时内响应，48小时内处理完毕。
P:（三）乙方响应或到场超过上述时限的，每超时1小时向甲方支付人民币1,500元，甲方可从质量保证金中直接扣除。
P:（四）质保期满后，乙方提供维保服务，维保年费按设备及软件小计的7%计取，即每服务年度人民币231,000元，前三个服务年度价格固定不变。维保内容包括季度巡检、备件更换建议、程序优化及7×24小时电话支持，响应时限同本条第（二）项。
P:（五）乙方应在质保期内储备主要易损备件，包括I/O模块、通讯模块、传动功率单元及编码器，保证备件在24小时内可到达甲方现场。质保期满前三十日，双方共同对系统进行一次全面检查，检查中发现的缺陷由乙方在质保期满前免费消除。
H:六、双方义务与现场管理
P:（一）甲方应在设备到货前完成基础和电缆沟施工，提供施工用电、临时仓储及必要的起重设备，并指定一名项目负责人协调停产切换期间的生产安排。
P:（二）乙方应派驻具有同类铜加工生产线改造经验的项目经理和调试工程师，名单经甲方确认后不得随意更换。乙方人员应遵守甲方安全生产、消防和危险作业审批制度，动火、登高和带电作业须事先办理作业票。
P:（三）乙方应在开工前提交施工组织方案和停产切换方案，方案应包括旧系统拆除顺序、新旧信号对照表、回退措施和每日进度计划，经甲方审核同意后实施。
P:（四）因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:七、培训
P:（一）乙方应为甲方电气、工艺及操作人员提供不少于十个工作日的培训，内容包括系统原理、程序结构、画面操作、常见故障诊断及备件更换。培训结束后，乙方应组织考核，并向甲方提交培训记录。
H:八、知识产权
P:（一）为本项目编制的PLC程序、HMI画面、工艺控制模型及其源程序、电气图纸归甲方所有，乙方应在最终验收前全部移交，甲方可自行修改或委托他人维护。
P:（二）第三方软件的知识产权归原权利人，乙方保证甲方取得合法、永久的使用许可。
H:九、数据与网络安全
P:（一）生产工艺参数、配方、质量数据及运行日志属于甲方，乙方不得用于本合同以外的任何目的。
P:（二）控制网络与办公网络之间设置单向网闸；乙方远程访问须经甲方逐次审批，并通过甲方指定的堡垒机进行，禁止使用未经查杀的移动存储介质。
P:（三）因乙方原因导致病毒侵入、数据泄露或控制系统被非法控制的，乙方应在发现后1小时内通知甲方，配合处置，并承担由此造成的全部损失。
H:十、保密
P:（一）双方对履约中获悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
H:十一、分包
P:（一）乙方可将现场电缆敷设、桥架安装等辅助施工分包给具备相应资质的单位，仅需在分包单位进场前书面告知甲方，无需取得甲方同意。乙方对分包单位的工作质量和安全承担责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成停产切换的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，提交鹰潭仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执二份，经双方授权代表签字并盖章后生效。
P:甲方（盖章）：鹰潭华盛精密铜管有限公司　　乙方（盖章）：湘衡智控自动化工程有限公司
P:授权代表：＿＿＿＿　　授权代表：＿＿＿＿　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H320Z03 = """麦香源烘焙教务及收费管理云服务合同

合同编号：MXY-IT-2025-017

甲方：广州麦香源烘焙职业培训学校有限公司（下称“甲方”）
乙方：杭州云课通教育科技有限公司（下称“乙方”）

甲方在全国设有15个校区，开设西点、面包、裱花及咖啡等培训课程。为统一各校区的招生、排课、考勤、结业证书及学费收取管理，甲方决定采购乙方“云课通”教务及收费管理云服务（下称“云服务”），并委托乙方完成实施。双方经协商，订立本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方15个校区提供云服务，包括学员档案、课程与班级管理、排课、考勤、实操考核、结业证书、报名缴费、分期付款、退费审批、校区对账及经营报表等功能。
（2）实施服务包括：各校区历史学员及缴费数据迁移、收费规则与审批流程配置、与甲方现有财务系统及两家支付机构的接口对接、校区管理员培训及上线保障。
（3）云服务的功能清单及实施范围以本合同附件一为准。

第二条 服务期限
（1）云服务初始服务期为三个服务年度，首个服务年度自上线验收通过之日起算。
（2）初始服务期届满前三十日内，任何一方未以书面形式提出不续约的，本合同自动续展一个服务年度，此后亦同。
（3）每次续展时，乙方有权根据其产品定价调整续展期服务费，上调幅度不超过上一服务年度服务费的8%，乙方以书面通知告知甲方即可，无需甲方另行确认。

第三条 费用及支付
（1）订阅服务费：每校区每服务年度人民币26,400元，15个校区合计每服务年度人民币396,000元，三个服务年度合计人民币1,188,000元。
（2）实施费：人民币162,000元，一次性支付。
（3）本合同初始服务期总价为人民币1,350,000元（含6%增值税）。
（4）实施费于上线验收通过后十五个工作日内支付。每个服务年度的订阅服务费于该服务年度开始后十五个工作日内支付。甲方在上线验收前无需支付任何款项。
（5）甲方新增校区的，按每校区每服务年度26,400元按月折算计费，另行签订补充协议。

第四条 实施与验收
（1）乙方应于合同签订后六十日内完成实施并提请上线验收。
（2）上线验收标准：（a）附件一所列功能在全部15个校区开通并测试通过；（b）迁移后学员人数、课时余额及缴费余额与甲方提供的核对表逐校区核对一致；（c）与财务系统及支付机构的对账接口连续十日无差错；（d）500名用户同时在线时，常用页面响应时间不超过2秒；（e）校区管理员培训完成并考核合格。
（3）全部标准满足后双方签署上线验收单。乙方开通账号或甲方部分校区开始使用，均不视为验收通过。

第五条 服务水平
（1）云服务月可用率不低于99.5%，计划内维护须提前三日通知且安排在每日零时至六时之间，不计入不可用时间。
（2）故障分级及响应：一级故障（全部或多个校区无法登录、无法收费）15分钟内响应、2小时内恢复；二级故障（单一功能异常）1小时内响应、8小时内解决；三级故障（咨询及一般问题）1个工作日内答复。
（3）月可用率低于约定值的，按当月服务费的5%给予服务抵扣；低于99%的，按当月服务费的10%给予抵扣。一级故障响应每超时30分钟，乙方向甲方支付人民币500元。服务抵扣从下一期服务费中扣减。

第六条 知识产权
（1）云平台及其软件的知识产权归乙方所有。
（2）乙方按甲方要求定制开发的收费规则、经营报表模板及财务对账接口程序，知识产权归甲方所有，乙方应在上线验收时交付接口源代码及说明文档，甲方可自行修改或交由第三方使用。

第七条 数据安全
（1）甲方学员的个人信息、课程记录、缴费及退费流水等数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于其他任何目的，也不得向第三方提供。
（2）乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、访问权限分级、操作日志留存等安全措施，并持续保持网络安全等级保护第三级备案。
（3）发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，并承担因其原因造成的全部损失，包括甲方因此向学员承担的赔偿。
（4）合同终止后三十日内，乙方应以通用格式向甲方交付全部数据，并在甲方确认后彻底删除。

第八条 保密
（1）双方对因本合同获悉的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

第九条 违约责任
（1）乙方未按第四条第（1）项期限完成实施的，每逾期一日，按本合同初始服务期总价的万分之六向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任以本合同初始服务期总价的1.5倍为限，但第七条约定的数据安全责任、乙方故意或重大过失造成的损失不受此限。

第十条 分包
（1）乙方不得将实施服务转包。确需将部分实施工作分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

第十一条 合同解除
（1）一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。
（2）乙方连续三个月月可用率低于99%的，甲方有权解除合同，乙方应退还已收取但未使用服务期的服务费。

第十二条 甲方责任
（1）甲方应指定一名项目负责人及各校区联络人，在实施期内及时提供历史学员、课时及缴费数据，并对迁移核对表进行确认。
（2）甲方应妥善保管各校区管理员账号及密码，按照乙方提供的操作手册使用云服务。因甲方人员泄露账号造成的损失，由甲方自行承担。
（3）甲方应确保其向乙方提供的学员个人信息已依法取得学员同意或具备其他合法处理依据。

第十三条 服务变更与退出
（1）服务期内，乙方对云服务进行功能升级的，不得降低本合同附件一所列功能及本合同约定的服务水平，并应提前十五日通知甲方。
（2）甲方减少校区的，自下一个服务年度起按实际校区数计费。
（3）乙方应为甲方提供专属客户经理及工作日9:00至21:00的在线客服，每季度向甲方提交服务报告，内容包括可用率统计、故障记录、工单处理情况及改进建议，并就甲方提出的问题在十个工作日内书面答复。
（4）合同终止或不再续展的，乙方应在服务期届满后继续保留甲方账号的只读访问权限三十日，并配合甲方将数据迁移至甲方指定的系统，不另收费。

第十四条 不可抗力
（1）因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过六十日的，任何一方可书面解除本合同。

第十五条 争议解决
（1）本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交广州仲裁委员会仲裁。

第十六条 其他
（1）本合同附件与正文具有同等效力。本合同一式二份，双方各执一份，自双方盖章之日起生效。

附件一：云服务功能清单及实施范围

甲方（盖章）：广州麦香源烘焙职业培训学校有限公司
授权代表：＿＿＿＿　日期：2025年　月　日

乙方（盖章）：杭州云课通教育科技有限公司
授权代表：＿＿＿＿　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H320Z04 = """临江市公安局交通管理局车驾管业务系统运维服务合同

采购项目编号：LJCG-2025-C-0386（竞争性磋商）
合同编号：LJJG-YW-2026-01

采购人（甲方）：临江市公安局交通管理局
地址：临江市滨江东路77号

供应商（乙方）：临江恒信数智科技有限公司
地址：临江市高新区科创路15号创新大厦9楼

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就车驾管业务系统运维服务事宜达成如下协议。磋商文件、响应文件及成交通知书是本合同的组成部分。

1. 服务范围
1.1 乙方为甲方车辆登记、驾驶人管理、机动车检验监管、驾驶人考试及业务窗口自助终端等车驾管业务系统提供运维服务，服务对象包括市局车管所、六个县（市）车管分所及二十三个业务网点。
1.2 服务内容包括：驻场运维、应用系统日常维护与缺陷处理、数据库与中间件维护、服务器及网络设备巡检、安全巡检与应急处置、版本升级配合及业务高峰期保障。
1.3 本合同不包括公安部统一下发软件的开发修改及硬件备件的采购，上述事项由甲方另行安排。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期届满本合同即行终止，不自动续期。甲方需要继续采购的，依法另行组织采购。

3. 合同金额
3.1 本合同总金额为人民币壹佰零捌万捌仟元整（¥1,088,000），包括人工、交通、工具、税费等全部费用。
3.2 分项构成：驻场运维（四名工程师）¥648,000；应用系统维护¥236,000；数据库与中间件维护¥118,000；安全巡检与应急保障¥86,000。

4. 付款方式
4.1 服务费按季度支付。每季度结束后，经甲方按本合同第6条完成季度考核并确认后，甲方于十五个工作日内支付当季度服务费¥272,000。
4.2 甲方不向乙方支付任何预付款。乙方请款时应提供季度运维报告、考核确认单及合法发票。

5. 服务要求
5.1 乙方应安排四名工程师在甲方指定地点驻场，工作日8:30至17:30在岗，节假日及夜间安排人员值守并保持电话畅通。驻场人员须经甲方政治审查，更换人员应提前十五日书面报甲方同意。
5.2 故障分级及处理时限：
5.2.1 一级故障：车驾管业务系统在全市或多个车管所中断，或核心数据库不可用。乙方应在15分钟内响应，1小时内到达现场，6小时内恢复业务。
5.2.2 二级故障：单个车管所或单项业务中断。乙方应在30分钟内响应，8小时内恢复。
5.2.3 三级故障：个别终端或非核心功能异常。乙方应在1个工作日内处理完毕。
5.3 乙方应每日巡检核心系统，每月提交运维月报，每季度开展一次应急演练，并在年检、换证等业务高峰前完成专项保障方案。
5.4 乙方应建立运维工单台账，对每一故障记录发现时间、响应时间、处理过程、恢复时间及原因分析，工单台账随月报提交甲方。重大故障处理完毕后三个工作日内，乙方应提交书面故障分析报告及整改措施。
5.5 公安部、省厅下发系统升级或补丁的，乙方应在甲方通知后按要求的时限完成测试环境验证和生产环境部署，并做好回退准备。
5.6 每年一月、七月，乙方应对车驾管业务系统的服务器、存储、数据库及中间件进行一次全面健康检查，形成检查报告和优化建议，经甲方同意后在业务低峰时段实施优化，实施前应完成数据备份并制定回退方案。
5.7 乙方应配备不少于二名具有数据库管理资质的工程师作为后备支持人员，驻场人员休假或离岗期间由后备人员顶岗，确保在岗人数不少于四人。

6. 考核与验收
6.1 甲方每季度对乙方服务进行考核，考核指标包括：工单按时闭环情况、故障响应及恢复时限、巡检记录完整性、月报提交情况、业务部门满意度。考核结果以书面考核确认单确认。
6.2 服务期满后十五个工作日内，甲方依据全年考核记录、运维文档移交情况及系统运行状况进行年度验收，出具验收报告。
6.3 考核结果仅作为甲方评价乙方服务质量、要求乙方整改及今后采购参考的依据，不据此扣减服务费，乙方亦不因考核未达标承担扣款或赔偿。

7. 知识产权
7.1 乙方在运维过程中为甲方编写的脚本、配置文件、应急预案、运维文档及数据处理程序，知识产权归甲方所有，乙方应随季度报告一并移交。

8. 数据安全
8.1 车驾管业务数据、公民个人信息及系统日志均属于甲方，乙方仅可在甲方授权范围内为履行运维工作接触，不得查询、复制、下载、留存或用于任何其他目的。
8.2 乙方人员只能通过甲方公安信息网内的运维审计系统（堡垒机）操作，操作全程录像；禁止将任何数据带出公安信息网，禁止使用个人存储介质和移动设备接入。
8.3 发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在发现后1小时内报告甲方，配合开展调查处置；因乙方或其人员原因造成的，由乙方依法承担法律责任及赔偿责任。

9. 保密
9.1 乙方及其人员对履约过程中知悉的警务工作秘密、公民个人信息和系统资料负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

10. 分包
10.1 根据磋商文件要求，本项目不允许分包。乙方不得将本合同任何部分转包或分包给第三方。

11. 违约责任
11.1 乙方未按本合同约定提供服务的，应在甲方书面通知后限期整改。乙方的其他违约责任，按照《中华人民共和国民法典》的有关规定处理。
11.2 甲方应按本合同约定支付服务费。

12. 合同解除
12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：
12.1.1 连续两个季度考核不合格，或严重违约经书面通知后十五日内仍未纠正；
12.1.2 发生因乙方原因导致的重大数据安全事件；
12.1.3 擅自转包、分包。
12.2 合同解除的，甲方按乙方实际提供服务的期间结算服务费。

13. 争议解决
13.1 本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 服务交接
14.1 服务期届满或合同解除时，乙方应在甲方指定期限内向甲方或甲方指定的新服务单位移交全部运维文档、账号清单、配置基线、工单台账及未完成事项清单，并提供不少于十个工作日的交接支持，交接期间不得中断服务。
14.2 乙方人员离场前应交还全部门禁卡、数字证书及设备，甲方注销其全部系统账号后，双方签署交接确认单。

15. 其他
15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
15.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市公安局交通管理局
授权代表：＿＿＿＿
乙方（盖章）：临江恒信数智科技有限公司
授权代表：＿＿＿＿
签订日期：2025年12月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, markdown price table)
H320Z05 = """# 软件许可及实施服务合同

**（晋德软件标准合同文本 JD-SLA-2024 版）**

合同编号：JD-2025-QX-0207

**甲方（客户）：** 清徐县晋源老陈醋酿造有限公司

**乙方（服务方）：** 太原晋德软件股份有限公司

甲方拟建设企业资源计划（ERP）系统，乙方系“晋德ERP”软件的著作权人。双方根据《中华人民共和国民法典》，在平等自愿的基础上，就乙方向甲方许可使用晋德ERP软件并提供定制开发及实施服务事宜，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用晋德ERP软件V8.2，包括财务、供应链、生产制造及质量追溯四个模块，许可用户数80个，许可期限为永久。

1.2 乙方根据甲方陈醋酿造工艺进行定制开发，包括：原料批次追溯、发酵池（醅池）管理、熏醅与淋醋工序记录、陈酿罐存管理及成品批次与检验报告关联。

1.3 乙方提供软件安装部署、基础数据初始化、期初数据导入、关键用户培训及上线支持。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 晋德ERP V8.2 软件许可（四模块，80用户，永久） | 1套 | 1,260,000 |
| 2 | 陈醋酿造工艺定制开发 | 1项 | 236,000 |
| 3 | 实施服务（部署、初始化、培训、上线支持） | 1项 | 124,000 |
| | 合计 | | 1,620,000 |

2.2 上述价格含税。甲方需要增加用户数或模块的，按乙方届时报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币891,000元。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%，即人民币729,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与实施

4.1 乙方在收到3.1款项后一百二十日内完成软件安装、定制开发及上线准备。

4.2 甲方应及时提供基础数据、业务流程说明及配合人员。因甲方原因造成延误的，实施期限相应顺延。

4.3 乙方逾期完成上线准备的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统在甲方环境安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在系统上线后发现的问题，按第六条约定的维护服务处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 系统上线后六个月为免费维护期。免费维护期内，乙方提供远程技术支持，尽力协助甲方解决使用中遇到的问题。

6.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的24%，即每服务年度人民币302,400元。年度维护服务包括远程支持、补丁更新及版本升级。

6.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

## 第七条 知识产权

7.1 晋德ERP软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序源代码、数据库设计及相关文档，知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有。

8.2 乙方有权在对甲方业务数据进行脱敏处理后，将其用于乙方产品改进、行业分析及解决方案研发。

8.3 乙方应对其接触的甲方数据采取访问控制、传输加密和操作日志等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应在48小时内通知甲方并依法承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中获悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失或利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权书面解除本合同。

11.2 因甲方原因解除合同的，甲方已付款项不予退还。

## 第十二条 甲方义务

12.1 甲方应指定项目负责人，组织业务部门配合需求调研，按乙方要求的格式和时间提供物料、客户、供应商、醋醅批次及库存等基础数据，并对数据的准确性负责。

12.2 甲方应自行准备服务器、数据库、操作系统及网络环境，具体配置以乙方提供的配置清单为准。因甲方环境不满足要求导致的问题，乙方不承担责任。

12.3 甲方应安排关键用户全程参与实施，并在上线前完成内部岗位权限设置。

12.4 甲方应按照乙方提供的上线计划组织期初盘点，确保原料、醋醅、半成品及成品库存数据与实物相符。因期初数据错误导致的账务差异，由甲方自行调整。

12.5 甲方对需求的变更应以书面形式提出。需求变更影响实施范围、期限或费用的，双方另行签订补充协议，乙方有权相应顺延实施期限并收取变更费用。

## 第十三条 培训

13.1 乙方为甲方关键用户提供集中培训，培训内容包括各模块操作、基础数据维护及常用报表查询。培训场地及参训人员的食宿由甲方负责。

13.2 甲方需要额外培训的，按乙方人员服务单价另行收费。

13.3 乙方人员服务单价为每人每日人民币2,800元，差旅及住宿费用按实际发生由甲方承担。

13.4 乙方向甲方提供的培训教材、操作手册及实施文档，仅供甲方内部使用，甲方不得向第三方提供。

## 第十四条 不可抗力

14.1 因地震、洪水、疫情、政府行为等不可抗力导致任何一方不能履行本合同的，受影响方应及时通知对方，并在不可抗力事件结束后十五日内提供相关证明，在不可抗力影响范围内免除责任。

14.2 不可抗力导致实施暂停的，实施期限相应顺延；暂停期间乙方人员的差旅及驻场费用由甲方承担。

## 第十五条 通知

15.1 本合同项下的通知以书面形式送达本合同首部所列地址，或发送至双方确认的电子邮箱，发出之日后第三日视为送达。

## 第十六条 争议解决

16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十七条 其他

17.1 本合同自双方盖章之日起生效，一式二份，双方各执一份。

17.2 本合同条款为乙方标准文本，双方另有书面约定的除外。

甲方（盖章）：清徐县晋源老陈醋酿造有限公司　　授权代表：＿＿＿＿

乙方（盖章）：太原晋德软件股份有限公司　　授权代表：＿＿＿＿

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H320E01 = """
T:Software Licence and Customisation Agreement
P:Agreement No. CZJQ-SW-2025-08
P:This Software Licence and Customisation Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Chaozhou Jinqi Gold-Lacquer Woodcarving Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 16 Paifang Street, Xiangqiao District, Chaozhou, Guangdong (the "Buyer"); and
P:(2) Sesklio Digital Crafts I.K.E., a private company incorporated in the Hellenic Republic with its registered office on Nisida Sesklio, Municipality of Symi, Dodecanese, Greece (the "Vendor").
H:Recitals
P:A. The Buyer produces gold-lacquer (jinqi) woodcarvings for temples, ancestral halls and private collectors. Its craftsmen lay out gold leaf by hand on carved panels, and the Buyer wishes to plan leaf layout, leaf consumption and lacquer sequences digitally before work starts on a panel.
P:B. The Vendor develops GildLayout, a desktop application for planning gilding and leaf layout on three-dimensional carved surfaces, and has agreed to license it to the Buyer perpetually and to adapt it to the Chaozhou tradition.
P:C. At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means GildLayout Studio version 6, the Pattern Library Module and their documentation, in object code.
P:1.2 "Custom Deliverables" means the Chaozhou motif template set, the CNC export adapter for the Buyer's two carving machines, and all source code, models, templates and documents created for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Severity 1 Fault" means a fault that prevents all workstations from opening, saving or exporting layouts.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on twelve workstations at the Buyer's premises in Chaozhou and on replacement workstations from time to time.
P:2.2 The Vendor shall develop and deliver the Custom Deliverables in accordance with the functional specification in Annex 1, install the Licensed Software and the Custom Deliverables, configure them with the Buyer's leaf, lacquer and panel data, and train the Buyer's staff.
P:2.3 The Vendor shall complete installation within ninety days after the signature of this Agreement and shall present the system for acceptance testing within thirty days after installation.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 800,000, inclusive of all taxes payable in the People's Republic of China, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|GildLayout Studio v6 perpetual licence|12 seats at 38,500|462,000
TB:2|Pattern Library Module perpetual licence|1 site|96,000
TB:|Licence subtotal||558,000
TB:3|Custom Deliverables (motif templates, CNC export adapter)|1 lot|184,000
TB:4|Installation, configuration and training|1 lot|58,000
TB:|Contract Price||800,000
P:3.2 The Contract Price is fixed. No travel, subsistence or other expense may be charged to the Buyer in addition.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20 per cent of the Contract Price (CNY 160,000) within twenty days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Buyer shall pay 45 per cent of the Contract Price (CNY 360,000) within twenty days after the Buyer signs the Installation Certificate. The Installation Certificate records that the software is installed on all twelve workstations and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35 per cent of the Contract Price (CNY 280,000) within twenty days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall be carried out at the Buyer's premises in accordance with the test plan in Annex 2. The system passes when: (a) layouts produced for the Buyer's reference set of forty carved panels are confirmed by the Buyer's master gilder as usable without manual rework of more than two panels; (b) the estimated gold-leaf consumption for the reference set differs from the actual consumption by no more than 3 per cent; (c) files from the CNC export adapter load and run on both carving machines; (d) the twelve workstations run for fifteen consecutive working days without a Severity 1 Fault; and (e) the source code and documentation of the Custom Deliverables have been delivered.
P:5.2 When the criteria are met the Buyer shall sign the Final Acceptance Certificate within five working days. If a criterion is not met the Vendor shall correct the defect and repeat the relevant tests at its own cost.
P:5.3 Installation, use of the software in production, or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 1 for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches and provide remote support free of charge.
P:6.2 Support is provided remotely in Chinese and English. The Vendor shall respond to a Severity 1 Fault within 2 hours of notice, on any day of the year, and shall provide a workaround within one business day. Other faults shall receive a response within one business day.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time the Vendor shall pay CNY 800, and for each business day by which it misses the workaround time CNY 1,500. The Buyer may deduct these amounts from any sum due to the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11 per cent of the Licence subtotal, namely CNY 61,380 per support period, and is fixed for the first three support periods after the Warranty Period. Any later increase requires the Buyer's written agreement and shall not exceed 3 per cent per support period. Support is ordered by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through a third-party developer. The Vendor shall deliver their source code with Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 The Buyer's carving designs, panel photographs and scans, leaf and lacquer records and customer information ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Licensed Software runs on the Buyer's workstations and server in Chaozhou and does not transmit Buyer Data to the Vendor. Remote access by the Vendor is allowed only for a specific support ticket, with the Buyer's approval for each session, through the remote-access tool designated by the Buyer, and is logged.
P:8.3 The Vendor shall keep any Buyer Data it receives encrypted, limit access to named support engineers and delete it when the ticket is closed. The Vendor shall notify the Buyer within 24 hours of any unauthorised access to or loss of Buyer Data, co-operate in remedial measures, and is liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's motifs, designs and customer lists, and shall not disclose it to a third party without prior written consent. This obligation survives for three years after termination or expiry.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation or to present the system for acceptance testing within the periods in Article 2.3, the Vendor shall pay delay damages of 0.08 per cent of the Contract Price for each day of delay, up to 10 per cent of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to twice the Contract Price. This limit does not apply to liability under Articles 7.3 and 8, or for wilful misconduct or gross negligence.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent, and remains responsible for any subcontractor approved.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after written notice, or if delay damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall refund amounts paid for undelivered work and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Greece.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens under the Rules of the Athens Mediation and Arbitration Organisation, in the English language, by a sole arbitrator.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese, both texts being equally authentic. Annex 1 (functional specification) and Annex 2 (test plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H320E02 = """# Order Form — StayFlow Booking Cloud

**Order Form No.:** SF-CN-2025-0144

## Part A — Order Form

### A1. Parties

**Vendor:** StayFlow Systems OU, a private limited company registered in Estonia, with its seat at Uhtju Island, Vihasoo Village, Kuusalu Parish, Harju County, Estonia ("StayFlow").

**Customer:** Huangshan Yunquan Hot Spring Resort Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 8 Tangquan Road, Huangshan Scenic Area, Anhui Province ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Services

StayFlow shall provide its StayFlow Booking Cloud service to Customer's resort, which comprises 186 guest rooms and villas, 42 private hot-spring pools, a spa with 28 treatment rooms and two restaurants. The service covers online booking for rooms, pool time slots and spa treatments, the central reservations screen, channel management for the online travel agencies listed in Annex 1, packages and rate plans, guest profiles, deposits and refunds, and management reports.

StayFlow shall also perform the Set-up Services: configuration of room types, pools and rate plans, migration of future reservations from Customer's current system, interfaces with Customer's property-management system and payment gateway, and training of front-office and spa staff.

### A3. Term

The Initial Term is three Subscription Years. The first Subscription Year begins on the Go-Live Date, which is the date of Go-Live Acceptance under A6. The Agreement may be extended only by a new Order Form signed by both parties; it does not renew automatically.

### A4. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, up to 60,000 bookings | 268,000 |
| Subscription Fees for the Initial Term | three Subscription Years | 804,000 |
| Set-up Services | one-time, fixed price | 56,000 |
| **Total for the Initial Term** | | **860,000** |
| Additional bookings | per booking above 60,000 in a Subscription Year | 1.20 |

Additional bookings are invoiced after the end of the Subscription Year in which they occur. The Subscription Fee is fixed for the Initial Term.

### A5. Invoicing and Payment

1. On signature of this Order Form StayFlow shall invoice the Set-up Services fee and the Subscription Fee for the first Subscription Year, together CNY 324,000. Customer shall pay that invoice within fifteen days of receipt, and in any case before StayFlow starts the Set-up Services.
2. The Subscription Fee for the second and third Subscription Years is invoiced at the start of each of those Subscription Years and is payable within thirty days of the invoice.
3. Payments are made in CNY to the account of StayFlow's collection agent in Shanghai named on the invoice.

### A6. Go-Live Acceptance

1. StayFlow shall make the configured service available for testing within fifty days after receiving the payment under A5.1.
2. Go-Live Acceptance takes place when: (a) every reservation migrated from the current system matches the source record for dates, room or slot, guest name and deposit; (b) bookings, modifications and cancellations flow correctly to and from each channel listed in Annex 1 during a ten-day parallel run; (c) deposits and refunds reconcile with the payment gateway for the parallel run; and (d) the front-office and spa staff listed in Annex 2 have completed training. Customer shall sign the Go-Live Acceptance certificate within five business days after the criteria are met.
3. Opening the service to guests before these criteria are met does not amount to Go-Live Acceptance.
4. If the service is not ready for Go-Live Acceptance within the period in A6.1 for reasons attributable to StayFlow, StayFlow shall pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

### A7. Contacts

Customer: Director of Rooms Division, resort address above. StayFlow: Customer Success Manager for Greater China, by the portal and by e-mail.

Signed for Customer: ____________________  Date: __________

Signed for StayFlow: ____________________  Date: __________

## Part B — General Terms

### B1. Definitions

"Customer Data" means all data entered into or generated by the service for Customer, including guest names, identity document numbers, contact details, stay history, preferences and payment references. "Subscription Year" means each consecutive period of that length starting on the Go-Live Date or an anniversary of it. "Incident" means any failure of the service to perform in accordance with its documentation.

### B2. Service Levels

1. StayFlow shall make the booking engine, the central reservations screen and the channel interfaces available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and performed between 01:00 and 05:00 Beijing time.
2. StayFlow shall respond to Incidents as follows: Priority 1 (booking engine or channel interface down, or overbooking caused by the service) within 30 minutes at any time; Priority 2 (a material function degraded) within 2 hours; Priority 3 within one business day. Priority 1 Incidents are worked continuously until restored.
3. If monthly availability falls below the level in B2.1, Customer receives a service credit of 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly portion. For each Priority 1 response missed by more than 30 minutes StayFlow credits CNY 1,000. Credits are set off against the next invoice or paid on expiry.

### B3. Customer Data and Security

1. Customer Data belongs to Customer. StayFlow processes Customer Data only on Customer's documented instructions and only to provide the service, and shall not use it for any other purpose, including analytics for other customers or product development.
2. StayFlow hosts the service and Customer Data in a data centre in mainland China operated by the hosting provider named in Annex 3, and does not transfer Customer Data outside mainland China.
3. StayFlow shall maintain encryption in transit and at rest, multi-factor authentication for administrative access, role-based access control, logging of access to guest data and regular vulnerability testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
4. StayFlow shall notify Customer within 24 hours after becoming aware of any breach affecting Customer Data, take immediate containment measures, assist Customer with notices to guests and regulators, and bear the costs and losses resulting from a breach it caused.
5. On expiry or termination StayFlow shall return all Customer Data in a standard format within thirty days and then delete it.

### B4. Intellectual Property

1. StayFlow retains all rights in the StayFlow Booking Cloud platform.
2. Rate-plan rules, package definitions, custom reports and interface mappings prepared for Customer belong to Customer, and Customer may use, modify and disclose them to any successor supplier without restriction.

### B5. Confidentiality

Each party shall keep the other party's non-public business, technical and pricing information confidential, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation continues for three years after the Agreement ends.

### B6. Subcontracting

StayFlow may use the hosting provider named in Annex 3. Any other subcontractor requires Customer's prior written consent. StayFlow remains responsible for the acts of its subcontractors.

### B7. Liability

1. Neither party is liable for indirect or consequential loss, except for breach of B3 or B5.
2. StayFlow's total liability arising out of or in connection with this Agreement in any Subscription Year shall not exceed the Subscription Fees paid for that Subscription Year.

### B8. Term and Termination

1. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
2. Customer may also terminate if monthly availability falls below 99% in any two consecutive months.
3. On termination for StayFlow's breach StayFlow shall refund the prepaid Subscription Fee for the period after termination.

### B9. Governing Law and Disputes

This Agreement is governed by the laws of the Republic of Estonia. Any dispute arising out of or in connection with it shall be finally resolved by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, in English.

### B10. Customer Responsibilities

Customer shall appoint a project lead for the Set-up Services, provide the room, pool, spa and rate information requested by StayFlow in the agreed templates, arrange access to its property-management system and payment gateway for interface testing, and make front-office and spa staff available for training. Customer is responsible for the accuracy of the rates and availability it publishes through the service and for the use of the service by its users.

### B11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents StayFlow from providing the service for more than thirty consecutive days, Customer may terminate the Agreement by written notice and receive a refund of prepaid fees for the remaining period.

### B12. General

Notices shall be in writing and sent by courier or e-mail to the contacts in A7. Neither party may assign this Agreement without the other party's consent. Annexes 1 to 3 form part of this Agreement.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H320E03 = """
T:Supply and Installation Contract for Silkworm-House Climate Monitoring
P:Contract No. GXSS-EQ-2025-21
P:This Contract is made between Guangxi Yizhou Sangyuan Sericulture Co., Ltd., a company incorporated in the People's Republic of China, of 3 Canshang Road, Yizhou District, Hechi, Guangxi (the "Buyer"), and Enehoje Agritech ApS, a company incorporated in Denmark, of Enehoje, Nakskov Fjord, 4900 Nakskov, Denmark, acting through its representative office in Nanning (the "Supplier").
P:Whereas the Buyer operates mulberry plantations and 64 silkworm rearing houses and wishes to monitor and control temperature, humidity and air quality in the rearing houses, and the Supplier has offered to supply, install and commission a sensor network, controllers and a monitoring platform, the parties agree as follows. This Contract is on the Buyer's standard terms for equipment purchases. At the Buyer's request all prices are stated in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install it in the 64 rearing houses and the two mulberry-leaf cold stores, connect it to the Buyer's farm network, configure the monitoring platform on the Buyer's server, and train the Buyer's technicians.
P:1.2 The Supplier shall develop for the Buyer the rearing-stage dashboards and the alarm and ventilation rules described in Annex A (the "Custom Work").
P:1.3 Delivery of all equipment shall be completed within sixty days after signature. Installation and commissioning shall be completed within forty-five days after delivery, outside the spring rearing season dates stated in Annex B.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,200,000, inclusive of VAT, freight, insurance and all costs of installation, and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor|180|1,850|333,000
TB:2|CO2 and ammonia sensor|24|6,400|153,600
TB:3|LoRa gateway with battery backup|12|9,800|117,600
TB:4|Ventilation and heater controller|30|7,200|216,000
TB:5|Monitoring platform, perpetual licence|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||968,200
TB:6|Installation and commissioning|1 lot||142,800
TB:7|Custom Work (dashboards, alarm and ventilation rules)|1 lot||64,000
TB:8|Training|1 lot||25,000
TB:|Contract Price|||1,200,000
P:2.2 The Contract Price is fixed and covers all the Supplier's obligations during the Warranty Period.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 120,000) as an advance within fifteen working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 660,000) within twenty working days after the Installation Certificate is signed. The Installation Certificate confirms that all equipment has been delivered and installed; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 420,000) within twenty working days after Final Acceptance.
H:Section 4 Acceptance
P:4.1 After installation the system shall run for a trial period of twenty-one days during an active rearing cycle.
P:4.2 Final Acceptance requires that: (a) every temperature and humidity sensor, checked against a calibrated reference instrument, reads within 0.5 degrees Celsius and 3 percentage points of relative humidity; (b) at least 98% of scheduled readings from every rearing house reach the platform during the trial period; (c) an alarm is delivered to the duty technician's phone within 60 seconds of a threshold breach in each of ten test events; (d) each controller starts and stops ventilation and heaters correctly in a witnessed test; and (e) the Custom Work, documentation and as-built drawings have been delivered.
P:4.3 When the requirements are met the parties shall sign a Final Acceptance Certificate. Delivery, installation, use of the system during rearing, or any payment does not constitute acceptance.
H:Section 5 Warranty
P:5.1 The Supplier warrants the equipment, the platform and the Custom Work for thirty-six months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items and correct software defects free of charge, including parts, labour and travel.
P:5.2 Faults are classified as follows: Priority 1 means a failure of the platform or of alarms for one or more rearing houses; Priority 2 means a failure of individual sensors or controllers. The Supplier shall respond to a Priority 1 fault within 1 hour and arrive on site within 24 hours; it shall respond to a Priority 2 fault within 8 hours and replace the defective item within three days.
P:5.3 For each hour by which a Priority 1 response or arrival time is exceeded, the Supplier shall pay CNY 500, which the Buyer may deduct from any amount due.
P:5.4 After the Warranty Period the Supplier shall, if the Buyer so orders, provide maintenance at an annual fee of 8.5% of the Hardware and Licence Subtotal (CNY 82,297), fixed for the first two maintenance years. The maintenance order is placed by the Buyer each year and does not renew automatically.
P:5.5 The Supplier shall keep in Nanning a stock of spare sensors, gateways and controllers equal to at least 5% of the installed quantity of each item during the Warranty Period, so that replacements can be made without waiting for shipment from abroad.
H:Section 6 Delivery, Installation and Training
P:6.1 The Supplier shall deliver the equipment DDP to the Buyer's farm warehouse in Yizhou, packed for road transport and humid storage, with packing lists, certificates of conformity and test reports. Risk passes to the Buyer on signature of the delivery note; ownership passes on payment under Section 3.2.
P:6.2 Installation work in rearing houses shall follow the Buyer's biosecurity rules: installers shall change clothing and footwear at the house entrance, use disinfected tools, and shall not enter houses with active rearing without the farm manager's approval.
P:6.3 The Supplier shall train at least eight technicians of the Buyer in operating the platform, calibrating sensors, replacing batteries and devices, and adjusting alarm and ventilation rules. Training shall be held on site in Chinese, and the Supplier shall provide Chinese-language manuals.
P:6.4 The Supplier shall deliver, before Final Acceptance, as-built drawings showing the position and identifier of every sensor, gateway and controller in each rearing house, a register of device serial numbers and firmware versions, and a maintenance manual describing calibration intervals, battery replacement and cleaning of sensors exposed to lime disinfectant and high humidity.
P:6.5 The Buyer shall provide electricity, network connection points and safe access to the rearing houses, and shall name a project manager who can take decisions on its behalf.
H:Section 7 Intellectual Property
P:7.1 The platform software remains the property of the Supplier, which grants the Buyer a perpetual licence for use at the Buyer's farms.
P:7.2 The Custom Work, including dashboards, rules, configuration files and their source files, belongs to the Buyer, which may modify it and have it maintained by others.
H:Section 8 Data Security
P:8.1 All environmental readings, rearing records and production data collected by the system belong to the Buyer and are stored on the Buyer's server. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall harden the platform and gateways in accordance with Annex C, change all default passwords, keep remote access disabled except for approved support sessions, and log all such sessions.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 24 hours, take remedial action, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's production data, rearing methods, farm layouts and commercial terms, and shall not disclose them without the Buyer's prior written consent. This obligation survives termination for three years.
H:Section 10 Delay and Liability
P:10.1 If the Supplier fails to meet a date in Section 1.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for liability under Section 8, personal injury and wilful misconduct, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund amounts paid for undelivered equipment and services and bear the Buyer's reasonable additional costs.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:Section 14 General
P:14.1 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the project managers named in Annex B. A notice sent by e-mail is received on the next working day.
P:14.2 This Contract is signed in English and Chinese; both versions are equally valid. Annexes A to C form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, Schedules)
H320E04 = """# Managed SD-WAN Services Agreement

**Agreement reference:** SKN-CN-MSA-2025-031

**Between**

**Skorpa Netverk AS**, a company registered in Norway, with its registered office on Skorpa, 6090 Fosnavag, Heroy Municipality, More og Romsdal, Norway, acting in China through its authorised telecommunications partner named in Schedule 3 (the "Provider"); and

**Fujian Jinjiang Feiyue Sportswear Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at 66 Xiyuan Industrial Road, Jinjiang, Quanzhou, Fujian (the "Customer").

**Background.** The Customer makes running shoes and sportswear in three factories in Jinjiang and Shishi and sells them through a logistics hub and regional offices. It wishes to replace its leased lines with a managed SD-WAN service linking its headquarters, factories, warehouses and offices with its ERP and design systems. At the Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 **Sites** means the fourteen locations listed in Schedule 1.

1.2 **Service** means the managed SD-WAN service described in clause 2, including the edge devices, dual access circuits, the orchestrator, monitoring from the Provider's network operations centre, and change management.

1.3 **Service Commencement Date** means, for each Site, the date the Customer signs the Site Acceptance Certificate under clause 4.

1.4 **Minimum Term** means thirty-six months from the Service Commencement Date of the last Site.

## 2. The Service

2.1 The Provider shall design, install, configure, operate, monitor and maintain the SD-WAN at every Site, supply and own the edge devices, and arrange two diverse access circuits per Site through the partner named in Schedule 3.

2.2 The Provider shall implement application-aware routing policies so that the ERP, the design-file transfer system, video conferencing and factory cameras receive the priorities agreed in the design document.

2.3 The Provider shall carry out up to twenty standard configuration changes per month at no extra charge, each within two business days of the Customer's request.

2.4 The Provider shall deliver a monthly service report showing availability, latency, packet loss, incidents and changes for each Site.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Monthly Recurring Charge for all fourteen Sites is CNY 92,400, and over the Minimum Term the recurring charges total CNY 3,326,400. The one-time installation charge is CNY 118,000. The total contract value is CNY 3,444,400.

3.2 The installation charge is invoiced after the last Site Acceptance Certificate is signed. The Monthly Recurring Charge for each Site is invoiced monthly in arrears from that Site's Service Commencement Date. Nothing is payable in advance.

3.3 The Customer shall pay each undisputed invoice within thirty days of receipt.

3.4 The charges are fixed for the Minimum Term. After the Minimum Term the Service continues month by month at the same charges until either party gives ninety days' written notice to end it.

## 4. Installation and Site Acceptance

4.1 The Provider shall bring all fourteen Sites into service by the Network Ready Date of 31 March 2026, in the order stated in Schedule 1.

4.2 For each Site the Provider shall demonstrate: (a) automatic failover between the two access circuits within 3 seconds without dropping ERP sessions; (b) throughput on each circuit of at least 90% of its contracted bandwidth; (c) the application priorities in clause 2.2; and (d) correct reporting of the Site in the orchestrator and the monthly report. After a successful demonstration and a five-day stable run the Customer shall sign the Site Acceptance Certificate.

4.3 Installation of equipment or use of a Site for traffic does not by itself mean that the Site is accepted.

4.4 If any Site is not accepted by the Network Ready Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,400 for each day of delay until all Sites are accepted, up to CNY 150,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall achieve Service availability of at least 99.95% per Site per calendar month.

5.2 Incidents are prioritised and handled as set out in Schedule 2, Part B. The Provider shall respond to a Priority 1 incident within 15 minutes, at any time of day or night.

5.3 If the Provider misses the availability level or a response or restoration time, the Customer is entitled to the service credits in Schedule 2, Part C. Credits are deducted from the next invoice.

5.4 The Customer's sole and exclusive remedy for any failure of the Service to meet the service levels, and for any other failure or interruption of the Service, is the service credits under clause 5.3.

## 6. Customer Responsibilities

6.1 The Customer shall provide rack space, power, earthing and a secure location for the edge devices at each Site, give the Provider's engineers escorted access on reasonable notice, and name a local contact for each Site.

6.2 The Customer shall inform the Provider at least ten business days in advance of any planned power shutdown, relocation or building work that may affect a Site.

6.3 The Customer shall not move, open or modify the edge devices and shall return them in good condition, fair wear and tear excepted, when the Agreement ends.

## 6A. Customer Information

6A.1 Configuration records, routing policies, traffic statistics and logs relating to the Customer's network are the Customer's property. The Provider uses them only to provide the Service and shall hand them over on request.

## 7. Intellectual Property

7.1 The network design document, site plans and routing policies prepared for the Customer belong to the Customer, which may use and modify them and disclose them to any successor provider.

7.2 The orchestrator software and edge-device firmware remain the property of the Provider and its suppliers.

## 8. Confidentiality

8.1 Each party shall keep confidential all information about the other party's business, network and systems that it receives in connection with this Agreement, and shall not disclose it to any third party without prior written consent, except to its professional advisers or where required by law. This clause survives for three years after the Agreement ends.

## 9. Liability

9.1 The Provider's total liability under this Agreement shall not exceed 150% of the total contract value stated in clause 3.1.

9.2 Neither party is liable for loss of profit or indirect loss.

## 10. Subcontracting

10.1 The Provider may use the telecommunications partner named in Schedule 3 for access circuits and local field services. Any other subcontractor requires the Customer's prior written consent.

## 11. Term and Ending

11.1 This Agreement starts on signature and continues for the Minimum Term and any extension under clause 3.4.

11.2 Neither party may terminate this Agreement before the end of the Minimum Term, whatever the reason, except that either party may end it by written notice if a force majeure event prevents performance for more than ninety consecutive days. During the Minimum Term the Customer's remedies for any breach by the Provider are limited to service credits under clause 5 and delay payments under clause 4.4.

11.3 At the end of the Agreement the Provider shall support the transfer of the network to a successor provider for up to sixty days at its standard daily rates.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Schedule 1 — Sites

Headquarters (Jinjiang); Factories 1 and 2 (Jinjiang); Factory 3 (Shishi); Logistics Hub (Jinjiang); Raw-material Warehouse (Chendai); Design Centre (Xiamen); Sales Offices (Fuzhou, Guangzhou, Shanghai, Beijing, Chengdu, Wuhan); Outlet Store (Jinjiang).

## Schedule 2 — Charges, Priorities and Service Credits

### Part A — Charges

| Item | Quantity | Monthly (CNY) | One-time (CNY) |
|---|---|---|---|
| Large Site (HQ, factories, logistics hub) | 5 | 42,000 | 55,000 |
| Medium Site (warehouse, design centre, outlet) | 3 | 16,200 | 24,000 |
| Small Site (sales offices) | 6 | 25,200 | 39,000 |
| Orchestrator, monitoring and reporting | 1 | 9,000 | 0 |
| **Total** | | **92,400** | **118,000** |

### Part B — Priorities

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | A Site fully disconnected, or ERP unreachable from a factory | 15 minutes | 6 hours |
| P2 | One circuit down, or degraded performance | 30 minutes | 8 hours |
| P3 | Change requests and minor faults | 1 business day | 3 business days |

### Part C — Service Credits

| Event | Credit |
|---|---|
| Site availability below 99.95% but at least 99.5% | 5% of that Site's monthly charge |
| Site availability below 99.5% | 10% of that Site's monthly charge |
| P1 response later than 15 minutes | CNY 500 per late incident |
| P1 restoration later than target | CNY 1,000 per hour, up to that Site's monthly charge |

## Schedule 3 — Telecommunications Partner

The access circuits and local field services are provided through Minnan Unicom Enterprise Network Services Co., Ltd., licensed in the People's Republic of China.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H320E05 = """TRAFFIC VIOLATION DATA API SUBSCRIPTION AGREEMENT

Agreement number: UGL-API-CN-2025-0078

THIS AGREEMENT is made between:

UGLJAN DATA SERVICES d.o.o., a limited liability company registered in Croatia, with its registered seat at Obala 14, Preko, Otok Ugljan, 23273 Preko, Croatia ("Vendor"); and

BEIJING QINGXING MOBILITY TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office at Building 5, 10 Jiuxianqiao Road, Chaoyang District, Beijing ("Customer").

BACKGROUND

(A) Customer operates an online car-rental platform with about 21,000 vehicles in 38 cities in mainland China. After each rental it must find out whether traffic violations were recorded against the vehicle during the rental, so that fines and penalty points can be handled with the renter.

(B) Vendor operates a query interface (the "API") that returns traffic-violation records for a vehicle from the sources described in the Schedule, through data channels licensed in the People's Republic of China and operated by its local service partner.

(C) Customer wishes to subscribe to the API, and Vendor has agreed to provide it on the terms below. At Customer's request all fees are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Query" means one request to the API for the violation records of one vehicle for one period.

1.2 "Query Data" means the plate numbers, vehicle identification numbers, rental periods and any driver details that Customer submits in Queries, and the results returned to Customer.

1.3 "Subscription Year" means a period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for the number of Queries set out in the Schedule, return violation records in the JSON format described in the API documentation, and provide a test environment and technical support.

2.2 Vendor shall build and deliver an integration adapter that maps API results to Customer's rental-order and fines-management systems (the "Adapter"), and shall support Customer's integration testing.

2.3 Vendor shall inform Customer without delay of any change in its data sources that affects the coverage or accuracy of the API.

3. TERM AND RENEWAL

3.1 The Initial Term is two Subscription Years from the Service Start Date.

3.2 At the end of the Initial Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 Vendor may increase the Subscription Fee for any renewal term by up to 9% over the fee for the preceding Subscription Year by giving Customer notice at least seventy-five days before the renewal. The increased fee applies from the start of the renewal term without any further agreement by Customer.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the test environment available within ten days after signature and shall deliver the Adapter within forty days after signature.

4.2 Integration Acceptance takes place when: (a) for a test set of 500 vehicles and rental periods provided by Customer, at least 495 Queries return results that agree with the violation records that Customer obtains from the official sources; (b) the median response time of the API over the test set is under 3 seconds; (c) the Adapter writes results correctly into Customer's rental-order and fines-management systems for the whole test set; and (d) Vendor has delivered the Adapter's source code and documentation. Customer shall confirm Integration Acceptance in writing within five business days after these conditions are met.

4.3 Use of the API in production before the conditions in clause 4.2 are met does not amount to Integration Acceptance.

4.4 If Vendor fails to deliver the Adapter within the period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The total fees for the Initial Term, including the Integration Fee, are CNY 696,000.

5.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in advance, one quarter of the annual fee at the start of each calendar quarter, the first invoice on the Service Start Date pro rata. Overage Queries are invoiced quarterly in arrears.

5.3 Customer shall pay each invoice within thirty days of receipt by bank transfer to the account of Vendor's local service partner.

6. SERVICE LEVELS

6.1 Vendor shall keep the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least forty-eight hours in advance.

6.2 Vendor shall respond to incidents as follows: Priority 1 (the API unavailable, or returning wrong vehicles' records) within 30 minutes at any time; Priority 2 (slow responses or partial loss of coverage) within 2 hours; Priority 3 within one business day.

6.3 If monthly availability falls below the level in clause 6.1, Vendor shall credit 10% of that month's Subscription Fee for each started 0.5 percentage point of shortfall. For each Priority 1 response more than 30 minutes late, Vendor shall credit CNY 800. Credits are deducted from the next invoice.

7. DATA PROTECTION AND SECURITY

7.1 Query Data belongs to Customer. Vendor shall process Query Data only to answer Customer's Queries and shall not use it for any other purpose, sell it, or combine it with data of other customers.

7.2 Vendor and its local service partner shall process Query Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel, keep access logs, and delete Query Data thirty days after the result is returned, except where retention is required by law.

7.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Query Data.

7.4 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, disclosure of or loss of Query Data, take remedial measures at its own cost, and indemnify Customer against all losses, fines and claims resulting from such an incident.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API, its software and its documentation.

8.2 The Adapter, its source code and its documentation belong to Customer on delivery. Customer may use, modify and license the Adapter freely.

9. SUBCONTRACTORS AND PARTNERS

9.1 Vendor may engage subcontractors, data partners and hosting providers to perform any part of this Agreement. Vendor shall inform Customer in writing of each new subcontractor at least fifteen days before it starts work; Customer's consent is not required. Vendor remains responsible for its subcontractors.

9A. CUSTOMER RESPONSIBILITIES

9A.1 Customer shall submit Queries only for vehicles on its own platform and only for rental periods during which a rental contract with the renter existed, and shall have a lawful basis under the Personal Information Protection Law for any driver details it submits.

9A.2 Customer shall keep its API keys secure, rotate them at least every ninety days, and inform Vendor promptly of any suspected misuse of its keys.

9A.3 Customer is responsible for the way it uses violation results in dealings with renters, including notices to renters and the collection of fines.

10. LIABILITY

10.1 Vendor's total liability under this Agreement is limited to twice the total fees for the Initial Term stated in clause 5.1.

10.2 The limit does not apply to Vendor's obligations under clause 7.4, or to wilful misconduct or gross negligence.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice.

11.2 Customer may terminate this Agreement by written notice if availability falls below 99% in two consecutive months.

11.3 On termination Vendor shall refund any prepaid Subscription Fee for the period after termination and shall delete all Query Data.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 This Agreement, including the Schedule, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts named in the Schedule.

SIGNED for Vendor: ____________________   Name and title: ____________________   Date: __________

SIGNED for Customer: ____________________   Name and title: ____________________   Date: __________

SCHEDULE - FEES AND DATA SOURCES

A. Fees

Subscription Fee: CNY 336,000 per Subscription Year, covering up to 2,000,000 Queries in that Subscription Year.

Subscription Fees for the Initial Term: two Subscription Years, CNY 672,000.

Integration Fee (Adapter, test environment and integration support): CNY 24,000, one time.

Total fees for the Initial Term: CNY 696,000.

Overage: CNY 0.12 per Query above 2,000,000 in a Subscription Year.

B. Data Sources

Violation records recorded by traffic police authorities in mainland China and published through the public traffic-safety service platform, retrieved through the licensed data channel of Vendor's local service partner, Beijing Tongda Vehicle Information Services Co., Ltd.

C. Contacts

Vendor: Client Services, Ugljan Data Services, by e-mail and the support portal.
Customer: Head of Fleet Operations, Beijing Qingxing Mobility Technology.
"""

# ================================================================ labels
# Terms in the key order of the corpus labels; extra keys per convention; forum_outside_mainland is only used here
# to derive CR-GOVERNING-LAW and is not written to the .json.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

C = {}
C["h320z01"] = dict(
    file="h320z01_natural_resources_cropland_satellite_monitoring.pdf", language="zh", category="software",
    src=H320Z01, kind_fmt="pdf",
    terms=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2200000),
    fee_base=1180000, forum_outside=False,
    rules=[])
C["h320z02"] = dict(
    file="h320z02_copper_tube_casting_rolling_control_retrofit.docx", language="zh", category="hardware",
    src=H320Z02, kind_fmt="docx",
    terms=dict(OK, availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.07, liability_cap_pct=50,
               prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
               subcontract_without_consent=True, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=4060000),
    fee_base=3300000, forum_outside=False,
    rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])
C["h320z03"] = dict(
    file="h320z03_bakery_school_chain_academic_billing_saas.txt", language="zh", category="cloud",
    src=H320Z03, kind_fmt="text",
    terms=dict(OK, availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.06, liability_cap_pct=150,
               prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1350000),
    fee_base=None, forum_outside=False,
    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
C["h320z04"] = dict(
    file="h320z04_traffic_police_vehicle_licensing_om_service.txt", language="zh", category="services",
    src=H320Z04, kind_fmt="text",
    terms=dict(OK, availability_pct=None, p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=None,
               liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1088000),
    fee_base=None, forum_outside=False,
    rules=["CR-LD-MISSING", "CR-SLA-NO-REMEDY"])
C["h320z05"] = dict(
    file="h320z05_vinegar_works_erp_supplier_template.md", language="zh", category="software",
    src=H320Z05, kind_fmt="text",
    terms=dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
               buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55,
               acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
               post_warranty_fee_pct=24, subcontract_without_consent=None, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=1620000),
    fee_base=1260000, forum_outside=False,
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
           "CR-WARRANTY"])
C["h320e01"] = dict(
    file="h320e01_gilding_layout_perpetual_licence_greek_vendor.pdf", language="en", category="software",
    src=H320E01, kind_fmt="pdf",
    terms=dict(OK, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
               governing_law="Greece", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=800000),
    fee_base=558000, forum_outside=True,
    rules=["CR-GOVERNING-LAW"])
C["h320e02"] = dict(
    file="h320e02_hot_spring_resort_booking_saas_order_form.md", language="en", category="cloud",
    src=H320E02, kind_fmt="text",
    terms=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 860000 * 100,
               liability_cap_pct=33.3333, prepayment_pct=324000 / 860000 * 100, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, governing_law="Estonia", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=860000),
    fee_base=None, forum_outside=True,
    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"])
C["h320e03"] = dict(
    file="h320e03_sericulture_climate_sensors_buyer_paper.docx", language="en", category="hardware",
    src=H320E03, kind_fmt="docx",
    terms=dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
               prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8.5,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1200000),
    fee_base=968200, forum_outside=False,
    rules=[])
C["h320e04"] = dict(
    file="h320e04_sportswear_managed_sdwan_service.md", language="en", category="services",
    src=H320E04, kind_fmt="text",
    terms=dict(OK, availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
               ld_rate_per_day_pct=2400 / 3444400 * 100, liability_cap_pct=150, prepayment_pct=None,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               termination_for_breach=False, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3444400),
    fee_base=None, forum_outside=False,
    rules=["CR-DATA-SECURITY", "CR-TERMINATION"])
C["h320e05"] = dict(
    file="h320e05_rental_car_violation_api_subscription.txt", language="en", category="cloud",
    src=H320E05, kind_fmt="text",
    terms=dict(OK, availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
               ld_rate_per_day_pct=500 / 696000 * 100, liability_cap_pct=200, prepayment_pct=None,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=True, subcontract_without_consent=True, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=696000),
    fee_base=None, forum_outside=False,
    rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SUBCONTRACT"])

# price and payment arithmetic stated in the texts
assert 1180000 + 640000 + 286000 + 94000 == 2200000 and 440000 + 990000 + 770000 == 2200000
assert 1260000 + 1540000 + 286000 + 214000 == 3300000 and 3300000 + 468000 + 252000 + 40000 == 4060000
assert 406000 + 1421000 + 2030000 + 203000 == 4060000 and round(3300000 * 0.07) == 231000
assert 15 * 26400 == 396000 and 3 * 396000 + 162000 == 1350000
assert 648000 + 236000 + 118000 + 86000 == 1088000 == 4 * 272000
assert 1260000 + 236000 + 124000 == 1620000 and 891000 + 729000 == 1620000 and round(1260000 * 0.24) == 302400
assert 12 * 38500 == 462000 and 462000 + 96000 == 558000 and 558000 + 184000 + 58000 == 800000
assert 160000 + 360000 + 280000 == 800000 and round(558000 * 0.11) == 61380
assert 3 * 268000 == 804000 and 804000 + 56000 == 860000 and 268000 + 56000 == 324000
assert 180 * 1850 + 24 * 6400 + 12 * 9800 + 30 * 7200 + 148000 == 968200
assert 968200 + 142800 + 64000 + 25000 == 1200000 and 120000 + 660000 + 420000 == 1200000
assert round(968200 * 0.085) == 82297
assert 42000 + 16200 + 25200 + 9000 == 92400 and 55000 + 24000 + 39000 == 118000
assert 36 * 92400 == 3326400 and 3326400 + 118000 == 3444400
assert 2 * 336000 == 672000 and 672000 + 24000 == 696000


def tco(c, horizon=5):
    """policy §4: horizon from acceptance; purchase + implementation = contract value; post-warranty years pro rata."""
    t = c["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    fee = c["fee_base"] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, horizon - t["warranty_months"] / 12)
    service = fee * years
    total = c["extra"]["contract_value"] + service
    return dict(fee=fee, years=years, service=service, total=total, share=service / total * 100)


def derive_rules(c):
    """My reading of policy.md §3 applied to the labels (not the project's code)."""
    t, x, r = c["terms"], c["extra"], []
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
    if (t["governing_law"] not in (None, "PRC")) or c["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    tc = tco(c)
    if tc is not None and tc["share"] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================ threshold figures (raw and normalised text)
N = "零〇一二三四五六七八九十百两"
PC = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLD_RES = {
    "availability 99.9": [r"99\.9(?![0-9])", r"九十九点九(?![" + N + "])"],
    "P1 4 hours": [r"(?<![0-9.])4\s*-?\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)",
                   r"(?<![" + N + "])四\s*(?:个\s*)?小时", r"\bfour[\s-]+hours?\b",
                   r"(?<![0-9.])240\s*(?:分钟|minutes?\b|mins?\b)"],
    "LD 0.05 %/day": [r"(?<![0-9.])0\.05(?![0-9])", r"万分之五(?![" + N + "0-9])", r"千分之零点五"],
    "cap 100 %": [r"(?<![0-9.,])100" + PC, r"百分之百", r"百分之一百(?![" + N + "])", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![0-9.])30" + PC, r"百分之三十(?![" + N + "])", r"三成", r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![0-9.])12\s*-?\s*(?:个月|months?\b)", r"(?<![" + N + "])十二\s*个\s*月",
                           r"\bone[\s-]+years?\b", r"\btwelve[\s-]+months?\b", r"(?<![" + N + "])一\s*年",
                           r"(?<![0-9.])1\s*-?\s*years?\b", r"(?<![0-9.])1\s*年"],
    "post-warranty 15 %": [r"(?<![0-9.])15" + PC, r"百分之十五(?![" + N + "])", r"\bfifteen\s+per\s*cent"],
    "TCO 40 %": [r"(?<![0-9.])40" + PC, r"百分之四十(?![" + N + "])", r"四成", r"\bforty\s+per\s*cent"],
    "horizon 5 years": [r"(?<![0-9.])5\s*-?\s*(?:年|years?\b)", r"(?<![" + N + "])五\s*年", r"\bfive[\s-]+years?\b",
                        r"(?<![0-9.])60\s*-?\s*(?:个月|months?\b)", r"(?<![" + N + "])六十\s*个\s*月",
                        r"\bsixty[\s-]+months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_RES.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


MUST_HIT = ["99.9%", "可用率99.9％", "九十九点九", "4小时", "4 小时", "四小时内", "四个小时", "4 hours", "4-hour",
            "four hours", "240分钟", "240 minutes", "0.05%", "万分之五", "千分之零点五", "100%", "100 per cent",
            "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月", "十二个月",
            "12 months", "12-month", "one year", "twelve months", "一年", "1年", "15%", "百分之十五",
            "fifteen per cent", "15 percent", "40%", "百分之四十", "四成", "forty per cent", "五年", "5年", "5 years",
            "five years", "five-year", "60个月", "六十个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%",
                "百分之三十五", "百分之四十五", "四十二个月", "三十六个月", "二十四个月", "112个月", "2025年", "2026年12月31日",
                "二〇二五年", "0.055", "10.05", "1,000,000", "100,000", "万分之五十", "十五个工作日", "15 days",
                "CNY 160,000", "thirty-six months", "twenty-four months", "within one business day", "45%", "4.5"]


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))


# ================================================================ build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key, c):
    extra = dict(c["extra"])
    if c["terms"]["contract_kind"] != "goods_or_licence":
        assert "post_warranty_fee_capped" not in extra
    data = {"file": c["file"], "language": c["language"], "category": c["category"],
            "expected_terms": {k: c["terms"][k] for k in TERM_KEYS},
            "expected_extra": extra, "expected_rules": sorted(c["rules"])}
    assert set(c["terms"]) == set(TERM_KEYS), key
    return json.dumps(data, indent=1, ensure_ascii=False)


def check_labels(key, c):
    t = c["terms"]
    off = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in off.items():
        if t[k] is not None:
            assert abs(t[k] - v) > 1e-6, (key, k, t[k])
    tc = tco(c)
    if tc is not None:
        assert abs(tc["share"] - 40) > 0.5, (key, tc)
    if t["contract_kind"] != "goods_or_licence":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    assert derive_rules(c) == sorted(c["rules"]), (key, derive_rules(c), c["rules"])


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: c for k, c in C.items() if c["kind_fmt"] in ("docx", "pdf")}
    write({k: c["src"] for k, c in binary.items()}, {k: (c["file"], c["kind_fmt"]) for k, c in binary.items()}, OUT,
          wrap_words=True)
    for k, c in C.items():
        if c["kind_fmt"] == "text":
            (OUT / c["file"]).write_text(c["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", c["file"])
    fired = set()
    problems = []
    for k, c in C.items():
        check_labels(k, c)
        stem = c["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(k, c), encoding="utf-8")
        text = read_back(OUT / c["file"])
        if c["language"] == "zh":
            n, lo, hi, unit = len(text), 2800, 3300, "chars"
        else:
            n, lo, hi, unit = len(text.split()), 1500, 1700, "words"
        if not lo <= n <= hi:
            problems.append("%s length %d %s outside %d-%d" % (k, n, unit, lo, hi))
        hits = threshold_hits(text)
        if hits:
            problems.append("%s threshold figures: %s" % (k, sorted(set(hits))[:6]))
        fired.update(c["rules"])
        tc = tco(c)
        print("%-8s %-4s %5d %-5s risk=%-6s rules=%s%s" % (
            k, c["language"], n, unit, risk(c["rules"]), ", ".join(sorted(c["rules"])) or "(none)",
            "" if tc is None else "  TCO %.0f share %.2f%%" % (tc["total"], tc["share"])))
    all_rules = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
    missing = [r for r in all_rules if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = sorted(len(c["rules"]) for c in C.values())
    risks = {k: risk(c["rules"]) for k, c in C.items()}
    mix_ok = (sum(1 for c in C.values() if not c["rules"]) == 2
              and sum(1 for c in C.values() if len(c["rules"]) == 1 and risk(c["rules"]) == "low") == 1
              and sum(1 for c in C.values() if 2 <= len(c["rules"]) <= 3) == 6
              and len(C["h320z05"]["rules"]) >= 8)
    if not mix_ok:
        problems.append("mix wrong: %s" % counts)
    print("rules fired:", len(fired), "of", len(all_rules), "| risks:", risks)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems


if __name__ == "__main__":
    main()
