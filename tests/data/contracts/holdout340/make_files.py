import sys; sys.dont_write_bytecode = True
"""holdout340: ten ordinary draft contracts (5 zh, 5 en), their sidecar labels, and checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py write(..., wrap_words=True)),
the ten .json labels, then reads every built file back and asserts: text lengths, prices and payment sums,
no derived value on a policy threshold, no threshold figure anywhere in the texts, and that every one of the
20 CR rules of policy.md is expected at least once. Prints the expected rules per contract.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# z01 — 生态环境局 机动车尾气遥感监测平台 (政府采购 公开招标, buyer's paper), .pdf, 第X条 + 1.1
H340Z01 = """T:临江市机动车尾气遥感监测平台建设项目政府采购合同
P:合同编号：LJHB-2026-ZFCG-017
P:采购项目编号：LJCG2026-GK-0342（公开招标）
P:甲方（采购人）：临江市生态环境局
P:乙方（供应商）：浙江青岚环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临江市机动车尾气遥感监测平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责在临江市主要进出城道路及货运通道建设固定式机动车尾气遥感监测站点6个，交付移动式遥感监测车1辆，部署遥感监测平台软件，并完成与省机动车排放监控平台的数据对接。
P:1.2 具体技术参数、站点位置及功能清单以招标文件第五章《采购需求》及乙方投标文件中的技术响应表为准。二者不一致的，以对甲方更有利者为准。
P:1.3 乙方应配合甲方完成站点的电力接入、通信接入及占道施工审批，相关报批材料由乙方准备。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰捌拾柒万元整（¥3,870,000），为固定总价，包含设备、软件、运输、保险、安装、调试、计量检定、培训、税费及质保期内服务等全部费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|固定式遥感监测设备（含测速单元、车牌识别单元、气象单元）|6套|398,000|2,388,000
TB:2|移动式遥感监测车（含车载检测单元）|1辆|612,000|612,000
TB:3|遥感监测平台软件许可（永久）|1套|356,000|356,000
TB:—|软硬件小计|—|—|3,356,000
TB:4|平台定制开发及省平台数据对接|1项|268,000|268,000
TB:5|站点施工、安装调试|1项|214,000|214,000
TB:6|操作及运维培训|1项|32,000|32,000
TB:—|合计|—|—|3,870,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币774,000元。
P:3.2 全部设备到货、安装调试完成并经甲方书面确认后，甲方支付合同总价的35%，即人民币1,354,500元。该确认仅为到货安装确认，不视为验收。
P:3.3 项目终验合格且乙方提交终验报告后，甲方支付合同总价的45%，即人民币1,741,500元。
P:3.4 乙方每次请款前应开具等额合法的增值税发票。甲方按财政资金支付程序办理付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后75日内完成全部站点建设及平台部署，并于合同签订后90日内具备初验条件。
P:4.2 站点施工需占用道路的，由甲方协调公安交管部门，乙方负责设置安全警示标志并承担施工安全责任。
H:第五条 验收
P:5.1 初验：设备安装调试完成后，甲方组织初验，核对设备数量、型号、外观及平台功能是否与投标文件一致。初验合格后进入为期30日的试运行。
P:5.2 终验标准：（1）各站点设备经法定计量检定机构检定合格；（2）台架比对测试中CO、HC、NO的测量结果符合HJ 845-2017的相关要求；（3）试运行期间有效车辆捕获率不低于85%，车牌识别准确率不低于95%；（4）监测数据在采集后60秒内上传平台，并与省平台对接正常；（5）试运行期间未发生一级故障。
P:5.3 终验由甲方组织专家按前款标准进行，并出具书面验收报告。设备安装完成、上线运行、试运行或甲方付款，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自终验合格之日起算。质保期内乙方免费提供维修、部件更换、软件升级及每季度一次的设备校准服务。
P:6.2 一级故障（平台中断或三个以上站点同时离线）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个站点离线或数据异常）应在2小时内响应，次日内修复。
P:6.3 平台月可用率不低于99.95%，计划内维护须提前三日报甲方同意。
P:6.4 乙方未按6.2约定时限响应或恢复的，每迟延一小时，甲方扣减违约金人民币800元；平台月可用率低于6.3约定值的，每低0.02个百分点扣减人民币1,500元。上述款项可从应付款中直接扣除。
P:6.5 质保期满后，如甲方需要续购维保服务，年度维保费不超过软硬件小计的8%（即人民币268,480元），前三个服务年度内不上调。维保服务另行签订合同，不自动续期。
H:第七条 数据安全
P:7.1 遥感监测数据、车辆图像、车牌信息及平台日志均属甲方所有。乙方仅为履行本合同处理上述数据，不得留存、复制或用于其他任何目的。
P:7.2 乙方应按网络安全等级保护第三级要求部署平台，落实访问控制、加密传输、操作审计和数据备份。远程运维须经甲方审批，并通过甲方堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并配合甲方处理相关监管事项。
H:第八条 保密
P:8.1 乙方对在履行本合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 平台定制开发成果、数据对接程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行修改、使用或委托第三方维护。
P:9.2 遥感监测平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供货物及软件不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第七条、第八条造成的损失不受此限。
H:第十一条 分包
P:11.1 乙方不得转包本合同。站点土建施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市生态环境局　　乙方（盖章）：浙江青岚环境科技有限公司
P:代表签字：__________　　代表签字：__________
P:签订日期：2026年3月16日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 — 电缆厂 挤塑生产线控制系统改造, with post-warranty 维保, .docx with a Word price table, 一、/（一）
H340Z02 = """T:挤塑生产线控制系统改造合同
P:合同编号：HTXL-SB-2026-031
P:甲方（买方）：苏州恒通线缆有限公司
P:乙方（卖方）：无锡拓衡自动化工程有限公司
P:甲方三号车间现有四条交联电缆绝缘挤塑生产线（编号E1至E4），其控制系统老化、故障停机频繁。经比选，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除四条生产线原有继电器控制柜及独立仪表，更换为PLC控制系统，实现主机、牵引、收排线的同步调速与张力闭环控制。
P:（二）加装在线测径测偏仪及火花机联锁，实现外径、偏心超限自动报警与记录。
P:（三）部署HMI/SCADA软件，实现工艺配方管理、生产数据采集和车间看板，并与甲方MES系统对接。
P:（四）改造利用甲方计划停产窗口分线实施，每条线停线时间不超过6日。
P:（五）乙方负责对甲方电工、工艺员及操作工进行培训，培训不少于3批次，每批次不少于2日，培训结束后提供培训教材及考核记录。
H:二、合同价款
P:（一）本合同总价为人民币贰佰零柒万元整（¥2,070,000），含税，为固定价格。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（主控及远程I/O）|4套|186,000|744,000
TB:2|变频调速系统（主机、牵引、收排线）|12台|38,500|462,000
TB:3|在线测径测偏仪|4套|72,000|288,000
TB:4|火花机联锁及报警模块|4套|16,500|66,000
TB:5|HMI/SCADA软件许可（永久）|1套|196,000|196,000
TB:—|软硬件小计|—|—|1,756,000
TB:6|工程设计及PLC程序开发|1项|168,000|168,000
TB:7|安装调试（含停线改造）|1项|124,000|124,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:—|合计|—|—|2,070,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用，甲方无需另行支付其他费用。
P:（三）甲方要求增加设备或工作量的，按本合同单价或双方另行协商的价格，以书面变更单确认后执行。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计人民币207,000元。
P:（二）四条生产线设备全部到货并安装调试完毕后，甲方支付合同总价的45%，计人民币931,500元。到货及安装确认不构成验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的45%，计人民币931,500元。
P:（四）乙方在每次收款前向甲方开具等额增值税专用发票。
H:四、工期
P:（一）乙方应于合同生效后50日内完成设备到货，并按甲方停产计划在合同生效后100日内完成全部四条线的改造。
P:（二）因甲方调整停产计划导致工期延误的，工期相应顺延，乙方不承担逾期责任。
P:（三）乙方应在每条线停线改造前7日提交施工方案、安全措施及回退方案，经甲方设备部审核同意后方可实施。改造期间乙方应遵守甲方安全生产管理制度，施工人员须经甲方安全培训并佩戴工作证。
P:（四）每条线改造完成后，乙方应配合甲方进行首批产品试生产，试生产所用原材料由甲方提供。
H:五、验收
P:（一）每条生产线改造完成后连续生产72小时，满足下列条件的，该线验收测试通过：线速在工艺规定的上限速度下稳定运行；绝缘外径波动不超过±0.04 mm；偏心度报警及火花击穿联锁动作正确；配方切换时间不超过10分钟；生产数据采集完整并可在MES中查询。
P:（二）四条生产线均通过测试后，甲方组织终验并出具终验报告。设备安装完成、投入生产或甲方付款，均不视为终验合格。
P:（三）任一项不满足的，乙方应在5日内整改后重新测试，由此增加的停线时间计入乙方工期。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起算。质保期内乙方免费维修、更换故障部件，并提供软件升级。
P:（二）一级故障（任一生产线因控制系统原因停机）：乙方应在30分钟内远程响应，2小时内到达现场，8小时内恢复生产；二级故障：2小时内响应，48小时内处理完毕。
P:（三）乙方未按前款时限响应或恢复的，每超过一小时，向甲方支付违约金人民币1,500元，甲方可从应付款中扣除。
P:（四）质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新件。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方继续提供年度维保服务，内容包括备品备件更换、季度巡检、程序优化及驻场工程师支持。
P:（二）年度维保费按软硬件小计的28%计收，即每服务年度人民币491,680元，在维保服务期内固定不变。
P:（三）维保服务按服务年度签订，不自动续期。
P:（四）维保期内一级故障的响应及恢复时限与质保期相同。
H:八、数据安全
P:（一）生产数据、工艺配方及质量记录归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向他人提供。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN及工控防火墙接入，并保留完整操作日志。
P:（三）发生数据泄露、篡改或恶意代码感染的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担赔偿责任。
P:（四）乙方交付的程序和软件应经病毒查杀，不得预留后门、远程锁机或限时使用功能。
H:九、保密
P:（一）双方对履行本合同获悉的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
H:十、知识产权
P:（一）乙方为本项目开发的PLC程序、HMI画面、MES接口程序及其源代码和技术文档归甲方所有，甲方可自行修改或委托他人维护。
P:（二）HMI/SCADA软件的著作权归原厂所有，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方逾期违约金累计不超过合同总价的10%；逾期超过30日的，甲方有权解除合同。
H:十二、分包
P:（一）未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:十三、解除
P:（一）乙方严重违约且在甲方书面催告后10日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十四、不可抗力
P:（一）因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在3日内通知对方并提供证明，双方协商延期履行或解除合同，受影响方不承担违约责任。
H:十五、适用法律和争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:十六、其他
P:（一）本合同未尽事宜，双方另行协商签订补充协议。
P:（二）本合同一式四份，双方各执二份，经双方签字盖章后生效。附件：技术协议、设备清单、停产计划。
P:甲方：苏州恒通线缆有限公司（盖章）　乙方：无锡拓衡自动化工程有限公司（盖章）
P:授权代表：________　授权代表：________　日期：2026年4月8日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 — 连锁瑜伽馆 (35 家) 排课及会员 SaaS + 实施, .txt, 第X条 + （1）
H340Z03 = """瑜伽馆排课及会员管理系统订阅服务合同

合同编号：XY-IT-2026-008

甲方：上海星悦瑜伽健身管理有限公司
地址：上海市长宁区愚园路
乙方：杭州云序软件科技有限公司
地址：杭州市西湖区文三路

鉴于：甲方在上海、苏州、杭州三地经营35家瑜伽馆，需要统一的排课、约课、会员卡及教练课时管理系统；乙方拥有"云序馆务"SaaS平台并提供相应实施服务。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方35家门店提供"云序馆务"平台订阅服务，包括排课、会员约课（微信小程序）、会员卡及储值管理、教练课时统计、门店经营报表等模块。
（2）乙方提供实施服务：门店及课程体系配置，现有会员数据（约2.6万名会员及其会员卡余额、剩余课时）迁移，小程序品牌页配置，店长及前台培训。
（3）甲方新增门店的，按第三条约定的单价另行增订，服务期与本合同一致。
（4）平台功能随版本升级持续更新，乙方不得在服务期内删减甲方已在使用的核心功能（排课、约课、会员卡、课时统计）。
（5）实施期间乙方派驻实施顾问不少于2名，完成35家门店店长及前台的分批培训，并提供操作手册和视频教程。

第二条 服务期及续期
（1）订阅服务期为三个服务年度，自平台上线验收合格之日起算。
（2）服务期届满前30日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，续期次数不限。
（3）续期时，乙方有权按其届时公布的标准价目表调整订阅单价，并于续期生效前以电子邮件通知甲方，调整后的价格自续期之日起执行。

第三条 费用
（1）订阅费：每门店每服务年度人民币5,800元，35家门店每服务年度合计人民币203,000元，三个服务年度合计人民币609,000元。
（2）实施费：人民币64,000元，一次性收取。
（3）合同总价：人民币673,000元。
（4）短信通知按实际发送量另行结算，单价每条人民币0.04元，不计入合同总价。

第四条 付款
（1）实施费在上线验收合格后15个工作日内支付。
（2）订阅费按季度支付，每季度人民币50,750元，在每季度开始后15日内支付。
（3）甲方无需预付任何款项。乙方在收款前向甲方开具增值税专用发票。
（4）服务期内订阅费按第三条计算，不作调整。

第五条 上线与验收
（1）乙方应在合同签订后45日内完成实施并提交上线验收申请。
（2）验收标准：①35家门店配置完成；②迁移后会员人数、会员卡余额、剩余课时与甲方原系统导出数据逐条核对一致；③小程序约课、取消、签到、候补流程测试通过；④200名会员同时约课时页面响应时间不超过2秒；⑤店长及前台培训完成并有签到记录。
（3）甲方在收到验收申请后10个工作日内组织测试，合格的签署上线验收单。平台账号开通或门店试用均不视为验收合格。
（4）验收不合格的，乙方应在7日内整改并重新申请验收。
（5）上线后首月为保障期，乙方安排顾问到不少于5家旗舰门店现场支持。

第六条 服务水平
（1）平台月度可用率不低于99.5%。计划内维护须提前48小时通知甲方，并安排在每日0:00至6:00之间，不计入不可用时间。
（2）一级故障（全部门店无法约课、签到或核销）：乙方30分钟内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，24小时内解决；三级故障（咨询及优化建议）：1个工作日内答复。
（3）月度可用率低于99.5%但不低于99%的，当月订阅费减免5%；低于99%的，减免10%。一级故障响应超时的，每次另行减免当月订阅费2%。减免金额在下一期订阅费中抵扣。
（4）乙方每月5日前向甲方提供上月服务报告，列明可用率、故障及处理情况。
（5）乙方提供每日8:00至22:00的客服热线及在线工单支持，一级故障提供全天候电话支持。
（6）乙方每季度进行一次数据恢复演练，并将演练结果告知甲方。

第七条 会员数据与数据安全
（1）甲方会员的姓名、手机号、体测信息、消费及上课记录等数据（"会员数据"）归甲方所有。乙方仅为向甲方提供本合同服务而处理会员数据，不得用于其他目的，不得向第三方提供。
（2）乙方应依照《个人信息保护法》《数据安全法》落实加密存储、分级授权、操作日志审计和异地备份。平台部署于中国境内的数据中心，并已完成网络安全等级保护第三级备案。
（3）发生会员数据泄露、毁损或丢失的，乙方应在24小时内通知甲方，立即采取补救措施并配合甲方履行告知义务；因乙方原因造成的，由乙方承担赔偿责任，包括甲方因此向会员支付的赔偿。
（4）合同终止后30日内，乙方应向甲方完整导出会员数据，并在甲方确认后删除平台中的全部会员数据。
（5）乙方员工访问会员数据须经内部审批并留存日志，日志保存不少于六个月。

第八条 知识产权
（1）"云序馆务"平台及其升级版本的知识产权归乙方所有。
（2）乙方为甲方制作的课程体系配置方案、定制报表模板、数据迁移脚本及小程序品牌页设计归甲方所有，甲方可自由使用、修改并交由第三方使用。
（3）乙方保证平台不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

第九条 分包
（1）乙方使用阿里云华东数据中心作为平台运行的基础设施，甲方签署本合同即视为同意。
（2）除前款外，乙方不得将本合同项下的任何工作分包；确需分包的，须事先取得甲方书面同意。

第十条 甲方的配合义务
（1）甲方应在合同签订后10日内提供门店清单、课程体系及原系统会员数据导出文件，并指定项目联系人。
（2）甲方应督促门店员工妥善保管平台账号，因甲方员工泄露账号造成的损失由甲方自行承担。
（3）甲方应在小程序中向会员展示隐私政策并取得会员同意，乙方提供隐私政策模板。

第十一条 违约责任
（1）乙方逾期完成上线的，每逾期一日，向甲方支付违约金人民币600元；逾期超过30日的，甲方有权解除合同。
（2）甲方逾期支付的，每逾期一日按应付未付金额的万分之三支付违约金。
（3）乙方未按第七条履行数据安全义务的，除赔偿损失外，甲方有权解除合同。

第十二条 合同解除
（1）一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（2）因乙方违约解除合同的，乙方应退还甲方已付但未使用服务期对应的订阅费，并协助甲方完成数据迁出。
（3）合同期满不续订或提前终止的，乙方应提供不少于60日的数据迁出过渡期，过渡期内平台保持只读可用。

第十三条 不可抗力
（1）因不可抗力或基础电信网络大面积中断导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入不可用时间，但乙方应在障碍消除后尽快恢复服务。

第十四条 适用法律与争议解决
（1）本合同适用中华人民共和国法律。因本合同引起的争议，由甲方所在地人民法院管辖。

第十五条 其他
（1）本合同附件包括：功能清单、实施计划、门店清单。附件与正文不一致的，以正文为准。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（3）双方通知以本合同首部地址或双方指定的电子邮箱送达。

甲方（盖章）：上海星悦瑜伽健身管理有限公司
乙方（盖章）：杭州云序软件科技有限公司
日期：2026年5月6日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 — 市地震局 地震监测台网系统 年度运维 (政府采购 竞争性磋商), .txt, 1. / 1.1
H340Z04 = """嘉陵市地震监测台网系统运维服务合同

采购方式：竞争性磋商
项目编号：JLZC2026-CS-019
甲方（采购人）：嘉陵市地震局
乙方（成交供应商）：成都华震地球物理技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就嘉陵市地震监测台网系统运维服务事宜订立本合同。

1. 服务内容
1.1 乙方负责甲方所属地震监测台网的运行维护，包括测震台站18个、强震动台站26个、地下流体及形变前兆台站8个，以及台网中心数据处理、地震速报和信息发布系统。
1.2 服务内容包括：日常运行监控；每季度至少一次全网巡检；故障处理；备品备件更换；地震计及强震仪标定；台站档案更新；运维月报、季报和年报编制；配合甲方完成震情应急期间的加密值守。
1.3 服务期为一个服务年度，自2026年3月1日起至2027年2月28日止。
1.4 乙方应配备项目负责人1名、驻台网中心工程师2名、流动巡检工程师4名，人员名单以响应文件为准，更换须经甲方同意。
1.5 乙方应建立值班制度，台网中心工作日8:00至18:00驻场值守，其他时间远程值守并保证电话畅通。

2. 服务费用
2.1 服务费总额为人民币陆拾万零伍仟元整（¥605,000），包含人工、交通、差旅、备品备件、工具仪表及税费。分项如下：
（1）测震台站运维：18个 × 9,600元 = 172,800元；
（2）强震动台站运维：26个 × 4,200元 = 109,200元；
（3）地下流体及形变前兆台站运维：8个 × 11,500元 = 92,000元；
（4）台网中心系统运维：126,000元；
（5）备品备件包干费：68,000元；
（6）巡检车辆及差旅费：37,000元。
2.2 备品备件采用包干方式，但单件价值超过人民币5,000元的地震计、数据采集器损坏需更换的，由甲方另行采购。
2.3 服务费为固定总价，服务期内不作调整。
2.4 服务期内新增台站需纳入运维的，按2.1单价按实际纳入月份折算，另行签订补充协议。

3. 付款
3.1 服务费按季度支付，每季度服务费为人民币151,250元。
3.2 每季度结束后，甲方按第6条进行季度考核，考核通过后15个工作日内支付当季度服务费；第四季度服务费在年度验收合格后支付。
3.3 本合同不设预付款。乙方应在每次付款前开具合法发票。
3.4 甲方因财政资金拨付原因延迟付款的，应及时告知乙方，乙方不得因此中断服务。

4. 进场与交接
4.1 乙方应在服务期开始前5日完成人员进场，并与原运维单位完成台站资料、备品备件及系统账号的交接。
4.2 交接完成后，乙方应在15日内完成全部台站的首次巡检，并提交台站现状评估报告。
4.3 服务期满时，乙方应按4.1的要求向甲方或甲方指定的单位完成交接，交接完成前不得撤离人员。
4.4 乙方人员赴野外台站作业应遵守安全规程，乙方应为其人员购买意外伤害保险，作业中发生的人身伤害由乙方负责。

5. 服务水平
5.1 故障分级：一级故障指台网中心数据处理或速报系统中断，或三个以上台站同时中断数据传输；二级故障指单个台站数据中断或数据质量异常；三级故障指不影响数据产出的一般故障。
5.2 响应及恢复时限：一级故障，乙方30分钟内响应，城区台站2小时内到场，偏远台站8小时内到场，24小时内恢复；二级故障，1小时内响应，48小时内恢复；三级故障，纳入下一次巡检处理。
5.3 台网中心速报系统月可用率不低于99.95%。
5.4 每次巡检应检查台站供电、防雷、通信及观测环境，填写巡检记录表并拍照留存。
5.5 震情应急期间（发生甲方应急预案规定级别的地震后），乙方应在2小时内增派工程师到台网中心，并对震中附近台站进行加密巡查。
5.6 乙方未达到本条规定的响应、到场或恢复时限的，甲方可要求乙方书面说明原因并限期整改，相关情况记入季度考核记录；甲方不因此扣减服务费，乙方亦不就此另行支付违约金或赔偿。

6. 考核与验收
6.1 季度考核内容：巡检记录完整；故障处理记录与系统日志一致；台站档案已更新；季报按时提交。
6.2 服务期满后，甲方组织年度验收。验收标准：全年巡检计划全部完成；全部故障均已闭环；备品备件台账与实物相符；运维资料及账号移交完整。验收合格后甲方出具书面验收意见。
6.3 乙方应于每月5日前提交上月运维月报，每季度结束后10日内提交季报，服务期满后15日内提交年报。

7. 数据安全
7.1 台网观测数据、速报信息、系统账号及网络配置均属甲方所有，乙方仅为履行运维义务接触和使用，不得复制、留存或对外提供。
7.2 乙方人员须通过甲方背景审查，在台网专网内作业，使用甲方分配的个人账号，禁止使用未经检测的移动存储介质；远程维护须经甲方审批并全程记录。
7.3 发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
7.4 服务期满时，乙方应交回全部账号、门禁卡及资料，并签署数据清除确认书。

8. 保密
8.1 乙方对履行合同中知悉的未公开地震观测数据、台站坐标、网络拓扑及甲方工作信息负有保密义务，不得以任何形式泄露。保密义务不因合同终止而解除。
8.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
8.3 乙方人员离岗时，应交回全部涉密资料并签署离岗保密承诺。

9. 知识产权
9.1 乙方在服务中形成的巡检报告、台站档案、运维脚本及技术文档归甲方所有，甲方可自由使用和修改。
9.2 乙方自带的通用运维工具软件，其知识产权归乙方所有，不属于本合同交付物。

10. 违约责任
10.1 乙方逾期进场或逾期完成交接的，每逾期一日，按人民币800元向甲方支付违约金。
10.2 乙方违反第7条、第8条约定的，应赔偿甲方因此遭受的全部损失。

11. 合同的履行与解除
11.1 本合同签订后，在服务期内甲乙双方均不得单方解除本合同。乙方出现违约情形的，甲方可要求乙方继续履行、限期整改并依照第10条承担违约责任，但不得以此为由解除合同。
11.2 因不可抗力致使合同目的无法实现的，双方可协商终止本合同。

12. 分包
12.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

13. 期满
13.1 服务期满本合同终止，不自动续期。甲方如需继续采购，依法另行组织采购。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

15. 其他
15.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
15.3 本合同未尽事宜，由双方按照政府采购相关规定协商签订补充协议，补充协议不得违背磋商文件的实质性内容。

甲方（盖章）：嘉陵市地震局
乙方（盖章）：成都华震地球物理技术服务有限公司
签订日期：2026年2月12日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 — 鱼丸厂 WMS licence + custom development on the supplier's own template (many problems), .md
H340Z05 = """# 鲸仓WMS仓储管理系统软件许可及实施合同

> 厦门鲸仓软件有限公司 标准合同文本 V4.0（2025年修订）

合同编号：JC-WMS-2026-0117

甲方：福州闽顺食品有限公司
地址：福州市连江县经济开发区

乙方：厦门鲸仓软件有限公司
地址：厦门市思明区软件园二期

甲方主要生产速冻鱼丸、鱼糜制品，拥有冷库三座。为提升原料、成品的库存管理和批次追溯水平，甲方向乙方采购仓储管理系统软件及相关服务。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用"鲸仓WMS"标准版软件，并根据甲方冷冻食品仓储需求进行定制开发、接口开发及实施。

1.2 定制内容：冷库库位及温区管理、原料鱼糜及成品鱼丸批次追溯、先进先出及效期预警、称重入库。接口内容：与甲方金蝶ERP、电子秤及冷库温控系统对接。

1.3 乙方同时向甲方提供工业PDA手持终端30台，用于扫码入库、拣货及盘点。

1.4 实施范围包括三座冷库及成品发货区，不包括甲方其他厂区。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 鲸仓WMS标准版软件许可（含30个PDA客户端） | 1套 | 386,000 |
| 2 | 冷库温区、批次追溯等定制开发 | 1项 | 248,000 |
| 3 | ERP、电子秤、温控系统接口开发 | 1项 | 126,000 |
| 4 | 实施服务（蓝图设计、系统配置、上线支持） | 1项 | 88,000 |
| 5 | 工业PDA手持终端 | 30台 | 108,000 |
| | 合计 | | 956,000 |

2.1 合同总价为人民币玖拾伍万陆仟元整（¥956,000），含增值税。

2.2 乙方人员赴甲方现场的差旅费已包含在实施服务费中。

2.3 PDA终端的配件、电池属于易耗品，由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币525,800元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方向乙方支付合同总价的45%，即人民币430,200元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与实施

4.1 乙方应在收到预付款后90日内完成定制开发与实施，使系统具备上线条件。因甲方需求变更、基础数据准备延迟或现场条件不具备导致的延误，工期相应顺延。

4.2 PDA终端随软件安装一并交付。甲方应提供满足要求的服务器、网络及冷库无线覆盖。

4.3 乙方派驻实施顾问1名，负责需求调研、蓝图设计、系统配置和用户培训，驻场时间不超过45个工作日，超出部分按每人每日人民币2,500元另行计费。

4.4 甲方应在上线前完成库位编码、物料主数据及期初库存的整理，并对数据的准确性负责。

## 第五条 上线与验收

5.1 乙方完成系统安装部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后7日内未提出书面异议的，视为对全部交付内容无异议。

5.3 系统上线后甲方提出的新增需求或修改，乙方另行报价。

## 第六条 免费维护期

6.1 乙方提供自系统上线之日起六个月的免费维护，内容为软件缺陷修复和远程技术支持。PDA终端同样适用该六个月免费维护期。

6.2 因甲方操作不当、擅自修改系统或第三方软硬件原因引起的故障，不属于免费维护范围。

6.3 免费维护期内需要现场服务的，乙方按实际发生收取差旅费。

## 第七条 技术支持服务

7.1 甲方通过乙方客服热线或工单系统报告故障。紧急故障（系统无法登录或无法进行出入库作业）乙方在工作时间内8小时内响应；一般故障在3个工作日内响应。

7.2 乙方将尽力在合理时间内解决故障，但不对解决时限作出承诺。因响应或处理延迟产生的任何损失，乙方不承担扣款、赔偿或违约金责任。

7.3 乙方的技术支持服务时间为工作日9:00至18:00，法定节假日不提供服务。

7.4 乙方可通过远程方式登录甲方服务器进行维护，甲方应为乙方开通远程访问权限。

## 第八条 维护期满后的服务

8.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应向乙方购买年度维护服务。年度维护费按乙方当年公布的服务价格标准收取。

8.2 年度维护服务需另行签订合同。

8.3 甲方未购买年度维护服务的，乙方不再提供技术支持及版本升级，由此产生的系统问题由甲方自行承担。

## 第九条 知识产权

9.1 鲸仓WMS标准版软件，以及乙方在本项目中完成的定制开发成果、接口程序、源代码及相关文档，其知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

9.3 甲方如需获得定制开发部分的源代码，须另行向乙方支付源代码授权费用。

## 第十条 数据

10.1 甲方在系统中录入和产生的业务数据归甲方所有。

10.2 乙方应采取行业通行的安全防护措施保护甲方数据，未经授权不得访问。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后48小时内通知甲方，并承担相应的赔偿责任。

10.3 甲方同意，乙方可对甲方业务数据进行脱敏处理后，用于产品改进、算法优化及编制行业仓储分析报告。

10.4 甲方应自行负责服务器及数据库的日常备份。

## 第十一条 保密

11.1 双方对在合作中获悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后三年。

## 第十二条 分包

12.1 乙方可根据项目需要，将部分实施、接口开发工作委托第三方完成，书面告知甲方即可。乙方对第三方的工作向甲方承担责任。

## 第十三条 违约责任

13.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

13.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的百分之二十。

13.3 任何一方均不对间接损失、利润损失或商誉损失承担责任。

13.4 甲方未按约定付款的，乙方有权顺延交付期限并暂停一切服务。

## 第十四条 合同解除

14.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方可解除本合同。

14.2 合同解除的，甲方已支付的预付款不予退还，但因乙方违约导致解除的除外。

## 第十五条 适用法律及争议解决

15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，双方可另行签订补充协议。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.3 双方往来通知以电子邮件发送至本合同首部列明的联系人即视为送达。

甲方（盖章）：福州闽顺食品有限公司　　　乙方（盖章）：厦门鲸仓软件有限公司

日期：2026年6月2日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 — Shouguang paper-cut studio, pattern layout software, perpetual licences, Latvian vendor (Sigulda), .pdf
H340E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 April 2026 between:
P:(1) Shouguang Hongjian Paper-Cut Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office on Shengcheng Street, Shouguang, Weifang, Shandong Province (the "Buyer"); and
P:(2) Gauja Pattern Systems SIA, a limited liability company registered in the Republic of Latvia with its registered office at Pils iela, Sigulda, LV-2150, Latvia (the "Vendor").
P:Background. The Buyer designs and produces traditional Shouguang paper-cuts, window flowers and laser-cut greeting cards. The Vendor develops CutLayout, a pattern layout and nesting software for paper, textile and leather cutting. The Buyer wishes to acquire perpetual licences of CutLayout and to have its archive of hand-drawn patterns converted into editable vector templates, and the Vendor is willing to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means CutLayout Studio edition version 7, the Laser Output Module and the Motif Library, in object code, together with their user documentation and any updates supplied under this Agreement.
P:1.2 "Converted Templates" means the vector files, layer settings and nesting presets produced by the Vendor from the Buyer's pattern archive under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
P:1.4 "Contract Price" means the total price stated in Article 4.1.
P:1.5 "Buyer Data" has the meaning given in Article 10.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive licence to install and use the Software on eight design workstations and two cutter control stations at the Buyer's premises in Shouguang, for the Buyer's own business, including the production of goods for sale to its customers.
P:2.2 The Buyer may move a seat to replacement hardware by deactivating it on the old device. Once the licence fees have been paid, the licences are irrevocable and survive any termination of this Agreement.
P:2.3 The Buyer shall not resell the Software or decompile it except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall convert 1,200 patterns supplied by the Buyer as scanned images into Converted Templates in the Vendor's CLX format and in SVG, preserving the line work, the symmetry and the cutting islands of each original.
P:3.2 The Vendor shall install the Software remotely, configure the Laser Output Module for the Buyer's two laser cutters, and give 16 hours of online training in Chinese through an interpreter provided by the Vendor.
P:3.3 The Buyer shall provide the scanned archive, a contact person and remote access to the workstations during the installation.
H:Article 4 Price
P:4.1 The Contract Price is CNY 282,000. At the Buyer's request, all prices are stated and paid in Chinese Yuan (CNY). The prices include all taxes payable by the Vendor outside China; the Buyer withholds and pays any PRC withholding tax as required by law and provides the tax certificate to the Vendor.
P:4.2 Price schedule:
TB:Item 1|CutLayout Studio perpetual licence|8 seats|CNY 21,500 each|CNY 172,000
TB:Item 2|Laser Output Module perpetual licence|2 stations|CNY 18,600 each|CNY 37,200
TB:Item 3|Motif Library perpetual licence|1|CNY 14,800|CNY 14,800
TB:Licence subtotal (Items 1 to 3)|||CNY 224,000
TB:Item 4|Conversion of 1,200 patterns into Converted Templates|1 lot|CNY 46,000|CNY 46,000
TB:Item 5|Remote installation and training (16 hours)|1 lot|CNY 12,000|CNY 12,000
TB:Total Contract Price|||CNY 282,000
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 56,400) within 15 days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 126,900) within 15 days after all licence keys have been delivered and the Software has been installed on all seats. Installation is not acceptance.
P:5.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 98,700) within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall deliver the licence keys and complete the installation within 20 days after signature, and deliver all Converted Templates within 70 days after receiving the scanned archive.
P:6.2 The acceptance tests are: (a) all eight seats and both cutter stations are activated and run the Software without error; (b) a test sheet cut from each of 30 Converted Templates chosen by the Buyer deviates from the original drawing by no more than 0.2 mm at any point; (c) all 1,200 Converted Templates are delivered, open without error and carry the Buyer's catalogue number; (d) a sample of 60 Converted Templates chosen by the Buyer shows no missing, doubled or broken lines; and (e) the nesting of the Buyer's standard greeting-card order completes within the time stated in the Vendor's proposal.
P:6.3 The Buyer shall carry out the tests within 15 working days after the Vendor's notice of readiness and shall issue a written Final Acceptance certificate when all tests are passed. If a test fails, the Vendor shall correct the defect at its own cost and the test is repeated. Installation, use of the Software in production or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software will perform materially in accordance with its documentation, and that the Converted Templates conform to Article 3.1, for eighteen months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct reported defects free of charge and provide all updates and new versions released for the Studio edition, without additional licence fees.
H:Article 8 Support
P:8.1 The Buyer may submit support requests through the Vendor's help-desk portal or by e-mail, in English or Chinese.
P:8.2 The Vendor will use commercially reasonable efforts to answer support requests and to correct errors as soon as practicable during its business hours (09:00 to 17:00 Riga time, Monday to Friday, Latvian public holidays excepted).
P:8.3 No response times, resolution times or other service levels are committed under this Agreement.
H:Article 9 Maintenance after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual maintenance, consisting of updates, new versions and help-desk support, for each following year. The annual maintenance fee is 11% of the licence subtotal, that is CNY 24,640 per year, and will not be increased for the first three years of maintenance.
P:9.2 Maintenance is ordered by a written purchase order for each year and does not renew automatically.
H:Article 10 Buyer Data
P:10.1 The scanned archive, the Converted Templates and any customer or order information the Buyer provides ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement.
P:10.2 Buyer Data shall be exchanged only through the encrypted file-transfer service designated by the Buyer. The Vendor shall store Buyer Data on access-controlled systems, limit access to its named project staff, log all access, and delete all copies within 30 days after Final Acceptance, confirming the deletion in writing.
P:10.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, take all reasonable remedial steps, and is liable for the losses the Buyer suffers from any such incident caused by the Vendor or its staff.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property rights in the Software.
P:11.2 All rights in the Converted Templates, including copyright in the vector drawings and the nesting presets, vest in the Buyer on creation. The Buyer may use, modify, publish and license them freely, also with other software.
P:11.3 The Vendor warrants that the Software does not infringe the rights of any third party and shall defend and indemnify the Buyer against any such claim.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unpublished designs and customer lists, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 13 Delay and Liability
P:13.1 If the Vendor fails to deliver the licence keys, the installation or the Converted Templates by the dates in Article 6.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Article 10.3 and Article 11.3 and for wilful misconduct or gross negligence.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract the conversion work or any other part of this Agreement without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:15.2 If the Buyer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 16 Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of the Republic of Latvia.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be settled by the courts of Riga, Latvia.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese, both versions being equally authentic. Notices shall be given in writing to the addresses above or to another address notified in writing.
P:17.2 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly.
P:Signed for the Buyer: ____________________  Signed for the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 — Qiandao Lake cruise operator, ticketing SaaS, Order Form + General Terms, Lithuanian vendor (Birštonas), .md
H340E02 = """# NEMTIX CLOUD — ORDER FORM AND GENERAL TERMS

Order Form No. NT-CN-0093

## PART A — ORDER FORM

**Customer:** Chun'an Qiandao Lake Bluewater Cruise Co., Ltd., Qiandaohu Town, Chun'an County, Hangzhou, Zhejiang Province, People's Republic of China ("Customer").

**Vendor:** Nemunas Ticketing UAB, a private limited company registered in Lithuania, Algirdo g., Birštonas, Lithuania ("Vendor").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A1. Services

Vendor provides the NemTix Cloud ticketing platform for Customer's fleet of 14 sightseeing vessels and 3 piers: online sales through Customer's WeChat mini-program and through travel-agency channels, pier ticket windows, seat allocation per sailing, QR-code gate validation, refunds and changes, and daily finance reconciliation with Customer's payment providers.

Vendor also provides the staff app used by boarding crews to check passenger manifests, and the back-office tools used by Customer's finance team.

### A2. Subscription Term

The Initial Term is three Subscription Years starting on the Go-Live Date. "Subscription Year" means each successive annual period beginning on the Go-Live Date or on an anniversary of it.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (14 vessels, 3 piers, unlimited staff users) | per Subscription Year | 186,000 |
| Gate scanner integration and set-up | one-time | 42,000 |
| Total for the Initial Term (3 x 186,000 + 42,000) | | 600,000 |
| Transaction fee for tickets above 900,000 in a Subscription Year | per ticket | 0.08 |

### A4. Invoicing and payment

1. The set-up fee is invoiced on Go-Live Acceptance.
2. The subscription fee is invoiced quarterly in advance, CNY 46,500 per quarter, the first invoice being issued on the Go-Live Date. No amount is invoiced before the Go-Live Date.
3. Transaction fees are invoiced after the end of the Subscription Year in which they arise.
4. Invoices are payable within 30 days by bank transfer in CNY.

### A5. Go-Live

1. Vendor shall complete configuration, the gate scanner integration and staff training, and make the platform ready for Go-Live Acceptance within 60 days after signature of this Order Form.
2. Go-Live Acceptance tests: (a) tickets for every route are sold and refunded through the mini-program, a travel-agency channel and a pier window; (b) each of the 22 gate scanners validates a QR code in less than one second; (c) ticket sales reconcile with the payment providers' statements for three consecutive sailing days run in parallel with Customer's old system; (d) the daily finance report matches Customer's template. When the tests are passed Customer signs a Go-Live Acceptance certificate; the date of signature is the Go-Live Date. Use of the platform before that signature is not acceptance.
3. Customer shall provide test accounts with its payment providers, exports from its old ticketing system and staff for the parallel run.
3. If Vendor does not make the platform ready by the date in A5.1, Vendor shall pay Customer CNY 500 for each day of delay.

### A6. Renewal

After the Initial Term the subscription renews automatically for successive Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Vendor may increase the subscription fee for any renewal Subscription Year by up to 9% by written notice given at least 30 days before the renewal.

### A6a. Customer responsibilities

Customer is responsible for the content of its fare rules and route information, for the real-name registration of passengers required by the maritime authority, and for the accounts of its own staff. Customer shall keep its administrator credentials secure and inform Vendor without delay of any suspected misuse.

### A7. Contacts

Customer: Director of Ticketing Operations. Vendor: Customer Success Manager for Asia.

Signed for Customer: ____________________  Signed for Vendor: ____________________

Date: 11 March 2026

## PART B — GENERAL TERMS

### B1. Definitions

"Customer Data" means all data entered into or generated in the platform by or for Customer, including passenger names, identity document numbers required for boarding, contact details, bookings, payments and gate records. "Customer Configuration" means Customer's fare rules, route and sailing set-up, report templates and mini-program pages set up in the platform.

"Go-Live Date" has the meaning given in A5.2. "Services" means the platform, the set-up and the support described in this Agreement.

### B2. Service levels

1. Vendor shall make the platform available 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and performed between 23:00 and 05:00 China time.
2. Priority 1 incidents (ticket sales or gate validation unavailable at any pier) are responded to within 30 minutes and restored within 2 hours, at any time of day. Priority 2 incidents are responded to within 2 hours and resolved within one business day.
3. If availability in a month falls below the level in B2.1, Customer receives a service credit of 5% of the monthly portion of the subscription fee for each started 0.1 percentage point of shortfall, up to 25%. For each Priority 1 incident not responded to in time, Customer receives a further credit of CNY 1,000. Credits are set off against the next invoice.
4. Vendor provides a monthly service report showing availability, incidents, their priority, response and restoration times, and the credits due. Customer may ask for a review meeting each quarter.
5. Support is available in Chinese and English through a hotline, a ticket portal and a WeChat work group. Priority 1 incidents shall be reported by telephone.

### B3. Customer Data

1. Customer owns all Customer Data. Vendor processes Customer Data on Customer's behalf to provide the Services.
2. Customer grants Vendor a licence to use aggregated and de-identified data derived from Customer Data, such as passenger volumes, booking lead times and channel mix, to improve Vendor's products and to publish industry benchmarks. This licence continues after the end of the Agreement.

### B4. Data security

1. The platform for Customer is hosted in Alibaba Cloud's Hangzhou region, with a filed record under the Multi-Level Protection Scheme at level 3. Customer Data is not transferred or accessed outside mainland China.
2. Vendor shall encrypt Customer Data in transit and at rest, apply role-based access and multi-factor authentication for administrators, keep access logs, and take daily backups.
3. Vendor shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, cooperate with Customer's notifications under the Personal Information Protection Law, and is responsible for the losses and costs caused to Customer by an incident due to Vendor's breach of this B4.
4. Vendor shall have the platform tested for vulnerabilities by an independent tester at least once in each Subscription Year and share a summary of the findings and their remediation with Customer.
5. Vendor staff may access Customer Data only when needed for support or operations, with the approval recorded in Vendor's ticket system.

### B5. Intellectual property

Vendor owns the platform and all improvements to it. The Customer Configuration belongs to Customer, who may use, copy and modify it freely and hand it to any successor provider; Vendor shall export it on request.

### B6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need it, during the term and for three years afterwards.

### B7. Subcontractors

Vendor uses Alibaba Cloud as hosting provider, which Customer approves by signing the Order Form. Vendor shall not engage any other subcontractor for the Services without Customer's prior written consent.

### B8. Liability

Vendor's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 150,000. This limit does not apply to personal injury, fraud or wilful misconduct.

### B9. Term and termination

1. The Agreement runs for the Initial Term and any renewal under A6.
2. Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
3. On termination Vendor shall, for 60 days, allow Customer to export all Customer Data and the Customer Configuration, and then delete Customer Data from the platform.
4. Termination does not affect rights and obligations accrued before it. B3, B4, B6 and B8 survive termination.

### B10. Governing law and disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

### B11. General

Notices are given in writing to the contacts in A7. Neither party may assign the Agreement without the other's written consent. Force majeure suspends the affected obligations for as long as it lasts.

### B12. Compliance

Each party shall comply with the laws that apply to it in performing the Agreement, including the rules on real-name ticketing for passenger vessels, electronic invoicing and personal information protection. Vendor shall adapt the platform to changes in such rules that apply to ticketing in China at no extra charge, within a reasonable time after their publication.

### B13. Changes to the Services

Vendor may improve and update the platform from time to time. Vendor shall give Customer at least 30 days' notice of any change that removes or materially reduces a function Customer uses, and shall not make such a change during the Initial Term without Customer's consent.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 — Guangxi sugarcane farm, soil-moisture sensors, buyer's paper, Slovak integrator (Trenčín), .docx, Section N
H340E03 = """T:SUPPLY AND INSTALLATION CONTRACT — SOIL MOISTURE MONITORING NETWORK
P:Contract No. GXTS-PUR-2026-022
P:This Contract is made on 7 May 2026 between Guangxi Tianshui Sugarcane Plantation Co., Ltd., a company incorporated in the People's Republic of China, of Jiangzhou District, Chongzuo, Guangxi Zhuang Autonomous Region (the "Buyer"), and Vah Agrosense s.r.o., a company registered in the Slovak Republic, of Legionarska, Trencin, Slovakia (the "Supplier").
P:Whereas the Buyer operates about 3,600 hectares of sugarcane fields with drip irrigation in Jiangzhou District, and wishes to install a soil moisture monitoring network that drives its irrigation scheduling; and the Supplier has offered the equipment, software and services described below in its tender of 2 April 2026; the parties agree as follows.
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the probes, gateways, solar power kits and weather stations listed in Section 3. "Software" means the FieldPulse server edition under a perpetual licence. "Custom Work" means the irrigation dashboard and the interface to the Buyer's drip-irrigation controllers developed for the Buyer.
P:1.2 The Supplier shall supply, install, calibrate and commission 240 three-depth soil moisture and temperature probes across 48 irrigation blocks, 12 LoRaWAN gateways with solar power kits, 6 weather stations and the Software on the Buyer's server, and shall deliver the Custom Work and training.
P:1.3 The technical specification in Annex 1 and the Supplier's tender form part of this Contract. If they conflict, Annex 1 prevails.
P:1.4 Training covers installation checks, probe replacement, calibration, the use of the dashboard and of irrigation rules, for up to 20 agronomists and field technicians, in Chinese, on site in Jiangzhou, and includes printed manuals.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,680,000. At the Buyer's request it is stated and paid in Chinese Yuan (CNY). It is a fixed price including delivery to the site, import clearance, duties, installation, calibration, training, and all taxes.
P:2.2 The Contract Price is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probes, three depths|240|3,850|924,000
TB:2|LoRaWAN gateways|12|14,600|175,200
TB:3|Solar power kits for gateways|12|4,300|51,600
TB:4|Automatic weather stations|6|23,800|142,800
TB:5|FieldPulse server edition, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,461,600
TB:6|Installation and field calibration|1 lot|118,400|118,400
TB:7|Irrigation dashboard and controller interface (Custom Work)|1 lot|86,000|86,000
TB:8|Training of agronomists and field technicians|1 lot|14,000|14,000
TB:|Contract Price|||1,680,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Jiangzhou within 60 days after signature and complete installation in all 48 blocks within 110 days after signature, working around the Buyer's planting and harvest calendar in Annex 2.
P:3.2 Upon completion of installation the parties sign an Installation Certificate. The Installation Certificate records the quantities installed and is not acceptance.
P:3.3 Packing shall protect the Equipment against humidity and rough handling during transport and storage in a subtropical climate. The Supplier bears the risk of loss of or damage to the Equipment until delivery to the Buyer's warehouse.
P:3.4 The Supplier shall deliver with the Equipment a spare-parts kit of 8 probes, 1 gateway and 2 solar controllers, which is included in the Contract Price.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 168,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 924,000) within 20 days after the Installation Certificate.
P:4.3 35% of the Contract Price (CNY 588,000) within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice. The Buyer handles any withholding tax and provides the certificates.
H:Section 5 Acceptance
P:5.1 After installation the network runs for a trial period of 30 days. Final Acceptance requires that: (a) all 240 probes and 12 gateways report to the Software; (b) readings at 20 sample points agree with gravimetric soil samples taken by the Buyer within plus or minus 3 percentage points of volumetric water content; (c) data reaches the dashboard within 15 minutes of measurement; (d) the controller interface opens and closes the drip valves of 6 test blocks on dashboard command and on threshold rules; and (e) no Severity 1 incident occurs in the last 15 days of the trial period.
P:5.2 If the criteria are met, the Buyer issues a Final Acceptance Certificate within 7 days. Installation, operation during the trial period, and any payment do not constitute acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, including freight and field labour, and supply all Software updates.
P:6.2 Probes damaged by field machinery or fire are outside the warranty; the Supplier replaces them at the unit price in Section 2.2.
P:6.3 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:Section 7 Support and Service Levels
P:7.1 Severity 1 means the server, the dashboard or two or more gateways are out of service, or more than one probe in five is not reporting. Severity 2 means any other fault of the Equipment or the Software.
P:7.2 For Severity 1 the Supplier shall respond within 1 hour, have its Chongzuo service partner on site within 24 hours where a site visit is needed, and restore service within 72 hours. For Severity 2 the Supplier shall respond within 8 hours and resolve within 7 days.
P:7.3 For each hour of late response to a Severity 1 incident the Supplier shall pay CNY 600, and for each day of late restoration CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Supplier shall, at the Buyer's option, provide support in the fourth and fifth year after Final Acceptance at an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 102,312 per year, fixed for those two years.
P:8.2 Support is ordered in writing for each year and does not renew automatically.
H:Section 9 Buyer Data and Data Security
P:9.1 All measurements, field maps, irrigation records and other data collected or generated by the network belong to the Buyer and are stored on the Buyer's server in Chongzuo. The Supplier may use them only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN. The Supplier shall not copy the data outside the Buyer's systems, shall keep its access credentials secure, and shall follow the Buyer's information security rules.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Buyer's data or systems, and is liable for the losses the Buyer suffers from an incident caused by the Supplier or its service partner.
P:9.4 On the Buyer's request the Supplier shall confirm in writing that it holds no copy of the Buyer's data.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's field maps, yields and irrigation plans, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:Section 11 Intellectual Property
P:11.1 The Custom Work, its source code and documentation belong to the Buyer, who may use, modify and license it freely. The Supplier shall hand over the source code at Final Acceptance.
P:11.2 The Software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier fails to meet a date in Section 3.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to one and a half times the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 13 Subcontracting
P:13.1 The Supplier's Chongzuo service partner named in Annex 3 is approved on signature. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:14.2 If the Buyer terminates under Section 14.1, the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove, at its own cost, any Equipment the Buyer rejects.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:Section 16 General
P:16.1 This Contract is signed in English and Chinese; both texts are equally valid. Annex 1: Technical specification. Annex 2: Field calendar. Annex 3: Service partner.
P:16.2 Notices shall be in writing and sent to the addresses above. Changes to this Contract must be agreed in writing and signed by both parties. Neither party may assign this Contract without the other party's written consent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 — Yuyao mould maker, managed firewall service, Swiss provider (Sarnen), .md, numbered clauses + Schedules
H340E04 = """# MANAGED FIREWALL SERVICE AGREEMENT

**Agreement reference:** PNS-MFS-2026-07

**Between**

**Yuyao Jinhong Precision Mould Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in the Yuyao Economic Development Zone, Ningbo, Zhejiang Province (the "Customer"); and

**Pilatus Netsec AG**, a company incorporated in Switzerland, with its registered office at Bruenigstrasse, 6060 Sarnen, Canton of Obwalden, Switzerland (the "Provider").

**Background.** The Customer designs and makes injection moulds for automotive and appliance makers, and exchanges large CAD files with its customers. It wishes to replace its self-managed firewalls with a managed service that protects its head office, its two plants and the VPN links used by its designers and customers. The Provider operates a managed security service with a service centre in Ningbo run by its China subsidiary.

## 1. Definitions

1.1 "Service" means the managed firewall service described in clause 2 and Schedule 1.

1.2 "Appliances" means the firewall appliances installed by the Provider at the Customer's sites, which remain the Provider's property.

1.3 "Service Commencement Date" means the date of the Service Acceptance Certificate under clause 4.

1.4 "Customer Data" means all logs, traffic records, configurations, rulebases, VPN user lists and other data of the Customer processed in providing the Service.

## 2. The Service

2.1 The Provider shall supply, install and operate a high-availability pair of Appliances at the head office and one Appliance at each plant, and manage them remotely from its Ningbo service centre.

2.2 The Service includes rulebase management, change requests, VPN user administration, intrusion prevention signatures, firmware updates, round-the-clock monitoring, incident handling and a monthly service report.

2.3 The Provider shall carry out up to 40 standard change requests per month at no extra charge; further changes are charged under Schedule 2.

2.4 The Customer's IT manager approves rulebase changes. The Provider shall implement approved standard changes within one business day and emergency changes within 2 hours.

2.5 Each month the Provider shall deliver a service report covering availability per site, incidents, blocked threats, changes made and recommended improvements, and shall hold a quarterly review with the Customer.

2.6 The Customer shall provide rack space, power and network connections at each site, give the Provider's field engineers escorted access when needed, and keep its own user directory up to date.

2.7 The Provider shall replace a failed Appliance within the restoration time for the incident, using spare units held in Ningbo.

## 3. Term

3.1 The Service runs for 36 months from the Service Commencement Date (the "Term").

3.2 The Agreement does not renew automatically. Any extension requires a written agreement of both parties.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall migrate the Customer's existing rulebase after review with the Customer, install the Appliances and reach Service Acceptance within 45 days after signature.

4.2 Service Acceptance requires that: (a) all sites pass traffic through the Appliances with the agreed rulebase; (b) failover between the head-office pair completes without loss of VPN sessions; (c) the Customer's test plan for its ERP, CAD file exchange and customer VPN links is passed; and (d) the monitoring and reporting portal is available to the Customer. When these criteria are met the Customer signs a Service Acceptance Certificate. Installation or live traffic before that signature is not acceptance.

4.3 If Service Acceptance is not reached by the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

## 5. Service Levels

5.1 The Service shall be available 99.95% of each calendar month, measured per site and excluding maintenance windows agreed in advance.

5.2 Incidents are classified and handled as set out in Schedule 1. For Priority 1 incidents the Provider shall respond within 15 minutes.

5.3 If the Provider misses an availability level or a response time, the Customer receives the service credits set out in Schedule 1, deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. At the Customer's request all charges are stated and paid in Chinese Yuan (CNY).

6.2 The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The onboarding charge is invoiced after Service Acceptance. No amount is payable in advance.

6.3 Invoices are payable within 30 days of receipt.

6.4 The charges are fixed for the Term. The Provider shall issue valid Chinese VAT invoices through its China subsidiary.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider processes it only to provide the Service and on the Customer's instructions.

7.2 Customer Data is stored on the Appliances and on the Provider's log server in Ningbo, and is not transferred or accessed outside mainland China. The Provider's staff access the Appliances only through its Ningbo service centre, with multi-factor authentication and full session recording.

7.3 The Provider shall maintain its ISO/IEC 27001 certification, keep logs for 180 days, apply the security measures in Schedule 3 and notify the Customer within 12 hours of any incident affecting Customer Data. The Provider is liable for the losses resulting from an incident caused by its breach of this clause 7.

7.4 At the end of the Term the Provider shall return the Customer Data in a readable format and then securely delete it from its systems, confirming the deletion in writing.

## 8. Intellectual Property

8.1 The rulebases, security policies and network documentation prepared for the Customer belong to the Customer, who may use and modify them freely and hand them to another provider.

8.2 The Provider keeps all rights in its tools, portal and methods.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's network design and its customers' files, use it only for this Agreement, and not disclose it to third parties without prior written consent. This clause survives for three years after the end of the Agreement.

## 10. Subcontracting

10.1 The Provider's China subsidiary named in Schedule 3 performs the Service and is approved on signature. The Provider shall not subcontract any other part of the Service without the Customer's prior written consent.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Term, except for liability under clauses 7 and 9, personal injury and wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss, except in the case of wilful misconduct.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if the availability of any site is more than one percentage point below the level in clause 5.1 in two consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days, hand over the current rulebases and replace its Appliances with the Customer's equipment at the Customer's option.

12.3 Either party may terminate this Agreement with immediate effect if the other party becomes insolvent.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the substantive law of Switzerland.

13.2 Any dispute shall be resolved by arbitration under the Swiss Rules of International Arbitration. The seat of arbitration is Lucerne, Switzerland, and the language of the proceedings is English.

## 14. General

14.1 Notices must be in writing. Changes to this Agreement must be in writing and signed by both parties.

14.2 Neither party is liable for delay caused by force majeure, provided it informs the other party promptly and resumes performance as soon as possible.

14.3 This Agreement is signed in English and Chinese; both versions are equally authentic.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## Schedule 1 — Incident Priorities, Response Times and Service Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Loss of internet or VPN connectivity at a site, or a security breach in progress | 15 minutes | 2 hours |
| P2 | Degraded performance, loss of one Appliance in a pair, failed change | 1 hour | 8 hours |
| P3 | Service requests and minor faults | 8 hours | 3 business days |

| Shortfall | Service credit |
|---|---|
| Monthly availability of a site below the level in clause 5.1 by up to 0.5 percentage point | 5% of that site's monthly charge |
| Monthly availability of a site more than 0.5 percentage point below that level | 20% of that site's monthly charge |
| Each P1 response later than 15 minutes | CNY 1,000 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (rulebase review and migration, installation) | one-time | 38,000 |
| Monthly service charge (head-office pair and two plants) | per month | 24,800 |
| Monthly charges for the Term (36 x 24,800) | | 892,800 |
| Total charges for the Term | | 930,800 |
| Change requests above the monthly allowance | per change | 400 |

## Schedule 3 — Security Measures and Approved Subcontractor

Network segregation of the management plane; named administrators only; multi-factor authentication; quarterly access review; encrypted log storage; annual penetration test of the portal. Backup of Appliance configurations after each change and daily; restore tests each quarter. Approved subcontractor: Pilatus Netsec (Ningbo) Co., Ltd.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 — Tianjin port logistics platform, container-status API subscription, Czech vendor (Kutna Hora), .txt
H340E05 = """CONTAINER STATUS API SUBSCRIPTION AGREEMENT

Agreement No. SD-API-2026-031

PARTIES

Tianjin Haigang Logistics Information Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Tianjin Port Free Trade Zone, Binhai New Area, Tianjin (the "Customer").

Sedlec Data s.r.o., a company registered in the Czech Republic, with its registered office at Zamecka, Kutna Hora, Czech Republic (the "Vendor").

RECITALS

The Customer operates a logistics platform used by freight forwarders, trucking companies and cargo owners at Tianjin Port to track import and export containers. The Vendor operates the BoxTrace service, which collects container events from ocean carriers, terminals and rail operators and makes them available through an application programming interface (the "API"). The Customer wishes to subscribe to the API and display container status to its platform users. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Subscription Year" means each successive annual period beginning on the Service Start Date or on an anniversary of it.

1.2 "Service Start Date" means the date on which the Customer confirms acceptance under clause 5.

1.3 "Customer Data" means the container numbers, bill of lading numbers, booking references, user accounts and queries submitted by the Customer or its platform users, and the results returned to them.

1.4 "Status Data" means the container events supplied by the Vendor through the API.

2. THE SERVICE

2.1 The Vendor grants the Customer, for the term of this Agreement, a non-exclusive right to call the API and to display Status Data to the users of the Customer's platform in mainland China.

2.2 The subscription covers event data from the 26 ocean carriers and 5 Tianjin terminals listed in the Schedule, with up to 3,000,000 API calls in each Subscription Year.

2.3 The Vendor shall provide a test environment, API documentation in English and Chinese, and a named technical contact during onboarding.

2.4 The Vendor shall notify the Customer at least 60 days in advance if a carrier or terminal listed in the Schedule will stop supplying data, and shall use reasonable efforts to find an alternative source.

2.5 The Customer shall not resell raw Status Data as a data feed to third parties, shall keep its API keys secure, and shall inform the Vendor without delay if it suspects that a key has been compromised.

2.6 The Customer may show Status Data to its platform users with a reference to the source and may combine it with its own data.

3. ONBOARDING

3.1 The Vendor shall map its event codes to the Customer's status codes and EDI formats, set up the Customer's API keys and webhooks, and support the Customer's integration tests.

3.2 The Vendor will use reasonable efforts to complete onboarding within 30 days after signature. Onboarding dates are estimates only.

3.3 The Customer shall provide a test endpoint, sample EDI messages for each status it uses, and a contact able to approve the mapping.

4. TERM AND RENEWAL

4.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Service Start Date.

4.2 The subscription does not renew automatically. Any renewal requires a new written agreement signed by both parties.

5. ACCEPTANCE

5.1 Before the Service Start Date the parties shall run acceptance tests: (a) the event-code mapping is checked for all carriers and terminals in the Schedule; (b) the status of 500 sample containers chosen by the Customer matches the carriers' own tracking records; (c) API calls made during a test week are answered within 2 seconds on average; and (d) webhooks deliver events to the Customer's endpoint in the agreed format.

5.2 When the tests are passed the Customer confirms acceptance in writing. Use of the test environment or of the API during the tests is not acceptance.

6. FEES AND PAYMENT

6.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

6.2 The fees are:
    Subscription fee, per Subscription Year .................. CNY 264,000
    Onboarding and code mapping, one-time .................... CNY 36,000
    Total for the two Subscription Years (2 x 264,000 + 36,000) CNY 564,000
    Additional calls above the annual allowance .............. CNY 80 per 1,000 calls

6.3 The subscription fee is invoiced quarterly in advance, in four equal instalments of CNY 66,000 per Subscription Year, the first on the Service Start Date. The onboarding fee is invoiced on the Service Start Date. Additional calls are invoiced quarterly in arrears.

6.4 Invoices are payable within 30 days. No amount is payable before the Service Start Date.

6.5 The fees are fixed for the two Subscription Years. Each party bears its own bank charges. The Customer may withhold taxes required by PRC law and shall provide the tax certificates.

6.6 If an undisputed invoice is unpaid 30 days after its due date, the Vendor may suspend the API after giving 10 days' written notice.

7. SERVICE LEVELS

7.1 The Vendor aims to keep the API available 99.95% of each calendar month, excluding planned maintenance announced 48 hours in advance.

7.2 The Vendor shall respond to Priority 1 incidents (the API unavailable or returning errors for all carriers) within 1 hour at any time, and to Priority 2 incidents (one carrier or terminal feed missing or delayed) within 8 business hours.

7.3 The service levels in this clause 7 are targets. A failure to meet them does not entitle the Customer to any service credit, fee reduction, refund or damages, and the Customer's remedies for such failure are limited to escalation under the Schedule.

7.4 The Vendor provides a status page showing current incidents and planned maintenance, and a monthly report of availability and incidents.

8. CUSTOMER DATA

8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API to the Customer and shall not sell it or use it for any other purpose.

8.2 On expiry or termination the Vendor shall return the Customer's account data on request and then delete the Customer Data it holds.

9. STATUS DATA AND INTELLECTUAL PROPERTY

9.1 The Vendor and its data sources keep all rights in the Status Data and the API. The Customer may store Status Data received during the term and display it to its users, also after the term, for the containers concerned.

9.2 The code mapping tables and the EDI adapters developed by the Vendor for the Customer under clause 3 belong to the Customer, who may use and modify them freely. The Vendor shall deliver them in editable form at the Service Start Date.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's user lists and volumes, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract its obligations under this Agreement without the Customer's prior written consent. Carriers and terminals supplying event data to the Vendor are data sources and not subcontractors.

12. LIABILITY

12.1 The Vendor's total liability under this Agreement is limited to 150% of the total fees for the two Subscription Years stated in clause 6.2.

12.2 Neither party is liable for indirect or consequential loss, except in cases of wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Vendor shall refund the subscription fees paid for the period after termination.

13.3 Either party may terminate this Agreement with immediate effect if the other party becomes insolvent or ceases business.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

15. GENERAL

15.1 This Agreement, with its Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent to the addresses above, with a copy by e-mail to the contacts in the Schedule.

15.3 Neither party may assign this Agreement without the other party's written consent, except to an affiliate taking over its business.

15.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, including failures of the systems of carriers or terminals, provided it notifies the other party promptly.

15.5 This Agreement is signed in English and Chinese; in case of difference the English text prevails.

Signed for the Customer: ____________________    Date: 25 May 2026

Signed for the Vendor:   ____________________    Date: 25 May 2026

SCHEDULE — COVERAGE, CONTACTS AND ESCALATION

A. Coverage. Ocean carriers: the 26 carriers listed in the Vendor's coverage sheet attached to its offer of 28 April 2026. Terminals: the five container terminals of Tianjin Port listed in the same sheet. Rail: the China Railway container service for the Tianjin-Erenhot and Tianjin-Manzhouli lines, where available.

B. Contacts. Customer: platform operations manager and integration lead. Vendor: account manager and technical contact for Asia.

C. Escalation. Priority 1 incidents not resolved within 2 hours are escalated to the Vendor's head of operations; incidents not resolved within 8 hours are escalated to the Vendor's managing director, who shall report to the Customer in writing on the cause and the corrective action.

D. Reporting. The Vendor's monthly report lists availability, response times for Priority 1 and Priority 2 incidents, call volumes and changes in data sources.
"""

# ---------------------------------------------------------------------------------------------------------------
# files, formats
FILES = {
    "h340z01": ("h340z01_ecology_bureau_vehicle_remote_sensing_platform.pdf", H340Z01),
    "h340z02": ("h340z02_cable_plant_extrusion_line_control_retrofit.docx", H340Z02),
    "h340z03": ("h340z03_yoga_chain_scheduling_membership_saas.txt", H340Z03),
    "h340z04": ("h340z04_earthquake_bureau_seismic_network_om.txt", H340Z04),
    "h340z05": ("h340z05_fishball_plant_wms_supplier_template.md", H340Z05),
    "h340e01": ("h340e01_papercut_studio_pattern_layout_licences.pdf", H340E01),
    "h340e02": ("h340e02_qiandao_lake_cruise_ticketing_saas_order_form.md", H340E02),
    "h340e03": ("h340e03_sugarcane_farm_soil_moisture_sensors.docx", H340E03),
    "h340e04": ("h340e04_mould_maker_managed_firewall_service.md", H340E04),
    "h340e05": ("h340e05_port_logistics_container_status_api.txt", H340E05),
}


def num(x):
    """integral floats as int (the corpus writes 20, 150, 0.1 ...)."""
    if x is None:
        return None
    return int(round(x)) if abs(x - round(x)) < 1e-9 else x


# ---------------------------------------------------------------------------------------------------------------
# prices and payments (asserted), derived values
def check_sum(items, total):
    assert sum(items) == total, (items, sum(items), total)
    return total


V = {}
V["h340z01"] = check_sum([6 * 398_000, 612_000, 356_000, 268_000, 214_000, 32_000], 3_870_000)
Z01_SUB = check_sum([6 * 398_000, 612_000, 356_000], 3_356_000)
V["h340z02"] = check_sum([4 * 186_000, 12 * 38_500, 4 * 72_000, 4 * 16_500, 196_000, 168_000, 124_000, 22_000],
                         2_070_000)
Z02_SUB = check_sum([744_000, 462_000, 288_000, 66_000, 196_000], 1_756_000)
V["h340z03"] = check_sum([3 * 35 * 5_800, 64_000], 673_000)
V["h340z04"] = check_sum([18 * 9_600, 26 * 4_200, 8 * 11_500, 126_000, 68_000, 37_000], 605_000)
V["h340z05"] = check_sum([386_000, 248_000, 126_000, 88_000, 30 * 3_600], 956_000)
V["h340e01"] = check_sum([8 * 21_500, 2 * 18_600, 14_800, 46_000, 12_000], 282_000)
E01_SUB = check_sum([172_000, 37_200, 14_800], 224_000)
V["h340e02"] = check_sum([3 * 186_000, 42_000], 600_000)
V["h340e03"] = check_sum([240 * 3_850, 12 * 14_600, 12 * 4_300, 6 * 23_800, 168_000, 118_400, 86_000, 14_000],
                         1_680_000)
E03_SUB = check_sum([924_000, 175_200, 51_600, 142_800, 168_000], 1_461_600)
V["h340e04"] = check_sum([38_000, 36 * 24_800], 930_800)
V["h340e05"] = check_sum([2 * 264_000, 36_000], 564_000)

# payment instalments (percent of value, amounts as written) — none is 30 % or 40 %
PAY = {
    "h340z01": [(20, 774_000), (35, 1_354_500), (45, 1_741_500)],
    "h340z02": [(10, 207_000), (45, 931_500), (45, 931_500)],
    "h340z05": [(55, 525_800), (45, 430_200)],
    "h340e01": [(20, 56_400), (45, 126_900), (35, 98_700)],
    "h340e03": [(10, 168_000), (55, 924_000), (35, 588_000)],
}
for k, inst in PAY.items():
    assert sum(p for p, _ in inst) == 100 and sum(a for _, a in inst) == V[k], k
    for p, a in inst:
        assert a * 100 == p * V[k], (k, p, a)
        assert p not in (30, 40), (k, p)
assert 4 * 151_250 == V["h340z04"] and 4 * 66_000 == 264_000 and 4 * 50_750 == 203_000 and 4 * 46_500 == 186_000
assert round(Z01_SUB * 0.08) == 268_480 and round(Z02_SUB * 0.28) == 491_680
assert round(E01_SUB * 0.11) == 24_640 and round(E03_SUB * 0.07) == 102_312

# ---------------------------------------------------------------------------------------------------------------
# labels (buyer's view; conventions in NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


G = "goods_or_licence"
L = {}
# (category, terms, extra w/o contract_value, fee base for TCO or None, outside-mainland forum)
L["h340z01"] = ("hardware", terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                                  liability_cap_pct=num(1.5 * 100), prepayment_pct=num(774_000 / V["h340z01"] * 100),
                                  final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                                  contract_kind=G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), Z01_SUB, False)
L["h340z02"] = ("hardware", terms(p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                                  prepayment_pct=num(207_000 / V["h340z02"] * 100), final_payment_on_acceptance=True,
                                  warranty_months=18, post_warranty_fee_pct=28, contract_kind=G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), Z02_SUB, False)
L["h340z03"] = ("cloud", terms(availability_pct=99.5, p1_response_hours=0.5, confidentiality=False,
                               ld_rate_per_day_pct=600 / V["h340z03"] * 100, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None, False)
L["h340z04"] = ("services", terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                                  ld_rate_per_day_pct=800 / V["h340z04"] * 100, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None, False)
L["h340z05"] = ("software", terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                                  ld_rate_per_day_pct=0.02, liability_cap_pct=20,
                                  prepayment_pct=num(525_800 / V["h340z05"] * 100), acceptance_clause=False,
                                  final_payment_on_acceptance=False, warranty_months=6,
                                  subcontract_without_consent=True, contract_kind=G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True), 386_000 + 108_000, False)
L["h340e01"] = ("software", terms(sla_remedy=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                                  prepayment_pct=num(56_400 / V["h340e01"] * 100), final_payment_on_acceptance=True,
                                  warranty_months=18, post_warranty_fee_pct=11, governing_law="Latvia",
                                  contract_kind=G),
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), E01_SUB, True)
L["h340e02"] = ("cloud", terms(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=500 / V["h340e02"] * 100,
                               liability_cap_pct=num(150_000 / V["h340e02"] * 100),
                               auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None, False)
L["h340e03"] = ("hardware", terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                                  prepayment_pct=num(168_000 / V["h340e03"] * 100), final_payment_on_acceptance=True,
                                  warranty_months=36, post_warranty_fee_pct=7, contract_kind=G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), E03_SUB, False)
L["h340e04"] = ("services", terms(availability_pct=99.95, p1_response_hours=0.25,
                                  ld_rate_per_day_pct=700 / V["h340e04"] * 100, liability_cap_pct=150,
                                  governing_law="Switzerland"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None, True)
L["h340e05"] = ("cloud", terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                               data_security_clause=False, liability_cap_pct=150),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False), None, False)

EXPECTED = {
    "h340z01": [],
    "h340z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h340z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h340z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h340z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h340e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h340e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h340e03": [],
    "h340e04": ["CR-GOVERNING-LAW"],
    "h340e05": ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return value + fees, fees, fees / (value + fees) * 100


def my_reading_of_policy(t, x, value, base, forum_outside):
    """policy.md §3 as I read it (my own cross-check of the hand-written EXPECTED lists, not project code)."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, value, base)
        if c is not None and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures: regexes, self-test, scans
TH = {
    "availability 99.9": [r"99[.．]90*(?![0-9])", r"九十九点九(?![零一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.,])4\s*[-]?\s*(?:个\s*)?(?:小时|钟头|h\b|hrs?\b|hours?\b)", r"(?<![十\d])四\s*个?\s*(?:小时|钟头)",
                   r"\bfour\s*(?:\(4\)\s*)?[-]?\s*hours?\b", r"(?<![\d.,])240\s*(?:分钟|min\b|minutes?\b)",
                   r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![\d.,])0?[.．]050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百千点])",
                      r"千分之零点五", r"百分之零点零五"],
    "cap 100 %": [r"(?<![\d.,])100(?:[.]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百",
                  r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.,])30(?:[.]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])",
                        r"三成", r"\bthirty\s+per\s*cent"],
    "warranty 12 months / one year": [r"(?<![\d.,])12\s*[-]?\s*(?:个\s*月|months?\b)",
                                      r"(?<![一二三四五六七八九十])十二\s*个\s*月", r"\btwelve\s*(?:\(12\)\s*)?[-]?\s*months?\b",
                                      r"一年", r"(?<![\d.,])1\s*年", r"\bone\s*(?:\(1\)\s*)?[-]?\s*years?\b",
                                      r"(?<![\d.,])1\s*[-]?\s*years?\b"],
    "post-warranty fee 15 %": [r"(?<![\d.,])15(?:[.]0+)?\s*(?:%|％|per\s*cent|percent)",
                               r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen\s+per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.,])40(?:[.]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
                       r"四成", r"\bforty\s+per\s*cent"],
    "horizon 5 years / 60 months": [r"(?<![\d.,])5\s*[-]?\s*(?:个\s*)?(?:年(?![级])|years?\b)",
                                    r"(?<![一二三四五六七八九十])五\s*年", r"\bfive\s*(?:\(5\)\s*)?[-]?\s*years?\b",
                                    r"(?<![\d.,])60\s*[-]?\s*(?:个\s*月|months?\b)", r"六十\s*个\s*月",
                                    r"\bsixty\s*[-]?\s*months?\b"],
}
TH_RE = {k: [re.compile(p, re.I) for p in v] for k, v in TH.items()}
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "4个小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 % per day", ".05%", "万分之五", "100%", "100 per cent", "百分之百",
            "百分之一百", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月", "12 个月", "十二个月",
            "12 months", "12-month", "twelve months", "一年", "第一年", "1年", "one year", "one-year", "1 year",
            "15%", "百分之十五", "fifteen percent", "40%", "百分之四十", "四成", "forty per cent", "五年", "5年",
            "5 years", "five years", "five-year", "60个月", "六十个月", "60 months", "sixty months"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "130%", "0.3%",
            "四十二个月", "二十四个月", "三十六个月", "2025年", "2026年", "十五年", "二十五年", "万分之五十", "百分之三十五",
            "百分之四十五", "10.05%", "150%", "140%", "0.40%", "36 months", "18 months", "112 months", "2015 years",
            "fifth year", "first three years", "2 hours", "24 hours", "8 hours", "百分之二十", "each year"]


def scan(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for k, rs in TH_RE.items():
            for rx in rs:
                for m in rx.finditer(copy):
                    hits.append((k, m.group(0), copy[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_NOT:
        assert not scan(s), ("must not hit", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sources, targets = {}, {}
    for k, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    problems = []
    print()
    print("%-62s %-6s %-7s %s" % ("file", "length", "risk", "expected rules"))
    for k, (name, src) in FILES.items():
        category, t, extra, base, forum_outside = L[k]
        value = V[k]
        x = dict(extra)
        x["contract_value"] = value
        if t["contract_kind"] != G:
            assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
            assert t["post_warranty_fee_pct"] is None
        else:
            assert "post_warranty_fee_capped" in x
        order = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] == G else []) + \
                ["acceptance_deemed_on_delivery", "contract_value"]
        x = {kk: x[kk] for kk in order}
        # derived values off every threshold
        assert t["availability_pct"] != 99.9
        assert t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 5
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 2
        assert t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1
        c = tco(t, value, base)
        if c is not None:
            assert abs(c[2] - 40) > 2, (k, c)
        rules = my_reading_of_policy(t, x, value, base, forum_outside)
        assert rules == EXPECTED[k], (k, rules, EXPECTED[k])
        fired |= set(rules)
        label = {"file": name, "language": "zh" if k[4] == "z" else "en", "category": category,
                 "expected_terms": t, "expected_extra": x, "expected_rules": EXPECTED[k]}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        # read the built file back
        text = read_back(OUT / name)
        if k[4] == "z":
            n = len(text)
            ok = 2800 <= n <= 3300
            unit = "ch"
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
            unit = "w"
        if not ok:
            problems.append("%s: length %d %s out of range" % (name, n, unit))
        for h in scan(text):
            problems.append("%s: threshold figure %r in %r" % (name, h[1], h[2]))
        tco_s = "" if c is None else "  TCO %.0f, post-warranty share %.2f %%" % (c[0], c[2])
        print("%-62s %5d%-2s %-7s %s%s" % (name, n, unit, risk(rules), ", ".join(rules) or "(none)", tco_s))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    print("\nall 20 CR rules expected at least once")
    mix = sorted(len(v) for v in EXPECTED.values())
    print("findings per contract:", mix)
    assert problems == [], "\n".join(problems)


if __name__ == "__main__":
    main()
