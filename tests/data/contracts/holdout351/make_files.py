"""holdout351: writes the ten blind ORDINARY contracts, their labels, and checks lengths / thresholds / rule coverage.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市市场监督管理局计量器具监管平台建设项目政府采购合同
P:合同编号：SJJ-ZFCG-2025-0917　　采购方式：公开招标　　招标编号：SZC-2025-GK-0382
P:采购人（甲方）：某市市场监督管理局　　地址：某市行政中心东区七号楼
P:供应商（乙方）：衡准数智科技有限公司　　地址：某市高新区创业路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就计量器具监管平台建设项目订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方建设计量器具监管平台，覆盖全市强制检定计量器具的备案、检定数据采集、到期提醒、风险预警及执法联动，并完成与省级计量业务系统、市场主体登记系统的数据对接。
P:1.2 合同价款明细如下（人民币，含税）：
TB:序号|项目|金额（元）
TB:1|计量监管平台软件许可（永久使用，不限用户数）|826,000
TB:2|定制开发（强检备案、检定数据接入、预警与执法联动模块）|1,148,000
TB:3|历史数据迁移及省级系统接口|214,000
TB:4|部署实施与培训|92,000
TB:合计||2,280,000
P:1.3 合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），为固定总价，包括软件、开发、实施、培训、税费及质保期内全部服务费用。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后150日内完成平台部署并提交初验申请；初验合格后进入为期90日的试运行。
P:2.2 乙方应提交需求规格说明书、系统设计文档、源代码、数据库结构说明、部署手册、用户手册及培训记录。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即人民币456,000元。
P:3.2 平台初验合格后，甲方支付合同总价的45%，即人民币1,026,000元。
P:3.3 试运行结束且终验合格后，甲方支付合同总价的35%，即人民币798,000元。
P:3.4 甲方按财政国库集中支付程序付款，乙方应提供合法有效的发票。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；省级计量业务系统及市场主体登记系统接口联调通过；不少于八万条历史检定记录迁移后逐条核对无误；在300个并发用户下，常用查询响应时间不超过2秒；第三方安全测评无高危漏洞。
P:4.2 终验标准：试运行期间未发生一级故障，遗留问题全部关闭，文档及源代码交付齐全。终验由甲方组织专家进行，并出具书面验收报告。
P:4.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。
H:第五条 质量保证与后续维护
P:5.1 质保期为二十四个月，自终验合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费按软件许可费的9%计取，即每年人民币74,340元，三个维护年度内不得上调，维护合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前三个工作日书面告知甲方）。
P:6.2 一级故障（平台整体不可用或数据错误影响执法）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 响应或恢复超时的，每超时一小时扣减质保金或维护费人民币1,000元；月度可用率低于约定值的，每低0.01个百分点扣减人民币2,000元。
H:第七条 数据安全
P:7.1 平台中的检定数据、器具档案、企业信息及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密传输与存储、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任及甲方因此遭受的损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、执法信息及系统账号负有保密义务，未经甲方书面同意不得向第三方披露；该义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 本项目定制开发的软件、源代码、文档及数据库设计的著作权归甲方所有，甲方可自行或委托第三方修改和使用。
P:9.2 平台标准软件的著作权仍属乙方，甲方享有永久、免费的使用许可。乙方保证不侵犯第三方知识产权。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过初验的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 乙方累计赔偿责任以合同总价的二倍为限，但数据泄露、故意或重大过失造成的损失不受此限。
H:第十一条 分包
P:11.1 本项目不得分包或转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有高级工程师职称的项目经理，全程负责本项目实施，未经甲方书面同意不得更换。项目经理每周向甲方提交项目周报，内容包括进度、问题清单、风险及下周计划。
P:14.2 乙方投入本项目的开发、测试及实施人员应与投标文件一致，人员变更须提前7日书面报甲方确认，替换人员的资历不得低于原人员。
P:14.3 甲方有权对不称职的乙方人员提出更换要求，乙方应在5个工作日内更换。
H:第十五条 需求变更
P:15.1 任何一方提出需求变更的，应以书面形式提交变更申请，说明变更内容、理由及对工期和费用的影响，经双方确认后实施。
P:15.2 累计变更金额不得超过合同总价的10%，且须符合政府采购相关规定；未经书面确认的变更，乙方不得以此主张增加费用或顺延工期。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明材料，履行期限相应顺延。
P:16.2 不可抗力消除后，双方应尽快恢复履行，并采取合理措施减少损失。
H:第十七条 廉洁条款
P:17.1 乙方不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益；违反的，甲方有权解除合同，并依法将相关情况报送财政部门。
P:17.2 乙方应遵守政府采购诚信管理规定，如实提供履约信息，接受甲方及财政部门的履约监督和检查。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市市场监督管理局　　　　乙方（盖章）：衡准数智科技有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2025年9月　日
"""

Z02 = """T:梳理铺网生产线控制系统改造合同
P:合同编号：HZWF-JS-2025-041
P:甲方（买方）：湖州绒润无纺材料有限公司　　地址：湖州市南浔区经济开发区织里路18号
P:乙方（卖方）：杭州博控自动化工程有限公司　　地址：杭州市余杭区良渚街道古墩路1899号
P:鉴于甲方二号、三号梳理铺网生产线原有继电器控制及变频系统老化，克重波动大、停机频繁，甲方决定进行控制系统改造。乙方具备相应的设计、供货、安装和调试能力。双方经协商一致，订立本合同。
H:一、改造范围与合同价格
P:（一）乙方负责两条生产线梳理机、交叉铺网机、牵伸机的电气控制系统改造，包括PLC控制柜、伺服驱动、在线克重检测、人机界面及组态软件的供货、拆旧、安装、编程、联调和培训。
P:（二）价格明细如下（人民币，含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站、远程IO）|2套|186,000|372,000
TB:2|伺服驱动器及伺服电机|24套|9,850|236,400
TB:3|在线克重检测仪（β射线）|2套|118,000|236,000
TB:4|触摸屏及工控机|6台|14,500|87,000
TB:5|组态软件许可（永久）|1套|128,000|128,000
TB:|硬件及软件小计|||1,059,400
TB:6|安装调试（含拆旧、敷缆、联调）|1项|146,600|146,600
TB:7|工艺程序定制开发（铺网曲线、克重闭环）|1项|164,000|164,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,388,000
P:（三）合同总价为人民币壹佰叁拾捌万捌仟元整，除甲方书面变更范围外不作调整。
H:二、工期
P:（一）设备于合同生效后60日内到达甲方工厂；乙方利用甲方安排的两次停产检修窗口分别完成两条线的改造，每条线停机不超过10日。
P:（二）乙方应在每条线改造前提交施工方案，经甲方生产部书面确认后实施。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币277,600元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，计人民币485,800元。到货签收不代表质量验收。
P:（三）两条生产线终验合格后，甲方支付合同总价的45%，计人民币624,600元。
H:四、验收
P:（一）每条线改造完成后连续满负荷试生产72小时，达到以下指标为合格：成品克重CV值不大于2.5%；铺网宽度偏差不大于正负5毫米；线速度达到设计值；控制系统原因停机次数为零；各安全联锁经逐项测试有效。
P:（二）两条线均合格后，甲方出具书面终验报告。设备安装完毕或投入试生产，均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自终验合格之日起算。质保期内因设备或程序缺陷造成的故障，乙方免费维修、更换和修改程序。
P:（二）一级故障（整线停机）乙方应在1小时内远程响应，8小时内派工程师到场；二级故障（单机异常、克重超差）3个工作日内处理完毕。
P:（三）响应或到场超时的，每超时一小时，乙方向甲方支付人民币800元，从质保服务费或应付款中扣除。
H:六、质保期后维保
P:（一）质保期满后，乙方按年提供维保服务，年度维保费为硬件及软件小计的8%，即每年人民币84,752元；在质保期满后的三个维保年度内不上调。
P:（二）维保服务内容包括每季度一次现场巡检、备件供应、程序备份和远程支持。维保合同由双方另行签订，不自动续期。
H:七、数据安全
P:（一）生产线工艺参数、配方、克重数据及运行日志均归甲方所有，乙方仅可为改造和维保目的使用。
P:（二）乙方远程访问甲方控制网络须事先取得甲方书面审批，只能通过甲方提供的专用通道进行，并保留操作记录；乙方人员不得将工艺数据复制到外部介质带离现场。
P:（三）因乙方违反上述要求导致数据泄露、被篡改或生产事故的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:八、知识产权
P:（一）本项目定制开发的PLC程序、触摸屏画面及组态工程文件（含源程序）归甲方所有，乙方应在终验时完整移交，甲方可自行修改。
P:（二）组态软件的著作权属于其权利人，甲方获得永久使用许可。
H:九、分包
P:（一）乙方可将电气安装和线缆敷设工作分包给具备相应资质的单位，但应在分包前书面通知甲方，并对分包单位的工作质量负责。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）因乙方施工原因造成甲方设备损坏的，乙方负责修复或赔偿。
H:十一、合同解除
P:（一）乙方严重违约，且在甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:十三、施工安全与现场管理
P:（一）乙方施工人员进入甲方车间，应遵守甲方的安全生产、防火防尘及洁净管理制度，穿戴劳动防护用品；动火、登高及带电作业须办理作业许可。
P:（二）拆除的旧控制柜、变频器及线缆由甲方指定地点存放，归甲方所有，乙方不得自行处置。
P:（三）改造期间乙方应配合甲方完成新旧系统切换，保证停机时间不超过本合同约定的检修窗口；因乙方原因延长停机的，每延长一日按本合同第十条第（一）项计算违约金。
P:（四）乙方应为施工人员购买意外伤害保险，因乙方人员违章作业造成的人身伤害和财产损失，由乙方承担。
H:十四、培训与资料移交
P:（一）乙方应为甲方电气维修人员和操作工提供不少于三天的现场培训，内容包括PLC程序结构、伺服参数设置、克重检测仪校准和常见故障处理。
P:（二）终验时乙方应移交电气原理图、接线图、元器件清单、程序备份、参数表和操作维护手册各两套（纸质及电子版）。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:十六、变更与备件
P:（一）甲方要求增加检测点、调整控制功能或变更设备型号的，乙方应在5个工作日内提交书面变更方案及报价，经甲方书面确认后执行；未经确认的变更费用由乙方自行承担。
P:（二）乙方应在终验时向甲方提供一份推荐备件清单及报价，并保证所供主要设备在终验后至少八年内可提供备件或兼容替代型号。
P:（三）乙方提供的设备应为原厂全新产品，附原厂合格证、检测报告及装箱单；进口部件应提供报关单据复印件。
P:（四）乙方应在每条线改造完成后提交调试记录，记录内容包括各伺服轴参数、张力设定值、克重检测仪标定结果及联锁测试记录，经甲方设备部签字确认后归档。
H:十七、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：湖州绒润无纺材料有限公司（盖章）　　乙方：杭州博控自动化工程有限公司（盖章）
P:授权代表：__________　　授权代表：__________
P:签订日期：2025年10月　日
"""

Z03 = """门店预约及会员储值管理系统服务协议

协议编号：YK-SaaS-2025-1126
甲方（客户）：成都颐康理疗连锁管理有限公司
住所：成都市武侯区人民南路四段27号
乙方（服务商）：成都约享云软件有限公司
住所：成都市高新区天府大道北段1700号

甲方在成都、绵阳、德阳共经营28家理疗门店，需要统一的线上预约、理疗师排班、会员储值及收银管理工具。乙方提供“约享云”门店管理软件即服务（SaaS）及上线实施服务。双方协商一致，签订本协议。

第一条 服务内容
（1）乙方向甲方开通约享云门店管理系统，包括微信小程序预约、理疗师排班、项目套餐、会员储值与次卡、收银对账、门店报表及总部管理端。
（2）乙方负责上线实施：系统配置、28家门店开通、原系统会员档案及储值余额迁移、与甲方现有收银设备对接、店长及前台培训。
（3）系统部署于乙方租用的位于中国境内的云服务器上，乙方负责运行、维护和版本更新。

第二条 服务期限
（1）服务期为三个服务年度，自系统上线验收合格之日起算。
（2）服务期届满前30日，任何一方未书面提出不续约的，本协议自动续展一个服务年度，续展次数不限。续展期的订阅费由乙方按其届时公布的价格表确定，乙方可据此上调费用。

第三条 费用
（1）门店订阅费：每家门店每个服务年度人民币6,800元，28家门店合计每个服务年度人民币190,400元。
（2）总部管理端订阅费：每个服务年度人民币36,000元。
（3）上线实施费：人民币58,000元，一次性支付。
（4）三个服务年度费用合计人民币679,200元，加上线实施费，本协议总金额为人民币737,200元。
（5）短信通知超出每月两万条的部分，按每条人民币0.04元另行结算，不计入上述总金额。

第四条 付款
（1）订阅费按服务年度支付，甲方应在每个服务年度开始后15日内支付该服务年度的订阅费。
（2）上线实施费在上线验收合格后15日内支付。
（3）乙方应在收款前开具合法有效的增值税发票。

第五条 上线验收
（1）乙方完成实施后向甲方提交上线验收申请。验收标准为：28家门店全部开通并能完成预约、开单、收银全流程；迁移的会员档案与储值余额与原系统逐户核对一致，差额为零；小程序预约在高峰时段并发500人时页面响应不超过3秒；收银对账日报与门店实收一致。
（2）甲方在收到申请后10个工作日内组织验收，合格的签署上线验收单。系统试用或门店实际营业使用，不视为验收合格。

第六条 服务水平
（1）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前48小时通知甲方。
（2）一级故障（全部门店无法预约或收银）乙方应在15分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应，8小时内解决。
（3）月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按10%抵扣。一级故障恢复超时的，每次抵扣人民币2,000元。抵扣在下一期费用中扣减。

第七条 数据
（1）甲方的会员信息、消费记录、储值余额、预约记录等业务数据归甲方所有。
（2）甲方同意，乙方可将上述数据脱敏、汇总后用于行业消费趋势分析、产品改进及向其他客户提供的行业报告，该使用在服务期内及服务期满后均不受限制。
（3）乙方应按网络安全等级保护第三级要求保护甲方数据，对会员手机号及储值数据加密存储，限制员工访问权限并记录访问日志。
（4）发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
（5）服务终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除。

第八条 保密
双方对在合作中知悉的对方经营信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在协议终止后三年内继续有效。

第九条 知识产权
（1）约享云平台及其软件的知识产权归乙方所有。
（2）为甲方专门制作的小程序页面模板、套餐配置及专用报表归甲方所有，甲方可自行修改或交由其他服务商使用。

第十条 违约责任
（1）因乙方原因未能在协议生效后45日内通过上线验收的，每逾期一日乙方向甲方支付违约金人民币600元。
（2）乙方对本协议项下的累计赔偿责任，以本协议总金额的1.5倍为限，但数据泄露及故意行为造成的损失除外。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第十一条 分包
乙方不得将实施或运维工作分包给第三方，确需分包的应事先取得甲方书面同意。云资源租用不视为分包。

第十二条 解除
（1）一方严重违约，经另一方书面通知后15日内未纠正的，守约方有权解除本协议。
（2）乙方连续两个月可用率低于99%的，甲方有权解除本协议，并按剩余服务期退还已付订阅费。

第十三条 法律与争议
本协议适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

第十四条 门店增减与功能变更
（1）服务期内甲方新开门店的，按每家门店每个服务年度人民币6,800元的单价，自开通之日起按剩余月份折算增加订阅费；门店关闭的，自下一个服务年度起相应减少门店数量。
（2）甲方提出的个性化功能需求，乙方应在10个工作日内评估并书面报价，经甲方确认后开发；未经甲方书面确认，乙方不得收取额外费用。
（3）乙方对系统进行版本升级，如会改变门店操作流程，应提前15日通知甲方并提供培训资料。

第十五条 储值资金与合规
（1）会员储值资金由甲方自行收取并存入甲方银行账户，乙方系统仅记录储值余额及消费流水，不归集、不代收任何资金。
（2）乙方应协助甲方按照单用途商业预付卡管理的相关规定，生成储值余额报表并保存交易记录，以备主管部门检查。
（3）储值余额数据出现差错的，乙方应在发现后立即冻结相关账户并在24小时内核对更正，因系统原因造成甲方或会员损失的，乙方负责赔偿。

第十六条 通知
双方指定的联系人及联系方式见附件。一方变更联系人或联系方式的，应提前5日书面通知对方。以电子邮件发送的通知，自发出之日视为送达。

第十七条 培训与客户服务
（1）乙方为甲方提供两场集中培训（总部管理人员一场、店长及前台一场），并为每家门店提供视频操作教程；新开门店由乙方远程培训。
（2）乙方提供工作日9:00至21:00的在线客服及电话支持，周末和法定节假日提供值班支持，普通咨询应在30分钟内答复。
（3）乙方每季度向甲方提交服务报告，内容包括系统可用率、故障处理、门店使用情况及优化建议。
（4）甲方总部可根据管理需要设置门店账号权限，乙方应在甲方提出后两个工作日内完成配置，并在系统中保留权限变更记录，供甲方内部审计查阅。

第十八条 其他
本协议一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都颐康理疗连锁管理有限公司
乙方（盖章）：成都约享云软件有限公司
签订日期：2025年11月　日
"""

Z04 = """某市殡葬管理所殡葬服务管理系统运维服务合同

项目编号：JHCG-2025-CS-0156（竞争性磋商）
采购人（甲方）：某市殡葬管理所
地址：某市城西区安宁路9号
供应商（乙方）：安和信息技术服务有限公司
地址：某市经开区科创大厦B座11层

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就殡葬服务管理系统年度运维服务订立本合同。

1. 服务范围
1.1 乙方对甲方殡葬服务管理系统提供运维服务，范围包括：遗体接运调度、火化预约与排号、骨灰寄存、公墓管理、惠民殡葬补贴审核、收费结算及与民政、公安人口信息系统的接口。
1.2 服务内容包括驻场运维、远程技术支持、版本维护与缺陷修复、季度巡检、数据备份与恢复演练、等级保护测评配合。
1.3 服务期为一个服务年度，自2025年3月1日起至2026年2月28日止。期满后甲方按政府采购程序重新确定服务商，本合同不自动续期。

2. 服务费用
2.1 服务费用明细：驻场运维服务（1人，工作日全天驻场）人民币168,000元；远程技术支持及版本维护人民币96,000元；季度巡检及等保测评配合人民币38,000元；数据备份与容灾演练人民币24,000元。
2.2 合同总价为人民币326,000元，为固定价格，包含人员、差旅、工具及税费。

3. 付款
3.1 服务费按季度支付。每季度结束后，甲方根据季度考核结果在15个工作日内支付该季度服务费人民币81,500元。
3.2 甲方不支付预付款。

4. 服务要求与服务水平
4.1 驻场人员须具备两年以上同类系统运维经验，人员更换须提前10日经甲方同意。
4.2 系统核心业务（火化预约、收费结算）月度可用率不低于99.95%。
4.3 故障分级及响应时限：一级故障（火化预约或收费结算中断）30分钟内响应，2小时内恢复；二级故障（单一模块异常）2小时内响应，12小时内解决；三级故障（一般咨询、报表调整）1个工作日内处理。
4.4 乙方每月5日前提交上月运维报告，内容包括故障记录、处理时长、可用率统计及隐患整改情况。
4.5 服务水平未达到第4.2条、第4.3条要求的，由乙方限期整改；甲方不因此扣减服务费，乙方亦不因此承担违约金或赔偿。

5. 考核与验收
5.1 甲方每季度按运维考核表对乙方进行考核，考核项目包括故障响应及恢复时限达标率、巡检完成情况、备份恢复测试结果、运维报告质量，考核得分不低于85分为合格。
5.2 服务期满后，甲方根据四个季度考核结果及年度容灾演练报告组织最终验收，出具书面验收意见。
5.3 季度考核不合格的，乙方应在15日内完成整改并重新考核，整改期间的服务费暂缓支付。

6. 数据安全
6.1 系统中逝者信息、家属身份及联系方式、收费记录等全部数据属于甲方，乙方仅能为履行本合同使用，不得复制、留存或用于其他目的。
6.2 乙方应严格执行甲方的数据安全管理制度：运维操作经堡垒机进行并全程审计；数据库导出须经甲方书面审批；备份介质由甲方保管；服务结束时移交全部账号与文档。
6.3 发生数据泄露、篡改、丢失等安全事件，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

7. 保密
7.1 乙方及其人员对工作中接触的逝者及家属个人信息、甲方内部管理信息负有保密义务，不得以任何方式对外披露。乙方应与驻场人员签订保密承诺书。
7.2 保密义务不因合同终止而解除。

8. 知识产权
8.1 运维期间乙方为甲方编写的统计报表、数据修复脚本及运维文档，其知识产权归甲方所有。
8.2 殡葬服务管理系统原有软件的权利状态不因本合同改变。

9. 违约责任
9.1 乙方驻场人员未按约定到岗，或乙方逾期提交季度巡检报告、容灾演练报告的，每逾期一日按合同总价的万分之二向甲方支付违约金。
9.2 乙方违反第6条造成数据安全事件的，除承担赔偿责任外，甲方有权解除合同。

10. 分包与转包
10.1 乙方不得将本合同项下服务全部或部分分包、转包给第三方。

11. 合同解除
11.1 乙方严重违反本合同约定，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期结算费用。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

13. 人员与现场管理
13.1 驻场人员应遵守甲方的考勤、保密和现场管理制度，在殡仪馆业务区域内工作时应着装整洁、举止庄重，尊重逝者及家属。
13.2 乙方驻场人员请假超过一个工作日的，应提前报甲方同意并安排同等能力人员顶岗。
13.3 清明、冬至等祭扫高峰期间，乙方应增派一名技术人员现场值守，保障网上祭扫预约、墓区导航及收费系统正常运行，增派人员费用已包含在合同总价中。

14. 交接与退出
14.1 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商完成交接，交接内容包括系统账号与权限清单、运维文档、故障记录、备份策略及未关闭问题清单。
14.2 交接完成前，乙方不得停止服务；交接期间发生的故障仍由乙方负责处理。
14.3 交接完成后，乙方应书面确认已删除其持有的甲方数据及账号。

15. 不可抗力
15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在事件结束后15日内提供证明，双方协商调整服务安排。

15.2 不可抗力影响持续超过30日的，双方可协商变更服务内容或解除合同，已提供服务的费用按实际服务期结算。

15.3 因重大活动保障、突发公共卫生事件等原因，甲方要求乙方临时延长驻场时间的，乙方应予配合，双方按实际增加的工作日另行结算，日单价以本合同驻场运维服务费折算。
15.4 乙方应在每次系统变更前提交变更方案和回退方案，经甲方审批后在业务低峰时段实施，变更完成后提交变更记录。

附：运维考核要点
（一）故障响应及恢复时限达标率，权重35分；
（二）巡检完成率及巡检报告质量，权重20分；
（三）备份成功率及恢复测试结果，权重20分；
（四）驻场人员出勤及服务态度，权重15分；
（五）运维报告及文档更新的及时性、准确性，权重10分。
考核由甲方信息化负责人会同业务科室共同进行，考核结果书面告知乙方。乙方对考核结果有异议的，可在收到考核结果后5个工作日内书面提出，甲方应在10个工作日内复核并答复。

16. 其他
16.1 本合同未尽事宜，按竞争性磋商文件及乙方响应文件执行。
16.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市殡葬管理所　　　　负责人或授权代表：__________
乙方（盖章）：安和信息技术服务有限公司　　　　法定代表人或授权代表：__________
签订日期：2025年2月　日
"""

Z05 = """# 禾链MES制造执行系统软件许可及实施合同

（禾链软件标准合同文本 V4.0）

合同编号：HL-MES-2025-0733

**甲方（用户）**：保定福顺斋食品有限公司　住所：保定市清苑区工业园区福顺路3号

**乙方（供应商）**：石家庄禾链软件股份有限公司　住所：石家庄市裕华区槐安东路88号

甲方主营酱牛肉、卤味熟食的生产与销售，拟建设覆盖原料验收、腌制、卤煮、冷却、包装、冷库和发货的制造执行系统。乙方为专业MES软件提供商。双方经友好协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禾链MES食品版软件的使用许可，并按甲方需求进行定制开发和实施部署。

1.2 合同价格如下（人民币，含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾链MES食品版软件许可（批次追溯、卤制工艺、冷库、质检模块，不限用户） | 960,000 |
| 2 | 定制开发（卤煮配方管理、电子秤称重接口、一物一码追溯） | 180,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,200,000 |

1.3 合同总价为人民币壹佰贰拾万元整。

## 第二条 付款方式

2.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，计人民币660,000元，乙方收到该款项后启动项目。

2.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，计人民币540,000元。

2.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停实施和技术支持。

## 第三条 实施与交付

3.1 乙方计划在收到首付款后120日内完成系统部署上线。因甲方需求变更、现场条件、网络环境等原因导致延期的，工期相应顺延。

3.2 乙方交付内容为安装完成的系统及用户操作手册。

## 第四条 验收

4.1 系统在甲方服务器上安装完成并上线运行，即视为甲方验收合格。

4.2 甲方在上线后提出的修改意见，乙方视情况在后续版本中统筹考虑。

## 第五条 知识产权

5.1 禾链MES软件及其全部组成部分的知识产权归乙方所有。

5.2 乙方为甲方定制开发的配方管理模块、称重接口程序、追溯码规则及其源代码，知识产权同样归乙方所有，乙方可将其用于其他客户。甲方仅在本企业内部享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方的一级故障（系统无法使用、生产停滞）乙方在8小时内响应，其他问题在3个工作日内响应。

6.3 乙方将尽力按上述时限处理，但对响应或修复超时不承担扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可费的22%计收，即每年人民币211,200元。

7.2 维保服务包括远程支持、缺陷修复和版本升级。甲方未购买维保的，乙方不再提供任何技术支持。

## 第八条 数据

8.1 甲方在系统中产生的生产、质检、追溯及客户数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程运维须经甲方同意，并采取访问控制、传输加密及操作日志等安全措施；因乙方原因发生数据泄露或丢失的，乙方应立即通知甲方并承担相应责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术秘密、配方、工艺参数和经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金在内）累计不超过合同总价的20%，且不承担间接损失、利润损失和数据恢复费用。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 项目配合

13.1 甲方应为乙方实施人员提供必要的办公场所、网络环境、服务器及接口资料，并指定项目联系人负责需求确认和组织用户培训。

13.2 甲方应保证所提供的基础数据（物料编码、配方、工艺路线、客户档案）真实完整。因甲方资料不全或不准确造成的返工，乙方有权另行收取费用。

13.3 甲方应按乙方要求准备服务器、数据库及操作系统，并承担相应的采购费用。乙方推荐的硬件配置仅供参考。

## 第十四条 培训

14.1 乙方为甲方提供系统管理员培训和车间操作员培训各一次，每次不超过两天。超出部分按每人每天人民币2,500元另行收费。

14.2 培训资料以乙方标准用户手册为准。

## 第十五条 不可抗力

15.1 因不可抗力或甲方网络故障、断电等非乙方原因造成系统不能正常运行的，乙方不承担任何责任。

## 第十六条 版本升级与环境

16.1 乙方发布的MES产品新版本，甲方在有效维保期内可免费升级，升级实施的现场服务费另行计算。

16.2 系统运行所需的服务器、数据库、操作系统、电子秤、标签打印机、扫码枪及网络设备由甲方自行采购，其兼容性问题不属于乙方责任。

16.3 甲方对系统进行任何修改、二次开发或与第三方系统集成的，乙方对由此产生的问题不承担责任，并有权终止技术支持。

## 第十七条 通知

17.1 双方往来通知以书面形式送达合同首部所列地址，或发送至双方项目负责人的电子邮箱。

17.2 一方变更地址或联系人的，应在变更后5日内通知对方，否则原地址视为有效送达地址。

## 第十八条 其他条款

18.1 本合同条款为乙方标准条款，已由乙方提请甲方注意，甲方确认已充分理解。

18.2 乙方报价单及功能清单与本合同条款不一致的，以本合同条款为准。

## 第十九条 数据迁移

19.1 数据迁移范围以甲方现有ERP中的物料、供应商及客户档案为限，历史生产记录不在迁移范围内。迁移数据的清洗、补录和核对工作由甲方负责，乙方提供导入模板和技术指导。甲方如需迁移历史数据，应另行签订补充协议并支付费用。

## 第二十条 其他

20.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

20.2 本合同附件为乙方报价单及禾链MES食品版功能清单。

甲方（盖章）：保定福顺斋食品有限公司　授权代表：__________

乙方（盖章）：石家庄禾链软件股份有限公司　授权代表：__________

日期：2025年8月　日
"""

E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. SL-FZ-2025-019
P:This Agreement is made between Fuzhou Yinshi Shoushan Stone Carving Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 12 Sanfang Qixiang Road, Gulou District, Fuzhou, Fujian Province (the "Buyer"), and Haapsalu Glyphworks OU, a private limited company registered in Estonia with its registered office at Posti 41, Haapsalu 90504, Estonia (the "Vendor").
H:Recitals
P:(A) The Buyer designs and carves seals in Shoushan stone for collectors, calligraphers and institutions, and keeps an archive of some 3,200 historic seal impressions used as references for new layouts.
P:(B) The Vendor develops SealComposer, a desktop application for composing seal-script layouts, balancing strokes within a frame and producing carving templates for engraving.
P:(C) The Buyer wishes to acquire perpetual licences of SealComposer together with a set of customisations and the import of its archive, and the Vendor is willing to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means SealComposer version 7 and the Glyph Library module, in object code, with their documentation.
P:1.2 "Customisations" means the stroke-template set modelled on the Buyer's house style, the archive import tool and the imported archive database described in Annex 2.
P:1.3 "Installation Certificate" means the document signed by the Buyer confirming that the Software has been installed on all fourteen workstations; it is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance tests in Article 5 have been passed.
P:1.5 "Buyer Data" means the Buyer's designs, layouts, client names and orders, seal impressions and any data derived from them.
H:Article 2 Scope and Price
P:2.1 The Vendor shall grant the licences, deliver and install the Software, build and deliver the Customisations, import the archive and train the Buyer's designers.
P:2.2 At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is fixed and includes all taxes, travel and expenses:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|SealComposer perpetual seat licence|14|21,500|301,000
TB:2|Glyph Library module, perpetual site licence|1|86,000|86,000
TB:|Licence subtotal|||387,000
TB:3|Customisations (stroke templates, archive import tool)|1|118,000|118,000
TB:4|Installation, archive import and training|1|27,000|27,000
TB:|Contract Price|||532,000
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on fourteen workstations at the Buyer's premises in Fuzhou, and to transfer a seat to a replacement workstation at any time.
P:3.2 The licence is fully paid upon payment of the Contract Price and does not depend on any support contract.
P:3.3 The Buyer may make backup copies of the Software and keep them on its own premises.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 53,200) within 15 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 239,400) within 15 days after signing the Installation Certificate.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 239,400) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and deliver the Customisations and the imported archive within 90 days after signature.
P:5.2 The acceptance tests are: (a) all 3,200 archive impressions imported with their metadata, checked by the Buyer on a sample of one in ten and fully searchable by character, artist and period; (b) the stroke templates produce layouts for the forty test inscriptions listed in Annex 3 that the Buyer's senior carver approves; (c) a layout of up to nine characters is generated in less than 5 seconds on the Buyer's workstations; (d) carving templates print at true scale with a deviation below 0.1 mm; and (e) no Severity 1 defect occurs during a 20-day trial use.
P:5.3 Within 10 working days after the trial use the Buyer shall issue Final Acceptance or a list of failures. The Vendor shall correct the failures and the tests shall be repeated. Installation, trial use or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Customisations will perform in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects, supply updates and new versions of the Software and provide remote support free of charge.
H:Article 7 Support and Service Levels
P:7.1 Support requests may be made by telephone, e-mail or the Vendor's portal. The Vendor provides Chinese-speaking support through its partner desk in Shanghai, which is part of the Vendor's own organisation.
P:7.2 Severity 1 (the Software cannot be started or cannot print templates on more than half of the workstations): response within 2 hours, workaround within 1 business day. Severity 2 (a function is impaired): response within 8 business hours, correction within 10 business days. Severity 3 (a question or a cosmetic issue): response within 2 business days.
P:7.3 For each hour by which a Severity 1 response is late, the Vendor shall pay the Buyer CNY 500, deducted from the next payment or support fee.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support, which covers the services in Articles 6.2 and 7.
P:8.2 The annual support fee is 9.5% of the licence subtotal, that is CNY 36,765 per year, and shall not be increased during the first three years of support. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:8.3 Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 9 Buyer Data and Security
P:9.1 All Buyer Data belongs to the Buyer. The Vendor shall use it only to perform this Agreement and shall not copy, retain or analyse it for any other purpose.
P:9.2 The archive import is carried out at the Buyer's premises. Remote access by the Vendor requires the Buyer's prior approval for each session, shall use the encrypted connection provided by the Buyer and shall be logged. No Buyer Data may be transferred outside the Buyer's systems.
P:9.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to Buyer Data, cooperate in remedying it and bear the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's client list, designs and prices, and shall not disclose it to third parties without prior written consent.
P:10.2 This Article survives termination of this Agreement without time limit.
H:Article 11 Intellectual Property
P:11.1 The Software remains the property of the Vendor.
P:11.2 The Customisations, including the stroke templates and the source code of the archive import tool, and the imported archive database, belong to the Buyer upon creation. The Buyer may use, modify and license them freely. The Vendor shall hand over the source code at Final Acceptance.
P:11.3 The Vendor shall indemnify the Buyer against claims that the Software or the Customisations infringe third-party rights.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to meet a date in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 9, 10 or 11.3.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:14.2 On termination the Vendor shall refund the amounts paid for undelivered parts, and the licences paid for remain in force.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Estonia.
P:15.2 Disputes shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn. The language of the arbitration is English.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as the event ends. Dates are extended by the period of the event.
P:16.2 Travel restrictions affecting the Vendor's staff are not force majeure for the installation and training, which the Vendor may carry out through its Shanghai desk or by remote sessions agreed with the Buyer.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; both texts are equally authentic.
P:17.2 Annexes: Annex 1 Software specification; Annex 2 Customisations; Annex 3 Test inscriptions.
P:For the Buyer: ____________________  Date: __________
P:For the Vendor: ____________________  Date: __________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - CASCADIA TICKETING CLOUD

Order Form No. CT-2025-0481

## PART A - ORDER FORM

**Customer:** Changbaishan Feiliu Scenic Area Operation Co., Ltd., Chibei District, Baishan City, Jilin Province, People's Republic of China ("Customer").

**Vendor:** Cascadia Ticketing AB, Storgatan 9, 193 30 Sigtuna, Sweden ("Vendor").

This Order Form is governed by the General Terms in Part B. If they conflict, this Order Form prevails.

### A1. Services

Vendor provides Cascadia Ticketing Cloud, a hosted service for online ticket sales, time-slot booking for the waterfall trail and shuttle buses, gate validation, group and travel-agency sales, refunds and daily revenue reconciliation (the "Service"), and the onboarding services described in A4.

### A2. Subscription Term

The Subscription Term is three Subscription Years starting on the Service Start Date, which is the date of Go-Live Acceptance. After the Subscription Term the subscription renews for a further Subscription Year at the same fees unless either party gives written notice at least 60 days before the end of the current term.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese Yuan (CNY) and include VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform subscription (up to 900,000 tickets per Subscription Year) | per Subscription Year | 148,000 |
| Gate validation module (22 turnstiles, 6 handheld scanners) | per Subscription Year | 22,000 |
| Subscription fees for three Subscription Years | 3 x 170,000 | 510,000 |
| Onboarding (configuration, payment integration, gate integration, training) | one-time | 46,000 |
| Total fees under this Order Form | | 556,000 |

Tickets above 900,000 in a Subscription Year are charged at CNY 0.18 per ticket, invoiced after the end of that Subscription Year. These usage charges are not part of the total above.

### A4. Onboarding and Go-Live Acceptance

A4.1 Vendor shall configure the ticket types, price calendars and time slots, connect the Service to Customer's WeChat Pay and UnionPay merchant accounts, integrate the 22 turnstiles and six handheld scanners at the East Gate and the Waterfall Gate, and train Customer's ticket office and finance staff.

A4.2 Vendor targets Go-Live within 75 days after signature and will use reasonable endeavours to meet that date.

A4.3 Go-Live Acceptance takes place when the following tests have been passed in Customer's presence: (a) online sale, booking, refund and reissue of each ticket type; (b) a gate throughput test of at least 20 visitors per minute per turnstile without validation errors; (c) correct handling of a simulated loss of network at a gate, with offline validation and later upload; (d) daily reconciliation of sales against both payment channels with no difference over three consecutive test days; and (e) a successful load test of 3,000 concurrent online buyers. Customer signs a Go-Live Acceptance certificate within five business days after successful tests. Use of the Service before that date is a trial and does not constitute acceptance.

### A5. Invoicing and Payment

Subscription fees are invoiced quarterly in arrears, in equal quarterly amounts. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No fee is payable before the Service Start Date.

### A6. Hosting

The Service for Customer is hosted in the Alibaba Cloud Beijing region. Alibaba Cloud is approved by Customer as hosting provider by signing this Order Form.

## PART B - GENERAL TERMS

### B1. Use of the Service

1.1 Vendor grants Customer a non-exclusive right to use the Service during the Subscription Term for its own ticketing operations, including sales by its authorised travel agencies.

1.2 Customer is responsible for the accuracy of prices, ticket rules and content it enters in the Service.

### B2. Availability and Support

2.1 Vendor will use commercially reasonable efforts to keep the Service available and to correct errors that Customer reports.

2.2 Support is provided by e-mail and through the Vendor's support portal during Vendor's normal business hours. Vendor will handle requests in the order in which they are received and according to their importance as determined by Vendor.

2.3 Vendor may carry out maintenance from time to time and will try to do so outside Customer's opening hours.

### B3. Customer Data and Security

3.1 "Customer Data" means all data entered into or generated by the Service for Customer, including visitor names, identity document numbers, mobile numbers, bookings and payment records. Customer Data belongs to Customer. Vendor processes it only on Customer's instructions and only to provide the Service.

3.2 Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff using multi-factor authentication, log all access, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

3.3 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, give Customer the information it needs to inform visitors and authorities, and bear the costs and losses resulting from an incident caused by its breach of this clause.

3.4 Within 30 days after the end of the Subscription Term Vendor shall return Customer Data in a standard format and then delete it.

### B4. Intellectual Property

4.1 The Service, its software and documentation remain the property of Vendor.

4.2 Ticket layouts, price calendars, gate rules and reports configured for Customer, and any interface code written for Customer's payment accounts and turnstiles, belong to Customer, which may use, modify and give them to another provider.

### B5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information and use it only for this agreement. This obligation continues after the agreement ends.

### B6. Subcontracting

Vendor shall not subcontract the Service or the onboarding services, in whole or in part, to any party other than the hosting provider named in A6 without Customer's prior written consent.

### B7. Liability

7.1 Each party's total liability arising out of or in connection with this agreement is limited to 150% of the total fees under the Order Form.

7.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of B3.

7.3 Neither party is liable for lost profits or indirect loss, except under 7.2.

### B8. Term and Termination

8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

8.2 Upon termination by Customer under 8.1, Vendor shall refund any fees paid for the period after termination.

8.3 B3, B5 and B7 survive termination.

### B9. Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun. The arbitration shall be conducted in Chinese, and an interpreter shall be provided for Vendor at its cost.

### B10. Acceptable Use and Customer Obligations

10.1 Customer shall keep its user credentials secure, ensure that only its employees and authorised travel agencies use the Service, and inform Vendor without delay of any suspected misuse of an account.

10.2 Customer shall not use the Service to sell tickets on behalf of third-party attractions without Vendor's prior consent, and shall not attempt to reverse engineer, copy or resell the Service.

10.3 Customer is responsible for its own turnstiles, handheld scanners, network connections at the gates and the merchant accounts with its payment providers. Vendor will give reasonable help with faults in these items.

### B11. Changes to the Service

11.1 Vendor may improve and update the Service. Vendor shall not remove a function that Customer uses for ticket sales, gate validation or reconciliation without agreeing a replacement with Customer.

11.2 Vendor shall announce new versions that change the way ticket office staff work at least 14 days in advance and provide updated user guides in Chinese.

### B12. Force Majeure

Neither party is responsible for a failure caused by events beyond its reasonable control, including natural disasters, public-health measures, failures of public telecommunications networks and orders of authorities, provided it informs the other party promptly and does what it reasonably can to limit the effects.

### B13. Anti-Bribery

Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any payment, gift or other benefit to the employees of the other party in connection with this agreement.

### B14. Assignment

Neither party may assign this agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business, on written notice.

### B15. General

15.1 Notices shall be in writing and sent to the addresses in this Order Form.

15.2 This agreement is the entire agreement of the parties about its subject.

15.3 This agreement is signed in English and Chinese. Customer's staff may rely on the Chinese text of the user guides and of this agreement; in case of conflict between the two texts of this agreement, the Chinese text prevails.

15.4 Amendments to this agreement must be made in writing and signed by authorised representatives of both parties. Vendor's online terms and click-through notices do not change this agreement.

Signed for Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________
"""

E03 = """T:Supply and Installation Contract for Shade-House Environmental Sensors
P:Contract No. JLSF-PUR-2025-063
P:Buyer: Jilin Songfeng Ginseng Planting Co., Ltd., Fusong County, Baishan City, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Mjosa Agritech AS, Storgata 88, 2609 Lillehammer, Norway (the "Supplier").
P:Background: The Buyer cultivates ginseng under 46 shade houses covering about 31 hectares. Ginseng is sensitive to soil moisture, light intensity and temperature, and the Buyer wishes to monitor these conditions continuously and receive alerts. The Supplier has delivered comparable systems for berry and herb growers. This Contract is made on the Buyer's standard terms of purchase.
H:Section 1 Definitions
P:1.1 "Equipment" means the sensors, weather stations, gateways and power kits in Section 2.
P:1.2 "Software" means the Supplier's FieldSense monitoring software, licensed perpetually under Section 9.
P:1.3 "Custom Work" means the alert rules, crop thresholds, dashboards and reports configured for the Buyer's 46 shade houses, and any interface code written for the Buyer.
P:1.4 "Installation Certificate" means the Buyer's written confirmation that all Equipment is installed and transmitting; it is not acceptance.
P:1.5 "Final Acceptance" means the Buyer's written acceptance after the tests in Section 5.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software, configure the Custom Work and train the Buyer's field staff.
P:2.2 At the Buyer's request all prices are in Chinese Yuan (CNY), fixed, and include VAT, import duties, delivery to Fusong and installation materials:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe (three depths)|320|1,150|368,000
TB:2|Canopy light and humidity station|64|3,900|249,600
TB:3|LoRa gateway with 4G backhaul|12|8,600|103,200
TB:4|Solar power kit with battery|76|1,450|110,200
TB:5|FieldSense monitoring software, perpetual licence|1|94,000|94,000
TB:|Equipment and licence subtotal|||925,000
TB:6|Installation and calibration|1|138,000|138,000
TB:7|Custom Work (alert rules, dashboards, reports)|1|72,000|72,000
TB:8|Training of field staff|1|16,000|16,000
TB:|Contract Price|||1,151,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's farm within 50 days after signature and complete installation within 30 days after delivery, working in the shade houses only at times agreed with the Buyer's field manager so as not to disturb the plants.
P:3.2 The Supplier's staff shall follow the Buyer's farm hygiene and safety rules. Any damage to plants or shade structures caused by the Supplier shall be made good at its cost.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 115,100) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 633,050) within 20 days after the Installation Certificate.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 402,850) within 20 days after Final Acceptance.
H:Section 5 Acceptance
P:5.1 After installation the system runs for 30 days. Final Acceptance is given when: (a) every probe and station transmits at least 96% of its scheduled readings over the 30 days; (b) soil moisture readings differ by less than 3 percentage points from the reference samples taken by the Buyer at 40 points; (c) light readings differ by less than 5% from a calibrated reference meter; (d) alerts for frost, soil dryness and excessive light reach the duty manager's mobile phone within 2 minutes in ten simulated events; and (e) the dashboards and reports of the Custom Work are complete.
P:5.2 Installation, transmission of data or use of the system before Final Acceptance does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment, the Software and the Custom Work for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective items, including batteries and solar panels, free of charge, and provide software updates and support.
P:6.2 The Supplier shall keep a stock of spare probes and gateways at the farm during each growing season at its own cost.
H:Section 7 Support and Service Levels
P:7.1 Severity 1 (the monitoring platform is down, or more than 20% of sensors are offline during the growing season): response within 1 hour, on-site attendance within 24 hours if needed, restoration within 36 hours.
P:7.2 Severity 2 (a gateway or a group of sensors is offline): response within 8 business hours, repair within 3 business days. Severity 3: response within 2 business days.
P:7.3 For each hour by which a Severity 1 response or restoration is late the Supplier shall pay CNY 600, deducted from the next payment or support fee.
H:Section 8 Support after Warranty
P:8.1 After the warranty the Buyer may order annual support at 7% of the Equipment and licence subtotal, that is CNY 64,750 per year, fixed for the first two years of support.
P:8.2 Support is ordered by purchase order each year and does not renew automatically.
H:Section 9 Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's farms.
P:9.2 The Custom Work belongs to the Buyer, which may use, modify and license it freely; the Supplier shall hand over its configuration files and any source code at Final Acceptance.
H:Section 10 Buyer Data and Security
P:10.1 All readings, images, alerts, farm maps and yield records ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including research or product development.
P:10.2 The Software and Buyer Data are hosted on the Buyer's server at the farm office. The Supplier's remote access requires the Buyer's approval for each session, multi-factor authentication and logging; no Buyer Data may be copied out of the Buyer's systems.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, take all necessary remedial measures and compensate the Buyer for losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's cultivation methods, yields and prices, and shall not disclose it without prior written consent. This Section survives the end of the Contract.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier misses a date in Section 3.1 or Final Acceptance is delayed for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any work without the Buyer's prior written consent. Local installation crews may be used only with such consent and under the Supplier's supervision.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Jilin Arbitration Commission for arbitration in Jilin City.
H:Section 16 Insurance, Safety and Environment
P:16.1 The Supplier shall maintain public liability insurance covering its work at the farm and shall show the policy to the Buyer before installation starts.
P:16.2 The Supplier's staff and any approved local crew shall receive a safety briefing from the Buyer's field manager, keep to marked paths, use the Buyer's disinfection stations when entering the shade houses and never walk on the ginseng beds.
P:16.3 Packaging, cable offcuts and used batteries shall be removed from the farm by the Supplier and disposed of in accordance with the environmental regulations of Jilin Province. Batteries replaced under warranty shall be taken back by the Supplier.
H:Section 17 Spare Parts and Documentation
P:17.1 The Supplier shall keep spare parts and compatible replacement models of the Equipment available for at least eight years after Final Acceptance.
P:17.2 At Final Acceptance the Supplier shall deliver, in Chinese and English, the as-built sensor map with the location and identifier of every probe and station, calibration certificates, the operating and maintenance manual, and the configuration backup of the Software.
H:Section 18 Force Majeure
P:18.1 Neither party is liable for delay caused by events beyond its reasonable control, including severe weather, natural disasters, epidemics and government measures, provided it notifies the other party promptly and resumes performance when the event ends. Installation dates affected by frost or snow shall be rescheduled by agreement.
H:Section 19 Compliance
P:19.1 The Supplier shall obtain any export licences needed for the Equipment. Each party shall comply with applicable anti-bribery laws and shall not offer any benefit to the employees of the other party.
H:Section 20 General
P:20.1 This Contract is made in English and Chinese; in case of conflict the Chinese text prevails.
P:Signed for the Buyer: ____________________
P:Signed for the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

Agreement reference: NYB-MNM-2025-112

**Customer:** Zhejiang Hengwen Vacuum Flask Manufacturing Co., Ltd., Huajie Industrial Zone, Yongkang, Zhejiang Province, People's Republic of China ("Customer").

**Provider:** Storebaelt Netcare ApS, Havnegade 14, 5800 Nyborg, Denmark ("Provider").

Customer operates three plants in Yongkang and a warehouse in Jinhua, connected by a wide-area network, with some 1,400 network devices, wireless access points and plant-floor switches. Customer wishes to have the network monitored around the clock by Provider's network operations centre, and Provider agrees to provide that service on the terms below.

## 1. Definitions

1.1 "Services" means the monitoring, alerting, incident handling and reporting services described in Schedule 1.

1.2 "Onboarding" means the discovery of Customer's devices, installation of collectors, configuration of dashboards and alert rules, and the tests in clause 4.

1.3 "Monthly Charge" means the charge in Schedule 3 for one month of Services.

1.4 "Customer Data" means device configurations, traffic statistics, logs, topology maps and any other data of Customer collected by Provider.

## 2. Term

2.1 The Services start on the date of Onboarding Acceptance and continue for 36 months (the "Initial Term").

2.2 The Agreement ends at the end of the Initial Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

## 3. Charges and Payment

3.1 At Customer's request all charges are in Chinese Yuan (CNY) and include VAT. The charges are set out in Schedule 3: a Monthly Charge of CNY 31,500 for 36 months (CNY 1,134,000) and a one-time Onboarding charge of CNY 38,000, a total of CNY 1,172,000.

3.2 The Monthly Charge is invoiced monthly in arrears. The Onboarding charge is invoiced after Onboarding Acceptance. Invoices are payable within 30 days. No amount is payable in advance.

3.3 The charges are fixed for the Initial Term.

## 4. Onboarding and Acceptance

4.1 Provider shall complete Onboarding within 45 days after signature.

4.2 Onboarding Acceptance requires: (a) at least 98% of the devices in Customer's inventory discovered and polled every five minutes; (b) alert rules for each device class agreed with Customer's IT manager; (c) ten simulated faults, including a plant uplink failure and a core switch failure, detected and reported to Customer's duty engineer within 5 minutes; (d) the monthly report template approved by Customer. Customer shall confirm Onboarding Acceptance in writing within five business days after successful tests.

4.3 Collection of data or alerts before Onboarding Acceptance does not constitute acceptance.

4.4 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay.

## 5. Service Levels

5.1 Provider's monitoring platform shall be available at least 99.95% of each month.

5.2 Incidents are classified and handled as in Schedule 2. For a Priority 1 incident Provider shall respond within 15 minutes, 24 hours a day.

5.3 If a service level is missed in a month, Provider shall credit the percentage of the Monthly Charge stated in Schedule 2. Credits are deducted from the next invoice. The total credits in a month shall not exceed 25% of the Monthly Charge.

5.4 Provider shall deliver a monthly report of availability, incidents, response times and trends within five business days after each month.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not sell it or use it for any other purpose.

6.2 At the end of the Agreement Provider shall return Customer Data on request.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's network design, passwords, plant layouts and production volumes, and shall not disclose it to third parties without prior written consent.

7.2 Each party may disclose confidential information to its employees and advisers who need it for this Agreement and are bound by equal obligations.

7.3 This clause survives the end of the Agreement.

## 8. Intellectual Property

8.1 Provider's monitoring platform, tools and general know-how remain Provider's property.

8.2 The dashboards, alert rules, runbooks and report templates prepared specifically for Customer belong to Customer, which may use, modify and hand them to a successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service manager and give Customer a contact list of its network operations centre engineers.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term.

10.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of clause 7.

## 11. Termination

11.1 The service credits in clause 5.3 are Customer's sole and exclusive remedy for any failure of Provider to perform the Services or to meet the service levels.

11.2 Customer may not terminate this Agreement before the end of the Initial Term for any breach by Provider. Customer may terminate only if Provider becomes insolvent or ceases to carry on business.

11.3 Provider may terminate this Agreement if Customer fails to pay an undisputed invoice within 60 days after a reminder.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. Customer Responsibilities

13.1 Customer shall give Provider an accurate device inventory, read-only monitoring credentials for the devices, and a contact list of its duty engineers at each plant and at the warehouse, and shall keep them up to date.

13.2 Customer shall allow Provider to install two collector appliances in its main server room in Yongkang and provide rack space, power and network ports for them.

13.3 Customer remains responsible for changes to its own network. Provider's monitoring and advice do not make Provider responsible for the configuration of Customer's devices.

## 14. Changes to the Inventory

14.1 Customer may add or remove devices at any time by updating the inventory. Additions of up to 10% of the initial number of devices are included in the Monthly Charge.

14.2 Larger additions, new sites or additional services shall be agreed in a written change order stating the effect on the Monthly Charge.

## 15. Service Reviews

15.1 The service manager shall meet Customer's IT manager each quarter, in person in Yongkang or by video conference, to review the monthly reports, recurring incidents, capacity trends and planned changes, and shall record agreed actions in writing.

15.2 Provider shall propose improvements when the same incident recurs three times in a quarter.

15.3 Before each quarterly review Provider shall send a short written summary of the quarter, including the number of incidents by priority, the response times achieved against Schedule 2, the credits applied, devices added or removed, and any recommendations for firmware updates or hardware replacement at Customer's plants. Customer may ask for a one-off analysis of a major incident, which Provider shall deliver within ten business days.

## 16. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and orders of authorities, if it informs the other party promptly and takes reasonable steps to limit the effects. Service levels are suspended for the duration of such an event.

## 17. Anti-Bribery and Notices

17.1 Each party shall comply with applicable anti-bribery laws and shall not offer any payment, gift or other benefit to the other party's employees.

17.2 Notices shall be in writing and sent by courier or e-mail to the addresses and contacts named by each party. Operational alerts may be sent by telephone and messaging as described in Schedule 1.

## 18. General

18.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

Around-the-clock monitoring of the devices in Customer's inventory; alerting of Customer's duty engineer by telephone and messaging; first-line diagnosis and remote guidance; ticket handling until closure; capacity and trend reports; quarterly service review.

## Schedule 2 - Priorities and Credits

| Priority | Definition | Response | Update interval | Credit if response missed |
|---|---|---|---|---|
| P1 | Plant or warehouse isolated, core network down | 15 minutes | every 30 minutes | 5% of Monthly Charge per incident |
| P2 | Degraded link, loss of redundancy, a production line's switches down | 30 minutes | every 2 hours | 2% of Monthly Charge per incident |
| P3 | Single device or access point down | 2 hours | daily | none |

Platform availability below 99.95% in a month: credit of 5% of the Monthly Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | per month, 36 months | 31,500 |
| Monthly Charges for the Initial Term | 36 x 31,500 | 1,134,000 |
| Onboarding | one-time | 38,000 |
| Total | | 1,172,000 |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """EQUIPMENT REGISTRY CHECK API SUBSCRIPTION AGREEMENT

Agreement No. LOV-API-2025-027

PARTIES

(1) Shanxi Jiuding Used Machinery Trading Platform Co., Ltd., Xiaodian District, Taiyuan, Shanxi Province, People's Republic of China (the "Customer").

(2) Lovcen Registry Data d.o.o., Njegoseva 17, 81250 Cetinje, Montenegro (the "Vendor").

BACKGROUND

The Customer runs an online marketplace for used construction, mining and agricultural machinery. Before a listing is published, the Customer wants to check the machine's serial number against theft, lien and export-restriction registries. The Vendor operates an application programming interface (the "API") that performs these checks against registries in more than thirty countries and returns a standard report. The parties agree as follows.

1. DEFINITIONS

1.1 "Check" means one query to the API for one machine serial number, returning one report.

1.2 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.

1.3 "Service Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Data" means the serial numbers, listing details, seller information and query logs submitted or generated through the Customer's use of the API.

2. SERVICE

2.1 The Vendor shall make the API available to the Customer for up to 250,000 Checks per Subscription Year, provide the integration adapters described in the Schedule, and give technical support.

2.2 Reports shall state for each registry searched whether the machine is recorded as stolen, subject to a security interest or restricted from export, and the date of the registry data.

3. TERM

3.1 The subscription runs for three Subscription Years from the Service Start Date.

3.2 The subscription ends at the end of the third Subscription Year. Any further period requires a new written order; it does not renew automatically.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall deliver integration adapters for the Customer's listing platform and mobile application within 40 days after signature.

4.2 Integration Acceptance requires: (a) 500 test Checks, including 50 serial numbers known to the Customer to be recorded as stolen or pledged, with every known record found; (b) a median API response time below 3 seconds and no response slower than 10 seconds at 20 requests per second; (c) correct display of reports in the Customer's listing workflow; and (d) correct handling of invalid serial numbers and registry time-outs. The Customer shall confirm Integration Acceptance in writing within five business days after successful tests. Test use does not constitute acceptance.

4.3 If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule.

5.2 Within 10 days after signature of this Agreement, and before the Service Start Date, the Vendor shall invoice and the Customer shall pay the set-up and integration fee together with the subscription fee for the first Subscription Year, a total of CNY 218,000.

5.3 The subscription fees for the second and third Subscription Years are invoiced at the start of each of those Subscription Years and are payable within 30 days.

5.4 Checks above 250,000 in a Subscription Year are charged at CNY 0.90 per Check, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Priority 1 incidents (the API is unavailable or returns wrong results for all queries): response within 1 hour, restoration within 6 hours. Priority 2 incidents (a registry source is unavailable or responses are slow): response within 6 business hours, resolution within 3 business days.

6.3 If availability falls below the level in 6.1, the Vendor shall credit 5% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall. If a Priority 1 response is late, the Vendor shall credit CNY 1,000 per hour of delay. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform the Checks and provide the support under this Agreement and shall not retain serial numbers or seller information after a report has been returned, except in the query log kept for the Customer.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, API keys with IP allow-lists, access restricted to named staff and logging of all access, and shall comply with the Personal Information Protection Law of the People's Republic of China for any personal information contained in Customer Data.

7.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, take remedial measures and compensate the Customer for losses caused by its breach of this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's listing volumes and the Vendor's registry agreements, and shall not disclose it without prior written consent. This clause survives the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API, the registry data and the report formats remain the property of the Vendor or its licensors.

9.2 The integration adapters written for the Customer belong to the Customer, which may use, modify and license them freely; the Vendor shall hand over their source code at Integration Acceptance.

10. SUBCONTRACTORS

10.1 The Vendor may engage subcontractors, including registry data brokers and hosting providers, to perform any part of this Agreement, by giving the Customer written notice before the subcontractor starts work. The Vendor remains responsible for its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the three Subscription Years and the set-up and integration fee.

11.2 The limit does not apply to fraud, wilful misconduct or breach of clause 7.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If the Customer terminates under 12.1, the Vendor shall refund the prepaid fees for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Montenegro.

13.2 The Commercial Court in Podgorica has exclusive jurisdiction over disputes arising from this Agreement.

14. CUSTOMER OBLIGATIONS AND USE

14.1 The Customer shall keep its API keys secret, use the API only for checks on machines listed or offered for listing on its own marketplace, and shall not resell reports or build a competing registry service from them.

14.2 The Customer may show the result of a Check to the buyer and seller of the machine concerned, with the date of the registry data, and may keep reports in its listing records for as long as it needs them for its business and legal obligations.

14.3 Reports reflect the registry data available at the time of the Check. The Vendor shall use registries that it has verified as official or reliable and shall tell the Customer within two business days if a registry source becomes unavailable for more than one business day.

15. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public networks, outages of a government registry and acts of authorities, provided it informs the other party promptly and limits the effects as far as it reasonably can.

16. COMPLIANCE

16.1 Each party shall comply with anti-bribery laws and with export-control and sanctions laws applicable to it. The Vendor shall not include in any report data obtained in breach of such laws.

16.2 Each party shall keep accurate records of Checks and invoices and allow the other party to verify the number of Checks charged on reasonable notice.

16.3 The Vendor shall provide the Customer each month with a usage statement showing the number of Checks made, the number of reports with a positive registry record, the registries that were unavailable during the month and the running total for the current Subscription Year, so that the Customer can plan its volumes and foresee any overage charges.

17. GENERAL

17.1 Notices shall be in writing in English and sent to the addresses above.

17.2 This Agreement, including the Schedule, is the entire agreement of the parties.

SCHEDULE - FEES AND ADAPTERS

A. Fees (CNY)
Set-up and integration fee (one-time): 42,000
Subscription fee per Subscription Year (up to 250,000 Checks): 176,000
Subscription fees for three Subscription Years: 528,000
Total fees under this Agreement: 570,000
Overage: CNY 0.90 per Check above 250,000 in a Subscription Year (usage-based, not included in the total).

B. Integration adapters
Adapter for the Customer's listing platform (Java), adapter for the Customer's mobile application back end, and a batch tool for checking existing listings.

SIGNED for the Customer: ____________________ Date: __________

SIGNED for the Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (stem, ext, lang, category, kind, source)
    "z01": ("h351z01_market_regulator_metrology_platform", "pdf", "zh", "software", "goods_or_licence", Z01),
    "z02": ("h351z02_nonwoven_carding_line_control_retrofit", "docx", "zh", "hardware", "goods_or_licence", Z02),
    "z03": ("h351z03_physio_chain_booking_saas", "txt", "zh", "cloud", "service", Z03),
    "z04": ("h351z04_funeral_admin_system_annual_om", "txt", "zh", "services", "service", Z04),
    "z05": ("h351z05_braised_beef_mes_supplier_template", "md", "zh", "software", "goods_or_licence", Z05),
    "e01": ("h351e01_seal_layout_software_estonian_vendor", "pdf", "en", "software", "goods_or_licence", E01),
    "e02": ("h351e02_waterfall_park_ticketing_saas_order_form", "md", "en", "cloud", "service", E02),
    "e03": ("h351e03_ginseng_shade_house_sensors", "docx", "en", "hardware", "goods_or_licence", E03),
    "e04": ("h351e04_thermos_maker_managed_network_monitoring", "md", "en", "services", "service", E04),
    "e05": ("h351e05_machinery_registry_check_api", "txt", "en", "cloud", "service", E05),
}

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")
ORDER = list(BASE) + ["contract_kind"]

# (terms overrides, extra: sla_clause, ld_stated, capped, deemed, value, fee_base, expected rules)
L = {
    "z01": (dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                 prepayment_pct=456000 / 2280000 * 100, final_payment_on_acceptance=True, warranty_months=24,
                 post_warranty_fee_pct=9), True, True, True, False, 2280000, 826000, []),
    "z02": (dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.08,
                 prepayment_pct=277600 / 1388000 * 100, final_payment_on_acceptance=True, warranty_months=24,
                 post_warranty_fee_pct=8, subcontract_without_consent=True), True, True, True, False, 1388000, 1059400,
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z03": (dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                 ld_rate_per_day_pct=600 / 737200 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
            True, True, None, False, 737200, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": (dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.02),
            True, True, None, False, 326000, None, ["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "z05": (dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                 liability_cap_pct=20, prepayment_pct=660000 / 1200000 * 100, acceptance_clause=False,
                 final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=22,
                 subcontract_without_consent=None, governing_law=None), True, True, True, True, 1200000, 960000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": (dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                 prepayment_pct=53200 / 532000 * 100, final_payment_on_acceptance=True, warranty_months=18,
                 post_warranty_fee_pct=9.5, governing_law="Estonia"), True, True, True, False, 532000, 387000,
            ["CR-GOVERNING-LAW"]),
    "e02": (dict(sla_remedy=False, liability_cap_pct=150), False, False, None, False, 556000, None,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                 prepayment_pct=115100 / 1151000 * 100, final_payment_on_acceptance=True, warranty_months=36,
                 post_warranty_fee_pct=7), True, True, True, False, 1151000, 925000, []),
    "e04": (dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                 ld_rate_per_day_pct=900 / 1172000 * 100, liability_cap_pct=150, termination_for_breach=False),
            True, True, None, False, 1172000, None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": (dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 570000 * 100,
                 liability_cap_pct=200, prepayment_pct=218000 / 570000 * 100, subcontract_without_consent=True,
                 governing_law="Montenegro"), True, True, None, False, 570000, None,
            ["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
FOREIGN = {"Estonia", "Montenegro"}
PRICES = {"z01": [826000, 1148000, 214000, 92000], "z02": [372000, 236400, 236000, 87000, 128000, 146600, 164000, 18000],
          "z03": [28 * 6800 * 3, 36000 * 3, 58000], "z04": [168000, 96000, 38000, 24000],
          "z05": [960000, 180000, 60000], "e01": [14 * 21500, 86000, 118000, 27000],
          "e02": [3 * 148000, 3 * 22000, 46000], "e03": [320 * 1150, 64 * 3900, 12 * 8600, 76 * 1450, 94000, 138000, 72000, 16000],
          "e04": [36 * 31500, 38000], "e05": [3 * 176000, 42000]}
PAYMENTS = {"z01": [456000, 1026000, 798000], "z02": [277600, 485800, 624600], "z05": [660000, 540000],
            "e01": [53200, 239400, 239400], "e03": [115100, 633050, 402850]}


def tco(key):
    t, *_x, value, base, _r = L[key]
    if t.get("post_warranty_fee_pct") is None or t.get("warranty_months") is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * base
    return value + years * fee, years * fee / (value + years * fee) * 100


def derive(key):
    """The rules a careful reader derives from the labels (policy §3), to check the hand-written list."""
    t, sla, ld_stated, capped, deemed, value, base, _r = L[key]
    t = {**BASE, **t}
    goods = FILES[key][4] == "goods_or_licence"
    r = set()
    if not sla: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not ld_stated: r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False: r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12: r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40: r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]: r.add("CR-SUBCONTRACT")
    if t["governing_law"] in FOREIGN: r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, lang, cat, kind, _src = FILES[key]
    t, sla, ld_stated, capped, deemed, value, base, rules = L[key]
    terms = dict(BASE); terms.update(t); terms["contract_kind"] = kind
    terms = {k: terms[k] for k in ORDER}
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold scan
NUMZH = "〇零一二三四五六七八九十两百千"
PATTERNS = [
    r"99\.9(?!\d)", r"99\s*\.\s*9(?!\d)",
    r"(?<![\d.])4\s*(个)?小时", rf"(?<![{NUMZH}])四\s*(个)?小时", r"\b(4|four)[\s-]*(hours?|hrs?|h)\b", r"(?<![\d.])240\s*(minutes?|mins?|分钟)",
    r"0\.05\s*%", r"万分之五(?![{0}\d])".format(NUMZH), r"0\.05\s*per\s*cent",
    r"(?<![\d.])100\s*%", r"百分之一?百", r"hundred\s+per\s*cent", r"(?<![\d.])100\s+per\s*cent",
    r"(?<![\d.])(15|30|40)\s*(%|per\s*cent|percent)", rf"百分之(十五|三十|四十)(?![{NUMZH}点])", r"(?<![{0}])[三四]成".format(NUMZH),
    r"\b(fifteen|thirty|forty)\s*(per\s*cent|percent)",
    r"(?<![\d.])12\s*(个)?月", rf"(?<![{NUMZH}])十二\s*个?月", r"\b(12|twelve)[\s-]*months?\b",
    rf"(?<![{NUMZH}])一\s*年", r"(?<![\d.])1\s*年", r"\b(one|1)[\s-]*years?\b", r"\ba\s+year\b",
    rf"(?<![{NUMZH}])五\s*年", r"(?<![\d.])5\s*年", r"\b(5|five)[\s-]*years?\b", r"(?<![\d.])60\s*(个)?月", rf"(?<![{NUMZH}])六十\s*个?月",
    r"\b(60|sixty)[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m and not (variant is not text and rx.pattern.startswith(r"\b")):
                out.append((rx.pattern, m.group(0)))
    return out


def self_test():
    must = ["4小时", "四小时内", "4个小时", "99.9%", "99.9 %", "万分之五", "0.05%", "100%", "百分之百", "百分之一百",
            "百分之三十", "三成", "百分之四十", "30%", "40 %", "15%", "百分之十五", "十二个月", "12个月", "一年", "五年",
            "5年", "60个月", "六十个月", "4 hours", "four hours", "4-hour", "240 minutes", "240分钟", "one year",
            "12 months", "twelve months", "five years", "5-year", "60 months", "sixty months", "30 per cent",
            "fifteen per cent", "one hundred per cent"]
    must_not = ["24小时", "二十四小时", "99.95%", "99.99%", "115%", "0.15%", "四十二个月", "2025年", "24 hours",
                "14 hours", "万分之五十", "130%", "0.3%", "Subscription Year 1", "230%", "二十五年", "2015 years",
                "0.4%", "8.40%", "每年", "年度", "36 months", "十五日", "30 days", "30日", "first anniversary"]
    for s in must:
        assert hits(s), ("should hit", s)
    for s in must_not:
        assert not hits(s), ("should not hit", s, hits(s))


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang, cat, kind, src) in FILES.items():
        name = f"{stem}.{ext}"
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key in FILES:
        stem, ext, lang, *_ = FILES[key]
        t, sla, ld_stated, capped, deemed, value, base, rules = L[key]
        lab = label(key)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        assert sum(PRICES[key]) == value, (key, sum(PRICES[key]), value)
        if key in PAYMENTS:
            assert sum(PAYMENTS[key]) == value, (key, "payments")
        d = derive(key)
        if d != sorted(rules):
            problems.append((key, "derived", d, "labelled", sorted(rules)))
        # off every threshold
        tt = lab["expected_terms"]
        for f, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)):
            if tt[f] is not None:
                assert abs(tt[f] - th) > 1e-6, (key, f)
        tc = tco(key)
        if tc:
            assert abs(tc[1] - 40) > 1e-6 and (tt["warranty_months"] != 60)
        text = read_back(OUT / lab["file"])
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        src_hits = hits(text) + hits(FILES[key][5])
        if src_hits:
            problems.append((key, "threshold text", src_hits))
        risk = "high" if any(SEV.get(r, "medium") == "high" for r in rules) else (
            "medium" if any(SEV.get(r, "medium") == "medium" for r in rules) else "low")
        covered |= set(rules)
        print(f"{lab['file']}: {n} {'chars' if lang == 'zh' else 'words'}; risk {risk}; rules {', '.join(sorted(rules)) or '(none)'}"
              + (f"; TCO {tc[0]:.2f}, share {tc[1]:.2f} %" if tc else ""))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
