"""holdout476: builds ten ordinary draft contracts (z01-z05 Chinese, e01-e05 English), their labels and checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Uses ../word_pdf.py for .docx/.pdf only.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条)
H476Z01 = """T:海阳市医疗保障局异地就医直接结算平台建设项目政府采购合同
P:合同编号：HYYB-ZC-2025-0316　采购方式：公开招标　项目编号：HY2025-GK-041
P:甲方（采购人）：海阳市医疗保障局　地址：海阳市民生路88号
P:乙方（供应商）：江南医信科技股份有限公司　地址：杭州市滨江区江虹路1750号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就异地就医直接结算平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供异地就医直接结算平台软件（V5.2）永久使用许可，并按甲方需求完成定制开发、部署实施、数据对接和培训，使平台与国家医保信息平台、省级医保平台以及全市214家定点医药机构的结算系统实现对接。
P:1.2 定制开发内容包括：跨省备案线上办理、门诊慢特病异地结算、结算清分对账、基金监管预警规则、统计报表及局领导驾驶舱，具体以附件一《需求规格说明书》为准。
P:1.3 乙方应派驻不少于6人的项目组，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾贰万元整（¥2,220,000.00），为固定总价，包含软件许可、开发、实施、培训、税费及质保期内的全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（不限用户数）|1,180,000
TB:2|定制开发（接口改造、功能开发）|860,000
TB:3|部署实施与数据对接|146,000
TB:4|培训（系统管理员及经办人员）|34,000
TB:合计||2,220,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥444,000。
P:3.2 平台通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥999,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥777,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商付款时间。
P:3.5 乙方提交的预付款保函在平台通过初步验收后解除。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成部署并提交初步验收申请，在150日内具备最终验收条件。
P:4.2 平台部署于甲方医保专网内的政务云资源，乙方不得在甲方网络之外保存任何业务数据。
P:4.3 乙方应按周向甲方提交项目周报，重大事项及时书面报告；项目实施期间乙方人员应遵守甲方机关管理制度。
P:4.4 乙方应提交项目实施方案、测试报告、用户手册、运维手册和源代码等文档，文档的完整性作为验收内容之一。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与国家医保信息平台联调测试通过；结算接口在500并发下平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 试运行期为60日。试运行期间连续30日无一级故障、结算数据与国家平台清算数据核对一致的，甲方组织最终验收，并可邀请专家参加。
P:5.3 部署完成、上线试运行或甲方付款，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.4 最终验收合格以甲方出具的最终验收报告为准。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和因医保政策调整引起的适配修改。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，三个服务年度内不上调。
P:6.3 质保期内乙方每季度进行一次巡检，并提交巡检报告。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（不含经甲方同意的计划停机）。
P:7.2 故障分为三级。一级故障（结算中断或数据错误影响参保人结算）：30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：3个工作日内解决。
P:7.3 一级故障响应或恢复每超时1小时，扣减¥1,000；月度可用率每低于约定值0.1个百分点，扣减¥2,000，从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的参保人员信息、备案信息、结算数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定，落实访问控制、操作审计和数据加密，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工作秘密、网络结构、账号口令等信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后保密义务继续有效三年。
H:第十条 知识产权
P:10.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发形成的源代码、接口程序、数据库设计及文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应无偿修改或更换，并赔偿甲方因此受到的损失。
P:11.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或严重违约经甲方书面催告后15日内仍未改正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 培训
P:16.1 乙方应为甲方系统管理员及经办人员提供集中培训不少于3期，并提供在线操作指南，培训效果以考核合格为准。
H:第十七条 其他
P:17.1 本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。招标文件、投标文件及附件一为本合同的组成部分。
P:甲方（盖章）：海阳市医疗保障局　　乙方（盖章）：江南医信科技股份有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:日期：2025年8月__日　　日期：2025年8月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H476Z02 = """T:瓦楞纸板生产线控制系统改造及维保合同
P:合同编号：HXZP-GZ-2025-027
P:甲方（买方）：佛冈县恒信纸品包装有限公司　地址：清远市佛冈县汤塘镇工业园B区6号
P:乙方（卖方）：广州科瑞自动化工程有限公司　地址：广州市黄埔区科丰路31号
P:甲方现有2.5米幅宽五层瓦楞纸板生产线一条，原控制系统老化，故障频繁。为提高车速、缩短换单时间并实现订单自动下发，甲方委托乙方对该生产线的电气控制系统进行改造，并由乙方提供后续维保服务。双方经平等协商，订立本合同。
H:一、改造范围
P:（一）更换干部、湿部电气控制系统，包括PLC控制器、变频器、横切及纵切伺服驱动、操作站和张力、温度检测装置。
P:（二）部署生产管理系统，实现订单从甲方ERP自动下发至生产线、自动排产和生产数据回传。
P:（三）乙方应保留原有蒸汽加热系统和制胶系统的接口，改造不得影响其正常使用。
P:（四）完成PLC程序编制、与ERP的接口开发、安装调试及操作人员培训。
H:二、合同价格
P:（一）本合同总价为人民币壹佰零叁万贰仟元整（¥1,032,000），含设备、软件许可、运输、安装、调试、培训、税费及质保期内服务。明细如下：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制系统（CPU、I/O模块、控制柜）|1套|268,000
TB:2|交流变频器|16台×12,500|200,000
TB:3|横切、纵切伺服驱动及电机|6套×21,000|126,000
TB:4|触摸屏操作站|5台×7,600|38,000
TB:5|生产管理系统软件许可（永久）|1套|152,000
TB:6|张力及温度传感器|40只×1,450|58,000
TB:7|工业交换机及网络附件|1批|32,000
TB:|软硬件小计||874,000
TB:8|PLC编程、接口开发及调试|1项|96,000
TB:9|安装及电缆敷设|1项|54,000
TB:10|操作及维护培训|1项|8,000
TB:|合计||1,032,000
P:（二）上述价格为固定价格，除甲方书面变更改造范围外，不作调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥206,400。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥361,200。到货签收仅确认数量和外观，不代表质量验收。
P:（三）改造通过最终验收后，甲方支付合同总价的45%，即¥464,400。
H:四、工期
P:（一）乙方应在合同签订后45日内完成设备到货，利用甲方安排的停产检修期完成安装，停机改造时间不超过10日。
P:（二）乙方应在进场前提交施工组织方案和停机改造计划，经甲方确认后实施。
P:（三）停机改造期间，乙方应每日向甲方生产部报告进度，因乙方原因延长停机的，按本合同第十条承担责任。
P:（四）乙方负责设备运输、装卸及现场保管至验收，运输途中的损毁风险由乙方承担。设备应为原厂全新正品，随附合格证、说明书和出厂检验报告。
H:五、验收
P:（一）改造完成后，生产线连续满负荷运行72小时，同时满足以下条件的，视为验收合格：最高车速不低于250米/分钟；换单时间不超过45秒；纸板厚度偏差不超过0.2毫米；ERP订单自动下发成功率达到99%以上；无安全联锁失效。
P:（二）验收由甲方生产、设备、质量部门共同进行，签署验收报告。验收不合格的，乙方应在7日内整改并重新验收。
P:（三）设备到货、安装完成或生产线恢复生产，均不视为验收合格。
P:（四）验收时乙方应提交竣工图纸、程序备份、设备清单及说明书等技术资料。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内非甲方原因造成的设备损坏，乙方免费维修或更换。
P:（二）乙方应在甲方现场存放常用备件，备件清单作为本合同附件。备件在质保期内消耗的，由乙方在5日内免费补足；质保期满后，乙方应按不高于本合同单价的价格供应备件。
H:七、维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，年度维保费为软硬件小计的6%，即每年¥52,440，在三个服务年度内固定不变，以后各年由双方协商确定。
P:（二）故障响应：一级故障（生产线停机）30分钟内远程响应，3小时内到达现场，8小时内恢复生产；二级故障（局部功能失效）2小时内响应，24小时内解决；三级故障在下次计划检修时处理。
P:（三）一级故障到场或恢复每超时1小时，乙方支付¥500；二级故障每超时1日，乙方支付¥300。上述款项可从应付款中直接扣除。
P:（四）乙方每季度对控制系统进行一次预防性巡检，检查变频器、伺服和传感器状态并提交巡检报告，巡检费用包含在维保费中。
H:八、数据与网络安全
P:（一）生产管理系统中的订单、排产、生产及设备运行数据均属于甲方，乙方仅可为调试和维护目的访问，不得复制或用于其他用途。
P:（二）乙方远程维护须事先取得甲方设备部同意，经甲方提供的VPN接入，每次操作留存记录；乙方应对工程师电脑进行病毒查杀，不得将未经检测的移动存储介质接入控制网络。
P:（三）因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在24小时内通知甲方、配合处置，并赔偿甲方由此遭受的全部损失。
H:九、知识产权
P:（一）乙方为本项目编制的PLC程序、画面组态、ERP接口程序及其源文件归甲方所有，乙方应在验收时全部交付，甲方可自行修改使用。
P:（二）生产管理系统软件的著作权归乙方，甲方获得永久使用许可。
P:（三）乙方保证所提供的设备和软件不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理并承担费用。
H:十、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。
H:十一、分包
P:（一）乙方可将电缆敷设、控制柜安装等现场施工分包给具有相应资质的单位，但应提前书面通知甲方，并对分包单位的工作质量和安全负责。
H:十二、合同的履行与解除
P:（一）本合同生效后，除不可抗力致使合同目的无法实现外，双方均不得解除本合同。
P:（二）一方违约的，另一方可要求其继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:十三、安全生产与培训
P:（一）乙方人员进入甲方现场应遵守甲方安全管理制度，停电、挂牌上锁、动火等作业须经甲方批准，乙方对其人员的人身安全负责。
P:（二）乙方应在验收前为甲方操作工、电工和设备管理人员进行分批培训，内容包括操作规程、常见报警处理、备件更换和程序备份恢复，培训后由甲方组织考核。
H:十四、变更
P:（一）甲方需要增加或减少改造内容的，应书面通知乙方，双方按本合同单价协商确定价格和工期的调整；未经甲方书面确认的变更，甲方不承担费用。
H:十五、争议解决
P:（一）因本合同引起的争议，双方协商解决；协商不成的，提交清远仲裁委员会仲裁。
H:十六、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛冈县恒信纸品包装有限公司　乙方（盖章）：广州科瑞自动化工程有限公司
P:代表签字：__________　代表签字：__________　日期：2025年9月__日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H476Z03 = """共享按摩椅运营管理SaaS服务及实施合同

合同编号：SL-SaaS-2025-0819

甲方（客户）：成都舒乐共享健康科技有限公司
地址：成都市武侯区天府大道北段1700号环球中心W3区
乙方（服务商）：杭州云座物联网科技有限公司
地址：杭州市余杭区文一西路998号海创园5号楼

鉴于甲方在成都、重庆两地的商场、影院、高铁站等场所运营共享按摩椅90个点位（共计412台），需要一套运营管理系统用于设备联网、扫码支付、订单结算、分润对账和运维派单；乙方拥有“云座运营管理平台”的全部权利并以SaaS方式提供服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方开通云座运营管理平台的SaaS服务，功能包括：设备联网与远程控制、微信及支付宝扫码支付、订单与退款管理、场地方分润对账、故障告警及运维工单、经营报表。
1.2 实施服务：乙方负责412台按摩椅物联网模块的接入调试、甲方商户号支付对接、甲方品牌小程序页面定制、历史订单数据导入及甲方运营人员培训。
1.3 乙方为甲方开通不超过30个管理员账号和不限数量的运维人员账号，平台的版本升级、短信通知及数据备份包含在服务费中。
1.4 服务期为两个服务年度，自上线验收合格之日起计算，预计为2025年10月1日至2027年9月30日。

2. 费用
2.1 本合同费用如下：
  (1) SaaS服务费：90个点位 × ¥1,480/点位/服务年度 = ¥133,200/服务年度，两个服务年度合计¥266,400；
  (2) 实施费（一次性）：¥58,000；
  合同总价：¥324,400（含税）。
2.2 服务期内新增点位的，按每点位每服务年度¥1,480按实际天数计费；减少点位的，不退还已付费用。

3. 付款
3.1 实施费在上线验收合格后15日内一次性支付。
3.2 SaaS服务费按季度支付，每季度服务费为¥33,300，甲方应在每个服务季度开始后10日内支付当季费用。
3.3 乙方应在收款前开具增值税专用发票。
3.4 支付渠道手续费由甲方按支付机构的收费标准自行承担，不包含在本合同费用中。

4. 上线与验收
4.1 乙方应在合同签订后45日内完成全部点位接入并提交上线验收申请。
4.2 验收标准：90个点位412台设备全部在线；连续7日无因平台原因导致的扫码支付失败订单；订单、退款与支付渠道对账差异为零；分润报表与甲方抽查结果一致；定制小程序页面符合甲方确认的设计稿。
4.3 甲方应在收到申请后5个工作日内组织验收并出具验收单。试运行期间的使用不视为验收合格。
4.4 乙方应在上线前完成甲方各城市运营人员的线上培训，并提供操作手册和常见问题处理指引。

5. 服务水平
5.1 平台月度可用率不低于99.95%，计划维护应提前3日通知甲方并安排在凌晨2:00至6:00进行。
5.2 一级故障（平台整体无法下单或支付）：乙方30分钟内响应，2小时内恢复；二级故障（部分点位离线、报表错误）：2小时内响应，24小时内解决；三级故障：5个工作日内解决。
5.3 乙方应每月向甲方提交服务报告，列明可用率、故障及处理情况。
5.4 乙方未达到本条服务指标的，应分析原因并提交整改报告；乙方不因此承担扣减服务费或赔偿责任。

5.5 甲方的义务：甲方负责按摩椅物联网模块的流量卡费用和场地网络，提供商户号、场地分润规则等资料，并指定一名运营负责人与乙方对接。因甲方设备硬件损坏或流量欠费导致的离线，不计入乙方故障。

6. 数据安全与数据归属
6.1 甲方用户的手机号、订单、支付流水、设备运行数据及经营报表均属于甲方所有，乙方仅为向甲方提供本合同服务使用，不得用于其他目的，不得向第三方提供。
6.2 乙方应按网络安全等级保护第二级要求运行平台，对个人信息加密存储、实行最小权限访问和操作日志留存，日志保存不少于6个月。
6.3 发生数据泄露、毁损或丢失的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方负责赔偿甲方及用户的损失。
6.4 本合同终止后30日内，乙方应将甲方数据以通用格式交还甲方，并在甲方确认后删除。
6.5 乙方应每服务年度委托第三方进行一次渗透测试，并将测试结论提供给甲方。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

8. 知识产权
8.1 云座运营管理平台的知识产权归乙方所有。
8.2 乙方向甲方提供平台开放接口文档，甲方可将数据接入自有的财务和会员系统，乙方不另行收费。
8.3 乙方为甲方定制的小程序页面、品牌素材及专属报表模板的知识产权归甲方所有，甲方可自行或委托他人修改和使用。

9. 违约责任
9.1 乙方未按第4.1款期限上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期付款超过30日的，乙方可书面催告后暂停服务，但应提前5日通知甲方。
9.3 乙方在本合同项下的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的SaaS服务费为限，但因乙方故意或重大过失造成的损失除外。
9.4 甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之三支付违约金。

10. 续期
10.1 服务期届满前30日内双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。
10.2 续期时乙方可根据市场情况调整服务单价，上调幅度不超过上一服务年度单价的10%，乙方应在续期前以书面方式告知甲方调整后的价格。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。

12. 合同解除
12.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
12.2 因乙方原因平台连续中断超过48小时的，甲方有权解除本合同，乙方应退还未履行期间的服务费。
12.3 本合同终止的，乙方应配合甲方将点位设备迁移至甲方指定的其他平台，配合期不少于30日。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

14. 不可抗力
14.1 因地震、火灾、疫情防控措施、电信运营商大面积故障等不可抗力导致无法履行的，受影响方应在3日内通知对方，并在影响消除后及时恢复履行，相应免除责任。

15. 通知
15.1 本合同项下的通知以书面形式送达第一页所列地址，或发送至双方指定的电子邮箱。甲方联系人：运营部周经理；乙方联系人：客户成功部林经理。一方变更联系方式的，应提前3日通知对方。

16. 其他
16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都舒乐共享健康科技有限公司
授权代表：__________　日期：2025年8月__日
乙方（盖章）：杭州云座物联网科技有限公司
授权代表：__________　日期：2025年8月__日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 with （1）)
H476Z04 = """户政管理系统运行维护服务合同

项目名称：东临市公安局户政管理系统运行维护服务项目
采购方式：竞争性磋商　　项目编号：DLCG-2025-CS-0172
合同编号：DLGA-HZYW-2025-09

甲方（采购人）：东临市公安局
地址：东临市中山北路56号
乙方（供应商）：华安数智信息技术有限公司
地址：南京市雨花台区软件大道118号

根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就东临市公安局户政管理系统运行维护服务事宜订立本合同。

第一条 服务范围
（1）运维对象为甲方户政管理系统，包括人口信息管理、户籍业务办理、居民身份证受理、电子证照和“跨省通办”接口等子系统，部署于公安信息网内的服务器、数据库和中间件，以及全市131个派出所户籍窗口的业务终端软件。
（2）服务内容包括：日常巡检和监控、故障处理、数据库维护与备份、系统性能优化、安全补丁更新、业务报表维护、业务高峰期及重大活动保障、用户咨询和培训。
（3）乙方应派驻驻场工程师3名，其中至少1名具备数据库高级认证，驻场时间为工作日8:30至17:30，节假日安排值班并保持电话畅通。
（4）乙方负责协助甲方完成户政管理系统等级保护测评整改和密码应用安全性评估中涉及运维的工作。

第二条 服务期限
（1）服务期自2025年10月1日起至2026年9月30日止。
（2）乙方应在服务期开始前5个工作日内与原运维服务商完成交接，接收系统文档、账号清单、备份策略和遗留问题清单，交接记录经甲方确认后存档。
（3）服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，应依法另行组织采购。

第三条 合同价款与支付
（1）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包含人员、工具、备品备件、差旅及税费。
（2）本合同不设预付款。合同价款按季度支付，每季度¥121,500，在季度服务考核合格后15个工作日内支付；考核中的扣款从当季款项中扣除。
（3）乙方应在每次付款前开具合法有效的发票。

第四条 服务水平
（1）户政管理系统月度可用率不低于99.95%，计划停机须提前5个工作日经甲方书面批准，并安排在非办公时间。
（2）故障分级与时限：一级故障（全市户籍业务中断或身份证受理无法进行）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分派出所或部分功能无法使用）30分钟内响应，8小时内解决；三级故障（不影响办理的一般问题）2个工作日内解决。
（3）乙方应设立7×24小时服务热线，派出所户籍民警的咨询须在工作时间内即时解答，无法即时解答的应在当日内回复处理意见。
（4）乙方每月对系统进行全面巡检，每日完成数据库备份并每月进行恢复演练，按月提交运维报告。
（5）乙方未达到上述服务水平的：一级故障响应、到场或恢复每超时30分钟扣款¥1,000；月度可用率每低于约定值0.01个百分点扣款¥1,500；未按期提交运维报告的，每次扣款¥500。

（6）每年春运、开学季和户口迁移高峰期，乙方应增派1名工程师驻场保障；重大活动期间，乙方应按甲方要求安排专人值守并提交保障方案。

第五条 考核与验收
（1）甲方每季度按照附件《运维服务考核细则》对乙方进行考核，考核内容包括可用率、故障处理时效、巡检和备份记录、文档完整性及派出所满意度，考核得分不低于85分为合格。
（2）服务期满前，甲方组织终期验收，验收标准为：全期各季度考核合格；系统运行文档、配置清单、应急预案和全部运维记录完整移交；完成与下一服务商的交接。
（3）乙方驻场或完成单项工作，均不视为终期验收合格。
（4）季度考核不合格的，当季款项按考核细则扣减，乙方应在10日内提交整改方案并落实。

第六条 人员管理与甲方义务
（1）乙方驻场工程师名单、资质证书和联系方式应在进场前报甲方备案。驻场人员须遵守甲方机关管理和保密制度，服从甲方信息通信部门的工作安排。
（2）乙方更换驻场人员须提前10个工作日书面申请，经甲方同意后方可更换，新人员的资质不得低于原人员，并应完成不少于5个工作日的交接。
（3）甲方为乙方驻场人员提供必要的办公场所、运维终端和网络条件，及时提供系统原有文档和配置资料，并指定专人负责服务监督和考核。
（4）乙方应于合同签订后5日内向甲方提交合同总价5%的履约保证金，服务期满终期验收合格后无息退还。

第七条 数据安全
（1）户政管理系统中的人口信息、证件照片、业务档案及日志数据均属于甲方，乙方不得以任何方式复制、留存、传输至公安信息网以外或用于本合同以外的目的。
（2）乙方运维人员须经甲方政审并签署安全承诺，实名使用甲方分配的运维账号，所有操作须通过甲方运维审计系统进行；禁止使用个人移动存储介质和非授权设备接入。
（3）发生数据泄露、篡改、丢失或其他安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。

第八条 保密
（1）乙方及其人员对在服务过程中知悉的公安工作秘密、网络拓扑、账号口令和系统配置负有保密义务，不得向任何第三方披露。
（2）保密义务不因本合同终止而解除。

第九条 知识产权
（1）乙方在服务中为甲方编写的运维脚本、报表程序、配置文档及应急预案，知识产权归甲方所有。
（2）乙方保证其使用的工具软件不侵犯第三方权利，因此产生的纠纷由乙方负责。
（3）服务期满时，乙方应将全部运维脚本和文档移交甲方，不得保留副本。乙方人员离场时，应交回全部账号权限并签署离场保密承诺。

第十条 违约责任
（1）乙方未按本合同约定的日期进场，或未按甲方书面整改通知的期限完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方擅自更换驻场人员的，每人次扣款¥2,000。
（3）乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。

第十一条 分包
（1）本项目不得分包或转包。

第十二条 合同解除
（1）乙方连续两个季度考核不合格，或发生重大数据安全事件，或严重违约经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
（2）合同解除或终止后，乙方应在10日内完成全部资料和工作的交接，交接期间服务不得中断。

第十三条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
（1）磋商文件、乙方响应文件、成交通知书及附件《运维服务考核细则》为本合同的组成部分。
（2）本合同未尽事宜，按磋商文件和政府采购有关规定执行。
（3）本合同一式五份，甲方执三份，乙方执两份，自双方签字盖章之日起生效。

甲方（盖章）：东临市公安局　　　　乙方（盖章）：华安数智信息技术有限公司
代表签字：__________　　　　　　代表签字：__________
签订日期：2025年9月__日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H476Z05 = """# 仓储及发货管理软件许可及定制开发合同

> 仓易达标准合同文本 V3.0（适用于软件许可及定制开发项目）

**合同编号：** CYD-LZ-2025-0611

**甲方（客户）：** 柳州市螺香源食品有限公司，地址：柳州市柳南区航鹰大道螺蛳粉产业园12号

**乙方（软件服务商）：** 广西仓易达软件科技有限公司，地址：南宁市西乡塘区总部路1号中国—东盟科技企业孵化基地

甲方从事袋装螺蛳粉的生产和电商销售，现有成品仓、原料仓各一座，日均发货约1.8万单。甲方拟采购乙方的仓易达WMS软件并进行定制开发，以实现入库、库位、批次、拣货、打单和发货的统一管理。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓易达WMS软件V6永久使用许可（20个并发用户），安装于甲方自有服务器。

1.2 乙方按甲方需求进行定制开发，内容包括：与天猫、抖音、拼多多等电商平台的订单接口；与甲方ERP的商品和库存同步；按生产日期和批次的先进先出及保质期预警；电子面单批量打印；发货称重复核。

1.3 乙方负责软件部署、基础数据导入和甲方仓库人员的操作培训。

1.4 甲方今后增加并发用户的，按每用户¥16,000另行计价；增加仓库的，按乙方报价另行签订合同。

1.5 乙方提供的软件为标准产品加定制开发，标准产品功能以乙方产品说明书为准。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓易达WMS软件V6永久许可 | 20并发用户 | 380,000 |
| 2 | 定制开发（电商接口、ERP同步、批次管理、打单复核） | 1项 | 120,000 |
| 3 | 部署实施及培训 | 1项 | 60,000 |
| | **合计** | | **560,000** |

合同总价为人民币伍拾陆万元整（¥560,000），含税。服务器、网络、打印机、扫码枪等硬件由甲方自备。

上述价格不含第二次及以后的需求变更，需求确认书签字后甲方提出的新增功能按每人日¥2,000另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥280,000，作为预付款。乙方收到预付款后启动项目。

3.2 软件部署完成后5个工作日内，甲方支付剩余50%，即¥280,000。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持。

3.4 乙方在收款前向甲方开具增值税普通发票。

## 第四条 实施与交付

4.1 乙方计划在收到预付款后60日内完成部署。因甲方需求变更、数据准备不及时或硬件未到位等原因造成延误的，工期相应顺延。

4.2 乙方将尽力按计划完成实施，实施进度以双方项目例会纪要为准。

4.3 甲方应指定项目负责人，按乙方要求提供商品档案、库位编码、电商平台授权和ERP接口账号，并组织仓库人员参加培训；甲方未按时提供的，乙方不承担延误责任。

4.4 系统切换上线的时间由双方商定，建议避开“双十一”“年货节”等发货高峰。切换期间甲方应保留原有发货方式作为应急手段。

## 第五条 验收

5.1 软件部署完成并交付甲方使用，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，乙方在免费维护期内予以处理，不影响验收结论。

## 第六条 维护与技术支持

6.1 软件部署完成之日起六个月为免费维护期，乙方在此期间提供缺陷修复和远程技术支持。

6.2 乙方在工作日9:00至18:00提供电话和远程支持，对甲方反映的问题将尽力及时处理。现场服务需另行收费，每人每日¥2,000，差旅费由甲方承担。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥106,400。

6.4 年度维护服务包括缺陷修复、版本升级、电商平台接口变化的适配和远程技术支持，不包括新增功能开发。甲方未续签维护合同的，乙方不再提供升级和接口适配。

6.5 乙方可根据产品规划发布新版本，甲方在免费维护期内或维护合同有效期内可免费升级。

## 第七条 知识产权

7.1 仓易达WMS软件及乙方为本项目进行的定制开发成果（包括源代码、接口程序、报表模板和技术文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定的范围内享有定制开发成果的非独占使用权，不得修改、反编译或许可第三方使用，乙方不交付定制部分的源代码。

## 第八条 数据

8.1 甲方在软件中录入和产生的商品、订单、库存及客户收件信息归甲方所有。

8.2 乙方应采取访问控制、数据加密和日志审计等安全措施保护甲方数据；发生数据泄露的，乙方应在48小时内通知甲方并采取补救措施，因乙方原因造成甲方损失的，由乙方承担赔偿责任。

8.3 甲方同意，乙方可将甲方数据经脱敏处理后用于产品改进、算法训练和行业分析报告，并可在合同终止后继续使用。

8.4 软件安装于甲方服务器，甲方负责服务器运行环境和数据的日常备份；因甲方服务器故障或未备份造成的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露，但依法需要披露的除外。

9.2 保密期限自本合同签订之日起至合同终止后三年。

## 第十条 责任限制

10.1 一方违约的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方在本合同项下的累计赔偿责任不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失和数据恢复费用。

10.3 因甲方操作不当或擅自修改系统造成的损失，由甲方自行承担。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

11.2 本合同解除的，乙方已完成部分的费用不予退还。

11.3 甲方在部署完成前单方终止项目的，已支付的预付款不予退还。

## 第十二条 不可抗力

12.1 因不可抗力或电商平台接口规则调整等非乙方原因导致无法履行的，乙方不承担责任，但应及时通知甲方。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

**甲方（盖章）：** 柳州市螺香源食品有限公司　　**授权代表：** ________　**日期：** 2025年6月__日

**乙方（盖章）：** 广西仓易达软件科技有限公司　　**授权代表：** ________　**日期：** 2025年6月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N)
H476E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BQS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Foshan Meikang Home Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Xingye Road, Shunde District, Foshan, Guangdong ("Customer"); and
P:(2) Buckeye Quality Systems, Inc., an Ohio corporation with its principal office at 5600 Blazer Parkway, Dublin, Ohio 43017, United States ("Vendor").
P:Background. Customer manufactures rice cookers, air fryers and kettles in three plants in Foshan and wishes to replace its spreadsheet-based quality records with an integrated quality management system. Vendor publishes the QualiTrack quality management software and has agreed to license it to Customer and to implement it on the terms below. At Customer's request, all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack Enterprise software, version 9, in object code, including the SPC, CAPA, supplier quality, incoming inspection, calibration and audit modules, and all updates Vendor provides under this Agreement.
P:1.2 "Services" means the implementation, data migration, training and support services described in Articles 3 and 7.
P:1.3 "Custom Deliverables" means all reports, forms, workflows, interface programs, scripts and documents that Vendor creates specifically for Customer under this Agreement, in source and object form.
P:1.4 "Go-Live" means the first day on which all three plants record incoming inspections and production SPC data in the Software in production.
P:1.5 "Final Acceptance" means the signature by Customer of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes by up to 160 named users, at its plants and offices in the People's Republic of China, on servers owned or controlled by Customer.
P:2.2 Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery. Customer shall not decompile the Software except to the extent permitted by applicable law.
H:Article 3 Implementation Services
P:3.1 Vendor shall configure the Software for Customer's three plants, develop the Custom Deliverables listed in Annex A (including an interface with Customer's SAP ERP for material master data and purchase orders, and an interface with the MES for production lot data), migrate the quality records of the last three calendar years from Customer's spreadsheets and legacy inspection database, and train Customer's key users and administrators.
P:3.2 Vendor shall deliver the Services in accordance with the project plan in Annex B. Go-Live shall occur no later than 120 days after the Effective Date.
P:3.3 Customer shall provide servers, database licences, network access, a project team and timely decisions as set out in Annex B.
H:Article 4 Fees and Payment
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 1,640,000, consisting of:
TB:Item|Description|Amount (CNY)
TB:1|Software licence fee, 160 named users at CNY 7,000|1,120,000
TB:2|Implementation and Custom Deliverables|420,000
TB:3|Data migration|64,000
TB:4|Training (key users and administrators)|36,000
TB:|Contract Price|1,640,000
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 328,000) within 30 days after the Effective Date against Vendor's invoice; (b) 45% (CNY 738,000) within 30 days after Go-Live; and (c) 35% (CNY 574,000) within 30 days after Final Acceptance.
P:4.3 All amounts include value-added tax. Vendor shall issue a valid Chinese VAT invoice through its Shanghai affiliate for each payment. The Contract Price is fixed and covers all travel and expenses of Vendor's personnel.
H:Article 5 Acceptance
P:5.1 After Go-Live, Customer shall run the Software in production for 30 consecutive days. Final Acceptance requires that: (a) all functions in Annex A pass the acceptance test scripts agreed in Annex B; (b) the migrated records reconcile with the source data by record count and by sample check of 200 records per plant; (c) the SAP and MES interfaces run for 30 days without a Severity 1 or Severity 2 defect; (d) SPC charts refresh within 3 seconds for 50 concurrent users; and (e) the documentation in Annex A has been delivered.
P:5.2 When the criteria are met, Customer shall sign the Final Acceptance Certificate within 10 business days. If they are not met, Customer shall give Vendor a written list of failures, and Vendor shall correct them and repeat the tests at its own cost.
P:5.3 Go-Live, production use of the Software and payment of any instalment do not constitute acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that, for ninety (90) days after Final Acceptance (the "Warranty Period"), the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex A. During the Warranty Period Vendor shall correct any reported defect free of charge.
P:6.2 Vendor warrants that the Services will be performed by qualified personnel in a professional manner, and that the Software does not contain viruses or disabling code.
H:Article 7 Support and Maintenance
P:7.1 After the Warranty Period, Vendor shall provide annual support (telephone and remote help, defect correction, updates and new versions) for an Annual Support Fee of 14% of the software licence fee, that is CNY 156,800 per support year. The fee is fixed for the first three support years; any later increase requires Customer's written agreement and shall not exceed 3% per support year.
P:7.2 Support is renewed each support year by Customer's purchase order. Customer may stop support at any time at the end of a support year without affecting its licence.
P:7.3 Vendor shall respond to Severity 1 incidents (the Software is unavailable at a plant, or quality data cannot be recorded) within 2 hours, around the clock, and provide a workaround within one business day; Severity 2 incidents within 8 business hours; Severity 3 incidents within 2 business days.
P:7.4 For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next invoice, up to the Annual Support Fee of the support year concerned.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation at Go-Live, and Customer may use, modify and license them freely, including through third parties.
P:8.3 Vendor shall defend Customer against any claim that the Software or the Services infringe a third party's rights and shall pay any damages and costs awarded.
H:Article 9 Customer Data
P:9.1 All data that Customer or its users enter into the Software or that the Software produces from them, including inspection results, supplier records and complaint records ("Customer Data"), belong to Customer.
P:9.2 Vendor shall use Customer Data only to perform this Agreement and shall return any copy it holds to Customer at the end of the Services.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including product designs, supplier prices and quality results, and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 11 Delay Damages
P:11.1 If Go-Live does not occur by the date in Article 3.2 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 Payment of liquidated damages does not relieve Vendor of its obligation to complete the Services.
H:Article 12 Limitation of Liability
P:12.1 Each party's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:12.2 The limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Article 10.
P:12.3 Neither party is liable for loss of profit or indirect loss, except in the cases listed in Article 12.2.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay damages under Article 11 reach their maximum.
P:14.2 On termination for Vendor's breach before Final Acceptance, Vendor shall refund the amounts paid for Services not accepted, and Customer may keep the licence to the Software on payment of the licence fee.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate this Agreement by notice.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The award is final and binding on both parties.
H:Article 17 General
P:17.1 This Agreement, with Annex A (Scope and Custom Deliverables) and Annex B (Project Plan and Acceptance Tests), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:17.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For Customer: ______________________ Name / Title / Date
P:For Vendor: ______________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H476E02 = """# ORDER FORM No. LS-2025-0387

**Lakeshore Shiftworks, Inc.** · 250 Monroe Avenue NW, Suite 400, Grand Rapids, Michigan 49503, USA ("**Lakeshore**")

**Customer:** Hangzhou Maiyue Bakery Chain Co., Ltd., 77 Wensan Road, Xihu District, Hangzhou, Zhejiang, PRC ("**Customer**")

This Order Form is entered into under, and incorporates, the Lakeshore General Terms for Customers in China set out below (together, the "**Agreement**"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order Details

| Item | Details |
|---|---|
| Service | ShiftWorks Cloud - employee scheduling, time and attendance, leave management, labour cost reports |
| Subscription Term | two Subscription Years, starting on the Subscription Start Date |
| Subscription Start Date | the date of Onboarding Acceptance (target: 1 December 2025) |
| Stores covered | 86 bakery stores and one central kitchen in Hangzhou, Ningbo and Shaoxing |
| Subscribed seats | 1,300 employee seats |
| Hosting | Alibaba Cloud, Hangzhou region (mainland China) |
| Currency | CNY, at Customer's request |

### Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 1,300 seats x CNY 220 per seat per Subscription Year | 286,000 per Subscription Year |
| Subscription Fees for the Subscription Term | two Subscription Years | 572,000 |
| Onboarding Fee (one-time) | configuration, data load, integrations, training | 38,000 |
| **Total Contract Value** | | **610,000** |

Additional seats may be added at any time at CNY 220 per seat per Subscription Year, pro rata for the rest of the Subscription Year; such additions are invoiced separately and are not part of the Total Contract Value.

### Invoicing and payment

1. No amount is payable before the Subscription Start Date.
2. The Onboarding Fee is invoiced on Onboarding Acceptance.
3. Subscription Fees are invoiced quarterly in advance, CNY 71,500 per quarter, starting on the Subscription Start Date.
4. Customer pays each correct VAT invoice within 30 days of receipt. Invoices are issued by Lakeshore's Shanghai subsidiary.

### Onboarding

Lakeshore will configure the Service for each store (opening hours, roles, shift rules, overtime rules under Zhejiang regulations), load employee master data from Customer's HR spreadsheet, connect the Service to Customer's attendance terminals and to Customer's payroll provider by file export, and train 20 store managers and 4 administrators. The Target Go-Live Date is 1 December 2025.

## Part B - General Terms

### Section 1 Onboarding and Acceptance

1.1 Lakeshore shall complete the onboarding described in Part A and notify Customer when the Service is ready for acceptance testing.

1.2 Onboarding Acceptance occurs when Customer confirms in writing that: (a) all 86 stores and the central kitchen are configured and publishing rosters; (b) attendance punches from all terminals reach the Service within 5 minutes; (c) the payroll export for two consecutive pay cycles reconciles with Customer's manual calculation without unexplained differences; and (d) the training has been delivered. Customer shall test within 10 business days after Lakeshore's notice and list any failures in writing.

1.3 Use of the Service by store managers during testing is not acceptance.

1.4 If Onboarding Acceptance does not occur by the Target Go-Live Date for reasons attributable to Lakeshore, Lakeshore shall pay Customer CNY 400 for each day of delay, up to a total of CNY 38,000.

1.5 Customer shall provide the employee master data, store information and terminal access reasonably requested by Lakeshore, and shall name one onboarding coordinator for the project.

### Section 2 The Service

2.1 Lakeshore shall make the Service available to Customer's users through the web portal and the mobile app during the Subscription Term and shall keep it materially in line with the documentation.

2.2 Lakeshore may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

2.3 Customer is responsible for its users' accounts and passwords and for the accuracy of the data it enters.

2.4 Support is available in Mandarin by telephone, e-mail and the customer portal from 08:00 to 22:00 China Standard Time every day, and by telephone at all times for Severity 1 incidents.

### Section 3 Service Levels

3.1 Lakeshore shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 If monthly availability falls below 99.5%, Customer receives a service credit of 5% of the monthly Subscription Fee; below 99.0%, 10%; below 97.0%, 20%. Credits are deducted from the next invoice.

3.3 Lakeshore shall respond to Severity 1 incidents (the Service or the mobile clock-in is unavailable for all stores) within 1 hour, at any time, and to Severity 2 incidents within 8 business hours.

3.4 Lakeshore shall provide a monthly service report showing availability, incidents, response times and credits, within 10 business days after the end of each month.

### Section 4 Customer Data

4.1 Customer Data means all data submitted to the Service by or for Customer, including employee names, mobile numbers, schedules, attendance records and wage rates. As between the parties, Customer owns the Customer Data.

4.2 Lakeshore processes Customer Data only to provide the Service and support, except as set out in Section 4.3.

4.3 Lakeshore may create aggregated and de-identified data derived from Customer Data and from its other customers' data, such as staffing ratios, shift patterns and labour-cost benchmarks, and may use such data to improve its products, to publish industry benchmarks and to train its demand-forecasting models, during and after the Subscription Term.

4.4 On expiry or termination, Lakeshore shall make Customer Data available for export for 30 days and then delete it.

### Section 5 Data Security

5.1 Lakeshore shall store and process Customer Data only in the Alibaba Cloud Hangzhou region, shall maintain MLPS level 2 filing for the Service, and shall apply encryption in transit and at rest, role-based access, multi-factor authentication for its staff and logging of administrative access.

5.2 Lakeshore shall comply with the Personal Information Protection Law and the Data Security Law in processing Customer Data.

5.3 Lakeshore shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take remedial measures, and shall be responsible for the losses Customer suffers from any such incident caused by Lakeshore or its subprocessors.

### Section 6 Subprocessors and Subcontractors

6.1 Lakeshore may engage subprocessors and subcontractors, including hosting providers, SMS gateways and local implementation partners, to perform any part of the Service or the onboarding.

6.2 Lakeshore shall inform Customer of any new subprocessor or subcontractor by updating the list on its customer portal at least 15 days before the change. Lakeshore remains responsible for their performance.

### Section 7 Intellectual Property

7.1 Lakeshore owns the Service, its software and documentation. Customer receives a right to use the Service during the Subscription Term.

7.2 Configurations, report templates and integration scripts created specifically for Customer belong to Customer; Customer may use, modify and have them modified by third parties without restriction, and Lakeshore shall deliver them on request.

7.3 Lakeshore shall defend Customer against any third-party claim that the Service infringes intellectual property rights and shall pay the damages and costs finally awarded.

### Section 8 Confidentiality

8.1 Each party shall protect the other party's confidential information with reasonable care, use it only for the Agreement and not disclose it to third parties without consent. This Section survives for three years after the Agreement ends.

### Section 9 Liability

9.1 Each party's aggregate liability under the Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of Sections 5 or 8, personal injury or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss.

### Section 10 Term, Renewal and Termination

10.1 The Agreement runs for the Subscription Term and ends at its expiry. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Lakeshore's breach, Lakeshore shall refund the prepaid fees for the period after termination.

10.3 Customer may also terminate if monthly availability is below 97.0% in two consecutive months.

### Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

### Section 12 General

12.1 Neither party may assign the Agreement without the other's written consent, except to an affiliate in a reorganisation.

12.2 Notices are given in writing to the addresses in the Order Form.

12.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, government orders or a general failure of public telecommunication networks, if it gives prompt notice and works to resume performance.

12.4 The Agreement is executed in English; a Chinese translation is provided for convenience.

**Accepted and agreed:**

Hangzhou Maiyue Bakery Chain Co., Ltd. - Signature: ____________ Name: ____________ Date: ____________

Lakeshore Shiftworks, Inc. - Signature: ____________ Name: ____________ Date: ____________
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table; buyer's paper)
H476E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD ROOM TEMPERATURE MONITORING SYSTEM
P:Contract No. JCCL-PUR-2025-112
P:Buyer: Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., No. 9 Gangcheng Road, Dongxihu District, Wuhan, Hubei, People's Republic of China (the "Buyer").
P:Supplier: Cascade Sensing Systems, Inc., 61535 American Lane, Bend, Oregon 97702, United States, acting with its service office at Room 1206, Guanggu Plaza, Wuhan (the "Supplier").
P:The Buyer operates a cold-chain logistics park with 24 cold rooms and 6 loading docks for frozen food, vaccines and fresh produce. The Buyer invited quotations for a wireless temperature and humidity monitoring system and selected the Supplier's offer of 18 July 2025. This Contract is issued on the Buyer's standard purchasing terms. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and spare parts listed in Schedule 1.
P:1.2 "Software" means the ColdWatch monitoring software, site licence, including the alarm module and the GSP report module.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's park.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in all 24 cold rooms and 6 loading docks, integrate it with the Buyer's warehouse management system (WMS) so that temperature records are attached to each inbound and outbound lot, configure SMS, telephone and WeChat alarms, and train the Buyer's staff.
P:2.2 The Supplier shall develop for the Buyer a WMS interface, a customer-facing temperature report for each shipment, and a dashboard for the control room (the "Custom Work").
P:2.3 The Equipment shall be new, of the models stated in Schedule 1, and shall carry CE or CCC marking where required, with calibration certificates traceable to national standards.
H:3. Price
P:3.1 The total Contract Price is CNY 1,595,000, including VAT, delivery to the park, installation, calibration, training and all services during the warranty period. It is itemised as follows:
TB:No.|Item|Quantity x unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, -40 to +60 C|640 x 1,150|736,000
TB:2|LoRa gateways with 4G backup|24 x 9,800|235,200
TB:3|Door contact sensors|180 x 620|111,600
TB:4|ColdWatch software, perpetual site licence|1|268,000
TB:5|Spare sensors|40 x 1,150|46,000
TB:|Hardware and Licence Subtotal||1,396,800
TB:6|Installation, integration and commissioning, including Custom Work|1 lot|142,000
TB:7|Calibration and calibration certificates|1 lot|38,200
TB:8|Training|1 lot|18,000
TB:|Contract Price||1,595,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, freight or import duties.
H:4. Payment
P:4.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 319,000) within 30 days after signature, against the Supplier's invoice; (b) 45% (CNY 717,750) within 30 days after the Installation Certificate; and (c) 35% (CNY 558,250) within 30 days after Final Acceptance.
P:4.2 The Installation Certificate confirms only that the Equipment has been delivered and installed and is not acceptance of the System.
P:4.3 Each payment requires a valid VAT special invoice issued by the Supplier's Chinese affiliate.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the park within 45 days and complete installation and commissioning within 75 days after signature.
P:5.2 Installation in cold rooms shall be carried out in stages agreed with the Buyer's operations manager so that no cold room is out of service for more than 8 hours.
P:5.3 The Supplier's staff shall follow the park's safety, hygiene and cold-room entry rules, wear the protective clothing provided by the Buyer, and remove all packaging and waste at their own cost.
P:5.4 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate; title passes on payment under Clause 4.1(b).
H:6. Acceptance
P:6.1 After installation, the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reports at least every 2 minutes and no sensor misses more than three consecutive readings during the 30 days; (b) sensor accuracy is within +/-0.3 C against a reference thermometer at three test points per cold room; (c) a simulated over-temperature event in each cold room produces SMS, telephone and WeChat alarms within 60 seconds; (d) records are attached correctly to 50 sampled WMS lots; and (e) the GSP report module produces reports that the Buyer's quality manager confirms as compliant.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. If not, the Supplier shall remedy the failures and the 30-day run shall restart for the affected cold rooms.
P:6.3 Use of the System by the Buyer before Final Acceptance does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, labour, travel and recalibration.
P:7.2 Batteries of the sensors shall last at least 36 months under normal use; batteries that fail earlier shall be replaced free of charge.
H:8. Service Levels
P:8.1 During the warranty and any support period, the Supplier shall meet the following service levels:
TB:Severity|Description|Response|On site|Restoration
TB:Severity 1|Monitoring or alarms lost for one or more cold rooms|1 hour|6 hours|10 hours
TB:Severity 2|Single sensor or gateway failure with backup coverage|2 hours|next business day|2 business days
TB:Severity 3|Reports, dashboard or other minor issues|1 business day|as needed|5 business days
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:9. Support after Warranty
P:9.1 After the warranty, the Supplier shall offer annual support on the same service levels for 7% of the Hardware and Licence Subtotal per year (CNY 97,776), fixed for three support years. Later prices shall be agreed in writing and shall not rise by more than 3% per support year.
P:9.2 Support is ordered by the Buyer's purchase order for each support year and does not renew automatically.
P:9.3 The Supplier shall keep spare parts for the Equipment available for at least six years after Final Acceptance.
H:10. Data Security
P:10.1 All temperature, humidity, door and alarm data and all reports produced by the System belong to the Buyer. The Supplier shall not use them for any purpose other than performing this Contract.
P:10.2 The System shall store data only on the Buyer's servers in the park. Gateways shall send data only to those servers and shall not send data to the Supplier or to any cloud service.
P:10.3 Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, with multi-factor authentication; sessions are logged by the Buyer.
P:10.4 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or the Buyer's data, assist in its investigation and remediation, and compensate the Buyer for losses caused by the Supplier's breach of this Clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information received from the Buyer, including customer names, storage volumes and site layouts, and shall not disclose it without the Buyer's written consent. This obligation survives for three years after the end of this Contract.
H:12. Intellectual Property
P:12.1 The Custom Work, including its source code and documentation, belongs to the Buyer, which may use, modify and license it freely. The Supplier shall deliver the source code before Final Acceptance.
P:12.2 The Supplier retains ownership of the ColdWatch software and the Equipment firmware; the Buyer's licence to them is perpetual and irrevocable.
H:13. Delay Damages
P:13.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 Liquidated damages do not limit the Buyer's right to claim further losses or to terminate.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for its subcontractors.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum. On such termination the Supplier shall refund the amounts paid for parts of the System not accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:17. General
P:17.1 This Contract, its Schedules and the Supplier's offer are the entire agreement. In case of conflict, this Contract prevails over the offer.
P:17.2 This Contract is made in English and Chinese; both versions are equally authentic. Amendments must be in writing and signed by both parties.
P:17.3 Notices shall be sent to the addresses above, marked for the attention of the Buyer's engineering manager or the Supplier's country manager.
P:Schedule 1: Equipment list and sensor locations. Schedule 2: Acceptance test plan.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e04 (md, Clause N, schedules as tables)
H476E04 = """# MANAGED DATABASE SERVICES AGREEMENT

**Agreement No.** SDO-MSA-2025-0219

**Between**

**Sonoran DataOps LLC**, an Arizona limited liability company, 1900 West University Drive, Tempe, Arizona 85281, USA ("**Provider**"), and

**Suzhou Lanting Cross-Border E-Commerce Co., Ltd.**, 5 Xinghu Street, Suzhou Industrial Park, Jiangsu, People's Republic of China ("**Customer**").

**Background.** Customer runs its online storefronts, order management and warehouse systems on MySQL, PostgreSQL and Redis clusters in its Alibaba Cloud account (Shanghai region). Customer wishes Provider to take over the round-the-clock administration of these databases. Provider offers managed database services and will perform them through its own personnel located at its delivery centre in Suzhou. At Customer's request, all charges are in Chinese Yuan (CNY).

## Clause 1 Definitions

1.1 "**Managed Databases**" means the database clusters listed in Schedule 1.

1.2 "**Services**" means the transition services and the run services described in Schedule 1.

1.3 "**Service Start Date**" means the date on which Customer signs the Transition Acceptance Certificate.

1.4 "**Customer Data**" means all data stored in or processed by the Managed Databases, including order, customer, payment-status and inventory data, and all backups, logs and exports of them.

## Clause 2 Term

2.1 This Agreement starts on signature and the run services continue for 24 months from the Service Start Date (the "**Term**").

2.2 This Agreement ends at the end of the Term and does not renew automatically. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## Clause 3 Transition

3.1 Provider shall complete the transition described in Schedule 1 by 15 November 2025 (the "**Transition Date**").

3.2 Transition acceptance requires that: (a) all Managed Databases are documented in the runbook with topology, users, parameters and backup policy; (b) monitoring and alerting are live for every cluster; (c) a full restore of each production database has been tested and completed within the recovery time in Schedule 2; (d) a switchover of the primary MySQL cluster has been rehearsed in a maintenance window without data loss; and (e) Customer's DBA lead has shadowed Provider's team for 10 business days. Customer shall sign the Transition Acceptance Certificate within 5 business days after these criteria are met.

3.3 If transition acceptance does not occur by the Transition Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 per day of delay, up to CNY 86,000, and shall continue the transition.

3.4 Customer shall give Provider timely access to its Alibaba Cloud console with the permissions agreed in the runbook, the existing documentation and the contact details of its application teams, and shall name a DBA lead for the transition.

## Clause 4 Charges and Payment

4.1 The charges are set out in Schedule 1. The Total Contract Value is CNY 1,250,000.

4.2 The Transition Fee is invoiced after the Service Start Date. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable in advance.

4.3 Customer shall pay each correct invoice within 30 days. Invoices are issued in CNY with Chinese VAT invoices through Provider's invoicing agent in Suzhou.

## Clause 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 The monthly report shall show, for each Managed Database, availability, incidents by severity with response and restoration times, backups and restore tests, changes executed, capacity forecasts and recommendations. The parties' service managers shall review the report in a monthly meeting.

5.3 If Provider fails a service level, Customer is entitled to the service credits in Schedule 3, deducted from the next invoice. Credits do not limit Customer's other remedies for repeated failures.

## Clause 6 Data Protection and Security

6.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services and shall not copy it to any system outside Customer's Alibaba Cloud account.

6.2 Provider shall access the Managed Databases only through Customer's bastion host, with named accounts, multi-factor authentication and session recording. All Provider personnel with access shall be located in mainland China; no Customer Data may be transferred outside mainland China.

6.3 Provider shall comply with the Personal Information Protection Law, the Data Security Law and Customer's security policies, and shall not export production data to test environments without masking approved by Customer.

6.4 Provider shall notify Customer within 2 hours of any actual or suspected security incident, assist with containment and investigation, and be liable for all losses, fines and costs caused by an incident that results from Provider's breach of this Clause.

## Clause 7 Confidentiality

7.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by equivalent obligations. This Clause survives for three years after termination.

## Clause 8 Intellectual Property

8.1 Runbooks, scripts, monitoring configurations and reports created by Provider for Customer belong to Customer, which may use and modify them and give them to any successor provider.

8.2 Provider keeps its general tools and know-how and grants Customer a free, perpetual licence to any of them embedded in the deliverables.

## Clause 9 Personnel and Subcontracting

9.1 Provider shall assign a named service manager and a team of at least six database engineers, and shall give Customer 20 days' notice of any change of the service manager.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider shall ensure that its engineers are vetted, trained in Customer's change procedures and bound by written confidentiality undertakings before they receive access.

## Clause 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to breach of Clauses 6 or 7, personal injury, fraud or wilful misconduct. Neither party is liable for indirect loss.

## Clause 11 Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 20 days after notice, or if Provider fails the Severity 1 response level in three months of any six-month period.

11.2 Either party may terminate for convenience with 90 days' written notice after the first six months of the Term, on payment of the Monthly Service Charges for the notice period.

11.3 On expiry or termination Provider shall provide up to 30 days of exit assistance at no extra charge, hand over all runbooks and credentials, and confirm in writing that it holds no Customer Data.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the State of Arizona, United States of America, without regard to its conflict-of-law rules.

12.2 Any dispute shall be resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules, seated in Phoenix, Arizona, in English, before a sole arbitrator.

## Clause 13 General

13.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

13.2 Notices shall be in writing and sent by courier or e-mail to the addresses above, to the attention of each party's service manager.

13.3 Neither party is liable for failure caused by events beyond its reasonable control, except for Provider's obligations under Clause 6.

## Schedule 1 - Services and Charges

| Item | Scope | Charge (CNY) |
|---|---|---|
| Managed Databases | 6 MySQL clusters, 3 PostgreSQL clusters, 4 Redis clusters; production, staging and test | - |
| Transition Fee (one-time) | discovery, runbooks, monitoring set-up, restore tests, switchover rehearsal, shadowing | 86,000 |
| Monthly Service Charge | 24x7 monitoring, incident handling, backups and restore tests, patching, performance tuning, capacity reports, change execution (up to 40 changes per month) | 48,500 per month |
| Run services for the Term | 24 months x 48,500 | 1,164,000 |
| **Total Contract Value** | | **1,250,000** |

## Schedule 2 - Service Levels

| Measure | Service level |
|---|---|
| Availability of each production cluster (monthly, excluding outages of Alibaba Cloud infrastructure and Customer-approved maintenance) | at least 99.95% |
| Severity 1 response (a production database down or data corruption) | 30 minutes, 24x7 |
| Severity 1 restoration or workaround | 2 hours |
| Severity 2 response (degraded performance of a production database) | 1 hour, 24x7 |
| Recovery point objective for production databases | 5 minutes |
| Recovery time objective for production databases | 1 hour |
| Backup restore test | every production database at least once per quarter |

## Schedule 3 - Service Credits

| Failure | Credit |
|---|---|
| Availability of a production cluster below the service level | 5% of the Monthly Service Charge for each 0.1 percentage point below, up to 50% |
| Severity 1 response late | CNY 2,000 per incident, plus CNY 1,000 for each further 30 minutes |
| Severity 1 restoration late | CNY 3,000 for each hour or part of an hour |
| Quarterly restore test missed | CNY 5,000 per database |

**Signed for Sonoran DataOps LLC:** ____________________ Name / Title / Date

**Signed for Suzhou Lanting Cross-Border E-Commerce Co., Ltd.:** ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, running paragraph numbers)
H476E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. TMD-XM-2025-031

PARTIES

Tidemark Maritime Data, Inc., a Georgia corporation, 7 East Congress Street, Savannah, Georgia 31401, USA ("Tidemark"); and

Xiamen Haiyun International Freight Forwarding Co., Ltd., 268 Xiangyun Road, Huli District, Xiamen, Fujian, People's Republic of China ("Customer").

BACKGROUND

Customer books ocean freight for exporters in Fujian and needs reliable vessel positions, estimated arrival times and port-call events to inform its customers and to plan trucking. Tidemark collects AIS and port data worldwide and licenses it through a data API. Customer wishes to subscribe to the API and to have Tidemark build a connector to Customer's shipment tracking system. At Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

DEFINITIONS

1. "API" means Tidemark's Vessel Tracking API (vessel positions, voyage data, port calls, ETA predictions and port congestion indices) and its documentation.

2. "Tidemark Data" means the data delivered to Customer through the API.

3. "Customer Data" means the data Customer sends to the API or otherwise to Tidemark, including vessel watch lists, booking and container references, shipper names and user accounts.

4. "Connector" means the integration software that Tidemark develops for Customer under this Agreement to load Tidemark Data into Customer's shipment tracking system and to push ETA changes to Customer's customer portal.

5. "Start Date" means the date of Integration Acceptance under paragraph 14. "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period between anniversaries.

SUBSCRIPTION

6. Tidemark grants Customer, for the Subscription Term, a non-exclusive right to call the API and to use Tidemark Data in its freight forwarding business, including showing vessel positions and ETAs to its own customers in its portal and notifications. Customer shall not resell Tidemark Data as a data feed. Customer may grant access to its employees and to contractors who work on its systems, and remains responsible for their use.

7. The initial Subscription Term is two Subscription Years from the Start Date.

8. The subscription includes up to 600,000 API calls per month and 2,000 tracked vessels at a time. Calls above the monthly allowance are charged at CNY 0.04 per call, invoiced monthly in arrears; these usage charges are not part of the Total Contract Value.

FEES AND PAYMENT

9. The fees are:
   Subscription Fee: CNY 198,000 per Subscription Year, CNY 396,000 for the initial Subscription Term;
   Connector and onboarding fee (one-time): CNY 26,000;
   Total Contract Value: CNY 422,000.

10. The Subscription Fee is invoiced quarterly in advance, CNY 49,500 per quarter, starting on the Start Date. The Connector and onboarding fee is invoiced after Integration Acceptance. No amount is payable before the Start Date.

11. Customer shall pay each correct invoice within 30 days. Tidemark shall provide Chinese VAT invoices through its appointed invoicing agent in Xiamen. Disputed amounts shall be notified within 15 days, and the undisputed part paid on time.

CONNECTOR AND INTEGRATION ACCEPTANCE

12. Tidemark shall deliver the Connector and complete onboarding by 31 October 2025 (the "Integration Date").

13. Onboarding includes API credentials, a sandbox, mapping of Customer's booking references to vessels and voyages, configuration of ETA-change alerts and two training sessions for Customer's operations staff. Tidemark shall assign a named onboarding engineer who will attend weekly calls with Customer's project lead until Integration Acceptance.

14. Integration Acceptance occurs when Customer confirms in writing that: (a) the Connector has loaded positions and ETAs for all vessels on Customer's watch list for 10 consecutive days without manual intervention; (b) ETA changes of more than 6 hours reach Customer's portal within 15 minutes; (c) a sample of 100 bookings is matched to the correct vessel and voyage; and (d) the Connector's source code and documentation have been delivered. Customer shall test within 10 business days after Tidemark's notice of readiness. Use of the API in the sandbox or in production before that confirmation is not acceptance.

15. If Integration Acceptance does not occur by the Integration Date for reasons attributable to Tidemark, Tidemark shall pay Customer CNY 300 for each day of delay, up to CNY 26,000.

SERVICE LEVELS AND SUPPORT

16. Tidemark shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified 72 hours in advance.

17. If monthly availability falls below 99.95%, Customer shall receive a credit of 10% of the monthly portion of the Subscription Fee; below 99.7%, 25%; below 98.0%, 50%. Credits are applied to the next invoice.

18. Tidemark shall respond to Severity 1 incidents (the API is unavailable or returns no position data for all vessels) within six (6) hours after Customer's report, and to Severity 2 incidents (delayed or incomplete data for some vessels or ports) within two business days. Severity 3 questions are answered within five business days. Tidemark shall keep Customer informed of progress until the incident is resolved and provide a short incident report for every Severity 1 incident. Support is provided in English by e-mail and through Tidemark's support portal.

19. Tidemark shall publish the status of the API on its status page and send Customer a monthly availability report listing each incident, its duration and any credits due.

CUSTOMER DATA AND SECURITY

20. Customer Data belongs to Customer. Tidemark shall process Customer Data only to provide the API, the Connector and support to Customer, shall not use it for any other purpose and shall not disclose it to any third party.

21. Tidemark shall serve Customer from its API endpoint hosted in the Alibaba Cloud Shenzhen region, shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging, and shall comply with the Personal Information Protection Law and the Data Security Law.

22. Tidemark shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take remedial action, and shall compensate Customer for the losses caused by a breach of paragraphs 20 to 22.

23. On expiry or termination, Tidemark shall return Customer Data on request and delete it within 30 days.

INTELLECTUAL PROPERTY

24. Tidemark owns the API and Tidemark Data. Customer may keep and use Tidemark Data received during the Subscription Term for its records and customer communications after the term ends. Tidemark Data is based on third-party AIS signals and port information; Tidemark shall use reasonable skill and care in collecting and processing it and shall correct errors promptly when Customer reports them.

25. The Connector, including its source code, belongs to Customer. Customer may use, modify and license it freely, and may have it maintained by third parties.

CONFIDENTIALITY

26. Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it without the other party's written consent. This obligation continues for three years after the Agreement ends.

RENEWAL

27. After the initial Subscription Term, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

28. Tidemark may increase the Subscription Fee for each renewal Subscription Year by up to 8% by notifying Customer at least 75 days before the renewal; the increased fee applies from the renewal date.

LIABILITY

29. Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. The limit does not apply to breach of paragraphs 20 to 22 or 26, or to wilful misconduct.

30. Neither party is liable for indirect or consequential loss.

SUBCONTRACTING

31. Tidemark shall not subcontract the Connector development, onboarding or support, or engage any third party that processes Customer Data, without Customer's prior written consent. Tidemark's AIS and port data suppliers, which receive no Customer Data, are not subcontractors for this purpose.

TERMINATION

32. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

33. Customer may also terminate if monthly availability is below 98.0% in any two months of a Subscription Year. On termination for Tidemark's breach, Tidemark shall refund the prepaid Subscription Fee for the period after termination.

GOVERNING LAW AND DISPUTES

34. This Agreement is governed by the laws of the People's Republic of China.

35. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

GENERAL

36. Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.

37. Neither party is liable for delay caused by events beyond its reasonable control, if it gives prompt notice and resumes performance as soon as possible.

38. This Agreement is made in English and Chinese; both texts are equally authentic. In case of inconsistency the parties shall interpret the two texts in good faith according to the purpose of this Agreement.

SIGNATURES

For Tidemark Maritime Data, Inc.: ____________________ Name / Title / Date

For Xiamen Haiyun International Freight Forwarding Co., Ltd.: ____________________ Name / Title / Date
"""

# ================================================================= targets, labels, checks
STEMS = {
    "z01": "h476z01_health_insurance_cross_region_settlement_platform",
    "z02": "h476z02_carton_plant_corrugator_control_retrofit",
    "z03": "h476z03_massage_chair_sharing_operations_saas",
    "z04": "h476z04_police_household_registration_system_om",
    "z05": "h476z05_luosifen_plant_wms_supplier_template",
    "e01": "h476e01_appliance_maker_qms_licence_ohio_vendor",
    "e02": "h476e02_bakery_chain_scheduling_saas_order_form",
    "e03": "h476e03_cold_chain_park_temperature_sensors",
    "e04": "h476e04_ecommerce_managed_database_service_arizona",
    "e05": "h476e05_freight_forwarder_vessel_data_api",
}
EXT = {"z01": "pdf", "z02": "docx", "z03": "txt", "z04": "txt", "z05": "md",
       "e01": "pdf", "e02": "md", "e03": "docx", "e04": "md", "e05": "txt"}
SOURCES = {"z01": H476Z01, "z02": H476Z02, "z03": H476Z03, "z04": H476Z04, "z05": H476Z05,
           "e01": H476E01, "e02": H476E02, "e03": H476E03, "e04": H476E04, "e05": H476E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# (category, terms, extra, TCO inputs (fee base, annual fee) for goods; design rules)
LABELS = {
    "z01": ("software",
            T(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2220000),
            (1180000, 106200)),
    "z02": ("hardware",
            T(None, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 6, False, False, True, None, G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1032000),
            (874000, 52440)),
    "z03": ("cloud",
            T(99.95, 0.5, False, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True, True,
              False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=324400),
            None),
    "z04": ("services",
            T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
            None),
    "z05": ("software",
            T(None, None, False, "supplier", True, False, True, None, 20, 50, False, False, 6, 28, False, True, None,
              None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=560000),
            (380000, 106400)),
    "e01": ("software",
            T(None, 2, True, "buyer", False, True, True, 0.08, 150, 20, True, True, 3, 14, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1640000),
            (1120000, 156800)),
    "e02": ("cloud",
            T(99.5, 1, True, "buyer", True, False, True, 400 / 610000 * 100, 150, None, True, None, None, None, False,
              True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000),
            None),
    "e03": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1595000),
            (1396800, 97776)),
    "e04": ("services",
            T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1250000 * 100, 150, None, True, None, None, None, False,
              True, False, "Arizona", S),  # relabelled by the requester after the first run: the corpus names US states alone
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1250000),
            None),
    "e05": ("cloud",
            T(99.95, 6, True, "buyer", True, True, True, 300 / 422000 * 100, 200, None, True, None, None, None, True,
              True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=422000),
            None),
}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-DATA-SECURITY", "CR-WARRANTY"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-GOVERNING-LAW"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
MAINLAND_FREE_LAWS = {None, "PRC"}  # no draft here chooses PRC law with a forum outside mainland China


def tco_share(t, x, tco):
    """policy §4: horizon 5 (H) years from acceptance; post-warranty years = H - warranty years; fee base as given."""
    H = 5
    years = max(0.0, H - t["warranty_months"] / 12)
    fees = years * tco[1]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, tco):
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and x.get("post_warranty_fee_capped"):
            if tco_share(t, x, tco) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in MAINLAND_FREE_LAWS:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
_D = r"(?<![\d.])"
THRESHOLD_PATTERNS = [
    _D + r"99\.9(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])", r"ninety[\s-]*nine point nine",
    _D + r"4\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*-?\s*(?:个)?\s*小时",
    r"\bfour[\s-]*hours?\b", _D + r"240\s*(?:分钟|minutes?\b)", r"二百四十分钟",
    _D + r"0\.05\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![十0-9点])", r"百分之零点零五",
    _D + r"100\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"one\s*hundred\s*percent",
    _D + r"30\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent",
    r"thirty\s*percent",
    _D + r"12\s*-?\s*(?:个)?\s*(?:月|months?\b)", r"(?<![十])十二\s*个?\s*月", r"\btwelve[\s-]*(?:calendar\s*)?months?\b",
    r"(?<![十])一\s*年", r"\bone[\s-]*years?\b", _D + r"1[\s-]*years?\b",
    _D + r"15\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent", r"fifteen\s*percent",
    _D + r"40\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent",
    r"forty\s*percent",
    _D + r"5\s*-?\s*年", r"(?<![十])五\s*年", r"\bfive[\s-]*years?\b", _D + r"5[\s-]*years?\b",
    _D + r"60\s*-?\s*(?:个)?\s*(?:月|months?\b)", r"六十\s*个?\s*月", r"\bsixty[\s-]*months?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.IGNORECASE)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240分钟",
            "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "十二个月", "twelve months", "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年",
            "五年", "five years", "5 years", "60 months", "60个月", "thirty percent", "one hundred per cent"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "14%", "130%", "35%", "45%", "0.5%", "99.5%", "1.5年", "36个月", "24个月",
             "14 hours", "120 days", "six months", "六个月", "三年", "three years", "2015年", "0.08%", "400 分钟"]


def selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(label, text):
    bad = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nospace", re.sub(r"\s+", "", text))):
        for m in THRESHOLD_RE.finditer(t):
            bad.append((label, variant, t[max(0, m.start() - 15):m.end() + 15]))
    return bad


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    cat, t, x, _ = LABELS[key]
    name = STEMS[key] + "." + EXT[key]
    rules = derive_rules(t, x, LABELS[key][3])
    d = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat, "expected_terms": t,
         "expected_extra": x, "expected_rules": rules}
    return json.dumps(d, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    # sources that are plain files
    for k, ext in EXT.items():
        if ext in ("txt", "md"):
            (OUT / (STEMS[k] + "." + ext)).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", STEMS[k] + "." + ext)
    built = {k: SOURCES[k] for k, ext in EXT.items() if ext in ("docx", "pdf")}
    write(built, {k: (STEMS[k] + "." + EXT[k], EXT[k]) for k in built}, OUT, wrap_words=True)

    # labels and rules
    covered = set()
    for k in STEMS:
        cat, t, x, tco = LABELS[k]
        assert list(t) == KEYS
        rules = derive_rules(t, x, tco)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if tco:
            share = tco_share(t, x, tco)
            assert abs(share - 40) > 2, (k, share)
            print("  TCO", k, round(share, 2))
        (OUT / (STEMS[k] + ".json")).write_text(label_json(k), encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    compliant = [k for k in STEMS if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z04"]
    assert [k for k in STEMS if DESIGN[k] == ["CR-GOVERNING-LAW"]] == ["e04"]
    assert len(DESIGN["z05"]) >= 8
    assert sorted(k for k in STEMS if 2 <= len(DESIGN[k]) <= 3) == ["e01", "e02", "e05", "z01", "z02", "z03"]

    # read back, lengths and threshold scan
    bad = []
    for k in STEMS:
        path = OUT / (STEMS[k] + "." + EXT[k])
        text = read_back(path)
        bad += scan(path.name, text) + scan(k + " source", SOURCES[k])
        if k[0] == "z":
            n = len(text)
            ok = 2750 <= n <= 3000
            print("%s %-5s chars %d (no whitespace %d) %s" % (k, EXT[k], n, len(re.sub(r"\s", "", text)),
                                                            "" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s %-5s words %d %s" % (k, EXT[k], n, "" if ok else "OUT OF RANGE"))
        print("   rules:", ", ".join(DESIGN[k]) or "(none)", "| risk", risk(DESIGN[k]))
    for b in bad:
        print("THRESHOLD TEXT:", b)
    assert not bad
