"""holdout382: writes ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:青溪市住房和城乡建设局建筑市场监管平台建设项目政府采购合同
P:合同编号：QXZJ-2025-GK-017    采购方式：公开招标    项目编号：QXCG2025-0389
P:甲方（采购人）：青溪市住房和城乡建设局，地址：青溪市政务服务中心B座6楼
P:乙方（中标供应商）：杭州筑信数智科技有限公司，地址：杭州市滨江区江陵路2028号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就建筑市场监管平台建设事宜，经协商一致，订立本合同。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方建设建筑市场监管平台，覆盖企业资质动态核查、项目全过程监管、建筑工人实名制与工资支付监管、信用评价及移动执法五个子系统，并完成与省住建厅一体化平台、市公共资源交易平台的数据对接。
P:1.2 合同总价为人民币贰佰捌拾柒万元整（¥2,870,000），含税，为固定总价。分项如下：
TB:序号|内容|金额（元）
TB:1|监管平台软件许可（永久使用，不限用户数）|1,186,000
TB:2|定制开发（五个子系统业务功能）|1,324,000
TB:3|历史数据迁移及外部平台对接|268,000
TB:4|部署实施与培训|92,000
TB:合计||2,870,000
P:1.3 除本合同另有约定外，甲方无需再向乙方支付任何其他费用。
P:1.4 平台部署于青溪市政务云，服务器、存储及数据库由甲方通过政务云提供，乙方负责应用部署、参数配置和性能调优。
H:第二条 工期
P:2.1 乙方应自合同签订之日起150日内完成全部开发、部署并提交初验申请；初验合格后进入为期90日的试运行。
P:2.2 乙方应在签订后10个工作日内提交项目实施方案，经甲方书面确认后执行。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥574,000。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,291,500。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即¥1,004,500。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方的付款以财政资金到位为前提，但不得无故拖延。
H:第四条 验收
P:4.1 初验标准：五个子系统功能与招标文件技术需求逐项相符；与省住建厅、市公共资源交易平台的接口连续5日数据交换无差错；200名用户并发时页面响应时间不超过3秒；第三方机构出具的网络安全等级保护测评报告无高风险项。
P:4.2 终验标准：试运行期内未发生一级故障，累计完成迁移数据全量比对，核对结果一致；乙方已提交源代码、数据库设计文档、操作手册及运维手册。
P:4.3 验收由甲方组织，邀请专家参与，并出具书面验收报告。系统上线、甲方使用或付款均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 本项目免费质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）；一级故障（平台整体无法访问或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应；三级故障在下一个工作日内处理。
P:5.3 乙方每迟延响应或迟延恢复1小时，扣减履约保证金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币1,500元。
P:5.4 质保期满后，如甲方续购运维服务，年度运维费不超过软件许可费的9%（即不超过¥106,740/年），质保期满后前两个服务年度价格不变。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的软件、源代码、数据库结构及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:6.2 平台软件许可部分的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第七条 数据安全
P:7.1 平台内的全部业务数据、企业信息、工人实名信息和日志均属于甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于其他目的。
P:7.2 乙方应落实网络安全等级保护第三级要求，对个人信息进行加密存储，运维操作须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中获悉的甲方工作秘密、监管信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方未按第二条约定的期限提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第七条造成的损失不受此限。
H:第十条 分包
P:10.1 本项目不得转包或分包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 项目管理与人员
P:13.1 乙方应指定具有信息系统项目管理师资格的项目经理一名，在实施期间常驻青溪市，未经甲方书面同意不得更换。项目组核心成员名单以投标文件为准。
P:13.2 乙方应每周向甲方提交项目周报，说明进度、问题和下周计划；遇有影响工期的重大问题，应在发现后2个工作日内书面报告。
P:13.3 甲方应为乙方驻场人员提供办公场所、网络接入和必要的测试环境，并协调省住建厅、市公共资源交易中心等单位提供接口规范。
P:13.4 乙方人员进入甲方机房和办公区域，应遵守甲方安全管理制度，办理登记手续，并签署个人保密承诺书。
H:第十四条 培训与文档
P:14.1 乙方应对甲方管理员、业务科室人员及区县住建部门操作人员分批进行培训，累计培训不少于300人次，并提供操作视频和培训教材。
P:14.2 乙方应在终验前交付需求规格说明书、概要设计、详细设计、测试报告、部署手册和应急预案，文档应为中文，电子版和纸质版各一套。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响方应及时通知对方，并在15日内提供证明，双方可据此协商延期或解除合同。
P:15.2 不可抗力消除后，乙方应尽快恢复实施，双方重新商定工期。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：青溪市住房和城乡建设局      乙方（盖章）：杭州筑信数智科技有限公司
P:法定代表人或授权代表：__________      法定代表人或授权代表：__________
P:签订日期：2025年  月  日      签订地点：青溪市
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:回转窑煅烧控制系统改造合同
P:合同编号：CNTB-JS-2025-0412
P:甲方：川南钛白化工有限公司（住所：四川省攀枝花市钒钛高新区钛城大道88号）
P:乙方：成都窑控自动化工程有限公司（住所：成都市高新区天府五街200号）
P:鉴于甲方2号、3号煅烧回转窑现有控制系统老化、窑温波动大、能耗偏高，甲方通过邀请招标选定乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。
H:一、改造范围
P:（一）拆除两条煅烧窑原有控制柜，新建DCS控制站两套，更换窑头、窑尾温度及压力仪表，加装红外筒体扫描测温和窑头火焰监视系统。
P:（二）部署燃烧优化先进控制（APC）软件，实现窑温、转速、燃气流量与引风机的协调控制，并与甲方生产管理系统对接。
P:（三）完成组态编程、冷态与热态调试、操作人员培训，提交竣工资料。
H:二、合同价格
P:（一）合同总价为人民币贰佰捌拾玖万元整（¥2,890,000），含13%增值税、运输、保险及安装调试费用。明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站（含控制器、IO卡件、机柜、操作站）|2套|1,236,000
TB:2|窑头/窑尾温度、压力及流量仪表|1批|486,000
TB:3|红外筒体扫描测温及火焰监视系统|2套|318,000
TB:4|DCS组态软件及APC先进控制软件许可|2套|264,000
TB:|软硬件小计||2,304,000
TB:5|组态编程与APC调试|1项|352,000
TB:6|安装、布线及拆旧|1项|198,000
TB:7|操作及维护培训|1项|36,000
TB:|合同总价||2,890,000
P:（二）除上表所列外，甲方不另行支付任何费用。
P:（三）改造所需的电缆、桥架及辅材由乙方按技术协议提供，已含在安装费中；甲方提供改造所需的水、电和吊装设备。
H:三、工期与交付
P:（一）乙方应在合同签订后75日内将全部设备运抵甲方现场；利用甲方年度大修停窑期完成安装，停窑改造时间不超过18日。
P:（二）设备到货后由双方共同开箱清点并签署到货签收单。到货签收仅确认数量与外观，不代表质量验收。
P:（三）乙方未能按期交付或完成改造的，应采取加班、增派人员等补救措施，并尽快完成。
H:四、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥289,000。
P:（二）设备全部到货并签署到货签收单后，甲方支付合同总价的35%，即¥1,011,500。
P:（三）系统终验合格后，甲方支付合同总价的50%，即¥1,445,000。
P:（四）余款5%（¥144,500）作为质量保证金，质保期满且无质量争议后无息支付。
H:五、验收
P:（一）热态调试完成后，系统连续稳定运行72小时，且满足以下标准的，方可申请终验：窑尾温度控制偏差不超过±8℃；APC连续投运不少于48小时；单位产品燃气消耗较改造前基准下降不少于3%；全部IO点测试记录完整；报警与联锁功能逐项试验合格。
P:（二）终验由甲方生产、设备、安环部门共同进行并签署终验证书。安装完成或甲方投入生产使用均不视为验收合格。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:（二）故障分级及响应：一级故障（窑系统停车或控制器失效）乙方应在30分钟内远程响应，6小时内到达现场；二级故障（单回路失控、仪表失准）2小时内响应，24小时内到场；三级故障在3个工作日内处理。
P:（三）乙方每迟延响应或到场1小时，甲方有权从质量保证金中扣减人民币2,000元。
P:（四）质保期满后的维保服务，年度维保费为软硬件小计的7%，即每个服务年度¥161,280，质保期满后前三个服务年度保持不变，内容包括季度巡检、备件更换及软件升级。
H:七、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、APC模型参数及全部技术文件归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）DCS组态软件及APC软件产品的著作权归原权利人，乙方保证甲方获得永久使用许可。
H:八、数据与工控安全
P:（一）窑况运行数据、工艺参数和配方数据属于甲方，乙方不得复制、带离或用于其他项目。
P:（二）乙方应按工业控制系统安全防护要求配置工业防火墙、关闭不必要端口；远程维护须经甲方逐次审批并全程录像。
P:（三）因乙方原因导致数据泄露或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，承担修复费用并赔偿甲方全部损失。
H:九、保密
P:甲乙双方对在合作中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方透露，保密期限至合同终止后三年。
H:十、分包
P:乙方可将现场电缆敷设、桥架安装及土建配合工作分包给具有相应资质的单位，但应在分包单位进场前书面告知甲方。乙方对分包工作向甲方负责。
H:十一、违约与解除
P:（一）乙方交付的设备不符合合同约定的，应负责更换并承担相应费用。
P:（二）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
P:（三）甲方逾期付款的，应按全国银行间同业拆借中心公布的贷款市场报价利率支付利息。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交攀枝花仲裁委员会仲裁。
H:十三、人员与现场管理
P:（一）乙方应派驻具有窑炉控制项目经验的项目经理和调试工程师，停窑改造期间现场人员不少于8人，调试期间不少于3人。
P:（二）乙方人员应遵守甲方安全生产管理制度，进入煅烧车间须佩戴防护用品，动火、登高、受限空间作业须办理作业票。因乙方人员违反安全规定造成事故的，由乙方承担责任。
P:（三）乙方应在改造前提交施工组织设计、停窑切换方案和回退方案，经甲方生产技术部审批后实施。
H:十四、培训与技术资料
P:（一）乙方应为甲方中控室操作工、仪表工和电气工程师分别进行培训，培训结束后组织考核，考核合格人数不少于24人。
P:（二）乙方应在终验时提交竣工图、IO清单、组态备份、APC模型说明、设备说明书及备品备件清单，纸质版三套、电子版一套。
H:十五、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:十六、通知与联络
P:（一）双方指定的项目联系人：甲方为设备动力部负责人，乙方为本项目项目经理。联系人变更的，应提前3日书面通知对方。
P:（二）与本合同有关的通知以书面形式送达合同首部所列地址，或发送至双方确认的电子邮箱，发出后次日视为送达。
H:十七、廉洁条款
P:乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益。违反本条的，甲方有权解除合同并将乙方列入甲方供应商黑名单。
H:十八、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：川南钛白化工有限公司    乙方（盖章）：成都窑控自动化工程有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """甲悦美甲连锁门店预约及储值管理系统
软件服务（SaaS）及实施合同

合同编号：JY-IT-2025-026

甲方：上海甲悦美甲连锁管理有限公司
统一社会信用代码：见营业执照
地址：上海市徐汇区漕溪北路398号12楼

乙方：杭州约美云科技有限公司
地址：杭州市余杭区文一西路998号5幢

甲方在上海、苏州、杭州共经营80家直营美甲门店，现有收银系统无法支持线上预约和跨店储值。乙方是门店预约与会员储值SaaS服务提供商。经协商，甲方向乙方订购"约美云"门店管理服务并委托乙方完成实施，双方订立本合同。

第一条 服务内容
（1）乙方向甲方80家门店提供"约美云"SaaS服务，包括小程序在线预约、美甲师排班、会员储值与次卡、收银结算、库存管理、营销活动及总部经营报表。
（2）乙方为甲方定制小程序首页、品牌主题和三张总部管理报表（门店坪效、美甲师业绩、储值余额变动）。
（3）实施服务包括：原系统会员资料及储值余额迁移、门店收银设备对接、店长及收银员培训。

第二条 服务期限
（1）服务期为三个服务年度，自全部门店上线验收合格之日起算。
（2）服务期届满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权按其届时公布的价目表调整订阅单价，上调幅度不超过上一服务年度单价的8%，甲方不得因此拒绝续期后的付款。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币2,280元，80家门店每个服务年度合计人民币182,400元，三个服务年度合计人民币547,200元。
（2）实施费：人民币68,000元（一次性），含数据迁移、设备对接及培训。
（3）合同总价：人民币615,200元（含6%增值税）。
（4）服务期内新增门店的，按第（1）项单价按月折算计费；关闭门店的，自次月起停止计费。
（5）乙方提供的短信通知按实际发送条数另行结算，单价每条人民币0.045元，按季度与订阅费一并结算。

第四条 付款
（1）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（2）订阅费按季度结算，每季度结束后10个工作日内，乙方提供服务报告和发票，甲方核对无误后支付当季订阅费（人民币45,600元）。
（3）甲方无需在服务开通前预付任何费用。

第五条 上线与验收
（1）乙方应在合同签订后45日内完成80家门店的上线。
（2）上线验收标准：会员资料和储值余额逐户核对一致，差异为零；80家门店收银、预约、核销流程全部演示通过；小程序在500人同时预约时下单成功且响应时间不超过2秒；三张定制报表数据与抽查门店原始单据一致。
（3）甲方在收到乙方验收申请后7个工作日内组织验收并出具书面意见。门店试用或开始收银不视为验收合格。

第六条 服务水平
（1）乙方保证"约美云"服务月度可用率不低于99.5%，计划内维护应安排在凌晨1:00至6:00并提前48小时通知。
（2）故障响应：一级故障（全部或多家门店无法收银或预约）15分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）1小时内响应，8小时内恢复；一般咨询在工作时间内30分钟回复。
（3）月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于99%的，抵扣当月订阅费的10%。一级故障恢复每超时1小时，另抵扣人民币500元。

第七条 会员数据与数据安全
（1）甲方会员的姓名、手机号、消费记录、储值余额等数据归甲方所有，乙方仅为向甲方提供本合同约定服务而处理，不得用于任何其他目的。
（2）乙方应将数据存储于中国境内的云服务器，对手机号及支付信息加密存储，设置分级访问权限并保存操作日志，服务系统应通过网络安全等级保护第三级测评。
（3）发生数据泄露、丢失或储值余额被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方负责恢复数据并赔偿甲方及会员的全部损失。
（4）合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除其系统中的甲方数据。

第八条 知识产权
（1）"约美云"平台的知识产权属于乙方。
（2）为甲方定制的小程序页面设计、品牌主题及三张定制报表的成果归甲方所有，甲方可自行使用、修改或交由第三方使用。

第九条 违约责任
（1）乙方未按第五条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但第七条项下的数据责任不受此限。

第十条 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

第十一条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（2）连续两个月可用率低于99%的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费。

第十二条 实施管理与培训
（1）乙方应指定项目经理一名，负责上线期间的统一协调，并建立与甲方运营部的微信工作群，工作日9:00至21:00及时答复门店问题。
（2）乙方应按城市分三批完成门店上线：第一批上海40家，第二批苏州20家，第三批杭州20家。每批上线前，乙方应对店长和收银员进行现场或视频培训，并提供操作手册和短视频教程。
（3）储值余额迁移应在门店闭店后进行，迁移前双方共同导出余额清单并签字确认，迁移后由门店逐户抽查。
（4）甲方应指定对接人，按乙方要求提供门店信息、会员资料、价目表和收银设备清单，并配合完成测试。

第十三条 服务变更
（1）乙方升级"约美云"平台功能的，应提前7日通知甲方，不得降低甲方已订购的功能。
（2）甲方需要新增定制功能的，双方另行协商费用并签订书面补充协议。

第十四条 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务；不可抗力持续超过30日的，任何一方可以书面通知解除本合同。

第十五条 通知与联络
（1）双方确认的联系人及联系方式见附件。通过电子邮件发出的通知，自进入对方系统之日视为送达。
（2）乙方发布计划内维护通知、版本更新说明和服务报告，应同时发送至甲方运营部邮箱和工作群。
（3）门店日常问题可通过"约美云"后台工单提交，乙方应在工单中记录处理过程和结果，甲方可随时查询。

第十六条 反商业贿赂
乙方不得向甲方员工或门店店长提供任何形式的回扣、礼品或其他不正当利益，也不得以推广佣金等名义变相提供利益。违反本条的，甲方有权解除本合同。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由甲方所在地人民法院管辖。

第十八条 其他
（1）本合同附件：门店清单、实施计划、服务说明书。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海甲悦美甲连锁管理有限公司
授权代表：
日期：2025年  月  日

乙方（盖章）：杭州约美云科技有限公司
授权代表：
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """政府采购服务合同

项目名称：江州市图书馆图书借阅管理系统2025—2026服务年度运维服务
采购方式：竞争性磋商
项目编号：JZCG-2025-CS-0142

采购人（甲方）：江州市图书馆
地址：江州市文昌路16号

供应商（乙方）：江州书联信息技术服务有限公司
地址：江州市高新区创业路7号科创园3号楼

根据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件和乙方响应文件，甲乙双方就图书借阅管理系统运维服务事项达成如下协议。

1. 服务范围
1.1 运维对象：甲方总馆及14个分馆使用的图书借阅管理系统（采编、流通、典藏、读者管理、OPAC检索模块）、数据库服务器2台、应用服务器3台，以及自助借还机26台、自助办证机6台、安全门禁18套。
1.2 服务内容：日常运行维护、故障处理、数据库维护与备份、系统版本升级、读者证与"一卡通"接口维护、自助设备维修及零配件更换、年度数据备份恢复演练。
1.3 服务期：一个服务年度，自2025年7月1日起至2026年6月30日止。

2. 服务费用
2.1 本合同总价为人民币肆拾壹万贰仟元整（¥412,000），包括：
（1）驻场运维（2名工程师，工作日驻场）：¥236,000；
（2）系统巡检、版本升级与接口维护：¥58,000；
（3）数据库运维及备份恢复演练：¥46,000；
（4）自助设备维修（含常用零配件）：¥72,000。
2.2 上述价格为固定总价，服务期内不作调整。零配件单件价格超过人民币3,000元的，由双方另行书面确认。

3. 服务要求
3.1 乙方派驻2名工程师于工作日8:30至17:30在总馆驻场，负责日常巡检、读者借阅异常处理及分馆远程支持。驻场人员更换须提前10个工作日书面征得甲方同意。
3.2 乙方应保障系统稳定运行，接到甲方故障报修后及时处理，尽力减少对读者借阅服务的影响；周末及节假日由乙方安排人员电话值守。
3.3 乙方应于2025年10月31日前完成借阅系统由V3.6至V4.0的版本升级，于2026年3月31日前完成一次完整的数据备份恢复演练，并分别提交书面报告。
3.4 乙方每月提交运维月报，内容包括巡检记录、故障处理记录、设备维修记录和改进建议。
3.5 自助设备零配件由乙方负责供应，更换下的旧件交还甲方。
3.6 乙方应建立运维工单台账，对每次报修记录报修时间、处理人员、处理过程和结果，并经报修馆员签字确认。
3.7 乙方应对安全门禁和自助借还机每月至少巡检一次，对RFID读写器、打印机和扫码器进行清洁和功能检查，发现隐患及时处理并记入月报。
3.8 寒暑假、读书月等借阅高峰期间，乙方应根据甲方通知增派一名工程师到馆支援。

4. 付款方式
4.1 服务费按季度支付。每季度结束后，甲方根据第5条考核结果在15个工作日内支付当季服务费¥103,000。
4.2 本合同不设预付款。乙方每次请款前应提供等额合法发票。

5. 考核与验收
5.1 季度考核：甲方于每季度末对乙方进行考核，考核内容为：运维月报是否按时提交、驻场出勤记录、故障处理记录是否完整、读者投诉是否已处理完毕。考核不合格的，乙方应在10日内整改，整改完成后甲方再行支付当季服务费。
5.2 专项验收：版本升级完成后，甲方按以下标准验收：各模块功能测试通过；馆藏书目及读者数据迁移前后条数和校验值一致；系统连续运行15日无数据错误。备份恢复演练以在备用服务器上完整恢复全部数据并通过抽样核对为合格。
5.3 服务期满，甲方依据四个季度考核结果和两项专项验收结论出具年度服务验收意见。

6. 数据安全
6.1 系统内的读者个人信息、借阅记录、书目数据及日志归甲方所有，乙方仅为运维目的访问，不得复制、导出或用于其他用途。
6.2 乙方运维操作应通过甲方堡垒机进行，使用甲方分配的个人账号，禁止使用移动存储介质拷贝数据；远程维护须事先取得甲方书面许可。
6.3 发生数据泄露、丢失或系统被入侵的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

7. 保密
乙方及其驻场人员对工作中获悉的读者信息、甲方内部资料和网络配置负有保密义务，不得向任何第三方透露。本条在合同终止后持续有效。

8. 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维文档及报告，其知识产权归甲方所有。

9. 违约责任
9.1 乙方未在第3.3条约定的期限内完成版本升级或备份恢复演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方驻场人员无故缺勤的，每人每日扣减服务费人民币800元。
9.3 乙方违反第6条造成数据泄露的，除赔偿损失外，甲方有权解除合同。

10. 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

11. 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按乙方实际完成的服务结算费用。

12. 合同期满
服务期届满本合同自然终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。

13. 人员管理
13.1 乙方驻场工程师应具有图书馆管理系统或数据库运维经验，上岗前应接受甲方的安全与读者服务培训。
13.2 乙方人员应遵守甲方的考勤、着装和文明服务规定，不得在读者区域大声喧哗或与读者发生争执。
13.3 甲方认为驻场人员不能胜任的，有权书面要求乙方更换，乙方应在5个工作日内派员接替。

14. 应急与交接
14.1 乙方应在服务期开始后15日内编制系统故障应急预案和自助设备维修流程，经甲方确认后执行，并在服务期内至少组织一次应急演练。
14.2 服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位移交全部运维文档、账号清单、配置备份和未结工单，并配合交接不少于10个工作日。

15. 不可抗力
因不可抗力导致不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商处理。

16. 廉政与联络
16.1 乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供宴请等不正当利益；甲方工作人员不得向乙方索取或收受任何利益。
16.2 双方各指定一名联系人负责日常沟通。甲方联系人为信息技术部主任，乙方联系人为本项目负责人。联系人变更应提前5日书面通知。
16.3 甲方每季度召开一次运维例会，乙方负责人应到会汇报当季运维情况、存在问题和下季度工作安排，并形成会议纪要。
16.4 乙方应配合甲方接受财政、审计部门对本项目的监督检查，如实提供相关资料。

17. 争议解决
因履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

18. 其他
18.1 磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
18.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江州市图书馆
法定代表人或委托代理人：
日期：2025年  月  日

乙方（盖章）：江州书联信息技术服务有限公司
法定代表人或委托代理人：
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, supplier's template)
Z05 = """# 酿云ERP软件许可及实施服务合同

> 酿云科技标准合同文本（2024版）  合同编号：NY-ERP-2025-0733

**甲方（买方）**：绍兴鉴湖坛韵酒业有限公司
**地址**：浙江省绍兴市越城区鉴湖路166号

**乙方（卖方）**：杭州酿云科技股份有限公司
**地址**：杭州市西湖区文三路478号华星时代广场9楼

甲方拟对黄酒生产、陈酿库存、销售及财务管理实施信息化，乙方为酒类行业ERP软件供应商。双方本着平等自愿原则，按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"酿云ERP"软件许可（生产管理、陈酿仓储、销售渠道、财务总账模块，60个并发用户）。

1.2 乙方在其标准产品基础上为甲方进行定制开发：坛号与批次陈酿追溯、勾兑配方管理、经销商返利结算及与甲方现有灌装线数据采集系统的接口。

1.3 乙方负责安装部署、基础数据初始化及用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿云ERP软件许可（四个模块，60并发用户，永久许可） | 980,000 |
| 2 | 定制开发（陈酿追溯、勾兑配方、返利结算、灌装线接口） | 260,000 |
| 3 | 实施部署及培训 | 80,000 |
| | **合计** | **1,320,000** |

2.1 合同总价人民币壹佰叁拾贰万元整（¥1,320,000），含税。

2.2 合同价款不含甲方服务器、数据库及操作系统费用，该等软硬件由甲方自行采购。

2.3 乙方人员出差产生的交通、住宿费用已包含在实施费中，甲方不另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥660,000，乙方收到款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价剩余的50%，即¥660,000。

3.3 甲方逾期付款的，乙方有权暂停实施和服务，由此导致的工期延误由甲方承担。

## 第四条 交付与上线

4.1 乙方应在收到首付款后90日内完成软件安装、定制开发和数据初始化，并通知甲方上线。

4.2 乙方未按期完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的新需求或修改要求，不影响验收结论，乙方可另行报价。

## 第六条 免费维护期

6.1 乙方提供六个月免费维护，自系统上线之日起计算。免费维护期内乙方负责修复软件缺陷并提供远程技术支持。

6.2 故障响应：对于导致甲方无法开单、发货或结账的一级故障，乙方在接到报告后8小时内响应；其他故障在2个工作日内响应。

6.3 乙方将尽合理努力排除故障，但不因响应或修复时间超出上述时限而承担任何扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每个服务年度¥245,000，每个服务年度开始前支付。

7.2 年度维护服务包括补丁更新、远程支持和版本升级；现场服务按人天另行计费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何补丁、升级或技术支持。

## 第八条 知识产权

8.1 酿云ERP软件及其文档的知识产权归乙方所有，甲方获得在本企业内部使用的非独占、不可转让的许可。

8.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权亦归乙方所有，甲方仅享有在本企业内使用的权利，不得修改、反编译或交由第三方维护。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有。

9.2 乙方应采取访问控制、加密传输和数据备份等措施保障甲方数据安全；发现数据泄露的，应在24小时内通知甲方，并对因乙方过错造成的数据泄露承担赔偿责任。

9.3 甲方同意乙方可将脱敏后的生产、销售数据用于酿云产品改进及酒类行业分析报告，该等使用在合同终止后仍可继续。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

11.2 乙方不对甲方的间接损失或利润损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面通知后30日内未予纠正的，守约方可以解除本合同。甲方已支付的软件许可费不予退还。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

## 第十四条 项目实施

14.1 乙方指派项目经理及实施顾问负责项目实施，甲方应指派关键用户配合需求调研、数据整理和系统测试。

14.2 甲方应按乙方要求在约定时间内准备服务器、网络环境和基础数据（物料、配方、坛号、客户及经销商资料）。因甲方准备不及时造成的延误，工期相应顺延。

14.3 乙方对甲方关键用户进行系统操作培训，培训方式以远程培训为主，现场培训不超过5个工作日。

14.4 甲方在实施过程中提出的超出本合同范围的需求，乙方可按每人天人民币2,800元另行收费。

## 第十五条 不可抗力

因不可抗力导致任何一方不能履行本合同的，应及时通知对方，并在不可抗力影响范围内免除责任。

## 第十六条 甲方义务

16.1 甲方应指定一名项目负责人，负责协调内部各部门，及时确认需求说明书、流程设计和测试结果。

16.2 甲方应保证提供的基础数据真实、完整。因基础数据错误导致系统运行结果错误的，乙方不承担责任。

16.3 甲方应妥善保管系统账号和密码，并按乙方提供的操作手册使用系统。

## 第十七条 通知

17.1 本合同项下的通知应以书面形式发送至合同首部地址或双方指定的电子邮箱。

17.2 一方变更联系地址或联系人的，应在变更后5日内通知对方，否则按原地址发送的通知视为送达。

## 第十八条 合同附件

18.1 本合同附件包括：《酿云ERP功能清单》《定制开发需求说明书》《实施计划》。

18.2 需求说明书由乙方在项目启动后编写，经甲方签字确认后作为开发依据；确认后的变更按第14.4条处理。

## 第十九条 其他

19.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

19.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：绍兴鉴湖坛韵酒业有限公司　　授权代表：________　　日期：________

乙方（盖章）：杭州酿云科技股份有限公司　　授权代表：________　　日期：________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. YZQ-SW-2025-08
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Yangzhou Qiyun Lacquer Inlay Workshop Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office at 27 Dongguan Street, Guangling District, Yangzhou, Jiangsu Province (the "Buyer"); and
P:(2) Ipek Yolu Design Systems LLC, a limited liability company registered in the Republic of Azerbaijan, with its office at 14 Rashidbey Efendiyev Street, Shaki, Azerbaijan (the "Vendor").
P:Background
P:(A) The Buyer produces lacquerware with mother-of-pearl, jade and bone inlay. Its designers lay out inlay patterns by hand and cut pieces with a small CNC engraver, and the Buyer wishes to move pattern layout, piece nesting and cutting-file output to software.
P:(B) The Vendor develops ArabeskCAD, a pattern-layout and nesting program used by carpet, tile and inlay workshops, and has offered perpetual licences together with configuration of the Buyer's traditional pattern templates.
P:(C) At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means ArabeskCAD version 7 with the modules listed in Article 2, including updates supplied under this Agreement.
P:1.2 "Template Library" means the digital library of the Buyer's pattern templates (lotus scroll, cloud-and-dragon border, hundred-treasure motifs and others) prepared by the Vendor from the Buyer's drawings and samples.
P:1.3 "Final Acceptance" means the signing of the Final Acceptance Certificate under Article 5.
P:1.4 "Buyer Data" means all drawings, photographs, pattern files, cutting files and production records that the Buyer supplies or creates with the Software.
H:Article 2 Scope and Price
P:2.1 The Vendor shall grant the licences, configure the Software, prepare the Template Library, connect the Software to the Buyer's CNC engraver and train the Buyer's staff, as set out below.
P:2.2 The Contract Price is fixed and is made up of the following items:
TB:Item 1|ArabeskCAD perpetual seat licence, 14 named designers at CNY 38,500|CNY 539,000
TB:Item 2|Inlay nesting and material-yield module, perpetual site licence|CNY 86,000
TB:Licence subtotal (Items 1 and 2)||CNY 625,000
TB:Item 3|Configuration, Template Library (320 templates) and CNC post-processor|CNY 118,000
TB:Item 4|Training of designers and engraver operators (6 days on site)|CNY 27,000
TB:Contract Price (Items 1 to 4)||CNY 770,000
P:2.3 The Contract Price includes all taxes payable in Azerbaijan, travel and accommodation of the Vendor's staff, and all import formalities for the licence keys. Chinese value-added tax on the services is included and invoiced through the Vendor's agent in Shanghai.
H:Article 3 Delivery Schedule
P:3.1 The Vendor shall install the Software on the Buyer's workstations within 30 days after this Agreement is signed and issue the licence keys in the Buyer's name.
P:3.2 The Vendor shall complete the Template Library and the CNC post-processor, and request Final Acceptance, within 120 days after signature.
P:3.3 If the Vendor fails to request Final Acceptance by the date in Article 3.2 for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 154,000) as an advance within 15 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 346,500) within 15 days after the Software is installed and the Installation Certificate is signed. The Installation Certificate confirms only that the Software is installed and the licence keys are active; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 269,500) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall demonstrate, in the Buyer's workshop and with the Buyer's own samples, that: (a) all 320 templates in the Template Library open, scale and recolour without distortion; (b) the nesting module places the pieces of ten test panels chosen by the Buyer with a material yield at least 8 percentage points better than the Buyer's manual layout; (c) cutting files output by the Software run on the Buyer's CNC engraver with a cutting deviation of no more than 0.1 mm; and (d) the Software runs for 20 consecutive working days without a Severity 1 fault.
P:5.2 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate within 7 days. Installation, training or the use of the Software in production does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software will perform materially in accordance with its documentation and this Agreement for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and provide support free of charge.
P:6.2 The Vendor shall provide support by telephone and remote session in Chinese or English from 08:00 to 20:00 Beijing time on working days. A Severity 1 fault (the Software cannot be started, or cutting files cannot be produced) shall be responded to within 2 hours, and a workaround shall be provided within 1 working day. Severity 2 faults shall be responded to within 1 working day.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay or credit the Buyer CNY 500.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Licence subtotal, being CNY 68,750 per support year. This fee is fixed for the first three support years after the Warranty Period and may be changed thereafter only by written agreement.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor. The Vendor grants the Buyer a perpetual, non-exclusive licence to use the Software at its premises for its business.
P:7.2 The Template Library, the CNC post-processor settings and all other deliverables made specifically for the Buyer belong to the Buyer from their creation. The Buyer may use, modify and license them without restriction, and the Vendor shall deliver them in editable form.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's own workstations. Remote sessions require the Buyer's approval each time, shall be logged, and shall not transfer files out of the Buyer's network. The Vendor shall keep its staff accounts protected by multi-factor authentication.
P:8.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to Buyer Data through the Vendor, shall help contain it, and shall be liable for the losses it causes.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's pattern designs and production methods, and shall not disclose it to any third party without written consent. This obligation continues for three years after this Agreement ends.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to wilful misconduct, personal injury or a breach of Articles 8 or 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for any subcontractor approved.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of it. The Buyer may also terminate if the liquidated damages under Article 3.3 reach their maximum.
P:12.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the payments made for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Azerbaijan.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration at the Baku International Arbitration Centre, seated in Baku, in the English language.
H:Article 14 Personnel and Cooperation
P:14.1 The Vendor shall assign a project lead who speaks Chinese or is accompanied by an interpreter during all on-site work, and shall not replace the project lead without the Buyer's consent.
P:14.2 The Buyer shall provide scanned drawings and physical samples of its templates, access to the engraver and a quiet room for training, and shall name a senior designer to approve the Template Library.
P:14.3 Each party shall comply with anti-bribery laws and shall not offer any improper benefit to the other party's staff.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal force. Notices shall be in writing and sent by e-mail with a copy by courier.
P:15.2 This Agreement takes effect on signature by both parties. Any amendment shall be in writing and signed by both parties.
P:For the Buyer: Yangzhou Qiyun Lacquer Inlay Workshop Co., Ltd.    Name: __________    Date: __________
P:For the Vendor: Ipek Yolu Design Systems LLC    Name: __________    Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM — LAKEPASS TICKETING SERVICE

**Order Form No.** LP-CN-0219 | **Vendor** Vodiy Soft Solutions LLC | **Customer** Lijiang Lugu Lake Mosuo Boat Tours Co., Ltd.

This Order Form (Part A) and the LakePass General Terms (Part B) together form the agreement (the "Agreement") between the Vendor and the Customer. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

- **Vendor:** Vodiy Soft Solutions LLC, 31 Uychi Street, Namangan, Republic of Uzbekistan ("Vendor").
- **Customer:** Lijiang Lugu Lake Mosuo Boat Tours Co., Ltd., Luoshui Village Wharf, Ninglang County, Lijiang, Yunnan Province, People's Republic of China ("Customer").

### A2. Background

The Customer runs pig-trough boat tours, island visits and evening bonfire tickets from four wharves on the Yunnan side of Lugu Lake. Tickets are sold today at paper booths and through two travel platforms. The Customer wishes to sell timed boat slots online, check visitors in with QR codes at the wharves and reconcile platform sales in one place. During the peak season the four wharves handle several thousand visitors a day, and boats may not leave above their licensed capacity, so slot control and a reliable gate check are essential to the Customer's safety duties towards the lake authority. The Vendor provides LakePass, a ticketing and capacity service for lake and river tour operators.

### A3. Services Ordered

| Item | Description | Fee (CNY) |
|---|---|---|
| 1 | LakePass Subscription, 4 wharves, 12 boarding gates, unlimited tickets, per Subscription Year | 148,000 |
| 2 | Subscription Fees for the Initial Term (3 Subscription Years) | 444,000 |
| 3 | One-time Set-up: slot calendar, WeChat mini-program, QR gate readers integration, two travel-platform connectors | 36,000 |
| | **Total Contract Value (Items 2 and 3)** | **480,000** |

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY). The fees include the Vendor's taxes; Chinese value-added tax is invoiced by the Vendor's reseller in Kunming. QR gate readers are supplied by the Customer.

### A4. Term

The Initial Term is three Subscription Years starting on the Go-Live Date. The Agreement ends at the end of the Initial Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A5. Go-Live and Acceptance

1. The Vendor shall complete the Set-up and request Go-Live acceptance within 60 days after this Order Form is signed.
2. Go-Live acceptance tests: (a) 2,000 simulated bookings in one hour without a failed payment; (b) each of the 12 gates reads a QR ticket and opens in under 1.5 seconds, also with the wharf network down (offline mode, synchronised later); (c) one day's platform sales reconcile to the fen with the platform statements; (d) the slot calendar enforces boat capacity and weather closures.
3. When all tests pass, the Customer signs a Go-Live Certificate, and that date is the Go-Live Date. Selling tickets during the tests is not acceptance.
4. If the Vendor does not request Go-Live acceptance by the date in A5.1, it shall pay the Customer CNY 400 for each day of delay.

### A6. Invoicing and Payment

1. The Set-up fee is invoiced on the Go-Live Date.
2. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.
3. Nothing is payable before the Go-Live Date.

### A7. Service Levels

1. The LakePass booking and gate services shall be available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and held between 23:00 and 05:00 Beijing time.
2. Priority 1 (tickets cannot be sold or gates cannot validate at any wharf): response within 30 minutes, restoration or workaround within 3 hours, at any time of day. Priority 2 (one function or one wharf degraded): response within 2 hours. Priority 3: next business day.
3. Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 10% of one twelfth of the Subscription Fee for that Subscription Year; below 99.5%, 25%. Each hour of Priority 1 restoration beyond the target earns a further credit of CNY 300. Credits are deducted from the next invoice.

### A8. Signatures

For the Vendor: ____________________ Name / Title / Date

For the Customer: ____________________ Name / Title / Date

## PART B — LAKEPASS GENERAL TERMS

### B1. The Service

1. The Vendor shall provide LakePass as described in Part A and in its user documentation, with the skill and care of a competent ticketing provider.
2. The Vendor may improve LakePass during the term, provided that no change reduces the functions the Customer has ordered.

### B2. Customer Data

1. "Customer Data" means visitor names, phone numbers, identity-document numbers required for lake safety records, bookings, payments and gate logs entered into or generated by LakePass for the Customer.
2. Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide LakePass to the Customer and shall not sell it, disclose it to third parties or use it for any other purpose.
3. At the end of the Agreement the Vendor shall return the Customer Data in CSV format within 30 days.

### B3. Customer Configurations

The slot calendar, wharf and boat set-up, price rules, mini-program pages and report layouts prepared for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and give them to another provider without restriction. LakePass itself remains the Vendor's property.

### B4. Confidentiality

Each party shall keep confidential all non-public business, technical and financial information received from the other party and shall use it only for this Agreement. This obligation survives for three years after the Agreement ends.

### B5. Customer Obligations

The Customer shall provide the wharf network, the QR gate readers and staff for the Go-Live tests, and shall manage its own user accounts. The Customer is responsible for the accuracy of the prices, boat capacities, route descriptions and refund rules it enters into LakePass, and for publishing its own visitor terms and refund policy on the mini-program. The Customer shall inform the Vendor at least 7 days in advance of special events, such as the Mosuo Zhuanshan Festival, that are expected to increase bookings sharply.

### B6. Limitation of Liability

1. Neither party is liable for loss of profit or indirect loss.
2. The Vendor's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 96,000.

### B7. Subcontracting

The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.

### B8. Termination

1. Either party may terminate the Agreement by written notice if the other commits a material breach and fails to cure it within 30 days of notice.
2. The Customer may also terminate if monthly availability falls below 99.5% in two consecutive months.
3. On termination for the Vendor's breach, the Vendor shall refund the Subscription Fee paid for the remaining part of the Subscription Year.

### B8A. Support and Training

1. The Vendor shall provide a support hotline and a WeChat service account in Chinese, staffed from 06:30 to 23:30 Beijing time during the boating season (April to November) and from 08:00 to 20:00 during the rest of the year.
2. Before Go-Live the Vendor shall train the Customer's ticket-office staff, wharf gate attendants and finance staff, at the wharves and online, and shall provide short video guides in Chinese for each role.
3. During the Initial Term the Vendor shall hold a review with the Customer before each boating season to plan slot capacity, price rules and any new routes, and shall configure the agreed changes without additional charge.

### B8B. Changes to the Service

1. The Vendor shall give the Customer at least 14 days' notice of any change that affects the booking flow, gate validation or the travel-platform connectors, and shall test such changes in a staging environment before release.
2. No change shall be released between 1 July and 7 October, the peak season at Lugu Lake, except to correct a fault.

### B8C. Anti-Bribery

Each party shall comply with applicable anti-bribery laws. Neither party shall offer any gift, commission or other improper benefit to the other party's employees or to officials of the scenic-area administration in connection with the Agreement.

### B9. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, including lake closures ordered by the authorities, earthquakes and regional network outages, provided it notifies the other party promptly.

### B10. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

### B11. General

Neither party may assign the Agreement without the other's written consent. A failure to enforce a term is not a waiver of it. Notices shall be in writing and sent by e-mail to the addresses in Part A. The Agreement is written in English and Chinese, and both versions are equally authentic.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:Supply and Installation Contract — Shade-House Environmental Monitoring System
P:Contract No. CBS-EQ-2025-033
P:This Contract is made between Changbai Mountain Shenyuan Ginseng Farm Co., Ltd., of 8 Songjiang Road, Fusong County, Baishan, Jilin Province, People's Republic of China (the "Buyer"), and Kherlen Agro Systems LLC, of Building 5, 3rd Bag, Kherlen Soum, Choibalsan, Dornod Province, Mongolia (the "Supplier").
P:Whereas the Buyer grows ginseng under shade houses on 86 hectares of hillside beds, where soil moisture, soil temperature and light under the shade cloth decide root quality and disease pressure; whereas the Buyer invited three suppliers to quote for a wireless monitoring system and selected the Supplier; and whereas the parties have agreed that this Contract is made on the Buyer's standard terms, the parties agree as follows.
H:Section 1 Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations, mounting hardware and spare parts listed in Section 2.
P:1.2 "Platform" means the Supplier's FieldSense monitoring software, licensed under Section 8, installed on the Buyer's server at the farm office.
P:1.3 "Final Acceptance" means the signing of the Final Acceptance Certificate under Section 6.
P:1.4 "Farm Data" means all measurements, alarms, images, maps and records collected by the Equipment or held in the Platform.
H:Section 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Platform, calibrate all sensors on site and train the Buyer's field technicians.
P:2.2 At the Buyer's request, all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is fixed and includes delivery to the farm, customs clearance, duties and value-added tax:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probes, three depths|320|1,150|368,000
TB:2|PAR light sensors under shade cloth|64|2,400|153,600
TB:3|LoRa gateways with solar power|12|8,600|103,200
TB:4|Compact weather stations|4|26,500|106,000
TB:5|FieldSense Platform perpetual licence|1|148,000|148,000
TB:|Equipment and Licence Subtotal|||878,800
TB:6|Installation, cabling and mounting|1|132,000|132,000
TB:7|On-site calibration and training|1|39,200|39,200
TB:|Contract Price|||1,050,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the farm within 60 days after signature and complete installation before the shade cloth is raised for the growing season, and in any case within 100 days after signature.
P:3.2 On delivery the parties shall count the Equipment and sign a Delivery Note. The Delivery Note records quantity and visible condition only and is not acceptance.
P:3.3 Installation work in the beds shall follow the Buyer's hygiene rules: disinfected tools, no movement between blocks without changing boot covers, and no soil removed from the farm.
H:Section 4 Delay
P:4.1 If the Supplier fails to complete installation by the date in Section 3.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.2 Payment of liquidated damages does not release the Supplier from completing the work.
H:Section 5 Payment
P:5.1 10% of the Contract Price (CNY 105,000) within 20 days after signature, against a bank guarantee of the same amount valid until delivery.
P:5.2 55% of the Contract Price (CNY 577,500) within 20 days after installation is complete and the Delivery Note is signed.
P:5.3 35% of the Contract Price (CNY 367,500) within 20 days after Final Acceptance.
H:Section 6 Acceptance
P:6.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires that: (a) no probe misses more than two consecutive 15-minute reports during the run; (b) soil moisture readings at ten check points agree with the Buyer's oven-dry samples within 3 percentage points; (c) light readings agree with a reference meter within 20 µmol/m²/s; (d) frost and high-temperature alarms reach the technicians' phones within 2 minutes in a test; and (e) the Platform exports daily data to the Buyer's spreadsheet format.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. Installation, use of the system or any payment does not constitute acceptance.
H:Section 7 Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Platform for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective item free of charge, including freight, and shall keep 16 spare probes at the farm.
P:7.2 Fault response: a Critical fault (the Platform or more than one gateway down, or frost alarms not delivered) shall be answered by telephone within 1 hour, at any time from April to October, and a technician or its local agent in Changchun shall be on site within 24 hours. Other faults shall be answered within 1 working day.
P:7.3 For each hour by which the Supplier exceeds the Critical fault response time, the Buyer may deduct CNY 600 from any sum due or claim it from the Supplier.
P:7.4 After the warranty, the Buyer may order annual support at 8% of the Equipment and Licence Subtotal, being CNY 70,304 per support year. This fee is fixed for two support years after the warranty and may be changed later only by written agreement.
H:Section 8 Intellectual Property
P:8.1 The FieldSense Platform remains the Supplier's property. The Supplier grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's farms.
P:8.2 The field maps, sensor layouts, alarm rules, dashboards and reports made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:Section 9 Farm Data and Data Security
P:9.1 Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not copy or use it for any other purpose.
P:9.2 Farm Data is kept on the Buyer's server. The Supplier shall configure encrypted links between gateways and the server, change all default passwords, and access the server only through the Buyer's VPN with the Buyer's approval for each session.
P:9.3 The Supplier shall report any security incident affecting Farm Data within 24 hours, cooperate in containing it, and be liable for the losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's cultivation methods, yields and field layout, and shall not disclose it without written consent, during this Contract and for three years afterwards.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves, by signing this Contract, the Supplier's agent in Changchun for on-site service only.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under Section 4 reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.
H:Section 15 Personnel and Site Rules
P:15.1 The Supplier shall name a project manager who is present on site during installation and calibration, and shall ensure that an interpreter is available to the Buyer's technicians.
P:15.2 The Supplier's staff shall follow the Buyer's site rules, including the hygiene rules in Section 3.3, the ban on smoking and open fire in the forest area, and the instructions of the Buyer's field manager on which blocks may be entered on each day.
P:15.3 The Buyer shall provide access to the beds, storage for the Equipment, electricity at the farm office and accommodation for up to six of the Supplier's staff during installation.
H:Section 16 Documents and Training
P:16.1 Before Final Acceptance the Supplier shall deliver, in Chinese: an as-built map of all probes and gateways, a calibration record for each sensor, a maintenance manual and a troubleshooting guide for the field technicians.
P:16.2 Training shall be given at the farm in Chinese and shall cover daily use of the Platform, replacing batteries and probes, reading alarms and exporting data, and shall be repeated once at the start of the second growing season at no extra cost.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, such as heavy snow closing the roads, floods or border closures, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Section 18 General
P:18.1 This Contract is made in English and Chinese, in four originals. It takes effect on signature. Any amendment must be in writing and signed by both parties.
P:For the Buyer: Changbai Mountain Shenyuan Ginseng Farm Co., Ltd.    Signature: ______    Date: ______
P:For the Supplier: Kherlen Agro Systems LLC    Signature: ______    Date: ______
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# Managed Endpoint Services Agreement

**Agreement reference:** MES-NB-2025-117

**Between**

**Ningbo Hanmo Stationery Manufacturing Co., Ltd.**, 66 Xiaogang Industrial Road, Beilun District, Ningbo, Zhejiang, People's Republic of China ("**Customer**"); and

**Sharon Coast Endpoint Operations Ltd.**, 9 HaMelacha Street, Poleg Industrial Zone, Netanya, Israel ("**Provider**").

**Background.** Customer makes pens, markers and school stationery in two plants in Ningbo and runs a sales office in Yiwu. It has 620 laptops, desktops and shop-floor terminals and a two-person IT team. Provider operates a remote endpoint management and security service from Netanya with a support desk staffed in Chinese. Customer wishes to outsource the day-to-day management of its endpoints to Provider on the terms below.

## 1. Definitions

1.1 "**Endpoints**" means the devices listed in the inventory agreed at Onboarding Acceptance, as changed under clause 4.3.

1.2 "**Services**" means the services described in clause 2 and Schedule 1.

1.3 "**Service Month**" means each calendar month of the Term after the Service Commencement Date.

1.4 "**Customer Data**" means all data on the Endpoints and all inventory, configuration, log and ticket data about Customer's Endpoints and users held by Provider.

## 2. Services

2.1 Provider shall deploy its management agent on every Endpoint and provide: operating-system and application patching; antivirus and endpoint detection; disk encryption management; software distribution; remote help-desk support for Customer's users in Chinese from 07:30 to 21:00 Beijing time on every day of the year; and a monthly service report.

2.2 Provider shall manage the Endpoints in accordance with Customer's IT policies as they are updated from time to time and notified to Provider in writing.

## 3. Onboarding

3.1 Provider shall complete Onboarding within 45 days after signature. Onboarding comprises discovery of all Endpoints, agent deployment, a patch baseline, migration of existing antivirus licences and a runbook for each plant.

3.2 Onboarding Acceptance requires that: (a) the agent reports from every Endpoint in the agreed inventory except those Customer has declared offline; (b) all critical operating-system patches older than 30 days are installed; (c) a test ransomware simulation is detected and isolated on three sample Endpoints; and (d) the runbooks are approved by Customer's IT manager. Customer shall sign an Onboarding Acceptance Certificate within 5 business days after the criteria are met. The day after signature is the "**Service Commencement Date**".

3.3 If Onboarding Acceptance is not achieved within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 4. Term and Endpoint Changes

4.1 The Term starts on the Service Commencement Date and runs for 36 Service Months.

4.2 This Agreement ends at the end of the Term. Any extension must be agreed in writing, including the charges for the extension.

4.3 Customer may add or retire Endpoints by a change request; the monthly charge is adjusted from the next Service Month at the unit rate in Schedule 2.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. At Customer's request all charges are stated and payable in Chinese Yuan (CNY).

5.2 The Onboarding Fee is invoiced after Onboarding Acceptance. The Monthly Service Charge is invoiced monthly in arrears, with the monthly service report. No charge is payable in advance.

5.3 Customer shall pay undisputed invoices within 30 days.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the response and resolution targets in Schedule 1 and shall install critical security patches on at least 95 out of every 100 managed Endpoints within 7 days of the vendor's release.

6.2 If a target is missed, Customer is entitled to the Service Credits in Schedule 1, deducted from the next invoice. Service Credits in any Service Month are limited to 20% of that month's Monthly Service Charge.

6.3 **Service Credits are Customer's sole and exclusive remedy for any failure of the Services.** Customer may not terminate this Agreement, in whole or in part, because of any failure of the Services or any other breach by Provider, and its rights against Provider are limited to Service Credits and to the damages permitted under clause 10.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.

7.2 Customer Data held by Provider is stored on servers in Provider's Shanghai partner data centre. Provider shall not transfer Customer Data out of mainland China. Remote administration from Netanya is carried out through that data centre, with multi-factor authentication, named accounts and full session logging.

7.3 Provider shall maintain ISO/IEC 27001 certification for the Services, encrypt Customer Data at rest and in transit, and review administrator access every quarter.

7.4 Provider shall notify Customer of any security incident affecting Customer Data or the Endpoints within 12 hours of discovery, take all reasonable steps to contain it and bear the costs and losses caused by its failure to comply with this clause 7.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer's product designs, supplier lists and pricing, and shall use it only for this Agreement. This obligation continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider's management platform, agents and tools remain Provider's property and are made available to Customer for the Term.

9.2 Scripts, policies, software packages and runbooks prepared specifically for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement shall not exceed one and a half times the total charges payable over the Term. The limit does not apply to breach of clauses 7 or 8.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for the acts of any approved subcontractor.

## 12. Termination

12.1 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed charges within 45 days after a reminder.

12.2 On expiry or termination, Provider shall cooperate for 30 days in handing over the Services to Customer or a successor provider, return all Customer Data and then delete it.

## 13. Governing Law and Jurisdiction

This Agreement is governed by the laws of the State of Israel. The competent courts of Tel Aviv-Jaffa have exclusive jurisdiction over any dispute arising out of or in connection with it.

## 13A. Governance

13A.1 Each party shall appoint a service manager. The service managers shall meet by video conference every month to review the service report, open tickets, planned changes and Customer's upcoming projects, such as new plants or production lines.

13A.2 Every quarter Provider shall present a security review of the Endpoints, including patch status, detected threats, devices without encryption and recommended actions, in English and Chinese.

13A.3 Provider shall give Customer at least 10 business days' notice of any change to its agents or tools that requires a restart of shop-floor terminals, and shall schedule such restarts outside production shifts agreed with the plant managers.

13A.4 Each party shall comply with applicable anti-bribery laws and shall not offer any improper benefit to the other party's employees.

13A.5 Customer shall give Provider's staff remote access to the Endpoints through the management agent only, keep an up-to-date list of users and approvers, and tell Provider in good time about new hires, leavers and office moves.

## 14. General

14.1 Notices shall be in writing in English or Chinese and sent by e-mail and courier to the addresses above.

14.2 This Agreement, with its Schedules, is the entire agreement on its subject.

14.3 Neither party may assign this Agreement without the other party's written consent. Any amendment must be in writing and signed by both parties. If any provision is held invalid, the rest of this Agreement remains in force.

## Schedule 1 — Priorities, Targets and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit per miss |
|---|---|---|---|---|
| P1 | Production line terminals or more than 50 Endpoints unusable, or active malware outbreak | 30 minutes | 6 hours | 3% of the Monthly Service Charge |
| P2 | One department or up to 50 Endpoints affected | 1 hour | 1 business day | 1% of the Monthly Service Charge |
| P3 | Single user problem | 2 hours | 3 business days | none |
| Patching | Critical patch target in clause 6.1 missed in a Service Month | — | — | 5% of the Monthly Service Charge |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Fee | one-time | 54,000 |
| Monthly Service Charge | 620 Endpoints × CNY 62 per Endpoint per Service Month | 38,440 per Service Month |
| Monthly Service Charges for the Term | 36 Service Months | 1,383,840 |
| **Total Contract Value** | Onboarding Fee + Monthly Service Charges for the Term | **1,437,840** |
| Additional Endpoint | per Endpoint per Service Month | 62 |

**Signed** for Customer: ____________________ Date: __________

**Signed** for Provider: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT
BATTERY TRANSPORT CERTIFICATE CHECK SERVICE

Agreement No.: CDC-API-2025-051

PARTIES

(1) Shenzhen Voltride Cross-Border E-Bike Trading Platform Co., Ltd., Room 1806, Block B, Qianhai Enterprise Dream Park, Nanshan District, Shenzhen, People's Republic of China (the "Customer").

(2) Codru Data Compliance SRL, 45 Vasile Mahu Street, Orhei, Republic of Moldova (the "Vendor").

BACKGROUND

A. The Customer operates an export platform on which several hundred Chinese factories and trading companies sell electric bicycles, scooters and spare lithium batteries to buyers in Europe, the Middle East and Central Asia.

B. Before a shipment is booked, the Customer must check that each battery model has a valid UN 38.3 test summary, a material safety data sheet and, where required, a dangerous-goods transport certificate issued by a recognised laboratory. Forged and expired documents are a recurring problem, and carriers refuse or fine shipments that rely on them.

C. The Vendor operates CertCheck, an application programming interface that reads these documents, checks them against laboratory registers and returns a verification result. The Customer wishes to subscribe to CertCheck and integrate it into its seller onboarding and shipment booking flows.

1. DEFINITIONS

1.1 "API" means the CertCheck REST interface and its documentation as updated from time to time.

1.2 "Subscription Year" means each consecutive yearly period starting on the Subscription Start Date or an anniversary of it.

1.3 "Subscription Start Date" means the date on which the Vendor issues production API credentials to the Customer.

1.4 "Customer Data" means documents, images, seller and shipment information submitted by the Customer through the API and the results returned to it.

1.5 "Integration Acceptance" means the signing of the acceptance note under clause 5.

2. SERVICES

2.1 The Vendor shall provide the API, a sandbox environment, a Chinese-language administration console and technical support as set out in the Schedule.

2.2 The Vendor shall carry out the Integration Services: mapping of the Customer's seller and shipment records to the API, connection to the Customer's booking system, and a dashboard for the Customer's compliance team.

2.3 Each Subscription Year includes 600,000 verification calls. Additional calls are charged at the rate in the Schedule.

3. TERM

3.1 This Agreement runs for two Subscription Years from the Subscription Start Date.

3.2 This Agreement does not renew automatically. Any renewal requires a new written order at fees agreed at that time.

4. FEES AND PAYMENT

4.1 At the Customer's request all fees are stated and payable in Chinese Yuan (CNY). The fees are set out in the Schedule. The total contract value is CNY 444,000, made up of the Integration Fee of CNY 72,000 and two Subscription Year fees of CNY 186,000 each.

4.2 Within 10 days after signature of this Agreement, and before the Vendor issues any credentials, the Customer shall pay the Integration Fee together with the Subscription Fee for the first Subscription Year, a total of CNY 258,000.

4.3 The Subscription Fee for the second Subscription Year is invoiced 30 days before that Subscription Year begins and is payable by its first day.

4.4 Additional calls are invoiced quarterly in arrears.

5. INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall complete the Integration Services within 50 days after receiving the payment in clause 4.2.

5.2 Integration Acceptance requires that: (a) on a test set of 1,000 genuine and 200 altered documents prepared by the Customer, the API flags every altered document and wrongly rejects no more than 10 genuine ones; (b) the median response time is under 3 seconds at 20 requests per second; (c) results appear correctly in the booking system and the compliance dashboard; and (d) the sandbox and production APIs return identical results for the test set.

5.3 When the criteria are met the Customer shall sign an acceptance note within 5 business days. The issue of credentials or live use of the API before then is not acceptance.

5.4 If Integration Acceptance is delayed beyond the period in clause 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay.

6. SERVICE LEVELS

6.1 The production API shall be available at least 99.95% of each calendar month, measured at the Vendor's edge, excluding maintenance notified 5 days ahead and held on Sundays between 01:00 and 05:00 Beijing time.

6.2 Incidents are handled according to the priority table in the Schedule.

6.3 If a commitment in this clause or the Schedule is missed, the Customer shall receive the service credits set out in the Schedule against the next invoice or, at the end of the Agreement, as a refund.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Vendor processes Customer Data to provide the API. In addition, the Vendor may compile aggregated and anonymised statistics derived from Customer Data, such as forgery patterns, laboratory names and document types, and may use those statistics to train its fraud-detection models and to publish industry reports, during and after the term of this Agreement.

7.3 Personal information in seller records is processed in mainland China. The API and the Customer Data are hosted on a cloud region in Shenzhen, and no Customer Data is transferred out of mainland China.

8. DATA SECURITY

8.1 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all administrative access.

8.2 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take prompt steps to contain it, and bear the losses caused by any failure to meet this clause 8.

9. CONFIDENTIALITY

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 The API, the Vendor's software and its laboratory register database remain the Vendor's property.

10.2 The field mappings, booking-system connector and compliance dashboard produced for the Customer under the Integration Services belong to the Customer, which may use, modify and license them freely.

11. LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss, except for breach of clauses 8 or 9.

11.2 The Vendor's total liability under this Agreement is limited to twice the total contract value stated in clause 4.1.

12. SUBCONTRACTING

The Vendor shall not subcontract the operation of the API or the Integration Services without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice.

13.2 On termination for the Vendor's breach the Vendor shall refund fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14A. SUPPORT AND COOPERATION

14A.1 The Vendor shall provide a technical contact for the Customer's developers during integration and a support desk reachable by e-mail and a ticket portal, with telephone support for P1 incidents at any time.

14A.2 The Vendor shall publish changes to the API at least 30 days before they take effect, keep the previous API version available for at least 90 days after a new version is released, and inform the Customer promptly of any change to the laboratory registers it checks.

14A.3 The Customer shall use the API only for its own seller onboarding and shipment checks, shall keep its credentials secret, and shall tell the Vendor promptly if it believes a verification result is wrong so that the Vendor can investigate.

14A.4 Each party shall comply with applicable anti-bribery and export control laws.

14A.5 The Vendor shall provide, on request, a monthly usage and performance report showing the number of calls, the share of documents flagged, response times and incidents in the month.

15. GENERAL

15.1 This Agreement is made in English and Chinese, and both texts have equal force. Notices shall be in writing and delivered by e-mail and courier.

15.2 Neither party may assign this Agreement without the other party's written consent. Any amendment must be in writing and signed by both parties. If any provision is held invalid, the remaining provisions stay in force.

SCHEDULE — FEES, PRIORITIES AND CREDITS

Part 1 Fees

Integration Fee (one-time): CNY 72,000
Subscription Fee, first Subscription Year: CNY 186,000
Subscription Fee, second Subscription Year: CNY 186,000
Total contract value: CNY 444,000
Additional verification calls beyond 600,000 per Subscription Year: CNY 0.35 per call

Part 2 Priorities

P1 - API unavailable or returning wrong results for all requests: response 1 hour, restoration 6 hours, 24 hours a day.
P2 - degraded performance or one document type failing: response 2 hours, restoration 1 business day.
P3 - console or reporting issue: response next business day.

Part 3 Service credits

Monthly availability below the commitment: 5% of one twelfth of the current Subscription Fee; below 99.5%: 20%.
Each P1 restoration missed: CNY 1,000 per started hour beyond the target.

SIGNATURES

For the Customer: ____________________ Name: __________ Date: __________

For the Vendor: ____________________ Name: __________ Date: __________
"""

# ================================================================ targets
FILES = {  # key: (stem, ext, source)
    "h382z01": ("h382z01_housing_bureau_construction_market_platform", "pdf", Z01),
    "h382z02": ("h382z02_titanium_dioxide_kiln_control_retrofit", "docx", Z02),
    "h382z03": ("h382z03_nail_salon_chain_booking_saas", "txt", Z03),
    "h382z04": ("h382z04_city_library_lending_system_om", "txt", Z04),
    "h382z05": ("h382z05_rice_wine_erp_supplier_template", "md", Z05),
    "h382e01": ("h382e01_lacquer_inlay_layout_licences_az_vendor", "pdf", E01),
    "h382e02": ("h382e02_lugu_lake_boat_ticketing_saas_order_form", "md", E02),
    "h382e03": ("h382e03_ginseng_shade_house_sensors_buyer_paper", "docx", E03),
    "h382e04": ("h382e04_stationery_managed_endpoint_service_il", "md", E04),
    "h382e05": ("h382e05_ebike_battery_certificate_api_md_vendor", "txt", E05),
}

# ================================================================ labels
# Facts read from each text (buyer's view); derived values are computed below, never typed in.
N = None
FACTS = {
    "h382z01": dict(lang="zh", category="software", kind="goods_or_licence", value=2870000,
                    avail=99.95, p1=0.5, remedy=True, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=2870000 * 8 / 10000, cap_amount=2 * 2870000, prepay_amount=574000,
                    acc=True, final=True, warranty=36, pw_fee=106740, pw_base=1186000, pw_capped=True,
                    auto=False, term=True, sub=False, law="PRC", forum_outside=False, sla=True, deemed=False),
    "h382z02": dict(lang="zh", category="hardware", kind="goods_or_licence", value=2890000,
                    avail=N, p1=0.5, remedy=True, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=N, cap_amount=N, prepay_amount=289000,
                    acc=True, final=True, warranty=24, pw_fee=161280, pw_base=2304000, pw_capped=True,
                    auto=False, term=True, sub=True, law="PRC", forum_outside=False, sla=True, deemed=False),
    "h382z03": dict(lang="zh", category="cloud", kind="service", value=615200,
                    avail=99.5, p1=0.25, remedy=True, ip="buyer", dsec=True, downs=True, conf=False,
                    ld_amount_per_day=615200 / 1000, cap_amount=1.5 * 615200, prepay_amount=N,
                    acc=True, final=N, warranty=N, pw_fee=N, pw_base=N, pw_capped=N,
                    auto=True, term=True, sub=False, law="PRC", forum_outside=False, sla=True, deemed=False),
    "h382z04": dict(lang="zh", category="services", kind="service", value=412000,
                    avail=N, p1=N, remedy=False, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=412000 / 1000, cap_amount=N, prepay_amount=N,
                    acc=True, final=N, warranty=N, pw_fee=N, pw_base=N, pw_capped=N,
                    auto=False, term=True, sub=False, law=N, forum_outside=False, sla=False, deemed=False),
    "h382z05": dict(lang="zh", category="software", kind="goods_or_licence", value=1320000,
                    avail=N, p1=8, remedy=False, ip="supplier", dsec=True, downs=False, conf=True,
                    ld_amount_per_day=1320000 * 2 / 10000, cap_amount=0.2 * 1320000, prepay_amount=660000,
                    acc=False, final=False, warranty=6, pw_fee=245000, pw_base=980000, pw_capped=True,
                    auto=False, term=True, sub=N, law="PRC", forum_outside=False, sla=True, deemed=True),
    "h382e01": dict(lang="en", category="software", kind="goods_or_licence", value=770000,
                    avail=N, p1=2, remedy=True, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=770000 * 0.1 / 100, cap_amount=1.5 * 770000, prepay_amount=154000,
                    acc=True, final=True, warranty=24, pw_fee=68750, pw_base=625000, pw_capped=True,
                    auto=False, term=True, sub=False, law="Azerbaijan", forum_outside=True, sla=True, deemed=False),
    "h382e02": dict(lang="en", category="cloud", kind="service", value=480000,
                    avail=99.95, p1=0.5, remedy=True, ip="buyer", dsec=False, downs=True, conf=True,
                    ld_amount_per_day=400, cap_amount=96000, prepay_amount=N,
                    acc=True, final=N, warranty=N, pw_fee=N, pw_base=N, pw_capped=N,
                    auto=False, term=True, sub=False, law="PRC", forum_outside=False, sla=True, deemed=False),
    "h382e03": dict(lang="en", category="hardware", kind="goods_or_licence", value=1050000,
                    avail=N, p1=1, remedy=True, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=1050000 * 0.08 / 100, cap_amount=2 * 1050000, prepay_amount=105000,
                    acc=True, final=True, warranty=36, pw_fee=70304, pw_base=878800, pw_capped=True,
                    auto=False, term=True, sub=False, law="PRC", forum_outside=False, sla=True, deemed=False),
    "h382e04": dict(lang="en", category="services", kind="service", value=1437840,
                    avail=N, p1=0.5, remedy=True, ip="buyer", dsec=True, downs=True, conf=True,
                    ld_amount_per_day=1200, cap_amount=1.5 * 1437840, prepay_amount=N,
                    acc=True, final=N, warranty=N, pw_fee=N, pw_base=N, pw_capped=N,
                    auto=False, term=False, sub=False, law="Israel", forum_outside=True, sla=True, deemed=False),
    "h382e05": dict(lang="en", category="cloud", kind="service", value=444000,
                    avail=99.95, p1=1, remedy=True, ip="buyer", dsec=True, downs=False, conf=True,
                    ld_amount_per_day=500, cap_amount=2 * 444000, prepay_amount=258000,
                    acc=True, final=N, warranty=N, pw_fee=N, pw_base=N, pw_capped=N,
                    auto=False, term=True, sub=False, law="PRC", forum_outside=False, sla=True, deemed=False),
}
SUMS = {  # price and payment sums asserted against the texts' figures
    "h382z01": ([1186000, 1324000, 268000, 92000], [574000, 1291500, 1004500]),
    "h382z02": ([1236000, 486000, 318000, 264000, 352000, 198000, 36000], [289000, 1011500, 1445000, 144500]),
    "h382z03": ([80 * 2280 * 3, 68000], [68000, 12 * 45600]),
    "h382z04": ([236000, 58000, 46000, 72000], [4 * 103000]),
    "h382z05": ([980000, 260000, 80000], [660000, 660000]),
    "h382e01": ([14 * 38500, 86000, 118000, 27000], [154000, 346500, 269500]),
    "h382e02": ([3 * 148000, 36000], [36000, 3 * 148000]),
    "h382e03": ([320 * 1150, 64 * 2400, 12 * 8600, 4 * 26500, 148000, 132000, 39200], [105000, 577500, 367500]),
    "h382e04": ([54000, 36 * 620 * 62], [54000, 36 * 38440]),
    "h382e05": ([72000, 2 * 186000], [258000, 186000]),
}


def tco(f):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    if f["kind"] != "goods_or_licence" or f["pw_fee"] is None or f["warranty"] is None:
        return None
    years = max(0.0, 5 - f["warranty"] / 12)
    fees = years * f["pw_fee"]
    total = f["value"] + fees
    return dict(years=years, fees=fees, total=total, share=fees / total * 100)


def derive(key):
    f = FACTS[key]
    v = f["value"]
    goods = f["kind"] == "goods_or_licence"
    t = {
        "availability_pct": f["avail"],
        "p1_response_hours": f["p1"],
        "sla_remedy": f["remedy"],
        "ip_owner": f["ip"],
        "data_security_clause": f["dsec"],
        "buyer_owns_data": f["downs"],
        "confidentiality": f["conf"],
        "ld_rate_per_day_pct": None if f["ld_amount_per_day"] is None else f["ld_amount_per_day"] / v * 100,
        "liability_cap_pct": None if f["cap_amount"] is None else f["cap_amount"] / v * 100,
        "prepayment_pct": None if f["prepay_amount"] is None else f["prepay_amount"] / v * 100,
        "acceptance_clause": f["acc"],
        "final_payment_on_acceptance": f["final"],
        "warranty_months": f["warranty"] if goods else None,
        "post_warranty_fee_pct": (f["pw_fee"] / f["pw_base"] * 100) if goods and f["pw_fee"] is not None else None,
        "auto_renewal_price_increase": f["auto"],
        "termination_for_breach": f["term"],
        "subcontract_without_consent": f["sub"],
        "governing_law": f["law"],
        "contract_kind": f["kind"],
    }
    for k in ("ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "post_warranty_fee_pct"):
        x = t[k]
        if x is not None and abs(x - round(x)) < 1e-9:
            t[k] = int(round(x))  # whole numbers as whole numbers
        elif x is not None and abs(x * 100 - round(x * 100)) < 1e-9:
            t[k] = round(x, 2)
    extra = {"sla_clause": f["sla"], "ld_stated": f["ld_amount_per_day"] is not None}
    if goods:
        extra["post_warranty_fee_capped"] = f["pw_capped"]
    extra["acceptance_deemed_on_delivery"] = f["deemed"]
    extra["contract_value"] = v
    return t, extra


def rules(key, t, extra):
    """policy.md §3 read as a procurement engineer would; the expected findings, not the project's code."""
    f = FACTS[key]
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
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
        if t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(f)
        if c is not None and c["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or f["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rs):
    sev = [SEV.get(x, "medium") for x in rs]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# ================================================================ threshold scan
CN = "〇零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*个?\s*(?:小时|钟头|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4\s+(?:business|working)\s+hours",
    r"(?<![" + CN + r"])四\s*个?\s*小时", r"\bfour[\s-]*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)", r"二百四十分钟",
    r"(?<![\d.])0\.05\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百(?![一二三四五六七八九十零])",
    r"\bone\s+hundred\s+per\s*cent", r"\bone\s+hundred\s+percent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"\bthirty\s+per\s*cent", r"\bthirty\s+percent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"\bforty\s+per\s*cent", r"\bforty\s+percent",
    r"(?<![\d.])12\s*-?\s*个?\s*(?:月|months?\b|mo\b)", r"(?<![一二三四五六七八九])十二\s*个\s*月",
    r"\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s+)?months?\b", r"\bone[\s-]*(?:\(1\)\s*)?years?\b",
    r"(?<![\d.])1\s*-?\s*years?\b", r"一年", r"壹年",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])",
    r"\bfifteen\s+per\s*cent", r"\bfifteen\s+percent",
    r"(?<![\d.])5\s*-?\s*个?\s*(?:年|years?\b)", r"(?<![" + CN + r"])五\s*个?\s*年(?!度)", r"五个年度",
    r"\bfive[\s-]*(?:\(5\)\s*)?years?\b", r"(?<![\d.])60\s*-?\s*个?\s*(?:月|months?\b)", r"六十\s*个\s*月",
    r"\bsixty[\s-]*months?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["4小时", "四小时", "4 hours", "4-hour", "four hours", "four-hour", "240分钟", "240 minutes", "99.9%",
            "99.9 %", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "百分之一百",
            "30%", "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "forty percent", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "one year", "one-year", "1 year", "一年", "15%", "百分之十五",
            "fifteen per cent", "5年", "五年", "5 years", "five years", "five-year", "60个月", "60 months", "六十个月",
            "sixty months", "within 4 h"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%", "百分之三十五",
                "140%", "四十二个月", "三十六个月", "36 months", "2025年", "二〇二五年", "0.08%", "万分之八", "18 months",
                "百分之一百五十", "14 hours", "1,100%", "yearly", "服务年度", "每个服务年度", "Subscription Year",
                "25%", "45%", "35%", "2.4 hours", "千分之一", "20 µmol"]


def scan_hits(text):
    hits = set()
    for t in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits.update(m.group(0) for m in THRESHOLD_RE.finditer(t))
    return sorted(hits)


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not THRESHOLD_RE.search(s), "regex wrongly hits %r: %r" % (s, THRESHOLD_RE.search(s).group(0))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    ok = True
    for key, (stem, ext, src) in FILES.items():
        f = FACTS[key]
        items, pays = SUMS[key]
        assert sum(items) == f["value"], (key, sum(items))
        assert sum(pays) == f["value"], (key, sum(pays))
        text = read_back(OUT / (stem + "." + ext))
        n = len(text) if f["lang"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if f["lang"] == "zh" else (1500, 1700)
        hits = scan_hits(text) + scan_hits(src)
        t, extra = derive(key)
        rs = rules(key, t, extra)
        fired.update(rs)
        # derived labels off every threshold
        assert t["availability_pct"] is None or abs(t["availability_pct"] - 99.9) > 1e-6
        assert t["p1_response_hours"] is None or abs(t["p1_response_hours"] - 4) > 1e-6
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1
        assert t["warranty_months"] is None or t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1
        c = tco(f)
        assert c is None or abs(c["share"] - 40) > 1
        label = {"file": stem + "." + ext, "language": f["lang"], "category": f["category"],
                 "expected_terms": t, "expected_extra": extra, "expected_rules": rs}
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        tc = "" if c is None else " TCO %.0f share %.1f%%" % (c["total"], c["share"])
        print("%s %-5s len %5d %s risk %-6s rules %s%s" % (key, ext, n, "ok " if lo <= n <= hi else "OUT",
                                                         risk(rs), ", ".join(x[3:] for x in rs) or "(none)", tc))
        if not lo <= n <= hi:
            ok = False
        if hits:
            print("   THRESHOLD FIGURES:", hits)
            ok = False
    missing = [x for x in ALL_RULES if x not in fired]
    print("rules never fired:", missing or "none")
    assert not missing
    counts = {k: len(rules(k, *derive(k))) for k in FILES}
    assert sorted(counts.values()).count(0) == 2 and counts["h382z05"] >= 8, counts
    assert ok, "length or threshold check failed"


if __name__ == "__main__":
    main()
