"""holdout518: ten blind, ordinary draft contracts with labels. Builds the .txt/.md directly, the .docx/.pdf through
../word_pdf.py (wrap_words=True), writes the .json labels, derives each draft's expected rules from its labels by my
own reading of policy.md section 3, and scans every source and every built file for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H518Z01 = r'''
T:江州市医保基金智能监管平台建设项目合同
P:合同编号：JZYB-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市医疗保障局
P:乙方（供应商）：浙江衡策医保科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江州市医保基金智能监管平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智能监管平台软件许可（永久许可，部署于甲方医保专网机房），并完成智能审核规则库定制、与省医保信息平台及全市定点医药机构的接口开发、部署实施和培训。
P:1.2 平台须覆盖事前提醒、事中审核、事后监管三个环节，支持门诊、住院及定点药店购药结算数据的全量审核，具体功能以招标文件技术需求为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾伍万元整（¥2,350,000.00），为固定总价，包含软件许可、定制开发、实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|智能监管平台软件许可（永久许可）|1,260,000
TB:2|智能审核规则库定制（不少于六百条规则）|548,000
TB:3|接口开发（省平台及定点医药机构）|386,000
TB:4|部署实施|124,000
TB:5|培训|32,000
TB:合计||2,350,000
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥470,000。
P:3.2 平台上线并经初步验收合格后，甲方支付合同总价的45%，即¥1,057,500。
P:3.3 最终验收合格后，甲方支付合同总价的35%，即¥822,500。
P:3.4 乙方每次请款前应开具合法有效的发票，甲方按财政资金支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成部署并上线试运行，上线试运行期为六十日。
P:4.2 乙方应提交需求规格说明书、设计文档、规则库清单、接口文档、源代码、测试报告、操作手册及培训记录。
P:4.3 乙方应派驻项目经理及不少于六名技术人员在甲方现场实施，人员变更须经甲方书面同意。
P:4.4 甲方负责提供机房、网络、服务器等运行环境，协调省医保信息平台接口联调，并按期确认需求规格说明书和设计文档；因甲方原因造成的延误，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：全部功能按招标技术需求实现；规则库规则数量不少于六百条，抽取一千份已结算单据复核，规则命中结果与人工审核结论一致率不低于95%；接口连续运行十日无数据丢失；单据审核平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期满且期间无一级故障；通过第三方机构的网络安全等级测评及商用密码应用安全性评估；文档齐全。最终验收由甲方组织专家按上述标准进行，并出具书面验收报告。
P:5.3 平台上线、甲方使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、规则库更新和技术支持。
P:6.2 质保期满后，甲方如需继续维护，维护年费不超过软件许可费的9%（即每年不超过¥113,400），该价格在质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 故障分级及响应：一级故障（平台无法审核或结算数据中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题两个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时扣减履约保证金人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。
H:第八条 数据安全
P:8.1 平台中的医保结算数据、参保人信息、定点医药机构数据及审核结果均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得留存、复制或向境外传输。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定，平台按网络安全等级保护第三级要求建设；乙方人员须经甲方审批并通过堡垒机访问，全部操作留痕；开发测试仅使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方损失并承担由此产生的行政处罚。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、监管规则、稽核线索及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的规则库、接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:10.2 平台产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方合法权利。
H:第十一条 违约责任
P:11.1 乙方逾期上线或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应免费整改；整改后仍不合格的，甲方可拒绝验收并要求赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得转包。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或有其他重大违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 合同解除的，乙方应配合甲方完成数据、文档和系统的移交。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江州仲裁委员会仲裁。
H:第十五条 培训
P:15.1 乙方应为甲方基金监管、稽核及信息科室人员提供不少于两期集中培训，每期不少于三日，并为各区县医保分局提供远程培训。
P:15.2 培训内容包括平台操作、规则维护、疑点数据核查及系统管理。乙方应提供中文培训教材，培训结束后组织考核，考核合格率应达到九成以上。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明。影响消除后双方继续履行；影响持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方：江州市医疗保障局（盖章）　法定代表人或授权代表：　　日期：
P:乙方：浙江衡策医保科技有限公司（盖章）　法定代表人或授权代表：　　日期：
'''

H518Z02 = r'''
T:制粉生产线控制系统改造及维保合同
P:合同编号：JS-ZF-2026-031
P:甲方（买方）：淮阳金穗面粉有限公司
P:乙方（卖方）：郑州恒拓自动化工程有限公司
P:鉴于甲方日处理小麦六百吨的制粉生产线原有继电器及单机控制系统老化，甲方拟实施集中控制改造；乙方具备相应的设计、供货、安装调试和维保能力。双方依据《中华人民共和国民法典》，就改造及维保事宜达成如下协议。
H:1. 工作范围
P:1.1 乙方负责清理、润麦、制粉、配粉及打包工段控制系统的设计、供货、安装、编程、调试、培训及质保期内的维护。
P:1.2 改造范围包括PLC控制柜、变频器、上位机监控系统、称重及在线检测仪表、中控室工控机，以及与甲方现有ERP系统的产量数据接口。
P:1.3 改造施工须利用甲方计划停产期完成，停产时间不超过十八日。
P:1.4 乙方应在合同签订后十五日内提交详细设计方案，包括控制系统架构、I/O清单、联锁逻辑及施工计划，经甲方确认后实施。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），含设备、软件许可、安装调试、培训、运输、保险及税费。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及I/O模块|8面|486,000
TB:2|变频器（含电抗器）|46台|312,000
TB:3|上位机监控软件许可（永久）|1套|168,000
TB:4|中控室工控机及服务器|6台|96,000
TB:5|称重及在线水分检测仪表|18套|214,000
TB:软硬件小计|||1,276,000
TB:6|安装调试及编程|1项|188,000
TB:7|操作及维修培训|1项|16,000
TB:合计|||1,480,000
P:2.2 合同价格为固定价格，不因原材料、汇率或人工费用变化而调整。
H:3. 付款
P:3.1 合同签订后十日内，甲方支付合同总价的10%作为预付款（¥148,000）。
P:3.2 设备全部到货并经甲方清点签收后，支付合同总价的55%（¥814,000）。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 最终验收合格后，支付合同总价的35%（¥518,000）。
P:3.4 乙方应在每笔付款前开具等额增值税专用发票。
H:4. 交货与安装
P:4.1 乙方应在合同签订后七十五日内将全部设备运抵甲方厂区，并在甲方停产期内完成安装和单机调试。
P:4.2 乙方施工人员须遵守甲方粉尘防爆、动火作业和食品安全管理制度，进入车间前接受甲方安全培训。
P:4.3 设备应为全新原厂正品，随货提供合格证、说明书和出厂检验报告。
P:4.4 设备运输、装卸及现场保管期间的损毁灭失风险由乙方承担，直至到货签收。
P:4.5 甲方应在乙方进场前完成停产安排，提供施工用电、压缩空气和临时存放场地，并指派电气负责人配合调试。
H:5. 验收
P:5.1 验收标准：全部设备型号、数量与清单一致；各工段联锁启停、顺序启动及紧急停机功能测试合格；生产线满负荷连续运行72小时无停机故障；出粉率、吨粉电耗指标不劣于改造前同期水平，称重计量误差不超过±0.2%；ERP接口产量数据与打包称重记录逐批一致。
P:5.2 甲方在乙方提交验收申请后七日内组织验收，并签署验收报告。安装完成、试生产或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并再次申请验收。
P:5.4 验收时乙方应提交竣工图纸、电气原理图、I/O清单、程序备份、设备说明书及调试记录，纸质版和电子版各一套。
H:6. 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，并提供程序修改和技术支持。
P:6.2 故障响应：停产类故障（一级）乙方应在1小时内电话响应，6小时内到达现场；其他故障24小时内响应。乙方每超时一小时，按人民币500元向甲方支付违约金。
P:6.3 质保期满后，维保年费为软硬件小计的8%（¥102,080），在质保期满后三年内不变。维保合同逐年签订，不自动续期。
P:6.4 乙方应随货提供价值不低于人民币二万元的随机备件，并承诺在设备停产后八年内继续供应备件，价格不高于同期市场价格。
P:6.5 质保期内乙方每季度上门巡检一次，检查控制柜和变频器的散热、接地及除尘情况，并出具巡检报告。
P:6.6 质保期内同一部件故障两次以上的，乙方应免费更换为新品，并重新计算该部件的质保期。
H:7. 知识产权
P:7.1 乙方为本项目编写的PLC程序、上位机组态画面、ERP接口程序及其源代码归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托他人维护。
P:7.2 PLC、监控软件等第三方产品的知识产权归原厂所有，甲方依许可使用。
P:7.3 乙方保证所供软件及程序不侵犯第三方知识产权，否则由乙方承担全部责任。
H:8. 生产数据安全
P:8.1 控制系统产生的生产、配粉和能耗数据归甲方所有，乙方仅可为履行本合同使用。
P:8.2 乙方应在控制网与办公网之间部署工业防火墙；远程维护须经甲方生产部书面批准，每次使用一次性账号，维护结束后关闭通道；乙方不得拷贝或带离上述数据。
P:8.3 发生病毒感染、数据篡改或丢失的，乙方应在2小时内通知甲方并协助恢复；因乙方原因造成的，乙方承担恢复费用并赔偿甲方停产损失。
P:8.4 乙方维护电脑接入控制网前应进行病毒查杀，禁止使用未经检测的移动存储介质。
H:9. 分包
P:9.1 乙方可将电气安装及桥架、电缆敷设工程分包给具备资质的施工单位，但应在进场前书面通知甲方。乙方对分包单位的施工质量和安全负责。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 因乙方原因施工超出约定停产期的，乙方另行赔偿甲方因此增加的停产损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:10.4 乙方提供的设备不符合合同约定的，甲方有权要求更换，由此发生的费用由乙方承担。
P:10.5 乙方按本合同支付的违约金不足以弥补甲方损失的，应赔偿差额部分。
H:11. 合同解除
P:11.1 乙方逾期交货超过三十日，或设备、系统存在重大缺陷经两次整改仍不合格的，甲方有权书面通知解除合同，乙方退还已收款项并赔偿损失。
P:11.2 合同解除后，已安装的设备由乙方拆除，恢复原状的费用由乙方承担。
H:12. 培训
P:12.1 乙方应在调试期间对甲方中控操作人员进行现场培训，内容包括系统操作、报警处理、配粉管理及日常维护；另对甲方电气人员进行PLC程序和变频器参数培训。
P:12.2 培训结束后乙方组织考核，考核合格的人员方可独立操作。
P:12.3 乙方应向甲方提供完整的操作规程和常见故障处理手册。
H:13. 不可抗力
P:13.1 因地震、洪水等不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交周口仲裁委员会仲裁。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 本合同附件包括设备清单、技术协议和验收大纲，与本合同具有同等效力。
P:甲方：淮阳金穗面粉有限公司（盖章）　代表：　　日期：
P:乙方：郑州恒拓自动化工程有限公司（盖章）　代表：　　日期：
'''

H518Z03 = r'''连锁咖啡门店会员及外卖系统服务合同

合同编号：BDK-IT-2026-008
甲方（客户）：上海半岛豆咖啡餐饮管理有限公司
乙方（服务商）：杭州云栈数智科技有限公司

鉴于甲方在华东地区经营“半岛豆”咖啡连锁门店九十家，需要统一管理会员、储值、小程序点单及外卖平台接单；乙方提供“云栈餐饮”SaaS服务并具备相应的实施能力。双方经友好协商，就甲方订阅该服务及乙方实施事宜订立本合同。

一、服务内容
（一）乙方为甲方全部九十家门店开通云栈餐饮SaaS的会员管理、积分储值、微信及支付宝小程序点单、外卖聚合接单（美团、饿了么）和经营报表模块。
（二）乙方负责实施：门店及商品资料配置、会员数据迁移、小程序页面定制、与甲方财务系统和门店POS收银的接口对接、店长及店员培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算。
（四）乙方应为甲方指定专属客户经理和实施项目经理，实施期间每周提交进度报告，服务期内每季度与甲方召开一次服务回顾会。
（五）甲方负责提供门店网络、收银设备及必要的配合人员，并按时确认门店、商品及会员权益等配置资料。

二、费用
（一）本合同总价为人民币1,008,000元，明细如下：
1. 订阅费：每店每个服务年度4,800元，九十家门店每个服务年度432,000元，两个服务年度合计864,000元；
2. 实施费（资料配置、小程序定制、接口对接、培训）：126,000元；
3. 会员数据迁移费：18,000元。
（二）服务期内新增门店的，按同样单价按月折算计费；关闭门店的，自次月起停止计费。服务期内订阅单价不作调整。
（三）以上价格均含税，乙方不另收取服务器、短信通道以外的费用；短信按实际发送量另行结算，不计入合同总价。

三、付款
（一）实施费和数据迁移费在上线验收合格后十五日内支付。
（二）订阅费按季度结算。每季度结束后十五日内，甲方凭乙方发票支付上一季度订阅费108,000元。
（三）甲方无需预付任何款项。
（四）乙方应在每季度结束后五日内提供上季度订阅费账单及门店开通明细，经甲方确认后开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线，并分三批切换，每批切换安排在营业结束后进行。
（二）上线验收标准：九十家门店全部可正常点单和接单；存量会员、储值余额和积分迁移后与原系统逐户核对一致；小程序下单至门店出单不超过5秒；外卖订单与平台对账差异为零；财务接口日结数据连续七日核对无误。
（三）验收由甲方组织，验收通过后双方签署上线验收单。门店开通或甲方试用不视为验收合格。
（四）乙方应在上线前完成对九十家门店店长的集中培训及店员的线上培训，提供操作手册和短视频教程，培训记录作为验收资料。
（五）乙方逾期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月可用率不低于99.5%。每月计划内维护不超过两次，须提前三日通知甲方，并安排在凌晨一时至六时之间。
（二）一级故障（点单、支付或外卖接单中断，影响十家以上门店）乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级问题一个工作日内答复。
（三）月可用率低于承诺值的，甲方按当月订阅费的5%获得服务抵扣；低于99%的，按10%抵扣。一级故障恢复超时的，每次另扣当月订阅费的2%。
（四）乙方每月5日前向甲方提交上月服务报告，载明可用率、故障及处理情况。
（五）乙方版本升级应提前七日通知甲方，升级不得安排在门店营业时段，且不得降低甲方已订阅模块的功能。
（六）外卖平台接口因平台方原因中断的，乙方应在得知后30分钟内通知甲方，并协助门店切换至平台商家后台接单。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，系统通过网络安全等级保护第三级测评，会员手机号等个人信息加密存储，访问权限最小化并留存操作日志。
（二）乙方应每日备份甲方数据，备份保留不少于三十日。乙方人员访问甲方生产数据须经甲方授权，乙方应定期委托第三方进行渗透测试，并向甲方提供测试报告摘要。乙方应制定数据安全应急预案，定期组织演练，并将演练记录提供给甲方。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

七、数据归属与使用
（一）甲方的会员信息、订单、储值及经营数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，用于行业分析报告、产品改进及向其他客户提供的经营对标服务；该项使用在服务期满后仍可继续。

八、保密
乙方对履约中知悉的甲方经营信息、价格政策、会员营销方案负有保密义务，未经甲方书面同意不得向第三方披露。乙方应要求接触甲方信息的员工签署保密承诺。本条在合同终止后仍然有效。

九、知识产权
（一）SaaS平台的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、界面设计及接口程序归甲方所有，乙方应在上线验收时移交源代码，甲方可自行修改或委托他人使用。
（三）乙方保证SaaS服务及交付成果不侵犯第三方知识产权；因此引起的纠纷由乙方负责处理并承担全部费用。

十、续约
（一）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权上调订阅单价，每次上调幅度不超过8%，以乙方书面通知为准。

十一、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、侵犯知识产权或故意造成的损失除外。双方均不对对方的利润损失等间接损失承担责任，但乙方违反本合同“六、数据安全”约定的除外。

十二、分包
乙方不得将本合同项下服务分包给第三方，确需分包的，应事先取得甲方书面同意。经甲方同意的分包，乙方仍对分包方的行为承担全部责任。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正，或连续两个月月可用率低于99%的，甲方有权解除合同。
（二）甲方因经营调整关闭全部门店的，可提前六十日书面通知乙方终止本合同，按实际服务期间结算订阅费。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除；乙方应保证甲方会员小程序平稳迁移，迁移期间不得中断服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交上海仲裁委员会仲裁。

十五、其他
（一）本合同附件包括：附件一 门店清单；附件二 功能清单；附件三 上线验收表。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：上海半岛豆咖啡餐饮管理有限公司（盖章）　　授权代表：
乙方：杭州云栈数智科技有限公司（盖章）　　授权代表：
签订日期：2026年　月　日
'''

H518Z04 = r'''云岭市植物园票务系统年度运维服务合同

项目编号：YLZFCG-2026-C-045（竞争性磋商）
甲方（采购人）：云岭市植物园
乙方（成交供应商）：昆明森禾信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，经磋商小组评审确定乙方为成交供应商，双方就植物园票务系统运维服务订立本合同，共同遵守。

（1）服务范围
乙方负责植物园票务系统的运行维护，包括：①售检票软件、线上购票小程序及年卡管理模块的日常运维和故障处理；②东门、南门、温室馆共二十四台闸机和八台自助售票机的软件维护及一般硬件维修；③票务服务器、数据库的巡检和备份；④春节、劳动节、国庆节及花展期间的现场高峰保障；⑤票务系统与支付平台、景区年卡平台接口的对接维护；⑥每月统计售票、入园数据并生成报表。服务地点为云岭市植物园园区及甲方指定的机房。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。期满后甲方依法重新组织采购，本合同不自动续期。驻场服务时间为园区开放日全天，闭园日安排值班。服务期内如甲方票务系统更换或升级，乙方应配合完成数据迁移和切换，不另收费。

（3）合同价款
合同总价为人民币386,000元，包括：驻场运维人员一名168,000元；软件系统运维126,000元；闸机及自助售票机维护64,000元；节假日高峰保障28,000元。单价二千元以上的备件不含在合同价款内，由乙方报价，经甲方书面确认后另行采购。除此以外，合同价款为包干价，甲方不再支付其他费用。乙方报价已包含人员工资、社保、交通、通讯及保险等全部费用。本项目采购预算为人民币四十万元。

（4）付款方式
服务费按季度支付。每季度结束后，甲方根据第（7）项考核结果，在十个工作日内支付该季度服务费96,500元扣减考核扣款后的余额。甲方不支付预付款。乙方应在每季度结束后五日内提交季度服务报告，并在每次付款前开具合法发票。

（5）服务要求
①驻场人员每日开园前一小时到岗，完成闸机、售票机开机自检，闭园后完成当日票款对账；
②每日备份票务数据库，每月进行一次恢复演练，每月5日前提交上月巡检报告；
③乙方应建立运维日志，记录每次故障的发生时间、处理过程和结果；
④票务软件需要升级或修改配置的，应事先提交方案并经甲方同意；
⑤乙方应配备备用读卡模块、票据打印机等常用备件，保证常见故障可现场更换；
⑥驻场人员应具有两年以上票务或信息系统运维经验，穿着统一工作服并佩戴工作证，遵守园区游客服务规范；乙方更换驻场人员应提前十日书面通知甲方并经甲方同意；
⑦乙方应每半年对闸机、售票机进行一次全面保养，清洁读卡器、打印头和闸摆机构，并出具保养记录；
⑧遇园区举办大型活动时，乙方应根据甲方通知提前完成设备检查和票务配置；
⑨乙方应在服务期开始后十日内完成与原服务单位的交接，交接清单经甲方确认。

（6）服务水平
①一级故障（售票或检票功能中断、线上购票无法下单）：15分钟内响应，驻场人员立即处理，2小时内恢复；
②二级故障（单台闸机或售票机故障、报表异常）：30分钟内响应，8小时内恢复；
③三级问题（咨询、优化需求）：两个工作日内答复；
④高峰保障期间，乙方另派不少于两名工程师现场值守；
⑤乙方应设立全天候服务热线，非开园时段发生的故障按上述时限远程处理；
⑥乙方应每月统计一、二级故障的响应及恢复时间，作为季度考核依据，并在季度服务报告中列明。

（7）考核与扣款
①一级故障响应或恢复超时的，每次扣款1,000元；二级故障超时的，每次扣款300元；
②未按时提交巡检报告的，每次扣款200元；
③季度内累计扣款超过该季度服务费10%的，甲方有权约谈乙方负责人，并要求乙方更换驻场人员；
④扣款从当季服务费中直接扣减，乙方对扣款有异议的，可在收到考核单后五个工作日内提出书面说明。

（8）验收
每季度末甲方按第（5）（6）项要求及运维日志进行考核，出具季度考核单，季度考核采用百分制，八十分以上为合格，考核结果与当季服务费支付挂钩。服务期满后，甲方组织年度验收，验收标准为：全年一级故障按时恢复率不低于95%；备份、恢复演练及巡检记录完整；运维文档、系统账号和密码完整移交。季度付款不视为年度验收合格。年度验收不合格的，乙方应在十五日内完成整改，整改期间发生的费用由乙方承担。

（9）数据归属
票务系统中的游客实名信息、售票、年卡及入园数据归甲方所有，乙方仅为履行本合同使用。

（10）保密
乙方及其人员对履约中知悉的甲方内部管理信息、票价调整方案及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方透露。乙方应要求驻场人员签署保密承诺书并报甲方备案。本项义务在合同终止后继续有效。

（11）知识产权
乙方在运维中为甲方编写的脚本、报表模板及运维文档归甲方所有，甲方可自由使用和修改。票务软件本身的知识产权不因本合同发生转移。乙方保证其运维工作不侵犯第三方知识产权。

（12）违约责任
①乙方未按约定时间完成运维交接、人员到岗或整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金；
②乙方人员违反园区管理规定或操作失误造成甲方损失的，由乙方赔偿；
③乙方因运维失误导致售票中断的，除按第（7）项扣款外，还应赔偿甲方因退票、免票造成的直接损失；
④乙方未经甲方同意擅自更换驻场人员的，每次向甲方支付违约金二千元；
⑤甲方逾期付款的，按逾期金额每日万分之二支付违约金。

（13）分包
乙方不得转包或分包本合同项下服务，也不得将驻场岗位交由劳务派遣或其他单位人员替代。

（14）合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。合同解除或期满后，乙方应在五日内移交全部系统账号、密码、运维文档和备份数据，并协助新的服务单位完成交接。因乙方违约解除合同的，乙方应赔偿甲方重新采购所增加的费用。

（15）不可抗力
因自然灾害、疫情防控等不可抗力导致植物园闭园的，双方协商调整服务内容和费用。受影响的一方应及时通知对方，并在十日内提供证明。

（16）争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。

（17）其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同附件：附件一 运维服务清单；附件二 设备清单；附件三 季度考核表。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方：云岭市植物园（盖章）　　　　　乙方：昆明森禾信息技术有限公司（盖章）
代表：　　　　　　　　　　　　　　　代表：
签订日期：2026年2月　日
'''

H518Z05 = r'''# 酿数MES生产执行系统软件许可及实施合同

**酿数智造标准合同文本 V3.0**

合同编号：NS-MES-2026-（　　）

甲方（买方）：成都鹃城红油豆瓣食品有限公司

乙方（卖方）：成都酿数智造软件有限公司

鉴于甲方拟在其豆瓣酱发酵车间建设生产执行系统，乙方为酿数MES软件的著作权人并提供实施服务，双方本着平等自愿原则，经协商一致，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供酿数MES软件（发酵车间版）永久使用许可，覆盖甲方发酵车间晒露池及发酵罐共一百二十个工位。
2. 乙方为甲方定制开发以下功能：翻晒工艺管理、温湿度及盐度采集接口、原料至成品的批次追溯、与甲方ERP系统的工单接口。
3. 乙方负责系统部署、上线及操作培训。
4. 乙方保证所提供软件为其合法拥有著作权的产品，并已取得软件产品登记证书。
5. 本合同软件版本为酿数MES V5.2，后续大版本升级不包含在本合同范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿数MES软件许可（发酵车间版，永久） | 780,000 |
| 2 | 定制开发（工艺、采集接口、追溯、ERP接口） | 182,000 |
| 3 | 部署实施 | 46,000 |
| 4 | 培训 | 12,000 |
| | 合计 | 1,020,000 |

上述价格含增值税，并包含一次性部署所需的第三方数据库许可（标准版）。合同范围外的新增需求，按乙方人天单价另行计费，人天单价为每人每日人民币二千八百元。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的50%（¥510,000）作为预付款，乙方收到预付款后启动项目。
2. 系统上线后五个工作日内，甲方支付合同总价的50%（¥510,000）。
3. 甲方逾期付款的，乙方有权暂停实施和服务，由此造成的工期延误由甲方承担。
4. 乙方在收到每笔款项后十日内开具增值税专用发票。
5. 甲方支付预付款前，乙方不安排实施人员进场。

## 第四条 实施与交付

1. 乙方在收到预付款后九十日内完成部署并上线。
2. 因甲方现场条件、数据准备或需求变更导致的延误，工期相应顺延。
3. 乙方交付安装介质、操作手册及培训记录。定制功能仅交付可执行程序，不交付源代码。
4. 甲方应提供服务器、网络环境及车间传感器的通讯协议，并指定项目联系人。
5. 乙方实施人员在甲方车间作业时，应遵守甲方食品生产卫生管理要求。
6. 乙方为甲方提供两次集中培训，每次不超过两日，参训人员不超过二十人；超出部分按乙方培训报价另行收费。
7. 项目实施计划由乙方编制，甲方应在收到后三日内确认，逾期未确认的视为同意。
8. 乙方实施团队由项目经理、实施顾问及开发工程师组成，人员由乙方根据项目进度安排。

## 第五条 上线与验收

1. 系统部署完成并开始在发酵车间使用，即为上线。
2. 上线后十日内甲方未提出书面异议的，视为验收合格。
3. 甲方在上线后使用系统的，视为认可系统全部功能。
4. 上线前乙方将对系统进行内部测试，测试报告供甲方参考。

## 第六条 免费维护

1. 自上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。
2. 一级故障（系统整体无法使用）乙方在接到通知后8小时内响应，其他问题在两个工作日内响应。
3. 维护服务以乙方尽力解决为原则，乙方不因响应或修复超时承担扣款、赔偿或违约金。
4. 免费维护期内，乙方每季度提供一次远程巡检；需要现场服务的，甲方承担乙方人员的差旅费用。
5. 因甲方操作不当、擅自修改配置或硬件故障引起的问题，不属于免费维护范围，乙方可按人天单价另行收费。
6. 乙方提供工作日9:00至18:00的电话和远程支持服务，节假日仅受理一级故障。

## 第七条 收费维护

1. 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的24%，即每年¥187,200。
2. 年度维护服务按年签订，甲方未购买的，乙方不再提供升级、补丁和技术支持。
3. 年度维护费应在每个维护年度开始前一次性支付。
4. 维护服务内容包括远程技术支持、缺陷修复、小版本升级及每季度一次远程巡检。

## 第八条 知识产权

1. 酿数MES软件及乙方为本项目定制开发的全部功能、接口程序、工艺模型及相关文档的知识产权均归乙方所有。
2. 甲方获得在本合同约定工位范围内使用的非独占、不可转让许可，不得修改、反向工程或交由第三方维护。
3. 甲方超出约定工位范围使用的，应按乙方届时报价补缴许可费。

## 第九条 数据安全

1. 系统中的生产、工艺配方及批次数据归甲方所有，乙方仅为履行本合同使用。
2. 乙方远程维护须经甲方同意并通过甲方指定的VPN账号进行，不得复制或带走甲方数据；乙方应对部署程序进行安全加固和病毒查杀。
3. 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，并承担相应的赔偿责任。
4. 乙方为实施需要取得的甲方数据，应在项目完成后删除，并不得用于其他项目。

## 第十条 保密

双方对在合作中获知的对方商业秘密、技术资料和工艺配方负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。双方应要求其接触保密信息的员工遵守本条约定。

## 第十一条 违约责任

1. 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
2. 乙方在本合同项下的全部责任（含违约金和赔偿）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或停产损失。
3. 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，甲方应支付乙方已完成工作的费用。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商是否继续履行。不可抗力包括地震、洪水、火灾、疫情及政府行为等。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。诉讼期间，不涉及争议的部分双方应继续履行。

## 第十五条 其他

1. 本合同自双方签字盖章且乙方收到预付款之日起生效。
2. 本合同一式两份，双方各执一份。
3. 本合同附件：附件一 功能清单；附件二 实施计划。附件与本合同具有同等效力。
4. 本合同条款为乙方标准条款，双方已充分协商并确认。
5. 本合同的任何修改须经双方书面确认。

甲方（盖章）：

甲方授权代表：

乙方（盖章）：成都酿数智造软件有限公司

乙方授权代表：

签订日期：
'''

H518E01 = r'''
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Nile Ledger Systems S.A.E., a joint stock company incorporated in the Arab Republic of Egypt, with its registered office at Building B12, Smart Village, Cairo-Alexandria Desert Road, Giza, Egypt (the "Vendor"); and
P:(2) Foshan Lingnan Ceramic Tiles Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 18 Taoci Road, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province (the "Customer").
H:Recitals
P:A. The Vendor develops and licenses KilnTrack, a plant maintenance and quality management software product used in ceramics and building-materials factories.
P:B. The Customer operates three tile production lines in Foshan and wishes to license KilnTrack on a perpetual basis and to have the Vendor implement it, including custom interfaces to the Customer's kiln control systems and to its ERP system.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
P:The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KilnTrack modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion scripts and configuration made by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer uses the Licensed Software in production on all three lines.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Licensed Software, including production, quality, energy and maintenance records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for its own business at its sites in the People's Republic of China, for the number of named users stated in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer may not sell, rent or sublicense the Licensed Software to third parties.
P:2.3 Additional named users may be purchased at CNY 6,400 each during the warranty period.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,720,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
P:(a) KilnTrack named-user licences, 150 users at CNY 6,400: CNY 960,000;
P:(b) KilnTrack Kiln and Energy module, plant licence: CNY 220,000;
P:Licence Subtotal: CNY 1,180,000;
P:(c) implementation, including the Custom Deliverables: CNY 420,000;
P:(d) data migration from the Customer's current maintenance database: CNY 86,000;
P:(e) training of key users and administrators: CNY 34,000.
P:3.2 Any withholding tax payable in China on the licence fees is included in the Contract Price and may be deducted by the Customer, which shall provide the tax certificates.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 344,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 774,000) within 20 days after Go-Live.
P:4.3 The Customer shall pay 35% of the Contract Price (CNY 602,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Implementation
P:5.1 The Vendor shall complete Go-Live within 150 days after signature, in accordance with the project plan agreed by the parties in the first two weeks.
P:5.2 The Vendor's consultants will work on site in Foshan for the design, testing and Go-Live stages, and remotely at other times, subject to Article 9. The Vendor shall name a project manager who speaks Chinese or shall provide an interpreter at its own cost.
P:5.3 The Customer shall provide servers, network access, a project team and the information reasonably requested by the Vendor. Delay caused by the Customer extends the dates in this Article accordingly.
P:5.4 If the Vendor fails to complete Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After Go-Live the Licensed Software will run in production for 30 days. Final Acceptance requires that: (a) all functions in the agreed specification have passed the acceptance test scripts; (b) migrated maintenance records reconcile with the source database with no unexplained differences; (c) the kiln interfaces have transferred temperature and energy readings for 30 consecutive days without loss; (d) no Severity 1 fault occurred in the last 20 days of the run; and (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:6.2 The Customer shall issue the Final Acceptance certificate within 10 days after the criteria are met, or give written reasons for refusing it. The Vendor shall correct the reported failures and the tests shall be repeated. Go-Live, use in production or payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance. During this period the Vendor will correct defects, supply updates and provide support free of charge.
P:7.2 Support service levels: Severity 1 (production recording or a kiln interface stopped): response within 1 hour and workaround within 8 hours; Severity 2 (a function impaired): response within 8 business hours; Severity 3 (questions and minor faults): response within 2 business days.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, it shall pay the Customer CNY 1,000, which the Customer may deduct from any amount payable.
P:7.4 After the warranty period the Customer may purchase Annual Support at 11% of the Licence Subtotal (CNY 129,800 per year). This fee is fixed for the three Support Years following the warranty period. Annual Support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them to others without restriction, and the Vendor shall deliver their source code with the documentation.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not keep copies after the work requiring them is complete.
P:9.2 The Licensed Software is installed on the Customer's servers in Foshan. Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and is logged. No Customer Data may be transferred outside the People's Republic of China.
P:9.3 The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law, notify the Customer within 24 hours of any security incident affecting Customer Data, and bear all losses caused by incidents attributable to it or its staff.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 9 or Article 10, or infringement claims under Article 8.3.
P:11.2 Neither party is liable for indirect or consequential loss, except as stated in Article 9.3.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent, and remains responsible for the acts of its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 5.4 reach their maximum. On termination for the Vendor's breach the Vendor shall refund the amounts paid for work not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate by notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Arab Republic of Egypt.
P:15.2 Any dispute shall be finally settled by arbitration under the Rules of the Cairo Regional Centre for International Commercial Arbitration, seated in Cairo, in the English language, by three arbitrators.
H:Article 16 General
P:16.1 This Agreement, with its annexes (specification, project plan and acceptance test scripts), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and sent to the addresses above. This Agreement is signed in two English originals, one for each party.
P:Signed for Nile Ledger Systems S.A.E.: ______________ Name: ______________ Date: ______________
P:Signed for Foshan Lingnan Ceramic Tiles Co., Ltd.: ______________ Name: ______________ Date: ______________
'''

H518E02 = r'''# ORDER FORM - TENANTDESK SUBSCRIPTION

Order Form No. ACW-OF-2026-0117

This Order Form is entered into between the Provider and the Customer named below. It incorporates the TenantDesk General Terms set out after it (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

| Item | Details |
|---|---|
| Provider | Abyssinia Cloud Works PLC, Bole Sub-City, Woreda 3, Addis Ababa, Ethiopia |
| Customer | Hefei Greenleaf Property Services Co., Ltd., No. 66 Wangjiang West Road, Shushan District, Hefei, Anhui Province, China |
| Service | TenantDesk resident service and work-order platform: web console, staff mobile app and a WeChat mini-program for residents |
| Scope | 42 residential communities, up to 36,000 households and 380 staff users |
| Subscription Term | two Subscription Years from the Service Start Date |
| Service Start Date | the date of Onboarding Acceptance under Section 4 |
| Hosting | a mainland China cloud region (Shanghai), operated through the Provider's hosting partner |
| Currency | CNY, at the Customer's request |

## Fees

| Fee | Amount (CNY) |
|---|---|
| Subscription Fee, Subscription Year 1 | 298,000 |
| Subscription Fee, Subscription Year 2 | 298,000 |
| Onboarding Fee (one-time: configuration, data import, mini-program branding, training) | 46,000 |
| Total Contract Value | 642,000 |

SMS notifications above 50,000 messages per Subscription Year are charged at CNY 0.045 per message, invoiced monthly in arrears. These usage charges are not part of the Total Contract Value.

## Payment Schedule

1. Advance payment: 45% of the Total Contract Value (CNY 288,900), invoiced on the Order Effective Date and payable within 10 days. Onboarding starts when the advance payment is received.
2. Balance (CNY 353,100): invoiced in eight equal quarterly instalments of CNY 44,137.50, each at the end of a calendar quarter of the Subscription Term.
3. Invoices are payable within 30 days by bank transfer. The Provider shall issue valid Chinese VAT invoices through its appointed agent in China.

## Special Conditions

- Onboarding target: Onboarding Acceptance within 60 days after the advance payment is received.
- Customer contacts: IT manager and customer-service director of the Customer.
- Provider contacts: account manager and onboarding lead, available in Chinese during China business hours.

Signed for Abyssinia Cloud Works PLC: ______________ Name / title: ______________ Date: ________

Signed for Hefei Greenleaf Property Services Co., Ltd.: ______________ Name / title: ______________ Date: ________

# TENANTDESK GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including resident names, phone numbers, addresses, work orders, payment records and photographs.

1.2 "Service" means the TenantDesk platform described in the Order Form, with its documentation and updates.

1.3 "Customer Configurations" means the forms, workflows, templates, reports and mini-program pages configured or developed for the Customer during onboarding or later at its request.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer and its authorised users during the Subscription Term in accordance with the documentation and this Agreement.

2.2 The Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

2.3 The Customer is responsible for its users' accounts and shall use the Service only for its own property management business.

## Section 3 Term and Renewal

3.1 The Agreement starts on the Order Effective Date and continues for the Subscription Term.

3.2 At the end of the Subscription Term the Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 The Provider may increase the Subscription Fee for any renewal period by up to 9% of the fee for the preceding Subscription Year by giving notice at least 75 days before the renewal date.

## Section 4 Onboarding and Acceptance

4.1 The Provider shall configure the Service, import the Customer's resident and asset data, brand the mini-program and train the Customer's staff.

4.2 Onboarding Acceptance requires that: (a) all 42 communities are set up with their buildings, units and households; (b) imported household records reconcile with the Customer's source files with no unexplained differences; (c) work orders can be created, dispatched, closed and rated in the staff app and the mini-program; (d) payment records reconcile with the Customer's bank statements for a test period of 7 days; and (e) at least 60 staff users have been trained.

4.3 The Customer shall confirm Onboarding Acceptance in writing within 5 business days after the criteria are met, or state the failures. Use of the Service before that confirmation is not acceptance.

4.4 If the Provider misses the onboarding target for reasons attributable to it, it shall pay CNY 500 for each day of delay, up to CNY 15,000 in total.

## Section 5 Service Levels

5.1 The Service will be available at least 99.95% of each calendar month, excluding planned maintenance announced 3 days in advance and carried out between 01:00 and 05:00 China time.

5.2 Severity 1 incidents (the Service or the mini-program unavailable to all users) receive a response within 30 minutes, at any time; Severity 2 incidents within 2 hours during China business hours; other requests within 1 business day.

5.3 If monthly availability falls below the commitment in Section 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to 25% of that amount. Credits are deducted from the next quarterly instalment.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Service and on the Customer's documented instructions, and shall not sell it or use it for any other purpose.

6.2 Customer Data is stored and processed only in the mainland China region stated in the Order Form. The Provider's staff in Addis Ababa may access production systems only for support, through logged bastion access with multi-factor authentication, and shall not download Customer Data.

6.3 The Provider shall maintain ISO 27001 certification for the Service, encrypt Customer Data in transit and at rest, and comply with the PRC Personal Information Protection Law as the Customer's entrusted processor.

6.4 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in the response and bear the costs and losses caused by incidents attributable to it or its subcontractors.

6.5 Within 30 days after the end of the Agreement the Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## Section 7 Subcontractors and Sub-processors

7.1 The Provider may engage subcontractors and sub-processors, including its hosting partner and SMS gateway providers, to perform any part of the Service. The Provider shall inform the Customer of a new subcontractor or sub-processor by e-mail 14 days before it starts work; the Customer's consent is not required.

7.2 The Provider remains responsible for the performance of its subcontractors and sub-processors.

## Section 8 Intellectual Property

8.1 The Provider owns the Service and all improvements to it.

8.2 Customer Configurations belong to the Customer. The Customer may use and modify them, and may give them to another supplier after the end of the Agreement. The Provider shall export them on request.

## Section 9 Confidentiality

9.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, use it only for this Agreement and protect it with at least reasonable care. This obligation survives for three years after the end of the Agreement.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Section 6, breach of Section 9, or wilful misconduct.

10.2 Neither party is liable for lost profits or indirect loss, except where caused by a breach of Section 6.

## Section 11 Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.2 The Customer may terminate by written notice if availability falls below 99% in any two months of a Subscription Year.

11.3 On termination for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

## Section 13 General

13.1 Neither party may assign the Agreement without the other's written consent.

13.2 Notices shall be given in writing to the addresses in the Order Form, by courier or by e-mail with confirmation of receipt.

13.3 This Agreement is executed in English. The Provider shall supply a Chinese translation for the Customer's internal use; the English text prevails.
'''

H518E03 = r'''
T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE MONITORING SENSORS
P:Contract No. QDCB-PUR-2026-052
P:This Contract is made between Qingdao Coldbay Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 9 Gangxing Road, Huangdao District, Qingdao, Shandong Province (the "Buyer"), and Red Sea Instruments SARL, a company incorporated in the Republic of Djibouti, with its registered office at Rue de Venise, Plateau du Serpent, Djibouti City, Djibouti (the "Supplier").
P:Whereas the Buyer operates a cold store of six refrigerated chambers and a loading hall at its Huangdao site and wishes to replace its wired temperature recorders with a wireless monitoring system with ammonia leak detection; and whereas the Supplier, following the Buyer's request for quotation No. QDCB-RFQ-2026-019, has offered to supply, install and commission such a system; the parties agree as follows. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, detectors, gateways, beacons and other items listed in Clause 2, with their firmware.
P:1.2 "Software" means the monitoring software licensed under Clause 2, including its alarm and reporting functions.
P:1.3 "System" means the Equipment and the Software as installed and configured at the Site.
P:1.4 "Site" means the Buyer's cold store at No. 9 Gangxing Road, Huangdao District, Qingdao.
P:1.5 "Final Acceptance" means the Buyer's signed certificate issued under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the System, integrate it with the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The Contract Price is CNY 820,000, priced in CNY at the Buyer's request, fixed, and inclusive of all taxes, duties, freight, insurance to the Site and the Supplier's travel. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|420|680|285,600
TB:2|Fixed ammonia gas detector with relay output|36|5,200|187,200
TB:3|Wireless gateway with 4G backup|24|3,900|93,600
TB:4|Monitoring software, perpetual site licence|1|126,000|126,000
TB:5|Audible and visual alarm beacon|60|450|27,000
TB:Hardware and Licence Subtotal||||719,400
TB:6|Installation, calibration and WMS integration|1|86,600|86,600
TB:7|Training of operators and maintenance staff|1|14,000|14,000
TB:Contract Price||||820,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation and commissioning within 30 days after delivery.
P:3.2 Installation work inside the chambers shall be planned with the Buyer's warehouse manager so that no chamber is out of service for more than one day at a time. The Supplier's staff shall follow the Buyer's cold-room safety rules and wear the protective equipment provided by the Buyer.
P:3.3 Each ammonia detector shall be supplied with a calibration certificate from an accredited laboratory issued not more than three months before delivery.
P:3.4 Delivery to the Site is not acceptance. Risk in the Equipment passes to the Buyer on Final Acceptance; title passes on payment under Clause 4.2.
P:3.5 The Supplier shall train at least 12 operators and 4 maintenance technicians of the Buyer at the Site, in Chinese or with an interpreter provided by the Supplier, and shall supply operating and maintenance manuals in Chinese and English, a spare-parts list and as-built drawings showing the position of every sensor and detector.
H:4. Payment
P:4.1 An advance of 20% of the Contract Price (CNY 164,000) is payable within 15 days after signature against the Supplier's invoice and an advance payment guarantee of the same amount.
P:4.2 45% of the Contract Price (CNY 369,000) is payable within 15 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only.
P:4.3 35% of the Contract Price (CNY 287,000) is payable within 15 days after Final Acceptance.
H:5. Delay
P:5.1 If the Supplier fails to deliver the Equipment or to complete commissioning by the dates in Clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Clause 14.
H:6. Acceptance
P:6.1 Final Acceptance tests shall show that: (a) all Equipment listed in Clause 2 is installed at the agreed positions; (b) every temperature sensor reads within plus or minus 0.3 C of a calibrated reference thermometer at two set points; (c) each ammonia detector raises a local and a remote alarm within 30 seconds when exposed to test gas at its alarm level; (d) alarms reach the Buyer's duty phones by SMS and app notification within 60 seconds; (e) readings are transferred to the Buyer's warehouse management system without loss during a 14-day trial run; and (f) the documentation, calibration certificates and as-built drawings are complete.
P:6.2 The Buyer shall sign the Final Acceptance certificate within 7 days after the tests are passed or state the failures in writing. The Supplier shall remedy the failures and repeat the tests at its own cost. Installation, use of the System or payment is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment free of charge, including parts, labour, travel and recalibration, and correct Software defects.
P:7.2 Sensors and detectors replaced under warranty carry a fresh warranty of the remaining period or 6 months, whichever is longer.
H:8. Service Levels
P:8.1 Severity 1 (no alarm possible for a chamber or the ammonia system): remote response within 30 minutes, at any time; an engineer of the Supplier's Qingdao service partner on site within 8 hours.
P:8.2 Severity 2 (a single sensor, detector or beacon faulty): response within 1 business day and repair within 3 business days. Severity 3 (questions and reports): answer within 2 business days.
P:8.3 For each full hour by which the Supplier misses a Severity 1 response or on-site time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:9. Post-Warranty Support
P:9.1 After the warranty the Buyer may order annual support, including recalibration, spare-part replacement and Software updates, at 7% of the Hardware and Licence Subtotal (CNY 50,358 per year). This price is fixed for the three years after the warranty. Support is ordered by purchase order and does not renew automatically.
H:10. Data and Security
P:10.1 All readings, alarm logs and reports generated by the System are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 The System is installed on the Buyer's server at the Site. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN with multi-factor authentication and is logged. The gateways shall use encrypted connections and the default passwords shall be changed before Final Acceptance.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data and is liable for losses caused by incidents attributable to it.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, customer list and stock data, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:12. Intellectual Property
P:12.1 The alarm logic, dashboards, WMS interface and configuration made for the Buyer belong to the Buyer, which may use, modify and have them maintained by others. The Supplier shall hand over the configuration files and interface source code at Final Acceptance.
P:12.2 The Software and firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to the Supplier's Qingdao service partner named in the Supplier's offer for installation and on-site service. The Supplier remains responsible for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or in the case of Clause 5.2. The Supplier shall then refund the amounts paid for Equipment not accepted and remove it from the Site.
H:15. Liability
P:15.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:17. General
P:17.1 This Contract is made in two English originals, one for each party. The Buyer's request for quotation and the Supplier's offer are annexed; this Contract prevails over them.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
'''

H518E04 = r'''# MANAGED IT SERVICES AGREEMENT

Agreement No. MDS-CTU-2026-07

**BETWEEN** Massawa Digital Services PLC, a company registered in the State of Eritrea, with its office at Harnet Avenue 171, Asmara, Eritrea (the "Provider"),

**AND** Chengdu Jinli Travel Service Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 231 Wuhouci Street, Wuhou District, Chengdu, Sichuan Province (the "Customer").

## BACKGROUND

(A) The Customer runs a travel agency business with a head office in Chengdu and 28 branch offices in Sichuan and Chongqing, with about 420 staff who use laptops, desktop computers and shared printers.

(B) The Customer's own IT team of two people cannot support this estate, and the Customer has chosen the Provider, following a comparison of three offers, to run its service desk and manage its end-user devices remotely, with a local partner for work on site.

(C) The Provider has quoted its charges in CNY at the Customer's request.

The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Managed Devices" means the laptops, desktops, printers and branch network devices listed in the asset register agreed during Transition, as updated from time to time.

1.3 "Transition" means the onboarding activities in Schedule 3, ending on Transition Acceptance.

1.4 "Service Start Date" means the date of Transition Acceptance.

1.5 "Customer Data" means all data of the Customer, its staff and its travellers that the Provider can access in performing the Services, including passport details, booking records and e-mail.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Start Date (the "Service Period").

2.2 The Agreement ends at the end of the Service Period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. SERVICES

3.1 The Provider shall perform the Services described in Schedule 1 with the skill and care of a competent managed services provider.

3.2 Service levels: the Provider will use commercially reasonable efforts to answer calls and tickets promptly and to resolve incidents as quickly as practicable, giving priority to incidents that stop a branch from trading. Response and resolution times are not guaranteed and no service level targets apply under this Agreement.

3.3 The Provider shall give the Customer a monthly report listing the tickets received and closed, open problems, patch status and recommendations.

3.4 The Customer shall give the Provider's engineers the access, accounts and information they reasonably need, keep a contact person at each branch and tell the Provider in advance about office moves, new branches and changes to its own systems.

3.5 On-site work at the head office and branches is carried out by the Provider's local partner named in Schedule 1, which the Customer has approved by signing this Agreement.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Provider shall complete Transition within 45 days after signature.

4.2 Transition Acceptance requires that: (a) all Managed Devices are enrolled in the Provider's endpoint management tool and report their status; (b) the asset register is complete and reconciled with a physical check at the head office and 5 sampled branches; (c) the service desk telephone line, e-mail address and portal work in Chinese and have handled test tickets from every branch; (d) runbooks for the 20 most common requests are approved by the Customer; and (e) patch and antivirus baselines are applied to at least 95% of Managed Devices.

4.3 The Customer shall confirm Transition Acceptance in writing within 5 business days after the criteria are met, or list the failures. The start of ticket handling is not acceptance.

4.4 If the Provider fails to complete Transition by the date in Clause 4.1 for reasons attributable to it, it shall pay the Customer CNY 600 for each day of delay, up to CNY 18,000.

## 5. CHARGES AND PAYMENT

5.1 The Charges are set out in Schedule 2. The Total Contract Value is CNY 960,000.

5.2 The Transition Fee is invoiced on Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Start Date. No amount is payable in advance.

5.3 Invoices are payable within 30 days of receipt. The Provider shall issue valid VAT invoices through its partner in China.

5.4 Changes to the number of Managed Devices above or below the band in Schedule 2 are charged or credited at the unit rates in Schedule 2 from the following month.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not copy, keep or disclose it for any other purpose.

6.2 The Provider's engineers in Asmara may access Managed Devices and Customer systems only through the Customer's jump server in Chengdu with named accounts, multi-factor authentication and session recording. No Customer Data may be transferred to or stored outside the People's Republic of China.

6.3 The Provider shall comply with the PRC Personal Information Protection Law and the Customer's information security policy, and shall notify the Customer within 24 hours of any security incident affecting Customer Data.

6.4 The Provider is liable for all losses, fines and costs of notification caused by security incidents attributable to it, its staff or its local partner.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider keeps all rights in its tools and methods.

8.2 Runbooks, scripts, configuration baselines, the asset register and knowledge articles prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any later provider.

## 9. SUBCONTRACTING

9.1 Apart from the local partner approved under Clause 3.5, the Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value, except for personal injury, wilful misconduct and breach of Clause 6 or Clause 7, which are not limited.

## 11. TERMINATION

11.1 This Agreement may not be terminated by either party before the end of the Service Period, whether for breach or otherwise. If a party breaches this Agreement, the other party's remedies are limited to claiming damages under Clause 10 and requiring the breach to be remedied.

11.2 On expiry the Provider shall give reasonable exit assistance for 30 days at no extra charge, including the return of Customer Data, handing over the asset register and runbooks, and removing its agents from Managed Devices.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 13. GENERAL

13.1 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## SCHEDULE 1 - SERVICES

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for all staff; ticket logging, diagnosis and remote fixing | Monday to Saturday, 08:00 to 20:00 China time |
| Endpoint management | Enrolment, software distribution, monthly patching, antivirus, disk encryption, device wipe on loss | All Managed Devices |
| Branch network | Monitoring and remote configuration of branch routers and Wi-Fi access points | 28 branches and head office |
| On-site support | Hardware swaps, new starter set-up, moves, printer repairs, by the local partner Chengdu Tianfu Desktop Services Co., Ltd. | Head office and branches, business days |
| Asset management | Keeping the asset register, warranty tracking, disposal records | All Managed Devices |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 36,000 |
| Monthly Service Charge | per month, for 380 to 460 Managed Devices | 38,500 |
| Monthly Service Charges for the Service Period | 24 months x CNY 38,500 | 924,000 |
| Total Contract Value | | 960,000 |
| Devices above the band | per device per month | 85 |
| Devices below the band | credit per device per month | 60 |

## SCHEDULE 3 - TRANSITION PLAN

| Week | Activity | Output |
|---|---|---|
| 1 | Kick-off, access set-up, collection of existing documentation | Project plan, access list |
| 2 to 3 | Device enrolment, physical check of head office and sample branches | Asset register |
| 4 to 5 | Service desk set-up, test tickets from all branches, runbooks | Approved runbooks |
| 6 | Patch and antivirus baselines, acceptance tests | Transition Acceptance |

Signed for Massawa Digital Services PLC: ______________ Date: __________

Signed for Chengdu Jinli Travel Service Co., Ltd.: ______________ Date: __________
'''

H518E05 = r'''DATA API SUBSCRIPTION AGREEMENT

Agreement reference: SDA-API-2026-031

This Data API Subscription Agreement is made between:

Sudd Data Analytics Ltd., a company registered in the Republic of South Sudan, with its office at Plot 14, Ministries Road, Juba, South Sudan (the "Provider"); and

Jinan Harvestway Agri-Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 88 Jingshi Road, Lixia District, Jinan, Shandong Province (the "Customer").

Background

The Customer imports sesame, gum arabic and groundnuts from East Africa and needs reliable market data for its buying decisions. The Provider collects and publishes commodity prices, crop and weather observations, river-port and road-corridor status, and exchange rates for South Sudan, Sudan, Uganda, Kenya and Ethiopia, and makes them available through a REST API (the "Data API"). The Provider has agreed to price this subscription in CNY at the Customer's request.

The parties agree as follows.

Clause 1 Definitions

1.1 "Provider Data" means the datasets, time series, forecasts and reports made available through the Data API.

1.2 "Customer Inputs" means the data the Customer sends to the Data API or uploads to the Provider's portal, including its watch-lists of markets and commodities, the purchase volumes and prices it enters for benchmarking, and the parameters of its queries.

1.3 "Integration Work" means the mapping of Provider Data to the Customer's trading system and the set-up of the Customer's daily data feed, described in Clause 4.

1.4 "Subscription Year 1" means the period from 1 April 2026 to 31 March 2027, and "Subscription Year 2" the period from 1 April 2027 to 31 March 2028. Together they form the "Subscription Term".

1.5 "Custom Mappings" means the field mappings, conversion tables and feed scripts written by the Provider for the Customer during the Integration Work.

Clause 2 Subscription

2.1 During the Subscription Term the Provider grants the Customer a non-exclusive, non-transferable right to call the Data API and to use Provider Data for the Customer's internal business, including sharing reports based on it with its own directors, banks and auditors.

2.2 The subscription includes up to 400,000 API calls per Subscription Year, 25 named portal users and daily, weekly and monthly price series for 60 markets.

2.3 The Customer may not resell Provider Data or publish it in bulk.

Clause 3 Fees and Payment

3.1 The fees are:
(a) Subscription Fee, Subscription Year 1: CNY 168,000;
(b) Subscription Fee, Subscription Year 2: CNY 168,000;
(c) Integration Work, one-time: CNY 22,000.
The total contract value is CNY 358,000.

3.2 API calls above the annual allowance are charged at CNY 6 per 1,000 calls, invoiced quarterly in arrears. These usage charges are not included in the total contract value.

3.3 The Subscription Fee is invoiced quarterly in arrears, in equal amounts of CNY 42,000 at the end of each calendar quarter of the Subscription Term. The Integration Work fee is invoiced after acceptance under Clause 4.3. No amount is payable in advance.

3.4 Invoices are payable within 30 days by bank transfer. The Customer may withhold any tax it is required by law to withhold in China and shall send the Provider the tax certificate.

Clause 4 Integration Work and Acceptance

4.1 The Provider shall complete the Integration Work by 20 April 2026.

4.2 Acceptance tests shall show that: (a) all fields in the agreed data dictionary are delivered to the Customer's trading system with correct units and currency conversion; (b) the daily feed has run on 10 consecutive business days and matched the values shown in the Provider's portal; (c) missing or late data is flagged in the feed; and (d) the feed scripts and their documentation have been handed over.

4.3 The Customer shall confirm acceptance in writing within 5 business days after the tests are passed, or list the failures. Use of the feed before that confirmation is not acceptance.

4.4 The Provider does not pay damages or any other compensation for late completion of the Integration Work; its only obligation is to complete the work as soon as it reasonably can.

Clause 5 Service Levels

5.1 The Provider targets availability of the Data API of 99.95% in each calendar month, excluding maintenance announced 48 hours in advance.

5.2 Severity 1 incidents (the Data API unavailable or returning wrong prices for all markets) receive a response within 1 hour at any time; Severity 2 incidents within 1 business day.

5.3 Daily price series are published by 10:00 East Africa Time on each business day, except where local market closures or communication failures prevent collection.

5.4 The targets in this Clause 5 are commitments of effort only. The Provider gives no service credits, refunds or other compensation if a target is missed.

Clause 6 Changes to the Data API

6.1 The Provider may add markets, fields and endpoints at any time. It shall give the Customer at least 60 days' written notice before removing a field or endpoint used by the Customer or changing its format, and shall keep the previous version running during that period.

6.2 Where a country source stops publishing a series, the Provider shall tell the Customer within 5 business days and propose the nearest replacement series.

Clause 7 Customer Obligations

7.1 The Customer shall keep its API keys secret, name a technical contact, restrict portal access to its own staff and tell the Provider promptly of any suspected misuse of its accounts.

7.2 The Customer shall provide a test environment of its trading system and the data dictionary of the fields it needs by 1 April 2026, and shall take part in the acceptance tests under Clause 4.

Clause 8 Customer Inputs

8.1 Customer Inputs belong to the Customer.

8.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to improve its datasets and models, to calculate market indicators and benchmarks offered to other subscribers, and to develop new products. This licence continues after the end of this Agreement.

8.3 The Provider shall not identify the Customer as the source of any Customer Input in any product or publication.

Clause 9 Data Security

9.1 The Provider shall protect the Data API and Customer Inputs with industry-standard security, including TLS encryption of all API traffic, encrypted storage, individual API keys that the Customer can rotate, role-based access for its staff and logging of all administrative access.

9.2 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to Customer Inputs or the Customer's accounts, shall investigate and remedy the incident, and is responsible for losses caused to the Customer by security incidents attributable to the Provider.

9.3 No personal information is exchanged under this Agreement. The Customer shall not send personal information to the Data API.

Clause 10 Confidentiality

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchase plans and the Provider's collection methods, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

Clause 11 Intellectual Property

11.1 The Provider owns the Provider Data and the Data API.

11.2 The Custom Mappings belong to the Customer. The Customer may use and modify them freely and have them maintained by others. The Provider shall deliver their source files with the acceptance documents.

Clause 12 Liability

12.1 Each party's total liability under this Agreement is limited to two times the total contract value, except for wilful misconduct and breach of Clause 10.

12.2 Provider Data is collected from markets, traders and public sources. The Provider shall correct errors promptly when they are reported, but the Customer is responsible for its own trading decisions.

Clause 13 Subcontracting

13.1 The Provider shall not subcontract the operation of the Data API or the Integration Work without the Customer's prior written consent.

Clause 14 Term and Termination

14.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. On termination by the Customer for the Provider's breach, the Customer pays only for the period before termination.

14.3 On termination or expiry the Provider shall close the Customer's accounts and, at the Customer's request, delete the Customer Inputs that are not covered by the licence in Clause 8.2.

Clause 15 Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

Clause 16 General

16.1 Notices shall be in writing and sent by e-mail with confirmation of receipt to the contacts named by each party.

16.2 This Agreement is made in English in two originals, one for each party.

Signed for Sudd Data Analytics Ltd.: ______________ Name: ______________ Date: __________

Signed for Jinan Harvestway Agri-Trading Co., Ltd.: ______________ Name: ______________ Date: __________
'''

# ---------------------------------------------------------------- targets
TXT = {"h518z03": ("h518z03_coffee_chain_membership_delivery_saas.txt", H518Z03),
       "h518z04": ("h518z04_botanical_garden_ticketing_om_service.txt", H518Z04),
       "h518z05": ("h518z05_bean_paste_mes_supplier_template.md", H518Z05),
       "h518e02": ("h518e02_ethiopia_property_service_saas_order_form.md", H518E02),
       "h518e04": ("h518e04_eritrea_managed_it_service_desk.md", H518E04),
       "h518e05": ("h518e05_south_sudan_market_data_api.txt", H518E05)}
SOURCES = {"h518z01": H518Z01, "h518z02": H518Z02, "h518e01": H518E01, "h518e03": H518E03}
TARGETS = {"h518z01": ("h518z01_health_security_fund_supervision_platform.pdf", "pdf"),
           "h518z02": ("h518z02_flour_mill_control_system_retrofit.docx", "docx"),
           "h518e01": ("h518e01_egypt_tile_plant_maintenance_licence.pdf", "pdf"),
           "h518e03": ("h518e03_djibouti_cold_store_sensors.docx", "docx")}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(key, lang, category, terms, extra, fee_base=None):
    t = dict(zip(KEYS, terms))
    goods = t["contract_kind"] == "goods_or_licence"
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if goods:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"key": key, "language": lang, "category": category, "expected_terms": t, "expected_extra": ex,
            "fee_base": fee_base}


G, S = "goods_or_licence", "service"
LABELS = [
    # key, lang, category, (avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, post, auto,
    #  term, subc, law, kind), (sla, ld_stated, capped, deemed, value), fee base
    lab("h518z01", "zh", "software", (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                      False, True, False, "PRC", G), (True, True, True, False, 2350000), 1260000),
    lab("h518z02", "zh", "hardware", (None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 18, 8,
                                      False, True, True, "PRC", G), (True, True, True, False, 1480000), 1276000),
    lab("h518z03", "zh", "cloud", (99.5, 0.25, True, "buyer", True, False, True, 0.08, 150, None, True, None, None,
                                   None, True, True, False, "PRC", S), (True, True, None, False, 1008000)),
    lab("h518z04", "zh", "services", (None, 0.25, True, "buyer", False, True, True, 0.03, None, None, True, None, None,
                                      None, False, True, False, "PRC", S), (True, True, None, False, 386000)),
    lab("h518z05", "zh", "software", (None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 24,
                                      False, True, None, None, G), (True, True, True, True, 1020000), 780000),
    lab("h518e01", "en", "software", (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                      False, True, False, "Egypt", G), (True, True, True, False, 1720000), 1180000),
    lab("h518e02", "en", "cloud", (99.95, 0.5, True, "buyer", True, True, True, 500 / 642000 * 100, 150, 45, True,
                                   None, None, None, True, True, True, "PRC", S), (True, True, None, False, 642000)),
    lab("h518e03", "en", "hardware", (None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 7,
                                      False, True, False, "PRC", G), (True, True, True, False, 820000), 719400),
    lab("h518e04", "en", "services", (None, None, False, "buyer", True, True, True, 600 / 960000 * 100, 200, None,
                                      True, None, None, None, False, False, False, "PRC", S),
        (False, True, None, False, 960000)),
    lab("h518e05", "en", "cloud", (99.95, 1, False, "buyer", True, False, True, None, 200, None, True, None, None,
                                   None, False, True, False, "PRC", S), (True, False, None, False, 358000)),
]

# my design list, written before the labels were read by derive_rules()
DESIGN = {
    "h518z01": [],
    "h518z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h518z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h518z04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h518z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h518e01": ["CR-GOVERNING-LAW"],
    "h518e02": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
    "h518e03": [],
    "h518e04": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h518e05": ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(label):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base =
    itemised licence/hardware subtotal. None when not computable (no capped fee)."""
    t, ex = label["expected_terms"], label["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not ex.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * label["fee_base"] * years
    total = ex["contract_value"] + fees
    return total, fees, fees / total * 100


def derive_rules(label):
    """My own reading of policy.md section 3 (not project code)."""
    t, ex = label["expected_terms"], label["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
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
        if t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(label)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no foreign forum with PRC law in this set
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM_ZH = "零〇一二三四五六七八九十两"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])" + PCT, r"百分之九十九点九(?![0-9一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![%s])四\s*个?\s*小时" % NUM_ZH,
    r"\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?\b", r"\bfour-hour", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?![\d])" + PCT, r"万分之五(?![十百千0-9])", r"\bfive\s*ten-thousandths",
    r"(?<![\d.,])100" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])", r"\bone\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty" + PCT,
    r"(?<![\d.,])12\s*-?\s*(?:个月|months?\b|-month)", r"(?<![%s])十二\s*个\s*月" % NUM_ZH, r"\btwelve[\s-]*months?\b",
    r"一年", r"\bone[\s-]*year\b", r"(?<![\d.,])1\s*年(?!度)",
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty" + PCT,
    r"(?<![\d.,])5\s*(?:年(?!度)|years?\b|-year)", r"(?<![%s])五\s*年(?!度)" % NUM_ZH, r"\bfive[\s-]*years?\b",
    r"(?<![\d.,])60\s*-?\s*(?:个月|months?\b|-month)", r"六十\s*个\s*月", r"\bsixty[\s-]*months?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月",
            "twelve months", "一年", "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "四成", "5年",
            "五年", "five years", "5 years", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "130%", "140%", "1,100%", "2.5%", "0.055%", "112 months",
             "24个月", "二十四个月", "十五日", "五日", "two years", "2026年", "百分之三十五"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(form)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_sums():
    assert 1260000 + 548000 + 386000 + 124000 + 32000 == 2350000
    assert 470000 + 1057500 + 822500 == 2350000 and 2350000 * 0.2 == 470000
    assert 486000 + 312000 + 168000 + 96000 + 214000 == 1276000 and 1276000 + 188000 + 16000 == 1480000
    assert 148000 + 814000 + 518000 == 1480000 and round(1276000 * 0.08) == 102080
    assert 4800 * 90 == 432000 and 432000 * 2 + 126000 + 18000 == 1008000 and 432000 / 4 == 108000
    assert 168000 + 126000 + 64000 + 28000 == 386000 and 386000 / 4 == 96500
    assert 780000 + 182000 + 46000 + 12000 == 1020000 and 780000 * 0.24 == 187200
    assert 150 * 6400 == 960000 and 960000 + 220000 == 1180000 and 1180000 + 420000 + 86000 + 34000 == 1720000
    assert 344000 + 774000 + 602000 == 1720000 and round(1180000 * 0.11) == 129800
    assert 298000 * 2 + 46000 == 642000 and round(642000 * 0.45) == 288900 and 642000 - 288900 == 353100
    assert 353100 / 8 == 44137.5
    assert 420 * 680 == 285600 and 36 * 5200 == 187200 and 24 * 3900 == 93600 and 60 * 450 == 27000
    assert 285600 + 187200 + 93600 + 126000 + 27000 == 719400 and 719400 + 86600 + 14000 == 820000
    assert 164000 + 369000 + 287000 == 820000 and round(719400 * 0.07) == 50358
    assert 24 * 38500 == 924000 and 924000 + 36000 == 960000
    assert 168000 * 2 + 22000 == 358000 and 168000 / 4 == 42000
    assert 1260000 * 0.09 == 113400


def no_threshold_values(label):
    t = label["expected_terms"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    x = tco(label)
    if x:
        assert abs(x[2] - 40) > 2, (label["key"], x)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    for key, (name, text) in TXT.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    names = {k: v[0] for k, v in TXT.items()}
    names.update({k: v[0] for k, v in TARGETS.items()})
    all_rules = set()
    bad = []
    for label in LABELS:
        key = label["key"]
        rules = derive_rules(label)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        no_threshold_values(label)
        all_rules |= set(rules)
        name = names[key]
        out = {"file": name, "language": label["language"], "category": label["category"],
               "expected_terms": label["expected_terms"], "expected_extra": label["expected_extra"],
               "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        src = TXT[key][1] if key in TXT else SOURCES[key]
        for where, body in (("file", text), ("source", src)):
            h = scan(body)
            if h:
                bad.append((name, where, h))
        n = len(text.split()) if label["language"] == "en" else len(text)
        lo, hi = (1450, 1650) if label["language"] == "en" else (2750, 3000)
        x = tco(label)
        print("%-55s %-2s %5d %s nonws=%d risk=%-6s tco=%s %s" % (
            name, label["language"], n, "words" if label["language"] == "en" else "chars",
            len(re.sub(r"\s", "", text)), risk(rules), "%.0f/%.2f%%" % (x[0], x[2]) if x else "-", ",".join(rules)))
        if not lo <= n <= hi:
            bad.append((name, "length", n))
    missing = set(SEVERITY) - all_rules
    assert not missing, missing
    assert not bad, bad
    print("all 20 rules covered; no threshold figure; lengths in range")
