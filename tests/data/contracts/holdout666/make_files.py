"""holdout666: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H666Z01 = """T:江州市曲艺团演出与票务管理平台采购合同
P:合同编号：JZQY-ZFCG-2026-017
P:采购人（甲方）：江州市曲艺团
P:供应商（乙方）：杭州云幕文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江州市政府采购中心组织的公开招标（项目编号：JZCG-2026-0311）结果，甲乙双方就演出与票务管理平台项目订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供演出与票务管理平台软件许可，包括演出排期、票务销售、座位管理、会员管理、财务结算五个模块，并完成定制开发、部署实施、数据迁移及培训。
P:1.2 定制开发内容包括：曲艺书场与大剧场两套座位图及选座规则、三家第三方分销渠道接口、财政非税收入收缴系统接口、惠民演出票务核销功能及巡演场次临时售票功能。
P:1.3 软件许可为永久许可，不限用户数，甲方可在本团所属书场、剧场及巡演场所使用。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000），其中：平台软件许可费¥842,000；定制开发费¥516,000；实施部署及数据迁移费¥118,000；培训费¥24,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方软件及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方提交等额发票，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 系统最终验收合格并出具验收报告后，甲方支付合同总价的35%。
P:3.4 甲方通过财政国库集中支付方式付款。乙方应在每次付款前提交合法有效的发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，并向甲方提交初验申请。
P:4.2 乙方应按甲方确认的实施计划推进工作，每两周提交一次进度报告；涉及演出季售票的切换，应避开甲方已公布的演出日程。
P:4.3 乙方应派驻项目经理一名，未经甲方同意不得更换。
P:4.4 因甲方未按时提供座位资料、接口参数或测试环境造成延误的，经甲方书面确认后，交付期限相应顺延。
H:第五条 验收
P:5.1 初验标准：全部功能符合招标文件要求及乙方投标响应；售票模块在每分钟800张出票的压力测试下下单成功，且无超售、无重复出票；座位图与实际座位逐一核对一致；分销渠道接口与财政接口联调通过；历史会员及票务数据迁移后全量比对无差异。
P:5.2 初验合格后进入60日试运行。试运行期间无一级故障、每日票款对账差异为零，并通过甲方委托的第三方网络安全测评的，乙方方可申请最终验收。
P:5.3 甲方组织专家按上述标准进行最终验收并出具书面验收报告。系统上线、试运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥75,780。该价格在质保期满后三年内不上调，维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%。计划维护时间除外，计划维护应提前三日通知甲方并安排在无演出时段。
P:7.2 一级故障（售票、检票或结算中断）乙方应在30分钟内响应，2小时内到场或远程恢复；二级故障（单一功能异常）应在2小时内响应，次日内解决。
P:7.3 乙方响应或恢复每迟延一小时，甲方有权从应付款项中扣减¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,500。
H:第八条 数据安全与数据归属
P:8.1 观众购票信息、会员个人信息、演出及财务数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第二级要求部署安全措施，对个人信息加密存储和传输，运维访问须经甲方审批并留存日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、演出安排、票房数据及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久使用许可。
P:10.2 为本项目定制开发的座位图、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行修改或委托他人修改。乙方应在最终验收时交付全部源代码。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成最终验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转包、分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 甲方严重违约，经乙方书面催告后30日内仍未纠正的，乙方有权书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与培训
P:15.1 乙方应组建不少于六人的项目实施团队，其中项目经理须具有三年以上票务或文旅信息化项目经验。项目经理每周参加甲方组织的项目例会，并对会议纪要中确定的事项按期落实。
P:15.2 乙方应分别对甲方售票员、财务人员、系统管理员开展培训，培训不少于三批次，并提供操作手册、管理员手册及培训视频。培训结束后，乙方应组织考核，确保每名受训人员能够独立完成本岗位操作。
P:15.3 乙方应在初验前提交系统设计说明书、数据库设计说明书、接口说明书、测试报告和部署文档，最终验收前提交全部源代码及编译说明。
H:第十六条 不可抗力
P:16.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方，并在15日内提供相关证明，履行期限相应顺延。
P:16.2 不可抗力消除后，双方应尽快恢复履行，并协商调整实施计划。
P:16.3 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的财物或不正当利益；违反本款的，甲方有权向监管部门报告，并依法追究乙方责任。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分。
P:17.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：江州市曲艺团            乙方（盖章）：杭州云幕文化科技有限公司
P:日期：2026年  月  日
"""

H666Z02 = """T:宣纸生产线制浆与烘干控制系统改造及维保合同
P:合同编号：JX-GZ-2026-042
P:甲方（买方）：安徽泾溪宣纸有限公司
P:乙方（卖方）：合肥中拓自动化工程有限公司
P:为提升青檀皮、沙田稻草制浆及焙墙烘干工序的自动化水平，甲方委托乙方对现有生产线控制系统进行改造并提供后续维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 制浆工段：蒸煮、洗浆、漂白、打浆四道工序的温度、浓度、液位自动控制，更换原有继电器控制柜。
P:1.2 烘干工段：八面焙墙的温度、湿度闭环控制及故障报警，保留人工晒纸工位。
P:1.3 软件：组态软件许可及生产追溯软件许可，实现工艺参数记录、批次追溯、能耗统计和生产报表。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾柒万捌仟元整（¥1,478,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及IO模块|6套|468,000
TB:2|变频器|36台|324,000
TB:3|焙墙温湿度传感器及执行机构|1批|186,000
TB:4|工控机及操作站|4套|92,000
TB:5|组态软件许可（永久）|1套|138,000
TB:6|生产追溯软件许可（永久）|1套|96,000
TB:|软硬件小计||1,304,000
TB:7|安装调试及联调|1项|156,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,478,000
P:2.2 上述价格为固定价格，包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经双方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不视为验收。
P:3.3 系统最终验收合格后，甲方支付合同总价的42%。
P:3.4 余款3%作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:第四条 交货与施工
P:4.1 乙方应于合同签订后60日内将设备运抵甲方厂区，并利用甲方春季停产检修期完成安装，停产检修期以甲方书面通知为准。
P:4.2 设备到货时，乙方应提供装箱单、合格证及说明书，双方共同开箱清点；发现缺损的，乙方应在7日内补齐或更换。
P:4.3 施工期间乙方应遵守甲方安全生产制度，动火作业须办理审批手续，不得影响未改造工段的正常生产。
H:第五条 验收
P:5.1 验收标准：全部设备规格型号符合投标文件；系统连续运行72小时无停机；焙墙温度控制偏差不超过±1.5℃；打浆浓度控制偏差不超过±0.2个百分点；报警、联锁功能逐项测试通过；追溯软件可按批次查询原料、工艺参数及操作人员。
P:5.2 上述测试通过后进入30日试生产，试生产期间成纸合格率不低于改造前三个月的平均水平，方可进行最终验收。
P:5.3 甲方按上述标准组织验收并签署验收证书。设备安装完成、试生产或甲方使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换和升级均免费。
P:6.2 质保期满后，乙方按软硬件小计的7%收取年度维保费，即每年¥91,280，该价格在质保期满后三年内固定不变；维保合同每年由甲方决定是否续签，不自动续期。
P:6.3 一级故障（制浆或烘干工段停产）乙方应在1小时内响应，6小时内到场处理；二级故障应在8小时内响应，48小时内解决。
P:6.4 乙方响应或到场每迟延一小时，甲方有权从质量保证金或维保费中扣减¥600。
H:第七条 数据与网络安全
P:7.1 生产工艺参数、配方、产量及能耗数据均属于甲方所有，乙方不得复制、保存或用于本合同以外的任何目的。
P:7.2 乙方应在控制网络与办公网络之间部署工业防火墙；远程维护须经甲方逐次审批，通过甲方指定的堡垒机进行并留存操作记录。
P:7.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在1小时内报告甲方，采取补救措施并承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方传统工艺、配方、客户信息及经营信息负有保密义务，未经甲方书面同意不得披露给任何第三方。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 组态软件及追溯软件的既有知识产权归原权利人所有，甲方获得永久使用许可。
P:9.2 为本项目编制的控制程序、组态画面、报表模板及其源文件的知识产权归甲方所有，乙方应在验收时全部移交。
H:第十条 分包
P:10.1 电气安装、桥架敷设及电缆施工可由乙方分包给具备相应资质的单位，乙方应在开工前书面告知甲方分包单位名称，并对分包部分的质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，应采取有效补救措施并承担相应的违约责任。
P:11.2 设备或软件不符合合同约定的，乙方应负责免费更换或整改；经两次整改仍不合格的，甲方有权退货。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交宣城仲裁委员会仲裁。
H:第十四条 人员与培训
P:14.1 乙方应指派具有造纸行业自动化改造经验的项目经理一名、电气工程师及软件工程师各两名，施工期间常驻甲方厂区。乙方人员应遵守甲方厂规厂纪及文明施工要求，并自行办理人身意外伤害保险。
P:14.2 乙方应对甲方制浆、烘干工段的操作工及设备维护人员进行培训，内容包括系统操作、参数调整、报警处理、日常点检及常见故障排除，培训不少于三批次，每批次不少于两天，并提供中文操作手册和维护手册。
P:14.3 乙方应在验收前向甲方移交电气原理图、接线图、PLC程序及注释、组态工程文件、设备清单、备品备件清单及出厂合格证明。
H:第十五条 不可抗力
P:15.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在10日内提供证明，履行期限相应顺延。
P:15.2 不可抗力持续超过60日的，双方应协商是否继续履行本合同。
H:第十六条 安全生产与环保
P:16.1 乙方施工人员应接受甲方安全教育，进入制浆车间须佩戴防护用品；蒸煮、漂白区域作业须在甲方人员监护下进行。
P:16.2 乙方拆除的旧控制柜、电缆等废旧物资归甲方所有，由乙方按甲方指定地点分类堆放；施工产生的包装物及建筑垃圾由乙方负责清运。
P:16.3 因乙方施工造成甲方设备损坏、停产或人员伤害的，乙方应承担修复及赔偿责任。
H:第十七条 通知与联络
P:17.1 双方各指定一名项目联系人，负责施工协调、技术确认及文件签收。联系人变更的，应提前书面通知对方。
P:17.2 本合同项下的通知、确认及变更均应以书面形式作出，以专人送达、快递或电子邮件方式发送至合同载明的地址。
P:17.3 乙方承诺不向甲方人员提供回扣、礼品或其他不正当利益，甲方发现的，有权终止与乙方的后续合作。
H:第十八条 其他
P:18.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:18.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：安徽泾溪宣纸有限公司      乙方（盖章）：合肥中拓自动化工程有限公司
"""

H666Z03 = """连锁琴行课程预约与会员管理系统（SaaS）服务合同

合同编号：YY-SaaS-2026-0815
甲方（客户）：成都和弦琴行连锁管理有限公司
乙方（服务商）：成都乐排云科技有限公司

甲方在四川、重庆两地经营40家琴行门店，需统一的课程预约、排课、会员及收银管理系统。乙方以软件即服务（SaaS）方式提供该系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方40家门店开通课程预约与会员管理系统，包括排课约课、教室与琴房管理、教师课时结算、会员储值与课包、学员成长档案、家长端小程序及门店经营报表。
2. 每家门店开通后台账号不限数量，家长端小程序以甲方品牌上线。
（二）实施服务
1. 将甲方现有会员、课包余额及排课数据迁移至本系统。
2. 完成与甲方收银及聚合支付的对接，配置甲方课程体系和价格体系。
3. 对门店店长、前台及教务人员进行培训，分三批完成。
4. 协助甲方制定门店上线切换方案，在切换当日安排专人远程值守，处理门店反馈的问题。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算。第一个服务年度自上线验收合格之日起至次年同日前一日止，第二个服务年度依次顺延。
（二）服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权根据市场行情上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方新价格。

三、费用与支付
（一）订阅费为每家门店每个服务年度人民币5,600元，40家门店每个服务年度合计224,000元，两个服务年度合计448,000元。
（二）实施费为一次性费用人民币86,000元。
（三）合同总价为人民币534,000元。
（四）甲方不支付预付款。实施费在上线验收合格后15个工作日内支付；订阅费按季度结算，甲方在每季度结束后15个工作日内支付该季度订阅费56,000元。
（五）乙方应在每次付款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后45日内完成全部门店上线。
（二）上线验收标准：
1. 40家门店账号、教室、教师及课程体系配置完毕，经各门店店长确认；
2. 会员、课包余额及未消课时迁移后与原系统逐条核对一致；
3. 家长端小程序在500人同时约课的测试下，约课成功且无重复占用琴房；
4. 收银对接后连续7日每日对账无差异。
（三）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应在每日23时至次日7时之间进行，并提前两日通知。
（二）一级故障（全部门店无法约课或收银）乙方应在30分钟内响应，3小时内恢复；二级故障（单一门店或单一功能异常）应在2小时内响应，当日解决。
（三）月度可用率每低于承诺值0.1个百分点，乙方减免当月订阅费的2%；一级故障恢复每超时一小时，减免当月订阅费的1%。当月减免总额不超过当月订阅费。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，采用加密存储与传输，落实访问控制与操作审计，并符合网络安全等级保护第三级要求。
（二）学员及家长个人信息的处理应符合《个人信息保护法》，乙方不得超出本合同目的处理。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。

七、数据归属
（一）甲方在系统中产生的会员、学员、课程及经营数据归甲方所有。
（二）甲方同意，乙方可将上述数据进行去标识化处理后，汇总用于乙方的行业分析报告、产品改进及服务推荐，该使用在本合同终止后仍可继续。
（三）合同终止时，乙方应在30日内向甲方提供全部数据的完整导出文件，之后删除其保存的甲方数据。

八、保密
双方对履约中知悉的对方商业信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的课程体系模板、经营报表及收银对接程序归甲方所有，甲方可自行使用、修改或交由第三方使用。

十、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日，按逾期金额的万分之三支付违约金。

十一、分包
乙方不得转包本合同。实施服务中的部分工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

十二、合同解除
（一）一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方可解除本合同。
（二）系统连续两个月可用率低于承诺值的，甲方可解除本合同。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、项目管理与培训
（一）乙方应指定一名实施项目经理和一名客户成功经理。实施期间项目经理每周向甲方提交进度报告；服务期内客户成功经理每季度与甲方召开一次服务回顾会议，通报系统运行情况、故障统计及版本更新计划。
（二）乙方应按门店分批开展培训，培训对象包括店长、前台、教务及财务人员。培训可采用线上直播与门店现场相结合的方式，每家门店至少安排一次现场指导，并提供操作手册和视频教程。
（三）服务期内新开门店的，甲方可按本合同约定的门店订阅单价增开门店，费用按当期剩余月份折算，不计入本合同总价。

十五、版本更新与变更
（一）乙方可对系统进行版本升级，但不得降低本合同约定的功能和服务水平。涉及家长端小程序界面或收银流程的重大变更，应提前15日通知甲方，并提供测试环境供甲方确认。
（二）甲方提出的个性化功能需求，由双方另行协商确定工作量和费用，并签订书面变更文件。

十六、不可抗力
因不可抗力导致一方不能履行本合同的，受影响一方应及时通知对方，并在10日内提供证明。不可抗力影响期间，相应义务的履行期限顺延。

十七、廉洁与合规
（一）双方应遵守商业道德，任何一方不得向对方经办人员提供回扣、礼品或其他不正当利益。
（二）乙方通过系统向学员家长发送营销信息的，须以甲方名义并经甲方事先确认，且应取得家长的同意，不得以乙方名义向甲方学员推送任何广告。
（三）乙方应保证家长端小程序符合相关平台规则及未成年人保护的法律规定，因小程序违规被下架或受到处罚的，由乙方负责整改并承担相应后果。

十八、甲方义务
（一）甲方应指定总部项目负责人，协调各门店配合数据整理、账号开通及培训安排。
（二）甲方应按期支付费用，及时反馈门店在使用中发现的问题，并妥善保管管理员账号和密码；因甲方账号管理不善导致的损失由甲方自行承担。

十九、通知
本合同项下的通知应以书面形式送达合同首部所列地址或双方确认的电子邮箱。以电子邮件发送的，发出之日起第二个工作日视为送达。

二十、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都和弦琴行连锁管理有限公司
乙方（盖章）：成都乐排云科技有限公司
"""

H666Z04 = """临江市广播电视台节目播出系统运维服务合同

合同编号：LJGD-YW-2026-006
甲方：临江市广播电视台
乙方：江城广电技术服务有限公司

根据甲方节目播出系统运行维护服务采购结果，为保障电视频道及广播频率安全播出，甲乙双方经协商一致，订立本合同。

第一条 服务范围
一、服务对象：甲方播出中心的三套电视频道播出系统、两套广播频率播出系统、硬盘播出服务器、视频切换台、信号监测系统、播出网络及配套的供电与空调监控设备。
二、服务内容：
（一）驻场值守：乙方派驻4名技术人员，与甲方播出值班人员同班轮换，实行7×24小时值守。
（二）预防性维护：每月对播出服务器、切换台、矩阵及存储进行巡检，每季度进行一次全面检测，并提交巡检报告。
（三）故障处理：负责播出系统软硬件故障的诊断、修复及备件更换。
（四）备品备件：乙方按附件备件清单提供备件，备件费用已包干计入合同总价。
（五）重大活动保障：春节、重要会议及重大直播期间，乙方增派技术人员到场保障。
第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。期满后本合同终止，甲方如需继续采购，另行组织采购并签订合同。
第三条 服务费用
一、合同总价为人民币玖拾壹万元整（¥910,000），其中：驻场值守服务费¥612,000；预防性维护服务费¥148,000；备品备件包干费¥96,000；重大活动保障费¥54,000。
二、合同总价已包含人员、交通、备件、工具及税费，服务期内不作调整。
第四条 付款方式
一、甲方不支付预付款。
二、服务费按季度支付。每季度结束后，甲方对乙方当季度服务进行考核，考核合格后15个工作日内支付当季度服务费¥227,500。
三、季度考核扣减的金额，从当季度服务费中直接扣除。
第五条 服务水平
一、甲方播出系统年度可用率不低于99.99%。
二、一级故障（停播、黑场、静帧或无声）乙方驻场人员应立即处置，并在15分钟内响应到位；二级故障（单路信号劣化或备路失效）应在30分钟内响应，当班内修复；三级故障应在2小时内响应，24小时内修复。
三、因乙方原因造成停播的，每停播一分钟扣减服务费¥2,000；造成劣播的，每分钟扣减¥500；年度可用率低于承诺值的，每低0.01个百分点扣减¥3,000。
第六条 服务考核与验收
一、季度考核内容：值守到岗率、巡检计划完成率、故障响应及修复时限、巡检报告质量、备件到位情况。考核得分低于85分的，按差额比例扣减当季度服务费。
二、服务期满前，甲方组织年度验收，验收标准为：全年无因乙方原因造成的重大播出事故；巡检、检测计划全部完成并有完整记录；运维文档、设备台账及应急预案更新完毕并移交甲方。
三、考核及验收结果以甲方出具的书面意见为准。
第七条 网络与数据安全
一、节目素材、播出单、播出日志、监测录像及系统配置均属于甲方所有，乙方不得拷贝、外传或用于本合同以外的任何目的。
二、乙方人员须遵守广播电视安全播出管理规定及甲方网络安全制度，不得将任何移动存储介质接入播出网络，远程访问一律禁止。
三、发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
第八条 知识产权
乙方在服务期内编制的运维文档、巡检记录、脚本、应急预案及设备台账，其所有权及知识产权归甲方所有。
第九条 违约责任
一、乙方未按约定日期完成进场交接或未按计划完成季度全面检测的，每逾期一日，按合同总价的千分之一支付违约金。
二、乙方驻场人员缺岗的，每人每班次扣减服务费¥1,000。
三、因乙方原因造成重大播出事故的，乙方除按第五条扣减服务费外，还应赔偿甲方因此遭受的直接损失。
第十条 分包与人员
一、乙方不得将本合同服务分包或转包给第三方。
二、驻场人员须持有相应的广播电视技术资格，更换人员须提前10日经甲方同意。
第十一条 合同的履行与变更
一、为保证播出安全的连续性，服务期内双方均不得单方解除本合同。
二、乙方违约的，甲方有权按本合同扣减服务费、要求乙方赔偿损失并限期整改，但不得以此为由解除合同；合同的变更须双方协商一致并签订书面补充协议。
第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
第十三条 服务人员与交接
一、乙方驻场人员名单、资质证书及联系方式应在进场前报甲方备案。驻场人员应服从甲方播出值班长的调度，严格执行交接班制度，认真填写值班日志。
二、乙方应于服务期开始前10日与甲方原运维单位完成交接，交接内容包括设备台账、故障记录、未关闭问题清单、备件库存及应急预案，交接完成后由三方签署交接记录。
三、服务期满时，乙方应配合甲方或甲方确定的新运维单位完成交接，移交全部运维资料，交接期内不得降低服务质量。
第十四条 备品备件管理
一、乙方应在甲方播出中心设立备件库，关键设备备件应保证现场可即时更换；非关键备件应在48小时内到位。
二、更换下来的故障部件由乙方负责返修，返修期间乙方应提供同型号替代备件。备件出入库应登记，每季度与甲方核对一次。
第十五条 服务报告
一、乙方应每月提交运维月报，内容包括值守情况、巡检结果、故障统计与分析、备件消耗及下月工作计划。
二、发生一级故障的，乙方应在故障处理完毕后24小时内提交故障分析报告，说明原因、处理过程及防范措施。
三、每季度全面检测完成后，乙方应提交检测报告，对存在隐患的设备提出更新或改造建议，供甲方决策参考。
第十六条 安全播出责任制
一、乙方应建立安全播出责任制，明确驻场负责人，并参加甲方组织的安全播出例会和应急演练，每半年至少参加一次全流程应急演练。
二、重要保障期前，乙方应对播出系统进行专项检查，提交检查报告和保障方案，并按甲方要求增加值守人员。
三、乙方人员发现播出异常时，应立即按应急预案处置并报告甲方值班长，不得擅自变更播出单或系统配置；确需调整的，须经甲方书面批准并记录。
四、乙方应定期对驻场人员进行业务培训和考核，考核结果报甲方备案。
五、乙方应配合甲方迎接上级主管部门的安全播出检查，按要求提供运维记录、巡检报告及整改情况说明，并对检查中发现的问题限期整改。
第十七条 廉洁条款
乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益，不得通过不正当手段影响考核结果。乙方违反本条的，甲方有权向有关部门反映，并在后续采购中对乙方作出相应处理。
第十八条 不可抗力
因不可抗力导致不能按约定提供服务的，乙方应立即通知甲方并尽最大努力采取应急措施，保障播出不中断。不可抗力影响期间的服务费由双方根据实际服务情况协商确定。
第十九条 其他
一、附件：设备清单、备件清单、值守排班表、考核评分表，均为本合同组成部分。
二、本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市广播电视台
乙方（盖章）：江城广电技术服务有限公司
"""

H666Z05 = """# 链工数智·工序追溯系统软件许可及开发合同

（乙方标准合同文本 LG-HT-V1.8）

合同编号：LG-2026-HZ-031

甲方：湖州含英笔业有限公司

乙方：杭州链工数字科技有限公司

甲方因毛笔生产中选毫、齐毫、配毫、扎头及装配工序的管理需要，向乙方采购“链工数智·工序追溯系统”软件许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供工序追溯系统软件许可，包括选毫管理、配毫配方、工位扫码、装配追溯、质检管理五个模块，许可方式为永久许可，限甲方一个厂区使用。

1.2 乙方为甲方提供定制开发：羊毫、狼毫、兼毫的配比模型，与甲方现有ERP系统的物料及订单接口，车间生产看板。

1.3 乙方负责系统安装、基础数据初始化及操作培训。

## 第二条 合同价款

2.1 合同总价为人民币柒拾捌万元整（¥780,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯系统软件许可（五个模块，永久） | 568,000 |
| 2 | 定制开发（配比模型、ERP接口、车间看板） | 164,000 |
| 3 | 实施及培训 | 48,000 |
| | 合计 | 780,000 |

2.2 上述价格不含甲方现场的网络改造、服务器及扫码终端等硬件，该部分由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的60%，即¥468,000。

3.2 系统上线运行后7日内，甲方支付剩余合同价款¥312,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，预计在90日内完成系统安装、定制开发及上线。因甲方基础数据提供不及时、现场条件不具备等原因造成的延误，实施期限相应顺延。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方可按变更另行报价。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容为远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，年度维护费按软件许可费的25%计取，即每年¥142,000，按年预付。

6.3 一级故障（系统整体无法使用）乙方在接到甲方报修后8小时内响应，其他故障在2个工作日内响应。乙方以远程方式处理为主，需要现场服务的，差旅费用由甲方承担。

6.4 系统故障期间，乙方尽力恢复，但不因故障或服务中断承担扣款、减免费用或赔偿责任。

## 第七条 知识产权

7.1 系统软件及其各版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的配比模型、接口程序、看板及相关源代码、文档，其知识产权归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得自行修改、反向工程或许可第三方使用。

## 第八条 数据安全

8.1 甲方在系统中录入或产生的原料、配方、工序及质检数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

8.2 乙方实施及维护时应遵守甲方的信息安全管理要求，远程访问须经甲方同意，不得私自复制甲方数据。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担相应的赔偿责任。

## 第九条 保密

双方对在合作中获得的对方技术资料、配方及经营信息负有保密义务，未经对方书面许可不得向第三方披露，保密期限至合同终止后三年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的间接损失、利润损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后30日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的许可费不予退还，甲方已使用的系统功能视为已交付。

## 第十二条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 甲方义务

13.1 甲方应在实施开始前指定项目联系人，并按乙方要求提供原料编码、工序清单、工位设置、人员名单等基础数据，保证数据真实、完整。

13.2 甲方应自行准备满足乙方配置要求的服务器、网络及扫码终端，并在乙方通知的日期前完成安装。因甲方原因导致实施无法进行的，乙方有权顺延实施期限，由此增加的费用由甲方承担。

13.3 甲方应安排操作人员参加乙方组织的培训，并按照操作手册使用系统。因甲方操作不当造成的问题，不属于乙方维护范围。

## 第十四条 乙方义务

14.1 乙方应按本合同约定提供软件许可及定制开发成果，并提供安装介质、操作手册及许可证文件。

14.2 乙方应为甲方提供两次现场培训，每次不超过两天，培训对象为甲方的车间主任、班组长及系统管理员。

14.3 乙方应在系统上线前完成基础数据导入的技术指导，数据的准确性由甲方负责核对。乙方提供的操作手册以系统当前版本为准，版本升级后乙方将在官网更新电子版手册。

14.4 乙方可根据产品规划对系统进行升级，升级后的版本是否提供给甲方，以双方当时签订的维护合同为准。

## 第十五条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响一方不承担责任，但应及时通知另一方。因网络中断、第三方软件故障、电力中断等原因导致系统不能正常使用的，乙方不承担责任。

## 第十六条 软件使用限制

16.1 甲方不得将本系统用于合同约定厂区以外的场所，增加厂区或工位规模超过许可范围的，应另行向乙方购买许可。

16.2 甲方不得对系统进行反编译、破解或以其他方式获取源代码，不得删除系统中的版权标识。

16.3 甲方应妥善保管许可证文件及加密锁，因遗失或损坏需要补办的，乙方按工本费另行收取费用。

16.4 甲方自行或委托第三方对系统进行二次开发的，由此引起的系统故障和数据问题，乙方不承担维护和修复义务。

## 第十七条 费用调整

17.1 合同履行期间，因甲方需求变化增加功能模块或工位的，按乙方当时的产品价格另行计费。

17.2 维护服务期间，乙方提供的现场服务超过约定次数的，按每人每天人民币2,800元另行收费，差旅费用实报实销。

## 第十八条 通知

双方应各自指定联系人，联系人变更应及时告知对方。乙方的客服热线和服务邮箱以乙方官网公布的为准，服务时间为工作日9:00至18:00。

本合同项下的通知以书面形式发送至合同首部载明的地址或双方指定的电子邮箱，发出即视为送达。

## 第十九条 其他

19.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

19.2 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：湖州含英笔业有限公司

乙方（盖章）：杭州链工数字科技有限公司

签订日期：2026年  月  日
"""

H666E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BSL-CN-2026-0219
P:This Software Licence and Services Agreement (the "Agreement") is made between Brahmaputra Softlabs Private Limited, a company incorporated in India with its registered office at G.S. Road, Christian Basti, Guwahati, Assam 781005, India (the "Vendor"), and Hefei Lanyuan Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer").
P:The Customer operates six temperature-controlled warehouses in Anhui and Jiangsu and wishes to replace its warehouse management system. The Vendor publishes the ColdTrack warehouse management software and has agreed to license it to the Customer and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack WMS release 7, comprising the inbound, storage, picking, dispatch, temperature-record and billing modules, in object code, with its documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inventory records, temperature logs, client details and shipment data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for up to 180 named users and six warehouse sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile the Software except as permitted by applicable law.
P:2.3 Additional users or sites may be added at the unit prices in Annex 1, which remain fixed for three years after signature.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install and configure the Software at the Customer's data centre in Hefei, develop interfaces to the Customer's ERP system, transport management system and cold-room temperature sensors, migrate open stock and client master data, and train key users and administrators.
P:3.2 The Vendor shall appoint a project manager fluent in Chinese or provide a qualified interpreter at its own cost for all project meetings and training sessions.
P:3.3 The implementation timetable in Annex 2 forms part of this Agreement. The Vendor shall reach Go-Live within 120 days after signature.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,780,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Software licence fee (subtotal) CNY 1,260,000; configuration and interfaces CNY 384,000; data migration CNY 96,000; training CNY 40,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after signature, against a valid invoice; (b) 45% within 30 days after Go-Live; and (c) 35% within 30 days after Final Acceptance.
P:4.3 Go-Live and productive use of the Software do not constitute acceptance. All payments shall be made in CNY to the Vendor's bank account stated on the invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 consecutive days (the "Acceptance Period").
P:5.2 The acceptance criteria are: (a) all functions in the approved requirements specification work as described; (b) every stock location migrated reconciles with the Customer's physical count; (c) temperature records are captured from all sensors at intervals of no more than five minutes with no gaps; (d) all interfaces run for the Acceptance Period without data loss; (e) no Severity 1 fault occurs during the last 30 days of the Acceptance Period.
P:5.3 When the criteria are met the Customer shall issue a written Final Acceptance certificate within ten working days. If a criterion is not met, the Vendor shall correct the defect and the affected tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide support free of charge.
P:6.2 Severity 1 faults (warehouse operations stopped) shall be responded to within one hour and a workaround provided within six hours, at any time of day. Severity 2 faults shall be responded to within two hours during business hours.
P:6.3 For each hour by which the Vendor exceeds a response or workaround time under Article 6.2, the Customer may deduct CNY 1,000 from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee subtotal, that is CNY 138,600 per year. This fee is fixed for the first three years of support. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them without restriction.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is hosted in the Customer's data centre. The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's environment, and shall comply with the Customer's security policies and the PRC Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall cooperate in containing it, and shall be liable for all loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Go-Live or Final Acceptance by the dates in Annex 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of intellectual property, personal injury, or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if delay damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of India.
P:13.2 The courts at Guwahati, Assam shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Price Schedule) and Annex 2 (Implementation Timetable), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:14.3 Neither party is liable for a delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, provides evidence within 15 days and uses reasonable efforts to reduce the effect of the event. The dates in Annex 2 are extended by the period of the delay.
P:14.4 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or e-mail to the addresses stated above, or to another address a party notifies. A notice sent by e-mail is received on the next working day after sending.
P:14.5 Each party shall comply with applicable anti-bribery laws and shall not offer or give any payment, gift or other advantage to the other party's employees to obtain or keep business under this Agreement.
P:14.6 The Vendor shall keep its staff working at the Customer's sites insured and shall ensure that they follow the Customer's warehouse safety rules, including the rules for work in cold rooms and around forklifts.
P:14.7 A failure or delay in exercising a right under this Agreement is not a waiver of that right. If a provision is held invalid, the remaining provisions remain in force.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H666E02 = """# ORDER FORM AND GENERAL TERMS — PINEWOOD LEARNCLOUD

Order Form No. PWL-OF-2026-0377

## PART A — ORDER FORM

### A1. Parties

**Provider:** Pinewood Learning Systems Private Limited, Laitumkhrah, Shillong, Meghalaya 793003, India, acting through its authorised reseller in China for invoicing purposes where the Customer so requests.

**Customer:** Suzhou Hengrun Home Appliances Co., Ltd., No. 88 Jinfeng Road, Suzhou New District, Jiangsu Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription

The Customer subscribes to Pinewood LearnCloud, a hosted learning-management service, for 1,200 named users across its head office, two factories and its after-sales network. The subscription includes course authoring, classroom scheduling, compliance training tracking, assessments and certificates, mobile learning, and the reporting module. The Subscription Term is 24 months, divided into two Subscription Years, starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 1,200 named users | 288,000 |
| Subscription, Subscription Year 2 | 1,200 named users | 288,000 |
| Implementation and content migration | one-time | 64,000 |
| Total Fees for the Subscription Term | | 640,000 |

Fees are fixed for the Subscription Term and include taxes. Additional users may be added at CNY 240 per user per Subscription Year, pro rata; such additions are usage-based and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) On signature of this Order Form the Provider will invoice the Subscription Year 1 fee together with the implementation fee, CNY 352,000 in total. The Customer shall pay this invoice within 15 days and in any event before the Provider starts the implementation work.

(b) The Subscription Year 2 fee will be invoiced 30 days before the start of Subscription Year 2 and is payable at the start of that Subscription Year.

(c) Payments are made in CNY by bank transfer against a valid fapiao or invoice.

### A5. Implementation and Go-Live Acceptance

(a) The Provider will configure the Customer's organisation structure and single sign-on, migrate 340 existing courses and the training records of the past three years, and train 25 administrators.

(b) Go-Live Acceptance criteria: (i) all 1,200 users can sign in through the Customer's single sign-on; (ii) every migrated course opens and plays correctly, and migrated training records reconcile with the Customer's export file; (iii) 600 concurrent users can take an assessment with page responses under three seconds; (iv) the compliance reports listed in the statement of work are produced correctly. The Customer will sign a Go-Live Acceptance certificate within seven working days after the criteria are met. Use of the service before that date is not acceptance.

(c) Target date for Go-Live Acceptance: 75 days after signature. If the Provider misses this date for reasons within its control, it shall pay the Customer CNY 500 for each day of delay as liquidated damages.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, cn-accounts@pinewood-learning.example. Customer contact: HR Training Centre, Suzhou.

For the Provider: ____________________ For the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 The Provider will make the service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 06:00 Beijing time.

1.2 Severity 1 incidents (the service is unavailable or no user can sign in) will be responded to within 30 minutes and worked on continuously until restored. Severity 2 incidents will be responded to within two hours.

1.3 If availability in a month falls below the commitment in 1.1, the Customer receives a service credit of 5% of that month's share of the subscription fee for each 0.1 percentage point (or part of it) of shortfall, up to half of that month's share. Credits are deducted from the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All content, training records and personal data uploaded to or generated in the service by or for the Customer ("Customer Data") belong to the Customer. The Provider uses Customer Data only to provide the service to the Customer.

2.2 The service is hosted for the Customer in a data centre in mainland China operated by a hosting provider approved under clause 6. The Provider maintains encryption in transit and at rest, role-based access, logging of administrator access and annual penetration tests, and complies with the PRC Personal Information Protection Law and Data Security Law.

2.3 The Provider will notify the Customer of any security breach affecting Customer Data within 24 hours after becoming aware of it, will take all reasonable steps to contain it, and is responsible for the losses caused by a breach attributable to it.

2.4 Within 30 days after the end of the Subscription Term the Provider will return Customer Data in a standard export format and then delete it.

### 3. Intellectual Property

3.1 The Provider owns the service and its underlying software.

3.2 Courses, course templates and reports created for the Customer during implementation belong to the Customer, which may use, modify and share them freely, including with other platforms.

### 4. Confidentiality

Each party will keep confidential the other party's non-public information and use it only for this Agreement, during the Subscription Term and for three years afterwards.

### 5. Liability

5.1 Neither party is liable for indirect or consequential loss.

5.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of clause 2 or clause 4, or to either party's wilful misconduct.

### 6. Subprocessors and Subcontractors

The Provider may engage a hosting provider or subcontractor only with the Customer's prior written consent. The Provider remains responsible for their performance.

### 7. Term, Renewal and Termination

7.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

7.2 Either party may terminate the Agreement by written notice if the other commits a material breach that is not cured within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider refunds the prepaid fees for the remaining part of the Subscription Term.

### 8. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 9. Customer Responsibilities

9.1 The Customer will provide the user list, organisation data and course files needed for implementation, appoint a project lead, and make its single sign-on team available for testing on the dates in the implementation plan.

9.2 The Customer is responsible for the content it uploads and for keeping user credentials secure. The Customer will not use the service to store content that it has no right to use.

9.3 The Customer will test the migrated courses in the acceptance environment within the periods agreed in the implementation plan and report defects through the Provider's support portal with enough detail for the Provider to reproduce them. Delays caused by the Customer extend the target date in A5(c) by the same number of days.

9.4 The Customer may invite up to five additional administrators to the Provider's quarterly product webinars at no charge, and may request an annual usage review in which the Provider presents adoption figures and recommendations for the Customer's training programmes.

### 10. Changes to the Service

10.1 The Provider may update the service from time to time, provided that an update does not materially reduce the functions described in A2, the service levels in clause 1 or the security measures in clause 2.

10.2 The Provider will announce material changes at least 30 days in advance through the administrator console and by e-mail to the Customer contact, and will provide release notes in English and Chinese.

### 11. Force Majeure

Neither party is responsible for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, or failures of public networks, provided that it notifies the other party promptly and works to resume performance. Force majeure does not excuse the Provider from maintaining the backup and recovery arrangements described in its security documentation.

### 12. Anti-Bribery

Each party will comply with applicable anti-bribery laws and will not offer any payment, gift or other advantage to the other party's staff in connection with this Agreement.

### 13. General

Notices must be in writing and sent to the contacts in A6. Neither party may assign this Agreement without the other party's written consent. This Agreement is written in English; a Chinese translation may be prepared for convenience.
"""

H666E03 = """T:SUPPLY AND LICENCE CONTRACT FOR EQUIPMENT CONDITION MONITORING
P:Contract No. TSC-EQM-2026-058
P:This Contract is made between Tangshan Jinyu Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer"), and Loktak Sensing Technologies Private Limited, Lamphelpat, Imphal West, Manipur 795004, India (the "Supplier"). It is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibraSense condition-monitoring software, server edition, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 The Supplier shall supply the Equipment, license the Software, install sensors on the kiln drives, raw mills, cement mills, fans and conveyors of the Buyer's two production lines, configure alarm thresholds with the Buyer's maintenance department, integrate the System with the Buyer's plant historian and maintenance management system, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,490,000, fixed and inclusive of all taxes, duties, transport to site, insurance and the Supplier's expenses, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX rated|420|1,850|777,000
TB:2|Gateway with industrial Ethernet uplink|24|9,500|228,000
TB:3|VibraSense server licence, perpetual, 500 sensor points|1|316,000|316,000
TB:|Equipment and licence subtotal|||1,321,000
TB:4|Installation, configuration and integration|1 lot||142,000
TB:5|Training of operators and analysts|1 lot||27,000
TB:|Contract Price|||1,490,000
P:2.2 Spare sensors ordered within three years after Final Acceptance shall be supplied at the unit price above.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's Tangshan plant for up to 500 sensor points, including the right to make backup and test copies.
P:3.2 The licence continues if support is not ordered after the Warranty Period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 20 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after all Equipment has been delivered and installed, as confirmed by an installation certificate. The installation certificate records quantities and condition only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature and complete installation during the Buyer's planned kiln shutdown, whose dates the Buyer shall notify at least 20 days in advance.
P:5.2 If the Supplier fails to deliver, install or achieve Final Acceptance on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After installation the System shall run for a trial period of 30 consecutive days.
P:6.2 Final Acceptance requires that: (a) every sensor point reports data to the Software at the configured interval, with at least 98.5% of scheduled readings received over the trial period; (b) vibration readings of ten reference points agree with the Buyer's calibrated portable analyser within ±5%; (c) alarms raised by simulated faults reach the control room and the maintenance management system within one minute; (d) no Priority 1 fault occurs during the trial period.
P:6.3 The Buyer shall issue a Final Acceptance certificate within seven working days after the criteria are met. Delivery, installation, the trial period and use of the System do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries, deliver Software updates and provide technical support, all free of charge.
P:7.2 After the warranty, the Buyer may order annual support covering Software updates, remote support and battery replacement at 6% of the Equipment and licence subtotal per year, that is CNY 79,260, fixed for two years. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.3 Fault response during the warranty and any support period:
TB:Priority|Description|Response|On-site or remote restoration
TB:Priority 1|Software server down or a whole production line unmonitored|30 minutes|8 hours
TB:Priority 2|A gateway or group of sensors offline|2 hours|2 working days
TB:Priority 3|Single sensor fault or user question|1 working day|next planned visit
P:7.4 For each hour by which the Supplier exceeds a Priority 1 or Priority 2 response or restoration time, the Buyer may deduct CNY 800 from any amount due to the Supplier.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:8.2 Dashboards, alarm configurations, integration code and reports developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:9. Plant Data and Security
P:9.1 All measurements, alarms, configuration data and reports generated by the System ("Plant Data") belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software runs on the Buyer's servers inside the plant network. The Supplier may connect remotely only through the Buyer's jump server, with approval for each session, and shall not copy Plant Data outside the Buyer's network.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the System or Plant Data, shall assist in containing it, and is liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's process parameters and plant layout, and shall not disclose it without prior written consent, for three years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and is responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages under clause 5.2 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
P:14.2 This Contract is signed in English and Chinese, in four originals, two for each party.
H:15. Site Rules and Insurance
P:15.1 The Supplier's staff working at the plant shall follow the Buyer's safety rules, including permit-to-work, lock-out and working-at-height procedures, and shall install sensors only while the equipment concerned is stopped and isolated by the Buyer.
P:15.2 The Supplier shall maintain public liability insurance and insurance for its staff for the duration of the work on site and shall provide the certificates before starting installation.
H:16. Force Majeure
P:16.1 Neither party is liable for a delay caused by an event beyond its reasonable control, such as natural disaster, epidemic or government action, if it notifies the other party within five days and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
P:16.2 If such an event prevents performance for more than 90 days, the parties shall discuss in good faith how to continue the Contract.
H:17. Documentation and Training
P:17.1 The Supplier shall deliver, in English and Chinese, installation drawings showing every sensor position, gateway configuration records, the Software administrator manual and the user manual.
P:17.2 The Supplier shall also deliver a recommended spare parts list with prices valid for three years, a battery replacement schedule for every sensor, and a short guide for adding new sensor points to the Software without the Supplier's assistance. Drawings shall be delivered in editable format as well as PDF so that the Buyer can keep them up to date.
P:17.3 Training shall cover sensor handling, battery replacement, use of the Software, interpretation of vibration spectra and trends, and alarm handling, for at least 12 participants in two sessions.
H:18. General
P:18.1 Notices shall be in writing and sent by courier or e-mail to the addresses above. Each party shall comply with applicable anti-bribery laws in connection with this Contract.
P:18.2 Amendments to this Contract must be in writing and signed by both parties. Annexes: equipment list with sensor positions, acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H666E04 = """# MANAGED APPLICATION SUPPORT SERVICES AGREEMENT

Agreement No. TRS-AMS-2026-014

**Customer:** Wuxi Huayang Precision Bearings Co., Ltd., Xishan Economic Development Zone, Wuxi, Jiangsu Province, People's Republic of China.

**Provider:** Tripura Rainforest Systems Private Limited, Kunjaban, Agartala, Tripura 799006, India.

The Customer runs an ERP system, a manufacturing execution system and a quality management system at its Wuxi plant. The Provider will support these applications remotely and through an on-site coordinator, under the terms below and the Schedules.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Service Commencement Date" means the first day of the month following Transition Acceptance.

1.5 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses or processes in performing the Services.

## 2. Transition

2.1 The Provider shall complete the transition of the Services from the Customer's current support team within 60 days after signature. Transition includes knowledge transfer sessions, shadow support for at least 20 working days, documentation of all interfaces and custom programs, and set-up of the ticketing workflow.

2.2 Transition Acceptance criteria: (a) a runbook for each application has been reviewed and approved by the Customer's IT manager; (b) during the last ten working days of shadow support the Provider resolved at least 90% of assigned tickets within the Service Levels; (c) the Provider's staff hold access accounts approved by the Customer and have completed the Customer's security training. The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met.

2.3 If Transition Acceptance is delayed beyond the date in clause 2.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 per day of delay as liquidated damages.

## 3. Services and Service Levels

3.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

3.2 Service credits for missed Service Levels are calculated as set out in Schedule 2 and deducted from the next monthly invoice. Credits do not limit the Customer's other remedies for repeated failures.

3.3 The Provider shall submit a monthly service report showing ticket volumes, Service Level performance, open problems and improvement actions, and attend a monthly service review.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value for the Term is CNY 1,740,000.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer pays each correct invoice within 30 days. No advance payment is due.

4.3 The charges are fixed for the Term and include all taxes and the expenses of the on-site coordinator.

## 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not keep any copy after the Term.

5.2 The Provider shall access the Customer's systems only through the Customer's remote-access gateway with named accounts and multi-factor authentication. Customer Data shall remain in the Customer's systems in China and shall not be transferred outside China. The Provider shall apply security controls no less strict than ISO/IEC 27001 and comply with the Customer's information security policies.

5.3 The Provider shall report any security incident affecting Customer Data within eight hours, cooperate fully in investigation and remediation, and be responsible for losses caused by its breach of this clause 5.

## 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff who need to know it and are bound by equivalent obligations. These obligations continue for three years after the Term.

## 7. Intellectual Property

7.1 Runbooks, knowledge articles, scripts, reports and program changes produced by the Provider for the Customer belong to the Customer, which may use and modify them freely and let any other supplier use them.

7.2 The Provider retains its pre-existing tools and methods and grants the Customer a perpetual, royalty-free licence to use them as embedded in the deliverables.

## 8. Subcontracting

The Provider may use subcontractors, including its affiliates and local support partners in China, to perform any part of the Services, provided that it gives the Customer written notice of each subcontractor at least ten days before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 9. Liability

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 The Provider's total liability arising under or in connection with this Agreement is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of clauses 5 or 6, personal injury, or wilful misconduct.

## 10. Term and Termination

10.1 This Agreement runs for the Term and then expires. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to cure it within 30 days after notice, or if the Provider misses the same critical Service Level in three consecutive months.

10.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3 and hand over all documentation.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.

## 12. Personnel

12.1 The Provider shall assign a named service delivery manager who is responsible for the Services and attends the monthly service review. The Provider shall not replace the service delivery manager or the on-site coordinator without giving the Customer at least 30 days' notice, except for reasons beyond its control.

12.2 The Provider's staff shall comply with the Customer's site rules and information security policies, and the Customer may require the removal of any person who does not.

12.3 The Provider shall keep a documented knowledge base so that the Services do not depend on any single individual.

12.4 The Provider shall ensure that staff assigned to the Services speak Chinese or English well enough to work with the Customer's key users, and that at least two members of the support team are familiar with each application in scope. The Provider shall give the Customer an updated team list every quarter, with each person's role and the applications they support, and shall train any new team member on the Customer's runbooks before that person handles tickets.

## 13. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided that it promptly notifies the other party and takes reasonable steps to resume performance. The Provider shall maintain a business continuity plan for the Services and test it at least once in each contract year.

## 14. General

Amendments must be in writing. This Agreement, with Schedules 1 to 3, is the entire agreement between the parties.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Ticket intake by portal, e-mail and phone in Chinese and English | 08:00–20:00 Beijing time, Monday to Saturday |
| Incident management | Diagnosis and restoration of ERP, MES and QMS incidents | Priority 1: 24 × 7; others: service desk hours |
| Problem management | Root-cause analysis of repeated incidents, permanent fixes | business days |
| Minor enhancements | Reports, interface and configuration changes up to 160 hours per month | business days |
| Batch and interface monitoring | Daily checks of overnight jobs and interfaces | daily |
| On-site coordinator | One coordinator at the Wuxi plant | business days |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed ticket |
|---|---|---|---|---|
| Priority 1 | Production, shipping or month-end closing stopped | 15 minutes | 6 hours | 2% of the monthly charge |
| Priority 2 | A key function degraded with a workaround | 1 hour | 2 business days | 0.5% of the monthly charge |
| Priority 3 | Single user or minor issue | 8 business hours | 10 business days | none |

Service credits in a month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 84,000 |
| Monthly service charge | 36 months × CNY 46,000 | 1,656,000 |
| Total Contract Value | | 1,740,000 |
| Additional enhancement hours | per hour, on written order | 420 |
| Exit assistance | per day, on written order | 3,600 |
"""

H666E05 = """DATA SUBSCRIPTION AGREEMENT
Assam Tea Market Data and Price API

Agreement No. DTD-API-2026-0093

BETWEEN

Dibru Tea Data Services Private Limited, a company incorporated in India, with its office at Thana Road, Dibrugarh, Assam 786001, India (the "Provider"); and

Hangzhou Mingyue Tea Trading Co., Ltd., a company incorporated in the People's Republic of China, with its office in Xihu District, Hangzhou, Zhejiang Province (the "Customer").

BACKGROUND

The Provider collects and publishes data on Assam and Darjeeling tea: auction results from the Guwahati, Kolkata and Siliguri auction centres, garden-level production estimates, grading information and weather observations from estates in the Brahmaputra valley. The Customer imports black tea into China and wishes to receive this data through the Provider's application programming interface (the "API") for use in its purchasing, pricing and quality teams.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in clause 2.1, as updated by the Provider from time to time, delivered through the API or as bulk files.

1.2 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the following period up to the day before its second anniversary. The term of this Agreement consists of these two Subscription Years.

1.3 "Start Date" means the date of Onboarding Acceptance under clause 4.

1.4 "Customer Inputs" means watch lists, purchase plans, blend recipes, query parameters and any other information the Customer submits to the API or the Provider's portal.

1.5 "Customer Work" means the Customer's own analyses, dashboards, pricing models and reports created using the Licensed Data.

2. SUBSCRIPTION AND LICENCE

2.1 The subscription covers: (a) auction results for each sale, including lot, garden, grade, quantity and price, published within one business day after each sale; (b) weekly production estimates by garden; (c) grading and tasting notes supplied by the Provider's panel; (d) daily weather observations from 60 estates; and (e) a ten-year history of the above.

2.2 The Provider grants the Customer a non-exclusive, non-transferable licence during the term to access the Licensed Data through the API, store it in the Customer's systems and use it internally, for up to 40 named users and 200,000 API calls per month.

2.3 The Customer may include extracts of the Licensed Data in internal reports and in reports to its own customers, provided that the extracts are not offered as a data product.

3. FEES AND PAYMENT

3.1 The fees are:
   Subscription fee, Subscription Year 1: CNY 198,000
   Subscription fee, Subscription Year 2: CNY 198,000
   Onboarding and integration support (one-time): CNY 36,000
   Total fees for the term: CNY 432,000

3.2 The onboarding fee is invoiced after Onboarding Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year and is payable within 30 days. No other advance payment is required.

3.3 API calls above the monthly allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears. Such usage charges are not part of the total fees in clause 3.1.

3.4 The fees are fixed for the term and include all taxes. Payment is made in CNY to the bank account stated in the Provider's invoice.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 40 days after signature the Provider shall issue API credentials, deliver the history files, map the Provider's garden and grade codes to the Customer's product codes, and support the Customer's developers in connecting the API to the Customer's purchasing system.

4.2 Onboarding Acceptance criteria: (a) all endpoints listed in the API documentation return data for the Customer's test queries; (b) the history files contain every sale of the past ten seasons, reconciled by sale number with the auction centres' published catalogues; (c) the code mapping covers all gardens on the Customer's watch list; (d) during a test week each auction result appears in the API within one business day after the sale. The Customer shall confirm Onboarding Acceptance in writing within five business days after the criteria are met.

4.3 If Onboarding Acceptance is not reached within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to publish the Licensed Data on the schedule described in clause 2.1.

5.2 Support requests may be sent by e-mail or through the Provider's portal during Indian business hours, Monday to Friday. The Provider will endeavour to answer them promptly.

5.3 The Provider may suspend the API for maintenance and will try to give the Customer advance notice of planned maintenance.

6. OWNERSHIP

6.1 The Provider owns the Licensed Data and the API.

6.2 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the subscription to the Customer and shall not disclose them or use them for any other purpose, including its own market reports.

6.3 Customer Work belongs to the Customer, which may use, modify and share it without restriction, subject to clause 2.3 as regards the Licensed Data contained in it. Integration code written by the Provider for the Customer during onboarding also belongs to the Customer.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including the terms of this Agreement and the Customer's purchasing plans, and shall not disclose it to any third party without prior written consent.

7.2 These obligations continue for three years after the end of the term.

8. LIABILITY

8.1 The Provider does not guarantee the accuracy of auction results or estimates reported by third parties, but shall correct errors promptly after becoming aware of them.

8.2 Neither party is liable for indirect or consequential loss. Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1, except for breach of clause 7 and wilful misconduct.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 The Provider shall not subcontract the delivery of the subscription or any onboarding work without the Customer's prior written consent.

9.2 Neither party may assign this Agreement without the prior written consent of the other party.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A renewal requires a new agreement signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

10.3 On expiry or termination the Customer may keep Licensed Data already downloaded for internal archive use only, and shall stop all other use of the Licensed Data.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding on both parties.

12. CUSTOMER OBLIGATIONS

12.1 The Customer shall keep its API credentials secure, shall not share them with persons other than its named users, and shall inform the Provider without delay if it suspects that credentials have been misused.

12.2 The Customer shall not resell the Licensed Data, use it to build a competing data service, or remove the Provider's source notices from bulk files.

12.3 The Customer shall keep a record of its named users and update it at least quarterly.

12.4 The Customer shall give the Provider the technical contact details of its developers and inform the Provider in advance of any change in its systems that may affect the connection to the API, such as a change of IP address ranges, proxies or authentication method. The Customer is responsible for the cost of its own internet connection, servers and software used to receive the Licensed Data, and for any delay in onboarding caused by the late availability of its own developers or test environment.

13. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including suspension of auctions by the auction organisers, floods in the Brahmaputra valley, epidemics or government action, provided that it notifies the other party promptly. Where auctions are suspended, the Provider is not required to publish auction results for the sales that did not take place.

14. GENERAL

14.1 Notices must be in writing and sent by e-mail with a copy by courier to the addresses above.

14.2 This Agreement is made in English. Any Chinese translation is for reference only.

14.3 This Agreement is the entire agreement of the parties about its subject matter and may be amended only in writing signed by both parties.

For the Provider: ____________________          For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files and labels

FILES = {
    "h666z01": ("h666z01_quyi_troupe_ticketing_platform.pdf", "zh", H666Z01),
    "h666z02": ("h666z02_xuan_paper_mill_control_retrofit.docx", "zh", H666Z02),
    "h666z03": ("h666z03_piano_school_chain_booking_saas.txt", "zh", H666Z03),
    "h666z04": ("h666z04_tv_station_playout_om_service.txt", "zh", H666Z04),
    "h666z05": ("h666z05_brush_factory_tracking_supplier_template.md", "zh", H666Z05),
    "h666e01": ("h666e01_wms_perpetual_licence_guwahati_vendor.pdf", "en", H666E01),
    "h666e02": ("h666e02_lms_saas_order_form_shillong_vendor.md", "en", H666E02),
    "h666e03": ("h666e03_cement_condition_monitoring_imphal_vendor.docx", "en", H666E03),
    "h666e04": ("h666e04_managed_app_support_agartala_vendor.md", "en", H666E04),
    "h666e05": ("h666e05_tea_market_data_api_dibrugarh_vendor.txt", "en", H666E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Compliant defaults; each draft below states what differs. "design" = the rules I meant to put in the draft; "tco" =
# (fee base, warranty months) for goods_or_licence drafts with a stated fee; "forum_outside" = a forum outside mainland.
BASE = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
            confidentiality=True, acceptance_clause=True, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

D = {
    "h666z01": dict(category="software", kind="goods_or_licence", value=1500000, availability_pct=99.95,
                    p1_response_hours=0.5, ld_rate_per_day_pct=0.06, liability_cap_pct=None, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, capped=True,
                    fee_base=842000, design=[]),
    "h666z02": dict(category="hardware", kind="goods_or_licence", value=1478000, p1_response_hours=1,
                    ld_rate_per_day_pct=None, ld_stated=False, liability_cap_pct=None, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7, capped=True,
                    fee_base=1304000, subcontract_without_consent=True,
                    design=["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "h666z03": dict(category="cloud", kind="service", value=534000, availability_pct=99.5, p1_response_hours=0.5,
                    ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
                    final_payment_on_acceptance=None, buyer_owns_data=False, auto_renewal_price_increase=True,
                    design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h666z04": dict(category="services", kind="service", value=910000, availability_pct=99.99,
                    p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
                    final_payment_on_acceptance=None, confidentiality=False, termination_for_breach=False,
                    design=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h666z05": dict(category="software", kind="goods_or_licence", value=780000, p1_response_hours=8,
                    sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=None,
                    prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False, deemed=True,
                    warranty_months=6, post_warranty_fee_pct=25, capped=True, fee_base=568000,
                    subcontract_without_consent=None, governing_law=None,
                    design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                            "CR-WARRANTY"]),
    "h666e01": dict(category="software", kind="goods_or_licence", value=1780000, p1_response_hours=1,
                    ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11, capped=True,
                    fee_base=1260000, governing_law="India", forum_outside=True, design=["CR-GOVERNING-LAW"]),
    "h666e02": dict(category="cloud", kind="service", value=640000, availability_pct=99.95, p1_response_hours=0.5,
                    ld_rate_per_day_pct=500 / 640000 * 100, liability_cap_pct=6 / 24 * 100,
                    prepayment_pct=(288000 + 64000) / 640000 * 100, final_payment_on_acceptance=None,
                    design=["CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h666e03": dict(category="hardware", kind="goods_or_licence", value=1490000, p1_response_hours=0.5,
                    ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6, capped=True,
                    fee_base=1321000, design=[]),
    "h666e04": dict(category="services", kind="service", value=1740000, p1_response_hours=0.25,
                    ld_rate_per_day_pct=1200 / 1740000 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
                    final_payment_on_acceptance=None, subcontract_without_consent=True,
                    design=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h666e05": dict(category="cloud", kind="service", value=432000, sla_clause=False, p1_response_hours=None,
                    sla_remedy=False, data_security_clause=False, ld_rate_per_day_pct=300 / 432000 * 100,
                    liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None,
                    design=["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# price and payment sums the texts state
assert 842000 + 516000 + 118000 + 24000 == 1500000 and 842000 * 9 // 100 == 75780
assert 468000 + 324000 + 186000 + 92000 + 138000 + 96000 == 1304000 and 1304000 + 156000 + 18000 == 1478000
assert 1304000 * 7 // 100 == 91280 and 20 + 35 + 40 + 5 == 100
assert 40 * 5600 == 224000 and 2 * 224000 + 86000 == 534000 and 224000 // 4 == 56000
assert 612000 + 148000 + 96000 + 54000 == 910000 and 910000 / 4 == 227500
assert 568000 + 164000 + 48000 == 780000 and 780000 * 60 // 100 == 468000 and 780000 - 468000 == 312000
assert 568000 * 25 // 100 == 142000
assert 1260000 + 384000 + 96000 + 40000 == 1780000 and 1260000 * 11 // 100 == 138600 and 20 + 45 + 35 == 100
assert 2 * 288000 + 64000 == 640000 and 288000 + 64000 == 352000
assert 420 * 1850 == 777000 and 24 * 9500 == 228000 and 777000 + 228000 + 316000 == 1321000
assert 1321000 + 142000 + 27000 == 1490000 and 1321000 * 6 // 100 == 79260 and 10 + 55 + 35 == 100
assert 36 * 46000 == 1656000 and 1656000 + 84000 == 1740000
assert 2 * 198000 + 36000 == 432000

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (defaults of §3 and §4)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon_years=5)


def full(d):
    t = dict(BASE)
    t.update({k: v for k, v in d.items() if k in TERM_KEYS})
    t["contract_kind"] = d["kind"]
    if d["kind"] == "service":
        t["warranty_months"] = None
        t["post_warranty_fee_pct"] = None
    return t


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; base = itemised
    licence/hardware subtotal."""
    if d["kind"] != "goods_or_licence" or d.get("post_warranty_fee_pct") is None or not d.get("capped"):
        return None
    years = max(0.0, TH["horizon_years"] - d["warranty_months"] / 12)
    fees = years * d["fee_base"] * d["post_warranty_fee_pct"] / 100
    return fees / (d["value"] + fees) * 100


def derive(d):
    """My reading of policy §3, from the label values."""
    t = full(d)
    sla = d.get("sla_clause", True)
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not d.get("ld_stated", True):
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d.get("deemed", False) or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if d["kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d.get("capped") or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside", False):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    d = D[key]
    name, lang, _ = FILES[key]
    extra = {"sla_clause": d.get("sla_clause", True), "ld_stated": d.get("ld_stated", True)}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": d["category"],
            "expected_terms": {k: full(d)[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": derive(d)}


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan of the texts as read back

PATTERNS = [
    r"99\.9(?![0-9])", r"(?<![0-9.])0\.05(?![0-9])", r"万分之五", r"千分之零点五", r"0\.5‰",
    r"(?<![0-9.])(30|40|15|100)(\.0+)?\s*%", r"百分之(三十|四十|十五|一百|百)(?![一二三四五六七八九])",
    r"(?<![0-9.])4\s*(个)?(小时|hours?|hrs?\b|h\b)", r"四个?小时", r"(?i)\bfour[\s(]*(4\)\s*)?hours?",
    r"(?<![0-9.])12\s*-?\s*(个月|months?)", r"十二个月", r"(?i)\btwelve[\s(]*(12\)\s*)?(calendar\s*)?months?",
    r"一年", r"(?i)\b(one|1)[\s-]*(\(1\)\s*)?years?\b", r"(?<![0-9.第])1\s*年(?!度)",
    r"(?<![0-9.])5\s*(年|-?\s*years?)", r"五年", r"(?i)\bfive[\s-]*years?", r"(?<![0-9.])60\s*(个月|-?\s*months?)",
    r"六十个月", r"(?i)\bsixty[\s-]*months?",
]
MUST_HIT = ["99.9%", "可用率99.9％", "0.05%", "万分之五", "30%", "30 %", "40%", "15.0%", "100%", "百分之三十",
            "4小时", "4 个小时", "四小时", "4 hours", "four hours", "12个月", "十二个月", "12 months", "12-month",
            "twelve months", "twelve calendar months", "一年", "one year", "1 year", "1年", "5年", "5 years", "五年",
            "five-year", "60个月", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "万分之六", "130%", "35%", "45%", "150%", "百分之三十五", "24小时", "24 hours",
             "14 hours", "112 months", "36个月", "二十四个月", "服务年度", "第1年度", "25 years", "15年", "160 months",
             "2 hours", "0.08%"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_values(key):
    d, t = D[key], full(D[key])
    assert t["availability_pct"] != TH["availability"]
    assert t["p1_response_hours"] != TH["p1"]
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9
    assert t["warranty_months"] != TH["warranty"]
    assert t["post_warranty_fee_pct"] != TH["pwf"]
    s = tco_share(d)
    assert s is None or abs(s - TH["tco"]) > 2, (key, s)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, lang, _) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(D[key]["design"]), (key, lab["expected_rules"], D[key]["design"])
        check_values(key)
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                bad.append((name, h))
        s = tco_share(D[key])
        print("%-58s %5d %-6s %s%s" % (name, n, risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "-",
                                      "" if s is None else "  (TCO share %.2f)" % s))
        if not lo <= n <= hi:
            bad.append((name, "length %d" % n))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert all(2 <= len(label(k)["expected_rules"]) <= 3 for k in ("h666z02", "h666z03", "h666z04", "h666e02",
                                                                  "h666e04", "h666e05"))
    assert 8 <= len(label("h666z05")["expected_rules"]) <= 10 and label("h666e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert not label("h666z01")["expected_rules"] and not label("h666e03")["expected_rules"]
    assert not bad, bad
    print("all checks passed")
