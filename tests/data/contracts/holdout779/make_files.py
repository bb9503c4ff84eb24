"""holdout779: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, sums, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市教育局防溺水监测预警平台采购合同
P:合同编号：JYJ-ZFCG-2027-0318
P:甲方（采购人）：某市教育局
P:乙方（供应商）：江临智感信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件（项目编号JYZC2027-041）和乙方投标文件，甲乙双方就防溺水监测预警平台的软件许可、定制开发及部署实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供防溺水监测预警平台软件（以下简称“平台”）的永久使用许可，覆盖全市中小学校及重点水域点位，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：重点水域视频AI识别接入（首批86个点位）、学校及家长端预警消息推送、与应急管理、水利部门的预警联动接口、汛期专项巡查台账及统计分析驾驶舱。
P:1.3 乙方负责平台在甲方政务云环境的部署、联调、数据初始化和操作培训，详细需求以招标文件第三章及双方确认的需求规格说明书为准。
P:1.4 平台应适配国产操作系统、数据库和中间件，支持市、区县、学校三级账号权限管理。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），为固定总价，含税及乙方完成本项目的一切费用。
P:2.2 分项价格：平台软件许可费¥616,000；定制开发费¥452,000；部署实施费¥148,000；培训费¥52,000。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函之日起10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 合同签订后7日内，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 每次付款前乙方应开具合法有效的增值税发票；因财政资金拨付流程产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同签订后10日内提交项目实施计划，经甲方书面确认后执行，计划调整须经甲方同意。
P:4.3 因甲方原因造成延误的，交付期限相应顺延，双方以书面形式确认。
H:第五条 甲方义务与培训
P:5.1 甲方负责协调政务云资源、各学校网络及水域点位摄像头的接入授权，指定项目联系人配合需求确认和测试。
P:5.2 乙方应为各区县教育局和学校安全管理人员分批开展操作培训，总计不少于20场，并提供培训教材、视频课件和考核记录；对汛期值班人员另行组织一次专项演练培训。
P:5.3 项目实施期间，乙方应每两周提交项目周报，说明进度、风险和需甲方协调的事项；项目经理及技术负责人须与投标文件一致，未经甲方同意不得更换。
H:第六条 验收
P:6.1 初步验收标准：需求规格说明书所列功能全部实现；首批86个点位视频接入率达到98%以上；人员靠近水域的识别告警准确率不低于92%，误报率不高于8%；预警消息从识别到推送至学校负责人的时间不超过30秒；第三方安全测评无高危漏洞。
P:6.2 最终验收标准：连续试运行60日，期间未发生一级故障；汛期演练中预警联动接口全部调通；用户手册、运维手册、源代码及部署文档齐全。
P:6.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护应提前3个工作日通知甲方且安排在非汛期夜间进行。
P:7.2 故障分级响应：一级故障（平台整体不可用或预警推送中断）30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障1个工作日内响应。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减服务费800元；月度可用率每低于承诺值0.01个百分点扣减1,000元，从应付款或履约保证金中扣除。
P:7.4 乙方应每月5日前提交上月运行报告，列明可用率、告警数量、误报分析、故障处理记录和优化建议；汛期（每年5月至9月）乙方应安排专人驻场值守，节假日不得中断值守。
H:第八条 质量保证与后续维护
P:8.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:8.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥55,440），该价格自质保期满之日起三年内不作上调，维护合同逐年另行签订，不自动续期。
H:第九条 知识产权
P:9.1 平台产品的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 乙方为本项目定制开发的程序、接口、驾驶舱及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:9.3 乙方保证交付成果不侵犯任何第三方的知识产权；如因此引起索赔，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十条 数据安全
P:10.1 平台采集的学生信息、视频图像、预警记录及统计数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:10.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对未成年人个人信息实施加密存储、最小权限访问和操作日志审计，运维须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外。
P:10.3 发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:10.4 合同终止或维护服务结束后15日内，乙方应将甲方数据完整移交并删除其持有的全部副本，出具书面删除说明。
H:第十一条 保密
P:双方对履行本合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果不符合验收标准且在30日内整改仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:12.3 甲方未按约定付款的，应按未付金额每日万分之二支付逾期付款违约金，但因财政拨款审批造成的延迟除外。
H:第十三条 分包
P:本项目不允许分包，乙方不得将合同义务全部或部分转包、分包给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:14.2 乙方逾期超过60日的，甲方有权解除合同。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方并提供证明，双方协商延期或变更履行方式。
P:15.2 汛期极端天气不当然构成乙方迟延完成部署的免责理由，乙方应提前安排施工计划。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：某市教育局    乙方（盖章）：江临智感信息技术有限公司
P:签订日期：2027年3月18日
"""

Z02 = """T:注塑及车轮装配产线控制系统改造合同
P:合同编号：BX-SB-2027-026
P:甲方：浙江贝行童车制品有限公司（学步车生产）
P:乙方：宁波启衡工业自动化有限公司
P:甲方一号厂房现有12台注塑机及两条学步车车轮装配线控制系统老化、数据无法采集。经询价比选，甲方委托乙方实施控制系统改造，提供设备、软件及安装调试，并约定质保期满后的维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:（一）注塑工段：更换注塑机联动控制PLC及远程IO，实现取件机械手、模温机与注塑机联锁，采集周期、温度、压力等工艺参数。
P:（二）车轮装配工段：改造车轮压装、轴承压入及万向轮铆接工位的伺服与变频驱动，新增车轮装配视觉检测相机，对漏装、错装、反装进行在线剔除。
P:（三）产线数据采集软件及MES接口：采集注塑及装配数据，与甲方现有MES系统对接，实现按订单追溯到批次和班组。
P:（四）配套工作：电控柜改造、配线、现场安装调试、PLC及HMI程序开发、操作与维护培训。
P:（五）改造完成后，每条装配线的节拍、换型时间及能耗指标应达到技术协议约定值，乙方须提交改造前后对比测试记录。
H:第二条 合同价格
P:合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含税、运输、安装及培训费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|注塑联动控制PLC及远程IO模块|12套|486,000
TB:2|伺服驱动器及变频器（车轮装配线）|2条线|352,000
TB:3|工业触摸屏及工控机|14台|138,000
TB:4|车轮装配视觉检测相机及光源|6套|164,000
TB:5|产线数据采集软件及MES接口软件许可|1套|220,000
TB:|软硬件小计||1,360,000
TB:6|电控柜改造、安装调试及现场施工|1项|168,000
TB:7|PLC/HMI程序开发及配方管理|1项|96,000
TB:8|培训|1项|26,000
TB:|合同总价||1,650,000
H:第三条 付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备到货并完成安装后，甲方支付合同总价的50%。到货签收及安装完成不代表甲方对质量的验收。
P:（三）终验合格后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后支付。
H:第四条 工期与停线安排
P:（一）乙方应于合同生效后75日内完成全部设备到货，并利用甲方安排的两个停线窗口（每次不超过5天）完成切换，切换期间每日影响产能不得超过甲方计划的一半。
P:（二）甲方负责提供施工电源、压缩空气、临时存放场地及停线窗口，并指定设备部负责人协调。
P:（三）乙方应提前10日提交切换方案，经甲方生产部门确认后实施，并准备回退方案；因乙方原因导致切换失败的，乙方承担甲方额外发生的加班及外协费用。
H:第五条 现场施工与培训
P:（一）乙方施工人员进入厂区应遵守甲方安全生产、消防及6S管理制度，动火、登高及带电作业须办理作业票。因乙方人员违章造成的人身伤害、设备损坏由乙方负责。
P:（二）乙方应对甲方设备维修人员进行不少于5天的操作与维护培训，内容包括PLC程序结构、伺服参数设置、视觉检测模板调整、常见报警处理；对班组长进行不少于1天的操作培训。培训结束后乙方出具培训记录，学员经考核能独立处理常见故障。
P:（三）乙方应随设备提供中文说明书、电气图纸、IO点表、程序备份、参数清单和备件清单，并提供首批易损备件（编码器、光电开关、电磁阀等）一套。
H:第六条 验收
P:（一）终验标准：各工位控制功能符合技术协议；注塑机与机械手联锁动作无误；视觉检测抽检漏装、反装样件各200件，应全部检出，正常件误剔每千件不超过8件；产线采集数据与MES记录逐单核对一致；改造后产线节拍达到技术协议值；连续试生产20个工作日无一级故障。
P:（二）终验由甲方生产、设备及质量部门共同进行，以双方签署的终验报告为准。设备投入生产使用不视为验收合格。
H:第七条 质保与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并提供程序修改支持。
P:（二）质保期满后，乙方提供年度维保服务（含备件、定期巡检、程序维护及软件升级），维保费按软硬件小计的28%每年计取，即每年¥380,800，该标准在质保期满后三年内固定不变。维保合同逐年另行签订，不自动续期。
P:（三）维保期间每季度巡检一次，检查电控柜温升、接线端子、伺服参数及程序备份，巡检报告提交甲方设备部；备件更换记录纳入设备档案。
P:（四）质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品，质保期自更换之日起重新计算。
H:第八条 故障响应
P:（一）一级故障（整条产线停机）：1小时内响应，3小时内到场，6小时内恢复生产；二级故障（单工位停机）：2小时内响应，次日内修复；三级故障：3个工作日内处理。
P:（二）乙方响应、到场或恢复超时的，每超时1小时扣减¥1,000，从质量保证金或维保费中扣除。
H:第九条 违约责任
P:（一）乙方逾期完成到货或切换的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）设备或程序不符合技术协议的，乙方应负责更换或整改，费用由乙方承担。
P:（三）视觉检测漏检导致不合格车轮流入成品的，乙方应承担甲方的返工、挑选费用。
P:（四）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十条 数据与网络安全
P:（一）产线工艺参数、配方、生产及质量数据均属于甲方所有，乙方仅为履行本合同使用，不得复制或用于其他客户。
P:（二）乙方接入甲方工控网络须经甲方书面审批，使用甲方提供的专用账户，不得私设远程通道；交付设备应关闭无用端口并更改默认口令。
P:（三）发生数据泄露、病毒感染或非授权访问的，乙方应在2小时内报告甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
H:第十一条 保密
P:乙方对甲方的产品图纸、工艺文件、配方及经营信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
H:第十二条 知识产权
P:乙方为本项目开发的PLC程序、HMI画面、配方管理程序及其源文件归甲方所有，甲方可自行修改和使用；设备内置软件及数据采集软件的知识产权归原权利人，甲方获得永久使用许可，并可在本厂区其他产线上移植使用已交付的程序。乙方保证所交付设备及软件不侵犯第三方权利。
H:第十三条 分包
P:乙方可将电控柜配线、现场安装施工等工作分包给具备相应资质的单位，但应提前5个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十四条 合同解除
P:乙方严重违约且在收到甲方书面通知后15日内未纠正的，或逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，可部分或全部免除责任；不可抗力消除后应继续履行。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交台州仲裁委员会仲裁。
H:第十七条 其他
P:技术协议及设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方：浙江贝行童车制品有限公司（盖章）    乙方：宁波启衡工业自动化有限公司（盖章）
"""

Z03 = """连锁电竞酒店预订及会员管理系统（SaaS）服务合同

合同编号：YX-IT-2027-0112
甲方：广州燃界电竞酒店管理有限公司（旗下35家门店）
乙方：深圳栖云数字科技有限公司

甲方拟为旗下35家电竞酒店统一上线在线预订、机位管理及会员营销系统。乙方以软件即服务（SaaS）方式提供系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店提供电竞酒店预订及会员管理系统的在线使用权，包括：房态与机位管理、线上预订（小程序、OTA渠道直连）、会员等级与储值积分、营销券、前台收银、经营报表。
2. 订阅服务按门店计费，服务期内新增门店按本合同单价按月折算。
（二）实施服务
1. 对接甲方现有门锁系统、公安旅馆业治安管理系统及电竞机位计费系统。
2. 迁移甲方原系统会员数据约46万条，完成门店配置、权限设置和店长培训。
3. 按甲方要求开发门店经营驾驶舱及区域督导报表。
4. 提供标准数据接口，便于甲方财务系统按日获取各门店营业数据。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算，每个服务年度为连续的365日。
（二）服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅费由乙方按其届时公布的标准价格确定，乙方有权上调单价，并于续期前15日通知甲方。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计238,000元，两个服务年度合计476,000元。
（二）实施费：一次性人民币86,000元。
（三）合同总额：人民币562,000元（含税）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后15个工作日内一次性支付。
2. 各服务年度订阅费在该服务年度开始后15个工作日内支付。
3. 乙方应在付款前开具增值税专用发票。
（五）服务期内订阅费单价不作调整，乙方不得以任何名义另行收取本合同约定以外的费用。

四、实施与验收
（一）乙方应在合同签订后45日内完成全部门店的系统上线，其中首批5家试点门店在20日内上线。
（二）验收标准：
1. 需求确认书所列功能全部可用；
2. 会员数据迁移后逐条核对，会员余额、积分与原系统一致；
3. 公安旅馆业治安管理系统上传测试连续7日无漏传；
4. 门锁发卡、机位开通与订单状态联动正常；
5. 高峰时段（每晚20时至次日2时）500个并发预订会话模拟下，预订页面平均响应时间不超过2秒。
（三）甲方在收到验收申请后10个工作日内组织验收，验收合格后签署书面验收报告。系统试运行期间甲方的正常使用不视为验收合格。
（四）验收不合格的，乙方应在7日内整改并重新提交验收；连续两次验收不合格的，甲方有权解除合同并要求退还已付款项。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日6时至9时之间并提前48小时通知。
（二）故障分级：
1. 一级故障（全部门店无法预订或收银）：15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或单一功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（一般使用问题）：1个工作日内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣当月订阅费的2%。抵扣额在下一期订阅费中扣减，合同终止时以现金退还。
（四）乙方每月向甲方提供服务报告，内容包括可用率、故障清单、工单处理情况。
（五）乙方应每日备份甲方数据，每季度进行一次容灾切换演练，并将演练记录提交甲方。

六、双方其他义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供门店资料、房型及机位配置、原系统数据导出文件和接口资料，并组织店长参加培训。
（二）乙方应为每家门店提供不少于2次的线上培训和1次现场上线支持，提供操作手册和培训视频；服务期内提供7×24小时客服热线和在线工单。
（三）乙方对系统进行版本升级时，应提前7日通知甲方，不得减少已约定的功能；如升级影响门店营业，应安排在计划内维护时段进行。
（四）服务期内甲方新开门店的，按每家门店每个服务年度6,800元单价按月折算增加订阅费；门店关闭的，自关闭次月起相应减少。

七、数据权属与安全
（一）甲方及其会员的全部数据，包括住客身份信息、会员资料、消费记录及订单数据，均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志留存等安全措施，住客身份信息应按公安机关要求处理；乙方平台应通过网络安全等级保护第三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失，包括甲方向会员承担的赔偿。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除其保存的数据。
（五）乙方每年应委托第三方开展渗透测试，并向甲方提供测试结论摘要；乙方员工访问甲方生产数据须经甲方授权并留存记录。

八、保密
双方对在合作中获悉的对方商业秘密、会员信息及经营数据承担保密义务，未经对方书面同意不得向任何第三方披露。保密义务在合同终止后三年内持续有效。

九、知识产权
（一）SaaS平台及其底层软件的知识产权归乙方所有。
（二）乙方为甲方开发的门店经营驾驶舱、区域督导报表及接口程序，其知识产权归甲方所有，乙方应交付相关源代码及说明文档，甲方有权自行修改或委托第三方使用。

十、违约责任
（一）乙方未按本合同第四条约定期限完成全部门店上线的，每逾期一日，按合同总额的万分之八向甲方支付违约金。
（二）乙方违反第七条约定的，除承担赔偿责任外，甲方有权解除合同。
（三）乙方累计赔偿责任以合同总额的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（四）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、转包与分包
乙方不得将本合同项下服务转包；如需将部分实施工作分包，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

十二、合同解除
（一）一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
（二）月度可用率连续两个月低于承诺值的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。

十三、不可抗力
因不可抗力导致系统中断的，受影响一方应及时通知对方并采取措施减少损失，不可抗力期间不计入可用率统计，但乙方应在不可抗力消除后尽快恢复服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十五、其他
本合同附件包括：需求确认书、门店清单、服务水平说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州燃界电竞酒店管理有限公司
乙方（盖章）：深圳栖云数字科技有限公司
日期：2027年1月12日
"""

Z04 = """某市红十字会应急救护培训管理系统年度运维服务合同

项目编号：HSZ-CS-2027-007（竞争性磋商）
甲方（采购人）：某市红十字会
乙方（成交供应商）：东湖佑安信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担应急救护培训管理系统（以下简称“系统”）2027年度运维服务。双方经协商一致，签订本合同。

第一条 服务对象与范围
（一）服务对象：系统应用软件（培训计划、学员报名、师资管理、考核发证、证书查询）、配套微信小程序、数据库及中间件、甲方机房内的3台应用服务器及1台数据库服务器。
（二）服务内容：
1. 日常运维：系统巡检、性能监控、日志分析、数据库维护、备份与恢复演练；
2. 应用维护：缺陷修复、配置调整、不涉及新增模块的小型功能优化（全年不超过40人日）；
3. 驻场服务：派驻1名运维工程师在甲方工作日驻场，负责培训班开班前的系统配置、现场技术支持；
4. 安全服务：配合网络安全等级保护测评，完成安全加固和漏洞整改；
5. 重大活动保障：全市“红十字博爱周”、世界急救日集中培训及考核期间的专项保障；
6. 统计支持：按甲方要求每月出具培训人次、取证人数及师资授课情况统计报表，配合上级红十字会数据报送。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，另行履行采购程序。

第三条 服务启动与交接
（一）乙方应在合同签订后10日内完成与上一运维单位的交接，接收系统源代码、部署文档、账号清单和历史工单，清点后与甲方共同签署交接确认单。
（二）乙方应在服务启动后15日内提交年度运维方案，包括巡检计划、备份策略、应急预案和重大活动保障方案，经甲方确认后执行。
（三）交接中发现的历史遗留问题，乙方应列出清单并提出处理建议，由双方商定解决时限。

第四条 甲方义务
（一）甲方为驻场人员提供办公场所、网络及必要的机房出入授权。
（二）甲方指定信息化负责人作为联系人，负责审批运维变更、组织考核并协调各县区红十字会的使用问题。
（三）甲方应及时告知乙方年度培训计划及重大活动安排，以便乙方提前准备。

第五条 合同金额
（一）本合同总金额为人民币叁拾捌万陆仟元整（¥386,000），包含：系统运维214,000元；驻场服务118,000元；等保测评配合及安全加固32,000元；小程序运维22,000元。
（二）上述金额为固定总价，包含人员、差旅、工具及税费，甲方不再另行支付其他费用。

第六条 付款方式
（一）服务费按季度支付，每季度末经甲方季度考核后，甲方在15个工作日内支付当季服务费（合同总金额的四分之一）。
（二）季度考核扣减金额从当季服务费中直接扣除。
（三）本合同不设预付款。

第七条 服务水平
（一）系统月度可用率（不含计划内维护）不低于99.95%。
（二）故障响应：
1. 一级故障（系统整体不可用、考核发证功能中断或数据丢失）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（部分功能不可用）：1小时内响应，1个工作日内解决；
3. 三级故障（一般咨询及使用问题）：2个工作日内解决。
（三）集中培训及考核期间，乙方应安排专人全程值守，故障须随时响应。
（四）乙方每季度至少进行一次备份恢复演练，验证备份数据可用，演练记录作为季度考核材料。
（五）服务考核与扣减：月度可用率每低于承诺值0.01个百分点，扣减当季服务费500元；一级故障响应或恢复超时的，每超时1小时扣减800元；季度考核得分低于80分的，另扣当季服务费的5%。

第八条 考核与验收
（一）甲方每季度按磋商文件所附考核表对乙方进行考核，考核内容包括：故障响应与处理时效、巡检报告完整性、备份恢复演练结果、驻场人员出勤、用户满意度。
（二）年度验收标准：全年系统月度可用率均达到承诺值；每月巡检报告和每季度备份恢复演练记录齐全；等保测评中发现的中高风险问题全部整改完毕；运维文档、配置清单及脚本已移交甲方。甲方在服务期满后15个工作日内组织年度验收，并出具书面验收意见。
（三）年度验收不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方有权扣减第四季度服务费的10%。

第九条 数据安全责任
（一）系统中学员身份信息、培训考核记录、证书数据等全部数据归甲方所有，乙方仅为履行运维服务接触和处理，不得用于其他目的。
（二）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作一律通过甲方堡垒机进行，严禁将数据拷贝至甲方网络以外，严禁使用个人设备存储数据；涉及数据修改的操作须经甲方书面审批。
（三）乙方应每日进行数据库备份，备份介质由甲方保管；因乙方原因导致数据丢失、被篡改或泄露的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此产生的全部赔偿责任和行政责任。

第十条 人员管理
（一）乙方驻场及远程运维人员名单须报甲方备案，人员变更须提前10日通知甲方并经甲方同意。
（二）乙方驻场工程师应具备数据库及Linux系统运维经验并持有相应认证，熟悉应急救护培训业务流程。
（三）乙方人员应遵守甲方的机房管理和工作制度；甲方有权要求更换不称职人员，乙方应在7日内更换。
（四）乙方每月5日前提交上月运维报告，内容包括巡检结果、故障及工单统计、容量与性能趋势、安全事件和改进建议；年度结束前提交年度运维总结。

第十一条 知识产权
系统应用软件的著作权归甲方所有。乙方在运维期间形成的补丁程序、运维脚本、配置文档及其他工作成果，归甲方所有，乙方应随时向甲方移交。

第十二条 违约责任
（一）乙方未按约定时间完成服务启动、季度巡检、等保整改或重大活动保障准备的，每逾期一日，按合同总金额的万分之三向甲方支付违约金。
（二）驻场人员未经甲方同意缺勤的，每人日扣减服务费600元。
（三）乙方违反第九条约定的，甲方有权要求乙方赔偿全部损失。
（四）甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。

第十三条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十四条 合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）连续两个季度考核得分低于70分的，甲方有权解除合同。
（三）合同解除的，乙方应在5个工作日内完成工作交接，移交全部运维资料；甲方按已完成服务的实际月数结算服务费。

第十五条 不可抗力
因自然灾害、公共卫生事件等不可抗力不能按期履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行；不可抗力期间的系统中断不计入可用率考核。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、乙方响应文件、成交通知书及考核表为本合同组成部分。
（二）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：某市红十字会        乙方（盖章）：东湖佑安信息技术有限公司
签订日期：2026年12月20日
"""

Z05 = """# 软件许可及定制开发合同（标准文本）

> 拓维匠心软件标准合同范本 TW-LIC-V3.0　本范本由乙方提供，甲方可在空白处填写

**合同编号**：TW-2027-0407

**甲方（买方）**：义乌彩趣手工材料厂（橡皮泥、彩泥生产作坊）

**乙方（卖方）**：金华拓维匠心软件有限公司

甲方因橡皮泥、彩泥配料、混炼和灌装环节的批次追溯管理需要，向乙方采购“匠心生产追溯系统”软件许可及定制开发服务。双方同意按以下条款签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠心生产追溯系统”标准版软件许可一套（含配料管理、混炼记录、灌装批次、标签打印、出入库模块），许可用户数为20个。

1.2 乙方根据甲方需求进行定制开发：色号配方库、电子秤及扫码枪数据对接、混炼机温度与时长自动采集、按色号和批次的追溯查询、质检（重金属及可迁移元素抽检）记录模块。

1.3 乙方负责软件安装部署、基础数据导入和操作培训。

1.4 软件许可为永久许可，仅限甲方在其注册地址的生产场所内使用，不得转让、出租或再许可。增加用户数或安装点的，按乙方报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠心生产追溯系统软件许可（标准版，20用户） | 168,000 |
| 2 | 定制开发（配方库、设备对接、追溯查询、质检模块） | 124,000 |
| 3 | 安装部署及培训 | 28,000 |
| | 合计 | 320,000 |

合同总价为人民币叁拾贰万元整（¥320,000），含税。上述价格不含服务器、电子秤、扫码枪、标签打印机等硬件及第三方数据库软件费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币208,000元，乙方收到款项后启动项目。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的35%，即人民币112,000元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面提出。

## 第四条 交付与上线

4.1 乙方在收到首笔款项且甲方完成基础数据整理后60日内完成标准模块部署和定制开发，并安装上线。

4.2 甲方应提供符合乙方要求的服务器、网络、电子秤及扫码设备，并配合完成配方及物料基础数据整理。因甲方未及时提供条件导致的延误，交付期限相应顺延。

4.3 系统运行环境：服务器不低于8核CPU、32GB内存、1TB硬盘，操作系统为64位Windows Server或主流Linux版本，车间网络应覆盖配料间、混炼间及灌装线。甲方自备设备不符合要求导致的问题，由甲方自行负责。

## 第五条 培训与资料

5.1 乙方为甲方提供两次现场培训，每次不超过1天，对象为甲方仓管、配料、灌装班组及质检人员，内容包括系统操作、标签打印、追溯查询及常见问题处理。

5.2 乙方向甲方提供电子版用户操作手册。源代码、数据库设计文档不属于交付范围。

5.3 甲方在上线后提出的需求变更或新增功能，乙方按每人日1,800元另行报价，经甲方确认后实施。

## 第六条 验收

6.1 系统安装上线后，即视为甲方验收合格。

6.2 甲方在上线后发现的问题，可通过乙方客服系统提交，乙方在后续版本中统一处理。

## 第七条 免费维护与后续服务

7.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 免费维护期满后，甲方如需继续获得技术支持、版本升级和远程维护，应与乙方签订年度服务协议，服务费按乙方当年公布的价格标准执行。未签订服务协议的，乙方不再提供任何支持，甲方需要上门服务的，按次另行收费。

7.3 免费维护期内因甲方操作不当、擅自更改配置、硬件故障或病毒造成的问题，不属于免费维护范围。

## 第八条 技术支持

8.1 乙方在工作日（周一至周五9:00—18:00）通过电话、远程方式提供技术支持。

8.2 故障响应：一级故障（系统无法使用或无法打印批次标签）8小时内响应；二级故障2个工作日内响应；其他问题在5个工作日内答复。

8.3 乙方将尽力在合理时间内排除故障，但不对故障修复时间作出承诺，亦不承担因系统故障造成的停工、返工等损失。

8.4 甲方报障应通过乙方客服热线或工单系统进行，并提供故障截图、发生时间和操作步骤，未按规定渠道报障的，响应时间自乙方实际知悉时起算。

## 第九条 知识产权

9.1 “匠心生产追溯系统”及其全部模块的知识产权归乙方所有。

9.2 乙方为甲方定制开发的配方库、设备对接程序、追溯查询及质检模块等成果，其著作权及其他知识产权均归乙方所有。甲方在许可期限内享有非独占的使用权，不得修改、反编译，不得向任何第三方提供。

9.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。

## 第十条 数据

10.1 甲方录入系统的配方、物料、批次、客户及质检数据由甲方负责其真实性和合法性。

10.2 甲方同意乙方可对上述数据进行脱敏处理后，用于产品改进、行业配方分析和市场研究，并可在乙方产品中使用由此形成的统计结果。

10.3 乙方对其远程维护过程中接触的甲方数据采取访问控制、传输加密和操作记录等安全措施，远程登录须事先获得甲方同意；如因乙方原因造成甲方数据泄露或丢失，乙方应及时通知甲方，采取补救措施并承担相应赔偿责任。

10.4 合同终止后，甲方可在30日内自行导出业务数据；乙方提供数据迁移或格式转换服务的，按人日另行收费。

## 第十一条 保密

双方对本合同内容及履约过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律要求披露的除外。保密期限为合同终止后两年。乙方可在其客户案例及宣传材料中使用甲方名称。

## 第十二条 违约责任

12.1 乙方未按第四条约定时间上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

12.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十三条 合同解除

13.1 一方严重违反本合同，经守约方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。

13.2 因甲方原因解除合同的，已付款项不予退还。

13.3 合同解除后，甲方应停止使用定制开发成果，并删除相关程序。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、电力中断或第三方设备故障导致合同不能履行或延迟履行的，乙方不承担责任。不可抗力持续超过60日的，双方可协商解除合同。

## 第十五条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：义乌彩趣手工材料厂　　　　乙方（盖章）：金华拓维匠心软件有限公司

日期：2027年4月7日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NFS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between Hangzhou Yunti Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang (the "Buyer"), and Northern Frontier Software Company, a limited liability company registered in Arar, Northern Borders Province, Kingdom of Saudi Arabia (the "Vendor").
P:The Buyer maintains more than nine thousand passenger and freight elevators in Zhejiang and wishes to replace its paper-based work orders with a field service management system. The Vendor publishes such a system under the name FieldLine and has agreed to license it to the Buyer and to configure, integrate and roll it out. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FieldLine server and mobile application software in the version current at signature, including the scheduling, work order, spare parts, inspection checklist and reporting modules, together with the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, data mappings, scripts and documents that the Vendor prepares specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's use, including elevator records, maintenance logs, technician locations, customer contacts and photographs.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers in mainland China for up to 400 named technician users and 60 office users, for the Buyer's and its subsidiaries' internal business.
P:2.2 The Vendor shall configure the Software to the Buyer's approved requirements, integrate it with the Buyer's ERP, the provincial elevator safety supervision platform and the Buyer's customer call centre, migrate the historical records described in the statement of work, and train the Buyer's staff.
P:2.3 The Vendor shall perform the services remotely and, for the go-live and training periods, through personnel travelling to Hangzhou at its own cost.
P:2.4 Each party shall appoint a project manager. The project managers shall meet online every week, keep a shared log of open issues and decisions, and escalate any issue that threatens the project plan to the parties' sponsors within three working days. The Buyer shall provide timely access to its ERP and call-centre specialists, test data and a test environment, and the Vendor shall tell the Buyer in writing as soon as it becomes aware that any Buyer input is late or incomplete.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,486,000, inclusive of applicable taxes and all travel and expenses, made up as follows: perpetual Software licence fee CNY 820,000; configuration and integration services CNY 418,000; data migration CNY 156,000; training CNY 92,000.
P:3.2 The Contract Price is fixed. No additional charge applies for the scope described in Article 2 and the statement of work.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software has been installed, the interfaces have passed integration testing and the system has gone live at all branch offices.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and integration within 100 days and reach go-live within 130 days after signature, according to the project plan agreed in the first two weeks.
P:5.2 Final Acceptance takes place after a trial operation of 45 days following go-live. The acceptance criteria are: (a) every function in the approved requirements works as specified; (b) work orders are dispatched to mobile devices within 10 seconds; (c) migrated records reconcile with the source data on a full count and on a sample of 500 records checked field by field; (d) the interfaces with the ERP, the supervision platform and the call centre have run without data loss throughout the trial; (e) no Severity 1 defect is open; and (f) the user, administrator and interface documentation has been delivered.
P:5.3 The Buyer shall test and either issue the acceptance certificate or list the failures within 10 working days after the Vendor's request. The Vendor shall correct any failure and repeat the test. Go-live, use of the Software or payment does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months from Final Acceptance. During this period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:6.2 Service levels during the warranty period: a Severity 1 incident (the system is unavailable or technicians cannot receive work orders) receives a response within 1 hour and a workaround within 8 hours; Severity 2 incidents receive a response within 2 hours; Severity 3 requests are answered within two working days. Support is available every day of the year for Severity 1 incidents.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, it shall credit the Buyer CNY 1,000, deducted from the next payment due or paid on demand.
H:Article 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering defect correction, updates and the service levels in Article 6.2.
P:7.2 The annual support fee is 11% of the licence fee in Article 3.1, that is CNY 90,200 per year, and is fixed for the first three support years. Each support year is ordered separately; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and the Buyer may use, modify and license them to third parties without restriction.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process it only to perform this Agreement and on the Buyer's instructions.
P:9.2 Buyer Data remains on the Buyer's servers in mainland China. The Vendor shall access it only through the Buyer's VPN with multi-factor authentication and a separate approval for each session, shall not copy it outside the Buyer's systems, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected security incident affecting Buyer Data, take immediate remedial measures, cooperate with any regulator and bear the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives for three years after the end of the Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to reach go-live by the date in Article 5.1 for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 9 or 10, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Buyer may also terminate if the delay under Article 11.1 exceeds 60 days. On termination by the Buyer the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Saudi Arabia.
P:14.2 Any dispute shall first be discussed between senior managers of both parties. A dispute not resolved within 30 days shall be finally settled by arbitration under the rules of the Saudi Center for Commercial Arbitration, seated in Riyadh, in the English language.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 Amendments must be in writing and signed by both parties. The statement of work and the approved requirements form part of this Agreement.
P:15.3 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms: SunLedger Performance Analytics

**Order Form No.** SL-OF-2027-0093

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Al-Jouf Solar Analytics Company, a limited liability company registered in Sakaka, Al-Jouf Region, Kingdom of Saudi Arabia, acting for this order through its data centre partner in Shanghai.
- **Customer:** Changzhou Guangyao Distributed Energy Co., Ltd., a company incorporated in the People's Republic of China, which owns and operates rooftop photovoltaic plants on industrial buildings in Jiangsu and Zhejiang.

### A2. Subscribed Service

SunLedger, the Provider's hosted photovoltaic performance analytics service, for 1,180 inverters across 214 rooftop plants, comprising: real-time monitoring, string-level fault detection, energy yield and performance ratio reporting, soiling and shading analysis, alarm routing to field teams, and monthly owner reports. Onboarding covers connection of the Customer's data loggers, import of plant master data and three years of historical generation data, two custom dashboards for the Customer's asset management team, a connector to the Customer's work order system, and training.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Part B Section 3. The subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| SunLedger subscription, Subscription Year 1 | 1,180 inverters, fixed | 214,000 |
| SunLedger subscription, Subscription Year 2 | 1,180 inverters, fixed | 214,000 |
| Onboarding (one-time) | fixed price | 64,000 |
| **Total Fees** | | **492,000** |

Additional inverters added during the Subscription Term are charged at CNY 181 per inverter per Subscription Year, pro rata. All fees include VAT.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears, in eight equal instalments of CNY 53,500. The Customer pays each undisputed invoice within 30 days of receipt. No amount is payable before Go-Live Acceptance.

### A6. Key Dates and Contacts

Target date for Go-Live: 75 days after signature of this Order Form. Provider contact: customer success manager for the China region. Customer contact: head of asset management. Notices under this Order Form are sent by email and confirmed by courier.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B: GENERAL TERMS

### 1. Definitions and Order of Precedence

1.1 "Service" means the subscribed service described in A2. "Customer Data" means all data supplied by the Customer or collected from the Customer's plants and devices through the Service, including generation data, alarm records, plant locations and personnel contact details. "Custom Work" means the custom dashboards, the work order connector and any other configuration made specifically for the Customer.

1.2 These General Terms apply to the Order Form in Part A. If they conflict, Part A prevails.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the documentation and the service levels in Section 5, host it in data centres located in mainland China, and keep the functionality described in A2 available throughout the Subscription Term.

2.2 The Provider may update the Service from time to time, provided that an update does not materially reduce its functionality or security. The Provider shall announce major updates at least 14 days in advance.

2.3 The Customer is responsible for the network connection of its data loggers and for giving the Provider access to the loggers' data export interfaces.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall carry out onboarding according to a plan agreed within ten days after signature and shall use reasonable efforts to achieve Go-Live by the target date in A6. The Provider shall report progress every week and shall warn the Customer promptly of any expected slippage.

3.2 When onboarding is complete, the Provider shall request Go-Live Acceptance. The acceptance criteria are: (a) all 1,180 inverters report to the Service, with data gaps below 0.5% over a 14-day test period; (b) energy yield for each plant reconciles with the revenue meter readings within 2% for the test period; (c) historical data has been imported and spot-checked for 20 plants; (d) alarms reach the work order system within 5 minutes; (e) both custom dashboards are approved by the Customer; and (f) training has been delivered.

3.3 The Customer shall confirm acceptance or list the failed criteria within ten working days. The Provider shall correct the failures and request acceptance again. Use of the Service during the test period is not acceptance.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider processes it to provide the Service.

4.2 The Customer grants the Provider a perpetual, worldwide, royalty-free licence to use Customer Data in aggregated and anonymised form, combined with data from other customers, to build and publish regional performance benchmarks, to train and improve the Provider's fault detection models and to develop new products. Data so used does not identify the Customer or any of its plants by name.

4.3 At the end of the Subscription Term the Provider shall make Customer Data available for export in CSV format for 60 days and then delete it, except for the aggregated and anonymised data referred to in 4.2.

### 5. Service Levels

5.1 The Service will be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

5.2 Incident response: Priority 1 (Service unavailable or no data received from more than a fifth of inverters): response within 30 minutes, at any time; Priority 2 (a module unavailable or degraded): response within 2 hours during business hours; Priority 3: next business day.

5.3 Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly fee. A missed Priority 1 response earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

### 6. Security

6.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of administrative access, daily backups kept for 30 days, and annual third-party penetration testing. The Service's hosting platform holds an MLPS level-3 filing.

6.2 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, investigate it, take remedial action and provide a written report. The Provider is liable for losses caused by its failure to comply with this Section.

6.3 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside mainland China.

### 7. Intellectual Property

7.1 The Provider owns the Service and all its underlying software, models and documentation.

7.2 The Custom Work belongs to the Customer. The Provider shall deliver the dashboard definitions and the source code of the work order connector, and the Customer may use, modify and license them freely.

### 8. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under this Order Form, use it only for the purposes of this Order Form and not disclose it to third parties without prior written consent. This obligation continues for three years after the Subscription Term.

### 9. Liability

9.1 The total aggregate liability of each party under this Order Form shall not exceed 150% of the Total Fees.

9.2 The limit in 9.1 does not apply to breach of Section 6 or Section 8, to infringement of intellectual property, or to wilful misconduct.

9.3 Neither party is liable for indirect or consequential losses, except as stated in 9.2.

### 10. Subcontracting

The Provider shall not subcontract any part of the Service or the onboarding without the Customer's prior written consent. The Provider remains responsible for its approved subcontractors, including its Shanghai hosting partner named in the security annex.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 The Customer may also terminate if Go-Live Acceptance has not been achieved within 60 days after the target date. In that case the Customer owes nothing for onboarding.

11.3 On termination the Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control. A party so affected shall notify the other promptly and resume performance as soon as possible.

13.3 This Order Form, including these General Terms and the security annex, is the entire agreement between the parties about the Service. Changes must be in writing and signed by both parties.
"""

E03 = """T:Supply and Licence Contract: Cold-Chain Temperature Monitoring System
P:Contract No. KY-PUR-2027-0216
P:Buyer: Chengdu Kangyuan Pharmaceutical Distribution Co., Ltd., Shuangliu District, Chengdu, People's Republic of China.
P:Supplier: Qatif Instruments and Telemetry Company, Qatif, Eastern Province, Kingdom of Saudi Arabia.
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates three GSP-certified warehouses and a fleet of refrigerated vehicles and is buying a wireless temperature and humidity monitoring system for its cold rooms, refrigerators and vehicles.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software licensed under clause 3, including the alarm engine, the reporting module and the mobile application.
P:1.3 "Deliverables" means the Equipment, the Software, the site-specific configuration, alarm rules, mapping reports, validation documents and interface programs supplied under this Contract.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, location and user data recorded by the system.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the system at the Buyer's three warehouses and on 42 vehicles, integrate it with the Buyer's warehouse management system, support the Buyer's GSP validation and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,300,000, including VAT, delivery to site, duties, installation and all travel. It is a fixed price, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated, with certificates|420|1,150|483,000
TB:2|Gateways with 4G backup and battery|36|6,800|244,800
TB:3|ColdWatch monitoring software, perpetual licence, unlimited sensors on the Buyer's sites|1|368,000|368,000
TB:|Equipment and Licence Subtotal|||1,095,800
TB:4|Installation, calibration and commissioning|1 lot||126,400
TB:5|Temperature mapping and GSP validation support|1 lot||58,600
TB:6|Training|1 lot||19,200
TB:|Contract Price|||1,300,000
H:3. Licence and Intellectual Property
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software for its business, on any number of servers and devices it controls.
P:3.2 The site-specific configuration, alarm rules, report templates, mapping and validation documents and the warehouse management system interface, with its source code, belong to the Buyer, which may use, modify and license them freely.
P:3.3 The Supplier warrants that the Deliverables do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance under clause 6.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment within 50 days and complete installation within 80 days after signature.
P:5.2 Installation in the warehouses shall take place without interrupting cold-chain operations. The Supplier shall agree a schedule with each warehouse manager, follow the Buyer's site safety and hygiene rules, keep products in their temperature zones at all times and restore any surface or fitting it disturbs. Vehicle installation takes place at the Buyer's depot on dates the Buyer assigns.
P:5.3 The Supplier shall deliver with the Equipment the calibration certificates of every sensor traceable to a national metrology institute, the user and administrator manuals in Chinese and English, the network and wiring drawings, and a spare-parts kit of 20 sensors and two gateways.
P:5.4 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment.
H:6. Acceptance
P:6.1 Final Acceptance follows a trial operation of 30 days after installation. The acceptance criteria are: (a) every sensor reports at the configured interval and no sensor misses more than two consecutive readings during the trial; (b) each sensor reads within ±0.3 °C of a reference thermometer in a three-point check; (c) an excursion alarm reaches the responsible staff by SMS and app within 60 seconds; (d) the temperature mapping of each cold room is completed and approved by the Buyer's quality department; (e) the validation documents (IQ, OQ, PQ) are approved; and (f) records cannot be altered and the audit trail complies with GSP.
P:6.2 Acceptance is confirmed only by the Buyer's signed acceptance certificate. Installation, use of the system or any payment does not mean acceptance.
P:6.3 If any criterion is not met, the Supplier shall correct the cause within ten days and the affected part of the trial operation starts again. If the system fails acceptance a second time, the Buyer may reject the affected Deliverables and claim a refund of the amounts paid for them, or accept them at a reduced price agreed between the parties.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, provide one annual recalibration of all sensors with certificates, correct software defects and supply software updates, all free of charge.
P:7.2 Service levels during the warranty period:
TB:Severity|Example|Response|Restoration
TB:Severity 1|monitoring of a cold room or vehicle lost, or alarms not delivered|30 minutes|8 hours
TB:Severity 2|single sensor or gateway failure|2 hours|2 working days
TB:Severity 3|questions, reports, minor defects|1 working day|10 working days
P:7.3 The monitoring server and alarm service shall be available at least 99.95% of each month. For each hour by which the Supplier exceeds a Severity 1 response or restoration time the Supplier shall pay the Buyer CNY 1,200, and for each started 0.01 percentage point of availability shortfall CNY 800.
P:7.4 After the warranty period, the Buyer may order annual support covering the services of 7.1 and 7.2. The annual support fee shall not exceed 7.5% of the Equipment and Licence Subtotal, that is CNY 82,185, and this price is fixed for two support years. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts and replacement sensors of the same or a compatible type available for at least seven years after Final Acceptance and shall give the Buyer six months' notice before any model is discontinued, together with a migration offer.
H:8. Training and Buyer Responsibilities
P:8.1 The Supplier shall train the Buyer's quality staff, warehouse supervisors, drivers and IT administrators in separate sessions at each warehouse, covering daily monitoring, alarm handling, report review, sensor replacement, recalibration planning and server administration. Training materials become the Buyer's property.
P:8.2 The Buyer shall provide server capacity in its Chengdu data room, network access points, power outlets near each gateway location, and access to its warehouse management system test environment. The Buyer shall nominate one coordinator for each warehouse.
H:9. Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process it only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Software is installed on the Buyer's servers in Chengdu. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is logged. The gateways transmit data encrypted. The Supplier shall not copy Buyer Data to its own systems.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 2 hours, take remedial action, and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:The Supplier shall keep confidential all information about the Buyer's warehouses, customers, products and security arrangements, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the Contract for three years.
H:11. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clause 9 or 10.
H:12. Subcontracting
P:The Supplier may subcontract installation work only with the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:13.2 On termination under 13.1 the Supplier shall refund all payments for Deliverables not accepted and take back the Equipment at its cost.
P:13.3 Termination does not affect the Buyer's licence to the Software already paid for, the Buyer's ownership of the Deliverables under clause 3.2, or the clauses which by their nature survive termination.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided it gives prompt notice and takes reasonable steps to limit the effect.
P:15.2 Annexes: technical specification, site list, validation plan. This Contract is signed in two originals in English.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Service Desk and End-User Support Agreement

**Agreement No.** TTS-HJ-2027-03

**Between**

- **Wuhan Hengjian Engineering Design Institute Co., Ltd.**, a company incorporated in the People's Republic of China, Wuchang District, Wuhan ("Customer"); and
- **Taif Technology Services Company**, a limited liability company registered in Taif, Makkah Province, Kingdom of Saudi Arabia ("Provider"), which performs the on-site services through its service partner office in Wuhan.

**Background.** Customer has about 1,600 employees in its Wuhan headquarters and six regional design offices. It wishes to outsource its IT service desk, desktop and laptop support, printer and meeting-room support, and software packaging to Provider for a fixed monthly charge. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the measures and targets set out in Schedule 2, and "Service Credits" means the amounts calculated under Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Provider takes over full responsibility for the Services after the transition described in Section 3.

1.5 "Customer Data" means any data of Customer, its employees or its clients that Provider accesses in performing the Services, including user account details, tickets, design files on devices and e-mail.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing, with charges negotiated at that time.

## Section 3. Transition

3.1 Provider shall complete the transition of the Services from Customer's internal team within 60 days after signature. Transition includes knowledge transfer, the set-up of the service desk telephone line, e-mail and portal, import of the asset inventory into Provider's ticketing tool, documentation of standard operating procedures, and a two-week parallel run.

3.2 The transition is accepted when (a) all 1,600 users can log tickets through the telephone line, e-mail and portal; (b) the asset inventory has been reconciled with a physical count in each office; (c) the standard operating procedures for the top 50 request types have been approved by Customer; and (d) the parallel run has closed with no Priority 1 ticket outstanding. Customer confirms acceptance in writing and the Service Commencement Date is the day after that confirmation.

3.3 If the Service Commencement Date falls later than 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 60,000 in total.

## Section 4. Provision of the Services

4.1 Provider shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall staff the service desk with Mandarin-speaking analysts and keep at least three field engineers on Customer's premises in Wuhan during business hours. Regional offices are supported remotely and by visits as set out in Schedule 1.

4.3 Provider shall deliver a monthly service report with Service Level results, ticket volumes, recurring problems and improvement actions, and attend a monthly service review with Customer's IT manager.

4.4 Customer shall provide desk space, network access, administrator accounts necessary for the Services, and timely approvals for changes.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3. The monthly charge is fixed for the Service Term and covers up to 1,800 supported users; each additional user is charged as stated in Schedule 3.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears. Customer pays undisputed invoices within 30 days of receipt. No amount is due before the Service Commencement Date.

5.3 Service Credits are deducted from the invoice for the month following the month in which they arise.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer, or delete it at Customer's request, at the end of the Service Term.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including Customer's project designs, drawings, client lists and commercial terms, and shall use it only for the purposes of this Agreement.

7.2 Confidential information may be disclosed only to employees and subcontractors who need to know it and are bound by equivalent obligations, or as required by law. This obligation continues for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider retains ownership of its ticketing tool, methods and know-how.

8.2 The standard operating procedures, knowledge articles, software packages and scripts that Provider prepares specifically for Customer belong to Customer. Customer may use, modify and hand them to any other supplier without restriction.

## Section 9. Liability

9.1 Provider's total liability arising out of or in connection with this Agreement in any contract year shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of data or any indirect loss.

## Section 10. Remedies and Termination

10.1 Service Credits are Customer's sole and exclusive remedy for any failure to meet the Service Levels.

10.2 Provider may suspend the Services or terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

10.3 Either party may terminate this Agreement with immediate effect if the other party becomes insolvent, enters into liquidation or ceases to carry on business.

10.4 On expiry or termination, Provider shall provide reasonable assistance for up to 30 days to transfer the Services to Customer or a new provider, at the rates in Schedule 3.

## Section 11. Subcontracting and Personnel

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, except to its Wuhan service partner named in Schedule 1, which Customer approves by signing this Agreement.

11.2 Provider shall replace any on-site engineer whom Customer reasonably objects to within ten working days.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be resolved by the parties' managers within 30 days shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 13. General

13.1 Neither party is liable for any delay caused by force majeure, provided it notifies the other party promptly.

13.2 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1. Services

| Service | Description | Hours and location |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail and portal; logging, triage, first-line resolution, password resets | Monday to Saturday, 07:30 to 21:00; Priority 1 telephone line at all times |
| Desktop and laptop support | Break-fix, imaging, hardware swaps under manufacturer warranty, peripheral support | On site in Wuhan headquarters during business hours |
| Regional office support | Remote support; scheduled visit to each regional office once a month; urgent visits within two business days | Six regional offices |
| Meeting rooms and printers | Video-conference room checks before board meetings, printer fleet first-line support | Headquarters and regional offices |
| Software packaging | Packaging and deployment of standard design software and updates, licence usage reports | As scheduled with Customer |
| Asset management | Keeping the asset inventory up to date, joiner and leaver equipment handling | Continuous |

## Schedule 2. Service Levels and Service Credits

| Measure | Target | Service Credit if missed |
|---|---|---|
| Priority 1 (a whole office, or all users of a core design application, cannot work): response | 15 minutes | CNY 1,500 per incident |
| Priority 1: resolution or workaround | 6 hours | CNY 800 per hour beyond target |
| Priority 2 (a group of users or a key individual affected): response | 1 hour | CNY 500 per incident |
| Priority 3 (single user, workaround available): resolution | 2 business days | Counted in the monthly resolution rate |
| Calls answered within 30 seconds | 90% of calls per month | 2% of the monthly charge |
| First-contact resolution at the service desk | 70% of tickets per month | 2% of the monthly charge |
| User satisfaction survey | average score of 4.3 out of 5 | 1% of the monthly charge |

Service Credits in any month shall not exceed 10% of the monthly charge for that month.

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 96,000 |
| Monthly service charge | 36 months at CNY 58,000 | 2,088,000 |
| **Total Charges for the Service Term** | | **2,184,000** |
| Additional supported user above 1,800 | per user per month | 36 |
| Exit assistance under Section 10.4 | per engineer day | 2,200 |

All Charges include VAT and travel within Hubei Province.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No.: GMD-SUB-2027-118
Date: 9 February 2027

PARTIES

Gulf Maritime Data Company, a limited liability company registered in Al Khobar, Eastern Province, Kingdom of Saudi Arabia ("Provider").

Ningbo Haixun Commodity Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo ("Customer").

BACKGROUND

Customer charters vessels and arranges ocean freight for bulk commodity cargoes. It wishes to receive vessel position, voyage, port call and port congestion data through an application programming interface and to integrate that data into its chartering and freight operations systems. Provider operates a global network of terrestrial and satellite receivers and a data platform and offers such data on subscription. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's vessel tracking and port call application programming interface, with the endpoints and data fields described in the data specification attached as Annex 1.

1.2 "Licensed Data" means the data delivered to Customer through the API under this Agreement.

1.3 "Subscription Year" means each successive period of 365 days, the first starting on the date of Integration Acceptance under clause 4.

1.4 "Connector" means the software module that Provider develops for Customer to load Licensed Data into Customer's chartering and freight operations systems, including its source code and documentation.

1.5 "Customer Data" means any data Customer provides to Provider or that the API receives from Customer, including vessel watchlists, cargo and voyage references, user details and query logs.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Licensed Data for its own business, including chartering decisions, customer reporting and freight invoicing, and to share extracts of Licensed Data with its own customers and agents in the normal course of business.

2.2 The subscription covers up to 150 named users, a watchlist of up to 3,000 vessels with position updates at least every ten minutes where coverage permits, global port call records, port congestion indicators for 260 ports and ten years of historical voyage data.

2.3 The included volume is 6,000,000 API calls per month. Calls above that volume are charged at CNY 25 for each further block of 10,000 calls.

2.4 Customer shall not resell the Licensed Data as a data product, use it to build a competing vessel tracking service, or make the API credentials available to anyone other than its named users. Customer may keep Licensed Data received during the Subscription Term in its own systems and reports.

3. TERM

3.1 The Subscription Term consists of two Subscription Years.

3.2 The Agreement ends at the end of the second Subscription Year. It may be renewed only by a written agreement signed by both parties, on terms agreed at that time.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 45 days after signature, Provider shall provide production API credentials, deliver and install the Connector in Customer's test and production environments, load the historical voyage data Customer selects, and train Customer's users and developers.

4.2 Integration Acceptance requires that (a) every endpoint in Annex 1 returns the specified fields for a test set of 200 vessels chosen by Customer; (b) the Connector loads positions, port calls and congestion indicators into Customer's systems without manual steps and reconciles with the API record counts for seven consecutive days; (c) the median response time of the position endpoint measured over those seven days is below 800 milliseconds; and (d) user and developer documentation has been delivered.

4.3 Customer shall confirm Integration Acceptance in writing or list the failed items within ten working days after Provider's notice of completion. Provider shall remedy failed items and give notice again.

4.4 If Integration Acceptance is delayed beyond 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

5. FEES AND PAYMENT

5.1 The fees are:
   (a) subscription fee for Subscription Year 1: CNY 336,000;
   (b) subscription fee for Subscription Year 2: CNY 336,000;
   (c) onboarding and Connector development, one-time: CNY 48,000.
   The total fees for the Subscription Term are CNY 720,000, including VAT. Usage charges under clause 2.3 are additional.

5.2 The onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 84,000, at the start of each quarter of that Subscription Year. Usage charges are invoiced monthly in arrears.

5.3 Customer shall pay each undisputed invoice within 30 days after receipt. The subscription fees are fixed for the Subscription Term.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the Licensed Data with the update frequency described in Annex 1, subject to the coverage of its receiver network, satellite availability and the accuracy of data broadcast by vessels.

6.2 Provider offers support by e-mail and through its customer portal during its business hours and will respond to support requests as soon as reasonably practicable. Provider may carry out maintenance of the API and will try to announce planned maintenance in advance on its portal.

6.3 The Licensed Data is provided as received from vessels, ports and other sources. Provider does not guarantee that the Licensed Data is complete or free of errors, but shall correct errors in its own processing that Customer reports.

6.4 Provider may update the API and the data fields, provided that it keeps each published API version available for at least nine months after announcing its replacement and that the update does not remove data fields that Customer uses under Annex 1.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the services under this Agreement and shall not disclose it to any third party or use it to profile Customer's trading activity.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication for administrative access and retention of access logs for one year. Customer's watchlists and query logs shall not be visible to other customers of Provider.

7.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, take remedial measures, provide a written incident report, and bear the losses caused by its failure to comply with this clause.

7.4 At the end of the Subscription Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors retain all rights in the API and the Licensed Data, subject to the rights granted in clause 2.

8.2 The Connector belongs to Customer. Provider shall deliver its source code at Integration Acceptance and Customer may use, modify and license it freely, including by engaging another developer to maintain it.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including the terms of this Agreement, and shall use it only to perform or exercise rights under this Agreement.

9.2 This obligation does not apply to information that is or becomes public without breach, or that must be disclosed by law, and it continues for three years after the end of this Agreement.

10. LIABILITY

10.1 Each party's total liability arising under or in connection with this Agreement shall not exceed the fees paid and payable by Customer in the six months preceding the event giving rise to the claim.

10.2 The limit in clause 10.1 does not apply to breach of clause 7 or 9, infringement of intellectual property rights, or wilful misconduct.

10.3 Neither party is liable for loss of profit or any indirect or consequential loss.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the development of the Connector or any support service without Customer's prior written consent, and remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fees already paid for the period after termination.

12.3 On termination Customer's right to access the API ends, but Customer may keep and continue to use Licensed Data received before termination for its internal records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement that is not resolved by negotiation within 30 days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control.

14.2 This Agreement, with Annex 1 (data specification) and Annex 2 (onboarding plan), is the entire agreement between the parties. Changes must be in writing and signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "h779z01": ("h779z01_education_bureau_drowning_prevention_platform.pdf", "pdf", Z01),
    "h779z02": ("h779z02_baby_walker_moulding_wheel_line_retrofit.docx", "docx", Z02),
    "h779z03": ("h779z03_esports_hotel_chain_booking_saas.txt", "txt", Z03),
    "h779z04": ("h779z04_red_cross_first_aid_training_system_om.txt", "txt", Z04),
    "h779z05": ("h779z05_modelling_clay_workshop_tracking_supplier_template.md", "md", Z05),
    "h779e01": ("h779e01_field_service_licence_arar_vendor.pdf", "pdf", E01),
    "h779e02": ("h779e02_pv_analytics_saas_order_form_sakaka_vendor.md", "md", E02),
    "h779e03": ("h779e03_cold_chain_sensors_monitoring_licence_qatif_vendor.docx", "docx", E03),
    "h779e04": ("h779e04_managed_service_desk_36_months_taif_vendor.md", "md", E04),
    "h779e05": ("h779e05_vessel_tracking_data_api_khobar_vendor.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law,
                           kind]))


G, S = "goods_or_licence", "service"
# key -> (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value)
LABELS = {
    "h779z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                    False, True, False, "PRC", G), True, True, True, False, 1268000),
    "h779z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28,
                                    False, True, True, "PRC", G), True, True, True, False, 1650000),
    "h779z03": ("zh", "cloud", T(99.5, 0.25, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None,
                                 True, True, False, "PRC", S), True, True, None, False, 562000),
    "h779z04": ("zh", "services", T(99.95, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None,
                                    None, False, True, False, "PRC", S), True, True, None, False, 386000),
    "h779z05": ("zh", "software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None,
                                    False, True, None, "PRC", G), True, True, False, True, 320000),
    "h779e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                                    False, True, False, "Saudi Arabia", G), True, True, True, False, 1486000),
    "h779e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, False, True, None, 150, None, True, None, None, None,
                                 False, True, False, "PRC", S), True, False, None, False, 492000),
    "h779e03": ("en", "hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5,
                                    False, True, False, "PRC", G), True, True, True, False, 1300000),
    "h779e04": ("en", "services", T(None, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 6 / 36 * 100,
                                    None, True, None, None, None, False, False, False, "PRC", S),
                True, True, None, False, 2184000),
    "h779e05": ("en", "cloud", T(None, None, False, "buyer", True, True, True, 600 / 720000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, False, True, False, "PRC", S), False, True, None, False, 720000),
}  # e05 has no SLA: sla_clause False

# design: expected rules per draft, forum outside mainland, and the TCO inputs (fee base, yearly fee) for goods
DESIGN = {
    "h779z01": [],
    "h779z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h779z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h779z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h779z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h779e01": ["CR-GOVERNING-LAW"],
    "h779e02": ["CR-DATA-OWNERSHIP", "CR-LD-MISSING"],
    "h779e03": [],
    "h779e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h779e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
FORUM_OUTSIDE = {"h779e01"}  # Riyadh arbitration
FEE_BASE = {"h779z01": 616000, "h779z02": 1360000, "h779z05": 168000, "h779e01": 820000, "h779e03": 1095800}

# price and payment sums as stated in the texts
SUMS = {
    "h779z01": ([616000, 452000, 148000, 52000], [20, 45, 35]),
    "h779z02": ([486000, 352000, 138000, 164000, 220000, 168000, 96000, 26000], [10, 50, 35, 5]),
    "h779z03": ([238000 * 2, 86000], None),
    "h779z04": ([214000, 118000, 32000, 22000], None),
    "h779z05": ([168000, 124000, 28000], [65, 35]),
    "h779e01": ([820000, 418000, 156000, 92000], [20, 45, 35]),
    "h779e02": ([214000, 214000, 64000], None),
    "h779e03": ([420 * 1150, 36 * 6800, 368000, 126400, 58600, 19200], [10, 55, 35]),
    "h779e04": ([96000, 36 * 58000], None),
    "h779e05": ([336000, 336000, 48000], None),
}
assert 486000 + 352000 + 138000 + 164000 + 220000 == 1360000
assert 420 * 1150 + 36 * 6800 + 368000 == 1095800
assert 6800 * 35 == 238000 and 84000 * 4 == 336000 and 53500 * 8 == 428000

# ---------------------------------------------------------------- thresholds
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
PCT = r"\s*(?:%|％|percent|per\s*cent)"
NUM_END = r"(?![\d.]*\d)"
PATTERNS = [
    r"99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?|h\b|个?小时)", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?", r"(?<![十二\d])四个?小时",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![点一二三四五六七八九])", r"thirty" + PCT, r"三成",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![点一二三四五六七八九])", r"forty" + PCT, r"四成",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"十二个?月",
    r"质保期?为?一年|one-year\s*warranty|warranty\s*(?:period\s*)?of\s*one\s*year",
    r"(?<![\d.])5\s*-?\s*years?", r"\bfive\s*-?\s*years?", r"(?<![十\d])五年", r"(?<![\d.])5\s*年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.050 % per day", "万分之五", "4 hours", "4小时", "四小时", "four (4) hours",
            "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12个月", "twelve months", "十二个月", "质保期为一年", "5 years", "five years", "五年", "5年",
            "4h"]
MUST_MISS = ["99.95%", "99.5%", "0.5%", "0.08%", "万分之八", "24 hours", "24小时", "二十四小时", "14 hours", "1.4 hours",
             "200%", "130%", "3.30%", "百分之三十五", "115%", "1.5%", "140%", "2012 months", "112个月", "十二条", "2027年12月31日",
             "25 years", "2025年", "十五年", "0.15%", "4G backup", "0.4 hours"]
for t in MUST_HIT:
    assert RX.search(t), ("must hit", t)
for t in MUST_MISS:
    assert not RX.search(t), ("must miss", t, RX.search(t))


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def derive(key):
    lang, cat, t, sla, lds, capped, deemed, value = LABELS[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lds:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not capped or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def tco_share(key):
    lang, cat, t, sla, lds, capped, deemed, value = LABELS[key]
    if t["contract_kind"] != G or not capped or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return post / (value + post) * 100


def label_json(key):
    lang, cat, t, sla, lds, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        lab = label_json(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        # thresholds on label values
        for f, th in THRESHOLDS.items():
            v = lab["expected_terms"][f]
            assert v is None or abs(v - th) > 1e-9, (k, f, v)
        share = tco_share(k)
        assert share is None or abs(share - 40) > 2, (k, share)
        # sums
        items, pays = SUMS[k]
        assert sum(items) == LABELS[k][7], (k, sum(items))
        if pays:
            assert sum(pays) == 100 and not set(pays) & {30, 40, 15, 100}, (k, pays)
        # text read back
        text = read_back(OUT / name, kind)
        if LABELS[k][0] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%s %-70s %5d %s share=%s" % (k, name, n, ",".join(lab["expected_rules"]) or "-",
                                             None if share is None else round(share, 2)))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == all_rules, all_rules - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
