"""Builds holdout872: ten draft contracts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py), writes
the .json labels and asserts lengths, threshold-free texts and values, and the rule design. Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
Z01 = """T:屋顶光伏项目管理平台软件许可及定制开发合同
P:合同编号：FGW-ZC-2027-0316　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市发展和改革委员会
P:乙方（供应商）：某市晴岚能源信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就市屋顶分布式光伏项目管理平台的软件许可与定制开发事宜，经协商一致，订立本合同（本合同以甲方合同范本为准）。
H:第一条 项目内容
P:1.1 乙方向甲方提供屋顶光伏项目管理平台标准软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：项目备案与并网进度台账、屋顶资源普查图层、发电量数据接入与统计分析、补贴申报审核流程、领导驾驶舱及与省能源监测平台的数据接口。
P:1.2 乙方负责部署、数据初始化、联调、试运行及培训，交付源代码（定制部分）、数据库设计说明、接口文档、运维手册和用户手册。
P:1.3 平台部署于甲方指定的政务云资源，操作系统、数据库及中间件须适配国产化环境；乙方应配合政务云运营方完成资源申请、安全加固和网络策略配置。
P:1.4 乙方应对全市已备案的屋顶光伏项目历史台账（约六千条记录）进行清洗、核对和导入，导入后由甲方按区县抽样核对，抽样记录应与原始台账逐条一致。
P:1.5 乙方应指派具有同类项目经验的项目经理一名、开发及实施人员不少于六名，人员名单作为本合同附件。项目经理未经甲方同意不得更换，乙方人员应遵守甲方的办公及保密管理制度。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾壹万捌仟元整（¥1,618,000），含税，为固定总价。其中：平台软件许可费860,000元，定制开发费640,000元，部署实施及培训费118,000元。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的发票后10个工作日内，甲方支付合同总价的20%作为预付款，计323,600元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计728,100元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，计566,300元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理延误不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署及初步验收，初步验收后进入为期60日的试运行。
P:4.2 因甲方原因导致的延误，交付期限相应顺延。
P:4.3 乙方应在合同签订后10日内提交实施方案及进度计划，经甲方确认后执行；每两周报送一次进度报告，重大问题应及时书面报告。
P:4.4 培训：乙方应对甲方及各区县发改部门业务人员进行不少于三期的操作培训，对信息中心技术人员进行系统管理培训，并提供培训教材。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；与省能源监测平台接口连续7日数据一致；500个并发用户下页面响应不超过3秒；通过第三方软件测评及网络安全等级保护测评。
P:5.2 最终验收标准：试运行期间无一级故障，遗留问题全部关闭，文档资料齐全，由甲方组织专家按上述标准出具书面验收报告。
P:5.3 验收时乙方应提交测试报告、安装部署记录、源代码光盘、培训记录及全部技术文档，文档不全的不予验收。
P:5.4 平台上线使用、试运行或甲方支付部分款项，均不视为验收合格。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方按年提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过77,400元），该费用标准自质保期满后三个年度内不作上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台整体不可用或核心数据错误）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障于下一个工作日内处理。
P:7.3 乙方应设立7×24小时服务热线，每月向甲方提交运行报告，内容包括可用率统计、故障处理记录、安全巡检结果和优化建议。
P:7.4 乙方未达到上述响应或恢复时限的，每超过1小时向甲方支付800元；月度可用率每低于约定值0.01个百分点，支付1,500元，可从应付款中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的功能模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所交付软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的项目数据、企业信息、发电量数据等一切数据均属于甲方，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密传输、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、项目信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效三年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的软件不符合约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 乙方项目经理或关键人员擅自更换的，每人次支付违约金5,000元；乙方违反第九条、第十条约定的，除赔偿损失外，甲方有权解除合同。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同任何部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可书面通知对方解除合同，已完成部分按实结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 甲方应为乙方实施提供必要的工作条件，及时提供业务需求、接口对接协调和测试数据，并指定专人负责项目对接。
P:15.2 乙方应遵守政府采购廉政规定，不得向甲方工作人员提供任何不正当利益。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方不履行合同义务的，甲方有权从中扣除相应违约金及赔偿。
P:15.5 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:代表人签字：　　　　　　　　　代表人签字：
"""

Z02 = """T:衣帽架生产线控制系统改造合同
P:合同编号：YMJ-GZ-2027-011
P:甲方（买方）：某省恒久衣帽架制造有限公司
P:乙方（卖方）：某市联拓自动化工程有限公司
P:甲方为提升衣帽架钢管折弯、焊接、喷涂及包装生产线的自动化水平，委托乙方对三条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）更换三条生产线的PLC控制柜、伺服驱动器、变频器及现场传感器，新增焊接机器人工作站的控制接口；
P:（二）提供生产线监控系统（SCADA）软件许可及车间看板软件许可，完成工艺参数配置、报警设置和产量统计报表；
P:（三）负责拆除旧控制柜、安装调试、联机试产及操作人员培训，并提交电气图纸、PLC程序（含注释）及操作手册；
P:（四）改造方案应保留现有焊接机器人和喷涂线的主体设备，新旧系统切换须在甲方确认的停线窗口内进行，不得影响其余产线的正常生产。
P:（五）乙方提供的全部设备应为全新原厂产品，具备合格证、检验报告和原产地证明，主要品牌及型号以技术协议为准，未经甲方书面同意不得替换。
H:二、合同价格
P:（一）本合同总价为人民币贰佰壹拾柒万元整（¥2,170,000），含税及运输、保险、安装费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及模块|3套|684,000
TB:2|伺服驱动器及变频器|42台|538,000
TB:3|现场传感器及仪表|1批|216,000
TB:4|SCADA软件许可|1套|322,000
TB:5|车间看板软件许可|1套|200,000
TB:|软硬件小计||1,960,000
TB:6|安装调试及联机试产|1项|186,000
TB:7|培训|1项|24,000
TB:|合计||2,170,000
P:（二）上述价格为固定价格，不因市场价格变动而调整。
P:（三）技术协议所列设备品牌、型号、技术参数和控制功能是本合同价格的组成基础，乙方不得以改造范围理解不同为由要求追加费用。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的10%作为预付款，计217,000元；
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的55%，计1,193,500元，到货安装不代表验收合格；
P:（三）联机试产结束并通过最终验收后，甲方支付合同总价的35%，计759,500元。
H:四、工期与验收
P:（一）乙方应在合同签订后75日内完成全部改造，改造期间每条产线停线时间不得超过6日。
P:（二）验收标准：各产线连续72小时联机试产无停机故障；折弯角度误差不大于0.5度；焊接节拍达到技术协议要求；SCADA数据采集刷新周期不超过2秒；报警功能逐项测试合格。
P:（三）设备到货后，双方共同开箱检验数量、型号及外观，签署到货清单；开箱检验仅为数量清点，不代表质量验收。
P:（四）试产期间乙方应派工程师全程驻厂，记录各产线节拍、故障及处理情况，试产结束后提交试产报告、PLC程序备份及全部竣工资料。
P:（五）验收由甲方组织，双方签署书面验收报告。任何一项不达标的，乙方应在10日内整改后重新验收。
H:五、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的25%，即每年490,000元，该费用标准在质保期满后的各维保年度内固定不变。维保内容包括定期巡检、备件更换、程序优化和软件升级。
P:（三）一级故障（整线停产）乙方应在1小时内响应，8小时内到场修复；二级故障（单机停机）应在2小时内响应，24小时内修复。乙方每超过约定时限1小时，向甲方支付800元。
P:（四）质保期从最终验收合格之日起算，到货签收、安装完毕或试产均不作为质保期起算点。
P:（五）乙方应在甲方厂区备有常用备件，备件清单经甲方确认；质保期内更换下的旧件归甲方处置。
P:（六）质保期内乙方每季度进行一次现场巡检，出具巡检报告，并对甲方设备维修人员进行不少于两次的补充培训。
P:（七）质保期内软件出现新版本的，乙方应免费升级，并保证升级后原有工艺参数和历史数据完整可用。
H:六、知识产权
P:（一）本项目为甲方编写的PLC程序、工艺参数配置、报表模板及图纸资料归甲方所有，甲方有权自行修改和使用。
P:（二）SCADA及看板标准软件的著作权归原厂商所有，甲方获得永久使用许可。
H:七、数据与保密
P:（一）生产线运行数据、工艺参数及产量数据归甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程维护须经甲方批准，采用加密通道，操作留有日志；乙方应采取必要措施防止数据泄露、篡改或丢失，发生安全事件时应在2小时内通知甲方，因乙方原因造成损失的由乙方赔偿。
P:（三）乙方不得在甲方设备或网络中安装与本项目无关的软件，改造完成后应关闭调试端口，并将全部账号密码移交甲方修改。
P:（四）双方对在合作中获悉的对方技术信息和商业秘密负有保密义务，保密期至合同终止后三年。
H:八、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:九、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）乙方超出约定停线时间的，每超过一日另支付3,000元。
P:（三）乙方交付的设备型号、数量与技术协议不符的，乙方应在7日内无条件更换，逾期更换的按本条第（一）项计付违约金。
P:（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（四）乙方提供的设备或软件存在质量缺陷，经两次维修仍不能正常运行的，乙方应免费更换同型号新品，并赔偿由此造成的停产损失。
H:十、分包
P:乙方不得将本合同项下工作分包给第三方；确需将控制柜制作分包的，应事先取得甲方书面同意，并对分包工作承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交甲方所在地仲裁委员会仲裁。
H:十三、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业和危险作业管理制度，特种作业人员须持证上岗。
P:（二）乙方施工期间造成人身伤害或财产损失的，由乙方承担责任；乙方应为现场人员购买意外伤害保险。
P:（三）乙方应编制施工方案和停线切换方案，经甲方设备部和安全部审核后方可进场施工；施工现场应设置警示标识，每日收工前清理现场。
P:（四）施工产生的旧控制柜、电缆等废弃物由乙方按甲方要求分类清运，不得随意丢弃。
H:十四、其他
P:（一）甲方应按进度提供停线窗口、施工用电和必要的场地，并指定设备部负责人作为项目联系人。
P:（二）双方往来通知以书面形式送达本合同所载地址或项目联系人，一方地址变更应及时书面通知对方。
P:（三）本合同未尽事宜，双方另行协商并签订补充协议。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""
Z03 = """蹼泳培训门店预约及会员管理系统服务合同

合同编号：PY-SaaS-2027-008
甲方：某市碧浪蹼泳培训连锁有限公司
乙方：某市云泳科技有限公司

甲方在全市经营40家蹼泳培训门店，现采购乙方的课程预约及会员管理云服务（SaaS）并由乙方完成实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）云服务
1. 乙方为甲方40家门店开通课程预约、会员卡与课包管理、教练排班、泳道与场馆预约、在线支付对账、家长端小程序及总部经营报表等功能模块。
2. 系统部署于乙方租用的境内公有云，乙方负责平台的运行、维护、升级和安全防护。
（二）实施服务
1. 乙方负责系统配置、门店及教练信息初始化、历史会员及剩余课时数据迁移、与甲方现有收银系统及财务系统的接口开发。
2. 乙方对各门店店长、前台及教练进行操作培训，每家门店不少于一次现场培训。

（三）增值服务
1. 乙方为甲方总部提供一名客户成功经理，负责需求对接、版本变更说明和季度使用分析。
2. 甲方新开门店的开通、配置和培训，由乙方在接到通知后5个工作日内完成，不另收实施费。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为365日。
（二）服务期满前30日，如任何一方未书面提出不再续期，本合同自动续期一个服务年度，续期可循环进行。续期年度的服务费以乙方届时公布的价格标准为准，乙方有权根据市场情况调整续期费用，甲方应按调整后的价格支付。

（三）乙方应向甲方提供系统操作手册、常见问题解答和视频教程，并在系统内提供在线帮助。

三、合同价款
（一）年度服务费：每家门店每个服务年度9,600元，40家门店合计每个服务年度384,000元，两个服务年度合计768,000元。
（二）实施费：一次性136,000元。
（三）合同总价为人民币玖拾万零肆仟元整（¥904,000），含税。门店数量增加的，按单店年费按比例计收。

四、付款方式
（一）合同签订后10个工作日内，甲方一次性支付实施费136,000元及第一个服务年度服务费384,000元，合计520,000元。乙方收到该款项后开始实施。
（二）第二个服务年度开始前15日内，甲方支付第二个服务年度服务费384,000元。
（三）乙方应在收款前开具合法有效的增值税专用发票。

五、上线与验收
（一）乙方应在收到首期款项后45日内完成全部门店上线。
（二）上线验收标准：
1. 合同约定的功能模块全部可用，家长端小程序通过微信平台审核；
2. 历史会员、剩余课时及储值余额迁移后与甲方提供的数据逐条核对一致；
3. 与收银系统、财务系统的接口连续10日对账无差异；
4. 500名用户同时预约时，页面响应时间不超过2秒。
（三）甲方在乙方提交验收申请后7日内组织验收，签署书面验收报告。未通过的，乙方应在10日内整改并重新申请验收。

六、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应提前3日通知并安排在每日23时至次日6时之间。
（二）故障分级及时限：
1. 一级故障（系统整体无法登录、无法预约或支付异常）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般性问题或咨询）：当日响应，3个工作日内解决。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月服务费的5%给予服务抵扣；一级故障恢复每超时1小时，抵扣1,000元。抵扣金额从下期服务费中扣减，服务期末一次结清。
（四）乙方每月提供服务报告，包括可用率、故障处理及系统使用情况。
（五）节假日、暑期等预约高峰期前，乙方应进行容量评估和压力测试，并安排专人值守。
（六）系统升级涉及门店操作变化的，乙方应提前7日通知甲方并提供操作说明。

七、知识产权
（一）系统平台本身的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方开发的收银、财务接口程序及甲方专属的报表、页面配置，其知识产权归甲方所有，乙方应在验收时交付接口源代码，甲方可自行修改或委托他人使用。

八、数据归属与数据安全
（一）甲方的会员信息、学员健康声明、课时及交易记录等数据均归甲方所有，乙方仅为履行本合同处理该等数据，不得用于其他任何目的。
（二）乙方应依照《个人信息保护法》和《数据安全法》，对未成年学员信息采取加密存储、分级授权、操作日志留存等安全措施，系统应通过网络安全等级保护二级以上测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此产生的全部赔偿责任。
（四）乙方每年至少开展一次安全漏洞扫描和渗透测试，结果书面报告甲方；甲方有权自行或委托第三方对乙方的数据处理情况进行检查，乙方应予配合。
（五）本合同终止后15日内，乙方应将全部数据以甲方指定格式交还甲方，并在甲方确认后彻底删除，出具删除证明。

九、保密
双方对在履行本合同中获悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但故意或重大过失、数据泄露及侵犯知识产权造成的损失不受此限。

（四）因乙方原因导致甲方会员投诉、支付差错或课时扣减错误的，乙方应在3个工作日内查明原因并协助甲方更正，给会员造成的损失由乙方承担。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（二）合同解除或终止时，乙方应配合甲方完成数据迁移，过渡期不少于30日，过渡期内系统照常运行。
（三）甲方门店因经营调整关闭的，可提前30日书面通知乙方减少相应门店，减少门店的剩余服务费按实际天数抵扣下期费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十四、甲方义务
（一）甲方应指定项目负责人，及时提供门店、教练、课程及历史会员数据，并对数据的真实性负责。
（二）甲方应组织门店人员参加培训，并按约定支付合同价款。

十五、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，部分或全部免除责任；云服务中断不能仅以第三方云平台故障为由主张不可抗力。

十六、其他
（一）双方往来通知以书面形式送达本合同所载地址，电子邮件发送至双方指定邮箱亦视为送达。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

Z04 = """口袋公园设施管理系统年度运维服务合同

项目编号：YLJ-CS-2027-021（竞争性磋商）
甲方（采购人）：某市园林局
乙方（成交供应商）：某市绿衡信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对口袋公园设施管理系统提供运行维护服务。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。

第一部分 服务内容与期限
第1条 服务范围：口袋公园设施管理系统的应用软件、数据库、物联网平台及其接入的全市186处口袋公园的智能照明控制器、客流计数器、环境监测站和视频巡查终端。
第2条 服务内容：
（1）系统日常监控、巡检、故障处理及性能优化；
（2）数据库备份与恢复演练，每季度至少演练一次；
（3）物联网终端在线率监测，离线终端的远程诊断与现场维修协调；
（4）系统小版本升级及不超过300人天的功能优化；
（5）安全加固、漏洞修复及配合等级保护测评；
（6）每月提交运维报告，年度提交运维总结。
第3条 服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自动终止，甲方如需继续采购，依法重新组织采购。
第4条 服务交接：乙方应在服务期开始前10日内完成与原服务商及甲方信息中心的交接，接收系统账号、配置文档、备份数据和遗留问题清单，并建立运维台账。
第5条 乙方应配备驻场运维工程师2名，工作日8:30至17:30在甲方指定地点驻场，其他时间提供电话及远程支持。
第6条 重大活动保障：在节假日、重大活动及极端天气期间，乙方应根据甲方通知安排专人值守，加强对智能照明和视频巡查终端的监测，并按甲方要求提交保障报告。
第7条 备品备件：乙方应储备控制器、计数器及通信模块等常用备件，数量不少于在用数量的3%，确保故障终端在约定时限内完成更换。
第8条 乙方应使用甲方认可的运维工单系统记录全部服务请求，工单应包括报告时间、响应时间、处理过程和关闭时间，甲方可随时查询。

第二部分 合同价款与支付
第9条 合同总价为人民币肆拾陆万捌仟元整（¥468,000），含税，包括人员、备件、工具、差旅等全部费用。
第10条 本合同不设预付款。服务费按季度支付，每季度结束后经甲方考核合格，甲方在15个工作日内支付当季服务费117,000元。考核扣款从当季服务费中扣除。
第11条 乙方应按季度提交发票及服务费结算单，结算单应列明考核得分和扣款明细，经甲方确认后付款。不低于99.95%，计划内维护须提前2个工作日报甲方批准。

第三部分 服务水平与考核
第12条 故障响应：
（1）一级故障（系统全面中断、数据丢失风险）：15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障（单一功能或批量终端不可用）：30分钟内响应，8小时内恢复；
（3）三级故障（个别终端或一般问题）：2小时内响应，2个工作日内处理。
第13条 考核与扣款：甲方每季度依照磋商文件所附考核表对乙方进行考核，考核内容包括故障响应及时率、终端在线率、巡检完成率、报告质量和用户满意度，考核结果书面通知乙方。一级故障响应或恢复超时的，每次扣除2,000元；可用率每低于约定值0.01个百分点，扣除1,000元；季度考核得分低于80分的，扣除当季服务费的5%。
第14条 乙方应每月5日前提交上月运维报告，内容包括系统运行情况、可用率统计、终端在线率、故障处理记录、巡检发现的问题及整改情况、下月工作计划；每季度末提交季度分析报告，对设施使用和客流变化提出优化建议。
第15条 甲方可通过系统日志、现场检查和市民投诉记录对乙方服务进行抽查，抽查发现的问题计入季度考核。
第16条 年度服务期满，乙方提交运维总结、备份介质、全部文档及账号清单，甲方依照上述考核结果和交接清单组织年度验收，出具书面验收意见。

第四部分 成果归属、数据与保密
第17条 乙方在运维期间开发的优化程序、脚本、报表及技术文档，其知识产权归甲方所有，乙方应随月度报告一并交付源代码。
第18条 系统中的公园设施数据、客流数据、视频资料等全部数据归甲方所有，乙方仅可为提供本合同服务而访问和处理，不得复制、留存或用于其他目的。
第19条 乙方应建立数据安全管理制度，运维操作通过堡垒机进行并全程审计，账号专人专用；发现数据泄露、篡改等安全事件的，应在1小时内报告甲方，因乙方原因造成的损失由乙方承担赔偿责任。
第20条 乙方及其人员对在服务中获悉的甲方工作秘密和非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条义务在合同终止后继续有效。

第五部分 分包
第21条 乙方可将口袋公园现场终端的巡检、清洁及简单更换等辅助工作分包给具备相应能力的第三方，但应提前5个工作日书面告知甲方分包单位名称和工作范围。乙方对分包单位的工作承担全部责任。
第22条 分包单位人员进入公园作业，应遵守甲方的现场作业规定，穿着统一标识服装，不得影响市民正常游园，不得擅自接触系统后台。

第六部分 违约责任
第23条 乙方未按约定完成季度备份演练、版本升级、安全加固或运维报告等工作的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
第24条 乙方驻场人员擅自离岗或未经甲方同意更换的，每人每日扣除500元。
第25条 乙方违反第18条至第20条的，应赔偿甲方全部损失，甲方有权解除合同。

第七部分 合同解除
第26条 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期间结算服务费。
第27条 合同终止或解除时，乙方应在10日内完成交接，交还全部账号、文档和数据，并配合新服务商平稳过渡。

第八部分 人员与文档管理
第28条 乙方运维人员应经甲方背景审查并签署保密承诺书，人员变动应提前10个工作日书面报告甲方并完成工作交接。
第29条 乙方应建立完整的运维文档，包括系统架构图、配置清单、变更记录、故障记录和应急预案，每季度更新一次并报送甲方备案。
第30条 乙方应制定应急预案，每半个服务年度至少组织一次应急演练，演练记录作为季度考核材料。

第九部分 不可抗力、法律适用与争议解决
第31条 因不可抗力导致服务中断的，乙方应在不可抗力消除后立即恢复服务，并书面说明情况；中断期间不计入可用率考核。
第32条 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十部分 其他
第33条 甲方应为驻场人员提供办公场所、网络接入和必要的系统访问权限，及时组织季度考核和年度验收，并按约定支付服务费。
第34条 磋商文件、响应文件及成交通知书为本合同的组成部分。
第35条 本合同履行期间，甲方因机构调整或业务需要变更服务范围的，双方可依照政府采购有关规定协商签订补充协议，追加金额不得超出有关规定的上限。
第36条 本合同附件包括：服务内容清单、考核表、驻场人员名单、系统资产清单，附件与本合同具有同等效力。
第37条 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
"""
Z05 = """# 禾丝工艺流程跟踪软件许可及定制开发合同

（乙方标准合同文本 HS-STD-V3.0）

合同编号：HS-2027-0419

甲方：某市金穗麦秸画工作室

乙方：某市禾丝软件有限公司

甲方拟使用乙方“禾丝工艺流程跟踪软件”管理麦秸画作品从选料、熨烫、剪贴到装裱的全过程，并由乙方进行定制开发。双方经协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禾丝工艺流程跟踪软件V3.0标准版的永久使用许可，授权点数为20个。

1.2 乙方根据甲方需求进行定制开发，包括：作品工序流转卡、原料批次追溯、订单与作品关联、工序工时统计、作品图片档案库及微信小程序订单查询。

1.3 乙方负责软件安装、基础数据导入及使用培训。

1.4 乙方提供的标准软件授权点数可由甲方在工作室内部各电脑之间调整使用，但不得超过授权点数同时在线。

1.5 定制开发的具体内容以双方确认的需求说明书为准，需求说明书确认后甲方提出的新需求，乙方可另行报价。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾丝工艺流程跟踪软件V3.0标准版许可（20点） | 168,000 |
| 2 | 定制开发 | 196,000 |
| 3 | 安装实施及培训 | 26,000 |
| | 合计 | 390,000 |

合同总价为人民币叁拾玖万元整（¥390,000），含税。

上述价格不含甲方服务器、电脑及网络设备费用，不含短信、地图等第三方服务费用，该等费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，计253,500元。乙方收到款项后启动开发工作。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的35%，计136,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与验收

4.1 乙方在收到首期款后60日内完成安装上线，具体日期以乙方通知为准。

4.2 系统安装上线即视为甲方验收合格。甲方在上线后发现问题的，可通过乙方客服提出，由乙方评估后在后续版本中处理。

4.3 甲方使用系统即表示认可系统符合合同约定。

4.4 乙方负责对甲方指定的3名操作人员进行不超过两天的集中培训，培训地点为甲方工作室，培训教材由乙方提供电子版本。

4.5 乙方交付的文档包括安装手册和用户操作手册电子版，不包括源代码及数据库设计文档。

4.6 甲方应在安装前准备符合乙方要求的服务器、电脑、网络及打印设备，因甲方环境不符合要求导致的延误，交付期限相应顺延，乙方不承担责任。

## 第五条 免费维护

5.1 乙方自系统上线之日起提供六个月的免费维护服务，包括故障处理和远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价目表收取。

5.3 免费维护期内，乙方不负责因甲方新增需求、业务流程变化或第三方软件升级而产生的修改工作，该等工作按乙方人天单价另行计费。

5.4 维护协议到期前，乙方将通知甲方续签；甲方未续签的，乙方不再提供任何技术支持和升级服务。

## 第六条 技术支持

6.1 乙方通过客服热线、在线工单和远程协助提供技术支持，服务时间为工作日9:00至18:00。

6.2 乙方将尽合理努力及时响应甲方的支持请求，并根据问题的复杂程度安排处理。

6.3 因甲方操作不当、擅自修改配置或网络环境原因导致的问题，乙方可提供有偿服务。

6.4 乙方发布软件新版本时，将通过公告或邮件通知甲方。免费维护期内甲方可免费获得小版本升级，大版本升级另行收费。

6.5 甲方提出的支持请求应通过乙方在线工单提交，并准确描述问题现象、发生时间和操作步骤，以便乙方判断和处理。

## 第七条 知识产权

7.1 本软件及乙方为本项目完成的全部定制开发成果（包括工序流转卡、追溯模块、小程序及相关源代码、文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有定制成果的非独占使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方录入系统的作品信息、客户订单和图片资料由甲方负责其合法性。

8.2 乙方采取合理的技术措施保护系统数据安全，包括定期备份、访问权限控制和传输加密。因乙方原因导致数据泄露或丢失的，乙方承担相应的责任。

8.3 甲方同意，乙方可在去除客户姓名及联系方式后，使用甲方的作品图片、工艺参数和工时数据，用于乙方产品改进、行业分析及市场宣传案例。

8.4 甲方应自行定期导出和备份重要数据。因甲方未备份导致的数据丢失，乙方不承担责任。

8.5 合同终止后，乙方将保留甲方数据30日，甲方应在此期间自行导出，期满后乙方有权删除。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。

9.2 本条不适用于已经公开的信息或依法律要求须披露的信息。

## 第十条 责任限制

10.1 乙方对本合同项下全部责任的累计赔偿总额，以合同总价的20%为限。

10.2 乙方不对甲方的间接损失、利润损失、作品损毁或商誉损失承担责任。

10.3 因不可抗力、第三方服务中断或甲方原因造成的延误，乙方不承担责任。

## 第十一条 甲方义务

甲方应按约定及时付款，提供开发所需的业务资料和配合人员，妥善保管系统账号和密码，不得将软件用于授权范围以外的用途，不得对软件进行破解、复制或转售。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力或乙方无法合理控制的原因导致本合同不能履行或延迟履行的，乙方不承担违约责任。

## 第十三条 合同解除

13.1 任何一方严重违约，经守约方书面通知后30日内未予纠正的，守约方有权解除本合同。

13.2 甲方未按约定支付款项超过30日的，乙方有权暂停软件使用授权直至甲方付清款项，由此造成的损失由甲方承担。

13.3 合同解除后，甲方已支付的款项不予退还，但乙方严重违约的除外。

## 第十四条 其他服务

乙方可应甲方要求提供现场驻场、二次开发、数据整理等其他服务，服务内容和费用由双方另行书面确认。乙方工程师赴甲方现场服务的，差旅费用由甲方承担。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 双方通知可通过电子邮件、微信或书面方式送达，乙方在其官方网站发布的公告亦视为已通知甲方。

16.2 本合同以乙方标准文本为准，双方另行约定的补充条款与本文本不一致的，以本文本为准。

16.3 本合同附件包括：需求说明书、软件功能清单、培训计划。附件与本合同正文不一致的，以正文为准。

16.4 本合同签订后，甲方对本合同条款提出修改意见的，应以书面补充协议形式经双方签章确认，口头约定或往来邮件均不构成对本合同的修改。

16.5 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. GHS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changsha Xiangyuan Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Gusii Highlands Software Limited, a company incorporated in Kenya with its principal office on Hospital Road, Kisii, Kenya (the "Vendor").
P:The Buyer imports, grades and blends tea and other produce and wishes to use the Vendor's LeafLedger produce-grading and warehouse traceability system at its Changsha blending centre and two bonded warehouses. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LeafLedger system, version 5, in object code, together with its Documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, grading templates, scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation that the system has passed the tests in Article 5.
P:1.4 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including lot records, grading results, supplier details and warehouse movements.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 80 named users at the Buyer's sites in the People's Republic of China, for the Buyer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Changsha, build interfaces to the Buyer's ERP, customs declaration and weighbridge systems, migrate three years of lot history, and train the Buyer's staff.
P:2.3 Within 15 days after signature the Vendor shall submit a project plan with milestones, named key staff and a test strategy. The plan becomes binding once the Buyer approves it in writing. The Vendor's project manager shall not be replaced without the Buyer's consent, which shall not be unreasonably withheld.
P:2.4 The Buyer shall provide the servers, operating system and database licences described in Annex 1, network access for the Vendor's consultants and a project lead who can take decisions on configuration questions within three working days.
P:2.5 The Vendor shall deliver the Custom Deliverables with their source code, build instructions and technical documentation.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,696,000, inclusive of all taxes and travel costs, made up of: perpetual licence fee CNY 1,240,000; implementation, interfaces and data migration CNY 420,000; training CNY 36,000.
P:3.2 The price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 339,200) within 20 days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the total price (CNY 763,200) after installation of the Software in the production environment. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 593,600) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 70 days and present the system for acceptance testing within 110 days after signature.
P:5.2 Acceptance tests include: every function in the requirements specification works as described; migrated lot records reconcile with the Buyer's source records without unexplained differences; the ERP, customs and weighbridge interfaces run for ten consecutive working days without failed transactions; a grading record is saved within two seconds with 60 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 The Vendor shall supply the test scripts and test data at least ten working days before testing starts. The Buyer's quality team and the Vendor's consultants run the tests together and sign a record of each test run.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test within 10 days. Use of the system in production before Final Acceptance is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the Documentation for 18 months from Final Acceptance (the "Warranty Period"), and shall correct any defect free of charge during that period.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the licence fee, that is CNY 136,400 per year, and this fee shall not increase for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 Severity 1 (system down or grading records unavailable): response within 1 hour, workaround within 8 hours. Severity 2 (a major function impaired): response within 2 hours, fix within 2 working days. Severity 3: response by the next working day.
P:6.4 The warranty does not cover defects caused by modifications made by the Buyer without the Vendor's guidance, by hardware failures or by use outside the Documentation, provided the Vendor shows the cause.
P:6.5 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000 against the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify and license them to others freely. The Vendor may reuse its general know-how but not the Custom Deliverables.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session through the Buyer's VPN, and every session is logged. The Vendor shall not transfer Buyer Data out of the People's Republic of China.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, notify the Buyer of any security incident affecting Buyer Data within 12 hours, and compensate the Buyer for any loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to present the system for acceptance testing by the date in Article 5.1, it shall pay delay damages of 0.08% of the total price for each day of delay.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price, except for infringement claims, breach of Article 8 and wilful misconduct, which are not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund payments for work not accepted and return all Buyer Data.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Kenya.
P:13.2 Any dispute shall be referred to arbitration in Nairobi under the Arbitration Act of Kenya by a sole arbitrator. The language of the arbitration is English.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Lack of staff or funds is not force majeure.
P:14.2 The time for performance is extended by the period of delay caused by the event.
H:Article 15 Compliance
P:15.1 Each party shall comply with the anti-bribery laws that apply to it. The Vendor confirms that the Software does not contain any code that could disable it, collect data without authorisation or send Buyer Data to the Vendor or anyone else.
H:Article 16 General
P:16.1 Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses stated above.
P:16.2 This Agreement, with its Annex 1 (requirements specification) and Annex 2 (acceptance test plan), is the whole agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# SaaS Order Form and General Terms

**Order Form No.** LM-OF-2027-0092

**Provider:** Limpopo Fieldworks (Pty) Ltd, 42 Thabo Mbeki Street, Polokwane, Limpopo, South Africa ("Provider")

**Customer:** Zhuzhou Hengtai Mining Equipment Co., Ltd., Zhuzhou, Hunan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer for the FieldWorks inspection and field-service management service.

## Part A - Order Form

### A1 Service

FieldWorks Enterprise edition: work orders, inspection checklists, spare-parts requests, technician scheduling, mobile app for Android and iOS, customer portal and management dashboards, for up to 220 named technician users and 60 office users. The service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

### A2 Subscription Term

24 months from the Go-Live Date. The Go-Live Date is the date Customer signs the Go-Live Acceptance certificate under B3.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | CNY 86,000 per quarter x 8 quarters | 688,000 |
| Onboarding and configuration | one-time | 74,000 |
| Administrator and trainer training | one-time | 18,000 |
| **Total Contract Value** | | **780,000** |

Extra users may be added at the same per-user rate, pro rata to the end of the Subscription Term.

### A4 Invoicing and Payment

Subscription fees are invoiced quarterly in advance, the first quarter on the Go-Live Date. Onboarding and training fees are invoiced after Go-Live Acceptance. Customer pays within 30 days of a correct invoice. No payment is due before the Go-Live Date.

### A5 Service Levels

Monthly availability of the production service: 99.95%, excluding maintenance windows announced at least 3 days ahead and held between 22:00 and 06:00 China Standard Time.

Support priorities:

| Priority | Description | Response time | Target restore time |
|---|---|---|---|
| P1 | Service unavailable or mobile app cannot sync for all users | 8 hours | 24 hours |
| P2 | Major function impaired for many users | 12 hours | 3 business days |
| P3 | Minor issue or question | 2 business days | next release |

Service credits for availability are set out in B4.

### A6 Contacts and Signature

Provider contact: Account Director, Polokwane office. Customer contact: Head of After-Sales Service, Zhuzhou.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and images submitted to the service by or for Customer, including equipment records, inspection results, photographs and the personal information of Customer's technicians and end customers.

1.2 "Customer Configurations" means the workflows, checklists, forms, report templates and integration mappings built by Provider specifically for Customer.

1.3 "Usage Data" means technical information about how the service is used, such as feature use counts, response times and device types.

### 2. Subscription

2.1 Provider grants Customer a non-exclusive right to access and use the service during the Subscription Term for its internal business.

2.2 Customer's affiliates in mainland China may use the service under Customer's subscription, and Customer is responsible for their use.

2.3 Provider shall give Customer at least 30 days' notice of any change to the user interface or the mobile app that requires retraining of technicians.

2.4 Provider may improve the service from time to time but shall not materially reduce its functions during the Subscription Term.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding covers configuration of 45 inspection checklists, import of the equipment register, integration with Customer's ERP for spare parts, and set-up of the customer portal.

3.2 Go-Live Acceptance criteria: all functions in A1 are available; the imported equipment register matches Customer's source list; the ERP integration processes test orders for five consecutive business days without error; and the mobile app syncs a work order within ten seconds on a 4G connection. Customer signs the certificate when the criteria are met or lists the failures within 7 days.

3.3 Provider shall provide a named onboarding manager, a weekly status report and a configuration workbook for Customer's sign-off before building the checklists.

3.4 If Go-Live Acceptance is delayed by Provider beyond the 60-day period, Provider shall pay CNY 600 for each day of delay.

### 4. Service Levels and Credits

4.1 Provider shall meet the service levels in A5.

4.2 Provider shall publish the monthly availability figure and a list of P1 and P2 incidents in the customer portal by the fifth business day of the following month.

4.3 If monthly availability falls below the commitment, Provider shall credit 5% of the quarterly subscription fee for each 0.1 percentage point (or part) of shortfall, up to the full quarterly fee. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

### 5. Customer Data

5.1 As between the parties, Customer owns Customer Data. Provider processes Customer Data only to provide the service and as set out in 5.3.

5.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs, notify Customer of any security incident within 24 hours, and be liable for losses caused by its breach of this clause.

5.3 Provider may collect and use Usage Data and aggregated, anonymised data derived from Customer Data, including inspection results and failure statistics, to improve its products, build industry benchmarks and share them with other customers, during and after the Subscription Term.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it.

5.5 Customer may request, once per Subscription Term year and at no charge, a written summary of Provider's security controls and its most recent independent security assessment.

### 6. Intellectual Property

6.1 Provider owns the service and its underlying software.

6.2 Customer owns the Customer Configurations and may use, modify and have third parties use them freely, including after the end of the Subscription Term. Provider shall export them on request.

### 7. Confidentiality

Each party shall protect the other's confidential information with reasonable care, use it only for this agreement and disclose it only to staff and advisers who need to know it. This clause survives for three years after the end of the Subscription Term.

### 8. Liability

8.1 Each party's total liability under this agreement is limited to 150% of the Total Contract Value.

8.2 The limit does not apply to breach of clause 5.2, breach of confidentiality, or infringement claims.

### 9. Subcontractors

Provider may use its hosting partner named in A1. Any other subcontractor requires Customer's prior written consent. Provider remains responsible for its subcontractors.

### 10. Term, Renewal and Termination

10.1 This agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice. If Customer terminates for Provider's breach, Provider refunds prepaid fees for the unused period.

### 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 12. Suspension

12.1 Provider may suspend Customer's access only if an undisputed invoice remains unpaid 30 days after a written reminder, and only after a further 10 days' notice. Provider restores access promptly after payment.

12.2 Provider may suspend a specific user account that creates an immediate security threat to the service, and shall notify Customer at once with the reasons.

### 13. Customer Responsibilities

13.1 Customer is responsible for the accuracy of data it enters, for managing its user accounts and for ensuring that its users comply with the acceptable use rules in the user guide.

13.2 Customer shall not attempt to probe the service for vulnerabilities without Provider's agreement, except as part of a test arranged under 5.5.

13.3 Customer shall provide a project lead, access to its ERP test environment and timely answers to configuration questions during onboarding.

### 14. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided that it gives prompt notice and uses reasonable efforts to resume performance. A failure of Provider's hosting partner is not force majeure unless the hosting partner itself is affected by such an event.

### 15. General

15.1 Notices must be in writing and sent to the contacts in A6.

15.2 Neither party may assign this agreement without the other's written consent, except to a successor of its whole business.

15.3 If Part A and Part B conflict, Part A prevails.
"""
E03 = """T:Supply Contract for Greenhouse Climate Sensors and Monitoring Software
P:Contract No. HY-PUR-2027-0133 (Buyer's standard form)
P:Buyer: Kunming Huayue Flower Co., Ltd., a company incorporated in the People's Republic of China, of Chenggong District, Kunming, Yunnan Province (the "Buyer").
P:Supplier: Nyambene Sensing Technologies Ltd, a company incorporated in Kenya, of Makutano, Meru, Kenya (the "Supplier").
P:The Buyer operates cut-flower greenhouses in Kunming and Yuxi and wishes to buy climate sensors, gateways and a monitoring software licence, installed and commissioned by the Supplier. This Contract is made on the Buyer's standard form.
H:1. Scope of Supply
P:1.1 The Supplier shall supply 320 wireless climate sensors (temperature, humidity, CO2 and light), 40 solar-powered LoRa gateways, and a perpetual licence of the GreenWatch monitoring software for unlimited users, to be installed on the Buyer's servers in Kunming.
P:1.2 The Supplier shall install and calibrate all devices, commission the software, integrate it with the Buyer's irrigation and shading controllers, and train the Buyer's growers and IT staff.
P:1.3 The Supplier shall carry out a site survey of each greenhouse within 20 days after signature and submit a layout drawing showing the position of every sensor and gateway, the radio coverage test results and the power arrangements. The Buyer shall approve or comment on the layout within 7 days.
P:1.4 The devices shall be rated for greenhouse conditions of up to 45 degrees Celsius and near-saturated humidity with condensation, and the gateways shall keep working for at least three days without sunlight.
P:1.5 All devices shall be new, of the models stated in Annex 1, and shall carry the manufacturer's calibration certificates.
H:2. Price
P:2.1 The Contract Price is CNY 1,486,000, inclusive of taxes, import duties, freight to site and insurance, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless climate sensor|320|2,150|688,000
TB:2|Solar LoRa gateway|40|6,800|272,000
TB:3|GreenWatch monitoring software, perpetual licence|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,316,000
TB:4|Installation, calibration and integration|1 lot||148,000
TB:5|Training|1 lot||22,000
TB:|Contract Price|||1,486,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
H:3. Payment
P:3.1 25% of the Contract Price (CNY 371,500) within 15 days after signature, against an advance-payment bank guarantee from a bank acceptable to the Buyer.
P:3.2 50% of the Contract Price (CNY 743,000) after delivery and installation of all devices, evidenced by an Installation Certificate signed by both parties. The Installation Certificate is not acceptance.
P:3.3 25% of the Contract Price (CNY 371,500) within 30 days after the Final Acceptance Certificate.
P:3.4 Each invoice shall be a valid Chinese VAT invoice or, for the imported devices, shall be accompanied by the customs documents the Buyer needs to account for import VAT. The Buyer may withhold payment of any amount that is not supported by correct documents until they are provided.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all devices to the Buyer's sites within 60 days and complete installation within 90 days after signature.
P:4.2 Delivery is made DDP to the Buyer's sites in Kunming and Yuxi. Risk passes to the Buyer on signature of the Installation Certificate; title passes on payment of the instalment in clause 3.2. The Supplier is responsible for export and import formalities and for any phytosanitary or radio type-approval certificates required in China.
P:4.3 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
H:5. Acceptance
P:5.1 After installation the system runs for a 30-day trial. Final acceptance criteria: every sensor reports at the configured interval with fewer than 1 missed reading in 500; temperature readings are within 0.3 degrees Celsius and humidity within 2 percentage points of a calibrated reference instrument at 20 sample points; alarms reach the growers' mobile phones within one minute; and the irrigation and shading integration passes the test plan in Annex 2.
P:5.2 If the criteria are met the Buyer issues a Final Acceptance Certificate. Otherwise the Supplier shall correct the defects within 10 days and the trial restarts for the affected part. Use of the system during the trial is not acceptance.
P:5.3 The Supplier shall hand over as-built layout drawings, device serial lists, calibration records, administrator and user manuals in Chinese and English, and a spare-parts list with prices before the Final Acceptance Certificate is issued.
H:6. Warranty and Support
P:6.1 The Supplier warrants the devices and the software for 24 months from the Final Acceptance Certificate and shall repair or replace defective items free of charge, including freight and on-site labour.
P:6.2 Severity 1 fault (software down or more than 10% of sensors at one site not reporting): response within 1 hour, remote fix or on-site engineer within 24 hours. Severity 2 fault: response within 2 hours, fix within 3 working days.
P:6.3 The Supplier shall keep a support desk reachable by telephone and e-mail in Chinese from 08:00 to 20:00 China Standard Time every day, and an emergency telephone line outside those hours for Severity 1 faults. Each fault report receives a ticket number and the Buyer may follow its status online.
P:6.4 For each hour by which the Supplier misses a Severity 1 response or fix time, it shall pay the Buyer CNY 600, deducted from any sum due.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways equal to at least 3% of the installed quantity at the Buyer's Kunming site during the warranty, and shall recalibrate all sensors once during the warranty at no charge.
P:6.6 After the warranty, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal, that is CNY 105,280 per year. This fee is fixed for three years after the warranty ends. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The GreenWatch software and device firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:7.2 The Supplier warrants that the Buyer's use of the software and firmware as permitted by this Contract does not infringe any third party's rights and shall defend the Buyer against any such claim at its own cost.
P:7.3 Integration scripts, dashboards, alarm rules and other deliverables made for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source code.
H:8. Buyer Data and Data Security
P:8.1 All sensor readings, greenhouse layouts and crop records belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer of any security incident within 12 hours and compensate the Buyer for loss caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's growing methods and variety data, and shall not disclose it without prior written consent, during the Contract and for three years after.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:12. Training
P:12.1 The Supplier shall train up to 30 growers in the use of the dashboards and alarms and up to 6 IT staff in administration, backup and device replacement, in Kunming, in Chinese, using written materials that the Buyer may copy for internal use.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice.
P:13.2 The Buyer may also terminate this Contract if the delay damages under clause 4.3 have run for more than 45 days.
P:13.3 On termination for the Supplier's breach, the Supplier shall refund payments for undelivered or rejected items and the Buyer may keep and pay for accepted items at the Contract prices.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by natural disasters, epidemics, war or government action beyond its control, if it notifies the other party within 7 days and takes reasonable steps to reduce the delay. Dates are extended accordingly.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission.
P:15.2 This Contract is written in English and Chinese. Both texts have equal force; if they differ, the parties shall agree the meaning in good faith, taking the Buyer's tender documents into account.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Services Agreement

**Agreement No.** MSA-BK-2027-006

**Customer:** Guangzhou Lingnan Cold Chain Logistics Co., Ltd., Huangpu District, Guangzhou, People's Republic of China ("Customer")

**Provider:** Bunyoro Digital Operations Ltd, Plot 14 Kijura Road, Masindi, Uganda ("Provider")

Customer runs refrigerated warehouses and a transport fleet and wishes to outsource its service desk, endpoint management and network monitoring to Provider, working remotely from Provider's operations centre and through Provider's engineers in Guangzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Customer Data" means all data of Customer or its staff that Provider accesses, receives or processes in performing the Services.

1.4 "Transition" means the work to take over the Services from Customer's internal team, described in Schedule 1, Part B.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date, which is the date Customer signs the Transition Acceptance certificate.

2.2 The Agreement ends at the end of the 36 months. It does not renew automatically; any extension needs a written amendment signed by both parties.

## 3. Services and Transition

3.1 Provider shall perform the Services in accordance with this Agreement, good industry practice and Customer's reasonable IT policies.

3.2 Provider shall complete Transition within 75 days after signature. Transition Acceptance criteria: all 1,150 endpoints are enrolled in the management tool; all network devices at the 14 sites report to the monitoring platform; the knowledge base covers the 40 most frequent ticket types; and Provider handles all tickets for a 10-business-day shadow period meeting the Service Levels. Customer confirms acceptance in writing or lists the failures within 5 business days.

3.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

3.4 Provider shall assign a named transition manager and submit a transition plan within 10 business days after signature. The plan covers knowledge capture sessions with Customer's internal team, tool installation, endpoint enrolment waves by site, the shadow period and the go-live checklist.

3.5 Customer shall make available the members of its internal IT team for knowledge transfer, give Provider the access rights described in the transition plan and approve the enrolment waves in good time.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,184,000.

4.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. Customer pays within 30 days of a correct invoice. There is no advance payment.

4.3 The charges are fixed for the whole term. They include all tools, licences for Provider's own management software, travel of the on-site engineers and the cost of Provider's operations centre.

4.4 Invoices shall be valid Chinese VAT invoices issued by Provider's registered branch in Guangzhou, in CNY.

## 5. Service Levels

5.1 Provider shall use its best efforts to meet the Service Levels in Schedule 2 and shall report performance monthly.

5.2 If Provider misses a Service Level in any month, Provider shall deliver a root-cause analysis and a corrective action plan within 10 business days and carry it out. The parties shall review the plan at the next monthly service meeting. No service credit, deduction or other payment is due for a missed Service Level.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process it only on Customer's documented instructions and only to perform the Services.

6.2 Provider shall access Customer's systems only through Customer's privileged access gateway with multi-factor authentication; all sessions are recorded. Customer Data shall not be stored outside the People's Republic of China, and Provider's remote engineers shall work only on Customer's virtual desktops.

6.3 Provider shall maintain information security controls consistent with ISO/IEC 27001, notify Customer of any security incident within 12 hours, cooperate in the investigation, and compensate Customer for losses caused by its breach of this clause.

6.4 At the end of the Agreement Provider shall return all Customer Data and delete any copies, and certify the deletion in writing.

6.5 Provider's staff who work on Customer's systems shall be vetted before assignment, sign Customer's acceptable use and confidentiality undertakings and complete Customer's security awareness training each year of the term.

## 7. Intellectual Property

7.1 Provider keeps its own tools, methods and pre-existing materials.

7.2 Where Provider uses its own tools to deliver the Services, Provider grants Customer a free licence to use their outputs, reports and configuration exports for its internal business during and after the term.

7.3 Runbooks, scripts, knowledge-base articles, monitoring rules and reports created for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only with prior written consent or when required by law. This obligation survives for three years after the end of this Agreement.

## 9. Personnel

9.1 Provider shall keep a stable team and name a service delivery manager who attends the monthly service meetings in person or by video. Provider shall inform Customer in advance of any change of the service delivery manager.

9.2 The on-site engineers in Guangzhou shall work during Customer's business hours at the Huangpu headquarters and shall follow Customer's site rules, including the cold-store safety rules.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subcontractors.

## 12. Term and Exit

12.1 This Agreement may not be terminated by either party before the end of the term, except that either party may end it by written notice if the other party becomes insolvent or ceases business.

12.2 Disagreements about performance are handled through the governance process in clause 14 and, if unresolved, under clause 15.

12.3 At the end of the Agreement, Provider shall provide exit assistance for up to 60 days, including knowledge transfer to Customer or a successor provider, at no extra charge.

## 13. Changes

Either party may propose changes to the scope of the Services. A change takes effect only when both parties sign a change note stating its effect on the charges and Service Levels. Provider shall not refuse a reasonable change to the number of users or endpoints, which is charged at the unit rates in Schedule 3.

## 14. Governance

14.1 Each party appoints a service manager. The service managers meet monthly to review performance, incidents, changes and risks.

14.2 Provider shall keep the service management tool, asset inventory and knowledge base up to date and give Customer read access to them at all times.

14.3 Senior executives of both parties meet every quarter to review the relationship and any escalated matters.

## 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the South China International Arbitration Center (Shenzhen Court of International Arbitration) for arbitration in Shenzhen.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Chinese and English telephone, portal and chat support, 7 x 24, for about 1,300 users |
| A2 | Endpoint management | patching, software distribution, antivirus status, asset inventory for 1,150 endpoints |
| A3 | Network monitoring | 24-hour monitoring of routers, switches, firewalls and Wi-Fi at 14 sites, first-line fault handling |
| A4 | Reporting | monthly service report, quarterly trend review |
| B | Transition | knowledge capture, tool set-up, enrolment of endpoints and devices, shadow period |

## Schedule 2 - Service Levels

| Priority | Example | Response | Resolution |
|---|---|---|---|
| P1 | warehouse management system unreachable, site network down | 30 minutes | 6 hours |
| P2 | a group of users cannot work | 1 hour | 8 business hours |
| P3 | single user issue | 2 business hours | 3 business days |
| Service desk | telephone calls | answered within 30 seconds on average | - |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | CNY 58,000 x 36 months | 2,088,000 |
| Total Contract Value | | 2,184,000 |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT - SOLAR RESOURCE AND FORECAST API

Agreement No. KID-DS-2027-031

PARTIES

Kalahari Irradiance Data (Pty) Ltd, a company registered in South Africa, of 18 Schroder Street, Upington, Northern Cape, South Africa ("Provider").

Xining Gaoyuan New Energy Development Co., Ltd., a company registered in the People's Republic of China, of Chengbei District, Xining, Qinghai Province ("Customer").

BACKGROUND

Customer develops and operates photovoltaic power stations in Qinghai and Gansu. Provider produces satellite-derived solar irradiance data, historical time series and short-term power forecasts. Customer wishes to subscribe to Provider's data through an application programming interface (API) for two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the historical irradiance time series, typical meteorological year files, daily forecasts and intraday nowcasts described in the Product Schedule.

1.2 "Subscription Year" means each period of 365 days starting on the Activation Date or on its anniversary.

1.3 "Activation Date" means the date Customer confirms in writing that the Activation Tests in clause 4 have been passed.

1.4 "Customer Sites" means the power stations and prospective sites whose coordinates and plant parameters Customer registers with the API, up to 60 sites.

1.5 "Customer Outputs" means the forecast adaptors, plant-specific power models and report templates that Provider builds for Customer under clause 5.

1.6 "Product Schedule" means the schedule attached to this Agreement that describes each Data Product, its spatial and temporal resolution, its sources, its methods and its expected error bands.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the two Subscription Years to access the Data Products through the API and to use them for the design, financing, operation and grid dispatch of Customer's power stations.

2.2 Customer may share Data Products with its lenders, insurers, grid companies and engineering consultants for those purposes.

2.3 The subscription ends at the end of the second Subscription Year. Any further subscription requires a new written agreement.

2.4 Provider shall give Customer access to a test environment of the API with the same data formats, so that Customer can develop and test its own applications without using the production allowance.

2.5 Provider shall maintain documentation of the API, including endpoints, parameters, data formats, error codes and rate limits, and shall give at least 90 days' notice before withdrawing any endpoint or changing a data format in a way that is not backwards compatible.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 318,000 for each Subscription Year, CNY 636,000 for both years. The one-time integration fee is CNY 24,000. The Total Contract Value is CNY 660,000.

3.2 The fee for each Subscription Year is invoiced at the start of that year. The integration fee is invoiced after the Activation Date. Customer pays within 30 days of a correct invoice. Nothing is payable before the Activation Date.

3.3 API calls above the annual allowance of 2,000,000 calls are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3.4 Fees are stated in CNY and include all taxes that Provider is required to charge. Provider shall issue invoices that allow Customer to make the cross-border payment and any withholding-tax filing required under the laws of the People's Republic of China; Customer may deduct withholding tax that it is required by law to pay, and shall give Provider the official receipt.

4. ACTIVATION

4.1 Provider shall make the API available and build the Customer Outputs within 45 days after signature.

4.2 Activation Tests: (a) all Data Products are delivered for every registered Customer Site; (b) the historical series for five reference sites agree with Customer's ground-station measurements within the error bands stated in the Product Schedule; (c) the day-ahead forecast is delivered by 08:00 China Standard Time on ten consecutive days; and (d) the forecast adaptor loads the forecast into Customer's dispatch system without manual steps.

4.3 If activation is delayed for reasons attributable to Provider, Provider shall pay CNY 400 for each day of delay until the Activation Date.

5. CUSTOMER OUTPUTS

5.1 Provider shall build a forecast adaptor for Customer's dispatch system, plant-specific power models for each operating station and a monthly resource report template.

5.2 The Customer Outputs belong to Customer, which may use, modify and have others use them freely, also after the subscription ends. Provider shall hand over their source code at the Activation Date.

6. SERVICE LEVELS

6.1 API availability: 99.95% in each calendar month, excluding maintenance announced 48 hours ahead.

6.2 Day-ahead forecasts are delivered by 08:00 China Standard Time every day.

6.3 Incident response: Priority 1 (API unavailable or forecast not delivered) - response within 1 hour and restoration within 6 hours; Priority 2 (degraded data or partial outage) - response within 3 hours; Priority 3 - next business day.

6.4 Service credits: for each 0.1 percentage point by which monthly availability falls short, 3% of one-twelfth of the annual fee; for each forecast delivered more than one hour late, CNY 800. Credits are set off against the next invoice.

6.5 Provider shall publish a monthly service report showing API availability, forecast delivery times, incidents and any credits due, within five business days after the end of each month.

7. CUSTOMER SITE INFORMATION

7.1 Customer Site coordinates, plant parameters and production data supplied by Customer remain Customer's property. Provider uses them only to produce the Data Products and the Customer Outputs for Customer and shall not use them for any other purpose.

7.2 On expiry Provider shall return Customer's site information and plant data on request.

7.3 Customer may register, replace or remove Customer Sites at any time through the API portal, up to the limit in clause 1.4. A newly registered site receives its historical series within two business days and forecasts from the next day. Customer shall check the coordinates and plant parameters it enters, as forecasts depend on them. Additional sites beyond the limit may be added by written amendment at a price agreed in advance.

8. INTELLECTUAL PROPERTY IN DATA PRODUCTS

8.1 Provider owns the Data Products and its models, algorithms and satellite processing chain. Customer's use right is as stated in clause 2.

8.2 Customer shall not resell the Data Products as a data service to third parties.

8.3 Customer may include extracts of the Data Products in its feasibility studies, bank reports and filings with the grid company and energy authorities, with an acknowledgement of Provider as the source.

9. WARRANTIES

9.1 Provider warrants that the Data Products are produced with reasonable skill and care in accordance with the methods in the Product Schedule.

9.2 Forecasts are estimates; Provider does not guarantee that any forecast will match actual production.

9.3 If Customer reports an error in a Data Product, Provider shall investigate it within five business days and, if the error is confirmed, deliver a corrected data set without charge.

9.4 Provider shall keep the historical series consistent across the Subscription Years; where a method change alters historical values, Provider shall notify Customer in advance and keep the previous version available for the rest of the subscription.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for indirect loss or loss of profit, except in the case of wilful misconduct.

11. SUBCONTRACTING

Provider shall not subcontract the operation of the API or the building of the Customer Outputs without Customer's prior written consent.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, and Provider shall refund the unused part of any prepaid subscription fee.

12.2 Provider may suspend access if an undisputed invoice remains unpaid 30 days after a reminder.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of satellite data sources, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not accrue for the period of such an event, but the Customer's fees are reduced pro rata if the Data Products are unavailable for more than ten consecutive days.

15. GENERAL

15.1 This Agreement, with the Product Schedule, is the entire agreement of the parties on its subject.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 Each party shall comply with the anti-bribery laws that apply to it in connection with this Agreement.

15.4 Notices shall be in writing and sent to the addresses above.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""


# ---------------------------------------------------------------- build, labels, checks
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

FILES = {  # key -> (file name, format, language, source)
    "h872z01": ("h872z01_rooftop_pv_project_platform.pdf", "pdf", "zh", Z01),
    "h872z02": ("h872z02_coat_rack_line_control_retrofit.docx", "docx", "zh", Z02),
    "h872z03": ("h872z03_finswimming_chain_booking_saas.txt", "txt", "zh", Z03),
    "h872z04": ("h872z04_pocket_park_system_om_service.txt", "txt", "zh", Z04),
    "h872z05": ("h872z05_straw_painting_tracking_supplier_template.md", "md", "zh", Z05),
    "h872e01": ("h872e01_produce_grading_licence_kisii_vendor.pdf", "pdf", "en", E01),
    "h872e02": ("h872e02_field_service_saas_order_form_polokwane.md", "md", "en", E02),
    "h872e03": ("h872e03_greenhouse_sensors_monitoring_meru.docx", "docx", "en", E03),
    "h872e04": ("h872e04_managed_it_services_masindi.md", "md", "en", E04),
    "h872e05": ("h872e05_solar_data_api_subscription_upington.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


# key: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), TCO fee base, forum outside, design
LABELS = {
    "h872z01": ("software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G),
                (True, True, True, False, 1618000), 860000, False, []),
    "h872z02": ("hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 25, False, True, False,
                  "PRC", G),
                (True, True, True, False, 2170000), 1960000, False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h872z03": ("cloud",
                T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, 520000 / 904000 * 100, True, None, None, None,
                  True, True, False, "PRC", S),
                (True, True, None, False, 904000), None, False,
                ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"]),
    "h872z04": ("services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                  True, "PRC", S),
                (True, True, None, False, 468000), None, False, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h872z05": ("software",
                T(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True,
                  None, "PRC", G),
                (False, False, False, True, 390000), 168000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h872e01": ("software",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "Kenya", G),
                (True, True, True, False, 1696000), 1240000, True, ["CR-GOVERNING-LAW"]),
    "h872e02": ("cloud",
                T(99.95, 8, True, "buyer", True, False, True, 600 / 780000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S),
                (True, True, None, False, 780000), None, False, ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
    "h872e03": ("hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, 200, 25, True, True, 24, 8, False, True, False,
                  "PRC", G),
                (True, True, True, False, 1486000), 1316000, False, []),
    "h872e04": ("services",
                T(None, 0.5, False, "buyer", True, True, True, 2000 / 2184000 * 100, 6 / 36 * 100, None, True, None,
                  None, None, False, False, False, "PRC", S),
                (True, True, None, False, 2184000), None, False,
                ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h872e05": ("services",
                T(99.95, 1, True, "buyer", False, True, False, 400 / 660000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S),
                (True, True, None, False, 660000), None, False, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOWSEV = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, extra, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra[2]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (extra[4] + fees) * 100


def derive(t, extra, base, forum_outside):
    """My reading of policy section 3."""
    sla, ld_stated, capped, deemed, value = extra
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
    if not ld_stated:
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
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOWSEV for x in rules):
        return "medium"
    return "low"


PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*(?:个)?小时", r"\bfour\s*hours?",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?![十\d])", r"千分之零点五", r"(?<![\d.])0\.05\s*per\s*cent",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"(?<![\d.])100\s*per\s*cent", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![\d.])30\s*per\s*cent", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:months?|个月)", r"(?<![一二三四五六七八九])十二个月", r"twelve\s*(?:\(\d+\)\s*)?months?",
    r"\bone[\s-]*years?\b", r"(?<![每第])一年", r"(?<![\d.])1\s*years?\b",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])15\s*per\s*cent", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![\d.])40\s*per\s*cent", r"forty\s*per\s*cent",
    r"(?<![\d.])5\s*(?:years?|年)", r"\bfive[\s-]*years?", r"(?<![十\d])五年", r"(?<![\d.])60\s*(?:months?|个月)",
    r"六十个月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4 个小时", "0.05%", "万分之五", "100%", "100 %", "30%",
            "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "five years", "5 years", "五年", "60 months", "one year", "一年", "30 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 sites", "0.055%", "万分之五十", "150%",
             "35%", "2027年12月31日", "18个月", "二十四个月", "45%", "Subscription Year", "115%", "4G connection",
             "每一年", "130%", "0.15%", "2,150", "三年", "1 hour"]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, fmt, lang, src) in FILES.items():
        cat, terms, extra, base, forum, design = LABELS[k]
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for m in RX.finditer(variant):
                problems.append("%s threshold text %r at %d" % (k, m.group(0), m.start()))
        for key, th in THRESH.items():
            v = terms[key]
            if v is not None and abs(v - th) < 1e-9:
                problems.append("%s %s on threshold" % (k, key))
        share = tco_share(terms, extra, base)
        if share is not None and abs(share - 40) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (k, share))
        rules = derive(terms, extra, base, forum)
        if rules != sorted(design):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(design)))
        fired |= set(rules)
        sla, ld_stated, capped, deemed, value = extra
        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        print("%s %-5s n=%d risk=%s tco=%s rules=%s" % (k, fmt, n, risk(rules),
                                                        None if share is None else round(share, 2), rules))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
