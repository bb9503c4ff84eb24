"""holdout975: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市医疗保障局长期护理保险失能评估管理平台建设项目合同
P:合同编号：YB-CHX-2027-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市医疗保障局
P:乙方（供应商）：某信息技术股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供长期护理保险失能评估管理平台软件许可（永久使用，不限用户数），并完成定制开发、数据迁移、接口对接、部署实施及培训。
P:1.2 定制开发内容包括：失能评估流程引擎（申请、初审、现场评估、复核、公示、结论送达）、评估员及定点评估机构管理、移动评估App（支持离线采集与人脸核验）、与医保核心业务系统及护理服务机构结算模块的接口、统计分析驾驶舱。
P:1.3 具体功能要求以招标文件第三章《采购需求》及乙方投标响应表为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾贰万陆仟元整（¥2,226,000），含税，为固定总价，包括完成本合同全部工作的一切费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥736,000；数据迁移及接口对接费¥214,000；部署实施及培训费¥96,000。
P:2.3 合同履行期间，乙方不得以任何理由要求调整合同价款。乙方为履行本合同所需的差旅、食宿及第三方软件授权费用，均已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥445,200。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥1,001,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥779,100。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金拨付为前提，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，一百五十日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，经甲方确认后执行。项目经理及核心开发人员未经甲方同意不得更换。
P:4.3 乙方应为甲方及各区县经办机构、定点评估机构人员提供不少于八场集中培训，覆盖系统管理员、评估员、复核员及结算人员，并提供操作视频和常见问题手册。
P:4.4 乙方应每周提交项目周报，每月参加甲方组织的项目推进会，如实报告进度、风险及需甲方配合的事项。
H:第五条 验收
P:5.1 初步验收标准：招标文件列明的全部功能逐项测试通过；历史评估档案迁移后经全量比对一致；与医保核心业务系统接口连续十个工作日无差错；平台在500个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：平台连续试运行九十日，无一级故障；通过甲方委托的第三方软件测评及网络安全等级保护测评；乙方提交全部源代码、设计文档、操作手册及培训记录。
P:5.3 甲方在收到验收申请后十五个工作日内组织验收，并出具书面验收报告。平台上线使用、甲方付款或签收文档，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质量保证期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程和现场技术支持。
P:6.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该费率在质保期满后三年内保持不变。
P:6.3 维护合同由双方另行签订，不自动续期。
P:6.4 质保期内，因政策调整需对评估量表、评估流程作小幅调整的，乙方应在接到甲方通知后二十日内免费完成配置修改；涉及新增模块的，双方另行协商。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日告知甲方）。
P:7.2 一级故障（平台整体不可用或评估结论无法出具）乙方应在30分钟内响应，2小时内到达现场；二级故障1小时内响应；三级问题于下一工作日内处理。
P:7.3 响应每超时1小时，乙方向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减当期维护费或质保金¥2,000。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、App及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方合法权益。
H:第九条 数据安全
P:9.1 参保人员、失能评估记录、影像及医疗信息等全部数据属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，按等保三级要求落实访问控制、加密传输和存储、日志审计；乙方人员运维须经甲方审批并通过堡垒机操作。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的全部损失及行政处罚由乙方承担。
P:9.4 合同终止或履行完毕后十日内，乙方应向甲方移交全部数据，并彻底删除其持有的副本，出具经双方签字的书面删除证明。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、参保人员信息及技术资料负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每日按应付未付金额的万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得转包本合同。除投标文件已载明的内容外，乙方不得分包，确需分包的须事先取得甲方书面同意。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，双方协商延期履行；影响持续超过九十日的，双方均可解除合同，互不承担违约责任。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的补充协议均为本合同组成部分。本合同一式六份，甲乙双方各执两份，政府采购监管部门备案一份，采购代理机构一份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:授权代表：                    授权代表：
P:日期：                        日期：
"""

Z02 = """T:电蒸锅生产线控制系统改造合同
P:合同编号：DZG-ZB-2027-031
P:甲方（买方）：某电器科技有限公司（电蒸锅制造厂）
P:乙方（卖方）：某自动化工程有限公司
P:甲方因产品升级需要，拟对总装车间六条电蒸锅生产线的控制系统进行改造。乙方经甲方比选确定为改造承包方。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（内胆冲压、发热盘装配、整机总装、气密检测、老化测试、包装）的控制系统改造，包括PLC控制柜更换、伺服及变频驱动升级、HMI人机界面更换、MES数据采集网关部署及产线控制软件安装。
P:1.2 乙方负责工艺配方管理程序、产线节拍与良率报表、设备点检电子化等定制开发，并与甲方现有MES、ERP系统完成数据对接。
P:1.3 乙方提供的PLC、伺服驱动、HMI等主要设备应为全新原厂正品，品牌及型号以附件一《设备清单》为准，乙方不得擅自替换；确需替换的，应事先取得甲方书面同意，且替换设备性能不得低于原约定。
P:1.4 改造须利用甲方的计划停产窗口分线实施，每条线停线时间不超过五日，不得影响其他产线正常生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰陆拾壹万陆仟元整（¥2,616,000），含13%增值税及运输、保险、安装等全部费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造（含柜体、模块、元器件）|6套|1,152,000
TB:2|伺服及变频驱动|1批|486,000
TB:3|HMI触摸屏|18台|138,000
TB:4|MES数据采集网关|12台|204,000
TB:5|产线控制软件许可（永久）|6线|310,000
TB:|设备及软件小计||2,290,000
TB:6|安装调试|1项|176,000
TB:7|定制开发（配方、报表、点检）|1项|124,000
TB:8|操作及维护培训|1项|26,000
TB:|合同总价||2,616,000
P:2.2 上表价格为固定价格，不因原材料价格或汇率变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款（¥261,600）。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%（¥1,438,800）。到货签收及安装完毕不代表设备质量验收合格。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的35%（¥915,600）。
P:3.4 乙方请款时应提供等额增值税专用发票，甲方收票后三十日内付款。
P:3.5 乙方依本合同应支付的违约金、赔偿金及迟延响应扣款，甲方有权从任何一期应付款项中直接扣除，并书面告知乙方扣款依据。
H:第四条 交货与实施
P:4.1 乙方应于合同生效后四十五日内将全部设备运至甲方厂区，并按甲方确认的停线计划逐线实施，全部改造于合同生效后一百二十日内完成。
P:4.2 乙方应在进场前提交施工组织方案、停线切换方案和回退预案，经甲方生产部、设备部会签后执行。每条线改造完成后，乙方应配合甲方进行首件检验，首件合格后方可恢复批量生产。
P:4.3 乙方现场人员应遵守甲方安全生产、动火作业及6S管理规定，因乙方人员违章造成的事故由乙方负责。
H:第五条 验收
P:5.1 单线验收标准：控制逻辑与工艺要求一致；产线节拍不低于改造前；连续生产七十二小时无停线故障；气密检测和老化测试数据自动上传MES且与现场记录一致。
P:5.2 最终验收标准：六条线全部通过单线验收；连续生产三十日，改造原因造成的停线累计不超过两小时；乙方交付电气图纸、PLC程序、配方程序源代码及操作维护手册。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面报告。设备投入生产使用不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内完成整改并重新申请验收，由此发生的费用及甲方额外停线损失由乙方承担。连续两次验收不合格的，甲方有权就该产线部分解除合同，乙方应拆除相关设备并退还对应款项。
H:第六条 质量保证
P:6.1 质量保证期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修复。
P:6.2 质保期内，乙方保证对一级故障（整线停产）在1小时内响应，6小时内到达现场；二级故障（单工位停机）2小时内响应。乙方响应或到场每迟延1小时，向甲方支付¥800。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备品备件供应、软件升级及现场故障处理。
P:7.2 年度维保费按设备及软件小计的28%计取，即每年¥641,200，质保期满后前三年费率保持不变，此后由双方协商。
P:7.3 维保服务按年度签订服务单，甲方可决定是否续签，不自动续期。
P:7.4 乙方应为甲方设备部培养不少于六名能够独立处理常见故障的维护人员，培训内容包括PLC程序读懂与简单修改、伺服参数备份恢复、HMI画面维护及MES网关故障排查，培训结束后进行实操考核。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的配方程序、报表、点检程序及PLC应用程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。
P:8.2 产线控制软件及设备内置软件的知识产权归其权利人，乙方保证甲方享有永久使用权，并保证不侵犯任何第三方权利。
H:第九条 数据与网络安全
P:9.1 生产数据、工艺配方、质量检测数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方书面审批，通过甲方指定的工控安全网关接入，操作全程录屏留存。乙方不得在控制系统中设置后门或未经告知的远程通道。
P:9.3 因乙方原因导致数据泄露、配方外流或控制系统遭受网络攻击的，乙方应在发现后1小时内通知甲方并承担由此造成的全部损失。
P:9.4 乙方应在最终验收前向甲方移交全部控制系统的管理员账号和口令，由甲方修改后自行保管；乙方运维人员账号按需开通，维护工作结束后即行关闭。
H:第十条 保密
P:10.1 乙方对在本项目中获知的甲方工艺参数、产品设计、客户及供应商信息负有保密义务，保密期至相关信息依法公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因改造质量问题造成甲方停产的，乙方除承担修复义务外，还应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气安装、线缆敷设等辅助工作分包给具有相应资质的第三方，但应提前书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力导致一方不能履行合同的，应及时通知对方并在十五日内提供证明，双方根据影响程度协商延期、部分履行或解除合同。
H:第十五条 适用法律与争议
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：          乙方（盖章）：
"""

Z03 = """自然拼读连锁门店预约及会员管理系统SaaS服务合同

合同编号：PD-SAAS-2027-008

甲方（客户）：某教育科技有限公司（自然拼读连锁品牌运营方，下辖40家直营门店）
乙方（服务商）：某云软件有限公司

鉴于甲方需要统一全国40家门店的课程预约、会员管理和家长沟通，乙方拥有相应的SaaS服务平台，双方根据《中华人民共和国民法典》及相关法律法规，经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“课约通”预约及会员管理SaaS服务，包括：
1. 门店端：排课、教室及外教资源管理、试听预约、签到消课、课时包管理；
2. 家长端：微信小程序预约、课表查询、课后反馈、在线续费；
3. 总部管理端：会员数据统一管理、营销活动、门店业绩报表、财务对账。
（二）乙方负责实施服务：系统初始化配置、40家门店历史会员及课时数据迁移、甲方品牌小程序定制页面、与甲方收银及财务系统对接、门店店长及前台人员培训。
（三）服务期内，乙方面向全部客户发布的功能升级，甲方均可免费使用；甲方另行提出的个性化需求，由双方签订补充协议并单独计价。
（四）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。

二、合同价款
（一）门店端订阅费：每店每服务年度人民币5,600元，40家门店两个服务年度合计448,000元。
（二）总部管理端订阅费：每服务年度36,000元，两个服务年度合计72,000元。
（三）一次性实施费：86,000元。
（四）本合同总价为人民币陆拾万零陆仟元整（¥606,000），含6%增值税。服务期内甲方新开门店的，按每店每服务年度5,600元按月折算增加，关闭门店的相应减少。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，每季度65,000元，于每季度首月十日前支付当季费用。乙方应在付款前开具增值税专用发票。
（三）甲方逾期付款超过三十日的，乙方可书面催告；催告后十五日内仍未支付的，乙方方可暂停新增门店开通，但不得暂停已开通门店的服务。
（四）甲方应将款项汇入乙方在附件二中载明的银行账户。乙方变更收款账户的，应以加盖公章的书面函件通知甲方，否则甲方按原账户付款即视为已履行付款义务。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 40家门店历史会员、剩余课时及储值余额全部迁移，抽样核对差错为零；
2. 预约、签到消课、退费、续费全流程测试通过；
3. 小程序支付与甲方财务系统连续七日自动对账无差异；
4. 每家门店店长及至少两名前台完成培训并通过操作考核；
5. 乙方提交系统配置说明、数据迁移核对报告及管理员操作手册。
（三）甲方在收到申请后十个工作日内完成验收并出具书面意见。验收不合格的，乙方应在七日内整改后重新提交。

五、服务水平
（一）乙方保证平台月可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店或小程序无法预约、消课）：30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：下一个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.5个百分点，或一级故障恢复每超时1小时，乙方按当月订阅费的5%给予服务抵扣，单月抵扣以当月订阅费为限，在下季度费用中扣减。

（四）乙方应为甲方配备专属客户成功经理一名及技术支持工程师两名，提供7×24小时热线及在线工单支持。乙方每月向甲方提交服务报告，内容包括可用率、故障处理记录、工单统计及改进建议。
（五）平台版本更新应在更新前五个工作日通知甲方，涉及门店操作流程变化的，乙方应同步提供操作说明和线上培训。乙方不得以版本更新为由减少本合同约定的功能。

六、数据安全与数据权属
（一）甲方会员信息、学员（含未成年人）个人信息、课时及交易数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，落实加密存储、权限分级、操作日志留存不少于六个月等安全措施，并按《个人信息保护法》对未成年人个人信息实施专门保护。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因此给甲方造成的损失及监管处罚。
（四）合同终止后，乙方应在十五日内按甲方要求的格式导出全部数据交付甲方，并删除平台中的甲方数据。

七、知识产权
（一）平台软件的知识产权归乙方所有。
（二）甲方提供的品牌标识、课程名称、教材图片等素材的权利归甲方，乙方仅可在为甲方提供服务时使用。
（三）为甲方定制的品牌小程序页面、报表模板及对接程序，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

八、保密
双方对在合作中知悉的对方商业秘密、课程体系、定价策略及经营数据负有保密义务，未经对方书面同意不得披露。乙方员工接触甲方经营数据的，乙方应与其签订保密承诺书，并对其违反保密义务的行为承担连带责任。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条约定的，除赔偿损失外，甲方有权解除合同。
（三）乙方无正当理由暂停或限制已开通门店服务的，每暂停一日，按当季订阅费的百分之二向甲方支付违约金，并赔偿门店因此退课、退费造成的损失。

十、续期
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期期间的订阅费由乙方根据届时的产品价格体系调整确定，乙方在续期前通知甲方即可。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
任何一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还已收取但未提供服务期间的费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失。因云服务基础设施区域性故障导致的中断，乙方应启用异地备份环境，不得以不可抗力为由免除恢复义务。

十五、通知
双方指定的联系人及电子邮箱见附件二。任何一方变更联系人或联系方式的，应提前三个工作日书面通知对方。以电子邮件发送的通知，进入对方指定邮箱系统即视为送达。

十六、其他
（一）附件一《功能清单》、附件二《联系人及服务窗口》、附件三《数据迁移方案》为本合同组成部分。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """盾构施工安全监测系统年度运维服务合同

项目编号：ZJ-CS-2027-042（竞争性磋商）
甲方（采购人）：某市住房和城乡建设局
乙方（成交供应商）：某智能监测技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就盾构施工安全监测系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：甲方建设的盾构施工安全监测系统，包括监测云平台、数据采集服务器、全市在建地铁及综合管廊盾构区间布设的地表沉降、建筑物倾斜、管片应力、隧道收敛等自动化监测传感器、采集箱及通信链路。
（二）服务内容：
1. 监测平台运维：服务器及数据库巡检、备份、补丁更新、平台功能缺陷处理；
2. 现场设备维护：传感器、采集箱、太阳能供电及通信设备的定期巡检、校准、故障维修和更换；
3. 数据分析：监测数据日常审核，超限预警的复核与推送，编制月度监测分析报告；
4. 应急值守：汛期及重大节假日期间安排专人驻场值守，配合甲方开展应急处置。
（三）运维规模：截至服务期初，系统接入在建盾构区间十四个，各类传感器约二千六百个，采集箱一百八十余台，具体以期初交接清单为准。
（四）服务期：一个服务年度，自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币柒拾陆万捌仟元整（¥768,000），含税，为固定总价。其中：监测平台运维286,000元；现场设备维护318,000元；数据分析及月报112,000元；应急值守52,000元。
（二）传感器及采集箱的维修更换所需配件，单件价格在2,000元以下的由乙方承担；超过该金额的，经甲方书面确认后按响应文件附件所列单价另行结算，不计入本合同总价。

第三条 付款方式
（一）服务费按季度支付，每季度192,000元。
（二）每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付上一季度服务费。
（三）本合同不设预付款。

第四条 服务要求
（一）乙方应组建不少于八人的运维团队，其中项目负责人一名，应具有岩土或测绘专业高级职称；现场维护人员不少于五名，数据分析人员不少于两名。人员名单经甲方确认后不得随意更换。
（二）巡检频次：平台每日巡检一次；现场设备每月巡检一次，盾构掘进影响区内的设备每周巡检一次；传感器每季度校准一次并留存校准记录。
（三）故障响应：
1. 一级故障（监测数据中断或超限预警无法推送）：乙方应在15分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个监测点数据异常）：1小时内响应，当日恢复；
3. 三级问题（报表及一般功能问题）：两个工作日内处理完毕。
（四）乙方未达到上述响应或恢复要求的，应向甲方书面说明原因，甲方可要求乙方限期整改。
（五）超限预警：监测数据达到预警值的，乙方应在10分钟内完成人工复核，并通过平台、短信向甲方及相关参建单位推送。
（六）月度监测分析报告应于次月五日前提交，内容包括各盾构区间监测数据变化趋势、累计变形与速率分析、预警处置情况、设备运行及故障统计、下月重点关注区域及建议。遇盾构穿越既有线路、河道或重要建筑物等关键节点的，乙方应编制专项监测简报。

第五条 考核与验收
（一）季度考核指标：巡检及校准记录完整、真实；设备故障均在第四条规定的时限内处理完毕；监测数据经审核无漏报、错报，超限预警均按要求复核推送；月度报告按时提交且内容完整。
（二）甲方每季度末组织考核，出具书面考核意见，考核意见作为支付季度服务费的依据。
（三）服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；乙方移交全部巡检记录、校准记录、故障处理记录及年度运维总结报告；平台及设备运行状态与服务期初交接清单相符。
（四）甲方在服务期满后二十日内完成年度验收，并出具书面验收意见。

第六条 数据安全与权属
（一）监测数据、工程资料、预警记录及运维过程中形成的全部数据归甲方所有。乙方仅可为履行本合同使用，不得用于其他项目、不得对外发布或提供给任何第三方。
（二）乙方应落实网络安全等级保护二级以上要求，运维账号实行实名制及最小权限管理，远程运维须通过甲方指定的安全接入方式进行并留存操作日志。
（三）发生数据泄露、篡改或系统遭受攻击的，乙方应在1小时内报告甲方，采取处置措施，并依法承担因乙方原因造成的全部责任。

第七条 保密
乙方对在服务过程中获知的工程资料、监测数据及甲方内部工作信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。乙方应要求其工作人员签署保密承诺书。本条在合同终止后继续有效。

第八条 知识产权
乙方在服务期间编制的月度报告、分析模型、运维脚本等成果的知识产权归甲方所有，甲方可自由使用和修改。

第九条 分包
本合同服务不得转包或分包。乙方不得以劳务外包等方式变相分包，项目负责人、数据分析人员等关键岗位人员应为与乙方签订劳动合同的正式员工，并提供社保缴纳证明。

第十条 合同解除
（一）乙方有下列情形之一的，甲方有权书面通知解除合同：连续两个季度考核不合格；因乙方原因导致重大安全预警漏报；违反第六条、第七条约定。
（二）合同解除的，甲方按乙方实际完成并经考核合格的服务支付费用，乙方应按第十二条约定完成交接。
（三）乙方可在甲方逾期付款超过六十日且经书面催告仍未支付时解除合同，但应给予甲方不少于三十日的过渡期。

第十一条 甲方义务
（一）甲方应向乙方提供监测系统的设计文件、设备清单、平台账号及既往运维资料，并协调各在建项目参建单位为乙方进入施工现场提供便利。
（二）甲方应指定专人负责本合同的日常联络、季度考核及验收工作，对乙方提交的报告及时反馈意见。
（三）甲方新增监测点位或调整监测范围的，应提前书面通知乙方，新增工作量由双方另行协商。

第十二条 交接
（一）服务期开始后十日内，双方共同对平台、服务器及全部现场设备进行清点，形成期初交接清单，注明设备数量、型号、安装位置及运行状态。
（二）服务期满或合同解除时，乙方应在十五日内配合甲方或甲方指定的新服务单位完成交接，移交全部账号口令、配置文件、运维记录和数据备份，交接期间不得中断监测数据采集与预警推送。

第十三条 安全生产
乙方人员进入施工现场应遵守甲方及参建单位的安全管理规定，佩戴安全防护用品，参加安全交底。乙方应为现场作业人员购买意外伤害保险，因乙方人员违章作业造成的事故由乙方自行负责。

第十四条 不可抗力
因地震、暴雨、台风等不可抗力造成设备损毁或服务中断的，乙方应立即报告甲方并尽力恢复监测，不可抗力影响期间的服务要求由双方协商调整。

第十五条 续约
本合同期满自动终止，不自动续期。甲方如需继续采购，依法另行组织采购。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方执三份，乙方执两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z05 = """# 匠迹工序追溯系统软件许可及定制开发合同

（匠迹软件标准合同文本 2026版）

合同编号：JJ-XS-2027-0112

甲方：某锡雕艺术工作室
乙方：某匠迹软件科技有限公司

甲方拟采购工序追溯管理软件，用于锡雕作品从原料熔锡、制坯、雕刻、打磨、抛光到包装出库的全流程记录与溯源。乙方为该软件的开发商。双方经友好协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序追溯系统”标准版软件许可（10个并发用户），并根据甲方需求进行定制开发、部署及培训。

1.2 定制开发内容：锡雕工序节点配置（熔锡、浇铸、錾刻、焊接、打磨、做旧、抛光）；匠人及工时记录；作品电子档案（含各工序照片）；二维码溯源查询页面；原料锡锭批次与成品关联；简易库存及订单台账。

1.3 具体功能以乙方出具的《功能说明书》为准。甲方在合同签订后提出的需求变更，乙方另行报价。

## 第二条 合同价格

本合同总价为人民币叁拾壹万捌仟元整（¥318,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追溯系统软件许可（永久，10并发） | 128,000 |
| 2 | 定制开发 | 164,000 |
| 3 | 部署实施及培训 | 26,000 |
| | 合计 | 318,000 |

上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥206,700，乙方收款后启动项目。

3.2 系统验收合格后五个工作日内，甲方支付合同总价的35%，即¥111,300。

3.3 乙方在收到每笔款项前向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知乙方。

3.4 甲方未按期付款的，乙方有权暂停开发或服务，工期相应顺延。

## 第四条 交付

4.1 乙方在收到首期款后六十个工作日内完成定制开发并部署至甲方服务器。开发期间，乙方每两周通过线上会议向甲方演示一次阶段成果，甲方应在演示后三个工作日内反馈意见。

4.2 因甲方未及时提供工序资料、作品照片样例或确认需求导致的延误，工期相应顺延。

4.3 部署环境要求：甲方应自行准备一台服务器（四核CPU、16GB内存、500GB硬盘，安装乙方指定版本的操作系统和数据库）及稳定的互联网接入，并为乙方开通远程部署所需的访问权限。甲方环境不符合要求导致的部署失败或性能问题，乙方不承担责任。

4.4 培训：乙方提供一次现场培训（不超过一天）及两次远程培训，培训对象为甲方管理员及各工序负责人。超出上述范围的培训，按乙方收费标准另行计费。

4.5 乙方交付内容为：安装完成的系统、管理员账号、用户操作手册（电子版）。源代码及数据库设计文档不在交付范围内。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方验收。甲方应在五个工作日内按照《功能说明书》逐项测试，各项功能均可正常使用、二维码溯源页面可正常访问的，即为验收合格。

5.2 甲方发现问题的，应书面列明，乙方修改完成后再次提交验收。验收合格后双方签署验收单。

## 第六条 免费维护与后续服务

6.1 自验收合格之日起，乙方提供六个月的免费维护，内容为软件缺陷修复及远程技术支持。

6.2 免费维护期内，甲方通过电话、微信或邮件反馈问题，乙方在收到反馈后尽快安排技术人员处理，原则上在工作日工作时间内进行。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方当年公布的年度服务价格购买年度服务。乙方有权根据市场情况调整服务价格。

6.4 免费维护期内，乙方发布的标准版小版本升级，甲方可免费获得；大版本升级及因甲方业务变化需要的功能调整，按乙方报价另行收费。免费维护不包括因甲方误操作、硬件故障、病毒或自行修改配置导致的问题。

## 第七条 甲方义务

甲方应指定一名项目联系人，负责需求确认、资料提供及验收组织；在乙方要求的时间内提供各工序名称、作业标准、作品照片样例及历史订单资料；妥善保管系统账号密码，因甲方账号保管不善造成的损失由甲方自行承担；按时支付合同款项。

## 第八条 知识产权

8.1 软件及其所有更新、升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、页面及相关源代码，其知识产权亦归乙方所有。甲方获得在本单位内部使用的非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果整合进标准产品，向其他客户提供。

8.4 软件中包含的第三方开源组件，按其各自的许可协议使用，乙方不对第三方组件的缺陷承担责任。

## 第九条 数据

9.1 甲方录入系统的作品信息、工序记录及客户资料归甲方所有。

9.2 甲方同意，乙方可将甲方作品照片、工序流程用于乙方产品宣传及案例展示，并可在去除客户姓名、联系方式后，将系统中的工艺及工时数据用于乙方产品改进和行业分析。

9.3 乙方应采取合理的技术措施保护系统数据安全，包括账号权限管理、数据定期备份及传输加密。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业信息、技术资料负有保密义务，未经对方同意不得向第三方披露，法律法规另有规定的除外。保密期限为本合同终止后三年。乙方为提供维护服务接触甲方系统时，应遵守甲方的工作室管理要求，不得拍摄或带走甲方未公开的作品设计图稿及样品。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下承担的全部责任（包括违约金及损害赔偿），累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或作品损毁承担责任。

## 第十二条 软件使用限制

12.1 甲方仅可在本单位内部、在许可的并发用户数范围内使用软件。甲方增加用户数的，应按乙方届时报价另行购买许可。

12.2 甲方不得对软件进行复制、出租、转售或用于向第三方提供服务，不得破解、绕过软件的许可控制措施。甲方违反本条约定的，乙方有权终止许可。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方云服务中断或国家政策变化导致本合同不能履行的，双方互不承担责任。

## 第十四条 合同解除

任何一方严重违反本合同约定，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。合同因甲方原因解除的，甲方已支付的款项不予退还；乙方已完成但未付款的工作，甲方应按实际工作量结算。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方《功能说明书》《服务说明》为准。

16.2 乙方向甲方发出的通知，通过电子邮件或微信发送至甲方联系人的，发送即视为送达。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLS-CN-2027-06
P:This Software Licence and Services Agreement (the "Agreement") is made between Prairie Ledger Software, Inc., a Kansas corporation with its principal office at 1200 South Santa Fe Avenue, Chanute, Kansas 66720, United States (the "Vendor"), and Hebei Fengrun Feed Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Shijiazhuang, Hebei Province (the "Customer").
P:The Customer operates four feed mills and wishes to replace its paper-based maintenance records with the Vendor's maintenance management software. The Vendor has agreed to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PrairieMaint maintenance management software, version 9, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-order templates, reports, interface programs and migration scripts developed by the Vendor specifically for the Customer, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's use, including equipment records, work orders, spare-part inventories and personnel data.
P:1.4 "Go-Live" means the first day on which the Software is used in production at all four mills. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users for the internal business of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The Customer shall not sell, sublicense or reverse engineer the Software except as permitted by applicable law.
P:2.3 Additional named users may be purchased at the unit price stated in Article 3.3 for three years from the Effective Date.
H:Article 3 Fees
P:3.1 The total price of this Agreement is CNY 1,872,000 (the "Contract Price"), inclusive of VAT, made up as follows:
P:(a) Perpetual Licence Fee, 150 named users: CNY 1,320,000;
P:(b) Configuration and interfaces: CNY 418,000;
P:(c) Data migration: CNY 96,000;
P:(d) Training: CNY 38,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and expenses of Vendor personnel, and no other charge is payable for the scope described in this Agreement.
P:3.3 Additional named users are priced at CNY 8,800 each, inclusive of VAT.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's valid VAT invoice:
P:(a) 20% (CNY 374,400) within 30 days after the Effective Date, against an advance payment guarantee issued by a bank in mainland China;
P:(b) 45% (CNY 842,400) within 30 days after Go-Live. Go-Live is not acceptance of the Software or of any Custom Deliverable;
P:(c) 35% (CNY 655,200) within 30 days after Final Acceptance.
P:4.2 All payments are made in CNY to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete installation within 45 days after the Effective Date, achieve Go-Live within 120 days after the Effective Date and request Final Acceptance within 180 days after the Effective Date, following the project plan agreed in the first two weeks.
P:5.2 Final Acceptance requires that: (a) every function in the Customer's requirement specification passes the agreed test scripts; (b) equipment and spare-part records migrated from the legacy spreadsheets reconcile by count and value with the source files; (c) the interfaces with the Customer's ERP purchasing module and the mills' SCADA alarm log run for 20 consecutive working days without error; (d) screens respond within 3 seconds with 120 concurrent users; and (e) the Software runs for 60 consecutive days after Go-Live without a Severity 1 incident.
P:5.3 The Customer shall complete its tests within 15 working days after a written request and issue a signed acceptance certificate or a written list of defects. The Vendor shall correct the defects and request acceptance again. Use of the Software in production, Go-Live and any payment do not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the requirement specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1 means that the Software is unavailable or that work orders cannot be issued at any mill; the Vendor shall respond within 1 hour and restore service or provide a workaround within 8 hours. Severity 2 means that a major function is impaired; the Vendor shall respond within 2 hours and resolve it within 2 working days. Severity 3 means any other defect or question; the Vendor shall respond on the next working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay CNY 1,000, and for each hour by which it misses a Severity 2 time, CNY 300. The Customer may deduct these amounts from any sum due to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 10.5% of the Perpetual Licence Fee (CNY 138,600 per year). This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with each release and at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after its work is completed.
P:8.2 The Software is installed on the Customer's servers in mainland China. The Vendor's staff may access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each session approved in advance and logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor or its staff, take all steps needed to contain it, and bear all losses, costs and fines resulting from it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only to perform this Agreement. This obligation does not apply to information that is public through no fault of the receiving party or that must be disclosed by law.
P:9.2 This Article survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or to request Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7.3, 8 and 9, to fraud or wilful misconduct, or to death or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach the Vendor shall refund the amounts paid for undelivered or rejected work, and the licence to delivered Software continues.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Kansas, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be resolved exclusively by the state or federal courts located in the State of Kansas, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with its Annex 1 (requirement specification) and Annex 2 (project plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Vendor: ____________________    For the Customer: ____________________
"""

E02 = """# Subscription Order Form

**Order Form No.** VF-2027-0419
**Vendor:** Verdigris Fieldworks LLC, 315 West Eighth Street, Coffeyville, Kansas 67337, United States
**Customer:** Suzhou Hengtai HVAC Engineering Co., Ltd., Wuzhong District, Suzhou, Jiangsu Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Services

The Vendor shall provide its FieldRoute field-service scheduling platform as a hosted subscription service (the "Service"), covering job intake, technician scheduling and dispatch, a mobile app for technicians, spare-part usage capture, customer sign-off and service reporting, for the Customer's installation and maintenance teams in the Yangtze River Delta. The Vendor shall also perform the onboarding services described in A4.

### A2. Subscription Term

The Subscription Term is three Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A4, and each later Subscription Year starts on an anniversary of that date. The Subscription Term ends at the end of the third Subscription Year. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Term total (CNY) |
|---|---|---|---|
| FieldRoute subscription | 220 named users at CNY 1,150 per user per Subscription Year | 253,000 | 759,000 |
| Premium support | per Subscription Year | 42,000 | 126,000 |
| Onboarding services | one-time | - | 68,000 |
| **Total Contract Value** | | | **953,000** |

All fees are in CNY and include VAT. The fees are fixed for the Subscription Term. Users added during a Subscription Year are charged pro rata at the same unit price.

### A4. Onboarding

The Vendor shall, within 60 days after signature of this Order Form: configure the Service for the Customer's three branches, job types and price lists; migrate open jobs, customer sites and equipment records from the Customer's current system; build the interface with the Customer's Kingdee ERP for spare-part issues and invoicing; and train 24 dispatchers and key users. Onboarding Acceptance occurs when the Customer signs an acceptance certificate after confirming that: (a) all configured workflows pass the agreed test scripts; (b) migrated records reconcile by count with the source extract; (c) the ERP interface runs for ten consecutive working days without error; and (d) the technician app works on the Customer's standard Android and iOS devices. The Customer shall test within ten working days after the Vendor's written notice of readiness.

If Onboarding Acceptance is not achieved within 60 days after signature for reasons attributable to the Vendor, the Vendor shall pay CNY 700 for each day of delay, up to a total of CNY 34,000.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription and premium support fees for each Subscription Year are invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt of a valid VAT invoice.

### A6. Hosting and Subprocessor

The Service is hosted for the Customer in a data centre in Shanghai operated by Huadong Cloud Computing Co., Ltd., which the Customer approves as a subprocessor by signing this Order Form.

Signed for the Vendor: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for the Customer, including customer names and addresses, site and equipment records, job records, photographs and signatures.

1.2 "Documentation" means the Vendor's user guides and technical specifications for the Service, as updated from time to time without reducing functionality.

### 2. Use of the Service

2.1 The Vendor grants the Customer a non-exclusive right during the Subscription Term to access and use the Service for its internal business, for the number of named users ordered.

2.2 The Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

2.3 The Vendor may update the Service from time to time, provided that no update materially reduces the functions described in A1 or the Documentation. The Vendor shall announce major updates at least ten days in advance and provide release notes in Chinese and English.

### 3. Service Levels

3.1 The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 23:00 and 06:00 Beijing time.

3.2 Incident priorities and response times: Priority 1 (the Service or the technician app is unavailable to all users) - response within 30 minutes and restoration within 3 hours; Priority 2 (a major function is unavailable) - response within 2 hours; Priority 3 (other issues) - response within one business day. Support is provided in Chinese by telephone and through the support portal around the clock for Priority 1 and Priority 2 incidents.

3.3 If availability in a month falls below the commitment in 3.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of shortfall, and a further credit of 2% of that amount for each hour by which a Priority 1 restoration time is exceeded. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Service and support to the Customer, and not for any other purpose, including analytics, benchmarking or product development.

4.2 Within 30 days after the end of the Subscription Term the Vendor shall return all Customer Data in CSV and the photographs in their original format, and then delete it from the Service and its backups.

### 5. Data Security

5.1 The Vendor shall keep Customer Data in mainland China and shall maintain security measures no less protective than MLPS level 3, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all administrative access and daily backups kept for 30 days.

5.2 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remediation, and indemnify the Customer for all losses, costs and regulatory fines caused by an incident attributable to the Vendor or its subprocessors.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the Subscription Term.

### 7. Intellectual Property

7.1 The Vendor owns the Service, the Documentation and all improvements to them.

7.2 Configurations, report templates and the ERP interface programs developed for the Customer under A4 belong to the Customer, which may use, modify and license them freely. The Vendor shall deliver the interface source code at Onboarding Acceptance.

### 8. Subcontracting

Apart from the subprocessor approved in A6, the Vendor shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent, and remains responsible for all subcontractors.

### 9. Suspension and Termination

9.1 The Vendor may suspend the Service if any undisputed invoice remains unpaid for 45 days after a written reminder, and may terminate this Order Form if the amount remains unpaid 30 days after suspension.

9.2 The Customer may not terminate this Order Form or any Subscription Year before the end of the Subscription Term. The Customer's remedies for any failure of the Service are the service credits under clause 3.3 and a claim for damages subject to clause 10.

9.3 On expiry or termination the Customer's right to use the Service ends and clause 4.2 applies.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Vendor's obligations under clauses 5 and 6, to the Customer's obligation to pay fees, or to fraud or wilful misconduct.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses in Part A, by courier or by email with confirmation of receipt.

12.2 Neither party may assign this Order Form without the other party's prior written consent.

12.3 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
"""

E03 = """T:Supply and Licence Contract for Condition Monitoring Sensors
P:Contract No. JHP-EQ-2027-0088
P:Buyer: Jiujiang Huaxin Paper Co., Ltd., Jiujiang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Duck River Sensing Corp., 801 North Main Street, Shelbyville, Tennessee 37160, United States, acting through its authorised representative office in Shanghai (the "Supplier").
P:The Buyer wishes to monitor the condition of the motors, pumps, fans and gearboxes of its two paper machines and its pulp line. After a competitive negotiation, the Buyer has selected the Supplier to supply wireless sensors and gateways, license its monitoring software and install and commission the system. This Contract is on the Buyer's standard terms for equipment and software.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.1. "Software" means the Supplier's RiverWatch condition monitoring software, including its server, analytics and mobile components. "System" means the Equipment and the Software as installed and configured at the Buyer's mill.
P:1.2 The Supplier shall supply the Equipment, grant the licence in clause 3, install and commission the System, configure alarm thresholds and fault models for each monitored asset, integrate the System with the Buyer's distributed control system historian and maintenance work-order system, and train the Buyer's staff.
P:1.3 The technical requirements are set out in Annex 1 (Technical Specification), which forms part of this Contract.
P:1.4 If the documents conflict, this Contract prevails over Annex 1, and Annex 1 prevails over the Supplier's offer. The Supplier's general terms of sale, delivery or licence do not apply, even if they are printed on an invoice, a delivery note or a licence key.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,886,000, inclusive of VAT, delivery to the Buyer's mill, insurance, customs duties and all installation materials, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX-rated|420|1,850|777,000
TB:2|Industrial wireless gateways with PoE and 4G backup|36|9,400|338,400
TB:3|RiverWatch software, perpetual licence (server plus 500 monitored assets)|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,601,400
TB:4|Installation and commissioning|1 lot|168,000|168,000
TB:5|Fault model and analytics configuration|1 lot|94,000|94,000
TB:6|Training|1 lot|22,600|22,600
TB:|Contract Price|||1,886,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, material costs or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers for up to 500 monitored assets at any of the Buyer's sites in mainland China.
P:3.2 The Buyer may transfer the licence to an affiliate that takes over the mill. Additional monitored assets may be licensed at CNY 920 per asset for three years after Final Acceptance.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 188,600) within 20 days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,037,300) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been installed and does not constitute acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 660,100) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice for the amount due.
P:4.5 Within 20 days after signature the Supplier shall provide a performance guarantee of 5% of the Contract Price, issued by a bank in mainland China and valid until 30 days after the end of the warranty period.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's mill within 60 days after signature and complete installation within 40 days after delivery, during the Buyer's planned maintenance shutdowns.
P:5.2 The Supplier's personnel shall comply with the Buyer's site safety rules, including lock-out procedures and permits for work at height and in hazardous areas.
P:5.3 The Equipment shall be new, of current production and packed for long-distance transport and storage in a humid environment. Each delivery shall be accompanied by a packing list, certificates of origin and conformity, test reports and the serial numbers of all sensors and gateways.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor reports to the Software at the configured interval, with a packet loss rate below 0.5% over 14 days; (b) vibration readings of 20 assets chosen by the Buyer agree with the Buyer's reference portable analyser within the tolerance in Annex 1; (c) alarms reach the historian and create work orders automatically in a test of every alarm class; (d) the System runs for 45 consecutive days without a Priority 1 incident; and (e) the Supplier has delivered the as-built drawings, asset configuration files and operating manuals.
P:6.2 The Buyer shall carry out the tests within 15 working days after the Supplier's written request and either sign the Final Acceptance certificate or give written reasons for refusal. Installation, use of the System in production and any payment do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software updates, remote support and on-site support free of charge.
P:7.2 Incident response times during the warranty period are set out below:
TB:Priority|Definition|Response|On-site or restore
TB:Priority 1|Software server down, or no data from a whole paper machine|2 hours|8 hours
TB:Priority 2|A gateway offline, or data missing for several assets|8 hours|2 working days
TB:Priority 3|A single sensor, report or usability issue|next working day|5 working days
P:7.3 For each hour of delay beyond a Priority 1 response or restore time, the Supplier shall pay CNY 1,200; for each day of delay beyond a Priority 2 time, CNY 800. The Buyer may deduct these sums from any payment due or from the performance guarantee.
P:7.4 After the warranty period, the Supplier shall offer annual support, including Software updates, remote support, on-site visits and replacement of failed sensors, at 8.5% of the Hardware and Licence Subtotal per year (CNY 136,119). This fee is fixed for the first three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The fault models, alarm settings, dashboards, integration scripts and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them in editable form.
H:9. Data Security and Ownership
P:9.1 All data collected by the System, including vibration, temperature and process data, belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for product development, benchmarking or any other purpose, in identifiable, aggregated or anonymised form.
P:9.2 The System is installed on the Buyer's network. Remote access by the Supplier requires prior approval for each session, is made through the Buyer's VPN and bastion host and is recorded. The Supplier shall not connect any Equipment to an external cloud service.
P:9.3 The Supplier shall notify the Buyer within 6 hours after becoming aware of any data breach or security incident involving the System caused by the Supplier, cooperate in its remediation and compensate the Buyer for all resulting losses.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's processes, equipment and production received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability under clauses 9 and 10 and for personal injury, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under clause 11.1 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
P:14.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within 5 days and takes reasonable steps to limit the effect. If force majeure continues for more than 90 days, either party may terminate the unperformed part of this Contract.
P:14.3 This Contract is signed in English and Chinese, both texts being equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** BHT-MSA-2027-03

**Between:**

**Qingdao Haichen Marine Equipment Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in the West Coast New Area, Qingdao, Shandong Province (the "Customer"); and

**Bluestem Managed Technology Inc.**, a Kansas corporation with its principal office at 410 Commercial Street, Atchison, Kansas 66002, United States, acting through its branch office in Qingdao (the "Provider").

**Background:** The Customer wishes to outsource its end-user IT support, desktop management and local network operations for its head office, two factories and its Tianjin sales office. The Provider has offered to provide these services on the terms of this Agreement.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Transition" means the work by which the Provider takes over the Services from the Customer's internal team and previous contractors, including knowledge transfer, inventory of devices and set-up of the service desk.

1.3 "Service Commencement Date" means the date on which the Provider starts to deliver the Services in full, determined under clause 3.3.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses, receives or handles in performing the Services.

## 2. Term

2.1 This Agreement starts on the date of signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. The parties shall start talks on any extension no later than six months before the end of the Term. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall complete Transition within 50 days after signature, in accordance with the transition plan agreed by the parties in the first two weeks after signature.

3.2 The Customer shall give the Provider access to its premises, systems and documentation, and shall make its IT staff available for knowledge transfer, as reasonably needed for Transition.

3.3 When the Provider considers Transition complete, it shall notify the Customer in writing. The Service Commencement Date is the date stated in that notice, and the Transition and the Services are deemed accepted by the Customer on that date.

3.4 If the Service Commencement Date occurs later than 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to a total of CNY 90,000.

## 4. Service Delivery

4.1 The Provider shall perform the Services with suitably qualified personnel, in accordance with good industry practice and the Customer's reasonable site rules.

4.2 The Provider shall assign a named service delivery manager based in Qingdao, who shall attend a monthly service review with the Customer and provide a monthly report on service levels, incidents, changes and improvement actions.

4.3 The Provider shall maintain an accurate inventory of the Customer's end-user devices and network equipment in the service management tool, which the Customer may inspect at any time.

4.4 The Customer may request changes to the scope of the Services. The parties shall agree the effect of any change on the Charges in writing before it is implemented.

4.5 The Provider shall not replace the service delivery manager or more than a quarter of the on-site team in any quarter without the Customer's prior agreement, and shall ensure that every replacement receives a proper handover. The Customer may ask for the removal of any Provider staff member who breaches its site rules.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2.

5.2 If the Provider fails to meet a service level in a month, the Customer is entitled to the service credits in Schedule 2. Service credits are deducted from the monthly charge for the following month. The total service credits for a month shall not exceed 20% of the monthly charge for that month.

5.3 Service credits do not limit the Customer's other rights and remedies, including the right to terminate under clause 11.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,298,000, inclusive of VAT.

6.2 The Provider shall invoice the transition fee on the Service Commencement Date and the monthly charge at the end of each month in arrears. The Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice.

6.3 The monthly charge is fixed for the Term. The Provider may not increase it for inflation, exchange rates or wage costs.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services for the Customer and for no other purpose.

7.2 At the end of the Term the Provider shall return all Customer Data in its possession to the Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked as confidential or would reasonably be regarded as confidential, including the Customer's product designs, drawings, customer lists and prices, and shall use it only for the purposes of this Agreement.

8.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations, or where required by law.

8.3 This clause continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 The Provider's tools, methods and service management software remain the property of the Provider.

9.2 Knowledge articles, scripts, device images, network diagrams and documents prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 8, to wilful misconduct or to death or personal injury.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

11.2 The Customer may also terminate this Agreement by written notice if the Provider fails the same Priority 1 service level in three consecutive months.

11.3 On termination or expiry the Provider shall cooperate with the Customer and any replacement provider for up to 60 days to ensure an orderly exit, at the rates in Schedule 3 for additional work.

## 12. Subcontracting and Assignment

12.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for all approved subcontractors.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

14.2 Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 - Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Bilingual (Chinese and English) telephone, email and portal support for about 1,200 users | 07:30-20:00 on working days, on-call at other times for Priority 1 |
| Desktop support | Installation, repair, imaging and replacement of PCs, laptops, printers and mobile devices | On site at head office and both factories; remote for the Tianjin office |
| Network operations | Monitoring and management of switches, wireless access points and firewalls at all sites | Around the clock monitoring |
| Patch and software management | Monthly patching of end-user devices and standard software packages | All managed devices |
| Moves, adds and changes | Set-up for new joiners, leavers and office moves | Up to 45 requests per month included |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed incident |
|---|---|---|---|---|
| Priority 1 | A site, production line office or the whole network is down | 30 minutes | 3 hours | CNY 1,500 |
| Priority 2 | A department or a critical user cannot work | 1 hour | 8 hours | CNY 600 |
| Priority 3 | A single user has a problem with a workaround | 6 working hours | 2 working days | CNY 150 |
| Service requests | Standard requests from the catalogue | 1 working day | 3 working days | CNY 80 |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 84,000 |
| Monthly charge | CNY 61,500 per month for 36 months | 2,214,000 |
| **Total Contract Value** | | **2,298,000** |
| Additional work | Engineer day rate | 2,600 per day |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. HPD-API-2027-12

This Data Subscription Agreement is made between:

HIGH PLAINS DATA SERVICES, INC., a Kansas corporation with its principal office at 500 Delaware Street, Leavenworth, Kansas 66048, United States ("Vendor"); and

DALIAN BEIGANG GRAIN TRADING CO., LTD., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province ("Customer").

The Customer buys and ships corn, soybeans and wheat and wishes to feed crop weather, crop condition and grain market data into its trading and risk systems. The Vendor provides such data through its application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's HarvestLine REST application programming interface and its documentation.

1.2 "Licensed Data" means the weather observations and forecasts, crop condition indices, US and South American crop progress data, export inspection data and futures-derived price series supplied through the API.

1.3 "Customer Data" means all data supplied by the Customer to the Vendor or generated by the Customer's use of the API, including query parameters, the locations of the Customer's sourcing regions and storage facilities, user accounts, API keys and usage logs.

1.4 "Activation Date" means the date on which the Vendor issues production API keys to the Customer.

1.5 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the following period from that anniversary to the day before the second anniversary.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for its internal trading, procurement, logistics and risk management, including in internal reports and models.

2.2 The Customer may keep and use Licensed Data downloaded during the Subscription Term after it ends, for internal historical analysis only.

2.3 The Customer shall not resell the Licensed Data or redistribute it as a data feed to third parties. Sharing of reports that contain Licensed Data with the Customer's banks, auditors and regulators is permitted.

2.4 The subscription includes up to 5 million API calls per calendar month. Calls beyond that volume are charged at CNY 0.02 per 100 calls, invoiced monthly in arrears.

3. DELIVERY AND INTEGRATION

3.1 The Vendor shall issue production API keys within 10 days after signature of this Agreement.

3.2 The Vendor shall provide integration services: mapping the Licensed Data to the Customer's data warehouse schema, building connectors that load the data into the Customer's risk system each hour, setting up data quality checks and training the Customer's analysts. The Vendor shall complete the integration services within 45 days after the Activation Date.

3.3 Integration Acceptance occurs when the Customer confirms in writing that: (a) all agreed data sets load automatically into the data warehouse for ten consecutive working days; (b) loaded values match the API output in a sample of 500 records chosen by the Customer; (c) the connectors recover automatically after an interruption of the network; and (d) the Vendor has delivered the connector source code and run book. The Customer shall complete its checks within ten working days after the Vendor's notice of readiness.

3.4 If the production API keys or Integration Acceptance are late for reasons attributable to the Vendor, the Vendor shall pay CNY 450 for each day of delay, up to a total of CNY 22,000.

4. FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 348,000;
(b) subscription fee for the second Subscription Year: CNY 348,000;
(c) integration services, one-time: CNY 46,000.
The total fees for the Subscription Term are CNY 742,000, inclusive of VAT, excluding any usage charges under clause 2.4.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. The Customer shall pay within 30 days after receipt of a valid VAT invoice.

4.3 The fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 The Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance.

5.2 The Vendor shall publish daily data sets by the times stated in the documentation, and shall correct any data error reported by the Customer within two business days.

5.3 Incidents are classified by priority. Priority 1 means that the API is unavailable or that a daily data set is not delivered; the Vendor shall respond within 8 hours after the Customer's report and restore the service as soon as possible. Priority 2 means that a single endpoint or data set is degraded; the Vendor shall respond within one business day. Priority 3 covers questions and minor defects; the Vendor shall respond within three business days.

5.4 If monthly availability falls below the commitment in clause 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose, including to analyse the Customer's trading interests or to improve or market its products.

6.2 Within 30 days after the end of the Subscription Term the Vendor shall delete all Customer Data and confirm the deletion in writing.

7. DATA SECURITY

7.1 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, hashed storage of API keys, role-based access for its staff, multi-factor authentication and logging of all administrative access.

7.2 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all steps needed to contain and remedy it, and shall compensate the Customer for all losses, costs and fines caused by such an incident where it results from the Vendor's breach of this clause.

7.3 The Customer shall keep its API keys secure and shall notify the Vendor promptly if it suspects misuse, so that the keys can be replaced.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its data providers own the Licensed Data, the API and the Vendor's models.

8.2 The connectors, mappings, data quality checks and run book prepared for the Customer under clause 3.2 belong to the Customer, which may use, modify and license them freely.

8.3 The Vendor shall defend the Customer against any claim that the Customer's use of the Licensed Data in accordance with this Agreement infringes the rights of a third party, and shall pay any resulting damages and costs.

9. WARRANTIES

9.1 The Vendor warrants that it has all rights needed to license the Licensed Data to the Customer and that the Licensed Data is compiled with reasonable skill and care from the sources described in the documentation.

9.2 The Customer acknowledges that forecasts are estimates and that the Vendor does not warrant any trading result.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or for loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 4.1. This limit does not apply to breach of clauses 6 or 7, to the indemnity in clause 8.3, or to fraud or wilful misconduct.

11. SUBCONTRACTING

The Vendor shall not subcontract the integration services or the operation of the API to any third party without the Customer's prior written consent. The Vendor's data providers are not subcontractors.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, and shall then receive a pro rata refund of fees paid for the period after termination.

12.3 The Vendor may suspend access if any undisputed invoice remains unpaid 30 days after a written reminder.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitration shall be conducted in English.

14. GENERAL

14.1 Notices shall be sent by courier or email to the addresses stated above.

14.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war or a general failure of public networks, provided it notifies the other party promptly and resumes performance as soon as the event ends.

14.3 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for HIGH PLAINS DATA SERVICES, INC.: ____________________

SIGNED for DALIAN BEIGANG GRAIN TRADING CO., LTD.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, language)
    "z01": ("h975z01_medical_insurance_ltc_assessment_platform.pdf", "pdf", "zh"),
    "z02": ("h975z02_steamer_factory_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h975z03_phonics_chain_booking_membership_saas.txt", "txt", "zh"),
    "z04": ("h975z04_tbm_safety_monitoring_annual_om.txt", "txt", "zh"),
    "z05": ("h975z05_tin_carving_process_tracking_supplier_template.md", "md", "zh"),
    "e01": ("h975e01_cmms_perpetual_licence_kansas_vendor.pdf", "pdf", "en"),
    "e02": ("h975e02_field_service_saas_order_form.md", "md", "en"),
    "e03": ("h975e03_condition_monitoring_sensors_licence.docx", "docx", "en"),
    "e04": ("h975e04_managed_it_services_36_months.md", "md", "en"),
    "e05": ("h975e05_grain_data_api_subscription.txt", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]

# price checks (itemised sums) and derived values
assert 1180000 + 736000 + 214000 + 96000 == 2226000
assert 445200 + 1001700 + 779100 == 2226000 and 0.2 * 2226000 == 445200
assert 1152000 + 486000 + 138000 + 204000 + 310000 == 2290000
assert 2290000 + 176000 + 124000 + 26000 == 2616000
assert 261600 + 1438800 + 915600 == 2616000 and round(0.28 * 2290000) == 641200
assert 40 * 5600 * 2 + 36000 * 2 + 86000 == 606000 and (40 * 5600 + 36000) / 4 == 65000
assert 286000 + 318000 + 112000 + 52000 == 768000 and 768000 / 4 == 192000
assert 128000 + 164000 + 26000 == 318000 and 206700 + 111300 == 318000 and round(0.65 * 318000) == 206700
assert 1320000 + 418000 + 96000 + 38000 == 1872000 and 374400 + 842400 + 655200 == 1872000
assert round(0.105 * 1320000) == 138600
assert 220 * 1150 == 253000 and 253000 * 3 + 42000 * 3 + 68000 == 953000
assert 420 * 1850 == 777000 and 36 * 9400 == 338400 and 777000 + 338400 + 486000 == 1601400
assert 1601400 + 168000 + 94000 + 22600 == 1886000 and 188600 + 1037300 + 660100 == 1886000
assert round(0.085 * 1601400) == 136119
assert 84000 + 61500 * 36 == 2298000
assert 348000 * 2 + 46000 == 742000


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law]))


# key: (category, kind, terms, extra, fee base for TCO or None, design rules)
LABELS = {
    "z01": ("software", "goods_or_licence",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2226000), 1180000, []),
    "z02": ("hardware", "goods_or_licence",
            T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, True, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2616000), 2290000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", "service",
            T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=606000), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", "service",
            T(None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True,
              False, "PRC"),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=768000), None,
            ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": ("software", "goods_or_licence",
            T(None, None, False, "supplier", True, False, True, 0.02, 20, 65, True, True, 6, None, False, True, None,
              None),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
                 contract_value=318000), 128000,
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", "goods_or_licence",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10.5, False, True, False,
              "Kansas"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1872000), 1320000, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", "service",
            T(99.95, 0.5, True, "buyer", True, True, True, 700 / 953000 * 100, 6 / 36 * 100, None, True, None, None,
              None, False, False, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=953000), None,
            ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e03": ("hardware", "goods_or_licence",
            T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8.5, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1886000), 1601400, []),
    "e04": ("services", "service",
            T(None, 0.5, True, "buyer", False, True, True, 1800 / 2298000 * 100, 150, None, False, None, None, None,
              False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=True, contract_value=2298000), None,
            ["CR-ACCEPTANCE", "CR-DATA-SECURITY"]),
    "e05": ("cloud", "service",
            T(99.95, 8, True, "buyer", True, True, False, 450 / 742000 * 100, 150, None, True, None, None, None, False,
              True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=742000), None,
            ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Kansas courts (the law chosen already fires the rule)

# policy thresholds (defaults of §3 and §4)
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, FEE_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    cat, kind, t, x, base, _ = LABELS[key]
    if kind != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    cat, kind, t, x, base, _ = LABELS[key]
    goods = kind == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > FEE_MAX):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(key)
    if s is not None and s > TCO_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


# threshold figures, as text
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])0\.05\s*(?:%|％)",
    r"(?<![a-z-])(?:thirty|fifteen|forty|one\s*hundred)\s*-?\s*(?:per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![点零一二三四五六七八九十])",
    r"万分之五(?![点零一二三四五六七八九十])", r"千分之零点五", r"千分之0\.5",
    r"(?<![\d.])4\s*(?:个)?小时", r"(?<![零一二三四五六七八九十两])四\s*(?:个)?小时",
    r"(?<![\d.])4\s*-?\s*(?:working\s*)?(?:hours?|hrs?)", r"(?<!ty)(?<!ty-)(?<!ty\s)four\s*-?\s*(?:working\s*)?hours?",
    r"(?<![\d.])12\s*-?\s*months?", r"twelve\s*-?\s*months?", r"十二\s*个月", r"(?<![\d.])12\s*个月",
    r"(?<![\d.])5\s*-?\s*years?", r"(?<![a-z])five\s*-?\s*years?", r"(?<![\d.零一二三四五六七八九十])[5五]\s*年",
]), re.I)
MUST_HIT = ["30%", "30 %", "付款百分之三十", "4小时内", "四小时", "四个小时", "within 4 hours", "4-hour", "four hours",
            "99.9%", "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve-month", "15%", "40 %", "100%",
            "five years", "5 years", "质保5年", "forty percent"]
MUST_MISS = ["35%", "130%", "99.95%", "0.08%", "24小时", "24 hours", "14 hours", "2027年12月31日", "万分之五十",
             "12 hours", "20%", "2025年", "1.5%", "0.15%", "twenty-four hours", "8.5%", "10.5%", "三年", "4G backup",
             "150%", "45%"]


def threshold_hits(text):
    out = []
    for variant in (text, " ".join(text.split()), "".join(text.split())):
        out += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return out


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    cat, kind, t, x, base, rules = LABELS[key]
    name, fmt, lang = FILES[key]
    terms = dict(t)
    terms["contract_kind"] = kind
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
           "expected_rules": sorted(rules)}
    return json.dumps(lab, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s_ in MUST_HIT:
        assert threshold_hits(s_), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not threshold_hits(s_), ("must miss", s_, threshold_hits(s_))

    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k].strip() + "\n", encoding="utf-8")
            print("wrote", name)

    covered = set()
    counts = {}
    for k, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name, fmt)
        n = len("".join(text.split())) if lang == "zh" else len(text.split())
        counts[k] = n
        if lang == "zh":
            assert 2750 <= n <= 3000, (k, n)
        else:
            assert 1450 <= n <= 1650, (k, n)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        cat, kind, t, x, base, rules = LABELS[k]
        # no label value on a threshold
        assert t["availability_pct"] != AVAIL and t["p1_response_hours"] != P1_HOURS
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - LD_MIN) > 1e-9
        assert t["liability_cap_pct"] != CAP_MIN and t["prepayment_pct"] != PREPAY_MAX
        assert t["warranty_months"] != WARRANTY_MIN and t["post_warranty_fee_pct"] != FEE_MAX
        sh = tco_share(k)
        assert sh is None or abs(sh - TCO_MAX) > 2, (k, sh)
        if kind == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        d = derive(k)
        assert d == sorted(rules), (k, d, rules)
        covered |= set(d)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
        print(f"{k} {name} len={n} tco={None if sh is None else round(sh, 2)} risk={risk(d)} rules={d}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    assert [k for k in FILES if not LABELS[k][5]] == ["z01", "e03"]
    assert LABELS["e01"][5] == ["CR-GOVERNING-LAW"] and risk(LABELS["e01"][5]) == "low"
    assert 8 <= len(LABELS["z05"][5]) <= 10
    assert all(2 <= len(LABELS[k][5]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")
