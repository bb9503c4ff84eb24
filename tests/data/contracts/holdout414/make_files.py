Z01 = """T:江州市电子商务公共服务平台建设项目 采购合同
P:合同编号：JZSW-ZC-2025-017    项目编号：JZCG2025-G-0436    采购方式：公开招标
P:甲方（采购人）：江州市商务局    地址：江州市新城区政务中心B座
P:乙方（供应商）：江州云启信息技术有限公司    统一社会信用代码：91360100MA35K7QX2D
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就江州市电子商务公共服务平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供电子商务公共服务平台软件的永久使用许可，并完成以下定制开发：跨境电商服务专区、农产品网络上行专区、电商企业统计直报模块、全市电商运行数据看板、与省商务厅数据交换接口。
P:1.2 乙方负责平台在甲方政务云上的部署、数据初始化、联调测试及培训，并在终验合格后提供本合同约定的免费质保服务。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零捌万陆仟元整（¥2,086,000），为固定总价，包含软件许可、定制开发、部署实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（不限用户数）|860,000
TB:2|定制开发（五个专区及模块、接口）|1,040,000
TB:3|部署实施及数据初始化|152,000
TB:4|培训（管理员及企业用户）|34,000
TB:合计||2,086,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥417,200。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，即¥938,700。
P:3.3 平台终验合格后十五个工作日内，甲方支付合同总价的35%，即¥730,100。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方通过国库集中支付办理付款。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并申请初验；初验合格后平台试运行六十日，试运行期满后十日内申请终验。
P:4.2 乙方应交付：平台安装介质、定制开发部分的全部源代码、数据库设计文档、接口说明、用户手册及运维手册。
H:第五条 验收
P:5.1 初验标准：招标文件功能清单逐项测试通过；数据看板刷新时间不超过5分钟；在500个并发用户下页面响应时间不超过3秒；与省商务厅接口连续七日数据交换无差错；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 终验标准：试运行期间未发生一级故障，二级故障全部关闭，全部交付文档齐全，甲方组织专家评审通过并签署终验报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日书面告知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据错误）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障2个工作日内解决。
P:6.3 乙方每超过响应或恢复时限一小时，向甲方支付违约金¥1,000；月可用率每低于约定值0.01个百分点，扣减当季质保服务费用¥2,000，从质量保证金或应付款中扣除。
H:第七条 质保与后续维保
P:7.1 质保期为终验合格之日起二十四个月，质保期内乙方免费提供故障处理、补丁升级、性能优化及每季度一次巡检。
P:7.2 质保期满后，甲方如需继续购买维保服务，年度维保费不超过平台软件许可费的8%，即每年不超过¥68,800；质保期满后三个服务年度内不得上调。
H:第八条 知识产权
P:8.1 本合同定制开发部分（含源代码、文档、数据模型及接口程序）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改、再开发。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯任何第三方的知识产权。
H:第九条 数据安全
P:9.1 平台内全部数据（含企业直报数据、交易统计数据及日志）归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求实施部署，采取访问控制、加密传输、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 未经甲方书面同意，乙方不得将本合同任何部分分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市商务局    代表：__________    日期：2025年7月____日
P:乙方（盖章）：江州云启信息技术有限公司    代表：__________    日期：2025年7月____日
"""

Z02 = """T:瓦楞纸板生产线控制系统改造及维保合同
P:合同编号：HTZP-JG-2025-042
P:甲方（买方）：东莞市恒泰纸品包装有限公司
P:乙方（卖方）：广州科驰自动化工程有限公司
P:鉴于甲方1号五层瓦楞纸板生产线的控制系统设备老化，甲方决定对该生产线的电气控制系统进行改造。乙方具备相应的设计、供货和施工能力。双方经友好协商，签订本合同。
H:一、改造范围
P:（一）更换全线PLC控制柜及I/O模块、变频器及伺服驱动，加装湿部及干部张力、温度传感器。
P:（二）提供生产管理与排程软件许可，并按甲方工艺定制开发换单参数程序、幅宽自动调整程序及与甲方ERP的订单接口。
P:（三）负责拆除、安装、调试、培训及改造后的质保和维保服务。
H:二、价格
P:（一）合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），含税、运输、保险及安装费用。明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6套|486,000
TB:2|变频器及伺服驱动|1批|372,000
TB:3|张力及温度传感器|48只|128,000
TB:4|生产管理与排程软件许可|1套|196,000
TB:软硬件小计|||1,182,000
TB:5|安装调试|1项|148,000
TB:6|工艺参数程序及ERP接口定制开发|1项|92,000
TB:7|操作及维修培训|1项|18,000
TB:合同总价|||1,440,000
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的20%作为预付款，即¥288,000。
P:（二）设备全部到货并经甲方签收后十日内，甲方支付合同总价的35%，即¥504,000。到货签收不代表质量验收。
P:（三）最终验收合格后十日内，甲方支付合同总价的38%，即¥547,200。
P:（四）其余7%（¥100,800）作为质量保证金，质保期满且无未决质量问题后十日内无息支付。
H:四、工期
P:（一）乙方应在合同生效后四十五日内完成设备到货，并利用甲方安排的停产检修窗口（不超过七日）完成拆装和单机调试。
P:（二）停产窗口内未能恢复生产的，乙方应采取一切措施缩短停机时间。
H:五、验收
P:（一）验收标准：生产线连续带料运行七十二小时无控制系统故障；车速达到每分钟220米；换单时间不超过90秒；纸板幅宽偏差不超过正负1毫米；ERP订单接口连续十日数据一致。
P:（二）满足上述标准后，双方签署最终验收报告。单机调试完成、设备投入生产或甲方付款均不视为最终验收。
H:六、质保
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:（二）故障分级：一级故障（整线停机）1小时内远程响应，6小时内到达现场；二级故障（单机停机）8小时内到达现场。
P:（三）乙方每超过上述时限一小时，向甲方支付违约金¥500。
H:七、维保服务
P:（一）质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的9%，即每年¥106,380，在三个服务年度内固定不变。
P:（二）维保服务包括每季度巡检、备件更换（易损件除外）、软件升级和7×24小时电话支持，服务水平同本合同第六条。
H:八、知识产权
P:（一）乙方为本项目定制开发的换单参数程序、幅宽调整程序、ERP接口程序及其源代码，知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）PLC及软件产品本身的知识产权归原权利人，甲方获得永久使用许可。
H:九、数据安全
P:（一）生产线运行数据、工艺参数及订单数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方设备部书面批准，通过甲方指定的VPN接入并全程记录；不得在控制系统中预留后门或远程控制程序。
P:（三）因乙方原因导致数据泄露、工艺参数外泄或控制系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:十、保密
P:乙方对在项目中知悉的甲方工艺配方、客户信息、生产数据等负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后三年内有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）因乙方原因造成停产窗口延长的，乙方还应赔偿甲方停产损失。
H:十二、分包
P:乙方可将本项目的电气安装及桥架施工分包给具有相应资质的施工单位，但应提前三日书面通知甲方，并对分包工作质量负责。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。发生争议的，提交东莞仲裁委员会按其规则仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、技术规格书、施工方案。
P:甲方：东莞市恒泰纸品包装有限公司（盖章）    代表：__________
P:乙方：广州科驰自动化工程有限公司（盖章）    代表：__________
P:签订日期：2025年8月____日
"""

Z03 = """成都青禾美业连锁管理有限公司
门店预约及会员管理系统（SaaS）订阅及实施合同

合同编号：QH-IT-2025-09
甲方（客户）：成都青禾美业连锁管理有限公司（以下简称“甲方”），地址：成都市高新区天府大道中段
乙方（服务商）：杭州约美网络科技有限公司（以下简称“乙方”），地址：杭州市余杭区文一西路

鉴于甲方在四川省内经营42家美发门店，需要统一的线上预约、会员储值、发型师排班和营销系统；乙方运营“约美”美业SaaS平台。双方协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方42家门店及总部开通“约美”平台订阅服务，包括：小程序预约、会员及储值卡管理、发型师排班与提成、收银、库存、营销活动和总部经营报表。
1.2 乙方提供一次性实施服务：42家门店原有会员数据（约16.8万条）及储值余额迁移、门店与价目配置、收银设备对接、门店店长及总部人员培训。
1.3 乙方为甲方配置的专属报表、会员等级规则和营销模板，归甲方专用。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2025年10月1日起至2028年9月30日止。
2.2 服务期满前三十日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可多次续订。
2.3 每次续订时，乙方有权根据其产品价格调整，将订阅费上调，单次上调幅度不超过8%，乙方以书面通知告知甲方即可。

3. 费用
3.1 订阅费：每家门店每个服务年度¥2,400，42家门店合计¥100,800；总部管理端每个服务年度¥18,000。订阅费合计每个服务年度¥118,800。
3.2 实施费：一次性¥46,000。
3.3 合同总额：¥118,800×3+¥46,000=¥402,400。
3.4 短信通知按实际发送量另行结算，不计入合同总额。

4. 付款
4.1 实施费在上线验收合格后十五个工作日内支付。
4.2 订阅费按季度结算，每季度结束后十五个工作日内支付当季费用（¥29,700）。
4.3 乙方应在付款前开具增值税专用发票。甲方不预付任何款项。

5. 上线与验收
5.1 乙方应在2025年9月20日前完成全部门店的数据迁移、配置和培训，并提交上线验收申请。
5.2 验收标准：会员数量及储值余额与原系统核对一致；42家门店均能完成预约、开单、收银和储值扣款全流程测试；门店报表与收银流水逐日核对一致；总部报表按约定口径输出。
5.3 甲方在收到申请后五个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在五个工作日内整改。
5.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥300。

6. 服务水平
6.1 平台月可用率不低于99.5%，计划内维护应安排在凌晨1点至6点并提前两日通知。
6.2 一级故障（预约或收银功能不可用）30分钟内响应、2小时内恢复；二级故障2小时内响应、当日解决；一般问题2个工作日内答复。
6.3 月可用率低于约定值的，乙方按下列比例向甲方提供服务抵扣：低于约定值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。一级故障超过恢复时限的，每超过一小时抵扣¥200。

7. 数据
7.1 甲方会员信息、消费记录、储值数据和经营数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的。
7.2 乙方按其平台统一的安全措施运行系统，不对甲方数据另行承担安全保障义务；因黑客攻击、网络故障等导致的数据泄露或丢失，乙方不承担赔偿责任。
7.3 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除平台上的甲方数据。

8. 知识产权
8.1 “约美”平台及其软件的知识产权归乙方所有。
8.2 乙方为甲方定制的报表、会员等级规则、营销模板及数据迁移脚本归甲方所有，甲方可自行使用、修改或交由第三方使用。

9. 保密
9.1 双方对在合作中获得的对方商业信息、价格、会员及员工信息负有保密义务，未经对方书面同意不得披露，但法律法规另有规定的除外。
9.2 保密义务在本合同终止后三年内继续有效。

10. 违约与解除
10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
10.2 乙方出现严重违约（包括平台连续两个月可用率低于99%），经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同的实施服务分包给第三方。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 双方发生争议的，应友好协商；协商不成的，提交成都仲裁委员会仲裁。

13. 其他
13.1 本合同附件：门店清单、功能清单、数据迁移方案。附件与正文不一致的，以正文为准。
13.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都青禾美业连锁管理有限公司
授权代表：__________    日期：2025年8月____日

乙方（盖章）：杭州约美网络科技有限公司
授权代表：__________    日期：2025年8月____日
"""

Z04 = """江北市第一人民医院
健康体检管理系统年度运维服务合同

项目名称：健康体检管理系统2025—2026年度运维服务
采购方式：竞争性磋商    采购编号：JBYY-CS-2025-031
甲方（采购人）：江北市第一人民医院（三级甲等）
乙方（成交供应商）：江北慧康医疗信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方健康体检管理系统（以下简称“体检系统”）的运维服务达成如下协议。

（1）服务范围
1) 体检系统应用软件（预约登记、分检导引、科室结果录入、总检报告、团体体检结算、报告自助打印）的日常运行维护。
2) 体检系统与医院HIS、LIS、PACS及心电系统接口的监控与维护。
3) 数据库日常巡检、备份检查、性能优化及版本补丁更新。
4) 每季度现场巡检一次，并提交巡检报告；每年组织一次应急演练。
5) 派驻一名运维工程师每周一至周六在体检中心驻场，体检高峰期（3月至5月）增派一名。

（2）服务期限
服务期自2025年9月1日起至2026年8月31日止。服务期满本合同终止，是否继续采购由甲方另行确定。

（3）服务费用及支付
1) 服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含驻场人员费用、差旅及税费。
2) 服务费按季度支付，每季度¥92,000。每季度结束后，甲方对上季度服务进行考核，考核通过后十五个工作日内支付当季服务费。
3) 甲方不向乙方支付任何预付款。

（4）服务水平
1) 一级故障（体检系统整体不可用、报告无法生成或接口中断影响当日体检）：15分钟内响应，1小时内到场，2小时内恢复。
2) 二级故障（单个科室或单项功能不可用）：30分钟内响应，8小时内解决。
3) 三级故障（一般性问题或咨询）：1个工作日内解决。
4) 乙方每月5日前提交上月运维报告，载明故障数量、处理时长及遗留问题。

（5）服务考核
1) 甲方按磋商文件所附考核表对乙方进行季度考核和年度考核。
2) 乙方未达到上述服务水平的，应尽力尽快修复故障。服务考核结果仅作为甲方今后采购的参考，不扣减服务费，乙方亦不因此向甲方支付违约金或赔偿。

（6）年度验收
服务期满前十五日，甲方按下列标准组织年度验收：全年一级故障均在规定时限内恢复；季度巡检及应急演练记录齐全；数据备份恢复测试成功；全部运维文档已移交。验收合格后双方签署年度验收报告。

（7）数据安全
1) 体检数据（含受检者个人信息、检查结果及影像）归甲方所有。乙方仅可在履行本合同所需范围内访问，不得复制、下载、留存或向第三方提供。
2) 乙方人员须签署保密承诺书，使用甲方分配的个人账号经堡垒机操作，禁止使用移动存储介质；远程维护须经信息科逐次审批。
3) 乙方应遵守《个人信息保护法》《数据安全法》及医院信息安全制度，发生数据泄露或安全事件的，应在1小时内报告甲方并配合调查处置。
4) 因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部法律责任并赔偿甲方全部损失。

（8）保密
乙方对履行本合同中知悉的医院管理信息、网络结构、账号口令及其他非公开信息负有保密义务，保密义务不因本合同终止而解除。

（9）知识产权
运维期间乙方为甲方编写的接口程序、报表、脚本及文档，知识产权归甲方所有，甲方可自行修改使用或交由第三方维护。

（10）违约责任
1) 乙方未按约定时间完成季度巡检、应急演练或系统补丁更新的，每逾期一日按服务费总额的千分之一向甲方支付违约金。
2) 乙方驻场人员缺勤的，每人每日扣减服务费¥600。
3) 甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

（11）合同的履行与解除
本合同服务期内，双方均不得解除本合同。乙方违约的，甲方可以要求乙方继续履行、采取补救措施并按本合同第（10）项支付违约金，但不得因此解除本合同。因不可抗力致使合同目的不能实现的除外。

（12）分包
乙方不得将本合同服务分包或转包给任何第三方。

（13）争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（14）其他
磋商文件、响应文件、成交通知书及考核表为本合同组成部分。本合同一式四份，甲方三份，乙方一份。

甲方：江北市第一人民医院（盖章）    代表：__________
乙方：江北慧康医疗信息技术有限公司（盖章）    代表：__________
签订日期：2025年8月____日
"""

Z05 = """# 仓瑞WMS仓储管理系统软件许可及定制开发合同

**仓瑞标准合同文本 V4.0（乙方提供）**

合同编号：CR-WMS-2025-0218

- 甲方（用户）：江苏湖畔蛋品食品有限公司
- 乙方（供应商）：苏州仓瑞软件有限公司

甲方主营咸鸭蛋、皮蛋等禽蛋制品的加工和销售，需建设原料蛋、腌制品及成品的仓储管理系统。乙方同意按本合同向甲方提供仓瑞WMS软件许可及定制开发服务。

## 第一条 合同标的

1.1 乙方向甲方提供仓瑞WMS标准版软件许可（10个并发用户、6台PDA终端授权）。

1.2 乙方按甲方需求定制开发以下功能：腌制批次管理（入缸、翻缸、出缸记录）；按保质期先进先出出库；成品赋码追溯；与甲方金蝶ERP的物料、订单和库存接口。

1.3 乙方负责系统安装部署、基础数据导入和操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓瑞WMS标准版软件许可 | 268,000 |
| 2 | 定制开发（腌制批次、先进先出、赋码追溯、ERP接口） | 214,000 |
| 3 | 安装部署及数据导入 | 58,000 |
| 4 | 操作培训 | 12,000 |
| | 合计 | 552,000 |

合同总价为人民币伍拾伍万贰仟元整（¥552,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥276,000。乙方收到该款项后开始实施。

3.2 系统上线后五个工作日内，甲方支付剩余50%，即¥276,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的万分之三向乙方支付违约金，且乙方有权暂停实施和技术支持。

## 第四条 实施与交付

4.1 乙方计划在收到首付款后六十日内完成安装、定制开发和培训，具体进度以双方确认的实施计划为准。因甲方需求变更、数据准备延误或现场条件不具备造成的延期，工期相应顺延。

4.2 乙方交付软件安装程序、操作手册和培训资料。定制开发部分以可执行程序形式交付，不提供源代码。

## 第五条 验收

5.1 系统安装完成并投入上线运行后，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后七日内书面提出，逾期未提出的视为无异议。

## 第六条 技术支持与维护

6.1 免费维护期为系统上线之日起六个月。免费维护期内乙方在工作日9:00—17:30提供电话及远程支持，并尽合理努力解决甲方提出的问题。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准计收。

6.3 乙方对系统故障的处理时间不作承诺，现场服务另行收费。

## 第七条 知识产权

7.1 仓瑞WMS软件及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。乙方有权将定制功能纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可将甲方数据经脱敏处理后用于产品改进、行业分析及乙方其他产品和服务，该使用不受本合同期限限制。

8.3 乙方应采取访问权限控制、数据加密备份和操作日志等安全措施保护甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、数据恢复费用及停产损失不承担责任。

## 第十一条 合同解除

一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方官网公布的《仓瑞软件服务条款》为准。

13.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：江苏湖畔蛋品食品有限公司　　代表：__________

乙方（盖章）：苏州仓瑞软件有限公司　　代表：__________

日期：2025年9月____日
"""
E01 = """T:PERPETUAL SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CSS-HSC-2025-11
P:This Agreement is made between Coralstone Software Inc., a company incorporated in Barbados with its registered office at Broad Street, Bridgetown, Barbados (the "Vendor"), and Zhejiang Haishun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer").
P:Recitals. The Vendor develops the Coralstone TMS transport management software. The Customer operates refrigerated trucking and cold-store services across eastern China and wishes to obtain perpetual licences to the software, together with implementation, training and support services, on the terms below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Coralstone TMS modules listed in Article 2, in object code, with their documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, temperature-alarm rules, configuration scripts and other work product the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and Custom Deliverables meet the acceptance criteria.
P:1.4 "Severity 1 Incident" means an incident that stops dispatch, routing or temperature monitoring for the whole fleet or for a whole cold store.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 150 named users and 420 vehicle units for the internal business of the Customer and its subsidiaries in mainland China.
P:2.2 The licensed modules are order management, route planning, dispatch, cold-chain temperature monitoring, carrier settlement and management reporting.
P:2.3 The Vendor shall implement the Software on the Customer's servers in Ningbo, build interfaces to the Customer's ERP, warehouse system and vehicle telematics platform, migrate the open orders and master data, and train the Customer's dispatchers and administrators.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,500,000, fixed, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licences, 150 named users and 420 vehicle units|1,200,000
TB:2|Implementation, interfaces and data migration|268,000
TB:3|Training of dispatchers and administrators|32,000
TB:Total||1,500,000
P:3.2 The Contract Price includes all taxes, travel and expenses of the Vendor's personnel and all services during the warranty period.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 150,000) within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 825,000) within 20 days after the Software is installed and the interfaces pass the integration tests.
P:4.3 The Customer shall pay the balance of 35% of the Contract Price, namely CNY 525,000, within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days and complete implementation within 120 days after signature.
P:5.2 Acceptance tests shall show that: every function in the agreed function list works; the route planner returns a plan for 500 orders within 60 seconds; temperature alarms reach the dispatcher within 30 seconds; the ERP and telematics interfaces run for 15 consecutive days without data errors; and migrated data reconcile with the old system.
P:5.3 When all criteria are met and the system has run in production for 30 days without a Severity 1 Incident, the Customer shall sign a Final Acceptance certificate. Installation, production use or payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects, provide all updates and new versions free of charge and provide remote and on-site support.
P:6.2 Severity 1 Incidents: response within 1 hour and a workaround or fix within 8 hours, at any time of day. Severity 2 Incidents: response within 2 hours during business hours and a fix within 3 business days.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay the Customer a service credit of CNY 1,000, deducted from the next payment due or paid on demand.
H:Article 7 Annual Support after Warranty
P:7.1 After the warranty period the Customer may buy Annual Support. The Annual Support fee is 32% of the licence price in item 1 of Article 3.1, namely CNY 384,000 per year, fixed for the first three support years after the warranty period, payable annually in arrears.
P:7.2 Annual Support covers the same services and service levels as Article 6. Either party may decide not to continue Annual Support at the end of a support year by 60 days' written notice.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through third-party contractors.
P:8.3 The Vendor warrants that the Software and Custom Deliverables do not infringe any third party's rights and shall indemnify the Customer against any such claim.
H:Article 9 Data Protection and Security
P:9.1 All data entered into or generated by the Software, including shipment, customer, driver and temperature data, belongs to the Customer. The Vendor may process it only to perform this Agreement.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and with the Customer's approval for each session, shall not copy Customer data outside the Customer's systems, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer data and shall be responsible for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives for three years after termination.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to complete implementation or to achieve Final Acceptance by the agreed dates for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Customer shall pay interest on late payments at the loan prime rate published by the National Interbank Funding Center.
H:Article 12 Limitation of Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 8.3, 9 and 10, for personal injury and for wilful misconduct, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages reach their maximum. On termination before Final Acceptance the Vendor shall refund all amounts paid, less the value of any accepted deliverables.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final.
H:Article 16 General
P:16.1 This Agreement is written in English and Chinese; both versions are equally valid. Annex A (function list) and Annex B (implementation plan) form part of it.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — Lagoon Learning Cloud

**Order Form No. LL-CN-2025-064**, issued under and incorporating the General Terms below.

| | |
|---|---|
| Provider | Lagoon Learning Ltd., 18 Queen's Park West, Port of Spain, Trinidad and Tobago |
| Customer | Guilin Lijiang Hotel Management Co., Ltd., Qixing District, Guilin, Guangxi, People's Republic of China |
| Service | Lagoon Learning Cloud, a hosted learning-management and staff-certification service |
| Subscription Term | Two Subscription Years, from 1 November 2025 to 31 October 2027 |
| Currency | Chinese yuan (CNY), at the Customer's request |

## 1. Subscription and Fees

1.1 The Customer subscribes to the Service for up to 900 active staff users across its 14 hotels, with the hospitality course library in Chinese and English, mobile access, certification tracking and management dashboards.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 900 users | 276,000 |
| Subscription Fee, Subscription Year 2 | 900 users | 276,000 |
| Onboarding (one-time): single sign-on, HR data feed, migration of training records, 20 custom course templates, administrator training | fixed | 38,000 |
| Total fixed fees | | 590,000 |

1.2 Additional users beyond 900 are charged at CNY 310 per user per Subscription Year, pro rata, and are not part of the fixed fees above.

1.3 Subscription Fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 69,000 per quarter). The Onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days.

## 2. Onboarding and Go-Live

2.1 The Provider shall complete Onboarding and make the Service available for Go-Live Acceptance by 20 October 2025.

2.2 Go-Live Acceptance criteria: single sign-on works for all 14 hotels; the HR data feed creates, changes and deactivates users daily without error for 10 consecutive days; all historical training records are migrated and reconciled against the Customer's list; the 20 custom course templates are published; and a 300-user concurrent load test keeps page load times under 3 seconds. The Customer shall sign a Go-Live Acceptance certificate within 5 business days after the criteria are met. Use of the Service before then is not acceptance.

2.3 If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, and the Subscription Term shall be extended by the same number of days without charge.

## 3. Signatures

Accepted and agreed by the parties' authorised representatives.

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, content and personal information that the Customer or its users submit to the Service or that the Service generates about them, including staff records, course results and certificates.

1.2 "Subscription Year" means each consecutive period starting on the start date of the Subscription Term or on an anniversary of it.

1.3 "Severity 1" means the Service is unavailable or unusable for all users, or Customer Data is corrupted.

## 2. The Service

2.1 The Provider shall provide the Service in accordance with the Order Form, its documentation and these General Terms, and shall not materially reduce its functions during the Subscription Term.

2.2 The Service is hosted in an Alibaba Cloud data centre in mainland China, operated on behalf of the Provider by Shenzhen Kelan Cloud Services Co., Ltd., which the Customer approves by signing the Order Form.

## 3. Service Levels

3.1 The Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Support response times: Severity 1, within 30 minutes, 24 hours a day; Severity 2 (a major function unavailable), within 2 hours during business hours; other requests, within 1 business day.

3.3 If availability in a month falls below the committed level, the Customer receives a service credit of 5% of that month's share of the Subscription Fee for each 0.1 percentage point (or part) of shortfall, up to half of that month's share. If a Severity 1 response is late, the Customer receives a credit of CNY 500 per hour of delay. Credits are set off against the next invoice or refunded at the end of the term.

## 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this agreement and for no other purpose.

4.2 The Provider shall keep Customer Data in mainland China; encrypt it in transit and at rest; restrict access to named personnel with multi-factor authentication; keep access logs for at least 6 months; maintain ISO/IEC 27001 certification and an MLPS level 2 filing for the Service; and comply with the PRC Personal Information Protection Law.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all steps to contain it, and shall be responsible for the Customer's losses and regulatory costs caused by any breach of this clause 4.

4.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and SCORM-compatible formats and then delete it, and confirm the deletion in writing.

## 5. Intellectual Property

5.1 The Provider owns the Service, its software and its standard course library.

5.2 The 20 custom course templates and any other materials the Provider creates specifically for the Customer belong to the Customer, which may use, modify and license them freely, also after the Subscription Term.

## 6. Subcontracting

6.1 Apart from the hosting operator named in clause 2.2, the Provider shall not subcontract any part of the Service without the Customer's prior written consent, and remains responsible for its subcontractors.

## 7. Renewal

7.1 The Subscription Term renews for a further Subscription Year unless either party gives notice at least 60 days before its end. Any renewal is at the same Subscription Fee as the last Subscription Year; any change of fee requires a written amendment signed by both parties.

## 8. Termination

8.1 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.2 If the Customer terminates under clause 8.1, the Provider shall refund the prepaid Subscription Fees for the period after termination.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total liability arising out of or in connection with this agreement is limited to the Subscription Fees paid by the Customer in the six months immediately before the event giving rise to the claim.

## 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

## 11. General

11.1 This agreement is the entire agreement of the parties on its subject and supersedes any earlier proposals. Terms printed on purchase orders do not apply.

11.2 Notices shall be in writing and sent by courier or e-mail to the addresses in the Order Form.

11.3 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR WATER-QUALITY SENSORS
P:Contract No. LH-PUR-2025-088
P:Buyer: Qingdao Lanhai Aquaculture Co., Ltd., Jimo District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Exuma Instruments Ltd., Bay Street, Nassau, New Providence, The Bahamas (the "Supplier").
P:Background. The Buyer operates a recirculating aquaculture site with 48 culture tanks and two outdoor ponds. After a competitive enquiry the Buyer has selected the Supplier to supply, install and commission an online water-quality monitoring system. This Contract is on the Buyer's standard terms. Prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2, connect them to the Buyer's network and control room, and train the Buyer's operators.
P:1.2 The system shall measure dissolved oxygen, temperature, pH, salinity, ammonia and turbidity in every tank and pond, and send alarms to the control room and to operators' mobile phones.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,290,000, fixed and inclusive of taxes, duties, freight to site, insurance and all installation work:
TB:Item|Description|Qty|Amount (CNY)
TB:1|Multiparameter water-quality sondes|48|888,000
TB:2|Wireless gateways|12|117,600
TB:3|Weather stations|3|78,000
TB:4|Monitoring software, perpetual licence|1|96,000
TB:Hardware and Licence Subtotal|||1,179,600
TB:5|Installation, cabling and commissioning|1 lot|86,400
TB:6|Calibration and operator training|1 lot|24,000
TB:Contract Price|||1,290,000
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 129,000) within 15 days after signature, against an advance-payment guarantee from a bank in mainland China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 709,500) within 15 days after the Installation Certificate. The Installation Certificate confirms physical installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 451,500) within 15 days after the Final Acceptance Certificate.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DDP to the Buyer's site within 70 days after signature and complete installation within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: every sonde reads within the stated accuracy against laboratory samples on three separate days; alarms reach the control room within 10 seconds; no sonde shows a data gap longer than 10 minutes during a 30-day trial run; and the software exports data to the Buyer's farm-management system.
P:5.2 When all tests are passed the parties sign the Final Acceptance Certificate. Use of the system during the trial run, or payment, is not acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 Severity 1 faults (loss of monitoring or alarms in any tank): response within 2 hours and restoration within 24 hours. Other faults: response within 8 hours and repair within 3 days.
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600.
H:Section 7 Support after Warranty
P:7.1 After the warranty period the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal, namely CNY 82,572 per support year, fixed for three support years. Support includes annual recalibration, spare sondes on call and software updates, at the service levels of Section 6.
P:7.2 Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 Dashboards, alarm rules, interface programs and reports made for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The Supplier keeps the rights in its standard software and firmware and grants the Buyer a perpetual licence.
H:Section 9 Data Security
P:9.1 All monitoring data belongs to the Buyer and is stored on the Buyer's servers. The Supplier may access it only to perform this Contract.
P:9.2 Remote access requires the Buyer's approval for each session and runs through the Buyer's VPN. The Supplier shall notify the Buyer within 24 hours of any security incident and is liable for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep the other's non-public information confidential during the Contract and for three years afterwards.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract if the Supplier commits a material breach and does not remedy it within 20 days after written notice.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Qingdao Arbitration Commission.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement No. SIMS-XJF-2025-03

**Between** Somers Isles Managed Services Ltd., Front Street, Hamilton, Bermuda ("Provider"), and Xiamen Jinlu Footwear Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

**Background.** The Customer runs its ERP, design and e-commerce systems in its own data room in Xiamen. It wishes the Provider to manage backup of those systems and to provide a disaster-recovery environment. All charges are in Chinese yuan (CNY).

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer signs the Service Commencement certificate under clause 3.

1.3 "Customer Data" means all data of the Customer that the Provider backs up, stores, restores or accesses.

1.4 "P1 Incident" means a failed restore of a production system, a backup failure for more than one day, or a disaster-recovery invocation.

## 2. Term

2.1 The Services run for 36 months from Service Commencement. The agreement ends at the end of that term unless the parties sign a written extension.

## 3. Transition and Service Commencement

3.1 The Provider shall complete the transition described in Schedule 1 within 60 days after signature.

3.2 Service Commencement criteria: backup jobs for all systems in Schedule 1 complete successfully for 14 consecutive days; a full restore of the ERP system to the recovery environment is completed within the recovery time objective; runbooks are approved by the Customer; and monitoring reports are delivered.

3.3 If Service Commencement is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The Monthly Charge is invoiced monthly in arrears, and the Transition Fee is invoiced after Service Commencement. Invoices are payable within 30 days.

4.2 No advance payment is due.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 3. Service credits under Schedule 3 are deducted from the next invoice.

## 6. Customer Data

6.1 Customer Data belongs to the Customer.

6.2 The Provider shall keep Customer Data in mainland China, encrypt backups with keys held by the Customer, limit access to vetted staff, log every access, and comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data and is responsible for the Customer's losses caused by its breach of this clause.

6.4 The Provider may collect anonymised backup metadata and performance telemetry derived from the Customer's environment, such as data volumes, change rates, job durations and failure patterns, and use it to benchmark and improve its services for other clients and to develop its products, during the term and after it ends.

## 7. Intellectual Property

7.1 Runbooks, scripts and recovery plans prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and use it only for this agreement, during the term and for three years after it.

## 9. Liability

9.1 Each party's total liability is limited to 150% of the Total Contract Value in Schedule 2, except for breach of clauses 6 and 8, personal injury and wilful misconduct.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. Termination

11.1 The Customer may terminate this agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if service credits reach their monthly maximum in two consecutive months.

11.2 On expiry or termination the Provider shall give exit assistance for up to 60 days at the rates in Schedule 2.

## 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission.

## Schedule 1 — Services

| Service element | Description |
|---|---|
| Backup | Daily incremental and weekly full backup of ERP, design file servers, e-commerce database and mail |
| Recovery environment | Warm standby in the Provider's Fuzhou facility for ERP and e-commerce |
| Monitoring | 24 x 7 monitoring of backup jobs and replication |
| Restore tests | Quarterly restore test of each system, with a report |
| DR test | Annual disaster-recovery exercise with the Customer |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 64,000 |
| Monthly Charge | per month x 36 | 48,500 |
| Total Contract Value | | 1,810,000 |
| Exit assistance | per engineer day | 3,200 |

## Schedule 3 — Service Levels and Credits

| Measure | Level | Credit |
|---|---|---|
| Failed scheduled backup jobs | no more than 3 per month | 3% of Monthly Charge per additional failed job |
| Recovery portal availability | 99.95% per month | 2% of Monthly Charge per 0.1 point below |
| P1 Incident response | within 6 hours | CNY 800 per hour late |
| Recovery time objective (ERP) | 8 hours | 10% of Monthly Charge |
| Recovery point objective | 24 hours | 5% of Monthly Charge |

Monthly credits are capped at 25% of the Monthly Charge.

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. ADS-ZHX-2025-07

PARTIES

Atlantico Data Services, S.A., a company organised under the laws of the Republic of Cabo Verde, with its head office at Avenida Cidade de Lisboa, Praia, Santiago Island, Cabo Verde ("Atlantico").

Zhoushan Haixing Ocean Fishing Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Dinghai District, Zhoushan, Zhejiang Province ("Customer").

BACKGROUND

Atlantico operates the Atlantico Marine Data API, which supplies ocean weather forecasts, sea-surface temperature, chlorophyll and current data, and vessel-position data for the Atlantic and Indian Oceans. The Customer operates a fleet of distant-water fishing vessels and wishes to feed this data into its fleet-management and route-planning systems. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Atlantico Marine Data application programming interface and the data it returns.
1.2 "Customer Data" means the vessel lists, routes, queries, catch reports and other data the Customer submits through the API or the Integration.
1.3 "Integration" means the adapter that Atlantico builds to connect the API to the Customer's fleet-management system.
1.4 "Subscription Year" means each consecutive period starting on 1 December 2025 or on an anniversary of that date.
1.5 "Severity 1" means the API is unavailable or returns corrupt data for all of the Customer's calls.

2. SUBSCRIPTION

2.1 Atlantico grants the Customer a non-exclusive, non-transferable right to call the API and use the data returned for the internal operations of the Customer and its vessels during the Subscription Term.
2.2 The Subscription Term is two Subscription Years, from 1 December 2025 to 30 November 2027.
2.3 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 45 per 10,000 calls and are invoiced quarterly in arrears; they are not part of the fixed fees.
2.4 The subscription does not renew automatically. A renewal requires a new written order signed by both parties.

3. FEES AND PAYMENT

3.1 The fixed fees are:
(a) Subscription Fee: CNY 214,000 per Subscription Year, CNY 428,000 for the Subscription Term;
(b) Integration Fee (one-time): CNY 26,000.
The total fixed fees are CNY 454,000.
3.2 The Subscription Fee is invoiced quarterly in arrears (CNY 53,500 per quarter). The Integration Fee is invoiced after Integration Acceptance. Invoices are payable within 30 days by bank transfer.
3.3 No advance payment is due under this Agreement.

4. INTEGRATION AND ACCEPTANCE

4.1 Atlantico shall deliver the Integration by 15 November 2025.
4.2 Integration Acceptance criteria: the Integration loads forecasts and vessel positions for all 36 vessels of the Customer every 15 minutes for 10 consecutive days; data reconciles with the API portal; the fleet-management system displays current and forecast layers correctly; and Atlantico delivers the interface documentation. The Customer shall sign an Integration Acceptance certificate within 5 business days after the criteria are met. Use of the data before that is not acceptance.
4.3 If Integration Acceptance is delayed for reasons attributable to Atlantico, Atlantico shall pay CNY 300 for each day of delay, and the Subscription Term shall be extended by the same period without charge.

5. SERVICE LEVELS

5.1 Atlantico shall keep the API available 99.95% of the time in each calendar month, excluding maintenance announced 3 days in advance.
5.2 Support response times: Severity 1, within 1 hour, at any time; Severity 2 (a data layer missing or delayed), within 3 hours; other requests, within 2 business days.
5.3 If monthly availability falls below the committed level, the Customer receives a credit of 5% of that month's share of the Subscription Fee for each 0.1 percentage point of shortfall. A late Severity 1 response earns a credit of CNY 400 per hour. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Atlantico may use it only to provide the API and the Integration to the Customer and for no other purpose, and shall not disclose the positions or routes of the Customer's vessels to anyone.
6.2 Atlantico shall protect Customer Data with encryption in transit and at rest, access limited to named personnel with multi-factor authentication, and access logs; it shall comply with the PRC Personal Information Protection Law and Data Security Law where they apply to the data.
6.3 Atlantico shall notify the Customer within 24 hours of any security incident affecting Customer Data and shall be responsible for the Customer's losses caused by its breach of this clause 6.
6.4 Within 30 days after the end of the Subscription Term Atlantico shall return and then delete all Customer Data.

7. INTELLECTUAL PROPERTY

7.1 Atlantico owns the API and its data. The Customer may keep and use data received during the Subscription Term for its internal records.
7.2 The Integration and its source code belong to the Customer, which may use, modify and license it freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement, during the Subscription Term and for three years after it.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fixed fees, except for breach of clauses 6 and 8, personal injury and wilful misconduct.

10. SUBCONTRACTING

10.1 Atlantico shall not subcontract the Integration or the operation of the API without the Customer's prior written consent, and remains responsible for its subcontractors.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
11.2 On termination by the Customer under clause 11.1, Atlantico shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Republic of Cabo Verde.
12.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration in Praia, Cabo Verde, before three arbitrators, in the English language.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject.
13.2 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses above.

SIGNATURES

For Atlantico Data Services, S.A.: ____________________ Date: __________

For Zhoushan Haixing Ocean Fishing Co., Ltd.: ____________________ Date: __________
"""
POOL_EN = [
("Project Governance", "Each party shall appoint a project manager within 7 days after signature. The project managers shall meet every week during implementation and every month afterwards, review progress, open issues, risks and service reports, and record the decisions in minutes signed by both of them. Any change of project manager by {S} requires {C}'s prior agreement, and the replacement shall have comparable experience."),
("Change Control", "Either party may request a change to the scope, the schedule or the deliverables. {S} shall answer each request within 10 business days with its effect on price, schedule and service levels. No change is binding unless it is set out in a written change order signed by both parties, and work done without a signed change order is at {S}'s own cost."),
("Personnel and Site Rules", "{S} shall use qualified and experienced personnel, shall ensure that they follow {C}'s site, safety, security and working-hour rules when on {C}'s premises, and shall replace any person whom {C} reasonably objects to within 10 business days. {S} is responsible for the salaries, insurance and taxes of its personnel."),
("Insurance", "{S} shall keep in force, during the term and until all its obligations under this Agreement end, public liability insurance and professional indemnity insurance with reputable insurers, in amounts not less than the total price under this Agreement, and shall show certificates of insurance to {C} on request."),
("Compliance and Anti-Bribery", "Each party shall comply with all laws that apply to its performance, including anti-bribery, export-control and sanctions laws. {S} shall not offer or give any payment, gift or benefit to {C}'s employees in connection with this Agreement. {C} may terminate this Agreement by written notice if {S} breaches this clause."),
("Force Majeure", "Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party within 3 days, provides evidence and takes reasonable steps to reduce the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice."),
("Audit and Records", "{S} shall keep complete and accurate records of the services, the time spent, service levels achieved and credits due. {C} or an auditor appointed by it may inspect those records once per calendar year on 10 business days' notice, and {S} shall correct any error found, including any amount overcharged."),
("Assignment", "Neither party may assign or transfer this Agreement or any right under it without the other party's prior written consent, except that {C} may assign it to an affiliate that takes over the relevant business, by written notice to {S}."),
("Notices", "Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail with confirmation to the addresses and contact persons named by each party. A notice takes effect when received. Each party shall inform the other promptly of any change of address."),
("Publicity", "{S} shall not use {C}'s name, trademarks or logo in any advertising, reference list or press release, and shall not publish any information about this Agreement, without {C}'s prior written approval."),
("Severability and Waiver", "If any provision of this Agreement is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. A failure or delay in exercising a right is not a waiver of it."),
("Documentation and Training", "{S} shall deliver complete user, administrator and operating documentation in Chinese and English, keep it up to date for every new release, and provide hands-on training so that {C}'s staff can operate the system and perform routine administration without assistance."),
]

def pad_en(n_words_needed, S, C, start_no, head_fmt, skip=()):
    out, words, no = [], 0, start_no
    for title, body in POOL_EN:
        if words >= n_words_needed: break
        if title in skip: continue
        text = body.format(S=S, C=C)
        out.append(head_fmt(no, title, text))
        words += len(text.split()) + len(title.split()) + 1
        no += 1
    return "\n".join(out) + "\n"

POOL_ZH = [
("项目管理", "双方应在合同生效后七日内各自指定项目负责人。实施期间项目负责人每周召开一次例会，通报进度、问题和风险，并形成双方签字确认的会议纪要；{S}更换项目负责人的，应事先征得{C}同意，接替人员的资历不得低于原人员。"),
("需求变更", "任何一方提出需求或范围变更的，应以书面形式提出。{S}应在十个工作日内书面说明变更对价格、工期和服务质量的影响，经双方签署变更确认单后方可实施；未经签署确认单擅自实施的，费用由{S}自行承担。"),
("人员管理", "{S}应委派具备相应资质和经验的人员履行本合同，进入{C}场所的人员应遵守{C}的安全、保卫和作息制度。{C}有合理理由要求更换人员的，{S}应在十个工作日内更换。{S}人员的工资、社会保险和税费由{S}承担。"),
("廉洁条款", "双方应遵守国家有关反商业贿赂的法律法规。{S}不得向{C}工作人员提供任何形式的回扣、礼金、礼品或其他不正当利益；{S}违反本条的，{C}有权解除合同并追究其责任。"),
("不可抗力", "因地震、台风、疫情、战争或政府行为等不能预见、不能避免且不能克服的事件致使合同不能按期履行的，受影响一方应在三日内通知对方并提供证明，相应履行期限顺延；不可抗力持续超过六十日的，双方可协商解除受影响部分。"),
("文档与培训", "{S}应提交完整的中文用户手册、管理员手册和运维手册，并在每次版本更新后同步更新；{S}应对{C}人员进行上机培训，使其能够独立完成日常操作和基础管理。"),
("通知", "本合同项下的通知应以书面形式送达双方在本合同首页载明的地址或联系人，以专人送达、快递或电子邮件方式发出，送达即生效。一方地址或联系人变更的，应及时书面通知对方。"),
("转让", "未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。"),
("宣传", "未经{C}书面同意，{S}不得在宣传材料、案例介绍或新闻稿中使用{C}的名称、标识或本项目信息。"),
("发票与税费", "{S}应在每次收款前向{C}开具合法有效的增值税发票，发票信息有误或不合规的，{C}有权拒绝付款且不承担逾期付款责任。因履行本合同发生的税费，由双方依照法律规定各自承担。"),
("知识转移", "合同履行期间，{S}应向{C}指定人员移交系统配置说明、账号权限清单、接口参数和常见问题处理手册，并安排至少两次集中讲解，确保{C}在合同终止后能够自行或交由其他服务商继续维护系统。"),
("档案资料", "{S}应在项目各阶段结束后十日内向{C}提交完整的过程文档，包括需求确认书、测试记录、会议纪要和变更确认单，纸质版与电子版各一份，由{C}归档保存。"),
("合同变更", "本合同的任何修改或补充，应经双方协商一致并以书面形式签署后生效。本合同某一条款无效的，不影响其他条款的效力。"),
]

def pad_zh(n_chars_needed, S, C, head_fmt, skip=()):
    import re
    out, n, i = [], 0, 0
    for title, body in POOL_ZH:
        if n >= n_chars_needed: break
        if title in skip: continue
        text = body.format(S=S, C=C)
        blk = head_fmt(i, title, text)
        out.append(blk)
        n += len(re.sub(r"\s", "", blk))
        i += 1
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- assembly
import json, re, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent
CN_NUM = "零一二三四五六七八九十"
def cn(n):
    return CN_NUM[n] if n <= 10 else ("十" + CN_NUM[n - 10] if n < 20 else CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else ""))

def zh_len(t):
    return len(re.sub(r"\s", "", t))

def src_plain(src):  # markup without its tags, as a rough length estimate
    return re.sub(r"^[A-Z]+:", "", src, flags=re.M).replace("|", " ")

def insert_before(src, marker, block):
    i = src.index(marker)
    return src[:i] + block + src[i:]

ZT, ET = 2870, 1530
def zneed(src): return ZT - zh_len(src_plain(src))
def eneed(src): return ET - len(src_plain(src).split())

Z01 = insert_before(Z01, "P:甲方（盖章）", pad_zh(zneed(Z01), "乙方", "甲方",
      lambda i, t, x: "H:第%s条 %s\nP:%d.1 %s\n" % (cn(16 + i), t, 16 + i, x)))
Z02 = insert_before(Z02, "P:甲方：东莞", pad_zh(zneed(Z02), "乙方", "甲方",
      lambda i, t, x: "H:%s、%s\nP:%s\n" % (cn(16 + i), t, x)))
Z03 = insert_before(Z03, "甲方（盖章）", pad_zh(zneed(Z03), "乙方", "甲方",
      lambda i, t, x: "%d. %s\n%d.1 %s\n\n" % (14 + i, t, 14 + i, x)))
Z04 = insert_before(Z04, "甲方：江北", pad_zh(zneed(Z04), "乙方", "甲方",
      lambda i, t, x: "（%d）%s\n%s\n\n" % (15 + i, t, x), skip=("廉洁条款",)))
Z05 = insert_before(Z05, "甲方（盖章）", pad_zh(zneed(Z05), "乙方", "甲方",
      lambda i, t, x: "## 第%s条 %s\n\n%s\n\n" % (cn(14 + i), t, x)))
E01 = insert_before(E01, "P:For the Customer", pad_en(eneed(E01), "the Vendor", "the Customer", 17,
      lambda n, t, x: "H:Article %d %s\nP:%d.1 %s\n" % (n, t, n, x[0].upper() + x[1:])))
E02 = E02 + "\n" + pad_en(eneed(E02), "the Provider", "the Customer", 12,
      lambda n, t, x: "## %d. %s\n\n%d.1 %s\n" % (n, t, n, x[0].upper() + x[1:]))
E03 = insert_before(E03, "P:For the Buyer", pad_en(eneed(E03), "the Supplier", "the Buyer", 15,
      lambda n, t, x: "H:Section %d %s\nP:%d.1 %s\n" % (n, t, n, x[0].upper() + x[1:])))
E04 = insert_before(E04, "## Schedule 1", pad_en(eneed(E04), "the Provider", "the Customer", 13,
      lambda n, t, x: "## %d. %s\n\n%d.1 %s\n\n" % (n, t, n, x[0].upper() + x[1:])))
E05 = insert_before(E05, "SIGNATURES", pad_en(eneed(E05), "Atlantico", "the Customer", 14,
      lambda n, t, x: "%d. %s\n\n%d.1 %s\n\n" % (n, t.upper(), n, x[0].upper() + x[1:])))

FILES = {
 "z01": ("h414z01_commerce_bureau_ecommerce_platform.pdf", Z01),
 "z02": ("h414z02_carton_plant_corrugator_control_retrofit.docx", Z02),
 "z03": ("h414z03_salon_chain_booking_membership_saas.txt", Z03),
 "z04": ("h414z04_hospital_health_check_system_annual_om.txt", Z04),
 "z05": ("h414z05_salted_egg_plant_wms_supplier_template.md", Z05),
 "e01": ("h414e01_barbados_tms_perpetual_licence.pdf", E01),
 "e02": ("h414e02_trinidad_lms_saas_order_form.md", E02),
 "e03": ("h414e03_bahamas_aquaculture_water_sensors.docx", E03),
 "e04": ("h414e04_bermuda_managed_backup_dr_service.md", E04),
 "e05": ("h414e05_cabo_verde_marine_data_api_subscription.txt", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T = True; F = False; N = None
#        avail  p1    rem ip        ds owns conf ld                    cap       prep acc fin  war  pwf  auto term sub law          kind
LAB = {
 "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 8, F, T, F, "PRC", G], "software",
         dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=2086000)),
 "z02": ([N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 9, F, T, T, "PRC", G], "hardware",
         dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1440000)),
 "z03": ([99.5, 0.5, T, "buyer", F, T, T, 300 / 402400 * 100, N, N, T, N, N, N, T, T, F, "PRC", S], "cloud",
         dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=402400)),
 "z04": ([N, 0.25, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S], "services",
         dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=368000)),
 "z05": ([N, N, F, "supplier", T, F, T, N, 20, 50, F, F, 6, N, F, T, N, N, G], "software",
         dict(sla_clause=F, ld_stated=F, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T, contract_value=552000)),
 "e01": ([N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 18, 32, F, T, F, "PRC", G], "software",
         dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1500000)),
 "e02": ([99.95, 0.5, T, "buyer", T, T, F, 450 / 590000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S], "cloud",
         dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=590000)),
 "e03": ([N, 2, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 7, F, T, F, "PRC", G], "hardware",
         dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1290000)),
 "e04": ([99.95, 6, T, "buyer", T, F, T, 1200 / 1810000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S], "services",
         dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1810000)),
 "e05": ([99.95, 1, T, "buyer", T, T, T, 300 / 454000 * 100, 150, N, T, N, N, N, F, T, F, "Cabo Verde", S], "cloud",
         dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=454000)),
}
# TCO inputs for goods / licence drafts: (fee base = itemised licence / hardware subtotal, warranty months, fee % per year)
TCO = {"z01": (860000, 24, 8), "z02": (1182000, 18, 9), "e01": (1200000, 18, 32), "e03": (1179600, 24, 7)}
DESIGN = {
 "z01": [], "e03": [], "e05": ["CR-GOVERNING-LAW"],
 "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
 "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
 "e01": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
 "e02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
 "e04": ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}


def tco_share(key):
    base, w, pct = TCO[key]
    value = LAB[key][2]["contract_value"]
    fees = pct / 100 * base * max(0, 60 - w) / 12
    return fees / (value + fees) * 100


def derive(key):
    """My own reading of policy.md §3, applied to my labels."""
    t = dict(zip(KEYS, LAB[key][0])); x = LAB[key][2]; goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]: r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12: r.add("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key) > 40: r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"): r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")


# ---------------------------------------------------------------- threshold scan
PATS = [
 r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十\d])", r"(?<![\d.])100\s*%", r"百分之百",
 r"(?<![\d.])30\s*%", r"百分之三十", r"三成", r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])40\s*%", r"百分之四十", r"四成",
 r"(?<![\d.])(100|30|15|40)\s*per\s*cent", r"(one hundred|thirty|fifteen|forty)\s*(per\s*cent|percent)",
 r"(?<![\d.])4\s*(小时|个小时|hours?|hrs?\b|h\b)", r"(?<!十)四\s*个?小时", r"four\s*hours?", r"(?<!\d)240\s*(分钟|minutes)",
 r"(?<!\d)12\s*个?\s*月", r"十二个月", r"twelve\s*[- ]?months?", r"(?<!\d)12\s*[- ]?months?", r"(?<![第每同十唯])一年",
 r"\bone\s*[- ]?year", r"(?<![\d.])5\s*年", r"(?<![十第])五年", r"five\s*[- ]?years?", r"(?<!\d)5\s*[- ]?years?",
 r"(?<!\d)60\s*个?\s*月", r"六十个月", r"(?<!\d)60\s*[- ]?months?", r"sixty\s*months",
]
RX = [re.compile(p, re.I) for p in PATS]
def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m: out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out

def selftest():
    must_hit = ["99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "15 %",
                "40%", "四成", "4小时", "四小时", "4 hours", "four hours", "240分钟", "12个月", "十二个月", "twelve months",
                "12 months", "一年", "one year", "5年", "五年", "five years", "60 months", "60个月", "within 4 h"]
    must_miss = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours",
                 "二十四小时", "第一年度", "0.5小时", "Subscription Year", "36 months", "1.5%", "each year",
                 "2,400", "45%", "99.5%", "每一年度"]
    for s in must_hit: assert hits(s), s
    for s in must_miss: assert not hits(s), (s, hits(s))

# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    srcs, tgts = {}, {}
    for k, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            srcs[k] = src; tgts[k] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8"); print("wrote", name)
    write(srcs, tgts, OUT, wrap_words=True)
    covered, bad = set(), []
    for k, (name, src) in FILES.items():
        text = read_back(OUT / name)
        for variant in (text, src, src_plain(src)):
            h = hits(variant)
            if h: bad.append((name, h[:3]))
        if k.startswith("z"):
            n, n_all = zh_len(text), len(text)
            ok = 2750 <= n <= 3000
            print("%-55s zh chars %d (non-space) / %d (all) %s" % (name, n, n_all, "" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split()); ok = 1450 <= n <= 1650
            print("%-55s en words %d %s" % (name, n, "" if ok else "OUT OF RANGE"))
        if not ok: bad.append((name, "length"))
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        terms, cat, extra = LAB[k]
        d = {"file": name, "language": "zh" if k.startswith("z") else "en", "category": cat,
             "expected_terms": dict(zip(KEYS, terms)), "expected_extra": extra, "expected_rules": rules}
        # no label on a threshold
        t = d["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if k in TCO:
            sh = tco_share(k); assert abs(sh - 40) > 2, (k, sh); print("   TCO service share %.2f %%" % sh)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(json.dumps(d, indent=1, ensure_ascii=False), encoding="utf-8")
        print("   rules:", ", ".join(rules) or "(none)", "| risk", risk(rules))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for b in bad: print("PROBLEM", b)
    assert not bad
    print("all checks passed")
