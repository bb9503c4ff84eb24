import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout335 — ten ordinary draft contracts (5 zh, 5 en), their sidecar labels, and the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes only into this folder. The .docx / .pdf are built with ../word_pdf.py write(..., wrap_words=True).
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 — 水利局 河湖长制综合管理平台 (政府采购 公开招标, buyer's paper), .pdf, 第X条 + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:清溪市河湖长制综合管理平台建设项目政府采购合同
P:合同编号：QXSL-ZC-2025-017    采购方式：公开招标    项目编号：QXCG2025-0386
P:采购人（甲方）：清溪市水利局    地址：清溪市滨河东路88号
P:供应商（乙方）：浙江澜汀信息技术有限公司    地址：杭州市西湖区文一西路1188号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就清溪市河湖长制综合管理平台建设项目订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设河湖长制综合管理平台，包括河湖“一河一档”电子档案、河湖长巡河管理、问题上报与督办、考核评价、河湖水质与水位监测数据汇聚、视频智能识别（非法采砂、乱堆乱建、水面漂浮物）、领导驾驶舱以及河湖长移动端和公众投诉端。
P:1.2 平台部署在甲方指定的清溪市政务云，与省级河湖长制信息系统、市水文监测系统和市数字城管系统对接。
P:1.3 乙方负责全市二百一十六条河道、十四座水库的基础数据治理、入库和空间化处理，并对甲方及各乡镇河长办人员进行培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万柒仟元整（¥2,067,000），为固定总价，包含软件开发、软件许可、数据治理、部署实施、培训、质保期内服务及税费等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件定制开发（档案、巡河、督办、考核、驾驶舱）|1,186,000
TB:2|河湖长移动端及公众投诉端开发|324,000
TB:3|视频智能识别模块软件许可（永久许可，60路）|268,000
TB:4|基础数据治理与入库|203,000
TB:5|部署实施与培训|86,000
TB:合计|软件开发及许可小计 1,778,000 元；合同总价|2,067,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥413,400。
P:3.2 平台完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥930,150。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥723,450。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。资金支付按照财政国库集中支付的有关规定办理。
H:第四条 工期
P:4.1 乙方应于合同签订之日起150日内完成平台部署并申请初步验收，初步验收合格后试运行60日，试运行结束后15日内申请最终验收。
P:4.2 因甲方原因或不可抗力导致工期延误的，工期相应顺延，顺延须经甲方书面确认。
P:4.3 乙方应派驻具有水利信息化项目经验的项目经理一名，常驻清溪市直至最终验收；更换项目经理须提前10日征得甲方书面同意。乙方每周向甲方提交项目周报，说明进度、问题和下周计划。
P:4.4 合同签订后10日内，乙方向甲方提交合同总价5%的履约保证金（可用银行保函形式），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据需求规格说明书逐项测试：全部功能点实现；与省级系统、水文监测系统和数字城管系统的接口连续运行7日无差错；500个并发用户下页面响应时间不超过3秒；视频识别准确率不低于90%；基础数据抽检合格率不低于98%。
P:5.2 最终验收须同时满足：试运行期间未发生一级故障；第三方测评机构出具的软件测试报告和等级保护三级测评报告无高风险问题；乙方交付源代码、数据库设计文档、运维手册和培训记录。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、7×24小时技术支持和每季度一次巡检。
P:6.2 平台月度可用率不低于99.95%。一级故障（平台整体不可用或数据丢失）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应、8小时内解决；三级故障24小时内解决。
P:6.3 响应或到场超时的，每超时1小时扣减履约保证金或维护费1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
P:6.4 质保期满后，甲方如需继续由乙方提供维护，年度维护费不超过软件开发及许可小计的8%（即不超过¥142,240），且质保期满后前两个维护年度内不作上调，具体由双方另行签订维护合同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、数据库设计、文档及数据治理成果的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和扩展。
P:7.2 视频智能识别模块为乙方已有产品，其知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的河湖档案、巡河记录、监测数据、视频和公众投诉信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守网络安全、数据安全和个人信息保护法律法规，落实等级保护三级要求，对账号实行最小授权，经政务云堡垒机进行运维操作并保留审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、未公开信息及技术资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方未按约定付款的，按逾期金额每日万分之三向乙方支付违约金。
P:10.3 乙方交付成果不符合约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将合同义务转让或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 合同期满或双方义务履行完毕，本合同自行终止，不自动续期。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向清溪市人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪市水利局    法定代表人或授权代表：__________    日期：____年__月__日
P:乙方（盖章）：浙江澜汀信息技术有限公司    法定代表人或授权代表：__________    日期：____年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 — 水泥厂 生料磨控制系统改造 + 质保期后维保, .docx with a Word price table, 一、/（一）
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:生料立磨控制系统改造项目合同
P:合同编号：FL-JS-2025-0614
P:甲方（买方）：宣城丰岭水泥有限公司
P:乙方（卖方）：合肥拓衡自动化工程有限公司
P:鉴于甲方二号熟料线生料立磨原控制系统已运行多年，备件停产、故障频繁，甲方决定对其进行改造；乙方具备相应的工控系统集成资质和同类改造业绩。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、合同标的
P:（一）乙方负责将二号线生料立磨及其喂料、选粉、循环风机和收尘系统的控制由原有继电器与单回路仪表改造为集散控制系统（DCS），新增先进过程控制（APC）模块，实现磨机负荷、出磨生料细度和磨机压差的自动优化控制。
P:（二）乙方负责设备供货、控制柜安装、电缆敷设、组态编程、联动调试、投运及甲方操作人员培训。
P:（三）改造施工须利用甲方计划检修窗口完成，停磨时间不得超过12天。因乙方原因导致停磨时间超出的，乙方应承担甲方由此增加的外购生料和电耗损失。
P:（四）乙方应指派一名具有水泥行业控制系统改造经验的项目经理全程负责本项目，并在施工期间常驻甲方现场。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾玖万贰仟元整（¥1,892,000），含税、含运输、安装和调试，为固定总价。明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站（冗余控制器、I/O卡件、机柜）|2套|486,000
TB:2|现场仪表及变频器（压差、温度、料层、喂料秤、风机变频）|1批|612,000
TB:3|操作员站及工程师站|4台|148,000
TB:4|控制软件许可及APC优化控制模块|1套|236,000
TB:|软硬件小计||1,482,000
TB:5|组态编程及联动调试|1项|218,000
TB:6|安装及电缆敷设|1项|164,000
TB:7|操作及维护培训|1项|28,000
TB:|合同总价||1,892,000
P:（二）上表软硬件小计为质保期满后维保费的计算基数。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后十五日内，甲方支付合同总价的50%。
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:四、交货与施工
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方厂区，并在甲方检修窗口内完成安装与冷态调试。
P:（二）乙方施工人员须遵守甲方安全生产管理制度，进入磨机、收尘器等有限空间作业前须办理作业票。
P:（三）电缆敷设及桥架安装工作，乙方可以交由具备资质的第三方施工单位完成，但应在进场前三日书面通知甲方，并对其施工质量和安全负责。
P:（四）乙方应在设备到货时随机提供装箱单、合格证、出厂检验报告和原厂授权文件；在最终验收前提交竣工图纸、I/O清单、组态程序备份、控制逻辑说明、操作规程和维护手册各两套，并提供电子版。
P:（五）乙方应在质保期开始前向甲方提供首批随机备品备件（控制器电源模块、I/O卡件各两块），并列出建议备件清单和单价，供甲方储备参考。
H:五、验收
P:（一）热负荷联动调试完成后，系统连续稳定运行72小时，方可申请最终验收。
P:（二）最终验收标准：全部I/O点校验正确；控制回路自动投运率不低于95%；APC投运后磨机台时产量较改造前提高不少于5%、出磨生料0.08mm筛余合格率不低于90%；操作画面刷新时间不超过1秒；控制器冗余切换无扰动。
P:（三）甲方在收到验收申请后七日内组织验收并出具验收报告；验收不合格的，乙方在十日内整改后重新验收。设备到货、安装完毕或投入生产使用，均不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏的设备和部件，免费提供软件缺陷修复和升级。
P:（二）故障分级及响应：一级故障（导致磨机停机或控制器失效）30分钟内电话响应，3小时内到达现场；二级故障（单一回路或单台设备失效）2小时内响应，次日到达现场；三级故障在下次计划检修时处理。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付800元违约金。
P:（四）质保期满后，乙方按年提供维保服务，维保内容包括定期巡检、备件更换、软件升级和远程技术支持。年度维保费按软硬件小计的18%计取，即每年266,760元，质保期满后前三个维保年度均按此标准执行，不再上调。
P:（五）培训安排：乙方应在投运前对甲方中控室操作员、仪表工和电气工程师分批进行培训，内容包括DCS操作、画面报警处理、APC投切、常见故障判断和组态修改，培训不少于五个工作日，考核合格后方可上岗操作。
H:七、知识产权
P:（一）乙方为本项目编制的组态程序、控制策略、APC模型参数和技术文档，其知识产权归甲方所有，甲方可自行修改和使用。
P:（二）DCS系统软件和APC平台软件的知识产权仍属原权利人，甲方获得永久使用许可。
H:八、数据与网络安全
P:（一）系统产生的生产工艺数据、操作记录和报警记录归甲方所有，乙方不得擅自拷贝或用于本合同以外的目的。
P:（二）乙方应按照工业控制系统信息安全防护要求配置网络隔离和账户权限；远程维护须经甲方逐次审批，并通过甲方指定的安全通道进行。
P:（三）因乙方原因发生病毒感染、数据泄露或控制系统被非法操控的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:九、保密
P:（一）双方对在合同履行中知悉的对方技术秘密、生产工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤亡、故意或重大过失以及违反第八条造成的损失不受此限。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交宣城仲裁委员会仲裁。
H:十三、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）因地震、洪水、疫情或政府限产停产等不可抗力导致不能按期履行的，受影响方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商解决合同的继续履行或解除。
P:（三）本合同附件包括技术协议、设备清单、施工方案和验收大纲，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。
P:甲方：宣城丰岭水泥有限公司（盖章）    代表：__________
P:乙方：合肥拓衡自动化工程有限公司（盖章）    代表：__________
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 — 连锁美发店（65 家）预约及储值 SaaS + 实施, .txt, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """门店预约及会员储值云服务合同

甲方（客户）：长沙青丝美业连锁管理有限公司
住所：长沙市岳麓区麓谷大道627号
乙方（服务商）：杭州约美云科技有限公司
住所：杭州市滨江区长河路351号

甲方经营“青丝”品牌美发连锁门店65家。为统一各门店的线上预约、会员管理、储值卡和收银业务，甲方决定采用乙方的“约美”门店云服务（以下简称“云服务”）。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方65家门店提供云服务，包括：顾客小程序预约、发型师排班、会员档案与等级、储值卡及次卡、收银与提成核算、营销券、经营报表。
（2）乙方负责实施服务：门店与员工基础数据配置、甲方原系统会员数据及储值余额迁移、会员等级与提成规则的定制配置、门店收银设备联调以及店长和前台人员培训。
（3）云服务部署在乙方租用的境内云平台上，甲方无需自建服务器。
（4）乙方应确保云服务符合国家有关预付卡、个人信息保护和电子发票的规定；相关规定变化需调整功能的，乙方应在规定生效前完成调整，不另行收费。

第二条 服务期限
（1）服务期为三个服务年度，自全部门店上线验收合格之日起算。
（2）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权根据其产品定价调整订阅费单价，上调幅度不超过上一服务年度单价的10%，调整后的价格自续期之日起适用，甲方不另行签署确认。

第三条 费用
（1）订阅费：每家门店每个服务年度3,600元，65家门店每个服务年度合计234,000元，三个服务年度合计702,000元。
（2）实施费：一次性58,000元。
（3）本合同总金额为760,000元（大写：柒拾陆万元整）。
（4）短信通知超出每店每月500条的部分，按每条0.06元另行结算，不计入合同总金额。
（5）甲方在服务期内新增门店的，按同一单价按月折算增加订阅费；门店关闭的，甲方提前30日书面通知后，自下一服务季度起相应减少订阅费。
（6）收银所需的扫码枪、小票打印机等硬件由甲方自行采购，乙方负责免费联调。

第四条 付款
（1）实施费在全部门店上线验收合格后15日内一次性支付。
（2）订阅费按服务季度支付，每季度58,500元，于每个服务季度开始后10日内支付；首个服务季度自上线验收合格之日起算。
（3）乙方在收款前开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成全部门店的配置、数据迁移和培训，并提交上线验收申请。
（2）上线验收标准：65家门店全部可正常预约、开单和收银；会员档案和储值余额迁移后与原系统逐户核对一致，差异为零；提成核算结果与甲方抽查的3家门店手工核算一致；高峰时段单门店收银响应不超过2秒。
（3）甲方在收到申请后7日内组织验收并签署验收单。部分门店先行使用的，不视为上线验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付违约金600元。
（5）上线验收合格后的首月为稳定期，乙方应安排实施顾问到甲方营业额排名前十的门店现场支持，每周与甲方召开一次问题复盘会，并在稳定期结束时提交实施总结报告。

第六条 服务水平
（1）乙方承诺云服务月度可用率不低于99.5%，计划内维护须提前3日通知且安排在凌晨1点至6点之间，不计入不可用时间。
（2）故障分级：一级故障指全部或多数门店无法预约或收银，乙方应在15分钟内响应、2小时内恢复；二级故障指部分功能异常，1小时内响应、8小时内解决；三级为咨询及一般问题，24小时内答复。
（3）月度可用率低于承诺值的，按下列标准抵扣当季订阅费：低于99.5%但不低于99%，抵扣5%；低于99%，抵扣12%。一级故障超过恢复时限的，每超出1小时抵扣500元。抵扣金额在下一期订阅费中直接扣减。
（4）乙方为甲方配备专属客户成功经理和7×24小时客服热线，每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长和抵扣金额，经甲方确认后作为抵扣依据。

第七条 数据
（1）甲方会员信息、消费与储值记录、员工及经营数据（以下简称“甲方数据”）归甲方所有。
（2）乙方可以对甲方数据进行去标识化和汇总处理，用于改进其产品功能、训练推荐算法以及编制美业行业分析报告，该项使用在服务期满后仍可继续。
（3）乙方应采取加密存储、访问权限控制、操作日志等安全措施，符合网络安全等级保护二级要求；发生数据泄露的，应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。
（4）服务终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出确认后删除其系统中的甲方数据。

第八条 保密
（1）双方对在合作中获悉的对方商业秘密、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

第九条 知识产权
（1）云服务平台及其软件的知识产权归乙方所有。
（2）为甲方定制配置的会员等级规则、提成方案和专属报表模板归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

第十条 违约责任与责任限额
（1）任何一方违约，应赔偿对方因此遭受的直接损失。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但数据泄露和故意行为造成的损失不受此限。

第十一条 转包
（1）乙方不得将本合同项下的服务转包或分包给第三方；确需使用第三方短信或支付通道的，应事先取得甲方书面同意。

第十二条 甲方义务
（1）甲方应指定项目联系人，按时提供门店、员工、会员及储值余额等原始数据，并保证其来源合法。
（2）甲方应妥善保管各门店的登录账号和密码；因甲方员工泄露账号导致的损失，由甲方自行承担。
（3）甲方应在门店前台张贴会员隐私告知，并按乙方提供的模板取得会员对使用小程序预约和储值功能的同意。

第十三条 合同解除
（1）乙方严重违约，或云服务连续两个月可用率低于99%的，甲方有权书面通知解除合同，乙方应退还已预收未使用的订阅费。
（2）甲方逾期付款超过60日的，乙方可书面催告后暂停服务。

第十四条 法律适用与争议
（1）本合同适用中华人民共和国法律。因本合同引起的争议，提交长沙仲裁委员会仲裁。

第十五条 通知
（1）与本合同有关的通知以书面形式发送至本合同首页所列地址或双方指定的电子邮箱，电子邮件发出后次一工作日视为送达。
（2）一方联系人或地址变更的，应在变更后5日内书面通知对方，否则向原地址发出的通知视为送达。

第十六条 其他
（1）本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
（2）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：长沙青丝美业连锁管理有限公司    授权代表：__________    日期：__________
乙方（盖章）：杭州约美云科技有限公司        授权代表：__________    日期：__________
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 — 市住房公积金管理中心 公积金业务系统 年度运维 (政府采购 竞争性磋商), .txt, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z04 = """江城市住房公积金管理中心
住房公积金业务系统运行维护服务政府采购合同

项目名称：住房公积金业务系统运行维护服务（2025-2026服务年度）
采购方式：竞争性磋商
合同编号：JCGJJ-YW-2025-03

采购人（甲方）：江城市住房公积金管理中心
成交供应商（乙方）：湖北恒序信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方签订本合同。磋商文件、响应文件、成交通知书及运维服务方案为本合同不可分割的组成部分。

1. 服务范围
1.1 乙方为甲方住房公积金业务系统提供运行维护服务，对象包括：归集、提取、贷款、核算四个核心子系统，网上业务大厅、手机公积金和综合服务平台，以及与人民银行、不动产登记、社保、税务等外部接口。
1.2 运维内容包括：日常监控与巡检、故障处理、应用缺陷修复、小型功能优化（每服务年度不超过200人天）、数据库与中间件维护、数据备份与恢复演练、安全漏洞修补及重大活动保障。
1.3 乙方派驻3名运维工程师在甲方机房现场值守，工作日8:30至17:30驻场，其余时间电话值守并按故障等级到场。

2. 服务期限
2.1 服务期为一个服务年度，自2025年3月1日起至2026年2月28日止。
2.2 服务期满本合同即终止，不自动续期。甲方下一服务年度的运维服务依法另行采购。

3. 合同金额
3.1 本合同总金额为人民币壹佰贰拾肆万贰仟元整（¥1,242,000），包括：驻场运维服务612,000元；应用系统维护及优化386,000元；数据库及中间件维护148,000元；安全巡检与应急保障96,000元。
3.2 合同金额为固定总价，已含人员、差旅、工具、税费等全部费用，服务期内不作调整。

4. 付款方式
4.1 本合同不设预付款。
4.2 运维服务费按服务季度支付，每季度310,500元。甲方在每个服务季度结束且季度考核完成后15个工作日内，根据考核结果扣减相应款项后支付。
4.3 乙方应在付款前开具合法有效的发票；资金支付按财政国库集中支付规定办理。

5. 服务水平
5.1 核心业务系统在工作时间内的月度可用率不低于99.95%。
5.2 故障响应与处理时限：
一级故障（核心子系统中断、网上业务大厅无法办理业务或资金结算异常）：15分钟内响应，1小时内到场，3小时内恢复；
二级故障（单项业务功能异常，不影响整体办理）：30分钟内响应，8小时内解决；
三级故障（一般缺陷或咨询）：2个工作日内解决。
5.3 乙方每月5日前提交上月运维报告，包括系统运行指标、故障清单、巡检结论和安全漏洞处置情况。

6. 考核与验收
6.1 甲方按服务季度对乙方进行考核，考核指标包括：可用率、故障响应与恢复时限、巡检及报告按时率、备份恢复演练结果和业务部门满意度。
6.2 一级故障超过恢复时限的，每超时1小时扣减当季服务费2,000元；二级故障超时的，每次扣减500元；可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。
6.3 服务期满后，甲方依据运维服务方案和四个季度的考核记录组织年度验收，验收标准为：全年无因乙方原因造成的数据丢失；季度考核均为合格以上；运维文档、脚本和配置基线已全部移交。季度付款不视为年度验收合格。

7. 数据安全
7.1 业务系统中的缴存职工个人信息、账户、贷款和资金数据均归甲方所有。乙方只能在甲方授权范围内、为履行本合同目的访问和处理数据。
7.2 乙方人员须通过甲方堡垒机进行运维操作，实行一人一账号，全部操作记录审计；不得将生产数据拷贝至个人电脑或移动介质，确需使用测试数据的，由甲方提供脱敏数据。
7.3 乙方应落实网络安全等级保护三级和个人信息保护的有关要求，及时修补安全漏洞。
7.4 发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

8. 人员管理
8.1 乙方驻场人员须具有三年以上同类系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面报甲方同意，且接替人员能力不低于原人员。
8.2 乙方驻场人员须遵守甲方机房管理和考勤制度，进出机房须登记，不得携带与工作无关的设备进入机房。
8.3 乙方应为驻场人员购买工伤及意外伤害保险，其人员在服务过程中发生的人身伤害由乙方负责处理。
8.4 乙方应建立驻场人员考勤和工作日志，每月随运维报告一并提交甲方，作为季度考核的依据之一。

9. 成果归属与服务交接
9.1 乙方在服务期内形成的运维文档、脚本、配置基线、优化功能的源代码归甲方所有，乙方应在服务期满时完整移交。
9.2 服务期满前30日，乙方应制定交接计划，向甲方或甲方指定的后续服务商移交系统账号、运维手册、未关闭问题清单和备份介质清单，并提供不少于15个工作日的交接配合，交接完成后由甲方出具确认书。
9.3 乙方应保证其交付的脚本和源代码不侵犯第三方知识产权。

10. 应急与重大活动保障
10.1 乙方应制定应急预案，每服务季度组织一次数据备份恢复演练，每半个服务年度组织一次核心系统切换演练，演练方案和结果报甲方备案。
10.2 在年度结息、政策调整上线、缴存基数调整等重大业务节点，乙方应提前制定保障方案，安排不少于5名技术人员现场值守。
10.3 发生一级故障时，乙方项目经理应在30分钟内向甲方信息科负责人报告处置进展，故障恢复后2个工作日内提交故障分析报告。

11. 违约责任
11.1 乙方未按运维服务方案约定的时间完成年度系统升级、安全漏洞整改或数据恢复演练的，每逾期一日按合同总金额的万分之二向甲方支付违约金。
11.2 因乙方原因导致数据丢失或业务中断造成甲方损失的，乙方应赔偿甲方的全部损失。
11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

12. 转包与分包
12.1 乙方不得将本合同项下服务转包或者分包。

13. 合同解除
13.1 乙方连续两个服务季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并按实际服务时间和考核结果结算。
13.2 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同。

14. 争议解决
14.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。
15.2 本合同未尽事宜，双方可签订补充协议，但不得违背磋商文件和响应文件的实质性内容。

甲方（盖章）：江城市住房公积金管理中心    代表：__________    日期：__________
乙方（盖章）：湖北恒序信息技术有限公司    代表：__________    日期：__________
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 — 黄酒厂 QMS licence + custom development, on the supplier's own template (many problems), .md
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 软件产品许可及定制开发合同

> 质衡软件标准合同文本 V4.0（QH-HT-2024）

**合同编号：** QH-2025-SX-0219

**甲方（用户）：** 绍兴醇和坊黄酒有限公司

**乙方（供方）：** 杭州质衡软件有限公司

甲方因黄酒酿造质量管理需要，拟购买乙方“质衡QMS”质量管理系统软件，并委托乙方针对黄酒生产工艺进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“质衡QMS”质量管理系统标准版软件许可，含原料检验、过程检验、成品检验、不合格品处理、供应商质量、质量追溯和统计分析模块，许可用户数为80个。

1.2 乙方根据甲方需求进行定制开发，包括：黄酒浸米、蒸饭、落缸、发酵、压榨、煎酒全过程工艺参数采集；陈酿酒坛批次与库位追溯；基酒勾调配方管理；与甲方ERP系统和化验室仪器的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及甲方用户培训。

1.4 定制开发的具体功能以双方确认的《功能清单》为准。《功能清单》确认后甲方提出的新增或变更需求，乙方按人天单价2,800元另行报价，经甲方书面确认后实施。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS标准版软件许可（80用户，永久） | 960,000 |
| 2 | 黄酒工艺质量追溯定制开发及接口开发 | 320,000 |
| 3 | 安装部署、数据初始化及培训 | 80,000 |
| | 合计 | 1,360,000 |

2.2 上述价格不含甲方服务器、数据库及操作系统等第三方软硬件。

2.3 乙方在收到每期款项前向甲方开具等额增值税专用发票。合同价款为含税价，如遇国家税率调整，按调整后的税率相应调整未开票部分的价款。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即748,000元。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即612,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停后续工作。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成标准软件安装及定制功能开发，并安排上线。

4.2 因甲方需求变更、数据准备不及时或甲方配合不到位导致延期的，交付期限相应顺延。

4.4 甲方应在合同签订后15日内提供服务器环境、ERP接口文档、化验室仪器清单和历史检验数据，并指定项目负责人及各车间联络人员；甲方未按时提供的，乙方有权暂停开发。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 乙方完成安装部署并通知甲方后，系统即投入上线运行。系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，由乙方在维护期内按第六条处理，不影响验收结论和付款。

## 第六条 免费维护

6.1 乙方为甲方提供六个月免费维护服务，自系统上线之日起计算。免费维护期内，乙方负责软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或质量追溯无法查询）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 上述响应时间为乙方的服务目标。乙方未能在上述时间内响应的，不承担扣款、赔偿或违约金责任。

6.4 免费维护不包括因甲方操作不当、硬件故障、病毒或第三方软件引起的问题，以及甲方新增的功能需求。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，以保障软件正常运行和获得版本升级。

7.2 年度维护费为软件许可费的28%，即每个维护年度268,800元，于每个维护年度开始前一次性支付。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复、升级和技术支持，甲方再次购买时须补缴中断期间的维护费。

7.4 年度维护服务内容包括：软件缺陷修复、版本升级、远程技术支持、每个维护年度一次现场巡检，以及因国家食品安全标准或黄酒产品标准变化引起的报表格式调整。现场服务的差旅费用由甲方承担。

## 第八条 知识产权

8.1 “质衡QMS”软件及其文档的著作权和其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的全部功能模块、工艺模型、接口程序、源代码及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得对其进行修改、反向工程或许可第三方使用。

8.3 乙方有权将定制开发形成的通用功能纳入其标准产品。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、检验及质量数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，并采取账号权限控制、传输加密和操作留痕等安全措施；发生数据泄露或损毁的，乙方应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

9.3 合同终止后，甲方可要求乙方协助以数据库备份形式导出甲方数据，协助导出超过两人天的，按乙方当时的人天单价另行收费。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露，合同终止后保密义务继续有效。

## 第十一条 责任限制

11.1 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

11.2 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，乙方已完成的工作，甲方应按进度支付相应费用。

## 第十三条 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并在15日内提供证明，双方根据影响程度部分或全部免除责任，并协商延长履行期限。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 通知

15.1 双方的通知应以书面形式送达合同首页所载地址，或以电子邮件发送至双方项目负责人的邮箱；以电子邮件发送的，发出后次一工作日视为送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件为《功能清单》，与本合同具有同等效力。

甲方（盖章）：绍兴醇和坊黄酒有限公司　　代表签字：__________

乙方（盖章）：杭州质衡软件有限公司　　代表签字：__________
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 — Shantou embroidery studio, beadwork layout software, perpetual licences; Finnish vendor on Äppelö. .pdf
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KVK-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Shantou Huaxiu Embroidery Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 19 Jinsha Road, Longhu District, Shantou, Guangdong (the "Buyer"); and
P:(2) Kivikoru Software Oy, a company incorporated in Finland with its registered office at Äppelö Harbour Road 4, Äppelö, Finland (the "Vendor").
P:Background: The Buyer produces hand and machine beadwork for garments and bridal wear. The Vendor publishes BeadGrid Studio, a desktop program that converts artwork into bead layout charts, counts beads by colour and size, and outputs stitch files for beading machines. The Buyer wishes to license it and have the Vendor install it, convert the Buyer's pattern archive and train its designers.
H:Article 1 Definitions
P:1.1 "Software" means BeadGrid Studio version 7, the Pattern Library module and all updates supplied under this Agreement.
P:1.2 "Conversion Scripts" means the scripts written by the Vendor to convert the Buyer's legacy pattern files into the Software's format, and "Converted Patterns" means the files produced by them.
P:1.3 "Buyer Data" means all artwork, designs, patterns, customer orders and other data of the Buyer processed with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use eight (8) seats of the Software and the Pattern Library module at the Buyer's premises in Shantou for its own business, including work for its customers.
P:2.2 The Vendor shall install the Software on the Buyer's workstations, calibrate the colour profiles against the Buyer's bead supplier charts, configure output to the Buyer's three beading machines, convert approximately 1,200 legacy patterns and train the Buyer's designers.
P:2.3 The Vendor shall deliver the licence keys, installation media, user manuals in Chinese and English, and the Conversion Scripts with their source code.
H:Article 3 Price
P:3.1 At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 508,000, inclusive of all taxes payable in China, and is fixed. It is made up as follows:
TB:Item 1|BeadGrid Studio perpetual licences, 8 seats at CNY 46,500|CNY 372,000
TB:Item 2|Pattern Library module, perpetual site licence|CNY 58,000
TB:Licence Subtotal (Items 1 and 2)||CNY 430,000
TB:Item 3|Installation, colour calibration and machine output configuration|CNY 36,000
TB:Item 4|Conversion of legacy patterns, including Conversion Scripts|CNY 28,000
TB:Item 5|Training of designers (four days on site)|CNY 14,000
TB:Contract Price||CNY 508,000
P:3.2 The Licence Subtotal is the basis of the support fee under Article 7.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 101,600) within fifteen (15) days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 228,600) within fifteen (15) days after both parties sign the Installation Certificate. The Installation Certificate confirms that the Software has been installed on all seats; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 177,800) within fifteen (15) days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five (45) days after signature and complete pattern conversion and training within seventy-five (75) days after signature.
P:5.2 Acceptance tests shall be run by the Buyer with the Vendor's assistance and shall demonstrate that: (a) all eight seats and the Pattern Library run without error on the Buyer's workstations; (b) colour matching against the Buyer's bead supplier charts is within the tolerance stated in the Vendor's specification; (c) output files are read correctly by each of the three beading machines and produce a test panel without stitch errors; (d) at least 98% of the legacy patterns are converted, with bead counts matching the originals within 1%, and every failed file is listed with its reason; and (e) the designers have completed training.
P:5.3 When the tests are passed and the Software has then been used for thirty (30) days without a Severity 1 defect, the Buyer shall issue a written Final Acceptance certificate within seven (7) days. Installation, use of the Software in production or payment of any instalment does not amount to acceptance.
P:5.4 If any test fails, the Vendor shall correct the defect at its cost and the test shall be repeated.
H:Article 6 Warranty and Support Levels
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all new versions of the Software at no cost.
P:6.2 Defects are classified as: Severity 1, where the Software cannot start or cannot produce output for the beading machines; Severity 2, where a function is impaired but a workaround exists; Severity 3, cosmetic or documentation issues.
P:6.3 The Vendor shall respond to a Severity 1 defect within two (2) hours by telephone or remote session, provide a workaround within one business day and a permanent fix within five business days. Severity 2 defects receive a response within one business day and a fix in the next maintenance release.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due to the Vendor.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support, covering defect correction, new versions and telephone and remote assistance at the levels of Article 6.
P:7.2 The annual support fee is 11% of the Licence Subtotal, that is CNY 47,300 per support year. This fee is fixed for the first three support years after the Warranty Period. Any later change requires the written agreement of both parties.
P:7.3 Support is ordered by the Buyer's purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and its documentation remain the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software.
P:8.2 The Conversion Scripts and the Converted Patterns are made for the Buyer. All rights in them vest in the Buyer on creation, and the Buyer may use, modify and license them freely, including to another software provider.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software infringes a third party's intellectual property rights.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, copy or use any design of the Buyer for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session and shall take place through a tool chosen by the Buyer. The Vendor shall protect any Buyer Data in its possession with appropriate technical and organisational measures, including encryption in transit and access limited to named engineers, and shall return or destroy it when the task is complete.
P:9.3 The Vendor shall notify the Buyer within twenty-four (24) hours after becoming aware of any unauthorised access to or loss of Buyer Data and shall be liable for the losses that such an incident caused by the Vendor brings about.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Buyer's unreleased designs and customer lists and the Vendor's source code, and shall not disclose it to a third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to meet a date in Article 5.1 for reasons not attributable to the Buyer, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to Article 8.3, breach of Article 9 or 10, personal injury, or wilful misconduct.
P:11.3 Late payment by the Buyer bears interest at the rate published by the People's Bank of China as the loan prime rate.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty (20) days after notice, or if delay damages under Article 11.1 reach their maximum.
P:13.2 On termination by the Buyer under Article 13.1, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce by a sole arbitrator. The seat of arbitration is Helsinki, Finland, and the language of the proceedings is English.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal force. It takes effect on signature by both parties.
P:For the Buyer: Shantou Huaxiu Embroidery Studio Co., Ltd.    Signature: ____________    Date: ________
P:For the Vendor: Kivikoru Software Oy    Signature: ____________    Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 — Changbai Mountain ski-resort operator, lift-pass SaaS, Order Form (Part A) + General Terms (Part B),
#       Icelandic vendor on Elliðaey. .md with a fee table
# ----------------------------------------------------------------------------------------------------------------
E02 = """# LYFTA PASS — ORDER FORM AND GENERAL TERMS

**Order Form No.:** LP-OF-CN-0087

**Vendor:** Lyfta Systems ehf., registered in Iceland, Elliðaey Lighthouse Lane 2, 900 Vestmannaeyjar, Iceland ("Lyfta")

**Customer:** Jilin Changbai Snowline Resort Operation Co., Ltd., Baishan Road 88, Chibei District, Changbai Mountain Protection and Development Zone, Jilin Province, China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Lyfta and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

---

## PART A — ORDER FORM

### A1. Services

A1.1 Lyfta will provide the Lyfta Pass cloud platform for the sale and control of ski lift passes at Customer's resort: online and counter sales of day passes, multi-day passes and season passes; dynamic day pricing; RFID card and mobile-pass issuing; gate validation on 14 lifts and 2 gondolas; ski-school and rental bundles; guest photo capture for season passes; and daily revenue and skier-visit reporting.

A1.2 Lyfta will carry out onboarding: set-up of ticket types, prices and sales channels; integration with the 16 existing turnstile controllers through Lyfta's gate connector; migration of 9,400 season-pass holders from Customer's current system; and training of ticket-office, gate and finance staff.

### A2. Subscription Term

A2.1 The Subscription Term is three (3) Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A5.2.

A2.2 The Agreement does not renew automatically. Any further period requires a new Order Form signed by both parties.

### A3. Fees

A3.1 At Customer's request all fees are stated in Chinese yuan (CNY) and are inclusive of VAT payable in China.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Lyfta Pass platform subscription | per Subscription Year | 268,000 |
| Gate connector licences, 16 controllers | per Subscription Year | 42,000 |
| Annual subscription total | per Subscription Year | 310,000 |
| Subscription, three Subscription Years | 3 x 310,000 | 930,000 |
| Onboarding (one-time) | fixed | 64,000 |
| **Total Contract Value** | | **994,000** |

A3.2 Transactions above 1,500,000 validated gate passages in a Subscription Year are charged at CNY 0.02 per passage. These usage charges are not part of the Total Contract Value.

### A4. Invoicing and Payment

A4.1 The onboarding fee is invoiced on the Go-Live Date.

A4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. No fee is invoiced or payable before the Go-Live Date.

A4.3 Invoices are payable within thirty (30) days of receipt by bank transfer in CNY.

### A5. Onboarding and Go-Live

A5.1 Lyfta will complete onboarding by 20 November 2025, so that the resort can open its winter season with the new system.

A5.2 Go-Live Acceptance tests, run jointly on site, shall show that: (a) all ticket types can be sold online and at every counter, with correct prices and receipts; (b) every gate validates RFID cards and mobile passes and rejects invalid ones within one second; (c) all migrated season-pass holders can pass the gates with their existing cards and photos; and (d) the daily revenue report reconciles with the payment-provider settlement for three consecutive test days. The "Go-Live Date" is the date on which Customer signs the Go-Live Acceptance certificate. Sales to the public before that date do not amount to acceptance.

A5.3 If onboarding is not completed by the date in A5.1 for reasons attributable to Lyfta, Lyfta shall pay Customer CNY 800 for each day of delay, up to CNY 40,000.

A5.4 Customer shall provide, in time for onboarding, network access to the turnstile controllers, a list of ticket types and prices for the season, the season-pass holder file with photos, and a contact in its IT team who can approve firewall changes. A delay caused by Customer moves the date in A5.1 by the same number of days.

### A6. Contacts

A6.1 Customer: Ms Piao Xuemei, Head of Ticketing. Lyfta: Mr Einar Gunnarsson, Account Director.

---

## PART B — GENERAL TERMS

### B1. Service Levels

B1.1 During the operating season (1 November to 15 April) Lyfta will make the sales and gate-validation functions available 99.95% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out outside lift operating hours.

B1.2 Priority 1 incidents (gates cannot validate passes, or no sales channel works) receive a response within thirty (30) minutes, at any hour during the operating season, and restoration or a workaround within two (2) hours. Priority 2 incidents receive a response within two (2) hours; Priority 3 within one business day.

B1.3 If monthly availability falls below the level in B1.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage points of shortfall, up to half of that monthly equivalent. Each Priority 1 response missed by more than thirty minutes gives a further credit of CNY 1,000. Credits are set off against the next invoice.

B1.4 Gate offline mode: the gate connector keeps validating season passes for up to eight hours when the connection to the platform is lost.

B1.5 Lyfta provides a support portal and a Chinese-speaking hotline during the operating season. Each month Lyfta sends Customer a service report showing availability, incidents with their response and restoration times, and the credits due. Outside the operating season Lyfta provides support on business days and carries out upgrades after agreeing the timetable with Customer.

### B2. Customer Data

B2.1 "Customer Data" means data entered into or generated by the platform for Customer, including guest names, contact details, season-pass photos, sales and gate-passage records.

B2.2 Customer Data belongs to Customer. Lyfta processes it only on Customer's documented instructions and only to provide the services under this Agreement.

B2.3 Customer Data is hosted in a data centre in Beijing operated by a licensed Chinese cloud provider that holds an MLPS Level 3 record. Customer Data is not transferred out of mainland China. Lyfta applies encryption at rest and in transit, role-based access and multi-factor authentication for its staff, and keeps access logs for at least six months.

B2.4 Lyfta shall notify Customer of any personal-data breach within twenty-four (24) hours of becoming aware of it, shall cooperate in notifying the authorities and affected guests, and is responsible for the losses and costs that a breach caused by Lyfta brings about.

B2.5 At the end of the Subscription Term, Lyfta shall export all Customer Data in CSV format within fifteen days and then delete it.

### B3. Configurations and Intellectual Property

B3.1 The platform and the gate connector remain the property of Lyfta.

B3.2 The ticket-type structure, price rules, report templates and other configurations made for Customer belong to Customer, and Customer may use, modify and give them to any other provider.

### B4. Confidentiality

B4.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without written consent, during the Subscription Term and for three years afterwards.

### B5. Subcontracting

B5.1 Lyfta shall not subcontract any part of the services other than hosting by the provider named in B2.3 without Customer's prior written consent.

### B6. Liability

B6.1 Neither party is liable for indirect or consequential loss, lost profits or lost revenue.

B6.2 Lyfta's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

B6.3 The limits in B6.1 and B6.2 do not apply to a breach of B2.4 or B4, or to fraud or wilful misconduct.

### B7. Term and Ending

B7.1 This Agreement remains in force until the end of the Subscription Term. Customer commits to the full Subscription Term, and neither party may terminate this Agreement before the end of the Subscription Term, except that Lyfta may terminate it if Customer fails to pay an undisputed invoice within sixty (60) days after a reminder.

B7.2 If Lyfta fails to perform, Customer's remedies are the service credits in B1.3, the delay payment in A5.3 and re-performance of the affected services; the fees for the Subscription Term remain payable.

B7.3 Lyfta may suspend access while an undisputed invoice is more than sixty days overdue, after giving fifteen days' written notice.

### B8. Governing Law and Jurisdiction

B8.1 This Agreement is governed by the laws of Iceland.

B8.2 The District Court of Reykjavík (Héraðsdómur Reykjavíkur) has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

### B9. General

B9.1 This Agreement is the entire agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.

B9.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, including heavy snowfall that closes access roads, provided it notifies the other party promptly.

B9.3 Notices under this Agreement are given in writing by e-mail to the contacts named in A6 and confirmed by courier to the addresses on this Order Form. A notice is received on the business day after the e-mail is sent.

B9.4 This Agreement is signed in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

---

Signed for Lyfta Systems ehf.: ____________________  Name / title: ____________________  Date: __________

Signed for Jilin Changbai Snowline Resort Operation Co., Ltd.: ____________________  Name / title: ____________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 — Yunnan coffee farm, shade and soil sensors, buyer's paper; Slovenian integrator in Velenje. .docx, Section N
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:Purchase Contract for Shade and Soil Sensor Network
P:Contract No. YW-PUR-2025-112
P:Buyer: Pu'er Yunwu Coffee Plantation Co., Ltd., Simao District, Pu'er, Yunnan Province, China (the "Buyer")
P:Supplier: Šalek Sensing d.o.o., Koroška cesta 40, 3320 Velenje, Slovenia (the "Supplier")
P:The Buyer grows Arabica coffee under shade trees on 420 hectares in three estates. It wishes to measure soil moisture, soil temperature, conductivity and canopy light across the estates, so that irrigation, shade pruning and fertiliser can be planned block by block. The Supplier designs and installs agricultural sensor networks. The parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the sensor network described in Section 2, comprising soil probes, canopy light (PAR) sensors, LoRaWAN gateways, weather stations and the FarmSense monitoring software, and shall build the dashboards and irrigation-alert rules specified in Annex 1.
P:1.2 The monitoring software shall be installed on the Buyer's own server at the Simao estate office. No Buyer data shall be held on servers of the Supplier.
P:1.3 The Supplier shall train the Buyer's agronomists and field technicians and deliver operating and maintenance manuals in Chinese.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese and is present at the estates during installation, calibration and the trial period. The project manager shall report progress to the Buyer's estate director every week and keep a record of every sensor installed, with its block, depth and GPS position.
H:Section 2 Contract Price
P:2.1 At the Buyer's request the price is stated and paid in Chinese yuan (CNY). The Contract Price is CNY 662,000, fixed and inclusive of delivery to the estates, import duties, installation and all taxes payable in China.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC probe, three depths|120|2,150|258,000
TB:2|Canopy PAR light sensor (shade measurement)|48|1,850|88,800
TB:3|LoRaWAN gateway with solar power kit|6|9,600|57,600
TB:4|Automatic weather station|2|21,500|43,000
TB:5|FarmSense monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||543,400
TB:6|Installation, site survey and calibration|1|72,600|72,600
TB:7|Dashboards and irrigation-alert rules (Annex 1)|1|38,000|38,000
TB:8|Training|1|8,000|8,000
TB:|Contract Price|||662,000
P:2.2 The Hardware and Licence Subtotal is the base for the support fee in Section 7.
H:Section 3 Payment
P:3.1 Advance payment: 18% of the Contract Price (CNY 119,160) within twenty (20) days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount.
P:3.2 Delivery payment: 47% of the Contract Price (CNY 311,140) within twenty (20) days after all sensors and gateways are installed and the Buyer signs the Installation Record. The Installation Record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 231,700) within twenty (20) days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Simao estate office within sixty (60) days after signature and complete installation within one hundred (100) days after signature, outside the main harvest weeks notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's field safety rules, avoid damage to coffee trees and shade trees, and restore any ground disturbed by cable or probe installation.
P:4.3 The Supplier is responsible for export and import formalities, including radio type approval of the gateways for use in China. Equipment shall be packed to withstand road transport to the estates during the rainy season, and each sensor shall carry a label with its serial number and planned block.
P:4.4 The Buyer shall provide access to the estates, a site guide, space and power at the estate office for the server, and the locations of irrigation pipes and buried cables.
H:Section 5 Acceptance
P:5.1 After installation, the network shall run for a trial period of fourteen (14) consecutive days.
P:5.2 Final Acceptance requires that: (a) at least 98% of the installed sensors deliver readings every fifteen minutes throughout the trial period; (b) soil probe readings deviate by no more than 3% from the reference measurements taken by the Buyer's laboratory at twelve sample points; (c) canopy light readings agree with a reference meter within 5%; (d) every dashboard and alert rule in Annex 1 works as specified, including text-message alerts; and (e) the manuals and training records have been delivered.
P:5.3 The Buyer shall issue the Final Acceptance certificate within seven (7) days after the tests are passed. Delivery, installation, use of the data or any payment does not amount to acceptance. If a test fails, the Supplier shall correct the fault at its own cost and the test shall be repeated.
H:Section 6 Warranty and Service Levels
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During it the Supplier shall repair or replace any defective sensor, gateway, weather station or part free of charge, including transport and labour, and shall provide software updates.
P:6.2 Faults are classified as follows: Severity 1, a gateway or the monitoring software is down, or more than 10% of sensors stop reporting; Severity 2, individual sensors fail; Severity 3, minor issues.
P:6.3 The Supplier shall respond to a Severity 1 fault within one (1) hour by telephone or remote session, and restore service within twenty-four (24) hours, or within forty-eight (48) hours where a site visit is needed. Failed individual sensors shall be replaced within ten (10) days.
P:6.4 For each day by which restoration of a Severity 1 fault is late, the Supplier shall pay the Buyer CNY 500; for each late response hour, CNY 200. The Buyer may deduct these amounts from any payment or from the guarantee.
P:6.5 The Supplier shall keep a stock of spare probes, light sensors and one spare gateway at the Simao estate office during the warranty period, so that replacements can be fitted without waiting for shipment from Europe. Parts taken from the stock shall be replenished within thirty (30) days.
P:6.6 The Supplier shall visit the estates twice in each warranty year, before and after the rainy season, to clean and check the sensors and recalibrate where readings drift.
H:Section 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering repairs, replacement parts, software updates and remote assistance at the service levels of Section 6.
P:7.2 The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 48,906 per year, and shall not be increased during the first three support years. Support is ordered by purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The FarmSense software remains the property of the Supplier; the Buyer receives a perpetual licence for use at its estates.
P:8.2 The dashboards, alert rules, calibration tables and site maps made for this contract belong to the Buyer, who may use, modify and give them to any third party.
H:Section 9 Data Protection and Security
P:9.1 All measurements, maps, yield records and other data collected or produced by the network belong to the Buyer. The Supplier may use them only to perform this contract and shall not keep copies.
P:9.2 The Supplier shall configure the gateways and server with encrypted communication, individual accounts and access logs, and may access the server remotely only with the Buyer's approval for each session.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within twenty-four (24) hours and is liable for the losses caused by an incident attributable to it.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information received from the other, including the Buyer's yield, cost and customer data, and shall not disclose it without prior written consent, during this contract and for three years after it ends.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier misses a date in Section 4.1 for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after notice. The Supplier shall then refund the amounts paid for work not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 15 Force Majeure
P:15.1 A party prevented from performing by events beyond its reasonable control, such as earthquakes, landslides, floods or government restrictions, shall notify the other party within seven days and provide evidence. Time for performance is extended by the period of the event. If the event lasts more than ninety days, either party may end the contract by notice, and the parties shall settle the amounts for work already done.
H:Section 16 Miscellaneous
P:16.1 This contract is signed in English and Chinese in two originals of each; both texts are equally authentic. Annex 1 (dashboards and alert rules) forms part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 — Haining leather maker, managed backup service; Luxembourg provider in Wiltz. .md, numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Backup Services Agreement

**Reference:** WBS-HN-2025-014

**Between**

**Haining Tianrun Leather Co., Ltd.**, Leather City Industrial Park, Haining, Zhejiang Province, China (the "Customer"), and

**Wiltzer Datensicherung S.à r.l.**, 12 Grand-Rue, L-9530 Wiltz, Luxembourg (the "Provider").

**Recitals**

(A) The Customer tans and finishes cattle hides and makes leather goods at two plants in Haining. Its ERP, product-lifecycle, colour-matching and e-commerce systems run on servers at the Haining headquarters.

(B) The Provider operates managed backup services for manufacturers and has a service team in Hangzhou through its local branch.

(C) The Customer wishes the Provider to take over the backup of its systems, keep a second copy of the backups off site and carry out restores on request, on the terms below.

## 1. Definitions

1.1 "Services" means the services described in clause 2 and Schedule 1.

1.2 "Customer Data" means all data of the Customer that is backed up, stored or restored under this Agreement.

1.3 "Service Acceptance" means the Customer's written confirmation under clause 4.3.

1.4 "Service Year" means each successive period of the Initial Term starting on the date of Service Acceptance or on an anniversary of that date.

## 2. Services

2.1 The Provider shall install and operate a backup appliance owned by the Provider in the Customer's headquarters server room, back up the systems listed in Schedule 1, replicate every backup each night to a storage rack leased by the Provider in a colocation data centre in Hangzhou, and keep backups for the retention periods in Schedule 1.

2.2 The Provider shall monitor every backup job, re-run failed jobs, carry out restores requested by the Customer, and run a full restore test of one system each quarter.

2.3 The Provider shall give the Customer access to a web console showing the status of every job and send a monthly service report.

2.4 The monthly service report shall list every backup job with its result, the restores carried out with the time taken, the quarterly restore test and its result, storage used against the included capacity, and any incident with its cause and the action taken.

2.5 The Customer may add or remove systems by a written change request. The Provider shall confirm within five business days whether the change affects the charges; a change with no effect on the charges is carried out within ten business days.

## 3. Term

3.1 This Agreement starts on signature and continues for an Initial Term of three (3) Service Years from Service Acceptance.

3.2 This Agreement does not renew automatically. The parties may agree a renewal in writing before the end of the Initial Term.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall install the appliance, set up the replication link and complete the first full backup of all systems in Schedule 1 within forty (40) days after signature.

4.2 Service Acceptance requires that: (a) every system in Schedule 1 has completed a full backup and seven consecutive days of successful incremental backups; (b) the off-site copy in Hangzhou is complete and verified; (c) test restores of the ERP database, the PLM file store and one virtual machine are completed within the recovery time objectives in Schedule 1; and (d) the run book and contact list have been delivered.

4.3 The Customer shall confirm Service Acceptance in writing within five (5) business days after the tests are passed. Installation of the appliance or the start of backup jobs is not Service Acceptance.

4.4 If the Provider does not achieve Service Acceptance within the period in clause 4.1 for reasons not attributable to the Customer, it shall pay the Customer CNY 1,200 for each day of delay.

4.5 The Customer shall provide rack space, power and network ports for the appliance, administrator accounts for the systems to be backed up, and a person at the headquarters who can approve maintenance windows. During peak production in the weeks before the Canton Fair, the Provider shall not schedule work that interrupts the ERP system without the Customer's agreement.

## 5. Charges and Payment

5.1 At the Customer's request all charges are in Chinese yuan (CNY). The charges are set out in Schedule 2.

5.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced at the end of each month in arrears, starting with the month in which Service Acceptance occurs, pro rata. No amount is payable in advance.

5.3 Invoices are payable within thirty (30) days.

## 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 1: the recovery point objective, the recovery time objectives and the response times for incidents and restore requests.

6.2 The service levels are targets. Failure to meet a service level does not entitle the Customer to any service credit, fee reduction or other compensation; the Provider shall explain the cause in the monthly report and take reasonable steps to prevent a recurrence.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services and shall not sell it, analyse it or use it for any other purpose.

7.2 At the end of this Agreement the Provider shall hand over the latest backups in a readable format chosen by the Customer.

## 8. Confidentiality

8.1 Each party shall treat as confidential all information of the other party that is marked confidential or is by its nature confidential, including the Customer's product designs, recipes for finishes and colour formulas, and shall not disclose it to any third party without written consent. This clause continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 The backup software and the appliance remain the property of the Provider and its licensors.

9.2 The run book, backup policies and restore procedures written for the Customer belong to the Customer, who may use and change them and give them to a later provider.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 2.

10.2 Neither party is liable for loss of profit or indirect loss, except in the case of wilful misconduct.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except the lease of the colocation rack named in Schedule 1.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty (30) days after notice.

12.2 On termination the Provider shall remove the appliance and complete the hand-over in clause 7.2 within thirty (30) days.

12.3 The Customer may also end this Agreement at the end of the second Service Year by giving ninety (90) days' written notice, in which case no further charges are due for the remaining period.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

## 14. General

14.1 Changes to this Agreement must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese, and both versions are equally valid.

14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as a typhoon, a regional power cut or an order of the authorities, provided it informs the other party promptly and resumes performance as soon as the event ends.

14.4 Notices shall be given in writing to the addresses above, with a copy by e-mail to each party's contact person.

---

## Schedule 1 — Scope and Service Levels

**Systems backed up:** ERP database (2.1 TB), PLM file store (6.8 TB), colour-matching system, e-commerce order database, mail archive, 23 virtual machines.

**Retention:** daily backups 35 days; weekly backups 26 weeks; month-end backups 36 months (off-site copy).

**Recovery point objective:** 24 hours for all systems; 8 hours for the ERP database (log backups).

**Recovery time objectives:** ERP database 6 hours; PLM file store 12 hours; any single virtual machine 3 hours.

| Priority | Description | Response time | Target |
|---|---|---|---|
| P1 | ERP or PLM data lost or corrupted and restore needed, or all backups failing | 30 minutes, at any time | restore within the RTO |
| P2 | backups of one system failing for two nights, or replication interrupted | 2 hours during business hours | fixed within 1 business day |
| P3 | single file restore, report question | next business day | within 2 business days |

The off-site copy is held in the rack leased by the Provider in the Hangzhou colocation data centre of Zhejiang Yunhe Data Services Co., Ltd.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance installation, replication set-up, first full backup) | one-time | 54,000 |
| Managed backup service | per month, 36 months | 46,000 |
| Total monthly service charges over the Initial Term | 36 x 46,000 | 1,656,000 |
| **Total charges** | | **1,710,000** |

Additional storage above 20 TB of protected data is charged at CNY 380 per TB per month and is not included in the total charges.

---

For the Customer: ____________________  Date: __________

For the Provider: ____________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 — Nanning job platform, professional-qualification check API subscription; Finnish vendor on Jussarö. .txt
# ----------------------------------------------------------------------------------------------------------------
E05 = """QUALIFICATION CHECK API SUBSCRIPTION AGREEMENT

Agreement No.: CQ-NN-2025-006

THIS AGREEMENT is made between:

NANNING GONGPIN NETWORK TECHNOLOGY CO., LTD., a company registered in the People's Republic of China, whose office is at 136 Minzu Avenue, Qingxiu District, Nanning, Guangxi ("Customer"); and

CREDENTA OY, a company registered in Finland, whose registered office is at Jussarö Pilot Station, Ekenäs, Finland ("Provider").

BACKGROUND

Customer operates an online job platform for skilled trades and professions in southern China. Employers who publish vacancies ask that candidates' professional qualification certificates (for example electrician, welder, accountant, nurse and teacher certificates) be checked before interviews. Provider runs an application programming interface ("API") that receives a certificate number and a candidate's consent record and returns whether the certificate exists, its holder name match, level, issuing body and validity, based on official verification channels accessed through Provider's licensed partner in China. Customer wishes to subscribe to the API.

1. DEFINITIONS

1.1 "Check" means one API request that returns a result for one certificate.

1.2 "Customer Data" means all data sent by Customer to the API, including candidate names, identity-card numbers, certificate numbers and consent records, and all results returned for Customer.

1.3 "Subscription Year" means each successive period of the Subscription Term starting on the Service Start Date or on its anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SERVICE

2.1 Provider grants Customer, for the Subscription Term, the right to call the API from Customer's platform for checks on candidates who have given consent, up to the volume in the Schedule.

2.2 Provider shall supply API documentation in Chinese and English, a sandbox environment with test certificates, and technical support to Customer's developers during integration. After integration, Provider shall answer technical questions from Customer's developers by e-mail and through a shared chat group, and shall name a technical contact who speaks Chinese.

2.3 Provider shall use commercially reasonable efforts to keep the API available and to answer support requests promptly. Provider may carry out maintenance at any time and will try to announce planned maintenance on its status page.

2.4 Provider does not guarantee that every certificate can be verified, since some issuing bodies do not offer an online channel; such requests return the result "not verifiable" and count as a Check.

2.5 Provider may change the API, its data fields or its authentication method. A change that requires Customer to change its integration shall be announced at least sixty (60) days in advance, and the previous version shall remain usable during that period.

2.6 Where Customer or a candidate disputes a result, Customer may submit a re-check request with the supporting documents. Provider shall review the request, re-run the Check through the verification channel and report the outcome with an explanation. Re-checks do not count towards the included volume.

3. TERM

3.1 The Subscription Term is two (2) Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. A renewal requires a new written agreement.

4. INTEGRATION AND ACCEPTANCE

4.1 Customer shall integrate the API into its platform with Provider's support. Provider expects to have the production credentials ready within thirty days after signature.

4.2 Integration Acceptance tests consist of 500 sample Checks prepared by Customer with known results. The tests are passed when at least 98% of the verifiable samples return the correct result, the response to each request arrives within three seconds, and consent records are accepted and logged as required by the Schedule.

4.3 Customer shall confirm Integration Acceptance in writing within five business days after the tests are passed. Use of the sandbox or of production credentials for testing does not amount to acceptance.

4.4 Customer shall use the API only for checks on candidates who apply for vacancies on its platform. Customer shall not resell Checks, store results longer than its own retention policy allows, or use the API to build a database of certificate holders. Customer shall keep its API credentials secret and inform Provider at once if it suspects that they have been misused.

4.5 Provider may limit the number of requests per second sent from Customer's account to protect the verification channels, as described in the API documentation.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The onboarding fee is invoiced on the Service Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty (30) days. Nothing is payable before the Service Start Date.

5.3 Checks above the included volume are invoiced quarterly in arrears at the overage rate in the Schedule.

5.4 Late payments bear interest at the loan prime rate published by the National Interbank Funding Center, calculated on the overdue amount from the due date until payment.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider processes it only on Customer's instructions and only to perform the Checks; Provider shall not build profiles of candidates, sell Customer Data or use it for any other purpose.

6.2 Provider shall process Customer Data only on servers located in mainland China, in compliance with the Personal Information Protection Law, and shall delete request data within thirty (30) days after returning the result, keeping only the log entries needed for billing and audit.

6.3 Provider shall apply encryption in transit and at rest, access control limited to named staff, and logging of all access to Customer Data, and shall have its systems assessed under MLPS Level 3.

6.4 Provider shall notify Customer within twenty-four (24) hours after becoming aware of a personal-information security incident involving Customer Data, shall assist Customer with notification to regulators and candidates, and is liable for the losses and regulatory penalties caused by an incident attributable to Provider.

6.5 Customer is responsible for obtaining each candidate's consent before a Check and shall keep the consent records for inspection. Provider may ask to inspect a sample of consent records once in each Subscription Year, with ten business days' notice, and Customer shall provide the sample without the candidates' identity-card numbers.

7. INTELLECTUAL PROPERTY

7.1 The API, its software and the underlying databases of Provider remain the property of Provider.

7.2 The integration code written by Customer or by Provider for Customer's platform belongs to Customer, which may use and change it freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to third parties without written consent, during the Subscription Term and for three years afterwards.

9. SUBCONTRACTING

9.1 Provider may use its licensed partner in China named in the Schedule for access to the official verification channels. Provider shall not appoint any other subcontractor without Customer's prior written consent and remains responsible for its subcontractors.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the Subscription Term under the Schedule.

10.2 Neither party is liable for indirect or consequential loss, except for breach of clause 6 or clause 8.

10.3 Provider is not liable for decisions of employers or Customer based on a result, provided the result correctly reflects the information of the verification channel at the time of the Check.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after notice.

11.2 On termination Provider shall refund any prepaid subscription fee for the period after termination, unless termination was caused by Customer's breach.

11.3 Clauses 6, 8 and 10 survive termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

13. GENERAL

13.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, including the unavailability of an official verification channel, provided that it informs the other party promptly and resumes performance as soon as possible. Fees for a period in which no Checks could be performed for such a reason shall be reduced in proportion.


13.2 Notices shall be in writing and sent by e-mail and courier to the addresses above.

13.3 This Agreement is made in English and Chinese; both texts are equally authentic.

13.4 This Agreement is the entire agreement of the parties on its subject matter and replaces all earlier proposals. Changes must be in writing and signed by both parties.

SCHEDULE - FEES, VOLUMES AND PARTNER

Subscription fee: CNY 186,000 per Subscription Year, including 300,000 Checks per Subscription Year. Unused Checks do not carry over.

Subscription fees for the Subscription Term (2 Subscription Years): CNY 372,000.

Onboarding fee (sandbox, integration support, acceptance testing): CNY 22,000, one-time.

Total fees for the Subscription Term: CNY 394,000.

Overage: CNY 0.45 per Check above the included volume; not included in the total fees.

Consent records: each request must carry the consent record identifier, the time of consent and the purpose "employment qualification check".

Licensed partner in China: Guangxi Zhengxin Information Services Co., Ltd., Nanning.

SIGNED for Customer: ____________________  Date: __________

SIGNED for Provider: ____________________  Date: __________
"""

# ================================================================================================================
# Labels. Terms as a careful procurement engineer reads policy.md (buyer's view); the arithmetic is done here.
# Private keys (prefixed "_") are inputs of the checks below and are not written to the .json.
# ================================================================================================================
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
          confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
          governing_law="PRC", _sla_clause=True, _ld_stated=True, _deemed=False, _forum_mainland=True)

C = {}
# z01: ¥2,067,000; fee base = 软件开发及许可小计 1,778,000 (the itemised software lines)
C["h335z01"] = dict(OK, file="h335z01_water_bureau_river_chief_platform.pdf", language="zh", category="software",
    availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence",
    _capped=True, _value=2067000, _fee_base=1778000, _parts=[1186000, 324000, 268000, 203000, 86000],
    _pay=[20, 45, 35])
# z02: ¥1,892,000; 软硬件小计 1,482,000
C["h335z02"] = dict(OK, file="h335z02_cement_raw_mill_control_retrofit.docx", language="zh", category="hardware",
    p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18, subcontract_without_consent=True,
    contract_kind="goods_or_licence", _capped=True, _value=1892000, _fee_base=1482000,
    _parts=[486000, 612000, 148000, 236000, 218000, 164000, 28000], _pay=[10, 35, 50, 5])
# z03: 65 × 3,600 × 3 + 58,000 = ¥760,000; SaaS
C["h335z03"] = dict(OK, file="h335z03_salon_chain_booking_stored_value_saas.txt", language="zh", category="cloud",
    availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=600 / 760000 * 100,
    liability_cap_pct=200, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=True, contract_kind="service", _value=760000, _parts=[65 * 3600 * 3, 58000])
# z04: ¥1,242,000, one 服务年度 of O&M
C["h335z04"] = dict(OK, file="h335z04_housing_fund_system_annual_om.txt", language="zh", category="services",
    availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.02,
    final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None, contract_kind="service",
    _value=1242000, _parts=[612000, 386000, 148000, 96000])
# z05: ¥1,360,000; licence 960,000; supplier's template
C["h335z05"] = dict(OK, file="h335z05_rice_wine_qms_supplier_template.md", language="zh", category="software",
    p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=20,
    prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
    post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence",
    _capped=True, _deemed=True, _value=1360000, _fee_base=960000, _parts=[960000, 320000, 80000], _pay=[55, 45])
# e01: CNY 508,000; Licence Subtotal 430,000; Finnish law, Helsinki seat
C["h335e01"] = dict(OK, file="h335e01_embroidery_beadwork_layout_licences.pdf", language="en", category="software",
    p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11, governing_law="Finland",
    contract_kind="goods_or_licence", _capped=True, _forum_mainland=False, _value=508000, _fee_base=430000,
    _parts=[8 * 46500, 58000, 36000, 28000, 14000], _pay=[20, 45, 35])
# e02: 3 × 310,000 + 64,000 = CNY 994,000; cap = fees of the preceding 6 months, term 36 months
C["h335e02"] = dict(OK, file="h335e02_ski_resort_lift_pass_saas_order_form.md", language="en", category="cloud",
    availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 994000 * 100,
    liability_cap_pct=6 / 36 * 100, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, termination_for_breach=False, governing_law="Iceland", contract_kind="service",
    _forum_mainland=False, _value=994000, _parts=[3 * (268000 + 42000), 64000])
# e03: CNY 662,000; Hardware and Licence Subtotal 543,400; buyer's paper
C["h335e03"] = dict(OK, file="h335e03_coffee_farm_shade_soil_sensors.docx", language="en", category="hardware",
    p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=18,
    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind="goods_or_licence",
    _capped=True, _value=662000, _fee_base=543400,
    _parts=[120 * 2150, 48 * 1850, 6 * 9600, 2 * 21500, 96000, 72600, 38000, 8000], _pay=[18, 47, 35])
# e04: 36 × 46,000 + 54,000 = CNY 1,710,000; managed service
C["h335e04"] = dict(OK, file="h335e04_leather_maker_managed_backup.md", language="en", category="services",
    p1_response_hours=0.5, sla_remedy=False, data_security_clause=False, ld_rate_per_day_pct=1200 / 1710000 * 100,
    liability_cap_pct=150, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    contract_kind="service", _value=1710000, _parts=[36 * 46000, 54000])
# e05: 2 × 186,000 + 22,000 = CNY 394,000; no SLA, no delay damages
C["h335e05"] = dict(OK, file="h335e05_job_platform_qualification_check_api.txt", language="en", category="cloud",
    p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=200,
    final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None, contract_kind="service",
    _sla_clause=False, _ld_stated=False, _value=394000, _parts=[2 * 186000, 22000])

EXPECTED = {  # written by hand from the clauses; derive() below must agree
    "h335z01": [],
    "h335z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h335z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h335z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h335z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h335e01": ["CR-GOVERNING-LAW"],
    "h335e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h335e03": [],
    "h335e04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "h335e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(c):
    """policy §4: horizon 5 years from acceptance (= start of warranty); post-warranty years pro rata."""
    if c["contract_kind"] != "goods_or_licence" or c["post_warranty_fee_pct"] is None or not c.get("_capped"):
        return None
    annual = c["post_warranty_fee_pct"] / 100 * c["_fee_base"]
    years = max(0.0, 5 - c["warranty_months"] / 12)
    fees = annual * years
    total = c["_value"] + fees
    return dict(annual=annual, years=years, fees=fees, total=total, share=fees / total * 100)


def derive(c):
    r = []
    if not c["_sla_clause"]:
        r.append("CR-SLA-MISSING")
    if c["availability_pct"] is not None and c["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if c["p1_response_hours"] is None or c["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if c["_sla_clause"] and not c["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if c["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not c["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if c["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not c["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not c["_ld_stated"]:
        r.append("CR-LD-MISSING")
    elif c["ld_rate_per_day_pct"] is not None and c["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if c["liability_cap_pct"] is not None and c["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if c["prepayment_pct"] is not None and c["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not c["acceptance_clause"] or c["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if c["contract_kind"] == "goods_or_licence":
        if c["warranty_months"] is None or c["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if c["post_warranty_fee_pct"] is None or not c["_capped"] or c["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        t = tco(c)
        if t and t["share"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if c["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not c["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if c["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (c["governing_law"] not in (None, "PRC")) or not c["_forum_mainland"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(c, rules):
    extra = {"sla_clause": c["_sla_clause"], "ld_stated": c["_ld_stated"]}
    if c["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = c["_capped"]
    extra["acceptance_deemed_on_delivery"] = c["_deemed"]
    extra["contract_value"] = c["_value"]
    return {"file": c["file"], "language": c["language"], "category": c["category"],
            "expected_terms": {k: c[k] for k in TERM_KEYS}, "expected_extra": extra, "expected_rules": rules}


# ================================================================================================================
# Threshold figures must not appear in any text (digits, Chinese numerals, words).
# ================================================================================================================
CN = "零〇一二两三四五六七八九十百"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
FORBIDDEN = {
    "availability 99.9": [r"99\.90*(?![\d])"],
    "P1 response 4 hours": [r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|个?\s*小时|(?:business|working)\s+hours?)",
                            r"(?<![" + CN + r"])四\s*个?\s*小时",
                            r"\bfour\s*(?:\(\s*4\s*\)\s*)?(?:-\s*)?(?:(?:business|working|clock)\s+)?hours?\b",
                            r"(?<![\d.])240\s*(?:minutes?|mins?\b|分钟)", r"two\s+hundred\s+(?:and\s+)?forty\s+minutes",
                            r"二百四十\s*分钟"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十百])", r"千分之零点五", r"0\.5\s*‰",
                                 r"百分之零点零五"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![十])三成",
                        r"thirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?(?:calendar\s+)?(?:months?|个\s*月)",
                           r"(?<![" + CN + r"])十二\s*个\s*月", r"(?<![十])一\s*年",
                           r"\bone\s*(?:\(\s*1\s*\)\s*)?(?:-\s*)?(?:calendar\s+)?years?\b",
                           r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"(?<![\d.])1\s*年",
                           r"\btwelve\s*(?:\(\s*12\s*\)\s*)?(?:-\s*)?(?:calendar\s+)?months?\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s+per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![十])四成",
                       r"forty\s+per\s*cent"],
    "5 years / 60 months": [r"(?<![\d.])5\s*(?:-\s*)?(?:years?\b|年)", r"(?<![" + CN + r"])五\s*年",
                            r"\bfive\s*(?:\(\s*5\s*\)\s*)?(?:-\s*)?years?\b", r"(?<![\d.])60\s*(?:-\s*)?(?:months?|个\s*月)",
                            r"六十\s*个?\s*月", r"\bsixty\s*(?:\(\s*60\s*\)\s*)?(?:-\s*)?months?\b"],
}
FORBIDDEN_RE = {k: [re.compile(p, re.I) for p in v] for k, v in FORBIDDEN.items()}
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four (4) hours", "four hours",
            "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "百分之一百",
            "30%", "30 per cent", "百分之三十", "三成", "12个月", "12 months", "12-month", "十二个月", "一年", "one year",
            "one (1) year", "twelve months", "twelve (12) months", "1 year", "15%", "百分之十五", "fifteen per cent", "40%",
            "百分之四十", "forty per cent", "五年", "5 years", "5年", "five years", "five (5) years", "60 months", "60个月",
            "六十个月", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "10.05%", "4 days",
                "四十二个月", "2025年", "2026年2月28日", "十五年", "35%", "130%", "百分之三十五", "万分之五十", "0.06元",
                "1.5 years", "120 months", "36 months", "serviced", "forty-five (45) days", "fifteen (15) days",
                "第十一年"]


def hits(text):
    out = []
    for name, pats in FORBIDDEN_RE.items():
        for p in pats:
            for m in p.finditer(text):
                out.append((name, m.group(0)))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not hits(s), "regex wrongly hits %r: %r" % (s, hits(s))


# ================================================================================================================
# Build and read back
# ================================================================================================================
SOURCES = {"h335z01": Z01, "h335z02": Z02, "h335z03": Z03, "h335z04": Z04, "h335z05": Z05,
           "h335e01": E01, "h335e02": E02, "h335e03": E03, "h335e04": E04, "h335e05": E05}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    targets = {}
    for key, c in C.items():
        name = c["file"]
        assert name.startswith(key + "_")
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)

    fired = set()
    for key, c in C.items():
        # sums and payment shares
        assert sum(c["_parts"]) == c["_value"], (key, sum(c["_parts"]), c["_value"])
        if "_pay" in c:
            assert sum(c["_pay"]) == 100 and 30 not in c["_pay"] and 40 not in c["_pay"], key
        rules = derive(c)
        assert rules == sorted(EXPECTED[key]), (key, rules, EXPECTED[key])
        fired |= set(rules)
        # derived labels off every threshold
        t = tco(c)
        assert c["availability_pct"] != 99.9 and c["p1_response_hours"] != 4, key
        assert c["ld_rate_per_day_pct"] is None or abs(c["ld_rate_per_day_pct"] - 0.05) > 0.005, key
        assert c["liability_cap_pct"] is None or abs(c["liability_cap_pct"] - 100) > 1, key
        assert c["prepayment_pct"] is None or abs(c["prepayment_pct"] - 30) > 1, key
        assert c["warranty_months"] != 12 and c["post_warranty_fee_pct"] != 15, key
        assert t is None or abs(t["share"] - 40) > 1, key
        # text: threshold figures, length
        path = OUT / c["file"]
        text = read_back(path)
        raw = SOURCES[key]
        for variant in (raw, text, re.sub(r"\s+", " ", raw), re.sub(r"\s+", " ", text)):
            h = hits(variant)
            assert not h, (key, h)
        if c["language"] == "zh":
            n = len(text)
            assert 2800 <= n <= 3300, (key, n)
            size = "%d characters" % n
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (key, n)
            size = "%d words" % n
        (OUT / (path.stem + ".json")).write_text(json.dumps(label(c, rules), ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        extra = ""
        if t:
            extra = "  TCO %.0f, post-warranty fees %.0f (%.1f years x %.0f), share %.2f %%" % (
                t["total"], t["fees"], t["years"], t["annual"], t["share"])
        print("%-52s %-15s risk %-6s %s%s" % (c["file"], size, risk(rules), ", ".join(rules) or "(none)", extra))
    missing = set(SEVERITY) - fired
    assert not missing, "rules never fired: %s" % sorted(missing)
    assert len(SEVERITY) == 20
    mix = [len(derive(c)) for c in C.values()]
    assert sorted(mix)[:3] == [0, 0, 1] and max(mix) >= 8
    print("all 20 CR rules fire at least once; threshold scan clean; lengths in range")


if __name__ == "__main__":
    main()
