"""holdout428: builds the ten blind ORDINARY draft contracts, reads every built file back, measures lengths, scans
sources and built files for threshold figures (self-tested scanner), writes the ten .json labels and checks that my
own reading of policy.md §3 (derive) gives my design list and covers all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py
"""

Z01 = """T:澄江市应急管理局危险化学品安全风险监测预警平台建设项目政府采购合同
P:合同编号：CJYJ-ZC-2026-017　　采购项目编号：CJCG2026-0342
P:采购人（甲方）：澄江市应急管理局　　地址：澄江市新湖路88号
P:供应商（乙方）：安澜数智科技股份有限公司　　地址：澄江市高新区科创大道216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就危险化学品安全风险监测预警平台（以下简称“平台”）的软件许可、定制开发及部署实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可，并按甲方需求完成重大危险源企业接入、风险预警模型、监管“一张图”及移动执法端的定制开发，完成部署、数据对接、试运行和培训。
P:1.2 平台部署在澄江市政务云，接入全市38家危险化学品生产、储存企业的液位、温度、压力、可燃有毒气体浓度及视频监控数据。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,460,000元（大写：贰佰肆拾陆万元整），含税，为固定总价。明细如下：
P:（1）平台软件许可（永久许可，不限用户数）：1,280,000元；
P:（2）定制开发（企业接入、预警模型、一张图、移动执法端）：960,000元；
P:（3）部署实施及数据对接：186,000元；
P:（4）培训：34,000元。
P:2.2 上述价款已包含软件、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即492,000元。
P:3.2 平台完成部署、通过初验后15个工作日内，甲方支付合同总价的45%，即1,107,000元。
P:3.3 平台试运行期满并通过终验后15个工作日内，甲方支付合同总价的35%，即861,000元。
P:3.4 甲方按财政国库集中支付的规定付款，乙方应在每次付款前开具等额发票。因财政资金拨付流程造成的付款延迟，不视为甲方违约，但甲方应及时告知乙方。乙方银行账户变更的，应提前书面通知甲方，否则由此产生的后果由乙方承担。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署并提交初验申请，在初验通过后进入为期三个月的试运行。
P:4.2 乙方应在合同签订后10个工作日内提交项目实施方案，明确项目经理、技术负责人、进度计划和企业接入顺序，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 企业接入所需的现场采集设备由企业自行配置，乙方负责接口调试，并向每家企业提供书面接入说明。
H:第五条 履约保证金及培训
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，以银行保函形式提交，终验合格后无息退还。
P:5.2 乙方应为甲方及区县应急管理部门提供不少于6场操作培训、2场管理员培训，并提供培训教材。培训效果以考核合格为准。接入企业的安全管理人员可参加操作培训，乙方不另行收费。
H:第六条 验收
P:6.1 初验标准：（1）需求规格说明书所列功能全部实现；（2）38家企业实时数据全部接入，数据刷新间隔不超过10秒；（3）预警模型对历史样本的报警测试全部触发；（4）经第三方机构完成安全测评，无高危漏洞。
P:6.2 终验标准：试运行期内无一级故障，平台达到第七条规定的服务水平，乙方提交全部源代码、技术文档及操作手册。
P:6.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%（计划停机经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应、2小时内到场；二级故障8小时内处理；三级故障3个工作日内处理。
P:7.3 月度可用率每低于约定值0.1个百分点，甲方从当期应付款或履约保证金中扣减2,000元；一级故障响应或到场每超时1小时，扣减1,000元。
H:第八条 质量保证及后续维护
P:8.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:8.2 质保期满后，甲方如需继续维护，年度维护费为平台软件许可费的10%，即128,000元/年，在质保期满后的三个服务年度内不上调，具体以双方另行签订的维护合同为准。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的企业接入程序、预警模型、一张图及移动执法端的源代码、文档等成果，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第十条 数据安全
P:10.1 平台采集和产生的企业监测数据、视频、预警记录及执法数据均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:10.2 乙方应遵守《数据安全法》《网络安全法》及网络安全等级保护三级要求，采取访问控制、加密传输、日志审计等措施；运维须经甲方审批并通过堡垒机进行。
P:10.3 乙方人员应签署保密及数据安全承诺书，离场时交回全部账号、资料和介质；项目结束后乙方应在甲方监督下删除测试环境中的全部数据，并出具书面说明。
P:10.4 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十一条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、企业信息及平台配置信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 乙方交付的成果不符合合同约定的，应在甲方规定期限内整改；整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:12.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十三条 分包
P:本项目不允许分包，乙方不得将本合同的任何部分转包或分包给第三方。
H:第十四条 合同解除
P:乙方逾期交付超过60日，或严重违约经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十五条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：澄江市应急管理局　　　乙方（盖章）：安澜数智科技股份有限公司
P:法定代表人或授权代表：　　　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日　　　　　　签订日期：2026年　月　日
"""

Z02 = """T:糖化车间自动化控制系统改造及维保合同
P:合同编号：HQPJ-SB-2026-021
P:甲方（买方）：河清啤酒（唐山）有限公司　　地址：唐山市丰南区沿海工业区啤酒路6号
P:乙方（卖方）：北辰智控工程技术有限公司　　地址：天津市西青区精武镇工业园B区12号
P:鉴于甲方糖化车间现有控制系统设备老化、备件停产，甲方决定对糖化、过滤、煮沸及回旋沉淀工段的控制系统进行改造。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:一、项目范围
P:（一）乙方负责糖化车间控制系统的设计、设备供货、程序编制、安装调试、停产切换及培训，改造范围包括糖化锅、糊化锅、过滤槽、煮沸锅、回旋沉淀槽及配套CIP系统。
P:（二）改造后系统应实现配方管理、批次记录、工艺参数自动控制及与甲方MES系统的数据对接。
P:（三）停产切换须安排在甲方指定的检修窗口内完成，停产时间不超过7日。
P:（四）乙方应在合同生效后15日内完成现场勘察，提交详细设计方案、I/O点表、控制柜布置图及切换方案，经甲方工艺、设备及安全部门会签后实施。切换方案应包括回退措施，确保切换失败时可在24小时内恢复原系统生产。
P:（五）乙方现场负责人应全程驻场，每日向甲方设备部报告施工进度、次日计划及安全措施。
P:（六）乙方现场人员应遵守甲方的食品安全、动火作业、受限空间及有限空间作业等安全管理制度，进入生产区域须穿戴甲方规定的工作服和防护用品。
H:二、合同价格
P:（一）合同总价为人民币1,790,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主站及远程IO柜|1批|468,000
TB:2|变频器及电机控制柜|1批|312,000
TB:3|阀岛及气动阀门执行器|1批|286,000
TB:4|温度、液位、流量仪表|1批|194,000
TB:5|工业交换机及光纤环网|1批|58,000
TB:6|SCADA上位机软件许可（含2个客户端）|1套|176,000
TB:7|操作站及工程师站|3台|66,000
TB:|软硬件小计||1,560,000
TB:8|程序编制及配方管理功能开发|1项|118,000
TB:9|安装、调试及停产切换|1项|96,000
TB:10|培训|1项|16,000
TB:|合计||1,790,000
P:（二）合同总价包含设备、软件、运输、保险、安装、调试、培训及税费。设备应为原厂全新产品，乙方交货时应提供原厂合格证、检验报告及装箱清单；仪表应提供计量校准证书。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即179,000元。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%，即895,000元。到货签收和安装完毕不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即626,500元。
P:（四）合同总价的5%即89,500元作为质量保证金，质保期满且无质量问题后无息支付。
H:四、交货与验收
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方现场，并在甲方检修窗口内完成切换。
P:（二）验收标准：1.全部I/O点校验正确；2.糖化至煮沸各工段按配方自动运行，温度控制偏差不超过±0.5℃；3.连续生产20个批次无因控制系统导致的停机；4.批次记录与MES对接数据一致；5.竣工图纸、程序备份及操作手册移交完毕。
P:（三）培训：乙方应为甲方操作工、电气维修人员及工艺工程师分别提供现场培训，培训后操作工应能独立完成配方下发、批次启动和异常处理。
P:（四）甲方在乙方提交验收申请后10日内组织验收，并出具书面验收报告。设备投入生产使用不视为验收合格。
H:五、质量保证
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:（二）质保期内故障响应：一级故障（导致糖化停产）乙方应在30分钟内电话响应、2小时内到场；二级故障8小时内到场；三级故障2个工作日内处理。
P:（三）乙方响应或到场每超时1小时，应向甲方支付1,000元违约金，从质量保证金中扣除。
H:六、质保期满后的维保
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度巡检、备件更换、程序维护及酿造旺季驻场支持。
P:（二）年度维保费按软硬件小计的27%计取，即每个服务年度421,200元，在本合同有效期内固定不变，每个服务年度开始后30日内支付。
P:（三）维保服务按服务年度签署确认单，不自动续期。
P:（四）维保期间，一级故障的响应和到场时限及超时违约金与质保期相同；乙方每季度巡检后应提交巡检报告，列明设备状态、备件消耗和整改建议。
H:七、数据安全与保密
P:（一）控制系统采集的生产数据、配方参数及批次记录归甲方所有，乙方仅为履行本合同使用，不得复制、带离或向第三方提供。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的VPN及堡垒机进行并全程留存日志；乙方应对工程师电脑进行病毒查杀，不得在控制网中使用未经检查的移动介质。
P:（三）因乙方原因造成数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，并赔偿甲方因此遭受的全部损失。
P:（四）双方对履行本合同知悉的对方商业秘密负有保密义务，甲方的配方及工艺参数属于甲方商业秘密。保密义务在合同终止后继续有效。
H:八、知识产权
P:（一）SCADA软件及设备内置软件的知识产权归原厂所有，甲方获得永久使用许可。
P:（二）乙方为本项目编制的PLC程序、上位机画面、配方管理功能源程序及技术文档归甲方所有，乙方应随验收交付，甲方可自行修改使用。
H:九、分包
P:乙方可将仪表安装、电缆敷设及桥架施工分包给具备相应资质的单位，乙方应提前3个工作日书面告知甲方，并对分包工作的质量和安全负责。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:（三）因乙方原因导致停产时间超过约定的，乙方还应赔偿甲方的直接损失。
P:（四）乙方交付的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，更换期间视为逾期交货；由此增加的安装、调试费用由乙方承担。
H:十一、合同解除
P:乙方逾期超过30日，或设备、系统经两次整改仍不能通过验收，或有其他严重违约行为经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交唐山仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。合同履行期间，双方的联系人、通知地址发生变更的，应提前书面通知对方。技术协议和设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：河清啤酒（唐山）有限公司　　乙方（盖章）：北辰智控工程技术有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

Z03 = """车检通汽车服务连锁 门店工单及会员管理SaaS服务合同

合同编号：CJT-IT-2026-009

甲方（客户）：成都车检通汽车服务连锁有限公司
地址：成都市武侯区武兴二路17号
乙方（服务商）：蓉易云软件有限公司
地址：成都市高新区天府五街200号菁蓉国际广场C座

鉴于甲方在成都、德阳、眉山共经营22家汽车维修保养门店，需要统一的维修工单、配件库存、会员及储值卡管理系统，乙方拥有“蓉易修”SaaS平台。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方22家门店及总部提供“蓉易修”平台订阅服务，包括接车开单、维修工单、配件进销存、会员与储值卡、营销短信、报表分析及微信小程序预约。
1.2 乙方提供实施服务：历史会员与储值余额迁移、配件档案导入、与甲方财务软件的凭证接口开发、22家门店上线及培训。
1.3 订阅期为三个服务年度，自全部门店上线验收合格之日起算。
1.4 平台支持门店使用电脑、平板及手机登录，支持扫码接车、维修照片上传、客户电子签字确认及微信推送保养提醒。平台应支持总部按门店、技师、项目、配件分类统计产值、毛利和客户回店率。
1.5 乙方为甲方指定一名项目经理和一名客户成功经理，负责实施期间的进度协调和订阅期内的日常对接，每季度与甲方召开一次服务回顾会。
1.6 乙方提供门店操作视频教程及在线帮助中心。甲方新开门店可随时申请开通，费用按第2.1条单价按实际使用月份折算，不计入合同总价。

2. 费用
2.1 门店订阅费：每家门店每个服务年度9,800元，22家合计215,600元；总部管理端每个服务年度36,000元；订阅费合计每个服务年度251,600元，三个服务年度共754,800元。
2.2 实施费（数据迁移、接口开发、上线及培训）：68,000元，一次性支付。
2.3 本合同总价为822,800元（含税）。
2.4 营销短信每月包含20,000条，超出部分按0.045元/条按实结算，不计入合同总价。
2.5 上述费用已包含平台升级、云资源、数据备份、在线客服及订阅期内的远程培训费用，乙方不得以任何名义另行收取。

3. 付款
3.1 甲方不支付预付款。
3.2 实施费在全部门店上线验收合格后15个工作日内支付。
3.3 订阅费按季度支付，每季度结束后10个工作日内，甲方根据乙方提供的服务报告支付该季度订阅费62,900元。
3.4 乙方应在每次收款前向甲方开具增值税专用发票。甲方有权从应付款项中扣除乙方应支付的违约金。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成全部门店上线。上线按门店分批进行，每批不超过6家，每家门店切换应安排在营业结束后完成，不得影响门店次日正常接车。
4.2 上线验收标准：（1）历史会员数据及储值余额迁移后与原系统逐条核对一致；（2）22家门店均能完成开单、派工、结算全流程；（3）财务凭证接口连续10个营业日无差错；（4）门店操作人员培训考核合格。
4.3 甲方在乙方提交验收申请后7个工作日内组织验收并书面确认。门店开始使用系统不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金800元。
4.5 甲方应提供原系统导出的会员、储值、车辆及配件数据，并指定各门店的联络人员配合培训和切换。因甲方原因造成的延误，上线期限相应顺延。

5. 服务水平
5.1 平台月度可用率不低于99.95%，计划维护应安排在凌晨0点至6点并提前3日通知。
5.2 故障响应：一级故障（全部门店无法开单或结算）30分钟内响应、3小时内恢复；二级故障（部分功能不可用）2小时内响应；三级问题1个工作日内答复。
5.3 平台功能升级应至少提前7日通知甲方，升级不得减少甲方已订阅的功能，不得导致历史数据丢失。
5.4 乙方按月向甲方提供服务报告。服务水平未达到上述标准的，乙方应提交原因分析和整改报告，但乙方不因此承担扣款、减免服务费或赔偿责任。

6. 数据归属与数据安全
6.1 甲方及门店在平台中录入和产生的客户信息、车辆信息、工单、会员及储值数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内，平台通过网络安全等级保护三级测评，对客户手机号等个人信息加密存储，实行访问权限控制并保留操作日志不少于六个月。
6.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担相应的赔偿责任，包括甲方依法向客户承担的责任。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，并在甲方确认后删除。
6.5 乙方员工访问甲方数据须经甲方门店或总部管理员授权，乙方应每季度向甲方提供访问记录。乙方不得利用甲方会员数据向甲方客户推送任何非甲方授权的营销信息。

7. 保密
双方对在合作中知悉的对方商业信息、价格、客户资料、门店经营数据负有保密义务，双方应要求其员工遵守本条约定，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

8. 知识产权
8.1 “蓉易修”平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方开发的财务凭证接口程序及其源代码、甲方专用报表模板归甲方所有，甲方可自行修改或交由第三方使用。

9. 续期
9.1 订阅期届满前30日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，此后亦同。
9.2 每次自动续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方新的价格。

10. 责任限制
乙方在本合同项下的累计赔偿责任以本合同总价的200%为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。

11. 分包
乙方不得将本合同服务分包给第三方；确需使用云资源服务商以外的第三方的，须事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
12.2 乙方连续两个月发生一级故障的，甲方有权解除合同且无需承担违约责任。
12.3 合同解除后，乙方应按第6.4条交付数据，并退还甲方已支付但尚未使用的订阅费。
12.4 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商处理。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

14. 其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一《功能清单》、附件二《数据迁移范围》、附件三《门店清单》为本合同组成部分，与本合同具有同等效力。本合同未尽事宜，由双方另行签订书面补充协议。

甲方（盖章）：成都车检通汽车服务连锁有限公司　　乙方（盖章）：蓉易云软件有限公司
授权代表：　　　　　　　　　　　　　　　　　　授权代表：
日期：2026年　月　日
"""

Z04 = """泉州市住房公积金管理中心 住房公积金业务系统运维服务合同

项目编号：QZGJJ-CS-2026-003（竞争性磋商）
甲方（采购人）：泉州市住房公积金管理中心
地址：泉州市丰泽区津淮街301号
乙方（成交供应商）：闽信通软件服务有限公司
地址：福州市鼓楼区软件大道89号

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件、乙方响应文件及成交通知书，双方就住房公积金业务系统运维服务事宜订立本合同。

第一条 服务范围
（1）住房公积金核心业务系统（归集、提取、贷款、财务）、网上服务大厅、手机公积金及12329热线系统的应用运维。
（2）数据库、中间件及应用服务器的日常运维、巡检与性能优化。
（3）与银行、不动产登记、人社、税务等外部接口的监控与故障处理，接口异常时及时通知相关单位并跟踪处理结果。
（4）业务需求的小型变更、报表调整及政策调整引起的参数配置，单项变更工作量不超过10人日的，包含在本合同服务范围内，超过的由双方另行协商。
（5）应急演练、网络安全等级保护测评及审计检查的配合工作。
（6）系统备份策略的执行与检查，每月至少进行一次备份恢复验证，并形成记录。
（7）服务期开始前，乙方应与原运维服务商完成交接，接收系统文档、账号清单和遗留问题清单，交接情况由甲方确认。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法另行组织采购。

第三条 合同价款
本合同总价为人民币710,000元，为固定总价，明细如下：
（1）驻场运维服务（3名工程师，含项目负责人1名）：522,000元；
（2）应用系统巡检及性能优化：86,000元；
（3）数据库及中间件运维：74,000元；
（4）应急演练及等保测评配合：28,000元。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付。每季度结束后，甲方按第八条进行季度考核，考核合格后15个工作日内支付当季服务费177,500元；考核扣款从当季服务费中扣除。

第五条 人员要求
（1）乙方驻场工程师应具备三年以上同类系统运维经验，项目负责人应持有信息系统项目管理师证书。
（2）驻场时间为工作日8:30至17:30，驻场地点为甲方信息科机房及办公区；公积金业务高峰期及系统升级期间，乙方应按甲方要求延长驻场时间，不另计费用。
（3）乙方更换驻场人员须提前15日书面申请并经甲方同意，更换人员能力不得低于原人员。
（4）乙方应为驻场人员缴纳社会保险，驻场人员应遵守甲方考勤、保密和机房管理制度。驻场人员不能胜任工作的，甲方有权要求乙方在10个工作日内更换。
（5）乙方应另行配备二线技术支持团队，对驻场人员无法解决的问题提供远程或现场支持，二线支持费用包含在合同总价内。

第六条 服务水平
（1）核心业务系统及网上服务大厅的月度可用率不低于99.95%。
（2）故障分级及响应：一级故障（核心业务系统或网上服务大厅中断）乙方应在15分钟内响应、30分钟内到场、2小时内恢复业务；二级故障（部分业务或接口异常）30分钟内响应、8小时内解决；三级问题1个工作日内解决。
（3）乙方每月提交运维月报，每季度提交巡检及优化报告。
（4）每年公积金年度结息、缴存基数调整及贷款利率调整等重大业务节点，乙方应提前制定保障方案，安排专人现场值守，并在业务完成后提交总结报告。
（5）乙方应建立7×24小时应急值守电话，非工作时间发生一级故障的，驻场人员或值守人员应按上述时限到场处置。

第七条 服务质量扣款
（1）月度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元。
（2）一级故障响应、到场或恢复每超时30分钟，扣减1,500元；二级故障每超时1小时，扣减500元。
（3）乙方在服务期开始之日未按要求安排人员进场的，每延误一日按合同总价的千分之一支付违约金。

第八条 考核与验收
（1）季度考核内容：可用率、故障响应与处理时限、月报质量、驻场考勤、甲方业务部门满意度评价。考核得分80分以上为合格。
（2）季度考核由甲方信息科组织，业务部门参与评分。考核不合格的，乙方应在10个工作日内提交整改方案并落实。
（3）服务期满后，甲方依据四个季度考核结果、运维文档移交清单及知识转移完成情况组织年度验收，并出具书面验收意见。

第九条 数据安全
（1）业务系统中的缴存职工个人信息、账户、贷款及财务数据归甲方所有。乙方仅为履行运维职责访问，不得复制、下载、留存或用于任何其他目的。
（2）乙方运维操作须通过甲方堡垒机进行，使用实名账号，禁止使用未经审批的远程工具；生产数据不得用于测试，测试所需数据由甲方脱敏后提供。
（3）乙方驻场人员使用的办公电脑由甲方提供，不得接入外部网络，不得安装与运维无关的软件；乙方人员离场时应交回全部账号、门禁卡和资料。
（4）乙方应遵守《个人信息保护法》《数据安全法》及甲方安全管理制度。发生数据泄露或安全事件的，乙方应立即报告甲方，并在1小时内提交书面说明；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其人员对履行本合同知悉的甲方工作秘密、系统架构、账号口令及缴存职工信息负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务期内编写的运维脚本、参数配置、技术文档及报表调整成果归甲方所有，甲方可自由使用、修改和交由其他服务商使用。

第十二条 分包
乙方不得转包或分包本合同服务。乙方确需原厂数据库或中间件厂商提供技术支持的，应事先取得甲方书面同意，并由乙方对其行为承担责任。

第十三条 违约与解除
（1）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
（2）合同解除或服务期满时，乙方应完成运维交接，交接期间继续提供服务。交接内容包括系统文档、运维脚本、账号权限回收及遗留问题说明，交接完成后由甲方书面确认。
（3）因不可抗力不能履行合同的，受影响方应及时通知对方，双方根据影响程度协商处理。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效，并报同级财政部门备案。磋商文件、乙方响应文件、成交通知书及服务承诺书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：泉州市住房公积金管理中心　　乙方（盖章）：闽信通软件服务有限公司
代表：　　　　　　　　　　　　　　　　　代表：
日期：2025年　月　日　　　　　　　　　　日期：2025年　月　日
"""

Z05 = """# 溯源云仓 软件许可及定制开发合同（标准文本 V3.0）

> 本文本为呼和浩特溯源云仓信息技术有限公司标准合同文本，适用于“溯源云仓”食品追溯及仓储管理系统的销售与实施。

- 合同编号：SYYC-2026-0419
- 甲方（客户）：锡林郭勒草原风干牛肉食品有限公司
- 地址：内蒙古锡林浩特市经济技术开发区食品产业园8号
- 乙方（供应商）：呼和浩特溯源云仓信息技术有限公司
- 地址：呼和浩特市赛罕区敕勒川大街15号东岸国际B座

甲方为满足风干牛肉、牛肉干产品从原料牛肉入库、生产批次、包装赋码到成品出库、电商发货的全程追溯及仓储管理需要，购买乙方“溯源云仓”系统软件许可并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯源云仓”追溯系统标准版及WMS仓储模块的软件许可，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，包括：产品批次一物一码赋码对接、称重包装线数据采集对接、冷库温度数据接入、京东及天猫店铺发货接口、追溯查询小程序。

1.3 乙方负责系统安装部署及培训。培训内容包括系统管理员培训、仓库操作培训和追溯查询培训，共计4天，在甲方现场进行。

1.4 甲方应在合同签订后10日内提供服务器、网络环境、产品编码规则、包装线设备接口资料及电商平台开放接口账号，并指定专人配合乙方工作。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云仓追溯系统标准版许可（永久） | 360,000 |
| 2 | WMS仓储模块许可（永久） | 240,000 |
| | 软件许可小计 | 600,000 |
| 3 | 定制开发（赋码对接、称重线对接、冷库温度接入、电商发货接口、追溯小程序） | 380,000 |
| 4 | 安装部署 | 72,000 |
| 5 | 培训 | 18,000 |
| | 合计 | 1,070,000 |

合同总价为人民币1,070,000元（含税）。服务器、扫码枪、打印机等硬件由甲方自行采购。乙方可根据甲方需要推荐硬件型号，但不对甲方自行采购硬件的质量负责。乙方人员赴甲方现场的差旅费用已包含在实施费用中，超过合同约定人天的现场服务，按每人天2,800元另行结算。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即535,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的50%，即535,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至付清。

## 第四条 交付与验收

4.1 乙方在收到预付款后75日内完成标准版安装部署及定制功能开发。因甲方需求变更、现场条件不具备或甲方配合不及时造成的延误，交付期限相应顺延。

4.2 乙方完成系统安装部署后，即视为甲方验收合格。甲方开始使用系统的，同样视为验收合格。

4.3 乙方延迟交付的，应及时告知甲方原因并尽快补救。

4.4 系统上线后，甲方应按乙方提供的操作手册使用系统，并妥善保管管理员账号。甲方应自行负责服务器、数据库的日常备份，乙方可提供备份方案建议。

## 第五条 技术支持与维护

5.1 自系统安装部署完成之日起六个月为免费维护期。免费维护期内，乙方提供工作日（9:00至17:00）电话、微信及远程技术支持，尽力协助甲方处理系统使用问题。

5.2 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应购买乙方年度维护服务，年度维护费按乙方当年公布的服务价格标准执行。

5.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持；甲方恢复购买时，需补缴中断期间的维护费。乙方对已停止维护的旧版本不再提供补丁，甲方如需继续使用，应自行承担相应风险，乙方可协助甲方制定升级计划，所需费用另行报价。

5.4 因甲方自行修改系统、硬件故障、网络问题或操作不当造成的问题，不属于维护范围，乙方可另行收费处理。

5.5 甲方需要新增功能或变更已确认需求的，应另行提出书面需求，乙方评估工作量后报价，双方签订补充协议后实施。

## 第六条 知识产权

6.1 “溯源云仓”系统及乙方在本项目中开发的全部定制功能、接口程序、小程序及其源代码、技术文档，知识产权均归乙方所有。

6.2 乙方授予甲方在本企业内部使用上述软件的非独占、不可转让的许可。甲方不得对软件进行反向工程、修改或交由第三方维护。

6.3 乙方不向甲方交付定制功能的源代码。

## 第七条 数据

7.1 甲方在系统中录入和产生的采购、生产、库存、销售及追溯数据归甲方所有。甲方应保证其提供的原料来源、检验报告等追溯信息真实、准确，因信息不实产生的责任由甲方承担。

7.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品改进、算法训练及肉制品行业追溯数据分析，并可在乙方产品中使用由此形成的统计结果。

7.3 乙方应采取防火墙、访问权限控制和数据备份等合理的安全措施保护甲方数据；乙方远程维护须经甲方同意。发生数据泄露的，乙方应在48小时内通知甲方并协助处理；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

## 第八条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.3 因甲方提供的数据不准确、编码规则变更或第三方平台接口调整导致系统无法正常使用的，乙方不承担责任，但应协助甲方调整，所需工作量另行计费。

9.2 乙方在本合同项下的累计赔偿责任总额，以本合同总价的20%为限；乙方对甲方的间接损失、利润损失、产品召回损失不承担责任。

## 第十条 合同解除

10.1 甲方逾期付款超过30日的，乙方有权暂停全部服务，并有权解除合同。

10.2 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。合同解除时，甲方已支付的预付款不予退还，但乙方严重违约的除外。

## 第十一条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条 其他

12.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

12.2 本合同未尽事宜，以乙方官网公布的《溯源云仓服务条款》为准。

12.3 因不可抗力导致合同不能履行的，双方互不承担责任。不可抗力包括自然灾害、疫情、政府行为及电信网络中断等。

甲方（盖章）：锡林郭勒草原风干牛肉食品有限公司

乙方（盖章）：呼和浩特溯源云仓信息技术有限公司

签订日期：2026年　月　日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DDS-CN-2026-04
P:This Agreement is made between Darling Downs Ration Systems Pty Ltd (ABN 41 608 553 219), of 14 Ruthven Street, Toowoomba, Queensland 4350, Australia (the "Vendor"), and Hebei Fengtai Feed Co., Ltd., of 88 Xingye Road, Dingzhou, Hebei Province, People's Republic of China (the "Customer").
P:Background: The Customer operates three compound-feed mills and wishes to replace its spreadsheet-based feed formulation and its manual mill scheduling. The Vendor licenses the RationPro formulation and scheduling software. The Customer has selected the Vendor after a competitive process and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means RationPro Formulation Server, the RationPro user seats and the RationPro Mill Scheduling module listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the mill-specific batching reports and the nutrient library import tools developed by the Vendor for the Customer under Article 2.2, including their source code and documentation.
P:1.3 "Go-Live" means the first production week in which all three mills run formulation and scheduling in the Licensed Software. "Final Acceptance" has the meaning given in Article 6.
P:1.4 "Customer Data" means all formulas, ingredient prices, nutrient values, production orders and other data entered into or generated by the Licensed Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its three mills and its head office, for its own business and the business of its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Licensed Software, develop the Custom Deliverables, migrate the Customer's existing formulas and ingredient data, and train the Customer's nutritionists, planners and system administrators, all as described in the Statement of Work attached as Annex 1.
P:2.3 The Licensed Software will be installed on servers provided by the Customer in its data room in Dingzhou. The Vendor will not host any part of the system.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 1,208,000, inclusive of all taxes, and is itemised as follows:
P:(a) RationPro Formulation Server, perpetual licence: CNY 420,000;
P:(b) RationPro user seats, 16 named users at CNY 9,500 each: CNY 152,000;
P:(c) RationPro Mill Scheduling module, perpetual licence: CNY 238,000;
P:Licence subtotal: CNY 810,000;
P:(d) configuration and development of the Custom Deliverables: CNY 296,000;
P:(e) data migration: CNY 64,000;
P:(f) training: CNY 38,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments:
P:(a) 10% of the Contract Price (CNY 120,800) within 20 days after signature of this Agreement, against the Vendor's invoice;
P:(b) 55% of the Contract Price (CNY 664,400) within 20 days after Go-Live; Go-Live and this payment do not constitute acceptance;
P:(c) 35% of the Contract Price (CNY 422,800) within 20 days after Final Acceptance.
P:4.2 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall achieve Go-Live within 100 days after signature and shall submit the system for Final Acceptance within 40 days after Go-Live.
P:5.2 If the Vendor fails to achieve Go-Live or to submit the system for Final Acceptance on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests are run by the Customer with the Vendor's assistance and shall demonstrate that: (a) least-cost formulas calculated by the Licensed Software for the 60 reference products in Annex 2 match the Customer's validated results within the tolerances of Annex 2; (b) the ERP interface transfers formulas, ingredient receipts and production orders without error for 20 consecutive working days; (c) mill schedules for all three mills are produced and released to production; (d) all functions in the Statement of Work are available; and (e) the documentation and the source code of the Custom Deliverables have been delivered.
P:6.2 When the tests are passed the Customer shall sign a Final Acceptance certificate within 10 working days. Installation, Go-Live, production use and payment shall not be treated as acceptance.
P:6.3 If a test fails, the Vendor shall correct the defect and the test shall be repeated. If the system fails the tests a second time, the Customer may terminate this Agreement under Article 13.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to the documentation and the Statement of Work for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support under Article 8 free of charge.
P:7.2 The Vendor warrants that the Licensed Software contains no disabling code and that it has the right to grant the licences in this Agreement.
H:Article 8 Support and Service Levels
P:8.1 Support is provided in Chinese and English by telephone, e-mail and secure remote access approved by the Customer for each session.
P:8.2 Response times: Severity 1 (formulation or scheduling unavailable at any mill) response within 1 hour and a workaround within 8 hours; Severity 2 (a material function impaired) response within 2 business hours; Severity 3 (other questions) response within 2 business days.
P:8.3 For each hour by which the Vendor misses the Severity 1 response time, the Vendor shall pay a service credit of CNY 1,000, deducted from the next amount payable.
P:8.4 After the Warranty Period, the Customer may buy annual support and updates on the same service levels. The annual support fee is 11% of the licence subtotal, that is CNY 89,100 per year, fixed for the first three support years. Any later change requires a written amendment and may not exceed 3% per year. Support is ordered by purchase order each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them freely, including to other service providers, and the Vendor shall deliver their source code on Final Acceptance.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems.
P:10.2 The Vendor shall access the Customer's systems only through the VPN accounts issued by the Customer, with multi-factor authentication, for approved sessions that are logged. Test data for migration shall be prepared by the Customer.
P:10.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer of any security incident affecting Customer Data within 24 hours, take remedial action, and indemnify the Customer against losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including formulas, prices and suppliers of the Customer, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
P:13.2 The Customer may also terminate if the system fails the Final Acceptance tests twice, or if liquidated damages reach their maximum. The Vendor shall then refund all amounts paid, less the Licence fees for licences the Customer elects to keep.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Queensland, Australia.
P:15.2 Any dispute shall be referred to arbitration administered by the Australian Centre for International Commercial Arbitration under its rules, seated in Brisbane, in English.
H:Article 16 General
P:This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Reference Products and Tolerances), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.
P:Signed for the Vendor: ____________________ Name and title: ____________________ Date: __________
P:Signed for the Customer: ____________________ Name and title: ____________________ Date: __________
"""

E02 = """# ORDER FORM: ShiftWise Workforce Scheduling Service

**Order Form No.** SW-OF-2026-118

**Provider:** ShiftWise Software Pty Ltd (ABN 72 611 904 385), 9 Victoria Street, Bunbury, Western Australia 6230, Australia

**Customer:** Suzhou Lianhua Fresh Supermarkets Co., Ltd., 155 Renmin Road, Gusu District, Suzhou, Jiangsu Province, People's Republic of China

This Order Form is governed by the ShiftWise General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A: Order Details

### A1. Services

The Provider will provide the ShiftWise workforce scheduling service (rostering, time and attendance capture, leave requests, labour-cost forecasting and the employee mobile app) for the Customer's 46 stores and two distribution centres, together with the onboarding services in A3.

### A2. Subscription Term

The Subscription Term is two Subscription Years starting on the Subscription Start Date, which is the date of the Go-Live Certificate under A4. A "Subscription Year" is the period from the Subscription Start Date to the day before its first anniversary, and each following period between anniversaries. The Subscription Term ends on the day before the second anniversary of the Subscription Start Date. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees (in CNY, as requested by the Customer)

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 1,600 employee profiles x CNY 240 per Subscription Year | 384,000 per Subscription Year |
| Subscription Fees for the Subscription Term | 2 Subscription Years | 768,000 |
| Onboarding (configuration of rostering rules, import of employee master data, payroll export interface, training) | one-off | 46,000 |
| **Total Contract Value** | | **814,000** |

Additional employee profiles above 1,600 are charged pro rata at CNY 240 per profile per Subscription Year and are not included in the Total Contract Value. All amounts include VAT.

### A4. Onboarding and Go-Live

The Provider will complete onboarding within 50 days after signature of this Order Form. Go-Live is confirmed by a Go-Live Certificate signed by the Customer after the following tests are passed: (a) rosters for all 46 stores and both distribution centres are produced for two consecutive weeks from the Customer's rostering rules; (b) attendance records from the store time clocks reconcile with the Customer's records for those two weeks without unexplained differences; (c) the payroll export file is accepted by the Customer's payroll system for one full pay cycle; and (d) store managers and HR users have completed training. Use of the service during onboarding is not acceptance. If onboarding is not complete on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

No fees are payable before the Subscription Start Date. The onboarding fee is invoiced after the Go-Live Certificate is signed. Subscription Fees are invoiced quarterly in arrears, at CNY 96,000 per quarter. The Customer pays each correct invoice within 30 days.

### A6. Contacts

Provider account manager: Ms Kylie Monaghan. Customer project lead: Mr Zhou Wenbin, HR Director.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## Part B: ShiftWise General Terms

### Clause 1. Provision of the Service

1.1 The Provider will provide the service in accordance with the Order Form, these General Terms and the documentation published for the service.

1.2 The service is hosted on Alibaba Cloud in the Shanghai region. The Provider will not move the hosting of Customer Data outside mainland China.

1.3 The Provider may update the service from time to time, provided that no update materially reduces the functionality ordered by the Customer.

### Clause 2. Service Levels

2.1 The service will be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days ahead and carried out between 01:00 and 05:00 China Standard Time.

2.2 Incident response: Priority 1 (service unavailable, or rosters or attendance cannot be recorded for more than one store) response within 30 minutes, 24 hours a day; Priority 2 (a major function impaired) response within 2 hours during business hours; Priority 3 response within one business day.

2.3 Service credits: if monthly availability falls below 99.95%, the Customer receives a credit of 5% of the quarterly Subscription Fee for that quarter; below 99.5%, 10%; below 99%, 20%. For each Priority 1 incident whose response time is missed, the Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice.

### Clause 3. Customer Data

3.1 All data entered into the service by or for the Customer, including employee names, identity numbers, schedules, attendance records and pay rates ("Customer Data"), belongs to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the service.

3.2 At the end of the Subscription Term the Provider will return all Customer Data in CSV format within 15 days and then delete it from its systems, and will confirm the deletion in writing.

### Clause 4. Data Security

4.1 The Provider maintains an information security management system certified to ISO/IEC 27001 and the service has completed MLPS Level 3 filing.

4.2 The Provider encrypts Customer Data in transit and at rest, restricts access to named support staff with multi-factor authentication, logs all access and keeps the logs for at least six months, and complies with the PRC Personal Information Protection Law and Data Security Law.

4.3 The Provider will notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, will take the remedial steps the Customer reasonably requires, and is liable for losses the Customer suffers as a result of an incident caused by the Provider's breach of this Clause 4.

### Clause 5. Intellectual Property

5.1 The Provider owns the service, the software and the documentation.

5.2 The payroll export interface, the rostering rule configuration and the report templates developed for the Customer during onboarding belong to the Customer. The Customer may use, modify and have them used by third parties without restriction, including after the Subscription Term.

### Clause 6. Customer Responsibilities

6.1 The Customer will provide accurate employee master data, designate store administrators, keep its user credentials secure and use the service in accordance with applicable law.

6.2 The Customer is responsible for obtaining any consents of its employees that the law requires for the processing of their personal information in the service, and the Provider will supply the privacy notice text and in-app consent screens the Customer needs for that purpose.

6.3 The Customer will give the Provider reasonable access to its store time clocks and payroll system during onboarding and will make its HR staff available for the tests in A4.

### Clause 6A. Support and Training

The Provider will provide support in Mandarin through its Shanghai partner desk and in English, train up to ten Customer administrators each Subscription Year at no charge, and publish release notes at least seven days before any update that changes how store managers use the service.

### Clause 7. Subcontracting

The Provider uses Alibaba Cloud as its hosting provider. The Provider may not use any other subcontractor to perform the service without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### Clause 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or for loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### Clause 9. Termination

9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.

9.2 The Customer may terminate the Order Form by written notice if monthly availability falls below 99% in any two months of a Subscription Year.

9.3 On termination the Provider will refund any fees paid for the period after the termination date and will return Customer Data under Clause 3.2.

### Clause 10. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

### Clause 11. Governing Law and Disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

### Clause 12. General

The Order Form and these General Terms are the entire agreement of the parties about the service. Changes must be agreed in writing. Neither party may assign the agreement without the other party's written consent.
"""

E03 = """T:PURCHASE CONTRACT FOR VINEYARD SENSOR NETWORK AND IRRIGATION CONTROL EQUIPMENT
P:Contract No. HLS-PUR-2026-033
P:Buyer: Ningxia Helan Shan Estate Winery Co., Ltd., Jinshan Town, Xixia District, Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Limestone Coast AgTech Pty Ltd (ABN 19 625 447 803), 27 Commercial Street West, Mount Gambier, South Australia 5290, Australia (the "Supplier").
P:The Buyer owns 620 hectares of vineyards at the foot of the Helan Mountains and wishes to install a soil-moisture and weather monitoring network with automated drip-irrigation valve control. Following the Buyer's invitation to tender, the Buyer accepts the Supplier's offer on the Buyer's standard terms set out in this Contract.
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the probes, weather stations, gateways, valve controllers and server listed in Section 2. "Software" means the VineSense monitoring software licensed under Section 2. "System" means the Equipment and the Software installed and configured at the Site.
P:1.2 "Site" means the Buyer's vineyard blocks 1 to 14 and its control room at the Jinshan winery.
P:1.3 The Supplier shall supply, deliver, install, calibrate and commission the System, integrate it with the Buyer's existing pump-station controls, and train the Buyer's viticulture and maintenance staff.
P:1.4 The Supplier shall carry out a site survey within 20 days after signature and submit a detailed installation plan showing the location of every probe, station, gateway and valve controller, the radio coverage of each gateway and the cable routes to the pump stations. Installation starts only after the Buyer has approved the plan in writing. The Supplier shall protect vines, trellises and drip lines during installation and repair any damage it causes at its own cost.
H:Section 2 Price
P:2.1 All prices are in Chinese yuan (CNY), include VAT, import duties, freight to the Site and insurance, and are fixed. The Contract Price is CNY 1,128,000, as set out in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil moisture and temperature probe|120|2,950|354,000
TB:2|Automatic weather station with leaf-wetness sensor|6|38,500|231,000
TB:3|LoRaWAN gateway with solar power kit|8|14,200|113,600
TB:4|Irrigation valve controller|40|4,100|164,000
TB:5|VineSense monitoring software, perpetual site licence, on-premises server included|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||958,600
TB:6|Installation, calibration and integration with pump-station controls|1|148,000|148,000
TB:7|Training|1|21,400|21,400
TB:|Contract Price|||1,128,000
P:2.2 The Supplier shall not charge any other amount for the work described in this Contract.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 112,800) as an advance payment within 15 working days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 620,400) within 20 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 394,800) within 20 working days after the Final Acceptance Certificate is signed.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation before budbreak, and in any case by 15 April 2026.
P:4.2 If the Supplier delays delivery, installation or readiness for acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Liquidated damages do not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 30 consecutive days. Final Acceptance requires that: (a) every probe, station and valve controller reports to the Software at its configured interval, with no probe silent for more than six hours in the trial period; (b) probe readings agree with the Buyer's gravimetric soil samples within the tolerance stated in Annex 2; (c) irrigation commands issued from the Software open and close every valve within two minutes; (d) alarms for frost, heat and low soil moisture reach the Buyer's duty staff by SMS and app; and (e) as-built drawings, calibration records and manuals have been delivered.
P:5.2 When the conditions are met, the Buyer shall sign a Final Acceptance Certificate within 10 working days. Delivery, installation, use of the System during the trial period and payment under Section 3.2 are not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During the warranty period it shall repair or replace any defective item free of charge, including parts, freight and labour, and supply Software updates.
P:6.2 Warranty support: for a Severity 1 fault (the Software unavailable, or a gateway or more than ten probes offline, or irrigation control lost for any block) the Supplier shall respond within 1 hour and have a technician or replacement parts on Site within 48 hours; for other faults, respond within one business day and fix within seven days. The Supplier shall keep a stock of spare probes and one spare gateway in Yinchuan.
P:6.3 For each hour by which the Supplier misses a Severity 1 response time, and for each day by which it misses the on-Site time, the Supplier shall pay CNY 800, deducted from any amount due or claimed under the bank guarantee.
H:Section 7 Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support on the same terms. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 76,688 per year, and is fixed for three years after the end of the warranty period.
P:7.2 Support is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:Section 8 Data and Data Security
P:8.1 All sensor readings, weather data, irrigation records and vineyard maps collected or produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The server is located in the Buyer's control room. The Supplier shall access it remotely only through a VPN account issued by the Buyer, for sessions approved in advance, and shall not copy Buyer Data outside the System. The Supplier shall change all default passwords and apply security patches during the warranty period.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data that it becomes aware of, shall take remedial measures, and shall compensate the Buyer for losses caused by its breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The Software and the firmware of the Equipment remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for use with the System.
P:9.2 The block maps, irrigation schedules, dashboards and integration scripts prepared for the Buyer belong to the Buyer, which may modify them and provide them to other contractors.
H:Section 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's vineyard data, yields and prices, and shall not disclose it without prior written consent. This obligation survives termination of this Contract for three years.
H:Section 11 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Sections 8 and 10, which are not limited.
H:Section 12 Subcontracting
P:The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor and shall ensure that the subcontractor complies with the Buyer's site safety rules.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, if the System fails Final Acceptance twice, or if liquidated damages reach their maximum.
P:13.2 On termination for the Supplier's breach the Supplier shall refund the amounts paid for items not accepted and remove its Equipment at its own cost.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 15 General
P:This Contract is written in English and Chinese; both texts are equally authentic. Annex 1 (Technical Specification and Block Layout) and Annex 2 (Calibration Method and Tolerances) form part of this Contract.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** TAS-MSA-2026-07

**Service Provider:** Tamar Valley Managed Services Pty Ltd (ABN 58 623 117 940), 63 Cameron Street, Launceston, Tasmania 7250, Australia ("Provider")

**Customer:** Dalian Haiyun Seafood Processing Co., Ltd., 12 Gangxing Road, Jinzhou District, Dalian, Liaoning Province, People's Republic of China ("Customer")

**Background.** The Customer processes and exports frozen seafood from two plants and a cold store in Dalian and has about 520 computer users. It wishes to outsource its IT service desk, desktop support and endpoint management. The Provider runs a managed service centre with Mandarin-speaking staff and a local engineering team in Dalian. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, provided from the Service Commencement Date for the Term.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Completion Certificate under clause 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses, receives or handles in providing the Services.

## 2. Services

2.1 The Provider shall provide the Services in accordance with this Agreement, the service levels in Schedule 2 and good industry practice.

2.2 The Services include: a 24x7 service desk in Mandarin and English; on-site desktop support at the Customer's two plants and cold store on working days; endpoint management for laptops, desktops and shop-floor terminals, including patching, anti-malware and software deployment; user account administration in the Customer's directory; and monthly reporting.

2.3 The Customer remains responsible for its own network, servers, ERP system and cold-chain control systems, which are outside the Services.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3 and are stated in Chinese yuan (CNY) at the Customer's request. The Total Charges for the Term are CNY 1,732,000, consisting of the Transition Fee of CNY 58,000 and the Monthly Service Charge of CNY 46,500 for 36 months (CNY 1,674,000).

3.2 The Transition Fee is invoiced after the Transition Completion Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable before the Service Commencement Date.

3.3 The Customer shall pay each correct invoice within 30 days after receipt. Service credits under Schedule 2 are deducted from the next invoice.

3.4 The charges are fixed for the Term. Changes to the number of users of more than 10% are charged or credited at the per-user rate in Schedule 3.

## 4. Transition

4.1 The Provider shall complete transition within 45 days after signature of this Agreement. Transition includes taking over the existing service desk tickets, enrolling all endpoints in the Provider's management platform, documenting the Customer's standard software images and training the Provider's staff on the Customer's procedures.

4.2 Transition is complete when: (a) at least 98 of every 100 endpoints in the Customer's asset list report to the management platform; (b) the service desk has handled the Customer's calls for ten consecutive working days in parallel with the Customer's own staff; (c) the runbooks listed in Schedule 1 have been delivered and approved by the Customer; and (d) the reporting portal is available to the Customer's IT manager. The Customer shall then sign the Transition Completion Certificate within five working days. Use of the Services during transition is not acceptance.

4.3 If transition is not complete within the time in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance monthly.

5.2 If a service level is missed, the Customer is entitled to the service credits in Schedule 2. Service credits are a price adjustment and do not limit the Customer's other rights, except as stated in clause 10.

## 6. Customer Data

Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including the Customer's export customers, prices and production volumes, and shall use it only for this Agreement.

7.2 This clause survives the end of this Agreement for three years.

## 8. Intellectual Property

8.1 The Provider's management platform, tools and general know-how remain the Provider's property.

8.2 The runbooks, standard software images, scripts, configuration baselines and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to a replacement provider.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep at least two engineers based in Dalian.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Charges, except for personal injury, fraud and wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Because the Provider invests in transition and dedicated staff, neither party may terminate this Agreement before the end of the Term, except that either party may terminate if a force majeure event prevents performance for more than 90 consecutive days. If the Provider fails to perform, the Customer's remedies are the service credits under Schedule 2, the delay payments under clause 4.3 and damages subject to clause 10.

11.3 At the end of the Term the Provider shall cooperate in an orderly handover to the Customer or its new provider for up to 30 days at no extra charge.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## 13. General

This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1: Service Description

| Service element | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail, WeChat and portal; Mandarin and English; ticket logging, first-line fixes, escalation | 24x7 |
| On-site desktop support | Two engineers on site, rotating between Plant 1, Plant 2 and the cold store | Working days 08:00 to 18:00 |
| Endpoint management | Patching, anti-malware, software deployment and inventory for about 560 devices | Continuous, with monthly patch window |
| Account administration | Joiners, movers and leavers in the Customer's directory, password resets | Service desk hours |
| Reporting | Monthly service report and quarterly review meeting | Monthly / quarterly |
| Runbooks | Runbooks for service desk, imaging, patching and shop-floor terminals | Delivered in transition |

## Schedule 2: Service Levels

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | A plant, the cold store or more than 20 users unable to work | 15 minutes | 6 hours |
| P2 | A single user unable to work, or a group of users degraded | 30 minutes | 1 working day |
| P3 | Requests and minor faults | 2 working hours | 3 working days |

Other service levels: service desk calls answered within 60 seconds for at least 90 of every 100 calls in a month; user satisfaction score of at least 4.2 out of 5 each quarter.

## Schedule 2A: Service Credits

| Service level missed | Service credit |
|---|---|
| Each P1 response not met | CNY 1,500 |
| Each P1 restoration target missed | CNY 3,000 |
| Monthly P2 response performance below 95 of every 100 tickets | 3% of the Monthly Service Charge |
| Call answering service level missed in a month | 2% of the Monthly Service Charge |

Total service credits in any month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | One-off, after Transition Completion Certificate | 58,000 |
| Monthly Service Charge | Up to 560 devices and 540 users | 46,500 per month |
| Monthly Service Charges for the Term | 36 months | 1,674,000 |
| Total Charges | | 1,732,000 |
| Additional user above 540 | Per user per month | 85 |

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: OCD-SUB-2026-052

PARTIES

OrchardCast Data Limited (NZBN 9429048812765), 201 Heretaunga Street West, Hastings 4122, Hawke's Bay, New Zealand ("OrchardCast").

Shanghai Xianguo Import and Distribution Co., Ltd., Room 1508, 777 Jiangning Road, Jing'an District, Shanghai, People's Republic of China ("Customer").

BACKGROUND

A. OrchardCast operates the OrchardCast API, which supplies orchard-level weather observations, growing-degree-day models, harvest-timing forecasts and fruit-size forecasts for kiwifruit, apple and cherry growing regions in New Zealand, Australia and Chile.

B. The Customer imports and distributes fresh fruit in China and wishes to use the API in its purchasing and logistics planning systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the OrchardCast application programming interface and the data it returns, as described in the API documentation.

1.2 "Customer Inputs" means the orchard lists, supplier names, planned shipment volumes, arrival records and quality inspection results that the Customer uploads to the API or sends to OrchardCast.

1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.

1.4 "Service Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 OrchardCast grants the Customer a non-exclusive, non-transferable right during the Term to call the API and to use the data returned within the Customer's business in China, including in reports shared with its own growers and retail customers.

2.2 The Term is two Subscription Years from the Service Start Date. The Agreement ends at the end of the Term unless the parties sign a renewal in writing. Any renewal will be at the fees then agreed by both parties.

2.3 The subscription includes up to 3,000,000 API calls per Subscription Year across three production keys and one test key.

2.4 OrchardCast will give the Customer at least 90 days' written notice before retiring any API version or removing any data field the Customer uses, and will keep the retired version running in parallel during that period so that the Customer can update its connector without interruption.

3. FEES AND PAYMENT

3.1 Prices are in Chinese yuan (CNY), as requested by the Customer, and include all taxes.

3.2 The fees are:
(a) Subscription Fee: CNY 286,000 per Subscription Year, CNY 572,000 for the Term;
(b) Integration Support Fee (one-off, for the connector to the Customer's purchasing system, field mapping, testing and two days of training): CNY 24,000.
The total contract value is CNY 596,000.

3.3 Calls above the annual allowance are charged at CNY 90 per additional 10,000 calls. These usage charges are invoiced quarterly and are not part of the total contract value.

3.4 The Subscription Fee is invoiced in four equal quarterly instalments of CNY 71,500, each in arrears at the end of the quarter. The Integration Support Fee is invoiced after Integration Acceptance. Nothing is payable before the Service Start Date. The Customer pays within 30 days after receiving a correct invoice.

4. INTEGRATION AND ACCEPTANCE

4.1 OrchardCast will provide test keys within five business days after signature and will deliver the connector and field mapping within 30 days after signature.

4.2 Integration Acceptance requires that: (a) the connector retrieves forecasts for all orchards in the Customer's supplier list for ten consecutive days without failed calls other than those caused by the Customer; (b) forecast data received matches the API documentation fields and units; (c) the Customer's purchasing system shows the forecasts in the agreed screens; and (d) the Customer's staff have been trained. The Customer confirms Integration Acceptance in writing within five business days after these tests are met. Use of test data is not acceptance.

4.3 If OrchardCast fails to deliver the connector and field mapping within the time in clause 4.1 for reasons attributable to it, OrchardCast will pay the Customer CNY 400 for each day of delay.

4.4 OrchardCast will provide a named integration engineer during the integration period, hold weekly progress calls with the Customer's IT team and give the Customer a written test report before asking for Integration Acceptance.

5. SERVICE LEVELS

5.1 Availability: the production API will be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance.

5.2 Support: OrchardCast provides support by e-mail and its ticket portal in English during New Zealand business hours (09:00 to 17:30 NZ time, Monday to Friday, excluding New Zealand public holidays). Severity 1 incidents (the production API unavailable or returning errors for all calls) will receive a first response within 8 Business Hours. Severity 2 incidents will receive a first response within two business days.

5.3 Service credits: if monthly availability is below 99.95%, the Customer receives a credit of 5% of the quarterly Subscription Fee instalment; below 99.5%, 10%; below 99%, 25%. Credits are deducted from the next invoice and, at the end of the Term, paid to the Customer.

6. DATA

6.1 OrchardCast owns the API and the data it produces, other than Customer Inputs.

6.2 Customer Inputs remain the Customer's property. OrchardCast may use Customer Inputs to provide the API to the Customer.

6.3 The Customer also grants OrchardCast a perpetual, royalty-free licence to use Customer Inputs, in aggregated and de-identified form, to calibrate and improve its forecasting models and to produce market indicators offered to other OrchardCast customers. This licence continues after the end of the Term.

7. DATA SECURITY

7.1 OrchardCast maintains an information security programme aligned with ISO/IEC 27001, encrypts Customer Inputs in transit and at rest, restricts access to named staff with multi-factor authentication, and keeps access logs for at least six months.

7.2 OrchardCast will notify the Customer of any unauthorised access to Customer Inputs within 48 hours of becoming aware of it, will take reasonable remedial steps, and will compensate the Customer for losses caused by its failure to comply with this clause 7.

7.3 The Customer is responsible for keeping its API keys secure and for all calls made with them. If a key is compromised, OrchardCast will revoke it and issue a new key within one business day after the Customer's request.

7.4 Customer Inputs are stored in OrchardCast's hosting environment in Australia. The Customer is responsible for any filing or assessment that PRC law requires for the transfer of its own business data outside China, and OrchardCast will provide the information about its processing that the Customer reasonably needs for that purpose.

8. CONNECTOR AND CUSTOM WORK

8.1 The connector, field mapping and any scripts written by OrchardCast for the Customer under clause 4 belong to the Customer on delivery. The Customer may use, modify and license them without restriction, and OrchardCast will deliver their source code.

8.2 OrchardCast retains its API, models, documentation and general know-how.

9. CONFIDENTIALITY

9.1 Each party will keep confidential the other party's non-public information, including the Customer's supplier lists, volumes and prices, and will use it only for this Agreement, except as clause 6.3 permits.

9.2 This clause survives for three years after the end of the Agreement.

10. SUBCONTRACTING

OrchardCast hosts the API with Amazon Web Services in the Sydney region, which the Customer approves by signing. OrchardCast may not otherwise subcontract its obligations without the Customer's prior written consent.

11. LIABILITY

11.1 Forecasts are estimates. Neither party is liable for loss of profit or indirect loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for fraud, wilful misconduct and breach of clauses 7 and 9.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 The Customer may terminate by written notice if monthly availability is below 99% in two consecutive months.

12.3 On termination OrchardCast will refund any fees paid for the period after termination and delete Customer Inputs, except as licensed under clause 6.3.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of New Zealand.

13.2 Any dispute will be resolved by arbitration under the Arbitration Act 1996 (New Zealand), seated in Wellington, before a single arbitrator appointed by the New Zealand International Arbitration Centre.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above or to the e-mail addresses the parties notify.

14.2 This Agreement is the entire agreement of the parties and may be changed only in writing signed by both parties.

14.3 Neither party may assign this Agreement without the other party's written consent, which may not be unreasonably withheld in the case of a sale of the whole of a party's business.

14.4 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

SIGNED for OrchardCast Data Limited: ____________________ Date: __________

SIGNED for Shanghai Xianguo Import and Distribution Co., Ltd.: ____________________ Date: __________
"""

# ---------------------------------------------------------------- build, read back, scan, label
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

FILES = {
    "z01": ("h428z01_emergency_hazchem_monitoring_platform.pdf", "zh", Z01),
    "z02": ("h428z02_brewery_brewhouse_control_retrofit.docx", "zh", Z02),
    "z03": ("h428z03_auto_repair_chain_workorder_saas.txt", "zh", Z03),
    "z04": ("h428z04_housing_fund_system_annual_om.txt", "zh", Z04),
    "z05": ("h428z05_beef_jerky_traceability_supplier_template.md", "zh", Z05),
    "e01": ("h428e01_feed_formulation_licence_queensland_vendor.pdf", "en", E01),
    "e02": ("h428e02_workforce_scheduling_saas_order_form.md", "en", E02),
    "e03": ("h428e03_vineyard_sensor_network_purchase.docx", "en", E03),
    "e04": ("h428e04_managed_service_desk_endpoints.md", "en", E04),
    "e05": ("h428e05_orchard_forecast_data_api_subscription.txt", "en", E05),
}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---- threshold scanner
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = [
    ("99.9 %", NUM + r"99\.90*(?!\d)" + PCT),
    ("0.05 %", NUM + r"0\.050*(?!\d)" + PCT),
    ("100 %", NUM + r"100(?:\.0+)?(?!\d)" + PCT),
    ("30 %", NUM + r"30(?:\.0+)?(?!\d)" + PCT),
    ("15 %", NUM + r"15(?:\.0+)?(?!\d)" + PCT),
    ("40 %", NUM + r"40(?:\.0+)?(?!\d)" + PCT),
    ("百分之百/一百", r"百分之(?:百|一百)(?![零一二三四五六七八九十])"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("百分之十五", r"(?<![一二三四五六七八九])百分之十五"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("三成/四成", r"(?<![十])[三四]成(?![员本立功])"),
    ("万分之五", r"万分之五(?![十百千])"),
    ("千分之零点五", r"千分之零点五"),
    ("4 小时", NUM + r"4\s*(?:个)?\s*小时"),
    ("四小时", r"(?<![十二三五六七八九])四\s*(?:个)?\s*小时"),
    ("240 分钟", NUM + r"240\s*分钟"),
    ("4 hours", NUM + r"4[\s-]*(?:hours?|hrs?|h)\b"),
    ("four hours", r"\bfour[\s-]*hours?\b"),
    ("240 minutes", NUM + r"240\s*min"),
    ("12 个月", NUM + r"12\s*个\s*月"),
    ("十二个月", r"十二\s*个\s*月"),
    ("一年", r"(?<![十])一\s*年(?!级)"),
    ("12 months", NUM + r"12[\s-]*months?\b"),
    ("twelve months", r"\btwelve[\s-]*months?\b"),
    ("one year", r"\bone[\s-]*years?\b"),
    ("1 year", NUM + r"1[\s-]*years?\b"),
    ("5 年", NUM + r"5\s*年(?!度)"),
    ("五年", r"五\s*年"),
    ("five years", r"\bfive[\s-]*years?\b"),
    ("5 years", NUM + r"5[\s-]*years?\b"),
    ("60 months", NUM + r"60[\s-]*months?\b"),
    ("sixty months", r"\bsixty[\s-]*months?\b"),
]
BANNED_RX = [(n, re.compile(p, re.I)) for n, p in BANNED]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in BANNED_RX:
            m = rx.search(variant)
            if m:
                hits.append((n, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


MUST_HIT = ["99.9%", "99.9 %", "0.05%", "100%", "100 per cent", "30%", "30 %", "15%", "15 percent", "40%", "百分之百",
            "百分之三十", "三成", "四成", "百分之十五", "百分之四十", "万分之五", "4小时", "4 小时", "四小时", "240分钟",
            "four hours", "4 hours", "4-hour", "12个月", "十二个月", "一年", "twelve months", "one year", "12 months",
            "5年", "五年", "five years", "five-year", "60 months", "5 years"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours", "14 hours",
             "99.5%", "130%", "0.30%", "200%", "2026年", "十八个月", "二十四个月", "18 months", "24 months",
             "Subscription Year", "1,500", "45%", "35%", "0.05 m", "十五日", "15 days", "2小时", "八小时", "三年",
             "72 months", "405,600", "万分之三", "20%", "40,000", "130 %"]


def self_test():
    for s in MUST_HIT:
        assert scan(s), "scanner misses " + s
    for s in MUST_MISS:
        assert not scan(s), ("scanner wrongly hits", s, scan(s))


# ---- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

D = {}  # key -> (category, terms, extra, tco) ; tco = (fee_base, fee_per_year) for goods
D["z01"] = ("software", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
            contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2460000), (1280000, 128000))
D["z02"] = ("hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10,
            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=27,
            subcontract_without_consent=True, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1790000), (1560000, 421200))
D["z03"] = ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
            ld_rate_per_day_pct=800 / 822800 * 100, liability_cap_pct=200, auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=822800), None)
D["z04"] = ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=710000), None)
D["z05"] = ("software", dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, liability_cap_pct=20,
            prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
            subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=1070000), (600000, None))
D["e01"] = ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
            governing_law="Queensland", contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1208000), (810000, 89100))
D["e02"] = ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
            ld_rate_per_day_pct=500 / 814000 * 100, liability_cap_pct=6 / 24 * 100),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=814000), None)
D["e03"] = ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
            contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1128000), (958600, 76688))
D["e04"] = ("services", dict(p1_response_hours=0.25, data_security_clause=False,
            ld_rate_per_day_pct=1200 / 1732000 * 100, liability_cap_pct=150, termination_for_breach=False),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1732000), None)
D["e05"] = ("cloud", dict(availability_pct=99.95, p1_response_hours=8, buyer_owns_data=False,
            ld_rate_per_day_pct=400 / 596000 * 100, liability_cap_pct=150, governing_law="New Zealand"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=596000), None)

DESIGN = {  # my design list, written before the derivation below
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(t, x, tco):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    base, fee = tco
    if fee is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = years * fee
    return service / (x["contract_value"] + service) * 100


def derive(t, x, tco):
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
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, tco)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, _ = FILES[key]
    cat, over, extra, tco = D[key]
    t = dict(BASE)
    t.update(over)
    assert set(t) == set(KEYS)
    t = {k: t[k] for k in KEYS}
    for k, v in THRESH.items():
        assert t[k] != v, (key, k)
    s = tco_share(t, extra, tco) if tco else None
    if s is not None:
        assert abs(s - 40) > 2, (key, s)
    rules = derive(t, extra, tco)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    if t["contract_kind"] != "goods_or_licence":
        assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}, s


def length(text, lang):
    return len(text.split()) if lang == "en" else len(text)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    sources = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in sources:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        nows = len(re.sub(r"\s", "", text))
        lo, hi = (1450, 1650) if lang == "en" else (2750, 3000)
        lab, share = label(k)
        covered |= set(lab["expected_rules"])
        hits = scan(text) + scan(src)
        print(f"{name}: {'words' if lang == 'en' else 'chars'}={n} non-ws={nows} rules={lab['expected_rules']} "
              f"risk={risk(lab['expected_rules'])} tco_share={share}")
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        if hits:
            problems.append((name, "threshold text", hits[:3]))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [risk(DESIGN[k]) for k in FILES]
    assert [k for k in FILES if not DESIGN[k]] == ["z04", "e03"]
    assert [k for k in FILES if DESIGN[k] == ["CR-GOVERNING-LAW"]] == ["e01"]
    assert len(DESIGN["z05"]) >= 8
    assert sorted(k for k in FILES if 2 <= len(DESIGN[k]) <= 3) == ["e02", "e04", "e05", "z01", "z02", "z03"]
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
