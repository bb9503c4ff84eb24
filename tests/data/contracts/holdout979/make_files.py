"""holdout979: builds the ten drafts from their sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市住房和城乡建设局物业费收支公示平台采购合同
P:合同编号：ZJ-WYGS-2027-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：市住房和城乡建设局
P:乙方（供应商）：明衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就物业费收支公示平台的软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供“物业服务收支公示平台”软件许可一套（永久许可，不限用户数），并按甲方需求完成定制开发、实施部署、数据对接与培训，使全市住宅小区的物业费收取、公共收益及支出情况能够按季度向业主公开。
P:1.2 合同总价为人民币壹佰柒拾贰万元整（¥1,720,000），含税，为固定总价，包括：平台软件许可费¥680,000；定制开发费¥860,000（含业主端小程序、街道审核端、维修资金联动模块及统计分析大屏）；实施部署及数据对接费¥156,000；培训费¥24,000。
P:1.3 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起150日内完成全部开发与部署，并提交初验申请。
P:2.2 交付地点为甲方指定的政务云机房，乙方应遵守政务云管理单位的各项规定。
P:2.3 乙方应在合同签订后10日内提交详细的实施计划，列明需求确认、原型评审、开发、联调、试点小区上线及全市推广等节点；每两周向甲方提交书面进度报告。任一节点滞后超过10日的，乙方应提交赶工方案并经甲方确认。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验条件：全部功能按需求规格说明书实现；与市物业管理服务平台、维修资金管理系统的接口联调通过；在500个并发用户下页面平均响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:4.2 初验后平台试运行90日，试运行期间未发生一级故障、数据核对差错为零的，乙方可申请最终验收。甲方组织专家依据招标文件、投标文件及本合同约定的标准进行最终验收，并出具书面验收报告。
P:4.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的10%（即每年不超过¥68,000），该价格在质保期满后三年内保持不变，续签须由双方另行书面约定，不自动续期。
H:第六条 服务水平
P:6.1 乙方保证平台月度可用率不低于99.95%，计划内维护须提前3个工作日告知甲方并安排在夜间进行。
P:6.2 故障分为三级。一级故障（平台整体不可用或公示数据错误）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）：1小时内响应，24小时内解决；三级故障：2个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减维护保证金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
P:6.4 乙方应每月向甲方提交运行报告，内容包括可用率统计、故障清单及处理情况、安全漏洞修复情况和优化建议。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、接口文档、数据库设计及其他成果的知识产权归甲方所有，乙方应在最终验收前交付全部源代码及技术文档，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全与数据归属
P:8.1 平台中的物业费收支数据、业主信息及全部业务数据归甲方所有，乙方仅可为履行本合同处理该等数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，包括访问控制、数据加密存储、操作日志审计，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任和第三方索赔。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业主个人信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其保密行为负责；乙方人员违反保密义务的，视为乙方违约。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 逾期超过60日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目人员与培训
P:14.1 乙方应指派具有同类政务平台实施经验的项目经理一名常驻甲方现场，开发期间核心人员不得擅自更换；确需更换的，应提前10日书面征得甲方同意，接替人员的资历不得低于原人员。
P:14.2 乙方应为甲方及各区住建部门、街道、物业企业的操作人员提供不少于六期的集中培训，并提供操作手册、视频教程及常见问题解答，培训效果以参训人员能独立完成公示数据录入与审核为准。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格且乙方无违约情形的，甲方在10个工作日内无息退还。
H:第十六条 不可抗力
P:16.1 因地震、洪水等不能预见、不能避免且不能克服的事件导致不能履行合同的，受影响一方应在3日内通知对方，并在事件结束后15日内提供证明，双方协商延长履行期限或解除合同。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:代表签字：                        代表签字：
P:日期：                            日期：
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HF-GZ-2027-031
P:甲方：鸿丰食品机械制造有限公司（绞肉机厂）
P:乙方：捷控自动化工程有限公司
P:甲方为提升绞肉机、切丁机等产品总装及测试生产线的自动化水平，委托乙方对三条生产线的电气控制系统进行改造，包括设备供货、控制软件许可、程序定制、安装调试及培训。双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方一号厂房的总装线、性能测试线和包装线，原有继电器控制柜及老旧变频器全部拆除，更换为PLC控制柜、伺服驱动系统和触摸屏操作站，并新增产线监控软件，实现产量、节拍、故障及能耗数据的集中采集和显示。
P:1.2 乙方应按甲方确认的技术方案完成电气图纸设计、PLC及触摸屏程序编写、与甲方现有ERP系统的报工接口开发。
P:1.3 技术要求：控制系统采用统一的工业以太网架构，各线PLC之间及与监控服务器之间可互相通信；触摸屏操作界面为中文，具备配方管理、报警记录和权限分级功能；监控软件须能按班次、工位统计产量和停机时间，并可导出报表；全部电气元件须符合国家标准并具有合格证明。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾壹万陆仟元整（¥1,716,000），含13%增值税及运输、保险、安装费用，明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控模块、IO模块）|6套|96,000|576,000
TB:2|伺服驱动器及伺服电机|24套|13,500|324,000
TB:3|HMI触摸屏操作站|12台|8,500|102,000
TB:4|称重及温度传感器|48个|2,250|108,000
TB:5|工业以太网交换机|6台|11,000|66,000
TB:6|产线监控软件许可（永久）|1套|310,000|310,000
TB:|设备及软件小计|||1,486,000
TB:7|改造施工及安装|1项|192,000|192,000
TB:8|联合调试及操作培训|1项|38,000|38,000
TB:|合同总价|||1,716,000
P:2.2 设备品牌及型号以双方确认的设备清单为准，乙方不得擅自替换；确需替换的，应事先征得甲方书面同意，替换设备的性能不得低于原型号，价格不作上调。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并安装调试完毕、甲方签收到货单后，甲方支付合同总价的50%。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内完成供货，利用甲方安排的停产窗口分线施工，每条线停产时间不超过7日，全部改造在合同签订后100日内完成。
P:4.2 施工期间乙方应遵守甲方的安全生产管理制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应在每条生产线改造前提交停产施工方案，列明拆除、接线、上电测试及恢复生产的时间节点，经甲方生产部门确认后实施。改造完成的生产线应当日恢复试生产，乙方人员在现场跟班不少于7日，及时处理试生产中出现的问题。
P:4.4 拆除的旧控制柜、电缆等物资归甲方所有，乙方应清点后移交甲方仓库，不得擅自处置。
H:第五条 验收
P:5.1 验收标准：各生产线连续72小时带料运行无停机故障；总装线节拍由每台90秒提高到每台70秒以内；测试线扭矩、电流数据采集误差不超过1%；监控软件与ERP报工数据逐条一致；急停及安全门联锁全部有效。
P:5.2 满足上述标准后，甲方在7个工作日内组织验收并签署验收报告。设备投入生产、甲方签收或付款均不视为验收合格。
H:第六条 质量保证及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或程序缺陷导致的故障，乙方免费维修、更换。
P:6.2 质保期内，一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单台设备或单个工位故障）2小时内响应，当日到场处理。乙方每迟延1小时，甲方可扣减质量保证金¥800。
P:6.3 质保期满后，乙方提供维保服务（含备品备件、定期巡检和程序优化），维保年费为设备及软件小计的26%，即每年¥386,360，质保期满后的前四个年度按此价格执行，不作上调。甲方可选择按年度书面续签。
P:6.4 乙方应在验收前为甲方电气维修人员和操作工提供培训，内容包括控制柜日常点检、常见报警处理、参数备份与恢复、监控软件使用，培训不少于三批次，并提供中文操作手册和维修手册各五套。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、ERP接口程序及其源代码、电气图纸归甲方所有，乙方应在验收时移交，甲方有权自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数和产量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方提供的VPN账号进行并全程留痕；不得在控制网络中接入未经检测的移动存储设备。因乙方原因导致工艺数据泄露或控制系统遭受网络攻击的，乙方应在2小时内报告并承担赔偿责任。
P:8.3 项目结束后，乙方应删除其工作电脑中留存的甲方程序备份和生产数据，并向甲方出具书面删除确认。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、设备图纸、生产计划及客户信息承担保密义务，保密期限自合同签订之日起至上述信息公开之日止。
P:9.2 乙方应约束其员工及分包单位人员遵守本条约定，未经甲方同意不得在厂区拍照、录像，不得以本项目作为宣传案例对外发布。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 改造导致甲方停产超过约定时间的，乙方按每条线每日¥6,000赔偿甲方停产损失。
P:10.3 乙方提供的设备与设备清单不符的，甲方有权拒收，乙方应在7日内更换，逾期的按本条第1款支付违约金。
P:10.4 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场电气安装施工分包给具备相应资质的单位，但应提前书面通知甲方，乙方对分包单位的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方交付的设备存在严重质量问题或逾期超过30日的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:12.2 乙方在质保期内同一故障经两次维修仍不能排除，或拒不履行维保义务的，甲方有权书面通知解除维保约定，另行委托第三方维修，所发生的费用从质量保证金中扣除，不足部分由乙方承担。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 安全生产与不可抗力
P:14.1 乙方人员在甲方厂区作业期间发生的人身伤害及财产损失，由乙方负责，但因甲方原因造成的除外。乙方应为现场人员购买意外伤害保险。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
H:第十五条 其他
P:15.1 技术方案、电气图纸及设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

Z03 = """午托门店预约及会员管理系统服务合同

合同编号：XT-SaaS-2027-008
甲方：小禾苗午托教育管理有限公司（以下简称“甲方”）
乙方：云栖课堂软件服务有限公司（以下简称“乙方”）

甲方在本市经营30家学生午托门店，为统一管理家长预约、会员储值、餐食安排和接送签到，甲方订购乙方的“托管云”预约及会员管理系统（SaaS）服务，并由乙方完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方提供以下功能：
1. 家长端微信小程序：在线预约午托、晚托及假期托管名额，查看孩子签到、午餐及午休记录；
2. 门店端：学生签到签退、人脸识别接送核验、餐食登记、教室与床位分配；
3. 会员管理：会员卡、储值、课时包、优惠券及续费提醒；
4. 总部管理端：30家门店的经营报表、收费对账、员工排班及权限管理。
（二）实施服务：乙方负责系统初始化配置、30家门店历史会员数据导入、与甲方现有收银系统和财务软件的对接、门店店长及前台人员培训，并按甲方要求定制总部经营分析报表8张。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，至次年对应日的前一日止；第二个服务年度紧接第一个服务年度起算。
（三）实施期间乙方免费提供系统测试账号，供甲方选取两家试点门店试用；试点期间产生的数据在正式上线时一并迁移，不另行收费。
（二）服务期满前，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方根据市场行情及产品版本调整，乙方在续期前通过系统公告通知甲方即可，甲方继续使用即视为接受调整后的价格。

三、服务费用及支付
（一）服务年费按门店数计算，每家门店每个服务年度¥9,600，30家门店每个服务年度合计¥288,000，两个服务年度合计¥576,000。
（二）一次性实施费¥68,000。
（三）本合同总价为人民币陆拾肆万肆仟元整（¥644,000），含6%增值税。
（四）支付方式：
1. 实施费在系统上线验收合格后15个工作日内一次付清；
2. 服务年费按季度结算，每季度¥72,000，于每季度结束后10个工作日内支付；
3. 乙方应在付款前开具合法有效的增值税专用发票。
（五）除本条所列费用外，短信通知、人脸识别调用等均已包含在服务年费内，乙方不得另行收费。
（六）服务期内新增门店的，按每家门店每个服务年度¥9,600按月折算计费。

四、实施与验收
（一）乙方应在合同签订后45日内完成实施，具备全部门店上线条件。
（二）上线验收标准：
1. 本合同一、服务内容列明的全部功能可正常使用，与需求确认单一致；
2. 历史会员数据（约1.8万条）导入后，会员余额、课时余额与原系统逐户核对一致；
3. 收银系统和财务软件对账接口连续10个营业日数据一致；
4. 在午间高峰（300个门店终端同时操作）时页面响应时间不超过3秒；
5. 8张定制报表按确认的口径输出正确。
（三）甲方在乙方提交验收申请后5个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在7日内整改后重新验收。试点门店先行使用不视为验收合格。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%（计划内维护时间除外，计划内维护应安排在晚间22:00至次日6:00之间并提前两日通知）。
（二）故障响应：
1. 一级故障（系统整体无法登录、签到或接送核验功能失效）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询及优化需求）：1个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，乙方按当季服务费的2%给予服务抵扣，单季抵扣以当季服务费的20%为限；一级故障恢复超时的，每超时1小时抵扣¥500。

六、数据安全与数据归属
（一）系统中的学生信息、家长信息、会员及交易数据归甲方所有。乙方仅为向甲方提供本合同项下服务之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应对未成年人个人信息采取加密存储、访问权限分级、操作日志留存等安全措施，系统部署于境内云服务器，并已通过网络安全等级保护第三级备案测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方依法向监管部门报告和告知家长，并承担因此给甲方造成的全部损失。
（四）合同终止后30日内，乙方应按甲方要求将全部数据以通用格式导出移交，并在移交完成后删除其保存的数据副本。
（五）乙方员工访问甲方生产数据须经甲方授权，且仅限于处理甲方提交的故障工单；乙方应每季度向甲方提供账号权限清单和异常访问审计记录。人脸识别接送照片仅存储于境内机房，不得用于算法训练。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方按甲方需求定制的报表、小程序页面设计及接口程序的知识产权归甲方所有，甲方可自行使用、修改或委托他人开发。

八、培训与日常运营支持
（一）乙方应在上线前为30家门店的店长、前台及财务人员分批组织培训，每家门店至少两人参训，培训结束后提供操作视频、图文手册和常见问题库。
（二）服务期内，乙方提供工作日8:30至20:30的在线客服和电话支持，并为甲方指定一名客户成功经理，每月回访一次，收集门店使用问题并跟踪解决。
（三）乙方每季度对系统进行一次功能版本升级，升级前应在测试环境演示新功能并取得甲方确认；版本升级不得影响甲方已配置的会员规则和历史数据。
（四）寒暑假托管报名高峰期间（每年1月、2月、7月、8月），乙方应提前扩容服务器资源，并安排技术人员值守。

九、甲方义务
（一）甲方应指定项目联系人，及时确认需求、提供历史数据和门店网络环境。
（二）甲方应督促门店员工妥善保管系统账号，员工离职时及时停用账号。
（三）甲方应按约定支付费用，并在门店网络、收银设备发生变更时提前通知乙方，以便乙方调整接口配置。

十、违约责任
（一）乙方未按期完成实施上线的，每逾期一日按¥500向甲方支付违约金。
（二）乙方违反本合同六、数据安全与数据归属约定的，除赔偿损失外，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、转包与分包
乙方不得将本合同项下服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方退还未履行期间已付的服务费。
（二）服务期内门店关闭或减少的，甲方可书面通知乙方自下一季度起减少相应门店的服务费。
（三）因不可抗力致使合同无法履行的，双方可协商解除。合同解除或终止的，乙方应按本合同六（四）移交数据。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。

十四、其他
（一）需求确认单及报价单为本合同附件。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """既有建筑外墙脱落风险监测系统运维服务合同

项目编号：JZ-CS-2026-112（竞争性磋商）
采购人（甲方）：市住房和城乡建设局
供应商（乙方）：安澜城市安全技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就既有建筑外墙脱落风险监测系统的运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：全市186栋重点既有建筑（学校、医院、沿街高层住宅等）外墙安装的倾角传感器1,302个、裂缝计744个、加速度传感器372个、采集网关186台，以及部署在市政务云的监测预警平台和手机端巡查应用。
（二）服务内容：
1. 监测设备日常巡检、校准、清洁、故障维修及损坏部件更换（单价¥3,000以上的主要部件由甲方另行采购，乙方负责安装）；
2. 监测预警平台的运行监控、故障处理、数据备份、安全加固和小版本升级；
3. 预警信息研判：对平台产生的预警逐条复核，属实的在规定时间内报送甲方及属地街道，并协助开展现场排查；
4. 每季度编制监测运维报告，内容包括设备在线率、故障统计、预警处置情况及下一季度重点关注建筑清单；每年编制年度风险评估报告，对各建筑外墙风险等级提出调整建议；
5. 台风、暴雨等极端天气期间的应急值守：接到气象部门橙色及以上预警后，乙方应安排工程师在平台全天值守，巡检人员分片区待命，预警解除后两日内完成重点建筑的复查。
（三）服务交接：合同生效后10日内，乙方应与原运维单位和甲方共同完成设备清点、平台账号及文档交接，对交接时发现的故障设备列出清单，由甲方确认后纳入维修计划。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自行终止，不自动续期；甲方如需继续采购，应另行依法组织采购。

第三条 合同价款与支付
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），为包干价，包括人工、交通、仪器、耗材、单价¥3,000以下的零部件及税费。
（二）服务费按季度支付，每季度¥121,500。甲方在每季度考核结束、收到乙方发票后15个工作日内支付上一季度服务费。
（三）季度考核得分低于80分的，按本合同第七条扣减当季服务费后支付。
（四）甲方负责提供政务云资源、平台运行所需的网络链路及各监测建筑的进场协调，相关费用不包含在本合同价款内。乙方应配合甲方接受财政、审计部门对本项目资金使用情况的检查。

第四条 服务标准
（一）监测预警平台月度可用率不低于99.95%，数据采集完整率不低于98%。
（二）故障分级及时限：
1. 一级故障（平台中断、预警推送失效或单栋建筑全部测点离线）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（单个测点或单台网关故障）：2小时内响应，48小时内修复；
3. 三级故障（报表、界面等一般问题）：3个工作日内处理完毕。
（三）红色预警须在接报后1小时内完成复核并电话报告甲方值班人员，同步书面报送属地街道；橙色预警须在6小时内完成复核。
（四）每季度对全部测点完成一次现场巡检，每半年完成一次传感器校准，巡检记录和照片上传平台备查。

第五条 考核与验收
（一）甲方每季度依据附件《运维服务考核细则》对乙方进行考核，考核内容包括平台可用率、故障处理时效、预警复核质量、巡检完成率和报告质量，满分100分。
（二）服务期满前15日，乙方提交年度运维总结和设备完好清单，甲方组织验收。验收标准：全年季度考核平均分不低于85分；期末设备在线率不低于97%；全部巡检、校准记录完整；平台数据完整移交。验收合格后双方签署服务验收报告。
（三）服务期满时，乙方应将平台管理员账号、设备台账、巡检及校准记录、故障处理记录和全部技术文档完整移交甲方或甲方指定的单位，并配合完成为期15日的过渡交接。

第六条 人员配置
（一）乙方应配置项目负责人1名、平台运维工程师2名、现场巡检人员6名，并在本市设立备品备件库。项目负责人和工程师不得擅自更换，确需更换的须经甲方书面同意。
（二）巡检人员登高及临边作业应持证上岗，配备安全防护用品；在学校、医院等场所作业的，应提前与使用单位沟通，避开上课和就诊高峰时段，设置警戒区域。
（三）乙方人员在作业中造成第三方人身或财产损失的，由乙方负责处理并承担赔偿责任。

第七条 服务质量扣款
（一）一级故障响应或恢复超时的，每超时1小时扣款¥1,000；二级故障修复超时的，每超时1日扣款¥300。
（二）月度可用率低于承诺值的，每低0.01个百分点扣款¥1,500。
（三）红色预警复核或报告超时的，每次扣款¥3,000；造成严重后果的，乙方依法承担责任。
（四）季度巡检记录缺失或弄虚作假的，每发现一处扣款¥500，并由乙方限期补检。

第八条 违约责任
（一）乙方未按本合同约定期限完成季度巡检、传感器校准或故障设备修复的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任（含违约金及扣款）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第九条 数据安全
（一）监测数据、建筑档案、预警记录及平台全部业务数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的，不得对外发布或提供给第三方。
（二）乙方运维人员须使用实名账号通过政务云堡垒机操作，禁止私自导出数据；乙方应每日完成数据增量备份、每周完成全量备份，并每季度开展一次恢复演练。平台漏洞扫描每月至少进行一次，发现的高危漏洞须在3个工作日内修复。
（三）发生数据泄露、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方，立即处置并承担由此造成的损失。

第十条 保密
乙方对履行合同中接触的建筑安全隐患信息、预警信息和甲方内部资料负有保密义务，未经甲方同意不得向任何单位或个人披露，本义务不因合同终止而解除。乙方不得在未经甲方同意的情况下就具体建筑的风险状况接受媒体采访或在宣传材料中使用本项目数据，乙方人员离职时应交回全部工作资料。

第十一条 知识产权
运维期间乙方为甲方编写的数据处理脚本、报表模板、风险评估报告及其他工作成果归甲方所有，甲方可自由使用和修改。

第十二条 分包
本项目不得转包或分包。乙方违反本条约定的，甲方有权拒付相应服务费，并要求乙方承担由此造成的损失。

第十三条 合同的变更与终止
（一）合同履行中，甲方可根据监测点位增减情况与乙方协商调整服务范围和价款，调整后的价款按磋商报价单价计算。新增测点的运维费按剩余服务月数折算。
（二）服务期内，除因不可抗力致使合同目的无法实现外，任何一方均不得单方解除本合同。

第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z05 = """# 窑迹®陶瓷工艺追溯系统 软件许可及定制开发合同

**（乙方标准合同文本 YJ-HT-V3.0）**

合同编号：YJ-2027-0415

甲方（买方）：素坯白瓷工作室有限公司

乙方（卖方）：窑迹信息技术有限公司

鉴于甲方拟引进乙方“窑迹陶瓷工艺追溯系统”，对白瓷产品从练泥、成型、利坯、施釉、装窑、烧成到检选包装的全过程进行记录和追溯，双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供窑迹陶瓷工艺追溯系统标准版软件许可一套（永久许可，5个并发用户起，部署于甲方服务器）。

1.2 乙方根据甲方提出的需求进行定制开发，包括：窑炉温度曲线采集接口、釉料配方与批次管理模块、单件产品二维码赋码及追溯页面、次品原因统计看板。

1.3 乙方负责系统安装部署、初始化配置及操作培训。

1.4 标准版软件包括生产工单、工序报工、窑炉排程、库存管理、质量检验及基础报表功能，具体以乙方产品说明书为准。产品说明书未列明的功能不属于本合同交付范围。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（窑温接口、配方批次、二维码追溯、次品看板） | 212,000 |
| 3 | 安装部署、配置及培训 | 36,000 |
| | 合计 | 416,000 |

合同总金额为人民币肆拾壹万陆仟元整（¥416,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的55%，乙方收到款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总金额的45%。

3.3 甲方未按期付款的，乙方有权暂停开发、部署及技术支持工作，工期相应顺延，并按应付未付金额每日千分之一向乙方支付违约金。

## 第四条 交付

4.1 乙方在收到首期款后90个工作日内完成定制开发并上线。上线前乙方在甲方服务器上完成安装，并导入甲方提供的基础数据，由甲方选择一条生产线进行试用。因甲方需求变更、提供资料延迟或现场条件不具备造成的延误，工期相应顺延。

4.2 需求变更须以书面形式提出，超出需求说明书范围的开发工作由双方另行协商费用。

4.3 乙方可根据项目情况采用远程开发与现场实施相结合的方式，现场实施期间甲方应为乙方人员提供办公场所、网络和必要的生活便利。

## 第五条 上线与确认

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后3个工作日内书面提出，逾期未提出的视为无异议。

## 第六条 售后服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 甲方报告系统故障后，乙方在8小时内响应，并根据故障情况安排远程或现场处理，处理时限视故障复杂程度由乙方确定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方届时公布的服务价格标准执行。

6.4 因甲方操作不当、擅自修改系统、使用非正版操作系统或服务器硬件故障导致的问题，不属于免费维护范围。

6.5 乙方发布标准版新版本的，免费维护期内的甲方可免费升级一次；定制模块与新版本的适配工作另行收费。免费维护期满后，未签订年度维护协议的，乙方不再提供任何升级和技术支持。

## 第七条 知识产权

7.1 窑迹追溯系统及其全部组件的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口、模块、页面及相关源代码、文档的知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面同意，不得修改、反向工程或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的生产数据、配方数据及客户信息由甲方所有。

8.2 甲方同意乙方可将系统运行中产生的数据经脱敏处理后用于产品改进、算法优化及陶瓷行业工艺分析，并可以汇总形式对外发布行业报告。

8.3 乙方对其远程维护过程中接触的甲方数据采取必要的安全保护措施，包括账号权限控制、传输加密和操作日志记录；发生数据泄露的，乙方应在24小时内通知甲方并配合处理，因乙方过错造成的损失由乙方依法承担赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面许可不得向第三方披露，保密期限为合同终止后三年。

9.2 甲方不得向第三方透露本合同价格及乙方提供的技术资料，不得允许第三方人员登录系统或对系统界面进行截图、录屏后对外传播。

## 第十条 违约责任

10.1 乙方未按约定时间上线的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

10.2 甲方逾期付款的，按本合同第3.3条执行。

10.3 任何一方违约给对方造成损失的，应赔偿对方的直接经济损失，但不包括间接损失和预期利益损失。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用乙方未授权的定制模块，乙方可远程停用相应功能。

## 第十二条 不可抗力

因不可抗力导致不能履行或迟延履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。本条所称不可抗力包括自然灾害、政府行为、电力中断、网络运营商故障及第三方软件或云服务中断等乙方无法控制的情形。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交景德镇仲裁委员会仲裁。

## 第十四条 甲方义务

14.1 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，联系人变更应提前书面通知乙方。

14.2 甲方应按乙方提供的配置清单自行采购服务器、扫码枪、标签打印机及网络设备，并保证窑炉温控仪表具备标准通信接口。因甲方设备不符合要求导致接口无法对接的，乙方不承担责任，由此增加的开发工作另行收费。

14.3 甲方应在上线前完成基础数据的整理，包括坯料、釉料编码、窑位编号、器型目录及员工信息，并对数据的准确性负责。

14.4 甲方应妥善保管系统管理员账号及密码，因甲方账号泄露造成的损失由甲方自行承担。

## 第十五条 培训与资料

15.1 乙方在系统上线前为甲方提供一次集中培训，培训对象为甲方管理人员及各工序班组长，培训时长不少于一天。再次培训或新员工培训按乙方收费标准另行计费。

15.2 乙方向甲方提供电子版用户操作手册。系统源代码、数据库设计文档及接口技术文档属于乙方技术秘密，不在交付范围之内。

## 第十六条 其他

16.1 本合同未尽事宜，双方可签订补充协议。本合同附件《需求说明书》与本合同具有同等效力。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CR-WMS-2027-06
P:This Software Licence and Services Agreement (the "Agreement") is made between Shanghai Huaguo Cold Chain Logistics Co., Ltd., a company registered in Shanghai, People's Republic of China (the "Customer"), and Cascade Orchard Systems, Inc., a Washington corporation with its principal office in Wenatchee, Washington, United States (the "Vendor").
P:Background: the Customer operates four temperature-controlled warehouses for imported and domestic fruit. It wishes to replace its paper-based receiving and inventory records with the Vendor's ColdTrace warehouse management software, configured for its sites and connected to its existing systems.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrace Enterprise warehouse management software in object code, including the mobile scanning application and the documentation, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interfaces, reports, scripts, label templates and data conversion programs created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's business, including lot records, temperature logs, customer and supplier details and inventory balances.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers it controls in mainland China for its own business and that of its affiliates, for up to 160 named users and 90 handheld devices.
P:2.2 The Customer may make copies of the Software reasonably needed for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except as permitted by applicable law.
P:2.3 Additional users or devices may be licensed at the unit prices stated in Article 3, which remain valid for two years from the Effective Date.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,670,000, inclusive of applicable taxes, made up of: (a) Software licence fee, CNY 1,240,000; (b) implementation services, including configuration, interfaces to the Customer's ERP and temperature monitoring system, data conversion and go-live support, CNY 386,000; and (c) training, CNY 44,000.
P:3.2 Additional named users: CNY 5,200 each. Additional handheld device licences: CNY 2,100 each.
P:3.3 The prices are fixed. No travel, expenses or other charges are payable unless the Customer has agreed to them in writing in advance.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total price within 30 days after the Software has been installed at all four warehouses and the system has passed the user acceptance tests described in Article 5.1.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account of the Vendor's designated collection agent in China, against a valid invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 120 days after the Effective Date. User acceptance tests shall confirm that: every function listed in the approved functional specification works as specified; receiving, put-away, picking and dispatch transactions post correctly to the Customer's ERP system; temperature readings from the monitoring system are recorded against each pallet within one minute; and the converted inventory balances match the source records item by item.
P:5.2 After the user acceptance tests, the system shall run in live operation for 45 days. Final Acceptance shall be given when, during that period, no Severity 1 defect has remained unresolved beyond its resolution time, the stock count variance at each warehouse is below 0.2% by value, and all Custom Deliverables and documentation have been delivered.
P:5.3 Live use of the system, payment of any instalment or the signing of installation records shall not by itself constitute Final Acceptance. If the system fails acceptance, the Vendor shall correct the defects at its own cost within 20 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the functional specification and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Defects are classified by severity. Severity 1 (a warehouse cannot receive or dispatch goods): response within one hour, 24 hours a day, and a workaround or fix within eight hours. Severity 2 (a major function is impaired but operations continue): response within two hours and a fix within two business days. Severity 3 (minor issues): response within one business day and a fix in the next scheduled update.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall credit CNY 1,200 against the next amount payable by the Customer.
P:6.4 After the Warranty Period, the Customer may order annual support covering updates, defect correction and the service levels of Article 6.2 for a fee of 11% of the Software licence fee, that is CNY 136,400 per year. This fee shall not increase for the first three support years after the Warranty Period. Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software, subject to the licence granted in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code of the Custom Deliverables before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, and each session shall be approved and logged. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the Personal Information Protection Law and the Data Security Law.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate remedial action, and shall be liable for all losses that the Customer suffers as a result of a security incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and commercial information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete installation and configuration within the period in Article 5.1, or fails to achieve Final Acceptance within 200 days after the Effective Date for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Articles 7.3 and 8, to personal injury, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if delay damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer under Article 12.1, the Vendor shall refund all amounts paid for work not accepted and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Washington, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Chelan County, Washington, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, together with the approved functional specification and the implementation plan, is the entire agreement of the parties on its subject. Any amendment must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions have equal force. It takes effect on the date of signature by both parties (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ShiftLine Cloud Order Form

**Order Form No. SL-CN-2027-0193**

This Order Form is entered into between **ShiftLine Software, LLC**, an Idaho limited liability company with its office at Sandpoint, Idaho, United States ("ShiftLine"), and **Hangzhou Maisui Bakery Chain Co., Ltd.**, a company registered in Hangzhou, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

**A1. Subscribed Service.** ShiftLine Workforce Cloud, Enterprise edition: staff scheduling, time and attendance, leave management, labour cost forecasting and the manager and employee mobile apps, for up to 2,400 active employees across Customer's bakery stores and two central kitchens in mainland China. The service is hosted in a mainland China data centre operated by ShiftLine's hosting provider.

**A2. Subscription Term.** The Initial Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date certified under A5; the second starts on the first anniversary of the Go-Live Date.

**A3. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Workforce Cloud subscription, Subscription Year 1 | up to 2,400 active employees | 348,000 |
| Workforce Cloud subscription, Subscription Year 2 | up to 2,400 active employees | 348,000 |
| Onboarding services (one-time) | configuration, payroll export, HR system integration, training | 52,000 |
| **Total for the Initial Term** | | **748,000** |

Additional active employees above 2,400 are billed quarterly at CNY 150 per employee per Subscription Year, pro rata. All amounts include VAT.

**A4. Invoicing and Payment.** Subscription fees are invoiced quarterly in arrears at CNY 87,000 per quarter and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days. No amount is payable before the Go-Live Date.

**A5. Onboarding and Go-Live Acceptance.** ShiftLine shall complete onboarding within 60 days after the Order Date. Go-Live Acceptance requires that: (a) all stores and both central kitchens are configured with their rosters, pay rules and shift templates; (b) attendance punches from the mobile app and the existing time clocks are recorded correctly for a two-week parallel run; (c) the payroll export file reconciles with Customer's payroll system for every employee in the parallel run; and (d) the HR system integration synchronises new hires and leavers within one hour. Customer shall confirm acceptance or list the failed criteria in writing within seven business days after ShiftLine's notice of readiness. The date of Customer's written acceptance is the Go-Live Date. If onboarding is not complete by the 60th day for reasons attributable to ShiftLine, ShiftLine shall credit CNY 600 for each day of delay until Go-Live Acceptance.

**A6. Contacts and Renewal.** Customer's contact: Ms. Zhou Lan, HR Systems Manager. ShiftLine's contact: Mr. Daniel Price, Account Director. The renewal terms in Section 3 of Part B apply to this Order Form.

## Part B - General Terms

### 1. Provision of the Service

1.1 ShiftLine shall make the Service available to Customer and its Authorised Users during the Subscription Term in accordance with the Documentation and this Order Form.

1.2 ShiftLine may update the Service from time to time, provided that no update materially reduces the functionality or security of the Service. ShiftLine shall give Customer at least 30 days' notice of any change affecting the mobile apps or the payroll export format.

1.3 Customer is responsible for its Authorised Users' compliance with this Order Form and for the accuracy of the data it enters.

1.4 ShiftLine shall provide Customer's administrators with a support portal and Chinese-language telephone support from 08:00 to 22:00 China Standard Time every day, and a named customer success manager who meets Customer's HR team each quarter to review usage, open issues and planned releases. Training for new store managers is available through recorded courses in the Service at no extra charge.

### 2. Service Levels

2.1 ShiftLine shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

2.2 Incidents are classified as follows. Priority 1 (the Service or the attendance function is unavailable to all users): response within 30 minutes and restoration within six hours, at any time. Priority 2 (a major function is unavailable or seriously degraded): response within two hours and restoration within one business day. Priority 3 (other issues): response within one business day.

2.3 If monthly availability falls below the commitment in 2.1, ShiftLine shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that month's fee. For each hour by which a Priority 1 restoration is late, ShiftLine shall credit a further CNY 500. Credits are applied to the next invoice.

### 3. Term and Renewal

3.1 This Order Form runs for the Initial Term. At the end of the Initial Term and of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.2 Subscription fees for any renewal term are ShiftLine's then-current list prices for the subscribed edition, which ShiftLine may increase by notice sent to Customer's contact at least 45 days before the renewal date.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data, including employee records, schedules, attendance punches and pay rules. ShiftLine processes Customer Data to provide the Service.

4.2 Customer grants ShiftLine a perpetual licence to use Customer Data in aggregated and de-identified form to compile industry labour benchmarks, train scheduling models and improve ShiftLine's products and services, during and after the Subscription Term.

4.3 Within 30 days after the end of the Subscription Term, ShiftLine shall make Customer Data available for export in CSV format and shall then delete it from the Service, except the aggregated and de-identified data described in 4.2.

### 5. Data Security

5.1 ShiftLine shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of all access to production systems and annual penetration tests. The hosting environment holds a valid MLPS level-3 record.

5.2 Customer Data, including personal information of Customer's employees, is stored and processed only in mainland China, in compliance with the Personal Information Protection Law.

5.3 ShiftLine shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, provide the information Customer needs to meet its legal obligations, and bear the costs and losses resulting from a security incident caused by its failure to comply with this Section 5.

### 6. Intellectual Property

6.1 ShiftLine owns the Service, the Documentation and all improvements to them.

6.2 Customer-specific deliverables created under the onboarding services, including the payroll export mapping, the HR system integration scripts and custom reports, belong to Customer. Customer may use, modify and have third parties maintain them without restriction, and ShiftLine shall deliver them in editable form.

### 7. Confidentiality

7.1 Each party shall protect the other's Confidential Information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties other than its advisers and permitted subcontractors bound by similar duties. These duties continue for three years after the Subscription Term ends.

### 8. Subcontracting

8.1 ShiftLine shall not subcontract the performance of the Service or the onboarding services to any third party, other than the hosting provider named in A1, without Customer's prior written consent.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential damages, or for loss of profits, arising out of this Order Form.

9.2 ShiftLine's total liability arising out of or related to this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim. The limit does not apply to ShiftLine's obligations under Section 5 or to fraud.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

10.2 On termination by Customer under 10.1, ShiftLine shall refund any fees paid for the period after termination and provide Customer Data for export as described in 4.3.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor to its whole business. Notices must be in writing and sent to the contacts in A6.

12.2 This Order Form is executed in English. It takes effect on the date of the last signature (the "Order Date").

For Customer: ____________________    For ShiftLine: ____________________
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. HSC-EQ-2027-044
P:Buyer: Yunnan Hongshan Cement Co., Ltd., a company registered in Kunming, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Columbia Basin Sensing Corp., a Washington corporation with its principal office in Kennewick, Washington, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two clinker production lines, and the Supplier has offered wireless sensors, gateways and its monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's PlantPulse condition monitoring software, installed on the Buyer's servers, including its analytics module and mobile alerts.
P:1.3 "Site" means the Buyer's plant at Yiliang County, Yunnan.
P:1.4 "Deliverables" means all configuration files, asset models, alarm thresholds set for the Buyer's machines, dashboards, reports and interface programs prepared by the Supplier under this Contract.
P:1.5 "Final Acceptance" means the acceptance certificate signed by the Buyer under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, and provide the services listed below, for the following prices (CNY, including VAT, delivered to Site):
TB:Item|Description|Qty|Unit price|Amount
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|420|2,680|1,125,600
TB:2|Industrial gateway with 4G and Ethernet backhaul|18|14,200|255,600
TB:3|PlantPulse software licence, perpetual, 500 assets|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,867,200
TB:4|Installation, commissioning and asset modelling|1|168,400|168,400
TB:5|Training for maintenance and reliability staff|1|24,400|24,400
TB:|Contract Price|||2,060,000
P:2.2 The Contract Price is fixed and includes packing, transport, insurance, customs clearance, duties and all costs of the Supplier's personnel.
P:2.3 The Software licence is perpetual and irrevocable, for use by the Buyer and its affiliates at the Site and any other plant of the Buyer in mainland China, up to 500 monitored assets.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Site within 75 days after signature. Installation shall be carried out during the Buyer's planned kiln shutdowns, according to a schedule agreed at the kick-off meeting.
P:3.2 The Supplier shall complete installation and commissioning within 45 days after delivery and then issue an Installation Certificate for the Buyer's countersignature. The Installation Certificate confirms quantities and installation only and is not acceptance of the quality or performance of the Equipment or the Software.
P:3.3 The Supplier shall supply, at no extra cost, a stock of spare sensors equal to 3% of the installed quantity and two spare gateways, and shall keep a stock of spare parts in mainland China sufficient to meet the restoration times in clause 6.2 throughout the warranty.
P:3.4 The Supplier's personnel on Site shall follow the Buyer's safety rules, including permit-to-work, lock-out and confined-space procedures.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within 30 days after signature, against an advance payment bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 Installation payment: 55% of the Contract Price within 30 days after the Installation Certificate is countersigned.
P:4.3 Final payment: 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer against the Supplier's valid invoice.
H:5. Testing and Acceptance
P:5.1 After commissioning, the system shall pass a site acceptance test showing that: every sensor transmits data to the Software at the configured interval; at least 98% of scheduled readings from each gateway are received over seven consecutive days; vibration readings agree with a calibrated portable analyser within 5% on ten sample machines chosen by the Buyer; and alarms reach the mobile devices of the responsible engineers within two minutes.
P:5.2 After the site acceptance test, the system shall run for 60 days. During that period no Severity 1 fault may remain unresolved beyond its resolution time, and the Supplier shall deliver the asset models, user manuals, and the source files of all Deliverables.
P:5.3 When the criteria in clauses 5.1 and 5.2 are met, the Buyer shall sign the Final Acceptance certificate within ten business days. Use of the system in production, countersignature of the Installation Certificate or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and shipping.
P:6.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Software down, or a gateway serving a kiln or mill offline|30 minutes|8 hours
TB:Severity 2|Individual sensors offline or data gaps|2 hours|2 business days
TB:Severity 3|Questions and minor defects|1 business day|next update
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Supplier shall provide annual support on the same terms for the fourth and fifth years after Final Acceptance, at 8% of the Hardware and Licence Subtotal per year (CNY 149,376). This fee is fixed. Support is ordered by the Buyer's written purchase order each year and does not renew automatically.
P:6.5 Training shall be given at the Site in Chinese or with a qualified interpreter, in three sessions for maintenance technicians, reliability engineers and system administrators, before the site acceptance test. The Supplier shall provide training materials in Chinese and shall repeat any session if fewer than four out of five participants pass the practical assessment.
H:7. Intellectual Property
P:7.1 The Supplier retains its rights in the Software, which is licensed under clause 2.3. Firmware embedded in the Equipment is licensed to the Buyer for the life of the Equipment.
P:7.2 All Deliverables belong to the Buyer from creation. The Buyer may use, modify, copy and license them, and may engage third parties to maintain them.
H:8. Data Security and Buyer Data
P:8.1 All measurement data, alarms, asset information and reports generated at the Site ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not retain or use it for any other purpose.
P:8.2 Buyer Data shall be stored only on the Buyer's servers. The Supplier may access the system remotely only through the Buyer's VPN, with a personal account and the Buyer's approval for each session, and all sessions are recorded. The gateways shall not send data to any server other than the Buyer's.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer Data within six hours, take immediate measures to contain it, and compensate the Buyer for all losses caused by a breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and network, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for three years afterwards.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning on time, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, property damage at the Site, wilful misconduct, or breach of clauses 8 and 9.
H:11. Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier proposes to use a local electrical contractor for cable trays; that contractor may be used only after the Buyer's written consent. The Supplier remains responsible for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
P:12.2 Either party may terminate this Contract if force majeure prevents performance for more than 90 consecutive days. In that case the Buyer shall pay for Equipment delivered and services performed up to the date of termination, and the Supplier shall hand over all Deliverables completed by that date together with their source files.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:14. General
P:14.1 Annex 1 (technical specification) and Annex 2 (installation schedule) form part of this Contract. This Contract is signed in two counterparts in English and Chinese; in case of conflict the Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. MSA-SZ-2027-11**

**Between:** Suzhou Jinhe Precision Electronics Co., Ltd., a company registered in Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

**And:** Clearwater Managed Technology, Inc., an Idaho corporation with its head office in Lewiston, Idaho, United States, acting through its registered branch in Suzhou ("Provider")

Customer manufactures printed circuit board assemblies at two plants in Suzhou. It wishes to outsource its IT service desk, end-user device management and infrastructure monitoring to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed in accordance with clause 4.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services, including user accounts, device inventories, tickets and system logs.

1.4 "Incident" means any unplanned interruption or reduction in the quality of an IT service supported under this Agreement.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement expires at the end of the service term. There is no automatic renewal. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Charges and Payment

3.1 Customer shall pay the charges set out in Schedule 3: a one-time transition charge of CNY 96,000 and a fixed monthly service charge of CNY 58,000 for 36 months. The total contract value is CNY 2,184,000, including VAT.

3.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt.

3.3 Charges are fixed for the service term. Additional devices above the volume bands in Schedule 3 are charged at the unit rates in Schedule 3.

## 4. Transition and Service Commencement

4.1 Provider shall complete transition within 50 days after signature. Transition includes the takeover of open tickets from the current supplier, the set-up of Provider's service management tool, the enrolment of all devices in the endpoint management platform, the documentation of support procedures, and a knowledge transfer session for each supported application.

4.2 Service Commencement requires that: all 1,850 end-user devices report to the endpoint management platform; monitoring covers every server, switch, firewall and wireless controller listed in Schedule 1; the service desk has handled live calls for ten business days with at least 90% of calls answered within 60 seconds; and Customer has approved the operations manual.

4.3 Customer shall confirm Service Commencement, or list the unmet criteria, within five business days after Provider's notice of readiness.

4.4 If Service Commencement has not occurred within 50 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay until Service Commencement.

4.5 During transition the current supplier remains responsible for support. Provider shall agree a detailed transition plan with Customer within ten days after signature, hold weekly progress meetings, and raise any risk to the Service Commencement Date as soon as it becomes aware of it, together with the measures it proposes.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2 in every calendar month and report its performance to Customer within five business days after the end of each month.

5.2 If Provider misses a service level, Provider shall grant the service credits stated in Schedule 2. Credits are deducted from the next monthly invoice. Service credits in any month shall not exceed 20% of that month's service charge.

5.3 If Provider misses the same service level in three consecutive months, Customer may require a remediation plan, and clause 11.1 applies if the plan is not carried out.

## 6. Personnel and Governance

6.1 Provider shall assign a named service delivery manager and keep at least four engineers on site at Customer's main plant during production hours. Key personnel may be replaced only with Customer's prior approval.

6.2 The parties shall hold a monthly service review and a quarterly management review. Provider shall propose at least two improvement initiatives each quarter.

6.3 Customer shall provide Provider's on-site engineers with desks, network access, parking and access badges, give Provider timely access to the current supplier's documentation, and name a Customer IT manager with authority to approve changes and accept deliverables.

6.4 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure prevents the Services for more than 30 consecutive days, either party may end this Agreement by notice.

## 7. Customer Data and Confidentiality

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer at the end of the service term.

7.2 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's product designs, production plans, customer lists and network information, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after this Agreement ends.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools, methods and know-how.

8.2 All scripts, procedures, knowledge articles, configuration baselines and reports created by Provider specifically for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any replacement supplier.

## 9. Subcontracting

9.1 Provider shall perform the Services through its own employees. Provider shall not subcontract any part of the Services without Customer's prior written consent and remains fully responsible for any approved subcontractor.

## 10. Liability

10.1 Provider's total liability arising out of this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of clause 7, for which liability is unlimited.

10.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in 10.1.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if the conditions of clause 5.3 apply and the remediation plan fails.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days, including the handover of documentation, open tickets and all items under clause 8.2 to Customer or a replacement supplier. The first 20 days of exit assistance are included in the charges; further days are charged at the rate in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 13. General

13.1 The Schedules form part of this Agreement. This Agreement is made in English and Chinese, and both texts are equally authentic.

## Schedule 1 - Scope of Services

| Service | Scope | Coverage |
|---|---|---|
| Service desk | Phone, e-mail and portal support in Chinese and English for about 2,300 users | 24 x 7 |
| End-user device management | 1,850 desktops and laptops: imaging, patching, software distribution, asset records | business days 08:00-20:00, on site |
| Infrastructure monitoring | 64 servers, 210 switches, 6 firewalls, 2 wireless controllers at two plants | 24 x 7 remote |
| Patch and change management | Monthly patch cycle, change advisory board, emergency changes | as scheduled |
| Reporting | Monthly service report, quarterly trend and capacity report | monthly / quarterly |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 Incident (production line or plant network down): response | 15 minutes | CNY 2,000 per Incident |
| Priority 1 Incident: restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 Incident (department or key application affected): response | 1 hour | CNY 500 per Incident |
| Priority 2 Incident: restoration | 8 hours | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% per month | 2% of monthly service charge |
| Critical security patches installed | within 7 days of release | 3% of monthly service charge |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Notes |
|---|---|---|
| Transition (one-time) | 96,000 | invoiced after the Service Commencement Date |
| Monthly service charge | 58,000 | months 1 to 36, covers up to 2,000 devices and 80 servers |
| Total monthly charges over the term | 2,088,000 | 36 x 58,000 |
| Total contract value | 2,184,000 | transition plus monthly charges |
| Additional devices | 28 per device per month | above 2,000 devices |
| Exit assistance beyond 20 days | 3,600 per engineer day | clause 11.2 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRONOMIC WEATHER AND SOIL DATA API

Agreement No. KV-API-2027-052

PARTIES

Kittitas Valley Agri-Data, Inc., a Washington corporation with its principal office at Ellensburg, Washington, United States ("Provider").

Heilongjiang Beifeng Agricultural Technology Co., Ltd., a company registered in Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer manages contract farming of soybean, maize and rice on about 180,000 hectares in Heilongjiang and advises the farmers it works with on planting, irrigation and harvest timing. Provider operates an application programming interface (the "API") that delivers gridded weather observations, short-range forecasts, soil moisture estimates and crop growth indices. Customer wishes to subscribe to the API for use in its own farm advisory platform.

1. DEFINITIONS

1.1 "Data" means the weather, soil and crop data delivered through the API, in the formats described in the API documentation.

1.2 "Subscription Year" means the period from the Activation Date, or from an anniversary of it, to the day before the next anniversary.

1.3 "Activation Date" means the date on which Provider issues production API keys to Customer after the integration acceptance described in clause 4.

1.4 "Customer Inputs" means field boundaries, planting records, sensor readings and any other data that Customer uploads to the API, and the log of Customer's queries.

1.5 "Custom Field Models" means the crop growth and soil moisture models that Provider calibrates specifically for Customer's fields using Customer Inputs.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API, to store the Data and to use and display the Data in Customer's farm advisory platform and in reports to farmers and government agricultural departments.

2.2 The subscription covers up to 4,000 registered fields, up to 3 million API calls per month, and the Data layers listed in the order schedule attached to this Agreement.

2.3 Customer may add fields above the limit in clause 2.2 by written order at the rates in the order schedule, which apply for the whole Subscription Term. Provider shall give Customer monthly usage reports showing calls, fields and Data layers used.

2.4 Customer shall not resell the raw Data as a data feed or make it available to third parties through an API of its own.

3. TERM AND FEES

3.1 The Subscription Term is two Subscription Years from the Activation Date. The Agreement does not renew automatically. Any renewal requires a new written agreement, and the fees for it will be agreed at that time.

3.2 The fees are:
(a) Subscription fee for Subscription Year 1: CNY 286,000;
(b) Subscription fee for Subscription Year 2: CNY 286,000;
(c) One-time set-up and calibration fee for the Custom Field Models: CNY 18,000.
The total fees for the Subscription Term are CNY 590,000, including VAT. API calls above the monthly allowance are charged at CNY 0.02 per call and invoiced quarterly.

3.3 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days. The set-up and calibration fee is invoiced after integration acceptance under clause 4 and payable within 30 days.

3.4 Payments are made in CNY to the account of Provider's appointed collection agent in Shanghai.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature, Provider shall provide a test environment, calibrate the Custom Field Models for a sample of 200 fields chosen by Customer, and support Customer's developers in connecting the API to Customer's platform.

4.2 Integration acceptance requires that: every Data layer in the order schedule is returned for all test fields in the documented formats; soil moisture estimates for the sample fields agree with Customer's in-field probe readings within a mean absolute error of 0.04 cubic metres per cubic metre over a three-week comparison; and daily forecast files are delivered before 05:00 China Standard Time on at least 19 of 21 consecutive days.

4.3 Provider shall deliver with the test environment the API documentation in English and Chinese, code samples, a description of every Data layer including its resolution, update frequency and sources, and the calibration report for the sample fields. Provider's engineers shall attend two working sessions with Customer's developers, one of them at Customer's office in Harbin.

4.4 Customer shall confirm integration acceptance in writing, or list the unmet criteria, within ten business days after Provider's notice of readiness. Provider shall correct any failure and repeat the relevant tests.

5. AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver Data updates on schedule, but does not guarantee uninterrupted or error-free operation.

5.2 Customer may report problems through Provider's support e-mail address. Provider will respond to support requests as promptly as reasonably practicable during its normal business hours.

5.3 Provider may suspend the API for scheduled maintenance. Provider will try to announce maintenance in advance on its status page.

5.4 Provider shall recalibrate the Custom Field Models once before each growing season, using the Customer Inputs of the previous season, and shall add newly registered fields to the models within ten business days after Customer uploads their boundaries.

5.5 Customer shall keep its API keys secure, restrict their use to its own systems, and tell Provider promptly if it believes a key has been compromised, so that Provider can revoke and replace it.

6. INTELLECTUAL PROPERTY

6.1 Provider owns the API, the Data and its models and methods, except as stated in clause 6.2.

6.2 The Custom Field Models, including their calibrated parameters, and all reports and derived datasets produced for Customer belong to Customer. Provider shall deliver the calibrated parameters and documentation to Customer at acceptance and at the end of the Subscription Term, and Customer may use, modify and license them freely, including after the Subscription Term.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to deliver the API and the Custom Field Models to Customer, and shall not use them for any other purpose, share them with any third party, or include them in any product or dataset offered to others.

7.2 At the end of the Subscription Term, Provider shall return all Customer Inputs and delete its copies within 30 days, and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff with multi-factor authentication, and access logs kept for at least 18 months.

8.2 Customer Inputs and any personal information of farmers shall be stored on servers in mainland China operated by Provider's hosting provider. Provider shall comply with the Data Security Law and the Personal Information Protection Law.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Inputs, take immediate steps to contain it, and indemnify Customer for losses arising from any incident caused by Provider's breach of this clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to those of its employees and advisers who need to know it and are bound by equivalent obligations. These obligations last for three years after the end of the Subscription Term.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations, other than hosting by the hosting provider named in the order schedule, without Customer's prior written consent.

11. WARRANTIES AND LIABILITY

11.1 Provider warrants that the Data is produced with the methods described in the API documentation and with reasonable skill and care. Weather forecasts are by nature uncertain, and Provider does not warrant their accuracy.

11.2 Provider's total liability under this Agreement shall not exceed two times the total fees under clause 3.2, except for liability under clause 8 and for wilful misconduct.

11.3 Neither party is liable for loss of profits, crop losses or indirect damages, except under clause 8.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the unused part of the subscription fee for the current Subscription Year and deliver the items in clause 6.2.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin, and the award is final.

14. GENERAL

14.1 This Agreement, with its order schedule and the API documentation, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

14.2 Notices shall be in writing and sent by e-mail and courier to the addresses in the order schedule. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives a delivery failure message. Each party shall inform the other of any change to its notice address.

14.3 This Agreement is made in English and Chinese, both equally authentic, and takes effect on signature by both parties.

SIGNED for Provider: ____________________
SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- targets and labels
TARGETS = {
    "z01": ("h979z01_housing_bureau_property_fee_disclosure_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h979z02_meat_grinder_plant_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h979z03_lunch_care_chain_booking_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h979z04_facade_detachment_monitoring_om_service.txt", "txt", "zh", Z04),
    "z05": ("h979z05_porcelain_studio_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h979e01_cold_chain_wms_perpetual_licence_wa_vendor.pdf", "pdf", "en", E01),
    "e02": ("h979e02_workforce_saas_order_form_id_vendor.md", "md", "en", E02),
    "e03": ("h979e03_cement_plant_condition_sensors_buyer_paper.docx", "docx", "en", E03),
    "e04": ("h979e04_electronics_managed_it_services_36_months.md", "md", "en", E04),
    "e05": ("h979e05_agronomic_weather_soil_data_api_subscription.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      TCO inputs (fee base, warranty months) or None
DATA = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 10, False, True,
                         False, "PRC", G], (True, True, True, False, 1720000), (680000, 24)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True,
                         True, "PRC", G], (True, True, True, False, 1716000), (1486000, 18)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, False, 500 / 644000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], (True, True, None, False, 644000), None),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                         False, False, None, S], (True, True, None, False, 486000), None),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, None, 55, False, False, 6, None, False,
                         True, None, "PRC", G], (True, True, False, True, 416000), (168000, 6)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True,
                         False, "Washington", G], (True, True, True, False, 1670000), (1240000, 24)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 748000 * 100, 6 / 24 * 100, None, True,
                      None, None, None, True, True, False, "PRC", S], (True, True, None, False, 748000), None),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 2060000), (1867200, 36)),
    "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 400 / 2184000 * 100, 150, None, True, None,
                         None, None, False, True, False, "PRC", S], (True, True, None, False, 2184000), None),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                      True, False, "PRC", S], (False, False, None, False, 590000), None),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t, x, tco = DATA[key][1], DATA[key][2], DATA[key][3]
    if tco is None or t[13] is None or x[2] is False:
        return None
    base, wm = tco
    post_years = max(0.0, 5 - wm / 12)
    post = post_years * base * t[13] / 100
    return post / (x[4] + post) * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    cat, t, x, _ = DATA[key]
    d = dict(zip(TERM_KEYS, t))
    sla, ld_stated, capped, deemed, value = x
    goods = d["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not d["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if d["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not d["acceptance_clause"] or d["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (d["warranty_months"] is None or d["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (d["post_warranty_fee_pct"] is None or capped is False or d["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if d["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not d["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if d["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if d["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    cat, t, x, _ = DATA[key]
    name, kind, lang, _ = TARGETS[key]
    terms = dict(zip(TERM_KEYS, t))
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x[2]
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------- reading back and checks
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


N = r"(?<![\d.])"
THRESHOLD_RE = re.compile("|".join([
    r"99\.9(?![\d])", r"99\s*\.\s*9(?!\d)",
    N + r"4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![十二三])四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours",
    N + r"0?\.05\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"0\.5\s*‰",
    N + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*(?:\(30\)\s*)?per\s*cent",
    N + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent",
    N + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*(?:\(40\)\s*)?per\s*cent",
    N + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"\bone\s*hundred\s*(?:\(100\)\s*)?per\s*cent",
    N + r"12\s*(?:个月|個月|-?\s*months?\b|-month)", r"(?<![一二三四五六七八九])十二\s*个月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?",
    N + r"5\s*(?:年|-?\s*years?\b|-year)", r"(?<![十一二三四六七八九])五\s*年", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?",
    N + r"60\s*(?:个月|-?\s*months?\b)", r"六十个月", r"\bsixty\s*months",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "within four hours", "0.05%", "万分之五", "30%", "百分之三十",
            "thirty per cent", "15 %", "百分之十五", "40%", "100%", "百分之百", "12 months", "12-month", "十二个月",
            "twelve months", "5 years", "五年", "five years", "60 months", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "130%", "35%",
             "150%", "115%", "140%", "1,100,000", "18 months", "2027年12月31日", "120个月", "15日", "30日", "40天",
             "五十年", "15 days", "0.050", "12 hours", "三十五年"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for f in forms:
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(f)]
    return hits


def check():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("regex hits", s)
    covered = set()
    for key, (name, kind, lang, _) in TARGETS.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert risk == DESIGN_RISK[key], (key, risk)
        terms = lab["expected_terms"]
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print(key, name, lang, "length", n, "rules", rules, "risk", risk,
              "TCO share %.1f" % share if share is not None else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in TARGETS if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"]
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    # price sums
    assert 680000 + 860000 + 156000 + 24000 == 1720000
    assert 576000 + 324000 + 102000 + 108000 + 66000 + 310000 == 1486000 and 1486000 + 192000 + 38000 == 1716000
    assert 6 * 96000 == 576000 and 24 * 13500 == 324000 and 12 * 8500 == 102000 and 48 * 2250 == 108000
    assert round(1486000 * 0.26) == 386360
    assert 30 * 9600 * 2 + 68000 == 644000 and 288000 / 4 == 72000
    assert 121500 * 4 == 486000
    assert 168000 + 212000 + 36000 == 416000
    assert 1240000 + 386000 + 44000 == 1670000 and round(1240000 * 0.11) == 136400
    assert 348000 * 2 + 52000 == 748000 and 348000 / 4 == 87000
    assert 420 * 2680 == 1125600 and 18 * 14200 == 255600 and 1125600 + 255600 + 486000 == 1867200
    assert 1867200 + 168400 + 24400 == 2060000 and round(1867200 * 0.08) == 149376
    assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
    assert 286000 * 2 + 18000 == 590000
    for pay in ([20, 45, 35], [20, 50, 25, 5], [55, 45], [20, 45, 35], [10, 55, 35]):
        assert sum(pay) == 100


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write({k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for key, (name, kind, lang, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    for key in TARGETS:
        lab = label(key)
        stem = TARGETS[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    check()
    print("all checks passed")
