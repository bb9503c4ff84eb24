"""holdout402: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.
Run: /work/main/.venv/bin/python -B make_files.py  (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:非物质文化遗产数字化展示平台建设项目合同
P:项目编号：QZWL-ZC-2025-017（政府采购，公开招标）
P:甲方（采购人）：清州市文化广电和旅游局
P:乙方（供应商）：杭州云锦数字文化科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就清州市非物质文化遗产数字化展示平台建设事宜订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:乙方为甲方提供非遗数字化展示平台软件许可，并完成以下定制开发及服务：非遗资源库（项目、传承人、作品三类档案）、线上虚拟展厅、微信小程序导览、数据统计驾驶舱，以及62项代表性项目的三维扫描与高清影像采集、系统部署、数据导入和培训。详细需求以招标文件技术规格为准。
H:第二条 合同价款
P:本合同总价为人民币壹佰捌拾壹万陆仟元整（¥1,816,000），为含税固定总价，包括软件许可、开发、采集、部署、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|展示平台软件许可（永久，不限用户数）|680,000
TB:2|定制开发（资源库、虚拟展厅、小程序、驾驶舱）|740,000
TB:3|三维扫描及影像采集（62项）|310,000
TB:4|部署实施及培训|86,000
TB:合计||1,816,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥363,200。
P:3.2 系统部署完成并通过初验后15个工作日内，支付合同总价的45%，即¥817,200。
P:3.3 项目通过终验后15个工作日内，支付合同总价的35%，即¥635,600。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 工期
P:乙方应在合同签订后150日内完成全部开发、采集和部署并提请终验。
H:第五条 验收
P:5.1 初验标准：需求规格所列功能全部实现；资源库完成62项项目数据导入且抽查差错率不高于千分之二；虚拟展厅在500名并发用户下页面平均响应时间不超过3秒；通过第三方软件测评机构的安全测评，无高危漏洞。
P:5.2 初验合格后进入60日试运行，试运行期间无一级故障，且乙方提交源代码、三维模型原始文件、操作手册等全部文档后，甲方组织专家终验，出具书面终验报告。
P:5.3 系统上线、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即¥61,200），该价格在质保期满后三个服务年度内固定不变，维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划维护时间除外）。
P:7.2 一级故障（平台无法访问或数据丢失）乙方应在30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应；三级故障次日处理。
P:7.3 响应或恢复每超时1小时，扣减维护费或履约保证金500元；月可用率每低于承诺值0.01个百分点，扣减1,000元。
H:第八条 知识产权
P:本项目定制开发的程序、源代码、三维模型、影像资料及文档的知识产权归甲方所有，甲方有权自行修改、使用和许可他人使用。平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的非遗资源数据、用户数据及日志均属于甲方，乙方仅可为履行本合同使用，不得留存、复制或用于其他目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据加密存储、权限最小化管理，远程运维须经甲方审批并全程留痕；发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施。
P:9.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、传承人个人信息及未公开资料负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本项目转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有三个以上同类项目经验的项目经理，实施期间每周向甲方提交进度周报，列明完成情况、存在问题和下周计划；项目经理更换须经甲方书面同意。
P:15.2 三维扫描和影像采集涉及传承人及非遗项目现场的，乙方应提前5个工作日与甲方及传承人确认时间，尊重传承人意愿和民俗禁忌，不得损坏实物和场所。
P:15.3 乙方应于终验前向甲方技术人员提供不少于3期培训，培训后甲方人员应能独立完成资源录入、展厅更新和数据统计。
H:第十六条 履约保证金
P:乙方应在合同签订前提交合同总价5%的履约保证金，终验合格后无息退还；乙方违约的，甲方可从中扣除违约金及赔偿款。
H:第十七条 不可抗力与通知
P:17.1 因不可抗力不能履行合同的，受影响一方应在3日内书面通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生的除外。
P:17.2 本合同项下通知以书面形式送达合同首页所列地址，联系人变更应及时书面告知对方。
P:17.3 乙方应遵守甲方的廉政规定，不得向甲方工作人员提供财物或其他不正当利益。违反的，甲方有权解除合同，并依照政府采购有关规定处理。
P:17.4 乙方在展示平台中使用的字体、音乐、图片等素材应取得合法授权，因素材侵权引起的纠纷由乙方负责处理并承担费用。
H:第十八条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：清州市文化广电和旅游局　　代表签字：________　　日期：2025年6月18日
P:乙方（盖章）：杭州云锦数字文化科技有限公司　　代表签字：________　　日期：2025年6月18日
"""

Z02 = """T:隧道窑燃烧控制系统改造及维保合同
P:合同编号：HX-SB-2025-0432
P:甲方（买方）：萍乡华兴陶瓷有限公司
P:乙方（卖方）：南昌赣能自动化工程有限公司
P:甲方2号隧道窑（长128米）现有控制系统老化，烧成温度波动大。经比选，甲方委托乙方实施控制系统改造并提供维保服务，双方订立本合同。
H:1. 合同标的
P:1.1 乙方负责2号隧道窑燃烧控制系统的设计、供货、安装、调试、燃烧模型调优和培训，使窑炉各温区实现自动控制、曲线管理和异常报警。
P:1.2 设备及软件清单、技术参数见附件一，乙方所供设备应为全新原厂产品。
H:2. 合同价格
P:2.1 合同总价为人民币1,320,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU）|2套|386,000
TB:2|热电偶及压力、流量仪表|96支|172,800
TB:3|变频器及燃烧控制器|1批|248,000
TB:4|工控机及操作站|3台|96,000
TB:5|窑炉控制软件许可（永久）|1套|158,000
TB:软硬件小计|||1,060,800
TB:6|安装及调试|1项|148,000
TB:7|燃烧模型调优（定制）|1项|92,000
TB:8|操作培训|1项|19,200
TB:合计|||1,320,000
P:2.2 上述价格为固定价格，包含运输、保险、安装及质保期内服务。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即264,000元。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的45%，即594,000元。到货安装不代表验收合格。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即462,000元。
H:4. 交付与工期
P:4.1 乙方应在合同生效后45日内完成到货，并利用甲方停窑检修期在20日内完成安装调试。停窑日期由甲方书面通知。
P:4.2 施工须遵守甲方安全生产制度，动火作业须办理审批。
H:5. 验收
P:5.1 终验标准：各温区稳态温度偏差不超过±3℃；连续72小时热负荷运行无停烧；报警和联锁动作正确率达到设计要求；燃气单耗较改造前下降不少于4%；全部文档、程序备份移交甲方。
P:5.2 满足5.1后，双方签署终验报告。安装完成、试烧或投入生产均不视为终验合格。
H:6. 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内设备故障由乙方免费维修或更换。
P:6.2 质保期满后由乙方提供维保服务，维保年费按软硬件小计的28%计取，即每个服务年度297,024元，价格固定，按服务年度签订维保确认单。
P:6.3 维保内容包括季度巡检、备件更换、软件升级和燃烧参数复核。
H:7. 服务响应
P:7.1 一级故障（窑炉停烧或全线失控）：乙方接报后30分钟内远程响应，6小时内到场，8小时内恢复；二级故障2小时内响应，次日到场。
P:7.2 响应或到场每超时1小时，乙方支付800元违约金，从应付款或维保费中扣除。
H:8. 知识产权
P:8.1 为甲方定制的燃烧模型、PLC组态程序及源代码的知识产权归甲方所有，甲方可自行修改和使用。
P:8.2 控制软件原有知识产权归其权利人，甲方获得永久使用许可。
H:9. 数据安全
P:9.1 窑炉工艺参数、生产数据属于甲方，乙方不得复制或用于其他用途。
P:9.2 控制网络与办公网物理隔离；乙方远程维护须经甲方逐次审批，通过甲方指定的VPN账户进行并记录日志。
P:9.3 因乙方原因造成数据泄露、丢失或控制系统被入侵的，乙方承担全部损失赔偿责任。
H:10. 保密
P:10.1 乙方对甲方的配方、烧成曲线及其他技术和经营信息负有保密义务，保密期至信息公开之日止。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:12. 分包
P:12.1 未经甲方书面同意，乙方不得分包任何工作；经同意分包的，乙方对分包方的行为负责。
H:13. 合同解除
P:13.1 一方严重违约且在收到书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿损失。
H:14. 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。争议提交萍乡仲裁委员会仲裁。
H:15. 施工管理
P:15.1 乙方应在开工前提交施工组织方案，包括停窑期间的拆除、安装、接线、冷态调试和升温计划，经甲方生产部门确认后实施。
P:15.2 乙方施工人员进入厂区须接受甲方安全教育，佩戴劳保用品，高处、动火和受限空间作业须办理作业票并设专人监护。因乙方原因发生安全事故的，由乙方承担责任。
P:15.3 升温调试应按甲方确认的升温曲线进行，乙方工程师须全程在现场值守，直至窑炉恢复正常生产并连续稳定运行。
H:16. 培训与资料
P:16.1 乙方应对甲方烧成工、电工和工艺员分批培训，内容包括画面操作、曲线设置、报警处置、常见故障排查和备件更换，培训结束后进行考核。
P:16.2 乙方应在终验前移交电气图纸、PLC程序备份、组态工程文件、参数清单、设备说明书和维护手册各两套，以及电子版一套。
H:17. 变更与配合
P:17.1 甲方对控制功能提出变更的，双方书面确认工作量和费用后实施；不增加工作量的细微调整，乙方应免费完成。
P:17.2 甲方负责提供施工用电、吊装设备、临时存放场地和停窑窗口期，并协调窑炉工艺人员配合调试。
P:17.3 乙方应对施工中拆除的旧仪表、电缆和控制柜分类整理，交还甲方处置，不得擅自带离厂区。
H:18. 节能效果跟踪
P:18.1 终验后三个月内，乙方应每月到厂一次，会同甲方统计燃气单耗、产品合格率和烧成周期，形成节能效果报告。
P:18.2 燃气单耗降幅未达到5.1约定值的，乙方应免费继续调优燃烧模型，直至达到约定值；调优期间不影响甲方正常生产。
P:18.3 调优所需的烟气分析和热工测试由乙方负责组织，测试报告提交甲方存档。
H:19. 备品备件
P:19.1 乙方应随货提供附件一所列的随机备件，并保证在质保期满后继续供应同型号或兼容备件不少于六个服务年度，备件价格不高于本合同同类单价。
H:20. 其他
P:20.1 本合同一式四份，双方各执两份。
P:20.2 本合同未尽事宜由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:20.3 双方确认的技术协议、施工组织方案和会议纪要作为本合同的组成部分。乙方在本合同项下发出的报价、说明与本合同不一致的，以本合同为准。
P:20.4 本合同，双方各执两份，签字盖章后生效。附件一：设备及软件清单；附件二：验收方案。
P:甲方：萍乡华兴陶瓷有限公司（盖章）  授权代表：________  2025年7月2日
P:乙方：南昌赣能自动化工程有限公司（盖章）  授权代表：________  2025年7月2日
"""

Z03 = """排课及会员管理SaaS服务及实施合同

合同编号：LH-IT-2025-09
甲方（客户）：广州浪花少儿游泳培训连锁有限公司
乙方（服务商）：深圳泳易云软件有限公司

甲方在广州、佛山经营28家少儿游泳培训场馆，需统一的排课、会员、课消和家长端小程序系统。甲乙双方经友好协商，就乙方提供SaaS服务及实施事宜订立本合同。

一、服务内容
（一）乙方向甲方28家场馆开通“泳易云”排课及会员管理SaaS服务，包括课程与教练排班、会员卡及课时管理、家长小程序预约、签到及门禁对接、营收报表。
（二）乙方负责实施：历史会员及课时数据迁移、28家场馆的参数配置、与甲方现有闸机门禁系统对接、为甲方定制6张经营分析报表。
（三）乙方负责对甲方店长、前台和教练进行培训。

二、服务期限
（一）订阅服务期自2025年9月1日起至2027年8月31日止，分为两个服务年度。
（二）服务期满前30日，如任何一方未书面提出不续约，本合同自动续期一个服务年度，可多次续期。续期的服务费按乙方届时公布的价目表执行，乙方有权在续期时调整单价，甲方不另行签署确认。

三、费用
（一）费用明细：
1. SaaS订阅费：每场馆每服务年度6,800元，28家场馆每服务年度190,400元，两个服务年度共380,800元；
2. 实施费（数据迁移、配置、门禁对接、定制报表）：96,000元；
3. 培训费：18,200元。
合同总价：495,000元（含税）。短信通知按实际条数另行结算，不计入合同总价。
（二）付款：实施费和培训费共114,200元，在上线验收合格后10个工作日内支付；每个服务年度的订阅费在该服务年度开始后10个工作日内支付，首个服务年度的订阅费在上线验收合格后支付。乙方开具增值税专用发票。

四、实施与验收
（一）乙方应在2025年8月25日前完成全部实施工作。
（二）上线验收标准：历史会员、剩余课时、储值余额逐笔核对一致；28家场馆排课、预约、签到流程测试通过；门禁对接识别后开闸时间不超过2秒；6张定制报表数据与抽样手工台账一致；300人同时预约时页面响应不超过3秒。
（三）满足上述标准后，甲方出具书面上线验收单。仅开通账号或甲方试用不视为验收合格。
（四）乙方逾期完成实施的，每逾期一日按合同总价的千分之一支付违约金。

五、服务水平
（一）系统月可用率不低于99.5%（乙方提前3日通知的计划维护除外）。
（二）一级故障（全部场馆无法排课、签到或预约）：乙方15分钟内响应，2小时内恢复；二级故障（单个功能或单个场馆异常）：1小时内响应，8小时内恢复。
（三）月可用率低于承诺值的，每低0.5个百分点，抵扣当月订阅费的5%；一级故障恢复超时的，每超时1小时抵扣500元。抵扣额在下期订阅费中扣除。

六、数据归属与数据安全
（一）甲方会员资料、儿童学员信息、家长联系方式、课时及交易数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，系统须通过网络安全等级保护第三级测评；对儿童个人信息单独加密存储并实行最小权限访问；保留操作日志不少于180日。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向家长承担的责任和监管处罚。
（四）合同终止后30日内，乙方向甲方完整导出全部数据，并在甲方确认后彻底删除。

七、知识产权
（一）SaaS平台的知识产权归乙方。
（二）为甲方定制的报表、门禁对接程序及相关文档的知识产权归甲方所有，甲方可自由使用和修改。

八、保密
双方对因本合同知悉的对方商业信息负保密义务，未经对方书面同意不得披露，本条在合同终止后三个服务年度内继续有效。

九、分包
乙方不得将本合同服务分包给第三方，但经甲方书面同意的除外。

十、责任限额
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据安全事件、故意或重大过失造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内未纠正的，甲方有权解除合同，并要求退还已付未使用期间的服务费。
（二）连续三个月可用率均低于承诺值的，甲方有权解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交广州仲裁委员会仲裁。

十三、双方联系人及培训
（一）双方各指定一名项目联系人，负责实施期间的需求确认、问题协调和进度跟踪。乙方每周向甲方提交实施进度表。
（二）乙方应为每家场馆的店长和前台各培训一次，并为甲方总部录制操作视频，上线后首个月安排专人在线值守，随时解答门店使用问题。
（三）乙方新增功能或调整界面的，应提前7日在系统内公告，影响门店操作流程的重大调整须事先征得甲方同意。

十四、家长端及收费规则
（一）家长小程序以甲方名义展示，页面中不得投放乙方或第三方广告，不得向家长推送与甲方无关的信息。
（二）通过小程序产生的课程费用直接进入甲方收款账户，乙方不经手、不截留任何资金。
（三）乙方协助甲方设置退费、转卡、请假顺延等规则，规则内容由甲方决定。
（四）甲方新开场馆的，可按本合同单价增加开通，费用按剩余服务期按月折算；甲方关闭场馆的，可提前30日书面通知停用，自停用之月起相应减少订阅费。
（五）乙方应保证家长小程序符合微信平台规则和未成年人保护的相关要求，因乙方原因导致小程序被下架或限制的，乙方应尽快整改恢复。
（六）乙方每季度向甲方提供系统使用情况报告，包括各场馆活跃账号、预约量、签到量和故障记录。

十四之一、双方的其他义务
（一）双方应按照本合同约定的分工共同推进上线，任何一方发现可能影响上线日期的问题，应在发现后2个工作日内书面告知对方。
（二）甲方负责提供各场馆的网络环境、前台电脑和闸机设备，并配合乙方完成门禁接口调试。
（三）乙方负责系统的日常运行、备份和升级，每日对数据进行备份，备份数据保存在中国境内另一可用区，保证在发生故障时能够恢复到前一日的数据。
（四）甲方员工离职的，甲方应及时停用其账号；乙方发现异常登录的，应及时提醒甲方。
（五）乙方应向甲方提供标准数据导出功能，甲方可随时自行导出会员、课时和交易数据，导出不收取任何费用。
（六）乙方系统升级导致门店操作方式发生变化的，乙方应提前录制操作说明视频并组织线上培训。

十五、不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复；不可抗力持续超过20日的，甲方可以解除合同。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：广州浪花少儿游泳培训连锁有限公司（盖章）　　日期：2025年8月1日
乙方：深圳泳易云软件有限公司（盖章）　　日期：2025年8月1日
"""

Z04 = """住房公积金归集及贷款系统运维服务合同

项目名称：2025—2026服务年度住房公积金信息系统运维服务
采购方式：竞争性磋商（项目编号：LCZC2025-C-0086）
甲方：临川市住房公积金管理中心
乙方：江西中信达信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方住房公积金归集系统及贷款系统运维服务订立本合同。

（1）服务范围
乙方负责甲方归集系统、贷款系统、综合服务平台接口及其数据库、中间件的日常运维，包括：系统监控与巡检、故障处理、应用缺陷修复、参数调整、年度结息和数据结转支持、与银行及不动产登记系统接口的维护、安全加固配合、应急演练，以及运维文档的整理。乙方派驻3名运维工程师在甲方现场工作，其中项目经理1名。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

（3）服务费用
服务费总额为人民币860,000元（含税），由以下部分组成：驻场运维468,000元，应用系统维护236,000元，数据库及中间件技术支持98,000元，安全巡检及应急演练58,000元。服务费按季度支付，每季度末经甲方考核合格后15个工作日内支付215,000元，不设预付款。

（4）人员要求
驻场人员须具备相关认证并经甲方面试同意，服务期内不得擅自更换；确需更换的，应提前15日书面申请并经甲方同意，新人员能力不得低于原人员。

（5）服务水平
① 归集、贷款系统在工作时间的月可用率不低于99.95%。
② 一级故障（系统整体中断、批量业务无法办理或资金数据错误）：乙方15分钟内响应，1小时内到场，3小时内恢复业务。
③ 二级故障（部分功能异常、个别网点无法办理）：30分钟内响应，8小时内解决。
④ 三级问题（咨询、报表调整）：2个工作日内处理。
⑤ 乙方每月提交运维报告，列明故障、处理时长和可用率统计。

（6）服务考核
甲方每季度按照磋商文件附件《运维考核表》对乙方服务进行考核，考核内容包括巡检完成率、月度报告质量、文档完整性和用户满意度。考核得分85分以上为合格；不合格的，乙方应在10日内整改，整改合格后甲方支付当季服务费。

（7）重要节点
乙方应在2025年12月31日前完成年度结息测试方案，并在甲方规定的时间内完成年度结息和数据结转；乙方应在2026年3月31日前完成系统安全加固及一次应急演练。乙方逾期完成上述任一工作的，每逾期一日按合同总价的万分之二向甲方支付违约金。

（8）数据安全
① 公积金缴存人信息、账户、贷款及资金数据属于甲方，乙方仅可在履行运维职责的范围内接触，不得复制、下载、留存或用于其他目的。
② 乙方人员须签署保密和数据安全承诺书，通过甲方堡垒机操作生产系统，禁止使用个人设备接入内网；涉及数据修改的，须经甲方业务科室书面审批并双人复核。
③ 发生或可能发生数据泄露的，乙方应立即报告并在1小时内提交书面说明；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。

（9）保密
乙方对在服务中知悉的甲方工作秘密、系统架构、账号口令和个人信息负保密义务，不得向任何第三方披露。本义务不因合同终止而免除。

（10）成果归属
乙方在服务期内编写的脚本、程序补丁、运维文档和应急预案，其知识产权归甲方所有，服务期满时全部移交甲方。

（11）分包
乙方不得将本合同服务转包或分包。

（12）合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

（13）交接
服务期满或合同解除时，乙方应配合甲方或新服务商完成不少于15日的交接，移交全部文档、账号和配置记录，并协助新服务商熟悉系统架构、批处理作业和接口流程。交接完成后，乙方人员持有的全部账号由甲方注销，乙方应书面确认未留存任何甲方数据。

（14）争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（15）运维管理制度
① 乙方应建立值班制度，工作日驻场人员不少于3人，节假日及归集、结息等业务高峰期安排专人值守，并保持7×24小时电话畅通。
② 乙方对生产系统的任何变更，包括程序补丁、参数调整和数据库操作，均须填写变更申请单，说明变更内容、影响范围和回退方案，经甲方信息科审批后在非业务时间实施。
③ 乙方应每日巡检服务器、数据库、存储和网络设备运行状态，每周检查备份作业，每季度进行一次备份恢复演练，并形成书面记录。
④ 乙方应配合甲方接受上级主管部门、审计部门的检查和网络安全等级保护测评，及时整改检查中发现的问题。

（16）人员管理补充
① 乙方驻场人员应遵守甲方考勤和保密管理制度，因病、因事请假须提前报甲方同意，并由乙方安排具备同等能力的人员顶岗。
② 乙方应对驻场人员开展岗前保密教育和业务培训，驻场人员离岗时应交回门禁卡、账号和全部资料。
③ 甲方认为驻场人员不能胜任的，可书面要求乙方更换，乙方应在10日内派出合格人员。
④ 乙方应在每年度结息、政策调整上线等关键业务节点前制定保障方案，报甲方确认后执行，并在业务办理期间加派人员现场保障。

（17）文档和报告
① 乙方应在服务期开始后30日内完成系统现状梳理，提交系统架构图、服务器及数据库清单、接口清单和应急预案。
② 乙方每月5日前提交上月运维报告，每季度提交季度总结，服务期满前提交年度运维总结和系统优化建议。
③ 上述文档经甲方确认后归档，作为季度考核的依据。
④ 乙方应建立运维知识库，记录每次故障的现象、原因、处理过程和预防措施，服务期满时随同其他文档一并移交甲方。
⑤ 乙方应每季度组织一次系统运行分析会，向甲方汇报系统性能、容量趋势和存在的隐患，提出优化建议，经甲方同意后实施。
⑥ 乙方应协助甲方完成业务系统与全国住房公积金数据平台的数据报送和核对，对报送中发现的数据质量问题提出处理建议，由甲方决定后执行。

（18）廉洁条款
乙方及其人员不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益；发现此类行为的，甲方有权解除合同并将乙方列入不良行为记录。

（19）不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，双方根据影响程度协商处理。

（20）其他
本合同未尽事宜按磋商文件及乙方响应文件执行。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临川市住房公积金管理中心　　代表：________　　2025年6月25日
乙方（盖章）：江西中信达信息技术服务有限公司　　代表：________　　2025年6月25日
"""

Z05 = """# 溯源云MES生产执行及批次追溯系统软件许可及实施合同

**（乙方标准合同文本 SY-HT-2025 版）**

- 合同编号：SYY-2025-0713
- 甲方：桂林漓香腐竹食品有限公司
- 乙方：长沙溯源云信息科技有限公司

甲方为腐竹及豆制品生产企业，为实现浸泡、磨浆、煮浆、揭皮、烘干各工段数据采集和成品批次追溯，向乙方采购“溯源云MES”软件许可及定制开发服务。双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供溯源云MES基础平台及批次追溯模块的软件许可（永久，限甲方桂林工厂使用）。

1.2 乙方根据甲方需求进行定制开发：工段数据采集界面、电子秤及温控仪数据对接、原料豆入库到成品出库的批次追溯链、追溯二维码打印及消费者扫码查询页面。

1.3 乙方负责部署实施和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES基础平台及批次追溯模块软件许可 | 326,000 |
| 2 | 定制开发（采集界面、设备对接、追溯链、扫码页面） | 218,000 |
| 3 | 部署实施 | 46,000 |
| 4 | 操作培训 | 10,000 |
| | **合计** | **600,000** |

合同总价为人民币陆拾万元整，含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即390,000元，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即210,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施及技术支持。

## 第四条 实施周期

4.1 乙方在收到首期款后90日内完成部署和定制开发，具体进度以双方确认的实施计划为准。

4.2 因甲方需求变更、现场条件不具备或设备不配合造成的延误，实施周期相应顺延。

## 第五条 上线与验收

5.1 乙方完成部署并在甲方生产现场运行后，即视为系统上线。

5.2 系统上线即视为甲方验收合格。甲方在上线后发现的问题，由乙方在维护期内处理。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内乙方提供远程技术支持，服务时间为工作日9:00至17:00，乙方将尽力及时处理甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 本合同项下软件及定制开发成果（包括源代码、数据接口、报表模板和相关文档）的知识产权均归乙方所有。

7.2 甲方在许可范围内享有使用权，不得修改、反编译或提供给第三方使用。

## 第八条 数据

8.1 甲方生产数据归甲方所有。

8.2 甲方同意，乙方可将甲方数据经脱敏处理后用于产品改进、行业分析及为其他客户提供的工艺参考服务。

8.3 乙方应采取访问控制、加密传输和定期备份等措施保护甲方数据安全；因乙方原因造成甲方数据泄露或丢失的，乙方承担相应赔偿责任。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

## 第十条 合作伙伴

乙方可根据项目需要，将部分实施、设备对接工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十一条 责任限制

11.1 乙方在本合同项下对甲方承担的全部赔偿责任，累计不超过合同总价的20%。

11.2 乙方对甲方的间接损失、利润损失、停产损失不承担责任。

## 第十二条 合同解除

任何一方严重违反本合同且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十四条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 甲方配合义务

15.1 甲方应指定项目负责人，及时确认需求、提供工段工艺参数、设备通讯协议和原料、成品编码规则。

15.2 甲方应按乙方要求准备服务器、网络、扫码枪、标签打印机等软硬件环境，并安排生产人员参加培训。

15.3 因甲方未及时履行上述配合义务导致项目延误的，由甲方自行承担相应后果，乙方不承担责任。

## 第十六条 需求变更

16.1 实施过程中甲方提出新增需求或变更已确认需求的，应以书面方式提出，乙方评估工作量后报价，双方签署变更确认单后执行。

16.2 变更费用另行结算，不包含在本合同总价内。

16.3 甲方需要增加使用工厂、产线或用户的，应另行购买许可，价格按乙方届时报价执行。

16.4 乙方为甲方提供的标签模板、追溯码格式和消费者查询页面样式，由乙方统一设计，甲方可提出修改意见。

16.5 乙方有权在追溯查询页面显示“技术支持：溯源云”字样及乙方联系方式。

16.6 甲方应妥善保管系统管理员账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。

## 第十六条之一 培训

乙方为甲方提供两次现场培训：第一次在系统部署完成后，对象为甲方管理人员和各工段班组长；第二次在系统上线前，对象为操作工和质检人员。培训内容包括系统登录、工段数据录入、批次查询、追溯码打印及常见问题处理。超出上述次数的培训，按每人每日1,500元另行收费。

## 第十六条之二 系统环境

乙方提供的软件运行环境要求以乙方发布的配置清单为准。甲方自行采购的服务器、数据库、操作系统及网络设备不满足该清单的，乙方不保证系统性能，由此增加的实施工作量另行计费。甲方擅自修改系统配置、数据库或与其他软件混装导致系统异常的，乙方提供的恢复服务另行收费。

## 第十六条之三 通知

双方通知以书面形式或电子邮件发送至合同首页所列联系方式，发出后第二个工作日视为送达。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同附件（实施计划、需求确认书）与本合同具有同等效力。

| 甲方：桂林漓香腐竹食品有限公司（盖章） | 乙方：长沙溯源云信息科技有限公司（盖章） |
|---|---|
| 授权代表：________ | 授权代表：________ |
| 日期：2025年7月20日 | 日期：2025年7月20日 |
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. DP-MBC-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 June 2025 between Mianyang Tianfu Public Bus Co., Ltd., a company incorporated in the People's Republic of China with its office at 88 Linyuan Road, Mianyang, Sichuan (the "Customer"), and DepotPro Software S.R.L., a company incorporated in Uruguay with its office at Calle Sarandi 540, Montevideo, Uruguay (the "Vendor").
P:Background: The Customer operates four bus depots with 620 buses and wishes to replace its paper-based maintenance records with a depot maintenance and parts inventory system. The Vendor owns the DepotPro software and has offered perpetual licences and implementation services. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the DepotPro server application, the named-user and mobile technician modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data migration scripts and configuration files developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's operation, including vehicle, work-order, parts and employee data.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its depots and head office for its own business, for the number of users set out in Article 3.
P:2.2 The Vendor shall configure the Software, migrate historical maintenance records for the past three calendar years, build interfaces to the Customer's vehicle telematics platform and its ERP finance module, and train the Customer's staff.
P:2.3 Installation shall be on the Customer's own servers in its Mianyang data room. The Vendor shall work remotely through the Customer's VPN and on site for go-live.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 890,000, fixed and inclusive of Chinese taxes. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:DepotPro server licence (perpetual)|1|286,000|286,000
TB:Named-user licences (perpetual)|60|3,900|234,000
TB:Mobile technician licences (perpetual)|40|2,150|86,000
TB:Licence Subtotal|||606,000
TB:Configuration and data migration|1 lot||148,000
TB:Telematics and ERP interfaces|1 lot||112,000
TB:Training (administrators and technicians)|1 lot||24,000
TB:Contract Price|||890,000
P:3.2 Additional licences ordered within three calendar years after signature shall be supplied at the unit prices above.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 89,000) within 15 days after signature and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 489,500) within 15 days after the Software is installed and the interfaces are connected, as confirmed by an installation record signed by both parties. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 311,500) within 15 days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer to the Vendor's CNY account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and present the system for Final Acceptance within 120 days after signature.
P:5.2 Final Acceptance tests shall confirm that: (a) all functions in the agreed requirement list operate correctly; (b) migrated records reconcile with the source records by count and by value for every depot; (c) work orders and parts issues reach the ERP module within 10 minutes; (d) the system supports 80 concurrent users with screen response under 3 seconds; and (e) the system has run in production for 30 consecutive days without a Severity 1 incident.
P:5.3 If the tests are passed, the Customer shall issue the Final Acceptance certificate within 10 days. Use of the Software in production, or any payment, shall not be deemed acceptance.
P:5.4 If the Vendor is late in presenting the system for Final Acceptance for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates free of charge.
P:6.2 Severity 1 incidents (the system is unavailable at any depot, or work orders cannot be created) shall be responded to within 1 hour and a workaround shall be provided within 8 hours. Severity 2 incidents shall be responded to within 8 business hours. Support is provided in Chinese through the Vendor's partner desk in Chengdu and by the Vendor in Montevideo.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 600 against the next amount payable by the Customer.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the Licence Subtotal per year (CNY 66,660). This fee is fixed for the first three support years after the Warranty Period. Support is ordered by a separate purchase order for each support year and is not renewed automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, belong to the Customer upon payment. The Customer may use, modify and license them to third parties freely. The Vendor shall deliver the source code with Final Acceptance.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through accounts issued by the Customer, with multi-factor authentication and a logged session for each access. No Customer Data shall be transferred outside the Customer's data room, and no personal data shall leave the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected security incident affecting Customer Data and shall cooperate in remedying it. The Vendor is liable for all losses caused by a breach of this Article 8 by the Vendor, its staff or its partner desk.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's fleet, cost and personnel information, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to two times the Contract Price. This limit does not apply to breach of Article 8, infringement of third-party rights, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor may subcontract only with the Customer's prior written consent. The Customer consents to the Vendor's partner desk in Chengdu named in Annex 2. The Vendor remains responsible for its subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 5.4 reach their maximum. On termination by the Customer the Vendor shall refund the amounts paid for undelivered items.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Oriental Republic of Uruguay.
P:14.2 Any dispute shall be finally settled by arbitration under the rules of the Arbitration Centre of the Chamber of Commerce of Uruguay, seated in Montevideo, in English, by a sole arbitrator.
H:Article 14A Project Management
P:14A.1 Each party shall appoint a project manager within 10 days after signature. The project managers shall meet by video each week during implementation and record decisions in written minutes.
P:14A.2 The Vendor shall provide a detailed project plan within 15 days after signature, covering configuration workshops, data migration rounds, interface testing, training and go-live, and shall report progress against it every two weeks.
P:14A.3 The Customer shall provide server capacity, VPN accounts, sample data, and the cooperation of its telematics and ERP suppliers in time for the plan.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (requirement list) and Annex 2 (support contacts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Mianyang Tianfu Public Bus Co., Ltd.  Name: ______  Title: ______  Date: ______
P:For the Vendor: DepotPro Software S.R.L.  Name: ______  Title: ______  Date: ______
"""

E02 = """# Order Form No. CQ-2025-0418

**Provider:** ClinicaQ Sistemas S.A., Avenida Mariscal Lopez 3120, Asuncion, Paraguay ("Provider")

**Customer:** Wuxi Liangxi Dental Clinics Co., Ltd., 56 Qingyang Road, Liangxi District, Wuxi, Jiangsu, People's Republic of China ("Customer")

This Order Form is issued under, and incorporates, the ClinicaQ General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order details

| Item | Detail |
|---|---|
| Service | ClinicaQ appointment, queue and patient reminder platform (the "Service") |
| Sites | 14 dental clinics of the Customer in Wuxi and Changzhou |
| Subscription Term | Two Subscription Years, from 1 September 2025 to 31 August 2027 |
| Hosting | Alibaba Cloud, mainland China (Shanghai region) |
| Currency | Chinese Yuan (CNY), at the Customer's request |

### Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 14 clinics x CNY 9,600 per clinic per Subscription Year, 2 Subscription Years | 268,800 |
| Onboarding fee | one-time: configuration, data import, WeChat mini-program setup, training | 36,000 |
| Total Order Value | | 304,800 |

Text messages above 20,000 per month are charged at CNY 0.06 per message and are not part of the Total Order Value.

### Invoicing

1. The onboarding fee is invoiced on Go-Live Acceptance.
2. The subscription fee for each Subscription Year (CNY 134,400) is invoiced at the start of that Subscription Year; the fee for the first Subscription Year is invoiced on Go-Live Acceptance.
3. Invoices are payable within 30 days by bank transfer in CNY.

### Onboarding

Provider shall make the Service ready for Go-Live Acceptance by 25 August 2025. Go-Live Acceptance tests are listed in Section 4 of the General Terms.

## Part B - General Terms

### Section 1 Definitions

1.1 "Customer Data" means all data that Customer or its patients enter into the Service, including patient names, contact details, appointment history and treatment notes.

1.2 "Configurations" means the appointment rules, reminder templates, forms and reports that Provider builds specifically for Customer.

1.3 "Subscription Year" means each period of consecutive months starting on 1 September during the Subscription Term.

### Section 2 The Service

2.1 Provider grants Customer and its staff the right to use the Service at the Sites during the Subscription Term.

2.2 Provider may improve the Service from time to time, provided that no change reduces the functions or security of the Service.

2.3 Customer is responsible for the accuracy of the data it enters and for the use of the Service by its staff.

### Section 3 Subscription Term and Renewal

3.1 The Subscription Term is set out in the Order Form.

3.2 The Service does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### Section 4 Onboarding and Go-Live Acceptance

4.1 Provider shall import the Customer's existing patient list and future appointments, configure the 14 Sites, set up the WeChat mini-program and train two administrators per Site.

4.2 Go-Live Acceptance tests shall show that: (a) imported patients and future appointments match the source data by count for every Site; (b) booking, check-in and queue display work at every Site; (c) reminders are delivered within 5 minutes of the scheduled time in a test of 1,000 messages; and (d) pages load in under 2 seconds with 200 concurrent users.

4.3 When the tests are passed, Customer shall sign a Go-Live Acceptance certificate within 5 business days. Use of the Service before the certificate is signed is not acceptance.

4.4 If Provider fails to make the Service ready for Go-Live Acceptance by the date in the Order Form, Provider shall pay Customer CNY 200 for each day of delay.

### Section 5 Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 3 days in advance and carried out between 23:00 and 05:00 Beijing time.

5.2 Priority 1 incidents (the Service is unavailable at one or more Sites, or reminders are not being sent) shall be responded to within 30 minutes and resolved within 3 hours. Priority 2 incidents shall be responded to within 2 hours and resolved within 1 business day.

5.3 If monthly availability falls below the commitment, Provider shall give a service credit of 10% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment. A late Priority 1 response or resolution earns a credit of CNY 500 per hour. Credits are deducted from the next invoice.

### Section 6 Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not use it for analytics, benchmarking or product development.

6.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and comply with the Personal Information Protection Law of the People's Republic of China.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data and shall take all steps needed to contain it. Provider is liable for all losses, fines and patient claims caused by a security incident attributable to Provider or its subcontractors.

6.4 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in a standard format and then delete it.

### Section 7 Intellectual Property

7.1 Provider owns the Service and its underlying software.

7.2 The Configurations belong to Customer. Customer may use, copy and modify them and have them used by any third party, also after the Subscription Term.

### Section 8 Subcontractors

8.1 Provider may use subcontractors, including hosting providers and local implementation partners, to perform any part of the Service. Provider will inform Customer of each new subcontractor by email before it starts work.

8.2 Provider remains responsible for the work of its subcontractors.

### Section 9 Liability

9.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value.

9.2 The limit does not apply to breach of Section 6, infringement of intellectual property rights, or wilful misconduct.

### Section 10 Termination

10.1 Customer may terminate this Order Form by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if availability is below the commitment in any two months of a Subscription Year.

10.2 On termination by Customer under Section 10.1, Provider shall refund the prepaid subscription fees for the remaining period.

10.3 Provider may suspend the Service if an undisputed invoice is more than 45 days overdue and remains unpaid 10 days after a written reminder.

### Section 11 Governing Law and Disputes

11.1 This Order Form and the General Terms are governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### Section 11A Customer Obligations

11A.1 Customer shall provide accurate patient and appointment data for import, appoint an administrator at each Site, and make Site staff available for training.

11A.2 Customer is responsible for obtaining patient consent for reminders by text message and WeChat, using the consent wording that Provider configures in the Service.

11A.3 Customer shall keep its user accounts and passwords secure and promptly tell Provider about any unauthorised use of its accounts.

### Section 11B Support

11B.1 Provider shall give support in Chinese by telephone, WeChat and email from 08:00 to 21:00 Beijing time on all days, and by telephone at all times for Priority 1 incidents.

11B.2 Provider shall send Customer a monthly service report showing availability, incidents, response and resolution times, reminder delivery rates and credits due.

11B.3 Provider shall give Customer at least 30 days' notice of any change that affects how Site staff use the Service, and shall provide updated training material before the change takes effect.

### Section 12 General

12.1 Notices shall be given in writing to the addresses in this Order Form.

12.2 Neither party may assign this Order Form without the other's written consent.

12.3 Notices about breach or termination must be sent by courier and email; other notices may be sent by email only.

12.4 This Order Form may be signed electronically, and an electronically signed copy has the same effect as a signed original.

12.5 This Order Form is signed in English. Each party has received one signed copy.

| For Customer | For Provider |
|---|---|
| Wuxi Liangxi Dental Clinics Co., Ltd. | ClinicaQ Sistemas S.A. |
| Name: ______ Title: ______ | Name: ______ Title: ______ |
| Date: ______ | Date: ______ |
"""

E03 = """T:Purchase Contract for Grain Storage Monitoring Sensors
P:Contract No. FY-CG-2025-112
P:Buyer: Anhui Fengyuan Grain Reserve Depot Co., Ltd., 18 Cangchu Road, Bengbu, Anhui, People's Republic of China (the "Buyer").
P:Supplier: Agrisense Suriname N.V., Kernkampweg 21, Paramaribo, Suriname (the "Supplier").
P:The Buyer operates 24 flat warehouses for grain reserves. After a competitive comparison the Buyer has selected the Supplier to supply and install a grain temperature and humidity monitoring system. This Contract is on the Buyer's standard terms. All prices are in Chinese Yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in clause 2, connect all sensors to the monitoring software, and train the Buyer's warehouse keepers.
P:1.2 All equipment shall be new, of the models stated in Annex 1, and suitable for grain storage conditions.
H:2. Contract Price
P:2.1 The Contract Price is CNY 892,000, fixed and including delivery to the depot, import duties, taxes, installation and the services during the warranty.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Grain temperature cables|420|1,180|495,600
TB:Temperature and humidity sensors|64|860|55,040
TB:Wireless gateways|12|6,400|76,800
TB:Weather station|1|38,560|38,560
TB:Monitoring software licence (perpetual)|1|126,000|126,000
TB:Hardware and Licence Subtotal|||792,000
TB:Installation and commissioning|1 lot||88,000
TB:Training|1 lot||12,000
TB:Contract Price|||892,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 89,200) within 15 days after signature, against an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 490,600) within 15 days after the Installation Certificate. The Installation Certificate confirms that all items are installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 312,200) within 15 days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the depot within 75 days after signature and complete installation within 30 days after delivery, outside the Buyer's grain intake periods.
P:4.2 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate under clause 12.
H:5. Acceptance
P:5.1 Final Acceptance tests: (a) every cable and sensor reports to the software; (b) readings agree with a calibrated reference thermometer within 0.5 degrees Celsius at 30 sampled points; (c) a full depot scan completes within 10 minutes; (d) alarms for hot spots reach the duty phone within 2 minutes; and (e) the system runs for 30 days without data loss.
P:5.2 When the tests are passed the Buyer shall sign the Final Acceptance certificate. Delivery, installation or use of the system is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty equipment free of charge and provide software updates.
P:6.2 Severity 1 faults (a whole warehouse or the software stops reporting) shall be responded to within 1 hour by remote support, and the Supplier's service agent in Hefei shall be on site within 24 hours. Other faults shall be responded to within 1 business day.
P:6.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay CNY 300, deducted from the warranty retention or the next payment.
P:6.4 After the warranty the Buyer may order support at 8% of the Hardware and Licence Subtotal per year (CNY 63,360). This price is fixed for two support years. Support is ordered year by year and does not renew automatically.
H:7. Data
P:7.1 All readings, warehouse maps and alarm records are the Buyer's data. The Supplier shall use them only to perform this Contract.
P:7.2 The software shall run on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy the Buyer's data out of the depot network.
P:7.3 The Supplier shall report any security incident within 12 hours and is liable for all losses caused by a breach of this clause by the Supplier or its service agent.
H:8. Intellectual Property
P:8.1 Warehouse layouts, configuration files and custom reports prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually for the depot.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, in particular grain quantities and storage locations, and shall not disclose it without prior written consent, for three years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 7, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier's service agent in Hefei named in Annex 2 is approved by the Buyer's signature of this Contract. Any other subcontracting requires the Buyer's prior written consent.
H:11A. Installation Works
P:11A.1 Before installation the Supplier shall submit an installation plan for each warehouse, showing cable positions, sensor heights, gateway locations and power supply, for the Buyer's approval.
P:11A.2 Temperature cables shall be hung from the roof trusses at the spacing shown in Annex 1 and shall not obstruct grain loading equipment. The Supplier shall not enter a warehouse without the Buyer's warehouse keeper and shall follow the depot's rules on fumigation, fire safety and work at height.
P:11A.3 The Supplier shall remove all packaging and waste from the depot and shall repair, at its cost, any damage it causes to the warehouses or the grain.
H:11B. Training and Documents
P:11B.1 The Supplier shall train at least 20 warehouse keepers and two system administrators in using the software, reading temperature maps, handling alarms and replacing faulty sensors.
P:11B.2 Before Final Acceptance the Supplier shall hand over the as-built drawings, the equipment list with serial numbers, calibration certificates, user manuals in Chinese and the software installation package.
H:11C. Spare Parts
P:11C.1 The Supplier shall keep spare cables, sensors and gateway modules at its service agent in Hefei during the warranty and shall make spare parts available for purchase for at least eight years after Final Acceptance at prices not higher than those in clause 2.
H:11D. Customs and Delivery
P:11D.1 The Supplier shall handle export from Suriname and shipping to Shanghai, and its import agent shall clear customs and deliver to the depot. Risk in the equipment passes to the Buyer on signature of the Installation Certificate. Title passes on payment under clause 3.2.
P:11D.2 Each delivery shall be accompanied by a packing list, a certificate of origin and the manufacturer's quality certificate. The Buyer shall inspect the packages on arrival for visible damage and record any damage on the delivery note.
H:11E. Force Majeure
P:11E.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and provides evidence. If such an event lasts more than 60 days either party may terminate by written notice.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or in the case of clause 4.2.
H:12A. Notices and Language
P:12A.1 Notices under this Contract shall be in writing and sent by courier and email to the addresses in this Contract. Technical communications during installation may be made by email or in the project chat group.
P:12A.2 This Contract is made in Chinese and English. Operating documents, training material and software screens shall be in Chinese.
P:12A.3 The Supplier shall comply with the Buyer's rules on integrity and shall not offer gifts, meals or other benefits to the Buyer's staff. A breach of this clause is a material breach.
P:12A.4 The Supplier shall keep the Buyer informed of any change in its ownership, its service agent or the manufacturer of the equipment, and shall confirm in writing that the change does not affect its obligations under this Contract, including spare parts and warranty service.
P:12A.5 No change to this Contract is valid unless it is in writing and signed by authorised representatives of both parties.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Bengbu Arbitration Commission.
P:Annex 1: Equipment specifications. Annex 2: Service agent. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Pond Monitoring Service Agreement

**Agreement No.** AQ-MS-2025-07

**Between**

- **Zhanjiang Haixin Aquatic Feed Co., Ltd.**, Haibin Avenue 201, Xiashan District, Zhanjiang, Guangdong, People's Republic of China ("Customer"); and
- **AcuaData Ecuador S.A.**, Avenida Francisco de Orellana 234, Guayaquil, Ecuador ("Provider").

**Background.** Customer runs 40 demonstration shrimp ponds at three farms to show the results of its feeds to farmers. Provider operates a remote monitoring service for aquaculture ponds and will supply, operate and maintain the monitoring equipment and platform for Customer as a managed service. Fees are in Chinese Yuan (CNY) at Customer's request.

## Section 1 Definitions

1.1 "Service" means the managed pond monitoring service described in Schedule 1.

1.2 "Customer Data" means all readings, pond records, feed trial results and other data collected or produced in the Service.

1.3 "Service Commencement Date" means the date of Service Acceptance under Section 4.

1.4 "Term" means 36 months from the Service Commencement Date.

## Section 2 The Service

2.1 Provider shall install dissolved-oxygen, temperature, pH and salinity probes in each pond, connect them through its gateways, operate the monitoring platform, and watch the readings from its monitoring centre around the clock.

2.2 Provider shall alert Customer's farm managers by phone and app when a reading leaves the agreed range, and shall send a monthly report on pond conditions and service performance.

2.3 The probes, gateways and platform remain Provider's property. Provider shall clean, calibrate and replace them as stated in Schedule 1.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value for the Term is CNY 1,450,000.

3.2 The onboarding charge is payable within 30 days after Service Acceptance. The monthly service charge is invoiced at the end of each month in arrears and is payable within 30 days. No advance payment is due.

## Section 4 Onboarding and Service Acceptance

4.1 Provider shall complete installation at all three farms within 60 days after signature.

4.2 Service Acceptance tests: (a) all 40 ponds report every 10 minutes for 14 consecutive days with at least 98% of readings received; (b) probe readings agree with a handheld reference meter within the tolerances in Schedule 1; (c) test alarms reach the named farm managers within 3 minutes; and (d) the dashboards and monthly report template are approved by Customer.

4.3 When the tests are passed Customer shall sign a Service Acceptance certificate. Installation alone is not acceptance.

4.4 If Provider has not achieved Service Acceptance within 60 days after signature for reasons attributable to it, Provider shall pay CNY 900 for each day of delay.

## Section 5 Service Levels

5.1 The service levels and service credits are set out in Schedule 3. Provider shall report its performance against them each month.

5.2 Service credits are deducted from the next monthly invoice.

## Section 6 Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose or disclose it to any other person.

6.2 At the end of the Term Provider shall hand over all Customer Data to Customer in CSV format.

## Section 7 Intellectual Property

7.1 The platform and Provider's monitoring methods remain Provider's property.

7.2 The dashboards, pond reports and alarm rules prepared for Customer belong to Customer, which may use, modify and license them freely.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's feed formulas and trial results, and shall use it only for this Agreement. This obligation continues for three years after the Term.

## Section 9 Liability

9.1 Each party's total liability under this Agreement is limited to 120% of the total contract value, except for wilful misconduct and personal injury.

## Section 10 Subcontracting

10.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## Section 11 Term and End of the Agreement

11.1 This Agreement runs for the Term and then ends. It does not renew automatically; any extension must be agreed in writing by both parties.

11.2 Neither party may end this Agreement before the end of the Term, except where a force majeure event prevents performance for more than 90 consecutive days, in which case either party may end it by written notice.

11.3 At the end of the Term Provider shall remove its equipment within 30 days and restore the ponds' fittings.

## Section 11A Governance and Reporting

11A.1 Each party shall name a service manager. The service managers shall meet by video each month to review the monthly report, open incidents, calibration records and any changes requested by Customer.

11A.2 The monthly report shall show, for each farm and pond, the share of readings received, alarms raised and how quickly they were delivered, incidents and their response and restore times, calibration and replacement work done, and the service credits due.

11A.3 Customer may ask for changes to alarm ranges, report formats or dashboards at any time. Provider shall make changes that take less than one working day without charge; larger changes shall be agreed in writing before work starts.

## Section 11B Customer Responsibilities

11B.1 Customer shall give Provider's technicians safe access to the ponds during working hours, provide mains power at each gateway position, and tell Provider in advance about pond draining, harvesting or treatment that may affect the probes.

11B.2 Customer shall not move, open or repair the probes or gateways itself, except to protect them in an emergency, and shall report any damage to Provider without delay.

11B.3 Loss of or damage to equipment caused by Customer's staff or contractors shall be repaired at Customer's cost at the rates in Schedule 2 or, where no rate applies, at Provider's reasonable cost.

## Section 11C Local Support

11C.1 Provider shall keep a technician and a stock of spare probes in Zhanjiang throughout the Term so that field work can be done without waiting for parts from Ecuador.

11C.2 Provider's technicians shall follow Customer's farm biosecurity rules, including disinfection of boots and equipment between farms.

## Section 11D Changes in Ponds

11D.1 Customer may add ponds to the Service, or remove ponds that are no longer used for demonstrations, by written notice 30 days in advance. An added pond is charged at CNY 960 per month plus an installation charge of CNY 1,600; a removed pond reduces the monthly service charge by CNY 720 from the month after removal.

11D.2 Provider shall install probes in an added pond within 15 days after Customer's notice, and shall remove the equipment from a removed pond within 15 days after removal, leaving the pond fittings in good order.

11D.3 Added ponds are covered by the same service levels, reporting and data terms as the original 40 ponds.

## Section 12 Force Majeure

12.1 Typhoons, floods, epidemics and other events beyond a party's reasonable control excuse performance for as long as they last, if the affected party notifies the other promptly.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Schedule 1 - Service Description

| Element | Detail |
|---|---|
| Ponds covered | 40 ponds at the Donghai, Suixi and Leizhou farms |
| Probes per pond | dissolved oxygen, temperature, pH, salinity |
| Reading interval | every 10 minutes |
| Calibration | on site every 2 weeks by Provider's local technician |
| Probe replacement | at Provider's cost when out of tolerance |
| Accuracy tolerance | DO +/-0.3 mg/L, temperature +/-0.3 degrees Celsius, pH +/-0.1 |
| Monitoring centre | staffed around the clock, Chinese-speaking operators |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (installation, configuration, dashboards, training) | one-time | 64,000 |
| Monthly service charge | CNY 38,500 x 36 months | 1,386,000 |
| Total contract value | | 1,450,000 |

## Schedule 3 - Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Platform availability | 99.95% per month | 5% of the monthly charge for each 0.1 point below |
| Priority 1 (farm offline or alarms not sent) | response within 30 minutes, restore within 6 hours | CNY 800 per hour late |
| Priority 2 (single pond offline) | response within 2 hours, restore within 1 business day | CNY 200 per hour late |
| Alarm delivery | within 3 minutes of the reading | CNY 300 per late alarm |

**Signed** for Customer: ______________ Date: ______

**Signed** for Provider: ______________ Date: ______
"""

E05 = """GREEN COFFEE MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDV-API-2025-19

PARTIES

Xiamen Lumei Coffee Roasting Co., Ltd., 77 Hubin North Road, Siming District, Xiamen, Fujian, People's Republic of China ("Customer").

CafeData Venezuela C.A., Avenida Bolivar Norte, Torre Camoruco, Valencia, Carabobo, Venezuela ("Provider").

BACKGROUND

Customer buys green coffee from several origins and wants daily origin prices, harvest forecasts and shipping information fed into its purchasing system. Provider runs a market data service and offers it through an application programming interface (the "API"). Prices are in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Activation Date" means the date on which Customer signs the activation certificate under clause 4.3.

1.2 "Subscription Year" means each of the two consecutive periods starting on the Activation Date and on its first anniversary.

1.3 "Customer Data" means the watchlists, contract positions, query logs and any other data that Customer sends to the API.

1.4 "Custom Feeds" means the blended origin price index and the weekly purchasing report that Provider builds for Customer under Schedule A.

2. SERVICE

2.1 Provider shall give Customer access to the API covering daily prices for 14 origins, harvest and weather forecasts, and container shipping schedules, for up to 200,000 calls per month.

2.2 Provider shall build and maintain the Custom Feeds and deliver them through the API.

2.3 Customer may use the data for its own purchasing and may share summaries with its own staff and auditors, but may not resell the data.

3. FEES AND PAYMENT

3.1 The fees are:

Subscription fee: CNY 168,000 per Subscription Year, two Subscription Years, CNY 336,000.
Set-up fee (integration support and Custom Feeds): CNY 18,000, one-time.
Total contract value: CNY 354,000.

Calls above 200,000 per month are charged at CNY 45 per additional 1,000 calls and are not part of the total contract value.

3.2 The set-up fee and the subscription fee for the first Subscription Year are invoiced on the Activation Date. The subscription fee for the second Subscription Year is invoiced at its start. Invoices are payable within 30 days.

4. ACTIVATION

4.1 Provider shall make the API and Custom Feeds ready for activation within 20 business days after signature.

4.2 Activation tests: (a) all endpoints return complete data for the 14 origins for 10 consecutive trading days; (b) prices match Provider's published reference values; (c) median response time is below 500 milliseconds; and (d) the Custom Feeds reconcile with a manual calculation made by Customer.

4.3 When the tests are passed Customer shall sign an activation certificate. Issuing credentials is not activation.

4.4 If Provider does not make the API ready for activation within the period in clause 4.1, Provider shall pay CNY 250 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, excluding maintenance announced 48 hours in advance.

5.2 Severity 1 incidents (the API is unavailable or returns no prices) shall be responded to within 1 hour and restored within 6 hours. Severity 2 incidents (delayed or incomplete data) shall be responded to within 8 hours.

5.3 If availability falls below the commitment, Provider shall credit 5% of the monthly equivalent of the subscription fee for each full percentage point below it. A late Severity 1 response earns a credit of CNY 300 per hour. Credits are set off against the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use it only to provide the service to Customer and shall not analyse, aggregate or share it for any other purpose.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named engineers with multi-factor authentication, and access logs kept for the Term.

6.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data and is liable for losses caused by a breach of this clause 6.

6.4 At the end of the Term Provider shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns its market data and the API. Customer receives a licence to use them during the Term as set out in clause 2.3.

7.2 The methodology, formulas and outputs of the Custom Feeds belong to Customer, which may use, modify and license them freely, also after the Term.

8. CONFIDENTIALITY

8.1 Each party shall keep the other's non-public information confidential and use it only for this Agreement. Customer's purchasing volumes and contract positions are confidential information of Customer. This clause continues for three years after the Term.

9. LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the three months before the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the service or the Custom Feeds without Customer's prior written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs for two Subscription Years from the Activation Date and then ends. It does not renew automatically; a renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.3 Customer may also terminate if availability is below the commitment in three months of any Subscription Year. Provider shall then refund the unused part of the subscription fee.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

12A. DATA QUALITY AND CORRECTIONS

12A.1 Provider shall collect prices from the exchanges, export associations and trading houses named in Schedule A, check them against at least two sources where available, and flag any estimated value as an estimate.

12A.2 If Customer reports a value it believes to be wrong, Provider shall investigate and answer within 2 business days and, if the value is wrong, correct it in the API and in the Custom Feeds and tell Customer which records were changed.

12A.3 Provider shall give Customer at least 60 days' notice before removing any endpoint or data field, and shall keep the previous API version running in parallel during that notice period.

12B. SUPPORT AND REPORTING

12B.1 Provider shall provide support in English and Chinese by email and a shared chat channel during Beijing business hours, and by telephone at all times for Severity 1 incidents.

12B.2 Provider shall send a monthly report showing availability, call volumes, response times, incidents and credits due.

12B.3 Provider shall keep the API documentation, code samples and a test environment available to Customer's developers throughout the Term, and shall update the documentation before any change goes live.

12B.4 Each party shall name a contact person. The contact persons shall review the service and the Custom Feeds every quarter and agree any changes in writing.

12C. CUSTOMER OBLIGATIONS

12C.1 Customer shall keep its API keys secure, use them only from its own systems, and tell Provider promptly if a key may have been exposed so that it can be replaced.

12C.2 Customer shall give Provider the information reasonably needed to build the Custom Feeds, including the origins, grades and weightings it wants in the blended index, and shall confirm the specification in writing before Provider starts the work. Changes to the specification after confirmation shall be agreed in writing.

12C.3 Customer shall not attempt to copy the whole database, to bypass call limits, or to make the data available to other companies, including its suppliers.

12D. FORCE MAJEURE

12D.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, war, strikes and failures of public networks, if it notifies the other party promptly. Service credits under clause 5 still apply to outages caused by Provider's own systems.

13. GENERAL

13.1 This Agreement, with Schedule A (Custom Feeds specification), is the entire agreement between the parties.

13.2 Changes must be in writing and signed by both parties.

13.3 Notices under this Agreement shall be sent by email and courier to the addresses above. A notice is received on the business day after it is sent by email.

13.4 Neither party may assign this Agreement without the other party's prior written consent, except to a company in its own group that takes over its business.

13.5 This Agreement is made in English and Chinese. If the two versions differ, the English version prevails for the technical terms of Schedule A and the Chinese version prevails for everything else.

SIGNATURES

For Customer: Xiamen Lumei Coffee Roasting Co., Ltd.   Name: ______  Title: ______  Date: ______

For Provider: CafeData Venezuela C.A.   Name: ______  Title: ______  Date: ______
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language)
    "z01": ("h402z01_heritage_digital_platform.pdf", "pdf", "zh"),
    "z02": ("h402z02_ceramics_tunnel_kiln_control.docx", "docx", "zh"),
    "z03": ("h402z03_swim_school_scheduling_saas.txt", "txt", "zh"),
    "z04": ("h402z04_housing_fund_systems_annual_om.txt", "txt", "zh"),
    "z05": ("h402z05_yuba_plant_mes_supplier_template.md", "md", "zh"),
    "e01": ("h402e01_bus_depot_maintenance_licence_uruguay.pdf", "pdf", "en"),
    "e02": ("h402e02_dental_clinic_saas_order_form_paraguay.md", "md", "en"),
    "e03": ("h402e03_grain_depot_sensors_suriname.docx", "docx", "en"),
    "e04": ("h402e04_managed_pond_monitoring_ecuador.md", "md", "en"),
    "e05": ("h402e05_coffee_market_data_api_venezuela.txt", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


# design: category, terms, extra, fee base (itemised licence/hardware subtotal), forum outside mainland, design rules
LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                          False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1816000), 680000, False, []),
    "z02": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28, False, True,
                          False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1320000), 1060800, False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", T(99.5, 0.25, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                       False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=495000), None,
            False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", T(99.95, 0.25, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None,
                          False, True, False, None, "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=860000), None,
            False, ["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "z05": ("software", T(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False,
                          True, True, None, "goods_or_licence"),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=600000), 326000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
             "CR-WARRANTY"]),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 11, False, True,
                          False, "Uruguay", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=890000), 606000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, False, 200 / 304800 * 100, 150, None, True, None, None,
                       None, False, True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=304800), None,
            False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True,
                          False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=892000), 792000, False, []),
    "e04": ("services", T(99.95, 0.5, True, "buyer", False, True, True, 900 / 1450000 * 100, 120, None, True, None,
                          None, None, False, False, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1450000), None,
            False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("cloud", T(99.5, 1, True, "buyer", True, True, True, 250 / 354000 * 100, 3 / 24 * 100, None, True, None,
                       None, None, False, True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=354000), None,
            False, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
}
RULE_IDS = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
            "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    w, f = t["warranty_months"], t["post_warranty_fee_pct"]
    if w is None or f is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - w / 12)
    fees = years * f / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def my_rules(t, x, fee_base, forum_outside):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, fee_base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMZH = "零一二三四五六七八九十百千万两〇"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*(%|％|percent|per cent)", r"百分之九十九点九(?!\S*[一二三四五六七八九])",
    r"(?<![\d.])4\s*(小时|个小时|h\b|hours?\b|-hour)", r"(?<![" + NUMZH + r"])四个?小时", r"\bfour[\s-]hours?\b",
    r"(?<![\d.])240\s*(分钟|minutes?)",
    r"(?<![\d.])0\.050*(?!\d)\s*(%|％|percent|per cent)", r"万分之五(?![十百])", r"(?<![\d.])5\s*‱",
    r"(?<![\d.])100(?:\.0+)?\s*(%|％|percent|per cent)", r"百分之一?百(?![零一二三四五六七八九十])",
    r"\bone hundred (percent|per cent)\b",
    r"(?<![\d.])30(?:\.0+)?\s*(%|％|percent|per cent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"\bthirty (percent|per cent)\b",
    r"(?<![\d.])12\s*(个月|個月|months?\b|-month)", r"(?<![" + NUMZH + r"])十二个月", r"\btwelve[\s-]months?\b",
    r"(?<![" + NUMZH + r"\d])一年", r"\bone[\s-]year\b", r"(?<![\d.])1\s*(年(?!度)|years?\b|-year)",
    r"(?<![\d.])15(?:\.0+)?\s*(%|％|percent|per cent)", r"百分之十五(?![一二三四五六七八九])",
    r"\bfifteen (percent|per cent)\b",
    r"(?<![\d.])40(?:\.0+)?\s*(%|％|percent|per cent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"\bforty (percent|per cent)\b",
    r"(?<![\d.])5\s*(年(?!度)|years?\b|-year)", r"(?<![" + NUMZH + r"])五年", r"\bfive[\s-]years?\b",
    r"(?<![\d.])60\s*(个月|months?\b|-month)", r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "15 percent", "40%", "四成", "5年", "五年", "five years", "60 months", "5 years",
            "within\n4 hours"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时以内"[:0],
             "14 hours", "0.055%", "1,150%", "Subscription Year", "2015 year", "100,000", "0.5%", "6小时", "36个月",
             "十八个月", "二十四个月", "130%", "Article 15 Governing", "18 months", "45%"]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        if s:
            assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def sum_checks():
    assert 680000 + 740000 + 310000 + 86000 == 1816000 and 363200 + 817200 + 635600 == 1816000
    assert 1816000 * 20 // 100 == 363200 and 1816000 * 45 // 100 == 817200
    assert 386000 + 172800 + 248000 + 96000 + 158000 == 1060800 and 1060800 + 148000 + 92000 + 19200 == 1320000
    assert 264000 + 594000 + 462000 == 1320000 and round(1060800 * 0.28) == 297024
    assert 28 * 6800 == 190400 and 2 * 190400 + 96000 + 18200 == 495000 and 96000 + 18200 == 114200
    assert 468000 + 236000 + 98000 + 58000 == 860000 and 4 * 215000 == 860000
    assert 326000 + 218000 + 46000 + 10000 == 600000 and 390000 + 210000 == 600000
    assert 286000 + 60 * 3900 + 40 * 2150 == 606000 and 606000 + 148000 + 112000 + 24000 == 890000
    assert 89000 + 489500 + 311500 == 890000 and round(606000 * 0.11) == 66660
    assert 14 * 9600 * 2 == 268800 and 268800 + 36000 == 304800
    assert 420 * 1180 == 495600 and 64 * 860 == 55040 and 12 * 6400 == 76800
    assert 495600 + 55040 + 76800 + 38560 + 126000 == 792000 and 792000 + 88000 + 12000 == 892000
    assert 89200 + 490600 + 312200 == 892000 and round(792000 * 0.08) == 63360
    assert 38500 * 36 == 1386000 and 1386000 + 64000 == 1450000
    assert 2 * 168000 + 18000 == 354000


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def write_label(key):
    name, fmt, lang = FILES[key]
    cat, t, x, fee_base, outside, design = LABELS[key]
    rules = my_rules(t, x, fee_base, outside)
    assert rules == sorted(design), (key, rules, design)
    for k, v in THRESH.items():
        assert t[k] is None or t[k] != v, (key, k)
    s = tco_share(t, x, fee_base)
    assert s is None or abs(s - 40) > 2, (key, s)
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": rules}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    return rules, s


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sum_checks()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    fired, bad = set(), []
    for k, (name, fmt, lang) in FILES.items():
        rules, share = write_label(k)
        fired |= set(rules)
        text = read_back(OUT / name)
        n, n_nows = measure(text, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        h = hits(text) + hits(SRC[k])
        if h or not ok:
            bad.append((k, n, h))
        print(k, name, lang, n, n_nows, "OK" if ok else "LENGTH!", risk(rules), rules,
              "" if share is None else "tco %.2f" % share, h or "")
    assert fired == set(RULE_IDS), set(RULE_IDS) - fired
    assert not bad, bad
    print("all checks passed")
